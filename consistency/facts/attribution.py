"""Whom a fact is about: one branch, or the company as a whole.

Whom a fact is about, most specific first (the sections, the page and the
news item a unit stands in are read by sections.py, page_branch.py and
news.py; the Attribution here weighs them against the unit's own words):
1. what its own sentence says: a branch named inside the fact itself ("7. јануара
   ..., а Шапица Центар је затворена"), else the branch named nearest before it
   ("Магазин на Покровке работает с 10 до 22"; "Кофейни на Ленина и на Мира
   работают ..." and "the Veterans Blvd store and the Canal Street store are
   open 24 hours" are about both), or a company word ("все наши магазины",
   "горячая линия", "wholesale", "ООО «...»", "at every Ridgeline store") that
   makes it the company's, or "оба салона" / "both shops" (each of the run's
   two branches of that kind); a fact said from its day first is about the
   branches joined by "and" after it, and a later clause led by another
   branch the run knows (or part of its name) is about that one ("poslovnica
   Trstenik radi od 8 do 14, a Vrnjačka Banja od 8 do 18"), as is a clause
   that leaves out the verb it shares ("…, Arilje od 9 do 13", "open early at
   7 AM (Broadway until 5:30, …)") or is a place, a dash and what holds there
   ("…, Голышманово — выходной"); of several known branches in one clause, a
   fact naming some inside itself is theirs ("On Christmas Day, De Pere is
   closed and Oneida Street is open 10 to 4"), and a day's hours naming one
   right after its colon are its ("Christmas Day: Southside open 8–11 AM"); a
   business a branch stands in, set off after its name ("Пријемно место
   Азања, у продавници Младост, …"), is not the branch; an emergency line
   ("hitna linija") is a company word;
2. a branch that leads its line ("Аптека на Садовой: Садовая, 32. Работает с 8
   до 22"), the branch a switchboard's extension dials ("lokal 11 – Centar"),
   the branch a number reaches in brackets after it ("011 3283 450 (Knez
   Mihailova)", or a town's: "(Novi Sad)"), a branch the run knows leading (before a colon, dash or
   middle dot: "Sellwood · 8015 SE 13th Ave · ...", or each item of such a line
   its own: "Шуя: … · Лежневская: …") or named in full in the
   sentence ("Savamala is open 24/7"; a later sentence of a line led by
   another branch too; the run knows, on one page, the branches that page's
   text names by type and the places its FAQ questions ask the hours of:
   "our Hawthorne shop" before "Hawthorne keeps longer hours"), or listed by the page's navigation ("Locations /
   Fishtown / Manayunk") as the sentence's subject or named there in full ("The
   Cary Pet Care Center is also closed Friday"), a bare type word that
   refers back to one ("Кузовной цех: пн–пт ..." after "Кузовной цех на Машиностроителей:
   ..."), a sentence that continues the last one ("Оно открыто ..."), a line
   led by a preposition and a place in a unit that speaks of branches ("У
   каждой мастерской свой график. / На Соколе: 31 декабря ..."), a line above
   that is only a branch's name (the line may point back at it: "Email this
   store: ..."), or the one branch a paragraph introduces in its first
   sentence;
3. the section it sits under: an IVR menu path ("для магазина на Покровке
   нажмите 2", or a menu of clubs whose item is "Сокол"), an FAQ question or
   heading that names a branch (or a branch the page's navigation lists: "Why
   is Manayunk closed on Mondays?"; or a place whose hours it asks, "What are
   the hours at Old Town?", or that it ends with when the answer says where or
   when there, "Can I reserve a lane in Hendersonville?"), a branch card on a list page (a heading
   over an address and hours), a row of a stores table (its first cell), items of
   one IVR menu that are bare place names its prompts repeat ("For Savamala,
   press 2" over "Savamala is open ..."), a line led by a bare place name
   under a heading that lists branches ("Liman — pon–pet 10–18" under "Ostali
   saloni"; "Telep (Ive Andrića 21): svakim danom 9–21h", its address in
   brackets); a heading or a sentence's subject made of the company's own lead
   word and a place ("Clearview Easton" on Clearview Eyecare's pages; the lead
   word may come from a quoted name after a plural type word, "Другие салоны
   «Шафран»") names a branch wherever it stands, unless a quantifier makes it
   a product line ("all Clearview Basics frames");
4. the page's branch, when the page is about one branch (its heading names
   one, or it states exactly one address of its own, under an "Address"
   heading or none, beside "other locations" or lines led by other branches'
   names; not its JSON-LD place named as the company, by a quoted name or a
   title part other than the heading, on a page of several addresses: that
   place's facts are the company's; nor that place under a heading led by a
   page word, "Kontakt i lokacija – ..."), unless the section speaks for all
   shops ("Holiday Hours (all shops)"); a branch's name loses the company's
   name that leads it where the title or the page's Organization sets the two
   apart ("Acme Tire – Elm St | ..." over "Acme Tire Elm St" names "Elm St");
   before it, the branch a news item is about: a press release, newsletter or
   post whose headline (its heading, title, or the first line under a "For
   immediate release" stamp; or a section's heading) tells of one branch
   opening, moving or changing ("Swirlberry Opens Fourth Shop in Oro Valley",
   "Havelock opens Saturday", "Открылся магазин на Садовой"), under that
   headline and sub-headings that go on about it ("Grand-opening offers"), not
   under others ("About Swirlberry", "Media contact"); "the new shop" is it
   anywhere on the page. It goes by the page's own name for it, else the
   company's name and the place as the text writes them ("Swirlberry Oro
   Valley");
5. otherwise the company as a whole.
A branch the text names another way than the run's layout does ("our Waukesha
office" beside the card "Beacon Tax Services – Waukesha") takes the layout's
name: one branch, one name. So does a schema.org place whose phone or address
the page's text gives one branch (a locator's microdata beside its cards),
unless the place is named as the company.
Weekly hours in a sentence naming a season the page dates elsewhere ("Tax
season runs Jan 15 – Apr 15" in the intro, "During tax season we're open
Fridays 9 to 6" in a later section) hold in that season (hours.named_seasons).
Promotions are the company's unless their own text names a branch, or a
heading over their card below the page's own does ("Понуда у нашој цвећари на
Дорћолу", the page's branch), or on a branch page or card their text or such a
heading names its place ("Sam Hughes only.", "Happening at Sam Hughes") or calls
them the branch's ("Акции клиники"), or they stand in a news item about one branch
(a grand opening's offers), or they are named after a branch's opening
("Stone Oak Grand Opening": the branch there, else "Stone Oak"): a branch page
repeats the nationwide offers. A branch named two or more sentences after the
offer's tells of something else ("… . Регистрация в магазине на Ленина."), one
excepted is not it ("во всех магазинах, кроме магазина на Малышева"); an offer's
own sentence may place it at one known branch ("every Tuesday at Fairhaven"), and
of several offers in one unit each is one branch's only by its own line; an
offer "only" at two places ("Bearden and Old City only") is no one branch's.
Toll-free numbers, role mailboxes (info@, zakaz@) and boilerplate (header,
footer, navigation, text repeated on many pages) are company-wide, unless the
boilerplate names branches beside their facts (an "Other shops" sidebar speaks
of those shops, a card of it headed by a bare place name, "Врачар" under
"Остале цвећаре", of that one); boilerplate is read once per channel.

Hand-written: no library attributes facts to the places a page lists; the
rules are layout and phrasing of company content, in tables of words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache

from consistency.documents.document import DocumentText
from consistency.documents.html import is_day_label
from consistency.facts import addresses, hours
from consistency.facts.branch_names import (
    BranchName, find_branch_names, find_type_words, is_landmark, is_plural_type, may_be_plural_type, name_key, stem,
)
from consistency.facts.brand import Brand, brand_branches, is_brand
from consistency.facts.found import ExtractionSettings, Found, UnitRead
from consistency.facts.naming import (
    DEPARTMENT, INSIDE_WORDS, LEGAL, SHORT_NAME_WORDS, STARTS_WITH_PREPOSITION, WORDS, KnownNames, cached_names,
    city_keys, is_branch, is_field_label, is_proper_name, is_title, label_names, names_a_day,
)


# Where a sentence ends: a stop before a capital, a quote or a digit, or a line's end; not an abbreviation's dot.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ«\"„0-9])|\n")
_LAST_WORD = re.compile(r"(\w+)\.$")
_ABBREVIATIONS = {
    "ул", "д", "стр", "корп", "к", "м", "пр", "просп", "пер", "пл", "наб", "ш", "б", "бул", "г", "оф", "кв", "эт",
    "обл", "р", "руб", "тел", "доб", "вн", "им", "св", "ст", "mr", "st", "ave", "rd", "no", "tel", "ext", "бр",
    "mt", "ft", "pt", "blvd", "hwy", "pkwy",
    # a street's compass point: "118 N. 3rd St.", "1600 N. Dixie Hwy."
    "n", "s", "e", "w",
}
# Words that set a branch apart from what the sentence says of the others.
_EXCEPTED_BEFORE = re.compile(r"(?i:except|including|but|кроме|за[ \t]исключением|включая|osim|осим|uključujući|укључујући)"
                              r"[ \t]{1,2}(?:(?:for[ \t]{1,2})?(?:our|the|наш\w{0,3}|naš\w{0,3})[ \t]{1,2})?(?:[\w-]+[ \t]{1,2})?$")
# A month's abbreviation before its day's number ends no sentence: "Feb. 9", "дек. 31".
_MONTH_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec янв фев февр апр авг сент окт нояб дек".split())
_DAY_NUMBER_NEXT = re.compile(r"[ \t]{0,2}\d")

# Company words: a fact in a sentence with one of these is the company's, whatever page it stands on.
# "все наши магазины", "во всех кофейнях", "all locations", "svi naši objekti": said of every branch at once.
_ALL_OF = re.compile(
    r"(?<![\w-])(?:все|всех|всем|всеми|каждом|каждый|каждого|любом|любой|любого|остальн\w{1,3}|all|every|each|any"
    r"|other|svi|sve|svim|svih|svaki|svakom|svakog|ostal\w{1,3}|сви|све|свим|свих|сваки|сваком|сваког|остал\w{1,3})"
    r"\s+(?:(?:наш\w{0,3}|ваш\w{0,3}|our|your|of\s+our|naš\w{0,3}|наш\w{0,3}|the)\s+)?"
    # a count: "all four Swirlberry shops", "все пять кофеен", "svih pet prodavnica"
    r"(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|два|две|три|четыре|пять|шесть|семь|восемь"
    r"|девять|десять|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|dva|dve|tri|četiri|pet|šest|sedam"
    r"|osam|devet|deset|четири|пет|шест|седам|осам|девет|десет)\s+)?"
    # the company's name may stand between: "All Olentangy Savings Bank branches", "все аптеки «Здоровье»"
    r"(?:(?-i:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])[\w'’&-]{1,30}\s+){0,4}$",
    re.IGNORECASE,
)
# An offer named after a branch's opening: "Stone Oak Grand Opening", "Sandy Grand Reopening Celebration".
_OPENING_OFFER = re.compile(
    r"(?P<place>(?!Grand[ \t])[A-Z][\w'’.-]{1,30}(?:[ \t]+(?!Grand[ \t])[A-Z][\w'’.-]{1,30}){0,2})[ \t]+"
    r"(?:Grand[ \t]+)?(?:Re-?)?[Oo]pening(?![\w-])"
)
# A weekday where a place would stand: "shop on Friday", "магазин в субботу", "prodavnica u subotu".
_WEEKDAY = re.compile(
    r"(?i:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|понедельник\w{0,2}|вторник\w{0,2}"
    r"|сред[ауы]|четверг\w{0,2}|пятниц[аеуы]|суббот[аеуы]|воскресень[еяю]|ponedeljak|ponedeljk\w|utorak|utork\w"
    r"|sred[aeiu]|četvrtak|četvrtk\w|petak|petk\w|subot[aeiu]|nedelj[aeiu]|понедељак|понедељк\w|уторак|уторк\w"
    r"|сред[аеиу]|четвртак|четвртк\w|петак|петк\w|субот[аеиу]|недељ[аеиу])(?![\w-])"
)
_ALL_OF_REACH = 64  # characters before a type word searched for "all of"
# "оба салона", "obe poslovnice", "both shops": each of the two branches of that kind, not the company.
_BOTH = re.compile(r"(?<![\w-])(?i:оба|обе|обоих|обеих|обоим|обеим|обје|both|oba|obe|obje)[ \t]{1,2}"
                   r"(?:(?i:наш\w{0,3}|our|naš\w{0,3}|the)[ \t]{1,2})?$")
# A heading for every branch: "(all shops)", "всех филиалов", "svih poslovnica" (never "other locations").
_FOR_ALL = re.compile(r"(?<![\w-])(?:все|всех|всем|all|every|svi|sve|svih|сви|све|свих)\s+(?:(?:our|наш\w{0,3}|naš\w{0,3})\s+)?$",
                      re.IGNORECASE)
# "Акция действует только в этом магазине", "only at this location": an offer of the page's own branch.
_THIS_BRANCH = re.compile(
    r"(?<![\w-])(?:этом|этой|этого|этот|эту|this|ovoj|ovom|ovaj|ovu|овој|овом|овај|ову)\s+$", re.IGNORECASE
)
# A heading over offers: "Акции клиники", "Store specials", "Deals at this location", "Ponude poslovnice".
_OFFERS_WORD = re.compile(
    r"(?<![\w-])(?i:акци[яиюей]|скидк[иа]|спецпредложени[яе]|предложени[яе]|special[s]?|deals?|offers?|promotions?"
    r"|promos?|akcij[ae]|акциј[еа]|ponud[ae]|понуд[еа]|popusti|попусти)(?![\w-])"
)
_ONLY_AFTER = re.compile(r"\s{1,2}only(?![\w-])", re.IGNORECASE)
_ONLY_BEFORE = re.compile(
    r"(?<![\w-])(?:только|лишь|исключительно|samo|само|isključivo|only|exclusively)\s{1,2}"
    r"(?:(?:в|во|у|u|at|in|na|на)\s{1,2})?(?:(?:our|нашем|нашей|našoj|našem|нашој|нашем)\s{1,2})?$",
    re.IGNORECASE,
)
# A sentence that goes on about the subject of the last one: "Оно открыто ...", "Работает ежедневно ...".
_CONTINUES = re.compile(
    r"\W{0,3}(?:он|она|оно|они|it|they|she|he|ona|ono|oni|we(?:['’]re|\s+are)|radi|ради|работа\w{1,3}|открыт\w{0,2}"
    r"|закрыт\w{0,2}|is\s+open|opens?|closes?|also|также|тоже|takođe|такође|adresa|адрес\w{0,2}|address"
    r"|телефон\w{0,2}|phone|telefon)(?![\w-])",
    re.IGNORECASE,
)
_WE = re.compile(r"\W{0,3}(?:we|мы|mi|ми)(?![\w-])", re.IGNORECASE)
# What may stand between the start of a line and the branch that leads it: a bullet, "Наш", "В".
_LINE_LEAD = re.compile(
    r"[\s\-–—•*#>0-9.)]{0,6}(?:(?:наш\w{0,3}|our|the|naš\w{0,3}|наш\w{0,3}|в|во|на|у|u|na|in|at)\s+){0,2}",
    re.IGNORECASE,
)
# A bare type word leading a line ("Кузовной цех: ...", "Отделение работает ..."): up to two adjectives before it.
_BARE_LEAD = re.compile(
    r"[\s\-–—•*#>]{0,4}(?:(?:[^\W\d_][\w-]{0,20}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)|наш\w{0,3}|этот|эта|это|our|the|this"
    r"|naš\w{0,2}|ovaj|ova|ovo|наш\w{0,2}|овај|ова|ово)\s+){0,2}",
    re.IGNORECASE,
)
# A sentence opened by a capitalised name and a verb: "Savamala is open 24/7", "Дуваниште ради нон-стоп".
_SUBJECT = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<name>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    r"[ \t]{1,2}(?:is|keeps|stays|has|opens|closes|will|works|работает|открыт\w{0,2}|закрыт\w{0,2}|ради|radi"
    r"|je|је|radi|отвара|otvara)(?![\w])"
)
# A sentence led by a name and a verb of opening or closing: "Dunavska is open from 10 am to 6 pm on Saturdays",
# "Автодром открыт ежедневно с 8:00 до 21:00", "Limanska radi od 8 do 20".
_OPEN_SUBJECT = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<name>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{2,30}(?:[ \t]{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    # where it is, set off by commas: "Bearden, on Kingston Pike, is open weekdays 10 to 8"
    r"(?:,[ \t]{1,2}(?i:on|at|in|на|в|у|u|na)[ \t]{1,2}[^,.;\n]{2,40},)?"
    r"[ \t]{1,2}(?:is[ \t]{1,2}(?:open|closed)|opens|closes|stays[ \t]{1,2}open|will[ \t]{1,2}(?:be[ \t]{1,2})?"
    r"(?:open|closed?)|открыт[аоы]?|закрыт[аоы]?|работает|закрывается|открывается|radi|ради|je[ \t]{1,2}otvoren[aoi]?"
    r"|је[ \t]{1,2}отворен[аои]?|je[ \t]{1,2}zatvoren[aoi]?|је[ \t]{1,2}затворен[аои]?)(?![\w])"
)
# An FAQ question about one place's opening: "When is Tunnel Road open?", "Does Weaverville change hours in the
# winter?", "What are Eastgate's holiday hours?", "Когда работает Автодром?", "Kada radi Limanska?".
_NAME_RUN = r"(?P<name>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’&-]{1,30}(?:[ \t]{1,2}(?:&[ \t]{1,2})?[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3})"
# A part of a place between its name and the verb: "When is the Union Avenue front desk open?"
_PART_OF_PLACE = r"(?:[ \t]+(?i:front[ \t]+desk|desk|room|location|shop|store|branch|counter|office|studio|lanes?))?"
_OPENING_QUESTIONS = tuple(re.compile(pattern) for pattern in (
    r"(?i:(?:when|what[ \t]+time|how[ \t]+late|how[ \t]+early)[ \t]+(?:is|does|do|will)|is|does|will|are)[ \t]+"
    r"(?:(?i:the)[ \t]+)?" + _NAME_RUN + _PART_OF_PLACE
    + r"[ \t]+(?i:open|close|closed|stay|change|keep|have|get|be)\b",
    r"(?i:what[ \t]+are)[ \t]+(?:(?i:the)[ \t]+)?" + _NAME_RUN + r"(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+)?(?i:hours)\b",
    # "What are the hours at Old Town?", "What are your hours in Ferndale?"
    r"(?i:what[ \t]+are)[ \t]+(?i:the|your)[ \t]+(?:(?i:opening)[ \t]+)?(?i:hours)[ \t]+(?i:at|in|of|for)[ \t]+"
    r"(?:(?i:the|our)[ \t]+)?" + _NAME_RUN + r"[ \t]*\?",
    # "Во сколько работает фотоуголок в ТЦ «Тулпар»?": a lower-case kind of place and where it is are its name
    r"(?i:когда|во[ \t]+сколько|как)[ \t]+(?i:работает|открывается|закрывается|открыт\w{0,2})[ \t]+"
    r"(?P<name>[а-яё-]{3,20}[ \t]+(?:в|во|на|у)[ \t]+(?:ТЦ|ТРЦ|ТК)?[ \t]*(?:«[^»\n]{1,30}»|"
    r"[А-ЯЁ][\w-]{1,30}(?:[ \t]{1,2}[А-ЯЁ][\w-]{1,30}){0,2}))[ \t]*\?",
    r"(?i:когда|во[ \t]+сколько|как)[ \t]+(?i:работает|открывается|закрывается|открыт\w{0,2})[ \t]+" + _NAME_RUN
    + r"[ \t]*\?",
    r"(?i:kada|када|da[ \t]+li|да[ \t]+ли)[ \t]+(?i:radi|ради|je[ \t]+otvoren\w?|је[ \t]+отворен\w?)[ \t]+" + _NAME_RUN
    + r"[ \t]*\?",
))
_QUESTION_PLACE = re.compile(
    r"(?<![\w-])(?i:in|at|в|во|на|u|na|у)[ \t]+(?:(?i:the|our)[ \t]+)?" + _NAME_RUN + r"[ \t]*\?$")
# A phone desk, not a place: "Справочная работает с 9 до 19", "Centrala radi od 8 do 20".
_SWITCHBOARD = re.compile(r"(?i)^(?:справочн\w{0,3}|диспетчерск\w{0,3}|регистратур\w{0,2}|centrala|централа|info\w{0,6}"
                          r"|dispatch\w{0,3}|operator\w{0,2}|оператор\w{0,2})$")
# Words that lead such a sentence without naming a place: pronouns, quantifiers, parts of a place.
_NOT_OPEN_SUBJECTS = frozenset(
    "the our we it this that everything everyone each every all both everybody nothing none he she they you "
    "parking lobby kitchen office reception front pharmacy bar terrace patio garage counter desk store shop warehouse "
    "recepcija рецепција ресепшн ресепшен kuhinja кухиња кухня администратор "
    "наш наша наше мы все всё он она оно они каждый каждая офис склад магазин парковка касса "
    "naš naša naše mi sve svi on ona ono oni svaki svaka kancelarija magacin prodavnica parking "
    "ми све сви сваки свака канцеларија магацин продавница паркинг".split()
)
# Between two branch names of one subject: "and" or a comma, maybe after where the first one is ("the Veterans
# Blvd store in Metairie and the Canal Street store"), maybe before "the" or "our".
_JOINED = re.compile(
    r"(?:[ \t]+(?i:in|at|on|в|во|на|у|u|na|kod|код)[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’.-]{0,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ]"
    r"[\w'’.-]{0,30}){0,2})?[ \t]*(?:,|(?P<and>(?<=\s)(?i:and|и|i|а[ \t]+также|as[ \t]+well[ \t]+as|&)))[ \t]+"
    r"(?:(?i:the|our|наш\w{0,3}|naš\w{0,3}|наш\w{0,3})[ \t]+)?"
)
# "Downtown: ...", "Ušće — ...", "Sellwood · ...": a short label leading a line.
_QUOTES = frozenset("«„“\"'")
_KNOWN_LABEL = re.compile(r"[\s\-–—•*#>«„\"]{0,4}(?P<label>[^\W\d_][^:—–·\n]{0,40}?)\s{0,2}(?::|\s[—–·-]\s)")
# An item of a "·"-separated line led by a name, then its number: "Glasgow (270) 651-2209", "Лежневская: +7 …".
_ITEM_LABEL = re.compile(r"[ \t]{0,2}(?P<label>[^\W\d_][^:—–·|\n(\d]{0,40}?)[ \t]{0,2}(?:[:—–-][ \t]{0,2})?(?=[(+\d])")
_BRACKETED = re.compile(r"[ \t]{0,2}\((?P<label>[^\W\d_][^()\n]{1,40})\)")
# "На Соколе:", "Na Limanu:", "At Midtown:": a line given to the branch at a place.
_PLACE_LABEL = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<label>(?i:на|в|во|у|u|na|at|on|kod|код)[ \t]+(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}"
    r"(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2}))"
    # "На Соколе: …", or the verb of working right after the place: "На Рыбинской работаем без выходных"
    r"(?:[ \t]{0,2}:|[ \t]{1,2}(?=(?:работаем|работает|работают|открыт[аоы]?|radimo|radi|rade|радимо|ради|раде)"
    r"(?![\w-])))"
)
# A listed branch's name may carry its address in brackets: "Mirijevo (Mirijevski bulevar 3): pon–pet 8–20h".
_LISTED_LABEL = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<label>[^\W\d_][^:—–(,\n]{0,40}?)\s{0,2}"
    # "Liman: …", "Liman — …", "Knoxville (Northshore): …", and a name set off by a comma before its house number:
    # "Tybee Island, 15 Tybrisa St — …", "Starland (Bull St), 2301 Bull St — …"
    r"(?::|\s[—–-]\s|,\s{1,2}(?=\d{1,5}\s)|\((?=[^()\n]{1,80}\)\s{0,2}(?::|,\s{1,2}\d{1,5}\s)))"
)
# A part of town in brackets after a listed name belongs to it: "Knoxville (Northshore): 865-687-4400"; an address
# there does not ("Centar (Zmaj Jovina 14):").
_NAME_ASIDE = re.compile(r"\((?P<aside>[^()\d\n]{2,40})\)")


def _is_place_label(label: str) -> bool:
    """Whether a list line's label can name a place: a short proper name, not a field, a day or a department."""
    return is_title(label) and not is_field_label(label) and not is_day_label(label) and is_proper_name(label)


