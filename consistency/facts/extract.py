"""From read documents to facts: run every extractor and decide whom each fact is about.

Whom a fact is about, most specific first:
1. what its own sentence says: a branch named inside the fact itself ("7. јануара
   ..., а Шапица Центар је затворена"), else the branch named nearest before it
   ("Магазин на Покровке работает с 10 до 22"; "Кофейни на Ленина и на Мира
   работают ..." and "the Veterans Blvd store and the Canal Street store are
   open 24 hours" are about both), or a company word ("все наши магазины",
   "горячая линия", "wholesale", "ООО «...»", "at every Ridgeline store") that
   makes it the company's;
2. a branch that leads its line ("Аптека на Садовой: Садовая, 32. Работает с 8
   до 22"), the branch a switchboard's extension dials ("lokal 11 – Centar"),
   the branch a number reaches in brackets after it ("011 3283 450 (Knez
   Mihailova)"), a branch the run knows leading (before a colon, dash or
   middle dot: "Sellwood · 8015 SE 13th Ave · ...") or named in full in the
   sentence ("Savamala is open 24/7"; a later sentence of a line led by
   another branch too), or listed by the page's navigation ("Locations /
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
   is Manayunk closed on Mondays?"), a branch card on a list page (a heading
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
repeats the nationwide offers.
Toll-free numbers, role mailboxes (info@, zakaz@) and boilerplate (header,
footer, navigation, text repeated on many pages) are company-wide, unless the
boilerplate names branches beside their facts (an "Other shops" sidebar speaks
of those shops, a card of it headed by a bare place name, "Врачар" under
"Остале цвећаре", of that one); boilerplate is read once per channel.

Hand-written: no library attributes facts to the places a page lists; the
rules are layout and phrasing of company content, in tables of words.
"""

from __future__ import annotations

import hashlib
import html
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from consistency import __version__
from consistency.documents.document import Document, DocumentText, Unit
from consistency.documents.html import is_day_label
from consistency.facts.branch_names import (
    PICKUP, SHOP, BranchName, branch_type, find_branch_names, find_type_words, is_plural_type, may_be_plural_type,
    name_key, stem,
)
from consistency.facts import addresses, emails, hours, phones, promotions
from consistency.facts.dates import find_dates
from consistency.facts.fact import BRANCH, COMPANY, Fact

# A unit seen on this many documents of one channel is boilerplate.
REPEATED_ON = 3
_EXCERPT_CHARS = 240
_IVR_FORMATS = frozenset({"vxml", "twiml", "connect", "ivr-text"})
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ«\"„0-9])|\n")
_LAST_WORD = re.compile(r"(\w+)\.$")
_ABBREVIATIONS = {
    "ул", "д", "стр", "корп", "к", "м", "пр", "просп", "пер", "пл", "наб", "ш", "б", "бул", "г", "оф", "кв", "эт",
    "обл", "р", "руб", "тел", "доб", "вн", "им", "св", "ст", "mr", "st", "ave", "rd", "no", "tel", "ext", "бр",
    "mt", "ft", "pt", "blvd", "hwy", "pkwy",
}
# Words that set a branch apart from what the sentence says of the others.
_EXCEPTED_BEFORE = re.compile(r"(?i:except|including|but|кроме|за[ \t]исключением|включая|osim|осим|uključujući|укључујући)"
                              r"[ \t]{1,2}(?:(?:for[ \t]{1,2})?(?:our|the|наш\w{0,3}|naš\w{0,3})[ \t]{1,2})?(?:[\w-]+[ \t]{1,2})?$")
# A month's abbreviation before its day's number ends no sentence: "Feb. 9", "дек. 31".
_MONTH_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec янв фев февр апр авг сент окт нояб дек".split())
_DAY_NUMBER_NEXT = re.compile(r"[ \t]{0,2}\d")
_LIST_CONTEXT = re.compile(
    r"пункт\w*\s+выдачи|магазин\w*|адрес\w*|филиал\w*|pick-?up|stores?|shops?|branches|locations", re.I
)

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
# A heading for every branch: "(all shops)", "всех филиалов", "svih poslovnica" (never "other locations").
_FOR_ALL = re.compile(r"(?<![\w-])(?:все|всех|всем|all|every|svi|sve|svih|сви|све|свих)\s+(?:(?:our|наш\w{0,3}|naš\w{0,3})\s+)?$",
                      re.IGNORECASE)
# Departments and lines that serve the whole company.
_DEPARTMENT = re.compile(
    r"(?<![\w-])(?:горяч\w{0,3}\s+лини\w{0,2}|контакт-?\s?центр\w{0,2}|колл-?\s?центр\w{0,2}|call[\s-]?cent(?:er|re)s?"
    r"|справочн\w{0,3}\s+(?:служб|лини)\w{0,2}|един\w{1,2}\s+(?:номер|телефон|справочн)\w{0,3}|head\s+office"
    r"|headquarters|(?:главн|головн|центральн)\w{2}\s+офис\w{0,2}|юридическ\w{2,3}\s+адрес\w{0,2}"
    r"|customer\s+(?:service|support|care)|служб\w{1,2}\s+(?:поддержки|заботы|доставки)|поддержк\w{1,2}"
    r"|wholesale|оптов\w{1,3}|billing|бухгалтери\w{1,2}|отдел\w{0,2}\s+кадров|careers|пресс-служб\w{1,2}"
    r"|hotline|helpline|member\s+services?|korisni\w{1,3}\s+servis\w{0,2}|корисни\w{1,3}\s+сервис\w{0,2}"
    r"|pozivn\w{1,2}\s+centar\w{0,2}|позивн\w{1,2}\s+центар\w{0,2}|kontakt\s+centar\w{0,2}|контакт\s+центар\w{0,2}"
    r"|veleprodaj\w{0,2}|велепродај\w{0,2}|podršk\w|podrsk\w|подршк\w{1,2}|интернет-заказ\w{0,3}|закажите"
    r"|заказать|заказывайте|(?:при[её]м|отдел|стол)\w{0,2}\s+заказов|поручите|поручити|наручите|наручити|poručite"
    r"|poručiti|naručite|naručiti|поруџбин\w{0,2}|porudžbin\w{0,2}|porudzbin\w{0,2}|to\s+order|online\s+orders?"
    r"|order\s+line|place\s+(?:an\s+)?order|ordering|сервисн\w{2,3}\s+центр\w{0,2}|servisn\w{1,2}\s+centar\w{0,2}"
    r"|сервисн\w{1,2}\s+центар\w{0,2}|отдел\w{0,2}\s+(?:продаж|кадров|доставки|обслуживания|по\s+работе)"
    r"|офис\w{0,2}\s+компании|(?:company|corporate)\s+office"
    r"|sales\s+(?:team|department|office)|администраци\w{1,2}|управ\w{1,2}\s+компании"
    r"|организатор\w{0,2}|organizer|organizator\w{0,2}|организатор\w{0,2}"
    # "the chain's Spring Into Tile event": the chain's own, not the shop a release is about
    r"|(?:the|our)\s+chain[’']s)(?![\w-])",
    re.IGNORECASE,
)
# The company's legal details ("ООО «Переплёт», ИНН ..., 420111, Казань, ..."): its registered address, not a shop.
_LEGAL = re.compile(
    r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ИП|ИНН|ОГРН|ОГРНИП|КПП|LLC|L\.L\.C\.|Inc\.|Ltd\.?|Corp\.|GmbH"
    r"|d\.o\.o\.|д\.о\.о\.|DOO|ДОО|a\.d\.|а\.д\.|PIB|ПИБ)(?![\w-])"
)
# Mailboxes of a role, not of a place (RFC 2142 and their Russian and Serbian kin): the company's.
_ROLE_MAILBOXES = frozenset(
    "info hello hi contact contacts office mail post support help helpdesk service sales wholesale billing accounts "
    "accounting press media pr hr jobs careers feedback order orders shop store booking appointments members "
    "membership refills noreply no-reply admin webmaster postmaster marketing partners partner b2b corp clients "
    "client customers customer care zakaz zakazy order podderzhka pochta kadry buh otzyv otzyvy privet kontakt "
    "kontakti podrska porudzbine porudzbina veleprodaja prodaja reklama servis upis admissions enrollment".split()
)
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
    r"\W{0,3}(?:он|она|оно|они|it|they|she|he|ona|ono|oni|radi|ради|работа\w{1,3}|открыт\w{0,2}"
    r"|закрыт\w{0,2}|is\s+open|opens?|closes?|also|также|тоже|takođe|такође|adresa|адрес\w{0,2}|address"
    r"|телефон\w{0,2}|phone|telefon)(?![\w-])",
    re.IGNORECASE,
)
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
_DIALLED_WORDS = 4
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
_OPENING_QUESTIONS = tuple(re.compile(pattern) for pattern in (
    r"(?i:(?:when|what[ \t]+time|how[ \t]+late|how[ \t]+early)[ \t]+(?:is|does|do|will)|is|does|will|are)[ \t]+"
    r"(?:(?i:the)[ \t]+)?" + _NAME_RUN + r"[ \t]+(?i:open|close|closed|stay|change|keep|have|get|be)\b",
    r"(?i:what[ \t]+are)[ \t]+(?:(?i:the)[ \t]+)?" + _NAME_RUN + r"(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+)?(?i:hours)\b",
    r"(?i:когда|во[ \t]+сколько|как)[ \t]+(?i:работает|открывается|закрывается|открыт\w{0,2})[ \t]+" + _NAME_RUN
    + r"[ \t]*\?",
    r"(?i:kada|када|da[ \t]+li|да[ \t]+ли)[ \t]+(?i:radi|ради|je[ \t]+otvoren\w?|је[ \t]+отворен\w?)[ \t]+" + _NAME_RUN
    + r"[ \t]*\?",
))
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
_KNOWN_LABEL = re.compile(r"[\s\-–—•*#>]{0,4}(?P<label>[^\W\d_][^:—–·\n]{0,40}?)\s{0,2}(?::|\s[—–·-]\s)")
_BRACKETED = re.compile(r"[ \t]{0,2}\((?P<label>[^\W\d_][^()\n]{1,40})\)")
# "На Соколе:", "Na Limanu:", "At Midtown:": a line given to the branch at a place.
_PLACE_LABEL = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<label>(?i:на|в|во|у|u|na|at|on|kod|код)[ \t]+(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}"
    r"(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2}))[ \t]{0,2}:"
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
    return _is_title(label) and not _is_field_label(label) and not is_day_label(label) and _is_proper_name(label)


def _listed_name(m: re.Match[str], text: str) -> str:
    """The name a list's line is led by, with a part of town in brackets after it."""
    label = m.group("label").strip()
    aside = _NAME_ASIDE.match(text, m.end() - 1) if text[m.end() - 1:m.end()] == "(" else None
    return f"{label} ({aside.group('aside').strip()})" if aside else label


_DIALS = re.compile(r"[ \t]{0,2}[–—-][ \t]{0,2}(?P<label>[^\W\d_][^\n,;:()]{1,40}?)[ \t]*(?=$|\n|[,;(])", re.MULTILINE)
_CAPITALISED_WORD = r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}"
# two to five capitalised words ("Midtown Museum"), and one to five ("Ellet", "Highland Square")
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{1,4}}")
_CAPITALISED_WORDS = re.compile(rf"(?<![\w-]){_CAPITALISED_WORD}(?:[ \t]{{1,2}}{_CAPITALISED_WORD}){{0,4}}")
_TITLE_REACH = 12  # lines a card's title in running text reaches down
_NAME_THEN_ADDRESS = re.compile(r"\s{0,2}[:—–-]\s{0,2}")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_PARENTHESES = re.compile(r"\([^)\n]{0,60}\)")
_HEADING_REST = re.compile(r"[\s:—–\-.,(]*(?:\([^)\n]{0,40}\))?[\s:—–\-.]*")
# Greetings: the name after them is the company's brand ("Вы позвонили в Оптику Вид"), unless it has a place.
_GREETING = re.compile(
    r"(?:calling|call|позвонили\s+в|звоните\s+в|pozvali\s+ste|позвали\s+сте|dobrodošli\s+u|добродошли\s+у"
    r"|welcome\s+to|добро\s+пожаловать\s+в|приветствует)\s+(?:the\s+|our\s+)?(?:[^\W\d_][\w-]{0,20}\s+){0,2}$",
    re.IGNORECASE,
)

# Headings, table columns and IVR items that label a kind of fact rather than name a place.
_FIELD_WORDS = frozenset(
    "адрес адреса адресу адреса телефон телефоны тел телефона режим работы работа часы график время будни выходные "
    "выходн праздничные праздничный праздники дни день контакты контакт как нас найти добраться проезд схема "
    "метро email e mail почта сайт наши наш новости услуги акции акция о об нам мы где address addresses phone "
    "telephone hours opening open holiday holidays store find call us contact contacts email directions "
    "location locations our weekdays weekends weekday weekend map news services about where adresa adrese telefon "
    "radno vreme radnim danima vikendom kontakt kontakti praznici neradni dani nas naši naše gde адреса "
    "адресе телефон радно време радним данима викендом контакт контакти празници нерадни дани нас наши наше где "
    "остальных остальные other all все svi sve сви све".split()
)
_FIELD_STEMS = frozenset(stem(w) for w in _FIELD_WORDS)
# Column labels of the facts a stores table lists per branch.
_FACT_COLUMN_STEMS = frozenset(stem(w) for w in (
    "адрес адреса режим часы график будни выходные телефон телефоны email e-mail address phone telephone hours "
    "weekdays weekends adresa telefon radno vreme адреса телефон радно време".split()
))


@dataclass(frozen=True)
class ExtractionSettings:
    """What extraction needs from the config."""

    region: str = "RU"
    city: str | None = None


@dataclass(frozen=True)
class _Found:
    """One value an extractor read from a unit, before it is attributed."""

    kind: str
    value: str
    start: int
    end: int
    company: bool = False  # company-wide whatever the text says (a toll-free number)
    valid_from: date | None = None
    valid_to: date | None = None
    discount: str | None = None
    price: str | None = None
    old_price: str | None = None


