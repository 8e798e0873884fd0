"""How accurately the extractors read the labelled corpus in data/corpus/.

    python bench/accuracy.py [--part dev|heldout|all] [--show-errors] [--json]

Every document under data/corpus/<part>/ has a label file beside it
(`NAME.EXT.facts.yaml`, described in data/corpus/README.md) listing the facts
a careful human reader takes from it, in the tool's normal forms. This script
reads each document with the project's own reader and extractor, exactly as a
crawl would (`read_document`, then `extract_facts` with the page date as
"today" and the label's region and city as the config's), and compares the
facts with the labels document by document:

* hours, phone, email, address: a fact is found when a predicted fact of the
  kind has the same value (hours: and the same valid_from/valid_to); the same
  value read twice on one page counts once;
* promotion: found when `same_promotion` says the names name the same
  promotion; "promotion period" also needs equal valid_from and valid_to,
  "promotion discount" an equal discount;
* entity attribution: over the facts found, whether the predicted entity names
  the same branch as the label, scored over (kind, value, entity) triples
  (company-wide is None). A predicted name names a labelled branch when their
  `name_key`s are equal, or when the tool's own entity matching
  (`names_match`: "Millcreek" ~ "Millcreek (West 26th)") ties it to exactly
  one of the document's labelled branches; a name that fits two ("Kragujevac"
  beside "Kragujevac – Radnička" and "Kragujevac – Lepenički bulevar") names
  neither. `--strict-names` scores by equal `name_key`s alone, the rule of
  reports before November 2026.

Predicted `entity` and `price` facts are not labelled and are left out.

Hand-written rather than built on a metrics library: the matching rules above
(set semantics per document, promotion names matched by `same_promotion`,
period and discount scored on the matched pairs) are the point of the script,
and the arithmetic around them is three lines.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import opening_hours
import phonenumbers
import yaml

from consistency.crawl.formats import guess_content_type
from consistency.documents.document import Document
from consistency.documents.reader import read_document
from consistency.entities.matching import names_match
from consistency.facts.branch_names import name_key
from consistency.facts.extract import ExtractionSettings, extract_facts
from consistency.facts.fact import Fact
from consistency.facts.promotions import same_promotion

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
PARTS = ("dev", "heldout")
LABEL_SUFFIX = ".facts.yaml"

LABELLED_KINDS = ("hours", "phone", "email", "address", "promotion")
ROWS = (
    "hours",
    "phone",
    "email",
    "address",
    "promotion",
    "promotion period",
    "promotion discount",
    "entity attribution",
)
LANGUAGES = ("ru", "en", "sr")
CHANNELS = ("website", "faq", "ivr")
FORMATS = ("html", "faq", "markdown", "text", "vxml", "twiml", "connect", "ivr-text")
REGIONS = ("RU", "RS", "US")
FILE_KEYS = {"language", "channel", "format", "page_date", "region", "city", "facts"}
FACT_KEYS = {"kind", "value", "entity", "valid_from", "valid_to", "discount"}

# Normal-form shapes the labels must have (bounded: no nested quantifiers).
_PHONE = re.compile(r"\+[1-9][0-9]{6,14}(;ext=[0-9]{1,6})?")
_ROMAN_NUMERAL = re.compile(r"(?<![\w])[ivx]{1,4}(?![\w])")
_EMAIL = re.compile(r"[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,190}\.[a-z]{2,24}")
_DISCOUNT = re.compile(r"(up to )?(?:[0-9]{1,3}%|[0-9]{1,7} (RUB|RSD|USD|EUR))")
_TIME = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_ADDRESS_CHARS = re.compile(r"[0-9a-zа-яђјљњћџ ,/-]+")
# "2026 Dec 31 10:00-16:00", "2027 Jan 01-2027 Jan 02 off", and a season's weekdays: "2027 Jun 01-2027 Aug 31 Mo-Fr
# 07:00-19:00"
_SPECIAL_DAY = re.compile(
    r"([0-9]{4}) ([A-Z][a-z]{2}) ([0-9]{2})(?:-([0-9]{4}) ([A-Z][a-z]{2}) ([0-9]{2}))?"
    r"(?: [A-Z][a-z](?:[-,][A-Z][a-z]){0,6})? (off|[0-9:,-]+)"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_QUOTES = "«»\"„“”'"


class LabelError(Exception):
    """A label file that does not follow the corpus format."""


@dataclass(frozen=True)
class Label:
    """One fact a human reader takes from a document."""

    kind: str
    value: str
    entity: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    discount: str | None = None


@dataclass(frozen=True)
class Case:
    """A corpus document with its labels."""

    path: Path
    part: str
    language: str
    channel: str
    format: str
    page_date: date
    region: str
    city: str | None
    labels: tuple[Label, ...]

    @property
    def name(self) -> str:
        """The document's path inside the corpus, for messages."""
        return self.path.relative_to(CORPUS).as_posix() if self.path.is_relative_to(CORPUS) else str(self.path)


