"""A one-line progress display on stderr while a crawl runs, for people at a terminal.

The crawl writes into the store from its own process; this reads the run's
counts from the database twice a second on a separate connection and
redraws one line. It draws nothing when stderr is not a terminal (CI, cron),
so logs stay clean there.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import TextIO


class CrawlProgress:
    """Context manager: `with CrawlProgress(db, run): crawl(...)`."""

    def __init__(self, db: str | Path, run: int, *, stream: TextIO | None = None, interval: float = 0.5):
        self.db = str(db)
        self.run = run
        self.stream = stream or sys.stderr
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._shown = False  # whether the progress line is on the screen now
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __enter__(self) -> "CrawlProgress":
        if self.enabled:
            self._started = time.monotonic()
            # Anything else written to stderr meanwhile (log records, the crawl
            # process's own messages) first wipes the progress line, so the two
            # never run into one line; the next tick draws it again below.
            self._saved_stderr, sys.stderr = sys.stderr, _Wiping(self, sys.stderr)
            for handler in logging.getLogger().handlers:
                handler.addFilter(self._wipe_filter)
            self._thread = threading.Thread(target=self._loop, name="crawl progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread:
            self._stop.set()
            self._thread.join(timeout=2)
            sys.stderr = self._saved_stderr
            for handler in logging.getLogger().handlers:
                handler.removeFilter(self._wipe_filter)
            self.wipe()

    def wipe(self) -> None:
        """Take the progress line off the screen, if it is there."""
        with self._lock:
            if self._shown:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._shown = False

    def _wipe_filter(self, record: logging.LogRecord) -> bool:
        self.wipe()
        return True

    def counts(self) -> tuple[int, int]:
        """(pages stored, pages failed) of the run so far."""
        connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=1)
        try:
            pages = connection.execute("SELECT COUNT(*) FROM documents WHERE run = ?", (self.run,)).fetchone()[0]
            errors = connection.execute("SELECT COUNT(*) FROM crawl_errors WHERE run = ?", (self.run,)).fetchone()[0]
            return pages, errors
        finally:
            connection.close()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                pages, errors = self.counts()
            except sqlite3.Error:
                continue  # busy or not yet written: try again at the next tick
            seconds = time.monotonic() - self._started
            rate = pages / seconds if seconds > 0 else 0.0
            with self._lock:
                self.stream.write(f"\r\x1b[Kcrawling run {self.run}: {pages} pages, {errors} failed, {rate:.0f} pages/s")
                self.stream.flush()
                self._shown = True


class _Wiping:
    """sys.stderr while the progress line shows: wipes it before any other write."""

    def __init__(self, progress: CrawlProgress, stream: TextIO):
        self._progress = progress
        self._stream = stream

    def write(self, text: str) -> int:
        self._progress.wipe()
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)
