"""The crawl progress line: drawn on a terminal, silent in CI and cron."""

import io
import time

from consistency.crawl.progress import CrawlProgress
from consistency.documents.document import Document
from consistency.store import Store


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_drawn_on_a_terminal_and_counts_the_run(tmp_path):
    store = Store(tmp_path / "c.db")
    run = store.begin_run("c.toml", ["website"])
    screen = Terminal()
    with CrawlProgress(store.path, run, stream=screen, interval=0.05):
        for n in range(3):
            store.add_document(run, Document(url=f"file:///{n}.html", channel="website", source=0, format="html",
                                             body=f"<p>{n}</p>".encode()))
        store.add_crawl_error(run, 0, "file:///gone.html", "file not found")
        time.sleep(0.3)
    assert "crawling run 1: 3 pages, 1 failed" in screen.getvalue()
    assert screen.getvalue().endswith("\r\x1b[K")  # the line is wiped at the end


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path):
    store = Store(tmp_path / "c.db")
    run = store.begin_run("c.toml", ["website"])
    log = io.StringIO()
    with CrawlProgress(store.path, run, stream=log, interval=0.05):
        time.sleep(0.2)
    assert log.getvalue() == ""
