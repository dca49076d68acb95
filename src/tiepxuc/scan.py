"""One unit's repository reduced to plain data: what `validate` and `check-deadlines` show.

At a province's scale (hundreds of units, 100,000 petitions) the commands never hold every
unit's records at once: each unit is loaded, checked and reduced to diagnostics and rows, which
are small, picklable (so units can be scanned in parallel) and cached (cache.py): named tuples,
which are compact, quick to define at start-up and quick to pickle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple
from datetime import date
from pathlib import Path

from tiepxuc.diagnostics import Diagnostic
from tiepxuc.paths import relative as _rel

# ---------------------------------------------------------------- the queries
# One typed query per result; each computes its part of a unit's scan from the loaded records
# (a plain function of them) and names the file its results are kept in (cache.py).


@dataclass(frozen=True)
class Deadlines:
    """Every obligation with its status on ``as_of`` (check-deadlines)."""

    as_of: date
    within: int = 5
    name = "deadlines"

    def compute(self, repo, profile, result: "UnitScan") -> None:
        result.diagnostics = _load_errors(repo)
        result.rows, result.concerns = _deadline_rows(repo, profile, self.as_of, self.within)
        result.calendar_warning = repo.calendar(self.as_of.year).unconfirmed_warning(self.as_of)


@dataclass(frozen=True)
class Findings:
    """Every problem the rules find on ``as_of`` (validate)."""

    as_of: date
    name = "validate"

    def compute(self, repo, profile, result: "UnitScan") -> None:
        from tiepxuc.validation import validate_repository

        result.diagnostics = _relative_diagnostics(validate_repository(repo, self.as_of),
                                                   repo.root)


@dataclass(frozen=True)
class _YearQuery:
    """A summary of ``year`` as of ``as_of``, kept under ``<kind>-<year>``."""

    year: int
    as_of: date
    kind = ""

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.year}"

    def compute(self, repo, profile, result: "UnitScan") -> None:
        result.diagnostics = _load_errors(repo)
        result.summary = self.summarise(repo, profile, self.year, self.as_of)


@dataclass(frozen=True)
class YearFigures(_YearQuery):
    """The annual report's figures for ``year`` (report, render report)."""

    kind = "report"

    @staticmethod
    def summarise(repo, profile, year: int, as_of: date) -> dict:
        from tiepxuc.report import annual_summary

        return annual_summary(repo, profile, year, as_of)


@dataclass(frozen=True)
class PlanStatus(_YearQuery):
    """Where the year's minimum of sessions stands (plan status)."""

    kind = "plan"

    @staticmethod
    def summarise(repo, profile, year: int, as_of: date) -> dict:
        from tiepxuc.report import plan_summary

        return plan_summary(repo, profile, year, as_of)


Query = Deadlines | Findings | YearFigures | PlanStatus


class Row(NamedTuple):
    """One obligation as check-deadlines shows it (file relative to the unit's root)."""

    id: str
    obligation: str
    title: str
    due: date
    status: str
    days: int
    days_text: str
    count_unit: str  # "working_days" or "calendar_days"
    agency: str | None
    file: str
    line: int
    done: date | None
    rule: str
    notes: list[str]
    basis: str
    repeated: list[str]
    record_id: str | None  # the petition (or session…) the obligation belongs to
    linked: dict | None = None  # the same petition at the other level (roll-up)


class Concern(NamedTuple):
    """A concern raised two or more times and not settled (seeds 003, 004)."""

    count: int
    content: str
    field: str
    agency: str | None
    files: list[str]
    ids: list[str]


class PetitionInfo(NamedTuple):
    state: str  # rollup.petition_state
    forwarded_up: bool
    file: str
    line: int


class OriginInfo(NamedTuple):
    """A petition recorded here that a unit forwarded up (``origin:``)."""

    id: str
    unit: str
    petition: str
    state: str
    file: str
    line: int
    unit_column: int
    petition_line: int
    petition_column: int
    origin_line: int
    origin_column: int


class UnitLinkInfo(NamedTuple):
    path: str
    name: str | None
    line: int
    column: int


@dataclass
class UnitScan:
    name: str
    profile: str
    files: int
    errors_on_load: int  # records that could not be read or checked
    diagnostics: list[Diagnostic] = field(default_factory=list)  # files relative to the root
    rows: list[Row] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    petitions: dict[str, PetitionInfo] = field(default_factory=dict)
    origins: list[OriginInfo] = field(default_factory=list)
    units: list[UnitLinkInfo] = field(default_factory=list)
    calendar_warning: str | None = None
    summary: dict | None = None  # a yearly query's figures (plain data)



def _relative_diagnostics(items: list[Diagnostic], root: Path) -> list[Diagnostic]:
    from dataclasses import replace

    return [replace(d, file=Path(_rel(d.file, root))) for d in items]


def unit_links(unit_record) -> list[UnitLinkInfo]:
    """The units a repository's tiepxuc.yaml lists, with where each path is written."""
    unit = unit_record.model
    out = []
    for index, link in enumerate(unit.units if unit else []):
        pos = unit_record.position("units", index, "path")
        out.append(UnitLinkInfo(link.path, link.name, pos.line, pos.column))
    return out


