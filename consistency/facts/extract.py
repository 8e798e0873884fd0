"""From read documents to facts: run every extractor over every unit, then attribute and assemble the facts.

Two stages. read_units reads one document on its own: every extractor over
every unit, as of the page's date (cached by cache.py). facts_of_reads then
works across a run's documents: which units are boilerplate, which branches
each page's layout names (page_branch.py, sections.py, news.py, brand.py), whom
each fact is about (attribution.py), and the Fact records, schema.org facts
included.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Protocol, Sequence

from consistency import __version__
from consistency.documents.document import Document, DocumentText, Unit
from consistency.documents.html import is_day_label
from consistency.facts import addresses, emails, hours, phones, promotions
from consistency.facts.attribution import COMPANY_CUE, Attribution, Spans, asked_place, sentence_spans
from consistency.facts.branch_names import PICKUP, SHOP, branch_type, find_type_words, may_be_plural_type, name_key
from consistency.facts.brand import Brand, brand_of, page_brands
from consistency.facts.dates import find_dates
from consistency.facts.fact import BRANCH, COMPANY, Fact
from consistency.facts.found import ExtractionSettings, Found, UnitRead
from consistency.facts.naming import (
    IVR_FORMATS, SHORT_NAME_WORDS, KnownNames, cached_names, is_branch, is_field_label, is_proper_name, label_key,
    menu_branches, menu_known, names_a_day,
)
from consistency.facts.news import news_topics
from consistency.facts.page_branch import (
    COMPANY_TYPES, is_place, lists_others, names_company, page_branch, without_company,
)
from consistency.facts.sections import context_entity, menu_options, repeats, section_entities


# A unit seen on this many documents of one channel is boilerplate.
REPEATED_ON = 3
# The most characters of a fact's excerpt, the sentence or line around it.
_EXCERPT_CHARS = 240
# A heading over a list of branches: each address listed under it with no name stands for a branch.
_LIST_CONTEXT = re.compile(
    r"пункт\w*\s+выдачи|магазин\w*|адрес\w*|филиал\w*|pick-?up|stores?|shops?|branches|locations", re.I
)
# Mailboxes of a role, not of a place (RFC 2142 and their Russian and Serbian kin): the company's.
_ROLE_MAILBOXES = frozenset(
    "info hello hi contact contacts office mail post support help helpdesk service sales wholesale billing accounts "
    "accounting press media pr hr jobs careers feedback order orders shop store booking appointments members "
    "membership refills noreply no-reply admin webmaster postmaster marketing partners partner b2b corp clients "
    "client customers customer care zakaz zakazy order podderzhka pochta kadry buh otzyv otzyvy privet kontakt "
    "kontakti podrska porudzbine porudzbina veleprodaja prodaja reklama servis upis admissions enrollment".split()
)


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A fingerprint of the code that reads documents and facts: stored facts read by other code are read again."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for folder in ("documents", "facts"):
        for source in sorted((package / folder).glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def document_date(text: DocumentText, as_of: date) -> date:
    """The date a page speaks from, for years it leaves out: see page_date."""
    return page_date(text.document, as_of)


def page_date(document: Document, as_of: date) -> date:
    """The date a page speaks from, for years it leaves out: Last-Modified over HTTP, else as_of.

    A file's modification time is not used: a fresh clone or copy resets it.
    So a page without Last-Modified is read again when as_of moves, while one
    with it (not after as_of) reads the same whatever as_of is: the
    extraction cache keys a document's reading by this date, never by as_of.
    """
    modified = document.last_modified
    if modified and document.url.startswith("http"):
        try:
            return min(parsedate_to_datetime(modified).date(), as_of)
        except (TypeError, ValueError):
            pass
    return as_of


def extract_facts(texts: Iterable[DocumentText], *, as_of: date, settings: ExtractionSettings) -> list[Fact]:
    """All facts of a run's documents, attributed and de-duplicated.

    Two passes: the first reads every document and finds the branches its
    layout names (branch pages, cards, table rows, menu items), so that the
    second can tell that "Downtown: Mon–Fri 8–5" in an FAQ answer is about the
    branch the locations page calls "BrightSmile Downtown".
    """
    return facts_of_reads([read_units(text, document_date(text, as_of), settings) for text in texts], settings)


@dataclass(frozen=True)
class DocumentRead:
    """A document read on its own, before anything across documents is decided: its units, each with what every
    extractor found in it, read as of the page's date.

    A pure function of the document's body, URL, format, content type and title, the page date, the settings and
    extraction_version(): what the extraction cache keeps (consistency/facts/cache.py). `key` names those inputs
    when the read may be cached; `text.document` may carry no body (the cache keeps none: facts never need it).
    """

    text: DocumentText
    today: date
    reads: tuple[UnitRead, ...]  # one per unit of text.units, in order
    key: str | None = None
    # None: read as of `today` throughout (a page dated by its server). Else the page's date is as_of itself and
    # moves with it: the units whose reading needed the date; the others read the same on any date (read_units).
    needs_date: tuple[int, ...] | None = None


def read_units(text: DocumentText, today: date, settings: ExtractionSettings, *, key: str | None = None,
               any_day: bool = False) -> DocumentRead:
    """The per-document stage: every extractor over every unit (boilerplate too: which units are boilerplate is
    decided across documents). Units repeated across pages (header, menu, footer) are read once per process.

    With any_day (a page whose date is as_of itself, see page_date_moves), each unit is first read without a
    date: a unit whose reading never asks for it reads the same on every date, and only the others (listed in
    `needs_date`) are read again when as_of moves.
    """
    reads = []
    needs_date = []
    for index, unit in enumerate(text.units):
        unit_settings = _section_settings(unit, settings)
        found = _found_any_day(unit.text, unit.context, unit.columns, unit.role, unit_settings) if any_day else None
        if found is None:
            found = _found_in(unit.text, unit.context, unit.columns, unit.role, today, unit_settings)
            needs_date.append(index)
        reads.append(UnitRead(unit, found))
    return DocumentRead(text, today, tuple(reads), key, tuple(needs_date) if any_day else None)


def read_on(read: DocumentRead, today: date, settings: ExtractionSettings, *, key: str | None = None) -> DocumentRead:
    """A read of a page whose date moves (read_units with any_day), on another date: only the units that needed
    the date are read again."""
    reads = list(read.reads)
    for index in read.needs_date or ():
        unit = reads[index].unit
        reads[index] = UnitRead(unit, _found_in(unit.text, unit.context, unit.columns, unit.role, today, _section_settings(unit, settings)))
    return replace(read, today=today, reads=tuple(reads), key=key)


def page_date_moves(document: Document, as_of: date) -> bool:
    """Whether a page's date is as_of itself for want of a Last-Modified not after it: its reading may change
    with as_of. (One modified on as_of is dated by its server: a later as_of gives it the same date.)"""
    return page_date(document, as_of) == as_of and page_date(document, date.max) != as_of


class _DayNeeded(BaseException):
    """Raised by ANY_DAY when a reading asks for the date. A BaseException, so no `except Exception` swallows it."""


class _AnyDay:
    """Stands for the page date in a reading that may not need one: any use of it but its truth (comparing,
    adding, hashing, its year, printing it, isinstance) raises _DayNeeded. A result computed without that holds
    for every date. Not a date, so code written in C cannot read it silently either: it raises TypeError."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return True  # `today or date.today()`: every date is true

    def _needed(self, *args, **kwargs):
        raise _DayNeeded()

    __getattribute__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _needed
    __add__ = __radd__ = __sub__ = __rsub__ = __str__ = __repr__ = __format__ = __reduce__ = __reduce_ex__ = _needed
    __int__ = __index__ = __iter__ = __len__ = __getitem__ = __contains__ = __call__ = __copy__ = _needed
    __deepcopy__ = _needed


