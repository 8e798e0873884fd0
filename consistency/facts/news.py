"""News about one branch, and which sections of it go on about that branch.

A press release, newsletter or post whose headline (its heading, title, or the
first line under a "For immediate release" stamp; or a section's heading) tells
of one branch opening, moving or changing ("Swirlberry Opens Fourth Shop in Oro
Valley", "Havelock opens Saturday", "Открылся магазин на Садовой") is about that
branch under that headline and the sub-headings that go on about it, not under
others ("About Swirlberry", "Media contact").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from consistency.documents.document import DocumentText
from consistency.documents.html import is_day_label
from consistency.facts.branch_names import find_type_words, is_plural_type, name_key, stem
from consistency.facts.brand import TITLE_PARTS, Brand
from consistency.facts.found import UnitRead
from consistency.facts.naming import IVR_FORMATS, WORDS, cached_names, is_field_label, names_a_day


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
def _headline_topic(headline: str, brand: Brand) -> _Topic | None:
    """The one branch a headline tells of opening, moving or changing (see _NEWS_CUE), or None."""
    cue = _NEWS_CUE.search(headline)
    if cue is None:
        return None
    # the branch named right after the cue, or before it as its subject: a subtitle run on into a plain-text
    # headline may name more ("... Opens Store #121 in Glenpool on December 5 Largest showroom in the chain ...")
    names = [n for n in cached_names(headline) if name_key(n.place) and n.end <= cue.start()
             and not headline[n.end:cue.start()].strip(" \t,")]
    names = names or [n for n in cached_names(headline) if name_key(n.place) and cue.end() <= n.start < cue.end() + 40][:1]
    if names:
        if len({n.lead for n in names}) != 1 or is_plural_type(names[0].word):
            return None
        return _Topic(names[0].place, names[0].name)
    for m in (_OPENS_IN.search(headline), _PLACE_OPENS.match(headline)):
        if m is None:
            continue
        place = m.group("place")
        stems = {stem(w) for w in WORDS.findall(place)}
        # "Beacon Opens ...", "Swirlberry Frozen Yogurt Opens ...": the company opening, not a place
        if not name_key(place) or stems & (brand.lead | brand.words) or names_a_day(place) or is_day_label(place):
            continue
        return _Topic(place, place)
    return None


def news_topics(
    text: DocumentText, content: list[UnitRead], brand: Brand, layout: tuple[str | None, ...],
) -> tuple[tuple[str | None, ...], str | None, tuple[tuple[str, str], ...]]:
    """The branch each content unit is news about: a press release, newsletter or post whose headline tells of one
    branch opening, moving or changing ("Swirlberry Frozen Yogurt Opens Fourth Tucson-Area Shop in Oro Valley",
    "## Havelock opens Saturday, December 12") is about that branch under the headline, and under sub-headings
    that go on about it (they name its place or the opening: "Grand-opening offers"), not under others ("About
    Swirlberry", "Media contact", "Year-end reminders"). Also the branch the whole page is news about.

    The page's headline is its heading, its title, or, under a press release's stamp, its first line; a
    section's is its heading."""
    out: list = [None] * len(content)
    if text.document.format in IVR_FORMATS or text.document.format == "faq" or not content:
        return tuple(out), None, ()
    heading = text.heading or ""
    headlines = [heading, *TITLE_PARTS.split(text.document.title or "")[:1]]
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
    return bool(_NEWS_CUE.search(label) or place & set(name_key(label).split()) or is_field_label(label))


def _topic_name(topic: _Topic, content: list[UnitRead], topics: list, layout: tuple[str | None, ...]) -> str:
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
