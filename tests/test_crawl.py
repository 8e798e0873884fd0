"""The crawl: ownership, format sniffing, failure reasons, and real Scrapy crawls.

The crawls run the real subprocess against `tests/sites/crawl/` served on
127.0.0.1 by the `http_server` fixture and as file:// URLs, into SQLite files
under tmp_path. Each crawl costs about two seconds, so the assertions share a
few module-scoped crawls.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import shutil
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from consistency.config import Source, load_config
from consistency.crawl import CrawlProcessError, CrawlSummary, crawl, owner_of
from consistency.crawl.formats import NotADocument, document_format, ivr_format
from consistency.crawl.records import CrawlFailure, CrawlJob, SourceSummary
from consistency.crawl.runner import absolute_url
from consistency.documents.document import Document
from consistency.spiders.base import EnvHttpAuthMiddleware, failure_reason, http_status_reason
from consistency.store import Store

SITES = Path(__file__).parent / "sites" / "crawl"
WEB, FILES, IVR = SITES / "web", SITES / "files", SITES / "ivr"

ROUTES = {
    "/old-address": (301, {"Location": "/address.html"}, b""),
    "/out": (302, {"Location": "http://other.invalid/landing.html"}, b""),
    "/broken": (500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"),
    "/meta.html": (
        200,
        {
            "Content-Type": "text/html; charset=utf-8",
            "ETag": '"v42"',
            "Last-Modified": "Sun, 22 Nov 2026 10:00:00 GMT",
            "Content-Language": "sr-Latn, en",
        },
        "<html><head><title>Радно време</title></head><body>pon–pet 9–20</body></html>".encode(),
    ),
    "/logo": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
}
USER, PASSWORD = "staging-bot", "Pa55-не-для-логов"


# ownership ---------------------------------------------------------------------

OWNERSHIP_SOURCES = (
    Source(index=0, channel="website", spider="website", urls=("https://example.com/",)),
    Source(index=1, channel="faq", spider="faq", urls=("https://example.com/faq/",), follow_links=False),
    Source(index=2, channel="ivr", spider="ivr", paths=("/srv/ivr/main.vxml",), follow_links=False),
    Source(index=3, channel="promo", spider="website", urls=("https://example.com/promo/index.html",)),
    Source(index=4, channel="help", spider="faq", urls=("https://example.com/help.html",), follow_links=False),
    Source(index=5, channel="branch", spider="website", urls=("https://shop.example.com/stores",)),
    Source(index=6, channel="sale", spider="website", urls=("https://example.com/акции/",)),
)


@pytest.mark.parametrize(
    "url, owner",
    [
        ("https://example.com/about.html", 0),
        ("http://EXAMPLE.com:80/about.html", 0),  # scheme, host case, default port do not matter
        ("https://example.com/", 0),
        ("https://example.com/faq/", 1),  # named
        ("https://example.com/faq", 1),  # the same page without its slash
        ("https://example.com/faq/delivery.html#cost", 1),  # longest prefix, fragment ignored
        ("https://example.com/faq/?q=delivery", 1),
        ("https://example.com/faq-archive/2019.html", 0),  # prefix only on a path boundary
        ("https://example.com/promo/black-friday.html", 3),  # a start page named index.html covers its directory
        ("https://example.com/help.html", 4),  # named beats a shorter prefix
        ("https://example.com/contacts.html", 0),  # same prefix as help.html: the source that follows links wins
        ("file:///srv/ivr/main.vxml", 2),
        ("file:///srv/ivr/other.vxml", None),  # paths name files, they cover nothing else
        ("https://shop.example.com/stores/12", 5),
        ("https://shop.example.com/storesale", None),
        ("https://example.org/", None),
        ("https://example.com:8443/about.html", None),  # another port is another site
        ("https://example.com/%D0%B0%D0%BA%D1%86%D0%B8%D0%B8/black-friday.html", 6),  # percent-encoded Cyrillic
        ("https://example.com/акции", 6),
    ],
)
def test_owner_of(url, owner):
    assert owner_of(url, OWNERSHIP_SOURCES) == owner


def test_owner_of_equal_prefixes_go_to_the_earlier_source():
    first = Source(index=0, channel="a", spider="website", urls=("https://example.com/",))
    second = Source(index=1, channel="b", spider="website", urls=("https://example.com/index.html",))
    assert owner_of("https://example.com/x.html", (first, second)) == 0
    assert owner_of("https://example.com/index.html", (first, second)) == 1


# formats -----------------------------------------------------------------------

HTML = "<!DOCTYPE html><html lang='ru'><head><title>Контакты</title></head><body>Пн–Пт 9–21</body></html>".encode()


@pytest.mark.parametrize(
    "kind, url, content_type, body, expected",
    [
        ("website", "https://example.com/", "text/html; charset=utf-8", HTML, "html"),
        ("faq", "https://example.com/faq/", "text/html", HTML, "faq"),
        ("website", "https://example.com/x", "application/xhtml+xml", HTML, "html"),
        ("website", "https://example.com/README.md", "text/plain", b"# Hours\n", "markdown"),
        ("faq", "https://example.com/faq.md", "text/markdown", b"## Q\nA", "markdown"),
        ("website", "file:///site/notes.md", "", b"# Notes", "markdown"),
        ("website", "https://example.com/prices.txt", "text/plain; charset=windows-1251", "Цены".encode("cp1251"), "text"),
        ("website", "file:///site/prices.txt", "", b"1 990 rub", "text"),
        # a server that labels its HTML text/plain
        ("website", "https://example.com/page", "text/plain", HTML, "html"),
        ("faq", "https://example.com/page", "text/plain", b"  <!-- faq -->\n<html><body>Q?</body></html>", "faq"),
        # no type at all: sniffed
        ("website", "file:///site/page", "", b"\n\n<!doctype html><title>x</title>", "html"),
        ("website", "file:///site/LICENSE", "", b"Plain words only.", "text"),
        ("website", "https://example.com/download", "application/octet-stream", "<html><body>Привет</body></html>".encode("koi8_r"), "html"),
    ],
)
def test_document_format(kind, url, content_type, body, expected):
    assert document_format(kind, url, content_type, body) == expected


@pytest.mark.parametrize(
    "url, content_type, body, reason",
    [
        ("https://example.com/logo", "image/png", b"\x89PNG\r\n\x1a\n", "skipped: not a text document (image/png)"),
        ("https://example.com/price.pdf", "application/pdf", b"%PDF-1.7", "skipped: not a text document (application/pdf)"),
        ("https://example.com/feed", "application/rss+xml", b"<rss/>", "skipped: not a text document (application/rss+xml)"),
        ("file:///site/archive", "", b"PK\x03\x04\x00\x00\x00\x00binary", "skipped: not a text document (unknown type)"),
        ("https://example.com/app.js", "text/javascript", b"var a = 1;", "skipped: not a text document (text/javascript)"),
    ],
)
def test_document_format_skips_what_is_not_a_page(url, content_type, body, reason):
    with pytest.raises(NotADocument) as raised:
        document_format("website", url, content_type, body)
    assert str(raised.value) == reason


CONNECT = b'{"Version": "2019-10-30", "StartAction": "a1", "Metadata": {}, "Actions": [{"Type": "MessageParticipant"}]}'
CONNECT_LEGACY = b'{"modules": [{"id": "m1", "type": "PlayPrompt"}], "version": "1", "type": "contactFlow"}'


@pytest.mark.parametrize(
    "body, expected",
    [
        (b'<?xml version="1.0"?>\n<vxml version="2.1"><form/></vxml>', "vxml"),
        (b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8'?>\n<!-- menu -->\n<!DOCTYPE vxml PUBLIC \"-//W3C//DTD VOICEXML 2.1//EN\" \"vxml.dtd\">\n<vxml>", "vxml"),
        (b'<vxml:vxml xmlns:vxml="http://www.w3.org/2001/vxml">', "vxml"),  # namespace prefix
        (b'<!DOCTYPE vxml [\n<!ENTITY hours "9-18">\n]>\n<vxml><prompt>&hours;</prompt></vxml>', "vxml"),
        ("<?xml version='1.0' encoding='utf-16'?><vxml/>".encode("utf-16"), "vxml"),  # UTF-16 with BOM
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<Response><Say>Hello</Say></Response>', "twiml"),
        (b"  <Response>\n  <Gather numDigits='1'/></Response>", "twiml"),
        (CONNECT, "connect"),
        (CONNECT_LEGACY, "connect"),
        (b'[ {"ModuleType": "PlayPrompt"} ]', "connect"),
        (b'{"ContactFlow": {"Name": "Main", "Content": "{\\"Version\\":\\"2019-10-30\\",\\"StartAction\\":\\"a1\\"}"}}', "connect"),
        ("Здравствуйте! Нажмите 1, чтобы узнать адрес.".encode(), "ivr-text"),
        ("\ufeff[Приветствие]\nМы работаем с 9 до 18.".encode(), "ivr-text"),  # an INI-like section is not JSON
        ("[1] Нажмите 1, чтобы узнать адрес.\n[2] Нажмите 2 для связи с оператором.".encode(), "ivr-text"),
        ("{имя}, здравствуйте! Ваш заказ готов.".encode(), "ivr-text"),  # a template placeholder, not JSON
        (b'{\n  "Version": "2019-10-30",\n  "Metadata": {"name": "x"},\n  "StartAction": "a1"}', "connect"),
        ("Добро пожаловать".encode("cp1251"), "ivr-text"),
    ],
)
def test_ivr_format(body, expected):
    assert ivr_format("file:///ivr/script", "", body) == expected


@pytest.mark.parametrize(
    "body, reason",
    [
        (b'<?xml version="1.0"?><rss version="2.0"/>', "XML root <rss>"),
        (b"<html><body>menu</body></html>", "XML root <html>"),
        (b'{"name": "not a flow", "steps": []}', "not an Amazon Connect contact flow"),
        (b"\x00\x01\x02\x03binary", "not a text document"),
        (b"   \n\t", "empty IVR script"),
    ],
)
def test_ivr_format_skips_what_it_cannot_read(body, reason):
    with pytest.raises(NotADocument) as raised:
        ivr_format("file:///ivr/x", "", body)
    assert reason in str(raised.value)


def test_ivr_sniffing_reads_only_the_first_kilobyte():
    # the root element comes after 2 KB of comments: not sniffed as vxml, and fast
    body = b"<?xml version='1.0'?>" + b"<!-- " + b"x" * 2048 + b" -->" + b"<vxml/>"
    with pytest.raises(NotADocument):
        ivr_format("file:///ivr/x", "", body)


def test_sniffing_is_fast_on_adversarial_input():
    import time

    hostile = [b"<!--" * 5000, b"<!" * 10000, b"<?" * 10000, b"[" * 20000, b"<" + b" " * 20000, b"](" * 20000]
    started = time.perf_counter()
    for body in hostile:
        for kind in ("ivr", "website"):
            with contextlib.suppress(NotADocument):
                document_format(kind, "file:///x", "", body)
    assert time.perf_counter() - started < 0.5


# failure reasons ---------------------------------------------------------------


def _request(retries: int = 0) -> Request:
    return Request("https://example.com/page", meta={"retry_times": retries} if retries else {})


@pytest.mark.parametrize(
    "exc, retries, reason",
    [
        (HttpError(Response("https://example.com/page", status=404), "Ignoring"), 0, "not found (404)"),
        (HttpError(Response("https://example.com/page", status=503), "Ignoring"), 2, "HTTP 503 after 2 retries"),
        (HttpError(Response("https://example.com/page", status=500), "Ignoring"), 1, "HTTP 500 after 1 retry"),
        (HttpError(Response("https://example.com/page", status=418), "Ignoring"), 0, "HTTP 418"),
        (HttpError(Response("https://example.com/page", status=410), "Ignoring"), 0, "gone (410)"),
        (DownloadTimeoutError("Getting x took longer than 20.0 seconds."), 0, "timed out after 20 s"),
        (DownloadTimeoutError("took longer"), 2, "timed out after 20 s after 2 retries"),
        (CannotResolveHostError("no such host"), 2, "DNS lookup failed"),
        (DownloadConnectionRefusedError("refused"), 0, "connection refused"),
        (IgnoreRequest("Forbidden by robots.txt"), 0, "skipped: disallowed by robots.txt"),
        (IgnoreRequest("Filtered offsite request to 'cdn.example.net'"), 0, "skipped: outside allowed_domains"),
        (DownloadCancelledError("Expected to receive 20000000 bytes which is larger than download max size (10485760)"), 0, "skipped: larger than max_page_bytes"),
        (FileNotFoundError(2, "No such file"), 0, "file not found"),
        (ResponseDataLossError(), 0, "connection closed before the page was complete"),
        (DownloadFailedError("[<twisted.python.failure.Failure OpenSSL.SSL.Error: [('SSL routines', '', 'wrong version number')]>]"), 0, "TLS handshake failed"),
        (DownloadFailedError("connection lost"), 0, "connection failed"),
    ],
)
def test_failure_reason(exc, retries, reason):
    assert failure_reason(exc, _request(retries), timeout=20.0) == reason


def test_unauthorized_says_how_to_give_credentials():
    assert "CONSISTENCY_HTTP_USER" in http_status_reason(401)


# credentials -------------------------------------------------------------------


class _FakeSettings:
    def __init__(self, hosts):
        self.hosts = hosts

    def getlist(self, name):
        return self.hosts


class _FakeCrawler:
    def __init__(self, hosts):
        self.settings = _FakeSettings(hosts)


@pytest.mark.parametrize(
    "url, sent",
    [
        ("https://staging.example.com/promo/", True),
        ("https://staging.example.com:8443/robots.txt", True),
        ("https://cdn.staging.example.com/x.html", False),  # not a subdomain wildcard
        ("https://example.com/", False),
        ("https://evil.example.net/?staging.example.com", False),
    ],
)
def test_credentials_go_only_to_the_start_hosts(monkeypatch, url, sent):
    monkeypatch.setenv("CONSISTENCY_HTTP_USER", "bot")
    monkeypatch.setenv("CONSISTENCY_HTTP_PASSWORD", "secret")
    middleware = EnvHttpAuthMiddleware.from_crawler(_FakeCrawler(["staging.example.com"]))
    request = Request(url)
    middleware.process_request(request)
    assert (b"Authorization" in request.headers) is sent


def test_no_credentials_without_the_environment(monkeypatch):
    monkeypatch.delenv("CONSISTENCY_HTTP_USER", raising=False)
    monkeypatch.delenv("CONSISTENCY_HTTP_PASSWORD", raising=False)
    middleware = EnvHttpAuthMiddleware.from_crawler(_FakeCrawler(["staging.example.com"]))
    request = Request("https://staging.example.com/")
    middleware.process_request(request)
    assert b"Authorization" not in request.headers


# records -----------------------------------------------------------------------


def test_summary_and_job_survive_json():
    summary = CrawlSummary(
        run=3,
        sources=(
            SourceSummary(0, "website", 12, (CrawlFailure(0, "https://example.com/x", "not found (404)"),), 13, False),
            SourceSummary(1, "ivr", 0, (), 0, True),
        ),
        unassigned=(CrawlFailure(None, "file:///draft.html", "belongs to no [[source]]"),),
    )
    assert CrawlSummary.from_json(summary.to_json()) == summary
    assert [s.channel for s in summary.unreachable] == ["ivr"]
    job = CrawlJob(config="/c.toml", db="/c.db", run=3, only=("https://example.com/промо",), verbose=1)
    assert CrawlJob.from_json(job.to_json()) == job


def _document(url: str, source: int = 0, body: bytes = b"<html>x</html>") -> Document:
    return Document(url=url, channel="website" if source == 0 else "faq", source=source, format="html", body=body)


class _Spider:
    def __init__(self, index: int, channel: str = "website"):
        self.source = Source(index=index, channel=channel, spider="website", urls=("https://example.com/",))


def test_recorder_stores_each_page_once(tmp_path):
    from consistency.crawl.process import Recorder

    store = Store(tmp_path / "r.db")
    run = store.begin_run("c.toml", [])
    sources = (_Spider(0).source, _Spider(1, "faq").source)
    recorder = Recorder(store, run, sources)
    recorder.failure(CrawlFailure(0, "https://example.com/a", "timed out after 20 s"))
    recorder.item_scraped(_document("https://example.com/a", body=b"a"), _Spider(1))  # came through for another spider
    recorder.item_scraped(_document("https://example.com/a", body=b"a"), _Spider(0))  # the same URL again
    recorder.item_scraped(_document("https://example.com/index.html", body=b"a"), _Spider(0))  # the same body again
    recorder.item_scraped(_document("https://example.com/faq/", source=1, body=b"a"), _Spider(0))  # same body, other source
    recorder.failure(CrawlFailure(0, "https://example.com/a", "not found (404)"))  # stored already
    recorder.failure(CrawlFailure(0, "https://example.com/b", "not found (404)"))
    recorder.failure(CrawlFailure(0, "https://example.com/b", "not found (404)"))
    assert sorted(d.url for d in store.documents(run)) == ["https://example.com/a", "https://example.com/faq/"]
    assert [e["reason"] for e in store.crawl_errors(run)] == ["timed out after 20 s", "not found (404)"]
    summary = recorder.summary(sources)
    assert [(s.stored, s.reached, s.unreachable) for s in summary.sources] == [(1, 3, False), (1, 1, False)]
    assert recorder.fatal is None


def test_recorder_marks_a_spider_stopped_early(tmp_path):
    from consistency.crawl.process import Recorder

    recorder = Recorder(Store(tmp_path / "r.db"), 1, ())
    recorder.spider_closed(_Spider(0), "finished")
    assert recorder.fatal is None
    recorder.spider_closed(_Spider(0), "shutdown")
    assert "stopped early (shutdown)" in recorder.fatal


@pytest.mark.parametrize(
    "given, expected_start",
    [("https://example.com/a", "https://example.com/a"), ("file:///srv/x.html", "file:///srv/x.html"), ("drafts/faq.html", "file:///")],
)
def test_absolute_url(given, expected_start):
    url = absolute_url(given)
    assert url.startswith(expected_start)
    if not given.startswith(("https:", "file:")):
        assert url.endswith("/drafts/faq.html") and Path.cwd().as_uri() in url


def test_spiders_import_only_as_a_subpackage():
    import consistency.spiders

    assert set(consistency.spiders.SPIDERS) == {"website", "faq", "ivr"}
    assert "spiders" not in sys.modules


# real crawls -------------------------------------------------------------------


@dataclass(frozen=True)
class Crawled:
    summary: CrawlSummary
    documents: dict[str, Document]
    errors: list[dict]
    log: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_config(directory: Path, sources: list[dict], crawl_table: dict | None = None) -> Path:
    def value(v):
        return json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()

    lines = ['[project]', 'name = "crawl test"', ""]
    if crawl_table:
        lines += ["[crawl]", *(f"{k} = {value(v)}" for k, v in crawl_table.items()), ""]
    for source in sources:
        lines += ["[[source]]", *(f"{k} = {value(v)}" for k, v in source.items()), ""]
    path = directory / "consistency.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _crawl(config_path: Path, **kwargs) -> Crawled:
    config = load_config(config_path)
    store = Store(config.default_db)
    run = store.begin_run(str(config_path), [s.channel for s in config.sources])
    log = io.StringIO()
    with contextlib.redirect_stderr(log):
        summary = crawl(config, store, run, **kwargs)
    documents = {d.url: d for d in store.documents(run)}
    errors = store.crawl_errors(run)
    store.close()
    return Crawled(summary, documents, errors, log.getvalue())


@pytest.fixture(scope="module")
def site(http_server):
    return http_server(WEB, routes=ROUTES)


@pytest.fixture(scope="module")
def full(site, tmp_path_factory):
    """One crawl of every kind of source: http site, FAQ, IVR files by glob, a file:// site, a dead host."""
    directory = tmp_path_factory.mktemp("full")
    shutil.copytree(IVR, directory / "ivr" / "menus")
    config = _write_config(
        directory,
        [
            {"channel": "website", "urls": [site]},
            {"channel": "faq", "urls": [site + "faq/"]},
            {"channel": "ivr", "paths": ["ivr/**/*"]},
            {"channel": "app", "spider": "website", "urls": [(FILES / "index.html").as_uri()]},
            {"channel": "branch", "spider": "website", "urls": [f"http://127.0.0.1:{_free_port()}/"]},
        ],
        {"retries": 1, "timeout": 5},
    )
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CONSISTENCY_HTTP_USER", USER)
        env.setenv("CONSISTENCY_HTTP_PASSWORD", PASSWORD)
        before = len(site.requests)
        crawled = _crawl(config, verbose=2)
    return crawled, site.requests[before:], directory


