"""Numbers spoken in words, as IVR prompts say them: "скидка двадцать процентов", "popust od deset posto",
"twenty percent off", "дом сто пятьдесят четыре", and a phone number's groups ("four oh six", "восемьсот",
"нула осамсто").

Hand-written: the libraries that read number words (word2number, text2num) cover English or French, not Russian
and Serbian in their cases; a prompt says a discount or a year's day with a few words from 1 to 99, which a
table does exactly.
"""

from __future__ import annotations

import re

from consistency.facts.word_patterns import any_word

# 1..19 and the tens: their forms in Russian (nominative and genitive), in Serbian (Latin and Cyrillic), in English.
_UNITS: dict[int, tuple[str, str, str]] = {
    1: ("один одна одного", "jedan jedna један једна", "one"), 2: ("два две двух", "dva dve два две", "two"),
    3: ("три трех трёх", "tri три", "three"), 4: ("четыре четырех четырёх", "četiri cetiri четири", "four"),
    5: ("пять пяти", "pet пет", "five"), 6: ("шесть шести", "šest sest шест", "six"),
    7: ("семь семи", "sedam седам", "seven"), 8: ("восемь восьми", "osam осам", "eight"),
    9: ("девять девяти", "devet девет", "nine"), 10: ("десять десяти", "deset десет", "ten"),
    11: ("одиннадцать одиннадцати", "jedanaest једанаест", "eleven"),
    12: ("двенадцать двенадцати", "dvanaest дванаест", "twelve"),
    13: ("тринадцать тринадцати", "trinaest тринаест", "thirteen"),
    14: ("четырнадцать четырнадцати", "četrnaest cetrnaest четрнаест", "fourteen"),
    15: ("пятнадцать пятнадцати", "petnaest петнаест", "fifteen"),
    16: ("шестнадцать шестнадцати", "šesnaest sesnaest шеснаест", "sixteen"),
    17: ("семнадцать семнадцати", "sedamnaest седамнаест", "seventeen"),
    18: ("восемнадцать восемнадцати", "osamnaest осамнаест", "eighteen"),
    19: ("девятнадцать девятнадцати", "devetnaest деветнаест", "nineteen"),
}
_TENS: dict[int, tuple[str, str, str]] = {
    20: ("двадцать двадцати", "dvadeset двадесет", "twenty"), 30: ("тридцать тридцати", "trideset тридесет", "thirty"),
    40: ("сорок сорока", "četrdeset cetrdeset четрдесет", "forty"), 50: ("пятьдесят пятидесяти", "pedeset педесет", "fifty"),
    60: ("шестьдесят шестидесяти", "šezdeset sezdeset шездесет", "sixty"),
    70: ("семьдесят семидесяти", "sedamdeset седамдесет", "seventy"),
    80: ("восемьдесят восьмидесяти", "osamdeset осамдесет", "eighty"),
    90: ("девяносто девяноста", "devedeset деведесет", "ninety"),
}

# The hundreds, as Russian and Serbian (both scripts) say them; an English prompt reads a house number in pairs
# ("eighteen ninety"), not with "hundred".
_HUNDREDS: dict[int, str] = {
    100: "сто sto stotinu", 200: "двести dvesta dvesto двеста двесто", 300: "триста trista tristo тристо",
    400: "четыреста četiristo cetiristo четиристо", 500: "пятьсот petsto петсто",
    600: "шестьсот šeststo sesto шестсто", 700: "семьсот sedamsto седамсто", 800: "восемьсот osamsto осамсто",
    900: "девятьсот devetsto деветсто",
}


def _forms(table: dict[int, tuple[str, str, str]]) -> dict[str, int]:
    return {form: value for value, languages in table.items() for forms in languages for form in forms.split()}


_UNIT_WORDS = _forms(_UNITS)
_TENS_WORDS = _forms(_TENS)
_HUNDREDS_WORDS = {form: value for value, forms in _HUNDREDS.items() for form in forms.split()}
# Zero, said only inside a phone number or a code: "four oh six", "ноль", "нула осамсто", "nula jedanaest" ("oh" is
# also an interjection, harmless where a whole run must make a valid number).
_ZERO_WORDS = frozenset("zero oh ноль нуль nula нула".split())
# English says a phone's hundreds with their unit, "one eight hundred"; Russian and Serbian in one word.
_HUNDRED = "hundred"
_ENGLISH_WORDS = frozenset(w for table in (_UNITS, _TENS) for languages in table.values() for w in languages[2].split())