@dataclass(frozen=True)
class _Read:
    """A content unit with what its extractors found."""

    unit: Unit
    found: tuple[_Found, ...]

    def values(self, kind: str) -> set[str]:
        return {f.value for f in self.found if f.kind == kind}

    def branch_addresses(self) -> set[str]:
        """Addresses but those on a line of the company's legal details or departments ("ООО «…», ИНН …, адрес")."""
        text = self.unit.text
        out = set()
        for f in self.found:
            if f.kind == "address":
                start = text.rfind("\n", 0, f.start) + 1
                end = text.find("\n", f.end)
                line = text[start:end if end >= 0 else len(text)]
                if not _LEGAL.search(line) and not _DEPARTMENT.search(line):
                    out.add(f.value)
        return out


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """A fingerprint of the code that reads documents and facts: stored facts read by other code are read again."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent.parent
    for folder in ("documents", "facts"):
        for source in sorted((package / folder).glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def document_date(text: DocumentText, as_of: date) -> date:
    """The date a page speaks from, for years it leaves out: see page_date."""
    return page_date(text.document, as_of)


def page_date(document: Document, as_of: date) -> date:
    """The date a page speaks from, for years it leaves out: Last-Modified over HTTP, else as_of.

    A file's modification time is not used: a fresh clone or copy resets it.
    So a page without Last-Modified is read again when as_of moves, while one
    with it (not after as_of) reads the same whatever as_of is: the
    extraction cache keys a document's reading by this date, never by as_of.
    """
    modified = document.last_modified
    if modified and document.url.startswith("http"):
        try:
            return min(parsedate_to_datetime(modified).date(), as_of)
        except (TypeError, ValueError):
            pass
    return as_of


def extract_facts(texts: Iterable[DocumentText], *, as_of: date, settings: ExtractionSettings) -> list[Fact]:
    """All facts of a run's documents, attributed and de-duplicated.

    Two passes: the first reads every document and finds the branches its
    layout names (branch pages, cards, table rows, menu items), so that the
    second can tell that "Downtown: Mon–Fri 8–5" in an FAQ answer is about the
    branch the locations page calls "BrightSmile Downtown".
    """
    return facts_of_reads([read_units(text, document_date(text, as_of), settings) for text in texts], settings)


@dataclass(frozen=True)
class DocumentRead:
    """A document read on its own, before anything across documents is decided: its units, each with what every
    extractor found in it, read as of the page's date.

    A pure function of the document's body, URL, format, content type and title, the page date, the settings and
    extraction_version(): what the extraction cache keeps (consistency/facts/cache.py). `key` names those inputs
    when the read may be cached; `text.document` may carry no body (the cache keeps none: facts never need it).
    """

    text: DocumentText
    today: date
    reads: tuple[_Read, ...]  # one per unit of text.units, in order
    key: str | None = None
    # None: read as of `today` throughout (a page dated by its server). Else the page's date is as_of itself and
    # moves with it: the units whose reading needed the date; the others read the same on any date (read_units).
    needs_date: tuple[int, ...] | None = None


def read_units(text: DocumentText, today: date, settings: ExtractionSettings, *, key: str | None = None,
               any_day: bool = False) -> DocumentRead:
    """The per-document stage: every extractor over every unit (boilerplate too: which units are boilerplate is
    decided across documents). Units repeated across pages (header, menu, footer) are read once per process.

    With any_day (a page whose date is as_of itself, see page_date_moves), each unit is first read without a
    date: a unit whose reading never asks for it reads the same on every date, and only the others (listed in
    `needs_date`) are read again when as_of moves.
    """
    reads = []
    needs_date = []
    for index, unit in enumerate(text.units):
        unit_settings = _section_settings(unit, settings)
        found = _found_any_day(unit.text, unit.context, unit.columns, unit.role, unit_settings) if any_day else None
        if found is None:
            found = _found_in(unit.text, unit.context, unit.columns, unit.role, today, unit_settings)
            needs_date.append(index)
        reads.append(_Read(unit, found))
    return DocumentRead(text, today, tuple(reads), key, tuple(needs_date) if any_day else None)


def read_on(read: DocumentRead, today: date, settings: ExtractionSettings, *, key: str | None = None) -> DocumentRead:
    """A read of a page whose date moves (read_units with any_day), on another date: only the units that needed
    the date are read again."""
    reads = list(read.reads)
    for index in read.needs_date or ():
        unit = reads[index].unit
        reads[index] = _Read(unit, _found_in(unit.text, unit.context, unit.columns, unit.role, today, _section_settings(unit, settings)))
    return replace(read, today=today, reads=tuple(reads), key=key)


def page_date_moves(document: Document, as_of: date) -> bool:
    """Whether a page's date is as_of itself for want of a Last-Modified not after it: its reading may change
    with as_of. (One modified on as_of is dated by its server: a later as_of gives it the same date.)"""
    return page_date(document, as_of) == as_of and page_date(document, date.max) != as_of


class _DayNeeded(BaseException):
    """Raised by ANY_DAY when a reading asks for the date. A BaseException, so no `except Exception` swallows it."""


class _AnyDay:
    """Stands for the page date in a reading that may not need one: any use of it but its truth (comparing,
    adding, hashing, its year, printing it, isinstance) raises _DayNeeded. A result computed without that holds
    for every date. Not a date, so code written in C cannot read it silently either: it raises TypeError."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return True  # `today or date.today()`: every date is true

    def _needed(self, *args, **kwargs):
        raise _DayNeeded()

    __getattribute__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _needed
    __add__ = __radd__ = __sub__ = __rsub__ = __str__ = __repr__ = __format__ = __reduce__ = __reduce_ex__ = _needed
    __int__ = __index__ = __iter__ = __len__ = __getitem__ = __contains__ = __call__ = __copy__ = _needed
    __deepcopy__ = _needed


ANY_DAY = _AnyDay()


def _any_day_result(compute):
    """compute() with ANY_DAY for the date: its result, or None when it needed the date (or kept ANY_DAY in it)."""
    try:
        result = compute()
    except (_DayNeeded, TypeError):  # TypeError: a date function written in C got ANY_DAY
        return None
    for item in result:
        if item.valid_from is ANY_DAY or item.valid_to is ANY_DAY:
            return None
    return result


@lru_cache(maxsize=4096)
def _found_any_day(body: str, context: tuple[str, ...], columns: tuple[str, ...], role: str,
                   settings: ExtractionSettings) -> tuple[_Found, ...] | None:
    """What _read_unit finds on every date alike, or None when what it finds depends on the date."""
    return _any_day_result(lambda: _read_unit(Unit(body, context, role, columns=columns), ANY_DAY, settings).found)


def _section_settings(unit: Unit, settings: ExtractionSettings) -> ExtractionSettings:
    """The settings a unit is read with: under a heading naming a city ("Челябинск", "Pobočke u Novom Sadu"), that
    city is the one addresses leave out, not the config's."""
    for label in reversed(unit.context):
        city = addresses.city_of_section(label)
        if city:
            return replace(settings, city=city)
    return settings


@lru_cache(maxsize=4096)
def _found_in(body: str, context: tuple[str, ...], columns: tuple[str, ...], role: str, today: date,
              settings: ExtractionSettings) -> tuple[_Found, ...]:
    """What _read_unit finds, by everything it depends on: a unit's text, its headings, its role, the date, the
    settings."""
    return _read_unit(Unit(body, context, role, columns=columns), today, settings).found


class PageCache(Protocol):
    """Where facts_of_reads keeps each page's layout and facts between runs (consistency/facts/cache.py).

    A page's layout (its branch, its sections' branches) depends on its read and on which of its units are
    boilerplate; its facts on those and on the branches the whole run names (`known`). The keys hold exactly that.
    """

    def layouts(self, keys: list[str]) -> dict[str, tuple[str | None, tuple[str | None, ...]]]: ...
    def keep_layout(self, key: str, layout: tuple[str | None, tuple[str | None, ...]]) -> None: ...
    def facts(self, keys: list[str]) -> dict[str, list[Fact]]: ...
    def keep_facts(self, key: str, facts: list[Fact]) -> None: ...
    def facts_used(self, keys: list[str | None]) -> None: ...  # each page's, in order (None: not cacheable)


def facts_of_reads(
    reads: Iterable[DocumentRead], settings: ExtractionSettings, *, cache: PageCache | None = None
) -> list[Fact]:
    """The cross-document stage: boilerplate (units repeated across a channel's pages), the branches the run's
    layout names, then each page's facts, attributed and de-duplicated.

    With a cache, a page whose read has a key takes its layout and facts from it when their inputs are unchanged.
    """
    reads = list(reads)
    unit_keys = [[_unit_key(u) for u in r.text.units] for r in reads]
    repeated = _repeated_units([r.text for r in reads], unit_keys)
    # boilerplate is read on the first page that shows it in URL order, not fetch order: two crawls that fetch in
    # another order (several processes, a slow server) give its facts the same page
    seen_boilerplate: set[tuple[str, str]] = set()
    roles = [""] * len(reads)
    for i in sorted(range(len(reads)), key=lambda i: (reads[i].text.document.url, i)):
        roles[i] = _unit_roles(reads[i].text, unit_keys[i], repeated, seen_boilerplate)
    keys = [_page_key("layout", r.key, r.text.document, role) if cache is not None and r.key else None
            for r, role in zip(reads, roles)]
    cached = cache.layouts([k for k in keys if k]) if cache is not None else {}
    pages: list[_LaidOut] = []
    for read, role, key in zip(reads, roles, keys):
        layout = cached.get(key) if key else None
        page = None
        if layout is None:
            page = _read_page(read, role, settings)
            layout = (page.page_entity, page.sections)
            if key:
                cache.keep_layout(key, layout)
        pages.append(_LaidOut(read, role, key, layout, page))
    # sorted: which of two names for one branch is kept must not depend on the order pages were fetched in
    names = sorted({name for p in pages for name in (p.layout[0], *p.layout[1]) if name}
                   | {name for r in reads if r.text.document.format in _IVR_FORMATS for name in _menu_options(r.text)})
    known = _KnownNames(names)
    known_key = hashlib.sha256("\n".join(names).encode()).hexdigest() if cache is not None else ""
    # a page dated by its server has its date in its read's key; one whose date is as_of keeps facts that need
    # no date under a key without one (see read_units' any_day), and the others under one with the date
    facts_keys = [
        (None, None) if not p.key
        else (None, _page_key("facts", p.key, known_key)) if p.read.needs_date is None
        else (_page_key("facts", p.key, known_key, "any day"), _page_key("facts", p.key, known_key, p.read.today))
        for p in pages
    ]
    cached_facts = cache.facts([k for pair in facts_keys for k in pair if k]) if cache is not None else {}
    facts: list[Fact] = []
    seen: set[tuple] = set()
    used: list[str | None] = []
    for p, (any_day_key, key) in zip(pages, facts_keys):
        page_facts = cached_facts.get(any_day_key) if any_day_key else None
        if page_facts is not None:
            key = any_day_key
        else:
            page_facts = cached_facts.get(key) if key else None
        if page_facts is None:
            page = p.page or _read_page(p.read, p.roles, settings, layout=p.layout)
            if any_day_key:
                page_facts = _any_day_result(lambda: list(_page_facts(replace(page, today=ANY_DAY), settings, known)))
                if page_facts is not None:
                    key = any_day_key
            if page_facts is None:
                page_facts = list(_page_facts(page, settings, known))
            if key:
                cache.keep_facts(key, page_facts)
        used.append(key)
        for fact in page_facts:
            fact_key = (fact.kind, fact.value, fact.scope, fact.entity, fact.url, fact.origin, fact.valid_from,
                        fact.valid_to)
            if fact_key not in seen:
                seen.add(fact_key)
                facts.append(fact)
    if cache is not None:
        cache.facts_used(used)
    return facts


@dataclass(frozen=True)
class _LaidOut:
    """A page in facts_of_reads: its read, the role of each unit, its layout, and the page if it had to be built."""

    read: DocumentRead
    roles: str
    key: str | None
    layout: tuple[str | None, tuple[str | None, ...]]
    page: _Page | None


def _page_key(kind: str, *parts) -> str:
    """A cache key: the kind, then every input (a Document counts by the fields that reach facts)."""
    out = [kind]
    for part in parts:
        if isinstance(part, Document):
            out += [part.url, part.channel, str(part.source), part.format, part.title or "", part.language or "",
                    part.last_modified or ""]
        else:
            out.append(str(part))
    return hashlib.sha256("\x1f".join(out).encode()).hexdigest()


# The role of each unit of a page in facts_of_reads: content, boilerplate read here, boilerplate read on another page.
_CONTENT, _BOILERPLATE, _SEEN = "c", "b", "s"


def _unit_roles(text: DocumentText, unit_keys: list[str], repeated: set[tuple[str, str]],
                seen_boilerplate: set[tuple[str, str]]) -> str:
    channel = text.document.channel
    roles = []
    for unit, unit_key in zip(text.units, unit_keys):
        key = (channel, unit_key)
        if unit.role == "boilerplate" or key in repeated:
            if key in seen_boilerplate:  # read once per channel: the footer is one statement, not one per page
                roles.append(_SEEN)
            else:
                seen_boilerplate.add(key)
                roles.append(_BOILERPLATE)
        else:
            roles.append(_CONTENT)
    return "".join(roles)


def _unit_key(unit: Unit) -> str:
    return " ".join(unit.text.split()).casefold()


def _repeated_units(texts: list[DocumentText], unit_keys: list[list[str]]) -> set[tuple[str, str]]:
    """(channel, text) of units that stand on REPEATED_ON or more documents and on most documents of a channel.

    Both conditions, because a chain's shop pages share a few schedules: the
    same "Пн–Вс 10:00–22:00" on 400 of 2,000 shop pages is each shop's own
    statement, while a header, footer or banner stands on nearly every page.
    `unit_keys` holds each text's units' _unit_key, in order.
    """
    counts: Counter = Counter()
    documents: Counter = Counter()
    for text, keys in zip(texts, unit_keys):
        documents[text.document.channel] += 1
        for key in {(text.document.channel, k) for k in keys}:
            counts[key] += 1
    return {key for key, n in counts.items() if n >= REPEATED_ON and n * 2 > documents[key[0]]}


def _read_unit(unit: Unit, today: date, settings: ExtractionSettings) -> _Read:
    """Everything the extractors find in one unit, in the order facts are emitted.

    Depends on the unit's text and headings only (and today, settings): read_units memoizes it by them.
    """
    body = unit.text
    found: list[_Found] = []
    for f in hours.find_opening_hours(body, today=today, headings=unit.context):
        found.append(_Found("hours", f.value, f.start, f.end, valid_from=f.valid_from, valid_to=f.valid_to))
    for f in phones.find_phones(body, region=settings.region):
        found.append(_Found("phone", f.value, f.start, f.end, company=f.toll_free))
    for f in emails.find_emails(body):
        found.append(_Found("email", f.value, f.start, f.end, company=_is_role_mailbox(f.value)))
    for f in addresses.find_addresses(body, default_city=settings.city):
        found.append(_Found("address", f.value, f.start, f.end))
    if not any(f.kind == "address" for f in found):
        found += _street_where_named(unit, settings)
    for f in promotions.find_promotions(body, title=_promotion_title(unit), today=today, cells=bool(unit.columns)):
        found.append(_Found(
            "promotion", f.name, f.start, f.end, valid_from=f.valid_from, valid_to=f.valid_to,
            discount=str(f.discount) if f.discount else None, price=str(f.price) if f.price else None,
            old_price=str(f.old_price) if f.old_price else None,
        ))
    return _Read(unit, tuple(found))


