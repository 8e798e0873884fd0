"""No data lost: crawls killed with SIGKILL at a random point, and two checks on one database at once.

A slow loopback site (each branch page answers after a quarter second, two
at a time) keeps a crawl running for a few seconds, long enough to kill it
after a random number of stored pages. Every run stored before must come out
of it byte-for-byte the same (documents and facts), the killed run marked
incomplete, and `check --no-crawl` must keep reporting the last complete run.
The random point comes from CONSISTENCY_TEST_SEED when set, so a failure can
be replayed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from faults import harness
from faults.cases import slow_site
from faults.harness import alive, cli, command, snapshot, stored_pages, wait_for
from faults.server import fault_server  # noqa: F401  (a fixture)

from consistency.store import COMPLETE, INCOMPLETE, Store

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the crawl subprocess through /proc")

PAGES = 24
SEED = int(os.environ.get("CONSISTENCY_TEST_SEED", random.SystemRandom().randrange(1 << 30)))


def write_config(directory: Path, site: str) -> Path:
    return harness.write_config(directory, [{"channel": "website", "urls": [site]}], {"timeout": 5, "retries": 0, "concurrency_per_domain": 2})


@pytest.fixture(scope="module")
def site(fault_server):  # noqa: F811
    return fault_server(slow_site(pages=PAGES, seconds=0.25))


@pytest.fixture(scope="module")
def one_complete_run(site, tmp_path_factory) -> Path:
    """A folder with a config and a database holding one complete crawl of the slow site."""
    directory = tmp_path_factory.mktemp("base")
    config = write_config(directory, site)
    result = cli("crawl", str(config), cwd=directory)
    assert result.returncode == 0, result.stderr
    checked = cli("check", str(config), "--no-crawl", "--format", "json", "--as-of", "2026-11-22", cwd=directory)
    assert checked.returncode in (0, 1), checked.stderr
    return directory


@pytest.fixture
def project(one_complete_run, tmp_path) -> Path:
    for path in one_complete_run.iterdir():
        shutil.copy2(path, tmp_path / path.name)
    return tmp_path


def kill_mid_crawl(project: Path, victim: str) -> tuple[subprocess.Popen, int, int]:
    """SIGKILL `victim` ("crawl" or "parent") after a random number of pages of run 2."""
    pages_before_kill = random.Random(SEED).randrange(1, PAGES // 2)
    try:
        parent, child = harness.kill_mid_crawl(project, 2, victim, pages_before_kill)
    except (AssertionError, TimeoutError) as exc:
        raise AssertionError(f"{exc} (seed {SEED})") from exc
    return parent, child, pages_before_kill


def assert_nothing_lost(project: Path, before) -> None:
    db = project / "consistency.db"
    assert snapshot(db, 1) == before, f"run 1 changed (seed {SEED})"
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = Store(db)
    try:
        assert [(r["id"], r["status"]) for r in store.runs()] == [(1, COMPLETE), (2, INCOMPLETE)], f"seed {SEED}"
        assert store.latest_complete_run() == 1
    finally:
        store.close()
    report = cli("check", "consistency.toml", "--no-crawl", "--format", "json", "--as-of", "2026-11-22", cwd=project)
    assert report.returncode in (0, 1), report.stderr
    assert json.loads(report.stdout)["run"] == 1  # the incomplete run is never reported on


def test_killing_the_crawl_subprocess_loses_nothing(project):
    before = snapshot(project / "consistency.db", 1)
    parent, _, killed_at = kill_mid_crawl(project, "crawl")
    _, stderr = parent.communicate(timeout=30)
    assert parent.returncode == 3, stderr
    assert "stopped with exit status -9" in stderr.decode() and "run 2 is incomplete" in stderr.decode()
    assert killed_at <= stored_pages(project / "consistency.db", 2) < PAGES + 1
    assert_nothing_lost(project, before)


def test_killing_the_parent_stops_the_crawl_and_loses_nothing(project):
    before = snapshot(project / "consistency.db", 1)
    parent, child, _ = kill_mid_crawl(project, "parent")
    parent.wait(timeout=10)
    parent.stdout.close()
    parent.stderr.close()
    # the orphaned crawl notices within half a second and stops writing into the dead run
    wait_for(lambda: not alive(child), 5, f"the orphaned crawl subprocess to exit (seed {SEED})")
    assert stored_pages(project / "consistency.db", 2) < PAGES + 1
    assert_nothing_lost(project, before)


def test_two_checks_on_one_database_at_once_both_finish(site, tmp_path):
    config = write_config(tmp_path, site)
    args = command("check", str(config), "--format", "json", "--as-of", "2026-11-22")
    checks = [subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [check.communicate(timeout=60) for check in checks]
    for check, (stdout, stderr) in zip(checks, outputs):
        assert check.returncode in (0, 1) and "Traceback" not in stderr, stderr
    assert checks[0].returncode == checks[1].returncode
    reports = [json.loads(stdout) for stdout, _ in outputs]
    assert sorted(r["run"] for r in reports) == [1, 2]
    assert [f["id"] for f in reports[0]["findings"]] == [f["id"] for f in reports[1]["findings"]]
    db = tmp_path / "consistency.db"
    store = Store(db)
    try:
        assert [r["status"] for r in store.runs()] == [COMPLETE, COMPLETE]
        assert [r["pages"] for r in store.runs()] == [PAGES + 1, PAGES + 1]
    finally:
        store.close()
    first, second = snapshot(db, 1), snapshot(db, 2)
    assert first[0] == second[0] and first[1] == second[1]  # the same pages, the same facts