def _covers_label(found: Found, m: re.Match[str]) -> bool:
    """Whether hours were read from a listed line's name on ("Древлянка — с 10:00 до 18:00" under a date)."""
    return found.kind == "hours" and found.start <= m.start("label") and found.end > m.end()


# "Древлянка и Перевалка — с 10 до 18": two places listed on one line share its facts.
_LISTED_AND = re.compile(r"[ \t]+(?:и|and|i|&)[ \t]+")


def _listed_name(m: re.Match[str], text: str) -> str:
    """The name a list's line is led by, with a part of town in brackets after it."""
    label = m.group("label").strip()
    aside = _NAME_ASIDE.match(text, m.end() - 1) if text[m.end() - 1:m.end()] == "(" else None
    if aside:
        return f"{label} ({aside.group('aside').strip()})"
    hosted = _HOSTED_NAME.match(label)
    # "The Fish Room inside Conestoga Mall: 11–7 every day": the place is the name before where it stands
    return hosted.group("name") if hosted and is_proper_name(hosted.group("name")) else label


# A name, then the place it stands in: "The Fish Room inside Conestoga Mall", "Kiosk at Northgate Mall".
_HOSTED_NAME = re.compile(
    r"(?P<name>[^\W\d_].{1,40}?)[ \t]{1,2}(?:inside|within|in|at)[ \t]{1,2}(?:the[ \t]{1,2})?"
    r"[A-Z][\w'’-]{1,30}(?:[ \t]{1,2}[A-Z][\w'’-]{1,30}){0,3}$"
)