def _paths(requests) -> list[str]:
    return [r.path.split("?")[0] for r in requests]


def test_follows_links_within_the_site(full, site):
    crawled, _, _ = full
    website = {u.removeprefix(site) for u, d in crawled.documents.items() if d.channel == "website"}
    assert website == {"", "about.html", "contacts.html", "address.html", "meta.html", "notes.md", "price.txt"}


def test_other_hosts_and_non_page_links_are_not_followed(full):
    crawled, requests, _ = full
    everything = json.dumps([*crawled.documents, *crawled.errors], ensure_ascii=False)
    for absent in ("other.invalid", "example.com/", "mailto:", "tel:", "javascript:", "photo.jpg", "#"):
        assert absent not in everything
    assert "/img/photo.jpg" not in _paths(requests)  # an image link is not even requested
    assert "/out" in _paths(requests)  # a link that redirects off the site is dropped at the redirect


def test_robots_txt_disallow_is_honoured(full, site):
    crawled, requests, _ = full
    assert "/private/secret.html" not in _paths(requests)
    assert {"source": 0, "url": site + "private/secret.html", "reason": "skipped: disallowed by robots.txt"} in crawled.errors


@pytest.mark.parametrize(
    "path, reason",
    [
        ("missing.html", "not found (404)"),
        ("broken", "HTTP 500 after 1 retry"),
        ("logo", "skipped: not a text document (image/png)"),
    ],
)
def test_failures_are_recorded_with_reasons(full, site, path, reason):
    crawled, _, _ = full
    assert {"source": 0, "url": site + path, "reason": reason} in crawled.errors
    assert site + path not in crawled.documents
    assert CrawlFailure(0, site + path, reason) in crawled.summary.source(0).failed


