"""The check types rules are built from; each rule file names one of these."""

from consistency.findings.checks.agree import Agree
from consistency.findings.checks.base import Check, CheckInput
from consistency.findings.checks.expired import Expired
from consistency.findings.checks.fresh import Fresh
from consistency.findings.checks.gone import Gone
from consistency.findings.checks.listed import Listed

CHECKS: dict[str, type[Check]] = {cls.name: cls for cls in (Agree, Expired, Listed, Fresh, Gone)}

__all__ = ["CHECKS", "Check", "CheckInput"]
