"""Prices stated in text: "1 990 ₽", "от 3 499 руб./мес.", "3.499,00 RSD", "$19.99", and in words as IVR prompts
say them ("сто деведесет девет динара", "пятьсот рублей", "seventy dollars").

Hand-written rather than price-parser: price-parser reads one span well but
needs the span found first, returns only the first amount, and treats any
number ("нажмите 2") as a price. Finding the span is the hard part and needs
the currency table anyway; once the span is known, reading the amount is a
few lines (spaces always group thousands; a dot or comma followed by exactly
three digits groups thousands, by one or two digits marks decimals), so no
library is involved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from consistency.facts.numbers import SPOKEN_NUMBER, spoken_value

# Thousands may be grouped with a space, NBSP, narrow NBSP, thin space, dot,
# comma or apostrophe. Each group needs its separator, so the bounded
# repetition cannot backtrack badly.
_GROUP_SEP = " \u00a0\u202f\u2009.,'’"
_NUMBER = (
    r"(?<![\d.,])"
    rf"(?:\d{{1,3}}(?:[{_GROUP_SEP}]\d{{3}}){{1,4}}|\d{{1,9}})"
    r"(?:[.,]\d{1,2})?"
    r"(?![\d])"
)

# Currency words and signs after the number, by ISO code. A word must not run
# on into a longer word ("2 раза" is not 2 roubles); bare "р" must not start
# "р-н" (district).
_SUFFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("RUB", r"₽|руб(?:лей|ля|ль)?\.?|р\.|р(?![\w-])|rub(?:les?)?\.?|RUR"),
    ("RSD", r"RSD|дин(?:ара|ар)?\.?|din(?:ara|ar)?\.?"),
    ("USD", r"USD|US\$|\$|долл(?:аров|ара|ар)?\.?|dollars?"),
    ("EUR", r"€|EUR|евро|evra|evro|euros?"),
    ("GBP", r"£|GBP"),
)
_PREFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("USD", r"US\$|\$|USD"),
    ("EUR", r"€|EUR"),
    ("GBP", r"£|GBP"),
    ("RUB", r"₽|RUB"),
    ("RSD", r"RSD"),
)

_MULTIPLIERS = {"тыс": Decimal(1000), "млн": Decimal(1_000_000), "хиљ": Decimal(1000), "hilj": Decimal(1000)}

_PER_UNITS: tuple[tuple[str, str], ...] = (
    ("month", r"мес(?:яц|ец)?\.?|month|mo\.?|mes(?:ec)?\.?"),
    ("year", r"год|year|yr\.?|godin[ua]|годин[уа]"),
    ("day", r"день|сутки|сут\.?|day|dan|дан"),
)
_PER_ADVERBS: tuple[tuple[str, str], ...] = (
    ("month", r"ежемесячно|месечно|mesečno|mesecno|monthly"),
    ("year", r"ежегодно|годишње|godišnje|yearly|annually"),
    ("day", r"ежедневно|дневно|dnevno|daily"),
)


def _named_alternation(prefix: str, table: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?P<{prefix}_{code}>{pattern})" for code, pattern in table)


_PRICE_RE = re.compile(
    r"(?P<min>(?<![^\W\d_])(?:от|from|od|од|starting\s(?:at|from))\s{1,3})?"
    r"(?:"
    rf"(?:{_named_alternation('pc', _PREFIX_CURRENCIES)})\s?(?P<pnum>{_NUMBER})"
    r"|"
    rf"(?P<snum>{_NUMBER})"
    r"(?:\s?(?P<mult>тыс|млн|хиљ|hilj)\.?)?"
    r"(?:[.,]-)?\s?"
    rf"(?:{_named_alternation('sc', _SUFFIX_CURRENCIES)})"
    r")"
    r"(?![^\W\d_])"
    r"(?:"
    r"\s{0,2}(?:/\s?|в\s{1,2}|за\s{1,2}|per\s{1,2}|a\s{1,2}|na\s{1,2})"
    rf"(?:{_named_alternation('pu', _PER_UNITS)})(?![^\W\d_])"
    r"|"
    rf"\s{{1,2}}(?:{_named_alternation('pa', _PER_ADVERBS)})(?![^\W\d_])"
    r")?",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def format_amount(amount: Decimal) -> str:
    """An amount as the project writes it: "1990", "19.99" (no grouping, dot decimals)."""
    if amount == amount.to_integral_value():
        return str(int(amount))
    return f"{amount:.2f}"


@dataclass(frozen=True)
class Price:
    """A price read from text."""

    amount: Decimal
    currency: str  # ISO 4217: RUB, RSD, USD, EUR, GBP
    raw: str
    start: int
    end: int
    minimum: bool = False  # "от 3 499 руб."
    per: str | None = None  # "month", "year", "day"

    def __str__(self) -> str:
        text = f"{format_amount(self.amount)} {self.currency}"
        if self.per:
            text += f"/{self.per}"
        return f"from {text}" if self.minimum else text

    @property
    def money(self) -> str:
        """The amount and currency alone: "1990 RUB"."""
        return f"{format_amount(self.amount)} {self.currency}"


def parse_amount(number: str) -> Decimal | None:
    """The value of a written number: "1 990" → 1990, "3.499,00" → 3499.00, "19.99" → 19.99."""
    digits = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", number.strip())
    if not digits:
        return None
    dot, comma = digits.rfind("."), digits.rfind(",")
    if dot >= 0 and comma >= 0:
        # Both present: whichever comes last marks the decimals.
        decimal_sep, group_sep = (".", ",") if dot > comma else (",", ".")
        digits = digits.replace(group_sep, "").replace(decimal_sep, ".")
    elif dot >= 0 or comma >= 0:
        sep = "." if dot >= 0 else ","
        parts = digits.split(sep)
        if len(parts) == 2 and 1 <= len(parts[1]) <= 2:
            digits = parts[0] + "." + parts[1]
        elif all(len(p) == 3 for p in parts[1:]):
            digits = "".join(parts)
        else:
            return None
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _group_code(match: re.Match[str], prefix: str) -> str | None:
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(prefix + "_"):
            return name[len(prefix) + 1:]
    return None


# An amount said in words, as IVR prompts say prices: "петсто динара", "сто деведесет девет динара", "пятьсот рублей",
# "две тысячи рублей", "seventy dollars", "one hundred fifty dollars". Hundreds and thousands by a table of their own
# words; 1..99 as numbers.py says them.
_HUNDREDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900,
    "sto": 100, "dvesta": 200, "dvesto": 200, "trista": 300, "četiristo": 400, "cetiristo": 400, "petsto": 500,
    "šeststo": 600, "sesto": 600, "šesto": 600, "sedamsto": 700, "osamsto": 800, "devetsto": 900,
    "двеста": 200, "двесто": 200, "четиристо": 400, "петсто": 500, "шестсто": 600, "шесто": 600, "седамсто": 700,
    "осамсто": 800, "деветсто": 900,
}
_THOUSAND_WORDS = r"тысяч[аиу]?|тысяч|hiljad[aeu]|хиљад[аеу]|thousand"
_EN_HUNDRED = r"(?:(?P<en_h>" + SPOKEN_NUMBER + r")[ \t]hundred(?:[ \t]and)?)"
_SPOKEN_AMOUNT = (
    r"(?:(?P<th>" + SPOKEN_NUMBER + r")?[ \t]?(?P<thw>" + _THOUSAND_WORDS + r")(?![^\W\d_])[ \t]?)?"
    r"(?:(?P<h>" + "|".join(sorted(_HUNDREDS, key=len, reverse=True)) + r")(?![^\W\d_])[ \t]?|" + _EN_HUNDRED
    + r"[ \t]?)?"
    r"(?P<rest>" + SPOKEN_NUMBER + r")?"
)
_SPOKEN_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("RUB", r"рубл(?:ей|я|ь)"),
    ("RSD", r"динара|динар|dinara|dinar"),
    ("USD", r"dollars?|долларов|доллара|доллар"),
    ("EUR", r"евро|evra|evro|euros?"),
)
_SPOKEN_PRICE_RE = re.compile(
    r"(?<![^\W\d_])(?P<amount>" + _SPOKEN_AMOUNT + r")[ \t](?:" + _named_alternation("sp", _SPOKEN_CURRENCIES)
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_SPOKEN_CURRENCY_HINT = re.compile(r"рубл|динар|dinar|dollar|доллар|евро|evr|euro", re.IGNORECASE)


def _spoken_amount(match: re.Match[str]) -> int | None:
    total = 0
    if match.group("thw"):
        total += 1000 * ((spoken_value(match.group("th")) or 0) if match.group("th") else 1)
    if match.group("h"):
        total += _HUNDREDS[match.group("h").casefold()]
    elif match.group("en_h"):
        total += 100 * (spoken_value(match.group("en_h")) or 0)
    if match.group("rest"):
        total += spoken_value(match.group("rest")) or 0
    return total or None


def _spoken_prices(text: str) -> list[Price]:
    found = []
    for match in _SPOKEN_PRICE_RE.finditer(text):
        if not match.group("amount").strip():
            continue
        amount = _spoken_amount(match)
        currency = _group_code(match, "sp")
        if amount is None or currency is None:
            continue
        start = match.start("amount") + len(match.group("amount")) - len(match.group("amount").lstrip())
        found.append(Price(Decimal(amount), currency, text[start:match.end()], start, match.end()))
    return found


def find_prices(text: str) -> list[Price]:
    """Every price in text (an amount with a currency, in figures or, as IVR prompts say them, in words), in order."""
    found: list[Price] = []
    if not _DIGIT.search(text):
        # a price has an amount: most sentences are done here, cheaply
        return _spoken_prices(text) if _SPOKEN_CURRENCY_HINT.search(text) else found
    for match in _PRICE_RE.finditer(text):
        number = match.group("pnum") or match.group("snum")
        currency = _group_code(match, "pc") or _group_code(match, "sc")
        amount = parse_amount(number)
        if amount is None or currency is None:
            continue
        multiplier = match.group("mult")
        if multiplier:
            amount *= _MULTIPLIERS[multiplier.lower()]
        per = _group_code(match, "pu") or _group_code(match, "pa")
        found.append(
            Price(
                amount=amount,
                currency=currency,
                raw=match.group(0),
                start=match.start(),
                end=match.end(),
                minimum=match.group("min") is not None,
                per=per,
            )
        )
    if _SPOKEN_CURRENCY_HINT.search(text):
        found += [p for p in _spoken_prices(text) if not any(f.start < p.end and p.start < f.end for f in found)]
        found.sort(key=lambda p: p.start)
    return found
