"""The crawl shared through Redis ([distributed], consistency/crawl/distributed.py).

A real Redis server (Debian's redis-server) runs on 127.0.0.1 on a free port
in a temp dir, saving nothing; the benchmark's chain site (bench/chain_site.py)
is served on 127.0.0.1. The real CLI crawls it once in one process and once
as a coordinator (`consistency crawl` with one crawler process of its own)
plus a `consistency worker` in another process: the stored documents, crawl
errors and facts must be the same. A worker killed while it holds pages
must fail the run after worker_timeout, leaving earlier runs as they were.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import chain_site  # noqa: E402 - bench/ is a folder of scripts, not a package
from command import consistency  # noqa: E402

BRANCHES = 60
SEED = 7
REDIS_SERVER = shutil.which("redis-server") or next(
    (p for p in ("/usr/bin/redis-server", "/usr/sbin/redis-server") if os.access(p, os.X_OK)), None
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """redis://127.0.0.1:PORT/0 of a redis-server started for this module, stopped after it."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server not found: install Debian's redis-server (`apt-get install redis-server`, "
                    "as .ci/run does) to test the distributed crawl")
    import redis

    folder = tmp_path_factory.mktemp("redis")
    for _ in range(5):  # another process may take the free port between the probe and the start
        port = _free_port()
        server = subprocess.Popen(
            [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
             "--dir", str(folder), "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while server.poll() is None and time.monotonic() < deadline:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        else:
            server.kill()
            server.wait()
            continue
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            server.wait(timeout=10)
        return
    pytest.fail("redis-server did not start on 127.0.0.1 in five tries")


def _with_distributed(config: Path, name: str, redis_url: str, prefix: str, **extra: object) -> Path:
    """A copy of `config` beside it (same folder: the same IVR paths) with a [distributed] section."""
    lines = [f'redis = "{redis_url}"', f'prefix = "{prefix}"', *(f"{k} = {v}" for k, v in extra.items())]
    target = config.with_name(name)
    target.write_text(config.read_text(encoding="utf-8") + "\n[distributed]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return target


def _worker(config: Path, cwd: Path, *args: str) -> subprocess.Popen:
    """`consistency worker CONFIG --once` in its own process group (so a test can kill it and its crawler process)."""
    return subprocess.Popen(
        [sys.executable, "-c", "from consistency.cli import main; main()", "worker", str(config), "--once", *args],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _stored(db: Path) -> tuple[list, list]:
    """The latest run's documents (url, channel, source, body hash) and crawl errors, sorted."""
    with sqlite3.connect(db) as connection:
        (run,) = connection.execute("SELECT MAX(id) FROM runs").fetchone()
        documents = sorted(connection.execute(
            "SELECT url, channel, source, format, content_hash FROM documents WHERE run = ?", (run,)))
        errors = sorted(connection.execute("SELECT source, url, reason FROM crawl_errors WHERE run = ?", (run,)))
    return documents, errors


def _facts(db: Path, cwd: Path) -> list[str]:
    """The stored facts, sorted: every field, the page each was read from too (boilerplate is read on the first
    page that shows it in URL order, so two processes fetching at once give it the same page as one process)."""
    result = consistency("facts", "--db", str(db), "--format", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    return sorted(json.dumps(f, sort_keys=True, ensure_ascii=False) for f in facts)


def test_two_crawler_processes_store_what_one_process_does(tmp_path, http_server, redis_url):
    import redis

    site = chain_site.generate(tmp_path / "chain", branches=BRANCHES, seed=SEED)
    single = chain_site.write_config(site, http_server(site.site_dir))
    shared = _with_distributed(single, "distributed.toml", redis_url, "same", worker_timeout=30)

    alone = consistency("crawl", str(single), "--db", str(tmp_path / "single.db"), cwd=tmp_path)
    assert alone.returncode == 0, alone.stderr

    worker = _worker(shared, tmp_path, "--wait", "120")
    try:
        together = consistency("crawl", str(shared), "--db", str(tmp_path / "distributed.db"), cwd=tmp_path, timeout=300)
        worker_out, worker_err = worker.communicate(timeout=120)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
    assert together.returncode == 0, together.stderr
    assert worker.returncode == 0, worker_err
    assert "joining run 1" in worker_err and "run 1 is over" in worker_err, worker_err
    # both processes fetched pages: the coordinator's log names each with its share
    assert "from 2 crawler process(es)" in together.stderr, together.stderr

    documents, errors = _stored(tmp_path / "single.db")
    assert len(documents) == site.pages + len(list((site.config_path.parent / "ivr").iterdir()))
    assert _stored(tmp_path / "distributed.db") == (documents, errors)
    facts = _facts(tmp_path / "single.db", tmp_path)
    assert len(facts) > 10 * BRANCHES
    assert _facts(tmp_path / "distributed.db", tmp_path) == facts

    # the run's queues, filters and items are gone from Redis; only its "done" mark stays a while
    left = [k.decode() for k in redis.Redis.from_url(redis_url).scan_iter(match="same:*")]
    assert len(left) == 1 and left[0].endswith(":done"), left


class _SlowPages(BaseHTTPRequestHandler):
    """An index linking 60 pages; each page takes 0.3 s, so a crawler process holds its requests a while."""

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self.send_error(404)
            return
        if self.path in ("/", "/index.html"):
            body = "".join(f'<a href="/p{i}.html">p{i}</a>' for i in range(60))
        else:
            time.sleep(0.3)
            body = f"<h1>{self.path}</h1><p>Телефон: +7 495 123-45-67</p>"
        data = f"<html><body>{body}</body></html>".encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the killed crawler process hung up

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def slow_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowPages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_killed_worker_fails_the_run_after_worker_timeout(tmp_path, slow_site, redis_url):
    import redis

    config = tmp_path / "consistency.toml"
    config.write_text(f'[project]\nname = "slow"\n\n[[source]]\nchannel = "website"\nurls = ["{slow_site}"]\n\n'
                      "[crawl]\nconcurrency_per_domain = 8\n", encoding="utf-8")
    db = tmp_path / "slow.db"
    first = consistency("crawl", str(config), "--db", str(db), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = _stored(db)
    assert len(before[0]) == 61

    shared = config.with_name("distributed.toml")
    shared.write_text(config.read_text(encoding="utf-8").replace("concurrency_per_domain = 8", "concurrency_per_domain = 1")
                      + f'\n[distributed]\nredis = "{redis_url}"\nprefix = "killed"\nworker_timeout = 3\n', encoding="utf-8")
    client = redis.Redis.from_url(redis_url)
    worker = _worker(shared, tmp_path, "--wait", "120")
    coordinator = subprocess.Popen(
        [sys.executable, "-c", "from consistency.cli import main; main()", "crawl", str(shared), "--db", str(db)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # wait until the worker holds pages of the run, then kill it and its crawler process at once
        mine = f"{socket.gethostname()}:{worker.pid}/"
        deadline = time.monotonic() + 60
        held = False
        while not held and time.monotonic() < deadline and coordinator.poll() is None:
            current = client.get("killed:current")
            if current:
                busy = client.hkeys(json.loads(current)["base"] + ":busy")
                held = any(f.decode().startswith(mine) for f in busy)
            time.sleep(0.05)
        assert held, "the worker never took a page"
        os.killpg(worker.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        _, stderr = coordinator.communicate(timeout=120)
        waited = time.monotonic() - killed_at
    finally:
        for process in (worker, coordinator):
            if process.poll() is None:
                process.kill()
            process.wait()
    assert coordinator.returncode == 3, stderr
    assert f"crawler process {mine}1 has not been heard from for 3 s" in stderr, stderr
    assert "run 2 is incomplete" in stderr, stderr
    assert waited < 30, f"the coordinator took {waited:.0f} s to give up"

    runs = consistency("runs", "--db", str(db), "--format", "json", cwd=tmp_path)
    statuses = {r["id"]: r["status"] for r in json.loads(runs.stdout)}
    assert statuses == {1: "complete", 2: "incomplete"}
    with sqlite3.connect(db) as connection:
        documents = sorted(connection.execute(
            "SELECT url, channel, source, format, content_hash FROM documents WHERE run = 1"))
    assert documents == before[0]  # the earlier run is untouched
    assert client.get("killed:current") is None  # the prefix is free for the next run


def test_a_section_without_scrapy_redis_says_what_to_install(tmp_path):
    config = tmp_path / "consistency.toml"
    config.write_text('[[source]]\nchannel = "website"\nurls = ["http://127.0.0.1:9/"]\n\n'
                      '[distributed]\nredis = "redis://127.0.0.1:9/0"\n', encoding="utf-8")
    # the real CLI, in a process where scrapy_redis cannot be imported
    result = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['scrapy_redis'] = None; from consistency.cli import main; main()",
         "crawl", str(config), "--db", str(tmp_path / "x.db")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert f"{config.resolve()}:5:" in result.stderr
    assert "pip install 'consistency[distributed]'" in result.stderr


def test_requests_and_items_cross_redis_as_json():
    from scrapy import Request
    from scrapy.utils.request import request_from_dict

    from consistency.crawl.records import CrawlFailure
    from consistency.crawl.wire import ItemMessage, decode_item, dumps, encode_item, loads
    from consistency.documents.document import Document

    request = Request("http://127.0.0.1/a", headers={"Accept-Language": "ru"}, body=b"x" * 5000,
                      meta={"depth": 2, "redirect_urls": ["http://127.0.0.1/b"]})
    data = dumps(request.to_dict())
    assert data.startswith(b"{")  # JSON, not pickle
    again = request_from_dict(loads(data))
    assert (again.url, again.body, again.headers["Accept-Language"], again.meta) == (
        request.url, request.body, b"ru", request.meta)

    document = Document(url="http://127.0.0.1/a", channel="website", source=0, format="html",
                        body="<p>Пн–Пт 9–18</p>".encode("utf-8") * 200, title="A")
    for item in (document, CrawlFailure(1, "http://127.0.0.1/b", "not found (404)")):
        message = ItemMessage(item, 0, "host:1/0")
        assert decode_item(encode_item(message)) == message
    with pytest.raises(ValueError, match="not an item message"):
        decode_item(b'{"kind": "pickle"}')
