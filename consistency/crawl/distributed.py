"""The crawl shared by crawler processes on several machines: the coordinator, and `consistency worker`.

With a [distributed] section, `consistency crawl` / `check` (the coordinator,
on the machine with the database) does not crawl in one process. It
announces the run in Redis, starts `workers` crawler processes of its own
(`python -m consistency.crawl.worker`), and `consistency worker CONFIG` on
any other machine joins with more. They share, per source's spider, a
scrapy-redis request queue and duplicate filter, plus what the single
process keeps in the spider (the URLs already requested, the max_pages
budget, the hosts a start URL redirected to: consistency/crawl/shared.py),
so the same pages are fetched and the same failures recorded.

Who writes the store: only the coordinator. Workers push each Document and
CrawlFailure, as JSON (consistency/crawl/wire.py), onto one Redis list; the
coordinator pops them and stores them through the same Recorder as the
single-process crawl, which keeps each URL once and decides duplicates the
same way.

How the run ends. scrapy-redis spiders idle forever; ours end when the
coordinator says so, and it says so when, in one atomic snapshot, every
spider's queue is empty, no crawler process holds a request and no item is
waiting. A process takes a request from a queue and marks itself busy in one
Lua script (`shared.ClaimingPriorityQueue`), and clears the mark only when
Scrapy finds its spider idle, i.e. after every page it took was fetched,
parsed and its links and items pushed. So "queues empty and nobody busy" is
reached only when no request exists anywhere. Before the first worker has
seeded the start URLs, a seed mark per spider stands in for them.

When a worker dies. Every crawler process renews a key with a time to live
(`worker_timeout`) every second. A process of the coordinator's that exits
before the end fails the run at once; a process elsewhere that holds a
request and whose key has expired fails it after `worker_timeout`, with a
message naming it. The run is then marked incomplete by the pipeline, as
after any failed crawl; earlier runs are never touched. A worker whose
coordinator is gone (its key expired) stops by itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from typing import IO, Any, Sequence
from urllib.parse import urlsplit, urlunsplit

from consistency import __version__
from consistency.config import Config, DistributedSettings
from consistency.crawl.records import CrawlSummary
from consistency.documents.document import Document
from consistency.errors import ConfigError, CrawlError

log = logging.getLogger("consistency.crawl")

INSTALL_HINT = "pip install 'consistency[distributed]'"
_POLL = 0.1  # seconds the coordinator waits for items before it looks at the queues again
_BATCH = 500  # items popped at once
_DONE_KEPT = 300  # seconds the "done" mark outlives a run, for workers on slow links to read it


class DistributedCrawlError(CrawlError):
    """The distributed crawl could not finish: Redis unreachable, a crawler process died, or another run holds the prefix."""


# the Redis keys of a run -------------------------------------------------------


@dataclass(frozen=True)
class RunKeys:
    """Every Redis key of one distributed run lives under `base` ("PREFIX:run:RUN-TOKEN")."""

    base: str

    @classmethod
    def new(cls, prefix: str, run: int) -> RunKeys:
        # a token, not just the run number: two projects' databases both have a run 7
        return cls(f"{prefix}:run:{run}-{uuid.uuid4().hex[:12]}")

    def spider(self, spider: str, what: str) -> str:
        """A key of one source's spider: requests, dupefilter, requested, budget, hosts, settled."""
        return f"{self.base}:{spider}:{what}"

    @property
    def queue_pattern(self) -> str:
        """scrapy-redis SCHEDULER_QUEUE_KEY: %(spider)s is the spider's name."""
        return f"{self.base}:%(spider)s:requests"

    @property
    def dupefilter_pattern(self) -> str:
        return f"{self.base}:%(spider)s:dupefilter"

    @property
    def items(self) -> str:
        """List of JSON items (wire.encode_item), pushed by workers, popped by the coordinator."""
        return f"{self.base}:items"

    @property
    def busy(self) -> str:
        """Hash: "WORKER|SPIDER" -> 1 while that process holds requests of that spider; "WORKER|seed|SPIDER" until seeded."""
        return f"{self.base}:busy"

    @property
    def errors(self) -> str:
        """List of messages from workers that could not go on: the run fails with them."""
        return f"{self.base}:errors"

    @property
    def done(self) -> str:
        """Set by the coordinator: "finished" (every spider may close) or "aborted" (stop now)."""
        return f"{self.base}:done"

    @property
    def coordinator(self) -> str:
        """Renewed by the coordinator; expires worker_timeout after it died."""
        return f"{self.base}:coordinator"

    def alive(self, worker: str) -> str:
        """Renewed by a crawler process every second; expires worker_timeout after it died."""
        return f"{self.base}:alive:{worker}"


