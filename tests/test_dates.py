"""Dates and validity periods read from Russian, Serbian and English text."""

from __future__ import annotations

import time
from datetime import date

import pytest

from consistency.facts.dates import find_dates, find_periods

TODAY = date(2026, 11, 22)
D = date

# (text, today, [(valid_from, valid_to), ...])
PERIODS = [
    # Russian
    ("Акция действует до 31 декабря 2024 года.", TODAY, [(None, D(2024, 12, 31))]),
    ("Скидки с 01.03.2025 по 31.03.2025 включительно", TODAY, [(D(2025, 3, 1), D(2025, 3, 31))]),
    ("с 15 по 30 ноября", TODAY, [(D(2026, 11, 15), D(2026, 11, 30))]),
    ("с 1 июня до 31 августа 2025 г.", TODAY, [(D(2025, 6, 1), D(2025, 8, 31))]),
    ("Акция продлена до 15.01.2025", TODAY, [(None, D(2025, 1, 15))]),
    ("Предложение действует до конца месяца.", TODAY, [(None, D(2026, 11, 30))]),
    ("до конца года", TODAY, [(None, D(2026, 12, 31))]),
    ("до конца ноября", TODAY, [(None, D(2026, 11, 30))]),
    ("1–15 ноября", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("с 1.11 по 15.11", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("Акция 27.11–30.11", TODAY, [(D(2026, 11, 27), D(2026, 11, 30))]),  # not a time range: no 27th hour
    # a shared month after days spoken as ordinals (IVR scripts)
    ("од првог до петнаестог децембра", TODAY, [(D(2026, 12, 1), D(2026, 12, 15))]),
    ("с первого по пятнадцатое декабря", TODAY, [(D(2026, 12, 1), D(2026, 12, 15))]),
    # an offer told in the past ended on the last such day before today
    ("Акция «Бархатный сезон» закончилась 30 сентября", TODAY, [(None, D(2026, 9, 30))]),
    ("The sale ended on May 31.", TODAY, [(None, D(2026, 5, 31))]),
    # "wrapped up" says the same
    ("Our Autumn Stitch Week wrapped up on May 30.", TODAY, [(None, D(2026, 5, 30))]),
    ("Akcija je završila se 15. decembra.", TODAY, [(None, D(2025, 12, 15))]),
    ("Akcija „Rani booking“ završena je 30.11. – hvala!", D(2026, 12, 18), [(None, D(2026, 11, 30))]),
    # a line that is nothing but a range of American dates, with slashes or dots
    ("11/27–11/30", TODAY, [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("11.27–11.30", TODAY, [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("c 25 декабря по 10 января", TODAY, [(D(2026, 12, 25), D(2027, 1, 10))]),
    ("с 20 декабря по 10 января 2026", TODAY, [(D(2025, 12, 20), D(2026, 1, 10))]),
    ("01.12.2026 — 31.12.2026", TODAY, [(D(2026, 12, 1), D(2026, 12, 31))]),
    ("Акция с 1 июня и до 31 августа 2026", TODAY, [(D(2026, 6, 1), D(2026, 8, 31))]),
    ("только 31 декабря", TODAY, [(D(2026, 12, 31), D(2026, 12, 31))]),
    ("Скидки с 1 декабря", TODAY, [(D(2026, 12, 1), None)]),
    ("весь ноябрь", TODAY, [(D(2026, 11, 1), D(2026, 11, 30))]),
    ("до 1 января 2027 г. включительно", TODAY, [(None, D(2027, 1, 1))]),
    ("Акция до 15.01.26", TODAY, [(None, D(2026, 1, 15))]),
    # Year inference around New Year and for ended promotions
    ("до 15 января", D(2026, 12, 20), [(None, D(2027, 1, 15))]),
    ("до 31 октября", TODAY, [(None, D(2026, 10, 31))]),
    ("с 1 сентября по 30 ноября", TODAY, [(D(2026, 9, 1), D(2026, 11, 30))]),
    ("с 1 по 31 октября", TODAY, [(D(2026, 10, 1), D(2026, 10, 31))]),
    ("с 5 по 12 мая", TODAY, [(D(2027, 5, 5), D(2027, 5, 12))]),
    ("до 29.02", D(2027, 12, 1), [(None, D(2028, 2, 29))]),
    ("до конца месяца", D(2027, 2, 3), [(None, D(2027, 2, 28))]),
    # Serbian, Cyrillic and Latin
    ("Попуст важи до 15. јануара 2025. године", TODAY, [(None, D(2025, 1, 15))]),
    ("od 1. do 15. novembra", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("od 01.11.2025. do 30.11.2025.", TODAY, [(D(2025, 11, 1), D(2025, 11, 30))]),
    ("od 1. novembra do 15. decembra 2025.", TODAY, [(D(2025, 11, 1), D(2025, 12, 15))]),
    ("Akcija važi od 1. novembra", TODAY, [(D(2026, 11, 1), None)]),
    ("Popust do kraja meseca", TODAY, [(None, D(2026, 11, 30))]),
    ("закључно са 20. децембром 2026.", TODAY, [(None, D(2026, 12, 20))]),
    ("zaključno sa 20. decembrom", TODAY, [(None, D(2026, 12, 20))]),
    # English
    ("Offer valid through December 31", TODAY, [(None, D(2026, 12, 31))]),
    ("valid until 12/31/2026", TODAY, [(None, D(2026, 12, 31))]),
    ("Sale ends Nov 30", TODAY, [(None, D(2026, 11, 30))]),
    ("Nov 1–30", TODAY, [(D(2026, 11, 1), D(2026, 11, 30))]),
    ("from 1 to 15 November", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("November 1 through 15", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    # the shared month's last day as a written ordinal after "the"; a bare number after "the" is no day
    ("Lamps 15% off, January 3rd through the 17th.", TODAY, [(D(2027, 1, 3), D(2027, 1, 17))]),
    ("Delivery from Dec 2 to the 4 nearest towns.", TODAY, [(D(2026, 12, 2), None)]),
    # a weekday between the cue and the date
    ("Save 20% through Sunday, December 6.", TODAY, [(None, D(2026, 12, 6))]),
    ("Скидка действует до воскресенья, 6 декабря.", TODAY, [(None, D(2026, 12, 6))]),
    ("Popust važi do nedelje, 6. decembra.", TODAY, [(None, D(2026, 12, 6))]),
    # "in December": the whole month; not with a year or "of"
    ("Get 10% off grooming in December.", TODAY, [(D(2026, 12, 1), D(2026, 12, 31))]),
    ("We opened in December 2019.", TODAY, []),
    ("You may 5 times in May of any year.", TODAY, []),
    ("between 1 and 15 November", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("Nov 28 – Dec 3, 2026", TODAY, [(D(2026, 11, 28), D(2026, 12, 3))]),
    ("Offer valid from November 1st through November 15th, 2026", TODAY, [(D(2026, 11, 1), D(2026, 11, 15))]),
    ("Valid 11/01/2026 - 11/30/2026", TODAY, [(D(2026, 11, 1), D(2026, 11, 30))]),
    ("until the end of the month", TODAY, [(None, D(2026, 11, 30))]),
    ("until 3/4", TODAY, [(None, D(2027, 3, 4))]),
    ("Sale ends 31 December", TODAY, [(None, D(2026, 12, 31))]),
    ("from 31/12/2025", TODAY, [(D(2025, 12, 31), None)]),
    # yearless slashed dates made dates by "valid", "runs", "sale dates"; a weekday before either end
    ("Winter Tune-Up Special: $10 off, valid 11/25–12/1.", TODAY, [(D(2026, 11, 25), D(2026, 12, 1))]),
    ("The sale runs Friday 11/27 through Monday 11/30.", TODAY, [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("Sale dates: 12/4-12/6", TODAY, [(D(2026, 12, 4), D(2026, 12, 6))]),
    # Serbian day and month with an unpadded month; two days in a row before their month
    ("Akcija traje do 7.1.: telefon sa 50% popusta", TODAY, [(None, D(2027, 1, 7))]),
    ("Samo ovog vikenda, 28. i 29. novembra: -20%", TODAY, [(D(2026, 11, 28), D(2026, 11, 29))]),
    ("Up to 50% off, this weekend only.", D(2026, 11, 20), [(D(2026, 11, 21), D(2026, 11, 22))]),  # from a Friday
    ("Samo ovog vikenda popust 20%", D(2026, 11, 22), [(D(2026, 11, 21), D(2026, 11, 22))]),  # on its Sunday
    ("5 и 7 декабря", TODAY, []),
    # a day spoken as an ordinal (IVR scripts)
    ("Za Materice, samo dvadeset sedmog decembra, akcija", TODAY, [(D(2026, 12, 27), D(2026, 12, 27))]),
    ("акция действует до тридцать первого декабря", TODAY, [(None, D(2026, 12, 31))]),
    # a weekday alone after an end word: its next occurrence, today included (TODAY is a Sunday)
    ("Offer ends Saturday!", TODAY, [(None, D(2026, 11, 28))]),
    ("Акция действует до воскресенья.", TODAY, [(None, D(2026, 11, 22))]),
    ("Save 20% through Sunday, December 6.", TODAY, [(None, D(2026, 12, 6))]),
    # "through" a month takes in the whole month; "all through" it is the month
    ("Walk-in discount valid weekdays through January.", TODAY, [(None, D(2027, 1, 31))]),
    ("Gift wrapping is free all through December", TODAY, [(D(2026, 12, 1), D(2026, 12, 31))]),
    # a run of weekdays is no deadline: its dates come from the text beside it
    ("Pick up Thursday through Sunday (Dec 3–6) and save", TODAY, [(D(2026, 12, 3), D(2026, 12, 6))]),
    ("Curbside pickup Friday through Monday.", TODAY, []),
    # a line of its own, a weekday before each end
    ("Mon 12/7 – Sun 12/13", TODAY, [(D(2026, 12, 7), D(2026, 12, 13))]),
    # a single day: "only" after the date
    ("Black Friday Doorbusters (Nov 27 only)", TODAY, [(D(2026, 11, 27), D(2026, 11, 27))]),
    # Not periods
    ("скидка 20%", TODAY, []),
    ("работаем 24/7", TODAY, []),
    ("Sat 10-4", TODAY, []),
    ("Пн–Пт с 10.00 до 20.00", TODAY, []),
    ("с 9:00 до 18:00", TODAY, []),
    ("тел. 660-38-40", TODAY, []),
    ("8-800-700-15-02", TODAY, []),
    ("Скидка 1/2 цены", TODAY, []),
    ("31 декабря — до 16:00", TODAY, []),
    ("Скидки до 30% на всё", TODAY, []),
    ("с 1 по 5 класс", TODAY, []),
    ("you may 5 times", TODAY, []),
    ("цена 1.990 дин.", TODAY, []),
    ("в 10.05 начнётся вебинар", TODAY, []),
    ("Nova cena 1.5. puta niža", TODAY, []),
    ("Mix 1/2 cup flour with 3/4 cup water", TODAY, []),
    ("Open 24/7 - 365 days", TODAY, []),
    ("We are open 11/27 and 11/28.", TODAY, []),
    ("rated 4.25 stars", TODAY, []),
    ("с 10.00–21.00", TODAY, []),
]


@pytest.mark.parametrize("text,today,expected", PERIODS)
def test_periods(text, today, expected):
    found = find_periods(text, today=today)
    assert [(p.valid_from, p.valid_to) for p in found] == expected


@pytest.mark.parametrize(
    "text,extended",
    [
        ("Акция продлена до 15.01.2025", True),
        ("Мы продлили распродажу до 15 января!", True),
        ("Offer extended until December 31, 2026", True),
        ("Akcija je produžena do 15. januara 2027.", True),
        ("Акция действует до 15.01.2025", False),
        ("Продлена акция «Зима».\nНовая акция до 31 декабря", False),  # another line
    ],
)
def test_extended(text, extended):
    (period,) = find_periods(text, today=TODAY)
    assert period.extended is extended


def test_period_span_covers_cue_and_dates():
    text = "Распродажа с 15 по 30 ноября, успейте!"
    (period,) = find_periods(text, today=TODAY)
    assert period.raw == "с 15 по 30 ноября"
    assert text[period.start:period.end] == period.raw


def test_serbian_year_word_is_in_span():
    (period,) = find_periods("до 15. јануара 2025. године", today=TODAY)
    assert period.raw == "до 15. јануара 2025. године"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Обновлено 12.03.2025", [D(2025, 3, 12)]),
        ("Обновлено: 12 марта 2025 г.", [D(2025, 3, 12)]),
        ("Obnovljeno 12. 3. 2025.", [D(2025, 3, 12)]),
        ("Updated March 12, 2025", [D(2025, 3, 12)]),
        ("2025-11-30", [D(2025, 11, 30)]),
        ("31 декабря — до 16:00", [D(2026, 12, 31)]),
        ("с 30.12 по 08.01 офис не работает", [D(2026, 12, 30), D(2027, 1, 8)]),
        ("23 февраля и 8 марта — с 10 до 17", [D(2027, 2, 23), D(2027, 3, 8)]),
        ("с 1 по 8 января — выходные", [D(2027, 1, 1), D(2027, 1, 8)]),
        ("версия 2.10", []),
        ("стоимость 3.10 евро", []),
        ("работаем 24/7, тел. 8 800 700-15-02", []),
        ("Sat 10-4, Sun closed", []),
        ("скидка 20% на 1/2 ассортимента", []),
        ("31.02.2026", []),  # no such day
    ],
)
def test_dates(text, expected):
    assert [d for d, _, _ in find_dates(text, today=TODAY)] == expected


def test_date_spans_point_at_the_date():
    text = "Обновлено 12.03.2025 в 10:00"
    ((value, start, end),) = find_dates(text, today=TODAY)
    assert text[start:end] == "12.03.2025"


@pytest.mark.parametrize(
    "text",
    ["1 " * 4000, "1." * 4000, "с 1 по " * 1500, "Nov 1 - " * 2000, "до конца " * 2000, "1/" * 4000, "ноября 1 " * 2000],
)
def test_adversarial_input_runs_in_bounded_time(text):
    started = time.perf_counter()
    find_periods(text, today=TODAY)
    find_dates(text, today=TODAY)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(("text", "expected"), [
    # told in the past: the last such dates, not the next
    ("Thanks for making our Harvest Sale (Sept 4–7) our busiest week yet!", (date(2026, 9, 4), date(2026, 9, 7))),
    ("Акция проходила с 1 по 10 сентября во всех салонах.", (date(2026, 9, 1), date(2026, 9, 10))),
    ("Jesenja akcija trajala je od 1. do 10. septembra.", (date(2026, 9, 1), date(2026, 9, 10))),
    # told as current or coming, or with its year written, the dates stand as read
    ("The Harvest Sale, which was a hit last year, returns Sept 4–7.", (date(2027, 9, 4), date(2027, 9, 7))),
    ("Акция с 1 по 10 сентября 2027 года прошла бы без вас.", (date(2027, 9, 1), date(2027, 9, 10))),
    ("Our Harvest Sale runs Sept 4–7.", (date(2027, 9, 4), date(2027, 9, 7))),
])
def test_a_period_told_in_the_past_is_the_last_one(text, expected):
    (period,) = find_periods(text, today=TODAY)
    assert (period.valid_from, period.valid_to) == expected


@pytest.mark.parametrize("text", [
    "Лицензия на медицинскую деятельность № ЛО-77-01-012345 от 14.03.2021.",
    "Договор оферты № 15 от 1 марта 2026 г.",
    "Rešenje br. 12/2026 od 1. marta 2026.",
])
def test_a_numbered_papers_date_is_no_period(text):
    assert find_periods(text, today=TODAY) == []


def test_a_start_after_a_numbered_offer_still_counts():
    (period,) = find_periods("Акция № 5 — скидки от 1 декабря", today=TODAY)
    assert period.valid_from == date(2026, 12, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # "only" over two days in a row is one period
    ("Only on Friday, Nov 27 and Saturday, Nov 28: 20% off.", (date(2026, 11, 27), date(2026, 11, 28))),
    ("Только 27 ноября и 28 ноября скидка 10%.", (date(2026, 11, 27), date(2026, 11, 28))),
    # days apart are not
    ("Only on Nov 27 and Dec 5: 20% off.", (date(2026, 11, 27), date(2026, 11, 27))),
    # "only on" a weekday, in Serbian the accusative: one day
    ("Samo u subotu, 5. decembra, popust 10%.", (date(2026, 12, 5), date(2026, 12, 5))),
    ("Samo u petak 4. decembra.", (date(2026, 12, 4), date(2026, 12, 4))),
    ("Только в пятницу, 4 декабря, скидка 10%.", (date(2026, 12, 4), date(2026, 12, 4))),
])
def test_only_on_two_days_in_a_row(text, expected):
    first = find_periods(text, today=TODAY)[0]
    assert (first.valid_from, first.valid_to) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a whole month with "all"; "all may" is the verb
    ("20% off all December long", [(D(2026, 12, 1), D(2026, 12, 31))]),
    ("all of January", [(D(2027, 1, 1), D(2027, 1, 31))]),
    ("Conditions all may apply 5 times.", []),
    # slashed dates joined by a word, or with their weekdays, are a range; fractions are not
    ("11/27 through 11/30", [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("Fri 11/27 – Mon 11/30", [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("Mix 1/2 – 3/4 cup water", []),
    # slashed dates opening the sentence before a colon
    ("11/27–11/30: buy one drink, get one free", [(D(2026, 11, 27), D(2026, 11, 30))]),
    # the page's own day
    ("Today only: 20% off", [(TODAY, TODAY)]),
    ("Sale ends tonight!", [(None, TODAY)]),
    ("Samo danas popust 10%", [(TODAY, TODAY)]),
    # the end named as the last day
    ("Last day: Nov 30", [(None, D(2026, 11, 30))]),
    # the coming weekdays (today counts; TODAY is a Sunday)
    ("This Friday through Sunday only", [(D(2026, 11, 27), D(2026, 11, 29))]),
    ("this Sunday", [(TODAY, TODAY)]),
    # "only" before a colon and its date
    ("One day only: Saturday, December 12", [(D(2026, 12, 12), D(2026, 12, 12))]),
])
def test_english_period_forms(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a recap told in the simple past: the last such dates
    ("Thanks to everyone who came out for our Summer Sidewalk Sale (July 10–12)!", (D(2026, 7, 10), D(2026, 7, 12))),
    ("Missed our Labor Day Sale (Sept 4–7)?", (D(2026, 9, 4), D(2026, 9, 7))),
    # "until sold out" tells of no past
    ("Friday, Nov 27 only · 6 AM until sold out", (D(2026, 11, 27), D(2026, 11, 27))),
])
def test_a_recap_in_the_simple_past_is_the_last_one(text, expected):
    (period,) = find_periods(text, today=TODAY)
    assert (period.valid_from, period.valid_to) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a time of day between a cue and its date; a weekday end after a dated start is the one after the start
    ("The sale starts at 6 AM on Friday, November 27 and runs through Sunday.",
     [(D(2026, 11, 27), None), (None, D(2026, 11, 29))]),
    ("The promotion ends at midnight on November 30.", [(None, D(2026, 11, 30))]),
    ("The sale kicks off Friday, November 27 at 7 AM.", [(D(2026, 11, 27), None)]),
    # a day spoken as an English ordinal after its month (IVR prompts); "may" stays a verb
    ("Our sale runs from November twenty-seventh through November thirtieth.", [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("through December thirty-first", [(None, D(2026, 12, 31))]),
    ("we may first call you", []),
    # the month named after "the month of"; slashed dates in parentheses of their own or said to be the only days
    ("during the month of December", [(D(2026, 12, 1), D(2026, 12, 31))]),
    ("Doorbusters (11/27–11/30): up to 60% off", [(D(2026, 11, 27), D(2026, 11, 30))]),
    ("20% off boots 11/27-11/30 only.", [(D(2026, 11, 27), D(2026, 11, 30))]),
])
def test_more_english_period_forms(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


@pytest.mark.parametrize("text, expected", [
    # "between" takes "and", also before a bare last day
    ("Sign up between March 3 and 14 to save.", [(D(2027, 3, 3), D(2027, 3, 14))]),
    ("Closed March 3 and 14.", []),  # two days, no range
    # the last day said aloud: "through the ninth"
    ("The clinic runs February second through the ninth.", [(D(2027, 2, 2), D(2027, 2, 9))]),
    # after "extended", "to" is the new last day
    ("Early registration was extended to March 8.", [(None, D(2027, 3, 8))]),
    ("We drove to March 8 rally.", []),
])
def test_join_windows_and_extensions(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Попуст важи седмог и осмог марта.", [(D(2027, 3, 7), D(2027, 3, 8))]),
    ("Скидка действует пятого и шестого марта.", [(D(2027, 3, 5), D(2027, 3, 6))]),
    ("Akcija traje sedmog i osmog marta.", [(D(2027, 3, 7), D(2027, 3, 8))]),
    ("Zatvoreno prvog i trećeg marta.", []),  # not two days in a row
])
def test_two_days_in_a_row_said_aloud(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


def test_the_coming_weekday_said_before_its_date_is_the_dates_day():
    text = "The early-bird rate ends this Friday, December fourth."
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=date(2026, 11, 20))] == [
        (None, date(2026, 12, 4))]


@pytest.mark.parametrize("text, start", [
    ("Starting Friday, every mug is 20% off.", date(2026, 11, 27)),  # TODAY is a Sunday
    ("The sale starts this Sunday.", date(2026, 11, 22)),  # today counts
])
def test_a_run_started_on_a_weekday_without_a_date_starts_on_the_next_such_day(text, start):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == [(start, None)]


@pytest.mark.parametrize("text, expected", [
    ("Starting Monday through Friday we open at 7.", []),  # a schedule of weekdays
    ("Starts Friday, November 27.", [(date(2026, 11, 27), None)]),  # the date says which Friday
])
def test_a_weekday_start_before_another_weekday_or_a_date_is_not_read_alone(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


@pytest.mark.parametrize("text, day", [
    ("Ярмарка — 5 декабря: только один день скидки на всё.", date(2026, 12, 5)),
    ("Doorbuster Saturday, December 5 - one day only.", date(2026, 12, 5)),
    ("Dan otvorenih vrata 5. decembra, samo jedan dan.", date(2026, 12, 5)),
])
def test_a_date_said_to_be_one_day_only_is_that_days_run(text, day):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == [(day, day)]


def test_a_day_spoken_as_an_ordinal_with_yo_is_read():
    assert [p.valid_to for p in find_periods("Действует до четвёртого декабря.", today=TODAY)] == [date(2026, 12, 4)]


@pytest.mark.parametrize("text, expected", [
    # a weekly run from one weekday to another, with its hours: no deadline on the second weekday
    ("Paket: od subote u 9h do nedelje u 20h kombi za 5.000 din. Važi do 20. decembra.", [(None, date(2026, 12, 20))]),
    ("Weekend rate: from Friday 5 pm to Monday 9 am, $49. Valid until December 20.", [(None, date(2026, 12, 20))]),
    ("Акция действует до воскресенья.", [(None, date(2026, 11, 22))]),  # a deadline on a weekday still is one
])
def test_a_run_from_weekday_to_weekday_is_no_deadline(text, expected):
    assert [(p.valid_from, p.valid_to) for p in find_periods(text, today=TODAY)] == expected


def test_a_coupons_exp_is_its_last_day():
    from consistency.facts.dates import find_periods
    [period] = find_periods("Coupon exp. 1/15/27.", today=date(2026, 11, 22))
    assert (period.valid_from, period.valid_to) == (None, date(2027, 1, 15))


@pytest.mark.parametrize("text, last", [
    ("Open house Dec 5 & 6: skates 25% off.", date(2026, 12, 6)),
    ("Dec 5 and 6 only.", date(2026, 12, 6)),
])
def test_two_english_days_in_a_row_joined_by_and_are_one_run(text, last):
    [period] = find_periods(text, today=date(2026, 11, 22))
    assert (period.valid_from, period.valid_to) == (date(2026, 12, 5), last)


def test_two_english_days_apart_joined_by_and_are_two_dates():
    assert find_periods("Closed December 24 and 31.", today=date(2026, 11, 22)) == []


@pytest.mark.parametrize("text", ["Winter Sale · Now – Dec 24 · 20% off", "Sale: now–12/24.", "Save 10% from now to Dec 24."])
def test_now_to_a_date_is_a_run_ending_that_day(text):
    [period] = find_periods(text, today=date(2026, 11, 22))
    assert (period.valid_from, period.valid_to) == (None, date(2026, 12, 24))


def test_now_inside_a_sentence_before_a_date_is_no_start():
    assert find_periods("Available now — December 24 pickup.", today=date(2026, 11, 22)) == []


@pytest.mark.parametrize("text, last", [
    ("Распродажа заканчивается 9 декабря.", date(2026, 12, 9)),
    ("Скидка закончится 20 января.", date(2027, 1, 20)),
    ("Akcija se završava 15. decembra.", date(2026, 12, 15)),
    ("Popust ističe 31. decembra.", date(2026, 12, 31)),
    ("Попуст истиче 7. јануара.", date(2027, 1, 7)),
])
def test_an_end_told_in_the_present_or_future_is_the_last_day(text, last):
    [period] = find_periods(text, today=date(2026, 11, 22))
    assert (period.valid_from, period.valid_to) == (None, last)


@pytest.mark.parametrize("text, first", [
    ("Our Twelve Nights of Savings begin December 3!", date(2026, 12, 3)),
    ("Распродажа начинается 5 декабря.", date(2026, 12, 5)),
    ("Sniženje počinje 7. decembra.", date(2026, 12, 7)),
    ("Снижења почињу 8. децембра.", date(2026, 12, 8)),
])
def test_a_start_told_in_the_present_opens_the_run(text, first):
    [period] = find_periods(text, today=date(2026, 11, 22))
    assert (period.valid_from, period.valid_to) == (first, None)