ANY_DAY = _AnyDay()


def _any_day_result(compute):
    """compute() with ANY_DAY for the date: its result, or None when it needed the date (or kept ANY_DAY in it)."""
    try:
        result = compute()
    except (_DayNeeded, TypeError):  # TypeError: a date function written in C got ANY_DAY
        return None
    for item in result:
        if item.valid_from is ANY_DAY or item.valid_to is ANY_DAY:
            return None
    return result


@lru_cache(maxsize=4096)
def _found_any_day(body: str, context: tuple[str, ...], columns: tuple[str, ...], role: str,
                   settings: ExtractionSettings) -> tuple[Found, ...] | None:
    """What _read_unit finds on every date alike, or None when what it finds depends on the date."""
    return _any_day_result(lambda: _read_unit(Unit(body, context, role, columns=columns), ANY_DAY, settings).found)


def _section_settings(unit: Unit, settings: ExtractionSettings) -> ExtractionSettings:
    """The settings a unit is read with: under a heading naming a city ("Челябинск", "Pobočke u Novom Sadu"), that
    city is the one addresses leave out, not the config's."""
    for label in reversed(unit.context):
        city = addresses.city_of_section(label)
        if city and settings.region == "US" and city.isascii():
            # an American page's "Belgrade" is Belgrade, Montana: a town in its normal form (lower case) is kept
            # as written, not mapped to the Serbian capital's
            return replace(settings, city=city.casefold())
        if city:
            return replace(settings, city=city)
    return settings


@lru_cache(maxsize=4096)
def _found_in(body: str, context: tuple[str, ...], columns: tuple[str, ...], role: str, today: date,
              settings: ExtractionSettings) -> tuple[Found, ...]:
    """What _read_unit finds, by everything it depends on: a unit's text, its headings, its role, the date, the
    settings."""
    return _read_unit(Unit(body, context, role, columns=columns), today, settings).found


class PageCache(Protocol):
    """Where facts_of_reads keeps each page's layout and facts between runs (consistency/facts/cache.py).

    A page's layout (its branch, its sections' branches) depends on its read and on which of its units are
    boilerplate; its facts on those and on the branches the whole run names (`known`). The keys hold exactly that.
    """

    def layouts(self, keys: list[str]) -> dict[str, tuple[str | None, tuple[str | None, ...]]]: ...
    def keep_layout(self, key: str, layout: tuple[str | None, tuple[str | None, ...]]) -> None: ...
    def facts(self, keys: list[str]) -> dict[str, list[Fact]]: ...
    def keep_facts(self, key: str, facts: list[Fact]) -> None: ...
    def facts_used(self, keys: list[str | None]) -> None: ...  # each page's, in order (None: not cacheable)


