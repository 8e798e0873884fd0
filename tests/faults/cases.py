"""The list of faults and hostile inputs the tool is tried against, shared by the tests and bench/faults.py.

Each case names what the server (or the file) does wrong and what the tool
must do about it. docs/faults.md is the same list in prose; a case added here
is tried by tests/test_faults.py, tests/test_hostile_input.py and
bench/faults.py without further wiring.

Outcomes:
- "stored": the page is read into the run (a fault the crawl recovers from);
- "failed": the page is not stored and the run records a crawl error whose
  reason contains `reason` (the user sees it in the crawl summary on stderr);
- "skipped": the same, for a deliberate skip (reason starts with "skipped:").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable

from faults.server import (
    Behaviour,
    Compressed,
    CutOff,
    Drip,
    Drop,
    Flaky,
    Hang,
    Page,
    Stream,
    gzip_bomb,
    redirect,
)

TIMEOUT = 2  # [crawl] timeout of the fault crawls, seconds
RETRIES = 1
MAX_PAGE_BYTES = 1_000_000
DEPTH = 3
MAX_PAGES = 120
HUGE = 50 * 1024 * 1024

MOJIBAKE_MARKS = ("Ð", "Ñ", "Ã", "Â", "Р°", "Рѕ", "Рµ", "С‚", "СЃ", "\ufffd")


@dataclass(frozen=True)
class ServerFault:
    """A path on the fault server that misbehaves, and what the crawl must record for it."""

    name: str
    path: str
    outcome: str  # stored | failed | skipped
    reason: str | None  # a fragment of the recorded crawl error (failed, skipped)
    behaviour_doc: str  # what the tool does, as docs/faults.md says it


@dataclass(frozen=True)
class EncodedPage:
    """A page in some encoding or markup; `outcome` "stored" pages must yield `phone` and Russian hours."""

    name: str
    path: str
    body: bytes
    content_type: str | None
    outcome: str  # stored | skipped
    reason: str | None = None
    phone: str | None = None  # the E.164 value the page's phone fact must have


def branch_html(number: int, *, charset_meta: str | None = None, extra: str = "") -> str:
    """A small branch page in Russian whose phone ends in `number` (so each page's facts are told apart)."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return (
        f"<!DOCTYPE html><html lang='ru'><head>{meta}<title>Магазин {number}</title></head><body>"
        f"<h1>Книжный магазин на Покровке, филиал {number}</h1>"
        "<p>Режим работы: Пн-Пт 9:00-21:00, Сб-Вс 10:00-18:00</p>"
        f"<p>Телефон: +7 (495) 660-38-{number:02d}</p>"
        f"{extra}</body></html>"
    )


def branch_phone(number: int) -> str:
    return f"+749566038{number:02d}"


# --------------------------------------------------------------------------
# server faults


