"""The shared Scrapy spider of a [[source]]: start pages, link following, Documents and failures.

Each source is crawled by one spider instance. It yields two kinds of items:
`Document` for every page it could read and `CrawlFailure` for every page it
could not, with a reason a user can act on ("not found (404)", "HTTP 503
after 2 retries", "skipped: disallowed by robots.txt"). The crawl process
stores them.

Ownership: a page reached by this spider is stored as belonging to the source
that owns it (`consistency.crawl.ownership.owner_of`), read the way that
source's spider reads (an FAQ page reached by the website crawl is stored as
`faq`), and the process stores each URL once. A page no source covers belongs
to the spider that reached it.

Links are read with `response.css("a::attr(href)")` and already-requested URLs
are dropped before a Request is built: Scrapy's LinkExtractor and pushing
duplicate requests through the scheduler each halve throughput
(FIELD-NOTES, "Where a crawl's time goes").

Faults and hostile input (docs/faults.md): every page the spider asks for
ends as a Document or a CrawlFailure, never silently. Redirect loops are
caught at their first repeated URL (`LoopAwareRedirectMiddleware`; Scrapy's
duplicate filter would drop them without a word); a redirect to another port
is another site (`SiteOffsiteMiddleware`); a page over max_page_bytes, a gzip
bomb, binary content served as text/html and text that would decode to
mojibake are skipped with a reason naming the URL; a followed file:// link
must stay inside the start's directory tree once symlinks are resolved, and
devices, FIFOs and oversized files are refused before they are opened.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, AsyncIterator, ClassVar, Iterable, Iterator, Sequence
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.downloadermiddlewares.httpauth import HttpAuthMiddleware
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.response import get_base_url
from scrapy.extensions.throttle import AutoThrottle
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.logformatter import LogFormatter
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error
from w3lib.http import basic_auth_header
from w3lib.url import file_uri_to_path

from consistency.config import Source
from consistency.crawl.formats import NotADocument, document_format, encoding_problem, guess_content_type, read_alike
from consistency.crawl.ownership import owner_of
from consistency.crawl.records import CrawlFailure, PageLinks
from consistency.crawl.revalidation import REVALIDATED, VALIDATOR_HEADERS, Revalidation
from consistency.documents.document import Document, content_hash
from consistency.store import StoredDocument

USER_ENV = "CONSISTENCY_HTTP_USER"
PASSWORD_ENV = "CONSISTENCY_HTTP_PASSWORD"
AUTH_HOSTS_SETTING = "CONSISTENCY_AUTH_HOSTS"

_FOLLOWED_SCHEMES = ("http", "https", "file")
_SKIPPED_SUFFIXES = tuple("." + e for e in IGNORED_EXTENSIONS) + (".xml", ".gz", ".woff", ".woff2", ".ttf", ".avif", ".heic")
_LINK_FORMATS = {"html", "faq", "markdown"}
_INDEX_NAMES = ("index.html", "index.htm", "index.md")
# Markdown links: scan from "](" only, so the cost is linear in the text
_MARKDOWN_LINK = re.compile(rb"\]\(\s{0,4}<?([^()\s<>]{1,2048})")
_MARKDOWN_TITLE = re.compile(r"^#{1,2}[ \t]{1,8}(\S[^\n]{0,300})", re.M)
_SPACES = re.compile(r"\s+")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SYSTEM_TREES = ("/proc/", "/sys/", "/dev/")


def host_key(url: str) -> str:
    """Host as a crawl compares sites: lower-cased, with a port only when it is not the default."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return host
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def file_root(url: str) -> str:
    """The directory tree a file:// start URL lets the crawl follow links in, as a URL prefix."""
    path = Path(file_uri_to_path(url))
    directory = path if path.is_dir() else path.parent
    root = directory.as_uri()
    return root if root.endswith("/") else root + "/"


def start_url_of_path(path: str) -> str:
    """The absolute file:// URL of a document named in `paths`."""
    return Path(path).resolve().as_uri()


def web_hosts(urls: Iterable[str]) -> list[str]:
    """Host names of the http(s) URLs among `urls`: the only hosts credentials are sent to."""
    hosts = {(urlsplit(u).hostname or "").lower() for u in urls if u.startswith(("http:", "https:"))}
    return sorted(hosts - {""})


class RedirectLoop(IgnoreRequest):
    """A redirect back to a URL already in the request's redirect chain, or a chain longer than REDIRECT_MAX_TIMES."""


