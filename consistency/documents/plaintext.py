"""Markdown and plain text to units.

Hand-written, line by line, instead of a Markdown library: only the block
structure matters here (headings for context; paragraphs, lists, tables and
code as units) and inline markup is stripped, keeping the targets of
``mailto:``/``tel:`` links. Tables go through the same reader as HTML tables
(`html.read_table`), so an hours table is one unit in both. Of a YAML front
matter only the title (the page's heading) and the sender's and contact
fields ("from: Shop <hello@shop.com>" of a newsletter export, a chrome unit)
are read; a numbered line inside a paragraph other than "1." continues it, as
CommonMark has it ("…после / 24. децембра…").

Plain text: paragraphs are separated by blank lines; a short line ending with
":" or written in ALL CAPS is a heading; a short line between two rules
("-----" / "HOLIDAY HOURS" / "-----", a mailing's text export) titles the
paragraph under it, and other rules only separate paragraphs. In both formats a line that wraps
prose (the next line starts with a lower-case letter) is joined to the next,
while address, phone and hours lines keep their own lines.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import unquote

from consistency.documents.document import Unit
from consistency.documents.html import (
    Block, TableText, aligned_pieces, heading_aside, is_day_label, is_small, merge_blocks, normalize_space, read_table,
)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#{1,20})?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# A plain-text rule: one character repeated, no gaps (a rule with gaps underlines a table's columns).
_PLAIN_RULE = re.compile(r"^[ \t]{0,8}([-=_*~])\1{2,200}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]{0,8}){3,200}|(?:-[ \t]{0,8}){3,200}|(?:_[ \t]{0,8}){3,200})$")
_LIST_ITEM = re.compile(r"^([ \t]{0,16})(?:[-*+•·▪●]|\d{1,3}[.)])[ \t]+(.*)$")
_ORDERED_NUMBER = re.compile(r"^[ \t]{0,16}(\d{1,3})[.)]")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_TABLE_SEPARATOR = re.compile(r"^[ \t]{0,3}\|?[ \t]{0,8}:?-{1,200}:?[ \t]{0,8}(?:\|[ \t]{0,8}:?-{1,200}:?[ \t]{0,8}){0,50}\|?[ \t]*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_HTML_COMMENT = re.compile(r"<!--.{0,2000}?-->")
_FRONT_CONTACT = re.compile(
    r"^(from|reply[_-]to|sender|email|e-mail|contact|phone|telephone|address):[ \t]*[\"']?(.{1,300}?)[\"']?[ \t]*$", re.I
)
_FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.{1,300}?)[\"']?[ \t]*$", re.M)

_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\(\s{0,5}<?([^)\s>]{0,500})>?(?:\s{1,5}\"[^\"\n]{0,200}\")?\s{0,5}\)")
_REF_LINK = re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:|tel:)[^>\s]{1,500}|[^@<>\s]{1,100}@[^@<>\s]{1,200})>")
_BR = re.compile(r"<br\s{0,5}/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~([^~\n]{1,500})~~")
_CODE = re.compile(r"`([^`\n]{1,500})`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_DIGITS = re.compile(r"\d")
_ESCAPED_BASE = 0xE000  # Unicode private use area: never in real text
_UNESCAPE = {_ESCAPED_BASE + code: chr(code) for code in range(128)}

# A line that is a bold name, maybe with an aside in brackets: "**Комшија Центар** (Моше Пијаде 12)", "__Downtown__".
# Not a bold label or sentence ("**Адрес:** …", "**Исключение.** Кафе …"): the name ends in a letter or bracket.
_BOLD_TITLE = re.compile(
    r"^ {0,3}(\*\*|__)(?P<name>[^*_\n:.!?]{2,60}?[\w)»\"])\1[ \t]*(?P<rest>\([^()\n]{1,80}\))?[ \t]*$"
)
# A line led by a street's abbreviation or a phone label starts an address or a contact, never wrapped prose.
_ADDRESS_LINE = re.compile(r"(?:(?:ул|пр|просп|пер|бул|наб|пл|ш|ul|bul|тел|tel)\.|пр-кт|пр-т|б-р)[ \t]", re.IGNORECASE)
_LEADING_BULLET = re.compile(r"^[-–•·▪●◦*][ \t]+")
_SENTENCE_END = re.compile(r"[.!?:;]$")
# A line at least this long, and nearly as long as the paragraph's longest, was broken by the writer's editor.
_WRAP_MIN = 55
_WRAP_SHARE = 0.8
_MAX_PLAIN_HEADING = 60
_MAX_FRONT_MATTER_LINES = 200


@dataclass(frozen=True)
class PlainText:
    """Units of a Markdown or plain-text document and its main heading."""

    units: tuple[Unit, ...]
    heading: str | None = None


class _Sections:
    """Heading stack and blocks, shared by the Markdown and plain-text readers."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str]] = []
        self.blocks: list[Block] = []
        self.section = 0
        self.heading: str | None = None

    def push(self, level: int, text: str) -> None:
        text = normalize_space(text)
        if not text:
            return
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text))
        self.section += 1
        if self.heading is None and (level == 1 or not self.blocks):
            self.heading = text

    def pop(self) -> None:
        """End the innermost heading's section."""
        if self.stack:
            self.stack.pop()
            self.section += 1

    def emit(self, lines: list[str], *, extra: tuple[str, ...] = (), mergeable: bool = True,
             columns: tuple[str, ...] = ()) -> None:
        lines = [line for line in (normalize_space(line) for line in lines) if line]
        if lines:
            context = tuple(text for _, text in self.stack) + extra + columns
            self.blocks.append(Block(lines, context, "content", self.section, mergeable and is_small(lines), columns))

    def emit_table(self, rows: list[str]) -> None:
        cells = [_cells(row) for row in rows]
        header: list[str] | None = None
        if len(cells) > 1 and _TABLE_SEPARATOR.match(rows[1]):
            header, cells = cells[0], cells[2:]
        self.emit_read_table(read_table(cells, header))

    def emit_read_table(self, table: TableText, *, extra: tuple[str, ...] = ()) -> None:
        for lines in table.rows:
            if table.is_hours:
                self.emit(list(lines), extra=extra)
            else:
                self.emit(list(lines), extra=extra, mergeable=False, columns=table.header)

    def emit_prose(self, lines: list[str], prepare, *, extra: tuple[str, ...] = ()) -> None:
        """Lines as written, each table laid out in columns with spaces read as a table, the rest as prose
        (`prepare` turns a run of lines into the unit's lines)."""
        for piece in aligned_pieces(lines):
            if isinstance(piece, TableText):
                self.emit_read_table(piece, extra=extra)
            else:
                self.emit(prepare(piece), extra=extra, mergeable=not extra)

    def result(self) -> PlainText:
        return PlainText(tuple(merge_blocks(self.blocks)), self.heading)


