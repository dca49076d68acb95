"""One unit's repository reduced to plain data: what `validate`, `check-deadlines`, `report`
and `plan status` show.

A unit's records are reduced once to its *basis* (UnitBasis): its obligations with their due
dates, and the problems the rules find with the days they hold on. The daily queries
(Deadlines, Findings) are answered from the basis for any day it covers, so the next day or
another option reads no record; their rows and messages are worded when answered, in the
user's language. The yearly queries (YearFigures, PlanStatus) are computed from the records.
At a province's scale (hundreds of units, 100,000 petitions) the units are reduced one by one,
in parallel, and what they give is kept (cache.py): named tuples, compact and quick to pickle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple
from datetime import date, timedelta
from pathlib import Path

from tiepxuc.diagnostics import Dated, Diagnostic
from tiepxuc.paths import relative as _rel

# ---------------------------------------------------------------- the queries
# One typed query per result: the daily ones answered from a unit's basis, the yearly ones
# computed from its records.


@dataclass(frozen=True)
class Deadlines:
    """Every obligation with its status on ``as_of`` (check-deadlines)."""

    as_of: date
    within: int = 5
    # False: the rows' words are left empty, to be made for the rows shown only (`worded`; a
    # province's dashboard shows 100 of its 50,000 rows)
    worded: bool = True

    def from_basis(self, basis: "UnitBasis") -> "UnitScan":
        from tiepxuc.clock import today_in_vietnam

        today = today_in_vietnam()
        result = basis.scan()
        result.diagnostics = [d.on(today) for d in basis.problems if d.severity == "error"]
        result.rows = _deadline_rows(basis, self.as_of, self.within, self.worded)
        result.concerns = basis.concerns
        result.calendar_warning = basis.calendar.unconfirmed_warning(self.as_of)
        return result


@dataclass(frozen=True)
class Findings:
    """Every problem the rules find on ``as_of`` (validate)."""

    as_of: date

    def from_basis(self, basis: "UnitBasis") -> "UnitScan":
        from tiepxuc.clock import today_in_vietnam
        from tiepxuc.diagnostics import sort_diagnostics

        today = today_in_vietnam()
        result = basis.scan()
        result.diagnostics = sort_diagnostics([d.on(today) for d in basis.problems] + [
            d.on(today) for d in basis.findings if d.holds(self.as_of, today)])
        return result


@dataclass(frozen=True)
class _YearQuery:
    """A summary of ``year`` as of ``as_of``, computed from the records and kept under
    ``<kind>-<year>``."""

    year: int
    as_of: date
    kind = ""

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.year}"

    def compute(self, repo, profile, result: "UnitScan") -> None:
        result.diagnostics = _relative_diagnostics(
            [d for d in repo.diagnostics if d.severity == "error"], repo.root)
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
# The queries answered from a unit's basis (whatever the day); the yearly ones read the records.
DAILY = (Deadlines, Findings)


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
    unworded: tuple | None = None  # (the Due, its concern's petitions) until `worded`


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


@dataclass
class UnitBasis:
    """What a unit's records give whatever the day asked about or the options: its problems
    with the days they hold on, its obligations with their due dates, its repeated concerns.
    Computed once from the records and kept (rollup.py, cache.py) until a file changes; each
    day's results follow from it quickly (Deadlines.from_basis, Findings.from_basis).
    Everything here is relative to the unit's root."""

    name: str
    profile: str
    files: int
    errors_on_load: int
    units: list[UnitLinkInfo]
    petitions: dict[str, PetitionInfo]
    origins: list[OriginInfo]
    problems: list  # the loader's, whatever the day (diagnostics.Dated)
    findings: list  # the rules' (diagnostics.Dated)
    dues: list  # timing.Due
    repeats: dict[str, list[str]]  # petition → its concern's petitions, oldest first (≥ 2)
    concerns: list[Concern]
    calendar: object  # calendar.WorkCalendar
    low: date  # the first day the results hold for
    horizon: date  # the last
    floor: int | None  # the first year asked about that gives the same years (None: any)
    language: str = "vi"  # the language it was made in

    @property
    def worded(self) -> bool:
        """Some of its messages were worded when it was made (a unit's profile that cannot be
        read): they are in its language only. The others are worded when shown."""
        return any(d.worded for d in (*self.problems, *self.findings))

    def covers(self, as_of: date) -> bool:
        return self.low <= as_of <= self.horizon and (
            self.floor is None or as_of.year >= self.floor)

    def scan(self) -> "UnitScan":
        return UnitScan(self.name, self.profile, self.files, self.errors_on_load,
                        units=self.units, petitions=self.petitions, origins=self.origins)


