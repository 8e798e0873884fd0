"""Document readers: bytes to text, HTML/FAQ/Markdown/plain text to units, schema.org items."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.documents.document import Document, DocumentText, Unit
from consistency.documents.encoding import UndecodableDocument, UnreadableDocument, decode
from consistency.documents.faq import faq_units, is_question
from consistency.documents.html import (
    _only_items, has_lines, heading_aside, html_units, is_day_label, parse_html, read_table, render_lines,
)
from consistency.documents.plaintext import markdown_units, text_units
from consistency.documents.reader import read_document
from consistency.documents.structured import schema_org_items

DATA = Path(__file__).parent / "data" / "readers"


def read(relative: str, fmt: str, content_type: str = "") -> DocumentText:
    path = DATA / relative
    document = Document(
        url=path.as_uri(), channel="website", source=0, format=fmt, body=path.read_bytes(), content_type=content_type
    )
    return read_document(document)


def unit_under(text: DocumentText, last_context: str, role: str | None = None) -> list[Unit]:
    return [u for u in text.units if u.context and u.context[-1] == last_context and (role is None or u.role == role)]


def only(units: list[Unit]) -> Unit:
    assert len(units) == 1, units
    return units[0]


def all_text(text: DocumentText) -> str:
    return "\n".join(unit.text for unit in text.units)


# ---------------------------------------------------------------------------
# Encoding

PAGE_RU = "Магазин на Покровке работает ежедневно с 10:00 до 22:00. Скидка 15% на детские книги до 30 ноября."


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("html/cp1251-undeclared.html", "Магазин на Покровке"),
        ("html/koi8r-declared.html", "понедельник&ndash;пятница с 9:00 до 21:00"),
        ("html/utf8-bom.html", "Магазин на Покровке"),  # BOM wins over a lying <meta charset=windows-1251>
    ],
)
def test_decode_fixtures(fixture: str, expected: str) -> None:
    text = decode((DATA / fixture).read_bytes())
    assert expected in text
    assert "\ufeff" not in text


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        (PAGE_RU.encode("utf-8"), None, PAGE_RU),
        (PAGE_RU.encode("cp1251"), None, PAGE_RU),
        (PAGE_RU.encode("koi8_r"), "koi8-r", PAGE_RU),
        # a stale windows-1251 declaration on a page migrated to UTF-8
        (PAGE_RU.encode("utf-8"), "windows-1251", PAGE_RU),
        # a server default of ISO-8859-1 on a cp1251 page
        (PAGE_RU.encode("cp1251"), "iso-8859-1", PAGE_RU),
        # a page declared UTF-8 that is really cp1251
        (PAGE_RU.encode("cp1251"), "utf-8", PAGE_RU),
        # KOI8-R bytes declared windows-1251 read as case-swapped mojibake: detected
        (PAGE_RU.encode("koi8_r"), "windows-1251", PAGE_RU),
        ("Часы работы: пн–пт 10–22".encode("cp1251"), None, "Часы работы: пн–пт 10–22"),
        (codecs.BOM_UTF16_LE + PAGE_RU.encode("utf-16-le"), None, PAGE_RU),
        (codecs.BOM_UTF8 + PAGE_RU.encode("utf-8"), "koi8-r", PAGE_RU),
        ("<p>Radno vreme: pon–pet 9–20č, subota 10–15. Popust važi do 15. januara. Đurđevdan, šećer, žuto.</p>".encode("cp1250"), None, "pon–pet 9–20č"),
        ('<meta charset="windows-1251"><p>Привет, мир! Пн–Пт с 9 до 18</p>'.encode("cp1251"), None, "Привет, мир!"),
        ('<?xml version="1.0" encoding="koi8-r"?><vxml><prompt>Здравствуйте</prompt></vxml>'.encode("koi8_r"), None, "Здравствуйте"),
        (b"Plain ASCII: Mon-Fri 9:00-18:00", None, "Plain ASCII: Mon-Fri 9:00-18:00"),
        (b"", None, ""),
    ],
)
def test_decode(body: bytes, declared: str | None, expected: str) -> None:
    assert expected in decode(body, declared=declared)


def test_decode_utf16_without_bom() -> None:
    body = ("Часы работы: ежедневно с 10 до 22. Open daily 10am-10pm. " * 4).encode("utf-16-le")
    assert "ежедневно с 10 до 22" in decode(body)


def test_decode_utf8_cut_mid_character_keeps_the_rest() -> None:
    body = PAGE_RU.encode("utf-8")[:-1]
    assert decode(body).startswith("Магазин на Покровке")


def test_decode_utf8_with_one_stray_byte_is_not_read_as_cp1251() -> None:
    body = PAGE_RU.encode("utf-8") * 3 + b"\xe9" + PAGE_RU.encode("utf-8")
    text = decode(body)
    assert text.count("Магазин на Покровке") == 4


@pytest.mark.parametrize(
    "body",
    [
        (DATA / "html/image.png").read_bytes(),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
        bytes(range(256)) * 8,
        b"\x00\x01\x02\x03garbage\x00\xff\xfe\x00\x10" * 50,
    ],
)
def test_decode_refuses_binary(body: bytes) -> None:
    with pytest.raises(UndecodableDocument):
        decode(body)


def test_binary_body_names_the_document() -> None:
    path = DATA / "html/image.png"
    document = Document(url=path.as_uri(), channel="website", source=0, format="html", body=path.read_bytes())
    with pytest.raises(UndecodableDocument, match="image.png.*PNG"):
        read_document(document)


def test_charset_from_content_type_header() -> None:
    body = ("<p>" + PAGE_RU + "</p>").encode("koi8_r")
    document = Document(url="https://x.ru/", channel="website", source=0, format="html", body=body,
                        content_type="text/html; charset=KOI8-R")
    assert PAGE_RU in all_text(read_document(document))


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("html/cp1251-undeclared.html", "Адрес: Москва, ул. Покровка, д. 10. Телефон: +7 (495) 660-38-40."),
        ("html/koi8r-declared.html", "Режим работы: понедельник–пятница с 9:00 до 21:00, суббота и воскресенье с 10:00 до 18:00."),
        ("html/utf8-bom.html", "Скидка 15% на всю детскую литературу до 30 ноября."),
    ],
)
def test_encoded_pages_read_into_units(fixture: str, expected: str) -> None:
    text = read(fixture, "html")
    assert text.heading == "Магазин на Покровке"
    assert expected in all_text(text)


# ---------------------------------------------------------------------------
# HTML: the stores page


@pytest.fixture(scope="module")
def stores() -> DocumentText:
    return read("html/stores.html", "html")


def test_page_heading_is_the_h1(stores: DocumentText) -> None:
    assert stores.heading == "Наши магазины"


def test_positions_are_in_order(stores: DocumentText) -> None:
    assert [u.position for u in stores.units] == list(range(len(stores.units)))


def test_branch_card_is_one_unit_with_its_heading_last(stores: DocumentText) -> None:
    card = only(unit_under(stores, "Книжный на Покровке"))
    assert card.context == ("Наши магазины", "Москва", "Книжный на Покровке")
    assert card.role == "content"
    assert card.text.split("\n") == [
        "Москва, ул. Покровка, д. 10, м. Китай-город",
        "+7 (495) 660-38-40",
        "Пн–Пт: 9:00–21:00",
        "Сб: 10–18",
        "Вс — выходной",
    ]


def test_tel_link_target_is_kept_when_the_text_hides_it(stores: DocumentText) -> None:
    card = only(unit_under(stores, "Книжный на Тверской"))
    assert "Позвонить tel:+74956603841" in card.text
    assert "Ежедневно с 10 до 22" in card.text
    assert "Москва, Тверская ул., 15" in card.text


def test_mailto_target_is_kept_without_query(stores: DocumentText) -> None:
    intro = only([u for u in stores.units if u.context == ("Наши магазины",)])
    assert "электронную почту mailto:zakaz@knigdom.ru" in intro.text
    assert "subject" not in intro.text
    assert "в справочную tel:+74956603840" in intro.text


def test_contact_links_already_visible_are_not_repeated(stores: DocumentText) -> None:
    text = all_text(stores)
    assert "mailto:info@knigdom.ru" not in text  # the link text is the address
    assert "8 800 700-15-02" in text
    assert "tel:88007001502" not in text  # same number, other format
    assert "tel:+74956603840" not in only(unit_under(stores, "Книжный на Покровке")).text


def test_hours_table_is_one_unit(stores: DocumentText) -> None:
    table = only(unit_under(stores, "Режим работы офиса"))
    assert table.text.split("\n") == [
        "Понедельник – пятница: 09:00–18:00",
        "Суббота: выходной",
        "Воскресенье: выходной",
    ]


def test_other_tables_give_a_unit_per_row_with_header_context(stores: DocumentText) -> None:
    rows = unit_under(stores, "Телефон")
    assert [r.context for r in rows] == [("Наши магазины", "Пункты выдачи заказов", "Пункт", "Адрес", "Телефон")] * 2
    assert rows[0].text.split("\n") == ["ПВЗ «Сокол»", "Ленинградский пр-т, 75", "+7 (495) 123-45-67"]
    assert "ТЦ «Мари»" in rows[1].text


def test_short_blocks_under_a_branch_heading_are_joined(stores: DocumentText) -> None:
    branch = only(unit_under(stores, "Книжный на Ильинской"))
    assert branch.context == ("Наши магазины", "Нижний Новгород", "Книжный на Ильинской")
    assert branch.text.split("\n") == ["ул. Ильинская, 5", "+7 (831) 123-45-67 доб. 204", "Пн–Пт 9–18, Сб 10–16"]


@pytest.mark.parametrize(
    ("needle", "role"),
    [
        ("Мы используем файлы cookie", "boilerplate"),
        ("Каталог", "boilerplate"),
        ("Бесплатно по России: 8 800 700-15-02", "boilerplate"),
        ("Главная / Магазины", "boilerplate"),
        ("Скидка 5% на первый заказ по подписке.", "boilerplate"),
        ("101000, Москва, ул. Покровка, д. 10", "boilerplate"),
        ("Скидка 20% на все книги издательства «Азбука»", "content"),
        ("Срок проведения: с 1 по 31 декабря 2025 года", "content"),
    ],
)
def test_roles(stores: DocumentText, needle: str, role: str) -> None:
    holders = [u for u in stores.units if needle in u.text]
    assert holders and all(u.role == role for u in holders), holders


def test_boilerplate_does_not_inherit_the_section_it_follows(stores: DocumentText) -> None:
    footer = only([u for u in stores.units if "101000" in u.text])
    assert footer.context == ("Контакты",)


@pytest.mark.parametrize(
    "hidden",
    ["Мясницкая", "000-00-00", "50%", "JavaScript", "Шаблонная", "dataLayer", "8-800-000-00-00", "Показать на карте",
     "color: red", "📍", "Книжный дом на Покровке"],
)
def test_hidden_and_non_text_elements_are_dropped(stores: DocumentText, hidden: str) -> None:
    assert hidden not in all_text(stores)


def test_structured_items_come_with_the_page(stores: DocumentText) -> None:
    assert [item["@type"] for item in stores.structured] == ["BookStore"]
    assert stores.structured[0]["address"]["streetAddress"] == "ул. Покровка, д. 10"


# ---------------------------------------------------------------------------
# HTML: forms in isolation


def units_of(html: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(u.text, u.context, u.role) for u in html_units(html).units]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<div class="t-rec"><div class="t509__title t-name">Пекарня на Садовой</div>'
            '<div class="t509__descr">ул. Садовая, 12. Ежедневно с 8 до 20.</div></div>'
            '<div class="t-rec"><div class="t509__title t-name">Пекарня на Мира</div>'
            '<div class="t509__descr">пр. Мира, 3. Пн–Пт 7:00–21:00.</div></div>',
            [
                ("ул. Садовая, 12. Ежедневно с 8 до 20.", ("Пекарня на Садовой",), "content"),
                ("пр. Мира, 3. Пн–Пт 7:00–21:00.", ("Пекарня на Мира",), "content"),
            ],
            id="a-block-its-class-calls-a-title-heads-its-box",
        ),
        pytest.param(
            '<div class="block"><div class="hours-title">Пн–Пт 9:00–18:00</div><div>Сб 10–16</div></div>'
            '<div class="box"><p class="section-title">Наш адрес</p></div><p>ул. Мира, 3</p>',
            [("Пн–Пт 9:00–18:00\nСб 10–16\nНаш адрес\nул. Мира, 3", (), "content")],
            id="hours-styled-as-a-title-or-a-title-alone-in-its-box-stay-text",
        ),
        pytest.param(
            '<h2>Пекарни</h2><div class="alert alert-info"><h3>Новогодний режим</h3>'
            '<p>31 декабря все пекарни работают до 16:00.</p></div><p>Скидка 20% на торты до 31 декабря.</p>',
            [
                ("31 декабря все пекарни работают до 16:00.", ("Пекарни", "Новогодний режим"), "content"),
                ("Скидка 20% на торты до 31 декабря.", ("Пекарни",), "content"),
            ],
            id="a-notice-box-heading-titles-the-box-alone",
        ),
        pytest.param(
            "<h1>Офис</h1><p>ул. Ленина, 5<br>2 этаж</p>",
            [("ул. Ленина, 5\n2 этаж", ("Офис",), "content")],
            id="br-keeps-lines",
        ),
        pytest.param(
            "<h2>Контакты</h2><dl><dt>Адрес</dt><dd>Казань, ул. Баумана, 12</dd><dt>Часы работы</dt><dd>пн–пт 10–20</dd><dd>сб 11–16</dd></dl>",
            [("Адрес: Казань, ул. Баумана, 12\nЧасы работы: пн–пт 10–20\nсб 11–16", ("Контакты",), "content")],
            id="definition-list",
        ),
        pytest.param(
            "<h2>Часы</h2><table><tr><th></th><th>Пн–Пт</th><th>Сб</th><th>Вс</th></tr>"
            "<tr><td>Магазин</td><td>10–22</td><td>10–20</td><td>выходной</td></tr></table>",
            [("Магазин\nПн–Пт: 10–22\nСб: 10–20\nВс: выходной", ("Часы",), "content")],
            id="hours-table-days-across",
        ),
        pytest.param(
            "<h2>Магазины</h2><table><tr><th>Магазин</th><th>Пн–Пт</th><th>Сб–Вс</th></tr>"
            "<tr><td>Покровка</td><td>9–21</td><td>10–18</td></tr><tr><td>Тверская</td><td>10–22</td><td>10–22</td></tr></table>",
            [
                ("Покровка\nПн–Пт: 9–21\nСб–Вс: 10–18", ("Магазины", "Магазин", "Пн–Пт", "Сб–Вс"), "content"),
                ("Тверская\nПн–Пт: 10–22\nСб–Вс: 10–22", ("Магазины", "Магазин", "Пн–Пт", "Сб–Вс"), "content"),
            ],
            id="branch-rows-with-day-columns",
        ),
        pytest.param(
            "<table><tr><td><h2>Контакты</h2><p>Телефон: +7 (843) 222-33-44</p></td><td><p>Мы в соцсетях</p></td></tr></table>",
            [("Телефон: +7 (843) 222-33-44\nМы в соцсетях", ("Контакты",), "content")],
            id="layout-table-is-walked",
        ),
        pytest.param(
            '<h1>О нас</h1><div role="contentinfo">ИНН 7701234567</div><article><header><h2>Новости</h2><p>Открылся магазин</p></header></article>',
            [("ИНН 7701234567", (), "boilerplate"), ("Открылся магазин", ("О нас", "Новости"), "content")],
            id="landmark-role-and-article-header",
        ),
        pytest.param(
            '<h1>Магазины</h1><div itemscope itemtype="https://schema.org/LocalBusiness"><b>Книжный в Сокольниках</b><br>'
            'ул. Русаковская, 31<br>+7 (495) 111-22-33</div>',
            [("ул. Русаковская, 31\n+7 (495) 111-22-33", ("Магазины", "Книжный в Сокольниках"), "content")],
            id="microdata-card-with-bold-name",
        ),
        pytest.param(
            "<h1>Пункты</h1><ul><li>ПВЗ Сокол<br>Ленинградский пр-т, 75</li><li>ПВЗ Марьино<br>ул. Люблинская, 169</li></ul>",
            [("ПВЗ Сокол\nЛенинградский пр-т, 75", ("Пункты",), "content"),
             ("ПВЗ Марьино\nул. Люблинская, 169", ("Пункты",), "content")],
            id="multi-line-list-items-stay-apart",
        ),
        pytest.param(
            "<h1>Доставка</h1><ul><li>Москва — 1 день</li><li>Казань — 3 дня</li></ul>",
            [("Москва — 1 день\nКазань — 3 дня", ("Доставка",), "content")],
            id="simple-list-is-one-unit",
        ),
        pytest.param(
            '<div class="card"><div class="card-header">Акция</div><div class="card-body">Скидка 10%<br>до 31.12</div></div>',
            [("Скидка 10%\nдо 31.12", ("Акция",), "content")],
            id="card-header-is-not-page-header",
        ),
        pytest.param(
            '<div class="shopping-cart"><p>Корзина</p><p>2 товара</p></div>',
            [("Корзина\n2 товара", (), "content")],
            id="shopping-cart-is-not-a-shop",
        ),
        pytest.param(
            '<h1>Контакты</h1><p><a href="mailto:Info@Knigdom.ru">info@knigdom.ru</a>, <a href="tel:+74956603840">8 (495) 660-38-40</a></p>',
            [("info@knigdom.ru, 8 (495) 660-38-40", ("Контакты",), "content")],
            id="visible-contacts-not-repeated",
        ),
        pytest.param(
            '<p><a href="tel:+7%20495%20660-38-40">звоните</a></p>',
            [("звоните tel:+7 495 660-38-40", (), "content")],
            id="tel-percent-encoded",
        ),
        pytest.param(
            '<p>Видно</p><p style="visibility: hidden">Невидимо</p><p hidden="">Скрыто</p><input type="hidden" value="секрет">',
            [("Видно", (), "content")],
            id="hidden-forms",
        ),
        pytest.param(
            '<h3><button aria-controls="p1" aria-expanded="false">Ekspozitura Zemun</button></h3>'
            '<div id="p1" hidden><p>Glavna 8, Zemun</p></div>'
            '<div class="tab-pane" style="display: none"><p>Pon–Pet 8–17h</p></div>'
            '<div hidden><p>Stara adresa</p></div>',
            [("Glavna 8, Zemun\nPon–Pet 8–17h", ("Ekspozitura Zemun",), "content")],
            id="accordion-and-tab-panels-are-read",
        ),
        pytest.param(
            '<h1>Наши филиалы</h1><div class="item"><button aria-controls="f1"><span>Филиал на Ленина</span></button>'
            '<div id="f1"><p>ул. Ленина, 5</p></div></div><div class="item"><button aria-expanded="false">'
            'Филиал в Мотовилихе</button><div><p>ул. Уральская, 65</p></div></div>'
            '<div role="tablist"><button role="tab" aria-controls="t1">Сокол</button> '
            '<button role="tab" aria-controls="t2">Арбат</button></div>'
            '<div id="t1" role="tabpanel"><p>Пн–Пт 9–18</p></div><div id="t2" role="tabpanel"><p>Пн–Пт 10–20</p></div>',
            [("ул. Ленина, 5", ("Наши филиалы", "Филиал на Ленина"), "content"),
             ("ул. Уральская, 65", ("Наши филиалы", "Филиал в Мотовилихе"), "content"),
             ("Сокол Арбат", ("Наши филиалы",), "content"),
             ("Пн–Пт 9–18", ("Наши филиалы", "Сокол"), "content"),
             ("Пн–Пт 10–20", ("Наши филиалы", "Арбат"), "content")],
            id="accordion-toggles-and-tabs-title-their-panels",
        ),
        pytest.param(
            '<div class="qa"><button class="qa-q" aria-expanded="false">Когда открыт склад на Заречной?</button>'
            '<!-- ответ --><div class="qa-a" hidden><p>Пн–Сб с 8 до 17.</p></div></div>'
            '<p>Итог</p><div hidden><p>Старый текст</p></div>',
            [("Пн–Сб с 8 до 17.", ("Когда открыт склад на Заречной?",), "content"), ("Итог", (), "content")],
            id="a-hidden-panel-right-after-its-toggle-is-read",
        ),
        pytest.param(
            "<table><thead><tr><th></th><th>Salon Jug</th><th>Salon Sever</th></tr></thead>"
            "<tr><td>Pon–Pet</td><td rowspan='2'>svaki dan 8–20</td><td>9–17</td></tr>"
            "<tr><td>Sub</td><td>zatvoreno</td></tr></table>",
            [("Salon Jug\nPon–Pet: svaki dan 8–20\nSub: svaki dan 8–20", ("Pon–Pet", "Sub"), "content"),
             ("Salon Sever\nPon–Pet: 9–17\nSub: zatvoreno", ("Pon–Pet", "Sub"), "content")],
            id="a-cell-spanning-rows-says-its-text-in-each",
        ),
        pytest.param(
            '<h2>Offers</h2><div class="row"><div class="blurb"><h4>Spring tune-up</h4><div>10% off until May 1.</div>'
            '</div><div class="blurb"><h4>Kids bikes</h4><div>Helmet free with any kids bike.</div></div>'
            '<p>Prices include VAT.</p></div>',
            [("10% off until May 1.", ("Offers", "Spring tune-up"), "content"),
             ("Helmet free with any kids bike.", ("Offers", "Kids bikes"), "content"),
             ("Prices include VAT.", ("Offers",), "content")],
            id="a-heading-in-a-row-of-boxes-heads-only-its-box",
        ),
        pytest.param(
            '<h1>Pekara</h1><div class="promos"><div class="top"><div class="section-title">Akcije</div></div>'
            '<div class="col"><p>Kifle 20% jeftinije do petka.</p></div></div>'
            '<div class="news"><p>Nova radnja uskoro.</p></div>',
            [("Kifle 20% jeftinije do petka.", ("Pekara", "Akcije"), "content"),
             ("Nova radnja uskoro.", ("Pekara",), "content")],
            id="a-class-title-alone-in-its-wrapper-titles-what-follows-the-wrapper",
        ),
        pytest.param(
            "<table><tr><th>Store</th><th>Black Friday (Nov 27)</th><th>Sat, Nov 28</th></tr>"
            "<tr><td>Buckhead</td><td>6 AM – 10 PM</td><td>9 AM – 9 PM</td></tr>"
            "<tr><td>Decatur</td><td>8 AM – 9 PM</td><td>Regular hours</td></tr></table>",
            [("Buckhead\nBlack Friday (Nov 27): 6 AM – 10 PM\nSat, Nov 28: 9 AM – 9 PM",
              ("Store", "Black Friday (Nov 27)", "Sat, Nov 28"), "content"),
             ("Decatur\nBlack Friday (Nov 27): 8 AM – 9 PM\nSat, Nov 28: Regular hours",
              ("Store", "Black Friday (Nov 27)", "Sat, Nov 28"), "content")],
            id="dates-across-a-table-of-stores-keep-their-date",
        ),
        pytest.param(
            "<table><tr><th>Prodavnica</th><th>Pon</th><th>Uto</th><th>Sre</th><th>Čet</th><th>Pet</th><th>Sub</th>"
            "<th>Ned</th><th>Telefon</th></tr><tr><td>Niš – Centar</td><td>09–21</td><td>09–21</td><td>09–21</td>"
            "<td>09–21</td><td>09–21</td><td>09–21</td><td>zatvoreno</td><td>018 523 410</td></tr></table>",
            [("Niš – Centar\nPon: 09–21\nUto: 09–21\nSre: 09–21\nČet: 09–21\nPet: 09–21\nSub: 09–21\nNed: zatvoreno\n"
              "018 523 410",
              (), "content")],
            id="a-column-per-weekday-between-label-columns",
        ),
        pytest.param(
            "<table><tr><th>Копирница</th><th>Пон</th><th>Уто</th><th>Сре</th><th>Чет</th><th>Пет</th><th>Суб</th>"
            "<th>Нед</th></tr><tr><td>Центар</td><td>08–20</td><td>08–20</td><td>08–20</td><td>08–20</td>"
            "<td>08–20</td><td>09–15</td><td>—</td></tr></table>",
            [("Центар\nПон: 08–20\nУто: 08–20\nСре: 08–20\nЧет: 08–20\nПет: 08–20\nСуб: 09–15\nНед: closed", (),
              "content")],
            id="a-dash-under-a-day-is-the-day-off",
        ),
        pytest.param(
            '<article itemscope itemtype="https://schema.org/CreativeWork"><h1>Акции</h1><div>'
            "<h2>Чёрная пятница</h2><p>С 27 по 30 ноября — скидки до 40%.</p>"
            "<h2>Подарок за покупку</h2><p>Миска в подарок до 31 декабря.</p></div></article>",
            [("С 27 по 30 ноября — скидки до 40%.", ("Акции", "Чёрная пятница"), "content"),
             ("Миска в подарок до 31 декабря.", ("Акции", "Подарок за покупку"), "content")],
            id="a-wordpress-post-is-the-page-not-one-card",
        ),
        pytest.param(
            "<pre>Пн–Пт  9:00–18:00\nСб     10:00–16:00</pre>",
            [("Пн–Пт 9:00–18:00\nСб 10:00–16:00", (), "content")],
            id="pre-keeps-lines",
        ),
        pytest.param(
            "<div>Адрес:&nbsp;ул.&#160;Ленина,&nbsp;5<span>\u200b</span></div>",
            [("Адрес: ул. Ленина, 5", (), "content")],
            id="nbsp-and-zero-width",
        ),
        pytest.param(
            '<div id="gdpr-notice">We use cookies</div><div class="footer">Сайт © 2025</div>',
            [("We use cookies", (), "boilerplate"), ("Сайт © 2025", (), "boilerplate")],
            id="cookie-and-footer-by-class",
        ),
    ],
)
def test_html_forms(html: str, expected: list[tuple[str, tuple[str, ...], str]]) -> None:
    assert units_of(html) == expected


def test_store_list_container_is_not_one_card() -> None:
    html = (
        '<h2>Москва</h2><div class="store-list">'
        '<div class="store"><h3>Покровка</h3><p>ул. Покровка, 10</p><p>10–22</p></div>'
        '<div class="store"><h3>Тверская</h3><p>Тверская, 15</p><p>10–21</p></div></div>'
    )
    assert units_of(html) == [
        ("ул. Покровка, 10\n10–22", ("Москва", "Покровка"), "content"),
        ("Тверская, 15\n10–21", ("Москва", "Тверская"), "content"),
    ]


def test_long_paragraphs_are_not_joined() -> None:
    long = "Подробные условия акции. " * 30
    units = units_of(f"<h2>Акция</h2><p>{long}</p><p>Скидка 10% до 31 декабря.</p>")
    assert len(units) == 2


def test_heading_falls_back_to_title() -> None:
    assert html_units("<title> Контакты | Книжный дом </title><p>x</p>").heading == "Контакты | Книжный дом"
    assert html_units("<p>без заголовка</p>").heading is None


def test_broken_html_fixture() -> None:
    text = read("html/broken.html", "html")
    joined = all_text(text)
    assert text.heading == "Контакты филиала"
    for expected in ("Адрес: г. Казань, ул. Баумана, д. 12", "Телефон: +7 (843) 222-33-44", "пн-пт 10-20",
                     "сб-вс 11-18", "mailto:kazan@knigdom.ru"):
        assert expected in joined
    assert "ошибка" not in joined and "document.write" not in joined


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n\t ",
        "<",
        "<<<>>>&&&;",
        "\x00\x00\x00",
        "<p>" * 10000,
        "<div>" * 5000 + "глубоко" + "</div>" * 10,
        "<table><tr><td>" * 1000,
        '<?xml version="1.0" encoding="windows-1251"?><html><body><p>Декларация</p></body></html>',
        "<html><body><p>Незакрытый <b>жирный <i>курсив</p></div></span></table>",
        "<!-- только комментарий -->",
        "<svg><text>1 990 ₽</text></svg><math><mi>x</mi></math>",
        "\ud800 одиночный суррогат",
        "<a href='tel:'>пусто</a><a href='mailto:'>пусто</a><a href='tel:%ZZ'>плохо</a>",
        "<script>" + "x" * 100000,
    ],
)
def test_broken_html_never_raises(html: str) -> None:
    start = time.perf_counter()
    result = html_units(html)
    assert time.perf_counter() - start < 5
    assert all(isinstance(unit.text, str) and unit.text for unit in result.units)


@pytest.mark.parametrize("depth", [150, 250])
def test_deep_nesting_keeps_the_text(depth: int) -> None:
    # libxml2 itself drops what lies deeper than 255 elements
    html = "<div><section><span>" * (depth // 3) + "глубоко <b>жирно</b><br>строка"
    assert "глубоко жирно\nстрока" in "\n".join(u.text for u in html_units(html).units)


@pytest.mark.parametrize(
    ("cell", "is_day"),
    [("Пн–Пт", True), ("понедельник", True), ("Суббота", True), ("будни", True), ("Выходные дни", True),
     ("31 декабря", True), ("31.12", True), ("Mon-Fri", True), ("Sat", True), ("pon–pet", True), ("субота", True),
     ("недеља", True), ("Ежедневно", True), ("1. i 2.1.", True), ("1 и 2 января", True), ("24 and 25 Dec", True),
     ("10 i 20 kom", False), ("Понтон", False), ("Сбербанк", False), ("Вход", False), ("Средний чек", False), ("Month", False),
     ("Satellite", False), ("Адрес", False), ("2 этаж", False), ("Monaco", False)],
)
def test_day_labels(cell: str, is_day: bool) -> None:
    assert is_day_label(cell) is is_day


def test_read_table_without_days_is_rows() -> None:
    table = read_table([["Сокол", "Ленинградский пр-т, 75"], ["Марьино", "ул. Люблинская, 169"]], ["Пункт", "Адрес"])
    assert not table.is_hours
    assert table.rows == (("Сокол", "Ленинградский пр-т, 75"), ("Марьино", "ул. Люблинская, 169"))


def test_read_table_of_dates_and_hours_is_one_block() -> None:
    table = read_table([["31 декабря", "10:00", "16:00"], ["1 января", "выходной"], ["2–8 января", "11–19"]])
    assert table.is_hours
    assert table.rows == (("31 декабря: 10:00–16:00", "1 января: выходной", "2–8 января: 11–19"),)


def test_read_table_of_days_with_noon_is_one_hours_block() -> None:
    table = read_table([["Tue / Wed / Thu", "3pm – 7:30pm"], ["Sat", "9 – noon"]])
    assert table.is_hours and len(table.rows) == 1


def test_bem_cards_of_a_store_block_are_cards_each() -> None:
    page = """<html><body><h2>Naše radnje</h2><div class="t-store t-store__grid-cont">
      <div class="t-store__card"><div class="t-store__card__title">Radnja Centar</div>
        <div class="t-store__card__descr">Glavna 4<br>svakog dana 8–20</div></div>
      <div class="t-store__card"><div class="t-store__card__title">Radnja Liman</div>
        <div class="t-store__card__descr">Dunavska 9<br>pon–pet 9–17</div></div></div></body></html>"""
    units = [(u.context[-1], u.text) for u in html_units(page).units]
    assert ("Radnja Centar", "Glavna 4\nsvakog dana 8–20") in units
    assert ("Radnja Liman", "Dunavska 9\npon–pet 9–17") in units


def test_a_store_locators_results_are_cards_each() -> None:
    page = """<html><body><h2>Find a shop</h2><div class="store-locator">
      <div class="store-locator__search"><input type="search"><button>Search</button></div>
      <ul class="store-locator__results">
        <li class="stockist-result"><div class="stockist-result-name"><strong>Oak Street</strong></div>
          <div>12 Oak St</div><div>Open daily 9–6</div></li>
        <li class="stockist-result"><div class="stockist-result-name"><strong>Riverside</strong></div>
          <div>4 River Rd</div><div>Mon–Fri 10–7</div></li></ul></div></body></html>"""
    units = [(u.context[-1], u.text) for u in html_units(page).units]
    assert ("Oak Street", "12 Oak St\nOpen daily 9–6") in units
    assert ("Riverside", "4 River Rd\nMon–Fri 10–7") in units


def test_repeated_blocks_that_name_a_place_and_give_its_address_are_cards_each() -> None:
    page = """<html><body><h2>Find a store</h2><div class="slp_results">
      <div class="results_wrapper location_primary"><span class="location_name">Oak Street</span>
        <span class="slp_result_address">12 Oak St</span><span class="slp_result_hours">Open daily 9–6</span></div>
      <div class="results_wrapper"><span class="location_name">Riverside</span>
        <span class="slp_result_address">4 River Rd</span><span class="slp_result_hours">Mon–Fri 10–7</span></div>
      </div></body></html>"""
    contexts = {u.context[-1] for u in html_units(page).units if "St" in u.text or "Rd" in u.text}
    assert contexts == {"Oak Street", "Riverside"}


def test_read_table_of_a_column_per_branch_gives_each_branch_its_card() -> None:
    table = read_table([["31.12.", "7–14", "zatvoreno"], ["2.1.", "8–15", "8–12"]], ["Datum", "Centar", "Liman"])
    assert table.rows == (("Centar", "31.12.: 7–14", "2.1.: 8–15"), ("Liman", "31.12.: zatvoreno", "2.1.: 8–12"))
    assert table.header == ("31.12.", "2.1.")  # what each card's lines are: the rows' labels
    # a column per day is the days' table, not the branches'
    assert read_table([["Centar", "7–14", "8–15"]], ["Prodavnica", "31.12.", "2.1."]).rows != table.rows


def test_read_table_of_a_column_per_branch_with_field_rows_gives_each_branch_its_card() -> None:
    rows = [["Адрес", "ул. Лесная, 4", "ул. Мира, 19"], ["Телефон", "+7 (3452) 11-22-33", "+7 (3452) 44-55-66"],
            ["Пн–Пт", "9:00–18:00", "10:00–19:00"], ["Сб–Вс", "выходной", "10:00–16:00"]]
    table = read_table(rows, ["", "Салон на Лесной", "Салон на Мира"])
    assert table.rows == (
        ("Салон на Лесной", "Адрес: ул. Лесная, 4", "Телефон: +7 (3452) 11-22-33", "Пн–Пт: 9:00–18:00", "Сб–Вс: выходной"),
        ("Салон на Мира", "Адрес: ул. Мира, 19", "Телефон: +7 (3452) 44-55-66", "Пн–Пт: 10:00–19:00",
         "Сб–Вс: 10:00–16:00"),
    )
    # a comparison of plans has no days: its columns are no branches
    plans = read_table([["Цена", "990 ₽", "1 490 ₽"], ["Пн–Пт", "9:00–18:00", "круглосуточно"]], ["", "Базовый", "Плюс"])
    assert plans.rows != table.rows and len(plans.rows) == 2


def test_a_joomla_article_wrapper_is_the_page_not_one_card() -> None:
    page = """<html><body><main><div class="com-content-article item-page" itemscope
        itemtype="https://schema.org/Article"><div class="page-header"><h1>Контакты</h1></div>
        <div itemprop="articleBody"><h2>Салон на Лесной</h2><p>ул. Лесная, 4</p>
        <h2>Салон на Мира</h2><p>ул. Мира, 19</p></div></div></main></body></html>"""
    contexts = {u.text: u.context for u in html_units(page).units}
    assert contexts["ул. Лесная, 4"] == ("Контакты", "Салон на Лесной")
    assert contexts["ул. Мира, 19"] == ("Контакты", "Салон на Мира")


def test_a_heading_after_a_closed_card_box_is_not_under_the_cards_heading() -> None:
    page = """<html><body><h1>Наши салоны</h1>
        <div class="col"><h2>Салон на Лесной</h2><p>ул. Лесная, 4</p></div>
        <div class="note"><h3>«Зимний уход»</h3><p>Скидка 10% до 31 декабря.</p></div>
        <div class="page-header"><h2>Акции</h2></div><h3>«Весна»</h3><p>Скидка 5% в марте.</p></body></html>"""
    contexts = {u.text: u.context for u in html_units(page).units}
    assert contexts["Скидка 10% до 31 декабря."] == ("Наши салоны", "«Зимний уход»")
    # a box holding only its heading heads what follows it
    assert contexts["Скидка 5% в марте."] == ("Наши салоны", "Акции", "«Весна»")


# ---------------------------------------------------------------------------
# schema.org


def test_one_malformed_json_ld_block_does_not_lose_the_others() -> None:
    text = read("html/jsonld.html", "html")
    types = [item["@type"] for item in text.structured]
    assert types == ["Organization", "BookStore", "Offer"]
    store = text.structured[1]
    assert store["@context"] == "https://schema.org"  # carried down from the @graph
    assert store["openingHoursSpecification"][1]["validFrom"] == "2025-12-31"
    assert "Испорченный блок" not in repr(text.structured)
    assert text.structured[2]["price"] == "1990"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('{"@context": "https://schema.org", "@type": "Store", "name": "A",}', [("Store", "A")]),
        ('<!-- {"@type": "Store", "name": "B"} -->', [("Store", "B")]),
        ('[{"@type": "Store", "name": "C"}, {"@type": "Offer", "name": "D"}]', [("Store", "C"), ("Offer", "D")]),
        ('{"@type": "Store", "name": "E"}\n{"@type": "Store", "name": "F"}', [("Store", "E"), ("Store", "F")]),
        ('// comment\n{"@type": "Store", "name": "G\nс переводом строки"}', [("Store", "G\nс переводом строки")]),
        ('{"@graph": [{"@type": "Store", "name": "H"}]}', [("Store", "H")]),
        ("{ not json at all", []),
        ("", []),
    ],
)
def test_json_ld_blocks(script: str, expected: list[tuple[str, str]]) -> None:
    html = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    assert [(i["@type"], i["name"]) for i in schema_org_items(html, "https://x.ru/")] == expected


def test_microdata_nested_items_stay_inside_their_parent() -> None:
    html = (
        '<div itemscope itemtype="http://schema.org/Store"><span itemprop="name">Книжный</span>'
        '<div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">'
        '<span itemprop="streetAddress">Тверская, 15</span></div>'
        '<a itemprop="email" href="mailto:a@knigdom.ru">почта</a></div>'
    )
    items = schema_org_items(html, "https://x.ru/")
    assert len(items) == 1
    assert items[0]["address"] == {"@type": "PostalAddress", "streetAddress": "Тверская, 15"}
    assert items[0]["email"] == "mailto:a@knigdom.ru"


def test_microdata_nested_hundreds_deep_is_not_read() -> None:
    deep = '<div itemscope itemtype="http://schema.org/Store"><span itemprop="name">X</span>' * 200
    shallow = '<div itemscope itemtype="http://schema.org/Store"><span itemprop="name">Книжный</span></div>'
    assert schema_org_items(deep, "https://x.ru/") == []
    assert [i["name"] for i in schema_org_items(shallow, "https://x.ru/")] == ["Книжный"]


def test_rdfa_read_only_when_present_and_compacted() -> None:
    html = (
        '<div vocab="https://schema.org/" typeof="LocalBusiness"><span property="name">Книжный на Невском</span>'
        '<div property="address" typeof="PostalAddress"><span property="streetAddress">Невский пр., 1</span></div>'
        '<span property="telephone">+7 812 000-11-22</span></div>'
    )
    items = schema_org_items(html, "https://x.ru/")
    assert items == [{
        "@context": "http://schema.org", "@type": "LocalBusiness", "name": "Книжный на Невском",
        "address": {"@type": "PostalAddress", "streetAddress": "Невский пр., 1"}, "telephone": "+7 812 000-11-22",
    }]
    assert schema_org_items('<meta property="og:title" content="Книжный"><p>x</p>', "https://x.ru/") == []


# ---------------------------------------------------------------------------
# FAQ


@pytest.fixture(scope="module")
def faq() -> DocumentText:
    return read("faq/faq.html", "faq")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Где находится магазин на Тверской?", "Тверская ул., 15, вход со стороны двора."),
        ("Как вернуть книгу?", "Вернуть книгу можно в течение 14 дней с чеком в любом магазине сети."),
        ("Можно ли вернуть электронную книгу?", "Нет, электронные книги возврату не подлежат."),
        ("Сколько идёт возврат денег на карту?", "До 10 рабочих дней."),
        ("Работаете ли вы в праздники?", "Да, кроме 1 января. 31 декабря — с 10 до 16."),
        ("Программа лояльности", "Скидка 5% по карте покупателя, 10% — от 10 000 ₽ покупок."),
        ("Есть ли скидки студентам?", "Да, 10% по студенческому билету с понедельника по четверг."),
        ("Есть ли доставка в Казань?", "Да, доставка по России занимает от 3 дней.\nСтоимость — от 299 ₽, бесплатно от 3000 ₽."),
    ],
)
def test_faq_answers(faq: DocumentText, question: str, expected: str) -> None:
    assert only(unit_under(faq, question, "answer")).text == expected


def test_faq_details_answer_keeps_its_lines_and_section(faq: DocumentText) -> None:
    answers = unit_under(faq, "До скольки работает магазин на Покровке?", "answer")
    visible = answers[0]
    assert visible.context == ("Вопросы и ответы", "Магазины", "До скольки работает магазин на Покровке?")
    assert visible.text == "Ежедневно с 10:00 до 22:00.\n31 декабря — до 16:00, 1 января магазин закрыт."
    # the JSON-LD answer says otherwise: kept, it is shown in search results
    assert [a.text for a in answers[1:]] == ["Ежедневно с 10:00 до 21:00."]


def test_questions_do_not_nest(faq: DocumentText) -> None:
    answer = only(unit_under(faq, "Можно ли вернуть электронную книгу?"))
    assert "Как вернуть книгу?" not in answer.context


@pytest.mark.parametrize(
    ("needle", "role"),
    [
        ("Здесь собраны ответы на частые вопросы покупателей.", "content"),
        ("Телефон справочной: +7 (495) 660-38-40", "content"),
        ("Главная", "boilerplate"),
        ("© Книжный дом, 2025", "boilerplate"),
    ],
)
def test_faq_non_answers(faq: DocumentText, needle: str, role: str) -> None:
    assert only([u for u in faq.units if needle in u.text]).role == role


def test_faq_page_structured_items(faq: DocumentText) -> None:
    assert [item["@type"] for item in faq.structured] == ["FAQPage"]


@pytest.mark.parametrize(
    ("text", "asks"),
    [("Как вернуть книгу?", True), ("Где находится магазин", True), ("Можно ли оплатить картой", True),
     ("Kako da vratim knjigu", True), ("Да ли радите недељом", True), ("How do I return a book", True),
     ("Доставка", False), ("Контакты", False), ("Какао и кофе — скидка 10%", False), ("Кто-то", False),
     ("Режим работы", False)],
)
def test_is_question(text: str, asks: bool) -> None:
    assert is_question(text) is asks


# ---------------------------------------------------------------------------
# Markdown and plain text


@pytest.fixture(scope="module")
def markdown() -> DocumentText:
    return read("text/contacts.md", "markdown")


def test_markdown_heading_and_prose(markdown: DocumentText) -> None:
    assert markdown.heading == "Книжный дом"
    intro = only([u for u in markdown.units if u.context == ("Книжный дом",)])
    assert intro.text == "Сеть книжных магазинов в Москве и Нижнем Новгороде. Мы работаем с 2001 года и открыты без выходных."


def test_markdown_card_under_heading(markdown: DocumentText) -> None:
    card = only(unit_under(markdown, "Книжный на Покровке"))
    assert card.context == ("Книжный дом", "Магазины", "Книжный на Покровке")
    assert card.text.split("\n") == ["Москва, ул. Покровка, д. 10", "+7 (495) 660-38-40", "Пн–Пт: 9:00–21:00", "Сб: 10–18"]


def test_markdown_tables(markdown: DocumentText) -> None:
    assert only(unit_under(markdown, "Часы работы офиса")).text == "Пн–Пт: 09:00–18:00\nСб, Вс: выходной"
    rows = unit_under(markdown, "Телефон")
    assert [r.text.split("\n") for r in rows] == [
        ["Сокол", "Ленинградский пр-т, 75", "+7 (495) 123-45-67"],
        ["Марьино", "ул. Люблинская, 169", "+7 (495) 765-43-21"],
    ]


def test_markdown_links_setext_and_code(markdown: DocumentText) -> None:
    text = all_text(markdown)
    assert "Пишите нам на почту mailto:info@knigdom.ru" in text
    assert "subject" not in text and "logo.png" not in text and "логотип" not in text
    english = unit_under(markdown, "Store hours in English")
    assert english[0].text == "Open daily 10am–10pm. Call us at tel:+74956603840."
    assert english[1].text == "# это не заголовок\nПн–Пт 9–18"
    assert "layout: page" not in text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**Адрес:** ул. Ленина, 5", [("Адрес: ул. Ленина, 5", ())]),
        ("Скидка \\*только\\* сегодня", [("Скидка *только* сегодня", ())]),
        ("[Позвонить](tel:+74956603840)", [("Позвонить tel:+74956603840", ())]),
        ("[+7 (495) 660-38-40](tel:+74956603840)", [("+7 (495) 660-38-40", ())]),
        ("snake_case_name и _курсив_", [("snake_case_name и курсив", ())]),
        ("Цена: ~~2 490 ₽~~ 1 990 ₽", [("Цена: 2 490 ₽ 1 990 ₽", ())]),
        ("Пн–Пт 10–20<br>Сб 11–18", [("Пн–Пт 10–20 Сб 11–18", ())]),
        ("Часы\n===\n\nс 10 до 22", [("с 10 до 22", ("Часы",))]),
        # a thematic break ends what came before: a sign-off after it is not the offer's
        ("Скидка 10% до 31 декабря\n\n---\n\nЕщё", [("Скидка 10% до 31 декабря", ()), ("Ещё", ())]),
        ("> Цитата: скидка 10%", [("Цитата: скидка 10%", ())]),
        ("1. Покровка\n2. Тверская", [("Покровка\nТверская", ())]),
        ("# Заголовок #\nтекст", [("текст", ("Заголовок",))]),
        ("Пн–Пт 10–20\nсб 11–18", [("Пн–Пт 10–20\nсб 11–18", ())]),
        ("Работаем каждый день\nс 10 до 22", [("Работаем каждый день с 10 до 22", ())]),
    ],
)
def test_markdown_forms(source: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(u.text, u.context) for u in markdown_units(source).units] == expected


def test_plain_text_fixture() -> None:
    text = read("text/contacts.txt", "text")
    assert text.heading == "КНИЖНЫЙ ДОМ — КОНТАКТЫ"
    address = only(unit_under(text, "Адрес"))
    assert address.context == ("КНИЖНЫЙ ДОМ — КОНТАКТЫ", "Адрес")
    assert address.text == "Москва, ул. Покровка, д. 10\nТелефон: 8 (495) 660-38-40"
    hours = only(unit_under(text, "Часы работы"))
    assert hours.text.split("\n")[:3] == ["Пн–Пт 9:00–21:00", "сб 10–18", "вс — выходной"]
    assert "кроме\n1 января. Подробности уточняйте по телефону справочной службы." in hours.text
    assert only(unit_under(text, "АКЦИИ")).text == "Скидка 20% на все книги до 31.12.2025."


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Часы работы: пн–пт 10–20", [("Часы работы: пн–пт 10–20", ())]),  # a label with a value is no heading
        ("ООО «Книжный дом», ИНН 7701234567", [("ООО «Книжный дом», ИНН 7701234567", ())]),
        ("+7 (495) 660-38-40", [("+7 (495) 660-38-40", ())]),  # no letters: not ALL CAPS
        ("• Покровка\n• Тверская", [("Покровка\nТверская", ())]),
        ("Адреса магазинов:\n\nПокровка, 10", [("Покровка, 10", ("Адреса магазинов",))]),
        ("Контакты\n--------\nул. Ленина, 5", [("ул. Ленина, 5", ("Контакты",))]),
    ],
)
def test_plain_text_forms(source: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(u.text, u.context) for u in text_units(source).units] == expected


# ---------------------------------------------------------------------------
# Dispatch


def test_unknown_format_is_refused() -> None:
    document = Document(url="file:///x.pdf", channel="website", source=0, format="pdf", body=b"x")
    with pytest.raises(UnreadableDocument, match="unknown format 'pdf'"):
        read_document(document)


@pytest.mark.parametrize(
    ("fmt", "body", "heading"),
    [
        ("md", b"# \xd0\x9a\xd0\xbe\xd0\xbd\xd1\x82\xd0\xb0\xd0\xba\xd1\x82\xd1\x8b\n\n+7 495 660-38-40", "Контакты"),
        ("txt", b"+7 495 660-38-40", "Title from crawl"),
        ("html", b"", "Title from crawl"),
    ],
)
def test_format_aliases_and_title_fallback(fmt: str, body: bytes, heading: str) -> None:
    document = Document(url="file:///x", channel="website", source=0, format=fmt, body=body, title="Title from crawl")
    assert read_document(document).heading == heading


def test_faq_units_from_a_string() -> None:
    html = (
        "<h1>FAQ</h1><details><summary>Do you deliver to Belgrade?</summary>Yes, in 5–7 days.</details>"
        "<p>Any other question? Call us.</p>"
    )
    items = [{"@type": "FAQPage", "mainEntity": {"@type": "Question", "name": "Do you deliver to Belgrade?",
                                                  "acceptedAnswer": {"text": "Yes, in 5–7 days."}}}]
    units = faq_units(html, items).units
    assert [(u.text, u.context, u.role) for u in units] == [
        ("Yes, in 5–7 days.", ("FAQ", "Do you deliver to Belgrade?"), "answer"),
        ("Any other question? Call us.", ("FAQ",), "content"),
    ]


# ---------------------------------------------------------------------------
# Properties: readers never raise, whatever the text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("<>/=\"' \n\tabdiplrthu#*|-_[]()!:;&") + ["<p>", "<br>", "<td>", "<h2>",
                                                                            "</div>", "Пн–Пт 10–22", "тел."]),
                max_size=120).map("".join))
def test_text_readers_never_raise(source: str) -> None:
    for reader in (html_units, markdown_units, text_units):
        for unit in reader(source).units:
            assert unit.text.strip() == unit.text and unit.text


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_returns_text_or_refuses(body: bytes) -> None:
    try:
        assert isinstance(decode(body), str)
    except UndecodableDocument:
        pass


def test_a_stores_table_with_day_columns_after_label_columns_keeps_each_rows_hours():
    from consistency.documents.html import _day_header

    assert _day_header(["Клуб", "Адрес", "Будни", "Выходные"])
    assert _day_header(["Пн–Пт", "Сб", "Вс"])
    assert not _day_header(["Клуб", "Будни", "Адрес", "Телефон"])  # days not at the end: not a schedule header
    assert not _day_header(["Клуб", "Адрес", "Телефон"])


def test_a_table_with_a_column_per_holiday_keeps_each_holiday_with_its_hours():
    source = ("## Holiday hours\n\n| Store | Christmas Eve (Thu 12/24) | New Year's Day (Fri 1/1) |\n|---|---|---|\n"
              "| Old Port | 9–3 | 11–5 |\n| Bangor | 10–2 | Closed |\n")
    texts = [u.text for u in markdown_units(source).units]
    assert "Old Port\nChristmas Eve (Thu 12/24): 9–3\nNew Year's Day (Fri 1/1): 11–5" in texts
    assert "Bangor\nChristmas Eve (Thu 12/24): 10–2\nNew Year's Day (Fri 1/1): Closed" in texts
    assert not is_day_label("Store")


def test_a_hard_wrapped_press_release_is_read_as_its_sentences():
    source = ("Swirlberry Oro Valley, at 10550 N Oracle Rd, Suite 140, Oro Valley, AZ\n"
              "85737, is the chain's largest shop yet: 2,400 square feet, 20 flavor\n"
              "handles and a shaded patio.\n\nHours\nMon-Fri 9-5\nSat 10-4\n")
    text = "\n".join(u.text for u in text_units(source).units)
    assert ("Swirlberry Oro Valley, at 10550 N Oracle Rd, Suite 140, Oro Valley, AZ 85737, is the chain's largest shop "
            "yet: 2,400 square feet, 20 flavor handles and a shaded patio.\n") in text
    assert "Mon-Fri 9-5\nSat 10-4" in text  # short lines stay lines


def test_a_plain_text_list_with_hyphen_bullets_and_wrapped_items():
    source = ("OFFERS AT THE NEW STORE\n\n"
              "  - Grand Opening Sale: up to 50% off select luxury vinyl plank and carpet\n"
              "    remnants, Dec. 5-12.\n"
              "  - Grout & Go: $10 off $50 on thinset, grout and setting materials,\n"
              "    opening weekend only (Dec. 5-6).\n")
    text = "\n".join(u.text for u in text_units(source).units)
    assert ("Grand Opening Sale: up to 50% off select luxury vinyl plank and carpet remnants, Dec. 5-12.\n"
            "Grout & Go: $10 off $50 on thinset, grout and setting materials, opening weekend only (Dec. 5-6).") in text


def test_a_plain_text_title_fenced_by_rules_titles_the_paragraph_under_it():
    source = ("Hello, paddlers!\n\n"
              "----------------------------------------\n"
              "KAYAK TUNE-UP WEEKS - 20% OFF\n"
              "----------------------------------------\n\n"
              "Drop your kayak at the Riverside shop before March 3 and save on any tune-up.\n\n"
              "========================================\n"
              "** SPRING IS HERE!\n"
              "========================================\n\n"
              "Paddles are 10% off all April.\n\n"
              "----------------------------------------\n"
              "Riverside Paddle Co, 12 Dock Rd, Springfield\n")
    units = [(u.text, u.context) for u in text_units(source).units]
    assert ("Drop your kayak at the Riverside shop before March 3 and save on any tune-up.",
            ("KAYAK TUNE-UP WEEKS - 20% OFF",)) in units
    # a headline sentence opens the text it goes on into; the mailing's "**" heading mark is not its words
    assert ("SPRING IS HERE!\nPaddles are 10% off all April.", ()) in units
    # a rule that titles nothing only separates: the footer is neither joined to the offer nor shows the rule
    assert ("Riverside Paddle Co, 12 Dock Rd, Springfield", ()) in units
    assert not any("---" in text or "===" in text for text, _ in units)


def test_a_plain_text_rule_under_column_labels_still_underlines_a_table():
    source = ("Shop        Mon     Tue     Sat\n"
              "--------------------------------\n"
              "Riverside   9-5     9-5     10-2\n"
              "Hilltop     10-6    10-6    closed\n")
    text = "\n".join(u.text for u in text_units(source).units)
    assert "Riverside\nMon: 9-5\nTue: 9-5\nSat: 10-2" in text and "---" not in text


def test_fine_print_after_a_bordered_box_is_the_pages_not_the_boxs():
    html = ('<main><h1>Winter sale</h1><div class="grid"><p>Everything in store is on sale this week.</p></div>'
            '<div class="promo-group has-border-color"><h2>Hilltop Tent Clearance</h2>'
            '<p>At the Hilltop shop only: display tents are half price this weekend.</p></div>'
            '<p class="small">Offer valid through 1/31/27. Up to 25% off applies to regular prices.</p></main>')
    units = [(u.text, u.context) for u in html_units(html).units]
    assert ("At the Hilltop shop only: display tents are half price this weekend.",
            ("Winter sale", "Hilltop Tent Clearance")) in units
    assert ("Offer valid through 1/31/27. Up to 25% off applies to regular prices.", ("Winter sale",)) in units
    # a box that is not drawn apart keeps heading what follows it
    plain = ('<h2>Riverside</h2><div class="text"><h3>Address</h3><p>12 Dock Rd</p></div><p>Mon–Fri 9–5</p>')
    assert ("Mon–Fri 9–5", ("Riverside", "Address")) in [
        (line, u.context) for u in html_units(plain).units for line in u.text.split("\n")]


def test_a_table_caption_titles_the_tables_units():
    html = ("<h2>Our hours</h2><table><caption>Holiday hours (Dec 20 – Jan 3)</caption>"
            "<tr><th>Day</th><th>Hours</th></tr><tr><td>Monday</td><td>10 AM – 4 PM</td></tr>"
            "<tr><td>Tuesday</td><td>10 AM – 4 PM</td></tr></table>"
            "<table><caption>Branches</caption><tr><th>Branch</th><th>Phone</th></tr>"
            "<tr><td>Elm Street</td><td>(555) 010-2233</td></tr></table>")
    assert units_of(html) == [
        ("Monday: 10 AM – 4 PM\nTuesday: 10 AM – 4 PM", ("Our hours", "Holiday hours (Dec 20 – Jan 3)"), "content"),
        ("Elm Street\n(555) 010-2233", ("Our hours", "Branches", "Branch", "Phone"), "content"),
    ]
    # rendered whole (inside a card), the caption is the table's first line
    card = units_of('<div class="store"><h3>Elm Street</h3><p>12 Elm St</p><table><caption>Summer hours</caption>'
                    "<tr><td>Sat</td><td>9–1</td></tr></table></div>")
    assert card == [("12 Elm St\nSummer hours\nSat: 9–1", ("Elm Street",), "content")]


def test_a_long_table_caption_is_a_note_before_the_rows():
    note = ("Lobby hours are listed below; drive-up windows open half an hour earlier at every branch that has one, "
            "and close with the lobby.")
    units = units_of(f"<h2>Hours</h2><table><caption>{note}</caption><tr><td>Mon</td><td>9–5</td></tr></table>")
    assert units == [(f"{note}\nMon: 9–5", ("Hours",), "content")]


def test_a_posts_category_class_does_not_make_the_post_one_card():
    html = ('<article class="post-12 post type-post hentry category-store-news tag-downtown">'
            "<h1>Spring news</h1><h2>New shop</h2><p>We open at 40 Oak Ave on May 2.</p>"
            "<h2>Closures</h2><p>Closed May 25 for Memorial Day.</p></article>")
    assert units_of(html) == [
        ("We open at 40 Oak Ave on May 2.", ("Spring news", "New shop"), "content"),
        ("Closed May 25 for Memorial Day.", ("Spring news", "Closures"), "content"),
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<h1>Deals</h1><p>Ends soon.</p><section class="hero"><span class="hero__eyebrow">Mar 3 – Mar 9</span>'
            "<h2>Spring Paint Sale</h2><p>20% off interior paint.</p></section>",
            [("Ends soon.", ("Deals",), "content"),
             ("Mar 3 – Mar 9\n20% off interior paint.", ("Deals", "Spring Paint Sale"), "content")],
            id="eyebrow-span-before-the-heading",
        ),
        pytest.param(
            '<h2>Offers</h2><p>Two offers this month.</p><div class="grid"><div class="tile"><div class="tile__badge">'
            'Through 4/30/27</div><h3>Free Filter</h3><p>With any service.</p></div></div>',
            [("Two offers this month.", ("Offers",), "content"),
             ("Through 4/30/27\nWith any service.", ("Offers", "Free Filter"), "content")],
            id="badge-in-a-tile",
        ),
        pytest.param(
            '<h2>Intro</h2><p>Welcome.</p><div class="row"><div class="widget"><div class="widget-inner">'
            '<p class="title">Oct 2–8</p></div></div><div class="widget"><div class="widget-inner"><h2>Fall Week</h2>'
            "</div></div><div class=\"widget\"><p>Half off cider.</p></div></div>",
            [("Welcome.", ("Intro",), "content"), ("Oct 2–8\nHalf off cider.", ("Fall Week",), "content")],
            id="page-builder-widgets-wrap-each",
        ),
        pytest.param(
            "<h2>Winter hours</h2><p>Open 9–5 daily.</p><p>Updated Nov 2</p><h2>Parking</h2><p>Free after 6.</p>",
            [("Open 9–5 daily.\nUpdated Nov 2", ("Winter hours",), "content"),
             ("Free after 6.", ("Parking",), "content")],
            id="a-closing-date-line-stays",
        ),
        pytest.param(
            "<section><h2>Winter hours</h2><p>Open 9–5 daily.</p><div><p>Updated Nov 2</p></div></section>"
            "<section><h2>Parking</h2><p>Free after 6.</p></section>",
            [("Open 9–5 daily.\nUpdated Nov 2", ("Winter hours",), "content"),
             ("Free after 6.", ("Parking",), "content")],
            id="a-date-line-closing-its-section-element-stays",
        ),
        pytest.param(
            '<h2>News</h2><p>Hi.</p><div class="hero"><span>Nov 9</span><h4>Minor note</h4><p>Text.</p></div>',
            [("Hi.\nNov 9", ("News",), "content"), ("Text.", ("News", "Minor note"), "content")],
            id="only-before-a-main-heading",
        ),
        pytest.param(
            '<div class="page"><nav class="breadcrumbs"><a href="/">Home</a> / <a href="/sale">Sale</a></nav>'
            "<h1>Sale</h1><p>Up to 30% off.</p></div>",
            [("Home / Sale", (), "boilerplate"), ("Up to 30% off.", ("Sale",), "content")],
            id="navigation-stays-chrome",
        ),
    ],
)
def test_a_kicker_line_belongs_to_the_heading_after_it(html: str, expected: list) -> None:
    assert units_of(html) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            '<p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
            '<span itemprop="streetAddress">88 Birch Rd</span><span class="unit">Unit 4</span></p>',
            "88 Birch Rd Unit 4", id="microdata-property-beside-a-span",
        ),
        pytest.param(
            '<p><span itemprop="addressLocality">Salem</span>, <span itemprop="addressRegion">OR</span>'
            '<span itemprop="postalCode">97301</span></p>',
            "Salem, OR 97301", id="punctuation-keeps-its-place",
        ),
        pytest.param('<p>Price: $<span itemprop="price">49</span>.99</p>', "Price: $49.99", id="not-inside-a-number"),
        pytest.param("<p><b>Sale</b>s end <i>Fri</i>day</p>", "Sales end Friday", id="ordinary-inline-markup-joins"),
        pytest.param('<p><a href="/rx">Pharmacy</a><a href="/ad">Weekly Ad</a><button>Sign in</button></p>',
                     "Pharmacy Weekly Ad Sign in", id="links-and-buttons-side-by-side"),
        pytest.param('<p>Call <a href="tel:5550102">555-0102</a>, or <a href="/map">find us</a>.</p>',
                     "Call 555-0102, or find us.", id="links-in-a-sentence-keep-its-spacing"),
        pytest.param('<p><span style="display:block">Oak Plaza</span><span style="display: block">12 Oak St</span></p>',
                     "Oak Plaza\n12 Oak St", id="inline-styled-as-block"),
    ],
)
def test_side_by_side_items_are_not_glued(html: str, expected: str) -> None:
    assert [u.text for u in html_units(html).units] == [expected]


def test_a_footnote_under_a_table_joins_the_rows_that_carry_its_mark():
    html = ("<h2>Branches</h2><div class=\"table-wrap\"><table><tr><th>Branch</th><th>Mon–Fri</th><th>Sat</th></tr>"
            "<tr><td>Riverside*</td><td>8–6</td><td>9–1</td></tr><tr><td>Hilltop</td><td>9–5</td><td>closed</td></tr>"
            "</table></div><p class=\"note\">* Riverside closes for lunch 12–1 on weekdays.<br>Parking is free.</p>")
    units = units_of(html)
    assert units[0][0] == "Riverside\nMon–Fri: 8–6\nSat: 9–1\nRiverside closes for lunch 12–1 on weekdays."
    assert units[1][0] == "Hilltop\nMon–Fri: 9–5\nSat: closed"
    assert units[2][0] == "* Riverside closes for lunch 12–1 on weekdays.\nParking is free."
    # a note without the mark in any row, or a paragraph that is no note, leaves the rows alone
    plain = units_of("<table><tr><td>Mon</td><td>9–5</td></tr></table><p>*** Spring sale *** this weekend</p>")
    assert plain == [("Mon: 9–5\n*** Spring sale *** this weekend", (), "content")]


def test_a_hard_wrapped_markdown_paragraph_keeps_a_line_that_opens_with_a_date():
    source = ("Orders placed after\n24. December will ship in January.\n\n"
              "Steps:\n1. Order online\n2. Pick up in store\n")
    texts = [u.text for u in markdown_units(source).units]
    assert "Orders placed after\n24. December will ship in January." in "\n".join(texts)
    assert "Order online\nPick up in store" in "\n".join(texts)  # a list that starts at 1 still interrupts


def test_a_table_of_branches_under_one_special_day_keeps_the_day_with_each_row():
    table = read_table([["Elm Street", "9–3"], ["Hilltop", "closed"]], ["Branch", "Dec 24"])
    assert table.rows == (("Elm Street", "Dec 24: 9–3"), ("Hilltop", "Dec 24: closed"))
    # a label and a column that is no day stay plain rows
    assert read_table([["Elm Street", "9–3"]], ["Branch", "Hours"]).rows == (("Elm Street", "9–3"),)


def test_the_options_of_a_store_filter_are_not_read_as_statements():
    html = ('<h1>Stores</h1><form class="filter"><label><input type="checkbox" name="h24"> Open 24 hours</label> '
            '<label><input type="checkbox" name="sun"> Open Sundays</label></form>'
            '<p><label for="q">Search by city</label> <input id="q" type="text"></p>'
            "<p>Elm Street: Mon–Sat 9–6</p>")
    assert units_of(html) == [("Search by city\nElm Street: Mon–Sat 9–6", ("Stores",), "content")]


def test_a_newsletters_sender_in_the_front_matter_is_read_as_chrome():
    source = ('---\ntitle: "Spring news"\nfrom: "Oak Street Books <news@oakstreetbooks.example>"\n'
              "date: 2027-03-01T09:30:00+01:00\ntags: [events]\n---\n\n# Spring news\n\nStory hour returns Saturdays.\n")
    units = [(u.text, u.role) for u in markdown_units(source).units]
    assert units[0] == ("from: Oak Street Books <news@oakstreetbooks.example>", "boilerplate")
    assert all("2027-03-01" not in text and "events" not in text for text, _ in units)
    assert markdown_units(source).heading == "Spring news"


def test_a_card_titled_like_the_section_before_it_is_its_sibling_not_its_part():
    html = ("<h1>Deals</h1><article><h2>Member Mondays</h2><p>Double points every Monday.</p></article>"
            '<section class="store-opening"><h2>Grand Opening</h2><p>Our Elm St store opens May 2.</p>'
            "<p>10% off all day.</p></section>"
            '<div><h3>Elm Street</h3><div class="store-hours"><h3>Hours</h3><p>Mon–Sat 9–6</p><p>Sun 10–4</p></div></div>')
    assert units_of(html) == [
        ("Double points every Monday.", ("Deals", "Member Mondays"), "content"),
        ("Our Elm St store opens May 2.\n10% off all day.", ("Deals", "Grand Opening"), "content"),
        ("Mon–Sat 9–6\nSun 10–4", ("Deals", "Elm Street", "Hours"), "content"),  # a card inside the open section
    ]


# ---------------------------------------------------------------------------
# HTML: a site's chrome, walked once and replayed on its other pages

_CHROME = ("<header><a href='/'>Книжная сеть</a><nav><ul><li><a href='/a'>Акции</a></li><li><a href='/s'>Магазины</a>"
           "</li></ul></nav><h1 class='logo'>Переплёт</h1><p>8 800 555-35-35</p></header>")
_FOOTER = "<footer><h3>Контакты</h3><p>info@pereplet.ru</p><p>Пн–Вс 9–21</p></footer>"


@pytest.mark.parametrize("body", [
    "<main><h1>Магазин на Ленина</h1><p>ул. Ленина, 5</p><h2>Часы</h2><p>Пн–Пт 10–20</p></main>",
    # a kicker line right above the page's heading, and a tab panel: the page's own, whatever the chrome did
    "<main><section><p class='eyebrow'>1–7 декабря</p><h2>Неделя книги</h2><p>Скидка 10%</p></section></main>",
    "<main><h2>Вопросы</h2><details><summary>Где вы?</summary><p>ул. Мира, 3</p></details></main>",
])
def test_a_chrome_seen_on_an_earlier_page_reads_as_walked_afresh(body):
    from consistency.documents import html as reader

    page = f"<html><body>{_CHROME}{body}{_FOOTER}</body></html>"
    reader._CHROME_WALKS.cache_clear()
    fresh = units_of(page)
    assert reader._CHROME_WALKS  # the header and footer were kept
    other = units_of(f"<html><body>{_CHROME}<main><h1>Магазин на Мира</h1><p>ул. Мира, 3</p></main>{_FOOTER}</body></html>")
    replayed = units_of(page)
    assert replayed == fresh
    assert any("8 800 555-35-35" in text and role == "boilerplate" for text, _, role in replayed)
    assert any("Магазин на Мира" in " ".join(context) for _, context, _ in other)


def test_markdown_a_bold_name_over_its_lines_heads_them() -> None:
    text = markdown_units(
        "## Праздничный график\n\n**Пекарня Заречье** (Лесная 4)\n- 31 декабря — с 9 до 16\n\n"
        "**Пекарня Центр**\n- 1 января не работаем\n\n**Важно:** заказы принимаем до 30 декабря.\n"
    )
    assert [(u.context, u.text) for u in text.units] == [
        (("Праздничный график", "Пекарня Заречье"), "(Лесная 4)\n31 декабря — с 9 до 16"),
        (("Праздничный график", "Пекарня Центр"), "1 января не работаем"),
        (("Праздничный график",), "Важно: заказы принимаем до 30 декабря."),
    ]


def test_plain_text_a_street_line_is_not_wrapped_prose() -> None:
    text = text_units("Наши магазины\n«Кубарик» на Садовой\nул. Садовая, 12\nтел. 8 (3412) 90-12-30\n")
    assert text.units[0].text == "Наши магазины\n«Кубарик» на Садовой\nул. Садовая, 12\nтел. 8 (3412) 90-12-30"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Пекара Лука (Моше Пијаде 12)", ("Пекара Лука", "(Моше Пијаде 12)")),
        ("Holiday hours (Dec 24–26)", ("Holiday hours (Dec 24–26)", None)),
        ("Lunch (11:30–14:00)", ("Lunch (11:30–14:00)", None)),
        ("Carlisle (new in 2026)", ("Carlisle (new in 2026)", None)),
        ("Knoxville (Northshore)", ("Knoxville (Northshore)", None)),
    ],
)
def test_an_address_in_brackets_ends_a_heading_but_a_date_or_time_does_not(heading, expected) -> None:
    assert heading_aside(heading) == expected


def test_a_headings_address_opens_its_section() -> None:
    assert units_of("<h2>Пекара Лука (Моше Пијаде 12)</h2><p>31. децембра: од 7 до 22 ч</p>") == [
        ("(Моше Пијаде 12)\n31. децембра: од 7 до 22 ч", ("Пекара Лука",), "content")
    ]
    text = markdown_units("## Пекара Лука (Моше Пијаде 12)\n\n- 31. децембра: од 7 до 22 ч\n")
    assert [(u.context, u.text) for u in text.units] == [
        (("Пекара Лука",), "(Моше Пијаде 12)\n31. децембра: од 7 до 22 ч")
    ]


# Shortcuts of the HTML reader: each must give what the long way gives.

_SHORTCUT_PAGES = [
    "<ul><li>Центр</li> <li>Север</li><script>x()</script>\n<li hidden>Юг</li></ul>",
    "<ul>Наши салоны:<li>Центр</li><li>Север</li></ul>",
    "<ul><li>Центр</li>, <li>Север</li></ul>",
    "<ul><li>Центр</li><span>Север</span><li>Юг</li></ul>",
    "<ol>\u200b<li>One</li>\n\t<li>Two <a href='tel:+74951234567'>call</a></li></ol>",
    "<div class='store-card'><h3>Центр</h3><p>ул. Ленина, 1</p><p>9–18</p></div>",
    "<div class='store-card'><span>Центр</span> <b>ул. Ленина, 1</b></div>",
    "<div class='store-card'></div>",
]


@pytest.mark.parametrize("markup", _SHORTCUT_PAGES)
def test_a_list_of_one_line_items_reads_as_rendering_it_whole(markup):
    root = parse_html(f"<html><body>{markup}</body></html>")
    for element in root.iter("ul", "ol"):
        if _only_items(element):
            items = [child for child in element if child.tag == "li" and "hidden" not in child.attrib]
            assert [line for item in items for line in render_lines(item)] == render_lines(element)


@pytest.mark.parametrize("markup", _SHORTCUT_PAGES)
def test_has_lines_counts_as_rendering_does(markup):
    root = parse_html(f"<html><body>{markup}</body></html>")
    for element in root.iter():
        for count in (1, 2, 3):
            assert has_lines(element, count) == (len(render_lines(element)) >= count)


def test_an_accordion_title_in_its_own_wrapper_heads_the_answer_beside_the_wrapper() -> None:
    page = """<html><body><div class="faq"><div class="acc-item">
      <div class="tab-title"><a class="site-accordion-title">Is the Pine Street shop open on Sundays?</a></div>
      <div class="tab-content"><p>Yes, from 10 to 4.</p></div></div></div></body></html>"""
    [answer] = [u for u in faq_units(page).units if u.role == "answer"]
    assert (answer.context[-1], answer.text) == ("Is the Pine Street shop open on Sundays?", "Yes, from 10 to 4.")


def test_an_asking_header_of_an_item_in_an_accordion_block_is_its_question() -> None:
    # Tilda's accordion: the block is classed as one, its items' headers and contents only by position
    page = """<html><body><div class="t668"><div class="t668__accordion" data-accordion="true">
      <div class="t668__wrapper"><div class="t668__header"><div class="t668__title">Работает ли студия на Мира в субботу?</div>
      </div><div class="t668__content"><div class="t668__text">Да, с 10 до 16.</div></div></div>
      <div class="t668__wrapper"><div class="t668__header"><div class="t668__title">Оплата</div></div>
      <div class="t668__content"><div class="t668__text">Картой или наличными.</div></div></div>
    </div></div></body></html>"""
    answers = [(u.context[-1], u.text) for u in faq_units(page).units if u.role == "answer"]
    assert answers == [("Работает ли студия на Мира в субботу?", "Да, с 10 до 16.")]


def test_a_table_of_branch_columns_with_an_address_row_and_no_days_is_one_card_per_branch() -> None:
    head = ["", "Школа Чачак", "Школа Пожега"]
    rows = [["Адреса", "Градско шеталиште 4", "Трг слободе 2"], ["Телефон", "032/100-200", "031/300-400"],
            ["Радно време", "пон–пет 9–17", "уто и чет 12–18"]]
    table = read_table(rows, head)
    assert table.per_branch
    assert table.rows[1] == ("Школа Пожега", "Адреса: Трг слободе 2", "Телефон: 031/300-400",
                               "Радно време: уто и чет 12–18")


def test_a_comparison_table_without_an_address_or_phone_row_is_no_branch_list() -> None:
    table = read_table([["Цена", "990 ₽", "1490 ₽"], ["Скорость", "100 Мбит/с", "500 Мбит/с"]],
                       ["", "Базовый", "Премиум"])
    assert not table.per_branch


def test_a_heading_opening_the_next_record_of_a_builders_page_heads_only_that_record() -> None:
    # the box of the heading before has closed by the time this one is read; the footer record after it is the page's
    page = """<html><body><div class="records">
      <div class="rec"><h1>Canoe rentals on the Green River</h1></div>
      <div class="rec"><h2>Where we are</h2><p>12 Mill Road, Riverton</p></div>
      <div class="rec"><h2>Offers</h2><div class="offer"><div class="offer__title">Early bird</div>
        <div class="offer__descr">10% off weekday canoes through March 31.</div></div></div>
      <div class="rec"><h2>Holidays</h2><p>Closed on January 1.</p></div>
      <div class="rec"><div class="footer-text">Green River Canoe LLC, 12 Mill Road, Riverton</div></div>
    </div></body></html>"""
    units = {u.text: u.context for u in html_units(page).units}
    assert units["Closed on January 1."] == ("Canoe rentals on the Green River", "Holidays")
    assert units["Green River Canoe LLC, 12 Mill Road, Riverton"] == ("Canoe rentals on the Green River",)


def test_sibling_boxes_each_opened_by_a_bold_name_are_cards_titled_by_it() -> None:
    page = """<html><body><h2>Our shops</h2><div class="grid">
      <div class="elem"><div class="atom"><b>Harbour shop</b><br>5 Quay Street<br>daily 9–18</div></div>
      <div class="elem"><div class="atom"><b>Market shop</b><br>40 Market Square<br>Mon–Sat 10–20</div></div>
    </div></body></html>"""
    units = {u.text: u.context for u in html_units(page).units}
    assert units["5 Quay Street\ndaily 9–18"] == ("Our shops", "Harbour shop")
    assert units["40 Market Square\nMon–Sat 10–20"] == ("Our shops", "Market shop")


def test_sibling_boxes_each_opened_by_a_line_classed_as_a_name_are_cards_titled_by_it() -> None:
    page = """<html><body><h2>Winter offers</h2><div class="offers">
      <div class="blk__col"><div class="x-name">Pensioners' Tuesday</div>
        <div class="x-descr">Every Tuesday in January 10% off a wash.</div></div>
      <div class="blk__col"><div class="x-name">Family pass</div>
        <div class="x-descr">From 5 to 20 February a fourth wash free.</div></div>
    </div></body></html>"""
    units = {u.text: u.context for u in html_units(page).units}
    assert units["Every Tuesday in January 10% off a wash."] == ("Winter offers", "Pensioners' Tuesday")
    assert units["From 5 to 20 February a fourth wash free."] == ("Winter offers", "Family pass")


def test_page_sections_opened_by_a_title_class_are_not_cards() -> None:
    page = """<html><body>
      <div class="rec"><div class="box"><div class="sec-title">Shops</div></div><div class="grid">
        <div class="elem"><b>Harbour shop</b><br>5 Quay Street<br>daily 9–18</div>
        <div class="elem"><b>Market shop</b><br>40 Market Square<br>Mon–Sat 10–20</div></div></div>
      <div class="rec"><div class="box"><div class="sec-title">Offers</div></div>
        <div class="box"><p>Spring sale 10% off.</p></div></div>
    </body></html>"""
    units = {u.text: u.context for u in html_units(page).units}
    assert units["5 Quay Street\ndaily 9–18"] == ("Shops", "Harbour shop")  # the section is walked, not one card


def test_bold_labels_do_not_make_sibling_boxes_cards() -> None:
    page = """<html><body><h2>Contacts</h2><div class="grid">
      <div class="elem"><b>Address:</b><br>5 Quay Street</div>
      <div class="elem"><b>Phone:</b><br>555-0100</div></div></body></html>"""
    assert all(u.context == ("Contacts",) for u in html_units(page).units)


def test_a_card_named_by_its_street_and_town_gives_that_address_as_a_line() -> None:
    page = """<html><body><h2>Our salons</h2>
      <div class="salon-card"><h3>Orchard Lane 14, Millbrook</h3><div class="hours">Weekdays 9–19</div>
        <div class="phone">Tel. 555 0101</div></div>
      <div class="salon-card"><h3>Harbour salon</h3><div class="hours">Daily 10–22</div>
        <div class="phone">Tel. 555 0102</div></div></body></html>"""
    units = {u.context[-1]: u.text for u in html_units(page).units}
    assert units["Orchard Lane 14, Millbrook"] == "Orchard Lane 14, Millbrook\nWeekdays 9–19\nTel. 555 0101"
    assert units["Harbour salon"] == "Daily 10–22\nTel. 555 0102"


def test_a_table_row_of_one_cell_across_the_table_labels_the_rows_under_it() -> None:
    """A town's row spanning the table ("Lindale") heads that town's shops, up to the next such row."""
    source = (
        "<table><tr><th>Shop</th><th>Address</th><th>Phone</th></tr>"
        "<tr><th colspan=3>Lindale</th></tr>"
        "<tr><td>Market Square</td><td>4 Elm Row</td><td>555-0101</td></tr>"
        "<tr><th colspan=3>Ferris</th></tr>"
        "<tr><td>Station Yard</td><td>9 Quay Lane</td><td>555-0102</td></tr>"
        "<tr><td>Old Mill</td><td>2 Weir Road</td><td>555-0103</td></tr>"
        "</table>"
    )
    units = {u.text.split("\n")[0]: u.context for u in html_units(source).units}
    assert "Lindale" in units["Market Square"]
    assert "Ferris" in units["Old Mill"] and "Lindale" not in units["Old Mill"]
    assert "Lindale" not in units and "Ferris" not in units  # no longer rows of their own