def markdown_units(text: str) -> PlainText:
    """Units of a Markdown document: headings give context; paragraphs, lists, tables and code give units."""
    lines = _HTML_COMMENT.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    sections = _Sections()
    lines, title, contact = _front_matter(lines)
    if contact:
        sections.blocks.append(Block(contact, (), "boilerplate", sections.section, False))
        sections.section += 1
    paragraph: list[str] = []
    items: list[str] = []
    table: list[str] = []
    code: list[str] = []
    fence: str | None = None

    atx_level = 1  # the last # heading's level: a bold title line sits one below it
    bold_title = False  # a bold title heads the block after it, then ends

    def flush() -> None:
        nonlocal bold_title
        title = _BOLD_TITLE.match(paragraph[0]) if len(paragraph) == 1 else None
        if title and not _DIGITS.search(title.group("name")):
            # "**Комшија Центар** (Моше Пијаде 12)" over the list of its hours: a heading for that list
            end_bold_title()
            sections.push(min(6, atx_level + 1), _inline(title.group("name")))
            bold_title = True
            paragraph[0] = title.group("rest") or ""
            title_only = not items and not table
        else:
            title_only = False
        if paragraph and any(line.strip() for line in paragraph):
            sections.emit_prose(paragraph, lambda lines: _join_wrapped([_inline(line) for line in lines]))
        if items:
            sections.emit([_inline(item) for item in items])
        if table:
            sections.emit_table(table)
        paragraph.clear()
        items.clear()
        table.clear()
        if not title_only:
            end_bold_title()

    def end_bold_title() -> None:
        nonlocal bold_title
        if bold_title:
            bold_title = False
            sections.pop()

    for index, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence):
                sections.emit(code, mergeable=False)
                code.clear()
                fence = None
            else:
                code.append(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            flush()
            fence = opening.group(1)
            continue
        line = _QUOTE.sub("", line)
        if not line.strip():
            flush()
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            end_bold_title()
            atx_level = len(heading.group(1))
            title, aside = heading_aside(_inline(heading.group(2) or ""))
            sections.push(atx_level, title)
            if aside:
                paragraph.append(aside)  # "## Цвећара Центар (Трг ослобођења 7)": the address opens the section
            continue
        setext = _SETEXT.match(line)
        if setext and paragraph and not items and not table and _is_underlined_title(paragraph[-1]):
            # the paragraph's last line was a heading underlined with === or ---
            title_line = paragraph.pop()
            flush()
            sections.push(1 if setext.group(1)[0] == "=" else 2, _inline(title_line))
            continue
        if _RULE.match(line):
            if paragraph and not items and "  " in paragraph[-1].strip():
                paragraph.append(line)  # the rule under a table's column labels laid out with spaces
                continue
            flush()
            sections.section += 1  # a thematic break: what follows is not joined to what came before
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if table or ("|" in line and "-" in following and _TABLE_SEPARATOR.match(following)):
            if "|" in line:
                if not table:
                    flush()
                table.append(line)
                continue
            flush()
        item = _LIST_ITEM.match(line)
        if item and paragraph and not items and _continues_paragraph(line):
            item = None
        if item:
            if paragraph:
                flush()
            items.append(item.group(2))
            continue
        if items:
            # an indented or lazy continuation of the last item
            items[-1] = f"{items[-1]} {line.strip()}"
            continue
        paragraph.append(line)
    if fence is not None:
        sections.emit(code, mergeable=False)
    flush()
    result = sections.result()
    if result.heading is None and title:
        return PlainText(result.units, title)
    return result


def _continues_paragraph(line: str) -> bool:
    """Whether a numbered line inside a paragraph goes on with it: only "1." starts a list there (CommonMark), so a
    hard-wrapped "…предате после / 24. децембра неће…" keeps its date."""
    number = _ORDERED_NUMBER.match(line)
    return number is not None and int(number.group(1)) != 1


def text_units(text: str) -> PlainText:
    """Units of a plain-text document: blank-line paragraphs, short "Label:" and ALL-CAPS lines as headings."""
    sections = _Sections()
    paragraphs: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            # kept as written: the spaces line up a table's columns
            paragraphs[-1].append(line.rstrip())
        elif paragraphs[-1]:
            paragraphs.append([])
    title: str | None = None  # a title fenced by rules, over the run after it
    for lines in (piece for paragraph in paragraphs for piece in _between_rules(paragraph)):
        if isinstance(lines, _FencedTitle):
            if title is not None:
                sections.emit([title])
            title = lines.text
            continue
        if title is not None:
            if not lines or title.endswith(("!", "?")):
                # "WINTER SALE IS ON!": a headline sentence, which the text under it goes on from
                sections.emit_prose([title, *lines], _plain_lines)
            else:
                # "-----" / "HOLIDAY HOURS" / "-----": the title of the paragraph under it (as a heading kept for
                # the rest of the page, "NEW YEAR'S BALL" would be taken for a place)
                sections.emit_prose(lines, _plain_lines, extra=(title,))
            title = None
            continue
        if not lines:
            sections.section += 1  # a rule: what follows is not joined to what came before
            continue
        if len(lines) >= 2 and _SETEXT.match(lines[1].strip()) and _is_underlined_title(lines[0]):
            sections.push(1 if lines[1].strip()[0] == "=" else 2, _plain_title(lines[0]))
            lines = lines[2:]
            if not lines:
                continue
        first = lines[0].strip()
        extra: tuple[str, ...] = ()
        if _is_caps_heading(first):
            sections.push(1, first.rstrip(":"))
            lines = lines[1:]
        elif _is_label_heading(first):
            if len(lines) == 1:
                sections.push(2, first[:-1])
                continue
            # "Часы работы:" over the lines it labels: a heading for this paragraph only
            extra = (normalize_space(first[:-1]),)
            lines = lines[1:]
        for label, group in _outline(lines):
            # "31 декабря (чт)" over the lines indented under it: a heading for those lines only
            sections.emit_prose(group, _plain_lines, extra=(*extra, label) if label else extra)
    if title is not None:
        sections.emit([title])
    return sections.result()


@dataclass(frozen=True)
class _FencedTitle:
    """A short line between two rules in plain text ("-----" / "HOLIDAY HOURS" / "-----")."""

    text: str


def _between_rules(lines: list[str]) -> list[list[str] | _FencedTitle]:
    """A plain-text paragraph cut at its rules: a short line fenced by rules above and below is a title; a rule
    under a single short line stays with it (a setext heading); any other rule only separates what is around it
    (given as an empty run)."""
    if not any(_PLAIN_RULE.match(line) for line in lines):
        return [lines] if lines else []
    pieces: list[list[str] | _FencedTitle] = []
    current: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _PLAIN_RULE.match(line) or (current and "  " in current[-1].strip()):
            current.append(line)  # text, or the rule under a table's column labels laid out with spaces
            index += 1
            continue
        if (index + 2 < len(lines) and _PLAIN_RULE.match(lines[index + 2])
                and not _PLAIN_RULE.match(lines[index + 1]) and _is_underlined_title(lines[index + 1])):
            if current:
                pieces.append(current)
            current = []
            pieces.append(_FencedTitle(_plain_title(lines[index + 1])))
            index += 3
            continue
        if len(current) == 1 and _is_underlined_title(current[0]) and line.strip()[0] in "=-":
            current.append(line)  # "Title" / "-----": a setext heading, read below
            pieces.append(current)
        else:
            pieces.extend((current, []) if current else ([],))
        current = []
        index += 1
    if current:
        pieces.append(current)
    return pieces


def _plain_title(line: str) -> str:
    """A plain-text heading's words: a mailing's text export marks its headings with asterisks ("** NEW YEAR'S
    BALL")."""
    return line.strip().lstrip("*# ")


def _outline(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """A paragraph's lines as runs, each short line with lines indented deeper under it given as their label:
    (label or None, lines)."""
    if len(lines) < 2 or all(line[:1] not in (" ", "\t") for line in lines[1:]):
        return [(None, lines)]
    runs: list[tuple[str | None, list[str]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        label = line.strip()
        end = index + 1
        if _is_outline_label(label):
            indent = _indent(line)
            while end < len(lines) and _indent(lines[end]) > indent + 1:
                end += 1
        if end > index + 1:
            runs.append((normalize_space(label.rstrip(":")), lines[index + 1 : end]))
            index = end
            continue
        if runs and runs[-1][0] is None:
            runs[-1][1].append(line)
        else:
            runs.append((None, [line]))
        index += 1
    return runs


def _indent(line: str) -> int:
    """How far a line is indented, in characters."""
    return len(line) - len(line.lstrip())


def _is_outline_label(line: str) -> bool:
    """Whether a line over lines indented deeper labels them: a day or date ("31 декабря (чт)", "Dec 24:"), the
    day each line under it is about. A name over indented lines stays a line of its own: under it may be its
    address, which reads whole only with it."""
    return len(line) <= _MAX_PLAIN_HEADING and not _LEADING_BULLET.match(line) and is_day_label(line)


def _plain_lines(lines: list[str]) -> list[str]:
    """A plain-text paragraph's lines, bullets dropped and wrapped prose joined."""
    return _join_wrapped([_LEADING_BULLET.sub("", line.strip()) for line in lines])


def _is_underlined_title(line: str) -> bool:
    """Whether a line over a rule of "---" or "===" is a heading: short, and not a table's column labels laid out
    with spaces ("Shop     Mon     Tue")."""
    line = line.strip()
    return len(line) <= _MAX_PLAIN_HEADING and "  " not in line


def _is_caps_heading(line: str) -> bool:
    """Whether a line is a short ALL-CAPS heading."""
    letters = [char for char in line if char.isalpha()]
    return len(line) <= _MAX_PLAIN_HEADING and len(letters) >= 3 and all(char.isupper() for char in letters)


def _is_label_heading(line: str) -> bool:
    """Whether a line is a short label ending with a colon ("Адреса магазинов:")."""
    return line.endswith(":") and len(line) <= _MAX_PLAIN_HEADING and not _DIGITS.search(line) and len(line) > 2


def _join_wrapped(lines: list[str]) -> list[str]:
    """Lines with wrapped prose joined: a line continues when the next starts lower-case mid-sentence, or when
    it was broken at the paragraph's width (a hard-wrapped press release: "… Oro Valley, AZ" / "85737, is …")."""
    out: list[str] = []
    hard_break = True
    width = max((len(line.strip()) for line in lines), default=0)
    previous = 0  # the length of the line before, as written
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        wrapped = previous >= max(_WRAP_MIN, width * _WRAP_SHARE)
        previous = len(line)
        if (
            out
            and not hard_break
            and (line[0].islower() or wrapped)
            and not _SENTENCE_END.search(out[-1])
            # "remnants, Dec. 5-12." goes on; "Dec 24: 9–3" and "сб 11–18" are lines of their own
            and not (is_day_label(line) and (not line[0].islower() or is_day_label(line.split()[0])))
            # "«Игротека» на Пушкинской" / "ул. Пушкинская, 154": a name, then its address on a line of its own
            and not _ADDRESS_LINE.match(line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        # Markdown hard breaks: two trailing spaces or a trailing backslash
        hard_break = raw.endswith("  ") or line.endswith("\\")
        if line.endswith("\\"):
            out[-1] = out[-1][:-1].rstrip()
    return out


def _front_matter(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Lines without a leading YAML front matter block, its title if any, and its sender's and contact fields
    ("from: Shop <hello@shop.com>" of a newsletter export) as lines: the rest is the publisher's bookkeeping."""
    if not lines or lines[0].strip() != "---":
        return lines, None, []
    for end in range(1, min(len(lines), _MAX_FRONT_MATTER_LINES)):
        if lines[end].strip() in ("---", "..."):
            title = _FRONT_TITLE.search("\n".join(lines[1:end]))
            contact = []
            for line in lines[1:end]:
                field = _FRONT_CONTACT.match(line)
                if field:
                    contact.append(f"{field.group(1).lower()}: {field.group(2)}")
            return lines[end + 1 :], normalize_space(title.group(1)) if title else None, contact
    return lines, None, []


def _cells(row: str) -> list[str]:
    """Cells of a Markdown table row, inline markup stripped."""
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [normalize_space(_inline(cell)) for cell in _CELL_SPLIT.split(row)]


def _inline(text: str) -> str:
    """Markdown inline markup stripped to its text; contact link targets kept."""
    # escaped characters are set aside so that \* is not read as emphasis
    text = _ESCAPE.sub(lambda match: chr(_ESCAPED_BASE + ord(match.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_link_text, text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BR.sub(" ", text)
    text = _TAG.sub("", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda match: match.group(1) or match.group(2) or "", text)
    text = _STRIKE.sub(r"\1", text)
    return html.unescape(text.translate(_UNESCAPE))


def _link_text(match: re.Match[str]) -> str:
    """A Markdown link's text, with a mailto:/tel: target the text does not already show."""
    label, target = match.group(1), match.group(2)
    scheme, _, value = target.partition(":")
    scheme = scheme.lower()
    if scheme not in ("mailto", "tel") or not value:
        return label
    value = unquote(value.split("?", 1)[0])
    if scheme == "mailto" and value.lower() in label.lower():
        return label
    if scheme == "tel":
        digits = "".join(_DIGITS.findall(value))
        if not digits or digits[-10:] in "".join(_DIGITS.findall(label)):
            return label
    return f"{label} {scheme}:{value}"