def _street_where_named(unit: Unit, settings: ExtractionSettings) -> list[_Found]:
    """A street without its type where a unit names its branch first: after the menu item's name and a comma ("Игла
    Оџаци, Кнез Милетина 9 у Оџацима" under "Иглу Оџаци"), or as its heading's aside ("## Цвећара код гробља
    (Николе Пашића 120)"); running text would need a street type or a town to read it."""
    body = unit.text
    named = _ITEM_THEN_STREET.match(body) if unit.context else None
    item = _label_key(unit.context[-1]).split() if named else []
    if named and item and _repeats(item, name_key(named.group("name")).split()):
        street, start, end, town = named.group("street"), named.start("street"), named.end("street"), named.group("name")
    elif (aside := _ADDRESS_ASIDE.match(body)) is not None:
        # "**Комшија Смедерево** (Карађорђева 20)": in the town the heading ends with
        street, start, end, town = aside.group(1), aside.start(1), aside.end(1), unit.context[-1] if unit.context else ""
    else:
        return []
    address = addresses.normalise_address(street, default_city=_town_named(town) or settings.city)
    if address is None or not (address.street and address.house):
        return []
    return [_Found("address", address.value, start, end)]


def _town_named(heading: str) -> str | None:
    """The town a branch's heading ends with ("Комшија Смедерево", "Salon Stara Pazova"), if it is a known one."""
    words = heading.split()
    for size in (2, 1):
        if len(words) > size and (town := addresses.city_of_section(" ".join(words[-size:]))):
            return town
    return None


# A unit led by a name, a comma and a street without its type, its number last: "Сервис Паланка, Вука Караџића 41.".
_ITEM_THEN_STREET = re.compile(
    r"(?P<name>[^\W\d_][^,.:;\n]{2,50}),[ \t]{1,3}(?P<street>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][^\W\d_ .-]{1,25}(?:[ \t-][^\W\d_.]{1,25}){0,3}"
    r"[ \t]{1,2}\d{1,4}[^\W\d_]?(?:,[ \t]{1,2}(?i:локал|lokal|стан|stan|оф|кв)\.?[ \t]{0,2}\d{1,4})?)"
    r"(?=[ \t]*[.,;]|[ \t]+(?:у|u|в|in)[ \t])")


# A unit's first line that is a bracketed place and number alone, as the reader sets a heading's aside.
_ADDRESS_ASIDE = re.compile(r"\((?=[^()\n]*[^\W\d_]{3})(?=[^()\n]*\d)([^()\n]{3,60})\)[ \t]*(?:\n|$)")


def _promotion_title(unit: Unit) -> str | None:
    """The heading a unit's offers sit under: a table row's by its columns, none for an IVR prompt (its menu path is
    the script's labels, "TTS-Main-Inbound", "main line", never an offer's name)."""
    if unit.role == "prompt":
        return None
    if unit.columns:
        return promotions.row_title(unit.headings, unit.columns)
    return unit.context[-1] if unit.context else None


def _is_role_mailbox(address: str) -> bool:
    """Whether an e-mail address is a role's (info@, zakaz@, sales-team@) rather than one place's."""
    local = address.split("@", 1)[0].casefold()
    return re.split(r"[._+-]", local, maxsplit=1)[0] in _ROLE_MAILBOXES


@dataclass(frozen=True)
class _Page:
    """A document read: its boilerplate and content units with what they state, and the branches its layout names."""

    text: DocumentText
    today: date
    boilerplate: tuple[_Read, ...]  # only the first time a channel shows it
    content: tuple[_Read, ...]
    page_entity: str | None
    sections: tuple[str | None, ...]  # the branch of each content unit's section
    brands: frozenset[str]  # name keys of the company's own names on the page
    brand: _Brand  # the company's lead word, for branches named after it ("Clearview Easton")
    topics: tuple[str | None, ...] = ()  # the branch each content unit's news is about (see _topics)
    news: str | None = None  # the branch the whole page is news about
    news_names: tuple[tuple[str, str], ...] = ()  # (key of a headline's place, the name of its branch)
    menu: tuple[str, ...] = ()  # branches the page's navigation lists ("Locations / Fishtown / Manayunk")


def _read_page(
    read: DocumentRead,
    roles: str,
    settings: ExtractionSettings,
    *,
    layout: tuple[str | None, tuple[str | None, ...]] | None = None,
) -> _Page:
    """A page with its units sorted by role (see _unit_roles) and its layout found (or given, from the cache)."""
    text = read.text
    boilerplate = tuple(r for r, role in zip(read.reads, roles) if role == _BOILERPLATE)
    content = [r for r, role in zip(read.reads, roles) if role == _CONTENT]
    brands = _brands(text)
    brand = _brand_of(text)
    if layout is None:
        page_entity = _without_company(_page_entity(text, content, settings, brands, brand), text)
        sections = tuple(_section_entities(text, content, settings, page_entity, brands, brand))
    else:
        page_entity, sections = layout
    topics, news, news_names = _topics(text, content, brand, (page_entity, *sections))
    return _Page(text, read.today, boilerplate, tuple(content), page_entity, tuple(sections), brands, brand, topics,
                 news, news_names, _menu_branches(text))


_QUOTED = re.compile(r"«([^»\n]{1,40})»|„([^“”\n]{1,40})[“”]|\"([^\"\n]{1,40})\"|“([^”\n]{1,40})”")
_LEGAL_QUOTED = re.compile(
    r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|АНО|LLC|Inc\.?|d\.o\.o\.|д\.о\.о\.)\s*"
    r"(?:«([^»\n]{1,40})»|\"([^\"\n]{1,40})\")"
    r"|(?:«([^»\n]{1,40})»|„([^“”\n]{1,40})[“”]|\"([^\"\n]{1,40})\")\s*(?:d\.o\.o\.|д\.о\.о\.|a\.d\.|а\.д\.|LLC|Inc\.)"
)


def _brands(text: DocumentText) -> frozenset[str]:
    """Keys of the company's own names on a page: quoted in its legal name ("ООО «Переплёт»"), or in the title when
    the page's heading does not repeat them ("Наши објекти — Пекара „Златни клас“")."""
    keys: set[str] = set()
    heading = text.heading or ""
    for m in _QUOTED.finditer(text.document.title or ""):
        quoted = next(g for g in m.groups() if g)
        if quoted not in heading:
            keys.add(name_key(quoted))
    for unit in text.units:
        keys.update(_legal_names(unit.text))
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _legal_names(body: str) -> tuple[str, ...]:
    """Keys of the quoted names in a unit's legal names ("ООО «Переплёт»"). Cached: the footer that states them is
    the same on every page."""
    if "«" not in body and "„" not in body and '"' not in body:
        return ()  # every name _LEGAL_QUOTED reads is quoted so
    return tuple(name_key(next(g for g in m.groups() if g)) for m in _LEGAL_QUOTED.finditer(body))


@dataclass(frozen=True)
class _Brand:
    """The company's own name as a page gives it (title, greeting, logo), to read branches named after it."""

    lead: frozenset[str] = frozenset()  # stems of the name's lead word: "clearv" of "Clearview Eyecare"
    words: frozenset[str] = frozenset()  # stems of every word of the company's names


_TITLE_PARTS = re.compile(r"\s[|—–·-]\s|\s[|·]|[|·]\s")
_GREETED = re.compile(
    r"(?i:calling|call|pozvali\s+ste|позвали\s+сте|dobro\s?došli\s+u|добро\s?дошли\s+у|welcome\s+to|позвонили\s+в"
    r"|добро\s+пожаловать\s+в)"
    r"\s+(?:the\s+|our\s+)?(?P<name>[^\W\d_][\w'’-]{1,30}(?:[ \t]+[^\W\d_][\w'’-]{1,30}){0,2})"
)
# A capitalised name of one to four words: the brand's lead word and the place after it.
_BRAND_PREP_PLACE = re.compile(
    # the name may be quoted: "«Игротека» в ТРЦ «Италмас»"
    r"(?<![\w-])(?P<quote>[«„\"])?(?P<lead>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30})(?(quote)[»“\"])[ \t]+"
    r"(?P<prep>на|в|во|у|u|na|at|on)[ \t]+"
    r"(?P<place>(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30}|[0-9]{1,2}[ \t]+[А-ЯЁ][\w-]{1,30})"
    r"(?:[ \t]+(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30}|«[^»\n]{1,30}»|проспекте|шоссе|улице|бульваре|площади))?)"
)
_OPENING_QUOTES = frozenset("«„“\"'")
_BRAND_DASH_PLACE = re.compile(
    r"(?<![\w-])(?P<brand>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    r"[ \t]+[–—-][ \t]+"
    r"(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3})"
)
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){1,3}")


def _brand_of(text: DocumentText) -> _Brand:
    """The company's names on a page: the title's part that is not the page's heading, a greeting's object, a
    short logo line in the boilerplate, a quoted legal name."""
    names: list[str] = []
    heading = (text.heading or "").strip()
    for part in _TITLE_PARTS.split(text.document.title or ""):
        if part.strip() and part.strip() != heading:
            names.append(part)
    # a quoted name in the title is the brand: "Копицентры «Оттиск» — адреса" names branches "Оттиск в Академгородке"
    names += [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text.document.title or "")]
    logo_seen = False
    for unit in text.units[:6]:
        first = unit.text.split("\n", 1)[0]
        # the logo leads the header; later short lines there are menu items ("New Clients", "Online Pharmacy")
        if unit.role == "boilerplate" and not logo_seen:
            logo_seen = True
            if 0 < len(first.split()) <= 3:
                names.append(first)
        names += _greeted(unit.text[:400])
    # "Другие салоны «Шафран»", "все аптеки «Здоровье»": a quoted name after a plural type word is the chain's,
    # in a line or in a heading
    said = dict.fromkeys(line for unit in text.units for line in (unit.text, *unit.context))
    for line in said:
        if "«" not in line and "„" not in line:
            continue
        for m in _QUOTED.finditer(line):
            before = line[max(0, m.start() - 30):m.start()]
            words = find_type_words(before)
            if words and words[-1][1] >= len(before.rstrip()) and is_plural_type(words[-1][2]):
                names.append(next(g for g in m.groups() if g))
    names += _sibling_heading_lead(text) + _title_line_lead(text)
    lead: set[str] = set()
    words: set[str] = set()
    for name in names:
        tokens = [w for w in _WORDS.findall(name)]
        stems = [stem(w) for w in tokens]
        words.update(stems)
        # the lead is the first word that is not a type word ("Apoteke Kamilica" -> "Kamilica"), nor a word of a type
        # phrase that leads the name ("Pet shop Šapica Kraljevo" -> "Šapica"; not "Clearview Eyecare")
        typed = [i for i, token in enumerate(tokens) if find_type_words(token)]
        first = typed[0] + 1 if typed and typed[0] <= 1 and typed[0] + 1 < len(tokens) else 0
        for token in tokens[first:]:
            if not find_type_words(token) and token[:1].isupper() and token.casefold() not in _FIELD_WORDS:
                lead.add(stem(token))
                break
    return _Brand(frozenset(lead), frozenset(words))


@lru_cache(maxsize=1024)
def _greeted(head: str) -> tuple[str, ...]:
    """The names a unit's opening greets ("Вы позвонили в …", "Welcome to …"). Cached: the first units of a page
    are its header and menu, the same on every page of a site."""
    return tuple(m.group("name") for m in _GREETED.finditer(head))


def _title_line_lead(text: DocumentText) -> list[str]:
    """The name that leads two or more title lines, each of it, a preposition and another place ("«Игротека» на
    Пушкинской" / "«Игротека» в Сарапуле", "Žitko na Limanu" / "Žitko na Grbavici"): the company's."""
    places: dict[str, set[str]] = defaultdict(set)
    for line in dict.fromkeys(line for unit in text.units for line in (*unit.text.split("\n"), *unit.context)):
        title = _title_line(line)
        if title:
            places[title[0]].add(title[1])
    return [lead for lead, named in places.items() if len(named) >= 2]


@lru_cache(maxsize=4096)
def _title_line(line: str) -> tuple[str, str] | None:
    """(lead, key of the place) of a title line, else None. Cached: the lines of a site's header, menu and footer
    come back on every page."""
    m = _TITLE_LINE.fullmatch(line.strip())
    if m and not find_type_words(m.group("lead")):
        return m.group("lead"), name_key(m.group("place"))
    return None


# A line that is only a name, a preposition and a place: "«Игротека» в ТРЦ «Италмас»", "Шафран на Баумана".
_TITLE_LINE = re.compile(
    r"[«„\"]?(?P<lead>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{2,30})[»“\"]?[ \t]+(?:на|в|во|у|u|na)[ \t]+"
    r"(?P<place>(?:ТРЦ|ТЦ|TC|ТК)?[ \t]*[«„\"]?[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{2,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w-]{1,30})?[»“\"]?)"
)


def _sibling_heading_lead(text: DocumentText) -> list[str]:
    """The word that leads two or more sibling headings of a few capitalised words each ("Комшија Центар",
    "Комшија Чачалица", "Комшија Смедерево"): the company's name, before each branch's."""
    headings: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for unit in text.units:
        if unit.role == "boilerplate" or not unit.context:
            continue
        heading = unit.context[-1]
        words = heading.split()
        if (2 <= len(words) <= 4 and _is_proper_name(heading) and not find_type_words(heading)
                and not _names_a_day(heading) and not _is_field_label(heading) and not any(c.isdigit() for c in heading)):
            headings[(unit.context[:-1], words[0])].add(heading)
    return [lead for (_, lead), named in headings.items() if len(named) >= 2]


# The last word of a loyalty programme, a card, a package or an event named after the company.
_PROGRAMME_WORDS = frozenset(
    "rewards reward club card cards plus points perks pass package bundle event events sale deals specials program "
    "programme membership app bonus клуб карта плюс бонус бонусы баллы klub kartica plus bonus poeni".split()
)


# A quantifier before a name makes it a product line: no one speaks of "all" or "any" of one shop.
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])(?i:all|any|every|svi|sve|svih|сви|све|свих|все|всех|любые|любых)\s+$")