@dataclass(frozen=True)
class Error:
    """One false positive or false negative, for --show-errors."""

    document: str
    row: str
    verdict: str  # "FP" or "FN"
    value: str
    entity: str | None
    raw: str  # the text a predicted fact was read from; "" for a missed label
    detail: str = ""


@dataclass(frozen=True)
class Tally:
    """True positives, false positives and false negatives of one row."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labels that were found (1.0 when nothing was labelled)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The figures as a JSON-ready mapping."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class DocumentScore:
    """The tallies and errors of one document."""

    case: Case
    tallies: dict[str, Tally]
    errors: tuple[Error, ...]


@dataclass(frozen=True)
class Report:
    """Scores of a whole part of the corpus."""

    part: str
    documents: tuple[DocumentScore, ...]
    seconds: float  # reading and extraction only

    def by_kind(self, language: str | None = None) -> dict[str, Tally]:
        """Tallies per row, over all documents or those of one language."""
        totals = {row: Tally() for row in ROWS}
        for doc in self.documents:
            if language is None or doc.case.language == language:
                for row, tally in doc.tallies.items():
                    totals[row] = totals[row] + tally
        return totals

    @property
    def errors(self) -> list[Error]:
        """Every FP and FN, document by document."""
        return [error for doc in self.documents for error in doc.errors]

    @property
    def documents_per_second(self) -> float:
        """Extraction speed over the part."""
        return len(self.documents) / self.seconds if self.seconds > 0 else float("inf")

    def as_dict(self, with_errors: bool = False) -> dict:
        """The report as a JSON-ready mapping."""
        languages = sorted({doc.case.language for doc in self.documents}, key=_language_order)
        out: dict = {
            "part": self.part,
            "documents": len(self.documents),
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.documents_per_second, 1),
            "kinds": {row: tally.as_dict() for row, tally in self.by_kind().items()},
            "languages": {
                lang: {row: tally.as_dict() for row, tally in self.by_kind(lang).items()} for lang in languages
            },
        }
        if with_errors:
            out["errors"] = [error.__dict__ for error in self.errors]
        return out


# Loading and checking labels ------------------------------------------------


def label_problems(path: Path) -> list[str]:
    """Everything wrong with one label file, each as "FILE: fact N: problem" (empty when valid)."""
    try:
        load_case(path, part=_part_of(path))
    except LabelError as exc:
        return [str(exc)]
    problems: list[str] = []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for index, item in enumerate(data.get("facts") or [], start=1):
        for problem in _fact_problems(item):
            problems.append(f"{path}: fact {index} ({item.get('kind')} {item.get('value')!r}): {problem}")
    seen: set[tuple] = set()
    for index, item in enumerate(data.get("facts") or [], start=1):
        key = tuple(str(item.get(k)) for k in sorted(FACT_KEYS))
        if key in seen:
            problems.append(f"{path}: fact {index} repeats an earlier fact; label it once")
        seen.add(key)
    return problems


def load_case(label_path: Path, part: str) -> Case:
    """Read one label file and the document beside it; raise LabelError naming the file and the problem."""
    document = label_path.with_name(label_path.name[: -len(LABEL_SUFFIX)])
    if not document.is_file():
        raise LabelError(f"{label_path}: no document {document.name} beside it; add it or remove the label file")
    try:
        data = yaml.safe_load(label_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LabelError(f"{label_path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise LabelError(f"{label_path}: expected a mapping with language, channel, format, page_date, region, facts")
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise LabelError(f"{label_path}: unknown keys {sorted(unknown)}; known: {sorted(FILE_KEYS)}")
    missing = FILE_KEYS - {"city"} - set(data)
    if missing:
        raise LabelError(f"{label_path}: missing keys {sorted(missing)}")
    _expect(label_path, "language", data["language"], LANGUAGES)
    _expect(label_path, "channel", data["channel"], CHANNELS)
    _expect(label_path, "format", data["format"], FORMATS)
    _expect(label_path, "region", data["region"], REGIONS)
    if not isinstance(data["page_date"], date):
        raise LabelError(f"{label_path}: page_date {data['page_date']!r} is not an ISO date (YYYY-MM-DD)")
    city = data.get("city")
    if city is not None and not isinstance(city, str):
        raise LabelError(f"{label_path}: city must be a string or left out")
    facts = data["facts"] or []
    if not isinstance(facts, list):
        raise LabelError(f"{label_path}: facts must be a list")
    labels = tuple(_label(label_path, index, item) for index, item in enumerate(facts, start=1))
    return Case(
        path=document,
        part=part,
        language=data["language"],
        channel=data["channel"],
        format=data["format"],
        page_date=data["page_date"],
        region=data["region"],
        city=city,
        labels=labels,
    )


def find_cases(part: str = "all", root: Path = CORPUS) -> list[Case]:
    """Every labelled document of a part ("dev", "heldout" or "all"), in path order."""
    parts = PARTS if part == "all" else (part,)
    cases: list[Case] = []
    for name in parts:
        for label_path in sorted((root / name).rglob("*" + LABEL_SUFFIX)):
            cases.append(load_case(label_path, name))
    return cases


def unlabelled_documents(root: Path = CORPUS) -> list[Path]:
    """Documents in the corpus parts that have no label file."""
    out = []
    for name in PARTS:
        for path in sorted((root / name).rglob("*")):
            if path.is_file() and not path.name.endswith(LABEL_SUFFIX) and not path.name.startswith("."):
                if not path.with_name(path.name + LABEL_SUFFIX).is_file():
                    out.append(path)
    return out


def _part_of(path: Path) -> str:
    for parent in path.parents:
        if parent.name in PARTS:
            return parent.name
    return "dev"


def _expect(path: Path, key: str, value: object, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise LabelError(f"{path}: {key} {value!r} is not one of {', '.join(allowed)}")


def _label(path: Path, index: int, item: object) -> Label:
    where = f"{path}: fact {index}"
    if not isinstance(item, dict):
        raise LabelError(f"{where}: expected a mapping with kind and value")
    unknown = set(item) - FACT_KEYS
    if unknown:
        raise LabelError(f"{where}: unknown keys {sorted(unknown)}; known: {sorted(FACT_KEYS)}")
    if item.get("kind") not in LABELLED_KINDS:
        raise LabelError(f"{where}: kind {item.get('kind')!r} is not one of {', '.join(LABELLED_KINDS)}")
    if not isinstance(item.get("value"), str) or not item["value"].strip():
        raise LabelError(f"{where}: value must be a non-empty string")
    for key in ("valid_from", "valid_to"):
        if item.get(key) is not None and not isinstance(item[key], date):
            raise LabelError(f"{where}: {key} {item[key]!r} is not an ISO date (YYYY-MM-DD)")
    entity = item.get("entity")
    if entity is not None and (not isinstance(entity, str) or not entity.strip()):
        raise LabelError(f"{where}: entity must be a branch name or null")
    discount = item.get("discount")
    if discount is not None and not isinstance(discount, str):
        raise LabelError(f"{where}: discount must be a string such as \"20%\" or null")
    return Label(
        kind=item["kind"],
        value=item["value"],
        entity=entity,
        valid_from=item.get("valid_from"),
        valid_to=item.get("valid_to"),
        discount=discount,
    )


# "д 101а, стр 2": a building of the house set apart as if it were an office
_BUILDING_AFTER_COMMA = re.compile(r"(?:^|, )д [^,]+, (?:к|корп|стр|лит) \w")


def _fact_problems(item: dict) -> Iterator[str]:
    """Normal-form problems of one labelled fact."""
    kind, value = item["kind"], item["value"]
    start, end = item.get("valid_from"), item.get("valid_to")
    if start and end and start > end:
        yield "valid_from is after valid_to"
    if kind != "promotion" and item.get("discount") is not None:
        yield "only a promotion has a discount"
    if kind not in ("hours", "promotion") and (start or end):
        yield "only hours and promotions have valid_from/valid_to"
    if kind == "hours":
        yield from _hours_problems(value, start, end)
    elif kind == "phone":
        if not _PHONE.fullmatch(value):
            yield "not E.164 (+ and digits, optional ;ext=N)"
        elif not phonenumbers.is_valid_number(phonenumbers.parse(value.split(";")[0])):
            yield "not a valid phone number"
    elif kind == "email":
        if value != value.lower() or not _EMAIL.fullmatch(value):
            yield "not a lower-case e-mail address"
    elif kind == "address":
        if value != value.lower() or "ё" in value or not _ADDRESS_CHARS.fullmatch(value):
            yield "not in the address normal form (lower case, no ё, no punctuation but ', ' / -)"
        elif any(not part or part != part.strip() or "," in part for part in value.split(", ")):
            yield "address parts must be joined by ', '"
        # Roman numerals stay Latin in Cyrillic text: "ул краља петра i", "ул петра ii"
        elif re.search("[a-z]", _ROMAN_NUMERAL.sub("", value)) and re.search("[а-яђјљњћџ]", value):
            yield "an address is all Cyrillic or all Latin (Serbian Latin is transliterated)"
        elif _BUILDING_AFTER_COMMA.search(value):
            yield "корпус and строение follow the house without a comma ('д 17б к 2 стр 1')"
    elif kind == "promotion":
        # a closing quote may end a name that quotes a part of it: "Чёрная пятница в «Амур-Залоге»"
        if value.strip() != value or value[0] in _QUOTES or (
                value[-1] in _QUOTES and not any(q in value[:-1] for q in _QUOTES)):
            yield "a promotion name is written without quotes or surrounding spaces"
        discount = item.get("discount")
        if discount is not None and not _DISCOUNT.fullmatch(discount):
            yield 'discount must be "20%", "up to 30%" or "500 RUB"'


def _hours_problems(value: str, start: date | None, end: date | None) -> Iterator[str]:
    try:
        opening_hours.OpeningHours(value)
    except Exception as exc:  # the library raises its own parser errors
        yield f"does not parse as opening_hours: {exc}"
        return
    for clock in _TIME.findall(value):
        if len(clock) != 5:
            yield f"time {clock} is not zero-padded HH:MM"
    special = _SPECIAL_DAY.fullmatch(value)
    if value[:1].isdigit() and value != "24/7":
        if not special:
            yield "a special day is written 'YYYY Mon DD HH:MM-HH:MM' or 'YYYY Mon DD-YYYY Mon DD off'"
            return
        first = _date(special.group(1), special.group(2), special.group(3))
        last = _date(special.group(4), special.group(5), special.group(6)) if special.group(4) else first
        if (start, end) != (first, last):
            yield f"valid_from/valid_to must be {first}/{last}, the dates in the value"
    else:
        if start or end:
            yield "a weekly schedule has no valid_from/valid_to"
        if value != "24/7":
            yield from _grouping_problems(value)


_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_RULE = re.compile(r"([A-Z][a-z](?:[-,][A-Z][a-z]){0,6}) (off|[0-9:,-]{11,60})")


def _grouping_problems(value: str) -> Iterator[str]:
    """A weekly schedule must be in the one normal form: each day once, equal days grouped, Mo..Su order."""
    rules = []
    for part in value.split("; "):
        match = _RULE.fullmatch(part)
        if not match:
            yield f"rule {part!r} is not 'DAYS HH:MM-HH:MM' or 'DAYS off'"
            return
        days: list[int] = []
        for piece in match.group(1).split(","):
            first, _, last = piece.partition("-")
            if first not in _DAYS or (last and last not in _DAYS):
                yield f"unknown day in {piece!r}"
                return
            days += range(_DAYS.index(first), _DAYS.index(last or first) + 1)
        rules.append((days, match.group(1), match.group(2)))
    all_days = [d for days, _, _ in rules for d in days]
    if len(all_days) != len(set(all_days)):
        yield "a day appears in two rules"
    times = [t for _, _, t in rules]
    if len(times) != len(set(times)):
        yield "days with equal hours must be one rule (Mo,We,Fr or Sa-Su)"
    if [days[0] for days, _, _ in rules] != sorted(days[0] for days, _, _ in rules):
        yield "rules must be in Mo..Su order of their first day"
    for days, spec, _ in rules:
        if spec != _day_spec(days):
            yield f"days {spec!r} are written {_day_spec(days)!r} in the normal form"


def _day_spec(days: list[int]) -> str:
    """Mo..Su indexes as the normal form writes them: runs as ranges, the rest as a list."""
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(_DAYS[r[0]] if len(r) == 1 else f"{_DAYS[r[0]]}-{_DAYS[r[-1]]}" for r in runs)


def _date(year: str, month: str, day: str) -> date | None:
    return date(int(year), _MONTHS.index(month) + 1, int(day)) if month in _MONTHS else None


# Running the extractor --------------------------------------------------------

_HTML_LANG = re.compile(rb"<html\b[^>]{0,300}?\blang=[\"']?([A-Za-z-]{2,20})", re.IGNORECASE)
_HTML_TITLE = re.compile(rb"<title[^>]{0,100}>([^<]{0,500})</title>", re.IGNORECASE)


def document_of(case: Case) -> Document:
    """The Document record a crawl of this file would store."""
    body = case.path.read_bytes()
    url = case.path.resolve().as_uri()
    title = language = None
    if case.format in ("html", "faq"):
        # the spider takes these from <title> and <html lang>: do the same without a parser
        lang_match, title_match = _HTML_LANG.search(body[:4096]), _HTML_TITLE.search(body[:8192])
        language = lang_match.group(1).decode("ascii") if lang_match else None
        # decoded as the spider's parser decodes it: "Tire &amp; Service" is "Tire & Service"
        title = " ".join(html.unescape(title_match.group(1).decode("utf-8", "replace")).split()) if title_match else None
    return Document(
        url=url,
        channel=case.channel,
        source=0,
        format=case.format,
        body=body,
        content_type=guess_content_type(url),
        title=title,
        language=language,
    )


def extract(case: Case) -> list[Fact]:
    """The facts the project reads from one corpus document."""
    text = read_document(document_of(case))
    settings = ExtractionSettings(region=case.region, city=case.city)
    return extract_facts([text], as_of=case.page_date, settings=settings)


# Scoring --------------------------------------------------------------------


def _entity_key(name: str | None) -> str | None:
    return (name_key(name) or None) if name and name.strip() else None


def _branch_of(case: Case, name: str | None, strict_names: bool = False) -> str | None:
    """The key of the labelled branch a predicted name names: its own key, or the one labelled branch it matches."""
    key = _entity_key(name)
    if key is None or strict_names:
        return key
    labelled = {k for k in (_entity_key(label.entity) for label in case.labels) if k}
    if key in labelled:
        return key
    fits = [k for k in labelled if names_match(key, k)]
    return fits[0] if len(fits) == 1 else key


# A season every day of the week may be written with its days or without: "2026 Nov 01-2027 Feb 28 Mo-Su 09:00-17:00"
# is the tool's "2026 Nov 01-2027 Feb 28 09:00-17:00".
_EVERY_DAY_SEASON = re.compile(r"^(\d{4} \w{3} \d{2}-\d{4} \w{3} \d{2}) Mo-Su (?=\d)")


def _plain_key(kind: str, value: str, start: date | None, end: date | None) -> tuple:
    return (_EVERY_DAY_SEASON.sub(r"\1 ", value), start, end) if kind == "hours" else (value,)


def score_document(case: Case, facts: Iterable[Fact], strict_names: bool = False) -> DocumentScore:
    """Compare one document's predicted facts with its labels (`strict_names`: a branch only by an equal name_key)."""
    facts = [f for f in facts if f.kind in LABELLED_KINDS]
    tallies: dict[str, Tally] = {row: Tally() for row in ROWS}
    errors: list[Error] = []
    attribution = Tally()
    for kind in ("hours", "phone", "email", "address"):
        tally, found, kind_errors = _score_values(case, kind, facts)
        tallies[kind] = tally
        errors += kind_errors
        for key, (label_entities, predicted) in found.items():
            attr, attr_errors = _score_entities(case, kind, key[0], label_entities, predicted, strict_names)
            attribution = attribution + attr
            errors += attr_errors
    promo_tallies, promo_errors, promo_found = _score_promotions(case, facts)
    tallies.update(promo_tallies)
    errors += promo_errors
    for name, label_entities, predicted in promo_found:
        attr, attr_errors = _score_entities(case, "promotion", name, label_entities, predicted, strict_names)
        attribution = attribution + attr
        errors += attr_errors
    tallies["entity attribution"] = attribution
    return DocumentScore(case=case, tallies=tallies, errors=tuple(errors))


