"""A stored run's documents into facts, through the extraction cache, while a crawl is still storing them.

Extraction has two stages (consistency/facts/extract.py). Each document is
first read on its own: read_document, then every extractor over every unit.
That is most of the cost, and a pure function of the document and its page
date, so the read is kept in the store's extraction cache
(consistency/facts/cache.py) and an unchanged document is never read twice.
Then the cross-document stage (boilerplate, the branches the run names,
attribution) runs once all documents are read; it keeps each page's layout
and facts in the cache too, so a run whose pages did not change costs little
more than loading them.

`consistency crawl` reads documents while the crawl subprocess fetches them
(`reading_while`): a thread of the parent process polls the run's documents
as they are stored, so reading runs on the second core instead of after the
crawl, and the parent is left with the cross-document stage when the crawl
ends.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from consistency.config import Config
from consistency.documents.document import Document, DocumentText
from consistency.errors import ConsistencyError
from consistency.facts.fact import Fact
from consistency.facts.updated import SourceDate, source_dates
from consistency.store import Store, StoredDocument

if TYPE_CHECKING:
    from consistency.facts.cache import Unreadable
    from consistency.facts.extract import DocumentRead

# The readers and extractors (consistency.facts.extract, .cache, documents.reader) are imported where they are
# used, not here: importing them costs a second (compiling the extractors' expressions), and `consistency crawl`
# pays it in the reading thread while its crawl subprocess starts, instead of before starting it.

log = logging.getLogger("consistency")

_BATCH = 25  # documents per transaction while a crawl writes too: the crawl waits for the lock no longer than that
_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class ExtractedRun:
    """What extraction stores for a run besides its units: the facts and each document's freshest date."""

    facts: list[Fact]
    dates: list[SourceDate]
    documents: int = 0  # documents read
    from_cache: int = 0  # of them, read from the cache
    # Names the facts exactly: the cache keys of every page's facts, in order (None when a page had none). Two
    # extractions with one fingerprint have the same facts, so a run's stored facts need not be written again.
    fingerprint: str | None = None
    ended: float = 0.0  # time.perf_counter() when extraction ended, for the timing log