def test_server_error_was_retried(full):
    _, requests, _ = full
    assert _paths(requests).count("/broken") == 2  # retries = 1


def test_redirect_stores_the_final_url(full, site):
    crawled, _, _ = full
    assert site + "address.html" in crawled.documents
    assert site + "old-address" not in crawled.documents


def test_page_metadata_is_recorded(full, site):
    crawled, _, _ = full
    meta = crawled.documents[site + "meta.html"]
    assert (meta.title, meta.language, meta.etag) == ("Радно време", "sr-Latn", '"v42"')
    assert meta.last_modified == "Sun, 22 Nov 2026 10:00:00 GMT"
    assert meta.content_type == "text/html; charset=utf-8" and meta.status == 200 and meta.fetched_at
    home = crawled.documents[site]
    assert home.title == "Книжный на Покровке — главная"  # whitespace collapsed
    assert home.language == "ru" and home.format == "html"
    assert home.last_modified  # http.server sends the file's date
    assert crawled.documents[site + "notes.md"].format == "markdown"
    assert crawled.documents[site + "notes.md"].title == "Заметки для покупателей"
    assert crawled.documents[site + "price.txt"].format == "text"


def test_the_same_page_under_two_urls_is_stored_once(full, site):
    crawled, requests, _ = full
    assert "/index.html" in _paths(requests)  # about.html links to it
    assert site + "index.html" not in crawled.documents


