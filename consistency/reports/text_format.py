"""The report people read in a terminal: findings grouped by subject, with evidence."""

from __future__ import annotations

from collections import defaultdict

import click

from consistency.findings.finding import Finding
from consistency.reports import highlight
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
            differing = highlight.outliers(f)
            for n in highlight.primary_first(f):
                e = f.evidence[n]
                odd = n in differing
                value = style(e.value, bold=True, fg="red" if odd else None) + ("  ← differs" if odd else "")
                lines.append(f"      {e.channel:<8} {value}")
                lines.append(f"               {e.url}")
                if e.excerpt and e.excerpt != e.value:
                    excerpt = e.excerpt
                    if colour:
                        excerpt = highlight.terminal(excerpt, highlight.marks(excerpt, e.value, kind=f.kind, as_of=as_of,
                                                                              message=f.message))
                    lines.append(f"               “{excerpt}”")
        lines.append("")
    counts = report.summary
    if findings:
        lines.append(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()))
    else:
        lines.append("No findings: every channel agrees.")
    return "\n".join(lines) + "\n"
