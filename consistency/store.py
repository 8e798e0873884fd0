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
import time
import zlib
from dataclasses import asdict, dataclass
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
    extracted TEXT,  -- "AS_OF EXTRACTOR-VERSION" the stored facts were read with
    indexed TEXT,  -- the extraction_version() the run's units were indexed with (run_units)
    facts_key TEXT  -- names the stored facts exactly (extraction.py ExtractedRun.fingerprint), if known
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
-- The text units of documents, for `consistency facts --grep`: indexed once per document content
-- (`doc`, see facts/cache.py units_key), and each run's documents mapped to them in run_units, so a
-- re-crawl of unchanged pages indexes nothing again.
CREATE VIRTUAL TABLE IF NOT EXISTS unit_texts USING fts5(
    text, context, doc UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE TABLE IF NOT EXISTS indexed_docs (doc TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS run_units (
    run INTEGER NOT NULL REFERENCES runs(id),
    url TEXT NOT NULL,
    channel TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (run, url)
);
CREATE INDEX IF NOT EXISTS run_units_by_doc ON run_units (doc, run);
-- Runs indexed by earlier versions: their units, one row per run (still searched).
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(
    text, context, url UNINDEXED, channel UNINDEXED, run UNINDEXED,
    tokenize = "unicode61 remove_diacritics 2"
);
-- Results of reading documents, kept by a key of everything they depend on (consistency/facts/cache.py):
-- an unchanged page is not read again. Never part of a run: dropping the table loses only time.
CREATE TABLE IF NOT EXISTS extraction_cache (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    version TEXT  -- the extraction_version() that wrote it: other code's entries are dropped (drop_cached)
);
-- The links of a page as the crawl read them, so that a page the server says is unchanged (304) is
-- followed without parsing it again (spiders/base.py).
CREATE TABLE IF NOT EXISTS page_links (
    url TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    links BLOB NOT NULL,  -- zlib-compressed JSON list of absolute URLs
    PRIMARY KEY (url, content_hash)
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


@dataclass(frozen=True)
class StoredDocument:
    """A stored document without its body (b""; Store.body has it): what reading through the cache starts from."""

    id: int
    content_hash: str
    document: Document


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# How long opening the database waits for another process that is opening or writing it.
_OPEN_TIMEOUT = 60.0


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode with the schema in place, waiting for other processes doing the same.

    SQLite answers "database is locked" at once, without the busy timeout,
    when two processes switch a new database to WAL or recover its log at
    the same moment (it will not wait where waiting could deadlock); two
    checks started together on one database hit that, so the opening is
    tried again until the timeout.
    """
    deadline = time.monotonic() + _OPEN_TIMEOUT
    while True:
        connection = sqlite3.connect(str(path), timeout=_OPEN_TIMEOUT, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(f"PRAGMA busy_timeout={int(_OPEN_TIMEOUT * 1000)}")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.executescript(_SCHEMA)
            _migrate(connection)
            return connection
        except sqlite3.OperationalError as exc:
            connection.close()
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store:
    """A consistency database on disk."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        connection = _connect(self.path)
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
        # an unchanged page (a re-crawl, a 304) has its body stored already: not compressed again
        known = self.connection.execute("SELECT 1 FROM bodies WHERE hash = ?", (digest,)).fetchone()
        body = None if known else zlib.compress(document.body, 3)
        with self._transaction():
            if body is not None:
                self.connection.execute("INSERT OR IGNORE INTO bodies (hash, body) VALUES (?, ?)", (digest, body))
            self._insert_document(run, document, digest)

    def add_stored_again(self, run: int, document: Document, content_hash: str) -> None:
        """Store a document whose body is stored already, by its hash (a page the server said has not changed)."""
        if self.connection.execute("SELECT 1 FROM bodies WHERE hash = ?", (content_hash,)).fetchone() is None:
            raise KeyError(f"no stored body {content_hash} for {document.url}")
        self._insert_document(run, document, content_hash)

    def _insert_document(self, run: int, document: Document, digest: str) -> None:
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

    def document_rows(self, run: int, *, after: int = 0, limit: int | None = None) -> list[StoredDocument]:
        """A run's documents without their bodies, in the order they were stored, from the one after id `after`."""
        rows = self.connection.execute(
            "SELECT id, content_hash, url, channel, source, format, status, content_type, title, language,"
            " last_modified, etag, fetched_at FROM documents WHERE run = ? AND id > ? ORDER BY id LIMIT ?",
            (run, after, -1 if limit is None else limit),
        ).fetchall()
        return [
            StoredDocument(ident, digest, Document(
                url=url, channel=channel, source=source, format=fmt, body=b"", status=status,
                content_type=ctype or "", title=title, language=lang, last_modified=lm, etag=etag, fetched_at=fetched,
            ))
            for ident, digest, url, channel, source, fmt, status, ctype, title, lang, lm, etag, fetched in rows
        ]

    def body(self, content_hash: str) -> bytes:
        """A stored body by its content hash."""
        row = self.connection.execute("SELECT body FROM bodies WHERE hash = ?", (content_hash,)).fetchone()
        if row is None:
            raise KeyError(content_hash)
        return zlib.decompress(row[0])

    def previous_pages(self, run: int) -> dict[str, StoredDocument]:
        """The documents of the latest complete run before `run`, by URL: what a re-crawl asks the server about."""
        row = self.connection.execute("SELECT MAX(id) FROM runs WHERE status = ? AND id < ?", (COMPLETE, run)).fetchone()
        if row[0] is None:
            return {}
        return {d.document.url: d for d in self.document_rows(row[0])}

    # links ----------------------------------------------------------------

    def add_links(self, url: str, content_hash: str, links: Iterable[str]) -> None:
        """The links a page's body holds (absolute URLs), kept per URL and body: a re-crawl follows them on a 304."""
        packed = zlib.compress(json.dumps(list(links), ensure_ascii=False).encode("utf-8"), 1)
        self.connection.execute("INSERT OR IGNORE INTO page_links (url, content_hash, links) VALUES (?, ?, ?)",
                                (url, content_hash, packed))

    def links(self, url: str, content_hash: str) -> list[str] | None:
        """The links kept for a page's body, or None if none were."""
        row = self.connection.execute("SELECT links FROM page_links WHERE url = ? AND content_hash = ?",
                                      (url, content_hash)).fetchone()
        return json.loads(zlib.decompress(row[0])) if row else None

    # the extraction cache -------------------------------------------------

    def cached(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Extraction cache records by key (those present)."""
        keys = list(dict.fromkeys(keys))
        out: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start:start + 500]
            query = f"SELECT key, value FROM extraction_cache WHERE key IN ({', '.join('?' for _ in chunk)})"
            out.update(self.connection.execute(query, chunk).fetchall())
        return out

    def keep(self, records: Iterable[tuple[str, bytes]], version: str) -> None:
        """Add extraction cache records (key, value) written by code `version`; a key already kept keeps its value."""
        self.connection.executemany("INSERT OR IGNORE INTO extraction_cache (key, value, version) VALUES (?, ?, ?)",
                                    [(key, value, version) for key, value in records])

    def drop_cached(self, *, except_version: str) -> int:
        """Drop the extraction cache records other code wrote (nothing will ask for them again); returns how many."""
        return self.connection.execute("DELETE FROM extraction_cache WHERE version IS NOT ?", (except_version,)).rowcount

    # facts ----------------------------------------------------------------

    def replace_facts(self, run: int, facts: Iterable[Fact], *, extracted: str | None = None,
                      facts_key: str | None = None) -> int:
        """Store a run's facts, replacing any stored before; `extracted` says how they were read, `facts_key` names
        them (see facts_key). Returns how many."""
        rows = [_fact_values(run, f) for f in facts]
        with self._transaction():
            self.connection.execute("DELETE FROM facts WHERE run = ?", (run,))
            self.connection.execute("UPDATE runs SET extracted = ?, facts_key = ? WHERE id = ?",
                                    (extracted, facts_key, run))
            self.connection.executemany(
                f"INSERT INTO facts ({', '.join(_FACT_COLUMNS)}) VALUES ({', '.join('?' for _ in _FACT_COLUMNS)})", rows
            )
        return len(rows)

    def facts_key(self, run: int) -> str | None:
        """What names the run's stored facts exactly: extracting them again to the same key would store the same."""
        row = self.connection.execute("SELECT facts_key FROM runs WHERE id = ?", (run,)).fetchone()
        return row[0] if row else None

    def set_extracted(self, run: int, extracted: str | None) -> None:
        """Say the run's stored facts are (also) what reading them `extracted` gives, without writing them again."""
        self.connection.execute("UPDATE runs SET extracted = ? WHERE id = ?", (extracted, run))

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

    def add_units(self, run: int, documents: Iterable[tuple[str, str, str, list[tuple[str, str]]]]) -> None:
        """Index documents of a run for search: (url, channel, doc, [(context, text), ...]) each, where `doc` names
        the units' content (facts/cache.py units_key). Units already indexed under `doc` are not indexed again."""
        documents = list(documents)
        docs = list(dict.fromkeys(doc for _, _, doc, _ in documents))
        known: set[str] = set()
        for start in range(0, len(docs), 500):  # SQLite's limit on bound parameters
            chunk = docs[start:start + 500]
            known.update(d for (d,) in self.connection.execute(
                f"SELECT doc FROM indexed_docs WHERE doc IN ({', '.join('?' for _ in chunk)})", chunk))
        new = {doc: units for _, _, doc, units in documents if doc not in known}
        self.connection.executemany("INSERT OR IGNORE INTO indexed_docs (doc) VALUES (?)", [(d,) for d in new])
        self.connection.executemany(
            "INSERT INTO unit_texts (text, context, doc) VALUES (?, ?, ?)",
            [(text, context, doc) for doc, units in new.items() for context, text in units],
        )
        self.connection.executemany(
            "INSERT OR REPLACE INTO run_units (run, url, channel, doc) VALUES (?, ?, ?, ?)",
            [(run, url, channel, doc) for url, channel, doc, _ in documents],
        )

    def clear_units(self, run: int) -> None:
        """Forget what a run's documents are indexed as (their units stay indexed for other runs)."""
        self.connection.execute("DELETE FROM run_units WHERE run = ?", (run,))
        self.connection.execute("DELETE FROM units_fts WHERE run = ?", (run,))
        self.connection.execute("UPDATE runs SET indexed = NULL WHERE id = ?", (run,))

    def indexed(self, run: int) -> str | None:
        """The extraction_version() the run's units were indexed with (None: not indexed, or not all)."""
        row = self.connection.execute("SELECT indexed FROM runs WHERE id = ?", (run,)).fetchone()
        return row[0] if row else None

    def set_indexed(self, run: int, version: str) -> None:
        self.connection.execute("UPDATE runs SET indexed = ? WHERE id = ?", (version, run))

    def search(self, run: int, words: str, *, limit: int = 200) -> list[dict]:
        """Units of a run that mention every word (in any inflection), best first, with a highlighted snippet."""
        query = fts_query(words)
        if not query:
            return []
        parameters = {"query": query, "run": run, "limit": limit}
        if self.connection.execute("SELECT 1 FROM run_units WHERE run = ? LIMIT 1", (run,)).fetchone():
            return list(self.db.query(
                "SELECT r.url, r.channel, t.context, snippet(unit_texts, -1, '[', ']', '…', 16) AS snippet"
                " FROM unit_texts t JOIN run_units r ON r.doc = t.doc"
                " WHERE unit_texts MATCH :query AND r.run = :run ORDER BY t.rank LIMIT :limit",
                parameters,
            ))
        # a run indexed by an earlier version of the tool
        return list(self.db.query(
            "SELECT url, channel, context, snippet(units_fts, -1, '[', ']', '…', 16) AS snippet FROM units_fts"
            " WHERE units_fts MATCH :query AND run = :run ORDER BY rank LIMIT :limit",
            parameters,
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

    def transaction(self) -> _Transaction:
        """`with store.transaction():` the writes inside are one transaction (one commit, all or none)."""
        return _Transaction(self.connection)

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
    if "indexed" not in run_columns:
        connection.execute("ALTER TABLE runs ADD COLUMN indexed TEXT")
    if "facts_key" not in run_columns:
        connection.execute("ALTER TABLE runs ADD COLUMN facts_key TEXT")
    if "version" not in {row[1] for row in connection.execute("PRAGMA table_info(extraction_cache)")}:
        connection.execute("ALTER TABLE extraction_cache ADD COLUMN version TEXT")


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


_FACT_COLUMNS = ("run", "kind", "value", "raw", "excerpt", "url", "channel", "scope", "entity", "context", "valid_from",
                 "valid_to", "discount", "price", "old_price", "origin")


def _fact_values(run: int, fact: Fact) -> tuple:
    """A fact's row, in _FACT_COLUMNS order."""
    return (
        run, fact.kind, fact.value, fact.raw, fact.excerpt, fact.url, fact.channel, fact.scope, fact.entity,
        json.dumps(list(fact.context), ensure_ascii=False) if fact.context else "[]",
        fact.valid_from.isoformat() if fact.valid_from else None, fact.valid_to.isoformat() if fact.valid_to else None,
        fact.discount, fact.price, fact.old_price, fact.origin,
    )


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
