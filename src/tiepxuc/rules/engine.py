"""The run that applies every regulation rule (rules/catalogue.py) to a loaded repository,
and the profile a repository asks for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tiepxuc.diagnostics import Dated, Diagnostic
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


def findings(repo: Repository, horizon: date, only: Iterable[str] | None = None,
             relative: bool = False, low: date | None = None,
             obligations: list | None = None) -> list[Dated]:
    """Every regulation rule over the repository, for every day from ``low`` (None: any) up to
    ``horizon`` (structure problems come from the loader); files relative to the repository's
    root if asked; ``obligations``: the repository's up to ``horizon``, if already counted."""
    from tiepxuc.clock import today_in_vietnam
    from tiepxuc.messages import phrase
    from tiepxuc.paths import relative as relative_path
    from tiepxuc.rules.catalogue import REGULATION
    from tiepxuc.rules.spec import Context

    def where(path: Path) -> str:
        return relative_path(path, repo.root) if relative else str(path)

    profile, problems = active_profile(repo)
    out = [Dated.always(d, where(d.file)) for d in problems]
    ctx = Context(repo, profile, horizon, obligations)
    today = today_in_vietnam()
    wanted = set(only) if only is not None else None
    for check in REGULATION:
        spec = check.spec
        if wanted is not None and spec.id not in wanted:
            continue
        basis = spec.cited(profile)
        for finding in spec.check(ctx):
            first = today if finding.clock == "today" else low  # (the real today only moves on)
            if finding.until is not None and first is not None and finding.until < first:
                continue  # over before the first day asked about
            pos = finding.record.position(*finding.loc, key=finding.at_key)
            out.append(Dated(
                where(finding.record.path), pos.line, pos.column, spec.id,
                finding.severity or spec.severity, phrase(finding.key, **finding.values), basis,
                finding.since, finding.until, finding.clock,
            ))
    return out


def run(repo: Repository, as_of: date, only: Iterable[str] | None = None) -> list[Diagnostic]:
    """Every regulation rule over the repository on ``as_of``."""
    from tiepxuc.clock import today_in_vietnam

    today = today_in_vietnam()
    return [d.on(today) for d in findings(repo, as_of, only) if d.holds(as_of, today)]
