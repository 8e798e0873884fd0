"""Branch names in text: "магазин на Покровке", "пункт выдачи на Бутлерова", "Pokrovka store".

Hand-written because no library reads how Russian, Serbian and English
content teams name a shop: a type word (магазин, пункт выдачи, store), a
preposition, and a street or place name in any grammatical case. The key a
name is compared by drops the type word and preposition and cuts each word to
a short stem, so "магазина на Покровке" and "Магазин на Покровке" share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHOP, PICKUP = "shop", "pickup point"

# Type words, longest first so "пункт выдачи заказов" wins over "пункт".
_PICKUP_WORDS = (
    r"пункт(?:а|е|ом|ы|ов|ах)?\s+выдачи(?:\s+заказов)?",
    r"пвз",
    r"точк[аиуе]\s+выдачи",
    r"pick-?up\s+points?",
    r"pickup\s+locations?",
    r"пункт\s+преузимања",
    r"punkt\s+preuzimanja",
)
_SHOP_WORDS = (
    r"магазин(?:а|е|ом|ы|ов|ах|у)?",
    r"филиал(?:а|е|ом|ы|ов|ах|у)?",
    r"отделени(?:е|я|и|ю|ем)",
    r"салон(?:а|е|ом|ы|ов|у)?",
    r"офис(?:а|е|ом|ы|у)?\s+продаж",
    r"шоу-?рум(?:а|е|ом|ы)?",
    r"продавниц(?:а|е|и|у|ом)",
    r"prodavnic(?:a|e|i|u|om)",
    r"radnj(?:a|e|i|u|om)",
    r"poslovnic(?:a|e|i|u|om)",
    r"store",
    r"shop",
    r"branch",
)
_PREPOSITIONS = r"(?:на|в|во|у|возле|около|at|on|in|u|na|у|на)"
# A place name: one to three words, the first capitalised (or in quotes).
_PLACE = r"(?:«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"|[A-ZА-ЯЁЂЈЉЊЋЏ][\w-]{1,30}(?:\s+[A-ZА-ЯЁЂЈЉЊЋЏ0-9][\w-]{0,30}){0,2})"

# No match inside a word: "bookshop", "интернет-магазин".
_TYPE = r"(?<![\w-])(?P<type>" + "|".join(_PICKUP_WORDS + _SHOP_WORDS) + ")"
_STREET_TYPE = r"(?:ул\.|улиц[аеи]|пр-т|просп\.|проспект[еа]?|пер\.|переулк[еа]|бул\.|б-р|ш\.|шоссе)"
_NAME_AFTER = re.compile(
    r"(?i:" + _TYPE + r")\s+(?:(?i:" + _PREPOSITIONS + r")\s+)?(?:(?i:" + _STREET_TYPE + r")\s*)?(?P<place>" + _PLACE + ")"
)
# English word order: "Pokrovka store", "the Arbat shop".
_NAME_BEFORE = re.compile(r"(?P<place>[A-Z][\w-]{2,30}(?:\s+[A-Z][\w-]{1,30}){0,1})\s+(?P<type>store|shop|branch|pickup point)\b")

_GENERIC = {
    "магазин", "книжный", "книжного", "книжном", "филиал", "пункт", "выдачи", "заказов", "пвз", "на", "в", "во", "у",
    "the", "store", "shop", "branch", "our", "pickup", "point", "at", "on", "in", "ул", "улица", "улице", "улицы",
    "проспект", "проспекте", "пр", "тц", "трц", "тк", "street", "st", "ave", "avenue", "магазине", "магазина",
    "our", "для", "for",
}
_WORD = re.compile(r"[\wёЁ]+")


@dataclass(frozen=True)
class BranchName:
    """A branch or pickup point named in text."""

    name: str  # as written, e.g. "магазина на Покровке"
    type: str  # SHOP or PICKUP
    place: str  # the place part, e.g. "Покровке"
    start: int
    end: int


def find_branch_names(text: str) -> list[BranchName]:
    """Every branch or pickup point named in text, in order."""
    found: list[BranchName] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_NAME_AFTER, _NAME_BEFORE):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            place = m.group("place").strip("«»\" ")
            if not name_key(place):
                continue
            kind = PICKUP if any(re.fullmatch(p, m.group("type"), re.I) for p in _PICKUP_WORDS) else SHOP
            found.append(BranchName(m.group(0), kind, place, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda b: b.start)


def branch_type(text: str) -> str:
    """SHOP or PICKUP for a heading or name, by its type words (shops by default)."""
    for pattern in _PICKUP_WORDS:
        if re.search(pattern, text, re.I):
            return PICKUP
    return SHOP


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj",
})


def stem(word: str) -> str:
    """A crude, script-independent stem that survives case endings: 'Покровке' and 'Pokrovka' -> 'pokrov'."""
    word = word.casefold().translate(_LATIN)
    if word.isdigit() or len(word) <= 4:
        return word
    return word[: max(4, len(word) - 2)][:6]


_GENERIC_STEMS = {stem(w) for w in _GENERIC}


def name_key(name: str) -> str:
    """The comparable core of a branch name: stems of its distinctive words, sorted."""
    stems = (stem(w) for w in _WORD.findall(name))
    return " ".join(sorted(s for s in stems if s not in _GENERIC_STEMS))
