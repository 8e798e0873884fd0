"""The built-in rule pack: every rule's examples behave as documented; bad rule files are refused clearly."""

import pytest

from consistency.errors import ConfigError
from consistency.findings.engine import run_example
from consistency.findings.rule import builtin_rules, load_rule_file

RULES = builtin_rules()
CASES = [(rule, example) for rule in RULES for example in rule.examples]


def test_every_rule_is_documented_with_a_failing_and_a_passing_example():
    assert {r.id for r in RULES} >= {
        "hours-mismatch", "address-mismatch", "phone-mismatch", "email-mismatch",
        "promotion-period-mismatch", "promotion-discount-mismatch", "promotion-expired", "entity-missing",
    }
    for rule in RULES:
        assert rule.why and rule.summary, rule.id
        assert any(e.fires for e in rule.examples), f"{rule.id} has no example that fires"
        assert any(not e.fires for e in rule.examples), f"{rule.id} has no example that passes"


@pytest.mark.parametrize("rule, example", CASES, ids=[f"{r.id}: {e.name}" for r, e in CASES])
def test_rule_examples(rule, example):
    findings = run_example(rule, example)
    if example.fires:
        assert findings, f"{rule.id} should fire on: {example.name}"
        assert all(f.rule == rule.id and f.kind == rule.kind and f.problem == rule.problem for f in findings)
        assert all(f.evidence for f in findings)
    else:
        assert not findings, f"{rule.id} should not fire on: {example.name}: {[f.message for f in findings]}"


GOOD = """\
id: my-rule
summary: Something.
severity: warning
kind: hours
problem: contradiction
check: agree
parameters:
  compare: hours
why: Because.
"""


@pytest.mark.parametrize(
    "text, line, words",
    [
        (GOOD.replace("severity: warning", "severity: warn"), 3, "did you mean 'warning'"),
        (GOOD.replace("summary:", "sumary:"), 2, "did you mean 'summary'"),
        (GOOD.replace("  compare: hours", "  compare: hour"), 8, "must be one of"),
        (GOOD.replace("  compare: hours", "  comparator: hours"), 8, "did you mean 'compare'"),
        (GOOD.replace("id: my-rule", "id: My Rule"), 1, "kebab-case"),
        (GOOD.replace("check: agree", "check: agre"), 6, "did you mean 'agree'"),
        (GOOD.replace("  compare: hours", "\tcompare: hours"), 8, "not valid YAML"),
    ],
)
def test_bad_rule_files_name_the_line(tmp_path, text, line, words):
    path = tmp_path / "my-rule.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rule_file(path)
    assert str(caught.value).startswith(f"{path}:{line}: "), str(caught.value)
    assert words in str(caught.value)


def test_a_good_user_rule_file_loads_with_defaults(tmp_path):
    path = tmp_path / "my-rule.yaml"
    path.write_text(GOOD, encoding="utf-8")
    rule = load_rule_file(path)
    assert rule.parameters == {"compare": "hours", "group": "entity", "across": "source", "truth": ""}


def test_the_rules_reference_is_generated_from_the_rule_files():
    from pathlib import Path

    from consistency.findings.reference import rules_reference

    docs = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == rules_reference(RULES), (
        "docs/rules.md is out of date: run `consistency rules --format markdown > docs/rules.md`"
    )