def _brand_branches(body: str, brand: _Brand) -> list[BranchName]:
    """Branches named by the company's lead word and a place ("Clearview Easton", "Kamilica Kraljevo"), never the
    company's own name ("Clearview Eyecare")."""
    if not brand.lead:
        return []
    out = []
    for m in _CAPITAL_RUN.finditer(body):
        tokens = m.group(0).split()
        if stem(tokens[0]) not in brand.lead or stem(tokens[1]) in brand.words:
            continue
        if body[max(0, m.start() - 1):m.start()] in _OPENING_QUOTES:
            continue  # «Итиль Плюс», "Harvest Rewards": a product or a programme named after the company
        if _PRODUCT_BEFORE.search(body, max(0, m.start() - 16), m.start()):
            continue  # "all Magnolia Naturals vitamins": a product line named after the company, never one shop
        if any(is_day_label(t) for t in tokens[1:]) or find_type_words(m.group(0)):
            continue
        if tokens[-1].casefold() in _PROGRAMME_WORDS:
            continue  # "Harvest Rewards", "Итиль Бонус": the company's programme, not a place
        place = " ".join(tokens[1:])
        out.append(BranchName(name=m.group(0), type=SHOP, place=place, start=m.start(), end=m.end(),
                              word=tokens[0], lead=m.start()))
    # "Tidewater Paint – Point Loma": the company's whole name, a dash and a place (a store locator's result)
    for m in _BRAND_DASH_PLACE.finditer(body):
        brand_tokens, place = m.group("brand").split(), m.group("place")
        if (stem(brand_tokens[0]) not in brand.lead or any(stem(t) not in brand.words for t in brand_tokens)
                or any(n.start <= m.start() < n.end for n in out) or any(is_day_label(t) for t in place.split())):
            continue
        out.append(BranchName(name=m.group(0), type=SHOP, place=place, start=m.start(), end=m.end(),
                              word=brand_tokens[0], lead=m.start()))
    # "Шафран на Баумана", "Оттиск в Академгородке", "Žitko na Limanu": the lead word, a preposition and a place
    for m in _BRAND_PREP_PLACE.finditer(body):
        if stem(m.group("lead")) not in brand.lead or any(n.start <= m.start() < n.end for n in out):
            continue
        out.append(BranchName(name=m.group(0), type=SHOP, place=m.group("place"), start=m.start(), end=m.end(),
                              word=m.group("lead"), lead=m.start(), prep=m.group("prep")))
    return sorted(out, key=lambda n: n.start)


def _is_brand(name: BranchName, brands: frozenset[str]) -> bool:
    """Whether a name is the company's own ("Мебельный салон «Уют»" on Уют's site), not a branch of it."""
    return not name.prep and name_key(name.place) in brands


def _page_facts(page: _Page, settings: ExtractionSettings, known: _KnownNames) -> Iterator[Fact]:
    """A page's facts, special days given by a closing time alone completed from the page's weekly hours."""
    facts = list(_page_facts_as_read(page, settings, known))
    # by the name's key: "прачечная на Карла Маркса" in a notice is the card's "Прачечная на Карла Маркса"
    weekly: dict[str | None, list[str]] = defaultdict(list)
    branches: dict[str, str] = {}  # a branch's key -> its name as the page first gives it with weekly hours
    for fact in facts:
        if fact.kind == "hours" and fact.valid_from is None and fact.value != "24/7":
            key = fact.entity and name_key(fact.entity)
            weekly[key].append(fact.value)
            if key:
                branches.setdefault(key, fact.entity)
    for fact in facts:
        if not (fact.kind == "hours" and fact.valid_from is not None and '"until' in fact.value):
            yield fact
        elif fact.entity is None and branches and _about_every_branch(fact.raw):
            yield from _every_branch_closing_time(fact, weekly, branches)
        else:
            schedules = weekly.get(fact.entity and name_key(fact.entity)) or [v for vs in weekly.values() for v in vs]
            yield replace(fact, value=hours.complete_closing_time(fact.value, fact.valid_from, fact.valid_to, schedules))


# "every shop", "all stores", "все магазины", "sve radnje": a notice about each branch, not the support line
_EVERY_BRANCH = re.compile(r"(?<![^\W\d_])(?:(?:every|each|all|все|всех|каждый|каждое|sve|svi|svaka|svaki|све|сви|свака|сваки)"
                           r"[ \t]{1,2}[^\W\d_]"
                           # or the company itself as the subject: "Christmas Eve (Thursday, Dec 24) we close early at 2 PM"
                           r"|(?:we|мы|mi|ми)[ \t]{1,2}(?:close|закрываемся|zatvaramo|затварамо|will[ \t]{1,2}close))",
                           re.IGNORECASE)


def _about_every_branch(text: str) -> bool:
    """Whether a notice speaks of all the branches: "every shop", "все магазины", a plural ("stores close at 4"), or
    the company closing ("we close early at 2 PM")."""
    return bool(_EVERY_BRANCH.search(text)) or any(may_be_plural_type(word) for _, _, word in find_type_words(text))


def _every_branch_closing_time(fact: Fact, weekly: dict[str | None, list[str]],
                               branches: dict[str, str]) -> Iterator[Fact]:
    """"Christmas Eve: every shop closes at 2 p.m." on a page whose branches state their weeks.

    Each branch opens as its own week says: one company fact when two or
    more all open at the same time that day, else one fact per branch.
    """
    completed = {key: hours.complete_closing_time(fact.value, fact.valid_from, fact.valid_to, weekly[key])
                 for key in branches}
    values = set(completed.values())
    if len(values) == 1 and len(completed) > 1:
        yield replace(fact, value=values.pop())
    elif fact.value in values:
        yield fact  # a branch whose week gives no opening that day: no guess for any of them
    else:
        for key, value in completed.items():
            yield replace(fact, value=value, entity=branches[key], scope=BRANCH)


def _page_facts_as_read(page: _Page, settings: ExtractionSettings, known: _KnownNames) -> Iterator[Fact]:
    text = page.text
    for read in page.boilerplate:
        chrome = list(_unit_facts(text, read, _chrome_attribution(text, read, settings, page, known)))
        yield from _without_menu_addresses(chrome, page)
    if page.page_entity:
        yield _entity_fact(text, page.page_entity, text.heading or page.page_entity, _first_line(page.content),
                           origin="heading")
    seasons = _page_seasons(page)
    stated: dict[tuple, set[str]] = defaultdict(set)  # the branches the content gives each phone and address
    for read, section, topic in zip(page.content, page.sections, page.topics or (None,) * len(page.content)):
        read = _in_page_seasons(read, seasons)
        who = _Attribution(text, read, settings, section=section, page_entity=page.page_entity, known=known,
                           brands=page.brands, brand=page.brand, topic=topic, news=topic or page.news,
                           news_names=dict(page.news_names), menu=_menu_known(page.menu))
        for fact in _unit_facts(text, read, who):
            if fact.entity and fact.kind in ("phone", "address"):
                stated[_stated_key(fact.kind, fact.value)].add(fact.entity)
            yield fact
        yield from _new_labels(text, read, who, page.today)
    yield from _structured_facts(text, page.today, settings, page.page_entity, stated)


def _page_seasons(page: _Page) -> dict[str, tuple[date, date]]:
    """The seasons the page's content names with their dates ("Tax season runs January 15 through April 15, 2027"),
    from whichever unit names them: the first unit to name a season gives its dates."""
    seasons: dict[str, tuple[date, date]] = {}
    for read in page.content:
        for key, span in hours.named_seasons(read.unit.text, today=page.today).items():
            seasons.setdefault(key, span)
    return seasons


def _in_page_seasons(read: _Read, seasons: dict[str, tuple[date, date]]) -> _Read:
    """A unit's read with each weekly schedule in a sentence naming one of the page's seasons held in that season
    ("During tax season, our Bay View office will be open 9 AM to 6 PM on Fridays" under an intro that gives the
    season's dates). Done per page, not in _read_unit: a unit's read depends on its own text only (and is memoized
    by it), while the seasons come from the page's other units."""
    if not seasons or not any(f.kind == "hours" and f.valid_from is None for f in read.found):
        return read
    body = read.unit.text
    found: list[_Found] = []
    for f in read.found:
        if f.kind != "hours" or f.valid_from is not None:
            found.append(f)
            continue
        weekly = hours.OpeningHours(f.value, body[f.start:f.end], f.start, f.end)
        found += [f if held is weekly else replace(f, value=held.value, valid_from=held.valid_from,
                                                     valid_to=held.valid_to)
                  for held in hours.in_named_seasons(body, [weekly], seasons)]
    return _Read(read.unit, tuple(found))


def _without_menu_addresses(chrome: list[Fact], page: _Page) -> list[Fact]:
    """A chrome unit's facts without the company-wide addresses of a menu that lists the branches the page's content
    gives in full ("Адреса / ул. Малышева, 36 / пр. Космонавтов, 52а" over their cards): each branch once, its own.
    A footer's one head-office address stays, even where a branch shares the building."""
    if sum(1 for f in chrome if f.kind == "address" and f.entity is None) < _MENU_ADDRESSES:
        return chrome
    content = {_place_of(f.value) for read in page.content for f in read.found if f.kind == "address"}
    return [f for f in chrome if not (f.kind == "address" and f.entity is None and _place_of(f.value) in content)]


_MENU_ADDRESSES = 3


def _place_of(value: str) -> tuple[str, str, str] | None:
    """An address's city, street and house, without its postcode and unit: the same building however written."""
    address = addresses.normalise_address(value)
    return (address.city or "", address.street or "", address.house or "") if address else None


def _chrome_attribution(text: DocumentText, read: _Read, settings: ExtractionSettings, page: _Page,
                        known: _KnownNames) -> _Attribution | None:
    """Whom facts in page chrome are about: the company, unless the chrome names branches beside their facts.

    An "Other shops" sidebar ("Poslovnica Plaza / TC Plaza, Bulevar kraljice
    Marije 56 / Svakog dana 10–22h") speaks of those shops, never of the
    page's own branch; a header's hotline names no branch and stays the company's.
    """
    if not any(f.kind in ("address", "hours", "phone") and not f.company for f in read.found):
        return None
    section = _context_entity(read.unit, text, settings, page.brands, page.brand) or _listed_heading(read.unit)
    who = _Attribution(text, read, settings, section=section, page_entity=None, known=known, brands=page.brands,
                       brand=page.brand)
    return who if section or who.names or who.lists_branches else None


def _listed_heading(unit: Unit) -> str | None:
    """A bare place name heading a unit under a heading that lists branches ("Врачар" under "Остале цвећаре")."""
    context = unit.context
    if len(context) < 2 or not _lists_others(context[-2]):
        return None
    heading = context[-1].strip()
    if (not _is_proper_name(heading) or _is_field_label(heading) or _names_a_day(heading) or is_day_label(heading)
            or len(heading.split()) > _DIALLED_WORDS or not _label_key(heading)):
        return None
    return heading


# Capitalised runs of a question, "The" kept: "How do I book The Back Room?".
_MENU_RUN = re.compile(r"(?<![\w'’-])[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]+[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3}")


def _menu_branches(text: DocumentText) -> tuple[str, ...]:
    """The branches a page's navigation lists under a label for them ("Locations / Fishtown / East Passyunk",
    "Филиалы / Центральный / Черниковка"): short proper names, one a line."""
    out: list[str] = []
    for unit in text.units:
        if unit.role != "boilerplate" or "\n" not in unit.text:
            continue
        lines = [line.strip() for line in unit.text.split("\n") if line.strip()]
        if len(lines) < 3 or len(lines[0].split()) > 3 or not _lists_branches(lines[0]) or _label_key(lines[0]):
            continue
        items = lines[1:]
        if all(_is_title(item) and _is_proper_name(item) and len(item.split()) <= 5 and not _is_field_label(item)
               for item in items):
            out += items
    return tuple(out)


@lru_cache(maxsize=256)
def _menu_known(menu: tuple[str, ...]) -> _KnownNames | None:
    return _KnownNames(menu) if menu else None


class _KnownNames:
    """The branches a run's layout names, to find them again by a short name ("Downtown" for "BrightSmile Downtown").

    Indexed by stem, so a look-up costs the size of the smallest posting list, not the number of branches.
    """

    def __init__(self, names: Iterable[str]):
        self._names: dict[frozenset[str], str] = {}
        self._by_stem: dict[str, set[frozenset[str]]] = defaultdict(set)
        for name in names:
            key = frozenset(_label_key(name).split())
            if key and (key not in self._names or len(name) < len(self._names[key])):
                self._names[key] = name
                for part in key:
                    self._by_stem[part].add(key)

    def names(self) -> Iterable[str]:
        return self._names.values()

    def find_whole(self, phrase: str) -> str | None:
        """The one known branch every distinctive word of whose name the phrase holds ("the Midtown Museum")."""
        words = set(_label_key(phrase).split())
        candidates = set().union(*(self._by_stem.get(word, ()) for word in words))
        matches = [key for key in candidates if len(key) >= 2 and key <= words]
        return self._names[matches[0]] if len(matches) == 1 else None

    def find_exact(self, phrase: str) -> str | None:
        """The known branch whose distinctive words are exactly the phrase's ("The Back Room", "Manayunk")."""
        key = frozenset(_label_key(phrase).split())
        return self._names.get(key) if key else None

    def find(self, label: str) -> str | None:
        """The one known branch whose name holds every distinctive word of label (None if none or several)."""
        key = _label_key(label).split()
        if not key or _is_field_label(label):
            return None
        postings = sorted((self._by_stem.get(part, set()) for part in key), key=len)
        matches = set(postings[0]).intersection(*postings[1:])
        return self._names[matches.pop()] if len(matches) == 1 else None


def _first_line(reads: list[_Read]) -> str:
    return reads[0].unit.text.split("\n")[0][:_EXCERPT_CHARS] if reads else ""


def _page_entity(
    text: DocumentText, content: list[_Read], settings: ExtractionSettings, brands: frozenset[str],
    brand: _Brand | None = None,
) -> str | None:
    """The branch a whole page is about: its heading names one, or its schema.org data describes one place."""
    heading = text.heading or ""
    if not heading or text.document.format in _IVR_FORMATS or text.document.format == "faq":
        return None
    # a page stating several branches' addresses lists branches, whatever its heading or JSON-LD say, unless one
    # address stands right under the heading and the others in sections of their own ("Nearby locations")
    brand = brand if brand is not None else _brand_of(text)
    own = {v for r in content if r.unit.context[:1] == (heading,) and not any(_lists_others(label)
                                                                           for label in r.unit.context[1:])
           for v in r.branch_addresses() - _named_on_their_lines(r, brand)}
    if len({v for r in content for v in r.branch_addresses()}) > 1 and len(own) != 1:
        return None
    named = [n for n in _label_names(heading, settings) if not _is_brand(n, brands)]
    if named:
        return heading
    places = [item for item in text.structured if _is_place(item)]
    # a place named as the company itself on a page of several addresses is the company's office, not a branch;
    # a single shop's page (one address) is that shop's whatever its JSON-LD is called
    # "Kontakt i lokacija – Hostel Stari han": a heading led by a page word names the page, not a branch
    leads_page = heading.split()[0].casefold().strip(",:–—-") in _PAGE_WORDS
    if len(places) == 1 and name_key(heading) and not leads_page and not (
            len({v for r in content for v in r.branch_addresses()}) > 1 and _names_company(places[0], brands, text)):
        return heading
    if len(own) == 1 and _is_place_heading(heading, text.document.title or ""):
        return heading  # "Midtown" over its address, on the page titled "Riverbend Books Midtown | Bookstore"
    return None