def test_faq_pages_reached_by_the_website_belong_to_the_faq(full, site):
    crawled, _, _ = full
    for path in ("faq/", "faq/delivery.html"):
        document = crawled.documents[site + path]
        assert (document.channel, document.source, document.format) == ("faq", 1, "faq")
    urls = list(crawled.documents)
    assert len(urls) == len(set(urls))
    assert crawled.summary.source(1).stored == 2
    assert crawled.summary.source(0).stored == 7


def test_paths_globs_and_ivr_formats(full):
    crawled, _, directory = full
    menus = (directory / "ivr" / "menus").resolve()
    formats = {u: d.format for u, d in crawled.documents.items() if d.channel == "ivr"}
    assert formats == {
        (menus / "main.vxml").as_uri(): "vxml",
        (menus / "twilio.xml").as_uri(): "twiml",
        (menus / "contact-flow.json").as_uri(): "connect",
        (menus / "prompts.txt").as_uri(): "ivr-text",
    }
    assert {"source": 2, "url": (menus / "feed.xml").as_uri(), "reason": "skipped: not an IVR script format we read (XML root <rss>)"} in crawled.errors


def test_file_site_follows_links_in_its_directory_tree_only(full):
    crawled, _, _ = full
    app = {u: d for u, d in crawled.documents.items() if d.channel == "app"}
    root = FILES.resolve().as_uri() + "/"
    assert {u.removeprefix(root) for u in app} == {
        "index.html",
        "sub/page.html",
        "dir/index.html",  # a link to a directory reads its index.html
        "readme.md",
        "%D0%BE-%D0%BD%D0%B0%D1%81.html",  # о-нас.html
    }
    assert app[root + "index.html"].language == "sr-Cyrl"
    assert app[root + "readme.md"].format == "markdown"
    assert all(d.status == 200 and d.content_type for d in app.values())
    assert (SITES / "outside.html").resolve().as_uri() not in crawled.documents


