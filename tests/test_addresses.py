"""Addresses: finding them in running text, the normal form, and when two are the same place."""

import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from consistency.facts.addresses import (
    Address,
    blocking_key,
    city_of_section,
    find_addresses,
    normalise_address,
    same_address,
)

# (running text, normal forms of the addresses in it)
FOUND = [
    ("117342, Москва, ул. Бутлерова, д. 17Б, оф. 603", ["117342, москва, ул бутлерова, д 17б, оф 603"]),
    ("Наш адрес: г. Москва, ул. Бутлерова, д. 17Б, офис 603, 3 этаж.",
     ["москва, ул бутлерова, д 17б, оф 603"]),
    ("Г. МОСКВА, УЛ. БУТЛЕРОВА, Д. 17Б, ОФ. 603", ["москва, ул бутлерова, д 17б, оф 603"]),
    ("Приходите по адресу ул. Бутлерова, 17Б. Ждём вас!", ["ул бутлерова, д 17б"]),
    ("улица Бутлерова, дом 17 Б", ["ул бутлерова, д 17б"]),
    ("Бутлерова ул., 17-б", ["ул бутлерова, д 17б"]),
    ("ул. Бутлерова, д. 17, корп. Б", ["ул бутлерова, д 17 к б"]),
    ("ул. Ленина 17к2с1", ["ул ленина, д 17 к 2 стр 1"]),
    ("Ленинский проспект, 5, корп. 2, стр. 1", ["пр-кт ленинский, д 5 к 2 стр 1"]),
    ("Кутузовский пр., 32", ["пр-кт кутузовский, д 32"]),
    ("пр-т 60-летия Октября, 10", ["пр-кт 60летия октября, д 10"]),
    ("Красная пл., 1", ["пл красная, д 1"]),
    ("Рублёвское ш., 62", ["ш рублевское, д 62"]),
    ("Чистопрудный б-р, 12, стр. 2", ["б-р чистопрудный, д 12 стр 2"]),
    ("наб. реки Фонтанки, 15", ["наб реки фонтанки, д 15"]),
    ("ул. 8 Марта, 12", ["ул 8 марта, д 12"]),
    ("ул. 1905 года, 7", ["ул 1905 года, д 7"]),
    ("1-я Тверская-Ямская ул., 7", ["ул 1я тверская-ямская, д 7"]),
    ("ул. Большая Никитская, 2", ["ул бол никитская, д 2"]),
    ("ул. Б. Никитская, 2", ["ул бол никитская, д 2"]),
    # a first name's initial before the surname
    ("пер. Н. Островского, 14", ["пер н островского, д 14"]),
    ("Самара, ул. Ф. Энгельса, 7", ["самара, ул ф энгельса, д 7"]),
    ("Санкт-Петербург, Невский пр., 28, лит. А", ["санкт-петербург, пр-кт невский, д 28 лит а"]),
    ("СПб, Невский проспект, д. 28", ["санкт-петербург, пр-кт невский, д 28"]),
    ("Московская обл., г. Химки, ул. Ленина, д. 5, кв. 12", ["химки, ул ленина, д 5, кв 12"]),
    ("Россия, 117342, Москва, ул. Бутлерова, 17Б", ["117342, москва, ул бутлерова, д 17б"]),
    ("ул. Бутлерова, 17Б, Москва, 117342", ["117342, москва, ул бутлерова, д 17б"]),
    ("Москва, Покровка, 12", ["москва, покровка, д 12"]),
    ("Москва, Покровка 12к2", ["москва, покровка, д 12 к 2"]),
    ("м. Китай-город, ул. Маросейка, 2 (вход со двора)", ["ул маросейка, д 2"]),
    ("ул. Маросейка, 2, м. Китай-город", ["ул маросейка, д 2"]),
    ("Адреса: ул. Ленина, 5; ул. Мира, 7", ["ул ленина, д 5", "ул мира, д 7"]),
    ("ул. Ленина, 12 и ул. Ленина, 14", ["ул ленина, д 12", "ул ленина, д 14"]),
    ("Москва, ул. Ленина, 5, Казань, ул. Мира, 7", ["москва, ул ленина, д 5", "казань, ул мира, д 7"]),
    ("ул. Ленина, 5, тел. 8 (495) 660-38-40, пн-пт 10:00-22:00", ["ул ленина, д 5"]),
    ("123 Main St, Springfield, IL 62701", ["62701, springfield, 123 main st"]),
    # a US town with its state keeps its English name, even one a Serbian or Russian capital is also called
    ("104 N Broadway St Belgrade, MT 59714", ["59714, belgrade, 104 n broadway st"]),
    ("12 Main St, Moscow, ID 83843", ["83843, moscow, 12 main st"]),
    ("123 Main Street, Suite 400, Springfield, IL 62701-1234", ["62701, springfield, 123 main st, ste 400"]),
    ("Visit us at 1600 Amphitheatre Pkwy.", ["1600 amphitheatre pkwy"]),
    # a quadrant after the type, small words in the name, a table cell's lines joined by a semicolon
    ("1500 Central Ave NE\nMinneapolis, MN 55413", ["55413, minneapolis, 1500 central ave ne"]),
    ("675 Ponce de Leon Ave NE, Suite 140\nAtlanta, GA 30308", ["30308, atlanta, 675 ponce de leon ave ne, ste 140"]),
    # lettered streets
    ("2630 J Street\nSacramento, CA 95816", ["95816, sacramento, 2630 j st"]),
    ("1201 K St NW, Washington, DC 20005", ["20005, washington, 1201 k st nw"]),
    # an English unit letter in a Cyrillic address reads back as itself (found by hypothesis)
    ("ул. Бутлерова 603 Suite B", ["ул бутлерова, д 603, ste в"]),
    ("1450 Elm St.; Columbus, OH 43215", ["43215, columbus, 1450 elm st"]),
    # a footer's one-line address, its parts set apart by middle dots
    ("Harbor Books LLC · 48 Water St · Bath, ME 04530", ["04530, bath, 48 water st"]),
    # a copyright year and the company's name; a date set off by commas
    ("© 2026 Harvest Lane Market, Inc.", []),
    # a spelled-out direction as the post office writes it; a time's "PM CT" is no street
    ("1600 North High Street, Columbus, OH 43201", ["43201, columbus, 1600 n high st"]),
    ("Open until 9 PM CT tonight", []),
    ("Zeleni venac 16, Beograd", ["београд, зелени венац, д 16"]),
    # Serbian: an adjective in -ni before "bulevar"; a genitive street name ending in a lower-case noun
    ("Južni bulevar 28, 11000 Beograd", ["11000, београд, б-р јужни, д 28"]),
    ("Paketomat Liman — Narodnog fronta 23, Novi Sad — dostupan 0–24", ["нови сад, народног фронта, д 23"]),
    ("All branches will be closed on Wednesday, November 11, for Veterans Day.", []),
    ("Knez Mihailova 12, Beograd", ["београд, кнез михаилова, д 12"]),
    ("Knez Mihailova bb, Beograd", ["београд, кнез михаилова, д бб"]),
    ("Булевар краља Александра 73, 11000 Београд", ["11000, београд, б-р краља александра, д 73"]),
    ("Bulevar kralja Aleksandra 73, 11000 Beograd", ["11000, београд, б-р краља александра, д 73"]),
    ("Kneza Miloša 5, 11000 Beograd", ["11000, београд, кнеза милоша, д 5"]),
    ("Zmaj Jovina 12, Novi Sad", ["нови сад, змај јовина, д 12"]),
    ("Нови Сад, Змај Јовина 12", ["нови сад, змај јовина, д 12"]),
    ("Trg Republike 5, Beograd", ["београд, трг републике, д 5"]),
    # a floor in parentheses is no phone area code; a house range may end the sentence
    ("г. Тверь, ул. Советская, д. 31 (3 этаж)", ["тверь, ул советская, д 31"]),
    ("Пункт выдачи: ул. Мира, д. 14-16. Работает с 10", ["ул мира, д 14-16"]),
    # the street type inflected after a preposition, the name as written
    ("Офис на улице Гагарина, 21", ["ул гагарина, д 21"]),
    ("Radnja u Ulici kralja Petra 14", ["ул краља петра, д 14"]),
    # a name all in lower case after a capitalised type
    ("Trg slobode 3, Novi Sad", ["нови сад, трг слободе, д 3"]),
    # a street named by an adjective and a generic noun, no type
    ("Zrenjaninski put 84, 23000 Zrenjanin", ["23000, зрењанин, зрењанински пут, д 84"]),
    ("Москва, Садовое кольцо, 14", ["москва, садовое кольцо, д 14"]),
    ("Nišavsko šetalište 9, Niš", ["ниш, нишавско шеталиште, д 9"]),
    # the city in the locative after a preposition
    ("Наш магазин в Казани, ул. Баумана, 51", ["казань, ул баумана, д 51"]),
    ("Radnja u Kragujevcu, Kralja Petra 12, radi", ["крагујевац, краља петра, д 12"]),
    # a town whose "a" drops in the locative as in "-ac"; the street after its own preposition
    ("Servis je u Ražnju, u ulici Vuka Karadžića 14, pored pošte", ["ражањ, ул вука караџића, д 14"]),
    ("Сервис је у Нишу, у улици Вука Караџића 14, поред поште", ["ниш, ул вука караџића, д 14"]),
    # a Serbian adjective after "ulici" is in the locative with it; a genitive name stays as written
    ("Radionica je u ulici Cvijićevoj 8, pored pijace", ["ул цвијићева, д 8"]),
    ("Радионица је у улици Господар Јовановој 3, поред пијаце", ["ул господар јованова, д 3"]),
    ("Radionica je u ulici Kraljice Marije 8, pored pijace", ["ул краљице марије, д 8"]),
    # Serbian names Novi Beograd with "na"
    ("Apoteka na Novom Beogradu, Bulevar Mihajla Pupina 10, radi", ["нови београд, б-р михајла пупина, д 10"]),
    ("Пекара на Новом Београду, Гандијева 7, ради", ["нови београд, гандијева, д 7"]),
    ("Новый салон в Ярославле, Московский пр-т, 12", ["ярославль, пр-кт московский, д 12"]),
    ("Новый салон в Одинцове, Можайское ш., 12", ["одинцово, ш можайское, д 12"]),
    ("Пункт выдачи: ул. Мира, 5 в Люберцах", ["люберцы, ул мира, д 5"]),
    # a colon after the town, before a typed street; a bare name there is a part of town
    ("Офис в Твери: ул. Советская, д. 5.", ["тверь, ул советская, д 5"]),
    ("Prodavnica Novi Sad: Detelinara 3", []),
    # an IVR prompt says the house number in words, past a hundred too; not a duration after a typed street
    ("Салон на улице Гоголя, дом сто сорок два «А», работает с 9", ["ул гоголя, д 142а"]),
    ("Филиал: проспект Победы, двести девять. Работаем", ["пр-кт победы, д 209"]),
    ("Офис на улице Гоголя, два часа пешком", []),
    ("Салон: улица Гоголя, дом девять, корпус два, вход со двора", ["ул гоголя, д 9 к 2"]),
    ("Салон: улица Гоголя, дом девять, корпус два часа", ["ул гоголя, д 9"]),
    # a town missing from the city list, in the locative, by an ending whose nominative is certain: before the
    # street, before a street with its own preposition, after the house, opening the sentence
    ("Салон в Лесосибирске: улица Мира, 7", ["лесосибирск, ул мира, д 7"]),
    ("Новая точка в Новоуральске, на улице Гоголя, 3", ["новоуральск, ул гоголя, д 3"]),
    ("Штампарија, Јована Поповића 12 у Темерину, ради", ["темерин, јована поповића, д 12"]),
    ("В Лесосибирске у нас два салона: ул. Мира, 7 и ул. Гоголя, 3.",
     ["лесосибирск, ул мира, д 7", "лесосибирск, ул гоголя, д 3"]),
    # "-ове" and "-ине" name a part of town as often as a town; a town mentioned mid-sentence is no shop's
    ("Пункт в Бибиреве: ул. Мира, 7", ["ул мира, д 7"]),
    ("Ждём вас в Лесосибирске. Офис: ул. Мира, 7", ["ул мира, д 7"]),
    # numbered roads; a spelled-out direction closing the street; a mall's level is a floor, left out
    ("2215 Hwy 70 E\nMarion, NC 28752", ["28752, marion, 2215 hwy 70 e"]),
    ("Our new depot at 760 US-41, Ringgold, GA 30736, opens", ["30736, ringgold, 760 us-41"]),
    ("The Westgate shop, at 415 9th Avenue North, opens at 8", ["415 9th ave n"]),
    ("12 Main Street South Portland", ["12 main st"]),
    ("300 Mall Dr, Level 2\nAlbany, GA 31707", ["31707, albany, 300 mall dr"]),
    # a town closing a footer's part
    ("Eastside · 410 E Pine St, Suite 2, Medford · (541) 555-0100", ["medford, 410 e pine st, ste 2"]),
    # a map card's town, missing from the lists, before the region and the postcode
    ("📍ул. Гагарина, 9, Зеленодольск, Республика Татарстан, 422540", ["422540, зеленодольск, ул гагарина, д 9"]),
    # a note in parentheses between the house and the postcode
    ("Adresa: Glavni trg 4 (pored pošte), 31330 Priboj", ["31330, прибој, трг главни, д 4"]),
    # the town just before an English street, not a mall
    ("Our new shop in Cedar Falls, at 410 Main Street, opens Monday", ["cedar falls, 410 main st"]),
    ("Our branch in Easton Town Center, at 4020 Morse Road, opens", ["4020 morse rd"]),
    # a Roman numeral in a name stays Latin in either script; "им." is dropped; a unit letter
    ("Kralja Petra I 15, Kragujevac", ["крагујевац, краља петра i, д 15"]),
    ("Краља Петра I 15, Крагујевац", ["крагујевац, краља петра i, д 15"]),
    ("Apoteka Sunce, Kralja Aleksandra I Karađorđevića 20, Kragujevac",
     ["крагујевац, краља александра i карађорђевића, д 20"]),
    ("ул. им. Горького, 5", ["ул горького, д 5"]),
    # a house letter in quotes, as a prompt script spells it out
    ("Салон на улице Гоголя, дом 14 «б», работает с 9", ["ул гоголя, д 14б"]),
    # a Serbian ordinal date as the name; a Serbian adjective before "bulevar" or "trg"
    ("Bulevar 12. februara 5, Niš", ["ниш, б-р 12 фебруара, д 5"]),
    ("Булевар 12. фебруара 5, Ниш", ["ниш, б-р 12 фебруара, д 5"]),
    ("Servis je na adresi Vizantijski bulevar 44, Niš", ["ниш, б-р византијски, д 44"]),
    ("Studentski trg 5, Beograd", ["београд, трг студентски, д 5"]),
    ("48 Harbor Rd, Unit C, Salem, MA 01970", ["01970, salem, 48 harbor rd, unit c"]),
    # roads named after where they lead, with their USPS suffixes
    ("3900 Lebanon Pike, Hermitage, TN 37076", ["37076, hermitage, 3900 lebanon pike"]),
    ("1200 Lakeline Loop, Cedar Park, TX 78613", ["78613, cedar park, 1200 lakeline loop"]),
    ("800 Gulf Freeway, Suite 5", ["800 gulf fwy, ste 5"]),
    # a second capital after a surname's particle, in the street and in the town
    ("2201 McKinney Ave, McAllen, TX 78501", ["78501, mcallen, 2201 mckinney ave"]),
    ("4100 MacArthur Blvd", ["4100 macarthur blvd"]),
    # streets that need no type: Broadway, and a grid coordinate as Utah numbers its streets
    ("2210 N Broadway, Santa Ana, CA 92706", ["92706, santa ana, 2210 n broadway"]),
    ("Ogden Outpost · 2380 Washington Blvd; 350 W 2600 S, Bountiful, UT 84010",
     ["2380 washington blvd", "84010, bountiful, 350 w 2600 s"]),
    ("3300 South 1300 East, Salt Lake City, UT 84106", ["84106, salt lake city, 3300 s 1300 e"]),
    # traps: not addresses
    ("ул. Советская, д. 31 (4822) 55-66-77", []),
    ("На улице 25 градусов мороза", []),
    ("бесплатный проезд автобусом 12 маршрута", []),
    ("Казань, Открыто ежедневно 10-22", []),
    ("Казань, Новое кольцо подарков 5", []),
    ("Работаем в Москве, Казани и Самаре 10 лет", []),
    ("Магазин на Покровке", []),
    ("Москва", []),
    ("ул. Бутлерова", []),
    ("Стул. 5 штук", []),
    ("Канцтовары, бумага и пр. 5 наименований", []),
    ("Канцтовары и пр. Доставка 5 дней", []),
    ("Москва, Тверская, 10:00-22:00", []),
    ("ул. Ленина, 5 декабря", []),
    ("Москва, Более 100 магазинов", []),
    # a city block or a part of a building with its number is no street and house
    ("Blok 70, Novi Beograd", []),
    ("Lamela 2, Novi Sad", []),
    ("Мы работаем с 2005 года. Более 100 магазинов по всей России.", []),
    ("Магазин на Покровке, 12 минут от метро", []),
    # a bus stop named after an address
    ("Остановка «Проспект Мира, 20» — троллейбусы 1 и 3", []),
    ("Ближайшая остановка: «ул. Гагарина, 7».", []),
    ("ул. Ленина 8 (495) 123-45-67", []),
    ("Пн-Пт 10-12, Сб 10-14", []),
    ("Open 7 Days A Week", []),
    ("117342", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_addresses(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [(t, e) for t, e in FOUND if e])
def test_normal_form_reads_back(text, expected):
    for found in find_addresses(text):
        again = normalise_address(found.value)
        assert again is not None and again.value == found.value


def test_address_fields():
    text = "Адрес: 117342, г. Москва, ул. Бутлерова, д. 17Б, оф. 603 (3 этаж)."
    (a,) = find_addresses(text)
    assert a == Address(
        value="117342, москва, ул бутлерова, д 17б, оф 603",
        raw="117342, г. Москва, ул. Бутлерова, д. 17Б, оф. 603 (3 этаж)",  # a floor is read, in parentheses too
        start=7,
        end=65,
        postcode="117342",
        city="москва",
        street="ул бутлерова",
        house="17б",
        unit="оф 603",
    )
    assert text[a.start:a.end] == a.raw


def test_floor_is_read_but_left_out():
    (a,) = find_addresses("ул. Ленина, 5, 3 этаж, вход со двора")
    assert a.raw == "ул. Ленина, 5, 3 этаж"
    assert a.value == "ул ленина, д 5"


# A bare street set off after a branch's name on a Serbian or Russian page (the configured city in Cyrillic).
SET_OFF = [
    # a listing's line: the name, the street, a colon and the hours; with a branch's type word or at a line's start
    ("Pekara Banovo, Požeška 60: radnim danima od 7 do 20", ["београд, пожешка, д 60"]),
    ("Радња Дорћол, Господар Јевремова 12: радним данима", ["београд, господар јевремова, д 12"]),
    ("Бравар Звездара, Волгина 15: од понедељка до петка", ["београд, волгина, д 15"]),
    # the number in words, as a prompt says it
    ("Салон на Бановом брду, Пожешка шездесет два, ради до осам", ["београд, пожешка, д 62"]),
    # a name heading its line, the address in parentheses; a branch named after its town gives the town
    ("Cvećara Vidikovac (Patrijarha Pavla 14, kod pijace): pon–sub 8–20", ["београд, патријарха павла, д 14"]),
    ("Пекара Ниш (Обреновићева 30)\nРадно време: 7–21", ["ниш, обреновићева, д 30"]),
    # Serbian "u" before the street's genitive name, set off after the branch's name
    ("Ekspozitura Dorćol, u Cara Dušana 40, radi do 16 časova", ["београд, цара душана, д 40"]),
    ("Radimo svakog dana, u Cara Dušana 40, osim nedelje", []),
    # a card's address line with the shop's unit
    ("Копирница Звездара\nВолгина 15, локал 3\nРадно време: 8–20", ["београд, волгина, д 15, локал 3"]),
    # a date is no street; a sentence is no branch's name
    ("Badnji dan, Četvrtak Dec 24: radimo do 15", []),
    ("Sutra radimo kraće, Požeška 60: od 8 do 12", []),
]


# A branch named by a brand and its town, or by what it is and its town in the locative: the street set off after it
# is in that town, not the page's.
NAMED_AFTER_TOWN = [
    ("Brzi Print Sombor (Venac Stepe Stepanovića 12) radi od 8 do 16.", ["сомбор, венац степе степановића, д 12"]),
    ("Brzi Print Sombor, Venac Stepe Stepanovića 12, radi od 8 do 16.", ["сомбор, венац степе степановића, д 12"]),
    ("Poslovnica u Somboru (Venac Stepe Stepanovića 12) radi od 8 do 16.", ["сомбор, венац степе степановића, д 12"]),
    ("Пословница у Сомбору, Венац Степе Степановића 12, ради од 8.", ["сомбор, венац степе степановића, д 12"]),
    # a name that is no town's stays in the page's town; a lower-case phrase names no branch
    ("Brzi Print Centar (Venac Stepe Stepanovića 12), radi od 8 do 16.", []),
    ("radimo i u sredu (Venac Stepe Stepanovića 12) od 8", []),
]


# A listing's branch and its bare street set off by a spaced dash or a colon, the street ending the phrase.
DASH_OR_COLON = [
    ("Апотека Венац – Змај Јовина 7, ради од 7 до 15.", ["сомбор, змај јовина, д 7"]),
    ("Apoteka Venac: Zmaj Jovina 7 (pored pošte)", ["сомбор, змај јовина, д 7"]),
    ("Brzi Print Apatin — Srpskih vladara 21", ["апатин, српских владара, д 21"]),
    # no branch before it, or no street's shape: a time table's row, a discount
    ("Radno vreme – Subota 12, nedelja 10", []),
    ("Popust: Novogodišnja 20 dana", []),
]


@pytest.mark.parametrize(("text", "expected"), DASH_OR_COLON)
def test_set_off_by_a_dash_or_a_colon(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Сомбор")] == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_TOWN)
def test_set_off_after_a_branch_named_after_its_town(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Бачка Топола")] == expected


@pytest.mark.parametrize(("text", "expected"), SET_OFF)
def test_set_off_after_a_branch_name(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Београд")] == expected


@pytest.mark.parametrize(("text", "city", "expected"), [
    # an English page of a Serbian company: the street after "at" as the town writes it
    ("The Zemun studio, at Cvijićeva 21, opens at nine.", "Београд", ["београд, цвијићева, д 21"]),
    ("Our desk, at Kneza Miloša 9, is open daily.", "Београд", ["београд, кнеза милоша, д 9"]),
    # not a gate, nor on an American company's page
    ("Meet us at Gate 5, then turn left.", "Београд", []),
    ("The Zemun studio, at Cvijićeva 21, opens at nine.", "Springfield", []),
])
def test_a_local_street_after_at_on_an_english_page(text, city, expected):
    assert [a.value for a in find_addresses(text, default_city=city)] == expected


def test_a_listing_without_type_words_is_read_only_on_serbian_and_russian_pages():
    assert find_addresses("Christmas Eve, Thursday 24: open 9 to 4", default_city="Albuquerque") == []
    assert find_addresses("Bravar Zvezdara, Volgina 15: radnim danima", default_city="Springfield") == []


def test_default_city_fills_in_but_does_not_override():
    assert [a.value for a in find_addresses("ул. Ленина, 5", default_city="Москва")] == ["москва, ул ленина, д 5"]
    assert [a.value for a in find_addresses("Казань, ул. Ленина, 5", default_city="Москва")] == [
        "казань, ул ленина, д 5"
    ]
    # a bare street still needs a written city
    assert find_addresses("Покровка, 12", default_city="Москва") == []


@pytest.mark.parametrize(
    ("text", "city", "expected"),
    [
        # an English address stays in Latin script, the default city too
        ("Visit 48 Harbor Road, Suite 12, any weekday.", "Riverton", ["riverton, 48 harbor rd, ste 12"]),
        # a Serbian one is read in Cyrillic, the default city with it
        ("Ulica Modene 7", "Novi Sad", ["нови сад, ул модене, д 7"]),
        ("ул. Ленина, 5", "Moscow", ["москва, ул ленина, д 5"]),
    ],
)
def test_default_city_in_the_address_script(text, city, expected):
    found = find_addresses(text, default_city=city)
    assert [a.value for a in found] == expected
    assert [normalise_address(a.value).value for a in found] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("117342, Москва, ул. Бутлерова, д. 17Б", "117342, москва, ул бутлерова, д 17б"),
        ("ул. Бутлерова, д. 17Б, оф. 603, Москва, 117342, RU", "117342, москва, ул бутлерова, д 17б, оф 603"),
        ("Бутлерова, 17Б", "бутлерова, д 17б"),
        ("ул бутлерова 17б", "ул бутлерова, д 17б"),
        ("Зеленоградск, ул. Ленина, 5", "зеленоградск, ул ленина, д 5"),
        ("ул. Ленина, 5, ТЦ Мега, 2 этаж", "ул ленина, д 5"),
        ("1600 Amphitheatre Parkway, Mountain View, CA 94043", "94043, mountain view, 1600 amphitheatre pkwy"),
        ("11000, Beograd, Knez Mihailova 12", "11000, београд, кнез михаилова, д 12"),
        ("Moscow, ul. Lenina, 5", "москва, ул ленина, д 5"),
        ("Москва, ул. Бутлерова, д. 17, корп. 2, стр. 1, лит. А, кв. 5",
         "москва, ул бутлерова, д 17 к 2 стр 1 лит а, кв 5"),
        ("Москва", None),
        ("117342, Москва", None),
        ("ул. Бутлерова", None),
        ("", None),
    ],
)
def test_normalise_address(raw, expected):
    found = normalise_address(raw)
    assert (found.value if found else None) == expected
    if found:
        assert normalise_address(found.value).value == found.value


def test_normalise_address_default_city():
    assert normalise_address("ул. Ленина, 5", default_city="г. Москва").value == "москва, ул ленина, д 5"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ул. Бутлерова, д. 17Б", "улица Бутлерова, дом 17 Б", True),
        ("Бутлерова ул., 17Б", "ул. Бутлерова, д. 17Б", True),
        ("117342, Москва, ул. Бутлерова, д. 17Б, оф. 603", "ул. Бутлерова, 17Б", True),
        ("Булевар краља Александра 73", "Bulevar kralja Aleksandra 73", True),
        ("Kneza Milosa 5", "Кнеза Милоша 5", True),
        ("ул. Бутлерова, 17Б", "ул. Бутлерава, 17Б", True),
        ("ул. Большая Никитская, 2", "ул. Б. Никитская, 2", True),
        ("Москва, Покровка, 12", "ул. Покровка, 12", True),
        ("СПб, Невский пр., 28", "г. Санкт-Петербург, Невский проспект, д. 28", True),
        ("123 Main St, Springfield, IL 62701", "123 Main Street", True),
        ("ул. Ленина, 12", "ул. Ленина, 14", False),
        ("ул. Бутлерова, 17", "ул. Бутлерова, 17Б", False),
        ("ул. Бутлерова, д. 17, корп. Б", "ул. Бутлерова, 17Б", False),
        ("ул. Мира, 5", "пр-т Мира, 5", False),
        ("Москва, ул. Ленина, 5", "Казань, ул. Ленина, 5", False),
        ("ул. Ленина, 5, оф. 1", "ул. Ленина, 5, оф. 2", False),
        ("1-я Тверская-Ямская ул., 7", "2-я Тверская-Ямская ул., 7", False),
        ("ул. Малая Никитская, 2", "ул. Большая Никитская, 2", False),
        ("ул. Мира, 5", "ул. Мора, 5", False),
        ("Kralja Petra I 15", "Краља Петра I 15", True),
        ("Kralja Petra I 15", "Kralja Petra II 15", False),
    ],
)
def test_same_address(a, b, same):
    x, y = normalise_address(a), normalise_address(b)
    assert same_address(x, y) is same
    assert same_address(y, x) is same


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("ул. Бутлерова, д. 17Б", "butlerova"),
        ("Бутлерова ул., 17Б", "butlerova"),
        ("ул. Большая Никитская, 2", "nikitskaya"),
        ("Bulevar kralja Aleksandra 73", "aleksandra"),
        ("Булевар краља Александра 73", "aleksandra"),
        ("123 Main St", "main"),
        # A Russian street on an English page falls in the same block as its Russian spelling.
        ("31 Pokrovka St., Moscow", "pokrovka"),
        ("ул. Покровка, д. 31", "pokrovka"),
    ],
)
def test_blocking_key(raw, key):
    assert blocking_key(normalise_address(raw)) == key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("31 Pokrovka St., Moscow", "105062, Москва, ул. Покровка, д. 31", True),
        ("56 Profsoyuznaya St., Moscow", "Москва, Профсоюзная ул., д. 56", True),
        ("31 Pokrovka St., Moscow", "ул. Покровка, д. 13", False),
        ("31 Pokrovka Ave, Moscow", "ул. Покровка, д. 31", False),
    ],
)
def test_russian_streets_written_in_english(a, b, same):
    assert same_address(normalise_address(a), normalise_address(b)) is same


