"""Entity matching: which mentions on which pages and channels are the same branch.

A mention is one (channel, page, name) that facts are attributed to. Two
mentions are the same branch when their names share their distinctive core
("магазина на Покровке" ~ "Магазин на Покровке" ~ "Pokrovka store") or when
they state the same address. Candidates come from blocking on name stems and
street keys, so the cost grows with the number of mentions, not its square.
Two different names on one page are never merged: a page that lists both is
the best evidence there are two branches (two shops on one street, a shop and
the head office).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from consistency.facts.branch_names import PICKUP, SHOP, branch_type, find_branch_names, name_key
from consistency.facts import addresses
from consistency.facts.fact import BRANCH, Fact

# Names whose stem sets score at least this (rapidfuzz token_set_ratio) are the same branch.
NAME_THRESHOLD = 90.0
# Channels whose names are the most authoritative display names, most first.
_DISPLAY_ORDER = ("website", "branch", "faq")


@dataclass(frozen=True)
class Mention:
    """One name a page uses for a branch."""

    channel: str
    url: str
    name: str


@dataclass
class Entity:
    """A branch or pickup point as matched across channels."""

    id: int
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why mentions were taken to be this entity

    @property
    def channels(self) -> set[str]:
        return {m.channel for m in self.mentions}

    def why(self) -> str:
        """One line saying why the sources were taken to be the same entity."""
        kinds = []
        if any(r.startswith("same address") for r in self.reasons):
            kinds.append(next(r for r in self.reasons if r.startswith("same address")))
        names = sorted({m.name for m in self.mentions})
        if len(names) > 1 or any(not r.startswith("same address") for r in self.reasons):
            kinds.append("named " + " / ".join(f"“{n}”" for n in names[:4]) + (" …" if len(names) > 4 else ""))
        return "; ".join(kinds) or "named the same way"


class EntityIndex:
    """Matched entities, and the entity behind each fact."""

    def __init__(self, entities: list[Entity], by_mention: dict[Mention, Entity]):
        self.entities = entities
        self._by_mention = by_mention

    def entity_of(self, fact: Fact) -> Entity | None:
        if fact.scope != BRANCH or not fact.entity:
            return None
        return self._by_mention.get(Mention(fact.channel, fact.url, fact.entity))


class _Clusters:
    """Union-find over mentions that refuses to join two names stated on one page."""

    def __init__(self, mentions: list[Mention]):
        self.parent = list(range(len(mentions)))
        self.pages: list[set[tuple[str, str]]] = [{(m.url, name_key(m.name))} for m in mentions]
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, reason: str) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        urls_a = defaultdict(set)
        for url, key in self.pages[a]:
            urls_a[url].add(key)
        for url, key in self.pages[b]:
            if url in urls_a and key not in urls_a[url]:
                return False  # one page names both: two different branches
        self.parent[b] = a
        self.pages[a] |= self.pages[b]
        self.reasons[a] += self.reasons.pop(b, []) + [reason]
        return True


def match_entities(
    facts: list[Fact],
    *,
    name_threshold: float = NAME_THRESHOLD,
    street_threshold: float = addresses.STREET_MATCH_THRESHOLD,
) -> EntityIndex:
    """Group the branch mentions of a run's facts into entities (thresholds: rapidfuzz scores, 0-100)."""
    mentions: list[Mention] = []
    index_of: dict[Mention, int] = {}
    addresses_of: dict[int, list[str]] = defaultdict(list)
    types_of: dict[int, Counter] = defaultdict(Counter)
    headings: set[Mention] = set()  # mentions that are a branch page's own heading
    for f in facts:
        if f.scope != BRANCH or not f.entity:
            continue
        m = Mention(f.channel, f.url, f.entity)
        if m not in index_of:
            index_of[m] = len(mentions)
            mentions.append(m)
        i = index_of[m]
        if f.kind == "address":
            addresses_of[i].append(f.value)
        if f.kind == "entity":
            types_of[i][f.value.split(":", 1)[0]] += 1
            if f.origin == "heading":
                headings.add(m)

    clusters = _Clusters(mentions)
    keys = [name_key(m.name) for m in mentions]

    # 1. Same address: the strongest evidence.
    by_street: dict[str, list[tuple[int, addresses.Address]]] = defaultdict(list)
    for i, values in addresses_of.items():
        for value in set(values):
            parsed = addresses.normalise_address(value)
            if parsed:
                by_street[addresses.blocking_key(parsed)].append((i, parsed))
    for block in by_street.values():
        for n, (i, a) in enumerate(block):
            for j, b in block[n + 1:]:
                if i != j and addresses.same_address(a, b, threshold=street_threshold):
                    clusters.union(i, j, f"same address ({a.value})")

    # 2. Same distinctive name: exact key first, then fuzzy within blocks sharing a stem.
    by_key: dict[str, list[int]] = defaultdict(list)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            by_key[key].append(i)
            for s in key.split():
                by_stem[s].append(i)
    for key, members in by_key.items():
        for j in members[1:]:
            clusters.union(members[0], j, f"same name ({mentions[members[0]].name} ~ {mentions[j].name})")
    for stem_members in by_stem.values():
        for n, i in enumerate(stem_members):
            for j in stem_members[n + 1:]:
                if keys[i] != keys[j] and names_match(keys[i], keys[j], name_threshold):
                    clusters.union(i, j, f"similar names ({mentions[i].name} ~ {mentions[j].name})")

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[clusters.find(i)].append(i)
    entities: list[Entity] = []
    by_mention: dict[Mention, Entity] = {}
    for root, members in sorted(groups.items(), key=lambda g: min(g[1])):
        member_mentions = [mentions[i] for i in members]
        type_votes = Counter()
        for i in members:
            type_votes.update(types_of[i])
        entity = Entity(
            id=len(entities) + 1,
            name=_display_name(member_mentions, headings),
            type=type_votes.most_common(1)[0][0] if type_votes else branch_type(" ".join(m.name for m in member_mentions)),
            mentions=member_mentions,
            addresses=sorted({a for i in members for a in addresses_of[i]}),
            reasons=clusters.reasons.get(root, []),
        )
        entities.append(entity)
        for m in member_mentions:
            by_mention[m] = entity
    return EntityIndex(entities, by_mention)


def names_match(a: str, b: str, threshold: float = NAME_THRESHOLD) -> bool:
    """Whether two name keys (`name_key`) name the same branch: one's stems within the other's, or nearly equal."""
    sa, sb = set(a.split()), set(b.split())
    if sa <= sb or sb <= sa:
        return True
    return fuzz.token_set_ratio(a, b) >= threshold


def _display_name(mentions: list[Mention], headings: set[Mention]) -> str:
    """The name users know the branch by: its own page's heading, else the website's wording."""
    def rank(m: Mention) -> tuple:
        channel = _DISPLAY_ORDER.index(m.channel) if m.channel in _DISPLAY_ORDER else len(_DISPLAY_ORDER)
        full = bool(find_branch_names(m.name))  # "Магазин на Соколе" over a menu label "Сокол"
        return (m not in headings, channel, not full, not m.name[:1].isupper(), len(m.name), m.name)
    return sorted(mentions, key=rank)[0].name


__all__ = ["Entity", "EntityIndex", "Mention", "match_entities", "PICKUP", "SHOP"]
