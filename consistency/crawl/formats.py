"""How a fetched document is to be read: `Document.format` from its type, name and first bytes.

Website and FAQ pages: html (or `faq` for an FAQ source's HTML, whose reader
splits question/answer pairs), markdown, text. IVR scripts: `vxml` (root
<vxml>), `twiml` (root <Response>), `connect` (an Amazon Connect contact-flow
export), `ivr-text` (plain prompt scripts). Anything else is not a document we
read and is skipped with a reason.

IVR formats are sniffed from the first KB only, with plain string tests: the
XML itself is parsed later by the reader with defusedxml, never here.
"""

from __future__ import annotations

import codecs
import mimetypes
import re
from urllib.parse import unquote, urlsplit

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
TEXT_SUFFIXES = (".txt", ".text")
_SNIFF_BYTES = 1024

# Leading XML noise before the root element: declaration, comments, doctype,
# processing instructions. Bounded so a file of "<!--" cannot make this slow.
_XML_PROLOG = re.compile(r"\s{0,200}(?:(?:<\?[^>]{0,500}\?>|<!--.{0,800}?-->|<![A-Za-z][^>\[]{0,500}(?:>|\[)|\]\s{0,20}>)\s{0,200}){0,8}", re.S)
_DOCTYPE = re.compile(r"<!DOCTYPE\s{1,20}(?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,40})")
_ROOT_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,40})")
# the keys may be escaped when the flow sits as a string inside DescribeContactFlow's output
_CONNECT_KEY = re.compile(r'\\?"(?:Actions|StartAction|ModuleType|Modules)\\?"\s{0,20}:', re.I)
# JSON starts with an object key or an array of objects/strings; "[Приветствие]",
# "[1] Нажмите 1" and "{имя}, здравствуйте" open plain prompt scripts
_JSON_START = re.compile(r'\{\s{0,200}["}]|\[\s{0,200}[{\["\]]')
_HTML_START = re.compile(r"\s{0,200}(?:<!--.{0,800}?-->\s{0,200}){0,4}<(?:!doctype\s{1,5}html|html|head|body)\b", re.I | re.S)


class NotADocument(Exception):
    """A fetched resource that is not a document we read; str(exc) is the user-facing reason."""


def media_type(content_type: str) -> str:
    """`text/html; charset=utf-8` -> `text/html`."""
    return content_type.partition(";")[0].strip().lower()


def guess_content_type(url: str) -> str:
    """The media type a file's name suggests, or "" (files carry no Content-Type header)."""
    path = unquote(urlsplit(url).path).lower()
    if path.endswith(MARKDOWN_SUFFIXES):
        return "text/markdown"
    if path.endswith((".vxml", ".twiml")):
        return "application/xml"
    return mimetypes.guess_type(path, strict=False)[0] or ""


def _suffix_path(url: str) -> str:
    return unquote(urlsplit(url).path).lower()


def head_text(body: bytes, limit: int = _SNIFF_BYTES) -> str | None:
    """The first `limit` bytes as text (BOM-aware), or None when they look binary."""
    head = body[:limit]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore")
    if b"\x00" in head:
        return None
    # cp1251/KOI8-R pages are text too: any byte above 0x7f is allowed, control bytes are not
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) // 100 + 1:
        return None
    return head.decode("utf-8", errors="replace")  # cp1251 text stays non-empty


# Formats that servers label text/html by mistake (a download script, a
# misconfigured CDN). A short list on purpose: anything else binary is caught
# by its NUL or control bytes in `head_text`.
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "executable"),
)


def binary_kind(body: bytes) -> str | None:
    """What a binary body is ("PNG image", "binary data"), or None when it starts like text."""
    for magic, kind in _MAGIC:
        if body.startswith(magic):
            return kind
    if body and head_text(body) is None:
        return "binary data"
    return None


