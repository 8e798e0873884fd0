"""Promotions mentioned in text or schema.org items: name, validity, discount, prices.

A promotion is a sentence (or line) with a promotion cue (акция, распродажа,
скидка, промокод, sale, offer, promo, discount, попуст, akcija, ...) or a
discount ("-15%", "20% off") together with a period, a discount or a price.
A cue alone is not enough: "нажмите 2, чтобы узнать об акциях" names
promotions in general. "Акции компании" (shares) is not a cue. Without a cue
word, a price of nothing ("pay $0 enrollment") or a price under a quoted
heading ("„Доручак за двоје“"), either with its dates, is an offer, and so is
a Title Case name said to run over a period ("Flu Shot Days run through
November 30"; not "Holiday Hours run through …").

A discount said to be permanent ("постоянная скидка 10%", "stalni popust", "a
permanent 10% discount") is a standing term, not a promotion. Without a cue, a
Title Case offer's name announced with its dates ("December 7 through 13, it's
Battery Swap Week: …", "Battery Swap Week, Dec 7–13: …") makes its price an offer.

A product's sale price is a price, not a promotion: "was $49.99 now $39.99"
under a product's name, or "Dunmore Leather Sofa — Now $899 (Reg. $1,299)" or
"Тюль «Вуаль» — 690 ₽ вместо 890 ₽" (a thing and its quoted model) in a list,
is an item of the sale around it, unless its card says it is an offer
(an offer's name, "Limited time", dates). A post's byline ("20.11.2026 /
Марина Кузнецова / Акции") is none either.

Its name is a quoted name next to the cue («Осенняя распродажа») or one a
preposition governs ("По «Семейному тарифу» … скидка 15 процентов"), given in
its nominative where the endings tell it ("Семейный тариф"), else a
promo code after its cue ("use code PAWS15"; under a heading, the heading:
"Cyber Monday" over "with code CYBER15"), else the cue with the
adjectives before it ("Осенняя распродажа", "Black Friday sale", "Winter
Whitening Special"), else the heading the text sits under (its quoted part
if it has one; an FAQ question only by a proper name the answer repeats),
else a short lead-in before a colon, dash or "!" ("Black Friday: 50% off",
"New Year, New You: …"), else a short exclamation just before ("Черная
пятница! …"), else the cue as written. A heading on a line of its own over
the sentence (a plain-text section between rule lines, a card the reader did
not split: "«НОВОГОДНИЙ ПЕРЕПЛЁТ»", "Счастливый вечер") comes before the
unit's heading, but only when quoted if the unit has a heading of its own
(its other short lines are eyebrows: "Limited Time"). A quoted name leading
its sentence may follow a framing word ("Програм „Удоми, не купуј“: …").
A period or a time is never a name ("До конца ноября — скидка 10%", "За час
до закрытия — скидка 30%"), nor a currency ("3.000 RSD popusta"); a term's
count and an abbreviation are part of one ("13-Month CD Special"). A Title
Case name said to be extended ("We've extended Switch & Save through
January 15") is an offer with that end.
An amount "with the discount" after the regular price ("1.800 дин, са
попустом 1.620 дин") is the new price, not a discount; alone ("со скидкой
5000 рублей") it is the discount.
A heading's section number goes even when the heading has a date ("1. Чёрная
пятница продлена до 30 ноября" heads "Чёрная пятница"; not "6. decembar"), and
so does its news of the offer ("… extended through Dec 6"); a heading's bare
month ("… в декабре") is the season when the card dates a run inside it.
Sentences that only refer back ("Акция действует до 30 ноября" after "Осенняя
распродажа!", "It took 25% off" after "Missed our Labor Day Sale (Sept
4–7)?") take the name of the promotion just named, and one that only names
it ("That's our Bridgestone Holiday Rebate.") names the one before; a
sentence with no cue that gives a validity ("Valid October 1–31, 2026", "Действует до 28
февраля", or dates opening the sentence right after a bare announcement of
the name) gives the period of the promotion next to it. The sentences about
one promotion are merged into one record as long as they do not disagree.
Names are compared with `same_promotion`, which stems and aligns words so
that near names of different promotions ("Осенняя" / "Весенняя
распродажа") stay apart: a whole-string fuzzy score would merge them (92).

Hand-written because no library reads promotions; dates and prices come from
the sibling modules, rapidfuzz only scores single words for typos.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from rapidfuzz import fuzz

from consistency.facts.branch_names import find_branch_names
from consistency.facts.dates import ENGLISH_MONTH, NEXT_DAY_JOIN_RE, WEEKDAY_NAMES, Period, find_dates, find_periods
from consistency.facts.holidays import HOLIDAY_SPELLINGS, next_holiday
from consistency.facts.numbers import PERCENT_WORD, SPOKEN_NUMBER, spoken_value
from consistency.facts.prices import Price, find_prices, parse_amount
from consistency.facts.word_patterns import any_word

# ---------------------------------------------------------------------------
# Cues

_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?P<code>промо-?код\w{0,2}|промо\s{1,2}код\w{0,2}|promo\s{0,2}codes?|promo\s{0,2}kod\w{0,2}"
    r"|coupons?|купон\w{0,2}"
    # "use code PAWS15": a bare "code" only before a code in capitals
    r"|code(?=\s{0,3}:?\s{0,3}(?-i:(?=[A-Z0-9_-]{0,20}[A-Z])[A-Z0-9][A-Z0-9_-]{2,20})(?![\w-])))"
    r"|(?P<frame>промо-?акци[яиюей]\w{0,2}|акци[яиюей]\w{0,2}|акциј[аеиу]\w{0,2}|akcij[aeiu]\w{0,2}"
    r"|promo(?:tions?|s)?|offers?|спецпредложени\w{1,3}|специальн\w{2,3}\s{1,2}предложени\w{1,3}"
    r"|(?:специјалн|посебн|акцијск)\w{1,2}\s{1,2}понуд\w{1,2}|(?:specijaln|posebn|akcijsk)\w{1,2}\s{1,2}ponud\w{1,2}"
    r"|deals?|ponud[aeiu]|понуд[аеиу]|bonus(?:es)?"
    # a special price: "Шуруповёрт по спеццене", "по специальной цене", "po akcijskoj ceni"
    r"|спеццен\w{0,3}|специальн\w{2,3}\s{1,2}цен\w{1,2}|(?:akcijsk|specijaln)\w{1,3}\s{1,2}cen\w{1,2}"
    r"|(?:акцијск|специјалн)\w{1,3}\s{1,2}цен\w{1,2}"
    # a gift with a purchase, a second one free: "в подарок", "na poklon", "gratis", "buy one, get one free", "1+1"
    # "дарим ещё 10% к номиналу", "poklanjamo vaučer": we give it as a gift
    r"|(?P<gift>в\s{1,2}подарок|na\s{1,2}poklon|на\s{1,2}поклон|gratis|гратис|дарим|poklanjamo|поклањамо)|bogo"
    r"|buy\s{1,2}(?:one|two|three|\d),?\s{1,2}get\s{1,2}(?:one|a\s{1,2}second|\d)(?:\s{1,2}free)?"
    # "buy one drink, get one free", "buy 2 gift sets and get the third free"
    r"|buy\s{1,2}(?:one|two|three|any\s{1,2}\w+|\d)(?:\s{1,2}[\w'’-]+){1,6}?,?\s{1,2}(?:and\s{1,2})?get\s{1,2}"
    r"(?:one|a\s{1,2}second|the\s{1,2}(?:second|third|fourth)|a\s{1,2}third|\d)(?:\s{1,2}[\w'’-]+){0,4}?\s{1,2}free"
    r"|free\s{1,2}(?:[\w-]+\s{1,2}){0,2}with\s{1,2}(?:any|every|your|each)\s{1,2}(?:[\w$-]+\s{1,2}){0,3}?purchase"
    r"|(?<![\d+])1\s?\+\s?1(?![\d+])|\d\s{1,2}по\s{1,2}цене\s{1,2}\d"
    # "купите 6 литара, платите 5", "купи 3 — плати за 2", "buy 3, pay for 2": one of them free
    r"|(?:купи(?:те)?|kupi(?:te)?|buy)\s{1,2}\d{1,2}(?:\s{1,2}[^\W\d_]{1,20}){0,3}[ \t,—–-]{1,4}"
    r"(?:плати(?:те)?|plati(?:te)?|pay)(?:\s{1,2}(?:за|za|for))?\s{1,2}\d{1,2}(?!\d)"
    # a price for several: "2 for $20", "3 за 500 ₽", "2 za 300 din"
    r"|(?P<multi>(?<![\d.,])[2-9]\s{1,2}(?:for|за|za))"
    r"(?=\s{1,2}(?:[$€£]\s?\d|\d[\d\s.,]{0,8}\s?(?:₽|руб|р\.|din|дин|rsd|€|\$)))"
    # "Winter Whitening Special", "Certificate Special": capitalised, the last word of a name
    r"|(?-i:Specials?)(?!\s{1,2}(?i:offers?|deals?|sales?|prices?|pricing|events?)(?![^\W\d_])))"
    r"|(?P<sale>распродаж\w{1,3}|распродај\w{1,3}|rasprodaj\w{1,3}|sale|clearance|door-?busters?"
    r"|sniženj\w{1,3}|снижењ\w{1,3})"
    r"|(?P<discount>скидк\w{1,3}|скидок|попуст\w{0,3}|popust\w{0,3}|discount(?:s|ed)?|rebates?"
    r"|кэшбэк\w{0,2}|кешбэк\w{0,2}"
    r"|кэшбек\w{0,2}|кешбек\w{0,2}|cash\s?back|rabat\w{0,2})"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
# "акции компании", "дивиденды по акциям": shares, not promotions.
_SHARES_RE = re.compile(
    r"акционер|дивиденд|бирж|ценн\w{0,3}\s{1,2}бумаг|котировк|капитализаци|эмисси|пакет\w{0,2}\s{1,2}акций"
    r"|акци[яиюей]\w{0,2}\s{1,2}(?:компании|общества|пао|оао|ао|банка|эмитента)"
    r"|(?:купить|продать|покупк\w{0,2}|продаж\w{0,2}|цена|стоимость|курс|рост|падение)\s{1,2}акций|привилегированн",
    re.IGNORECASE,
)
# "we offer", "to offer", "offer you": the verb.
_OFFER_VERB_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:we|they|you|i|also|to|will|can|may|not|that|which|who|does|do|proudly|gladly|happy to"
    r"|and)\s{1,3}$",
    re.IGNORECASE,
)
_OFFERS_NOUN_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:special|exclusive|limited|seasonal|holiday|current|latest|our|these|all|best|great|hot|new|weekly"
    r"|daily|top|today's|partner)\s{1,3}$",
    re.IGNORECASE,
)
_FOR_SALE_RE = re.compile(r"(?<![^\W\d_])for\s{1,3}$", re.IGNORECASE)
_SALE_PRICE_RE = re.compile(r"\s{0,2}price(?![^\W\d_])", re.IGNORECASE)
_DEAL_WITH_RE = re.compile(r"\s{1,3}with(?![^\W\d_])", re.IGNORECASE)

# ---------------------------------------------------------------------------
# Discounts

_PERCENT_RE = re.compile(
    # "минус 25%", "minus 10%": the sign said as a word
    r"(?:(?P<lo>(?<![\d.,])\d{1,2})\s?[-–—]\s?|(?P<minus>(?<![\w.,%])[-−–]\s?|(?<![^\W\d_])(?:минус|minus)\s{1,2}))?"
    r"(?<![\d.,])(?P<pct>100|\d{1,2}(?:[.,]\d{1,2})?)\s?"
    rf"(?:%|{PERCENT_WORD})",
    re.IGNORECASE,
)
# "скидка двадцать процентов", "popust od deset posto", "twenty percent off": a rate spoken in an IVR prompt.
_SPOKEN_PERCENT_RE = re.compile(
    rf"(?<![^\W\d_])(?P<pct>{SPOKEN_NUMBER})[ \t]{{1,2}}{PERCENT_WORD}",
    re.IGNORECASE,
)
_MINUS_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:минус|minus)[ \t]{1,2}$", re.IGNORECASE)
# Every percentage is written with one of these, so a sentence without them skips both readers above.
_PERCENT_HINT_RE = re.compile(r"%|процен|procen|percent|per[ \t]cent|posto|посто|odsto|одсто", re.IGNORECASE)
_DISCOUNT_WORD = (
    r"(?:скидк\w{0,3}|скидок|скидочк\w{0,3}|попуст\w{0,3}|popust\w{0,3}|discount\w{0,2}|save[sd]?|saving\w{0,2}"
    r"|снижени\w{0,2}"
    r"|снижен[аоы]?|уценен\w{0,3}|подешевел\w{0,2}|reduced|marked\s{1,2}down|snižen[aoie]?|снижен[аоеи]"
    r"|sniženj\w{0,3}|snizenj\w{0,3}|снижењ\w{0,3}|rabat\w{0,2}|кэшбэк\w{0,2}|кешбэк\w{0,2}|кэшбек\w{0,2}|cash\s?back"
    r"|выгод\w{0,3}|экономи\w{0,3}|уценк\w{0,2})"
)
# A discount word shortly before the number, with no other number between: "Скидки на всю обувь до 30%".
# Or a word for cheaper: "sve karte jeftinije su 10%", "дешевле на 15%".
_DISCOUNT_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + _DISCOUNT_WORD + r"|jeftinij\w{1,3}|јефтиниј\w{1,3}|дешевле|cheaper)(?![^\W\d_])[^\d%\n.!?]{0,28}$",
    re.IGNORECASE,
)
# A discount word right after: "20% скидки", "10% popusta", "20% off".
_DISCOUNT_AFTER_RE = re.compile(
    # "50% off", "на 50% меньше", "20% less", "25% manje", "30% jeftinije": a rate below the usual price
    r"\s{0,2}(?:off(?![^\W\d_])|меньше|manje(?![^\W\d_])|мање(?![^\W\d_])|дешевле|less(?![^\W\d_])|cheaper"
    r"|jeftinij\w|јефтиниј\w|" + _DISCOUNT_WORD
    # "prva članarina 20% niža", "на 10% ниже", "20% lower": a price lower by the rate
    + r"|niž[aeiu](?![^\W\d_])|ниж[аеиу](?![^\W\d_])|lower(?![^\W\d_]))",
    re.IGNORECASE,
)
# A quoted name and a dash right before the rate: "«Приведи друга» — 10% до 31 декабря", the name's rate off.
_QUOTED_NAME_DASH_BEFORE_RE = re.compile(r"[»“”\"]\s{0,2}[—–-]\s{0,2}(?:до\s{1,2}|up\s{1,2}to\s{1,2}|do\s{1,2})?$")
_UP_TO_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:до|up\s{1,2}to|do|вплоть\s{1,2}до|as\s{1,2}much\s{1,2}as)\s{0,2}(?:[-−–]\s?)?$", re.IGNORECASE
)
# "half-price scones", "за полцены", "pola cene": 50% off.
_HALF_PRICE_RE = re.compile(
    r"(?<![^\W\d_])(?:half[- ]price|half[- ]off|за\s{1,2}полцены|полцены|вполцены|за\s{1,2}пола\s{1,2}цене|u?pola\s{1,2}cene"
    r"|у?пола\s{1,2}цене)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# After a sale cue, "30% на всё" is the sale's discount.
_ON_AFTER_RE = re.compile(r"\s{1,2}(?:на|on|na|off)(?![^\W\d_])", re.IGNORECASE)
# An amount discount: "скидка 500 ₽", "скидка до 1000 ₽", "popust od 500 din", "-500 ₽".
_AMOUNT_CUE_BEFORE_RE = re.compile(
    r"(?:(?<![^\W\d_])" + _DISCOUNT_WORD + r"(?![^\W\d_])\s{0,3}"
    r"(?:(?:в\s{1,2}размере|размером|в|of|od|од|на|:|-)\s{0,3})?"
    # a price lower by an amount: "јефтиније је петсто динара", "дешевле на 500 ₽", "cheaper by $5"
    r"|(?<![^\W\d_])(?:jeftinij\w{1,3}|јефтиниј\w{1,3}|дешевле|cheaper)\s{1,3}(?:je|је|za|за|на|by)\s{1,3}"
    r"|(?<![\w.,])[-−])"
    r"(?P<upto>(?:до|up\s{1,2}to|do)\s{1,3})?$",
    re.IGNORECASE,
)
# "после скидки", "након попуста", "after the discount": the amount after it is what one pays, old price or not
_AFTER_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:после|након|nakon|posle|after(?:\s{1,2}the)?)\s{1,2}$", re.IGNORECASE)
# "со скидкой", "са попустом", "with the discount": the amount after it is what one pays
_WITH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:со|с|са|sa|with(?:\s{1,2}the)?|after)\s{1,2}$", re.IGNORECASE)
_AMOUNT_OFF_AFTER_RE = re.compile(
    r"\s{0,2}(?:off(?![^\W\d_])|скидк|discount|попуст|popust"
    # money back on the purchase: "$20 back", "a $50 mail-in rebate", "a $70 Visa prepaid card by mail"
    r"|back(?![^\W\d_])|(?:mail-in\s{1,2})?rebate(?![^\W\d_])|(?:[\w®™-]{1,20}\s{1,2}){0,2}prepaid\s{1,2}card"
    # a credit toward the next purchase: "1 000 ₽ на следующий абонемент", "$10 toward your next visit"
    r"|(?:на|na|toward|towards)\s{1,2}(?:your\s{1,2})?(?:следующ|sledeć|sledec|следећ|next(?![^\W\d_]))\w{0,3})",
    re.IGNORECASE,
)
# A sentence that says where a promotion does not apply is not a promotion: "акция не действует в ...".
_EXCLUSION_RE = re.compile(
    r"(?<![^\W\d_])(?:не\s{1,2}(?:действу|распространя|суммиру|применя|участву|предоставля)\w{0,4}"
    r"|(?:does|do)\s{1,2}not\s{1,2}apply|not\s{1,2}valid|cannot\s{1,2}be\s{1,2}combined|excluded"
    # when a bonus or gift card can be spent is not when the offer runs
    r"|redeemable|redeem\w{0,3}|(?:bonus|gift|reward)\s{1,2}cards?\s{1,2}(?:are|is)\s{1,2}(?:good|valid|usable)"
    r"|(?:bonus|gift|reward)\s{1,2}cards?\s{1,2}(?:can|may)\s{1,2}be\s{1,2}(?:used|spent)"
    r"|не\s{1,2}(?:важи|односи|примењује)|ne\s{1,2}(?:važi|vazi|odnosi|primenjuje))",
    re.IGNORECASE,
)
# An interest rate is no discount: "до 18 процентов годовых", "do 4% godišnje", "3.5% APY", "rate of up to 4%".
_RATE_AFTER_RE = re.compile(
    r"\s{0,2}(?:годовых|в\s{1,2}год|годишње|godišnje|godisnje|per\s{1,2}annum|a\s{1,2}year|per\s{1,2}year"
    r"|apy|apr|annual)(?![^\W\d_])",
    re.IGNORECASE,
)
_RATE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:ставк\w{0,3}|доходност\w{0,3}|stop[ae]|стоп[ае]|kamat\w{0,4}|камат\w{0,4}|interest|rate|apy|apr)"
    r"[^.!?\d]{0,20}$",
    re.IGNORECASE,
)
# Words that pair two prices as new and old: "1 990 ₽ вместо 2 490 ₽", "was $29.99, now $19.99".
_OLD_PRICE_RE = re.compile(
    r"(?<![^\W\d_])(?:вместо|instead\s{1,2}of|umesto|уместо|было|стало|was|now|old\s{1,2}price|regular"
    r"|regularly|normally|usually|originally|старая\s{1,2}цена"
    r"|обычная\s{1,2}цена|бывш\w{0,4}|stara\s{1,2}cena|стара\s{1,2}цена|redovna|редовна|reg)(?![^\W\d_])",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Names

_QUOTED_RE = re.compile(
    r"«(?P<a>[^«»\n]{1,80})»|\"(?P<b>[^\"\n]{1,80})\"|“(?P<c>[^“”\n]{1,80})”"
    # „…" closed with a straight quote, as a keyboard types it: „SREĆNA SREDA"
    r"|„(?P<d>[^„“”\"\n]{1,80})[“”\"]"
)
_NAME_GAP = 25  # how far a quoted name may sit from its cue
_QUOTED_LABEL_RE = re.compile(r"(?:" + _QUOTED_RE.pattern + r")(?=[ \t]{0,2}:)")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{0,40}")
_RU_ADJECTIVE_RE = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ую|юю|ей|ого|его|ых|их|ым|им|ыми|ими|ому|ему)$")
_SR_ADJECTIVE_RE = re.compile(
    r"(?:sk[aeiou]|šk[aeiou]|nj[aeiou]|n[aeiou]|j[aeiou]|k[aeiou]|og|oj|om|ih|im"
    r"|ск[аеиоу]|шк[аеиоу]|њ[аеиоу]|н[аеиоу]|ј[аеиоу]|к[аеиоу]|ог|ој|ом|их|им)$"
)
# Words that can end like adjectives but do not name a promotion.
_NOT_NAME_WORDS = frozenset(
    "наш наша наше нашей нашу наши наших ваш ваша ваше вашей эта этой эту этот это эти этих всей все всех всем каждой "
    "любой новой новая новую текущей текущая текущие данной данная очередной очередная действующей действующая "
    "своей свою другой другие иной одной которой какой такой такая такие сегодняшней "
    "naša naše naši vaša ova ovaj ove ovoj ta te sve sva svi nova novi novu ovu tekuća tekuće "
    "наша наше наши ова овај ове овој та те све сва сви нова нови нову ову текућа "
    "our the this that these those your my all any every new current their its his her a an "
    "get shop join don't miss enjoy during in on at for with from to of and or "
    # "during" and "with" in Serbian: "Tokom Black Week akcije …" is during the offer, not part of its name
    "tokom током uz уз "
    # what sizes or repeats an offer does not name it: "Najveći popust (30%) je na …", "Same deal: 20% off"
    "same extra additional another other more biggest largest best greatest lowest maximum max "
    "najveći najveća najveće najviši najviša najbolji najbolja najniže највећи највећа највеће највиши најбољи "
    "максимальная максимальный максимальной наибольшая наибольший самая самый самой".split()
)
# A count right before a lowercase cue word: how many offers, not which ("One deal a day").
_COUNT_WORDS = frozenset("one two three одна одну один одно две два три jedna jednu jedan dve dva tri једна једну један "
                         "две два три".split())
_EN_NAME_WORDS = frozenset(
    "summer winter spring autumn fall holiday holidays christmas easter halloween anniversary birthday clearance flash "
    "weekend seasonal annual end-of-season mid-season big mega super black cyber back-to-school year-end half-price "
    "warehouse friday monday valentine's mother's father's spring-summer semi-annual".split()
)
_NAME_WORDS_MAX = 3
# A promo code after its cue: "промокод AUTUMN20", "promo kod JESEN10", "code: SAVE-20".
_CODE_AFTER_RE = re.compile(
    r"\s{0,3}:?\s{0,3}(?P<code>(?=[A-ZА-Я0-9_-]{0,20}[A-ZА-Я])[A-ZА-Я0-9][A-ZА-Я0-9_-]{2,20})(?![\w-])"
)
# "Black Friday: ...", "Черная пятница — ...": up to four words (five in Title Case), no digits.
_HEADLINE_RE = re.compile(
    # a possessive is part of its word: "New Year’s Day Family Bowl — …" is five words
    r"(?P<head>[^\W\d_][^\W\d_'’-]{0,30}(?:['’]s(?![^\W\d_]))?"
    r"(?:(?:[ \t'’-]|,[ \t]|[ \t]&[ \t])[^\W\d_][^\W\d_'’]{0,30}(?:['’]s(?![^\W\d_]))?){0,4})"
    # a parenthesis may stand between the name and its colon: "Black Friday Doorbusters (Nov 27 only): …"; so may the
    # offer's one day after a comma: "Shop Small Saturday, November 28 — …", "Cyber Monday, Mon. Nov 30: …"
    r"(?:\s{1,2}\([^()\n]{1,40}\)|(?P<day>,[ \t]{1,2}(?:(?i:" + WEEKDAY_NAMES + r")\.?,?[ \t]{1,2})?(?i:" + ENGLISH_MONTH
    + r")\.?[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)?(?!\d)))?\s{0,2}(?::|\s[-–—]|!)\s"
)
# What ends a heading in every form read below: _HEADLINE_RE, _NUMBERED_HEADLINE_RE, _COPULA_NAME_RE,
# _LEAD_BEFORE_PREPOSITION_RE.
_TRAILING_WEEKDAY_RE = re.compile(r",[ \t]{1,2}(?i:" + WEEKDAY_NAMES + r")\.?$")
_HEADLINE_MARK_RE = re.compile(r"[:!\-–—]\s")
_HEADLINE_WORDS = 4
_NEWS_WORDS = frozenset("news новость новости вест вести vest vesti".split())
# "New: …", "Novo: …", "Новинка: …" say what follows is new, and name nothing themselves
_NEW_LEAD_WORDS = frozenset("new новинка новинки новое novo ново novitet новитет novost новост".split())
# The name such a lead-in goes on to, set off by a comma: "Novo: Novogodišnji vikend, od 30. decembra …"
_NAME_BEFORE_COMMA_RE = re.compile(r"[ \t]{0,2}(?P<name>[^\W\d_][^\W\d_'’-]{0,30}(?:[ \t][^\W\d_][^\W\d_'’-]{0,30}){0,3}),\s")
# Words that join a lead-in to what was said before it: "And new this week: …", "А для пенсионеров: …".
_CONJUNCTIONS = frozenset("and but plus also а и но также ещё еще a i ali takođe такође".split())
# A Title Case name opening what follows such a lead-in, after a few lowercase words: "the Twelve Bagels of Christmas",
# "ask about Fleet Friday".
_TITLE_CASE_AFTER_LEAD_IN_RE = re.compile(
    r"(?:[a-z]{1,10}[ \t]{1,2}){0,3}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:(?:of|the|and|in|on|for|to|&)[ \t]{1,2})?[A-Z][\w'’-]{0,30}){1,4})"
    r"(?![ \t]{0,2}[\w'’-])"
)
_NOT_HEADLINE_WORDS = frozenset(
    "внимание важно спешите успейте только сегодня условия подробности примечание новинка итого цена стоимость "
    "режим график адрес телефон hurry attention note important only today new terms conditions details price "
    "новое новинки novo ново novitet новитет novost новост "
    "hours address phone pažnja važno požurite samo danas uslovi cena "
    "пажња важно пожурите само данас услови цена "
    # a period or a time is no name: "До конца ноября — скидка 10%", "За час до закрытия — скидка 30%"
    "до с со по от od do од from until till through by ends valid за в во после перед za u posle pre у пре после "
    "after before during "
    # an answer's yes is no name: "It is — 20% off …", "Yes: through Dec 12", "Да — до 31 декабря"
    "it yes yep да jeste јесте "
    # a condition is no name: "Uz indeks: 15% popusta", "With your library card: …", "При покупке двух: …"
    "uz уз with при pri "
    # a clause is no name: "We did this year: …"
    "we you мы вы mi vi "
    # nor a greeting: "Уважаемые клиенты! …"
    "уважаемые дорогие друзья здравствуйте привет спасибо dear hello hi thank thanks welcome poštovani postovani "
    "dragi поштовани драги здраво хвала hvala "
    # nor an answer or an e-mail's header: "Yes! …", "Subject: Holiday hours, a gift card deal …"
    "yes no да нет da ne subject тема from to date re fwd "
    # nor a time: "This Saturday only: 25% off"; nor an invitation: "Celebrate with us: …"
    "this next every each last этот эту эти каждый каждую ovog ove svake svakog celebrate join come visit".split()
)
# A lowercase determiner second in an English lead-in makes its first word a verb: "Book the slow season".
_IMPERATIVE_OBJECT_WORDS = frozenset("the your our a an".split())
_LATIN_NAME_AFTER_RE = re.compile(r"\s{1,3}(?P<name>[A-Z][\w'’-]{0,30}(?:\s{1,2}[A-Z0-9][\w'’-]{0,30}){0,3})")

# ---------------------------------------------------------------------------
# Sentences

_BOUNDARY_RE = re.compile(
    r"(?P<nl>\n)|(?P<bullet>[•▪●◦])|(?P<punct>[.!?…]{1,3}[»\"”)]?)[ \t\u00a0]{1,20}"
    r"(?=[«\"“„(]?[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ]|(?P<digit>\d))"
)
_ABBREVIATIONS = frozenset(
    "г гг ул пр просп д им т тел стр кв корп обл пос пл ст st mr mrs ms dr no vs inc ltd co "
    # "Fri. Oct. 9 thru Mon. Oct. 12": abbreviated weekdays and months go on with their date
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec "
    # a coupon's "Exp. 12/31/26": the date it expires follows
    "exp "
    "янв фев февр мар апр авг сен сент окт нояб дек пн вт ср чт пт сб вс".split()
)

# ---------------------------------------------------------------------------
# Keys

_STOP_WORDS = frozenset(
    "и в во на для по с со к от до из и а the of for on a an and in to at by "
    "i u na za od do sa uz у за од до са уз".split()
)
# Frame words stripped from keys: "Акция «Осенняя распродажа»" = "Осенняя распродажа".
_FRAME_WORDS = frozenset(
    "акция акции акцию акцией акциях акций акциям промоакция промоакции промоакцию промо promo promos promotion "
    "promotions akcija akcije akciju akciji акција акције акцију акцији спецпредложение спецпредложения "
    "спецпредложению special offer offers специальное предложение специјална понуда specijalna ponuda "
    "ponuda ponude ponudu ponudi понуда понуде понуду понуди specials bonus bonuses".split()
)
# Words a name may carry or drop without naming another promotion: "Black Friday" = "Black Friday sale".
_SOFT_STEMS = ("распродаж", "скидк", "скидок", "sale", "discount", "deal", "rasprodaj", "распродај", "popust", "попуст",
               "sniženj", "snizenj", "снижењ")
# Heading words that do not name a promotion: "Наши акции", "Current offers".
_GENERIC_HEADING_WORDS = frozenset(
    "специальные спецпредложения предложения текущие актуальные наши все special current our all latest "
    "актуелне наше све trenutne naše sve aktuelne ponude понуде".split()
)
_QUOTES_AND_PUNCT_RE = re.compile(r"[^\w%]+")
_NUMBER_TOKEN_RE = re.compile(r"^\d+%?$")
_YEAR_TOKEN_RE = re.compile(r"^(?:19|20)\d\d$")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LATIN_RE = re.compile(r"[a-zA-Z]")
_RU_ENDINGS = ("иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ую", "юю", "ая", "яя", "ое", "ее", "ые",
               "ие", "ый", "ий", "ой", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ов", "ев", "ых", "их", "ым", "им",
               "ја", "је", "ји", "ју", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й")
_LATIN_ENDINGS = ("ima", "ama", "og", "om", "oj", "ih", "im", "es", "s", "a", "e", "i", "o", "u", "y")
_STEM_MIN = 4
_TOKEN_SIMILARITY = 90  # fuzz.ratio for typos: "осеняя" ~ "осенняя" (92), not "осенняя" ~ "весенняя" (80)
_TOKEN_SIMILARITY_MIN_LEN = 5
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ё": "e", "ж": "z", "з": "z", "и": "i",
    "ј": "j", "й": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz", "ш": "s", "щ": "sc",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj",
})


@dataclass(frozen=True)
class Discount:
    """A discount: a percentage or an amount, flat or a maximum ("до 30%")."""

    percent: float | None  # 20.0 for "скидка 20%"
    amount: str | None  # "500 RUB" for "скидка 500 ₽"
    up_to: bool  # "до 30%", "up to 30%": a maximum, not a flat rate

    def __str__(self) -> str:
        if self.percent is not None:
            value = f"{self.percent:g}%"
        else:
            value = self.amount or ""
        return f"up to {value}" if self.up_to else value


@dataclass(frozen=True)
class Promotion:
    """A promotion mentioned in text."""

    name: str  # as written, e.g. "Осенняя распродажа"
    raw: str  # the span that mentions it (the sentence, or the sentences merged)
    start: int
    end: int
    valid_from: date | None
    valid_to: date | None
    discount: Discount | None
    price: Price | None  # new price: "1 990 ₽ вместо 2 490 ₽" -> 1990 RUB
    old_price: Price | None  # 2490 RUB


@dataclass(frozen=True)
class _Found:
    """A discount and the span it was read from."""

    discount: Discount
    start: int
    end: int


@dataclass(frozen=True)
class _Mention:
    """What one sentence says about a promotion."""

    name: str
    named: bool  # the name is the promotion's own (quoted, adjectives, inherited or heading)
    refers_back: bool  # no discount of its own ("Акция действует до ..."): may mean the promotion just named
    has_cue: bool
    headline: str | None  # "Black Friday" in "Black Friday: 50% off", used when nothing better names it
    start: int
    end: int
    period: Period | None
    discount: Discount | None
    price: Price | None
    old_price: Price | None

    @property
    def has_facts(self) -> bool:
        return any(x is not None for x in (self.period, self.discount, self.price))


# ---------------------------------------------------------------------------
# Text


def _sentences(text: str, cells: bool = False) -> list[tuple[int, int]]:
    """Sentence and line spans of text, trimmed; with cells (a table row, a cell a line), no line wraps into the next."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group("punct"):
            if m.group("punct").startswith(".") and _is_abbreviation(text, m.start()):
                continue
            if m.group("digit") and not text[m.start() - 1:m.start()].isalpha():
                continue  # "Take 20% off all boots. 12/1 - 12/24." splits; "do 15. 1. 2025." and "ул. 5" do not
            cut, resume = m.end("punct"), m.end()
        else:
            if m.group("nl") and not cells and _wrapped(text, m.start()):
                continue
            cut, resume = m.start(), m.end()
        spans.append((begin, cut))
        begin = resume
    spans.append((begin, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # a rule line ("-----", "=====") only frames a heading: the heading and the text under it stay adjacent
        if s < e and _WORDLESS_RE.fullmatch(text, s, e) is None:
            trimmed.append((s, e))
    return trimmed


_WORDLESS_RE = re.compile(r"[\W_]+")

# A line broken where no sentence can end, as plain text and e-mails wrap it: "if purchased by\nDecember 23", "скидка
# на все\nтовары".
_WORD_END_RE = re.compile(r"[^\W\d_],?[ \t]*$")
_LINK_END_RE = re.compile(
    r"(?<![^\W\d_])(?:by|before|until|through|from|to|on|the|a|an|and|or|of|for|до|по|с|со|от|на|в|во|и|od|do|na|u|i"
    r"|за|од|у)[ \t]*$",
    re.IGNORECASE,
)
_LOWERCASE_AFTER_RE = re.compile(r"[ \t]*[a-zа-яёčćšžđђјљњћџ]")
_WORD_AFTER_RE = re.compile(r"[ \t]*\w")
_ASIDE_AFTER_RE = re.compile(r"[ \t]*\([a-zа-яёčćšžđђјљњћџ]")
_WRAP_REACH = 12  # characters back to the word a line ends with


def _wrapped(text: str, newline: int) -> bool:
    """Whether a line break only wraps a sentence: a word and a lowercase one, a word no sentence ends with, or an
    aside that goes on with it ("350 руб.\n(со скидкой 280 руб.)")."""
    if _ASIDE_AFTER_RE.match(text, newline + 1):
        return True
    window = max(0, newline - _WRAP_REACH)
    if _LINK_END_RE.search(text, window, newline):
        return _WORD_AFTER_RE.match(text, newline + 1) is not None
    return _WORD_END_RE.search(text, window, newline) is not None and _LOWERCASE_AFTER_RE.match(
        text, newline + 1) is not None


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([^\W\d_]{1,6})$", text[max(0, dot - 8):dot])
    if not word:
        return False
    token = word.group(1)
    if token.lower() == "г" and re.search(r"\d{4}\s?г$", text[max(0, dot - 7):dot]):
        return False  # "2025 г." ends a sentence as often as not
    if len(token) == 1 and token.isupper():
        return True  # an initial
    return token.lower() in _ABBREVIATIONS


def _cues(sentence: str) -> list[re.Match[str]]:
    """The promotion cues of a sentence, without shares, the verb "offer" and "for sale"."""
    shares: bool | None = None  # looked up only when an "акция" cue needs it
    found = []
    for m in _CUE_RE.finditer(sentence):
        word = m.group(0).lower()
        before = sentence[max(0, m.start() - 20):m.start()]
        if m.group("frame"):
            if word.startswith("акци"):
                if shares is None:
                    shares = _SHARES_RE.search(sentence) is not None
                if shares:
                    continue
            if word == "offer" and _OFFER_VERB_BEFORE_RE.search(before):
                continue
            if word == "offers" and m.start() > 0 and not _OFFERS_NOUN_BEFORE_RE.search(before):
                continue
            if word.startswith("deal") and _DEAL_WITH_RE.match(sentence, m.end()):
                continue
        if word == "sale" and (_FOR_SALE_RE.search(before) or _SALE_PRICE_RE.match(sentence, m.end())):
            continue  # "for sale"; "Sale price $24.00" is a shop's price label
        found.append(m)
    return found


# An English month right before a number makes the number a day: "Nov. 27 – 30% off" is no rate from 27 to 30
_MONTH_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?i:" + ENGLISH_MONTH + r")\.?[ \t]{1,2}$")
_MONTH_BEFORE_REACH = 12


def _discounts(sentence: str, prices: list[Price], has_cue: bool) -> list[_Found]:
    """Discounts stated in a sentence, in order."""
    found: list[_Found] = []
    percents = _PERCENT_HINT_RE.search(sentence) is not None
    for m in _PERCENT_RE.finditer(sentence) if percents else ():
        before = sentence[max(0, m.start() - 40):m.start()]
        after = sentence[m.end():m.end() + 30]
        # "10–30%" is up to 30%; "Oct. 12 - 10% off" and "Dec. 10 – 20% off" are no range, the first number a day
        ranged = (m.group("lo") is not None and int(m.group("lo")) < float(m.group("pct").replace(",", "."))
                  and not _MONTH_BEFORE_RE.search(sentence, max(0, m.start() - _MONTH_BEFORE_REACH), m.start()))
        up_to = ranged or _UP_TO_BEFORE_RE.search(before) is not None
        is_discount = (
            m.group("minus") is not None
            or _DISCOUNT_AFTER_RE.match(after) is not None
            or _DISCOUNT_BEFORE_RE.search(before) is not None
            or (has_cue and (up_to or _ON_AFTER_RE.match(after) is not None))
            or _QUOTED_NAME_DASH_BEFORE_RE.search(before) is not None
        )
        if not is_discount or _RATE_AFTER_RE.match(after) or _RATE_BEFORE_RE.search(before):
            continue  # "ставка до 18% годовых", "kamatna stopa do 4% godišnje": a rate, not a price cut
        percent = float(m.group("pct").replace(",", "."))
        if percent <= 0:
            continue
        found.append(_Found(Discount(percent, None, up_to), m.start(), m.end()))
    for m in _SPOKEN_PERCENT_RE.finditer(sentence) if percents else ():
        before = sentence[max(0, m.start() - 40):m.start()]
        after = sentence[m.end():m.end() + 30]
        percent = spoken_value(m.group("pct"))
        up_to = _UP_TO_BEFORE_RE.search(before) is not None
        # "минус тридцать процентов": the sign said as a word, as with digits
        if percent and (_MINUS_BEFORE_RE.search(before) or _DISCOUNT_AFTER_RE.match(after)
                        or _DISCOUNT_BEFORE_RE.search(before) or (has_cue and (up_to or _ON_AFTER_RE.match(after)))
                        ) and not _RATE_AFTER_RE.match(after):
            found.append(_Found(Discount(float(percent), None, up_to), m.start(), m.end()))
    for m in _HALF_PRICE_RE.finditer(sentence):
        found.append(_Found(Discount(50.0, None, False), m.start(), m.end()))
    for price in prices:
        before = sentence[max(0, price.start - 40):price.start]
        cue = _AMOUNT_CUE_BEFORE_RE.search(before)
        if cue and _WITH_BEFORE_RE.search(before, 0, cue.start()) and any(p.end <= price.start - len(before) + cue.start()
                                                                          for p in prices):
            continue  # "1.800 дин, са попустом 1.620 дин", "$40, with discount $32": the price after the cut
        if cue and _AFTER_BEFORE_RE.search(before, 0, cue.start()):
            continue  # "Цена након попуста: 4.500 дин", "цена после скидки — 900 ₽": what one pays, with or without the old
        if cue or _AMOUNT_OFF_AFTER_RE.match(sentence, price.end):
            # "скидка до 1000 ₽", "ostvarite do 15.000 dinara popusta", "up to $50 off": a maximum
            up_to = bool(cue.group("upto")) if cue else _UP_TO_BEFORE_RE.search(before) is not None
            start = max(0, price.start - 40) + cue.start() if cue else price.start
            found.append(_Found(Discount(None, price.money, up_to), start, price.end))
    found.sort(key=lambda f: f.start)
    return found


_WEEKDAY_WORD_RE = re.compile(
    WEEKDAY_NAMES + r"|(?:ponedeljk|utork|sred|četvrtk|cetvrtk|petk|subot|nedelj|понедељк|уторк|сред|четвртк|петк|субот"
    r"|недељ|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)(?:om|ом|ам|ом|ами|у|е|ам)?",
    re.IGNORECASE,
)


_CURRENCY_WORDS = frozenset("rsd din дин рсд usd eur rub руб".split())


def _is_adjective(word: str, latin: bool) -> bool:
    lower = word.lower()
    if latin and lower == "new" and word[:1].isupper():
        return True  # "New Client Welcome offer", "New Year Sale": a capitalised "New" is part of the name
    if lower in _CURRENCY_WORDS:
        return False  # "3.000 RSD popusta": the amount's currency
    if latin and len(word) == 2 and word.isupper() and word.isalpha() and word.isascii():
        return True  # "13-Month CD Special", "IRA Bonus": an abbreviation inside a Title Case name
    if lower in _NOT_NAME_WORDS or len(lower) < 3 or (word[:1].islower() and _WEEKDAY_WORD_RE.fullmatch(word)):
        return False  # "subotom i nedeljom popust 15%": when, not which offer ("Senior Tuesday discount" is a name)
    if _CUE_RE.fullmatch(word) and lower not in ("special", "bonus"):
        return False
    if _CYRILLIC_RE.search(word):
        return len(lower) >= 4 and bool(_RU_ADJECTIVE_RE.search(lower) or _SR_ADJECTIVE_RE.search(lower))
    if latin and word[0].isupper():
        return True
    if lower in _EN_NAME_WORDS:
        return True
    # "Zbog velikog interesovanja akcija …": a verbal noun in -anja (interesovanja, otvaranja) is no adjective
    return (len(lower) >= 5 and bool(_SR_ADJECTIVE_RE.search(lower)) and _is_serbian_latin(word)
            and not re.search(r"anj(?:[aeiu]|em)$", lower))


def _is_serbian_latin(word: str) -> bool:
    return bool(re.search(r"[čćšžđ]|nj|lj|sk[aeiou]$|nja$|ska$", word.lower()))


def _adjective_name(sentence: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The span of "Осенняя распродажа", "Black Friday sale": the cue with the adjectives before it."""
    head = sentence[max(0, cue.start() - 120):cue.start()]
    offset = cue.start() - len(head)
    words = list(_WORD_RE.finditer(head))[-2 * _NAME_WORDS_MAX:]
    first = None
    expected_end = len(head)
    latin = not _CYRILLIC_RE.search(cue.group(0))
    taken = 0
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        gap = head[w.end():expected_end].strip()
        if taken == _NAME_WORDS_MAX or gap and not (gap == "&" and first is not None and w.group(0)[:1].isupper()):
            break  # punctuation between: not one phrase ("Cut & Color Special" is)
        if ((first is not None or cue.group(0)[:1].isupper()) and latin and w.group(0) in _NAME_LINKS and i > 0
                and _links_title_case(head, words, i)):
            expected_end = w.start()  # "the Twenty Years on Williams sale": a small word inside a Title Case name
            continue
        if not _is_adjective(w.group(0), latin) or (
                taken == 0 and w.group(0).casefold() in _COUNT_WORDS and not cue.group(0)[:1].isupper()):
            break  # "One deal a day", "Одна акция в день": a count of offers, not an offer's name
        first = w.start()
        expected_end = w.start()
        taken += 1
    if first is None:
        return None
    if latin and head[first:first + 1].isupper() and (number := _NAME_NUMBER_RE.search(head, 0, first)):
        first = number.start("n")  # "The 12 Days of Deals"
    elif latin and head[first:first + 1].isupper() and (term := _TERM_NUMBER_RE.search(head, 0, first)):
        first = term.start()  # "13-Month CD Special": a term's count joined to its unit
    return offset + first, cue.end()


# A count opening a Title Case name, after "the" or at the sentence's start: "The 12 Days of Deals".
_TERM_NUMBER_RE = re.compile(r"(?<![\w.,])\d{1,3}-$")
_NAME_NUMBER_RE = re.compile(r"(?:^|(?<![^\W\d_])(?:[Tt]he|[Oo]ur)[ \t])(?P<n>\d{1,2})[ \t]$")


# Small words that stand inside an English Title Case name: "Festival of Lights Sale", "Twenty Years on Williams",
# "Bring a Buddy offer".
_NAME_LINKS = frozenset("of on the and to for in a an".split())


def _links_title_case(head: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether the small word words[i] joins two capitalised words of one name, the one before not opening the
    sentence ("Come on Black Friday" is no name)."""
    before = words[i - 1]
    return (before.group(0)[:1].isupper() and head[before.end():words[i].start()].strip() == ""
            and bool(head[:before.start()].strip()))


def _quoted_name(sentence: str, anchors: list[tuple[int, int]]) -> str | None:
    best: tuple[int, str] | None = None
    for q in _QUOTED_RE.finditer(sentence):
        name = next(v for v in q.groups() if v is not None).strip()
        if not name or not re.search(r"\w", name):
            continue
        for a_start, a_end in anchors:
            if q.start() >= a_end:
                gap = sentence[a_end:q.start()]
            elif a_start >= q.end():
                gap = sentence[q.end():a_start]
            else:
                continue
            # a quote shut in parentheses the cue is outside of names an item, not the offer: 'platters (… the
            # "Ohana Boat") are 10% off'
            closed = ")" if q.start() < a_start else "("
            if closed == "(" and gap.endswith("(") and sentence.startswith(")", q.end()):
                # "скидка 10% на наборы («Чай к празднику»)": a parenthesis holding the quote alone names the offer
                # told before it
                gap = gap[:-1]
            if len(gap) <= _NAME_GAP and not re.search(r"[.!?;\n]", gap) and closed not in gap:
                if best is None or len(gap) < best[0]:
                    best = (len(gap), name)
    return best[1] if best else None


# A quoted name a preposition governs is what the sentence's terms are by, however far its cue: "По «Семейному тарифу»
# при аренде от трёх велосипедов — скидка 15 процентов", "U okviru „Zimske štednje“ …".
_GOVERNED_QUOTE_RE = re.compile(
    r"(?<![^\W\d_])(?:по|в\s{1,2}рамках|po|u\s{1,2}okviru|у\s{1,2}оквиру)\s{1,2}"
    r"(?:«(?P<a>[^«»\n]{2,60})»|„(?P<b>[^„“”\n]{2,60})[“”]|“(?P<c>[^“”\n]{2,60})”|\"(?P<d>[^\"\n]{2,60})\")"
    # English says it with the offer's kind after the quote instead: 'show a student ID for $4 off (the "Maverick
    # Wednesday" rate)', 'our "Buddy Pass" special'
    r"|(?<![^\W\d_])(?:the|our)\s{1,2}(?:“(?P<e>[^“”\n]{2,60})”|\"(?P<f>[^\"\n]{2,60})\")\s{1,2}"
    r"(?:rate|rates|deal|special|discount|offer|price|pricing|promo|promotion)(?![\w-])",
    re.IGNORECASE,
)


def _governed_quote(sentence: str) -> str | None:
    m = _GOVERNED_QUOTE_RE.search(sentence)
    if m is None:
        return None
    name = next(v for v in m.groups() if v is not None).strip()
    return name if re.search(r"\w", name) and not _is_generic(name) else None


# Russian adjective endings of the oblique singular cases, with the nominative each comes from; the noun after it says
# which gender, and only endings that name one nominative are undone.
_RU_SERBIAN_LETTERS_RE = re.compile(r"[јљњћђџЈЉЊЋЂЏ]")
_RU_FEMININE_ADJECTIVE = (("ой", "ая"), ("ей", "яя"), ("ою", "ая"), ("ею", "яя"))
_RU_MASCULINE_ADJECTIVE = (("ого", "ый"), ("его", "ий"), ("ому", "ый"), ("ему", "ий"), ("ым", "ый"), ("им", "ий"),
                           ("ом", "ый"), ("ем", "ий"))
_RU_HUSHING = "жшчщц"
_RU_VELAR = "кгх"
_RU_VOWELS = "аеёиоуыэюя"


def _ru_feminine_noun(word: str) -> str | None:
    """The nominative of a feminine noun in -а/-я from its genitive, dative, instrumental or prepositional singular."""
    lower = word.lower()
    if lower.endswith(("ии", "ию")):  # акции: акция
        return word[:-1] + "я"
    if lower.endswith(("ией", "иею")):
        return word[:-2] + "я"
    if lower.endswith(("ой", "ою")) and len(lower) > 3:
        return word[:-2] + "а"
    if lower.endswith(("ей", "ею")) and len(lower) > 3:
        return word[:-2] + ("а" if lower[-3] in _RU_HUSHING else "я")
    if lower.endswith("ы") and len(lower) > 2:
        return word[:-1] + "а"
    if lower.endswith(("е", "и")) and len(lower) > 2 and lower[-2] in _RU_HUSHING + _RU_VELAR:
        return word[:-1] + "а"  # распродаже, скидке, пятницы: -а; "неделе" may be "неделя" or "недела": left alone
    return None


# The noun endings of each oblique case of a masculine adjective: "Семейному тарифу", "Семейного тарифа".
_RU_MASCULINE_CASES = {"ого": ("а", "я"), "его": ("а", "я"), "ому": ("у", "ю"), "ему": ("у", "ю"), "ым": ("ом", "ем"),
                       "им": ("ом", "ем"), "ом": ("е", "и"), "ем": ("е", "и")}


def _ru_masculine_noun(word: str, adjective_ending: str) -> str | None:
    """The nominative of a masculine noun (or a neuter one in -ие) in the case its adjective's ending says."""
    lower = word.lower()
    hard, soft = _RU_MASCULINE_CASES[adjective_ending]
    if lower.endswith("и" + soft) and len(lower) > 4:  # специальному предложению: предложение
        return word[:-len(soft)] + "е"
    if lower.endswith(hard) and len(lower) - len(hard) >= 3 and lower[-len(hard) - 1] not in _RU_VOWELS:
        return word[:-len(hard)]  # тарифу, тарифа, тарифом, о тарифе: тариф
    if lower.endswith(soft) and len(lower) - len(soft) >= 3 and lower[-len(soft) - 1] in _RU_VOWELS:
        return word[:-len(soft)] + "й"  # музею: музей
    return None  # дню, коню: whether a soft sign ends it the word does not say


def _nominative(name: str, sentence: str) -> str:
    """A Russian quoted name as it is named, not as the sentence inflects it: «Семейному тарифу» -> "Семейный тариф",
    «Весенней распродаже» -> "Весенняя распродажа". Only an adjective and the noun after it, and only where the endings
    tell one nominative; otherwise the name stays as written."""
    words = name.split()
    if len(words) < 2 or not _CYRILLIC_RE.search(name) or _RU_SERBIAN_LETTERS_RE.search(sentence):
        return name
    adjective, noun = words[0], words[1]
    lower = adjective.lower()
    if not re.fullmatch(r"[а-яё-]{4,30}", lower) or not re.fullmatch(r"[а-яА-ЯёЁ-]{3,30}", noun):
        return name
    for ending, nominative in _RU_FEMININE_ADJECTIVE:
        if lower.endswith(ending) and (new_noun := _ru_feminine_noun(noun)) is not None:
            stem = adjective[:-len(ending)]
            if nominative == "яя" and stem[-1:].lower() in _RU_HUSHING:
                nominative = "ая"  # свежей: свежая
            return " ".join([stem + nominative, new_noun, *words[2:]])
    for ending, nominative in _RU_MASCULINE_ADJECTIVE:
        if lower.endswith(ending) and (new_noun := _ru_masculine_noun(noun, ending)) is not None:
            stem = adjective[:-len(ending)]
            if new_noun.lower().endswith("ие"):
                nominative = "ое" if nominative == "ый" else "ее"  # специальному предложению: специальное предложение
            elif stem[-1:].lower() in _RU_HUSHING:
                nominative = "ой" if ending.startswith("о") else "ий"  # большому: большой; хорошему: хороший
            elif nominative == "ый" and stem[-1:].lower() in _RU_VELAR:
                nominative = "ий"  # детскому: детский
            return " ".join([stem + nominative, new_noun, *words[2:]])
    return name


# A name in sentence case right after "акция", "akcija", up to the punctuation that ends it: "уз акцију Дан таксиста,",
# "Akcija Rani booking je produžena" (a verb ends it too, a participle before its "је" as well: "Акција Пакет 10
# продужена је"); a number may be one of its words ("Пакет 10", "Paket 5").
_FRAME_NAME_VERBS = (
    r"(?:je|је|su|су|se|се|traje|траје|važi|важи|počinje|почиње|действует|продлится|стартует|начнется|начнётся|проходит"
    r"|produžen[aoi]?|продужен[аои]?|продлен[аоы]?)(?![^\W\d_])"
)
_NAME_AFTER_FRAME_RE = re.compile(
    r"[ \t]{1,2}(?P<name>(?-i:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])[^\W\d_]{1,30}"
    r"(?:[ \t]{1,2}(?!" + _FRAME_NAME_VERBS + r"|[—–])(?:[^\W\d_]{1,30}|\d{1,4}(?![\w.,:]))){0,3})"
    r"(?=[ \t]{0,2}(?:[,:;.!?—–]|$)|[ \t]{1,2}" + _FRAME_NAME_VERBS + r")",
)
# An offer's name as the subject of a verb of lasting, or in Russian of being extended: "Oktobarski festival meda trajao
# je …", "Осенняя распродажа продлится до …", "Зимски попуст траје …", "Чёрная пятница продлена до …" (Serbian says
# "produžen je" of deadlines and enrolment as often: "Rok za prijave produžen je do …"; there the "akcija X" frame names
# the offer).
_LASTING_SUBJECT_RE = re.compile(
    r"\s{0,3}(?P<name>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][^\W\d_]{1,30}(?:[ \t]{1,2}[^\W\d_]{2,30}){1,4}?)[ \t]{1,2}"
    r"(?:(?:je|је|se|се)[ \t]{1,2})?"
    r"(?:trajao|trajala|trajalo|trajaće|траје|траjе|traje|traju|трајала|трајао|трају|važi|važila|važio|важи|важила"
    r"|проходила|проходил|проходит|продлится|продлилась|длилась|длился|действовала|действовал|действует"
    r"|продлен[аоы]?|продлён)(?![\w])"
)
_OPEN_PARENTHESIS_RE = re.compile(r"\s{0,2}\(([^()]{3,80})\)")
_NAME_WORDS_REACH = 5
_LEADING_DETERMINERS = ("our ", "the ", "this ", "naš ", "naša ", "наш ", "наша ", "наше ")


def _name_before_parentheses(sentence: str, anchors: list[tuple[int, int]], today: date | None = None) -> str | None:
    """An offer's name followed by its terms in parentheses: "Jesenji sajam tehnike (od 1. do 15. oktobra, -15%)
    je završen", "Our Small Business Saturday sale (Nov. 28, 15% off storewide) was …"; with `today`, also an
    offer's own name followed by its dates alone ("our Pumpkin Chai Week (Oct 19–25) sold out")."""
    for m in _OPEN_PARENTHESIS_RE.finditer(sentence):
        dated = (today is not None and re.search(r"\d", m.group(1)) is not None
                 and bool(find_dates(m.group(1), today=today)))
        if not dated and not any(m.start(1) <= a < m.end(1) for a, _ in anchors):
            continue
        before = sentence[:m.start()].strip()
        words = before.split()
        if words and len(words) <= _NAME_WORDS_REACH and before[:1].isupper():
            # the sentence opens with the name
            name = before
        else:
            # a Title Case name right before the parenthesis: "… making our Labor Day Sale (Sept 4–7) …"
            run = re.search(r"(?:[A-Z][\w'’-]{0,30}[ \t]{1,2}){1,4}[A-Z][\w'’-]{0,30}$", before)
            if run is None:
                continue
            name = run.group(0)
        for determiner in _LEADING_DETERMINERS:
            if name.casefold().startswith(determiner):
                name = name[len(determiner):]
        if name.split() and name.split()[0].casefold() in _NOT_NAME_WORDS:
            continue  # "Najveći popust (30%) je na pakovanja od 1 kg": how big, not which offer
        if len(name.split()) >= 2 and not _is_generic(name) and not re.search(r"[\d%:;,!?]", name):
            if dated and not any(m.start(1) <= a < m.end(1) for a, _ in anchors) and not _own_offer_name(name):
                continue  # "Thanksgiving Day (Nov 26)" dates a day, not an offer
            return name
    return None


def _headline(sentence: str) -> str | None:
    """A short heading before a colon or dash: "Black Friday: 50% off", "Черная пятница — скидки"."""
    if _HEADLINE_MARK_RE.search(sentence) is None:
        return None  # every form of a heading ends at one of these marks; most sentences have none
    m = _HEADLINE_RE.match(sentence)
    if not m:
        return _numbered_headline(sentence) or _named_by_copula(sentence) or _lead_before_preposition(sentence)
    phrase = m.group("head").strip()
    if m.group("day"):
        # "Holiday Sip & Shop, Thursday, December 10 — …": the weekday is the day's, not the name's
        phrase = _TRAILING_WEEKDAY_RE.sub("", phrase)
    words = phrase.replace(",", " ").split()
    if words[-1].casefold() in _NEWS_WORDS:
        return None  # "Good news: we've stretched our photo offer", "Отличная новость: …" announce, they name nothing
    if len(words) == 1 and words[0].casefold() in _NEW_LEAD_WORDS:
        after = _NAME_BEFORE_COMMA_RE.match(sentence, m.end())
        if after is None or _is_generic(after.group("name")) or _CUE_RE.search(after.group("name")):
            return None
        return after.group("name")
    if words[0].casefold() in _CONJUNCTIONS:
        # "And new this week: the Twelve Bagels of Christmas — …": a lead-in that goes on from the sentence before is
        # no heading; the Title Case name right after its colon is the offer
        after = _TITLE_CASE_AFTER_LEAD_IN_RE.match(sentence, m.end())
        if after is None or find_dates(after.group("name"), today=_ANY_DAY) or _is_generic(after.group("name")):
            return None
        return after.group("name")
    # "New: …", "Only today: …" are lead-ins; "New Year, New You: …" is a name, every word capitalised
    title_case = len(words) >= 2 and all(w[:1].isupper() for w in words)
    if len(words) > _HEADLINE_WORDS and not _is_title_case(phrase):
        # five words lead in a sentence, unless they are a Title Case name: "Give the Gift of Iron: …", or a name goes
        # on with where or for whom it is: "Новогодняя поездка до старой крепости: …"
        return _lead_before_preposition(sentence)
    if len(words) >= 2 and words[1] in _IMPERATIVE_OBJECT_WORDS and not _is_title_case(phrase):
        return None  # "Book the slow season: 15% off …", "Treat your feet: …": a call to act, not the offer's name
    if (words[0].casefold() in _NOT_HEADLINE_WORDS and not title_case) or _is_generic(phrase) or _CUE_RE.fullmatch(
        phrase
    ):
        return None
    if any(len(p.raw) >= len(phrase) for p in find_periods(phrase, today=_ANY_DAY)):
        return None  # "All of November: refer a friend …": when the offer runs, not what it is called
    return phrase


# A Title Case name with a count or a year in it before a colon or dash: "12 Days of Tea — …", "Paddle Into 2027 – …".
_NUMBERED_HEADLINE_RE = re.compile(
    r"(?P<head>(?:\d{1,4}[ \t])?[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|\d{1,4}|of|the|and|in|on)){1,4})"
    r"\s{0,2}(?::|\s[-–—])\s"
)


# A name a verb introduces before its colon: "This week is Salt Buster Week: …", "… važi Porodični paket: do 30% …".
_COPULA_NAME_RE = re.compile(
    r"(?<![\w-])(?:(?P<is>is)|važi|важи|действует|идет|идёт|стартует|traje|траје|počinje|почиње)[ \t]{1,2}"
    r"(?P<name>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][\w'’-]{1,30}(?:[ \t]{1,2}[\w'’-]{1,30}){0,3})\s{0,2}(?::|\s[—–])\s"
)
_COPULA_REACH = 80  # characters from the sentence's start to the name's colon


def _named_by_copula(sentence: str) -> str | None:
    """The offer's name a verb introduces before a colon, near the sentence's start; English wants Title Case."""
    m = _COPULA_NAME_RE.search(sentence, 0, _COPULA_REACH)
    if m is None or _is_generic(m.group("name")):
        return None
    name = m.group("name")
    return None if m.group("is") and not _is_title_case(name) else name


# A long lead-in before a colon, whose first words are the offer and the rest whom it is for: "Новогодишња журка за
# групе до 15 деце, са Деда Мразом: 20 одсто попуста", "Holiday party for groups of 10 or more: 15% off".
_LEAD_BEFORE_PREPOSITION_RE = re.compile(
    r"(?P<head>[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ][^\W\d_]{1,30}[ \t]{1,2}[^\W\d_]{2,30}(?:[ \t]{1,2}[^\W\d_]{2,30})?)"
    # a whom or a where: "… для пенсионеров: …", "Novogodišnja tura do tvrđave na Dunavu: …"
    r"[ \t]{1,2}(?:за|для|са|со|sa|za|for|with|до|do|to|к|ка|ka)[ \t][^:\n.!?]{1,80}:\s"
)


def _lead_before_preposition(sentence: str) -> str | None:
    """The offer a long lead-in names before its first preposition; not a time, a condition or a sale word."""
    m = _LEAD_BEFORE_PREPOSITION_RE.match(sentence)
    if m is None:
        return None
    head = m.group("head")
    words = head.split()
    if (any(w.casefold() in _NOT_HEADLINE_WORDS or w.casefold() in _NOT_NAME_WORDS for w in words) or _is_generic(head)
            or any(_CUE_RE.fullmatch(w) for w in words)):
        return None
    return head


def _numbered_headline(sentence: str) -> str | None:
    """A lead-in name with a number in it ("12 Days of Tea — 30% off"); a date before the dash is none ("Dec 12 – …")."""
    m = _NUMBERED_HEADLINE_RE.match(sentence)
    if not m or not any(c.isdigit() for c in m.group("head")):
        return None
    phrase = m.group("head")
    words = phrase.split()
    if not (words[-1][:1].isupper() or words[-1].isdigit()) or find_dates(phrase, today=_ANY_DAY) or any(
            w.casefold() in _NOT_HEADLINE_WORDS for w in words):
        return None
    return phrase


_ANY_DAY = date(2026, 1, 1)  # only whether the words are a date matters, not which year


def _name(
    sentence: str, cues: list[re.Match[str]], discounts: list[_Found], prices: tuple[Price | None, Price | None],
    free: re.Match[str] | None = None, today: date | None = None,
) -> tuple[str, bool]:
    """The promotion's name in a sentence, and whether it is its own name (not a bare cue)."""
    anchors = [(c.start(), c.end()) for c in cues] + [(d.start, d.end) for d in discounts]
    if free is not None:
        anchors.append(free.span())
    if lead := _QUOTED_LEAD_RE.match(sentence):
        # "«Ночная стирка»: с 23:00 до 7:00 … со скидкой 20%": a quoted name heading its sentence, however far the cue
        return lead.group(0).strip(" –—-:«»„“”"), True
    if titled := _QUOTED_TITLE_LEAD_RE.match(sentence):
        quoted = next(v for v in titled.group("q1", "q2", "q3", "q4") if v is not None)
        return f"{quoted.strip()}{titled.group('rest')}", True
    if framed := _FRAMED_QUOTED_LEAD_RE.match(sentence):
        # "Програм „Удоми, не купуј“: уз потврду … попуст 15%": a word framing the quoted name does not change that
        return framed.group("q").strip(" «»„“”"), True
    if subject := _QUOTED_SUBJECT_RE.match(sentence):
        # "«Счастливые часы» продлены до 28 февраля: … скидка 30 процентов": the quoted subject of its sentence
        return next(v for v in subject.group("a", "b", "c") if v is not None).strip(), True
    if (opening := _OPENING_QUOTE_RE.match(sentence)) and _ITEM_QUOTE_RE.search(sentence, opening.end()):
        # "«Праздничный груминг» с 1 по 24 декабря: скидки до 25% на комплекс «стрижка + когти + уши»": the quote
        # opening the sentence is its subject, the offer; a quote the discount is on names an item
        return next(v for v in opening.groups() if v is not None).strip(), True
    quoted = _quoted_name(sentence, anchors) or _governed_quote(sentence)
    if not quoted and (label := _QUOTED_LABEL_RE.search(sentence)) is not None:
        # "И новинка: с 1 по 20 декабря — «Ножи к празднику»: при заточке трёх ножей четвёртый бесплатно": a quoted name
        # set off by a colon labels the terms after it, however far their cue
        quoted = next(v for v in label.groups() if v is not None).strip()
    if quoted:
        return _nominative(quoted, sentence), True
    bracketed = _name_before_parentheses(sentence, anchors, today)
    if bracketed:
        return bracketed, True
    lasting = _LASTING_SUBJECT_RE.match(sentence)
    if lasting and not _is_generic(lasting.group("name")) and len(lasting.group("name").split()) <= _NAME_WORDS_REACH:
        return lasting.group("name"), True  # "Oktobarski festival meda trajao je od 1. do 15. oktobra, uz 10% popusta"
    for cue in cues:
        if cue.group("code"):
            code = _CODE_AFTER_RE.match(sentence, cue.end())
            if code:
                return code.group("code"), True
    for cue in cues:
        # not before a gift: "керамическая миска в подарок", "torbu Semenka na poklon" name the gift, not the offer
        span = _adjective_name(sentence, cue) if not cue.group("gift") else None
        if span:
            name = sentence[span[0]:span[1]]
            # "Новогодняя распродажа оправ: скидки до 50%": a lead-in that opens with the name and goes on to the
            # colon is the whole name, what is on sale included
            if not sentence[:span[0]].strip() and (head := _headline(sentence)) and head.startswith(name) and (
                    len(head.split()) <= len(name.split()) + 2):
                return head, True
            # "Black Friday Mystery Box Sale: …": a Title Case heading one word longer than a name is read back
            # over, ending in that name, is the whole name
            if (sentence[:span[0]].strip() and sentence[span[1]:].startswith(":") and (head := _headline(sentence))
                    and head.endswith(name) and sentence.startswith(head) and _is_title_case(head)
                    and len(name.split()) == _NAME_WORDS_MAX + 1 and len(head.split()) == len(name.split()) + 1):
                return head, True
            return name, True
    for cue in cues:
        if _CYRILLIC_RE.search(cue.group(0)):
            after = _LATIN_NAME_AFTER_RE.match(sentence, cue.end())
            if after:
                return after.group("name"), True
        if cue.group("frame") and cue.group(0).casefold().startswith(("акци", "akcij")):
            # "уз акцију Дан таксиста, …", "Akcija Zimski paket: …": a name said without quotes, as an IVR says it
            after = _NAME_AFTER_FRAME_RE.match(sentence, cue.end())
            if after and not _is_generic(after.group("name")) and after.group("name").split()[0].casefold() not in (
                    _NOT_NAME_WORDS) and not _names_a_branch(after.group("name")):
                return after.group("name").rstrip(), True
    subject = _title_case_subject(sentence, min(a for a, _ in anchors) if anchors else len(sentence))
    if subject:
        # "Winter Unlimited Kickoff — join the Unlimited Club and save up to 40%": a Title Case name leading the line
        # before its dash is the offer; the thing joined after it is what the offer is on
        head = _headline(sentence)
        if head and _is_title_case(head) and sentence.find(subject) >= len(head):
            return head, True
        return subject, True
    runs = _runs(sentence)
    if runs and _is_event_name(runs.group("name")) and runs.group("name").casefold() not in HOLIDAY_SPELLINGS:
        return runs.group("name"), True  # "Our Holiday Toy Drive runs through December 18: … get 15% off"
    extended = _EXTENDED_RE.search(sentence)
    if extended and _is_event_name(extended.group("name") or extended.group("subject")):
        # "Good news: our Snow Day Sale has been extended to May 3. Save up to 25 percent …": the offer extended
        return extended.group("name") or extended.group("subject"), True
    event = _NAMED_EVENT_RE.search(sentence)
    event_name = event and (event.group("name") or event.group("listed"))
    if event_name and not _is_generic(event_name) and event_name.casefold() not in HOLIDAY_SPELLINGS:
        return event_name, True  # "the chain's Spring Into Tile event, held April 10-19, when 25% off …"
    if free is not None and (subject := _FREE_SUBJECT_RE.search(sentence)) is not None:
        return subject.group("name"), True  # "all through December, the Winter Battery Check is free"
    after = _OFFER_NAMED_AFTER_RE.search(sentence)
    if after and _is_title_case(after.group("name")) and after.group("name").split()[-1].casefold() in _OFFER_NOUNS:
        return after.group("name"), True  # "Save 10% on every visit with the Holiday Wash Pass"
    for found in discounts:
        # "… and save seventy-five dollars with Early Bird Spring Enrollment.": the Title Case name closing the sentence
        # right after its discount is the offer that gives it
        if (named := _DISCOUNT_WITH_NAME_RE.match(sentence, found.end)) and not _is_generic(named.group("name")):
            return named.group("name"), True
    during = _DURING_RE.search(sentence) or _WITH_OUR_LEAD_RE.match(sentence)
    if during and not _is_generic(during.group("name")):
        # "Save 25% during our Holiday Open House", "Celebrate Small Business Saturday with 15% off"
        return during.group("name"), True
    if cues:
        return cues[0].group(0), False
    if discounts:
        return sentence[discounts[0].start:discounts[0].end].strip(), False
    spans = [p for p in prices if p is not None]
    if not spans and free is not None:
        if (thing := _FREE_TITLE_RE.match(sentence, free.start())) is not None:
            # "Free Tire Rotation with any oil change through Nov 30": what is given; the card's heading still names
            # it better, as it does a freebie's kind ("Free Ultimate washes on opening weekend")
            return thing.group(0), False
        return free.group(0), False
    return sentence[min(p.start for p in spans):max(p.end for p in spans)].strip(), False


# Nouns that make a Title Case phrase an offer's name: "The Holiday Hot Desk Pass gives you 30% off".
_OFFER_NOUNS = frozenset(
    "pass sale special specials deal deals offer rebate bonus promo promotion event days week weekend savings "
    "giveaway bundle package pack club discount doorbusters doorbuster blowout bogo month festival celebration day opening"
    # "Senior Tuesdays", "Free Blood Pressure Saturdays": an offer every such day
    " mondays tuesdays wednesdays thursdays fridays saturdays sundays".split()
)
_OFFER_NAMED_AFTER_RE = re.compile(
    r"(?<![^\W\d_])(?:with|using|through|via|on)\s{1,2}(?:the|our|a)\s{1,2}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,4})"
)
_DISCOUNT_WITH_NAME_RE = re.compile(
    r"(?:[ \t]{1,2}off)?[ \t]{1,2}with[ \t]{1,2}(?:(?:the|our)[ \t]{1,2})?"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,4})[ \t]{0,2}(?:[.!]|$)"
)
# An event's Title Case name the offer is part of: "during our Holiday Open House", "Celebrate Small Business Saturday".
_DURING_RE = re.compile(
    r"(?<![^\W\d_])(?:during(?:\s{1,2}(?:the|our|this\s{1,2}year['’]s))?|[Cc]elebrate(?:\s{1,2}(?:the|our))?)\s{1,2}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|of|&)){1,4}(?<![ \t]of))(?![ \t]{1,2}[A-Z])"
)
# A sentence led by the offer it tells of: "With our Holiday Road Trip, weekly rentals … are up to 25% off".
_WITH_OUR_LEAD_RE = re.compile(
    r"[Ww]ith\s{1,2}our\s{1,2}(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|of|&)){1,4}(?<![ \t]of)),"
)
# A Title Case name before a lowercase "event": "the chain's Spring Into Tile event" is "Spring Into Tile".
# After "our" or "the", a comma may join the name and what is on sale may follow it: "our Buy More, Save More cellular
# shade event" is "Buy More, Save More".
_NAMED_EVENT_RE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|&)){1,4})"
                             r"[ \t]{1,2}events?(?![\w-])"
                             r"|(?<![\w'’-])(?:[Oo]ur|[Tt]he)[ \t]{1,2}"
                             r"(?P<listed>[A-Z][\w'’-]{0,30}(?:,?[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|&)){1,4})"
                             r"(?:[ \t]{1,2}[a-z][a-z'’-]{1,20}){1,3}[ \t]{1,2}(?:events?|sales?)(?![\w-])")
