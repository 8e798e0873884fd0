"""IVR readers: VoiceXML, TwiML, Amazon Connect flows and plain-text scripts to prompts with menu paths."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.documents.document import Document, DocumentText
from consistency.documents.encoding import UnreadableDocument
from consistency.documents.ivr import (
    HostileDocument,
    MalformedDocument,
    connect_units,
    ivr_text_units,
    press_labels,
    ssml_text,
    twiml_units,
    vxml_units,
)
from consistency.documents.reader import read_document

DATA = Path(__file__).parent / "data" / "readers" / "ivr"
SECRET = "SECRET-MARKER-7f3a9c"


def read(name: str, fmt: str) -> DocumentText:
    path = DATA / name
    return read_document(Document(url=path.as_uri(), channel="ivr", source=2, format=fmt, body=path.read_bytes()))


def prompts(text: DocumentText) -> list[tuple[tuple[str, ...], str]]:
    assert all(unit.role == "prompt" for unit in text.units)
    assert [unit.position for unit in text.units] == list(range(len(text.units)))
    return [(unit.context, unit.text) for unit in text.units]


# ---------------------------------------------------------------------------
# VoiceXML


def test_vxml_menu_paths() -> None:
    text = read("main.vxml", "vxml")
    assert text.heading == "main menu"
    assert prompts(text) == [
        (("main menu",), "Здравствуйте! Вы позвонили в Книжный дом. Нажмите 1 — часы работы магазинов. "
                         "Нажмите 2 — адреса магазинов. Для связи с оператором нажмите 0."),
        (("main menu",), "Извините, мы вас не услышали."),
        (("main menu", "1", "часы работы"), "Все магазины работают ежедневно с 10:00 до 22:00."),
        (("main menu", "2", "магазины"), "Выберите магазин. Нажмите 1 — Покровка, нажмите 2 — Тверская."),
        (("main menu", "2", "магазины", "1", "Покровка"),
         "Магазин на Покровке: улица Покровка, дом 10. Телефон +7 495 660-38-40."),
        (("main menu", "2", "магазины", "2", "Тверская"),
         "Магазин на Тверской: Тверская улица, дом 15. Работает с 10 до 21."),
        # a choice without text is named by what the menu prompt says the key is for
        (("main menu", "0", "связи с оператором"), "Соединяю с оператором. Звонок бесплатный."),
    ]


def test_vxml_gotos_under_digit_conditions_and_menu_numbering() -> None:
    source = """<vxml version="2.1">
      <menu id="start" dtmf="true">
        <prompt>Выберите: часы работы или акции.</prompt>
        <choice next="#hours">часы работы</choice>
        <choice next="#promo">акции</choice>
      </menu>
      <form id="hours"><field name="d"><prompt>Нажмите 1 — будни, нажмите 2 — выходные.</prompt>
        <filled><if cond="d == '1'"><goto next="#weekdays"/><elseif cond="d=='2'"/><goto next="#weekend"/>
        <else/><goto next="#start"/></if></filled></field></form>
      <form id="weekdays"><block><prompt>Пн–Пт с 9 до 21.</prompt></block></form>
      <form id="weekend"><block><prompt>Сб–Вс с 10 до 18.</prompt></block></form>
      <form id="promo"><block><prompt>Скидка 20% до 30 ноября.</prompt></block></form>
      <form id="orphan"><block><prompt>Никуда не ведёт.</prompt></block></form>
    </vxml>"""
    assert [(u.context, u.text) for u in vxml_units(source).units] == [
        (("start",), "Выберите: часы работы или акции."),
        (("start", "1", "часы работы"), "Нажмите 1 — будни, нажмите 2 — выходные."),
        (("start", "1", "часы работы", "1", "будни"), "Пн–Пт с 9 до 21."),
        (("start", "1", "часы работы", "2", "выходные"), "Сб–Вс с 10 до 18."),
        (("start", "2", "акции"), "Скидка 20% до 30 ноября."),
        (("orphan",), "Никуда не ведёт."),
    ]


def test_vxml_ssml_is_stripped() -> None:
    text = read("main.vxml", "vxml")
    joined = " ".join(unit.text for unit in text.units)
    for markup in ("<", "say-as", "300ms", "«КД»", "extra", "interpret-as"):
        assert markup not in joined


@pytest.fixture()
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "template",
    [
        '<?xml version="1.0"?>\n<!DOCTYPE vxml [<!ENTITY xxe SYSTEM "{uri}">]>\n'
        "<vxml><form><block><prompt>Адрес: &xxe;</prompt></block></form></vxml>",
        '<?xml version="1.0"?>\n<!DOCTYPE vxml [<!ENTITY % remote SYSTEM "{uri}"> %remote;]>\n'
        "<vxml><form><block><prompt>Привет</prompt></block></form></vxml>",
        '<?xml version="1.0"?>\n<!DOCTYPE vxml [<!ENTITY inner "&#x26;xxe;"><!ENTITY xxe SYSTEM "{uri}">]>\n'
        "<vxml><form><block><prompt>&inner;</prompt></block></form></vxml>",
    ],
)
def test_xxe_is_refused_and_never_leaks(tmp_path: Path, secret_file: Path, template: str) -> None:
    hostile = tmp_path / "hostile.vxml"
    hostile.write_text(template.format(uri=secret_file.as_uri()), encoding="utf-8")
    document = Document(url=hostile.as_uri(), channel="ivr", source=2, format="vxml", body=hostile.read_bytes())
    with pytest.raises(HostileDocument) as raised:
        read_document(document)
    assert "hostile.vxml" in str(raised.value)
    assert SECRET not in str(raised.value)
    assert isinstance(raised.value, UnreadableDocument)


def test_external_dtd_is_not_loaded(tmp_path: Path, secret_file: Path) -> None:
    source = (
        f'<?xml version="1.0"?>\n<!DOCTYPE vxml SYSTEM "{secret_file.as_uri()}">\n'
        "<vxml><form><block><prompt>Часы работы: с 10 до 22.</prompt></block></form></vxml>"
    )
    text = vxml_units(source, name="doctype.vxml")
    assert [unit.text for unit in text.units] == ["Часы работы: с 10 до 22."]
    assert SECRET not in repr(text)


def test_billion_laughs_is_rejected_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(HostileDocument, match="billion_laughs.vxml"):
        read("billion_laughs.vxml", "vxml")
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    ("reader", "source"),
    [
        (vxml_units, "<vxml><form><block><prompt>Незакрытый тег</block></form></vxml>"),
        (twiml_units, "<Response><Say>Привет</Say>"),
        (vxml_units, ""),
        (connect_units, '{"Actions": [ '),
        (connect_units, "[1, 2, 3]"),
        (connect_units, '{"Version": "2019-10-30", "Something": []}'),
    ],
)
def test_malformed_files_raise_naming_the_file(reader, source: str) -> None:
    with pytest.raises(MalformedDocument, match="broken-file"):
        reader(source, name="file:///ivr/broken-file")


# ---------------------------------------------------------------------------
# TwiML


def test_twiml_single_response() -> None:
    text = read("welcome.twiml.xml", "twiml")
    assert prompts(text) == [
        (("welcome",), "Здравствуйте! Вы позвонили в «Книжный дом»."),
        (("welcome",), "Нажмите 1, чтобы узнать часы работы. Нажмите 2 — адреса магазинов."),
        (("welcome",), "Мы не получили ответа. До свидания!"),
    ]
    assert "jingle" not in repr(text.units)


def test_twiml_bundle_follows_gather_actions() -> None:
    assert prompts(read("bundle.twiml.xml", "twiml")) == [
        (("welcome",), "Вы позвонили в «Книжный дом»."),
        (("welcome",), "Чтобы узнать часы работы, нажмите 1."),
        (("welcome",), "For store locations, press 2."),
        (("welcome", "1", "часы работы"), "Магазины работают ежедневно с 10 до 22."),
        (("welcome", "2", "store locations"), "Покровка, 10 и Тверская, 15."),
        (("welcome", "2", "store locations"), "Адреса магазинов: ул. Покровка, 10; Тверская ул., 15."),
    ]


def test_twiml_action_path_is_the_label_when_nothing_better() -> None:
    source = """<Responses>
      <Response path="/ivr/menu"><Gather action="/ivr/stores"><Say>Выберите раздел.</Say></Gather></Response>
      <Response path="/ivr/stores"><Say>Покровка, 10.</Say></Response>
    </Responses>"""
    assert [(u.context, u.text) for u in twiml_units(source).units] == [
        (("menu",), "Выберите раздел."),
        (("menu", "/ivr/stores"), "Покровка, 10."),
    ]


def test_twiml_responses_saved_one_after_another_are_all_read() -> None:
    # an export of a flow's webhooks: several documents in one file, which XML alone would refuse
    source = """<?xml version="1.0" encoding="UTF-8"?>
