"""Bytes to text: the character set of a fetched page or file.

Order of evidence: a byte-order mark, then the declared charset (HTTP header,
``<meta charset>`` or ``<?xml encoding?>``) when it decodes cleanly and reads
as plausible text, then charset-normalizer limited to the encodings Russian
and Serbian content is really published in. Valid UTF-8 with non-ASCII bytes
wins over a declared single-byte charset: no cp1251 text of any length is
valid UTF-8 by accident, while stale ``<meta charset=windows-1251>`` tags on
migrated sites are common.

Binary bodies (PDF, images, archives, anything with NUL bytes that is not
UTF-16) raise `UndecodableDocument` instead of turning into mojibake that
extractors would then read "facts" from.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from consistency.errors import ConsistencyError


class UnreadableDocument(ConsistencyError, ValueError):
    """A document that cannot be read into units; the message says which and why (the run skips it)."""


class UndecodableDocument(UnreadableDocument):
    """A body that is not text in any encoding we accept (a PDF, an image, an archive)."""


# charset-normalizer picks Shift-JIS and friends for short Cyrillic snippets
# unless held to the encodings this content actually uses (FIELD-NOTES).
_CYRILLIC_CANDIDATES = ["utf_8", "cp1251", "koi8_r", "iso8859_5", "mac_cyrillic"]
# Serbian and English Latin pages from old CMSs come in cp1250/cp1252; they
# are tried only when every Cyrillic reading is a mess.
_LATIN_CANDIDATES = ["cp1250", "cp1252"]
_MESSY = 0.1  # charset-normalizer chaos above which a reading is doubted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"RIFF", "RIFF media (WAV/WebP)"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
)

_SNIFF_BYTES = 4096
_SAMPLE_BYTES = 65536
# Bounded attribute runs keep these linear on a hostile first 4 KB.
_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
_CONTROL = re.compile(rb"[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]")

# WHATWG labels Python does not know, and labels browsers reinterpret.
_ALIASES = {
    "x-cp1251": "cp1251",
    "win-1251": "cp1251",
    "windows-1251": "cp1251",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "koi8-u": "koi8_u",
    "iso-8859-1": "cp1252",  # browsers read latin-1 as windows-1252
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-user-defined": "cp1252",
    "unicode": "utf-8",
    "utf8": "utf-8",
}
_CYRILLIC_SINGLE_BYTE = {"cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866"}
_LATIN_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "ascii"}


def decode(body: bytes, *, declared: str | None = None) -> str:
    """Text of a body: BOM, then a declared charset if it decodes cleanly and plausibly, else detection."""
    if not body:
        return ""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace")
    sample = body[:_SAMPLE_BYTES]
    for magic, kind in _MAGIC:
        if sample.startswith(magic):
            raise UndecodableDocument(f"binary content ({kind}), not text")
    if b"\x00" in sample:
        return _decode_utf16_without_bom(body)
    if len(_CONTROL.findall(sample)) > max(4, len(sample) // 100):
        raise UndecodableDocument("binary content (control bytes), not text")
    if body.isascii():
        return body.decode("ascii")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        almost_utf8 = _almost_utf8(body, error)
    if almost_utf8 is not None:
        return almost_utf8
    codec = _codec(declared) or _codec(_sniff_declaration(body[:_SNIFF_BYTES]))
    if codec and not codec.startswith("utf"):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and _plausible(text, codec):
            return text
    return _detect(body)


def _sniff_declaration(head: bytes) -> str | None:
    """The charset a page or XML file declares about itself in its first bytes."""
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when Python knows no such codec."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _almost_utf8(body: bytes, error: UnicodeDecodeError) -> str | None:
    """UTF-8 text with a truncated tail or a few stray bytes, else None."""
    if error.start >= len(body) - 3 and not body[: error.start].isascii():
        try:
            # a download cut in the middle of a multi-byte character
            return body[: error.start].decode("utf-8")
        except UnicodeDecodeError:
            pass
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 0x7F) - bad
    # one stray cp1251 byte in a UTF-8 page must not turn the page to mojibake
    return text if good >= 20 * bad else None


def _decode_utf16_without_bom(body: bytes) -> str:
    """UTF-16 text whose BOM was lost, else raise: NUL bytes mean binary otherwise."""
    sample = body[: _SAMPLE_BYTES - _SAMPLE_BYTES % 2]
    if len(sample) % 2 == 0:
        nul_even = sample[0::2].count(0)
        nul_odd = sample[1::2].count(0)
        # ASCII in UTF-16 has a NUL in every other byte; binary has them anywhere
        if max(nul_even, nul_odd) >= len(sample) // 8 and min(nul_even, nul_odd) <= len(sample) // 200:
            codec = "utf-16-le" if nul_odd > nul_even else "utf-16-be"
            try:
                text = body.decode(codec)
            except UnicodeDecodeError:
                text = None
            if text is not None and _printable_share(text) > 0.97:
                return text
    raise UndecodableDocument("binary content (NUL bytes), not text")


def _printable_share(text: str) -> float:
    """Share of characters that are printable or ordinary whitespace."""
    if not text:
        return 1.0
    printable = sum(1 for char in text if char.isprintable() or char in "\n\r\t\f")
    return printable / len(text)


def _plausible(text: str, codec: str) -> bool:
    """Whether text decoded with a declared single-byte codec reads as that language, not mojibake."""
    if codec in _CYRILLIC_SINGLE_BYTE:
        # KOI8-R read as cp1251 (and back) swaps letter case: mostly capitals
        letters, upper = _cyrillic_letters(text)
        return letters < 20 or upper / letters < 0.6
    if codec in _LATIN_SINGLE_BYTE:
        # cp1251 Russian read as latin-1 is all À..ÿ; real Western text has few
        letters = sum(1 for char in text[:_SAMPLE_BYTES] if char.isalpha())
        high = sum(1 for char in text[:_SAMPLE_BYTES] if "\u00c0" <= char <= "\u00ff")
        return letters == 0 or high / letters < 0.3
    return True


def _cyrillic_letters(text: str) -> tuple[int, int]:
    """Count of Cyrillic letters in text and how many of them are capitals."""
    letters = upper = 0
    for char in text[:_SAMPLE_BYTES]:
        if "\u0400" <= char <= "\u04ff" and char.isalpha():
            letters += 1
            upper += char.isupper()
    return letters, upper


def _detect(body: bytes) -> str:
    """Text of a body whose charset is unknown or untrustworthy, by charset-normalizer."""
    best = from_bytes(body, cp_isolation=_CYRILLIC_CANDIDATES).best()
    if best is None or best.chaos > _MESSY:
        latin = from_bytes(body, cp_isolation=_LATIN_CANDIDATES).best()
        if latin is not None and (best is None or latin.chaos < best.chaos):
            best = latin
    if best is None:
        raise UndecodableDocument("not text in any supported encoding (UTF-8, Cyrillic or Latin code pages)")
    return str(best)
