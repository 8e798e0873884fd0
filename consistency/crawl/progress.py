"""A one-line progress display on stderr while a crawl runs, for people at a terminal.

The crawl writes into the store from its own process; this reads the run's
counts from the database twice a second on a separate connection and
redraws one line. It draws nothing when stderr is not a terminal (CI, cron),
so logs stay clean there.
"""

from __future__ import annotations

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
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __enter__(self) -> "CrawlProgress":
        if self.enabled:
            self._started = time.monotonic()
            self._thread = threading.Thread(target=self._loop, name="crawl progress", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread:
            self._stop.set()
            self._thread.join(timeout=2)
            self.stream.write("\r\x1b[K")  # clear the line; the summary is logged after
            self.stream.flush()

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
            self.stream.write(f"\r\x1b[Kcrawling run {self.run}: {pages} pages, {errors} failed, {rate:.0f} pages/s")
            self.stream.flush()
