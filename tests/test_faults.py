"""Server faults, encodings and politeness, through the real CLI against a loopback fault server.

One module-scoped `consistency check` crawls a site whose index links to
every case of `faults.cases` (errors, hangs, redirect loops, a 50 MB page, a
gzip bomb, cut connections, pages in every encoding); the assertions read
its SQLite file, its JSON report and its stderr. Smaller crawls test what
needs its own site: a page that disappears between two runs, a source that
cannot be read at all (exit 3), per-domain concurrency, credentials.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import time
from dataclasses import dataclass

import pytest

from contract import contract_problems
from faults.cases import (
    DEPTH,
    ENCODED_PAGES,
    HUGE,
    MAX_PAGE_BYTES,
    MAX_PAGES,
    MOJIBAKE_MARKS,
    RETRIES,
    SERVER_FAULTS,
    TIMEOUT,
    branch_html,
    fault_routes,
    slow_site,
)
from faults.harness import USER_AGENT, rows, write_config
from faults.harness import cli as consistency
from faults.server import FaultSite, Page, Protected, fault_server  # noqa: F401  (fault_server is a fixture)

from consistency.config import CrawlSettings, Source
from consistency.crawl.process import source_settings


@dataclass(frozen=True)
class FaultRun:
    site: FaultSite
    result: subprocess.CompletedProcess
    seconds: float
    errors: dict[str, str]  # url -> reason
    documents: set[str]
    facts: list[tuple]  # kind, value, raw, excerpt, url, entity, context
    requests: list[str]  # paths, in order
    elsewhere_requests: list[str]


@pytest.fixture(scope="module")
def faulty(fault_server, tmp_path_factory) -> FaultRun:  # noqa: F811
    elsewhere = fault_server({"/partner.html": Page(branch_html(90).encode()), "/moved.html": Page(branch_html(91).encode())})
    site = fault_server(fault_routes(elsewhere=elsewhere))
    directory = tmp_path_factory.mktemp("faults")
    config = write_config(directory, [{"channel": "website", "urls": [site], "depth": DEPTH, "max_pages": MAX_PAGES}])
    started = time.monotonic()
    result = consistency("check", str(config), "--format", "json", "--as-of", "2026-11-22", cwd=directory)
    seconds = time.monotonic() - started
    db = directory / "consistency.db"
    return FaultRun(
        site=site,
        result=result,
        seconds=seconds,
        errors=dict(rows(db, "SELECT url, reason FROM crawl_errors")),
        documents={url for (url,) in rows(db, "SELECT url FROM documents")},
        facts=rows(db, "SELECT kind, value, raw, excerpt, url, COALESCE(entity, ''), context FROM facts"),
        requests=site.paths(),
        elsewhere_requests=elsewhere.paths(),
    )


# server faults -------------------------------------------------------------------


@pytest.mark.parametrize("case", SERVER_FAULTS, ids=lambda case: case.name)
def test_each_server_fault_ends_as_documented(faulty, case):
    url = faulty.site + case.path.lstrip("/")
    if case.outcome == "stored":
        assert url in faulty.documents, faulty.errors.get(url)
        assert url not in faulty.errors
    else:
        assert url not in faulty.documents
        reason = faulty.errors.get(url)
        assert reason is not None, f"{url} neither stored nor recorded as a crawl error"
        assert case.reason in reason
        assert reason.startswith("skipped:") == (case.outcome == "skipped")


def test_the_run_finishes_and_reports_every_failure_on_stderr(faulty):
    result = faulty.result
    assert result.returncode in (0, 1), result.stderr  # never 3: the site was read, only some pages failed
    assert "Traceback" not in result.stderr
    assert contract_problems(json.loads(result.stdout)) == []
    failed = sum(1 for r in faulty.errors.values() if not r.startswith("skipped:"))
    skipped = len(faulty.errors) - failed
    headline = f"[[source]] 1 (website): {len(faulty.documents)} pages stored, {failed} failed, {skipped} skipped"
    assert headline in result.stderr
    for case in SERVER_FAULTS:
        if case.outcome != "stored":
            assert f"{faulty.site}{case.path.lstrip('/')}" in result.stderr, case.name
    for reason in set(faulty.errors.values()):
        assert reason in result.stderr


def test_a_hang_costs_the_timeout_per_attempt_and_no_more(faulty):
    attempts = RETRIES + 1
    assert faulty.requests.count("/fault/hang") == attempts
    assert faulty.requests.count("/fault/drip") == attempts
    # the whole check, hangs included, in little more than the hangs' own time
    assert faulty.seconds < attempts * TIMEOUT + 12


def test_server_errors_were_retried(faulty):
    for path in ("/fault/500", "/fault/503", "/fault/429", "/fault/cut"):
        assert faulty.requests.count(path) == RETRIES + 1, path
    assert faulty.requests.count("/fault/flaky") == 2


def test_huge_pages_are_cut_off_at_max_page_bytes_with_a_warning_naming_the_url(faulty):
    site = faulty.site
    stderr = faulty.result.stderr
    assert f"max size ({MAX_PAGE_BYTES})" in stderr and f"{site}fault/huge>" in stderr
    assert f"{site}fault/huge-stream>" in stderr
    assert f"{site}fault/bomb" in stderr and "during decompression" in stderr
    # the crawler hung up near the limit (socket buffers aside), not after 50 MB
    assert site.sent("/fault/huge-stream") < 10 * MAX_PAGE_BYTES < HUGE
    assert site.sent("/fault/huge") < 10 * MAX_PAGE_BYTES


def test_a_redirect_loop_is_caught_at_its_first_repeated_url(faulty):
    assert faulty.requests.count("/fault/loop-a") == 1 and faulty.requests.count("/fault/loop-b") == 1
    assert faulty.requests.count("/fault/self") == 1
    assert len([p for p in faulty.requests if p.startswith("/fault/chain/")]) == 21


def test_the_crawl_is_bounded_by_max_pages_and_depth(faulty):
    many = [p for p in faulty.requests if p.startswith(("/fault/many/", "/fault/trap/"))]
    assert 0 < len(many) <= MAX_PAGES
    depths = [int(re.search(r"(\d+)", p).group(1)) for p in faulty.requests if p.startswith("/fault/trap/")]
    assert max(depths) < DEPTH  # trap/1 sits at depth 1


def test_hostile_links_are_dropped(faulty):
    everything = json.dumps([sorted(faulty.documents), faulty.errors, faulty.requests], ensure_ascii=False)
    for absent in ("javascript:", "data:text", "file:", "[::1", ":0/", "xxxxxxxxxx"):
        assert absent not in everything


# encodings and markup ------------------------------------------------------------


@pytest.mark.parametrize("page", ENCODED_PAGES, ids=lambda page: page.name)
def test_each_encoding_is_read_right_or_skipped_with_the_url(faulty, page):
    url = faulty.site + page.path.lstrip("/")
    if page.outcome == "stored":
        assert url in faulty.documents, faulty.errors.get(url)
        facts = [f for f in faulty.facts if f[4] == url]
        assert page.phone in {f[1] for f in facts if f[0] == "phone"}
        hours = [f for f in facts if f[0] == "hours"]
        # read in the right encoding: the Russian day names came through
        assert hours and all("Пн" in f[3] or "Сб" in f[3] for f in hours)
        assert {f[1] for f in hours} & {"Mo-Fr 09:00-21:00; Sa-Su 10:00-18:00", "Mo-Fr 09:00-21:00"}
    else:
        assert url not in faulty.documents
        assert page.reason in faulty.errors[url]
        assert url in faulty.result.stderr


def test_no_stored_fact_holds_mojibake(faulty):
    assert len(faulty.facts) > 30
    for fact in faulty.facts:
        text = " ".join(str(part) for part in fact[1:4] + fact[5:])
        assert not any(mark in text for mark in MOJIBAKE_MARKS), fact


def test_the_json_report_holds_no_mojibake(faulty):
    assert not any(mark in faulty.result.stdout for mark in MOJIBAKE_MARKS)


# a page that used to exist, a source that cannot be read ---------------------------


def test_a_page_that_disappears_is_recorded_as_a_crawl_error_of_the_new_run(fault_server, tmp_path):  # noqa: F811
    links = '<a href="/stores/pokrovka.html">Покровка</a>'
    site = fault_server({"/": Page(branch_html(50, extra=links).encode()), "/stores/pokrovka.html": Page(branch_html(51).encode())})
    config = write_config(tmp_path, [{"channel": "website", "urls": [site]}])
    first = consistency("crawl", str(config), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    del site.routes["/stores/pokrovka.html"]
    second = consistency("crawl", str(config), cwd=tmp_path)
    assert second.returncode == 0, second.stderr  # a missing page is not an unreadable source
    page = site + "stores/pokrovka.html"
    db = tmp_path / "consistency.db"
    assert rows(db, "SELECT run, reason FROM crawl_errors WHERE url = ?", page) == [(2, "not found (404)")]
    assert rows(db, "SELECT run FROM documents WHERE url = ?", page) == [(1,)]
    assert f"1 × not found (404): {page}" in second.stderr
    assert [status for (status,) in rows(db, "SELECT status FROM runs ORDER BY id")] == ["complete", "complete"]


def test_exit_3_only_for_a_source_that_could_not_be_read_at_all(fault_server, tmp_path):  # noqa: F811
    site = fault_server({"/": Page(branch_html(52).encode()), "/down": Page(b"<h1>503</h1>", 503)})
    config = write_config(
        tmp_path,
        [{"channel": "website", "urls": [site]}, {"channel": "branch", "spider": "website", "urls": [site + "down"]}],
    )
    result = consistency("check", str(config), "--format", "json", "--as-of", "2026-11-22", cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "could not reach any page of: branch" in result.stderr
    assert "[[source]] 2 (branch): 0 pages stored, 1 failed, no page could be read" in result.stderr
    assert f"HTTP 503 after {RETRIES} retry: {site}down" in result.stderr
    assert contract_problems(json.loads(result.stdout)) == []


# politeness and safety -------------------------------------------------------------


def test_robots_txt_is_obeyed(faulty):
    assert "/robots.txt" in faulty.requests
    assert "/private/staff.html" not in faulty.requests
    assert faulty.errors[faulty.site + "private/staff.html"] == "skipped: disallowed by robots.txt"


def test_every_request_carries_the_configured_user_agent(faulty):
    assert {r.headers.get("User-Agent") for r in faulty.site.requests} == {USER_AGENT}
    assert "(+http" in CrawlSettings().user_agent  # the default names a contact URL too


def test_links_and_redirects_to_another_site_are_never_followed(faulty):
    assert faulty.elsewhere_requests == []
    assert not any("partner.html" in u or "moved.html" in u for u in [*faulty.documents, *faulty.errors])
    assert "/fault/offsite" in faulty.requests  # the redirect was met, and dropped


def test_autothrottle_is_on_by_default_for_web_sources_only():
    crawl = CrawlSettings()
    assert crawl.autothrottle
    web = Source(index=0, channel="website", spider="website", urls=("https://example.com/",))
    files = Source(index=1, channel="ivr", spider="ivr", paths=("/srv/ivr/main.vxml",))
    assert source_settings(web, crawl, web.urls)["AUTOTHROTTLE_ENABLED"] is True
    assert source_settings(files, crawl, ("file:///srv/ivr/main.vxml",))["AUTOTHROTTLE_ENABLED"] is False


@pytest.mark.parametrize("autothrottle", [True, False])
def test_concurrency_per_domain_is_a_ceiling(fault_server, tmp_path, autothrottle):  # noqa: F811
    site = fault_server(slow_site(pages=10, seconds=0.3))
    config = write_config(
        tmp_path, [{"channel": "website", "urls": [site]}], {"concurrency_per_domain": 2, "autothrottle": autothrottle}
    )
    result = consistency("crawl", str(config), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(rows(tmp_path / "consistency.db", "SELECT url FROM documents")) == 11
    assert site.max_in_flight == 2  # parallel, but never more than the limit


def test_credentials_come_from_the_environment_and_are_written_nowhere(fault_server, tmp_path):  # noqa: F811
    user, password = "staging-bot", "Секрет-42-staging"
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    links = '<a href="/stores/1.html">1</a>'
    site = fault_server({
        "/": Protected(Page(branch_html(53, extra=links).encode()), user, password),
        "/stores/1.html": Protected(Page(branch_html(54).encode()), user, password),
        "/robots.txt": Protected(Page(b"User-agent: *\nAllow: /\n", content_type="text/plain"), user, password),
    })
    config = write_config(tmp_path, [{"channel": "website", "urls": [site]}])
    env = {**os.environ, "CONSISTENCY_HTTP_USER": user, "CONSISTENCY_HTTP_PASSWORD": password}
    result = consistency("-vv", "check", str(config), "--format", "json", "--as-of", "2026-11-22", cwd=tmp_path, env=env)
    assert result.returncode in (0, 1), result.stderr
    assert "Crawled (200)" in result.stderr  # the debug log was on
    db = tmp_path / "consistency.db"
    assert len(rows(db, "SELECT url FROM documents")) == 2  # the credentials were sent
    text = consistency("check", str(config), "--no-crawl", "--format", "text", "--as-of", "2026-11-22", cwd=tmp_path, env=env)
    written = [result.stdout, result.stderr, text.stdout, text.stderr]
    written += [p.read_bytes().decode("latin-1") for p in tmp_path.glob("consistency.db*")]
    for secret in (password, token, password.encode().decode("latin-1")):
        for place in written:
            assert secret not in place


@pytest.mark.parametrize(
    "text",
    [
        "Пн–Пт: 9:00–21:00, Сб — 10–18. Ёлки в продаже! Магазин №5, на улице −5 °С. «Рыба» — «Сыр» — «Рис».",
        "РЖД, СССР, РФ — ОАО «РЖД» и ПАО «Сбербанк России»: Р. С. Петров, С. Р. Иванов",
        "Радно време: пон–пет 9–20, суб 9–15. Ђурђевдан, Љубовија, Њиш; Đurđevdan, Žabljak, Čačak, Šid",
        "AÑO NUEVO: Señor Muñoz, Ñandú; Ça va, Ðakovo (Croatian Đ and Icelandic Ð: Ðorð)",
        "Öffnungszeiten Mo–Fr 9–18 Uhr; Straße; Café; naïve — ±5 µm; 20 °C; ≤ 3, ≥ 4; ∞",
        "│ Пн │ 9–18 │\n├────┼──────┤\n│ Вт │ 9–18 │  (box drawing in a plain-text table)",
        "A replacement character the page itself holds: \ufffd, and that is all.",
    ],
)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_clean_text_in_any_of_our_languages_is_not_taken_for_mojibake(text, encoding):
    from consistency.crawl.formats import encoding_problem

    html = f"<html><body><p>{text}</p></body></html>"
    assert encoding_problem(html.encode(encoding), "text/html") is None


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_clean_single_byte_pages_are_not_taken_for_mojibake(encoding):
    from consistency.crawl.formats import encoding_problem

    page = branch_html(7).replace("-", " до ")  # KOI8-R has no dashes beyond the hyphen
    for content_type in ("text/html", f"text/html; charset={encoding.replace('_', '-')}"):
        assert encoding_problem(page.encode(encoding), content_type) is None
