"""Branch names in text: "магазин на Покровке", "Отделение «Тверское»", "Pokrovka store", "Apoteka Centar".

Hand-written because no library reads how Russian, Serbian and English content
teams name a branch: a type word (магазин, аптека, отделение, poslovnica,
store, clinic, ...), a preposition, and a street or place name in any
grammatical case (maybe after a street word or a landmark named after a person
or city: "на ул. Бутлерова", "na aerodromu Nikola Tesla"; maybe an adjective
and a lower-case noun: "Tehnički fakultet", "Ladna voda"; more places after a
plural type word, "Кофейни на Ленина, на Мира", but not after a singular one
named without a preposition: "Perionica Požarevac, u Dunavskoj ulici" is where
that one is), or in English a name before the type word. The type words come
from one table (`TYPE_WORDS`) covering banks, pharmacies, clinics, shops,
offices, cafés, gyms, services and pickup points, every case form spelled out,
so the same table drives the search and the keys.

The key a name is compared by drops type words, prepositions, street words
and quotes and cuts each remaining word to a short script-independent stem,
so "Отделение «Тверское»", "отделения «Тверское»" and "Тверское" share it,
as do "магазина на Покровке" and "Pokrovka store".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from consistency.facts.holidays import HOLIDAY_SPELLINGS
from consistency.facts.word_patterns import any_word

SHOP, PICKUP = "shop", "pickup point"


@dataclass(frozen=True)
class TypeWord:
    """One kind of branch and the forms its word takes: `singular` forms can name one branch, `plural` ones cannot."""

    kind: str  # SHOP or PICKUP
    singular: tuple[str, ...]
    plural: tuple[str, ...] = ()


def _forms(stem: str, endings: str) -> tuple[str, ...]:
    """stem + each ending ("-" is the bare stem): _forms("аптек", "а и е у ой") -> аптека, аптеки, ..."""
    return tuple(stem + ("" if e == "-" else e) for e in endings.split())


# More trades, English: singular -> plural.
_MORE_ENGLISH = {
    "restaurant": "restaurants", "pawnshop": "pawnshops", "pawn shop": "pawn shops", "library": "libraries",
    "school": "schools", "academy": "academies", "theater": "theaters", "theatre": "theatres", "cinema": "cinemas",
    "hotel": "hotels", "barbershop": "barbershops", "boutique": "boutiques", "kiosk": "kiosks",
    "dealership": "dealerships", "laundromat": "laundromats", "outpost": "outposts", "depot": "depots",
    "gallery": "galleries", "lab": "labs", "garage": "garages", "spa": "spas", "laboratory": "laboratories",
    "drop-off": "drop-offs", "drop-off point": "drop-off points", "drop site": "drop sites",
    "car wash": "car washes", "tea house": "tea houses", "tea room": "tea rooms", "tea bar": "tea bars",
    "driving range": "driving ranges", "indoor range": "indoor ranges", "shooting range": "shooting ranges",
    "archery range": "archery ranges",
}
# Of these, the ones that follow a place's name ("the Maple Grove library"); "Poke restaurant", "Driving school" and
# "Boutique hotel" are what a place is, not which one.
_NAMED_AFTER_TYPES = ("pawnshop", "pawn shop", "library", "cinema", "barbershop", "kiosk", "dealership", "laundromat",
                      "outpost", "depot", "gallery", "lab", "garage", "spa", "laboratory", "drop-off",
                      "drop-off point", "drop site", "car wash", "tea house", "tea room", "tea bar", "driving range",
                      "indoor range", "shooting range", "archery range")

# Centres of a trade, by the adjective or noun before the word: Serbian (both scripts), Russian, English.
_CENTRE_TRADES_SR = ("слушн", "сервисн", "медицинск", "стоматолошк", "тренинг", "копи", "фитнес", "образовн")
_CENTRE_TRADES_SR_LATIN = ("slušn", "slusn", "servisn", "medicinsk", "stomatološk", "trening", "kopi", "fitnes",
                           "obrazovn")
# "детский центр на Ленина", "шинный центр в Заречье": a trade's centre in Russian, by its adjective's stem
_CENTRE_TRADES_RU = ("сервисн", "медицинск", "учебн", "стоматологическ", "слухов", "детск", "шинн", "оптическ",
                     "диагностическ", "реабилитационн", "ветеринарн", "логопедическ", "развивающ", "языков",
                     "косметологическ", "спортивн")
# "our South Meadows calibration center": a trade's centre in English, after its place
_CENTRE_TRADES_EN = ("hearing", "copy", "print", "tire", "fitness", "learning", "medical", "dental", "vision", "care",
                     "eye care", "tutoring", "calibration", "repair", "wellness", "training", "auto", "garden", "skin",
                     "sleep", "imaging", "rehab", "recovery", "detail", "lube", "collision")
_CENTRES = (
    tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_SR for e, c in (("и", "центар"), ("ог", "центра"), ("ом", "центру")))
    + tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_SR_LATIN
            for e, c in (("i", "centar"), ("og", "centra"), ("om", "centru")))
    + tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_RU
            for e, c in (("ый", "центр"), ("ого", "центра"), ("ом", "центре"), ("ой", "центр"), ("ий", "центр"),
                         ("его", "центра"), ("ем", "центре")))
    + tuple((t, c) for t in _CENTRE_TRADES_EN for c in ("center", "centre"))
)
_CENTRES_PLURAL = (
    tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_SR for e, c in (("и", "центри"), ("их", "центара")))
    + tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_SR_LATIN for e, c in (("i", "centri"), ("ih", "centara")))
    + tuple((f"{t}{e}", c) for t in _CENTRE_TRADES_RU
            for e, c in (("ые", "центры"), ("ых", "центров"), ("ие", "центры"), ("их", "центров")))
    + tuple((t, c) for t in _CENTRE_TRADES_EN for c in ("centers", "centres"))
)

_SERVICE_COMPLEMENTS = ("розлива", "проката", "обмена", "ремонта", "обслуживания", "связи")

# Russian case forms: a form that is both genitive singular and nominative
# plural ("аптеки", "отделения") is listed as singular, since "для аптеки на
# Невском" names one branch; plural lists hold the forms that never do.
TYPE_WORDS: tuple[TypeWord, ...] = (
    # pickup points first: "пункт выдачи" must win over a shop word around it
    TypeWord(PICKUP, tuple(f + " выдачи" for f in _forms("пункт", "- а у ом е")) + ("пвз",),
             tuple(f + " выдачи" for f in _forms("пункт", "ы ов ам ами ах"))),
    TypeWord(PICKUP, tuple(f + " выдачи" for f in _forms("точк", "а и е у ой"))),
    TypeWord(SHOP, tuple(a + " " + b for a, b in zip(
        ("приёмный", "приёмного", "приёмному", "приёмным", "приёмном", "приемный", "приемного", "приемному", "приемным",
         "приемном"), ("пункт", "пункта", "пункту", "пунктом", "пункте") * 2))
        + tuple(f + " " + g for f in _forms("пункт", "- а у ом е") for g in ("приёма", "приема")),
        ("приёмные пункты", "приёмных пунктов", "приемные пункты", "приемных пунктов")),
    TypeWord(PICKUP, ("постамат", "постамата", "постамате", "постаматом") + _forms("пакетомат", "- а е у ом")
             + _forms("paketomat", "- a e u om"),
             _forms("постамат", "ы ов ах") + _forms("пакетомат", "ы и ов а има") + _forms("paketomat", "i a ima")),
    TypeWord(PICKUP, ("pickup point", "pick-up point", "pickup location", "pick-up location"),
             ("pickup points", "pick-up points", "pickup locations", "pick-up locations")),
    TypeWord(PICKUP, tuple(f + " preuzimanja" for f in ("punkt", "punkta", "punktu", "mesto", "mesta", "mestu"))
             + tuple(f + " преузимања" for f in ("пункт", "пункта", "пункту", "место", "места", "месту"))),
    # shops and salons
    TypeWord(SHOP, _forms("магазин", "- а у ом е"), _forms("магазин", "ы ов ам ами ах")),
    TypeWord(SHOP, _forms("салон", "- а у ом е"), _forms("салон", "ы ов ам ами ах")),
    TypeWord(SHOP, tuple(f + " продаж" for f in _forms("офис", "- а у ом е ы")) + tuple(
        f + " продаж" for f in _forms("точк", "а и е у ой"))),
    TypeWord(SHOP, _forms("шоу-рум", "- а е ом ы") + _forms("шоурум", "- а е ом ы")),
    TypeWord(SHOP, _forms("прода", "вница внице вници вницу вницом") + _forms("prodavnic", "a e i u om")),
    TypeWord(SHOP, _forms("радњ", "а е и у ом") + _forms("radnj", "a e i u om")),
    TypeWord(SHOP, ("продајно место", "продајног места", "продајном месту", "prodajno mesto", "prodajnog mesta",
                    "prodajnom mestu", "prodajni objekat", "prodajnom objektu"),
             ("продајна места", "продајним местима", "prodajna mesta", "prodajnim mestima")),
    # a repair service's drop-off point: "Пријемно место Азања", "prijemnom mestu u Lapovu"
    TypeWord(SHOP, ("пријемно место", "пријемног места", "пријемном месту", "prijemno mesto", "prijemnog mesta",
                    "prijemnom mestu"), ("пријемна места", "пријемним местима", "prijemna mesta", "prijemnim mestima")),
    TypeWord(SHOP, _forms("објек", "ат та ту том") + _forms("objek", "at ta tu tom"),
             _forms("објек", "ти ата тима") + _forms("objek", "ti ata tima")),
    TypeWord(SHOP, ("store", "shop", "outlet", "showroom", "flagship"),
             ("stores", "shops", "outlets", "showrooms", "flagships")),
    TypeWord(SHOP, _forms("гипермаркет", "- а е ом") + _forms("супермаркет", "- а е ом")
             + _forms("универсам", "- а е ом") + _forms("маркет", "- а е ом") + _forms("павильон", "- а е ом"),
             _forms("гипермаркет", "ы ов ах") + _forms("супермаркет", "ы ов ах")),
    TypeWord(SHOP, _forms("химчистк", "а и е у ой") + _forms("прачечн", "ая ой ую") + _forms("ателье", "-"),
             _forms("химчист", "ок кам ках")),
    TypeWord(SHOP, _forms("агентств", "о а у ом е") + _forms("представительств", "о а у ом е"),
             _forms("агентств", "ам ах")),
    # banks and offices
    TypeWord(SHOP, _forms("филиал", "- а у ом е"), _forms("филиал", "ы ов ам ами ах")),
    TypeWord(SHOP, _forms("отделени", "е я ю ем и"), _forms("отделени", "й ям ями ях")),
    TypeWord(SHOP, _forms("офис", "- а у ом е"), _forms("офис", "ы ов ам ами ах")),
    TypeWord(SHOP, _forms("филијал", "а е и у ом") + _forms("filijal", "a e i u om")),
    TypeWord(SHOP, _forms("експозитур", "а е и у ом") + _forms("ekspozitur", "a e i u om")),
    TypeWord(SHOP, _forms("пословниц", "а е и у ом") + _forms("poslovnic", "a e i u om")),
    TypeWord(SHOP, _forms("канцелариј", "а е и у ом") + _forms("kancelarij", "a e i u om"),
             _forms("канцелариј", "ама") + _forms("kancelarij", "ama")),
    TypeWord(SHOP, ("branch", "office", "location"), ("branches", "offices", "locations")),
    # a driving or language school's classroom in another town: "Учионица Јошаничка Бања", "učionica u Baljevcu"
    TypeWord(SHOP, _forms("учиониц", "а е и у ом") + _forms("učionic", "a e i u om") + _forms("ucionic", "a e i u om")),
    # pharmacies, clinics, opticians
    TypeWord(SHOP, _forms("аптек", "а и е у ой"), _forms("аптек", "- ам ами ах")),
    # "u apoteci Kamilica Kraljevo": the locative softens k to c
    TypeWord(SHOP, _forms("апотек", "а е и у ом") + _forms("apotek", "a e i u om") + ("апотеци", "apoteci")),
    TypeWord(SHOP, _forms("клиник", "а и е у ой") + _forms("поликлиник", "а и е у ой"), _forms("клиник", "ам ами ах")),
    TypeWord(SHOP, _forms("клиник", "а е и у ом") + _forms("klinik", "a e i u om") + ("клиници", "klinici")),
    TypeWord(SHOP, _forms("амбулант", "а е и у ом") + _forms("ambulant", "a e i u om")),
    TypeWord(SHOP, _forms("травмпункт", "- а у ом е"), _forms("травмпункт", "ы ов ах")),
    # a bare "пункт" names a place only with a preposition and a name: "Пункт на Малышева" (not "пункт 3.2")
    TypeWord(SHOP, _forms("пункт", "- а у ом е"), _forms("пункт", "ы ов ам ами ах")),
    # Serbian "punkt", a small outlet: "Punkt Beočin", "punkt u TC Dunav"; "испостава", a branch's outpost
    TypeWord(SHOP, _forms("punkt", "- a u om") + _forms("испостав", "а е и у ом") + _forms("ispostav", "a e i u om"),
             _forms("punkt", "ovi ova ovima") + _forms("пункт", "ови ова овима") + _forms("испостав", "е а ама")
             + _forms("ispostav", "e a ama")),
    TypeWord(SHOP, _forms("лаборатори", "я и ю ей") + _forms("laboratorij", "a e i u om") + _forms("лабораториј", "а е и у ом"),
             _forms("лаборатори", "й ям ях")),
    TypeWord(SHOP, tuple(f + " забора" for f in _forms("пункт", "- а у ом е")) + _forms("зоомагазин", "- а у ом е")
             + _forms("автомойк", "а и е у ой") + _forms("гостиниц", "а ы е у ей") + _forms("хостел", "- а е ом"),
             _forms("зоомагазин", "ы ов ах") + _forms("автомо", "ек йкам йках")),
    TypeWord(SHOP, _forms("menjačnic", "a e i u om") + _forms("мењачниц", "а е и у ом") + _forms("menjacnic", "a e i u om")),
    TypeWord(SHOP, _forms("cvećar", "a e i u om") + _forms("цвећар", "а е и у ом") + _forms("cvecar", "a e i u om"),
             _forms("cvećar", "ama") + _forms("цвећар", "ама")),
    TypeWord(SHOP, _forms("ординациј", "а е и у ом") + _forms("ordinacij", "a e i u om")),
    TypeWord(SHOP, ("медцентр", "медцентра", "медцентре", "медцентром", "ветклиника", "ветклиники", "ветклинике",
                    "ветклинику", "ветклиникой", "ветцентр", "ветцентра", "ветцентре", "ветаптека", "ветаптеки",
                    "ветаптеке", "стоматология", "стоматологии"), ("ветклиник", "ветклиниках", "ветклиникам")),
    TypeWord(SHOP, ("urgent care center", "urgent care centre", "urgent care clinic", "financial center",
                    "service center", "service centre"), ("urgent care centers", "urgent care clinics")),
    TypeWord(SHOP, _forms("оптик", "а и е у ой ом") + _forms("optik", "a e i u om") + ("оптици", "optici")),
    # "our Glenwood hospital": a vet's or a clinic group's branch ("Glenwood Animal Hospital" is its brand)
    TypeWord(SHOP, ("clinic", "pharmacy", "drugstore", "hospital"),
             ("clinics", "pharmacies", "drugstores", "hospitals")),
    # food and leisure
    TypeWord(SHOP, _forms("кофейн", "я и е ю ей"), _forms("кофе", "ен йням йнями йнях")),
    TypeWord(SHOP, _forms("кафић", "- а у ем") + _forms("kafić", "- a u em") + _forms("kafic", "- a u em")
             + _forms("чајџиниц", "а е и у ом") + _forms("čajdžinic", "a e i u om") + _forms("cajdzinic", "a e i u om"),
             _forms("чајџиниц", "е ама") + _forms("čajdžinic", "e ama")),
    TypeWord(SHOP, ("кафе", "café", "cafe", "coffee shop", "bakery"),
             ("cafés", "cafes", "coffee shops", "bakeries")),
    TypeWord(SHOP, _forms("пекарн", "я и е ю ей"), _forms("пекар", "ен ням нями нях")),
    TypeWord(SHOP, _forms("пекар", "а е и у ом") + _forms("pekar", "a e i u om")),
    TypeWord(SHOP, _forms("књижар", "а е и у ом") + _forms("knjižar", "a e i u om") + _forms("knjizar", "a e i u om")),
    # copy and print shops: "Kopirnica Centar", "Копицентр на Ленина", "Štamparija"
    TypeWord(SHOP, _forms("копирниц", "а е и у ом") + _forms("kopirnic", "a e i u om")
             + _forms("штампариј", "а е и у ом") + _forms("štamparij", "a e i u om")
             + _forms("копицентр", "- а е ом у"),
             _forms("копирниц", "е ама") + _forms("kopirnic", "e ama") + _forms("копицентр", "ы ов ах ам")),
    TypeWord(SHOP, _forms("клуб", "- а у ом е") + _forms("фитнес-клуб", "- а у ом е"),
             _forms("клуб", "ы ов ам ами ах")),
    TypeWord(SHOP, _forms("студи", "я и ю ей"), ()),
    # a car service station, written in capitals ("СТО на Савушкина"); "сто" in lower case is a hundred
    TypeWord(SHOP, ("сто",)),
    # a Serbian studio ("Студио Запад"); "студија" is also a study, so only the forms no study takes
    TypeWord(SHOP, ("студио", "студиом")),
    TypeWord(SHOP, ("club", "gym", "studio", "salon"), ("clubs", "gyms", "studios", "salons")),
    TypeWord(SHOP, _forms("salon", "a u om") + _forms("studij", "a u om") + _forms("studi", "o ja ju jom"),
             _forms("salon", "i ima")),
    TypeWord(SHOP, _forms("теретан", "а е и у ом") + _forms("teretan", "a e i u om")),
    TypeWord(SHOP, _forms("огран", "ак ка ку ком") + _forms("ogran", "ak ka ku kom") + _forms("локациј", "а е и у ом")
             + _forms("lokacij", "a e i u om") + _forms("радиониц", "а е и у ом") + _forms("radionic", "a e i u om")
             + _forms("периониц", "а е и у ом") + _forms("perionic", "a e i u om"),
             _forms("огран", "ци ака") + _forms("ogran", "ci aka")),
    # services and workshops
    TypeWord(SHOP, _forms("сервис", "- а у ом е") + _forms("автосервис", "- а у ом е")
             + _forms("техцентр", "- а у ом е") + _forms("servis", "- a u om"), _forms("автосервис", "ы ов")),
    TypeWord(SHOP, _forms("мастерск", "ая ой ую"), ()),
    TypeWord(SHOP, _forms("цех", "- а у ом е"), ()),
    TypeWord(SHOP, _forms("склад", "- а у ом е"), _forms("склад", "ы ов ах")),
    # plant nurseries: "Питомник в селе Заворонежское", "Rasadnik u Ubu"
    TypeWord(SHOP, _forms("питомник", "- а у ом е") + _forms("расадник", "- а у ом") + _forms("rasadnik", "- a u om"),
             _forms("питомник", "и ов ам ах") + _forms("расадни", "ци ка") + _forms("rasadni", "ci ka")),
    TypeWord(SHOP, ("workshop", "warehouse"), ("workshops", "warehouses")),
    # a type word with the service it gives: "пункт розлива на Гоголя", "салон связи на Ленина" ("центр" is left
    # out: as a type word it would leave "Centar" and "Center" out of every name's key)
    TypeWord(SHOP, tuple(f"{f} {c}" for f in _forms("пункт", "- а у ом е") + _forms("офис", "- а у ом е")
                         + _forms("салон", "- а у ом е") for c in _SERVICE_COMPLEMENTS),
             tuple(f"{f} {c}" for f in _forms("пункт", "ы ов ах") + _forms("офис", "ы ов ах")
                   + _forms("салон", "ы ов ах") for c in _SERVICE_COMPLEMENTS)),
    # more trades a chain runs branches of: pawnshops, bathhouses, schools, restaurants, ticket desks
    TypeWord(SHOP, _forms("ломбард", "- а у ом е") + _forms("бутик", "- а у ом е") + _forms("киоск", "- а у ом е")
             + _forms("шиномонтаж", "- а у ем е") + _forms("барбершоп", "- а у ом е") + ("азс",),
             _forms("ломбард", "ы ов ам ами ах") + _forms("бутик", "ы ов ах") + _forms("киоск", "ы ов ах")),
    # play rooms, tyre shops, filling stations, kindergartens: "Igraonica Kotlujevac", "Vulkanizer na Bulevaru",
    # "Пумпа у Ћићевцу", "Вртић Сунце"; Russian delis and canteens
    TypeWord(SHOP, _forms("igraonic", "a e i u om") + _forms("играониц", "а е и у ом") + _forms("vulkanizer", "- a u om")
             + _forms("вулканизер", "- а у ом") + _forms("pump", "a e i u om") + _forms("пумп", "а е и у ом")
             + _forms("vrtić", "- a u em") + _forms("вртић", "- а у ем") + _forms("кулинари", "я и ю ей")
             + _forms("станиц", "а е и у ом") + _forms("stanic", "a e i u om")
             + ("столовая", "столовой", "столовую") + _forms("велосервис", "- а у ом е")
             + _forms("веломастерск", "ая ой ую") + _forms("веломагазин", "- а у ом е")
             + _forms("biciklan", "a e i u om") + _forms("бициклан", "а е и у ом")
             + _forms("autoperionic", "a e i u om") + _forms("аутоперониц", "а е и у ом"),
             _forms("igraonic", "e a ama") + _forms("играониц", "е а ама") + _forms("pump", "e i ama")
             + _forms("пумп", "е и ама") + _forms("vrtić", "i a ima") + _forms("вртић", "и а има")
             + _forms("станиц", "е а ама") + _forms("stanic", "e a ama")),
    # tea rooms, corner shops, rental points and car washes: "Чайная на Кирова", "Лавка у Покровских ворот",
    # "Прокат в Кировском парке", "мойка на Трактовой"; Serbian Latin "butik", "trafika"
    TypeWord(SHOP, ("чайная", "чайной", "чайную") + _forms("лавк", "а и е у ой") + _forms("прокат", "- а у ом е")
             + _forms("мойк", "а и е у ой") + _forms("butik", "- a u om") + _forms("trafik", "a e i u om")
             + _forms("трафик", "а е и у ом"),
             ("чайные", "чайных") + _forms("лавк", "и ах ам") + _forms("мойк", "и ах ам") + _forms("butik", "i a ima")),
    TypeWord(SHOP, _forms("бан", "я е ю ей") + _forms("саун", "а ы е у ой") + _forms("фотостуди", "я и ю ей")
             + ("фотоателье",) + _forms("бассейн", "- а у ом е") + _forms("кинотеатр", "- а у ом е")
             + _forms("библиотек", "а и е у ой") + _forms("отел", "ь я ю ем е"),
             _forms("бассейн", "ы ов ам ах") + _forms("кинотеатр", "ы ов ах") + _forms("библиотек", "ам ах")),
    TypeWord(SHOP, _forms("школ", "а ы е у ой") + _forms("автошкол", "а ы е у ой") + _forms("ресторан", "- а у ом е")
             + _forms("пиццери", "я и ю ей") + _forms("кондитерск", "ая ой ую") + _forms("булочн", "ая ой ую")
             + _forms("парикмахерск", "ая ой ую"),
             _forms("школ", "ам ах") + _forms("ресторан", "ы ов ам ах") + _forms("пиццери", "й ям ях")),
    TypeWord(SHOP, _forms("zalagaonic", "a e i u om") + _forms("залагаониц", "а е и у ом")
             + _forms("picerij", "a e i u om") + _forms("пицериј", "а е и у ом")
             + _forms("restoran", "- a u om") + _forms("poslastičarnic", "a e i u om")
             + _forms("посластичарниц", "а е и у ом") + _forms("bioskop", "- a u om") + _forms("биоскоп", "- а у ом")
             + _forms("bazen", "- a u om") + _forms("базен", "- а у ом") + _forms("škol", "a e i u om")
             + _forms("stovarišt", "e a u em") + _forms("стовариш", "те та ту тем")
             + _forms("blagajn", "a e i u om") + _forms("благајн", "а е и у ом")
             + _forms("agencij", "a e i u om") + _forms("агенциј", "а е и у ом") + _forms("hotel", "- a u om"),
             _forms("zalagaonic", "e ama") + _forms("picerij", "e ama") + _forms("restoran", "i ima")),
    TypeWord(SHOP, tuple(_MORE_ENGLISH), tuple(_MORE_ENGLISH.values())),
    # a centre of a trade ("Слушни центар Крагујевац", "our Fairborn copy center"), or any centre with a preposition
    # and its place ("центар у Крагујевцу", "центр на Ленина"); "Центар" alone is a part of town ("Пекара Центар")
    TypeWord(SHOP, tuple(f"{a} {c}" for a, c in _CENTRES)
             + tuple(f"{c} {p}" for c in _forms("центр", "- а у ом е") for p in ("на", "в", "во"))
             + tuple(f"{c} {p}" for c in _forms("центр", "а у ом") + ("центар",) for p in ("у", "на"))
             + tuple(f"{c} {p}" for c in _forms("centr", "a u om") + ("centar",) for p in ("u", "na")),
             tuple(f"{a} {c}" for a, c in _CENTRES_PLURAL)),
)

# Spaces inside a name: never a line break, which ends a card's title or a list item.
_S = r"[ \t\u00a0]"
_PREPOSITIONS = ("на", "в", "во", "у", "возле", "около", "at", "on", "in", "u", "na", "kod", "код")
_PREP = r"(?i:" + "|".join(_PREPOSITIONS) + r")"
# Words between a preposition and the place: "на ул. Бутлерова", "у метро «Московская»", "в ТЦ «Аура»".
_STREET_WORDS = (
    r"(?i:ул\.|улиц[аеиу]|пр-т|пр-кт|просп\.|проспект[еау]?|пер\.|переул(?:ок|ке|ка)|бул\.|б-р|бульвар[еа]?|ш\."
    r"|шоссе|пл\.|площад(?:ь|и)|наб\.|набережн(?:ая|ой)|ст\." + _S + r"?м\.|м\.|метро|станци[ияю]" + _S + r"+метро"
    r"|ТЦ|ТРЦ|ТК|БЦ|торгов(?:ом|ый)" + _S + r"+центр[еа]?|ulic[aie]|улиц[аие]|bulevar[ua]?|булевар[уа]?|trg[u]?"
    r"|(?:tržn|trzn|тржн)(?:om|i|ом|и)" + _S + r"+(?:centr[ua]|centar|центр[уа]|центар)"
    # a landmark named after a person or a city: "na aerodromu Nikola Tesla", "на вокзале Казань-1"
    r"|тргу?|TC|аэропорт[уае]?|вокзал[еау]?|aerodrom[ua]?|аеродром[уа]?"
    # the centre of a town: "Продавница у центру Љубовије", "магазин в центре Сызрани", "radnja u centru Čačka"
    r"|центру|центре|centru"
    # a village or a settlement before its name: "Питомник в селе Заворонежское", "Prodavnica u selu Brestovac"
    r"|сел[еоау]|пос[её]лк[еау]|пос[её]лок|деревн[еия]|станиц[еы]|пгт\.?|sel[ua]|village" + _S + r"+of)" + _S + r"*"
)
_CAP = r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ]"
# A part of the name after a spaced dash: "prodavnica Niš – Centar", "Store #1215 – Stone Oak"; never a day or
# hours ("Магазин на Ленина – Пн–Пт 9–18").
_DASH_DAY = (
    r"(?:Пн|Вт|Ср|Чт|Пт|Сб|Вс|Пон|Уто|Сре|Чет|Пет|Суб|Нед|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Pon|Uto|Sre|Čet|Pet|Sub|Ned"
    r"|Ежедневно|Daily|Open|Closed|Работа|Radi|Ради|Круглосуточно|Nonstop|Non-stop|Нон-стоп)"
)
_QUOTED = r"(?:«[^»\n]{1,40}»|„[^“”\n]{1,40}[“”]|\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”)"
_CAPWORDS = _CAP + r"[\w-]{1,30}(?:" + _S + r"+" + _CAP + r"[\w-]{0,30}){0,2}"
_DASH_PART = (
    r"(?:" + _S + r"–" + _S + r"(?!" + _DASH_DAY + r")" + _CAP + r"[\w]{1,30}(?:" + _S + r"+" + _CAP + r"[\w]{1,30})?"
    r"(?=" + _S + r"*(?:[(:\n]|$)))?"  # the name ends there: "Niš – Centar (Nikole Pašića 24)", "– Stone Oak:"
)
# A street noun after the place's adjective: "на Сибирском тракте", "на Московском вокзале", "на Невском проспекте".
_STREET_AFTER = (
    r"(?:" + _S + r"+(?:проспект[еау]?|тракт[еау]?|вокзал[еау]?|шоссе|бульвар[еау]?|переулк[еау]|проезд[еау]?"
    r"|рынк[еау]|площади|набережной|улице|парк[еау]?|район[еау]?|микрорайон[еау]?|квартал[еау]?|берег[еау]?"
    # Serbian places named by an adjective and a common noun: "Zeleni venac", "Stari grad", "Banovo brdo"
    r"|venc[au]|venac|венц[ау]|венац|grad[au]?|град[ау]?|brd[ou]|брд[оу]|most[au]?|мост[ау]?|gaj[au]?|гај[ау]?"
    r"|naselj[eu]|насељ[еу]"
    # "Tehnički fakultet", "Ladna voda", "Sunčani kej", "Bežanijsko polje", "Zeleni breg", "Zelena pijaca"
    r"|fakultet[au]?|факултет[ау]?|vod[aeiu]|вод[аеиу]|kej[au]?|кеј[ау]?|polj[eau]|пољ[еау]|breg[au]?|брег[ау]?"
    r"|pijac[aeiu]|пијац[аеиу])(?![\w-]))?"
)
# A place: quoted; a number ("Аптека № 12", "Store #1042"); or capitalised words, maybe led by a number ("8 Марта";
# in English "at 12 Main Street" is an address) or followed by a quoted name.
_PLACE = (
    r"(?:" + _QUOTED + r"|(?:№|#|No\.?|N|br\.|бр\.)" + _S + r"?[0-9]{1,5}(?![\w-])"
    # "Store #1215 – Stone Oak": a number and the place it stands for
    r"(?:" + _S + r"[–—-]" + _S + r"(?=[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])" + r"[\w-]{1,30}(?:" + _S + r"+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{0,30}){0,2})?"
    # "8 Марта", "10 лет Октября", "50 лет Победы": streets named after a date or an anniversary
    # a Serbian square, boulevard or quay named by a common noun in the genitive: "на Тргу ослобођења", "na Trgu
    # slobode", "на Булевару ослобођења" (its name is lower case)
    r"|(?:Trgu?|Тргу?|Bulevaru?|Булевару?|Keju?|Кеју?)" + _S + r"+[a-zčćšžđа-яђјљњћџ]{3,20}(?![\w-])"
    r"|(?:[0-9]{1,4}" + _S + r"+(?:лет" + _S + r"+)?(?=[А-ЯЁЂЈЉЊЋЏ]))?" + _CAPWORDS + _STREET_AFTER + r"(?:" + _S + r"+" + _QUOTED + r")?"
    + _DASH_PART + r")"
)


def _alternation(forms) -> str:
    """Forms as one alternation, longest first, spaces matching any run of spaces."""
    return any_word(forms, space=_S + "+")


# Forms that are both genitive singular and nominative plural: without a preposition that asks for the genitive
# ("для аптеки «Здоровье»"), "Аптеки «Здоровье»" and "Apoteke Zdravlje" are the chain, not one branch.
_AMBIGUOUS = frozenset(
    "аптеки кофейни пекарни клиники поликлиники химчистки оптики студии отделения агентства представительства "
    "ветклиники стоматологии apoteke апотеке pekare пекаре knjižare књижаре knjizare prodavnice продавнице poslovnice "
    "лаборатории laboratorije лабораторије menjačnice мењачнице cvećare цвећаре автомойки гостиницы "
    "пословнице filijale филијале ekspoziture експозитуре radnje радње klinike клинике ambulante амбуланте "
    "ordinacije ординације kancelarije канцеларије optike оптике teretane теретане lokacije локације radionice радионице "
    "бани сауны фотостудии библиотеки школы автошколы пиццерии zalagaonice залагаонице picerije пицерије škole "
    "blagajne благајне agencije агенције".split()
)
_GENITIVE_BEFORE = re.compile(
    r"(?i:для|у|из|от|возле|около|до|после|вместо|кроме|напротив|od|do|iz|kod|од|из|код|ispred|испред)" + _S + r"+$"
)
_SINGULAR = {f.casefold(): t for t in TYPE_WORDS for f in t.singular}
_PLURAL = {f.casefold(): t for t in TYPE_WORDS for f in t.plural}
# No match inside a word: "bookshop", "интернет-магазин".
_TYPE = r"(?<![\w-])(?P<type>(?i:" + _alternation(list(_SINGULAR) + list(_PLURAL)) + r"))(?![\w-])"
# A capitalised adjective before the type word belongs to the name: "Кузовной цех на Машиностроителей".
_ADJECTIVE = r"(?:(?P<adj>[А-ЯЁ][а-яё-]{1,20}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие))" + _S + r"+)?"
# What a branch sells or does, in the genitive, between its type word and where it is: "продавница чаја у
# Трстенику", "магазин одежды на Ленина", "prodavnica obuće u Nišu"; never a verb or an adverb ("ради у",
# "находится на", "тоже на").
_COMPLEMENT = (
    r"(?:" + _S + r"+(?P<complement>(?!(?i:ради|раде|radi|rade|такође|takođe|takodje|сада|sada|опет|opet|још|još|всегда|снова|уже"
    r"|тоже|также|теперь|была|было|были|будет|работа)(?![\w-]))[а-яёђјљњћџa-zčćšžđ]{2,19}"
    r"(?:а|я|ы|и|е|ов|ев|ей|a|e|i)(?<!ся))(?=" + _S + r"+" + _PREP + _S + r"+" + _CAP + r"))?"
)
_AFTER_OWN_PREPOSITION = "(?:" + "|".join(f"(?<=\\s{p}\\s)" for p in ("на", "в", "во", "у", "na", "u")) + ")"
_NAME_AFTER = re.compile(
    _ADJECTIVE + _TYPE + r"(?:" + _S + r"+(?P<brand>" + _QUOTED + r"))?" + _COMPLEMENT +
    r"(?:" + _S + r"+(?P<prep>" + _PREP + r")" + _S + r"+(?:" + _STREET_WORDS + r")?|" + _S + r"+"
    # a type word that ends in its preposition ("центр на") before a street's word: "Центр на проспекте Октября" (a
    # mall's stays part of the place: "Центр в ТЦ «Аура»")
    r"(?:" + _AFTER_OWN_PREPOSITION + r"(?!ТЦ|ТРЦ|ТК|БЦ|TC|торгов|м\.|метро|станци|ст\.)" + _STREET_WORDS + r")?)"
    r"(?P<place>" + _PLACE + ")"
    # "Аптека № 12 на Ленина": a number and then a place
    r"(?:(?<=[0-9])" + _S + r"+" + _PREP + _S + r"+(?:" + _STREET_WORDS + r")?(?P<place2>" + _CAPWORDS + r"))?"
)
# "Кофейни на Республиканской и на Ленина": more places for the same type word.
_MORE = re.compile(
    r"(?:" + _S + r"*," + _S + r"*(?=" + _PREP + r"\s)|" + _S + r"+(?:и|and|i|или|or)" + _S + r"+)"
    r"(?:(?P<prep>" + _PREP + r")" + _S + r"+(?:" + _STREET_WORDS + r")?)?(?P<place>" + _PLACE + ")"
)
# English type words: the only ones that follow the name ("Pokrovka store") and need a preposition before one.
_ENGLISH_TYPES = (
    "store", "shop", "outlet", "showroom", "flagship", "branch", "office", "location", "clinic", "pharmacy",
    "drugstore", "hospital", "café",
    "cafe", "coffee shop", "bakery", "club", "gym", "studio", "salon", "workshop", "service center",
    "service centre", "warehouse", "pickup point", "pick-up point", "pickup location", "pick-up location",
    "urgent care center", "urgent care centre", "urgent care clinic", "financial center",
    *_NAMED_AFTER_TYPES,
)
_ENGLISH_PLURALS = (
    "stores", "shops", "outlets", "showrooms", "flagships", "branches", "offices", "locations", "clinics",
    "pharmacies",
    "drugstores", "hospitals", "cafés", "cafes", "coffee shops", "bakeries", "clubs", "gyms", "studios", "salons",
    "workshops",
    "warehouses", "pickup points", "pick-up points", "pickup locations", "pick-up locations", "urgent care centers",
    "urgent care clinics", *(_MORE_ENGLISH[t] for t in _NAMED_AFTER_TYPES),
)
_ENGLISH = {f.casefold() for f in _ENGLISH_TYPES + _ENGLISH_PLURALS} | {
    f"{t} {c}" for t in _CENTRE_TRADES_EN for c in ("center", "centre", "centers", "centres")}
# English type words that Serbian writes before the name too: "Salon Čačak", "Studio Vračar".
_BOTH_ORDERS = frozenset(("salon", "studio"))
_NAME_NEXT = re.compile(r"[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ«„\"]")
# A word of an English place: capitalised, or an abbreviation with its dot ("Mt. Lebanon", "St. Matthews", "Pine St.").
# a capitalised word, an abbreviation, a street's ordinal ("the East 10th Street clinic") or an initial before a
# capitalised word ("the C Y Avenue shop"; not "A" or "I", an article or a pronoun)
_EN_WORD = (r"(?:(?:Mt|Ft|Pt|St|Ste|Ave|Rd|Blvd|Hwy|Pkwy|Sq|N|S|E|W|NE|NW|SE|SW)\.|[A-Z][\w'&-]{1,30}"
            r"|(?<![\w'&.-])[B-HJ-Z](?=[ \t]{1,2}[A-Z])|\d{1,3}(?:st|nd|rd|th))")
_EN_PLACE = _EN_WORD + r"(?:" + _S + r"+" + _EN_WORD + r"){0,2}"
_EN_PLACE_RE = re.compile(_EN_PLACE)
# A mall's or an office block's adjective before its "центр": "торговом", "бизнес-", "тржном", "shopping".
_MALL_BEFORE = re.compile(
    r"(?i:торгов\w{0,3}|торгово-развлекательн\w{0,3}|делов\w{0,3}|бизнес-|офисн\w{0,3}|тржн\w{0,3}|tržn\w{0,3}"
    r"|trzn\w{0,3}|пословн\w{0,3}|poslovn\w{0,3}|shopping|business)" + _S + r"{0,2}$"
)
_CENTRE_WORDS = ("центр", "центар", "centar", "centr")
# "в", "у", "u" (maybe "самом") before a centre: the town's centre, where a place is, not a centre of a trade.
_IN_BEFORE = re.compile(r"(?<![\w-])(?i:в|во|у|u)(?:" + _S + r"{1,2}(?i:самом|samom))?" + _S + r"{1,2}$")
# What stands before a type word that makes it no branch name: "сеть аптек «Здоровье+»", "chain of stores" (the
# company), "три магазина в Казани", "четыре книжных магазина", "two offices" (a count), "Naše apoteke u
# Kragujevcu" (all of them).
_NOT_A_NAME_BEFORE = re.compile(
    r"(?i:сеть|сети|сетью|chain|network|lanac|ланац|mreža|мрежа|[0-9]+|два|две|три|четыре|пять|шесть|семь|восемь"
    r"|девять|десять|несколько|много|two|three|four|five|six|several|many|dva|dve|tri|četiri|pet|два|две|три|четири"
    r"|пет|наши|наших|нашим|naše|naši|naših|našim|наше|наших|нашим)" + _S + r"+(?:of" + _S + r"+)?"
    r"(?:[а-яёa-z-]{2,20}(?:ых|их|ые|ие|ya|ih|e|i)" + _S + r"+)?$"
)

_QUOTED_RE = re.compile(_QUOTED)
_NUMBERED = re.compile(r"(?:№|#|No\.?|N|br\.|бр\.)" + _S + r"?[0-9]")
# A sentence led by a preposition and a place, right before its type word: "В Амурске ломбард", "U Čačku apoteka".
_PLACE_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<prep>В|Во|У|U)" + _S + r"+(?P<place>" + _CAP + r"[\w-]{2,30})" + _S + r"+$"
)
# "the downtown Missoula shop", "our uptown store": a part of town said in lowercase leads the place, or is it
_PART_OF_TOWN = r"(?:downtown|uptown|midtown)"
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?P<place>" + _PART_OF_TOWN + r"(?:" + _S + r"+" + _EN_PLACE + r")?|" + _EN_PLACE + r")"
    # "Dog River Landing Main shop", "the Mitchell outreach clinic", "the Snowbowl base shop", "the C Y Avenue pro
    # shop": the shop's rank or role between its place and its type is no part of its name
    r"(?P<rank>" + _S + r"{1,2}(?:[Mm]ain|[Ff]lagship|[Oo]riginal|[Oo]utreach|[Ss]atellite|[Ee]xpress|[Ww]alk-in"
    r"|[Dd]rive-(?:thru|through)|[Aa]nnex|[Bb]ase|[Pp]ro))?" + _S + r"+$")
# "the Jaffrey print studio", "our Elm Street repair shop": the trade between a place and a lower-case type word is
# part of the name, after "the" or "our" that make it one of the company's places
_PLACE_TRADE_BEFORE = re.compile(
    r"(?<![\w-])(?i:the|our)" + _S + r"{1,2}(?P<place>" + _EN_PLACE + r")" + _S + r"{1,2}[a-z]{3,12}" + _S + r"{1,2}$")
_LEADING_ARTICLE = re.compile(r"The" + _S + r"{1,2}(?=\S)")
_THE_PLACE_BEFORE = re.compile(r"(?<![\w-])(?i:the)" + _S + r"{1,2}" + _EN_PLACE + _S + r"{1,2}$")
_LANDMARK_BEFORE = re.compile(
    r"(?i:across\s{1,2}from|next\s{1,2}to|opposite|behind|beside|near|inside|(?:level|floor|wing|side|corner|part)"
    r"\s{1,2}of"
    # "ориентир — АЗС «Лукойл»", "рядом с аптекой", "напротив магазина", "pored prodavnice", "преко пута апотеке"
    r"|ориентир\s{0,2}[—–:-]?|рядом\s{1,2}с|напротив|возле|около|позади|pored|поред|preko\s{1,2}puta|преко\s{1,2}пута"
    r"|iza|иза)\s{1,2}(?:the\s{1,2})?(?:(?i:old|former|historic)\s{1,2})?"
    # the landmark's own adjective: "иза бензинске пумпе", "рядом с продуктовым магазином", "pored glavne pošte"
    r"(?:[^\W\d_A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ]{2,20}(?:ске|ског|ском|ој|ог|ом|ый|ий|ой|ая|ое|ее|ые|ие|ого|его|ым|им|ske|skog"
    r"|skom|oj|og|om|e)\s{1,2})?$")
_LANDMARK_REACH = 48  # characters back from a name or type word to the word that makes it a landmark
_PLACES_BEFORE = re.compile(
    r"(?<![\w-])(?P<places>" + _EN_PLACE + r"(?:," + _S + r"+" + _EN_PLACE + r"){0,4},?" + _S + r"+and" + _S + r"+"
    + _EN_PLACE + r")" + _S + r"+$"
)
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]{1,20}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)" + _S + r"+$")
_COLON = re.compile(_S + r"{0,3}:")  # "отделения: «Тверское» — ..., «Профсоюзное» — ..."
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_FORMS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _form in sorted(set(_SINGULAR) | set(_PLURAL), key=lambda f: -len(f.split())):
    _FORMS_BY_FIRST.setdefault(_form.split()[0], []).append(tuple(_form.split()))
_LONGEST_FORM = 2 * max(map(len, set(_SINGULAR) | set(_PLURAL)))  # with room for the gaps between its words
_LIST_END = re.compile(r"[.!?…](?:\s|$)|\n")

_GENERIC = {
    "the", "our", "your", "all", "every", "each", "any", "other", "new", "main", "this", "that", "these", "those",
    "nearest", "local", "both", "some", "for", "для", "наш", "наши", "нашем", "нашей", "наша", "все", "всех", "каждый",
    # "Regular store hours", "Online store", "any participating store", "the box office": no place
    "regular", "normal", "usual", "online", "retail", "physical", "participating", "partner", "gift", "box", "post",
    "sales", "ticket", "pop-up", "popup", "temporary", "mobile", "primary", "secondary", "newest", "closest",
    "repair", "service", "customer", "corporate", "head", "home", "front", "back", "main", "nearby",
    # "Admin office", "the billing office": a department, not a branch
    "admin", "administration", "administrative", "billing", "accounting", "support",
    # "Bluff Street desk: 563-582-3307": the branch's desk is the branch
    "desk",
    "фирменный", "фирменного", "фирменном", "фирменные", "фирменных", "ближайший", "ближайшем", "ближайшего",
    "ближайшие", "партнерский", "партнёрский", "партнерских", "онлайн", "najbliža", "najbližoj", "najbliže",
    "најближа", "најближој", "најближе", "онлајн",
    "street", "st", "ave", "avenue", "road", "rd", "boulevard", "blvd", "suite", "ste",
    "ул", "улица", "улице", "улицы", "проспект", "проспекте", "проспекта", "пр", "просп", "пер", "переулок", "переулке",
    "бульвар", "бульваре", "шоссе", "площадь", "площади", "пл", "наб", "набережная", "набережной", "метро", "м", "ст",
    "тракт", "тракте", "тракта", "проезд", "проезде",
    "станции", "тц", "трц", "тк", "бц", "торговом", "tržnom", "trznom", "тржном", "ulica", "ulici", "улица", "улици",
    "bulevar", "bulevaru", "булевар", "булевару", "trg", "trgu", "трг", "тргу", "tc",
    "книжный", "книжного", "книжном", "hours", "часы", "режим", "работы", "radno", "vreme", "радно", "време", "tel",
    "тел", "phone", "телефон", "head", "central", "corporate", "registered", "home", "administrative", "holiday",
    "holidays", "seasonal", "online", "view", "see", "find", "visit", "select", "choose", "change", "locate",
    "book", "call", "get", "directions", "вы", "вас",
    "вам", "ваш",
    # "We'll store your bike all winter", "They store skis": a pronoun before a verb that spells like a type word
    "we", "they", "you", "ll", "re", "ve",
    "пн", "вт", "ср", "чт", "пт", "сб", "вс", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "pon", "uto", "sre",
    "čet", "pet", "sub", "ned", "пон", "уто", "сре", "чет", "пет", "суб", "нед", "daily", "ежедневно",
    "новый", "новая", "новое", "новом", "новой", "ближайший", "ближайшая", "ближайшее", "ближайшем", "фирменный",
    "круглосуточный", "круглосуточная", "круглосуточное", "круглосуточном", "круглосуточной", "дежурный",
    "дежурная", "дежурной", "дежурном", "dežurna", "dežurnoj", "дежурна", "дежурној",
    "фирменная", "фирменном", "дополнительный", "дополнительного", "дополнительном", "операционный", "операционного",
    "операционном", "кредитно", "кассовый", "кассового", "кассовом", "br", "бр", "no", "n",
}
_GENERIC |= set(_PREPOSITIONS)
_WORD = re.compile(r"[\wёЁ]+")


@dataclass(frozen=True)
class BranchName:
    """A branch or pickup point named in text."""

    name: str  # as written, e.g. "магазина на Покровке"
    type: str  # SHOP or PICKUP
    place: str  # the place part, e.g. "Покровке"
    start: int
    end: int
    word: str = ""  # the type word as written, e.g. "магазина"
    lead: int = -1  # start of the phrase it was read from: names of one phrase share it ("кофейни на X и на Y")
    prep: str = ""  # the preposition before the place, if any ("на")


def find_branch_names(text: str, *, type_words: Sequence[tuple[int, int, str]] | None = None) -> list[BranchName]:
    """Every branch or pickup point named in text, in order (type_words: `find_type_words(text)`, if known)."""
    hits = find_type_words(text) if type_words is None else type_words
    if not hits:
        return []
    listed, before, after, quoted = [], [], [], []
    previous_end = -10
    for start, end, word in hits:
        folded = " ".join(word.casefold().split())
        if 0 <= start - previous_end <= 2 and _is_gap(text[previous_end:start]):
            previous_end = end
            continue  # "Салоны оптики «Зоркий глаз»": a complement of the type word before it
        previous_end = end
        # "Greenleaf Pharmacy" is a brand, "Hawthorne pharmacy" a branch, and so is "the Pueblo West Studio": an
        # article before a capitalised type word's place makes it one of several (a "Club" so named is a membership:
        # "the Unlimited Club")
        if folded in _ENGLISH and (word.islower() or folded in _SINGULAR and folded != "club"
                                   and _THE_PLACE_BEFORE.search(text, max(0, start - 100), start)):
            if folded in _SINGULAR:
                m = _PLACE_BEFORE.search(text, max(0, start - 100), start)
                if m is None and word.islower():
                    m = _PLACE_TRADE_BEFORE.search(text, max(0, start - 100), start)
                if m and folded in _BOTH_ORDERS and _NAME_NEXT.match(text, end):
                    m = None  # "Plesni studio Ritam": a kind of studio, then its name
                if m and _LANDMARK_BEFORE.search(text, max(0, m.start("place") - _LANDMARK_REACH), m.start("place")):
                    # "across from the Sanford clinic", "on the lower level of the old Hotel Bozeman": a landmark
                    # that says where a branch is
                    m = None
                if m:
                    # "The Roseville Discovery Garage, on Vernon Street, …": a sentence's capital article is no
                    # part of a place named with a capitalised type word
                    article = None if word.islower() else _LEADING_ARTICLE.match(m.group("place"))
                    at = m.start("place") + (article.end() if article else 0)
                    place = m.group("place")[article.end():] if article else m.group("place")
                    name = f"{place} {word}" if m.re is _PLACE_BEFORE and m.group("rank") else text[at:end]
                    before.append(BranchName(name, _kind(word), place, at, end, word, at))
            else:
                m = _PLACES_BEFORE.search(text, max(0, start - 250), start)
                if m:
                    listed.append((m, end, word))
        after.extend(_names_after(text, start, end, word, folded))
        if folded in _SINGULAR and folded not in _ENGLISH and word.islower():
            # "В Амурске ломбард находится на проспекте Мира": the place first, then the type word
            lead = _PLACE_FIRST.search(text, max(0, start - 60), start)
            if lead and lead.group("place").casefold() not in HOLIDAY_SPELLINGS:  # "В Рождество магазин …"
                before.append(BranchName(text[lead.start():end], _kind(word), lead.group("place"), lead.start(), end,
                                         word, lead.start(), lead.group("prep").lower()))
        if text.startswith(":", end) or _COLON.match(text, end):
            quoted.extend(_quoted_list(text, end, word))
            if may_be_plural_type(word) or _COUNTED.search(text, max(0, start - 16), start):
                quoted.extend(_placed_list(text, end, word))
    found: list[BranchName] = []
    taken: list[tuple[int, int]] = []

    def add(name: BranchName) -> None:
        if name_key(name.place) and not _is_time(name.place) and not any(
                s < name.end and name.start < e for s, e in taken):
            found.append(name)
            taken.append((name.start, name.end))

    # English order first: in "the West office on Wabash Avenue" the name is "West", not the street.
    for m, end, word in listed:
        places = list(_EN_PLACE_RE.finditer(text, m.start("places"), m.end("places")))
        for index, place in enumerate(places):
            add(BranchName(f"{place.group(0)} {_singular(word)}", _kind(word), place.group(0), place.start(),
                           end if index == len(places) - 1 else place.end(), word, m.start()))
    for name in before + after + quoted:
        add(name)
    return sorted(found, key=lambda b: b.start)


def _is_time(place: str) -> bool:
    """Whether a name's place is a time, not a place: "December store hours", "Sunday shop", "Black Friday store"."""
    folded = " ".join(place.casefold().replace("’", "'").split())
    return folded in HOLIDAY_SPELLINGS or all(w in _TIME_WORDS for w in _WORD.findall(folded))


