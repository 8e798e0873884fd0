"""The rules a check runs: the built-in pack and the user's folders, tuned by the config, and suppressions."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from consistency.config import Config, Suppression
from consistency.facts.branch_names import PICKUP, SHOP
from consistency.errors import ConfigError
from consistency.findings.checks import CHECKS
from consistency.findings.finding import Evidence, Finding
from consistency.findings.rule import Rule, builtin_rules, load_rule_folder


def load_rules(config: Config | None = None) -> list[Rule]:
    """Every rule the config enables, with its severity, channels and parameters applied.

    Raises ConfigError naming the config line for an unknown rule id or parameter,
    and the rule file for a rule whose id is defined twice.
    """
    rules = {r.id: r for r in builtin_rules()}
    if config is None:
        return list(rules.values())
    for folder in config.rule_folders:
        for rule in load_rule_folder(folder):
            if rule.id in rules:
                raise ConfigError(
                    f"rule id {rule.id!r} is already defined by {rules[rule.id].path}; give the rule its own id",
                    path=rule.path, line=1,
                )
            rules[rule.id] = rule
    for settings in config.rules:
        rule = rules.get(settings.rule)
        where = dict(path=str(config.path), line=settings.line)
        if rule is None:
            hint = difflib.get_close_matches(settings.rule, list(rules), n=1)
            raise ConfigError(
                f"[rules.{settings.rule}]: no such rule"
                + (f"; did you mean {hint[0]!r}?" if hint else "; `consistency rules` lists them"),
                **where,
            )
        if settings.enabled is False:
            del rules[rule.id]
            continue
        try:
            parameters = CHECKS[rule.check].validate_parameters({**rule.parameters, **settings.parameters})
        except ValueError as exc:
            raise ConfigError(f"[rules.{rule.id}]: {exc.args[0]}", **where)
        types = {SHOP, PICKUP}
        for entity_type in settings.entity_types or ():
            if entity_type not in types:
                raise ConfigError(f"[rules.{rule.id}]: entity type {entity_type!r} is not one of "
                                  f"{', '.join(sorted(types))}", **where)
        rules[rule.id] = rule.configured(severity=settings.severity, parameters=parameters, channels=settings.channels,
                                         entity_types=settings.entity_types)
    for suppression in config.ignores:
        if suppression.rule and suppression.rule not in rules and suppression.rule not in {s.rule for s in config.rules}:
            hint = difflib.get_close_matches(suppression.rule, list(rules), n=1)
            raise ConfigError(
                f"[[ignore]] names rule {suppression.rule!r}, which does not exist"
                + (f"; did you mean {hint[0]!r}?" if hint else ""),
                path=str(config.path), line=suppression.line,
            )
    for rule_id, rule in list(rules.items()):
        truth = config.truth.get(rule.kind)
        if truth and rule.check == "agree":
            rules[rule_id] = rule.configured(parameters={"truth": truth})
    return sorted(rules.values(), key=lambda r: r.id)


@dataclass(frozen=True)
class Suppressed:
    """What suppressions did to a check's findings."""

    kept: list[Finding]
    silenced: list[tuple[Finding, Suppression]]
    expired: list[Finding]  # one per [[ignore]] past its `until`, reported so that it gets cleaned up


def apply_suppressions(findings: list[Finding], config: Config, rules: list[Rule], *, as_of: date) -> Suppressed:
    """Drop findings that an active [[ignore]] matches; report each expired [[ignore]]."""
    active = [s for s in config.ignores if s.until is None or as_of <= s.until]
    kept, silenced = [], []
    for finding in findings:
        match = next((s for s in active if s.matches(finding)), None)
        if match:
            silenced.append((finding, match))
        else:
            kept.append(finding)
    kinds = {r.id: r.kind for r in rules}
    expired = [_expired(s, config, kinds) for s in config.ignores if s.until is not None and as_of > s.until]
    return Suppressed(kept, silenced, expired)


def _expired(suppression: Suppression, config: Config, kinds: dict[str, str]) -> Finding:
    what = ", ".join(f"{k} {v!r}" for k, v in (("rule", suppression.rule), ("subject", suppression.subject),
                                               ("url", suppression.url)) if v)
    url = config.path.as_uri()
    return Finding(
        rule="suppression-expired",
        kind=kinds.get(suppression.rule or "", "entity"),
        problem="stale",
        severity="warning",
        subject=f"[[ignore]] at {config.path.name}:{suppression.line}",
        message=f"the [[ignore]] for {what} expired on {suppression.until}; remove it, or extend `until` "
                f"if the reason ({suppression.reason}) still holds",
        evidence=(Evidence(channel="config", url=url, value=f"until = {suppression.until}", excerpt=suppression.reason),),
    )

