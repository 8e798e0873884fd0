"""What every check type shares: typed parameters with defaults, and its input."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from consistency.entities.matching import EntityIndex
from consistency.facts.fact import Fact
from consistency.findings.finding import Evidence, Finding

if TYPE_CHECKING:
    from consistency.findings.rule import Rule


@dataclass(frozen=True)
class Parameter:
    """One parameter a check type takes."""

    type: type | tuple
    default: Any
    help: str
    choices: tuple = ()


@dataclass(frozen=True)
class CheckInput:
    """What a check reads: a run's facts, the matched entities, and the date that is "today"."""

    facts: list[Fact]
    entities: EntityIndex
    as_of: date
    sources: tuple = ()  # SourceDate per document: the freshest date known and its witness
    gone: tuple = ()  # PageGone: pages an earlier run read facts from that now answer 404/410


class Check:
    """A check type: rules configure it with parameters and it yields findings."""

    name: ClassVar[str]
    parameters: ClassVar[dict[str, Parameter]] = {}

    @classmethod
    def validate_parameters(cls, given: dict) -> dict:
        """Parameters with defaults filled in; ValueError(message, name) on an unknown or mistyped one."""
        out = {name: p.default for name, p in cls.parameters.items()}
        for name, value in given.items():
            if name not in cls.parameters:
                hint = difflib.get_close_matches(str(name), list(cls.parameters), n=1)
                known = ", ".join(sorted(cls.parameters)) or "none"
                raise ValueError(
                    f"check {cls.name!r} has no parameter {name!r}"
                    + (f"; did you mean {hint[0]!r}?" if hint else f"; its parameters: {known}"),
                    name,
                )
            spec = cls.parameters[name]
            ok = isinstance(value, spec.type) and not (spec.type in (int, float) and isinstance(value, bool))
            if spec.type is float and isinstance(value, int) and not isinstance(value, bool):
                value, ok = float(value), True
            if not ok:
                raise ValueError(f"parameter {name!r} must be {getattr(spec.type, '__name__', spec.type)}, not {value!r}", name)
            if spec.choices and value not in spec.choices:
                raise ValueError(f"parameter {name!r} must be one of {', '.join(map(str, spec.choices))}, not {value!r}", name)
            out[name] = value
        return out

    def __init__(self, rule: "Rule"):
        self.rule = rule
        self.p = rule.parameters

    def run(self, data: CheckInput) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def facts(self, data: CheckInput) -> list[Fact]:
        """The facts this rule looks at: its kind, in its channels, about its entity types."""
        types = self.rule.entity_types
        return [
            f for f in data.facts
            if f.kind == self.rule.kind
            and (not self.rule.channels or f.channel in self.rule.channels)
            and (not types or ((e := data.entities.entity_of(f)) is not None and e.type in types))
        ]

    def finding(self, subject: str, message: str, evidence, *, key: str = "") -> Finding:
        return Finding(
            rule=self.rule.id,
            kind=self.rule.kind,
            problem=self.rule.problem,
            severity=self.rule.severity,
            subject=subject,
            message=message,
            evidence=tuple(evidence),
            key=key,
        )


def evidence_of(fact: Fact, value: str | None = None) -> Evidence:
    """The evidence record of a fact."""
    return Evidence(channel=fact.channel, url=fact.url, value=value if value is not None else fact.raw, excerpt=fact.excerpt)
