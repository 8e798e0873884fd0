"""The fact record: one thing a channel tells customers, normalised, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("hours", "address", "phone", "email", "promotion", "price", "entity")

COMPANY = "company"  # scope of a fact about the company as a whole
BRANCH = "branch"  # scope of a fact about one branch or pickup point


@dataclass(frozen=True)
class Fact:
    """A normalised fact read from one place in one document."""

    kind: str  # one of KINDS
    value: str  # normal form, see docs/contract.md section 4 and docs/facts.md
    raw: str  # the exact text the value was read from
    excerpt: str  # the sentence or line around raw, for people
    url: str
    channel: str
    scope: str = COMPANY  # COMPANY or BRANCH
    entity: str | None = None  # the branch it is about, as the source names it
    context: tuple[str, ...] = ()  # headings, FAQ question or IVR menu path
    valid_from: date | None = None
    valid_to: date | None = None
    discount: str | None = None  # promotions: "20%" flat, "up to 30%"
    price: str | None = None  # promotions and prices: "1990 RUB" (new), see docs
    old_price: str | None = None
    origin: str = "text"  # text | jsonld | microdata: where on the page it was read
