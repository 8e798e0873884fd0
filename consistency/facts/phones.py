"""Phone numbers in running text and in schema.org ``telephone`` values.

Finding and validating numbers is left to ``phonenumbers`` (Google's
libphonenumber metadata): ``PhoneNumberMatcher`` with ``Leniency.VALID`` reads
Russian, Serbian and US formats and already skips postcodes, dates, hours and
IVR menu digits. Around it this module adds only what the library cannot know
from digits alone:

* requisites and reference numbers that happen to be valid numbers
  ("ИНН 4951234567", "заказ № 4956603840") are dropped by the label in front;
* amounts ("4 956 603 840 руб") are dropped by the currency after them;
* an unformatted run of digits counts only when it starts with the trunk or
  country prefix ("89161234567") or follows a phone word or ``tel:``;
* extensions the library does not read ("(доб. 204)", "вн. 12", "доп. 3",
  "добавочный 204", Serbian "лок. 12") are read from the text right after the
  number;
* a number an IVR prompt spells out for the voice is read from its words, one
  group at a time, the groups apart by the commas (or dashes) that mark the
  voice's pauses: English digit by digit ("five one seven, three two oh, four
  four eight one", "one eight hundred, ..."), digits spaced for the TTS ("5 1 7,
  3 2 0, 4 4 8 1"), Russian and Serbian groups said as numbers ("плюс семь, три
  четыре пять два, тридцать, пятнадцать, семьдесят два", "восемь, восемьсот,
  двести пять, шестьдесят, одиннадцать, добавочный сорок", "нула осамсто,
  двадесет два, ...", "nula jedanaest, ..."), an extension said after it in
  words. A run becomes a phone only when all its words together make a valid
  number for the region, so a year ("nineteen eighty-two"), a price, a house
  number, a discount or a time never does. Written by hand: the number-word
  libraries (word2number, text2num) read one amount, not digits said group by
  group, and neither reads Russian or Serbian;
* a switchboard's list of extensions ("Pozovite centralu 018 523 110 i birajte
  lokal:\n lokal 11 – Centar\n lokal 12 – Tehnički fakultet", "Бухгалтерия — доб.
  204") gives one number per line: the switchboard's with that extension.

Values are E.164 with an extension as ``;ext=204``, e.g. ``+74956603840;ext=204``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from consistency.facts.numbers import NUMBER_WORD, spoken_digits


@dataclass(frozen=True)
class Phone:
    """A phone number found in text."""

    value: str  # E.164, extension as ";ext=204"
    raw: str  # the text it was read from, extension included
    start: int
    end: int
    toll_free: bool  # 8-800 (RU), 0800 (RS), 800/888/877... (US): company-wide lines


# A number right after one of these labels is a company requisite or a reference
# number, not a phone, even when its digits form a valid one.
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:инн|кпп|огрнип|огрн|окпо|оквэд|окато|октмо|бик|снилс|пиб|мб|pib|mb|"
    r"inn|kpp|ogrn|bik|okpo|vat|tin|ein|id|sku|"
    r"заказ\w{0,3}|артикул\w{0,2}|арт|код\w{0,2}|сч[её]т\w{0,2}|р/с|к/с|"
    r"договор\w{0,2}|накладн\w{0,3}|трек\w{0,6}|order|invoice|account|acct|ref|"
    r"porudžbin\w{0,2}|račun\w{0,2}|поруџбин\w{0,2}|рачун\w{0,2})"
    r"|№|\bno|\bn|#)"
    r"[\s.:№#]{0,4}$",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"\s{0,2}(?:₽|руб|р\.|rub|rsd|дин|din|usd|eur|\$|€|%|тыс|млн)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"[$€£₽]\s{0,2}$")
# Words after which a bare run of digits is meant as a phone number.
_PHONE_CUE = re.compile(
    r"(?:тел|телефон\w{0,2}|звон\w{0,6}|моб\w{0,5}|факс|phone|tel|call|fax|mob\w{0,4}|"
    r"whatsapp|viber|telegram|контакт\w{0,2}|позвон\w{0,4}|kontakt\w{0,2}|телефон)"
    r"[\s.:\-–—]{0,5}$|tel:$|callto:$",
    re.IGNORECASE,
)
# Extension written after the number in the forms the library leaves out.
_EXT_WORD = r"(?:доб(?:авочный|авочн)?|доп|вн(?:утр(?:енний)?)?|ext(?:ension)?|лок(?:ал)?|lok(?:al)?|x)"
_EXTENSION_AFTER = re.compile(
    r"\s{0,3}[,;]{0,2}\s{0,3}"  # "018 523 110,; локал 11": a table cell's lines joined
    r"(?:\(\s{0,2}" + _EXT_WORD + r"\.?\s{0,2}[:#№]?\s{0,2}(?P<a>\d{1,6})\s{0,2}\)"
    r"|" + _EXT_WORD + r"\.?\s{0,2}[:#№]?\s{0,2}(?P<b>\d{1,6}))"
    r"(?![\d\-])",
    re.IGNORECASE,
)
# A dotted or slashed date read as a number: "01.09.2026", "1.9.2026.", "01/09/2026".
_DATE_LIKE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\.?")
_LINK_SCHEME = re.compile(r"^\s*(?:tel|callto|phone):\s*", re.IGNORECASE)
_LOOKBEHIND = 40
# Five digits apart by no more than a phone's punctuation: the least a number has. The matcher
# costs tens of microseconds even on text without one, and most of a page's texts have none.
_PHONE_PUNCTUATION = r"\s\-\u2010-\u2015\u2212\u30fc\uff0d\uff0f~\u2053\u223c\uff5e()\uff08\uff09\uff3b\uff3d\[\]./+"
_DIGITS_LIKE_A_NUMBER = re.compile(rf"\d(?:[{_PHONE_PUNCTUATION}]{{0,4}}\d){{4}}")


def find_phones(text: str, *, region: str = "RU") -> list[Phone]:
    """Every phone number stated in `text`, in order; `region` reads national formats."""
    region = region.upper()
    found = _written_phones(text, region) if _DIGITS_LIKE_A_NUMBER.search(text) else []
    found += _spoken_phones(text, region, found)
    if found:
        found = sorted(found + _listed_extensions(text, found), key=lambda p: p.start)
    return found


def _written_phones(text: str, region: str) -> list[Phone]:
    """The numbers written in digits, as the library finds them, less requisites, amounts and dates."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    trunk = (metadata.national_prefix or "") if metadata else ""
    country = str(metadata.country_code) if metadata else ""
    found: list[Phone] = []
    for match in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        start, end = match.start, match.end
        before = text[max(0, start - _LOOKBEHIND):start]
        if _LABEL_BEFORE.search(before) or _CURRENCY_BEFORE.search(before):
            continue
        if _CURRENCY_AFTER.match(text, end):
            continue
        raw_digits = match.raw_string
        if _DATE_LIKE.fullmatch(raw_digits.strip()):
            continue  # "01.09.2026": a date, whatever the library makes of its digits
        if raw_digits.isdigit() and not _PHONE_CUE.search(before):
            # An unformatted run reads as a phone only with its trunk or country
            # prefix; without them it is as likely an INN, an order or an account.
            if not ((trunk and raw_digits.startswith(trunk)) or (country and raw_digits.startswith(country))):
                continue
        number = match.number
        extension = number.extension
        if not extension:
            ext = _EXTENSION_AFTER.match(text, end)
            if ext:
                extension = ext.group("a") or ext.group("b")
                end = ext.end()
        found.append(
            Phone(
                value=_format(number, extension),
                raw=text[start:end],
                start=start,
                end=end,
                toll_free=phonenumbers.number_type(number) == PhoneNumberType.TOLL_FREE,
            )
        )
    return found


