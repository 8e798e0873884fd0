"""A re-crawl asks the server whether each page changed (If-Modified-Since, If-None-Match) and reuses what did not.

Real crawls through the real command, of the benchmark's chain site served
on 127.0.0.1 by Python's http.server (Last-Modified, 304 on If-Modified-Since)
and of a small site served with ETags only. A 304 stores the page again with
its stored body, and its links are still followed: every page of the chain
site is reached only through links of pages that answered 304.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import scrapy
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from command import consistency
from consistency.crawl.process import Recorder
from consistency.crawl.records import Unchanged
from consistency.crawl.revalidation import REVALIDATED
from consistency.documents.document import Document
from consistency.spiders.base import LoopAwareRedirectMiddleware, RevalidatingAutoThrottle
from consistency.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import chain_site  # noqa: E402 - bench/ is a folder of scripts, not a package


def _rows(db: Path, query: str, *args) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(query, args).fetchall()


def _pages(db: Path, run: int) -> dict[str, str]:
    return dict(_rows(db, "SELECT url, content_hash FROM documents WHERE run = ?", run))


@pytest.fixture(scope="module")
def chain(tmp_path_factory, http_server):
    """The chain site crawled twice by `consistency crawl`, one shop page edited in between."""
    tmp = tmp_path_factory.mktemp("recrawl")
    site = chain_site.generate(tmp / "chain", branches=20, seed=3)
    served = http_server(site.site_dir)
    config = chain_site.write_config(site, served)
    db = tmp / "chain.db"
    first = consistency("crawl", str(config), "--db", str(db), cwd=tmp)
    assert first.returncode == 0, first.stderr
    edited = sorted((site.site_dir / "stores").rglob("*.html"))[-1]
    old_phone = _a_phone(edited.read_text(encoding="utf-8"))
    edited.write_text(edited.read_text(encoding="utf-8").replace(old_phone, "+7 999 000-11-22"), encoding="utf-8")
    os.utime(edited, (time.time() + 5, time.time() + 5))  # http.server's Last-Modified moves past the stored one
    before = len(served.requests)
    second = consistency("-v", "crawl", str(config), "--db", str(db), cwd=tmp)
    assert second.returncode == 0, second.stderr
    edited_url = served + edited.relative_to(site.site_dir).as_posix()
    return served, served.requests[before:], db, second.stderr, edited_url


def _a_phone(html: str) -> str:
    return re.search(r"\+7 \d{3} \d{3}-\d{2}-\d{2}", html).group(0)


def test_every_page_stored_before_is_asked_about_with_its_last_modified(chain):
    served, requests, db, _, _ = chain
    stored = {url: lm for url, lm in _rows(db, "SELECT url, last_modified FROM documents WHERE run = 1")}
    asked = {served + r.path.lstrip("/"): r.headers.get("If-Modified-Since") for r in requests}
    for url, last_modified in stored.items():
        if url.startswith("http"):
            assert asked[url] == last_modified, url


def test_unchanged_pages_are_stored_again_as_they_were_and_their_links_followed(chain):
    _, _, db, log, edited_url = chain
    first, second = _pages(db, 1), _pages(db, 2)
    assert set(second) == set(first) and len(first) > 40  # every page again, though reached through 304s only
    changed = {url for url in first if first[url] != second[url]}
    assert changed == {edited_url}
    assert "304" in log  # Scrapy's debug log: "Crawled (304) <GET ...>"
    read = re.search(r"run 2: (\d+) documents read, (\d+) of them unchanged since a run before", log)
    assert read and (int(read[1]), int(read[2])) == (len(second), len(second) - 1), read and read[0]


def test_the_edited_page_was_fetched_and_read_again(chain):
    _, _, db, _, edited_url = chain
    phones = {v for (v,) in _rows(db, "SELECT value FROM facts WHERE run = 2 AND url = ? AND kind = 'phone'", edited_url)}
    assert "+79990001122" in phones
    assert "+79990001122" not in {v for (v,) in _rows(db, "SELECT value FROM facts WHERE run = 1 AND kind = 'phone'")}


def test_the_same_facts_come_out_of_an_unchanged_page(chain):
    _, _, db, _, edited_url = chain
    # what a page says of its branches (the company-wide boilerplate belongs to the first page of a channel that
    # shows it, which the order pages were fetched in decides)
    query = "SELECT kind, value, entity, url FROM facts WHERE run = ? AND url != ? AND entity IS NOT NULL"
    one, two = (sorted(_rows(db, query, run, edited_url), key=repr) for run in (1, 2))
    assert len(one) > 100 and one == two


def test_a_page_whose_links_were_not_kept_is_parsed_for_them(tmp_path, http_server):
    site = chain_site.generate(tmp_path / "chain", branches=12, seed=4)
    config = chain_site.write_config(site, http_server(site.site_dir))
    db = tmp_path / "c.db"
    assert consistency("crawl", str(config), "--db", str(db), cwd=tmp_path).returncode == 0
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM page_links")
    assert consistency("crawl", str(config), "--db", str(db), cwd=tmp_path).returncode == 0
    assert _pages(db, 2) == _pages(db, 1)
    assert _rows(db, "SELECT COUNT(*) FROM page_links")[0][0] > 0  # kept again, for the next crawl


class _ETagHandler(SimpleHTTPRequestHandler):
    """Serves files with an ETag (their content's hash) and no Last-Modified; 304 on a matching If-None-Match."""

    asked: list

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        self.asked.append((self.path, self.headers.get("If-None-Match")))
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8" if path.suffix == ".html" else "text/plain")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def etag_site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(
        '<html><head><title>Книжный</title></head><body><h1>Книжный</h1><a href="a.html">А</a>'
        '<a href="/b.html">Б</a></body></html>', encoding="utf-8")
    (root / "a.html").write_text('<html><body><h1>Магазин на Покровке</h1><p>ул. Покровка, 5. Пн–Пт 10:00–21:00, '
                                 'тел. +7 495 111-22-33</p><a href="b.html">Б</a></body></html>', encoding="utf-8")
    (root / "b.html").write_text('<html><body><h1>Акции</h1><p>Акция «Осенняя распродажа» до 30 ноября: скидка 20%'
                                 '</p></body></html>', encoding="utf-8")
    asked: list = []
    handler = type("Handler", (_ETagHandler,), {"asked": asked})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", asked, root
    server.shutdown()
    server.server_close()


