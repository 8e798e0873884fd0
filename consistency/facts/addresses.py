"""Postal addresses: finding them in running text, normalising and comparing them.

Hand-written, because nothing installable reads these addresses: libpostal
(``postal``) does not build here, ``usaddress`` is US-only, and natasha/yargy
were rejected (58 MB, lost streets and invented cities, depends on the
unmaintained pymorphy2). See /work/shared/FIELD-NOTES.md.

How an address is read
----------------------
An address is a chain of components, each next to the previous one, separated
by spaces, commas or one line break::

    [postcode] [country] [region] [city]  street  house [корпус] [строение]
    [литера] [unit] [floor]  [city] [postcode] [country]

The street is either a street-type word with a name on either side
("ул. Бутлерова", "Бутлерова ул.", "Ленинский проспект", "Bulevar kralja
Aleksandra"), an English "1600 Amphitheatre Pkwy", or a bare name ("Москва,
Покровка, 12", "Knez Mihailova 12, Beograd", "Industrijska zona bb, 22300
Stara Pazova") which is accepted only when a city or a postcode is written
in the same chain. After a preposition the type is inflected ("на улице
Гагарина, 21", "u Ulici Modene 7") and a known city is in the locative ("в
Казани, ул. Баумана, 51", "у Нишу, Обреновићева 42"), the street maybe after
its own preposition ("у Ражњу, у улици Николе Пашића 9"); a Serbian
adjective after "ulici" agrees with it ("u ulici Cvijićevoj 8" is "ул
цвијићева"). A name may be all lower case after a capitalised type
("Bulevar oslobođenja 119"), hold a
Roman numeral ("Kralja Petra I"), or be a Serbian ordinal date ("Bulevar
12. februara"); Serbian adjectives also come before "bulevar" and "trg"
("Vizantijski bulevar 44"). A town after a postcode may have up to three
words ("24300 Бачка Топола"). A bare name with a short house number set off
by commas right after a branch's name ("Ekspozitura Centar, Zmaj Jovina 14,
radi ...") is read in the default city. Running text needs a street
AND a house number: "Магазин на Покровке", "ул. Ленина" or "Москва" alone are
not addresses. A metro station ("м. Китай-город") is not a component and ends
the chain, and an address in quotes after "Остановка" names a bus stop.

Also read: a footer's parts set apart by "·", "•" or "|"; an English town
after "in" or closing an aside ("at 1102 Olson Drive in Papillion", "(2200
Post Road, Unit 7, Warwick)") or named before the street ("our shop in Lodi
is located at 12 Pine St"); English streets without a type ("735
Broadway", one word ending in "way": "1812 W Lincolnway", the Utah grid's "455 W 400 S", a numbered road:
"800 County Road 12", "Old Hwy 10"); a Serbian locative street with
"ulici" and "broj" ("u Karađorđevoj ulici broj 35", read as the bare
nominative name); a bare street in parentheses after a branch's name
("Kopirnica Centar (Obrenovićeva 56)"), or after a brand and the known town it
stands in, then read in that town ("Brzi Print Sombor (Venac Stepe
Stepanovića 12)", "poslovnica u Somboru (…)"), or after either and a spaced
dash or a colon on a Serbian or Russian page, the street ending the phrase
("Apoteka Centar – Zmaj Jovina 7, radi …", "Apoteka Centar: Zmaj Jovina 7"); a colon between a town and a typed
street ("в Энгельсе: проспект Строителей, 16"); "na" before a Serbian town
in the locative ("na Novom Beogradu"); a known town in the locative after the
house ("ул. Мира, д. 7 в Самаре", "Tome Živanovića 10 u Paraćinu,"); a
Russian street whose adjective agrees with its type in the locative ("на
Ленинском проспекте, 15", "на Садовой улице", "на Уфимском шоссе", "на
проспекте Советском"), its adjective put back in the nominative of the type's
gender ("пр-кт ленинский"; "-ском" is read "-ский", so "Тверском бульваре" is
"б-р тверский", which `same_address` takes for "тверской"); a
feminine name after the type stays as written, being maybe a genitive ("на
улице Крупской"); two names joined by "and" ("Ćirila i Metodija 45", "ул.
Кирилла и Мефодия"); a floor in parentheses ("Suite 200 (2nd Floor), Sioux
Falls"); a town closing a typed street's address at the end of its line or
sentence ("ул. Железничка 9, Ада", "at 310 Heron Bay Road, Coden. Call");
a republic's abbreviation after the postcode ("367000, РД, г. Махачкала"); a
small house letter after a space before a comma or full stop ("улица Гоголя,
37 б."); an English house number a prompt says in words, after "at" or a comma
("at twenty-two fifteen East Memorial Boulevard" is "2215 e memorial blvd"), and a unit said in words ("unit
three", "офис двенадцать"); "bez broja" said for "bb"; a note in parentheses before the postcode, a known town
("(ulaz iz dvorišta), Niš") or an American town and state, a unit opening it ("Omladinskoj 21 (lokal 4, pored
pekare), 36000 Kraljevo"); a state's
name for its code ("Salem, Oregon 97301"), a quadrant with dots ("S.E."), a suite's or a house's letter after a hyphen ("Ste.
210-C" is "ste 210c", "418-C Oak Ave" "418c oak ave"), a half house number ("418 1/2 Oak Ave"), a Texas road with a
space ("2210 FM 1960"), a route's direction before it ("905 N Route 9"), a ZIP code set off by a comma after the state; a prompt's numbered street and numbers in hundreds ("thirty-four hundred fifty-fifth
Street Northwest, suite one twenty" is "3400 55th st nw, ste 120"); a dash before the town and state ("Suite 6 —
Pueblo, CO 81001"); a suite named before the street ("in Suite 6 at 2100 Jerry Murphy Road"); a unit in a note in
parentheses after the address ("35213 Despotovac (TC „Resava“, 2. sprat, lokal 7)"); a settlement's type with dots
("р.п. Сосновка", "п. Первомайский", after a region and its district: "Тульская обл., Щёкинский р-н, п. …") or in the locative before its name ("в селе Покровское"); a town closing the parentheses a bare
street opens after a branch's name ("Ambulanta Banatsko (Žarka Zrenjanina 12, Banatsko)"); a Serbian town missing
from the lists in the locative after an adjective or in "-вцу" ("у Доњем Бресновцу"), a feminine one after its
adjective in "-ој" ("у Јошаничкој Бањи", "u Banatskoj Topoli"; not "-ци", which may be "-ка" or "-ца"); a Russian
town in "-ь" missing from the lists, after "в" ("в Кинели", "в Усть-Кишерти"); a known Russian town in "-ово", "-ино",
"-ское" declined as the written norm has it ("в Кемерове", "в Одинцове", "в Раменском") and one named in the plural
("в Химках", "в Набережных Челнах"); a town in the locative after a branch's type word earlier in the address's sentence
("Магазин в Подольске находится на ул. Ленина, 5", "Radnja u Kuli je u Glavnoj ulici 5"); a set-off bare street's unit
("Ekspozitura Centar, Zmaj Jovina 14, lokal 3, radi"); on an English page of a Serbian or Russian company, a bare
street after "at" ("The Zemun studio, at Cvijićeva 21, opens …"); a town missing from the lists after the postcode and before
a typed street ("607320, Заречное, ул. Лесная, 7"); a Serbian feminine town after the house whose nominative is
certain ("u Mokrinki", "u Zelenici", "у Дебељачи"; see _FEMININE_TOWN_LOCATIVE); a town missing from the lists
opening the line of a bare street and house on a Serbian or Russian page ("Зеленика, Морачка 8 — …"); a known town
or one named with "г." in parentheses or after a spaced dash closing the address ("ул. Гагарина, 5 (г. Лабинск)",
"Kralja Milana 3 – Niš"), or after a note in parentheses or a shopping centre's name ("Nemanjina 4, TC Stop Shop,
Valjevo": the centre is left out); a shopping centre's unit set off before the street ("ТЦ Меркатор, локал 12,
Булевар Михајла Пупина 4"); a district, block or line numbered and unnamed ("1-й микрорайон", "мкр. 1-й",
"3-й квартал" are "мкр 1й", "кв-л 3й"; a named one before "микрорайон" or "квартал" is left alone, often a housing
estate's name); a Serbian feminine genitive adjective before a lower-case noun ("Jugoslovenske armije 12"); a
suite's number sign ("Suite #200"), a name's "Jr." ("Martin Luther King Jr. Blvd"), a numbered road's direction
spelled out ("Highway 9 North") and an old county road ("Old County Rd 12"); a town closing the line of an address
after "Adresa:" ("Adresa: Žarka Zrenjanina 21, Gospođinci"); a unit set off by a spaced dash ("Vojvode Mišića 5 –
lokal 2"); a Serbian street named by a date without its type where the town or postcode follows ("29. novembra 12,
Beograd"; not after "od", "do"). Spaced initials in an English street are one word ("C Y Avenue" is "cy ave").
"Blok 45", "Lamela 2" are not streets. Not read as the town: a Russian place in "-ово", "-ино" before the street
("Салон в Азино, ул. Фучика, 90" names a part of Kazan as "Зал в Дивеево" names a village).
Floors ("3 этаж", "эт. 2", "2nd Floor", "sprat 3", "III sprat", Serbian "30/II"), entrances ("ulaz 2", "подъезд
4") and an office park's buildings ("Bldg 3") are read so that they do not end the chain, but are left out of the
value.

Normal form (the ``value``; part of the project's outside contract)
-------------------------------------------------------------------
Present parts only, joined by ", "::

    117342, москва, ул бутлерова, д 17б к 2 стр 1, оф 603

* postcode: digits as written (6 in Russia, 5 in Serbia and the US);
* city: case-folded, "ё" as "е", known variants merged ("СПб", "Петербург"
  -> "санкт-петербург"; "Moscow" -> "москва"; "Belgrade", "Белград",
  "Beograd" -> "београд"); "г."/"город" dropped;
* street: the street type reduced to one short form, put first, then the
  name: ул (улица, ul., ulica), пр-кт (проспект, пр-т, просп., пр.), пер,
  ш, наб, пл, б-р (бульвар, б-р, бул., булевар, bulevar), проезд, туп,
  аллея, мкр, тракт, линия, кв-л, трг, кеј. "Бутлерова ул." and "улица
  Бутлерова" are both "ул бутлерова". In a name, "Большая"/"Б." become
  "бол", "Малая"/"М." "мал" (likewise ср, верх, ниж, нов, стар), "им."
  is dropped, a first name's initial stays ("ул. Ф. Энгельса" is "ул ф
  энгельса"), "1-я" is written "1я", a Roman numeral stays Latin in lower
  case ("краља петра i") and "12. februara" is "12 фебруара";
* house: "д " and the number with its letter glued on, case-folded: "17 Б",
  "17Б", "17-б" are all "д 17б"; "17/2" (a prompt's "17 дробь 2"), "10-12", Serbian "бб" (bez
  broja) kept; корпус, строение and литера follow as "к 2", "стр 1",
  "лит а" (a корпус is a separate building, so "д. 17, корп. Б" is
  "д 17 к б", not "д 17б");
* unit: оф (офис), кв (квартира), пом (помещение, помещ.), ком, каб, стан,
  локал, and English ste, apt, unit, rm, with the number, after "br." or
  "broj" too ("lokal br. 3" is "локал 3"); a letter before the number is
  glued to it ("Unit C-4" is "unit c4").

Text is case-folded, "ё" becomes "е", punctuation becomes spaces, and Latin
look-alike letters inside Cyrillic words (a Latin "о" in "Бутлерова", "17B"
in a Russian address) become Cyrillic. Serbian written in Latin script is
transliterated to Cyrillic ("lj" -> "љ", "nj" -> "њ", "dž" -> "џ", "dj" and
"đ" -> "ђ"), so "Bulevar kralja Aleksandra 73" equals "Булевар краља
Александра 73". Any Latin-script address that is not English ("ul.
Butlerova 17B") is read that way too. English addresses stay in Latin
script and are rendered house first: "62701, springfield, 123 main st, ste
400" (the state is dropped: the ZIP code carries it).

A Latin letter after a Russian house number is read as the Cyrillic letter
it looks like ("17B" -> "17в"), as mixed-script text comes from copy and
paste; a Latin-script address reads it as Serbian ("17B" -> "17б").

The value reads back to the same address with ``normalise_address``.
``find_addresses`` fills in ``default_city`` where the text names no city (the
value then includes it; an English address keeps a Latin default city in
Latin: "springfield", never "спрингфиелд"). ``raw`` runs from the first to the last component
read, a floor included.

Comparing
---------
``same_address``: equal values; otherwise the house (with корпус, строение,
литера) must be equal, and city, postcode and unit must be equal where both
state them; the streets must then have the same type where both state one,
and names that are equal or score at least ``STREET_MATCH_THRESHOLD`` with
rapidfuzz's ``token_sort_ratio`` with the same numbers and qualifiers
("-ской" and "-ский" endings counted equal).
``blocking_key`` is the longest word of the street name (type, numbers and
qualifiers left out), e.g. "бутлерова"; a typo in that word puts two spellings
in different blocks.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from consistency.facts.branch_names import ends_with_type_word, find_type_words
from consistency.facts.dates import MONTHS_DAY_FIRST, MONTHS_ENGLISH
from consistency.facts.numbers import SPOKEN_NUMBER, SPOKEN_NUMBER_999, spoken_digits, spoken_numbers, spoken_value
from consistency.facts.transliterate import to_latin
from consistency.facts.word_patterns import any_word


@dataclass(frozen=True)
class Address:
    """An address in the project's normal form (see the module docstring)."""

    value: str  # the whole normal form
    raw: str  # the text it was read from
    start: int
    end: int
    postcode: str | None
    city: str | None  # normal form, e.g. "москва"
    street: str | None  # normal form, e.g. "ул бутлерова"
    house: str | None  # normal form, e.g. "17б", "17 к 2 стр 1"
    unit: str | None  # "оф 603", "кв 5"


# Two streets are the same when their names (street type removed) score at
# least this with rapidfuzz's token_sort_ratio on the normal form. 88 lets one
# wrong letter through in a name of nine ("бутлерова"/"бутлерава" scores 88.9,
# "кнеза милоша"/"кнеза милоса" 91.7) and keeps "мира"/"мора" (75),
# "мал никитская"/"бол никитская" (84.6) apart. Numbers and qualifiers such as
# "бол"/"мал" must be equal as well: "1я тверская-ямская" and "2я ..." score 94.
STREET_MATCH_THRESHOLD = 88.0

# --------------------------------------------------------------------------
# Vocabulary

# Street types: surface form -> short form. Surfaces are matched case-blind,
# abbreviations with or without a dot.
_STREET_TYPES: dict[str, str] = {
    "улица": "ул", "ул": "ул", "ulica": "ул", "ul": "ул",
    "проспект": "пр-кт", "просп": "пр-кт", "пр-кт": "пр-кт", "пр-т": "пр-кт", "пр": "пр-кт",
    "prospekt": "пр-кт",
    "переулок": "пер", "пер": "пер",
    "шоссе": "ш", "ш": "ш",
    "набережная": "наб", "наб": "наб",
    "площадь": "пл", "пл": "пл",
    "бульвар": "б-р", "бульв": "б-р", "б-р": "б-р", "бул": "б-р", "булевар": "б-р",
    "bulevar": "б-р", "bul": "б-р",
    "проезд": "проезд", "пр-д": "проезд",
    "тупик": "туп", "туп": "туп",
    "аллея": "аллея",
    "микрорайон": "мкр", "мкр": "мкр", "мкрн": "мкр", "мк-н": "мкр",
    "тракт": "тракт",
    "линия": "линия",
    "квартал": "кв-л", "кв-л": "кв-л",
    "трг": "трг", "trg": "трг",
    "кеј": "кеј", "kej": "кеј",
    # After a preposition the type is inflected and the name after it is not:
    # "на улице Бутлерова, 17", "u Ulici Modene 7", "на Булевару ослобођења 54".
    "улице": "ул", "ulici": "ул", "улици": "ул", "проспекте": "пр-кт", "переулке": "пер",
    "набережной": "наб", "площади": "пл", "бульваре": "б-р", "булевару": "б-р", "bulevaru": "б-р",
    "проезде": "проезд", "тупике": "туп", "аллее": "аллея", "тргу": "трг", "trgu": "трг",
    "кеју": "кеј", "keju": "кеј",  # "на Кеју ослобођења 14"
}
# Abbreviations that are also ordinary Russian ("и пр." = "and so on"): the
# street name after them must be capitalised.
_AMBIGUOUS_TYPES = ("пр", "пл", "ш")
# Types that may follow the name in Russian ("Ленинский пр-т", "Бутлерова ул.").
_POSTFIX_TYPES = (
    "улица", "ул", "проспект", "просп", "пр-кт", "пр-т", "пр", "переулок", "пер", "шоссе", "ш",
    "набережная", "наб", "площадь", "пл", "бульвар", "бульв", "б-р", "проезд", "пр-д", "тупик",
    "туп", "аллея", "тракт", "линия",
    # Serbian: "Vizantijski bulevar", "Studentski trg"
    "bulevar", "булевар", "trg", "трг", "kej", "кеј",
    # after a preposition: "на Ленинском проспекте, 15", "на Садовой улице, 3"
    "улице", "проспекте", "переулке", "набережной", "площади", "бульваре", "проезде", "тупике", "аллее",
)
# Types a number alone may name before them, unnamed: "1-й микрорайон", "3-й квартал", "2-я линия".
_NUMBERED_TYPES = ("микрорайон", "мкрн", "мкр", "квартал", "кв-л", "линия")
_SHORT_TYPES = frozenset(_STREET_TYPES.values())
# English types that name the same kind of street as a Russian one, for
# addresses of Russian streets written on English pages.
_TYPE_KIND = {"st": "ул", "ave": "пр-кт", "blvd": "б-р", "ln": "пер", "sq": "пл", "hwy": "ш"}

