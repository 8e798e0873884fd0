"""IVR scripts to prompt units with their menu path.

Four forms a contact centre keeps its phone menus in:
- VoiceXML: forms and menus linked by ``<choice dtmf next>``, ``<link>``,
  ``<goto>`` (under ``<if cond="x == '2'">`` for the digit) and field options;
- TwiML: ``<Say>``/``<Gather>``/``<Message>`` in one ``<Response>``, or several
  responses in one file keyed by their path and linked by Gather actions;
- Amazon Connect contact-flow JSON, both the "Actions" export and the older
  "modules" one, and the DescribeContactFlow wrapper with the flow as a
  string;
- plain-text scripts: ``[1 Часы работы]`` or ``1. Часы работы`` headers,
  numbered ``2.1`` or indented under their parent.

Every prompt becomes a unit with role "prompt" and the menu path as context,
e.g. ``("main menu", "2", "адреса магазинов")``: the menu's label, then for
each step the digit pressed and the choice's label (the choice's own text,
else what the parent prompt says the digit is for, else the target's name).
A prompt says it as "press 2 for …", "for … press 2", "… — press 2" or
"press 2 — …", the key also spelled out as text-to-speech scripts have it
("притисните један", "press two").

XML is parsed only with defusedxml: a file that declares entities or refers
to external ones is refused with `HostileDocument` before any is expanded.
SSML inside prompts is reduced to the words spoken.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlparse
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from consistency.documents.document import Unit
from consistency.documents.encoding import UnreadableDocument


class HostileDocument(UnreadableDocument):
    """An XML file that declares entities or external references (XXE, billion laughs): refused unread."""


class MalformedDocument(UnreadableDocument):
    """An IVR file that is not well-formed XML or JSON."""


@dataclass(frozen=True)
class IvrText:
    """Prompt units of an IVR document and the label of its main menu."""

    units: tuple[Unit, ...]
    heading: str | None = None


_XML_DECLARATION = re.compile(r"^\s{0,100}<\?xml[^>]{0,300}\?>")
_SPACE = re.compile(r"\s+")
_SSML_TAG = re.compile(r"<[^<>]{0,500}>")
_SSML_SUB = re.compile(r"<sub\b[^<>]{0,200}?alias\s{0,3}=\s{0,3}[\"']([^\"'<>]{0,200})[\"'][^<>]{0,200}>[^<]{0,200}</sub>", re.I)
_SSML_PAUSE = re.compile(r"</?(?:break|p|s|paragraph|sentence)\b[^<>]{0,500}>", re.I)
_HTML_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]{1,10};")
# SSML and VoiceXML elements whose content is not spoken as written.
_SILENT = frozenset(
    "grammar script value enumerate mark meta metadata lexicon desc data property var assign log "
    "catch noinput nomatch help error filled choice option link goto submit if elseif else exit "
    "disconnect clear reprompt return throw".split()
)
_PROMPT_ELEMENTS = frozenset({"prompt", "audio", "field", "menu", "form"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_LABEL_TRIM = " \t—–-:,.«»\"'"
_MAX_LABEL = 60

# "Нажмите 1 — часы работы", "press 2 for store hours", "притисните 3 за ..."
_PRESS_VERB = r"(?:нажмите|наберите|нажми|жмите|выберите|press|dial|enter|pritisnite|притисните|izaberite|изаберите)"
# Text-to-speech scripts spell the key out: "притисните један", "нажмите два", "press three".
_KEY_WORDS = {
    "0": "ноль нуль нула zero nula",
    "1": "один единицу one један jedan",
    "2": "два two dva",
    "3": "три three tri",
    "4": "четыре four четири četiri cetiri",
    "5": "пять five пет pet",
    "6": "шесть six шест šest sest",
    "7": "семь seven седам sedam",
    "8": "восемь eight осам osam",
    "9": "девять nine девет devet",
}
_KEY_DIGIT = {word: digit for digit, words in _KEY_WORDS.items() for word in words.split()}
_KEY_WORD = "|".join(sorted(_KEY_DIGIT, key=len, reverse=True))
_KEY = (
    r"(?:(?:клавиш[уа]|цифр[уа]|кнопк[уа]|the\s{1,3}key|key|taster|тастер)\s{1,3})?(?:\"|«)?([0-9*#]|(?:"
    + _KEY_WORD
    + r")(?![^\W\d_]))(?:\"|»)?"
)
_LEAD = (
    r"(?:чтобы(?:\s{1,3}(?:узнать|услышать|получить|связаться\s{1,3}с))?|для"
    r"|если(?:\s{1,3}вы)?(?:\s{1,3}хотите(?:\s{1,3}узнать)?)?"
    r"|to(?:\s{1,3}(?:hear|reach|speak\s{1,3}(?:to|with)))?|for|за|za|ако\s{1,3}желите|ako\s{1,3}želite)"
)
_PRESS_WORD = re.compile(r"\b" + _PRESS_VERB + r"\b", re.I)
_CHUNK = re.compile(r"[,;]")
_CONJUNCTION = re.compile(r"\s{0,3}(?:или|либо|or|ili|или)\b", re.I)
_AFTER_KEY = re.compile(r"(?:[0-9*#]|(?<![^\W\d_])(?:" + _KEY_WORD + r"))[\"»]?\s{0,3}$", re.I)
_PRESS_AFTER = re.compile(
    # not past the sentence's end: in 'press 6." (timeout 5 sec -> replay)' the key's label came before it
    r"\b" + _PRESS_VERB + r"\s{1,3}" + _KEY + r"(?![.!?…])\s{0,3}(?:[,—–:-]\s{0,3})?(?:" + _LEAD + r"\s{1,3})?"
    r"([^,;]{2,80})", re.I
)
_PRESS_BEFORE = re.compile(
    r"\b" + _LEAD + r"\s{1,3}([^,;]{2,80}?)\s{0,3},?\s{0,3}" + _PRESS_VERB + r"\s{1,3}" + _KEY, re.I
)
# "Пункты в Челябинске — нажмите 2.", "Store hours: press 1": the label first, set off by a dash or a colon
_LABEL_THEN_PRESS = re.compile(
    r"^\s{0,3}([^,;:—–]{2,80}?)\s{0,3}[—–:-]\s{0,3}" + _PRESS_VERB + r"\s{1,3}" + _KEY + r"\s{0,3}[.!]?\s{0,3}$", re.I
)
_DASH_ITEM = re.compile(r"^\s{0,3}" + _KEY + r"\s{0,3}[—–-]\s{0,3}([^,;]{2,80})$")
_COND_VALUE = re.compile(r"==\s{0,3}['\"]?([^'\"\s)&|]{1,40})['\"]?")


def press_labels(text: str) -> dict[str, str]:
    """What each key is for, as a prompt says it: {"1": "часы работы магазинов"}."""
    labels: dict[str, str] = {}

    def add(key: str, label: str) -> None:
        key = _KEY_DIGIT.get(key.lower(), key)
        label = _clean_label(label)
        if label and key not in labels:
            labels[key] = label

    for sentence in _SENTENCE.split(text):
        for match in _PRESS_AFTER.finditer(sentence):
            # "нажмите 0 или оставайтесь на линии": what follows is no label
            if not _CONJUNCTION.match(match.group(2)):
                add(match.group(1), match.group(2))
        for match in _PRESS_BEFORE.finditer(sentence):
            # in "press 1 for hours, press 2" the "for hours" belongs to 1
            if not _AFTER_KEY.search(sentence[: match.start()]):
                add(match.group(2), match.group(1))
        label_first = _LABEL_THEN_PRESS.match(sentence)
        if label_first:
            add(label_first.group(2), label_first.group(1))
        if _PRESS_WORD.search(sentence):
            # "нажмите 1 — часы работы, 2 — адреса"
            for chunk in _CHUNK.split(sentence):
                dash = _DASH_ITEM.match(chunk)
                if dash:
                    add(dash.group(1), dash.group(2))
    return labels


def _clean_label(label: str) -> str:
    label = _SPACE.sub(" ", label).strip(_LABEL_TRIM)
    label = _ABOUT.sub("", label)  # "О зале на Московской — нажмите 2": the item is the hall, not "about" it
    return label[:_MAX_LABEL].rstrip(_LABEL_TRIM) if len(label) > _MAX_LABEL else label


_ABOUT = re.compile(r"^(?i:о|об|обо|про|about|o)\s+(?=\w)")


def ssml_text(ssml: str, name: str = "SSML") -> str:
    """The words an SSML string speaks (tags stripped, <sub alias> read, entities resolved)."""
    if "<" not in ssml:
        return _SPACE.sub(" ", html.unescape(ssml)).strip()
    # HTML entities (&nbsp;) are common in hand-written SSML and unknown to XML
    ssml = _HTML_ENTITY.sub(lambda match: html.unescape(match.group(0)), ssml)
    head = ssml.lstrip()[:20]
    whole = head.startswith(("<speak", "<?xml", "<!DOCTYPE", "<!doctype"))
    try:
        root = _parse_xml(ssml if whole else f"<speak>{ssml}</speak>", name)
    except MalformedDocument:
        # not well-formed: drop the tags, keep the words (and <sub> aliases)
        text = _SSML_SUB.sub(r"\1", ssml)
        text = _SSML_PAUSE.sub(" ", text)
        return _SPACE.sub(" ", html.unescape(_SSML_TAG.sub("", text))).strip()
    return spoken(root)


def spoken(element: Element, skip: frozenset[str] = frozenset()) -> str:
    """Words spoken by a prompt element: SSML reduced to its text (elements named in `skip` left out)."""
    parts: list[str] = []
    _spoken_into(element, parts, skip)
    return _SPACE.sub(" ", "".join(parts)).strip()


def _spoken_into(element: Element, parts: list[str], skip: frozenset[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        local = _local(child.tag)
        if local == "sub" and child.get("alias"):
            parts.append(child.get("alias", ""))
        elif local in ("break", "pause"):
            parts.append(" ")
        elif local in ("p", "s", "paragraph", "sentence"):
            parts.append(" ")
            _spoken_into(child, parts, skip)
            parts.append(" ")
        elif local not in _SILENT and local not in skip:
            _spoken_into(child, parts, skip)
        parts.append(child.tail or "")


def _local(tag: object) -> str:
    """Tag name without its namespace, lower case; "" for comments."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _parse_xml(text: str, name: str) -> Element:
    """An XML tree via defusedxml: entities and external references refused, absurd nesting too."""
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = SafeElementTree.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise HostileDocument(
            f"{name}: refused: the XML declares entities or external references "
            f"({type(error).__name__}), which can leak local files or exhaust memory"
        ) from None
    except ParseError as error:
        raise MalformedDocument(f"{name}: not well-formed XML ({error})") from None
    # the readers walk the tree recursively: thousands of nested elements would overflow the stack
    if _deeper_than(root, _MAX_DEPTH):
        raise MalformedDocument(f"{name}: elements nested more than {_MAX_DEPTH} levels deep: not an IVR script")
    return root


