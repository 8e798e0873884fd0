"""The whole job as a library: crawl → documents → facts → entities → findings.

The CLI is a thin layer over these functions; so are the tests.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

from consistency.config import Config
from consistency.crawl.progress import CrawlProgress
from consistency.errors import ConsistencyError, CrawlError
from consistency.extraction import read_run, reading_while
from consistency.facts.fact import Fact
from consistency.findings.finding import Finding
from consistency.store import COMPLETE, INCOMPLETE, OVERLAY, Store

if TYPE_CHECKING:
    from consistency.entities.matching import EntityIndex
    from consistency.findings.checks.gone import PageGone
    from consistency.findings.rule import Rule

# Matching, the rules and the extractors are imported where they are used: `consistency crawl` starts its crawl
# subprocess first, and reads its documents in a thread that imports the extractors meanwhile (extraction.py).

log = logging.getLogger("consistency")


@dataclass
class CheckResult:
    """What a check found, and on which stored run."""

    run: int
    as_of: date
    findings: list[Finding]
    facts: list[Fact]
    entities: EntityIndex
    unreachable: list[str] = field(default_factory=list)  # channels of sources that could not be read at all
    silenced: int = 0  # findings an [[ignore]] entry matched


def open_store(config: Config, db: str | Path | None) -> Store:
    return Store(db or config.default_db)


def crawl_run(config: Config, store: Store, *, as_of: date) -> tuple[int, list[str]]:
    """Crawl every source into a new run, extract its facts, and mark it complete.

    Returns the run and the channels of sources that could not reach any page.
    A crawl that dies leaves the run marked incomplete and earlier runs untouched.
    """
    from consistency.crawl.runner import crawl

    run = store.begin_run(str(config.path), [s.channel for s in config.sources])
    log.info("run %d: crawling %d sources", run, len(config.sources))
    try:
        # documents are read as the crawl stores them, on the core the crawl subprocess leaves idle
        started = time.perf_counter()
        with CrawlProgress(store.path, run), reading_while(config, run, as_of=as_of, db=store.path) as following:
            summary = crawl(config, store, run)
            crawled = time.perf_counter()
        unreachable = [s.channel for s in summary.sources if s.unreachable]
        reader = following.reader
        read = time.perf_counter()
        extracted = reader.extracted(store)
        log.info("run %d: %d documents read, %d of them unchanged since a run before", run, len(reader.reads),
                 reader.cache_hits)
        store.replace_document_dates(run, extracted.dates)
        store.set_indexed(run, reader.version)
        store.replace_facts(run, extracted.facts, extracted=_extracted(config, as_of), facts_key=extracted.fingerprint)
        log.debug("run %d: crawled in %.1f s, the last document read %.1f s later, facts extracted in %.1f s and"
                  " stored in %.1f s", run, crawled - started, read - crawled, *_laps(read, extracted))
    except BaseException as exc:
        store.finish_run(run, status=INCOMPLETE, note=f"stopped: {exc.__class__.__name__}: {exc}")
        raise
    note = f"unreachable sources: {', '.join(unreachable)}" if unreachable else None
    store.finish_run(run, status=INCOMPLETE if unreachable else COMPLETE, note=note)
    dropped = store.drop_cached(except_version=reader.version)
    if dropped:
        log.debug("dropped %d extraction cache entries of other versions of the code", dropped)
    return run, unreachable


def _laps(since: float, extracted: object) -> tuple[float, float]:
    """(seconds from `since` to when extraction ended, seconds from then to now), for the timing log."""
    now = time.perf_counter()
    ended = getattr(extracted, "ended", now)
    return ended - since, now - ended


def extract_run(config: Config, store: Store, run: int, *, as_of: date) -> list[Fact]:
    """Read a stored run's documents (unchanged ones from the extraction cache), index their text for search,
    and store their dates and facts; returns the facts.

    Facts the run has stored already (the same fingerprint: every page's facts from the same cache entries, as
    with another --as-of that moves no page's date) are not written again.
    """
    extracted = read_run(config, store, run, as_of=as_of)
    store.replace_document_dates(run, extracted.dates)
    if extracted.fingerprint is not None and extracted.fingerprint == store.facts_key(run):
        store.set_extracted(run, _extracted(config, as_of))
    else:
        store.replace_facts(run, extracted.facts, extracted=_extracted(config, as_of), facts_key=extracted.fingerprint)
    log.debug("run %d: %d documents read, %d of them from the cache", run, extracted.documents, extracted.from_cache)
    return extracted.facts


def _extracted(config: Config, as_of: date) -> str:
    """What stored facts depend on besides the documents: "today", the code that read them, and its settings."""
    from consistency.facts.extract import extraction_version

    return f"{as_of.isoformat()} {extraction_version()} {config.region} {config.city or ''}"


def check(
    config: Config,
    *,
    as_of: date | None = None,
    db: str | Path | None = None,
    no_crawl: bool = False,
    rules: list[Rule] | None = None,
    changed: list[str] | None = None,
    new_only: bool = False,
) -> CheckResult:
    """Crawl (unless no_crawl), extract, match and run the rules.

    With `changed`, only those documents are fetched and laid over the latest
    complete run, and only findings that involve them are kept: the pre-publish
    gate. With `new_only`, findings already present in the previous complete
    run are dropped: what the nightly job has to say this morning.
    """
    from consistency.entities.matching import match_entities
    from consistency.findings.engine import evaluate
    from consistency.findings.ruleset import apply_suppressions, load_rules

    as_of = as_of or config.today()
    rules = rules if rules is not None else load_rules(config)
    store = open_store(config, db)
    try:
        unreachable: list[str] = []
        changed_urls: set[str] | None = None
        if changed:
            run, changed_urls = _overlay_run(config, store, changed)
            facts = extract_run(config, store, run, as_of=as_of)
        elif no_crawl:
            run = store.latest_complete_run()
            if run is None:
                raise ConsistencyError(
                    f"{store.path}: no complete crawl is stored yet; run `consistency crawl` or drop --no-crawl"
                )
            if store.extracted(run) == _extracted(config, as_of):
                facts = store.facts(run)  # read with the same code and the same "today": nothing to redo
            else:
                facts = extract_run(config, store, run, as_of=as_of)
        else:
            run, unreachable = crawl_run(config, store, as_of=as_of)
            facts = store.facts(run)
        entities = match_entities(facts, name_threshold=config.matching.name_threshold,
                                  street_threshold=config.matching.street_threshold)
        found = evaluate(rules, facts, as_of=as_of, entities=entities, sources=store.document_dates(run),
                         gone=gone_pages(store, run))
        suppressed = apply_suppressions(found, config, rules, as_of=as_of)
        findings = suppressed.expired + suppressed.kept
        for finding, suppression in suppressed.silenced:
            log.info("ignored %s about %s: %s", finding.rule, finding.subject, suppression.reason)
        if changed_urls is not None:
            findings = [f for f in findings if any(e.url in changed_urls for e in f.evidence)]
            store.finish_run(run, status=OVERLAY, note=f"--changed: {', '.join(sorted(changed_urls))}")
        store.replace_findings(run, as_of, findings)
        if new_only:
            findings = _new_since_previous(store, run, findings)
        return CheckResult(run=run, as_of=as_of, findings=findings, facts=facts, entities=entities,
                           unreachable=unreachable, silenced=len(suppressed.silenced))
    finally:
        store.close()


def _overlay_run(config: Config, store: Store, changed: list[str]) -> tuple[int, set[str]]:
    """A new run holding the changed documents over the latest complete run's others."""
    from consistency.crawl.runner import crawl

    base = store.latest_complete_run()
    if base is None:
        raise ConsistencyError(f"{store.path}: --changed needs a complete stored run to lay the documents over; "
                               "run `consistency crawl` first")
    run = store.begin_run(str(config.path), [s.channel for s in config.sources])
    try:
        summary = crawl(config, store, run, only=changed)
        if summary.unassigned:
            lines = "; ".join(f"{f.url}: {f.reason}" for f in summary.unassigned)
            raise ConsistencyError(f"--changed: {lines}")
        changed_urls = {d.document.url for d in store.document_rows(run)}
        if not changed_urls:
            reasons = "; ".join(f"{f.url}: {f.reason}" for s in summary.sources for f in s.failed)
            raise CrawlError(f"--changed: none of the documents could be read ({reasons})")
        laid = store.copy_documents(base, run, except_urls=changed_urls)
    except BaseException as exc:
        store.finish_run(run, status=INCOMPLETE, note=f"stopped: {exc}")
        raise
    log.info("run %d: %d changed documents laid over %d of run %d", run, len(changed_urls), laid, base)
    return run, changed_urls


def gone_pages(store: Store, run: int) -> list[PageGone]:
    """Pages that answer 404/410 in `run` and stated facts in the complete run before it."""
    from consistency.findings.checks.gone import GONE_REASONS, PageGone

    previous = [r for r in store.complete_runs() if r < run]
    errors = [e for e in store.crawl_errors(run) if e["url"] and e["reason"].startswith(GONE_REASONS)]
    if not previous or not errors:
        return []
    before: dict[str, list[Fact]] = {}
    for fact in store.facts(previous[-1]):
        before.setdefault(fact.url, []).append(fact)
    return [
        PageGone(url=e["url"], channel=before[e["url"]][0].channel, reason=e["reason"], previous_run=previous[-1],
                 facts_before=tuple(before[e["url"]]))
        for e in errors if e["url"] in before
    ]


def _new_since_previous(store: Store, run: int, findings: list[Finding]) -> list[Finding]:
    """Findings whose id the previous complete, checked run did not have."""
    previous = previous_checked_run(store, run)
    if previous is None:
        return findings
    known = {f.id for f in store.findings(previous)}
    return [f for f in findings if f.id not in known]


def previous_checked_run(store: Store, run: int) -> int | None:
    """The latest complete run before `run` whose findings are stored."""
    checked = [r["id"] for r in store.runs() if r["status"] == COMPLETE and r["checked"] and r["id"] < run]
    return checked[-1] if checked else None


def crawl_only(config: Config, *, db: str | Path | None = None, as_of: date | None = None) -> tuple[int, list[str]]:
    """`consistency crawl`: a new stored run, no rules."""
    store = open_store(config, db)
    try:
        return crawl_run(config, store, as_of=as_of or config.today())
    finally:
        store.close()
