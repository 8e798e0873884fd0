"""The company's own name on its pages, and the branches named after it ("Clearview Easton").

A page's brands are its title's parts and its legal and quoted names; its lead
word comes from its title line, a greeting ("Вы позвонили в Оптику Вид") or the
word its sibling headings share. A heading or sentence made of that lead word
and a place names a branch, unless a quantifier makes it a product line ("all
Clearview Basics frames").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from consistency.documents.document import DocumentText
from consistency.documents.html import is_day_label
from consistency.facts.addresses import is_english_street_type
from consistency.facts.branch_names import SHOP, BranchName, find_type_words, is_plural_type, name_key, stem
from consistency.facts.naming import FIELD_WORDS, WORDS, is_field_label, is_proper_name, names_a_day


# A name in quotes, as Russian, Serbian and English write them: «Переплёт», „Златни клас“, "Acme".
_QUOTED = re.compile(r"«([^»\n]{1,40})»|„([^“”\n]{1,40})[“”]|\"([^\"\n]{1,40})\"|“([^”\n]{1,40})”")
_LEGAL_QUOTED = re.compile(
    r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|АНО|LLC|Inc\.?|d\.o\.o\.|д\.о\.о\.)\s*"
    r"(?:«([^»\n]{1,40})»|\"([^\"\n]{1,40})\")"
    r"|(?:«([^»\n]{1,40})»|„([^“”\n]{1,40})[“”]|\"([^\"\n]{1,40})\")\s*(?:d\.o\.o\.|д\.о\.о\.|a\.d\.|а\.д\.|LLC|Inc\.)"
)


def page_brands(text: DocumentText) -> frozenset[str]:
    """Keys of the company's own names on a page: quoted in its legal name ("ООО «Переплёт»"), or in the title when
    the page's heading does not repeat them ("Наши објекти — Пекара „Златни клас“")."""
    keys: set[str] = set()
    heading = text.heading or ""
    for m in _QUOTED.finditer(text.document.title or ""):
        quoted = next(g for g in m.groups() if g)
        if quoted not in heading:
            keys.add(name_key(quoted))
    for unit in text.units:
        keys.update(_legal_names(unit.text))
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _legal_names(body: str) -> tuple[str, ...]:
    """Keys of the quoted names in a unit's legal names ("ООО «Переплёт»"). Cached: the footer that states them is
    the same on every page."""
    if "«" not in body and "„" not in body and '"' not in body:
        return ()  # every name _LEGAL_QUOTED reads is quoted so
    return tuple(name_key(next(g for g in m.groups() if g)) for m in _LEGAL_QUOTED.finditer(body))


@dataclass(frozen=True)
class Brand:
    """The company's own name as a page gives it (title, greeting, logo), to read branches named after it."""

    lead: frozenset[str] = frozenset()  # stems of the name's lead word: "clearv" of "Clearview Eyecare"
    words: frozenset[str] = frozenset()  # stems of every word of the company's names


TITLE_PARTS = re.compile(r"\s[|—–·-]\s|\s[|·]|[|·]\s")
_GREETED = re.compile(
    r"(?i:calling|call|pozvali\s+ste|позвали\s+сте|dobro\s?došli\s+u|добро\s?дошли\s+у|welcome\s+to|позвонили\s+в"
    r"|добро\s+пожаловать\s+в)"
    r"\s+(?:the\s+|our\s+)?(?P<name>[^\W\d_][\w'’-]{1,30}(?:[ \t]+[^\W\d_][\w'’-]{1,30}){0,2})"
)
# A capitalised name of one to four words: the brand's lead word and the place after it.
_BRAND_PREP_PLACE = re.compile(
    # the name may be quoted, and so may the place: "«Игротека» в ТРЦ «Италмас»", "Zlatara u TC „Pijaca“"
    r"(?<![\w-])(?P<quote>[«„\"])?(?P<lead>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30})(?(quote)[»“\"])[ \t]+"
    r"(?P<prep>на|в|во|у|u|na|at|on)[ \t]+"
    # "Zlatara u tržnom centru Pijaca": a shopping centre written out before its name
    r"(?P<place>(?:(?:tržn|trzn|тржн)(?:om|i|ом|и)[ \t]+(?:centr[ua]|centar|центр[уа]|центар)[ \t]+)?"
    r"(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30}|[0-9]{1,2}[ \t]+[А-ЯЁ][\w-]{1,30})"
    r"(?:[ \t]+(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30}|«[^»\n]{1,30}»|„[^“”\n]{1,30}[“”]|\"[^\"\n]{1,30}\""
    r"|проспекте|шоссе|улице|бульваре|площади))?)"
)
_OPENING_QUOTES = frozenset("«„“\"'")
_BRAND_DASH_PLACE = re.compile(
    r"(?<![\w-])(?P<brand>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    r"[ \t]+[–—-][ \t]+"
    r"(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3})"
)
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){1,3}")