_MAX_DEPTH = 100  # VoiceXML and TwiML nest a dozen levels; contact-flow JSON fewer
_MAX_PATH = 40  # menu path parts (digit and label per step): deeper chains are not menus a caller walks


def _deeper_than(value: object, limit: int) -> bool:
    """Whether an XML element or a JSON value nests more than `limit` levels (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(current, dict):
            children = current.values()
        elif isinstance(current, (list, Element)):
            children = current
        else:
            continue
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list, Element)))
    return False


def _first_sentence(text: str) -> str:
    """A prompt shortened to a label: its first sentence, at most a few words."""
    first = _SENTENCE.split(text.strip(), maxsplit=1)[0]
    return _clean_label(first)


def _humanize(identifier: str) -> str:
    """A dialog id as a label: "main_menu" -> "main menu"."""
    return _SPACE.sub(" ", re.sub(r"[_\-.]+|(?<=[a-z])(?=[A-Z])", " ", identifier)).strip().lower()


def _stem(name: str) -> str:
    """A file's or URL's last path segment without extension, as a label."""
    path = urlparse(name).path or name
    segment = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    return _humanize(segment.split(".", 1)[0]) if segment else ""


# ---------------------------------------------------------------------------
# A menu graph, shared by the XML and JSON formats


@dataclass
class _Node:
    label: str
    prompts: list[tuple[int, str]] = field(default_factory=list)  # (document order, text)
    edges: list[_Edge] = field(default_factory=list)


@dataclass(frozen=True)
class _Edge:
    target: str
    key: str | None = None  # the digit pressed, None for an unconditional jump
    label: str | None = None  # the choice's own text
    extends: bool = True  # whether the jump adds the target's label to the path


def _paths(nodes: dict[str, _Node], start: str | None) -> dict[str, tuple[str, ...]]:
    """Menu path of every node: breadth-first from the start, so each node gets its shortest path."""
    paths: dict[str, tuple[str, ...]] = {}
    order = ([start] if start in nodes else []) + [key for key in nodes if key != start]
    for root in order:
        if root in paths:
            continue
        paths[root] = (nodes[root].label,) if nodes[root].label else ()
        queue = deque([root])
        while queue:
            current = queue.popleft()
            node = nodes[current]
            spoken_labels: dict[str, str] | None = None
            # digit edges first: a menu choice names a node better than a fallback jump
            for edge in sorted(node.edges, key=lambda edge: edge.key is None):
                if edge.target not in nodes or edge.target in paths:
                    continue
                target = nodes[edge.target]
                if edge.key is not None:
                    if spoken_labels is None:
                        spoken_labels = press_labels(" ".join(text for _, text in node.prompts))
                    label = _choice_label(edge.label, spoken_labels.get(edge.key)) or target.label
                    step = (edge.key, label) if label else (edge.key,)
                elif edge.extends and target.label:
                    step = (edge.label or target.label,)
                else:
                    step = ()
                if len(paths[current]) >= _MAX_PATH:
                    step = ()  # a chain of thousands of gotos must not grow thousands of paths of thousands of steps
                paths[edge.target] = paths[current] + step
                queue.append(edge.target)
    return paths


def _choice_label(own: str | None, spoken: str | None) -> str | None:
    """A choice's label: its own text, unless that is only the words a caller may say for it ("reserve street") and
    the prompt offers it by name ("For Reserve Street, press 2")."""
    if (own and spoken and own == own.lower() and spoken != spoken.lower()
            and set(own.split()) <= set(spoken.casefold().split())):
        return spoken
    return own or spoken


def _units(nodes: dict[str, _Node], start: str | None) -> IvrText:
    """Prompt units of a menu graph in document order."""
    paths = _paths(nodes, start)
    found = sorted(
        (order, text, paths.get(key, ())) for key, node in nodes.items() for order, text in node.prompts if text
    )
    units = tuple(Unit(text, context, "prompt", index) for index, (_, text, context) in enumerate(found))
    heading = nodes[start].label if start in nodes and nodes[start].label else None
    return IvrText(units, heading)


# ---------------------------------------------------------------------------
# VoiceXML


def vxml_units(text: str, *, name: str = "VoiceXML") -> IvrText:
    """Prompt units of a VoiceXML document with menu paths."""
    root = _parse_xml(text, name)
    dialogs = [child for child in root if _local(child.tag) in ("form", "menu")]
    nodes: dict[str, _Node] = {}
    counter = [0]
    for index, dialog in enumerate(dialogs):
        key = dialog.get("id") or f"#{index}"
        nodes[key] = _vxml_node(dialog, counter)
    # document-level <link> and <catch> prompts belong to no dialog
    loose = _Node("")
    for child in root:
        if _local(child.tag) not in ("form", "menu"):
            _vxml_collect(child, loose, counter, None, {})
    if loose.prompts:
        nodes["#document"] = loose
    start = (dialogs[0].get("id") or "#0") if dialogs else None
    return _units(nodes, start)


def _vxml_node(dialog: Element, counter: list[int]) -> _Node:
    """A form or menu: its prompts, and where its choices, links and gotos lead."""
    options: dict[str, tuple[str, str]] = {}  # field option value -> (dtmf, label)
    for option in dialog.iter():
        if _local(option.tag) == "option":
            value = option.get("value") or spoken(option)
            if option.get("dtmf"):
                options[value] = (option.get("dtmf", ""), spoken(option))
    node = _Node("")
    _vxml_collect(dialog, node, counter, None, options)
    if _local(dialog.tag) == "menu" and (dialog.get("dtmf") or "").lower() == "true":
        # <menu dtmf="true">: choices without dtmf get 1, 2, 3... in order
        numbered: list[_Edge] = []
        digit = 0
        for edge in node.edges:
            if edge.key == "":
                digit += 1
                edge = _Edge(edge.target, str(digit), edge.label)
            numbered.append(edge)
        node.edges = numbered
    node.edges = [edge if edge.key != "" else _Edge(edge.target, None, edge.label) for edge in node.edges]
    identifier = dialog.get("id")
    first = node.prompts[0][1] if node.prompts else ""
    node.label = _humanize(identifier) if identifier else _first_sentence(first)
    return node


def _vxml_collect(
    element: Element, node: _Node, counter: list[int], condition: str | None, options: dict[str, tuple[str, str]]
) -> None:
    """Walk a dialog in order, gathering prompts and edges; `condition` is the enclosing if-branch's cond."""
    local = _local(element.tag)
    if local == "prompt" or (local == "audio" and spoken(element)):
        counter[0] += 1
        node.prompts.append((counter[0], spoken(element)))
        return
    if local == "block":
        # text written straight into a <block> is spoken like a prompt
        loose = spoken(element, skip=_PROMPT_ELEMENTS)
        if loose:
            counter[0] += 1
            node.prompts.append((counter[0], loose))
    if local in ("choice", "link") and element.get("next", "").startswith("#"):
        key = element.get("dtmf") or ""
        node.edges.append(_Edge(element.get("next", "")[1:], key, spoken(element) or None))
        return
    if local in ("goto", "subdialog"):
        target = element.get("next") or element.get("src") or ""
        if target.startswith("#"):
            key, label = _condition_key(condition, options)
            node.edges.append(_Edge(target[1:], key, label))
        return
    branch = element.get("cond") if local == "if" else condition
    for child in element:
        child_local = _local(child.tag)
        if local == "if" and child_local in ("elseif", "else"):
            branch = child.get("cond") if child_local == "elseif" else None
            continue
        _vxml_collect(child, node, counter, branch, options)


