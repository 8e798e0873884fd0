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
