"""The outside contract's findings document, checked the way users' pipelines rely on it (CONTRACT.md section 3)."""

from __future__ import annotations

import re

KINDS = {"hours", "address", "phone", "email", "promotion", "price", "entity"}
PROBLEMS = {"contradiction", "stale", "missing"}
SEVERITIES = {"error", "warning", "info"}
FINDING_KEYS = {"id", "rule", "kind", "problem", "severity", "subject", "message", "evidence"}
EVIDENCE_KEYS = {"channel", "url", "value", "excerpt"}


def contract_problems(doc) -> list[str]:
    """Every way a findings document breaks the contract; empty when it follows it."""
    out = []
    if not isinstance(doc, dict):
        return ["top level is not a JSON object"]
    out += [f"missing top-level key {k!r}" for k in ("as_of", "run", "summary", "findings") if k not in doc]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(doc.get("as_of"))):
        out.append("as_of is not YYYY-MM-DD")
    counts = {s: 0 for s in SEVERITIES}
    ids = set()
    for n, f in enumerate(doc.get("findings", [])):
        out += [f"findings[{n}] lacks {k!r}" for k in sorted(FINDING_KEYS - f.keys())]
        if f.get("kind") not in KINDS:
            out.append(f"findings[{n}].kind {f.get('kind')!r}")
        if f.get("problem") not in PROBLEMS:
            out.append(f"findings[{n}].problem {f.get('problem')!r}")
        if f.get("severity") in SEVERITIES:
            counts[f["severity"]] += 1
        else:
            out.append(f"findings[{n}].severity {f.get('severity')!r}")
        if f.get("id") in ids:
            out.append(f"findings[{n}].id is not unique")
        ids.add(f.get("id"))
        if not f.get("evidence"):
            out.append(f"findings[{n}].evidence is empty")
        for m, e in enumerate(f.get("evidence") or []):
            out += [f"findings[{n}].evidence[{m}] lacks {k!r}" for k in sorted(EVIDENCE_KEYS - e.keys())]
            if not re.match(r"^(https?|file)://", str(e.get("url", ""))):
                out.append(f"findings[{n}].evidence[{m}].url is not absolute")
    if doc.get("summary") != counts:
        out.append(f"summary {doc.get('summary')} does not count the findings {counts}")
    return out
