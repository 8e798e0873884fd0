"""What changed between two checks: findings that are new, resolved, or still open (by finding id)."""

from __future__ import annotations

from dataclasses import dataclass

from consistency.findings.finding import Finding


@dataclass(frozen=True)
class FindingsDiff:
    """Findings of a later check compared with an earlier one."""

    before: int  # run
    after: int
    new: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    still_open: tuple[Finding, ...]


def diff_findings(before: list[Finding], after: list[Finding], *, before_run: int, after_run: int) -> FindingsDiff:
    """New: in after only; resolved: in before only; still open: in both (as after states them)."""
    before_ids = {f.id for f in before}
    after_ids = {f.id for f in after}
    return FindingsDiff(
        before=before_run,
        after=after_run,
        new=tuple(f for f in after if f.id not in before_ids),
        resolved=tuple(f for f in before if f.id not in after_ids),
        still_open=tuple(f for f in after if f.id in before_ids),
    )
