"""Check type `expired`: a dated fact must not be past its end as of --as-of."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from typing import Iterator

from consistency.facts.fact import Fact
from consistency.findings.checks.agree import _promotion_groups
from consistency.findings.checks.base import Check, CheckInput, Parameter, evidence_of
from consistency.findings.finding import Finding


class Expired(Check):
    """Reports each channel that still states a fact whose validity ended before as-of."""

    name = "expired"
    parameters = {
        "grace_days": Parameter(int, 0, "days after the end date before the fact counts as stale"),
        "max_age_days": Parameter(int, 0, "for dated claims without an end (a \"new\" label): stale this many days "
                                          "after their date; 0 uses the end date"),
        "origin": Parameter(str, "", "only facts read this way (e.g. \"new-label\"); empty: all"),
        "archive_words": Parameter(
            list,
            ["архив", "прошедшие", "завершенные", "завершённые", "archive", "past promotions", "ended", "arhiva"],
            "words in a fact's headings or text that mark an archive, where ended facts belong",
        ),
    }

    def run(self, data: CheckInput) -> Iterator[Finding]:
        cutoff = data.as_of - timedelta(days=self.p["grace_days"])
        archive = re.compile("|".join(re.escape(w) for w in self.p["archive_words"]), re.I) if self.p["archive_words"] else None
        max_age = self.p["max_age_days"]

        def ends(fact):
            if max_age:
                return fact.valid_from + timedelta(days=max_age) if fact.valid_from else None
            return fact.valid_to

        stale = [
            f
            for f in self.facts(data)
            if (not self.p["origin"] or f.origin == self.p["origin"])
            and ends(f) is not None
            and ends(f) < cutoff
            and not (archive and archive.search(" ".join(f.context) + " " + f.excerpt))
        ]
        groups = (_promotion_groups(stale) if self.rule.kind == "promotion"
                  else [(f.entity or f.value, [f]) for f in stale])
        for name, facts in groups:
            by_channel: dict[str, list[Fact]] = defaultdict(list)
            for fact in facts:
                by_channel[fact.channel].append(fact)
            for channel, group in sorted(by_channel.items()):
                ended = max(ends(f) for f in group)
                since = min((f.valid_from for f in group if f.valid_from), default=None)
                message = self.rule.message.format(**self.p, subject=name, channel=channel, ended=ended.isoformat(),
                                                   since=since.isoformat() if since else "")
                yield self.finding(name, message, [evidence_of(f) for f in group], key=channel)
