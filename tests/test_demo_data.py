"""The bundled demo company (data/demo) is well-formed and its answer key matches its content.

The demo is the first thing a new user runs, so a broken link, a page that a
browser would repair differently from lxml, an unparsable JSON-LD block or an
answer key that names text no longer in the files would make the end-to-end
check fail for reasons that have nothing to do with the tool. The HTML check
is a strict tag-balance scan with the standard library's tokenizer, since
lxml silently repairs what it cannot parse.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import defusedxml.ElementTree as SafeET
import pytest
import yaml

from consistency.config import load_config

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
SITE = DEMO / "site"
IVR = DEMO / "ivr"
PAGES = sorted(SITE.rglob("*.html"))
XML_FILES = sorted([*IVR.glob("*.vxml"), *IVR.glob("*.xml"), *SITE.rglob("*.svg")])
ANSWER_KEY = DEMO / "expected-findings.yaml"
CHANNELS = ("website", "faq", "ivr")

# Elements HTML defines as having no end tag.
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Rule id -> (kind, problem), as CONTRACT.md section 3 names them.
RULES = {
    "hours-mismatch": ("hours", "contradiction"),
    "address-mismatch": ("address", "contradiction"),
    "phone-mismatch": ("phone", "contradiction"),
    "email-mismatch": ("email", "contradiction"),
    "promotion-period-mismatch": ("promotion", "contradiction"),
    "promotion-discount-mismatch": ("promotion", "contradiction"),
    "promotion-expired": ("promotion", "stale"),
    "entity-missing": ("entity", "missing"),
}
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]{0,20}:|//)", re.I)
_SECTION = re.compile(r"^\[(?:\d{1,2} )?[^\[\]\n]{1,60}\]$")
_VXML_NS = "{http://www.w3.org/2001/vxml}"
_SUMMARY = re.compile(r"<summary[^>]{0,80}>([^<]{1,200})</summary>")
_PROMO_TITLE = re.compile(r'<h2 class="promo-card__title">([^<]{1,80})</h2>')


@dataclass(frozen=True)
class PageScan:
    """What the tests need from one HTML page."""

    errors: tuple[str, ...]  # unbalanced or misnested tags, with line numbers
    ids: frozenset[str]
    links: tuple[str, ...]  # href/src of a, link, img, script
    anchors: tuple[str, ...]  # href of <a> only: what a crawler follows
    h1: tuple[str, ...]
    jsonld: tuple[str, ...]
    lang: str | None
    charset: str | None
    title: str


class _Scanner(HTMLParser):
    """Tokenises a page and checks that every non-void element is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int]] = []
        self.errors: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.anchors: list[str] = []
        self.h1: list[str] = []
        self.jsonld: list[str] = []
        self.lang: str | None = None
        self.charset: str | None = None
        self.title = ""
        self._text: list[str] | None = None
        self._capture: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and "charset" in a:
            self.charset = a["charset"].lower()
        for attr in ("href", "src"):
            if attr in a and tag in ("a", "link", "img", "script"):
                self.links.append(a[attr])
        if tag == "a" and "href" in a:
            self.anchors.append(a["href"])
        if tag in ("h1", "title") or (tag == "script" and a.get("type") == "application/ld+json"):
            self._capture, self._text = ("jsonld" if tag == "script" else tag), []
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        line = self.getpos()[0]
        if tag in VOID:
            self.errors.append(f"line {line}: end tag of void element </{tag}>")
            return
        if not self.stack:
            self.errors.append(f"line {line}: </{tag}> closes nothing")
            return
        open_tag, opened = self.stack.pop()
        if open_tag != tag:
            self.errors.append(f"line {line}: </{tag}> closes <{open_tag}> opened on line {opened}")
        if self._capture and tag in ("h1", "title", "script") and self._text is not None:
            text = "".join(self._text).strip()
            if self._capture == "h1":
                self.h1.append(" ".join(text.split()))
            elif self._capture == "title":
                self.title = text
            else:
                self.jsonld.append(text)
            self._capture, self._text = None, None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def finish(self) -> PageScan:
        self.close()
        errors = self.errors + [f"<{tag}> opened on line {line} is never closed" for tag, line in self.stack]
        return PageScan(
            errors=tuple(errors),
            ids=frozenset(self.ids),
            links=tuple(self.links),
            anchors=tuple(self.anchors),
            h1=tuple(self.h1),
            jsonld=tuple(self.jsonld),
            lang=self.lang,
            charset=self.charset,
            title=self.title,
        )


