"""A crawler process of a distributed run: `python -m consistency.crawl.worker`, a WorkerJob as JSON on stdin.

Started by the coordinator (its own `workers`) and by `consistency worker`
on other machines (consistency/crawl/distributed.py). It runs every
source's spider, as the single-process crawl does (same Scrapy settings,
same spiders), but with scrapy-redis's scheduler: requests come from and go
to the run's shared queues in Redis, and every Document and CrawlFailure is
pushed to the run's item list instead of the store, which only the
coordinator writes.

Its spiders do not close when idle (there may be work for them in a moment,
from another process); they close when the coordinator marks the run done.
Every second it renews its alive key and looks whether the run was aborted
or its coordinator is gone. Exit status: 0 when the run ended (or was
aborted by the coordinator); 2 when the config cannot be read; 4 when a
spider failed or Redis could not be written, after telling the coordinator
through the run's error list where it can.
"""

from __future__ import annotations

import logging
import sys
import warnings
from typing import Any, Sequence

from consistency.config import Config, Source, load_config
from consistency.crawl.distributed import RunKeys, WorkerJob, busy_field, seed_field, spider_name
from consistency.crawl.process import EXIT_CRAWL_FAILED, Recorder, plan, process_settings, source_settings, watch_parent
from consistency.crawl.records import CrawlFailure
from consistency.crawl.wire import ItemMessage, encode_item
from consistency.documents.document import Document
from consistency.errors import ConsistencyError

log = logging.getLogger("consistency.crawl.worker")
# Scrapy looks for new requests of an idle spider every 5 s (its engine
# heartbeat); another process's links would wait that long. Redis answers
# a look in well under a millisecond.
IDLE_POLL = 0.2


class RedisSink(Recorder):
    """The Recorder's signal handlers, with items pushed to the run's Redis list instead of written to a store."""

    def __init__(self, server: Any, keys: RunKeys, worker: str, sources: Sequence[Source]):
        super().__init__(store=None, run=0, sources=sources)  # type: ignore[arg-type]
        self.server = server
        self.keys = keys
        self.worker = worker
        self.aborted = False  # the coordinator stopped the run: spiders closing early is no failure of ours

    def document(self, document: Document, reached_by: int) -> None:
        self._push(ItemMessage(document, reached_by, self.worker))

    def failure(self, failure: CrawlFailure) -> None:
        self._push(ItemMessage(failure, failure.source if failure.source is not None else -1, self.worker))

    def spider_closed(self, spider: Any, reason: str, **kwargs: Any) -> None:
        if not self.aborted:
            self._stop_on_fatal(super().spider_closed, spider, reason, **kwargs)

    def crawler_failed(self, failure: Any, source: Source) -> None:
        self._stop_on_fatal(super().crawler_failed, failure, source)

    def _stop_on_fatal(self, handler: Any, *args: Any, **kwargs: Any) -> None:
        """Run a Recorder handler; if it found the crawl broken, stop the whole process.

        In one process the other spiders may go on. Here they must not: this
        process would stay alive, and whatever its broken spider held would
        keep the run from ever ending; its exit fails the run at once.
        """
        before = self.fatal
        handler(*args, **kwargs)
        if before is None and self.fatal is not None:
            self.on_fatal()

    def fail(self, message: str) -> None:
        """Stop this process's crawl: the run cannot be complete without what it was doing."""
        if self.fatal is None:
            self.fatal = message
            log.critical(message)
            self.on_fatal()

    def _push(self, message: ItemMessage) -> None:
        import redis

        try:
            self.server.rpush(self.keys.items, encode_item(message))
        except redis.RedisError as exc:
            self.fail(f"cannot push a page to Redis: {exc}")


class Lifeline:
    """Every second: renew this process's alive key, and stop when the run was aborted or the coordinator is gone."""

    def __init__(self, server: Any, keys: RunKeys, job: WorkerJob, sink: RedisSink, stop: Any):
        self.server = server
        self.keys = keys
        self.job = job
        self.sink = sink
        self.stop = stop
        self.timeout_ms = int(job.worker_timeout * 1000)
        self.unreachable = 0  # beats in a row without Redis

    def beat(self) -> None:
        import redis

        try:
            pipe = self.server.pipeline(transaction=False)
            pipe.set(self.keys.alive(self.job.worker), "alive", px=self.timeout_ms)
            pipe.get(self.keys.done)
            pipe.exists(self.keys.coordinator)
            _, done, coordinator = pipe.execute()
            self.unreachable = 0
        except redis.RedisError as exc:
            self.unreachable += 1
            if self.unreachable * self.interval >= self.job.worker_timeout:
                self.sink.fail(f"crawler process {self.job.worker} lost Redis for {self.job.worker_timeout:g} s ({exc})")
            return
        if done == b"aborted" and not self.sink.aborted:
            log.warning("run %d was stopped by its coordinator", self.job.run)
            self.sink.aborted = True
            self.stop()
        elif done is None and not coordinator and self.sink.fatal is None:
            self.sink.fail(f"the coordinator of run {self.job.run} is gone (no sign of it for {self.job.worker_timeout:g} s)")

    @property
    def interval(self) -> float:
        return min(1.0, self.job.worker_timeout / 4)