def spoken_numbers(upto: int) -> dict[str, tuple[int, bool]]:
    """Every way of saying 1..upto in words, tens and unit joined by a space ("двадцати одного"): its value, and
    whether the words are English."""
    out: dict[str, tuple[int, bool]] = {}
    for word, value in _UNIT_WORDS.items():
        if value <= upto:
            out[word] = (value, word in _ENGLISH_WORDS)
    for tens_word, tens in _TENS_WORDS.items():
        if tens <= upto:
            out[tens_word] = (tens, tens_word in _ENGLISH_WORDS)
        for unit_word, unit in _UNIT_WORDS.items():
            if unit < 10 and tens + unit <= upto and (tens_word in _ENGLISH_WORDS) == (unit_word in _ENGLISH_WORDS):
                out[f"{tens_word} {unit_word}"] = (tens + unit, tens_word in _ENGLISH_WORDS)
    return out


# A number from 1 to 99 in words: "двадцать пять", "dvadeset i pet", "twenty-five", "десять".
SPOKEN_NUMBER = (rf"(?:{any_word(_TENS_WORDS)}(?:(?:[ \t]|-|[ \t](?:i|и)[ \t]){any_word(_UNIT_WORDS)})?"
                 rf"|{any_word(_UNIT_WORDS)})")
# A number from 1 to 999 in Russian or Serbian words: "сто пятьдесят четыре", "триста один", "dvesta dvadeset".
SPOKEN_NUMBER_999 = rf"(?:{any_word(_HUNDREDS_WORDS)}(?:[ \t](?:i[ \t]|и[ \t])?{SPOKEN_NUMBER})?|{SPOKEN_NUMBER})"
# The word a rate is said with after its number: "20 процентов", "twenty percent", "deset posto", "20 procenata".
PERCENT_WORD = (r"(?:процент\w{0,3}|процен\w{0,4}|procen\w{0,4}|percent|per[ \t]cent|posto|посто|odsto|одсто)"
                r"(?![^\W\d_])")
_PARTS = re.compile(r"[ \t-]+")
# Any one word of a number said group by group, as a phone number is: "oh", "сорок", "осамсто", "hundred".
NUMBER_WORD = any_word({*_UNIT_WORDS, *_TENS_WORDS, *_HUNDREDS_WORDS, *_ZERO_WORDS, _HUNDRED})


def spoken_value(words: str) -> int | None:
    """The number some words say ("двадцать пять" → 25, "сто двенадцать" → 112), or None."""
    parts = [p for p in _PARTS.split(words.casefold().strip()) if p and p not in ("i", "и")]
    if parts and parts[0] in _HUNDREDS_WORDS:
        rest = spoken_value(" ".join(parts[1:])) if len(parts) > 1 else 0
        return _HUNDREDS_WORDS[parts[0]] + rest if rest is not None and rest < 100 else None
    if len(parts) == 1:
        return _UNIT_WORDS.get(parts[0]) or _TENS_WORDS.get(parts[0])
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _UNIT_WORDS and _UNIT_WORDS[parts[1]] < 10:
        return _TENS_WORDS[parts[0]] + _UNIT_WORDS[parts[1]]
    return None


def spoken_digits(words: str) -> str | None:
    """The digits a group of a phone number says, each number in it written out in turn ("four oh six" → "406",
    "сорок пять" → "45", "нула осамсто" → "0800", "eight hundred" → "800", "6 1 6" → "616"), or None."""
    parts = [p for p in _PARTS.split(words.casefold().strip()) if p]
    digits: list[str] = []
    i = 0
    while i < len(parts):
        word = parts[i]
        if word.isdigit():
            digits.append(word)
            i += 1
            continue
        if word in _ZERO_WORDS:
            digits.append("0")
            i += 1
            continue
        hundreds = _HUNDREDS_WORDS.get(word)
        if hundreds is None and _UNIT_WORDS.get(word, 10) < 10 and parts[i + 1:i + 2] == [_HUNDRED]:
            hundreds = _UNIT_WORDS[word] * 100
            i += 1
        if hundreds is not None:
            # the tens and unit after the hundreds belong to them: "триста один" is 301, "восемьсот" alone 800
            rest, i = _below_hundred(parts, i + 1)
            digits.append(str(hundreds + (rest or 0)))
            continue
        rest, i = _below_hundred(parts, i)
        if rest is None:
            return None
        digits.append(str(rest))
    return "".join(digits) or None


def _below_hundred(parts: list[str], i: int) -> tuple[int | None, int]:
    """The number 1..99 said from parts[i] on ("сорок пять", "eleven", "twenty"), and where its words end."""
    word = parts[i] if i < len(parts) else ""
    if word in _TENS_WORDS:
        unit = _UNIT_WORDS.get(parts[i + 1], 10) if i + 1 < len(parts) else 10
        return (_TENS_WORDS[word] + unit, i + 2) if unit < 10 else (_TENS_WORDS[word], i + 1)
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word], i + 1
    return None, i
