"""The run that applies every regulation rule (rules/catalogue.py) to a loaded repository,
and the profile a repository asks for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tiepxuc.diagnostics import Diagnostic
from tiepxuc.messages import t
from tiepxuc.repo import Repository
from tiepxuc.rules.profiles import Profile, load_profile


def active_profile(repo: Repository) -> tuple[Profile, list[Diagnostic]]:
    unit = repo.unit
    if unit is None:
        return load_profile()[0], []
    from tiepxuc.facts import plan_citation
    from tiepxuc.rules.catalogue import RULES  # (the rules' modules load only when needed)

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
    from tiepxuc.rules.catalogue import REGULATION
    from tiepxuc.rules.spec import Context

    profile, diagnostics = active_profile(repo)
    ctx = Context(repo, profile, as_of)
    wanted = set(only) if only is not None else None
    for check in REGULATION:
        spec = check.spec
        if wanted is not None and spec.id not in wanted:
            continue
        for finding in spec.check(ctx):
            pos = finding.record.position(*finding.loc, key=finding.at_key)
            diagnostics.append(Diagnostic(
                finding.record.path, pos.line, pos.column, spec.id,
                finding.severity or spec.severity,
                t(finding.key, **finding.values), spec.basis(profile),
            ))
    return diagnostics
