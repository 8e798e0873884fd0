"""HTML pages to units: blocks of text under their heading path.

Hand-written over lxml rather than a readability/boilerplate library because
those drop exactly the header and footer phones and hours we need
(FIELD-NOTES), and because units must keep line structure: table rows,
``<br>`` and list items stay on their own lines since hours and addresses are
laid out in lines.

What becomes a unit:
- a heading starts a new section; its text joins the context of what follows;
  a kicker (eyebrow, badge, a hero's dates) that opens a block just above an
  h1–h3 is read under that heading, not at the end of the previous section;
- a "card" (an element whose class names a card/store/branch/shop/office/item/
  location, or a top-level microdata item) whose text holds several lines is
  one unit, its own heading the last context element; a card titled by an h2
  after an h2 whose box has closed ends that h2's section, as the h2 would;
- a heading that opens a box drawn apart (bordered, a panel) with content of
  its own heads that box only: fine print after the box is the page's;
- inline text joins into lines, except that a microdata property, a link and
  a button stay words of their own ("<span itemprop=streetAddress>…St</span>
  <span>Ste 3</span>", a menu of links laid out by CSS) and an inline element
  styled display:block is a line;
- consecutive short blocks of one section (paragraphs, addresses, short lists,
  definition lists, hours tables) are joined, so a branch written as
  ``<h3>name</h3><p>address</p><p>phone</p><p>hours</p>`` stays one unit;
- a table of days and hours is one unit; any other table gives one unit per
  row with the header row's cells in the context; a short <caption> heads
  the table's units; the rows that carry a footnote mark ("09–20*") get the
  note under the table ("* Pauza 12–12:30") as their last line;
- page chrome (header, footer, nav, aside, landmark roles, cookie banners)
  gives units with role "boilerplate"; scripts, styles and hidden elements are
  dropped, except the panels of accordions and tabs, which a reader opens;
  so are the labels of checkboxes and radio buttons (a store filter's "Open
  24 hours" is a choice, not a claim).

`faq.py` reads FAQ pages with the same walker, passing the elements it found
to be questions (`QuestionMark`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import unquote

import lxml.etree
from lxml.etree import _Element as HtmlElement

from consistency.documents.document import Unit

_DROPPED = frozenset(
    "script style noscript template svg math iframe object embed canvas video audio map "
    "select option optgroup datalist textarea head title meta link base param source track".split()
)
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big blink cite code data del dfn em font i ins kbd label mark nobr "
    "output q s samp small span strike strong sub sup time tt u var wbr img input button".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_DISCLOSURE_LABEL_CHARS = 120  # longer toggle text is a teaser paragraph, not a panel's title
_CAPTION_TITLE_CHARS = 120
_QUESTION_LEVEL = 7  # a question that is not a heading sits below every heading
_SECTIONING = frozenset({"article", "main", "section"})
_BOILERPLATE_TAGS = frozenset({"nav", "aside"})
_BOILERPLATE_ROLES = frozenset({"navigation", "contentinfo", "banner", "complementary", "search"})
# Whole class/id tokens only: "card-header" or "page-header" hold content.
_BOILERPLATE_TOKENS = frozenset(
    "header footer site-header site-footer page-footer main-footer main-header global-header "
    "global-footer navbar sidebar breadcrumb breadcrumbs topbar top-bar".split()
)
_COOKIE = re.compile(r"cookie|consent|gdpr", re.I)
_CARD_WORDS = frozenset(
    "card store branch shop office item location filial outlet pickup salon магазин result".split()
)
_TITLE_WORDS = frozenset({"title", "name", "heading", "header", "caption", "headline"})
# Outside a card only these: "name" and "header" also mark a field or a page region.
_CLASS_TITLE_WORDS = frozenset({"title", "heading", "headline"})
_CLASS_TITLE_CHARS = 100
# Boxes set apart from the page's flow, whose heading titles the box alone.
_CALLOUT_WORDS = frozenset({"alert", "callout", "notice", "admonition", "announcement", "infobox", "notification"})
_TIME_LIKE = re.compile(r"\d[:.]\d\d|\d\s?[-–—]\s?\d")  # "9:00–18:00" styled as a title is hours, not a name
_WORD_SPLIT = re.compile(r"[^0-9A-Za-zА-Яа-яЁё]+|(?<=[a-z])(?=[A-Z])")
_BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|grid|list-item|table)\b", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_DIGITS = re.compile(r"\d")
# plain etree elements: lxml.html's element classes cost a lookup per node visited
_PARSER = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)

# A row or column label that names days (Russian, Serbian Cyrillic and Latin,
# English), a day group, or a calendar date of a special schedule.
_DAY_LABEL = re.compile(
    r"^\W{0,3}(?:"
    r"пн|вт|ср|чт|пт|сб|вс|пон|уто|сре|чет|пет|суб|нед"
    r"|понед\w{0,8}|вторн\w{0,4}|сред[аыу]|четвер\w{0,4}|пятниц\w{0,2}|суббот\w{0,2}|субот\w{0,2}|воскрес\w{0,6}"
    r"|понедељ\w{0,4}|уторак|четвртак|петак|недеља|недељ\w{0,3}"
    r"|будн\w{0,4}|выходн\w{0,4}|ежедневно|праздн\w{0,6}|каждый\s+день|без\s+выходных"
    r"|радн\w{0,4}\s+дан\w{0,3}|викенд\w{0,3}|сваког\s+дана"
    r"|pon(?:edeljak|edeljkom|edeljka)?|uto(?:rak|rkom|rka)?|sre(?:da|dom|de|du)?|[čc]et(?:vrtak|vrtkom|vrtka)?"
    r"|pet(?:ak|kom|ka)?|sub(?:ota|otom|ote|otu)?|ned(?:elja|eljom|elje|elju)?"
    r"|radn\w{0,4}\s+dan\w{0,3}|vikend\w{0,3}|svakog\s+dana"
    r"|mo|tu|we|th|fr|sa|su|mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:nesday)?s?|thu(?:r|rs|rsday)?s?|fri(?:day)?s?"
    r"|sat(?:urday)?s?|sun(?:day)?s?"
    r"|weekdays?|weekends?|daily|every\s+day|holidays?"
    # a date, a range of them or two joined: "31.12.", "2–3 января", "1. i 2.1.", "1 и 2 января"
    r"|\d{1,2}(?:\.?\s{0,2}[-–—]\s{0,2}\d{1,2}|\.?\s{1,2}(?:i|и|and|&)\s{1,2}\d{1,2})?"
    r"(?:\s{0,2}[./]\s{0,2}\d{1,2}\b|\.?\s{1,3}(?:"
    r"янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|јан|феб|мај|јун|јул|сеп|нов|дец"
    r"|jan|feb|mar|apr|maj|may|jun|jul|avg|aug|sep|okt|oct|nov|dec)\w{0,6})"
    r")(?![a-zа-яёčćšžđ])",
    re.I,
)
# An English month and day anywhere in a short label: "Dec 24", "Black Friday (Nov 27)", "Christmas Eve, December 24".
_MONTH_DAY = re.compile(
    r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?"
    r"(?![\d:])",
    re.I,
)
# A weekday and an American date, or such a date in parentheses: "(Thu 12/24)", "Fri 1/1", "(12/31)".
_WEEKDAY_SLASH_DATE = re.compile(
    r"(?:(?<![a-z])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,2}|\()"
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])",
    re.I,
)
# A holiday heading a column: "Christmas Eve", "New Year's Day", "Thanksgiving", "Božić", "31 декабря" is above.
_HOLIDAY_LABEL = re.compile(
    r"\W{0,3}(?:christmas|new\s+year['’]?s|thanksgiving|easter|memorial\s+day|labor\s+day|independence\s+day"
    r"|black\s+friday|boxing\s+day|bo[žz]i[ćc]|божић|nova\s+godina|нова\s+година|новый\s+год|рождеств)",
    re.I,
)
_HOURS_VALUE = re.compile(
    r"\d{1,2}\s{0,2}[:.]\s{0,2}\d{2}|\d{1,2}\s{0,2}[-–—]\s{0,2}\d{1,2}|\b\d{1,2}\s{0,2}(?:am|pm)\b"
    # "9 – noon", "noon – 5"
    r"|\d{1,2}\s{0,2}[-–—]\s{0,2}(?:noon|midnight|полдень|полночь|podne|подне|ponoć|поноћ)"
    r"|(?:noon|midnight|полдень|podne|подне)\s{0,2}[-–—]\s{0,2}\d"
    r"|выходн|закрыт|не\s+работа|круглосуточно|24/7|24\s+часа|closed|затворено|zatvoreno|нерадн|neradn",
    re.I,
)
_BARE_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")

# Joined short blocks: enough for a branch (name, address, phones, a week of
# hours), too little to glue unrelated news items into one unit.
_SMALL_LINES = 8
_SMALL_LINE_CHARS = 200
_SMALL_CHARS = 500
_MERGED_LINES = 16
_MERGED_CHARS = 1200
_CARD_MAX_LINES = 30
_CARD_MAX_CHARS = 2500
_LAYOUT_CELL_CHARS = 400
_MAX_DEPTH = 260  # libxml2 stops nesting at 255; the guard only bounds Python recursion


@dataclass(frozen=True, eq=False)
class QuestionMark:
    """An element found to be an FAQ question and how far its answer reaches."""

    text: str
    scope: HtmlElement | None = None  # the answer ends when the walk leaves it; None: at the next heading


@dataclass(frozen=True)
class HtmlText:
    """Units of an HTML page and its main heading."""

    units: tuple[Unit, ...]
    heading: str | None = None


@dataclass(frozen=True)
class TableText:
    """A table read into blocks: one block for an hours table, one per branch for a column per branch, else one per
    row."""

    is_hours: bool
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # one line tuple per block
    per_branch: bool = False  # a column per branch: the table is about several branches at once


def parse_html(text: str) -> HtmlElement | None:
    """lxml tree of an HTML string, or None for an empty page; never raises on broken markup."""
    if not text or not text.strip():
        return None
    # bytes input: lxml refuses str with an <?xml encoding?> declaration
    try:
        root = lxml.etree.fromstring(text.encode("utf-8", errors="replace"), _PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    _reveal_disclosures(root)
    return root


# Class words of accordion, tab and collapse panels across CMS themes and CSS frameworks.
_DISCLOSURE_WORDS = frozenset(
    "accordion accordeon collapse collapsible tab tabs tabpanel pane panel spoiler expandable disclosure".split()
)
_DISCLOSURE_TARGETS = "//@aria-controls | //@data-target | //@data-bs-target | //a/@href[starts-with(., '#')]"


def _reveal_disclosures(root: HtmlElement) -> None:
    """Show the panels of accordions and tabs: hidden until clicked, they are what a reader opens.

    A panel is a hidden element that a control names (aria-controls, a
    Bootstrap data-target, an in-page link), that is marked as one (role
    tabpanel, accordion/collapse/tab class words) or that comes right after a
    toggle (a button with aria-expanded and no target). Other hidden elements stay
    hidden: templates, old copies, screen-reader duplicates (aria-hidden).
    """
    # the owners of the attributes, not "//*[@hidden or @style]": libxml2 finds attributes several times faster
    # than it tests a predicate on every element
    hidden = root.xpath("(//@hidden | //@style)/..")
    targets: set[str] | None = None  # the ids controls name: a second pass over the page, only when needed
    for element in hidden:
        if not is_hidden(element) or (element.get("aria-hidden") or "").strip().lower() == "true":
            continue
        if targets is None:
            targets = {word.lstrip("#") for value in root.xpath(_DISCLOSURE_TARGETS)
                       for word in str(value)[:200].split()}
        if (element.get("id") in targets or (element.get("role") or "").lower() == "tabpanel"
                or class_words(element) & _DISCLOSURE_WORDS or _follows_toggle(element)):
            element.attrib.pop("hidden", None)
            style = element.get("style")
            if style:
                element.set("style", _HIDDEN_STYLE.sub("", style))


def _follows_toggle(element: HtmlElement) -> bool:
    """Whether the element just before a hidden one is an accordion's toggle, which opens it."""
    before = element.getprevious()
    while before is not None and not _tag(before):  # comments between the toggle and its panel
        before = before.getprevious()
    return before is not None and _is_disclosure_control(before, _tag(before))


