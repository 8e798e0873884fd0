"""Phone numbers: what must be read, what must not, and schema.org values."""

import time

import pytest

from consistency.facts.phones import Phone, find_phones, normalise_phone


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("8 (495) 660-38-40 доб. 204", "RU", ["+74956603840;ext=204"]),
        ("+7 495 660 38 40", "RU", ["+74956603840"]),
        ("Бесплатно по России: 8-800-700-15-02", "RU", ["+78007001502"]),
        ("+7 (831) 123-45-67 доб. 204", "RU", ["+78311234567;ext=204"]),
        ("тел. 8 (495) 660-38-40 (доб.204), факс", "RU", ["+74956603840;ext=204"]),
        ("8 (495) 660-38-40 (доб. 204)", "RU", ["+74956603840;ext=204"]),
        ("8 495 660-38-40, вн. 12.", "RU", ["+74956603840;ext=12"]),
        ("+7 495 660 38 40 внутр. 12", "RU", ["+74956603840;ext=12"]),
        ("8 (495) 660-38-40, добавочный 3", "RU", ["+74956603840;ext=3"]),
        ("+1 212 555 0100 ext. 12", "US", ["+12125550100;ext=12"]),
        ("Звоните: (495) 660-38-40", "RU", ["+74956603840"]),
        ("tel:+74956603840", "RU", ["+74956603840"]),
        ('<a href="tel:+7-495-660-38-40">позвонить</a>', "RU", ["+74956603840"]),
        ("звоните 89161234567", "RU", ["+79161234567"]),
        ("тел.: 4956603840", "RU", ["+74956603840"]),
        ("+7(495)6603840 и 8 800 555 35 35 доб 7", "RU", ["+74956603840", "+78005553535;ext=7"]),
        ("Пн-Пт 10:00-22:00, тел. 8-499-123-45-67", "RU", ["+74991234567"]),
        ("011/3306-000", "RS", ["+381113306000"]),
        ("Pozovite 0800 100 100 ili 064 123 4567", "RS", ["+381800100100", "+381641234567"]),
        ("+381 11 3306000", "RS", ["+381113306000"]),
        ("Call (888) 555-0100 or 212-555-0100 ext. 5", "US", ["+18885550100", "+12125550100;ext=5"]),
        # look-alikes: not phones
        ("117342, Москва, ул. Бутлерова", "RU", []),
        ("Акция действует до 01.12.2025", "RU", []),
        ("Rešenje NBS od 01.09.2026. godine", "RS", []),
        ("Для связи с оператором нажмите 1, затем 2", "RU", []),
        ("Ваш заказ № 12345678 принят", "RU", []),
        ("Заказ №89161234567", "RU", []),
        ("заказ № 4956603840", "RU", []),
        ("ИНН 7701234567", "RU", []),
        ("ИНН 4951234567, КПП 495101001", "RU", []),
        ("ОГРН 1027700132195", "RU", []),
        ("р/с 40702810400000012345, БИК 044525225", "RU", []),
        ("Часы работы: 10:00-22:00", "RU", []),
        ("Цена: 1 990 ₽, было 12 990 руб.", "RU", []),
        ("цена 4 956 603 840 руб", "RU", []),
        ("артикул 4956603840", "RU", []),
        ("4956603840", "RU", []),
        ("660-38-40", "RU", []),
        # a switchboard's list of extensions: one number per line; a shop's unit ("lokal 3") is none
        ("Pozovite centralu 018 523 110 i birajte lokal:\nlokal 11 – Centar\nlokal 12 – Tehnički fakultet", "RS",
         ["+38118523110", "+38118523110;ext=11", "+38118523110;ext=12"]),
        ("Многоканальный: 8 (495) 660-38-40\nБухгалтерия — доб. 204", "RU", ["+74956603840", "+74956603840;ext=204"]),
        ("Tel 011 123 4567.\nBulevar Nemanjića 85\nlokal 3\nTC Ušće – lokal 12", "RS", ["+381111234567"]),
        ("Телефон: +7 (843) 211-40-40, ногтевой кабинет — доб. 2", "RU", ["+78432114040", "+78432114040;ext=2"]),
        ("018 523 110,; локал 11", "RS", ["+38118523110;ext=11"]),  # a table cell's lines joined
        # the switchboard's number, not the toll-free line named after it
        ("Звоните на многоканальный номер 8 (391) 220-11-40 или на бесплатную линию 8-800-550-72-14.\n"
         "Бухгалтерия — доб. 204", "RU", ["+73912201140", "+78005507214", "+73912201140;ext=204"]),
    ],
)
def test_find_phones(text, region, expected):
    assert [p.value for p in find_phones(text, region=region)] == expected


def test_phone_fields():
    text = "Тел.: 8-800-700-15-02 (доб. 12), офис: +7 495 660 38 40"
    toll_free, office = find_phones(text)
    assert toll_free == Phone("+78007001502;ext=12", "8-800-700-15-02 (доб. 12)", 6, 31, True)
    assert text[office.start:office.end] == office.raw == "+7 495 660 38 40"
    assert office.toll_free is False


@pytest.mark.parametrize(
    ("text", "region", "toll_free"),
    [
        ("8 800 555 35 35", "RU", True),
        ("0800 100 100", "RS", True),
        ("1-877-555-0100", "US", True),
        ("8 (495) 660-38-40", "RU", False),
        ("011 3306 000", "RS", False),
    ],
)
def test_toll_free(text, region, toll_free):
    (phone,) = find_phones(text, region=region)
    assert phone.toll_free is toll_free


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+7 (495) 660-38-40", "+74956603840"),
        ("tel:+7-495-660-38-40", "+74956603840"),
        ("84956603840", "+74956603840"),
        ("4956603840", "+74956603840"),  # known to be a phone: a bare national number is trusted
        ("8 (495) 660-38-40 доб. 204", "+74956603840;ext=204"),
        ("8 (495) 660-38-40, 8 (800) 700-15-02", "+74956603840"),
        ("", None),
        ("пишите нам", None),
        ("123", None),
    ],
)
def test_normalise_phone(raw, expected):
    assert normalise_phone(raw) == expected


def test_normalise_phone_region():
    assert normalise_phone("011/3306-000", region="RS") == "+381113306000"


def test_adversarial_text_is_fast():
    texts = ["1 " * 5000, "8-" * 5000, "доб. " * 3000, "ИНН " * 3000 + "4951234567", "(495) " * 2000]
    started = time.perf_counter()
    for text in texts:
        find_phones(text)
    assert time.perf_counter() - started < 5


def test_the_shortest_numbers_pass_the_quick_digit_check():
    # Niue's four-digit numbers and spaced-out punctuation still reach the matcher
    assert [p.value for p in find_phones("Niue office: +683 4002")] == ["+6834002"]
    assert [p.value for p in find_phones("тел. 8 ( 495 ) 660 - 38 - 40")] == ["+74956603840"]
    assert find_phones("Пн–Пт 10:00–21:00, 1 290 ₽") == []
