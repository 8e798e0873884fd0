"""Entity matching and the rules at 1k, 10k and 50k branches, on facts made directly (no crawl).

    python bench/scale_benchmark.py [--sizes 1000,10000,50000] [--seed 2026] [--profile]

For every size, makes the Fact records five channels would give about that
many branches (website page, FAQ, IVR, mobile app, a partner directory): an
entity mention, hours, address, phone and, for some, email per channel, in
the wordings the tool normalises to, plus company-wide facts and promotion
mentions, with one branch in a hundred contradicting itself in one channel
(hours, address, phone or email, in turn). Then it times, separately,

    consistency.entities.matching.match_entities(facts)
    consistency.findings.engine.evaluate(load_rules(), facts, as_of=AS_OF, entities=index)

and measures each one's peak memory under tracemalloc in a later pass (the
timed passes run without it: tracemalloc slows allocation-heavy code several
times). Each call is timed twice and the best kept, after an untimed warm-up
at 100 branches, so one-time costs (regular expressions compiled on first
use) do not inflate the smallest size and hide growth. Times are CPU
seconds of this process (both calls are single-threaded), so other work on
the machine does not count. Reports the growth from the smallest size to each larger one against
the target "time at 50k at most 60x time at 1k", and the planted
contradictions the rules found. --profile adds a cProfile summary of both
calls at the largest size.

Branch names follow bench/chain_site.py: named after their streets, no two
sharing a name stem, in as many cities as the chain site uses.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import random
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Callable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chain_site  # noqa: E402 - a sibling script, imported as a module
from crawl_benchmark import machine  # noqa: E402

from consistency.entities.matching import match_entities  # noqa: E402
from consistency.facts import addresses  # noqa: E402
from consistency.facts.fact import BRANCH, COMPANY, Fact  # noqa: E402
from consistency.findings.engine import evaluate  # noqa: E402
from consistency.findings.ruleset import load_rules  # noqa: E402

AS_OF = chain_site.DEFAULT_AS_OF
CHANNELS = ("website", "faq", "ivr", "app", "partner")
TARGET_GROWTH = 60.0  # time at 50k at most this many times the time at 1k (50x is linear)
PLANTED_EVERY = 100
_PLANTED_RULES = ("hours-mismatch", "address-mismatch", "phone-mismatch", "email-mismatch")
_PROMOTIONS = ("Осенняя распродажа", "Чёрная пятница", "Новогодняя акция", "Неделя детской книги", "Книжный марафон",
               "Клубные выходные", "Подарочный сезон", "Неделя поэзии")


@dataclass(frozen=True)
class Facts:
    """A generated fact set and what was planted in it."""

    entities: int
    facts: list[Fact]
    planted: Counter  # rule -> branches planted with a contradiction for it


@dataclass(frozen=True)
class Timing:
    """One size's figures."""

    entities: int
    facts: int
    match_seconds: float
    evaluate_seconds: float
    match_peak_mb: float
    evaluate_peak_mb: float
    matched_entities: int
    findings: Counter  # rule -> findings
    planted: Counter


