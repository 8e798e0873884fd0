"""The rules reference (docs/rules.md), generated from the rule files so it cannot drift."""

from __future__ import annotations

from consistency.findings.checks import CHECKS
from consistency.findings.rule import Rule

_HEADER = """\
# Rules reference

Generated from the files in `rules/` by `consistency rules --format markdown`;
do not edit by hand (a test fails when this file and the rules disagree).

Each rule configures one check type. Tune a rule in the config:

```toml
[rules.RULE-ID]
severity = "warning"        # error | warning | info
enabled = false
channels = ["website", "ivr"]
PARAMETER = VALUE           # any parameter listed below
```

| rule | severity | kind | problem | summary |
|---|---|---|---|---|
"""


def rules_reference(rules: list[Rule]) -> str:
    """Markdown: a table of all rules, then each rule with why it matters, parameters and examples."""
    out = [_HEADER]
    for rule in rules:
        out.append(f"| [`{rule.id}`](#{rule.id}) | {rule.severity} | {rule.kind} | {rule.problem} | {rule.summary} |\n")
    for rule in rules:
        check = CHECKS[rule.check]
        out.append(f"\n## {rule.id}\n\n{rule.summary}\n\n")
        out.append(f"*Severity* {rule.severity} · *kind* {rule.kind} · *problem* {rule.problem} · "
                   f"*check* `{rule.check}`\n\n")
        out.append(f"### Why this matters\n\n{rule.why}\n\n")
        out.append("### Parameters\n\n| parameter | value | meaning |\n|---|---|---|\n")
        for name, value in rule.parameters.items():
            meaning = check.parameters[name].help if name in check.parameters else ""
            out.append(f"| `{name}` | `{value!r}` | {meaning} |\n")
        if rule.examples:
            out.append("\n### Examples\n")
            for example in rule.examples:
                verdict = "fires" if example.fires else "passes"
                out.append(f"\n**{verdict}**: {example.name}\n\n")
                for fact in example.facts:
                    who = f" about {fact['entity']}" if fact.get("entity") else ""
                    period = f" (until {fact['valid_to']})" if fact.get("valid_to") else ""
                    shown = fact.get("raw") or fact.get("value") or ""
                    extra = f", discount {fact['discount']}" if fact.get("discount") else ""
                    out.append(f"- {fact.get('channel', 'website')}{who}: `{shown}`{period}{extra}\n")
                for source in example.sources:
                    out.append(f"- document {source['url']} last updated {source.get('updated', 'unknown')}\n")
    return "".join(out)
