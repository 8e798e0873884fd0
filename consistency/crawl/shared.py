"""What the crawler processes of a distributed run share in Redis, besides scrapy-redis's queue and filter.

A single-process crawl keeps three things in the spider that decide which
pages are fetched: the URLs it already requested (`requested`, which also
keeps the start URLs from being fetched twice), the max_pages budget
(`budget`), and the hosts a start URL redirected to (`site_hosts`, so that
example.com -> www.example.com keeps the site on www). Here each lives in
Redis, per source's spider, so that N processes fetch what one would:

- `SharedSet` for `requested`: a URL is requested once across all processes.
- `SharedBudget` for `budget`: max_pages counts every process's links.
- the hosts a start page landed on, published before its links are pushed,
  so the process that parses one of those links already knows the host.

`ClaimingPriorityQueue` is scrapy-redis's priority queue whose pop also
marks the process busy, in one Lua script: the coordinator's "nothing left"
test (consistency/crawl/distributed.py) relies on a request never being in
neither place. It also strips credentials before a request goes to Redis.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator, Iterable, Iterator

from scrapy_redis.queue import PriorityQueue

from consistency.crawl.distributed import RunKeys, busy_field
from consistency.spiders.base import host_key, web_hosts

# ZSET pop + busy mark, atomically: ZRANGE/ZREMRANGEBYRANK as scrapy-redis's
# own pop does, plus HSET of this process's busy field when a request came out
_CLAIM = """
local taken = redis.call('ZRANGE', KEYS[1], 0, 0)
if taken[1] then
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
  redis.call('HSET', KEYS[2], ARGV[1], '1')
  return taken[1]
end
return false
"""
# credentials come from each process's own environment (EnvHttpAuthMiddleware);
# a retried or redirected request carries the header it was sent with
_SECRET_HEADERS = {b"authorization", b"proxy-authorization"}


@dataclass(frozen=True)
class SharedState:
    """What a spider of a distributed run needs to find its shared state."""

    redis: str  # [distributed] redis
    base: str  # RunKeys.base
    worker: str  # this process's id
    seed: bool  # whether this process yields the start URLs


class ClaimingPriorityQueue(PriorityQueue):
    """scrapy-redis's PriorityQueue; `pop` marks this process busy in the same atomic step."""

    def __init__(self, server: Any, spider: Any, key: str, serializer: Any = None):
        super().__init__(server, spider, key, serializer)
        shared: SharedState = spider.shared
        self._claim = server.register_script(_CLAIM)
        self._busy = RunKeys(shared.base).busy
        self._field = busy_field(shared.worker, spider.name)

    def _encode_request(self, request: Any) -> bytes:
        data = request.to_dict(spider=self.spider)
        data["headers"] = {k: v for k, v in data["headers"].items() if k.lower() not in _SECRET_HEADERS}
        return self.serializer.dumps(data)

    def pop(self, timeout: int = 0) -> Any:
        data = self._claim(keys=[self.key, self._busy], args=[self._field])
        if data:
            return self._decode_request(data)
        return None


class SharedSet:
    """A set of strings in Redis, with the members this process has seen cached (members are never removed)."""

    def __init__(self, server: Any, key: str, members: Iterable[str] = ()):
        self.server = server
        self.key = key
        self.known: set[str] = set()
        self.update(members)

    def __contains__(self, member: object) -> bool:
        if member in self.known:
            return True
        if isinstance(member, str) and self.server.sismember(self.key, member):
            self.known.add(member)
            return True
        return False

    def add(self, member: str) -> None:
        if member not in self.known:
            self.known.add(member)
            self.server.sadd(self.key, member)

    def update(self, members: Iterable[str]) -> None:
        new = [m for m in members if m not in self.known]
        if new:
            self.known.update(new)
            self.server.sadd(self.key, *new)