# Months, weekdays and seasons, which head a time's hours ("Winter studio hours"), never a place's; a street or a
# park named after one keeps its own word ("Summer Street store").
_TIME_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekends", "weekday",
    "weekdays", "spring", "summer", "fall", "autumn", "winter", "holiday", "holidays", "seasonal", "christmas",
    "thanksgiving", "easter", "halloween", "new", "year", "years", "year's",
}


def _names_after(text: str, start: int, end: int, word: str, folded: str) -> Iterator[BranchName]:
    """Names in Russian and Serbian order: the type word, maybe a brand, a preposition, the place, more places."""
    m = None
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, start - 24), start)
    if adjective:
        m = _NAME_AFTER.match(text, adjective.start())
    if m is None:
        m = _NAME_AFTER.match(text, start)
    if m is None or _NOT_A_NAME_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return
    if _LANDMARK_BEFORE.search(text, max(0, m.start() - _LANDMARK_REACH), m.start()):
        return  # "on the lower level of the old Hotel Bozeman": the building a branch is in
    if _MALL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return  # "в торговом центре на проспекте Мира": the mall a shop stands in, not a branch
    if folded.startswith(_CENTRE_WORDS) and _IN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return  # "в центре на улице Ленина", "u centru u ulici Kralja Petra": the town's centre, then the street
    place, prep = m.group("place"), m.group("prep")
    if m.group("place2"):
        place = f"{place} {m.group('place2')}"
    if not prep and folded in _ENGLISH and not _NUMBERED.match(place) and folded not in _BOTH_ORDERS:
        return  # "Shop Cafés Journal": English puts the name first ("Store #1042" is a name)
    plural = folded not in _SINGULAR or (
        folded in _AMBIGUOUS and not prep and not _GENITIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )
    more = list(_more_places(text, m.end()))
    if plural and not prep and (_is_quoted(place) or not more):
        return  # "магазины «Переплёт»": the company's brand, not a branch
    # "продавница чаја у Трстенику" is the shop "продавница у Трстенику": what it sells is no part of its name
    name = f"{m.group('type')} {prep} {place}" if m.group("complement") else m.group(0)
    yield BranchName(name, _kind(word), place.strip("«»„“”\" "), m.start(), m.end(), word, m.start(), prep or "")
    for extra in more:
        gap = text[extra.start():extra.start("place")]
        if not plural and "," in gap and (not prep or _STREET_WORD_RE.search(gap)):
            # "Perionica Požarevac, u Dunavskoj ulici 12", "магазин в Воткинске, на улице Ленина": where that
            # branch is, not a second one
            break
        extra_prep = extra.group("prep") or prep or ""
        name = " ".join(p for p in (word, extra_prep, extra.group("place")) if p)
        yield BranchName(name, _kind(word), extra.group("place").strip("«»„“”\" "), extra.start("place"), extra.end(),
                         word, m.start(), extra_prep)


