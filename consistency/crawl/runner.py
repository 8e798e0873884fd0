"""Run a crawl of a config's sources in a subprocess and return what it got.

All sources' spiders run in ONE subprocess, `python -m consistency.crawl.process`:
Twisted's reactor cannot restart in a process, so a CLI or test suite that
crawls twice must not crawl in-process. The job (config path, db path, run
id) goes to the child as JSON on stdin; the child writes documents and
failures straight into the store and prints a JSON summary on stdout; its
logs are copied to this process's stderr, line by line, as they come.

If the child dies or its summary is unreadable, `crawl` raises
CrawlProcessError and the caller must not mark the run complete.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Sequence

from consistency.config import Config
from consistency.crawl.records import CrawlJob, CrawlSummary, describe_failures
from consistency.errors import CrawlError
from consistency.store import Store

log = logging.getLogger("consistency.crawl")
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{0,20}://")


class CrawlProcessError(CrawlError):
    """The crawl subprocess failed: the run's documents are incomplete."""


def crawl(
    config: Config, store: Store, run: int, *, only: Sequence[str] | None = None, verbose: int | None = None
) -> CrawlSummary:
    """Crawl every source of `config` (or just the `only` URLs/paths, links not followed) into run `run` of `store`.

    `verbose` (0 warnings, 1 info, 2 debug) defaults to what this process logs:
    `consistency -v` (the "consistency" logger at DEBUG) shows Scrapy's debug
    log of every request too.
    """
    if verbose is None:
        verbose = 2 if log.getEffectiveLevel() <= logging.DEBUG else 0
    if config.distributed is not None and only is None:
        # [distributed]: crawler processes on several machines share a Redis queue
        # (crawl/distributed.py); a few named documents (`only`) are fetched here as always
        from consistency.crawl.distributed import crawl as crawl_distributed

        return crawl_distributed(config, store, run, verbose=verbose)
    job = CrawlJob(
        config=str(config.path),
        db=str(Path(store.path).resolve()),
        run=run,
        only=tuple(absolute_url(u) for u in only) if only is not None else None,
        verbose=verbose,
        parent=os.getpid(),
    )
    child = subprocess.Popen(
        # -P: do not put the working directory first on sys.path. Run from a
        # checkout, its consistency/ folder (without the spiders/ and rules/
        # that installing maps into the package) would shadow the installed one.
        [sys.executable, "-P", "-m", "consistency.crawl.process"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_environment(),
    )
    copier = threading.Thread(target=_copy_lines, args=(child.stderr, sys.stderr), daemon=True)
    copier.start()
    try:
        # not communicate(): it would read stderr too, which the copier thread owns
        with child.stdin:
            child.stdin.write(job.to_json().encode("utf-8"))
        out = child.stdout.read()
        child.wait()
    except BaseException:
        # Ctrl-C or any error here: never leave a crawler running behind us
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        raise
    finally:
        copier.join(timeout=5)
    if child.returncode != 0:
        raise CrawlProcessError(
            f"the crawl process stopped with exit status {child.returncode} (see the messages above); run {run} is incomplete"
        )
    try:
        summary = CrawlSummary.from_json(out.decode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        raise CrawlProcessError(f"the crawl process printed no readable summary ({exc}); run {run} is incomplete") from exc
    log_summary(summary)
    return summary


def log_summary(summary: CrawlSummary) -> None:
    """Tell the user, on stderr through logging, what each source yielded and why pages failed.

    A source with failed pages is a warning (seen by default), listing each
    reason with a few of its URLs; one that only skipped pages on purpose
    (robots.txt, images, max_page_bytes) or had none to skip is info.
    """
    for source in summary.sources:
        level = logging.WARNING if source.errors or source.unreachable else logging.INFO
        log.log(level, "%s", source.headline())
        for line in describe_failures(source.failed):
            log.log(level, "  %s", line)
    if summary.unassigned:
        log.warning("%d named document(s) belong to no [[source]]:", len(summary.unassigned))
        for line in describe_failures(summary.unassigned):
            log.warning("  %s", line)


def absolute_url(url_or_path: str) -> str:
    """A URL as given; a path (relative to the current directory) as an absolute file:// URL."""
    if _HAS_SCHEME.match(url_or_path):
        return url_or_path
    return Path(url_or_path).resolve().as_uri()


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    # the summary holds Cyrillic URLs and titles; the child must not write them in the locale's encoding
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _copy_lines(source: IO[bytes], target: IO[str]) -> None:
    for line in iter(source.readline, b""):
        try:
            target.write(line.decode("utf-8", errors="replace"))
            target.flush()
        except (OSError, ValueError):
            pass  # the parent's stderr is gone; keep draining so the child never blocks
    source.close()
