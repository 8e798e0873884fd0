"""The nightly job and ad-hoc checks: runs, diff, --new-only, --changed, facts --grep, init."""

import json
from pathlib import Path

import pytest
from command import consistency, copy_demo

AS_OF = ("--as-of", "2026-11-22")



def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory):
    """Two nightly checks of the demo: between them the IVR hours were fixed and a shop email broke."""
    tmp = tmp_path_factory.mktemp("nights")
    demo = copy_demo(tmp)
    config = str(demo / "consistency.toml")
    first = consistency("check", config, *AS_OF, "--format", "json", cwd=tmp)
    edit(demo / "ivr" / "main.vxml", "по будням с 9 до 20", "по будням с 9 до 21")
    edit(demo / "site" / "faq.html", "Pokrovka@stranitsa-books.ru", "pokrovka-shop@stranitsa-books.ru")
    second = consistency("check", config, *AS_OF, "--format", "json", cwd=tmp)
    return tmp, config, json.loads(first.stdout), json.loads(second.stdout)


def test_runs_lists_every_run_with_its_findings(two_nights):
    tmp, config, first, second = two_nights
    result = consistency("runs", config, "--format", "json", cwd=tmp)
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [first["run"], second["run"]]
    assert all(r["status"] == "complete" and r["pages"] > 5 and r["facts"] > 50 for r in rows)
    assert rows[0]["findings"] == first["summary"]
    table = consistency("runs", config, cwd=tmp).stdout
    assert "complete" in table and str(second["run"]) in table


def test_diff_shows_new_resolved_and_still_open(two_nights):
    tmp, config, first, second = two_nights
    result = json.loads(consistency("diff", "--config", config, "--format", "json", cwd=tmp).stdout)
    assert (result["before"], result["after"]) == (first["run"], second["run"])
    assert [(f["rule"], f["subject"]) for f in result["resolved"]] == [("hours-mismatch", "Магазин на Профсоюзной")]
    assert [(f["rule"], f["subject"]) for f in result["new"]] == [("email-mismatch", "Магазин на Покровке")]
    assert len(result["still_open"]) == len(first["findings"]) - 1
    text = consistency("diff", "--config", config, cwd=tmp).stdout
    assert "1 new, 1 resolved" in text


def test_new_only_reports_what_is_new_since_last_night(two_nights):
    tmp, config, _, second = two_nights
    result = consistency("check", config, *AS_OF, "--no-crawl", "--new-only", "--format", "json", cwd=tmp)
    assert [(f["rule"], f["subject"]) for f in json.loads(result.stdout)["findings"]] == [
        ("email-mismatch", "Магазин на Покровке")
    ]


def test_changed_checks_a_draft_over_the_stored_run(two_nights):
    tmp, config, _, second = two_nights
    draft = tmp / "demo" / "site" / "stores" / "profsoyuznaya.html"
    edit(draft, "Пн–Пт 9:00–21:00", "Пн–Пт 9:00–19:00")
    result = consistency("check", config, *AS_OF, "--changed", str(draft), "--format", "json", cwd=tmp)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    # Only findings that involve the draft, and the draft now disagrees with everyone.
    assert [(f["rule"], f["subject"]) for f in findings] == [("hours-mismatch", "Магазин на Профсоюзной")]
    assert any(e["url"] == draft.as_uri() and "19:00" in e["value"] for e in findings[0]["evidence"])
    # The overlay is not a nightly run: --no-crawl and diff still use the last complete run.
    runs = json.loads(consistency("runs", config, "--format", "json", cwd=tmp).stdout)
    assert runs[-1]["status"] == "overlay"
    again = consistency("check", config, *AS_OF, "--no-crawl", "--format", "json", cwd=tmp)
    assert json.loads(again.stdout)["run"] == second["run"]


def test_changed_refuses_a_file_no_source_covers(two_nights):
    tmp, config, _, _ = two_nights
    stray = tmp / "stray.html"
    stray.write_text("<h1>x</h1>", encoding="utf-8")
    result = consistency("check", config, *AS_OF, "--changed", str(stray), cwd=tmp)
    assert result.returncode == 2 and "stray.html" in result.stderr and "no [[source]]" in result.stderr


def test_facts_grep_finds_every_mention_in_any_inflection(two_nights):
    tmp, config, _, _ = two_nights
    result = consistency("facts", config, "--grep", "осенней распродаже", "--format", "json", cwd=tmp)
    document = json.loads(result.stdout)
    channels = {m["channel"] for m in document["mentions"]}
    assert channels == {"website", "faq", "ivr"}
    assert all("[" in m["snippet"] for m in document["mentions"])  # the match is marked
    assert {f["kind"] for f in document["facts"]} == {"promotion"}
    nothing = consistency("facts", config, "--grep", "зимняя ярмарка", cwd=tmp)
    assert "No document" in nothing.stdout


def test_facts_filters_by_kind_channel_and_entity(two_nights):
    tmp, config, _, _ = two_nights
    result = consistency("facts", config, "--kind", "phone", "--entity", "покровк", "--format", "csv", cwd=tmp)
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("kind,entity,value")
    assert len(lines) > 1 and all(",phone," not in line or "Покровк" in line for line in lines[1:])
    assert all(line.startswith("phone,") for line in lines[1:])


def test_init_writes_a_starter_config_that_loads(tmp_path):
    result = consistency("init", cwd=tmp_path)
    assert result.returncode == 0
    from consistency.config import load_config

    assert load_config(tmp_path / "consistency.toml").sources
    assert consistency("init", cwd=tmp_path).returncode == 2  # never overwrites silently


def test_no_crawl_reuses_stored_facts_read_with_the_same_code_and_date(tmp_path):
    from consistency.store import Store

    demo = copy_demo(tmp_path)
    config = str(demo / "consistency.toml")
    first = consistency("check", config, *AS_OF, "--format", "json", cwd=tmp_path)
    store = Store(demo / "consistency.db")
    stamp = store.extracted(1)
    store.close()
    assert stamp.startswith("2026-11-22 ")
    # Same date: the stored facts are used as they are (a facts table emptied behind its back stays empty).
    store = Store(demo / "consistency.db")
    store.connection.execute("DELETE FROM facts WHERE run = 1 AND kind = 'email'")
    store.close()
    same = consistency("check", config, *AS_OF, "--no-crawl", "--format", "json", cwd=tmp_path)
    assert "email-mismatch" not in {f["rule"] for f in json.loads(same.stdout)["findings"]}
    # Another "today": the documents are read again, and the facts are whole again.
    later = consistency("check", config, "--as-of", "2026-11-23", "--no-crawl", "--format", "json", cwd=tmp_path)
    assert "email-mismatch" in {f["rule"] for f in json.loads(later.stdout)["findings"]}
    assert {f["rule"] for f in json.loads(first.stdout)["findings"]} == {f["rule"] for f in json.loads(later.stdout)["findings"]}