_EN_STREET_TYPES: dict[str, str] = {
    "street": "st", "st": "st", "avenue": "ave", "ave": "ave", "av": "ave", "road": "rd", "rd": "rd",
    "boulevard": "blvd", "blvd": "blvd", "parkway": "pkwy", "pkwy": "pkwy", "drive": "dr", "dr": "dr",
    "lane": "ln", "ln": "ln", "court": "ct", "ct": "ct", "place": "pl", "pl": "pl", "square": "sq",
    "sq": "sq", "highway": "hwy", "hwy": "hwy", "way": "way", "terrace": "ter", "ter": "ter",
    "circle": "cir", "cir": "cir", "trail": "trl", "trl": "trl",
    # USPS suffixes of roads named after where they lead: "6800 Charlotte Pike", "2100 Lakeline Loop"
    "pike": "pike", "turnpike": "tpke", "tpke": "tpke", "loop": "loop", "expressway": "expy", "expy": "expy",
    "freeway": "fwy", "fwy": "fwy", "causeway": "cswy", "cswy": "cswy", "crossing": "xing", "xing": "xing",
    "alley": "aly", "aly": "aly",
}
_EN_SHORT_TYPES = frozenset(_EN_STREET_TYPES.values())


def is_english_street_type(word: str) -> bool:
    """Whether a word is an English street type, full or abbreviated ("Street", "St.", "Pkwy")."""
    return word.rstrip(".").casefold() in _EN_STREET_TYPES

_UNIT_TYPES: dict[str, str] = {
    "офис": "оф", "оф": "оф", "квартира": "кв", "кв": "кв", "помещение": "пом", "помещ": "пом", "пом": "пом",
    "комната": "ком", "комн": "ком", "ком": "ком", "кабинет": "каб", "каб": "каб",
    "стан": "стан", "stan": "стан", "локал": "локал", "lokal": "локал",
    "suite": "ste", "ste": "ste", "apartment": "apt", "apt": "apt", "unit": "unit", "room": "rm",
    "rm": "rm", "#": "ste",
}

# Words that end a street name: house and unit markers, region words, and the
# metro station prefixes ("м.", "ст. м.") that follow addresses.
_MARKERS = (
    "д", "дом", "домовладение", "владение", "влад", "вл", "здание", "зд", "корпус", "корп", "кор",
    "к", "строение", "стр", "литера", "литер", "лит", "офис", "оф", "квартира", "кв", "помещение",
    "помещ", "пом", "комната", "комн", "ком", "кабинет", "каб", "этаж", "эт", "г", "гор", "город", "br",
    "бр", "broj", "број", "bb", "бб", "стан", "stan", "локал", "lokal", "sprat", "спрат", "м",
    "обл", "область", "край", "район", "р-н", "респ", "республика", "ст", "станция", "метро",
    # a prompt's verb before the key to press: "za radnju u Ulici kralja Petra pritisnite 1" names no house 1
    "нажмите", "притисните", "изаберите", "press",
)

_MARKER_SET = frozenset(_MARKERS)

# Nouns that close a street name written without a street type, in lower
# case after an adjective: "Industrijska zona bb", "Zrenjaninski put 12",
# "Topličin venac 5", "Садовое кольцо, 14". They are part of the name.
_NAME_NOUNS = (
    "zona", "зона", "naselje", "насеље", "put", "пут", "venac", "венац", "drum", "друм", "breg", "брег",
    "šetalište", "шеталиште", "кольцо", "вал",
)

# Adjectives that qualify street names, full and abbreviated, reduced to a stem.
_QUALIFIERS: dict[str, str] = {}
for _stem, _forms in {
    "бол": "б бол больш большой большая большое большие",
    "мал": "м мал малый малая малое малые",
    "ср": "ср средний средняя среднее средние",
    "верх": "верх верхний верхняя верхнее верхние",
    "ниж": "ниж нижний нижняя нижнее нижние",
    "нов": "нов новый новая новое новые",
    "стар": "стар старый старая старое старые",
}.items():
    for _form in _forms.split():
        _QUALIFIERS[_form] = _stem
_DROPPED_NAME_WORDS = frozenset({"им", "имени"})

# Cities a chain may name without "г.", by normal form. Russian names that are
# also ordinary words or first names (Орёл, Владимир, Мирный, Шахты, Королёв)
# are left out: with "г." any city is read.
_RUSSIAN_CITIES = """
Москва Санкт-Петербург Новосибирск Екатеринбург Казань Красноярск Челябинск Самара Уфа
Ростов-на-Дону Краснодар Омск Воронеж Пермь Волгоград Саратов Тюмень Тольятти Ижевск Барнаул
Ульяновск Иркутск Хабаровск Ярославль Владивосток Махачкала Томск Оренбург Кемерово Новокузнецк
Рязань Астрахань Пенза Липецк Чебоксары Балашиха Калининград Тула Курск Севастополь Сочи
Ставрополь Улан-Удэ Тверь Магнитогорск Иваново Брянск Белгород Сургут Архангельск Химки Подольск
Мытищи Калуга Смоленск Мурманск Вологда Люберцы Красногорск Одинцово Зеленоград Симферополь
Петрозаводск Кострома Новороссийск Йошкар-Ола Таганрог Сыктывкар Нальчик Грозный Якутск Чита
Стерлитамак Комсомольск-на-Амуре Петропавловск-Камчатский Южно-Сахалинск Великий_Новгород
Нижний_Новгород Набережные_Челны Нижний_Тагил Старый_Оскол Новый_Уренгой
Сергиев_Посад Псков Тамбов Курган Владикавказ Абакан Норильск Ханты-Мансийск Нижневартовск
Волжский Дзержинск Орск Армавир Пятигорск Кисловодск Обнинск Домодедово Реутов Долгопрудный
Коломна Электросталь Серпухов Щёлково Пушкино Раменское Выборг Гатчина Минск Алматы Астана
Киров Саранск Благовещенск Магадан Майкоп Элиста Черкесск Кызыл Ангарск Братск Бийск Рыбинск
Северодвинск Сызрань Энгельс Златоуст Миасс Первоуральск Копейск Березники Прокопьевск Волгодонск
Новочеркасск Батайск Ессентуки Невинномысск Находка Уссурийск Елец Арзамас Муром Ковров Салехард
Череповец Новочебоксарск Нижнекамск Альметьевск Зеленодольск Бугульма Елабуга Лениногорск Чистополь
Новокуйбышевск Чапаевск Жигулёвск Балаково Балашов Вольск Кузнецк Димитровград Рузаевка Волжск
Кирово-Чепецк Соликамск Кунгур Лысьва Краснокамск Салават Нефтекамск Туймазы Белорецк Ишимбай Кумертау
Сибай Новотроицк Бузулук Бугуруслан Каменск-Уральский Новоуральск Верхняя_Пышма Ревда Краснотурьинск
Озёрск Снежинск Сатка Чебаркуль Шадринск Тобольск Ишим Ялуторовск Нефтеюганск Когалым Нягань Мегион
Ноябрьск Надым Бердск Искитим Северск Междуреченск Киселёвск Юрга Белово Рубцовск Новоалтайск
Горно-Алтайск Ачинск Канск Железногорск Минусинск Зеленогорск Лесосибирск Черногорск Саяногорск
Усть-Илимск Шелехов Тулун Краснокаменск Нерюнгри Белогорск Амурск Биробиджан Холмск Анадырь Ухта
Воркута Печора Усинск Котлас Новодвинск Апатиты Мончегорск Североморск Кандалакша Кондопога Сегежа
Костомукша Великие_Луки Боровичи Старая_Русса Сосновый_Бор Кириши Тосно Всеволожск Кингисепп Тихвин
Колпино Кронштадт Сестрорецк Советск Черняховск Балтийск Вязьма Рославль Ярцево Клинцы Новозыбков
Ливны Мценск Шебекино Валуйки Мичуринск Моршанск Рассказово Борисоглебск Россошь Лиски Острогожск
Людиново Новомосковск Алексин Щёкино Богородицк Касимов Скопин Сасово Ржев Кимры Конаково Торжок
Углич Кинешма Шуя Саров Выкса Кстово Балахна Ногинск Орехово-Зуево Наро-Фоминск Ивантеевка Дмитров
Егорьевск Фрязино Лобня Дубна Ступино Воскресенск Лыткарино Котельники Солнечногорск Можайск
Звенигород Кашира Протвино Пущино Анапа Геленджик Туапсе Ейск Белореченск Тихорецк Крымск Лабинск
Тимашёвск Курганинск Новошахтинск Каменск-Шахтинский Азов Сальск Гуково Миллерово Камышин Урюпинск
Ахтубинск Георгиевск Будённовск Михайловск Железноводск Дербент Хасавюрт Каспийск Буйнакск Кизляр
Гудермес Назрань Баксан Моздок Керчь Евпатория Ялта Феодосия Джанкой Алушта Бахчисарай Глазов
Сарапул Воткинск Можга Канаш
""".split()
# A lone capitalised word and a comma just before an address: "Киров, ул. …".
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\n;:(—–]))\s{0,3}(?P<place>[А-ЯЁЂЈЉЊЋЏ][а-яёђјљњћџ]{2,24}(?:-[а-яё]{1,5}-[А-ЯЁ][а-яё]{2,20})?),\s{0,3}$")
_SERBIAN_CITIES = """
Београд Нови_Сад Ниш Крагујевац Суботица Зрењанин Панчево Чачак Краљево Нови_Пазар
Смедерево Лесковац Ваљево Крушевац Врање Шабац Ужице Сомбор Пожаревац Пирот Зајечар Кикинда
Сремска_Митровица Јагодина Вршац Лозница Земун Нови_Београд Инђија Стара_Пазова
Бачка_Паланка Горњи_Милановац Аранђеловац Параћин Ћуприја Прокупље Бор Неготин
Петроварадин Сремска_Каменица Футог Обреновац Лазаревац Младеновац Гроцка Сурчин Барајево Рума Шид
Пећинци Беочин Апатин Врбас Србобран Бечеј Темерин Жабаљ Оџаци Кањижа Сента Чока Нови_Бечеј
Нови_Кнежевац Нова_Црња Житиште Сечањ Бачка_Топола Мали_Иђош Бачки_Петровац Алибунар Пландиште
Бела_Црква Ковин Ковачица Смедеревска_Паланка Велика_Плана Велико_Градиште Голубац Костолац Кучево
Жагубица Кладово Мајданпек Књажевац Сокобања Бољевац Деспотовац Свилајнац Рековац Баточина Лапово
Топола Трстеник Врњачка_Бања Александровац Варварин Ћићевац Куршумлија Блаце Житорађа
Алексинац Ражањ Дољевац Мерошина Сврљиг Бела_Паланка Бабушница Власотинце Лебане Бојник
Сурдулица Владичин_Хан Босилеград Бујановац Прешево Тутин Сјеница Пријепоље Нова_Варош Прибој Ариље
Ивањица Лучани Пожега Косјерић Бајина_Башта Чајетина Мионица Осечина Љиг Крупањ Љубовија
Мали_Зворник Богатић Владимирци Коцељева Рашка Лајковац Ада Кула Уб Бач Тител Опово Ириг
""".split()
# Other spellings -> normal form.
_CITY_ALIASES: dict[str, str] = {
    "спб": "санкт-петербург", "с-петербург": "санкт-петербург", "петербург": "санкт-петербург",
    "санкт петербург": "санкт-петербург", "saint petersburg": "санкт-петербург",
    "st petersburg": "санкт-петербург", "saint-petersburg": "санкт-петербург",
    "st-petersburg": "санкт-петербург", "moscow": "москва", "moskva": "москва",
    "белград": "београд", "belgrade": "београд",
}
_CITY_ALIAS_SURFACES = (
    "СПб", "С.-Петербург", "С.-Пб", "Петербург", "Saint Petersburg", "St. Petersburg",
    "St Petersburg", "Moscow", "Moskva", "Белград", "Belgrade",
)

# Serbian Latin -> Cyrillic. Digraphs first.
_SR_DIGRAPHS = (("dž", "џ"), ("dj", "ђ"), ("lj", "љ"), ("nj", "њ"))
_SR_LETTERS = str.maketrans({
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
    # Not Serbian letters; read the way a Serbian reader would say them.
    "q": "к", "w": "в", "x": "кс", "y": "и",
})
_SR_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z",
    "И": "I", "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C",
    "Ч": "Č", "Џ": "Dž", "Ш": "Š",
})
_ASCII_SERBIAN = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "Č": "C", "Ć": "C",
                                "Š": "S", "Ž": "Z"})
# Latin letters that look like Cyrillic ones, for words typed in mixed scripts.
_HOMOGLYPHS = str.maketrans({
    "a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о", "p": "р",
    "t": "т", "x": "х", "y": "у",
})


def _city_surfaces() -> list[str]:
    surfaces: set[str] = set(_CITY_ALIAS_SURFACES)
    for city in _RUSSIAN_CITIES:
        surfaces.add(city.replace("_", " "))
    for city in _SERBIAN_CITIES:
        cyr = city.replace("_", " ")
        lat = cyr.translate(_SR_TO_LATIN)
        surfaces.update({cyr, lat, lat.replace("Đ", "Dj").replace("đ", "dj").translate(_ASCII_SERBIAN)})
    with_caps = surfaces | {s.upper() for s in surfaces}
    return sorted(with_caps, key=len, reverse=True)


_RU_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_RU_ADJECTIVE_LOCATIVE = (("ний", "нем"), ("ий", "ом"), ("ый", "ом"), ("ой", "ом"), ("ые", "ых"), ("ие", "их"))
_SR_ADJECTIVE_LOCATIVE = (("њи", "њем"), ("и", "ом"), ("ка", "кој"), ("а", "ој"))


def _ru_locative(word: str) -> str | None:
    """"Москва" -> "Москве", "Казань" -> "Казани", "Новосибирск" -> "Новосибирске"; None where unsure."""
    if "-на-" in word:
        head, _, tail = word.partition("-на-")
        head = _ru_locative(head)
        return f"{head}-на-{tail}" if head else None
    if "-" in word:
        head, _, last = word.rpartition("-")
        if last.endswith(("ий", "ый")):
            return None  # "Петропавловск-Камчатский": both parts decline
        last = _ru_locative(last)
        return f"{head}-{last}" if last else None
    if word.endswith(("ый", "ий")):
        return word[:-2] + "ом"  # "Грозный" -> "Грозном"
    if word.endswith(("ово", "ево", "ёво", "ино", "ыно")):
        return word[:-1] + "е"  # as the written norm declines them: "в Иванове", "в Кемерове", "в Пушкине"
    if word.endswith(("ское", "цкое")):
        return word[:-2] + "ом"  # "Раменское" -> "Раменском"
    if word.endswith("ы") or word.endswith("и") and word[-2:-1].lower() in "кгхжшщ":
        return word[:-1] + "ах"  # plural: "Химки" -> "Химках", "Люберцы" -> "Люберцах", "Чебоксары" -> "Чебоксарах"
    if word.endswith("ец") and word[-3:-2].lower() in _RU_CONSONANTS:
        return word[:-2] + ("ьце" if word[-3] == "л" else "це")  # the vowel drops: "Череповце", "Ельце"
    if word.endswith("а"):
        return word[:-1] + "е"
    if word.endswith(("поль", "славль")):
        return word[:-1] + "е"  # masculine: "Ярославле", "Севастополе"
    if word.endswith("ь"):
        return word[:-1] + "и"
    if word.endswith("й"):
        return word[:-1] + "е"
    if word[-1].lower() in _RU_CONSONANTS:
        return word + "е"
    return None  # "Сочи", "Тольятти": left as they are


def _sr_locative(word: str) -> str | None:
    """"Ниш" -> "Нишу", "Крагујевац" -> "Крагујевцу", "Суботица" -> "Суботици", "Панчево" -> "Панчеву"."""
    if word.endswith("ац"):
        return word[:-2] + "цу"
    if word.endswith("ак"):
        return word[:-2] + "ку"
    if word.endswith("ањ"):
        return word[:-2] + "њу"  # the "a" drops as in "-ац": "Ражањ" -> "Ражњу"
    if word.endswith("ка"):
        return word[:-2] + "ци"  # "Паланка" -> "Паланци"
    if word.endswith("а"):
        return word[:-1] + "и"
    if word.endswith(("о", "е")):
        return word[:-1] + "у"
    return word + "у"


def _two_word_locative(name: str, noun_locative, adjective_endings) -> str | None:
    adjective, _, noun = name.partition("_")
    if not noun:
        return noun_locative(adjective)
    for ending, replacement in adjective_endings:
        if adjective.endswith(ending):
            declined = noun_locative(noun)
            return f"{adjective[: -len(ending)]}{replacement} {declined}" if declined else None
    return None


def _city_locatives() -> dict[str, str]:
    """Locative spellings of the known cities -> their normal form, for "в Казани", "у Нишу", "u Beogradu"."""
    table: dict[str, str] = {}
    for city in _RUSSIAN_CITIES:
        loc = _two_word_locative(city, _ru_locative, _RU_ADJECTIVE_LOCATIVE)
        if loc:
            # a declined "-ово" never takes another town's locative ("Кирове" is Киров's, not Кирово's)
            table.setdefault(loc, city.replace("_", " ").casefold().replace("ё", "е"))
    table["Петербурге"] = "санкт-петербург"
    for city in _SERBIAN_CITIES:
        loc = _two_word_locative(city, _sr_locative, _SR_ADJECTIVE_LOCATIVE)
        if not loc:
            continue
        normal = city.replace("_", " ").casefold()
        lat = loc.translate(_SR_TO_LATIN)
        for surface in (loc, lat, lat.replace("Đ", "Dj").replace("đ", "dj").translate(_ASCII_SERBIAN)):
            table[surface] = normal
    return {**table, **{k.upper(): v for k, v in table.items()}}


