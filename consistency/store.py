"""The SQLite fact store: every crawl is a numbered run; earlier runs are kept.

Document bodies are stored once per content hash, so a re-crawl of an
unchanged site adds rows, not megabytes. The database runs in WAL mode with a
busy timeout so a nightly run and an ad-hoc check can share it.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import zlib
from dataclasses import asdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from consistency.documents.document import Document
from consistency.facts.fact import Fact

RUNNING, COMPLETE, INCOMPLETE = "running", "complete", "incomplete"
# A --changed check: draft documents laid over a complete run. Never "the latest
# complete run", never compared by `diff` or --new-only.
OVERLAY = "overlay"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    pid INTEGER,
    host TEXT,
    config TEXT,
    sources TEXT,
    pages INTEGER DEFAULT 0,
    errors INTEGER DEFAULT 0,
    facts INTEGER DEFAULT 0,
    note TEXT,
    extracted TEXT  -- "AS_OF EXTRACTOR-VERSION" the stored facts were read with
);
CREATE TABLE IF NOT EXISTS bodies (
    hash TEXT PRIMARY KEY,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL REFERENCES runs(id),
    url TEXT NOT NULL,
    channel TEXT NOT NULL,
    source INTEGER NOT NULL,
    format TEXT NOT NULL,
    status INTEGER,
    content_type TEXT,
    title TEXT,
    language TEXT,
    last_modified TEXT,
    etag TEXT,
    content_hash TEXT NOT NULL REFERENCES bodies(hash),
    fetched_at TEXT,
    UNIQUE (run, url)
);
CREATE TABLE IF NOT EXISTS crawl_errors (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL REFERENCES runs(id),
    source INTEGER,
    url TEXT,
    reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    run INTEGER NOT NULL REFERENCES runs(id),
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    raw TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    url TEXT NOT NULL,
    channel TEXT NOT NULL,
    scope TEXT NOT NULL,
    entity TEXT,
    context TEXT,
    valid_from TEXT,
    valid_to TEXT,
    discount TEXT,
    price TEXT,
    old_price TEXT,
    origin TEXT
);
CREATE INDEX IF NOT EXISTS facts_by_run ON facts (run, kind, entity);
-- The freshest date known for each document (see consistency/facts/updated.py).
CREATE TABLE IF NOT EXISTS document_dates (
    run INTEGER NOT NULL REFERENCES runs(id),
    url TEXT NOT NULL,
    channel TEXT NOT NULL,
    updated TEXT,
    witness TEXT NOT NULL,
    PRIMARY KEY (run, url)
);
-- The text units of each run's documents, for `consistency facts --grep`.
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(
    text, context, url UNINDEXED, channel UNINDEXED, run UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TABLE IF NOT EXISTS findings (
    run INTEGER NOT NULL REFERENCES runs(id),
    as_of TEXT NOT NULL,
    id TEXT NOT NULL,
    rule TEXT NOT NULL,
    kind TEXT NOT NULL,
    problem TEXT NOT NULL,
    severity TEXT NOT NULL,
    subject TEXT NOT NULL,
    message TEXT NOT NULL,
    evidence TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run, id)
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A consistency database on disk."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        connection = sqlite3.connect(str(self.path), timeout=60, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=60000")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.executescript(_SCHEMA)
        _migrate(connection)
        self.db = sqlite_utils.Database(connection)
        self.connection = connection

    def close(self) -> None:
        self.connection.close()

    # runs -----------------------------------------------------------------

    def begin_run(self, config: str, sources: list[str]) -> int:
        """Open a new numbered run, marked running until finish_run."""
        self._mark_dead_runs()
        cursor = self.connection.execute(
            "INSERT INTO runs (started_at, status, pid, host, config, sources) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), RUNNING, os.getpid(), socket.gethostname(), config, json.dumps(sources, ensure_ascii=False)),
        )
        return cursor.lastrowid

    def finish_run(self, run: int, *, status: str = COMPLETE, note: str | None = None) -> None:
        counts = self.connection.execute(
            "SELECT (SELECT COUNT(*) FROM documents WHERE run = ?), (SELECT COUNT(*) FROM crawl_errors WHERE run = ?),"
            " (SELECT COUNT(*) FROM facts WHERE run = ?)",
            (run, run, run),
        ).fetchone()
        self.connection.execute(
            "UPDATE runs SET finished_at = ?, status = ?, pages = ?, errors = ?, facts = ?, note = ? WHERE id = ?",
            (_now(), status, *counts, note, run),
        )

    def _mark_dead_runs(self) -> None:
        """A run still 'running' whose process is gone died mid-way: mark it incomplete.

        Only runs started on this host are judged (a database on a shared disk
        may hold a live run of another machine), and a pid whose process started
        after the run did is a reused pid, not the run's process.
        """
        host = socket.gethostname()
        rows = self.connection.execute("SELECT id, pid, host, started_at FROM runs WHERE status = ?", (RUNNING,)).fetchall()
        for run, pid, run_host, started_at in rows:
            if run_host not in (None, host):
                continue
            if pid is None or not _process_alive(pid) or _started_after(pid, started_at):
                self.connection.execute(
                    "UPDATE runs SET status = ?, note = ? WHERE id = ?", (INCOMPLETE, "the process stopped before the run finished", run)
                )

    def latest_complete_run(self) -> int | None:
        row = self.connection.execute("SELECT MAX(id) FROM runs WHERE status = ?", (COMPLETE,)).fetchone()
        return row[0]

    def runs(self) -> list[dict]:
        """Every run, oldest first, with its findings counted by severity."""
        self._mark_dead_runs()
        rows = list(self.db.query("SELECT * FROM runs ORDER BY id"))
        counts: dict[int, dict[str, int]] = {}
        for run, severity, n in self.connection.execute("SELECT run, severity, COUNT(*) FROM findings GROUP BY run, severity"):
            counts.setdefault(run, {})[severity] = n
        for row in rows:
            row["findings"] = {s: counts.get(row["id"], {}).get(s, 0) for s in ("error", "warning", "info")}
            row["checked"] = row["id"] in counts
        return rows

    def complete_runs(self) -> list[int]:
        """Complete runs (overlays and incomplete runs left out), oldest first."""
        self._mark_dead_runs()
        return [r for (r,) in self.connection.execute("SELECT id FROM runs WHERE status = ? ORDER BY id", (COMPLETE,))]

    def run_status(self, run: int) -> str | None:
        row = self.connection.execute("SELECT status FROM runs WHERE id = ?", (run,)).fetchone()
        return row[0] if row else None

    def copy_documents(self, from_run: int, to_run: int, *, except_urls: set[str] = frozenset()) -> int:
        """Lay a run's documents under another (bodies are shared, not copied); returns how many."""
        rows = self.connection.execute(
            "SELECT url, channel, source, format, status, content_type, title, language, last_modified, etag,"
            " content_hash, fetched_at FROM documents WHERE run = ? ORDER BY id", (from_run,)
        ).fetchall()
        kept = [r for r in rows if r[0] not in except_urls]
        with self._transaction():
            self.connection.executemany(
                "INSERT OR IGNORE INTO documents (run, url, channel, source, format, status, content_type, title,"
                " language, last_modified, etag, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(to_run, *r) for r in kept],
            )
        return len(kept)

    # documents ------------------------------------------------------------

    def add_document(self, run: int, document: Document) -> None:
        """Store a fetched document (its body once per content hash)."""
        digest = document.content_hash
        with self._transaction():
            self.connection.execute(
                "INSERT OR IGNORE INTO bodies (hash, body) VALUES (?, ?)", (digest, zlib.compress(document.body, 3))
            )
            self.connection.execute(
                "INSERT OR REPLACE INTO documents (run, url, channel, source, format, status, content_type, title, language,"
                " last_modified, etag, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run,
                    document.url,
                    document.channel,
                    document.source,
                    document.format,
                    document.status,
                    document.content_type,
                    document.title,
                    document.language,
                    document.last_modified,
                    document.etag,
                    digest,
                    document.fetched_at,
                ),
            )

    def add_crawl_error(self, run: int, source: int | None, url: str | None, reason: str) -> None:
        self.connection.execute(
            "INSERT INTO crawl_errors (run, source, url, reason) VALUES (?, ?, ?, ?)", (run, source, url, reason)
        )

    def clear_unreadable(self, run: int) -> None:
        """Forget a run's "unreadable" errors before its documents are read again (--no-crawl)."""
        self.connection.execute("DELETE FROM crawl_errors WHERE run = ? AND reason LIKE 'unreadable:%'", (run,))

    def crawl_errors(self, run: int) -> list[dict]:
        return list(self.db.query("SELECT source, url, reason FROM crawl_errors WHERE run = ? ORDER BY id", [run]))

    def documents(self, run: int) -> Iterator[Document]:
        """The documents of a run, bodies included, in the order they were fetched."""
        rows = self.connection.execute(
            "SELECT d.url, d.channel, d.source, d.format, b.body, d.status, d.content_type, d.title, d.language,"
            " d.last_modified, d.etag, d.fetched_at FROM documents d JOIN bodies b ON b.hash = d.content_hash"
            " WHERE d.run = ? ORDER BY d.id",
            (run,),
        )
        for row in rows:
            url, channel, source, fmt, body, status, ctype, title, lang, lm, etag, fetched = row
            yield Document(
                url=url,
                channel=channel,
                source=source,
                format=fmt,
                body=zlib.decompress(body),
                status=status,
                content_type=ctype or "",
                title=title,
                language=lang,
                last_modified=lm,
                etag=etag,
                fetched_at=fetched,
            )

    # facts ----------------------------------------------------------------

    def replace_facts(self, run: int, facts: Iterable[Fact], *, extracted: str | None = None) -> int:
        """Store a run's facts, replacing any stored before; `extracted` says how they were read. Returns how many."""
        rows = [_fact_row(run, f) for f in facts]
        with self._transaction():
            self.connection.execute("DELETE FROM facts WHERE run = ?", (run,))
            self.connection.execute("UPDATE runs SET extracted = ? WHERE id = ?", (extracted, run))
            if rows:
                columns = list(rows[0])
                self.connection.executemany(
                    f"INSERT INTO facts ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                    [tuple(r[c] for c in columns) for r in rows],
                )
        return len(rows)

    def extracted(self, run: int) -> str | None:
        """How the run's stored facts were read ("AS_OF EXTRACTOR-VERSION"), if known."""
        row = self.connection.execute("SELECT extracted FROM runs WHERE id = ?", (run,)).fetchone()
        return row[0] if row else None

    def facts(self, run: int) -> list[Fact]:
        cursor = self.connection.execute(
            "SELECT kind, value, raw, excerpt, url, channel, scope, entity, context, valid_from, valid_to, discount,"
            " price, old_price, origin FROM facts WHERE run = ? ORDER BY id",
            (run,),
        )
        return [_fact_from_row(row) for row in cursor]

    # document dates -------------------------------------------------------

    def replace_document_dates(self, run: int, dates: Iterable) -> None:
        """Store each document's freshest known date (SourceDate records)."""
        with self._transaction():
            self.connection.execute("DELETE FROM document_dates WHERE run = ?", (run,))
            self.connection.executemany(
                "INSERT OR REPLACE INTO document_dates VALUES (?, ?, ?, ?, ?)",
                [(run, d.url, d.channel, d.updated.isoformat() if d.updated else None, d.witness) for d in dates],
            )

    def document_dates(self, run: int) -> list:
        from consistency.facts.updated import SourceDate

        rows = self.connection.execute("SELECT url, channel, updated, witness FROM document_dates WHERE run = ?", (run,))
        return [SourceDate(url, channel, date.fromisoformat(u) if u else None, w) for url, channel, u, w in rows]

    # full-text search -----------------------------------------------------

    def replace_units(self, run: int, units: Iterable[tuple[str, str, str, str]]) -> None:
        """Index a run's text units (url, channel, context, text) for search."""
        with self._transaction():
            self.connection.execute("DELETE FROM units_fts WHERE run = ?", (run,))
            self.connection.executemany(
                "INSERT INTO units_fts (text, url, channel, context, run) VALUES (?, ?, ?, ?, ?)",
                [(text, url, channel, context, run) for url, channel, context, text in units],
            )

    def search(self, run: int, words: str, *, limit: int = 200) -> list[dict]:
        """Units of a run that mention every word (in any inflection), best first, with a highlighted snippet."""
        query = fts_query(words)
        if not query:
            return []
        return list(self.db.query(
            "SELECT url, channel, context, snippet(units_fts, -1, '[', ']', '…', 16) AS snippet FROM units_fts"
            " WHERE units_fts MATCH :query AND run = :run ORDER BY rank LIMIT :limit",
            {"query": query, "run": run, "limit": limit},
        ))

    # findings -------------------------------------------------------------

    def replace_findings(self, run: int, as_of: date, findings: Iterable) -> None:
        """Store the findings of a check of `run` as of a date, replacing an earlier check's."""
        rows = [
            (
                run,
                as_of.isoformat(),
                f.id,
                f.rule,
                f.kind,
                f.problem,
                f.severity,
                f.subject,
                f.message,
                json.dumps([asdict(e) for e in f.evidence], ensure_ascii=False),
                f.key,
            )
            for f in findings
        ]
        with self._transaction():
            self.connection.execute("DELETE FROM findings WHERE run = ?", (run,))
            self.connection.executemany("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def findings(self, run: int) -> list:
        """The findings stored by the last check of a run."""
        from consistency.findings.finding import Evidence, Finding

        rows = self.connection.execute(
            "SELECT rule, kind, problem, severity, subject, message, evidence, key FROM findings WHERE run = ?", (run,)
        )
        return [
            Finding(rule, kind, problem, severity, subject, message, tuple(Evidence(**e) for e in json.loads(evidence)), key)
            for rule, kind, problem, severity, subject, message, evidence, key in rows
        ]

    def _transaction(self):
        return _Transaction(self.connection)


class _Transaction:
    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self):
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, exc_type, exc, tb):
        self.connection.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring a database written by an earlier version up to this schema, keeping its runs."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(findings)")}
    if "key" not in columns:
        connection.execute("ALTER TABLE findings ADD COLUMN key TEXT NOT NULL DEFAULT ''")
    run_columns = {row[1] for row in connection.execute("PRAGMA table_info(runs)")}
    if "host" not in run_columns:
        connection.execute("ALTER TABLE runs ADD COLUMN host TEXT")
    if "extracted" not in run_columns:
        connection.execute("ALTER TABLE runs ADD COLUMN extracted TEXT")