def current_key(prefix: str) -> str:
    """The announcement of the run in progress under a prefix, which `consistency worker` waits for."""
    return f"{prefix}:current"


def busy_field(worker: str, spider: str) -> str:
    return f"{worker}|{spider}"


def seed_field(worker: str, spider: str) -> str:
    return f"{worker}|seed|{spider}"


def spider_name(spider: str, index: int) -> str:
    """The name SourceSpider gives itself ("website-0"): scrapy-redis keys its queue by it."""
    return f"{spider}-{index}"


@dataclass(frozen=True)
class Announcement:
    """What the coordinator publishes under PREFIX:current for workers to join."""

    base: str
    run: int
    fingerprint: str  # of the sources and crawl settings: a worker with another config must not join
    coordinator: str  # "host:pid"
    worker_timeout: float

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | bytes) -> Announcement:
        data = json.loads(text)
        return cls(base=data["base"], run=int(data["run"]), fingerprint=data["fingerprint"],
                   coordinator=data["coordinator"], worker_timeout=float(data["worker_timeout"]))


@dataclass(frozen=True)
class WorkerJob:
    """What a crawler process (`python -m consistency.crawl.worker`) gets on stdin."""

    config: str  # path of the config on this machine
    base: str  # RunKeys.base
    run: int
    worker: str  # "host:pid/n": the id in busy marks, alive keys and the coordinator's log
    seed: bool  # whether this process yields the start URLs (exactly one per run: the coordinator's first)
    worker_timeout: float
    verbose: int = 0
    parent: int | None = None  # pid of the process that started it; it stops when that one dies

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> WorkerJob:
        data = json.loads(text)
        return cls(**{k: data[k] for k in ("config", "base", "run", "worker", "seed", "worker_timeout")},
                   verbose=int(data.get("verbose", 0)), parent=data.get("parent"))


def fingerprint(config: Config) -> str:
    """What every crawler process of a run must agree on: the code version, the sources and the crawl settings.

    Sources hold absolute start URLs and file paths: a worker whose config
    lies elsewhere would look for the IVR files at other paths.
    """
    text = repr((__version__, config.sources, config.crawl))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def worker_id(number: int) -> str:
    """ "host:pid/n": unique across machines while the process lives."""
    return f"{socket.gethostname()}:{os.getpid()}/{number}"


# Redis -----------------------------------------------------------------------


def require_scrapy_redis(config: Config) -> None:
    """A clear message, naming the section, when [distributed] is set but the extra is not installed."""
    try:
        import redis  # noqa: F401
        import scrapy_redis  # noqa: F401
    except ImportError as exc:
        settings = config.distributed
        raise ConfigError(
            f"[distributed] needs the scrapy-redis package, which is not installed ({exc.name} is missing): "
            f"{INSTALL_HINT}, or remove the section to crawl on this machine only",
            path=str(config.path), line=settings.line if settings else None,
        ) from exc


