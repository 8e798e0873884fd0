"""Run every fault and hostile-input case against the real CLI and print the figures.

    python bench/faults.py            # about a minute on 2 cores
    python bench/faults.py --quick    # skip the SIGKILL and parallel-check cases

The cases are the ones the tests use (tests/faults/cases.py): server faults
and pages in every encoding from a loopback fault server (127.0.0.1 only),
hostile IVR scripts and file:// sites that try to read a secret file,
adversarial text for every extractor and hostile bytes for every reader, a
crawl killed with SIGKILL (the crawl subprocess, then the parent), and two
checks on one database at once. For each it prints what happened; at the end

    95 fault and hostile-input cases, 0 crashes, 0 runs lost, 0 handled otherwise than documented

A crash is a traceback, an exit status outside the contract, an exception
other than a reader's UnreadableDocument, or an input slower than a second per
20 KB; a run lost is an earlier run whose documents or facts changed, or a
killed run that `check --no-crawl` would report on. Exit status 1 when any
count but the first is not zero.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))  # the shared case list and fault server live with the tests

from faults import harness  # noqa: E402
from faults.cases import (  # noqa: E402
    DEPTH,
    ENCODED_PAGES,
    HOSTILE_DOCUMENTS,
    HOSTILE_IVR_OUTCOMES,
    MAX_PAGES,
    MOJIBAKE_MARKS,
    SECRET_MARKER,
    SERVER_FAULTS,
    adversarial_texts,
    extractors,
    fault_routes,
    slow_site,
)
from faults.server import start_fault_server  # noqa: E402

from consistency.store import Store  # noqa: E402

SECONDS_PER_20KB = 1.0
AS_OF = "2026-11-22"


@dataclass(frozen=True)
class Outcome:
    """One case as it went: handled as documented, a crash, a run lost, and how long it took."""

    group: str
    name: str
    handled: bool
    crash: bool = False
    lost: bool = False
    seconds: float = 0.0
    detail: str = ""


def server_faults(work: Path) -> list[Outcome]:
    """One check over the fault site: every server fault and every encoding case."""
    elsewhere = start_fault_server({})
    site = start_fault_server(fault_routes(elsewhere=elsewhere, bomb_bytes=512 << 20))
    try:
        config = harness.write_config(work, [{"channel": "website", "urls": [site], "depth": DEPTH, "max_pages": MAX_PAGES}])
        started = time.monotonic()
        result = harness.cli("check", str(config), "--format", "json", "--as-of", AS_OF, cwd=work)
        seconds = time.monotonic() - started
    finally:
        site.stop()
        elsewhere.stop()
    db = work / "consistency.db"
    errors = dict(harness.rows(db, "SELECT url, reason FROM crawl_errors"))
    documents = {url for (url,) in harness.rows(db, "SELECT url FROM documents")}
    facts = harness.rows(db, "SELECT url, kind, value, raw, excerpt, COALESCE(entity, '') FROM facts")
    crashed = result.returncode not in (0, 1) or "Traceback" in result.stderr
    outcomes = [Outcome("crawl", "the fault crawl as a whole", not crashed, crashed, seconds=seconds,
                        detail=f"exit {result.returncode}, {len(documents)} pages stored, {len(errors)} recorded as failed")]
    for case in SERVER_FAULTS:
        url = site + case.path.lstrip("/")
        reason = errors.get(url)
        if case.outcome == "stored":
            handled = url in documents
        else:
            handled = reason is not None and case.reason in reason and url in result.stderr
        outcomes.append(Outcome("server fault", case.name, handled, detail=reason or "stored"))
    for page in ENCODED_PAGES:
        url = site + page.path.lstrip("/")
        own = [f for f in facts if f[0] == url]
        if page.outcome == "stored":
            handled = page.phone in {f[2] for f in own if f[1] == "phone"} and any("Пн" in f[4] for f in own if f[1] == "hours")
        else:
            handled = url not in documents and page.reason in errors.get(url, "")
        garbled = any(mark in " ".join(f[2:]) for f in own for mark in MOJIBAKE_MARKS)
        outcomes.append(Outcome("encoding", page.name, handled and not garbled, detail=errors.get(url) or f"{len(own)} facts"))
    return outcomes


def hostile_files(work: Path) -> list[Outcome]:
    """Hostile IVR scripts and a file:// site that try to read a secret: nothing may leak."""
    config, _ = harness.build_hostile_project(work)
    project = config.parent
    started = time.monotonic()
    results = [
        harness.cli("check", str(config), "--format", "json", "--as-of", AS_OF, cwd=project),
        harness.cli("check", str(config), "--no-crawl", "--format", "text", "--as-of", AS_OF, cwd=project),
        harness.cli("facts", str(config), "--format", "json", cwd=project),
    ]
    seconds = time.monotonic() - started
    errors = dict(harness.rows(project / "consistency.db", "SELECT url, reason FROM crawl_errors WHERE run = 1"))
    written = [r.stdout + r.stderr for r in results] + [p.read_bytes().decode("latin-1") for p in project.glob("consistency.db*")]
    leaked = any(SECRET_MARKER in text or "74956603899" in text for text in written)
    crashed = any(r.returncode not in (0, 1) or "Traceback" in r.stderr for r in results)
    outcomes = [Outcome("hostile files", "the secret file reaches no store or report", not leaked and not crashed, crashed,
                        seconds=seconds, detail="leaked!" if leaked else "not leaked")]
    for name, fragment in sorted(HOSTILE_IVR_OUTCOMES.items()):
        url = (project / "ivr" / name).resolve().as_uri()
        handled = fragment in errors.get(url, "") if fragment else url not in errors
        outcomes.append(Outcome("hostile IVR", name, handled, detail=errors.get(url, "read")))
    pipe = (project / "site" / "pipe.html").resolve().as_uri()
    outcomes.append(Outcome("hostile files", "a FIFO in a file:// site", errors.get(pipe, "").startswith("skipped: not a regular file"),
                            detail=errors.get(pipe, "")))
    return outcomes