def _score_values(
    case: Case, kind: str, facts: list[Fact]
) -> tuple[Tally, dict[tuple, tuple[set, list[Fact]]], list[Error]]:
    """Set comparison of one kind's values; also the matched keys with their labelled entities and predictions."""
    labelled: dict[tuple, set] = defaultdict(set)
    for label in case.labels:
        if label.kind == kind:
            labelled[_plain_key(kind, label.value, label.valid_from, label.valid_to)].add(label.entity)
    predicted: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == kind:
            predicted[_plain_key(kind, fact.value, fact.valid_from, fact.valid_to)].append(fact)
    errors = []
    for key in sorted(set(predicted) - set(labelled), key=str):
        first = predicted[key][0]
        errors.append(Error(case.name, kind, "FP", _describe(key), first.entity, first.raw))
    for key in sorted(set(labelled) - set(predicted), key=str):
        for entity in sorted(labelled[key], key=str):
            errors.append(Error(case.name, kind, "FN", _describe(key), entity, ""))
    found = {key: (labelled[key], predicted[key]) for key in labelled if key in predicted}
    tally = Tally(tp=len(found), fp=len(set(predicted) - set(labelled)), fn=len(set(labelled) - set(predicted)))
    return tally, found, errors


def _describe(key: tuple) -> str:
    value, *dates = key
    return value if not any(dates) else f"{value} [{dates[0]}..{dates[1]}]"


