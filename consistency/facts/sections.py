"""The branch each section of a page is about.

A card (a heading over an address and hours on a list page), a row of a stores
table (its first cell), an FAQ question or heading that names a branch, an IVR
menu path ("для магазина на Покровке нажмите 2", or a menu of clubs whose item
is "Сокол"), and the items of one IVR menu that are bare place names its
prompts repeat ("For Savamala, press 2" over "Savamala is open ...").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from consistency.documents.document import DocumentText, Unit
from consistency.documents.html import is_day_label
from consistency.facts.branch_names import BranchName, find_type_words, name_key, stem
from consistency.facts.brand import Brand, brand_branches, is_brand
from consistency.facts.found import ExtractionSettings, UnitRead
from consistency.facts.naming import (
    FIELD_STEMS, INSIDE_WORDS, IVR_FORMATS, STARTS_WITH_PREPOSITION, WORDS, branch_addresses, is_field_label,
    is_proper_name, is_title, label_key, label_names, lists_branches, names_a_day,
)


# Column labels of the facts a stores table lists per branch.
_FACT_COLUMN_STEMS = frozenset(stem(w) for w in (
    "адрес адреса режим часы график будни выходные телефон телефоны email e-mail address phone telephone hours "
    "weekdays weekends adresa telefon radno vreme адреса телефон радно време".split()
))


def section_entities(
    text: DocumentText, content: list[UnitRead], settings: ExtractionSettings, page_entity: str | None,
    brands: frozenset[str] = frozenset(), brand: Brand = Brand(),
) -> list[str | None]:
    """The branch each content unit's section is about, from its context and the page's layout (or None)."""
    if text.document.format in IVR_FORMATS:
        return _menu_items([_menu_entity(r.unit, text, settings, brands) for r in content], content)
    rows = _row_names(content)
    cards = _cards(text, content, rows)  # a branch page may list its neighbours ("Nearby locations")
    out: list[str | None] = []
    for index, read in enumerate(content):
        entity = context_entity(read.unit, text, settings, brands, brand)
        if entity is None and index in rows:
            entity = rows[index]
        if entity is None and read.unit.context and read.unit.context[-1] in cards:
            entity = _card_name(read.unit.context[-1])
        out.append(entity)
    return _field_subsections(content, out)


def _card_name(heading: str) -> str:
    """A card's heading as the branch's name: without a distance ("0.8 mi"), a numbered aside ("(new in 2026)") or
    a status in brackets ("(coming soon)", "(скоро открытие)"), which other channels leave out of the name."""
    name = _STATUS_ASIDE.sub("", _NUMBERED_ASIDE.sub("", _DISTANCE.sub("", heading)))
    return _INSIDE_ASIDE.sub("", name).strip() or heading


# A branch's state in brackets after its name: opening soon, new, temporarily closed, under renovation.
_STATUS = (r"(?i:coming\s+soon|opening\s+soon|now\s+open|new|temporarily\s+closed|closed\s+for\s+renovation"
           r"|скоро\s+открытие|скоро\s+открываемся|новый|новинка|временно\s+закрыт[ао]?|на\s+ремонте"
           r"|uskoro|ускоро|novo|ново|privremeno\s+zatvoren[ao]?|привремено\s+затворен[ао]?)")
_STATUS_ASIDE = re.compile(r"\s*\(" + _STATUS + r"\)\s*$")


def _field_subsections(content: list[UnitRead], entities: list[str | None]) -> list[str | None]:
    """A card's "Hours" or "Contact" sub-section is the card's: a unit under a heading that names a kind of fact
    ("Year-round hours", "Часы работы") takes the one branch its sibling sections name."""
    by_parent: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for read, entity in zip(content, entities):
        # only a sibling headed by the branch's name: a card, not a section that mentions a branch
        if entity and len(read.unit.context) >= 2 and _card_name(read.unit.context[-1]) == entity:
            by_parent[read.unit.context[:-1]].add(entity)
    out = list(entities)
    for index, read in enumerate(content):
        context = read.unit.context
        if (out[index] is None and len(context) >= 2 and read.unit.role != "answer"
                and not context[-1].rstrip().endswith("?") and _names_a_field(context[-1])):
            siblings = by_parent.get(context[:-1], set())
            if len(siblings) == 1:
                out[index] = next(iter(siblings))
    return out


def _names_a_field(heading: str) -> bool:
    """Whether a heading names a kind of fact, maybe with a qualifier: "Year-round hours", "Lobby hours", "Адрес"."""
    return any(stem(w) in FIELD_STEMS for w in re.findall(r"[^\W\d_]+", heading.casefold()))


def context_entity(unit: Unit, text: DocumentText, settings: ExtractionSettings, brands: frozenset[str],
                   brand: Brand = Brand()) -> str | None:
    """A branch named by a heading or FAQ question the unit sits under (below the page's own heading)."""
    for label in reversed(unit.context):
        if label == text.heading:
            break
        # "Dell Range Counter (inside Frontier Mall)": the mall in the brackets is where the branch is
        named = [n for n in label_names(label, settings) if not is_brand(n, brands)]
        named = [n for n in named or brand_branches(label, brand) if not _INSIDE_BRACKET.search(label, 0, n.start)]
        if named:
            return _label_name(label, named[0])
    return None


# A place that hosts a branch, in brackets after its name: "Dell Range Counter (inside Frontier Mall)", "(в ТЦ «Лето»)".
_INSIDE_BRACKET = re.compile(r"\(" + INSIDE_WORDS + r"(?:(?i:the)[ \t]{1,2})?$")
_INSIDE_ASIDE = re.compile(r"\s*\(" + INSIDE_WORDS + r"[^()]{2,40}\)\s*$")
# What may follow a branch's name in a heading that is the name ("Optika Vid – Promenada", "Аптека (ТЦ «Лето»)").
_NAME_GOES_ON = re.compile(r"\s*[–—,(/|-]")


def _label_name(label: str, name: BranchName) -> str:
    """The name a label gives a branch: the whole label when it is the name ("Optika Vid – Promenada")."""
    label = label.strip()
    if name.start == 0 and not label.endswith("?") and len(label.split()) <= 8 and (
        name.end == len(label) or _NAME_GOES_ON.match(label, name.end)
    ):
        # "Цвећара Центар (Трг ослобођења 7)", "Carlisle (new in 2026)": an address or a date beside the name
        aside = _NUMBERED_ASIDE.search(label, name.end)
        return label[:aside.start()].rstrip() if aside else label
    return name.name


_NUMBERED_ASIDE = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")

# "For the Midtown Museum, press 1", "Для магазина на Покровке нажмите 2", "Za Dunavsku pritisnite 1".
_MENU_OPTION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:For|To reach|Для|Za|За)[ \t]{1,2}(?:(?:the|our)[ \t]{1,2})?"
    # "For the downtown Missoula shop, press 1": a part of town and a type word may stand around the name
    r"(?P<name>(?:(?:downtown|uptown|midtown)[ \t]{1,2})?"
    r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3}"
    r"(?:[ \t]{1,2}(?:shop|store|location|office|branch|clinic|studio|salon|gym|club|wash|center|centre|library"
    r"|lab))?)"
    r"[ \t]{0,2},?[ \t]{0,2}(?:press|dial|say|нажмите|наберите|pritisnite|притисните|birajte|бирајте)(?![\w])"
)


