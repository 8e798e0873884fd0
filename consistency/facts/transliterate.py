"""Cyrillic (Russian and Serbian) to plain Latin, for comparing names across scripts.

One loose, ASCII-only table rather than a standard (GOST, ISO 9): what it must
do is make "Покровка" and the English page's "Pokrovka", or "Профсоюзная" and
"Profsoyuznaya", close enough for a fuzzy comparison, not round-trip.
"""

from __future__ import annotations

_TABLE = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
    "č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj",
})


def to_latin(text: str) -> str:
    """Lower-case plain-Latin spelling of text (Latin input passes through, diacritics dropped)."""
    return text.casefold().translate(_TABLE)
