"""Opening hours stated in text or in schema.org markup, as OpenStreetMap `opening_hours` values.

Hand-written: no maintained Python library reads free-text opening hours in
Russian or Serbian (FIELD-NOTES.md). The reader has three stages:

1. a tokenizer driven by word tables (day names in every case, day groups,
   months, cue words, closure and break words, units that make a number not
   a time), one compiled regex run once over the text;
2. a grammar that turns tokens into items: day specs ("Пн–Пт", "по будням",
   "od ponedeljka do petka"), time ranges ("9:00–21:00", "с 9 утра до 6
   вечера", "8-20h", "10am–4pm", several joined by commas), closures
   ("выходной", "zatvoreno", "closed"), breaks ("обед 13–14", "перерыв на проветривание 15:00–15:30"), special dates
   ("31 декабря", "с 30.12 по 08.01", "23 февраля и 8 марта");
3. pairing: each day spec binds to the time range written next to it, the one
   behind a weaker separator winning ("с 10 до 20 пн-пт, с 10 до 16 сб" binds
   backwards, "Пн-Пт 9-18, Сб 10-16" forwards). Unknown words end a schedule.

opening_hours_py validates every value emitted; the canonical rendering is
ours, since its normalize() drops `Su off` and writes `Mo-Su` as nothing.

Policies the tests pin down:
- A time range with no day words is an every-day schedule only when a group
  word stands next to it ("ежедневно", "без выходных", "daily", "svakog
  dana") or an hours cue right before it ("Режим работы:", "Работаем",
  "Hours:", "Radno vreme:", with at most three other words and then a colon
  between). A bare "10:00–22:00" is not emitted. When day-stated rules
  follow such a cue range ("Часы работы: 10–22, Сб–Вс 11–20") the cue range
  covers the remaining days.
- Special days: a closure is always read; times only when a dash or colon
  separates them from the date ("31 декабря — до 16:00") or when the text
  carries an hours or holiday cue ("Вебинар 15 марта с 10 до 12" is not read).
- Special dates are also read from a weekday before the date ("Thursday,
  November 26"), a holiday's name ("closed on Thanksgiving Day", "Christmas
  Eve: 8 a.m. – 3 p.m.", "Za Božić ne radimo", Easter by its Western or
  Orthodox date (dateutil): the next occurrence; a date
  written beside the name wins, the name also in brackets with a qualifying word ("25. децембра (католички
  Божић)") or after a dash that would run a range backwards ("November 27 – Thanksgiving")), a day number as a word ("Первого января",
  "prvog januara", "с первого по четвёртое января"), and a closure with what it is for between it and its
  dates ("закрыт на ремонт с 20.12 по 10.01"). A closure is not carried over
  a sentence end to the dates after it unless a colon announces them.
- Dates, a clause closed by a colon, then "name — hours" pairs ("С 5 по 8
  января работают два отделения: «Тверское» — с 10 до 17, «Профсоюзное» — с
  11 до 16"): each pair holds on those dates, its text starting at the name.
  So do pairs one a line under a line the dates open ("31 декабря (чт)" /
  "Древлянка — с 10 до 18" / "Кондопога — выходной"), and under a short
  heading naming a date, read as the text's first line.
- A range opening a line is the hours a cue alone on the line above, or an
  hours heading or column over the text, announces ("Режим работы" / "с 10
  до 18"; "0–24" in a "Радно време" column).
- A date range announcing weekday rules is their season ("Summer hours (June
  1 – Aug 31): Mon–Fri 7–7" is `2027 Jun 01-2027 Aug 31 Mo-Fr 07:00-19:00`),
  never the regular week: a summer schedule is no contradiction of the winter one.
  So is a range with a subject and verb between it and the rules in one sentence
  ("From June 1 through Aug 31, the kiosk is open Mon–Fri 7–7"), and a season
  named with its dates ("Tax season runs Jan 15 – Apr 15") where a later
  sentence of the text names it ("During tax season, … open 9 AM to 6 PM on Fridays"); a page's
  reader carries the seasons its intro names to its later sections (`named_seasons`, `in_named_seasons`).
- A closing time alone ("31 декабря — до 16:00", "we close at 3 p.m. on
  Christmas Eve") takes the opening time the same text states for that
  weekday (a week open round the clock lends none: it is another unit's, and
  its 00:00 no opening); without one it is rendered `2026 Dec 31 open "until 16:00"`, so
  equal statements compare equal (`complete_closing_time` completes it from
  a schedule stated elsewhere on the page). An opening time alone ("2.
  јануара: од 12 часова") likewise takes that weekday's closing time, else
  is `2026 Dec 31 12:00+`. Days with a closing (or opening) time alone under a
  capitalised name on the line below a week belong to it ("Wednesday–Sunday,
  10 AM–5 PM / Late Lab Thursdays: open until 8 PM"); a range after such a
  name is the name's own ("Senior Hour Tuesdays: 7–8 AM").
- Closing at 00:00 or 23:59 is written 24:00; all seven days 00:00–24:00 is
  `24/7`, and so is round the clock said bare or in words with no cue: "0–24"
  ("Pomoć na putu 0–24"; not "0–24 meseca"), "dvadeset četiri sata dnevno",
  "twenty-four hours a day"; "within 24 hours", "у року од 24 сата" is a
  deadline. A month named without a day ("у децембру", "in December") is the
  season of the weekday hours after it; weekdays before a colon with more
  weekdays after it on the line are a row's label ("Пятница, суббота: пт
  15–22, сб 10–22"). A later rule overrides days an earlier group word set ("ежедневно
  10–22, в пятницу 10–23"); a day stated twice otherwise starts a new schedule.
- English bare closing hours smaller than the opening one are pm ("Sat
  10-4" → 10:00-16:00, "9 to 5:30" → 09:00-17:30, but a zero-padded "02:00"
  is a 24-hour clock); elsewhere a bare closing hour ≤ 6 below the opening
  one is past midnight ("с 10 до 2" → 10:00-02:00). US forms: "M–F", "8a–8p",
  "8 a.m.–8 p.m. ET"; bare hours after an American date ("12/24 10–3") are
  English too.
- Hours spoken in words, as IVR prompts say them ("с девяти до двадцати
  одного", "od devet do dvadeset jedan čas", "nine to five", "nine thirty"),
  are read like digits; a spoken closing hour below the opening one is in the
  afternoon in every language ("с десяти до шести" → 10:00-18:00). Minutes
  said after an hour are its minutes: "nine thirty", "eight-thirty a.m.", "od
  devet i trideset", "do 12 i 30" (a digit hour after a range word: never
  before a month, "29 и 30 декабря"), "с 8 ч 30 мин", "8 časova i 30 minuta";
  "с половины восьмого" is 7:30, "od pola devet" 8:30.
- Excepted days keep hours given right after them ("daily 9–9, except
  Fridays, when we close at 6 PM" → Fr 09:00-18:00); without any they are
  closed ("ежедневно, кроме воскресенья").
- Hours naming no days, later in a sentence that opened with a special day,
  are that day's ("Dec. 25: all stores closed, except our Elm Street store,
  which is open 10 AM to 4 PM"), and so is a closure ("На Божић, 7. јануара, X ради од 10 до 14, а Y је
  затворена"; "1 января аптека на Ленина и аптека на Кирова закрыты": one fact a place joined by "и"/"and", its
  text starting at the place); a date and its holiday named beside it
  ("4 ноября, в День народного единства") are one day. A date a colon closes labels what follows it: places
  named or counted and their plain hours ("Christmas Eve: Old Town and River Hills 10 AM – 4 PM", "New Year's Day:
  all stores noon–5"), or a subject of up to eight words and its closing time ("Christmas Eve: the Bay Street
  Welcome Center closes at 3 PM"); and its line's later sentences, a closure of places named alone among them
  ("Christmas Eve: Old Town 10–4. New Ulm closed.", not "… X open 24/7 (front desk closed)").
- "The other days" ("остальные дни с 12 до 24", "all other days 9–6", "ostalim
  danima 9–20") are the days the same schedule does not name, before or after
  them; alone they are nothing, the named days being elsewhere.
- A week may be told over sentences: separators only between them, or a short
  sentence that closes the other days ("… суботом од 8 до 16. Недељом салон
  не ради.") goes on with it.
- When an offer applies is not when the place is open: a schedule of spans
  under six hours in a sentence that states a discount, a promotion or a
  bundle price, two for the price of one or half price ("по цене одного", "za cenu jednog"), something given
  free ("кофе бесплатно") and no hours cue ("По будням с 8 до 10 утра — скидка 20%") is left out.
- Without an hours cue in the text, a schedule made only of named days open
  less than three hours each is taken for a class or event and not emitted;
  with one, still so when no hours word stands in its own sentence nor in the
  headings and it does not go on with the week before it ("Open Tues–Sun
  9:30–4:30. Toddler Time runs Tuesdays 9:30–10:30").
- Nor are weeks that are not the place's: a service's ("Hearing screenings are
  offered Mondays 10–3", "прививки по субботам с 9 до 13"; no word of opening
  between), a doctor's or trainer's (under a heading naming them: "Наши
  врачи"), a secretary's ("Секретар школе … радним данима од 10 до 14"), a
  stream's or webcam's ("a Paw-Cam that streams 24/7"), a break's with its
  days ("обед в будни 13–14"), or "the other branches'" ("Остале експозитуре
  суботом не раде"). A day "по записи" / "by appointment" states no hours
  and does not end the week.
- English bare "6–11" is 06:00-23:00: a shop opening at dawn closes at night.
- A slash number after a street's name ("Кольцевое шоссе, 7/1") is a house, not a date.
- An English month with its day after it belongs to that day, not to the range closing the sentence before
  it ("Mon–Sat 9–6. Dec 31: closed" is a week and a day, not "9–6 December").
- A vacation ("winter break", "godišnji odmor") closes dates, never weekdays ("Over winter break (Dec 26 – Jan 3)
  X adds weekday hours, Mon–Thu 1–9 PM"; "the Winter Break Weekday Deal"); weekdays after a day group naming the
  hours ("weekday hours, Mon–Thu 1–9 PM") say which days it means.
- Short forms: "вс — вых." and "Ned: neradna" close the day; "7 days, 8 AM – 10 PM" is every day; a
  range after "ages" or "grades" ("Storytime for ages 2–5") is no time.
- Public holidays ("праздничные дни", "praznicima") are recognised so they do
  not break a schedule, but the value keeps only Mo..Su; after every-day hours
  ("работает круглосуточно, в праздники тоже") they take nothing from them.
  "24 hours a day", like "24 часа в сутки" and "24 сата дневно", is round the
  clock with no days named.
"""

from __future__ import annotations

import calendar
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Sequence

import opening_hours as _osm

from consistency.facts.dates import (
    _MONTHS_SERBIAN_INSTRUMENTAL,
    DAY_PHRASES,
    DAY_WORDS,
    MONTHS_DAY_FIRST,
    MONTHS_ENGLISH,
    find_dates,
    find_periods,
)
from consistency.facts.holidays import HOLIDAY_SPELLINGS, next_holiday
from consistency.facts.numbers import PERCENT_WORD, spoken_numbers
from consistency.facts.word_patterns import any_word

DAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_MONTH_CODES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ALL = frozenset(range(7))
_WEEKDAYS = frozenset(range(5))
_WEEKEND = frozenset((5, 6))
_PAST_WINDOW = timedelta(days=61)
# Without an hours cue in the text, a schedule of spans all shorter than this
# is a class or an event ("лекция в пятницу с 18 до 20"), not opening hours.
_EVENT_SPAN = 180  # how far in the past a yearless special day may lie


@dataclass(frozen=True)
class OpeningHours:
    """Opening hours read from text: a weekly schedule, or one special day / date range."""

    value: str  # canonical OSM syntax
    raw: str  # exact substring of the input text it was read from
    start: int  # span of raw in the input text
    end: int
    valid_from: date | None = None  # special days / closures only
    valid_to: date | None = None


# --------------------------------------------------------------------------
# Word tables

# Every form a day name takes in running text; inflected forms matter because
# "по понедельникам", "od ponedeljka do petka", "nedeljom" are how people write.
_DAY_FORMS: dict[int, str] = {
    0: "пн пнд понед понедельник понедельника понедельнику понедельником понедельники понедельникам "
    "понедельников понедельнике пон понедељак понедељка понедељку понедељком понедељцима "
    "pon ponedeljak ponedeljka ponedeljku ponedeljkom ponedeljcima ponedjeljak ponedjeljka ponedjeljkom",
    1: "вт втр вторник вторника вторнику вторником вторники вторникам вторников вторнике "
    "уто уторак уторка уторку уторком уторцима uto utorak utorka utorku utorkom utorcima",
    2: "ср срд среда среду среды среде средам средой сре средом средама "
    "sre sreda sredu srede sredom sredama srijeda srijedu srijede srijedom",
    3: "чт чтв четверг четверга четвергу четвергом четверги четвергам четвергов четверге "
    "чет четвртак четвртка четвртку четвртком четвртцима "
    "čet cet četvrtak cetvrtak četvrtka cetvrtka četvrtku cetvrtku četvrtkom cetvrtkom",
    4: "пт птн пятница пятницу пятницы пятнице пятницам пятницей пятниц "
    "пет петак петка петку петком петцима pet petak petka petku petkom petcima",
    5: "сб сбт суббота субботу субботы субботе субботам субботой суббот "
    "суб субота суботу суботе суботом суботама sub subota subotu subote subotom subotama",
    6: "вс вск вскр воскр воскресенье воскресенья воскресенью воскресеньям воскресеньем воскресений "
    "нед недеља недељу недеље недељом недељама "
    "ned nedelja nedelju nedelje nedeljom nedeljama nedjelja nedjelju nedjelje nedjeljom",
}
_DAY_FORMS_EN: dict[int, str] = {
    0: "mon monday mondays",
    1: "tue tues tuesday tuesdays",
    2: "wed weds wednesday wednesdays",
    3: "thu thur thurs thursday thursdays",
    4: "fri friday fridays",
    5: "sat saturday saturdays",
    6: "sun sunday sundays",
}
# OSM-style two-letter codes are English words too ("We", "Sa"), so they count
# only when capitalised as codes are.
_DAY_CODES_LOWER = {code.lower(): i for i, code in enumerate(DAY_CODES)}

# The month tables are the date grammar's: one place for every spelling.
_SHORT_SPAN = 2 * 60  # English bare hours this close or closer read the closing hour as pm ("Open 7 days: 8–9")
_DAWN_OPENING = 6 * 60  # an English bare "6" opens a long day (1 to 5 are afternoon hours: "Sun 1–5")
_ENGLISH_MONTHS = frozenset(name for names in MONTHS_ENGLISH.values() for name in names)
# (the instrumental after "закључно са": "од 31. децембра закључно са 4. јануаром")
_MONTH_FORMS: dict[int, str] = {m: " ".join(MONTHS_DAY_FIRST[m] + MONTHS_ENGLISH[m] + _MONTHS_SERBIAN_INSTRUMENTAL[m])
                                for m in range(1, 13)}

# (kind, value) for single words; multi-word phrases are in _PHRASE_TABLE.
# Kinds: group (value: day set), holiday, closed, ambig ("выходные": closed or
# the weekend), break, cue, from, to, po ("по": range word or prefix), and,
# on, except, partday, noon, midnight, hourunit, unit, addr, filler, year_word.
_WORD_TABLE: dict[str, tuple[str, str]] = {
    "allday:2": "круглосуточно круглосуточный круглосуточная круглосуточное круглосуточные nonstop нонстоп",
    # "Ежедн. 10–20": a sign's or a table's short form, as "вых." is
    "group:all": "ежедневно ежедневный ежедн круглогодично daily everyday svakodnevno свакодневно",
    "group:weekdays": "будни будням weekdays weekday",
    "group:weekend": "weekends weekend vikendom vikend викендом викенд",
    "holiday": "праздники праздникам праздничные holidays praznicima praznici празницима празници",
    "closed": "выходной закрыто закрыт закрыта закрыты нерабочий нерабочие closed zatvoreno zatvoren zatvorena "
    "zatvoreni zatvorene затворено затворен затворена затворени затворене neradni neradan нерадни нерадан "
    # "вс — вых.", "Ned: neradna" (a day is feminine in Serbian: "neradna nedelja")
    "вых neradna нерадна neradne нерадне "
    # "закрывается на ремонт с 11 по 17 января"
    "закрывается закрываются закроется закроются закрываемся закроемся "
    # "1 января — отдыхаем всей командой": the business rests
    "отдыхаем odmaramo одмарамо",
    "ambig": "выходные",
    "break": "обед перерыв перерывом lunch break pauza пауза pauzu паузу pauzom паузом",
    "cue": "режим график работаем работает работают работал работала работало работали radili радили radila радила radile радиле "
    "открыто открыты открыта открыт прием приём hours open opens "
    "radimo радимо radi ради rade раде otvoreno отворено otvoreni отворени dostupan dostupna dostupni доступан "
    "доступна доступни available answered приходите заходите ждём ждем dođite дођите svratite свратите",
    "from": "с со c from od од",
    "from_weak": "от",
    "to": "до to till til until do through thru",
    "po": "по",
    "and": "и and i а",
    # Serbian "a" joins clauses ("od 8 do 17 h, a subotom od 8 do 13 h"), never list items
    "clause": "a",
    "on": "в во on at u у",
    "except": "кроме except excluding osim осим",
    "partday:am": "утра ujutru ујутру",
    "partday:day": "дня popodne поподне",
    "partday:pm": "вечера uveče uvece увече",
    "partday:night": "ночи noću",
    "noon": "noon midday полдень полудня podne подне",
    "midnight": "midnight полночь полуночи ponoć ponoc поноћ",
    "hourunit": "ч час часа часов h hr hrs sati sata čas cas časa casa časova casova часова сати сата",
    "unit": "лет год года годов мес месяц месяца месяцев дней недель недели кг г гр км м см мм л мл шт руб "
    "рублей рубля р дин din rsd eur usd евро долларов человек чел гостей мест раз минут мин сек секунд "
    "years year yrs months days weeks kg km mi lbs people persons minutes mins min seconds sec dana дана "
    "godina година meseci месеци meseca месеца evra евра dinara динара minuta минута osoba особа класс класса классов "
    "этаж этажа sprat спрат",
    "addr": "д дом корп корпус к стр строение кв оф офис каб кабинет пом помещение ул улица пр просп проспект "
    "пер переулок пл площадь бульвар ш шоссе наб мкр no nr br бр broj број ulica ul bulevar bul булевар "
    "trg трг house street st ave avenue road rd suite ste apt unit floor room зал тел tel факс fax "
    # not an address, but a number range after them is no time all the same: "Storytime for ages 2–5"
    "ages aged grades",
    "filler": "мы we are is only только также тоже для вас вам теперь now обычно usually smo смо it they je је "
    "samo само "
    # "Saturday mornings from 8 to noon", "weekday hours of 8 to 6"
    "mornings evenings afternoons of "
    # "31. децембра експозитуре раде скраћено, од 8 до 14": shortened hours are hours
    "скраћено skraćeno skraceno сокращенно сокращённо "
    # a table's highlight of the current day: "Wednesday Today: 7:00 AM – 10:00 PM"
    "today сегодня danas данас",
}
# "первого января", "prvog januara", "Први јануар", "тридцать первого декабря": a day number written as words
_WORD_TABLE.update({f"ordinal:{day}": " ".join(forms) for day, forms in DAY_WORDS.items()})
# Hours spoken in IVR prompts: "с девяти до двадцати одного", "од девет до двадесет један час", "nine to five";
# "в час" is one o'clock.
_SPOKEN_HOURS = {**{phrase: (value, "en" if english else "") for phrase, (value, english) in spoken_numbers(24).items()},
                 "час": (1, ""), "часу": (1, "")}  # "до часу ночи"

_EN_WORDS = frozenset(
    "daily everyday weekdays weekends weekend holidays closed lunch break hours open from to till til until "
    "through thru and on except excluding noon midday midnight weekday mornings evenings afternoons of answered".split()
)

_EN_PHRASE_WORDS = frozenset(
    "every day days week a seven all of the on at weekdays weekends weekend public bank holidays off lunch break late later "
    "without for you opening hours times business office working store operation we are open round around clock "
    "non stop except 24h hrs close closes closing early at in morning afternoon evening night other opens".split()
)

_HOLIDAY_NAME = re.compile(
    r"(?<![\w-])(?:" + any_word(HOLIDAY_SPELLINGS, space=" ")
    + r"|новый год|нова година|nova godina)(?![\w-])",
    re.IGNORECASE,
)


def names_a_day(label: str, *, dates: bool = True) -> bool:
    """Whether a heading or table cell names a day rather than a place: a holiday ("Thanksgiving Day") or, with
    `dates`, a date ("31 декабря"; a street may be named after one: "на 8 Марта")."""
    return bool(_HOLIDAY_NAME.search(label)) or dates and bool(find_dates(label, today=date(2000, 1, 1)))


# "M–F", "M-Th": single-letter day names, read only in a range with another day.
_LETTER_DAYS = {"M": 0, "W": 2, "F": 4}
_LETTER_DAY_NEXT = re.compile(r"[ \t]?[-–—][ \t]?(?:[MWF]|Tu|Th|Sa|Su|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?![a-z])")
_LETTER_DAY_BEFORE = re.compile(r"(?:[MWF]|Mo|Tu|We|Th|Sa|Mon|Tue|Wed|Thu|Sat)[ \t]?[-–—][ \t]?$")

_PHRASE_TABLE: dict[str, str] = {
    # "from 7:30 in the morning until 6 in the evening": English parts of the day after an hour
    "partday:am": "in the morning",
    "partday:day": "in the afternoon",
    "partday:pm": "in the evening|at night",
    # "од 14 до 1 после поноћи": the small hours, said as after midnight
    "partday:night": "после поноћи|posle ponoći|posle ponoci|после полуночи|after midnight|past midnight",
    "group:all": "каждый день|все дни|все дни недели|всю неделю|без выходных|без выходных дней|"
    "без выходных и праздников|без выходных и праздничных дней|без перерыва и выходных|"
    "без перерывов и выходных|без обеда и выходных|без выходных и перерывов|без выходных и обеда|"
    "без перерыва на обед и выходных|7 дней в неделю|семь дней в неделю|every day|7 days a week|"
    "seven days a week|all week|every day of the week|open 7 days|open seven days|open 7 days a week|"
    "open seven days a week|365 days a year|open 365 days|svakog dana|svaki dan|сваког дана|сваки дан|svakoga dana|свакога дана|"
    "7 dana u nedelji|7 дана у недељи|7 days|seven days|7 дней|7 dana|7 дана|sedam dana u nedelji|седам дана у недељи|bez neradnih dana|"
    "без нерадних дана|svim danima|свим данима|svakim danom|сваким даном|"
    # "0–24, svih 365 dana", "365 дней в году"
    "svih 365 dana|свих 365 дана|svih sedam dana|свих седам дана|svih 7 dana|свих 7 дана|365 dana u godini|"
    "365 дана у години|365 дней в году|365 days",
    "group:weekdays": "будние дни|в будни|по будням|в будние дни|по будним дням|рабочие дни|в рабочие дни|"
    "по рабочим дням|рабочим дням|week days|on weekdays|radnim danima|radni dani|radnim danom|radni dan|"
    "радним данима|радни дани|радним даном|радни дан",
    "group:weekend": "в выходные|по выходным|в выходные дни|по выходным дням|выходным дням|on weekends|"
    "at weekends|on the weekend|at the weekend",
    "ambig": "выходные дни",
    # the days the schedule has not named yet ("пт, сб — до 2 ночи, остальные дни с 12 до 24")
    "rest": "остальные дни|в остальные дни|остальные дни недели|в остальные дни недели|в другие дни|other days|"
    "all other days|on other days|the other days|on all other days|all other times|ostalim danima|ostalih dana|"
    "ostali dani|ostale dane|осталим данима|осталих дана|остали дани|остале дане|drugim danima|другим данима",
    "holiday": "праздничные дни|в праздничные дни|в праздники|по праздникам|праздничным дням|"
    "по праздничным дням|нерабочие праздничные дни|public holidays|bank holidays|on holidays|"
    "državni praznici|drzavni praznici|za praznike|државни празници|за празнике",
    "closed": "выходной день|санитарный день|санитарные дни|санитарный|санитарные|sanitarni dan|санитарни дан|не работает|не работаем|не работают|нерабочий день|нерабочие дни|day off|"
    "days off|ne radi|ne radimo|ne rade|neće raditi|nece raditi|неће радити|не будет работать|не будут работать|не ради|не радимо|не раде|neradni dan|нерадни дан|neradan dan|нерадан дан|close for|"
    "closes for|closing for",
    "closed:vacation":
    # a business's vacation: "takes its winter break from December 21 to January 3", "od 1. do 15. avgusta smo na
    # godišnjem odmoru"
    "winter break|holiday break|christmas break|godišnji odmor|godišnjem odmoru|godisnji odmor|godisnjem odmoru|"
    "годишњи одмор|годишњем одмору|отпуск|в отпуске|на каникулах|на каникулы",
    "break": "uz pauzu|уз паузу|sa pauzom|са паузом|обеденный перерыв|перерыв на обед|технический перерыв|lunch break|closed for lunch|close for lunch|closes for lunch|pauza za ručak|"
    "pauza za rucak|пауза за ручак",
    "filler": "без обеда|без перерыва|без перерывов|без перерыва на обед|without break|bez pauze|"
    "без паузе|bez prekida|без прекида|с вами|for you|"
    # a day open by appointment states no hours, and the week goes on past it ("Сб: по записи\nВс: выходной")
    "по записи|по предварительной записи|by appointment|by appointment only|po dogovoru|по договору|"
    "po zakazivanju|по заказивању|uz zakazivanje|уз заказивање|"
    # "ради само пре подне, од 9 до 13": the part of the day the hours after it spell out
    "пре подне|pre podne|само пре подне|samo pre podne",
    "cue": "режим работы|график работы|время работы|часы работы|часы приема|часы приёма|время приема|"
    # "откроется в 12:00 и будет работать до 6 утра": the future said with its auxiliary
    "будет работать|будут работать|будем работать|"
    "время приёма|opening hours|opening times|business hours|office hours|working hours|store hours|"
    "hours of operation|we are open|radno vreme|radno vrijeme|радно време|радно вријеме|"
    # "open early, 8 AM to 8 PM", "open late, 10 to 9": the adverb belongs to the verb, the hours follow it
    "open early|opens early|open late|opens late|open later",
    "allday:1": "24 часа|24 ч|24h|24 h|24 hours|24 hrs|24 sata|24 сата",
    "allday:2": "круглые сутки|24 часа в сутки|24 ч в сутки|round the clock|around the clock|non stop|24 hours a day|"
    "нон стоп|24 sata dnevno|24 сата дневно",
    "except": "except for|за исключением",
    # "од 31. децембра закључно са 4. јануаром": up to and including
    "to": "zaključno sa|zakljucno sa|закључно са|zaključno do|закључно до",
    # "The Brookings clinic is closed that day": the date the sentence before named
    "sameday": "that day|that same day|on that day|в этот день|в тот день|в этот же день|в тот же день|"
    "tog dana|toga dana|tog istog dana|тог дана|тога дана|тог истог дана|taj dan|тај дан",
    # "we open at 10 and close at 5", "открываемся в 10 и работаем до 16": an opening time said as a verb
    "from:open": "open at|opens at|we open at|opening at|open early at|opens early at|opening early at|"
    "открываемся в|открывается в|открываются в|откроемся в|откроется в|откроются в|"
    "otvaramo u|otvara u|otvaraju u|отварамо у|отвара у|отварају у|"
    # "only at noon": a late opening
    "открываемся только в|открывается только в|откроемся только в|otvaramo tek u|otvara tek u|otvaraju tek u|"
    "отварамо тек у|отвара тек у|отварају тек у",
    "to:close": "close at|closes at|closing at|close early at|closes early at|closing early at|close early|"
    "closes early|closing early",
}