# A number said word by word or digit by digit, at least four words, its groups apart by commas or dashes ("plus one,
# five one seven, ...", "5 1 7, 3 2 0, 4 4 8 1"). Words and separators share no character: the run cannot backtrack.
_SPOKEN_WORD = rf"(?:\b{NUMBER_WORD}\b|(?<!\d)\d(?![\d:.,]\d))"
_SPOKEN_SEPARATOR = r"(?:[ \t]{0,2}[,–—][ \t]{0,2}|[ \t]{1,2}|-)"
_SPOKEN_RUN = re.compile(
    rf"(?:\b(?P<plus>плюс|plus)[ \t]{{1,2}})?{_SPOKEN_WORD}(?:{_SPOKEN_SEPARATOR}{_SPOKEN_WORD}){{3,}}",
    re.IGNORECASE,
)
_SPOKEN_GROUP_END = re.compile(r"[ \t]{0,2}[,–—][ \t]{0,2}")
# A prompt marks the pause after each group with a comma, so a number word after a comma is the cheap test that
# spares the run's search on the texts without one (nearly all): a comma is found by a fast scan, a word is not.
_SPOKEN_GROUP_START = re.compile(rf"[,–—][ \t]{{0,2}}{_SPOKEN_WORD}", re.IGNORECASE)
_SPOKEN_EXTENSION = re.compile(
    rf"[ \t]{{0,2}}[,;]?[ \t]{{0,2}}{_EXT_WORD}\.?[ \t]{{0,2}}"
    rf"(?P<ext>{_SPOKEN_WORD}(?:[ \t]{{1,2}}{_SPOKEN_WORD}){{0,5}})",
    re.IGNORECASE,
)
_LONGEST_SPOKEN = 20  # words: a number said digit by digit with its country code; longer runs are lists or codes