def display_url(url: str) -> str:
    """A Redis URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def connect(settings: DistributedSettings, config: Config | None = None) -> Any:
    """A redis client for [distributed] redis, checked with PING; DistributedCrawlError if unreachable."""
    import redis

    client = redis.Redis.from_url(settings.redis, socket_timeout=30, socket_connect_timeout=10, health_check_interval=30)
    try:
        client.ping()
    except redis.RedisError as exc:
        where = f" ({config.path}:{settings.line})" if config is not None and settings.line else ""
        raise DistributedCrawlError(
            f"cannot reach the Redis server {display_url(settings.redis)} of [distributed]{where}: {str(exc).rstrip('.')}; "
            "start it, or fix the redis URL (every crawler process must reach it)"
        ) from exc
    return client


_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _claim_prefix(server: Any, settings: DistributedSettings, announcement: Announcement) -> None:
    """Announce the run under PREFIX:current, unless a live run of another coordinator holds it."""
    key = current_key(settings.prefix)
    value = announcement.to_json()
    for _ in range(3):
        if server.set(key, value, nx=True):
            return
        held = server.get(key)
        if held is None:
            continue
        try:
            other = Announcement.from_json(held)
        except (ValueError, KeyError, TypeError):
            other = None
        if other is not None and server.exists(RunKeys(other.base).coordinator):
            raise DistributedCrawlError(
                f"another distributed crawl is running under the Redis prefix {settings.prefix!r}: run {other.run} "
                f"of {other.coordinator}; wait for it to end, or give this project its own [distributed] prefix"
            )
        # its coordinator is gone (killed, or its machine died): take the prefix over,
        # and drop what its run left (queues and filters hold a key per page)
        log.info("the run announced under %r has no live coordinator any more; taking the prefix over", settings.prefix)
        if other is not None:
            _delete_keys(server, RunKeys(other.base))
        server.eval(_RELEASE, 1, key, held)
    raise DistributedCrawlError(f"could not announce the run under the Redis prefix {settings.prefix!r}; try again")


# the coordinator ---------------------------------------------------------------


@dataclass
class _LocalWorker:
    """A crawler process the coordinator started on its own machine."""

    number: int
    worker: str
    process: subprocess.Popen
    copier: threading.Thread


def crawl(config: Config, store: Any, run: int, *, verbose: int = 0) -> CrawlSummary:
    """Crawl every source of `config` into run `run` of `store` with the crawler processes sharing [distributed] redis.

    Returns the same CrawlSummary a single-process crawl does; raises
    DistributedCrawlError (the caller marks the run incomplete) when the run
    cannot finish.
    """
    settings = config.distributed
    assert settings is not None
    require_scrapy_redis(config)
    server = connect(settings, config)
    import redis

    try:
        return _coordinate(config, store, run, server, verbose)
    except redis.RedisError as exc:
        raise DistributedCrawlError(f"lost the Redis server {display_url(settings.redis)} during the crawl "
                                    f"({str(exc).rstrip('.')}); run {run} is incomplete") from exc


def _coordinate(config: Config, store: Any, run: int, server: Any, verbose: int) -> CrawlSummary:
    """crawl() once Redis answered: announce, start the local crawler processes, store what comes, end the run."""
    from consistency.crawl.process import Recorder, plan
    from consistency.crawl.runner import log_summary
    from consistency.crawl.wire import decode_item

    settings = config.distributed
    assert settings is not None
    crawls, _ = plan(config, None)
    spiders = [spider_name(c.source.spider, c.source.index) for c in crawls]
    keys = RunKeys.new(settings.prefix, run)
    timeout_ms = int(settings.worker_timeout * 1000)
    announcement = Announcement(keys.base, run, fingerprint(config), f"{socket.gethostname()}:{os.getpid()}",
                                settings.worker_timeout)
    recorder = Recorder(store, run, config.sources)
    fetched: Counter[str] = Counter()
    local: list[_LocalWorker] = []

    def record(raw: bytes) -> None:
        try:
            message = decode_item(raw)
        except ValueError as exc:
            raise DistributedCrawlError(f"an item from Redis could not be read ({exc}); is another program using the "
                                        f"prefix {settings.prefix!r}?") from exc
        fetched[message.worker] += 1
        try:
            if isinstance(message.item, Document):
                recorder.document(message.item, message.reached_by)
            else:
                recorder.failure(message.item)
        except sqlite3.Error as exc:
            raise DistributedCrawlError(f"cannot write to the store {store.path}: {exc}") from exc

    def drain(wait: float) -> None:
        if wait:
            first = server.blpop([keys.items], timeout=wait)
            if first is None:
                return
            record(first[1])
        while batch := server.lpop(keys.items, _BATCH):
            for raw in batch:
                record(raw)

    seeder = worker_id(0)
    _claim_prefix(server, settings, announcement)
    log.info("run %d: distributed crawl through %s (prefix %r), %d crawler process(es) here",
             run, display_url(settings.redis), settings.prefix, settings.workers)
    try:
        setup = server.pipeline(transaction=True)
        setup.set(keys.coordinator, announcement.coordinator, px=timeout_ms)
        for name in spiders:
            setup.hset(keys.busy, seed_field(seeder, name), 1)
        for number in range(settings.workers):
            # a grace period to start: importing Scrapy takes a second or two
            setup.set(keys.alive(worker_id(number)), "starting", px=max(timeout_ms, 30_000))
        setup.execute()
        for number in range(settings.workers):
            job = WorkerJob(config=str(config.path), base=keys.base, run=run, worker=worker_id(number), seed=number == 0,
                            worker_timeout=settings.worker_timeout, verbose=verbose, parent=os.getpid())
            local.append(_start_local(job, number))
        renewed = time.monotonic()
        while True:
            if time.monotonic() - renewed > min(1.0, settings.worker_timeout / 4):
                server.set(keys.coordinator, announcement.coordinator, px=timeout_ms)
                renewed = time.monotonic()
            drain(_POLL)
            errors = server.lrange(keys.errors, 0, -1)
            if errors:
                raise DistributedCrawlError(f"{errors[0].decode('utf-8', 'replace')}; run {run} is incomplete")
            for worker in local:
                status = worker.process.poll()
                if status is not None:
                    raise DistributedCrawlError(
                        f"crawler process {worker.worker} stopped with exit status {status} before the crawl ended "
                        f"(see the messages above); run {run} is incomplete"
                    )
            if _finished(server, keys, spiders):
                break
            dead = _dead_holders(server, keys)
            if dead:
                worker, held = dead
                raise DistributedCrawlError(
                    f"crawler process {worker} has not been heard from for {settings.worker_timeout:g} s while it held "
                    f"pages of {', '.join(held)} (killed, crashed, or cut off from Redis); run {run} is incomplete, "
                    "earlier runs are untouched. Crawl again once every worker is up"
                )
        server.set(keys.done, "finished")
        _stop_local(local, wait=max(30.0, settings.worker_timeout))
        for worker in local:
            if worker.process.returncode != 0:
                raise DistributedCrawlError(f"crawler process {worker.worker} stopped with exit status "
                                            f"{worker.process.returncode} (see the messages above); run {run} is incomplete")
        drain(0)
    except BaseException:
        try:
            server.set(keys.done, "aborted")
        except Exception:  # Redis gone too: the workers' coordinator key expires instead
            pass
        # nothing a crawler process still holds can reach the store now: stop them without waiting for their downloads
        _stop_local(local, wait=2.0, terminate=True)
        raise
    finally:
        _clean_up(server, keys, settings, announcement)
    if recorder.fatal:
        raise DistributedCrawlError(f"{recorder.fatal}; run {run} is incomplete")
    summary = recorder.summary([c.source for c in crawls])
    log_summary(summary)
    shares = ", ".join(f"{w} {n}" for w, n in sorted(fetched.items()))
    log.info("run %d: %d page(s) and failure(s) from %d crawler process(es): %s", run, sum(fetched.values()),
             len(fetched), shares or "none")
    return summary


def _finished(server: Any, keys: RunKeys, spiders: Sequence[str]) -> bool:
    """Whether, at one instant, every queue is empty, nobody holds a request or a seed, and no item waits."""
    snapshot = server.pipeline(transaction=True)
    for name in spiders:
        snapshot.zcard(keys.spider(name, "requests"))
    snapshot.hlen(keys.busy)
    snapshot.llen(keys.items)
    return not any(snapshot.execute())


def _dead_holders(server: Any, keys: RunKeys) -> tuple[str, list[str]] | None:
    """A crawler process that holds requests (or seeds) but whose alive key has expired, with what it held."""
    held: dict[str, list[str]] = {}
    for field in server.hkeys(keys.busy):
        worker, _, spider = field.decode("utf-8", "replace").partition("|")
        held.setdefault(worker, []).append(spider.replace("seed|", "the start URLs of "))
    if not held:
        return None
    check = server.pipeline(transaction=False)
    for worker in held:
        check.exists(keys.alive(worker))
    for (worker, spiders), alive in zip(held.items(), check.execute()):
        if not alive:
            return worker, sorted(spiders)
    return None


def _start_local(job: WorkerJob, number: int) -> _LocalWorker:
    from consistency.crawl.runner import _child_environment

    process = subprocess.Popen(
        # -P: see runner.crawl (a checkout's consistency/ must not shadow the installed package)
        [sys.executable, "-P", "-m", "consistency.crawl.worker"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_environment(),
    )
    with process.stdin:
        process.stdin.write(job.to_json().encode("utf-8"))
    copier = threading.Thread(target=copy_lines, args=(process.stderr, sys.stderr, f"worker {number + 1}: "), daemon=True)
    copier.start()
    return _LocalWorker(number, job.worker, process, copier)


def _stop_local(local: Sequence[_LocalWorker], *, wait: float, terminate: bool = False) -> None:
    """Wait for the coordinator's crawler processes to end (they close once "done" is set); never leave one behind."""
    deadline = time.monotonic() + wait
    for worker in local:
        if terminate and worker.process.poll() is None:
            worker.process.terminate()
    for worker in local:
        try:
            worker.process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            # expected when the run was aborted (terminate); a surprise after "done"
            log.log(logging.INFO if terminate else logging.WARNING, "crawler process %s did not stop within %g s; killing it",
                    worker.worker, wait)
            worker.process.kill()
            worker.process.wait()
        worker.copier.join(timeout=5)