def _loop_page(target: str) -> Page:
    return Page(f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head><body>…</body></html>'.encode())


HOSTILE_LINKS = (
    '<a href="http://[::1">broken IPv6 literal</a>'
    '<a href="javascript:alert(1)">js</a>'
    '<a href="data:text/html,<p>Тел. +7 495 660-38-99</p>">data</a>'
    '<a href="file:///etc/passwd">a local file</a>'
    '<a href="http://127.0.0.1:0/">port zero</a>'
    f'<a href="/{"x" * 10000}.html">a 10 KB URL</a>'
    + "".join(f'<a href="/fault/many/{i}.html">{i}</a>' for i in range(3000))
)

SERVER_FAULTS: tuple[ServerFault, ...] = (
    ServerFault("server error 500", "/fault/500", "failed", f"HTTP 500 after {RETRIES} retry",
                "retried `retries` times, then recorded as `HTTP 500 after N retries`"),
    ServerFault("service unavailable 503", "/fault/503", "failed", f"HTTP 503 after {RETRIES} retry",
                "retried, then recorded as `HTTP 503 after N retries`"),
    ServerFault("too many requests 429", "/fault/429", "failed", f"HTTP 429 after {RETRIES} retry",
                "retried (AutoThrottle also slows down), then recorded"),
    ServerFault("503 that heals on the retry", "/fault/flaky", "stored", None,
                "the retry gets the page; it is stored as if nothing happened"),
    ServerFault("hang before the headers", "/fault/hang", "failed", f"timed out after {TIMEOUT} s",
                "cut at `[crawl] timeout` per attempt, retried, recorded as `timed out after T s`"),
    ServerFault("body dripped a few bytes at a time", "/fault/drip", "failed", f"timed out after {TIMEOUT} s",
                "the timeout covers the whole download, not the gap between bytes: cut at `[crawl] timeout`"),
    ServerFault("redirect loop A -> B -> A", "/fault/loop-a", "failed", "redirect loop: ",
                "stopped at the first repeated URL, recorded as `redirect loop: A -> B -> A`"),
    ServerFault("redirect to itself", "/fault/self", "failed", "redirect loop: ",
                "recorded as a redirect loop"),
    ServerFault("meta refresh loop", "/fault/refresh-a", "failed", "redirect loop: ",
                "`<meta http-equiv=refresh>` loops are caught like 3xx loops"),
    ServerFault("endless redirect chain", "/fault/chain/0", "failed", "more than 20 redirects",
                "stopped after 20 redirects, recorded"),
    ServerFault("page that used to exist is gone (404)", "/fault/gone.html", "failed", "not found (404)",
                "recorded as `not found (404)` with its URL"),
    ServerFault("page gone for good (410)", "/fault/410", "failed", "gone (410)", "recorded as `gone (410)`"),
    ServerFault("50 MB page with Content-Length", "/fault/huge", "skipped", "larger than max_page_bytes",
                "refused from the header, before the body is read; Scrapy logs a warning naming the URL"),
    ServerFault("50 MB page streamed without Content-Length", "/fault/huge-stream", "skipped",
                "larger than max_page_bytes", "the download is cancelled when `max_page_bytes` have arrived"),
    ServerFault("gzip bomb", "/fault/bomb", "skipped", "larger than max_page_bytes once decompressed",
                "decompression stops at `max_page_bytes`; warning naming the URL"),
    ServerFault("connection closed mid-body", "/fault/cut", "failed", "connection closed before the page was complete",
                "the short body is detected from Content-Length, retried, recorded; the partial page is not stored"),
    ServerFault("connection dropped before any answer", "/fault/drop", "failed", "connection failed",
                "retried, recorded as `connection failed`"),
    ServerFault("PNG served as text/html", "/fault/image.html", "skipped", "binary content (PNG image)",
                "skipped at the crawl: never stored, never read as mojibake"),
    ServerFault("random bytes served as text/html", "/fault/noise.html", "skipped", "binary content",
                "skipped at the crawl (NUL and control bytes)"),
    ServerFault("redirect to a local file", "/fault/to-file", "failed", "HTTP 302",
                "Scrapy follows redirects to http(s) only: recorded as `HTTP 302`, the file is never read"),
    ServerFault("page with hostile links", "/fault/links.html", "stored", None,
                "stored; broken, javascript:, data:, file:// and 10 KB links are dropped; "
                "3000 links are cut at `max_pages`"),
)

SLOW_PAGES = 8  # /slow/N.html: the politeness tests count requests in flight


def fault_routes(*, elsewhere: str | None = None, bomb_bytes: int = 100 * 1024 * 1024) -> dict[str, Behaviour]:
    """Every route of the fault site: an index linking to each case, the cases, and /enc/ pages.

    `elsewhere` is another site's base URL: the index links to it and a page
    redirects to it, and the crawl must fetch neither.
    """
    links = "".join(f'<a href="{case.path}">{case.name}</a>' for case in SERVER_FAULTS)
    links += "".join(f'<a href="{page.path}">{page.name}</a>' for page in ENCODED_PAGES)
    links += '<a href="/private/staff.html">staff</a><a href="/fault/trap/1.html">archive</a>'
    if elsewhere:
        links += f'<a href="{elsewhere}partner.html">partner</a><a href="/fault/offsite">partner (redirect)</a>'
    routes: dict[str, Behaviour] = {
        "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/": Page(branch_html(1, extra=links).encode()),
        "/private/staff.html": Page(branch_html(2).encode()),
        "/fault/500": Page(b"<h1>Internal Server Error</h1>", 500),
        "/fault/503": Page(b"<h1>Service Unavailable</h1>", 503, headers=(("Retry-After", "3600"),)),
        "/fault/429": Page(b"<h1>Too Many Requests</h1>", 429),
        "/fault/flaky": Flaky(1, Page(branch_html(3).encode())),
        "/fault/hang": Hang(),
        "/fault/drip": Drip(),
        "/fault/loop-a": redirect("/fault/loop-b"),
        "/fault/loop-b": redirect("/fault/loop-a", 301),
        "/fault/self": redirect("/fault/self", 307),
        "/fault/refresh-a": _loop_page("/fault/refresh-b"),
        "/fault/refresh-b": _loop_page("/fault/refresh-a"),
        "/fault/410": Page(b"<h1>Gone</h1>", 410),
        "/fault/huge": Stream(HUGE),
        "/fault/huge-stream": Stream(HUGE, declare_length=False),
        "/fault/bomb": Compressed(_bomb(bomb_bytes)),
        "/fault/cut": CutOff(branch_html(4, extra="<p>" + "книги " * 2000 + "</p>").encode(), 3000),
        "/fault/drop": Drop(),
        "/fault/to-file": redirect("file:///etc/passwd"),
        "/fault/image.html": Page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
        "/fault/noise.html": Page(_noise(4096)),
        "/fault/links.html": Page(branch_html(5, extra=HOSTILE_LINKS).encode()),
    }
    if elsewhere:
        routes["/fault/offsite"] = redirect(elsewhere + "moved.html")
    for i in range(30):
        routes[f"/fault/chain/{i}"] = redirect(f"/fault/chain/{i + 1}")
    for i in range(1, 200):
        # a calendar-like trap: every page links to the next, forever
        routes[f"/fault/trap/{i}.html"] = Page(f'<p>Архив {i}</p><a href="/fault/trap/{i + 1}.html">дальше</a>'.encode())
    for page in ENCODED_PAGES:
        routes[page.path] = Page(page.body, content_type=page.content_type)
    return routes


def slow_site(pages: int, seconds: float) -> dict[str, Behaviour]:
    """A branch site whose index links to `pages` branch pages, each answered after `seconds`."""
    from faults.server import Slow

    links = "".join(f'<a href="/branch/{i}.html">филиал {i}</a>' for i in range(1, pages + 1))
    routes: dict[str, Behaviour] = {"/": Page(branch_html(0, extra=links).encode())}
    for i in range(1, pages + 1):
        routes[f"/branch/{i}.html"] = Slow(branch_html(i % 100).encode(), seconds)
    return routes


@lru_cache(maxsize=4)
def _bomb(size: int) -> bytes:
    return gzip_bomb(size)


def _noise(size: int) -> bytes:
    import random

    rng = random.Random(6)
    return bytes(rng.randrange(256) for _ in range(size))


# --------------------------------------------------------------------------
# encodings and markup


def _page(number: int, encoding: str, **kwargs: str) -> bytes:
    return branch_html(number, **kwargs).encode(encoding)


_UTF8_MAIN = branch_html(40).removesuffix("</body></html>").encode()
_CP1251_MAIN = branch_html(41).removesuffix("</body></html>").encode("cp1251")
_FOOTER = "<footer><p>Доставка по Москве, телефон склада +7 (495) 660-38-48</p></footer></body></html>"
_DEEP = "<div>" * 20000 + "x" + "</div>" * 20000
_DEEP_JSON_LD = '<script type="application/ld+json">' + "[" * 100000 + "]" * 100000 + "</script>"
_MALFORMED = (
    "<html><body><div><p>Режим работы: Пн-Пт 9:00-21:00<p><b><i>Телефон: +7 (495) 660-38-%02d</b></i>"
    "</div></div></span><table><tr><td>x<td>y</table></table><p class=a class=b id=>Сб-Вс 10:00-18:00"
    "<!-- a comment that never ends <p>"
)

ENCODED_PAGES: tuple[EncodedPage, ...] = (
    EncodedPage("windows-1251, charset in the header", "/enc/cp1251-header.html", _page(21, "cp1251"),
                "text/html; charset=windows-1251", "stored", phone=branch_phone(21)),
    EncodedPage("windows-1251, charset in <meta>", "/enc/cp1251-meta.html", _page(22, "cp1251", charset_meta="windows-1251"),
                "text/html", "stored", phone=branch_phone(22)),
    EncodedPage("windows-1251, no declaration", "/enc/cp1251-none.html", _page(23, "cp1251"),
                "text/html", "stored", phone=branch_phone(23)),
    EncodedPage("KOI8-R, charset in the header", "/enc/koi8-header.html", _page(24, "koi8_r"),
                "text/html; charset=koi8-r", "stored", phone=branch_phone(24)),
    EncodedPage("KOI8-R, no declaration", "/enc/koi8-none.html", _page(25, "koi8_r"),
                "text/html", "stored", phone=branch_phone(25)),
    EncodedPage("KOI8-R declared as windows-1251", "/enc/koi8-as-cp1251.html", _page(26, "koi8_r"),
                "text/html; charset=windows-1251", "stored", phone=branch_phone(26)),
    EncodedPage("windows-1251 declared as UTF-8", "/enc/cp1251-as-utf8.html", _page(27, "cp1251", charset_meta="utf-8"),
                "text/html; charset=utf-8", "stored", phone=branch_phone(27)),
    EncodedPage("UTF-8 with a BOM", "/enc/utf8-bom.html", b"\xef\xbb\xbf" + _page(28, "utf-8"),
                "text/html", "stored", phone=branch_phone(28)),
    EncodedPage("UTF-8 with a BOM, header says windows-1251", "/enc/utf8-bom-cp1251.html", b"\xef\xbb\xbf" + _page(29, "utf-8"),
                "text/html; charset=windows-1251", "stored", phone=branch_phone(29)),
    EncodedPage("UTF-16 with a BOM", "/enc/utf16.html", _page(30, "utf-16"), "text/html", "stored", phone=branch_phone(30)),
    EncodedPage("no Content-Type at all", "/enc/no-type.html", _page(31, "cp1251"), None, "stored", phone=branch_phone(31)),
    EncodedPage("malformed HTML (unclosed, misnested, unterminated comment)", "/enc/malformed.html",
                (_MALFORMED % 32).encode(), "text/html", "stored", phone=branch_phone(32)),
    EncodedPage("HTML nested 20,000 levels deep", "/enc/deep.html", _page(33, "utf-8", extra=_DEEP),
                "text/html", "stored", phone=branch_phone(33)),
    EncodedPage("JSON-LD nested 100,000 levels deep", "/enc/deep-json-ld.html", _page(34, "utf-8", extra=_DEEP_JSON_LD),
                "text/html", "stored", phone=branch_phone(34)),
    EncodedPage("UTF-8 page with a windows-1251 footer", "/enc/mixed-utf8-cp1251.html", _UTF8_MAIN + _FOOTER.encode("cp1251"),
                "text/html", "skipped", "skipped: "),
    EncodedPage("windows-1251 page with a UTF-8 footer", "/enc/mixed-cp1251-utf8.html", _CP1251_MAIN + _FOOTER.encode(),
                "text/html", "skipped", "skipped: "),
    EncodedPage("UTF-8 page with a BOM and windows-1251 bytes", "/enc/bom-mixed.html",
                b"\xef\xbb\xbf" + _UTF8_MAIN + _FOOTER.encode("cp1251"), "text/html", "skipped", "not valid in the page's character encoding"),
    EncodedPage("UTF-8 converted twice by a CMS (mojibake in the page)", "/enc/double-utf8.html",
                branch_html(42).encode().decode("latin-1").encode(), "text/html; charset=utf-8", "skipped", "mojibake"),
    EncodedPage("NUL bytes in an HTML page", "/enc/nul.html", _page(43, "utf-8").replace(b"<body>", b"<body>\x00\x00\x00"),
                "text/html", "skipped", "binary content"),
    EncodedPage("PDF served as text/plain", "/enc/price.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "text/plain", "skipped",
                "binary content (PDF)"),
)


# --------------------------------------------------------------------------
# hostile XML and files (IVR scripts and file:// sites), with a secret marker

SECRET_MARKER = "MARKER-5f1c9e-DO-NOT-LEAK"


def hostile_ivr_files(secret_path: str) -> dict[str, bytes]:
    """IVR scripts that try to read `secret_path` or exhaust memory, plus one honest script with a phone."""
    secret_uri = "file://" + secret_path
    laughs = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "main.vxml": (
            '<?xml version="1.0" encoding="UTF-8"?><vxml version="2.1"><menu id="main"><prompt>'
            "Здравствуйте! Наш телефон +7 (495) 660-38-60. Мы работаем ежедневно с 10 до 22.</prompt>"
            "</menu></vxml>"
        ).encode(),
        "xxe.vxml": (
            f'<?xml version="1.0"?><!DOCTYPE vxml [<!ENTITY secret SYSTEM "{secret_uri}">]>'
            "<vxml><form><block><prompt>Секрет: &secret;</prompt></block></form></vxml>"
        ).encode(),
        "xxe-parameter.vxml": (
            f'<?xml version="1.0"?><!DOCTYPE vxml [<!ENTITY % p SYSTEM "{secret_uri}"> %p;]>'
            "<vxml><form><block><prompt>x</prompt></block></form></vxml>"
        ).encode(),
        "xxe.twiml": (
            f'<?xml version="1.0"?><!DOCTYPE Response [<!ENTITY s SYSTEM "{secret_uri}">]>'
            "<Response><Say>&s;</Say></Response>"
        ).encode(),
        "xinclude.vxml": (
            '<vxml xmlns:xi="http://www.w3.org/2001/XInclude"><form><block><prompt>'
            f'<xi:include href="{secret_uri}" parse="text"/></prompt></block></form></vxml>'
        ).encode(),
        "dtd-external.vxml": (
            f'<?xml version="1.0"?><!DOCTYPE vxml SYSTEM "{secret_uri}"><vxml><form><block><prompt>x</prompt></block></form></vxml>'
        ).encode(),
        "billion-laughs.vxml": (
            f'<?xml version="1.0"?><!DOCTYPE vxml [{laughs}]><vxml><form><block><prompt>&l9;</prompt></block></form></vxml>'
        ).encode(),
        "quadratic.twiml": (
            '<?xml version="1.0"?><!DOCTYPE Response [<!ENTITY a "' + "a" * 50000 + '">]><Response><Say>'
            + "&a;" * 5000 + "</Say></Response>"
        ).encode(),
        "deep.vxml": ("<vxml>" + "<form>" * 50000 + "</form>" * 50000 + "</vxml>").encode(),
        "connect-ssml-xxe.json": (
            '{"Version": "2019-10-30", "StartAction": "a", "Actions": [{"Identifier": "a", "Type": "MessageParticipant",'
            ' "Parameters": {"SSML": "<!DOCTYPE speak [<!ENTITY s SYSTEM \\"' + secret_uri + '\\">]><speak>&s;</speak>"}}]}'
        ).encode(),
        "deep-connect.json": b'{"Actions": ' + b"[" * 50000 + b"]" * 50000 + b"}",
        "huge.vxml": b"<vxml><form><block><prompt>" + b"x" * (MAX_PAGE_BYTES + 1) + b"</prompt></block></form></vxml>",
    }