# What is given free, as the subject: "the Winter Battery Check is free", "Our Kids Top Bar is always free".
_FREE_SUBJECT_RE = re.compile(
    r"(?<![^\s:;,(])(?:[Tt]he|[Oo]ur|[Tt]his)[ \t]{1,2}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,4})"
    r"[ \t]{1,2}(?:is|are)[ \t]{1,2}(?:[a-z]{2,12}[ \t]{1,2})?free(?![\w-])"
)
# A Title Case freebie: "Free Tire Rotation with …"; not one word of a longer thing ("Free Ultimate washes").
_FREE_TITLE_RE = re.compile(
    r"Free(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,4}(?![\w'’-])"
    r"(?![ \t]{1,2}[a-z]{2,}(?<![ \t]with)(?<!through)(?<!thru)(?<![ \t]on)(?<![ \t]for)(?<!until)(?<![ \t]at)(?![\w'’-]))"
)
_SUBJECT_REACH = 7  # words between an offer's name and its discount: "Fall Car Care Month ran October 1–31, 2026, with"
_LEADING_DATE_CHARS = 12  # a weekday and a comma may stand before the dates that open a sentence


def _title_case_subject(sentence: str, before: int) -> str | None:
    """An English offer's name as the subject of its sentence, before the discount: two or more capitalised words
    ending in an offer noun ("The Holiday Hot Desk Pass gives you 30 percent off")."""
    for run in _TITLE_CASE_RUN_RE.finditer(sentence, 0, before):
        words = run.group(0).split()
        if words[0] in ("The", "Our", "This"):
            words = words[1:]
        if len(words) >= 2 and words[-1].casefold() in _OFFER_NOUNS and " ".join(words).casefold() not in (
                HOLIDAY_SPELLINGS) and (
                sentence[run.end():before].count(" ") <= _SUBJECT_REACH
                # "Senior Savings Day is the first Wednesday of every month: members save 15%": the sentence's subject
                or not sentence[:run.start()].strip() and _SUBJECT_VERB_RE.match(sentence, run.end())):
            return " ".join(words)
    # "The Weekday Early Bird takes $5 off", "the Back-to-School Buzz took 20% off": a named thing that takes money off
    for m in _SUBJECT_TAKES_RE.finditer(sentence, 0, before):
        if m.group("name").split()[-1].casefold() not in _PLACE_NOUNS and before - m.end() <= _SUBJECT_TAKES_REACH:
            return m.group("name")
    # "Our Holiday Linen Rescue is 25 percent off", "Our Gift a Tune-Up certificates are $25 off": a named thing that is
    # the discount
    if (m := _SUBJECT_IS_RE.search(sentence, max(0, before - _SUBJECT_IS_REACH), before)) is not None and (
            m.group("name").split()[-1].casefold() not in _PLACE_NOUNS):
        return m.group("name")
    return None


