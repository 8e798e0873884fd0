"""How two sources' statements of one kind are compared: one comparison per kind.

Each comparison folds one source's facts into a value and says whether two
such values disagree. They are lenient where wording varies and strict where
customers would be misled: hours compare day by day on the days both sources
state, so "Пн–Пт 9–21" does not contradict a full week that agrees on those
days; phones, emails and prices disagree only when two sources share none.
"""

from __future__ import annotations

from typing import Any, Iterable

from consistency.facts import addresses, hours
from consistency.facts.fact import Fact

DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


class Comparison:
    """Folds a source's facts into one value and compares two such values."""

    def value(self, facts: list[Fact]) -> Any:
        return frozenset(f.value for f in facts)

    def differ(self, a: Any, b: Any) -> bool:
        return bool(a) and bool(b) and not (a & b)

    def show(self, facts: list[Fact]) -> str:
        return ", ".join(dict.fromkeys(f.value for f in facts))


class HoursComparison(Comparison):
    """Weekly schedules agree when every day both state has the same intervals."""

    def value(self, facts: list[Fact]) -> Any:
        week: dict[str, tuple] = {}
        for fact in facts:
            if fact.valid_from or fact.valid_to:
                return _special_value(fact)
            try:
                week.update(hours.week_of(fact.value))
            except ValueError:
                continue
        return week

    def differ(self, a: Any, b: Any) -> bool:
        if isinstance(a, str) or isinstance(b, str):
            return a != b
        return any(a[d] != b[d] for d in DAYS if d in a and d in b)


def _special_value(fact: Fact) -> str:
    """A special day's hours without its date part (the date is already the group)."""
    return fact.value.rsplit(" ", 1)[-1]


class AddressComparison(Comparison):
    """Addresses agree when some address of one source is the same place as one of the other's."""

    def value(self, facts: list[Fact]) -> Any:
        parsed = []
        for fact in facts:
            found = addresses.normalise_address(fact.value)
            if found:
                parsed.append(found)
        return tuple(parsed)

    def differ(self, a: Any, b: Any) -> bool:
        return bool(a) and bool(b) and not any(addresses.same_address(x, y) for x in a for y in b)


class FieldComparison(Comparison):
    """Compares one field of promotion or price facts: disagree when two sources share no value."""

    def __init__(self, field: str):
        self.field = field

    def value(self, facts: list[Fact]) -> Any:
        return frozenset(str(getattr(f, self.field)) for f in facts if getattr(f, self.field) is not None)

    def show(self, facts: list[Fact]) -> str:
        values = [str(getattr(f, self.field)) for f in facts if getattr(f, self.field) is not None]
        return ", ".join(dict.fromkeys(values))


COMPARISONS: dict[str, Comparison] = {
    "hours": HoursComparison(),
    "address": AddressComparison(),
    "phone": Comparison(),
    "email": Comparison(),
    "price": FieldComparison("price"),
    "promotion-period": FieldComparison("valid_to"),
    "promotion-discount": FieldComparison("discount"),
}


def disagreeing(values: Iterable[tuple[Any, Any]], comparison: Comparison) -> bool:
    """Whether any two of (source, value) pairs disagree.

    Only distinct values are compared: a promotion stated alike on 2,500 pages
    is one value, not three million pairs.
    """
    distinct = list({_hashable(v): v for _, v in values}.values())
    return any(comparison.differ(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:])


def _hashable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return value
