"""Rules: declarative YAML files that configure one of a few check types.

A rule file says what to look for and why (id, summary, severity, kind,
problem, parameters, why, examples); the Python behind it is one of the check
types in `consistency.findings.checks`. The built-in pack lives in `rules/`
(installed as `consistency.rules`); users add their own folder in the config.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from consistency.errors import ConfigError
from consistency.facts.fact import KINDS
from consistency.findings.finding import PROBLEMS, SEVERITIES

_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_KEYS = {"id", "summary", "severity", "kind", "problem", "check", "parameters", "message", "why", "examples"}
_REQUIRED = ("id", "summary", "severity", "kind", "problem", "check", "why")


@dataclass(frozen=True)
class Example:
    """A rule's example: facts, and whether the rule must fire on them."""

    name: str
    fires: bool
    facts: tuple[dict, ...]
    as_of: str | None = None
    sources: tuple[dict, ...] = ()  # document dates, for freshness rules: {url, channel, updated}
    gone: tuple[dict, ...] = ()  # pages gone since an earlier run: {url, channel, reason}


@dataclass(frozen=True)
class Rule:
    """One rule, validated; `parameters` has every default filled in."""

    id: str
    summary: str
    severity: str
    kind: str
    problem: str
    check: str
    parameters: dict[str, Any]
    message: str
    why: str
    examples: tuple[Example, ...] = ()
    path: str = ""
    channels: tuple[str, ...] = field(default=())  # scope: only facts from these channels (empty: all)
    entity_types: tuple[str, ...] = field(default=())  # scope: only facts about branches of these types (empty: all)

    def configured(self, *, severity: str | None = None, parameters: dict | None = None, channels=None,
                   entity_types=None) -> "Rule":
        """A copy with a user's overrides applied (already validated)."""
        return Rule(
            self.id, self.summary, severity or self.severity, self.kind, self.problem, self.check,
            {**self.parameters, **(parameters or {})}, self.message, self.why, self.examples, self.path,
            tuple(channels) if channels is not None else self.channels,
            tuple(entity_types) if entity_types is not None else self.entity_types,
        )


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def _key_nodes(mapping: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in mapping.value if isinstance(k, yaml.ScalarNode)}


def load_rule_file(path: Path | str, text: str | None = None) -> Rule:
    """Read and validate one rule file; raise ConfigError with its file and line."""
    from consistency.findings.checks import CHECKS

    path = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the rule file: {exc}", path=path)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"not valid YAML: {getattr(exc, 'problem', exc)}", path=path, line=mark.line + 1 if mark else None)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise ConfigError("a rule file must be a mapping with id, summary, severity, ...", path=path, line=1)
    nodes = _key_nodes(node)

    def fail(message: str, key: str | None = None, *, at_value: bool = False) -> ConfigError:
        pair = nodes.get(key) if key else None
        return ConfigError(message, path=path, line=_line(pair[1 if at_value else 0]) if pair else 1)

    for key in data:
        if key not in _KEYS:
            hint = difflib.get_close_matches(str(key), sorted(_KEYS), n=1)
            raise fail(f"unknown key {key!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""), key)
    for key in _REQUIRED:
        if not data.get(key):
            raise fail(f"the rule has no {key!r}; every rule needs {', '.join(_REQUIRED)}")
    for key in ("id", "summary", "severity", "kind", "problem", "check", "why"):
        if not isinstance(data[key], str):
            raise fail(f"{key} must be text, not {data[key]!r}", key, at_value=True)
    if not _ID.match(data["id"]):
        raise fail(f"id {data['id']!r} must be kebab-case, like 'hours-mismatch'", "id", at_value=True)
    choices = {"severity": SEVERITIES, "kind": KINDS, "problem": PROBLEMS, "check": tuple(CHECKS)}
    for key, allowed in choices.items():
        if data[key] not in allowed:
            hint = difflib.get_close_matches(data[key], allowed, n=1)
            raise fail(
                f"{key} {data[key]!r} is not one of {', '.join(allowed)}" + (f"; did you mean {hint[0]!r}?" if hint else ""),
                key,
                at_value=True,
            )
    check = CHECKS[data["check"]]
    parameters = data.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise fail("parameters must be a mapping of name: value", "parameters", at_value=True)
    param_nodes = _key_nodes(nodes["parameters"][1]) if "parameters" in nodes and isinstance(nodes["parameters"][1], yaml.MappingNode) else {}
    try:
        parameters = check.validate_parameters(parameters)
    except ValueError as exc:
        name = exc.args[1] if len(exc.args) > 1 else None
        pair = param_nodes.get(name)
        raise ConfigError(str(exc.args[0]), path=path, line=_line(pair[0]) if pair else _line(nodes.get("parameters", (None,))[0]))
    examples = _examples(data.get("examples"), fail)
    return Rule(
        id=data["id"],
        summary=data["summary"].strip(),
        severity=data["severity"],
        kind=data["kind"],
        problem=data["problem"],
        check=data["check"],
        parameters=parameters,
        message=str(data.get("message") or data["summary"]).strip(),
        why=data["why"].strip(),
        examples=examples,
        path=path,
    )


def _examples(raw, fail) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("examples must be a list of {name, fires, facts}", "examples", at_value=True)
    out = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict) or "facts" not in item or "fires" not in item:
            raise fail(f"example {n + 1} needs 'fires' (true/false) and 'facts'", "examples", at_value=True)
        out.append(Example(str(item.get("name", f"example {n + 1}")), bool(item["fires"]), tuple(item["facts"]),
                           str(item["as_of"]) if item.get("as_of") else None, tuple(item.get("sources", ())),
                           tuple(item.get("gone", ()))))
    return tuple(out)


def builtin_rules() -> list[Rule]:
    """The rule pack shipped in rules/, sorted by id."""
    folder = resources.files("consistency.rules")
    rules = [load_rule_file(str(entry), entry.read_text(encoding="utf-8")) for entry in folder.iterdir() if entry.name.endswith(".yaml")]
    return sorted(rules, key=lambda r: r.id)


def load_rule_folder(folder: Path) -> list[Rule]:
    """A user's folder of rule files (*.yaml, *.yml)."""
    if not folder.is_dir():
        raise ConfigError(f"rule folder {folder} does not exist")
    return [load_rule_file(p) for p in sorted(folder.glob("*.y*ml"))]