# "December twenty-fourth", "January first": a day said in an IVR prompt, read only right after its month
_ENGLISH_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ENGLISH_ORDINALS = {
    **{word: day for day, word in enumerate(_ENGLISH_ORDINAL_UNITS, 1)},
    **{word: day for day, word in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty {word}": 20 + day for day, word in enumerate(_ENGLISH_ORDINAL_UNITS, 1)},
    "thirtieth": 30, "thirty first": 31,
}


_SPOKEN_24 = tuple(phrase for phrase, (hour, _) in _SPOKEN_HOURS.items() if hour == 24)


def _build_words() -> tuple[dict[str, tuple[str, object, str]], dict[str, tuple[str, object, str]]]:
    groups = {"all": _ALL, "weekdays": _WEEKDAYS, "weekend": _WEEKEND}
    words: dict[str, tuple[str, object, str]] = {}
    for day, forms in _DAY_FORMS.items():
        for w in forms.split():
            words[w] = ("day", day, "")
    for day, forms in _DAY_FORMS_EN.items():
        for w in forms.split():
            words[w] = ("day", day, "en")
    for month, forms in _MONTH_FORMS.items():
        for w in forms.split():
            # a month name that is also a day or unit word stays what it was
            words.setdefault(w, ("month", month, ""))
    for key, forms in _WORD_TABLE.items():
        kind, _, arg = key.partition(":")
        val: object = groups.get(arg, arg) if kind == "group" else (int(arg) if kind in ("allday", "ordinal") else arg)
        for w in forms.split():
            if w in words and words[w][0] in ("day", "month"):
                continue
            words[w] = (kind, val, "en" if w in _EN_WORDS else "")
    phrases: dict[str, tuple[str, object, str]] = {}
    for key, forms in _PHRASE_TABLE.items():
        kind, _, arg = key.partition(":")
        val = groups.get(arg, arg) if kind == "group" else (int(arg) if kind == "allday" else arg)
        if kind == "to":
            val = arg  # "close": a closing time follows, maybe after ", at"
        for p in forms.split("|"):
            english = all(w.isdigit() or w in _EN_PHRASE_WORDS for w in p.split())
            phrases[p] = (kind, val, "en" if english else "")
            if kind == "allday" and p.startswith("24 "):
                # "dvadeset četiri sata dnevno", "twenty-four hours a day": an IVR prompt says the number
                for spoken in _SPOKEN_24:
                    phrases.setdefault(spoken + p[2:], (kind, val, "en" if english and spoken == "twenty four" else ""))
    for day, spoken in DAY_PHRASES.items():
        for phrase in spoken:
            phrases[phrase] = ("ordinal", day, "")
    for phrase, day in _ENGLISH_ORDINALS.items():
        phrases[phrase] = ("ordinal", day, "en")
    # "tridesetog prvog decembra": Serbian speech inflects the tens too
    for tens in (20, 30):
        for tens_word in (w for w in DAY_WORDS[tens] if w.endswith(("og", "ог"))):
            for unit in range(1, 10 if tens == 20 else 2):
                for unit_word in (w for w in DAY_WORDS[unit] if w.endswith(("og", "ог"))):
                    phrases.setdefault(f"{tens_word} {unit_word}", ("ordinal", tens + unit, ""))
    for phrase, (hour, lang) in _SPOKEN_HOURS.items():
        if phrase not in words and phrase not in phrases:  # "пет" stays Friday, "час" an hour unit
            phrases[phrase] = ("num", hour, lang)
    for spelling, key in HOLIDAY_SPELLINGS.items():
        phrases.setdefault(spelling, ("hdate", key, "" if key in ("božić", "bozic", "божић", "badnji dan",
                                                                    "бадњи дан") else "en"))
    return words, phrases


_WORDS, _PHRASES = _build_words()


def _phrase_pattern() -> str:
    """All phrases as one regex, factored as a trie: one pass per position instead of one try per phrase.

    Greedy optional tails try the longer phrase first, so "без выходных и
    праздников" wins over "без выходных"."""
    # "двадцать четвёртого": the tables spell е where a writer may put ё (the match is looked up with ё as е)
    return any_word(_PHRASES, space=r"[\s\-]{1,3}").replace("е", "[её]")


# Abbreviations that may carry a dot which is not a sentence end ("пн.", "ч.").
_DOT_KINDS = frozenset(("day", "month", "hourunit", "unit", "addr"))

_MASTER = re.compile(
    r"(?P<nl>\n)"
    r"|(?P<ws>[^\S\n\t]+)"
    # a phone number or ISO date: three or more dash-joined digit groups
    r"|(?P<phone>(?<![\w+])(?:\+?\d{1,3}[ \-]?)?(?:\(\d{2,5}\)[ \-]?)?\d{1,4}(?:[\-–]\d{2,4}){2,4}(?![\w\-–]))"
    # "с 9-00 до 18-00": minutes after a hyphen, only as a pair of quarter hours
    r"|(?P<hmm>(?<![\d\-–.])\d{1,2}-(?:00|15|30|45)[ ]{0,3}(?:до|do|to|[\-–—])[ ]{0,3}"
    r"\d{1,2}-(?:00|15|30|45)(?![\d\-–]))"
    r"|(?P<h247>(?<![\w/.])24[ ]?/[ ]?7(?![\w/]|\.\w))"
    r"|(?P<numdot>(?<![\d.,:/])(?:\d{1,2}\.\d{2}(?:\.(?:\d{4}|\d{2}))?(?![\d]|[.,:/]\d)"
    r"|\d{1,2}\.\d(?=\.(?!\d))))"  # "2.1.": a Serbian day and month, the month unpadded
    # "12/24", "11/26/2026": a US date (day first in Cyrillic or Serbian text)
    r"|(?P<slash>(?<![\d/.,$€£₽])\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?(?![\d/%]|[.,]\d))"
    # "9:30am", "9:30 p.m.", and the short US "9:30a"
    r"|(?P<time>(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d]|:\d)"
    r"(?:[ ]?[apAP]\.?[ ]?[mM]\.?(?![^\W\d_])|[apAP](?![^\W\d_]))?)"
    r"|(?P<ampm>(?<![\d:.,])\d{1,2}(?:[ ]?[apAP]\.?[ ]?[mM]\.?|[apAP])(?![^\W\d_]))"
    r"|(?P<ord>(?<!\d)\d{1,2}(?:st|nd|rd|th)(?![^\W\d_]))"
    r"|(?P<pct>\d{1,9}(?:[.,]\d{1,4})?[ ]?%)"
    r"|(?P<phrase>(?:" + _phrase_pattern() + r")(?![^\W\d_]))"
    r"|(?P<num>\d{1,12})"
    r"|(?P<zone>(?:по|po)[ ]{1,3}[^\W\d_]{3,20}[ ]{1,3}(?:времени|vremenu|времену)"
    r"|(?:moscow|local|eastern|central|pacific|mountain|belgrade)[ ]{1,3}time"
    r"|(?:utc|gmt|мск|msk|cet)(?:[ ]?[+−\-][ ]?\d{1,2}(?::\d\d)?)?(?![^\W\d_])"
    # US zones after a time: "8 a.m.–8 p.m. ET"
    r"|(?-i:[ECMP][SD]?T)(?![^\W\d_]))"
    r"|(?P<word>[^\W\d_]{1,40}(?:['’][^\W\d_]{1,10})?)"
    r"|(?P<dash>[\-–—‒−―‑])"
    r"|(?P<punct>[,;:.|/&()\[\]\t•·*№₽$€£!?«»\"“”„])"
    r"|(?P<other>\S)",
    re.IGNORECASE,
)

_PHRASE_GAP = re.compile(r"[\s\-]+")
_LEADING_DIGITS = re.compile(r"\d+")
_HH_MM = re.compile(r"(\d{1,2}):(\d{2})")
_MERIDIEM = re.compile(r"[aApP]")
_PM = re.compile(r"[pP]")
_HMM_PART = re.compile(r"(\d{1,2})-(\d{2})|(?<=[ \d])(?:до|do|to|[\-–—])(?=[ \d])", re.IGNORECASE)

# The first letters of every hour said in words: enough for a cheap look, never a whole word list per text.
_SPOKEN_STEMS = frozenset(re.escape(phrase[:4]) for phrase in _SPOKEN_HOURS if phrase not in ("час", "часу"))
# Cheap test that a text may state hours at all: a time-like number pair, a
# number with a time suffix or range word, or a closure / round-the-clock word.
_PRECHECK = re.compile(
    r"\d[ ]?[:.\-–—][ ]?\d|\d[ ]?(?:ч|h|[ap]\.?[ ]?m|утра|вечера|дня|ночи)|\d[ap]\b"
    r"|(?<![^\W\d_])(?:с|со|от|до|c|from|to|until|till|od|do|од|close[sd]?[ ]at)[ ]\d"
    # spoken hours: "с девяти до двадцати одного", "од девет до двадесет", "from nine to five", "до шести тридцати"
    r"|(?<![^\W\d_])(?:до|do|to|until|till)[ ](?:" + any_word(_SPOKEN_STEMS, space=" ")
    + r"|noon|midnight|полуноч|поноћ|ponoć)"
    # an hour said with its meridiem, as an IVR prompt writes it out: "we close early, at four P M"
    r"|(?<![^\W\d_])" + any_word(_SPOKEN_STEMS, space=" ") + r"[a-z]{0,6}[ ][ap]\.?[ ]?m(?![^\W\d_])"
    r"|24[ ]?/[ ]?7|(?:24|четыре|четири|četiri|cetiri|four)[ ](?:sat|сат|час|hour)|круглосуточ|круглые|round.the.clock|non.?stop|нон.?стоп|выходн|закрыт|затвор|zatvor"
    r"|closed?[ ]for|closes[ ]for|closing[ ]for|closed|не[ ]работ|не[ ]буд(?:ет|ут)[ ]работ|ne[ ]rad[ie]|не[ ]рад[ие]|neće[ ]rad|nece[ ]rad|неће[ ]рад|нерабоч|нерадн|neradn|noon|midnight|полдень|полночь"
    r"|(?:winter|holiday|christmas)[ ]break|odmor|одмор|отпуск|каникул|санитарн|sanitarn|отдыхаем|odmaramo|одмарамо",
    re.IGNORECASE,
)

# Words that make a special day's times read as hours even without a dash
# ("В праздничные дни: 31 декабря с 10 до 16").
_CONTEXT = re.compile(
    r"режим|график|час[ыа]\s+работ|работа[ею]|работать|открыт|праздн|сокращ|holiday|hours|open|radno|радно|radi|ради"
    r"|prazni|празни|новогод|выходн|close|закрыт|затвор|zatvor|\brade\b|\bраде\b",
    re.IGNORECASE,
)

# Separator strength between items: 0 glue (space, colon, dash, table cell),
# 1 a list mark (comma, parenthesis), 2 a sentence or line end.
_SEP = {",": 1, ";": 2, ".": 2, ":": 0, "|": 0, "\t": 0, "/": 1, "&": 1, "(": 1, ")": 1, "[": 1, "]": 1,
        "•": 2, "·": 2, "*": 2, "!": 2, "?": 2, "«": 0, "»": 0, '"': 0, "“": 0, "”": 0, "„": 0}


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    start: int
    end: int
    val: object = None
    lang: str = ""


# How long something takes, before a count of hours: "within 24 hours", "у року од 24 сата", "в течение 24 часов"
_WITHIN = re.compile(r"(?<![^\W\d_])(?:within|in|after|року[ \t]од|roku[ \t]od|течение|через|за|posle|после|nakon"
                     r"|након)[ \t]{1,2}$", re.IGNORECASE)

# A month said as when without a day: Russian prepositional ("в декабре"), Serbian locative ("у децембру", "u
# decembru"), English after "in" or "during"
_MONTH_IN: dict[str, int] = {}
for _m in range(1, 13):
    for _form in MONTHS_DAY_FIRST[_m]:
        if len(_form) >= 3 and _form.endswith("е") and not _form.isascii():
            _MONTH_IN[_form] = _m  # "декабре", "мае"
        elif len(_form) > 3 and _form.endswith(("а", "a")) and _form[:-1] + "у" not in _MONTH_IN:
            _MONTH_IN[_form[:-1] + ("u" if _form.isascii() else "у")] = _m  # "децембру", "decembru", "maju"
    for _form in MONTHS_ENGLISH[_m]:
        if len(_form) > 3:
            _MONTH_IN[_form] = _m
_IN_A_MONTH = re.compile(r"(?<![^\W\d_])(?:в|во|u|у|in|during|tokom|током)[ \t]{1,2}$", re.IGNORECASE)
_DIGIT_AFTER = re.compile(r"[ \t.,]{0,2}\d")

_OF_THE_MONTH = re.compile(r"[ \t]{1,3}(?:месяца|месеца|meseca|meseci|месеци|of[ \t]{1,3}(?:the|each|every)[ \t]{1,3}month)"
                           r"(?![^\W\d_])", re.IGNORECASE)
_CLOSES_WORDS = frozenset(("закрывается", "закрываются", "закроется", "закроются", "закрываемся", "закроемся"))
# verbs that say a closing time only with one after them ("31. decembra zatvaramo u 15h"), never a closure alone
_CLOSING_VERBS = frozenset(("zatvaramo", "zatvaraju", "zatvara", "затварамо", "затварају", "затвара"))
_AT_A_TIME = re.compile(r"[ \t]{1,3}(?:в|во|u|у)[ \t]{1,3}\d")
_TENS_BEFORE = re.compile(r"(?<![^\W\d_])(?:двадесет|тридесет|четрдесет|педесет|шездесет|седамдесет|осамдесет"
                          r"|деведесет|dvadeset|trideset|četrdeset|cetrdeset|pedeset|šezdeset|sezdeset|sedamdeset"
                          r"|osamdeset|devedeset)(?:[ \t]{1,2}(?:и|i))?[ \t]{1,2}$", re.IGNORECASE)
_DATE_DOT_GOES_ON = re.compile(r"\.(?:[ \t]{1,3}|,[ \t]{0,3})[a-zčćšžđа-яёђјљњћџ]")  # "7.1., копирнице не раде"


# "Thanksgiving week", "Easter weekend", "the Christmas break": days around the holiday, not the holiday itself
_HOLIDAY_PERIOD = re.compile(r"[ \t]{1,2}(?:weeks?|weekends?|season|break|vacation)(?![^\W\d_])", re.IGNORECASE)


# A rate said in words after its number: "up to twenty-five percent", "до двадцати процентов", "do dvadeset posto",
# its units maybe a word of their own ("до двадцати пяти процентов")
_PERCENT_AFTER = re.compile(rf"(?:[-  \t][^\W\d_]{{2,10}})?[ \t]{{0,2}}(?i:{PERCENT_WORD})")
# "the day after Thanksgiving", and a holiday "and the day after" it (not "the day after we reopen"), maybe past its
# date in brackets ("Thanksgiving (Nov 26) & the day after")
_DAY_AFTER = re.compile(r"(?i)(?<![\w])the[ \t]{1,2}day[ \t]{1,2}after[ \t]{1,2}$")
_AND_THE_DAY_AFTER = re.compile(r"(?i)(?:[ \t]{0,2}\([^()\n]{1,24}\))?[ \t]{0,2}(?:&|and)[ \t]{1,2}(?P<after>the[ \t]{1,2}day[ \t]{1,2}after)(?![ \t]{1,2}[^\W\d_])")


def _goes_on_from_a_month(toks: list[_Tok], text: str) -> bool:
    """Whether an English day said as an ordinal goes on from the month and day before it: "December twenty-fourth
    and twenty-fifth", "December eighteenth through the twenty-third" (whose "the" is dropped)."""
    if (len(toks) >= 4 and toks[-1].kind == "word" and toks[-2].kind == "to" and toks[-3].kind in ("num", "ordinal")
            and toks[-4].kind == "month" and text[toks[-1].start : toks[-1].end].lower() == "the"):
        toks.pop()
    return (len(toks) >= 3 and toks[-1].kind in ("and", "to") and toks[-2].kind in ("num", "ordinal")
            and toks[-3].kind == "month")


def _tokenize(text: str, today: date) -> list[_Tok]:
    day_first: bool | None = None  # how slashed dates read, decided once per text when one occurs
    toks: list[_Tok] = []
    add = toks.append
    skip_to = 0
    for m in _MASTER.finditer(text):
        s, e = m.span()
        if s < skip_to:
            continue
        g = m.lastgroup
        if g == "ws":
            continue
        s_text = m.group()
        if g == "word":
            w = s_text.lower().replace("ё", "е")
            month = _MONTH_IN.get(w)
            if month is not None and toks and _IN_A_MONTH.search(text, max(0, s - 8), s) and not (
                    _DIGIT_AFTER.match(text, e)):
                # "у децембру ради и суботом", "в декабре работаем по субботам": the whole month, a season
                year = _resolve_year(28, month, None, today)
                if year is not None:
                    last = calendar.monthrange(year.year, month)[1]
                    add(_Tok("date", s, e, (1, month, year.year)))
                    add(_Tok("dash", e, e, "-"))
                    add(_Tok("date", e, e, (last, month, year.year)))
                    continue
            entry = _WORDS.get(w)
            if entry is None and len(w) == 2 and w in _DAY_CODES_LOWER and s_text[0].isupper():
                entry = ("day", _DAY_CODES_LOWER[w], "en")
            elif entry is None and s_text in _LETTER_DAYS and (
                _LETTER_DAY_NEXT.match(text, e) or _LETTER_DAY_BEFORE.search(text, max(0, s - 6), s)
            ):
                entry = ("day", _LETTER_DAYS[s_text], "en")
            if entry is None and w == "off" and toks and toks[-1].kind == "day":
                entry = ("closed", "", "en")  # "takes Sundays and Mondays off"; never "20% off"
            if entry is None and w in _CLOSING_VERBS and _AT_A_TIME.match(text, e):
                add(_Tok("to", s, e, "close", "sr"))  # "31. decembra zatvaramo u 15h": a closing time
                continue
            if entry is None:
                add(_Tok("word", s, e))
                continue
            kind, val, lang = entry
            if kind == "closed" and w in _CLOSES_WORDS and _AT_A_TIME.match(text, e):
                add(_Tok("to", s, e, "close", lang))  # "31 декабря магазины закрываются в 16:00": a closing time
                continue
            if kind == "day" and (_OF_THE_MONTH.match(text, e) or w in ("пет", "pet") and _TENS_BEFORE.search(
                    text, max(0, s - 12), s)):
                # "последний четверг месяца — санитарный день": no weekly rule; "Блок четрдесет пет": a number
                add(_Tok("word", s, e))
                continue
            # an abbreviation's dot ("пн.", "Thurs.", "Dec."), never a full name's sentence end ("…and Sundays.")
            # "до 17 часов. Первого января…": a whole hour word ends its sentence like a full day name does
            if kind in _DOT_KINDS and text[e : e + 1] == "." and (
                    kind not in ("day", "month", "hourunit") or len(s_text) <= (3 if kind == "hourunit" else 5)):
                e += 1
                skip_to = e
            add(_Tok(kind, s, e, val, lang))
        elif g == "phrase":
            key = " ".join(_PHRASE_GAP.split(s_text.lower().replace("ё", "е")))
            kind, val, lang = _PHRASES[key]
            if kind == "ordinal" and lang == "en" and not (toks and toks[-1].kind == "month") and not (
                    _goes_on_from_a_month(toks, text)):
                add(_Tok("word", s, e))  # "the first Saturday", "second floor"
                continue
            if kind == "allday" and val == 1 and _WITHIN.search(text, max(0, s - 16), s):
                add(_Tok("word", s, e))  # "одговарамо у року од 24 сата", "we reply within 24 hours": a time limit
                continue
            if kind == "hdate":
                day = next_holiday(val, today)
                if day is None or _HOLIDAY_PERIOD.match(text, e):
                    add(_Tok("word", s, e))
                    continue
                before = _DAY_AFTER.search(text, max(0, s - 16), s)
                if before:  # "closed the day after Christmas": December 26th
                    day += timedelta(days=1)
                    while toks and toks[-1].start >= before.start():
                        toks.pop()
                    s = before.start()
                val = (day.day, day.month, day.year)
                after = _AND_THE_DAY_AFTER.match(text, e)
                if after:
                    # "Thanksgiving and the day after": both days, as a range
                    nxt = day + timedelta(days=1)
                    add(_Tok(kind, s, e, val, lang))
                    add(_Tok("dash", after.start(), after.start("after"), "-"))
                    add(_Tok("date", after.start("after"), after.end(), (nxt.day, nxt.month, nxt.year), lang))
                    skip_to = after.end()
                    continue
            add(_Tok(kind, s, e, val, lang))
        elif g == "num":
            v = int(s_text)
            if len(s_text) <= 2:
                add(_Tok("num", s, e, v))
            elif len(s_text) == 4 and 1900 <= v <= 2099:
                add(_Tok("year", s, e, v))
            else:
                add(_Tok("big", s, e, v))
        elif g == "time":
            add(_time_token(s_text, s, e))
        elif g == "ampm":
            digits = _LEADING_DIGITS.match(s_text).group()
            ap = "p" if _PM.search(s_text, len(digits)) else "a"
            add(_Tok("time", s, e, (int(digits), 0, ap, "ampm"), "en"))
        elif g == "numdot":
            tok = _numdot_token(s_text, s, e)
            # "31.12. radimo od 7 do 15": a Serbian date's closing dot, not a sentence end, before a lower-case word
            if tok.kind == "date" and _DATE_DOT_GOES_ON.match(text, e):
                tok = _Tok("date", s, e + 1, tok.val)
                skip_to = e + 1
            add(tok)
        elif g == "slash":
            if day_first is None:
                day_first = bool(_DAY_FIRST_TEXT.search(text))
            add(_Tok("other", s, e) if _after_street(toks) else _slash_token(s_text, s, e, day_first))
        elif g == "ord":
            _goes_on_from_a_month(toks, text)  # "December 18th through the 23rd": drops the "the"
            add(_Tok("num", s, e, int(s_text[:-2]), "en"))
        elif g == "hmm":
            for mt in _HMM_PART.finditer(s_text):
                if mt.group(1):
                    add(_Tok("time", s + mt.start(), s + mt.end(), (int(mt.group(1)), int(mt.group(2)), None, "dash")))
                else:
                    add(_Tok("dash", s + mt.start(), s + mt.end(), "-"))
        elif g == "h247":
            add(_Tok("allday", s, e, 3))
        elif g == "dash":
            add(_Tok("dash", s, e, s_text))
        elif g == "punct":
            if s_text == "№":
                add(_Tok("addr", s, e))
            elif s_text in "₽$€£":
                add(_Tok("unit", s, e))
            else:
                add(_Tok("sep", s, e, s_text))
        elif g == "nl":
            # a hard-wrapped line ending in "and" goes on ("closed on Friday, December 25 and\nFriday, January 1")
            if not (toks and toks[-1].kind == "and" and toks[-1].lang == "en"):
                add(_Tok("sep", s, e, "\n"))
        elif g == "zone":
            add(_Tok("filler", s, e))
        elif g == "pct":
            add(_Tok("pct", s, e))
        elif g == "phone":
            add(_Tok("phone", s, e))
        else:
            add(_Tok("other", s, e, s_text))
    return _regular_hours_except(_holidays_label(_included_days(_lunch_closures(_spoken_minutes(toks, text), text),
                                                               text)), text)


_INCLUDING = frozenset(("включая", "including", "incl", "uključujući", "ukljucujuci", "укључујући"))
_INCLUDED_KINDS = frozenset(("day", "and", "dash", "on", "po", "holiday", "group", "ambig"))


def _included_days(toks: list[_Tok], text: str) -> list[_Tok]:
    """"ежедневно, включая воскресенье, с 9 до 21", "every day, including Sunday": the days named after an
    every-day word add nothing to it, and are said as words that bind no hours."""
    out: list[_Tok] = []
    including = False
    for t in toks:
        if including and t.kind in _INCLUDED_KINDS:
            out.append(_Tok("filler", t.start, t.end))
            continue
        including = False
        if t.kind == "word" and text[t.start:t.end].lower() in _INCLUDING:
            before = next((u for u in reversed(out) if u.kind != "sep"), None)
            if before is not None and before.kind == "group" and before.val == _ALL:
                out.append(_Tok("filler", t.start, t.end))
                including = True
                continue
        out.append(t)
    return out


_DATE_KINDS = frozenset(("month", "date", "hdate"))


def _holidays_label(toks: list[_Tok]) -> list[_Tok]:
    """"Holidays: closed Thursday, November 26 and …": a holidays word a colon follows, over a clause naming dates,
    is a label for those dates, not the public holidays the closure is for."""
    for i, t in enumerate(toks):
        if t.kind != "holiday" or i + 1 >= len(toks) or toks[i + 1].kind != "sep" or toks[i + 1].val != ":":
            continue
        for u in toks[i + 2:]:
            if u.kind == "sep" and u.val in (".", ";", "\n"):
                break
            if u.kind in _DATE_KINDS:
                toks[i] = _Tok("word", t.start, t.end)
                break
    return toks


_REGULAR = frozenset(("regular", "usual", "normal"))
_BUT = frozenset(("but",))


def _regular_hours_except(toks: list[_Tok], text: str) -> list[_Tok]:
    """"New Year's Eve: regular hours, except Oak Street closes at 5 PM": the regular hours state nothing new for the
    date, which goes on to the place excepted and its hours, as if said alone."""
    for i in range(len(toks) - 2):
        t = toks[i]
        if t.kind != "word" or text[t.start:t.end].lower() not in _REGULAR or toks[i + 1].kind != "cue" or (
                text[toks[i + 1].start:toks[i + 1].end].lower() != "hours"):
            continue
        k = i + 2 + (toks[i + 2].kind == "sep" and toks[i + 2].val == ",")
        # a place is excepted, never days ("regular hours except Sundays")
        if k + 1 < len(toks) and toks[k + 1].kind == "word" and (toks[k].kind == "except" or toks[k].kind == "word"
                                                                and text[toks[k].start:toks[k].end].lower() in _BUT):
            toks[i:k + 1] = [_Tok("filler", u.start, u.end) for u in toks[i:k + 1]]
    return toks


# Minutes after an hour, as people say them: "nine thirty", "eight-thirty a.m.", "с девяти тридцати", "od
# devet i trideset", "do 12 i 30", "с 8 ч 30 мин", "od 8 časova i 30 minuta". Tens then a unit ("dvadeset i pet")
# is a number, never an hour and its minutes: the minutes here come after a unit-sized hour or a digit.
_MINUTE_WORD = (r"thirty|fifteen|forty[ -]five|тридцать|тридцати|пятнадцать|пятнадцати|сорок[ \t]пять|сорока[ \t]пяти"
                r"|trideset|тридесет|petnaest|петнаест|četrdeset[ \t]pet|cetrdeset[ \t]pet|четрдесет[ \t]пет")
_MINUTE_UNIT = r"(?:[ \t]{1,3}(?:минут[аы]?|мин\.?|minuta|minute|minutes|mins?\.?))"
_MERIDIEM_AFTER = r"(?:[ \t]?(?P<ap>[ap])\.?[ \t]?m\.?(?![^\W\d_]))"
# after a spoken hour: its minutes in words, maybe after "и"/"i" ("од девет и тридесет")
_SPOKEN_MINUTES = re.compile(
    rf"(?:[ \t]{{1,3}}(?:и|i)[ \t]{{1,3}}|[ \t]{{1,3}}|-)(?P<m>{_MINUTE_WORD}){_MINUTE_UNIT}?(?![^\W\d_]){_MERIDIEM_AFTER}?",
    re.IGNORECASE,
)
# after a digit hour that a range word or dash introduces: "do 12 i 30", "до 14 и тридцать"
_JOINED_MINUTES = re.compile(
    rf"[ \t]{{1,3}}(?:и|i)[ \t]{{1,3}}(?:(?P<d>15|30|45)(?![\d:/\-–]|[.,]\d)|(?P<m>{_MINUTE_WORD})(?![^\W\d_])){_MINUTE_UNIT}?",
    re.IGNORECASE,
)
# after an hour and its unit, minutes and theirs: "8 ч 30 мин", "8 часов 30 минут", "8 časova i 30 minuta"
_UNIT_MINUTES = re.compile(
    r"[ \t]{0,3}(?:ч|час|часа|часов|h|sati|sata|časova|casova|часова|сати|сата)\.?[ \t]{1,3}(?:(?:и|i)[ \t]{1,3})?"
    rf"(?:(?P<d>[0-5]\d)|(?P<m>{_MINUTE_WORD})){_MINUTE_UNIT}(?![^\W\d_])",
    re.IGNORECASE,
)
# after a digit hour a range word or dash introduces, minutes a space apart as a script for speech writes them:
# "8 A M to 5 30 P M", "weekdays 8 to 4 30"; without a meridiem only quarter hours ending a clause
_SPACED_MINUTES = re.compile(
    rf"[ \t](?:(?P<d>[0-5]\d){_MERIDIEM_AFTER}|(?P<q>15|30|45)(?=[ \t]{{0,3}}(?:[,;)\n]|\.(?!\d)|$|(?:and|и|i|a)[ \t])))",
    re.IGNORECASE,
)
# "Monday through Friday, 8 30 to 4 30": an IVR script's spaced opening time, known by the range word after it
_SPACED_OPENING = re.compile(r"[ \t](?P<d>15|30|45)(?=[ \t]{1,3}(?:to|until|till|до|do|[-–—])[ \t]{0,3}\d)",
                             re.IGNORECASE)
_SPOKEN_MERIDIEM = re.compile(r"[ \t]{1,3}(?P<ap>[ap])\.?[ \t]?m\.?(?![^\W\d_])", re.IGNORECASE)  # "nine p.m."
_MINUTE_VALUES = {"thirty": 30, "fifteen": 15, "тридцать": 30, "тридцати": 30, "пятнадцать": 15, "пятнадцати": 15,
                  "trideset": 30, "тридесет": 30, "petnaest": 15, "петнаест": 15}
_HALF_HOUR = re.compile(r"половин[аыеу]|pola|пола", re.IGNORECASE)
_INTRO_KINDS = frozenset(("from", "from_weak", "to", "dash"))
# what after the minutes shows "12 и 30" was two numbers ("29 и 30 декабря", "14 и 30 %")
_NOT_AFTER_MINUTES = frozenset(("month", "unit", "pct", "num", "time", "hourunit"))


def _spoken_minutes(toks: list[_Tok], text: str) -> list[_Tok]:
    """"nine thirty", "с девяти тридцати", "do 12 i 30", "с 8 ч 30 мин": an hour and its minutes are one time,
    as "9:30" is."""
    out: list[_Tok] = []
    skip_to = -1
    for i, t in enumerate(toks):
        if t.start < skip_to:
            continue
        half = _HALF_HOUR.fullmatch(text, t.start, t.end) if t.kind == "word" and i + 1 < len(toks) else None
        if half is not None:
            # "с половины восьмого" (7:30), "od pola devet" (8:30): half of the hour named, on the way to it
            nxt = toks[i + 1]
            russian = half.group().lower().startswith("пол") and half.group().lower() != "пола"
            if (nxt.kind == "ordinal" if russian else nxt.kind == "num" and text[nxt.start].isalpha()) and (
                    1 <= nxt.val <= 12):
                out.append(_Tok("time", t.start, nxt.end, (nxt.val - 1 or 12, 30, None, "spoken"), ""))
                skip_to = nxt.end
                continue
        if t.kind == "num" and isinstance(t.val, int) and t.val <= 24:
            spoken = text[t.start:t.start + 1].isalpha()
            introduced = bool(out) and out[-1].kind in _INTRO_KINDS
            m = _UNIT_MINUTES.match(text, t.end)
            if m is None and spoken:
                m = _SPOKEN_MINUTES.match(text, t.end)
            if m is None and (spoken or introduced):
                m = _JOINED_MINUTES.match(text, t.end)
            if m is None and spoken and t.lang == "en":
                m = _SPOKEN_MERIDIEM.match(text, t.end)  # "nine p.m."
            if m is None and introduced and not spoken:
                m = _SPACED_MINUTES.match(text, t.end)
            if m is None and not spoken:
                m = _SPACED_OPENING.match(text, t.end)
            if m is not None:
                nxt = next((u for u in toks[i + 1:] if u.start >= m.end()), None)
                if nxt is None or nxt.kind not in _NOT_AFTER_MINUTES:
                    if m.groupdict().get("d") or m.groupdict().get("q"):
                        minutes = int(m.group("d") or m.group("q"))
                    elif not m.groupdict().get("m"):
                        minutes = 0
                    else:
                        minutes = _MINUTE_VALUES.get(m.group("m").lower(), 45)
                    ap = (m.groupdict().get("ap") or "").lower() or None
                    if ap is None or 1 <= t.val <= 12:
                        lang = "en" if ap else t.lang
                        out.append(_Tok("time", t.start, m.end(), (t.val, minutes, ap, "spoken"), lang))
                        skip_to = m.end()
                        continue
        out.append(t)
    return out


# "(closed 12:30–1:00 for lunch)", "(закрыто 13–14 на обед)": a closure of some hours, then what for, is a break
_FOR_LUNCH = re.compile(r"[ \t]{0,2}(?:for[ \t]{1,2}lunch|на[ \t]{1,2}обед|za[ \t]{1,2}ru[čc]ak|за[ \t]{1,2}ручак)",
                        re.IGNORECASE)


def _lunch_closures(toks: list[_Tok], text: str) -> list[_Tok]:
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        # "closed 12–1 for lunch", "closed from noon to 1 for lunch"
        at = i + 2 if i + 1 < len(toks) and toks[i + 1].kind == "from" else i + 1
        if t.kind == "closed" and at + 2 < len(toks) and toks[at + 1].kind in ("dash", "to") and all(
                toks[j].kind in ("time", "num", "noon") for j in (at, at + 2)):
            lunch = _FOR_LUNCH.match(text, toks[at + 2].end)
            if lunch:
                out += [_Tok("break", t.start, t.end, t.val, t.lang), *toks[i + 1:at + 3]]
                i = at + 3
                while i < len(toks) and toks[i].start < lunch.end():
                    i += 1  # the words "for lunch" are said
                continue
        out.append(t)
        i += 1
    return out


def _time_token(s_text: str, s: int, e: int) -> _Tok:
    m = _HH_MM.match(s_text)
    h, mi = int(m.group(1)), int(m.group(2))
    ap = None
    if _MERIDIEM.search(s_text, m.end()):
        ap = "p" if _PM.search(s_text, m.end()) else "a"
    if mi > 59 or h > 24 or (h == 24 and mi):
        return _Tok("other", s, e)
    return _Tok("time", s, e, (h, mi, ap, "colon"), "en" if ap else "")


_DAY_FIRST_TEXT = re.compile(r"[\u0400-\u04ff]|[čćšžđČĆŠŽĐ]")


def _after_street(toks: list[_Tok]) -> bool:
    """Whether a number follows a street's name ("Игнатьевское шоссе, 10/2", "ул. Ленина, 10/2"): a house, no date."""
    for t in reversed(toks[-5:]):
        if t.kind == "addr":
            return True
        if not (t.kind == "word" or t.kind == "sep" and t.val in (",", ".")):
            return False
    return False


def _slash_token(s_text: str, s: int, e: int, day_first: bool) -> _Tok:
    """'12/24' is December 24 in English, '24/12' the same day written day first; else not a date."""
    parts = [int(p) for p in s_text.split("/")]
    a, b = parts[0], parts[1]
    y = parts[2] if len(parts) == 3 else None
    if y is not None and y < 100:
        y += 2000
    month_first = not ((day_first or a > 12) and b <= 12)
    month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31) or (a > 12 and b > 12):
        return _Tok("other", s, e)
    # month first is the American way of writing a date: its bare hours ("12/24 10–3") follow English usage
    return _Tok("date", s, e, (day, month, y), "en" if month_first else "")