<!-- main line, exported 2026-11-19 -->
<Response><Gather numDigits="1"><Say>Press 2 for store hours.</Say></Gather></Response>
<!-- Digits=2 -->
<?xml version="1.0" encoding="UTF-8"?>
<Response><Say>Our Oak Street store is open daily 9 to 6.</Say></Response>
"""
    assert [u.text for u in twiml_units(source).units] == [
        "Press 2 for store hours.",
        "Our Oak Street store is open daily 9 to 6.",
    ]
    with pytest.raises(MalformedDocument, match="export.xml"):
        twiml_units("<Response><Say>Hi</Say></Response><Say>stray</Say>", name="export.xml")


def test_twiml_responses_noted_with_the_digits_they_answer_follow_the_gather() -> None:
    source = """<Response><Gather numDigits="1" action="/ivr/main/menu">
<Say>For our Birch Lane store, press 1. For Dock Street, press 2.</Say></Gather></Response>
<!-- /ivr/main/menu?Digits=1 -->
<Response><Say>Birch Lane is open daily 9 to 6.</Say></Response>
<!-- /ivr/main/menu?Digits=2 -->
<Response><Say>Dock Street is open weekdays 8 to 5.</Say></Response>
"""
    contexts = {u.text: u.context for u in twiml_units(source).units}
    assert contexts["Birch Lane is open daily 9 to 6."][-2:] == ("1", "our Birch Lane store")
    assert contexts["Dock Street is open weekdays 8 to 5."][-2:] == ("2", "Dock Street")


@pytest.mark.parametrize("first_note", [
    "<!-- ===== /ivr/choice Digits=1 ===== -->",  # a decorated request
    "<!-- ===== /ivr/choice, Digits=1 ===== -->",  # the note's comma is no part of the path
])
def test_twiml_notes_may_decorate_the_request_and_name_only_the_digit_of_the_same_path(first_note) -> None:
    source = f"""<!-- Main line, exported 2026-12-01 -->
