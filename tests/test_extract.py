"""Whom a fact is about: the real readers and extractors over small documents written for these tests.

Every rule of `consistency/facts/attribution.py` (and of the layout readers beside it: `sections.py`,
`page_branch.py`, `news.py`, `brand.py`) has a document where it decides
the entity and a look-alike where it must not.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from consistency.documents.document import Document
from consistency.documents.reader import read_document
from consistency.facts.extract import ExtractionSettings, extract_facts

TODAY = date(2026, 11, 20)
RU = ExtractionSettings(region="RU", city="Москва")
US = ExtractionSettings(region="US", city=None)
RS = ExtractionSettings(region="RS", city="Београд")


def document(body: str, fmt: str = "html", *, channel: str = "website", name: str = "page", title: str | None = None):
    return Document(url=f"file:///site/{name}.{fmt}", channel=channel, source=0, format=fmt,
                    body=body.encode("utf-8"), title=title)


def facts(*documents: Document, settings: ExtractionSettings = RU):
    """(kind, value, entity) of every fact but entity mentions, in order."""
    texts = [read_document(d) for d in documents]
    found = extract_facts(texts, as_of=TODAY, settings=settings)
    return [(f.kind, f.value, f.entity) for f in found if f.kind != "entity"]


def entity_of(found, kind: str, value: str):
    entities = {e for k, v, e in found if k == kind and v == value}
    assert len(entities) == 1, (kind, value, found)
    return entities.pop()


def entities_of(found, kind: str, value: str) -> set:
    return {e for k, v, e in found if k == kind and v == value}


def html(main: str, *, h1: str = "Контакты", footer: str = "") -> str:
    return (f"<html><body><header><nav>Главная Магазины Контакты</nav></header><main><h1>{h1}</h1>{main}</main>"
            f"<footer>{footer}</footer></body></html>")


# Layout: table rows, list cards, cards under headings -----------------------------------------


def test_a_stores_table_row_is_about_the_branch_in_its_first_cell():
    page = html("""
        <table><thead><tr><th>Салон</th><th>Адрес</th><th>Телефон</th></tr></thead><tbody>
        <tr><td>Сухаревская</td><td>ул. Сретенка, д. 27</td><td>+7 (495) 601-11-01</td></tr>
        <tr><td>Тёплый Стан</td><td>ул. Профсоюзная, д. 129</td><td>+7 (495) 601-11-02</td></tr>
        </tbody></table>""", h1="Салоны связи")
    found = facts(document(page))
    assert entity_of(found, "phone", "+74956011101") == "Сухаревская"
    assert entity_of(found, "address", "москва, ул профсоюзная, д 129") == "Тёплый Стан"


def test_a_table_of_offers_names_each_row_by_its_first_cell_not_by_the_last_column():
    page = html("""
        <h2>Спецпредложения</h2>
        <table><thead><tr><th>Акция</th><th>Условия</th><th>Срок</th></tr></thead><tbody>
        <tr><td>Снежный старт</td><td>Скидка 15% на заточку коньков</td><td>до 25 декабря</td></tr>
        <tr><td>Три пары</td><td>Скидки до 30% при заточке от 3 пар</td><td>с 1 по 31 января</td></tr>
        </tbody></table>""", h1="Мастерская")
    promotions = {v for k, v, _ in facts(document(page)) if k == "promotion"}
    assert promotions == {"Снежный старт", "Три пары"}


def test_a_plural_heading_over_a_table_of_offers_names_none_of_them():
    page = html("""
        <h2>Akcije u decembru</h2>
        <table><tr><th>Usluga</th><th>Uslovi</th><th>Važi</th></tr>
        <tr><td>Zimski servis</td><td>popust 20% na servis bicikla</td><td>do 15. decembra</td></tr>
        <tr><td>Lanci za sneg</td><td>10% popusta</td><td>1–20. decembar</td></tr>
        </table>""", h1="Biciklana")
    promotions = {v for k, v, _ in facts(document(page), settings=RS) if k == "promotion"}
    assert promotions == {"Zimski servis", "Lanci za sneg"}


def test_a_table_of_days_names_its_rows_with_the_type_word_of_its_first_column():
    page = html("""
        <table><tr><th>Химчистка</th><th>Пн–Пт</th><th>Сб</th></tr>
        <tr><td>на Полянке</td><td>8:00–20:00</td><td>10:00–16:00</td></tr>
        <tr><td>в Тушине</td><td>9:00–21:00</td><td>10:00–18:00</td></tr></table>""", h1="Часы работы")
    found = facts(document(page))
    assert entity_of(found, "hours", "Mo-Fr 09:00-21:00; Sa 10:00-18:00") == "Химчистка в Тушине"


def test_a_stores_table_with_day_group_columns_between_label_columns_gives_each_row_its_hours():
    page = html("""
        <table><tr><th>Филиал</th><th>Адрес</th><th>Будни</th><th>Суббота</th><th>Воскресенье</th><th>Телефон</th></tr>
        <tr><td>Арбат</td><td>ул. Арбат, д. 10</td><td>9:00–21:00</td><td>10:00–18:00</td><td>выходной</td>
            <td>+7 (495) 601-11-01</td></tr>
        <tr><td>Сокол</td><td>Ленинградский пр-т, д. 75</td><td>8:00–20:00</td><td>9:00–17:00</td><td>9:00–15:00</td>
            <td>+7 (495) 601-11-02</td></tr></table>""", h1="Филиалы")
    found = facts(document(page))
    assert entity_of(found, "hours", "Mo-Fr 09:00-21:00; Sa 10:00-18:00; Su off") == "Арбат"
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 09:00-17:00; Su 09:00-15:00") == "Сокол"


def test_a_table_without_a_column_of_facts_names_no_branch():
    # tariffs by card: the first cell is a service, not a place
    page = html("""
        <table><thead><tr><th>Услуга</th><th>Карта «Старт»</th><th>Карта «Плюс»</th></tr></thead><tbody>
        <tr><td>Справка по телефону</td><td>+7 (495) 601-22-00</td><td>бесплатно</td></tr>
        <tr><td>Выпуск карты</td><td>0 ₽</td><td>0 ₽</td></tr>
        </tbody></table>""", h1="Тарифы")
    assert entity_of(facts(document(page)), "phone", "+74956012200") is None


def test_list_cards_are_named_by_their_title_line():
    page = html("""
        <ul>
        <li><strong>Riverside</strong><br>210 River Road, Austin, TX 78701<br>Daily 8am–6pm<br>(512) 555-0181</li>
        <li><strong>Hyde Park</strong><br>4400 Duval Street, Austin, TX 78751<br>Mon–Sat 9am–7pm<br>(512) 555-0182</li>
        </ul>""", h1="Our Shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+15125550181") == "Riverside"
    assert entity_of(found, "hours", "Mo-Sa 09:00-19:00") == "Hyde Park"


def test_list_items_that_open_with_a_sentence_are_not_cards():
    page = html("""
        <ul>
        <li>Call us to book a table.<br>(512) 555-0191</li>
        <li>Write to us any time.<br>(512) 555-0192</li>
        </ul>""", h1="Contact")
    assert entity_of(facts(document(page), settings=US), "phone", "+15125550191") is None


def test_a_card_without_an_address_between_cards_with_one_is_still_a_card():
    page = html("""
        <h2>Пекарня Центральная</h2><p>ул. Большая Покровская, д. 10</p><p>Ежедневно 7:00–21:00</p>
        <h2>Пекарня Заречная</h2><p>Часы: ежедневно 8:00–20:00</p><p>+7 (831) 214-55-02</p>
        <h2>Пекарня Нагорная</h2><p>ул. Родионова, д. 167</p><p>Ежедневно 7:00–22:00</p>""", h1="Адреса")
    found = facts(document(page))
    assert entity_of(found, "phone", "+78312145502") == "Пекарня Заречная"
    assert entity_of(found, "hours", "Mo-Su 07:00-22:00") == "Пекарня Нагорная"


def test_an_offer_heading_with_a_phone_is_not_a_card():
    page = html("""
        <h2>Пекарня Центральная</h2><p>ул. Большая Покровская, д. 10</p><p>Ежедневно 7:00–21:00</p>
        <h2>Пекарня Нагорная</h2><p>ул. Родионова, д. 167</p><p>Ежедневно 7:00–22:00</p>
        <h2>Зимняя выпечка</h2><p>Скидка 10% на пироги до 31 декабря. Подробности: +7 (831) 214-55-00.</p>""",
                h1="Адреса")
    assert entity_of(facts(document(page)), "phone", "+78312145500") is None


# Text: names in the sentence, the line, the sentence before ------------------------------------


def test_the_branch_named_before_a_fact_in_its_sentence_is_what_it_is_about():
    page = html("<p>Салон на Мясницкой работает с 9 до 21, а салон на Арбате работает с 10 до 22.</p>")
    found = facts(document(page))
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") == "Салон на Мясницкой"
    assert entity_of(found, "hours", "Mo-Su 10:00-22:00") == "салон на Арбате"


def test_one_statement_about_two_coordinated_branches_is_about_both():
    page = html("<p>Пекарни на Рождественской и на Ковалихинской открыты ежедневно с 7:00 до 21:00.</p>")
    found = facts(document(page))
    assert entities_of(found, "hours", "Mo-Su 07:00-21:00") == {
        "Пекарни на Рождественской", "Пекарни на Ковалихинской"}


def test_a_branch_leading_its_line_governs_the_next_sentence_of_the_line():
    body = "Аптека на Литейном: Литейный проспект, дом 40. Работает ежедневно с 8 до 23.\n"
    found = facts(document(body, "text", channel="ivr", name="prompts"))
    assert entity_of(found, "hours", "Mo-Su 08:00-23:00") == "Аптека на Литейном"


def test_a_sentence_that_goes_on_about_the_last_one_keeps_its_branch():
    body = "Мы открыли новый салон на Таганке! Он работает с 10 до 22 без выходных."
    assert entity_of(facts(document(body, "text")), "hours", "Mo-Su 10:00-22:00") == "салон на Таганке"
    prompt = ('"Our Riverside shop is at twelve Front Street. We\'re open Monday through Friday from nine to five. On '
              'Christmas Eve all three shops are open eight A M to three P M."')
    found = facts(document(prompt, "ivr-text", channel="ivr"), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 09:00-17:00") == "Our Riverside shop"
    assert entity_of(found, "hours", "2026 Dec 24 08:00-15:00") is None


def test_a_bare_type_word_refers_back_to_the_branch_of_that_type():
    body = ("Шиномонтаж на Кольцевой: ул. Кольцевая, 12.\n"
            "Малярный цех на Заводской: ул. Заводская, 3.\n"
            "Малярный цех: пн–пт с 9 до 18, сб и вс — выходные.\n"
            "Справки по телефону +7 (343) 300-20-10.")
    found = facts(document(body, "text"), settings=ExtractionSettings(city="Екатеринбург"))
    assert entity_of(found, "hours", "Mo-Fr 09:00-18:00; Sa-Su off") == "Малярный цех на Заводской"
    assert entity_of(found, "phone", "+73433002010") is None


def test_a_complement_is_not_a_reference_back():
    body = ("Салон на Пятницкой: ул. Пятницкая, 3.\n"
            "Адрес офиса продаж: ул. Гиляровского, 10.")
    assert entity_of(facts(document(body, "text")), "address", "москва, ул гиляровского, д 10") is None


def test_a_line_that_is_only_a_name_heads_the_lines_below_it():
    body = "Пункт выдачи на Соколе\nул. Балтийская, д. 6\nПн–Пт 10:00–20:00\n"
    found = facts(document(body, "text"))
    assert entity_of(found, "hours", "Mo-Fr 10:00-20:00") == "Пункт выдачи на Соколе"


# Company-wide -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "31 декабря все наши аптеки работают с 9:00 до 16:00.",
    "Горячая линия работает с 9:00 до 16:00.",
    "Wholesale orders are taken Monday through Friday, 9 AM to 4 PM.",
])
def test_company_words_make_a_statement_on_a_branch_page_the_companys(sentence):
    page = html(f"<p>ул. Литейная, д. 5</p><p>{sentence}</p>", h1="Аптека на Литейном")
    found = [f for f in facts(document(page), settings=RU) if f[0] == "hours"]
    assert found and all(entity is None for _, _, entity in found)


def test_the_same_hours_on_a_branch_page_without_company_words_are_the_branchs():
    page = html("<p>ул. Литейная, д. 5</p><p>Аптека открыта с 9:00 до 16:00.</p>", h1="Аптека на Литейном")
    assert entity_of(facts(document(page)), "hours", "Mo-Su 09:00-16:00") == "Аптека на Литейном"


def test_a_department_named_with_its_place_is_a_branch():
    body = ("Сервисный центр на Садовой: Пермь, улица Садовая, дом 4. Открыт с 9 до 18.\n"
            "Сервисный центр принимает заявки круглосуточно.")
    found = facts(document(body, "text"), settings=ExtractionSettings(city="Пермь"))
    assert entity_of(found, "address", "пермь, ул садовая, д 4") == "Сервисный центр на Садовой"
    assert entity_of(found, "hours", "Mo-Su 09:00-18:00") == "Сервисный центр на Садовой"


def test_the_legal_address_in_a_branch_section_is_the_companys():
    body = ("## Магазин на Кремлёвской\n\nул. Кремлёвская, д. 21. Открыт с 10 до 20.\n"
            "Продавец — ООО «Азбука», ИНН 1655000000, 420111, Казань, ул. Пушкина, д. 4.\n")
    found = facts(document(body, "markdown"), settings=ExtractionSettings(city="Казань"))
    assert entity_of(found, "address", "казань, ул кремлевская, д 21") == "Магазин на Кремлёвской"
    assert entity_of(found, "address", "420111, казань, ул пушкина, д 4") is None


def test_a_role_mailbox_in_a_card_is_the_companys_and_a_branch_mailbox_is_the_branchs():
    page = html("""
        <h2>Клуб на Павелецкой</h2><p>ул. Кожевническая, д. 7</p><p>pavel@fitclub.ru, вопросы: info@fitclub.ru</p>
        <h2>Клуб на Соколе</h2><p>ул. Алабяна, д. 13</p><p>sokol@fitclub.ru</p>""", h1="Клубы")
    found = facts(document(page))
    assert entity_of(found, "email", "pavel@fitclub.ru") == "Клуб на Павелецкой"
    assert entity_of(found, "email", "info@fitclub.ru") is None


def test_a_toll_free_number_in_a_card_is_the_companys():
    page = html("<p>ул. Литейная, д. 5</p><p>Телефон: 8 800 100-20-30</p>", h1="Аптека на Литейном")
    assert entity_of(facts(document(page)), "phone", "+78001002030") is None


def test_boilerplate_repeated_on_pages_is_read_once_as_the_companys():
    footer = "Справочная: +7 (495) 700-00-01"
    pages = [document(html(f"<p>ул. Сретенка, д. {n}</p>", h1=f"Салон на Сретенке {n}", footer=footer),
                      name=f"salon{n}") for n in (1, 2, 3)]
    found = facts(*pages)
    assert [e for k, v, e in found if v == "+74957000001"] == [None]


# Promotions -----------------------------------------------------------------------------------


def test_an_offer_on_a_branch_page_is_the_companys():
    page = html("<p>ул. Литейная, д. 5</p><h2>Новости</h2><p>Акция «Зимний запас»: скидка 15% до 31 декабря.</p>",
                h1="Аптека на Литейном")
    assert entity_of(facts(document(page)), "promotion", "Зимний запас") is None


def test_an_offer_at_one_branch_only_is_that_branchs_though_the_sentence_names_another_place():
    page = html("""<h2>Floor Model Clearance</h2><p>At our Franklin store only: every floor model in the Cool Springs
        showroom is 50% off, this weekend only (Nov. 21–22).</p>""", h1="Black Friday Sale")
    found = facts(document(page), settings=US)
    assert entities_of(found, "promotion", "Floor Model Clearance") == {"Franklin store"}


def test_an_offer_only_for_this_branch_is_the_branchs():
    page = html("<p>ул. Литейная, д. 5</p><h2>Акции</h2>"
                "<p>Акция «Зимний запас»: скидка 15% до 31 декабря. Действует только в этой аптеке.</p>",
                h1="Аптека на Литейном")
    assert entity_of(facts(document(page)), "promotion", "Зимний запас") == "Аптека на Литейном"


def test_an_offer_whose_section_names_one_branch_is_that_branchs_but_not_a_branch_named_for_its_hours():
    offer = "## Распродажа глобусов\n\nГлобусы со скидкой до 40% до 30 ноября. Только в магазине на Пушкинской.\n"
    assert entity_of(facts(document(offer, "markdown")), "promotion", "Распродажа глобусов") == "магазине на Пушкинской"
    news = ("# Новости\n\nАкция «Глобусы»: скидка 40% до 30 ноября. "
            "В субботу магазин на Пушкинской работает с 10 до 16.\n")
    assert entity_of(facts(document(news, "markdown")), "promotion", "Глобусы") is None



def test_of_several_offers_in_one_unit_each_is_one_branchs_by_its_own_line():
    page = html("""<h2>Мастерская на Ленина</h2><p>ул. Ленина, 5</p><h2>Мастерская на Мира</h2><p>ул. Мира, 12</p>
        <h2>Акции</h2><p>Акция «Чистые линзы» — с 1 по 15 декабря скидка 20% на чистку.<br>
        Распродажа оправ: скидки до 40% до 31 декабря. Только на Ленина!</p>""", h1="Мастерские")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Тверь"))
    assert entity_of(found, "promotion", "Чистые линзы") is None
    assert entity_of(found, "promotion", "Распродажа оправ") == "Мастерская на Ленина"


def test_an_offer_its_sentence_places_at_one_known_branch_is_that_branchs():
    page = html("""<h2>Fairview Salon</h2><p>12 Elm St</p><h2>Lakeside Salon</h2><p>40 Oak Ave</p>
        <h2>Deals</h2><h3>Trim Tuesdays</h3><p>Walk-in trims just $12 (reg. $18), every Tuesday at Fairview.</p>
        <h3>Winter Weekdays</h3><p>Dec 21 – Jan 3: 25% off any Monday booking at Fairview and Lakeside.</p>""",
                h1="Salons")
    found = facts(document(page), settings=US)
    assert entity_of(found, "promotion", "Trim Tuesdays") == "Fairview Salon"
    assert entity_of(found, "promotion", "Winter Weekdays") is None


def test_an_offer_for_every_shop_but_one_is_the_companys():
    faq = ("<html><body><main><h1>Вопросы</h1><div class='faq'><h3>Есть ли скидки?</h3><p>Да, акция «Утро "
           "пенсионера»: по будням с 9 до 12 — скидка 10%. Действует во всех магазинах, кроме магазина на Гоголя."
           "</p></div></main></body></html>")
    assert entity_of(facts(document(faq, "faq")), "promotion", "Утро пенсионера") is None


def test_a_greeting_names_the_company_not_a_branch():
    flow = "Dobro došli u auto školu Plavi talas. Akcija „Sigurna vožnja“: popust 10% na obuku do 15. decembra."
    assert entity_of(facts(document(flow, "txt", channel="ivr"), settings=RS), "promotion", "Sigurna vožnja") is None


def test_a_branch_named_two_sentences_after_an_offer_tells_of_something_else():
    news = ("# Новости\n\nАкция «Тёплый дом»: скидка 15% на обогреватели до 20 декабря. В субботу мастер-класс по "
            "ремонту. Запись в магазине на Пушкинской.\n")
    assert entity_of(facts(document(news, "markdown")), "promotion", "Тёплый дом") is None
    near = "# Новости\n\nАкция «Тёплый дом»: скидка 15% на обогреватели до 20 декабря. Действует в магазине на Пушкинской.\n"
    assert entity_of(facts(document(near, "markdown")), "promotion", "Тёплый дом") == "магазине на Пушкинской"

# Sections: IVR menus, FAQ questions ------------------------------------------------------------


def test_an_item_of_an_ivr_menu_that_lists_branches_is_that_branch():
    script = ("[Главное меню]\nАдреса и часы работы химчисток — нажмите 1.\n\n"
              "[1 Адреса химчисток]\nДля Тушина нажмите 1.\n\n"
              "[1.1 Тушино]\nУлица Сходненская, дом 56. Работаем ежедневно с 10 до 21.\n\n"
              "[0 Оператор]\nОператоры отвечают ежедневно с 8 до 22.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"))
    assert entity_of(found, "hours", "Mo-Su 10:00-21:00") == "Тушино"
    assert entity_of(found, "hours", "Mo-Su 08:00-22:00") is None


def test_an_faq_question_naming_a_branch_makes_its_answer_about_it():
    page = ("<html><body><h1>Вопросы</h1><dl>"
            "<dt>Как работает клиника на Садовой?</dt><dd>Ежедневно с 8:00 до 20:00.</dd>"
            "<dt>Как записаться?</dt><dd>Запись ежедневно с 9:00 до 21:00 по телефону +7 (812) 300-40-50.</dd>"
            "</dl></body></html>")
    found = facts(document(page, "faq", channel="faq"))
    assert entity_of(found, "hours", "Mo-Su 08:00-20:00") == "клиника на Садовой"
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") is None


def test_a_short_name_known_from_the_run_labels_a_line_in_another_document():
    locations = html("""
        <h2>Harbor Dental North End</h2><p>12 Salem Street, Boston, MA 02113</p><p>Mon–Fri 8am–4pm</p>
        <h2>Harbor Dental Seaport</h2><p>90 Pier Road, Boston, MA 02210</p><p>Mon–Fri 9am–6pm</p>""",
                     h1="Locations")
    faq = ("<html><body><h1>FAQ</h1><dl><dt>When are you open?</dt>"
           "<dd>Seaport: Mon–Sat 9–6. Harbor Dental: Mon–Fri 7–3.</dd></dl></body></html>")
    found = facts(document(locations, name="locations"), document(faq, "faq", channel="faq", name="faq"),
                  settings=US)
    assert entity_of(found, "hours", "Mo-Sa 09:00-18:00") == "Harbor Dental Seaport"
    # "Harbor Dental" is in both names: it names neither
    assert entity_of(found, "hours", "Mo-Fr 07:00-15:00") is None


# Brands and lists are not branches -------------------------------------------------------------


def test_the_chain_in_the_heading_is_not_a_branch_page():
    page = html("<h2>Аптека на Литейном</h2><p>ул. Литейная, д. 5</p><p>Ежедневно 8:00–22:00</p>"
                "<h2>Аптека на Гороховой</h2><p>ул. Гороховая, д. 9</p><p>Ежедневно 9:00–21:00</p>",
                h1="Аптеки «Живица»")
    found = facts(document(page, title="Аптеки «Живица» — адреса"))
    assert entity_of(found, "hours", "Mo-Su 08:00-22:00") == "Аптека на Литейном"


def test_a_quoted_legal_name_is_the_brand_not_a_branch():
    page = html("<p>Салон «Ирис»: ул. Сретенка, д. 3. Ежедневно с 10 до 20.</p>", h1="Контакты",
                footer="© ООО «Ирис»")
    assert entity_of(facts(document(page)), "hours", "Mo-Su 10:00-20:00") is None
    page = html("<p>Салон «Ирис»: ул. Сретенка, д. 3. Ежедневно с 10 до 20.</p>", h1="Контакты",
                footer="© ООО «Флора»")
    assert entity_of(facts(document(page)), "hours", "Mo-Su 10:00-20:00") == "Салон «Ирис»"


def test_attribution_stays_linear_on_a_long_list():
    cards = "".join(f"<h2>Аптека № {n}</h2><p>ул. Садовая, д. {n}</p><p>Ежедневно 8:00–22:00</p>"
                    for n in range(1, 301))
    started = time.perf_counter()
    found = facts(document(html(cards, h1="Аптеки")))
    assert time.perf_counter() - started < 10
    assert entity_of(found, "address", "москва, ул садовая, д 250") == "Аптека № 250"


# Generalised attribution (issue 3) ---------------------------------------------------------------


def test_headings_that_are_the_brand_and_a_place_are_branch_sections():
    page = ("<html><head><title>Winter hours | Brightway Vision</title></head><body>"
            "<header><a href='/'>Brightway Vision</a></header><main><h1>Winter hours</h1>"
            "<h3>Brightway Riverside</h3><p>Christmas Eve: 9am–1pm.</p>"
            "<h3>Brightway Hilltop</h3><p>Closed New Year's Day.</p></main></body></html>")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-13:00") == "Brightway Riverside"
    assert entity_of(found, "hours", "2027 Jan 01 off") == "Brightway Hilltop"


def test_a_heading_that_is_the_company_name_itself_is_no_branch():
    page = ("<html><head><title>Winter hours | Brightway Vision</title></head><body>"
            "<main><h1>Winter hours</h1><h3>Brightway Vision</h3><p>Christmas Eve: 9am–1pm.</p>"
            "<h3>Other notes</h3><p>Closed New Year's Day.</p></main></body></html>")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-13:00") is None


def test_a_sentence_led_by_the_brand_and_a_place_is_about_that_branch():
    twiml = ("<Response><Say>Thank you for calling Brightway Vision.</Say>"
             "<Say>Brightway Hilltop, on Ridge Road, is open Tuesday through Friday from 11 AM to 7 PM.</Say>"
             "</Response>")
    found = facts(document(twiml, "twiml", channel="ivr", name="ivr"), settings=US)
    assert entity_of(found, "hours", "Tu-Fr 11:00-19:00") == "Brightway Hilltop"


def test_a_street_named_like_the_brand_is_no_branch_of_it():
    page = html("""<h2>Where are your offices?</h2>
        <p>Statesboro: 1535 Fair Rd, Statesboro, GA 30458 · (912) 764-3380<br>
        Sylvania: 612 W Brightway St, Sylvania, GA 30467 · (912) 564-7093</p>""",
                h1="Office hours")
    found = facts(document(page, title="Office hours | Brightway Propane"), settings=US)
    assert entity_of(found, "phone", "+19125647093") != "Brightway St"


def test_a_serbian_studio_named_before_its_address_is_a_branch():
    page = html("""<h2>Радно време</h2>
        <p>Студио Исток (Цара Душана 12, Крушевац): понедељком и средом 8–15, петком 13–20.</p>
        <p>Центар у Брусу (Копаоничка 5): пон–пет 9–17.</p>""", h1="Наши центри")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "Mo,We 08:00-15:00; Fr 13:00-20:00") == "Студио Исток"

def test_bare_place_names_as_items_of_one_menu_are_branches():
    script = ("[Main]\nFor Zemun press 1. For Vracar press 2. For billing press 3.\n\n"
              "[1 Zemun]\nZemun is open Monday to Saturday from 7 am to 3 pm.\n\n"
              "[2 Vracar]\nOur Vracar desk opens every day from 10 am to 8 pm.\n\n"
              "[3 Offers]\nThe Spring Saver Pass gives you 15 percent off until March 31.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "hours", "Mo-Sa 07:00-15:00") == "Zemun"
    assert entity_of(found, "hours", "Mo-Su 10:00-20:00") == "Vracar"


def test_every_prompt_under_a_place_item_is_about_that_place():
    script = ("[Main]\nFor Zemun press 1. For Vracar press 2.\n\n"
              "[1 Zemun]\nZemun is open Monday to Saturday from 7 am to 3 pm.\n\nTo reach Zemun directly, dial "
              "011 555 0101.\n\n[2 Vracar]\nVracar opens every day from 10 am to 8 pm.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "hours", "Mo-Sa 07:00-15:00") == "Zemun"
    assert entity_of(found, "phone", "+381115550101") == "Zemun"


def test_a_menu_item_said_in_another_case_is_named_as_its_prompt_says_it():
    script = ("[Glavni meni]\nZa Ružu Centar pritisnite 1. Za Ružu Liman pritisnite 2.\n\n"
              "[1 Ružu Centar]\nRuža Centar, Dunavska 5. Radnim danima od 8 do 16 časova.\n\n"
              "[2 Ružu Liman]\nRuža Liman, Balzakova 12. Svakog dana od 9 do 21 čas.\n\n"
              "[3 Praznici]\n31. decembra Ruža Centar radi od 8 do 12, a Ruža Liman od 9 do 14.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="meni"), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 08:00-16:00") == "Ruža Centar"
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") == "Ruža Liman"
    # a comma and "a" part the clauses: each branch keeps its own time
    assert entity_of(found, "hours", "2026 Dec 31 08:00-12:00") == "Ruža Centar"
    assert entity_of(found, "hours", "2026 Dec 31 09:00-14:00") == "Ruža Liman"


def test_a_prompt_led_by_its_items_name_and_a_bare_street_gives_the_address():
    script = ("[Glavni meni]\nZa Lipu Centar pritisnite 1. Za Lipu Ub pritisnite 2.\n\n"
              "[1 Lipu Centar]\nLipa Centar, Gavrila Principa 14. Radnim danima od 8 do 16 časova.\n\n"
              "[2 Lipu Ub]\nLipa Ub, Vuka Karadžića 3, lokal 2. Subotom od 9 do 13.\n\n"
              "[3 Akcije]\nPritisnite 1 za ponovno slušanje.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="meni"), settings=RS)
    assert entity_of(found, "address", "београд, гаврила принципа, д 14") == "Lipa Centar"
    assert entity_of(found, "address", "уб, вука караџића, д 3, локал 2") == "Lipa Ub"  # the town its name ends with
    assert [v for k, v, _ in found if k == "address"] == ["београд, гаврила принципа, д 14",
                                                         "уб, вука караџића, д 3, локал 2"]


def test_a_headings_bracketed_street_is_its_sections_address():
    body = ("# Vesti\n\n## Praznično radno vreme\n\n**Lipa Centar** (Gavrila Principa 14)\n- 31. decembra: od 8 do 14\n\n"
            "**Lipa Ub** (Vuka Karadžića 3)\n- 31. decembra: od 9 do 12\n\n"
            "## Dostava\n\nDostava 31. decembra radi od 10 do 16.\n")
    found = facts(document(body, "markdown"), settings=RS)
    assert entity_of(found, "address", "београд, гаврила принципа, д 14") == "Lipa Centar"
    assert entity_of(found, "address", "уб, вука караџића, д 3") == "Lipa Ub"
    # a section after the list of shops is no shop's card
    assert entity_of(found, "hours", "2026 Dec 31 10:00-16:00") is None


def test_a_lone_bare_menu_item_or_one_the_prompt_does_not_repeat_is_not_a_branch():
    script = ("[Main]\nFor the lines press 1. For agents press 2.\n\n"
              "[1 Timetable]\nWe are open Monday to Saturday from 7 am to 3 pm.\n\n"
              "[2 Operator]\nOperators are available 24/7.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "hours", "Mo-Sa 07:00-15:00") is None
    assert entity_of(found, "hours", "24/7") is None


def test_a_table_row_named_after_a_city_keeps_its_name():
    page = html("""
        <table><tr><th>Hub</th><th>Address</th><th>Hours</th></tr>
        <tr><td>Deskly Zemun</td><td>Glavna 20, Beograd</td><td>Mon–Fri 9am–5pm</td></tr>
        <tr><td>Deskly Novi Sad</td><td>Zmaj Jovina 3, 21000 Novi Sad</td><td>Mon–Fri 10am–6pm</td></tr>
        </table>""", h1="Hubs")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 10:00-18:00") == "Deskly Novi Sad"
    assert entity_of(found, "address", "21000, нови сад, змај јовина, д 3") == "Deskly Novi Sad"


def test_a_badge_after_a_rows_name_is_no_part_of_it():
    page = html("""
        <table><tr><th>Location</th><th>Address</th><th>Hours</th></tr>
        <tr><td>Norman</td><td>2300 W Main St, Norman, OK 73069</td><td>Mon–Sat 8a–8p</td></tr>
        <tr><td>Yukon New!</td><td>1100 Garth Brooks Blvd, Yukon, OK 73099</td><td>Mon–Sat 7a–8p</td></tr>
        </table>""", h1="Locations")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "Mo-Sa 07:00-20:00") == "Yukon"


def test_a_shop_a_branch_is_in_after_its_address_is_a_landmark():
    page = html("""
        <h2>Prijemno mesto Ripanj</h2><p>Glavna 5, 11232 Ripanj (u prodavnici „Lipa“)<br>sredom 8–12h</p>
        <h2>Servis Centar</h2><p>Kralja Petra 12, 11000 Beograd<br>pon–pet 9–17h</p>""", h1="Servisi")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "We 08:00-12:00") == "Prijemno mesto Ripanj"
    assert entity_of(found, "address", "11232, рипањ, главна, д 5") == "Prijemno mesto Ripanj"


def test_a_mall_a_card_says_its_branch_is_inside_is_no_branch():
    page = html("""
        <h2>Wolcott Street Shop</h2><p>12 S Wolcott St, Casper, WY 82601</p><p>Mon–Fri 9–5</p>
        <h2>Eastridge Counter (inside Eastridge Mall)</h2><p>601 SE Wyoming Blvd, Casper, WY 82609</p>
        <p>Mon–Sat 10 AM – 8 PM</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "Mo-Sa 10:00-20:00") == "Eastridge Counter"


