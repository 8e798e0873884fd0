"""From read documents to facts: run every extractor and decide whom each fact is about.

Whom a fact is about, most specific first:
1. a branch named in the same sentence or line ("Магазин на Покровке работает с 10 до 22");
2. a branch named by what the text sits under: a card heading above an
   address, an FAQ question, an IVR menu label;
3. the page's branch, when the page is about one branch (its heading names
   one, or it states exactly one address);
4. otherwise the company as a whole.
Toll-free numbers and everything in boilerplate (header, footer, navigation,
text repeated on many pages) are company-wide and read once per channel.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Iterable, Iterator

from consistency.documents.document import DocumentText, Unit
from consistency.entities.names import PICKUP, SHOP, branch_type, find_branch_names, name_key
from consistency.facts import addresses, emails, hours, phones, promotions
from consistency.facts.fact import BRANCH, COMPANY, Fact

# A unit seen on this many documents of one channel is boilerplate.
REPEATED_ON = 3
_EXCERPT_CHARS = 240
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁ«\"0-9])|\n")
_LAST_WORD = re.compile(r"(\w+)\.$")
_ABBREVIATIONS = {
    "ул", "д", "стр", "корп", "к", "м", "пр", "просп", "пер", "пл", "наб", "ш", "б", "бул", "г", "оф", "кв", "эт",
    "обл", "р", "руб", "тел", "доб", "вн", "им", "св", "ст", "mr", "st", "ave", "rd", "no", "tel", "ext", "бр", "ул",
}
_LIST_CONTEXT = re.compile(r"пункт\w*\s+выдачи|магазин\w*|адрес\w*|филиал\w*|pick-?up|stores?|shops?|branches|locations", re.I)


@dataclass(frozen=True)
class ExtractionSettings:
    """What extraction needs from the config."""

    region: str = "RU"
    city: str | None = None


def document_date(text: DocumentText, as_of: date) -> date:
    """The date a page speaks from, for years it leaves out: Last-Modified over HTTP, else as_of.

    A file's modification time is not used: a fresh clone or copy resets it.
    """
    modified = text.document.last_modified
    if modified and text.document.url.startswith("http"):
        try:
            return min(parsedate_to_datetime(modified).date(), as_of)
        except (TypeError, ValueError):
            pass
    return as_of


def extract_facts(texts: Iterable[DocumentText], *, as_of: date, settings: ExtractionSettings) -> list[Fact]:
    """All facts of a run's documents, attributed and de-duplicated."""
    texts = list(texts)
    repeated = _repeated_units(texts)
    seen_boilerplate: set[tuple[str, str]] = set()
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for text in texts:
        today = document_date(text, as_of)
        for fact in _document_facts(text, today, settings, repeated, seen_boilerplate):
            key = (fact.kind, fact.value, fact.scope, fact.entity, fact.url, fact.origin, fact.valid_from, fact.valid_to)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts


def _unit_key(unit: Unit) -> str:
    return " ".join(unit.text.split()).casefold()


def _repeated_units(texts: list[DocumentText]) -> set[tuple[str, str]]:
    """(channel, text) of units that stand on REPEATED_ON or more documents of a channel."""
    counts: Counter = Counter()
    for text in texts:
        for key in {(text.document.channel, _unit_key(u)) for u in text.units}:
            counts[key] += 1
    return {key for key, n in counts.items() if n >= REPEATED_ON}


def _document_facts(
    text: DocumentText,
    today: date,
    settings: ExtractionSettings,
    repeated: set[tuple[str, str]],
    seen_boilerplate: set[tuple[str, str]],
) -> Iterator[Fact]:
    doc = text.document
    content = []
    for unit in text.units:
        key = (doc.channel, _unit_key(unit))
        if unit.role == "boilerplate" or key in repeated:
            if key in seen_boilerplate:
                continue  # read once per channel: the footer is one statement, not one per page
            seen_boilerplate.add(key)
            yield from _unit_facts(text, unit, today, settings, page_entity=None, cards=set(), company_only=True)
        else:
            content.append(unit)
    page_entity = _page_entity(text, content, settings)
    if page_entity:
        yield _entity_fact(text, page_entity, text.heading or page_entity, _first_line(content), origin="heading")
    cards = set() if page_entity else _cards(text, content, settings)
    for unit in content:
        yield from _unit_facts(text, unit, today, settings, page_entity=page_entity, cards=cards, company_only=False)
    yield from _structured_facts(text, today, settings, page_entity)