_CITY_LOCATIVES = _city_locatives()
# A town missing from the lists, in the locative, by the endings whose nominative is certain: Russian "в Котовске"
# (Котовск), "в Череповце" (Череповец); Serbian "у Петроварадину" (Петроварадин), "у Качареву" (Качарево). Left
# out: a feminine town ("в Кондопоге": "Кондопог" or "Кондопога"?; but see _FEMININE_TOWN_LOCATIVE after the
# house) and Russian "-ове", "-ине", which are as often
# a part of town ending in "-ово", "-ино" ("в Медведкове", "в Митине") as a town ("в Глазове").
# The word is read whole, then its ending checked looking back: one pass, however long the word.
_UNKNOWN_TOWN_LOCATIVE = (
    r"[А-ЯЁ][а-яё]{4,24}(?![а-яё])(?:(?<=[сц]ке)|(?<=граде)|(?<=бурге)|(?<=[бвгджзклмнпрстфхчшщ]це))"
    # a Russian feminine town in "-ь" after "в" (Serbian "у" takes other endings): "в Кинели" (Кинель), "в
    # Усть-Кишерти" (Усть-Кишерть); a consonant before the "-и", as "в Италии" names a country
    r"|(?<=[вВ][ \t])(?:[А-ЯЁ][а-яё]{1,12}-)?[А-ЯЁ][а-яё]{4,24}(?![а-яё])(?<=[бвдзлмнпрстф]и)"
    # Serbian, maybe after an adjective in the locative ("у Доњем Милановцу": Доњи Милановац)
    r"|(?:[А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]{2,15}[ое]м[ \t])?"
    r"[А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]{4,24}(?![а-яђјљњћџ])(?:(?<=ину)|(?<=граду)|(?<=[ео]ву)|(?<=вцу))"
    r"|(?:[A-ZČĆŠŽĐ][a-zčćšžđ]{2,15}[oe]m[ \t])?"
    r"[A-ZČĆŠŽĐ][a-zčćšžđ]{4,24}(?![a-zčćšžđ])(?:(?<=inu)|(?<=gradu)|(?<=[eo]vu)|(?<=vcu))"
    # a Serbian feminine town, its adjective in "-ој" before a noun in "-и" ("у Јошаничкој Бањи": Јошаничка Бања);
    # not "-ци", "-зи", "-си", the locatives of "-ка", "-га", "-ха" as well ("у Бачкој Паланци"), but "-ици" ("-ица")
    r"|[А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]{2,15}ој[ \t][А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]{2,24}(?![а-яђјљњћџ])(?<=и)(?<![зс]и)(?:(?<!ци)|(?<=ици))"
    r"|[A-ZČĆŠŽĐ][a-zčćšžđ]{2,15}oj[ \t][A-ZČĆŠŽĐ][a-zčćšžđ]{2,24}(?![a-zčćšžđ])(?<=i)(?<![zs]i)(?:(?<!ci)|(?<=ici))"
)


def _unknown_town(locative: str) -> str:
    """The nominative of a town read by _UNKNOWN_TOWN_LOCATIVE, in the normal form: "Череповце" -> "череповец"."""
    adjective, _, locative = locative.rpartition(" ")
    if adjective.endswith(("ој", "oj")):
        # feminine: "Јошаничкој Бањи" is "Јошаничка Бања", "Sremskoj Kamenici" "Sremska Kamenica"
        a = "а" if _CYRILLIC.match(adjective) else "a"
        return _normal_city(f"{adjective[:-2]}{a} {locative[:-1]}{a}")
    if adjective:
        # the adjective agrees with the noun: "Доњем Милановцу" (Доњи Милановац), "Новом Качареву" (Ново Качарево)
        cyrillic = bool(_CYRILLIC.match(adjective))
        if not locative.endswith(("еву", "ову", "evu", "ovu")):
            ending = "и" if cyrillic else "i"
        elif adjective[-2] in "еe":
            ending = adjective[-2]  # "Горњем Ораховцу": the soft neuter ending stays "е"
        else:
            ending = "о" if cyrillic else "o"
        return f"{_normal_city(adjective[:-2] + ending)} {_unknown_town(locative)}"
    if locative.endswith(("вцу", "vcu")):
        nominative = locative[:-2] + ("ац" if _CYRILLIC.match(locative) else "ac")  # "Лазаревцу": "Лазаревац"
    elif locative.endswith("ьце"):
        nominative = locative[:-3] + "ец"
    elif locative.endswith("це"):
        nominative = locative[:-2] + "ец"
    elif locative.endswith(("ки", "ици", "чи", "ki", "ici", "či")):
        nominative = locative[:-1] + ("а" if _CYRILLIC.match(locative[-1]) else "a")  # "Crvenki": "Crvenka"
    elif locative.endswith(("еву", "ову", "evu", "ovu")):
        nominative = locative[:-1] + ("о" if _CYRILLIC.match(locative[-1]) else "o")  # "Качареву": "Качарево"
    elif locative.endswith("и"):
        nominative = locative[:-1] + "ь"  # Russian "Кинели": "Кинель"
    else:
        nominative = locative[:-1]  # "Котовске", "Петроварадину"
    return _normal_city(nominative)


# --------------------------------------------------------------------------
# Grammar

_CYR_UP, _CYR_LO = "А-ЯЁЂЈЉЊЋЏ", "а-яёђјљњћџ"
_LAT_UP, _LAT_LO = "A-ZČĆŠŽĐ", "a-zčćšžđ"
_LETTER = f"[{_CYR_UP}{_CYR_LO}{_LAT_UP}{_LAT_LO}]"
_END = r"(?![\w-])"
# Russian republics and autonomous okrugs as addresses abbreviate them: "КБР" (Кабардино-Балкарская Республика)
_REGION_ABBREVIATIONS = r"(?<![\w-])(?:КБР|КЧР|ЧР|УР|РТ|РБ|РД|РК|РМ|РХ|РИ|РА|РМЭ|РС\(Я\)|ХМАО|ЯНАО|НАО|ЕАО|ЧАО|МО|ЛО)(?![\w-])"
# Markers and street types, with the Latin spelling of each Cyrillic one: a
# Latin "St" or "Per" becomes "ст" or "пер" once transliterated, and must not
# be read as a name the normal form would then not read back.
_RESERVED = set(_MARKERS) | set(_STREET_TYPES)
_RESERVED |= {w.translate(_SR_TO_LATIN) for w in _RESERVED}
_NOT_MARKER = rf"(?!(?i:{any_word(_RESERVED)})(?:\.|{_END}))"
_KNOWN_CITY = any_word(_city_surfaces())
_NOT_CITY = rf"(?!(?:{_KNOWN_CITY}){_END})"
_GUARD_AFTER_NUMBER = (
    r"(?!\s{0,2}(?i:январ|феврал|марта|апрел|ма[яй]\b|июн|июл|август|сентябр|октябр|ноябр|декабр"
    # a Serbian or English date: "Трг\n24. децембар: 9–19", "Main St 24 December"
    r"|\.?\s{0,2}(?:јануар|januar|фебруар|februar|март\b|mart\b|април|april|мај\b|maj\b|јун\b|jun\b|јул\b"
    r"|jul\b|август|avgust|септемб|septemb|октоб|oktob|новемб|novemb|децемб|decemb|january|february|march\b"
    r"|june\b|july\b|august|october|december)"
    r"|лет\b|года?\b|час|мин|сек|дн[яеи]|дней|недел|месяц|мес\b|шт\b|руб|р\.|₽|%|км\b|кг\b"
    r"|этаж|эт\.|человек|чел\b|раз\b|минут|процент|метр|шаг|\$|€)"
    # the start of a phone number or of a longer amount: "ул. Ленина 8 (495) …", "5 000"
    r"|\s\d{3}(?!\d)|\s?\(\d{3}|-\d)"
)


# Serbian month names in the genitive, as a date names a street ("Bulevar 12. februara", "29. novembra 12")
_SERBIAN_MONTHS_GENITIVE = any_word(
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра".split()
    + "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra".split()
)


# Words that put a date after them: "od 29. novembra", "до 31. децембра", "zaključno sa 5. januarom".
_DATE_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?i:od|do|pre|posle|nakon|za|dana|sa|од|до|пре|после|након|за|дана|са)[ \t\u00a0]{1,2}$"
)
_US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming"
).split() + ["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
             "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]

# After "in", words that name a time, a part of town or a part of a building, not the town:
# "123 Main St in December", "in Downtown", "in Suite 200".
# A place in a building or a direction, not a town, closing "(123 Main St, Rear Entrance)".
_NOT_TOWN_LAST = frozenset({"entrance", "door", "lobby", "level", "floor", "parking", "lot", "building", "directions"})
_NOT_TOWN_AFTER_IN = "|".join(sorted(
    {names[0].title() for names in MONTHS_ENGLISH.values()}
    | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Downtown", "Midtown", "Uptown",
       "Suite", "Unit", "Building", "Room", "Our", "The", "This", "That"},
    key=lambda word: (-len(word), word),  # the same pattern in every process, whatever the hash seed
))