def test_etags_are_sent_back_and_a_304_reuses_the_page(etag_site, tmp_path):
    base, asked, _ = etag_site
    config = tmp_path / "consistency.toml"
    config.write_text(f'[project]\nname = "etag"\n\n[[source]]\nchannel = "website"\nurls = ["{base}"]\n\n'
                      '[crawl]\nobey_robots = false\n', encoding="utf-8")
    db = tmp_path / "c.db"
    for _ in range(2):
        result = consistency("check", str(config), "--db", str(db), "--as-of", "2026-11-22", "--format", "json",
                             cwd=tmp_path)
        assert result.returncode in (0, 1), result.stderr
    first, second = asked[:3], asked[3:]
    assert [tag for _, tag in first] == [None, None, None]
    assert sorted(path for path, _ in second) == ["/", "/a.html", "/b.html"] and all(tag for _, tag in second)
    assert _pages(db, 2) == _pages(db, 1)
    facts = [json.loads(consistency("facts", "--db", str(db), "--run", str(run), "--format", "json",
                                    cwd=tmp_path).stdout)["facts"] for run in (1, 2)]
    assert facts[0] and sorted(map(json.dumps, facts[0])) == sorted(map(json.dumps, facts[1]))


def test_a_redirect_drops_the_validators_of_the_url_asked_for():
    middleware = LoopAwareRedirectMiddleware.from_crawler(get_crawler(scrapy.Spider))
    request = scrapy.Request("http://127.0.0.1:9/old.html", headers={"If-Modified-Since": "Sun, 22 Nov 2026 12:00:00 GMT",
                                                                    "If-None-Match": '"v1"'},
                             meta={REVALIDATED: object(), "handle_httpstatus_list": [304]})
    response = Response(request.url, status=301, headers={"Location": "/new.html"}, request=request)
    redirected = middleware.process_response(request, response)
    assert redirected.url == "http://127.0.0.1:9/new.html"
    assert b"If-Modified-Since" not in redirected.headers and b"If-None-Match" not in redirected.headers
    assert REVALIDATED not in redirected.meta and "handle_httpstatus_list" not in redirected.meta


class _Slot:
    delay = 0.25


def test_a_304_lets_autothrottle_speed_up_as_a_200_does():
    crawler = get_crawler(scrapy.Spider, {"AUTOTHROTTLE_ENABLED": True, "DOWNLOAD_DELAY": 0.001})
    throttle = RevalidatingAutoThrottle(crawler)
    throttle.mindelay, throttle.maxdelay = 0.001, 20.0
    slot = _Slot()
    for _ in range(10):
        throttle._adjust_delay(slot, 0.004, Response("http://127.0.0.1:9/", status=304))
    assert slot.delay < 0.01
    slot = _Slot()
    throttle._adjust_delay(slot, 0.004, Response("http://127.0.0.1:9/", status=404))
    assert slot.delay == 0.25  # an error page still never speeds the crawl up


def test_the_recorder_stores_an_unchanged_page_by_its_stored_body(tmp_path):
    store = Store(tmp_path / "r.db")
    page = Document(url="https://example.com/a", channel="website", source=0, format="html", body=b"<p>a</p>",
                    last_modified="Sun, 22 Nov 2026 12:00:00 GMT")
    first = store.begin_run("c.toml", [])
    store.add_document(first, page)
    second = store.begin_run("c.toml", [])

    class Spider:
        source = type("S", (), {"index": 0})()

    recorder = Recorder(store, second, ())
    bodiless = Document(**{**page.__dict__, "body": b""})
    recorder.item_scraped(Unchanged(bodiless, page.content_hash, "2026-11-23T00:00:00+00:00"), Spider())
    recorder.item_scraped(Unchanged(bodiless, page.content_hash, "2026-11-23T00:00:00+00:00"), Spider())  # again
    assert [d.body for d in store.documents(second)] == [b"<p>a</p>"]
    assert recorder.stored[0] == 1 and recorder.reached[0] == 2
    with pytest.raises(KeyError):  # never a document without its body
        store.add_stored_again(second, Document(url="https://example.com/b", channel="website", source=0,
                                                format="html", body=b""), "no such hash")
