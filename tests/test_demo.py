"""The bundled demo company, end to end through the real CLI: exactly the expected findings."""

import json

import pytest
import yaml

from contract import contract_problems
from command import DEMO, consistency, copy_demo

EXPECTED = yaml.safe_load((DEMO / "expected-findings.yaml").read_text(encoding="utf-8"))



@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    demo = copy_demo(tmp)
    result = consistency("check", str(demo / "consistency.toml"), "--as-of", "2026-11-22", "--format", "json",
                         "--db", str(tmp / "demo.db"), cwd=tmp)
    return result, tmp


def test_the_demo_check_exits_1_with_a_contract_document(demo_run):
    result, _ = demo_run
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)  # exactly one JSON document on stdout
    assert contract_problems(document) == []
    assert document["as_of"] == "2026-11-22"


def test_the_demo_check_finds_exactly_the_planted_problems(demo_run):
    result, _ = demo_run
    found = sorted(
        (f["rule"], f["kind"], f["problem"], f["subject"], tuple(sorted({e["channel"] for e in f["evidence"]})))
        for f in json.loads(result.stdout)["findings"]
    )
    expected = sorted((e["rule"], e["kind"], e["problem"], e["subject"], tuple(sorted(e["channels"]))) for e in EXPECTED)
    assert found == expected


def test_every_finding_quotes_the_text_it_was_read_from(demo_run):
    result, tmp = demo_run
    for finding in json.loads(result.stdout)["findings"]:
        for evidence in finding["evidence"]:
            assert evidence["url"].startswith("file://")
            assert evidence["excerpt"].strip()


def test_no_crawl_reuses_the_stored_run_and_gives_the_same_findings(demo_run):
    result, tmp = demo_run
    again = consistency("check", str(tmp / "demo" / "consistency.toml"), "--as-of", "2026-11-22", "--format", "json",
                        "--db", str(tmp / "demo.db"), "--no-crawl", cwd=tmp)
    first, second = json.loads(result.stdout), json.loads(again.stdout)
    assert second["run"] == first["run"]
    assert [f["id"] for f in second["findings"]] == [f["id"] for f in first["findings"]]


def test_the_text_report_groups_findings_by_subject_with_evidence(demo_run):
    _, tmp = demo_run
    text = consistency("check", str(tmp / "demo" / "consistency.toml"), "--as-of", "2026-11-22",
                       "--db", str(tmp / "demo.db"), "--no-crawl", cwd=tmp)
    assert text.returncode == 1
    assert "Летние чтения" in text.stdout and "promotion-expired" in text.stdout
    assert "file://" in text.stdout
    assert text.stdout.count("\nМагазин на Покровке\n") == 1  # one group per subject


def test_facts_json_has_normalised_values(demo_run):
    _, tmp = demo_run
    result = consistency("facts", "--db", str(tmp / "demo.db"), "--format", "json", cwd=tmp)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)["facts"]
    phones = {f["value"] for f in facts if f["kind"] == "phone"}
    assert all(p.startswith("+") for p in phones)
    hours = [f for f in facts if f["kind"] == "hours" and f["entity"] == "Магазин на Профсоюзной" and f["channel"] == "website"]
    assert "Mo-Fr 09:00-21:00; Sa-Su 10:00-20:00" in {f["value"] for f in hours}