_SUBJECT_TAKES_RE = re.compile(
    r"(?<![^\s:;(])(?:[Tt]he|[Oo]ur|[Tt]his)[ \t]{1,2}"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,4})"
    r"[ \t]{1,2}(?:takes|took|knocks|knocked|gives|gave|saves|saved|brings|brought|offers|offered|gets|got)(?!\w)"
)
_SUBJECT_IS_RE = re.compile(
    # after "the", "our", or opening the sentence: "Holiday Party Platters are 15% off on orders over $100"
    r"(?:(?<![^\s:;(])(?:[Tt]he|[Oo]ur|[Tt]his)[ \t]{1,2}|^)"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:(?:a|an|the|of|on|for|to|and|&)[ \t]{1,2})?[A-Z][\w'’-]{0,30}){1,4})"
    # what the offer sells: "Gift a Tune-Up certificates"; not a place ("the Cool Springs showroom is 50% off")
    r"(?:[ \t]{1,2}(?:(?:gift[ \t]{1,2})?certificates?|(?:gift[ \t]{1,2})?cards?|passes|pass|packages?|bundles?|boxes|box|kits?|sets?|vouchers?"
    r"|memberships?|plans?|tickets?))?"
    # "Black Friday Gift Cards are up to 30% off": a maximum is the discount too
    r"[ \t]{1,2}(?:is|are)(?:[ \t]{1,2}(?:now|just|still|only))?(?:[ \t]{1,2}up[ \t]{1,2}to)?[ \t]{1,2}$"
)
_SUBJECT_IS_REACH = 160
# A sentence whose plain subject is what is on sale, then its discount: "And our holiday gift cards are twenty percent
# off", "Studded tires are up to 25% off".
_PLAIN_SUBJECT_RE = re.compile(
    r"(?:(?P<also>[Aa]nd|[Pp]lus|[Aa]lso)[ \t]{1,2})?(?:(?:[Oo]ur|[Tt]he|[Aa]ll)[ \t]{1,2})?"
    r"(?P<name>[A-Za-z][a-z'’-]{2,20}(?:[ \t]{1,2}[a-z][a-z'’-]{1,20}){0,3})"
    r"[ \t]{1,2}(?:is|are)(?:[ \t]{1,2}(?:now|just|still|also))?[ \t]{1,2}(?:up[ \t]{1,2}to[ \t]{1,2})?"
    r"(?:\$\d{1,4}|\d{1,3}[ \t]?%|\d{1,3}[ \t]{1,2}percent|[a-z]{3,10}(?:-[a-z]{3,6})?[ \t]{1,2}(?:percent|dollars))"
    r"[ \t]{1,2}off(?![\w-])"
)
# Subjects that say nothing of what is on sale: "Everything is 20% off", "Prices are up to 50% off".
_NO_OFFER_SUBJECTS = frozenset(
    "everything it they this that these those prices price items products all rates fees".split()
)
_SUBJECT_VERB_RE = re.compile(r"[ \t]{1,2}(?:is|are|runs|returns|continues)(?!\w)")
_SUBJECT_TAKES_REACH = 12  # "takes $5 off", "gives members 15% off"
# A Title Case subject ending in one of these is a place, not an offer: "The Dunavska Branch offers 10% off".
_PLACE_NOUNS = frozenset("branch store shop location office studio center centre museum lab clinic salon".split())


