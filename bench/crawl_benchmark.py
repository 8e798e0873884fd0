"""The timed run at the size of a national chain: crawl, check, re-crawl, against a link-following ceiling.

    python bench/crawl_benchmark.py [--branches 2000] [--seed 2026] [--server http.server|nginx]
                                    [--work DIR] [--profile] [--regenerate]

Generates the chain site (bench/chain_site.py) into WORK/chain-N-sSEED, or
reuses the one there, serves it on 127.0.0.1 from a separate process
(bench/serve.py, so the server does not share the crawler's GIL) and times,
in one run:

  (a) ceiling  bench/link_spider.py: a bare Scrapy spider that only follows links
  (b) crawl    consistency crawl CONFIG --db X
  (c) check    consistency check CONFIG --no-crawl --db X --as-of AS_OF --format json
               (AS_OF is the site's date, not the crawl's: the stored facts were read as of today)
  (c') check   the same again: the stored facts were read with this --as-of now
  (d) recrawl  consistency crawl CONFIG --db X, the site unchanged

and prints pages/s, (b)/(a), seconds of (c), peak memory of each process
tree, the database size and how the findings of (c) compare with the answer
key (found / missed / unexpected), then the machine. --profile adds profiled
runs of (b) (the crawl subprocess and the parent separately), (c) and (d)'s
crawl subprocess (a re-crawl: every page asked about conditionally) under
cProfile and prints the top 15 functions by cumulative time; they run after
the timed runs and never change the figures above.

Wall time is what a user waits; on a machine that runs other work too it
is noisy, so each stage's CPU time (user + system, all its processes, from
getrusage) and the load average before and after it are reported as well.

Memory: every stage runs under a small wrapper process. The peak of the
whole tree (the CLI and its crawl subprocess together) is sampled from /proc
every 50 ms (psutil is not installed); the peak of the largest single
process is exact, from the wrapper's resource.getrusage(RUSAGE_CHILDREN).
Everything is written to WORK/chain-N-sSEED/results.json as well.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from importlib import metadata
from io import StringIO
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chain_site  # noqa: E402 - a sibling script, imported as a module
from serve import SERVERS, Server  # noqa: E402

BENCH = Path(__file__).resolve().parent
CLI = [sys.executable, "-c", "from consistency.cli import main; main()"]
TARGETS = {
    "crawl_vs_ceiling": 1.0,  # (b) pages/s at least this times (a)
    "check_seconds": 5.0,  # (c) at most
    "recrawl_speedup": 5.0,  # (d) at least this many times faster than (b)
    "peak_mb": 1024.0,  # any stage's process tree
}
# The wrapper each stage runs under: it alone waits for the stage, so its
# RUSAGE_CHILDREN peak is the stage's largest process (the CLI or its crawl child).
_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[2:])\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "json.dump({'returncode': r.returncode, 'maxrss_kb': u.ru_maxrss, 'cpu_s': u.ru_utime + u.ru_stime},"
    " open(sys.argv[1], 'w'))\n"
    "sys.exit(r.returncode)\n"
)


@dataclass(frozen=True)
class Stage:
    """One timed command."""

    label: str
    seconds: float
    returncode: int
    peak_tree_mb: float  # sampled: all processes of the stage at once
    peak_process_mb: float  # exact: the largest single process
    cpu_seconds: float  # user + system time of all its processes: what the work costs, whatever else the machine runs
    load: tuple[float, float]  # 1-minute load average before and after: above the core count, other work competed
    marks: dict = field(default_factory=dict)  # seconds from start to stderr lines of note
    stderr_tail: str = ""


class _TreeSampler(threading.Thread):
    """Samples the summed RSS of a process's descendants from /proc."""

    def __init__(self, root: int, every: float = 0.05):
        super().__init__(daemon=True)
        self.root = root
        self.every = every
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.root))
            self.done.wait(self.every)