def _without_company(name: str | None, text: DocumentText) -> str | None:
    """A branch's name without the company's name that leads it, where the page's title sets the two apart:
    "Ridgeline Tire & Service Overland Park – Metcalf Ave" under the title "Ridgeline Tire & Service – Overland Park
    – Metcalf Ave | ..." is "Overland Park – Metcalf Ave"; "Стоматология «Полярная улыбка» — Клиника на Кольском"
    in JSON-LD, whose lead part is the title's quoted brand (or the name of the page's Organization), is "Клиника на
    Кольском"."""
    if not name:
        return name
    title = html.unescape(text.document.title or "")  # the reader may leave "&amp;" in a title
    cut = _TITLE_PARTS.search(title)
    company = title[:cut.start()].strip() if cut else ""
    if company and name.startswith(company + " "):
        rest = name[len(company):].strip()
        if title[cut.end():].startswith(rest):
            return rest
    split = _NAME_PARTS.search(name)
    if split:
        lead, rest = name[:split.start()].strip(), name[split.end():].strip()
        # the title's first part may be the page's own name ("Kontakt i lokacija – ..."), so not a company name here
        companies = {str(item.get("name")).casefold() for item in text.structured
                     if not _is_place(item) and isinstance(item.get("name"), str)}
        if rest and (lead.casefold() in companies or any(k and k in name_key(lead) for k in _brands(text))):
            return rest
    return name


_NAME_PARTS = re.compile(r"\s[—–|]\s|\s-\s")


def _names_company(item: dict, brands: frozenset[str], text: DocumentText) -> bool:
    """Whether a schema.org item is named as the company: its name holds one of the company's quoted names, or is
    a part of the page's title other than its heading ("Locations | Brassline Barber Co. | Philadelphia")."""
    name = item.get("name")
    if not isinstance(name, str):
        return False
    key = set(name_key(name).split())
    if key and any(brand and set(brand.split()) <= key for brand in brands):
        return True
    heading = (text.heading or "").strip().casefold()
    parts = {p.strip().casefold() for p in _TITLE_PARTS.split(html.unescape(text.document.title or ""))}
    return name.strip().casefold() in parts - {heading, ""}


def _named_on_their_lines(read: _Read, brand: _Brand) -> set[str]:
    """Addresses on a line led by a branch's name ("Шафран на Ямашева, пр-т Ямашева, 71а"): that branch's, not the
    page's own, even in the page's first section."""
    text = read.unit.text
    out = set()
    for f in read.found:
        if f.kind == "address":
            start = text.rfind("\n", 0, f.start) + 1
            line = text[start:f.start]
            names = _brand_branches(line, brand) or _cached_names(line)
            if names and names[0].start <= len(line) - len(line.lstrip(" \t-–—•*")):
                out.add(f.value)
    return out


def _lists_others(label: str) -> bool:
    """Whether a section heading lists branches ("Our other locations", "Другие филиалы", "Ostale poslovnice"), not
    the page's own ("Visit the shop", "Адрес")."""
    if _is_field_label(label) and not _PLURAL_ADDRESSES.search(label):
        return False  # "Address", "Адрес", "Adresa" over one address: the page's own
    return bool(_BRANCH_LIST.search(label)) or any(may_be_plural_type(w) for _, _, w in find_type_words(label))


# Field labels that speak of several places ("Addresses", "Адреса", "Lokacije"); Serbian "адреса" is singular but
# reads as the Russian plural, which costs only a page entity left unset.
_PLURAL_ADDRESSES = re.compile(r"addresses|locations|адреса|adrese|адресе|lokacije|локације", re.IGNORECASE)


# Headings of pages that are not about one place, however short and capitalised.
_PAGE_WORDS = frozenset(
    "контакты контакт about contacts contact о компании компания kontakt kontakti контакти home главная početna "
    "почетна locations адреса adrese адресе stores магазины prodavnice продавнице".split()
)


def _is_place_heading(heading: str, title: str) -> bool:
    """Whether a page heading is a branch's bare name ("Midtown", "Liman"): short, a proper name, no field or page
    word, no type word for several branches, and the page's title repeats it."""
    words = heading.split()
    return (
        0 < len(words) <= 8 and _is_proper_name(heading) and not _is_field_label(heading)
        and not any(w.casefold() in _PAGE_WORDS for w in words) and not _names_a_day(heading)
        and not any(may_be_plural_type(word) for _, _, word in find_type_words(heading))
        and heading.casefold() in title.casefold()
    )


def _is_branch(name: BranchName, settings: ExtractionSettings) -> bool:
    """Whether a name is one branch: "магазины в Москве" are all of them, "Филиал в Самаре" is one."""
    key = name_key(name.place)
    in_a_city = key in _city_keys(settings.city) or addresses.city_of_section(name.place) is not None
    return bool(key) and not (is_plural_type(name.word) and in_a_city)


@lru_cache(maxsize=64)
def _city_keys(city: str | None) -> frozenset[str]:
    cities = {"москва", "moscow", "санкт-петербург", "петербург", "beograd", "београд", "belgrade", "novi sad"}
    if city:
        cities.add(city)
    return frozenset(name_key(c) for c in cities)


@lru_cache(maxsize=4096)
def _cached_names(text: str) -> tuple[BranchName, ...]:
    return tuple(find_branch_names(text))


def _label_names(label: str, settings: ExtractionSettings) -> list[BranchName]:
    """Branches a heading, question or menu label names."""
    return [n for n in _cached_names(label) if _is_branch(n, settings) and not is_plural_type(n.word)]


_COMPANY_TYPES = ("Organization", "Corporation", "WebSite", "WebPage", "NGO", "OnlineStore", "OnlineBusiness")


def _is_place(item: dict) -> bool:
    """A schema.org item about one physical place: a LocalBusiness subtype with an address."""
    types = item.get("@type") or ""
    types = types if isinstance(types, list) else [types]
    return "address" in item and not any(str(t) in _COMPANY_TYPES for t in types)


# News about one branch ------------------------------------------------------------

# Words of a headline that tell of one branch opening, moving or changing: "Havelock opens Saturday", "Cimarron
# opens Glenpool store", "Открылся новый магазин на Покровке", "Otvorena nova prodavnica u Čačku".
_NEWS_CUE = re.compile(
    r"(?<![\w-])(?i:(?:re)?opens|(?:re)?opening|now\s+open|to\s+open|will\s+open|grand[\s-]opening|moves|relocates"
    r"|открыл(?:ся|ась|ось|ись|и)|открывается|открываем|открывает|откроется|откроем|открытие|переезжает|переехал\w{0,2}"
    r"|otvara(?:mo)?|otvoren[aoi]?|otvorili|otvaranje|отвара(?:мо)?|отворен[аои]?|отворили|отварање|seli\s+se|сели\s+се)"
    r"(?![\w-])"
)
# "... Opens in Waukesha", "... opens its fourth shop at Oracle & Ina": the place after the cue.
_OPENS_IN = re.compile(
    r"(?i:opens|opening|to\s+open|will\s+open|now\s+open)(?:[ \t]+(?i:its|a|the|our|new|[\w-]+-area|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)))*[ \t]+(?i:in|at|on)[ \t]+"
    r"(?P<place>[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30}){0,2})"
)
# "Havelock opens Saturday", "Near South reopens": a place as the subject of the cue.
_PLACE_OPENS = re.compile(
    r"[\s\-–—•*#>]{0,4}(?P<place>[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30}){0,2})[ \t]+"
    r"(?i:(?:re)?opens|is\s+(?:now\s+)?open|now\s+open|will\s+(?:re)?open|moves|relocates)(?![\w-])"
)
# A press release's stamp stands where its headline would: the headline is the first line of the text then.
_PRESS_STAMP = re.compile(
    r"(?i)for\s+immediate\s+release|(?:press|news|media)\s+release|пресс-релиз|для\s+немедленной|saopštenje|саопштење"
)
# Sections of a release about the company, not the branch: "About Swirlberry", "Media contact", "О компании".
_COMPANY_SECTION = re.compile(
    r"(?i)^\W*(?:about\b|media\b|press\b|for\s+media|о\s+компании|о\s+нас|для\s+сми|пресс|o\s+nama|o\s+kompaniji"
    r"|о\s+нама|о\s+компанији|za\s+medije|за\s+медије)"
)
# "the new shop", "our newest store", "новый магазин", "в новом салоне", "nova prodavnica", "у новој апотеци"
_NEW_BEFORE = re.compile(
    r"(?<![\w-])(?:new|newest|нов(?:ый|ая|ое|ого|ой|ом|ую)|nov[aiou]|novoj|novom|новој|новом|нов[аиоу])\s+$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"(?:№|#|No\.?|br\.|бр\.)?[0-9]")
_LEAD_STOP = frozenset(
    "the our your a an at in on to for of and our this new welcome visit celebrate meet join".split()
)


@dataclass(frozen=True)
class _Topic:
    """A headline about one branch: the branch's place as the headline writes it and its name there."""

    place: str
    name: str


@lru_cache(maxsize=4096)
def _headline_topic(headline: str, brand: _Brand) -> _Topic | None:
    """The one branch a headline tells of opening, moving or changing (see _NEWS_CUE), or None."""
    cue = _NEWS_CUE.search(headline)
    if cue is None:
        return None
    # the branch named right after the cue, or before it as its subject: a subtitle run on into a plain-text
    # headline may name more ("... Opens Store #121 in Glenpool on December 5 Largest showroom in the chain ...")
    names = [n for n in _cached_names(headline) if name_key(n.place) and n.end <= cue.start()
             and not headline[n.end:cue.start()].strip(" \t,")]
    names = names or [n for n in _cached_names(headline) if name_key(n.place) and cue.end() <= n.start < cue.end() + 40][:1]
    if names:
        if len({n.lead for n in names}) != 1 or is_plural_type(names[0].word):
            return None
        return _Topic(names[0].place, names[0].name)
    for m in (_OPENS_IN.search(headline), _PLACE_OPENS.match(headline)):
        if m is None:
            continue
        place = m.group("place")
        stems = {stem(w) for w in _WORDS.findall(place)}
        # "Beacon Opens ...", "Swirlberry Frozen Yogurt Opens ...": the company opening, not a place
        if not name_key(place) or stems & (brand.lead | brand.words) or _names_a_day(place) or is_day_label(place):
            continue
        return _Topic(place, place)
    return None


def _topics(text: DocumentText, content: list[_Read], brand: _Brand,
            layout: tuple[str | None, ...]) -> tuple[tuple[str | None, ...], str | None, tuple[tuple[str, str], ...]]:
    """The branch each content unit is news about: a press release, newsletter or post whose headline tells of one
    branch opening, moving or changing ("Swirlberry Frozen Yogurt Opens Fourth Tucson-Area Shop in Oro Valley",
    "## Havelock opens Saturday, December 12") is about that branch under the headline, and under sub-headings
    that go on about it (they name its place or the opening: "Grand-opening offers"), not under others ("About
    Swirlberry", "Media contact", "Year-end reminders"). Also the branch the whole page is news about.

    The page's headline is its heading, its title, or, under a press release's stamp, its first line; a
    section's is its heading."""
    out: list = [None] * len(content)
    if text.document.format in _IVR_FORMATS or text.document.format == "faq" or not content:
        return tuple(out), None, ()
    heading = text.heading or ""
    headlines = [heading, *_TITLE_PARTS.split(text.document.title or "")[:1]]
    if _PRESS_STAMP.search(heading) or not heading:
        headlines.append(content[0].unit.text.split("\n", 1)[0])
    page_topic = next((t for t in (_headline_topic(h, brand) for h in headlines if h) if t), None)
    for index, read in enumerate(content):
        context = read.unit.context
        start = 1 if context[:1] == (heading,) else 0
        topic, depth = page_topic, start
        for level in range(start, len(context)):
            found = _headline_topic(context[level], brand)
            if found:
                topic, depth = found, level + 1
        if topic is None or read.unit.role == "answer":
            continue
        # sub-headings below the headline must go on about the branch
        if all(_continues_topic(label, topic) for label in context[depth:]):
            out[index] = topic
    named = {}
    for index, topic in enumerate(out):
        if topic is not None:
            out[index] = named.get(topic) or named.setdefault(topic, _topic_name(topic, content, out, layout))
    if page_topic is not None and page_topic not in named:
        named[page_topic] = _topic_name(page_topic, content, out, layout)
    # the headline's own words for the branch ("Third Shop in Maple Heights" run on into a subtitle) name it too
    aliases = tuple((name_key(topic.place), name) for topic, name in named.items())
    return tuple(out), named.get(page_topic) if page_topic else None, aliases


def _continues_topic(label: str, topic: _Topic) -> bool:
    """Whether a sub-heading goes on about a news item's branch: it names its place or the opening, or a kind of
    fact ("Hours"); not the company ("About Cimarron Floor & Tile", "Media contact")."""
    if _COMPANY_SECTION.search(label):
        return False
    place = set(name_key(topic.place).split())
    return bool(_NEWS_CUE.search(label) or place & set(name_key(label).split()) or _is_field_label(label))


def _topic_name(topic: _Topic, content: list[_Read], topics: list, layout: tuple[str | None, ...]) -> str:
    """The name a news item's branch goes by: the page's own name for it (a card's heading, "Beacon Tax Services –
    Waukesha"), else the company's name and the place as the text writes them ("Swirlberry Oro Valley", "Cimarron
    Floor & Tile Glenpool"), else the headline's."""
    words = [w for w in topic.place.split() if not _NUMBERED.match(w) and not w.isdigit()]  # "Store #121 in Glenpool"
    for size in range(len(words), 0, -1):  # "Oro Valley Grand-opening weekend": a subtitle run on into the place
        place = " ".join(words[:size])
        key = set(name_key(place).split())
        if not key:
            continue
        own = {name for name in layout if name and key <= set(name_key(name).split())}
        if len(own) == 1:
            return own.pop()
        full = re.compile(
            r"(?<![\w&'’-])(?P<lead>(?:[A-Z][\w'’.-]*|&)(?:[ \t]+(?:[A-Z][\w'’.-]*|&)){0,4})[ \t]+"
            + re.escape(place).replace(r"\ ", r"[ \t]+") + r"(?![\w'’-])(?![ \t]+[A-Z])"
        )
        for read, about in zip(content, topics):
            if about is not topic:
                continue
            for m in full.finditer(read.unit.text):
                lead = m.group("lead").split()
                if lead[0].casefold() not in _LEAD_STOP and not find_type_words(m.group("lead")):
                    return m.group(0)
    return topic.name


# Sections ------------------------------------------------------------------------


def _label_key(label: str) -> str:
    """A label's name key without the words of field labels ("Режим работы", "Find us", "Адрес")."""
    return " ".join(s for s in name_key(label).split() if s not in _FIELD_STEMS and not s.isdigit())


def _is_field_label(label: str) -> bool:
    """Whether a heading or column label names a kind of fact ("Адрес", "Radno vreme", "HOLIDAY HOURS")."""
    words = re.findall(r"[^\W\d_]+", label.casefold())
    return bool(words) and all(w in _FIELD_WORDS or stem(w) in _FIELD_STEMS for w in words)


def _section_entities(
    text: DocumentText, content: list[_Read], settings: ExtractionSettings, page_entity: str | None,
    brands: frozenset[str] = frozenset(), brand: _Brand = _Brand(),
) -> list[str | None]:
    """The branch each content unit's section is about, from its context and the page's layout (or None)."""
    if text.document.format in _IVR_FORMATS:
        return _menu_items([_menu_entity(r.unit, text, settings, brands) for r in content], content)
    rows = _row_names(content)
    cards = _cards(text, content, rows)  # a branch page may list its neighbours ("Nearby locations")
    out: list[str | None] = []
    for index, read in enumerate(content):
        entity = _context_entity(read.unit, text, settings, brands, brand)
        if entity is None and index in rows:
            entity = rows[index]
        if entity is None and read.unit.context and read.unit.context[-1] in cards:
            entity = _card_name(read.unit.context[-1])
        out.append(entity)
    return _field_subsections(content, out)


def _card_name(heading: str) -> str:
    """A card's heading as the branch's name: without a distance ("0.8 mi"), a numbered aside ("(new in 2026)") or
    a status in brackets ("(coming soon)", "(скоро открытие)"), which other channels leave out of the name."""
    name = _STATUS_ASIDE.sub("", _NUMBERED_ASIDE.sub("", _DISTANCE.sub("", heading)))
    return _INSIDE_ASIDE.sub("", name).strip() or heading



# A branch's state in brackets after its name: opening soon, new, temporarily closed, under renovation.
_STATUS = (r"(?i:coming\s+soon|opening\s+soon|now\s+open|new|temporarily\s+closed|closed\s+for\s+renovation"
           r"|скоро\s+открытие|скоро\s+открываемся|новый|новинка|временно\s+закрыт[ао]?|на\s+ремонте"
           r"|uskoro|ускоро|novo|ново|privremeno\s+zatvoren[ao]?|привремено\s+затворен[ао]?)")
_STATUS_ASIDE = re.compile(r"\s*\(" + _STATUS + r"\)\s*$")


def _field_subsections(content: list[_Read], entities: list[str | None]) -> list[str | None]:
    """A card's "Hours" or "Contact" sub-section is the card's: a unit under a heading that names a kind of fact
    ("Year-round hours", "Часы работы") takes the one branch its sibling sections name."""
    by_parent: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for read, entity in zip(content, entities):
        # only a sibling headed by the branch's name: a card, not a section that mentions a branch
        if entity and len(read.unit.context) >= 2 and _card_name(read.unit.context[-1]) == entity:
            by_parent[read.unit.context[:-1]].add(entity)
    out = list(entities)
    for index, read in enumerate(content):
        context = read.unit.context
        if (out[index] is None and len(context) >= 2 and read.unit.role != "answer"
                and not context[-1].rstrip().endswith("?") and _names_a_field(context[-1])):
            siblings = by_parent.get(context[:-1], set())
            if len(siblings) == 1:
                out[index] = next(iter(siblings))
    return out


def _names_a_field(heading: str) -> bool:
    """Whether a heading names a kind of fact, maybe with a qualifier: "Year-round hours", "Lobby hours", "Адрес"."""
    return any(stem(w) in _FIELD_STEMS for w in re.findall(r"[^\W\d_]+", heading.casefold()))


def _context_entity(unit: Unit, text: DocumentText, settings: ExtractionSettings, brands: frozenset[str],
                    brand: _Brand = _Brand()) -> str | None:
    """A branch named by a heading or FAQ question the unit sits under (below the page's own heading)."""
    for label in reversed(unit.context):
        if label == text.heading:
            break
        # "Dell Range Counter (inside Frontier Mall)": the mall in the brackets is where the branch is
        named = [n for n in _label_names(label, settings) if not _is_brand(n, brands)]
        named = [n for n in named or _brand_branches(label, brand) if not _INSIDE_BRACKET.search(label, 0, n.start)]
        if named:
            return _label_name(label, named[0])
    return None


# The words that say where a branch is, inside another place: "Dell Range Counter (inside Frontier Mall)",
# "(в ТЦ «Лето»)", "Glavna 5, Azanja (u prodavnici „Mladost“)".
_INSIDE_WORDS = r"(?i:inside|in|at|within|в|во|внутри|у|u|kod|код)[ \t]{1,2}"
_INSIDE_BRACKET = re.compile(r"\(" + _INSIDE_WORDS + r"(?:(?i:the)[ \t]{1,2})?$")
_INSIDE_ASIDE = re.compile(r"\s*\(" + _INSIDE_WORDS + r"[^()]{2,40}\)\s*$")


# A sentence's lead of one to three capitalised words, a comma and maybe "at": "East Ridge, at 1415 Ringgold Road".
_PLACE_THEN_ADDRESS = re.compile(
    # "Our Douglas Avenue wash, at 3150 East Douglas Avenue, …": "our" and the trade are no part of the place
    r"(?:(?:Our|The)[ \t]{1,2})?"
    r"(?P<place>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t][A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,2})"
    r"(?:[ \t]{1,2}[a-z]{3,12})?,[ \t]{1,2}(?:(?:at|on|на|в|u|na)[ \t]{1,2})?"
)
# What ends a branch's name that opens an item: "Центр в Амуре: улица …", "Elm Street — open daily …"
_ITEM_MARK = re.compile(r"[ \t]{0,2}[:–—-][ \t]")
# What may follow a branch's name in a heading that is the name ("Optika Vid – Promenada", "Аптека (ТЦ «Лето»)").
_NAME_GOES_ON = re.compile(r"\s*[–—,(/|-]")


def _label_name(label: str, name: BranchName) -> str:
    """The name a label gives a branch: the whole label when it is the name ("Optika Vid – Promenada")."""
    label = label.strip()
    if name.start == 0 and not label.endswith("?") and len(label.split()) <= 8 and (
        name.end == len(label) or _NAME_GOES_ON.match(label, name.end)
    ):
        # "Цвећара Центар (Трг ослобођења 7)", "Carlisle (new in 2026)": an address or a date beside the name
        aside = _NUMBERED_ASIDE.search(label, name.end)
        return label[:aside.start()].rstrip() if aside else label
    return name.name


_NUMBERED_ASIDE = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")

# "For the Midtown Museum, press 1", "Для магазина на Покровке нажмите 2", "Za Dunavsku pritisnite 1".
_MENU_OPTION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:For|To reach|Для|Za|За)[ \t]{1,2}(?:(?:the|our)[ \t]{1,2})?"
    # "For the downtown Missoula shop, press 1": a part of town and a type word may stand around the name
    r"(?P<name>(?:(?:downtown|uptown|midtown)[ \t]{1,2})?"
    r"[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]{1,2}[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}){0,3}"
    r"(?:[ \t]{1,2}(?:shop|store|location|office|branch|clinic|studio|salon|gym|club|wash|center|centre|library"
    r"|lab))?)"
    r"[ \t]{0,2},?[ \t]{0,2}(?:press|dial|say|нажмите|наберите|pritisnite|притисните|birajte|бирајте)(?![\w])"
)