def fts_query(words: str) -> str:
    """An FTS5 query for words in any inflection: each word quoted, long ones as a prefix ("распродаж"*)."""
    terms = []
    for word in re.findall(r"\w+", words):
        if len(word) > 5:
            terms.append('"' + word[: max(4, len(word) - 2)] + '"*')
        else:
            terms.append('"' + word + '"')
    return " ".join(terms)


def _started_after(pid: int, started_at: str) -> bool:
    """Whether process `pid` started after the run did (so the pid was reused); False where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/stat", "rb") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith(b"btime"))
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    began = boot + ticks / os.sysconf("SC_CLK_TCK")
    return began > datetime.fromisoformat(started_at).timestamp() + 2  # the run's own process started first


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fact_row(run: int, fact: Fact) -> dict:
    return {
        "run": run,
        "kind": fact.kind,
        "value": fact.value,
        "raw": fact.raw,
        "excerpt": fact.excerpt,
        "url": fact.url,
        "channel": fact.channel,
        "scope": fact.scope,
        "entity": fact.entity,
        "context": json.dumps(list(fact.context), ensure_ascii=False),
        "valid_from": fact.valid_from.isoformat() if fact.valid_from else None,
        "valid_to": fact.valid_to.isoformat() if fact.valid_to else None,
        "discount": fact.discount,
        "price": fact.price,
        "old_price": fact.old_price,
        "origin": fact.origin,
    }


def _fact_from_row(row: tuple) -> Fact:
    kind, value, raw, excerpt, url, channel, scope, entity, context, vf, vt, discount, price, old, origin = row
    return Fact(
        kind=kind,
        value=value,
        raw=raw,
        excerpt=excerpt,
        url=url,
        channel=channel,
        scope=scope,
        entity=entity,
        context=tuple(json.loads(context or "[]")),
        valid_from=date.fromisoformat(vf) if vf else None,
        valid_to=date.fromisoformat(vt) if vt else None,
        discount=discount,
        price=price,
        old_price=old,
        origin=origin or "text",
    )