def menu_options(text: DocumentText) -> set[str]:
    """The places an IVR script's menu offers by name ("For the Midtown Museum, press 1"): branches its other
    prompts may name again ("The Roseville Discovery Garage, on Vernon Street, is open …")."""
    return {m.group("name") for unit in text.units for m in _MENU_OPTION.finditer(unit.text)
            if not _SERVICE_ITEM.search(m.group("name")) and len(m.group("name").split()) >= 2}


def _menu_entity(unit: Unit, text: DocumentText, settings: ExtractionSettings, brands: frozenset[str]) -> str | None:
    """The branch an IVR menu path leads to: an item naming one, or an item of a menu that lists branches.

    ("main", "1", "адреса клубов", "2", "Марьино") is about the Марьино club: the item's menu lists clubs.
    """
    labels = [label for label in unit.context if label.strip() and not label.strip().isdigit()]
    for index in range(len(labels) - 1, -1, -1):
        label = labels[index]
        named = [n for n in label_names(label, settings) if not is_brand(n, brands)]
        if named:
            return _label_name(label, named[0])
        if index > 0 and lists_branches(labels[index - 1]) and label_key(label) and not is_field_label(label):
            if len(label.split()) <= 5 and not find_type_words(label):
                return label
    return None


# Menu items that are a line or a service, not a place, even when their prompt states hours ("Operater", "Agent").
_SERVICE_ITEM = re.compile(r"(?i)operat|оперател|оператор|оператер|agent|representative|savetnik|саветник|консультант")