_DIALS = re.compile(r"[ \t]{0,2}[–—-][ \t]{0,2}(?P<label>[^\W\d_][^\n,;:()]{1,40}?)[ \t]*(?=$|\n|[,;(])", re.MULTILINE)
# a capitalised word, or an English initial before one ("C Y Avenue"; not "A" or "I")
_CAPITALISED_WORD = r"(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}|(?<![\w'’.-])[B-HJ-Z](?=[ \t]{1,2}[A-Z]))"
# two to five capitalised words ("Midtown Museum"), and one to five ("Ellet", "Highland Square")
_AND_OR = r"(?:and|&|и|i|or|или|ili)"
_AND_ANOTHER = re.compile(r"[ \t]*(?:,|" + _AND_OR + r"[ \t]{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])")
# The place before "… and Old City only": the offer holds at both ("Bearden and Old City only", "Kettering &
# Downtown only"), so at no one branch.
_ANOTHER_BEFORE = re.compile(r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}[ \t]{1,2}" + _AND_OR + r"[ \t]{1,2}\Z")
_AT_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:at|в|во|на|u|na|у)[ \t]{1,2}$")
_LEADING_PREPOSITION = re.compile(r"^(?:Za|За|For|Для|На|В|Во|U|У|Na|At|In|To|Kod|Код)[ \t]{1,2}(?=\S)")
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{1,4}}")
_CAPITALISED_WORDS = re.compile(rf"(?<![\w-]){_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{0,4}}")
_TITLE_REACH = 12  # lines a card's title in running text reaches down
_NAME_THEN_ADDRESS = re.compile(r"\s{0,2}[:—–-]\s{0,2}")
_PARENTHESES = re.compile(r"\([^)\n]{0,60}\)")
_HEADING_REST = re.compile(r"[\s:—–\-.,(]*(?:\([^)\n]{0,40}\))?[\s:—–\-.]*")
# Greetings: the name after them is the company's brand ("Вы позвонили в Оптику Вид"), unless it has a place.
_GREETING = re.compile(
    r"(?:calling|call|позвонили\s+в|звоните\s+в|pozvali\s+ste|позвали\s+сте|dobro\s?došli\s+u|добро\s?дошли\s+у"
    r"|welcome\s+to|добро\s+пожаловать\s+в|приветствует)\s+(?:the\s+|our\s+)?(?:[^\W\d_][\w-]{0,20}\s+){0,2}$",
    re.IGNORECASE,
)