def _quoted_list(text: str, end: int, word: str) -> Iterator[BranchName]:
    """"работают только два отделения: «Тверское» — с 10 до 17, «Профсоюзное» — ...": each quoted name is a branch."""
    stop = _LIST_END.search(text, end, end + 400)
    for item in _QUOTED_RE.finditer(text, end, stop.start() if stop else min(len(text), end + 400)):
        yield BranchName(item.group(0), _kind(word), item.group(0).strip("«»„“”\" "), item.start(), item.end(), word,
                         item.start())


# An item of a list of branches by where they are: "две пословнице: у Бајиној Башти, …, и у Косјерићу, …".
_PLACED_ITEM = re.compile(r"(?:(?<=[:,;])|(?<=\sи)|(?<=\si)|(?<=\sand)|(?<=\sа))" + _S
                          + r"{1,2}(?P<prep>(?i:у|u|в|во|in|at|на|na))" + _S + r"{1,2}(?P<place>" + _CAPWORDS + r")")


# A count before a type word, which Russian says in the genitive singular: "два салона", "три пункта".
_COUNTED = re.compile(r"(?<![\w-])(?i:два|две|три|четыре|четири|2|3|4|two|three|four|dva|dve|tri|četiri)"
                      + _S + r"{1,2}$")
# The end of a list's sentence: a stop before a capital (not "тел. 031"), or a line's end; not an abbreviation's.
_PLACED_LIST_END = re.compile(r"[.!?…](?=\s{1,3}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ«\"„]|\s*$)|\n")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}$")