<Response><Gather numDigits="1" action="/ivr/choice">
<Say>For our Birch Lane store, press 1. For Dock Street, press 2.</Say></Gather></Response>
{first_note}
<Response><Say>Birch Lane is open daily 9 to 6.</Say></Response>
<!-- ===== Digits=2 ===== -->
<Response><Say>Dock Street is open weekdays 8 to 5.</Say></Response>
"""
    contexts = {u.text: u.context for u in twiml_units(source).units}
    assert contexts["Birch Lane is open daily 9 to 6."][-2:] == ("1", "our Birch Lane store")
    assert contexts["Dock Street is open weekdays 8 to 5."][-2:] == ("2", "Dock Street")


def test_twiml_answers_noted_inside_one_response_follow_the_gather() -> None:
    # a webhook's script written as one document: each answer after a note of the digit it is served for
    source = """<Response>
<Gather numDigits="1" action="/voice/choice"><Say>For our Birch Lane store, press 1. For Dock Street, press 2.</Say></Gather>
<!-- ===== Digits=1 ===== -->
<Say>Birch Lane is open daily 9 to 6.</Say>
<!-- ===== Digits=2 ===== -->
<Say>Dock Street is open weekdays 8 to 5.</Say>
</Response>"""
    contexts = {u.text: u.context for u in twiml_units(source).units}
    assert contexts["Birch Lane is open daily 9 to 6."][-2:] == ("1", "our Birch Lane store")
    assert contexts["Dock Street is open weekdays 8 to 5."][-2:] == ("2", "Dock Street")


def test_twiml_notes_may_stand_before_an_exports_wrapper_of_the_response() -> None:
    source = """<Bins><Bin friendlyName="main"><Response><Gather numDigits="1" action="/ivr/choice">