class RunReader:
    """Reads a run's documents through the cache, as many as are stored each time it is asked, in stored order.

    Every call takes a Store opened in the calling thread (SQLite connections
    stay in their thread): `reading_while` calls read_available from its own.
    """

    def __init__(self, config: Config, run: int, *, as_of: date, index_units: bool, both_cores: bool = False):
        from consistency.facts.extract import ExtractionSettings, extraction_version

        self.version = extraction_version()  # once: the code read the run's documents with is the code loaded now
        self.config = config
        self.run = run
        self.as_of = as_of
        self.index_units = index_units  # also put every unit into the run's full-text index
        self.both_cores = both_cores  # read what the cache lacks in two processes (nothing else runs meanwhile)
        self.settings = ExtractionSettings(region=config.region, city=config.city)
        self.reads: list[DocumentRead] = []
        self.dates: list[SourceDate] = []
        self.cache_hits = 0
        self._after = 0  # id of the last document read

    def read_available(self, store: Store, *, limit: int | None = None) -> int:
        """Read the documents stored since the last call (at most `limit`); returns how many there were."""
        from consistency.facts.cache import Unreadable, decode_read, encode_read, on_date_key, read_key, units_key
        from consistency.facts.extract import page_date, page_date_moves, read_on

        rows = store.document_rows(self.run, after=self._after, limit=limit)
        if not rows:
            return 0
        todays = [page_date(r.document, self.as_of) for r in rows]
        # a page whose date is as_of itself is kept once for every date (only what needed the date is read again)
        any_day = [page_date_moves(r.document, self.as_of) for r in rows]
        keys = [read_key(r.document, r.content_hash, None if moves else today, self.settings)
                for r, today, moves in zip(rows, todays, any_day)]
        cached = store.cached(keys)
        fresh = self._read_missing(store, [(r, t, k, m) for r, t, k, m in zip(rows, todays, keys, any_day)
                                           if k not in cached])
        kept: list[tuple[str, bytes]] = []
        units: list[tuple[str, str, str, list[tuple[str, str]]]] = []  # per document, for the full-text index
        refused: list[tuple[Document, str]] = []  # documents that cannot be read, and why
        for row, today, key in zip(rows, todays, keys):
            record = cached.get(key)
            if record is not None:
                read, dated = decode_read(record, row.document, today, key)
                if not isinstance(read, Unreadable) and read.needs_date:
                    read = read_on(read, today, self.settings)  # the units that need the date, on this one
                self.cache_hits += 1
            else:
                read = fresh[row.id]
                if isinstance(read, _Failed):  # a reader bug must not lose the run: report the page and go on
                    log.warning("%s: could not be read (%s)", row.document.url, read.error)
                    refused.append((row.document, f"unreadable: {read.error}"))
                    continue
                dated = [] if isinstance(read, Unreadable) else _dated_units(read.text)
                record = encode_read(read, dated)
                if record is not None:
                    kept.append((key, record))
            if isinstance(read, Unreadable):
                log.warning("%s: skipped: %s", row.document.url, read.reason)
                refused.append((row.document, f"unreadable: {read.reason}"))
                continue
            if read.needs_date is not None:
                read = replace(read, key=on_date_key(key, read))
            self.reads.append(read)
            if self.index_units:
                doc = read.text.document
                units.append((doc.url, doc.channel, units_key(doc, row.content_hash),
                              [(" > ".join(u.context), u.text) for u in read.text.units]))
            # only the units that may state a date of update are scanned for one (the same dates, for much less)
            text = read.text
            dated_text = DocumentText(text.document, tuple(text.units[i] for i in dated), text.structured, text.heading)
            self.dates += source_dates([dated_text], self.config.sources, as_of=self.as_of)
        with store.transaction():
            store.keep(kept, self.version)
            if self.index_units:
                store.add_units(self.run, units)
            for doc, reason in refused:
                store.add_crawl_error(self.run, doc.source, doc.url, reason)
        self._after = rows[-1].id
        return len(rows)

    def _read_missing(self, store: Store, missing: list[tuple[StoredDocument, date, str, bool]]) -> dict[int, Any]:
        """Read the documents the cache lacks (row, page date, key, any_day): by document id, a DocumentRead, an
        Unreadable or a _Failed. With both_cores, every other one is read in a forked process meanwhile."""
        jobs = [(row.document, store.body(row.content_hash), today, key, self.settings, any_day)
                for row, today, key, any_day in missing]
        ids = [row.id for row, _, _, _ in missing]
        if not (self.both_cores and len(jobs) >= _FORK_FROM and _can_fork()):
            return dict(zip(ids, map(_read_one, jobs)))
        import multiprocessing

        # one document read before the fork: the child inherits the expressions it compiled (the address grammar is
        # built on first use), rather than compiling them again
        here = [_read_one(jobs[0])]
        # fork: the child has the extractors imported already, and never touches this process's SQLite connection
        with multiprocessing.get_context("fork").Pool(1) as pool:
            elsewhere = pool.map_async(_read_one, jobs[1::2], chunksize=max(1, len(jobs) // 16))
            here += [_read_one(job) for job in jobs[2::2]]
            there = elsewhere.get()
        out = dict(zip(ids[::2], here))
        out.update(zip(ids[1::2], there))
        return out

    def extracted(self, store: Store) -> ExtractedRun:
        """The cross-document stage over every document read: the run's facts (pages unchanged come from the cache)."""
        from consistency.facts.extract import facts_of_reads

        cache = _PageCache(store)
        facts = facts_of_reads(self.reads, self.settings, cache=cache)
        with store.transaction():
            store.keep(cache.new, self.version)
        keys = cache.used
        fingerprint = hashlib.sha256("\n".join(keys).encode()).hexdigest() if None not in keys else None
        return ExtractedRun(facts, self.dates, len(self.reads), self.cache_hits, fingerprint, time.perf_counter())


@dataclass(frozen=True)
class _Failed:
    """A document a reader raised on (a bug, not a refusal): reported, never cached."""

    error: str  # "ValueError: ..."


def _read_one(job: tuple[Document, bytes, date, str, Any, bool]) -> Any:
    """Read one document the cache does not have, from its body: a DocumentRead, an Unreadable or a _Failed."""
    from consistency.documents.reader import read_document
    from consistency.facts.cache import Unreadable
    from consistency.facts.extract import read_units

    document, body, today, key, settings, any_day = job
    try:
        text = read_document(replace(document, body=body))
    except ConsistencyError as exc:
        return Unreadable(document, str(exc))
    except Exception as exc:
        return _Failed(f"{exc.__class__.__name__}: {exc}")
    # the read keeps no body, fresh or cached alike: facts never need it, and 2,000 pages of it is 60 MB
    bodiless = DocumentText(document, text.units, text.structured, text.heading)
    try:
        return read_units(bodiless, today, settings, key=key, any_day=any_day)
    except Exception as exc:
        return _Failed(f"{exc.__class__.__name__}: {exc}")


_FORK_FROM = 8  # documents to read before a second process pays for itself


def _can_fork() -> bool:
    """Whether a forked helper process is safe and worth it here: Linux (macOS frameworks break in a forked
    child), two cores or more, and no other thread (one holding a lock at the fork would leave it held)."""
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def _dated_units(text: DocumentText) -> list[int]:
    """Indices of the units that may say when the page was updated: those updated.updated_on does not pass over
    at its first glance (the cue words). All of them if that glance is not to be had."""
    from consistency.facts import updated

    cue = getattr(updated, "_UPDATED_WORD", None)
    return [i for i, u in enumerate(text.units) if cue is None or cue.search(u.text)]


class _PageCache:
    """facts_of_reads' page cache in the store; what it adds waits in `new` for one transaction."""

    def __init__(self, store: Store):
        self.store = store
        self.new: list[tuple[str, bytes]] = []
        self.used: list[str | None] = []  # the key of each page's facts, in page order

    def layouts(self, keys: list[str]) -> dict[str, tuple[str | None, tuple[str | None, ...]]]:
        from consistency.facts.cache import decode_layout

        return {key: decode_layout(record) for key, record in self.store.cached(keys).items()}

    def keep_layout(self, key: str, layout: tuple[str | None, tuple[str | None, ...]]) -> None:
        from consistency.facts.cache import encode_layout

        self.new.append((key, encode_layout(layout)))

    def facts(self, keys: list[str]) -> dict[str, list[Fact]]:
        from consistency.facts.cache import decode_facts

        return {key: decode_facts(record) for key, record in self.store.cached(keys).items()}

    def facts_used(self, keys: list[str | None]) -> None:
        self.used = list(keys)

    def keep_facts(self, key: str, facts: list[Fact]) -> None:
        from consistency.facts.cache import encode_facts

        self.new.append((key, encode_facts(facts)))


def read_run(config: Config, store: Store, run: int, *, as_of: date) -> ExtractedRun:
    """Read every document of a stored run (through the cache) and extract its facts; index its units for search
    unless they are indexed already by this code."""
    from consistency.facts.extract import extraction_version

    version = extraction_version()
    index = store.indexed(run) != version
    if index:
        store.clear_units(run)
    store.clear_unreadable(run)
    reader = RunReader(config, run, as_of=as_of, index_units=index, both_cores=True)
    while reader.read_available(store, limit=500):
        pass
    if index:
        store.set_indexed(run, version)
    return reader.extracted(store)


@contextmanager
def reading_while(config: Config, run: int, *, as_of: date, db: str | Path) -> Iterator[Following]:
    """`with reading_while(config, run, as_of=..., db=...) as following: crawl(...)`: read the run's documents in a
    thread as the crawl stores them; `following.reader` has them all once the block is left.

    On a normal exit, waits until every stored document is read (and raises
    what the thread raised); on an exception, tells the thread to stop and
    lets the exception through.
    """
    following = Following(config, run, as_of, db)
    following.thread.start()
    try:
        yield following
    except BaseException:
        following.stop.set()
        following.thread.join(timeout=5)
        raise
    following.done.set()
    following.thread.join()
    if following.failure:
        raise following.failure[0]


class Following:
    """The thread of reading_while, and the RunReader it fills."""

    def __init__(self, config: Config, run: int, as_of: date, db: str | Path):
        self.config, self.run, self.as_of, self.db = config, run, as_of, db
        self.reader: RunReader | None = None
        self.done, self.stop = threading.Event(), threading.Event()
        self.failure: list[BaseException] = []
        self.thread = threading.Thread(target=self._follow, name="reading while crawling", daemon=True)

    def _follow(self) -> None:
        store = Store(self.db)
        try:
            self.reader = RunReader(self.config, self.run, as_of=self.as_of, index_units=True)
            while not self.stop.is_set():
                crawled = self.done.is_set()  # read before polling: nothing is stored after the crawl ended
                if self.reader.read_available(store, limit=_BATCH):
                    continue
                if crawled:
                    return
                self.done.wait(_POLL_SECONDS)
        except BaseException as exc:  # handed to the caller's thread
            self.failure.append(exc)
        finally:
            store.close()
