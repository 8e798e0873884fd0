"""One entry point from a fetched document to its units: decode, then read by format."""

from __future__ import annotations

import re

from consistency.documents.document import Document, DocumentText
from consistency.documents.encoding import UndecodableDocument, UnreadableDocument, decode
from consistency.documents.faq import read_faq_tree
from consistency.documents.html import parse_html, read_tree
from consistency.documents.ivr import connect_units, ivr_text_units, twiml_units, vxml_units
from consistency.documents.plaintext import markdown_units, text_units
from consistency.documents.structured import items_from_tree

FORMATS = ("html", "faq", "markdown", "text", "vxml", "twiml", "connect", "ivr-text")
_ALIASES = {
    "htm": "html",
    "xhtml": "html",
    "md": "markdown",
    "txt": "text",
    "plain": "text",
    "voicexml": "vxml",
    "amazon-connect": "connect",
    "ivr": "ivr-text",
    "ivr_text": "ivr-text",
}
_CHARSET = re.compile(r"charset\s{0,5}=\s{0,5}[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)
_IVR_READERS = {"vxml": vxml_units, "twiml": twiml_units, "connect": connect_units, "ivr-text": ivr_text_units}


def read_document(document: Document) -> DocumentText:
    """Split a document into units according to document.format.

    Formats: html, faq, markdown, text, vxml, twiml, connect, ivr-text. Raises
    UnreadableDocument (UndecodableDocument for binary bodies, ivr.HostileDocument
    for XML with entities) with the document's URL in the message.
    """
    kind = document.format.strip().lower()
    kind = _ALIASES.get(kind, kind)
    if kind not in FORMATS:
        expected = ", ".join(FORMATS)
        raise UnreadableDocument(f"{document.url}: unknown format {document.format!r}; expected one of {expected}")
    charset = _CHARSET.search(document.content_type or "")
    try:
        text = decode(document.body, declared=charset.group(1) if charset else None)
    except UndecodableDocument as error:
        raise UndecodableDocument(f"{document.url}: {error}") from None
    if kind in ("html", "faq"):
        root = parse_html(text)
        if root is None:
            return DocumentText(document, (), (), document.title)
        structured = items_from_tree(root, document.url, text)
        read = read_faq_tree(root, structured) if kind == "faq" else read_tree(root)
        return DocumentText(document, read.units, tuple(structured), read.heading or document.title)
    if kind in ("markdown", "text"):
        plain = markdown_units(text) if kind == "markdown" else text_units(text)
        return DocumentText(document, plain.units, (), plain.heading or document.title)
    ivr = _IVR_READERS[kind](text, name=document.url)
    return DocumentText(document, ivr.units, (), ivr.heading or document.title)