def facts_of_reads(
    reads: Iterable[DocumentRead], settings: ExtractionSettings, *, cache: PageCache | None = None
) -> list[Fact]:
    """The cross-document stage: boilerplate (units repeated across a channel's pages), the branches the run's
    layout names, then each page's facts, attributed and de-duplicated.

    With a cache, a page whose read has a key takes its layout and facts from it when their inputs are unchanged.
    """
    reads = list(reads)
    unit_keys = [[_unit_key(u) for u in r.text.units] for r in reads]
    repeated = _repeated_units([r.text for r in reads], unit_keys)
    # boilerplate is read on the first page that shows it in URL order, not fetch order: two crawls that fetch in
    # another order (several processes, a slow server) give its facts the same page
    seen_boilerplate: set[tuple[str, str]] = set()
    roles = [""] * len(reads)
    for i in sorted(range(len(reads)), key=lambda i: (reads[i].text.document.url, i)):
        roles[i] = _unit_roles(reads[i].text, unit_keys[i], repeated, seen_boilerplate)
    keys = [_page_key("layout", r.key, r.text.document, role) if cache is not None and r.key else None
            for r, role in zip(reads, roles)]
    cached = cache.layouts([k for k in keys if k]) if cache is not None else {}
    pages: list[_LaidOut] = []
    for read, role, key in zip(reads, roles, keys):
        layout = cached.get(key) if key else None
        page = None
        if layout is None:
            page = _read_page(read, role, settings)
            layout = (page.page_entity, page.sections)
            if key:
                cache.keep_layout(key, layout)
        pages.append(_LaidOut(read, role, key, layout, page))
    # sorted: which of two names for one branch is kept must not depend on the order pages were fetched in
    names = sorted({name for p in pages for name in (p.layout[0], *p.layout[1]) if name}
                   | {name for r in reads if r.text.document.format in IVR_FORMATS for name in menu_options(r.text)})
    known = KnownNames(names)
    known_key = hashlib.sha256("\n".join(names).encode()).hexdigest() if cache is not None else ""
    # a page dated by its server has its date in its read's key; one whose date is as_of keeps facts that need
    # no date under a key without one (see read_units' any_day), and the others under one with the date
    facts_keys = [
        (None, None) if not p.key
        else (None, _page_key("facts", p.key, known_key)) if p.read.needs_date is None
        else (_page_key("facts", p.key, known_key, "any day"), _page_key("facts", p.key, known_key, p.read.today))
        for p in pages
    ]
    cached_facts = cache.facts([k for pair in facts_keys for k in pair if k]) if cache is not None else {}
    facts: list[Fact] = []
    seen: set[tuple] = set()
    used: list[str | None] = []
    for p, (any_day_key, key) in zip(pages, facts_keys):
        page_facts = cached_facts.get(any_day_key) if any_day_key else None
        if page_facts is not None:
            key = any_day_key
        else:
            page_facts = cached_facts.get(key) if key else None
        if page_facts is None:
            page = p.page or _read_page(p.read, p.roles, settings, layout=p.layout)
            if any_day_key:
                page_facts = _any_day_result(lambda: list(_page_facts(replace(page, today=ANY_DAY), settings, known)))
                if page_facts is not None:
                    key = any_day_key
            if page_facts is None:
                page_facts = list(_page_facts(page, settings, known))
            if key:
                cache.keep_facts(key, page_facts)
        used.append(key)
        for fact in page_facts:
            fact_key = (fact.kind, fact.value, fact.scope, fact.entity, fact.url, fact.origin, fact.valid_from,
                        fact.valid_to)
            if fact_key not in seen:
                seen.add(fact_key)
                facts.append(fact)
    if cache is not None:
        cache.facts_used(used)
    return facts


@dataclass(frozen=True)
class _LaidOut:
    """A page in facts_of_reads: its read, the role of each unit, its layout, and the page if it had to be built."""

    read: DocumentRead
    roles: str
    key: str | None
    layout: tuple[str | None, tuple[str | None, ...]]
    page: _Page | None


def _page_key(kind: str, *parts) -> str:
    """A cache key: the kind, then every input (a Document counts by the fields that reach facts)."""
    out = [kind]
    for part in parts:
        if isinstance(part, Document):
            out += [part.url, part.channel, str(part.source), part.format, part.title or "", part.language or "",
                    part.last_modified or ""]
        else:
            out.append(str(part))
    return hashlib.sha256("\x1f".join(out).encode()).hexdigest()


# The role of each unit of a page in facts_of_reads: content, boilerplate read here, boilerplate read on another page.
_CONTENT, _BOILERPLATE, _SEEN = "c", "b", "s"


def _unit_roles(text: DocumentText, unit_keys: list[str], repeated: set[tuple[str, str]],
                seen_boilerplate: set[tuple[str, str]]) -> str:
    channel = text.document.channel
    roles = []
    for unit, unit_key in zip(text.units, unit_keys):
        key = (channel, unit_key)
        if unit.role == "boilerplate" or key in repeated:
            if key in seen_boilerplate:  # read once per channel: the footer is one statement, not one per page
                roles.append(_SEEN)
            else:
                seen_boilerplate.add(key)
                roles.append(_BOILERPLATE)
        else:
            roles.append(_CONTENT)
    return "".join(roles)


def _unit_key(unit: Unit) -> str:
    return " ".join(unit.text.split()).casefold()


def _repeated_units(texts: list[DocumentText], unit_keys: list[list[str]]) -> set[tuple[str, str]]:
    """(channel, text) of units that stand on REPEATED_ON or more documents and on most documents of a channel.

    Both conditions, because a chain's shop pages share a few schedules: the
    same "Пн–Вс 10:00–22:00" on 400 of 2,000 shop pages is each shop's own
    statement, while a header, footer or banner stands on nearly every page.
    `unit_keys` holds each text's units' _unit_key, in order.
    """
    counts: Counter = Counter()
    documents: Counter = Counter()
    for text, keys in zip(texts, unit_keys):
        documents[text.document.channel] += 1
        for key in {(text.document.channel, k) for k in keys}:
            counts[key] += 1
    return {key for key, n in counts.items() if n >= REPEATED_ON and n * 2 > documents[key[0]]}


def _read_unit(unit: Unit, today: date, settings: ExtractionSettings) -> UnitRead:
    """Everything the extractors find in one unit, in the order facts are emitted.

    Depends on the unit's text and headings only (and today, settings): read_units memoizes it by them.
    """
    body = unit.text
    found: list[Found] = []
    read_hours = hours.find_opening_hours(body, today=today, headings=unit.context)
    asked = _asked_days_hours(unit, today)
    if asked:
        # the answer read with the asked days may join what it says of other days into one week ("Yes, 10 am to 1
        # pm. On weekdays Belmont is open 3–8 pm.": "Mo-Fr 15:00-20:00; Sa 10:00-13:00"), which replaces them
        read_hours = [h for h in read_hours if not any(a.start <= h.start and h.end <= a.end for a in asked)]
        read_hours += [a for a in asked if not any(h.start < a.end and a.start < h.end for h in read_hours)]
    for f in sorted(read_hours, key=lambda f: f.start):
        found.append(Found("hours", f.value, f.start, f.end, valid_from=f.valid_from, valid_to=f.valid_to))
    for f in phones.find_phones(body, region=settings.region):
        found.append(Found("phone", f.value, f.start, f.end, company=f.toll_free))
    for f in emails.find_emails(body):
        found.append(Found("email", f.value, f.start, f.end, company=_is_role_mailbox(f.value)))
    for f in addresses.find_addresses(body, default_city=settings.city):
        found.append(Found("address", f.value, f.start, f.end))
    if not any(f.kind == "address" for f in found):
        found += _street_where_named(unit, settings)
    for f in promotions.find_promotions(body, title=_promotion_title(unit), today=today, cells=bool(unit.columns)):
        found.append(Found(
            "promotion", f.name, f.start, f.end, valid_from=f.valid_from, valid_to=f.valid_to,
            discount=str(f.discount) if f.discount else None, price=str(f.price) if f.price else None,
            old_price=str(f.old_price) if f.old_price else None,
        ))
    return UnitRead(unit, tuple(found))