def brand_of(text: DocumentText) -> Brand:
    """The company's names on a page: the title's part that is not the page's heading, a greeting's object, a
    short logo line in the boilerplate, a quoted legal name."""
    names: list[str] = []
    heading = (text.heading or "").strip()
    for part in TITLE_PARTS.split(text.document.title or ""):
        if part.strip() and part.strip() != heading:
            names.append(part)
    # a quoted name in the title is the brand: "Копицентры «Оттиск» — адреса" names branches "Оттиск в Академгородке"
    names += [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text.document.title or "")]
    logo_seen = False
    for unit in text.units[:6]:
        first = unit.text.split("\n", 1)[0]
        # the logo leads the header; later short lines there are menu items ("New Clients", "Online Pharmacy")
        if unit.role == "boilerplate" and not logo_seen:
            logo_seen = True
            if 0 < len(first.split()) <= 3:
                names.append(first)
        names += _greeted(unit.text[:400])
    # "Другие салоны «Шафран»", "все аптеки «Здоровье»": a quoted name after a plural type word is the chain's,
    # in a line or in a heading
    said = dict.fromkeys(line for unit in text.units for line in (unit.text, *unit.context))
    for line in said:
        if "«" not in line and "„" not in line:
            continue
        for m in _QUOTED.finditer(line):
            before = line[max(0, m.start() - 30):m.start()]
            words = find_type_words(before)
            if words and words[-1][1] >= len(before.rstrip()) and is_plural_type(words[-1][2]):
                names.append(next(g for g in m.groups() if g))
    names += _sibling_heading_lead(text) + _title_line_lead(text)
    lead: set[str] = set()
    words: set[str] = set()
    for name in names:
        tokens = [w for w in WORDS.findall(name)]
        stems = [stem(w) for w in tokens]
        words.update(stems)
        # the lead is the first word that is not a type word ("Apoteke Kamilica" -> "Kamilica"), nor a word of a type
        # phrase that leads the name ("Pet shop Šapica Kraljevo" -> "Šapica"; not "Clearview Eyecare")
        typed = [i for i, token in enumerate(tokens) if find_type_words(token)]
        first = typed[0] + 1 if typed and typed[0] <= 1 and typed[0] + 1 < len(tokens) else 0
        for token in tokens[first:]:
            if not find_type_words(token) and token[:1].isupper() and token.casefold() not in FIELD_WORDS:
                lead.add(stem(token))
                break
    return Brand(frozenset(lead), frozenset(words))


@lru_cache(maxsize=1024)
def _greeted(head: str) -> tuple[str, ...]:
    """The names a unit's opening greets ("Вы позвонили в …", "Welcome to …"). Cached: the first units of a page
    are its header and menu, the same on every page of a site."""
    return tuple(m.group("name") for m in _GREETED.finditer(head))


def _title_line_lead(text: DocumentText) -> list[str]:
    """The name that leads two or more title lines, each of it, a preposition and another place ("«Игротека» на
    Пушкинской" / "«Игротека» в Сарапуле", "Žitko na Limanu" / "Žitko na Grbavici"): the company's."""
    places: dict[str, set[str]] = defaultdict(set)
    for line in dict.fromkeys(line for unit in text.units for line in (*unit.text.split("\n"), *unit.context)):
        title = _title_line(line)
        if title:
            places[title[0]].add(title[1])
    return [lead for lead, named in places.items() if len(named) >= 2]


@lru_cache(maxsize=4096)
def _title_line(line: str) -> tuple[str, str] | None:
    """(lead, key of the place) of a title line, else None. Cached: the lines of a site's header, menu and footer
    come back on every page."""
    m = _TITLE_LINE.fullmatch(line.strip())
    if m and not find_type_words(m.group("lead")):
        return m.group("lead"), name_key(m.group("place"))
    return None


# A line that is only a name, a preposition and a place: "«Игротека» в ТРЦ «Италмас»", "Шафран на Баумана".
_TITLE_LINE = re.compile(
    r"[«„\"]?(?P<lead>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{2,30})[»“\"]?[ \t]+(?:на|в|во|у|u|na)[ \t]+"
    r"(?P<place>(?:ТРЦ|ТЦ|TC|ТК)?[ \t]*[«„\"]?[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{2,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30})?[»“\"]?)"
)