def _condition_key(condition: str | None, options: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    """The digit (and option label) an if-branch tests for: cond="store == '2'" -> ("2", None)."""
    if not condition:
        return None, None
    match = _COND_VALUE.search(condition)
    if not match:
        return None, None
    value = match.group(1)
    if value in options:
        return options[value][0], options[value][1] or None
    return (value, None) if re.fullmatch(r"[0-9*#]{1,3}", value) else (None, None)


# ---------------------------------------------------------------------------
# TwiML


_TWIML_KEYS = ("path", "url", "action", "name", "id")


_TWIML_RESPONSE = re.compile(r"<Response[\s/>]")
_XML_PROLOGUE = re.compile(r"(?:\s|<\?xml[^>]{0,300}\?>|<!--.*?-->)*", re.S)
_XML_DECLARATION_ANYWHERE = re.compile(r"<\?xml[^>]{0,300}\?>")


def twiml_units(text: str, *, name: str = "TwiML") -> IvrText:
    """Prompt units of a TwiML document (one <Response>, several keyed by path, or several one after another)."""
    text = _answers_in_one_response(text)
    root = _parse_xml(_responses_in_one_root(text), name)
    responses = [root] if _local(root.tag) == "response" else [el for el in root.iter() if _local(el.tag) == "response"]
    nodes: dict[str, _Node] = {}
    counter = [0]
    keys: list[str] = []
    # an export of a flow's webhooks may say above each <Response> which request it answers
    noted = _noted_routes(text) if len(responses) > 1 else []
    for index, response in enumerate(responses):
        key = next((response.get(attr) for attr in _TWIML_KEYS if response.get(attr)), None)
        key = key or (noted[index] if len(noted) == len(responses) and noted[index] else None)
        key = key or (_stem(name) if len(responses) == 1 else f"response {index + 1}")
        keys.append(key)
        label = _humanize(_stem(key)) if "/" in key or "." in key else _humanize(key)
        nodes[_node_id(key)] = node = _Node(label or _stem(name))
        _twiml_collect(response, node, counter)
    _digit_routes(nodes)
    start = _node_id(keys[0]) if keys else None
    return _units(nodes, start)


# The comment right before each <Response> (or before the element wrapping it), if any: "<!-- /ivr/menu?Digits=1 -->",
# "<!-- ===== Digits=2 ===== -->".
_TWIML_NOTE = re.compile(r"(?:<!--(?P<note>(?:(?!-->)[^<>]){0,300})-->\s{0,200}"
                         # an export's wrapper between the note and its response: '<Bin friendlyName="…">'
                         r"(?:<(?!Response[\s/>])[A-Za-z][\w:-]{0,40}(?:\s[^<>]{0,300})?>\s{0,200})?)?<Response[\s/>]")
_NOTED_PATH = re.compile(r"(?:https?://|/)[^\s<>?]{1,300}(?:\?[^\s<>]{0,200})?")
_NOTED_DIGITS = re.compile(r"(?<![\w])Digits\s{0,2}=\s{0,2}(?P<digit>[0-9*#])")


def _noted_routes(text: str) -> list[str]:
    """The request each <Response> answers, as a note above it says ("/ivr/menu?Digits=1", or "/ivr/main-choice
    Digits=1" and then "Digits=2" alone for the same path); empty where no note says one."""
    routes: list[str] = []
    path = ""
    for m in _TWIML_NOTE.finditer(text):
        note = m.group("note") or ""
        found = _NOTED_PATH.search(note)
        noted = found.group(0).rstrip(".,;:") if found else ""  # "/ivr/menu, Digits=1": the comma is the note's
        digit = _NOTED_DIGITS.search(note)
        if noted:
            path = noted
        if digit and path and "Digits=" not in path:
            routes.append(f"{_route(path)}?Digits={digit.group('digit')}")
        else:
            routes.append(noted)
    return routes


def _node_id(key: str) -> str:
    """A response's node: its path, and the digit when the path answers one ("/ivr/menu?Digits=1")."""
    digits = parse_qs(urlparse(key).query).get("Digits", [None])[0]
    return f"{_route(key)}?Digits={digits}" if digits else _route(key)


def _digit_routes(nodes: dict[str, _Node]) -> None:
    """A Gather posting its digits to a path that responses answer one digit each leads to each of them by its key."""
    for node in nodes.values():
        edges = []
        for edge in node.edges:
            # a Gather whose prompt names one key in words the press phrase reads ("Гостиница — нажмите один.
            # Груминг — два.") leads to every answer all the same
            answers = [target for target in nodes if target.startswith(f"{edge.target}?Digits=")]
            edges.extend(_Edge(target, digit, edge.label if digit == edge.key else None)
                         for target in answers for digit in [target.rsplit("=", 1)[1]])
            if not answers:
                edges.append(edge)
        node.edges = edges


# A note inside the one <Response> of a script that says which digit the prompts after it answer.
_ANSWER_NOTE = re.compile(
    r"<!--(?P<note>(?:(?!-->)[^<>]){0,300}?(?<![\w])Digits\s{0,2}=\s{0,2}[0-9*#](?:(?!-->)[^<>]){0,300})-->")
_GATHER = re.compile(r"<(/?)Gather(?:\s[^<>]{0,600}?)?(/?)>")
_ACTION = re.compile(r"<Gather\s[^<>]{0,300}?\baction\s{0,2}=\s{0,2}[\"'](?P<action>[^\"'<>]{1,300})[\"']")


def _answers_in_one_response(text: str) -> str:
    """A script whose one <Response> holds the answer to each digit after a note ("<!-- ===== Digits=1 ===== -->"),
    as a webhook's documentation writes what it serves one at a time, cut into one <Response> per answer, each
    noted with the Gather's action and its digit, so they read as a flow's export does."""
    if len(_TWIML_RESPONSE.findall(text)) != 1:
        return text
    notes = [m for m in _ANSWER_NOTE.finditer(text) if not _inside_gather(text, m.start())]
    if len(notes) < 2:
        return text
    actions = {m.group("action") for m in _ACTION.finditer(text, 0, notes[0].start())}
    path = actions.pop() if len(actions) == 1 else None
    out, at = [], 0
    for m in notes:
        digit = _NOTED_DIGITS.search(m.group("note")).group("digit")
        own = _NOTED_PATH.search(m.group("note"))
        noted = own.group(0).rstrip(".,;:") if own else path
        if noted is None:
            return text
        out += [text[at:m.start()], f"</Response><!-- {noted} Digits={digit} --><Response>"]
        at = m.end()
    return "".join(out) + text[at:]


def _inside_gather(text: str, pos: int) -> bool:
    """Whether pos stands inside a <Gather> element."""
    depth = 0
    for m in _GATHER.finditer(text, 0, pos):
        depth += -1 if m.group(1) else 0 if m.group(2) else 1  # "</Gather>", "<Gather … />", "<Gather …>"
    return depth > 0


def _responses_in_one_root(text: str) -> str:
    """Several <Response> documents one after another, as an export of a flow's webhooks saves them, under one root.

    A <Response> never nests, so a file that opens with one and holds more is such an export; XML
    allows one root element, and reading only the first would lose every submenu."""
    start = _XML_PROLOGUE.match(text).end()
    if not text.startswith("<Response", start) or len(_TWIML_RESPONSE.findall(text, start)) < 2:
        return text
    return "<Responses>" + _XML_DECLARATION_ANYWHERE.sub("", text) + "</Responses>"



def _route(url: str) -> str:
    """A TwiML action or key reduced to its path, so "/ivr/stores?x=1" finds "/ivr/stores"."""
    return urlparse(url).path.rstrip("/") or url


def _twiml_collect(element: Element, node: _Node, counter: list[int]) -> None:
    for child in element:
        local = _local(child.tag)
        if local in ("say", "message", "sms"):
            text = spoken(child)
            if text:
                counter[0] += 1
                node.prompts.append((counter[0], text))
        elif local == "gather":
            first = len(node.prompts)
            _twiml_collect(child, node, counter)
            action = child.get("action")
            if action:
                digits = parse_qs(urlparse(action).query).get("Digits", [None])[0]
                label = None
                if digits is None:
                    # a Gather whose prompt offers one key leads there on that key
                    offered = press_labels(" ".join(text for _, text in node.prompts[first:]))
                    if len(offered) == 1:
                        digits, label = next(iter(offered.items()))
                if label is None and digits is None:
                    label = urlparse(action).path or action  # nothing better: the action path
                node.edges.append(_Edge(_route(action), digits, label))
        elif local == "redirect" and (child.text or "").strip():
            node.edges.append(_Edge(_route(child.text.strip()), None, None))


# ---------------------------------------------------------------------------
# Amazon Connect


def connect_units(text: str, *, name: str = "contact flow") -> IvrText:
    """Prompt units of an Amazon Connect contact-flow export ("Actions" or older "modules" format)."""
    flow = _load_json(text, name)
    flow_name = None
    wrapper = _get(flow, "ContactFlow")
    if isinstance(wrapper, dict) and isinstance(_get(wrapper, "Content"), str):
        # DescribeContactFlow output: the flow itself is a JSON string
        flow_name = _get(wrapper, "Name")
        flow = _load_json(_get(wrapper, "Content"), name)
    elif isinstance(_get(flow, "Content"), str) and _get(flow, "Actions") is None and _get(flow, "Modules") is None:
        flow_name = _get(flow, "Name")
        flow = _load_json(_get(flow, "Content"), name)
    metadata = _get(flow, "Metadata")
    if not isinstance(flow_name, str) and isinstance(metadata, dict):
        flow_name = _get(metadata, "name")
    label = flow_name if isinstance(flow_name, str) and flow_name.strip() else _stem(name) or "main menu"
    actions = _get(flow, "Actions")
    if isinstance(actions, list):
        nodes, start = _connect_actions(actions, _get(flow, "StartAction"))
    else:
        modules = _get(flow, "Modules")
        if not isinstance(modules, list):
            raise MalformedDocument(f'{name}: no "Actions" or "modules" list: not a contact flow export')
        nodes, start = _connect_modules(modules, _get(flow, "Start"), name)
    if start in nodes:
        nodes[start].label = label.strip()
    return _units(nodes, start)


def _load_json(text: str, name: str) -> dict:
    """A JSON object, or MalformedDocument naming the file."""
    try:
        value = json.loads(text)
    except ValueError as error:
        raise MalformedDocument(f"{name}: not valid JSON ({error})") from None
    except RecursionError:
        raise MalformedDocument(f"{name}: JSON nested too deeply to be a contact flow") from None
    if _deeper_than(value, _MAX_DEPTH):
        raise MalformedDocument(f"{name}: JSON nested more than {_MAX_DEPTH} levels deep: not a contact flow")
    if not isinstance(value, dict):
        raise MalformedDocument(f"{name}: not a contact flow (expected a JSON object)")
    return value


def _get(mapping: dict, key: str) -> object:
    """A key looked up case-insensitively (exports differ: "Modules" and "modules")."""
    if key in mapping:
        return mapping[key]
    lower = key.lower()
    for candidate, value in mapping.items():
        if isinstance(candidate, str) and candidate.lower() == lower:
            return value
    return None


def _connect_actions(actions: list, start: object) -> tuple[dict[str, _Node], str | None]:
    nodes: dict[str, _Node] = {}
    for order, action in enumerate(actions):
        if not isinstance(action, dict) or not isinstance(action.get("Identifier"), str):
            continue
        node = _Node("")
        parameters = action.get("Parameters") if isinstance(action.get("Parameters"), dict) else {}
        messages = parameters.get("Messages") if isinstance(parameters.get("Messages"), list) else [parameters]
        for message in messages:
            text = _connect_text(message)
            if text:
                node.prompts.append((order * 100 + len(node.prompts), text))
        transitions = action.get("Transitions") if isinstance(action.get("Transitions"), dict) else {}
        for condition in transitions.get("Conditions") or []:
            if not isinstance(condition, dict):
                continue
            test = condition.get("Condition") if isinstance(condition.get("Condition"), dict) else {}
            operands = test.get("Operands") if isinstance(test.get("Operands"), list) else []
            if not isinstance(condition.get("NextAction"), str):
                continue
            if test.get("Operator") == "Equals" and operands and not _is_check_result(operands[0]):
                node.edges.append(_Edge(condition["NextAction"], str(operands[0])))
            else:
                node.edges.append(_Edge(condition["NextAction"], extends=False))
        if isinstance(transitions.get("NextAction"), str):
            node.edges.append(_Edge(transitions["NextAction"], extends=False))
        for error in transitions.get("Errors") or []:
            if isinstance(error, dict) and isinstance(error.get("NextAction"), str):
                node.edges.append(_Edge(error["NextAction"], extends=False))
        nodes[action["Identifier"]] = node
    _label_targets(nodes)
    return nodes, start if isinstance(start, str) else next(iter(nodes), None)


def _connect_modules(modules: list, start: object, name: str) -> tuple[dict[str, _Node], str | None]:
    nodes: dict[str, _Node] = {}
    for order, module in enumerate(modules):
        if not isinstance(module, dict) or not isinstance(_get(module, "id"), str):
            continue
        parameters = _get(module, "parameters")
        values = {
            str(_get(p, "name")): _get(p, "value") for p in parameters or [] if isinstance(p, dict) and _get(p, "name")
        } if isinstance(parameters, list) else {}
        node = _Node("")
        raw = values.get("Text")
        if isinstance(raw, str) and raw.strip():
            kind = str(values.get("TextToSpeechType") or "").lower()
            if kind == "ssml" or raw.lstrip().startswith("<speak"):
                text = ssml_text(raw, name)
            else:
                text = _SPACE.sub(" ", raw).strip()
            if text:
                node.prompts.append((order, text))
        for branch in _get(module, "branches") or []:
            if not isinstance(branch, dict) or not isinstance(_get(branch, "transition"), str):
                continue
            value = _get(branch, "conditionValue")
            if _get(branch, "conditionType") == "Equals" and value is not None and not _is_check_result(value):
                node.edges.append(_Edge(_get(branch, "transition"), str(_get(branch, "conditionValue"))))
            else:
                node.edges.append(_Edge(_get(branch, "transition"), extends=False))
        nodes[_get(module, "id")] = node
    _label_targets(nodes)
    return nodes, start if isinstance(start, str) else next(iter(nodes), None)


def _is_check_result(operand: object) -> bool:
    """Whether a condition tests a check's outcome (hours of operation, staffing: "True"), not a caller's choice."""
    return str(operand).strip().lower() in ("true", "false")


def _label_targets(nodes: dict[str, _Node]) -> None:
    """Label Connect blocks by their first prompt, for choices no prompt names."""
    for node in nodes.values():
        if node.prompts and not node.label:
            node.label = _first_sentence(node.prompts[0][1])


def _connect_text(parameters: object) -> str:
    """Spoken text of a Connect block's parameters: Text, or SSML reduced to words."""
    if not isinstance(parameters, dict):
        return ""
    ssml = parameters.get("SSML")
    if isinstance(ssml, str) and ssml.strip():
        return ssml_text(ssml)
    text = parameters.get("Text")
    if isinstance(text, str) and text.strip():
        return ssml_text(text) if text.lstrip().startswith("<speak") else _SPACE.sub(" ", text).strip()
    return ""


# ---------------------------------------------------------------------------
# Plain-text scripts


_BRACKET_HEADER = re.compile(r"^[ \t]{0,16}\[[ \t]{0,3}([^\[\]\n]{1,200}?)[ \t]{0,3}\][ \t]*:?[ \t]*$")
# "[1] Часы работы" (label after the bracket) and "[2] Нажмите 1 — ..." (a prompt after it)
_BRACKET_LEAD = re.compile(r"^[ \t]{0,16}\[[ \t]{0,3}((?:[A-Za-zА-Яа-яЁё]{1,12}[ \t]{0,3})?\d{1,2}(?:[.\-]\d{1,2}){0,8})[ \t]{0,3}\][ \t]*[.:)—–-]?[ \t]*(\S[^\n]{0,2000})$")
# "[P-011] СМЕДЕРЕВО ЦЕНТАР", "[PR_12] Часы работы": a recording's id, not a menu number
_PROMPT_ID_LEAD = re.compile(
    r"^[ \t]{0,16}\[[ \t]{0,3}[A-Za-zА-Яа-яЁё]{1,6}[ \t_-]{1,2}\d{1,4}[A-Za-z]?[ \t]{0,3}\][ \t]*[.:)—–-]?[ \t]*"
    r"(?P<rest>\S[^\n]{0,2000})$"
)
# "[P20_FLORENCE]   (key 2)": a recording's id with the key that plays it, the menu item offered for that key
_KEYED_HEADER = re.compile(
    r"^[ \t]{0,16}\[[ \t]{0,3}[^\[\]\n]{1,60}?[ \t]{0,3}\][ \t]{0,16}\([ \t]{0,3}"
    r"(?i:key|option|press|digit|клавиша|кнопка|цифра|нажатие|опция|taster|тастер|opcija|опција)[ \t]{1,3}"
    r"(?P<key>[0-9*#])[ \t]{0,3}\)[ \t]*$"
)
_HASH_HEADER = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]{1,8}((?=[^\n]{0,200}?[^\W_])\S[^\n]{0,200}?)[ \t#]*$")
_HASH_RULE = re.compile(r"#{1,6}[ \t]{0,8}([-=_*~#])\1{4,200}[ \t]*$")
_EQUALS_HEADER = re.compile(r"^[ \t]{0,3}={2,20}[ \t]{0,8}(\S[^\n=]{0,200}?)[ \t]{0,8}={2,20}[ \t]*$")
_NUMBERED = re.compile(
    r"^(?:(?:меню|menu|meni|мени|пункт|раздел|section|option|опция)[ \t]{0,3})?"
    r"(\d{1,2}(?:[.\-]\d{1,2}){0,8})(?:[.):]|[ \t]{0,3}[—–-])?[ \t]{0,5}(.{0,150})$",
    re.I,
)
_NUMBERED_LINE = re.compile(
    r"^([ \t]{0,32})(?:(?:меню|menu|meni|мени|пункт|раздел)[ \t]{1,3})?(\d{1,2}(?:\.\d{1,2}){0,8})[.)]?[ \t]{1,5}"
    r"([A-Za-zА-Яа-яЁёЀ-џĆćČčĐđŠšŽž][^\n]{0,79})$",
    re.I,
)
_PROMPT_PREFIX = re.compile(
    r"^(?:робот|ivr|prompt|текст|сообщение|автоинформатор|диктор|голос|tts|say|announcement|объявление)[ \t]{0,3}:[ \t]{0,3}",
    re.I,
)
_DIGIT = re.compile(r"\d")
# Notes for the people who maintain the script, never spoken: "// v7", "; Важи од 20.11.", "-- TODO", "REM".
_RULE = re.compile(r"^[ \t]{0,16}([-=_*~#])\1{4,200}[ \t]*$")
# The recording's number before a prompt's title: "PROMPT 105 - ", "Порука 3: ", "P-011 "
_PROMPT_NUMBER = re.compile(r"^[ \t]*(?:(?i:prompt|промпт|сообщение|порука|poruka|message|msg)[ \t]{0,3})?[A-Za-z]{0,3}[-_]?\d{1,4}[ \t]{0,3}[-–—:.)]?[ \t]*")
_COMMENT = re.compile(r"^[ \t]{0,16}(?://|;|--|(?i:rem)\b)")
# A stage direction for the recording studio or the switch in brackets, never spoken nor a menu's name: "[pause
# 500 ms]", "[transfer -> 6053614479 x3]", "[4 -> PROMPT 400]", "[музыка 3 с]", "[звуковой сигнал]".
_DIRECTION = re.compile(
    r"^[ \t]{0,16}\[[^\[\]\n]{0,200}(?:->|→|=>|(?i:(?<![\w])(?:pause|beep|tone|music|hold|silence|transfer|goto|go\s+to"
    r"|return\s+to|play|record|пауза|сигнал|музыка|тишина|перевод|переход|возврат|muzika|музика|signal"
    r"|prebaci|пребаци|povratak|повратак)(?![\w])))[^\[\]\n]{0,200}\][ \t]*$"
)
_ENDS_SENTENCE = re.compile(r"[.!?…»\"]$")


@dataclass
class _Section:
    numbers: tuple[str, ...] | None  # ("2", "1") for "2.1"; None for a named section
    label: str
    indent: int
    paragraphs: list[list[str]] = field(default_factory=list)


def ivr_text_units(text: str, *, name: str = "IVR script") -> IvrText:
    """Prompt units of a plain-text IVR script, with menu paths from its headers."""
    current = _Section(None, "", -1)  # what comes before the first header
    sections = [current]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, raw in enumerate(lines):
        if _COMMENT.match(raw) or _is_hash_note(raw) or _DIRECTION.match(raw):
            continue
        line = _SSML_TAG.sub(" ", raw) if "<" in raw else raw
        prompt_id = _PROMPT_ID_LEAD.match(line)
        if prompt_id:
            # "[P-011] СМЕДЕРЕВО ЦЕНТАР": a recording's id, then the node's name (or its first prompt line)
            rest = prompt_id.group("rest").strip()
            current = _Section(None, _clean_label(rest) if _is_label(rest) else "", 0)
            sections.append(current)
            if _is_label(rest):
                continue
            line = rest
        if 0 < index < len(lines) - 1 and _RULE.match(lines[index - 1]) and _RULE.match(lines[index + 1]):
            # a title between two rules: "-----" / "PROMPT 105 - HOLIDAY ANNOUNCEMENT (play Dec 1 - Jan 4)" / "-----"
            current = _Section(None, _clean_label(_PROMPT_NUMBER.sub("", line)), 0)
            sections.append(current)
            continue
        header = _header(line, lines[index + 1] if index + 1 < len(lines) else "", sections)
        if header is not None:
            sections.append(header)
            current = header
            continue
        lead = _BRACKET_LEAD.match(line)
        if lead:
            rest = lead.group(2).strip()
            if _is_label(rest):
                current = _section_from_title(f"{lead.group(1)} {rest}", 0)
                sections.append(current)
                continue
            current = _section_from_title(lead.group(1), 0)
            sections.append(current)
            line = rest  # the node's first prompt line follows its number
        stripped = _PROMPT_PREFIX.sub("", html.unescape(line).strip())
        if _HASH_RULE.match(stripped):
            stripped = ""  # "# =======": a rule in a comment frames the script's notes; it ends a paragraph
        if not stripped:
            if current.paragraphs and current.paragraphs[-1]:
                current.paragraphs.append([])
            continue
        if not current.paragraphs:
            current.paragraphs.append([])
        current.paragraphs[-1].append(_SPACE.sub(" ", stripped))
    return _text_units(sections)


def _is_hash_note(line: str) -> bool:
    """"# Напомена за техничара: тајмаут 5 с, …": a note for whoever maintains the script, not a menu header."""
    match = _HASH_HEADER.match(line)
    if match is None:
        return False
    numbered = _NUMBERED.match(match.group(1).strip())
    label = numbered.group(2) if numbered and numbered.group(1) else match.group(1)
    return not _is_label(label)


def _header(line: str, following: str, sections: list[_Section]) -> _Section | None:
    """A menu header line ("[2 Адреса]", "## 2. Адреса", "  2.1 Покровка", "[P20_FLORENCE] (key 2)"), or None."""
    keyed = _KEYED_HEADER.match(line)
    if keyed:
        # the top menu's item for that key names it ("For our Florence showroom, press 2"), not the recording's id
        return _Section((keyed.group("key"),), "", 0)
    for pattern in (_BRACKET_HEADER, _HASH_HEADER, _EQUALS_HEADER):
        match = pattern.match(line)
        if match:
            return _section_from_title(match.group(1), 0)
    numbered = _NUMBERED_LINE.match(line)
    # "1. Часы работы" is a header; "1) Покровка — с 10 до 22" is a prompt line
    if (
        numbered
        and ("." in numbered.group(2) or line[numbered.end(2) : numbered.end(2) + 1] in (".", ")"))
        and _is_label(numbered.group(3))
    ):
        indent = len(numbered.group(1).expandtabs(4))
        numbers = tuple(re.split(r"[.\-]", numbered.group(2)))
        if len(numbers) == 1:
            parent = next((s for s in reversed(sections) if s.indent < indent and s.numbers), None)
            if parent is not None and parent.numbers:
                numbers = parent.numbers + numbers  # "1. Покровка" indented under "2. Адреса"
        return _Section(numbers, _clean_label(numbered.group(3)), indent)
    stripped = line.strip()
    indent = len(line) - len(line.lstrip())
    next_indent = len(following) - len(following.lstrip())
    if (
        stripped
        and following.strip()
        and next_indent > indent
        and len(stripped) <= _MAX_LABEL
        and not _ENDS_SENTENCE.search(stripped)
        and not press_labels(stripped)
    ):
        # a short line over an indented block names that block
        return _Section(None, stripped.rstrip(":"), len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()))
    return None