def listed_units(root: Path) -> list[UnitLinkInfo]:
    """The units listed in ``root``'s tiepxuc.yaml, reading that file alone."""
    from tiepxuc.layout import UNIT_FILE
    from tiepxuc.repo import load_one

    return unit_links(load_one("unit", root / UNIT_FILE, []))


def scan(root: Path, query: Query, on_file: Callable[[int], None] | None = None) -> UnitScan:
    """Load the repository at ``root`` and reduce it to what ``query`` shows."""
    from tiepxuc.repo import without_cycle_collection

    with without_cycle_collection():
        return _scan(root, query, on_file)


def _load_errors(repo) -> list[Diagnostic]:
    """The records that could not be read: the results leave them out, and say so."""
    return _relative_diagnostics([d for d in repo.diagnostics if d.severity == "error"],
                                 repo.root)


def _scan(root: Path, query: Query, on_file: Callable[[int], None] | None) -> UnitScan:
    from tiepxuc.repo import load
    from tiepxuc.facts import forwarded_up, petition_state
    from tiepxuc.rules.engine import active_profile

    repo = load(root, on_file)
    profile, _ = active_profile(repo)
    unit = repo.unit
    result = UnitScan(
        name=unit.name if unit else root.name, profile=profile.id, files=len(repo.records) + 1,
        errors_on_load=sum(1 for d in repo.diagnostics if d.severity == "error"),
    )
    result.units = unit_links(repo.unit_record)
    for record in repo.petitions:
        petition = record.model
        state = petition_state(petition)
        if forwarded_up(petition) or petition.competence != "own_level":
            pos = record.position("competence")
        else:
            pos = record.position("id")
        result.petitions[record.id] = PetitionInfo(
            state, forwarded_up(petition), _rel(record.path, root), pos.line)
        if petition.origin is not None:
            at = record.position("origin")
            unit_pos = record.position("origin", "unit")
            pid_pos = record.position("origin", "petition")
            result.origins.append(OriginInfo(
                record.id, petition.origin.unit.strip("/"), petition.origin.petition, state,
                _rel(record.path, root), unit_pos.line, unit_pos.column, pid_pos.line,
                pid_pos.column, at.line, at.column,
            ))
    query.compute(repo, profile, result)
    return result


# ---------------------------------------------------------------- check-deadlines rows


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def days_text(count_unit: str, status: str, days: int, done: date | None) -> str:
    from tiepxuc.messages import t

    unit = t("deadline.unit_short_" + count_unit)
    if status in ("done_on_time", "done_late"):
        text = t("deadline.done_on", date=_day(done))
        return text + (", " + t("deadline.late_by", days=-days, unit=unit) if days < 0 else "")
    if days < 0:
        return t("deadline.late_by", days=-days, unit=unit)
    return t("deadline.left", days=days, unit=unit)


# A row names at most this many other petitions of its concern (the latest); the note says how
# many there are in all. A concern raised 5,000 times would otherwise list 5,000 IDs per row.
SHOWN_REPEATS = 20


def _others(group: list, own: str) -> list[str]:
    latest = group[-(SHOWN_REPEATS + 1):]
    return [r.id for r in latest if r.id != own][-SHOWN_REPEATS:]


def _deadline_rows(repo, profile, today: date, within: int) -> tuple[list[Row], list[Concern]]:
    from tiepxuc.deadlines import obligations
    from tiepxuc.messages import t
    from tiepxuc.repeats import unresolved_groups

    cal = repo.calendar(today.year)
    groups = unresolved_groups(repo.petitions)
    raised = {r.id: group for group in groups for r in group}
    rows = []
    for item in obligations(repo, profile, today):
        status = item.status(cal, today, within)
        days = item.days(cal, today)
        notes = item.notes()
        group = raised.get(item.record.id) if item.record.kind == "petition" else None
        if group:
            notes.append(t("cli.check.note_repeated", count=len(group)))
        rows.append(Row(
            item.id, str(item.kind), item.title(), item.due, str(status), days,
            days_text(item.unit, status, days, item.done), item.unit, item.agency,
            _rel(item.record.path, repo.root), item.record.position(*item.loc).line,
            item.done, item.rule_text(), notes, item.basis,
            _others(group, item.record.id) if group else [], item.record.id,
        ))
    names = {f.code: f.name for f in repo.unit.fields} if repo.unit else {}
    concerns = []
    if groups:
        from tiepxuc.privacy import hide_for

        hide = hide_for(repo)
    for group in groups:
        latest = group[-1].model
        who = latest.assignment.lead if latest.assignment else (
            latest.forwarded.to if latest.forwarded and latest.forwarded.to else None)
        concerns.append(Concern(len(group), hide.opening(latest.content, 14),
                                names.get(latest.field, latest.field), who,
                                [_rel(r.path, repo.root) for r in group], [r.id for r in group]))
    return rows, concerns