class _Grammar:
    """The component patterns, strict for running text or lenient for a given address, each compiled the first time
    it is used (0.25-0.4 s a grammar in all; a check whose facts come from the cache needs only some lenient ones)."""

    def __init__(self, sep: str, patterns: dict[str, str]) -> None:
        self.sep = re.compile(sep)
        self._patterns = patterns  # by kind: postcode, city, street_typed, house, ... (see _build)

    def __getattr__(self, kind: str) -> re.Pattern[str]:
        # reached once for each kind: the compiled pattern then stands in the instance
        if kind not in self.__dict__.get("_patterns", ()):
            raise AttributeError(kind)
        compiled = _inline(self._patterns[kind])
        setattr(self, kind, compiled)
        return compiled

    @functools.cached_property
    def starters(self) -> re.Pattern[str]:
        """Where a chain may begin (strict only): a component that may come first, a bare name before a number.

        One alternation of those components, their group names dropped, compiled on first use: a process that reads
        no running text (a re-crawl, a check from the cache) never compiles it, and one that does pays once, where
        trying the components one after another cost a tenth of all reading."""
        kinds = ("postcode", "postcode_city", "city", "city_loc", "street_typed", "street_before", "en_street",
                 "bare_start")
        return _inline("|".join(f"(?:{_GROUP_NAME.sub('(?:', self._patterns[kind])})" for kind in kinds))

    def starts_at(self, text: str, at: int) -> bool:
        """Whether a chain may begin at `at`: one of the starters matches there."""
        return self.starters.match(text, at) is not None


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def _build(lenient: bool) -> _Grammar:
    if lenient:
        cap = rf"{_NOT_MARKER}{_LETTER}{{1,25}}(?:-{_LETTER}{{1,25}}){{0,3}}{_END}"
        low = cap
    else:
        cap = (
            rf"{_NOT_MARKER}(?:[{_CYR_UP}][{_CYR_LO}]{{1,24}}|[{_CYR_UP}]{{2,25}}|[{_LAT_UP}][{_LAT_LO}]{{1,24}}"
            rf"|[{_LAT_UP}]{{2,25}})(?:-(?:[{_CYR_UP}{_CYR_LO}][{_CYR_LO}]{{0,24}}|[{_CYR_UP}]{{1,25}}"
            rf"|[{_LAT_UP}{_LAT_LO}][{_LAT_LO}]{{0,24}}|[{_LAT_UP}]{{1,25}})){{0,3}}{_END}"
        )
        low = rf"{_NOT_MARKER}(?:[{_CYR_LO}]{{2,20}}|[{_LAT_LO}]{{2,20}}){_END}"
        # A word of letters and hyphens that must end where its run of [\w-] ends can end in only one place, so
        # once read it is never re-read shorter: without this, every capital word of running text a chain cannot
        # start at was tried again at each shorter length (a fifth of the address reader's time).
        cap, low = f"(?>{cap})", f"(?>{low})"
    # "Kralja Petra I", "Николая II": a Roman numeral inside a name; "Ćirila i Metodija", "Кирилла и Мефодия": two
    # names joined by "and" (the second no town: "Niša i Beograda")
    more = (
        rf"(?:(?:\s{{1,3}}|\s{{0,2}}-\s{{0,2}}){_NOT_CITY}(?:{low}\s{{1,3}}|[iи]\s{{1,3}}{_NOT_CITY})?{cap}"
        rf"|\s{{1,3}}[IVX]{{1,4}}(?![\w-]))"
    )
    # "8 Марта", "1-я", and the Serbian ordinal with a dot: "12. februara"
    numbered = rf"\d{{1,4}}(?:-?[{_CYR_LO}]{{1,6}}|\.)?\s{{1,3}}"
    # "1-й", "2-я": an ordinal naming a numbered district or line alone
    ordinal_alone = rf"\d{{1,2}}-?(?:й|я|ой|ый|ий|ая)(?![\w-])"
    # "Б. Никитская", "М.Бронная", "Ср. Калитниковская": an abbreviated qualifier.
    # and a first name's initial: "ул. Ф. Энгельса" (read back as "ф энгельса"; "Б.", "М." stay "Большая", "Малая",
    # and "Г.", "Д.", "К.", which would read back as a town's, a house's and a корпус's marker, are left out)
    qualifier = (r"(?:[БМ]|Бол|Мал|Ср|Нов|Стар|Верх|Ниж|им)\.\s{0,2}|имени\s{1,3}"
                 r"|[АВЕЁЖЗИЛНОПРСТУФХЦЧШЩЭЮЯ]\.\s{0,2}(?=[А-ЯЁ][а-яё]{2})")
    # A name after a street type: "Бутлерова", "Маршала Жукова", "8 Марта",
    # "kralja Aleksandra", "1905 года", "Киевского вокзала".
    name_loose = (
        rf"(?:{numbered}|{qualifier})?(?:{low}\s{{1,3}}){{0,2}}{cap}(?:{more}){{0,3}}(?:\s{{1,3}}{low})?"
        rf"|\d{{4}}\s{{1,3}}года{_END}"
        # a numbered district or line alone: "мкр. 1-й", "2-я линия" (read back as "мкр 1й")
        rf"|{ordinal_alone}"
        # all lower case: "Bulevar oslobođenja", "Trg slobode"; the reader wants the type capitalised
        rf"|(?:{numbered})?{low}(?:\s{{1,3}}{low})?"
    )
    name_capital = rf"(?:{numbered}|{qualifier})?{cap}(?:{more}){{0,3}}"
    ambiguous = [t for t in _STREET_TYPES if t in _AMBIGUOUS_TYPES]
    clear = [t for t in _STREET_TYPES if t not in _AMBIGUOUS_TYPES]
    type_tail = r"(?:\.\s{0,3}|\s{1,3})"
    if lenient:
        street_typed = (
            rf"(?<![\w-])(?P<type>(?i:{any_word(_STREET_TYPES)})){type_tail}(?P<name>{name_loose})"
        )
    else:
        street_typed = (
            rf"(?<![\w-])(?:(?P<type>(?i:{any_word(clear)})){type_tail}(?P<name>{name_loose})"
            rf"|(?P<type2>(?i:{any_word(ambiguous)})){type_tail}(?P<name2>{name_capital}))"
        )
    numbered_types = rf"(?i:{any_word(_NUMBERED_TYPES)})(?:\.|{_END})"
    street_before = (
        rf"(?<![\w-])(?P<name>(?:\d{{1,2}}-?[{_CYR_LO}]{{1,3}}\s{{1,3}})?{cap}(?:\s{{1,3}}{cap}){{0,2}}"
        # a district, a block or a line numbered and unnamed: "1-й микрорайон", "3-й квартал", "2-я линия"
        rf"|{ordinal_alone}(?=\s{{1,3}}{numbered_types}))"
        rf"\s{{1,3}}(?P<type>(?i:{any_word(_POSTFIX_TYPES + _NUMBERED_TYPES)}))(?:\.|{_END})"
    )
    street_bare = (
        # "29. novembra 12, Beograd": a Serbian street named by a date, read only where a town or postcode follows
        # (its normal form, read back, has no dot)
        rf"(?<![\w-])(?P<name>(?P<date>\d{{1,2}}\.{'?' if lenient else ''}\s{{1,2}}(?i:{_SERBIAN_MONTHS_GENITIVE}){_END})"
        rf"|{_NOT_CITY}{cap}(?:{more}){{0,3}}"
        # "Narodnog fronta 23", "Omladinskih brigada 90", "Jugoslovenske armije 12": after a genitive adjective, a
        # lower-case noun; "Zeleni venac 16", "Banovo brdo": a place's common noun after its adjective
        rf"(?:\s{{1,3}}(?i:{any_word(_NAME_NOUNS)}){_END}"
        rf"|(?:(?<=og|ih|ог|их)|(?<=ske|ške|čke|ске|шке|чке))\s{{1,3}}{low}(?=\s{{1,3}}\d)"
        rf"|\s{{1,3}}(?:venac|венац|brdo|брдо|grad|град|most|мост|gaj|гај)(?=\s{{1,3}}\d))?)"
        # "u Karađorđevoj ulici broj 35": the common noun a locative street takes, left out of the name
        rf"(?P<noun>\s{{1,3}}(?:улици|ulici))?"
    )
    # a lettered street too: "2630 J Street" (Sacramento), "1201 K St NW" (Washington)
    # a surname's particle before a second capital: "McCullough Ave", "MacArthur Blvd", "DeKalb Pike", "O'Hare Dr"
    en_cap = r"(?:Mc|Mac|O'|De|Di|Du|La|Le)?[A-Z][a-z]{1,24}"
    # a numbered street as a prompt says it: "Eleventh Street", "fifty-fifth Street"
    # "Martin Luther King Jr. Blvd": a name's generation with its dot
    en_word = (rf"(?:{_EN_ORDINAL}|(?:Jr|Sr)\.|{en_cap}|[A-Z]{{1,25}}|\d{{1,3}}(?:st|nd|rd|th))" if not lenient
               else rf"(?:{_EN_ORDINAL}|[A-Za-z0-9']{{1,25}})")
    en_types = any_word(_EN_STREET_TYPES)
    en_type = rf"(?i:{en_types})" if lenient else any_word(
        {w for t in _EN_STREET_TYPES for w in (t.title(), t.upper())}
    )
    # spelled out only where the street ends: "1028 20th Street South, is open", "Main Avenue East in West Fargo",
    # not "Main Street South Portland"
    direction = (r"(?:[NS]\.[EW]\.|N|S|E|W|NE|NW|SE|SW|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
                 r"(?=\s{0,2}(?:[,.;)]|$)|\s{1,2}in\s))") if not lenient else r"(?i:n|s|e|w|ne|nw|se|sw)"
    # "9 PM CT", "10 AM Dr": a time, not a street of that name
    not_a_time = r"(?!(?:AM|PM|A\.M\.|P\.M\.)\s)"
    # a numbered road is read whole (below): "800 County Road 12" is not a "County Road" with "12" left over
    numbered_road = (r"(?:Old\s{1,2}(?:(?:US|State|County)\s{1,2})?|(?:US|State|County)\s{1,2})"
                     r"(?:Hwy|Highway|Route|Rte|Road|Rd)\.?\s{1,2}[1-9]\d{0,3}[A-Z]?")
    if lenient:
        numbered_road = f"(?i:{numbered_road})"
    # Streets whose name needs no type: "735 Broadway", and a grid coordinate as Salt Lake City numbers its
    # streets ("455 W 400 S": 400 blocks south, on the west side)
    compass = r"(?:[NSEW]|North|South|East|West)\.?"
    # and a numbered road: "1020 Hwy 321 N", "4410 US-75", "12 State Route 9", "800 County Road 5"
    # a name ending in "way" is a street of its own: "1812 W Lincolnway", "400 Kingsway," (where the phrase ends)
    way_name = r"(?!(?:Park|Free|High|Express|Motor|Door|Hall|Stair|Run|Sub)way)[A-Z][a-z]{1,20}way"
    en_typeless = (
        rf"(?:{compass}\s{{1,2}})?(?:Broadway|{way_name}(?=\s{{0,2}}(?:[,.;)·•|\n]|$)))|{compass}\s{{1,2}}[1-9]\d{{0,3}}0\s{{1,2}}{compass}"
        # "Old County Rd 12"; "Highway 9 North" spells out its direction
        rf"|(?:{compass}\s{{1,2}})?(?:Old\s{{1,2}})?(?:(?:US|State|County)\s{{1,2}})?(?:Hwy|Highway|Route|Rte|Road|Rd)\.?\s{{1,2}}[1-9]\d{{0,3}}[A-Z]?"
        rf"(?:\s{{1,2}}(?:[NSEW]|North|South|East|West)(?![\w]))?"
        rf"|(?:US|SR|SH|FM|CR|I)-[1-9]\d{{0,3}}(?:\s{{1,2}}[NSEW](?![\w]))?"
        # Texas writes its state and farm roads with a space: "1200 FM 544", "2100 SH 121"
        rf"|(?:SR|SH|FM|RM|CR)\s{{1,2}}[1-9]\d{{0,3}}(?:\s{{1,2}}[NSEW](?![\w]))?"
    )
    if lenient:
        en_typeless = f"(?i:{en_typeless})"
    # an IVR prompt says the house number in pairs or digit by digit: "twenty-two fifteen", "one oh four"
    said = "" if lenient else rf"|(?P<said>{_EN_NUMBER_WORD}(?:[ \t-]{_EN_NUMBER_WORD}){{0,3}})"
    en_street = (
        # "1200-B Main St" is "1200b", as "Ste. 210-C" is "ste 210c"; "123 1/2 Main St" keeps its half
        rf"(?<![\w-])(?:(?P<num>\d{{1,6}}(?:-\d{{1,4}})?(?:-?[A-Za-z](?![\w-])|[A-Za-z]?[ \t]1/2(?![\d/]))?){said})\s{{1,3}}"
        # "Ponce de Leon Ave", "Avenue of the Americas": small words inside a name
        rf"(?:(?P<name>{not_a_time}(?!{numbered_road}(?![\w]))(?:[NSEWnsew]\.?\s{{1,3}})?{en_word}(?:\s{{1,3}}(?:(?:de|la|del|du|von|van|of|the)\s{{1,3}})?"
        rf"{en_word}){{0,3}})"
        rf"\s{{1,3}}(?P<type>{en_type})\.?"
        # a quadrant or direction after the type: "Central Ave NE", "Snelling Ave N", "Spring St NW"
        rf"(?:\s{{1,2}}(?P<dir>{direction}(?![\w])\.?))?(?![\w])"
        rf"|(?P<typeless>{en_typeless})(?![\w-]))"
    )
    en_city_word = en_cap if not lenient else r"[A-Za-z']{2,25}"
    # the state's code or its name: "Austin, TX 78701", "Austin, Texas 78701"
    state = rf"(?:[A-Z]{{2}}|{any_word(_US_STATES)})" if not lenient else rf"(?:[A-Za-z]{{2}}|(?i:{any_word(_US_STATES)}))"
    en_locality = (
        rf"(?:in\s{{1,2}})?(?P<city>{en_city_word}(?:\s{{1,2}}{en_city_word}){{0,2}}),?\s{{1,3}}(?P<state>{state})"
        # a hard-wrapped press release may break the line between the state and its ZIP code
        # or set the ZIP code off by a comma: "Plano, TX, 75074"
        rf"(?:(?:,?\s{{1,3}}|\s{{0,2}}\n\s{{0,2}})(?P<zip>\d{{5}})(?:-\d{{4}})?)?(?![\w])"
    )
    # "at 1102 Olson Drive in Papillion, open ...": the town a sentence names after the street, no state given;
    # "(2200 Post Road, Unit 7, Warwick)": a town closing an aside (the reader checks for the comma before it)
    en_town = (
        rf"(?:in\s{{1,2}}|(?P<last>))(?!(?:{_NOT_TOWN_AFTER_IN})(?![\w]))"
        rf"(?P<city>{en_city_word}(?:\s{{1,2}}{en_city_word}){{0,2}})(?![\w])"
        # or a footer's part: "Bend · 1005 NW Wall St, Suite 110, Bend · (541) 555-0119"
        # or a sentence's end: "Fowl Point is at 87 Bay Road, Ridgeway. Call …"
        # or a spaced dash before what else a list item says: "15 Tybrisa St, Tybee Island — Thu–Mon 9–5"
        rf"(?(last)(?=\s{{0,2}}(?:\)|$|[·•|])|\.(?:\s|$)|\s{{1,2}}[—–-]\s))"
    )
    town = rf"{_NOT_MARKER}{_LETTER}{{2,25}}(?:-{_LETTER}{{1,25}}){{0,3}}{_END}" if lenient else cap
    city_name = rf"(?:{_KNOWN_CITY}){_END}|{town}"
    known = rf"(?i:{_KNOWN_CITY})" if lenient else _KNOWN_CITY
    city = (
        rf"(?<![\w-])(?:(?P<prefix>(?i:город|гор|г|grad|град))\.?\s{{0,3}}(?P<name>{city_name})"
        rf"|(?P<known>{known}){_END}"
        # "р.п. Голышманово", "п.г.т. Излучинск"; in the locative the type is enough to tell the place from a
        # street, and the name after it stays nominative as the type's apposition: "в селе Заворонежское"
        rf"|(?P<kind>(?i:посёлок|поселок|пос|пгт|рп|р\.\s?п|п\.\s?г\.\s?т|п(?=\.)|село|с|деревня|дер|д|станица|ст-ца"
        rf"|посёлке|поселке|селе|деревне|станице))\.?\s{{1,3}}"
        rf"(?P<settlement>{town}))"
    )
    # "в Казани, ул. Баумана, 51", "у Нишу, Обреновићева 42": the preposition is checked by the reader.
    city_loc = rf"(?<![\w-])(?:(?P<loc>{any_word(_CITY_LOCATIVES)})|(?P<unknown_loc>{_UNKNOWN_TOWN_LOCATIVE})){_END}"
    region = (
        # "Удмуртская Республика", "Чувашская Республика" put the adjective first, as "Тверская область" does
        rf"(?<![\w-])(?:{cap}\s{{1,3}}(?i:область|обл|край|автономный\s{{1,2}}округ|ао|республика|респ)(?:\.|{_END})"
        rf"|(?i:республика|респ|область|обл)\.?\s{{1,3}}{cap}"
        rf"|{cap}\s{{1,3}}(?i:район|р-н)(?:\.|{_END})|(?i:район|р-н)\.?\s{{1,3}}{cap}"
        rf"|(?i:општина|opština|opstina)\s{{1,3}}{cap}"
        # a republic or an autonomous okrug by its capitals: "360000, КБР, г. Нальчик", "РТ, г. Казань"
        rf"|(?-i:{_REGION_ABBREVIATIONS})(?=\s{{0,2}},))"
    )
    countries = (
        "российская федерация|россия|рф|russian federation|russia|република србија|republika srbija"
        "|србија|srbija|serbia|сша|usa|united states"
    )
    if lenient:
        countries += "|ru|rs|us"
    country = rf"(?<![\w-])(?i:{countries}){_END}"
    postcode = r"(?<![\d\w])\d{5,6}(?![\d\w])" if lenient else r"(?<![\d\w])\d{6}(?![\d\w])"
    # after a postcode, a town of up to three capitalised words: "24300 Бачка Топола", "22300 Stara Pazova"
    postcode_city = (
        rf"(?<![\d\w])(?P<code>\d{{5}})\s{{1,3}}(?P<name>(?!(?:{_KNOWN_CITY}){_END}){cap}"
        rf"(?:[ \t]{{1,2}}(?!(?i:srbij|србиј|serbia|tel|тел|phone|fax|факс|pib|пиб|mb\b|мб\b)){cap}){{1,2}}|{city_name})"
    )
    letter = rf"[{_CYR_UP}{_CYR_LO}A-Za-z]"
    # the slash as a prompt or a caller says it: "дом 195 дробь 3", "дом сто девяносто пять, дробь три"
    spoken_slash = r",?[ \t]{1,2}(?i:дробь)[ \t]{1,2}"
    house = (
        rf"(?<![\w])(?:(?P<marker>(?i:домовладение|владение|влад|вл|здание|зд|дом|д|br|бр|broj|број))\.?\s{{0,3}}"
        rf"(?:№\s{{0,2}})?|№\s{{0,2}})?"
        # "bez broja" is how a prompt says "bb"
        rf"(?:(?P<bb>(?i:bb|бб|bez\s{{1,2}}broja|без\s{{1,2}}броја)){_END}|(?:(?P<num>\d{{1,4}})"
        rf"(?:(?:\s?/\s?|{spoken_slash})(?P<frac>\d{{1,4}}(?:{letter}(?![\w]))?)|-(?P<range>\d{{1,4}})(?![\d:]|\.\d))?"
        # a letter in quotes as a prompt script spells it out: "дом 52 «а»"
        # a small letter after a space only before a comma or a full stop ("улица Мира, 100 а."), where it cannot
        # be "и", "в", "с", "к" or "г." (город) starting the next words
        rf"(?:(?P<letter>{letter}|-\s?{letter}|\s[{_CYR_UP}A-Z]|\s[абвде](?=[.,;)])|\s?«{letter}»)"
        rf"(?![\w-])(?!\.\s{{0,2}}\d))?"
        # an IVR prompt says the number: "дом сто двенадцать «Б»", "улица Советская, триста один"
        rf"|(?P<spoken>(?i:{SPOKEN_NUMBER_999}))(?![\w-])(?:\s(?P<spoken_letter>«{letter}»|[{_CYR_UP}](?![\w-]))"
        rf"|{spoken_slash}(?P<spoken_frac>(?i:{SPOKEN_NUMBER_999})(?![\w-])|\d{{1,4}}))?)"
        rf"(?!\d|/(?!\s?[IVX]{{1,4}}(?![\w])))(?![:.]\d){_GUARD_AFTER_NUMBER}"
        rf"(?=[^\w]|$|(?i:к|с)\d))"
    )
    korpus = (
        rf"(?<![^\W\d_])(?:(?i:корпус|корп|кор|к)(?:\.\s{{0,3}}|\s{{1,3}})|(?i:к)(?=\d))"
        rf"(?P<value>\d{{1,3}}(?:[{_CYR_LO}{_CYR_UP}](?![\w]))?|[{_CYR_LO}{_CYR_UP}](?![\w]))(?![\d])"
        # as a prompt says it: "дом сто восемьдесят девять, корпус два"
        rf"|(?<![^\W\d_])(?i:корпус)\s{{1,3}}(?P<spoken>(?i:{SPOKEN_NUMBER}))(?![\w-]){_GUARD_AFTER_NUMBER}"
    )
    stroenie = (
        rf"(?<![^\W\d_])(?:(?i:строение|стр)(?:\.\s{{0,3}}|\s{{1,3}})(?P<letter>[{_CYR_UP}{_CYR_LO}])(?![\w])"
        rf"|(?:(?i:строение|стр)\.?\s{{0,3}}|(?i:с)(?:\.\s{{0,3}}|(?=\d)))"
        rf"(?P<value>\d{{1,3}}(?:[{_CYR_LO}](?![\w]))?)(?![\d\w])"
        # as a prompt says it, as it says a корпус: "улица Свердлова, сто один А, строение два"
        rf"|(?i:строение)\s{{1,3}}(?P<spoken>(?i:{SPOKEN_NUMBER}))(?![\w-]){_GUARD_AFTER_NUMBER})"
    )
    litera = rf"(?<![^\W\d_])(?i:литера|литер|лит)\.?\s{{0,3}}(?P<value>{letter})(?![\w])"
    unit_words = any_word([u for u in _UNIT_TYPES if u != "#"])
    # "Unit B", read back as "unit b"; in a Cyrillic address the letter is Cyrillic: "Suite B" is "ste в"
    unit_letter = rf"[A-Za-z{_CYR_UP}{_CYR_LO}]" if lenient else "[A-Z]"
    # "Suite IV" is read back as "ste iv": a normal form keeps a Roman numeral Latin, in lower case
    roman = "[IVXLCivxlc]{1,6}" if lenient else "[IVXLC]{1,6}"
    said_unit = "" if lenient else (
        rf"|(?P<said>{_EN_NUMBER_WORD}(?:[ \t-]{_EN_NUMBER_WORD}){{0,3}}|(?i:{SPOKEN_NUMBER_999}))(?![\w-])")
    unit = (
        # "Suite #200", "офис № 5", "lokal br. 5": a number sign or word after the type
        rf"(?:(?<![\w])(?P<type>(?i:{unit_words}))\.?\s{{0,3}}(?:[№#]\s{{0,2}}|(?i:br|бр)\.\s{{0,2}}"
        rf"|(?i:broj|број)\s{{1,2}}(?=\d))?|(?P<hash>#)\s?)"
        # "Ste. 104-B" is "ste 104b", as a house's "17-б" is "17б"; "Unit B-2" is "unit b2"
        rf"(?:(?P<value>\d{{1,5}}(?:-?{letter}(?![\w]))?|{roman}(?![\w-])|{unit_letter}(?:-?\d{{1,4}})?(?![\w]))"
        rf"(?![\d])"
        # as a prompt says it: "unit three", "офис двенадцать"
        rf"{said_unit})"
    )
    floor = (
        r"(?<![\w])(?:\d{1,2}\s?-?\s?(?:й|ый|ой|ий)?\s{0,2}(?i:этаж(?![\w])|эт\.|эт(?![\w]))"
        r"|(?i:этаж|эт)\.?\s{0,2}\d{1,2}(?![\d])"
        r"|\d{1,2}(?:st|nd|rd|th)\s{1,2}(?i:floor|fl)\.?(?![\w])|(?i:floor|fl|level|lvl)\.?\s{1,2}\d{1,2}(?![\d])"
        r"|(?:\d{1,2}|[IVX]{1,4})\.?\s{0,2}(?i:sprat|спрат)(?![\w])|(?i:sprat|спрат)\s{0,2}\d{1,2}(?![\d])"
        # an entrance, like a floor, is the building's and not the address's: "Radnička 3, ulaz 2", "подъезд 4"
        r"|(?<![\w])(?i:ulaz|улаз|подъезд)\s{0,2}(?:\d{1,2}(?![\d])|(?-i:[A-ZА-ЯЂЈЉЊЋЏ])(?![\w]))"
        # and so is a building of an office park: "1200 Main St, Bldg 3, Fargo, ND 58102"
        r"|(?<![\w])(?i:bldg|building)\.?\s{1,2}(?:\d{1,3}(?![\d])|(?-i:[A-Z])(?![\w])))"
    )
    # in parentheses too, so that the town after it is still read: "Suite 200 (2nd Floor), Sioux Falls"
    # and Serbian writes it after a slash in Roman numerals: "Bulevar oslobođenja 30/II"
    floor = rf"\([ \t]{{0,2}}{floor}[ \t]{{0,2}}\)|{floor}|/[ \t]?[IVX]{{1,4}}(?![\w])"
    # a semicolon joins the lines of a table cell ("1450 Elm St.; Columbus, OH 43215"); a middle dot or a bar
    # the parts of a footer's one-line address ("1033 O St, Ste 402 · Lincoln, NE 68508")
    sep = r"[ \t\r\u00a0]{0,4}(?:[,;\n·•|][ \t\r\u00a0]{0,4}){0,3}" if not lenient else r"[\s,;·•|]{0,8}"
    patterns = dict(
        postcode=postcode, postcode_city=postcode_city, country=country, region=region, city=city, city_loc=city_loc,
        street_typed=street_typed, street_before=street_before, street_bare=street_bare, en_street=en_street,
        en_locality=en_locality, en_town=en_town, house=house, korpus=korpus, stroenie=stroenie, litera=litera,
        unit=unit, floor=floor,
    )
    if not lenient:
        # a chain may begin with a bare name only before a house number (see _Grammar.starters)
        patterns["bare_start"] = (
            rf"{street_bare}(?=\s{{1,3}}(?:\d|bb|бб"
            rf"|(?i:bez\s{{1,2}}broja|без\s{{1,2}}броја|broj|број|br\.|бр\.|{SPOKEN_NUMBER_999})))"
        )
    return _Grammar(sep, patterns)


