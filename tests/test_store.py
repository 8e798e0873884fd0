"""The fact store: numbered runs, kept; a dead run marked incomplete; bodies stored once."""

import subprocess
import sys

from consistency.documents.document import Document
from consistency.facts.fact import BRANCH, Fact
from consistency.store import COMPLETE, INCOMPLETE, Store


def page(url: str, body: bytes) -> Document:
    return Document(url=url, channel="website", source=0, format="html", body=body, title="t")


def test_runs_are_numbered_and_kept(tmp_path):
    store = Store(tmp_path / "c.db")
    first = store.begin_run("c.toml", ["website"])
    store.add_document(first, page("file:///a.html", b"<p>one</p>"))
    store.finish_run(first)
    second = store.begin_run("c.toml", ["website"])
    store.add_document(second, page("file:///a.html", b"<p>one</p>"))
    store.add_document(second, page("file:///b.html", b"<p>two</p>"))
    store.finish_run(second)
    assert (first, second) == (1, 2)
    assert [d.url for d in store.documents(first)] == ["file:///a.html"]
    assert [d.body for d in store.documents(second)] == [b"<p>one</p>", b"<p>two</p>"]
    assert store.latest_complete_run() == 2
    # The unchanged body is stored once.
    assert store.connection.execute("SELECT COUNT(*) FROM bodies").fetchone()[0] == 2
    assert [r["pages"] for r in store.runs()] == [1, 2]


def test_a_run_whose_process_died_is_incomplete_and_never_the_latest(tmp_path):
    db = tmp_path / "c.db"
    store = Store(db)
    done = store.begin_run("c.toml", [])
    store.finish_run(done)
    # Another process opens a run and is killed before finishing it.
    code = f"from consistency.store import Store; s = Store({str(db)!r}); s.begin_run('c.toml', []); import os; os._exit(0)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
    statuses = [r["status"] for r in store.runs()]
    assert statuses == [COMPLETE, INCOMPLETE]
    assert store.latest_complete_run() == done


def test_facts_round_trip(tmp_path):
    from datetime import date

    store = Store(tmp_path / "c.db")
    run = store.begin_run("c.toml", [])
    fact = Fact(kind="promotion", value="Осенняя распродажа", raw="до 30 ноября", excerpt="Осенняя распродажа до 30 ноября",
                url="file:///p.html", channel="website", scope=BRANCH, entity="Магазин на Покровке",
                context=("Акции",), valid_to=date(2026, 11, 30), discount="up to 30%")
    assert store.replace_facts(run, [fact]) == 1
    assert store.facts(run) == [fact]
    store.replace_facts(run, [])
    assert store.facts(run) == []


# A database written before the extraction cache, conditional re-crawls and the per-body full-text index.
_OLD_SCHEMA = """
CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
    pid INTEGER, config TEXT, sources TEXT, pages INTEGER DEFAULT 0, errors INTEGER DEFAULT 0,
    facts INTEGER DEFAULT 0, note TEXT);
CREATE TABLE bodies (hash TEXT PRIMARY KEY, body BLOB NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY, run INTEGER NOT NULL, url TEXT NOT NULL, channel TEXT NOT NULL,
    source INTEGER NOT NULL, format TEXT NOT NULL, status INTEGER, content_type TEXT, title TEXT, language TEXT,
    last_modified TEXT, etag TEXT, content_hash TEXT NOT NULL, fetched_at TEXT, UNIQUE (run, url));
CREATE TABLE findings (run INTEGER NOT NULL, as_of TEXT NOT NULL, id TEXT NOT NULL, rule TEXT NOT NULL,
    kind TEXT NOT NULL, problem TEXT NOT NULL, severity TEXT NOT NULL, subject TEXT NOT NULL, message TEXT NOT NULL,
    evidence TEXT NOT NULL, PRIMARY KEY (run, id));
CREATE VIRTUAL TABLE units_fts USING fts5(text, context, url UNINDEXED, channel UNINDEXED, run UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2");
"""


def test_a_database_of_an_earlier_version_opens_with_its_runs_and_their_search(tmp_path):
    import sqlite3
    import zlib

    db = tmp_path / "old.db"
    with sqlite3.connect(db) as connection:
        connection.executescript(_OLD_SCHEMA)
        connection.execute("INSERT INTO runs (id, started_at, status, config) VALUES (1, '2026-11-01T00:00:00+00:00',"
                           " 'complete', 'c.toml')")
        connection.execute("INSERT INTO bodies VALUES ('h', ?)", (zlib.compress(b"<p>old</p>"),))
        connection.execute("INSERT INTO documents (run, url, channel, source, format, content_hash, last_modified)"
                           " VALUES (1, 'https://example.com/', 'website', 0, 'html', 'h', 'Sun, 01 Nov 2026 00:00:00 GMT')")
        connection.execute("INSERT INTO units_fts (text, context, url, channel, run) VALUES"
                           " ('Осенняя распродажа до 30 ноября', 'Акции', 'https://example.com/', 'website', 1)")
    store = Store(db)
    assert [(r["id"], r["status"]) for r in store.runs()] == [(1, COMPLETE)]
    assert [d.body for d in store.documents(1)] == [b"<p>old</p>"]
    assert [r["url"] for r in store.search(1, "осенней распродаже")] == ["https://example.com/"]
    assert store.indexed(1) is None and store.facts_key(1) is None  # read again by the next --no-crawl
    # the run is what a re-crawl revalidates against
    assert list(store.previous_pages(2)) == ["https://example.com/"]


def test_a_run_indexed_per_body_is_searched_and_shares_what_did_not_change(tmp_path):
    store = Store(tmp_path / "c.db")
    units = [("Акции", "Осенняя распродажа до 30 ноября"), ("", "Пн–Пт 10:00–21:00")]
    for run in (store.begin_run("c.toml", []), store.begin_run("c.toml", [])):
        with store.transaction():
            store.add_units(run, [("https://example.com/a", "website", "doc-a", units)])
    assert [r["url"] for r in store.search(2, "распродажа")] == ["https://example.com/a"]
    assert store.connection.execute("SELECT COUNT(*) FROM unit_texts").fetchone()[0] == 2  # indexed once
    store.clear_units(1)
    assert store.search(1, "распродажа") == [] and len(store.search(2, "распродажа")) == 1


def _open_and_close(path: str, results) -> None:
    try:
        Store(path).close()
        results.put("ok")
    except Exception as exc:  # the failure is the finding: report it to the parent
        results.put(f"{type(exc).__name__}: {exc}")


def test_processes_opening_a_new_database_at_the_same_moment_all_open_it(tmp_path):
    """Switching a new database to WAL from two processes at once answers 'locked' without waiting (2 in 240 openings
    failed before the opening was retried)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for round_ in range(12):
        path = str(tmp_path / f"run{round_}.db")
        results = context.Queue()
        workers = [context.Process(target=_open_and_close, args=(path, results)) for _ in range(6)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [results.get(timeout=5) for _ in workers] == ["ok"] * len(workers)
