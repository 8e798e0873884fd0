"""Branch names in text, and matching mentions across channels into entities."""

import pytest

from consistency.entities.matching import match_entities
from consistency.facts.branch_names import PICKUP, SHOP, find_branch_names, name_key
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
        # no place before the type word: "Regular store hours", "Online store"
        ("Regular store hours: Monday through Saturday, 9 to 6", []),
        ("Our Online Store ships daily", []),
        ("Valid at any participating store; the gift shop and the box office excluded", []),
        ("Товар можно забрать в ближайшем или фирменном магазине", []),
        ("our North Williams flagship is still on the same block", [("North Williams flagship", SHOP)]),
        ("Samo u apoteci Kamilica Kraljevo: popust 10%", [("apoteci Kamilica Kraljevo", SHOP)]),
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
        # "round the clock" and "on duty" describe a branch, they do not name it
        ("Круглосуточный пункт на Волгоградской", "Пункт на Волгоградской", True),
        # a branch's desk is the branch: "Bluff Street desk: 563-582-3307"
        ("Bluff Street desk", "Bluff Street", True),
    ],
)
def test_name_keys(a, b, same):
    assert (name_key(a) == name_key(b)) is same


@pytest.mark.parametrize(
    "text, names",
    [
        # banks, pharmacies, clinics, cafés, services, pickup points in ru/sr/en, with the type word's case forms
        ("Отделение «Сретенское» открыто до 19:00", ["Отделение «Сретенское»"]),
        ("Для отделения «Сретенское» нажмите 3", ["отделения «Сретенское»"]),
        ("Аптека у метро «Чкаловская» работает круглосуточно", ["Аптека у метро «Чкаловская»"]),
        ("Ветклиника на Бекетова принимает без выходных", ["Ветклиника на Бекетова"]),
        ("Приёмный пункт в Кузьминках закрыт", ["Приёмный пункт в Кузьминках"]),
        ("Химчистка на Полянке: ул. Большая Полянка, 30", ["Химчистка на Полянке"]),
        ("Apoteka Sloboda radi od 7 do 21", ["Apoteka Sloboda"]),
        ("Пословница у Кнез Михаиловој ради суботом", ["Пословница у Кнез Михаиловој"]),
        ("Auto servis na Zvezdarskoj radi od 8", ["servis na Zvezdarskoj"]),
        ("Our Back Bay branch is closed on Monday", ["Our Back Bay branch"]),
        # parcel lockers; Serbian writes "salon" and "studio" before the name, English after it
        ("Paketomat TC Ušće — Bulevar Mihajla Pupina 4", ["Paketomat TC Ušće"]),
        ("пакетомат на Ленина", ["пакетомат на Ленина"]),
        ("Salon Čačak radi od 9 do 19", ["Salon Čačak"]),
        # exchange offices, labs, florists; Serbian places of an adjective and a common noun
        ("Za cvećaru na Dorćolu pritisnite jedan.", ["cvećaru na Dorćolu"]),
        ("menjačnica Zeleni venac radi do 20h", ["menjačnica Zeleni venac"]),
        ("Лаборатория на Ленина открыта с 7:00", ["Лаборатория на Ленина"]),
        ("Пункт на проспекте Космонавтов, дом 52", ["Пункт на проспекте Космонавтов"]),
        ("u salonu Zmaj Jovina", ["salonu Zmaj Jovina"]),
        ("Call the Tempe clinic on Mill Avenue", ["Tempe clinic"]),
        # an adjective belongs to the name; a number can be the name
        ("Малярный цех на Заводской: ул. Заводская, 3", ["Малярный цех на Заводской"]),
        ("Аптека № 12 на Лесной открыта", ["Аптека № 12 на Лесной"]),
        ("Store #2041 opens at 7", ["Store #2041"]),
        ("Store #1215 – Stone Oak: 25% off", ["Store #1215 – Stone Oak"]),
        # a part after an en dash that ends the name; never days, hours or an address after it
        ("Samo u prodavnici Niš – Centar (Nikole Pašića 24)", ["prodavnici Niš – Centar"]),
        ("Магазин на Ленина – Пн–Пт 9–18", ["Магазин на Ленина"]),
        ("Пункт выдачи на Соколе — Ленинградский пр., 74", ["Пункт выдачи на Соколе"]),
        # a street noun after the place's adjective belongs to the name
        ("Магазин на Сибирском тракте работает без выходных", ["Магазин на Сибирском тракте"]),
        ("Кофейня на Московском вокзале открыта круглосуточно", ["Кофейня на Московском вокзале"]),
        # a trade between the place and the type word, after "the" or "our"
        ("For the Jaffrey print studio, press 3", ["Jaffrey print studio"]),
        ("Our Elm Street repair shop opens at 9", ["Elm Street repair shop"]),
        # a service station, a type word in capitals only ("сто" is a hundred)
        ("СТО на Савушкина — по будням с 8 до 20", ["СТО на Савушкина"]),
        ("Замена масла за сто рублей на Ленина", []),
        # the centre of a town, named in the genitive
        ("Продавница у центру Бајине Баште ради до 20", ["Продавница у центру Бајине Баште"]),
        ("Магазин в центре Сызрани открыт с 9", ["Магазин в центре Сызрани"]),
        # several places for one type word, in both word orders
        ("Кофейни на Садовой и на Литейном открыты", ["Кофейни на Садовой", "Кофейни на Литейном"]),
        ("The Mesa and Chandler clinics open at 9", ["The Mesa clinic", "Chandler clinic"]),
        ("работают только два отделения: «Сретенское» — с 10 до 17, «Арбатское» — с 11 до 16",
         ["«Сретенское»", "«Арбатское»"]),
        # more trades than shops and offices: pawnshops, bathhouses, schools, pizzerias, ticket desks
        ("Ломбард на Заречной, дом 4, работает по будням", ["Ломбард на Заречной"]),
        ("В бане на Озёрной сегодня женский день", ["бане на Озёрной"]),
        ("Zalagaonica Liman radi od 9 do 17", ["Zalagaonica Liman"]),
        ("Пицерија Центар ради до поноћи", ["Пицерија Центар"]),
        ("The Maple Grove library opens at 10", ["The Maple Grove library"]),
        # a type word with the service it gives
        ("Пункт проката на Озёрной открыт до 20", ["Пункт проката на Озёрной"]),
        # the place first, then the type word; a holiday is no place
        ("Ломбард на Заречной открыт. В Озёрске ломбард находится на улице Мира.",
         ["Ломбард на Заречной", "В Озёрске ломбард"]),
        ("В Рождество магазин закрыт", []),
        # a kind of studio, then its name: "Dance studio Ritam"
        ("Plesni studio Ritam, Zrenjanin", ["studio Ritam"]),
        # a shop's rank between its place and its type, in either case, is no part of its name
        ("Our Mill Creek main shop is open daily", ["Our Mill Creek shop"]),
        ("The bows are tuned at the Elm Street pro shop", ["Elm Street shop"]),
        # initials in a street's name; an archery or a shooting range
        ("For the C Y Avenue pro shop in Casper, press 1", ["C Y Avenue shop"]),
        ("For the Mills indoor range, press 2", ["Mills indoor range"]),
        # a repair service's drop-off point in Serbian
        ("Пријемно место Азања ради средом, prijemno mesto Lapovo petkom", ["Пријемно место Азања",
                                                                          "prijemno mesto Lapovo"]),
        # a village or a settlement before the place's name; a plant nursery
        ("Питомник в селе Малиновка, ул. Лесная, 3", ["Питомник в селе Малиновка"]),
        ("Магазин в посёлке Рассвет закрыт, prodavnica u selu Vranovo radi", ["Магазин в посёлке Рассвет",
                                                                               "prodavnica u selu Vranovo"]),
        # a landmark that says how to find a branch is no branch
        ("Въезд со стороны ул. Татищева, ориентир — АЗС «Лукойл». Radnja je pored prodavnice Maxi.", []),
        # a singular branch's street after its town is where it is, not a second branch
        ("Открывается новый магазин в Воткинске, на улице Ленина, дом 34.", ["магазин в Воткинске"]),
        # a driving school's classroom in another town
        ("Учионица Јошаничка Бања ради средом, a nastava u učionici traje 2 sata", ["Учионица Јошаничка Бања"]),
        # a Serbian square or boulevard named by a lower-case genitive
        ("Сервис на Тргу ослобођења 7 ради до 16, radnja na Bulevaru oslobođenja do 20",
         ["Сервис на Тргу ослобођења", "radnja na Bulevaru oslobođenja"]),
    ],
)
def test_branch_names_of_many_kinds(text, names):
    assert [n.name for n in find_branch_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "STORE HOURS (effective March 1)",  # a heading of a kind of fact
        "Вы позвонили в сеть аптек «Живица»",  # the chain
        "Аптеки «Живица» — адреса",  # the chain, in the plural
        "Салоны оптики «Прозрение»",  # a complement of the type word before it
        "Четыре книжных магазина в Казани",  # a count
        "Naše apoteke u Kragujevcu",  # all of them
        "Thanks for calling Greenleaf Pharmacy",  # a brand spells its type word with a capital
        "Shop Cafés Journal Wholesale",  # English puts the name first
        "Studio Hours",  # a kind of fact, not a studio named "Hours"
        "согласно пункту 3.2 договора",  # a clause of a contract
        "Administrative office: 3700 National Dr",  # a department
        "naši saloni u Novom Sadu",  # all of them
        "Visit our store at 120 Main Street",  # an address, not a name
        "Офис 204, 5 этаж",  # a unit of an address
        "Пункт выдачи на Покровке\nМагазин на Арбате",  # a name ends at the line's end
        "on the lower level of the old Hotel Bozeman",  # a landmark the branch is in
        "just across from the Sanford clinic",  # a landmark the branch is near
        "October studio hours",  # a month's hours, not a studio named October
        "Winter shop schedule",  # a season's
        "Saturday store hours",  # a weekday's
        "Thanksgiving Day store hours",  # a holiday's
        "We'll store your bike all winter",  # a pronoun and a verb
        "They store skis for the season",
    ],
)
def test_look_alikes_of_branch_names(text):
    names = [n.name for n in find_branch_names(text)]
    if "\n" in text:
        assert names == ["Пункт выдачи на Покровке", "Магазин на Арбате"]
    else:
        assert names == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("Отделение «Тверское»", "Тверское"),
        ("отделения «Тверское»", "Отделение «Тверское»"),
        ("Аптека на Невском", "аптеке на Невском"),
        ("Apoteka Centar", "Апотека Центар"),
        ("Downtown office", "Downtown"),
        ("Our Back Bay branch", "Back Bay"),
        ("Prodajno mesto u Knez Mihailovoj", "Knez Mihailovoj"),
        ("Дополнительный офис № 7", "Офис №7"),
    ],
)
def test_type_words_quotes_and_scripts_leave_the_key(a, b):
    assert name_key(a) == name_key(b) != ""


