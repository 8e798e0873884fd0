"""A loopback HTTP server that misbehaves on purpose, for the fault tests and bench/faults.py.

`FaultServer` serves on 127.0.0.1 only (never another address), on a free
port, in daemon threads. Each path answers with a `Behaviour`: a fixed
response, a server error that heals after N tries, a hang, a body dripped a
few bytes at a time, a body cut off mid-way, a connection dropped before any
answer, a 50 MB stream, a gzip bomb, a page behind HTTP basic auth, or a slow
page that counts how many requests are in flight at once. `routes` is a plain dict the test may change
between two crawls (a page that used to exist and is now gone).

Hand-written over http.server rather than reusing tests/conftest.py's
`http_server`: that one answers each path with a fixed status and body and
cannot hang, drip, cut a body or drop a connection.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator, Mapping
from urllib.parse import urlsplit

import pytest


@dataclass(frozen=True)
class Served:
    """One request the server received."""

    method: str
    path: str
    headers: Mapping[str, str]


class Behaviour:
    """How the server answers one path; `answer` writes to the handler's socket."""

    def answer(self, handler: FaultHandler) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Page(Behaviour):
    """A fixed response: status, body and headers (Content-Length is added unless `length` is False)."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    length: bool = True

    def answer(self, handler: FaultHandler) -> None:
        handler.send_response(self.status)
        if self.content_type:
            handler.send_header("Content-Type", self.content_type)
        for name, value in self.headers:
            handler.send_header(name, value)
        if self.length:
            handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(self.body)


def redirect(location: str, status: int = 302) -> Page:
    """A redirect to `location` (absolute, or a path on the same server)."""
    return Page(b"", status, None, (("Location", location),))


@dataclass
class Flaky(Behaviour):
    """`failures` answers with `status`, then `then` for good: a server that recovers while the crawl retries."""

    failures: int
    then: Behaviour
    status: int = 503
    seen: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def answer(self, handler: FaultHandler) -> None:
        with self._lock:
            self.seen += 1
            failing = self.seen <= self.failures
        if failing:
            Page(b"<h1>Service Unavailable</h1>", self.status).answer(handler)
        else:
            self.then.answer(handler)


@dataclass(frozen=True)
class Hang(Behaviour):
    """Reads the request and never answers (until the server stops or `seconds` pass)."""

    seconds: float = 60.0

    def answer(self, handler: FaultHandler) -> None:
        handler.server.stopping.wait(self.seconds)
        handler.close_connection = True


@dataclass(frozen=True)
class Drip(Behaviour):
    """Sends headers, then one small chunk every `interval` seconds, forever (a slowloris server)."""

    interval: float = 0.2
    seconds: float = 60.0

    def answer(self, handler: FaultHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.end_headers()
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline and not handler.server.stopping.is_set():
            try:
                handler.wfile.write(b"<p>still loading</p>\n")
                handler.wfile.flush()
            except OSError:
                return
            handler.server.stopping.wait(self.interval)


@dataclass(frozen=True)
class CutOff(Behaviour):
    """Declares `declared` bytes, sends the first `sent` of `body`, then closes the connection."""

    body: bytes
    sent: int

    def answer(self, handler: FaultHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        handler.wfile.write(self.body[: self.sent])
        handler.wfile.flush()
        _drop(handler)


@dataclass(frozen=True)
class Drop(Behaviour):
    """Closes the connection without a byte of answer (a crashed backend behind a proxy)."""

    def answer(self, handler: FaultHandler) -> None:
        _drop(handler)


@dataclass(frozen=True)
class Stream(Behaviour):
    """`size` bytes of an HTML page generated on the fly, with or without a Content-Length."""

    size: int
    declare_length: bool = True

    def answer(self, handler: FaultHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if self.declare_length:
            handler.send_header("Content-Length", str(self.size))
        handler.end_headers()
        chunk = b"<p>" + "Пн–Пт 9:00–21:00 ".encode() * 60 + b"</p>\n"
        left = self.size
        try:
            while left > 0 and not handler.server.stopping.is_set():
                piece = chunk[:left]
                handler.wfile.write(piece)
                left -= len(piece)
        except OSError:
            pass  # the crawler hung up at its size limit, as it should
        finally:
            with handler.server.lock:
                handler.server.sent[handler.path] = handler.server.sent.get(handler.path, 0) + self.size - left
        handler.close_connection = True


@dataclass(frozen=True)
class Compressed(Behaviour):
    """A body sent with Content-Encoding (gzip or deflate): a gzip bomb when the body inflates hugely."""

    body: bytes
    encoding: str = "gzip"
    content_type: str = "text/html; charset=utf-8"

    def answer(self, handler: FaultHandler) -> None:
        Page(self.body, 200, self.content_type, (("Content-Encoding", self.encoding),)).answer(handler)


@dataclass(frozen=True)
class Protected(Behaviour):
    """`inner` for requests with HTTP basic auth `user`:`password`, 401 for any other."""

    inner: Behaviour
    user: str
    password: str

    def answer(self, handler: FaultHandler) -> None:
        import base64

        expected = "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        if handler.headers.get("Authorization") == expected:
            self.inner.answer(handler)
        else:
            Page(b"<h1>401</h1>", 401, headers=(("WWW-Authenticate", 'Basic realm="staging"'),)).answer(handler)


@dataclass
class Slow(Behaviour):
    """Answers after `seconds`, counting how many requests to slow pages are in flight at once."""

    body: bytes
    seconds: float = 0.3

    def answer(self, handler: FaultHandler) -> None:
        server = handler.server
        with server.lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            server.stopping.wait(self.seconds)
            Page(self.body).answer(handler)
        finally:
            with server.lock:
                server.in_flight -= 1


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of a few hundred KB that inflates to `inflated` bytes of HTML."""
    out = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    parts = [out.compress(b"<html><body>")]
    block = b" " * (1 << 20)
    for _ in range(inflated >> 20):
        parts.append(out.compress(block))
    parts.append(out.flush())
    return b"".join(parts)