def idle_handler(server: Any, keys: RunKeys, job: WorkerJob, sink: RedisSink, name: str) -> Any:
    """Scrapy's spider_idle for one spider: drop this process's busy (and seed) mark; keep the spider open until done.

    Scrapy sends it only when the spider holds nothing: no request
    downloading or waiting, no response being parsed, its start URLs all
    yielded, and the shared queue empty. Only then may the mark go.
    """
    import redis
    from scrapy.exceptions import DontCloseSpider

    fields = [busy_field(job.worker, name)] + ([seed_field(job.worker, name)] if job.seed else [])

    def idle(spider: Any) -> None:
        if spider.name != name:  # the queue marks busy under spider.name; the coordinator looks for `name`
            sink.fail(f"spider {spider.name!r} is not named {name!r} as the distributed crawl expects")
            raise DontCloseSpider
        try:
            pipe = server.pipeline(transaction=False)
            pipe.hdel(keys.busy, *fields)
            pipe.get(keys.done)
            _, done = pipe.execute()
        except redis.RedisError as exc:
            sink.fail(f"crawler process {job.worker} cannot reach Redis: {exc}")
            raise DontCloseSpider  # stopping (on_fatal) closes it
        if done is None:
            raise DontCloseSpider

    return idle


def redis_settings(config: Config, keys: RunKeys) -> dict[str, Any]:
    """scrapy-redis settings: the run's keys, JSON instead of pickle, nothing flushed when one process closes."""
    assert config.distributed is not None
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "consistency.crawl.shared.ClaimingPriorityQueue",
        "SCHEDULER_QUEUE_KEY": keys.queue_pattern,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter_pattern,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_SERIALIZER": "consistency.crawl.wire",
        # the queues belong to the run, not to one process: the coordinator deletes them at the end
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "REDIS_URL": config.distributed.redis,
        "REDIS_PARAMS": {"socket_timeout": 30, "socket_connect_timeout": 10},
    }


def run(job: WorkerJob) -> str | None:
    """Crawl this process's share of the run until the coordinator ends it; a fatal error message, or None."""
    config = load_config(job.config)
    if config.distributed is None:
        return f"{config.path} has no [distributed] section any more"
    import redis

    server = redis.Redis.from_url(config.distributed.redis, socket_timeout=30, socket_connect_timeout=10)
    keys = RunKeys(job.base)
    crawls, _ = plan(config, None)

    from scrapy import signals
    from scrapy.core.engine import ExecutionEngine
    from scrapy.crawler import CrawlerProcess
    from scrapy.exceptions import ScrapyDeprecationWarning

    from consistency.crawl.shared import SharedState, shared_spider_class
    from consistency.spiders import SPIDERS

    # scrapy-redis 0.9 still calls APIs Scrapy 2.13+ deprecates: a warning per
    # request, in every run, that the user can do nothing about
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module=r"scrapy_redis\.")
    if hasattr(ExecutionEngine, "_SLOT_HEARTBEAT_INTERVAL"):
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL  # see IDLE_POLL; Scrapy-internal, so only if it exists

    sink = RedisSink(server, keys, job.worker, config.sources)
    process = CrawlerProcess({**process_settings(config.crawl, job.verbose), **redis_settings(config, keys)})
    if job.verbose <= 0:
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").setLevel(logging.CRITICAL)
    sink.on_fatal = lambda: process.stop()
    if job.parent is not None:
        watch_parent(job.parent)
    for planned in crawls:
        spider_class = shared_spider_class(SPIDERS[planned.source.spider])
        crawler = process.create_crawler(spider_class)
        starts = (*planned.source.urls, *planned.source.paths)
        crawler.settings.setdict(source_settings(planned.source, config.crawl, starts), priority="spider")
        name = spider_name(planned.source.spider, planned.source.index)
        crawler.signals.connect(sink.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(sink.spider_error, signal=signals.spider_error)
        crawler.signals.connect(sink.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(idle_handler(server, keys, job, sink, name), signal=signals.spider_idle, weak=False)
        shared = SharedState(redis=config.distributed.redis, base=job.base, worker=job.worker, seed=job.seed)
        started = process.crawl(crawler, source=planned.source, sources=config.sources, only=None, shared=shared)
        started.addErrback(sink.crawler_failed, planned.source)

    from twisted.internet import task

    lifeline = Lifeline(server, keys, job, sink, process.stop)
    beats = task.LoopingCall(lifeline.beat)
    beats.start(lifeline.interval, now=True)
    if crawls:
        process.start()
    if beats.running:
        beats.stop()
    return sink.fatal


def main() -> int:
    """Entry point: job on stdin, logs on stderr."""
    sys.stdout = sys.stderr  # nothing is printed on stdout
    job = WorkerJob.from_json(sys.stdin.read())
    try:
        fatal = run(job)
    except ConsistencyError as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        _tell_coordinator(job, f"crawler process {job.worker}: {exc}")
        return exc.exit_code
    if fatal:
        print(f"crawl: {fatal}", file=sys.stderr)
        _tell_coordinator(job, f"crawler process {job.worker}: {fatal}")
        return EXIT_CRAWL_FAILED
    return 0


def _tell_coordinator(job: WorkerJob, message: str) -> None:
    """Put the reason on the run's error list so the coordinator fails the run at once (best effort)."""
    try:
        import redis

        config = load_config(job.config)
        if config.distributed is None:
            return
        server = redis.Redis.from_url(config.distributed.redis, socket_timeout=5, socket_connect_timeout=5)
        keys = RunKeys(job.base)
        if server.get(keys.done) is None:
            server.rpush(keys.errors, message)
    except Exception:  # noqa: BLE001 - the coordinator's timeout catches it instead
        pass


if __name__ == "__main__":
    sys.exit(main())