def test_a_place_named_like_a_type_word_keeps_its_key():
    assert name_key("Apoteka Centar") != name_key("Apoteka Liman")
    assert name_key("Service Center") != ""  # "center" is a place word as often as a type word


@pytest.mark.parametrize(("text", "place"), [
    ("За центар у Крагујевцу притисните 2.", "Крагујевцу"),
    ("Slušni centar Čačak radi od 9 do 17.", "Čačak"),
    ("Сервисный центр на Гагарина закрыт 1 января.", "Гагарина"),
])
def test_a_centre_of_a_trade_or_with_a_preposition_is_a_branch(text, place):
    [name] = find_branch_names(text)
    assert name.place == place
    assert name_key(name.name) == name_key(f"Центар {place}")  # one branch however its centre is called


@pytest.mark.parametrize(("text", "name"), [
    ("Купите у продавници чаја у Пироту, Ћирила и Методија 5.", "продавници у Пироту"),
    ("Магазин одежды на Гагарина открыт до 21.", "Магазин на Гагарина"),
    ("Prodavnica obuće u Somboru radi do 20h.", "Prodavnica u Somboru"),
])
def test_what_a_branch_sells_between_its_type_and_its_place_is_no_part_of_its_name(text, name):
    assert [n.name for n in find_branch_names(text)] == [name]


