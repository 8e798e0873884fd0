"""JUnit XML, the test report GitLab, Jenkins and most CI servers show per pipeline.

Each rule is a test suite and each subject it found something about is a test
case (classname = rule id, name = subject): an error or warning fails it, an
info finding passes with the finding in `<system-out>`. A rule that found
nothing is one passing case, "no findings", so the pipeline shows what was
checked. Built with ElementTree so that crawled text is always escaped; the
characters XML 1.0 forbids (control characters, lone surrogates) are dropped
first, because ElementTree would write them and make the file unreadable.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from consistency.findings.finding import Finding, severity_rank
from consistency.reports.report import Report

NO_FINDINGS = "no findings"

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up,
# except the surrogates and U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(report: Report, *, colour: bool = False) -> str:
    """The report as a JUnit XML document (text, with an XML declaration)."""
    root = junit_tree(report)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def junit_tree(report: Report) -> ET.Element:
    """The `<testsuites>` element: one suite per rule, one case per rule and subject."""
    by_rule: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for f in report.findings:
        by_rule[f.rule][f.subject].append(f)
    summaries = {rule.id: rule.summary for rule in report.rules}
    order = [rule.id for rule in report.rules] + [r for r in by_rule if r not in summaries]

    root = ET.Element("testsuites", {"name": _clean(f"consistency: {report.project}")})
    total_tests = total_failures = 0
    for rule_id in order:
        subjects = by_rule.get(rule_id, {})
        suite = ET.SubElement(root, "testsuite", {"name": _clean(rule_id)})
        properties = ET.SubElement(suite, "properties")
        for name, value in (
            ("summary", summaries.get(rule_id, "")),
            ("as_of", report.as_of.isoformat()),
            ("run", str(report.run)),
            ("project", report.project),
        ):
            ET.SubElement(properties, "property", {"name": name, "value": _clean(value)})
        tests = failures = 0
        if not subjects:
            ET.SubElement(suite, "testcase", {"classname": _clean(rule_id), "name": NO_FINDINGS, "time": "0"})
            tests = 1
        for subject, findings in subjects.items():
            tests += 1
            failures += _case(suite, rule_id, subject, findings)
        suite.attrib.update({"tests": str(tests), "failures": str(failures), "errors": "0", "skipped": "0", "time": "0"})
        total_tests += tests
        total_failures += failures
    root.attrib.update({"tests": str(total_tests), "failures": str(total_failures), "errors": "0", "time": "0"})
    return root


def _case(suite: ET.Element, rule_id: str, subject: str, findings: list[Finding]) -> int:
    """Add one test case; return 1 if it failed."""
    case = ET.SubElement(suite, "testcase", {"classname": _clean(rule_id), "name": _clean(subject), "time": "0"})
    worst = max(findings, key=lambda f: severity_rank(f.severity))
    body = "\n\n".join(_describe(f) for f in findings)
    if severity_rank(worst.severity) >= severity_rank("warning"):
        message = worst.message if len(findings) == 1 else f"{len(findings)} findings: " + " | ".join(f.message for f in findings)
        failure = ET.SubElement(case, "failure", {"message": _clean(message), "type": worst.severity})
        failure.text = _clean(body)
        return 1
    out = ET.SubElement(case, "system-out")
    out.text = _clean(body)
    return 0


def _describe(f: Finding) -> str:
    lines = [f"{f.severity.upper()} {f.rule}: {f.message}", f"id: {f.id}"]
    for e in f.evidence:
        lines.append(f"  {e.channel}: {e.value}")
        lines.append(f"    {e.url}")
        if e.excerpt and e.excerpt != e.value:
            lines.append(f"    “{e.excerpt}”")
    return "\n".join(lines)


def _clean(text: str) -> str:
    return _FORBIDDEN.sub("", text)