class _LoopAware:
    """Stops a redirect chain at its first repeated URL and says so.

    Scrapy's own middleware sends a redirected request through the
    duplicate filter, so a followed link that redirects A -> B -> A is dropped
    there without a word: the page vanished from the crawl with no failure
    recorded. Here the loop becomes a failure naming the chain.
    """

    def _redirect(self, redirected: scrapy.Request, request: scrapy.Request, reason: Any) -> scrapy.Request:
        """The next request of the chain, or raise RedirectLoop."""
        chain = [*request.meta.get("redirect_urls", []), request.url]
        target = redirected.url.partition("#")[0]
        if target in (u.partition("#")[0] for u in chain):
            raise RedirectLoop("redirect loop: " + " -> ".join([*chain, redirected.url]))
        if len(chain) > self.max_redirect_times:  # type: ignore[attr-defined]
            raise RedirectLoop(f"more than {self.max_redirect_times} redirects in a row, last to {redirected.url}")  # type: ignore[attr-defined]
        # a redirect to a page requested by another link still goes through
        # the duplicate filter: that page's own request stores it or fails
        redirected = super()._redirect(redirected, request, reason)  # type: ignore[misc]
        # validators describe the URL asked for: a 304 from the target must not stand for the stored page
        for name in VALIDATOR_HEADERS:
            redirected.headers.pop(name, None)
        redirected.meta.pop(REVALIDATED, None)
        redirected.meta.pop("handle_httpstatus_list", None)
        return redirected


class SiteOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, with the port counted: 127.0.0.1:8001 is not the site 127.0.0.1:8000 is.

    Scrapy compares host names only, so a followed link that redirects to
    another port of the same host (another service, another site) went
    through. The spider's own notion of its site (`SourceSpider.on_site`:
    host and port of the start URLs, plus `allowed_domains`) decides.
    """

    def should_follow(self, request: scrapy.Request, spider: Any) -> bool:
        if not super().should_follow(request, spider):
            return False
        on_site = getattr(spider, "on_site", None)
        return on_site is None or request.url.startswith("file:") or on_site(request.url)


class RevalidatingAutoThrottle(AutoThrottle):
    """Scrapy's AutoThrottle, with a 304 Not Modified counted as an answer like a 200.

    AutoThrottle never lowers its delay on a response other than 200 (error
    pages are small and fast, and would speed up a crawl that ought to slow
    down). A re-crawl of an unchanged site is nearly all 304s, so it would
    keep AUTOTHROTTLE_START_DELAY for every request: 6 pages/s instead of
    hundreds, measured. A 304 is the server's real answer for an unchanged
    page, and its latency is what revalidating the next one costs.
    """

    def _adjust_delay(self, slot: Any, latency: float, response: Response) -> None:
        if response.status == 304:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)


class LoopAwareRedirectMiddleware(_LoopAware, RedirectMiddleware):
    """Scrapy's 3xx redirects, with loops reported as failures."""


class LoopAwareMetaRefreshMiddleware(_LoopAware, MetaRefreshMiddleware):
    """Scrapy's <meta http-equiv="refresh"> redirects, with loops reported as failures."""


def failure_reason(exc: BaseException, request: scrapy.Request, timeout: float) -> str:
    """A user-facing reason for a page that could not be fetched."""
    retries = request.meta.get("retry_times", 0)
    after = f" after {retries} retr{'y' if retries == 1 else 'ies'}" if retries else ""
    if isinstance(exc, HttpError):
        return http_status_reason(exc.response.status, retries)
    if isinstance(exc, RedirectLoop):
        return str(exc)[:500]
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if "robots.txt" in message:
            return "skipped: disallowed by robots.txt"
        if "offsite" in message.lower():
            return "skipped: outside allowed_domains"
        if "DOWNLOAD_MAXSIZE" in message:
            # HttpCompressionMiddleware stops inflating at the limit: a gzip bomb ends here
            return "skipped: larger than max_page_bytes once decompressed"
        if message == "max redirections reached":
            return "too many redirects"
        return f"skipped: {message}" if message else "skipped"
    if isinstance(exc, (DownloadTimeoutError, twisted_error.TimeoutError)):
        return f"timed out after {timeout:g} s{after}"
    if isinstance(exc, (CannotResolveHostError, twisted_error.DNSLookupError)):
        return "DNS lookup failed"
    if isinstance(exc, (DownloadConnectionRefusedError, twisted_error.ConnectionRefusedError)):
        return f"connection refused{after}"
    if isinstance(exc, DownloadCancelledError):
        # nothing else cancels a download in our crawl: Scrapy cancels at
        # DOWNLOAD_MAXSIZE, with the size in the message only when the server
        # declared it; a body streamed past the limit is cancelled without one
        return "skipped: larger than max_page_bytes"
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, ResponseDataLossError):
        return f"connection closed before the page was complete{after}"
    if isinstance(exc, UnsupportedURLSchemeError):
        return "unsupported URL scheme"
    if isinstance(exc, (DownloadFailedError, twisted_error.ConnectError, twisted_error.ConnectionLost, twisted_error.ConnectionDone)):
        message = str(exc)
        if "SSL" in message or "TLS" in message or "certificate" in message:
            return "TLS handshake failed"
        return f"connection failed{after}"
    return f"download failed ({type(exc).__name__}: {str(exc)[:200]}){after}"