def test_a_verb_between_a_type_word_and_a_place_is_no_complement():
    assert find_branch_names("Продавница ради у Пироту.") == []
    assert find_branch_names("Магазин находится на Гагарина.") == []


def test_an_article_before_a_capitalised_type_word_makes_it_a_branch_not_a_brand():
    assert [n.name for n in find_branch_names("Yes, the Lakeview North Studio at 12 Elm Ave is open")] == [
        "Lakeview North Studio"]
    assert find_branch_names("Lakeview Studio: music lessons since 1998") == []  # the brand
    assert find_branch_names("Members of the Unlimited Club wash free") == []  # a membership


def test_a_serbian_filling_station_is_a_branch():
    assert [n.name for n in find_branch_names("Станица Расинска ради нон-стоп, а станица у Ћићевцу од 6 до 20.")] == [
        "Станица Расинска", "станица у Ћићевцу"]


def test_a_place_named_after_a_season_or_a_month_keeps_its_name():
    assert [n.name for n in find_branch_names("Visit the Summer Street store or the May Hill shop")] == [
        "Summer Street store", "May Hill shop"]


def test_a_street_ordinal_is_part_of_an_english_branch_name():
    assert [n.place for n in find_branch_names("Our West 42nd Street office opens at 9.")] == ["West 42nd Street"]


