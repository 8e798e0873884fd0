"""The finding record: one problem a rule found, with the evidence it rests on."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

SEVERITIES = ("error", "warning", "info")
PROBLEMS = ("contradiction", "stale", "missing")


@dataclass(frozen=True)
class Evidence:
    """One place a finding rests on: the channel, the absolute URL and the exact text."""

    channel: str
    url: str
    value: str
    excerpt: str


@dataclass(frozen=True)
class Finding:
    """A problem with the company's content, as reported to users."""

    rule: str
    kind: str
    problem: str
    severity: str
    subject: str
    message: str
    evidence: tuple[Evidence, ...]
    key: str = ""  # what identifies the problem beyond rule and subject, e.g. the missing channel

    @property
    def id(self) -> str:
        """Stable across runs for the same problem: rule, subject and the sources it rests on.

        Values are left out on purpose, so a contradiction whose wording changes
        is still the same finding for baselines and "new since last night".
        """
        sources = sorted({(e.channel, e.url) for e in self.evidence})
        text = "\x1f".join([self.rule, self.subject.casefold(), self.key, *("\x1e".join(s) for s in sources)])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def with_severity(self, severity: str) -> "Finding":
        return Finding(self.rule, self.kind, self.problem, severity, self.subject, self.message, self.evidence, self.key)


def severity_rank(severity: str) -> int:
    """error > warning > info; higher is worse."""
    return {"info": 1, "warning": 2, "error": 3}.get(severity, 0)
