"""Special date ranges kept to some weekdays, and their half-stated times completed from the regular week."""

from __future__ import annotations

from datetime import date

import pytest

from consistency.facts.hours import find_opening_hours

TODAY = date(2026, 11, 22)


def values(text: str) -> list[str]:
    return [f.value for f in find_opening_hours(text, today=TODAY)]


@pytest.mark.parametrize(("text", "expected"), [
    # the days after a date range keep the range to those weekdays, the whole day range
    ("Holiday hours: January 11 through January 22, Monday to Thursday 8 am - 10 pm.",
     ["2027 Jan 11-2027 Jan 22 Mo-Th 08:00-22:00"]),
    ("Режим работы: с 11 по 22 января, пн-чт с 8 до 22.", ["2027 Jan 11-2027 Jan 22 Mo-Th 08:00-22:00"]),
    # ... unless they only name the days the dates fall on
    ("Holiday hours: Dec 24–26, Thu–Sat 10-2.", ["2026 Dec 24-2026 Dec 26 10:00-14:00"]),
    ("Holiday hours: Dec 24, Thursday 10-2.", ["2026 Dec 24 10:00-14:00"]),
])
def test_weekdays_after_a_date_range(text, expected):
    assert values(text) == expected


def test_days_closing_the_sentence_keep_the_range_to_them():
    text = "Holiday hours: January 11 through January 22, we open 8 am - 10 pm Monday through Thursday."
    assert values(text) == ["2027 Jan 11-2027 Jan 22 Mo-Th 08:00-22:00"]


def test_a_closing_time_alone_takes_the_opening_of_the_days_it_holds_on():
    # Friday and Saturday open at other times: only Monday to Thursday lend theirs
    text = ("Our Elm Street shop keeps these hours: Mon–Thu 9am–8pm, Fri 10am–5pm, Sat 11am–3pm, closed Sundays. "
            "During exam week, January 11 through January 22, we stay open until 10 pm Monday through Thursday.")
    assert values(text) == ["Mo-Th 09:00-20:00; Fr 10:00-17:00; Sa 11:00-15:00; Su off",
                            "2027 Jan 11-2027 Jan 22 Mo-Th 09:00-22:00"]


@pytest.mark.parametrize(("text", "expected"), [
    # the dot closing a numeric date, then its weekday: one date, no weekly Thursday
    ("Praznici: 31.12. (četvrtak) 9–15h", ["2026 Dec 31 09:00-15:00"]),
    ("Праздники: 31.12., четверг: 10–16", ["2026 Dec 31 10:00-16:00"]),
])
def test_a_weekday_after_a_dotted_date_names_its_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an opening verb and a closing verb joined by "and": the day's two ends
    ("On Boxing Day (Dec 26) we open at 11 and close at 4.", ["2026 Dec 26 11:00-16:00"]),
    ("Dec 26: the shop opens at 11 am and closes at 4 pm.", ["2026 Dec 26 11:00-16:00"]),
    ("2. januara oba butika otvaraju tek u 12 h i rade do 20 h.", ["2027 Jan 02 12:00-20:00"]),
    ("31 декабря открываемся в 10 и работаем до 16.", ["2026 Dec 31 10:00-16:00"]),
    # an opening verb alone states no hours
    ("Mon–Fri we open at 9 am.", []),
])
def test_an_opening_and_a_closing_verb_make_one_range(text, expected):
    assert values(text) == expected
