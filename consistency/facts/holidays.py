"""Holidays named instead of dated: "closed on Thanksgiving Day", "Christmas Eve: 8 a.m. – 3 p.m.", "Black Friday
only", "Za Božić ne radimo". Each name gives its date in a given year.

A table of our own: the holidays that the channels we read name, US federal and retail days, Russian and Serbian
public holidays, Orthodox Christmas and its eve, Western and Orthodox Easter and the days counted from it, in the spellings and cases the
text uses ("Uskrsa", "ускрсу"). A calendar of official days off per country would not know the retail days
("Black Friday", "Small Business Saturday") nor those spellings; Easter itself comes from dateutil.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

# (month, day) for fixed holidays, (month, weekday, n) for the n-th weekday of a month (n = -1: the last), the
# key of another holiday plus days, or an Easter method ("@western", "@orthodox") plus days.
_HOLIDAYS: dict[str, tuple] = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4),
    "day after thanksgiving": ("thanksgiving", 1), "independence day": (7, 4), "fourth of july": (7, 4),
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "martin luther king jr. day": (1, 0, 3),
    "martin luther king jr day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "presidents day": (2, 0, 3), "president's day": (2, 0, 3),
    "washington's birthday": (2, 0, 3), "juneteenth": (6, 19), "columbus day": (10, 0, 2),
    "indigenous peoples' day": (10, 0, 2), "veterans day": (11, 11), "veterans' day": (11, 11),
    # Serbian Orthodox Christmas and its eve
    "božić": (1, 7), "bozic": (1, 7), "божић": (1, 7), "badnji dan": (1, 6), "бадњи дан": (1, 6),
    # Russian public holidays, in the cases a date's apposition or a closure notice uses
    "день народного единства": (11, 4), "дня народного единства": (11, 4), "день россии": (6, 12),
    "дня россии": (6, 12), "день победы": (5, 9), "дня победы": (5, 9), "день защитника отечества": (2, 23),
    "дня защитника отечества": (2, 23), "международный женский день": (3, 8), "праздник весны и труда": (5, 1),
    "рождество христово": (1, 7), "рождество": (1, 7), "рождества": (1, 7),
    # Serbian state holidays (the first of their two days)
    "sretenje": (2, 15), "sretenja": (2, 15), "сретење": (2, 15), "сретења": (2, 15), "dan primirja": (11, 11),
    "дан примирја": (11, 11), "praznik rada": (5, 1), "празник рада": (5, 1),
    # retail days
    "black friday": ("thanksgiving", 1), "small business saturday": ("thanksgiving", 2),
    "cyber monday": ("thanksgiving", 4),
    # Easter moves: Russia and Serbia keep the Orthodox one
    "easter": ("@western", 0), "easter sunday": ("@western", 0), "good friday": ("@western", -2),
    "easter monday": ("@western", 1),
    "пасха": ("@orthodox", 0), "пасху": ("@orthodox", 0), "пасхи": ("@orthodox", 0),
    "uskrs": ("@orthodox", 0), "uskrsa": ("@orthodox", 0), "uskrsu": ("@orthodox", 0), "ускрс": ("@orthodox", 0),
    "ускрса": ("@orthodox", 0), "ускрсу": ("@orthodox", 0), "vaskrs": ("@orthodox", 0), "васкрс": ("@orthodox", 0),
    "veliki petak": ("@orthodox", -2), "велики петак": ("@orthodox", -2),
    "uskršnji ponedeljak": ("@orthodox", 1), "ускршњи понедељак": ("@orthodox", 1),
}
_EASTER_METHODS = {"@western": EASTER_WESTERN, "@orthodox": EASTER_ORTHODOX}
_PAST_WINDOW = timedelta(days=61)  # as for a yearless date: a holiday up to ~2 months back is the one meant


def _spellings() -> dict[str, str]:
    """Every spelling of a holiday name -> its key: both apostrophes, or none."""
    out = {}
    for key in _HOLIDAYS:
        for spelling in (key, key.replace("'", "’"), key.replace("'", "")):
            out[spelling] = key
    return out


HOLIDAY_SPELLINGS = _spellings()


def holiday_date(key: str, year: int) -> date | None:
    """The date of the holiday `key` (a key of HOLIDAY_SPELLINGS' values) in `year`."""
    rule = _HOLIDAYS[key]
    if rule[0] in _EASTER_METHODS:
        return easter(year, _EASTER_METHODS[rule[0]]) + timedelta(days=rule[1])
    if isinstance(rule[0], str):
        base = holiday_date(rule[0], year)
        return base + timedelta(days=rule[1]) if base else None
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    month, weekday, n = rule
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def next_holiday(key: str, today: date) -> date | None:
    """The holiday's date nearest ahead of today, as for a yearless date (up to ~2 months back)."""
    for year in (today.year - 1, today.year, today.year + 1):
        day = holiday_date(key, year)
        if day is not None and day >= today - _PAST_WINDOW:
            return day
    return None