<Say>For our Birch Lane store, press 1. For Dock Street, press 2.</Say></Gather></Response></Bin>
<!-- ===== /ivr/choice Digits=1 ===== -->
<Bin friendlyName="choice-1"><Response><Say>Birch Lane is open daily 9 to 6.</Say></Response></Bin>
<!-- ===== Digits=2 ===== -->
<Bin friendlyName="choice-2"><Response><Say>Dock Street is open weekdays 8 to 5.</Say></Response></Bin></Bins>
"""
    contexts = {u.text: u.context for u in twiml_units(source).units}
    assert contexts["Dock Street is open weekdays 8 to 5."][-2:] == ("2", "Dock Street")


# ---------------------------------------------------------------------------
# Amazon Connect


def test_connect_actions_format() -> None:
    text = read("flow-actions.json", "connect")
    root = "Книжный дом — главное меню"
    assert text.heading == root
    assert prompts(text) == [
        ((root,), "Здравствуйте! Вы позвонили в «Книжный дом»."),
        ((root,), "Нажмите 1 — часы работы. Нажмите 2 — адреса магазинов."),
        ((root, "1", "часы работы"), "Магазины работают ежедневно с 10 до 22, 31 декабря — до 16 часов."),
        ((root, "2", "адреса магазинов"), "Нажмите 1 — Покровка. Нажмите 2 — Тверская."),
        ((root, "2", "адреса магазинов", "1", "Покровка"), "Улица Покровка, дом 10. +7 495 660-38-40"),
        ((root, "2", "адреса магазинов", "2", "Тверская"), "Тверская улица, дом 15."),
        ((root,), "Извините, я вас не понял."),
    ]


def test_connect_modules_format() -> None:
    assert prompts(read("flow-modules.json", "connect")) == [
        (("Old main IVR",), "Добро пожаловать в «Книжный дом»."),
        (("Old main IVR",), "Чтобы узнать часы работы, нажмите 1. Чтобы узнать об акциях, нажмите 2."),
        (("Old main IVR", "1", "часы работы"), "Мы работаем с понедельника по пятницу с 9 до 21, в выходные с 10 до 18."),
        (("Old main IVR", "2", "акциях"), "Скидка 20 процентов на всё до 30 ноября."),
    ]


def test_connect_describe_contact_flow_wrapper() -> None:
    inner = (DATA / "flow-actions.json").read_text(encoding="utf-8")
    wrapped = json.dumps({"ContactFlow": {"Name": "Main IVR", "Type": "CONTACT_FLOW", "Content": inner}})
    text = connect_units(wrapped, name="describe.json")
    assert text.heading == "Main IVR"
    assert text.units[2].context == ("Main IVR", "1", "часы работы")


def test_connect_without_digits_keeps_the_menu_level() -> None:
    flow = {
        "StartAction": "a",
        "Actions": [
            {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"PromptId": "arn:aws:connect:prompt/1"},
             "Transitions": {"NextAction": "b"}},
            {"Identifier": "b", "Type": "MessageParticipant", "Parameters": {"Text": "Мы работаем круглосуточно."},
             "Transitions": {}},
        ],
    }
    text = connect_units(json.dumps(flow), name="file:///ivr/night-flow.json")
    assert [(u.context, u.text) for u in text.units] == [(("night flow",), "Мы работаем круглосуточно.")]


def test_connect_an_hours_check_is_no_menu_choice() -> None:
    # "Equals True" after CheckHoursOfOperation routes by the clock: the prompts after it are no submenu
    flow = {
        "StartAction": "check",
        "Actions": [
            {"Identifier": "check", "Type": "CheckHoursOfOperation", "Parameters": {},
             "Transitions": {"NextAction": "closed", "Conditions": [
                 {"NextAction": "open", "Condition": {"Operator": "Equals", "Operands": ["True"]}}]}},
            {"Identifier": "open", "Type": "MessageParticipant",
             "Parameters": {"Text": "Новогодний режим. 31 декабря салоны работают до 17."},
             "Transitions": {"NextAction": "menu"}},
            {"Identifier": "menu", "Type": "MessageParticipant",
             "Parameters": {"Text": "Салон на Садовой работает с 10 до 20."}, "Transitions": {}},
            {"Identifier": "closed", "Type": "MessageParticipant",
             "Parameters": {"Text": "Сейчас мы закрыты."}, "Transitions": {}},
        ],
    }
    text = connect_units(json.dumps(flow), name="file:///ivr/salon-flow.json")
    assert {u.context for u in text.units} == {("salon flow",)}


# ---------------------------------------------------------------------------
# Plain-text scripts


def test_bracketed_script() -> None:
    text = read("script.txt", "ivr-text")
    assert text.heading == "Главное меню"
    assert prompts(text) == [
        (("Главное меню",), "Здравствуйте! Вы позвонили в «Книжный дом».\nНажмите 1 — часы работы магазинов.\n"
                            "Нажмите 2 — адреса магазинов."),
        (("Главное меню", "1", "Часы работы"),
         "Магазин на Покровке работает ежедневно с 10 до 22.\nМагазин на Тверской — с 10 до 21."),
        (("Главное меню", "2", "Адреса"), "Выберите магазин: нажмите 1 — Покровка, нажмите 2 — Тверская."),
        (("Главное меню", "2", "Адреса", "1", "Покровка"), "Москва, улица Покровка, дом 10."),
        # a header without a label takes it from the parent's prompt
        (("Главное меню", "2", "Адреса", "2", "Тверская"), "Москва, Тверская улица, дом 15."),
        (("Нерабочее время",), "Сейчас мы не работаем. Перезвоните, пожалуйста, с 9 до 21 по московскому времени."),
    ]
    assert "TODO" not in repr(text.units) and "Комментарии" not in repr(text.units)


def test_indented_numbered_script() -> None:
    assert prompts(read("script-indented.txt", "ivr-text")) == [
        (("Главное меню",), "Здравствуйте! Вы позвонили в «Книжный дом»."),
        (("Главное меню", "1", "Часы работы"), "Магазины работают ежедневно с 10:00 до 22:00."),
        (("Главное меню", "2", "Адреса магазинов", "1", "Покровка"), "Улица Покровка, 10. Телефон 8 495 660-38-40."),
        (("Главное меню", "2", "Адреса магазинов", "2", "Тверская"), "Тверская улица, 15."),
        # "1) Покровка — с 10 до 21" holds hours: a prompt line, not a header
        (("Главное меню", "3", "Акции"), "Скидка 20% на всё до 31 декабря.\n1) Покровка — с 10 до 21"),
    ]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("[Меню 3: Акции]\nСкидка 10%.", [(("3", "Акции"), "Скидка 10%.")]),
        ("## 1. Hours\nOpen daily 10am-10pm.", [(("1", "Hours"), "Open daily 10am-10pm.")]),
        ("=== Главное меню ===\nДобрый день.", [(("Главное меню",), "Добрый день.")]),
        ("[Приветствие]\nДобрый день.\n[1] Часы работы\nС 10 до 22.", [(("Приветствие",), "Добрый день."),
                                                                   (("Приветствие", "1", "Часы работы"), "С 10 до 22.")]),
        ("[0] Нажмите 1 — часы работы.\n[1] Ежедневно с 10 до 22.",
         [(("0",), "Нажмите 1 — часы работы."), (("1",), "Ежедневно с 10 до 22.")]),
        ("24 часа в сутки работает горячая линия", [((), "24 часа в сутки работает горячая линия")]),
        ("1. Магазин на Покровке работает с 10 до 22.", [((), "1. Магазин на Покровке работает с 10 до 22.")]),
        ("Prompt: <speak>Скидка <emphasis>20%</emphasis> до 1 мая</speak>", [((), "Скидка 20% до 1 мая")]),
        # notes for the script's maintainers are never spoken
        ("; Важи од 20.11.2026. Измене у односу на v6\n-- TODO: нова акција\nДобар дан.", [((), "Добар дан.")]),
        ("", []),
    ],
)
def test_script_forms(script: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    assert [(u.context, u.text) for u in ivr_text_units(script).units] == expected


# ---------------------------------------------------------------------------
# Labels and SSML


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Нажмите 1 — часы работы магазинов. Нажмите 2 — адреса магазинов.",
         {"1": "часы работы магазинов", "2": "адреса магазинов"}),
        ("Чтобы узнать о скидках, нажмите 3.", {"3": "скидках"}),
        ("Для связи с оператором нажмите 0 или оставайтесь на линии.", {"0": "связи с оператором"}),
        ("Нажмите 1, чтобы узнать часы работы; 2 — адреса; 3 — акции.", {"1": "часы работы", "2": "адреса", "3": "акции"}),
        ("Press 1 for store hours, press 2 for locations. To speak to an operator, press 0.",
         {"1": "store hours", "2": "locations", "0": "an operator"}),
        ("Za radno vreme pritisnite 1. Притисните 2 за адресе продавница.", {"1": "radno vreme", "2": "адресе продавница"}),
        ("Нажмите клавишу «звёздочка», чтобы повторить.", {}),
        ("Звонок бесплатный. Работаем с 9 до 21, 7 дней в неделю.", {}),
        ("Наш телефон 8 800 700-15-02 — звоните.", {}),
        ("Салоны в Казани — нажмите 1. Салоны в Самаре — нажмите 2. Прослушать ещё раз — нажмите звёздочку.",
         {"1": "Салоны в Казани", "2": "Салоны в Самаре"}),
        ("Billing questions: press 4. Store locations - press 5.", {"4": "Billing questions", "5": "Store locations"}),
        ("Poslovnice u Nišu — pritisnite 3.", {"3": "Poslovnice u Nišu"}),
        ("За пекару у Чачку притисните један. За пекару у Ужицу притисните два.",
         {"1": "пекару у Чачку", "2": "пекару у Ужицу"}),
        ("Press one for pharmacy hours, press two for the clinic.", {"1": "pharmacy hours", "2": "the clinic"}),
        ("Чтобы узнать адреса, нажмите три.", {"3": "адреса"}),
    ],
)
def test_press_labels(text: str, expected: dict[str, str]) -> None:
    assert press_labels(text) == expected


@pytest.mark.parametrize(
    ("ssml", "expected"),
    [
        ("<speak>Мы работаем <break time='1s'/>с 10 до 22.</speak>", "Мы работаем с 10 до 22."),
        ('<speak><say-as interpret-as="telephone">+7 495 660-38-40</say-as></speak>', "+7 495 660-38-40"),
        ('<speak><sub alias="Книжный дом">КД</sub>: скидка&nbsp;10%</speak>', "Книжный дом: скидка 10%"),
        ("<speak><prosody rate='slow'><p><s>Первое.</s><s>Второе.</s></p></prosody></speak>", "Первое. Второе."),
        ("Простой текст &amp; амперсанд", "Простой текст & амперсанд"),
        ("<speak>Без закрывающего тега", "Без закрывающего тега"),
    ],
)
def test_ssml_text(ssml: str, expected: str) -> None:
    assert ssml_text(ssml) == expected


def test_ssml_with_entity_declaration_is_refused() -> None:
    with pytest.raises(HostileDocument):
        ssml_text('<!DOCTYPE speak [<!ENTITY a "aaaa">]><speak>&a;</speak>')


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("[]0123456789.)-—: \n\t#=") + ["Нажмите ", "меню", "Часы", "  ", "1.1 "]),
                max_size=120).map("".join))
def test_plain_text_scripts_never_raise(script: str) -> None:
    for unit in ivr_text_units(script).units:
        assert unit.role == "prompt" and unit.text
    press_labels(script)


def test_press_labels_stay_fast_on_long_prompts() -> None:
    text = ("нажмите 1 " + "а" * 5000 + " для " * 2000) * 3
    start = time.perf_counter()
    press_labels(text)
    assert time.perf_counter() - start < 2


def test_a_prompt_script_with_recording_ids_and_notes_for_the_technician():
    script = ("# Напомена за техничара: тајмаут за унос 5 с, после 3 покушаја пребацити на оператера.\n"
              "# Број линије: 026 461 500 (стари број искључен у марту 2025).\n\n"
              "[P-011] СМЕДЕРЕВО ЦЕНТАР\nПерионица Смедерево Центар ради од понедељка до суботе од 7 до 21 час.\n\n"
              "[P-020] АКЦИЈЕ\nАкција Зимски пакет: од 1. до 15. децембра, попуст 20%.\n")
    units = ivr_text_units(script).units
    assert [u.context[-1] for u in units] == ["СМЕДЕРЕВО ЦЕНТАР", "АКЦИЈЕ"]
    assert not any("Напомена" in u.text or "026 461 500" in u.text for u in units)


def test_vxml_a_label_said_before_its_key_names_the_submenu_and_passes_down():
    source = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
  <form id="start"><field name="city"><prompt>Салоны в Казани — нажмите 1. Салоны в Самаре — нажмите 2.</prompt>
    <filled><if cond="city == '1'"><goto next="#kzn"/><elseif cond="city == '2'"/><goto next="#sam"/></if></filled>
  </field></form>
  <menu id="kzn" dtmf="true"><prompt>Салон на Баумана — нажмите 1.</prompt><choice next="#kzn_b"/></menu>
  <form id="kzn_b"><block><prompt>Улица Баумана, дом 7, с 10 до 20.</prompt></block></form>
  <menu id="sam"><prompt>Скоро открытие.</prompt></menu>
</vxml>"""
    assert [unit.context for unit in vxml_units(source).units] == [
        ("start",),
        ("start", "1", "Салоны в Казани"),
        ("start", "1", "Салоны в Казани", "1", "Салон на Баумана"),
        ("start", "2", "Салоны в Самаре"),
    ]