def _inline(pattern: str) -> re.Pattern[str]:
    """Compile a component: its words never span a line break (only separators do)."""
    return re.compile(pattern.replace(r"\s", r"[ \t\u00a0]"))


@functools.cache
def _grammar(lenient: bool) -> _Grammar:
    """The grammar, built on first use: a process that only reads facts from the cache never needs it."""
    return _build(lenient)


# The English words an IVR prompt says a house number with ("fourteen oh six" is 1406).
_EN_NUMBER_WORDS = sorted({w for said, (_, english) in spoken_numbers(99).items() if english for w in said.split()}
                          | {"oh", "hundred"}, key=lambda word: (-len(word), word))
_EN_NUMBER_WORD = any_word(_EN_NUMBER_WORDS)
_EN_ORDINALS = {word: value for value, word in enumerate((
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(), start=1)} | {
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90}
_EN_TENS = {word: value for word, (value, english) in spoken_numbers(99).items()
            if english and value >= 20 and value % 10 == 0}  # "twenty" … "ninety"
_EN_ORDINAL = (rf"(?i:(?:{any_word(_EN_TENS)}-)?{any_word(w for w, v in _EN_ORDINALS.items() if v < 10)}"
               rf"|{any_word(_EN_ORDINALS)})(?![\w-])")
# Word starts where a chain may begin (a digit, a capital, a street type or a
# place prefix such as "г."): a cheap scan before the starters are tried.
_STARTER_WORDS = any_word({w.lower() for w in _STREET_TYPES} | {
    "г", "гор", "город", "grad", "град", "посёлок", "поселок", "пос", "пгт", "рп", "село", "с",
    "деревня", "дер", "д", "станица", "ст-ца", "р", "п", "посёлке", "поселке", "селе", "деревне", "станице",
})
_CANDIDATE = re.compile(rf"[\d{_CYR_UP}{_LAT_UP}](?<![\w-].)|(?<![\w-])(?:{_STARTER_WORDS})(?=[.\s])"
                        rf"|(?<![\w-])(?:{_EN_NUMBER_WORD})(?=[ \t-])")

# Russian street names written before their type are adjectives or genitives:
# "Ленинский", "Большая Никитская", "Бутлерова", "Маршала Жукова".
_NAME_BEFORE_TYPE = re.compile(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ья|ье|ов|ев|ых|их|ого|его|ом|ем|ей|а|я|\d-?[а-я]{1,3}"
    r"|[sšcčćzž]ki|ск[иа]|шк[иа]|чк[иа]|ћк[иа]|ni|ни|ov|ev|in|ин)$",  # Serbian adjectives: "Vizantijski", "Južni"
    re.IGNORECASE,
)
_CYRILLIC = re.compile(f"[{_CYR_UP}{_CYR_LO}]")
_PUNCTUATION = re.compile(r"[.,;:!?\"'«»„“”()\[\]{}/\\]+")
_SPACED_HYPHEN = re.compile(r"\s*[-‐‑–—]\s*")
_ORDINAL = re.compile(r"(\d)-([а-яa-z])")
_SPACES = re.compile(r"\s+")
_CITY_PREFIX = re.compile(r"^\s*(?i:город|гор|г|grad|град)(?:\.\s*|\s+)")
_CLAUSE_END = re.compile(r"\s{0,3}(?:$|[,;.:)(!?\n–—]|-\s|/[ \t]?[IVX]{1,4}(?![\w])|[кКсС]\d|(?i:корп|стр|лит|оф|кв|пом)\w{0,6}\.?\s{0,2}\w)")
_WORD = re.compile(r"\w+")
# Upper case as written; lower case of two letters or more as a normal form writes it ("ул iv"), where a
# single "i" or "v" would be the Serbian "and" or a letter
_ROMAN = re.compile(r"(?<![\w-])(?:I{1,3}|IV|VI{0,3}|IX|X|ii|iii|iv|vi|vii|viii|ix)(?![\w-])")
_ROMAN_LOWER = frozenset("i ii iii iv v vi vii viii ix x".split())
_ROMAN_LETTERS = re.compile(r"[ivxlc]{1,6}")  # what a unit's Roman numeral is read with: see the grammar's `roman`
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_KNOWN_CITY_FULL = rf"(?i:{_KNOWN_CITY})"  # compiled on first use, as are the next: see _compiled
_KNOWN_CITY_ENDING = rf"(?<![\w-])(?:{_KNOWN_CITY})(?=[ \t]{{0,2}}$)"
# or in the locative after its preposition: "poslovnica u Kuli", "баня в Кондопоге"
_KNOWN_CITY_LOCATIVE_ENDING = rf"(?<![\w-])(?:[вВ][оО]?|[уУuU])[ \t]{{1,2}}(?P<loc>{any_word(_CITY_LOCATIVES)})(?=[ \t]{{0,2}}$)"


@functools.cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled on first use: one holding the list of cities costs 15-30 ms, and a process that reads
    facts from the cache may never use it."""
    return re.compile(pattern, flags)


# --------------------------------------------------------------------------
# Reading a chain of components


@dataclass(frozen=True)
class _Piece:
    """One component read from the text."""

    kind: str
    match: re.Match[str]


@dataclass(frozen=True)
class _Chain:
    pieces: tuple[_Piece, ...]
    start: int
    end: int


# English first: in "62701 Bulevar St" the number is a house, not a postcode.
_PREFIX_KINDS = ("en_street", "postcode_city", "postcode", "country", "region", "street_typed", "street_before",
                 "city", "city_loc", "street_bare")
_AFTER_HOUSE_KINDS = ("korpus", "stroenie", "litera", "unit", "floor", "postcode_city", "postcode",
                      "en_locality", "city", "country", "region", "en_town")
_STREET_KINDS = ("street_typed", "street_before", "street_bare", "en_street")
# Components that share a slot: one of each slot per address.
_SLOT = {"postcode_city": "postcode", "city": "city", "city_loc": "city", "en_locality": "city", "en_town": "city"}
# The preposition before a city in the locative: "в Казани", "у Нишу", "u Beogradu".
# Serbian names some parts of town with "na": "na Novom Beogradu".
_LOCATIVE_PREPOSITION = re.compile(r"(?:^|[^\w-])(?:[вВ][оО]?|[уУuU]|[нН][аА]|[nN][aA])[ \t\u00a0]{1,2}$")
_LOWER_NAME = re.compile(r"[^\W\d_]")


def _read_chain(text: str, pos: int, g: _Grammar, lenient: bool) -> _Chain | None:
    """The components that follow one another from `pos` (lenient: skipping unknown parts)."""
    pieces: list[_Piece] = []
    used: set[str] = set()
    end = pos
    while end < len(text):
        sep = g.sep.match(text, end)
        if pieces and sep.group(0).count("\n") > 1:
            break  # a blank line ends an address
        at = sep.end()
        if not lenient and len(pieces) == 1 and pieces[0].kind in ("city", "city_loc"):
            # "Магазин в Энгельсе: проспект Строителей, 16": a colon after the town the sentence names, before a
            # typed street ("Novi Sad: Liman 3" names a part of town)
            colon = _CITY_COLON.match(text, end)
            if colon and (g.street_typed.match(text, colon.end()) or g.street_before.match(text, colon.end())):
                at = colon.end()
            # "магазин в Воткинске, на улице Ленина, 34", "u Ražnju, u ulici Nikole Pašića 9": the street in the
            # locative after its own preposition
            on = _ON_STREET.match(text, at)
            if on and (g.street_typed.match(text, on.end()) or g.street_before.match(text, on.end())):
                at = on.end()
        if at >= len(text):
            break
        if not lenient and text.startswith("(", at) and _has(pieces, "house") and "postcode" not in used:
            # "Trg slobode 3 (kiosk kod opštine), 31330 Priboj": a note in parentheses before the postcode
            close = text.find(")", at, at + 50)
            if close > 0 and "\n" not in text[at:close]:
                after = g.sep.match(text, close + 1).end()
                # or before an American town and state on the next line: "Suite 210 (2nd floor)<br>Roanoke, VA"
                # or before a town the lists know: "Kneza Lazara 5 (ulaz iz dvorišta), Niš"
                town = None if _has(pieces, "en_street") else g.city.match(text, after)
                if g.postcode_city.match(text, after) or g.postcode.match(text, after) or (
                        _has(pieces, "en_street") and g.en_locality.match(text, after)) or (
                        town and (town.group("known") or town.group("prefix"))
                        and not _street_follows(text, town.end(), g)):
                    # a unit opening the note is the address's: "Omladinskoj 21 (lokal 4, pored pekare), 36000 …"
                    unit = g.unit.match(text, at + 1) if "unit" not in used else None
                    if unit:
                        pieces.append(_Piece("unit", unit))
                        used.add("unit")
                    at = after
        if (not lenient and "city" not in used and "postcode" not in used and _has(pieces, "house")
                and not _has(pieces, "en_street") and (aside := _TOWN_ASIDE.match(text, at))
                and (town := g.city.match(text, aside.end())) and (town.group("known") or town.group("prefix"))
                and _TOWN_ASIDE_END.match(text, town.end()) and (aside.group(0)[0] != "(" or text.startswith(
                    ")", _TOWN_ASIDE_END.match(text, town.end()).start()))):
            # "ул. Гагарина, 5 (г. Лабинск)", "Kralja Milana 3 – Niš": the town in parentheses or after a spaced
            # dash, closing the address (a known town, or one named with "г."; "(Centar)", "— ежедневно" are not)
            at = aside.end()
        if (not lenient and "city" not in used and _has(pieces, "house") and (venue := _VENUE.match(text, at))
                and (town := g.city.match(text, g.sep.match(text, venue.end()).end()))
                and (town.group("known") or town.group("prefix")) and not _street_follows(text, town.end(), g)):
            # "Nemanjina 4, TC Stop Shop, Valjevo", "ул. Ленина, 5, ТЦ «Радуга», г. Кстово": a shopping centre
            # between the house and the town is the building's name, left out as a floor is
            at = g.sep.match(text, venue.end()).end()
        if (not lenient and "unit" not in used and pieces and pieces[-1].kind in ("house", "en_street")
                and (dash := _DASH_BEFORE_UNIT.match(text, end)) and g.unit.match(text, dash.end())):
            # "Vojvode Mišića 5 – lokal 2", "200 Main St – Suite 5": the unit set off by a spaced dash after the house
            at = dash.end()
        if not lenient and "city" not in used and _has(pieces, "en_street"):
            # "2100 Jerry Murphy Rd, Suite 6 — Pueblo, CO 81001": a dash set off before the town and state
            dash = _DASH_BEFORE_TOWN.match(text, at)
            if dash and g.en_locality.match(text, dash.end()):
                at = dash.end()
        piece = _next_piece(text, at, pieces, used, g, lenient)
        if piece is None:
            if not lenient:
                break
            # A given address may hold parts we do not read ("ТЦ Мега"): a lone
            # name where no city was read is the locality, anything else is skipped.
            comma = text.find(",", at)
            piece = _unknown_as_city(text, at, comma if comma >= 0 else len(text), used, pieces)
            if piece is None:
                if comma < 0:
                    break
                end = comma + 1
                continue
        pieces.append(piece)
        # a region may name its district after it: "Тульская обл., Щёкинский р-н, п. Первомайский"
        if piece.kind != "region" or sum(p.kind == "region" for p in pieces) > 1:
            used.add(_SLOT.get(piece.kind, piece.kind))
        if piece.kind == "postcode_city":
            used.add("city")
        if piece.kind == "en_locality" and piece.match.group("zip"):
            used.add("postcode")
        end = piece.match.end()
    if not lenient and "unit" not in used and _has(pieces, "house"):
        # "…, 35213 Despotovac (TC „Resava“, 2. sprat, lokal 7)": a unit in a note in parentheses after the address
        note = _NOTE_AFTER.match(text, end)
        for part in _NOTE_PART.finditer(note.group("note")) if note else ():
            unit = g.unit.match(text, note.start("note") + part.start("part"))
            if unit and _NOTE_PART_END.match(text, unit.end()):
                pieces.append(_Piece("unit", unit))
                break
    if not pieces:
        return None
    # "Dorćol Desk Novi Sad\nBulevar oslobođenja 30, 21000 Novi Sad": a city ending the line above (a card's
    # title) is not part of an address that names its own city below.
    if (len(pieces) > 2 and pieces[0].kind in _CITY_KINDS and "\n" in text[pieces[0].match.end():pieces[1].match.start()]
            and any(p.kind in _CITY_KINDS for p in pieces[2:])):
        pieces = pieces[1:]
    return _Chain(tuple(pieces), pieces[0].match.start(), pieces[-1].match.end())


_UNIT_AT_BEFORE = re.compile(r"(?<![\w])(?:[Ss]uite|[Ss]te\.?|[Uu]nit)[ \t]{1,2}[\w-]{1,6}[ \t]{1,2}at[ \t]{1,2}$")
_NOTE_AFTER = re.compile(r"[ \t]{0,2}\((?P<note>[^()\n]{1,60})\)")
_NOTE_PART = re.compile(r"(?:^|,)[ \t]{0,2}(?P<part>)")
_NOTE_PART_END = re.compile(r"[ \t]{0,2}(?:,|$|\))")
_DASH_BEFORE_TOWN = re.compile(r"[—–-][ \t\u00a0]{1,3}")
_DASH_BEFORE_UNIT = re.compile(r"[ \t\u00a0]{1,3}[—–-][ \t\u00a0]{1,3}")
# A shopping or business centre by its abbreviation and its name, quoted or of up to three capitalised words
_VENUE_NAME = (
    r"(?:ТЦ|ТРЦ|ТРК|ТК|БЦ|TC|TRC|BC)[ \t]{1,2}"
    rf"(?:«[^»\n]{{1,30}}»|„[^“”\n]{{1,30}}[“”]|\"[^\"\n]{{1,30}}\"|[{_CYR_UP}{_LAT_UP}][\w-]{{0,24}}"
    rf"(?:[ \t][{_CYR_UP}{_LAT_UP}][\w-]{{0,24}}){{0,2}})"
)
_VENUE = re.compile(rf"{_VENUE_NAME}(?=[ \t]{{0,2}},)")
# and its unit, set off before the street: "ТЦ Меркатор, локал 12, Булевар Михајла Пупина 4"
_VENUE_UNIT_BEFORE = re.compile(
    rf"(?<![\w]){_VENUE_NAME}[ \t]{{0,2}},[ \t]{{0,2}}(?P<unit>[^\W\d][^,\n]{{0,12}}?\w),[ \t]{{0,3}}$"
)
_TOWN_ASIDE = re.compile(r"\([ \t]{0,2}|[ \t\u00a0]{0,2}[—–-][ \t\u00a0]{1,3}")
# where the town in parentheses or after a dash ends: the aside's end, the phrase's or the line's
_TOWN_ASIDE_END = re.compile(r"[ \t]{0,2}(?:\)|[.,;!?](?:\s|$)|$|\n)")
_CITY_COLON = re.compile(r"[ \t]{0,2}:[ \t]{0,3}")
_ON_STREET = re.compile(r"(?:на|На|[уУuU])[ \t]{1,2}")
_CITY_KINDS = frozenset({"city", "city_loc", "postcode_city", "city_plain", "en_locality", "en_town"})


def _unknown_as_city(text: str, at: int, stop: int, used: set[str], pieces: list[_Piece]) -> _Piece | None:
    """In a given address, a lone unknown name where no city was read is the locality."""
    if "city" in used or (_has(pieces, "street") and not _has(pieces, "house")):
        return None
    m = _LONE_NAME.match(text, at, stop)
    if not m or _VENUE_WORDS.intersection(_fold(m.group("name")).split() + _normal_city(m.group("name")).split()):
        return None  # "ТЦ Мега" is a building, not a town
    return _Piece("city_plain", m)


_VENUE_WORDS = frozenset(
    "тц трц трк тк бц тд рынок торговый центр вход метро м ст станция mall plaza center centre "
    "building bldg tower square commons marketplace".split()
)
_LONE_NAME = re.compile(
    rf"\s*(?P<name>{_NOT_MARKER}{_LETTER}{{2,25}}(?:-{_LETTER}{{1,25}}|\s{{1,2}}{_NOT_MARKER}{_LETTER}{{1,25}}){{0,2}})"
    rf"\s*$"
)

_TOWN_ENDING_ADDRESS = re.compile(
    rf"(?P<name>[{_CYR_UP}{_LAT_UP}][{_CYR_LO}{_LAT_LO}]{{1,24}}(?:[ \t-][{_CYR_UP}{_LAT_UP}][{_CYR_LO}{_LAT_LO}]{{1,24}})?)"
    # or closing an aside: "Ambulanta Banatsko (Žarka Zrenjanina 12, Banatsko)"
    rf"(?=[ \t]{{0,2}}(?:$|\n|\.(?:\s|$)|(?P<aside>\))))"
)


def _has(pieces: list[_Piece], what: str) -> bool:
    if what == "street":
        return any(p.kind in _STREET_KINDS for p in pieces)
    if what == "house":
        return any(p.kind in ("house", "en_street") for p in pieces)
    return any(p.kind == what for p in pieces)


_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday понедельник вторник среда четверг пятница суббота "
    "воскресенье ponedeljak utorak sreda četvrtak petak subota nedelja понедељак уторак среда четвртак петак субота "
    "недеља".split()
)
_PARTS_OF_PLACES = frozenset(
    "blok блок lamela ламела ulaz улаз sala сала hala хала peron перон paviljon павиљон šalter шалтер kapija капија "
    "павильон подъезд секция зал".split()
)
# Capitalised words that close an address line without being a town: a part of town, a building, a door.
_NOT_TOWNS = _VENUE_WORDS | _PARTS_OF_PLACES | _WEEKDAY_NAMES | frozenset(
    "центр центар centar двор вход улаз ulaz офис канцеларија kancelarija этаж спрат sprat".split()
)
_SAID_HOUSE_BEFORE = re.compile(r"(?:(?<![\w-])at|,)[ \t]{1,2}$")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s{0,3}$", re.IGNORECASE)
# Month and weekday names: "November 11", "Понедельник 12" are dates, never a bare street and house.
_DATE_WORD = re.compile(
    any_word({n for names in (*MONTHS_DAY_FIRST.values(), *MONTHS_ENGLISH.values()) for n in names}
             | _WEEKDAY_NAMES, space=" ")
)


def _next_piece(text: str, at: int, pieces: list[_Piece], used: set[str], g: _Grammar,
                lenient: bool) -> _Piece | None:
    has_street = _has(pieces, "street")
    has_house = _has(pieces, "house")
    if (not has_street and not lenient and "city" not in used and pieces and pieces[-1].kind == "postcode"
            and (town := _TOWN_AFTER_POSTCODE.match(text, at))
            and not (g.city.match(text, at) or g.country.match(text, at) or g.region.match(text, at))
            and _street_follows(text, town.end(), g)):
        # "607320, Дивеево, ул. Октябрьская, 10": after the postcode, a town missing from the lists before a typed
        # street (read as a bare street, it would end the chain short of a house)
        return _Piece("city_plain", town)
    if not has_street:
        kinds = _PREFIX_KINDS
    elif not has_house:
        kinds = ("house",)
    else:
        kinds = _AFTER_HOUSE_KINDS
    for kind in kinds:
        if _SLOT.get(kind, kind) in used or kind in used:
            continue
        if kind in ("en_locality", "en_town") and not _has(pieces, "en_street"):
            continue
        m = getattr(g, kind).match(text, at)
        if not m:
            continue
        if kind == "en_town" and m.group("last") is not None and (
                "," not in text[pieces[-1].match.end():at]
                or m.group("city").split()[-1].casefold() in _NOT_TOWN_LAST):
            continue
        if kind == "street_before" and not _valid_name_before(m.group("name")):
            continue
        if kind == "street_before" and m.group("type").casefold() in _NUMBERED_TYPES[:-1] and not m.group(
                "name")[0].isdigit():
            continue  # "Южный микрорайон", "Солнечный квартал": a named district may be a housing estate's name
        if kind == "street_before" and m.group("type").lower() in _LOCATIVE_TYPES and not all(
                _RU_LOCATIVE_ADJECTIVE.fullmatch(w) for w in m.group("name").split()):
            continue  # "На улице 25 градусов": before a type in the locative, only adjectives in the locative
        if kind == "city_loc" and not _LOCATIVE_PREPOSITION.search(text, max(0, at - 4), at):
            continue
        if kind == "street_typed" and not lenient and not _capitalised_name(m):
            continue
        if kind == "house" and m.group("spoken") and not m.group("marker") and not (
                pieces[-1].kind in ("street_typed", "street_before") and "," in text[pieces[-1].match.end():at]
                or pieces[-1].kind == "street_bare" and "," not in text[pieces[-1].match.end():at]):
            # a number in words is a house after "дом", set off after a typed street, or right after a bare name
            # (which must then be set off after a branch's name: "Салон на Врачару, Његошева четрдесет седам, ради")
            continue
        if kind == "house" and m.group("num") and len(m.group("num")) > 3 and not m.group("marker"):
            continue  # "Весна 2025": a year; four-digit house numbers come with "д."
        if kind == "en_street" and m.groupdict().get("said") and not (
                _SAID_HOUSE_BEFORE.search(text, max(0, at - 4), at) and _said_number(m.group("said"))):
            continue  # a house number in words only where a prompt gives the address: "is at ...", "store, ..."
        if kind == "en_street" and _COPYRIGHT.search(text, max(0, at - 12), at):
            continue  # "© 2026 Harvest Lane Market": a year and the company's name
        if kind == "street_bare" and m.group("name").strip().casefold() in _PARTS_OF_PLACES:
            continue  # "Blok 45", "Lamela 3", "Павильон 12": a city block or a part of a building, no street
        if kind == "street_bare" and not m.group("date") and any(
                _DATE_WORD.fullmatch(w) for w in m.group("name").casefold().split()):
            continue  # "closed on Wednesday, November 11,", "Eve, Thursday Dec 24:": a date, not a street and house
        if kind == "street_bare" and lenient:
            # In a given address a bare name is a street only when a house follows
            # ("mountain view, 1600 amphitheatre pkwy" names a city first).
            after = g.sep.match(text, m.end()).end()
            if not g.house.match(text, after) or g.en_street.match(text, after):
                continue
        if kind in ("city", "postcode", "postcode_city") and has_house and _street_follows(text, m.end(), g) and not (
                "\n" not in text[pieces[-1].match.end():at] and "\n" in g.sep.match(text, m.end()).group(0)):
            # "…, 5, Казань, ул. Мира, 7": the city opens the next address; but one ending the house's line closes
            # it, as in a table cell a line ("Kneza Miloša 9, 32250 Ivanjica\nul. Vuka Karadžića 4, 32240 Lučani")
            break
        return _Piece(kind, m)
    if has_house and "city" not in used and not lenient and (town := _TOWN_BEFORE_POSTCODE.match(text, at)):
        # "пр. Мира, 14, Амурск, 682640": a map card names the town, missing from the lists, before the postcode
        return _Piece("city_plain", town)
    if (has_house and "city" not in used and not lenient and "," in text[pieces[-1].match.end():at]
            and (town := _TOWN_ENDING_ADDRESS.match(text, at))
            and (pieces[0].kind in ("street_typed", "street_before")
                 or pieces[0].kind == "street_bare" and town.group("aside") and _aside_after_branch(text, pieces))
            and not _NOT_TOWNS.intersection(_fold(town.group("name")).split())):
        # "ул. Маршала Тита 41, Ада<br>": a town closing a typed street's address at the end of its line or sentence
        return _Piece("city_plain", town)
    if has_house and "city" not in used and (prep := _TRAILING_PREPOSITION.match(text, at)):
        # "ул. Ленина, 5 в Казани", "Tome Živanovića 10 u Paraćinu": the town after the house, in the locative
        if (m := g.city_loc.match(text, prep.end())) is not None:
            return _Piece("city_loc", m)
        # "u ulici Svetozara Markovića 21 u Crvenki, pored pošte": a Serbian feminine town missing from the lists,
        # where the phrase ends; in Cyrillic only on Serbian text, as Russian "у Пятёрочки" is a landmark's genitive
        if (not lenient and prep.group(0)[0] in "уУuU" and not _has(pieces, "en_street")
                and (m := _FEMININE_TOWN_LOCATIVE.match(text, prep.end()))
                and (not _CYRILLIC.match(m.group("unknown_loc")) or _SERBIAN_LETTER.search(text, max(0, at - 200), at))
                and not find_type_words(_unknown_town(m.group("unknown_loc")))):
            return _Piece("city_loc", m)
    return None


def _aside_after_branch(text: str, pieces: list[_Piece]) -> bool:
    """Whether a bare street and house open parentheses right after a branch's name, as a street would be set off
    (see _set_off): "Ambulanta Banatsko (Žarka Zrenjanina 12, Banatsko)"; not "Novi model (Galaxy 15, Apple)"."""
    start = pieces[0].match.start()
    street = pieces[0].match.group("name")
    if len(pieces) != 2 or not _ASIDE_BEFORE.search(text, max(0, start - 8), start) or not (
            len(street.split()) > 1 or _STREET_ADJECTIVE.search(street)):
        return False
    return bool(find_type_words(re.split(r"[.!?\n,;:(]", text[max(0, start - 60):start])[-2]))


_TRAILING_PREPOSITION = re.compile(r"(?:[вВ]|[уУuU])[ \t\u00a0]{1,2}")
# A Serbian feminine town in the locative whose nominative is certain: "-ki" is "-ka" ("u Crvenki"), "-ici" "-ica"
# ("u Kovačici"), "-či" "-ča"; not "-ci" after another letter, the locative of "-ka" too ("u Palanci"), nor an
# adjective's "-ski"; the word must end the phrase ("u Prodavnici Maxi" names a shop).
_FEMININE_TOWN_LOCATIVE = re.compile(
    r"(?P<unknown_loc>[A-ZČĆŠŽĐ][a-zčćšžđ]{2,24}(?<![sš])(?:ki|ici|či)|[А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]{2,24}(?<![сш])(?:ки|ици|чи))"
    r"(?![\w-])(?=[ \t]{0,2}(?:[,.;:)!?—–]|$))"
)
_SERBIAN_LETTER = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")
_TOWN_AFTER_POSTCODE = re.compile(
    rf"(?P<name>[{_CYR_UP}][{_CYR_LO}]{{2,24}}(?:-[{_CYR_UP}{_CYR_LO}][{_CYR_LO}]{{1,20}}){{0,2}})(?=[ \t]{{0,2}},)"
)
_TOWN_BEFORE_POSTCODE = re.compile(
    rf"(?P<name>[{_CYR_UP}][{_CYR_LO}]{{2,24}}(?:-[{_CYR_UP}{_CYR_LO}][{_CYR_LO}]{{1,20}}){{0,2}})"
    # a region may stand between: "Амурск, Хабаровский край, 682640"
    rf"(?=[ \t]{{0,2}},[ \t]{{0,3}}(?:[{_CYR_UP}][^,\n\d]{{2,40}},[ \t]{{0,3}})?\d{{6}}(?!\d))"
)


def _capitalised_name(m: re.Match[str]) -> bool:
    """A street name all in lower case counts only after a capitalised type: "Bulevar oslobođenja", not "пр. и"."""
    name = m.group("name") or m.group("name2") or ""
    if any(ch.isupper() or ch.isdigit() for ch in name) or not _LOWER_NAME.search(name):
        return True
    surface = m.group("type") or m.group("type2") or ""
    return surface[:1].isupper()


def _street_follows(text: str, pos: int, g: _Grammar) -> bool:
    at = g.sep.match(text, pos).end()
    return bool(g.street_typed.match(text, at) or g.street_before.match(text, at))


def _valid_name_before(name: str) -> bool:
    words = name.split()
    known_city = _compiled(_KNOWN_CITY_FULL)
    if known_city.fullmatch(name) or any(known_city.fullmatch(w) for w in words):
        return False
    return all(_NAME_BEFORE_TYPE.search(w) for w in words)


# --------------------------------------------------------------------------
# Building the normal form


# An apposition after a branch's name: "Ekspozitura Centar, Zmaj Jovina 14, radi ...", "Апотека у Љубићу, Кнеза
# Милоша 88, ради ...": a short house number between commas, right after a clause with a branch's type word.
# Serbian may put "u" before the street's genitive name: "Ekspozitura Centar, u Kneginje Milice 21, radi".
_APPOSITION_BEFORE = re.compile(r"[^\W\d_][ \t]{0,2},[ \t]{1,3}(?:[uу][ \t]{1,2})?$")
_APPOSITION_AFTER = re.compile(r"[ \t]{0,2},[ \t]{1,3}[^\W\d_]")
# The same in parentheses: "Kopirnica Centar (Obrenovićeva 56) radi", "Apoteka Centar (Kneza Miloša 5, prizemlje)".
_ASIDE_BEFORE = re.compile(r"[^\W\d_][ \t]{0,2}\([ \t]{0,2}$")
_ASIDE_AFTER = re.compile(r"[ \t]{0,2}(?:\)|,[ \t]{1,3}[^\W\d_])")
# And after a spaced dash or a colon: "Апотека Центар – Новосадска 12, ради", "Apoteka Centar: Novosadska 12"; the
# street ends the phrase, its line or the text.
_DASH_OR_COLON_BEFORE = re.compile(r"[^\W\d_](?:[ \t]{1,2}[—–-][ \t]{1,2}|[ \t]{0,2}:[ \t]{1,2})$")
_SET_OFF_END = re.compile(r"[ \t]{0,2}(?:$|\n|,[ \t]{1,3}[^\W\d_]|\(|\.(?:\s|$)|[ \t][—–-][ \t]|;)")
_STREET_ADJECTIVE = re.compile(r"(?:ov|ev|in|sk|šk|čk|ck|ов|ев|ин|ск|шк|чк|цк)a$|(?:ов|ев|ин|ск|шк|чк|цк)а$")


# A public transport stop named after an address: "Остановка: «Кольский проспект, 110»", "ост. «Ленина, 5»".
_STOP_BEFORE = re.compile(
    r"(?<![\w-])(?:остановк[аиуе]|ост\.|stajališt[eau]|стајалишт[еау])\s{0,2}:?\s{0,2}[«\"„“]\s{0,2}$", re.IGNORECASE
)


# A word that says an address follows: "на адреси Зелени венац 16", "по адресу: Покровка, 12", "Address: Main 5".
_ADDRESS_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:адрес[уеа]?|адреси|адресу|adres[ai]|adresu|address|addr\.?)\s{0,2}[:—–-]?\s{0,3}$", re.IGNORECASE
)


# "Our Dunavska space, at Dunavska 17, is open …": an English page of a Serbian or Russian company names its street
# after "at" as the town writes it, without a type.
_AT_BEFORE = re.compile(r"(?<![\w-])at[ \t]{1,2}$")


def _at_local_street(text: str, chain: _Chain, default_city: str | None) -> bool:
    """Whether a bare street follows "at" on a Serbian or Russian company's page (the configured city in Cyrillic),
    looking like a street's name: an adjective ("Dunavska"), or two words or more ("Kneza Miloša")."""
    if not default_city or not _CYRILLIC.search(default_city) or len(chain.pieces) != 2:
        return False
    street = chain.pieces[0].match.group("name")
    return bool(_AT_BEFORE.search(text, max(0, chain.start - 4), chain.start)) and (
        len(street.split()) > 1 or bool(_STREET_ADJECTIVE.search(street)))


# "u Knez Mihailovoj 12", "у Господар Јевремовој 41": a street named by an adjective, in the locative after "u".
_IN_BEFORE = re.compile(r"(?<![\w-])(?:u|у)[ \t]{1,2}$")
_LOCATIVE_ADJECTIVE = re.compile(r"(?:oj|ој)$")


def _serbian_locative(text: str, start: int, street_piece: _Piece) -> bool:
    """Whether a bare street is a Serbian street name in the locative after "u" ("u Knez Mihailovoj 12")."""
    name = street_piece.match.groupdict().get("name") or ""
    words = name.split()
    return bool(words) and bool(_IN_BEFORE.search(text, max(0, start - 3), start)) and bool(
        _LOCATIVE_ADJECTIVE.search(words[-1])) and words[-1][:1].isupper()


def _set_off(text: str, chain: _Chain, house_piece: _Piece, default_city: str | None) -> str | None:
    """The branch's name when a bare street and house stand between commas or in parentheses right after it (see
    _APPOSITION_BEFORE, _ASIDE_BEFORE), else None. A name without a branch's type word counts only on a Serbian or
    Russian page (the configured city in Cyrillic), where streets go without a type."""
    listing = bool(default_city and _CYRILLIC.search(default_city))
    house = house_piece.match
    # the shop's unit or floor may follow the house: "Ekspozitura Centar, Zmaj Jovina 14, lokal 3, radi …"
    if len(chain.pieces) < 2 or any(p.kind not in ("unit", "floor") for p in chain.pieces[2:]) or not (
            house.group("spoken") or house.group("bb") or re.fullmatch(r"\d{1,3}[^\W\d_]?", house.group(0).strip())):
        return None
    end = chain.pieces[-1].match.end()
    before = text[max(0, chain.start - 60):chain.start]
    if _APPOSITION_BEFORE.search(text, max(0, chain.start - 10), chain.start):
        name = re.split(r"[.!?\n,;:]", before)[-2]
        colon = _COLON_AFTER.match(text, end)
        if (colon or _APPOSITION_AFTER.match(text, end)) and (
                find_type_words(name) or listing and _named_after_town(name)):
            return name
        # a listing's line "Кључар Лиман, Булевар цара Лазара 56: радним данима …" names its branch without a type
        return name if listing and colon and _line_title(before, ",") else None
    if listing and _DASH_OR_COLON_BEFORE.search(text, max(0, chain.start - 8), chain.start):
        # "Апотека Центар – Новосадска 12, ради …", "Apoteka Centar: Novosadska 12 (pored pošte)": a listing's
        # branch and its street set off by a spaced dash or a colon, the street ending the phrase
        street = chain.pieces[0].match.group("name")
        name = re.split(r"[.!?\n,;:(—–]|[ \t]-[ \t]", before)[-2]
        if not _SET_OFF_END.match(text, end) or not (len(street.split()) > 1 or _STREET_ADJECTIVE.search(street)):
            return None
        return name if find_type_words(name) or _named_after_town(name) else None
    if _ASIDE_BEFORE.search(text, max(0, chain.start - 8), chain.start):
        # a single word must look like a street's adjective: "(Sala 3)", "(Ulaz 2)" are a hall and a door
        street = chain.pieces[0].match.group("name")
        name = re.split(r"[.!?\n,;:(]", before)[-2]
        if not _ASIDE_AFTER.match(text, end) or not (
                len(street.split()) > 1 or _STREET_ADJECTIVE.search(street)):
            return None
        if find_type_words(name) or listing and _named_after_town(name):
            return name
        # "Комшија Центар (Моше Пијаде 12)" heading a card, "Zeleni venac (Zeleni venac 16, kod okretnice): …"
        close = text.find(")", end, end + 60)
        ends_title = close >= 0 and _TITLE_END.match(text, close + 1)
        return name if listing and ends_title and _line_title(before, "(") else None
    return None


def _named_after_town(name: str) -> bool:
    """Whether a branch's name is a brand and the known town it stands in ("Kopiraj Kula", "Фото Центар Ниш"),
    which names a branch as a type word does."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and bool(_compiled(_KNOWN_CITY_ENDING).search(name.rstrip()))


_COLON_AFTER = re.compile(r"[ \t]{0,2}:[ \t]{1,3}[^\W\d_]")
_TITLE_END = re.compile(r"[ \t]{0,2}(?:$|\n|:)")
# A branch's name opening its line: up to five words, the first capitalised, no digits or sentence punctuation.
# Before a comma the last word is capitalised too ("Кључар Лиман, …", "Salon na Vračaru, …"; not "Sutra radimo
# kraće, …"); a name before parentheses may end in lower case ("Zeleni venac (Zeleni venac 16)").
_TITLE = re.compile(rf"[ \t]{{0,4}}[{_CYR_UP}{_LAT_UP}][\w'’-]{{0,30}}(?:[ \t]{{1,2}}[\w'’-]{{1,30}}){{0,4}}[ \t]{{0,2}}")
_TITLE_LAST = re.compile(rf"(?:^|[ \t])[{_CYR_UP}{_LAT_UP}][\w'’-]{{0,30}}[ \t]{{0,2}}$")


def _line_title(before: str, opener: str) -> bool:
    """Whether the text before a comma or parenthesis (`opener`) is a branch's name alone at the start of its line."""
    line = before.rpartition("\n")[2]
    head, found, _ = line.rpartition(opener)
    if not found or not _TITLE.fullmatch(head) or any(ch.isdigit() for ch in head):
        return False
    return opener != "," or bool(_TITLE_LAST.search(head))


# A card's address line: a bare street and house alone on its line, under the branch's name ("Копирница Центар\n
# Обреновићева 56\nПон: 08–20") or opening the card; the town may close the line ("Јанка Веселиновића бб, Лајковац").
_LINE_START = re.compile(r"(?:^|\n)[ \t]{0,4}$")
_LINE_REST = re.compile(r"[ \t]{0,2}(?:$|\n|[;(]|,[ \t]{0,2}(?:[лЛlL]ока[лЛ]|lokal|[^\W\d_]+[ \t]{0,2}(?:$|\n)))")
_TOWN_ENDING_LINE = re.compile(rf",[ \t]{{0,2}}(?P<place>[{_CYR_UP}{_LAT_UP}][{_CYR_LO}{_LAT_LO}]{{2,24}})[ \t]{{0,2}}(?:$|\n)")


# A town opening the line of a bare street and house: "Текија, Ђердапска 5 — само преузимање".
_PLACE_OPENING_LINE = re.compile(
    rf"(?:^|\n)[ \t]{{0,4}}(?P<place>[{_CYR_UP}{_LAT_UP}][{_CYR_LO}{_LAT_LO}]{{2,24}})[ \t]{{0,2}},[ \t]{{1,3}}$")
_PLACE_LINE_REST = re.compile(r"[ \t]{0,2}(?:$|\n|[;(—–]|,)")


def _town_opening_line(text: str, chain: _Chain, house_piece: _Piece, default_city: str | None) -> str | None:
    """The town, missing from the lists, that opens the line of a bare street and house on a Serbian or Russian page
    (the configured city in Cyrillic), as "Киров, ул. Ленина, 5" names it before a typed street; else None."""
    if not default_city or not _CYRILLIC.search(default_city) or len(chain.pieces) != 2:
        return None
    house = house_piece.match
    if not (house.group("bb") or re.fullmatch(r"\d{1,3}[^\W\d_]?", house.group(0).strip())):
        return None
    place = _PLACE_OPENING_LINE.search(text, max(0, chain.start - 32), chain.start)
    street = chain.pieces[0].match.group("name")
    if place is None or not _PLACE_LINE_REST.match(text, chain.end) or (
            len(street.split()) < 2 and not _STREET_ADJECTIVE.search(street)):
        return None
    name = place.group("place")
    # "Centar, Zmaj Jovina 14", "Subota, Njegoševa 5": a part of town, a day; "Apoteka, …": a branch's type
    if _NOT_TOWNS.intersection(_fold(name).split()) or _DATE_WORD.fullmatch(name.casefold()) or find_type_words(name):
        return None
    return name


def _card_line(text: str, chain: _Chain, house_piece: _Piece, default_city: str | None) -> bool:
    """Whether a bare street and house make up a line of their own in a card of a Serbian or Russian page (the
    configured city in Cyrillic), under a line naming a branch or first in the card."""
    # the shop's unit may follow the house: "Rumenačka 21, lokal 4"
    if not default_city or not _CYRILLIC.search(default_city) or len(chain.pieces) < 2 or any(
            p.kind not in ("unit", "floor") for p in chain.pieces[2:]):
        return False
    house = house_piece.match
    if not (house.group("bb") or re.fullmatch(r"\d{1,3}[^\W\d_]?", house.group(0).strip())):
        return False
    if not _LINE_START.search(text, max(0, chain.start - 6), chain.start) or not _LINE_REST.match(text, chain.end):
        return False
    street = chain.pieces[0].match.group("name")
    if len(street.split()) < 2 and not _STREET_ADJECTIVE.search(street):
        return False  # "Sala 3", "Korak 2": one word that is no street's adjective
    line_before = text[:chain.start].rstrip(" \t\n").rpartition("\n")[2]
    return not line_before or bool(find_type_words(line_before))


def _to_address(text: str, chain: _Chain, default_city: str | None, *, lenient: bool) -> Address | None:
    pieces = chain.pieces
    street_piece = next((p for p in pieces if p.kind in _STREET_KINDS), None)
    if street_piece is None:
        return None
    english = street_piece.kind == "en_street"
    house_piece = street_piece if english else next((p for p in pieces if p.kind == "house"), None)
    if house_piece is None:
        return None
    if not lenient and _STOP_BEFORE.search(text, max(0, chain.start - 24), chain.start):
        return None  # "Остановка: «Кольский проспект, 110»": a bus stop named after the address, not the address
    has_city = any(p.kind in _CITY_KINDS for p in pieces)
    has_postcode = any(p.kind in ("postcode", "postcode_city") for p in pieces)
    if street_piece.kind == "street_bare" and not lenient:
        # A capitalised word and a number are an address only next to a city or
        # postcode, and, when not set off by a comma, only where the phrase ends:
        # "Москва, Более 100 магазинов" is not an address.
        locative = _serbian_locative(text, chain.start, street_piece)
        if street_piece.match.group("noun") and not locative:
            return None
        if street_piece.match.group("date") and not (
                pieces[0] is street_piece and len(pieces) > 2 and pieces[2].kind in ("postcode", "postcode_city", "city")
                and re.fullmatch(r"\d{1,3}(?:[^\W\d_](?<![hčч]))?|[bб]{2}", house_piece.match.group(0).strip(), re.IGNORECASE)):
            # "od 29. novembra 12 sati", "29. novembra 12h, Beograd": a date; as a street, a plain house and then
            # the town or postcode
            return None
        if street_piece.match.group("date") and _DATE_PREPOSITION_BEFORE.search(text, max(0, chain.start - 12),
                                                                                chain.start):
            return None  # "popust do 31. decembra 5, …": a date after its preposition
        card = _card_line(text, chain, house_piece, default_city)
        set_off = _set_off(text, chain, house_piece, default_city)
        line_town = None if has_city or has_postcode else _town_opening_line(text, chain, house_piece, default_city)
        cued = bool(_ADDRESS_CUE_BEFORE.search(text, max(0, chain.start - 24), chain.start)) or _at_local_street(
            text, chain, default_city)
        if not (has_city or has_postcode) and not (default_city and (set_off or locative or card or line_town or cued)):
            return None
        glued = "," not in text[street_piece.match.end():house_piece.match.start()]
        town_after = pieces[-1].kind == "city_loc" and pieces[-1].match.start() > house_piece.match.end()
        if glued and not locative and not _CLAUSE_END.match(text, chain.end if town_after else house_piece.match.end()):
            return None
        if "\n" in text[chain.start:house_piece.match.end()]:
            return None  # "Москва / Акции / 24" on separate lines is a menu, not an address
    else:
        card = set_off = line_town = cued = None
    name_text = street_piece.match.group("name") or street_piece.match.groupdict().get("name2") or ""
    serbian_latin = not english and not _CYRILLIC.search(name_text)

    postcode = city = unit = None
    korpus = stroenie = litera = None
    for p in pieces:
        m = p.match
        if p.kind == "postcode":
            postcode = m.group(0)
        elif p.kind == "postcode_city":
            postcode = m.group("code")
            city = _normal_city(m.group("name"), english=english)
        elif p.kind == "city":
            city = _normal_city(m.group("name") or m.group("known") or m.group("settlement"), english=english)
        elif p.kind == "city_loc":
            loc = m.groupdict().get("loc")
            city = _CITY_LOCATIVES[loc] if loc else _unknown_town(m.group("unknown_loc"))
        elif p.kind == "city_plain":
            city = _normal_city(m.group("name"), english=english)
        elif p.kind == "en_town":
            # on a site about an American town, "in Belgrade" is Belgrade, MT, not the Serbian capital
            american = bool(default_city and default_city.isascii() and _normal_city(default_city, english=True)
                            == _fold(default_city))
            city = _normal_city(m.group("city"), english=True, aliased=not american)
        elif p.kind == "en_locality":
            city = _normal_city(m.group("city"), english=True, aliased=False)
            postcode = m.group("zip") or postcode
        elif p.kind == "korpus":
            korpus = str(spoken_value(m.group("spoken"))) if m.group("spoken") else _number(
                m.group("value"), english=english, serbian_latin=serbian_latin)
        elif p.kind == "stroenie":
            stroenie = str(spoken_value(m.group("spoken"))) if m.group("spoken") else _number(
                m.group("value") or m.group("letter"), english=english, serbian_latin=serbian_latin)
        elif p.kind == "litera":
            litera = _number(m.group("value"), english=english, serbian_latin=serbian_latin)
        elif p.kind == "unit":
            unit = _unit(m, english=english, serbian_latin=serbian_latin)
    if english and unit is None and not lenient:
        # "It's in Suite 6 at 2100 Jerry Murphy Road": the suite named before the street
        before = _UNIT_AT_BEFORE.search(text, max(0, chain.start - 24), chain.start)
        m = before and _grammar(lenient=False).unit.match(text, before.start())
        if m:
            unit = _unit(m, english=True, serbian_latin=False)
    if not english and unit is None and not lenient and (
            before := _VENUE_UNIT_BEFORE.search(text, max(0, chain.start - 80), chain.start)):
        # "ТЦ Меркатор, локал 12, Булевар Михајла Пупина 4": a shopping centre and its unit named before the street
        m = _grammar(lenient=False).unit.match(text, before.start("unit"))
        if m and m.end() == before.end("unit"):
            unit = _unit(m, english=False, serbian_latin=serbian_latin)
    if city is not None and (city in _MARKER_SET or _VENUE_WORDS.intersection(city.split())):
        city = None  # "62701 St" read in a given address: transliterated it is no town
    if city is None and street_piece.kind == "street_bare" and not lenient and set_off:
        # "Комшија Смедерево (Карађорђева 20)": a branch named after its town
        town = _compiled(_KNOWN_CITY_ENDING).search(set_off)
        city = _normal_city(town.group(0)) if town else None
        if city is None and (town := _compiled(_KNOWN_CITY_LOCATIVE_ENDING).search(set_off)):
            city = _CITY_LOCATIVES[town.group("loc")]
    if city is None and line_town:
        city = _normal_city(line_town)
    if city is None and not english and street_piece.kind == "street_bare" and not lenient and (card or cued):
        # "Adresa: Žarka Zrenjanina 21, Gospođinci": a town closing the line of a card's or a labelled address
        town = _TOWN_ENDING_LINE.match(text, house_piece.match.end())
        # "…, Centar", "…, Subota": a part of town, a day
        city = _normal_city(town.group("place")) if town and not find_type_words(town.group("place")) and not (
            _NOT_TOWNS.intersection(_fold(town.group("place")).split()) or _DATE_WORD.fullmatch(
                town.group("place").casefold())) else None
    if city is None and not english:
        # "Киров, ул. Ленина, д. 5": a capitalised word set off by a comma right
        # before the street is the town, even one missing from the city list.
        # Taking the config's default city there would move the shop to Moscow.
        before = _PLACE_BEFORE.search(text, max(0, chain.start - 40), chain.start)
        # never a street's type set off ("Булевар, Бутлерова, 603": found by Hypothesis)
        if before and not find_type_words(before.group("place")) and _fold(before.group("place")) not in _STREET_TYPES:
            city = _normal_city(before.group("place"))
    if city is None and not lenient:
        city = _town_of_sentence(text, chain.start, english)
    if city is None and default_city:
        # An English address stays in Latin: "Springfield" is not "спрингфиелд".
        city = _normal_city(default_city, english=english and not _CYRILLIC.search(default_city))

    street = _normal_street(street_piece, serbian_latin)
    house = _normal_house(house_piece.match, english=english, serbian_latin=serbian_latin)
    for marker, value in (("к", korpus), ("стр", stroenie), ("лит", litera)):
        if value:
            house += f" {marker} {value}"
    parts: list[str] = [x for x in (postcode, city) if x]
    if english:
        parts.append(f"{house} {street}")
    else:
        parts += [street, f"д {house}"]
    if unit:
        parts.append(unit)
    value = ", ".join(parts)
    start, end = (0, len(text)) if lenient else (chain.start, chain.end)
    return Address(value=value, raw=text[start:end], start=start, end=end, postcode=postcode, city=city,
                   street=street, house=house, unit=unit)


# A sentence that opens with its town: "В Череповце у нас магазин на Советском проспекте, 45 …"; the town holds for
# the addresses that follow on its line. Only at a sentence's start: "доставка по городу и в Подольске" is not where
# a shop is.
_SENTENCE_TOWN = (
    rf"(?:^|(?<=[.!?:—–] ))(?:Во?|У|U)[ \t]{{1,2}}(?:(?P<loc>{any_word(_CITY_LOCATIVES)})"
    rf"|(?P<unknown_loc>{_UNKNOWN_TOWN_LOCATIVE}))(?![\w-])"
)
# "our newest store in Muskegon, at 1890 East Sherman Boulevard", "our store in Plano is located at 1200 Main St",
# "visit us in Plano at …": the town just before an English street.
_EN_TOWN_BEFORE = re.compile(
    rf"(?<![\w-])in[ \t]{{1,2}}(?!(?:{_NOT_TOWN_AFTER_IN})(?![\w]))(?P<town>[A-Z][a-z]{{2,24}}(?:[ \t][A-Z][a-z]{{2,24}}){{0,2}})"
    rf"(?:,[ \t]{{1,2}}|[ \t]{{1,2}}(?:(?:is|are)[ \t]{{1,2}})?(?:(?:located|now)[ \t]{{1,2}})?)(?:at|on)[ \t]{{1,2}}$"
)


def _town_of_sentence(text: str, start: int, english: bool) -> str | None:
    """The town the text names for an address without one at `start` (see _SENTENCE_TOWN, _EN_TOWN_BEFORE)."""
    if english:
        m = _EN_TOWN_BEFORE.search(text, max(0, start - 60), start)
        if m is None or m.group("town").split()[-1].casefold() in _VENUE_WORDS:
            return None  # "in Easton Town Center, at 4020 Morse Road": a mall, not the town
        return _normal_city(m.group("town"), english=True)
    town = None
    # a few sentences back at most: one long line of addresses must not be re-read for each of them
    sentence_town = _compiled(_SENTENCE_TOWN, re.MULTILINE)
    for town in sentence_town.finditer(text, max(text.rfind("\n", 0, start) + 1, start - 300), start):
        pass
    if town is None:
        town = _branch_town(text, start)
    if town is None:
        return None
    return _CITY_LOCATIVES[town.group("loc")] if town.group("loc") else _unknown_town(town.group("unknown_loc"))


# A town in the locative inside a sentence: see _branch_town.
_TOWN_IN = (
    rf"(?<![\w-])(?:[вВ][оО]?|[уУuU])[ \t]{{1,2}}(?:(?P<loc>{any_word(_CITY_LOCATIVES)})"
    rf"|(?P<unknown_loc>{_UNKNOWN_TOWN_LOCATIVE}))(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?\n](?=\s)|\n")


def _branch_town(text: str, start: int) -> re.Match[str] | None:
    """The town a branch's name gives earlier in the address's sentence ("Магазин в Подольске находится на ул.
    Ленина, 5", "Radnja u Kuli je u Glavnoj ulici 5"): right after a branch's type word, never a town the sentence
    names otherwise ("доставка и в Подольске")."""
    window = max(text.rfind("\n", 0, start) + 1, start - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, start)]
    opening = ends[-1] if ends else window
    found = None
    for town in _compiled(_TOWN_IN).finditer(text, opening, start):
        if ends_with_type_word(text[opening:town.start()].rstrip()):
            found = town
    return found