def _clean_up(server: Any, keys: RunKeys, settings: DistributedSettings, announcement: Announcement) -> None:
    """Delete the run's keys (queues and filters can be large), keep "done" a while for late workers, free the prefix."""
    try:
        _delete_keys(server, keys, keep=keys.done)
        server.expire(keys.done, _DONE_KEPT)
        server.eval(_RELEASE, 1, current_key(settings.prefix), announcement.to_json())
    except Exception as exc:  # noqa: BLE001 - cleaning up must not hide why the run ended
        log.warning("could not remove the run's keys from Redis (%s); they are all under %s:*", exc, keys.base)


def _delete_keys(server: Any, keys: RunKeys, keep: str | None = None) -> None:
    doomed = [k for k in server.scan_iter(match=f"{keys.base}:*", count=1000) if k.decode() != keep]
    for start in range(0, len(doomed), 500):
        server.delete(*doomed[start:start + 500])


def copy_lines(source: IO[bytes], target: IO[str], prefix: str = "") -> None:
    """Copy a crawler process's stderr to ours line by line, each line marked with which process said it."""
    for line in iter(source.readline, b""):
        try:
            target.write(prefix + line.decode("utf-8", errors="replace"))
            target.flush()
        except (OSError, ValueError):
            pass  # our stderr is gone; keep draining so the child never blocks
    source.close()