def scan_html(text: str) -> PageScan:
    """Scan one HTML document."""
    scanner = _Scanner()
    scanner.feed(text)
    return scanner.finish()


_SCANS: dict[Path, PageScan] = {}


def scan_page(path: Path) -> PageScan:
    """Scan a demo page once per test session."""
    if path not in _SCANS:
        _SCANS[path] = scan_html(path.read_text(encoding="utf-8"))
    return _SCANS[path]


def local_target(page: Path, ref: str) -> tuple[Path, str] | None:
    """The file and fragment a relative reference on page points to; None for external ones."""
    if not ref or _EXTERNAL.match(ref):
        return None
    parts = urlsplit(ref)
    target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
    return target, parts.fragment


def channel_files(channel: str) -> list[Path]:
    """The demo files a channel's source reads."""
    if channel == "faq":
        return [SITE / "faq.html"]
    if channel == "ivr":
        return sorted(p for p in IVR.iterdir() if p.is_file())
    return [p for p in PAGES if p.name != "faq.html" or p.parent != SITE]


def load_answer_key() -> list[dict]:
    """The entries of expected-findings.yaml."""
    return yaml.safe_load(ANSWER_KEY.read_text(encoding="utf-8"))


def page_id(path: Path) -> str:
    """A test id: the path relative to data/demo."""
    return str(path.relative_to(DEMO))


# ---------------------------------------------------------------- the checker itself


@pytest.mark.parametrize(
    "html, problem",
    [
        ("<div><p>текст</div></p>", "closes <p>"),
        ("<ul><li>один<li>два</ul>", "closes <li>"),
        ("<section><h2>Часы</h2>", "never closed"),
        ("<p>текст</p></div>", "closes nothing"),
        ("<p>строка<br></br></p>", "void element"),
    ],
)
def test_scanner_reports_broken_html(html: str, problem: str) -> None:
    errors = scan_html(html).errors
    assert any(problem in e for e in errors), errors


@pytest.mark.parametrize(
    "html",
    [
        "<p>8 (495) 623-18-40<br>пн–пт</p>",
        "<table><tbody><tr><th>Пн</th><td>10:00–22:00</td></tr></tbody></table>",
        '<img src="a.svg" alt=""><input type="email" required>',
        "<svg><path d='M0 0'/></svg>",
    ],
)
def test_scanner_accepts_well_formed_html(html: str) -> None:
    assert scan_html(html).errors == ()


@pytest.mark.parametrize(
    "ref, expected",
    [
        ("baumanskaya.html", ("stores/baumanskaya.html", "")),
        ("../stores.html?utm_source=menu", ("stores.html", "")),
        ("../news.html#maryino", ("news.html", "maryino")),
        ("#content", ("stores/pokrovka.html", "content")),
        ("https://vk.com/stranitsa_books", None),
        ("mailto:info@stranitsa-books.ru", None),
        ("tel:+78002501427", None),
        ("//mc.yandex.ru/watch/1", None),
    ],
)
def test_local_target(ref: str, expected: tuple[str, str] | None) -> None:
    found = local_target(SITE / "stores" / "pokrovka.html", ref)
    if expected is None:
        assert found is None
    else:
        assert found == ((SITE / expected[0]).resolve(), expected[1])


# ---------------------------------------------------------------- config and files


def test_config_loads_with_three_channels() -> None:
    config = load_config(DEMO / "consistency.toml")
    assert [s.channel for s in config.sources] == list(CHANNELS)
    assert config.timezone == "Europe/Moscow" and config.city == "Москва"
    ivr = next(s for s in config.sources if s.channel == "ivr")
    assert sorted(Path(p).name for p in ivr.paths) == ["flow.json", "main.vxml", "promo.twiml.xml", "prompts.txt"]