def _placed_list(text: str, end: int, word: str) -> Iterator[BranchName]:
    """"Имамо две пословнице: у Бајиној Башти, Душана Вишића 18, и у Косјерићу, Радничка 4": each place listed after
    a plural type word and a colon, with its preposition, is a branch."""
    stop_at = min(len(text), end + 400)
    for stop in _PLACED_LIST_END.finditer(text, end, stop_at):
        if not _ABBREVIATION_BEFORE.search(text, max(0, stop.start() - 6), stop.start()):  # "ул. Ленина"
            stop_at = stop.start()
            break
    items = list(_PLACED_ITEM.finditer(text, text.index(":", end) + 1, stop_at))
    if len(items) < 2:
        return
    for item in items:
        yield BranchName(f"{word} {item.group('prep')} {item.group('place')}", _kind(word), item.group("place"),
                         item.start("prep"), item.end("place"), word, item.start("prep"), item.group("prep").lower())


def _kind(word: str) -> str:
    key = " ".join(word.casefold().split())
    kind = _SINGULAR.get(key) or _PLURAL.get(key)
    return kind.kind if kind else SHOP


def _is_quoted(place: str) -> bool:
    return place[:1] in "«„\"“"


_STREET_WORD_RE = re.compile(_STREET_WORDS)


