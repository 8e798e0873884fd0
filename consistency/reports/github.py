"""GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` annotation per finding.

The runner reads a command only at the start of a line, so everything crawled
is escaped the way the Actions toolkit does it (`%`, CR and LF in the message;
also `:` and `,` in properties): an excerpt saying "::error::" or holding a
line break cannot start a command of its own. Other line separators become
spaces and control characters are dropped, so no viewer of the log sees a
line start that the runner did not. `file` (and `line`, when the
excerpt is found in it) is given only for local files below the working
directory, the only ones GitHub can show in a pull request's diff; of a
contradiction's evidence, the one that differs from most sources is chosen.

GitHub shows at most 10 annotations of each type per step, so errors come
first; the rest still appear in the log.
"""

from __future__ import annotations

import re
from pathlib import Path

from consistency.findings.finding import Finding, severity_rank
from consistency.reports.highlight import SourceFiles, marks, primary_first, relative_path, segments
from consistency.reports.report import Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}

# The runner splits on CR and LF only, but log viewers and editors also break
# lines at these; and an ESC would let a page colour or rewrite the log.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")


def render(report: Report, *, colour: bool = False) -> str:
    """One workflow command line per finding, most severe first."""
    sources = SourceFiles()
    base = Path.cwd()
    findings = sorted(report.findings, key=lambda f: -severity_rank(f.severity))
    lines = [_command(f, report, sources, base) for f in findings]
    return "".join(line + "\n" for line in lines)


def _command(f: Finding, report: Report, sources: SourceFiles, base: Path) -> str:
    properties: list[tuple[str, str]] = []
    for n in primary_first(f):
        e = f.evidence[n]
        relative = relative_path(e.url, base)
        if relative is None:
            continue
        properties.append(("file", relative))
        found = marks(e.excerpt, e.value, kind=f.kind, as_of=report.as_of, message=f.message)
        highlighted = next((s.text for s in segments(e.excerpt, found) if s.marked), "")
        line = sources.line(e.url, e.excerpt, highlighted)
        if line:
            properties.append(("line", str(line)))
        break
    properties.append(("title", f"{f.rule}: {f.subject}"))
    text = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{COMMANDS.get(f.severity, 'warning')} {text}::{escape_data(_message(f))}"


def _message(f: Finding) -> str:
    lines = [f.message]
    for e in f.evidence:
        lines.append(f"{e.channel}: {e.value} — {e.url}")
    return "\n".join(lines)


def escape_data(text: str) -> str:
    """Escape a command's message: %, CR and LF; other line breaks become spaces, control characters go."""
    text = _OTHER_BREAKS.sub(" ", _CONTROL.sub("", text))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property's value: as data, and also : and ,."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