def _asked_days_hours(unit: Unit, today: date) -> list[hours.OpeningHours]:
    """An FAQ answer that gives hours for the days its question asks about ("Are you open on Saturdays?" / "Yes, from
    10 am to 1 pm", "Работаете ли вы в воскресенье?" / "Да, с 10 до 16"): those days' hours, read from the answer."""
    if unit.role != "answer" or not unit.context or not unit.context[-1].rstrip().endswith("?"):
        return []
    asked = _ASKED_DAYS.search(unit.context[-1])
    yes = _YES.match(unit.text)
    if asked is None or yes is None:
        return []
    # read as the days and the answer's hours after them; the facts' spans are the answer's own
    lead = f"{asked.group('days')}: "
    rest = unit.text[yes.end():]
    out = []
    for f in hours.find_opening_hours(lead + rest, today=today):
        start, end = max(f.start - len(lead), 0) + yes.end(), f.end - len(lead) + yes.end()
        if end > start and f.valid_from is None:
            out.append(hours.OpeningHours(f.value, unit.text[start:end], start, end))
    return out


# A question asking whether the place is open on some days: the days it asks about.
_ASKED_DAYS = re.compile(
    r"(?i:open|work|работа\w{0,4}|открыт\w{0,2}|radi\w{0,3}|ради\w{0,3})\b[^?]{0,40}?"
    r"(?P<days>(?i:on[ \t]{1,2})?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?)"
    r"|(?i:по[ \t]{1,2}(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|выходным)"
    r"|в[ \t]{1,2}(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходные))"
    r"|(?i:ponedeljkom|utorkom|sredom|četvrtkom|cetvrtkom|petkom|subotom|nedeljom|vikendom"
    r"|понедељком|уторком|средом|четвртком|петком|суботом|недељом|викендом))(?![\w-])")
# An answer that says yes before the hours: "Yes, from 10 am to 1 pm", "Да, с 10 до 16", "Da, od 9 do 14h".
_YES = re.compile(r"[ \t]*(?i:yes|yep|sure|of[ \t]course|да|конечно|da|naravno|наравно)(?![\w-])[ \t]*[,.!—–-]?[ \t]*")


def _street_where_named(unit: Unit, settings: ExtractionSettings) -> list[Found]:
    """A street without its type where a unit names its branch first: after the menu item's name and a comma ("Игла
    Оџаци, Кнез Милетина 9 у Оџацима" under "Иглу Оџаци"), or as its heading's aside ("## Цвећара код гробља
    (Николе Пашића 120)"); running text would need a street type or a town to read it."""
    body = unit.text
    named = _ITEM_THEN_STREET.match(body) if unit.context else None
    item = label_key(unit.context[-1]).split() if named else []
    if named and item and repeats(item, name_key(named.group("name")).split()):
        street, start, end, town = named.group("street"), named.start("street"), named.end("street"), named.group("name")
    elif (aside := _ADDRESS_ASIDE.match(body)) is not None:
        # "**Комшија Смедерево** (Карађорђева 20)": in the town the heading ends with
        street, start, end, town = aside.group(1), aside.start(1), aside.end(1), unit.context[-1] if unit.context else ""
    else:
        return []
    address = addresses.normalise_address(street, default_city=_town_named(town) or settings.city)
    if address is None or not (address.street and address.house):
        return []
    return [Found("address", address.value, start, end)]


def _town_named(heading: str) -> str | None:
    """The town a branch's heading ends with ("Комшија Смедерево", "Salon Stara Pazova"), if it is a known one."""
    words = heading.split()
    for size in (2, 1):
        if len(words) > size and (town := addresses.city_of_section(" ".join(words[-size:]))):
            return town
    return None


# A unit led by a name, a comma and a street without its type, its number last: "Сервис Паланка, Вука Караџића 41.".
_ITEM_THEN_STREET = re.compile(
    r"(?P<name>[^\W\d_][^,.:;\n]{2,50}),[ \t]{1,3}(?P<street>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][^\W\d_ .-]{1,25}(?:[ \t-][^\W\d_.]{1,25}){0,3}"
    r"[ \t]{1,2}\d{1,4}[^\W\d_]?(?:,[ \t]{1,2}(?i:локал|lokal|стан|stan|оф|кв)\.?[ \t]{0,2}\d{1,4})?)"
    r"(?=[ \t]*[.,;]|[ \t]+(?:у|u|в|in)[ \t])")


# A unit's first line that is a bracketed place and number alone, as the reader sets a heading's aside.
_ADDRESS_ASIDE = re.compile(r"\((?=[^()\n]*[^\W\d_]{3})(?=[^()\n]*\d)([^()\n]{3,60})\)[ \t]*(?:\n|$)")


def _promotion_title(unit: Unit) -> str | None:
    """The heading a unit's offers sit under: a table row's by its columns, none for an IVR prompt (its menu path is
    the script's labels, "TTS-Main-Inbound", "main line", never an offer's name)."""
    if unit.role == "prompt":
        return None
    if unit.columns:
        return promotions.row_title(unit.headings, unit.columns)
    return unit.context[-1] if unit.context else None


def _is_role_mailbox(address: str) -> bool:
    """Whether an e-mail address is a role's (info@, zakaz@, sales-team@) rather than one place's."""
    local = address.split("@", 1)[0].casefold()
    return re.split(r"[._+-]", local, maxsplit=1)[0] in _ROLE_MAILBOXES