def _cards(text: DocumentText, content: list[Unit], settings: ExtractionSettings) -> set[str]:
    """Headings of branch cards on a list page: two or more headed units that each state one address."""
    headed: dict[str, set[str]] = {}
    for unit in content:
        if unit.context and unit.context[-1] != text.heading:
            found = {a.value for a in addresses.find_addresses(unit.text, default_city=settings.city)}
            headed.setdefault(unit.context[-1], set()).update(found)
    cards = {h for h, values in headed.items() if len(values) == 1 and name_key(h)}
    return cards if len(cards) >= 2 else set()


def _first_line(units: list[Unit]) -> str:
    return units[0].text.split("\n")[0][:_EXCERPT_CHARS] if units else ""


def _page_entity(text: DocumentText, content: list[Unit], settings: ExtractionSettings) -> str | None:
    """The branch a whole page is about: its heading names one, or its schema.org data describes one place."""
    heading = text.heading or ""
    if not heading or text.document.format in ("vxml", "twiml", "connect", "ivr-text", "faq"):
        return None
    if _names_branch(heading, settings) and len(_distinct_addresses(content, settings)) <= 1:
        return heading
    places = [item for item in text.structured if _is_place(item)]
    if len(places) == 1 and name_key(heading):
        return heading
    return None


def _names_branch(text: str, settings: ExtractionSettings) -> bool:
    """Whether text names a branch other than the city itself ("магазины в Москве" names none)."""
    return any(_is_branch_place(n.place, settings) for n in find_branch_names(text))


def _is_branch_place(place: str, settings: ExtractionSettings) -> bool:
    key = name_key(place)
    return bool(key) and key not in _city_keys(settings)


def _city_keys(settings: ExtractionSettings) -> set[str]:
    cities = {"москва", "moscow", "санкт-петербург", "петербург", "beograd", "београд", "belgrade", "novi sad"}
    if settings.city:
        cities.add(settings.city)
    return {name_key(c) for c in cities}


_COMPANY_TYPES = ("Organization", "Corporation", "WebSite", "WebPage", "NGO", "OnlineStore", "OnlineBusiness")


def _is_place(item: dict) -> bool:
    """A schema.org item about one physical place: a LocalBusiness subtype with an address."""
    types = item.get("@type") or ""
    types = types if isinstance(types, list) else [types]
    return "address" in item and not any(str(t) in _COMPANY_TYPES for t in types)


def _distinct_addresses(units: list[Unit], settings: ExtractionSettings) -> set[str]:
    values = set()
    for unit in units:
        for found in addresses.find_addresses(unit.text, default_city=settings.city):
            values.add(found.value)
    return values


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences and lines in text; "ул. Бутлерова" and "д. 17" do not end a sentence."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0) != "\n":
            word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _excerpt(text: str, start: int, end: int) -> str:
    """The sentence or line around a span, cut to a readable length around it."""
    for s, e in _sentences(text):
        if s <= start < e or (s < end <= e):
            lo, hi = s, max(e, end)
            break
    else:
        lo, hi = start, end
    if hi - lo > _EXCERPT_CHARS:
        lo = max(lo, start - _EXCERPT_CHARS // 3)
        hi = min(hi, max(end, lo + _EXCERPT_CHARS))
    excerpt = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(text) else "")