def _pick_period(periods: list[Period]) -> Period | None:
    if not periods:
        return None
    extended = [p for p in periods if p.extended]
    if extended:
        # "стартовала 1 ноября и продлена до 20 декабря": the start stays, the end moves
        last = extended[-1]
        started = [p.valid_from for p in periods if p.valid_from and p is not last and p.start < last.start]
        if last.valid_from is None and started and last.valid_to and started[0] <= last.valid_to:
            return replace(last, valid_from=started[0])
        return last
    first = periods[0]
    if _whole_month(first):
        # "every Tuesday in December, from December 1 to 29": the month says when, the dates inside it how long
        first = next((p for p in periods[1:] if _within(p, first)), first)
    if first.valid_to is None and len(periods) > 1 and periods[1].valid_from is None and periods[1].valid_to:
        # "с 1 июня ... и действует до 31 августа" written apart.
        if first.valid_from and first.valid_from <= periods[1].valid_to:
            return replace(first, valid_to=periods[1].valid_to, end=periods[1].end)
    return first


def _pick_prices(sentence: str, prices: list[Price]) -> tuple[Price | None, Price | None]:
    """The new and the old price of a sentence."""
    if not prices:
        return None, None
    if len(prices) >= 2:
        a, b = prices[0], prices[1]
        between = sentence[a.end:b.start]
        around = sentence[max(0, a.start - 20):min(len(sentence), b.end + 20)]
        paired = _OLD_PRICE_RE.search(around) is not None or len(between.strip(" \u00a0,/|")) == 0
        if paired and a.currency == b.currency and a.amount != b.amount:
            cheaper, dearer = (a, b) if a.amount < b.amount else (b, a)
            if _OLD_MARK_BEFORE_RE.search(sentence, max(0, cheaper.start - 20), cheaper.start):
                # "now start at $159 (was $149)", "1 500 ₽ вместо 900 ₽": the price went up, nothing is cut
                return dearer, None
            if _PAST_YEAR_AFTER_RE.match(sentence, dearer.end):
                # "$449 (was $529 last year)": last year's price beside this year's, a price change, not a sale
                return cheaper, None
            return cheaper, dearer
    return prices[0], None


# A price said to be a past year's: "was $529 last year", "было 3 000 ₽ в прошлом году", "prošle godine".
_PAST_YEAR_AFTER_RE = re.compile(
    r"[ \t]{1,2}(?:last[ \t]{1,2}(?:year|season)|в[ \t]{1,2}прошлом[ \t]{1,2}(?:году|сезоне)|prošle[ \t]{1,2}(?:godine|sezone)"
    r"|прошле[ \t]{1,2}(?:године|сезоне))(?![^\W\d_])",
    re.IGNORECASE,
)


# The word that marks the price being replaced, right before it: "(was $149)", "вместо 900 ₽", "umesto 1.200 din".
# Not "regularly": "2 for $20 (regularly $13.99 each)" compares a unit price.
_OLD_MARK_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:вместо|instead\s{1,2}of|umesto|уместо|было|was|old\s{1,2}price"
    r"|старая\s{1,2}цена|stara\s{1,2}cena|стара\s{1,2}цена)"
    r"[\s:(]{0,3}$",
    re.IGNORECASE,
)


def _mention(
    text: str, span: tuple[int, int], today: date, quoted_title: bool = False,
    item_offer: Callable[[], bool] = lambda: False,
) -> _Mention | None:
    """What one sentence says about a promotion, if it is about one.

    `quoted_title`: the text sits under a quoted name ("„Доручак за двоје“"), a
    promotion's own name, so a price with its dates is that promotion.
    `item_offer()`: the text is an offer's card (under an offer's name, "Down
    Puffer Doorbuster", or said to be for a limited time or dated), so a bare
    sale price in it is that offer's; elsewhere a sale price with nothing else
    ("was $49.99 now $39.99" under a product's name) is a product's price, not
    a promotion, and so is a product's line in a list ("Dunmore Leather Sofa —
    Now $899 (Reg. $1,299)").
    """
    s, e = span
    sentence = text[s:e]
    if _EMAIL_HEADER_RE.match(sentence):
        return None
    cues = _cues(sentence)
    prices = find_prices(sentence)
    discounts = _discounts(sentence, prices, bool(cues))
    used = [(d.start, d.end) for d in discounts if d.discount.amount is not None]
    # a price inside a quoted name is part of the name: «Домашний интернет за 1 рубль»
    used += [q.span() for q in _QUOTED_RE.finditer(sentence)]
    prices = [p for p in prices if not any(a <= p.start < b for a, b in used)]
    price, old_price = _pick_prices(sentence, prices)
    period = None
    free = None
    # A new price beside the old one is a price cut even with no cue ("Now $19.99, was $29.99"), but only
    # where a word says so: two bare prices may be two products.
    if not cues and not discounts and (old_price is None or not _OLD_PRICE_RE.search(sentence)):
        # Without a cue word, an offer is a price of nothing ("pay $0 enrollment") or a price under a
        # quoted name, either with the dates it holds: a price alone may be a price list. So is something
        # given free for a stated time ("Dec 1–15, kids ride free"): free parking alone is a service.
        if not prices or not (quoted_title or any(p.amount == 0 for p in prices)):
            free = _FREE_RE.search(sentence)
            if free is None or _EXCLUSION_RE.search(sentence):
                return _named_event(sentence, s, e, today)
            period = _pick_period(find_periods(sentence, today=today)) or _offer_day(sentence, today)
            if period is None or _DEADLINE_RE.match(period.raw):
                return _named_event(sentence, s, e, today)
        else:
            period = _pick_period(find_periods(sentence, today=today))
            if period is None:
                return None
    if _excluded(sentence, discounts) or not discounts and not prices and _byline(sentence, today):
        return None
    if period is None:
        period = _pick_period(_offer_periods(sentence, today)) or _offer_day(sentence, today)
    if period is None and (that_day := _THAT_DAY_RE.search(sentence)):
        period = _day_before(text, s, that_day, today)
    if period is not None and _BARE_WEEKDAY_RE.search(period.raw) and not _DIGIT_RE.search(period.raw):
        period = _weekday_after_day_before(text, s, period, today)
    if period is not None and period.valid_from is None and period.valid_to is not None:
        # "starting Black Friday through Dec 6"
        opens = _holiday_day(sentence, today)
        if opens is not None and opens.valid_to is None and opens.valid_from <= period.valid_to:
            period = replace(period, valid_from=opens.valid_from)
    elif period is not None and period.valid_to is None and period.valid_from is not None:
        # "starts Monday, November 23, and runs through Thanksgiving": a dated start, a holiday its end
        ends = _holiday_day(sentence, today)
        if ends is not None and ends.valid_from is None and ends.valid_to >= period.valid_from:
            period = replace(period, valid_to=ends.valid_to)
    multibuy = bool(cues) and all(c.group("multi") for c in cues)
    if (not discounts and free is None and period is None and (not cues and old_price is not None or multibuy)
            and (_product_line(sentence) or _bare_prices(sentence, prices, cues) and not item_offer())
            and not _validity_follows(text, e, today)):
        return None  # "Dunmore Leather Sofa — Now $899 (Reg. $1,299)": a product on sale, inside the sale it is part of
    name, named = _name(sentence, cues, discounts, (price, old_price), free, today)
    return _Mention(
        name=name,
        named=named,
        refers_back=not discounts,
        has_cue=bool(cues),
        headline=_headline(sentence) if not named else None,
        start=s,
        end=e,
        period=period,
        discount=discounts[0].discount if discounts else None,
        price=price,
        old_price=old_price,
    )


_NEXT_SENTENCE_REACH = 100


def _validity_follows(text: str, end: int, today: date) -> bool:
    """Whether the sentence after a price cut says how long it is valid ("… 9.900 din umesto 12.400 din. Važi do 15.
    decembra."): a product's line in a price list is not dated so."""
    rest = text[end:end + _NEXT_SENTENCE_REACH].split("\n", 1)[0]
    spans = _sentences(rest) if _VALIDITY_RE.search(rest) else []
    return bool(spans) and _validity_period(rest[spans[0][0]:spans[0][1]], today, leading=False) is not None


# An e-mail's subject and preheader only preview what its body tells in full: "Тема: … подарки до 25 декабря
# Прехедер: … сертификаты — со скидкой".
_EMAIL_HEADER_RE = re.compile(r"(?:subject|тема|predmet|предмет|pre-?header|прехедер|preview\s{1,2}text)\s{0,2}:",
                              re.IGNORECASE)
# When an order is handed over, set apart, is no offer's period: "Скидка 10% на предзаказ остаётся, выдача — с 29 по 31
# декабря" ("order for pickup December 1 – 23 and get 15% off" is the offer's).
_HANDOVER_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:выдач[аиу]|самовывоз|доставк[аиу]|pick-?up|delivery|deliveries|preuzimanje|isporuk[aeu]"
    r"|преузимање|испорук[аеу])(?:\s{1,2}(?:заказов|заказа|orders?|porudžbin[ae]|поруџбин[ае]))?\s{0,2}[:—–-]\s{0,2}$",
    re.IGNORECASE,
)
_HANDOVER_REACH = 30
# A service the offer is for, said to start, run or end on its own dates: "Winter session starts January 11", "ski
# season opens December 12", "занятия начинаются 12 января", "nastava počinje 15. septembra". Those are the service's
# dates, not the offer's.
_SERVICE_START_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:sessions?|semester|term|classes|class|lessons|courses?|camps?|leagues?|season|school|rehearsals?"
    r"|practices?|занятия|обучение|курсы?|сезон|смена|смены|nastava|časovi|kursevi|kurs|sezona|škola|kamp|настава"
    r"|часови|курсеви|курс|сезона|школа|камп)"
    r"\s{1,2}(?:(?:will|officially)\s{1,2})?(?:starts?|begins?|opens?|resumes?|kicks?\s{1,2}off|runs?|ends?"
    r"|начина\w{2,4}|начн\w{2,4}|старту\w{1,3}|открыва\w{3,4}|откро\w{3,4}|заканчива\w{3,4}|počinj\w|почињ\w"
    r"|startuj\w|стартуј\w|traje|траје|završava|завршава)"
    r"(?:\s{1,2}(?:on|from|с|od|од))?\s{0,2}$",
    re.IGNORECASE,
)
_SERVICE_VERB_RE = re.compile(r"(?:starts?|begins?|opens?|runs?|ends?|начина\w{2,4}|počinj\w|почињ\w)\s", re.IGNORECASE)
# A cutoff for delivery in time, right after its date, is the shop's shipping deadline, not the offer's last day:
# "order by December 18 for Christmas delivery", "by Dec 15 to arrive before the holidays" ("by Dec 18 for free
# delivery" is the offer).
_SHIPPING_AFTER_RE = re.compile(
    r"[ \t,]{0,3}(?:(?:for|in\s{1,2}time\s{1,2}for)\s{1,2}(?:(?!free(?![\w-]))[\w'’-]{1,20}\s{1,2}){0,2}"
    r"(?:delivery|shipping|arrival)|to\s{1,2}(?:arrive|ship|be\s{1,2}delivered)|для\s{1,2}доставки"
    r"|za\s{1,2}isporuku|за\s{1,2}испоруку)(?![\w-])",
    re.IGNORECASE,
)
# How a run that is over is told, right before its dates: "which ran October 1–31 last year", "was held March 1–15",
# "проходила с 1 по 15 марта", "trajala je od 1. do 15. marta".
_PAST_RUN_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:ran|held|took\s{1,2}place|проходил[аио]?|длил(?:ся|ась|ось)|trajal[aoi]|trajao|трајал[аои]"
    r"|трајао|održan[aoi]?|одржан[аои]?)(?:\s{1,2}(?:je|је))?(?:\s{1,2}(?:from|on|с|od|од))?\s{0,2}$",
    re.IGNORECASE,
)