def _numdot_token(s_text: str, s: int, e: int) -> _Tok:
    """'10.00' is a time, '30.12' and '31.12.2026' are dates: a dotted pair is a time
    only when its second part cannot be a month (00 or 13..59)."""
    parts = s_text.split(".")
    a, b = int(parts[0]), int(parts[1])
    if len(parts) == 3:
        y = int(parts[2])
        y = y + 2000 if y < 100 else y
        if 1 <= b <= 12 and 1 <= a <= 31:
            return _Tok("date", s, e, (a, b, y))
        return _Tok("other", s, e)
    if b == 0 or 13 <= b <= 59:
        if a <= 24 and not (a == 24 and b):
            return _Tok("time", s, e, (a, b, None, "dot"))
        return _Tok("other", s, e)
    if 1 <= b <= 12 and 1 <= a <= 31:
        return _Tok("date", s, e, (a, b, None))
    return _Tok("other", s, e)


# --------------------------------------------------------------------------
# Items: what the grammar builds from tokens


@dataclass(slots=True)
class _Item:
    kind: str  # S (days or dates), V (times or closed), B (break), CUE, EXC, BRK
    start: int
    end: int
    sep: int = 0  # strength of the separators before it
    line_start: bool = False  # a line break stands before it
    glue: bool = False  # a dash or colon right before it
    days: frozenset[int] = frozenset()
    dates: tuple[tuple[tuple[int, int, int | None], tuple[int, int, int | None]], ...] = ()
    season: tuple = ()  # the date range a weekday spec holds in ("June 1 – Aug 31: Mon–Fri 7–7")
    group: bool = False
    holiday: bool = False
    lang: str = ""
    ivs: tuple[tuple[int, int], ...] = ()
    closed: bool = False
    close_only: int | None = None
    close_stated: bool = False  # the closing time alone says its half of the day ("until 8 PM", "до часу ночи")
    open_only: int | None = None
    pm_fix: bool = False  # English bare closing hour that may need +12h
    pm_short: bool = False  # English bare "8–9": a shop open one hour is no shop, 8 am to 9 pm is
    pm_both: bool = False  # English bare "1–5": afternoon at both ends
    allday: int = 0  # 1: "24 часа" (needs days or a cue), 2: круглосуточно, 3: 24/7
    intro: bool = False  # times introduced by с/до/from/until
    ambig: bool = False  # "выходные": closed, or the weekend
    rest: bool = False  # "остальные дни", "all other days": the days no other rule of the schedule states
    words: int = 0  # BRK: how many unknown words
    cue_linked: bool = False
    paired: bool = False
    except_days: frozenset[int] = frozenset()
    extra_end: int = 0
    verb: bool = False  # times said with verbs, a clause of their own ("the shop opens at 11 and closes at 4")
    vacation: bool = False  # "winter break", "godišnji odmor": a closure of dates, never of weekdays


# Tokens that may stand between a day spec and its times without ending anything.
_GLUE_KINDS = frozenset(("filler", "on", "hourunit", "from", "from_weak", "to", "po", "and", "clause", "partday",
                         "noon", "midnight"))


# The kind of day a count is in, between the count and its unit: "5–7 business days", "3–5 рабочих дней".
_COUNTED_DAYS = frozenset(("business", "working", "calendar", "рабочих", "календарных", "radnih", "радних",
                           "kalendarskih", "календарских"))
# Tokens that begin no day spec, date, time or break: most words of a paragraph.
_NEVER_START = frozenset(("word", "big", "year", "unit", "addr", "pct", "phone", "other"))


_MOST_DATES = 32  # dates read as one list or range
_DATE_STARTS = frozenset(("month", "num", "ordinal", "date"))
_MONTH_END = frozenset(("конца", "kraja", "краја"))  # "до конца марта", "do kraja marta"
_AS_WELL = frozenset(("као", "kao", "как"))  # ", као и седмог јануара", ", как и 7 января"
_STAYS = frozenset(("stays", "stay", "remains", "remain"))  # "and stays open until 10 PM": the day's end
_ELIDED_PLACE_WORDS = 3  # "…, De Pere at 4 PM": the place of a clause that leaves out its verb
_AGAIN = frozenset(("again", "снова", "опять", "ponovo", "поново"))  # a list of dates going on: "and again on"
_ON_A_DATE = frozenset(("на", "na", "в", "во", "у", "u"))  # "и на Божић", "i u subotu 2. januara"
_NO_MONTH = 1 << 30
_BREAK_FOR = frozenset(("на", "na", "за", "za", "for", "для"))  # "перерыв на проветривание", "pauza za čišćenje"
_BREAK_FOR_WORDS = 2
_OPENING_REACH = 16  # tokens back to the morning opening a closing hour without its meridiem follows
_SENTENCE_ENDS = frozenset((".", ";", "!", "?"))
_SAME_DAY_REACH = 200  # characters between a date and the "that day" that names it again