def _menu_options(text: DocumentText) -> set[str]:
    """The places an IVR script's menu offers by name ("For the Midtown Museum, press 1"): branches its other
    prompts may name again ("The Roseville Discovery Garage, on Vernon Street, is open …")."""
    return {m.group("name") for unit in text.units for m in _MENU_OPTION.finditer(unit.text)
            if not _SERVICE_ITEM.search(m.group("name")) and len(m.group("name").split()) >= 2}


def _menu_entity(unit: Unit, text: DocumentText, settings: ExtractionSettings, brands: frozenset[str]) -> str | None:
    """The branch an IVR menu path leads to: an item naming one, or an item of a menu that lists branches.

    ("main", "1", "адреса клубов", "2", "Марьино") is about the Марьино club: the item's menu lists clubs.
    """
    labels = [label for label in unit.context if label.strip() and not label.strip().isdigit()]
    for index in range(len(labels) - 1, -1, -1):
        label = labels[index]
        named = [n for n in _label_names(label, settings) if not _is_brand(n, brands)]
        if named:
            return _label_name(label, named[0])
        if index > 0 and _lists_branches(labels[index - 1]) and _label_key(label) and not _is_field_label(label):
            if len(label.split()) <= 5 and not find_type_words(label):
                return label
    return None


# Menu items that are a line or a service, not a place, even when their prompt states hours ("Operater", "Agent").
_SERVICE_ITEM = re.compile(r"(?i)operat|оперател|оператор|оператер|agent|representative|savetnik|саветник|консультант")


def _menu_items(entities: list[str | None], content: list[_Read]) -> list[str | None]:
    """Items of one menu that are bare place names ("For Dunavska, press 1. For Savamala, press 2").

    Two or more items under the same menu path (counting items that name a
    branch by its type, "Мойка на Кабардинской") must each be a short proper
    name that the prompt under it repeats as its subject ("Savamala is open
    ...") and that states where or when (an address or hours: a number alone is
    a line's, "To renew by phone, call ..."); an item like "Offers" or
    "Operater" is not a place.
    """
    candidates: dict[tuple[str, ...], dict[int, str]] = defaultdict(dict)  # an item's index and its place
    named_items: dict[tuple[str, ...], set[str]] = defaultdict(set)  # items of a menu that name a branch themselves
    for index, (entity, read) in enumerate(zip(entities, content)):
        labels = [label for label in read.unit.context if label.strip() and not label.strip().isdigit()]
        if len(labels) < 2:
            continue
        # siblings share the path to their digit; after it an item may have a title and the words that offer it
        context = read.unit.context
        digit = max((i for i, step in enumerate(context) if step.strip().isdigit()), default=None)
        parent = context[:digit] if digit is not None else tuple(labels[:-1])
        if entity is not None:
            named_items[parent].add(context[-1])
            continue
        # "our East Mason Street wash": the place the item names, without the words around it
        label = _MENU_ITEM_FRAME.sub("", labels[-1].strip()) or labels[-1].strip()
        key = _label_key(label).split()
        # where or when: a line of its own ("To renew by phone, call 802-863-3490") is no place
        located = any(f.kind in ("address", "hours") for f in read.found)
        if (located and key and label[:1].isupper() and _is_title(label) and not _is_field_label(label)
                and not find_type_words(label) and not _SERVICE_ITEM.search(label)
                and _repeats(key, name_key(read.unit.text).split())):
            candidates[parent][index] = _as_said(label, read.unit.text)
    out = list(entities)
    for parent, members in candidates.items():
        # two or more places offered, counting the items that name a branch by its type ("Мойка на Кабардинской")
        if len({content[i].unit.context[-1] for i in members} | named_items[parent]) >= 2:
            for index, label in members.items():
                out[index] = label
    return out


def _as_said(label: str, prompt: str) -> str:
    """A menu item's place in the form its prompt says it, where a short word's ending differs ("Иглу Центар" is
    "Игла Центар" when the prompt says so)."""
    words = _WORDS.findall(label)
    if not any(len(w) == 4 for w in words):
        return label
    pattern = r"\s{1,3}".join(re.escape(w[:3]) + r"\w" if len(w) == 4 else re.escape(w) for w in words)
    m = re.search(rf"(?<!\w){pattern}(?!\w)", prompt, re.IGNORECASE)
    return m.group(0) if m else label


def _repeats(key: list[str], stems: list[str]) -> bool:
    """Whether every stem of an item's key is among a prompt's, a short word in any case ("За Иглу Центар" over
    "Игла Центар, Српских владара 27": a four-letter stem keeps its ending)."""
    said = set(stems) | {s[:3] for s in stems if len(s) == 4}
    return all(k in said or len(k) == 4 and k[:3] in said for k in key)


# The words around a menu item's place: "our East Mason Street wash", "the Hudson Road shop", "the Main Street
# Bathhouse downtown".
_MENU_ITEM_FRAME = re.compile(
    r"^(?:our|the|your)\s{1,2}|\s{1,2}(?:shop|store|location|wash|branch|office|downtown|uptown|midtown)$")


_BRANCH_LIST = re.compile(r"адрес|address|locations|adres|lokacij|локациј", re.IGNORECASE)


def _lists_branches(label: str) -> bool:
    """Whether a menu label lists branches: "отделения", "адреса и часы работы клубов", "Prodajna mesta"."""
    return bool(find_type_words(label)) or bool(_BRANCH_LIST.search(label))


def _row_names(content: list[_Read]) -> dict[int, str]:
    """Rows of a stores table and cards of a list, each named by its first line.

    A table row is read as one unit whose lines are its cells, with the header
    cells at the end of its context ("Отделение | Адрес | Режим работы"); a
    list card is a list item or paragraph whose first line is a title
    ("South Congress", then an address, hours, a phone). Siblings share their
    context, so a row or card is one of two or more units with the same
    context whose first line is a short name rather than a fact. A table
    needs a column of facts (address, phone, hours) in its header; cards need
    at most one address each and an address on at least one of them.
    """
    by_context: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, read in enumerate(content):
        # a row of a layout table reads as one line of cells: "NASHVILLE - Charlotte Pike; 6800 Charlotte Pike; …"
        if (read.unit.context or "; " in read.unit.text) and read.unit.role != "answer":
            by_context[read.unit.context].append(index)
    rows: dict[int, str] = {}
    for context, members in by_context.items():
        if len(members) < 2:
            continue
        columns = [i for i, label in enumerate(context) if i and _is_fact_column(label)]
        table = bool(columns)
        # "Аптека | Пн–Пт | Сб" over "на Невском | ...": the name column's type word and the cell make the name
        kind = context[columns[0] - 1] if columns and columns[0] > 1 else ""
        kind = kind if kind and len(find_type_words(kind)) == 1 and not _label_key(kind) else ""
        named: dict[int, str] = {}
        for index in members:
            read = content[index]
            first = _BADGE.sub("", _DISTANCE.sub("", read.unit.text.split("\n", 1)[0])).strip()
            cells = "\n" not in read.unit.text and "; " in first  # one line of cells
            if table or cells:
                first = first.split("; ", 1)[0]  # "Отделение «Центральное»; головной офис": the cell's first line
            if ("\n" not in read.unit.text and not cells) or not _is_title(first) or any(
                    f.start < len(first) for f in read.found):
                continue  # the first line is a fact itself (or a sentence): not a row or card
            located = [f for f in read.found if f.kind in ("address", "hours", "phone") and not f.company]
            if table and read.found or not table and located and len(read.branch_addresses()) <= 1:
                named[index] = f"{kind} {first}" if kind and _STARTS_WITH_PREPOSITION.match(first) else first
        if table or (len(named) >= 2 and any(content[i].branch_addresses() for i in named)):
            rows.update(named)
    return rows


# A status badge after a row's or card's name: "Yukon New!", "Аптека на Ленина НОВИНКА", "Liman — uskoro".
_BADGE = re.compile(r"(?<=\w)[ \t]{1,3}(?:[–—-][ \t]{1,2})?" + _STATUS + r"!?[ \t]*$")
# A store locator's distance after a result's name: "Summit Sports – Boulder 24.8 mi", "Аптека на Ленина · 1,2 км".
_DISTANCE = re.compile(r"[\s·|,–—-]{1,4}\d{1,4}(?:[.,]\d{1,2})?\s?(?:mi|miles?|km|км|m|м)\.?\s*$", re.IGNORECASE)
_STARTS_WITH_PREPOSITION = re.compile(r"(?:на|в|во|у|u|na|on|at|in)\s", re.IGNORECASE)