# When what the offer gives may be spent, right before its dates: "bonus cards are valid January 2 – 31", "reward
# dollars redeemable through March 1". The offer runs on its own dates.
_BONUS_USE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:bonus|reward)s?\s{1,2}(?:gift\s{1,2})?(?:cards?|certificates?|bucks|cash|dollars|points|coupons?)"
    r"\s{1,2}(?:(?:are|is|will\s{1,2}be)\s{1,2})?(?:valid|redeemable|good|usable)"
    r"(?:\s{1,2}(?:from|on|between|through|thru|until|till|in))?\s{0,2}$",
    re.IGNORECASE,
)


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATELINE_DASH_RE = re.compile(r"\.?\s{0,2}(?:[—–]|--?)\s")


def _offer_periods(sentence: str, today: date) -> list[Period]:
    """The periods of a sentence that may be its offer's: not a handover's, a service's own season, a shipping cutoff,
    nor, beside another, a run that is over."""
    periods = []
    for p in find_periods(sentence, today=today):
        verb = _SERVICE_VERB_RE.match(p.raw)
        before = sentence[max(0, p.start - _HANDOVER_REACH):p.start + (verb.end() - 1 if verb else 0)]
        if (_HANDOVER_BEFORE_RE.search(sentence, max(0, p.start - _HANDOVER_REACH), p.start)
                or _SERVICE_START_BEFORE_RE.search(before) or _SHIPPING_AFTER_RE.match(sentence, p.end)
                or _BONUS_USE_BEFORE_RE.search(sentence, max(0, p.start - _HANDOVER_REACH - 10), p.start)):
            continue
        periods.append(p)
    if len(periods) > 1:
        # "The Pumpkin Sale, which ran October 1–31 last year, is back: 20% off through November 15"
        current = [p for p in periods
                   if not _PAST_RUN_BEFORE_RE.search(sentence, max(0, p.start - _HANDOVER_REACH), p.start)]
        periods = current or periods
    return periods


# The fields of a post's byline or a breadcrumb: "20.11.2026 / Марина Кузнецова / Акции", "Nov 20, 2026 | Deals".
_FIELD_SEPARATOR_RE = re.compile(r"\s[/|·•]\s|\s?[|•·]\s?")
_POSTED_RE = re.compile(
    r"^(?:posted|published|updated|by|опубликовано|обновлено|автор|objavljeno|ažurirano|објављено|ажурирано)"
    r"(?:\s{1,2}(?:on|in))?:?\s{1,2}", re.IGNORECASE)


def _byline(sentence: str, today: date) -> bool:
    """Whether a line is a post's byline: fields set apart by slashes or bars, one of them only the post's date, every
    promotion word a category field ("Акции", "Deals"): "20.11.2026 / Марина Кузнецова / Акции"."""
    fields = [f.strip() for f in _FIELD_SEPARATOR_RE.split(sentence)]
    if len(fields) < 2:
        return False
    dated = False
    for field in fields:
        field = _POSTED_RE.sub("", field)
        if _CUE_RE.search(field) and not _is_generic(field):
            return False  # "Holiday Sale | Dec 1–24": the offer's name and its dates
        days = find_dates(field, today=today)
        if len(days) == 1 and not find_periods(field, today=today) and not field[:days[0][1]].strip(" ,.") and not (
                _WORD_RE.search(field[days[0][2]:])):
            dated = True
    return dated


# A change told with its date: "Starting December 1, Happy Hour runs 2–5 PM instead of 2–4" dates the change, not an
# offer.
_CHANGE_RE = re.compile(r"(?<![^\W\d_])(?:instead\s{1,2}of|вместо|umesto|уместо)(?![^\W\d_])", re.IGNORECASE)
# A sentence that only names the offer the one before told: "That's our Bridgestone Holiday Rebate.", "Это акция
# «Семейный тариф».", "To je akcija „Zimska štednja“."
_NAMING_RE = re.compile(
    r"(?:that['’]s|that\s{1,2}is|this\s{1,2}is|it['’]s|it\s{1,2}is|это|to\s{1,2}je|ово\s{1,2}је|то\s{1,2}је)\s{1,2}"
    r"(?:(?:our|the|наша|наш|naša|naš|наша)\s{1,2})?(?:(?:акция|akcija|акција|offer|promotion)\s{1,2})?"
    r"(?:«(?P<q1>[^«»\n]{2,60})»|„(?P<q2>[^„“”\n]{2,60})[“”]|“(?P<q3>[^“”\n]{2,60})”"
    r"|(?-i:(?P<name>[A-Z][\w'’&-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’&-]{0,30}|&)){1,4})))[.!]?",
    re.IGNORECASE,
)
# A sentence opening with a word that stands for the offer just named: "It took 25% off", "Ona je donela 20% popusta".
_ANAPHOR_RE = re.compile(
    r"(?:it|they|она|ona)\s{1,2}(?!is\s|are\s|'s\s|’s\s)"
    r"|(?:this|that|the|эта|та|ova|ta|ова)\s{1,2}(?:sale|offer|deal|promotion|promo|event|акция|распродажа|akcija"
    r"|акција|ponuda|понуда)(?![^\W\d_])",
    re.IGNORECASE,
)


def _excluded(sentence: str, discounts: list[_Found]) -> bool:
    """Whether a sentence says where an offer does not apply ("Акция не действует в …"), not an offer with its
    exceptions set apart after it ("10% popusta na ceo asortiman (ne važi u web shopu)", "20% off all boots; not valid
    on clearance"), or says that what it prices is no offer at all ("это обычный тариф, а не акция")."""
    if _NOT_AN_OFFER_RE.search(sentence):
        return True
    first = discounts[0].start if discounts else None
    for m in _EXCLUSION_RE.finditer(sentence):
        if first is not None and m.start() > first and _EXCEPTION_LEAD_RE.search(sentence, first, m.start()):
            continue
        return True
    return False