class _Parser:
    """Turns the token list into items; every method advances monotonically."""

    def __init__(self, text: str, toks: list[_Tok], today: date):
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self.today = today
        self._date_links: dict[int, tuple | None] = {}
        self._dates_to_a_month: dict[int, int] = {}

    def kind(self, i: int) -> str:
        return self.toks[i].kind if i < self.n else ""

    def items(self) -> list[_Item]:
        toks, n = self.toks, self.n
        out: list[_Item] = []
        sep, glue, line = 0, False, False
        label_line = False  # only a colon and a line break since the last item
        i = 0
        while i < n:
            t = toks[i]
            k = t.kind
            if k == "sep":
                sep = max(sep, _SEP.get(t.val, 1) if t.val != "\n" else 2)
                glue = glue or t.val == ":"
                line = line or t.val == "\n"
                label_line = (t.val == ":" and sep == 0) or (label_line and t.val == "\n")
                i += 1
                continue
            if k == "dash":
                glue = True
                i += 1
                continue
            if k in _NEVER_START:
                got = _Item("BRK", t.start, t.end, words=1), i + 1
            elif k == "sameday":
                got = self._same_day(out, i), i + 1
            else:
                # "Thursday, November 26": the weekday only names the date's day
                weekday = k == "day" or k in ("on", "from") and self.kind(i + 1) == "day"
                got = ((weekday and (self.date_spec(i) or self.dates_named_by_days(i))) or self.day_spec(i)
                       or self.date_spec(i) or self.times(i) or self.break_spec(i))
            if got is None and k == "on":
                got = self._elided_closing(out, i)
            if got is None:
                got = self.single(i)
            item, j = got
            if item is not None:
                if label_line and line and item.kind != "S" and out and out[-1].kind == "S" and out[-1].dates:
                    # "December 24:\nthe shop closes at 3 p.m.": a date line ending in a colon is a label for the
                    # line under it, as on one line
                    sep, line = 0, False
                item.sep, item.glue, item.line_start = sep, glue, line
                if item.kind == "BRK" and out and out[-1].kind == "BRK":
                    out[-1].end = item.end
                    out[-1].words += item.words
                    out[-1].sep = max(out[-1].sep, sep)
                else:
                    out.append(item)
                sep, glue, line, label_line = 0, False, False, False
            i = j
        return self._weekday_of_date(out)

    def _elided_closing(self, out: list[_Item], i: int) -> tuple[_Item, int] | None:
        """"Oneida Street closes at 3 PM, De Pere at 4 PM": a place named after a comma or "and", then "at" and a time, leaves
        out the verb of the closing time before it and closes then."""
        before = i - out[-1].words - 1 if out else -1  # the token before the place: "," or "and"
        if (len(out) < 2 or out[-2].kind != "V" or out[-2].close_only is None or out[-1].kind != "BRK"
                or out[-1].words > _ELIDED_PLACE_WORDS or before < 0 or self.toks[before].end > out[-1].start
                or not (out[-1].sep == 1 or self.kind(before) == "and")
                or self.text[self.toks[i].start : self.toks[i].end].lower() != "at"
                or not self.text[out[-1].start : out[-1].start + 1].isupper()):
            return None
        v = self.value(i + 1, True)
        if v is None or v[2] is None or not self.time_ok_after(v[3]):
            return None  # "De Pere at 4" with no meridiem may be a count or an address
        item = _Item("V", self.toks[i].start, self.toks[v[3] - 1].end, close_only=1440 if v[0] == 0 else v[0],
                     intro=True, lang=out[-2].lang, close_stated=True)
        return item, v[3]

    def _same_day(self, out: list[_Item], i: int) -> _Item:
        """"Christmas Eve: Elm Street 8–12. Oak Street is closed that day.": that day is the last date named, in the
        same paragraph and at most a sentence or two back."""
        t = self.toks[i]
        named = next((it for it in reversed(out) if it.kind == "S" and it.dates), None)
        if (named is None or len(named.dates) != 1 or t.start - named.end > _SAME_DAY_REACH
                or "\n\n" in self.text[named.end:t.start]):
            return _Item("BRK", t.start, t.end, words=1)
        return _Item("S", t.start, t.end, dates=named.dates, lang=named.lang)

    def _weekday_of_date(self, items: list[_Item]) -> list[_Item]:
        """"Christmas Eve (Dec 24): Thursday 6 AM – 6 PM": a weekday right after a date that falls on it only
        names the date's day, it is no weekly rule; nor is a date's holiday named beside it a day of its own."""
        out: list[_Item] = []
        colon = False  # the colon between the date and its weekday now stands before what follows them
        holiday_names = {(t.start, t.end) for t in self.toks if t.kind == "hdate"} if any(
            it.kind == "S" and it.dates for it in items) else set()
        for it in items:
            if it.kind == "S" and len(it.dates) > 1:
                # "4 ноября, в День народного единства, …", "Dec 25, Christmas Day": one day named twice
                spans = [_resolve_span(a, b, self.today) for a, b in it.dates]
                it.dates = tuple(d for k, d in enumerate(it.dates) if spans[k] is None or spans[k] not in spans[:k])
            prev = out[-1] if out else None
            if (prev is not None and prev.kind == "S" and len(prev.dates) == 1 and it.kind == "S" and not it.dates
                    and it.days and len(it.days) == 1 and not it.group and it.sep <= 1):
                a, b = prev.dates[0]
                span = _resolve_span(a, b, self.today)
                if span is not None and span[0] == span[1] and span[0].weekday() in it.days:
                    prev.end = it.end
                    colon = it.glue
                    continue
            if (prev is not None and prev.kind == "S" and len(prev.dates) == 1 and it.kind == "S" and it.dates
                    and it.sep == 0 and not it.glue and (prev.start, prev.end) in holiday_names):
                # "closed Thanksgiving Thursday and Friday (Nov. 26–27)": the dates written after a holiday's
                # name that take in its day say which days are meant
                day = _resolve_span(*prev.dates[0], self.today)
                spans = [_resolve_span(a, b, self.today) for a, b in it.dates]
                if day is not None and any(span is not None and span[0] <= day[0] <= span[1] for span in spans):
                    it.start, it.sep, it.glue, it.line_start = prev.start, prev.sep, prev.glue, prev.line_start
                    out[-1] = it
                    continue

            if (len(out) > 1 and it.kind == "S" and it.dates and it.sep == 0 and not it.glue and prev.kind == "V"
                    and prev.closed and prev.glue and out[-2].kind == "S" and len(out[-2].dates) == 1
                    and (out[-2].start, out[-2].end) in holiday_names):
                # "Thanksgiving: closed Nov. 26–27": the dates the closure names that take in the holiday's day
                # say which days are meant
                day = _resolve_span(*out[-2].dates[0], self.today)
                spans = [_resolve_span(a, b, self.today) for a, b in it.dates]
                if day is not None and any(span is not None and span[0] <= day[0] <= span[1] for span in spans):
                    out[-2].dates = it.dates
                    prev.end = it.end
                    continue
            if colon:
                it.glue, colon = True, False
            out.append(it)
        return out

    # -- single tokens -----------------------------------------------------

    def single(self, i: int) -> tuple[_Item | None, int]:
        t = self.toks[i]
        k = t.kind
        if k in ("closed", "ambig"):
            return _Item("V", t.start, t.end, closed=True, ambig=k == "ambig", lang=t.lang,
                         vacation=t.val == "vacation"), i + 1
        if k == "cue":
            return _Item("CUE", t.start, t.end, lang=t.lang), i + 1
        if k == "except":
            got = self.day_spec(i + 1, commas=True) or self.date_spec(i + 1)
            if got is not None:
                inner, j = got
                inner.kind = "EXC"
                inner.start = t.start
                return inner, j
            return _Item("BRK", t.start, t.end, words=1), i + 1
        if k == "allday":
            v = _Item("V", t.start, t.end, ivs=((0, 1440),), allday=t.val, lang=t.lang)
            return v, i + 1
        if k in _GLUE_KINDS:
            return None, i + 1
        return _Item("BRK", t.start, t.end, words=1), i + 1

    # -- day specs -----------------------------------------------------------

    def day_atom(self, i: int) -> tuple[frozenset[int], bool, bool, str, int] | None:
        """One day, day range or group at i: (days, is_group, is_holiday, lang, next)."""
        k = self.kind(i)
        j = i
        if k in ("on", "po", "from"):
            j += 1
            k = self.kind(j)
        t = self.toks[j] if j < self.n else None
        if k in ("group", "holiday", "rest"):
            return (t.val if k == "group" else frozenset()), k != "holiday", k == "holiday", t.lang, j + 1
        if k != "day":
            return None
        first = t.val
        lang = t.lang
        j += 1
        if self.kind(j) in ("dash", "to", "po") and self.kind(j + 1) == "day":
            last = self.toks[j + 1].val
            lang = lang or self.toks[j + 1].lang
            days = frozenset((first + d) % 7 for d in range((last - first) % 7 + 1))
            return days, False, False, lang, j + 2
        return frozenset((first,)), False, False, lang, j

    def day_spec(self, i: int, commas: bool = False) -> tuple[_Item, int] | None:
        """Day atoms joined by и/and (and by commas when asked: after "кроме")."""
        atom = self.day_atom(i)
        if atom is None:
            return None
        days, group, holiday, lang, j = atom
        end = self.toks[j - 1].end
        while True:
            k = self.kind(j)
            if k == "and" or (k == "sep" and (self.toks[j].val == "&" or commas and self.toks[j].val in (",", "/"))):
                nxt = j + 1
                if self.kind(nxt) == "and":  # ", и"
                    nxt += 1
                more = self.day_atom(nxt)
                if more is None:
                    break
                days |= more[0]
                group = group or more[1]
                holiday = holiday or more[2]
                lang = lang or more[3]
                j = more[4]
                end = self.toks[j - 1].end
                continue
            break
        start = self.toks[i].start
        rest = not days and any(self.kind(x) == "rest" for x in range(i, j))
        if self.kind(i) in ("on", "po", "from") and not days and not holiday and not rest:
            return None
        return _Item("S", start, end, days=days, group=group, holiday=holiday, lang=lang, rest=rest), j

    # -- dates -----------------------------------------------------------------

    def date_atom(self, i: int) -> tuple[tuple[int, int | None, int | None], int] | None:
        """A date at i as (day, month or None, year or None): '31 декабря 2026 г.', '30.12', 'Dec 31', '1'."""
        k = self.kind(i)
        toks = self.toks
        if k == "date":
            d, m, y = toks[i].val
            return (d, m, y), i + 1
        if k == "day":
            j = i + 1
            if self.kind(j) == "sep" and toks[j].val == ",":
                j += 1
            nk = self.kind(j)
            if nk in ("month", "date", "hdate") or nk == "num" and (
                self.kind(j + 1) == "month" or self.kind(j + 1) == "sep" and toks[j + 1].val == "."
                and self.kind(j + 2) == "month"
            ):
                got = self.date_atom(j)
                if got is not None and got[0][1] is not None:
                    return got
            return None
        if k == "hdate":
            if self.kind(i + 1) == "cue" and self.text[toks[i].start : toks[i].end].lower() == "christmas":
                return None  # "Christmas hours: …" is the season's schedule, not December 25th's
            # "Thanksgiving Day (Nov. 26)", "Christmas Eve, December 24": the written date wins
            j = i + 1
            if self.kind(j) == "sep" and toks[j].val in ("(", ","):
                at = j + 1
                # "Thanksgiving Day (Thursday, November 26)": the weekday before the date says nothing more
                if self.kind(at) == "day" and self.kind(at + 1) == "sep" and toks[at + 1].val == ",":
                    at += 2
                got = self.date_atom(at) if self.kind(at) in ("month", "num", "date") else None
                if got is not None and got[0][1] is not None:
                    end = got[1]
                    if toks[j].val == "(" and self.kind(end) == "sep" and toks[end].val == ")":
                        end += 1
                    return got[0], end
            return toks[i].val, j
        if k == "month" and self.kind(i + 1) in ("num", "ordinal") and 1 <= toks[i + 1].val <= 31:
            d, m = toks[i + 1].val, toks[i].val
            j = i + 2
            y = None
            if self.kind(j) == "year":
                y, j = toks[j].val, j + 1
            elif self.kind(j) == "sep" and toks[j].val == "," and self.kind(j + 1) == "year":
                y, j = toks[j + 1].val, j + 2
            return (d, m, y), j
        if k == "ordinal" and self.kind(i + 1) == "month":
            d, m, j = toks[i].val, toks[i + 1].val, i + 2
            y = None
            if self.kind(j) == "year":
                y, j = toks[j].val, j + 1
            return (d, m, y), j
        if k == "ordinal":
            return (toks[i].val, None, None), i + 1  # "с первого по четвёртое января": the month comes after
        if k == "word" and self.kind(i - 1) in ("to", "po") and self.kind(i + 1) == "month":
            # "до конца марта", "do kraja marta": a range running to a month's end ends on its last day
            if self.text[toks[i].start : toks[i].end].lower() in _MONTH_END:
                m = toks[i + 1].val
                return (calendar.monthrange(self.today.year + 1, m)[1], m, None), i + 2
        if k == "num" and 1 <= toks[i].val <= 31:
            d = toks[i].val
            j = i + 1
            if self.kind(j) == "sep" and toks[j].val == "." and toks[j].start == toks[i].end:
                if self.month_first_after(j + 1):
                    return (d, None, None), j  # "Mon–Sat 9–6. Dec 31: closed": a sentence ends; the month is 31's
                j += 1  # Serbian "31. decembra", "od 1. do 8. januara"
            elif self.kind(j) == "word" and self.text[toks[j].start : toks[j].end].lower() == "of":
                j += 1
            if self.kind(j) == "month":
                m = toks[j].val
                j += 1
                y = None
                if self.kind(j) == "year":
                    y, j = toks[j].val, j + 1
                    if self.kind(j) in ("unit", "word") and self.text[toks[j].start : toks[j].end].lower().rstrip(
                        "."
                    ) in ("г", "года", "godine", "године", "god", "год"):
                        j += 1
                    elif self.kind(j) == "sep" and toks[j].val == "." and toks[j].start == toks[j - 1].end:
                        j += 1
                return (d, m, y), j
            # "Feb 12–14, 2027": the year closing a range of days in one month
            if self.kind(j) == "sep" and toks[j].val == "," and self.kind(j + 1) == "year" and (
                    self.kind(i - 1) in ("dash", "to") and self.kind(i - 2) in ("num", "ordinal")
                    and self.kind(i - 3) == "month"):
                return (d, None, toks[j + 1].val), j + 2
            return (d, None, None), j
        return None

    def month_first_after(self, j: int) -> bool:
        """Whether an English month with its day after it stands at j ("Dec 31"), not a Serbian one ("31. dec.")."""
        toks = self.toks
        return (self.kind(j) == "month" and self.kind(j + 1) in ("num", "ordinal") and 1 <= toks[j + 1].val <= 31
                and self.text[toks[j].start : toks[j].end].lower().rstrip(".") in _ENGLISH_MONTHS)

    def _english_day_list(self, atoms: list, links: list[str], month_first: list[bool], after: int) -> bool:
        """Whether the atoms end in "January 1 and 2": a month-first date, then bare days listed in order (maybe
        after other dates: "Thanksgiving Day, and December 24 and 25")."""
        last = max((k for k, a in enumerate(atoms) if a[1] is not None), default=len(atoms) - 1)
        if last == len(atoms) - 1 or not month_first[last]:
            return False
        if any(link != "list" for link in links[last : len(atoms) - 1]):
            return False
        days = [a[0] for a in atoms[last:]]
        if days != sorted(set(days)) or days[-1] > 31:
            return False
        k = self.kind(after)
        return k in ("", "word", "closed", "unit") or (k == "sep" and self.toks[after].val in (".", ":", ";", ")"))

    def date_link(self, j: int) -> tuple[tuple[int, int | None, int | None], bool, int, str, int] | None:
        """The date at j as (date, written month first, its end, "range"/"list"/"" to the next, where the next
        may start); memoised, as a chain of dates is read again from each of its dates."""
        if j in self._date_links:
            return self._date_links[j]
        toks = self.toks
        got = self.date_atom(j)
        if got is None:
            self._date_links[j] = None
            return None
        month_first = self.kind(j) == "month"
        if self.kind(j) == "hdate" and got[1] > j + 1:
            # "Christmas, December 18 through 23": the date written after the holiday's name is the one read
            month_first = next((t.kind for t in self.toks[j + 1 : got[1]] if t.kind in _DATE_STARTS), "") == "month"
        j0, j = j, got[1]
        # "October 12 (Columbus Day)", "25. децембра (католички Божић)": the holiday's name after its date
        # says nothing more, even with a word or two that qualify it
        if self.kind(j) == "sep" and toks[j].val == "(":
            at = j + 1
            while at < j + 3 and self.kind(at) == "word":
                at += 1
            if self.kind(at) == "hdate" and self.kind(at + 1) == "sep" and toks[at + 1].val == ")":
                j = at + 2
        # "November 11, for Veterans Day, and on November 26": the holiday a date is for says nothing more
        if (self.kind(j) == "sep" and toks[j].val == "," and self.kind(j + 1) == "word" and self.kind(j + 2) == "hdate"
                and self.text[toks[j + 1].start : toks[j + 1].end].lower() == "for"):
            j += 3
        # "Friday, November 27 – Thanksgiving": a name after a dash that would end the range a year later
        # names the days before it (no range runs backwards)
        if self.kind(j) == "dash" and self.kind(j + 1) == "hdate" and got[0][1] is not None:
            span = _resolve_span(got[0], toks[j + 1].val, self.today)
            if span is None or (span[1] - span[0]).days > _NAME_NOT_RANGE:
                j += 2
        end = j
        k = self.kind(j)
        if k == "sep" and toks[j].val == "," and self.kind(j + 1) in ("to", "po"):
            j += 1  # "from Monday, December 28, through Wednesday, December 30"
            k = self.kind(j)
        if k == "and" and self.kind(j + 1) in ("to", "po"):
            j += 1  # "С первого ноября и до конца марта": "and" before "to" joins the range's ends
            k = self.kind(j)
        if k in ("to", "po", "dash"):
            link = "range"
        elif k == "and" or (k == "sep" and toks[j].val in (",", "&")):  # "Thanksgiving Day & Christmas Day"
            link = "list"
        else:
            link = ""
        j += 1
        # "closed on Thanksgiving Day, and on December 24": the list goes on past its "and" and "on"
        # "Првог и другог јануара, као и седмог", "1.–3. јануара и на Божић": the list goes on past "as well as"
        # and a preposition
        if link == "list" and self.kind(j) == "word" and self.text[toks[j].start : toks[j].end].lower() in _AS_WELL:
            j += 1
        if self.kind(j) == "and":
            j += 1
        if link == "list" and self.kind(j) == "word" and self.text[toks[j].start : toks[j].end].lower() in _AGAIN:
            j += 1  # "closed December 24–26, and again on January 1"
        if self.kind(j) == "on" or link == "list" and self.kind(j) == "word" and (
                    self.kind(j + 1) in _DATE_STARTS or self.kind(j + 1) == "hdate") and self.text[toks[j].start : toks[j].end].lower() in _ON_A_DATE:
            j += 1
        self._date_links[j0] = got[0], month_first, end, link, j
        return self._date_links[j0]

    def dates_to_a_month(self, j: int) -> int:
        """How many dates of the chain at j come before one that names its month (_NO_MONTH if none does)."""
        path = []
        while j not in self._dates_to_a_month:
            got = self.date_link(j)
            if got is None or got[0][1] is None and not got[3]:
                self._dates_to_a_month[j] = _NO_MONTH
            elif got[0][1] is not None:
                self._dates_to_a_month[j] = 0
            else:
                path.append(j)
                j = got[4]
        count = self._dates_to_a_month[j]
        for at in reversed(path):
            count = min(count + 1, _NO_MONTH)
            self._dates_to_a_month[at] = count
        return count

    def date_spec(self, i: int) -> tuple[_Item, int] | None:
        toks = self.toks
        j = i
        if self.kind(j) in ("from", "on"):
            j += 1
        # dates none of which names its month are no dates ("8-1-1-1…" read from each of its numbers)
        if self.dates_to_a_month(j) >= _MOST_DATES:
            return None
        atoms: list[tuple[int, int | None, int | None]] = []
        ends: list[int] = []
        month_first: list[bool] = []
        links: list[str] = []  # "range" or "list" after each atom
        while len(atoms) < _MOST_DATES:
            got = self.date_link(j)
            if got is None:
                break
            atoms.append(got[0])
            month_first.append(got[1])
            ends.append(got[2])
            if not got[3]:
                break
            links.append(got[3])
            j = got[4]
        # Bare numbers after the last month belong to something else ("31
        # декабря, 10-18"), except the end of an English "Dec 24-26" and the
        # days listed after an English month ("January 1 and 2", "Dec 24, 25
        # and 26") where nothing after them reads as a time.
        if self._english_day_list(atoms, links, month_first, ends[-1] if ends else j):
            pass
        else:
            while atoms and atoms[-1][1] is None:
                k = len(atoms) - 1
                if (k and links[k - 1] == "range" and atoms[k - 1][1] is not None and month_first[k - 1]
                        and atoms[k][0] > atoms[k - 1][0]):
                    break
                atoms.pop()
                ends.pop()
        if not atoms:
            return None
        links = links[: len(atoms) - 1]
        for k, link in enumerate(links):
            if link == "range" and atoms[k][1] is None and atoms[k + 1][1] is None:
                return None  # "с 10 до 16, 1 и 2 января": the range is times
        j = ends[-1]
        # Bare days take the month and year of the next full date ("с 1 по 8
        # января"), or of the previous one ("Dec 24-26").
        filled: list[tuple[int, int, int | None]] = []
        for idx, (d, m, y) in enumerate(atoms):
            if m is None and idx and links[idx - 1] == "range" and month_first[idx - 1] and (
                    atoms[idx - 1][1] is not None and d > atoms[idx - 1][0]):
                src = atoms[idx - 1]  # "Dec. 25–26 and Jan. 1": a range written month first ends in its month
                m, y = src[1], src[2] if y is None else y  # "Feb 12–14, 2027": the year written after the range
            elif m is None:
                src = next((a for a in atoms[idx + 1 :] if a[1] is not None), None) or next(
                    a for a in reversed(filled) if a[1] is not None
                )
                m, y = src[1], src[2]
            filled.append((d, m, y))
        spans: list[tuple[tuple[int, int, int | None], tuple[int, int, int | None]]] = []
        idx = 0
        while idx < len(filled):
            if idx < len(links) and links[idx] == "range":
                if idx + 1 < len(links) and links[idx + 1] == "range":
                    return None  # "1-2-3 января" is no date range
                spans.append((filled[idx], filled[idx + 1]))
                idx += 2
            else:
                spans.append((filled[idx], filled[idx]))
                idx += 1
        # an English date ("Dec 24", "Christmas Eve") makes "9-2" 9 am to 2 pm, as "Sat 9-2" does
        lang = "en" if any(
            t.lang == "en" or t.kind == "month" and self.text[t.start:t.end].lower().rstrip(".") in _ENGLISH_MONTHS
            for t in toks[i:j]
        ) else ""
        item = _Item("S", toks[i].start, toks[j - 1].end, dates=tuple(spans), lang=lang)
        # "31 декабря (четверг)" / "31.12, пятница": the weekday is redundant; on the next line of a table row
        # ("Christmas Eve (Dec 24)" / "Thursday") only when it is that date's weekday
        # "31.12. (четвртак)": the dot closing a numeric date stands before its weekday, it ends no sentence
        at = j + 1 if (self.kind(j) == "sep" and toks[j].val == "." and toks[j - 1].kind == "date"
                       and toks[j].start == toks[j - 1].end and self.kind(j + 1) == "sep"
                       and toks[j + 1].val in ("(", ",")) else j
        k = self.kind(at)
        if (k == "sep" and toks[j].val == "\n" and self.kind(j + 1) == "day" and len(spans) == 1
                and spans[0][0] == spans[0][1] and self._weekday_of(spans[0][0]) == toks[j + 1].val):
            k = "sep-redundant"
        if ((k == "sep-redundant" or k == "sep" and toks[at].val in ("(", ",")) and self.kind(at + 1) in ("day", "hdate")
                and not self._weekdays_after(spans, at + 1)):
            atom = self.day_atom(at + 1) if self.kind(at + 1) == "day" else None
            jj = atom[4] if atom else at + 2  # "Dec 24–26, Thu–Sat": the whole day range
            if self.kind(jj) == "sep" and toks[jj].val == ")":
                jj += 1
            item.end = toks[jj - 1].end
            j = jj
        return item, j

    def dates_named_by_days(self, i: int) -> tuple[_Item, int] | None:
        """"closed Thursday and Friday (Nov. 26–27)": weekdays with the dates they fall on in brackets are
        those dates."""
        got = self.day_spec(i)
        if got is None or not got[0].days or self.kind(got[1]) != "sep" or self.toks[got[1]].val != "(":
            return None
        dates = self.date_spec(got[1] + 1)
        if dates is None or self.kind(dates[1]) != "sep" or self.toks[dates[1]].val != ")":
            return None
        covered: set[int] = set()
        for span in dates[0].dates:
            resolved = _resolve_span(*span, self.today)
            if resolved is None:
                return None
            covered |= {(resolved[0] + timedelta(days=n)).weekday()
                        for n in range(min((resolved[1] - resolved[0]).days + 1, 7))}
        if covered != set(got[0].days):
            return None
        item, j = dates
        item.start, item.end = self.toks[i].start, self.toks[j].end
        return item, j + 1

    def _weekdays_after(self, spans: list, at: int) -> bool:
        """"Jan 11 – Jan 22, Monday to Thursday 9–10": a day range after dates keeps to those days of them, unless
        it names just the days the dates fall on ("Dec 24–26, Thu–Sat")."""
        atom = self.day_atom(at)
        if atom is None or atom[4] == at + 1 or len(spans) != 1:
            return False
        span = _resolve_span(*spans[0], self.today)
        if span is None:
            return True
        covered = {(span[0] + timedelta(days=n)).weekday() for n in range(min((span[1] - span[0]).days + 1, 7))}
        return covered != set(atom[0])

    def _weekday_of(self, day: tuple[int, int, int | None]) -> int | None:
        """The weekday (0 = Monday) of a (day, month, year) date, its year inferred like a special day's."""
        resolved = _resolve_year(*day, self.today)
        return resolved.weekday() if resolved is not None else None

    # -- times -----------------------------------------------------------------

    def value(self, i: int, closing: bool) -> tuple[int, bool, str | None, int, str] | None:
        """A time of day at i: (minutes, bare hour, meridiem given, next index, lang)."""
        if i >= self.n:
            return None
        t = self.toks[i]
        k = t.kind
        lang = t.lang
        ap = None
        if k == "time":
            h, mi, ap, _style = t.val
            bare = False
        elif k == "num":
            h, mi, bare = t.val, 0, True
            if h > 24:
                return None
        elif k == "noon":
            return 720, False, "p", i + 1, t.lang
        elif k == "midnight":
            return (1440 if closing else 0), False, "a", i + 1, t.lang
        elif k == "allday" and t.val == 1 and closing and self.text[t.start : t.start + 2] == "24":
            return 1440, False, None, i + 1, ""  # "до 24 ч"
        else:
            return None
        j = i + 1
        k2 = self.kind(j)
        part = None
        if k2 == "partday":
            part = self.toks[j].val
            j += 1
            bare = False
        elif k2 == "hourunit":
            j += 1
            bare = False
            if self.kind(j) == "partday":  # "до трёх часов дня", "u osam sati uveče"
                part = self.toks[j].val
                j += 1
        elif k2 in ("noon", "midnight") and h == 12:
            return self.value(j, closing)
        if ap is not None:
            if h > 12 or h == 0:
                return None
            h = h % 12 + (12 if ap == "p" else 0)
            if closing and h == 0 and not mi:
                h = 24  # "to 12 am" is the day's end; "to 12:30 am" half an hour past it
        elif part is not None:
            if h > 12:
                return None
            # a morning hour is as written: "с 8 до 12 утра" closes at noon, midnight being "12 ночи"
            if part == "day":
                h = h + 12 if 1 <= h <= 6 else h
            elif part == "pm":
                h = h + 12 if h < 12 else (24 if closing else 0)
            elif part == "night":
                h = (24 if closing else 0) if h == 12 else (h + 12 if h >= 9 else h)
            ap = "a"
        if h == 24 and mi:
            return None
        return h * 60 + mi, bare, ap, j, lang

    def interval(self, i: int, after_break: bool = False) -> tuple[_Item, int] | None:
        """One time range (or one-sided time) starting at i."""
        toks = self.toks
        k = self.kind(i)
        j = i
        intro = False
        weak = False
        lang = ""
        if k in ("from", "from_weak"):
            intro, weak = True, k == "from_weak"
            lang = toks[i].lang
            j += 1
        elif k == "to":
            j = i + 1
            if toks[i].val == "close":  # "we close early, at 2 PM"
                while self.kind(j) == "on" or self.kind(j) == "sep" and toks[j].val == ",":
                    j += 1
            v = self.value(j, True)
            if v is None or v[1] and not self.time_ok_after(v[3]):
                return None
            close = 1440 if v[0] == 0 else v[0]
            if v[2] is None and close < 720 and toks[i].lang == "en":
                close = self._after_the_opening(i, close)
            shared = self._opening_before_aside(i)
            if shared is None and toks[i].lang == "en" and v[2] is None:
                shared = self._opening_said_before(i)  # its hour without a meridiem leans on that opening
            if shared is not None and shared < close:
                # "open early at 7 AM (Broadway until 5:30, Hinkleville until 7)": one opening, each its own closing
                return _Item("V", toks[i].start, toks[v[3] - 1].end, ivs=((shared, close),), intro=True,
                             lang=toks[i].lang or v[4], verb=True), v[3]
            item = _Item("V", toks[i].start, toks[v[3] - 1].end, close_only=close, intro=True,
                         lang=toks[i].lang or v[4], close_stated=v[2] is not None or not v[1])
            return item, v[3]
        v1_at = j
        v1 = self.value(j, False)
        if v1 is None:
            return None
        j = v1[3]
        k = self.kind(j)
        opening = intro and toks[i].val == "open"
        if opening and k == "and":
            # "we open at 10 and close at 5", "отварају у 14 ч и раде до 23 ч": the day's two ends in two verbs
            at = j + 1 + (self.kind(j + 1) == "cue")
            if self.kind(at) == "word" and self.kind(at + 1) == "cue" and self.text[
                    toks[at].start : toks[at].end].lower() in _STAYS:
                at += 2  # "opens at 7 AM and stays open until 10 PM"
            if self.kind(at) == "to":
                j, k, opening = at, "to", False
        cell = k == "sep" and toks[j].val in ("|", "\t") and toks[j - 1].kind == "time"
        if k in ("dash", "to") or cell:
            lang = lang or (toks[j].lang if k == "to" else "")
            v2 = self.value(j + 1, True)
            if v2 is not None and cell and toks[j + 1].kind != "time":
                v2 = None
        else:
            v2 = None
        if v2 is None:
            # an opening time alone: "с 12:00"; "we open at 9" says when a day starts, no hours
            if not intro or weak or opening or v1[1] or v1[0] >= 1440 or not self.time_ok_after(j):
                return None
            return _Item("V", toks[i].start, toks[j - 1].end, open_only=v1[0], intro=True, lang=lang), j
        end_j = v2[3]
        o, c = v1[0], v2[0]
        bare = v1[1] and v2[1]
        if weak and (v1[1] or v2[1]):
            return None
        if bare and not intro and not after_break and not self.bare_ok(i, end_j):
            return None
        if not self.time_ok_after(end_j):
            return None
        lang = lang or v1[4] or v2[4]
        if v1[2] is None and v2[2] == "p" and o < 720 and o + 720 < c:
            o += 720  # "1-5pm"
        if c == 0:
            c = 1440
        if o >= 1440:
            return None
        pm_fix = False
        if c <= o:
            closing = toks[j + 1]
            # "9 to 5:30" in English is pm; a zero-padded "02:00" is a 24-hour clock, past midnight
            unpadded = closing.kind == "time" and v2[2] is None and self.text[closing.start] != "0"
            if (v2[1] or unpadded) and c <= 720 and c + 720 > o:
                pm_fix = True  # "Sat 10-4", "9-9": pm in English, past midnight elsewhere
            elif c == o or (v2[1] and c > 360):
                return None
        closing = toks[j + 1]
        if pm_fix and closing.kind in ("num", "time") and not self.text[closing.start].isdigit():
            # a spoken "с десяти до шести", "od devet do pet": the afternoon in every language
            c, pm_fix = c + 720, False
        # "Open 7 days · 6–11": a shop that opens at dawn and shuts before noon is rare, one open till 11 at night
        # is a grocery or a gym; "7–11" stays the morning a café may keep
        pm_short = (not pm_fix and bare and (o < c <= o + _SHORT_SPAN or o == _DAWN_OPENING < c < 720)
                    and c + 720 <= 1440 and closing.kind == "num" and self.text[closing.start] != "0")
        # "Sun 1–5", "Friday 2:30 to 6", "two thirty to six": no shop opens at 1 a.m.; in English both ends
        # are afternoon hours unless a meridiem or a 24-hour clock's zero ("01:00–05:00") says otherwise
        pm_both = (not pm_fix and v1[2] is None and v2[2] is None and 60 <= o <= 300 and o < c <= 720
                   and self.text[toks[v1_at].start] != "0" and self.text[closing.start] != "0")
        item = _Item("V", toks[i].start, toks[end_j - 1].end, ivs=((o, c),), intro=intro, pm_fix=pm_fix,
                     pm_short=pm_short, pm_both=pm_both, lang=lang, verb=toks[i].val == "open")
        if (o, c) == (0, 1440) and self.text[toks[v1_at].start:toks[v1_at].end] == "0":
            item.allday = 2  # "Pomoć na putu 0–24": from 0 to 24 o'clock is round the clock, whatever names it
        return item, end_j

    def _after_the_opening(self, i: int, close: int) -> int:
        """An English closing hour without its meridiem, said soon after a morning opening in the same sentence, is pm:
        'open at 7 AM (Broadway until 5:30, Hinkleville until 7)'."""
        for back in range(i - 1, max(-1, i - _OPENING_REACH), -1):
            t = self.toks[back]
            if t.kind == "sep" and t.val in _SENTENCE_ENDS:
                break
            if t.kind == "time" and t.val[2] == "a":
                opening = t.val[0] % 12 * 60 + t.val[1]
                # no shop closes before it opens, nor an hour or two after ("open at 7 AM … until 8")
                return close + 720 if close <= opening + _SHORT_SPAN else close
            # "we open at noon at Locust Street only, until 5": after an afternoon opening an hour that would fall
            # before it is pm; one that falls after it in the afternoon too is the night ("open at 6 PM until 2")
            if t.kind == "noon" or t.kind == "time" and t.val[2] == "p":
                opening = 720 if t.kind == "noon" else t.val[0] % 12 * 60 + 720 + t.val[1]
                return close + 720 if close + 720 > opening else close
        return close

    def _opening_before_aside(self, i: int) -> int | None:
        """The opening time a verb gave just before the bracket the closing time at i stands in."""
        for back in range(i - 1, max(0, i - _OPENING_REACH), -1):
            t = self.toks[back]
            if t.kind == "sep" and (t.val in _SENTENCE_ENDS or t.val == ")"):
                return None
            if t.kind == "sep" and t.val == "(":
                if back >= 2 and self.kind(back - 2) == "from" and self.toks[back - 2].val == "open":
                    v = self.value(back - 1, False)
                    if v is not None and v[3] == back and not v[1]:
                        return v[0]
                return None
        return None

    def _opening_said_before(self, i: int) -> int | None:
        """The opening time 'open at' gave earlier in the sentence of the closing time at i, with only words between:
        'we open at noon at Birch Lane only, until 5' is one day's hours."""
        for back in range(i - 1, max(0, i - _OPENING_REACH), -1):
            t = self.toks[back]
            if t.kind == "sep" and (t.val in _SENTENCE_ENDS or t.val in "()"):
                return None
            if t.kind in ("time", "noon", "num", "dash", "to"):
                if back >= 1 and self.kind(back - 1) == "from" and self.toks[back - 1].val == "open":
                    v = self.value(back, False)
                    if v is not None and not v[1] and self._no_time_between(v[3], i):
                        return v[0]
                if t.kind != "noon" and t.kind != "time":
                    return None
        return None

    def _no_time_between(self, j: int, i: int) -> bool:
        """No other time, nor another verb or cue of hours ('doors open at 5 AM, and the café is open until 6')."""
        return not any(self.toks[k].kind in ("time", "num", "noon", "dash", "to", "cue")
                       or self.toks[k].val == "open" for k in range(j, i))

    def bare_ok(self, i: int, j: int) -> bool:
        """A bare 'H-H' is not a house number, part of a phone or of a longer number chain."""
        toks = self.toks
        if i > 0:
            p = toks[i - 1]
            if p.kind in ("addr", "big", "year", "phone", "other"):
                return False
            if (p.kind in ("dash", "sep") and p.val in ("-", "–", "/", ".") and i > 1
                    and toks[i - 2].kind in ("num", "big", "time") and toks[i - 2].end == p.start):
                return False
        if (j + 1 < self.n and toks[j].kind in ("dash", "sep") and toks[j].val in ("-", "–", "/", ".")
                and toks[j + 1].kind in ("num", "big") and toks[j + 1].start == toks[j].end):
            return False
        return True

    def time_ok_after(self, j: int) -> bool:
        """No unit follows ('с 10 до 20 лет', '10-20 %'); a capitalised word after a full stop starts the next
        sentence ('od 8 do 16 časova. Dana 31. decembra ...'); nor a month ('примамо до 4. јануара' is a date), unless
        the month has its day after it ('Mon–Sat 9–6. Dec 31: closed')."""
        if self.kind(j) == "month" or (self.kind(j) == "sep" and self.toks[j].val == "." and self.kind(j + 1) == "month"
                                        and not self.month_first_after(j + 1)):
            return False
        if 0 < j <= self.n and _PERCENT_AFTER.match(self.text, self.toks[j - 1].end):
            return False  # "up to twenty-five percent off", as a prompt says a discount
        if (j + 1 < self.n and self.toks[j].kind == "word" and self.toks[j + 1].kind == "unit"
                and self.text[self.toks[j].start : self.toks[j].end].lower() in _COUNTED_DAYS):
            return False  # "5–7 business days", "3–5 рабочих дней": a count of days
        if not (j < self.n and self.toks[j].kind in ("unit", "pct")):
            return True
        tok = self.toks[j]
        return self.text[tok.start:tok.start + 1].isupper() and self.text[:tok.start].rstrip().endswith(".")

    def times(self, i: int) -> tuple[_Item, int] | None:
        got = self.interval(i)
        if got is None:
            return None
        item, j = got
        # more ranges of the same day: "9:00–13:00, 14:00–18:00", "9-13 и 14-18"
        while item.ivs and not item.pm_fix:
            k = self.kind(j)
            nxt = j
            if k == "and" or (k == "sep" and self.toks[j].val in (",", "/")):
                nxt = j + 1
            more = self.interval(nxt)
            if more is None:
                break
            m_item, mj = more
            if not m_item.ivs or m_item.pm_fix:
                break
            last_o, last_c = item.ivs[-1]
            o2, c2 = m_item.ivs[0]
            if last_c < last_o or o2 < last_c or c2 < o2:
                break
            item.ivs = item.ivs + m_item.ivs
            item.end = m_item.end
            j = mj
        return item, j

    def break_spec(self, i: int) -> tuple[_Item, int] | None:
        if self.kind(i) != "break":
            return None
        j = i + 1
        # "перерыв на проветривание 15:00–15:30", "pauza za čišćenje 12–12:30": what the break is for, then its times
        if self.kind(j) == "word" and self.text[self.toks[j].start:self.toks[j].end].lower() in _BREAK_FOR:
            k = j + 1
            while k < j + 1 + _BREAK_FOR_WORDS and self.kind(k) == "word":
                k += 1
            if k > j + 1 and self.interval(k) is not None:
                j = k
        while self.kind(j) == "sep" and self.toks[j].val in (":", "(") or self.kind(j) in ("dash", "filler"):
            j += 1
        # "обед в будни с 13 до 14", "lunch break weekdays 1:30–2": the days the break is kept, not a schedule
        days = self.day_spec(j)
        if days is not None and not days[0].holiday:
            j = days[1]
            while self.kind(j) == "sep" and self.toks[j].val in (":", ",") or self.kind(j) in ("dash", "filler"):
                j += 1
        got = self.interval(j, after_break=True)
        if got is None or not got[0].ivs:
            return None
        item, j = got
        o, c = item.ivs[0]
        if item.pm_fix and c <= o:
            c += 720  # "lunch 12:30–1:30": a break never runs past midnight
        return _Item("B", self.toks[i].start, item.end, ivs=((o, c),),
                     days=days[0].days if days is not None else frozenset()), j


