"""Typed records of a crawl: the job, a page that failed, what each source yielded, the summary.

The parent sends a CrawlJob as JSON on the subprocess's stdin; the subprocess
prints the CrawlSummary as JSON on stdout, which `CrawlSummary.from_json`
reads back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from consistency.documents.document import Document


@dataclass(frozen=True)
class CrawlFailure:
    """A page that could not be stored, with a reason a user can act on."""

    source: int | None  # the source the page belongs to; None when it belongs to none
    url: str | None
    reason: str  # "not found (404)", "HTTP 503 after 2 retries", "skipped: disallowed by robots.txt", ...


@dataclass(frozen=True)
class Unchanged:
    """A page the server said has not changed (304): stored again as the last complete run stored it, with the
    validators of the 304 where it sent new ones (consistency/crawl/revalidation.py)."""

    document: Document  # the stored document's metadata; its body is not loaded (b"")
    content_hash: str  # the stored body's
    fetched_at: str


@dataclass(frozen=True)
class PageLinks:
    """The links a page's body holds, as absolute URLs in page order: kept so a re-crawl that gets a 304 for the
    page follows them without parsing it (consistency/crawl/revalidation.py)."""

    url: str
    content_hash: str
    links: tuple[str, ...]


@dataclass(frozen=True)
class SourceSummary:
    """What the crawl got from one [[source]]."""

    source: int  # index of the [[source]] in the config
    channel: str
    stored: int  # documents stored as belonging to this source
    failed: tuple[CrawlFailure, ...]  # pages of this source that could not be stored
    reached: int  # readable pages this source's spider fetched (some may be stored for another source)
    unreachable: bool  # True when the source could not reach any page at all

    @property
    def skipped(self) -> tuple[CrawlFailure, ...]:
        """Failures that are deliberate skips (robots.txt, not a text document), not errors."""
        return tuple(f for f in self.failed if f.reason.startswith("skipped:"))

    @property
    def errors(self) -> tuple[CrawlFailure, ...]:
        """Pages that should have been read and were not (HTTP errors, timeouts, redirect loops, ...)."""
        return tuple(f for f in self.failed if not f.reason.startswith("skipped:"))

    def headline(self) -> str:
        """'[[source]] 1 (website): 12 pages stored, 2 failed, 1 skipped' (sources counted from 1, as in the file)."""
        parts = [f"{self.stored} page{'' if self.stored == 1 else 's'} stored"]
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.unreachable:
            parts.append("no page could be read")
        return f"[[source]] {self.source + 1} ({self.channel}): {', '.join(parts)}"


_LISTED_URLS = 3  # per reason: enough to find the pages, short enough for a 500-page crawl


def describe_failures(failures: tuple[CrawlFailure, ...]) -> list[str]:
    """One line per reason, most frequent first: '2 × not found (404): URL, URL'."""
    by_reason: dict[str, list[str]] = {}
    for failure in failures:
        by_reason.setdefault(failure.reason, []).append(failure.url or "(no URL)")
    lines = []
    for reason, urls in sorted(by_reason.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(urls) == 1 and urls[0] in reason:
            lines.append(f"1 × {reason}")  # a redirect loop names its URL already
            continue
        shown = ", ".join(urls[:_LISTED_URLS])
        more = f" and {len(urls) - _LISTED_URLS} more" if len(urls) > _LISTED_URLS else ""
        lines.append(f"{len(urls)} × {reason}: {shown}{more}")
    return lines


@dataclass(frozen=True)
class CrawlSummary:
    """The result of one crawl: per source, plus pages that belong to no source."""

    run: int
    sources: tuple[SourceSummary, ...]
    unassigned: tuple[CrawlFailure, ...] = ()  # `only` entries no source names or covers

    @property
    def unreachable(self) -> tuple[SourceSummary, ...]:
        """Sources that could not reach any page (exit status 3 in the CLI)."""
        return tuple(s for s in self.sources if s.unreachable)

    @property
    def stored(self) -> int:
        return sum(s.stored for s in self.sources)

    def source(self, index: int) -> SourceSummary | None:
        """The summary of the [[source]] with this index, if it was crawled."""
        return next((s for s in self.sources if s.source == index), None)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CrawlSummary:
        data = json.loads(text)
        return cls(
            run=data["run"],
            sources=tuple(
                SourceSummary(
                    source=s["source"],
                    channel=s["channel"],
                    stored=s["stored"],
                    failed=tuple(CrawlFailure(**f) for f in s["failed"]),
                    reached=s["reached"],
                    unreachable=s["unreachable"],
                )
                for s in data["sources"]
            ),
            unassigned=tuple(CrawlFailure(**f) for f in data.get("unassigned", ())),
        )


@dataclass(frozen=True)
class CrawlJob:
    """What the parent asks the subprocess to do."""

    config: str  # path of the config file; the subprocess loads it again
    db: str  # path of the SQLite store
    run: int
    only: tuple[str, ...] | None = None  # absolute URLs to fetch without following links
    verbose: int = 0  # 0 warnings, 1 info, 2 debug
    parent: int | None = None  # pid of the process that waits for the summary; the crawl stops if it dies

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CrawlJob:
        data = json.loads(text)
        only = data.get("only")
        return cls(
            config=data["config"],
            db=data["db"],
            run=int(data["run"]),
            only=tuple(only) if only is not None else None,
            verbose=int(data.get("verbose", 0)),
            parent=int(data["parent"]) if data.get("parent") is not None else None,
        )