def html_units(text: str) -> HtmlText:
    """Units and main heading of an HTML page."""
    root = parse_html(text)
    return read_tree(root) if root is not None else HtmlText(())


def read_tree(root: HtmlElement, questions: dict[HtmlElement, QuestionMark] | None = None) -> HtmlText:
    """Units of a parsed page; elements in `questions` start FAQ answers (role "answer")."""
    walker = _Walker(questions or {}, _tab_labels(root), kicker_places=_kicker_places(root))
    body = root.find("body")
    walker.walk(body if body is not None else root, 0)
    walker.end_run()
    return HtmlText(tuple(merge_blocks(walker.blocks)), _page_heading(root, walker))


def _tab_labels(root: HtmlElement) -> dict[str, str]:
    """The label of each tab panel, by the panel's id: its tab (role tab, aria-controls) names it."""
    labels: dict[str, str] = {}
    # found by the attribute, as in _reveal_disclosures
    for tab in root.xpath("//@role[. = 'tab']/parent::*[@aria-controls]"):
        text = render_line(tab)
        if text and len(text) <= _DISCLOSURE_LABEL_CHARS:
            for ident in tab.get("aria-controls", "")[:200].split():
                labels.setdefault(ident, text)
    return labels


def _is_disclosure_control(element: HtmlElement, tag: str) -> bool:
    """An accordion's toggle: a <summary>, or a button or link that opens a panel (not a tab: tabs stand apart)."""
    if tag == "summary":
        return True
    if tag not in ("button", "a") or (element.get("role") or "").lower() == "tab":
        return False
    return (element.get("aria-controls") is not None or element.get("aria-expanded") is not None
            or (element.get("data-toggle") or element.get("data-bs-toggle") or "").lower() == "collapse")


def _disclosure_label(control: HtmlElement) -> str:
    """A toggle's title: its title element when it has one beside a subtitle ("Филиал на Ленина" / "Ленинский
    район · взрослое отделение"), else all its text."""
    for inner in control.iterdescendants():
        if _tag(inner) and class_words(inner) & _TITLE_WORDS:
            text = render_line(inner)
            if text:
                return text
    return render_line(control)


def normalize_space(text: str) -> str:
    """One line of text with runs of any whitespace turned into one space."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def is_day_label(text: str) -> bool:
    """Whether a cell or label names days, a day group or a special date ("Black Friday (Nov 27)", "Dec 24",
    "Christmas Eve (Thu 12/24)")."""
    return bool(_DAY_LABEL.match(text)) or (len(text) <= 40 and bool(
        _MONTH_DAY.search(text) or _WEEKDAY_SLASH_DATE.search(text) or _HOLIDAY_LABEL.match(text)))


def heading_aside(text: str) -> tuple[str, str | None]:
    """A heading without the address in brackets it ends with, and that address: "Цвећара Центар (Трг ослобођења
    7)" names the shop and says where it is; "Holiday hours (Dec 24–26)" and "Lunch (11:30–14:00)" stay whole."""
    m = _HEADING_ASIDE.search(text)
    if m is None or len(text[:m.start()].strip()) < 2:
        return text, None
    aside = m.group("aside")
    if _NOT_ADDRESS_ASIDE.search(aside) or is_day_label(aside):
        return text, None
    return text[:m.start()].rstrip(), f"({aside})"


# A bracketed end holding a word and a number: "(Трг ослобођења 7)", "(Moše Pijade 12)".
_HEADING_ASIDE = re.compile(r"\s*\((?P<aside>(?=[^()]*[^\W\d_]{3})(?=[^()]*\d)[^()\n]{3,60})\)\s*$")
# A title that is a street and number, then a town after a comma: "Господар Јованова 5, Чачак", "12 Mill Road, Lee".
_ADDRESS_TITLE = re.compile(r"^(?=[^,]{0,50}[^\W\d_]{3})(?=[^,]{0,50}\d)[^,\n]{3,50},[ \t]*[^\W\d_][^\d,\n]{1,40}$")
# Times, dates and counts are no address: "(9:00–18:00)", "(24.12.)", "(ages 2–5)", "(new in 2026)".
_NOT_ADDRESS_ASIDE = re.compile(r"\d\s?[:./–-]\s?\d|\d[.]\s*$|(?<!\d)(?:19|20)\d\d(?!\d)")


def read_table(rows: list[list[str]], header: list[str] | None = None) -> TableText:
    """Blocks of a table given as rows of cell texts (header row separate, if known)."""
    rows = [row for row in rows if any(cell for cell in row)]
    head = tuple(header or ())
    if not head and len(rows) > 1 and _day_header(rows[0]):
        head, rows = tuple(rows[0]), rows[1:]
    if _day_header(head):
        if _rows_hold_hours(rows) and (len(rows) == 1 or not any(is_day_label(row[0]) for row in rows)):
            if len(rows) == 1:
                # days across, one row of hours: a transposed hours table
                lines = _pair_lines(head, rows[0])
                return TableText(True, (), (tuple(lines),))
            # days across, a row per branch: keep the day with each value
            return TableText(False, head, tuple(tuple(_pair_lines(head, row)) for row in rows))
    if _branch_columns(head, rows):
        # "Day | Eye Street | Rosedale" over "Thu, Dec 24 | 10 AM – 3 PM | 9 AM – 1 PM": a column per branch. Each
        # column becomes the card a list of branches would give, its name first ("Eye Street", "Thu, Dec 24: 10 AM
        # – 3 PM", "Fri, Dec 25: Closed"), so each day's hours stay with the branch above their column and the
        # branch is named as a card is; the rows' labels are what the cards' lines are, as a row's columns are.
        blocks = []
        for index, name in enumerate(head[1:], start=1):
            days = [f"{row[0].rstrip(':')}: {row[index]}" for row in rows if index < len(row) and row[index]]
            if days:
                blocks.append((name, *days))
        labels = tuple(dict.fromkeys(row[0].rstrip(":") for row in rows if row and row[0]))
        return TableText(False, labels, tuple(blocks), per_branch=True)
    if rows and _is_hours_rows(rows):
        return TableText(True, head, (tuple(_hours_line(row) for row in rows),))
    return TableText(False, head, tuple(tuple(cell for cell in row if cell) for row in rows))


