"""Document readers: structures a person reads at a glance (tables laid out with spaces, …) cut as they are read."""

from __future__ import annotations

from consistency.documents.html import html_units
from consistency.documents.plaintext import markdown_units, text_units

ALIGNED_SCHEDULE = """\
SHOP HOURS

   Shop              Mon      Wed      Sat
   ------------------------------------------
   Riverside Mall    9–6      9–6      10–2
   Old Town          —        11–7     10–4
"""


def test_plain_text_table_aligned_with_spaces_gives_a_row_per_branch() -> None:
    units = text_units(ALIGNED_SCHEDULE).units
    texts = [unit.text for unit in units]
    assert "Riverside Mall\nMon: 9–6\nWed: 9–6\nSat: 10–2" in texts
    assert "Old Town\nMon: closed\nWed: 11–7\nSat: 10–4" in texts
    row = next(unit for unit in units if unit.text.startswith("Old Town"))
    assert row.context == ("SHOP HOURS", "Shop", "Mon", "Wed", "Sat")


def test_markdown_paragraph_aligned_with_spaces_is_a_table() -> None:
    units = markdown_units("## Hours\n\n" + ALIGNED_SCHEDULE.split("\n\n", 1)[1]).units
    assert "Old Town\nMon: closed\nWed: 11–7\nSat: 10–4" in [unit.text for unit in units]


def test_preformatted_table_aligned_with_spaces_is_a_table() -> None:
    page = "<html><body><h2>Hours</h2><pre>" + ALIGNED_SCHEDULE.split("\n\n", 1)[1] + "</pre></body></html>"
    assert "Old Town\nMon: closed\nWed: 11–7\nSat: 10–4" in [unit.text for unit in html_units(page).units]


def test_prose_with_two_spaces_after_its_full_stops_is_no_table() -> None:
    prose = (
        "We moved.  The new shop is bigger.  Parking is free.\n"
        "Come and see us.  Bring a friend along.  We have coffee too.\n"
    )
    units = text_units(prose).units
    assert [unit.text for unit in units] == [
        "We moved. The new shop is bigger. Parking is free.\nCome and see us. Bring a friend along. We have coffee too."
    ]


def test_lines_around_an_aligned_table_stay_prose() -> None:
    text = "Our winter hours:\nShop        Tue     Thu\nMain St     8–4     8–4\nAll other days by appointment."
    texts = [unit.text for unit in text_units(text).units]
    assert "Main St\nTue: 8–4\nThu: 8–4" in texts
    assert any("All other days by appointment." in t for t in texts)


def test_first_line_of_values_aligned_with_spaces_is_not_read_as_column_labels() -> None:
    text = "12 Elm Street       555-0134       elm@example.com\n4 Oak Avenue        555-0178       oak@example.com\n"
    assert "12 Elm Street 555-0134 elm@example.com" in text_units(text).units[0].text


def test_lines_indented_under_a_date_in_plain_text_have_the_date_as_their_heading() -> None:
    text = "HOLIDAY HOURS\n\nDec 24 (Thu)\n   Mill Street: 8–2\n   Harbor Road: closed\nJan 2\n   all shops open 10–4\n"
    units = text_units(text).units
    assert [(unit.context, unit.text) for unit in units] == [
        (("HOLIDAY HOURS", "Dec 24 (Thu)"), "Mill Street: 8–2\nHarbor Road: closed"),
        (("HOLIDAY HOURS", "Jan 2"), "all shops open 10–4"),
    ]


def test_lines_indented_under_a_name_in_plain_text_stay_with_it() -> None:
    text = "Mill Street shop\n   14 Mill Street\n   Tel. 555-0101\n"
    assert [unit.text for unit in text_units(text).units] == ["Mill Street shop\n14 Mill Street\nTel. 555-0101"]


def test_a_column_per_branch_after_a_series_of_branch_cards_is_not_the_last_cards() -> None:
    page = """<html><body><h2>Our shops</h2>
    <h3>North Gate</h3><p>1 Gate Rd<br>Mon–Fri 9–5</p>
    <h3>South Quay</h3><p>7 Quay St<br>Mon–Sat 10–6</p>
    <table><caption>Holiday hours</caption>
    <tr><th>Date</th><th>North Gate</th><th>South Quay</th></tr>
    <tr><td>Dec 24</td><td>9–1</td><td>closed</td></tr>
    <tr><td>Dec 31</td><td>9–2</td><td>10–2</td></tr></table></body></html>"""
    units = html_units(page).units
    north = next(unit for unit in units if unit.text.startswith("North Gate"))
    assert north.context[:2] == ("Our shops", "Holiday hours")
    assert "South Quay" not in north.context
    quay = next(unit for unit in units if unit.text.startswith("7 Quay St"))
    assert quay.context == ("Our shops", "South Quay")


def test_a_table_of_one_cell_is_a_box_whose_paragraphs_stay_lines() -> None:
    page = """<html><body><h2>Find us</h2>
        <table class="mcnTextContentContainer"><tr><td class="mcnTextContent">
          <p><strong>Lakeview</strong> · 40 Shore Rd · (555) 201-0040</p>
          <p><strong>Hillside</strong> · 12 Ridge Ave · (555) 201-0012</p>
        </td></tr></table></body></html>"""
    texts = [unit.text for unit in html_units(page).units]
    assert any("Lakeview · 40 Shore Rd · (555) 201-0040\nHillside · 12 Ridge Ave" in text for text in texts), texts