HOSTILE_IVR_OUTCOMES: dict[str, str] = {
    # file name -> a fragment of the recorded crawl error ("" for documents read normally)
    "main.vxml": "",
    "xxe.vxml": "refused: the XML declares entities",
    "xxe-parameter.vxml": "refused: the XML declares entities",
    "xxe.twiml": "refused: the XML declares entities",
    "xinclude.vxml": "",  # read; the include is an unknown element, never resolved
    "dtd-external.vxml": "",  # read; the external DTD is never fetched
    "billion-laughs.vxml": "refused: the XML declares entities",
    "quadratic.twiml": "refused: the XML declares entities",
    "deep.vxml": "nested more than",
    "connect-ssml-xxe.json": "refused: the XML declares entities",
    "deep-connect.json": "nested too deeply",
    "huge.vxml": "larger than max_page_bytes",
}


# --------------------------------------------------------------------------
# hostile text for every extractor


def adversarial_texts() -> dict[str, str]:
    """Hand-made strings that make naive regular expressions backtrack or parsers recurse (about 20 KB each)."""
    n = 20_000
    return {
        "digits": "1" * n,
        "digits and spaces": "1 " * (n // 2),
        "dashes": "-" * n,
        "mixed dashes": "–—-" * (n // 3),
        "пн- repeated": "пн-" * (n // 3),
        "day ranges": "пн-пт " * (n // 6),
        "open time ranges": "10:00-" * (n // 6),
        "digit-dash": "1-" * (n // 2),
        "digit-colon": "1:" * (n // 2),
        "digit-dot": "1." * (n // 2),
        "digit-slash": "1/" * (n // 2),
        "nested quotes": "«\"'„“" * (n // 5),
        "open quotes": "«" * n,
        "brackets": "(" * n,
        "phone prefixes": "+7 (" * (n // 4),
        "telephone words": "тел. 8" + "-1" * (n // 2),
        "at signs": "a@" * (n // 2),
        "dotted local part": "a.b@c." * (n // 6),
        "long local part": "a" * n + "@example.com",
        "long domain": "x@" + "a." * (n // 2),
        "street words": "ул. " * (n // 4),
        "house numbers": "д. 1, " * (n // 6),
        "percents": "скидка 20% " * (n // 11),
        "prices": "1 990 ₽ " * (n // 8),
        "digit groups then ruble": "1 " * (n // 2) + "₽",
        "dates": "31.12.2025 " * (n // 11),
        "day and month": "1 января " * (n // 9),
        "open periods": "с 1 по " * (n // 7),
        "до repeated": "до " * (n // 3),
        "daily from": "ежедневно с 10 до " * (n // 18),
        "branch words": "филиал «" * (n // 8),
        "shop words": "магазин " * (n // 8),
        "no-break spaces": "\u00a0" * n,
        "newlines": "\n" * n,
        "100k-character line": "пн-пт 9-18 " * 10_000,
        "combining marks": "а\u0301" * (n // 2),
        "right-to-left and zero-width": "\u202e\u200b\u200d" * (n // 3),
        "surrogate-free astral": "𝟘𝟙𝟚" * (n // 3),
    }


def extractors(today: date) -> dict[str, Callable[[str], object]]:
    """Every extractor of text, by its module and name, as one-argument functions."""
    from consistency.facts.branch_names import find_branch_names
    from consistency.facts.addresses import find_addresses
    from consistency.facts.dates import find_dates, find_periods
    from consistency.facts.emails import find_emails
    from consistency.facts.hours import find_opening_hours
    from consistency.facts.phones import find_phones
    from consistency.facts.prices import find_prices
    from consistency.facts.promotions import find_promotions

    return {
        "hours.find_opening_hours": lambda text: find_opening_hours(text, today=today),
        "dates.find_periods": lambda text: find_periods(text, today=today),
        "dates.find_dates": lambda text: find_dates(text, today=today),
        "promotions.find_promotions": lambda text: find_promotions(text, title="Акция", today=today),
        "prices.find_prices": find_prices,
        "phones.find_phones": find_phones,
        "emails.find_emails": find_emails,
        "addresses.find_addresses": lambda text: find_addresses(text, default_city="Москва"),
        "names.find_branch_names": find_branch_names,
    }


# --------------------------------------------------------------------------
# hostile documents for every reader (each is read in every format)

HOSTILE_DOCUMENTS = {
    "nested divs": b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
    "nested tables": b"<table><tr><td>" * 20_000,
    "unclosed comment": b"<p>hi</p><!--" + b"x" * 200_000,
    "only angle brackets": b"<" * 200_000,
    "50,000 attributes": b"<div " + b"a=1 " * 50_000 + b">x</div>",
    "20,000 table rows of hours": b"<table>" + "<tr><td>Пн</td><td>9-18</td></tr>".encode() * 20_000 + b"</table>",
    "20,000 FAQ pairs": b"<dl>" + b"<dt>Q?</dt><dd>A</dd>" * 20_000 + b"</dl>",
    "JSON-LD nested 50,000 deep": b'<script type="application/ld+json">' + b"[" * 50_000 + b"</script>",
    "JSON-LD nested 900 deep": b'<script type="application/ld+json">' + b"[" * 900 + b"]" * 900 + b"</script>",
    "5,000 microdata scopes": b'<div itemscope itemtype="http://schema.org/LocalBusiness">' * 5_000,
    "VoiceXML nested 100,000 deep": b"<vxml>" + b"<form>" * 100_000 + b"</form>" * 100_000 + b"</vxml>",
    "SSML nested 50,000 deep": b"<vxml><form><block><prompt>" + b"<s>" * 50_000 + b"x" + b"</s>" * 50_000 + b"</prompt></block></form></vxml>",
    "a chain of 20,000 VoiceXML forms": b"<vxml>" + b"".join(
        b'<form id="f%d"><block><prompt>press 1</prompt><goto next="#f%d"/></block></form>' % (i, i + 1) for i in range(20_000)
    ) + b"</vxml>",
    "contact flow nested 100,000 deep": b'{"Actions":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "contact flow with a 100,000-digit number": b'{"Actions":[{"Identifier":' + b"9" * 100_000 + b"}]}",
    "50,000 Markdown links": b"[a](" * 50_000,
    "Markdown list nested 3,000 deep": b"".join(b"  " * i + b"- x\n" for i in range(3_000)),
    "100,000-character prompt line": "Нажмите 1, ".encode() * 10_000,
}
