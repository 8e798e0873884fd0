"""Check type `fresh`: a source that states facts of a kind must have been updated or re-verified within N days."""

from __future__ import annotations

from datetime import timedelta
from typing import Iterator

from consistency.findings.checks.base import Check, CheckInput, Parameter
from consistency.findings.finding import Evidence, Finding


class Fresh(Check):
    """Reports documents stating the rule's kind of fact whose freshest known date is older than max_age_days."""

    name = "fresh"
    parameters = {
        "max_age_days": Parameter(int, 365, "how old the freshest date of a source may be"),
        "unknown": Parameter(bool, False, "also report sources with no date at all (no Last-Modified, no "
                                          "visible 'updated on', no `verified` in the config)"),
    }

    def run(self, data: CheckInput) -> Iterator[Finding]:
        stating = {f.url: f for f in self.facts(data)}
        cutoff = data.as_of - timedelta(days=self.p["max_age_days"])
        for source in sorted(data.sources, key=lambda s: s.url):
            fact = stating.get(source.url)
            if fact is None:
                continue
            if source.updated is None:
                if not self.p["unknown"]:
                    continue  # an unknown date is not a stale one
                value, age = "no date", "an unknown date"
            elif source.updated < cutoff:
                value, age = source.updated.isoformat(), f"{(data.as_of - source.updated).days} days ago"
            else:
                continue
            message = self.rule.message.format(subject=source.url, channel=source.channel, age=age,
                                               witness=source.witness, max_age_days=self.p["max_age_days"])
            yield self.finding(
                source.url, message,
                [Evidence(channel=source.channel, url=source.url, value=value, excerpt=f"{source.witness}: {value}"),
                 Evidence(channel=fact.channel, url=fact.url, value=fact.value, excerpt=fact.excerpt)],
            )