class SharedBudget:
    """A counter in Redis that behaves as the spider's int `budget` does: compared with numbers, decreased with -=."""

    def __init__(self, server: Any, key: str, initial: int):
        self.server = server
        self.key = key
        server.set(key, int(initial), nx=True)  # the first process of the run sets it; all compute the same value

    def value(self) -> int:
        raw = self.server.get(self.key)
        return int(raw) if raw is not None else 0

    def __isub__(self, amount: int) -> SharedBudget:
        self.server.decrby(self.key, amount)  # atomic: two processes never spend the same page
        return self

    def __gt__(self, other: int) -> bool:
        return self.value() > other

    def __ge__(self, other: int) -> bool:
        return self.value() >= other

    def __lt__(self, other: int) -> bool:
        return self.value() < other

    def __le__(self, other: int) -> bool:
        return self.value() <= other

    def __int__(self) -> int:
        return self.value()

    def __repr__(self) -> str:
        return f"SharedBudget({self.key!r})"


class SharedSpiderMixin:
    """Turns a SourceSpider into one process's share of a distributed crawl of its source (see the module doc)."""

    def __init__(self, *args: Any, shared: SharedState, **kwargs: Any):
        import redis

        super().__init__(*args, **kwargs)
        self.shared = shared
        self.server = redis.Redis.from_url(shared.redis, socket_timeout=30, socket_connect_timeout=10)
        keys = RunKeys(shared.base)
        self.requested = SharedSet(self.server, keys.spider(self.name, "requested"), self.requested)
        self.budget = SharedBudget(self.server, keys.spider(self.name, "budget"), self.budget)
        self._hosts_key = keys.spider(self.name, "hosts")
        self._settled_key = keys.spider(self.name, "settled")
        self._web_starts = sum(1 for u in self.start_urls if u.startswith(("http:", "https:")))
        self._hosts_final = False

    async def start(self) -> AsyncIterator[Any]:
        # one process per run yields the start URLs (into the shared queue);
        # the others only take requests from the queue
        if not self.shared.seed:
            return
        async for item in super().start():  # type: ignore[misc]
            yield item

    def parse(self, response: Any, **kwargs: Any) -> Iterator[Any]:
        if response.meta.get("start") and response.url.startswith(("http:", "https:")):
            # before super().parse yields the page's links: whoever parses one of them must know the host
            pipe = self.server.pipeline(transaction=True)
            pipe.sadd(self._hosts_key, response.url)
            pipe.incr(self._settled_key)
            pipe.execute()
        yield from super().parse(response, **kwargs)  # type: ignore[misc]

    def errback(self, failure: Any) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("start") and request.url.startswith(("http:", "https:")):
            self.server.incr(self._settled_key)  # a start URL that failed adds no host
        yield from super().errback(failure)  # type: ignore[misc]

    def on_site(self, url: str) -> bool:
        if super().on_site(url):  # type: ignore[misc]
            return True
        return self._learn_hosts() and super().on_site(url)  # type: ignore[misc]

    # Scrapy's OffsiteMiddleware reads allowed_domains before every request it
    # lets through, here also for requests another process queued: a request
    # for the host a start URL redirected to must not be dropped as offsite by
    # a process that has not heard of that host yet
    @property
    def allowed_domains(self) -> list[str]:
        if "server" in self.__dict__:
            self._learn_hosts()
        return self.__dict__.get("_allowed_domains", [])

    @allowed_domains.setter
    def allowed_domains(self, domains: list[str]) -> None:
        self.__dict__["_allowed_domains"] = domains

    def _learn_hosts(self) -> bool:
        """Take the hosts other processes' start pages landed on; whether any was new to this process."""
        if self._hosts_final:
            return False
        pipe = self.server.pipeline(transaction=True)
        pipe.smembers(self._hosts_key)
        pipe.get(self._settled_key)
        landed, settled = pipe.execute()
        # once every http start URL was fetched or failed, no host can be added: stop asking
        self._hosts_final = int(settled or 0) >= self._web_starts
        urls = [u.decode("utf-8") for u in landed]
        new = {host_key(u) for u in urls} - self.site_hosts  # type: ignore[attr-defined]
        if not new:
            return False
        self.site_hosts.update(new)  # type: ignore[attr-defined]
        self.allowed_domains = sorted({*self.__dict__.get("_allowed_domains", []), *web_hosts(urls)})
        return True


def shared_spider_class(spider_class: type) -> type:
    """The distributed variant of a SourceSpider class (WebsiteSpider -> SharedWebsiteSpider)."""
    return type(f"Shared{spider_class.__name__}", (SharedSpiderMixin, spider_class), {})