def _more_places(text: str, pos: int):
    """Places coordinated with the one ending at pos: ", на Ленина", " и Арбате" (at most five)."""
    for _ in range(5):
        m = _MORE.match(text, pos)
        if not m:
            return
        yield m
        pos = m.end()


def _singular(word: str) -> str:
    """An English plural type word in the singular, for names built from a list ("offices" -> "office")."""
    for t in TYPE_WORDS:
        if word in t.plural:
            index = t.plural.index(word)
            return t.singular[index] if index < len(t.singular) else t.singular[0]
    return word


def is_landmark(text: str, start: int) -> bool:
    """Whether the type word at `start` names a landmark a branch stands by ("иза бензинске пумпе", "behind the
    old Hotel Bozeman"), not a branch."""
    return bool(_LANDMARK_BEFORE.search(text, max(0, start - _LANDMARK_REACH), start))


# Type words that are abbreviations, a type word only in capitals: "СТО" (a service station), not "сто" (a hundred).
_CAPITALS_ONLY = frozenset(("сто",))


def ends_with_type_word(text: str) -> bool:
    """Whether text ends with a branch type word ("Магазин в Подольске" before "в"): read from its last characters
    and not cached, as callers ask it of one-off slices that would crowd find_type_words' cache."""
    tail = text[-_LONGEST_FORM:]
    hits = _type_words(tail)
    return bool(hits) and hits[-1][1] == len(tail)


