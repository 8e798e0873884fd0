"""The whole job as a library: crawl → documents → facts → entities → findings.

The CLI is a thin layer over these functions; so are the tests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from consistency.config import Config
from consistency.documents.reader import read_document
from consistency.entities.matching import EntityIndex, match_entities
from consistency.errors import ConsistencyError, CrawlError
from consistency.facts.extract import ExtractionSettings, extract_facts
from consistency.facts.fact import Fact
from consistency.findings.engine import evaluate
from consistency.findings.finding import Finding
from consistency.findings.rule import Rule
from consistency.findings.ruleset import apply_suppressions, load_rules
from consistency.store import COMPLETE, INCOMPLETE, Store

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
        summary = crawl(config, store, run)
        unreachable = [s.channel for s in summary.sources if s.unreachable]
        facts = extract_run(config, store, run, as_of=as_of)
        store.replace_facts(run, facts)
    except BaseException as exc:
        store.finish_run(run, status=INCOMPLETE, note=f"stopped: {exc.__class__.__name__}: {exc}")
        raise
    note = f"unreachable sources: {', '.join(unreachable)}" if unreachable else None
    store.finish_run(run, status=INCOMPLETE if unreachable else COMPLETE, note=note)
    return run, unreachable


def extract_run(config: Config, store: Store, run: int, *, as_of: date) -> list[Fact]:
    """Read a stored run's documents and extract their facts."""
    texts = []
    for document in store.documents(run):
        try:
            texts.append(read_document(document))
        except ConsistencyError as exc:
            log.warning("%s: skipped: %s", document.url, exc)
            store.add_crawl_error(run, document.source, document.url, f"unreadable: {exc}")
        except Exception as exc:  # a reader bug must not lose the run: report the page and go on
            log.warning("%s: could not be read (%s: %s)", document.url, exc.__class__.__name__, exc)
            store.add_crawl_error(run, document.source, document.url, f"unreadable: {exc.__class__.__name__}: {exc}")
    return extract_facts(texts, as_of=as_of, settings=ExtractionSettings(region=config.region, city=config.city))


def check(
    config: Config,
    *,
    as_of: date | None = None,
    db: str | Path | None = None,
    no_crawl: bool = False,
    rules: list[Rule] | None = None,
) -> CheckResult:
    """Crawl (unless no_crawl), extract, match and run the rules."""
    as_of = as_of or config.today()
    rules = rules if rules is not None else load_rules(config)
    store = open_store(config, db)
    try:
        unreachable: list[str] = []
        if no_crawl:
            run = store.latest_complete_run()
            if run is None:
                raise ConsistencyError(
                    f"{store.path}: no complete crawl is stored yet; run `consistency crawl` or drop --no-crawl"
                )
            facts = extract_run(config, store, run, as_of=as_of)
            store.replace_facts(run, facts)
        else:
            run, unreachable = crawl_run(config, store, as_of=as_of)
            facts = store.facts(run)
        entities = match_entities(facts)
        suppressed = apply_suppressions(evaluate(rules, facts, as_of=as_of, entities=entities), config, rules, as_of=as_of)
        findings = suppressed.expired + suppressed.kept
        for finding, suppression in suppressed.silenced:
            log.info("ignored %s about %s: %s", finding.rule, finding.subject, suppression.reason)
        store.replace_findings(run, as_of, findings)
        return CheckResult(run=run, as_of=as_of, findings=findings, facts=facts, entities=entities,
                           unreachable=unreachable, silenced=len(suppressed.silenced))
    finally:
        store.close()


def crawl_only(config: Config, *, db: str | Path | None = None, as_of: date | None = None) -> tuple[int, list[str]]:
    """`consistency crawl`: a new stored run, no rules."""
    store = open_store(config, db)
    try:
        return crawl_run(config, store, as_of=as_of or config.today())
    finally:
        store.close()


def raise_if_unreachable(result_unreachable: list[str]) -> None:
    if result_unreachable:
        raise CrawlError(f"could not reach any page of: {', '.join(result_unreachable)}")