# A price said not to be an offer: "обычный праздничный тариф, а не акция", "not a sale", "to nije akcija"; nor is a
# discount said to be permanent ("Для пенсионеров — постоянная скидка 5%", "stalni popust", "a permanent 10% discount"):
# a standing term of the price list, with no run of its own.
_NOT_AN_OFFER_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:(?:а|и)\s{1,2}не|это\s{1,2}не|не|not|nije|није)\s{1,2}(?:a\s{1,2})?"
    r"(?:акция|акцией|скидка|распродажа|sale|promotion|promo|special\s{1,2}offer|akcija|akcijska|акција|popust|попуст)"
    r"|постоянн\w{2,3}\s{1,2}(?:\d{1,2}\s?(?:%|-?процентн\w{2,3})\s{1,2})?скидк\w{1,3}"
    r"|(?:stal|трајн|trajn)\w{1,3}\s{1,2}popust\w{0,3}|(?:стал|трајн)\w{1,3}\s{1,2}попуст\w{0,3}"
    r"|permanent\s{1,2}(?:\d{1,2}\s?%\s{1,2})?discount)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_EXCEPTION_LEAD_RE = re.compile(r"[,;(—–]|\s-\s")


def _product_line(sentence: str) -> bool:
    """Whether a sentence names the item its prices are for before them ("Dunmore Leather Sofa — Now $899"): a product
    in a list, unless the name is an offer's own ("Gift Set Trio Special — $49 (was $65)", "„Кафа за пут“ – …")."""
    if (item := _QUOTED_ITEM_LEAD_RE.match(sentence)) is not None:
        # "Тюль «Вуаль» — 690 ₽ вместо 890 ₽": a thing and its quoted model or brand, not "Акция «…» — …"
        return _CUE_RE.search(item.group("what")) is None
    headline = _headline(sentence)
    return headline is not None and not _is_offer_name(headline) and _QUOTED_LEAD_RE.match(sentence) is None


# A line led by a thing and its quoted model or brand, then a dash: "Тюль «Вуаль» — …", "Sofa „Milano“ – …".
_QUOTED_ITEM_LEAD_RE = re.compile(
    r"(?P<what>[^\W\d_][\w-]{1,30}(?:[ \t][^\W\d_][\w-]{1,30})?)[ \t]{1,2}[«„“\"][^«»„“”\"\n]{1,40}[»“”\"]"
    r"[ \t]{0,2}[-–—][ \t]"
)


def _bare_prices(sentence: str, prices: list[Price], cues: list[re.Match[str]]) -> bool:
    """Whether a sentence is only prices and the words that pair them: "was $49.99 now $39.99", "$24.99 (Reg. $39.99)",
    "2 for $3"."""
    rest = sentence
    for start, end in sorted([(p.start, p.end) for p in prices] + [c.span() for c in cues], reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return not _WORD_RE.search(_OLD_PRICE_RE.sub(" ", rest))


# "For a limited time", "Limited-time offer", "ограниченное время": a card's item on sale is an offer of its own.
_LIMITED_TIME_RE = re.compile(
    r"(?<![^\W\d_])(?:limited[- ]time|(?:ограниченн|ограничен)\w{0,3}\s{1,2}(?:время|врем\w|срок\w{0,2})"
    r"|ograničen\w{0,3}\s{1,2}(?:vreme|vremen\w{0,2}|period\w{0,2})|ограничен\w{0,3}\s{1,2}(?:време|времен\w{0,2}))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# "Samo tog dana popust 20%", "Только в этот день — скидка 15%", "That day only, 20% off": the one day the sentence
# before named
_THAT_DAY_RE = re.compile(
    r"(?<![^\W\d_])(?:tog\s{1,2}dana|тог\s{1,2}дана|в\s{1,2}(?:этот|тот)\s{1,2}день|that\s{1,2}day)(?![^\W\d_])",
    re.IGNORECASE,
)
_DAY_BEFORE_REACH = 240  # characters back to the sentence that named the day


def _day_before(text: str, start: int, anaphor: re.Match[str], today: date) -> Period | None:
    """The single date named just before a sentence that speaks of "that day", as its one-day period."""
    window = text[max(0, start - _DAY_BEFORE_REACH):start]
    days = {day for day, _, _ in find_dates(window, today=today)}
    if len(days) != 1:
        return None
    day = days.pop()
    return Period(day, day, anaphor.group(0), anaphor.start(), anaphor.end(), False)


# A period said only by a weekday ("through Sunday", "Starting Friday"): no digit, a weekday's name.
_BARE_WEEKDAY_RE = re.compile(r"(?<![^\W\d_])" + WEEKDAY_NAMES + r"(?![^\W\d_])", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")


def _weekday_after_day_before(text: str, start: int, period: Period, today: date) -> Period:
    """A weekday said after a sentence that named one later day by its weekday and date counts from that day, the
    text's own time, not from today ("Doors open Friday, November 27. Take 30% off through Sunday.": the 29th)."""
    window = text[max(0, start - _DAY_BEFORE_REACH):start]
    # only a text that dates its days by weekday speaks of its weekdays so: "Order by December 18. Sale ends Sunday."
    # is the coming Sunday
    if not _BARE_WEEKDAY_RE.search(window):
        return period
    days = {day for day, _, _ in find_dates(window, today=today)}
    if len(days) != 1:
        return period
    day = days.pop()
    if day <= today:
        return period

    def moved(weekday: date | None) -> date | None:
        return weekday and day + timedelta(days=(weekday.weekday() - day.weekday()) % 7)

    return replace(period, valid_from=moved(period.valid_from), valid_to=moved(period.valid_to))


# "ride free", "free washes": something given away; not "toll-free", "sugar-free", "feel free", nor a free event
# ("a free workshop on December 5" is the event's date, not an offer's), nor a standing service ("free delivery
# until December 31" says how long the service lasts).
_FREE_RE = re.compile(
    r"(?<![\w-])(?<!toll\s)(?<!feel\s)(?<!feels\s)free(?![\w-])"
    r"(?!\s{1,2}(?:of\s{1,2}(?!charge)|to\s|(?:[\w-]+\s{1,2})?(?:class|classes|workshops?|seminars?|webinars?|lectures?"
    r"|concerts?|screenings?|talks?|events?|meetups?|sessions?|clinics?|tastings?|admission\s{1,2}day"
    r"|delivery|shipping|parking|wi-?fi|returns|gift\s{1,2}wrapping)(?![\w-])))"
    # "бесплатно", "besplatno": the same, a service given free either side of it ("доставка бесплатно") is none
    r"|(?<![\w-])(?<!доставка\s)(?<!парковка\s)(?<!вход\s)(?<!dostava\s)(?<!достава\s)(?<!ulaz\s)(?<!улаз\s)"
    r"(?:бесплатн|besplatn)\w{0,4}(?![\w-])(?!\s{1,2}(?:доставк|парковк|вход|консультац|мастер-класс|лекци|экскурси"
    r"|семинар|вебинар|заняти|урок|проверк|осмотр|диагностик|dostav|parking|ulaz|konsultac|predavanj|radionic|čas"
    r"|pregled|достав|паркинг|улаз|консултац|предавањ|радиониц|час|преглед|wi-?fi))",
    re.IGNORECASE,
)
# "placed by December 18", "before Dec 1": a deadline for something else, not how long a freebie lasts.
_DEADLINE_RE = re.compile(r"(?:by|before)(?![\w-])", re.IGNORECASE)
# Words that say a sentence gives the validity of the promotion named just before:
# "Valid October 1–31", "Акция действует до …" (without a cue: "Действует до …"), "Važi do …".
_VALIDITY_RE = re.compile(
    r"\b(?:valid|good|runs?|ends?|expires?|exp(?=\.?\s{0,2}:?\s{0,2}\d)|lasts?|starts?|starting|begins?|начинается|стартует|počinje|почиње"
    r"|действу\w{1,4}|действительн\w{1,3}|продлится"
    r"|продлятся|проходит|проходят|проводится|длится|продолжается|važi|vazi|важи|važe|vaze|важе|traje|траје"
    # a hurry to a date is to the offer's last day: "Успейте оформить до 31.12"; not a hurry to a season ("Успейте до
    # праздников: в декабре очередь на сушку …"), whose dates are something else's
    r"|(?:успейте|успеть|hurry|požurite|пожурите)(?=[\s,!]{1,3}(?:[^\W\d_]{1,14}\s{1,2}){0,3}?"
    r"(?:до|by|before|until|till|do|to)\s{1,2}(?:\d|the\s|end|конца|краја|kraja|[^\W\d_]{3,10}\.?\s{1,2}\d|"
    + WEEKDAY_NAMES + r"))"
    # paying or buying by a date is the offer's last day: "При оплате абонемента до 31 октября", "pri kupovini do …"
    r"|(?:при|pri)\s{1,2}(?:оплате|покупке|kupovini|uplati|куповини|уплати)|(?:uz|уз)\s{1,2}(?:kupovinu|куповину)"
    # when it can be bought is when it runs: "Оформить можно с 1 по 20 декабря", "Može se kupiti do 15. januara"
    r"|(?:оформить|купить|приобрести)\s{1,2}можно|можно\s{1,2}(?:оформить|купить|приобрести)"
    r"|(?:može|може)\s{1,2}(?:se|се)\s{1,2}(?:kupiti|uplatiti|купити|уплатити)"
    # a deadline to join the offer is its last day: "Sign up by Dec. 31", "Запишитесь до 20 декабря"
    r"|(?:sign\s{1,2}up|join|enroll|register|запиши\w{2,4}|подключи\w{2,4}|prijavi\w{2,4}(?:\s{1,2}se)?"
    r"|пријави\w{2,4}(?:\s{1,2}се)?|upiši\w{2,4}(?:\s{1,2}se)?|упиши\w{2,4}(?:\s{1,2}се)?)(?=\s{1,2}(?:by|before|до|do)\s)"
    # so is one to order: "Orders through December 31", "Поруџбине до 31. децембра", "Заказы до 20 декабря"
    r"|(?:orders?|заказы|поруџбине|porudžbine|porudzbine|narudžbine|narudzbine|наруџбине)"
    r"(?=\s{1,2}(?:(?:placed|received)\s{1,2})?(?:by|before|until|through|thru|до|do|primamo|примамо)\s)"
    r")\b",
    re.IGNORECASE,
)
# A proper name in an English question: "Is the Winter Whitening Special still on?"
# "Switch & Save": an ampersand joins a Title Case name
_TITLE_CASE_RUN_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:&[ \t]{1,2})?[A-Z][\w'’-]{0,30}){1,4}")


def _validity_period(sentence: str, today: date, leading: bool) -> Period | None:
    """The period of a sentence that says how long something is valid ("Valid October 1–31, 2026",
    "Действует до 28 февраля"), or, when `leading`, one that opens with its dates ("До 30 ноября …")."""
    period = _pick_period(_offer_periods(sentence, today))
    if period is None or _EXCLUSION_RE.search(sentence):
        return None
    if _VALIDITY_RE.search(sentence, 0, period.end) or (leading and period.start <= 2):
        return period
    return None


def _fine_print_subject(mention: _Mention) -> bool:
    """Whether a mention gives nothing but dates, about no offer but "the" one ("Offer ends …", "Coupon expires …")."""
    return (mention.discount is None and mention.price is None and mention.period is not None
            and mention.headline is None and (not mention.named or len(mention.name.split()) == 1 or _is_generic(mention.name)))


def _fine_print_period(sentence: str, today: date) -> Period | None:
    """The period of a sentence that says how long an offer is valid, led by its validity word ("Valid through 12/31",
    "Offer ends Nov 30", "Expires December 20")."""
    return _validity_period(sentence, today, leading=False) if _VALIDITY_RE.search(sentence) else None


def _validity_only(text: str, span: tuple[int, int], today: date, previous: _Mention) -> _Mention | None:
    """A sentence that only gives the period of the promotion the sentence before named.

    "Save up to 40% on rakes. Valid October 1–31, 2026." and "Акция «Домашний
    интернет за 1 рубль». До 30 ноября 2026 года первый месяц — за 1 рубль.":
    a validity word, or the dates opening the sentence right after a bare
    announcement of the name.
    """
    s, e = span
    sentence = text[s:e]
    # a line of nothing but dates under the offer's line is its date badge: "20% off cold relief" / "Thru 10/31"; right
    # after the offer's own sentence it may say its period in words: "… со скидкой 50%. До конца месяца."
    period = _validity_period(sentence, today, leading=not previous.has_facts) or _date_line(
        sentence, today, in_words=True)
    if period is None:
        return None
    price, old_price = _pick_prices(sentence, find_prices(sentence))
    return _Mention(name=previous.name, named=True, refers_back=True, has_cue=False, headline=None, start=s, end=e,
                    period=period, discount=None, price=price, old_price=old_price)


# An English event-like promotion named in Title Case and said to run: "Flu Shot Days run
# through November 30", "The Holiday Toy Drive continues until Dec 20". Names of
# schedules ("Holiday Hours run through January 2") are not promotions.
_RUNS_RE = re.compile(
    r"(?:(?:[Tt]he|[Oo]ur)\s{1,2})?(?P<name>[A-Z][\w'’&-]{0,30}(?:\s{1,2}(?:[A-Z][\w'’&-]{0,30}|&|of|for|and)){1,5})"
    r"\s{1,2}(?:runs?|continues?|lasts?|is\s{1,2}on|are\s{1,2}on|is\s{1,2}back|are\s{1,2}back|returns?|ends?"
    # told when it is over: "The Fall Framing Event wrapped up on November 8"
    r"|ran|ended|wrapped\s{1,2}up)\b"
)
# The same after a lead-in, where "the" or "our" marks where the name starts: "Looking ahead, our Heirloom Clock Tune-Up
# runs January 4 through 31", "Mark your calendar: the New Year Jewelry Event runs …".
_RUNS_AFTER_LEAD_RE = re.compile(
    r"(?<![\w'’-])(?:the|our)\s{1,2}(?P<name>[A-Z][\w'’&-]{0,30}(?:\s{1,2}(?:[A-Z][\w'’&-]{0,30}|&|of|for|and)){1,5})"
    r"\s{1,2}(?:runs?|continues?|lasts?)\b"
)


def _runs(sentence: str) -> re.Match[str] | None:
    """A Title Case name said to run, opening its sentence or after a lead-in."""
    return _RUNS_RE.match(sentence) or _RUNS_AFTER_LEAD_RE.search(sentence)
# An offer said to be extended: "We've extended Switch & Save through January 15", "Happy Hour has been extended",
# "Cyber Week is extended through Sunday".
# Searched, not matched: a lead-in may come first ("Good news: our Snow Day Sale has been extended …").
_EXTENDED_RE = re.compile(
    r"(?<![\w'’-])(?:[Ww]e(?:['’]ve|\s{1,2}have)?\s{1,2}(?:just\s{1,2})?extended\s{1,2}(?:(?:the|our)\s{1,2})?"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:\s{1,2}(?:[A-Z][\w'’-]{0,30}|&)){0,4})(?![\w'’-])"
    r"|(?:(?:[Tt]he|[Oo]ur)\s{1,2})?(?P<subject>[A-Z][\w'’-]{0,30}(?:\s{1,2}(?:[A-Z][\w'’-]{0,30}|&)){0,4})"
    r"\s{1,2}(?:(?:has|have)\s{1,2}been|is|are|was|were)\s{1,2}extended(?![\w-]))"
)
# A quoted name as the subject of a verb of lasting, starting or ending.
_QUOTED_SUBJECT_RE = re.compile(
    r"(?:«(?P<a>[^«»\n]{2,60})»|„(?P<b>[^„“”\n]{2,60})[“”]|“(?P<c>[^“”\n]{2,60})”)\s{1,2}"
    # a dash may set the name off, as a list's item does: "«Декабрьские хризантемы» — продлили до 20 декабря!"
    r"(?:[—–-]\s{1,2})?(?:(?:je|је|se|се|was|is|мы|smo|смо)\s{1,2})?"
    r"(?:завершил(?:ся|ась|ось)|закончил(?:ся|ась|ось)|продлится|продлилась|продлился|длилась|длился|действует"
    r"|действовала|действовал|проходит|проходила|проходил|стартует|стартовала|стартовал|начн[её]тся|началась|начался"
    r"|traje|trajala|trajao|važi|važila|važio|počinje|počela|počeo|završila|završio|траје|трајала|трајао|важи|важила"
    r"|почиње|почела|почео|завршила|завршио|runs|ran|ends|ended|starts|started|lasts|lasted"
    r"|продлен[аоы]?|продлён|продлили|продужен[аои]?|продужили|produžen[aoi]?|produzen[aoi]?|produžili|extended)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_NOT_EVENT_WORDS = frozenset(
    "hours schedule schedules office offices store stores branch branches lobby drive-thru drive-up pharmacy clinic "
    "center centre service services line lines registration enrollment season closure closures closing closings "
    "deadline deadlines "
    # an exhibition the company goes to: "The Knoxville Boat Show is back at the Expo Center, January 8-10"
    "show shows expo exhibition conference".split()
)


def _event_run(text: str, span: tuple[int, int], today: date) -> _Mention | None:
    """"Flu Shot Days run through November 30": a Title Case name that runs over a period, no cue word."""
    s, e = span
    sentence = text[s:e]
    quoted = _QUOTED_SUBJECT_RE.match(sentence)
    if quoted is not None:
        # "«Весенний чек-ап» завершился 31 марта 2026 года", "„Zimski popust“ traje do 31. januara"
        period = _pick_period(find_periods(sentence, today=today))
        name = next(v for v in quoted.group("a", "b", "c") if v is not None).strip()
        if period is None or _is_generic(name):
            return None
        return _Mention(name=name, named=True, refers_back=False, has_cue=False, headline=None, start=s, end=e,
                        period=period, discount=None, price=None, old_price=None)
    m = _runs(sentence) or _EXTENDED_RE.search(sentence)
    name = m and (m.group("name") or m.group("subject") if m.re is _EXTENDED_RE else m.group("name"))
    if not name or not _is_event_name(name) or name.casefold() in ("it", "this"):
        return None
    # read in the whole sentence, so that "we've extended … through May 3" marks the dates as an extension
    # the verb may be the period's own cue: "wrapped up on November 8"
    period = _pick_period([p for p in find_periods(sentence, today=today) if p.end > m.end()])
    if period is None:
        return None
    return _Mention(name=name, named=True, refers_back=False, has_cue=False, headline=None, start=s,
                    end=e, period=period, discount=None, price=None, old_price=None)


def _is_event_name(name: str) -> bool:
    """Whether a Title Case subject said to run is an event's name ("Flu Shot Days"), not a schedule's ("Holiday
    Hours")."""
    words = name.split()
    capitals = [w for w in words if w[:1].isupper()]
    # "Early Bird Registration is extended": an early-bird price is an offer, whatever it is on
    return (name[:1].isupper() and len(capitals) >= 2 and words[-1][:1].isupper()
            and (not any(w.casefold() in _NOT_EVENT_WORDS for w in words) or _EARLY_BIRD_RE.match(name) is not None))


_EARLY_BIRD_RE = re.compile(r"early[\s-]{1,2}bird(?![\w-])", re.IGNORECASE)


def _is_offer_name(heading: str) -> bool:
    """Whether a heading is an offer's own name: a sale word in it ("Cyber Weekend Sale", "Акция «…»") or Title Case
    ending in an offer noun ("Thanksgiving Week Savings", "Black Friday Doorbusters")."""
    words = heading.replace(",", " ").split()
    if _CUE_RE.search(heading) and not _is_generic(heading):
        return True
    if len(words) >= 2 and _PICK_OF_PERIOD_RE.search(heading):
        return True  # "Сорт недели", "Deal of the Day", "Knjiga meseca": a pick that changes with the week is an offer
    return _is_title_case(heading) and words[-1].casefold().strip("!.:") in _OFFER_NOUNS


def row_title(headings: tuple[str, ...], columns: tuple[str, ...]) -> str | None:
    """The title of a table row's offers: the heading over the table when it names one offer ("Зимний пакет»"); none
    when the first column or the heading names several ("Акция | Условия | Срок", "Акции декабря": each row's first
    cell names its own); else the last column's heading, so a price list's rows ("Товар | Цена | Цена по акции")
    stay one offer, not one per product.
    """
    heading = headings[-1] if headings else ""
    if _heads_several_offers(heading) or (_is_generic(columns[0]) and _CUE_RE.search(columns[0])):
        return None
    if _QUOTED_RE.search(heading) or _is_offer_name(heading):
        return heading
    return columns[-1]


def _heads_several_offers(heading: str) -> bool:
    """Whether a heading names its offers in the plural ("Децембарске акције", "Holiday deals"): a list of offers."""
    # "Акции и хранение шин" too: offers and a service, each offer under it named on its own
    words = _QUOTES_AND_PUNCT_RE.sub(" ", heading).split()
    return any(w.casefold() in _PLURAL_OFFER_WORDS for w in words)


# An offer word in the plural: a heading ending in one is over a list of offers, each with its own name.
_PLURAL_OFFER_WORDS = frozenset(
    "акции акций скидки распродажи предложения спецпредложения akcije popusti ponude sniženja акције попусти понуде "
    "снижења deals specials offers sales promotions promos".split()
)


# What a pick is "of": "… недели", "… of the Month", "… nedelje"; the period it changes with.
_PICK_OF_PERIOD_RE = re.compile(
    r"(?<=\w)[ \t]{1,2}(?:недели|месяца|дня|of[ \t]{1,2}the[ \t]{1,2}(?:week|month|day)|nedelje|meseca|dana|недеље|месеца"
    r"|дана)$",
    re.IGNORECASE,
)


def _line_quoted_lead(text: str, start: int) -> str | None:
    """The quoted name opening the line a sentence is on, when the sentence is not the line's first."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start or not text[line_start:start].strip():
        return None
    lead = _QUOTED_LEAD_RE.match(text, line_start)
    return lead.group(0).strip(" –—-:«»„“”") if lead else None


# The framing word may be a label of its own: "Новинка: «Мандариновый букет» — с 15 по 30 декабря … скидка 300 ₽".
_FRAMED_QUOTED_LEAD_RE = re.compile(
    r"\s{0,3}[^\W\d_]{3,12}:?\s{1,2}(?P<q>«[^»\n]{2,40}»|„[^“”\n]{2,40}[“”]|“[^”\n]{2,40}”)\s{0,2}(?:[–—-]\s|:\s)"
)
_OPENING_QUOTE_RE = re.compile(r"\s{0,3}(?:«([^»\n]{2,40})»|„([^“”\n]{2,40})[“”]|“([^”\n]{2,40})”)")
# A quote after the preposition a discount is on: "на комплекс «…»", "on the “…” set", "na paket „…“".
_ITEM_QUOTE_RE = re.compile(r"(?<![^\W\d_])(?:на|on|na|for|за|za)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,2}[«„“]", re.IGNORECASE)
_QUOTED_LEAD_RE = re.compile(r"\s{0,3}(?:«[^»\n]{2,40}»|„[^“”\n]{2,40}[“”]|“[^”\n]{2,40}”)\s{0,2}(?:[–—-]\s|:\s)")
# A quoted word or two that Title Case words go on from, before the colon: "“Slow Season” Pontoon Deal: 30% off" is
# named by all of it.
_QUOTED_TITLE_LEAD_RE = re.compile(
    r"\s{0,3}(?:«(?P<q1>[^»\n]{2,40})»|„(?P<q2>[^“”\n]{2,40})[“”]|“(?P<q3>[^”\n]{2,40})”|\"(?P<q4>[^\"\n]{2,40})\")"
    r"(?P<rest>(?:[ \t]{1,2}[A-Z][\w'’-]{0,30}){1,3})\s{0,2}(?:[–—-]\s|:\s)"
)
_CODE_NAME_RE = re.compile(r"[A-Z0-9][A-Z0-9_-]{2,20}")


def _own_offer_name(name: str) -> bool:
    """A Title Case name of two or more words ending in an offer noun ("Grand Opening Sale" in a list under "Grand-Opening
    Offers at the Glenpool Store"): an offer of its own, not a looser naming of the card's."""
    words = name.split()
    return len(words) >= 2 and _is_title_case(name) and words[-1].casefold().strip("!.:") in _OFFER_NOUNS


def _same_offer_in_card(name: str, heading: str) -> bool:
    """Whether a name read in an offer's card is that offer: its promo code ("CYBER20" under "Cyber Weekend") or a
    looser naming of it ("Black Friday deals" under "Black Friday Blowout")."""
    if _CODE_NAME_RE.fullmatch(name):
        return True
    ours = {_stem(t) for t in promotion_key(heading).split() if not _is_soft(t)}
    theirs = {_stem(t) for t in promotion_key(name).split() if not _is_soft(t)}
    return bool(ours & theirs)


def _offer_named_before(text: str, span: tuple[int, int], today: date) -> tuple[str, Period | None] | None:
    """An offer's Title Case name as the subject of the sentence before ("Our Fall Harvest Festival (October 1–31,
    2026) has wrapped up."), with the dates that sentence gives."""
    sentence = text[span[0]:span[1]]
    name = _title_case_subject(sentence, len(sentence))
    if name is None or not sentence.lstrip().startswith((name, "Our " + name, "The " + name, "This " + name)):
        return None
    if _WORD_RE.search(sentence, sentence.find(name) + len(name)) is None:
        return None  # a line of nothing but the name is a heading line or a card's eyebrow ("Unlimited Club"), read as such
    return name, _pick_period(find_periods(sentence, today=today))


# An event told of again in lower case: "During the open house, everything is 15% off", "at the sidewalk sale".
_DURING_EVENT_RE = re.compile(
    r"(?<![^\W\d_])(?:[Dd]uring|[Aa]t)\s{1,2}(?:the|our)\s{1,2}"
    r"(?P<what>[a-z][a-z'’-]{2,20}(?:[ \t]{1,2}[a-z][a-z'’-]{2,20}){0,2})(?![\w'’-])"
)


def _event_named_before(
    text: str, span: tuple[int, int], sentence: str, today: date,
) -> tuple[str, Period | None] | None:
    """The Title Case event of the sentence before, which this sentence's offer is during ("The Holiday Open House is
    December 5. During the open house, everything is 15% off."), with the dates that sentence gives."""
    during = _DURING_EVENT_RE.search(sentence)
    if during is None:
        return None
    what = during.group("what").casefold()
    before = text[span[0]:span[1]]
    for run in _TITLE_CASE_RUN_RE.finditer(before):
        words = run.group(0).split()
        if words[0] in ("The", "Our", "This"):
            words = words[1:]
        name = " ".join(words)
        if len(words) > len(what.split()) and name.casefold().endswith(" " + what):
            period = _pick_period(find_periods(before, today=today))
            if period is None and len(days := find_dates(before, today=today)) == 1:
                day, start, end = days[0]  # "… is December 5": the event's one day
                period = Period(day, day, before[start:end], span[0] + start, span[0] + end)
            return name, period
    return None


# a currency sign before its amount is no junk: an offer named by its discount is "$10", not "10"
_NAME_LEAD_JUNK = re.compile(r"^(?:(?![$€£¥₽]\s?\d)[\W_])+")
# A word telling the offer's state after its name is no part of it: "Akcija Zimska zamena produžena je do …".
_STATUS_AFTER_NAME_RE = re.compile(
    r"(?<=\w)[ \t]{1,2}(?:продлен[аоы]?|продлён|продолжается|продолжена|продужен[аоеи]?|produžen[aoei]?"
    r"|produzen[aoei]?|extended|continues)$",
    re.IGNORECASE,
)


def _clean_name(mention: _Mention, today: date) -> _Mention:
    """A name without the symbols before it ("🖤 Crni petak"), a state word after it ("… produžena") and a date that
    ends it ("Crni petak 27.11.", "Чёрная пятница 27.11"): the date is the offer's day when nothing else gives its
    period."""
    name = _STATUS_AFTER_NAME_RE.sub("", _NAME_LEAD_JUNK.sub("", mention.name))
    dates = find_dates(name, today=today)
    period = mention.period
    periods = find_periods(name, today=today) if dates else []
    if periods and name[periods[-1].end:].strip(" .)") == "" and periods[-1].start > 0:
        # "Black Friday Weekend · Nov 27th–30th": the range goes whole, and is the offer's when nothing else dates it
        name = name[:periods[-1].start].rstrip(" –—-,(·•|/")
        if period is None:
            period = replace(periods[-1], start=mention.start, end=mention.start)
    elif dates and name[dates[-1][2]:].strip(" .") == "" and dates[-1][1] > 0:
        day = dates[-1][0]
        name = name[:dates[-1][1]].rstrip(" –—-,(·•|/")  # "Black Friday Weekend · Nov 27th"
        if period is None:
            period = Period(day, day, mention.name, mention.start, mention.start)
    if not name or name == mention.name and period is mention.period:
        return mention
    return replace(mention, name=name, period=period)


def _shortens(name: str, heading: str) -> bool:
    """Whether a name is the heading's with words left off: "Rani booking" of "Rani booking za leto 2027"."""
    ours = [t for t in promotion_key(name).split() if t not in _STOP_WORDS]
    theirs = [t for t in promotion_key(heading).split() if t not in _STOP_WORDS]
    return (len(ours) >= 2 and len(theirs) > len(ours)
            and all(any(_tokens_match(t, h) for h in theirs) for t in ours))


def _is_code_name(sentence: str, name: str) -> bool:
    """Whether a name is the promo code its sentence gives ("with code CYBER15")."""
    return _CODE_NAME_RE.fullmatch(name) is not None and any(
        c.group("code") and (code := _CODE_AFTER_RE.match(sentence, c.end())) and code.group("code") == name
        for c in _cues(sentence))


_STRETCHED_HOLIDAYS = frozenset(("black friday",))
# The weekdays a holiday's weekend can start on: it runs from the holiday to the Sunday after it.
_WEEKEND_EVES = (3, 4)
_WEEKDAY_NAMES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# A holiday's name, its weekend, then an offer word: "Cyber Monday Deals", "Black Friday Weekend Sale".
_HOLIDAY_OFFER_RE = re.compile(
    r"(?P<holiday>[\w' ’.-]{3,40}?)(?P<weekend> weekend)?(?: (?:sale|deals?|specials?|savings|event|doorbusters))?")


def _holiday_period(mention: _Mention, today: date) -> _Mention:
    """An offer named after a one-day holiday ("Cyber Monday", "Small Business Saturday") is on that day when nothing
    else dates it, as is one named by it and an offer word ("Cyber Monday Deals"); not Black Friday's, which as often
    runs the weekend ("Black Friday: 50% off everything!"), unless named so ("Black Friday Weekend Sale": Friday to
    Sunday)."""
    if mention.period is not None or mention.discount is None and mention.price is None:
        return mention  # a holiday's name over a notice ("Thanksgiving Day: Closed") is no offer
    name = mention.name.casefold()
    holiday = _HOLIDAY_OFFER_RE.fullmatch(name)
    weekend = holiday is not None and holiday.group("weekend") is not None
    if holiday is not None and (weekend or holiday.group("holiday").rsplit(" ", 1)[-1] in _WEEKDAY_NAMES):
        # a shopping day named by its weekday ("Cyber Monday Deals") is that day; not "Christmas Sale", a season
        name = holiday.group("holiday")
    key = HOLIDAY_SPELLINGS.get(name)
    if key is None or key in _STRETCHED_HOLIDAYS and not weekend:
        return mention
    day = next_holiday(key, today)
    if day is None or weekend and day.weekday() not in _WEEKEND_EVES:
        return mention
    # "Black Friday weekend" is the Friday through the Sunday after it, "Thanksgiving weekend" the Thursday through it
    last = day + timedelta(days=6 - day.weekday()) if weekend else day
    return replace(mention, period=Period(day, last, mention.name, mention.start, mention.start))


_HEADING_DISCOUNT_RE = re.compile(r"(?P<name>.{3,80}?)(?:\s{1,2}[—–-]|:)\s{1,2}(?P<rest>.{2,40})$")


def _split_heading_discount(title: str | None) -> tuple[str | None, Discount | None]:
    """"Signed First Editions — 20% off", "Mitten Sale: $5 off": the offer's name and the discount its heading
    states."""
    m = _HEADING_DISCOUNT_RE.match((title or "").strip())
    if not m:
        return title, None
    rest = m.group("rest")
    found = _discounts(rest, find_prices(rest), True)
    if not found or _CUE_RE.fullmatch(rest.strip()):
        return title, None
    return m.group("name").strip(), found[0].discount


# A sentence about opening hours dates a schedule, not the offer over it: "From December 12 through March 6, the office
# will keep shorter Saturday hours" under "Winter Saturdays".
_SCHEDULE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?<!happy\s)hours|часы\s{1,2}работы|режим\s{1,2}работы|график\s{1,2}работы|radno\s{1,2}vreme"
    r"|радно\s{1,2}време)(?![^\W\d_])",
    re.IGNORECASE,
)


def _card_period(sentence: str, today: date) -> Period | None:
    """The dates a sentence of an offer's card gives: with a validity word, opening the sentence ("Friday, Nov 27
    only · 6 AM until sold out"), or as the whole sentence ("Nov 25 – Dec 1.")."""
    periods = _offer_periods(sentence, today)
    period = _pick_period(periods) or _holiday_day(sentence, today)
    if period is None or _EXCLUSION_RE.search(sentence) or _SCHEDULE_RE.search(sentence):
        return None
    rest = (sentence[:period.start] + sentence[period.end:]).strip(" .,;:!·—–-")
    lead_in = sentence[:period.start]
    if (_VALIDITY_RE.search(sentence, 0, period.end) or period.start <= _LEADING_DATE_CHARS or not rest
            or (len(lead_in.split()) <= 3 and not re.search(r"\d", lead_in))  # "This week only (Dec 7–13)"
            or len(periods) == 1):  # the one period of a sentence in the offer's card
        return period
    return None


# What a card's date line may hold beside its dates: weekdays ("Sat, Dec 5", "Mon–Thu through Dec. 17"), a lead-in
# word and punctuation.
_DATE_LINE_REST_RE = re.compile(
    r"(?:[\W_]|" + WEEKDAY_NAMES + r"|пн|вт|ср|чт|пт|сб|вс|pon|uto|sre|čet|pet|sub|ned"
    r"|ponedeljak|utorak|sredu|četvrtak|petak|subotu|nedelju|понедељак|уторак|среду|четвртак|петак|суботу|недељу"
    # a conjunction may lead: "А 27 ноября, в «Чёрную пятницу», — скидка 20%", "And on Dec 5 …"
    r"|through|thru|until|till|ends?|only|on|до|по|od|do|от|с|в|во|u|у|and|а|и|a|i"
    # a run from today: "Now through Dec 24", "Sada do 24. decembra"
    r"|now|sada|сада|сейчас)*",
    re.IGNORECASE,
)


def _named_event(sentence: str, start: int, end: int, today: date) -> _Mention | None:
    """An offer with neither a discount nor a price, headed by its Title Case name and given its dates: "Double
    Points Weekend: Swirl Rewards members earn double points at all four shops, 27–30 November"."""
    headline = _headline(sentence)
    if headline is None or not _is_title_case(headline) or len(headline.split()) < 2:
        # "Our Pumpkin Chai Week (Oct 19–25) sold just over 4,000 cups": an offer's name with its dates in parentheses
        name = _name_before_parentheses(sentence, [], today)
        if name is None:
            name = _announced_name(sentence, today)
        if name is None or name.casefold() in HOLIDAY_SPELLINGS:
            return None
        period = _pick_period(find_periods(sentence, today=today)) or _offer_day(sentence, today, headed=False)
        if period is None:
            return None
        return _Mention(name=name, named=True, refers_back=False, has_cue=False, headline=None, start=start,
                        end=end, period=period, discount=None, price=None, old_price=None)
    if headline.casefold() in HOLIDAY_SPELLINGS:
        return None  # "Christmas Day (Dec 25): all cafés closed" is a notice, not an offer
    if headline.split()[-1].casefold().strip("!.:") not in _OFFER_NOUNS:
        return None
    # "Nevada Day, Friday Oct 30: our shop is closed": a day set off after a name, with no offer, is a notice's day
    period = _pick_period(find_periods(sentence, today=today)) or _offer_day(sentence, today, headed=False)
    if period is None:
        return None
    return _Mention(name=headline, named=True, refers_back=False, has_cue=False, headline=None, start=start,
                    end=end, period=period, discount=None, price=None, old_price=None)


# Two to five capitalised words, English small words between: "Battery Swap Week", "Twelve Days of Tea".
_TITLE_RUN = r"[A-Z][\w'’-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’-]{0,30}|of|the|and|&)){1,4}"
# A Title Case name announced before its colon or dash: "Then, December 7 through 13, it's Battery Swap Week: …".
_ANNOUNCED_NAME_RE = re.compile(
    r"(?<![\w'’])(?:[Ii]t['’]s|[Ii]t\s{1,2}is|[Tt]hat['’]s|[Nn]ext\s{1,2}up)\s{1,2}(?:our\s{1,2})?(?P<name>" + _TITLE_RUN
    + r")\s{0,2}(?::|!|\s[—–-])\s"
)
# A Title Case name opening its sentence, then its dates, then a colon or dash: "Battery Swap Week, Dec 7–13: …".
_DATED_NAME_LEAD_RE = re.compile(r"(?P<name>" + _TITLE_RUN + r")(?:\s{0,2},\s{1,2}|\s{1,2}\(|\s{1,2}[—–-]\s{1,2})")


def _announced_name(sentence: str, today: date) -> str | None:
    """The name of an offer with no cue that its sentence announces with its dates: "December 7 through 13, it's
    Battery Swap Week: batteries for $49", "Battery Swap Week, December 7–13: batteries for $49"."""
    announced = _ANNOUNCED_NAME_RE.search(sentence)
    m = announced or _DATED_NAME_LEAD_RE.match(sentence)
    if m is None or not _is_title_case(m.group("name")) or m.group("name").split()[-1].casefold() not in _OFFER_NOUNS:
        return None
    if announced is None:
        # the dates must fill the gap between the name and its colon: "Pie Week, Dec 7–13:", not "Pie Week, we bake:"
        period = next((p for p in find_periods(sentence, today=today) if p.start == m.end()), None)
        if period is None or not _DATES_CLOSE_RE.match(sentence, period.end):
            return None
    return m.group("name")


_DATES_CLOSE_RE = re.compile(r"\)?\s{0,2}(?::|\s[—–-])\s")

_HOLIDAY_NAMES = any_word(HOLIDAY_SPELLINGS, space=" ")
_HOLIDAY_DAY_RE = re.compile(
    r"(?<![\w-])(?:(?P<on>on\s{1,2}|na\s{1,2}|на\s{1,2})"
    r"|(?P<start>(?:starting|starts|beginning|begins|from)\s{1,2}(?:on\s{1,2})?)"
    # "through Christmas Eve", "until New Year's Day", "до Рождества": the day it ends
    r"|(?P<end>(?:(?:now\s{1,2})?(?:through|thru|until|till|til)|up\s{1,2}(?:to|until)|до|do"
    r"|закључно\s{1,2}са)\s{1,2}))?"
    r"(?P<name>" + _HOLIDAY_NAMES + r")(?![\w-])"
    # "Black Friday through Cyber Monday", "From Black Friday (Nov 27) to Christmas Eve": from one to the other
    r"(?:(?:\s{1,2}\([^()\n]{1,20}\))?\s{0,2}(?:through|thru|until|till|to|[-–—])\s{0,2}(?P<last>" + _HOLIDAY_NAMES
    + r")(?![\w-]))?"
    r"(?P<weekend>\s{1,2}weekend(?![\w-]))?"
    r"(?P<only>\s{1,2}(?:only|samo|само)(?![\w-]))?",
    re.IGNORECASE,
)


def _holiday_day(sentence: str, today: date) -> Period | None:
    """An offer on a holiday named instead of dated: "Black Friday only, 6 AM – noon", "20% off on Small Business
    Saturday" (a name alone is as often the offer's name: "Black Friday Paint Sale")."""
    for m in _HOLIDAY_DAY_RE.finditer(sentence):
        day = next_holiday(HOLIDAY_SPELLINGS[m.group("name").casefold()], today)
        if day is None:
            continue
        if m.group("weekend") and not m.group("last"):
            if day.weekday() not in _WEEKEND_EVES:
                continue
            # "20% off all scarves Thanksgiving weekend": the holiday through the Sunday after it
            sunday = day + timedelta(days=6 - day.weekday())
            return Period(None if m.group("end") else day, None if m.group("start") else sunday, m.group(0),
                          m.start(), m.end(), False)
        if m.group("last"):
            last = next_holiday(HOLIDAY_SPELLINGS[m.group("last").casefold()], day)
            if last is not None and last >= day and not m.group("end"):
                return Period(day, last, m.group(0), m.start(), m.end(), False)
        elif m.group("end"):
            return Period(None, day, m.group(0), m.start(), m.end(), False)
        elif m.group("on") or m.group("only") or m.group("start"):
            # "starting Black Friday" opens the offer; "Black Friday only" is its one day
            return Period(day, None if m.group("start") else day, m.group(0), m.start(), m.end(), False)
    return None


def _offer_day(sentence: str, today: date, headed: bool = True) -> Period | None:
    """The one day of an offer: a date opening its sentence ("U subotu, 28. novembra, ceo asortiman je -10%"), in
    parentheses after its name ("Our Small Business Saturday sale (Nov. 28, 15% off storewide)"), or a holiday
    named instead ("Black Friday only"); when `headed`, set off after its name ("Cyber Monday, Nov 30: …")."""
    days = find_dates(sentence, today=today)
    if not days:
        return _holiday_day(sentence, today)
    if (holidays := _holiday_day(sentence, today)) is not None and holidays.valid_from and (
            holidays.valid_to and holidays.valid_to > holidays.valid_from):
        return holidays  # "From Black Friday (Nov 27) to Christmas Eve": the date in parentheses is the first day's
    if pair := _day_pair(sentence, days):
        return pair  # "Sat., Dec. 5 & Sun., Dec. 6", "December 5th and 6th": two days in a row, wherever they stand
    day, start, end = days[0]
    opens = start <= _LEADING_DATE_CHARS * 2 and _DATE_LINE_REST_RE.fullmatch(sentence, 0, start) is not None
    bracketed = sentence[:start].rstrip().endswith("(") and sentence[end:].lstrip()[:1] in (",", ")", ";")
    # "Shop Small Saturday, November 28 — 15% off storewide": the day set off between the offer's name and its colon
    headed = (headed and start <= _HEADED_DAY_REACH and _HEADLINE_MARK_RE.search(sentence, end, end + 4) is not None
              and (m := _HEADLINE_RE.match(sentence)) is not None and m.start("day") <= start < m.end("day"))
    # "15% off all cases at our Ponce City Market store, Saturday, Nov 28.", "20% off all boots on Dec 12": the one
    # date closing the sentence
    closing = (len(days) == 1 and not sentence[end:].strip(" .!)") and _CLOSING_DATE_LEAD_RE.search(sentence, 0, start)
               is not None)
    if not (opens or bracketed or closing or headed):
        return None
    if opens and day <= today and _YEAR_RE.search(sentence, start, end) and _DATELINE_DASH_RE.match(sentence, end):
        return None  # "November 20, 2026 — This week only, 20% off …": the post's date with its year, set off by a dash
    last = day
    for following, f_start, f_end in days[1:]:
        # "В субботу, 21 ноября, и в воскресенье, 22 ноября: …": the next days, listed one after the other
        if following != last + timedelta(days=1) or not NEXT_DAY_JOIN_RE.fullmatch(sentence, end, f_start):
            break
        last, end = following, f_end
    return Period(day, last, sentence[start:end], start, end, False)


_HEADED_DAY_REACH = 60  # characters from the sentence's start to a day set off after its headline's name
_CLOSING_DATE_LEAD_RE = re.compile(
    r"(?:[,–—]\s{0,2}(?:(?:on|в|во|u|у)\s{1,2})?|(?<![^\W\d_])on\s{1,2})(?:" + WEEKDAY_NAMES + r"\.?,?\s{1,2})?$",
    re.IGNORECASE)
# The second day of two in a row written with the first's month: "Dec 5 & 6", "December 5th and 6th".
_NEXT_DAY_NUMBER_RE = re.compile(r"\s{0,2}(?:and|&|и|i)\s{1,2}(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:]|[./]\d)",
                                 re.IGNORECASE)


def _day_pair(sentence: str, days: list[tuple[date, int, int]]) -> Period | None:
    """Two days in a row as one period: "Sat., Dec. 5 & Sun., Dec. 6", "Dec 5 & 6", "December 5th and 6th"."""
    for i, (day, start, end) in enumerate(days):
        if i + 1 < len(days):
            following, _, f_end = days[i + 1]
            if following == day + timedelta(days=1) and NEXT_DAY_JOIN_RE.fullmatch(sentence, end, days[i + 1][1]):
                return Period(day, following, sentence[start:f_end], start, f_end, False)
        second = _NEXT_DAY_NUMBER_RE.match(sentence, end)
        if second and int(second.group("d")) == day.day + 1:
            return Period(day, day + timedelta(days=1), sentence[start:second.end()], start, second.end(), False)
    return None


_DATE_LINE_CHARS = 48
_DATE_HINT_RE = re.compile(r"\d[./]\d|[^\W\d_]\.?\s{0,2}\d|\d(?:st|nd|rd|th)?\.?\s{0,2}[^\W\d_]")


def _date_line(sentence: str, today: date, in_words: bool = False) -> Period | None:
    """The dates of a line that gives nothing else: a card's date badge ("Sat, Dec 5", "Jan 8–10", "11.27–11.30").

    `in_words`: a period said without a number counts too ("До конца месяца.", "Through the end of the month.").
    """
    if len(sentence) > _DATE_LINE_CHARS or not (in_words or _DATE_HINT_RE.search(sentence)):
        return None  # a badge is short, with a number by a word or another number: most sentences end here
    periods = find_periods(sentence, today=today)
    if len(periods) == 1:
        period = periods[0]
        rest = sentence[:period.start] + " " + sentence[period.end:]
    elif not periods and len(days := find_dates(sentence, today=today)) == 1:
        day, start, end = days[0]
        period = _day_pair(sentence, days) or Period(day, day, sentence[start:end], start, end, False)
        rest = sentence[:period.start] + " " + sentence[period.end:]
    elif not periods and (pair := _day_pair(sentence, days)) is not None:
        period = pair
        rest = sentence[:pair.start] + " " + sentence[pair.end:]
    else:
        return None
    return period if _DATE_LINE_REST_RE.fullmatch(rest) else None


def _is_title_case(phrase: str) -> bool:
    """Two or more words, each capitalised: a proper name, not a lead-in ("Only today"); "&" joins ("Grout & Go"), and
    so do English small words inside ("Give the Gift of Iron")."""
    words = [w for w in phrase.replace(",", " ").split() if w != "&"]
    # a year may close one: "Paddle Into 2027"
    return len(words) >= 2 and words[0][:1].isupper() and (words[-1][:1].isupper() or _YEAR_TOKEN_RE.fullmatch(
        words[-1]) is not None) and all(
        w[:1].isupper() or w in _TITLE_LINKS for w in words[1:-1])


# Small words English Title Case leaves in lower case.
_TITLE_LINKS = frozenset("a an the of on and for to in at".split())


def _exclamation_headline(text: str, span: tuple[int, int]) -> str | None:
    """"Черная пятница!", "Black Friday!": a short exclamation of a name before the offer; or a run-in Title Case name
    ("Holiday Gift Cards. Buy $50 …", a bold lead or a line of its own)."""
    sentence = text[span[0]:span[1]].strip()
    phrase = sentence.rstrip("!").strip()
    if not sentence.endswith("!"):
        phrase = sentence.rstrip(".:").strip()
        if not _is_title_case(phrase) or _TITLE_CASE_RUN_RE.fullmatch(phrase) is None:
            return None
    words = phrase.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in phrase) or not phrase[:1].isupper():
        return None
    if words[0].casefold() in _NOT_HEADLINE_WORDS or _is_generic(phrase) or _CUE_RE.fullmatch(phrase):
        return None
    return phrase


_HEADING_LINE_WORDS = 5
_RULE_CHARS = "-=*_~#—– \t"
# Words, and a count among them after the first ("Абонемент на 10 стирок", "Kids Eat Free 2 Days")
_PLAIN_PHRASE_RE = re.compile(r"[^\W\d_]+(?:(?:[ \t]{1,2}|[ \t]?[-–'’&][ \t]?)(?:[^\W\d_]+|\d{1,3})){0,6}")


def _heading_line(text: str, span: tuple[int, int], quoted_only: bool = False, today: date | None = None) -> str | None:
    """A heading on a line of its own right over the offer ("Счастливый вечер", "«НОВОГОДНИЙ ПЕРЕПЛЁТ»" between rule
    lines, "„Ђачки дани“"): a section of plain text or a card the reader did not split off. A quoted name leading the
    line is the name ("„SREĆNA SREDA" ZA VLASNIKE KARTICE"); a line in capitals is given in sentence case. With
    quoted_only (the text has its own heading), only a quoted name: a card's other short lines are eyebrows and tags
    ("Limited Time", "Book early")."""
    s, e = span
    if text[:s].rstrip(" \t")[-1:] not in ("", "\n") or text[e:].lstrip(" \t")[:1] not in ("", "\n"):
        return None
    line = text[s:e].strip(_RULE_CHARS)  # "------ «НОВОГОДНИЙ ПЕРЕПЛЁТ»": a rule run into its heading
    quoted = _QUOTED_RE.match(line)
    if quoted:
        phrase = next(v for v in quoted.groups() if v is not None).strip()
    elif quoted_only:
        return None
    else:
        phrase = line.rstrip("!").strip()
        if _PLAIN_PHRASE_RE.fullmatch(phrase) is None or not phrase[:1].isupper():
            return None
        if today is not None and any(c.isdigit() for c in phrase) and find_dates(phrase, today=today):
            return None  # "Суббота 12 декабря" dates what follows, it names nothing
    words = phrase.split()
    if not 1 <= len(words) <= _HEADING_LINE_WORDS or not phrase[:1].isalpha():
        return None
    if words[0].casefold() in _NOT_HEADLINE_WORDS or _is_generic(phrase) or _CUE_RE.fullmatch(phrase):
        return None
    if _names_a_branch(phrase):
        return None
    if phrase.isupper() and len(phrase) > 4:
        phrase = phrase.capitalize()
    return phrase


def _heading_name(title: str | None, text: str, today: date) -> str | None:
    """The name a heading gives the promotions under it, if any.

    A quoted name in the heading is the name ("«Читай больше» — 3 по цене 2");
    an FAQ question names one only by a proper name the answer repeats; a
    generic heading ("Наши акции") names none.
    """
    # a trademark sign marks the name, it is not part of it: "Tune-Up Tuesday™ is back!"
    title = _TRADEMARK_RE.sub("", title or "").strip()
    if not title or len(title) > 120:
        return None
    if lead_in := _HEADING_LEAD_IN_RE.match(title):
        title = title[lead_in.end():]  # "Reminder: Black Friday BOGO" heads the offer "Black Friday BOGO"
    if (number := _SECTION_NUMBER_RE.match(title)) and all(
            start >= number.end() for _, start, _ in find_dates(title, today=today)):
        # "6. GIFT A LESSON", "1. Чёрная пятница продлена до 30 ноября": the section's number in a numbered sheet, not
        # the day of a date it opens ("6. decembar")
        title = title[number.end():]
    # "Чёрная пятница (завершена)", "Fall Sale (ended)": a note on the offer, not its name
    title = _HEADING_NOTE_RE.sub("", title) or title
    if (dated := _HEADING_DISCOUNT_RE.match(title)) and find_dates(dated.group("rest"), today=today) and not find_dates(
            dated.group("name"), today=today):
        title = dated.group("name").strip()  # "FRAME YOUR PHOTOS — NOW THROUGH DEC 31": when, after the name
    quoted = _QUOTED_RE.search(title)
    if quoted and not _PLACE_BEFORE_QUOTE_RE.search(title, 0, quoted.start()):
        name = next(v for v in quoted.groups() if v is not None).strip()
        return name if name and not _is_generic(name) else None
    if title.endswith("?"):
        for run in _TITLE_CASE_RUN_RE.finditer(title):
            # "How does the Gift Set Trio offer work?": a name the question itself calls an offer; "Is the Holiday
            # Card Blitz still on?" answered "It is — 20% off …": the thing asked about
            if run.start() > 0 and (run.group(0) in text or _OFFER_WORD_AFTER_RE.match(title, run.end()) or (
                    _YES_RE.match(text) and not _names_a_branch(run.group(0)))):
                return run.group(0)
        return None
    if _is_generic(title) or _names_a_branch(title) or _PRESS_HEADING_RE.fullmatch(title):
        # "Наши акции", a branch's card ("Салон на Большой Садовой"), "FOR IMMEDIATE RELEASE": no offer's name
        return None
    if (told := _HEADING_SUBJECT_RE.match(title)) and not _is_generic(told.group("name")):
        return told.group("name")  # "Happy Hour just got longer": the offer the heading tells of
    return title


def _whole_month(period: Period) -> bool:
    """Whether a period is one calendar month said without days ("в декабре", "in December")."""
    start, end = period.valid_from, period.valid_to
    return (start is not None and end is not None and start.day == 1 and (start.year, start.month) == (end.year, end.month)
            and (end + timedelta(days=1)).day == 1 and not re.search(r"\d", period.raw.replace(str(start.year), "")))


def _within(inner: Period, outer: Period) -> bool:
    """Whether a dated period lies inside another, narrower than it."""
    return (inner.valid_from is not None and inner.valid_to is not None and outer.valid_from <= inner.valid_from
            and inner.valid_to <= outer.valid_to and (inner.valid_from, inner.valid_to) != (outer.valid_from, outer.valid_to))


_TRADEMARK_RE = re.compile(r"[™®℠]")
# The headings of a press release's parts: "FOR IMMEDIATE RELEASE", "Media contact", "About Swirlberry".
_PRESS_HEADING_RE = re.compile(
    r"(?:for\s{1,2}immediate\s{1,2}release|press\s{1,2}release|news\s{1,2}release|media\s{1,2}contacts?"
    r"|press\s{1,2}contacts?|about\s{1,2}[\w&'’. -]{1,40}|пресс-релиз|для\s{1,2}прессы|saopštenje\s{1,2}za\s{1,2}medije"
    r"|саопштење\s{1,2}за\s{1,2}медије"
    # nor an FAQ page's: "Frequently Asked Questions", "Вопросы и ответы", "Česta pitanja"
    r"|(?:frequently\s{1,2}asked\s{1,2})?questions(?:\s{1,2}(?:&|and)\s{1,2}answers)?|faqs?|вопросы\s{1,2}и\s{1,2}ответы"
    r"|частые\s{1,2}вопросы|(?:česta\s{1,2})?pitanja(?:\s{1,2}i\s{1,2}odgovori)?|(?:честа\s{1,2})?питања"
    r"(?:\s{1,2}и\s{1,2}одговори)?)[\s.:!]{0,3}",
    re.IGNORECASE,
)
# A heading that tells news of a named offer: "Happy Hour just got longer", "Pumpkin Chai Week is back".
_HEADING_SUBJECT_RE = re.compile(
    r"(?P<name>[A-Z][\w'’&-]{0,30}(?:[ \t]{1,2}(?:[A-Z][\w'’&-]{0,30}|&)){1,4})[ \t]{1,2}"
    r"(?:is|are|just|has|have|returns|got|gets|comes|ends|starts|begins|will|was|were)(?![\w-])[^A-Z]*$"
)
# A quoted name after a word and "в", "at" is the place the offer is at, not the offer: "Чёрная пятница в «Амур-Залоге»".
_PLACE_BEFORE_QUOTE_RE = re.compile(r"[^\W\d_][ \t]{1,2}(?:в|во|на|у|u|at|in)[ \t]{1,2}$", re.IGNORECASE)
_SECTION_NUMBER_RE = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)][ \t]{1,3}(?=[^\W\d_])")
_HEADING_NOTE_RE = re.compile(
    r"\s{0,2}\((?:[^()\d]{1,30})\)\s{0,2}$"
    # "Holiday Notions Sale — extended!", "Зимняя распродажа — продлена!": what became of the offer, after a dash
    r"|\s{1,2}[—–-]\s{1,2}(?:(?:now|is|has\s{1,2}been|just)\s{1,2})?(?:extended|back|продлен[аоы]?|снова|продужен[аоi]?"
    r"|produžen[aoi]?|opet|ponovo|поново)\s{0,2}!?\s{0,2}$"
    # "Чёрная пятница продлена до 30 ноября", "Fall Sale extended through Dec 6": the news of the offer and its new end
    r"|\s{1,2}(?:(?:is|has\s{1,2}been)\s{1,2})?(?:extended|продлен[аоы]?|продужен[аоi]?|produžen[aoi]?)\s{1,2}"
    r"(?:до|do|through|thru|until|till|to)\s[^()]{1,30}$",
    re.IGNORECASE,
)
# A word that only announces what follows its colon: "Reminder: …", "Новинка: …", "Podsetnik: …".
_HEADING_LEAD_IN_RE = re.compile(
    r"(?:reminder|don[’']t\s{1,2}miss|last\s{1,2}(?:chance|call)|just\s{1,2}announced|new|now|heads\s{1,2}up"
    # "Coming in January: New Year Stash-Buster", "Back by popular demand: …": when or whether, then the name
    r"|coming\s{1,2}(?:soon|back|(?:next|this|in|on)\s{1,2}[^\W\d_]{3,10})|back(?:\s{1,2}by\s{1,2}popular\s{1,2}demand)?"
    r"|ending\s{1,2}soon|extended|final\s{1,2}(?:days?|week|weekend|hours)"
    r"|напоминание|напоминаем|не\s{1,2}пропустите|новинка|скоро|podsetnik|подсетник|ne\s{1,2}propustite"
    r"|не\s{1,2}пропустите|uskoro|ускоро|novo|ново)\s{0,2}[:!]\s{1,3}(?=\S)",
    re.IGNORECASE,
)