def test_unreachable_source_is_reported(full):
    crawled, _, _ = full
    dead = crawled.summary.source(4)
    assert dead.unreachable and dead.stored == 0
    assert dead.failed[0].reason == "connection refused after 1 retry"
    assert [s.source for s in crawled.summary.unreachable] == [4]


def test_credentials_are_sent_to_the_site_and_never_logged(full):
    crawled, requests, _ = full
    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert requests and all(r.headers.get("Authorization") == expected for r in requests)
    assert "Crawled (200)" in crawled.log  # the debug log was on
    for secret in (PASSWORD, expected.split()[1]):
        assert secret not in crawled.log


@pytest.fixture(scope="module")
def new_home(http_server):
    """The same site on another port: another host, as far as a crawl is concerned."""
    return http_server(WEB)


@pytest.fixture(scope="module")
def limited(site, new_home, http_server, tmp_path_factory):
    old_home = http_server(WEB, routes={"/old-site/": (301, {"Location": new_home + "chain/"}, b"")})
    directory = tmp_path_factory.mktemp("limited")
    config = _write_config(
        directory,
        [
            {"channel": "website", "urls": [site + "chain/"], "depth": 2},
            {"channel": "branch", "spider": "website", "urls": [site + "wide/"], "max_pages": 4},
            {"channel": "moved", "spider": "website", "urls": [old_home + "old-site/"], "depth": 1},
        ],
        {"autothrottle": False, "obey_robots": False},
    )
    before = len(site.requests)
    crawled = _crawl(config)
    return crawled, site.requests[before:]


