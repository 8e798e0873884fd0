"""E-mail addresses: plain, in mailto links, obfuscated, and look-alikes that are not addresses."""

import time

import pytest

from consistency.facts import emails
from consistency.facts.emails import Email, find_emails


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пишите: info@example.ru.", ["info@example.ru"]),
        ("mailto:Info@Example.RU", ["info@example.ru"]),
        ('<a href="mailto:Sales@Example.RU?subject=Заказ">', ["sales@example.ru"]),
        ("SALES@SHOP.RU", ["sales@shop.ru"]),
        ("a.b-c+d@mail.example.co.uk", ["a.b-c+d@mail.example.co.uk"]),
        ("info@example.ru, sales@example.ru", ["info@example.ru", "sales@example.ru"]),
        ("E-mail:info@example.ru", ["info@example.ru"]),
        ("info@пример.рф", ["info@пример.рф"]),
        ("почта@пример.рф", ["почта@пример.рф"]),
        ("info [at] example.ru", ["info@example.ru"]),
        ("info(at)example(dot)ru", ["info@example.ru"]),
        ("support (at) example (dot) com", ["support@example.com"]),
        ("info [at] example [dot] ru", ["info@example.ru"]),
        ("info{at}example{dot}ru", ["info@example.ru"]),
        ("info @ example . ru", ["info@example.ru"]),
        ("info собака example.ru", ["info@example.ru"]),
        ("info [собака] example [точка] ru", ["info@example.ru"]),
        ("Write to john at example dot com", ["john@example.com"]),
        ("Email us at info [at] example [dot] rs", ["info@example.rs"]),
        # read out by a phone prompt
        ("You can also email billing at green valley vets dot com.", ["billing@greenvalleyvets.com"]),
        ("Пишите на почту help собака velomir точка ру.", ["help@velomir.ru"]),
        # a domain's number and hyphen said in words; English number words stay words
        ("Пишите на почту заказ собака ремонт тридцать один точка ру.", ["zakaz@remont31.ru"]),
        ("Наша почта: club собака bowl тире msk точка ru", ["club@bowl-msk.ru"]),
        ("E-mail us at hello at one stop tires dot com.", ["hello@onestoptires.com"]),
        ("Пишите нам на инфо ет зорка тачка ер-ес.", ["info@zorka.rs"]),
        ("Pišite na prodaja et zorka tačka rs.", ["prodaja@zorka.rs"]),
        # look-alikes: not addresses
        ("Book any time at green valley vets dot com.", []),
        ("Book any time at greenvalley dot com.", []),
        ("The clinic at green valley dot com campus", []),
        ("Подписывайтесь: @username", []),
        ("follow us @example.com", []),
        ("write to us @ example . com", []),
        ("info @ example . xyzq", []),
        ("meet us at example.com", []),
        ("<img src=\"logo@2x.png\">", []),
        ("icon-192@3x.webp", []),
        ("npm i lodash@4.17.21", []),
        ("react@18.2.0", []),
        ("https://user:secret@host.example.com/path", []),
        ("https://medium.com/@user/post", []),
        ("user@localhost", []),
        ("info@example", []),
        ("info.@example.ru", []),
    ],
)
def test_find_emails(text, expected):
    assert [e.value for e in find_emails(text)] == expected


def test_email_fields():
    text = "Почта: Info [at] Example [dot] RU, или info@example.rs"
    obfuscated, plain = find_emails(text)
    assert obfuscated == Email("info@example.ru", "Info [at] Example [dot] RU", 7, 33)
    assert text[plain.start:plain.end] == plain.raw == "info@example.rs"


def test_adversarial_text_is_fast():
    texts = ["a" * 20000 + "@", "a." * 10000 + "@", "info [at] " * 3000, "a at b dot " * 3000,
             "x@" * 10000, "a" * 5000 + "@" + "b." * 5000]
    started = time.perf_counter()
    for text in texts:
        find_emails(text)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("text", [
    "Пишите: info (at) example (dot) ru",
    "info [AT] example.ru, sales@example.com",
    "почта собака пример.рф",
    "Write to orders at example dot com",
    "no address here, only text",
])
def test_texts_without_an_at_are_skipped_without_losing_addresses(text):
    # the prefilters only skip texts the full patterns cannot match
    found = [(m.start(), m.group(0)) for m in emails._OBFUSCATED.finditer(text)]
    assert bool(emails._AT_ANYWHERE.search(text)) or not found
    assert ("@" in text) or not list(emails._PLAIN.finditer(text))
