"""The TOML config (docs/contract.md section 2), read into typed records and validated.

Validation runs before any crawl: an unknown key, a wrong type or a missing
file stops the run with exit status 2 and a message naming the file and line.
"""

from __future__ import annotations

import difflib
import glob
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from consistency.errors import ConfigError

SPIDERS = ("website", "faq", "ivr")


@dataclass(frozen=True)
class Source:
    """One [[source]]: a channel and where its documents are."""

    index: int
    channel: str
    spider: str  # website | faq | ivr: how its documents are fetched and read
    urls: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()  # absolute file paths, globs already expanded
    max_pages: int = 500
    depth: int = 5
    follow_links: bool = True
    allowed_domains: tuple[str, ...] = ()
    verified: date | None = None  # when a person last confirmed the source is current


@dataclass(frozen=True)
class CrawlSettings:
    """How politely and how far the crawl goes."""

    user_agent: str = "consistency/0.1 (+https://github.com/consistency-checker/consistency)"
    timeout: float = 20.0  # seconds per request
    max_page_bytes: int = 10 * 1024 * 1024
    concurrency_per_domain: int = 8
    obey_robots: bool = True
    autothrottle: bool = True
    retries: int = 2


@dataclass(frozen=True)
class DistributedSettings:
    """[distributed]: the crawl shared by crawler processes on several machines through one Redis server.

    See consistency/crawl/distributed.py and the README's "Beyond one machine".
    """

    redis: str  # redis://host:port/db (rediss:// for TLS, unix:///path/to/socket)
    prefix: str = "consistency"  # of every Redis key: one per project sharing a Redis server
    workers: int = 1  # crawler processes the coordinator runs on its own machine
    worker_timeout: float = 60.0  # seconds without a sign of life before a crawler process holding pages counts as dead
    line: int | None = None  # of the [distributed] header, for messages about the section


@dataclass(frozen=True)
class MatchingSettings:
    """[matching]: how alike two names or two street names must be to be one branch (rapidfuzz scores, 0-100)."""

    name_threshold: float = 90.0
    street_threshold: float = 88.0


@dataclass(frozen=True)
class RuleSettings:
    """A [rules.RULE-ID] table: one rule tuned by the user."""

    rule: str
    line: int | None = None
    enabled: bool | None = None
    severity: str | None = None
    channels: tuple[str, ...] | None = None  # only facts from these channels
    entity_types: tuple[str, ...] | None = None  # only facts about branches of these types ("shop", "pickup point")
    parameters: dict = field(default_factory=dict)  # checked against the rule's check type when rules load


@dataclass(frozen=True)
class Suppression:
    """An [[ignore]] entry: findings it matches are not reported, until a date if given."""

    reason: str
    rule: str | None = None
    subject: str | None = None
    url: str | None = None  # matches when any evidence URL starts with it
    until: date | None = None
    line: int | None = None

    def matches(self, finding) -> bool:
        if self.rule and finding.rule != self.rule:
            return False
        if self.subject and finding.subject.casefold() != self.subject.casefold():
            return False
        if self.url and not any(e.url.startswith(self.url) for e in finding.evidence):
            return False
        return True


@dataclass(frozen=True)
class Config:
    """A whole config file, validated."""

    path: Path
    name: str
    timezone: str = "UTC"
    languages: tuple[str, ...] = ("ru",)
    region: str = "RU"  # default region for phone numbers written without +country
    city: str | None = None  # default city for addresses written without one
    sources: tuple[Source, ...] = ()
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    rule_folders: tuple[Path, ...] = ()
    rules: tuple[RuleSettings, ...] = ()
    truth: dict = field(default_factory=dict)  # fact kind -> the channel that is the source of truth for it
    ignores: tuple[Suppression, ...] = ()
    matching: MatchingSettings = field(default_factory=MatchingSettings)
    distributed: DistributedSettings | None = None  # None: the crawl runs in one process on this machine

    @property
    def default_db(self) -> Path:
        return self.path.with_suffix(".db")

    def today(self) -> date:
        """Today in the project's time zone: the default for --as-of."""
        from datetime import datetime

        return datetime.now(ZoneInfo(self.timezone)).date()


