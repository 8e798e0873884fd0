"""Hostile input: XML that tries to read local files or exhaust memory, hostile files, hostile text.

- A real `consistency check` reads IVR scripts with XXE, parameter entities,
  XInclude, an external DTD, a billion-laughs and a quadratic-blowup bomb, a
  JSON flow hiding XXE in its SSML, absurd nesting and a file over
  max_page_bytes, next to a file:// site whose links and symlinks point at a
  secret file, /dev/zero and a FIFO. The secret's marker must reach neither
  the store nor any report, and the honest script must still be read.
- Every extractor and every reader gets arbitrary and adversarial input
  (hypothesis plus hand-made strings): no exception other than the readers'
  documented UnreadableDocument, and at most a second per 20 KB.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faults.cases import HOSTILE_DOCUMENTS, HOSTILE_IVR_OUTCOMES, SECRET_MARKER, adversarial_texts, extractors
from faults.harness import build_hostile_project, cli, rows

from consistency.documents.document import Document
from consistency.documents.encoding import UnreadableDocument
from consistency.documents.reader import FORMATS, read_document
from consistency.facts.extract import ExtractionSettings, extract_facts

TODAY = date(2026, 11, 22)
SECONDS_PER_20KB = 1.0

EXTRACTORS = extractors(TODAY)


def time_bound(size: int) -> float:
    return SECONDS_PER_20KB * max(1.0, size / 20_000)


def timed(function, argument) -> float:
    started = time.perf_counter()
    function(argument)
    return time.perf_counter() - started


# the hostile crawl -----------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    config, secret = build_hostile_project(tmp_path_factory.mktemp("hostile"))
    project = config.parent
    started = time.monotonic()
    check = cli("check", str(config), "--format", "json", "--as-of", "2026-11-22", cwd=project)
    seconds = time.monotonic() - started
    text = cli("check", str(config), "--no-crawl", "--format", "text", "--as-of", "2026-11-22", cwd=project)
    facts = cli("facts", str(config), "--format", "json", cwd=project)
    db = project / "consistency.db"
    return {
        "project": project, "check": check, "text": text, "facts": facts, "seconds": seconds, "secret": secret,
        "errors": dict(rows(db, "SELECT url, reason FROM crawl_errors WHERE run = 1")),
        "documents": {url for (url,) in rows(db, "SELECT url FROM documents WHERE run = 1")},
    }


def test_the_secret_reaches_no_report_and_no_stored_byte(hostile):
    for result in (hostile["check"], hostile["text"], hostile["facts"]):
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr
        for stream in (result.stdout, result.stderr):
            assert SECRET_MARKER not in stream and SECRET_MARKER.lower() not in stream
            assert "660-38-99" not in stream and "74956603899" not in stream
    for stored in hostile["project"].glob("consistency.db*"):
        data = stored.read_bytes()
        assert SECRET_MARKER.encode() not in data and b"74956603899" not in data


def test_the_honest_documents_are_still_read(hostile):
    facts = json.loads(hostile["facts"].stdout)["facts"]
    phones = {(f["channel"], f["value"]) for f in facts if f["kind"] == "phone"}
    assert ("ivr", "+74956603860") in phones
    assert ("website", "+74956603861") in phones
    assert hostile["seconds"] < 20


@pytest.mark.parametrize("name, fragment", sorted(HOSTILE_IVR_OUTCOMES.items()))
def test_each_hostile_ivr_script_is_refused_or_read_safely(hostile, name, fragment):
    url = (hostile["project"] / "ivr" / name).resolve().as_uri()
    if fragment:
        assert fragment in hostile["errors"].get(url, ""), hostile["errors"]
        assert url in hostile["check"].stderr  # the warning names the file
    else:
        assert url in hostile["documents"] and url not in hostile["errors"]


def test_links_and_symlinks_out_of_a_file_site_are_not_followed(hostile):
    site = (hostile["project"] / "site").resolve().as_uri()
    stored = {u for u in hostile["documents"] if u.startswith(site)}
    assert stored == {site + "/index.html"}
    everything = " ".join([*hostile["documents"], *hostile["errors"], *hostile["errors"].values()])
    assert hostile["secret"].as_uri() not in everything and "environ" not in everything
    # symlinks out of the tree (to the secret, to /dev/zero) are not followed at all;
    # the FIFO inside it is refused before it is opened
    assert site + "/leak.html" not in everything and site + "/zero.html" not in everything
    assert hostile["errors"][site + "/pipe.html"].startswith("skipped: not a regular file")


# hostile text for every extractor ---------------------------------------------------

ADVERSARIAL = adversarial_texts()


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Load phone metadata, compile regexes: the first call must not count against the time bound."""
    for extract in EXTRACTORS.values():
        extract("Пн-Пт 9:00-21:00, тел. +7 (495) 660-38-40, ул. Покровка, д. 5, скидка 20% до 31.12.2026, 1 990 ₽")


