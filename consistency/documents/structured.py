"""schema.org items of a page: JSON-LD, microdata and (when the page uses it) RDFa.

extruct reads microdata and RDFa. JSON-LD blocks are parsed here one by one
because extruct loses every JSON-LD item on a page when one block is
malformed (FIELD-NOTES), and real pages ship trailing commas, HTML comments
and concatenated objects. RDFa costs 25x more, so it runs only on pages
carrying ``typeof``/``vocab`` attributes, and its expanded output is
compacted to the same shape as the rest: ``{"@type": "Store", "name": ...}``.

Items come flattened: a ``@graph`` becomes its members, a top-level list its
elements; nested items (a PostalAddress inside a Store) stay inside their
parent.
"""

from __future__ import annotations

import json
import logging
import re

import extruct
import lxml.html
from lxml.etree import _Element as HtmlElement

from consistency.documents.html import parse_html

log = logging.getLogger(__name__)

_SCHEMA_PREFIXES = ("http://schema.org/", "https://schema.org/")
_SCHEMA_CONTEXT = "http://schema.org"
_TRAILING_COMMA = re.compile(r",(\s{0,1000}[}\]])")
_COMMENT_LINE = re.compile(r"^[ \t]{0,100}//[^\n]{0,2000}$", re.M)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_MAX_NESTING = 8
_MAX_ITEM_DEPTH = 16


def schema_org_items(html: str, url: str) -> list[dict]:
    """schema.org items from JSON-LD and microdata (RDFa when the page has RDFa attributes), flattened."""
    root = parse_html(html)
    if root is None:
        return []
    return items_from_tree(root, url, html)


def items_from_tree(root: HtmlElement, url: str, html: str | None = None) -> list[dict]:
    """schema.org items of an already parsed page (the HTML string is needed only for RDFa)."""
    items: list[dict] = []
    for script in root.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() == "application/ld+json":
            for data in _json_ld_block(script.text or ""):
                items.extend(_flatten(data))
    items.extend(_microdata(root, url))
    # by the attributes, not "//*[@typeof or @vocab]": libxml2 finds attributes several times faster than it tests a
    # predicate on every element
    if root.xpath("boolean(//@typeof | //@vocab)"):
        items.extend(_rdfa(html if html is not None else lxml.html.tostring(root, encoding="unicode"), url))
    return items


_MAX_DEPTH = 64  # real JSON-LD nests a few levels; a hostile page nests thousands to overflow the stack


def _json_ld_block(text: str) -> list:
    """The JSON values in one ld+json script; [] (logged) when it cannot be read."""
    try:
        return _shallow([json.loads(text, strict=False)])
    except RecursionError:
        log.info("skipped a JSON-LD block nested too deeply to read")
        return []
    except ValueError:
        pass
    # the forms seen on real pages: comment wrappers, CDATA, trailing commas,
    # several objects one after another
    cleaned = _CDATA.sub("", text).strip()
    cleaned = cleaned.removeprefix("<!--").removesuffix("-->")
    cleaned = _TRAILING_COMMA.sub(r"\1", _COMMENT_LINE.sub("", cleaned))
    decoder = json.JSONDecoder(strict=False)
    values = []
    index = 0
    while index < len(cleaned):
        while index < len(cleaned) and cleaned[index] in " \t\r\n;,":
            index += 1
        if index >= len(cleaned):
            break
        try:
            value, index = decoder.raw_decode(cleaned, index)
        except (ValueError, RecursionError) as error:
            log.info("skipped a malformed JSON-LD block: %s", error)
            break
        values.append(value)
    return _shallow(values)


def _shallow(values: list) -> list:
    """`values` without those nested deeper than _MAX_DEPTH (checked without recursion)."""
    kept = []
    for value in values:
        stack = [(value, 1)]
        while stack:
            current, depth = stack.pop()
            if depth > _MAX_DEPTH:
                log.info("skipped a JSON-LD block nested more than %d levels deep", _MAX_DEPTH)
                break
            children = current.values() if isinstance(current, dict) else current if isinstance(current, list) else ()
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
        else:
            kept.append(value)
    return kept