def make_facts(entities: int, seed: int) -> Facts:
    """Facts five channels state about `entities` branches, with contradictions planted one branch in PLANTED_EVERY."""
    rng = random.Random(seed + entities)
    cities = chain_site.CITIES[: min(len(chain_site.CITIES), max(3, entities // 50))]
    streets = chain_site.street_names(rng, entities)
    facts: list[Fact] = []
    planted: Counter = Counter()
    parsed: dict[str, str] = {}

    def address_value(city: chain_site.City, street: str, house: int) -> str:
        raw = f"{city.name}, ул. {street}, д. {house}"
        if raw not in parsed:
            found = addresses.normalise_address(raw)
            parsed[raw] = found.value if found else raw.casefold()
        return parsed[raw]

    houses: dict[str, int] = Counter()
    for n, street in enumerate(streets):
        city = rng.choices(cities, weights=[c.weight for c in cities])[0]
        houses[city.slug] += 1
        house = houses[city.slug]
        slug = chain_site.latin(street)
        schedule = rng.choice(chain_site.SCHEDULES)
        phone = f"+7{city.code}{rng.randint(2, 9)}{rng.randrange(10 ** (9 - len(city.code))):0{9 - len(city.code)}d}"
        email = f"{slug}@{chain_site.DOMAIN}" if rng.random() < 0.4 else None
        urls = {
            "website": f"https://{chain_site.DOMAIN}/stores/{city.slug}/{slug}.html",
            "faq": f"https://{chain_site.DOMAIN}/faq/",
            "ivr": f"file:///ivr/{city.slug}.vxml",
            "app": f"https://api.{chain_site.DOMAIN}/v1/stores/{n}",
            "partner": f"https://maps.example/{city.slug}/pereplet?page={n // 20}",
        }
        names = {"website": f"Магазин на {street}", "faq": f"Магазин на {street}", "ivr": f"магазина на {street}",
                 "app": f"Магазин на {street}", "partner": f"магазин на {street}"}
        odd = None
        if n % PLANTED_EVERY == PLANTED_EVERY // 2:
            odd = (_PLANTED_RULES[(n // PLANTED_EVERY) % len(_PLANTED_RULES)], rng.choice(CHANNELS[1:]))
            if odd[0] == "email-mismatch" and (email is None or odd[1] not in ("faq",)):
                email = email or f"{slug}@{chain_site.DOMAIN}"
                odd = ("email-mismatch", "faq")
            if odd[0] == "phone-mismatch" and odd[1] not in ("app", "partner"):
                odd = ("phone-mismatch", "partner")
            planted[odd[0]] += 1
        for channel in CHANNELS:
            url, name = urls[channel], names[channel]

            def fact(kind: str, value: str, raw: str, *, origin: str = "text") -> Fact:
                return Fact(kind=kind, value=value, raw=raw, excerpt=f"{name}: {raw}", url=url, channel=channel,
                            scope=BRANCH, entity=name, context=(city.name,), origin=origin)

            wrong = odd is not None and odd[1] == channel
            facts.append(fact("entity", f"shop: {name}", name, origin="heading" if channel == "website" else "text"))
            hours = schedule.closing_earlier() if wrong and odd[0] == "hours-mismatch" else schedule
            facts.append(fact("hours", hours.osm(), hours.osm()))
            where = house + 2 if wrong and odd[0] == "address-mismatch" else house
            facts.append(fact("address", address_value(city, street, where), f"ул. {street}, д. {where}"))
            if channel in ("website", "app", "partner"):
                digits = phone[:-1] + str((int(phone[-1]) + 1) % 10) if wrong and odd[0] == "phone-mismatch" else phone
                facts.append(fact("phone", digits, digits))
            if email and channel in ("website", "faq"):
                value = f"shop-{email}" if wrong and odd[0] == "email-mismatch" else email
                facts.append(fact("email", value, value))
        if rng.random() < 0.2:
            promo = rng.choice(_PROMOTIONS[:4])
            facts.append(Fact(kind="promotion", value=promo, raw=promo, excerpt=promo, url=urls["website"],
                              channel="website", valid_from=date(2026, 11, 1), valid_to=date(2026, 12, 31),
                              discount="10%"))
    # the company's own facts: the same on every channel, once each
    for channel in CHANNELS:
        for kind, value in (("phone", "+78005552714"), ("email", f"info@{chain_site.DOMAIN}"),
                            ("hours", "Mo-Su 09:00-21:00")):
            facts.append(Fact(kind=kind, value=value, raw=value, excerpt=value, url=f"https://{chain_site.DOMAIN}/",
                              channel=channel, scope=COMPANY))
        for promo in _PROMOTIONS:
            facts.append(Fact(kind="promotion", value=promo, raw=promo, excerpt=promo, url=f"https://{chain_site.DOMAIN}/{channel}",
                              channel=channel, valid_from=date(2026, 11, 1), valid_to=date(2026, 12, 31), discount="10%"))
    return Facts(entities, facts, planted)


def _peak_mb(call: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def measure(entities: int, seed: int, rules, repeat: int = 2) -> tuple[Timing, list[Fact]]:
    """Time match_entities and evaluate on one size (best of `repeat`), then their peak memory."""
    data = make_facts(entities, seed)
    facts = data.facts
    match_seconds = evaluate_seconds = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        index = match_entities(facts)
        match_seconds = min(match_seconds, time.process_time() - started)
        gc.collect()
        started = time.process_time()
        findings = evaluate(rules, facts, as_of=AS_OF, entities=index)
        evaluate_seconds = min(evaluate_seconds, time.process_time() - started)
    match_peak = _peak_mb(lambda: match_entities(facts))
    evaluate_peak = _peak_mb(lambda: evaluate(rules, facts, as_of=AS_OF, entities=index))
    return Timing(entities, len(facts), match_seconds, evaluate_seconds, match_peak, evaluate_peak,
                  len(index.entities), Counter(f.rule for f in findings), data.planted), facts


def profile(facts: list[Fact], rules, top: int = 15) -> str:
    """cProfile of match_entities and evaluate on one fact set: the top functions by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    index = match_entities(facts)
    evaluate(rules, facts, as_of=AS_OF, entities=index)
    profiler.disable()
    out = StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    text = out.getvalue()
    return text[text.find("   ncalls"):].rstrip()


def report(timings: Sequence[Timing]) -> str:
    """The figures table, with growth against the smallest size."""
    base = timings[0]
    lines = [f"{'branches':>8} {'facts':>8} {'entities':>8} {'match s':>8} {'x':>6} {'evaluate s':>10} {'x':>6} "
             f"{'match MB':>9} {'evaluate MB':>11}  findings (planted)"]
    for t in timings:
        grow_m = t.match_seconds / base.match_seconds if base.match_seconds else 0
        grow_e = t.evaluate_seconds / base.evaluate_seconds if base.evaluate_seconds else 0
        found = ", ".join(f"{rule} {t.findings.get(rule, 0)} ({t.planted.get(rule, 0)})" for rule in _PLANTED_RULES)
        others = sum(n for rule, n in t.findings.items() if rule not in _PLANTED_RULES)
        lines.append(f"{t.entities:8d} {t.facts:8d} {t.matched_entities:8d} {t.match_seconds:8.2f} {grow_m:6.1f} "
                     f"{t.evaluate_seconds:10.2f} {grow_e:6.1f} {t.match_peak_mb:9.0f} {t.evaluate_peak_mb:11.0f}  "
                     f"{found}; other rules {others}")
    last = timings[-1]
    scale = last.entities / base.entities
    allowed = TARGET_GROWTH * scale / 50
    for name, seconds in (("match_entities", (base.match_seconds, last.match_seconds)),
                          ("evaluate", (base.evaluate_seconds, last.evaluate_seconds))):
        growth = seconds[1] / seconds[0] if seconds[0] else float("inf")
        verdict = "ok" if growth <= allowed else "MISSED"
        lines.append(f"{name}: {growth:.1f}x from {base.entities} to {last.entities} branches "
                     f"({scale:.0f}x the data; target <= {allowed:.0f}x: {verdict})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated numbers of branches")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=2, help="time each call this many times and keep the best")
    parser.add_argument("--profile", action="store_true", help="also profile both calls at the largest size")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rules = load_rules()
    # one-time costs (regular expressions compiled on first use, caches) are not part of any size's figure
    measure(100, args.seed, rules, repeat=1)
    timings, facts = [], []
    for size in sizes:
        timing, facts = measure(size, args.seed, rules, args.repeat)
        timings.append(timing)
        print(f"{size} branches: match {timing.match_seconds:.2f} s, evaluate {timing.evaluate_seconds:.2f} s",
              file=sys.stderr)
    print(report(timings))
    m = machine()
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}, rapidfuzz {m['rapidfuzz']}; "
          f"code measured: {m['code']}")
    if args.profile:
        print(f"\nprofile of match_entities + evaluate at {sizes[-1]} branches, top 15 by own time:")
        print(profile(facts, rules))
    return 0


if __name__ == "__main__":
    sys.exit(main())