def test_a_serbian_office_is_a_branch_type():
    script = ("[Glavni meni]\nZa kancelariju u Zemunu pritisnite 1.\n\n"
              "[1 kancelarija u Zemunu]\nKancelarija u Zemunu radi radnim danima od 8 do 15 časova.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="meni"), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 08:00-15:00") == "Kancelarija u Zemunu"


def test_shops_sharing_a_schedule_keep_it_while_the_footer_is_read_once():
    """A chain's shop pages repeat a few schedules; a footer stands on every page."""
    from datetime import date as _date

    from consistency.documents.document import Document, DocumentText, Unit
    from consistency.facts.extract import ExtractionSettings, extract_facts

    streets = ["Арбате", "Тверской", "Покровке", "Никольской", "Мясницкой", "Пятницкой", "Варварке", "Ильинке"]
    texts = []
    for n, street in enumerate(streets):
        name = f"Магазин на {street}"
        # Three shops share one schedule; more than half of the pages never do in a chain.
        hours = "Режим работы: ежедневно с 10 до 22" if n < 3 else f"Режим работы: ежедневно с 9 до {13 + n}"
        doc = Document(url=f"https://example.com/{n}.html", channel="website", source=0, format="html", body=b"")
        texts.append(DocumentText(document=doc, heading=name, units=(
            Unit(f"Москва, ул. Ленина, д. {n + 1}", context=(name,)),
            Unit(hours, context=(name,)),
            Unit("Единая справочная: 8 800 555-35-35, ежедневно с 8 до 23", role="content"),
        )))
    facts = extract_facts(texts, as_of=_date(2026, 11, 22), settings=ExtractionSettings())
    shop_hours = {f.entity: f.value for f in facts if f.kind == "hours" and f.entity}
    assert len(shop_hours) == 8 and shop_hours["Магазин на Арбате"] == "Mo-Su 10:00-22:00"
    hotline = [f for f in facts if f.kind == "hours" and f.value == "Mo-Su 08:00-23:00"]
    assert len(hotline) == 1 and hotline[0].entity is None  # the repeated footer: once, company-wide


def test_an_other_branches_sidebar_speaks_of_those_branches_not_of_the_page():
    page = html("""<p>Pon–pet 9–20h, sub 9–15h</p>
        <aside><h2>Ostale poslovnice u Kragujevcu</h2>
          <div><h3>Poslovnica Plaza</h3><p>Bulevar kraljice Marije 56, Kragujevac</p><p>Svakog dana 10–22h</p></div>
        </aside>
        <aside><h2>Ostali saloni</h2><p>TC Promenada — svakog dana 10–22<br>Liman — pon–pet 10–18</p></aside>""",
                h1="Poslovnica Kragujevac Centar", footer="Pozovite nas: 0800 100 200")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 09:00-20:00; Sa 09:00-15:00") == "Poslovnica Kragujevac Centar"
    assert entities_of(found, "hours", "Mo-Su 10:00-22:00") == {"Poslovnica Plaza", "TC Promenada"}
    assert entity_of(found, "hours", "Mo-Fr 10:00-18:00") == "Liman"
    assert entity_of(found, "phone", "+381800100200") is None  # the header's hotline names no branch