def _score_entities(
    case: Case, kind: str, value: str, label_entities: set, predicted: list[Fact], strict_names: bool = False
) -> tuple[Tally, list[Error]]:
    """Attribution of one found value: labelled entities against the labelled branches predicted names name."""
    expected: dict[str | None, object] = {}
    for entity in sorted(label_entities, key=str):  # two labels of one key show the same one on every run
        expected.setdefault(_entity_key(entity), entity)
    got: dict[str | None, Fact] = {}
    for fact in predicted:
        got.setdefault(_branch_of(case, fact.entity, strict_names), fact)
    errors = []
    for key in sorted(set(got) - set(expected), key=str):
        errors.append(
            Error(case.name, "entity attribution", "FP", f"{kind}: {value}", got[key].entity, got[key].raw,
                  detail=f"expected {sorted(map(str, expected.values()))}")
        )
    for key in sorted(set(expected) - set(got), key=str):
        errors.append(
            Error(case.name, "entity attribution", "FN", f"{kind}: {value}", expected[key], "",
                  detail=f"predicted {sorted(str(f.entity) for f in got.values())}")
        )
    tally = Tally(tp=len(set(got) & set(expected)), fp=len(set(got) - set(expected)), fn=len(set(expected) - set(got)))
    return tally, errors


def _score_promotions(
    case: Case, facts: list[Fact]
) -> tuple[dict[str, Tally], list[Error], list[tuple[str, set, list[Fact]]]]:
    """Promotions matched by name; then period and discount over the matched pairs.

    Also returns, for each promotion found, its name, labelled entities and matched predictions.
    """
    labels: list[Label] = []  # one per promotion: a label repeated under another spelling folds in
    entities: dict[int, set] = defaultdict(set)
    for label in case.labels:
        if label.kind != "promotion":
            continue
        index = next((i for i, seen in enumerate(labels) if same_promotion(label.value, seen.value)), None)
        if index is None:
            labels.append(label)
            index = len(labels) - 1
        entities[index].add(label.entity)
    matched: dict[int, list[Fact]] = defaultdict(list)
    unmatched: dict[tuple, Fact] = {}
    for fact in facts:
        if fact.kind != "promotion":
            continue
        candidates = [i for i, label in enumerate(labels) if same_promotion(fact.value, label.value)]
        if not candidates:
            unmatched.setdefault((fact.value, fact.valid_from, fact.valid_to, fact.discount), fact)
            continue
        # a name that fits several labels goes to the one whose period it states
        exact = [i for i in candidates if _period(labels[i]) == _period(fact)]
        matched[(exact or candidates)[0]].append(fact)

    rows = {row: Tally() for row in ("promotion", "promotion period", "promotion discount")}
    errors: list[Error] = []
    for fact in unmatched.values():
        rows = {row: tally + Tally(fp=1) for row, tally in rows.items()}
        errors.append(Error(case.name, "promotion", "FP", _promotion_text(fact), fact.entity, fact.raw))
    found = []
    for index, label in enumerate(labels):
        got = matched.get(index, [])
        if not got:
            rows = {row: tally + Tally(fn=1) for row, tally in rows.items()}
            errors.append(Error(case.name, "promotion", "FN", _promotion_text(label), label.entity, ""))
            continue
        rows["promotion"] += Tally(tp=1)
        found.append((label.value, entities[index], got))
        for row, read in (("promotion period", _period), ("promotion discount", _discount)):
            truth = read(label)
            read_values = {read(fact): fact for fact in got}
            wrong = {value: fact for value, fact in read_values.items() if value != truth}
            rows[row] += Tally(tp=int(truth in read_values), fp=len(wrong), fn=int(truth not in read_values))
            for value, fact in wrong.items():
                errors.append(
                    Error(case.name, row, "FP", f"{label.value}: {_show(value)}", fact.entity, fact.raw,
                          detail=f"expected {_show(truth)}")
                )
    return rows, errors, found


