"""Hours under a heading or a label line: a date above the lines it governs."""

from __future__ import annotations

from datetime import date

from consistency.facts.hours import find_opening_hours

TODAY = date(2026, 12, 10)


def read(text: str, headings: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.value, f.raw) for f in find_opening_hours(text, today=TODAY, headings=headings)]


def test_a_date_line_gives_its_day_to_the_name_and_hours_lines_below_it() -> None:
    text = "24 декабря (чт)\nСалон на Мира — с 9:00 до 15:00\nСалон на Ленина — выходной"
    assert read(text) == [
        ("2026 Dec 24 09:00-15:00", "Салон на Мира — с 9:00 до 15:00"),
        ("2026 Dec 24 off", "Салон на Ленина — выходной"),
    ]


def test_a_dated_clause_ending_its_line_gives_its_days_to_each_line_below() -> None:
    text = "2–4 января открыты два салона\nСалон «Лотос» — с 12 до 18;\nСалон на Садовой — с 11 до 17."
    assert read(text) == [
        ("2027 Jan 02-2027 Jan 04 12:00-18:00", "Салон «Лотос» — с 12 до 18"),
        ("2027 Jan 02-2027 Jan 04 11:00-17:00", "Салон на Садовой — с 11 до 17"),
    ]


def test_a_date_line_does_not_make_an_event_time_hours() -> None:
    # a date over a program's line is the program's
    assert read("Суббота, 19 декабря\nМастер-класс по лепке — с 12 до 14\nМагазин — выходной") == [
        ("2026 Dec 19 off", "Магазин — выходной")]


def test_a_range_opening_a_line_under_an_hours_heading_is_the_hours() -> None:
    assert read("с 9 до 21, в сб и вс — до 18:00", ("Наши салоны", "Часы работы")) == [
        ("Mo-Fr 09:00-21:00; Sa-Su 09:00-18:00", "с 9 до 21, в сб и вс — до 18:00")]
    assert read("Ulica Vuka Karadžića 3\n0–24", ("Radno vreme",)) == [("24/7", "0–24")]
    assert read("Hours\n10 AM – 6 PM\nCall us at 555-0101") == [("Mo-Su 10:00-18:00", "10 AM – 6 PM")]


def test_a_range_not_opening_its_line_or_under_no_cue_stays_unread() -> None:
    assert read("10 AM – 6 PM", ("Our team",)) == []
    assert read("Hours of fun for the kids\nWorkshop: 10 AM – 12 PM") == []
    assert read("Lunch specials 11 AM – 2 PM", ("Hours",)) == []


def test_days_closing_a_bracket_belong_to_the_times_before_them() -> None:
    assert read("Radno vreme: 8–16 (pon–pet), subota 8–14") == [
        ("Mo-Fr 08:00-16:00; Sa 08:00-14:00", "8–16 (pon–pet), subota 8–14")]


def test_a_date_heading_gives_its_day_to_the_lines_under_it() -> None:
    assert read("Elm Street — 9 AM to 3 PM\nOak Avenue — closed", ("Holiday schedule", "Thursday, December 24")) == [
        ("2026 Dec 24 09:00-15:00", "Elm Street — 9 AM to 3 PM"),
        ("2026 Dec 24 off", "Oak Avenue — closed"),
    ]
    assert read("Pekara Centar — od 8 do 14\nPekara Liman — ne radi", ("31. decembar",)) == [
        ("2026 Dec 31 08:00-14:00", "Pekara Centar — od 8 do 14"),
        ("2026 Dec 31 off", "Pekara Liman — ne radi"),
    ]