@pytest.mark.parametrize("name", sorted(EXTRACTORS))
@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_extractors_survive_adversarial_text_in_bounded_time(name, label):
    text = ADVERSARIAL[label]
    assert timed(EXTRACTORS[name], text) < time_bound(len(text))


TOKENS = [
    "пн", "вт", "сб", "вс", "Пн–Пт", "ежедневно", "круглосуточно", "выходной", "обед", "с", "по", "до", "—", "–", "-",
    ":", ".", ",", ";", "/", "(", ")", "«", "»", "\"", "'", "@", "%", "₽", "руб.", "ул.", "д.", "корп.", "тел.", "доб.",
    "+7", "8", "495", "9:00", "21:00", "10", "22", "31.12.2025", "1 января", "декабря", "скидка", "акция", "до 30%",
    "1 990", "Mo-Fr", "9am", "6pm", "daily", "pon", "нед", "магазин", "филиал", "Книжный", "на", "Покровке", "Москва",
    "mailto:", "info", ".ru", "www.", "https://", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "0", "1", "12", "123",
]
hostile_text = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(TOKENS), max_size=1500).map("".join),
    st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8).map("".join).flatmap(
        lambda unit: st.integers(1, 2500).map(lambda times: unit * times)
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=hostile_text)
@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_extractors_never_raise_on_arbitrary_text(name, text):
    assert timed(EXTRACTORS[name], text) < time_bound(len(text))


def test_the_whole_extraction_survives_adversarial_units():
    units = "\n".join(list(ADVERSARIAL.values())[:12]).encode()
    document = Document(url="file:///hostile.txt", channel="website", source=0, format="text", body=units)
    started = time.perf_counter()
    extract_facts([read_document(document)], as_of=TODAY, settings=ExtractionSettings(city="Москва"))
    assert time.perf_counter() - started < time_bound(len(units)) * 3


# hostile bytes for every reader -----------------------------------------------------

MARKUP = [
    b"<", b">", b"</", b"<html>", b"<body>", b"<div>", b"</div>", b"<p>", b"<table>", b"<tr>", b"<td>", b"<dl>", b"<dt>",
    b"<dd>", b"<h1>", b"<h3>", b"<br>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<!DOCTYPE x [", b"<!ENTITY e 'x'>", b"]>",
    b"&e;", b"&amp;", b"&#0;", b"&#xD800;", b"<script type='application/ld+json'>", b"</script>", b"{", b"}", b"[", b"]",
    b'"@type": "Store"', b'"openingHours": "Mo-Fr 09:00-21:00"', b":", b",", b"<vxml>", b"<form id='a'>", b"<menu id='m'>",
    b"<choice dtmf='1' next='#a'>", b"<prompt>", b"</prompt>", b"<goto next='#a'/>", b"<Response>", b"<Gather>", b"<Say>",
    b'"Actions"', b'"StartAction": "a"', b'"Identifier": "a"', b'"Transitions": {"NextAction": "a"}', b"itemscope",
    b"<div itemscope itemtype='http://schema.org/Store'>", b"<span itemprop='telephone'>", b"# ", b"## ", b"- ", b"1. ",
    b"[1] ", b"|", b"`", b"*", "Пн–Пт 9:00–21:00".encode(), "Пн–Пт".encode("cp1251"), b"\xef\xbb\xbf", b"\x00", b"\xff\xfe",
    b"\x80", b"\xd0", b"\n", b" ",
]
hostile_bytes = st.one_of(
    st.binary(max_size=4000),
    st.lists(st.sampled_from(MARKUP), max_size=600).map(b"".join),
    st.lists(st.sampled_from(MARKUP), min_size=1, max_size=6).map(b"".join).flatmap(
        lambda unit: st.integers(1, 3000).map(lambda times: unit * times)
    ),
)