def test_site_has_the_pages_the_demo_describes() -> None:
    names = {page_id(p) for p in PAGES}
    assert {
        "site/index.html", "site/stores.html", "site/promotions.html", "site/news.html",
        "site/contacts.html", "site/faq.html", "site/en/index.html",
        "site/stores/pokrovka.html", "site/stores/profsoyuznaya.html",
        "site/stores/belyaevo.html", "site/stores/baumanskaya.html",
    } <= names


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_is_well_formed(page: Path) -> None:
    scan = scan_page(page)
    assert scan.errors == ()
    assert scan.charset == "utf-8"
    assert scan.lang in ("ru", "en")
    assert scan.title
    assert len(scan.h1) == 1


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_json_ld_blocks_parse(page: Path) -> None:
    for block in scan_page(page).jsonld:
        data = json.loads(block)
        assert data["@context"] == "https://schema.org"
        assert data["@type"]


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_local_links_resolve(page: Path) -> None:
    broken = []
    for ref in scan_page(page).links:
        found = local_target(page, ref)
        if found is None:
            continue
        target, fragment = found
        if not target.is_file() or SITE.resolve() not in target.parents:
            broken.append(ref)
        elif fragment and target.suffix == ".html" and fragment not in scan_page(target).ids:
            broken.append(ref)
    assert broken == []


def test_every_page_is_reachable_from_the_home_page() -> None:
    start = (SITE / "index.html").resolve()
    seen, queue = {start}, deque([start])
    while queue:
        page = queue.popleft()
        for ref in scan_page(page).anchors:
            found = local_target(page, ref)
            if found and found[0].suffix == ".html" and found[0].is_file() and found[0] not in seen:
                seen.add(found[0])
                queue.append(found[0])
    assert {p.resolve() for p in PAGES} - seen == set()


def test_shop_pages_with_json_ld_name_a_book_store() -> None:
    with_store = {
        page.name
        for page in (SITE / "stores").glob("*.html")
        for block in scan_page(page).jsonld
        if json.loads(block)["@type"] == "BookStore"
    }
    assert with_store == {"pokrovka.html", "belyaevo.html"}


def test_faq_json_ld_mirrors_the_visible_questions() -> None:
    text = (SITE / "faq.html").read_text(encoding="utf-8")
    summaries = _SUMMARY.findall(text)
    faq = next(json.loads(b) for b in scan_page(SITE / "faq.html").jsonld if '"FAQPage"' in b)
    assert [q["name"] for q in faq["mainEntity"]] == summaries


# ---------------------------------------------------------------- IVR


@pytest.mark.parametrize("path", XML_FILES, ids=page_id)
def test_xml_is_well_formed(path: Path) -> None:
    root = SafeET.parse(path).getroot()
    expected = {".vxml": _VXML_NS + "vxml", ".xml": "Response", ".svg": "{http://www.w3.org/2000/svg}svg"}
    assert root.tag == expected[path.suffix]


def test_vxml_menu_targets_exist() -> None:
    root = SafeET.parse(IVR / "main.vxml").getroot()
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    targets = [el.get("next") for el in root.iter() if el.get("next")]
    assert targets and all(t.startswith("#") and t[1:] in ids for t in targets)
    for menu in root.iter(_VXML_NS + "menu"):
        digits = [c.get("dtmf") for c in menu.iter(_VXML_NS + "choice")]
        assert len(digits) == len(set(digits)) and all(digits)


def test_connect_flow_transitions_point_to_actions() -> None:
    flow = json.loads((IVR / "flow.json").read_text(encoding="utf-8"))
    actions = {a["Identifier"]: a for a in flow["Actions"]}
    assert flow["StartAction"] in actions
    targets = []
    for action in actions.values():
        transitions = action.get("Transitions", {})
        targets += [transitions["NextAction"]] if "NextAction" in transitions else []
        targets += [c["NextAction"] for c in transitions.get("Conditions", []) + transitions.get("Errors", [])]
        if action["Type"] in ("MessageParticipant", "GetParticipantInput"):
            params = action["Parameters"]
            assert params.get("Text") or params.get("SSML")
            if "SSML" in params:
                SafeET.fromstring(params["SSML"])
    assert targets and set(targets) <= set(actions)


