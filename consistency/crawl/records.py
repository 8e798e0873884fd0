"""Typed records of a crawl: the job, a page that failed, what each source yielded, the summary.

The parent sends a CrawlJob as JSON on the subprocess's stdin; the subprocess
prints the CrawlSummary as JSON on stdout, which `CrawlSummary.from_json`
reads back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class CrawlFailure:
    """A page that could not be stored, with a reason a user can act on."""

    source: int | None  # the source the page belongs to; None when it belongs to none
    url: str | None
    reason: str  # "not found (404)", "HTTP 503 after 2 retries", "skipped: disallowed by robots.txt", ...


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
        )