def hostile_text() -> list[Outcome]:
    """Every extractor on every adversarial string; every reader on every hostile document."""
    from consistency.documents.document import Document
    from consistency.documents.encoding import UnreadableDocument
    from consistency.documents.reader import FORMATS, read_document

    extract_with = extractors(date(2026, 11, 22))
    for extract in extract_with.values():
        extract("Пн-Пт 9:00-21:00, тел. +7 (495) 660-38-40, ул. Покровка, д. 5")  # load metadata, compile regexes
    outcomes = []
    for label, text in adversarial_texts().items():
        slowest, failure = 0.0, ""
        for name, extract in extract_with.items():
            started = time.perf_counter()
            try:
                extract(text)
            except Exception as exc:  # noqa: BLE001  (counting crashes is the point)
                failure = f"{name}: {exc!r}"
            slowest = max(slowest, (time.perf_counter() - started) / max(1.0, len(text) / 20_000))
        crash = bool(failure) or slowest > SECONDS_PER_20KB
        outcomes.append(Outcome("extractors", label, not crash, crash, seconds=slowest, detail=failure))
    for label, body in HOSTILE_DOCUMENTS.items():
        slowest, failure = 0.0, ""
        for fmt in FORMATS:
            document = Document(url="file:///hostile", channel="website", source=0, format=fmt, body=body)
            started = time.perf_counter()
            try:
                read_document(document)
            except UnreadableDocument:
                pass
            except Exception as exc:  # noqa: BLE001
                failure = f"{fmt}: {exc!r}"
            slowest = max(slowest, (time.perf_counter() - started) / max(1.0, len(body) / 20_000))
        crash = bool(failure) or slowest > SECONDS_PER_20KB
        outcomes.append(Outcome("readers", label, not crash, crash, seconds=slowest, detail=failure))
    return outcomes


