"""The rule engine: runs every enabled rule over a run's facts and entities."""

from __future__ import annotations

from datetime import date
from typing import Iterable

from consistency.entities.matching import match_entities
from consistency.facts.fact import BRANCH, COMPANY, Fact
from consistency.facts.updated import SourceDate
from consistency.findings.checks import CHECKS, CheckInput
from consistency.findings.checks.gone import PageGone
from consistency.findings.finding import Finding, severity_rank
from consistency.findings.rule import Example, Rule


def evaluate(rules: Iterable[Rule], facts: list[Fact], *, as_of: date, entities=None, sources=(), gone=()) -> list[Finding]:
    """Findings of all rules, worst first, then by rule and subject; one per id.

    `sources` are the documents' freshest known dates (SourceDate), for freshness rules;
    `gone` the pages an earlier run read facts from that are gone now (PageGone).
    """
    entities = entities if entities is not None else match_entities(facts)
    data = CheckInput(facts=facts, entities=entities, as_of=as_of, sources=tuple(sources), gone=tuple(gone))
    found: dict[str, Finding] = {}
    for rule in rules:
        for finding in CHECKS[rule.check](rule).run(data):
            found.setdefault(finding.id, finding)
    return sorted(found.values(), key=lambda f: (-severity_rank(f.severity), f.rule, f.subject.casefold(), f.id))


def example_facts(example: Example, rule: Rule) -> list[Fact]:
    """Facts written in a rule example, with defaults for what the example leaves out."""
    facts = []
    for n, item in enumerate(example.facts):
        entity = item.get("entity")
        channel = item.get("channel", "website")
        facts.append(
            Fact(
                kind=item.get("kind", rule.kind),
                value=str(item.get("value", "")),
                raw=str(item.get("raw", item.get("value", ""))),
                excerpt=str(item.get("excerpt", item.get("raw", item.get("value", "")))),
                url=item.get("url", f"file:///example/{channel}/{n}.html"),
                channel=channel,
                scope=BRANCH if entity else COMPANY,
                entity=entity,
                context=tuple(item.get("context", ())),
                valid_from=_date(item.get("valid_from")),
                valid_to=_date(item.get("valid_to")),
                discount=item.get("discount"),
                price=item.get("price"),
                old_price=item.get("old_price"),
                origin=item.get("origin", "text"),
            )
        )
    return facts


def example_sources(example: Example) -> list[SourceDate]:
    """Document dates written in a rule example (`sources:`)."""
    return [
        SourceDate(url=s["url"], channel=s.get("channel", "website"), updated=_date(s.get("updated")),
                   witness=s.get("witness", "updated on the page" if s.get("updated") else "unknown"))
        for s in example.sources
    ]


def example_gone(example: Example, rule: Rule) -> list[PageGone]:
    """Pages gone, written in a rule example (`gone:`): the facts of the example at that URL are what was read before."""
    facts = example_facts(example, rule)
    return [
        PageGone(url=g["url"], channel=g.get("channel", "website"), reason=g.get("reason", "not found (404)"),
                 previous_run=int(g.get("previous_run", 1)), facts_before=tuple(f for f in facts if f.url == g["url"]))
        for g in example.gone
    ]


def run_example(rule: Rule, example: Example) -> list[Finding]:
    """The findings a rule gives on one of its examples."""
    as_of = date.fromisoformat(example.as_of) if example.as_of else date(2026, 11, 22)
    return evaluate([rule], example_facts(example, rule), as_of=as_of, sources=example_sources(example),
                    gone=example_gone(example, rule))


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