def _fold(s: str, serbian_latin: bool = False) -> str:
    """Case-fold, "ё" as "е", punctuation as spaces; Serbian Latin or look-alike Latin to Cyrillic."""
    s = _script(unicodedata.normalize("NFC", s).casefold().replace("ё", "е"), serbian_latin)
    s = _PUNCTUATION.sub(" ", s)
    s = _SPACED_HYPHEN.sub("-", s)
    return _SPACES.sub(" ", s).strip(" -")


def _script(s: str, serbian_latin: bool) -> str:
    """Lower-case `s` in Cyrillic: Serbian Latin transliterated, Latin look-alikes replaced."""
    if serbian_latin:
        for latin, cyrillic in _SR_DIGRAPHS:
            s = s.replace(latin, cyrillic)
        return s.translate(_SR_LETTERS)
    if _CYRILLIC.search(s):
        return _LATIN_WORD.sub(lambda m: _latin_in_cyrillic(m, s), s)
    return s


def _latin_in_cyrillic(m: re.Match[str], s: str) -> str:
    """Latin letters typed inside or right after a Cyrillic word, or alone in a Cyrillic text."""
    a, b = m.start(), m.end()
    touching = (a > 0 and _CYRILLIC.match(s, a - 1)) or (b < len(s) and _CYRILLIC.match(s, b))
    if touching or len(m.group(0)) == 1 or (a > 0 and s[a - 1].isdigit()):
        return m.group(0).translate(_HOMOGLYPHS)
    return m.group(0)


