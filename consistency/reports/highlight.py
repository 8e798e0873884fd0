"""Where a piece of evidence stands: its value in its excerpt, its excerpt in its file, its URL as a link.

Evidence carries the normal form of a value ("+74956231804", "2026-11-30",
"Mo-Sa 10:00-22:00") and the excerpt it was read from ("+7 495 623-18-04",
"до 30 ноября", "Пн–Сб: 10:00–22:00"). To show people which words differ, the
report formats ask `marks()` where the value's own text stands in the
excerpt; it finds it with the project's extractors (the same code that read
the fact), so "до 30 ноября" is found for 2026-11-30 without a second,
diverging date parser here. `outliers()` names the evidence of a
contradiction that differs from what most sources say, `SourceFiles.line()`
finds the line of a local file an excerpt was read from (for SARIF regions and
GitHub annotations), and `link_target()` decides whether a URL may be shown
as a link at all.

Nothing here may stop a report from being written: when an extractor cannot
read an excerpt, the excerpt is shown without marks.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, urlsplit
from urllib.request import url2pathname

import click

from consistency.findings.finding import Finding

log = logging.getLogger("consistency")

ELLIPSIS = "…"

# Only these schemes become links; anything else (javascript:, data:, vbscript:,
# a typo) is shown as text, so a crawled URL can never run code when clicked.
LINK_SCHEMES = ("http", "https", "file")

# Characters left as they are when a URL is written into a link; everything
# else (spaces, parentheses, quotes, angle brackets, non-ASCII) is
# percent-encoded so that no URL can close a Markdown link or an HTML attribute.
_URL_SAFE = "/:?#@!$&+,;=%~-._[]*"


@dataclass(frozen=True)
class Mark:
    """A span of an excerpt to highlight: excerpt[start:end]."""

    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A piece of an excerpt, marked (the value) or not."""

    text: str
    marked: bool


# ---------------------------------------------------------------------------
# The value in its excerpt


def marks(excerpt: str, value: str, *, kind: str, as_of: date | None = None, message: str = "") -> tuple[Mark, ...]:
    """Where the evidence value's own text stands in the excerpt (empty when it cannot be found)."""
    if not excerpt or not value:
        return ()
    today = as_of or date.today()
    finders: list[Callable[[], list[Mark]]] = []
    if kind == "phone":
        finders.append(lambda: _phones(excerpt, value))
    elif kind == "email":
        finders.append(lambda: _emails(excerpt, value))
    elif kind == "hours":
        finders.append(lambda: _hours(excerpt, value, today))
    elif kind == "address":
        finders.append(lambda: _addresses(excerpt, value))
    elif kind == "price":
        finders.append(lambda: _prices(excerpt, value))
    finders.append(lambda: _iso_date(excerpt, value, today))
    finders.append(lambda: _discount(excerpt, value))
    finders.append(lambda: _literal(excerpt, _labelled(value)))
    # A stale fact's value is often its whole sentence; what matters in it is the date that has passed.
    finders.append(lambda: _dates_named(excerpt, message, today))
    finders.append(lambda: _literal(excerpt, value, whole=True))
    for finder in finders:
        try:
            found = finder()
        except Exception as exc:  # an extractor bug must not lose the report; the excerpt is shown unmarked
            log.debug("highlight: %s on %r: %s", exc.__class__.__name__, excerpt[:80], exc)
            continue
        if found:
            return _merged(found)
    return ()


def outliers(finding: Finding) -> frozenset[int]:
    """Indexes of the evidence that differs from what most of a contradiction's sources say.

    Values are grouped as the extractors compare them (an address with and
    without its postcode, hours written two ways); a group is an outlier only
    when one group is strictly the largest, so a one-against-one disagreement
    names no side.
    """
    if finding.problem != "contradiction" or len(finding.evidence) < 3:
        return frozenset()
    same = _sameness(finding.kind)
    groups: list[list[int]] = []
    for n, e in enumerate(finding.evidence):
        for group in groups:
            if same(finding.evidence[group[0]].value, e.value):
                group.append(n)
                break
        else:
            groups.append([n])
    sizes = sorted((len(g) for g in groups), reverse=True)
    if len(sizes) < 2 or sizes[0] == sizes[1]:
        return frozenset()
    largest = max(groups, key=len)
    return frozenset(n for g in groups if g is not largest for n in g)