_STATUS_NAMES = {
    401: "unauthorized (401): set CONSISTENCY_HTTP_USER and CONSISTENCY_HTTP_PASSWORD for a protected site",
    403: "forbidden (403)",
    404: "not found (404)",
    410: "gone (410)",
}


def http_status_reason(status: int, retries: int = 0) -> str:
    """A user-facing reason for an HTTP error status."""
    if status in _STATUS_NAMES:
        return _STATUS_NAMES[status]
    after = f" after {retries} retr{'y' if retries == 1 else 'ies'}" if retries else ""
    return f"HTTP {status}{after}"


class EnvHttpAuthMiddleware(HttpAuthMiddleware):
    """HTTP basic auth for protected staging sites, from CONSISTENCY_HTTP_USER / CONSISTENCY_HTTP_PASSWORD.

    Scrapy's own middleware takes the credentials from settings, and Scrapy logs
    overridden settings at INFO: reading the environment here keeps them out of
    every log. They are sent only to the hosts of the source's start URLs.
    """

    def __init__(self, auth: bytes | None = None, hosts: Iterable[str] = ()):
        super().__init__()
        self._auth = auth
        self._hosts = frozenset(h.lower() for h in hosts)

    @classmethod
    def from_crawler(cls, crawler: Any) -> EnvHttpAuthMiddleware:
        user, password = os.environ.get(USER_ENV, ""), os.environ.get(PASSWORD_ENV, "")
        # UTF-8, as RFC 7617 advises: a Cyrillic password cannot be sent in Latin-1
        auth = basic_auth_header(user, password, encoding="utf-8") if (user or password) else None
        return cls(auth, crawler.settings.getlist(AUTH_HOSTS_SETTING))

    def process_request(self, request: scrapy.Request, spider: Any = None) -> None:
        if self._auth and b"Authorization" not in request.headers:
            host = (urlsplit(request.url).hostname or "").lower()
            if host in self._hosts:
                request.headers[b"Authorization"] = self._auth
        return None


class ItemLogFormatter(LogFormatter):
    """Logs a stored item as its kind and URL: Scrapy's default logs the whole Document, body bytes and all."""

    def scraped(self, item: Any, response: Any, spider: Any) -> Any:
        entry = super().scraped(item, response, spider)
        entry["msg"] = "Scraped %(item)s"
        entry["args"] = {"item": _item_label(item)}
        return entry

    def item_error(self, item: Any, exception: BaseException, response: Any, spider: Any) -> Any:
        entry = super().item_error(item, exception, response, spider)
        entry["args"] = {**entry.get("args", {}), "item": _item_label(item)}
        return entry


def _item_label(item: Any) -> str:
    if isinstance(item, Document):
        return f"{item.format} document {item.url} ({len(item.body)} bytes, {item.channel})"
    if isinstance(item, CrawlFailure):
        return f"failure {item.url}: {item.reason}"
    return type(item).__name__