def test_places_listed_under_a_date_heading_each_get_that_days_hours():
    text = ("# Праздничный график\n\n## 31 декабря (чт)\n\nСосновка и Заречье — с 9:00 до 15:00  \n"
            "Берёзовая Роща — выходной\n")
    found = facts(document(text, "markdown", name="news"))
    assert entities_of(found, "hours", "2026 Dec 31 09:00-15:00") == {"Сосновка", "Заречье"}
    assert entity_of(found, "hours", "2026 Dec 31 off") == "Берёзовая Роща"


def test_both_branches_of_a_kind_are_each_of_the_two():
    page = html("""
        <h2>Салон на Ленина</h2><p>ул. Ленина, д. 4</p><p>Пн–Сб 10:00–19:00</p>
        <h2>Салон в Златоусте</h2><p>Златоуст, пр. Мира, д. 12</p><p>Пн–Пт 10:00–18:00</p>
        <h2>Мастерская</h2><p>ул. Заводская, д. 3</p><p>Пн–Пт 9:00–17:00</p>
        <h2>Праздники</h2><p>30.12 — оба салона работают с 11 до 16.</p>""", h1="Наши салоны")
    found = facts(document(page))
    assert entities_of(found, "hours", "2026 Dec 30 11:00-16:00") == {"Салон на Ленина", "Салон в Златоусте"}


def test_a_later_clause_led_by_another_known_branch_is_about_that_one():
    page = html("""
        <h2>Poslovnica Centar</h2><p>Glavna 5, Požega</p><p>Pon–pet 8–20</p>
        <h2>Poslovnica Kosjerić</h2><p>Olge Grbić 2, Kosjerić</p><p>Pon–pet 8–16</p>
        <h2>Praznici</h2><p>Tridesetog decembra poslovnica Centar radi od 8 do 14, a Kosjerić od 9 do 13.</p>""",
                h1="Poslovnice")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "2026 Dec 30 08:00-14:00") == "poslovnica Centar"
    assert entity_of(found, "hours", "2026 Dec 30 09:00-13:00") == "Poslovnica Kosjerić"


def test_a_mobile_or_fax_line_under_a_branch_list_is_no_branch():
    page = html("""<h2>Наше радње</h2><p>Центар — Главна 5, Ариље, 031/300-100<br>
        Пијаца — Пијачна 4, Ариље, 031/300-200<br>Моб: 064/300-2000<br>Факс: 031/300-300</p>""", h1="Контакт")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "phone", "+38131300200") == "Пијаца"
    assert entity_of(found, "phone", "+381643002000") not in ("Моб", "Факс")
    assert entity_of(found, "phone", "+38131300300") not in ("Моб", "Факс")


def test_a_day_said_first_is_about_the_branches_joined_after_it():
    page = html("""
        <h2>Radnja Centar</h2><p>Glavna 5, Šabac</p><p>Pon–pet 8–20</p>
        <h2>Radnja u Bogatiću</h2><p>Vojvode Stepe 2, Bogatić</p><p>Pon–pet 8–16</p>
        <h2>Praznici</h2><p>Tridesetog decembra radnja Centar i radnja u Bogatiću rade od 8 do 13 časova.</p>""",
                h1="Radnje")
    found = facts(document(page), settings=RS)
    assert entities_of(found, "hours", "2026 Dec 30 08:00-13:00") == {"radnja Centar", "radnja u Bogatiću"}


def test_each_item_of_a_dotted_line_of_labels_is_about_its_own_branch():
    page = html("""
        <h2>Студия на Ленина</h2><p>ул. Ленина, д. 4</p><p>Пн–Пт 10:00–19:00</p>
        <h2>Студия «Сосна»</h2><p>ул. Мира, д. 12</p><p>Пн–Пт 11:00–20:00</p>
        <p>Ленина: +7 (495) 100-00-01 · «Сосна»: +7 (495) 100-00-02</p>""", h1="Студии")
    found = facts(document(page))
    assert entity_of(found, "phone", "+74951000001") == "Студия на Ленина"
    assert entity_of(found, "phone", "+74951000002") == "Студия «Сосна»"


def test_a_clause_of_a_known_branchs_place_and_a_dash_is_about_that_branch():
    page = html("""
        <h2>«Ёжик» на Советской</h2><p>г. Тверь, ул. Советская, д. 9</p><p>Ежедневно 9:00–20:00</p>
        <h2>«Ёжик» Конаково</h2><p>г. Конаково, ул. Энергетиков, д. 31</p><p>Пн–Сб 10:00–18:00</p>
        <h2>Праздники</h2><p>30 декабря магазины в Твери работают до 17:00, Конаково — выходной.</p>""",
                h1="Магазины")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Тверь"))
    assert entity_of(found, "hours", "2026 Dec 30 off") == "«Ёжик» Конаково"


def _two_salons(notice_heading: str, notice: str) -> list:
    """The facts of a page of two salons, Centar and Arilje, with a notice under a heading of its own."""
    page = html(f"""
        <h2>Salon Centar</h2><p>Glavna 5, Požega</p><p>Pon–pet 8–20</p>
        <h2>Salon Arilje</h2><p>Svetog Ahilija 2, Arilje</p><p>Pon–pet 8–16</p>
        <h2>{notice_heading}</h2><p>{notice}</p>""", h1="Saloni")
    return facts(document(page), settings=RS)


def test_a_later_clause_that_opens_the_fact_with_its_conjunction_is_about_its_known_branch():
    found = _two_salons("Praznici", "Tridesetog decembra salon Centar radi od 8 do 14, a Arilje ne radi.")
    assert entity_of(found, "hours", "2026 Dec 30 08:00-14:00") == "salon Centar"
    assert entity_of(found, "hours", "2026 Dec 30 off") == "Salon Arilje"


def test_all_points_in_serbian_cyrillic_are_the_company():
    page = html("""
        <h2>Пункт Бор</h2><p>Моше Пијаде 3, Бор</p><p>Пон–пет 9–16</p>
        <h2>Пункт Зајечар</h2><p>Николе Пашића 8, Зајечар</p><p>Пон–пет 10–17</p>
        <h2>Празници</h2><p>Тридесет првог децембра пункт Бор ради до 13 часова. Седмог јануара сви пунктови
        су затворени.</p>""", h1="Пунктови")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "2027 Jan 07 off") is None


def test_a_branch_named_in_text_with_the_part_after_the_dash_of_its_column_is_that_column():
    page = html("""<table><tr><th></th><th>Бор — Центар</th><th>Бор — Пијаца</th></tr>
        <tr><td>Адреса</td><td>Моше Пијаде 3</td><td>Пијачна 1</td></tr>
        <tr><td>Радно време</td><td>пон–пет 8–20</td><td>пон–суб 6–14</td></tr></table>
        <h2>Напомене</h2><p>За Митровдан (8. новембра) продавница Бор — Центар ради од 8 до 13.</p>""",
                h1="Продавнице")
    found = facts(document(page), settings=ExtractionSettings(region="RS", city="Бор"))
    assert entity_of(found, "hours", "2026 Nov 08 08:00-13:00") == "Бор — Центар"


def test_an_emergency_line_in_a_branchs_answer_is_the_companys():
    page = html("""<h2>Kako radite za praznike?</h2><p>Ambulanta Sombor 31. decembra radi od 8 do 12h, ali hitna
        linija 064 555 0199 radi 24 sata, svaki dan.</p>""", h1="Pitanja")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "2026 Dec 31 08:00-12:00") == "Ambulanta Sombor"
    assert entity_of(found, "phone", "+381645550199") is None
    assert entity_of(found, "hours", "24/7") is None


def test_a_branch_the_text_names_by_type_is_found_again_by_its_short_name():
    page = html("""<p>Our Alder Street shop does the repairs, and our Hawthorne shop sells new bikes.</p>
        <p>Hawthorne keeps longer hours: Monday through Saturday, 9 to 7.</p>""", h1="About us")
    assert entity_of(facts(document(page), settings=US), "hours", "Mo-Sa 09:00-19:00") == "Hawthorne shop"
    page = html("""<h2>Где вы находитесь?</h2><p>У нас два копицентра: копицентр на Ленина, 5 и копицентр на Мира,
        12.</p><h2>Работаете ли вы в выходные?</h2><p>На Ленина — в субботу с 10 до 17, в воскресенье выходной.</p>""",
                h1="Вопросы")
    assert entity_of(facts(document(page)), "hours", "Sa 10:00-17:00; Su off") == "копицентр на Ленина"


def test_a_phone_with_a_town_in_brackets_is_that_towns_branch():
    text = "Pozovite nas: 011 3283 450 (Zemun), 021 6612 300 (Novi Sad) ili besplatno na 0800 33 44 55."
    found = facts(document(f"<p>{text}</p>"), settings=RS)
    assert entity_of(found, "phone", "+381216612300") == "Novi Sad"
    assert entity_of(found, "phone", "+381800334455") is None


def test_a_clause_that_leaves_out_its_verb_is_about_the_known_branch_it_names():
    found = _two_salons("Praznici", "Tridesetog decembra salon Centar radi od 8 do 14, Arilje od 9 do 13.")
    assert entity_of(found, "hours", "2026 Dec 30 08:00-14:00") == "salon Centar"
    assert entity_of(found, "hours", "2026 Dec 30 09:00-13:00") == "Salon Arilje"
    page = html("""<h2>Our stores</h2>
        <div class="location-card"><h3>Downtown — Broadway</h3><p>12 Broadway, Paducah, KY 42001</p></div>
        <div class="location-card"><h3>Hinkleville Road</h3><p>400 Hinkleville Rd, Paducah, KY 42001</p></div>
        <h2>Holidays</h2><p>Black Friday: both stores open early at 7 AM (Broadway until 5:30, Hinkleville until 7).
        </p>""", h1="Stores")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Nov 27 07:00-17:30") == "Downtown — Broadway"


def test_a_known_branch_after_a_sentences_capitalised_preposition_is_found():
    found = _two_salons("Kako da zakažem termin?",
                        "Zovite 031 555 000 radnim danima. Za Arilje možete zvati i direktno: 031 555 010.")
    assert entity_of(found, "phone", "+38131555010") == "Salon Arilje"
    assert entity_of(found, "phone", "+38131555000") is None


def test_a_business_a_branch_stands_in_set_off_after_its_name_is_not_the_branch():
    text = ("Пријемно место Лапово, у продавници Звезда, ради средом од 8 до 12 часова. "
            "Пријемно место Лапово не ради од 24. децембра до 8. јануара.")
    found = facts(document(text, "txt", name="obavestenje"), settings=RS)
    assert entity_of(found, "hours", "We 08:00-12:00") == "Пријемно место Лапово"


def test_a_known_branch_named_right_after_a_days_colon_is_what_its_hours_are_about():
    page = html("""<h2>Eastside</h2><p>12 Elm St</p><p>Mon–Sat 8–6</p>
        <h2>Westside</h2><p>40 Oak Ave</p><p>Mon–Fri 9–5</p>
        <h2>Holiday hours</h2><p>Thanksgiving (Nov 26): Eastside open 8–11 AM for pick-ups only. Westside closed.</p>""",
                h1="Locations")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Nov 26 08:00-11:00") == "Eastside"


def test_all_of_a_chain_named_in_between_is_the_company():
    page = html("""<p>Mon–Fri 9–5</p><p>All Olentangy Savings Bank branches are closed on Thanksgiving Day
        (Thursday, November 26).</p>""", h1="Elm Street branch")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 09:00-17:00") == "Elm Street branch"
    assert entity_of(found, "hours", "2026 Nov 26 off") is None


def test_field_labels_under_a_branch_list_heading_are_not_branches():
    page = html("""<h2>Наши магазины</h2><p>Эл. почта: shop@example.ru<br>Телефон: +7 (495) 601-11-01<br>
        Показать: работают круглосуточно</p>""", h1="Контакты")
    found = facts(document(page))
    assert entity_of(found, "email", "shop@example.ru") is None
    assert entity_of(found, "phone", "+74956011101") is None
    assert entity_of(found, "hours", "24/7") is None


def test_a_table_rows_name_is_the_first_line_of_its_first_cell():
    page = html("""<table><tr><th>Отделение</th><th>Адрес</th><th>Телефон</th></tr>
        <tr><td>Отделение «Центральное»<br>головной офис</td><td>ул. Пушкина, д. 26</td><td>+7 843 200-40-01</td></tr>
        <tr><td>Отделение «Приволжское»</td><td>ул. Гвардейская, 33</td><td>+7 843 200-40-05</td></tr>
        </table>""", h1="Отделения")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Казань"))
    assert entity_of(found, "phone", "+78432004001") == "Отделение «Центральное»"


def test_a_line_with_a_name_and_its_address_titles_the_lines_below():
    page = html("""<p>Кофейня на Советской: ул. Советская, д. 47<br>Ежедневно с 8 до 22<br>
        Кофейня в ТРЦ «Макси»: ул. Пролетарская, 2, ТРЦ «Макси», 1 этаж, фуд-корт<br>
        Пн–Чт: 8:00–22:00, Пт–Сб: 8:00–23:00<br>Тел.: +7 (4872) 70-11-02</p>""", h1="Адреса и телефоны")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Тула"))
    assert entity_of(found, "hours", "Mo-Th 08:00-22:00; Fr-Sa 08:00-23:00") == "Кофейня в ТРЦ «Макси»"
    assert entity_of(found, "phone", "+74872701102") == "Кофейня в ТРЦ «Макси»"


def test_a_heading_with_a_singular_type_word_lists_no_branches():
    page = html("""<h2>Your store team</h2><p>Store Manager: Ray Gutierrez. Fleet orders: (210) 555-0142 ext. 3.</p>""",
                h1="Store #1187 – Alamo Heights")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+12105550142;ext=3") == "Store #1187 – Alamo Heights"


def test_a_holiday_hours_heading_names_no_store():
    page = html("""<h2>Holiday store hours</h2>
        <table><tr><th>Store</th><th>Black Friday (Nov 27)</th><th>Sat, Nov 28</th></tr>
        <tr><td>Buckhead</td><td>6 AM – 10 PM</td><td>9 AM – 9 PM</td></tr>
        <tr><td>Decatur</td><td>8 AM – 9 PM</td><td>Regular hours</td></tr></table>""", h1="Black Friday Blowout")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Nov 27 06:00-22:00") == "Buckhead"


def test_a_branch_page_headed_by_a_bare_place_name_with_its_neighbours_below():
    page = """<html><head><title>Riverbend Books Midtown | Bookstore in Columbus, OH</title></head><body><main>
        <h1>Midtown</h1><address>1850 N High St, Columbus, OH 43201</address><p>(614) 555-0101</p>
        <section><h2>Nearby Locations</h2>
          <div><h3>Downtown</h3><p>25 E Broad St, Columbus, OH 43215</p><p>(614) 555-0102</p></div>
          <div><h3>Easton</h3><p>4020 Morse Rd, Columbus, OH 43219</p><p>(614) 555-0103</p></div>
        </section></main></body></html>"""
    found = facts(document(page, title="Riverbend Books Midtown | Bookstore in Columbus, OH"), settings=US)
    assert entity_of(found, "phone", "+16145550101") == "Midtown"
    assert entity_of(found, "phone", "+16145550102") == "Downtown"
    assert entity_of(found, "phone", "+16145550103") == "Easton"


def test_a_section_named_after_a_city_is_the_city_of_addresses_under_it():
    page = html("""<h2>Екатеринбург</h2><h3>Пункт на Малышева</h3><p>ул. Малышева, 36</p><p>Пн–Пт 7:30–19:00</p>
        <h2>Челябинск</h2><h3>Пункт на Кирова</h3><p>ул. Кирова, 112</p><p>Пн–Пт 7:30–19:00</p>""",
                h1="Адреса пунктов")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Екатеринбург"))
    values = {v for k, v, _ in found if k == "address"}
    assert values == {"екатеринбург, ул малышева, д 36", "челябинск, ул кирова, д 112"}


def test_an_american_section_named_after_a_town_that_shares_a_serbian_citys_english_name_keeps_it():
    # Belgrade, Montana: the section's town is American on a US page, not the Serbian capital
    page = html("""<h2>Bozeman</h2><p>1120 W Main St</p><p>Mon–Fri 7–7</p>
        <h2>Belgrade</h2><p>104 N Broadway St</p><p>Mon–Fri 7–6</p>""", h1="Our Shops")
    found = facts(document(page), settings=ExtractionSettings(region="US", city="Bozeman"))
    values = {v for k, v, _ in found if k == "address"}
    assert values == {"bozeman, 1120 w main st", "belgrade, 104 n broadway st"}


def test_a_branch_named_after_its_town_beside_one_named_after_the_pages_town_is_in_its_town():
    page = html("""<div><h3>Stanica Žabalj</h3><p>Novosadska 12, 21230 Žabalj</p><p>Pon–pet 7–19</p></div>
        <div><h3>Stanica Čurug</h3><p>Adresa: Maršala Tita 5</p><p>Pon–pet 7–15</p></div>""", h1="Stanice")
    found = facts(document(page), settings=ExtractionSettings(region="RS", city="Žabalj"))
    assert entity_of(found, "address", "чуруг, маршала тита, д 5") == "Stanica Čurug"


def test_a_branch_named_by_the_brand_a_preposition_and_a_place():
    page = ("<html><head><title>Шафран — салоны красоты в Казани</title></head><body><header><a>Шафран</a></header>"
            "<main><h1>Адреса</h1><p><b>Шафран на Баумана</b> — ул. Баумана, 44/8. Ежедневно 9:00–21:00. "
            "+7 (843) 211-40-40</p><p><b>Шафран в Азино</b> — ул. Фучика, 90. Пн–Пт 10–20, Сб–Вс 10–18. "
            "+7 (843) 211-40-42</p></main></body></html>")
    found = facts(document(page, title="Шафран — салоны красоты в Казани"),
                  settings=ExtractionSettings(region="RU", city="Казань"))
    assert entity_of(found, "phone", "+78432114040") == "Шафран на Баумана"
    assert entity_of(found, "phone", "+78432114042") == "Шафран в Азино"