# An answer that opens by saying yes to its question: "It is — …", "Yes, through …", "Да, до …", "Jeste, …".
_YES_RE = re.compile(r"\s{0,2}(?:it\s{1,2}is|it['’]s\s{1,2}(?:on|back|still)|yes|yep|да|jeste|da|јесте|важи|važi)(?![\w'’-])",
                     re.IGNORECASE)
_OFFER_WORD_AFTER_RE = re.compile(r"\s{1,2}(?:offer|sale|deal|promo|promotion|special|coupon|discount)(?![\w-])")


def _names_a_branch(title: str) -> bool:
    """Whether a heading is a branch's name: most of it is one ("Салон на Большой Садовой", "Store #208 – Ingersoll")."""
    return any(len(n.name) * 2 > len(title) for n in find_branch_names(title))


def _is_generic(name: str) -> bool:
    """Whether a name is only frame and sale words: "Акции и скидки", "Special offers"."""
    tokens = [t for t in _QUOTES_AND_PUNCT_RE.sub(" ", _fold(name)).split() if t not in _STOP_WORDS]
    return all(t in _FRAME_WORDS or t in _GENERIC_HEADING_WORDS or _is_soft(t) for t in tokens)


def _compatible(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions can be one promotion: no field both state differently."""
    pa, pb = a.period, b.period
    if pa and pb and not (pa.extended or pb.extended):
        if (pa.valid_from, pa.valid_to) != (pb.valid_from, pb.valid_to):
            if not (pa.valid_from is None or pb.valid_from is None or pa.valid_from == pb.valid_from) or not (
                pa.valid_to is None or pb.valid_to is None or pa.valid_to == pb.valid_to
            ):
                return False
    if a.discount and b.discount and a.discount != b.discount and not _loose_same(a.discount, b.discount):
        return False
    if a.price and b.price and (a.price.amount, a.price.currency) != (b.price.amount, b.price.currency):
        return False
    return True


_EXPIRY_GAP_DAYS = 180


def _fine_print_expiry(offer: _Mention, later: _Mention) -> bool:
    """Whether a later mention of a dated offer gives, and only gives, a last day far beyond the offer's own."""
    run, end = offer.period, later.period
    return (run is not None and run.valid_to is not None and end is not None and not end.extended
            and end.valid_from is None and end.valid_to is not None
            and (end.valid_to - run.valid_to).days > _EXPIRY_GAP_DAYS
            and later.discount is None and later.price is None)


def _loose_same(a: Discount, b: Discount) -> bool:
    """"Up to 30%" and the "30%" a sentence gives as the largest: one discount."""
    return a.up_to != b.up_to and (a.percent, a.amount) == (b.percent, b.amount)


def _merge(a: _Mention, b: _Mention) -> _Mention:
    period = a.period
    if b.period is not None:
        if period is None or b.period.extended:
            period = b.period
        # "We've extended it through November 30! … The deal ran Oct 15 – Nov 15 originally": the run it extended
        # gives no start to the new one, as when the extension comes last
        elif not (period.extended and b.period.valid_to is not None and b.period.valid_to != period.valid_to):
            period = replace(period, valid_from=period.valid_from or b.period.valid_from,
                             valid_to=period.valid_to or b.period.valid_to)
    return _Mention(
        name=a.name if a.named or not b.named else b.name,
        named=a.named or b.named,
        refers_back=a.refers_back,
        has_cue=a.has_cue or b.has_cue,
        headline=a.headline or b.headline,
        start=min(a.start, b.start),
        end=max(a.end, b.end),
        period=period,
        # "up to 30%" over the "30%" a later sentence gives as the largest
        discount=b.discount if a.discount is None or (b.discount and b.discount.up_to) else a.discount,
        price=a.price or b.price,
        old_price=a.old_price or b.old_price,
    )


# Words that say a price term holds at all times.
_STANDING_RE = re.compile(
    r"(?<![^\W\d_])(?:every\s{1,2}day|everyday|any\s{1,2}day|all\s{1,2}year(?:\s{1,2}(?:round|long))?|year[\s-]round"
    r"|always|круглый\s{1,2}год|круглогодично|всегда|постоянно|(?:tokom\s{1,2})?cele\s{1,2}godine"
    r"|(?:током\s{1,2})?целе\s{1,2}године|uvek|увек|stalno|стално)(?![^\W\d_])",
    re.IGNORECASE,
)


def _unquoted(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A sentence quoted whole, as a script quotes the words to say ("\"Our Candle Event is on now …\""), without
    its quotes, so that it opens with its own first word."""
    s, e = span
    if e - s > 2 and text[s] in "\"“" and text[e - 1] in "\"”" and not any(c in "\"“”" for c in text[s + 1:e - 1]):
        return s + 1, e - 1
    return span


def find_promotions(text: str, *, title: str | None = None, today: date, cells: bool = False) -> list[Promotion]:
    """Promotions mentioned in text.

    `title` is the heading the text sits under (a promotion card's or page's
    heading), used as the name when the text itself does not name the promotion.
    `cells`: the text is a table row, a cell a line.
    """
    lead = _QUOTED_LEAD_RE.match(text)
    if lead and not title:
        # "„Druga para gratis“ – uz kupovinu naočara …": a text led by a quoted name is under that name
        title = lead.group(0).rstrip(" –—-:")
    title, heading_discount = _split_heading_discount(title)
    heading = _heading_name(title, text, today)
    quoted_title = heading is not None and _QUOTED_RE.search(title or "") is not None
    # a card under an offer's own name ("Holiday Baking Sale", «Читай больше»): its dates are the offer's
    quoted_only = heading is not None and _QUOTED_RE.fullmatch((title or "").strip()) is not None
    offer_card = heading is not None and not quoted_only and (_is_offer_name(heading) or heading_discount is not None)
    holiday_heading = heading is not None and heading.casefold() in HOLIDAY_SPELLINGS

    offered: list[bool] = []
    whole_text_periods: list[list[Period]] = []

    def text_periods() -> list[Period]:
        # the periods of the whole text, read once when first needed
        if not whole_text_periods:
            whole_text_periods.append(find_periods(text, today=today))
        return whole_text_periods[0]

    def item_offer() -> bool:
        # the card sells its item as an offer: under an offer's name, for a limited time, or dated (read once)
        if not offered:
            offered.append(heading is not None and (
                offer_card or quoted_title or _LIMITED_TIME_RE.search(text) is not None
                or bool(find_dates(text, today=today) or text_periods())))
        return offered[0]

    mentions: list[_Mention] = []
    previous: _Mention | None = None
    previous_index = -2
    pending: tuple[int, Period] | None = None  # "Действует до 28 февраля." before the offer it is about
    card_period: Period | None = None  # a card's date badge ("Sat, Dec 5") over the offer it is the date of
    spans = [_unquoted(text, span) for span in _sentences(text, cells)]
    for index, span in enumerate(spans):
        if heading is not None and (badge := _date_line(text[span[0]:span[1]], today)) is not None:
            card_period = badge
        naming = _NAMING_RE.fullmatch(text, span[0], span[1])
        if (naming and previous is not None and previous_index == index - 1 and mentions and mentions[-1] is previous
                and (not previous.named or previous.name == heading)):
            # "Through December 31, get a $70 Visa prepaid card … That's our Bridgestone Holiday Rebate."
            name = next(v for v in naming.group("q1", "q2", "q3", "name") if v is not None).strip()
            previous = mentions[-1] = replace(previous, name=name, named=True, end=span[1])
            previous_index = index
            continue
        mention = _mention(text, span, today, quoted_title, item_offer)
        if (previous is not None and previous_index == index - 1 and mentions and mentions[-1] is previous
                and previous.period is None and (previous.discount is not None or previous.price is not None)
                # a named offer's bare validity sentence is read as its own mention below (_validity_only)
                and (not previous.named if mention is None else _fine_print_subject(mention))
                and (period := _fine_print_period(text[span[0]:span[1]], today)) is not None):
            # "Take 10% off any framing order. Expires December 20.", "$20 off brake pads. Coupon expires 12/31/26.":
            # a sentence that only says how long "the offer" is good dates the undated offer right before it, named
            # or not
            previous = mentions[-1] = replace(previous, period=period, end=span[1])
            previous_index = index
            continue
        if mention is None:
            if previous is not None and previous_index == index - 1 and previous.named and previous.period is None:
                mention = _validity_only(text, span, today, previous)
                if (mention is None and previous.name == heading
                        and (period := _card_period(text[span[0]:span[1]], today)) is not None
                        and all(span[0] <= p.start < span[1] for p in text_periods())):
                    # "Black Friday Wash Book" over "Take 40% off a book of five washes. Online or in store, Nov 27 – 30.":
                    # the card's only dates, told right after its offer with nothing else, are that offer's
                    mention = replace(previous, refers_back=True, has_cue=False, start=span[0], end=span[1],
                                      period=period, discount=None, price=None, old_price=None)
            if mention is None:
                mention = _event_run(text, span, today)
            # a holiday's name over the card ("Cyber Monday") names the offer the card has stated: its dates are that
            # offer's ("Extra 15% off with code CYBER15. Monday, Nov. 30 only")
            holiday_card = holiday_heading and any(m.name == heading for m in mentions)
            # a heading over several offers ("Новогодний график и акции декабря") is no one offer's card: a dated
            # sentence under it (hours, shipping) gives no offer's period
            one_offer_card = offer_card and not _heads_several_offers(heading)
            # once the card's offer has its period ("— valid through December 31"), bare dates after it are something
            # else's: a legal season ("studded tires are allowed Oct 15 – Apr 15"), an event
            dated = any(m.period is not None for m in mentions)
            if mention is None and (quoted_only or one_offer_card or holiday_card) and not any(
                    m.named and m.name != heading and not _same_offer_in_card(m.name, heading) for m in mentions):
                # under an offer's name, "Valid until 12/31" gives its period; under one that says it is an offer
                # ("Holiday Baking Sale"), so do "Nov 25 – Dec 1." and "Friday, Nov 27 only"; not under a heading over
                # offers named on their own ("Grand Opening Sale: …", "Grout & Go: …" under "Grand-Opening Offers"),
                # where a dated sentence after them is none of theirs
                sentence = text[span[0]:span[1]]
                period = (None if dated and not _VALIDITY_RE.search(sentence)
                          else _card_period(sentence, today) if offer_card or holiday_card
                          else _validity_period(sentence, today, leading=False))
                if period is not None:
                    mention = _Mention(name=heading, named=True, refers_back=False, has_cue=False, headline=None,
                                       start=span[0], end=span[1], period=period, discount=None, price=None,
                                       old_price=None)
            if mention is None:
                sentence = text[span[0]:span[1]]
                period = (_validity_period(sentence, today, leading=False)
                          if _VALIDITY_RE.search(sentence) and not _CHANGE_RE.search(sentence) else None)
                pending = (index, period) if period is not None else None
                continue
        if (offer_card and mention.named and mention.name != heading and _same_offer_in_card(mention.name, heading)
                and not _own_offer_name(mention.name) and not _heads_several_offers(heading)):
            mention = replace(mention, name=heading)
        elif heading is not None and mention.named and mention.name != heading and _shortens(mention.name, heading):
            # "akcija Rani booking je produžena" under "Rani booking za leto 2027": the heading's offer, named short
            mention = replace(mention, name=heading)
        elif heading is not None and mention.named and _is_code_name(text[span[0]:span[1]], mention.name):
            # "Extra 15% off online with code CYBER15." under "Cyber Monday": the heading names the offer, the code is
            # how to use it
            mention = replace(mention, name=heading)
        if pending is not None and pending[0] == index - 1 and mention.period is None:
            mention = replace(mention, period=pending[1], start=spans[pending[0]][0])
        elif (previous is not None and previous_index == index - 1 and mentions and mentions[-1] is previous
                and not previous.named and _fine_print_subject(previous) and mention.period is None
                and (mention.discount is not None or mention.price is not None)):
            # "Offer valid 12/1 – 12/24 only. 20% off all ornaments.": validity told before the offer, with no name of
            # its own, dates the offer right after it
            mentions.pop()
            mention = replace(mention, period=previous.period, start=previous.start)
        pending = None
        if not mention.named:
            adjacent = previous is not None and previous_index == index - 1
            # a card's eyebrow ("Local Coupon" over "$25 OFF" under "Brake Service Special") labels the card's offer
            eyebrow = (adjacent and offer_card and not previous.has_facts
                       and text[previous.start:previous.end].strip(" .!:") == previous.name)
            # "Зимнее хранение: с 1 по 31 октября — 2 500 ₽ вместо 3 200 ₽": a price cut on a line of its own, under
            # its own name, is its own offer, not more of the offer on the line before; so is a line led by a Title Case
            # name ("Paddle Into 2027 – $10 off …" after "Book online with code SLOWBOAT.")
            # so is a line led by its name with a cue and dates of its own ("Kaciga gratis – uz svaki bicikl kupljen do
            # 15. decembra …" after "Važi od 1. novembra …" of the offer above)
            own_line = (mention.headline is not None
                        and (mention.old_price is not None or _is_title_case(mention.headline)
                             or (mention.has_cue and mention.period is not None and adjacent
                                 and previous.refers_back and not previous.has_cue and previous.discount is None
                                 and previous.price is None))
                        and (span[0] == 0 or text[span[0] - 1] == "\n"
                             # "New Year’s Day Family Bowl — Jan 1 only: … $39 (normally $62)." after another offer's
                             # sentence: its own name, its own day and its own price cut make it an offer of its own
                             or (_is_title_case(mention.headline) and mention.period is not None
                                 and mention.old_price is not None)))
            if adjacent and previous.named and not eyebrow and not own_line and (
                    not previous.has_facts or mention.refers_back
                    # "Missed our Labor Day Sale (Sept 4–7)? It took 25% off unlocked phones": the sale just named
                    or _ANAPHOR_RE.match(text, span[0], span[1])
                    # "SNOW TIRE WEEKS - 10% OFF" over "Bring your car in by Dec 4 and get 10% off …": the same rate
                    # told again is the offer just named, now with its terms
                    or (previous.discount is not None and mention.discount == previous.discount
                        and _compatible(previous, mention))
                    # "Мы продлили акцию «Декабрьские чудеса» до 31 декабря. Скидки до 40% на …": the named offer's
                    # dates, then its discount
                    or (previous.discount is None and previous.price is None and mention.period is None
                        and mention.price is None)):
                mention = replace(mention, name=previous.name, named=True)
            elif index and (named_before := _offer_named_before(text, spans[index - 1], today)) is not None and not (
                    # "Holiday Demo Days: Dec 18 – Jan 3, $20 off. And gift certificates are 25% off through Dec 24":
                    # a rate and dates of its own, unlike the offer before, make another offer
                    adjacent and previous.name == named_before[0] and not _compatible(previous, mention)):
                # "Our Fall Harvest Festival (October 1–31, 2026) has wrapped up. Shoppers saved up to 30% …"
                name, period = named_before
                mention = replace(mention, name=name, named=True, period=mention.period or period)
            elif index and (event := _event_named_before(text, spans[index - 1], text[span[0]:span[1]], today)):
                # the offer is during the event the sentence before named and dated
                name, period = event
                mention = replace(mention, name=name, named=True, period=mention.period or period)
            elif mention.headline and not quoted_title and (_is_title_case(mention.headline) or (
                    heading is not None and (not offer_card and not _is_offer_name(heading)
                                             or _heads_several_offers(heading))
                    and mention.headline.split()[0].casefold() not in _NOT_NAME_WORDS)):
                # "Holiday Hot Desk Pass — 30% off" under "Our spaces", "Crni petak na mreži: … jeftinije su 10%" under
                # "Prodajna mesta": the line names its own offer, nearer than a heading that names none
                mention = replace(mention, name=mention.headline, named=True)
            elif index and previous_index != index - 1 and (line := _heading_line(
                    text, spans[index - 1], quoted_only=heading is not None and not _heads_several_offers(heading),
                    today=today)):
                # the heading line over the sentence is nearer than the unit's heading; under a heading over several
                # offers ("Акции месяца", "Current offers") each offer's own line names it, quoted or not
                mention = replace(mention, name=line, named=True)
            elif (line_lead := _line_quoted_lead(text, span[0])) is not None:
                # "„Зимска кутија“ – 12 чајева. Од 1. до 12. децембра 10% попуста …": the quoted name opening the
                # line names the offer its later sentences state, nearer than the unit's heading
                mention = replace(mention, name=line_lead, named=True)
            elif (not (heading and (_is_offer_name(heading) or _QUOTED_RE.search(title or "")))
                  and (what := _PLAIN_SUBJECT_RE.match(text, span[0], span[1])) is not None
                  and what.group("name").casefold() not in _NO_OFFER_SUBJECTS
                  and (heading is None or what.group("also"))):
                # "And studded tires are up to 25 percent off through the end of the year": the thing on sale names
                # the offer, one more than those before it; under a heading only when "and" says it is one more
                mention = replace(mention, name=what.group("name"), named=True)
            elif heading:
                mention = replace(mention, name=heading, named=True)
            elif mention.headline:
                mention = replace(mention, name=mention.headline, named=True)
            elif index and previous_index != index - 1 and (shout := _exclamation_headline(text, spans[index - 1])):
                mention = replace(mention, name=shout, named=True)
            elif adjacent and not previous.has_facts and not mention.has_cue:
                # "Распродажа! Цены снижены до -70%!": the cue sentence names it, if only generically.
                mention = replace(mention, name=previous.name)
        # the badge is the card's offer's period; other dates in its body are conditions ("we'll hold your order
        # until March 1"), unless they extend it
        if (card_period is not None and mention.named and not (mention.period and mention.period.extended)
                and (mention.name == heading or _same_offer_in_card(mention.name, heading))
                # "10.11.2026" over "С 1 по 31 декабря — скидка 20%": one day before the offer's own run begins is
                # the day the card was posted, not the offer's period
                and not (mention.period and card_period.valid_from == card_period.valid_to
                         and mention.period.valid_from and card_period.valid_to < mention.period.valid_from)):
            mention = replace(mention, period=card_period)
        mentions.append(mention)
        previous, previous_index = mention, index

    merged: list[_Mention] = []
    for mention in mentions:
        target = None
        for i in range(len(merged) - 1, -1, -1):
            if same_promotion(merged[i].name, mention.name):
                target = i
                break
        if target is not None and _fine_print_expiry(merged[target], mention):
            # "25% off all lamps, November 27 – 30. Offer valid through 12/31/2027.": a last day most of a year past the
            # run the offer has stated is when a coupon or a card it gives expires, not another run of the offer
            mention = replace(mention, period=None)
        if target is not None and _compatible(merged[target], mention):
            merged[target] = _merge(merged[target], mention)
        else:
            merged.append(mention)

    if heading is not None and title and not find_dates(heading, today=today) and (
            heading_period := _pick_period(find_periods(title, today=today))) is not None:
        # "Holiday Sale: Nov 27 – Dec 24", "FRAME YOUR PHOTOS — NOW THROUGH DEC 31" over the card: the heading dates
        # the offer it names, when the card's sentences do not
        if _whole_month(heading_period) and len(body := text_periods()) == 1 and _within(body[0], heading_period):
            # "«Ёлка на стене» — детские праздники в декабре" over "С 20 по 30 декабря проводим …": the heading's month
            # is the season, the card's own dates inside it the run
            heading_period = body[0]
        merged = [replace(m, period=heading_period) if m.period is None and m.name == heading else m for m in merged]
    if heading_discount is not None:
        # "Signed First Editions — 20% off" over the card: the heading states the card's discount
        merged = [replace(m, discount=heading_discount) if m.discount is None and m.name == heading else m
                  for m in merged]
    merged = [_holiday_period(_clean_name(m, today), today) for m in merged]
    return [
        Promotion(
            name=m.name,
            raw=text[m.start:m.end],
            start=m.start,
            end=m.end,
            valid_from=m.period.valid_from if m.period else None,
            valid_to=m.period.valid_to if m.period else None,
            discount=m.discount,
            price=m.price,
            old_price=m.old_price,
        )
        for m in merged
        # a bare cue word with only a price ("a gift card deal & a $12 wash") names no offer
        if m.has_facts and (m.named or m.discount or m.period)
        # a discount with no name nor dates that holds always ("members get 10% off every day", "penzionerima popust
        # od 10% tokom cele godine") is a standing price term, not a promotion
        and (m.named or m.period is not None or not _STANDING_RE.search(text, m.start, m.end))
    ]



# ---------------------------------------------------------------------------
# schema.org

_PROMOTION_TYPES = ("Offer", "AggregateOffer", "SaleEvent", "Event")
_OLD_PRICE_TYPES = ("ListPrice", "StrikethroughPrice", "MSRP", "InvoicePrice")


def _types(item: dict) -> list[str]:
    raw = item.get("@type") or item.get("type") or []
    values = raw if isinstance(raw, list) else [raw]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def _schema_date(value, today: date) -> date | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        found = find_dates(text, today=today)
        return found[0][0] if found else None


def _schema_price(value, currency) -> Price | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        amount = Decimal(str(value))
    else:
        amount = parse_amount(str(value).strip())
    if amount is None or not isinstance(currency, str) or not currency.strip():
        return None
    code = currency.strip().upper()
    return Price(amount, code, str(value), 0, 0)


def _specifications(item: dict) -> list[dict]:
    spec = item.get("priceSpecification")
    if isinstance(spec, dict):
        return [spec]
    if isinstance(spec, list):
        return [s for s in spec if isinstance(s, dict)]
    return []


def _text(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _offer_prices(item: dict) -> tuple[Price | None, Price | None]:
    currency = item.get("priceCurrency")
    price = _schema_price(item.get("price"), currency)
    if price is None and item.get("lowPrice") is not None:
        low = _schema_price(item.get("lowPrice"), currency)
        price = replace(low, minimum=True) if low else None
    old = None
    for spec in _specifications(item):
        kind = str(spec.get("priceType", "")).rsplit("/", 1)[-1]
        value = _schema_price(spec.get("price"), spec.get("priceCurrency") or currency)
        if value is None:
            continue
        if kind in _OLD_PRICE_TYPES:
            old = value
        elif price is None:
            price = value
    if old is not None and price is not None and old.amount <= price.amount:
        old = None
    return price, old


def from_schema_org(item: dict, *, today: date) -> list[Promotion]:
    """Promotions from a schema.org Offer / Event / SaleEvent item.

    Reads name, validFrom, validThrough, priceValidUntil, startDate, endDate,
    price, priceCurrency, priceSpecification (list or strikethrough price as the
    old price) and description (for the discount). A Product's offers count
    only when they carry a validity or an old price.
    """
    if not isinstance(item, dict):
        return []
    types = _types(item)
    if not any(t in _PROMOTION_TYPES or t.endswith("Event") for t in types):
        offers = item.get("offers")
        offers = offers if isinstance(offers, list) else [offers] if isinstance(offers, dict) else []
        found = []
        for offer in offers:
            if not isinstance(offer, dict):
                continue
            for promo in from_schema_org({**offer, "name": offer.get("name") or item.get("name")}, today=today):
                if promo.valid_from or promo.valid_to or promo.old_price:
                    found.append(promo)
        return found

    description = _text(item.get("description"))
    name = _text(item.get("name")) or _text(item.get("itemOffered"))
    in_text = find_promotions(description, today=today) if description else []
    if not name:
        name = in_text[0].name if in_text else None
    if not name:
        return []
    valid_from = _schema_date(item.get("validFrom"), today) or _schema_date(item.get("startDate"), today)
    valid_to = (
        _schema_date(item.get("validThrough"), today)
        or _schema_date(item.get("priceValidUntil"), today)
        or _schema_date(item.get("endDate"), today)
    )
    price, old_price = _offer_prices(item)
    nested = item.get("offers")
    if price is None and isinstance(nested, (dict, list)):
        first = nested[0] if isinstance(nested, list) and nested else nested
        if isinstance(first, dict):
            price, old_price = _offer_prices(first)
            valid_to = valid_to or _schema_date(first.get("validThrough"), today) or _schema_date(
                first.get("priceValidUntil"), today)
            valid_from = valid_from or _schema_date(first.get("validFrom"), today)
    discount = in_text[0].discount if in_text else None
    if in_text and valid_to is None and valid_from is None:
        valid_from, valid_to = in_text[0].valid_from, in_text[0].valid_to
    raw = description or name
    return [Promotion(name, raw, 0, 0, valid_from, valid_to, discount, price, old_price)]


# ---------------------------------------------------------------------------
# Names compared


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


@lru_cache(maxsize=8192)
def promotion_key(name: str) -> str:
    """A normal form of a promotion name for grouping: folded, ё→е, quotes, punctuation and frame words dropped."""
    tokens = _QUOTES_AND_PUNCT_RE.sub(" ", _fold(name)).replace("_", " ").split()
    kept = [t for t in tokens if t not in _FRAME_WORDS]
    return " ".join(kept or tokens)


def _is_soft(token: str) -> bool:
    return token.startswith(_SOFT_STEMS) or token in _FRAME_WORDS


def _stem(token: str) -> str:
    endings = _RU_ENDINGS if _CYRILLIC_RE.search(token) else _LATIN_ENDINGS
    for ending in endings:
        if token.endswith(ending) and len(token) - len(ending) >= _STEM_MIN:
            return token[: -len(ending)]
    return token


def _tokens_match(x: str, y: str) -> bool:
    if x == y or _stem(x) == _stem(y):
        return True
    return min(len(x), len(y)) >= _TOKEN_SIMILARITY_MIN_LEN and fuzz.ratio(x, y) >= _TOKEN_SIMILARITY


def _all_matched(xs: list[str], ys: list[str]) -> bool:
    return all(any(_tokens_match(x, y) for y in ys) for x in xs) and all(
        any(_tokens_match(y, x) for x in xs) for y in ys
    )


def same_promotion(a: str, b: str) -> bool:
    """Whether two promotion names name the same promotion.

    "Осенняя распродажа" = «осенняя распродажа» = "Акция «Осенняя распродажа»"
    = "осенней распродажи"; "Осенняя распродажа" ≠ "Весенняя распродажа";
    "Black Friday" = "Black Friday sale"; "Весна 2025" ≠ "Весна 2026".
    Every meaningful word of one must match a word of the other (same stem,
    or a typo: rapidfuzz ratio ≥ 90 on words of five letters or more).
    """
    ka, kb = promotion_key(a), promotion_key(b)
    if not ka or not kb:
        return False
    return ka == kb or _same_keys(ka, kb)


@lru_cache(maxsize=8192)
def _same_keys(ka: str, kb: str) -> bool:
    # Serbian is written in both scripts: compare across scripts in Latin.
    if bool(_CYRILLIC_RE.search(ka)) != bool(_CYRILLIC_RE.search(kb)) or bool(_LATIN_RE.search(ka)) != bool(
        _LATIN_RE.search(kb)
    ):
        ka, kb = ka.translate(_TRANSLIT), kb.translate(_TRANSLIT)
    ta = [t for t in ka.split() if t not in _STOP_WORDS]
    tb = [t for t in kb.split() if t not in _STOP_WORDS]
    years_a = {t for t in ta if _YEAR_TOKEN_RE.match(t)}
    years_b = {t for t in tb if _YEAR_TOKEN_RE.match(t)}
    if years_a and years_b and years_a != years_b:
        return False
    numbers_a = {t for t in ta if _NUMBER_TOKEN_RE.match(t) and t not in years_a}
    numbers_b = {t for t in tb if _NUMBER_TOKEN_RE.match(t) and t not in years_b}
    if numbers_a != numbers_b:
        return False
    words_a = [t for t in ta if not _NUMBER_TOKEN_RE.match(t)]
    words_b = [t for t in tb if not _NUMBER_TOKEN_RE.match(t)]
    hard_a = [t for t in words_a if not _is_soft(t)]
    hard_b = [t for t in words_b if not _is_soft(t)]
    if hard_a or hard_b:
        return bool(hard_a) and bool(hard_b) and _all_matched(hard_a, hard_b)
    return bool(words_a) and bool(words_b) and _all_matched(words_a, words_b)