def _period(item: Label | Fact) -> tuple[date | None, date | None]:
    return (item.valid_from, item.valid_to)


def _discount(item: Label | Fact) -> str | None:
    return item.discount


def _promotion_text(item: Label | Fact) -> str:
    return f"{item.value} [{item.valid_from}..{item.valid_to}] discount={item.discount}"


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}..{value[1]}"
    return str(value)


def run(part: str = "all", root: Path = CORPUS, strict_names: bool = False) -> Report:
    """Extract and score every document of a part of the corpus."""
    cases = find_cases(part, root)
    predictions = []
    started = time.perf_counter()
    for case in cases:
        predictions.append(extract(case))
    seconds = time.perf_counter() - started
    scores = tuple(score_document(case, facts, strict_names) for case, facts in zip(cases, predictions))
    return Report(part=part, documents=scores, seconds=seconds)


# Output -----------------------------------------------------------------------


def _language_order(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES)


def format_table(tallies: dict[str, Tally], title: str) -> str:
    """A fixed-width table of one set of rows."""
    lines = [title, f"  {'kind':<20} {'TP':>5} {'FP':>5} {'FN':>5} {'prec':>7} {'recall':>7} {'F1':>7}"]
    for row in ROWS:
        t = tallies[row]
        lines.append(f"  {row:<20} {t.tp:>5} {t.fp:>5} {t.fn:>5} {t.precision:>7.3f} {t.recall:>7.3f} {t.f1:>7.3f}")
    return "\n".join(lines)