def test_a_branch_named_by_the_brand_in_a_mall_keeps_the_malls_quoted_name():
    page = ("<html><head><title>Kapljica — perionice u Boru</title></head><body><header><a>Kapljica</a></header>"
            "<main><h1>Lokacije</h1><h3>Kapljica u TC „Zvezda“</h3><p>Moše Pijade 4, lokal 7. Svakog dana 9–20. "
            "030 555 410</p><h3>Kapljica u TC \"Banjica\"</h3><p>Njegoševa 12. Pon–sub 8–16. 030 555 411</p>"
            "</main></body></html>")
    found = facts(document(page, title="Kapljica — perionice u Boru"), settings=ExtractionSettings(region="RS", city="Bor"))
    assert entity_of(found, "phone", "+38130555410") == "Kapljica u TC „Zvezda“"
    assert entity_of(found, "phone", "+38130555411") == 'Kapljica u TC "Banjica"'
    prompt = document("<Response><Say>Kapljica u tržnom centru Zvezda, Moše Pijade 4, radi svakog dana od 9 do 20."
                      "</Say></Response>", "twiml", channel="ivr", title="Kapljica")
    found = facts(prompt, settings=ExtractionSettings(region="RS", city="Bor"))
    assert entity_of(found, "hours", "Mo-Su 09:00-20:00") == "Kapljica u tržnom centru Zvezda"


def test_a_branch_named_by_the_companys_whole_name_a_dash_and_a_place():
    # a store locator's results: the name in a span, then the distance, the address, the phone and the hours
    results = "".join(
        f'<div class="results_entry"><span class="location_name">Tidewater Paint – {place}</span> '
        f"<span>{miles} miles</span><br>{street} San Diego, CA {zip_code} {phone}<br>{hours}</div>"
        for place, miles, street, zip_code, phone, hours in [
            ("Point Loma", "2.4", "3650 Rosecrans St", "92110", "(619) 555-0112", "M–F 6:30a–6p | Sat 8–5 | Sun closed"),
            ("North Park", "3.1", "3021 University Ave", "92104", "(619) 555-0127", "M–F 10–6 | Sat 10–5 | Sun closed"),
        ])
    page = (f"<html><head><title>Find a Store – Tidewater Paint Co.</title></head><body><header><a>Tidewater Paint"
            f"</a></header><main><h1>Find a Store</h1><div id='map_sidebar'>{results}</div></main></body></html>")
    found = facts(document(page, title="Find a Store – Tidewater Paint Co."), settings=US)
    assert entity_of(found, "phone", "+16195550112") == "Tidewater Paint – Point Loma"
    assert entity_of(found, "hours", "Mo-Fr 06:30-18:00; Sa 08:00-17:00; Su off") == "Tidewater Paint – Point Loma"
    assert entity_of(found, "phone", "+16195550127") == "Tidewater Paint – North Park"


def test_a_cards_hours_subsection_is_the_cards():
    page = html("""<section><h2>Downtown</h2>
          <div><h3>Downtown Milwaukee Office</h3><p>735 N Water St, Milwaukee, WI 53202</p><p>(414) 555-0122</p></div>
          <div><h3>Year-round hours</h3><p>Mon–Fri 9–5</p></div></section>
        <section><h2>Bay View</h2>
          <div><h3>Bay View Office</h3><p>2600 S Kinnickinnic Ave, Milwaukee, WI 53207</p><p>(414) 555-0131</p></div>
          <div><h3>Year-round hours</h3><p>Tue & Thu 10–3</p></div></section>""", h1="Offices & Hours")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 09:00-17:00") == "Downtown Milwaukee Office"


def test_rows_of_a_layout_table_read_as_one_line_of_cells_are_named_by_their_first_cell():
    page = html("""<table><tr><td>NASHVILLE - Charlotte Pike<br>6800 Charlotte Pike<br>Nashville, TN 37209<br>
        Phone: (615) 555-0142</td></tr><tr><td>HENDERSONVILLE<br>250 Indian Lake Blvd<br>Hendersonville, TN 37075<br>
        Phone: (615) 555-0163</td></tr></table>""", h1="Store Locations")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+16155550142") == "NASHVILLE - Charlotte Pike"
    assert entity_of(found, "phone", "+16155550163") == "HENDERSONVILLE"


def test_a_link_to_a_store_is_no_store_named_view():
    page = html("""<div><h3>Olathe – Santa Fe St</h3><p>1450 E Santa Fe St, Olathe, KS 66061</p>
        <p>(913) 555-0187</p><a>View store</a></div><div><h3>Kansas City – Westport</h3>
        <p>4100 Broadway Blvd, Kansas City, MO 64111</p><p>(816) 555-0131</p><a>View store</a></div>""", h1="Stores")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+19135550187") == "Olathe – Santa Fe St"


def test_a_store_locators_distance_is_no_part_of_a_name():
    page = html("""<ul><li><a>Summit Sports – Cherry Creek</a> <span>2.1 mi</span><div>3000 E 1st Ave<br>Denver, CO 80206
        </div><div>(303) 555-0121</div></li><li><a>Summit Sports – Boulder</a> <span>24.8 mi</span><div>1900 28th St<br>
        Boulder, CO 80302</div><div>(303) 555-0122</div></li></ul>""", h1="Find a Store")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+13035550121") == "Summit Sports – Cherry Creek"


def test_a_contacts_page_with_one_address_is_the_companys():
    page = html("<p>Москва, ул. Лесная, д. 5</p><p>+7 (495) 601-11-01</p>", h1="Контакты")
    found = facts(document(page, title="Контакты — Книжный дом"))
    assert entity_of(found, "phone", "+74956011101") is None


def test_menu_items_in_the_header_are_not_the_companys_name():
    page = ("<html><head><title>Locations | Oak City Vets</title></head><body><header><a>Oak City Vets</a>"
            "<nav><ul><li><a>New Clients</a></li><li><a>Online Pharmacy</a></li></ul></nav></header><main>"
            "<p><strong>New Client Welcome:</strong> $25 off your pet's first exam through December 31.</p>"
            "</main></body></html>")
    found = facts(document(page), settings=US)
    assert entity_of(found, "promotion", "New Client Welcome") is None


def test_a_closing_time_alone_takes_the_opening_of_the_pages_weekly_hours():
    page = html("""<h2>Кофейня на Ленина</h2><p>ул. Ленина, д. 5</p><p>Ежедневно 8:00–22:00</p>
        <h2>Кофейня на Мира</h2><p>ул. Мира, д. 7</p><p>Пн–Вс 8:00–23:00</p>
        <h2>Новый год</h2><p>31 декабря все кофейни работают до 16:00.</p>""", h1="Кофейни")
    found = facts(document(page))
    assert entity_of(found, "hours", "2026 Dec 31 08:00-16:00") is None


def test_every_branch_closing_early_opens_as_its_own_week_says():
    page = html("""<h2>Riverside shop</h2><p>12 Front St</p><p>Mon–Sat 9–6</p>
        <h2>Hillcrest shop</h2><p>800 Oak Ave</p><p>Mon–Sat 10–7</p>
        <p>Customer care line: Mon–Fri 8 AM – 8 PM.</p>
        <h2>Holiday hours</h2><p>Christmas Eve (Thursday) — every shop closes at 3 p.m.</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-15:00") == "Riverside shop"
    assert entity_of(found, "hours", "2026 Dec 24 10:00-15:00") == "Hillcrest shop"


def test_every_branch_closing_early_opens_as_its_week_says_though_one_week_gives_no_opening_that_day():
    page = html("""<h2>Riverside shop</h2><p>12 Front St</p><p>Mon–Sat 9–6</p>
        <h2>Hillcrest shop</h2><p>800 Oak Ave</p><p>Mon–Sat 10–7</p>
        <h2>Lakeside kiosk</h2><p>5 Shore Rd</p><p>Fri–Sun 12–6</p>
        <h2>Holiday hours</h2><p>Christmas Eve (Thursday) — every shop closes at 3 p.m.</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-15:00") == "Riverside shop"
    assert entity_of(found, "hours", "2026 Dec 24 10:00-15:00") == "Hillcrest shop"
    assert not any("until" in value for kind, value, _ in found if kind == "hours")  # no guess for the kiosk


def test_every_branch_closing_early_opens_as_its_week_says_though_the_week_is_stated_in_parts():
    script = ("[Main]\nFor the Riverside store, press 1. For the Hillcrest store, press 2. For holiday hours, press 3.\n\n"
              "[1 Riverside]\nOur Riverside store is open Monday through Saturday, 9 AM to 6 PM.\n\n"
              "[2 Hillcrest]\nOur Hillcrest store is open Monday through Friday, 10 to 6, and Saturday, 9 to 5. "
              "We are at 800 Oak Avenue, and we are closed on Sundays so our staff can rest.\n\n"
              "[3 Holidays]\nOn Christmas Eve, all locations close at 3 PM.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-15:00") == "Our Riverside store"
    assert entity_of(found, "hours", "2026 Dec 24 10:00-15:00") == "Our Hillcrest store"


def test_the_company_closing_early_on_a_page_of_branches_is_every_branch_closing_early():
    page = html("""<h2>Riverside shop</h2><p>12 Front St</p><p>Mon–Sat 9–6</p>
        <h2>Hillcrest shop</h2><p>800 Oak Ave</p><p>Mon–Sat 10–7</p>
        <h2>Holidays</h2><p>Christmas Eve (Thursday, Dec 24) we close early at 3 PM.</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-15:00") == "Riverside shop"
    assert entity_of(found, "hours", "2026 Dec 24 10:00-15:00") == "Hillcrest shop"


def test_a_months_abbreviation_before_its_day_ends_no_sentence():
    page = html("""<h2>Mill Creek</h2><p>12 Front St, Ocala, FL 34470</p><p>Mon–Sat 9–6</p>
        <h2>Oak Hill</h2><p>800 Oak Ave, Ocala, FL 34471</p><p>Mon–Sat 10–7</p>
        <h2>Holidays</h2><p>Mardi Gras Day, Tuesday Feb. 9, 2027 – Oak Hill closed.</p>""", h1="Shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2027 Feb 09 off") == "Oak Hill"


def test_a_branch_excepted_after_a_closure_of_all_is_not_what_the_closure_is_about():
    page = html("""<h2>Holiday hours</h2><table><tr><th>Holiday</th><th>Date</th><th>Hours</th></tr>
        <tr><td>Christmas Day</td><td>Friday, Dec. 25</td><td>Closed — all stores, including our Elm Street store</td>
        </tr></table>""", h1="Holidays")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 25 off") is None


def test_a_closing_time_alone_of_the_support_line_is_not_every_branchs():
    page = html("""<h2>Riverside shop</h2><p>12 Front St</p><p>Mon–Sat 9–6</p>
        <h2>Hillcrest shop</h2><p>800 Oak Ave</p><p>Mon–Sat 10–7</p>
        <h2>Holiday hours</h2><p>On Christmas Eve the support line closes at 3 p.m.</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entities_of(found, "hours", '2026 Dec 24 open "until 15:00"') == {None}
    assert not [value for kind, value, _ in found if kind == "hours" and value.startswith("2026 Dec 24 ")
                and "until" not in value]


def test_a_closing_time_alone_takes_the_weekly_hours_of_its_place_however_the_notice_writes_its_name():
    page = html("""<h2>Кофейня на Ленина</h2><p>ул. Ленина, д. 5</p><p>Ежедневно 8:00–22:00</p>
        <h2>Кофейня на Мира</h2><p>ул. Мира, д. 7</p><p>Пн–Вс 9:00–23:00</p>
        <h2>Новый год</h2><p>31 декабря кофейня на Мира работает до 16:00.</p>""", h1="Кофейни")
    found = facts(document(page))
    assert entities_of(found, "hours", "2026 Dec 31 09:00-16:00") == {"кофейня на Мира"}


def test_rows_and_headings_that_name_days_are_no_branches():
    page = html("""<table><tr><th>Holiday</th><th>Hours</th></tr>
        <tr><td>Thanksgiving Day</td><td>Thursday, Nov. 26 7 AM – 2 PM</td></tr>
        <tr><td>Christmas Day</td><td>Friday, Dec. 25 Closed</td></tr></table>
        <p>On Christmas Eve (Dec 24) and New Year's Eve, the day clinics are open 8 AM – noon.</p>""",
                h1="Holiday Hours")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Nov 26 07:00-14:00") is None
    assert entity_of(found, "hours", "2026 Dec 25 off") is None
    assert entity_of(found, "hours", "2026 Dec 31 08:00-12:00") is None


def test_a_list_page_with_one_place_in_its_json_ld_is_no_branch_page():
    page = html("""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "VeterinaryCare",
        "name": "Oak City Emergency", "address": {"@type": "PostalAddress", "streetAddress": "5500 Atlantic Ave"}}
        </script>
        <h2>Glenwood Animal Hospital</h2><p>2100 Glenwood Ave, Raleigh, NC 27608</p><p>(919) 555-0112</p>
        <h2>North Hills Clinic</h2><p>4350 Lassiter Mill Rd, Raleigh, NC 27609</p><p>919.555.0125</p>""",
                h1="Our Hospitals & Clinics")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+19195550112") == "Glenwood Animal Hospital"
    assert entity_of(found, "phone", "+19195550125") == "North Hills Clinic"


def test_a_dated_new_label_is_a_fact_that_can_go_stale():
    from datetime import date as _date

    from consistency.documents.document import Document, DocumentText, Unit
    from consistency.facts.extract import ExtractionSettings, extract_facts
    from consistency.findings.engine import evaluate
    from consistency.findings.ruleset import load_rules

    doc = Document(url="https://example.com/news.html", channel="website", source=0, format="html", body=b"")
    text = DocumentText(document=doc, heading="Новости", units=(
        Unit("5 марта 2026 г. открылся новый пункт выдачи на Бутлерова.", context=("Новости",)),
        Unit("Скоро откроется новый магазин на Арбате.", context=("Новости",)),  # no date: nothing to judge
    ))
    facts = extract_facts([text], as_of=_date(2026, 11, 22), settings=ExtractionSettings())
    labels = [f for f in facts if f.origin == "new-label"]
    assert [(f.entity, f.valid_from) for f in labels] == [("пункт выдачи на Бутлерова", _date(2026, 3, 5))]
    rules = [r for r in load_rules() if r.id == "new-label-stale"]
    assert [f.subject for f in evaluate(rules, facts, as_of=_date(2026, 11, 22))] == ["пункт выдачи на Бутлерова"]
    assert evaluate(rules, facts, as_of=_date(2026, 4, 1)) == []


def test_a_paragraph_that_introduces_one_branch_goes_on_about_it():
    page = html("""<p>In 2014 we opened a second, smaller shop in Sellwood, at 8015 SE 13th Ave, Portland, OR 97202.
        Sellwood keeps neighborhood hours: Wednesday through Sunday, noon to 6. Call the Sellwood shop at
        503.555.0178.</p>
        <p>Our newest shop in Bend opened in May; it keeps Mon–Sat 10–6 and stays closed on Sundays.
        You'll find it at 1005 NW Wall St, Suite 110, Bend, OR 97703. Phone (541) 555-0119. Drop your skis off any
        time the shop is open.</p>
        <p>Both shops take returns. Write to hello@wheelworks.example.</p>""", h1="About us")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "We-Su 12:00-18:00") == "shop in Sellwood"
    assert entity_of(found, "phone", "+15415550119") == "shop in Bend"
    assert entity_of(found, "address", "97703, bend, 1005 nw wall st, ste 110") == "shop in Bend"
    assert entity_of(found, "email", "hello@wheelworks.example") is None


def test_a_flagship_is_a_branch():
    page = html("<p>Twenty years later, our North Williams flagship is still on the same block: you'll find it at 3920 "
                "N Williams Ave, Portland, OR 97227. It's open Mon–Sat 10–6 and Sun 11–5.</p>", h1="Our story")
    found = facts(document(page), settings=US)
    assert entity_of(found, "address", "97227, portland, 3920 n williams ave") == "North Williams flagship"
    assert entity_of(found, "hours", "Mo-Sa 10:00-18:00; Su 11:00-17:00") == "North Williams flagship"


def test_a_sentence_led_by_a_branch_name_the_run_knows_is_about_that_branch():
    locations = html("""<section><h2>Dunavska</h2><p>Dunavska 12, 11000 Beograd</p><p>+381 11 400 1001</p></section>
        <section><h2>Savamala</h2><p>Karađorđeva 43, 11000 Beograd</p><p>+381 11 400 1002</p></section>""",
                     h1="Our spaces")
    faq = html("""<h2>Which spaces are open on weekends?</h2>
        <p>Dunavska is open from 10 am to 6 pm on Saturdays and Sundays. Savamala is open 24/7.</p>""", h1="FAQ")
    found = facts(document(locations, name="spaces"), document(faq, name="faq", channel="faq"), settings=RS)
    assert entity_of(found, "hours", "Sa-Su 10:00-18:00") == "Dunavska"
    assert entity_of(found, "hours", "24/7") == "Savamala"


def test_a_quoted_name_in_the_title_is_the_brand_that_names_branches():
    page = ("<html><head><title>Копицентры «Оттиск» — адреса и режим работы</title></head><body><main>"
            "<h1>Копицентры</h1><h2>Адреса копицентров</h2>"
            "<p>Оттиск на Красном проспекте<br>630099, г. Новосибирск, Красный проспект, д. 29<br>Пн–Пт: 8:00–20:00"
            "<br>Тел.: +7 (383) 209-14-50, доб. 101<br>Оттиск в Академгородке<br>Морской проспект, 54<br>"
            "Ежедневно 9:00–21:00<br>Тел.: +7 (383) 209-14-50, доб. 102</p></main></body></html>")
    found = facts(document(page, title="Копицентры «Оттиск» — адреса и режим работы"),
                  settings=ExtractionSettings(region="RU", city="Новосибирск"))
    assert entity_of(found, "phone", "+73832091450;ext=102") == "Оттиск в Академгородке"
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") == "Оттиск в Академгородке"


def test_days_shared_by_several_branches_each_with_its_hours_in_parentheses():
    page = html("<h2>Која експозитура ради суботом?</h2><p>Суботом раде експозитура Центар (од 9 до 13 часова) и "
                "експозитура у Сремској Митровици (од 8 до 12 часова).</p>", h1="Честа питања")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "hours", "Sa 09:00-13:00") == "експозитура Центар"
    assert entity_of(found, "hours", "Sa 08:00-12:00") == "експозитура у Сремској Митровици"


