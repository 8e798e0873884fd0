"""SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.

One run; the driver lists every rule that ran, each result points at every
piece of its evidence. GitHub keys alerts on `partialFingerprints`, so the
finding id (stable across runs) goes there and an alert survives a reworded
message. GitHub places an alert at the first location, so the evidence that
differs from most sources comes first, and only where it has
`region.startLine`, so for local files the line the excerpt stands on is
looked up (line 1 when it cannot be found: the file is still right). Written by hand because the
document is a few nested dicts; the test validates it against the official
schema.
"""

from __future__ import annotations

import json
import re

from consistency import __version__
from consistency.findings.finding import Finding
from consistency.findings.rule import Rule
from consistency.reports.highlight import SourceFiles, local_path, marks, primary_first, segments
from consistency.reports.markdown import escape as markdown_escape
from consistency.reports.report import Report

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/consistency-checker/consistency"
FINGERPRINT = "consistencyFindingId/v1"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, *, colour: bool = False) -> str:
    """The report as a SARIF 2.1.0 log (JSON text)."""
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report) -> dict:
    """The SARIF log as a JSON-ready dict."""
    rules = _rules(report)
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    sources = SourceFiles()
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "consistency",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "properties": {"asOf": report.as_of.isoformat(), "run": report.run, "project": report.project},
                    }
                ],
                "results": [_result(f, index[f.rule], report, sources) for f in report.findings],
                "columnKind": "unicodeCodePoints",
                "properties": {"project": report.project, "run": report.run, "asOf": report.as_of.isoformat()},
            }
        ],
    }


def _rules(report: Report) -> list[dict]:
    """Every rule that ran, then any rule a finding names that the report does not describe."""
    out = [_rule(rule) for rule in report.rules]
    known = {rule.id for rule in report.rules}
    for f in report.findings:
        if f.rule not in known:
            known.add(f.rule)
            out.append(
                {
                    "id": f.rule,
                    "name": _pascal(f.rule),
                    "defaultConfiguration": {"level": LEVELS.get(f.severity, "warning")},
                    "properties": {"kind": f.kind, "problem": f.problem, "tags": [f.kind, f.problem]},
                }
            )
    return out


def _rule(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": rule.why, "markdown": _help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"kind": rule.kind, "problem": rule.problem, "tags": [rule.kind, rule.problem]},
    }


def _help_markdown(rule: Rule) -> str:
    """The rule's summary and why, paragraphs kept; escaped, since user rule folders can say anything."""
    paragraphs = [p for p in re.split(r"\n\s*\n", rule.why) if p.strip()]
    return "\n\n".join([f"**{markdown_escape(rule.summary)}**", *(markdown_escape(p) for p in paragraphs)])


def _result(f: Finding, rule_index: int, report: Report, sources: SourceFiles) -> dict:
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(f, n, report, sources) for n in primary_first(f)],
        "partialFingerprints": {FINGERPRINT: f.id},
        "properties": {
            "subject": f.subject,
            "channels": sorted({e.channel for e in f.evidence}),
            "kind": f.kind,
            "problem": f.problem,
            "severity": f.severity,
            "findingId": f.id,
        },
    }


def _location(f: Finding, n: int, report: Report, sources: SourceFiles) -> dict:
    e = f.evidence[n]
    physical: dict = {"artifactLocation": {"uri": e.url}}
    if local_path(e.url) is not None:
        found = marks(e.excerpt, e.value, kind=f.kind, as_of=report.as_of, message=f.message)
        highlighted = next((s.text for s in segments(e.excerpt, found) if s.marked), "")
        line = sources.line(e.url, e.excerpt, highlighted) or 1
        physical["region"] = {"startLine": line, "snippet": {"text": e.excerpt}}
    return {
        "id": n,
        "physicalLocation": physical,
        "message": {"text": f"{e.channel}: {e.value}"},
        "properties": {"channel": e.channel, "value": e.value, "excerpt": e.excerpt},
    }


def _pascal(rule_id: str) -> str:
    """SARIF wants a rule name readable as an identifier: hours-mismatch -> HoursMismatch."""
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-"))