class SourceSpider(scrapy.Spider):
    """Crawls one [[source]]; subclasses set `kind` (how owned documents are read) and `follows`."""

    name = "source"
    kind: ClassVar[str] = "website"
    follows: ClassVar[bool] = True  # whether this kind of spider ever follows links

    def __init__(self, source: Source, sources: Sequence[Source], only: Sequence[str] | None = None,
                 revalidation: Revalidation | None = None, **kwargs: Any):
        super().__init__(name=f"{self.kind}-{source.index}", **kwargs)
        self.source = source
        # pages of the last complete run, asked about with their validators (crawl/revalidation.py)
        self.revalidation = revalidation
        self._joined: dict[tuple[str, str], str] = {}  # urljoin by (directory of the page, href): see page_links
        self.sources = tuple(sources)
        self._by_index = {s.index: s for s in self.sources}
        if only is not None:
            self.start_urls = list(dict.fromkeys(only))
        else:
            self.start_urls = list(dict.fromkeys([*source.urls, *(start_url_of_path(p) for p in source.paths)]))
        self.follow = self.follows and source.follow_links and only is None
        self.max_depth = source.depth
        self.site_hosts = {host_key(u) for u in self.start_urls if not u.startswith("file:")}
        self.extra_domains = tuple(d.lower() for d in source.allowed_domains)
        # Scrapy's OffsiteMiddleware reads this: a followed link that redirects
        # off the site is dropped before it is fetched
        self.allowed_domains = sorted({*self.extra_domains, *web_hosts(self.start_urls)})
        self.file_roots = tuple(dict.fromkeys(file_root(u) for u in self.start_urls if u.startswith("file:")))
        self._resolved_roots = tuple(Path(file_uri_to_path(r)).resolve() for r in self.file_roots)
        self.requested: set[str] = set()
        self.budget = max(source.max_pages - len(self.start_urls), 0)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            self.requested.add(url)
            if url.startswith("file:"):
                path = Path(file_uri_to_path(url))
                if path.is_dir():
                    index = next((path / n for n in _INDEX_NAMES if (path / n).is_file()), None)
                    if index is None:
                        yield CrawlFailure(self._owner_index(url), url, "is a directory with no index.html")
                        continue
                    url = index.as_uri()
                    self.requested.add(url)
                refused = self._unreadable_file(url)
                if refused:
                    yield CrawlFailure(self._owner_index(url), url, refused)
                    continue
            yield self._request(url, start=True)

    def _request(self, url: str, *, start: bool = False) -> scrapy.Request:
        meta: dict[str, Any] = {"start": True} if start else {}
        headers: dict[str, str] = {}
        if url.startswith("file:"):
            meta["dont_retry"] = True  # a missing file stays missing; OSError is in RETRY_EXCEPTIONS
            meta["allow_offsite"] = True  # a file has no host for OffsiteMiddleware to check
        elif self.revalidation is not None:
            owner = self._by_index.get(self._owner_index(url), self.source)
            stored = self.revalidation.stored(url, owner.index, owner.channel)
            if stored is not None:
                headers = Revalidation.headers(stored)
                meta[REVALIDATED] = stored
                meta["handle_httpstatus_list"] = [304]  # an answer, not an error, for HttpErrorMiddleware
        # start URLs are named in the config: fetched even if they redirect to another host
        return scrapy.Request(url, callback=self.parse, errback=self.errback, meta=meta, headers=headers or None,
                              dont_filter=start)

    # reading a page ---------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if response.meta.get("start") and response.url.startswith(("http:", "https:")):
            # a start URL that redirects (example.com -> www.example.com) moves the site with it
            self.site_hosts.add(host_key(response.url))
            self.allowed_domains = sorted({*self.allowed_domains, *web_hosts([response.url])})
        if response.status == 304:
            yield from self._unchanged(response)
            return
        owner = self._by_index.get(self._owner_index(response.url), self.source)
        is_file = response.url.startswith("file:")
        header_type = _header(response, b"Content-Type") or ""
        content_type = header_type if not is_file else guess_content_type(response.url)
        limit = self.settings.getint("DOWNLOAD_MAXSIZE")
        if is_file and limit and len(response.body) > limit:
            yield CrawlFailure(owner.index, response.url, f"skipped: larger than max_page_bytes ({limit} bytes)")
            return
        try:
            fmt = document_format(owner.spider, response.url, content_type, response.body)
        except NotADocument as exc:
            yield CrawlFailure(owner.index, response.url, str(exc))
            return
        garbled = encoding_problem(response.body, content_type)
        if garbled:
            yield CrawlFailure(owner.index, response.url, garbled)
            return
        if fmt in ("html", "faq") and not isinstance(response, TextResponse):
            response = response.replace(cls=HtmlResponse)
        title, language = self._title_and_language(response, fmt)
        yield Document(
            url=response.url,
            channel=owner.channel,
            source=owner.index,
            format=fmt,
            body=response.body,
            status=response.status,
            content_type=content_type,
            title=title,
            language=language or _first_language(_header(response, b"Content-Language")),
            last_modified=_header(response, b"Last-Modified"),
            etag=_header(response, b"ETag"),
            fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        if self.follow and fmt in _LINK_FORMATS and self.budget > 0 and response.meta.get("depth", 0) < self.max_depth:
            links = self.page_links(response, fmt)
            if self.revalidation is not None:  # kept for the next crawl, which may get a 304 for this page
                yield PageLinks(response.url, content_hash(response.body), tuple(links))
            yield from self._follow(links)

    def _unchanged(self, response: Response) -> Iterator[Any]:
        """A 304 to a conditional request: the stored document again, its links followed from what was kept."""
        stored: StoredDocument | None = response.meta.get(REVALIDATED)
        if stored is None or stored.document.url != response.url:
            # a 304 to a request we sent no validators with (or one that was redirected): ask again, plainly
            yield self._plain_request(response.request)
            return
        owner = self._by_index.get(self._owner_index(response.url), self.source)
        unchanged = self.revalidation.unchanged(stored, etag=_header(response, b"ETag"),
                                                last_modified=_header(response, b"Last-Modified"))
        fmt = stored.document.format
        body: bytes | None = None
        if read_alike(owner.spider, fmt):
            yield unchanged
        else:  # the source's spider changed: sniff the stored body as a fetched one would be
            body = self.revalidation.body(stored)
            try:
                fmt = document_format(owner.spider, response.url, stored.document.content_type, body)
            except NotADocument as exc:
                yield CrawlFailure(owner.index, response.url, str(exc))
                return
            yield replace(unchanged.document, body=body, format=fmt, fetched_at=unchanged.fetched_at)
        if self.follow and fmt in _LINK_FORMATS and self.budget > 0 and response.meta.get("depth", 0) < self.max_depth:
            links = self.revalidation.links(stored)
            if links is None:  # not kept (the page was not followed then): read them from the stored body
                page = (HtmlResponse if fmt != "markdown" else TextResponse)(
                    url=response.url, body=body if body is not None else self.revalidation.body(stored),
                    headers={"Content-Type": stored.document.content_type or "text/html"}, request=response.request)
                links = self.page_links(page, fmt)
                yield PageLinks(response.url, stored.content_hash, tuple(links))
            yield from self._follow(links)

    def _plain_request(self, request: scrapy.Request) -> scrapy.Request:
        """The request again without validators, past the duplicate filter (its URL was requested already)."""
        headers = request.headers.copy()
        for name in VALIDATOR_HEADERS:
            headers.pop(name, None)
        meta = {k: v for k, v in request.meta.items() if k not in (REVALIDATED, "handle_httpstatus_list")}
        return request.replace(headers=headers, meta=meta, dont_filter=True)

    def _title_and_language(self, response: Response, fmt: str) -> tuple[str | None, str | None]:
        if fmt in ("html", "faq") and isinstance(response, TextResponse):
            title = response.css("title::text").get()
            language = response.xpath("/html/@lang").get() or response.xpath("/html/@xml:lang").get()
            title = _SPACES.sub(" ", title).strip()[:500] if title else None
            return title or None, (language.strip() or None) if language else None
        if fmt == "markdown":
            match = _MARKDOWN_TITLE.search(response.body[:4096].decode("utf-8", errors="ignore"))
            return (match.group(1).strip() if match else None), None
        return None, None

    def page_links(self, response: Response, fmt: str) -> list[str]:
        """Every link of a page as an absolute URL without its fragment, first occurrences in page order, for a
        scheme the crawl follows: what the page says, whatever this crawl has requested already.

        hrefs come from lxml directly (parsel would build a Selector per link,
        ~130 a page), and urljoin is memoized by the page's directory: the
        menu's links repeat on every page of a directory.
        """
        if fmt == "markdown":
            hrefs: Iterable[str] = (m.group(1).decode("utf-8", errors="ignore") for m in _MARKDOWN_LINK.finditer(response.body))
        else:
            hrefs = response.selector.root.xpath("//a/@href | //area/@href") if isinstance(response, TextResponse) else ()
        base = get_base_url(response) if isinstance(response, TextResponse) else response.url
        directory = _directory(base)
        joined = self._joined
        if len(joined) > 100_000:
            joined.clear()
        out: dict[str, None] = {}
        for href in hrefs:
            href = str(href).strip()
            if not href or href[0] == "#":
                continue
            # a path joins onto the page's directory; a query alone ("?page=2") onto the whole page URL
            key = (base, href) if href[0] == "?" else (directory, href)
            url = joined.get(key)
            if url is None:
                try:
                    url = urljoin(base, href).partition("#")[0]
                except ValueError:
                    continue
                joined[key] = url
            if url.partition(":")[0].lower() in _FOLLOWED_SCHEMES:
                out[url] = None
        return list(out)

    def _follow(self, links: Iterable[str]) -> Iterator[scrapy.Request | CrawlFailure]:
        for link in links:
            url = self._link(link)
            if url is None:
                continue
            self.requested.add(url)
            self.budget -= 1
            refused = self._unreadable_file(url) if url.startswith("file:") else None
            if refused:
                yield CrawlFailure(self._owner_index(url), url, refused)
            else:
                yield self._request(url)
            if self.budget <= 0:
                return

    def _unreadable_file(self, url: str) -> str | None:
        """Why a file:// URL must not be opened (a system file, a device, a FIFO, too big), or None.

        Checked before Scrapy reads the file, which it does whole: a symlink
        to /dev/zero or a 5 GB export would otherwise fill the memory.
        """
        path = file_uri_to_path(url)
        try:
            info = os.stat(path)
            real = os.path.realpath(path)
        except OSError:
            return None  # the request fails with the precise reason (not found, permission denied)
        if real.startswith(_SYSTEM_TREES):
            # /proc/self/environ holds CONSISTENCY_HTTP_PASSWORD: never store it as a document
            return "skipped: a system file (/proc, /sys, /dev), not a document"
        if not stat.S_ISREG(info.st_mode):
            return "skipped: not a regular file (a device, a FIFO or a socket)"
        limit = self.settings.getint("DOWNLOAD_MAXSIZE")
        if limit and info.st_size > limit:
            return f"skipped: larger than max_page_bytes ({limit} bytes)"
        return None

    def _link(self, url: str) -> str | None:
        """The URL to follow for a page's link (see page_links), or None (other site, not a page, already requested)."""
        scheme = url.partition(":")[0].lower()
        if url in self.requested:
            return None
        if scheme == "file":
            if not url.startswith(self.file_roots) or not self._inside_file_roots(url):
                return None
            if url.endswith("/"):
                directory = Path(file_uri_to_path(url))
                index = next((n for n in _INDEX_NAMES if (directory / n).is_file()), None)
                if index is None:
                    return None
                url += index
                if url in self.requested:
                    return None
        elif not self.on_site(url):
            return None
        if unquote(urlsplit(url).path).lower().endswith(_SKIPPED_SUFFIXES):
            return None
        return url

    def _inside_file_roots(self, url: str) -> bool:
        """Whether a linked file, symlinks resolved, is still inside a start URL's directory tree.

        A symlink in a site checkout that points out of it (to ~/.ssh, to
        /etc) must not bring that file into the store and the reports.
        """
        try:
            target = Path(file_uri_to_path(url)).resolve()
        except (OSError, RuntimeError, ValueError):
            return False
        return any(target.is_relative_to(root) for root in self._resolved_roots)

    def on_site(self, url: str) -> bool:
        """Whether an http(s) URL is on this source's site: a start URL's host and port, or allowed_domains."""
        host = host_key(url)
        if host in self.site_hosts:
            return True
        bare = host.partition(":")[0]
        return any(bare == d or bare.endswith("." + d) for d in self.extra_domains)

    def _owner_index(self, url: str) -> int:
        owner = owner_of(url, self.sources)
        return self.source.index if owner is None else owner

    # failures ---------------------------------------------------------------

    def errback(self, failure: Any) -> Iterator[CrawlFailure]:
        """Turn a failed request (HTTP error, timeout, robots.txt, ...) into a CrawlFailure item."""
        request = failure.request
        exc = failure.value
        if isinstance(exc, IgnoreRequest) and not isinstance(exc, HttpError) and "offsite" in str(exc).lower():
            return  # a link that redirects off the site: not followed, like a link to another site
        if isinstance(exc, HttpError):
            url = exc.response.url
        elif isinstance(exc, RedirectLoop):
            url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL that was linked
        else:
            url = request.url
        reason = failure_reason(exc, request, self.settings.getfloat("DOWNLOAD_TIMEOUT"))
        yield CrawlFailure(self._owner_index(url), url, reason)


def _directory(url: str) -> str:
    """What a relative path joins onto: the URL up to its path's last "/" (the whole URL when it has no path)."""
    stem = url.partition("#")[0].partition("?")[0]
    authority = stem.find("//")
    path = stem.find("/", authority + 2) if authority >= 0 else stem.find("/")
    return stem[: stem.rfind("/") + 1] if path >= 0 else stem


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    if not value:
        return None
    return value.decode("latin-1").strip() or None


def _first_language(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(",")[0].strip() or None