def test_a_branch_the_page_names_in_full_anywhere_in_a_sentence_is_whom_it_is_about():
    page = html("""<section><h2>Holiday hours</h2><p>Winter break bonus day: the Midtown Museum will open on Monday,
        December 28, from 9:30 to 4:30, even though we're usually closed Mondays.</p></section>
        <section><h2>Midtown Museum</h2><p>2630 J Street, Sacramento, CA 95816. Front desk: (916) 555-0133</p></section>
        <section><h2>Davis Tinker Lab</h2><p>615 2nd Street, Davis, CA 95616. Front desk: (530) 555-0148</p></section>""",
                h1="Plan your visit")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 28 09:30-16:30") == "Midtown Museum"


def test_a_menu_listing_the_branches_addresses_adds_no_company_addresses():
    cards = "".join(f"<section><h3>{street}</h3><p>620014, г. Екатеринбург, {street}, д. {house}<br>"
                    f"Режим работы: Пн–Пт 7:00–19:00</p></section>"
                    for street, house in (("ул. Малышева", "36"), ("ул. Бажова", "68"), ("ул. Волгоградская", "189")))
    page = ("<html><body><header><nav><h4>Адреса</h4><ul><li>ул. Малышева, 36</li><li>ул. Бажова, 68</li>"
            "<li>ул. Волгоградская, 189</li></ul></nav></header>"
            f"<main><h1>Пункты забора анализов</h1>{cards}</main>"
            "<footer>Головной офис: 620014, г. Екатеринбург, ул. Малышева, д. 36</footer></body></html>")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Екатеринбург"))
    company = {v for k, v, e in found if k == "address" and e is None}
    assert company == {"620014, екатеринбург, ул малышева, д 36"}  # the footer's head office, not the menu


def test_a_later_sentence_led_by_another_place_and_where_it_is_is_that_places():
    script = ("For our locations, press 2.\n\n[2 locations]\nOur Hillcrest store is at 40 Elm Street, open daily 9 to 5. "
              "Brookside, on Ward Parkway, is open weekdays 10 to 8 and Saturday 9 to 4.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "Mo-Su 09:00-17:00") == "Our Hillcrest store"
    assert entity_of(found, "hours", "Mo-Fr 10:00-20:00; Sa 09:00-16:00") == "Brookside"


def test_an_ivr_menu_option_named_again_in_another_prompt_is_that_branch():
    script = ("For the Midtown Museum, press 1. For the Roseville Discovery Garage, press 2.\n\n"
              "The Midtown Museum, at 2630 J Street in Sacramento, is open Tuesday through Sunday from 9:30 to 4:30.\n\n"
              "The Roseville Discovery Garage, on Vernon Street in Roseville, is open Thursdays and Fridays from 10 "
              "until 2, and on weekends from 9 to 5.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "Th-Fr 10:00-14:00; Sa-Su 09:00-17:00") == "Roseville Discovery Garage"
    assert entity_of(found, "hours", "Tu-Su 09:30-16:30") == "Midtown Museum"


def test_a_quoted_product_named_after_the_company_is_no_branch():
    page = ("<html><head><title>Итиль Банк — кредитные карты</title></head><body><header><a>Итиль Банк</a></header>"
            "<main><h1>Кредитные карты</h1><p>Оформите кредитную карту «Итиль Плюс» — по акции «Первый год за "
            "полцены» обслуживание в первый год стоит 50% от тарифа до 31 декабря.</p></main></body></html>")
    found = facts(document(page, title="Итиль Банк — кредитные карты"),
                  settings=ExtractionSettings(region="RU", city="Казань"))
    assert entities_of(found, "promotion", "Первый год за полцены") == {None}


def test_an_offer_only_at_one_pharmacy_named_in_the_locative_is_that_pharmacys():
    page = html("<h2>„Nedelja zdravlja“</h2><p>Samo u apoteci Kamilica Kraljevo: popust 10% na merenje pritiska, "
                "zaključno sa 20. decembrom.</p>", h1="Akcije")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "promotion", "Nedelja zdravlja") == "apoteci Kamilica Kraljevo"


def test_a_switchboards_extension_list_names_the_branch_each_extension_dials():
    page = html("<h2>Kako da vas dobijem telefonom?</h2><p>Pozovite centralu 018 523 110 i birajte lokal:</p>"
                "<ul><li>lokal 11 – Centar</li><li>lokal 12 – Tehnički fakultet</li></ul>", h1="Česta pitanja")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "phone", "+38118523110;ext=11") == "Centar"
    assert entity_of(found, "phone", "+38118523110;ext=12") == "Tehnički fakultet"
    assert entity_of(found, "phone", "+38118523110") is None


def test_a_branch_page_with_its_address_in_a_subsection_and_other_locations_beside_it():
    page = ("<html><head><title>Federal Hill Shop — Narragansett Lock &amp; Safe</title></head><body><main>"
            "<h1>Federal Hill</h1><p>Our original shop, on Atwells Avenue since 1962.</p>"
            "<section><h2>Visit the shop</h2><p>312 Atwells Ave<br>Providence, RI 02903<br>(401) 555-0127</p>"
            "<h3>Shop hours</h3><p>Mon–Fri: 8:00–5:30<br>Saturday: 9–1<br>Sunday: Closed</p></section>"
            "<section><h2>Holiday Hours (all shops)</h2><p>Thursday, Dec. 24: open 9 AM – 2 PM</p></section>"
            "<section><h2>Our other locations</h2><h3>Cranston</h3><p>1450 Reservoir Ave, Cranston, RI 02920<br>"
            "401-555-0148</p><h3>Warwick</h3><p>2200 Post Rd, Unit 7, Warwick, RI 02886<br>(401) 555-0193</p>"
            "</section></main></body></html>")
    found = facts(document(page, title="Federal Hill Shop — Narragansett Lock & Safe"), settings=US)
    assert entity_of(found, "phone", "+14015550127") == "Federal Hill"
    assert entity_of(found, "hours", "Mo-Fr 08:00-17:30; Sa 09:00-13:00; Su off") == "Federal Hill"
    assert entity_of(found, "hours", "2026 Dec 24 09:00-14:00") is None  # every shop's
    assert entity_of(found, "phone", "+14015550148") == "Cranston"


def test_a_branch_page_whose_own_address_sits_under_an_address_heading_beside_nearby_locations():
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "AutoRepair",
          "name": "Lakeshore Auto Care Fairview – Route 9", "telephone": "+1-201-555-0141",
          "address": {"@type": "PostalAddress", "streetAddress": "410 Bergen Blvd", "addressLocality": "Fairview",
          "postalCode": "07022"}}</script></head><body><main><h1>Lakeshore Auto Care Fairview – Route 9</h1>
        <section><h2>Address</h2><p>410 Bergen Blvd<br>Fairview, NJ 07022</p></section>
        <section><h2>Store Phone</h2><p>(201) 555-0141</p></section>
        <section><h2>Nearby Locations</h2>
          <div><h3>Cliffside Park</h3><p>77 Anderson Ave<br>Cliffside Park, NJ 07010</p><p>(201) 555-0142</p></div>
          <div><h3>Ridgefield</h3><p>520 Broad Ave<br>Ridgefield, NJ 07657</p><p>(201) 555-0143</p></div>
        </section></main></body></html>"""
    # the heading over the address speaks of the page's own place, and the title sets the company's name apart
    found = facts(document(page, title="Lakeshore Auto Care – Fairview – Route 9 | Brakes in Fairview, NJ"),
                  settings=US)
    assert entity_of(found, "phone", "+12015550141") == "Fairview – Route 9"
    assert entity_of(found, "address", "07022, fairview, 410 bergen blvd") == "Fairview – Route 9"
    assert entity_of(found, "phone", "+12015550142") == "Cliffside Park"


def test_a_json_ld_place_named_after_the_company_and_the_branch():
    page = """<html><head><title>Lindenberry Tea | Boba in Lincoln</title>
        <script type="application/ld+json">[{"@context": "https://schema.org", "@type": "Organization",
          "name": "Lindenberry Tea Co.", "url": "https://lindenberry.example"},
         {"@context": "https://schema.org", "@type": "CafeOrCoffeeShop", "name": "Lindenberry Tea Co. – Old Mill",
          "telephone": "+1-402-555-0188", "address": {"@type": "PostalAddress", "streetAddress": "15 Mill Rd",
          "addressLocality": "Lincoln", "postalCode": "68508"}}]</script></head><body><main>
        <h1>Lindenberry Tea | Boba in Lincoln</h1><p>Milk tea, fruit tea and loose leaf.</p>
        <h2>Our cafés</h2><h3>Old Mill</h3><p>15 Mill Rd, Lincoln, NE 68508</p>
        <h3>College View</h3><p>4800 Prescott Ave, Lincoln, NE 68506</p></main></body></html>"""
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+14025550188") == "Old Mill"


def test_a_branch_at_a_landmark_named_after_a_person():
    page = html("""<h2>Koja apoteka radi noću?</h2>
        <p>Noću radi samo naša apoteka na aerodromu Konstantin Veliki, hala polazaka. Telefon: 018 4215 770.</p>""",
                h1="Česta pitanja")
    found = facts(document(page, fmt="html"), settings=RS)
    assert entity_of(found, "phone", "+381184215770") == "apoteka na aerodromu Konstantin Veliki"


def test_a_listed_branch_with_its_address_in_brackets_before_its_hours():
    page = html("""<h2>Kada rade ostale poslovnice?</h2>
        <p>Detelinara (Bulevar Jaše Tomića 7): pon–pet 8–20h, subotom 8–14h.<br>
        Telep (Ulica Ive Andrića 21, lokal 3): svakim danom od 9 do 21h.</p>""", h1="Česta pitanja")
    found = facts(document(page), settings=ExtractionSettings(region="RS", city="Нови Сад"))
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 08:00-14:00") == "Detelinara"
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") == "Telep"


def test_a_line_led_by_a_preposition_and_a_place_in_a_reply_about_branches():
    page = html("""<h2>Как вы работаете в майские праздники?</h2>
        <p>У каждой химчистки свой график.<br>На Таганской: 1 мая — выходной, 2 мая — с 10 до 17.<br>
        На Рождество: 7 января — с 12 до 18.<br>В Москве: 9 мая — выходной.</p>""", h1="Вопросы и ответы")
    found = facts(document(page))
    assert entity_of(found, "hours", "2027 May 02 10:00-17:00") == "На Таганской"
    assert entity_of(found, "hours", "2027 Jan 07 12:00-18:00") is None  # a day, not a place
    assert entity_of(found, "hours", "2027 May 09 off") is None  # the city, not a branch


def test_a_hospital_named_before_its_type_word():
    page = html("""<h2>When are you open?</h2>
        <p>For a sick pet after hours, call our Lakewood hospital at (303) 555-0177. The Belmar Animal Hospital
        sees walk-ins too.</p>""", h1="FAQ")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+13035550177") == "Lakewood hospital"


def test_an_offer_under_a_heading_naming_the_pages_own_branch():
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Florist",
          "name": "Цвећара Бозур Земун", "address": "Главна 12, 11080 Београд"}</script></head><body><main>
        <h1>Цвећара Бозур Земун</h1><p>Главна 12, 11080 Београд. Сваким даном од 8 до 21 час.</p>
        <h2>Понуда у нашој цвећари у Земуну</h2>
        <h3>Зимски букет</h3><p>Букет од белих ружа по цени од 1.990 динара уместо 2.600 динара, до 15. децембра.</p>
        <h2>У свим цвећарама Бозур</h2>
        <h3>Венац за врата</h3><p>Попуст 10% на венце за врата до 20. децембра.</p>
        </main></body></html>"""
    found = facts(document(page), settings=RS)
    assert entity_of(found, "promotion", "Зимски букет") == "Цвећара Бозур Земун"
    assert entity_of(found, "promotion", "Венац за врата") is None


def test_a_sidebar_card_headed_by_a_bare_district_under_other_branches():
    page = html("""<p>Сваким даном од 8 до 20 часова.</p>
        <aside><h2>Остале пекаре</h2>
          <div><h3>Звездара</h3><p>Булевар краља Александра 300</p></div>
          <div><h3>Карабурма</h3><p>Мије Ковачевића 9, ради нон-стоп</p></div>
        </aside>""", h1="Пекара Класје Палилула", footer="Корисничка подршка: 011 3300 200")
    found = facts(document(page), settings=RS)
    assert entity_of(found, "address", "београд, б-р краља александра, д 300") == "Звездара"
    assert entity_of(found, "hours", "24/7") == "Карабурма"


def test_a_card_line_pointing_back_at_this_store_is_the_cards():
    page = html("""<p>Mission Hills store 2.4 miles<br>4120 Goldfinch St San Diego, CA 92103 (619) 555-0121<br>
        Email this store: missionhills@harborpaint.example Mon–Fri 7a–6p, Sat 8–4<br>
        Clairemont store 5.8 miles<br>3305 Clairemont Dr San Diego, CA 92117 (858) 555-0122<br>
        Email this store: clairemont@harborpaint.example Mon–Sat 7–6, Sun 9–3</p>""", h1="Find a Store")
    found = facts(document(page), settings=US)
    assert entity_of(found, "email", "missionhills@harborpaint.example") == "Mission Hills store"
    assert entity_of(found, "hours", "Mo-Sa 07:00-18:00; Su 09:00-15:00") == "Clairemont store"


def test_a_json_ld_place_named_as_the_company_on_a_page_of_several_points_is_the_company():
    page = """<html><head><title>Прокат сапбордов «Волна» — Анапа</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "LocalBusiness",
          "name": "Сапборды «Волна»", "telephone": "+7 861 555-20-20",
          "address": "353440, Анапа, ул. Горького, д. 12, оф. 5"}</script></head><body><main>
        <h1>Сапборды у моря</h1><p>Офис: 353440, г. Анапа, ул. Горького, д. 12, оф. 5. Тел. +7 861 555-20-20.</p>
        <h2>Пункты проката</h2>
        <h3>Пункт на Пионерском проспекте</h3><p>Пионерский пр-т, д. 40. Ежедневно 8–20.</p>
        <h3>Пункт в Джемете</h3><p>ул. Лазурная, д. 3. Ежедневно 9–19.</p></main></body></html>"""
    found = facts(document(page, title="Прокат сапбордов «Волна» — Анапа"),
                  settings=ExtractionSettings(region="RU", city="Анапа"))
    assert entity_of(found, "phone", "+78615552020") is None
    assert entity_of(found, "hours", "Mo-Su 08:00-20:00") == "Пункт на Пионерском проспекте"


def test_a_serbian_place_named_by_an_adjective_and_a_lowercase_noun():
    page = html("""<h2>Kada radi kopirnica kod Pravnog fakulteta?</h2>
        <p>Kopirnica kod Pravnog fakulteta radi radnim danima od 8 do 20h, subotom od 9 do 13h.</p>
        <h2>Gde je perionica?</h2><p>Perionica Topla voda radi non-stop.</p>""", h1="Česta pitanja")
    found = facts(document(page), settings=ExtractionSettings(region="RS", city="Niš"))
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 09:00-13:00") == "Kopirnica kod Pravnog fakulteta"
    assert entity_of(found, "hours", "24/7") == "Perionica Topla voda"


def test_where_a_named_branch_is_after_a_comma_is_no_second_branch():
    script = """Za perionicu Smederevo pritisnite 1.
Perionica Smederevo, u Karađorđevoj ulici broj 40, radi radnim danima od 7 do 19 časova, a subotom od 8 do 14.
"""
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 07:00-19:00; Sa 08:00-14:00") == "Perionica Smederevo"


def test_a_product_line_named_after_the_company_is_no_branch():
    page = html("""<h2>Winter Wellness</h2>
        <p>Buy 2, get 1 free on all Bayou Essentials vitamins and supplements, Dec 1 – Dec 14.</p>""",
                h1="Weekly Deals")
    found = facts(document(page, title="Weekly Deals | Bayou Drug"), settings=US)
    assert entity_of(found, "promotion", "Winter Wellness") is None


def test_a_quoted_name_after_a_plural_type_word_names_the_chain_whose_branches_follow():
    page = html("""<p>Наш первый зал — на Кирова, 12. Ежедневно с 7 до 23.</p>
        <p>Другие клубы «Импульс»<br>Импульс на Гагарина, пр-т Гагарина, 8<br>Импульс в Сормове, ул. Коминтерна, 40</p>""",
                h1="Фитнес-клуб на Кирова")
    found = facts(document(page, title="Фитнес-клуб на Кирова — Нижний Новгород"),
                  settings=ExtractionSettings(region="RU", city="Нижний Новгород"))
    assert entity_of(found, "address", "нижний новгород, пр-кт гагарина, д 8") == "Импульс на Гагарина"
    assert entity_of(found, "address", "нижний новгород, ул коминтерна, д 40") == "Импульс в Сормове"


def test_a_quoted_chain_name_in_a_heading_names_the_branches_listed_under_it():
    page = html("""<p>Наш первый зал — на Кирова, 12. Ежедневно с 7 до 23.</p>
        <div class="t-rec"><div class="t795__title t-title">Другие клубы «Импульс»</div>
        <div class="t795__descr">Импульс на Гагарина, пр-т Гагарина, 8<br>Импульс в Сормове, ул. Коминтерна, 40</div>
        </div>""", h1="Фитнес-клуб на Кирова")
    found = facts(document(page, title="Фитнес-клуб на Кирова — Нижний Новгород"),
                  settings=ExtractionSettings(region="RU", city="Нижний Новгород"))
    assert entity_of(found, "address", "нижний новгород, пр-кт гагарина, д 8") == "Импульс на Гагарина"
    assert entity_of(found, "address", "нижний новгород, ул коминтерна, д 40") == "Импульс в Сормове"


