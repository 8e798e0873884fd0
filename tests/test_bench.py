"""The chain-site benchmark at small size in CI: every planted problem found, nothing else reported.

Runs bench/chain_site.py's generator at 60 branches, serves the site on
127.0.0.1 and runs the real `consistency check` over it. Timings are never
asserted here (bench/crawl_benchmark.py reports them); what is asserted is
the answer key, and that the look-alikes were really compared (each shop is
known to several channels), so a tool that read nothing could not pass.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import chain_site  # noqa: E402 - bench/ is a folder of scripts, not a package
from command import consistency

BRANCHES = 60
SEED = 7



@pytest.fixture(scope="module")
def chain(tmp_path_factory, http_server):
    """The chain site, checked once: (site, check result, facts document)."""
    tmp = tmp_path_factory.mktemp("chain")
    site = chain_site.generate(tmp / "chain", branches=BRANCHES, seed=SEED)
    config = chain_site.write_config(site, http_server(site.site_dir))
    db = tmp / "chain.db"
    result = consistency("check", str(config), "--as-of", site.as_of.isoformat(), "--format", "json", "--db", str(db),
                         cwd=tmp)
    facts = consistency("facts", "--db", str(db), "--format", "json", cwd=tmp)
    assert facts.returncode == 0, facts.stderr
    return site, result, json.loads(facts.stdout)["facts"]


def test_the_check_finds_every_planted_problem_and_nothing_else(chain):
    site, result, _ = chain
    assert result.returncode == 1, result.stderr  # the planted errors fail the check
    card = chain_site.score(site.expected, json.loads(result.stdout)["findings"])
    assert card.missed == (), f"planted problems not found: {card.missed}"
    assert card.unexpected == (), f"findings that were not planted: {card.unexpected}"
    assert len(card.found) == len(site.expected)


def test_every_rule_has_planted_problems(chain):
    from consistency.findings.rule import builtin_rules

    site, _, _ = chain
    planted = Counter(e.rule for e in site.expected)
    assert set(chain_site.RULES) <= {r.id for r in builtin_rules()}
    assert set(planted) == set(chain_site.RULES)
    # a closed and a new shop, each missing from two channels
    assert planted["entity-missing"] == 4 * chain_site.planted_per_kind(BRANCHES)


def test_the_look_alikes_were_compared(chain):
    """Every open shop's hours and address reach the rules from the FAQ and the IVR as well as the website."""
    site, result, facts = chain
    shops = {e.subject for e in site.expected if e.rule != "entity-missing" and e.kind != "promotion"}
    attributed = Counter((f["kind"], f["channel"]) for f in facts if f["entity"])
    open_shops = BRANCHES - chain_site.planted_per_kind(BRANCHES)  # the new ones are on the website only
    for channel in ("faq", "ivr"):
        assert attributed[("hours", channel)] >= open_shops, channel
        assert attributed[("address", channel)] >= open_shops, channel
    assert attributed[("phone", "website")] >= 2 * BRANCHES  # shop page and store list card
    # the planted contradictions rest on evidence from more than one source
    for finding in json.loads(result.stdout)["findings"]:
        if finding["subject"] in shops:
            assert len({(e["channel"], e["url"]) for e in finding["evidence"]}) >= 2, finding


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_generator_is_deterministic(tmp_path):
    a = chain_site.generate(tmp_path / "a", branches=20, seed=3)
    b = chain_site.generate(tmp_path / "b", branches=20, seed=3)
    c = chain_site.generate(tmp_path / "c", branches=20, seed=4)
    assert _digest(a.root) == _digest(b.root)
    assert _digest(a.root) != _digest(c.root)
    assert chain_site.load_site(a.root).expected == a.expected


def test_the_site_looks_like_a_chain_site(chain):
    site, _, _ = chain
    manifest = json.loads((site.root / "manifest.json").read_text(encoding="utf-8"))
    sizes = manifest["shop_page_bytes"]
    assert 15_000 <= sizes["min"] and sizes["max"] <= 40_000
    pages = sorted((site.site_dir / "stores").glob("*/*.html"))
    assert len(pages) == BRANCHES
    with_jsonld = sum('application/ld+json' in p.read_text(encoding="utf-8") for p in pages)
    assert 0 < with_jsonld < len(pages)
    assert (site.site_dir / "stores" / "page-2.html").is_file()  # the store list is paginated
    faq = (site.site_dir / "faq" / "index.html").read_text(encoding="utf-8")
    assert sum(1 for e in site.expected if e.rule == "entity-missing") and "Магазин на" in faq
    assert len(list((site.root / "ivr").glob("*.vxml"))) == manifest["cities"]  # one phone menu per city


def test_score_counts_missed_and_unexpected_findings():
    expected = [chain_site.ExpectedFinding("hours-mismatch", "Магазин на Чехова", "hours", "contradiction", ("ivr",)),
                chain_site.ExpectedFinding("entity-missing", "Магазин на Гоголя", "entity", "missing", ("faq",)),
                chain_site.ExpectedFinding("entity-missing", "Магазин на Гоголя", "entity", "missing", ("ivr",))]
    findings = [{"rule": "entity-missing", "subject": "Магазин на Гоголя"},
                {"rule": "phone-mismatch", "subject": "Магазин на Чехова"}]
    card = chain_site.score(expected, findings)
    assert card.found == (("entity-missing", "Магазин на Гоголя"),)
    assert set(card.missed) == {("hours-mismatch", "Магазин на Чехова"), ("entity-missing", "Магазин на Гоголя")}
    assert card.unexpected == (("phone-mismatch", "Магазин на Чехова"),)
    assert not card.perfect


def test_the_crawl_benchmark_runs_end_to_end(tmp_path):
    """bench/crawl_benchmark.py at a tiny size: all four stages run and the answer key is met (no timing asserted)."""
    result = subprocess.run([sys.executable, str(BENCH / "crawl_benchmark.py"), "--branches", "20", "--seed", "5",
                             "--work", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    results = json.loads((tmp_path / "chain-20-s5" / "results.json").read_text(encoding="utf-8"))
    assert results["findings"]["found"] == results["findings"]["expected"] > 0
    assert results["findings"]["missed"] == [] and results["findings"]["unexpected"] == []
    assert results["crawl"]["documents"] == results["recrawl"]["documents"] > results["pages"]  # site + IVR files
    assert results["ceiling"]["pages"] >= results["pages"]
    assert "planted problems:" in result.stdout and "machine:" in result.stdout


def test_the_scale_benchmark_finds_its_planted_contradictions():
    result = subprocess.run([sys.executable, str(BENCH / "scale_benchmark.py"), "--sizes", "200,400"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [line.split() for line in result.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == ["200", "400"]
    for row in rows:
        assert row[2] == row[0]  # every branch matched as one entity across its five channels
    for rule in ("hours-mismatch", "address-mismatch", "phone-mismatch", "email-mismatch"):
        for line in result.stdout.splitlines():
            if line.strip()[:1].isdigit():
                found, planted = line.split(rule + " ")[1].split(",")[0].split(";")[0].split()
                assert found == planted.strip("()"), (rule, line)