def test_depth_is_honoured(limited, site):
    crawled, requests = limited
    chain = sorted(u.removeprefix(site) for u, d in crawled.documents.items() if d.source == 0)
    assert chain == ["chain/", "chain/1.html", "chain/2.html"]
    assert "/chain/3.html" not in _paths(requests)


def test_max_pages_is_honoured(limited, site):
    crawled, requests = limited
    wide = sorted(u.removeprefix(site) for u, d in crawled.documents.items() if d.source == 1)
    assert wide == ["wide/", "wide/p1.html", "wide/p2.html", "wide/p3.html"]  # breadth first, in page order
    assert len([p for p in _paths(requests) if p.startswith("/wide/")]) == 4
    assert "/robots.txt" not in _paths(requests)  # obey_robots = false


def test_a_start_url_that_redirects_to_another_host_moves_the_site(limited, new_home):
    crawled, _ = limited
    moved = sorted(u for u, d in crawled.documents.items() if d.source == 2)
    assert moved == [new_home + "chain/", new_home + "chain/1.html"]


def test_only_fetches_the_named_documents_without_following_links(site, tmp_path):
    config = _write_config(
        tmp_path,
        [
            {"channel": "website", "urls": [site]},
            {"channel": "faq", "urls": [site + "faq/"]},
            {"channel": "app", "spider": "website", "urls": [(FILES / "index.html").as_uri()]},
        ],
        {"autothrottle": False},
    )
    draft = FILES / "sub" / "page.html"
    crawled = _crawl(config, only=[site + "faq/delivery.html", site + "about.html", str(draft), "https://unknown.example/x.html"])
    channels = {u: d.channel for u, d in crawled.documents.items()}
    assert channels == {site + "faq/delivery.html": "faq", site + "about.html": "website", draft.resolve().as_uri(): "app"}
    assert [f.url for f in crawled.summary.unassigned] == ["https://unknown.example/x.html"]
    assert {s.source for s in crawled.summary.sources} == {0, 1, 2}


def test_a_crawl_process_that_fails_raises(tmp_path):
    config_path = _write_config(tmp_path, [{"channel": "website", "urls": ["http://127.0.0.1:9/"]}])
    config = load_config(config_path)
    store = Store(tmp_path / "c.db")
    run = store.begin_run(str(config_path), ["website"])
    config_path.unlink()  # the subprocess loads the config again and cannot
    with contextlib.redirect_stderr(io.StringIO()) as log:
        with pytest.raises(CrawlProcessError, match="incomplete"):
            crawl(config, store, run)
    assert "config file not found" in log.getvalue()
    assert list(store.documents(run)) == []


def test_a_spider_that_cannot_start_fails_the_crawl(tmp_path, monkeypatch):
    # a password that is not valid Unicode (undecodable bytes in the environment)
    monkeypatch.setenv("CONSISTENCY_HTTP_USER", "bot")
    monkeypatch.setenv("CONSISTENCY_HTTP_PASSWORD", "\udcff")
    config_path = _write_config(tmp_path, [{"channel": "website", "urls": [(FILES / "index.html").as_uri()]}])
    with pytest.raises(CrawlProcessError, match="exit status 4"):
        _crawl(config_path)