def test_a_branch_page_whose_first_section_lists_the_other_branches_by_name():
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
          "@type": "HealthClub", "name": "Импульс на Кирова", "address": "Нижний Новгород, ул. Кирова, 12"}</script>
        </head><body><main><h1>Импульс на Кирова</h1>
        <p>Наш первый зал. Адрес: ул. Кирова, д. 12. Ежедневно с 7 до 23.<br>
        Другие клубы «Импульс»<br>Импульс на Гагарина, пр-т Гагарина, 8<br>
        Импульс в Сормове, ул. Коминтерна, 40</p></main></body></html>"""
    found = facts(document(page, title="Импульс на Кирова — фитнес в Нижнем Новгороде"),
                  settings=ExtractionSettings(region="RU", city="Нижний Новгород"))
    assert entity_of(found, "hours", "Mo-Su 07:00-23:00") == "Импульс на Кирова"
    assert entity_of(found, "address", "нижний новгород, пр-кт гагарина, д 8") == "Импульс на Гагарина"


def test_a_json_ld_place_named_as_a_title_part_other_than_the_heading_is_the_company():
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
          "@type": "HairSalon", "name": "Copperline Cuts", "telephone": "+1-412-555-0100",
          "address": {"@type": "PostalAddress", "streetAddress": "700 Smithfield St, Suite 3",
          "addressLocality": "Pittsburgh", "postalCode": "15222"}}</script></head><body><main>
        <h1>Our Shops</h1>
        <h2>Lawrenceville</h2><p>4100 Butler St, Pittsburgh, PA 15201</p><p>(412) 555-0101</p>
        <h2>Squirrel Hill</h2><p>5800 Forbes Ave, Pittsburgh, PA 15217</p><p>(412) 555-0102</p>
        </main></body></html>"""
    found = facts(document(page, title="Our Shops | Copperline Cuts | Pittsburgh Barbers"), settings=US)
    assert entity_of(found, "phone", "+14125550100") is None
    assert entity_of(found, "phone", "+14125550101") == "Lawrenceville"


def test_a_number_with_the_branch_it_reaches_in_brackets():
    text = ("Poslovnica u Valjevu radi radnim danima od 9 do 17h, a poslovnica u Kraljevu od 8 do 16h. "
            "Pozovite nas: 014 5550 111 (Valjevo), 036 5550 222 (Kraljevo) ili besplatno na 0800 22 33 44.")
    found = facts(document(text, "txt", name="o-nama"), settings=RS)
    # not the branch named nearest before it, and called as the text names it
    assert entity_of(found, "phone", "+381365550222") == "poslovnica u Kraljevu"
    assert entity_of(found, "phone", "+381145550111") == "Poslovnica u Valjevu"
    assert entity_of(found, "phone", "+381800223344") is None


def test_a_known_branch_leading_a_line_before_a_middle_dot():
    text = """# The Spoke Sheet · December

## Hawthorne shop

Closes at 5 on weekdays through February for winter.

## Alberta shop

Open late on Thursdays until 8 in December.

## Where to find us

- **Hawthorne** · 3500 SE Hawthorne Blvd, Portland · (503) 555-0131
- **Alberta** · 1820 NE Alberta St, Portland · (503) 555-0132
"""
    found = facts(document(text, "md", channel="newsletter", name="spoke-sheet"), settings=US)
    assert entity_of(found, "phone", "+15035550131") == "Hawthorne shop"
    assert entity_of(found, "phone", "+15035550132") == "Alberta shop"


def test_a_contact_page_of_a_single_place_is_not_a_branch_page():
    page = """<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Hostel",
          "name": "Hostel Kaldrma", "address": "Ulica Cara Dušana 4, 18000 Niš"}</script></head><body><main>
        <h1>Kontakt i lokacija – Hostel Kaldrma Niš</h1>
        <p>Recepcija radi non-stop. Telefon: 018 555 1234, e-mail: info@kaldrma.example</p>
        <p>Ulica Cara Dušana 4, 18000 Niš</p></main></body></html>"""
    found = facts(document(page, title="Kontakt i lokacija – Hostel Kaldrma Niš"), settings=RS)
    assert entity_of(found, "hours", "24/7") is None


def test_a_branch_the_text_names_another_way_takes_the_name_the_page_gives_it():
    page = """<html><body><main><h1>Store news</h1>
        <h2>Maplewood Books – Old Town</h2><p>215 Front St, Fairhaven, WA 98225</p><p>(360) 555-0111</p>
        <h2>Maplewood Books – Eastgate</h2><p>4020 Meridian St, Fairhaven, WA 98226</p><p>(360) 555-0112</p>
        <h2>This week</h2><p>Story Hour Sale: 20% off picture books at our Old Town store only, December 1–7.</p>
        </main></body></html>"""
    found = facts(document(page, title="Store news | Maplewood Books"), settings=US)
    assert entity_of(found, "promotion", "Story Hour Sale") == "Maplewood Books – Old Town"


def test_a_press_release_about_one_new_shop_is_that_shops():
    text = """FOR IMMEDIATE RELEASE

Pinegrove Pretzel Co. Opens Third Shop in Maple Heights
Opening weekend brings half-price twists and free lemonade for kids

MAPLE HEIGHTS, Ohio (Nov. 16, 2026) -- Pinegrove Pretzel Co., the family bakery that began at a farmers'
market stall in 2012, will open its third shop on Friday, Dec. 4.

Pinegrove Maple Heights, at 410 Lakeview Rd, Maple Heights, OH 44137, seats 30 and bakes every pretzel in view
of the counter. The shop will be open from 7 AM to 7 PM daily.

OPENING WEEKEND OFFERS

  * Maple Heights Grand Opening: 50% off every twist at the new shop, 4-6 December.
  * Double Twist Days: Crumb Club members earn double points at all three Pinegrove shops, 4-6 December.

ABOUT PINEGROVE

Pinegrove Pretzel Co. operates shops in Tremont and Ohio City, and now in Maple Heights.
The new shop's phone number is (216) 555-0140.

MEDIA CONTACT
Ana Ruiz, Marketing Lead
(216) 555-0100 ext. 7
"""
    found = facts(document(text, "txt", channel="press", name="press-release"), settings=US)
    shop = "Pinegrove Maple Heights"
    assert entity_of(found, "hours", "Mo-Su 07:00-19:00") == shop
    assert entity_of(found, "phone", "+12165550140") == shop  # "the new shop", under "About Pinegrove"
    assert entity_of(found, "promotion", "Maple Heights Grand Opening") == shop
    assert entity_of(found, "promotion", "Double Twist Days") is None  # "at all three Pinegrove shops"
    assert entity_of(found, "phone", "+12165550100;ext=7") is None  # the media contact


def test_a_newsletter_section_about_one_branch_opening_is_that_branchs():
    text = """# The Leaf Letter, March

## Eastside opens Saturday, March 6

Our third bar is ready. **Bramble Tea Eastside** is at 88 Elm St, Dayton, OH 45403.

- **Hours:** Tues–Sun 10a–6p, closed Mondays
- **Phone:** (937) 555-0166

### Eastside Grand Opening

25% off all drinks at Eastside, 3/6–3/7.

## Spring sampler

Every bar pours a spring sampler flight, March 1–31, for $9.

Questions? Call (937) 555-0100.
"""
    found = facts(document(text, "md", channel="newsletter", name="leaf-letter"), settings=US)
    shop = "Bramble Tea Eastside"
    assert entity_of(found, "phone", "+19375550166") == shop
    assert entity_of(found, "hours", "Mo off; Tu-Su 10:00-18:00") == shop
    assert entity_of(found, "promotion", "Eastside Grand Opening") == shop
    assert entity_of(found, "phone", "+19375550100") is None  # another section: the company's


def test_a_headline_about_the_company_opening_names_no_branch():
    text = """# Copperkettle Opens Online Ordering

Order ahead from any of our cafés. Our support line (614) 555-0150 answers Mon–Fri 9–5.
"""
    found = facts(document(text, "md", channel="newsletter", name="ordering", title="News | Copperkettle"),
                  settings=US)
    assert entity_of(found, "phone", "+16145550150") is None


def test_all_of_a_counted_number_of_shops_is_the_company():
    page = html("<p>ул. Садовая, 12. Ежедневно с 8 до 22.</p>"
                "<p>31 декабря во всех пяти кофейнях «Зёрнышко» работаем с 8 до 16.</p>", h1="Кофейня на Садовой")
    found = facts(document(page))
    assert entity_of(found, "hours", "Mo-Su 08:00-22:00") == "Кофейня на Садовой"
    assert entity_of(found, "hours", "2026 Dec 31 08:00-16:00") is None


def test_a_branch_named_with_a_possessive_type_word():
    text = "We have two shops in town. The Sellwood shop's hours are 8 to 6 daily; call (503) 555-0190."
    found = facts(document(text, "txt", name="about"), settings=US)
    assert entity_of(found, "hours", "Mo-Su 08:00-18:00") == "The Sellwood shop"


def test_a_branch_named_after_a_date_is_still_a_branch_but_one_named_by_a_weekday_is_not():
    text = ("Сервис на 8 Марта: пн–пт 8–20, сб 9–18.\n"
            "We will open our new shop on Friday. Our office is open 9 to 5 on weekdays.")
    found = facts(document(text, "txt", name="kontakty"))
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 09:00-18:00") == "Сервис на 8 Марта"


def test_an_offer_named_after_a_branchs_opening_is_that_branchs():
    page = """<html><body><main><h1>This week's deals</h1>
        <h2>Winter Kit Sale</h2><p>20% off ice scrapers and jumper cables, December 1–7.</p>
        <h2>Alamo Heights Grand Opening</h2><p>Our newest store, Store #0412 – Alamo Heights, opens Saturday,
        December 12 at 5100 Broadway, San Antonio, TX 78209. Celebrate with us: 25% off everything, Dec 12–13.</p>
        </main></body></html>"""
    found = facts(document(page, title="Deals | Torque Auto Parts"), settings=US)
    assert entity_of(found, "promotion", "Alamo Heights Grand Opening") == "Store #0412 – Alamo Heights"
    assert entity_of(found, "promotion", "Winter Kit Sale") is None
    text = "* LAKESIDE: thank you for making our Lakeside Grand Opening (Oct 3-4) such a hit -- 900 free washes!\n"
    found = facts(document(text, "txt", channel="newsletter", name="news"), settings=US)
    assert entity_of(found, "promotion", "Lakeside Grand Opening") == "Lakeside"


def test_an_faq_answer_about_a_branch_the_navigation_lists():
    page = """<html><body><header><nav><ul><li>Home</li><li>Locations<ul><li>Old Mill</li><li>Riverside</li>
        <li>The Loft</li></ul></li><li>FAQ</li></ul></nav></header><main><h1>Questions</h1>
        <h3>Why is Riverside closed on Sundays?</h3><p>The street is quiet then, so the crew rests. The shop is open
        Monday through Saturday from 10 in the morning until 6 at night.</p>
        <h3>How do I book The Loft?</h3><p>E-mail the suite at loft@tallowbarbers.example with two times.</p>
        <h3>What are your hours?</h3><p>Old Mill is open Mon–Fri 9–5 and Saturdays 9 to 1. Riverside keeps weekday
        hours of 10 to 7.</p>
        </main><footer>Tallow Barbers · hello@tallowbarbers.example</footer></body></html>"""
    found = facts(document(page, "html", name="faq", title="FAQ | Tallow Barbers"), settings=US)
    assert entity_of(found, "hours", "Mo-Sa 10:00-18:00") == "Riverside"
    assert entity_of(found, "email", "loft@tallowbarbers.example") == "The Loft"
    assert entity_of(found, "hours", "Mo-Fr 10:00-19:00") == "Riverside"  # its own sentence, not the line's lead
    assert entity_of(found, "email", "hello@tallowbarbers.example") is None


# Seasons a page names in one section and holds to in another --------------------------------------------------


_TAX_SEASON_PAGE = """<html><body><main><h1>Offices</h1>
    <h2>The season ahead</h2><p>Tax season runs January 15 through April 15{year}. Book early!</p>
    <h2>Lakeview Office</h2><p>410 W Oak St, Springfield, IL 62704</p><p>Year-round: Mon–Fri 9–5.</p>
    <p>During tax season we are also open Saturdays 9 AM to 3 PM.</p>
    <h2>Elm Grove Office</h2><p>88 Elm Grove Rd, Springfield, IL 62702</p>
    <p>Elm Grove is open Saturdays 9 AM to 1 PM all year.</p>
    </main></body></html>"""


def test_a_season_an_intro_names_holds_a_later_sections_hours_that_name_it():
    found = facts(document(_TAX_SEASON_PAGE.format(year=", 2027"), name="offices"),
                  settings=ExtractionSettings(region="US", city="Springfield"))
    assert entity_of(found, "hours", "2027 Jan 15-2027 Apr 15 Sa 09:00-15:00") == "Lakeview Office"
    assert entity_of(found, "hours", "Mo-Fr 09:00-17:00") == "Lakeview Office"  # names no season: all year
    assert entity_of(found, "hours", "Sa 09:00-13:00") == "Elm Grove Office"
    assert not entities_of(found, "hours", "Sa 09:00-15:00")
    # without the intro, "tax season" has no dates: the week stays a week
    alone = _TAX_SEASON_PAGE.format(year="").replace("Tax season runs January 15 through April 15.", "")
    found = facts(document(alone, name="offices"), settings=ExtractionSettings(region="US", city="Springfield"))
    assert entity_of(found, "hours", "Sa 09:00-15:00") == "Lakeview Office"


def test_a_season_named_without_a_year_is_read_again_when_the_date_moves():
    """A page whose date is as_of (no Last-Modified): the season's year follows the date even from the cache."""
    from consistency.facts.extract import facts_of_reads, read_units

    class Cache(dict):
        def layouts(self, keys):
            return {k: self[k] for k in keys if k in self}

        facts = layouts

        def keep_layout(self, key, value):
            self[key] = value

        keep_facts = keep_layout

        def facts_used(self, keys):
            pass

    text = read_document(document(_TAX_SEASON_PAGE.format(year=""), name="offices"))
    settings = ExtractionSettings(region="US", city="Springfield")
    cache = Cache()
    for today, year in ((date(2026, 12, 10), 2027), (date(2027, 6, 1), 2028), (date(2026, 12, 11), 2027)):
        read = read_units(text, today, settings, key="offices", any_day=True)
        got = [(f.value, f.entity) for f in facts_of_reads([read], settings, cache=cache) if f.kind == "hours"]
        fresh = [(f.value, f.entity) for f in extract_facts([text], as_of=today, settings=settings)
                 if f.kind == "hours"]
        assert got == fresh
        assert (f"{year} Jan 15-{year} Apr 15 Sa 09:00-15:00", "Lakeview Office") in got


# Branch names across scripts, subjects joined by "and", names inside a fact ---------------------------------------


def test_a_branch_named_by_the_brand_after_a_leading_type_phrase_in_another_script():
    """Title "Pet shop Lapica Kraljevo" (Latin), text in Cyrillic: "Лапица Центар" is a branch named by the brand."""
    page = html("""<h2>Када радите?</h2>
        <p>Лапица Центар: радним данима од 8 до 20, суботом од 8 до 15.<br>
        Лапица Рибница: сваког дана од 9 до 21 час.</p>""", h1="Честа питања")
    found = facts(document(page, name="faq", title="Česta pitanja | Pet shop Lapica Kraljevo"), settings=RS)
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 08:00-15:00") == "Лапица Центар"
    assert entity_of(found, "hours", "Mo-Su 09:00-21:00") == "Лапица Рибница"


def test_branches_joined_by_and_share_their_sentences_fact_but_a_comma_alone_joins_none():
    page = html("""<h2>Which stores never close?</h2>
        <p>The Harbor Road store in Dunmore and the Quarry Lane store in Eastfield are open 24 hours a day.</p>
        <h2>Sundays</h2><p>Unlike the Harbor Road store, the Mill Street store is open Sundays 10 to 4.</p>""",
                h1="Store FAQ")
    found = facts(document(page, name="faq"), settings=US)
    assert {name_key_of(e) for e in entities_of(found, "hours", "24/7")} == {
        name_key_of("Harbor Road store"), name_key_of("Quarry Lane store")}
    assert entity_of(found, "hours", "Su 10:00-16:00") == "Mill Street store"


def test_a_branch_named_inside_its_own_fact_beats_one_named_before_it():
    text = "На Божић, 7. јануара, апотека Центар ради од 10 до 14, а апотека Лиман је затворена."
    found = facts(document(html(f"<p>{text}</p>", h1="Празници"), name="praznici"), settings=RS)
    assert entity_of(found, "hours", "2027 Jan 07 10:00-14:00") == "апотека Центар"
    assert entity_of(found, "hours", "2027 Jan 07 off") == "апотека Лиман"


def test_every_branch_named_after_the_company_is_the_company():
    text = "All through December, the Winter Battery Check is free at every Ridgecrest store."
    found = facts(document(html(f"<p>{text}</p>", h1="Offers"), name="offers"), settings=US)
    assert entity_of(found, "promotion", "Winter Battery Check") is None


# The page's navigation, its schema.org places, its IVR items --------------------------------------------------------


def test_a_branch_the_navigation_lists_named_in_full_in_a_sentence():
    page = """<html><body><header><nav><ul><li>Home</li><li>Locations<ul><li>Elmwood Animal Hospital</li>
        <li>Brierly Pet Care Center</li><li>Kanab</li><li>Eastgate Emergency &amp; Specialty</li></ul></li></ul></nav>
        </header><main><h1>Questions</h1>
        <h3>Are you open on holidays?</h3><p>All day clinics are closed on Christmas Day.
        The Brierly Pet Care Center is also closed Friday, November 27.</p>
        <h3>What about emergencies?</h3><p>Eastgate Emergency &amp; Specialty on Atlantic Avenue is open 24/7.</p>
        <h3>Where do I park?</h3><p>Our office is at 400 Main St, Kanab, UT 84741.</p>
        </main><footer>Paws Group</footer></body></html>"""
    found = facts(document(page, name="faq", title="FAQ | Paws Group"), settings=US)
    assert entity_of(found, "hours", "2026 Nov 27 off") == "Brierly Pet Care Center"
    assert entity_of(found, "hours", "24/7") == "Eastgate Emergency & Specialty"
    assert entity_of(found, "hours", "2026 Dec 25 off") is None
    # a listed name inside an address is where the address is, not whom it is about
    assert entity_of(found, "address", "84741, kanab, 400 main st") is None