_PROJECT_KEYS = {"name": str, "timezone": str, "languages": list, "region": str, "city": str}
_SOURCE_KEYS = {
    "channel": str,
    "spider": str,
    "urls": list,
    "paths": list,
    "max_pages": int,
    "depth": int,
    "follow_links": bool,
    "allowed_domains": list,
    "verified": date,
}
_CRAWL_KEYS = {
    "user_agent": str,
    "timeout": (int, float),
    "max_page_bytes": int,
    "concurrency_per_domain": int,
    "obey_robots": bool,
    "autothrottle": bool,
    "retries": int,
}
_TOP_KEYS = {"project", "source", "crawl", "rules", "truth", "ignore", "matching", "distributed"}
_DISTRIBUTED_KEYS = {"redis": str, "prefix": str, "workers": int, "worker_timeout": (int, float)}
_REDIS_SCHEMES = ("redis", "rediss", "unix")
_PREFIX = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_MATCHING_KEYS = {"name_threshold": (int, float), "street_threshold": (int, float)}
_RULE_KEYS = {"enabled": bool, "severity": str, "channels": list, "entity_types": list}
_IGNORE_KEYS = {"rule": str, "subject": str, "url": str, "reason": str, "until": date}
_SEVERITIES = ("error", "warning", "info")