def _menu_items(entities: list[str | None], content: list[UnitRead]) -> list[str | None]:
    """Items of one menu that are bare place names ("For Dunavska, press 1. For Savamala, press 2").

    Two or more items under the same menu path (counting items that name a
    branch by its type, "Мойка на Кабардинской") must each be a short proper
    name that the prompt under it repeats as its subject ("Savamala is open
    ...") and that states where or when (an address or hours: a number alone is
    a line's, "To renew by phone, call ..."); an item like "Offers" or
    "Operater" is not a place.
    """
    candidates: dict[tuple[str, ...], dict[int, str]] = defaultdict(dict)  # an item's index and its place
    named_items: dict[tuple[str, ...], set[str]] = defaultdict(set)  # items of a menu that name a branch themselves
    for index, (entity, read) in enumerate(zip(entities, content)):
        labels = [label for label in read.unit.context if label.strip() and not label.strip().isdigit()]
        if len(labels) < 2:
            continue
        # siblings share the path to their digit; after it an item may have a title and the words that offer it
        context = read.unit.context
        digit = max((i for i, step in enumerate(context) if step.strip().isdigit()), default=None)
        parent = context[:digit] if digit is not None else tuple(labels[:-1])
        if entity is not None:
            named_items[parent].add(context[-1])
            continue
        # "our East Mason Street wash": the place the item names, without the words around it
        label = _MENU_ITEM_FRAME.sub("", labels[-1].strip()) or labels[-1].strip()
        key = label_key(label).split()
        # where or when: a line of its own ("To renew by phone, call 802-863-3490") is no place
        located = any(f.kind in ("address", "hours") for f in read.found)
        if (located and key and (label[:1].isupper() or _SAID_WHERE.match(label)) and is_title(label)
                and not is_field_label(label)
                and not find_type_words(label) and not _SERVICE_ITEM.search(label)
                and repeats(key, name_key(read.unit.text).split())):
            candidates[parent][index] = _as_said(label, read.unit.text)
    out = list(entities)
    for parent, members in candidates.items():
        # two or more places offered, counting the items that name a branch by its type ("Мойка на Кабардинской")
        if len({content[i].unit.context[-1] for i in members} | named_items[parent]) >= 2:
            places = {content[i].unit.context: label for i, label in members.items()}
            # every prompt under a place's item is about it, once one says where or when ("To reach Ferndale
            # directly, dial …" after "Our Ferndale salon … is open …")
            for index, read in enumerate(content):
                if out[index] is None and read.unit.context in places:
                    out[index] = places[read.unit.context]
    return out


