"""GitHub-flavoured Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`.

A title with the project, run and as-of date; a table of findings by
severity; then per subject each finding with an evidence table (channel,
value, where, excerpt with the value in bold; the value that differs from
most sources is marked). Crawled text is untrusted: every
character that is markup in GFM is backslash-escaped, line breaks become
spaces (a table row is one line), and `@name` / `#123` get a word joiner so a
crawled page cannot mention people or link issues from a bot's comment. Links
are made only for http(s) and file URLs, percent-encoded so that a `)` or a
space cannot end them early.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.findings.finding import SEVERITIES, Finding
from consistency.reports.highlight import display_location, link_target, marks, outliers, segments, shorten
from consistency.reports.report import Report

EXCERPT_LIMIT = 300  # characters of an excerpt shown; GitHub caps a comment at 65,536

# Markup anywhere in a line: emphasis, code, links and images, raw HTML,
# tables, strikethrough, entities, math and headings.
_MARKUP = re.compile(r"([\\`*_\[\]<>|~&$#])")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029\x85\x0b\x0c]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # cmark turns NUL into U+FFFD; ESC would reach terminals
# "@someone" and "#12" after a space or at the start: GitHub turns them into a
# mention (a notification) and an issue link even when backslash-escaped.
_MENTION = re.compile(r"(?<![\w.@])([@#])(?=[\w-])")
WORD_JOINER = "\u2060"


def render(report: Report, *, colour: bool = False) -> str:
    """The report as GitHub-flavoured Markdown."""
    counts = report.summary
    lines = [
        f"## consistency: {escape(report.project)}",
        "",
        f"Run {report.run}, as of {report.as_of.isoformat()}.",
        "",
        "| severity | findings |",
        "|---|---:|",
        *(f"| {severity} | {counts[severity]} |" for severity in SEVERITIES),
        "",
    ]
    if not report.findings:
        checked = ", ".join(f"`{r.id}`" for r in report.rules)
        lines.append("No findings: every channel agrees." + (f" Rules checked: {checked}." if checked else ""))
        return "\n".join(lines) + "\n"
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject].append(f)
    for subject, findings in by_subject.items():
        lines += [f"### {escape(subject)}", ""]
        for f in findings:
            lines += _finding(f, report)
    return "\n".join(lines) + "\n"


def _finding(f: Finding, report: Report) -> list[str]:
    lines = [
        f"**{f.severity.upper()}** `{f.rule}` ({escape(f.problem)}): {escape(f.message)}",
        "",
        "| channel | value | where | excerpt |",
        "|---|---|---|---|",
    ]
    odd = outliers(f)
    for n, e in enumerate(f.evidence):
        value = f"**{escape(e.value)}** (differs)" if n in odd else escape(e.value)
        found = marks(e.excerpt, e.value, kind=f.kind, as_of=report.as_of, message=f.message)
        excerpt, found = shorten(e.excerpt, found, EXCERPT_LIMIT)
        shown = "".join(f"**{escape(s.text)}**" if s.marked and s.text.strip() else escape(s.text) for s in segments(excerpt, found))
        lines.append(f"| {escape(e.channel)} | {value} | {link(e.url)} | {shown} |")
    lines.append("")
    return lines


def link(url: str) -> str:
    """A Markdown link to an evidence URL, or the URL as escaped text when it may not be a link."""
    target = link_target(url)
    label = escape(display_location(url))
    if target is None:
        return label
    return f"[{label}]({target})"


def escape(text: str) -> str:
    """Crawled text as inert Markdown: markup characters escaped, one line, no mentions, no control characters."""
    text = _LINE_BREAK.sub(" ", _CONTROL.sub("", text))
    text = _MARKUP.sub(r"\\\1", text)
    return _MENTION.sub(lambda m: m.group(1) + WORD_JOINER, text)
