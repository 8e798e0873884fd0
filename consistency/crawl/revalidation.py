"""Conditional requests on a re-crawl: ask the server whether a page changed, and reuse it when it did not.

Each stored document keeps the ETag and Last-Modified it was served with.
A crawl sends them back (If-None-Match, If-Modified-Since) for every page
the latest complete run stored; a server that answers 304 Not Modified sends
no body, and the page is stored again as it was: the same body (so the same
content hash, and the extraction cache reads nothing), the same title and
type; its body is not even loaded. Its links are followed from what the crawl kept of them (the
`page_links` table), without parsing the page; a page whose links were not
kept has its stored body parsed for them instead.

A page is asked about conditionally only when the source that owns it now
is the one that stored it (same index and channel): a changed config reads
its pages afresh. A redirect drops the validators: they describe the URL
asked for, not the one redirected to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Mapping

from consistency.crawl.records import Unchanged
from consistency.store import Store, StoredDocument

REVALIDATED = "revalidated"  # request meta key: the StoredDocument the request's validators came from
VALIDATOR_HEADERS = (b"If-None-Match", b"If-Modified-Since")


@dataclass(frozen=True)
class Revalidation:
    """The pages of the run a crawl revalidates against, and the store their bodies and links come from."""

    pages: Mapping[str, StoredDocument]
    store: Store

    @classmethod
    def before(cls, store: Store, run: int) -> Revalidation:
        """Against the latest complete run before `run` (none: every request is unconditional)."""
        return cls(store.previous_pages(run), store)

    def stored(self, url: str, source: int, channel: str) -> StoredDocument | None:
        """The page stored for url, if it can be revalidated: fetched over HTTP with a validator, by the same source."""
        page = self.pages.get(url)
        if page is None:
            return None
        doc = page.document
        if not (doc.etag or doc.last_modified) or doc.status != 200 or (doc.source, doc.channel) != (source, channel):
            return None
        return page

    @staticmethod
    def headers(page: StoredDocument) -> dict[str, str]:
        """The conditional request headers for a stored page: its validators, sent back as they came."""
        out = {}
        if page.document.etag:
            out["If-None-Match"] = page.document.etag
        if page.document.last_modified:
            out["If-Modified-Since"] = page.document.last_modified
        return out

    def unchanged(self, page: StoredDocument, *, etag: str | None, last_modified: str | None) -> Unchanged:
        """The stored page again, for a 304, with the validators the 304 sent where it sent new ones."""
        document = replace(page.document, etag=etag or page.document.etag,
                           last_modified=last_modified or page.document.last_modified)
        return Unchanged(document, page.content_hash, datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def body(self, page: StoredDocument) -> bytes:
        return self.store.body(page.content_hash)

    def links(self, page: StoredDocument) -> list[str] | None:
        """The links kept for the stored page's body, or None."""
        return self.store.links(page.document.url, page.content_hash)