@dataclass(frozen=True)
class _Page:
    """A document read: its boilerplate and content units with what they state, and the branches its layout names."""

    text: DocumentText
    today: date
    boilerplate: tuple[UnitRead, ...]  # only the first time a channel shows it
    content: tuple[UnitRead, ...]
    page_entity: str | None
    sections: tuple[str | None, ...]  # the branch of each content unit's section
    brands: frozenset[str]  # name keys of the company's own names on the page
    brand: Brand  # the company's lead word, for branches named after it ("Clearview Easton")
    topics: tuple[str | None, ...] = ()  # the branch each content unit's news is about (see _topics)
    news: str | None = None  # the branch the whole page is news about
    news_names: tuple[tuple[str, str], ...] = ()  # (key of a headline's place, the name of its branch)
    menu: tuple[str, ...] = ()  # branches the page's navigation lists ("Locations / Fishtown / Manayunk")


def _read_page(
    read: DocumentRead,
    roles: str,
    settings: ExtractionSettings,
    *,
    layout: tuple[str | None, tuple[str | None, ...]] | None = None,
) -> _Page:
    """A page with its units sorted by role (see _unit_roles) and its layout found (or given, from the cache)."""
    text = read.text
    boilerplate = tuple(r for r, role in zip(read.reads, roles) if role == _BOILERPLATE)
    content = [r for r, role in zip(read.reads, roles) if role == _CONTENT]
    brands = page_brands(text)
    brand = brand_of(text)
    if layout is None:
        page_entity = without_company(page_branch(text, content, settings, brands, brand), text)
        sections = tuple(section_entities(text, content, settings, page_entity, brands, brand))
    else:
        page_entity, sections = layout
    topics, news, news_names = news_topics(text, content, brand, (page_entity, *sections))
    return _Page(text, read.today, boilerplate, tuple(content), page_entity, tuple(sections), brands, brand, topics,
                 news, news_names, menu_branches(text))


def _page_facts(page: _Page, settings: ExtractionSettings, known: KnownNames) -> Iterator[Fact]:
    """A page's facts, special days given by a closing time alone completed from the page's weekly hours."""
    facts = _in_own_towns(list(_page_facts_as_read(page, settings, known)), settings)
    # by the name's key: "прачечная на Карла Маркса" in a notice is the card's "Прачечная на Карла Маркса"
    weekly: dict[str | None, list[str]] = defaultdict(list)
    branches: dict[str, str] = {}  # a branch's key -> its name as the page first gives it with weekly hours
    for fact in facts:
        if fact.kind == "hours" and fact.valid_from is None and fact.value != "24/7":
            key = fact.entity and name_key(fact.entity)
            weekly[key].append(fact.value)
            if key:
                branches.setdefault(key, fact.entity)
    for fact in facts:
        if not (fact.kind == "hours" and fact.valid_from is not None and '"until' in fact.value):
            yield fact
        elif fact.entity is None and branches and _about_every_branch(fact.raw):
            yield from _every_branch_closing_time(fact, weekly, _in_town_said(fact.raw, branches, facts))
        elif fact.entity and weekly.get(name_key(fact.entity)):
            yield replace(fact, value=_branch_closing_time(fact, weekly[name_key(fact.entity)]))
        else:
            schedules = weekly.get(fact.entity and name_key(fact.entity)) or [v for vs in weekly.values() for v in vs]
            yield replace(fact, value=hours.complete_closing_time(fact.value, fact.valid_from, fact.valid_to, schedules))


def _branch_closing_time(fact: Fact, schedules: list[str]) -> str:
    """A closing time alone completed from one branch's weekly hours, which may be stated in parts ("Mon–Fri 10–6,
    Sat 9–5" and, in another sentence, "closed Sundays"): the one opening the parts that give that day agree on."""
    completed = {hours.complete_closing_time(fact.value, fact.valid_from, fact.valid_to, [week]) for week in schedules}
    completed.discard(fact.value)
    return completed.pop() if len(completed) == 1 else fact.value


def _in_own_towns(facts: list[Fact], settings: ExtractionSettings) -> list[Fact]:
    """Addresses that name no town, of branches named after their towns beside one named after the page's own
    ("Stanica Čurug" beside "Stanica Žabalj" on a Žabalj page, "our Riverton shop" beside "the shop in Casper"):
    in the branch's town, not the page's. Beside branches named by streets or parts of town ("Шафран на Баумана",
    "Шафран в Азино") a place in a name may be a district, so the page's town stays."""
    city = name_key(settings.city or "")
    if not city:
        return facts
    places = {name: place for name in {f.entity for f in facts if f.entity}
              if (place := _named_after(name)) is not None}
    if not any(name_key(place) == city for place in places.values()):
        return facts
    moved = []
    for fact in facts:
        town = places.get(fact.entity) if fact.kind == "address" else None
        if town and name_key(town) != city and (bare := addresses.normalise_address(fact.raw)) and bare.city is None:
            read = addresses.normalise_address(fact.raw, default_city=town)
            parts = fact.value.split(", ")
            at = 1 if parts[0].isdigit() else 0  # after the postcode, which the text may give outside fact.raw
            if read is not None and read.city and len(parts) > at + 1:
                fact = replace(fact, value=", ".join(parts[:at] + [read.city] + parts[at + 1:]))
        moved.append(fact)
    return moved


def _named_after(name: str) -> str | None:
    """The town a branch's name ends with, as written ("Stanica Čurug", "Riverton shop", "shop in Casper", "Зал в
    Дивеево"), or None: a street's or a place's name in a case other than the nominative ("на Ленина", "у Делиблату")
    is no town to read an address with."""
    names = cached_names(name)
    if len(names) != 1 or names[0].prep not in ("", "in", "в"):
        return None
    place = _LEADING_WORDS.sub("", names[0].place)
    if not place or any(ch.isdigit() for ch in place) or _STREET_WORD.search(place):
        return None
    if names[0].prep == "в" and not _INDECLINABLE_TOWN.search(place):
        return None  # "в Сосногорске" is a locative; "в Дивеево", "в Голышманово" are written as named
    return place