# A cell of a table laid out with spaces: words parted by single spaces; two or more spaces part cells.
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
# A ruled line under a header or between rows: "-----", "=====", "───┼───", "+----+----+".
_ALIGNED_RULE = re.compile(r"^[ \t]*[-=_─━═+|┼]{3,}[-=_─━═+|┼ \t]*$")
_ALIGNED_MIN_COLUMNS = 3
_ALIGNED_MAX_CELL = 40
_ALIGNED_SLACK = 1  # a cell may start or end a character off its column's heading


def aligned_pieces(lines: list[str]) -> list[list[str] | TableText]:
    """A block's lines as written, with each table laid out in columns by spaces read as a table ("Office   Mon
    Tue" over "Hershey   —   3–7"): runs of plain lines and tables, in order."""
    if sum(1 for line in lines if "  " in line.strip()) < 2:
        return [lines]  # a table needs a header and a row with gaps between their cells
    pieces: list[list[str] | TableText] = []
    plain: list[str] = []
    index = 0
    while index < len(lines):
        found = _aligned_table(lines, index)
        if found is None:
            plain.append(lines[index])
            index += 1
            continue
        end, header, rows = found
        if plain:
            pieces.append(plain)
            plain = []
        pieces.append(read_table(rows, header))
        index = end
    if plain:
        pieces.append(plain)
    return pieces


def _aligned_spans(line: str) -> list[tuple[int, int, str]]:
    return [(cell.start(), cell.end(), cell.group()) for cell in _ALIGNED_CELL.finditer(line.expandtabs(8))]


def _aligned_table(lines: list[str], start: int) -> tuple[int, list[str], list[list[str]]] | None:
    """The table whose header row is `lines[start]`, if its cells stand in columns: where it ends, its header and
    its rows, each cell under the header cell it lines up with (a row's gaps left as empty cells)."""
    head = _aligned_spans(lines[start])
    if len(head) < _ALIGNED_MIN_COLUMNS or not all(_is_column_label(text) for _, _, text in head):
        return None
    starts = [begin for begin, _, _ in head]
    ends = [end for _, end, _ in head]
    rows: list[list[str]] = []
    full = 0
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _ALIGNED_RULE.match(line):
            index += 1
            continue
        cells = _aligned_spans(line)
        if len(cells) < 2 or cells[0][0] > starts[1] - 2:
            break  # the row's first cell is its label, under the first heading
        row = [""] * len(head)
        for begin, end, text in cells:
            column = _aligned_column(begin, end, starts, ends)
            if column is None or row[column]:
                row = []
                break
            row[column] = text
        if not row:
            break
        rows.append(row)
        full += len(cells) >= _ALIGNED_MIN_COLUMNS
        index += 1
    # a header over rows that fill its columns, not two lines of prose with double spaces after their full stops
    if not rows or full * 2 < len(rows):
        return None
    return index, [text for _, _, text in head], rows


def _is_column_label(text: str) -> bool:
    """Whether a cell can head a column: a short label, with no number unless it names a day ("Dec 24"); a first line
    of values ("12 Main St   555-0134") is a row of its own, never the labels of the rows under it."""
    return len(text) <= _ALIGNED_MAX_CELL and (not _DIGITS.search(text) or is_day_label(text))


def _aligned_column(begin: int, end: int, starts: list[int], ends: list[int]) -> int | None:
    """The column a cell lines up with: its heading starts (left-aligned) or ends (right-aligned) where it does."""
    for column, (head_start, head_end) in enumerate(zip(starts, ends)):
        if abs(begin - head_start) <= _ALIGNED_SLACK or abs(end - head_end) <= _ALIGNED_SLACK:
            return column
    return None


def _day_header(cells: tuple[str, ...] | list[str]) -> bool:
    """Whether a header row names days: in most of its cells (one label cell allowed), or in
    its last cells after label columns ("Клуб | Адрес | Будни | Выходные")."""
    filled = [cell for cell in cells if cell]
    is_day = [is_day_label(cell) for cell in filled]
    days = sum(is_day)
    if days >= 2 and (days >= len(filled) - 1 or all(is_day[len(filled) - days:])):
        return True
    # a column per weekday, or per day group, between label columns: "Prodavnica | Adresa | Pon | … | Ned | Telefon",
    # "Филиал | Адрес | Будни | Суббота | Воскресенье | Телефон"
    run = longest = 0
    for day in is_day:
        run = run + 1 if day else 0
        longest = max(longest, run)
    labels_only = all(len(cell) <= 24 and not _DIGITS.search(cell) for cell, day in zip(filled, is_day) if not day)
    if days == 1 and len(filled) == 2 and is_day[1] and labels_only:
        return True  # one special day's hours per branch: "Пословница | 6. јануар"
    return longest >= 3 and longest == days and labels_only


def _branch_columns(head: tuple[str, ...], rows: list[list[str]]) -> bool:
    """Whether a table gives a column of hours per branch and a row per day: two or more named columns after a
    first column of days ("Datum | Centar | Liman" over "31.12. | 7–14 | zatvoreno")."""
    names = head[1:]
    if len(names) < 2 or not all(names) or any(is_day_label(name) or _HOURS_VALUE.search(name) for name in names):
        return False
    if not rows or head[0] and is_day_label(head[0]):
        return False
    days = sum(1 for row in rows if row and is_day_label(row[0]) and any(_HOURS_VALUE.search(c) for c in row[1:]))
    if days * 10 >= len(rows) * 7:
        return True
    # "Адрес", "Телефон" rows above the days: each column is a branch's card laid on its side; so it is with no
    # days, when a row gives each column's address or phone ("| Мелос Ивањица | Мелос Лучани" over "Адреса | …")
    fields = sum(1 for row in rows if row and _FIELD_LABEL.fullmatch(row[0]) and not is_day_label(row[0]))
    located = any(row and _PLACE_FIELD.match(row[0]) for row in rows)
    return days + fields == len(rows) and (days >= 2 or located and fields >= 2)


# A row's label naming a field, not a value: "Адрес", "Телефон", "Phone", "E-mail", "Adresa:".
_FIELD_LABEL = re.compile(r"[^\W\d_][^\W\d_ .-]{1,15}(?:[ .-]{1,2}[^\W\d_]{1,15}){0,2}:?")
# The fields that place a branch: its address or its phone.
_PLACE_FIELD = re.compile(r"(?i:адрес|address|adres|телефон|phone|telefon|тел\.?:?$)")


def _rows_hold_hours(rows: list[list[str]]) -> bool:
    """Whether most rows hold something that reads as hours."""
    return bool(rows) and sum(1 for row in rows if any(_HOURS_VALUE.search(c) for c in row[1:] or row)) * 2 >= len(rows)


def _is_hours_rows(rows: list[list[str]]) -> bool:
    """Whether most rows are a day label followed by hours."""
    hits = 0
    for row in rows:
        cells = [cell for cell in row if cell]
        if 2 <= len(cells) <= 4 and is_day_label(cells[0]) and any(_HOURS_VALUE.search(c) for c in cells[1:]):
            hits += 1
    return hits >= 1 and hits * 10 >= len(rows) * 7


def _pair_lines(head: tuple[str, ...], row: list[str] | tuple[str, ...]) -> list[str]:
    """`label: value` lines pairing header cells with a row's cells."""
    lines = []
    for index, cell in enumerate(row):
        if not cell:
            continue
        label = head[index] if index < len(head) else ""
        if label and is_day_label(label):
            # a dash alone under a day is the day off: "Нед | —"
            lines.append(f"{label.rstrip(':')}: {'closed' if cell.strip() in _DASHES else cell}")
        else:
            lines.append(cell)
    return lines


_DASHES = frozenset("—–-−")


def _hours_line(row: list[str]) -> str:
    """One line of an hours table: `day: hours`."""
    cells = [cell for cell in row if cell]
    if len(cells) < 2:
        return " ".join(cells)
    rest = cells[1:]
    if len(rest) == 2 and all(_BARE_TIME.match(cell) for cell in rest):
        value = f"{rest[0]}–{rest[1]}"  # separate "opens" and "closes" columns
    else:
        value = " ".join(rest)
    return f"{cells[0].rstrip(':')}: {value}"


def class_words(element: HtmlElement) -> set[str]:
    """Lower-case words of an element's class and id (split on -, _ and camelCase)."""
    words: set[str] = set()
    for attr in ("class", "id"):
        value = element.get(attr)
        if value:
            words.update(word.lower() for word in _WORD_SPLIT.split(value[:300]) if word)
    return words


def _tokens(element: HtmlElement) -> list[str]:
    """Whole class tokens and id, lower case."""
    tokens = (element.get("class") or "")[:300].lower().split()
    ident = (element.get("id") or "")[:100].lower()
    return tokens + [ident] if ident else tokens