# An item said as what happens where: "За наставу у Гучи притисните 3" beside "За школу у Ивањици …".
_SAID_WHERE = re.compile(r"[^\W\d_A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{2,20}\s{1,2}(?:у|u|в|во|in|at|на|na)\s{1,2}"
                         r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:\s{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2}$")


def _as_said(label: str, prompt: str) -> str:
    """A menu item's place in the form its prompt says it, where a short word's ending differs ("Иглу Центар" is
    "Игла Центар" when the prompt says so)."""
    words = WORDS.findall(label)
    if not any(len(w) == 4 for w in words):
        return label
    pattern = r"\s{1,3}".join(re.escape(w[:3]) + r"\w" if len(w) == 4 else re.escape(w) for w in words)
    m = re.search(rf"(?<!\w){pattern}(?!\w)", prompt, re.IGNORECASE)
    return m.group(0) if m else label


def repeats(key: list[str], stems: list[str]) -> bool:
    """Whether every stem of an item's key is among a prompt's, a short word in any case ("За Иглу Центар" over
    "Игла Центар, Српских владара 27": a four-letter stem keeps its ending)."""
    said = set(stems) | {s[:3] for s in stems if len(s) == 4}
    return all(k in said or len(k) == 4 and k[:3] in said for k in key)


# The words around a menu item's place: "our East Mason Street wash", "the Hudson Road shop", "the Main Street
# Bathhouse downtown".
_MENU_ITEM_FRAME = re.compile(
    r"^(?:our|the|your)\s{1,2}|\s{1,2}(?:shop|store|location|wash|branch|office|downtown|uptown|midtown)$")


def _row_names(content: list[UnitRead]) -> dict[int, str]:
    """Rows of a stores table and cards of a list, each named by its first line.

    A table row is read as one unit whose lines are its cells, with the header
    cells at the end of its context ("Отделение | Адрес | Режим работы"); a
    list card is a list item or paragraph whose first line is a title
    ("South Congress", then an address, hours, a phone). Siblings share their
    context, so a row or card is one of two or more units with the same
    context whose first line is a short name rather than a fact. A table
    needs a column of facts (address, phone, hours) in its header; cards need
    at most one address each and an address on at least one of them.
    """
    by_context: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, read in enumerate(content):
        # a row of a layout table reads as one line of cells: "NASHVILLE - Charlotte Pike; 6800 Charlotte Pike; …"
        if (read.unit.context or "; " in read.unit.text) and read.unit.role != "answer":
            by_context[read.unit.context].append(index)
    rows: dict[int, str] = {}
    for context, members in by_context.items():
        if len(members) < 2:
            continue
        columns = [i for i, label in enumerate(context) if i and _is_fact_column(label)]
        table = bool(columns)
        # "Аптека | Пн–Пт | Сб" over "на Невском | ...": the name column's type word and the cell make the name
        kind = context[columns[0] - 1] if columns and columns[0] > 1 else ""
        kind = kind if kind and len(find_type_words(kind)) == 1 and not label_key(kind) else ""
        named: dict[int, str] = {}
        for index in members:
            read = content[index]
            first = _BADGE.sub("", _DISTANCE.sub("", read.unit.text.split("\n", 1)[0])).strip()
            cells = "\n" not in read.unit.text and "; " in first  # one line of cells
            if table or cells:
                first = first.split("; ", 1)[0]  # "Отделение «Центральное»; головной офис": the cell's first line
            if ("\n" not in read.unit.text and not cells) or not is_title(first) or any(
                    f.start < len(first) for f in read.found):
                continue  # the first line is a fact itself (or a sentence): not a row or card
            located = [f for f in read.found if f.kind in ("address", "hours", "phone") and not f.company]
            if table and read.found or not table and located and len(branch_addresses(read)) <= 1:
                named[index] = f"{kind} {first}" if kind and STARTS_WITH_PREPOSITION.match(first) else first
        if table or (len(named) >= 2 and any(branch_addresses(content[i]) for i in named)):
            rows.update(named)
    return rows


# A status badge after a row's or card's name: "Yukon New!", "Аптека на Ленина НОВИНКА", "Liman — uskoro".
_BADGE = re.compile(r"(?<=\w)[ \t]{1,3}(?:[–—-][ \t]{1,2})?" + _STATUS + r"!?[ \t]*$")
# A store locator's distance after a result's name: "Summit Sports – Boulder 24.8 mi", "Аптека на Ленина · 1,2 км".
_DISTANCE = re.compile(r"[\s·|,–—-]{1,4}\d{1,4}(?:[.,]\d{1,2})?\s?(?:mi|miles?|km|км|m|м)\.?\s*$", re.IGNORECASE)


def _is_fact_column(label: str) -> bool:
    """Whether a column label names a fact a stores table gives per branch: address, phone, hours or days."""
    return is_day_label(label) or any(stem(w) in _FACT_COLUMN_STEMS for w in re.findall(r"[^\W\d_]+", label))


# The legal lines that end a page or a mail: "Copyright © 2026 …", "All rights reserved", "Все права защищены",
# "Sva prava zadržana", "unsubscribe".
_FOOTER = re.compile(r"©|(?i:copyright|all\s+rights\s+reserved|все\s+права\s+защищены|sva\s+prava\s+zadržana"
                     r"|сва\s+права\s+задржана|unsubscribe|отписаться|odjavite\s+se|одјавите\s+се)")


def _cards(text: DocumentText, content: list[UnitRead], rows: dict[int, str]) -> set[str]:
    """Headings of branch cards on a list page: headings over one address (or over hours or a phone, between such;
    not over an offer).

    Two or more are needed: one heading with an address is a section, not a list of branches.
    """
    order: list[str] = []
    addresses_of: dict[str, set[str]] = defaultdict(set)
    contacts: Counter = Counter()
    offers: Counter = Counter()
    parents: dict[str, tuple[str, ...]] = {}
    for index, read in enumerate(content):
        unit = read.unit
        if not unit.context or unit.context[-1] == text.heading or index in rows or unit.role == "answer":
            continue
        heading = unit.context[-1]
        if (heading.rstrip().endswith("?") or is_field_label(heading) or not label_key(heading)
                or names_a_day(heading) or _FOOTER.search(unit.text)):
            continue  # a mail's footer under its last topic ("🎁 Gift cards") gives that topic no address
        if heading not in addresses_of:
            order.append(heading)
            parents[heading] = unit.context[:-1]
        addresses_of[heading] |= branch_addresses(read)
        contacts[heading] += sum(1 for f in read.found if f.kind in ("hours", "phone") and not f.company)
        offers[heading] += sum(1 for f in read.found if f.kind == "promotion")
    with_address = [h for h in order if len(addresses_of[h]) == 1]
    cards = set(with_address)
    for position, heading in enumerate(order):
        # a heading over hours or a phone only, between cards under the same heading: a card if it reads as a name
        # ("Пекарня Заречная", "Downtown"), not as a service ("Вызов врача на дом"); a section after the list
        # ("## Достава" after the shops' bold titles) is none
        if not addresses_of[heading] and contacts[heading] and not offers[heading] and is_proper_name(heading):
            neighbours = [n for n in order[max(0, position - 1):position] + order[position + 1:position + 2]
                          if parents[n] == parents[heading]]
            if any(n in with_address for n in neighbours):
                cards.add(heading)
    return cards if len(cards) >= 2 and with_address else set()
