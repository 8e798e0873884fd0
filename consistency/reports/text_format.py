"""The report people read in a terminal: findings grouped by subject, with evidence."""

from __future__ import annotations

from collections import defaultdict

import click

from consistency.findings.finding import Finding
from consistency.reports.report import Report

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def render(report: Report, *, colour: bool = False) -> str:
    """Findings grouped by subject; each with its rule, message and every piece of evidence."""
    findings, run, as_of = report.findings, report.run, report.as_of

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if colour else text

    lines = [f"consistency: run {run}, as of {as_of.isoformat()}", ""]
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_subject[f.subject].append(f)
    for subject, group in by_subject.items():
        lines.append(style(subject, bold=True))
        for f in group:
            lines.append(f"  {style(f.severity.upper(), fg=_COLOURS[f.severity], bold=True)} {f.rule}: {f.message}")
            for e in f.evidence:
                lines.append(f"      {e.channel:<8} {style(e.value, bold=True)}")
                lines.append(f"               {e.url}")
                if e.excerpt and e.excerpt != e.value:
                    lines.append(f"               “{e.excerpt}”")
        lines.append("")
    counts = report.summary
    if findings:
        lines.append(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()))
    else:
        lines.append("No findings: every channel agrees.")
    return "\n".join(lines) + "\n"