def test_vxml_a_choice_that_is_only_what_a_caller_says_takes_the_prompts_words():
    source = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
  <menu id="main" dtmf="true"><prompt>For Birch Lane, press 1. For our Dock Street store, press 2.
    For billing, press 3.</prompt>
    <choice dtmf="1" next="#birch">birch lane</choice>
    <choice dtmf="2" next="#dock">dock</choice>
    <choice dtmf="3" next="#billing">Billing and payments</choice></menu>
  <form id="birch"><block><prompt>Birch Lane is open daily 9 to 6.</prompt></block></form>
  <form id="dock"><block><prompt>Dock Street is open weekdays 8 to 5.</prompt></block></form>
  <form id="billing"><block><prompt>Pay online any time.</prompt></block></form>
</vxml>"""
    assert [unit.context for unit in vxml_units(source).units][1:] == [
        ("main", "1", "Birch Lane"),
        ("main", "2", "our Dock Street store"),
        ("main", "3", "Billing and payments"),  # written out: the choice's own words stand
    ]


def test_stage_directions_are_neither_spoken_nor_headers_and_a_title_between_rules_is() -> None:
    source = """------------------------------
PROMPT 210 - STORE HOURS
------------------------------
"Our Elm Street store is open daily 9 to 6."

[pause 500 ms]
[transfer -> 5551234567]
[музыка 3 с]
"""
    units = ivr_text_units(source).units
    assert [(u.context, u.text) for u in units] == [(("STORE HOURS",), '"Our Elm Street store is open daily 9 to 6."')]


def test_a_rule_in_a_comment_is_neither_a_menu_header_nor_spoken() -> None:
    script = """# ==========================================