def _is_fact_column(label: str) -> bool:
    """Whether a column label names a fact a stores table gives per branch: address, phone, hours or days."""
    return is_day_label(label) or any(stem(w) in _FACT_COLUMN_STEMS for w in re.findall(r"[^\W\d_]+", label))


def _is_proper_name(label: str) -> bool:
    """A place's name rather than a field's or a control's ("TC Promenada", "Liman", "м. Сокол"; not "Эл. почта",
    "Показать", "Filter")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", label) if len(w) > 2 or w[:1].isupper()]
    if len(words) == 1 and words[0].casefold() in _CONTROL_WORDS:
        return False
    return bool(words) and all(w[:1].isupper() for w in words) and not any(w.endswith(".") for w in words[:-1])


# The labels of a list's filters, controls and status lines: "Показать: работают круглосуточно", "Filter: open now",
# "Открыто: пт–вс с 14 до 22", "Informacije: 033/62-100".
_CONTROL_WORDS = frozenset(
    "показать фильтр фильтры сортировать сортировка выбрать show filter filters sort select view prikaži prikazi "
    "filtriraj sortiraj izaberi прикажи филтер сортирај изабери открыто открыт закрыто закрыт open closed now "
    "otvoreno zatvoreno отворено затворено информация справки info information informacije информације".split()
)


def _is_title(line: str) -> bool:
    """Whether a line can be a row's or card's name: short, a name rather than a label, a sentence, a department
    or a day ("Thanksgiving Day", "31 декабря": rows of a holiday table)."""
    line = _ABBREVIATED_END.sub("", line)  # "Milwaukee St.": the dot of an abbreviation ends no sentence
    return (
        0 < len(line) <= 80 and len(line.split()) <= 8 and not line.endswith((":", ".", "!", "?"))
        and bool(_label_key(line)) and not _DEPARTMENT.search(line) and not _LEGAL.search(line)
        and not _names_a_day(line)
    )


_ABBREVIATED_END = re.compile(
    r"(?<![^\W\d_])(?:St|Ave|Av|Rd|Blvd|Dr|Ln|Pl|Sq|Hwy|Pkwy|Ct|Ter|Mt|Ft|ул|пр|просп|бул|пер|ш|наб|пл)\.$")


def _names_a_day(label: str) -> bool:
    """A day, not a place, unless a branch's type word says otherwise ("Магазин на 8 Марта")."""
    return hours.names_a_day(label) and not find_type_words(label)


def _cards(text: DocumentText, content: list[_Read], rows: dict[int, str]) -> set[str]:
    """Headings of branch cards on a list page: headings over one address (or over hours or a phone, between such;
    not over an offer).

    Two or more are needed: one heading with an address is a section, not a list of branches.
    """
    order: list[str] = []
    addresses_of: dict[str, set[str]] = defaultdict(set)
    contacts: Counter = Counter()
    offers: Counter = Counter()
    parents: dict[str, tuple[str, ...]] = {}
    for index, read in enumerate(content):
        unit = read.unit
        if not unit.context or unit.context[-1] == text.heading or index in rows or unit.role == "answer":
            continue
        heading = unit.context[-1]
        if (heading.rstrip().endswith("?") or _is_field_label(heading) or not _label_key(heading)
                or _names_a_day(heading)):
            continue
        if heading not in addresses_of:
            order.append(heading)
            parents[heading] = unit.context[:-1]
        addresses_of[heading] |= read.branch_addresses()
        contacts[heading] += sum(1 for f in read.found if f.kind in ("hours", "phone") and not f.company)
        offers[heading] += sum(1 for f in read.found if f.kind == "promotion")
    with_address = [h for h in order if len(addresses_of[h]) == 1]
    cards = set(with_address)
    for position, heading in enumerate(order):
        # a heading over hours or a phone only, between cards under the same heading: a card if it reads as a name
        # ("Пекарня Заречная", "Downtown"), not as a service ("Вызов врача на дом"); a section after the list
        # ("## Достава" after the shops' bold titles) is none
        if not addresses_of[heading] and contacts[heading] and not offers[heading] and _is_proper_name(heading):
            neighbours = [n for n in order[max(0, position - 1):position] + order[position + 1:position + 2]
                          if parents[n] == parents[heading]]
            if any(n in with_address for n in neighbours):
                cards.add(heading)
    return cards if len(cards) >= 2 and with_address else set()


# Attribution within a unit ---------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, int]]:
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


class _Spans:
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


def _excerpt(text: str, start: int, end: int, sentences: _Spans | None = None) -> str:
    """The sentence or line around a span, cut to a readable length around it."""
    sentences = sentences or _Spans(_sentences(text))
    around = sentences.at(start) or sentences.at(max(start, end - 1))
    lo, hi = (around[0], max(around[1], end)) if around else (start, end)
    if hi - lo > _EXCERPT_CHARS:
        lo = max(lo, start - _EXCERPT_CHARS // 3)
        hi = min(hi, max(end, lo + _EXCERPT_CHARS))
    excerpt = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(text) else "")


_COMPANY_CUE = ()  # an attribution to the company as a whole


# Where a sentence's clauses part: a semicolon, or a comma before a word that sets the next clause against it
# ("Игла Центар и Игла Оџаци раде од 8 до 12, а Игла Пијаца од 7 до 12", "…, while Oak Park closes at 8").
_CLAUSE_BREAK = re.compile(r";|,\s{1,3}(?:а|a|но|ali|али|while|whereas|but)(?=\s)")