def test_prompt_script_is_sectioned() -> None:
    lines = (IVR / "prompts.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Главное меню]"
    headers = [n for n, line in enumerate(lines) if line.startswith("[")]
    assert all(_SECTION.match(lines[n]) for n in headers)
    bodies = [lines[a + 1:b] for a, b in zip(headers, headers[1:] + [len(lines)])]
    assert all(any(line.strip() for line in body) for body in bodies)


# ---------------------------------------------------------------- the answer key

KEY = load_answer_key()


def test_answer_key_covers_the_ten_planted_problems() -> None:
    assert sorted({e["planted"] for e in KEY}) == list(range(1, 11))
    assert len(KEY) == 12  # problems 9 and 10 are each missing from two channels
    assert len({(e["rule"], e["subject"], e.get("missing_from")) for e in KEY}) == len(KEY)


@pytest.mark.parametrize("entry", KEY, ids=lambda e: f"{e['planted']}-{e['rule']}-{e.get('missing_from', '')}")
def test_answer_key_entry_is_consistent(entry: dict) -> None:
    assert {"rule", "kind", "problem", "subject", "channels", "note", "evidence"} <= set(entry)
    assert RULES[entry["rule"]] == (entry["kind"], entry["problem"])
    assert entry["channels"] and set(entry["channels"]) <= set(CHANNELS)
    assert entry["channels"] == [c for c in CHANNELS if c in entry["channels"]]
    if entry["rule"] == "entity-missing":
        assert entry["missing_from"] in entry["channels"]
    else:
        assert "missing_from" not in entry


@pytest.mark.parametrize(
    "file, text",
    [(ev["file"], ev["text"]) for entry in KEY for ev in entry["evidence"]],
)
def test_answer_key_evidence_is_in_the_files(file: str, text: str) -> None:
    assert text in (DEMO / file).read_text(encoding="utf-8")


@pytest.mark.parametrize("entry", KEY, ids=lambda e: f"{e['planted']}-{e.get('missing_from', '')}")
def test_subject_is_named_where_the_tool_reads_it(entry: dict) -> None:
    present = [c for c in entry["channels"] if c != entry.get("missing_from")]
    texts = [p.read_text(encoding="utf-8") for c in present for p in channel_files(c)]
    assert any(entry["subject"] in t for t in texts)


def test_branch_subjects_are_shop_page_headings() -> None:
    headings = {scan_page(p).h1[0] for p in (SITE / "stores").glob("*.html")}
    branch_rules = {"hours-mismatch", "address-mismatch", "phone-mismatch", "email-mismatch"}
    assert {e["subject"] for e in KEY if e["rule"] in branch_rules} <= headings


def test_promotion_subjects_are_promotion_card_titles() -> None:
    text = (SITE / "promotions.html").read_text(encoding="utf-8")
    titles = set(_PROMO_TITLE.findall(text))
    contradictions = {e["subject"] for e in KEY if e["kind"] == "promotion" and e["problem"] == "contradiction"}
    assert contradictions and contradictions <= titles
    stale = {e["subject"] for e in KEY if e["problem"] == "stale"}
    assert stale and not stale & titles  # the ended promotion is gone from the site


@pytest.mark.parametrize("entry", [e for e in KEY if e["rule"] == "entity-missing"],
                         ids=lambda e: f"{e['subject']}-{e['missing_from']}")
def test_missing_entity_is_absent_from_that_channel(entry: dict) -> None:
    place = entry["subject"].split()[-1][:-2].casefold()  # "Марьине" -> "марьи", "Соколе" -> "сокол"
    texts = [p.read_text(encoding="utf-8").casefold() for p in channel_files(entry["missing_from"])]
    assert not any(place in t for t in texts)


# ---------------------------------------------------------------- look-alikes stay in the data

LOOK_ALIKES = [
    # equal hours written differently
    ("site/stores/pokrovka.html", "<tr><th scope=\"row\">Воскресенье</th><td>10:00–22:00</td></tr>"),
    ("site/faq.html", "Магазин на Покровке — ежедневно с 10 до 22"),
    ("site/en/index.html", "Mon–Sun 10am–10pm"),
    ("site/faq.html", "по будням с 9 утра до 9 вечера"),
    # phones in other formats
    ("site/en/index.html", "+7 495 623-18-40"),
    ("site/stores.html", "+7 (499) 128-56-31"),
    ("site/en/index.html", "+7 800 250-14-27"),
    # addresses abbreviated differently, and two shops on one street
    ("site/stores.html", "Профсоюзная ул., 56"),
    ("site/faq.html", "ул. Профсоюзная, д. 104 Б"),
    ("ivr/flow.json", "улица Марксистская, дом 3, строение 2"),
    # email case, future and one-shop promotions, a special day
    ("site/faq.html", "Pokrovka@stranitsa-books.ru"),
    ("site/promotions.html", "С 20 декабря 2026 г. по 10 января 2027 г."),
    ("site/stores/baumanskaya.html", "Акция действует только в этом магазине"),
    ("site/news.html", "31 декабря все магазины работают до 18:00, 1 и 2 января — выходные"),
]


@pytest.mark.parametrize("file, text", LOOK_ALIKES)
def test_look_alike_is_in_the_files(file: str, text: str) -> None:
    assert text in (DEMO / file).read_text(encoding="utf-8")