def test_a_street_named_after_an_anniversary_or_a_river_bank_is_a_whole_place():
    text = "Центр на 50 лет Победы: … Центр на Левом берегу: …"
    assert [n.place for n in find_branch_names(text)] == ["50 лет Победы", "Левом берегу"]


def test_a_department_named_office_is_no_branch():
    assert find_branch_names("Call our Admin office or the billing office.") == []


def test_a_centre_alone_stays_a_part_of_town():
    assert [n.place for n in find_branch_names("Пекара Центар, Трг слободе 2")] == ["Центар"]
    assert find_branch_names("Продавница је у центру града.") == []


def test_a_centre_with_a_preposition_takes_a_street_word_before_its_place():
    text = "Центр на проспекте Космонавтов: пн–пт 9–18. Центар у улици Војводе Мишића ради до 17."
    assert [n.place for n in find_branch_names(text)] == ["Космонавтов", "Војводе Мишића"]


@pytest.mark.parametrize("text", [
    "Салон в центре на улице Садовой, 4.",  # the town's centre, then the street
    "Radnja je u samom centru u ulici Nikole Tesle 3.",
    "Магазин в торговом центре на проспекте Славы.",  # the mall a shop stands in
])
def test_a_town_centre_or_a_mall_before_a_street_is_no_branch(text):
    assert [n.name for n in find_branch_names(text) if "ентр" in n.name or "entr" in n.name] == []


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


@pytest.mark.parametrize(("text", "name"), [
    ("Пункт в Олимпийском парке работает", "Пункт в Олимпийском парке"),
    ("Магазин в Заводском районе открыт", "Магазин в Заводском районе"),
])
def test_a_place_named_by_an_adjective_and_a_common_noun(text, name):
    assert [n.name for n in find_branch_names(text)] == [name]


@pytest.mark.parametrize(
    "latin, cyrillic",
    [("Šapica Centar", "Шапица Центар"), ("Apoteka Čačak", "Апотека Чачак"), ("Knjižara Žarkovo", "Књижара Жарково"),
     ("Salon Džudžo", "Салон Џуџо"), ("Ćuprija", "Ћуприја"), ("Đerdap", "Ђердап")],
)
def test_serbian_latin_and_cyrillic_names_share_a_key(latin, cyrillic):
    assert name_key(latin) == name_key(cyrillic)
    # and English spellings of Russian names keep theirs: "sh" for "ш"
    assert name_key("Shafran na Baumana") == name_key("Шафран на Баумана")


def test_a_lowercase_part_of_town_leads_or_is_an_english_branch_name():
    assert [n.name for n in find_branch_names("Visit our downtown store or the uptown Cedar Falls shop.")] == [
        "downtown store", "uptown Cedar Falls shop"]


def test_a_landmark_a_branch_stands_by_is_no_branch():
    assert find_branch_names("We are across from the Riverside clinic, next to the Elm pharmacy.") == []


def test_a_serbian_punkt_is_a_branch_but_a_clause_is_not():
    assert [n.name for n in find_branch_names("Punkt Ledinci: Adresa … Punkt u Rakovcu radi do 18h.")] == [
        "Punkt Ledinci", "Punkt u Rakovcu"]
    assert find_branch_names("Prema tački 3, punkt 2 ugovora važi do kraja godine.") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Чайная на Садовой открыта до 22.", ["Чайная на Садовой"]),
    ("Прокат у Речного вокзала: пн–вс 10–20.", ["Прокат у Речного вокзала"]),
    ("Лавка на Покровке и мойка на Трактовой", ["Лавка на Покровке", "мойка на Трактовой"]),
    ("Butik Zemun i trafika u Ubu", ["Butik Zemun", "trafika u Ubu"]),
    ("Прокат коньков стоит 300 рублей, мойка днища — 500.", []),  # a service, not a place
])
def test_tea_rooms_corner_shops_rental_points_and_washes_are_branches(text, names):
    assert [n.name for n in find_branch_names(text)] == names


def test_outposts_depots_galleries_and_labs_follow_their_place_in_english():
    text = "Call the Townsend outpost, the Riverside lab or the Old Mill gallery before 10."
    assert [n.name for n in find_branch_names(text)] == ["Townsend outpost", "Riverside lab", "Old Mill gallery"]