# `consistency worker` ----------------------------------------------------------


def serve(config: Config, *, once: bool = False, wait: float | None = None, verbose: int = 0) -> int:
    """`consistency worker CONFIG`: join every run announced under [distributed] prefix with one crawler process.

    Waits for a run, crawls it in a subprocess until the coordinator says it
    is over, then waits for the next (with `once`, returns after one). A run
    whose sources differ from this machine's config is not joined. `wait`
    bounds how long to wait for a run (None: forever). Returns the number of
    runs served; raises DistributedCrawlError when `once` and the run's
    crawler process failed, or no run came within `wait`.
    """
    import redis

    settings = config.distributed
    if settings is None:
        raise ConfigError("has no [distributed] section, so there is no shared crawl to join: add one with "
                          'redis = "redis://host:6379/0" (the same as on the coordinator)', path=str(config.path))
    require_scrapy_redis(config)
    mine = fingerprint(config)
    server = connect(settings, config)
    key = current_key(settings.prefix)
    served: set[str] = set()
    runs = 0
    started = time.monotonic()
    told = False
    log.info("worker: waiting for a run under the prefix %r on %s", settings.prefix, display_url(settings.redis))
    while True:
        try:
            held = server.get(key)
            announcement = Announcement.from_json(held) if held else None
            joinable = (announcement is not None and announcement.base not in served
                        and server.exists(RunKeys(announcement.base).coordinator)
                        and not server.exists(RunKeys(announcement.base).done))
            told = False
        except redis.RedisError as exc:
            if not told:
                log.warning("worker: Redis %s is unreachable (%s); trying again", display_url(settings.redis), exc)
                told = True
            joinable, announcement = False, None
        except (ValueError, KeyError, TypeError):
            joinable, announcement = False, None
        if joinable and announcement is not None:
            served.add(announcement.base)
            if announcement.fingerprint != mine:
                message = (f"run {announcement.run} of {announcement.coordinator} crawls other sources or settings than "
                           f"{config.path} (or another version of consistency): not joining it. Give every machine the "
                           "same config, at the same path, and the same version")
                if once:
                    raise DistributedCrawlError(message)
                log.error("worker: %s", message)
                continue
            runs += 1
            job = WorkerJob(config=str(config.path), base=announcement.base, run=announcement.run,
                            worker=worker_id(runs), seed=False, worker_timeout=announcement.worker_timeout,
                            verbose=verbose, parent=os.getpid())
            log.info("worker: joining run %d of %s as %s", announcement.run, announcement.coordinator, job.worker)
            status = _run_worker(job)
            if status != 0:
                message = f"the crawler process of run {announcement.run} stopped with exit status {status} (see above)"
                if once:
                    raise DistributedCrawlError(message)
                log.error("worker: %s", message)
            else:
                log.info("worker: run %d is over", announcement.run)
            if once:
                return runs
            started = time.monotonic()
            continue
        if wait is not None and time.monotonic() - started > wait:
            if runs:
                return runs
            raise DistributedCrawlError(f"no run was announced under the prefix {settings.prefix!r} within {wait:g} s; "
                                        "start `consistency crawl` or `check` on the coordinator with the same config")
        time.sleep(0.5)


def _run_worker(job: WorkerJob) -> int:
    """One crawler process for one run, in a subprocess (Twisted's reactor cannot restart); its exit status."""
    holder = _start_local(job, 0)  # its stderr goes to ours, marked "worker 1: "
    try:
        holder.process.wait()
    except BaseException:
        holder.process.terminate()
        try:
            holder.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            holder.process.kill()
            holder.process.wait()
        raise
    finally:
        holder.copier.join(timeout=5)
    return holder.process.returncode


__all__ = [
    "Announcement", "DistributedCrawlError", "RunKeys", "WorkerJob", "connect", "crawl", "fingerprint", "serve",
]