def kills_and_parallel_checks(work: Path, seed: int) -> list[Outcome]:
    """SIGKILL the crawl subprocess, then the parent, at a random point; then two checks at once."""
    pages = 24
    site = start_fault_server(slow_site(pages=pages, seconds=0.25))
    crawl = {"timeout": 5, "retries": 0, "concurrency_per_domain": 2}
    outcomes = []
    try:
        base = work / "base"
        base.mkdir()
        harness.write_config(base, [{"channel": "website", "urls": [site]}], crawl)
        first = harness.cli("crawl", "consistency.toml", cwd=base)
        if first.returncode != 0:
            return [Outcome("kill", "the first, complete crawl", False, True, detail=first.stderr[-300:])]
        rng = random.Random(seed)
        for victim in ("crawl", "parent"):
            project = work / victim
            shutil.copytree(base, project)
            db = project / "consistency.db"
            before = harness.snapshot(db, 1)
            killed_at = rng.randrange(1, pages // 2)
            started = time.monotonic()
            parent, child = harness.kill_mid_crawl(project, 2, victim, killed_at)
            parent.communicate(timeout=30)
            harness.wait_for(lambda: not harness.alive(child), 10, "the crawl subprocess to stop")
            report = harness.cli("check", "consistency.toml", "--no-crawl", "--format", "json", "--as-of", AS_OF, cwd=project)
            store = Store(db)
            statuses = [r["status"] for r in store.runs()]  # marks the dead run, as the next command would
            store.close()
            lost = harness.snapshot(db, 1) != before or json.loads(report.stdout or "{}").get("run") != 1
            handled = statuses == ["complete", "incomplete"] and harness.stored_pages(db, 2) <= pages
            outcomes.append(Outcome("kill", f"SIGKILL the {victim} after {killed_at} pages", handled and not lost, lost=lost,
                                    seconds=time.monotonic() - started, detail=f"runs {statuses}"))
        parallel = work / "parallel"
        parallel.mkdir()
        harness.write_config(parallel, [{"channel": "website", "urls": [site]}], crawl)
        started = time.monotonic()
        checks = [subprocess.Popen(harness.command("check", "consistency.toml", "--format", "json", "--as-of", AS_OF), cwd=parallel,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [c.communicate(timeout=120) for c in checks]
        crashed = any(c.returncode not in (0, 1) or "Traceback" in err for c, (_, err) in zip(checks, outputs))
        runs = sorted(json.loads(out).get("run", 0) for out, _ in outputs if out.strip().startswith("{"))
        statuses = [s for (s,) in harness.rows(parallel / "consistency.db", "SELECT status FROM runs ORDER BY id")]
        outcomes.append(Outcome("concurrency", "two checks on one database at once", runs == [1, 2] and statuses == ["complete"] * 2,
                                crashed, seconds=time.monotonic() - started, detail=f"runs {runs}, {statuses}"))
    finally:
        site.stop()
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the SIGKILL and parallel-check cases")
    parser.add_argument("--seed", type=int, default=random.SystemRandom().randrange(1 << 30), help="where the crawls are killed")
    args = parser.parse_args()
    started = time.monotonic()
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="consistency-faults-") as temporary:
        work = Path(temporary)
        for name, step in (("crawl", lambda: server_faults(work / "crawl")), ("files", lambda: hostile_files(work / "files")),
                           ("text", hostile_text)):
            if name != "text":
                (work / name).mkdir()
            outcomes += step()
        if not args.quick:
            (work / "kill").mkdir()
            outcomes += kills_and_parallel_checks(work / "kill", args.seed)
    group = None
    for outcome in outcomes:
        if outcome.group != group:
            group = outcome.group
            print(f"\n{group}")
        mark = "ok " if outcome.handled else "CRASH" if outcome.crash else "LOST" if outcome.lost else "WRONG"
        timing = f"{outcome.seconds:6.2f} s" if outcome.seconds else " " * 8
        print(f"  {mark:<5} {timing}  {outcome.name[:60]:<60} {outcome.detail[:110]}")
    cases = len(outcomes)
    crashes = sum(o.crash for o in outcomes)
    lost = sum(o.lost for o in outcomes)
    wrong = sum(not o.handled and not o.crash and not o.lost for o in outcomes)
    slowest = max((o.seconds for o in outcomes if o.group in ("extractors", "readers")), default=0.0)
    print(f"\nseed {args.seed}; {time.monotonic() - started:.0f} s in all; slowest hostile input {slowest:.2f} s per 20 KB")
    print(f"{cases} fault and hostile-input cases, {crashes} crashes, {lost} runs lost, {wrong} handled otherwise than documented")
    return 1 if crashes or lost or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