def _normal_city(raw: str, *, english: bool = False, aliased: bool = True) -> str:
    """A town in the normal form; `aliased` maps other languages' spellings ("Belgrade" -> "београд"), which a US
    town with its state ("Belgrade, MT") must not be, nor a Latin town in lower case: a normal form read back
    ("59714, belgrade, 104 n broadway st") was written so by such a town."""
    raw = _CITY_PREFIX.sub("", raw)
    key = _fold(raw)
    city = key if english else _fold(raw, serbian_latin=not _CYRILLIC.search(raw))
    aliased = aliased and not (raw.isascii() and raw.islower())
    for candidate in (key, key.replace("-", " "), city) if aliased else ():
        if candidate in _CITY_ALIASES:
            return _CITY_ALIASES[candidate]
    return city


def _normal_name(raw: str, serbian_latin: bool) -> str:
    words = []
    # A Roman numeral stays Latin in any script: "Petra I" and "Петра I" are both "петра i"
    parts, at = [], 0
    for m in _ROMAN.finditer(raw):
        parts += [_fold(raw[at:m.start()], serbian_latin), m.group(0).lower()]
        at = m.end()
    parts.append(_fold(raw[at:], serbian_latin))
    for word in " ".join(parts).split():
        if word in _DROPPED_NAME_WORDS:
            continue
        if word in _RULER_ORDINALS and len(words) >= 2 and words[-2] in _RULER_TITLES:
            word = _RULER_ORDINALS[word]  # "Kralja Petra Prvog" is "Kralja Petra I", as the sign writes it
        words.append(_QUALIFIERS.get(word, word))
    return _ORDINAL.sub(r"\1\2", " ".join(words))


