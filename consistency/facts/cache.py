"""The extraction cache's records: what a document's reading, a page's layout and a page's facts are stored as.

Reading a document (read_document, then every extractor over every unit) is
the costly part of extraction and a pure function of the document's body,
URL, format, content type and title, its page date, the settings and the code
(extraction_version). `read_key` names those inputs; a stored read under that
key is the same read, so an unchanged page is never read twice: not by a
re-crawl, not by `check --no-crawl` with another --as-of (unless its page
date moves: see extract.page_date). The cross-document stage keys its
per-page results the same way (extract.facts_of_reads).

Records are JSON, zlib-compressed: a database may come from elsewhere, and
JSON cannot run code the way a pickle can. A read that would not come back
from JSON exactly as it went in (a schema.org item holding a tuple or NaN) is
not cached; it is read again each time.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from consistency.documents.document import Document, DocumentText, Unit
from consistency.facts.extract import DocumentRead, extraction_version
from consistency.facts.found import ExtractionSettings, Found, UnitRead
from consistency.facts.fact import Fact

_FORMAT = 1  # of the records below; part of every key


@dataclass(frozen=True)
class Unreadable:
    """A document the reader refused (binary, hostile XML, unknown format): the same document is refused again."""

    document: Document
    reason: str  # the ConsistencyError's text


def read_key(document: Document, content_hash: str, today: date | None, settings: ExtractionSettings) -> str:
    """The key of a document's read: everything reading it depends on. today None: the read of a page whose date
    moves with as_of (extract.read_units with any_day), kept once for every date."""
    parts = ("read", _FORMAT, extraction_version(), settings.region, settings.city or "",
             today.isoformat() if today else "any day", content_hash, document.url, document.format,
             document.content_type or "", document.title or "")
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def on_date_key(any_day_key: str, read: DocumentRead) -> str:
    """The key of what a page whose date moves reads on one date: its any-day read, plus what the units that
    needed the date found on it (the layout and facts of the page are kept by this)."""
    if not read.needs_date:
        return any_day_key
    found = [[_encode(f, _FOUND) for f in read.reads[i].found] for i in read.needs_date]
    return hashlib.sha256((any_day_key + json.dumps(found, ensure_ascii=False)).encode()).hexdigest()


def units_key(document: Document, content_hash: str) -> str:
    """The key of a document's units (what the full-text index holds): read_key without the date and settings."""
    parts = ("units", _FORMAT, extraction_version(), content_hash, document.url, document.format,
             document.content_type or "", document.title or "")
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def encode_read(read: DocumentRead | Unreadable, dated: list[int] = ()) -> bytes | None:
    """A read as a record, or None when it would not decode to exactly itself. `dated` (kept with it) are the
    indices of the units that may say when the page was updated (see consistency/extraction.py)."""
    if isinstance(read, Unreadable):
        return _pack({"unreadable": read.reason})
    text = read.text
    structured = list(text.structured)
    try:
        if json.loads(json.dumps(structured, ensure_ascii=False)) != structured:
            return None
    except (TypeError, ValueError):
        return None
    units = [
        [r.unit.text, list(r.unit.context), r.unit.role, r.unit.position, [_encode(f, _FOUND) for f in r.found]]
        for r in read.reads
    ]
    needs_date = list(read.needs_date) if read.needs_date is not None else None
    return _pack({"heading": text.heading, "structured": structured, "units": units, "dated": list(dated),
                  "needs_date": needs_date})


def decode_read(record: bytes, document: Document, today: date, key: str) -> tuple[DocumentRead | Unreadable, list[int]]:
    """A read from its record, for `document` (whose metadata the record does not repeat), and its dated units."""
    data = _unpack(record)
    if "unreadable" in data:
        return Unreadable(document, data["unreadable"]), []
    reads = tuple(
        UnitRead(Unit(text, tuple(context), role, position), tuple(_decode(f, _FOUND) for f in found))
        for text, context, role, position, found in data["units"]
    )
    text = DocumentText(document, tuple(r.unit for r in reads), tuple(data["structured"]), data["heading"])
    needs_date = data["needs_date"]
    return DocumentRead(text, today, reads, key, tuple(needs_date) if needs_date is not None else None), data["dated"]


def encode_layout(layout: tuple[str | None, tuple[str | None, ...]]) -> bytes:
    return _pack([layout[0], list(layout[1])])


def decode_layout(record: bytes) -> tuple[str | None, tuple[str | None, ...]]:
    """A layout (the page's branch, each content unit's section branch) from its record."""
    entity, sections = _unpack(record)
    return entity, tuple(sections)


def encode_facts(facts: list[Fact]) -> bytes:
    return _pack([_encode(f, _FACT) for f in facts])


def decode_facts(record: bytes) -> list[Fact]:
    return [_decode(f, _FACT) for f in _unpack(record)]


@dataclass(frozen=True)
class _Shape:
    """How a flat frozen dataclass goes to a JSON list and back: its fields, which hold dates and which tuples."""

    cls: type
    names: tuple[str, ...]
    dates: frozenset[int]
    tuples: frozenset[int]


def _shape(cls: type) -> _Shape:
    found = fields(cls)
    # annotations are strings here (from __future__ import annotations): "date | None", "tuple[str, ...]"
    return _Shape(cls, tuple(f.name for f in found),
                  frozenset(i for i, f in enumerate(found) if str(f.type).split(" |")[0] == "date"),
                  frozenset(i for i, f in enumerate(found) if str(f.type).startswith("tuple")))


_FOUND, _FACT = _shape(Found), _shape(Fact)


def _encode(item: Any, shape: _Shape) -> list:
    values = [getattr(item, name) for name in shape.names]
    for i in shape.dates:
        if values[i] is not None:
            values[i] = values[i].isoformat()
    for i in shape.tuples:
        values[i] = list(values[i])
    return values


def _decode(values: list, shape: _Shape) -> Any:
    for i in shape.dates:
        if values[i] is not None:
            values[i] = date.fromisoformat(values[i])
    for i in shape.tuples:
        values[i] = tuple(values[i])
    return shape.cls(*values)


def _pack(data: Any) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def _unpack(record: bytes) -> Any:
    return json.loads(zlib.decompress(record))