# --------------------------------------------------------------------------
# Pairing items into rules, rules into schedules


@dataclass(slots=True)
class _Rule:
    days: frozenset[int] | None  # None: the days no other rule of the schedule states
    value: _Item
    start: int
    end: int
    group: bool
    lang: str
    dates: tuple = ()
    breaks: list[tuple[int, int]] = field(default_factory=list)
    seasonal: bool = False  # dated, and only on its days: "2027 Jun 01-2027 Aug 31 Mo-Fr 07:00-19:00"
    rest: bool = False  # "остальные дни": nothing without other days stated beside it


def _segment_items(items: list[_Item], text: str, heading_cue: bool = False) -> list[list[_Item]]:
    """The items in statements; `heading_cue`: the text stands under an hours heading or column ("Часы работы")."""
    items = _distribute_days(_dates_per_place(_distribute_dates(items, text), text), text)
    # a cue links to a dayless time range right after it, maybe through a
    # short noun phrase closed by a colon ("Режим работы офиса: 10–19"); a
    # range that opens a line is the hours a cue heading its line above or the
    # text's heading announces ("Режим работы / с 10 до 18", "Hours / 10 AM – 6 PM")
    for idx, it in enumerate(items):
        if it.kind != "V":
            continue
        prev = items[idx - 1] if idx else None
        if prev is not None and prev.kind == "CUE" and (it.sep < 2 or it.glue):
            it.cue_linked, it.lang = True, it.lang or prev.lang
        elif it.ivs and not it.closed and _opens_line(text, it.start) and (
                heading_cue and (prev is None or "\n" in text[prev.end:it.start])
                or prev is not None and prev.kind == "CUE" and text.count("\n", prev.end, it.start) == 1
                and _opens_line(text, prev.start) and not text[prev.end:it.start].strip(" \t\n:")):
            it.cue_linked, it.lang = True, it.lang or (prev.lang if prev is not None else "")
        elif (prev is not None and prev.kind == "BRK" and prev.words <= 3 and it.glue and idx >= 2
              and items[idx - 2].kind == "CUE" and prev.sep < 2):
            it.cue_linked, it.lang = True, it.lang or items[idx - 2].lang
    keep: list[_Item] = []
    for idx, it in enumerate(items):
        nxt = items[idx + 1] if idx + 1 < len(items) else None
        if it.kind == "BRK" and it.sep < 2 and keep and nxt is not None and _subject_between(keep, it, nxt, items, idx, text):
            continue
        if it.kind == "BRK" and it.sep < 2 and _season_then_days(keep, items, idx):
            continue
        if (it.kind == "BRK" and len(keep) >= 2 and keep[-1].kind == "CUE" and keep[-2].kind == "S"
                and _cue_phrase_then_value(items, idx)):
            continue  # "31 декабря все отделения работают по сокращённому графику: с 9:00 до 16:00"
        if (it.kind == "BRK" and it.sep < 2 and it.glue and it.words <= _SUBJECT_WORDS and len(keep) >= 2
                and keep[-1].kind == "CUE" and keep[-1].sep < 2 and keep[-2].kind == "S" and keep[-2].dates
                and nxt is not None and nxt.kind == "V" and nxt.ivs and not nxt.allday and nxt.sep < 2
                and _PLACES_SUBJECT.match(text, it.start)):
            nxt.glue = True
            continue  # "On New Year's Day we open late: every location 2 PM – 8 PM": whom the colon gives the hours
        if (it.kind == "BRK" and it.sep < 2 and it.words <= _SUBJECT_WORDS + 1 and len(keep) >= 2
                and keep[-1].kind == "CUE" and keep[-1].sep < 2 and keep[-2].kind == "S" and keep[-2].days
                and nxt is not None and nxt.kind == "V" and not nxt.closed and nxt.sep < 2):
            continue  # "Nedeljom radi samo servis u TC Gondola, od 10 do 22h": the subject after the verb
        if (it.kind in ("BRK", "CUE") and it.sep < 2 and len(keep) >= 2 and keep[-1].kind == "EXC" and not keep[-1].dates
                and any(x.kind == "V" and not x.closed for x in keep[-3:-1])
                and _own_value(items, idx - 1) is not None):
            continue  # "except Fridays, when we close at 6 PM": the excepted days' own hours follow
        if it.kind == "BRK" and nxt is not None and _aside_in_week(keep, it, nxt, text):
            nxt.sep = 1
            continue  # "Mon–Fri 10–6, Sat 9–6 (new!), Sun 12–5": a word or two in brackets leave the week whole
        if it.kind == "BRK" and _named_late_day(keep, items, idx, text):
            nxt.sep, nxt.line_start = max(nxt.sep, it.sep), nxt.line_start or it.line_start
            continue  # "Late Lab Thursdays: open until 8 PM" on the line under the week: that week's Thursday
        if _group_hours_label(it, nxt, items[idx + 2] if idx + 2 < len(items) else None, text):
            continue  # "weekday hours, Mon–Thu 1–9 PM": the days after the label say which weekdays
        if _days_label(it, nxt, text):
            # "Пятница, суббота: пт 15–22, сб 10–22": the days before the colon are a row's label, the days
            # after it say their own hours; the whole comma list of the label goes
            label = it
            while label.sep == 1 and keep and keep[-1].kind == "S" and keep[-1].days and not keep[-1].dates:
                label = keep.pop()
            nxt.sep, nxt.line_start = max(nxt.sep, label.sep), nxt.line_start or label.line_start
            continue
        keep.append(it)
    segments: list[list[_Item]] = [[]]
    for it in keep:
        if it.kind == "BRK":
            if segments[-1]:
                segments.append([])
            continue
        if it.kind == "CUE":
            # a cue opening a sentence or line starts a new statement
            if it.sep >= 2 and segments[-1]:
                segments.append([])
            continue
        segments[-1].append(it)
    return [s for s in segments if s]


# How many unknown words may stand between dates and what they say ("с 30.12
# по 08.01 офис на Тверской не работает"), and between a closure and the dates
# it is for ("закрыт на ремонт с 20.12", "closed on Thanksgiving Day, Nov 26").
_SUBJECT_WORDS = 4
_LABEL_SUBJECT_WORDS = 8  # "New Year's Eve: the Harrisburg and Camp Hill offices close at 3 p.m."
_NAME_NOT_RANGE = 180  # days: a date, a dash and a holiday this far after it is the date's name, not a range
_CLOSED_FOR_WORDS = 4  # "закрывается на плановый ремонт кухни с 11 по 17 января"
_CLOSED_SUBJECT_WORDS = 2
_SEASON_WORDS = 10  # "From Nov 27 through Dec 23, every store stays open late for holiday shopping: Mon–Sat 9–9"


def _days_label(it: _Item, nxt: _Item | None, text: str) -> bool:
    """Weekdays closed by a colon with more weekdays right after it on the same line."""
    return (it.kind == "S" and bool(it.days) and not it.dates and nxt is not None and nxt.kind == "S"
            and bool(nxt.days) and not nxt.dates and not nxt.line_start and nxt.sep == 0
            and ":" in text[it.end:nxt.start])


_HOURS_WORD = re.compile(r"hours|часы|radno vreme|радно време", re.IGNORECASE)


def _group_hours_label(it: _Item, cue: _Item | None, days: _Item | None, text: str) -> bool:
    """A day group naming the hours ("weekday hours", "weekend hours") with weekdays after it on the same line."""
    return (it.kind == "S" and it.group and not it.dates and cue is not None and cue.kind == "CUE" and cue.sep == 0
            and bool(_HOURS_WORD.fullmatch(text, cue.start, cue.end)) and days is not None and days.kind == "S"
            and bool(days.days) and not days.dates and not days.group and not days.line_start and days.sep <= 1)


def _season_then_days(keep: list[_Item], items: list[_Item], at: int) -> bool:
    """Whether the words at `at` join a date range to the weekday rules after it in one sentence: "From Nov 27
    through Dec 23, every store stays open late for holiday shopping: Mon–Sat 9–9" is a season, as "Nov 27 – Dec
    23: Mon–Sat 9–9" is."""
    at_season = next((k for k in range(len(keep) - 1, -1, -1) if keep[k].kind != "CUE"), None)
    season = keep[at_season] if at_season is not None else None
    if season is None or season.kind != "S" or season.days or len(season.dates) != 1:
        return False
    if at_season and keep[at_season - 1].kind == "V" and keep[at_season - 1].closed and season.sep == 0:
        return False  # "closed Nov 26–27 and reopen Saturday": the range has its value, the day is another's
    a, b = season.dates[0]
    if a == b:
        return False
    words = 0
    for it in items[at:]:
        if it.kind == "S":
            return bool(it.days) and not it.dates and (it.sep < 2 or it.glue)
        if it.kind not in ("BRK", "CUE") or it.sep >= 2:
            return False
        words += it.words
        if words > _SEASON_WORDS:
            return False
    return False


_NAME_WORDS = 3


def _named_late_day(keep: list[_Item], items: list[_Item], at: int, text: str) -> bool:
    """A capitalised name opening the line under a week, then days and their closing (or opening) time alone: "Late
    Lab Thursdays: open until 8 PM", "Early Close Fridays: until 3 PM". The time alone changes that week's days; a
    range after such a name ("Senior Hour Tuesdays: 7–8 AM") is the name's own hours, and stays out."""
    brk = items[at]
    if not (brk.line_start and brk.words <= _NAME_WORDS and keep and keep[-1].kind == "V" and not keep[-1].closed):
        return False
    if not all(w[:1].isupper() for w in text[brk.start:brk.end].split()):
        return False
    k = at + 1
    if k >= len(items) or items[k].kind != "S" or not items[k].days or items[k].dates or items[k].group:
        return False
    k += 1
    if k < len(items) and items[k].kind == "CUE" and items[k].sep < 2:
        k += 1
    return (k < len(items) and items[k].kind == "V" and items[k].sep < 2
            and (items[k].close_only is not None or items[k].open_only is not None))


_ASIDE_WORDS = 2
_ASIDE_OPEN = re.compile(r"\([ \t]?$")
_ASIDE_CLOSE = re.compile(r"[ \t]?[!.?]?\)[ \t]?[,;]?[ \t]?$")


def _aside_in_week(keep: list[_Item], brk: _Item, nxt: _Item, text: str) -> bool:
    """A remark in brackets between two days' hours of one line ("Sat 9–6 (new!), Sun 12–5"), nothing else."""
    return (brk.words <= _ASIDE_WORDS and not brk.line_start and not nxt.line_start and bool(keep)
            and keep[-1].kind == "V" and nxt.kind == "S" and bool(nxt.days) and not nxt.dates
            and bool(_ASIDE_OPEN.search(text, max(0, brk.start - 2), brk.start))
            and bool(_ASIDE_CLOSE.match(text, brk.end, nxt.start)))


def _cue_phrase_then_value(items: list[_Item], at: int) -> bool:
    """A short phrase closed by a colon, then hours: "…работают по сокращённому графику: с 9:00 до 16:00"."""
    phrase = items[at]
    value = items[at + 1] if at + 1 < len(items) else None
    return phrase.kind == "BRK" and phrase.sep < 2 and phrase.words <= 3 and value is not None and (
        value.kind == "V" and value.glue)


# whom a date's label gives plain hours to: places by name ("Old Town and River Hills") or every one of them ("all
# stores"), not what happens then ("Santa visits the store 11–2")
_PLACES_SUBJECT = re.compile(r"(?:[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ]|(?i:all|every|each|both|все|всех|каждый|sve|svi|све|сви)[ \t])")


_EVERY_PLACE = re.compile(r"(?i:all|every|each|both|все|всех|каждый|sve|svi|све|сви)[ \t]")


_HABITUAL = re.compile(r"(?<![^\W\d_])(?:usually|normally|typically|ordinarily|regularly|обычно|inače|иначе|obično|обично)"
                       r"(?![^\W\d_])", re.IGNORECASE)


def _subject_between(keep: list[_Item], brk: _Item, nxt: _Item, items: list[_Item], idx: int, text: str) -> bool:
    """Whether a short run of unknown words joins the dates or closure before it to what follows."""
    prev = keep[-1]
    # a date a colon closes labels all that follows it ("Christmas Eve: the Bay Street Welcome Center closes at 3
    # PM"): its subject may be longer than a sentence's, and needs no verb before plain hours ("Christmas Eve: Old
    # Town and River Hills 10 AM – 4 PM")
    label = prev.kind == "S" and bool(prev.dates) and not prev.days and brk.sep < 2 and bool(
        _LABEL_COLON.match(text, prev.end, brk.start))
    # so does one opening its sentence before whom it closes ("Christmas Eve the CY Avenue and Riverton shops close
    # at 3 PM"; a closure has its own reading, one fact a place)
    opens = (prev.kind == "S" and bool(prev.dates) and not prev.days and brk.sep < 2
             and (prev.sep >= 2 or prev.line_start or not text[:prev.start].strip()))
    # every place counted, and what they do that day: "Thanksgiving Day: every location runs a short day, 8 AM–2 PM"
    every = bool(_EVERY_PLACE.match(text, brk.start))
    # (never across a sentence end: "… on Saturdays and Sundays. Savamala is open 24/7" are two statements)
    if prev.kind == "S" and (prev.dates or prev.days) and nxt.sep < 2 and (brk.sep < 2 or brk.glue) and (
            brk.words <= _SUBJECT_WORDS or (label or opens) and brk.words <= _LABEL_SUBJECT_WORDS
            and nxt.kind == "V" and (nxt.close_only is not None or label and every and bool(nxt.ivs))
            and not _NOT_A_NAME.search(text, brk.start, brk.end)):  # a subject, no time said in it
        # "31.12 магазин работает до 15:00", "1. januara su sve pekare zatvorene", "В субботу магазин на Уралмаше
        # работает с 9 до 20"
        after = items[idx + 2] if idx + 2 < len(items) else None
        if nxt.kind == "V" and nxt.closed:
            if _HABITUAL.search(text, prev.end, nxt.start):
                return False  # "open Monday, Dec 28, though we're usually closed Mondays": the week's closure, not the date's
            # "1. januara su sve pekare zatvorene"; a weekday only with a word or two ("Недељом салон не ради")
            return bool(prev.dates) or brk.words <= _CLOSED_SUBJECT_WORDS
        if nxt.kind == "V" and nxt.verb:
            return True  # "Dec 26: the shop opens at 11 and closes at 4"
        if nxt.kind == "V" and nxt.close_only is not None and bool(prev.dates):
            return True  # "Christmas Eve — every shop closes at 2 p.m.", "31 декабря все магазины закрываются в 16:00"
        if (label and nxt.kind == "V" and nxt.ivs and not nxt.allday
                and (brk.words <= _SUBJECT_WORDS and _PLACES_SUBJECT.match(text, brk.start) or every)):
            nxt.glue = True  # the label's colon stands before the hours as much as before their subject
            return True
        return nxt.kind == "CUE" and after is not None and (after.kind == "V" or _cue_phrase_then_value(items, idx + 2))
    if prev.kind == "V" and prev.closed and brk.sep == 0 and brk.words <= _CLOSED_FOR_WORDS:
        # the closure must not already belong to a day before it ("Вс — выходной, ...")
        owner = keep[-2] if len(keep) >= 2 else None
        if owner is not None and owner.kind == "S" and prev.sep == 0:
            return False
        return nxt.kind == "S" and bool(nxt.dates) and nxt.sep <= 1
    return False


