"""The branch a whole page is about, when it is about one.

A branch page: its heading names one branch, or it states exactly one address
of its own (under an "Address" heading or none, beside "other locations" or
lines led by other branches' names). Not a page whose JSON-LD place is named as
the company and that gives several addresses, nor a page headed by a page word
("Kontakt i lokacija – ..."). A branch's name loses the company's name that
leads it where the title or the page's Organization sets the two apart ("Acme
Tire – Elm St | ..." over "Acme Tire Elm St" names "Elm St").
"""

from __future__ import annotations

import html
import re

from consistency.documents.document import DocumentText
from consistency.facts.branch_names import find_type_words, may_be_plural_type, name_key
from consistency.facts.brand import TITLE_PARTS, Brand, brand_branches, brand_of, is_brand, page_brands
from consistency.facts.found import ExtractionSettings, UnitRead
from consistency.facts.naming import (
    BRANCH_LIST, IVR_FORMATS, branch_addresses, cached_names, is_field_label, is_proper_name, label_names, names_a_day,
)


def page_branch(
    text: DocumentText, content: list[UnitRead], settings: ExtractionSettings, brands: frozenset[str],
    brand: Brand | None = None,
) -> str | None:
    """The branch a whole page is about: its heading names one, or its schema.org data describes one place."""
    heading = text.heading or ""
    if not heading or text.document.format in IVR_FORMATS or text.document.format == "faq":
        return None
    # a page stating several branches' addresses lists branches, whatever its heading or JSON-LD say, unless one
    # address stands right under the heading and the others in sections of their own ("Nearby locations")
    brand = brand if brand is not None else brand_of(text)
    own = {v for r in content if r.unit.context[:1] == (heading,) and not any(lists_others(label)
                                                                          for label in r.unit.context[1:])
           for v in branch_addresses(r) - _named_on_their_lines(r, brand)}
    if len({v for r in content for v in branch_addresses(r)}) > 1 and len(own) != 1:
        return None
    named = [n for n in label_names(heading, settings) if not is_brand(n, brands)]
    if named:
        return heading
    places = [item for item in text.structured if is_place(item)]
    # a place named as the company itself on a page of several addresses is the company's office, not a branch;
    # a single shop's page (one address) is that shop's whatever its JSON-LD is called
    # "Kontakt i lokacija – Hostel Stari han": a heading led by a page word names the page, not a branch
    leads_page = heading.split()[0].casefold().strip(",:–—-") in _PAGE_WORDS
    if len(places) == 1 and name_key(heading) and not leads_page and not (
            len({v for r in content for v in branch_addresses(r)}) > 1 and names_company(places[0], brands, text)):
        return heading
    if len(own) == 1 and _is_place_heading(heading, text.document.title or ""):
        return heading  # "Midtown" over its address, on the page titled "Riverbend Books Midtown | Bookstore"
    return None


def without_company(name: str | None, text: DocumentText) -> str | None:
    """A branch's name without the company's name that leads it, where the page's title sets the two apart:
    "Ridgeline Tire & Service Overland Park – Metcalf Ave" under the title "Ridgeline Tire & Service – Overland Park
    – Metcalf Ave | ..." is "Overland Park – Metcalf Ave"; "Стоматология «Полярная улыбка» — Клиника на Кольском"
    in JSON-LD, whose lead part is the title's quoted brand (or the name of the page's Organization), is "Клиника на
    Кольском"."""
    if not name:
        return name
    title = html.unescape(text.document.title or "")  # the reader may leave "&amp;" in a title
    cut = TITLE_PARTS.search(title)
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
                     if not is_place(item) and isinstance(item.get("name"), str)}
        if rest and (lead.casefold() in companies or any(k and k in name_key(lead) for k in page_brands(text))):
            return rest
    return name


_NAME_PARTS = re.compile(r"\s[—–|]\s|\s-\s")


def names_company(item: dict, brands: frozenset[str], text: DocumentText) -> bool:
    """Whether a schema.org item is named as the company: its name holds one of the company's quoted names, or is
    a part of the page's title other than its heading ("Locations | Brassline Barber Co. | Philadelphia")."""
    name = item.get("name")
    if not isinstance(name, str):
        return False
    key = set(name_key(name).split())
    if key and any(brand and set(brand.split()) <= key for brand in brands):
        return True
    heading = (text.heading or "").strip().casefold()
    parts = {p.strip().casefold() for p in TITLE_PARTS.split(html.unescape(text.document.title or ""))}
    return name.strip().casefold() in parts - {heading, ""}


def _named_on_their_lines(read: UnitRead, brand: Brand) -> set[str]:
    """Addresses on a line led by a branch's name ("Шафран на Ямашева, пр-т Ямашева, 71а"): that branch's, not the
    page's own, even in the page's first section."""
    text = read.unit.text
    out = set()
    for f in read.found:
        if f.kind == "address":
            start = text.rfind("\n", 0, f.start) + 1
            line = text[start:f.start]
            names = brand_branches(line, brand) or cached_names(line)
            if names and names[0].start <= len(line) - len(line.lstrip(" \t-–—•*")):
                out.add(f.value)
    return out


def lists_others(label: str) -> bool:
    """Whether a section heading lists branches ("Our other locations", "Другие филиалы", "Ostale poslovnice"), not
    the page's own ("Visit the shop", "Адрес")."""
    if is_field_label(label) and not _PLURAL_ADDRESSES.search(label):
        return False  # "Address", "Адрес", "Adresa" over one address: the page's own
    return bool(BRANCH_LIST.search(label)) or any(may_be_plural_type(w) for _, _, w in find_type_words(label))


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
        0 < len(words) <= 8 and is_proper_name(heading) and not is_field_label(heading)
        and not any(w.casefold() in _PAGE_WORDS for w in words) and not names_a_day(heading)
        and not any(may_be_plural_type(word) for _, _, word in find_type_words(heading))
        and heading.casefold() in title.casefold()
    )


COMPANY_TYPES = ("Organization", "Corporation", "WebSite", "WebPage", "NGO", "OnlineStore", "OnlineBusiness")


def is_place(item: dict) -> bool:
    """A schema.org item about one physical place: a LocalBusiness subtype with an address."""
    types = item.get("@type") or ""
    types = types if isinstance(types, list) else [types]
    return "address" in item and not any(str(t) in COMPANY_TYPES for t in types)
