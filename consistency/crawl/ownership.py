"""Which source a page belongs to when several sources reach it (docs/contract.md section 2).

A page belongs to one channel only: the source that names it (in `urls` or
`paths`), else the source whose start URL is the longest prefix of it. That
way a website crawl that follows a link into the FAQ leaves the FAQ pages to
the FAQ source, and no fact is counted twice.

Two details the contract leaves open, decided here:
- "Prefix" is taken on path boundaries and over the start URL's directory
  when its last segment is a file name (`/faq/index.html` covers `/faq/…`),
  so `/faq` does not claim `/faq-archive/` and a start page named
  `index.html` still covers its siblings. http and https, host case, default
  ports and percent-encoding do not matter.
- When two sources' start URLs cover the same prefix, a source that follows
  links wins over one that does not (a FAQ start page `/faq.html` next to the
  site's `/index.html` must not swallow the whole site), then the earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence
from urllib.parse import unquote, urlsplit

from consistency.config import Source

_DEFAULT_PORTS = {"http": 80, "https": 443}


def url_key(url: str) -> str:
    """A URL in the form ownership compares: no fragment, http≡https, host lower-cased, decoded path."""
    url = url.partition("#")[0]
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme == "file":
        return "file://" + unquote(parts.path)
    if scheme in _DEFAULT_PORTS:
        host = (parts.hostname or "").lower()
        try:
            port = parts.port
        except ValueError:
            port = None
        if port is not None and port != _DEFAULT_PORTS[scheme]:
            host = f"{host}:{port}"
        query = f"?{parts.query}" if parts.query else ""
        return f"web://{host}{unquote(parts.path) or '/'}{query}"
    return url


def _scope(key: str) -> str:
    """The prefix a start URL covers: its directory when it names a file, else itself."""
    path_part = key.partition("?")[0]
    last = path_part.rsplit("/", 1)[-1]
    if "." in last:
        return path_part[: len(path_part) - len(last)]
    return path_part


def _covers(scope: str, key: str) -> bool:
    if key == scope:
        return True
    if not key.startswith(scope):
        return False
    return scope.endswith("/") or key[len(scope)] in "/?"


@dataclass(frozen=True)
class _Claim:
    scope: str
    follows: bool
    index: int


@dataclass(frozen=True)
class _Index:
    named: dict[str, int]
    claims: tuple[_Claim, ...]


@lru_cache(maxsize=32)
def _index(sources: tuple[Source, ...]) -> _Index:
    named: dict[str, int] = {}
    claims: list[_Claim] = []
    for source in sources:
        for url in source.urls:
            key = url_key(url)
            named.setdefault(key, source.index)
            # "/faq" and "/faq/" name the same page on every server we meet
            named.setdefault(key[:-1] if key.endswith("/") and not key.endswith("//") else key + "/", source.index)
            claims.append(_Claim(_scope(key), source.follow_links, source.index))
        for path in source.paths:
            named.setdefault(url_key(Path(path).as_uri()), source.index)
    return _Index(named, tuple(claims))


def owner_of(url: str, sources: Sequence[Source]) -> int | None:
    """Index of the source a page belongs to, or None when no source names or covers it."""
    index = _index(tuple(sources))
    key = url_key(url)
    named = index.named.get(key)
    if named is not None:
        return named
    best: _Claim | None = None
    for claim in index.claims:
        if not _covers(claim.scope, key):
            continue
        if best is None or (len(claim.scope), claim.follows, -claim.index) > (len(best.scope), best.follows, -best.index):
            best = claim
    return best.index if best else None