def _distribute_dates(items: list[_Item], text: str) -> list[_Item]:
    """Dates, a clause closed by a colon, then "name — hours" pairs: each pair holds on those dates.

    "С 5 по 8 января работают два отделения: «Тверское» — с 10 до 17,
    «Профсоюзное» — с 11 до 16". Each pair gets its own copy of the dates,
    starting at the name, so that the fact's text names whom it is about.
    """
    out: list[_Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        out.append(it)
        i += 1
        if it.kind != "S" or not it.dates:
            continue
        j = i + 1 if i < len(items) and items[i].kind == "CUE" and items[i].sep < 2 else i
        pairs: list[tuple[_Item, _Item]] = []
        while j + 1 < len(items):
            brk, value = items[j], items[j + 1]
            if brk.kind != "BRK" or value.kind != "V" or not value.glue or value.sep >= 2 or value.allday:
                break
            if not pairs:
                # the clause ends at a colon, or the dates head a line and each name starts a line below them
                colon = text.rfind(":", brk.start, brk.end)
                line_end = text.find("\n", it.end, brk.end) if _opens_line(text, it.start) else -1
                by_line = colon < 0 and line_end >= 0 and text.find("\n", line_end + 1, brk.end) < 0
                if by_line:
                    colon = line_end
                if brk.sep >= 2 and not by_line or colon < 0 or brk.words > _SUBJECT_WORDS + 2 or colon + 1 >= brk.end:
                    break
                name_start = colon + 1 + len(text[colon + 1 : brk.end]) - len(text[colon + 1 : brk.end].lstrip())
            else:
                # "«Тверское» — с 10 до 17, «Профсоюзное» — с 11 до 16", or one such pair a line
                if not (brk.sep == 1 or by_line and "\n" in text[items[j - 1].end : brk.start + 1]) or (
                        brk.words > _CLOSED_FOR_WORDS):
                    break
                name_start = brk.start
            if name_start and text[name_start - 1] in "«\"„“'":
                name_start -= 1  # the opening quote of «Профсоюзное» is a separator token
            dates = _Item("S", name_start, brk.end, sep=min(brk.sep, 1), dates=it.dates)
            pairs.append((dates, value))
            j += 2
        if pairs:
            for dates, value in pairs:
                out += [dates, value]
            i = j
    return out


# what may join one place's statement to the next in a sentence: "; Hendersonville closes at 8", ", а салон на Мира"
_NEXT_SUBJECT = re.compile(r"[ \t]{0,3}[,;][ \t]{0,3}(?:(?:and|while|а|и|a|i|dok)[ \t]{1,3})?(?:[—–-][ \t]{0,3})?"
                           r"|[ \t]{1,3}(?:and|while|а|и|a|i|dok)[ \t]{1,3}", re.IGNORECASE)


def _dates_per_place(items: list[_Item], text: str) -> list[_Item]:
    """Dates, a place with its time, then more places each with its own time in the same sentence: each holds on those
    dates ("New Year's Eve, Elm Street is open until 2 AM; Oak closes at 8 PM", "31 декабря салон на Ленина работает
    до 16:00, салон на Мира — до 18:00"). Each place after the first gets its own copy of the dates, starting at its
    name, so that the fact's text names whom it is about."""
    out = list(items)
    for i, it in enumerate(items):
        if it.kind != "S" or not it.dates or it.days:
            continue
        j = i + 1
        aside = -1
        if j + 1 < len(items) and items[j].kind == "BRK" and items[j].sep < 2 and items[j + 1].verb:
            aside = text.rfind("(", items[j].start, items[j].end)
        if aside >= 0 and ")" not in text[aside:items[j].end] and _placed_time(items[j + 1]):
            # "Black Friday: we open at 7 AM (Main Street until 6, Oak Park until 8)": the places are in the bracket,
            # the first as much as the rest; the words before it are no one's
            name = aside + 1
            while text[name] in " \t":
                name += 1
            out[i] = _Item("BRK", it.start, aside, words=len(text[it.start:aside].split()), sep=it.sep)
            out[j] = _Item("S", name, items[j].end, sep=1, dates=it.dates, lang=it.lang)
            j += 1
        elif j >= len(items) or items[j].kind != "BRK" or items[j].sep >= 2 or items[j].words > _SUBJECT_WORDS:
            continue  # the first statement names its place too
        else:
            j += 1 + (j + 1 < len(items) and items[j + 1].kind == "CUE" and items[j + 1].sep < 2)
        if j >= len(items) or not _placed_time(items[j]):
            continue
        while j + 2 < len(items):
            brk = items[j + 1]
            k = j + 2 + (items[j + 2].kind == "CUE" and items[j + 2].sep < 2)
            if (brk.kind != "BRK" or brk.words > _SUBJECT_WORDS or k >= len(items) or not _placed_time(items[k])
                    or items[k].closed
                    or not _NEXT_SUBJECT.fullmatch(text, items[j].end, brk.start)
                    # a service is no place: "пункты открыты с 9 до 15, забор анализов — до 12"
                    or _SERVICE_NOUN_RE.search(text, brk.start, brk.end) or _SERVICE_RE.search(text, brk.start, brk.end)
                    # a place by its name ("Hendersonville", "салон на Мира"), not "the drive-thru" or "остальные"
                    or not any(w[:1].isupper() for w in text[brk.start:brk.end].split())):
                break
            out[j + 1] = _Item("S", brk.start, brk.end, sep=1, dates=it.dates, lang=it.lang)
            j = k
    return out


def _placed_time(it: _Item) -> bool:
    """A place's own time after its name: a closing time, hours or a closure, not a whole day's round the clock."""
    return it.kind == "V" and it.sep < 2 and not it.allday and (it.close_only is not None or bool(it.ivs) or it.closed)


def _distribute_days(items: list[_Item], text: str) -> list[_Item]:
    """Days, a verb, then "name (hours)" pairs: each pair holds on those days.

    "Суботом раде експозитура Центар (од 9 до 13 часова) и експозитура у
    Сремској Митровици (од 8 до 12 часова)": each pair gets its own copy of
    the days, starting at the name, so that the fact's text names whom it is about.
    """
    out: list[_Item] = []
    i = 0
    while i < len(items):
        it = items[i]
        out.append(it)
        i += 1
        if it.kind != "S" or it.dates or not it.days or i >= len(items) or items[i].kind != "CUE" or items[i].sep >= 2:
            continue
        j = i + 1
        pairs: list[tuple[_Item, _Item]] = []
        while j + 1 < len(items):
            brk, value = items[j], items[j + 1]
            between = text[brk.end:value.start]
            if (brk.kind != "BRK" or value.kind != "V" or brk.sep >= 2 or brk.words > _SUBJECT_WORDS + 2
                    or "(" not in between or value.allday):
                break
            days = _Item("S", brk.start, brk.end, sep=min(brk.sep, 1), days=it.days, group=it.group, lang=it.lang)
            pairs.append((days, value))
            j += 2
        if len(pairs) >= 2:
            out.pop()  # the days and their verb now stand before each name
            for days, value in pairs:
                value.sep, value.glue = 0, True
                out += [days, value]
            i = j
    return out


def _apply_exceptions(seg: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """'ежедневно, кроме воскресенья': remove excepted days from the day spec before it.

    Returns the segment without EXC items, plus dated exceptions as closures."""
    out: list[_Item] = []
    dated: list[_Item] = []
    for k, it in enumerate(seg):
        if it.kind != "EXC":
            out.append(it)
            continue
        if it.dates:
            s = _Item("S", it.start, it.end, dates=it.dates)
            dated.append(s)
            continue
        target = next((x for x in reversed(out) if x.kind == "S" and not x.dates), None)
        # only once the target has its value: in "ежедневно кроме воскресенья с 10 до 22" the hours are the target's
        # ("7 AM to 10 PM every day except Friday, …" has its value first)
        valued = target is not None and any(x.kind == "V" and not x.closed for x in out[max(out.index(target) - 1, 0):])
        own = _own_value(seg, k) if valued else None
        if own is not None:
            # "daily 9–9, except Fridays, when we close at 6 PM", "except Sunday (noon to 5)": the excepted days keep
            # hours of their own, given right after them; they are not closed
            target.days = target.days - it.days
            target.extra_end = max(target.extra_end, it.end)
            out.append(_Item("S", it.start, it.end, sep=it.sep, days=it.days, lang=it.lang))
            own.sep, own.glue = 0, True
            continue
        if target is not None:
            target.days = target.days - it.days
            target.except_days = target.except_days | it.days
            target.extra_end = max(target.extra_end, it.end)
        else:
            v = next((x for x in reversed(out) if x.kind == "V"), None)
            if v is not None:
                v.except_days = v.except_days | it.days
                v.extra_end = max(v.extra_end, it.end)
    return out, dated


def _own_value(seg: list[_Item], k: int) -> _Item | None:
    """The hours that follow excepted days in the same sentence, a few words at most between, or None."""
    words = 0
    for it in seg[k + 1:]:
        if it.sep >= 2:
            return None
        if it.kind in ("BRK", "CUE"):
            words += max(it.words, 1)
            if words > 3:
                return None
            continue
        return it if it.kind == "V" and not it.closed and (it.ivs or it.close_only is not None) else None
    return None


def _pair(seg: list[_Item], has_context: bool, day_before: _Item | None = None, text: str = "") -> list[_Rule | _Item]:
    """Rules (and break items) in text order; `day_before` is a special day the sentence named before `seg`."""
    sv = [x for x in seg if x.kind in ("S", "V")]
    if not sv:
        return []
    times_first = sv[0].kind == "V" and sv[-1].kind == "S"
    # "выходные": the weekend when no day precedes it and times follow
    for idx, it in enumerate(seg):
        if it.kind == "V" and it.ambig:
            prev = seg[idx - 1] if idx else None
            nxt = seg[idx + 1] if idx + 1 < len(seg) else None
            if not (prev is not None and prev.kind == "S" and prev.sep < 2 and it.sep < 2) and (
                nxt is not None and nxt.kind == "V" and not nxt.closed
            ):
                it.kind, it.days, it.group, it.closed = "S", _WEEKEND, True, False
    rules: list[_Rule | _Item] = []
    idx = 0
    while idx < len(seg):
        if seg[idx].kind != "S":
            idx += 1
            continue
        # a comma list of day specs ("Сб, Вс — выходной") shares one value; days closing a bracket are the times'
        # before them ("8–16 (pon–pet), subota 8–13")
        last_idx = idx
        if not seg[idx].dates:
            while (last_idx + 1 < len(seg) and seg[last_idx + 1].kind == "S" and not seg[last_idx + 1].dates
                   and seg[last_idx + 1].sep <= 1 and ")" not in text[seg[last_idx].end:seg[last_idx + 1].start]):
                last_idx += 1
        run = seg[idx : last_idx + 1]
        first, last = run[0], run[-1]
        back = seg[idx - 1] if idx and seg[idx - 1].kind == "V" and not seg[idx - 1].paired else None
        fwd = seg[last_idx + 1] if last_idx + 1 < len(seg) and seg[last_idx + 1].kind == "V" else None
        if back is not None and not _can_pair(first, back, first.sep, first.glue, has_context, backward=True):
            back = None
        if (back is not None and all(x.holiday and not x.days for x in run) and (back.allday >= 2 or back.cue_linked)
                and not first.glue):
            back = None  # "работает круглосуточно, в праздники тоже": the every-day hours hold on holidays too

        if fwd is not None and not _can_pair(last, fwd, fwd.sep, fwd.glue, has_context):
            fwd = None
        if back is not None and fwd is not None:
            if len(run) > 1 and first.sep == fwd.sep:
                # "с 9 до 18 пн-пт, сб-вс выходной": the first spec closes the
                # times before it, the rest open the value after them
                pairs = [(run[:1], back), (run[1:], fwd)]
            else:
                choice = back if (first.sep < fwd.sep or (first.sep == fwd.sep and times_first)) else fwd
                pairs = [(run, choice)]
        elif back is not None or fwd is not None:
            pairs = [(run, back or fwd)]
        else:
            pairs = []
        for specs, value in pairs:
            rules.extend(_rules_for(specs, value))
        idx = last_idx + 1
    for index, it in enumerate(seg):
        if it.kind == "V" and not it.paired and not it.closed and it.ivs and (
            it.cue_linked or it.allday >= 2
        ):
            day = _dated_before(seg, index, day_before) if not it.except_days else None
            if day is not None and not _CLAUSE_END.search(text, day.end, it.start):
                # "Dec. 25: all stores closed, except our Main St store, which is open 10 AM to 4 PM": that day's hours
                rules.append(_Rule(day.days, it, it.start, it.end, True, it.lang, day.dates))
                continue
            if day is not None and not it.allday and _heads_line(text, day, it.start):
                # "Christmas Day: Elm closed. Oak open 10–4.": the later sentence's text starts at whom it is about
                start = max(m.end() for m in _CLAUSE_END.finditer(text, day.end, it.start))
                start = _SUBJECT_GAP.match(text, start).end()
                rules.append(_Rule(day.days, it, start, it.end, True, it.lang, day.dates))
                continue
            days = _ALL - it.except_days if it.allday >= 2 else None
            rule = _Rule(days, it, it.start, max(it.end, it.extra_end), True, it.lang)
            if days is None and it.except_days:
                rule.days = _ALL - it.except_days
            rules.append(rule)
            if it.except_days:
                off = _Item("V", it.start, it.end, closed=True)
                rules.append(_Rule(it.except_days, off, it.start, it.end, True, ""))
        elif it.kind == "V" and not it.paired and it.closed and not it.except_days and not any(
                x.kind == "S" for x in seg[:index]):
            day = _dated_before(seg, index, day_before)
            in_sentence = day is not None and not _CLAUSE_END.search(text, day.end, it.start)
            if in_sentence or day is not None and _heads_line(text, day, it.start) and _names_only(text, day, it):
                # "На Божић, 7. јануара, радња у центру ради од 10 до 14, а она у Сеновцу је затворена", "1 января
                # аптека на Ленина и аптека на Кирова закрыты": a closure later in the sentence is that day's; its
                # text starts with its own clause, which names whom it is about. So is one in a later sentence of a
                # line the date labels ("Christmas Eve: Old Town 10–4. New Ulm closed.")
                if in_sentence:
                    start = _clause_start(text, day.start, day.end, it.start)
                else:
                    start = max(m.end() for m in _CLAUSE_END.finditer(text, day.end, it.start))
                    start = _SUBJECT_GAP.match(text, start).end()
                # "аптека на Ленина и аптека на Кирова закрыты": one fact a place, its text starting at its name
                subject_at = day.end if start == day.start else start
                cuts = [m.start() for m in _SUBJECTS_JOINED.finditer(text, subject_at, it.start)]
                for begin, end in zip([start] + [c + 1 for c in cuts], cuts + [it.end]):
                    begin = _SUBJECT_GAP.match(text, begin).end() if begin != start else begin
                    rules.append(_Rule(day.days, it, begin, end, True, it.lang, day.dates))
        elif it.kind == "B":
            rules.append(it)
    rules.sort(key=lambda r: r.start)
    return rules


_CLAUSE_SEP = re.compile(r"[,;:—–]")
_SUBJECTS_JOINED = re.compile(r"[ \t](?=(?:и|and|i|и также)[ \t])")
_SUBJECT_GAP = re.compile(r"(?:и|and|i|и также)?[ \t]*")


def _clause_start(text: str, day_start: int, day_end: int, hi: int) -> int:
    """Where the clause ending at `hi` begins: after the last comma, colon or dash since the day, else at the day."""
    seps = list(_CLAUSE_SEP.finditer(text, day_end, hi))
    at = seps[-1].end() if seps else day_start
    while at < hi and text[at].isspace():
        at += 1
    return at


# a sentence or clause ends between a special day and hours that would take its date
_CLAUSE_END = re.compile(r"[.!?;](?=\s)|\n")


def _dated_before(seg: list[_Item], index: int, day_before: _Item | None) -> _Item | None:
    """The special day a sentence opened with, for hours later in it that name no days of their own."""
    for it in reversed(seg[:index + 1]):
        if it.kind == "S":
            return it if it.dates and not it.season else None
        if it.sep >= 2:
            return None
    return day_before


_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?$")
_LINE_LEAD_REACH = 12  # characters of indent and bullet a line may open with
_LABEL_COLON = re.compile(r"[ \t]*:")


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces or a bullet stand between the start of its line and `at`."""
    return bool(_LINE_LEAD.search(text, max(0, at - _LINE_LEAD_REACH), at))


def _heads_line(text: str, day: _Item, at: int) -> bool:
    """A date opening its line as a label ("Christmas Day: De Pere closed. Oneida Street open 10–4.") holds for the
    whole line, across its sentences."""
    return (bool(_LABEL_COLON.match(text, day.end)) and "\n" not in text[day.end:at]
            and bool(_LINE_LEAD.search(text[max(0, day.start - 8):day.start])))


_NOT_A_NAME = re.compile(r"[\d()]")


def _names_only(text: str, day: _Item, closure: _Item) -> bool:
    """Whether the sentence of a closure after a date's label is only whom it closes ("New Ulm closed"), not a place
    open that day with a part of it shut ("Colonie stays open 24/7 (front desk closed)")."""
    start = max(m.end() for m in _CLAUSE_END.finditer(text, day.end, closure.start))
    return not _NOT_A_NAME.search(text, start, closure.start)


def _rules_for(specs: list[_Item], v: _Item) -> list[_Rule]:
    """The rule one value makes with the day specs it is paired with (plus `off` for excepted days)."""
    v.paired = True
    days: frozenset[int] | None = frozenset().union(*(x.days for x in specs))
    rest = not days and all(x.rest for x in specs)
    if rest:
        days = None
    excepted = frozenset().union(*(x.except_days for x in specs))
    start = min(specs[0].start, v.start)
    end = max(specs[-1].end, v.end, v.extra_end, *(x.extra_end for x in specs))
    lang = next((x.lang for x in specs if x.lang), v.lang)
    group = any(x.group for x in specs) or bool(excepted)
    season = next((x.season for x in specs if x.season), ())
    rules = [_Rule(days, v, start, end, group, lang, specs[0].dates or season, seasonal=bool(season), rest=rest)]
    if excepted and not specs[0].dates:
        rules.append(_Rule(excepted, _Item("V", start, end, closed=True), start, end, True, ""))
    return rules


def _can_pair(s: _Item, v: _Item, sep: int, glue: bool, has_context: bool, backward: bool = False) -> bool:
    if v.vacation and not s.dates:
        # "Over winter break (Dec 26 – Jan 3) X adds weekday hours", "the Winter Break Weekday Deal": no weekday off
        return False
    if s.holiday and not s.days:
        return True
    if s.dates:
        # "…в эти дни закрыты. С 9 января все работают", "…од 8 до 14 часова.\n1. и 2. јануара не раде": a sentence
        # end parts hours from the dates after it, unless a colon announces them ("Не работаем:\n1 января")
        if backward and sep >= 2 and not glue:
            return False
        return v.closed or glue or has_context
    if v.close_only is not None or v.open_only is not None:
        return sep == 0 and v.close_only is not None
    if v.allday == 1 and sep > 1:
        return False
    return True


# --------------------------------------------------------------------------
# Rendering


def _hhmm(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _render_ivs(ivs: tuple[tuple[int, int], ...]) -> str:
    return ",".join(f"{_hhmm(o)}-{_hhmm(c)}" for o, c in ivs) if ivs else "off"


def _render_days(days: list[int]) -> str:
    runs: list[str] = []
    k = 0
    while k < len(days):
        e = k
        while e + 1 < len(days) and days[e + 1] == days[e] + 1:
            e += 1
        runs.append(DAY_CODES[days[k]] if e == k else f"{DAY_CODES[days[k]]}-{DAY_CODES[days[e]]}")
        k = e + 1
    return ",".join(runs)


def _render_week(week: dict[int, tuple[tuple[int, int], ...]]) -> str:
    """Canonical weekly value: Mo..Su order, equal days grouped, closed days as `off`."""
    if len(week) == 7 and all(v == ((0, 1440),) for v in week.values()):
        return "24/7"
    groups: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for d in sorted(week):
        groups.setdefault(week[d], []).append(d)
    return "; ".join(f"{_render_days(days)} {_render_ivs(ivs)}" for ivs, days in groups.items())


def _fmt_date(d: date) -> str:
    return f"{d.year} {_MONTH_CODES[d.month - 1]} {d.day:02d}"


def _with_breaks(ivs: tuple[tuple[int, int], ...], breaks: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out = list(ivs)
    for bo, bc in breaks:
        nxt = []
        for o, c in out:
            if o < c and o < bo < bc < c:
                nxt += [(o, bo), (bc, c)]
            else:
                nxt.append((o, c))
        out = nxt
    return tuple(out)


def _valid(value: str) -> bool:
    try:
        _osm.OpeningHours(value)
    except Exception:  # the library raises its own ParserError types
        return False
    return True


# --------------------------------------------------------------------------
# Schedules


@dataclass(slots=True)
class _Schedule:
    rules: list[_Rule] = field(default_factory=list)
    owner: dict[int, _Rule] = field(default_factory=dict)
    pending_breaks: list[tuple[int, int]] = field(default_factory=list)


def _rule_ivs(rule: _Rule) -> tuple[tuple[int, int], ...] | None:
    """The intervals of a rule, () when closed, None when it has none of its own."""
    v = rule.value
    if v.closed:
        return ()
    if not v.ivs:
        return None
    return _resolved_ivs(v, rule.lang)


def _resolved_ivs(v: _Item, lang: str) -> tuple[tuple[int, int], ...] | None:
    """Apply English implied pm; an equal-ends range that is not English means nothing."""
    if v.pm_short and lang == "en":
        return tuple((o, c + 720) for o, c in v.ivs)
    if v.pm_both and lang == "en":
        return tuple((o + 720, c + 720) for o, c in v.ivs)
    if not v.pm_fix:
        return v.ivs
    if lang == "en":
        return tuple((o, c + 720) if c <= o else (o, c) for o, c in v.ivs)
    if any(o == c for o, c in v.ivs):
        return None
    return v.ivs


def _finish(sched: _Schedule, has_context: bool) -> tuple[str, int, int, dict[int, tuple[tuple[int, int], ...]]] | None:
    rules = sched.rules
    if not rules:
        return None
    stated = set()
    for r in rules:
        if r.days is not None:
            stated |= r.days
    opens = {iv[0][0] for r in rules if (iv := _rule_ivs(r))}
    week: dict[int, tuple[tuple[int, int], ...]] = {}
    used: list[_Rule] = []
    for r in rules:
        ivs = _rule_ivs(r)
        if ivs is None:
            # a closing time alone opens when those days open ("Mon–Sat 9–6, Thursdays until 8 PM")
            owned = {week[d][0][0] for d in r.days or () if week.get(d)}
            if r.value.close_only is not None and (len(owned) == 1 or not owned and len(opens) == 1):
                o = next(iter(owned or opens))
                close = r.value.close_only
                if not r.value.close_stated and close <= o < close + 720 <= 1440:
                    close += 720  # "10 AM to 7 PM, until 8 on Thursdays": a bare hour before the opening is pm
                if o < close or close <= _PAST_MIDNIGHT_CLOSE:
                    ivs = ((o, close),)  # "… и в пятницу и субботу до часу ночи": past midnight
            if ivs is None:
                continue
        if r.rest and not stated:
            continue  # the days it is the rest of were stated elsewhere
        ivs = _with_breaks(ivs, r.breaks)
        days = r.days if r.days is not None else (_ALL - stated if stated else _ALL)
        for d in days:
            week[d] = tuple(sorted(ivs))
        if days:
            used.append(r)
    if not week or not used:
        return None
    if not has_context and _looks_like_an_event(week, used):
        return None
    value = _render_week(week)
    if not _valid(value):
        return None
    return value, min(r.start for r in used), max(r.end for r in used), week


def _looks_like_an_event(week: dict[int, tuple[tuple[int, int], ...]], rules: list[_Rule]) -> bool:
    """A class or event ("занятия по средам с 17:00 до 18:00"): short spans on named days only."""
    if any(r.group for r in rules) or any(not ivs for ivs in week.values()):
        return False
    return all(((c - o) % 1440 or 1440) < _EVENT_SPAN for ivs in week.values() for o, c in ivs)  # 0–24 is a whole day


def _add_rule(scheds: list[_Schedule], rule: _Rule) -> None:
    cur = scheds[-1]
    days = rule.days
    if days is None:
        if any(r.days is None for r in cur.rules):
            scheds.append(_Schedule())
            cur = scheds[-1]
    else:
        clash = [cur.owner[d] for d in days if d in cur.owner]
        # "Mon–Sat 9–6, Thursdays until 8 PM": a closing time alone changes days of this week, it starts no other
        changes_close = rule.value.close_only is not None and not rule.value.ivs and len(clash) == len(days)
        if any(not r.group for r in clash) and not changes_close:
            scheds.append(_Schedule())
            cur = scheds[-1]
    if cur.pending_breaks and rule.value.ivs:
        rule.breaks.extend(cur.pending_breaks)
    cur.rules.append(rule)
    for d in days or ():
        cur.owner[d] = rule


def _balanced_end(text: str, start: int, end: int) -> int:
    """Take in the closing parenthesis of "09:00–18:00 (пн–пт)"."""
    raw = text[start:end]
    if raw.count("(") > raw.count(")") and text[end : end + 1] == ")":
        return end + 1
    return end


def _resolve_year(d: int, m: int, y: int | None, today: date) -> date | None:
    try:
        if y is not None:
            return date(y, m, d)
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                cand = date(year, m, d)
            except ValueError:
                continue
            if cand >= today - _PAST_WINDOW:
                return cand
    except ValueError:
        return None
    return None


def _resolve_span(a: tuple, b: tuple, today: date) -> tuple[date, date] | None:
    if a[2] is None and b[2] is not None and a is not b:
        end = _resolve_year(*b, today)
        if end is None:
            return None
        start = _resolve_year(a[0], a[1], end.year, today)
        if start is not None and start > end:
            start = _resolve_year(a[0], a[1], end.year - 1, today)
        return (start, end) if start else None
    start = _resolve_year(*a, today)
    if start is None:
        return None
    if a is b or a == b:
        return start, start
    end = _resolve_year(b[0], b[1], b[2] if b[2] is not None else start.year, today)
    if end is not None and end < start and b[2] is None:
        end = _resolve_year(b[0], b[1], start.year + 1, today)
    if end is None or end < start or (end - start).days > 366:
        return None
    return start, end


def _special_facts(rule: _Rule, text: str, today: date, weekly: list[dict[int, tuple]]) -> list[OpeningHours]:
    v = rule.value
    out = []
    for a, b in rule.dates:
        span = _resolve_span(a, b, today)
        if span is None:
            continue
        start_d, end_d = span
        when = _fmt_date(start_d) if start_d == end_d else f"{_fmt_date(start_d)}-{_fmt_date(end_d)}"
        if v.closed:
            what = "off"
        elif v.ivs:
            ivs = _resolved_ivs(v, rule.lang)
            if ivs is None:
                continue
            what = _render_ivs(ivs)
        else:
            # "Jan 11 – Jan 22, Mon–Thu until 10 pm": the regular time of those weekdays only
            days = rule.days if rule.seasonal and rule.days and len(rule.days) < 7 else None
            if v.open_only is not None:
                what = _opening_only(v.open_only, start_d, end_d, weekly, days)
            elif v.close_only is not None:
                what = _closing_only(v.close_only, start_d, end_d, weekly, days)
            else:
                continue
        if rule.seasonal and rule.days and len(rule.days) < 7:
            what = f"{_render_days(sorted(rule.days))} {what}"
        value = f"{when} {what}"
        if not _valid(value):
            continue
        end = _balanced_end(text, rule.start, rule.end)
        out.append(OpeningHours(value, text[rule.start : end], rule.start, end, start_d, end_d))
    return out


_REST_REACH = 40  # characters from a season's hours to the sentence naming its days off


def _rest_of_season(text: str, season: OpeningHours, days: frozenset[int], off: OpeningHours,
                    week: dict[int, tuple]) -> bool:
    """"From Nov 1 to Mar 31 we open Wed–Sun 11–7. Monday and Tuesday are days off.": closed days said right after
    a season's weekdays, and none of them, are the rest of that season's week, not every week's."""
    return (season.end <= off.start <= season.end + _REST_REACH and "\n\n" not in text[season.end:off.start]
            and not days & set(week))


def _round_the_clock(week: dict[int, tuple]) -> bool:
    """A week open round the clock is another unit's ("травмпункт … круглосуточно") when a day closes early: its
    00:00 is no opening time to lend."""
    return len(week) == 7 and all(ivs == ((0, 1440),) for ivs in week.values())


def _closing_only(close: int, start_d: date, end_d: date, weekly: list[dict[int, tuple]],
                  days: frozenset[int] | None = None) -> str:
    """'31 декабря — до 16:00': the regular opening time of that weekday if the text gives one."""
    o = _regular_time(start_d, end_d, weekly, opening=True, days=days)
    # "New Year's Eve: open until 2 AM" after an 11 AM opening closes the night after, as a week's "11:00-01:00" does
    if o is not None and (o < close or close <= _PAST_MIDNIGHT_CLOSE):
        return f"{_hhmm(o)}-{_hhmm(close)}"
    return f'open "until {_hhmm(close)}"'


def _opening_only(opens: int, start_d: date, end_d: date, weekly: list[dict[int, tuple]],
                  days: frozenset[int] | None = None) -> str:
    """'2. јануара: од 12 часова': the regular closing time of that weekday if the text gives one."""
    c = _regular_time(start_d, end_d, weekly, opening=False, days=days)
    if c is not None and opens < c:
        return f"{_hhmm(opens)}-{_hhmm(c)}"
    return f"{_hhmm(opens)}+"


def _regular_time(start_d: date, end_d: date, weekly: list[dict[int, tuple]], *, opening: bool,
                  days: frozenset[int] | None = None) -> int | None:
    """The one regular opening (or closing) time the weekly hours give every day from start_d to end_d (those of
    `days` only, when given), else None."""
    times = set()
    d = start_d
    while d <= end_d and len(times) < 2:
        if days is not None and d.weekday() not in days:
            d += timedelta(days=1)
            continue
        found = None
        for week in weekly:
            if _round_the_clock(week):
                continue
            ivs = week.get(d.weekday())
            if ivs:
                found = ivs[0][0] if opening else ivs[-1][1]
                break
        times.add(found)
        d += timedelta(days=1)
    return next(iter(times)) if len(times) == 1 else None


_CLOSING_ONLY = re.compile(
    r'^(?P<when>\d{4} [A-Z][a-z]{2} \d{2}(?:-\d{4} [A-Z][a-z]{2} \d{2})?)(?: (?P<days>[A-Z][a-z](?:[-,][A-Z][a-z])*))?'
    r' open "until (?P<close>\d{2}:\d{2})"$'
)


def complete_closing_time(value: str, valid_from: date | None, valid_to: date | None, weekly: list[str]) -> str:
    """A special day given by its closing time alone, with the opening time of the page's weekly schedule.

    '2026 Dec 24 open "until 15:00"' becomes '2026 Dec 24 09:00-15:00' when
    `weekly` (the weekly values stated elsewhere on the same page, for the
    same place) open at 09:00 on every day of the special dates; anything
    else is returned unchanged. find_opening_hours does this itself when the
    schedule is in the same text; this is for a schedule in another part of
    the page ("Hours: Mon–Fri 9–6" in a card, "we close at 3 p.m. on
    Christmas Eve" in a notice).
    """
    m = _CLOSING_ONLY.match(value)
    if not m or valid_from is None or valid_to is None:
        return value
    close = _minutes(m.group("close"))
    # "Dec 12 – Dec 23, Mon–Sat until 8 PM": the opening time of those weekdays only
    days = m.group("days") and _osm_days(m.group("days"))
    # every schedule the page states for those weekdays must give the same opening time: two places, two openings,
    # no guess; a schedule silent on them ("Owatonna is closed Mondays" beside its card's week) has no say
    weekdays = {(valid_from + timedelta(days=k)).weekday() for k in range(min((valid_to - valid_from).days + 1, 7))}
    if days:
        weekdays &= days
    found = {_closing_only(close, valid_from, valid_to, [w], days or None) for w in (_osm_week(v) for v in weekly)
             if w is not None and not _round_the_clock(w) and weekdays & set(w)}
    if len(found) != 1:
        return value
    return f"{m.group('when')} {m.group('days') + ' ' if days else ''}{found.pop()}"


def find_opening_hours(text: str, *, today: date | None = None, headings: Sequence[str] = ()) -> list[OpeningHours]:
    """Every schedule stated in text, in order.

    `today` (the page date) supplies the year of special days given without
    one: the nearest such date not more than ~2 months in the past.
    `headings` are what the text stands under: "31 декабря с 10 до 18" is a
    day's hours under "Режим работы в праздники", and may be an event's time
    elsewhere.
    """
    if not text or not _PRECHECK.search(text):
        return []
    today = today or date.today()
    toks = _tokenize(text, today)
    items = _Parser(text, toks, today).items()
    if not any(it.kind == "V" for it in items):
        return []
    if _OFFER_RE.search(text):
        items = _without_offer_times(items, text, toks)
    heading_context = any(_CONTEXT.search(h) for h in headings)
    has_context = heading_context or bool(_CONTEXT.search(text))
    found: list[OpeningHours] = []
    weeks: list[dict[int, tuple[tuple[int, int], ...]]] = []
    specials: list[_Rule] = []
    day_before: _Item | None = None  # the special day the sentence named, for "…, except X, which is open 10–4"
    service_words: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None  # read once, when needed
    for seg in _segment_items(items, text, heading_context):
        if seg[0].sep >= 2:
            day_before = None
        scheds, seg_specials = _schedules(seg, has_context, day_before, text)
        for it in seg:
            if it.sep >= 2:
                day_before = None
            if it.kind == "S":
                day_before = it if it.dates and not it.season else None
        specials += seg_specials
        for sched in scheds:
            got = _finish(sched, has_context)
            if got is None:
                continue
            value, start, end, week = got
            end = _balanced_end(text, start, end)
            if service_words is None:
                service_words = _service_words(text)
            if _offer_time(text, toks, start, end, week) or _service_time(
                    text, toks, start, service_words) or _STATUS_BEFORE.search(
                    text, max(0, start - _STATUS_REACH), start) or _about_the_others(text, start) or (
                    _round_the_clock(week) and _online_only(text, *_sentence_around(text, start, end))):
                continue
            if (has_context and not heading_context and _looks_like_an_event(week, sched.rules)
                    and not _CONTEXT.search(text, *_sentence_around(text, start, end))
                    and not (weeks and _continues(text, found[-1], start, week, weeks[-1]))):
                continue  # "Open Tues–Sun 9:30–4:30. Toddler Time runs Tuesdays 9:30–10:30": the cue is the week's

            if weeks and _continues(text, found[-1], start, week, weeks[-1]) and not set(weeks[-1]) & set(week):
                # "Monday–Friday 7:30–6. Saturday 8–4. Closed Sunday.": one week told in sentences
                week = {**weeks[-1], **week}
                merged = _render_week(week)
                if _valid(merged):
                    first = found.pop()
                    weeks.pop()
                    value, start = merged, first.start
            found.append(OpeningHours(value, text[start:end], start, end))
            weeks.append(week)
    # special days come last: a closing time alone needs the weekly opening
    seasonal: list[tuple[OpeningHours, frozenset[int]]] = []
    for r in specials:
        if r.value.ivs and _event_time(text, toks, max(r.start, r.value.start), r.end):
            # "Дегустация улунов — 19 декабря с 16:00 до 18:00", "19 декабря\nМастер-класс — с 12 до 14": the
            # tasting's hours, not the shop's
            continue
        got = _special_facts(r, text, today, weeks)
        found.extend(got)
        if r.seasonal and r.days:
            seasonal += [(f, r.days) for f in got]
    if seasonal:
        # weekly facts come first, one week each: a week of closed days only may be a season's other days
        rest = {id(f) for f, week in zip(found, weeks) if not any(week.values())
                and any(_rest_of_season(text, s, days, f, week) for s, days in seasonal)}
        found = [f for f in found if id(f) not in rest]
    found.sort(key=lambda f: (f.start, f.end))
    if any(_STAFF_HEADING.search(h) for h in headings):
        # a doctor's or a trainer's week ("Врачи клиники / Белова И. С.: Приём пн, ср, пт 14–20") is not the place's
        found = [f for f in found if f.valid_from is not None]
    season = _season_of(headings, today) if headings else None
    if season is not None and not any(f.valid_from for f in found):
        found = [s for f in found for s in _in_season(f, season)]
    named = _named_seasons(text, items, today)
    if named:
        found = [s for f in found for s in _in_named_season(text, f, named)]
    if headings and _names_a_date(headings[-1], today):
        found = _under_date_heading(text, today, headings, found)
    return found


_DATE_HEADING_CHARS = 60  # a heading this short that names a date heads that day's lines, not a story


def _names_a_date(heading: str, today: date) -> bool:
    """Whether a short heading names a day: "31 декабря (чт)", "Thu, Dec 24", "Christmas Eve", "5–8 января открыты"."""
    return len(heading) <= _DATE_HEADING_CHARS and "\n" not in heading and bool(
        _HOLIDAY_NAME.search(heading) or any(c.isdigit() for c in heading) and find_dates(heading, today=today))


def _under_date_heading(text: str, today: date, headings: Sequence[str], found: list[OpeningHours]) -> list[OpeningHours]:
    """Add the special days a date heading gives the lines under it ("31 декабря (чт)" over "Древлянка — с 10:00 до
    18:00"), read as if the heading were the text's first line; what the text dates itself stays as read."""
    lead = headings[-1].strip() + "\n"
    more = []
    for f in find_opening_hours(lead + text, today=today, headings=headings[:-1]):
        if f.valid_from is not None and f.end > len(lead):
            start, end = max(0, f.start - len(lead)), f.end - len(lead)
            more.append(replace(f, raw=text[start:end], start=start, end=end))
    more = [f for f in more if not any(f.start < g.end and g.start < f.end for g in found)]
    return sorted(found + more, key=lambda f: (f.start, f.end)) if more else found


# Headings over the schedules of people, not of the place: "Врачи клиники", "Расписание врачей", "Our doctors",
# "Naši lekari", "Тренеры" (plural or whole words only: a clinic's own name may hold "Doctor" or "Стоматология")
_STAFF_HEADING = re.compile(
    r"(?<![^\W\d_])(?:врач|врачи|врачей|врача|доктора|докторов|специалисты|специалистов|тренеры|тренеров"
    r"|инструкторы|инструкторов|преподаватели|преподавателей|мастера|мастеров|doctors|physicians|dentists"
    r"|trainers|instructors|stylists|lekari|lekara|лекари|лекара|doktori|доктори|stomatolozi|стоматолози"
    r"|treneri|тренери|instruktori|инструктори)(?![^\W\d_])",
    re.IGNORECASE,
)

# "Tax season runs January 15 through April 15. … During tax season, we're open …": a season named with its
# dates in one sentence holds over the schedules of the sentences that name it.
_SEASON_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,20})[ \t-](?:season|сезон|sezon)\w{0,3}(?![^\W\d_])",
                          re.IGNORECASE)