def days_held(as_of: date) -> tuple[date, date]:
    """The days a basis made to answer ``as_of`` holds for: from a month before it (the days
    just past are asked about again; a problem over before them is not kept) to the end of
    next year at least, so that the next days, and next year's first days, are answered too."""
    from tiepxuc.clock import today_in_vietnam

    return as_of - timedelta(days=31), date(max(as_of.year, today_in_vietnam().year) + 1, 12, 31)


def scan(root: Path, query: Query, on_file: Callable[[int], None] | None = None) -> UnitScan:
    """Load the repository at ``root`` and reduce it to what ``query`` shows."""
    if isinstance(query, DAILY):
        return query.from_basis(unit_basis(root, days_held(query.as_of), on_file))
    from tiepxuc.repo import load, without_cycle_collection
    from tiepxuc.rules.engine import active_profile

    with without_cycle_collection():
        repo = load(root, on_file)
        profile, _ = active_profile(repo)
        result = _unit_facts(repo, profile, None).scan()
        query.compute(repo, profile, result)
        del repo  # (dropped before the cycle collector is back: see without_cycle_collection)
    return result


def unit_basis(root: Path, days: tuple[date, date],
               on_file: Callable[[int], None] | None = None) -> UnitBasis:
    """Load the repository at ``root`` and compute its basis for ``days`` (first, last)."""
    from tiepxuc.repo import load, without_cycle_collection
    from tiepxuc.rules.engine import active_profile

    with without_cycle_collection():
        repo = load(root, on_file)
        profile, _ = active_profile(repo)
        basis = _unit_facts(repo, profile, days)
        del repo  # (dropped before the cycle collector is back: see without_cycle_collection)
    return basis


def _unit_facts(repo, profile, days: tuple[date, date] | None) -> UnitBasis:
    """The unit's basis for ``days`` (first, last); with None (a yearly query), only the facts
    every query shares (name, links, petitions' states), no rules or obligations."""
    from tiepxuc.facts import forwarded_up, petition_state

    root = repo.root
    unit = repo.unit
    petitions, origins = {}, []
    for record in repo.petitions:
        petition = record.model
        state = petition_state(petition)
        if forwarded_up(petition) or petition.competence != "own_level":
            pos = record.position("competence")
        else:
            pos = record.position("id")
        petitions[record.id] = PetitionInfo(
            state, forwarded_up(petition), _rel(record.path, root), pos.line)
        if petition.origin is not None:
            at = record.position("origin")
            unit_pos = record.position("origin", "unit")
            pid_pos = record.position("origin", "petition")
            origins.append(OriginInfo(
                record.id, petition.origin.unit.strip("/"), petition.origin.petition, state,
                _rel(record.path, root), unit_pos.line, unit_pos.column, pid_pos.line,
                pid_pos.column, at.line, at.column,
            ))
    basis = UnitBasis(
        name=unit.name if unit else root.name, profile=profile.id, files=len(repo.records) + 1,
        errors_on_load=sum(1 for d in repo.diagnostics if d.severity == "error"),
        units=unit_links(repo.unit_record), petitions=petitions, origins=origins,
        problems=[Dated.always(d, _rel(d.file, root)) for d in repo.diagnostics],
        findings=[], dues=[], repeats={}, concerns=[], calendar=None,
        low=date.max, horizon=date.min, floor=None)
    if days is not None:
        _rules_and_dues(repo, profile, basis, *days)
    return basis


