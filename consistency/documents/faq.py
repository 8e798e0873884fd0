"""FAQ pages to question/answer units.

A question is found in the forms FAQ pages are built from: FAQPage JSON-LD,
``<details><summary>``, ``<dl><dt><dd>``, accordion toggles (class names with
question/faq/accordion, ``aria-expanded`` buttons), a bold question
paragraph, and headings that ask a question or sit in a block classed as an
FAQ (a statement heading under a mere "FAQ" title may be "Контакты", so it is
not taken for a question). Each answer becomes one unit with role "answer"
and the question as the last context element; the rest of the page is read
as ordinary HTML units by the same walker (`html.read_tree`).

JSON-LD pairs whose question and answer already appear on the page are not
repeated; a JSON-LD answer that differs from the visible one is kept, since
search engines show it to customers too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.etree import _Element as HtmlElement

from consistency.documents.document import Unit
from consistency.documents.html import (
    HtmlText,
    QuestionMark,
    class_words,
    dl_items,
    is_hidden,
    normalize_space,
    parse_html,
    read_tree,
    render_line,
    render_lines,
)

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FAQ_WORDS = frozenset(
    "faq faqs question questions qa vopros voprosy voprosi answers accordion chavo pitanja "
    "питања вопросы вопрос".split()
)
_QUESTION_WORDS = frozenset({"question", "vopros", "q", "pitanje"})
_TOGGLE_WORDS = frozenset({"header", "title", "button", "toggle", "trigger", "heading", "head", "btn", "link"})
_CONTAINER_WORDS = frozenset(
    "answer answers otvet odgovor item items list wrap wrapper block container section group body content panel".split()
)
_CHROME_TAGS = frozenset({"header", "footer", "nav", "aside"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
# A heading naming an FAQ section (not itself a question).
_FAQ_HEADING = re.compile(
    r"\b(?:faq|f\.a\.q|q\s?&\s?a|вопрос\w{0,3}|ответ\w{0,2}|чаво|питањ\w{0,2}|одговор\w{0,2}|pitanj\w{0,2}"
    r"|odgovor\w{0,2}|questions?|answers?)\b",
    re.I,
)
# Interrogative openings in Russian, Serbian (both scripts) and English.
_INTERROGATIVE = re.compile(
    r"^(?:как(?:ой|ая|ое|ие|ую|им|их|ими|ого|ов|ова|овы)?|где|куда|откуда|когда|что|чем|почему|зачем|сколько"
    r"|можно\s+ли|нужно\s+ли|надо\s+ли"
    r"|есть\s+ли|кто|чей|ли|могу\s+ли|будет\s+ли|работает\s+ли|возможно\s+ли"
    r"|како|где|када|шта|зашто|колико|да\s+ли|ко|који|која|које|може\s+ли"
    r"|kako|gde|gdje|kada|šta|sta|zašto|zasto|koliko|da\s+li|ko|koji|koja|koje|može\s+li|moze\s+li"
    r"|how|what|when|where|why|which|who|can|could|do|does|is|are|will|should|may)(?![\w-])",
    re.I,
)
_NOT_WORD = re.compile(r"\W+")
_MAX_QUESTION = 300


@dataclass(frozen=True)
class FaqPair:
    """A question and its answer as text."""

    question: str
    answer: str


def is_question(text: str) -> bool:
    """Whether a short text asks a question (ends with "?" or opens with an interrogative)."""
    text = text.strip()
    if not text or len(text) > _MAX_QUESTION:
        return False
    return text.endswith("?") or bool(_INTERROGATIVE.match(text))


def faq_units(html: str, structured: list[dict] | tuple[dict, ...] = ()) -> HtmlText:
    """Units of an FAQ page: answers under their questions, other parts as HTML units."""
    root = parse_html(html)
    if root is None:
        return HtmlText(_schema_units(structured, set(), None, 0))
    return read_faq_tree(root, structured)


def read_faq_tree(root: HtmlElement, structured: list[dict] | tuple[dict, ...] = ()) -> HtmlText:
    """Units of a parsed FAQ page; `structured` supplies FAQPage JSON-LD pairs."""
    questions = find_questions(root)
    text = read_tree(root, questions)
    seen = {
        (_key(unit.context[-1]), _key(unit.text))
        for unit in text.units
        if unit.role == "answer" and unit.context
    }
    extra = _schema_units(structured, seen, text.heading, len(text.units))
    return HtmlText(text.units + extra, text.heading)


def faq_pairs(items: list[dict] | tuple[dict, ...]) -> list[FaqPair]:
    """Question/answer pairs of FAQPage (and bare Question) schema.org items."""
    pairs: list[FaqPair] = []
    for item in items:
        _collect_pairs(item, pairs, 0)
    return pairs


def _collect_pairs(item: object, pairs: list[FaqPair], depth: int) -> None:
    if depth > 4 or not isinstance(item, dict):
        return
    types = item.get("@type")
    types = types if isinstance(types, list) else [types]
    if "Question" in types:
        question = _plain(item.get("name") or item.get("text"))
        answers = item.get("acceptedAnswer") or item.get("suggestedAnswer")
        answers = answers if isinstance(answers, list) else [answers]
        texts = [_answer_text(answer) for answer in answers]
        answer = "\n".join(text for text in texts if text)
        if question and answer:
            pairs.append(FaqPair(question, answer))
        return
    entities = item.get("mainEntity")
    for entity in entities if isinstance(entities, list) else [entities]:
        _collect_pairs(entity, pairs, depth + 1)


def _answer_text(answer: object) -> str:
    """Text of an acceptedAnswer, whose `text` is often HTML."""
    if isinstance(answer, dict):
        answer = answer.get("text")
    if not isinstance(answer, str) or not answer.strip():
        return ""
    if "<" in answer:
        root = parse_html(f"<body>{answer}</body>")
        if root is not None:
            body = root.find("body")
            return "\n".join(render_lines(body if body is not None else root))
    return "\n".join(line for line in (normalize_space(raw) for raw in answer.splitlines()) if line)


def _plain(value: object) -> str:
    """A schema.org text value as one line without markup."""
    if not isinstance(value, str):
        return ""
    if "<" in value:
        root = parse_html(f"<body>{value}</body>")
        if root is not None:
            return render_line(root)
    return normalize_space(value)


def _schema_units(
    structured: list[dict] | tuple[dict, ...], seen: set[tuple[str, str]], heading: str | None, start: int
) -> tuple[Unit, ...]:
    """Answer units of JSON-LD pairs not already shown the same way on the page."""
    units = []
    for pair in faq_pairs(structured):
        if (_key(pair.question), _key(pair.answer)) in seen:
            continue
        seen.add((_key(pair.question), _key(pair.answer)))
        context = (heading, pair.question) if heading else (pair.question,)
        units.append(Unit(pair.answer, context, "answer", start + len(units)))
    return tuple(units)


def _key(text: str) -> str:
    """Text reduced to its letters and digits, for comparing a JSON-LD pair with the page."""
    return _NOT_WORD.sub("", text.casefold())


# ---------------------------------------------------------------------------
# Finding questions in the page


def find_questions(root: HtmlElement) -> dict[HtmlElement, QuestionMark]:
    """The elements of a page that ask FAQ questions, each with the reach of its answer."""
    marks: dict[HtmlElement, QuestionMark] = {}
    body = root.find("body")
    _scan(body if body is not None else root, marks, False)
    return marks


_Marks = dict[HtmlElement, QuestionMark]


def _scan(element: HtmlElement, marks: _Marks, in_faq: bool) -> None:
    """Mark questions under an element; `in_faq`: inside an element classed as an FAQ block."""
    for child in element:
        _scan_one(child, marks, in_faq)


def _scan_one(element: HtmlElement, marks: _Marks, in_faq: bool) -> None:
    """Mark an element if it asks a question, else look inside it."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if not tag or tag in _SKIP_TAGS or tag in _CHROME_TAGS or is_hidden(element):
        return
    region = in_faq or bool(class_words(element) & _FAQ_WORDS)
    if tag in _HEADINGS:
        text = render_line(element)
        names_faq = bool(_FAQ_HEADING.search(text)) and not text.endswith("?")
        # a statement heading is a question only inside a marked-up FAQ block:
        # under a mere "FAQ" title it may as well be "Контакты"
        if text and (is_question(text) or (region and not names_faq and tag != "h1")):
            marks[element] = QuestionMark(text)
        return
    if tag == "details":
        summary = element.find("summary")
        if summary is not None and render_line(summary):
            marks[summary] = QuestionMark(render_line(summary), scope=element)
            for child in element:
                if child is not summary:
                    _scan_one(child, marks, region)
            return
    if tag == "dl" and _mark_dl(element, marks, region):
        return
    if _mark_toggle(element, marks, region):
        return
    if tag == "p" and _mark_bold_question(element, marks):
        return
    _scan(element, marks, region)