_NOT_A_SEASON_NAME = frozenset("the this that our your each every whole all any next last этот тот весь каждый "
                               "следующий прошлый ovaj taj cela cele svaki sledeće ове ова сваке".split())


# "Outside tax season", "вне сезона": the rest of the year
_OUTSIDE_SEASON = re.compile(r"(?:outside|out[ \t]of|after|before|off|вне|после|izvan|van|posle|изван|ван|после)"
                             r"(?:[ \t]the)?[ \t]{1,3}$", re.IGNORECASE)


def _season_key(m: re.Match, text: str) -> str | None:
    name = m.group(1).lower()
    if name in _NOT_A_SEASON_NAME or _OUTSIDE_SEASON.search(text, max(0, m.start() - 15), m.start()):
        return None
    return name[:4]  # "летний сезон", "в летнем сезоне"


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            return lo, m.start()
    return lo, hi


def _named_seasons(text: str, items: list[_Item], today: date) -> dict[str, tuple[date, date]]:
    """Seasons the text names before their dates in one sentence: "Tax season runs Jan 15 through Apr 15"."""
    named: dict[str, tuple[date, date]] = {}
    for it in items:
        if it.kind != "S" or it.days or len(it.dates) != 1 or it.dates[0][0] == it.dates[0][1]:
            continue
        lo, _ = _sentence_around(text, it.start, it.end)
        for m in _SEASON_NAME.finditer(text, lo, it.start):
            key = _season_key(m, text)
            span = _resolve_span(*it.dates[0], today)
            if key and span is not None and key not in named:
                named[key] = span
    return named


def named_seasons(text: str, *, today: date | None = None) -> dict[str, tuple[date, date]]:
    """The seasons a text names with their dates ("Tax season runs January 15 through April 15, 2027"), by key.

    For a page whose intro names the season and whose later sections hold to it ("During tax season, our Bay View
    office will be open 9 AM to 6 PM on Fridays"): find_opening_hours reads each section alone, so the page's
    reader gathers the seasons here and hands them to `in_named_seasons`."""
    if not text or not _SEASON_NAME.search(text):
        return {}
    today = today or date.today()
    return _named_seasons(text, _Parser(text, _tokenize(text, today), today).items(), today)


def in_named_seasons(text: str, found: Sequence[OpeningHours],
                     named: dict[str, tuple[date, date]]) -> list[OpeningHours]:
    """Hours found in `text`, each weekly one in a sentence naming one of the `named` seasons held in that season."""
    if not named or not _SEASON_NAME.search(text):
        return list(found)
    return [s for f in found for s in _in_named_season(text, f, named)]


def _in_named_season(text: str, found: OpeningHours, named: dict[str, tuple[date, date]]) -> list[OpeningHours]:
    """A weekly schedule in a sentence that names a season ("During tax season, … open 9 AM to 6 PM on Fridays"):
    held in that season."""
    if found.valid_from is not None:
        return [found]
    lo, hi = _sentence_around(text, found.start, found.end)
    for m in _SEASON_NAME.finditer(text, lo, hi):
        key = _season_key(m, text)
        if key in named:
            return _in_season(found, named[key])
    return [found]


# Between two statements of one week: separators only ("Mon–Fri 9–6. Sat 10–4. Closed Sunday.", "9–18 / Сб 10–16").
_WEEK_GOES_ON = re.compile(r"[\s.,;:|/·•–—-]{0,6}")


def _continues(text: str, previous: OpeningHours, start: int, week: dict[int, tuple[tuple[int, int], ...]],
               previous_week: dict[int, tuple[tuple[int, int], ...]]) -> bool:
    """Whether a schedule starting at `start` goes on with the one just read: only separators between them, or
    a short sentence that closes the other days, after the week or before it ("…, суботом од 8 до 16. Недељом
    салон не ради.", "Our crew takes Sundays and Mondays off. The shop is open Tuesday through Saturday …")."""
    if previous.valid_from is not None or start < previous.end:
        return False
    if _WEEK_GOES_ON.fullmatch(text, previous.end, start):
        return True
    closes_only = any(bool(w) and all(not ivs for ivs in w.values()) for w in (week, previous_week))
    return closes_only and start - previous.end <= _CLOSED_DAYS_REACH and _CLOSED_DAYS_LEAD.fullmatch(
        text, previous.end, start) is not None


# What may stand between a week and the sentence closing its other days: "). The shop is ", ". Недељом салон "
# (a capital after the first word names another place: ". Our Fishtown shop is closed on Sundays" is not this week's)
_CLOSED_DAYS_LEAD = re.compile(
    r"[\s.,;:)]{0,4}[^\W\d_]{0,15}(?:['’][^\W\d_]{1,2})?"  # "It's", "We're"
    r"(?:[ \t]{1,2}(?-i:[^\W\d_A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])[^\W\d_]{0,14}(?:['’][^\W\d_]{1,2})?){0,4}[ \t]{0,2}")
_CLOSED_DAYS_REACH = 60


def _season_of(headings: Sequence[str], today: date) -> tuple[date, date] | None:
    """The date range a heading gives the schedules under it ("Tax season hours (Jan 15 – Apr 15)")."""
    for heading in reversed(headings):
        for period in find_periods(heading, today=today):
            if period.valid_from and period.valid_to and period.valid_from < period.valid_to:
                return period.valid_from, period.valid_to
    return None


def _in_season(found: OpeningHours, season: tuple[date, date]) -> list[OpeningHours]:
    """A weekly schedule under a season's heading: one dated fact per rule, like a season stated in the text."""
    if found.value == "24/7" or found.valid_from is not None:
        return [found]
    when = f"{_fmt_date(season[0])}-{_fmt_date(season[1])}"
    return [replace(found, value=f"{when} {rule}", valid_from=season[0], valid_to=season[1])
            for rule in _OSM_RULE_SEP.split(found.value) if rule]



# When an offer applies is not when the shop is open ("По будням с 8 до 10 утра
# — скидка 20%", "два пецива и кафа за 390 динара, сваког дана од 7 до 10"):
# a schedule of short spans, in a sentence that states a discount, a promotion
# or a bundle price and no hours cue, is left out.
_OFFER_SPAN = 360
_OFFER_RE = re.compile(
    r"\d\s?%|(?<![^\W\d_])(?:скидк\w{0,3}|скидок|попуст\w{0,3}|popust\w{0,3}|discount\w{0,2}|акци[яиюей]\w{0,2}"
    r"|акциј\w{0,3}|akcij\w{0,3}|promo\w{0,6}|happy\s{1,2}hours?|кэшбэк\w{0,2}|кешбэк\w{0,2}|cash\s?back"
    # "Pogodnost važi radnim danima od 8 do 12h", "скидка действует по будням с 8 до 11"
    r"|pogodnost\w{0,2}|погодност\w{0,2}|važi|vazi|важи|действует|действуют|valid|applies"
    # something given away: "С 8 до 10 по будням — кофе бесплатно", "free coffee weekdays 7–9"
    r"|бесплатн\w{0,3}|besplatn\w{0,3}|бесплатн\w{0,3}|free)(?![^\W\d_])"
    # two for the price of one: "взрослый + ребёнок по цене одного билета", "dva za cenu jednog", "half price"
    r"|(?<![^\W\d_])(?:по\s{1,2}цене|po\s{1,2}ceni|по\s{1,2}цени|za\s{1,2}cenu|за\s{1,2}цену|price\s{1,2}of"
    r"|half[\s\-]{1,2}price|полцены|pola\s{1,2}cene|пола\s{1,2}цене)(?![^\W\d_])"
    # a price on its own: "Ručak meni radnim danima 12–15 h: pica + sok 690 din"
    r"|(?<![\d.,])\d{1,6}(?:[ \u00a0]\d{3})?(?:[.,]\d{1,2})?\s?(?:₽|руб\w{0,4}|дин\w{0,4}|din\w{0,4}|rsd)(?![^\W\d_])"
    r"|[$€£]\s?\d{1,6}"
    r"|(?<![^\W\d_])(?:за|za|for)\s{1,2}(?:[$€£]\s?\d{1,6}|\d{1,6}(?:[ \u00a0]\d{3})?(?:[.,]\d{1,2})?\s?"
    r"(?:₽|руб\w{0,4}|р\.|дин\w{0,4}|din\w{0,4}|rsd|eur|евр\w{0,2}|usd|долл\w{0,4}))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]{1,3}(?=[ \t\u00a0]{1,20}[«\"„“(]?[A-ZА-ЯЁЂЈЉЊЋЏČĆŠŽĐ])|\n")


