"""What the extractors found in a document's units, before anyone decides whom it is about.

The records the reading stage (extract.read_units) hands to attribution and to
the extraction cache (cache.py): the settings a document is read with, each
value found with where it stands in its unit's text, and a unit with all it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from consistency.documents.document import Unit


@dataclass(frozen=True)
class ExtractionSettings:
    """What extraction needs from the config."""

    region: str = "RU"
    city: str | None = None


@dataclass(frozen=True)
class Found:
    """One value an extractor read from a unit, before it is attributed."""

    kind: str
    value: str
    start: int
    end: int
    company: bool = False  # company-wide whatever the text says (a toll-free number)
    valid_from: date | None = None
    valid_to: date | None = None
    discount: str | None = None
    price: str | None = None
    old_price: str | None = None


@dataclass(frozen=True)
class UnitRead:
    """A content unit with what its extractors found."""

    unit: Unit
    found: tuple[Found, ...]

    def values(self, kind: str) -> set[str]:
        return {f.value for f in self.found if f.kind == kind}