def _tree_rss_kb(root: int) -> int:
    """Summed VmRSS of root's descendants (not root itself), read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as status:
                ppid = kb = 0
                for line in status:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
        except (OSError, ValueError):
            continue
        parents[int(entry.name)] = ppid
        rss[int(entry.name)] = kb
    total, frontier = 0, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid:
                total += rss.get(child, 0)
                frontier.append(child)
    return total


def run_stage(label: str, command: Sequence[str], *, cwd: Path, marks: Sequence[str] = (),
              timeout: float = 3600) -> Stage:
    """Run a command under the wrapper; time it, sample its memory, timestamp the stderr lines matching `marks`."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as handle:
        usage_file = Path(handle.name)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _WRAPPER, str(usage_file), *command], cwd=cwd,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                             errors="replace")
    sampler = _TreeSampler(child.pid)
    sampler.start()
    seen: dict[str, float] = {}
    tail: list[str] = []

    def read() -> None:
        for line in child.stderr:
            now = time.perf_counter() - started
            for mark in marks:
                if mark in line and mark not in seen:
                    seen[mark] = now
            tail.append(line)
            del tail[:-40]

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    seconds = time.perf_counter() - started
    reader.join(timeout=10)
    sampler.done.set()
    sampler.join()
    try:
        usage = json.loads(usage_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        usage = {"returncode": child.returncode, "maxrss_kb": 0, "cpu_s": 0.0}
    usage_file.unlink(missing_ok=True)
    return Stage(label, seconds, usage["returncode"], sampler.peak_kb / 1024, usage["maxrss_kb"] / 1024,
                 usage["cpu_s"], (round(load_before, 2), round(os.getloadavg()[0], 2)), seen, "".join(tail))


def machine() -> dict:
    """CPU model, cores, memory, Python and library versions."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), model)
    except OSError:
        pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = {}
    for package in ("scrapy", "twisted", "lxml", "rapidfuzz", "consistency"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {"cpu": model, "cores": os.cpu_count(), "memory_gb": round(memory_gb, 1),
            "python": platform.python_version(), "os": f"{platform.system()} {platform.release()}", **versions,
            "code": code_version()}


def code_version() -> str:
    """Which consistency was measured: the commit of the checkout it is imported from (and its edits), or where it is installed."""
    import consistency

    package = Path(consistency.__file__).resolve().parent
    checkout = package.parent
    if (checkout / ".git").exists():
        def git(*args: str) -> str:
            return subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True).stdout.strip()

        edited = [line for line in git("status", "--short", "--", "consistency", "spiders", "rules").splitlines()
                  if not line.startswith("??")]
        return f"checkout {checkout} at {git('rev-parse', '--short', 'HEAD')}" + (
            f" with {len(edited)} files edited since" if edited else "")
    return f"installed copy at {package}"


def same_bodies(db: Path, first: int, second: int) -> int:
    """Documents of run `second` stored with the same body as in run `first` (read-only)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return connection.execute(
            "SELECT COUNT(*) FROM documents a JOIN documents b ON a.url = b.url AND a.content_hash = b.content_hash"
            " WHERE a.run = ? AND b.run = ?", (first, second)).fetchone()[0]


def _unchanged_since_a_run_before(stderr: str) -> int | None:
    """N of the crawl's "run R: D documents read, N of them unchanged since a run before" (None if not logged)."""
    import re

    found = re.search(r"documents read, (\d+) of them unchanged since a run before", stderr)
    return int(found.group(1)) if found else None


def db_size_mb(db: Path) -> float:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20


def stored_documents(db: Path) -> dict[int, int]:
    """Documents stored per run (read-only)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        return dict(connection.execute("SELECT run, COUNT(*) FROM documents GROUP BY run").fetchall())


def coverage(facts: list[dict], site: chain_site.ChainSite) -> dict:
    """How many shop pages had their own visible hours, phone and address attributed to their shop, and branch facts per channel."""
    shop_pages = {f["url"] for f in facts if "/stores/" in f["url"] and f["url"].count("/") >= 5}
    out: dict = {"shop_pages": len(shop_pages)}
    for kind in ("hours", "phone", "address"):
        pages = {f["url"] for f in facts if f["url"] in shop_pages and f["kind"] == kind and f["entity"]
                 and not f["excerpt"].startswith("schema.org")}
        out[f"shop_pages_with_{kind}"] = len(pages)
    per_channel = Counter(f"{f['channel']}/{f['kind']}" for f in facts if f["entity"])
    out["branch_facts"] = dict(sorted(per_channel.items()))
    out["company_facts"] = sum(1 for f in facts if not f["entity"])
    return out


# Frames that only wrap the work (interpreter start, click dispatch, imports): left out of the summaries.
_WRAPPER_FRAMES = ("runpy", "<string>", "builtins.exec", "click/core.py", "importlib._bootstrap", "cli.py:44(invoke)",
                   "cProfile.py", "process.py:1(<module>)", "cli.py:1(<module>)")


def profile_summary(path: Path, top: int = 15) -> str:
    """The top functions of a cProfile dump by cumulative time, then by own time, wrapper frames left out."""
    stats = pstats.Stats(str(path), stream=StringIO()).stats  # type: ignore[attr-defined]
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.items():
        parts = Path(filename).parts
        where = "/".join(parts[-2:]) if len(parts) > 1 else filename
        label = f"{where}:{line}({function})" if line else f"{filename}({function})" if filename != "~" else function
        if any(w in label for w in _WRAPPER_FRAMES):
            continue
        rows.append((cumulative, own, calls, label))
    total = max((r[0] for r in rows), default=0.0)
    out = [f"{'cumulative s':>12} {'own s':>8} {'calls':>9}  function   (profiled run: {total:.1f} s)"]
    for cumulative, own, calls, label in sorted(rows, reverse=True)[:top]:
        out.append(f"{cumulative:12.2f} {own:8.2f} {calls:9d}  {label}")
    out.append(f"{'':>12} top {top} by own time:")
    for cumulative, own, calls, label in sorted(rows, key=lambda r: r[1], reverse=True)[:top]:
        out.append(f"{cumulative:12.2f} {own:8.2f} {calls:9d}  {label}")
    return "\n".join(out)


def run_profiles(site: chain_site.ChainSite, work: Path, as_of: str) -> dict[str, str]:
    """cProfile of (b) in both of its processes, of (c), and of (d)'s crawl subprocess; summaries by name."""
    from consistency.crawl.records import CrawlJob
    from consistency.store import Store

    profiles: dict[str, str] = {}
    db = work / "profile.db"
    for old in work.glob("profile.db*"):
        old.unlink()
    config = str(site.config_path)
    # the crawl subprocess on its own: a run opened here, the job on its stdin, as the CLI does it
    store = Store(db)
    run = store.begin_run(config, ["website", "faq", "ivr"])
    store.close()
    job = CrawlJob(config=config, db=str(db), run=run).to_json()
    child = work / "crawl-child.prof"
    subprocess.run([sys.executable, "-P", "-m", "cProfile", "-o", str(child), "-m", "consistency.crawl.process"],
                   input=job, text=True, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    profiles["(b) crawl subprocess"] = profile_summary(child)
    # the whole CLI: the parent's part is extraction and storing facts (it waits for its own crawl child)
    parent = work / "crawl-parent.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(parent), "-m", "consistency.cli", "crawl", config,
                    "--db", str(db)], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    profiles["(b) crawl parent (CLI)"] = profile_summary(parent)
    check = work / "check.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(check), "-m", "consistency.cli", "check", config,
                    "--no-crawl", "--db", str(db), "--as-of", as_of, "--format", "json", "--output",
                    str(work / "profile-findings.json"), "--fail-on", "never"],
                   cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    profiles["(c) check --no-crawl"] = profile_summary(check)
    # (d)'s crawl subprocess: a new run against the CLI's complete one, so every page is asked about conditionally
    store = Store(db)
    run = store.begin_run(config, ["website", "faq", "ivr"])
    store.close()
    recrawl = work / "recrawl-child.prof"
    subprocess.run([sys.executable, "-P", "-m", "cProfile", "-o", str(recrawl), "-m", "consistency.crawl.process"],
                   input=CrawlJob(config=config, db=str(db), run=run).to_json(), text=True, cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    profiles["(d) re-crawl subprocess"] = profile_summary(recrawl)
    return profiles


def benchmark(branches: int, seed: int, server: str, work: Path, *, profile: bool, regenerate: bool) -> dict:
    """Generate or reuse the site, serve it, run (a)-(d) and return every figure."""
    root = work / f"chain-{branches}-s{seed}"
    site = None if regenerate else chain_site.load_site(root)
    if site is None or site.branches != branches or site.seed != seed:
        started = time.perf_counter()
        site = chain_site.generate(root, branches, seed)
        print(f"generated {site.pages} pages ({site.site_bytes / 2**20:.0f} MB) in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    as_of = site.as_of.isoformat()
    db = root / "bench.db"
    findings_path = root / "findings.json"
    results: dict = {"branches": branches, "seed": seed, "server": server, "site": str(root), "pages": site.pages,
                     "site_mb": round(site.site_bytes / 2**20, 1), "ivr_files": site.ivr_files}
    with Server(site.site_dir, server) as url:
        config = chain_site.write_config(site, url)
        for old in root.glob("bench.db*"):
            old.unlink()
        stats_file = root / "ceiling.json"
        stages = {}
        print("(a) ceiling: link-following spider ...", file=sys.stderr)
        stages["a"] = run_stage("ceiling", [sys.executable, str(BENCH / "link_spider.py"), url, "--stats",
                                            str(stats_file)], cwd=root)
        ceiling = json.loads(stats_file.read_text(encoding="utf-8"))
        print("(b) consistency crawl ...", file=sys.stderr)
        marks = ["[[source]] 1", "run "]
        stages["b"] = run_stage("crawl", [*CLI, "crawl", str(config), "--db", str(db)], cwd=root, marks=marks)
        print("(c) consistency check --no-crawl ...", file=sys.stderr)
        stages["c"] = run_stage("check", [*CLI, "check", str(config), "--no-crawl", "--db", str(db), "--as-of", as_of,
                                          "--format", "json", "--output", str(findings_path), "--fail-on", "never"],
                                cwd=root)
        print("(c') consistency check --no-crawl, the same --as-of again ...", file=sys.stderr)
        stages["c2"] = run_stage("check again", [*CLI, "check", str(config), "--no-crawl", "--db", str(db), "--as-of",
                                                 as_of, "--format", "json", "--output", str(findings_path),
                                                 "--fail-on", "never"], cwd=root)
        size_after_first = db_size_mb(db)
        print("(d) consistency crawl, unchanged site ...", file=sys.stderr)
        stages["d"] = run_stage("recrawl", [*CLI, "crawl", str(config), "--db", str(db)], cwd=root, marks=marks)
        documents = stored_documents(db)
        facts = subprocess.run([*CLI, "facts", "--db", str(db), "--format", "json"], cwd=root, capture_output=True,
                               text=True, encoding="utf-8")
        if profile:
            print("profiling (b), (c) and (d) under cProfile ...", file=sys.stderr)
            results["profiles"] = run_profiles(site, root, as_of)
    for key, stage in stages.items():
        if stage.returncode != 0:
            raise SystemExit(f"crawl_benchmark: stage ({key}) {stage.label} exited {stage.returncode}:\n{stage.stderr_tail}")
    runs = sorted(documents)
    first, second = (documents[runs[0]], documents[runs[-1]]) if runs else (0, 0)
    crawl_split = stages["b"].marks.get("[[source]] 1")
    results["stages"] = {key: asdict(stage) | {"stderr_tail": stage.stderr_tail[-2000:]} for key, stage in stages.items()}
    results["ceiling"] = ceiling
    results["crawl"] = {
        "documents": first,
        "pages_per_s": first / stages["b"].seconds,
        "fetch_seconds": crawl_split,  # until the crawl subprocess reported its sources
        "extract_and_store_seconds": (stages["b"].seconds - crawl_split) if crawl_split else None,
    }
    results["ceiling"]["pages_per_s"] = ceiling["pages"] / stages["a"].seconds
    results["ratio_crawl_to_ceiling"] = results["crawl"]["pages_per_s"] / results["ceiling"]["pages_per_s"]
    results["check_seconds"] = stages["c"].seconds
    unchanged = _unchanged_since_a_run_before(stages["d"].stderr_tail)
    recrawl_split = stages["d"].marks.get("[[source]] 1")
    results["recrawl"] = {"documents": second, "pages_per_s": second / stages["d"].seconds,
                          "speedup": stages["b"].seconds / stages["d"].seconds,
                          "read_from_cache": unchanged,  # documents whose reading came from the extraction cache
                          "same_body": same_bodies(db, runs[0], runs[-1]) if runs else 0,
                          "fetch_seconds": recrawl_split,
                          "extract_and_store_seconds": (stages["d"].seconds - recrawl_split) if recrawl_split else None}
    results["db_mb"] = {"after_first_crawl_and_check": round(size_after_first, 1), "after_recrawl": round(db_size_mb(db), 1)}
    results["peak_tree_mb"] = max(s.peak_tree_mb for s in stages.values())
    document = json.loads(findings_path.read_text(encoding="utf-8"))
    card = chain_site.score(site.expected, document["findings"])
    results["findings"] = {"expected": len(site.expected), "reported": len(document["findings"]),
                           "found": len(card.found), "missed": [list(m) for m in card.missed],
                           "unexpected": [list(u) for u in card.unexpected]}
    if facts.returncode == 0:
        results["coverage"] = coverage(json.loads(facts.stdout)["facts"], site)
    results["machine"] = machine()
    (root / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return results


def report(results: dict) -> str:
    """The figures as a table, against the targets."""
    s = results["stages"]
    a, b, c, d = s["a"], s["b"], s["c"], s["d"]
    c2 = s.get("c2")
    ok = lambda good: "ok" if good else "MISSED"  # noqa: E731
    ratio = results["ratio_crawl_to_ceiling"]
    lines = [
        f"chain site: {results['branches']} branches, seed {results['seed']}, {results['pages']} HTML pages "
        f"({results['site_mb']} MB) + {results['ivr_files']} IVR files, served by {results['server']}",
        "",
        f"{'stage':<34} {'seconds':>8} {'CPU s':>7} {'docs':>6} {'pages/s':>8} {'peak tree MB':>13} "
        f"{'largest proc MB':>16} {'load before/after':>18}",
    ]
    for key, label, docs, rate in (("a", "(a) ceiling: link spider", results["ceiling"]["pages"], results["ceiling"]["pages_per_s"]),
                                   ("b", "(b) consistency crawl", results["crawl"]["documents"], results["crawl"]["pages_per_s"]),
                                   ("c", "(c) consistency check --no-crawl", None, None),
                                   *((("c2", "(c') the same check again", None, None),) if c2 else ()),
                                   ("d", "(d) consistency crawl, unchanged", results["recrawl"]["documents"], results["recrawl"]["pages_per_s"])):
        st = s[key]
        lines.append(f"{label:<34} {st['seconds']:8.1f} {st['cpu_seconds']:7.1f} {docs if docs is not None else '':>6} "
                     f"{format(rate, '8.1f') if rate is not None else '':>8} {st['peak_tree_mb']:13.0f} "
                     f"{st['peak_process_mb']:16.0f} {st['load'][0]:8.2f} / {st['load'][1]:<7.2f}")
    lines += [
        f"pages per CPU second: (a) {results['ceiling']['pages'] / max(a['cpu_seconds'], 1e-9):.1f}, "
        f"(b) {results['crawl']['documents'] / max(b['cpu_seconds'], 1e-9):.1f}, "
        f"(d) {results['recrawl']['documents'] / max(d['cpu_seconds'], 1e-9):.1f} "
        f"(the server's CPU is not counted; it runs in its own process)",
        "",
    ]
    if results["crawl"]["fetch_seconds"]:
        lines.append(f"(b) split: {results['crawl']['fetch_seconds']:.1f} s until the crawl subprocess finished, "
                     f"{results['crawl']['extract_and_store_seconds']:.1f} s reading, extracting and storing facts after it")
    recrawl = results["recrawl"]
    if recrawl.get("fetch_seconds"):
        lines.append(f"(d) split: {recrawl['fetch_seconds']:.1f} s until the crawl subprocess finished, "
                     f"{recrawl['extract_and_store_seconds']:.1f} s after it; {recrawl['same_body']} of "
                     f"{recrawl['documents']} documents stored with the body of (b), "
                     f"{recrawl['read_from_cache']} read from the extraction cache")
    lines += [
        f"(b)/(a) pages/s: {ratio:.2f}x (target >= {TARGETS['crawl_vs_ceiling']:.1f}x: {ok(ratio >= TARGETS['crawl_vs_ceiling'])}); "
        f"per CPU second {(results['crawl']['documents'] / max(b['cpu_seconds'], 1e-9)) / (results['ceiling']['pages'] / max(a['cpu_seconds'], 1e-9)):.2f}x",
        f"(c) check: {c['seconds']:.1f} s (target <= {TARGETS['check_seconds']:.0f} s: {ok(c['seconds'] <= TARGETS['check_seconds'])})"
        + (f"; (c') again with the same --as-of: {c2['seconds']:.1f} s" if c2 else ""),
        f"(d) re-crawl: {results['recrawl']['speedup']:.2f}x faster than (b) (target >= {TARGETS['recrawl_speedup']:.0f}x: "
        f"{ok(results['recrawl']['speedup'] >= TARGETS['recrawl_speedup'])})",
        f"peak memory: {results['peak_tree_mb']:.0f} MB, largest process tree of any stage (target <= {TARGETS['peak_mb']:.0f} MB: "
        f"{ok(results['peak_tree_mb'] <= TARGETS['peak_mb'])}); sampled from /proc every 50 ms, psutil not installed",
        f"database: {results['db_mb']['after_first_crawl_and_check']} MB after (b)+(c), {results['db_mb']['after_recrawl']} MB after (d)",
    ]
    f = results["findings"]
    lines.append(f"planted problems: {f['found']} of {f['expected']} found, {len(f['missed'])} missed, "
                 f"{len(f['unexpected'])} unexpected findings ({f['reported']} reported)")
    for label in ("missed", "unexpected"):
        by_rule = Counter(rule for rule, _ in f[label])
        if by_rule:
            examples = "; ".join(f"{rule} {n} (e.g. {next(s for r, s in f[label] if r == rule)})" for rule, n in by_rule.items())
            lines.append(f"  {label}: {examples}")
    cov = results.get("coverage")
    if cov:
        lines.append(f"shop pages whose own visible facts were attributed to the shop: hours {cov['shop_pages_with_hours']}, "
                     f"phone {cov['shop_pages_with_phone']}, address {cov['shop_pages_with_address']} of {cov['shop_pages']}")
        lines.append("branch facts per channel/kind: " + ", ".join(f"{k} {v}" for k, v in cov["branch_facts"].items()))
    m = results["machine"]
    lines += ["", f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['os']}; Python {m['python']}, "
                  f"Scrapy {m['scrapy']}, Twisted {m['twisted']}, lxml {m['lxml']}, rapidfuzz {m['rapidfuzz']}",
              f"code measured: {m['code']}"]
    for name, text in results.get("profiles", {}).items():
        lines += ["", f"profile {name}, top 15 by cumulative time:", text]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--branches", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--server", choices=SERVERS, default="http.server")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "consistency-bench",
                        help="where the site, database and results go (default: %(default)s)")
    parser.add_argument("--profile", action="store_true", help="also profile (b), (c) and (d)'s crawl subprocess under cProfile")
    parser.add_argument("--regenerate", action="store_true", help="generate the site even if one is there")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = benchmark(args.branches, args.seed, args.server, args.work.resolve(), profile=args.profile,
                        regenerate=args.regenerate)
    print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
