"""Check type `agree`: facts of one kind about the same subject must agree across sources."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from consistency.facts import promotions
from consistency.facts.fact import Fact
from consistency.findings.checks.base import Check, CheckInput, Parameter, evidence_of
from consistency.findings.compare import COMPARISONS, disagreeing
from consistency.findings.finding import Finding


class Agree(Check):
    """Groups facts by subject (a matched branch, or one promotion) and reports sources that disagree."""

    name = "agree"
    parameters = {
        "compare": Parameter(str, "hours", "how two sources' values are compared", tuple(COMPARISONS)),
        "group": Parameter(str, "entity", "what must agree: facts about one branch, or about one promotion",
                           ("entity", "promotion")),
        "across": Parameter(str, "source", "compare every page (source) or only different channels", ("source", "channel")),
        "truth": Parameter(str, "", "the channel that is the source of truth; findings then say which side is probably wrong"),
    }

    def run(self, data: CheckInput) -> Iterator[Finding]:
        comparison = COMPARISONS[self.p["compare"]]
        for subject, why, facts in self._groups(data):
            by_source: dict[tuple, list[Fact]] = defaultdict(list)
            for fact in facts:
                source = (fact.channel,) if self.p["across"] == "channel" else (fact.channel, fact.url, fact.origin)
                by_source[source].append(fact)
            if len(by_source) < 2:
                continue
            values = [(source, comparison.value(group)) for source, group in by_source.items()]
            if not disagreeing(values, comparison):
                continue
            evidence: list = []
            # Sources that agree with each other are said once: "faq says X; ivr, website say Y".
            camps: list[tuple[object, str, list[str]]] = []  # (value, shown, who)
            for (source, value) in values:
                group = by_source[source]
                shown = comparison.show(group)
                if not shown:
                    continue
                first = group[0]
                where = first.channel if first.origin == "text" else f"{first.channel} {first.origin}"
                camp = next((c for c in camps if not comparison.differ(c[0], value)), None)
                if camp is None:
                    camps.append((value, shown, [where]))
                else:
                    camp[2].append(where)
                evidence.extend(evidence_of(f, comparison.show([f])) for f in group)
            said = [f"{_who(names)} {'say' if len(names) > 1 else 'says'} {shown}"
                    for _, shown, names in sorted(camps, key=lambda c: len(c[2]))]
            message = self.rule.message.format(subject=subject) + ": " + "; ".join(said)
            truth = self.p["truth"]
            if truth and truth in {source[0] for source in by_source}:
                wrong = sorted({s[0] for s, v in values if comparison.differ(v, _value_of(values, truth))} - {truth})
                if wrong:
                    message += f"; {truth} is the source of truth, so {', '.join(wrong)} is probably wrong"
            if why:
                message += f" (matched as one branch: {why})"
            yield self.finding(subject, message, evidence)

    def _groups(self, data: CheckInput) -> Iterator[tuple[str, str, list[Fact]]]:
        facts = self.facts(data)
        if self.p["group"] == "promotion":
            yield from ((name, "", group) for name, group in _promotion_groups(facts))
            return
        groups: dict[tuple, list[Fact]] = defaultdict(list)
        entities = {}
        for fact in facts:
            entity = data.entities.entity_of(fact)
            if entity is None:
                continue
            entities[entity.id] = entity
            groups[(entity.id, fact.valid_from, fact.valid_to)].append(fact)
        for (entity_id, valid_from, valid_to), group in groups.items():
            entity = entities[entity_id]
            subject = entity.name
            if valid_from or valid_to:
                subject += f" ({_period(valid_from, valid_to)})"
            yield subject, entity.why() if len(entity.mentions) > 1 else "", group


def _who(names: list[str]) -> str:
    """'ivr', or 'website (2 pages), faq' for several sources."""
    counts = defaultdict(int)
    for name in names:
        counts[name] += 1
    return ", ".join(f"{n} ({c} pages)" if c > 1 else n for n, c in counts.items())


def _value_of(values: list[tuple[tuple, object]], channel: str):
    """The value the source-of-truth channel states (its first source)."""
    return next(v for s, v in values if s[0] == channel)


def _period(valid_from, valid_to) -> str:
    if valid_from == valid_to or not valid_to:
        return str(valid_from)
    return f"{valid_from}–{valid_to}"


def _promotion_groups(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """Mentions of one promotion, matched by name; named as the website names it."""
    groups: list[tuple[str, list[Fact]]] = []
    by_key: dict[str, int] = {}
    for fact in facts:
        key = promotions.promotion_key(fact.value)
        index = by_key.get(key)
        if index is None:
            for n, (name, _) in enumerate(groups):
                if promotions.same_promotion(name, fact.value):
                    index = n
                    break
        if index is None:
            groups.append((fact.value, []))
            index = len(groups) - 1
        by_key[key] = index
        groups[index][1].append(fact)
    named = []
    for name, group in groups:
        website = [f.value for f in group if f.channel == "website"]
        named.append(((website or [name])[0], group))
    return named