def test_adversarial_text_is_fast():
    texts = [
        "ул. " * 5000, "Ул Ул Ул " * 3000, "Ааа " * 10000, "А-" * 10000, "1" * 20000, "1 " * 10000,
        "ул. Ааа-Ббб-Ввв-Ггг " * 2000, "Москва, " * 3000, "д. 1 " * 4000, "Б. " * 5000, "117342, " * 3000,
        "Ленинский Ленинский Ленинский " * 2000, "ул. Ленина " + "Ааа " * 5000 + "5", " 5" * 10000,
        "ул. Бутлерова 17 " * 2000, "АААА " * 5000, "kralja " * 5000, "Zmaj Jovina " * 3000 + "12, Beograd",
        "у Нишу, " * 3000, "в Казани " * 4000, "Bulevar oslobođenja " * 3000, "Садовое кольцо " * 3000,
        "Industrijska zona " * 3000 + "bb", "на улице " * 4000,
    ]
    started = time.perf_counter()
    for text in texts:
        find_addresses(text)
        normalise_address(text[:5000])
    assert time.perf_counter() - started < 10


_TOKENS = [
    "ул.", "Бутлерова", "д.", "17", "Б", ",", " ", "\n", "Москва", "117342", "корп.", "к", "2", "стр.", "оф.",
    "603", "этаж", "Knez", "Mihailova", "Beograd", "11000", "bb", "St", "Main", "123", "-", "/", "г.", "пр.",
    "Ленинский", "проспект", "Б.", "м.", "Китай-город", "ё", "B", "IL", "62701", "Suite", "#", "ш.", "Нови", "Сад",
    "Покровка", "12", "Весна", "2025", ".", ";", "(", ")", "Булевар", "краља", "Bulevar", "kralja", "Trg", "Ave",
    "обл.", "Московская", "СПб", "вл.", "лит.", "А", "наб.", "реки", "1-я", "Moscow", "ul.", "Ulica", "stan",
    "IV", "lokal", "II",
]