def read_within_bounds(fmt: str, body: bytes, content_type: str = "") -> None:
    document = Document(url="file:///hostile", channel="website", source=0, format=fmt, body=body, content_type=content_type)
    started = time.perf_counter()
    try:
        read_document(document)
    except UnreadableDocument as exc:
        assert "file:///hostile" in str(exc)  # the message names the document
    assert time.perf_counter() - started < time_bound(len(body))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(body=hostile_bytes, content_type=st.sampled_from(["", "text/html; charset=windows-1251", "text/html; charset=bogus"]))
@pytest.mark.parametrize("fmt", FORMATS)
def test_readers_raise_only_unreadable_document_on_arbitrary_bytes(fmt, body, content_type):
    read_within_bounds(fmt, body, content_type)




@pytest.mark.parametrize("label", sorted(HOSTILE_DOCUMENTS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_readers_survive_hostile_documents_in_bounded_time(fmt, label):
    read_within_bounds(fmt, HOSTILE_DOCUMENTS[label])


def test_a_chain_of_gotos_gives_bounded_menu_paths():
    # each form jumps to the next: without a cap every prompt's menu path holds
    # every form before it, quadratic in time and memory
    chain = HOSTILE_DOCUMENTS["a chain of 20,000 VoiceXML forms"]
    document = Document(url="file:///chain.vxml", channel="ivr", source=0, format="vxml", body=chain)
    started = time.perf_counter()
    units = read_document(document).units
    assert time.perf_counter() - started < 2.0
    assert len(units) == 20_000
    assert max(len(unit.context) for unit in units) <= 41


def test_a_path_into_proc_never_stores_the_environment(tmp_path):
    # /proc/self/environ of the crawl holds CONSISTENCY_HTTP_PASSWORD; a symlink
    # in the IVR folder (config globs resolve it) must not put it in the store
    (tmp_path / "ivr").mkdir()
    (tmp_path / "ivr" / "menu.txt").write_text("Нажмите 1, чтобы узнать часы работы: ежедневно с 10 до 22.", encoding="utf-8")
    (tmp_path / "ivr" / "environ.txt").symlink_to("/proc/self/environ")
    (tmp_path / "ivr" / "status.txt").symlink_to("/proc/self/status")  # plain text: would be stored otherwise
    config = tmp_path / "consistency.toml"
    config.write_text('[[source]]\nchannel = "ivr"\npaths = ["ivr/*"]\n', encoding="utf-8")
    password = "environ-Пароль-77"
    env = {**os.environ, "CONSISTENCY_HTTP_USER": "bot", "CONSISTENCY_HTTP_PASSWORD": password}
    result = cli("crawl", str(config), cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "skipped: a system file" in result.stderr
    errors = rows(tmp_path / "consistency.db", "SELECT reason FROM crawl_errors")
    assert [reason for (reason,) in errors] == ["skipped: a system file (/proc, /sys, /dev), not a document"] * 2
    assert [url for (url,) in rows(tmp_path / "consistency.db", "SELECT url FROM documents")] == [
        (tmp_path / "ivr" / "menu.txt").resolve().as_uri()
    ]
    for stored in tmp_path.glob("consistency.db*"):
        assert password.encode() not in stored.read_bytes() and b"CONSISTENCY_HTTP" not in stored.read_bytes()
