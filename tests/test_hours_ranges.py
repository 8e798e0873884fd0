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


@pytest.mark.parametrize(("text", "expected"), [
    # "closed from noon to 1 for lunch": a break, as "closed 12–1 for lunch" is
    ("Our Oak clinic is open weekdays 8:30 to 4:30, closed from noon to 1 for lunch.",
     ["Mo-Fr 08:30-12:00,13:00-16:30"]),
    ("Пн–Пт 9–18, закрыто с 13 до 14 на обед.", ["Mo-Fr 09:00-13:00,14:00-18:00"]),
])
def test_closed_from_to_for_lunch_is_a_break(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "that day" names again the date of the sentence before
    ("On Christmas Eve our Elm and Oak clinics are open from 8 AM to noon. The Pine clinic is closed that day.",
     ["2026 Dec 24 08:00-12:00", "2026 Dec 24 off"]),
    ("31 декабря магазин на Ленина работает с 10 до 16. Магазин на Мира в этот день закрыт.",
     ["2026 Dec 31 10:00-16:00", "2026 Dec 31 off"]),
    ("31. decembra radimo od 9 do 14h. Servis tog dana ne radi.", ["2026 Dec 31 09:00-14:00", "2026 Dec 31 off"]),
    # with no date before it, no day at all
    ("Our Oak clinic is closed that day.", []),
])
def test_that_day_is_the_date_before(text, expected):
    assert values(text) == expected


def test_days_off_after_a_season_are_the_seasons():
    # the closed days said right after a season's weekdays are that season's other days, not every week's
    text = "From November 1 to March 31 we are open Wednesday to Sunday, 11 to 7. Monday and Tuesday we are closed."
    assert values(text) == ["2026 Nov 01-2027 Mar 31 We-Su 11:00-19:00"]
    assert values("Open Wed–Sun 11–7. Monday and Tuesday closed.") == ["Mo-Tu off; We-Su 11:00-19:00"]


@pytest.mark.parametrize(("text", "expected"), [
    # a drop box at the door keeps its own hours, round the clock while the place is closed
    ("Mon–Fri 8–6. After-hours key drop box open 24 hours by the side door.", ["Mo-Fr 08:00-18:00"]),
    ("Open 24/7, every day of the year.", ["24/7"]),
])
def test_a_drop_box_round_the_clock_is_not_the_place(text, expected):
    assert values(text) == expected


def test_going_on_holiday_is_a_closure():
    # "уходит на каникулы": going on holiday, the accusative of "на каникулах"
    assert values("Студия на Мира уходит на каникулы с 3 по 10 января.") == ["2027 Jan 03-2027 Jan 10 off"]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "0–24" is round the clock, with no cue or days needed
    ("Šlep služba 0–24: 0800 555 111", ["24/7"]),
    ("Дежурная аптека 0-24, Садовая 5", ["24/7"]),
    # ... but not a count of months
    ("Programi za bebe 0–24 meseca", []),
    # round the clock said in words, as a phone menu says it
    ("Za šlep službu, dvadeset četiri sata dnevno, pozovite 0800 555 111.", ["24/7"]),
    ("Our towing line answers twenty-four hours a day.", ["24/7"]),
])
def test_round_the_clock_without_a_cue(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate in two number words is no closing hour, and a compound ordinal with "ё" one date
    ("Скидки до двадцати пяти процентов — до двадцать четвёртого декабря.", []),
    ("Двадцать четвёртого декабря закрыто.", ["2026 Dec 24 off"]),
])
def test_spoken_dates_and_rates_are_no_hours(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # weekdays closed by a colon with weekdays after them are a row's label: the days after it have the hours
    ("Weekdays: 9–18\nFri, Sat: Fri 9–18, Sat 11–15", ["Mo-Fr 09:00-18:00; Sa 11:00-15:00"]),
    ("Petak, subota: pet 8–20, sub 9–14", ["Fr 08:00-20:00; Sa 09:00-14:00"]),
])
def test_days_before_days_are_a_label(text, expected):
    assert values(text) == expected


def test_two_for_the_price_of_one_is_an_offer_time():
    # when a two-for-one applies is not when the place is open
    for text in ("Porodični dan: sredom od 16 do 18 — dete i roditelj za cenu jedne karte.",
                 "Семейный день: по средам с 16 до 18 — двое по цене одного."):
        assert find_opening_hours(text, today=TODAY, headings=("Radno vreme",)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a month said without a day ("in December", "у децембру", "в декабре") is the season of the weekdays after it
    ("In December the gift desk is also open Sundays 11–4.", ["2026 Dec 01-2026 Dec 31 Su 11:00-16:00"]),
    ("Магацин у децембру ради и недељом, 9–12 ч.", ["2026 Dec 01-2026 Dec 31 Su 09:00-12:00"]),
    ("В мае касса работает по воскресеньям с 10 до 14.", ["2027 May 01-2027 May 31 Su 10:00-14:00"]),
    # ... and a month before a day number is that day's month, as always
    ("U decembru 2026. radimo kao i obično: pon–pet 8–16 h.", ["Mo-Fr 08:00-16:00"]),
])
def test_a_month_without_a_day_is_a_season(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "24 hours" after "within" is how long an answer takes, not round the clock
    ("Na poruke odgovaramo u roku od 24 sata radnim danima.", []),
    ("Запросы обрабатываем в течение 24 часа по будням.", []),
    ("We answer every e-mail within 24 hours on weekdays.", []),
    ("Šalter radi 24 sata radnim danima.", ["Mo-Fr 00:00-24:00"]),
])
def test_within_24_hours_is_a_time_limit(text, expected):
    assert values(text) == expected


def test_a_range_to_a_months_end_ends_on_its_last_day():
    found = find_opening_hours("Od 3. novembra i do kraja februara kiosk ne radi.", today=date(2026, 10, 1))
    assert [(f.value, f.valid_to) for f in found] == [("2026 Nov 03-2027 Feb 28 off", date(2027, 2, 28))]
    found = find_opening_hours("С пятого ноября до конца марта склад закрыт.", today=date(2026, 10, 1))
    assert [f.value for f in found] == ["2026 Nov 05-2027 Mar 31 off"]


def test_a_list_of_dates_goes_on_past_as_well_as_and_a_preposition():
    found = find_opening_hours("Трећег и четвртог јануара, као и деветог јануара, не радимо.", today=date(2026, 12, 1))
    assert sorted(f.value for f in found) == ["2027 Jan 03 off", "2027 Jan 04 off", "2027 Jan 09 off"]
    found = find_opening_hours("Од 2. до 4. јануара и на Божић, 7. јануара, обе радње су затворене.",
                               today=date(2026, 12, 1))
    assert sorted(f.value for f in found) == ["2027 Jan 02-2027 Jan 04 off", "2027 Jan 07 off"]
