"""Numbers spoken in words."""

from __future__ import annotations

import re

import pytest

from consistency.facts.numbers import SPOKEN_NUMBER, SPOKEN_NUMBER_999, spoken_value


@pytest.mark.parametrize(("words", "value"), [
    ("десять", 10), ("двадцать пять", 25), ("двадцати одного", 21), ("сорок", 40),
    ("dvadeset i pet", 25), ("петнаест", 15), ("twenty-five", 25), ("Ninety", 90),
    ("двадцать двадцать", None), ("пять двадцать", None),
])
def test_spoken_value(words, value):
    assert spoken_value(words) == value
    if value is not None:
        assert re.fullmatch(SPOKEN_NUMBER, words, re.IGNORECASE)


@pytest.mark.parametrize(("words", "value"), [
    ("сто", 100), ("сто двенадцать", 112), ("триста один", 301), ("девятьсот девяносто девять", 999),
    ("dvesta dvadeset i pet", 225), ("четиристо осам", 408), ("сто сто", None),
])
def test_spoken_hundreds(words, value):
    assert spoken_value(words) == value
    if value is not None:
        assert re.fullmatch(SPOKEN_NUMBER_999, words, re.IGNORECASE)
