"""Extraction speed on typical branch pages: how many 30 KB shop pages one core reads per second.

    python bench/extraction_speed.py [--pages 400] [--rounds 5] [--profile]

Takes the shop pages of the chain site (`chain_site.generate`, 23-40 KB of
CMS page around each shop's facts: mega-menu, footer, cookie banner, inline
CSS and JS, JSON-LD on a third), builds the Document records a crawl would
store, and times on one core, best of `--rounds`:

* baseline: `lxml.html.document_fromstring` of every page, the parse alone;
* read: `read_document` (encoding, parse, units, structured data);
* extract: `extract_facts` over the pages read (every extractor, then
  attribution and boilerplate detection across the pages, as a run does);
* total: read + extract, the figure the target is about (>= 200 pages/s).

Ratios to the baseline measured in the same run are printed beside the
rates: the machine is shared, and the ratio is what stays comparable
between runs. `--profile` writes a cProfile of one total round to
`extraction.prof` in the working folder and prints its top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chain_site  # noqa: E402  (a sibling script, not a package)

from consistency.documents.document import Document  # noqa: E402
from consistency.documents.reader import read_document  # noqa: E402
from consistency.facts.extract import ExtractionSettings, extract_facts  # noqa: E402

TARGET_PAGES_PER_SECOND = 200
AS_OF = date(2026, 11, 22)
SETTINGS = ExtractionSettings(region="RU", city="Москва")


def shop_pages(folder: Path, pages: int) -> list[Document]:
    """The first `pages` shop pages of a generated chain site, as a crawl would store them."""
    site = folder / "site"
    paths = sorted((site / "stores").glob("*/*.html"))  # stores/<city>/<street>.html
    if len(paths) < pages:
        raise SystemExit(f"{site}: only {len(paths)} shop pages; generate more branches")
    documents = []
    for path in paths[:pages]:
        url = "http://127.0.0.1:8000/" + path.relative_to(site).as_posix()
        documents.append(Document(url=url, channel="website", source=0, format="html", body=path.read_bytes(),
                                  content_type="text/html; charset=utf-8",
                                  last_modified="Sun, 22 Nov 2026 12:00:00 GMT"))
    return documents


def forget_everything() -> None:
    """Empty every in-process cache of the readers and extractors (functools caches keyed by a unit's text): each
    round starts as a fresh `consistency check` would, instead of finding the pages of the round before."""
    for name, module in list(sys.modules.items()):
        if name.startswith("consistency."):
            for value in list(vars(module).values()):
                if hasattr(type(value), "cache_clear"):  # the type's: some module values refuse any attribute
                    value.cache_clear()


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The fastest of `rounds` timings of `work`, each from cold caches, in seconds: the least disturbed by other
    load."""
    times = []
    for _ in range(rounds):
        forget_everything()
        gc.collect()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400, help="shop pages to read (default 400)")
    parser.add_argument("--rounds", type=int, default=5, help="timings per stage; the best counts (default 5)")
    parser.add_argument("--profile", action="store_true", help="write extraction.prof and print its top")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="consistency-speed-") as tmp:
        # 2,000 branches would take minutes to write; the shop pages of a smaller chain are alike
        chain_site.generate(tmp, branches=max(args.pages + 40, 200), seed=2026, as_of=AS_OF)
        documents = shop_pages(Path(tmp), args.pages)
    sizes = [len(d.body) for d in documents]
    texts = [read_document(d) for d in documents]

    baseline = best_of(args.rounds, lambda: [lxml.html.document_fromstring(d.body) for d in documents])
    read = best_of(args.rounds, lambda: [read_document(d) for d in documents])
    extract = best_of(args.rounds, lambda: extract_facts(texts, as_of=AS_OF, settings=SETTINGS))
    total = best_of(args.rounds, lambda: extract_facts([read_document(d) for d in documents], as_of=AS_OF,
                                                       settings=SETTINGS))
    facts = extract_facts(texts, as_of=AS_OF, settings=SETTINGS)

    n = len(documents)
    print(f"{n} shop pages, median {statistics.median(sizes) / 1024:.1f} KB "
          f"({min(sizes) / 1024:.0f}-{max(sizes) / 1024:.0f} KB), {len(facts)} facts; best of {args.rounds}")
    print(f"{'stage':<10} {'seconds':>8} {'pages/s':>9} {'x baseline':>11}")
    for label, seconds in (("baseline", baseline), ("read", read), ("extract", extract), ("total", total)):
        print(f"{label:<10} {seconds:8.3f} {n / seconds:9.1f} {seconds / baseline:11.1f}")
    rate = n / total
    verdict = "met" if rate >= TARGET_PAGES_PER_SECOND else "NOT met"
    print(f"target >= {TARGET_PAGES_PER_SECOND} pages/s read + extract on one core: {rate:.0f} pages/s, {verdict}")

    if args.profile:
        profile = cProfile.Profile()
        forget_everything()
        profile.runcall(lambda: extract_facts([read_document(d) for d in documents], as_of=AS_OF, settings=SETTINGS))
        profile.dump_stats("extraction.prof")
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(30)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