def _sibling_heading_lead(text: DocumentText) -> list[str]:
    """The word that leads two or more sibling headings of a few capitalised words each ("Комшија Центар",
    "Комшија Чачалица", "Комшија Смедерево"): the company's name, before each branch's."""
    headings: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for unit in text.units:
        if unit.role == "boilerplate" or not unit.context:
            continue
        heading = unit.context[-1]
        words = heading.split()
        if (2 <= len(words) <= 4 and is_proper_name(heading) and not find_type_words(heading)
                and not names_a_day(heading) and not is_field_label(heading) and not any(c.isdigit() for c in heading)):
            headings[(unit.context[:-1], words[0])].add(heading)
    return [lead for (_, lead), named in headings.items() if len(named) >= 2]


# The last word of a loyalty programme, a card, a package or an event named after the company.
_PROGRAMME_WORDS = frozenset(
    "rewards reward club card cards plus points perks pass package bundle event events sale deals specials program "
    "programme membership app bonus клуб карта плюс бонус бонусы баллы klub kartica plus bonus poeni".split()
)


# A quantifier before a name makes it a product line: no one speaks of "all" or "any" of one shop.
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])(?i:all|any|every|svi|sve|svih|сви|све|свих|все|всех|любые|любых)\s+$")
# A street named after the company's word, in an address: "612 W Ogeechee St", "40 Harvest Road".
_HOUSE_BEFORE = re.compile(r"\d[\w/-]{0,6}[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?$")


def brand_branches(body: str, brand: Brand) -> list[BranchName]:
    """Branches named by the company's lead word and a place ("Clearview Easton", "Kamilica Kraljevo"), never the
    company's own name ("Clearview Eyecare")."""
    if not brand.lead:
        return []
    out = []
    for m in _CAPITAL_RUN.finditer(body):
        tokens = m.group(0).split()
        if stem(tokens[0]) not in brand.lead or stem(tokens[1]) in brand.words:
            continue
        if body[max(0, m.start() - 1):m.start()] in _OPENING_QUOTES:
            continue  # «Итиль Плюс», "Harvest Rewards": a product or a programme named after the company
        if _PRODUCT_BEFORE.search(body, max(0, m.start() - 16), m.start()):
            continue  # "all Magnolia Naturals vitamins": a product line named after the company, never one shop
        if any(is_day_label(t) for t in tokens[1:]) or find_type_words(m.group(0)):
            continue
        if tokens[-1].casefold() in _PROGRAMME_WORDS:
            continue  # "Harvest Rewards", "Итиль Бонус": the company's programme, not a place
        if is_english_street_type(tokens[-1]) or _HOUSE_BEFORE.search(body, max(0, m.start() - 12), m.start()):
            continue  # "612 W Ogeechee St": a street of the company's name, in an address
        place = " ".join(tokens[1:])
        out.append(BranchName(name=m.group(0), type=SHOP, place=place, start=m.start(), end=m.end(),
                              word=tokens[0], lead=m.start()))
    # "Tidewater Paint – Point Loma": the company's whole name, a dash and a place (a store locator's result)
    for m in _BRAND_DASH_PLACE.finditer(body):
        brand_tokens, place = m.group("brand").split(), m.group("place")
        if (stem(brand_tokens[0]) not in brand.lead or any(stem(t) not in brand.words for t in brand_tokens)
                or any(n.start <= m.start() < n.end for n in out) or any(is_day_label(t) for t in place.split())):
            continue
        out.append(BranchName(name=m.group(0), type=SHOP, place=place, start=m.start(), end=m.end(),
                              word=brand_tokens[0], lead=m.start()))
    # "Шафран на Баумана", "Оттиск в Академгородке", "Žitko na Limanu": the lead word, a preposition and a place
    for m in _BRAND_PREP_PLACE.finditer(body):
        if stem(m.group("lead")) not in brand.lead or any(n.start <= m.start() < n.end for n in out):
            continue
        out.append(BranchName(name=m.group(0), type=SHOP, place=m.group("place"), start=m.start(), end=m.end(),
                              word=m.group("lead"), lead=m.start(), prep=m.group("prep")))
    return sorted(out, key=lambda n: n.start)


def is_brand(name: BranchName, brands: frozenset[str]) -> bool:
    """Whether a name is the company's own ("Мебельный салон «Уют»" on Уют's site), not a branch of it."""
    return not name.prep and name_key(name.place) in brands