def format_report(report: Report, show_errors: bool = False) -> str:
    """The report as printed: overall table, one table per language, speed, and the errors when asked."""
    languages = sorted({doc.case.language for doc in report.documents}, key=_language_order)
    counts = {lang: sum(doc.case.language == lang for doc in report.documents) for lang in languages}
    blocks = [format_table(report.by_kind(), f"part {report.part}: {len(report.documents)} documents")]
    for lang in languages:
        blocks.append(format_table(report.by_kind(lang), f"language {lang}: {counts[lang]} documents"))
    blocks.append(
        f"extraction: {len(report.documents)} documents in {report.seconds:.2f} s"
        f" ({report.documents_per_second:.1f} documents/s)"
    )
    if show_errors:
        lines = [f"errors ({len(report.errors)}):"]
        for e in report.errors:
            entity = f" entity={e.entity!r}" if e.entity is not None else " entity=None"
            detail = f" ({e.detail})" if e.detail else ""
            raw = f"\n      raw: {' '.join(e.raw.split())[:200]!r}" if e.raw else ""
            lines.append(f"  {e.verdict} {e.row:<19} {e.document}: {e.value}{entity}{detail}{raw}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description="Precision, recall and F1 of fact extraction on data/corpus/.")
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--show-errors", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON document")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=argparse.SUPPRESS)
    parser.add_argument("--strict-names", action="store_true",
                        help="attribution: a predicted branch only by a name_key equal to the label's")
    args = parser.parse_args(argv)
    try:
        report = run(args.part, args.corpus, args.strict_names)
    except LabelError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_dict(with_errors=args.show_errors), ensure_ascii=False, indent=2, default=str))
    else:
        print(format_report(report, show_errors=args.show_errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