class _Located:
    """Finds the line of a key in the raw TOML text, since tomllib keeps no positions."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()

    def line_of(self, key: str, *, table: str | None = None, occurrence: int = 0) -> int | None:
        """Line (1-based) of `key = ...` inside the nth `[table]`/`[[table]]`, or of the table header."""
        current, seen = None, -1
        header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?")
        assignment = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        for number, line in enumerate(self.lines, 1):
            m = header.match(line)
            if m:
                current = m.group(1)
                if current == table:
                    seen += 1
                if table is not None and current == table and seen == occurrence and key == table:
                    return number
                continue
            if assignment.match(line) and (table is None or (current == table and seen == occurrence)):
                return number
        return None

    def error(self, message: str, key: str, *, table: str | None = None, occurrence: int = 0) -> ConfigError:
        return ConfigError(message, path=str(self.path), line=self.line_of(key, table=table, occurrence=occurrence))


def _type_name(expected) -> str:
    names = {str: "a string", list: "a list", int: "a whole number", bool: "true or false", date: "a date (YYYY-MM-DD)"}
    if isinstance(expected, tuple):
        return "a number"
    return names.get(expected, expected.__name__)


def _check_table(table: dict, allowed: dict, where: _Located, table_name: str, occurrence: int = 0) -> None:
    for key, value in table.items():
        if key not in allowed:
            hint = difflib.get_close_matches(key, list(allowed), n=1)
            suggestion = f"; did you mean {hint[0]!r}?" if hint else f"; known keys: {', '.join(sorted(allowed))}"
            raise where.error(f"unknown key {key!r} in [{table_name}]{suggestion}", key, table=table_name, occurrence=occurrence)
        expected = allowed[key]
        ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
        if not ok:
            raise where.error(
                f"{table_name}.{key} must be {_type_name(expected)}, not {value!r}", key, table=table_name, occurrence=occurrence
            )


def load_config(path: str | Path) -> Config:
    """Read and validate a config file; raise ConfigError naming the file and line."""
    path = Path(path).resolve()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("config file not found; pass the path to a consistency.toml (see `consistency init`)", path=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the config: {exc}", path=str(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise ConfigError(f"not valid TOML: {exc}", path=str(path), line=int(m.group(1)) if m else None)
    where = _Located(path, text)

    for key in data:
        if key not in _TOP_KEYS:
            hint = difflib.get_close_matches(key, list(_TOP_KEYS), n=1)
            suggestion = f"; did you mean [{hint[0]}]?" if hint else ""
            raise where.error(f"unknown table [{key}]{suggestion}", key, table=key)

    project = data.get("project", {})
    if not isinstance(project, dict):
        raise where.error("[project] must be a table", "project")
    _check_table(project, _PROJECT_KEYS, where, "project")
    timezone = project.get("timezone", "UTC")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise where.error(f"unknown time zone {timezone!r}; use an IANA name such as 'Europe/Moscow'", "timezone", table="project")
    region = project.get("region") or _region_for(project.get("languages", ["ru"]))

    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError("the config names no [[source]]; add at least one with a channel and urls or paths", path=str(path))
    sources = tuple(_read_source(i, s, path.parent, where) for i, s in enumerate(raw_sources))

    crawl_table = data.get("crawl", {})
    _check_table(crawl_table, _CRAWL_KEYS, where, "crawl")
    crawl = CrawlSettings(**{k: (float(v) if k == "timeout" else v) for k, v in crawl_table.items()})

    rule_folders, rules = _read_rules(data.get("rules", {}), path.parent, where)
    truth = data.get("truth", {})
    _check_table(truth, {k: str for k in ("hours", "address", "phone", "email", "promotion", "price", "entity")}, where, "truth")
    channels = {s.channel for s in sources}
    for kind, channel in truth.items():
        if channel not in channels:
            raise where.error(f"truth.{kind} names channel {channel!r}, which no [[source]] has", kind, table="truth")
    raw_ignores = data.get("ignore", [])
    if not isinstance(raw_ignores, list):
        raise where.error("ignore entries are written [[ignore]]", "ignore", table="ignore")
    ignores = tuple(_read_ignore(i, t, where) for i, t in enumerate(raw_ignores))

    matching_table = data.get("matching", {})
    _check_table(matching_table, _MATCHING_KEYS, where, "matching")
    for key, value in matching_table.items():
        if not 0 <= value <= 100:
            raise where.error(f"matching.{key} is a score from 0 to 100, not {value}", key, table="matching")
    matching = MatchingSettings(**{k: float(v) for k, v in matching_table.items()})
    distributed = _read_distributed(data["distributed"], where) if "distributed" in data else None

    return Config(
        distributed=distributed,
        path=path,
        matching=matching,
        name=project.get("name", path.stem),
        timezone=timezone,
        languages=tuple(project.get("languages", ["ru"])),
        region=region,
        city=project.get("city"),
        sources=sources,
        crawl=crawl,
        rule_folders=rule_folders,
        rules=rules,
        truth=dict(truth),
        ignores=ignores,
    )


def _read_rules(table: dict, base: Path, where: _Located) -> tuple[tuple[Path, ...], tuple[RuleSettings, ...]]:
    """[rules] folders = [...], and one [rules.RULE-ID] table per tuned rule."""
    if not isinstance(table, dict):
        raise where.error("[rules] must be a table", "rules", table="rules")
    folders = []
    for entry in table.get("folders", []):
        folder = (base / entry).resolve()
        if not folder.is_dir():
            raise where.error(f"rule folder {entry!r} does not exist (relative to {base})", "folders", table="rules")
        folders.append(folder)
    settings = []
    for rule_id, options in table.items():
        if rule_id == "folders":
            if not isinstance(options, list):
                raise where.error("rules.folders must be a list of folders", "folders", table="rules")
            continue
        name = f"rules.{rule_id}"
        if not isinstance(options, dict):
            raise where.error(f"{name} must be a table, e.g. [{name}] severity = \"warning\"", rule_id, table="rules")
        known = {k: v for k, v in options.items() if k in _RULE_KEYS}
        _check_table(known, _RULE_KEYS, where, name)
        severity = known.get("severity")
        if severity is not None and severity not in _SEVERITIES:
            raise where.error(f"{name}.severity must be one of {', '.join(_SEVERITIES)}, not {severity!r}", "severity", table=name)
        settings.append(
            RuleSettings(
                rule=rule_id,
                line=where.line_of(name, table=name) or where.line_of(rule_id, table="rules"),
                enabled=known.get("enabled"),
                severity=severity,
                channels=tuple(known["channels"]) if "channels" in known else None,
                entity_types=tuple(known["entity_types"]) if "entity_types" in known else None,
                parameters={k: v for k, v in options.items() if k not in _RULE_KEYS},
            )
        )
    return tuple(folders), tuple(settings)


def _read_ignore(index: int, table: dict, where: _Located) -> Suppression:
    if not isinstance(table, dict):
        raise where.error("each [[ignore]] must be a table", "ignore", table="ignore", occurrence=index)
    _check_table(table, _IGNORE_KEYS, where, "ignore", index)
    if not table.get("reason"):
        raise where.error("every [[ignore]] needs a reason, so the next person knows why", "ignore", table="ignore",
                          occurrence=index)
    if not any(table.get(k) for k in ("rule", "subject", "url")):
        raise where.error("an [[ignore]] must name a rule, a subject or a url; it would silence everything",
                          "ignore", table="ignore", occurrence=index)
    return Suppression(
        reason=table["reason"],
        rule=table.get("rule"),
        subject=table.get("subject"),
        url=table.get("url"),
        until=table.get("until"),
        line=where.line_of("ignore", table="ignore", occurrence=index),
    )


def _read_distributed(table: dict, where: _Located) -> DistributedSettings:
    """[distributed]: checked here, so a typo fails before anything is crawled, on every machine alike.

    Whether scrapy-redis is installed is checked only when a crawl starts:
    `consistency facts` or `runs` on the same config need no Redis.
    """
    if not isinstance(table, dict):
        raise where.error("[distributed] must be a table", "distributed", table="distributed")
    _check_table(table, _DISTRIBUTED_KEYS, where, "distributed")
    if "redis" not in table:
        raise where.error('[distributed] needs the Redis server all crawler processes share: redis = "redis://host:6379/0"',
                          "distributed", table="distributed")
    url = table["redis"]
    problem = _redis_url_problem(url)
    if problem:
        shown = re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)  # a password is no one's business in a message
        raise where.error(f"distributed.redis {shown!r} {problem}; write it as redis://host:port/db "
                          "(rediss:// for TLS, unix:///path/redis.sock)", "redis", table="distributed")
    prefix = table.get("prefix", "consistency")
    if not _PREFIX.match(prefix):
        raise where.error(f"distributed.prefix {prefix!r} must be 1-64 letters, digits or _ . : -", "prefix", table="distributed")
    workers = table.get("workers", 1)
    if not 1 <= workers <= 64:
        raise where.error(f"distributed.workers is the number of crawler processes on this machine, 1 to 64, not {workers}",
                          "workers", table="distributed")
    timeout = float(table.get("worker_timeout", 60.0))
    if not 1 <= timeout <= 86400:
        raise where.error(f"distributed.worker_timeout is in seconds, 1 to 86400, not {table['worker_timeout']}",
                          "worker_timeout", table="distributed")
    return DistributedSettings(redis=url, prefix=prefix, workers=workers, worker_timeout=timeout,
                               line=where.line_of("distributed", table="distributed"))


def _redis_url_problem(url: str) -> str | None:
    """What is wrong with a Redis URL, or None."""
    try:
        parts = urlparse(url)
        port = parts.port
    except ValueError as exc:
        return f"is not a URL ({exc})"
    if parts.scheme not in _REDIS_SCHEMES:
        return f"has the scheme {parts.scheme}:, not redis:, rediss: or unix:" if parts.scheme else "has no redis: scheme"
    if parts.scheme == "unix":
        return None if parts.path else "names no socket path"
    if not parts.hostname:
        return "names no host"
    if port == 0:
        return "has port 0"
    database = parts.path.strip("/")
    if database and not database.isdigit():
        return f"has the database {database!r}, which is not a number"
    return None


def _region_for(languages: list[str]) -> str:
    first = (languages or ["ru"])[0].lower()
    return {"ru": "RU", "sr": "RS", "en": "US"}.get(first, "RU")


def _read_source(index: int, table: dict, base: Path, where: _Located) -> Source:
    if not isinstance(table, dict):
        raise where.error("each [[source]] must be a table", "source", table="source", occurrence=index)
    _check_table(table, _SOURCE_KEYS, where, "source", index)
    channel = table.get("channel")
    if not channel:
        raise where.error("this [[source]] has no channel; add e.g. channel = \"website\"", "source", table="source", occurrence=index)
    spider = table.get("spider") or (channel if channel in SPIDERS else "website")
    if spider not in SPIDERS:
        raise where.error(f"unknown spider {spider!r}; use one of {', '.join(SPIDERS)}", "spider", table="source", occurrence=index)
    urls = tuple(_absolute_url(u, base) for u in table.get("urls", []))
    paths: list[str] = []
    for pattern in table.get("paths", []):
        matched = sorted(glob.glob(str(base / pattern), recursive=True))
        files = [p for p in matched if Path(p).is_file()]
        if not files:
            raise where.error(f"paths entry {pattern!r} matches no file (relative to {base})", "paths", table="source", occurrence=index)
        paths.extend(str(Path(p).resolve()) for p in files)
    if not urls and not paths:
        raise where.error(f"source {channel!r} has neither urls nor paths", "channel", table="source", occurrence=index)
    for u in urls:
        if u.startswith("file://") and not Path(urlparse(u).path).exists():
            raise where.error(f"start URL {u} names a file that does not exist", "urls", table="source", occurrence=index)
    return Source(
        index=index,
        channel=channel,
        spider=spider,
        urls=urls,
        paths=tuple(dict.fromkeys(paths)),
        max_pages=table.get("max_pages", 500),
        depth=table.get("depth", 5),
        follow_links=table.get("follow_links", spider == "website"),
        allowed_domains=tuple(table.get("allowed_domains", ())),
        verified=table.get("verified"),
    )


def _absolute_url(url: str, base: Path) -> str:
    """http(s) and file:// URLs as given; a URL without a scheme is a path relative to the config."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        return url
    return (base / url).resolve().as_uri()
