"""E-mail addresses in running text, plain and obfuscated.

Hand-written because no library reads the obfuscations sites use against
harvesters ("info [at] example.ru", "info(at)example(dot)ru", "info собака
example.ru", "info @ example . ru"); the validators on PyPI check one given
string and do not search text.

Two passes over the text:

1. plain addresses, also inside ``mailto:`` links;
2. obfuscated ones, where "@" or "." are written as words or in brackets.
   The weaker a spelling, the more the rest must look like an address:
   a bracketed "[at]" or the word "собака" takes any top-level domain, a
   spaced-out "@" or " . " needs a well-known top-level domain, and a bare
   English "at" counts only together with a "dot" written as a word.

3. spoken ones, as an IVR prompt reads an address out: "billing at big sioux
   hearing dot com", "service собака velodvor67 точка ру", "инфо ет талир
   тачка ер-ес". Words of the domain run together, a spoken top-level
   domain becomes its letters, a Cyrillic spelling is transliterated; an
   e-mail word must come just before ("email", "пишите на", "pišite na"),
   as "book at example dot com" is a website.

Not addresses: "@username" handles (nothing before "@"), retina images such
as "logo@2x.png" (a file extension where the top-level domain would be),
package versions ("lodash@4.17.21": the top-level domain must be letters),
and user names in URLs ("https://user@host").

Values are lower case. Local parts in Cyrillic are read only before a
Cyrillic domain ("почта@пример.рф").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.facts.numbers import spoken_digits
from consistency.facts.transliterate import to_latin


@dataclass(frozen=True)
class Email:
    """An e-mail address found in text."""

    value: str  # lower case
    raw: str  # the text it was read from, obfuscation included
    start: int
    end: int


_LATIN_LOCAL = r"[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?"
_CYRILLIC_LOCAL = r"[а-яёА-ЯЁ0-9_\-](?:[а-яёА-ЯЁ0-9._\-]{0,62}[а-яёА-ЯЁ0-9_\-])?"
_LATIN_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_CYRILLIC_LABEL = r"[а-яёА-ЯЁ0-9](?:[а-яёА-ЯЁ0-9\-]{0,61}[а-яёА-ЯЁ0-9])?"

# Nothing address-like may sit right before the local part.
_LOCAL_START = r"(?<![A-Za-z0-9._%+\-/@])"
_PLAIN = re.compile(
    _LOCAL_START
    + r"(?:(?P<local>" + _LATIN_LOCAL + r")@(?P<domain>(?:" + _LATIN_LABEL + r"\.){1,6}"
    + r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9\-]{1,59}|[а-яёА-ЯЁ]{2,12})"
    + r"|(?:" + _CYRILLIC_LABEL + r"\.){1,6}[а-яёА-ЯЁ]{2,12})"
    + r"|(?P<clocal>" + _CYRILLIC_LOCAL + r")@(?P<cdomain>(?:" + _CYRILLIC_LABEL + r"\.){1,6}[а-яёА-ЯЁ]{2,12}))"
    + r"(?![A-Za-z0-9а-яёА-ЯЁ_@\-])"
)

_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT = (
    r"(?P<at>"
    r"\s{0,3}" + _OPEN + r"\s{0,2}(?:at|@|собака|собачка|ат)\s{0,2}" + _CLOSE + r"\s{0,3}"
    r"|\s{1,3}(?:собака|собачка)\s{1,3}"
    r"|\s{1,3}@\s{1,3}"
    r"|\s{1,3}at\s{1,3})"
)
_DOT = (
    r"(?:\s{0,3}" + _OPEN + r"\s{0,2}(?:dot|точка|\.)\s{0,2}" + _CLOSE + r"\s{0,3}"
    r"|\s{1,3}(?:dot|точка)\s{1,3}"
    r"|\s{1,3}\.\s{1,3}"
    r"|\.)"
)
_LABEL = r"(?:" + _LATIN_LABEL + r"|" + _CYRILLIC_LABEL + r")"
_OBFUSCATED = re.compile(
    _LOCAL_START + r"(?P<local>" + _LATIN_LOCAL + r")" + _AT
    + r"(?P<domain>" + _LABEL + r"(?:" + _DOT + _LABEL + r"){1,6})"
    + r"(?![A-Za-z0-9а-яёА-ЯЁ_@\-])",
    re.IGNORECASE,
)
# The "@" of an obfuscated address alone: a text without one holds none, and finding that is much cheaper than
# trying _OBFUSCATED's local part at every position of the text.
_AT_ANYWHERE = re.compile(_AT, re.IGNORECASE)
_LAST_TOKEN = re.compile(r"\S{0,200}$")
_URL_LOOKBEHIND = 200
_DOT_SPLIT = re.compile(_DOT, re.IGNORECASE)
_WORD_DOT = re.compile(r"dot|точка", re.IGNORECASE)
_BRACKETED = re.compile(_OPEN)

# Top-level domains common enough that a spaced-out address ending in one is
# clearly meant as an address.
_KNOWN_TLDS = frozenset(
    """ru рф su com net org info biz rs срб me io co uk de us eu by бел kz ua az am ge uz kg tj
    md lv lt ee fi pl cz sk hu ro bg hr si ba mk al gr tr it fr es pt nl be at ch se no dk ie
    ca au nz in cn jp kr il ae pro online shop store site club moscow москва tech app dev
    xyz top mobi name travel agency group center media""".split()
)
# Words that stand before a spaced "@" or "at" in sentences, not mailbox names.
_SENTENCE_WORDS = frozenset("us me we you at to on in is by for from with and or our".split())
# Words a prompt says before a website read out: "book any time at example dot com", "order online at …".
_WEBSITE_LEADS = frozenset("time anytime online visit website site web book order shop find more".split())
# Where a file name, not a domain, ends: "logo@2x.png", "bundle@3.js".
_FILE_EXTENSIONS = frozenset(
    """png jpg jpeg gif svg webp avif bmp ico tif tiff heic css js mjs cjs ts map json xml pdf
    zip gz rar mov mp4 mp3 webm woff woff2 ttf otf eot php html htm txt csv yml yaml""".split()
)


# A spoken address: a mailbox, an "at" word, up to four domain words, a "dot" word and the top-level domain.
_SPOKEN_DOT_WORD = r"(?:dot|точка|тачка|tačka|tacka)"
_SPOKEN = re.compile(
    r"(?<![\w@.])(?P<local>[a-zа-яёђјљњћџ0-9][\w.-]{0,40})\s{1,3}(?:at|собака|ет|et)\s{1,3}"
    r"(?P<domain>[a-zа-яёђјљњћџ0-9][\w-]{0,40}(?:\s{1,2}[a-zа-яёђјљњћџ0-9][\w-]{0,40}){0,3})"
    rf"\s{{1,3}}{_SPOKEN_DOT_WORD}\s{{1,3}}"
    r"(?P<tld>[a-zа-яё]{2,6}(?:-[a-zа-яё]{2,3})?)(?![\w-])",
    re.IGNORECASE,
)
_SPOKEN_DOT = re.compile(rf"(?i)\s{_SPOKEN_DOT_WORD}\s")
# What introduces an address read out, within a few words before it.
_EMAIL_CUE = re.compile(
    r"(?i)(?:e-?mail|write|пишите|напишите|почт|письм|адрес|pišite|piši|пиши|mejl|мејл|imejl|имејл|e-pošt|е-пошт)"
    r"[^.!?\n]{0,24}$"
)
_CUE_REACH = 60
_SPOKEN_TLDS = {"ру": "ru", "ком": "com", "нет": "net", "орг": "org", "ер-ес": "rs", "ерес": "rs", "er-es": "rs",
                "эр-эс": "rs", "срб": "срб", "рф": "рф"}


def find_emails(text: str) -> list[Email]:
    """Every e-mail address stated in `text`, in order, plain or obfuscated."""
    found: list[Email] = []
    taken: list[tuple[int, int]] = []
    for m in _PLAIN.finditer(text) if "@" in text else ():
        if _inside_url(text, m.start()):
            continue
        local = m.group("local") or m.group("clocal")
        domain = m.group("domain") or m.group("cdomain")
        if not _acceptable(local, domain.split("."), strict_tld=False):
            continue
        found.append(Email(f"{local}@{domain}".lower(), m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _OBFUSCATED.finditer(text) if _AT_ANYWHERE.search(text) else ():
        if any(s < m.end() and m.start() < e for s, e in taken) or _inside_url(text, m.start()):
            continue
        email = _read_obfuscated(m)
        if email:
            found.append(email)
            taken.append((m.start(), m.end()))
    for m in _SPOKEN.finditer(text) if _SPOKEN_DOT.search(text) else ():
        # the cue stands a few words before: look there, not over the whole text before it
        cue = _EMAIL_CUE.search(text, max(0, m.start() - _CUE_REACH), m.start())
        if any(s < m.end() and m.start() < e for s, e in taken) or not cue:
            continue
        email = _read_spoken(m)
        if email:
            found.append(email)
    found.sort(key=lambda e: e.start)
    return found


_CYRILLIC = re.compile(r"[а-яёђјљњћџ]", re.IGNORECASE)
# Words a prompt says for a domain's hyphen: "kegli тире nk" is "kegli-nk".
_SPOKEN_HYPHENS = frozenset(("тире", "дефис", "dash", "hyphen", "crtica", "цртица"))


def _spoken_domain(words: list[str]) -> str:
    """A domain's words run together, its hyphens and Cyrillic number words written as such ("каблучок двадцать
    девять" is "kabluchok29"; English ones stay words: "one stop shop dot com" is onestopshop.com)."""
    out: list[str] = []
    number: list[str] = []  # the Cyrillic number words said in a row, read as one group of digits
    for word in [*words, ""]:
        if word and _CYRILLIC.search(word) and spoken_digits(word) is not None:
            number.append(word)
            continue
        if number:
            out.append(spoken_digits(" ".join(number)) or "")
            number = []
        out.append("-" if word.casefold() in _SPOKEN_HYPHENS else to_latin(word))
    return "".join(out)