# UTF-8 Cyrillic read in a single-byte code page: every letter becomes a pair
# whose first half is the lead byte 0xD0/0xD1 in that code page. Three pairs
# in a row never occur in real text ("Пн–Пт" has one en dash, not three).
# The hint holds characters that the commonest letters (а е и о н) turn into
# and that real text hardly uses: the pattern only runs where one occurs,
# which keeps the check at a few microseconds on a clean page.
_MOJIBAKE = (
    ("UTF-8 read as windows-1251", "ѕµЅ°ЂЃ‚ѓ„", re.compile(
        "(?:[РС][ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є¬®Ї°±ІіґµЅ¶·ё№є»јѕї]){3}")),
    ("UTF-8 read as Mac Cyrillic", "∞µЈЊњ≠≤≥", re.compile("(?:[–—][А-Я†°Ґ£§•¶І®©™Ђђ≠Ѓѓ∞±≤≥іµґЈЄєЇїЉљЊњ]){3}")),
    ("UTF-8 read as Latin-1", "ÐÑ", re.compile(
        "(?:[ÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013\u2014\u2018-\u201e"
        "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]){3}")),
    ("UTF-8 read as KOI8-R", "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓", re.compile(
        "(?:[пя][\u2500-\u25ff\u2320\u2321\u2219\u221a\u2248\u2264\u2265\u00a0\u00b0\u00b2\u00b7\u00f7\u00a9ёЁ]){3}")),
)
_CHARSET = re.compile(r"charset\s{0,5}=\s{0,5}[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def encoding_problem(body: bytes, content_type: str) -> str | None:
    """Why a text body would be read as mojibake (mixed or broken encodings), or None when it reads clean.

    The reader decodes the body the same way (`consistency.documents.encoding.decode`);
    a page whose decoded text holds replacement characters or UTF-8 read in a
    single-byte code page would put garbage into facts and reports, so the
    crawl skips it with this reason instead; the same for mojibake saved into
    the page itself (UTF-8 text converted twice by a CMS).
    """
    from consistency.documents.encoding import UndecodableDocument, decode

    declared = _CHARSET.search(content_type or "")
    try:
        text = decode(body, declared=declared.group(1) if declared else None)
    except UndecodableDocument as exc:
        return f"skipped: {exc}"
    # a U+FFFD the page itself holds (written in UTF-8) is its own character
    broken = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    if broken > 0:
        return (
            f"skipped: {broken} byte{'s' if broken > 1 else ''} not valid in the page's character encoding "
            "(several encodings mixed in one page?); save the page in one encoding, UTF-8 preferably"
        )
    for kind, hint, pattern in _MOJIBAKE:
        if any(char in text for char in hint) and pattern.search(text):
            return f"skipped: the text decodes to mojibake ({kind}: several encodings mixed in one page?); save it in one encoding"
    return None


def looks_like_html(body: bytes) -> bool:
    """True when the document starts like an HTML page."""
    text = head_text(body)
    return bool(text and _HTML_START.match(text))


def document_format(kind: str, url: str, content_type: str, body: bytes) -> str:
    """The format to store for a document that a source of spider `kind` owns; raise NotADocument to skip it."""
    if kind == "ivr":
        return ivr_format(url, content_type, body)
    fmt = _page_format(kind, url, content_type, body)
    binary = binary_kind(body)
    if binary:
        # an image or archive served as text/html would be stored, then read as mojibake
        mtype = media_type(content_type) or guess_content_type(url)
        raise NotADocument(f"skipped: binary content ({binary}) served as {mtype or 'a page'}")
    return fmt


def read_alike(kind: str, fmt: str) -> bool:
    """Whether a document stored as `fmt` would get the same format from a spider of `kind` (its type and body
    unchanged): a page that did not change is stored again as it was, without sniffing its body again.

    The spider only decides between html and faq, and between a page and an IVR script; the rest comes from
    the type and the body.
    """
    if fmt in ("html", "faq"):
        return fmt == ("faq" if kind == "faq" else "html")
    if fmt in ("markdown", "text"):
        return kind != "ivr"
    return kind == "ivr"


def _page_format(kind: str, url: str, content_type: str, body: bytes) -> str:
    mtype = media_type(content_type) or guess_content_type(url)
    path = _suffix_path(url)
    html = "faq" if kind == "faq" else "html"
    if mtype in HTML_TYPES:
        return html
    if mtype in MARKDOWN_TYPES or (
        path.endswith(MARKDOWN_SUFFIXES) and (not mtype or mtype.startswith("text/") or mtype == "application/octet-stream")
    ):
        return "markdown"
    if mtype == "text/plain" or (not mtype and path.endswith(TEXT_SUFFIXES)):
        # a server that labels an HTML page text/plain is common enough to check
        return html if looks_like_html(body) else "text"
    if not mtype or mtype == "application/octet-stream":
        if looks_like_html(body):
            return html
        if head_text(body) is not None and body:
            return "text"
    raise NotADocument(f"skipped: not a text document ({mtype or 'unknown type'})")


def ivr_format(url: str, content_type: str, body: bytes) -> str:
    """vxml | twiml | connect | ivr-text, sniffed from the first KB; raise NotADocument otherwise."""
    text = head_text(body)
    binary = binary_kind(body)
    if text is None or binary:
        raise NotADocument(f"skipped: not a text document ({media_type(content_type) or binary or 'binary'})")
    stripped = text.lstrip()
    if not stripped:
        raise NotADocument("skipped: empty IVR script")
    if stripped.startswith("<"):
        prolog = _XML_PROLOG.match(stripped)
        rest = stripped[prolog.end() if prolog else 0 :]
        root = _ROOT_TAG.match(rest)
        # a DOCTYPE names the root: the root itself may lie beyond the first KB,
        # after a long internal subset (where entity bombs live: the reader refuses them)
        root = root or _DOCTYPE.search(stripped)
        name = root.group(1) if root else ""
        if name.lower() == "vxml":
            return "vxml"
        if name == "Response":
            return "twiml"
        raise NotADocument(f"skipped: not an IVR script format we read (XML root <{name or '?'}>)")
    if _JSON_START.match(stripped):
        if _CONNECT_KEY.search(stripped):
            return "connect"
        raise NotADocument("skipped: JSON that is not an Amazon Connect contact flow")
    return "ivr-text"
