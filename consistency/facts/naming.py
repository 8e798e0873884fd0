"""How a page names places: which headings, labels, rows and menu items name a branch.

A label names a branch when it is a short proper name and not a field ("Адрес:",
"Hours"), a day ("31 декабря", "Thanksgiving Day"), a department ("Customer
service", "горячая линия") or the company's legal details ("ООО «Переплёт»,
ИНН ..."). Also the names a run knows (KnownNames: the branches its layout
names, found again in other text) and the branches a page's navigation lists.

Hand-written: these are conventions of company content in three languages, in
tables of words.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from consistency.documents.document import DocumentText
from consistency.facts import addresses, hours
from consistency.facts.branch_names import (
    BranchName, find_branch_names, find_type_words, is_plural_type, name_key, stem,
)
from consistency.facts.found import ExtractionSettings, UnitRead


# The formats of IVR scripts: their units' context is a menu path, not headings.
IVR_FORMATS = frozenset({"vxml", "twiml", "connect", "ivr-text"})

# Departments and lines that serve the whole company.
DEPARTMENT = re.compile(
    r"(?<![\w-])(?:горяч\w{0,3}\s+лини\w{0,2}|контакт-?\s?центр\w{0,2}|колл-?\s?центр\w{0,2}|call[\s-]?cent(?:er|re)s?"
    r"|справочн\w{0,3}\s+(?:служб|лини)\w{0,2}|един\w{1,2}\s+(?:номер|телефон|справочн)\w{0,3}|head\s+office"
    r"|headquarters|(?:главн|головн|центральн)\w{2}\s+офис\w{0,2}|юридическ\w{2,3}\s+адрес\w{0,2}"
    r"|customer\s+(?:service|support|care)|служб\w{1,2}\s+(?:поддержки|заботы|доставки)|поддержк\w{1,2}"
    r"|wholesale|оптов\w{1,3}|billing|бухгалтери\w{1,2}|отдел\w{0,2}\s+кадров|careers|пресс-служб\w{1,2}"
    r"|hotline|helpline|emergency\s+(?:line|number)|hitn\w{1,2}\s+linij\w{1,2}|хитн\w{1,2}\s+линиј\w{1,2}"
    r"|экстренн\w{2,3}\s+лини\w{1,2}|member\s+services?|korisni\w{1,3}\s+servis\w{0,2}|корисни\w{1,3}\s+сервис\w{0,2}"
    r"|pozivn\w{1,2}\s+centar\w{0,2}|позивн\w{1,2}\s+центар\w{0,2}|kontakt\s+centar\w{0,2}|контакт\s+центар\w{0,2}"
    r"|veleprodaj\w{0,2}|велепродај\w{0,2}|podršk\w|podrsk\w|подршк\w{1,2}|интернет-заказ\w{0,3}|закажите"
    r"|заказать|заказывайте|(?:при[её]м|отдел|стол)\w{0,2}\s+заказов|поручите|поручити|наручите|наручити|poručite"
    r"|poručiti|naručite|naručiti|поруџбин\w{0,2}|porudžbin\w{0,2}|porudzbin\w{0,2}|to\s+order|online\s+orders?"
    r"|order\s+line|place\s+(?:an\s+)?order|ordering|сервисн\w{2,3}\s+центр\w{0,2}|servisn\w{1,2}\s+centar\w{0,2}"
    r"|сервисн\w{1,2}\s+центар\w{0,2}|отдел\w{0,2}\s+(?:продаж|кадров|доставки|обслуживания|по\s+работе)"
    r"|офис\w{0,2}\s+компании|(?:company|corporate)\s+office"
    r"|sales\s+(?:team|department|office)|администраци\w{1,2}|управ\w{1,2}\s+компании"
    r"|организатор\w{0,2}|organizer|organizator\w{0,2}|организатор\w{0,2}"
    # "the chain's Spring Into Tile event": the chain's own, not the shop a release is about
    r"|(?:the|our)\s+chain[’']s)(?![\w-])",
    re.IGNORECASE,
)
# The company's legal details ("ООО «Переплёт», ИНН ..., 420111, Казань, ..."): its registered address, not a shop.
LEGAL = re.compile(
    r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ИП|ИНН|ОГРН|ОГРНИП|КПП|LLC|L\.L\.C\.|Inc\.|Ltd\.?|Corp\.|GmbH"
    r"|d\.o\.o\.|д\.о\.о\.|DOO|ДОО|a\.d\.|а\.д\.|PIB|ПИБ)(?![\w-])"
)


def branch_addresses(read: UnitRead) -> set[str]:
    """A unit's addresses but those on a line of the company's legal details or departments ("ООО «…», ИНН …,
    адрес")."""
    text = read.unit.text
    out = set()
    for f in read.found:
        if f.kind == "address":
            start = text.rfind("\n", 0, f.start) + 1
            end = text.find("\n", f.end)
            line = text[start:end if end >= 0 else len(text)]
            if not LEGAL.search(line) and not DEPARTMENT.search(line):
                out.add(f.value)
    return out


# A branch's short name, as a switchboard's extension or a sidebar's card gives it, is at most this many words.
SHORT_NAME_WORDS = 4
WORDS = re.compile(r"[^\W\d_]{2,}")

# Headings, table columns and IVR items that label a kind of fact rather than name a place.
FIELD_WORDS = frozenset(
    "адрес адреса адресу адреса телефон телефоны тел телефона режим работы работа часы график время будни выходные "
    "выходн праздничные праздничный праздники дни день контакты контакт как нас найти добраться проезд схема "
    "метро email e mail почта сайт наши наш новости услуги акции акция о об нам мы где address addresses phone "
    "telephone hours opening open holiday holidays store find call us contact contacts email directions "
    "location locations our weekdays weekends weekday weekend map news services about where adresa adrese telefon "
    "radno vreme radnim danima vikendom kontakt kontakti praznici neradni dani nas naši naše gde адреса "
    "адресе телефон радно време радним данима викендом контакт контакти празници нерадни дани нас наши наше где "
    "остальных остальные other all все svi sve сви све "
    # the lines a number is given for: "Моб: 064/228-9011", "Fax:", "Viber"
    "моб мобильный мобилни mob mobilni mobile cell факс fax viber whatsapp".split()
)
FIELD_STEMS = frozenset(stem(w) for w in FIELD_WORDS)


def menu_branches(text: DocumentText) -> tuple[str, ...]:
    """The branches a page's navigation lists under a label for them ("Locations / Fishtown / East Passyunk",
    "Филиалы / Центральный / Черниковка"): short proper names, one a line."""
    out: list[str] = []
    for unit in text.units:
        if unit.role != "boilerplate" or "\n" not in unit.text:
            continue
        lines = [line.strip() for line in unit.text.split("\n") if line.strip()]
        if len(lines) < 3 or len(lines[0].split()) > 3 or not lists_branches(lines[0]) or label_key(lines[0]):
            continue
        items = lines[1:]
        if all(is_title(item) and is_proper_name(item) and len(item.split()) <= 5 and not is_field_label(item)
               for item in items):
            out += items
    return tuple(out)


@lru_cache(maxsize=256)
def menu_known(menu: tuple[str, ...]) -> KnownNames | None:
    return KnownNames(menu) if menu else None


class KnownNames:
    """The branches a run's layout names, to find them again by a short name ("Downtown" for "BrightSmile Downtown"),
    and on one page those its text names by type ("our Hawthorne shop" for "Hawthorne keeps longer hours").

    Indexed by stem, so a look-up costs the size of the smallest posting list, not the number of branches.
    """

    def __init__(self, names: Iterable[str]):
        self._names: dict[frozenset[str], str] = {}
        self._by_stem: dict[str, set[frozenset[str]]] = defaultdict(set)
        for name in names:
            key = frozenset(label_key(name).split())
            if key and (key not in self._names or len(name) < len(self._names[key])):
                self._names[key] = name
                for part in key:
                    self._by_stem[part].add(key)
        self._also: KnownNames | None = None

    def with_said(self, names: Iterable[str]) -> KnownNames:
        """These names and, looked up only where none of them answers, the branches a page's text names by type
        that share no word with them."""
        first: dict[frozenset[str], str] = {}  # a branch is called as the page first names it
        for name in names:
            key = frozenset(label_key(name).split())
            if key and not key & self._by_stem.keys():
                first.setdefault(key, name)
        if not first:
            return self
        both = copy.copy(self)
        both._also = KnownNames(first.values())
        return both

    def names(self) -> Iterable[str]:
        return self._names.values()

    def find_whole(self, phrase: str) -> str | None:
        """The one known branch every distinctive word of whose name the phrase holds ("the Midtown Museum")."""
        words = set(label_key(phrase).split())
        candidates = set().union(*(self._by_stem.get(word, ()) for word in words))
        matches = [key for key in candidates if len(key) >= 2 and key <= words]
        if not matches and self._also is not None:
            return self._also.find_whole(phrase)
        return self._names[matches[0]] if len(matches) == 1 else None

    def find_exact(self, phrase: str) -> str | None:
        """The known branch whose distinctive words are exactly the phrase's ("The Back Room", "Manayunk")."""
        key = frozenset(label_key(phrase).split())
        found = self._names.get(key) if key else None
        if found is None and key and self._also is not None:
            return self._also.find_exact(phrase)
        return found

    def find(self, label: str) -> str | None:
        """The one known branch whose name holds every distinctive word of label (None if none or several)."""
        key = label_key(label).split()
        if not key or is_field_label(label):
            return None
        postings = sorted((self._by_stem.get(part, set()) for part in key), key=len)
        matches = set(postings[0]).intersection(*postings[1:])
        if not matches and self._also is not None:
            return self._also.find(label)
        return self._names[matches.pop()] if len(matches) == 1 else None


def is_branch(name: BranchName, settings: ExtractionSettings) -> bool:
    """Whether a name is one branch: "магазины в Москве" are all of them, "Филиал в Самаре" is one."""
    key = name_key(name.place)
    in_a_city = key in city_keys(settings.city) or addresses.city_of_section(name.place) is not None
    return bool(key) and not (is_plural_type(name.word) and in_a_city)


@lru_cache(maxsize=64)
def city_keys(city: str | None) -> frozenset[str]:
    cities = {"москва", "moscow", "санкт-петербург", "петербург", "beograd", "београд", "belgrade", "novi sad"}
    if city:
        cities.add(city)
    return frozenset(name_key(c) for c in cities)


@lru_cache(maxsize=4096)
def cached_names(text: str) -> tuple[BranchName, ...]:
    return tuple(find_branch_names(text))


def label_names(label: str, settings: ExtractionSettings) -> list[BranchName]:
    """Branches a heading, question or menu label names."""
    return [n for n in cached_names(label) if is_branch(n, settings) and not is_plural_type(n.word)]


def label_key(label: str) -> str:
    """A label's name key without the words of field labels ("Режим работы", "Find us", "Адрес")."""
    return " ".join(s for s in name_key(label).split() if s not in FIELD_STEMS and not s.isdigit())


def is_field_label(label: str) -> bool:
    """Whether a heading or column label names a kind of fact ("Адрес", "Radno vreme", "HOLIDAY HOURS")."""
    words = re.findall(r"[^\W\d_]+", label.casefold())
    return bool(words) and all(w in FIELD_WORDS or stem(w) in FIELD_STEMS for w in words)


# The words that say where a branch is, inside another place: "Dell Range Counter (inside Frontier Mall)",
# "(в ТЦ «Лето»)", "Glavna 5, Azanja (u prodavnici „Mladost“)".
INSIDE_WORDS = r"(?i:inside|in|at|within|в|во|внутри|у|u|kod|код)[ \t]{1,2}"

# Menu labels that list branches by their addresses or as locations: "Адреса магазинов", "Store locations".
BRANCH_LIST = re.compile(r"адрес|address|locations|adres|lokacij|локациј", re.IGNORECASE)


def lists_branches(label: str) -> bool:
    """Whether a menu label lists branches: "отделения", "адреса и часы работы клубов", "Prodajna mesta"."""
    return bool(find_type_words(label)) or bool(BRANCH_LIST.search(label))


# A place said with its preposition: "на Соколе", "u Čačku", "at Midtown".
STARTS_WITH_PREPOSITION = re.compile(r"(?:на|в|во|у|u|na|on|at|in)\s", re.IGNORECASE)


def is_proper_name(label: str) -> bool:
    """A place's name rather than a field's or a control's ("TC Promenada", "Liman", "м. Сокол"; not "Эл. почта",
    "Показать", "Filter")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", label) if len(w) > 2 or w[:1].isupper()]
    if len(words) == 1 and words[0].casefold() in _CONTROL_WORDS:
        return False
    return bool(words) and all(w[:1].isupper() for w in words) and not any(w.endswith(".") for w in words[:-1])


# The labels of a list's filters, controls and status lines: "Показать: работают круглосуточно", "Filter: open now",
# "Открыто: пт–вс с 14 до 22", "Informacije: 033/62-100".
_CONTROL_WORDS = frozenset(
    "показать фильтр фильтры сортировать сортировка выбрать show filter filters sort select view prikaži prikazi "
    "filtriraj sortiraj izaberi прикажи филтер сортирај изабери открыто открыт закрыто закрыт open closed now "
    "otvoreno zatvoreno отворено затворено информация справки info information informacije информације".split()
)


def is_title(line: str) -> bool:
    """Whether a line can be a row's or card's name: short, a name rather than a label, a sentence, a department
    or a day ("Thanksgiving Day", "31 декабря": rows of a holiday table)."""
    line = _ABBREVIATED_END.sub("", line)  # "Milwaukee St.": the dot of an abbreviation ends no sentence
    return (
        0 < len(line) <= 80 and len(line.split()) <= 8 and not line.endswith((":", ".", "!", "?"))
        and bool(label_key(line)) and not DEPARTMENT.search(line) and not LEGAL.search(line)
        and not names_a_day(line)
    )


_ABBREVIATED_END = re.compile(
    r"(?<![^\W\d_])(?:St|Ave|Av|Rd|Blvd|Dr|Ln|Pl|Sq|Hwy|Pkwy|Ct|Ter|Mt|Ft|ул|пр|просп|бул|пер|ш|наб|пл)\.$")


def names_a_day(label: str) -> bool:
    """A day, not a place, unless a branch's type word says otherwise ("Магазин на 8 Марта")."""
    return hours.names_a_day(label) and not find_type_words(label)