# Capitalised runs of a question, "The" kept: "How do I book The Back Room?".
_MENU_RUN = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3}")
# "the new shop", "our newest store", "новый магазин", "в новом салоне", "nova prodavnica", "у новој апотеци"
_NEW_BEFORE = re.compile(
    r"(?<![\w-])(?:new|newest|нов(?:ый|ая|ое|ого|ой|ом|ую)|nov[aiou]|novoj|novom|новој|новом|нов[аиоу])\s+$",
    re.IGNORECASE,
)


# A sentence's lead of one to three capitalised words, a comma and maybe "at": "East Ridge, at 1415 Ringgold Road".
_PLACE_THEN_ADDRESS = re.compile(
    # "Our Douglas Avenue wash, at 3150 East Douglas Avenue, …": "our" and the trade are no part of the place
    r"(?:(?:Our|The)[ \t]{1,2})?"
    r"(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t][A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    r"(?:[ \t]{1,2}[a-z]{3,12})?(?:,|(?P<dot>[ \t]{1,2}[·•|]))[ \t]{1,2}(?:(?:at|on|на|в|u|na)[ \t]{1,2})?"
)
# What ends a branch's name that opens an item: "Центр в Амуре: улица …", "Elm Street — open daily …"
_ITEM_MARK = re.compile(r"[ \t]{0,2}[:–—-][ \t]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of sentences and lines in text; "ул. Бутлерова" and "д. 17" do not end a sentence."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0) != "\n":
            word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
            if word and word.group(1).casefold() in _MONTH_ABBREVIATIONS and _DAY_NUMBER_NEXT.match(text, m.end()):
                continue  # "Mardi Gras Day, Tuesday Feb. 9, 2027 – … closed"
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


