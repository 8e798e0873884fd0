"""A seeded generator of a national bookshop chain's channels, with planted problems and an answer key.

    python bench/chain_site.py OUT [--branches 2000] [--seed 2026]

writes OUT/site/ (the website and the FAQ, to be served over HTTP), OUT/ivr/
(one VoiceXML menu per city, the hotline's TwiML and its plain-text script),
OUT/expected-findings.json (what `consistency check --as-of AS_OF` must
report: rule and subject of every finding, no more, no less) and
OUT/manifest.json (what was generated). `write_config(OUT, base_url)` writes
OUT/consistency.toml once a server for OUT/site/ is listening.

The site is what a chain with N shops looks like to a crawler: a home page,
a paginated store list (cards: name, address, phone, hours), a page per shop
carrying 15-40 KB of CMS boilerplate (mega-menu, footer, cookie banner,
inline CSS and JS), schema.org LocalBusiness JSON-LD on a third of them,
catalogue and information pages, promotions, and one FAQ page listing every
shop and pickup point city by city. The text is Russian, in the forms the
tool reads (data/demo/ and FIELD-NOTES.md): every fact is written in several
ways across channels, so equal hours, phones and addresses written
differently are everywhere, and only the planted problems may be reported.

Hand-written with string templates rather than a template engine: the point
is to control every byte a parser sees, and to stay dependency-free.

Names: every shop and pickup point is named after its street ("Магазин на
Велигина", ул. Велигина), and no two share a name stem, so the answer key
never depends on how the tool would tell two same-named shops in different
cities apart (it cannot yet; see bench/README.md).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

GENERATOR_VERSION = 4
DEFAULT_AS_OF = date(2026, 11, 22)
BRAND = "Книжная сеть «Переплёт»"
DOMAIN = "pereplet-books.ru"
HOTLINE = "8 800 555-27-14"
HOTLINE_E164 = "+78005552714"
CARDS_PER_PAGE = 50
RULES = (
    "hours-mismatch", "address-mismatch", "phone-mismatch", "email-mismatch",
    "promotion-period-mismatch", "promotion-discount-mismatch", "promotion-expired", "entity-missing",
)

# ---------------------------------------------------------------------------
# the world: cities, streets, schedules


@dataclass(frozen=True)
class City:
    """A city the chain trades in."""

    name: str  # nominative, as addresses write it
    slug: str
    code: str  # telephone area code
    postcode: str  # first three digits
    weight: float = 1.0


CITIES = (
    City("Москва", "moskva", "495", "115", 8.0),
    City("Санкт-Петербург", "spb", "812", "190", 4.0),
    City("Новосибирск", "novosibirsk", "383", "630"),
    City("Екатеринбург", "ekaterinburg", "343", "620"),
    City("Казань", "kazan", "843", "420"),
    City("Нижний Новгород", "nizhny", "831", "603"),
    City("Челябинск", "chelyabinsk", "351", "454"),
    City("Самара", "samara", "846", "443"),
    City("Омск", "omsk", "3812", "644"),
    City("Ростов-на-Дону", "rostov", "863", "344"),
    City("Уфа", "ufa", "347", "450"),
    City("Красноярск", "krasnoyarsk", "391", "660"),
    City("Воронеж", "voronezh", "473", "394"),
    City("Пермь", "perm", "342", "614"),
    City("Волгоград", "volgograd", "8442", "400"),
    City("Краснодар", "krasnodar", "861", "350"),
    City("Саратов", "saratov", "8452", "410"),
    City("Тюмень", "tyumen", "3452", "625"),
    City("Тольятти", "tolyatti", "8482", "445"),
    City("Ижевск", "izhevsk", "3412", "426"),
    City("Барнаул", "barnaul", "3852", "656"),
    City("Ульяновск", "ulyanovsk", "8422", "432"),
    City("Иркутск", "irkutsk", "3952", "664"),
    City("Хабаровск", "khabarovsk", "4212", "680"),
    City("Ярославль", "yaroslavl", "4852", "150"),
    City("Владивосток", "vladivostok", "423", "690"),
    City("Томск", "tomsk", "3822", "634"),
    City("Оренбург", "orenburg", "3532", "460"),
    City("Кемерово", "kemerovo", "3842", "650"),
    City("Рязань", "ryazan", "4912", "390"),
    City("Астрахань", "astrakhan", "8512", "414"),
    City("Пенза", "penza", "8412", "440"),
    City("Липецк", "lipetsk", "4742", "398"),
    City("Тула", "tula", "4872", "300"),
    City("Киров", "kirov", "8332", "610"),
    City("Калининград", "kaliningrad", "4012", "236"),
    City("Курск", "kursk", "4712", "305"),
    City("Тверь", "tver", "4822", "170"),
    City("Сочи", "sochi", "862", "354"),
    City("Белгород", "belgorod", "4722", "308"),
)
DEFAULT_CITY = CITIES[0]

# Streets named after people, in the genitive a street name takes ("улица
# Баумана"), which a shop name keeps unchanged ("Магазин на Баумана").
_REAL_STREETS = (
    "Баумана Гагарина Чехова Пушкина Лермонтова Гоголя Толстого Горького Кирова Куйбышева Фрунзе Чапаева Жукова "
    "Королёва Циолковского Менделеева Ломоносова Крылова Тургенева Некрасова Островского Грибоедова Белинского "
    "Чернышевского Добролюбова Герцена Щорса Калинина Дзержинского Свердлова Урицкого Володарского Луначарского "
    "Маяковского Есенина Шолохова Твардовского Фадеева Гайдара Макаренко Суворова Кутузова Нахимова Ушакова "
    "Багратиона Пирогова Сеченова Павлова Мичурина Тимирязева Вернадского Курчатова Гастелло Матросова Зорге "
    "Карбышева Рокоссовского Конева Ватутина Черняховского Тухачевского Блюхера Лазо Котовского Щетинкина "
    "Вавилова Бутлерова Зелинского Опарина Обручева Семашко Бехтерева Филатова Склифосовского Боткина "
    "Глинки Мусоргского Чайковского Рахманинова Шостаковича Прокофьева Сурикова Репина Левитана Шишкина "
    "Айвазовского Васнецова Саврасова Врубеля Серова Кустодиева Крамского Перова Федотова Брюллова Кипренского "
    "Тропинина Венецианова Державина Жуковского Батюшкова Баратынского Тютчева Фета Майкова Плещеева Кольцова "
    "Никитина Сурикова Полонского Апухтина Надсона Бунина Куприна Короленко Мамина-Сибиряка Гарина Вересаева "
    "Серафимовича Новикова-Прибоя Паустовского Пришвина Бианки Житкова Маршака Чуковского Михалкова Барто"
).split()
# Syllables for more streets once the real ones run out: plausible surnames, none a day or month name.
_ONSETS = ("б", "в", "г", "д", "з", "к", "л", "м", "н", "р", "с", "т", "ф", "х", "ж", "ш", "ч", "ц")
_VOWELS = ("а", "о", "е", "и", "у", "ы", "я")
_ENDINGS = ("ова", "ина", "ева", "ского", "цкого", "ана")
_FORBIDDEN_PREFIXES = ("пон", "вто", "сре", "чет", "пят", "суб", "вос", "буд", "вых", "еже", "янв", "фев", "мар", "апр",
                       "май", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "ден", "дом", "кор", "стр", "лит",
                       "маг", "фил", "пун", "вы", "ул", "дн", "час", "тел")
# The tool's generic name words (consistency.facts.branch_names._GENERIC): a street must not collapse into one.
_GENERIC_WORDS = ("магазин книжный филиал пункт выдачи заказов пвз store shop branch pickup point улица "
                  "проспект street avenue").split()

_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "-": "-",
})


def latin(word: str) -> str:
    """Lower-case Latin transliteration used for slugs and mailboxes."""
    return word.casefold().translate(_LATIN)


def name_stem(word: str) -> str:
    """The stem the tool compares branch names by (mirrors consistency.facts.branch_names.stem)."""
    word = latin(word)
    if word.isdigit() or len(word) <= 4:
        return word
    return word[: max(4, len(word) - 2)][:6]


def street_names(rng: random.Random, count: int) -> list[str]:
    """`count` street names in the genitive, no two sharing a name stem; real ones first, then plausible ones."""
    taken = {name_stem(w) for w in _GENERIC_WORDS} | {name_stem(c.name) for c in CITIES}
    names: list[str] = []

    def take(word: str) -> None:
        key = name_stem(word)
        if key in taken or "-" in word or any(word.casefold().startswith(p) for p in _FORBIDDEN_PREFIXES):
            return
        taken.add(key)
        names.append(word)

    for word in _REAL_STREETS:
        take(word)
    attempts = 0
    while len(names) < count:
        attempts += 1
        if attempts > count * 200:
            raise RuntimeError(f"could not invent {count} distinct street names")
        syllables = rng.randint(2, 3)
        stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
        ending = rng.choice(_ENDINGS)
        if stem[-1] in "аоеиуыя" and ending[0] in "аоеиуыя":
            stem = stem[:-1]
        take((stem + ending).capitalize())
    rng.shuffle(names)
    return names[:count]


DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_DAY_SHORT = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
_DAY_FULL = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")
_DAY_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
_DAY_GEN = ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья")
_SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Schedule:
    """A weekly schedule: (opens, closes) in whole hours for each day Mo..Su, None for closed."""

    days: tuple[tuple[int, int] | None, ...]

    def groups(self) -> list[tuple[int, int, tuple[int, int] | None]]:
        """Runs of consecutive days with the same hours: (first day, last day, hours)."""
        out: list[tuple[int, int, tuple[int, int] | None]] = []
        for d, hours in enumerate(self.days):
            if out and out[-1][2] == hours:
                out[-1] = (out[-1][0], d, hours)
            else:
                out.append((d, d, hours))
        return out

    def osm(self) -> str:
        """OSM opening_hours, as the tool normalises it (for the answer key's notes)."""
        parts = []
        for a, b, hours in self.groups():
            days = DAYS[a] if a == b else f"{DAYS[a]}-{DAYS[b]}"
            parts.append(f"{days} off" if hours is None else f"{days} {hours[0]:02d}:00-{hours[1]:02d}:00")
        return "; ".join(parts)

    def closing_earlier(self) -> Schedule:
        """The same week with Monday to Friday closing an hour earlier: the planted contradiction."""
        return Schedule(tuple((h[0], h[1] - 1) if h and d < 5 else h for d, h in enumerate(self.days)))


def _week(*spec: tuple[int, int] | None) -> Schedule:
    return Schedule(tuple(spec))


SCHEDULES = (
    _week(*[(10, 22)] * 7),
    _week(*[(9, 21)] * 5, (10, 20), (10, 20)),
    _week(*[(10, 22)] * 6, (11, 20)),
    _week(*[(10, 21)] * 6, None),
    _week(*[(9, 21)] * 7),
    _week(*[(10, 20)] * 5, (10, 18), None),
    _week(*[(8, 23)] * 7),
    _week(*[(11, 21)] * 5, (11, 18), None),
)

# ---------------------------------------------------------------------------
# the chain: branches and what is planted


@dataclass(frozen=True)
class Branch:
    """A shop (with its own page) or a pickup point (a card and an FAQ line), and how each channel states it."""

    slug: str
    street: str  # genitive, e.g. "Велигина"
    kind: str  # "shop" | "pickup"
    city: City
    house: str  # "12", "104Б"
    building: str | None  # строение
    postcode: str
    phone_local: str  # digits after the area code
    email: str | None
    schedule: Schedule
    jsonld: bool
    status: str = "open"  # open | new (website only) | closed (IVR only)
    # what one channel says differently (planted); None: the same as everyone
    ivr_schedule: Schedule | None = None
    jsonld_schedule: Schedule | None = None
    card_schedule: Schedule | None = None
    faq_schedule: Schedule | None = None
    faq_house: str | None = None
    ivr_house: str | None = None
    card_phone_local: str | None = None
    jsonld_phone_local: str | None = None
    faq_email: str | None = None
    jsonld_email: str | None = None
    variant: int = 0  # picks among equivalent wordings

    @property
    def name(self) -> str:
        return f"Магазин на {self.street}" if self.kind == "shop" else f"Пункт выдачи на {self.street}"

    @property
    def page(self) -> str:
        return f"stores/{self.city.slug}/{self.slug}.html"


@dataclass(frozen=True)
class Promotion:
    """A promotion and what each channel says about it."""

    name: str
    slug: str
    start: date
    end: date
    discount: int
    up_to: bool = False
    faq_end: date | None = None  # planted period mismatch
    ivr_discount: int | None = None  # planted discount mismatch
    on_site: bool = True  # expired ones are only in the IVR's on-hold message
    in_faq: bool = True
    in_ivr: bool = True
    teaser: bool = False  # the home page gives only its end


@dataclass(frozen=True)
class ExpectedFinding:
    """One finding `consistency check --as-of` must report."""

    rule: str
    subject: str
    kind: str
    problem: str
    channels: tuple[str, ...]
    missing_from: str | None = None
    note: str = ""


@dataclass(frozen=True)
class ChainSite:
    """What `generate` wrote."""

    root: Path
    branches: int
    seed: int
    as_of: date
    pages: int  # HTML pages under site/
    site_bytes: int
    ivr_files: int
    expected: tuple[ExpectedFinding, ...]

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def config_path(self) -> Path:
        return self.root / "consistency.toml"


@dataclass(frozen=True)
class Chain:
    """Everything the renderers need."""

    branches: tuple[Branch, ...]
    promotions: tuple[Promotion, ...]
    cities: tuple[City, ...]
    as_of: date
    expected: tuple[ExpectedFinding, ...]

    def in_city(self, city: City, *, kind: str | None = None, channel: str = "website") -> list[Branch]:
        """Branches a channel shows in a city: the website has no closed shops, the FAQ and IVR no new ones."""
        shown = _SHOWN[channel]
        return [b for b in self.branches if b.city == city and (kind is None or b.kind == kind) and b.status in shown]


# which branches each channel still (or already) shows, by status
_SHOWN = {"website": ("open", "new"), "faq": ("open",), "ivr": ("open", "closed")}


def planted_per_kind(branches: int) -> int:
    """How many problems of each branch-level kind a chain of this size gets."""
    return max(1, round(branches / 200))


def build_chain(branches: int, seed: int, as_of: date = DEFAULT_AS_OF) -> Chain:
    """The chain's branches, promotions and answer key; deterministic for (branches, seed, as_of)."""
    if branches < 12:
        raise ValueError("a chain needs at least 12 branches for the planted problems to stand apart")
    rng = random.Random(seed)
    city_count = min(len(CITIES), max(3, branches // 50))
    cities = CITIES[:city_count]
    pickups = max(3, branches // 10)
    k = planted_per_kind(branches)
    closed = k  # shops only the IVR still offers
    total = branches + pickups + closed
    streets = street_names(rng, total)
    weights = [c.weight for c in cities]
    # every city gets at least two shops and one pickup point; the rest by weight
    shop_cities = list(cities) * 2 + rng.choices(cities, weights=weights, k=branches + closed - 2 * len(cities))
    pickup_cities = list(cities) + rng.choices(cities, weights=weights, k=pickups - len(cities))
    order = {c: i for i, c in enumerate(cities)}
    shop_cities.sort(key=order.__getitem__)
    pickup_cities.sort(key=order.__getitem__)
    # house numbers: distinct within a city, so no two branches can be taken for one address
    needed = Counter(shop_cities) + Counter(pickup_cities)
    houses = {c: rng.sample(range(1, max(300, 3 * n)), n) for c, n in needed.items()}
    phones: set[str] = set()

    def house_for(city: City) -> int:
        return houses[city].pop()

    def phone_for(city: City) -> str:
        width = 10 - len(city.code)
        while True:
            local = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(width - 1))
            if local not in phones:
                phones.add(local)
                return local

    made: list[Branch] = []
    for n, city in enumerate(shop_cities):
        street = streets[n]
        number = house_for(city)
        letter = "Б" if rng.random() < 0.1 else ""
        made.append(Branch(
            slug=latin(street),
            street=street,
            kind="shop",
            city=city,
            house=f"{number}{letter}",
            building="2" if rng.random() < 0.08 else None,
            postcode=f"{city.postcode}{rng.randint(0, 999):03d}",
            phone_local=phone_for(city),
            email=f"{latin(street).replace('-', '')}@{DOMAIN}" if rng.random() < 0.4 else None,
            schedule=rng.choice(SCHEDULES),
            jsonld=rng.random() < 1 / 3,
            variant=rng.randrange(4),
        ))
    for n, city in enumerate(pickup_cities):
        street = streets[len(shop_cities) + n]
        made.append(Branch(
            slug=latin(street),
            street=street,
            kind="pickup",
            city=city,
            house=str(house_for(city)),
            building=None,
            postcode=f"{city.postcode}{rng.randint(0, 999):03d}",
            phone_local="",
            email=None,
            schedule=rng.choice(SCHEDULES),
            jsonld=False,
            variant=rng.randrange(4),
        ))

    expected: list[ExpectedFinding] = []
    shops = [i for i, b in enumerate(made) if b.kind == "shop"]
    rng.shuffle(shops)
    picks = iter(shops)

    def pick(condition=lambda b: True) -> int:
        for i in picks:
            if condition(made[i]):
                return i
        raise RuntimeError("ran out of shops to plant problems in")

    for n in range(closed):
        i = pick()
        made[i] = replace(made[i], status="closed")
        expected += [
            ExpectedFinding("entity-missing", made[i].name, "entity", "missing", ("ivr", "website"), "website",
                            "a closed shop still offered in its city's IVR menus"),
            ExpectedFinding("entity-missing", made[i].name, "entity", "missing", ("faq", "ivr"), "faq",
                            "a closed shop still offered in its city's IVR menus"),
        ]
    for n in range(k):
        i = pick()
        made[i] = replace(made[i], status="new")
        expected += [
            ExpectedFinding("entity-missing", made[i].name, "entity", "missing", ("faq", "website"), "faq",
                            "a new shop on the store list and its own page, not yet in the FAQ nor the IVR"),
            ExpectedFinding("entity-missing", made[i].name, "entity", "missing", ("ivr", "website"), "ivr",
                            "a new shop on the store list and its own page, not yet in the FAQ nor the IVR"),
        ]
    open_shop = lambda b: b.status == "open"  # noqa: E731 - a predicate read inline
    for n in range(k):
        how = n % 4
        if how == 1:
            i = pick(lambda b: open_shop(b) and b.jsonld)
        else:
            i = pick(open_shop)
        b = made[i]
        wrong = b.schedule.closing_earlier()
        if how == 0:
            made[i], where = replace(b, ivr_schedule=wrong), "ivr"
        elif how == 1:
            made[i], where = replace(b, jsonld_schedule=wrong), "website JSON-LD"
        elif how == 2:
            made[i], where = replace(b, card_schedule=wrong), "website store list"
        else:
            made[i], where = replace(b, faq_schedule=wrong), "faq"
        expected.append(ExpectedFinding("hours-mismatch", b.name, "hours", "contradiction", ("faq", "ivr", "website"),
                                        note=f"{where} says {wrong.osm()}; the others {b.schedule.osm()}"))
    for n in range(k):
        i = pick(open_shop)
        b = made[i]
        number = int("".join(ch for ch in b.house if ch.isdigit()))
        wrong = str(number + 2) + b.house[len(str(number)):]
        if n % 2 == 0:
            made[i], where = replace(b, faq_house=wrong), "faq"
        else:
            made[i], where = replace(b, ivr_house=wrong), "ivr"
        expected.append(ExpectedFinding("address-mismatch", b.name, "address", "contradiction", ("faq", "ivr", "website"),
                                        note=f"{where} gives house {wrong}; the others {b.house}"))
    for n in range(k):
        if n % 2 == 1:
            i = pick(lambda b: open_shop(b) and b.jsonld)
        else:
            i = pick(open_shop)
        b = made[i]
        digits = b.phone_local
        wrong = digits[:-2] + digits[-1] + digits[-2] if digits[-1] != digits[-2] else digits[:-1] + str((int(digits[-1]) + 1) % 10)
        if n % 2 == 0:
            made[i], where = replace(b, card_phone_local=wrong), "the store list card"
        else:
            made[i], where = replace(b, jsonld_phone_local=wrong), "the page's JSON-LD"
        expected.append(ExpectedFinding("phone-mismatch", b.name, "phone", "contradiction", ("website",),
                                        note=f"{where} gives {b.city.code} {wrong}; the page {b.city.code} {digits}"))
    for n in range(k):
        if n % 2 == 1:
            i = pick(lambda b: open_shop(b) and b.jsonld and b.email is not None)
        else:
            i = pick(lambda b: open_shop(b) and b.email is not None)
        b = made[i]
        local = b.email.split("@")[0]
        wrong = mistyped_mailbox(local)
        wrong = f"{wrong}@{DOMAIN}"
        if n % 2 == 0:
            made[i], where, channels = replace(b, faq_email=wrong), "faq", ("faq", "website")
        else:
            made[i], where, channels = replace(b, jsonld_email=wrong), "the page's JSON-LD", ("faq", "website")
        expected.append(ExpectedFinding("email-mismatch", b.name, "email", "contradiction", channels,
                                        note=f"{where} gives {wrong}; the page {b.email}"))

    promotions = _promotions(as_of, max(1, branches // 1000))
    for p in promotions:
        if p.faq_end:
            expected.append(ExpectedFinding("promotion-period-mismatch", p.name, "promotion", "contradiction",
                                            ("faq", "ivr", "website"), note=f"faq ends it {p.faq_end}; the others {p.end}"))
        if p.ivr_discount:
            expected.append(ExpectedFinding("promotion-discount-mismatch", p.name, "promotion", "contradiction",
                                            ("faq", "ivr", "website"),
                                            note=f"ivr says {p.ivr_discount}%; the others {p.discount}%"))
        if p.end < as_of and p.in_ivr:
            expected.append(ExpectedFinding("promotion-expired", p.name, "promotion", "stale", ("ivr",),
                                            note=f"the IVR's on-hold message still announces it; it ended {p.end}"))
    return Chain(tuple(made), promotions, cities, as_of, tuple(expected))


_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# Another transliteration of the same name ("zh" or "j", "ya" or "ia"): how one shop gets two mailboxes.
_OTHER_SPELLINGS = (("zh", "j"), ("kh", "h"), ("ya", "ia"), ("yu", "iu"), ("ts", "c"), ("shch", "sch"), ("sch", "shch"),
                    ("h", "kh"), ("c", "ts"), ("iy", "y"), ("y", "i"))


def mistyped_mailbox(local: str) -> str:
    """The mailbox another page gives for the same shop: another transliteration, else two letters swapped."""
    for old, new in _OTHER_SPELLINGS:
        if old in local:
            return local.replace(old, new, 1)
    return local[0] + local[2] + local[1] + local[3:] if len(local) > 3 and local[1] != local[2] else local + "s"


def _month(as_of: date, offset: int) -> tuple[int, int]:
    m = as_of.month - 1 + offset
    return as_of.year + m // 12, m % 12 + 1


def _promotions(as_of: date, per_problem: int) -> tuple[Promotion, ...]:
    """Promotions around as_of: running, future and ended ones, and the planted problems."""
    y, m = as_of.year, as_of.month
    month_start, month_end = date(y, m, 1), date(y, m, _MONTH_DAYS[m - 1])
    ny, nm = _month(as_of, 1)
    next_end = date(ny, nm, _MONTH_DAYS[nm - 1])
    week_start = date(y, m, max(1, as_of.day - 3))
    week_end = date(y, m, min(_MONTH_DAYS[m - 1], as_of.day + 4))
    fy, fm = _month(as_of, 1)
    future_start = date(fy, fm, 20)
    ey, em = _month(as_of, 2)
    future_end = date(ey, em, 10)
    out = [
        Promotion("Осенняя распродажа", "autumn-sale", month_start, month_end, 20, teaser=True),
        Promotion("Чёрная пятница", "black-friday", week_start, week_end, 50, up_to=True),
        Promotion("Новогодняя акция", "new-year", future_start, future_end, 10),
    ]
    period_names = ("Книжный марафон", "Неделя поэзии", "Фестиваль комиксов", "Месяц нон-фикшн")
    discount_names = ("Клубные выходные", "Подарочный сезон", "Неделя детектива", "Учебный сезон")
    expired = (("Летние чтения", 6, 8), ("Весенний книгопад", 3, 4), ("Майские каникулы", 5, 5), ("Зимняя классика", 1, 2))
    for n in range(min(per_problem, len(period_names))):
        out.append(Promotion(period_names[n], f"period-{n}", month_start, month_end, 15, faq_end=date(ny, nm, 15)))
    for n in range(min(per_problem, len(discount_names))):
        out.append(Promotion(discount_names[n], f"discount-{n}", month_start, next_end, 30, up_to=True, ivr_discount=25))
    for n in range(min(per_problem, len(expired))):
        name, first, last = expired[n]
        year = y if last < m else y - 1
        out.append(Promotion(name, f"expired-{n}", date(year, first, 1), date(year, last, _MONTH_DAYS[last - 1]), 15,
                             on_site=False, in_faq=False))
    return tuple(out)


# ---------------------------------------------------------------------------
# wording: one schedule, address or phone written the ways channels write them


def _hm(hour: int, *, pad: bool = False) -> str:
    return f"{hour:02d}:00" if pad else f"{hour}:00"


def _span_short(a: int, b: int, sep: str = "–") -> str:
    if a == b:
        return _DAY_SHORT[a]
    if b == a + 1 and a == 5:
        return f"{_DAY_SHORT[a]}, {_DAY_SHORT[b]}"
    return f"{_DAY_SHORT[a]}{sep}{_DAY_SHORT[b]}"


def hours_line(s: Schedule, variant: int) -> str:
    """The shop page's one-line form: "Пн–Пт 9:00–21:00, Сб–Вс 10:00–20:00"."""
    groups = s.groups()
    if len(groups) == 1 and groups[0][2]:
        o, c = groups[0][2]
        return f"Ежедневно {_hm(o)}–{_hm(c)}" if variant % 2 else f"Пн–Вс {_hm(o)}–{_hm(c)}"
    parts = []
    for a, b, h in groups:
        days = _DAY_SHORT[a] if a == b else f"{_DAY_SHORT[a]}–{_DAY_SHORT[b]}"
        parts.append(f"{days} — выходной" if h is None else f"{days} {_hm(h[0])}–{_hm(h[1])}")
    return ", ".join(parts)


def hours_card(s: Schedule, variant: int) -> str:
    """The store list card's form, one line per group (HTML)."""
    groups = s.groups()
    if len(groups) == 1 and groups[0][2]:
        o, c = groups[0][2]
        return f"Ежедневно {_hm(o)}–{_hm(c)}"
    lines = []
    for a, b, h in groups:
        days = _span_short(a, b)
        lines.append(f"{days} — выходной" if h is None else f"{days}: {_hm(h[0])}–{_hm(h[1])}")
    return "<br>".join(lines)


def hours_table_rows(s: Schedule, variant: int) -> list[tuple[str, str]]:
    """The shop page's table: one row a day, or one a group."""
    if variant % 2:
        return [(_DAY_FULL[d], "выходной" if h is None else f"{_hm(h[0])}–{_hm(h[1])}") for d, h in enumerate(s.days)]
    rows = []
    for a, b, h in s.groups():
        label = _DAY_FULL[a] if a == b else f"{_DAY_FULL[a]} — {_DAY_FULL[b].lower()}"
        rows.append((label, "выходной" if h is None else f"{_hm(h[0])}–{_hm(h[1])}"))
    return rows


def _from_to(h: tuple[int, int], style: int) -> str:
    o, c = h
    if style == 1:
        return f"с {_hm(o)} до {_hm(c)}"
    if style == 2 and o < 12 and 12 < c <= 23 and c - 12 <= 11:
        return f"с {o} утра до {c - 12} вечера"
    return f"с {o} до {c}"


def hours_words(s: Schedule, variant: int, *, ivr: bool = False) -> str:
    """Spoken or FAQ form: "по будням с 9 до 21, в выходные с 10 до 20", "ежедневно с 10 до 22"."""
    style = variant % 3 if not ivr else 0
    parts = []
    for a, b, h in s.groups():
        if (a, b) == (0, 6):
            days = "ежедневно"
        elif (a, b) == (0, 4):
            days = "по будням"
        elif (a, b) == (5, 6):
            days = "в субботу и воскресенье —" if ivr else "в выходные"
        elif a == b:
            days = f"в {_DAY_ACC[a]}" + (" —" if ivr and h is None else "")
        elif ivr:
            days = f"с {_DAY_GEN[a]} по {_DAY_ACC[b]}"
        else:
            days = f"{_DAY_SHORT[a].lower()}–{_DAY_SHORT[b].lower()}"
        if h is None:
            parts.append(f"{days} выходной" if ivr else f"{_DAY_FULL[a].lower() if a == b else days} — выходной")
        else:
            parts.append(f"{days} {_from_to(h, style)}")
    return ", ".join(parts)


def schema_hours(s: Schedule, variant: int) -> list[dict]:
    """schema.org openingHoursSpecification."""
    specs = []
    for a, b, h in s.groups():
        if h is None:
            continue
        days = [_SCHEMA_DAYS[d] if variant % 2 else f"https://schema.org/{_SCHEMA_DAYS[d]}" for d in range(a, b + 1)]
        specs.append({"@type": "OpeningHoursSpecification", "dayOfWeek": days if len(days) > 1 else days[0],
                      "opens": _hm(h[0], pad=True), "closes": _hm(h[1], pad=True)})
    return specs


def phone_text(code: str, local: str, style: int) -> str:
    """A phone number in one of the ways Russian sites write it."""
    if len(local) == 7:
        a, b, c = local[:3], local[3:5], local[5:]
    else:
        a, b, c = local[:2], local[2:4], local[4:]
    return (
        f"8 ({code}) {a}-{b}-{c}",
        f"+7 {code} {a}-{b}-{c}",
        f"+7 ({code}) {a}-{b}-{c}",
        f"8-{code}-{a}-{b}-{c}",
        f"+7-{code}-{a}{b}{c}",
        f"+7 {code} {a} {b} {c}",
    )[style % 6]


def phone_e164(code: str, local: str) -> str:
    return f"+7{code}{local}"


def address_text(b: Branch, style: int, *, house: str | None = None, with_city: bool | None = None,
                 postcode: bool = False) -> str:
    """An address in one of the ways it is written: abbreviations, word order, postcode, city."""
    house = house or b.house
    # Moscow is the config's city: its addresses may leave the city out; every other city's may not
    if with_city is None:
        with_city = b.city != DEFAULT_CITY or style % 3 == 0
    spaced_house = house[:-1] + " " + house[-1] if house[-1].isalpha() and style % 2 else house
    building = f", стр. {b.building}" if b.building else ""
    long_building = f", строение {b.building}" if b.building else ""
    street = (
        f"ул. {b.street}, д. {house}{building}",
        f"улица {b.street}, дом {spaced_house}{long_building}",
        f"{b.street} ул., {house}{building}",
        f"ул. {b.street}, д. {spaced_house}{building}",
    )[style % 4]
    city = (f"г. {b.city.name}" if style % 2 else b.city.name) if with_city else ""
    parts = [p for p in (b.postcode if postcode else "", city, street) if p]
    return ", ".join(parts)


def spoken_address(b: Branch, house: str) -> str:
    """The IVR's address: words, no abbreviations."""
    building = f", строение {b.building}" if b.building else ""
    city = "" if b.city == DEFAULT_CITY else f"город {b.city.name}, "
    return f"{city}улица {b.street}, дом {house}{building}"


# ---------------------------------------------------------------------------
# HTML: CMS chrome and pages

_CATEGORIES = (
    ("Художественная литература", ("Современная проза", "Классика", "Детективы", "Фантастика", "Фэнтези",
                                   "Поэзия", "Исторический роман", "Любовный роман")),
    ("Нон-фикшн", ("Бизнес", "Психология", "История", "Наука", "Биографии", "Путешествия", "Кулинария", "Здоровье")),
    ("Детям", ("Книги для малышей", "Сказки", "Энциклопедии", "Комиксы", "Подросткам", "Развивающие книги",
               "Раскраски", "Школьная программа")),
    ("Учебная литература", ("ЕГЭ и ОГЭ", "Иностранные языки", "Словари", "Учебники", "Прописи", "Атласы",
                            "Методические пособия", "Справочники")),
    ("Канцтовары", ("Ежедневники", "Тетради", "Ручки", "Рюкзаки", "Глобусы", "Пеналы", "Краски", "Бумага")),
    ("Подарки", ("Подарочные издания", "Сертификаты", "Открытки", "Настольные игры", "Пазлы", "Календари",
                 "Закладки", "Упаковка")),
)
_INFO_PAGES = (
    ("about.html", "О компании"),
    ("delivery.html", "Доставка"),
    ("payment.html", "Оплата"),
    ("returns.html", "Возврат и обмен"),
    ("loyalty.html", "Программа лояльности"),
    ("contacts.html", "Контакты"),
    ("news.html", "Новости"),
    ("privacy.html", "Политика конфиденциальности"),
    ("promotions.html", "Акции"),
    ("vacancies.html", "Вакансии"),
)
_BOOKS = (
    "Мастер и Маргарита", "Преступление и наказание", "Анна Каренина", "Евгений Онегин", "Мёртвые души",
    "Тихий Дон", "Доктор Живаго", "Белая гвардия", "Двенадцать стульев", "Отцы и дети", "Обломов", "Вишнёвый сад",
    "Капитанская дочка", "Герой нашего времени", "Идиот", "Братья Карамазовы", "Война и мир", "Собачье сердце",
)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _css(rng: random.Random, size: int) -> str:
    """Inline CSS noise of about `size` bytes, as page builders inline it."""
    props = ("margin", "padding", "color", "background", "border", "font-size", "line-height", "gap", "flex", "width")
    out, total, i = [], 0, 0
    while total < size:
        rule = (f".b-{i:x}__el--m{rng.randint(0, 99)}{{{rng.choice(props)}:{rng.randint(0, 64)}px {rng.randint(0, 32)}px;"
                f"{rng.choice(props)}:#{rng.randint(0, 0xffffff):06x};transition:all .{rng.randint(1, 9)}s}}")
        out.append(rule)
        total += len(rule)
        i += 1
    return "\n".join(out)


def _js(rng: random.Random, size: int) -> str:
    """Inline JS noise of about `size` bytes: a state blob and an analytics snippet."""
    items, total = [], 0
    while total < size:
        item = json.dumps({"id": rng.randint(10**6, 10**7), "sku": f"{rng.randint(10**8, 10**9)}",
                           "price": rng.randint(199, 4999), "stock": rng.randint(0, 40),
                           "ts": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00"})
        items.append(item)
        total += len(item) + 1
    return ("window.__APP_STATE__={\"recommendations\":[" + ",".join(items) + "]};\n"
            "(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};"
            "m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,"
            "a.parentNode.insertBefore(k,a)})(window,document,\"script\",\"https://mc.yandex.ru/metrika/tag.js\",\"ym\");"
            "ym(91827364,\"init\",{clickmap:true,trackLinks:true,accurateTrackBounce:true});")


class Renderer:
    """Writes the site: the CMS chrome around every page, and each page's content."""

    def __init__(self, chain: Chain, rng: random.Random):
        self.chain = chain
        self.rng = rng
        self.list_pages = self._paginate()
        self.city_page = {}
        for number, cards in enumerate(self.list_pages, start=1):
            for b in cards:
                self.city_page.setdefault(b.city.slug, number)

    def _paginate(self) -> list[list[Branch]]:
        cards = [b for c in self.chain.cities for kind in ("shop", "pickup") for b in self.chain.in_city(c, kind=kind)]
        return [cards[i:i + CARDS_PER_PAGE] for i in range(0, len(cards), CARDS_PER_PAGE)]

    @staticmethod
    def list_page_path(number: int) -> str:
        return "stores/index.html" if number == 1 else f"stores/page-{number}.html"

    # chrome ---------------------------------------------------------------

    def page(self, path: str, title: str, body: str, *, heavy: bool, head_extra: str = "", breadcrumbs=()) -> str:
        """A whole page: head, header with mega-menu, breadcrumbs, content, footer, cookie banner, scripts."""
        up = "../" * path.count("/")
        rng = self.rng
        css = _css(rng, rng.randint(6000, 16000) if heavy else rng.randint(1500, 3000))
        js = _js(rng, rng.randint(3000, 9000) if heavy else rng.randint(500, 1500))
        menu = []
        for top, subs in _CATEGORIES:
            links = "".join(f'<li><a href="{up}catalog/{latin(s).replace(" ", "-")}.html">{_esc(s)}</a></li>' for s in subs)
            menu.append(f'<li class="mega-menu__col"><a class="mega-menu__top" href="{up}catalog/{latin(top).replace(" ", "-")}.html">'
                        f'{_esc(top)}</a><ul>{links}</ul></li>')
        cities = "".join(
            f'<li><a href="{up}{self.list_page_path(self.city_page[c.slug])}#{c.slug}">{_esc(c.name)}</a></li>'
            for c in self.chain.cities if c.slug in self.city_page
        )
        info = "".join(f'<li><a href="{up}{p}">{_esc(t)}</a></li>' for p, t in _INFO_PAGES)
        crumbs = ""
        if breadcrumbs:
            items = "".join(f'<li><a href="{up}{href}">{_esc(text)}</a></li>' for href, text in breadcrumbs)
            crumbs = (f'<nav class="breadcrumbs" aria-label="Навигационная цепочка"><ol><li><a href="{up}index.html">Главная</a></li>'
                      f'{items}<li aria-current="page">{_esc(title)}</li></ol></nav>')
        return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)} — {_esc(BRAND)}</title>
<meta name="description" content="{_esc(title)}: книги, канцтовары и подарки в магазинах сети «Переплёт».">
<link rel="canonical" href="https://{DOMAIN}/{path}">
<link rel="icon" href="{up}assets/favicon.svg">
<link rel="stylesheet" href="{up}assets/app.css?v=7.2.0">
<style>{css}</style>
{head_extra}
</head>
<body class="page">
<header class="site-header" role="banner">
<div class="topbar"><span class="topbar__city">Ваш город: <button type="button" class="city-select">выбрать</button></span>
<a class="topbar__phone" href="tel:{HOTLINE_E164}">{HOTLINE.replace(" ", "&nbsp;")}</a>
<span class="topbar__note">бесплатно по России, ежедневно с 9:00 до 21:00</span></div>
<a class="site-header__logo" href="{up}index.html"><img src="{up}assets/logo.svg" alt="Переплёт" width="160" height="40"></a>
<form class="search" action="{up}search" role="search"><input type="search" name="q" placeholder="Поиск по каталогу"></form>
<nav class="mega-menu" aria-label="Каталог"><ul class="mega-menu__list">{''.join(menu)}</ul></nav>
<nav class="city-menu" aria-label="Магазины по городам"><ul>{cities}</ul></nav>
</header>
<main class="site-main" id="content">
{crumbs}
{body}
</main>
<footer class="site-footer" role="contentinfo">
<div class="site-footer__col"><p class="site-footer__title">{_esc(BRAND)}</p>
<p>Единая справочная: <a href="tel:{HOTLINE_E164}">{HOTLINE.replace(" ", "&nbsp;")}</a>, звонок по России бесплатный</p>
<p>Офис: 115093, г. Москва, ул. Большая Серпуховская, д.&nbsp;44, офис 19</p>
<p><a href="mailto:info@{DOMAIN}">info@{DOMAIN}</a></p></div>
<nav class="site-footer__nav" aria-label="Разделы сайта"><ul>{info}<li><a href="{up}faq/">Вопросы и ответы</a></li>
<li><a href="{up}stores/index.html">Магазины и пункты выдачи</a></li></ul></nav>
<div class="site-footer__social"><a href="https://vk.com/pereplet_books" rel="noopener">ВКонтакте</a>
<a href="https://t.me/pereplet_books" rel="noopener">Telegram</a></div>
<p class="site-footer__legal">© 2009–2026 ООО «Переплёт-Ритейл». ИНН 7725123987, ОГРН 1097746301234, КПП 772501001</p>
</footer>
<div class="cookie-banner" id="cookie-consent" role="region" aria-label="Уведомление о файлах cookie">
<p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="{up}privacy.html">политикой конфиденциальности</a>.</p>
<button type="button" class="cookie-banner__accept">Хорошо</button></div>
<script src="{up}assets/app.js" defer></script>
<script>{js}</script>
</body>
</html>
"""

    # pages ----------------------------------------------------------------

    def index(self) -> str:
        chain = self.chain
        promos = []
        for p in chain.promotions:
            if not p.on_site:
                continue
            if p.teaser:
                text = f"Скидка {p.discount}% на художественную литературу — до {p.end.day} {_MONTHS_GEN[p.end.month - 1]}."
            else:
                text = f"{_period_words(p.start, p.end)}: {_discount_words(p.discount, p.up_to, cap=False)}."
            promos.append(f'<article class="promo-card promo-card--small"><h3 class="promo-card__title">'
                          f'<a href="promotions.html#{p.slug}">{_esc(p.name)}</a></h3><p class="promo-card__text">{_esc(text)}</p></article>')
        shops = sum(1 for b in chain.branches if b.kind == "shop" and b.status != "closed")
        body = f"""<section class="hero"><h1 class="hero__title">{_esc(BRAND)}</h1>
<p class="hero__lead">{shops} книжных магазинов в {len(chain.cities)} городах России и пункты выдачи заказов с сайта. Больше 120 000 книг в наличии.</p>
<a class="btn" href="stores/index.html">Найти магазин</a></section>
<section class="home-promo"><h2>Акции</h2><div class="promo-grid">{''.join(promos)}</div>
<p><a href="promotions.html">Все акции</a></p></section>
<section class="home-news"><h2>Новости</h2><ul>
<li><time datetime="{chain.as_of.isoformat()}">{chain.as_of.day} {_MONTHS_GEN[chain.as_of.month - 1]} {chain.as_of.year}</time> <a href="news.html#holidays">Режим работы в праздничные дни</a></li>
</ul></section>"""
        return self.page("index.html", "Главная", body, heavy=True)

    def store_list(self, number: int) -> str:
        cards = self.list_pages[number - 1]
        sections, current, kind = [], None, None
        for b in cards:
            if b.city != current:
                if current is not None:
                    sections.append("</div></section>")
                current, kind = b.city, None
                sections.append(f'<section class="stores-city" id="{b.city.slug}"><h2>{_esc(b.city.name)}</h2><div>')
            if b.kind != kind:
                kind = b.kind
                sections.append("<h3 class=\"stores-city__group\">Магазины</h3>" if kind == "shop"
                                else "<h3 class=\"stores-city__group\">Пункты выдачи заказов</h3>")
            sections.append(self.card(b))
        if current is not None:
            sections.append("</div></section>")
        pager = "".join(
            f'<li><a href="{self.list_page_path(n).split("/")[-1]}">{n}</a></li>'
            for n in range(1, len(self.list_pages) + 1)
        )
        # not "Магазины и пункты выдачи": the tool reads every card under such a heading as a pickup point
        body = f"""<div class="container"><h1>Адреса магазинов</h1>
{''.join(sections)}
<nav class="pager" aria-label="Страницы списка"><ul>{pager}</ul></nav></div>"""
        return self.page(self.list_page_path(number), "Адреса магазинов" + (f", страница {number}" if number > 1 else ""),
                         body, heavy=False, breadcrumbs=())

    def card(self, b: Branch) -> str:
        address = address_text(b, b.variant + 1)
        hours = hours_card(b.card_schedule or b.schedule, b.variant)
        if b.kind == "pickup":
            return (f'<article class="store-card store-card--pickup"><h3 class="store-card__name">{_esc(b.name)}</h3>'
                    f'<p class="store-card__address">{_esc(address)}</p><p class="store-card__hours">{hours}</p></article>')
        local = b.card_phone_local or b.phone_local
        badge = '<span class="badge">Новый</span>' if b.status == "new" else ""
        return (f'<article class="store-card">{badge}<h3 class="store-card__name"><a href="{b.city.slug}/{b.slug}.html">{_esc(b.name)}</a></h3>'
                f'<p class="store-card__address">{_esc(address)}</p>'
                f'<p class="store-card__phone"><a href="tel:{phone_e164(b.city.code, local)}">{_esc(phone_text(b.city.code, local, b.variant + 1))}</a></p>'
                f'<p class="store-card__hours">{hours}</p>'
                f'<a class="store-card__more" href="{b.city.slug}/{b.slug}.html">Подробнее</a></article>')

    def branch_page(self, b: Branch, neighbours: Sequence[Branch]) -> str:
        rng = self.rng
        phone = phone_text(b.city.code, b.phone_local, b.variant)
        head = ""
        if b.jsonld:
            item = {
                "@context": "https://schema.org",
                "@type": "BookStore",
                "@id": f"https://{DOMAIN}/{b.page}#store",
                "name": f"{BRAND} — магазин на {b.street}",
                "url": f"https://{DOMAIN}/{b.page}",
                "telephone": phone_text(b.city.code, b.jsonld_phone_local or b.phone_local, 4),
                "address": {"@type": "PostalAddress", "streetAddress": f"ул. {b.street}, {b.house}" + (f", стр. {b.building}" if b.building else ""),
                            "addressLocality": b.city.name, "postalCode": b.postcode, "addressCountry": "RU"},
                "openingHoursSpecification": schema_hours(b.jsonld_schedule or b.schedule, b.variant),
                "parentOrganization": {"@id": f"https://{DOMAIN}/#organization"},
            }
            if b.email:
                item["email"] = b.jsonld_email or b.email
            head = f'<script type="application/ld+json">\n{json.dumps(item, ensure_ascii=False, indent=2)}\n</script>'
        if b.variant % 2:
            rows = "".join(f'<tr><th scope="row">{_esc(d)}</th><td>{_esc(h)}</td></tr>' for d, h in hours_table_rows(b.schedule, b.variant // 2))
            hours = f'<table class="hours-table"><tbody>{rows}</tbody></table>'
        else:
            hours = f'<p class="store-hours__line">{_esc(hours_line(b.schedule, b.variant // 2))}</p>'
        email = (f'<p class="store-contacts__email">Эл. почта: <a href="mailto:{b.email}">{b.email}</a></p>' if b.email else "")
        others = "".join(f'<li><a href="{o.slug}.html">{_esc(o.name)}</a></li>' for o in neighbours)
        walk = rng.randint(3, 15)
        body = f"""<div class="container store-page"><article class="store-page__main">
<h1>{_esc(b.name)}</h1>
<p class="store-page__lead">Книжный магазин сети «Переплёт»: {rng.randint(2, 9)} тысяч книг в зале, детский уголок и кофейня у окна. {walk} минут пешком от остановки общественного транспорта.</p>
<section class="store-contacts"><h2>Адрес и контакты</h2>
<address class="store-contacts__address">{_esc(address_text(b, b.variant, with_city=True, postcode=b.variant % 2 == 0))}</address>
<p class="store-contacts__phone">Телефон: <a href="tel:{phone_e164(b.city.code, b.phone_local)}">{_esc(phone)}</a></p>
{email}</section>
<section class="store-hours"><h2>Часы работы</h2>{hours}
<p class="store-hours__note">Режим работы в праздничные дни — в разделе <a href="../../news.html#holidays">Новости</a>.</p></section>
<section class="store-services"><h2>В магазине</h2><ul><li>Выдача заказов с сайта</li><li>Подарочная упаковка</li>
<li>Оплата картой и по QR-коду</li><li>Бесплатный Wi-Fi</li></ul></section>
</article>
<aside class="other-stores"><h2>Рядом с вами</h2><ul>{others}<li><a href="../index.html">Все магазины</a></li></ul></aside></div>"""
        return self.page(b.page, b.name, body, heavy=True, head_extra=head,
                         breadcrumbs=[("stores/index.html", "Магазины")])

    def promotions(self) -> str:
        cards = []
        for p in self.chain.promotions:
            if not p.on_site:
                continue
            cards.append(f'<article class="promo-card" id="{p.slug}"><h2 class="promo-card__title">{_esc(p.name)}</h2>'
                         f'<p class="promo-card__period">Срок проведения: {_esc(_period_words(p.start, p.end, year=True))}</p>'
                         f'<p class="promo-card__text">{_esc(_discount_words(p.discount, p.up_to))} на книги из специальной подборки.</p></article>')
        body = (f'<div class="container"><h1>Акции</h1><p class="page-lead">Акции действуют во всех магазинах сети и при заказе на сайте. '
                f'Скидки по разным акциям не суммируются.</p><div class="promo-list">{"".join(cards)}</div></div>')
        return self.page("promotions.html", "Акции", body, heavy=False)

    def news(self) -> str:
        y = self.chain.as_of.year
        body = f"""<div class="container"><h1>Новости</h1>
<article id="holidays"><h2>Режим работы в праздничные дни</h2>
<p>31 декабря {y} все магазины работают до 18:00, 1 и 2 января {y + 1} — выходные. С 3 января магазины работают как обычно.</p></article>
<article id="authors"><h2>Встречи с авторами</h2><p>В ноябре в наших магазинах пройдут встречи с авторами; расписание — в группе ВКонтакте.</p></article></div>"""
        return self.page("news.html", "Новости", body, heavy=False)

    def info(self, path: str, title: str) -> str:
        extra = ""
        if path == "contacts.html":
            extra = (f"<p>Единая справочная: {HOTLINE}, ежедневно с 9:00 до 21:00.</p>"
                     f"<p>Почта для обращений: info@{DOMAIN}</p>"
                     "<p>Офис: 115093, г. Москва, ул. Большая Серпуховская, д. 44, офис 19</p>")
        text = ("Мы работаем с 2009 года и открываем новые магазины каждый год. Заказ с сайта можно забрать в любом магазине "
                "или пункте выдачи; заказ хранится 7 дней. Вернуть книгу можно в течение 14 дней с чеком.")
        body = f'<div class="container"><h1>{_esc(title)}</h1><p>{text}</p>{extra}</div>'
        return self.page(path, title, body, heavy=False)

    def catalog(self, name: str) -> str:
        rng = self.rng
        books = "".join(f'<li class="product"><span class="product__title">{_esc(rng.choice(_BOOKS))}</span> '
                        f'<span class="product__price">{rng.randint(3, 29)}9 ₽</span></li>' for _ in range(12))
        body = f'<div class="container"><h1>{_esc(name)}</h1><ul class="products">{books}</ul></div>'
        return self.page(f"catalog/{latin(name).replace(' ', '-')}.html", name, body, heavy=False,
                         breadcrumbs=[("index.html", "Каталог")])

    def faq(self) -> str:
        chain = self.chain
        general = [
            ("Как с вами связаться?",
             f"<p>Позвоните на единую справочную {HOTLINE} (бесплатно по России, ежедневно с 9:00 до 21:00) "
             f"или напишите на info@{DOMAIN}.</p>"),
            ("Какие акции действуют сейчас?",
             "<ul>" + "".join(
                 f"<li>Акция «{_esc(p.name)}» — {_esc(_period_words(p.start, p.faq_end or p.end, year=True))}, "
                 f"{_esc(_discount_words(p.discount, p.up_to, cap=False))} на книги из специальной подборки.</li>"
                 for p in chain.promotions if p.in_faq and p.end >= chain.as_of) + "</ul>"),
            ("Можно ли вернуть книгу?", "<p>Да, в течение 14 дней после покупки, если у вас сохранился чек.</p>"),
        ]
        blocks = [self._details(q, a, f"general-{n}") for n, (q, a) in enumerate(general)]
        for city in chain.cities:
            shops = chain.in_city(city, kind="shop", channel="faq")
            pickups = chain.in_city(city, kind="pickup", channel="faq")
            where = "".join(
                f"<li>{_esc(b.name)} — {_esc(address_text(b, b.variant + 2, house=b.faq_house))}</li>" for b in shops)
            when = "".join(
                f"<li>{_esc(b.name)} — {_esc(hours_words(b.faq_schedule or b.schedule, b.variant))}</li>" for b in shops)
            pick = "".join(
                f"<li>{_esc(b.name)} — {_esc(address_text(b, b.variant + 3))}, {_esc(hours_words(b.schedule, b.variant + 1))}</li>"
                for b in pickups)
            mail = "".join(
                f"<li>{_esc(b.name)} — {_esc(b.faq_email or b.email)}</li>" for b in shops if b.email)
            blocks.append(f'<h2 id="{city.slug}">{_esc(city.name)}</h2>')
            blocks.append(self._details("Где находятся магазины сети?", f"<ul>{where}</ul>", f"{city.slug}-where"))
            blocks.append(self._details("Как работают магазины сети?", f"<ul>{when}</ul>", f"{city.slug}-hours"))
            if pick:
                blocks.append(self._details("Где можно забрать заказ с сайта?", f"<p>В любом нашем магазине или в пункте выдачи:</p><ul>{pick}</ul>",
                                            f"{city.slug}-pickup"))
            if mail:
                blocks.append(self._details("Можно ли написать магазину напрямую?", f"<ul>{mail}</ul>", f"{city.slug}-mail"))
        body = f'<div class="container"><h1>Вопросы и ответы</h1><div class="faq">{"".join(blocks)}</div></div>'
        return self.page("faq/index.html", "Вопросы и ответы", body, heavy=False)

    @staticmethod
    def _details(question: str, answer: str, anchor: str) -> str:
        return (f'<details class="faq__item" id="{anchor}"><summary class="faq__question">{_esc(question)}</summary>'
                f'<div class="faq__answer">{answer}</div></details>')


def _period_words(start: date, end: date, *, year: bool = False) -> str:
    """"с 1 по 30 ноября 2026 г.", "с 20 декабря 2026 г. по 10 января 2027 г."."""
    if start.year == end.year and start.month == end.month:
        return f"с {start.day} по {end.day} {_MONTHS_GEN[end.month - 1]} {end.year} г."
    if start.year == end.year and not year:
        return f"с {start.day} {_MONTHS_GEN[start.month - 1]} по {end.day} {_MONTHS_GEN[end.month - 1]} {end.year} г."
    return (f"с {start.day} {_MONTHS_GEN[start.month - 1]} {start.year} г. "
            f"по {end.day} {_MONTHS_GEN[end.month - 1]} {end.year} г.")


def _discount_words(discount: int, up_to: bool, *, cap: bool = True) -> str:
    text = f"скидки до {discount}%" if up_to else f"скидка {discount}%"
    return text[0].upper() + text[1:] if cap else text


# ---------------------------------------------------------------------------
# IVR


def city_vxml(chain: Chain, city: City) -> str:
    """The VoiceXML menu of a city's shops number: 1 hours, 2 addresses, 0 operator.

    Each shop has its own two- or three-digit code in the hours and the
    addresses menu ("Для магазина на Баумана наберите 12"), as contact
    centres with dozens of branches per city do, so no menu has navigation
    items ("9 — дальше") between the shops.
    """
    shops = sorted(chain.in_city(city, kind="shop", channel="ivr"), key=lambda b: b.street)
    first = 11 if len(shops) <= 89 else 101
    out = [f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Голосовое меню магазинов сети «Переплёт», {_esc(city.name)}. VoiceXML 2.1. -->
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="ru-RU">
  <property name="inputmodes" value="dtmf"/>
  <menu id="main" dtmf="true">
    <prompt>Здравствуйте! Вы позвонили в книжную сеть «Переплёт».
      Чтобы узнать часы работы магазинов, нажмите 1.
      Чтобы узнать адреса магазинов, нажмите 2.
      Чтобы поговорить с оператором, нажмите 0.</prompt>
    <choice dtmf="1" next="#hours">часы работы</choice>
    <choice dtmf="2" next="#addresses">адреса</choice>
    <choice dtmf="0" next="#operator">оператор</choice>
  </menu>"""]
    for topic, label in (("hours", "Часы работы"), ("addresses", "Адреса магазинов")):
        lines = [f"Для магазина на {b.street} наберите {first + n}." for n, b in enumerate(shops)]
        choices = [f'    <choice dtmf="{first + n}" next="#{topic}_{b.slug}">{_esc(b.street)}</choice>'
                   for n, b in enumerate(shops)]
        out.append(_vxml_menu(topic, f"{label}. {' '.join(lines)}", choices))
    for b in shops:
        house = b.ivr_house or b.house
        out.append(f"""  <form id="hours_{b.slug}"><block>
    <prompt>{_esc(b.name)} работает {_esc(hours_words(b.ivr_schedule or b.schedule, b.variant, ivr=True))}.</prompt>
    <goto next="#main"/></block></form>
  <form id="addresses_{b.slug}"><block>
    <prompt>{_esc(b.name)}: {_esc(spoken_address(b, house))}.</prompt>
    <goto next="#main"/></block></form>""")
    out.append(f"""  <form id="operator"><block>
    <prompt>Соединяю с оператором. Операторы отвечают ежедневно с 9 утра до 9 вечера.</prompt></block>
    <transfer name="to_operator" dest="tel:{HOTLINE_E164}" bridge="true" connecttimeout="30s"/>
  </form>
</vxml>
""")
    return "\n".join(out)


def _vxml_menu(menu_id: str, prompt: str, choices: list[str]) -> str:
    return f"""  <menu id="{menu_id}" dtmf="true">
    <prompt>{_esc(prompt)} Чтобы вернуться в главное меню, нажмите звёздочку.</prompt>
{chr(10).join(choices)}
    <choice dtmf="*" next="#main">главное меню</choice>
  </menu>"""


def promo_twiml(chain: Chain) -> str:
    """What the hotline says under "3 — акции"."""
    says = []
    for p in chain.promotions:
        if not p.in_ivr or p.end < chain.as_of:
            continue
        discount = p.ivr_discount or p.discount
        says.append(f"  <Say language=\"ru-RU\">Акция «{_esc(p.name)}»: {_esc(_period_words(p.start, p.end))} — "
                    f"{_esc(_discount_words(discount, p.up_to, cap=False))} на книги из специальной подборки.</Say>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <Say language=\"ru-RU\">Акции сети «Переплёт».</Say>\n"
            + "\n".join(says) + "\n  <Redirect>/ivr/main</Redirect>\n</Response>\n")


def hotline_script(chain: Chain) -> str:
    """The hotline's plain-text script, with the on-hold message that still announces ended promotions."""
    stale = [p for p in chain.promotions if p.end < chain.as_of and p.in_ivr]
    hold = " ".join(
        f"{_period_words(p.start, p.end, year=True).capitalize()} во всех наших магазинах проходит акция «{p.name}» — "
        f"{_discount_words(p.discount, p.up_to, cap=False)} на книги из специальной подборки."
        for p in stale)
    return f"""[Главное меню]
Здравствуйте! Вы позвонили в книжную сеть «Переплёт». Звонок бесплатный.
Нажмите 1 — часы работы и адреса магазинов.
Нажмите 3 — акции и скидки.
Нажмите 0 — чтобы поговорить с оператором.

[0 Оператор]
Соединяем с оператором. Операторы отвечают ежедневно с 9 утра до 9 вечера.

[Ожидание оператора]
Спасибо, что остаётесь на линии! Все операторы сейчас заняты.
{hold}
Оператор ответит вам в ближайшее время.
"""


# ---------------------------------------------------------------------------
# writing it all


def generate(out: str | Path, branches: int = 2000, seed: int = 2026, as_of: date = DEFAULT_AS_OF) -> ChainSite:
    """Write the chain's site, IVR files, answer key and manifest under `out` (replacing what was there)."""
    root = Path(out)
    chain = build_chain(branches, seed, as_of)
    rng = random.Random(seed * 7919 + branches)
    renderer = Renderer(chain, rng)
    files: dict[str, str] = {}
    files["site/index.html"] = renderer.index()
    for number in range(1, len(renderer.list_pages) + 1):
        files["site/" + renderer.list_page_path(number)] = renderer.store_list(number)
    for city in chain.cities:
        shops = chain.in_city(city, kind="shop")
        for n, b in enumerate(shops):
            neighbours = [shops[(n + d) % len(shops)] for d in range(1, min(6, len(shops)))]
            files["site/" + b.page] = renderer.branch_page(b, neighbours)
    files["site/promotions.html"] = renderer.promotions()
    files["site/news.html"] = renderer.news()
    for path, title in _INFO_PAGES:
        if path not in ("promotions.html", "news.html"):
            files["site/" + path] = renderer.info(path, title)
    for top, subs in _CATEGORIES:
        for name in (top, *subs):
            files[f"site/catalog/{latin(name).replace(' ', '-')}.html"] = renderer.catalog(name)
    files["site/faq/index.html"] = renderer.faq()
    files["site/robots.txt"] = "User-agent: *\nDisallow: /search\n"
    files["site/assets/app.css"] = _css(random.Random(seed), 20000)
    files["site/assets/app.js"] = "document.addEventListener('DOMContentLoaded',function(){});\n"
    files["site/assets/logo.svg"] = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"></svg>\n'
    files["site/assets/favicon.svg"] = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"></svg>\n'
    for city in chain.cities:
        files[f"ivr/{city.slug}.vxml"] = city_vxml(chain, city)
    files["ivr/promo.twiml.xml"] = promo_twiml(chain)
    files["ivr/hotline.txt"] = hotline_script(chain)

    _clear(root)
    # every file dated as_of noon: the tool infers years left out of dates from Last-Modified
    stamp = datetime(as_of.year, as_of.month, as_of.day, 12, tzinfo=timezone.utc).timestamp()
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        os.utime(path, (stamp, stamp))
    pages = sum(1 for rel in files if rel.startswith("site/") and rel.endswith(".html"))
    site_bytes = sum(len(t.encode("utf-8")) for rel, t in files.items() if rel.startswith("site/"))
    ivr_files = sum(1 for rel in files if rel.startswith("ivr/"))
    site = ChainSite(root, branches, seed, as_of, pages, site_bytes, ivr_files, chain.expected)
    (root / "expected-findings.json").write_text(json.dumps({
        "as_of": as_of.isoformat(),
        "branches": branches,
        "seed": seed,
        "planted": dict(Counter(e.rule for e in chain.expected)),
        "findings": [asdict(e) for e in chain.expected],
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (root / "manifest.json").write_text(json.dumps({
        "generator": GENERATOR_VERSION, "branches": branches, "seed": seed, "as_of": as_of.isoformat(),
        "pages": pages, "site_bytes": site_bytes, "ivr_files": ivr_files,
        "shops": sum(1 for b in chain.branches if b.kind == "shop"),
        "pickup_points": sum(1 for b in chain.branches if b.kind == "pickup"),
        "cities": len(chain.cities), "promotions": len(chain.promotions),
        "shop_page_bytes": _sizes(files, "site/stores/", exclude=("site/stores/index.html", "site/stores/page-")),
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return site


def _sizes(files: dict[str, str], prefix: str, exclude: tuple[str, ...]) -> dict[str, int]:
    sizes = sorted(len(t.encode("utf-8")) for rel, t in files.items()
                   if rel.startswith(prefix) and not rel.startswith(exclude))
    if not sizes:
        return {}
    return {"min": sizes[0], "median": sizes[len(sizes) // 2], "max": sizes[-1]}


def _clear(root: Path) -> None:
    """Remove what an earlier generate() wrote, and nothing else."""
    import shutil

    for name in ("site", "ivr"):
        if (root / name).is_dir():
            shutil.rmtree(root / name)
    for name in ("expected-findings.json", "manifest.json", "consistency.toml"):
        (root / name).unlink(missing_ok=True)


def load_site(root: str | Path) -> ChainSite | None:
    """A site generate() wrote earlier under root, or None when there is none (or an older generator wrote it)."""
    root = Path(root)
    try:
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        key = json.loads((root / "expected-findings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("generator") != GENERATOR_VERSION:
        return None
    expected = tuple(ExpectedFinding(**{**e, "channels": tuple(e["channels"])}) for e in key["findings"])
    return ChainSite(root, manifest["branches"], manifest["seed"], date.fromisoformat(manifest["as_of"]),
                     manifest["pages"], manifest["site_bytes"], manifest["ivr_files"], expected)


def write_config(site: ChainSite, base_url: str, *, max_pages: int | None = None) -> Path:
    """consistency.toml for a server of site/ at base_url ("http://127.0.0.1:PORT/")."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    limit = max_pages or (site.pages + 1000)
    text = f"""# Generated by bench/chain_site.py for {site.branches} branches (seed {site.seed}); the server: {base}
[project]
name = "{BRAND.replace('"', '')} (benchmark)"
timezone = "Europe/Moscow"
languages = ["ru"]
region = "RU"
city = "{DEFAULT_CITY.name}"

[[source]]
channel = "website"
urls = ["{base}"]
max_pages = {limit}
depth = 6

[[source]]
channel = "faq"
urls = ["{base}faq/"]

[[source]]
channel = "ivr"
paths = ["ivr/*"]

[crawl]
user_agent = "consistency-bench/0.1"
timeout = 30
"""
    site.config_path.write_text(text, encoding="utf-8")
    return site.config_path


# ---------------------------------------------------------------------------
# comparing a report with the answer key


@dataclass(frozen=True)
class Scorecard:
    """How a findings document compares with the answer key, on (rule, subject)."""

    found: tuple[tuple[str, str], ...]
    missed: tuple[tuple[str, str], ...]
    unexpected: tuple[tuple[str, str], ...]

    @property
    def perfect(self) -> bool:
        return not self.missed and not self.unexpected

    def summary(self) -> str:
        return f"{len(self.found)} found, {len(self.missed)} missed, {len(self.unexpected)} unexpected"


def score(expected: Iterable[ExpectedFinding], findings: Iterable[dict]) -> Scorecard:
    """Compare the `findings` of a `--format json` document with the answer key (as multisets of rule + subject)."""
    want = Counter((e.rule, e.subject) for e in expected)
    got = Counter((f["rule"], f["subject"]) for f in findings)
    found = want & got
    return Scorecard(tuple(sorted(found.elements())), tuple(sorted((want - got).elements())),
                     tuple(sorted((got - want).elements())))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory to write into (site/, ivr/, expected-findings.json)")
    parser.add_argument("--branches", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as-of", type=date.fromisoformat, default=DEFAULT_AS_OF)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    site = generate(args.out, args.branches, args.seed, args.as_of)
    planted = Counter(e.rule for e in site.expected)
    print(f"{site.root}: {site.pages} pages, {site.site_bytes / 1e6:.1f} MB, {site.ivr_files} IVR files, "
          f"{len(site.expected)} expected findings ({', '.join(f'{r} {n}' for r, n in sorted(planted.items()))}) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