def gzipped(body: bytes) -> bytes:
    return gzip.compress(body)


def _drop(handler: FaultHandler) -> None:
    handler.close_connection = True
    try:
        handler.wfile.flush()
        # RST rather than FIN: the crawler sees the connection lost, not a short body
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        handler.connection.close()
    except OSError:
        pass


class FaultHandler(BaseHTTPRequestHandler):
    server: FaultHTTPServer
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do: a dropped connection is then a fault

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.received.append(Served(self.command, self.path, dict(self.headers.items())))
        behaviour = self.server.routes.get(path)
        if behaviour is None:
            Page(b"<h1>Not Found</h1>", 404).answer(self)
        else:
            behaviour.answer(self)

    do_HEAD = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass  # `received` holds what was asked


class FaultHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, routes: dict[str, Behaviour]):
        super().__init__(("127.0.0.1", 0), FaultHandler)
        self.routes = routes
        self.received: list[Served] = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.sent: dict[str, int] = {}  # path -> body bytes a Stream sent before the client hung up


class FaultSite(str):
    """The base URL of a running fault server ("http://127.0.0.1:PORT/"), with its routes and requests."""

    server: FaultHTTPServer

    def __new__(cls, server: FaultHTTPServer) -> FaultSite:
        host, port = server.server_address[:2]
        site = super().__new__(cls, f"http://{host}:{port}/")
        site.server = server
        return site

    @property
    def routes(self) -> dict[str, Behaviour]:
        return self.server.routes

    @property
    def requests(self) -> list[Served]:
        return self.server.received

    def paths(self) -> list[str]:
        """Paths requested so far (without query strings), in order."""
        return [urlsplit(r.path).path for r in list(self.server.received)]

    @property
    def max_in_flight(self) -> int:
        return self.server.max_in_flight

    def sent(self, path: str) -> int:
        """Body bytes a Stream route sent before the client hung up."""
        return self.server.sent.get(path, 0)

    def stop(self) -> None:
        self.server.stopping.set()
        self.server.shutdown()
        self.server.server_close()


def start_fault_server(routes: Mapping[str, Behaviour]) -> FaultSite:
    """Start a fault server on 127.0.0.1 with a copy of `routes`; stop it with `.stop()`."""
    server = FaultHTTPServer(dict(routes))
    threading.Thread(target=server.serve_forever, name="fault server", daemon=True).start()
    return FaultSite(server)


@pytest.fixture(scope="session")
def fault_server() -> Iterator[Callable[[Mapping[str, Behaviour]], FaultSite]]:
    """Factory: fault_server(routes) -> FaultSite on 127.0.0.1; every server stops at the end of the session."""
    sites: list[FaultSite] = []

    def serve(routes: Mapping[str, Behaviour]) -> FaultSite:
        site = start_fault_server(routes)
        sites.append(site)
        return site

    yield serve
    for site in sites:
        site.stop()