def _tag(element: HtmlElement) -> str:
    """Tag name (lxml's HTML parser lower-cases it), or "" for comments and processing instructions."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def is_hidden(element: HtmlElement) -> bool:
    """Whether an element is hidden from readers of the page."""
    if element.get("hidden") is not None:
        return True
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style[:500]))


def _skipped(element: object) -> bool:
    """Whether an element (or comment) gives no text at all."""
    tag = _tag(element)
    if tag == "label" and _is_option_label(element):  # type: ignore[arg-type]
        return True
    return not tag or tag in _DROPPED or is_hidden(element)  # type: ignore[arg-type]


def _is_option_label(label: HtmlElement) -> bool:
    """A checkbox's or radio button's label: a choice a visitor ticks ("Круглосуточно", "Open Sundays" in a store
    filter), not a statement about the business."""
    for inner in label.iter("input"):
        if (inner.get("type") or "").strip().lower() in ("checkbox", "radio"):
            return True
    return False


def _is_boilerplate(element: HtmlElement, in_sectioning: bool) -> bool:
    """Whether an element is page chrome: header, footer, navigation, cookie banner."""
    tag = _tag(element)
    if tag in _BOILERPLATE_TAGS:
        return True
    # a <header>/<footer> inside an article or section is that part's own (HTML spec)
    if tag in ("header", "footer") and not in_sectioning:
        return True
    role, classes, ident = element.get("role"), element.get("class"), element.get("id")
    if role is None and classes is None and ident is None:
        return False
    if role and role.strip().lower() in _BOILERPLATE_ROLES:
        return True
    if any(token in _BOILERPLATE_TOKENS for token in _tokens(element)):
        return True
    return bool(_COOKIE.search(f"{(classes or '')[:300]} {(ident or '')[:100]}"))


def _card_candidate(element: HtmlElement) -> bool:
    """Whether an element's class names one store/branch/card (not a list of them or a part of one)."""
    classes = element.get("class")
    if classes is None and element.get("itemscope") is None:
        return False
    if _is_item(element) and not any(_is_item(ancestor) for ancestor in element.iterancestors()):
        return True  # a top-level microdata item: a store, a product, an event
    for token in (classes or "")[:300].split():
        if "__" in token:
            # a BEM element is a part of its block ("t-store__card__title"), unless the part is the card itself
            # ("t-store__card": one card of a list block)
            token = token.rsplit("__", 1)[1]
            if token.lower() != "card":
                continue
        if token.startswith(_TAXONOMY_PREFIXES):
            continue  # a CMS's term of the post ("category-office-news"): what it is filed under, not what it is
        words = [word.lower() for word in _WORD_SPLIT.split(token) if word]
        if words and any(word in _CARD_WORDS for word in words) and words[-1] not in _CONTAINER_WORDS:
            return True
    return False