_LEADING_WORDS = re.compile(r"^(?:(?i:our|the)\s+)+")
# A street's word in a branch's place: "Elm Street", "Bull St", "Trg", "проспект" (the branch is named by a street)
_STREET_WORD = re.compile(
    r"(?<![\w-])(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|plaza|square|sq|parkway|pkwy"
    r"|highway|hwy|pike|court|ct|place|pl|mall|center|centre|улица|ул|проспект|пр|шоссе|бульвар|переулок|площадь"
    r"|ulica|ulici|bulevar|trg|put|centar|центар|центр|tc|тц|трц)(?![\w-])")
# Russian towns in -ово, -ино, -аго … are not declined after "в": "в Дивеево", "в Балезино"
_INDECLINABLE_TOWN = re.compile(r"(?:ово|ево|ёво|ино|ыно|аго|яго)$")


def _in_town_said(notice: str, branches: dict[str, str], facts: list[Fact]) -> dict[str, str]:
    """The branches a notice speaks of: those in the town it names ("31 декабря магазины в Ишиме работают до
    16:00" on a page of two shops in Ишим and one in Голышманово), else all of them."""
    town = addresses.city_of_section(notice)
    if town is None:
        return branches
    town_key = name_key(town)
    in_town = {name_key(f.entity) for f in facts if f.kind == "address" and f.entity
               and (place := addresses.normalise_address(f.value)) is not None
               and name_key(place.city or "") == town_key}
    return {key: name for key, name in branches.items() if key in in_town} or branches


# "every shop", "all stores", "все магазины", "sve radnje": a notice about each branch, not the support line
_EVERY_BRANCH = re.compile(r"(?<![^\W\d_])(?:(?:every|each|all|все|всех|каждый|каждое|sve|svi|svaka|svaki|све|сви|свака|сваки)"
                           r"[ \t]{1,2}[^\W\d_]"
                           # or the company itself as the subject: "Christmas Eve (Thursday, Dec 24) we close early at 2 PM"
                           r"|(?:we|мы|mi|ми)[ \t]{1,2}(?:close|закрываемся|zatvaramo|затварамо|will[ \t]{1,2}close))",
                           re.IGNORECASE)


def _about_every_branch(text: str) -> bool:
    """Whether a notice speaks of all the branches: "every shop", "все магазины", a plural ("stores close at 4"), or
    the company closing ("we close early at 2 PM")."""
    return bool(_EVERY_BRANCH.search(text)) or any(may_be_plural_type(word) for _, _, word in find_type_words(text))


def _every_branch_closing_time(fact: Fact, weekly: dict[str | None, list[str]],
                               branches: dict[str, str]) -> Iterator[Fact]:
    """"Christmas Eve: every shop closes at 2 p.m." on a page whose branches state their weeks.

    Each branch opens as its own week says: one company fact when two or
    more all open at the same time that day, else one fact per branch whose
    week gives one opening that day (a kiosk shut on Thursdays gets none).
    """
    completed = {key: _branch_closing_time(fact, weekly[key]) for key in branches}
    values = set(completed.values())
    done = {key: value for key, value in completed.items() if value != fact.value}
    if len(values) == 1 and len(completed) > 1:
        yield replace(fact, value=values.pop())
    elif not done:
        yield fact
    else:
        for key, value in done.items():
            yield replace(fact, value=value, entity=branches[key], scope=BRANCH)


def _page_facts_as_read(page: _Page, settings: ExtractionSettings, known: KnownNames) -> Iterator[Fact]:
    text = page.text
    # a branch the page's text names by its type ("пословнице у Косјерићу") is found again by a short name
    # ("…, а Косјерић суботом од 9 до 17")
    known = known.with_said([n.name for read in page.content for n in cached_names(read.unit.text)
                             if is_branch(n, settings)]
                            # and the places its FAQ questions ask the hours of ("When is Tunnel Road open?")
                            + [asked for read in page.content if read.unit.context
                               and (asked := asked_place(read.unit.context[-1], page.brand.words))])
    cards = _chrome_cards(page.boilerplate)
    for read in page.boilerplate:
        chrome = list(_unit_facts(text, read, _chrome_attribution(text, read, settings, page, known, cards)))
        yield from _without_menu_addresses(chrome, page)
    if page.page_entity:
        yield _entity_fact(text, page.page_entity, text.heading or page.page_entity, _first_line(page.content),
                           origin="heading")
    seasons = _page_seasons(page)
    stated: dict[tuple, set[str]] = defaultdict(set)  # the branches the content gives each phone and address
    for read, section, topic in zip(page.content, page.sections, page.topics or (None,) * len(page.content)):
        read = _in_page_seasons(read, seasons)
        who = Attribution(text, read, settings, section=section, page_entity=page.page_entity, known=known,
                          brands=page.brands, brand=page.brand, topic=topic, news=topic or page.news,
                          news_names=dict(page.news_names), menu=menu_known(page.menu))
        for fact in _unit_facts(text, read, who):
            if fact.entity and fact.kind in ("phone", "address"):
                stated[_stated_key(fact.kind, fact.value)].add(fact.entity)
            yield fact
        yield from _new_labels(text, read, who, page.today)
    yield from _structured_facts(text, page.today, settings, page.page_entity, stated)


def _page_seasons(page: _Page) -> dict[str, tuple[date, date]]:
    """The seasons the page's content names with their dates ("Tax season runs January 15 through April 15, 2027"),
    from whichever unit names them: the first unit to name a season gives its dates."""
    seasons: dict[str, tuple[date, date]] = {}
    for read in page.content:
        for key, span in hours.named_seasons(read.unit.text, today=page.today).items():
            seasons.setdefault(key, span)
    return seasons


