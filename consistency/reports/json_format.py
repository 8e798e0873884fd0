"""The findings and facts JSON documents of docs/contract.md sections 3 and 4."""

from __future__ import annotations

import json
from dataclasses import asdict

from consistency.facts.fact import Fact
from consistency.findings.finding import Finding
from consistency.reports.report import Report


def render(report: Report, *, colour: bool = False) -> str:
    """The findings document of docs/contract.md section 3, as text."""
    return dumps(findings_document(report))


def findings_document(report: Report) -> dict:
    """The findings document: as_of, run, summary by severity, findings with evidence."""
    findings = report.findings
    return {
        "as_of": report.as_of.isoformat(),
        "run": report.run,
        "summary": report.summary,
        "findings": [finding_entry(f) for f in findings],
    }


def finding_entry(f: Finding) -> dict:
    """One finding as the findings document writes it."""
    return {
        "id": f.id,
        "rule": f.rule,
        "kind": f.kind,
        "problem": f.problem,
        "severity": f.severity,
        "subject": f.subject,
        "message": f.message,
        "evidence": [asdict(e) for e in f.evidence],
    }


def facts_document(facts: list[Fact], *, run: int) -> dict:
    """The facts document: one entry per fact with its normalised value and evidence."""
    return {
        "run": run,
        "facts": [
            {
                "kind": f.kind,
                "entity": f.entity,
                "value": f.value,
                "raw": f.raw,
                "channel": f.channel,
                "url": f.url,
                "excerpt": f.excerpt,
                "valid_from": f.valid_from.isoformat() if f.valid_from else None,
                "valid_to": f.valid_to.isoformat() if f.valid_to else None,
                **({"discount": f.discount} if f.discount else {}),
                **({"price": f.price} if f.price else {}),
                **({"old_price": f.old_price} if f.old_price else {}),
            }
            for f in facts
        ],
    }


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