class Spans:
    """Sorted, non-overlapping spans of a text (sentences, lines) and the one around a position, by bisection."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index(self, pos: int) -> int:
        """The index of the span holding pos, else of the last span before it (-1 if none)."""
        return bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> tuple[int, int] | None:
        i = self.index(pos)
        return self.spans[i] if i >= 0 and pos < self.spans[i][1] else None


COMPANY_CUE = ()  # an attribution to the company as a whole


# Where a sentence's clauses part: a semicolon, or a comma before a word that sets the next clause against it
# ("Игла Центар и Игла Оџаци раде од 8 до 12, а Игла Пијаца од 7 до 12", "…, while Oak Park closes at 8").
# The part of a branch's name after a spaced dash, in running text: "продавница Уб — Центар ради …".
_DASH_TAIL = re.compile(rf"[ \t][—–][ \t]({_CAPITALISED_WORD})(?![\w-])")
_CLAUSE_BREAK = re.compile(
    r";|,\s{1,3}(?:а|a|но|ali|али|while|whereas|but)(?=\s)"
    # ", and" before a subject of its own and its verb: "…, and the Mills range is closed December 24"
    r"|,\s{1,3}(?:and|и|i)\s{1,3}(?=(?:(?i:the|our)\s{1,2})?(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}\s{1,2}){1,3}"
    r"(?:[a-zа-яё]{2,20}\s{1,2})?(?:is|are|will|closes|opens|stays|remains|работает|работают|закрыт|открыт|ради|раде"
    r"|radi|rade|затворен|zatvoren|отворен|otvoren)\w{0,3}\b)"
)
# A clause that is a place, a dash and what holds there: "магазины в Ишиме работают до 16:00, Голышманово — выходной".
_DASH_CLAUSE = re.compile(
    rf",(?=[ \t]{{1,3}}{_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{0,2}}[ \t]{{1,2}}[—–][ \t])")
_SPACES = re.compile(r"[ \t]*")
# A day, a colon and the place it speaks of, inside one fact: "Christmas Day: Southside open 8–11 AM".
_DAY_THEN_NAME = re.compile(rf":[ \t]{{1,2}}({_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{0,2}})[ \t]+"
                            # one place, its whole name, then a lower-case word but "and": not "X and Y"
                            r"(?!(?:and|or|и|или|i|ili)(?![\w-]))(?=[^\W\d_A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])")
# A clause that leaves out the verb it shares with the one before: "salon Centar radi od 8 do 14, Arilje od 9 do 13",
# "open early at 7 AM (Broadway until 5:30, …)" (searched up to the fact, which may begin at the place's name or
# right after it).
_GAPPED_CLAUSE = re.compile(
    rf"(?:,|\()(?=[ \t]{{0,3}}(?:{_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{0,2}}[ \t]{{1,2}})?$)")


class Attribution:
    """Decides whom each fact in one unit is about (see the module docstring for the order)."""

    def __init__(self, text: DocumentText, read: UnitRead, settings: ExtractionSettings, *,
                 section: str | None, page_entity: str | None, known: KnownNames | None = None,
                 brands: frozenset[str] = frozenset(), brand: Brand = Brand(), topic: str | None = None,
                 news: str | None = None, news_names: dict[str, str] | None = None,
                 menu: KnownNames | None = None):
        unit = read.unit
        self.menu = menu
        self.topic = topic
        self.news = news
        self.news_names = news_names or {}
        body = unit.text
        self.unit = unit
        self.found = read.found
        self.section = section
        self.page_entity = page_entity
        self.known = known
        self.sentences = Spans(sentence_spans(body))
        self._place_leads: int | None = None
        self.lines = Spans(_line_spans(body))
        self.type_words = find_type_words(body)
        found_names = find_branch_names(body, type_words=self.type_words)
        # "Сервисный центр на Кунавина", "отдел продаж в Шахтах": a department's words with a place after them name a
        # branch, not the company's department
        departments = [
            (m.start(), m.end()) for m in DEPARTMENT.finditer(body)
            if not any(n.start <= m.start() and m.end() < n.end
                       and STARTS_WITH_PREPOSITION.match(body, m.end() + 1, n.end) for n in found_names)
        ]
        # positions of words that make a sentence the company's
        every = [start for start, _, _ in self.type_words if _ALL_OF.search(body, max(0, start - _ALL_OF_REACH), start)]
        self.company_at = sorted([start for start, _ in departments] + [m.start() for m in LEGAL.finditer(body)] + every)
        self._both_at = [(start, word) for start, _, word in self.type_words
                         if _BOTH.search(body, max(0, start - 24), start)]
        # "Member Service Center" is a department, not a branch named "Member"
        self.names = [
            n for n in found_names
            if is_branch(n, settings) and not is_brand(n, brands) and not _greets(body, n)
            and not hours.names_a_day(n.place, dates=False)  # "On Christmas Eve and New Year's Eve, the day clinics"
            and not _WEEKDAY.match(n.place)  # "will open its third shop on Friday, Dec. 4"
            and not any(s < n.end and n.start < e for s, e in departments)
            # "free at every Ridgeline store", "во всех магазинах «Переплёт»": every branch, not one
            and not any(n.start <= start < n.end for start in every)
            and not _hosted(body, n, read.found)
            # "Пријемно место Азања, у продавници Младост, ради …": the business another branch stands in
            and not any(_HOST_BEFORE.fullmatch(body, o.end, n.start) for o in found_names
                        if o.end <= n.start and o.lead != n.lead)  # not a list of places: "на Пушкинской, в Сарапуле"
        ]
        own = [n for n in brand_branches(body, brand)
               if not any(o.start < n.end and n.start < o.end for o in self.names) and not _greets(body, n)]
        if own:
            self.names = sorted(self.names + own, key=lambda n: n.start)
        self._name_starts = [n.start for n in self.names]
        # "ул. Ленина, 28, офис 104", "Main St, Suite 200": a type word inside an address is its unit, not a place
        addresses_at = [(f.start, f.end) for f in read.found if f.kind == "address"]
        # nor is one a branch stands by: "Сервис у Тимочкој 40, иза бензинске пумпе"
        self.type_words = tuple(w for w in self.type_words if not any(s <= w[0] and w[1] <= e for s, e in addresses_at)
                                and not is_landmark(body, w[0]))
        self._type_starts = [start for start, _, _ in self.type_words]
        self.groups: dict[int, tuple[str, ...]] = defaultdict(tuple)
        for n in self.names:
            self.groups[n.lead] += (self._canonical(n),)
        heading = unit.context[-1] if unit.context else ""
        # "Holiday Hours (all shops)", "Режим работы всех филиалов": a section that speaks for every branch
        self.for_all = any(_FOR_ALL.search(label, 0, start) for label in unit.context
                           for start, _, word in find_type_words(label) if may_be_plural_type(word))
        # "Ostali saloni", "Наши пункты выдачи", "Other locations": its lines may be led by bare place names
        self.lists_branches = (any(may_be_plural_type(word) for _, _, word in find_type_words(heading))
                               and not label_names(heading, settings))
        self._city_keys = city_keys(settings.city)
        # "Five Points South – Mon–Fri 7–7 / Homewood – weekdays 7–6:30": rows led by place names list branches
        self.lists_branches = self.lists_branches or (not page_entity and self._rows_led_by_places())
        self._settings = settings
        self._brand_words = brand.words
        self.text_heading = text.heading

    def _canonical(self, name: BranchName) -> str:
        """The name the run's layout gives a branch the text names another way ("our Waukesha office" on a page whose
        card is headed "Beacon Tax Services – Waukesha"; "пункте на Бажова" under "Пункт на Бажова, 68"): one
        branch, one name, when exactly one layout name holds every distinctive word of the text's."""
        if name_key(name.place) in self.news_names:
            return self.news_names[name_key(name.place)]
        known = self.known.find(name.name) if self.known is not None else None
        if known is None and self.known is not None and (tail := _DASH_TAIL.match(self.unit.text, name.end)):
            # "продавница Уб — Центар ради од 7 до 14" under a table's "Уб — Центар" and "Уб — Пијаца"
            known = self.known.find(f"{name.name} {tail.group(1)}")
        # the same name however cased or inflected stays as written; a heading of several branches is no one's name
        if known is None or name_key(known) == name_key(name.name) or len(cached_names(known)) > 1:
            return name.name
        return known

    def _names_in(self, start: int, end: int) -> list[BranchName]:
        return self.names[bisect_left(self._name_starts, start):bisect_left(self._name_starts, end)]

    def _type_words_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        words = self.type_words[bisect_left(self._type_starts, start):bisect_left(self._type_starts, end)]
        return [hit for hit in words if hit[1] <= end]

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        return self.sentences.at(pos) or (pos, pos + 1)

    def _in_sentence(self, pos: int, end: int | None = None) -> tuple[str, ...] | None:
        """Whom the sentence around pos names: the one branch named inside the fact that ends at `end` ("7. јануара
        Шапица Рибница ради од 10 до 14"), else the nearest cue before it (with the branches joined to it by "and":
        "the Veterans Blvd store and the Canal Street store are open 24 hours"), else the only branch after it."""
        s, e = self._sentence_of(pos)
        names = self._names_in(s, e)
        company = self.company_at[bisect_left(self.company_at, s):bisect_left(self.company_at, e)]
        inside = {n.lead for n in names if end is not None and pos < n.start and n.end <= end}
        if len(inside) == 1:  # "…, а Шапица Центар је затворена": the fact's own subject
            return self.groups[inside.pop()]
        if len(inside) > 1:
            # "Trideset prvog decembra radnja Centar i radnja u Šidu rade od 8 do 14": its subjects joined by "and"
            last = max(i for i, n in enumerate(names) if n.lead in inside)
            joined = self._joined(names, last)
            if all(set(self.groups[lead]) <= set(joined) for lead in inside):
                return joined
        before = [(c, 1, -1) for c in company if c <= pos]
        before += [(n.start, 0, index) for index, n in enumerate(names) if n.start <= pos]
        both = {start: pair for start, word in self._both_at if s <= start < e and (pair := self._both(word))}
        before += [(start, 2, -1) for start in both if start <= pos]
        if before:
            at, cue, index = max(before)
            if cue == 0:
                # "poslovnica Trstenik radi od 8 do 14, a Vrnjačka Banja od 8 do 18": a later clause led by another
                # branch the run knows is about that one
                later = self._clause_lead(names[index].end, pos)
                if later:
                    return later
            return COMPANY_CUE if cue == 1 else both[at] if cue == 2 else self._joined(names, index)
        if both and not names and not company:  # "31.12 — оба салона работают с 10 до 15"
            return next(iter(both.values()))
        if not names and not company and (
                lead := self._clause_lead(s, pos, dashed=True) or self._named_after_day(pos, end)):
            return lead
        # a branch excepted or included after the fact is not what it is about: "Closed — all stores, including our
        # 24-hour Ingersoll store", "all stores are closed, except our Veterans Blvd store, which is open 10 to 4"
        leads = {n.lead for n in names if not _EXCEPTED_BEFORE.search(self.unit.text, max(s, n.start - 24), n.start)}
        if len(leads) == 1:
            return self.groups[leads.pop()]
        if company or names:
            return COMPANY_CUE if company and not names else None
        return None

    def _named_after_day(self, pos: int, end: int | None) -> tuple[str, ...] | None:
        """The known branch that a day's hours name right after the day and its colon ("Thanksgiving (Nov 26) &
        Christmas Day: Southside open 8–11 AM and 4–6 PM")."""
        if self.known is None or end is None:
            return None
        m = _DAY_THEN_NAME.search(self.unit.text, pos, end)
        entity = m and self.known.find(m.group(1))
        return (entity,) if entity else None

    def _clause_lead(self, start: int, pos: int, *, dashed: bool = False) -> tuple[str, ...] | None:
        """The known branch that leads the clause of pos when a clause break stands between start and pos (with
        `dashed`, only a clause that is a place, a dash and what holds there)."""
        if self.known is None:
            return None
        # a fact may begin at the conjunction that opens its clause ("…, a Ražanj ne radi")
        breaks = [m for m in (_DASH_CLAUSE if dashed else _CLAUSE_BREAK).finditer(self.unit.text, start, pos + 4)
                  if m.start() < pos]
        if not breaks and (gapped := _GAPPED_CLAUSE.search(self.unit.text, start, pos)):
            breaks = [gapped]
        if not breaks:
            return None
        after = _SPACES.match(self.unit.text, breaks[-1].end()).end()
        lead = _CAPITALISED_WORDS.match(self.unit.text, after)
        if lead is None or lead.start() > max(pos, after):
            return None
        said = lead.group(0)
        # a part of one known name will do: "Голышманово — выходной" for "«Барбос» Голышманово"; the lead may be
        # the address itself ("(Zeleni venac 16, …)"), which _known_part would refuse
        entity = self.known.find_whole(said) or self.known.find_exact(said) or self.known.find(said)
        return (entity,) if entity else None

    def _both(self, word: str) -> tuple[str, ...] | None:
        """The two branches "both" speaks of ("оба салона"): the run's two of that kind (a third kind may be named:
        "Швейный цех")."""
        if self.known is None:
            return None
        names = list(self.known.names())
        kind = stem(word.split()[0])
        of_kind = [n for n in names if kind in {stem(w) for w in WORDS.findall(n)}]
        return tuple(of_kind) if len(of_kind) == 2 else None

    def _place_then_address(self, pos: int) -> tuple[str, ...] | None:
        """A sentence led by a bare place's name, a comma (or a middle dot) and its address ("Brainerd, at 5521
        Brainerd Road, is open 24 hours", "Bardstown · 118 N. 3rd St. · …"), as a prompt or a list gives a chain's
        branches: that place, when the unit already names branches or leads two or more sentences so."""
        s, _ = self._sentence_of(pos)
        m = self._place_address_lead(s)
        if m is None or not (self.names or self._places_then_addresses() >= 2):
            return None
        place = m.group("place")
        # "Bardstown · 118 N. 3rd St., Bardstown · (502) 348-6621": a list of shops named by their towns, a line each;
        # after a comma a town is the address's own ("Казань, ул. Баумана, 12")
        town = name_key(place) in self._city_keys or addresses.city_of_section(place) is not None
        if ((town and not (m.group("dot") and self._places_then_addresses() >= 2))
                or names_a_day(place) or is_field_label(place) or find_type_words(place)):
            return None
        known = self.known.find(place) if self.known is not None else None
        return (known or place,)  # as the run names it: "Hawthorne" of "## Hawthorne shop" above

    def _place_address_lead(self, start: int) -> re.Match[str] | None:
        """A place's name, a comma and the address found right after it, at `start`."""
        m = _PLACE_THEN_ADDRESS.match(self.unit.text, start)
        return m if m is not None and any(f.kind == "address" and f.start == m.end() for f in self.found) else None

    def _places_then_addresses(self) -> int:
        """How many of the unit's sentences are led by a place, a comma and its address."""
        if self._place_leads is None:
            self._place_leads = sum(1 for s, _ in self.sentences.spans if self._place_address_lead(s) is not None)
        return self._place_leads

    def _item_lead(self, after: int, pos: int) -> BranchName | None:
        """The last branch between `after` and `pos` that leads its sentence and is followed by a colon or a dash."""
        body = self.unit.text
        for name in reversed(self._names_in(after, pos)):
            if self._sentence_of(name.start)[0] == name.start and _ITEM_MARK.match(body, name.end):
                return name
        return None

    def _joined(self, names: list[BranchName], index: int) -> tuple[str, ...]:
        """The branch of names[index] and those an "and" joins to it before it, in one sentence ("the Veterans Blvd
        store in Metairie and the Canal Street store", "Магазин на Покровке, магазин на Арбате и магазин на Тверской");
        a comma alone joins none ("Unlike the Elm store, the Oak store is open")."""
        out = self.groups[names[index].lead]
        body = self.unit.text
        joined_by_and = False
        while index > 0:
            m = _JOINED.fullmatch(body, names[index - 1].end, names[index].start)
            if m is None or not (joined_by_and or m.group("and")):
                break
            joined_by_and = True
            if names[index - 1].lead != names[index].lead:
                out = self.groups[names[index - 1].lead] + tuple(e for e in out if e not in self.groups[
                    names[index - 1].lead])
            index -= 1
        return out

    def _leading(self, line: int) -> BranchName | None:
        """The branch that leads a line ("Аптека на Садовой: ...", "• Our Ballard café")."""
        start, end = self.lines.spans[line]
        names = self._names_in(start, end)
        if not names:
            return None
        lead = _LINE_LEAD.match(self.unit.text, start, names[0].start)
        return names[0] if lead and lead.end() == names[0].start else None

    def _bare_reference(self, pos: int) -> tuple[str, ...] | None:
        """"Кузовной цех: пн–пт ..." after "Кузовной цех на Машиностроителей: ...": the branch of that type named last.

        The type word must be the subject, leading its sentence ("Офис работает
        пн–пт"), not a complement ("Адрес офиса продаж").
        """
        body = self.unit.text
        s, _ = self._sentence_of(pos)
        for start, end, word in self._type_words_in(s, pos)[:1]:
            if self._names_in(start, end) or any(n.start <= start < n.end for n in self._names_in(s, start)):
                return None
            lead = _BARE_LEAD.match(body, s, start)
            if not lead or lead.end() != start or is_plural_type(word):
                return None
            kind = stem(word.split()[0])
            for n in reversed(self.names[:bisect_left(self._name_starts, s)]):
                if n.end <= s and stem(n.word.split()[0]) == kind:
                    return self.groups[n.lead]
        return None

    def _heading_above(self, line: int) -> tuple[str, ...] | None:
        """The branch of a line above that is its title: only its name, or its name and address ("Магазин на
        Покровке ул. Покровка, 5"), with no other branch named in between (a card's title in running text)."""
        body = self.unit.text
        # the line speaks of a place of its own ("Адрес офиса продаж: ..."), unless it points back ("Email this store")
        if any(not _THIS_BRANCH.search(body, max(0, start - 12), start)
               for start, _, _ in self._type_words_in(*self.lines.spans[line])):
            return None
        for above in range(line - 1, max(-1, line - _TITLE_REACH), -1):
            start, end = self.lines.spans[above]
            name = self._leading(above)
            if name is None:
                if self._names_in(start, end) or self._type_words_in(start, end):
                    return None  # another place is named in between
                continue
            rest = body[name.end:end]
            address_next = False
            for f in self.found:
                if name.end <= f.start and f.end <= end and f.kind == "address":
                    rest = rest.replace(body[f.start:f.end], " ")
                    # "Кофейня в ТРЦ «Макси»: ул. Пролетарская, 2, 1 этаж, фуд-корт": the name and where it is
                    address_next = address_next or _NAME_THEN_ADDRESS.fullmatch(body, name.end, f.start) is not None
            title = (address_next or _HEADING_REST.fullmatch(rest)
                     or len(WORDS.findall(_PARENTHESES.sub(" ", rest))) <= 2)
            return self.groups[name.lead] if title else None
        return None

    def _known_label(self, pos: int) -> tuple[str, ...] | None:
        """A sentence led by a branch's short name and a colon, dash or middle dot ("Downtown: Mon–Fri 8–5", "Sellwood
        · 8015 SE 13th Ave · (503) 555-0178"), known from the run."""
        if self.known is None:
            return None
        s, e = self._sentence_of(pos)
        # "Шуя: 8 (49351) 4-27-09 · Лежневская: +7 (4932) 59-03-71": an item of a line led by its own label
        item = max(self.unit.text.rfind(" · ", s, pos), self.unit.text.rfind(" | ", s, pos))
        led = _ITEM_LABEL.match(self.unit.text, item + 3, e) if item >= 0 else None
        if led is not None and not self._names_in(item + 3, led.end()):
            # "Fairview Ave (270) 843-7781 · Glasgow (270) 651-2209": an item led by a name is that name's, known or
            # not, never the line's first
            entity = self.known.find(led.group("label"))
            return (entity,) if entity else None
        for start in ((item + 3, s) if item >= 0 else (s,)):
            m = _KNOWN_LABEL.match(self.unit.text, start, e)
            if m is None or self._names_in(start, m.end()):
                continue
            entity = self.known.find(m.group("label"))
            if entity:
                return (entity,)
        return None

    def _known_subject(self, pos: int) -> tuple[str, ...] | None:
        """A sentence whose subject is a branch's short name, known from the run ("Savamala is open 24/7", "North
        Hills keeps weekday hours of 8 to 6"): the sentence is about that branch."""
        if self.known is None and self.menu is None:
            return None
        s, e = self._sentence_of(pos)
        m = _SUBJECT.match(self.unit.text, s, e)
        if m is None or m.end("name") > pos or self._names_in(s, e):
            return None
        entity = self.known.find(m.group("name")) if self.known is not None else None
        if entity is None and self.menu is not None and self.menu.find(m.group("name")):
            return (m.group("name"),)  # the menu's full name ("North Hills Veterinary Clinic") is not how text says it
        return (entity,) if entity else None

    def _open_subject(self, pos: int) -> tuple[str, ...] | None:
        """A sentence led by a place's name and a verb of opening ("Dunavska is open from 10 am to 6 pm", "Автодром
        открыт ежедневно"), on a page that gives the fact no place of its own: the sentence is about that place."""
        if self.section or self.page_entity or self.topic:
            return None
        return self._sentence_subject(pos)

    def _sentence_subject(self, pos: int) -> tuple[str, ...] | None:
        """The place whose name and a verb of opening lead pos's sentence, if it names no branch by type (also a later
        sentence of a line listing places: "Our Old City store is at …. Bearden, on Kingston Pike, is open …")."""
        s, e = self._sentence_of(pos)
        m = _OPEN_SUBJECT.match(self.unit.text, s, e)
        if m is None or m.end("name") > pos or self._names_in(s, e):
            return None
        return (m.group("name"),) if self._place_name(m.group("name")) else None

    def _question_subject(self) -> str | None:
        """The place an FAQ question asks the opening of ("When is Tunnel Road open?"), as the question says it."""
        if not self.unit.context or self.page_entity:
            return None
        question = self.unit.context[-1]
        if self.unit.role != "answer" and not question.rstrip().endswith("?"):
            return None
        asked = asked_place(question, self._brand_words)
        if asked is not None:
            return asked or None
        # "Can I reserve a lane in Hendersonville?" over "Our center at 1820 Spartanburg Hwy in Hendersonville …": a
        # place the question ends with, which the answer repeats where it says where or when
        m = _QUESTION_PLACE.search(question.strip())
        if (m and self._place_name(m.group("name")) and any(f.kind in ("address", "hours") for f in self.found)
                and set(name_key(m.group("name")).split()) <= set(name_key(self.unit.text).split())):
            return m.group("name")
        return None

    def _place_name(self, name: str) -> bool:
        """Whether a capitalised subject can be a place's name: no pronoun, part of a place, day, brand or desk."""
        return is_place_name(name, self._brand_words)

    def _known_named(self, pos: int, end: int | None = None) -> tuple[str, ...] | None:
        """The one branch of the run named in full anywhere in the sentence ("Winter break bonus day: the Midtown
        Museum will open on Monday, December 28, from 9:30 to 4:30"); of several, the ones in the fact's clause
        ("Christmas Eve: Highland Square and Ellet open 9am–2pm; Cuyahoga Falls closed")."""
        if self.known is None and self.menu is None:
            return None
        s, e = self._sentence_of(pos)
        if self._names_in(s, e):
            return None
        # a one-word name too ("…, and the Mills range is closed"), but not a quoted one nor the brand's word
        # ("u prodavnici „Mladost“", "Tidewater")
        found = {entity for run in _CAPITALISED_WORDS.finditer(self.unit.text, s, e)
                 if (" " in run.group(0) or self._named_alone(run))
                 and (entity := self.known.find_whole(run.group(0)) or self._known_part(run))
                 } if self.known is not None else set()
        if found and end is not None:
            body = self.unit.text
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(body, s, e)]
            clause_start = max([s] + [b_end for b_start, b_end in breaks if b_end <= max(s, end - 1)])
            clause_end = min([e] + [b_start for b_start, _ in breaks if b_start >= end - 1])
            # the names inside the fact itself, where it has some: "On Christmas Eve, Oneida Street closes at 3 P M"
            # before "and De Pere at 4 P M", "On Christmas Day, De Pere is closed" before "and Oneida Street is open"
            if any(self._known_run(run) for run in _CAPITALISED_WORDS.finditer(body, pos, end)):
                clause_start, clause_end = pos, end
            # among names that are surely branches, a one-word name ("Ellet") is one too
            named = tuple(dict.fromkeys(
                entity for run in _CAPITALISED_WORDS.finditer(body, clause_start, clause_end)
                if (entity := self._known_run(run))))
            if len(found) > 1 or len(named) > 1:
                return named or None
            lead = _SUBJECT.match(body, clause_start, clause_end)
            if not named and lead and self._place_name(lead.group("name")):
                return None  # "…; Hendersonville closes at 8 PM": its own clause's place, though the run knows it not
        if not found and self.menu is not None:
            # a branch the page's navigation lists, named as it lists it ("The Cary Pet Care Center is also closed
            # Friday, November 27" under "Locations / … / Cary Pet Care Center")
            found = {name for name in self.menu.names() if len(name.split()) >= 2 and self._names_whole(name, s, e)}
        return (found.pop(),) if len(found) == 1 else None

    def _named_alone(self, run: re.Match[str]) -> bool:
        """Whether a one-word run can name a branch by itself: not quoted (a host business) and not the brand."""
        return (self.unit.text[run.start() - 1:run.start()] not in _QUOTES
                and stem(run.group(0).casefold()) not in self._brand_words)

    def _known_run(self, run: re.Match[str]) -> str | None:
        """The known branch a run of capitalised words names, in full, exactly or by part of its name."""
        return self.known.find_whole(run.group(0)) or self.known.find_exact(run.group(0)) or self._known_part(run)

    def _known_part(self, run: re.Match[str]) -> str | None:
        """The one known branch a run of capitalised words names by part of its name ("Valley View" for "Valley
        View Mall", "Tunnel Road" for "Tunnel Road Lanes"), outside an address ("4300 Upton Ave S")."""
        if any(f.kind == "address" and f.start < run.end() and run.start() < f.end for f in self.found):
            return None
        # a sentence's capital on its preposition is no part of the name: "Za Crvenku možete zvati i direktno: …"
        return self.known.find(_LEADING_PREPOSITION.sub("", run.group(0)))

    def _names_whole(self, name: str, start: int, end: int) -> bool:
        """Whether text[start:end] names a listed branch word for word, outside the facts read there (a city the
        menu lists is part of an address: "Сентандрејски пут 11, Нови Сад"), and the name is no city."""
        if name_key(name) in self._city_keys or addresses.city_of_section(name) is not None:
            return False
        m = _whole_name(name).search(self.unit.text, start, end)
        return m is not None and not any(f.start < m.end() and m.start() < f.end for f in self.found)

    def _dialled_by(self, found: Found) -> tuple[str, ...] | None:
        """A switchboard's extension and whom it dials, after a dash ("lokal 11 – Centar"): that branch, known from
        the run or named so."""
        if found.kind != "phone" or ";ext=" not in found.value:
            return None
        m = _DIALS.match(self.unit.text, found.end)
        if m is None:
            return None
        label = m.group("label").strip()
        # a name, capitalised as a sentence is ("Tehnički fakultet"), of a few words
        if (DEPARTMENT.search(label) or is_field_label(label) or not label[:1].isupper() or not is_title(label)
                or len(label.split()) > SHORT_NAME_WORDS):
            return None
        known = self.known.find(label) if self.known is not None else None
        return (known or label,)

    def _bracketed(self, found: Found) -> tuple[str, ...] | None:
        """A number with the branch it reaches in brackets after it ("011 3283 450 (Knez Mihailova), 021 6612 300
        (Novi Sad)"): that branch, when the unit names it (in any case) or the run knows it."""
        if found.kind != "phone":
            return None
        m = _BRACKETED.match(self.unit.text, found.end)
        if m is None:
            return None
        label = m.group("label").strip()
        if (DEPARTMENT.search(label) or is_field_label(label) or not is_proper_name(label) or not is_title(label)
                or len(label.split()) > SHORT_NAME_WORDS):
            return None
        known = self.known.find(label) if self.known is not None else None
        if known:
            return (known,)
        stems = name_key(label).split()
        for n in self.names:
            place = name_key(n.place).split()
            if len(place) == len(stems) and all(any(a.startswith(b) or b.startswith(a) for b in place) for a in stems):
                return (label,)
        # "021 6612 300 (Novi Sad)": a town's branch, whether or not the run names it otherwise
        if name_key(label) in self._city_keys or addresses.city_of_section(label) is not None:
            return (label,)
        return None

    def _rows_led_by_places(self) -> bool:
        """Whether two or more lines are each led by a different place's name, then a dash or colon and its facts."""
        body = self.unit.text
        labels = set()
        for start, end in self.lines.spans:
            m = _LISTED_LABEL.match(body, start, end)
            if m is None:
                continue
            label = _listed_name(m, body)
            if (_is_place_label(label) and name_key(label) not in self._city_keys and not self._names_in(start, end)
                    and any((m.end() <= f.start or _covers_label(f, m)) and f.start < end
                            for f in self.found if f.kind in ("hours", "address", "phone"))):
                labels.add(name_key(label))
        return len(labels) >= 2

    def _listed_label(self, line: int) -> tuple[str, ...] | None:
        """A line led by a bare place name under a heading that lists branches ("Liman — pon–pet 10–18" under
        "Ostali saloni"); field labels ("Adresa:", "Пн–Пт:") are not names."""
        if not self.lists_branches:
            return None
        start, end = self.lines.spans[line]
        m = _LISTED_LABEL.match(self.unit.text, start, end)
        if m is None:
            return None
        label = _listed_name(m, self.unit.text)
        # a fact over the label is no place's (an address, a phone), but dated hours read from the name on
        # ("31 декабря" over "Древлянка — с 10 до 18") cover their place's name
        if (not _is_place_label(label)
                or any(f.start < m.end("label") and start <= f.end and not _covers_label(f, m)
                       for f in self.found if f.start < end)):
            return None
        return tuple(_LISTED_AND.split(label))

    def _place_label(self, line: int) -> tuple[str, ...] | None:
        """A line led by a preposition and a place, in a unit that speaks of branches ("У каждой мастерской свой
        график. / На Соколе: 31 декабря — с 10 до 16"): the branch there. A city ("В Казани:") or a day ("На
        Рождество:") is no branch."""
        if not self.type_words:
            return None
        start, end = self.lines.spans[line]
        m = _PLACE_LABEL.match(self.unit.text, start, end)
        if m is None or self._names_in(start, end):
            return None
        label, place = m.group("label"), m.group("place")
        if (names_a_day(label) or is_day_label(place) or is_field_label(place) or name_key(place) in self._city_keys
                or addresses.city_of_section(place) is not None):
            return None
        return (label,)

    def _unit_lead(self) -> tuple[str, ...] | None:
        """The one branch a unit names, when it leads the unit ("Пункт выдачи на Соколе, ул. Лесная, 6 / Пн–Пт ...")."""
        if len({n.lead for n in self.names}) != 1:
            return None
        if any(not any(n.start <= start < n.end for n in self.names) for start, _, _ in self.type_words):
            return None  # "Адрес офиса продаж: ..." speaks of another place too
        first = self._leading(0)
        return self.groups[first.lead] if first is not None else None

    def _paragraph_topic(self) -> tuple[str, ...] | None:
        """The one branch a paragraph of prose introduces in its first sentence ("In 2014 we opened a second shop in
        Sellwood, at … Call the Sellwood shop at …"): the paragraph goes on about it."""
        places = {name_key(n.place) for n in self.names}  # "a shop in Sellwood" … "the Sellwood shop": one place
        if len(self.sentences.spans) < 2 or len(places) != 1 or self.company_at:
            return None
        kinds = {stem(n.word.split()[0]) for n in self.names}
        if any(not any(n.start <= start < n.end for n in self.names) and stem(word.split()[0]) not in kinds
               for start, _, word in self.type_words):
            return None  # "…; the head office is open …" speaks of another place too ("the shop is open": this one)
        first_end = self.sentences.spans[0][1]
        return self.groups[self.names[0].lead] if self.names[0].start < first_end else None

    def _new_one(self, pos: int) -> tuple[str, ...] | None:
        """On a page that is news about one new branch, "the new shop" ("The new shop's phone number is ...",
        "новый магазин", "nova prodavnica") is that branch, wherever the sentence stands."""
        if not self.news:
            return None
        s, e = self._sentence_of(pos)
        body = self.unit.text
        for start, _, word in self._type_words_in(s, e):
            if not is_plural_type(word) and _NEW_BEFORE.search(body, max(0, start - 16), start):
                return (self.news,)
        return None

    def _continued(self, pos: int) -> tuple[str, ...] | None:
        """The subject of the previous sentence, for a sentence that goes on about it ("Оно открыто ...")."""
        s, e = self._sentence_of(pos)
        if not _CONTINUES.match(self.unit.text, s) or self._type_words_in(s, e):
            return None  # "Адрес офиса продаж: ..." goes on about another place
        index = self.sentences.index(s)
        if index < 1:
            return None
        return self._in_sentence(self.sentences.spans[index - 1][0]) or None

    def _we_after_places(self, pos: int) -> bool:
        """A sentence of "we" after one whose clauses name several places ("On Christmas Eve the Florence showroom
        closes at noon; Muscle Shoals and Athens are closed. We're closed Christmas Day."): the company's."""
        s, e = self._sentence_of(pos)
        index = self.sentences.index(s)
        if index < 1 or self.known is None or not _WE.match(self.unit.text, s) or self._type_words_in(s, e):
            return False
        b_start, b_end = self.sentences.spans[index - 1]
        before = self._in_sentence(b_start) or ()
        clause = _CLAUSE_BREAK.search(self.unit.text, b_start, b_end)
        return bool(before) and clause is not None and any(
            (entity := self._known_run(run)) and entity not in before
            for run in _CAPITALISED_WORDS.finditer(self.unit.text, clause.end(), b_end))

    def _offers_heading_branch(self, here: str | None) -> tuple[str, ...] | None:
        """The one branch a heading over an offer card names below the page's own heading ("Понуда у нашој цвећари
        на Дорћолу" over "Божићни венац"), read as the page's branch when it is that one; the page's heading alone
        does not make its offers the branch's."""
        for label in reversed(self.unit.context[1:]):
            names = label_names(label, self._settings)
            if len({name_key(n.place) for n in names}) != 1:
                continue
            # stems of one word in two cases may differ in length ("dorco" of "Дорћолу", "dorc" of "Дорћол")
            for own in (self.page_entity, here):
                stems = name_key(own or "").split()
                if stems and all(any(a.startswith(b) or b.startswith(a) for b in stems)
                                 for a in name_key(names[0].place).split()):
                    return (own,)
            return (names[0].name,)
        return None

    def _promotion_branch(self, pos: int) -> tuple[str, ...]:
        """An offer is the company's unless its own section names one branch ("Только в магазине на Баумана").

        The section must be about that one offer, and the sentence naming the
        branch must say nothing else: "книжара у Кнеза Михаила ради од 9 до 23"
        names the shop for its hours, not for the offers around it. Of several
        offers in one unit, each is one branch's only by its own line ("At Five
        Points South only: Gown Preservation Sale, …").
        """
        if self.topic and not self.section:
            return (self.topic,)  # a grand opening's offers are the new shop's (its sentence said nothing else)
        if sum(1 for f in self.found if f.kind == "promotion") != 1:
            return self._only_at(*self.lines.spans[max(0, self.lines.index(pos))]) or COMPANY_CUE
        body = self.unit.text
        here = self.section or self.page_entity
        headed = self._offers_heading_branch(here)
        if headed:
            return headed
        # on a branch page or card, an offer its own text or sub-heading says is this branch's: "Sam Hughes only.",
        # "скидка 15% на любой номер на Лиговском", "Happening at Sam Hughes", "Акции клиники"
        if here and not self.company_at and (self._names_place_of(here) or self._offers_of_this_one()):
            return (here,)
        if here and any(_THIS_BRANCH.search(body, max(0, start - 12), start) for start, _, _ in self.type_words):
            return (here,)
        only = self._only_at(0, len(body))
        if only:
            return only
        offer_at = next(f.start for f in self.found if f.kind == "promotion")
        placed = self._known_after_preposition(*self._sentence_of(offer_at))
        if placed:
            return placed
        leads = set()
        offer = self.sentences.index(offer_at)
        for n in self.names:
            s, e = self._sentence_of(n.start)
            if any(s <= f.start < e for f in self.found if f.kind != "promotion"):
                return COMPANY_CUE
            if _EXCEPTED_BEFORE.search(self.unit.text, max(s, n.start - 24), n.start):
                continue  # "Действует во всех магазинах, кроме магазина на Малышева": the others'
            # a sentence past the one after the offer's tells of something else: "…. Тринадцатого декабря проводим
            # турнир. Регистрация в магазине на Ленина."
            if self.sentences.index(n.start) - offer > 1:
                continue
            leads.add(n.lead)
        return self.groups[leads.pop()] if len(leads) == 1 else COMPANY_CUE

    def _only_at(self, start: int, end: int) -> tuple[str, ...] | None:
        """The one branch text[start:end] says an offer is only at: "At our Franklin store only: …", "Только в
        магазине на Баумана", "Samo u prodavnici Niš", or by a short name the run knows ("Rosedale only.")."""
        body = self.unit.text
        only = [n for n in self._names_in(start, end) if _ONLY_AFTER.match(body, n.end) or _ONLY_BEFORE.search(
            body, max(start, n.start - 30), n.start)]
        if len({n.lead for n in only}) == 1:
            return self.groups[only[0].lead]
        if not only and self.known is not None:
            known = {entity for run in _CAPITALISED_WORDS.finditer(body, start, end)
                     if (_ONLY_AFTER.match(body, run.end())
                         and not _ANOTHER_BEFORE.search(body, max(start, run.start() - 40), run.start())
                         or _ONLY_BEFORE.search(body, max(start, run.start() - 30), run.start()))
                     and (entity := self.known.find(_LEADING_PREPOSITION.sub("", run.group(0))))}
            if len(known) == 1:
                return (known.pop(),)
        return None

    def _known_after_preposition(self, start: int, end: int) -> tuple[str, ...] | None:
        """The one branch the run knows that text[start:end] says something is at, by its short name: "every Tuesday
        at Fairhaven", "а до 31 декабря в БашГУ действует «Сессия без стресса»"."""
        if self.known is None:
            return None
        body = self.unit.text
        known = {entity for run in _CAPITALISED_WORDS.finditer(body, start, end)
                 if _AT_PLACE_BEFORE.search(body, max(start, run.start() - 4), run.start())
                 and not _AND_ANOTHER.match(body, run.end())  # "at River Hills and Old Town": both, not one
                 and (entity := self.known.find(run.group(0)))}
        return (known.pop(),) if len(known) == 1 else None

    def _labels_below_page(self) -> list[str]:
        heading = self.text_heading
        return [label for label in self.unit.context if label.strip() and label != heading]

    def _names_place_of(self, here: str) -> bool:
        """Whether the unit or a heading over it below the page's own names the place of branch `here` (its
        distinctive words but the company's: "Sam Hughes" of "Swirlberry Sam Hughes", "Лиговском" of "Хостел
        «Совушка» на Лиговском")."""
        place = set(name_key(here).split()) - self._brand_words
        # a name led by the company's word the page does not set apart ("Swirlberry Sam Hughes"): the rest
        lead = WORDS.match(here.strip())
        if lead and lead.group(0)[:1].isupper() and not find_type_words(lead.group(0)) and len(place) > 1:
            place.discard(stem(lead.group(0)))
        if not place:
            return False
        said = set(name_key(" ".join([self.unit.text, *self._labels_below_page()])).split())
        return place <= said

    def _offers_of_this_one(self) -> bool:
        """Whether a heading over the unit below the page's own calls its offers one branch's by a bare type word
        ("Акции клиники", "Store specials", "Ponude ove poslovnice")."""
        for label in self._labels_below_page():
            if not _OFFERS_WORD.search(label) or label_names(label, self._settings):
                continue
            words = find_type_words(label)
            if words and not any(is_plural_type(word) for _, _, word in words):
                return True
        return False

    def entities_of(self, found: Found) -> tuple[str, ...]:
        """The branches a fact is about; () for the company."""
        return (self._dialled_by(found) or self._bracketed(found) or self._opening_of(found)
                or self._entities_at(found.start, promotion=found.kind == "promotion",
                                     end=found.end if found.kind == "hours" else None))

    def _opening_of(self, found: Found) -> tuple[str, ...] | None:
        """An offer named after a branch's opening ("Stone Oak Grand Opening", "Yukon Grand Reopening Weekend") is
        that branch's: the one the unit, the section, the page or the run names at that place, else the place."""
        if found.kind != "promotion":
            return None
        m = _OPENING_OFFER.match(found.value)
        if m is None:
            return None
        place = m.group("place")
        key = set(name_key(place).split())
        if not key or _WEEKDAY.match(place) or key & {stem(w) for w in ("grand", "big", "new", "our", "the")}:
            return None
        for n in self.names:
            if key <= set(name_key(n.place).split()):
                return self.groups[n.lead] if len(self.groups[n.lead]) == 1 else (self._canonical(n),)
        for own in (self.section, self.topic, self.page_entity):
            if own and key <= set(name_key(own).split()):
                return (own,)
        known = self.known.find(place) if self.known is not None else None
        return (known or place,)

    def _entities_at(self, start: int, *, promotion: bool = False, end: int | None = None) -> tuple[str, ...]:
        said = self._in_sentence(start, end)
        if said is not None:
            return said
        placed = self._place_then_address(start)
        if placed is not None:
            return placed
        line = max(0, self.lines.index(start))
        leading = self._leading(line)
        if leading is not None and leading.start <= start:
            # one line of several items, as a prompt reads them: "Центр на Левом: … . По будням … . Центр в Амуре:
            # … . С понедельника …": a later sentence led by another branch opens that branch's item
            later = self._item_lead(leading.end, start)
            if later is not None:
                return self.groups[later.lead]
            # a later sentence of the line with a branch of its own as its subject: "... North Hills keeps ..."
            later_sentence = leading.start < self._sentence_of(start)[0]
            return (later_sentence and (self._known_subject(start) or self._sentence_subject(start))
                    or self.groups[leading.lead])
        labelled = (self._known_label(start) or self._listed_label(line) or self._place_label(line)
                    or self._known_subject(start) or self._known_named(start, end) or self._new_one(start)
                    or self._open_subject(start))
        if labelled:
            return labelled
        if self._we_after_places(start):
            return COMPANY_CUE
        continued = self._continued(start)
        if continued:
            return continued
        if promotion:
            return self._promotion_branch(start)
        for resolve in (self._bare_reference(start), self._heading_above(line), self._unit_lead(),
                        self._paragraph_topic()):
            if resolve:
                return resolve
        if self.for_all and not self.section:
            return COMPANY_CUE  # a branch page's "Holiday Hours (all shops)" are not that branch's alone
        # the questions are read only when the unit's place is not known already
        entity = self.section or self.topic or self._menu_question() or self._question_subject() or self.page_entity
        return (entity,) if entity else COMPANY_CUE

    def _menu_question(self) -> str | None:
        """The branch an FAQ question names as the page's menu lists it ("Why is Manayunk closed on Mondays?", "How
        do I book The Back Room?" under "Locations / Fishtown / Manayunk / The Back Room"), as the question says it."""
        if self.menu is None or not self.unit.context:
            return None
        question = self.unit.context[-1]
        if self.unit.role != "answer" and not question.rstrip().endswith("?"):
            return None
        found = {run.group(0) for run in _MENU_RUN.finditer(question)
                 if run.start() > 0 and self.menu.find_exact(run.group(0))}
        return found.pop() if len(found) == 1 else None