def _in_page_seasons(read: UnitRead, seasons: dict[str, tuple[date, date]]) -> UnitRead:
    """A unit's read with each weekly schedule in a sentence naming one of the page's seasons held in that season
    ("During tax season, our Bay View office will be open 9 AM to 6 PM on Fridays" under an intro that gives the
    season's dates). Done per page, not in _read_unit: a unit's read depends on its own text only (and is memoized
    by it), while the seasons come from the page's other units."""
    if not seasons or not any(f.kind == "hours" and f.valid_from is None for f in read.found):
        return read
    body = read.unit.text
    found: list[Found] = []
    for f in read.found:
        if f.kind != "hours" or f.valid_from is not None:
            found.append(f)
            continue
        weekly = hours.OpeningHours(f.value, body[f.start:f.end], f.start, f.end)
        found += [f if held is weekly else replace(f, value=held.value, valid_from=held.valid_from,
                                                     valid_to=held.valid_to)
                  for held in hours.in_named_seasons(body, [weekly], seasons)]
    return UnitRead(read.unit, tuple(found))


def _without_menu_addresses(chrome: list[Fact], page: _Page) -> list[Fact]:
    """A chrome unit's facts without the company-wide addresses of a menu that lists the branches the page's content
    gives in full ("Адреса / ул. Малышева, 36 / пр. Космонавтов, 52а" over their cards): each branch once, its own.
    A footer's one head-office address stays, even where a branch shares the building."""
    if sum(1 for f in chrome if f.kind == "address" and f.entity is None) < _MENU_ADDRESSES:
        return chrome
    content = {_place_of(f.value) for read in page.content for f in read.found if f.kind == "address"}
    return [f for f in chrome if not (f.kind == "address" and f.entity is None and _place_of(f.value) in content)]


_MENU_ADDRESSES = 3


def _place_of(value: str) -> tuple[str, str, str] | None:
    """An address's city, street and house, without its postcode and unit: the same building however written."""
    address = addresses.normalise_address(value)
    return (address.city or "", address.street or "", address.house or "") if address else None


def _chrome_attribution(text: DocumentText, read: UnitRead, settings: ExtractionSettings, page: _Page,
                        known: KnownNames, cards: frozenset[tuple[str, ...]] = frozenset()) -> Attribution | None:
    """Whom facts in page chrome are about: the company, unless the chrome names branches beside their facts.

    An "Other shops" sidebar ("Poslovnica Plaza / TC Plaza, Bulevar kraljice
    Marije 56 / Svakog dana 10–22h") speaks of those shops, never of the
    page's own branch, and so do cards headed by bare place names each over an
    address ("Visit a shop / Bardstown / 118 N. 3rd St. …", `cards`); a
    header's hotline names no branch and stays the company's.
    """
    if not any(f.kind in ("address", "hours", "phone") and not f.company for f in read.found):
        return None
    section = (context_entity(read.unit, text, settings, page.brands, page.brand) or _listed_heading(read.unit)
               or (read.unit.context[-1].strip() if read.unit.context in cards else None))
    who = Attribution(text, read, settings, section=section, page_entity=None, known=known, brands=page.brands,
                      brand=page.brand)
    return who if section or who.names or who.lists_branches else None


def _chrome_cards(chrome: Sequence[UnitRead]) -> frozenset[tuple[str, ...]]:
    """The contexts of chrome units that are cards of branches: two or more under one heading, each headed by a bare
    place name ("Bardstown", "Shepherdsville") and stating an address."""
    by_parent: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for read in chrome:
        context = read.unit.context
        if len(context) >= 2 and _is_place_heading(context[-1]) and any(f.kind == "address" for f in read.found):
            by_parent[context[:-1]].add(context)
    return frozenset(c for cards in by_parent.values() if len(cards) >= 2 for c in cards)


def _is_place_heading(heading: str) -> bool:
    """Whether a heading is a bare place name ("Врачар", "Bardstown"), not a field, a day or a sentence."""
    heading = heading.strip()
    return bool(is_proper_name(heading) and not is_field_label(heading) and not names_a_day(heading)
                and not is_day_label(heading) and len(heading.split()) <= SHORT_NAME_WORDS and label_key(heading))


def _listed_heading(unit: Unit) -> str | None:
    """A bare place name heading a unit under a heading that lists branches ("Врачар" under "Остале цвећаре")."""
    context = unit.context
    if len(context) < 2 or not lists_others(context[-2]):
        return None
    return context[-1].strip() if _is_place_heading(context[-1]) else None


def _first_line(reads: list[UnitRead]) -> str:
    return reads[0].unit.text.split("\n")[0][:_EXCERPT_CHARS] if reads else ""


def _excerpt(text: str, start: int, end: int, sentences: Spans | None = None) -> str:
    """The sentence or line around a span, cut to a readable length around it."""
    sentences = sentences or Spans(sentence_spans(text))
    around = sentences.at(start) or sentences.at(max(start, end - 1))
    lo, hi = (around[0], max(around[1], end)) if around else (start, end)
    if hi - lo > _EXCERPT_CHARS:
        lo = max(lo, start - _EXCERPT_CHARS // 3)
        hi = min(hi, max(end, lo + _EXCERPT_CHARS))
    excerpt = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(text) else "")


def _unit_facts(text: DocumentText, read: UnitRead, who: Attribution | None) -> Iterator[Fact]:
    doc = text.document
    unit = read.unit
    body = unit.text
    sentences = who.sentences if who is not None else Spans(sentence_spans(body))
    for found in read.found:
        if who is None or (found.company and found.kind != "promotion"):
            entities: tuple[str, ...] = COMPANY_CUE
        else:
            entities = who.entities_of(found)
        for entity in entities or (None,):
            yield Fact(
                kind=found.kind,
                value=found.value,
                raw=body[found.start:found.end],
                excerpt=_excerpt(body, found.start, found.end, sentences),
                url=doc.url,
                channel=doc.channel,
                scope=BRANCH if entity else COMPANY,
                entity=entity,
                context=unit.context,
                valid_from=found.valid_from,
                valid_to=found.valid_to,
                discount=found.discount,
                price=found.price,
                old_price=found.old_price,
            )
    if who is not None:
        yield from _entity_mentions(text, read, who)


