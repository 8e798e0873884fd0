"""What crosses Redis in a distributed crawl: requests and items as JSON, never pickle.

scrapy-redis pickles requests by default. Anyone who can write to the Redis
server could then run code on every crawler machine and on the coordinator,
so here requests (Scrapy's `Request.to_dict`) and items (Document,
CrawlFailure) travel as JSON. JSON has no bytes, tuples or non-string keys,
which Scrapy's request dicts hold (headers are bytes -> [bytes]); they are
tagged:

    b"..."            {"__b": "<base64>"}   ({"__z": ...} when zlib-compressed)
    {b"k": v}         {"__d": [[k, v], ...]}   (a dict with a non-string key)

Tuples come back as lists, which Scrapy accepts everywhere a request dict
holds one. `dumps`/`loads` at module level make this module a scrapy-redis
SCHEDULER_SERIALIZER.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import zlib
from typing import Any

from consistency.crawl.records import CrawlFailure
from consistency.documents.document import Document

# bodies above this are compressed: a 30 KB HTML page shrinks about 5x, and
# the Redis server holds every queued item in memory
_COMPRESS_FROM = 1024


def _encode(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) >= _COMPRESS_FROM:
            return {"__z": base64.b64encode(zlib.compress(data, 1)).decode("ascii")}
        return {"__b": base64.b64encode(data).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _encode(v) for k, v in value.items()}
        return {"__d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    # a request meta value we cannot carry would otherwise vanish or crash a
    # worker far from here: say which type it was
    raise TypeError(f"cannot send a {type(value).__name__} through Redis: {value!r:.100}")


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if len(value) == 1:
            if "__b" in value:
                return base64.b64decode(value["__b"])
            if "__z" in value:
                return zlib.decompress(base64.b64decode(value["__z"]))
            if "__d" in value:
                return {_decode(k): _decode(v) for k, v in value["__d"]}
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def dumps(obj: Any) -> bytes:
    """JSON bytes of a request dict (or anything made of dicts, lists, bytes and scalars)."""
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes | str) -> Any:
    """The value `dumps` encoded."""
    return _decode(json.loads(data))


@dataclasses.dataclass(frozen=True)
class ItemMessage:
    """One item a worker sends the coordinator: a Document or a CrawlFailure, who fetched it, for which source's spider."""

    item: Document | CrawlFailure
    reached_by: int  # index of the [[source]] whose spider reached the page (Recorder counts it)
    worker: str  # the crawler process that fetched it: "host:pid/n"


_KINDS = {"document": Document, "failure": CrawlFailure}


def encode_item(message: ItemMessage) -> bytes:
    kind = "document" if isinstance(message.item, Document) else "failure"
    fields = {f.name: getattr(message.item, f.name) for f in dataclasses.fields(message.item)}
    return dumps({"kind": kind, "reached_by": message.reached_by, "worker": message.worker, "fields": fields})


def decode_item(data: bytes | str) -> ItemMessage:
    """An ItemMessage; ValueError when the data is not one (a worker of another version, or not ours)."""
    try:
        raw = loads(data)
        cls = _KINDS[raw["kind"]]
        known = {f.name for f in dataclasses.fields(cls)}
        # a field this version does not know (a newer worker) is dropped rather than crash the run;
        # the coordinator refuses workers of another version anyway (distributed.fingerprint)
        item = cls(**{k: v for k, v in raw["fields"].items() if k in known})
        return ItemMessage(item, int(raw["reached_by"]), str(raw["worker"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not an item message: {exc}") from exc
