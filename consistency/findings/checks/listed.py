"""Check type `listed`: an entity one channel lists must be listed by every channel that lists such entities."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from consistency.findings.checks.base import Check, CheckInput, Parameter, evidence_of
from consistency.findings.finding import Evidence, Finding


def _main_list(listed: set[int], channels_of, channel: str) -> str:
    """The document of a channel that lists the most of these entities: where the missing one belongs."""
    counts: dict[str, set[int]] = defaultdict(set)
    for entity_id in listed:
        for fact in channels_of[entity_id][channel]:
            counts[fact.url].add(entity_id)
    return max(sorted(counts), key=lambda url: len(counts[url]))


class Listed(Check):
    """Reports, per entity, each channel that lists entities of its type but not it."""

    name = "listed"
    parameters = {
        "min_listed": Parameter(
            int, 2, "a channel lists entities of a type when it names at least this many of them (a passing mention is not a list)"
        ),
        "pairs": Parameter(
            list, [], "[from, to] channel pairs to check (default: every channel that lists entities of the type)"
        ),
    }

    def run(self, data: CheckInput) -> Iterator[Finding]:
        facts = [f for f in self.facts(data) if data.entities.entity_of(f) is not None]
        channels_of: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        entities = {}
        for fact in facts:
            entity = data.entities.entity_of(fact)
            entities[entity.id] = entity
            channels_of[entity.id][fact.channel].append(fact)
        # Which channels list entities of each type, and how many.
        listing: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for entity_id, by_channel in channels_of.items():
            for channel in by_channel:
                listing[entities[entity_id].type][channel].add(entity_id)
        pairs = {tuple(p) for p in self.p["pairs"]}
        for entity_id, by_channel in sorted(channels_of.items()):
            entity = entities[entity_id]
            for channel, listed in sorted(listing[entity.type].items()):
                if channel in by_channel or len(listed) < self.p["min_listed"]:
                    continue
                if pairs and not any(a in by_channel and b == channel for a, b in pairs):
                    continue
                evidence = [evidence_of(group[0], group[0].value) for group in by_channel.values()]
                others = sorted(entities[i].name for i in listed)
                evidence.append(
                    Evidence(channel=channel, url=_main_list(listed, channels_of, channel), value="not listed",
                             excerpt=f"{channel} lists {len(others)} {entity.type}s: " + "; ".join(others[:8]))
                )
                seen_in = ", ".join(sorted(by_channel))
                message = self.rule.message.format(subject=entity.name, channel=channel, seen_in=seen_in, type=entity.type)
                yield self.finding(entity.name, message, evidence, key=channel)