@settings(max_examples=300, deadline=None)
@example("Булевар, Бутлерова, 603")  # a street's type set off before the street is no town
@given(st.lists(st.sampled_from(_TOKENS), max_size=25).flatmap(
    lambda words: st.sampled_from([" ".join(words), "".join(words), ", ".join(words)])
))
def test_spans_and_normal_forms_hold_on_any_text(text):
    for found in find_addresses(text):
        assert text[found.start:found.end] == found.raw
        assert normalise_address(found.value).value == found.value
    given_whole = normalise_address(text)
    if given_whole:
        assert normalise_address(given_whole.value).value == given_whole.value


# Issue 3 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("1005 NW Wall St, Suite IV, Bend, OR 97701", "97701, bend, 1005 nw wall st, ste iv"),
    ("Rumenačka 21, lokal IV, Novi Sad", "нови сад, руменачка, д 21, локал iv"),
    ("ул. Ленина 5, оф. II", "ул ленина, д 5, оф ii"),
    ("ул. Knez 1-я Suite IL", "ул кнез, д 1я, ste il"),  # Roman letters, if no numeral: found by Hypothesis
])
def test_a_roman_numeral_unit_stays_latin_and_reads_back(text, expected):
    [found] = find_addresses(text)
    assert found.value == expected
    assert normalise_address(found.value).value == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town of two words after a postcode
    ("Njegoševa 8, 21460 Donji Brod", ["21460, доњи брод, његошева, д 8"]),
    ("Кнеза Лазара 3, 36210 Врњачка Бања", ["36210, врњачка бања, кнеза лазара, д 3"]),
    # a known city followed by the country or a field label stays one word
    ("Njegoševa 8, 11000 Beograd Srbija", ["11000, београд, његошева, д 8"]),
    ("Njegoševa 8, 34000 Kragujevac Tel 034 100 200", ["34000, крагујевац, његошева, д 8"]),
    # a hard-wrapped line between a state and its ZIP code
    ("at 10550 N Oracle Rd, Suite 140, Oro Valley, AZ\n85737, is the largest", ["85737, oro valley, 10550 n oracle rd, ste 140"]),
])
def test_postcode_and_town_of_several_words(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


def test_a_city_closing_a_title_line_is_not_part_of_the_address_below():
    text = "Deskly Novi Sad\nZmaj Jovina 3, 21000 Novi Sad"
    assert [a.value for a in find_addresses(text)] == ["21000, нови сад, змај јовина, д 3"]
    # a city alone on the line above an address without one is still its city
    assert [a.value for a in find_addresses("Novi Sad\nBulevar oslobođenja 30")] == ["нови сад, б-р ослобођења, д 30"]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare street set off by commas after a branch's name is an address in the default city
    ("Poslovnica Dorćol, Cara Dušana 12, radi od 8 do 16.", ["ниш, цара душана, д 12"]),
    ("Апотека на Палилули, Вожда Карађорђа 5, дежурна је.", ["ниш, вожда карађорђа, д 5"]),
    # the same in parentheses after the branch's name
    ("Apoteka Centar (Kneza Miloša 5) radi od 7 do 21.", ["ниш, кнеза милоша, д 5"]),
    ("Апотека Палилула (Вожда Карађорђа 5, приземље) ради нон-стоп.", ["ниш, вожда карађорђа, д 5"]),
    # a hall or a door in parentheses is no street
    ("Apoteka Centar (Sala 3) radi od 7 do 21.", []),
    # not after a phrase without a branch word, nor glued to the text after it
    ("Promo, Black Friday 25, ends soon.", []),
    ("Poslovnica Dorćol, Cara Dušana 12 radi od 8 do 16.", []),
])
def test_a_bare_street_in_apposition_after_a_branch(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Ниш")] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A town set off before the street is the town, even one missing from the city list.
        ("Киров, ул. Ленина, д. 5", "киров, ул ленина, д 5"),
        ("Энск, ул. Ленина, д. 5", "энск, ул ленина, д 5"),
        # Otherwise the configured city applies.
        ("ул. Ленина, д. 5", "москва, ул ленина, д 5"),
        ("Аптека, ул. Ленина, д. 5", "москва, ул ленина, д 5"),
        ("Адрес: ул. Ленина, д. 5", "москва, ул ленина, д 5"),
    ],
)
def test_the_default_city_never_overrides_a_town_the_text_names(text, value):
    assert [a.value for a in find_addresses(text, default_city="Москва")] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a branch's name earlier in the sentence gives its town in the locative
        ("Салон в Коломне находится на ул. Гагарина, 14.", "коломна, ул гагарина, д 14"),
        ("Naša radnja u Kuli je u Ulici Maršala Tita broj 3.", "кула, ул маршала тита, д 3"),
        # not a town the sentence names otherwise, nor one of another sentence
        ("Доставка и в Коломне, а салон — ул. Гагарина, 14.", "москва, ул гагарина, д 14"),
        ("Салон в Коломне закрыт. Склад: ул. Гагарина, 14.", "москва, ул гагарина, д 14"),
    ],
)
def test_the_town_of_a_branch_named_earlier_in_the_sentence(text, value):
    assert [a.value for a in find_addresses(text, default_city="Москва")] == [value]