def _read_spoken(m: re.Match[str]) -> Email | None:
    """The address a prompt reads out: domain words run together, the spoken top-level domain in letters."""
    local = to_latin(m.group("local"))
    domain = _spoken_domain(m.group("domain").split())
    tld = m.group("tld").lower()
    tld = _SPOKEN_TLDS.get(tld, to_latin(tld))
    if tld not in _KNOWN_TLDS or local in _SENTENCE_WORDS or not _acceptable(local, [domain, tld], strict_tld=True):
        return None
    return Email(f"{local}@{domain}.{tld}".lower(), m.group(0), m.start(), m.end())


def _read_obfuscated(m: re.Match[str]) -> Email | None:
    """The address an obfuscated match spells, if its spelling is convincing enough."""
    at = m.group("at")
    domain_text = m.group("domain")
    separators = [s.group(0) for s in _DOT_SPLIT.finditer(domain_text)]
    labels = _DOT_SPLIT.split(domain_text)
    at_word = at.strip().lower()
    plain_at = at_word == "@"
    if plain_at and all(s == "." for s in separators) and at == "@":
        return None  # a plain address: the first pass decides about it
    bracketed_at = bool(_BRACKETED.search(at))
    russian_at = at_word in ("собака", "собачка")
    word_dots = all(_WORD_DOT.search(s) or _BRACKETED.search(s) for s in separators)
    spaced = (plain_at and at != "@") or any(s != "." and not _WORD_DOT.search(s) and not _BRACKETED.search(s)
                                              for s in separators)
    if at_word == "at" and not word_dots:
        return None  # "meet us at example.com" is a sentence, not an address
    if at_word == "at" and m.group("local").lower() in _WEBSITE_LEADS:
        return None  # "book any time at example dot com" is a website read out, not a mailbox
    strict = spaced or at_word == "at" or not (bracketed_at or russian_at)
    if strict and m.group("local").lower() in _SENTENCE_WORDS:
        return None  # "write to us @ example . com" has no mailbox before the "@"
    if not _acceptable(m.group("local"), labels, strict_tld=strict):
        return None
    if word_dots:
        labels[-1] = _SPOKEN_TLDS.get(labels[-1].lower(), labels[-1])  # "точка ру" is ".ru"
    value = (m.group("local") + "@" + ".".join(labels)).lower()
    return Email(value, m.group(0), m.start(), m.end())


def _inside_url(text: str, start: int) -> bool:
    """Whether `start` is inside a URL such as "https://user:pw@host" (user info, not a mailbox)."""
    window = text[max(0, start - _URL_LOOKBEHIND):start]
    token = _LAST_TOKEN.search(window)
    return token is not None and "://" in token.group(0)


def _acceptable(local: str, labels: list[str], *, strict_tld: bool) -> bool:
    """Whether a local part and domain labels make an address (`strict_tld`: a well-known TLD only)."""
    if ".." in local or local.startswith(".") or local.endswith("."):
        return False
    tld = labels[-1].lower()
    if not tld.isalpha() and not tld.startswith("xn--"):
        return False  # "lodash@4.17.21", "node@18.2"
    if tld in _FILE_EXTENSIONS:
        return False
    if strict_tld and tld not in _KNOWN_TLDS:
        return False
    return all(labels)