class _Attribution:
    """Decides whom each fact in one unit is about (see the module docstring for the order)."""

    def __init__(self, text: DocumentText, read: _Read, settings: ExtractionSettings, *,
                 section: str | None, page_entity: str | None, known: _KnownNames | None = None,
                 brands: frozenset[str] = frozenset(), brand: _Brand = _Brand(), topic: str | None = None,
                 news: str | None = None, news_names: dict[str, str] | None = None,
                 menu: _KnownNames | None = None):
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
        self.sentences = _Spans(_sentences(body))
        self._place_leads: int | None = None
        self.lines = _Spans(_line_spans(body))
        self.type_words = find_type_words(body)
        found_names = find_branch_names(body, type_words=self.type_words)
        # "Сервисный центр на Кунавина", "отдел продаж в Шахтах": a department's words with a place after them name a
        # branch, not the company's department
        departments = [
            (m.start(), m.end()) for m in _DEPARTMENT.finditer(body)
            if not any(n.start <= m.start() and m.end() < n.end
                       and _STARTS_WITH_PREPOSITION.match(body, m.end() + 1, n.end) for n in found_names)
        ]
        # positions of words that make a sentence the company's
        every = [start for start, _, _ in self.type_words if _ALL_OF.search(body, max(0, start - _ALL_OF_REACH), start)]
        self.company_at = sorted([start for start, _ in departments] + [m.start() for m in _LEGAL.finditer(body)] + every)
        # "Member Service Center" is a department, not a branch named "Member"
        self.names = [
            n for n in found_names
            if _is_branch(n, settings) and not _is_brand(n, brands) and not _greets(body, n)
            and not hours.names_a_day(n.place, dates=False)  # "On Christmas Eve and New Year's Eve, the day clinics"
            and not _WEEKDAY.match(n.place)  # "will open its third shop on Friday, Dec. 4"
            and not any(s < n.end and n.start < e for s, e in departments)
            # "free at every Ridgeline store", "во всех магазинах «Переплёт»": every branch, not one
            and not any(n.start <= start < n.end for start in every)
            and not _hosted(body, n, read.found)
        ]
        own = [n for n in _brand_branches(body, brand)
               if not any(o.start < n.end and n.start < o.end for o in self.names) and not _greets(body, n)]
        if own:
            self.names = sorted(self.names + own, key=lambda n: n.start)
        self._name_starts = [n.start for n in self.names]
        # "ул. Ленина, 28, офис 104", "Main St, Suite 200": a type word inside an address is its unit, not a place
        addresses_at = [(f.start, f.end) for f in read.found if f.kind == "address"]
        self.type_words = tuple(w for w in self.type_words if not any(s <= w[0] and w[1] <= e for s, e in addresses_at))
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
                               and not _label_names(heading, settings))
        self._city_keys = _city_keys(settings.city)
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
        # the same name however cased or inflected stays as written; a heading of several branches is no one's name
        if known is None or name_key(known) == name_key(name.name) or len(_cached_names(known)) > 1:
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
        before = [(c, 1, -1) for c in company if c <= pos]
        before += [(n.start, 0, index) for index, n in enumerate(names) if n.start <= pos]
        if before:
            _, is_company, index = max(before)
            return _COMPANY_CUE if is_company else self._joined(names, index)
        # a branch excepted or included after the fact is not what it is about: "Closed — all stores, including our
        # 24-hour Ingersoll store", "all stores are closed, except our Veterans Blvd store, which is open 10 to 4"
        leads = {n.lead for n in names if not _EXCEPTED_BEFORE.search(self.unit.text, max(s, n.start - 24), n.start)}
        if len(leads) == 1:
            return self.groups[leads.pop()]
        if company or names:
            return _COMPANY_CUE if company and not names else None
        return None

    def _place_then_address(self, pos: int) -> tuple[str, ...] | None:
        """A sentence led by a bare place's name, a comma and its address ("Brainerd, at 5521 Brainerd Road, is open
        24 hours"), as a prompt lists a chain's branches: that place, when the unit already names branches or leads
        two or more sentences so."""
        s, _ = self._sentence_of(pos)
        m = self._place_address_lead(s)
        if m is None or not (self.names or self._places_then_addresses() >= 2):
            return None
        place = m.group("place")
        if (name_key(place) in self._city_keys or addresses.city_of_section(place) is not None
                or _names_a_day(place) or _is_field_label(place) or find_type_words(place)):
            return None
        return (place,)

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
                     or len(_WORDS.findall(_PARENTHESES.sub(" ", rest))) <= 2)
            return self.groups[name.lead] if title else None
        return None

    def _known_label(self, pos: int) -> tuple[str, ...] | None:
        """A sentence led by a branch's short name and a colon, dash or middle dot ("Downtown: Mon–Fri 8–5", "Sellwood
        · 8015 SE 13th Ave · (503) 555-0178"), known from the run."""
        s, e = self._sentence_of(pos)
        m = _KNOWN_LABEL.match(self.unit.text, s, e) if self.known is not None else None
        if m is None or self._names_in(s, m.end()):
            return None
        entity = self.known.find(m.group("label"))
        return (entity,) if entity else None

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
        for pattern in _OPENING_QUESTIONS:
            m = pattern.match(question.strip())
            if m:
                return m.group("name") if self._place_name(m.group("name")) else None
        return None

    def _place_name(self, name: str) -> bool:
        """Whether a capitalised subject can be a place's name: no pronoun, part of a place, day, brand or desk."""
        words = name.split()
        return not (words[0].casefold() in _NOT_OPEN_SUBJECTS or _names_a_day(name) or is_day_label(name)
                    or _DEPARTMENT.search(name) or _SWITCHBOARD.search(name)
                    or any(s == 0 and e == len(name) for s, e, _ in find_type_words(name))
                    or any(stem(w) in self._brand_words for w in words) or _is_field_label(name)
                    or addresses.city_of_section(name) is not None)

    def _known_named(self, pos: int, end: int | None = None) -> tuple[str, ...] | None:
        """The one branch of the run named in full anywhere in the sentence ("Winter break bonus day: the Midtown
        Museum will open on Monday, December 28, from 9:30 to 4:30"); of several, the ones in the fact's clause
        ("Christmas Eve: Highland Square and Ellet open 9am–2pm; Cuyahoga Falls closed")."""
        if self.known is None and self.menu is None:
            return None
        s, e = self._sentence_of(pos)
        if self._names_in(s, e):
            return None
        found = {entity for run in _CAPITALISED_RUN.finditer(self.unit.text, s, e)
                 if (entity := self.known.find_whole(run.group(0)) or self._known_part(run))
                 } if self.known is not None else set()
        if found and end is not None:
            body = self.unit.text
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(body, s, e)]
            clause_start = max([s] + [b_end for b_start, b_end in breaks if b_end <= max(s, end - 1)])
            clause_end = min([e] + [b_start for b_start, _ in breaks if b_start >= end - 1])
            # among names that are surely branches, a one-word name ("Ellet") is one too
            named = tuple(dict.fromkeys(
                entity for run in _CAPITALISED_WORDS.finditer(body, clause_start, clause_end)
                if (entity := self.known.find_whole(run.group(0)) or self.known.find_exact(run.group(0))
                    or self._known_part(run))))
            if len(found) > 1 or len(named) > 1:
                return named or None
        if not found and self.menu is not None:
            # a branch the page's navigation lists, named as it lists it ("The Cary Pet Care Center is also closed
            # Friday, November 27" under "Locations / … / Cary Pet Care Center")
            found = {name for name in self.menu.names() if len(name.split()) >= 2 and self._names_whole(name, s, e)}
        return (found.pop(),) if len(found) == 1 else None

    def _known_part(self, run: re.Match[str]) -> str | None:
        """The one known branch a run of capitalised words names by part of its name ("Valley View" for "Valley
        View Mall", "Tunnel Road" for "Tunnel Road Lanes"), outside an address ("4300 Upton Ave S")."""
        if any(f.kind == "address" and f.start < run.end() and run.start() < f.end for f in self.found):
            return None
        return self.known.find(run.group(0))

    def _names_whole(self, name: str, start: int, end: int) -> bool:
        """Whether text[start:end] names a listed branch word for word, outside the facts read there (a city the
        menu lists is part of an address: "Сентандрејски пут 11, Нови Сад"), and the name is no city."""
        if name_key(name) in self._city_keys or addresses.city_of_section(name) is not None:
            return False
        m = _whole_name(name).search(self.unit.text, start, end)
        return m is not None and not any(f.start < m.end() and m.start() < f.end for f in self.found)

    def _dialled_by(self, found: _Found) -> tuple[str, ...] | None:
        """A switchboard's extension and whom it dials, after a dash ("lokal 11 – Centar"): that branch, known from
        the run or named so."""
        if found.kind != "phone" or ";ext=" not in found.value:
            return None
        m = _DIALS.match(self.unit.text, found.end)
        if m is None:
            return None
        label = m.group("label").strip()
        # a name, capitalised as a sentence is ("Tehnički fakultet"), of a few words
        if (_DEPARTMENT.search(label) or _is_field_label(label) or not label[:1].isupper() or not _is_title(label)
                or len(label.split()) > _DIALLED_WORDS):
            return None
        known = self.known.find(label) if self.known is not None else None
        return (known or label,)

    def _bracketed(self, found: _Found) -> tuple[str, ...] | None:
        """A number with the branch it reaches in brackets after it ("011 3283 450 (Knez Mihailova), 021 6612 300
        (Novi Sad)"): that branch, when the unit names it (in any case) or the run knows it."""
        if found.kind != "phone":
            return None
        m = _BRACKETED.match(self.unit.text, found.end)
        if m is None:
            return None
        label = m.group("label").strip()
        if (_DEPARTMENT.search(label) or _is_field_label(label) or not _is_proper_name(label) or not _is_title(label)
                or len(label.split()) > _DIALLED_WORDS):
            return None
        known = self.known.find(label) if self.known is not None else None
        if known:
            return (known,)
        stems = name_key(label).split()
        for n in self.names:
            place = name_key(n.place).split()
            if len(place) == len(stems) and all(any(a.startswith(b) or b.startswith(a) for b in place) for a in stems):
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
                    and any(m.end() <= f.start < end for f in self.found if f.kind in ("hours", "address", "phone"))):
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
        if (not _is_place_label(label)
                or any(f.start < m.end("label") and start <= f.end for f in self.found if f.start < end)):
            return None
        return (label,)

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
        if (_names_a_day(label) or is_day_label(place) or _is_field_label(place) or name_key(place) in self._city_keys
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

    def _offers_heading_branch(self, here: str | None) -> tuple[str, ...] | None:
        """The one branch a heading over an offer card names below the page's own heading ("Понуда у нашој цвећари
        на Дорћолу" over "Божићни венац"), read as the page's branch when it is that one; the page's heading alone
        does not make its offers the branch's."""
        for label in reversed(self.unit.context[1:]):
            names = _label_names(label, self._settings)
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

    def _promotion_branch(self) -> tuple[str, ...]:
        """An offer is the company's unless its own section names one branch ("Только в магазине на Баумана").

        The section must be about that one offer, and the sentence naming the
        branch must say nothing else: "книжара у Кнеза Михаила ради од 9 до 23"
        names the shop for its hours, not for the offers around it.
        """
        if self.topic and not self.section:
            return (self.topic,)  # a grand opening's offers are the new shop's (its sentence said nothing else)
        if sum(1 for f in self.found if f.kind == "promotion") != 1:
            return _COMPANY_CUE
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
        # "At our Franklin store only: …", "Только в магазине на Баумана", "Samo u prodavnici Niš": that one branch
        only = [n for n in self.names if _ONLY_AFTER.match(body, n.end) or _ONLY_BEFORE.search(
            body, max(0, n.start - 30), n.start)]
        if len({n.lead for n in only}) == 1:
            return self.groups[only[0].lead]
        if not only and self.known is not None:
            # "Rosedale only.", "At Five Points South only:": a branch the run knows, by its short name
            known = {entity for run in _CAPITALISED_WORDS.finditer(body)
                     if (_ONLY_AFTER.match(body, run.end()) or _ONLY_BEFORE.search(body, max(0, run.start() - 30),
                                                                                    run.start()))
                     and (entity := self.known.find(run.group(0)))}
            if len(known) == 1:
                return (known.pop(),)
        leads = set()
        for n in self.names:
            s, e = self._sentence_of(n.start)
            if any(s <= f.start < e for f in self.found if f.kind != "promotion"):
                return _COMPANY_CUE
            leads.add(n.lead)
        return self.groups[leads.pop()] if len(leads) == 1 else _COMPANY_CUE

    def _labels_below_page(self) -> list[str]:
        heading = self.text_heading
        return [label for label in self.unit.context if label.strip() and label != heading]

    def _names_place_of(self, here: str) -> bool:
        """Whether the unit or a heading over it below the page's own names the place of branch `here` (its
        distinctive words but the company's: "Sam Hughes" of "Swirlberry Sam Hughes", "Лиговском" of "Хостел
        «Совушка» на Лиговском")."""
        place = set(name_key(here).split()) - self._brand_words
        # a name led by the company's word the page does not set apart ("Swirlberry Sam Hughes"): the rest
        lead = _WORDS.match(here.strip())
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
            if not _OFFERS_WORD.search(label) or _label_names(label, self._settings):
                continue
            words = find_type_words(label)
            if words and not any(is_plural_type(word) for _, _, word in words):
                return True
        return False

    def entities_of(self, found: _Found) -> tuple[str, ...]:
        """The branches a fact is about; () for the company."""
        return (self._dialled_by(found) or self._bracketed(found) or self._opening_of(found)
                or self._entities_at(found.start, promotion=found.kind == "promotion",
                                     end=found.end if found.kind == "hours" else None))

    def _opening_of(self, found: _Found) -> tuple[str, ...] | None:
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
        continued = self._continued(start)
        if continued:
            return continued
        if promotion:
            return self._promotion_branch()
        for resolve in (self._bare_reference(start), self._heading_above(line), self._unit_lead(),
                        self._paragraph_topic()):
            if resolve:
                return resolve
        if self.for_all and not self.section:
            return _COMPANY_CUE  # a branch page's "Holiday Hours (all shops)" are not that branch's alone
        # the questions are read only when the unit's place is not known already
        entity = self.section or self.topic or self._menu_question() or self._question_subject() or self.page_entity
        return (entity,) if entity else _COMPANY_CUE

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


def _hosted(text: str, name: BranchName, found: tuple[_Found, ...]) -> bool:
    """Whether a name follows an address as the business the branch is in ("Glavna 5, Azanja (u prodavnici
    „Mladost“)", "проспект Победы, 48, в магазине «Бытовая техника»"): a landmark, not the branch."""
    lead = _HOST_BEFORE.search(text, max(0, name.start - 16), name.start)
    return lead is not None and any(
        f.kind == "address" and f.end <= lead.start() and lead.start() - f.end <= 3 for f in found)


# A comma or bracket and "in" before a host business's name, right after an address.
_HOST_BEFORE = re.compile(r"[,(][ \t]{0,2}" + _INSIDE_WORDS + r"(?:(?i:the)[ \t]{1,2})?$")


def _greets(text: str, name: BranchName) -> bool:
    """Whether a name is the company greeting the caller ("Вы позвонили в Оптику Вид"), not a branch."""
    return not name.prep and name.name.casefold().startswith(name.word.casefold()) and bool(
        _GREETING.search(text, max(0, name.start - 30), name.start)
    )


def _unit_facts(text: DocumentText, read: _Read, who: _Attribution | None) -> Iterator[Fact]:
    doc = text.document
    unit = read.unit
    body = unit.text
    sentences = who.sentences if who is not None else _Spans(_sentences(body))
    for found in read.found:
        if who is None or (found.company and found.kind != "promotion"):
            entities: tuple[str, ...] = _COMPANY_CUE
        else:
            entities = who.entities_of(found)
        for entity in entities or (None,):
            yield Fact(
                kind=found.kind,
                value=found.value,
                raw=body[found.start:found.end],
                excerpt=_excerpt(body, found.start, found.end, sentences),
                url=doc.url,
                channel=doc.channel,
                scope=BRANCH if entity else COMPANY,
                entity=entity,
                context=unit.context,
                valid_from=found.valid_from,
                valid_to=found.valid_to,
                discount=found.discount,
                price=found.price,
                old_price=found.old_price,
            )
    if who is not None:
        yield from _entity_mentions(text, read, who)


def _entity_fact(text: DocumentText, name: str, raw: str, excerpt: str, *, origin: str, context=()) -> Fact:
    return Fact(
        kind="entity",
        value=f"{_type_of(name, context)}: {name}",
        raw=raw,
        excerpt=excerpt or raw,
        url=text.document.url,
        channel=text.document.channel,
        scope=BRANCH,
        entity=name,
        context=tuple(context),
        origin=origin,
    )


# "Открылся новый пункт выдачи", "Now open", "Otvorena nova poslovnica": a branch called new.
_NEW_CUE = re.compile(
    r"(?<![\w-])(?:открыл(?:ся|ась|ось|ись)|нов(?:ый|ая|ое|ые|ого|ой|ом|инка|инки)|new|now\s+open|opened|grand\s+opening"
    r"|отворен[аои]?|otvoren[aoi]?|отвара|otvara)(?![\w-])",
    re.IGNORECASE,
)


def _new_labels(text: DocumentText, read: _Read, who: _Attribution, today: date) -> Iterator[Fact]:
    """Dated "new" labels: a branch named new, or opened, in a sentence with a date ("2 ноября открылся пункт
    выдачи в Марьине"). A dated claim of newness goes stale; the `new-label-stale` rule judges when."""
    body = read.unit.text
    for named in who.names:
        span = who.sentences.at(named.start)
        if span is None:
            continue
        sentence = body[span[0]:span[1]]
        if not _NEW_CUE.search(sentence):
            continue
        dates = [d for d, _, _ in find_dates(sentence, today=today) if d <= today]
        if not dates:
            continue  # "новый" without a date says nothing that can go stale
        fact = _entity_fact(text, named.name, sentence.strip(), _excerpt(body, span[0], span[1], who.sentences),
                            origin="new-label", context=read.unit.context)
        yield Fact(**{**fact.__dict__, "valid_from": max(dates)})


def _type_of(name: str, context) -> str:
    """A branch's type by its own name's type word, else by the headings it sits under ("Пункты выдачи")."""
    return branch_type(name) if find_type_words(name) else branch_type(" ".join(context))


def _entity_mentions(text: DocumentText, read: _Read, who: _Attribution) -> Iterator[Fact]:
    """Entity facts: the branches a unit lists or names."""
    unit = read.unit
    found_addresses = [f for f in read.found if f.kind == "address"]
    located = found_addresses or [f for f in read.found if f.kind in ("hours", "phone") and not f.company]
    if who.section and located:
        first = located[0]
        yield _entity_fact(text, who.section, who.section, _excerpt(unit.text, first.start, first.end, who.sentences),
                           origin="text", context=unit.context)
    for named in who.names:
        yield _entity_fact(text, named.name, named.name, _excerpt(unit.text, named.start, named.end, who.sentences),
                           origin="text", context=unit.context)
    # A list of bare addresses under a heading such as "Пункты выдачи": each line is an entity.
    if not who.section and not who.names and len(found_addresses) >= 2:
        label = " ".join(unit.context[-1:])
        kind = PICKUP if branch_type(label) == PICKUP else SHOP
        if _LIST_CONTEXT.search(label) or kind == PICKUP:
            for found in found_addresses:
                name = unit.text[found.start:found.end]
                yield Fact(
                    kind="entity",
                    value=f"{kind}: {name}",
                    raw=name,
                    excerpt=_excerpt(unit.text, found.start, found.end, who.sentences),
                    url=text.document.url,
                    channel=text.document.channel,
                    scope=BRANCH,
                    entity=name,
                    context=unit.context,
                )


def _stated_key(kind: str, value: str) -> tuple:
    """How a phone or address is compared between a page's text and its schema.org items: an address by its
    building (the markup may leave out the suite or the postcode)."""
    return (kind, (_place_of(value) or value) if kind == "address" else value)


def _structured_facts(
    text: DocumentText, today: date, settings: ExtractionSettings, page_entity: str | None,
    stated: dict[tuple, set[str]] | None = None,
) -> Iterator[Fact]:
    """Facts from schema.org items: LocalBusiness-like places, offers and events.

    A place whose phone or address the page's text gives one branch is that branch, by the name the layout gives
    it (a store locator's microdata beside its cards: "Cimarron Floor & Tile Store #104" or no name at all, over
    the card "Store #104 – Midtown Tulsa"): one branch, one name."""
    doc = text.document
    for item in text.structured:
        types = item.get("@type") or item.get("type") or ""
        types = " ".join(types) if isinstance(types, list) else str(types)
        name = item.get("name") if isinstance(item.get("name"), str) else None
        if any(t in types for t in ("Offer", "Event", "Sale")):
            for promo in promotions.from_schema_org(item, today=today):
                yield Fact(
                    kind="promotion",
                    value=promo.name,
                    raw=promo.raw,
                    excerpt=promo.raw,
                    url=doc.url,
                    channel=doc.channel,
                    scope=COMPANY,
                    entity=None,
                    valid_from=promo.valid_from,
                    valid_to=promo.valid_to,
                    discount=str(promo.discount) if promo.discount else None,
                    price=str(promo.price) if promo.price else None,
                    old_price=str(promo.old_price) if promo.old_price else None,
                    origin="jsonld",
                )
            continue
        if not any(k in item for k in ("address", "telephone", "openingHoursSpecification", "openingHours")):
            continue
        # A place item is about the page's branch (or the branch it names); an Organization is the company.
        entity = (page_entity or _without_company(name, text)) if _is_place(item) else None
        if _names_company(item, _brands(text), text):
            if not page_entity:
                entity = None  # the company's own place: its office, or a single shop's, whose facts are the company's
        elif stated and not any(str(t) in _COMPANY_TYPES for t in (types.split() or [""])):
            entity = _stated_branch(item, settings, stated) or entity  # a place, with its address or not

        def fact(kind: str, value: str, raw: str, **extra) -> Fact:
            return Fact(kind=kind, value=value, raw=raw, excerpt=f"schema.org {types}: {raw}", url=doc.url,
                        channel=doc.channel, scope=BRANCH if entity else COMPANY, entity=entity, origin="jsonld",
                        **extra)

        specs = item.get("openingHoursSpecification")
        if specs:
            for found in hours.from_schema_org(specs):
                yield fact("hours", found.value, found.raw, valid_from=found.valid_from, valid_to=found.valid_to)
        plain = item.get("openingHours")
        if plain:
            joined = "; ".join(plain) if isinstance(plain, list) else str(plain)
            try:
                yield fact("hours", hours.canonical_hours(joined), joined)
            except ValueError:
                pass
        phone = item.get("telephone")
        if isinstance(phone, str):
            value = phones.normalise_phone(phone, region=settings.region)
            if value:
                yield fact("phone", value, phone)
        email = item.get("email")
        if isinstance(email, str):
            for found in emails.find_emails(email):
                yield fact("email", found.value, email)
        address = item.get("address")
        raw = _postal_address(address)
        if raw:
            found = addresses.normalise_address(raw, default_city=settings.city)
            if found:
                yield fact("address", found.value, raw)


def _stated_branch(item: dict, settings: ExtractionSettings, stated: dict[tuple, set[str]]) -> str | None:
    """The one branch the page's text gives a place item's phone or address to, if any."""
    found: set[str] = set()
    phone = item.get("telephone")
    if isinstance(phone, str):
        value = phones.normalise_phone(phone, region=settings.region)
        if value:
            found |= stated.get(_stated_key("phone", value), set())
    raw = _postal_address(item.get("address"))
    if raw:
        address = addresses.normalise_address(raw, default_city=settings.city)
        if address and address.value:
            found |= stated.get(_stated_key("address", address.value), set())
    return found.pop() if len(found) == 1 else None


def _postal_address(address) -> str | None:
    """A schema.org address (text or PostalAddress) as one line of text."""
    if isinstance(address, str):
        return address
    if isinstance(address, dict):
        parts = [address.get(k) for k in ("postalCode", "addressLocality", "streetAddress")]
        return ", ".join(str(p) for p in parts if p)
    return None
