"""Prices read from Russian, Serbian and English text."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from consistency.facts.prices import find_prices, parse_amount

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

# (text, [str(price), ...])
PRICES = [
    ("1 990 ₽ вместо 2 490 ₽", ["1990 RUB", "2490 RUB"]),
    ("Цена: 1 990 руб.", ["1990 RUB"]),
    ("от 3 499 руб./мес.", ["from 3499 RUB/month"]),
    ("3.499,00 RSD", ["3499 RSD"]),
    ("Cena 1.990 дин.", ["1990 RSD"]),
    ("samo 1.990,- din", ["1990 RSD"]),
    ("Pretplata od 2 500 dinara mesečno", ["from 2500 RSD/month"]),
    ("Only $19.99!", ["19.99 USD"]),
    ("from $9.99/mo", ["from 9.99 USD/month"]),
    ("1,990.00 USD", ["1990 USD"]),
    ("19,99 €", ["19.99 EUR"]),
    ("€ 10 per month", ["10 EUR/month"]),
    ("2 490 р.", ["2490 RUB"]),
    (f"1{NBSP}990{NBSP}₽", ["1990 RUB"]),
    (f"1{NNBSP}990 ₽", ["1990 RUB"]),
    (f"12{THIN}500 руб", ["12500 RUB"]),
    ("1990₽", ["1990 RUB"]),
    ("от 5 тыс. руб.", ["from 5000 RUB"]),
    ("Абонемент 990 рублей в месяц", ["990 RUB/month"]),
    ("Годовая подписка — 9 900 ₽/год", ["9900 RUB/year"]),
    ("1 500,50 руб.", ["1500.50 RUB"]),
    ("Тариф за 450 р в день", ["450 RUB/day"]),
    # Not prices
    ("нажмите 2", []),
    ("8 800 700 15 02", []),
    ("в 2 раза дешевле", []),
    ("скидка 20%", []),
    ("до 31 декабря 2024 года", []),
    ("ул. Ленина, д. 10, 20 р-н", []),
    ("с 10:00 до 20:00", []),
    ("в 2025 году", []),
]


@pytest.mark.parametrize("text,expected", PRICES)
def test_find_prices(text, expected):
    assert [str(p) for p in find_prices(text)] == expected


def test_price_fields_and_span():
    text = "Тариф «Домашний» от 3 499 руб./мес. для новых абонентов"
    (price,) = find_prices(text)
    assert price.amount == Decimal("3499")
    assert price.currency == "RUB"
    assert price.minimum is True
    assert price.per == "month"
    assert text[price.start:price.end] == price.raw == "от 3 499 руб./мес."
    assert price.money == "3499 RUB"


@pytest.mark.parametrize(
    "number,expected",
    [
        ("1 990", Decimal("1990")),
        ("3.499,00", Decimal("3499.00")),
        ("1.990", Decimal("1990")),
        ("19.99", Decimal("19.99")),
        ("1,5", Decimal("1.5")),
        ("1,990.00", Decimal("1990.00")),
        ("1.99.0", None),
        ("", None),
    ],
)
def test_parse_amount(number, expected):
    assert parse_amount(number) == expected


@pytest.mark.parametrize("text", ["1 " * 5000, "1 000 " * 3000, "1.000," * 3000, "$" * 5000 + "1", "руб " * 4000,
                                  "сто " * 3000 + "рублей", "двадцать пять тысяч " * 1000 + "рублей"])
def test_adversarial_input_runs_in_bounded_time(text):
    started = time.perf_counter()
    find_prices(text)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(("text", "expected"), [
    # amounts said in words, as IVR prompts say them
    ("јефтиније је петсто динара", ["500 RSD"]),
    ("кафа и кроасан коштају сто деведесет девет динара", ["199 RSD"]),
    ("скидка пятьсот рублей", ["500 RUB"]),
    ("скидка две тысячи рублей", ["2000 RUB"]),
    ("popust od dve hiljade dinara", ["2000 RSD"]),
    ("комплетно прање хиљаду четиристо динара", ["1400 RSD"]),
    ("get seventy dollars back", ["70 USD"]),
    ("one hundred fifty dollars off", ["150 USD"]),
    # beside figures, each once
    ("1 990 ₽ или пятьсот рублей", ["1990 RUB", "500 RUB"]),
    # a currency word alone is no price
    ("pay in dollars or рублях", []),
])
def test_spoken_prices(text, expected):
    assert [str(p) for p in find_prices(text)] == expected


def test_a_spoken_price_spans_its_words():
    (price,) = find_prices("Цена — сто деведесет девет динара.")
    assert price.raw == "сто деведесет девет динара"