def _mark_dl(dl: HtmlElement, marks: _Marks, region: bool) -> bool:
    """Mark the terms of a definition list as questions when they ask or the list is in an FAQ block."""
    terms = [item for item in dl_items(dl) if item.tag == "dt" and render_line(item)]
    if not terms:
        return False
    asking = sum(1 for term in terms if is_question(render_line(term)))
    if not (region or asking * 2 >= len(terms)):
        return False
    for term in terms:
        marks[term] = QuestionMark(render_line(term), scope=dl)
    return True


def _mark_toggle(element: HtmlElement, marks: _Marks, region: bool) -> bool:
    """Mark an accordion toggle or a question-classed element as a question."""
    words = class_words(element)
    toggle = element.get("aria-expanded") is not None or element.get("aria-controls") is not None
    classed = bool(words & _QUESTION_WORDS) or ("accordion" in words and bool(words & _TOGGLE_WORDS))
    # inside an FAQ block, an item's header or title that asks ("t668__header" in Tilda's accordion)
    titled = region and bool(words & _TOGGLE_WORDS)
    if not (toggle or classed or titled):
        return False
    if words & _CONTAINER_WORDS:
        return False  # "question-answer", "faq-item": the pair, not the question
    lines = render_lines(element)
    text = normalize_space(" ".join(lines))
    if not text or len(text) > _MAX_QUESTION or len(lines) > 2:
        return False
    # a toggle anywhere in an FAQ block, a titled item only when it asks
    if not (classed or is_question(text) or region and toggle):
        return False
    parent = element.getparent()
    # "<div class=tab-title><a class=accordion-title>Q?</a></div><div class=tab-content>A</div>": a wrapper that
    # holds only the toggle is not the item; its answer is in the item around it
    while (parent is not None and parent.getparent() is not None and parent.getparent().tag not in ("body", "html")
           and normalize_space(" ".join(parent.itertext())) == text):
        parent = parent.getparent()
    scope = parent if parent is not None and parent.tag not in ("body", "html") else None
    marks[element] = QuestionMark(text, scope=scope)
    return True


def _mark_bold_question(paragraph: HtmlElement, marks: _Marks) -> bool:
    """Mark `<p><strong>Question?</strong> answer</p>` and `<p><b>Question?</b></p>` forms."""
    first = next((child for child in paragraph if isinstance(child.tag, str)), None)
    if first is None or first.tag not in ("strong", "b") or (paragraph.text or "").strip():
        return False
    question = render_line(first)
    if not question.endswith("?") or len(question) > _MAX_QUESTION:
        return False
    if render_line(paragraph) == question:
        parent = paragraph.getparent()
        scope = parent if parent is not None and parent.tag not in ("body", "html") else None
        marks[paragraph] = QuestionMark(question, scope=scope)
    else:
        marks[first] = QuestionMark(question, scope=paragraph)
    return True
