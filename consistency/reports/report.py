"""What every report format renders: one check's findings with what is needed to explain them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from consistency.findings.finding import SEVERITIES, Finding
from consistency.findings.rule import Rule


@dataclass(frozen=True)
class RunSummary:
    """One stored run, for trends and listings."""

    run: int
    started_at: str
    status: str
    pages: int
    facts: int
    findings: dict[str, int]  # severity -> count


@dataclass(frozen=True)
class Report:
    """A check's result as the report formats see it."""

    project: str
    run: int
    as_of: date
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...] = ()  # every rule that ran, for formats that describe rules (SARIF, JUnit)
    history: tuple[RunSummary, ...] = field(default=())  # earlier runs, oldest first, for trends

    @property
    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            counts[f.severity] += 1
        return counts