# Script v3, voice alena (not read aloud)
# ==========================================

[WELCOME]
Thanks for calling Pine Hollow Bikes.

[MAIN MENU]
Oak Street shop - press 1.

[1 - OAK STREET]
Oak Street is open daily 9 to 6.
"""
    contexts = {u.text: u.context for u in ivr_text_units(script).units}
    # the menu that offers the key is the item's root, not the greeting before it
    assert contexts["Oak Street is open daily 9 to 6."] == ("MAIN MENU", "1", "OAK STREET")
    assert all("=" not in text for text in contexts)


def test_twiml_answers_noted_after_a_self_closing_gather_are_split_too() -> None:
    # "<Gather … />" with a space before its slash closes itself: the notes after it are no Gather's
    source = """<Response><Say>For our Birch Lane store, press 1. For Dock Street, press 2.</Say>
<Gather numDigits="1" action="/voice/choice" />
<!-- Digits=1 --><Say>Birch Lane is open daily 9 to 6.</Say>
<!-- Digits=2 --><Say>Dock Street is open weekdays 8 to 5.</Say>
</Response>"""
    contexts = {u.text: u.context for u in twiml_units(source).units}
    assert contexts["Dock Street is open weekdays 8 to 5."][-2:] == ("2", "Dock Street")


def test_a_recording_id_with_the_key_that_plays_it_is_the_menu_item_offered_for_that_key() -> None:
    script = """Recording notes
- Read the phone numbers slowly.

[P02_MAIN_MENU]
"For our Oak Street store, press 1.
For holiday hours, press 2."
   (timeout 5 sec -> replay P02 once -> route to ext 1000)

[P10_OAK]   (key 1)
"Our Oak Street store is open daily ten to six."

[P20_HOLIDAY]   (key 2)
"We're closed Christmas Day."
"""
    units = ivr_text_units(script).units
    assert [u.context for u in units][-2:] == [
        ("P02_MAIN_MENU", "1", "our Oak Street store"),
        ("P02_MAIN_MENU", "2", "holiday hours"),  # not the stage direction after "press 2."
    ]


def test_an_item_offered_as_what_it_is_about_is_named_by_the_place() -> None:
    # "О зале на Московской — нажмите 2": the item is the hall itself
    assert press_labels("О зале на Московской — нажмите 2. Об акциях — нажмите 3.") == {
        "2": "зале на Московской", "3": "акциях"}