def _spoken_phones(text: str, region: str, written: list[Phone]) -> list[Phone]:
    """The numbers a prompt says in words or spaced digits, when the whole run is a valid number for the region."""
    out: list[Phone] = []
    if not _SPOKEN_GROUP_START.search(text):
        return out
    for run in _SPOKEN_RUN.finditer(text):
        start, end = run.span()
        if any(p.start < end and start < p.end for p in written):
            continue
        said = text[run.end("plus") if run.group("plus") else start:end]
        groups = [spoken_digits(group) for group in _SPOKEN_GROUP_END.split(said)]
        if len(groups) < 2 or None in groups or len(said.split()) > _LONGEST_SPOKEN:
            continue  # without a pause between groups it is a count or a year, not a number read out to dial
        digits = ("+" if run.group("plus") else "") + "".join(groups)
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number) or _LABEL_BEFORE.search(text, max(0, start - _LOOKBEHIND), start):
            continue
        extension = None
        ext = _SPOKEN_EXTENSION.match(text, end)
        if ext:
            extension = spoken_digits(ext.group("ext"))
            end = ext.end() if extension else end
        out.append(Phone(value=_format(number, extension), raw=text[start:end], start=start, end=end,
                         toll_free=phonenumbers.number_type(number) == PhoneNumberType.TOLL_FREE))
    return out


# An extension alone, leading its line or after a name and a dash: a switchboard's list.
_EXTENSION_ALONE = re.compile(
    r"(?:^|(?<=\n)|(?<=[,;]))[ \t]{0,4}(?:[-•*·–—][ \t]{0,2})?(?P<lead>[^\n\d,;]{0,40}?[–—:-][ \t]{0,2})?"
    r"(?P<word>(?i:доб(?:авочный)?|вн(?:утренний)?|лок(?:ал)?|lok(?:al)?|ext(?:ension)?))\.?[ \t]{0,2}[:#№]?[ \t]{0,2}"
    r"(?P<ext>\d{1,5})(?![\d\-./:])(?P<tail>[ \t]{0,2}[–—:-][ \t]{0,2}[^\W\d_])?",
    re.MULTILINE,
)
_SWITCHBOARD_REACH = 600  # characters back from an extension to the number it extends
_SWITCHBOARD_WORD = re.compile(
    r"(?i:многоканальн\w{0,4}|центральн\w{0,4}|централ\w{0,3}|centrala\w{0,2}|централа\w{0,2}|switchboard"
    r"|main\s{1,2}(?:line|number)|multi-?line)"
)


def _listed_extensions(text: str, found: list[Phone]) -> list[Phone]:
    """The lines of a switchboard's extension list, each as the switchboard's number with its extension."""
    out = []
    for m in _EXTENSION_ALONE.finditer(text):
        start = m.start("word")
        # a name beside it makes it a list's line; "lokal 3" alone is as likely a shop's unit in an address
        # ("TC Ušće – lokal 12" is a shop in a mall): a Serbian "lokal" counts only before the name it dials
        ambiguous = m.group("word").casefold().startswith(("лок", "lok"))
        if not (m.group("tail") or m.group("lead") and not ambiguous) or any(p.start <= start < p.end for p in found):
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if any(m.start() <= p.start < line_end for p in found):
            continue  # the line states its own number
        mains = [p for p in found if p.end <= m.start() and ";ext=" not in p.value
                 and m.start() - p.end <= _SWITCHBOARD_REACH]
        if not mains:
            continue
        # the number called a switchboard ("многоканальный", "centrala", "main line"), else an office line rather
        # than the toll-free one, else the nearest
        main = next((p for p in reversed(mains) if _SWITCHBOARD_WORD.search(text, max(0, p.start - 40), p.start)),
                    None) or next((p for p in reversed(mains) if not p.toll_free), mains[-1])
        end = m.end("ext")
        out.append(Phone(value=f"{main.value};ext={m.group('ext')}", raw=text[start:end], start=start, end=end,
                         toll_free=main.toll_free))
    return out


def normalise_phone(raw: str, *, region: str = "RU") -> str | None:
    """The E.164 value of a value known to be a phone (schema.org ``telephone``), or None."""
    text = _LINK_SCHEME.sub("", raw or "").strip()
    if not text:
        return None
    found = find_phones(text, region=region)
    if found:
        return found[0].value
    # The field says it is a phone, so a bare national number such as
    # "4956603840" is trusted here although running text would not be.
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return _format(number, number.extension)


def _format(number: phonenumbers.PhoneNumber, extension: str | None) -> str:
    value = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return f"{value};ext={extension}" if extension else value
