"""Phone numbers an IVR prompt says in words or spaced digits, and the spoken numbers that are not phones."""

import time

import pytest

from consistency.facts.numbers import spoken_digits
from consistency.facts.phones import find_phones


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("For the Elm Street office, call five one seven, three two oh, four four eight one.", "US", ["+15173204481"]),
        ("Dial 5 1 7, 3 2 0, 4 4 8 1 to reach us.", "US", ["+15173204481"]),
        ("Our hotline is one eight six six, two one zero, five five oh nine.", "US", ["+18662105509"]),
        ("call one eight hundred, two four one, three three eight six", "US", ["+18002413386"]),
        ("Звоните: плюс семь, три четыре пять два, тридцать, пятнадцать, семьдесят два.", "RU", ["+73452301572"]),
        ("по номеру восемь, восемьсот, двести пять, шестьдесят, одиннадцать, добавочный сорок", "RU",
         ["+78002056011;ext=40"]),
        ("Позовите нула осамсто, двадесет два, двадесет два, двадесет два.", "RS", ["+381800222222"]),
        ("Pozovite nula jedanaest, dvesta dvadeset, šest nula, pet četiri.", "RS", ["+381112206054"]),
        ("Extension after a spoken number: four one two, five five five, oh one nine one, extension twelve.", "US",
         ["+14125550191;ext=12"]),
        # spoken numbers that are not phones
        ("Family run since nineteen eighty-two, at twenty-six forty Lakeview Drive.", "US", []),
        ("Save twenty-five percent, now twelve ninety-nine, from nine A M to seven P M.", "US", []),
        ("Visit us at four oh two, Main Street, open eight, nine, ten and eleven December.", "US", []),
        ("Open 8 30 to 5 30, Monday, Tuesday, Friday; press 1, 2 or 3.", "US", []),
        ("Скидка двадцать пять процентов, дом сто сорок два, с девяти до двадцати одного.", "RU", []),
        ("Нажмите один, два, три или четыре, пять, шесть, семь.", "RU", []),
        ("ИНН: семь семь ноль один, два три, четыре пять, шесть семь, восемь.", "RU", []),
    ],
)
def test_spoken_phones(text, region, expected):
    assert [p.value for p in find_phones(text, region=region)] == expected


def test_spoken_phone_fields():
    text = "Toll free: one eight seven seven, four four two, six one oh eight. Goodbye!"
    (phone,) = find_phones(text, region="US")
    assert phone.raw == text[phone.start:phone.end] == "one eight seven seven, four four two, six one oh eight"
    assert phone.toll_free is True


def test_written_and_spoken_in_one_text():
    text = "Call (517) 320-4481, or after hours five one seven, three two oh, four four eight two."
    assert [p.value for p in find_phones(text, region="US")] == ["+15173204481", "+15173204482"]


@pytest.mark.parametrize(
    ("words", "digits"),
    [("four oh six", "406"), ("сорок пять", "45"), ("нула осамсто", "0800"), ("eight hundred", "800"),
     ("триста один", "301"), ("6 1 6", "616"), ("twenty-six forty", "2640"), ("ноль ноль", "00"), ("street", None)],
)
def test_spoken_digits(words, digits):
    assert spoken_digits(words) == digits


def test_long_runs_of_number_words_are_fast():
    texts = ["one, " * 5000, "1, " * 5000, "сто двадцать, " * 3000, "нула " * 5000 + ", нула"]
    started = time.perf_counter()
    for text in texts:
        find_phones(text, region="US")
    assert time.perf_counter() - started < 5