# A Serbian ruler's number said in words after the title and the name ("Kralja Petra Prvog", "Цара Уроша Петог"); not
# an ordinal alone ("Prvog maja" is the first of May).
_RULER_TITLES = frozenset("краља краљице цара царице кнеза кнегиње деспота".split())
_RULER_ORDINALS = {"првог": "i", "другог": "ii", "трећег": "iii", "четвртог": "iv", "петог": "v"}


_DIRECTIONS = {"north": "n", "south": "s", "east": "e", "west": "w", "northeast": "ne", "northwest": "nw",
               "southeast": "se", "southwest": "sw"}


_INITIALS = re.compile(r"(?<!\S)[a-z](?: [a-z](?!\S))+")


def _normal_street(piece: _Piece, serbian_latin: bool) -> str:
    m = piece.match
    groups = m.groupdict()
    name = groups.get("name") or groups.get("name2") or ""
    if piece.kind == "en_street" and m.group("typeless"):
        return _normal_typeless(m.group("typeless"))
    if piece.kind == "en_street":
        direction = (m.group("dir") or "").replace(".", "").lower()  # "N.W." is "nw"
        direction = _DIRECTIONS.get(direction, direction)
        words = [_en_ordinal_number(w) for w in _fold(name).split()]
        if len(words) > 1 and words[0] in _DIRECTIONS:
            words[0] = _DIRECTIONS[words[0]]  # "1201 West Kansas Street" is "1201 w kansas st", as the post office writes it
        # initials spaced out are one word, as the post office writes them: "2150 C Y Avenue" is "2150 cy ave"
        first = 1 if words[0] in _DIRECTIONS.values() else 0  # "100 N E St" is North E Street
        if sum(len(w) == 1 and w.isalpha() for w in words[first:]) > 1:
            words[first:] = _INITIALS.sub(lambda i: i.group(0).replace(" ", ""), " ".join(words[first:])).split()
        return " ".join(p for p in (" ".join(words), _EN_STREET_TYPES[m.group("type").lower()], direction) if p)
    if piece.kind == "street_bare" and _IN_BEFORE.search(piece.match.string, max(0, m.start() - 3), m.start()):
        # the locative's adjective back in the nominative: "Knez Mihailovoj" is "Knez Mihailova"
        name = " ".join(_LOCATIVE_ADJECTIVE.sub(lambda e: "a" if e.group(0) == "oj" else "а", w) for w in name.split())
    surface = (groups.get("type") or groups.get("type2") or "").lower()
    if piece.kind == "street_typed" and surface in ("ulici", "улици"):
        # "u ulici Obrenovićevoj 12" is on "Obrenovićeva": a Serbian adjective after the type agrees with it in the
        # locative, where a genitive name stays as written ("u ulici Kneza Miloša")
        name = " ".join(_LOCATIVE_ADJECTIVE.sub(lambda e: "a" if e.group(0) == "oj" else "а", w) for w in name.split())
    if piece.kind == "street_before" and (surface in _LOCATIVE_TYPES or surface == "шоссе"):
        name = " ".join(_ru_adjective_nominative(w, _TYPE_GENDER.get(_STREET_TYPES[surface], "m")) for w in name.split())
    elif piece.kind == "street_typed" and surface in _LOCATIVE_TYPES and len(name.split()) == 1:
        gender = _TYPE_GENDER.get(_STREET_TYPES[surface], "m")
        if gender != "f":  # "на улице Крупской" is a genitive name; "на проспекте Советском" no genitive
            name = _ru_adjective_nominative(name, gender)
    normal_name = _normal_name(name, serbian_latin)
    if piece.kind == "street_bare":
        return normal_name
    return f"{_STREET_TYPES[surface]} {normal_name}"


# Russian street types in the locative, and the gender their adjectives agree with: "на Ленинском проспекте" is
# "пр-кт ленинский", "на Садовой улице" "ул садовая", "на Уфимском шоссе" "ш уфимское".
_LOCATIVE_TYPES = frozenset(("улице", "проспекте", "переулке", "набережной", "площади", "бульваре", "проезде",
                             "тупике", "аллее"))
_TYPE_GENDER = {"ул": "f", "наб": "f", "пл": "f", "аллея": "f", "ш": "n"}  # the others are masculine
_RU_LOCATIVE_ADJECTIVE = re.compile(r"(?P<stem>[а-яё-]{2,30}?)(?P<end>ом|ем|ой|ей)$", re.IGNORECASE)


def _ru_adjective_nominative(word: str, gender: str | None) -> str:
    """A Russian adjective in the locative singular back in the nominative of the given gender ("m" when None):
    "Ленинском" -> "Ленинский", "Садовой" -> "Садовая", "Уфимском" -> "Уфимское"; other words unchanged."""
    m = _RU_LOCATIVE_ADJECTIVE.fullmatch(word)
    if m is None:
        return word
    stem, end = m.group("stem"), m.group("end").lower()
    last = stem[-1:].lower()
    soft = end in ("ем", "ей") and last not in "жшчщц"
    if gender == "f":
        return stem + ("яя" if soft else "ая") if end in ("ой", "ей") else word
    if end not in ("ом", "ем"):
        return word
    if gender == "n":
        return stem + ("ее" if soft else "ое")
    return stem + ("ий" if soft or last in "кгхжшчщ" else "ый")


def _en_ordinal_number(word: str) -> str:
    """A numbered street's ordinal in figures, as the post office writes it: "eleventh" is "11th", "fifty-fifth"
    "55th"; other words unchanged."""
    tens, _, unit = word.rpartition("-") if "-" in word else ("", "", word)
    value = _EN_ORDINALS.get(unit)
    if value is None or (tens and (tens not in _EN_TENS or value >= 10)):
        return word
    value += _EN_TENS.get(tens, 0)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _normal_typeless(name: str) -> str:
    """A street without a type: "S Broadway" is "s broadway", "West 400 South" "w 400 s", "Highway 9" "hwy 9"."""
    return " ".join(_DIRECTIONS.get(w, _EN_STREET_TYPES.get(w, w)) for w in _fold(name).split())


def _unit(m: re.Match[str], *, english: bool, serbian_latin: bool) -> str:
    """A unit in the normal form: "Suite 104-B" is "ste 104b", "офис двенадцать" "оф 12"."""
    unit_type = _UNIT_TYPES["#" if m.group("hash") else m.group("type").lower()]
    number = (m.group("value") or _said_number(m.groupdict().get("said") or "") or "").replace("-", "")
    return f"{unit_type} {_number(number, english=english, serbian_latin=serbian_latin)}"


def _said_number(words: str) -> str | None:
    """The figures of a house or unit number said in words: in pairs or digit by digit ("twenty-two fifteen" is
    2215, "one oh five" 105), or in hundreds ("thirty-four hundred" is 3400, "двенадцать" 12)."""
    head, _, last = words.strip().rpartition(" ")
    if last.lower() == "hundred" and head:
        value = spoken_value(head)
        return str(value * 100) if value else None
    return spoken_digits(words)


def _normal_house(m: re.Match[str], *, english: bool, serbian_latin: bool) -> str:
    if m.groupdict().get("bb"):
        return "бб"
    if m.groupdict().get("spoken"):
        letter = (m.group("spoken_letter") or "").strip("«»")
        if m.group("spoken_frac"):
            frac = m.group("spoken_frac")
            letter = "/" + (frac if frac.isdigit() else str(spoken_value(frac)))
        return _number(f"{spoken_value(m.group('spoken'))}{letter}", english=english, serbian_latin=serbian_latin)
    if m.groupdict().get("said"):
        return _number(_said_number(m.group("said")) or "", english=english, serbian_latin=serbian_latin)
    house = m.group("num")
    if english:
        house = _SPACES.sub(" ", re.sub(r"-(?=[A-Za-z]$)", "", house))  # "1200-B" is "1200b"
    if m.groupdict().get("frac"):
        house += "/" + m.group("frac")
    if m.groupdict().get("range"):
        house += "-" + m.group("range")
    letter = m.groupdict().get("letter")
    if letter:
        house += letter.strip(" -«»")
    return _number(house, english=english, serbian_latin=serbian_latin)


def _number(value: str, *, english: bool, serbian_latin: bool) -> str:
    """A house, building or unit number: lower case, its letters in the address's script.

    A Roman numeral of two or more letters ("lokal IV") stays Latin in any script, as in street names, and so does
    any run of its letters a unit is read with ("Suite IL"), so that the normal form reads back; a single letter is
    a unit letter ("Unit C") and takes the address's script."""
    value = value.casefold().replace("ё", "е")
    if english or (len(value) > 1 and _ROMAN_LETTERS.fullmatch(value)):
        return value
    return _script(value, True) if serbian_latin else value.translate(_HOMOGLYPHS)


# --------------------------------------------------------------------------
# Public API


_SECTION_CITY = rf"\s*(?P<city>{_KNOWN_CITY})(?![\w-])"  # compiled on first use (see _compiled)
_SECTION_CITY_IN = (
    rf"(?<![\w-])(?:в|во|у|u|in)\s{{1,2}}(?P<loc>{any_word(_CITY_LOCATIVES)}|{_KNOWN_CITY})(?![\w-])"
)


def city_of_section(heading: str) -> str | None:
    """The city a section heading names, for addresses under it that leave the city out: "Челябинск",
    "Екатеринбург 4 пункта", "Пункты в Челябинске", "Novi Sad", "Stores in Boise" is not known (None)."""
    m = _compiled(_SECTION_CITY).match(heading)
    if m:
        return m.group("city")
    m = _compiled(_SECTION_CITY_IN).search(heading)
    if m:
        return _CITY_LOCATIVES.get(m.group("loc"), m.group("loc"))
    return None


def find_addresses(text: str, *, default_city: str | None = None) -> list[Address]:
    """Every postal address stated in running `text`, in order.

    `default_city` fills in the city where the text names none (a site known
    to be about one city); it does not make a bare street name acceptable.
    """
    return list(_addresses_in(text, default_city))


# A unit repeated on a site's pages (a footer, a card under other headings) is read once.
@functools.lru_cache(maxsize=4096)
def _addresses_in(text: str, default_city: str | None) -> tuple[Address, ...]:
    found: list[Address] = []
    pos = 0
    g = _grammar(lenient=False)
    for candidate in _CANDIDATE.finditer(text):
        at = candidate.start()
        if at < pos or not g.starts_at(text, at):
            continue
        chain = _read_chain(text, at, g, lenient=False)
        address = _to_address(text, chain, default_city, lenient=False) if chain else None
        if address is not None:
            found.append(address)
            pos = chain.end
    return tuple(found)


def normalise_address(raw: str, *, default_city: str | None = None) -> Address | None:
    """The normal form of one address given as a whole (e.g. a joined schema.org
    PostalAddress, or a value this module made); None if it is not an address."""
    return _normalise((raw or "").strip(), default_city)


# Matching and the rules re-read the same stored values many times over.
@functools.lru_cache(maxsize=65536)
def _normalise(text: str, default_city: str | None) -> Address | None:
    if not text:
        return None
    chain = _read_chain(text, 0, _grammar(lenient=True), lenient=True)
    if chain is None:
        return None
    return _to_address(text, chain, default_city, lenient=True)


_SKOI = re.compile(r"(?<=[сц]к)ой(?![а-я])")


def same_address(a: Address, b: Address, *, threshold: float = STREET_MATCH_THRESHOLD) -> bool:
    """Whether two addresses name the same place; `threshold` is the street names' least token_sort_ratio."""
    if a.value == b.value:
        return True
    if not a.house or not b.house or a.house != b.house:
        return False  # 12 and 14, 17 and 17б are different doors
    for x, y in ((a.city, b.city), (a.postcode, b.postcode), (a.unit, b.unit)):
        if x and y and x != y:
            return False
    if not a.street or not b.street:
        return False
    type_a, name_a = _split_street(a.street)
    type_b, name_b = _split_street(b.street)
    if type_a and type_b and _TYPE_KIND.get(type_a, type_a) != _TYPE_KIND.get(type_b, type_b):
        return False  # "ул мира" and "пр-кт мира" are different streets
    # "-ской" and "-ский" are one adjective ("Тверской" read back from "Тверском бульваре" is "тверский")
    name_a, name_b = _SKOI.sub("ский", name_a), _SKOI.sub("ский", name_b)
    if name_a == name_b:
        return True
    if _qualifiers(name_a) != _qualifiers(name_b):
        return False
    if bool(_CYRILLIC.search(name_a)) != bool(_CYRILLIC.search(name_b)):
        # A Russian street on an English page: "31 Pokrovka St" is "ул. Покровка, д. 31".
        name_a, name_b = to_latin(name_a), to_latin(name_b)
    return fuzz.token_sort_ratio(name_a, name_b) >= threshold


def blocking_key(a: Address) -> str:
    """A cheap key to group addresses before fuzzy comparison: the street name's main word."""
    if not a.street:
        return ""
    _, name = _split_street(a.street)
    words = [w for w in name.split() if w not in _QUALIFIERS.values() and not w[:1].isdigit()] or name.split()
    if not words:
        return ""
    return to_latin(max(words, key=len))  # one block for "Покровка" and "Pokrovka"


def _split_street(street: str) -> tuple[str | None, str]:
    """A normal street as (short type or None, name)."""
    first, _, rest = street.partition(" ")
    if rest and first in _SHORT_TYPES:
        return first, rest
    head, _, last = street.rpartition(" ")
    if head and last in _EN_SHORT_TYPES and not _CYRILLIC.search(street):
        return last, head
    return None, street


def _qualifiers(name: str) -> set[str]:
    """Numbers and qualifier stems in a street name: they must agree for a fuzzy match."""
    return {w for w in _WORD.findall(name) if w in _QUALIFIERS.values() or w in _ROMAN_LOWER
            or any(c.isdigit() for c in w)}