def primary_first(finding: Finding) -> list[int]:
    """Evidence indexes with the outliers first: the place a CI annotation should point at."""
    odd = outliers(finding)
    return sorted(range(len(finding.evidence)), key=lambda n: n not in odd)


def _sameness(kind: str) -> Callable[[str, str], bool]:
    def exact(a: str, b: str) -> bool:
        return a.strip().casefold() == b.strip().casefold()

    def safely(compare: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
        def same(a: str, b: str) -> bool:
            try:
                return exact(a, b) or compare(a, b)
            except Exception:  # a value the extractor cannot read is only equal to itself
                return exact(a, b)

        return same

    if kind == "address":
        from consistency.facts.addresses import normalise_address, same_address

        def addresses(a: str, b: str) -> bool:
            x, y = normalise_address(a), normalise_address(b)
            return x is not None and y is not None and same_address(x, y)

        return safely(addresses)
    if kind == "hours":
        from consistency.facts.hours import canonical_hours

        return safely(lambda a, b: canonical_hours(a) == canonical_hours(b))
    return exact


def segments(excerpt: str, found: Iterable[Mark]) -> tuple[Segment, ...]:
    """The excerpt cut into marked and unmarked pieces, in order."""
    out: list[Segment] = []
    at = 0
    for m in _merged(list(found)):
        if m.start < at or m.end > len(excerpt):
            continue
        if m.start > at:
            out.append(Segment(excerpt[at:m.start], False))
        out.append(Segment(excerpt[m.start:m.end], True))
        at = m.end
    if at < len(excerpt):
        out.append(Segment(excerpt[at:], False))
    return tuple(out)


def terminal(excerpt: str, found: Iterable[Mark]) -> str:
    """The excerpt with its marks in bold and underlined, for a terminal."""
    return "".join(click.style(s.text, bold=True, underline=True) if s.marked else s.text for s in segments(excerpt, found))


def shorten(excerpt: str, found: tuple[Mark, ...], limit: int) -> tuple[str, tuple[Mark, ...]]:
    """At most about `limit` characters of the excerpt around its first mark, with the marks moved to match."""
    if len(excerpt) <= limit:
        return excerpt, found
    centre = found[0].start if found else 0
    start = max(0, min(centre - limit // 3, len(excerpt) - limit))
    end = start + limit
    text = excerpt[start:end]
    prefix = ELLIPSIS if start > 0 and not text.startswith(ELLIPSIS) else ""
    suffix = ELLIPSIS if end < len(excerpt) else ""
    shift = len(prefix) - start
    kept = tuple(
        Mark(max(m.start, start) + shift, min(m.end, end) + shift) for m in found if m.end > start and m.start < end
    )
    return prefix + text + suffix, kept


def _merged(found: list[Mark]) -> tuple[Mark, ...]:
    out: list[Mark] = []
    for m in sorted(found, key=lambda m: (m.start, m.end)):
        if m.end <= m.start:
            continue
        if out and m.start <= out[-1].end:
            out[-1] = Mark(out[-1].start, max(out[-1].end, m.end))
        else:
            out.append(m)
    return tuple(out)


def _phones(excerpt: str, value: str) -> list[Mark]:
    import phonenumbers

    from consistency.facts.phones import find_phones

    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(value.split(";")[0], None)) or "RU"
    except phonenumbers.NumberParseException:
        region = "RU"
    return [Mark(p.start, p.end) for p in find_phones(excerpt, region=region) if p.value == value]


def _emails(excerpt: str, value: str) -> list[Mark]:
    from consistency.facts.emails import find_emails

    return [Mark(e.start, e.end) for e in find_emails(excerpt) if e.value == value.casefold()]


def _hours(excerpt: str, value: str, today: date) -> list[Mark]:
    from consistency.facts.hours import canonical_hours, find_opening_hours

    wanted = canonical_hours(value)
    return [Mark(h.start, h.end) for h in find_opening_hours(excerpt, today=today) if canonical_hours(h.value) == wanted]


def _addresses(excerpt: str, value: str) -> list[Mark]:
    from consistency.facts.addresses import find_addresses, normalise_address, same_address

    wanted = normalise_address(value)
    if wanted is None:
        return []
    return [Mark(a.start, a.end) for a in find_addresses(excerpt) if same_address(a, wanted)]


def _prices(excerpt: str, value: str) -> list[Mark]:
    from consistency.facts.prices import find_prices

    return [Mark(p.start, p.end) for p in find_prices(excerpt) if str(p) == value]


_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _iso_date(excerpt: str, value: str, today: date) -> list[Mark]:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return []
    return _dates_named(excerpt, value, today)


def _dates_named(excerpt: str, text: str, today: date) -> list[Mark]:
    """The periods and dates in the excerpt that end on (or are) an ISO date named in `text`."""
    from consistency.facts.dates import find_dates, find_periods

    wanted = set()
    for m in _ISO_DATE.finditer(text or ""):
        try:
            wanted.add(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            continue
    if not wanted:
        return []
    found = [Mark(p.start, p.end) for p in find_periods(excerpt, today=today) if p.valid_to in wanted]
    return found or [Mark(start, end) for d, start, end in find_dates(excerpt, today=today) if d in wanted]


# "up to 50%", "20%", "-15%": the number before a percent sign, with a Russian,
# Serbian or English "up to" in front when the value is a maximum.
_DISCOUNT_VALUE = re.compile(r"(up to )?(\d{1,3}(?:[.,]\d{1,2})?)%")


def _discount(excerpt: str, value: str) -> list[Mark]:
    m = _DISCOUNT_VALUE.fullmatch(value.strip())
    if not m:
        return []
    number = re.escape(m[2]).replace(r"\.", "[.,]").replace(",", "[.,]")
    up_to = r"(?:(?:до|up\s+to|do)\s+)?" if m[1] else ""
    pattern = re.compile(rf"{up_to}(?<![\d.,]){number}\s?%", re.IGNORECASE)
    return [Mark(x.start(), x.end()) for x in pattern.finditer(excerpt)]


def _labelled(value: str) -> str:
    """'pickup point: пункт выдачи в Марьине' -> 'пункт выдачи в Марьине': entity values carry their type in front."""
    head, sep, tail = value.partition(": ")
    return tail if sep and re.fullmatch(r"[a-z][a-z ]{0,30}", head) else value


def _literal(excerpt: str, value: str, *, whole: bool = False) -> list[Mark]:
    """Case-insensitive occurrences of the value; one that is most of the excerpt counts only when `whole`."""
    value = value.strip()
    if not value:
        return []
    pattern = re.compile(re.escape(value), re.IGNORECASE)
    found = [Mark(m.start(), m.end()) for m in pattern.finditer(excerpt)]
    core = len(excerpt.strip(ELLIPSIS + " "))
    if not whole and any(m.end - m.start >= 0.8 * core for m in found):
        return []  # marking (nearly) all of it says nothing; let a finer finder try
    return found


# ---------------------------------------------------------------------------
# The excerpt in its file


class SourceFiles:
    """Reads local files named by file:// evidence, once each, to find the line an excerpt stands on."""

    def __init__(self) -> None:
        self._files: dict[str, _Indexed | None] = {}

    def line(self, url: str, excerpt: str, highlighted: str = "") -> int | None:
        """The 1-based line of the file where the excerpt (or the highlighted value in it) stands; None if unknown."""
        indexed = self._indexed(url)
        if indexed is None:
            return None
        value = _squeeze(highlighted)
        fragments = _longest_first(excerpt.split(ELLIPSIS), 6)
        # Readers add ": " between a table's cells and a "schema.org Type: " label; the file has neither.
        pieces = _longest_first(_READER_PUNCTUATION.split(excerpt), 8)
        # Last, any three words in a row: an excerpt can hold text the file writes differently.
        words = excerpt.split()
        runs = [_squeeze("".join(words[n:n + 3])) for n in range(max(0, len(words) - 2))]
        for needles, minimum in ((fragments, 6), ([value], 4), (pieces, 8), (runs, 8)):
            for text in (indexed.prose, indexed.everything):
                for needle in needles:
                    if len(needle) < minimum:
                        continue
                    at = text.find(needle)
                    if at >= 0:
                        if value and value in needle:
                            at += needle.index(value)
                        return indexed.raw.count("\n", 0, indexed.offsets(text)[at]) + 1
        return None

    def _indexed(self, url: str) -> "_Indexed | None":
        if url not in self._files:
            self._files[url] = _read_local(url)
        return self._files[url]


@dataclass(frozen=True)
class _Indexed:
    """A local file's text, and its visible text squeezed for searching (without and with scripts)."""

    raw: str
    prose: str
    prose_offsets: tuple[int, ...]
    everything: str
    everything_offsets: tuple[int, ...]

    def offsets(self, text: str) -> tuple[int, ...]:
        return self.prose_offsets if text is self.prose else self.everything_offsets


_READER_PUNCTUATION = re.compile(r"[:;|•·" + ELLIPSIS + r"]")
_MAX_FILE = 20_000_000  # bytes; larger files are not searched for lines


def _longest_first(pieces: Iterable[str], minimum: int) -> list[str]:
    squeezed = {_squeeze(p) for p in pieces}
    return sorted((p for p in squeezed if len(p) >= minimum), key=len, reverse=True)


def _read_local(url: str) -> _Indexed | None:
    path = local_path(url)
    if path is None:
        return None
    try:
        if path.stat().st_size > _MAX_FILE:
            return None
        body = path.read_bytes()
    except OSError:
        return None
    from consistency.documents.encoding import decode

    try:
        text = decode(body)
    except Exception:  # binary or undecodable: no line, the file is still named
        return None
    prose, prose_offsets = _visible(text, skip_scripts=True)
    everything, everything_offsets = _visible(text, skip_scripts=False)
    return _Indexed(text, prose, tuple(prose_offsets), everything, tuple(everything_offsets))


def local_path(url: str) -> Path | None:
    """The local path of a file:// URL (None for other URLs or a remote host)."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(parts.path))


def relative_path(url: str, base: Path | None = None) -> str | None:
    """A file:// URL as a path relative to `base` (the working directory) when the file is below it."""
    path = local_path(url)
    if path is None:
        return None
    base = (base or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return None


_TAG = re.compile(r"<[^<>]{0,4000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


_SCRIPT_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.IGNORECASE)}
_SCRIPT_START = re.compile(r"<(script|style)\b", re.IGNORECASE)


def _visible(text: str, *, skip_scripts: bool) -> tuple[str, list[int]]:
    """The file's text without tags, entities decoded and whitespace removed, with each character's offset in the file.

    Whitespace is dropped altogether because readers join table cells and
    inline elements with spaces the file does not have (and the reverse).
    With `skip_scripts`, the contents of script and style elements are left
    out, so that a sentence a page shows is found before its JSON-LD copy.
    """
    chars: list[str] = []
    offsets: list[int] = []
    at = 0
    n = len(text)
    while at < n:
        c = text[at]
        if c == "<":
            tag = _TAG.match(text, at)
            if tag:
                at = tag.end()
                opened = _SCRIPT_START.match(tag.group()) if skip_scripts else None
                if opened:
                    close = _SCRIPT_END[opened[1].lower()].search(text, at)
                    at = close.end() if close else n
                continue
        elif c == "&":
            entity = _ENTITY.match(text, at)
            if entity:
                for d in _squeeze(html.unescape(entity.group())):
                    chars.append(d)
                    offsets.append(at)
                at = entity.end()
                continue
        if not c.isspace():
            chars.append(c.casefold() if len(c.casefold()) == 1 else c)
            offsets.append(at)
        at += 1
    return "".join(chars), offsets


def _squeeze(text: str) -> str:
    return "".join(c.casefold() if len(c.casefold()) == 1 else c for c in text if not c.isspace())


# ---------------------------------------------------------------------------
# The URL as a link


def link_target(url: str) -> str | None:
    """The URL made safe to put in a link (percent-encoded), or None when its scheme may not be a link."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "file" and not parts.netloc:
        return None
    return quote(url.strip(), safe=_URL_SAFE)


def display_location(url: str) -> str:
    """A short form of an evidence URL for people: a path below the working directory, or host and path."""
    relative = relative_path(url)
    if relative is not None:
        return relative
    path = local_path(url)
    if path is not None:
        return str(path)
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        shown = parts.netloc + (parts.path or "/")
        return shown + (f"?{parts.query}" if parts.query else "")
    return url