def _entity_fact(text: DocumentText, name: str, raw: str, excerpt: str, *, origin: str, context=()) -> Fact:
    return Fact(
        kind="entity",
        value=f"{_type_of(name, context)}: {name}",
        raw=raw,
        excerpt=excerpt or raw,
        url=text.document.url,
        channel=text.document.channel,
        scope=BRANCH,
        entity=name,
        context=tuple(context),
        origin=origin,
    )


# "Открылся новый пункт выдачи", "Now open", "Otvorena nova poslovnica": a branch called new.
_NEW_CUE = re.compile(
    r"(?<![\w-])(?:открыл(?:ся|ась|ось|ись)|нов(?:ый|ая|ое|ые|ого|ой|ом|инка|инки)|new|now\s+open|opened|grand\s+opening"
    r"|отворен[аои]?|otvoren[aoi]?|отвара|otvara)(?![\w-])",
    re.IGNORECASE,
)


def _new_labels(text: DocumentText, read: UnitRead, who: Attribution, today: date) -> Iterator[Fact]:
    """Dated "new" labels: a branch named new, or opened, in a sentence with a date ("2 ноября открылся пункт
    выдачи в Марьине"). A dated claim of newness goes stale; the `new-label-stale` rule judges when."""
    body = read.unit.text
    for named in who.names:
        span = who.sentences.at(named.start)
        if span is None:
            continue
        sentence = body[span[0]:span[1]]
        if not _NEW_CUE.search(sentence):
            continue
        dates = [d for d, _, _ in find_dates(sentence, today=today) if d <= today]
        if not dates:
            continue  # "новый" without a date says nothing that can go stale
        fact = _entity_fact(text, named.name, sentence.strip(), _excerpt(body, span[0], span[1], who.sentences),
                            origin="new-label", context=read.unit.context)
        yield Fact(**{**fact.__dict__, "valid_from": max(dates)})


def _type_of(name: str, context) -> str:
    """A branch's type by its own name's type word, else by the headings it sits under ("Пункты выдачи")."""
    return branch_type(name) if find_type_words(name) else branch_type(" ".join(context))


def _entity_mentions(text: DocumentText, read: UnitRead, who: Attribution) -> Iterator[Fact]:
    """Entity facts: the branches a unit lists or names."""
    unit = read.unit
    found_addresses = [f for f in read.found if f.kind == "address"]
    located = found_addresses or [f for f in read.found if f.kind in ("hours", "phone") and not f.company]
    if who.section and located:
        first = located[0]
        yield _entity_fact(text, who.section, who.section, _excerpt(unit.text, first.start, first.end, who.sentences),
                           origin="text", context=unit.context)
    for named in who.names:
        yield _entity_fact(text, named.name, named.name, _excerpt(unit.text, named.start, named.end, who.sentences),
                           origin="text", context=unit.context)
    # A list of bare addresses under a heading such as "Пункты выдачи": each line is an entity.
    if not who.section and not who.names and len(found_addresses) >= 2:
        label = " ".join(unit.context[-1:])
        kind = PICKUP if branch_type(label) == PICKUP else SHOP
        if _LIST_CONTEXT.search(label) or kind == PICKUP:
            for found in found_addresses:
                name = unit.text[found.start:found.end]
                yield Fact(
                    kind="entity",
                    value=f"{kind}: {name}",
                    raw=name,
                    excerpt=_excerpt(unit.text, found.start, found.end, who.sentences),
                    url=text.document.url,
                    channel=text.document.channel,
                    scope=BRANCH,
                    entity=name,
                    context=unit.context,
                )


def _stated_key(kind: str, value: str) -> tuple:
    """How a phone or address is compared between a page's text and its schema.org items: an address by its
    building (the markup may leave out the suite or the postcode)."""
    return (kind, (_place_of(value) or value) if kind == "address" else value)


def _structured_facts(
    text: DocumentText, today: date, settings: ExtractionSettings, page_entity: str | None,
    stated: dict[tuple, set[str]] | None = None,
) -> Iterator[Fact]:
    """Facts from schema.org items: LocalBusiness-like places, offers and events.

    A place whose phone or address the page's text gives one branch is that branch, by the name the layout gives
    it (a store locator's microdata beside its cards: "Cimarron Floor & Tile Store #104" or no name at all, over
    the card "Store #104 – Midtown Tulsa"): one branch, one name."""
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
                    scope=COMPANY,
                    entity=None,
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
        entity = (page_entity or without_company(name, text)) if is_place(item) else None
        if names_company(item, page_brands(text), text):
            if not page_entity:
                entity = None  # the company's own place: its office, or a single shop's, whose facts are the company's
        elif stated and not any(str(t) in COMPANY_TYPES for t in (types.split() or [""])):
            entity = _stated_branch(item, settings, stated) or entity  # a place, with its address or not

        def fact(kind: str, value: str, raw: str, **extra) -> Fact:
            return Fact(kind=kind, value=value, raw=raw, excerpt=f"schema.org {types}: {raw}", url=doc.url,
                        channel=doc.channel, scope=BRANCH if entity else COMPANY, entity=entity, origin="jsonld",
                        **extra)

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


def _stated_branch(item: dict, settings: ExtractionSettings, stated: dict[tuple, set[str]]) -> str | None:
    """The one branch the page's text gives a place item's phone or address to, if any."""
    found: set[str] = set()
    phone = item.get("telephone")
    if isinstance(phone, str):
        value = phones.normalise_phone(phone, region=settings.region)
        if value:
            found |= stated.get(_stated_key("phone", value), set())
    raw = _postal_address(item.get("address"))
    if raw:
        address = addresses.normalise_address(raw, default_city=settings.city)
        if address and address.value:
            found |= stated.get(_stated_key("address", address.value), set())
    return found.pop() if len(found) == 1 else None


def _postal_address(address) -> str | None:
    """A schema.org address (text or PostalAddress) as one line of text."""
    if isinstance(address, str):
        return address
    if isinstance(address, dict):
        parts = [address.get(k) for k in ("postalCode", "addressLocality", "streetAddress")]
        return ", ".join(str(p) for p in parts if p)
    return None
