"""Branch names in text, and matching mentions across channels into entities."""

import pytest

from consistency.entities.matching import match_entities
from consistency.entities.names import PICKUP, SHOP, find_branch_names, name_key
from consistency.facts.fact import BRANCH, Fact


@pytest.mark.parametrize(
    "text, names",
    [
        ("Для магазина на Покровке нажмите 1.", [("магазина на Покровке", SHOP)]),
        ("Пункт выдачи на ул. Бутлерова работает с 10 до 21", [("Пункт выдачи на ул. Бутлерова", PICKUP)]),
        ("Our Pokrovka store is open daily", [("Pokrovka store", SHOP)]),
        ("В магазине «Арбат» и в магазине на Тверской", [("магазине «Арбат»", SHOP), ("магазине на Тверской", SHOP)]),
        ("Заказы можно забрать в пункте выдачи на Ленинском", [("пункте выдачи на Ленинском", PICKUP)]),
        ("Интернет-магазин работает круглосуточно", []),
        ("магазин на сайте", []),
    ],
)
def test_branch_names_in_text(text, names):
    assert [(n.name.replace("Our ", ""), n.type) for n in find_branch_names(text)] == names


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Магазин на Покровке", "для магазина на Покровке", True),
        ("Магазин на Покровке", "Pokrovka store", True),
        ("Магазин на Покровке", "Магазин на Тверской", False),
        ("Пункт выдачи на Бутлерова", "пункт выдачи на ул. Бутлерова", True),
    ],
)
def test_name_keys(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def fact(kind, value, entity, url, channel="website"):
    return Fact(kind=kind, value=value, raw=value, excerpt=value, url=url, channel=channel, scope=BRANCH, entity=entity)


def test_mentions_of_one_branch_are_matched_and_say_why():
    index = match_entities([
        fact("entity", "shop: Магазин на Покровке", "Магазин на Покровке", "file:///pokrovka.html"),
        fact("hours", "Mo-Fr 09:00-20:00", "магазина на Покровке", "file:///ivr.vxml", "ivr"),
        fact("entity", "shop: Магазин на Арбате", "Магазин на Арбате", "file:///arbat.html"),
    ])
    assert sorted(e.name for e in index.entities) == ["Магазин на Арбате", "Магазин на Покровке"]
    pokrovka = next(e for e in index.entities if e.name == "Магазин на Покровке")
    assert pokrovka.channels == {"website", "ivr"}
    assert "Покровке" in pokrovka.why()


def test_two_names_on_one_page_are_never_merged():
    # Both cards stand on one list page: two shops, even though their names share a street.
    index = match_entities([
        fact("entity", "shop: Тверская, 12", "Магазин на Тверской", "file:///stores.html"),
        fact("entity", "shop: Тверская, 18", "Магазин на Тверской-Ямской", "file:///stores.html"),
    ])
    assert len(index.entities) == 2
