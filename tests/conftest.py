"""Shared pytest fixtures.

`http_server` serves a directory over HTTP on 127.0.0.1 (never another
address) with a ThreadingHTTPServer on a free port, in a thread:

    def test_site(http_server):
        base = http_server("tests/sites/crawl/web")           # "http://127.0.0.1:PORT/"
        base = http_server(root, routes={"/old": (301, {"Location": "/new.html"}, b"")})
        ...
        assert "/private/secret.html" not in base.paths()     # what was requested

It is a factory so that one test, a module-scoped fixture or a whole session
can start as many servers as it needs; every server stops at the end of the
session. `routes` answers chosen paths with a fixed status, headers and body
(redirects, server errors, ETag or Content-Language headers, a binary type);
every other path is served from the directory as Python's http.server does
(directories serve their index.html, Last-Modified is sent).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator, Mapping
from urllib.parse import urlsplit

import pytest

Route = tuple[int, Mapping[str, str], bytes]  # status, headers, body


@dataclass(frozen=True)
class ServedRequest:
    """One request the test server received."""

    method: str
    path: str  # with the query string, as sent
    headers: Mapping[str, str]


class ServedSite(str):
    """The base URL of a test server ("http://127.0.0.1:PORT/"), with the requests it received."""

    requests: list[ServedRequest]
    directory: Path

    def __new__(cls, url: str, directory: Path, requests: list[ServedRequest]) -> ServedSite:
        site = super().__new__(cls, url)
        site.directory = directory
        site.requests = requests
        return site

    def paths(self) -> list[str]:
        """Paths requested so far (without query strings), in order."""
        return [urlsplit(r.path).path for r in list(self.requests)]


class _Handler(SimpleHTTPRequestHandler):
    routes: Mapping[str, Route] = {}
    received: list[ServedRequest]

    def _record(self) -> None:
        self.received.append(ServedRequest(self.command, self.path, dict(self.headers.items())))

    def _route(self) -> bool:
        route = self.routes.get(urlsplit(self.path).path)
        if route is None:
            return False
        status, headers, body = route
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return True

    def do_GET(self) -> None:
        self._record()
        if not self._route():
            super().do_GET()

    def do_HEAD(self) -> None:
        self._record()
        if not self._route():
            super().do_HEAD()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean; `requests` holds what was asked


@pytest.fixture(scope="session")
def http_server() -> Iterator[Callable[..., ServedSite]]:
    """Factory: http_server(directory, routes=None) -> ServedSite, a base URL on 127.0.0.1."""
    servers: list[ThreadingHTTPServer] = []

    def serve(directory: str | Path, routes: Mapping[str, Route] | None = None) -> ServedSite:
        root = Path(directory).resolve()
        if not root.is_dir():
            raise ValueError(f"http_server: {root} is not a directory")
        received: list[ServedRequest] = []
        handler = type("Handler", (_Handler,), {"routes": dict(routes or {}), "received": received})
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, name=f"http_server {root.name}", daemon=True).start()
        servers.append(server)
        host, port = server.server_address[:2]
        return ServedSite(f"http://{host}:{port}/", root, received)

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def demo_report(tmp_path_factory):
    """The real demo check (as of 2026-11-22, built-in rules) as a Report, from a copy of data/demo."""
    from datetime import date

    from command import copy_demo
    from consistency.config import load_config
    from consistency.findings.rule import builtin_rules
    from consistency.pipeline import check
    from consistency.reports.report import Report

    tmp = tmp_path_factory.mktemp("demo")
    config = load_config(copy_demo(tmp) / "consistency.toml")
    rules = tuple(builtin_rules())
    result = check(config, as_of=date(2026, 11, 22), db=tmp / "demo.db", rules=list(rules))
    return Report(project=config.name, run=result.run, as_of=result.as_of, findings=tuple(result.findings), rules=rules)