def is_place_name(name: str, brand_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a capitalised subject can be a place's name: no pronoun, part of a place, day, brand or desk."""
    words = name.split()
    return not (words[0].casefold() in _NOT_OPEN_SUBJECTS or names_a_day(name) or is_day_label(name)
                or DEPARTMENT.search(name) or _SWITCHBOARD.search(name)
                or any(s == 0 and e == len(name) for s, e, _ in find_type_words(name))
                or any(stem(w) in brand_words for w in words) or is_field_label(name)
                or addresses.city_of_section(name) is not None)


def asked_place(question: str, brand_words: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The place an FAQ question asks the hours of ("When is Tunnel Road open?"); "" when it asks them of no place
    ("When is everything open?"), None when it asks no hours."""
    for pattern in _OPENING_QUESTIONS:
        m = pattern.match(question.strip())
        if m:
            return m.group("name") if is_place_name(m.group("name"), brand_words) else ""
    return None


@lru_cache(maxsize=1024)
def _whole_name(name: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w-])", re.IGNORECASE)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    end = text.find("\n")
    while end >= 0:
        spans.append((start, end))
        start = end + 1
        end = text.find("\n", start)
    spans.append((start, len(text)))
    return spans


def _hosted(text: str, name: BranchName, found: tuple[Found, ...]) -> bool:
    """Whether a name follows an address as the business the branch is in ("Glavna 5, Azanja (u prodavnici
    „Mladost“)", "проспект Победы, 48, в магазине «Бытовая техника»"): a landmark, not the branch."""
    lead = _HOST_BEFORE.search(text, max(0, name.start - 16), name.start)
    return lead is not None and any(
        f.kind == "address" and f.end <= lead.start() and lead.start() - f.end <= 3 for f in found)


# A comma or bracket and "in" before a host business's name, right after an address.
_HOST_BEFORE = re.compile(r"[,(][ \t]{0,2}" + INSIDE_WORDS + r"(?:(?i:the)[ \t]{1,2})?$")


def _greets(text: str, name: BranchName) -> bool:
    """Whether a name is the company greeting the caller ("Вы позвонили в Оптику Вид"), not a branch."""
    return not name.prep and name.name.casefold().startswith(name.word.casefold()) and bool(
        _GREETING.search(text, max(0, name.start - 30), name.start)
    )
