"""Rules tuned from the config: enable/disable, severity, parameters, channels, user folders, truth, [[ignore]]."""

from datetime import date
from pathlib import Path

import pytest

from consistency.config import load_config
from consistency.errors import ConfigError
from consistency.facts.fact import BRANCH, Fact
from consistency.findings.engine import evaluate
from consistency.findings.ruleset import apply_suppressions, load_rules

HEAD = """\
[project]
name = "x"

[[source]]
channel = "website"
urls = ["https://example.com/"]

[[source]]
channel = "ivr"
urls = ["https://example.com/ivr.vxml"]
"""


def config(tmp_path: Path, extra: str):
    path = tmp_path / "consistency.toml"
    path.write_text(HEAD + extra, encoding="utf-8")
    return load_config(path)


def hours(channel, value, entity="Магазин на Покровке"):
    return Fact(kind="hours", value=value, raw=value, excerpt=value, url=f"https://example.com/{channel}",
                channel=channel, scope=BRANCH, entity=entity)


FACTS = [hours("website", "Mo-Fr 09:00-21:00"), hours("ivr", "Mo-Fr 09:00-20:00")]


def test_severity_and_disable(tmp_path):
    rules = load_rules(config(tmp_path, '\n[rules.hours-mismatch]\nseverity = "warning"\n\n[rules.email-mismatch]\nenabled = false\n'))
    by_id = {r.id: r for r in rules}
    assert by_id["hours-mismatch"].severity == "warning"
    assert "email-mismatch" not in by_id
    assert [f.severity for f in evaluate(rules, FACTS, as_of=date(2026, 11, 22))] == ["warning"]


def test_channel_scope(tmp_path):
    rules = load_rules(config(tmp_path, '\n[rules.hours-mismatch]\nchannels = ["website"]\n'))
    assert evaluate(rules, FACTS, as_of=date(2026, 11, 22)) == []


def test_source_of_truth_says_which_side_is_probably_wrong(tmp_path):
    rules = load_rules(config(tmp_path, '\n[truth]\nhours = "website"\n'))
    (finding,) = evaluate(rules, FACTS, as_of=date(2026, 11, 22))
    assert "website is the source of truth, so ivr is probably wrong" in finding.message


@pytest.mark.parametrize(
    "extra, line, words",
    [
        ('\n[rules.hours-mismatc]\nseverity = "warning"\n', 12, "did you mean 'hours-mismatch'"),
        ('\n[rules.hours-mismatch]\ncompare = "hour"\n', 12, "must be one of"),
        ('\n[rules.promotion-expired]\ngrace = 3\n', 12, "did you mean 'grace_days'"),
        ('\n[rules.hours-mismatch]\nseverity = "fatal"\n', 13, "must be one of error, warning, info"),
        ('\n[[ignore]]\nrule = "hours-mismatch"\n', 12, "needs a reason"),
        ('\n[[ignore]]\nrule = "hours-mismath"\nreason = "x"\n', 12, "did you mean 'hours-mismatch'"),
        ('\n[truth]\nhours = "faq"\n', 13, "no [[source]] has"),
    ],
)
def test_config_errors_name_the_line(tmp_path, extra, line, words):
    with pytest.raises(ConfigError) as caught:
        load_rules(config(tmp_path, extra))
    assert f"consistency.toml:{line}: " in str(caught.value), str(caught.value)
    assert words in str(caught.value)


def test_a_user_rule_folder_adds_rules_without_code(tmp_path):
    (tmp_path / "our-rules").mkdir()
    (tmp_path / "our-rules" / "ivr-hours.yaml").write_text(
        """id: ivr-hours-differ
summary: The IVR gives other hours than the website.
severity: info
kind: hours
problem: contradiction
check: agree
parameters:
  compare: hours
  across: channel
message: "IVR hours of {subject} differ from the website"
why: Callers hear the IVR first.
""", encoding="utf-8")
    rules = load_rules(config(tmp_path, '\n[rules]\nfolders = ["our-rules"]\n'))
    found = {f.rule: f for f in evaluate(rules, FACTS, as_of=date(2026, 11, 22))}
    assert set(found) == {"hours-mismatch", "ivr-hours-differ"}
    assert found["ivr-hours-differ"].severity == "info"