def _is_label(text: str) -> bool:
    """Whether text names a menu item ("Часы работы") rather than saying something ("с 10 до 22.")."""
    text = text.strip()
    return (
        0 < len(text) <= _MAX_LABEL
        and not _ENDS_SENTENCE.search(text)
        and not _DIGIT.search(text)
        and not press_labels(text)
    )


def _section_from_title(title: str, indent: int) -> _Section:
    match = _NUMBERED.match(title.strip())
    if match and match.group(1):
        numbers = tuple(re.split(r"[.\-]", match.group(1)))
        return _Section(numbers, _clean_label(match.group(2)), indent)
    return _Section(None, _clean_label(title), indent)


def _text_units(sections: list[_Section]) -> IvrText:
    offered = [press_labels(" ".join(" ".join(p) for p in s.paragraphs)) for s in sections]
    # the root is the section that offers the top menu's keys ("[P02_MAIN_MENU]"), not notes before it
    root = next((s for s, labels in zip(sections, offered) if s.numbers is None and s.label and labels),
                next((s for s in sections if s.numbers is None and s.label), None))
    root_label = root.label if root is not None else ""
    by_numbers = {s.numbers: s for s in sections if s.numbers}
    said = {s.numbers: labels for s, labels in zip(sections, offered) if s.numbers}
    # the top menu's items, offered by whichever unnumbered section holds the menu ("[ГЛАВНОЕ МЕНЮ]" after a greeting)
    root_said: dict[str, str] = {}
    for section, labels in zip(sections, offered):
        if section.numbers is None:
            for key, label in labels.items():
                root_said.setdefault(key, label)
    units: list[Unit] = []
    for section in sections:
        if section.numbers:
            path: list[str] = [root_label] if root_label else []
            for depth in range(1, len(section.numbers) + 1):
                prefix = section.numbers[:depth]
                key = prefix[-1]
                parent_said = said.get(prefix[:-1], {}) if depth > 1 else root_said
                known = by_numbers.get(prefix)
                # the script's own title of the item ("[1 — КИРОВСКИЙ ПАРК]"), else what the menu offers it as
                label = known.label if known is not None and known.label else parent_said.get(key, "")
                path.extend([key, label] if label else [key])
            context = tuple(path)
        else:
            context = (section.label,) if section.label else ()
        for paragraph in section.paragraphs:
            if paragraph:
                units.append(Unit("\n".join(paragraph), context, "prompt", len(units)))
    return IvrText(tuple(units), root_label or None)