def _flatten(data: object, context: object = None) -> list[dict]:
    """Top-level items of a JSON-LD value: lists and @graph expanded, nested items left in place."""
    if isinstance(data, list):
        return [item for element in data for item in _flatten(element, context)]
    if not isinstance(data, dict):
        return []
    context = data.get("@context", context)
    if "@graph" in data:
        return _flatten(data["@graph"], context)
    if context is not None and "@context" not in data:
        data = {"@context": context, **data}
    return [data]


def _microdata(root: HtmlElement, url: str) -> list[dict]:
    """Microdata items via extruct, in its uniform (JSON-LD-like) shape."""
    scoped = root.xpath("//@itemscope/..")  # the items, found by their attribute (see items_from_tree)
    if not scoped:
        return []
    if any(_item_depth(element) > _MAX_ITEM_DEPTH for element in scoped):
        # extruct reads each item's properties by walking everything under it: items nested hundreds deep cost
        # seconds, and no page nests schema.org items more than a few levels (Store > PostalAddress > Geo)
        log.info("microdata nested more than %d items deep in %s: not read", _MAX_ITEM_DEPTH, url)
        return []
    try:
        found = extruct.extract(root, base_url=url, syntaxes=["microdata"], uniform=True, errors="strict")
    except Exception as error:  # extruct raises whatever its parsers raise
        log.info("microdata could not be read from %s: %s", url, error)
        return []
    return [item for item in found.get("microdata", []) if isinstance(item, dict)]


def _item_depth(element: HtmlElement) -> int:
    """How many microdata items an element's item sits inside, itself included."""
    return 1 + sum(1 for ancestor in element.iterancestors() if ancestor.get("itemscope") is not None)


def _rdfa(html: str, url: str) -> list[dict]:
    """schema.org items from RDFa, compacted to the JSON-LD shape."""
    try:
        found = extruct.extract(html, base_url=url, syntaxes=["rdfa"], errors="strict")
    except Exception as error:  # rdflib and the xmldom parser raise many kinds
        log.info("RDFa could not be read from %s: %s", url, error)
        return []
    nodes = [node for node in found.get("rdfa", []) if isinstance(node, dict)]
    by_id = {node["@id"]: node for node in nodes if "@id" in node}
    referenced = {
        value["@id"]
        for node in nodes
        for key, values in node.items()
        if _schema_name(key) and isinstance(values, list)
        for value in values
        if isinstance(value, dict) and "@id" in value
    }
    items = []
    for node in nodes:
        if node.get("@id") in referenced or not any(_schema_name(kind) for kind in node.get("@type", [])):
            continue
        items.append({"@context": _SCHEMA_CONTEXT, **_compact(node, by_id, 0)})
    return items


def _schema_name(iri: object) -> str | None:
    """The schema.org term of a full IRI, or None for other vocabularies."""
    if isinstance(iri, str):
        for prefix in _SCHEMA_PREFIXES:
            if iri.startswith(prefix):
                return iri[len(prefix) :]
    return None


def _compact(node: dict, by_id: dict[str, dict], depth: int) -> dict:
    """One expanded RDFa node as a compact schema.org dict, referenced nodes nested."""
    types = [name for name in (_schema_name(kind) for kind in node.get("@type", [])) if name]
    out: dict = {"@type": types[0] if len(types) == 1 else types}
    for key, values in node.items():
        name = _schema_name(key)
        if not name or not isinstance(values, list):
            continue
        compacted = []
        for value in values:
            if not isinstance(value, dict):
                continue
            if "@value" in value:
                compacted.append(value["@value"])
            elif "@id" in value:
                target = by_id.get(value["@id"])
                if target is not None and depth < _MAX_NESTING and target is not node:
                    compacted.append(_compact(target, by_id, depth + 1))
                else:
                    compacted.append(value["@id"])
        if compacted:
            out[name] = compacted[0] if len(compacted) == 1 else compacted
    return out