def test_ignore_until_a_date_and_then_reported_as_expired(tmp_path):
    cfg = config(tmp_path, '\n[[ignore]]\nrule = "hours-mismatch"\nsubject = "Магазин на Покровке"\n'
                           'reason = "IVR re-recorded in December"\nuntil = 2026-12-01\n')
    rules = load_rules(cfg)
    findings = evaluate(rules, FACTS, as_of=date(2026, 11, 22))
    before = apply_suppressions(findings, cfg, rules, as_of=date(2026, 11, 22))
    assert before.kept == [] and len(before.silenced) == 1 and before.expired == []
    after = apply_suppressions(evaluate(rules, FACTS, as_of=date(2026, 12, 2)), cfg, rules, as_of=date(2026, 12, 2))
    assert [f.rule for f in after.kept] == ["hours-mismatch"]
    assert [f.rule for f in after.expired] == ["suppression-expired"]
    assert "expired on 2026-12-01" in after.expired[0].message


def test_user_rules_and_suppressions_end_to_end_from_the_cli(tmp_path):
    """The demo, with a rule folder and an [[ignore]] added to its config, through the real command."""
    import json
    import shutil
    import subprocess
    import sys

    demo = tmp_path / "demo"
    shutil.copytree(Path(__file__).resolve().parent.parent / "data" / "demo", demo, ignore=shutil.ignore_patterns("*.db*"))
    (demo / "our-rules").mkdir()
    (demo / "our-rules" / "ivr-hours.yaml").write_text(
        "id: ivr-hours-differ\nsummary: IVR hours differ from the website.\nseverity: info\nkind: hours\n"
        "problem: contradiction\ncheck: agree\nparameters: {compare: hours, across: channel}\n"
        "message: \"IVR hours of {subject} differ\"\nwhy: Callers hear the IVR first.\n", encoding="utf-8")
    config = demo / "consistency.toml"
    config.write_text(config.read_text(encoding="utf-8") + (
        '\n[rules]\nfolders = ["our-rules"]\n'
        '\n[[ignore]]\nrule = "promotion-expired"\nreason = "IVR re-recording booked"\nuntil = 2026-12-01\n'
    ), encoding="utf-8")

    def check(as_of, *extra):
        result = subprocess.run(
            [sys.executable, "-c", "from consistency.cli import main; main()", "check", str(config), "--as-of", as_of,
             "--format", "json", "--db", str(tmp_path / "c.db"), *extra],
            cwd=tmp_path, capture_output=True, text=True, timeout=600)
        return {f["rule"] for f in json.loads(result.stdout)["findings"]}

    before = check("2026-11-22")
    assert "ivr-hours-differ" in before and "promotion-expired" not in before
    after = check("2026-12-02", "--no-crawl")
    assert {"promotion-expired", "suppression-expired"} <= after
    listing = subprocess.run([sys.executable, "-c", "from consistency.cli import main; main()", "rules", "--config",
                              str(config)], cwd=tmp_path, capture_output=True, text=True)
    assert "ivr-hours-differ" in listing.stdout


def test_scope_to_entity_types(tmp_path):
    def entity(channel, name):
        return Fact(kind="entity", value=f"pickup point: {name}", raw=name, excerpt=name, url=f"https://example.com/{channel}",
                    channel=channel, scope=BRANCH, entity=name)

    facts = [entity("website", "Пункт выдачи на Бутлерова"), entity("website", "Пункт выдачи на Ленинском"),
             entity("ivr", "пункт выдачи на Ленинском"), entity("ivr", "пункт выдачи на Тверской")]
    everywhere = load_rules(config(tmp_path, ""))
    assert {f.subject for f in evaluate(everywhere, facts, as_of=date(2026, 11, 22))} == {
        "Пункт выдачи на Бутлерова", "пункт выдачи на Тверской"}
    shops_only = load_rules(config(tmp_path, '\n[rules.entity-missing]\nentity_types = ["shop"]\n'))
    assert evaluate(shops_only, facts, as_of=date(2026, 11, 22)) == []
    with pytest.raises(ConfigError, match="is not one of"):
        load_rules(config(tmp_path, '\n[rules.entity-missing]\nentity_types = ["kiosk"]\n'))