def _rules_and_dues(repo, profile, basis: UnitBasis, low: date, last: date) -> None:
    from tiepxuc.deadlines import obligations, tracked_years
    from tiepxuc.messages import language
    from tiepxuc.repeats import unresolved_groups
    from tiepxuc.rules.engine import findings

    root = repo.root
    counted = obligations(repo, profile, last)
    basis.findings = findings(repo, last, relative=True, low=low, obligations=counted)
    basis.dues = [item.kept(root) for item in counted]
    groups = unresolved_groups(repo.petitions)
    for group in groups:  # one list per concern, shared by its petitions (kept once)
        ids = [r.id for r in group]
        basis.repeats.update(dict.fromkeys(ids, ids))
    basis.concerns = _concerns(repo, groups)
    basis.calendar = repo.calendar(last.year)
    basis.low, basis.horizon = low, last
    basis.language = language()
    unit = repo.unit
    since = unit.records_since if unit is not None else None
    basis.floor = None if since is not None else tracked_years(repo, last).start


def _concerns(repo, groups) -> list[Concern]:
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
    return concerns


# ---------------------------------------------------------------- check-deadlines rows


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def days_text(count_unit: str, status: str, days: int, done: date | None, say=None) -> str:
    from tiepxuc.messages import t

    say = say or t
    unit = say("deadline.unit_short_" + count_unit)
    if status in ("done_on_time", "done_late"):
        text = say("deadline.done_on", date=_day(done))
        return text + (", " + say("deadline.late_by", days=-days, unit=unit) if days < 0 else "")
    if days < 0:
        return say("deadline.late_by", days=-days, unit=unit)
    return say("deadline.left", days=days, unit=unit)


# A row names at most this many other petitions of its concern (the latest); the note says how
# many there are in all. A concern raised 5,000 times would otherwise list 5,000 IDs per row.
SHOWN_REPEATS = 20


def _others(group: list[str], own: str) -> list[str]:
    latest = group[-(SHOWN_REPEATS + 1):]
    return [i for i in latest if i != own][-SHOWN_REPEATS:]


class _Wording:
    """The words of many rows in the user's language, each phrase made once (the same few
    recur across a unit's rows)."""

    def __init__(self) -> None:
        from functools import lru_cache

        from tiepxuc.messages import bound

        self.say = bound()
        self.phrase = lru_cache(maxsize=None)(self.say)
        self.left = lru_cache(maxsize=None)(lambda *terms: days_text(*terms, self.phrase))
        self.counted: dict[tuple, str] = {}  # how a due date was counted, by its terms

    def row(self, row: Row, due, group) -> Row:
        say, phrase = self.say, self.phrase
        notes = due.notes(say) if due.details else []
        if group:
            notes.append(phrase("cli.check.note_repeated", count=len(group)))
        terms = (due.unit, due.start, due.count, due.details.get("reading"))
        rule = self.counted.get(terms)
        if rule is None:
            rule = self.counted[terms] = due.rule_text(phrase)
        return row._replace(title=due.title(say), rule=rule, notes=notes,
                            basis=due.basis_text(phrase),
                            days_text=self.left(due.unit, row.status, row.days, due.done),
                            unworded=None)


def worded(rows: list[Row]) -> list[Row]:
    """Rows made by ``Deadlines(worded=False)`` with their words, in the user's language."""
    wording = _Wording()
    return [wording.row(r, *r.unworded) if r.unworded is not None else r for r in rows]


def _deadline_rows(basis: UnitBasis, as_of: date, within: int,
                   words: bool = True) -> list[Row]:
    """The obligations on ``as_of``, with their words in the user's language (or, with
    ``words`` False, what is needed to word them later)."""
    from tiepxuc.timing import YEARLY

    wording = _Wording() if words else None
    cal = basis.calendar
    rows = []
    for due in basis.dues:
        if due.kind in YEARLY:
            if int(due.subject) > as_of.year:
                continue  # the years checked end with the day asked about
            due = due.on(as_of)
        status = str(due.status(cal, as_of, within))
        days = due.days(cal, as_of)
        group = basis.repeats.get(due.record_id) if due.record_kind == "petition" else None
        row = Row(
            due.id, due.kind, "", due.due, status, days, "", due.unit, due.agency,
            due.file, due.line, due.done, "", [], "",
            _others(group, due.record_id) if group else [], due.record_id,
            None, (due, group))
        rows.append(wording.row(row, due, group) if wording is not None else row)
    return rows