@functools.lru_cache(maxsize=4096)  # attribution asks again about the same labels and sections
def find_type_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every branch type word in text, named or bare: (start, end, word)."""
    return _type_words(text)


def _type_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every branch type word in text (see find_type_words).

    Words are looked up in a table by their first word rather than searched
    with one alternation of every form: the alternation costs a try of each
    form at each position, the lookup one dictionary probe per word.
    """
    hits: list[tuple[int, int, str]] = []
    tokens = list(_TOKEN.finditer(text))
    skip_to = 0
    for index, token in enumerate(tokens):
        if index < skip_to:
            continue
        forms = _FORMS_BY_FIRST.get(token.group(0).casefold()) or _FORMS_BY_FIRST.get(_unpossessive(token.group(0)))
        if not forms or token.group(0).casefold() in _CAPITALS_ONLY and not token.group(0).isupper():
            continue
        for words in forms:
            last = index + len(words) - 1
            if last >= len(tokens):
                continue
            if all(_unpossessive(tokens[index + k].group(0)) == words[k] for k in range(1, len(words))) and all(
                _is_gap(text[tokens[index + k - 1].end():tokens[index + k].start()]) for k in range(1, len(words))
            ):
                end = tokens[last].end()
                if _unpossessive(tokens[last].group(0)) != tokens[last].group(0).casefold():
                    end -= 2  # "the new shop's phone": the word without its 's
                hits.append((token.start(), end, text[token.start():end]))
                skip_to = last + 1
                break
    return tuple(hits)