def test_schema_org_places_take_the_name_the_cards_give_their_phone_or_address():
    page = """<html><body><main><h1>Find a store</h1>
        <h2>Store #104 – Midtown</h2><p>3315 S Peoria Ave, Tulsa, OK 74105</p><p>Main (918) 555-0141</p>
        <h2>Store #112 – Broken Arrow</h2><p>2150 W Kenosha St, Broken Arrow, OK 74012</p><p>Main (918) 555-0112</p>
        <div itemscope itemtype="https://schema.org/HomeAndConstructionBusiness">
          <span itemprop="telephone">918.555.0112</span></div>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "HomeAndConstructionBusiness",
          "name": "Tulsa Tile Store #104", "telephone": "+19185550141",
          "openingHours": "Mo-Fr 09:00-19:00"}</script>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "LocalBusiness",
          "name": "Tulsa Tile", "telephone": "+19185550100"}</script>
        </main><footer>Call us: (918) 555-0100</footer></body></html>"""
    found = facts(document(page, name="stores", title="Stores | Tulsa Tile"), settings=US)
    assert entity_of(found, "phone", "+19185550141") == "Store #104 – Midtown"
    assert entity_of(found, "hours", "Mo-Fr 09:00-19:00") == "Store #104 – Midtown"
    assert entity_of(found, "phone", "+19185550112") == "Store #112 – Broken Arrow"
    assert entity_of(found, "phone", "+19185550100") is None  # the company's own place


def test_an_ivr_item_that_gives_only_a_number_is_a_line_not_a_place():
    script = """[GREETING]
Thank you for calling the Lakeshore Library.
[MENU]
For the North Branch, press 1. For the South Branch, press 2. To renew your items, press 3.
[1 NORTH]
The North Branch is at 12 Oak Street. It is open weekdays 10 to 6.
[2 SOUTH]
The South Branch is at 40 Pine Street. It is open weekdays 11 to 7.
[3 RENEW]
To renew by phone, call our renewal line at 802-555-0190.
"""
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "phone", "+18025550190") is None
    assert name_key_of(entity_of(found, "hours", "Mo-Fr 10:00-18:00")) == name_key_of("North Branch")


def name_key_of(name):
    from consistency.facts.branch_names import name_key
    return name_key(name or "")


# Offers on a branch page -------------------------------------------------------------------------------------------


def test_an_offer_on_a_branch_page_is_the_branchs_when_it_names_the_place_or_its_heading_calls_it_the_branchs():
    page = html("""<p>ул. Баумана, 44/8</p><p>Ежедневно с 9 до 21</p>
        <h2>Акции салона</h2><h3>«Новоселье»</h3><p>До 20 декабря маникюр с покрытием со скидкой 20%.</p>
        <h2>Сезон</h2><h3>«Зимний вечер»</h3><p>Скидка 15% на вечерние укладки на Баумана до 31 декабря.</p>
        <h2>Во всех салонах</h2><h3>«Подарочный сертификат»</h3>
        <p>Скидка 10% на сертификаты до 31 декабря.</p>""", h1="Салон на Баумана")
    found = facts(document(page, name="salon-baumana", title="Салон на Баумана — Шафран"))
    assert entity_of(found, "promotion", "Новоселье") == "Салон на Баумана"
    assert entity_of(found, "promotion", "Зимний вечер") == "Салон на Баумана"
    assert entity_of(found, "promotion", "Подарочный сертификат") is None  # a branch page repeats the chain's offers