def test_a_centre_named_by_its_town_has_the_towns_key():
    assert name_key("Центар у Старој Пазови") == name_key("Стара Пазова") == name_key("Slušni centar Stara Pazova")
    assert name_key("Apoteka Centar") != name_key("Apoteka")  # a part of town called Centar keeps its word
    assert [n.name for n in find_branch_names("Испостава у Пећинцима ради средом.")] == ["Испостава у Пећинцима"]


@pytest.mark.parametrize(("text", "names"), [
    ("Igraonica Kotlujevac i играоница у Бољевцу", ["Igraonica Kotlujevac", "играоница у Бољевцу"]),
    ("Пумпа у Ћићевцу ради нон-стоп.", ["Пумпа у Ћићевцу"]),
    ("Кулинария на Ленина и столовая на Мира", ["Кулинария на Ленина", "столовая на Мира"]),
    ("Пумпа за воду кошта 5.000 дин.", []),
])
def test_play_rooms_filling_stations_and_delis_are_branches(text, names):
    assert [n.name for n in find_branch_names(text)] == names


def test_an_english_trades_centre_follows_its_place_and_keys_as_the_place():
    [name] = find_branch_names("Visit our Lake Ridge calibration center for camera work.")
    assert name.name == "Lake Ridge calibration center"
    assert name_key(name.name) == name_key("Lake Ridge")
    assert name_key("Service Center") != ""  # a centre named so keeps its word


def test_a_shop_in_a_serbian_shopping_centre_is_named_by_the_centre():
    [name] = find_branch_names("Za radnju u tržnom centru Stadion pritisnite 2.")
    assert name_key(name.name) == name_key("Stadion")
    assert name_key("radnja Centar") != name_key(name.name)  # the town's centre is another branch


@pytest.mark.parametrize("text, places", [
    ("Имамо две апотеке: у Лучанима, Југословенске армије 3 (тел. 032/515-100), и у Гучи, Републике 7.",
     ["Лучанима", "Гучи"]),
    ("Два салона: в Кыштыме, ул. Ленина, 5, и в Касли, ул. Стройки, 2.", ["Кыштыме", "Касли"]),
    ("We have two stores: in Bemidji, 12 Main St, and in Walker, 40 Front St.", ["Bemidji", "Walker"]),
])
def test_places_listed_after_a_plural_type_word_and_a_colon_are_branches(text, places):
    assert [n.place for n in find_branch_names(text)] == places


def test_a_list_of_one_place_after_a_colon_names_no_branch_by_itself():
    assert find_branch_names("Наши салоны: в центре города, у рынка.") == []


@pytest.mark.parametrize("text, place", [
    ("Visit the Cedar Bay Landing Main shop today.", "Cedar Bay Landing"),
    ("The Pinecrest outreach clinic sees patients on Tuesdays.", "Pinecrest"),
    ("Our Harbor Point satellite office opens at 9.", "Harbor Point"),
    ("For the Lolo Peak base shop, press 3.", "Lolo Peak"),
])
def test_a_shops_rank_or_role_between_its_place_and_its_type_is_no_part_of_its_name(text, place):
    [name] = find_branch_names(text)
    assert name_key(name.name) == name_key(place)


def test_drop_off_points_and_laboratories_follow_their_place_in_english():
    text = "Bring samples to the Riverton drop-off, the Cody drop site or the Powell laboratory."
    assert [n.name for n in find_branch_names(text)] == [
        "Riverton drop-off", "Cody drop site", "Powell laboratory"]


@pytest.mark.parametrize(("text", "names"), [
    ("Call the Eastside car wash or our Midtown tea house.", ["Eastside car wash", "Midtown tea house"]),
    ("Велосервис на Ленина и веломастерская на Мира", ["Велосервис на Ленина", "веломастерская на Мира"]),
    ("Biciklana Centar i autoperionica Liman", ["Biciklana Centar", "autoperionica Liman"]),
])
def test_car_washes_tea_houses_and_bicycle_workshops_are_branches(text, names):
    assert [n.name for n in find_branch_names(text)] == names


def test_a_russian_trades_centre_is_named_by_its_adjective():
    text = "Развивающий центр «Умка» на Садовой и шинный центр в Заречье"
    assert [n.name for n in find_branch_names(text)] == ["Развивающий центр «Умка» на Садовой", "шинный центр в Заречье"]
