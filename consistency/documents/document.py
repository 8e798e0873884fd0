"""What the crawl hands to extraction: fetched documents and the units of text in them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One fetched page or file, as a spider stored it."""

    url: str  # final absolute URL; file:// for files
    channel: str  # the [[source]]'s channel word: website, faq, ivr, ...
    source: int  # index of the [[source]] in the config that reached it
    format: str  # how to read it: html, markdown, text, vxml, twiml, connect, ivr-text
    body: bytes
    status: int = 200
    content_type: str = ""
    title: str | None = None
    language: str | None = None
    last_modified: str | None = None
    etag: str | None = None
    fetched_at: str | None = None  # ISO 8601, UTC

    @property
    def content_hash(self) -> str:
        return content_hash(self.body)


def content_hash(body: bytes) -> str:
    """The hash that tells whether a document changed between runs."""
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class Unit:
    """A piece of a document read as one: a section, an FAQ answer, an IVR prompt.

    `context` holds what the text sits under, outermost first: page heading and
    section headings, an FAQ question, or an IVR menu path such as
    ("main menu", "2", "store hours"). A table row's context ends with the
    table's column headings, which `columns` repeats.
    """

    text: str
    context: tuple[str, ...] = ()
    role: str = "content"  # content | answer | prompt | boilerplate
    position: int = 0  # order within the document
    columns: tuple[str, ...] = ()  # a table row's column headings ("Акция", "Условия", "Срок")

    @property
    def headings(self) -> tuple[str, ...]:
        """The context without a table row's column headings: what the text sits under."""
        return self.context[:len(self.context) - len(self.columns)]


@dataclass(frozen=True)
class DocumentText:
    """A document after reading: its units plus page-level metadata."""

    document: Document
    units: tuple[Unit, ...]
    structured: tuple[dict, ...] = field(default=())  # schema.org items (JSON-LD, microdata)
    heading: str | None = None  # the page's main heading (h1, else title)