class _Attribution:
    """Decides whom each fact in one unit is about."""

    def __init__(self, text: DocumentText, unit: Unit, page_entity: str | None, settings: ExtractionSettings,
                 cards: set[str]):
        self.unit = unit
        self.page_entity = page_entity
        self.names = [n for n in find_branch_names(unit.text) if _is_branch_place(n.place, settings)]
        self.context_entity = self._context_entity(text, unit, settings, cards)
        keys = {name_key(n.place) for n in self.names}
        self.unit_entity = self.names[0].name if len(keys) == 1 else None

    @staticmethod
    def _context_entity(text: DocumentText, unit: Unit, settings: ExtractionSettings, cards: set[str]) -> str | None:
        for label in reversed(unit.context):
            if label == text.heading:
                break
            named = [n for n in find_branch_names(label) if _is_branch_place(n.place, settings)]
            if named:
                return named[0].name
        # A card on a list page: a heading above a unit with one address, among other such cards.
        if unit.context and unit.context[-1] in cards:
            return unit.context[-1]
        return None

    def entity_at(self, start: int) -> str | None:
        for s, e in _sentences(self.unit.text):
            if s <= start < e:
                before = [n for n in self.names if s <= n.start < e and n.start <= start]
                inside = before or [n for n in self.names if s <= n.start < e]
                if len({name_key(n.place) for n in inside}) == 1 or before:
                    return (before or inside)[-1].name
                break
        return self.context_entity or self.unit_entity or self.page_entity


def _unit_facts(
    text: DocumentText,
    unit: Unit,
    today: date,
    settings: ExtractionSettings,
    *,
    page_entity: str | None,
    cards: set[str],
    company_only: bool,
) -> Iterator[Fact]:
    doc = text.document
    body = unit.text
    who = None if company_only else _Attribution(text, unit, page_entity, settings, cards)

    def fact(kind: str, value: str, start: int, end: int, *, company: bool = False, **extra) -> Fact:
        entity = None if (company or who is None) else who.entity_at(start)
        return Fact(
            kind=kind,
            value=value,
            raw=body[start:end],
            excerpt=_excerpt(body, start, end),
            url=doc.url,
            channel=doc.channel,
            scope=BRANCH if entity else COMPANY,
            entity=entity,
            context=unit.context,
            **extra,
        )

    for found in hours.find_opening_hours(body, today=today):
        yield fact("hours", found.value, found.start, found.end, valid_from=found.valid_from, valid_to=found.valid_to)
    for found in phones.find_phones(body, region=settings.region):
        yield fact("phone", found.value, found.start, found.end, company=found.toll_free)
    for found in emails.find_emails(body):
        yield fact("email", found.value, found.start, found.end)
    found_addresses = addresses.find_addresses(body, default_city=settings.city)
    for found in found_addresses:
        yield fact("address", found.value, found.start, found.end)
    for found in promotions.find_promotions(body, title=unit.context[-1] if unit.context else None, today=today):
        yield fact(
            "promotion",
            found.name,
            found.start,
            found.end,
            valid_from=found.valid_from,
            valid_to=found.valid_to,
            discount=str(found.discount) if found.discount else None,
            price=str(found.price) if found.price else None,
            old_price=str(found.old_price) if found.old_price else None,
        )
    if who is not None:
        yield from _entity_mentions(text, unit, who, found_addresses)


def _entity_fact(text: DocumentText, name: str, raw: str, excerpt: str, *, origin: str, context=()) -> Fact:
    return Fact(
        kind="entity",
        value=f"{branch_type(name + ' ' + ' '.join(context))}: {name}",
        raw=raw,
        excerpt=excerpt or raw,
        url=text.document.url,
        channel=text.document.channel,
        scope=BRANCH,
        entity=name,
        context=tuple(context),
        origin=origin,
    )


