"""The crawl subprocess: `python -m consistency.crawl.process`, one job as JSON on stdin.

Runs every source's spider in one Scrapy CrawlerProcess (Twisted's reactor
cannot be restarted, so each crawl needs a fresh process) and writes each
Document and each failure straight into the store as it arrives. When all
spiders are done it prints the CrawlSummary as JSON on stdout; logs go to
stderr. Exit status 0 when the crawl ran to the end (pages may still have
failed: see the summary); 2 when the config cannot be read; 4 when a spider
could not start, was stopped early, or the store could not be written, and
when the parent process died (the crawl stops within half a second).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any, Sequence

from consistency.config import Config, CrawlSettings, Source, load_config
from consistency.crawl.ownership import owner_of
from consistency.crawl.records import CrawlFailure, CrawlJob, CrawlSummary, PageLinks, SourceSummary, Unchanged
from consistency.crawl.revalidation import Revalidation
from consistency.documents.document import Document
from consistency.errors import ConsistencyError
from consistency.store import Store

EXIT_CRAWL_FAILED = 4


@dataclass(frozen=True)
class PlannedCrawl:
    """One spider to run: a source and, in `only` mode, the URLs of it to fetch."""

    source: Source
    only: tuple[str, ...] | None


def plan(config: Config, only: Sequence[str] | None) -> tuple[tuple[PlannedCrawl, ...], tuple[CrawlFailure, ...]]:
    """The spiders to run, and the `only` URLs that no source names or covers."""
    if only is None:
        return tuple(PlannedCrawl(s, None) for s in config.sources), ()
    by_source: dict[int, list[str]] = defaultdict(list)
    unassigned: list[CrawlFailure] = []
    for url in dict.fromkeys(only):
        owner = owner_of(url, config.sources)
        if owner is None:
            unassigned.append(CrawlFailure(None, url, "belongs to no [[source]]: name it in a source's urls or paths"))
        else:
            by_source[owner].append(url)
    crawls = tuple(PlannedCrawl(s, tuple(by_source[s.index])) for s in config.sources if s.index in by_source)
    return crawls, tuple(unassigned)


class Recorder:
    """Writes items into the store as they arrive, each URL once, and counts them per source."""

    def __init__(self, store: Store, run: int, sources: Sequence[Source]):
        self.store = store
        self.run = run
        self.sources = tuple(sources)
        self.stored: Counter[int] = Counter()
        self.reached: Counter[int] = Counter()
        self.failures: dict[int, list[CrawlFailure]] = defaultdict(list)
        self.unassigned: list[CrawlFailure] = []
        self._stored: set[str] = set()
        self._failed: set[str] = set()
        # "/" and "/index.html" are one page: a body a source already has is not stored again
        self._bodies: set[tuple[int, str]] = set()
        self.fatal: str | None = None
        self.on_fatal = lambda: None

    def item_scraped(self, item: Any, spider: Any, **_: Any) -> None:
        """Scrapy's item_scraped signal: store a Document, a CrawlFailure or a page's links."""
        try:
            if isinstance(item, Document):
                self.document(item, spider.source.index)
            elif isinstance(item, CrawlFailure):
                self.failure(item)
            elif isinstance(item, Unchanged):
                self.unchanged(item, spider.source.index)
            elif isinstance(item, PageLinks):
                self.store.add_links(item.url, item.content_hash, item.links)
        except sqlite3.Error as exc:
            if self.fatal is None:
                self.fatal = f"cannot write to the store {self.store.path}: {exc}"
                logging.getLogger(__name__).critical(self.fatal)
                self.on_fatal()

    def spider_error(self, failure: Any, response: Any, spider: Any, **_: Any) -> None:
        """A bug while reading a page must not lose it silently."""
        self.failure(CrawlFailure(spider.source.index, response.url, f"internal error while reading the page: {failure.value!r}"[:300]))

    def crawler_failed(self, failure: Any, source: Source) -> None:
        """A spider that could not start or crashed: the crawl is incomplete, not merely short of pages."""
        message = f"the crawl of source {source.index} ({source.channel}) failed: {failure.getErrorMessage()[:300]}"
        logging.getLogger(__name__).critical(message, exc_info=(failure.type, failure.value, failure.getTracebackObject()))
        if self.fatal is None:
            self.fatal = message

    def spider_closed(self, spider: Any, reason: str, **_: Any) -> None:
        """A spider stopped by a signal (Ctrl-C, SIGTERM) has not crawled its source: the run is incomplete."""
        if reason != "finished" and self.fatal is None:
            self.fatal = f"the crawl of source {spider.source.index} ({spider.source.channel}) stopped early ({reason})"

    def document(self, document: Document, reached_by: int) -> None:
        """Store a document unless its URL, or the same body for the same source, is stored already."""
        if self._new(document, document.content_hash, reached_by):
            self.store.add_document(self.run, document)
            self.stored[document.source] += 1

    def unchanged(self, item: Unchanged, reached_by: int) -> None:
        """Store a page the server said has not changed, as a document would be: its stored body, by hash."""
        document = replace(item.document, fetched_at=item.fetched_at)
        if self._new(document, item.content_hash, reached_by):
            self.store.add_stored_again(self.run, document, item.content_hash)
            self.stored[document.source] += 1

    def _new(self, document: Document, digest: str, reached_by: int) -> bool:
        """Count a page reached; whether it is to be stored (not its URL, nor its body for its source, yet)."""
        self.reached[reached_by] += 1
        # a page that failed for one spider and came through for another is stored
        if document.url in self._stored:
            return False
        self._stored.add(document.url)
        body = (document.source, digest)
        if body in self._bodies:
            logging.getLogger(__name__).debug("%s: same content as a page already stored, not stored again", document.url)
            return False
        self._bodies.add(body)
        return True

    def failure(self, failure: CrawlFailure) -> None:
        """Record a failed page once, unless another spider stored it."""
        if failure.url is not None:
            if failure.url in self._stored or failure.url in self._failed:
                return
            self._failed.add(failure.url)
        if failure.source is None:
            self.unassigned.append(failure)
        else:
            self.failures[failure.source].append(failure)
        self.store.add_crawl_error(self.run, failure.source, failure.url, failure.reason)

    def summary(self, crawled: Sequence[Source]) -> CrawlSummary:
        """What the crawl got, for the sources that were crawled."""
        return CrawlSummary(
            run=self.run,
            sources=tuple(
                SourceSummary(
                    source=s.index,
                    channel=s.channel,
                    stored=self.stored[s.index],
                    failed=tuple(self.failures[s.index]),
                    reached=self.reached[s.index],
                    unreachable=self.reached[s.index] == 0 and self.stored[s.index] == 0,
                )
                for s in crawled
            ),
            unassigned=tuple(self.unassigned),
        )


def process_settings(crawl: CrawlSettings, verbose: int) -> dict[str, Any]:
    """Scrapy settings shared by every source's crawler.

    Four of Scrapy's downloader middlewares are replaced by subclasses in
    consistency.spiders.base: credentials from the environment only, the
    offsite filter counting ports, and 3xx and meta-refresh redirect loops
    reported instead of dropped.
    """
    return {
        "TELNETCONSOLE_ENABLED": False,
        "USER_AGENT": crawl.user_agent,
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": crawl.max_page_bytes // 2,
        "RETRY_TIMES": crawl.retries,
        "RETRY_GIVE_UP_LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        # breadth first, so that max_pages keeps the pages nearest the start
        "DEPTH_PRIORITY": 1,
        # Per-response costs that buy nothing here, measured on a 2,000-page re-crawl: Scrapy checks every
        # callback for a generator that returns a value by parsing its source, and its cache of the answer is
        # keyed by the bound method, which is new for every request (a third of the crawl process's time went
        # to tokenize and ast); and it runs a page's output through 100 concurrent tasks, for item handlers
        # that are all synchronous (the Recorder's signals).
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "CONCURRENT_ITEMS": 1,
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
            "consistency.spiders.base.EnvHttpAuthMiddleware": 300,
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "consistency.spiders.base.SiteOffsiteMiddleware": 50,
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "consistency.spiders.base.LoopAwareMetaRefreshMiddleware": 580,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            "consistency.spiders.base.LoopAwareRedirectMiddleware": 600,
        },
        # a 304 to a conditional request counts as an answer, so a re-crawl is not held at the start delay
        "EXTENSIONS": {
            "scrapy.extensions.throttle.AutoThrottle": None,
            "consistency.spiders.base.RevalidatingAutoThrottle": 0,
        },
        "LOG_FORMATTER": "consistency.spiders.base.ItemLogFormatter",
        "LOG_LEVEL": "WARNING" if verbose <= 0 else "INFO" if verbose == 1 else "DEBUG",
        "LOG_FORMAT": "%(asctime)s [%(name)s] %(levelname)s: %(message)s",
        "LOG_STDOUT": False,
        "LOG_FILE": None,
    }


def source_settings(source: Source, crawl: CrawlSettings, starts: Sequence[str]) -> dict[str, Any]:
    """Settings of one source's crawler: what depends on its URLs and limits."""
    from consistency.spiders.base import AUTH_HOSTS_SETTING, web_hosts

    on_web = any(u.startswith(("http:", "https:")) for u in starts)
    return {
        # the spider stops following links at `depth` itself; this is a safety net (0 = no limit)
        "DEPTH_LIMIT": max(source.depth, 0),
        # AutoThrottle only backs off when the server slows down: it aims at
        # the configured concurrency and starts fast (Scrapy's 5 s start delay
        # would spend a minute on a 50-page site)
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle and on_web,
        "AUTOTHROTTLE_START_DELAY": 0.25,
        "AUTOTHROTTLE_MAX_DELAY": max(crawl.timeout, 1.0),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(max(crawl.concurrency_per_domain, 1)),
        # Scrapy 2.19 on the asyncio reactor starts a download as a task that
        # runs only on the next loop turn, so with no delay its slot hands out
        # every queued request at once and concurrency_per_domain is no limit
        # (8 in flight were measured against a limit of 2). Any delay makes it
        # dispatch one request per turn and count it before the next.
        "DOWNLOAD_DELAY": 0.001 if on_web else 0.0,
        AUTH_HOSTS_SETTING: web_hosts([*source.urls, *starts]),
    }


def watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit at once when the process that started the crawl is gone (killed with SIGKILL, say).

    Nobody would read the summary, and the run is marked incomplete by the
    next process that opens the store; a crawler left running would only keep
    fetching pages into a dead run. A thread rather than a reactor call: it
    must not install Twisted's reactor before Scrapy picks one. Exiting
    mid-transaction is safe: SQLite drops the uncommitted write, as after a
    SIGKILL.
    """

    def check() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(EXIT_CRAWL_FAILED)  # no logging: stderr is a pipe nobody reads any more

    threading.Thread(target=check, name="parent watch", daemon=True).start()


def run(job: CrawlJob) -> tuple[CrawlSummary, str | None]:
    """Run the job's crawl to the end; the summary and a fatal error message (or None)."""
    config = load_config(job.config)  # first: a bad config fails before Scrapy is even imported
    store = Store(job.db)
    crawls, unassigned = plan(config, job.only)

    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from consistency.spiders import SPIDERS

    recorder = Recorder(store, job.run, config.sources)
    for failure in unassigned:
        recorder.failure(failure)
    # a whole crawl asks about the last complete run's pages conditionally; named documents are fetched as they are
    revalidation = Revalidation.before(store, job.run) if job.only is None else None

    process = CrawlerProcess(process_settings(config.crawl, job.verbose))
    if job.verbose <= 0:
        # an unreachable host is reported once, as the page's failure; Scrapy
        # would also log the robots.txt fetch failing, with a traceback
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    recorder.on_fatal = lambda: process.stop()
    if job.parent is not None:
        watch_parent(job.parent)
    for planned in crawls:
        spider_class = SPIDERS[planned.source.spider]
        crawler = process.create_crawler(spider_class)
        starts = planned.only if planned.only is not None else (*planned.source.urls, *planned.source.paths)
        crawler.settings.setdict(source_settings(planned.source, config.crawl, starts), priority="spider")
        crawler.signals.connect(recorder.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(recorder.spider_error, signal=signals.spider_error)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        started = process.crawl(crawler, source=planned.source, sources=config.sources, only=planned.only,
                                revalidation=revalidation)
        started.addErrback(recorder.crawler_failed, planned.source)
    if crawls:
        process.start()
    summary = recorder.summary([c.source for c in crawls])
    store.close()
    return summary, recorder.fatal


def main() -> int:
    """Entry point of the subprocess: job on stdin, summary on stdout, logs on stderr."""
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # nothing but the summary may reach stdout
    try:
        job = CrawlJob.from_json(sys.stdin.read())
        summary, fatal = run(job)
    except ConsistencyError as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return exc.exit_code
    if fatal:
        print(f"crawl: {fatal}", file=sys.stderr)
        return EXIT_CRAWL_FAILED
    real_stdout.write(summary.to_json())
    real_stdout.write("\n")
    real_stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
