"""The run that applies every regulation rule (rules/catalogue.py) to a loaded repository,
and the profile a repository asks for."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from tiepxuc.diagnostics import Diagnostic, Severity
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


class Dated(NamedTuple):
    """A problem with the days it holds on (rules/spec.py, Finding.since/until): what the rules
    find, for every day at once, worded when shown (``said``: a messages.Phrase, or a text
    already worded). Plain and compact (a province keeps 100,000 of them): the file is a
    string, made a path when shown."""

    file: str
    line: int
    column: int
    rule: str
    severity: Severity
    said: object  # a Phrase (or Joined) to word, or a str already worded
    basis: object = None  # the same
    since: date | None = None
    until: date | None = None
    clock: str = "as_of"  # or "today": measured against the real today, which it names
    fatal: bool = False  # the file could not be read at all (Diagnostic.fatal)

    @classmethod
    def always(cls, d: Diagnostic, file: str | None = None) -> "Dated":
        return cls(file if file is not None else str(d.file), d.line, d.column, d.rule,
                   d.severity, d.said if d.said is not None else d.message, d.basis,
                   fatal=d.fatal)

    @property
    def worded(self) -> bool:
        """Its message was worded when it was found (in that run's language)."""
        return isinstance(self.said, str)

    def holds(self, as_of: date, today: date) -> bool:
        day = today if self.clock == "today" else as_of
        return (self.since is None or self.since <= day) and (
            self.until is None or day <= self.until)

    def on(self, today: date, root: Path | None = None) -> Diagnostic:
        """The problem as shown on ``today`` (its file under ``root``, if given)."""
        said = self.said
        if self.clock == "today":
            said = said._replace(values=(*said.values, ("today", today.strftime("%d/%m/%Y"))))
        return Diagnostic(root / self.file if root is not None else Path(self.file),
                          self.line, self.column, self.rule, self.severity, str(said),
                          None if self.basis is None else str(self.basis), fatal=self.fatal)


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