def _entity_mentions(text: DocumentText, unit: Unit, who: _Attribution, found_addresses) -> Iterator[Fact]:
    """Entity facts: the branches a unit lists or names."""
    if who.context_entity and found_addresses:
        first = found_addresses[0]
        yield _entity_fact(text, who.context_entity, who.context_entity, _excerpt(unit.text, first.start, first.end),
                           origin="text", context=unit.context)
    for named in who.names:
        yield _entity_fact(text, named.name, named.name, _excerpt(unit.text, named.start, named.end),
                           origin="text", context=unit.context)
    # A list of bare addresses under a heading such as "Пункты выдачи": each line is an entity.
    if not who.context_entity and not who.names and len(found_addresses) >= 2:
        label = " ".join(unit.context[-1:])
        kind = PICKUP if branch_type(label) == PICKUP else SHOP
        if _LIST_CONTEXT.search(label) or kind == PICKUP:
            for found in found_addresses:
                name = found.raw
                yield Fact(
                    kind="entity",
                    value=f"{kind}: {name}",
                    raw=found.raw,
                    excerpt=_excerpt(unit.text, found.start, found.end),
                    url=text.document.url,
                    channel=text.document.channel,
                    scope=BRANCH,
                    entity=name,
                    context=unit.context,
                )


def _structured_facts(text: DocumentText, today: date, settings: ExtractionSettings, page_entity: str | None) -> Iterator[Fact]:
    """Facts from schema.org items: LocalBusiness-like places, offers and events."""
    doc = text.document
    for item in text.structured:
        types = item.get("@type") or item.get("type") or ""
        types = " ".join(types) if isinstance(types, list) else str(types)
        name = item.get("name") if isinstance(item.get("name"), str) else None
        if any(t in types for t in ("Offer", "Event", "Sale")):
            for promo in promotions.from_schema_org(item, today=today):
                yield Fact(
                    kind="promotion",
                    value=promo.name,
                    raw=promo.raw,
                    excerpt=promo.raw,
                    url=doc.url,
                    channel=doc.channel,
                    scope=BRANCH if page_entity else COMPANY,
                    entity=page_entity,
                    valid_from=promo.valid_from,
                    valid_to=promo.valid_to,
                    discount=str(promo.discount) if promo.discount else None,
                    price=str(promo.price) if promo.price else None,
                    old_price=str(promo.old_price) if promo.old_price else None,
                    origin="jsonld",
                )
            continue
        if not any(k in item for k in ("address", "telephone", "openingHoursSpecification", "openingHours")):
            continue
        # A place item is about the page's branch (or the branch it names); an Organization is the company.
        entity = (page_entity or name) if _is_place(item) else None

        def fact(kind: str, value: str, raw: str, **extra) -> Fact:
            return Fact(kind=kind, value=value, raw=raw, excerpt=f"schema.org {types}: {raw}", url=doc.url,
                        channel=doc.channel, scope=BRANCH if entity else COMPANY, entity=entity, origin="jsonld", **extra)

        specs = item.get("openingHoursSpecification")
        if specs:
            for found in hours.from_schema_org(specs):
                yield fact("hours", found.value, found.raw, valid_from=found.valid_from, valid_to=found.valid_to)
        plain = item.get("openingHours")
        if plain:
            joined = "; ".join(plain) if isinstance(plain, list) else str(plain)
            try:
                yield fact("hours", hours.canonical_hours(joined), joined)
            except ValueError:
                pass
        phone = item.get("telephone")
        if isinstance(phone, str):
            value = phones.normalise_phone(phone, region=settings.region)
            if value:
                yield fact("phone", value, phone)
        email = item.get("email")
        if isinstance(email, str):
            for found in emails.find_emails(email):
                yield fact("email", found.value, email)
        address = item.get("address")
        raw = _postal_address(address)
        if raw:
            found = addresses.normalise_address(raw, default_city=settings.city)
            if found:
                yield fact("address", found.value, raw)


def _postal_address(address) -> str | None:
    """A schema.org address (text or PostalAddress) as one line of text."""
    if isinstance(address, str):
        return address
    if isinstance(address, dict):
        parts = [address.get(k) for k in ("postalCode", "addressLocality", "streetAddress")]
        return ", ".join(str(p) for p in parts if p)
    return None