# When a delivery comes or a courier calls is not when a place is open ("Привозим заказы ежедневно с 9 до 23",
# "We deliver 7 days a week, 8 am – 8 pm"): a delivery verb before the schedule in its sentence.
_SERVICE_RE = re.compile(
    r"(?<![^\W\d_])(?:привоз\w{0,4}|привез\w{0,4}|достав\w{0,6}|доставља\w{0,4}|dostavlja\w{0,4}|dostav\w{0,4}"
    r"|deliver\w{0,4}|курьер\w{0,4}|courier\w{0,2}|kurir\w{0,4}|курир\w{0,4}"
    # an event's hours, not the place's: "Show hours: Fri 12–9", "часы работы выставки: …", "radno vreme sajma: …"
    r"|(?:show|expo|exhibition|exhibit|fair|festival|event|conference|convention)[ \t]{1,2}hours"
    r"|(?:часы|время)[ \t]{1,2}работы[ \t]{1,2}(?:выставки|ярмарки|фестиваля|мероприятия)"
    r"|radno[ \t]{1,2}vreme[ \t]{1,2}(?:sajma|izložbe|festivala)|радно[ \t]{1,2}време[ \t]{1,2}(?:сајма|изложбе|фестивала)"
    # a children's day-stay programme's hours, not the club's: "группа полного дня работает с 8:00 до 18:00",
    # "продлёнка до 19:00", "produženi boravak od 7 do 17", "after-school care 3–6"
    r"|групп[аыуе][ \t]{1,2}(?:полного|продл[её]нного|кратковременного)[ \t]{1,2}(?:дня|пребывания)|продл[её]нк\w{0,2}"
    r"|produžen\w{0,2}[ \t]{1,2}boravk?\w{0,2}|продужен\w{0,2}[ \t]{1,2}боравк?\w{0,2}"
    r"|after-?school[ \t]{1,2}(?:programs?|programmes?|care|club))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# "Онлайн-заказы принимаем круглосуточно", "Book online 24/7", "бронирование круглосуточно на сайте": what runs round
# the clock on a website, an app or a portal is no place's opening hours
_ONLINE_RE = re.compile(
    r"(?<![^\W\d_])(?:онлайн\w{0,8}|online|onlajn\w{0,4}|онлајн\w{0,4}|сайт\w{0,2}|website|sajt\w{0,2}|сајт\w{0,2}"
    r"|portal\w{0,2}|портал\w{0,2}|app|приложени\w{0,2}|aplikacij\w{0,2}|апликациј\w{0,2}|chat-?bot|чат-?бот\w{0,2})"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# "заблокируйте карту в приложении или позвоните на горячую линию — она работает круглосуточно": the phone line's
_CALL_RE = re.compile(
    r"(?<![^\W\d_])(?:call\w{0,3}|phone|hotline|line|звон\w{0,4}|позвон\w{0,4}|лини[яию]|телефон\w{0,2}"
    r"|pozovi\w{0,3}|позови\w{0,3}|zovi\w{0,3}|зови\w{0,3}|telefon\w{0,2})(?![^\W\d_])",
    re.IGNORECASE,
)


def _online_only(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence speaks of a website, an app or a portal and of no phone line, or of a drop box."""
    return (bool(_ONLINE_RE.search(text, lo, hi)) and not _CALL_RE.search(text, lo, hi)
            or bool(_UNATTENDED_RE.search(text, lo, hi)))


# "Drop-off key box open 24 hours – night drop envelopes by the door": a box at the door keeps its own hours, round
# the clock while the place is closed (a parcel locker or an ATM listed as a unit of its own is left to be one)
_UNATTENDED_RE = re.compile(
    r"(?<![^\W\d_])(?:key[ \t-]?box|drop[ \t-]?box|night[ \t-]?drop|key[ \t-]?drop)(?![^\W\d_])",
    re.IGNORECASE,
)


# "Hours today: 9am – 9pm", "Сегодня: 10:00–22:00", "Open now · until 9 PM": a status line repeats one day of the week.
_STATUS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:today|tonight|open\s{1,2}now|сегодня|сейчас|danas|данас|trenutno|тренутно)(?![^\W\d_])[^\n\d]{0,12}$",
    re.IGNORECASE,
)
_STATUS_REACH = 30
_SENTENCE_REACH = 400  # how far back a schedule's sentence is looked for
_PAST_MIDNIGHT_CLOSE = 360  # a closing time alone up to 6:00, before the opening, is the night after


# When a service is given is not when the place is open ("Exotics appointments are offered on Tuesdays 1–5",
# "прививки делаем по субботам с 9 до 13", "isplata povraćaja sredom od 10 do 12"): a service's name before the
# schedule in its sentence, with no word of opening between ("Appointments welcome; we're open Mon–Fri 9–5").
_SERVICE_NOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:appointments|screenings?|vaccines?|vaccinations?|immunizations?|flu[ \t]shots|consultations"
    r"|lessons|refunds|pick-?ups?|drop-?offs?|прививк\w{0,3}|вакцинаци\w{0,2}|консультаци\w{0,2}|занятия|занятий"
    r"|возврат\w{0,2}|вакцинациј\w{0,2}|vakcinacij\w{0,2}|konsultacij\w{0,2}|консултациј\w{0,2}|isplat\w{0,2}"
    r"|исплат\w{0,2}|preuzimanj\w{0,2}|преузимањ\w{0,2}|povra[cć]aj\w{0,2}|повраћај\w{0,2}"
    # house calls and work on site ("Кућне посете обављамо…", "Монтери излазе на терен…"), examinations, courses
    r"|visits|посет[аеиу]|poset[aeiu]|на[ \t]терен|na[ \t]teren|on[ \t]site|выезд\w{0,2}|exams?|examinations?"
    r"|преглед\w{0,2}|pregled\w{0,2}|осмотр\w{0,2}|courses?|classes|курс\w{0,2}|kurs\w{0,3}|курсев\w{0,2}"
    # a team's or a league's own times ("league nights Tue & Thu 6:30–9:30 PM", "the team rehearses Sundays 1–5")
    r"|leagues?|rehears\w{0,4}|репетиру\w{0,3}|репетици\w{0,3}"
    # a weekly event's night ("Commander night is Thursdays 5–8", "trivia nights Tue 7–10"), not a late opening
    r"|(?<!late[ \t])nights?|tournaments?"
    # a group's booked slots ("Групни термини уторком од 10 до 13", "group sessions Tuesdays 10–1")
    r"|termini|термини|sessions|сеансы"
    # a school secretary's own hours ("Секретар школе обавља послове радним данима од 10 до 14", "our secretary
    # is in Mon–Thu 9–1"): the person's, not the place's (an administrator or one on duty answers for the place)
    r"|secretary|секретар[ьяю]?|sekretar[au]?"
    # a stream or a webcam ("a Yard-Cam that streams 24/7", "веб-камера в вольере — круглосуточно", "prenos uživo 0–24")
    r"|streams?|streaming|live[ \t-]?(?:streams?|feeds?|cams?)|web-?cams?|cams?|веб-?камер\w{0,2}"
    r"|трансляци\w{0,2}|web-?kamer\w{0,2}|veb-?kamer\w{0,2}|prenos\w{0,2}[ \t]{1,2}uživo|пренос\w{0,2}[ \t]{1,2}уживо)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


# "Остале експозитуре суботом не раде", "All other stores are closed Sundays": the week of places the text leaves
# unnamed, after it named the ones that differ; no place's week to compare.
_THE_OTHERS = re.compile(
    # ("в остальные дни ежедневно 10–22" is the rest of the week, of the place just named)
    r"(?<![^\W\d_])(?:остальные|остальных|ostale|ostali|остале|остали|other|remaining)[ \t]{1,3}"
    r"(?!(?:дни|дней|время|days|times|hours|dane|dani|дане|дани|vreme|време)(?![^\W\d_]))[^\W\d_]{3,20}"
    r"(?:[ \t]{1,3}[^\W\d_]{1,20}){0,2}[ \t,]{1,3}$",
    re.IGNORECASE,
)


def _about_the_others(text: str, start: int) -> bool:
    return bool(_THE_OTHERS.search(text, max(0, start - 60), start))


def _service_words(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the text names a delivery or an event, and where a service: found once, not once per schedule."""
    return ([m.span() for m in _SERVICE_RE.finditer(text)], [m.span() for m in _SERVICE_NOUN_RE.finditer(text)])


# "Заказ с доставкой: 8 800 350-72-91 (бесплатно, пн–вс 8:00–21:00)": hours in brackets right after a phone number
# are when the line answers, whatever service named it
_AFTER_A_PHONE = re.compile(r"\d[\d \t()-]{5,}\d[ \t]{0,2}\([^()\d]{0,24}$")


def _service_time(text: str, toks: list[_Tok], start: int,
                  words: tuple[list[tuple[int, int]], list[tuple[int, int]]]) -> bool:
    """Whether a schedule is when deliveries come, a service is given or an event is on: its word before it in its
    sentence."""
    lo = max(0, start - _SENTENCE_REACH)  # bounded, or a long text without sentence ends costs quadratic time
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    always, nouns = words
    if _AFTER_A_PHONE.search(text, max(lo, start - 60), start):
        return False
    if any(e <= start for s, e in always[bisect_left(always, (lo, 0)):bisect_left(always, (start, 0))]):
        return True
    service = next((e for s, e in reversed(nouns[bisect_left(nouns, (lo, 0)):bisect_left(nouns, (start, 0))])
                    if e <= start), None)
    return service is not None and not any(t.kind == "cue" and service <= t.start < start for t in toks)


# Events named before their date in the sentence ("Новогодний утренник 20 декабря с 11:00 до 13:00", "Book signing
# Dec 19, 3–7 pm", "Degustacija 19. decembra od 17 do 19"): the event's hours, not the place's
_EVENT_RE = re.compile(
    r"(?<![^\W\d_])(?:дегустаци\w{0,3}|утренник\w{0,2}|мастер-класс\w{0,2}|концерт\w{0,2}|лекци\w{0,3}|ярмарк\w{0,2}"
    r"|фестивал\w{0,2}|вечеринк\w{0,2}|спектакл\w{0,2}|экскурси\w{0,2}|семинар\w{0,2}|вебинар\w{0,2}|презентаци\w{0,2}"
    r"|турнир\w{0,2}|degustacij\w{0,2}|дегустациј\w{0,2}|radionic\w{0,2}|радиониц\w{0,2}|koncert\w{0,2}"
    r"|predavanj\w{0,2}|предавањ\w{0,2}|sajam|sajmu|сајам|сајму|žurk\w{0,2}|журк\w{0,2}|tastings?|workshops?|signings?"
    r"|concerts?|lectures?|recitals?|seminars?|webinars?|meetups?|story[ \t]?times?|parties|party)(?![^\W\d_])",
    re.IGNORECASE,
)


_EVENT_AFTER_REACH = 60  # how far after a special day's hours an event named as what happens then is looked for


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _event_time(text: str, toks: list[_Tok], start: int, end: int) -> bool:
    """Whether a special day's hours are an event's: its name before the date in the sentence, no cue after it, or
    its name just after the hours in a sentence with no cue ("19. децембра од 10 до 12 делимо кобасице и дајемо
    дегустацију", "Dec 19, 3–5 pm we host a signing")."""
    lo, hi = _sentence_around(text, start, end)
    event = None
    for event in _EVENT_RE.finditer(text, lo, start):
        pass
    if event is not None:
        return not any(t.kind == "cue" and event.end() <= t.start < end for t in toks)
    after = _EVENT_RE.search(text, end, min(hi, end + _EVENT_AFTER_REACH))
    # in the same clause: "31 декабря с 10 до 16, а дегустация — 30-го" names another day's event
    return after is not None and not _CLAUSE_BREAK.search(text, end, after.start()) and not any(t.kind == "cue" and lo <= t.start < after.start() for t in toks)


def _offer_time(text: str, toks: list[_Tok], start: int, end: int,
                week: dict[int, tuple[tuple[int, int], ...]]) -> bool:
    """Whether a weekly schedule read at start..end is when an offer applies, not opening hours."""
    spans = [c - o if c > o else c + 1440 - o for ivs in week.values() for o, c in ivs]
    if not spans or len(spans) < len(week) or max(spans) >= _OFFER_SPAN:
        return False
    # bounded both ways, or a long text without sentence ends costs quadratic time
    lo, hi = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    if not _OFFER_RE.search(text, lo, hi):
        return False
    first = bisect_left(toks, lo, key=lambda t: t.start)
    return not any(t.kind == "cue" for t in toks[first:bisect_left(toks, hi, lo=first, key=lambda t: t.start)])


def _without_offer_times(items: list[_Item], text: str, toks: list[_Tok]) -> list[_Item]:
    """Items less the days and short hours of a sentence of their own that says when an offer applies: "Mon–Fri
    7:30–16:00. On Mondays from 7:30 to 9:00 taxis get 5% off" leaves Monday's hours whole."""
    dropped: set[int] = set()
    for n, it in enumerate(items):
        if it.kind != "V" or it.closed or not it.ivs or not _offer_time(text, toks, it.start, it.end, {0: it.ivs}):
            continue
        dropped.add(n)
        # the weekdays the offer's sentence names before its hours go with it
        back = n - 1
        while back >= 0 and items[back].kind == "S" and not items[back].dates and items[back + 1].sep < 2:
            dropped.add(back)
            back -= 1
    return [it for n, it in enumerate(items) if n not in dropped] if dropped else items


def _days_after_value(seg: list[_Item], at: int) -> None:
    """"Dec 7 – Dec 18, we stay open until 11 pm Monday through Thursday": days closing the sentence after the
    range's hours are the days it holds on, as if written first ("Dec 7 – Dec 18: Mon–Thu until 11 pm")."""
    if at + 2 >= len(seg):
        return
    value, days = seg[at + 1], seg[at + 2]
    after = seg[at + 3] if at + 3 < len(seg) else None
    if (value.kind == "V" and not value.closed and value.sep < 2 and days.kind == "S" and days.days and not days.dates
            and not days.except_days and days.sep < 2 and (after is None or after.sep >= 2)):
        days.sep, value.sep = value.sep, days.sep
        seg[at + 1], seg[at + 2] = days, value


# The noun weekdays name when they say which days a season's hours hold on: "Sunday hours from Dec 6 through Dec 20".
_DAYS_HOURS = frozenset(("hours", "hrs", "hours:"))


def _days_of_season_hours(seg: list[_Item], at: int, text: str) -> None:
    """"Sunday hours from Dec 6 through Dec 20: noon – 5 pm": weekdays naming the hours a range then gives are the
    days they hold on in that range, as if written after it ("Dec 6 – Dec 20: Sun noon – 5 pm")."""
    if at < 1 or at + 1 >= len(seg):
        return
    days, season, value = seg[at - 1], seg[at], seg[at + 1]
    if (days.kind == "S" and days.days and not days.dates and not days.except_days and not days.group
            and season.sep < 2 and value.kind == "V" and value.sep < 2
            and text[days.end : season.start].strip(" ,").lower() in _DAYS_HOURS):
        days.sep, season.sep = season.sep, days.sep
        seg[at - 1 : at + 1] = [season, days]


def _season_after_week(seg: list[_Item], at: int) -> None:
    """"Wednesday through Sunday, 8:30 AM to 4:30 PM, from December 19th through April 5th": a date range closing
    the sentence after its weekday rules is their season, as if written first ("Dec 19 – Apr 5: Wed–Sun 8:30–4:30")."""
    season = seg[at]
    after = seg[at + 1] if at + 1 < len(seg) else None
    if season.sep >= 2 or (after is not None and after.sep < 2):
        return
    first = None
    k = at - 1
    while (k >= 1 and seg[k].kind == "V" and seg[k].sep < 2 and seg[k - 1].kind == "S" and seg[k - 1].days
           and not seg[k - 1].dates and not seg[k - 1].except_days):
        first = k - 1
        if seg[first].sep >= 2:
            break
        k -= 2
    if first is None:
        return
    season.sep, seg[first].sep = seg[first].sep, season.sep
    seg[first:at + 1] = [season, *seg[first:at]]


def _mark_seasons(seg: list[_Item], text: str) -> list[_Item]:
    """A date range announcing weekday rules ("Summer hours (June 1 – Aug 31): Mon–Fri 7–7", "С 1 июня по 31
    августа: пн–пт 9–18"): the weekday specs up to the sentence's end hold in that season, not every week."""
    out: list[_Item] = []
    season: tuple = ()
    season_lines = False  # a season on a line of its own holds over the lines below it
    seg = list(seg)
    for index, it in enumerate(seg):
        if (it.kind == "S" and it.dates and not it.days and len(it.dates) == 1 and it.dates[0][0] != it.dates[0][1]
                and index >= 2 and seg[index - 1].kind == "V"):
            _season_after_week(seg, index)
    for index, it in enumerate(seg):
        if it.kind == "S" and it.dates and not it.days and len(it.dates) == 1 and it.dates[0][0] != it.dates[0][1]:
            _days_of_season_hours(seg, index, text)
    for index, it in enumerate(seg):
        if it.kind == "S" and it.dates and not it.days and len(it.dates) == 1 and it.dates[0][0] != it.dates[0][1]:
            _days_after_value(seg, index)
            nxt = seg[index + 1] if index + 1 < len(seg) else None
            if nxt is not None and nxt.kind == "S" and nxt.days and not nxt.dates:
                if nxt.sep < 2 or nxt.line_start:
                    season, season_lines = it.dates, nxt.sep >= 2
                    continue  # the range is the season of what follows, not a day of its own
        if (it.sep >= 2 and not season_lines) or (it.kind == "S" and it.dates):
            season = ()
        if season and it.kind == "S" and it.days:
            it.season = season
        out.append(it)
    return out


def _schedules(seg: list[_Item], has_context: bool, day_before: _Item | None = None,
               text: str = "") -> tuple[list[_Schedule], list[_Rule]]:
    """Weekly schedules and special-day rules of one segment."""
    seg, dated = _apply_exceptions(_mark_seasons(seg, text))
    scheds = [_Schedule()]
    specials: list[_Rule] = []
    for r in _pair(seg, has_context, day_before, text):
        if isinstance(r, _Item):
            _add_break(scheds[-1], r)
        elif r.dates:
            specials.append(r)
            scheds.append(_Schedule())
        elif r.days is None or r.days:
            _add_rule(scheds, r)
    for d in dated:
        specials.append(_Rule(None, _Item("V", d.start, d.end, closed=True), d.start, d.end, False, "", d.dates))
    return scheds, specials


def _add_break(sched: _Schedule, brk: _Item) -> None:
    """A break splits the rules before it whose hours contain it, or the rules after it if none precede."""
    if not sched.rules:
        sched.pending_breaks.append(brk.ivs[0])
        return
    bo, bc = brk.ivs[0]
    rules = [r for r in sched.rules if not (brk.days and r.days is not None and not r.days <= brk.days)]
    inside = [ivs for ivs in map(_rule_ivs, rules) if ivs and any(o < bo and bc < c for o, c in ivs)]
    if not inside and bc <= 720:
        bo, bc = bo + 720, bc + 720  # "од 9 до 19, уз паузу од пола два до два": a break in the afternoon
    for rule in rules:  # "обед в будни 13–14" leaves Saturday whole
        ivs = _rule_ivs(rule)
        if ivs and any(o < bo and bc < c for o, c in ivs):
            rule.breaks.append((bo, bc))
            rule.end = max(rule.end, brk.end)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


# --------------------------------------------------------------------------
# OSM values and schema.org

_OSM_RULE_SEP = re.compile(r"\s*;\s*|,\s+(?=(?:Mo|Tu|We|Th|Fr|Sa|Su)\b)", re.IGNORECASE)
_SCHEMA_TIME = re.compile(r"\s*(\d{1,2}):(\d{2})")
_SCHEMA_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_OSM_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
_OSM_TIME = r"\d{1,2}:\d{2}-\d{1,2}:\d{2}"
_OSM_RULE = re.compile(
    rf"^(?:(?P<days>{_OSM_DAY}(?:-{_OSM_DAY})?(?:,{_OSM_DAY}(?:-{_OSM_DAY})?){{0,6}}):?\s{{1,5}})?"
    rf"(?P<what>{_OSM_TIME}(?:,{_OSM_TIME}){{0,5}}|off|closed)$",
    re.I,
)
_OSM_SPECIAL = re.compile(
    r"^(?P<y1>\d{4}) (?P<m1>[A-Za-z]{3}) (?P<d1>\d{1,2})(?:-(?P<y2>\d{4}) (?P<m2>[A-Za-z]{3}) (?P<d2>\d{1,2}))? "
    rf"(?P<what>{_OSM_TIME}(?:,{_OSM_TIME}){{0,5}}|off|closed|\d{{1,2}}:\d{{2}}\+|open \"until \d{{2}}:\d{{2}}\")$"
)


def _osm_days(sel: str) -> frozenset[int]:
    days: set[int] = set()
    for part in sel.split(","):
        a, _, b = part.partition("-")
        first = _DAY_CODES_LOWER[a.lower()]
        last = _DAY_CODES_LOWER[b.lower()] if b else first
        days |= {(first + k) % 7 for k in range((last - first) % 7 + 1)}
    return frozenset(days)


def _osm_ivs(what: str) -> tuple[tuple[int, int], ...]:
    if what.lower() in ("off", "closed"):
        return ()
    out = []
    for part in what.split(","):
        o, c = part.split("-")
        om, cm = _minutes(o), _minutes(c)
        out.append((om, 1440 if cm == 0 or cm == 1439 else cm))
    return tuple(sorted(out))


def _osm_week(osm: str) -> dict[int, tuple[tuple[int, int], ...]] | None:
    """The week of a simple OSM value (day selectors and times only), later rules overriding."""
    s = " ".join(osm.split())
    if s == "24/7":
        return {d: ((0, 1440),) for d in range(7)}
    week: dict[int, tuple[tuple[int, int], ...]] = {}
    for rule in _OSM_RULE_SEP.split(s):
        if not rule or rule[:2].upper() in ("PH", "SH"):
            continue  # holidays: text values keep only Mo..Su, so these must too
        m = _OSM_RULE.match(rule)
        if not m:
            return None
        days = _osm_days(m.group("days")) if m.group("days") else _ALL
        ivs = _osm_ivs(m.group("what"))
        for d in days:
            week[d] = ivs
    return week or None


def canonical_hours(osm: str) -> str:
    """Canonical form of an OSM opening_hours string; raises ValueError if it is not valid OSM.

    Input is typically schema.org openingHours ("Mo-Fr 09:00-18:00", "Mo,Tu,We
    9:00-18:00"). PH/SH rules are dropped, as text values keep only Mo..Su.
    """
    s = " ".join(str(osm).split()).strip(" ;")
    if not s or not _valid(s):
        raise ValueError(f"not an OSM opening_hours value: {osm!r}")
    week = _osm_week(s)
    if week is not None:
        return _render_week(week)
    m = _OSM_SPECIAL.match(s)
    if m:
        try:
            d1 = date(int(m["y1"]), _month_index(m["m1"]), int(m["d1"]))
            when = _fmt_date(d1)
            if m["y2"]:
                when += "-" + _fmt_date(date(int(m["y2"]), _month_index(m["m2"]), int(m["d2"])))
        except (ValueError, KeyError):
            return s
        what = m["what"]
        if what[0].isdigit() and not what.endswith("+"):
            what = _render_ivs(_osm_ivs(what))
        elif what.lower() in ("off", "closed"):
            what = "off"
        return f"{when} {what}"
    return s


def _month_index(code: str) -> int:
    return [c.lower() for c in _MONTH_CODES].index(code.lower()) + 1


def week_of(value: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Day code (Mo..Su) -> intervals for a canonical weekly value.

    () for a day stated closed; days the schedule does not state are absent.
    `24/7` gives all days ("00:00","24:00"). Raises ValueError for special days.
    """
    week = _osm_week(value)
    if week is None:
        raise ValueError(f"not a weekly opening_hours value: {value!r}")
    return {DAY_CODES[d]: tuple((_hhmm(o), _hhmm(c)) for o, c in ivs) for d, ivs in sorted(week.items())}


_SCHEMA_DAYS = {name.lower(): i for i, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}


def _schema_day(raw: object) -> int | None:
    if isinstance(raw, dict):
        raw = raw.get("@id") or raw.get("name") or ""
    name = str(raw).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip().lower()
    if name in _SCHEMA_DAYS:
        return _SCHEMA_DAYS[name]
    return _DAY_CODES_LOWER.get(name[:2]) if name[:2] in _DAY_CODES_LOWER and len(name) <= 3 else None


def _schema_time(raw: object) -> int | None:
    m = _SCHEMA_TIME.match(str(raw or ""))
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 24 or mi > 59:
        return None
    return h * 60 + mi


def _schema_date(raw: object) -> date | None:
    m = _SCHEMA_DATE.match(str(raw or ""))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_SCHEMA_KEYS = ("dayOfWeek", "opens", "closes", "validFrom", "validThrough")


def _schema_raw(specs: list[dict]) -> str:
    slim = [{k: s[k] for k in _SCHEMA_KEYS if k in s} for s in specs]
    return json.dumps(slim[0] if len(slim) == 1 else slim, ensure_ascii=False, separators=(",", ":"))


def from_schema_org(spec: dict | list) -> list[OpeningHours]:
    """Read schema.org openingHoursSpecification into OpeningHours (raw = compact JSON, start=end=0).

    `spec` is one dict or a list: dayOfWeek as names or URLs like
    https://schema.org/Monday, opens, closes, validFrom/validThrough for
    special days; opens=closes=00:00 means closed. Specifications without
    validity make one weekly value; those valid for under a week are special
    days; a longer validity (a season) gives a weekly value with its dates.
    """
    specs = [s for s in (spec if isinstance(spec, list) else [spec]) if isinstance(s, dict)]
    weekly: dict[tuple, list[dict]] = {}  # validity -> specs
    special: dict[tuple[date, date], list[dict]] = {}
    for s in specs:
        start_d, end_d = _schema_date(s.get("validFrom")), _schema_date(s.get("validThrough"))
        if start_d and not end_d:
            end_d = start_d
        if end_d and not start_d:
            start_d = end_d
        if start_d and end_d and end_d >= start_d and (end_d - start_d).days < 7:
            special.setdefault((start_d, end_d), []).append(s)
        else:
            weekly.setdefault((start_d, end_d), []).append(s)
    out: list[OpeningHours] = []
    for (start_d, end_d), group in weekly.items():
        week: dict[int, list[tuple[int, int]]] = {}
        for s in group:
            raw_days = s.get("dayOfWeek")
            raw_days = raw_days if isinstance(raw_days, list) else [raw_days]
            days = [d for d in (_schema_day(x) for x in raw_days if x) if d is not None]
            iv = _schema_iv(s)
            if iv is False:
                continue
            for d in days:
                week.setdefault(d, [])
                if iv is not None:
                    week[d].append(iv)
        if not week:
            continue
        value = _render_week({d: tuple(sorted(ivs)) for d, ivs in week.items()})
        if _valid(value):
            out.append(OpeningHours(value, _schema_raw(group), 0, 0, start_d, end_d))
    for (start_d, end_d), group in special.items():
        ivs = []
        for s in group:
            iv = _schema_iv(s)
            if iv is False:
                ivs = None
                break
            if iv is not None:
                ivs.append(iv)
        if ivs is None:
            continue
        when = _fmt_date(start_d) if start_d == end_d else f"{_fmt_date(start_d)}-{_fmt_date(end_d)}"
        value = f"{when} {_render_ivs(tuple(sorted(ivs)))}"
        if _valid(value):
            out.append(OpeningHours(value, _schema_raw(group), 0, 0, start_d, end_d))
    return out


def _schema_iv(s: dict) -> tuple[int, int] | None | bool:
    """(open, close) of one specification, None when it states the day closed, False when unreadable."""
    o, c = _schema_time(s.get("opens")), _schema_time(s.get("closes"))
    if o is None or c is None:
        return False
    if o == c == 0:
        return None
    if c == 0 or c == 1439:
        c = 1440
    if o == c or o >= 1440:
        return False
    return o, c