def _unpossessive(token: str) -> str:
    """A word without an English possessive ending, casefolded: "shop's" and "store’s" are "shop" and "store"."""
    folded = token.casefold()
    return folded[:-2] if folded.endswith(("'s", "’s")) and len(folded) > 3 else folded


def _is_gap(between: str) -> bool:
    """Whether the text between two words of one type phrase is spaces on one line."""
    return between.isspace() and "\n" not in between


def is_plural_type(word: str) -> bool:
    """Whether a type word is a form that names several branches ("магазинов", "stores")."""
    key = " ".join(word.casefold().split())
    return key in _PLURAL and key not in _SINGULAR


def may_be_plural_type(word: str) -> bool:
    """Whether a type word can name several branches: a plural, or a form that is also the plural ("poslovnice",
    "аптеки")."""
    key = " ".join(word.casefold().split())
    return key in _PLURAL or key in _AMBIGUOUS


def branch_type(text: str) -> str:
    """SHOP or PICKUP for a heading or name, by its type words (shops by default)."""
    for _, _, word in find_type_words(text):
        if _kind(word) == PICKUP:
            return PICKUP
    return SHOP


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Serbian Latin as its Cyrillic: "Šapica" is "Шапица", "Čačak" "Чачак", "Džudžo" "Џуџо"
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "č": "ch", "ć": "c", "š": "sh", "ž": "zh",
    "đ": "dj", "é": "e",
})


