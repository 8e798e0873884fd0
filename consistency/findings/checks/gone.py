"""Check type `gone`: a page the previous complete run read facts from now answers 404 or 410."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from consistency.facts.fact import Fact
from consistency.findings.checks.base import Check, CheckInput, Parameter, evidence_of
from consistency.findings.finding import Evidence, Finding

GONE_REASONS = ("not found (404)", "gone (410)", "file not found")


@dataclass(frozen=True)
class PageGone:
    """A page that stated facts in an earlier run and is gone in this one."""

    url: str
    channel: str
    reason: str  # as the crawl recorded it, e.g. "not found (404)"
    previous_run: int
    facts_before: tuple[Fact, ...]


class Gone(Check):
    """Reports pages that disappeared while links or customers may still lead to them."""

    name = "gone"
    parameters = {
        "min_facts": Parameter(int, 1, "report a vanished page only if the earlier run read at least this many facts there"),
    }

    def run(self, data: CheckInput) -> Iterator[Finding]:
        for page in data.gone:
            if len(page.facts_before) < self.p["min_facts"]:
                continue
            kinds = sorted({f.kind for f in page.facts_before})
            message = self.rule.message.format(subject=page.url, channel=page.channel, reason=page.reason,
                                               run=page.previous_run, facts=len(page.facts_before), kinds=", ".join(kinds))
            evidence = [Evidence(channel=page.channel, url=page.url, value=page.reason,
                                 excerpt=f"run {page.previous_run} read {len(page.facts_before)} facts here ({', '.join(kinds)})")]
            evidence += [evidence_of(f, f.value) for f in page.facts_before[:5]]
            yield self.finding(page.url, message, evidence)
