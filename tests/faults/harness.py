"""Driving the real CLI through faults: configs, runs, snapshots of stored runs, killing a crawl mid-way.

Shared by tests/test_faults.py, tests/test_hostile_input.py,
tests/test_concurrency.py and bench/faults.py, so the bench measures exactly
what the tests assert.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

from faults.cases import MAX_PAGE_BYTES, RETRIES, SECRET_MARKER, TIMEOUT, branch_html, hostile_ivr_files

USER_AGENT = "consistency-fault-test/1.0 (+https://example.org/contact)"


def command(*args: str) -> list[str]:
    """The real CLI, as users' pipelines run it."""
    return [sys.executable, "-c", "from consistency.cli import main; main()", *args]


def cli(*args: str, cwd: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the CLI to the end in `cwd`; text output."""
    return subprocess.run(command(*args), cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def write_config(directory: Path, sources: list[dict], crawl: dict | None = None) -> Path:
    """A consistency.toml in `directory` with the fault crawls' short timeouts and small page limit."""
    settings = {"timeout": TIMEOUT, "retries": RETRIES, "max_page_bytes": MAX_PAGE_BYTES, "user_agent": USER_AGENT, **(crawl or {})}
    lines = ["[project]", 'name = "fault test"', 'timezone = "Europe/Moscow"', 'city = "Москва"', "", "[crawl]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    for source in sources:
        lines += ["", "[[source]]", *(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in source.items())]
    path = directory / "consistency.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows(db: Path, query: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as connection:
        return connection.execute(query, args).fetchall()


def snapshot(db: Path, run: int) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Everything stored for a run: documents with their bodies, facts, crawl errors."""
    documents = rows(
        db,
        "SELECT d.url, d.channel, d.format, d.content_hash, b.body FROM documents d JOIN bodies b ON b.hash = d.content_hash"
        " WHERE d.run = ? ORDER BY d.url",
        run,
    )
    facts = rows(db, "SELECT kind, value, raw, excerpt, url, entity, valid_from, valid_to FROM facts WHERE run = ? ORDER BY id", run)
    errors = rows(db, "SELECT url, reason FROM crawl_errors WHERE run = ? ORDER BY id", run)
    return documents, facts, errors


def stored_pages(db: Path, run: int) -> int:
    return rows(db, "SELECT COUNT(*) FROM documents WHERE run = ?", run)[0][0]


def crawl_child(parent: int) -> int | None:
    """Pid of the crawl subprocess that `parent` started (found through /proc), or None."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == parent and b"consistency.crawl.process" in cmdline:
            return int(stat.parent.name)
    return None


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.02)


def kill_mid_crawl(project: Path, run: int, victim: str, pages_before_kill: int) -> tuple[subprocess.Popen, int]:
    """Start `consistency crawl` in `project`; SIGKILL `victim` ("crawl" subprocess or "parent") once run `run` has that many pages.

    Returns the parent process (to wait for) and the crawl subprocess's pid.
    """
    parent = subprocess.Popen(command("crawl", "consistency.toml"), cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = project / "consistency.db"
    wait_for(lambda: db.exists() and stored_pages(db, run) >= pages_before_kill, 30, f"{pages_before_kill} pages of run {run}")
    child = crawl_child(parent.pid)
    if child is None:
        parent.kill()
        raise AssertionError(f"no crawl subprocess under {parent.pid}")
    os.kill(child if victim == "crawl" else parent.pid, signal.SIGKILL)
    return parent, child


def build_hostile_project(root: Path) -> tuple[Path, Path]:
    """A project whose IVR scripts and file:// site try to read a secret file; returns (config, secret).

    The secret would come out as facts were it ever read: a phone and an
    email stand beside the marker.
    """
    secret = root / "secret" / "secret.txt"
    secret.parent.mkdir(parents=True)
    secret.write_text(f"{SECRET_MARKER}\nТелефон: +7 (495) 660-38-99, {SECRET_MARKER.lower()}@leak.example\n", encoding="utf-8")
    project = root / "project"
    (project / "ivr").mkdir(parents=True)
    for name, body in hostile_ivr_files(str(secret)).items():
        (project / "ivr" / name).write_bytes(body)
    site = project / "site"
    site.mkdir()
    (site / "leak.html").symlink_to(secret)  # a symlink out of the site
    (site / "zero.html").symlink_to("/dev/zero")  # would never end
    os.mkfifo(site / "pipe.html")  # would block the crawler forever
    hrefs = ("leak.html", "zero.html", "pipe.html", secret.as_uri(), "file:///proc/self/environ")
    links = "".join(f'<a href="{href}">x</a>' for href in hrefs)
    xxe = f'<!DOCTYPE html [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
    (site / "index.html").write_text(xxe + branch_html(61, extra=links + "<p>&s;</p>"), encoding="utf-8")
    config = project / "consistency.toml"
    config.write_text(
        '[project]\nname = "hostile"\ncity = "Москва"\n\n'
        f"[crawl]\nmax_page_bytes = {MAX_PAGE_BYTES}\n\n"
        '[[source]]\nchannel = "website"\nurls = ["site/index.html"]\n\n'
        '[[source]]\nchannel = "ivr"\npaths = ["ivr/*"]\n',
        encoding="utf-8",
    )
    return config, secret
