"""Errors that reach the user: each says what went wrong, where, and what to do."""

from __future__ import annotations


class ConsistencyError(Exception):
    """Base for errors reported to the user without a traceback."""

    exit_code = 2


class ConfigError(ConsistencyError):
    """An invalid or unreadable config or rule file (exit status 2)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.detail = message
        where = path or ""
        if path and line:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class CrawlError(ConsistencyError):
    """A source whose pages could not be reached at all (exit status 3)."""

    exit_code = 3