def _is_item(element: HtmlElement) -> bool:
    """Whether an element is a microdata item other than the page itself."""
    if element.get("itemscope") is None:
        return False
    itemtype = (element.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
    return itemtype not in _PAGE_TYPES


_PAGE_TYPES = frozenset(
    "WebPage WebSite AboutPage ContactPage FAQPage CollectionPage ItemPage SearchResultsPage ItemList "
    "BreadcrumbList SiteNavigationElement WPHeader WPFooter WPSideBar Article BlogPosting NewsArticle "
    # WordPress themes mark up every post as a CreativeWork: the page's own content, never one card
    "CreativeWork Blog SocialMediaPosting Report".split()
)
# WordPress post_class() and WooCommerce add a token per taxonomy term of the post or product.
_TAXONOMY_PREFIXES = ("category-", "tag-", "product_cat-", "product_tag-", "product-cat-", "product-tag-")
_CONTAINER_WORDS = frozenset(
    "list wrapper wrap container grid row rows slider carousel items cards stores shops branches locator finder results "
    "offices locations group section block inner body content title name header footer text "
    "link icon img image photo btn button price address phone "
    # Joomla's article wrapper ("item-page", "com-content-article"): the page's whole text, not one item of it
    "page article".split()
)


# ---------------------------------------------------------------------------
# Rendering an element into lines


class _EnoughLines(Exception):
    """Raised by _Lines when it holds as many lines as its caller asked for: the rest of the element is not read."""


class _Lines:
    """Text accumulated into lines: inline text joins, blocks and <br> break."""

    def __init__(self, limit: int | None = None) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.boundary = False  # the next text starts a separate item: a word there must not glue on
        self.limit = limit  # stop (raise _EnoughLines) on reaching this many lines

    def add(self, text: str | None) -> None:
        if text:
            if self.boundary and self.parts and self.parts[-1][-1:].isalnum() and text[:1].isalnum():
                self.parts.append(" ")
            self.boundary = False
            self.parts.append(text)

    def separate(self) -> None:
        """Mark an item's edge: "<span>2150 W Elm St</span><span>Ste 3</span>" reads "2150 W Elm St Ste 3"."""
        self.boundary = True

    def newline(self) -> None:
        if self.parts:
            line = normalize_space("".join(self.parts))
            if line:
                self.lines.append(line)
                if len(self.lines) == self.limit:
                    raise _EnoughLines()
            self.parts = []
        self.boundary = False

    def result(self) -> list[str]:
        self.newline()
        return self.lines


def render_lines(element: HtmlElement, skip: HtmlElement | None = None) -> list[str]:
    """Visible text of an element as lines (rows, items, <br> and blocks on their own lines)."""
    out = _Lines()
    _render_children(element, out, skip, 0)
    return out.result()


def has_lines(element: HtmlElement, count: int) -> bool:
    """Whether an element renders to at least `count` lines (as len(render_lines(element)) >= count), reading it
    only as far as the count-th line: lines are only ever added, so the rest cannot change the answer."""
    out = _Lines(limit=count)
    try:
        _render_children(element, out, None, 0)
        out.result()
    except _EnoughLines:
        return True
    return False


def render_line(element: HtmlElement) -> str:
    """Visible text of an element on one line."""
    return normalize_space(" ".join(render_lines(element)))


def _render_children(element: HtmlElement, out: _Lines, skip: HtmlElement | None, depth: int) -> None:
    out.add(element.text)
    for child in element:
        if child is not skip and not _skipped(child):
            _render(child, out, skip, depth + 1)
        out.add(child.tail)


def _render(element: HtmlElement, out: _Lines, skip: HtmlElement | None, depth: int) -> None:
    tag = _tag(element)
    if depth > _MAX_DEPTH:
        out.add(" ".join(element.itertext()))
        return
    if tag == "br":
        out.newline()
        return
    if tag in _INLINE and not _styled_as_block(element):
        # a microdata property is a value of its own, whatever its markup abuts; so is a link or a button
        # ("<a>Pharmacy</a><a>Weekly Ad</a>": a menu laid out by CSS, not one word)
        item = tag in ("a", "button") or element.get("itemprop") is not None
        if item:
            out.separate()
        _render_children(element, out, skip, depth)
        if tag == "a":
            out.add(_link_target(element))
        if item:
            out.separate()
        return
    out.newline()
    if tag == "pre":
        for line in _pre_lines(element):
            out.add(line)
            out.newline()
        return
    if tag == "table":
        if not _is_layout_table(element):
            table = _read_table_element(element)
            caption = _table_caption(element)
            if caption:
                out.add(caption)
                out.newline()
            for block in table.rows:
                for line in block:
                    out.add(line)
                    out.newline()
            return
    elif tag == "dl":
        for line in _dl_lines(element):
            out.add(line)
            out.newline()
        return
    _render_children(element, out, skip, depth)
    out.newline()


def _styled_as_block(element: HtmlElement) -> bool:
    """Whether an inline element's own style shows it as a block (a line of its own on screen)."""
    style = element.get("style")
    return bool(style and _BLOCK_STYLE.search(style[:500]))


def _link_target(link: HtmlElement) -> str | None:
    """" mailto:…"/" tel:…" for a contact link whose visible text does not show the address or number."""
    href = (link.get("href") or "").strip()
    scheme, _, target = href.partition(":")
    scheme = scheme.lower()
    if scheme not in ("mailto", "tel", "callto") or not target:
        return None
    target = normalize_space(unquote(target.split("?", 1)[0]))[:200]
    if not target:
        return None
    visible = " ".join(link.itertext())
    if scheme == "mailto":
        if target.lower() in visible.lower():
            return None
        return f" mailto:{target}"
    digits = "".join(_DIGITS.findall(target))
    shown = "".join(_DIGITS.findall(visible))
    # "+7 495…" in the href and "8 (495)…" on screen are the same number
    if not digits or digits[-10:] in shown:
        return None
    return f" tel:{target}"


def dl_items(dl: HtmlElement) -> list[HtmlElement]:
    """The dt and dd elements of a definition list, including those wrapped in a <div> (allowed by HTML)."""
    items = []
    for child in dl:
        if _skipped(child):
            continue
        tag = _tag(child)
        if tag in ("dt", "dd"):
            items.append(child)
        elif tag == "div":
            items.extend(inner for inner in child if _tag(inner) in ("dt", "dd") and not _skipped(inner))
    return items


def _pre_lines(pre: HtmlElement) -> list[str]:
    """Lines of preformatted text, as laid out in the source, a table laid out with spaces read row by row."""
    lines: list[str] = []
    for piece in aligned_pieces(_pre_raw_lines(pre)):
        if isinstance(piece, TableText):
            lines.extend(line for block in piece.rows for line in block)
        else:
            lines.extend(normalize_space(line) for line in piece)
    return [line for line in lines if line]


def _pre_raw_lines(pre: HtmlElement) -> list[str]:
    """Lines of preformatted text with their spaces as written (columns laid out with spaces line up)."""
    return "".join(pre.itertext()).splitlines()


def _dl_lines(dl: HtmlElement) -> list[str]:
    """`term: definition` lines of a definition list."""
    lines: list[str] = []
    term: str | None = None
    for child in dl_items(dl):
        text_lines = render_lines(child)
        if not text_lines:
            continue
        if _tag(child) == "dt":
            if term is not None:
                lines.append(term)
            term = " ".join(text_lines).rstrip(":")
        else:
            first, rest = text_lines[0], text_lines[1:]
            lines.append(f"{term}: {first}" if term is not None else first)
            lines.extend(rest)
            term = None
    if term is not None:
        lines.append(term)
    return lines


def _cell_text(cell: HtmlElement) -> str:
    """A table cell on one line (its own lines joined with "; ")."""
    return "; ".join(render_lines(cell))


def _table_rows(table: HtmlElement) -> tuple[list[str], list[list[str]]]:
    """Header cells and body rows of a table, nested tables left out."""
    header: list[str] = []
    rows: list[list[str]] = []
    # a body cell spanning rows ("ежедневно 9–21" beside Mon–Fri, Sat and Sun) says its text in each of them:
    # by grid column, the text and how many more rows it covers
    spanning: dict[int, tuple[str, int]] = {}
    for row in table.iter("tr"):
        if _owner_table(row) is not table or _skipped(row):
            continue
        cells = [cell for cell in row if _tag(cell) in ("td", "th") and not _skipped(cell)]
        if not cells:
            continue
        texts = [_cell_text(cell) for cell in cells]
        in_head = _tag(row.getparent()) == "thead"
        all_th = all(_tag(cell) == "th" for cell in cells)
        if not header and not rows and (in_head or all_th) and len(cells) > 1:
            header = texts
        elif in_head and not rows:
            continue  # a second header row: keep the first
        elif spanning or any(cell.get("rowspan") for cell in cells):
            rows.append(_fill_row_spans(cells, texts, spanning))
        else:
            rows.append(texts)
    return header, rows


def _span(cell: HtmlElement, attr: str) -> int:
    """A cell's rowspan or colspan, 1 when missing or not a sane number."""
    value = (cell.get(attr) or "").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _fill_row_spans(cells: list[HtmlElement], texts: list[str], spanning: dict[int, tuple[str, int]]) -> list[str]:
    """A row's cell texts with the texts of cells from rows above that span into it put back in their columns."""
    out: list[str] = []
    column = 0
    pending = list(zip(cells, texts))
    while pending or any(col >= column for col in spanning):
        carried = spanning.get(column)
        if carried is not None:
            text, left = carried
            out.append(text)
            if left > 1:
                spanning[column] = (text, left - 1)
            else:
                del spanning[column]
            column += 1
            continue
        if not pending:
            column += 1
            continue
        cell, text = pending.pop(0)
        out.append(text)
        rowspan = _span(cell, "rowspan")
        if rowspan > 1:
            spanning[column] = (text, rowspan - 1)
        column += _span(cell, "colspan")
    return out


def _is_grid(table: HtmlElement) -> bool:
    """Whether a table has more than two columns: a grid of values, never one card's label: value rows."""
    header, rows = _table_rows(table)
    return any(len(row) > 2 for row in [header, *rows])


def _owner_table(element: HtmlElement) -> HtmlElement | None:
    """The nearest table an element belongs to."""
    for ancestor in element.iterancestors("table"):
        return ancestor
    return None


def _table_caption(table: HtmlElement) -> str:
    """A table's <caption>: its title, often the only place that says whose or which season's hours these are."""
    for child in table:
        if _tag(child) == "caption" and not _skipped(child):
            return render_line(child)
    return ""


def _read_table_element(table: HtmlElement) -> TableText:
    header, rows = _table_rows(table)
    return read_table(rows, header)


def _table_groups(table: HtmlElement) -> list[tuple[str, TableText]]:
    """A table cut at its group rows, each part with its label: a short row of one cell across a table of three or
    more columns ("Niš" over that town's shops) labels the rows under it, up to the next such row."""
    header, rows = _table_rows(table)
    width = max((len(row) for row in [header, *rows]), default=0)
    if width < 3 or not any(_is_group_row(row) for row in rows):
        return [("", read_table(rows, header))]
    groups: list[tuple[str, list[list[str]]]] = [("", [])]
    for row in rows:
        if _is_group_row(row):
            groups.append((row[0], []))
        else:
            groups[-1][1].append(row)
    # a label with no rows under it (a closing note) stays a row of its own
    return [(label, read_table(part, header)) if part else ("", read_table([[label]], header))
            for label, part in groups if part or label]


def _is_group_row(row: list[str]) -> bool:
    """Whether a table row is a single short cell, as a group's label is."""
    return len(row) == 1 and 0 < len(row[0]) <= _CAPTION_TITLE_CHARS


def _is_layout_table(table: HtmlElement) -> bool:
    """Whether a table lays out a page (one cell, headings, nested tables or long text in cells) rather than data."""
    cells = 0
    for cell in table.iter("td", "th"):
        if _owner_table(cell) is not table:
            continue
        cells += 1
        for inner in cell.iter():
            tag = _tag(inner)
            if tag in _HEADINGS or (tag == "table" and inner is not table):
                return True
        if len("".join(cell.itertext())) > _LAYOUT_CELL_CHARS:
            return True
    # a table of one cell is a box around text (an e-mail template's text block), not a row of data
    return cells == 1


# ---------------------------------------------------------------------------
# Walking the page into blocks


@dataclass
class Block:
    """Lines read as one piece; short blocks of one section are joined into a unit by `merge_blocks`."""

    lines: list[str]
    context: tuple[str, ...]
    role: str
    section: int
    mergeable: bool
    columns: tuple[str, ...] = ()  # a table row's column headings, the last entries of `context`


@dataclass(frozen=True)
class _ChromeWalk:
    """What walking one header, menu or footer emitted: its blocks (sections counted from the walk's start), how
    many sections it took, and the first h1 it held."""

    blocks: tuple[tuple[tuple[str, ...], tuple[str, ...], str, int, bool, tuple[str, ...]], ...]
    sections: int
    first_h1: str | None


class _ChromeWalks(dict):
    """Chrome walks by their markup. A site repeats its header, menu and footer on every page, and walking them is
    about half of reading a page; serialising the markup to look one up costs a seventh of walking it."""

    limit = 256

    def keep(self, key: tuple[bytes, int, bool], walked: _ChromeWalk) -> None:
        if len(self) >= self.limit:
            self.clear()  # another site's chrome: the old entries will not come back
        self[key] = walked

    def cache_clear(self) -> None:
        self.clear()


_CHROME_WALKS = _ChromeWalks()


@dataclass
class _Heading:
    level: int
    text: str
    question: bool = False
    scope: HtmlElement | None = None
    disclosure: bool = False  # an accordion toggle or tab: a heading one level below the page's own
    element: HtmlElement | None = None  # the h1–h6 itself
    in_series: bool = False  # it ended a heading of its own level: one of a series of cards ("h3 Centre", "h3 Port")


@dataclass
class _Walker:
    questions: dict[HtmlElement, QuestionMark]
    tab_labels: dict[str, str] = field(default_factory=dict)
    kicker_places: set[HtmlElement] = field(default_factory=set)  # what may be a kicker: just before an h1–h3
    blocks: list[Block] = field(default_factory=list)
    stack: list[_Heading] = field(default_factory=list)
    section: int = 0
    boilerplate: int = 0
    sectioning: int = 0
    first_h1: str | None = None
    first_chrome_h1: str | None = None
    run: _Lines = field(default_factory=_Lines)
    kicker: list[str] | None = None  # a line read before its heading, emitted under it
    closed_box: _Heading | None = None  # the heading whose box has just closed, until the next heading
    _question_holders: set[HtmlElement] | None = None
    _named_runs: dict[tuple, frozenset] = field(default_factory=dict)

    def holds_question(self, element: HtmlElement) -> bool:
        """Whether an element contains a question (and so must be walked, not rendered whole)."""
        if not self.questions:
            return False
        if self._question_holders is None:
            holders: set[HtmlElement] = set()
            for question in self.questions:
                holders.update(question.iterancestors())
            self._question_holders = holders
        return element in self._question_holders

    # -- emitting

    def context(self) -> tuple[str, ...]:
        return tuple(heading.text for heading in self.stack)

    def role(self) -> str:
        if self.boilerplate:
            return "boilerplate"
        return "answer" if any(heading.question for heading in self.stack) else "content"

    def emit(self, lines: list[str], *, extra: tuple[str, ...] = (), mergeable: bool = True,
             columns: tuple[str, ...] = ()) -> None:
        lines = [line for line in lines if line]
        if not lines:
            return
        if self.kicker:
            # its heading never came: the kicker stays where it stood
            kicker, self.kicker = self.kicker, None
            self.emit(kicker)
        role = self.role()
        joinable = role == "answer" or (mergeable and is_small(lines))
        self.blocks.append(Block(lines, self.context() + extra + columns, role, self.section, joinable, columns))

    def emit_table(self, table: TableText, *, title: tuple[str, ...] = (), mark: str = "", note: str = "") -> None:
        """A table's blocks: an hours table joins the text around it; any other row stands alone, under its columns."""
        if table.per_branch and self.stack and self.stack[-1].in_series and not self.stack[-1].question:
            # a column per branch after a series of branch cards is about them all, not about the last card
            self.end_run()
            self.stack.pop()
            self.section += 1
        for lines in table.rows:
            if mark and any(mark in line for line in lines):
                lines = tuple(line.replace(mark, "").rstrip() for line in lines) + (note,)
            if table.is_hours:
                self.emit(list(lines), extra=title)
            else:
                self.emit(list(lines), extra=title, mergeable=False, columns=table.header)

    def end_run(self) -> None:
        """Emit the inline text gathered since the last block boundary."""
        lines = self.run.result()
        self.run = _Lines()
        self.emit(lines)

    # -- headings

    def push_heading(self, level: int, text: str, *, question: bool = False, scope: HtmlElement | None = None) -> None:
        self.end_run()
        in_series = False
        while self.stack and (self.stack[-1].level >= level or (question and self.stack[-1].question)):
            in_series = in_series or self.stack[-1].level == level
            self.stack.pop()  # questions do not nest: a new one ends the last
        self.stack.append(_Heading(level, text, question, scope, in_series=in_series))
        self.closed_box = None
        self.section += 1
        if self.kicker:
            kicker, self.kicker = self.kicker, None
            self.emit(kicker)

    def push_disclosure(self, text: str, scope: HtmlElement | None) -> None:
        """An accordion toggle or tab label: a heading below the page's headings, replacing the previous toggle."""
        level = min(6, 1 + max((h.level for h in self.stack if not h.disclosure), default=1))
        self.push_heading(level, text, scope=scope)
        self.stack[-1].disclosure = True

    def leave_scope(self, element: HtmlElement) -> None:
        if any(heading.scope is element for heading in self.stack):
            self.end_run()
            while self.stack and any(heading.scope is element for heading in self.stack):
                closed = self.stack.pop()
            self.closed_box = closed if closed.element is not None else None
            self.section += 1

    # -- the walk

    def walk(self, element: HtmlElement, depth: int) -> None:
        """Walk an element's children, emitting blocks in document order."""
        self.run.add(element.text)
        for child in element:
            if not _skipped(child):
                if depth > _MAX_DEPTH:
                    self.run.add(" ".join(child.itertext()))
                else:
                    self.visit(child, depth + 1)
            self.run.add(child.tail)

    def visit(self, element: HtmlElement, depth: int) -> None:
        tag = _tag(element)
        mark = self.questions.get(element)
        if mark is not None:
            level = _HEADINGS.get(tag, _QUESTION_LEVEL)
            self.push_heading(level, mark.text, question=True, scope=mark.scope)
            return
        if tag in _HEADINGS:
            self.visit_heading(element, _HEADINGS[tag])
            return
        if _is_disclosure_control(element, tag):
            text = _disclosure_label(element)
            if text and len(text) <= _DISCLOSURE_LABEL_CHARS:
                # the panel after it, up to the end of the accordion item, sits under it
                self.push_disclosure(text, element.getparent())
                return
        label = self.tab_labels.get(element.get("id") or "")
        if label:
            self.push_disclosure(label, element)
        if tag == "br":
            self.run.newline()
            return
        kicker = _kicker_lines(element) if element in self.kicker_places else None
        if kicker and not _is_boilerplate(element, self.sectioning > 0):
            self.end_run()
            self.kicker = kicker
            return
        holds_question = self.holds_question(element)
        if tag in _INLINE and not holds_question and not _card_candidate(element):
            _render(element, self.run, None, depth)
            return
        if _is_boilerplate(element, self.sectioning > 0):
            self.visit_chrome(element, depth)
            return
        self.end_run()
        if not holds_question and (self.visit_card(element) or self.visit_class_title(element, tag)
                                   or self.visit_leaf_block(element, tag)):
            return
        sectioning = tag in _SECTIONING
        self.sectioning += sectioning
        self.walk(element, depth)
        self.end_run()
        self.sectioning -= sectioning
        self.leave_scope(element)

    def visit_heading(self, element: HtmlElement, level: int) -> None:
        text, aside = heading_aside(render_line(element))
        if not text:
            return
        if level == 1:
            if self.boilerplate:
                self.first_chrome_h1 = self.first_chrome_h1 or text
            else:
                self.first_h1 = self.first_h1 or text
        while self.stack and 1 < self.stack[-1].level < level and _card_left(self.stack[-1], element):
            # "<div class=shop><h2>Zlatibor</h2><p>…</p></div><div class=alert><h3>Offer</h3>": the shop's box has
            # closed, so its heading no longer heads what follows
            self.stack.pop()
        previous = None  # the heading of this level this one ends: the card before, in a series of cards
        for heading in reversed(self.stack):
            if heading.level < level:
                break
            if heading.level == level:
                previous = heading.element
        if previous is None and self.closed_box is not None and self.closed_box.level == level:
            # "<div class=rec><h2>Offers</h2>…</div><div class=rec><h2>Holidays</h2><p>…</p></div><div class=rec>
            # footer": the box of the heading before has closed, yet this one still opens the next box of the row
            previous = self.closed_box.element
        self.push_heading(level, text)
        self.stack[-1].element = element
        box = _callout_of(element)
        if box is not None:
            self.stack[-1].scope = box  # "<div class=alert><h3>Holiday hours</h3><p>…</p></div>": the box's title only
        elif level > 1 and (card := _card_box(element)) is not None:
            # "<div><h2>Franklin clearance</h2><p>…</p></div><p>Offer valid through 11/30…</p>": the fine print after
            # the box is the page's, not the box's
            self.stack[-1].scope = card
        elif level > 1 and previous is not None and (card := _series_box(element, previous)) is not None:
            # "<div><h4>Autumn shoot</h4><p>…</p></div><div><h4>Family portrait</h4><p>…</p></div><p>Prices…</p>":
            # each heading of a row of boxes titles its own box; what follows the row is the page's
            self.stack[-1].scope = card
        if aside:
            self.run.add(aside)  # the address the heading gave, read as the section's first line
            self.run.newline()

    def visit_chrome(self, element: HtmlElement, depth: int) -> None:
        """Header, footer, navigation: walked with role boilerplate and headings kept local."""
        self.end_run()
        key = self._chrome_key(element, depth)
        walked = _CHROME_WALKS.get(key) if key is not None else None
        if walked is not None:
            self.replay(walked)
            return
        first_block, first_section, h1_before = len(self.blocks), self.section, self.first_chrome_h1
        saved = self.stack
        # page chrome is not under the section it happens to follow
        self.stack = []
        self.boilerplate += 1
        self.section += 1
        self.walk(element, depth)
        self.end_run()
        self.boilerplate -= 1
        self.stack = saved
        self.section += 1
        if key is not None:
            _CHROME_WALKS.keep(key, _ChromeWalk(
                tuple((tuple(b.lines), b.context, b.role, b.section - first_section, b.mergeable, b.columns)
                      for b in self.blocks[first_block:]),
                self.section - first_section,
                self.first_chrome_h1 if h1_before is None else None,
            ))

    def _chrome_key(self, element: HtmlElement, depth: int) -> tuple[bytes, int, bool] | None:
        """What a walk of this chrome depends on, when nothing outside it does (no pending kicker, no question,
        tab panel or kicker inside it), or None."""
        if self.kicker is not None or self.tab_labels or self.holds_question(element):
            return None
        if any(element in place.iterancestors() for place in self.kicker_places):
            return None
        return lxml.etree.tostring(element), depth, self.sectioning > 0

    def replay(self, walked: _ChromeWalk) -> None:
        """The blocks of a chrome walked on an earlier page, as that walk emitted them."""
        base = self.section
        self.blocks.extend(Block(list(lines), context, role, base + offset, mergeable, columns)
                           for lines, context, role, offset, mergeable, columns in walked.blocks)
        self.section += walked.sections
        self.first_chrome_h1 = self.first_chrome_h1 or walked.first_h1

    def repeated_named_block(self, element: HtmlElement) -> bool:
        """Whether an element is one of two or more siblings that share their first class and each name a place and
        give its address or phone in elements so classed, or open with a bold name on a line of its own: a locator's
        results, whatever the plugin calls them ("<div class=results_wrapper><span class=location_name>…<span
        class=slp_result_address>…"), or a builder's text boxes ("<div class=tn-elem><b>Точка в ТЦ</b><br>ул. …")."""
        classes = (element.get("class") or "").split(None, 1)
        parent = element.getparent()
        if not classes or parent is None:
            return False
        key = (parent, element.tag, classes[0])
        named = self._named_runs.get(key)
        if named is None:
            # once per run of siblings: a page of thousands of alike blocks is read once, not once per block
            named = frozenset(
                sibling for sibling in parent
                if sibling.tag == element.tag and (sibling.get("class") or "").split(None, 1)[:1] == classes[:1]
                and (_named_inside(sibling) or _led_by_bold_name(sibling) or _led_by_class_name(sibling))
            )
            named = named if len(named) >= 2 else frozenset()
            self._named_runs[key] = named
        return element in named

    def visit_card(self, element: HtmlElement) -> bool:
        """One store/branch card as one unit, its heading last in the context."""
        if not (_card_candidate(element) or self.repeated_named_block(element)) or _holds_cards(element):
            return False
        if _tag(element) == "table" and _is_grid(element):
            return False  # <table class="store-hours">: a column per store, read as a table
        heading = _card_heading(element)
        lines = render_lines(element, skip=heading)
        title = render_line(heading) if heading is not None else ""
        if len(lines) + bool(title) < 2:
            return False
        if len(lines) > _CARD_MAX_LINES or sum(len(line) for line in lines) > _CARD_MAX_CHARS:
            return False  # a page-wide wrapper with a card-like class
        if title and lines and lines[0] == title:
            lines = lines[1:]
        if title and _ADDRESS_TITLE.match(title) and not _NOT_ADDRESS_ASIDE.search(title):
            # "<h3>Господар Јованова 5, Чачак</h3>": a card named by where it is gives that address, as a line
            lines = [title, *lines]
        level = _HEADINGS.get(_tag(heading)) if heading is not None and title else None
        if level is not None and self.stack and self.stack[-1].level >= level and _closed(self.stack[-1], element):
            # a card titled by an h2 after an h2 whose box has closed ("<article><h2>…</h2><p>…</p></article>
            # <section class=store-opening><h2>…"): a sibling of that section, not a part of it
            while self.stack and self.stack[-1].level >= level and _closed(self.stack[-1], element):
                self.stack.pop()
            self.section += 1
        self.emit(lines or [title], extra=(title,) if title else (), mergeable=False)
        return True

    def visit_class_title(self, element: HtmlElement, tag: str) -> bool:
        """A block its class calls a title ("t509__title", "section-title"): a heading over the rest of its box.

        Site builders style their headings with classes rather than h1–h6, so a short
        line so named, with more content after it in its box, titles that content:
        "<div class=t-rec><div class=t509__title>Пекарня на Садовой</div><div
        class=t509__descr>ул. Садовая, 12 …</div></div>".
        """
        if tag not in ("div", "p") or not class_words(element) & _CLASS_TITLE_WORDS or _has_block_children(element):
            return False
        text = render_line(element)
        if not text or len(text) > _CLASS_TITLE_CHARS or text.endswith((".", ",", ";")) or _TIME_LIKE.search(text):
            return False
        box = element.getparent()
        title = element
        for _ in range(2):
            # a title alone in its wrapper ("<div class=topwrapper><div class=title>Offers</div></div><div>…")
            # titles what follows the wrapper
            if (box is None or _tag(box) in _PAGE_WIDE or _has_text(box.text) or _has_text(title.tail)
                    or next(_content_after(title), None) is not None
                    or _content_sibling(title, previous=True) is not None):
                break
            title, box = box, box.getparent()
        if box is None or next(_content_after(title), None) is None:
            return False
        if title is not element and _tag(box) in _PAGE_WIDE:
            return False  # a title alone in a box straight in the page's body is taken for text, as ever
        self.push_disclosure(text, box)
        return True

    def visit_leaf_block(self, element: HtmlElement, tag: str) -> bool:
        """Paragraph-like blocks, lists, tables and definition lists read whole."""
        if tag == "table":
            if _is_layout_table(element):
                return False
            caption = _table_caption(element)
            # a short caption titles the table like a heading; a long one is a note read before its rows
            title: tuple[str, ...] = (caption,) if caption and len(caption) <= _CAPTION_TITLE_CHARS else ()
            if caption and not title:
                self.emit([caption])
            mark, note = _table_note(element)
            for label, table in _table_groups(element):
                self.emit_table(table, title=(*title, label) if label else title, mark=mark, note=note)
            return True
        if tag in ("ul", "ol", "menu"):
            return self.visit_list(element)
        if tag == "dl":
            self.emit(_dl_lines(element))
            return True
        if tag == "pre":
            for piece in aligned_pieces(_pre_raw_lines(element)):
                if isinstance(piece, TableText):
                    self.emit_table(piece)
                else:
                    self.emit([normalize_space(line) for line in piece])
            return True
        if tag in ("p", "address", "blockquote", "figcaption", "caption", "dt", "dd", "summary", "legend"):
            self.emit(render_lines(element))
            return True
        if tag in ("div", "li", "td", "th", "details", "center") and not _has_block_children(element):
            self.emit(render_lines(element))
            return True
        return False

    def visit_list(self, element: HtmlElement) -> bool:
        items = [child for child in element if _tag(child) == "li" and not _skipped(child)]
        if any(_tag(node) in _HEADINGS for item in items for node in item.iter()):
            return False  # sections laid out as list items: walk them
        rendered = [render_lines(item) for item in items]
        if any(len(lines) > 1 for lines in rendered):
            # items of several lines are entries of their own (a store per item)
            for item, lines in zip(items, rendered):
                if not self.visit_card(item):
                    self.emit(lines, mergeable=False)
            return True
        if _only_items(element):
            # the list reads as its items, one after another: no need to render them a second time
            self.emit([line for lines in rendered for line in lines])
        else:
            self.emit(render_lines(element))
        return True


def _only_items(element: HtmlElement) -> bool:
    """Whether an element shows nothing but its <li> children: every other child skipped, no text between them.
    Its render_lines then equals its items' lines in order (each item is a block: it starts and ends lines)."""
    if normalize_space(element.text or ""):
        return False
    return all((_tag(child) == "li" or _skipped(child)) and not normalize_space(child.tail or "") for child in element)


_NOTE_MARK = re.compile(r"^(\*{1,3}|[¹²³†‡])\s{0,3}(?=\S)")


def _table_note(table: HtmlElement) -> tuple[str, str]:
    """The footnote under a table, as (mark, its first line without the mark), or ("", "").

    "09–20*" in a row and "* Pauza 12–12:30" just below the table: the
    pause is part of that row's hours, so the rows that carry the mark get
    the note's line (the mark dropped from both: it is no part of a value).
    """
    outer = table
    for _ in range(_KICKER_WRAPPERS):
        parent = outer.getparent()
        if parent is None or _content_sibling(outer) is not None or _tag(parent) in _SECTIONING:
            break
        outer = parent
    following = _content_sibling(outer)
    if following is None or following is outer or _tag(following) in _HEADINGS or _tag(following) == "table":
        return "", ""
    lines = render_lines(following) if len(following) <= _KICKER_ELEMENTS else []
    match = _NOTE_MARK.match(lines[0]) if lines else None
    if match is None or len(lines[0]) > _SMALL_LINE_CHARS * 2:
        return "", ""
    return match.group(1), lines[0][match.end():]


def _closed(heading: _Heading, card: HtmlElement) -> bool:
    """Whether a heading on the stack stood in a box the walk has left before reaching `card`."""
    if heading.element is None or heading.question:
        return False
    box = heading.element.getparent()
    return box is not None and box not in set(card.iterancestors())


def _card_left(heading: _Heading, element: HtmlElement) -> bool:
    """Whether a heading titled a box with content of its own (a card), which the walk left before `element`; a box
    holding only its heading ("<div class=page-header><h2>…</h2></div>") heads what follows it. (A page's h1 heads
    the whole page, however its hero box is drawn.)"""
    return _closed(heading, element) and next(_content_after(heading.element), None) is not None


def _kicker_places(root: HtmlElement) -> set[HtmlElement]:
    """Elements that stand just before an h1–h3 (through single-child wrappers): the only ones `_kicker_lines`
    need look at, found from the few headings rather than by asking every element of the page."""
    places: set[HtmlElement] = set()
    for heading in root.iter("h1", "h2", "h3"):
        outer = heading
        for _ in range(_KICKER_WRAPPERS + 1):
            before = _content_sibling(outer, previous=True)
            if before is not None:
                for _ in range(_KICKER_WRAPPERS + 1):  # it, and what it wraps alone
                    places.add(before)
                    inner = [child for child in before if not _blank(child)]
                    if len(inner) != 1:
                        break
                    before = inner[0]
                break
            parent = outer.getparent()
            if parent is None or _content_sibling(outer) is not None:
                break
            outer = parent
    return places


def _kicker_lines(element: HtmlElement) -> list[str] | None:
    """The line of a kicker (eyebrow, badge, hero's dates) that opens a block just above its h1–h3, else None.

    "<section><span>Nov 27 – Dec 7</span><h1>Hot Tub Sale</h1>…": the dates are
    the sale's, though they come before its heading. Only a short line that is
    the first thing in its container with the heading next to it: a closing
    line ("Updated Nov 2") follows its section's text in the same container.
    Page builders wrap each widget in single-child divs, so both are looked
    for through such wrappers.
    """
    outer = element
    for _ in range(_KICKER_WRAPPERS):
        parent = outer.getparent()
        if (parent is None or _tag(parent) in _SECTIONING or _has_text(parent.text)
                or _content_sibling(outer, previous=True) is not None or _content_sibling(outer) is not None):
            break
        outer = parent
    if _has_text(outer.getparent().text if outer.getparent() is not None else None):
        return None
    if _content_sibling(outer, previous=True) is not None:
        return None
    heading = _content_sibling(outer)
    for _ in range(_KICKER_WRAPPERS):
        if heading is None or _tag(heading) in _HEADINGS:
            break
        inner = [child for child in heading if not _blank(child)]
        heading = inner[0] if len(inner) == 1 and not _has_text(heading.text) else None
    if heading is None or _HEADINGS.get(_tag(heading), 9) > 3:
        return None
    for count, inner in enumerate(element.iter()):
        if count > _KICKER_ELEMENTS or _tag(inner) in _HEADINGS:
            return None  # a section of its own, not one line
    lines = render_lines(element)
    if len(lines) != 1 or len(lines[0]) > _KICKER_CHARS:
        return None
    return lines


_KICKER_WRAPPERS = 4
_KICKER_CHARS = 60
_KICKER_BLANKS = 8
_KICKER_ELEMENTS = 40


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


def _blank(element: HtmlElement) -> bool:
    """Whether an element shows nothing, judged without reading its subtree (an image, an empty span, a script)."""
    if _skipped(element):
        return True
    return len(element) == 0 and not _has_text(element.text)


def _content_sibling(element: HtmlElement, previous: bool = False) -> HtmlElement | None:
    """The nearest sibling before (or after) an element that shows something; text between them counts as one."""
    if not previous and _has_text(element.tail):
        return element  # text after it: not a lone element
    node = element.getprevious() if previous else element.getnext()
    for _ in range(_KICKER_BLANKS):
        if node is None:
            return None
        if (previous and _has_text(node.tail)) or not _blank(node) or (not previous and _has_text(node.tail)):
            return node
        node = node.getprevious() if previous else node.getnext()
    return node  # a run of empty elements this long is not a hero's decoration: taken as content


_PAGE_WIDE = frozenset({"html", "body", "main", "article"})
_CARD_BOX_DEPTH = 6
# Class words of a box drawn apart from the page: a bordered group, a panel, a tile.
_FRAME_WORDS = frozenset({"border", "bordered", "box", "panel", "tile", "frame", "framed"})


def _card_box(heading: HtmlElement) -> HtmlElement | None:
    """The box drawn apart (bordered, a panel) that a heading opens, if it holds content after the heading: the
    outermost such box the heading opens (a card's badge may sit beside its text box)."""
    box = heading.getparent()
    if box is None or _tag(box) in _PAGE_WIDE:
        return None
    framed = None
    for _ in range(_CARD_BOX_DEPTH):
        if class_words(box) & _FRAME_WORDS or "border" in (box.get("style") or "")[:300]:
            framed = box
        parent = box.getparent()
        if (parent is None or _tag(parent) in _PAGE_WIDE or _has_text(parent.text)
                or _content_sibling(box, previous=True) is not None):
            break
        box = parent
    if framed is None or next(_content_after(heading), None) is None:
        return None  # (the cheap test first: this runs for every heading)
    return framed


def _series_box(heading: HtmlElement, previous: HtmlElement) -> HtmlElement | None:
    """The box a heading opens when the box beside it was opened by the heading of its level before (`previous`) and
    the heading's box holds content after it: one card of a row of cards."""
    box = heading.getparent()
    opened = heading
    for _ in range(_CARD_BOX_DEPTH):
        if box is None or _tag(box) in _PAGE_WIDE or _has_text(box.text):
            return None
        if _content_sibling(opened, previous=True) is not None:
            return None  # the heading does not open this box: text stands before it
        parent = box.getparent()
        if parent is None:
            return None
        # the previous heading's box: its ancestor among this box's siblings, if it stands in one
        beside = next((ancestor for ancestor in previous.iterancestors() if ancestor.getparent() is parent), None)
        if beside is box:
            opened, box = box, parent  # both headings in this box: the row is further out
            continue
        if beside is None or beside not in set(box.itersiblings(preceding=True)):
            return None
        return box if _holds_content_after(heading, box) else None
    return None


def _holds_content_after(heading: HtmlElement, box: HtmlElement) -> bool:
    """Whether a box shows something after the heading that opens it."""
    element = heading
    while element is not None and element is not box:
        if next(_content_after(element), None) is not None:
            return True
        element = element.getparent()
    return False


def _callout_of(heading: HtmlElement) -> HtmlElement | None:
    """The notice box a heading titles, if it leads one: an alert, a callout, an announcement."""
    box = heading.getparent()
    for _ in range(2):
        if box is None or _tag(box) in ("body", "main", "article"):
            return None
        if class_words(box) & _CALLOUT_WORDS:
            return box
        box = box.getparent()
    return None


def _content_after(element: HtmlElement) -> Iterator[HtmlElement]:
    """The following siblings of an element that show text."""
    for sibling in element.itersiblings():
        if _tag(sibling) and not _skipped(sibling) and render_line(sibling):
            yield sibling


def _has_block_children(element: HtmlElement) -> bool:
    """Whether an element holds block-level children (and so needs walking, not rendering)."""
    for child in element.iterdescendants():
        tag = _tag(child)
        if tag and tag not in _INLINE and tag != "br" and tag not in _DROPPED:
            return True
    return False


def _named_inside(element: HtmlElement) -> bool:
    """Whether an element holds a short element its class calls a name or title and one its class calls an address
    or a phone, as a locator's result marks its fields (a heading inside: a section, walked instead)."""
    named = located = False
    for inner in element.iterdescendants():
        tag = _tag(inner)
        if tag in _HEADINGS or (tag and _is_disclosure_control(inner, tag)):
            return False  # a section or an accordion item: walked, its title read as such
        words = class_words(inner) if tag else set()
        if not named and words & _TITLE_WORDS and 0 < len(render_line(inner)) <= _CLASS_TITLE_CHARS:
            named = True
        located = located or bool(words & _FIELD_CLASS_WORDS)
    return named and located


def _led_by_bold_name(element: HtmlElement) -> bool:
    """Whether a box opens with a short bold line of its own over more lines: a name over its address and hours (not
    a label, "<b>Адрес:</b>", nor a bold lead-in of a sentence)."""
    bold = next(element.iterdescendants("strong", "b"), None)
    if bold is None:
        return False
    text = render_line(bold)
    if not text or len(text) > _CLASS_TITLE_CHARS or text.endswith((":", ".", ",", ";")):
        return False
    lines = render_lines(element)
    return len(lines) >= 2 and lines[0] == text


def _led_by_class_name(element: HtmlElement) -> bool:
    """Whether a box opens with a short line its class calls a name or title over more lines, as a builder's repeated
    items do ("<div class=t509__item><div class=t-name>Popust za studente</div><div class=t-descr>…"); a flat box of
    fields only, since a page section that opens with its title is walked as a section."""
    if any(_tag(child) and _has_block_children(child) for child in element):
        return False
    for inner in element:
        tag = _tag(inner)
        if tag in _HEADINGS or (tag and _is_disclosure_control(inner, tag)):
            return False  # a section or an accordion item: walked, its title read as such
        if tag and class_words(inner) & _TITLE_WORDS:
            text = render_line(inner)
            if not text or len(text) > _CLASS_TITLE_CHARS or _has_block_children(inner):
                return False
            lines = render_lines(element)
            return len(lines) >= 2 and lines[0] == text
    return False


# Classes a locator gives a result's fields: "slp_result_address", "store-phone", "location-street".
_FIELD_CLASS_WORDS = frozenset({"address", "street", "phone", "tel", "telephone", "zip", "postcode"})


def _holds_cards(element: HtmlElement) -> bool:
    """Whether an element is a list of cards rather than one card."""
    found = 0
    for inner in element.iterdescendants():
        if _tag(inner) and _card_candidate(inner) and has_lines(inner, 2):
            found += 1
            if found >= 2:
                return True
    return False


def _card_heading(card: HtmlElement) -> HtmlElement | None:
    """The element that names a card: a heading, a title/name element, or a leading <strong>."""
    for inner in card.iterdescendants():
        if _tag(inner) in _HEADINGS and not _skipped(inner) and render_line(inner):
            return inner
    for inner in card.iterdescendants():
        tag = _tag(inner)
        if not tag or _skipped(inner):
            continue
        if _is_disclosure_control(inner, tag):  # an accordion item's toggle names its panel
            text = _disclosure_label(inner)
            if text and len(text) <= _DISCLOSURE_LABEL_CHARS:
                return inner
        if inner.get("itemprop") == "name" or class_words(inner) & _TITLE_WORDS:
            text = render_line(inner)
            if text and len(text) <= 120 and not _has_block_children(inner):
                return inner
    lines = render_lines(card)
    for inner in card.iterdescendants("strong", "b"):
        text = render_line(inner)
        if text and lines and lines[0] == text and len(text) <= 120:
            return inner
        break
    return None


def is_small(lines: list[str]) -> bool:
    """Whether a block is short enough to be joined with its neighbours (an address, a phone, a line of hours)."""
    return (
        len(lines) <= _SMALL_LINES
        and sum(len(line) for line in lines) <= _SMALL_CHARS
        and all(len(line) <= _SMALL_LINE_CHARS for line in lines)
    )


def merge_blocks(blocks: list[Block]) -> list[Unit]:
    """Units from blocks in order: short blocks of one section joined, FAQ answers joined whole."""
    units: list[Unit] = []
    current: Block | None = None

    def close() -> None:
        if current is not None:
            units.append(Unit("\n".join(current.lines), current.context, current.role, len(units), current.columns))

    for block in blocks:
        if (
            current is not None
            and current.mergeable
            and block.mergeable
            and block.section == current.section
            and block.context == current.context
            and block.role == current.role
            and (
                block.role == "answer"
                or (
                    len(current.lines) + len(block.lines) <= _MERGED_LINES
                    and sum(map(len, current.lines)) + sum(map(len, block.lines)) <= _MERGED_CHARS
                )
            )
        ):
            current.lines.extend(block.lines)
            continue
        close()
        current = Block(list(block.lines), block.context, block.role, block.section, block.mergeable, block.columns)
    close()
    return units


def _page_heading(root: HtmlElement, walker: _Walker) -> str | None:
    """The page's main heading: the first h1 (outside page chrome first), else <title>."""
    if walker.first_h1:
        return walker.first_h1
    if walker.first_chrome_h1:
        return walker.first_chrome_h1
    title = root.find(".//title")
    if title is not None:
        text = normalize_space("".join(title.itertext()))
        return text or None
    return None