def stem(word: str) -> str:
    """A crude, script-independent stem that survives case endings: 'Покровке' and 'Pokrovka' -> 'pokrov'."""
    word = word.casefold().translate(_LATIN)
    if word.isdigit() or len(word) <= 4:
        return word
    return word[: max(4, len(word) - 2)][:6]


# Words of type phrases that also name places ("Apoteka Centar", "Service Center" vs "Centar"), in any case form, and
# the prepositions of "центр на …": kept in keys.
_PLACE_LIKE = {stem(w) for w in ("center", "centre", "centar", "центр", "центар", "care", "financial", "urgent")}
_TYPE_WORD_PARTS = {
    w for t in TYPE_WORDS for f in t.singular + t.plural for w in _WORD.findall(f.casefold())
    if stem(w) not in _PLACE_LIKE and w not in _PREPOSITIONS
}
_GENERIC_STEMS = {stem(w) for w in _GENERIC | _TYPE_WORD_PARTS}


def name_key(name: str) -> str:
    """The comparable core of a branch name: stems of its distinctive words, sorted."""
    # "Центар у Старој Пазови", "Slušni centar Čačak", "South Meadows calibration center": a centre before its place
    # or after its trade is the type, not a place ("Apoteka Centar" keeps it), so the centre in Стара Пазова has that
    # town's key however it is called
    name = _CENTRE_BEFORE_PLACE.sub(" ", name)
    stems = (stem(w) for w in _WORD.findall(name))
    return " ".join(sorted(s for s in stems if s not in _GENERIC_STEMS))


_CENTRE_BEFORE_PLACE = re.compile(
    r"(?<![\w-])(?i:центр|центар|centar|centr)\w{0,2}(?=\s{1,2}(?:(?i:на|в|во|у|u|na)\s|[А-ЯЁЂЈЉЊЋЏA-ZČĆŠŽĐ]))"
    # and an English trade's centre after its place: "South Meadows calibration center" ("Service Center" is a name)
    r"|(?<=[a-z]\s)(?:center|centre)s?(?![\w-])")