@pytest.mark.parametrize(
    ("heading", "city"),
    [("Челябинск", "Челябинск"), ("Екатеринбург 4 пункта", "Екатеринбург"), ("Пункты в Челябинске", "челябинск"),
     ("Poslovnice u Novom Sadu", "нови сад"), ("Наши аптеки", None), ("Ленина", None),
     # a town in "-ово", "-ино", "-ское" declined as the written norm has it, and a town named in the plural
     ("Новый салон в Кемерове", "кемерово"), ("Склады в Раменском", "раменское"), ("Пункты в Химках", "химки"),
     ("Офисы в Набережных Челнах", "набережные челны")],
)
def test_the_city_a_section_heading_names(heading, city):
    assert city_of_section(heading) == city


@pytest.mark.parametrize(
    ("text", "city", "expected"),
    [
        ("Menjačnica se nalazi na adresi Knez Mihailova 30.", "Beograd", ["београд, кнез михаилова, д 30"]),
        ("Мењачница се налази на адреси Зелени венац 16.", "Београд", ["београд, зелени венац, д 16"]),
        ("Knez Mihailova 30 je pešačka zona.", "Beograd", []),  # no cue, no city: a bare name is no address
    ],
)
def test_an_address_cue_makes_a_bare_street_and_house_an_address(text, city, expected):
    assert [a.value for a in find_addresses(text, default_city=city)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prodajno mesto u Knez Mihailovoj 12 radi radnim danima", ["београд, кнез михаилова, д 12"]),
    ("Пословница у Кнез Михаиловој 5 ради", ["београд, кнез михаилова, д 5"]),
    ("Radimo u subotu 12 sati", []),
    # with the common noun "ulici" and the number after "broj", as an IVR prompt says it
    ("Apoteka se nalazi u Cvijićevoj ulici broj 18, radi", ["београд, цвијићева, д 18"]),
    ("Продавница је у Његошевој улици број 7.", ["београд, његошева, д 7"]),
    # "ulici" after a name not in the locative is no street
    ("Cvijićeva ulici 18", []),
])
def test_a_serbian_street_in_the_locative_after_u(text, expected):
    """"u Knez Mihailovoj 12": an adjective street name in the locative, given back in the nominative."""
    city = "Београд"
    assert [a.value for a in find_addresses(text, default_city=city)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the town a sentence names after the street is the address's town, not the configured one
    ("Our Lakewood shop, at 7450 West Alameda Avenue in Lakewood, opens at 9.", ["lakewood, 7450 w alameda ave"]),
    ("The new store at 210 Pine St in Bellevue, WA 98004 opens Friday.", ["98004, bellevue, 210 pine st"]),
    # a month or a part of town after "in" is no town
    ("The pop-up at 500 Main St in December has extra hours.", ["denver, 500 main st"]),
    ("Find us at 12 Oak Ave in Downtown near the library.", ["denver, 12 oak ave"]),
])
def test_an_english_town_after_in(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Denver")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town closing an aside in parentheses
    ("Pick up at the Edina depot (5100 France Ave S, Suite 4, Edina) after noon.", ["edina, 5100 france ave s, ste 4"]),
    # a part of the building there is no town, nor a name not set off by a comma
    ("Deliveries (820 Lake St, Rear Entrance) before 9.", ["denver, 820 lake st"]),
    ("Deliveries (820 Lake St Edina) before 9.", ["denver, 820 lake st"]),
])
def test_an_english_town_closing_an_aside(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Denver")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a card: the branch's name, then its street and house alone on a line
    ("Пекара Центар\nЖелезничка 14\nПон–Пет: 07–20", ["шабац, железничка, д 14"]),
    ("Pekara Centar\nCara Lazara 7\nRadnim danima 7–20", ["шабац, цара лазара, д 7"]),
    # the town may close the line
    ("Пекара Лајковац\nЈанка Веселиновића бб, Лајковац\nРади 0–24", ["лајковац, јанка веселиновића, д бб"]),
    # first in a card too
    ("Железничка 14\nПон–Пет: 07–20", ["шабац, железничка, д 14"]),
    # a line under prose that names no branch, a room or a single word that is no street, are no address
    ("Nagradna igra traje do petka\nRunda 2\nPrijave na sajtu", []),
    ("Pekara Centar\nSala 3\nRadnim danima 7–20", []),
])
def test_a_bare_street_alone_on_a_card_line(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Шабац")] == expected


def test_a_card_line_needs_a_cyrillic_configured_city():
    """An English site's "Pine 12" on a line of its own is not read as a street."""
    assert find_addresses("Pine Store\nMain 12\nOpen daily", default_city="Denver") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the town in the locative after the house, with its preposition
    ("Салон на ул. Мира, д. 7 в Самаре работает без выходных", ["самара, ул мира, д 7"]),
    ("ул. Ленина, 5 в Казани", ["казань, ул ленина, д 5"]),
    # a bare street and house glued together, its clause closed after the town
    ("Ekspozitura radi na adresi Tome Živanovića 10 u Paraćinu, od ponedeljka do petka.",
     ["параћин, томе живановића, д 10"]),
    # what is not a town after the house stays out of the address
    ("ул. Ленина 5 в понедельник закрыта", ["шабац, ул ленина, д 5"]),
])
def test_a_town_in_the_locative_after_the_house(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Шабац")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition the street's adjective agrees with its type in the locative: back in the nominative
    ("Магазин на Ленинском проспекте, д. 15", ["москва, пр-кт ленинский, д 15"]),
    ("Салон на Садовой улице, д. 3", ["москва, ул садовая, д 3"]),
    ("Сервис на Каширском шоссе, 61", ["москва, ш каширское, д 61"]),
    ("в Малом Гнездниковском переулке, 9", ["москва, пер мал гнездниковский, д 9"]),
    ("Салон на проспекте Советском, дом 56.", ["москва, пр-кт советский, д 56"]),
    # so the locative and the nominative spellings are one value
    ("Ленинский проспект, 15", ["москва, пр-кт ленинский, д 15"]),
    # a genitive name after "улице" stays as written ("улица Крупской")
    ("на улице Крупской, 4", ["москва, ул крупской, д 4"]),
    # a word that is no adjective before "улице" is no street
    ("На улице 25 градусов мороза", []),
])
def test_a_russian_street_in_the_locative(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Москва")] == expected


def test_a_street_read_back_from_the_locative_is_the_same_street():
    """"Тверском бульваре" reads back as "тверский"; it still names "Тверской бульвар"."""
    read_back = find_addresses("на Тверском бульваре, 10", default_city="Москва")[0]
    assert same_address(read_back, normalise_address("Тверской бульвар, 10", default_city="Москва"))
    assert not same_address(read_back, normalise_address("Тверская улица, 10", default_city="Москва"))


@pytest.mark.parametrize(("text", "expected"), [
    # a small Serbian municipality seat after the street, in either script, and a two-word one
    ("Servis Istok, Vojvode Stepe 31, Trstenik", ["трстеник, војводе степе, д 31"]),
    ("Продавница Север, Кнеза Лазара 9, Куршумлија", ["куршумлија, кнеза лазара, д 9"]),
    ("Kancelarija: Maršala Tita 3, Novi Bečej", ["нови бечеј, маршала тита, д 3"]),
    # a smaller Russian town, before the street and in the locative
    ("Пункт выдачи: ул. Мира, 14, Воткинск", ["воткинск, ул мира, д 14"]),
    ("Салон в Сарапуле, ул. Гагарина, 5", ["сарапул, ул гагарина, д 5"]),
])
def test_a_small_town_is_known(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Шабац")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two names joined by "and" are one street, in either script and in Russian
    ("Servis Jug, Ćirila i Metodija 18, Niš", ["ниш, ћирила и методија, д 18"]),
    ("Кнеза Милоша и Кнегиње Љубице 5, Ниш", ["ниш, кнеза милоша и кнегиње љубице, д 5"]),
    ("ул. Кирилла и Мефодия, 12, Казань", ["казань, ул кирилла и мефодия, д 12"]),
    # "and" between two towns joins no street
    ("Prodavnice: Kragujevac i Niš, Cara Lazara 4, Niš", ["ниш, цара лазара, д 4"]),
])
def test_two_names_joined_by_and_are_one_street(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Шабац")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a floor in parentheses does not end the address: the town and ZIP after it are read
    ("812 N Maple Ave\nSuite 12 (3rd Floor)\nGreen Bay, WI 54303", ["54303, green bay, 812 n maple ave, ste 12"]),
    ("ул. Мира, д. 5, оф. 3 (2 этаж), Казань", ["казань, ул мира, д 5, оф 3"]),
])
def test_a_floor_in_parentheses(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Denver")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a prompt says the slash: "дробь", after digits or a spoken number
    ("Салон: улица Мира, дом 48, дробь 2. Работаем ежедневно.", ["омск, ул мира, д 48/2"]),
    ("Салон: улица Мира, дом сорок восемь дробь два. Работаем ежедневно.", ["омск, ул мира, д 48/2"]),
    # another word after the house is no slash
    ("ул. Мира, д. 48, дробью тут не пахнет", ["омск, ул мира, д 48"]),
])
def test_a_spoken_slash_in_the_house_number(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Омск")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a small letter after a space is the house's letter before a comma or full stop
    ("Пункт на Гоголя: улица Гоголя, 37 б. Открыто с 10.", ["омск, ул гоголя, д 37б"]),
    # not a conjunction, a preposition or "г." starting the next words
    ("ул. Гоголя, 37 и 39", ["омск, ул гоголя, д 37"]),
    ("ул. Гоголя, д. 37 г. Тара", ["тара, ул гоголя, д 37"]),
])
def test_a_small_house_letter_after_a_space(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Омск")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a republic's abbreviation between the postcode and the town keeps the postcode in the chain
    ("367000, РД, г. Махачкала, ул. Гагарина, д. 14", ["367000, махачкала, ул гагарина, д 14"]),
    ("628400, ХМАО, г. Сургут, пр. Мира, д. 3", ["628400, сургут, пр-кт мира, д 3"]),
])
def test_a_region_abbreviation_after_the_postcode(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town closing a typed street's address at the end of its line or sentence
    ("Кафе Врт\nул. Железничка 9, Ада\nтел. 021 555", ["ада, ул железничка, д 9"]),
    ("Our second dock is at 310 Heron Bay Road, Coden. Call ahead.", ["coden, 310 heron bay rd"]),
    # a part of town or a door is no town
    ("ул. Железничка 9, Центар\nтел. 021 555", ["нови сад, ул железничка, д 9"]),
])
def test_a_town_closing_the_address(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Нови Сад" if "ул" in text else "Mobile")] == expected


@pytest.mark.parametrize("town", ["Theodore", "Thatcher", "Maynard", "Juneau"])
def test_a_town_closing_a_sentence_may_begin_like_a_word_that_is_no_town(town):
    # "The", "That", "May", "June" are no towns; towns that begin with them are ("in May" is a month)
    text = f"Our outpost is at 8725 Dauphin Island Parkway, {town}. Call ahead."
    assert [a.value for a in find_addresses(text)] == [f"{town.lower()}, 8725 dauphin island pkwy"]


def test_a_town_before_a_spaced_dash_closes_an_english_list_items_address():
    found = find_addresses("Harbor shop, 48 Wharf Rd, Port Ewen — Thu–Mon 9–5", default_city="Kingston")
    assert [a.value for a in found] == ["port ewen, 48 wharf rd"]


def test_a_spelled_out_direction_before_in_and_the_town_closes_the_street():
    found = find_addresses("The Lake store, at 410 Oak Avenue East in Dilworth, is open daily.", default_city="Fargo")
    assert [a.value for a in found] == ["dilworth, 410 oak ave e"]


@pytest.mark.parametrize(("text", "town"), [
    ("Радионица, улица Вука Караџића 14 у Старчеву", "старчево"),
    ("Radionica, ulica Vuka Karadžića 14 u Dolovu", "долово"),
    # a feminine town's "-чи" is "-ча"; "-ци" after "у" may be "-ка" ("Јабука") or "-ца": left to the default
    ("Радионица, улица Вука Караџића 14 у Дебељачи", "дебељача"),
    ("Радионица, улица Вука Караџића 14 у Јабуци", "панчево"),
])
def test_a_serbian_village_in_ovo_or_evo_is_read_from_its_locative(text, town):
    [address] = find_addresses(text, default_city="Панчево")
    assert address.value.split(",")[0] == town


@pytest.mark.parametrize(("heading", "city"), [("Перионица у Ади", "ада"), ("Pobočka u Kuli", "кула"), ("Уб", "уб")])
def test_small_serbian_municipality_seats_name_a_sections_town(heading, city):
    [address] = find_addresses("улица Главна 3", default_city=city_of_section(heading))
    assert address.value == f"{city}, ул главна, д 3"


@pytest.mark.parametrize(("text", "expected"), [
    ("Our shop is at thirty-four East Oak Street, next to the bank.", ["greenfield, 34 e oak st"]),
    ("The Ridge store, fifty-one oh two Ridge Road, is open daily.", ["greenfield, 5102 ridge rd"]),
    ("Our gallery is at one nineteen Maple Avenue in Harlow. Open daily.", ["harlow, 119 maple ave"]),
    ("The yard is at sixty-two ten Quarry Lane, unit four. Call ahead.", ["greenfield, 6210 quarry ln, unit 4"]),
    # a count before a street's name, not after "at" or a comma: no address
    ("Our two Main Street stores are open late.", []),
    ("We have three Oak Street lots and twenty Elm Street spaces.", []),
])
def test_an_english_house_number_said_in_words(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Greenfield")] == expected


def test_a_unit_number_said_in_words():
    assert [a.value for a in find_addresses("ул. Мира, д. 9, офис двенадцать.")] == ["ул мира, д 9, оф 12"]


def test_an_english_town_on_an_american_site_keeps_its_name():
    text = "Our third studio, at nine oh two Pine Street in Moscow, opens at ten."
    assert [a.value for a in find_addresses(text, default_city="Bozeman")] == ["moscow, 902 pine st"]
    assert [a.value for a in find_addresses("31 Pokrovka St., Moscow")] == ["москва, 31 pokrovka st"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Servis Jug, Vranjska bez broja, kod benzinske pumpe.", ["лесковац, врањска, д бб"]),
    ("Сервис Југ, Врањска без броја, код пумпе.", ["лесковац, врањска, д бб"]),
])
def test_bez_broja_is_said_for_bb(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Лесковац")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a note in parentheses before the town and state on the next line
    ("210 Cedar Ave, Suite 5 (upper level, by the escalator)\nMilton, PA 17847", ["17847, milton, 210 cedar ave, ste 5"]),
    # a unit opening the note is part of the address
    ("Vuka Karadžića 14 (lokal 3, pored apoteke), 35000 Jagodina", ["35000, јагодина, вука караџића, д 14, локал 3"]),
    ("Vuka Karadžića 14 (ulaz iz dvorišta), 35000 Jagodina", ["35000, јагодина, вука караџића, д 14"]),
])
def test_a_note_in_parentheses_before_the_town(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quadrant written with dots
    ("740 Elm St. S.E., Salem, OR 97301", ["97301, salem, 740 elm st se"]),
    # the state's name instead of its code
    ("740 Elm St, Salem, Oregon 97301", ["97301, salem, 740 elm st"]),
    ("88 Birch Rd · Laramie, Wyoming 82070", ["82070, laramie, 88 birch rd"]),
    ("9 Pine Ave, Suite 2, Bismarck, North Dakota 58501", ["58501, bismarck, 9 pine ave, ste 2"]),
    # a suite's letter after a hyphen, glued on as a house's is
    ("740 Elm St, Ste. 210-C, Salem, OR 97301", ["97301, salem, 740 elm st, ste 210c"]),
])
def test_english_quadrants_state_names_and_suite_letters(text, expected):
    assert [a.value for a in find_addresses(text)] == expected
    assert [normalise_address(v).value for v in expected] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the unit's number after "br.", "broj", as the house's may be
    ("Vuka Karadžića 14, lokal br. 3, 35000 Jagodina", ["35000, јагодина, вука караџића, д 14, локал 3"]),
    ("Вука Караџића 14, локал број 3, 35000 Јагодина", ["35000, јагодина, вука караџића, д 14, локал 3"]),
    # Russian "помещ." for "помещение"
    ("г. Тверь, ул. Советская, д. 31, помещ. 2Н", ["тверь, ул советская, д 31, пом 2н"]),
    # a unit's letter before its number, with or without a hyphen (a "C" is no Roman numeral there): the town and
    # ZIP code after it are still read
    ("31 Cedar Ln, Unit C-4, Ogden, UT 84401", ["84401, ogden, 31 cedar ln, unit c4"]),
    ("31 Cedar Ln, Unit C4, Ogden, UT 84401", ["84401, ogden, 31 cedar ln, unit c4"]),
])
def test_unit_numbers_as_written(text, expected):
    assert [a.value for a in find_addresses(text)] == expected
    assert [normalise_address(v).value for v in expected] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the town a sentence names before the street: "in Town, at", "in Town is (located) at", "in Town at"
    ("Our newest shop in Lodi, at 12 Pine St, opens Monday.", ["lodi, 12 pine st"]),
    ("Our shop in Lodi is located at 12 Pine St, by the bank.", ["lodi, 12 pine st"]),
    ("Visit us in Lodi at 12 Pine St.", ["lodi, 12 pine st"]),
    # a shopping centre, a month: no town
    ("Our shop in Harbor Square is at 12 Pine St.", ["greenfield, 12 pine st"]),
    ("Open in December at 12 Pine St.", ["greenfield, 12 pine st"]),
])
def test_an_english_town_named_before_the_street(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Greenfield")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a house's letter after a hyphen, a half number; a Texas farm road with a space, a route with its direction
    ("418-C Oak Ave, Lodi, CA 95240", ["95240, lodi, 418c oak ave"]),
    ("418 1/2 Oak Ave, Lodi, CA 95240", ["95240, lodi, 418 1/2 oak ave"]),
    ("2210 FM 1960, Humble, TX 77338", ["77338, humble, 2210 fm 1960"]),
    ("905 N Route 9, Lodi", ["lodi, 905 n route 9"]),
    # the ZIP code set off by a comma after the state
    ("418 Oak Ave, Lodi, CA, 95240", ["95240, lodi, 418 oak ave"]),
])
def test_english_house_numbers_and_roads_as_written(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Greenfield")] == expected
    assert [normalise_address(v).value for v in expected] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered street said as an ordinal, written in figures as the post office writes it
    ("The Eastside shop is at four twelve Twelfth Street, by the park.", ["greenfield, 412 12th st"]),
    ("Our store, ninety oh two forty-second Avenue North, is open.", ["greenfield, 9002 42nd ave n"]),
    ("The depot is at 88 Second Street, Greenfield, OR 97301", ["97301, greenfield, 88 2nd st"]),
    # a house number said in hundreds, a suite said digit by digit or in hundreds
    ("The office is at twenty-six hundred Lake Road, suite one oh two, past the bridge.",
     ["greenfield, 2600 lake rd, ste 102"]),
    ("The annex is at seven Hill Drive, suite three hundred, upstairs.", ["greenfield, 7 hill dr, ste 300"]),
])
def test_numbers_said_in_an_english_address(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Greenfield")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dash set off before the town and state
    ("455 Orchard Rd, Suite 9 — Hood River, OR 97031 (by the mill)", ["97031, hood river, 455 orchard rd, ste 9"]),
    ("455 Orchard Rd — Sat 9 AM to noon", ["455 orchard rd"]),
    # the suite named before the street
    ("You will find us in Suite 9 at 455 Orchard Road, Hood River, OR 97031.", ["97031, hood river, 455 orchard rd, ste 9"]),
])
def test_an_english_suite_and_town_set_apart(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit in a note in parentheses after the address
    ("Vuka Karadžića 14, 35000 Jagodina (TC „Sunce“, 1. sprat, lokal 12)", ["35000, јагодина, вука караџића, д 14, локал 12"]),
    ("ул. Ленина, 5 (офис 12, вход со двора)", ["пермь, ул ленина, д 5, оф 12"]),
    # a note without a unit adds nothing
    ("ул. Ленина, 5 (вход со двора)", ["пермь, ул ленина, д 5"]),
])
def test_a_unit_in_a_note_after_the_address(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Пермь")] == expected


def test_a_text_read_again_gives_its_own_list_and_its_own_city():
    text = "Склад: ул. Садовая, 8"
    first = find_addresses(text, default_city="Тверь")
    first.clear()  # a caller may change the list it was given
    assert [a.value for a in find_addresses(text, default_city="Тверь")] == ["тверь, ул садовая, д 8"]
    assert [a.value for a in find_addresses(text, default_city="Омск")] == ["омск, ул садовая, д 8"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name's words are read whole, however many hyphenated parts, Roman numerals or joined names they hold
    ("Магазин в Саратове: Ново-Астраханское шоссе, 12", ["саратов, ш ново-астраханское, д 12"]),
    ("Адрес: Санкт-Петербург, Ново-Садовая-Верхняя ул., 5", ["санкт-петербург, ул ново-садовая-верхняя, д 5"]),
    ("Ekspozitura Centar, Kralja Petra I 14, 21000 Novi Sad", ["21000, нови сад, краља петра i, д 14"]),
    ("Apoteka na uglu, Ćirila i Metodija 5, 18000 Niš", ["18000, ниш, ћирила и методија, д 5"]),
    ("Kancelarija: Bulevar kralja Aleksandra 73, 11000 Beograd", ["11000, београд, б-р краља александра, д 73"]),
    # a word run on into a digit is no name
    ("Офис: г. Казань, Кремлевская2 ул., 9", []),
])
def test_names_are_read_as_whole_words(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a street named with one word ending in "way" needs no type, as "Broadway" does
    ("Our shop: 2204 E. Kingsway\nHelena, MT 59601", ["59601, helena, 2204 e kingsway"]),
    ("The counter is at seventy-one oh five Fairway, next to the bank.", ["bozeman, 7105 fairway"]),
    # only where the phrase ends, and never a typed road's own word or a sandwich shop
    ("We run 3 Speedway events a year", []),
    ("Lunch at 2 Subway, then back to work", []),
    ("1400 Parkway Dr, Helena", ["helena, 1400 parkway dr"]),
])
def test_an_english_street_ending_in_way_needs_no_type(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Bozeman")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Serbian writes the floor after a slash in Roman numerals, and before "sprat"; the floor is left out
    ("Bul. oslobođenja 41/II, 21000 Novi Sad", ["21000, нови сад, б-р ослобођења, д 41"]),
    ("Hilandarska 9/IV, Zemun", ["земун, хиландарска, д 9"]),
    ("Ул. Војводе Мишића 3/ III, стан 8, Ваљево", ["ваљево, ул војводе мишића, д 3, стан 8"]),
    ("Ulica Cara Lazara 17, III sprat, Sombor", ["сомбор, ул цара лазара, д 17"]),
    # an entrance, like a floor, does not end the address and is left out
    ("Hilandarska 9, ulaz B, Zemun", ["земун, хиландарска, д 9"]),
    ("ул. Мира, д. 14, подъезд 2, Самара", ["самара, ул мира, д 14"]),
    # a fraction of digits is still the house's
    ("Hilandarska 9/2, Zemun", ["земун, хиландарска, д 9/2"]),
])
def test_a_floor_after_a_slash_and_an_entrance_are_left_out(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Beograd")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered road is read whole, its number kept
    ("Feed store: 2650 County Road 17, Moorhead, MN 56560", ["56560, moorhead, 2650 county rd 17"]),
    ("4100 Old Hwy 52 W, Moorhead", ["moorhead, 4100 old hwy 52 w"]),
    ("310 County Rd. 8, Moorhead", ["moorhead, 310 county rd 8"]),
    # a named road keeps its type
    ("1820 Sheyenne Rd, Moorhead", ["moorhead, 1820 sheyenne rd"]),
    # a building of an office park does not end the address, and is left out as a floor is
    ("1200 Main Ave, Bldg 3, Moorhead, MN 56560", ["56560, moorhead, 1200 main ave"]),
    ("1200 Main Ave, Building C, Suite 110, Moorhead", ["moorhead, 1200 main ave, ste 110"]),
])
def test_numbered_roads_and_buildings(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Fargo")] == expected


@pytest.mark.parametrize("value", ["56560, moorhead, 2650 county rd 17", "moorhead, 4100 old hwy 52 w"])
def test_a_numbered_road_reads_back(value):
    assert normalise_address(value).value == value


@pytest.mark.parametrize(("text", "expected"), [
    # a note in parentheses before a town the lists know, as before a postcode
    ("Ul. Vojvode Mišića br. 14 (ulaz iz dvorišta), Šabac", ["шабац, ул војводе мишића, д 14"]),
    ("ул. Гагарина, 21 (вход с торца), Тамбов", ["тамбов, ул гагарина, д 21"]),
    ("ул. Гагарина, 21 (офис 4), Тамбов", ["тамбов, ул гагарина, д 21, оф 4"]),
    # a town that opens the next address is that address's
    ("ул. Гагарина, 21 (вход с торца), Тамбов, ул. Мира, 3", ["пенза, ул гагарина, д 21", "тамбов, ул мира, д 3"]),
])
def test_a_note_in_parentheses_before_a_known_town(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Пенза")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a republic named with its adjective first, as a region is, between the postcode and the town
    ("450000, Башкирская Республика, г. Уфа, ул. Мира, 3", ["450000, уфа, ул мира, д 3"]),
    ("428000, Чувашская Респ., г. Чебоксары, пр. Ленина, 5, 2 этаж", ["428000, чебоксары, пр-кт ленина, д 5"]),
])
def test_a_republic_with_its_adjective_first(text, expected):
    assert [a.value for a in find_addresses(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table row's cells, one a line: the town ending a line closes its address, not the next line's
    ("Адреса\nКнеза Милоша 9, 32250 Ивањица\nул. Вука Караџића 4, 32240 Лучани\nТрг слободе 1, 31000 Ужице",
     ["32250, ивањица, кнеза милоша, д 9", "32240, лучани, ул вука караџића, д 4", "31000, ужице, трг слободе, д 1"]),
    ("пр. Мира, 14, Самара\nул. Ленина, 7, Казань", ["самара, пр-кт мира, д 14", "казань, ул ленина, д 7"]),
    # on one line, or opening the next line, the town is still the next address's
    ("ул. Мира, 5, Казань, ул. Ленина, 7", ["пенза, ул мира, д 5", "казань, ул ленина, д 7"]),
    ("ул. Мира, 5\nКазань, ул. Ленина, 7", ["пенза, ул мира, д 5", "казань, ул ленина, д 7"]),
])
def test_a_town_ending_the_house_line(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Пенза")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ruler's number said in words is the Roman numeral the sign writes
    ("Radnja Zapad, Kralja Petra Prvog 22, Šabac.", ["шабац, краља петра i, д 22"]),
    ("Bulevar kralja Aleksandra Prvog 12, Beograd", ["београд, б-р краља александра i, д 12"]),
    ("Улица Цара Уроша Петог 3, Ниш", ["ниш, ул цара уроша v, д 3"]),
])
def test_a_rulers_number_in_words(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Нови Сад")] == expected


# a prompt's verb is no part of the street, nor its key a house
@pytest.mark.parametrize("text", [
    "Za prodavnicu u Ulici kralja Petra pritisnite 1.",
    "Для салона на улице Гагарина нажмите 2.",
])
def test_a_prompts_verb_ends_the_street(text):
    assert find_addresses(text, default_city="Нови Сад") == []


def test_a_building_said_in_words():
    text = "Склад: улица Мира, двести три Б, строение четыре."
    assert [a.value for a in find_addresses(text, default_city="Пермь")] == ["пермь, ул мира, д 203б стр 4"]


@pytest.mark.parametrize(("text", "expected"), [
    # a settlement's type with dots, or in the locative with the name after it in the nominative
    ("р.п. Сосновка, ул. Школьная, 14", ["сосновка, ул школьная, д 14"]),
    ("п.г.т. Излучинск, ул. Советская, д. 5", ["излучинск, ул советская, д 5"]),
    ("Склад в селе Покровское, улица Луговая, семь А.", ["покровское, ул луговая, д 7а"]),
    ("Пункт в посёлке Северный, ул. Мира, 3", ["северный, ул мира, д 3"]),
    # "п." for "посёлок", after a region and its district
    ("301650, Тульская обл., Узловский р-н, п. Брусянский, ул. Мира, 3", ["301650, брусянский, ул мира, д 3"]),
    ("Пункт выдачи (см. п. 4 договора): ул. Мира, 3", ["тамбов, ул мира, д 3"]),
    # a price in roubles is no settlement
    ("Доставка 300 р. по городу, ул. Мира, 3", ["тамбов, ул мира, д 3"]),
])
def test_a_settlements_type(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Тамбов")] == expected


def test_a_quay_in_the_locative():
    assert [a.value for a in find_addresses("Prodavnica je na Keju Dunava 8.", default_city="Нови Сад")] == [
        "нови сад, кеј дунава, д 8"]


@pytest.mark.parametrize(("text", "expected"), [
    # a town closing the parentheses a bare street opens after a branch's name
    ("Ambulanta Banatsko (Žarka Zrenjanina 12, Banatsko) radi utorkom.", ["банатско, жарка зрењанина, д 12"]),
    ("Апотека Бресје (Николе Тесле 3, Бресје) ради суботом.", ["бресје, николе тесле, д 3"]),
    # no branch before it: a product and its maker
    ("Novi model (Galaxy 15, Apple) stiže uskoro.", []),
])
def test_a_town_closing_an_aside(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Оџаци")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town missing from the lists, in the locative after an adjective, or ending in "-вцу" ("-вац")
    ("Radnja je u ulici Vuka Karadžića 5 u Gornjem Bresnovcu. Radi", ["горњи бресновац, ул вука караџића, д 5"]),
    ("Пункт је у улици Вука Караџића 5 у Доњем Милановцу. Ради", ["доњи милановац, ул вука караџића, д 5"]),
    ("Пункт у Новом Качареву, ул. Вука Караџића 5", ["ново качарево, ул вука караџића, д 5"]),
    ("Radnja u Bresnovcu, ul. Vuka Karadžića 5", ["бресновац, ул вука караџића, д 5"]),
    # a feminine one: its adjective in "-oj", its noun in "-i" ("-ici" too), not the "-ci" of "-ka" or "-ca"
    ("Apoteka u Banatskoj Topoli, ulica Maršala Tita 8, radi", ["банатска топола, ул маршала тита, д 8"]),
    ("Пункт у Доњој Ливадици, ул. Вука Караџића 5", ["доња ливадица, ул вука караџића, д 5"]),
    ("Radnja je u ulici Vuka Karadžića 5 u Maloj Moštanici. Radi", ["мала моштаница, ул вука караџића, д 5"]),
    ("Radnja u Gornjoj Rudnici, ul. Vuka Karadžića 5", ["горња рудница, ул вука караџића, д 5"]),
    ("Radnja u Velikoj Drenovci, ul. Vuka Karadžića 5", ["ниш, ул вука караџића, д 5"]),
    # a Russian feminine town in "-ь", its name hyphenated too; a country in "-ии" is no town
    ("Склад в Кинели, ул. Заводская, 4", ["кинель, ул заводская, д 4"]),
    ("Пункт в Усть-Тарти, ул. Мира, 9", ["усть-тарть, ул мира, д 9"]),
    ("Доставка в Италии, ул. Заводская, 4", ["ниш, ул заводская, д 4"]),
])
def test_an_unknown_town_in_the_locative(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Ниш")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare street set off after a branch's name keeps the shop's unit after the house
    ("Ekspozitura Centar, Zmaj Jovina 14, lokal 3, radi od 8.", ["ниш, змај јовина, д 14, локал 3"]),
    ("Апотека Центар (Кнеза Милоша 5, локал 2) ради од 8.", ["ниш, кнеза милоша, д 5, локал 2"]),
])
def test_a_set_off_street_with_its_unit(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Ниш")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after the postcode, a town missing from the lists before a typed street
    ("Наш клуб: 456789, Заречное, ул. Лесная, 7. Ждём вас!", ["456789, заречное, ул лесная, д 7"]),
    ("456789, Заречное, проспект Мира, д. 12", ["456789, заречное, пр-кт мира, д 12"]),
    # the country is no town
    ("456789, Россия, ул. Лесная, 7", ["456789, тамбов, ул лесная, д 7"]),
])
def test_an_unknown_town_after_the_postcode(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Тамбов")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Serbian feminine town missing from the lists, in the locative after the house: "-ki", "-ici", "-či" is "-a"
    ("Radionica je u ulici Nikole Tesle 14 u Mokrinki, pored škole.", ["мокринка, ул николе тесле, д 14"]),
    ("Пункт је у улици Николе Тесле 14 у Зеленици. Ради суботом.", ["зеленица, ул николе тесле, д 14"]),
    # "-ci" after another letter may be "-ka" ("u Palanci"): the default town stays
    ("Radionica je u ulici Nikole Tesle 14 u Borovanci, pored škole.", ["кула, ул николе тесле, д 14"]),
    # a shop's name, not the end of the phrase
    ("Radionica je u ulici Nikole Tesle 14 u Prodavnici Maxi, pored škole.", ["кула, ул николе тесле, д 14"]),
])
def test_a_serbian_feminine_town_after_the_house(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


def test_a_russian_landmark_in_the_genitive_is_no_town():
    # "у Пятёрочки": at the shop, a Russian genitive, not a Serbian town in the locative
    assert [a.value for a in find_addresses("Пункт: ул. Мира, д. 7 у Пятерочки, вход со двора.",
                                            default_city="Тамбов")] == ["тамбов, ул мира, д 7"]


@pytest.mark.parametrize(("text", "expected"), [
    # a town missing from the lists opening the line of a bare street and house
    ("Зеленика, Морачка 8 — само по договору.", ["зеленика, морачка, д 8"]),
    ("Zelenika, Moračka 8 — samo po dogovoru.", ["зеленика, морачка, д 8"]),
    # a part of town or a day is no town; a lone word and number is no street
    ("Centar, Moračka 8 — samo po dogovoru.", []),
    ("Subota, Moračka 8 — samo po dogovoru.", []),
    ("Zelenika, Sala 8 — samo po dogovoru.", []),
])
def test_a_town_opening_a_bare_streets_line(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кладово")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town in parentheses or after a spaced dash closes the address: one the lists know or one named with "г."
    ("Пункт выдачи: ул. Садовая, 14 (г. Белореченск). Ждём вас!", ["белореченск, ул садовая, д 14"]),
    ("Пункт выдачи: ул. Садовая, 14 — г. Белореченск", ["белореченск, ул садовая, д 14"]),
    ("Servis: Vojvode Putnika 21 (Sombor), radnim danima", ["сомбор, војводе путника, д 21"]),
    ("Servis: ul. Vojvode Putnika 21 – Sombor", ["сомбор, ул војводе путника, д 21"]),
    # a note or what the line says next is no town: the default town stays
    ("Servis: ul. Vojvode Putnika 21 (Centar)", ["кула, ул војводе путника, д 21"]),
    ("Пункт выдачи: ул. Садовая, 14 — ежедневно с 9 до 20", ["кула, ул садовая, д 14"]),
    # a note in parentheses before a town named with "г."
    ("Пункт выдачи: ул. Садовая, 14 (вход со двора), г. Белореченск", ["белореченск, ул садовая, д 14"]),
])
def test_a_town_in_parentheses_or_after_a_dash(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district, a block or a line numbered and unnamed
    ("Склад: г. Бугульма, 4-й микрорайон, д. 9", ["бугульма, мкр 4й, д 9"]),
    ("Склад: мкр. 4-й, д. 9", ["тамбов, мкр 4й, д 9"]),
    ("Склад: 7-й квартал, 21", ["тамбов, кв-л 7й, д 21"]),
    ("Склад: 12-я линия, д. 3", ["тамбов, линия 12я, д 3"]),
    # a named district before its type is left alone (a housing estate's name as often)
    ("Склад: Солнечный квартал, 21", []),
])
def test_a_numbered_district(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Тамбов")] == expected
    for value in expected:
        assert normalise_address(value).value == value


@pytest.mark.parametrize(("text", "expected"), [
    # a Serbian feminine genitive adjective before a lower-case noun names a bare street
    ("Radionica: Srpske vojske 18, Sombor", ["сомбор, српске војске, д 18"]),
    ("Радионица: Југословенске морнарице 18, Сомбор", ["сомбор, југословенске морнарице, д 18"]),
    ("Cena: Domaće kuhinje 18 evra, Sombor", []),
])
def test_a_serbian_feminine_genitive_street(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shopping centre between the house and the town is the building's name, left out
    ("Prodavnica: Karađorđeva 40, TC Merkur, Sombor", ["сомбор, карађорђева, д 40"]),
    ("Магазин: ул. Садовая, 14, ТЦ «Заря», г. Белореченск", ["белореченск, ул садовая, д 14"]),
    # not before the next address's street
    ("Магазин: ул. Садовая, 14, ТЦ «Заря», Самара, ул. Мира, 3",
     ["кула, ул садовая, д 14", "самара, ул мира, д 3"]),
])
def test_a_shopping_centre_before_the_town(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number sign after the suite's type
    ("Visit 740 Orchard St., Suite #310, Salina, KS 67401.", ["67401, salina, 740 orchard st, ste 310"]),
    # a name's generation with its dot
    ("Visit 740 Martin Luther King Jr. Blvd, Salina, KS 67401.",
     ["67401, salina, 740 martin luther king jr blvd"]),
    # a numbered road's direction spelled out; an old county road
    ("Visit 740 Highway 81 South, Salina, KS 67401.", ["67401, salina, 740 hwy 81 s"]),
    ("Visit 740 Old County Rd 14, Salina, KS 67401.", ["67401, salina, 740 old county rd 14"]),
])
def test_english_suites_and_roads(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Salina")] == expected
    for value in expected:
        assert normalise_address(value).value == value


@pytest.mark.parametrize(("text", "expected"), [
    # a shopping centre and its unit named before the street: the unit is the address's
    ("Radnja: TC Zenit, lokal 7, Bulevar Nikole Tesle 30, Kula", ["кула, б-р николе тесле, д 30, локал 7"]),
    ("Салон: ТЦ «Заря», офис 5, ул. Садовая, 14", ["кула, ул садовая, д 14, оф 5"]),
    # a floor is no unit
    ("Radnja: TC Zenit, 2. sprat, Bulevar Nikole Tesle 30", ["кула, б-р николе тесле, д 30"]),
])
def test_a_shopping_centres_unit_before_the_street(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town closing the line of a labelled bare street and house
    ("Adresa: Svetog Save 14, Bukovac\nTel: 021/555-010", ["буковац, светог саве, д 14"]),
    ("Адреса: Његошева 8, Мошорин\n", ["мошорин, његошева, д 8"]),
    # a part of town or a day there is no town: the default city stays
    ("Adresa: Svetog Save 14, Centar\n", ["тител, светог саве, д 14"]),
    ("Adresa: Svetog Save 14, Subota\n", ["тител, светог саве, д 14"]),
])
def test_a_town_closing_a_labelled_address(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Тител")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spaced-out initials are one word, as the post office writes them
    ("Our range is at four ten C R Avenue in Laramie.", ["laramie, 410 cr ave"]),
    ("Visit 410 C R Ave, Laramie, WY 82070.", ["82070, laramie, 410 cr ave"]),
    ("Visit 410 W C R Ave, Laramie, WY 82070.", ["82070, laramie, 410 w cr ave"]),
    # a direction before a lettered street stays apart
    ("Visit 410 N E St, Laramie, WY 82070.", ["82070, laramie, 410 n e st"]),
])
def test_spaced_initials_in_an_english_street(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Laramie")] == expected
    for value in expected:
        assert normalise_address(value).value == value


@pytest.mark.parametrize(("text", "expected"), [
    # the unit set off by a spaced dash after the house
    ("Radnja je u ulici Kneginje Zorke 7 – lokal 3, Kula.", ["кула, ул кнегиње зорке, д 7, локал 3"]),
    ("Адреса: Змај Јовина 22 — локал 4", ["кула, змај јовина, д 22, локал 4"]),
    ("ул. Садовая, 14 — офис 6", ["кула, ул садовая, д 14, оф 6"]),
    ("Visit 88 Pine St – Suite 5, Laramie, WY 82070.", ["82070, laramie, 88 pine st, ste 5"]),
    # a floor or a walk after the dash is no unit
    ("ул. Садовая, 14 — 2 этаж", ["кула, ул садовая, д 14"]),
    ("ул. Садовая, 14 - 10 минут от вокзала", ["кула, ул садовая, д 14"]),
])
def test_a_unit_after_a_dash(text, expected):
    assert [a.value for a in find_addresses(text, default_city="Кула")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a street named by a date, without its type, where the town or postcode follows
    ("Servis: 22. oktobra 9, Kula", ["кула, 22 октобра, д 9"]),
    ("Сервис: 22. октобра 9а, 25230 Кула", ["25230, кула, 22 октобра, д 9а"]),
    # a date: no town after the number, a preposition before, the hour after
    ("Servis radi 22. oktobra 9 sati, Kula ne radi", []),
    ("Popust od 22. oktobra 9, Kula", []),
    ("Petak, 22. oktobra 9h, Kula", []),
    ("Kula, 22. oktobra 9", []),
])
def test_a_street_named_by_a_date(text, expected):
    assert [a.value for a in find_addresses(text)] == expected
    for value in expected:
        assert normalise_address(value).value == value
