"""Calendar dates and validity periods stated in text (Russian, Serbian, English).

Hand-written instead of dateparser: searching sentences with dateparser turns
"20%", "24/7" and "10-4" into dates, it knows no Serbian genitive months and
is about a hundred times slower. Here a date is only ever read from a month
name next to a day number, or from a full numeric form (dotted, slashed, ISO);
yearless numeric forms ("15.11") are read only where nothing says they are a
time, a price or a fraction.

The grammar works in two passes. First every date "atom" is found: "31
декабря 2024 года", "15. јануара 2025.", "December 31, 2026", "Nov 1–30",
"01.03.2025", "12/31/2026". Then the words around atoms make periods: a start
cue ("с", "from", "od"), an end cue ("до", "по", "until", "through", "ends",
"do"), a connector between two atoms ("с 01.03 по 31.03", "Nov 28 – Dec 3"),
or a bare day before an atom that shares its month ("с 15 по 30 ноября", "od
1. do 15. novembra"); a weekday may stand between a cue and its date
("through Sunday, November 30"). A coupon's "Exp. 12/31" and a banner's
"Now – Dec 24" are end cues; two days in a row joined by "and" or "&" ("Dec 5
& 6", as "5 и 6 декабря") are one run, two days apart are two dates. Relative ends ("до конца месяца", "until the
end of the year", "do kraja meseca"), whole months ("в декабре", "in
December", "all December long"), the page's own day ("Today only", "Ends
tonight") and the coming weekdays ("this Friday through Sunday") are read
against the page date. A yearless date is the next one
after about two months before the page date, unless its sentence is told in
the past ("акция проходила с 1 по 10 сентября", "the sale ran Sept 4–7"):
then it is the last one. The date of a numbered paper ("Лицензия № … от
02.02.2022") starts no period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from consistency.facts.word_patterns import any_word

# Month names by number: Russian (nominative, genitive, prepositional,
# abbreviations), Serbian Cyrillic and Latin (nominative, genitive,
# abbreviations). English names are kept apart: only English puts the month
# before the day ("Nov 30").
MONTHS_DAY_FIRST: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "январе", "янв", "јануар", "јануара", "јан", "januar", "januara", "jan"),
    2: ("февраль", "февраля", "феврале", "февр", "фев", "фебруар", "фебруара", "феб", "februar", "februara", "feb"),
    3: ("март", "марта", "марте", "мар", "mart", "marta", "mar"),
    4: ("апрель", "апреля", "апреле", "апр", "април", "априла", "april", "aprila", "apr"),
    5: ("май", "мая", "мае", "мај", "маја", "maj", "maja"),
    6: ("июнь", "июня", "июне", "июн", "јун", "јуна", "jun", "juna"),
    7: ("июль", "июля", "июле", "июл", "јул", "јула", "jul", "jula"),
    8: ("август", "августа", "августе", "авг", "avgust", "avgusta", "avg"),
    9: ("сентябрь", "сентября", "сентябре", "сент", "сен", "септембар", "септембра", "сеп", "septembar", "septembra",
        "sep"),
    10: ("октябрь", "октября", "октябре", "окт", "октобар", "октобра", "oktobar", "oktobra", "okt"),
    11: ("ноябрь", "ноября", "ноябре", "нояб", "ноя", "новембар", "новембра", "нов", "novembar", "novembra", "nov"),
    12: ("декабрь", "декабря", "декабре", "дек", "децембар", "децембра", "дец", "decembar", "decembra", "dec"),
}
# A day of the month spoken as an ordinal (IVR scripts): "первого января", "prvog januara", "Петнаестог фебруара".
DAY_WORDS: dict[int, tuple[str, ...]] = {
    1: ("первого", "первое", "prvog", "prvi", "првог", "први"),
    2: ("второго", "второе", "drugog", "drugi", "другог", "други"),
    3: ("третьего", "третье", "trećeg", "treceg", "treći", "трећег", "трећи"),
    4: ("четвертого", "четвертое", "четвёртого", "четвёртое", "četvrtog", "cetvrtog", "четвртог"),
    5: ("пятого", "пятое", "petog", "петог"),
    6: ("шестого", "шестое", "šestog", "sestog", "шестог"),
    7: ("седьмого", "седьмое", "sedmog", "седмог"),
    8: ("восьмого", "восьмое", "osmog", "осмог"),
    9: ("девятого", "девятое", "devetog", "деветог"),
    10: ("десятого", "десятое", "desetog", "десетог"),
    11: ("одиннадцатого", "одиннадцатое", "jedanaestog", "једанаестог"),
    12: ("двенадцатого", "двенадцатое", "dvanaestog", "дванаестог"),
    13: ("тринадцатого", "тринадцатое", "trinaestog", "тринаестог"),
    14: ("четырнадцатого", "четырнадцатое", "četrnaestog", "cetrnaestog", "четрнаестог"),
    15: ("пятнадцатого", "пятнадцатое", "petnaestog", "петнаестог"),
    16: ("шестнадцатого", "шестнадцатое", "šesnaestog", "sesnaestog", "шеснаестог"),
    17: ("семнадцатого", "семнадцатое", "sedamnaestog", "седамнаестог"),
    18: ("восемнадцатого", "восемнадцатое", "osamnaestog", "осамнаестог"),
    19: ("девятнадцатого", "девятнадцатое", "devetnaestog", "деветнаестог"),
    20: ("двадцатого", "двадцатое", "dvadesetog", "двадесетог"),
    30: ("тридцатого", "тридцатое", "tridesetog", "тридесетог"),
}
_TENS_WORDS = {20: ("двадцать", "dvadeset", "двадесет"), 30: ("тридцать", "trideset", "тридесет")}
# "тридцать первого", "dvadeset sedmog": tens and a unit's ordinal, as one phrase
DAY_PHRASES: dict[int, tuple[str, ...]] = {
    tens + unit: tuple(f"{tens_word} {unit_word}" for tens_word in tens_words for unit_word in DAY_WORDS[unit])
    for tens, tens_words in _TENS_WORDS.items() for unit in range(1, 10 if tens == 20 else 2)
}
# Serbian instrumental, after "закључно са" / "zaključno sa" (up to and including).
_MONTHS_SERBIAN_INSTRUMENTAL: dict[int, tuple[str, ...]] = {
    1: ("јануаром", "januarom"),
    2: ("фебруаром", "februarom"),
    3: ("мартом", "martom"),
    4: ("априлом", "aprilom"),
    5: ("мајем", "majem"),
    6: ("јуном", "junom"),
    7: ("јулом", "julom"),
    8: ("августом", "avgustom"),
    9: ("септембром", "septembrom"),
    10: ("октобром", "oktobrom"),
    11: ("новембром", "novembrom"),
    12: ("децембром", "decembrom"),
}
# "в декабре", "у децембру", "u decembru": the whole month.
_MONTHS_LOCATIVE: dict[int, tuple[str, ...]] = {
    1: ("январе", "јануару", "januaru"),
    2: ("феврале", "фебруару", "februaru"),
    3: ("марте", "марту", "martu"),
    4: ("апреле", "априлу", "aprilu"),
    5: ("мае", "мају", "maju"),
    6: ("июне", "јуну", "junu"),
    7: ("июле", "јулу", "julu"),
    8: ("августе", "августу", "avgustu"),
    9: ("сентябре", "септембру", "septembru"),
    10: ("октябре", "октобру", "oktobru"),
    11: ("ноябре", "новембру", "novembru"),
    12: ("декабре", "децембру", "decembru"),
}
MONTHS_ENGLISH: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"),
    2: ("february", "feb"),
    3: ("march", "mar"),
    4: ("april", "apr"),
    5: ("may",),
    6: ("june", "jun"),
    7: ("july", "jul"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("october", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}


def _month_lookup() -> dict[str, int]:
    table: dict[str, int] = {}
    for source in (MONTHS_DAY_FIRST, _MONTHS_SERBIAN_INSTRUMENTAL, _MONTHS_LOCATIVE, MONTHS_ENGLISH):
        for number, names in source.items():
            for name in names:
                table[name] = number
    return table


_MONTH_NUMBER = _month_lookup()


def _alternation(names) -> str:
    # The longest first, so "марта" wins over "мар"; the lookahead stops "мар" in "марка".
    return any_word(names) + r"(?![^\W\d_])"


_ANY_MONTH = _alternation(_MONTH_NUMBER)
_ENGLISH_MONTH = _alternation(n for names in MONTHS_ENGLISH.values() for n in names)
ENGLISH_MONTH = _ENGLISH_MONTH  # for readers that place an English date by what stands around it

_ORDINAL = r"(?:st|nd|rd|th|-?(?:го|е|ое))?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# "2025 года", "2025 г.", "2025. године", "2025. god."
_YEAR_WORD = r"(?:\s{0,2}(?:године|godine|года|году|год\.?|god\.|гг?\.|г(?![^\W\d_])))?"

# An English day spoken as an ordinal, after its month (IVR prompts): "November twenty-seventh", "December thirty-first".
_EN_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_EN_DAY_NUMBER = {
    **{word: n for n, word in enumerate(_EN_ORDINALS, start=1)},
    **{f"twenty{sep}{word}": 20 + n for n, word in enumerate(_EN_ORDINALS[:9], start=1) for sep in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}
_EN_DAY_WORD = any_word(_EN_DAY_NUMBER, space=r"\s{1,3}") + r"(?![^\W\d_])"

_DAY_NUMBER = {
    **{w: day for day, words in DAY_WORDS.items() for w in words},
    **{w: day for day, words in DAY_PHRASES.items() for w in words},
}
_DAY_WORD = any_word(_DAY_NUMBER, space=r"\s{1,3}") + r"(?![^\W\d_])"

_ATOM_RE = re.compile(
    # Day before month name, with an optional first day of a range: "1–15 ноября".
    r"(?<![\d.,/])"
    r"(?:(?P<a_d0>\d{1,2})" + _ORDINAL + r"\.?\s{0,2}[-–—]\s{0,2})?"
    r"(?P<a_d>\d{1,2})" + _ORDINAL + r"\.?\s{0,2}(?:of\s{1,2})?"
    r"(?P<a_m>" + _ANY_MONTH + r")\.?"
    r"(?:,?\s{0,2}(?P<a_y>" + _YEAR + r")\.?" + _YEAR_WORD + r")?"
    r"|"
    # English month before day: "Nov 30", "December 31, 2026", "Nov 1–30".
    r"(?P<b_m>" + _ENGLISH_MONTH + r")\.?\s{1,2}"
    r"(?P<b_d0>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
    r"(?:\s{0,2}[-–—]\s{0,2}(?P<b_d>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d|\s?%))?"
    r"(?:,?\s{1,2}(?P<b_y>" + _YEAR + r"))?"
    r"|"
    # ISO.
    r"(?<![\d.,/-])(?P<i_y>" + _YEAR + r")-(?P<i_m>\d{1,2})-(?P<i_d>\d{1,2})(?![\d-])"
    r"|"
    # Dotted with a year, spaces allowed only then: "15. 1. 2025.", "01.03.2025", "01.03.25".
    r"(?<![\d.,/$€£₽])(?P<n_d>\d{1,2})\.\s?(?P<n_m>\d{1,2})\.\s?(?P<n_y>" + _YEAR + r"|\d\d(?!\d))\.?" + _YEAR_WORD +
    r"|"
    # Dotted without a year: "15.11", "15.11." (checked further below).
    r"(?<![\d.,/$€£₽])(?P<w_d>\d{1,2})\.(?P<w_m>\d\d|\d(?=\.(?!\d)))\.?(?![\d]|[.,]\d)"
    r"|"
    # Slashed: "12/31/2026", "31/12/2026"; without a year only with a cue.
    r"(?<![\d/.,$€£₽])(?P<s_1>\d{1,2})/(?P<s_2>\d{1,2})(?:/(?P<s_y>" + _YEAR + r"|\d\d(?!\d)))?(?![\d/%])"
    r"|"
    # A day spoken as an ordinal: "тридцать первого декабря", "do dvadesetog decembra".
    r"(?<![^\W\d_])(?P<o_d>" + _DAY_WORD + r")\s{1,3}(?P<o_m>" + _ANY_MONTH + r")"
    r"|"
    # An English month and a day spoken as an ordinal: "November twenty-seventh", "December the first".
    r"(?P<e_m>" + _ENGLISH_MONTH + r")\s{1,3}(?:the\s{1,3})?(?P<e_d>" + _EN_DAY_WORD + r")"
    r"(?:,?\s{1,2}(?P<e_y>" + _YEAR + r"))?"
    r"|"
    # Hyphenated day-month-year: "01-03-2025".
    r"(?<![\d./,-])(?P<h_d>\d{1,2})-(?P<h_m>\d{1,2})-(?P<h_y>" + _YEAR + r")(?!-?\d)",
    re.IGNORECASE,
)

# What after a yearless "10.05" makes it a time, an amount or a measure.
_NOT_DATE_AFTER_RE = re.compile(
    r"\s?(?:%|₽|\$|€|руб|р\.|дин|din|rsd|rub|usd|eur|евро|долл"
    r"|ч(?![^\W\d_])|ч\.|час|мин|h(?![^\W\d_])|am|pm|утра|дня|вечера|ночи"
    r"|кг|kg|км|km|см|cm|мм|mm|шт|sati|часов|[-–—]\s?\d{1,2}[.:]\d\d)",
    re.IGNORECASE,
)
# "в 10.05", "at 10.05", "u 10.05": a time of day; "версия 2.10": a version.
_NOT_DATE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:в|к|at|u|у|[$€£₽]|версия|версии|version|ver\.?|v|ios|android|python|cena|цена|price|cijena"
    r"|цијена)\s?$", re.IGNORECASE
)

# A weekday between a cue and its date names the date's day: "through Sunday, November 30",
# "до воскресенья, 30 ноября", "do nedelje, 30. novembra".
WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
    r"|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|понедельник|вторник|среду|четверг|пятницу"
    r"|субботу|воскресенье|ponedeljka|utorka|srede|četvrtka|cetvrtka|petka|subote|nedelje|понедељка|уторка|среде"
    r"|четвртка|петка|суботе|недеље"
    # the Serbian accusative of "on Friday": "samo u petak, 27. novembra"
    r"|ponedeljak|utorak|sredu|četvrtak|cetvrtak|petak|subotu|nedelju|понедељак|уторак|четвртак|петак|суботу|недељу)"
)
# "ends this Friday, November 20": the coming weekday, said as one, is the date's day too
_WEEKDAY = r"(?:(?:\s{1,3}(?:this|next))?\s{1,3}" + WEEKDAY_NAMES + r"\.?,?)?"
_PAST_END_RE = re.compile(r"ended|expired|закончил|завершил|završ(?!ava)|заврш(?!ава)", re.IGNORECASE)
# A time of day between a cue and its date: "starts at 6 AM on Friday, November 27", "ends at midnight on Nov 30".
_CUE_TIME = (r"(?:\s{1,3}at\s{1,2}(?:midnight|noon|\d{1,2}(?::\d\d)?\s{0,2}(?:[ap]\.?\s?m\.?)?"
             r"(?:\s{1,2}(?:[A-Z]{1,2}T|local\s{1,2}time))?))?")
_START_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:с|со|c|от|from|since|starting|starts|start|beginning|begins|begin|began|started|effective|od|од"
    # the present of starting: "Our 12 Days of Deals begin December 1", "акция начинается 1 декабря", "počinje 1. …"
    r"|начинается|начинаются|počinje|počinju|почиње|почињу"
    r"|kicks?\s{1,2}off|kicked\s{1,2}off|launch(?:es|ed)?"
    r"|стартовал[аио]?|стартует|началась|начался|началось|начнётся|начнется"
    r"|(?:počela|počeo|почела|почео)(?:\s{1,2}(?:je|је))?|(?:je|је)\s{1,2}(?:počela|počeo|почела|почео)"
    r"|почев(?:ши)?\s{1,2}од"
    r"|počev(?:ši)?\s{1,2}od|начиная\s{1,2}со?)" + _CUE_TIME + r"(?:\s{1,3}on)?" + _WEEKDAY + r"\s{0,3}$",
    re.IGNORECASE,
)
_END_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:до|по|until|till|til|through|thru|by|before|ends?|ending|ended|expires?|expiring|expired|do"
    # a coupon's "Exp. 12/31/26", "Exp: Dec 31": expires, abbreviated
    r"|exp\.?"
    # an offer's end told in the present or future: "акция заканчивается 14 декабря", "popust ističe 31. decembra"
    r"|заканчива(?:ется|ются)|законч(?:ится|атся)|заверша(?:ется|ются)|заверш(?:ится|атся)|истека(?:ет|ют)|истеч[её]т"
    r"|završava|завршава|ističe|истиче|istječe"
    # a banner's "Now – Dec 24", "Sale: now–12/24", "from now to Dec 24": from today to the date; "now" opening its line
    # or part, not "Available now — December 24 pickup"
    r"|(?:^|(?<=[:·|(\n])|(?<=[:·|(\n]\s))now(?=\s{0,3}[-–—])|from\s{1,2}now\s{1,2}(?:to|until|till|through|thru)"
    # "extended to December 20": after "extended", "to" is the new last day, as "until" is
    r"|(?<=extended\s)to"
    # an offer told in the past: "акция закончилась 30 сентября", "the sale ended on May 31"
    r"|(?:закончил|завершил)(?:ась|ся|ось|ись)|(?:završil|завршил)[aoeiаоеи]\s{1,2}(?:se|се)"
    # "the Fall Framing Event wrapped up on November 8": ended, said plainly
    r"|wrapped\s{1,2}up"
    r"|(?:završen|завршен)[aoiаои]?\s{1,2}(?:je|su|је|су)"
    r"|закључно\s{1,2}са|zaključno\s{1,2}sa?|включительно\s{1,2}до"
    # "Last day: Nov 30", "Последний день — 30 ноября"
    r"|last\s{1,2}day(?:\s{1,2}(?:is|to\s{1,2}\w+))?|последний\s{1,2}день|poslednji\s{1,2}dan|последњи\s{1,2}дан)"
    + _CUE_TIME + r"(?:\s{1,3}on)?" + _WEEKDAY
    + r"\s{0,3}[-–—:]?\s{0,2}$",
    re.IGNORECASE,
)
# What stands between two days listed one after the other: ", and Saturday, ", " и в воскресенье, ", " i ", ", "
NEXT_DAY_JOIN_RE = re.compile(
    r"\s{0,2}(?:,\s{0,2}(?:and|и|i|&)?|(?:and|и|i|&))(?:\s{1,3}(?:в|во|on|u|у)(?=\s))?" + _WEEKDAY + r"\s{1,3}",
    re.IGNORECASE,
)
_ONLY_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:только|лишь|only|samo|само)(?:\s{1,3}(?:on|в|во|u|у))?[,:]?" + _WEEKDAY + r"\s{1,3}$", re.IGNORECASE
)
# After a date: "Nov 27 only", "(Black Friday, 11/27 only)", "27 ноября: только один день", "Dec 5 — one day only".
_ONLY_AFTER_RE = re.compile(
    r"\s{0,2}(?:only|samo|само)(?![^\W\d_])"
    r"|\s{0,2}[:,—–-]?\s{0,2}(?:(?:только|лишь|всего)\s{1,2}(?:один\s{1,2}день|одного\s{1,2}дня)|(?:for\s{1,2})?one\s{1,2}day\s{1,2}only"
    r"|(?:only|just)\s{1,2}one\s{1,2}day|samo\s{1,2}(?:jedan|jednog)\s{1,2}dan|само\s{1,2}(?:један|једног)\s{1,2}дан)(?![^\W\d_])",
    re.IGNORECASE,
)
# Words that say dates follow without saying which end they are: "valid 11/25–12/1", "runs Friday 11/27
# through Monday 11/30", "Sale dates: 11/25-11/29". They make yearless slashed dates dates.
_PERIOD_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:valid|good|runs?|running|dates?|offer|sale|on|важи|važi|vazi|действует|действительна"
    r"|проходит|traje|трaje|траје)(?:\s{1,3}(?:on|from|between))?:?" + _WEEKDAY + r"\s{0,3}$",
    re.IGNORECASE,
)
# A bare start day that takes its month from the date after it: "с 15 по", "from 1 to", "od 1. do".
_SHARED_START_RE = re.compile(
    r"(?<![^\W\d_])(?P<cue>с|со|c|from|od|од|between|между|između|између)\s{1,3}"
    r"(?P<d>\d{1,2}" + _ORDINAL + r"|" + _DAY_WORD + r")\.?\s{0,3}"  # "од првог до петнаестог децембра"
    r"(?P<conn>по|до|to|through|thru|till|until|do|and|и|i|[-–—])\s{0,3}$",
    re.IGNORECASE,
)
# After an English "November 1": "through 15", "to 15, 2025", "through the 24th", said aloud "through the ninth".
_SHARED_END_RE = re.compile(
    r"\s{0,3}(?P<conn>to|through|thru|till|until|and|&|[-–—])\s{0,3}"
    # "the" before a day in figures only with an ordinal ending: "through the 24th", not "to the 5 stores"
    r"(?:(?:the\s{1,3}(?=\d{1,2}(?:st|nd|rd|th)(?![^\W\d_])))?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d|\s?%)|(?:the\s{1,3})?(?P<w>" + _EN_DAY_WORD + r"))"
    r"(?!\s{0,2}" + _ANY_MONTH + r")(?:,?\s{1,2}(?P<y>" + _YEAR + r"))?",
    re.IGNORECASE,
)
_ENGLISH_START_RE = re.compile(_ENGLISH_MONTH, re.IGNORECASE)
_CONNECTOR_RE = re.compile(
    r"\s{0,3}(?:(?:и|and|i)\s{1,3})?(?:[-–—‒]|по|до|to|through|thru|till|until|do|до)" + _WEEKDAY + r"\s{0,3}",
    re.IGNORECASE,
)
# Two days in a row before their month: "28. i 29. novembra", "5 и 6 декабря", said aloud "деветог и десетог
# јануара"; "December 5 and 6" is read elsewhere.
_DAY_AND_RE = re.compile(
    r"(?:(?<![\d.,/])(?P<d>\d{1,2})\.?|(?<![^\W\d_])(?P<w>" + _DAY_WORD + r"))\s{1,3}(?:и|and|i)\s{1,3}$",
    re.IGNORECASE,
)
_BETWEEN_WORDS = frozenset(("between", "между", "između", "између"))
_AND_WORDS = frozenset(("and", "и", "i"))
_AND_CONNECTOR_RE = re.compile(r"\s{1,3}(?:and|и|i)\s{1,3}", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"(?<![^\W\d_])(?:between|между|između|између)\s{1,3}$", re.IGNORECASE)
_EXTENDED_RE = re.compile(
    r"продл[её]н|продлева|продлил|продлим|продлени|extended|extends|extension|продужен|produžen|produzen|продужава"
    r"|produžava|продужил|produžil",
    re.IGNORECASE,
)

# A date after a weekday says which one it is ("through Thurs, Dec 3"); a rate does not ("through Thurs, 15% off").
_DAY_NOT_RATE = r"\d(?!\d?\s{0,2}(?:%|percent|процент|posto|одсто))"
# "Ends Sunday", "through Saturday!", "до воскресенья": the next such weekday (today counts), no date written.
_END_WEEKDAY_RE = re.compile(
    r"(?<![^\W\d_])(?:ends?|ending|through|thru|until|till|до|do)\s{1,3}(?:this\s{1,2})?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельника|вторника|среды|четверга|пятницы"
    r"|субботы|воскресенья|ponedeljka|utorka|srede|četvrtka|petka|subote|nedelje"
    # "thru Sun.", "ends Sat!": a short weekday is capitalized, so "until sun" stays a word
    r"|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))(?![^\W\d_])"
    r"(?!\.?,?\s{0,3}(?:" + _DAY_NOT_RATE + r"|" + _ANY_MONTH + r"))",
    re.IGNORECASE,
)
# "all month long", "this month only": today's month, the whole of it.
_THIS_MONTH_RE = re.compile(
    r"(?<![^\W\d_])(?:all\s{1,3}month\s{1,3}long|this\s{1,3}month\s{1,3}only)(?![^\W\d_])", re.IGNORECASE
)
# "through the weekend", "this week only", "all week long": to the coming Sunday (today counts).
_TO_SUNDAY_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:through|thru|all)\s{1,3}the\s{1,3}weekend|this\s{1,3}week\s{1,3}only"
    r"|all\s{1,3}week\s{1,3}long)(?![^\W\d_])",
    re.IGNORECASE,
)
# "Starting Friday", "starts this Saturday": the next such weekday (today counts) opens the run, no date written; not
# before another weekday ("starting Monday through Friday" is a schedule) nor a date ("starts Friday, Nov 27").
_START_WEEKDAY_RE = re.compile(
    r"(?<![^\W\d_])(?:starting|starts?|beginning|begins?)\s{1,3}(?:this\s{1,2})?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\W\d_])"
    r"(?!,?\s{0,3}(?:" + _DAY_NOT_RATE + r"|" + _ANY_MONTH + r"|(?:through|thru|to|until|till|and|&|[-–—])\s{0,3}"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))",
    re.IGNORECASE,
)
# "Friday through Monday": a run of weekdays, not a deadline on the Monday.
_WEEKDAY_BEFORE_RE = re.compile(r"(?<![^\W\d_])" + WEEKDAY_NAMES + r"\.?,?\s{1,3}$", re.IGNORECASE)
# "od petka u 16h do ponedeljka", "from Friday 4 pm to Monday": a weekly run from one weekday to another, its hours
# between them, is no deadline on the second
_FROM_WEEKDAY_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:od|од|с|со|from)\s{1,3}" + WEEKDAY_NAMES + r"(?![^\W\d_])[^.!?\n]{0,24}$", re.IGNORECASE
)
# A connector that is a word, so two slashed numbers around it are dates, not fractions: "11/27 through 11/30".
_WORD_CONNECTOR_RE = re.compile(r"\s{1,3}(?:through|thru|till|until|по|do|до)\s{1,3}", re.IGNORECASE)
# What sets off dates that label what follows: "11/27–11/30: …", "12/1–12/24 — …".
_LABEL_END_RE = re.compile(r"\s{0,2}(?::|\s[-–—])\s")
# What may stand before a range that is a line of its own: a weekday ("Sun 10/11 – Sat 10/17").
_LEADING_WEEKDAY_RE = re.compile(r"\s{0,3}(?:" + WEEKDAY_NAMES + r"\.?,?\s{1,3})?", re.IGNORECASE)
_WEEKDAY_NUMBER = {
    **{d: n for n, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))},
    **{d: n for n, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}, "tues": 1, "thur": 3, "thurs": 3,
    **{d: n for n, d in enumerate(("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы",
                                   "воскресенья"))},
    **{d: n for n, d in enumerate(("ponedeljka", "utorka", "srede", "četvrtka", "petka", "subote", "nedelje"))},
}

_RELATIVE_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:до|по)\s{1,3}конца\s{1,3}(?:(?:этого|текущего|нынешнего|сего)\s{1,3})?"
    r"|(?:until|till|through|thru|to|by|ends?\s{1,3}at)\s{1,3}the\s{1,3}end\s{1,3}of\s{1,3}(?:the\s{1,3}|this\s{1,3})?"
    r"|(?:до|do)\s{1,3}(?:краја|kraja)\s{1,3}(?:(?:овог|ovog|текућег|tekućeg|tekuceg)\s{1,3})?"
    r")"
    r"(?P<unit>месяца|года|недели|дня|лета|осени|зимы|весны"
    r"|month|year|week|day|summer|autumn|fall|winter|spring"
    r"|месеца|meseca|мјесеца|mjeseca|године|godine|недеље|nedelje|дана|dana"
    r"|лета|leta|јесени|jeseni|зиме|zime|пролећа|proleća"
    r"|(?P<month>" + _ANY_MONTH + r"))(?![^\W\d_])",
    re.IGNORECASE,
)
# The coming Saturday and Sunday (today's, at the weekend): "this weekend only", "samo ovog vikenda", "в эти выходные".
_THIS_WEEKEND_RE = re.compile(
    r"(?<![^\W\d_])(?:this\s{1,3}weekend|ovog\s{1,3}vikenda|овог\s{1,3}викенда|ovaj\s{1,3}vikend|овај\s{1,3}викенд"
    r"|в\s{1,3}(?:эти|ближайшие)\s{1,3}выходные)(?![^\W\d_])",
    re.IGNORECASE,
)
# The coming weekday, or days: "this Saturday only", "this Friday through Sunday" (today counts).
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_THIS_WEEKDAY_RE = re.compile(
    r"(?<![^\W\d_])this\s{1,3}(?:coming\s{1,3})?(?P<first>" + _EN_WEEKDAY + r")(?![^\W\d_])"
    r"(?:\s{0,3}(?:through|thru|to|until|till|[-–—]|and|&)\s{0,3}(?P<last>" + _EN_WEEKDAY + r")(?![^\W\d_]))?",
    re.IGNORECASE,
)
_DATE_AFTER_RE = re.compile(r",?\s{1,3}(?:\d|" + _ANY_MONTH + r")", re.IGNORECASE)
# The page's own day: "Today only", "Ends tonight", "Только сегодня", "Samo danas".
_TODAY_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:today|tonight)(?:['’]s)?\s{1,2}only|(?:for\s{1,2})?one\s{1,2}day\s{1,2}only\s{1,2}today"
    r"|only\s{1,2}today|(?P<ends>(?:ends?|ending|expires?)\s{1,2}(?:today|tonight|at\s{1,2}midnight\s{1,2}tonight))"
    r"|только\s{1,2}сегодня|сегодня\s{1,2}только|samo\s{1,2}danas|само\s{1,2}данас|samo\s{1,2}za\s{1,2}danas"
    r"|само\s{1,2}за\s{1,2}данас)(?![^\W\d_])",
    re.IGNORECASE,
)
# A whole named month: "весь ноябрь", "в течение ноября", "в декабре", "throughout November", "tokom novembra".
_WHOLE_MONTH_RE = re.compile(
    r"(?<![^\W\d_])(?:весь|в\s{1,3}течение|на\s{1,3}протяжении|throughout|all(?:\s{1,3}of)?|tokom|током|цео|ceo"
    r"|(?:the\s{1,3})?month\s{1,3}of)"
    r"\s{1,3}(?P<month>" + _ANY_MONTH + r")(?!\s{0,2}\d)"
    r"|(?<![^\W\d_])(?:в|во|у|u)\s{1,3}(?P<in_month>"
    + _alternation(n for names in _MONTHS_LOCATIVE.values() for n in names)
    + r")(?!\s{0,2}(?:\d|прошлого|позапрошлого|prošle|прошле))"
    # "in November" ("may" is a verb as often as a month)
    r"|(?<![^\W\d_])in\s{1,3}(?P<en_month>"
    + _alternation(n for names in MONTHS_ENGLISH.values() for n in names if len(n) > 3 and n != "sept")
    + r")(?!\s{0,2}(?:\d|of(?![^\W\d_])|last|next|this))",
    re.IGNORECASE,
)

# "through December", "thru Jan": to the month's last day, as "through" includes what it names; "all through
# December" is the whole month. ("may" is a verb as often as a month.)
_THROUGH_MONTH_RE = re.compile(
    r"(?<![^\W\d_])(?P<all>all\s{1,3})?(?:through|thru)\s{1,3}(?P<month>"
    + _alternation(n for names in MONTHS_ENGLISH.values() for n in names if n != "may")
    + r")(?![^\W\d_])\.?(?!\s{0,2}\d)",
    re.IGNORECASE,
)

_UNIT_KIND = {
    "месяца": "month", "month": "month", "месеца": "month", "meseca": "month", "мјесеца": "month", "mjeseca": "month",
    "года": "year", "year": "year", "године": "year", "godine": "year",
    "недели": "week", "week": "week", "недеље": "week", "nedelje": "week",
    "дня": "day", "day": "day", "дана": "day", "dana": "day",
    "лета": "summer", "summer": "summer", "leta": "summer",
    "осени": "autumn", "autumn": "autumn", "fall": "autumn", "јесени": "autumn", "jeseni": "autumn",
    "зимы": "winter", "winter": "winter", "зиме": "winter", "zime": "winter",
    "весны": "spring", "spring": "spring", "пролећа": "spring", "proleća": "spring",
}
_SEASON_END = {"summer": (8, 31), "autumn": (11, 30), "spring": (5, 31)}

# Text with Cyrillic or Serbian Latin letters writes slashed dates day first.
_DAY_FIRST_TEXT_RE = re.compile(r"[\u0400-\u04ff]|[čćšžđČĆŠŽĐ]|\b(?:godine|važi|popust|akcija|od|do)\b", re.IGNORECASE)

# "№ 15 от", "br. 12/2026 od", "бр. 7 од": a numbered document's date follows
_NUMBERED_PAPER_RE = re.compile(r"(?:№|\b[Nn]o\.|\bbr\.|\bбр\.)\s{0,2}\S{1,40}\s{1,2}(?:от|od|од|of|dated)\s{0,2}$")
_CUE_WINDOW = 48  # characters before an atom searched for its cue
_EXTENDED_WINDOW = 60
_PAST_REACH = timedelta(days=61)  # a yearless date is the first one on or after today minus this


@dataclass(frozen=True)
class Period:
    """A validity period read from text; either end may be open."""

    valid_from: date | None
    valid_to: date | None
    raw: str
    start: int
    end: int
    extended: bool = False  # "продлена до ...", "extended until ..."


@dataclass(frozen=True)
class _Part:
    """One end of a date as written: the year or month may be missing."""

    day: int
    month: int | None
    year: int | None
    start: int
    end: int


@dataclass(frozen=True)
class _Atom:
    """A date (or a day range within one month) found in text."""

    first: _Part | None  # the range's first day: "1" in "1–15 ноября"
    last: _Part
    start: int
    end: int
    weak: bool  # a yearless slashed date: a date only where a cue says so


@dataclass(frozen=True)
class _Scan:
    periods: tuple[Period, ...]
    dates: tuple[tuple[date, int, int], ...]


def _two_digit_year(text: str) -> int:
    value = int(text)
    return value if value >= 100 else 2000 + value


def _atoms(text: str) -> list[_Atom]:
    """Every date atom in text, in order."""
    day_first: bool | None = None
    atoms: list[_Atom] = []
    for m in _ATOM_RE.finditer(text):
        g = m.groupdict()
        s, e = m.start(), m.end()
        first: _Part | None = None
        weak = False
        if g["a_m"] is not None:
            month = _MONTH_NUMBER[g["a_m"].lower()]
            year = int(g["a_y"]) if g["a_y"] else None
            last = _Part(int(g["a_d"]), month, year, m.start("a_d"), e)
            if g["a_d0"] is not None:
                first = _Part(int(g["a_d0"]), month, year, s, m.end("a_d0"))
        elif g["b_m"] is not None:
            if g["b_m"].lower() == "may" and g["b_m"] != "May" and g["b_m"] != "MAY":
                continue  # the verb: "you may 5 times"
            month = _MONTH_NUMBER[g["b_m"].lower()]
            year = int(g["b_y"]) if g["b_y"] else None
            if g["b_d"] is not None and int(g["b_d"]) > int(g["b_d0"]):
                first = _Part(int(g["b_d0"]), month, year, s, m.end("b_d0"))
                last = _Part(int(g["b_d"]), month, year, m.start("b_d"), e)
            elif g["b_d"] is not None:
                e = m.end("b_d0")  # "Oct. 12 - 10": not a range of days, the number is something else
                last = _Part(int(g["b_d0"]), month, year, s, e)
            else:
                last = _Part(int(g["b_d0"]), month, year, s, e)
        elif g["i_y"] is not None:
            last = _Part(int(g["i_d"]), int(g["i_m"]), int(g["i_y"]), s, e)
        elif g["n_d"] is not None:
            last = _Part(int(g["n_d"]), int(g["n_m"]), _two_digit_year(g["n_y"]), s, e)
        elif g["w_d"] is not None:
            day, month = int(g["w_d"]), int(g["w_m"])
            american = False
            if month > 12 >= day:
                # "11.27–11.30": an American month first, which, like a yearless slashed date, needs a cue
                if day_first is None:
                    day_first = bool(_DAY_FIRST_TEXT_RE.search(text))
                if day_first:
                    continue
                american = True
            after = _NOT_DATE_AFTER_RE.match(text, e)
            if after is not None and after.group(0).lstrip()[:1] in "-–—":
                # "10.00–21.00" is a time range; "27.11–30.11", "20.11–26.11" and an American "11.27–11.30" are not
                end_hour, end_minute = (int(n) for n in re.findall(r"\d+", after.group(0))[:2])
                if american or max(day, end_hour) > 24 or max(month, end_minute) > 59:
                    after = None
            if after is not None or _NOT_DATE_BEFORE_RE.search(text, max(0, s - 9), s):
                continue
            if american:
                day, month, weak = month, day, True
            last = _Part(day, month, None, s, e)
        elif g["s_1"] is not None:
            a, b = int(g["s_1"]), int(g["s_2"])
            if g["s_y"] is None:
                # "24/7", "1/2": only English month-first, and only with a cue.
                weak = True
                if _NOT_DATE_AFTER_RE.match(text, e):
                    continue
                day, month = b, a
                if day_first is None:
                    day_first = bool(_DAY_FIRST_TEXT_RE.search(text))
                if day_first:
                    day, month = a, b
                last = _Part(day, month, None, s, e)
            else:
                if day_first is None:
                    day_first = bool(_DAY_FIRST_TEXT_RE.search(text))
                if a > 12 >= b:
                    day, month = a, b
                elif b > 12 >= a:
                    day, month = b, a
                elif day_first:
                    day, month = a, b
                else:
                    day, month = b, a
                last = _Part(day, month, _two_digit_year(g["s_y"]), s, e)
        elif g["o_d"] is not None:
            day = _DAY_NUMBER[" ".join(g["o_d"].lower().split())]
            last = _Part(day, _MONTH_NUMBER[g["o_m"].lower()], None, s, e)
        elif g["e_m"] is not None:
            if g["e_m"].lower() == "may" and g["e_m"] != "May" and g["e_m"] != "MAY":
                continue  # the verb: "you may first …"
            day = _EN_DAY_NUMBER[" ".join(g["e_d"].lower().split())]
            last = _Part(day, _MONTH_NUMBER[g["e_m"].lower()], int(g["e_y"]) if g["e_y"] else None, s, e)
        else:
            last = _Part(int(g["h_d"]), int(g["h_m"]), int(g["h_y"]), s, e)
        if not _plausible(last) or (first is not None and not _plausible(first)):
            continue
        atoms.append(_Atom(first, last, s, e, weak))
    return atoms


def _day_number(day: str) -> int:
    """A day of the month written in digits ("15", "1st") or as a word ("првог", "первого")."""
    digits = re.match(r"\d{1,2}", day)
    return int(digits.group(0)) if digits else _DAY_NUMBER[" ".join(day.lower().split())]


def _plausible(part: _Part) -> bool:
    if part.month is None:
        return 1 <= part.day <= 31
    if not (1 <= part.month <= 12 and 1 <= part.day <= 31):
        return False
    # A leap year's lengths: Feb 29 is checked once the year is known.
    return part.day <= calendar.monthrange(2024, part.month)[1]


def _infer(month: int, day: int, today: date) -> date | None:
    """The first (month, day) on or after today minus ~2 months."""
    floor = today - _PAST_REACH
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= floor:
            return candidate
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _single(part: _Part, today: date) -> date | None:
    if part.month is None:
        return None
    if part.year is not None:
        return _make(part.year, part.month, part.day)
    return _infer(part.month, part.day, today)


def _range(first: _Part, last: _Part, today: date) -> tuple[date, date] | None:
    """Both ends of a range, each taking what it lacks from the other."""
    first_month = first.month if first.month is not None else last.month
    last_month = last.month
    if first_month is None or last_month is None:
        return None
    if last.year is not None:
        end = _make(last.year, last_month, last.day)
    elif first.year is not None:
        end = _make(first.year, last_month, last.day)
        if end is not None and end < (_make(first.year, first_month, first.day) or date.min):
            end = _make(first.year + 1, last_month, last.day)
    else:
        # The end decides whether a promotion still runs, so it anchors the year.
        end = _infer(last_month, last.day, today)
    if end is None:
        return None
    if first.year is not None:
        begin = _make(first.year, first_month, first.day)
    else:
        begin = _make(end.year, first_month, first.day)
        if begin is not None and begin > end:
            begin = _make(end.year - 1, first_month, first.day)
    if begin is None or begin > end:
        return None
    return begin, end


def _extended(text: str, start: int, floor: int) -> bool:
    lo = max(floor, start - _EXTENDED_WINDOW)
    window = text[lo:start]
    line_break = window.rfind("\n")
    if line_break >= 0:
        window = window[line_break + 1:]
    return bool(_EXTENDED_RE.search(window))


def _relative_end(unit: str, month_name: str | None, today: date) -> date | None:
    if month_name:
        return _inferred_month_end(_MONTH_NUMBER[month_name.lower()], today)
    kind = _UNIT_KIND.get(unit.lower())
    if kind == "month":
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if kind == "year":
        return date(today.year, 12, 31)
    if kind == "week":
        return today + timedelta(days=6 - today.weekday())
    if kind == "day":
        return today
    if kind == "winter":
        return _inferred_month_end(2, today)
    if kind in _SEASON_END:
        month, day = _SEASON_END[kind]
        return _infer(month, day, today)
    return None


def _inferred_month_end(month: int, today: date) -> date | None:
    """The last day of the named month, in the year a yearless date gets."""
    # February's length depends on the year, so infer on the 28th and then move.
    day = 28 if month == 2 else calendar.monthrange(2023, month)[1]
    end = _infer(month, day, today)
    if end is None:
        return None
    return date(end.year, month, calendar.monthrange(end.year, month)[1])


def _whole_month(month: int, today: date) -> tuple[date, date] | None:
    end = _inferred_month_end(month, today)
    if end is None:
        return None
    return date(end.year, month, 1), end


def _scan(text: str, today: date) -> _Scan:
    """Periods and dates of text: atoms combined by the cues and connectors around them."""
    atoms = _atoms(text)
    periods: list[Period] = []
    dates: list[tuple[date, int, int]] = []

    def add_period(begin: date | None, end: date | None, raw_start: int, raw_end: int, floor: int) -> None:
        periods.append(
            Period(begin, end, text[raw_start:raw_end], raw_start, raw_end, _extended(text, raw_start, floor))
        )

    consumed_end = 0  # end of the last atom used, so cues are not read twice
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        floor = max(consumed_end, atom.start - _CUE_WINDOW)
        before = text[floor:atom.start]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        start_cue = _START_CUE_RE.search(before)
        if start_cue and _NUMBERED_PAPER_RE.search(before):
            start_cue = None  # "Лицензия № Л041-01177 от 02.02.2022": the date a paper was issued, not a start
        end_cue = _END_CUE_RE.search(before)
        cue_start = atom.start
        if start_cue:
            cue_start = floor + start_cue.start()
        elif end_cue:
            cue_start = floor + end_cue.start()

        # A day range inside one atom: "1–15 ноября", "Nov 1–30".
        if atom.first is not None:
            both = _range(atom.first, atom.last, today)
            if both:
                add_period(both[0], both[1], cue_start, atom.end, floor)
                dates.append((both[0], atom.first.start, atom.first.end))
                dates.append((both[1], atom.last.start, atom.last.end))
            consumed_end = atom.end
            i += 1
            continue

        # A bare first day sharing the atom's month: "с 15 по 30 ноября".
        shared = _SHARED_START_RE.search(before)
        # "between" takes "and"; the other cues take "по", "to", "do" or a dash.
        if shared and (shared.group("cue").lower() in _BETWEEN_WORDS) == (shared.group("conn").lower() in _AND_WORDS):
            bare_start = floor + shared.start("d")
            first = _Part(_day_number(shared.group("d")), None, None, bare_start, floor + shared.end("d"))
            both = _range(first, atom.last, today)
            if both:
                add_period(both[0], both[1], floor + shared.start(), atom.end, floor)
                dates.append((both[0], first.start, first.end))
                dates.append((both[1], atom.last.start, atom.last.end))
                consumed_end = atom.end
                i += 1
                continue

        # Two days in a row: "Samo ovog vikenda, 28. i 29. novembra" runs over both.
        pair = _DAY_AND_RE.search(before)
        day_group = "d" if pair and pair.group("d") else "w"
        if pair and atom.last.month is not None and _day_number(pair.group(day_group)) + 1 == atom.last.day:
            first = _Part(_day_number(pair.group(day_group)), None, None, floor + pair.start(day_group),
                          floor + pair.end(day_group))
            both = _range(first, atom.last, today)
            if both:
                add_period(both[0], both[1], floor + pair.start(), atom.end, floor)
                dates.append((both[0], first.start, first.end))
                dates.append((both[1], atom.last.start, atom.last.end))
                consumed_end = atom.end
                i += 1
                continue

        # Two atoms joined: "с 01.03.2025 по 31.03.2025", "Nov 28 – Dec 3", "between ... and ...".
        if nxt is not None and nxt.first is None:
            gap = text[atom.end:nxt.start]
            joined = _CONNECTOR_RE.fullmatch(gap) is not None
            if not joined and _AND_CONNECTOR_RE.fullmatch(gap) and _BETWEEN_RE.search(before):
                joined = True
            # Yearless slashed dates ("3/4") join only where a cue makes them dates.
            # A line that is nothing but the range ("11/27–11/30" under an offer's name) is one too.
            alone = _LEADING_WEEKDAY_RE.fullmatch(text, 0, atom.start) is not None and not text[nxt.end:].strip(" .")
            # ", 12/12–12/13." ending its sentence, set off like the offer's dates
            alone = alone or (text[:atom.start].rstrip().endswith((",", "(", ":")) and not text[nxt.end:].strip(" .)!"))
            # "11/27–11/30: buy one drink, get one free": opening the sentence, set off by a colon or a dash
            alone = alone or (_LEADING_WEEKDAY_RE.fullmatch(text, 0, atom.start) is not None
                              and _LABEL_END_RE.match(text, nxt.end) is not None)
            # "(11/27–11/30)", "11/27-11/30 only": in parentheses of their own, or said to be the only days
            alone = alone or (text[:atom.start].rstrip().endswith("(") and text[nxt.end:].lstrip().startswith(")"))
            alone = alone or _ONLY_AFTER_RE.match(text, nxt.end) is not None
            # "11/27 through 11/30", "Fri 11/27 – Mon 11/30": a word between, or weekdays before, say they are dates
            worded = _WORD_CONNECTOR_RE.fullmatch(gap) is not None or (
                _WEEKDAY_BEFORE_RE.search(before) is not None and _WEEKDAY_BEFORE_RE.search(gap) is not None)
            if joined and (not (atom.weak or nxt.weak) or start_cue or end_cue or _BETWEEN_RE.search(before)
                           or _PERIOD_CUE_RE.search(before) or alone or worded):
                both = _range(atom.last, nxt.last, today)
                if both:
                    add_period(both[0], both[1], cue_start, nxt.end, floor)
                    dates.append((both[0], atom.last.start, atom.last.end))
                    dates.append((both[1], nxt.last.start, nxt.last.end))
                    consumed_end = nxt.end
                    i += 2
                    continue

        # An English "November 1 through 15".
        if atom.last.month is not None and atom.last.year is None:
            tail = _SHARED_END_RE.match(text, atom.end)
            last_day = tail and (int(tail.group("d")) if tail.group("d") else
                                 _EN_DAY_NUMBER[" ".join(tail.group("w").lower().split())])
            # "and" joins the two days after "between" ("between December 1 and 21"), or when they are two days in a
            # row ("Dec 5 & 6", as "5 и 6 декабря"); else they are two dates ("closed December 24 and 31")
            if (tail and tail.group("conn").lower() in ("and", "&") and not _BETWEEN_RE.search(before)
                    and last_day != atom.last.day + 1):
                tail = None
            if (tail and (nxt is None or nxt.start >= tail.end()) and _ENGLISH_START_RE.match(text, atom.start)
                    and last_day > atom.last.day):
                year = int(tail.group("y")) if tail.group("y") else None
                last = _Part(last_day, atom.last.month, year, tail.start("d" if tail.group("d") else "w"), tail.end())
                both = _range(atom.last, last, today)
                if both:
                    add_period(both[0], both[1], cue_start, tail.end(), floor)
                    dates.append((both[0], atom.last.start, atom.last.end))
                    dates.append((both[1], last.start, last.end))
                    consumed_end = tail.end()
                    i += 1
                    continue

        single = _single(atom.last, today)
        if single is not None:
            if start_cue:
                add_period(single, None, cue_start, atom.end, floor)
            elif end_cue:
                if atom.last.year is None and single > today and _PAST_END_RE.match(end_cue.group(0)):
                    single = _make(single.year - 1, single.month, single.day) or single  # "ended on May 31": gone
                add_period(None, single, cue_start, atom.end, floor)
            elif only := _ONLY_CUE_RE.search(before):
                last, end = single, atom.end
                if (nxt is not None and NEXT_DAY_JOIN_RE.fullmatch(text, atom.end, nxt.start)
                        and (following := _single(nxt.last, today)) == single + timedelta(days=1)):
                    last, end = following, nxt.end  # "Only on Nov 27 and Nov 28": the two days in a row
                    i += 1
                add_period(single, last, floor + only.start(), end, floor)
            elif not atom.weak and (only_after := _ONLY_AFTER_RE.match(text, atom.end)):
                add_period(single, single, atom.start, only_after.end(), floor)
            if not atom.weak or start_cue or end_cue:
                dates.append((single, atom.last.start, atom.last.end))
        consumed_end = atom.end
        i += 1

    for m in _RELATIVE_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        end = _relative_end(m.group("unit"), m.group("month"), today)
        if end is not None:
            periods.append(Period(None, end, m.group(0), m.start(), m.end(), _extended(text, m.start(), 0)))
    for m in _END_WEEKDAY_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        if _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _FROM_WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 48), m.start()):
            continue
        # "starts Friday, November 27 and runs through Sunday": the Sunday after the start, not after today
        opened = [p.valid_from for p in periods if p.end <= m.start() and p.valid_from and p.valid_to is None]
        base = max(today, opened[-1]) if opened else today
        end = base + timedelta(days=(_WEEKDAY_NUMBER[m.group("day").lower()] - base.weekday()) % 7)
        periods.append(Period(None, end, m.group(0), m.start(), m.end(), _extended(text, m.start(), 0)))
    # most texts say no start at all: a substring test is cheaper than the pattern
    starts = ("tart" in text or "egin" in text or "TART" in text or "EGIN" in text)
    for m in _START_WEEKDAY_RE.finditer(text) if starts else ():
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        start = today + timedelta(days=(_WEEKDAY_NUMBER[m.group("day").lower()] - today.weekday()) % 7)
        periods.append(Period(start, None, m.group(0), m.start(), m.end()))
    for m in _THROUGH_MONTH_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        both = _whole_month(_MONTH_NUMBER[m.group("month").lower()], today)
        if both:
            periods.append(Period(both[0] if m.group("all") else None, both[1], m.group(0), m.start(), m.end(),
                                  _extended(text, m.start(), 0)))
    for m in _TODAY_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        periods.append(Period(None if m.group("ends") else today, today, m.group(0), m.start(), m.end()))
    for m in _THIS_WEEKDAY_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        if _DATE_AFTER_RE.match(text, m.end()):
            continue  # "this Saturday, Dec 5": the date says which day, read above
        first = today + timedelta(days=(_WEEKDAY_NUMBER[m.group("first").lower()] - today.weekday()) % 7)
        last = first
        if m.group("last"):
            last = first + timedelta(days=(_WEEKDAY_NUMBER[m.group("last").lower()] - first.weekday()) % 7)
        periods.append(Period(first, last, m.group(0), m.start(), m.end()))
    for m in _TO_SUNDAY_RE.finditer(text) if "eek" in text or "EEK" in text else ():
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        this_week = not m.group(0).lower().startswith(("through", "thru"))
        if this_week and (periods or dates):
            continue  # "This week only (Dec 7–13)", "November 19 — This week only": a date given says which week
        sunday = today + timedelta(days=6 - today.weekday())
        periods.append(Period(today if this_week else None, sunday, m.group(0), m.start(), m.end(),
                              _extended(text, m.start(), 0)))
    for m in _THIS_MONTH_RE.finditer(text) if "onth" in text or "ONTH" in text else ():
        if periods or dates:
            break  # "All month long (Dec 1–31)": a date given says which month
        if both := _whole_month(today.month, today):
            periods.append(Period(both[0], both[1], m.group(0), m.start(), m.end()))
    for m in _THIS_WEEKEND_RE.finditer(text):
        if periods:
            break  # "Samo ovog vikenda, 28. i 29. novembra": the dates the text gives say which weekend
        saturday = today + timedelta(days=(5 - today.weekday()) % 7) if today.weekday() != 6 else today - timedelta(1)
        periods.append(Period(saturday, saturday + timedelta(days=1), m.group(0), m.start(), m.end()))
    for m in _WHOLE_MONTH_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in periods):
            continue
        if m.group("month") == "may":
            continue  # "they all may apply": the verb
        both = _whole_month(_MONTH_NUMBER[(m.group("month") or m.group("in_month") or m.group("en_month")).lower()],
                            today)
        if both:
            periods.append(Period(both[0], both[1], m.group(0), m.start(), m.end(), _extended(text, m.start(), 0)))

    periods.sort(key=lambda p: p.start)
    dates.sort(key=lambda d: d[1])
    return _Scan(tuple(periods), tuple(dates))



def find_periods(text: str, *, today: date) -> list[Period]:
    """Every validity period in text.

    `today` is the page date: it supplies missing years (the first such date on
    or after ~2 months before today) and resolves relative forms ("до конца
    месяца", "until the end of the month", "до конца года").
    """
    periods = list(_scan(text, today).periods)
    if periods and _TOLD_IN_THE_PAST_RE.search(text) and not _TOLD_AS_CURRENT_RE.search(text):
        periods = [_a_year_back(p, today) for p in periods]
    return periods


# A sentence told in the past speaks of an offer that is over: "Thanks for making our Labor Day Sale (Sept 4–7) a
# success", "акция проходила с 10 по 20 апреля", "akcija je trajala od 1. do 15. aprila". Its yearless dates are the
# last ones, not the next: read as next year, the finished offer would look current, or a year off from its page.
_TOLD_IN_THE_PAST_RE = re.compile(
    r"(?<![^\W\d_])(?:was|were|ran|held|took\s{1,2}place|lasted|came|joined|shopped|attended|celebrated|visited"
    r"|wrapped\s{1,2}up|sold\s{1,2}(?:over|just|more)|raised|donated|missed|took\s{1,2}(?:part|\d)|drew|saved"
    r"|thanks?\s{1,2}(?:you\s{1,2})?for\s{1,2}(?:making|joining|coming)"
    r"|прош(?:ла|ёл|ел|ли)|проходил[аи]?|длил(?:ась|ся|ись)|действовал[аи]?|состоял(?:ась|ся|ись)"
    r"|trajal[aoi]|trajao|održan[aoi]?|važil[aoi]|važio|трајал[аои]|трајао|одржан[аои]?|важил[аои]|важио)(?![^\W\d_])",
    re.IGNORECASE,
)
# ... unless it also speaks of the present or future: "was extended until …", "the sale that ran last year returns …"
_TOLD_AS_CURRENT_RE = re.compile(
    r"(?<![^\W\d_])(?:is|are|runs|will|starts|begins|continues|returns|extended|now|still|again"
    r"|действует|продлится|пройд[её]т|будет|начн[её]тся|продлен[аио]?|продлили|стартует|ид[её]т|сейчас|снова"
    r"|traje|važi|počinje|biće|produžen[aoi]?|ponovo|sada|траје|важи|почиње|биће|продужен[аои]?|поново|сада)(?![^\W\d_])",
    re.IGNORECASE,
)
_WRITTEN_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[./]\d{1,2}[./]\d\d(?!\d)|['’]\d\d(?!\d)")


def _a_year_back(period: Period, today: date) -> Period:
    """A yearless period that was inferred into the future, a year earlier."""
    first = period.valid_from or period.valid_to
    if first is None or first <= today or _WRITTEN_YEAR_RE.search(period.raw):
        return period
    back = [_make(d.year - 1, d.month, d.day) if d is not None else None for d in (period.valid_from, period.valid_to)]
    if any(b is None and d is not None for b, d in zip(back, (period.valid_from, period.valid_to))):
        return period  # 29 February
    return replace(period, valid_from=back[0], valid_to=back[1])


def find_dates(text: str, *, today: date) -> list[tuple[date, int, int]]:
    """Every calendar date stated in text, with its span (used for "updated on" dates and special days)."""
    return list(_scan(text, today).dates)