def test_rows_led_by_place_names_list_branches_without_a_heading_saying_so():
    page = html("""<h3>What are your hours?</h3>
        <p>Hours vary a little:<br>Oak Ridge – Mon thru Fri 7 a.m. to 7 p.m., Saturday 8 a.m. to 4 p.m.<br>
        Bellmont – weekdays 7:00–6:30, Sat 8:00–2:00.</p>""", h1="Questions")
    found = facts(document(page, "faq", channel="faq"), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 07:00-19:00; Sa 08:00-16:00") == "Oak Ridge"
    assert entity_of(found, "hours", "Mo-Fr 07:00-18:30; Sa 08:00-14:00") == "Bellmont"


def test_a_status_line_is_no_branch_among_rows():
    page = html("""<p>Открыто: пт, сб, вс — с 14 до 22.<br>Информация: +7 (8142) 55-10-20</p>""", h1="Баня")
    found = facts(document(page), settings=RU)
    assert entity_of(found, "hours", "Fr-Su 14:00-22:00") is None


def test_sibling_headings_led_by_one_word_name_its_branches():
    text = """# Праздники

## Колосок Центр

31 декабря — с 9 до 16.

## Колосок Заречье

31 декабря не работаем.
"""
    found = facts(document(text, "markdown", name="prazdniki"))
    assert entity_of(found, "hours", "2026 Dec 31 09:00-16:00") == "Колосок Центр"
    assert entity_of(found, "hours", "2026 Dec 31 off") == "Колосок Заречье"


def test_a_name_leading_title_lines_with_places_is_the_company_naming_its_branches():
    text = """НАШИ МАГАЗИНЫ

«Кубарик» на Садовой
ул. Садовая, 12
10:00–20:00 ежедневно

«Кубарик» в ТЦ «Радуга»
пр. Мира, 40
10:00–22:00 ежедневно
"""
    found = facts(document(text, "txt", name="listovka"))
    assert entity_of(found, "hours", "Mo-Su 10:00-20:00") == "«Кубарик» на Садовой"
    assert entity_of(found, "hours", "Mo-Su 10:00-22:00") == "«Кубарик» в ТЦ «Радуга»"


def test_an_address_or_a_date_in_brackets_after_a_heading_name_is_not_part_of_the_name():
    text = """# Празнично радно време

## Пекара Центар (Кнеза Милоша 7)

- **31. децембра**: од 7 до 22 ч

## Пекара Лука (нова од 2026)

- **31. децембра**: од 8 до 14 ч
"""
    found = facts(document(text, "markdown", name="praznici"), settings=RS)
    assert entity_of(found, "hours", "2026 Dec 31 07:00-22:00") == "Пекара Центар"
    assert entity_of(found, "hours", "2026 Dec 31 08:00-14:00") == "Пекара Лука"


def test_a_company_written_with_doo_is_the_company_not_a_branch():
    page = html("""<footer><p>Pekara Zlatni Klas DOO, Kralja Petra 12, Šabac · PIB 101234567</p></footer>""",
                h1="Pekara Zlatni Klas")
    found = facts(document(page), settings=ExtractionSettings(region="RS", city="Šabac"))
    assert {e for k, v, e in found if k == "address"} == {None}


def test_a_programme_named_after_the_company_is_no_branch():
    page = html("""<h2>Birchwood Perks</h2>
        <p>Members save 10% every Tuesday, Dec 1 – Dec 29. Sign up at any register.</p>""", h1="Weekly Deals")
    found = facts(document(page, title="Weekly Deals | Birchwood Grocers"), settings=US)
    assert {e for k, v, e in found if k == "promotion"} == {None}


def test_a_part_of_town_in_brackets_after_a_listed_name_belongs_to_it():
    text = "Talk to a human\nKnoxville (Northshore): 865-687-4400\nChattanooga (Hixson): 423-877-1362\n"
    found = facts(document(text, "txt", name="newsletter"), settings=US)
    assert entity_of(found, "phone", "+18656874400") == "Knoxville (Northshore)"
    assert entity_of(found, "phone", "+14238771362") == "Chattanooga (Hixson)"


def test_a_listed_name_then_the_mall_it_stands_in_is_that_name():
    text = ("Store hours\nElm Street: 10am–8pm Monday through Saturday.\n"
            "The Reef Room inside Riverside Mall: 11–7 every day.\nHastings: Tuesday–Saturday 11–7.\n")
    found = facts(document(text, "txt", name="newsletter"), settings=US)
    assert entity_of(found, "hours", "Mo-Su 11:00-19:00") == "The Reef Room"


def test_an_item_of_a_dotted_line_led_by_a_name_is_that_names_not_the_lines_first():
    text = ("# Holiday hours\n\n| Date | Oak Ave | Elm Street |\n|---|---|---|\n| Thu, Dec 24 | 10–2 | 10–3 |\n\n"
            "Questions? Oak Ave (270) 843-7781 · Elm Street (270) 651-2209\n")
    found = facts(document(text, "md", name="newsletter"), settings=US)
    assert entity_of(found, "phone", "+12708437781") == "Oak Ave"
    assert entity_of(found, "phone", "+12706512209") == "Elm Street"


def test_a_mails_footer_under_its_last_topic_makes_that_topic_no_branch():
    text = ("# Kiln Notes\n\n## Oak Ave studio\n1051 Oak Ave, Bowling Green, KY 42101. Open Mon–Fri 9–5.\n\n"
            "## Elm Street studio\n118 Elm St, Glasgow, KY 42141. Open Tue–Sat 11–7.\n\n"
            "## 🎁 Gift cards\nGift cards never expire.\n\nQuestions? Write to hello@kilnnotes.com.\n\n"
            "Copyright © 2026 Kiln Notes LLC, All rights reserved.\n\nOur mailing address is:\n12 Main St\n"
            "Bowling Green, KY 42101\n")
    found = facts(document(text, "md", name="newsletter"), settings=US)
    assert entity_of(found, "email", "hello@kilnnotes.com") is None
    assert entity_of(found, "address", "42101, bowling green, 12 main st") is None


def test_one_word_short_names_of_known_branches_in_a_holiday_sentence_and_its_own_clause():
    text = ("# Stores\n\n## Elm Street shop\n12 Elm St, Casper, WY. Open Mon–Fri 10–7.\n\n"
            "## Riverton shop\n1020 W Main St, Riverton, WY. Open Tue–Sat 10–6.\n\n"
            "## Mills indoor range\n415 N Park St, Mills, WY. Open Tue–Sun 2–10.\n\n"
            "## C Y Avenue shop\n2150 C Y Ave, Casper, WY. Open Mon–Fri 10–7.\n\n"
            "## Holiday hours\nOn Christmas Eve, C Y Avenue and Riverton close at 3 PM, and the Mills range is closed "
            "December 24 and 25.\n")
    found = facts(document(text, "md", name="news"), settings=US)
    # an initial is part of a name: "C Y Avenue"
    assert entities_of(found, "hours", "2026 Dec 24 10:00-15:00") == {"C Y Avenue shop", "Riverton shop"}
    assert entities_of(found, "hours", "2026 Dec 24 off") == {"Mills indoor range"}


def test_we_after_a_sentence_of_several_places_is_the_company():
    script = """[MAIN]
"For our Elm Street shop, press 1.
For the Oak Avenue showroom, press 2.
For holiday hours, press 3."

[P10_ELM]   (key 1)
"The Elm Street shop is open Monday through Friday, ten to seven."

[P20_OAK]   (key 2)
"The Oak Avenue showroom is open Tuesday through Saturday, ten to six."

[P30_HOLIDAY]   (key 3)
"On Christmas Eve the Elm Street shop closes at noon; Oak Avenue is closed.
We're closed Christmas Day."
"""
    found = facts(document(script, "ivr-text", channel="ivr", name="ivr"), settings=US)
    assert entities_of(found, "hours", "2026 Dec 25 off") == {None}


def test_an_office_in_an_address_is_its_unit_not_a_place_between_a_card_and_its_hours():
    page = html("""<p>Печатаем за 15 минут.<br><strong>Оттиск на Садовой</strong><br>ул. Садовая, 5, офис 12<br>
        пн-пт 9:00-20:00<br><strong>Оттиск на Мира</strong><br>пр. Мира, 3<br>ежедневно 10-22</p>""", h1="Копицентры")
    found = facts(document(page), settings=RU)
    assert entity_of(found, "hours", "Mo-Fr 09:00-20:00") == "Оттиск на Садовой"
    assert entity_of(found, "hours", "Mo-Su 10:00-22:00") == "Оттиск на Мира"


def test_a_holiday_table_with_a_column_per_branch_gives_each_column_to_its_branch():
    page = html("""<h2>Holiday hours</h2><table><tr><th>Day</th><th>Oak Street</th><th>Riverside</th></tr>
        <tr><td>Thu, Dec 24</td><td>9 AM – 2 PM</td><td>10 AM – 1 PM</td></tr>
        <tr><td>Fri, Dec 25</td><td>Closed</td><td>Closed</td></tr></table>""", h1="News")
    found = facts(document(page), settings=US)
    assert entities_of(found, "hours", "2026 Dec 24 09:00-14:00") == {"Oak Street"}
    assert entities_of(found, "hours", "2026 Dec 24 10:00-13:00") == {"Riverside"}
    assert entities_of(found, "hours", "2026 Dec 25 off") == {"Oak Street", "Riverside"}


def test_the_company_a_prompt_greets_in_two_words_names_its_branches():
    script = ("Добро дошли у перионицу Бистра.\n\n"
              "Бистра Центар, Његошева 4. Радимо сваког дана од 8 до 20 часова.\n\n"
              "Бистра Лиман, Народног фронта 12. Радимо радним данима од 9 до 17 часова.\n")
    found = facts(document(script, "ivr-text", channel="ivr"),
                  settings=ExtractionSettings(region="RS", city="Нови Сад"))
    assert entity_of(found, "hours", "Mo-Su 08:00-20:00") == "Бистра Центар"
    assert entity_of(found, "hours", "Mo-Fr 09:00-17:00") == "Бистра Лиман"


def test_a_sentence_led_by_a_branch_opens_its_item_on_a_line_of_several():
    script = ("Магазин на Речной: улица Речная, дом 4. По будням с девяти до двадцати. "
              "Магазин на Лесной: улица Лесная, дом 9. Ежедневно с десяти до двадцати двух.")
    found = facts(document(script, "ivr-text", channel="ivr"))
    assert entity_of(found, "hours", "Mo-Fr 09:00-20:00") == "Магазин на Речной"
    assert entity_of(found, "hours", "Mo-Su 10:00-22:00") == "Магазин на Лесной"


def test_a_sentence_led_by_a_place_a_comma_and_its_address_is_about_that_place():
    script = ("Our Maple Street store at 12 Maple Street is open daily 8 AM to 8 PM. "
              "Riverside, at 400 River Road, is open 24 hours a day. "
              "Oakwood, at 77 Oak Avenue, is open Monday through Saturday 9 AM to 6 PM.")
    found = facts(document(script, "ivr-text", channel="ivr"), settings=US)
    assert entity_of(found, "hours", "Mo-Su 08:00-20:00") == "Our Maple Street store"
    assert entity_of(found, "hours", "24/7") == "Riverside"
    assert entity_of(found, "hours", "Mo-Sa 09:00-18:00") == "Oakwood"


def test_a_stores_table_with_a_column_per_store_keeps_a_bracketed_name_whole():
    page = html("""<table><tr><th></th><th>Downtown (Elm St.)</th><th>Riverside</th></tr>
        <tr><th>Phone</th><td>(478) 555-0101</td><td>(478) 555-0102</td></tr>
        <tr><th>Mon</th><td>Closed</td><td>8am – 6pm</td></tr>
        <tr><th>Tue</th><td>8am – 8pm</td><td>8am – 6pm</td></tr>
        <tr><th>Wed</th><td>8am – 8pm</td><td>Closed</td></tr></table>""", h1="Visit us")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+14785550101") == "Downtown (Elm St.)"
    assert entity_of(found, "phone", "+14785550102") == "Riverside"


def test_a_stores_table_whose_class_names_a_store_is_read_as_a_table_not_as_one_card():
    page = html("""<table class="store-hours"><tr><th></th><th>Northgate</th><th>Lakeside</th></tr>
        <tr><th>Address</th><td>12 Elm St<br>Ocala, FL 34470</td><td>900 Lake Dr<br>Ocala, FL 34471</td></tr>
        <tr><th>Phone</th><td>(352) 555-0140</td><td>(352) 555-0141</td></tr>
        <tr><th>Mon – Fri</th><td>9 – 7</td><td>10 – 6</td></tr>
        <tr><th>Saturday</th><td>9 – 5</td><td>Closed</td></tr></table>""", h1="Stores")
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+13525550140") == "Northgate"
    assert entity_of(found, "hours", "Mo-Fr 10:00-18:00; Sa off") == "Lakeside"


def test_an_faq_sentence_led_by_a_place_and_a_verb_of_opening_is_about_that_place():
    page = ("<html><body><main><h1>FAQ</h1><div class='faq'><h3>Which rooms are open on weekends?</h3>"
            "<p>Riverbend is open from 9 am to 5 pm on Saturdays and Sundays. Old Mill is open 24/7.</p>"
            "<h3>How do I reach you?</h3><p>The front desk is open weekdays 8 to 6.</p></div></main></body></html>")
    found = facts(document(page, "faq"), settings=US)
    assert entity_of(found, "hours", "Sa-Su 09:00-17:00") == "Riverbend"
    assert entity_of(found, "hours", "24/7") == "Old Mill"
    assert entity_of(found, "hours", "Mo-Fr 08:00-18:00") is None


def test_an_faq_answer_is_about_the_place_its_question_asks_the_opening_of():
    page = ("<html><body><main><h1>FAQ</h1><div class='faq'><h3>When is Riverbend open?</h3>"
            "<p>Our Riverbend center (12 Mill Rd, Asheville) is open Monday through Saturday 10am to 9pm.</p>"
            "<h3>What are Old Mill's holiday hours?</h3><p>Closed December 25; open 12–6 on December 26.</p>"
            "<h3>When is Christmas Eve shopping open?</h3><p>On December 24 we close at 4 PM.</p></div>"
            "</main></body></html>")
    found = facts(document(page, "faq"), settings=US)
    assert entity_of(found, "hours", "Mo-Sa 10:00-21:00") == "Riverbend"
    assert entity_of(found, "hours", "2026 Dec 25 off") == "Old Mill"
    assert entities_of(found, "address", "asheville, 12 mill rd") == {"Riverbend"}


def test_an_faq_answer_is_about_the_place_its_question_asks_the_hours_of_in_more_forms():
    page = ("<html><body><main><h1>FAQ</h1><div class='faq'><h3>What are the hours at Lakeside?</h3>"
            "<p>Lakeside is open Tuesday through Saturday 10am to 6pm.</p>"
            "<h3>When is the Main Street front desk open?</h3><p>Monday to Friday 8 am to 4 pm.</p></div>"
            "</main></body></html>")
    found = facts(document(page, "faq"), settings=US)
    assert entity_of(found, "hours", "Tu-Sa 10:00-18:00") == "Lakeside"
    assert entity_of(found, "hours", "Mo-Fr 08:00-16:00") == "Main Street"
    page = ("<html><body><main><h1>Вопросы</h1><div class='faq'><h3>Во сколько работает киоск в ТЦ «Орбита»?</h3>"
            "<p>Ежедневно с 10:00 до 21:00.</p></div></main></body></html>")
    found = facts(document(page, "faq"))
    assert entity_of(found, "hours", "Mo-Su 10:00-21:00") == "киоск в ТЦ «Орбита»"


def test_a_place_an_faq_question_asks_the_hours_of_is_known_in_other_answers():
    page = ("<html><body><main><h1>FAQ</h1><div class='faq'><h3>When is Tunnel Road open?</h3>"
            "<p>Monday to Saturday 11 am to 11 pm.</p><h3>Are you open on New Year's Eve?</h3>"
            "<p>Yes. New Year's Eve, Tunnel Road is open until 2 AM; Riverside closes at 8 PM.</p></div>"
            "</main></body></html>")
    found = facts(document(page, "faq"), settings=US)
    assert entity_of(found, "hours", "2026 Dec 31 11:00-02:00") == "Tunnel Road"
    assert not [f for f in found if f[0] == "hours" and "20:00" in f[1] and f[2] == "Tunnel Road"]


def test_an_faq_answer_that_says_where_the_place_its_question_ends_with_is_is_about_it():
    page = ("<html><body><main><h1>FAQ</h1><div class='faq'><h3>Can I book a court in Riverton?</h3>"
            "<p>Yes: our club at 15 Main St in Riverton, WY 82501 takes bookings at (307) 555-0148.</p>"
            "<h3>Do you deliver in Lander?</h3><p>Yes, orders over $40 ship free; call (307) 555-0199.</p></div>"
            "</main></body></html>")
    found = facts(document(page, "faq"), settings=US)
    assert entity_of(found, "phone", "+13075550148") == "Riverton"
    assert entity_of(found, "phone", "+13075550199") is None  # the answer says neither where nor when


def test_every_branch_closing_early_on_a_page_with_one_branchs_week_is_that_branchs():
    page = html("""<h2>Riverside shop</h2><p>12 Front St</p><p>Mon–Sat 9–6</p>
        <h2>Holiday hours</h2><p>Christmas Eve: all shops close at 3 p.m.</p>""", h1="Our shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 09:00-15:00") == "Riverside shop"


def test_a_closing_time_for_the_shops_in_one_town_is_each_of_that_towns_shops():
    page = html("""<h2>«Ёжик» на Советской</h2><p>г. Тверь, ул. Советская, д. 9</p><p>Ежедневно 9:00–20:00</p>
        <h2>«Ёжик» на Вагжанова</h2><p>г. Тверь, ул. Вагжанова, д. 14</p><p>Пн–Сб 10:00–19:00</p>
        <h2>«Ёжик» Конаково</h2><p>г. Конаково, ул. Энергетиков, д. 31</p><p>Пн–Сб 8:00–17:00</p>
        <h2>Праздники</h2><p>30 декабря магазины в Твери работают до 15:00.</p>""", h1="Магазины")
    found = facts(document(page), settings=ExtractionSettings(region="RU", city="Тверь"))
    assert entities_of(found, "hours", "2026 Dec 30 09:00-15:00") == {"«Ёжик» на Советской"}
    assert entities_of(found, "hours", "2026 Dec 30 10:00-15:00") == {"«Ёжик» на Вагжанова"}
    assert not entities_of(found, "hours", "2026 Dec 30 08:00-15:00")  # Конаково is not in Тверь


def test_a_notice_names_known_branches_by_part_of_their_names():
    page = html("""<h2>Our shops</h2>
        <div class="shop-card"><h3>Downtown – Market Square</h3><p>112 Campbell Ave SE, Roanoke, VA 24011</p>
        <p>Tue–Sat 10 AM – 6 PM</p></div>
        <div class="shop-card"><h3>Valley View Mall</h3><p>4802 Valley View Blvd NW, Roanoke, VA 24012</p>
        <p>Mon–Sat 9 AM – 8 PM</p></div>
        <h2>Holidays</h2><p>Christmas Eve – Downtown and Valley View close at 2 PM.</p>""", h1="Shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "2026 Dec 24 10:00-14:00") == "Downtown – Market Square"
    assert entity_of(found, "hours", "2026 Dec 24 09:00-14:00") == "Valley View Mall"


def test_a_column_per_branch_names_its_branch_as_a_card_does_for_the_rest_of_the_page():
    page = html("""<h2>Новогодний график</h2><table><tr><th></th><th>Флокс на Ленина</th><th>Флокс на Мира</th></tr>
        <tr><td>31 декабря</td><td>9:00–18:00</td><td>10:00–16:00</td></tr>
        <tr><td>1 января</td><td>выходной</td><td>выходной</td></tr></table>
        <h2>Мастер-класс</h2><p>20 декабря — мастер-класс в салоне на Ленина (пр. Ленина, 37).
        Запись по телефону 8 (8216) 74-12-30.</p>""", h1="Новости")
    found = facts(document(page))
    assert entity_of(found, "hours", "2026 Dec 31 10:00-16:00") == "Флокс на Мира"
    assert entity_of(found, "phone", "+78216741230") == "Флокс на Ленина"


def test_a_holiday_line_naming_several_known_branches_gives_each_its_clause():
    page = html("""<h2>Our clubs</h2>
        <div class="location-card"><h3>Maple Hill</h3><p>12 Maple Ave, Akron, OH 44301</p></div>
        <div class="location-card"><h3>Ellet</h3><p>400 Canton Rd, Akron, OH 44312</p></div>
        <div class="location-card"><h3>Stow Center</h3><p>9 Main St, Stow, OH 44224</p></div>
        <h2>Holiday schedule</h2>
        <p>Christmas Eve: Maple Hill and Ellet open 9am–2pm; Stow Center closed.</p>""", h1="Clubs")
    found = facts(document(page), settings=US)
    assert entities_of(found, "hours", "2026 Dec 24 09:00-14:00") == {"Maple Hill", "Ellet"}


def test_of_known_branches_in_one_clause_each_fact_takes_the_one_inside_it():
    page = html("""<h2>Our washes</h2>
        <div class="location-card"><h3>Maple Street</h3><p>12 Maple St, Akron, OH 44301</p><p>Daily 7am–9pm</p></div>
        <div class="location-card"><h3>Elm Grove</h3><p>400 Canton Rd, Akron, OH 44312</p><p>Daily 8am–8pm</p></div>
        <h2>Holidays</h2>
        <p>On Christmas Day, Elm Grove is closed and Maple Street is open 10 to 4.</p>""", h1="Washes")
    found = facts(document(page), settings=US)
    assert entities_of(found, "hours", "2026 Dec 25 off") == {"Elm Grove"}
    assert entities_of(found, "hours", "2026 Dec 25 10:00-16:00") == {"Maple Street"}


def test_an_offer_said_to_be_one_known_branchs_only_is_that_branchs():
    page = html("""<h2>Our shops</h2>
        <div class="location-card"><h3>Maple Hill</h3><p>12 Maple Ave, Akron, OH 44301</p></div>
        <div class="location-card"><h3>Riverside</h3><p>400 River Rd, Akron, OH 44312</p></div>
        <h2>Deals</h2><h3>E-Bike Closeout</h3>
        <p>Up to 30% off remaining 2026 e-bikes while supplies last. Riverside only.</p>""", h1="Shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "promotion", "E-Bike Closeout") == "Riverside"


def test_an_offer_said_to_be_two_known_branches_only_is_no_one_branchs():
    page = html("""<h2>Our shops</h2>
        <div class="location-card"><h3>Maple Hill</h3><p>12 Maple Ave, Akron, OH 44301</p></div>
        <div class="location-card"><h3>Riverside</h3><p>400 River Rd, Akron, OH 44312</p></div>
        <div class="location-card"><h3>Westgate</h3><p>90 West Ave, Akron, OH 44313</p></div>
        <h2>Deals</h2><h3>E-Bike Closeout</h3>
        <p>Up to 30% off remaining 2026 e-bikes while supplies last. Maple Hill and Riverside only.</p>""",
                h1="Shops")
    found = facts(document(page), settings=US)
    assert entity_of(found, "promotion", "E-Bike Closeout") is None

def test_lines_of_shops_named_by_their_towns_each_give_that_shops_address_and_phone():
    page = html("""<h2>Holiday hours</h2><p>All three shops close at 3 PM on Christmas Eve.</p>
        <h3>Find us</h3>
        <p>Bardwell · 118 N. 3rd St., Bardwell · (502) 348-6621</p>
        <p>Eastburg · 1600 N. Dixie Hwy., Suite 12, Eastburg · (270) 765-3382</p>""", h1="News")
    found = facts(document(page), settings=US)
    assert entity_of(found, "address", "bardwell, 118 n 3rd st") == "Bardwell"
    assert entity_of(found, "phone", "+15023486621") == "Bardwell"
    assert entity_of(found, "phone", "+12707653382") == "Eastburg"

def test_footer_cards_headed_by_bare_place_names_over_addresses_are_those_shops():
    footer = """<h2>Visit a shop</h2>
        <h3>Bardwell</h3><p>118 Main St.<br>Bardwell, KY 40004<br>(502) 348-6621</p>
        <h3>Eastburg</h3><p>362 Oak Pkwy.<br>Eastburg, KY 40165<br>(502) 543-9108</p>"""
    page = html("<h2>Holiday hours</h2><p>We are closed on Christmas Day.</p>", h1="News", footer=footer)
    found = facts(document(page), settings=US)
    assert entity_of(found, "phone", "+15023486621") == "Bardwell"
    assert entity_of(found, "phone", "+15025439108") == "Eastburg"

def test_a_landmark_beside_a_branch_leaves_the_paragraph_about_that_branch():
    script = ("[2 Servis]\nСервис у Моравској 12, иза бензинске пумпе, прима машине радним данима од 8 до 16 часова.\n"
              "Суботом сервис не ради.\nЗа договор позовите сервисера на 063 555 12 34.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "phone", "+381635551234") == "Сервис у Моравској"

def test_a_line_led_by_a_place_and_the_verb_of_working_is_that_places():
    page = html("""<h2>Когда вы работаете?</h2>
        <p>Мастерская на Заречной — по будням с 8 до 20, в субботу с 9 до 18.<br>
        На Полевой работаем без выходных с 9 до 19, перерыв на обед с 13 до 14.</p>""", h1="Вопросы")
    found = facts(document(page))
    assert entity_of(found, "hours", "Mo-Fr 08:00-20:00; Sa 09:00-18:00") == "Мастерская на Заречной"
    assert entity_of(found, "hours", "Mo-Su 09:00-13:00,14:00-19:00") == "На Полевой"

def test_an_faq_answer_that_says_yes_gives_hours_to_the_days_its_question_asks_about():
    page = html("""<h2>Is the Elm Street studio open on Saturdays?</h2><p>Yes, 10 am to 1 pm. On weekdays it is
        open 3–8 pm.</p>
        <h2>Работаете ли вы в воскресенье?</h2><p>Да, с 10 до 16.</p>
        <h2>Da li radite subotom?</h2><p>Da, od 9 do 14h.</p>""", h1="FAQ")
    found = facts(document(page, "faq", channel="faq"), settings=US)
    values = {value for kind, value, _ in found if kind == "hours"}
    assert {"Mo-Fr 15:00-20:00; Sa 10:00-13:00", "Su 10:00-16:00", "Sa 09:00-14:00"} <= values
    assert "Mo-Fr 15:00-20:00" not in values

def test_a_cards_status_in_brackets_is_no_part_of_the_branchs_name():
    page = html("""<h2>Stores</h2>
        <div class="store-card"><h3>Oak Street</h3><p>12 Oak St, Akron, OH 44301</p><p>Open daily 9–6</p></div>
        <div class="store-card"><h3>Riverside (coming soon)</h3><p>4 River Rd, Akron, OH 44312</p></div>""",
                h1="Stores")
    found = facts(document(page), settings=US)
    assert entity_of(found, "address", "44312, akron, 4 river rd") == "Riverside"


def test_list_lines_led_by_a_name_and_a_comma_before_the_house_number_are_each_places():
    post = """# Shop notes

## Where to find us

- **Maple Row**, 14 Elm St, Easton — Mon–Fri 9–5 · (610) 555-0141
- **Lehigh Yard (Second St)**, 220 S 2nd St — Tue–Sat 10–6 · (610) 555-0177
"""
    found = facts(document(post, "markdown"), settings=US)
    assert entity_of(found, "phone", "+16105550141") == "Maple Row"
    assert entity_of(found, "phone", "+16105550177") == "Lehigh Yard (Second St)"
    assert entity_of(found, "address", "easton, 14 elm st") == "Maple Row"


def test_an_ivr_blocks_label_names_no_offer():
    flow = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml"><form id="holiday_main_inbound"><block><prompt>
Thanks for calling. Our wiper blades are 30 percent off through January 31.
</prompt></block></form></vxml>"""
    found = facts(document(flow, "vxml", channel="ivr", name="menu"), settings=US)
    assert [v for k, v, _ in found if k == "promotion"] == ["wiper blades"]


def test_a_listed_place_that_ends_in_an_abbreviated_street_word_is_still_a_name():
    page = html("<h2>What are your hours?</h2><p>Old Mill: Mon–Fri 8–6, Sat 9–1.<br>"
                "Pine St.: weekdays 9–7, Saturday 10–4, closed Sunday.</p>", h1="FAQ")
    found = facts(document(page), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 09:00-19:00; Sa 10:00-16:00; Su off") == "Pine St."
    assert entity_of(found, "hours", "Mo-Fr 08:00-18:00; Sa 09:00-13:00") == "Old Mill"


def test_a_part_of_town_in_lowercase_names_a_branch_as_the_menu_offers_it():
    script = ("For the downtown Cedar Falls store, press 1. For the Hudson Road store, press 2.\n\n"
              "The downtown store is at 210 Main Street and is open Monday through Saturday, 9 to 6.\n\n"
              "The Hudson Road store is open every day from 8 to 8.\n")
    found = facts(document(script, "ivr-text", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "Mo-Sa 09:00-18:00") == "downtown Cedar Falls store"


def test_a_menu_item_said_with_our_and_its_trade_names_the_place_its_prompt_repeats():
    flow = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
<menu id="main"><prompt>For our Elm Street wash, press 1. For Pine Road, press 2.</prompt>
<choice dtmf="1" next="#elm">our Elm Street wash</choice><choice dtmf="2" next="#pine">Pine Road</choice></menu>
<form id="elm"><block><prompt>Elm Street, at 410 Elm Street, is open 24 hours a day, 7 days a week.</prompt></block></form>
<form id="pine"><block><prompt>Pine Road, at 88 Pine Road, is open every day from 7 A M to 9 P M.</prompt></block></form>
</vxml>"""
    found = facts(document(flow, "vxml", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "24/7") == "Elm Street"


def test_a_menu_item_may_say_its_part_of_town_after_the_place():
    flow = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
<menu id="main"><prompt>For the Mill Creek Bathhouse downtown, press 1. For Pine Road, press 2.</prompt>
<choice dtmf="1" next="#mill">the Mill Creek Bathhouse downtown</choice><choice dtmf="2" next="#pine">Pine Road</choice>
</menu>
<form id="mill"><block><prompt>The Mill Creek Bathhouse is at 12 Mill Street. It is open weekdays from 7 A M to
9 P M.</prompt></block></form>
<form id="pine"><block><prompt>Pine Road, at 88 Pine Road, is open every day from 7 A M to 9 P M.</prompt></block></form>
</vxml>"""
    found = facts(document(flow, "vxml", channel="ivr", name="menu"), settings=US)
    assert entity_of(found, "hours", "Mo-Fr 07:00-21:00") == "Mill Creek Bathhouse"


def test_sentences_led_by_a_place_and_its_address_name_the_places_without_a_type_word():
    prompt = ("Our Maple Street lot, at 210 Maple Street, is open every day from 7 A M to 9 P M. "
              "Cedar Hill, at 48 Cedar Hill Road, is open Monday through Saturday 8 to 6.")
    found = facts(document(f"<Response><Say>{prompt}</Say></Response>", "twiml", channel="ivr", name="main"),
                  settings=US)
    assert entity_of(found, "hours", "Mo-Su 07:00-21:00") == "Maple Street"
    assert entity_of(found, "hours", "Mo-Sa 08:00-18:00") == "Cedar Hill"


def test_a_bare_place_item_counts_the_items_beside_it_that_name_a_branch_by_its_type():
    flow = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
<menu id="main"><prompt>Аптека на Садовой — нажмите 1. Заречье — нажмите 2.</prompt>
<choice dtmf="1" next="#a">Аптека на Садовой</choice><choice dtmf="2" next="#b">Заречье</choice></menu>
<form id="a"><block><prompt>Аптека на Садовой: улица Садовая, 5. Ежедневно с 9 до 21.</prompt></block></form>
<form id="b"><block><prompt>Заречье: улица Речная, 12. С понедельника по пятницу с 10 до 19.</prompt></block></form>
</vxml>"""
    found = facts(document(flow, "vxml", channel="ivr", name="menu"))
    assert entity_of(found, "hours", "Mo-Fr 10:00-19:00") == "Заречье"


def test_a_menu_item_said_as_what_happens_where_is_a_branch_beside_named_ones():
    flow = """<?xml version="1.0"?>
<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
<menu id="main"><prompt>За школу у Ариљу притисните 1. За школу у Косјерићу притисните 2.
За наставу у Гучи притисните 3.</prompt>
<choice dtmf="1" next="#a"/><choice dtmf="2" next="#k"/><choice dtmf="3" next="#g"/></menu>
<form id="a"><block><prompt>Школа у Ариљу, Светог Ахилија 4, ради радним данима од 14 до 20 часова.</prompt></block></form>
<form id="k"><block><prompt>Школа у Косјерићу, Олге Грбић 2, ради уторком од 15 до 19 часова.</prompt></block></form>
<form id="g"><block><prompt>Настава у Гучи одржава се у Дому културе, Републике 1, средом од 16 до 19 часова.</prompt></block></form>
</vxml>"""
    found = facts(document(flow, "vxml", channel="ivr", name="menu"), settings=RS)
    assert entity_of(found, "hours", "We 16:00-19:00") == "наставу у Гучи"
