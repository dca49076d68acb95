"""The rule registry and the run that applies every rule to a loaded repository.

Rules are plain functions over the records that yield findings; the registry gives each its
stable ID, its severity and the profile parameter that supplies its value and legal basis.
Structural rules (YAML, schema, IDs) are checked while loading and are listed here too so that
``tiepxuc rules`` and ``tiepxuc explain`` know every ID a user can see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tiepxuc.diagnostics import Diagnostic, Severity
from tiepxuc.messages import t
from tiepxuc.repo import Record, Repository
from tiepxuc.rules.profiles import Profile, load_profile


@dataclass
class Finding:
    record: Record
    loc: tuple
    key: str
    values: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    severity: Severity | None = None  # None: the rule's own severity


Check = Callable[["Context"], Iterable[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    id: str
    severity: Severity
    param: str | None = None  # profile parameter giving the value and the basis
    check: Check | None = None  # None: checked while loading the records (or by the audit)
    # "validate"; "rollup" for the checks across a roll-up's units; "audit" for the checks
    # against the git history
    stage: str = "validate"

    def basis(self, profile: Profile) -> str:
        if self.param is not None:
            return profile.basis[self.param]
        return profile.cite(t(f"rule.{self.id}.basis"))


RULES: dict[str, RuleSpec] = {}


def register(rule_id: str, severity: Severity, param: str | None = None,
             check: Check | None = None, stage: str = "validate") -> None:
    RULES[rule_id] = RuleSpec(rule_id, severity, param, check, stage)


def rule(rule_id: str, severity: Severity, param: str | None = None) -> Callable[[Check], Check]:
    def decorate(check: Check) -> Check:
        register(rule_id, severity, param, check)
        return check
    return decorate


# Checked by the loader (records/yamlio.py, records/check.py, repo.py).
for _id, _severity in (
    ("FILE-UNREADABLE", Severity.ERROR),
    ("FILE-TOO-LARGE", Severity.ERROR),
    ("MERGE-CONFLICT", Severity.ERROR),
    ("YAML-SYNTAX", Severity.ERROR),
    ("YAML-NESTING", Severity.ERROR),
    ("YAML-ALIAS", Severity.ERROR),
    ("YAML-DUPLICATE-KEY", Severity.ERROR),
    ("YAML-UNQUOTED", Severity.WARNING),
    ("KEY-UNKNOWN", Severity.ERROR),
    ("FIELD-MISSING", Severity.ERROR),
    ("VALUE-INVALID", Severity.ERROR),
    ("DATE-INVALID", Severity.ERROR),
    ("ID-DUPLICATE", Severity.ERROR),
    ("ID-FILENAME", Severity.WARNING),
    ("PROFILE-UNKNOWN", Severity.ERROR),
    ("OVERRIDE-INVALID", Severity.ERROR),
):
    register(_id, _severity)

# Checked across a roll-up's units (rollup.py).
for _id, _severity in (
    ("ROLLUP-UNIT-MISSING", Severity.ERROR),
    ("ROLLUP-UNIT-OUTSIDE", Severity.ERROR),
    ("ROLLUP-ORIGIN-UNKNOWN", Severity.ERROR),
    ("ROLLUP-ORIGIN-NOT-FORWARDED", Severity.WARNING),
    ("ROLLUP-ORIGIN-DUPLICATE", Severity.WARNING),
):
    register(_id, _severity, stage="rollup")

# Checked by `tiepxuc audit` against the git history (audit/report.py).
for _id, _severity in (
    ("AUDIT-SEAL-CHANGED", Severity.ERROR),
    ("AUDIT-BACKDATED", Severity.ERROR),
    ("AUDIT-DELETED", Severity.WARNING),
):
    register(_id, _severity, stage="audit")


@dataclass
class Context:
    repo: Repository
    profile: Profile
    as_of: date
    _obligations: list | None = field(default=None, repr=False)

    def value(self, param: str) -> Any:
        return self.profile.value(param)

    def session_index(self) -> dict[str, Record]:
        return {r.model.id: r for r in self.repo.sessions}

    def obligations(self) -> list:
        """Every obligation with its due date, computed once for all the rules that read them."""
        if self._obligations is None:
            from tiepxuc.deadlines import obligations

            self._obligations = obligations(self.repo, self.profile, self.as_of)
        return self._obligations


def active_profile(repo: Repository) -> tuple[Profile, list[Diagnostic]]:
    unit = repo.unit
    if unit is None:
        return load_profile()[0], []
    from tiepxuc.facts import plan_citation

    profile, problems = load_profile(unit.profile, unit.overrides, plan_citation(repo))
    diagnostics = []
    for problem in problems:
        if problem.param is None:
            pos, rule_id = repo.unit_record.position("profile"), "PROFILE-UNKNOWN"
        else:
            pos = repo.unit_record.position("overrides", problem.param, key=True)
            rule_id = "OVERRIDE-INVALID"
        diagnostics.append(Diagnostic(
            repo.unit_record.path, pos.line, pos.column, rule_id, RULES[rule_id].severity,
            problem.message, RULES[rule_id].basis(profile),
        ))
    return profile, diagnostics


def run(repo: Repository, as_of: date, only: Iterable[str] | None = None) -> list[Diagnostic]:
    """Every regulation rule over the repository (structure problems come from the loader)."""
    from tiepxuc.rules import checks  # noqa: F401  (registers the regulation rules)

    profile, diagnostics = active_profile(repo)
    ctx = Context(repo, profile, as_of)
    wanted = set(only) if only is not None else None
    for spec in RULES.values():
        if spec.check is None or (wanted is not None and spec.id not in wanted):
            continue
        for finding in spec.check(ctx):
            pos = finding.record.position(*finding.loc, key=finding.at_key)
            diagnostics.append(Diagnostic(
                finding.record.path, pos.line, pos.column, spec.id,
                finding.severity or spec.severity,
                t(finding.key, **finding.values), spec.basis(profile),
            ))
    return diagnostics
