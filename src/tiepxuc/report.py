"""Annual statistics of the dialogues: the figures Vietnamese offices report.

Sessions by kind and format, participants, petitions by field, the share answered at the
session, resolution on time / late / open within deadline / overdue (the four-way split),
the median working days to resolve, repeated petitions and forwarded petitions. Figures come
from the records and from the deadlines module; nothing is typed in twice.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tiepxuc.deadlines import Kind, Status, obligations
from tiepxuc.records.models import AnswerKind, Competence
from tiepxuc.repeats import repeated_groups
from tiepxuc.repo import Record, Repository
from tiepxuc.rules.profiles import Profile

MIN_FOR_PERCENT = 5  # no percentages on fewer cases: they mislead


@dataclass
class FieldRow:
    code: str
    name: str
    total: int = 0
    answered: int = 0  # answered at the session
    handled: int = 0  # assigned, deferred, forwarded or declined


@dataclass
class AnnualStats:
    year: int
    as_of: date
    sessions: list[Record] = field(default_factory=list)
    by_kind: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    participants: int = 0
    petitions: list[Record] = field(default_factory=list)
    fields: list[FieldRow] = field(default_factory=list)
    answered: int = 0
    declined: int = 0
    resolution: Counter = field(default_factory=Counter)  # Status → count
    median_days: float | None = None
    durations: list[int] = field(default_factory=list)  # working days to resolve, one each
    repeated: list[list[Record]] = field(default_factory=list)
    forwarded: list[Record] = field(default_factory=list)
    notices: list[Record] = field(default_factory=list)

    def percent(self, part: int, whole: int) -> str | None:
        value = percent(part, whole)
        return None if value is None else f"{value}%"


def percent(part: int, whole: int) -> int | None:
    """The share in whole per cent, or None below MIN_FOR_PERCENT cases."""
    if whole < MIN_FOR_PERCENT:
        return None
    return int(f"{100 * part / whole:.0f}")


def annual_statistics(repo: Repository, profile: Profile, year: int, as_of: date) -> AnnualStats:
    stats = AnnualStats(year, as_of)
    stats.sessions = sorted((r for r in repo.sessions
                             if r.model.date.year == year and r.model.cancelled is None
                             and r.model.date <= as_of), key=lambda r: r.model.date)
    held = {r.model.id for r in stats.sessions}
    for record in stats.sessions:
        stats.by_kind[record.model.kind.value] += 1
        stats.by_format[record.model.format.value] += 1
        stats.participants += sum((a.present if a.present is not None else a.invited or 0)
                                  for a in record.model.attendance)
    stats.petitions = sorted((r for r in repo.petitions if r.model.session in held),
                             key=lambda r: r.id)
    names = {f.code: f.name for f in repo.unit.fields} if repo.unit else {}
    rows: dict[str, FieldRow] = {}
    for record in stats.petitions:
        petition = record.model
        row = rows.setdefault(petition.field, FieldRow(petition.field,
                                                       names.get(petition.field, petition.field)))
        row.total += 1
        if petition.answer is not None and petition.answer.kind == AnswerKind.answered:
            row.answered += 1
            stats.answered += 1
        else:
            row.handled += 1
        if petition.answer is not None and petition.answer.kind == AnswerKind.declined:
            stats.declined += 1
        if petition.forwarded is not None or petition.competence != Competence.own_level:
            stats.forwarded.append(record)
    stats.fields = sorted(rows.values(), key=lambda r: (-r.total, r.name))
    cal = repo.calendar(year)
    ids = {r.id for r in stats.petitions}
    durations = []
    for item in obligations(repo, profile, as_of):
        if item.kind != Kind.RESOLUTION or item.id not in ids:
            continue
        status = item.status(cal, as_of, 0)
        stats.resolution[Status.WITHIN if status == Status.DUE_SOON else status] += 1
        if item.done is not None and item.start is not None:
            durations.append(cal.count_between(item.start, item.done))
    stats.durations = durations
    if durations:
        stats.median_days = statistics.median(durations)
    stats.repeated = [g for g in repeated_groups(repo.petitions)
                      if any(r.id in ids for r in g)]
    stats.notices = sorted((r for r in repo.conclusions if r.model.session in held),
                           key=lambda r: (r.model.date is None, r.model.date))
    return stats


def resolution_rows(stats: AnnualStats) -> list[tuple[str, int]]:
    """The four-way split, in the order offices report it."""
    return [(status, stats.resolution.get(status, 0)) for status in (
        Status.DONE_ON_TIME, Status.DONE_LATE, Status.WITHIN, Status.OVERDUE)]


# ---------------------------------------------------------------- plain summaries (roll-up)
#
# A roll-up scans each unit in its own process and caches the result, so what a unit's scan
# keeps of its year must be plain, picklable data: these dicts. The figures are read off
# annual_statistics and the deadlines module, never counted a second way.

RESOLUTION_KEYS = ("done_on_time", "done_late", "within", "overdue")


def summary_of(stats: AnnualStats, profile: Profile) -> dict:
    """The figures of ``stats`` as plain data (the records themselves are left out)."""
    petitions = len(stats.petitions)
    resolution = {str(status): count for status, count in resolution_rows(stats)}
    return {
        "year": stats.year,
        "as_of": stats.as_of.isoformat(),
        "profile": profile.id,
        "min_sessions": profile.value("min_sessions_per_year"),
        "sessions": len(stats.sessions),
        "sessions_by_kind": dict(stats.by_kind),
        "sessions_by_format": dict(stats.by_format),
        "participants": stats.participants,
        "petitions": petitions,
        "fields": [{"code": row.code, "name": row.name, "total": row.total,
                    "answered": row.answered, "handled": row.handled} for row in stats.fields],
        "answered": stats.answered,
        "answered_percent": percent(stats.answered, petitions),
        "declined": stats.declined,
        "resolution": resolution,
        "on_time_percent": _on_time_percent(resolution),
        "median_days": stats.median_days,
        "durations": list(stats.durations),
        "repeated": len(stats.repeated),
        "forwarded": len(stats.forwarded),
        "notices": len(stats.notices),
    }


def _on_time_percent(resolution: dict[str, int]) -> int | None:
    """Of the petitions resolved, the share resolved on time."""
    done = resolution.get("done_on_time", 0) + resolution.get("done_late", 0)
    return percent(resolution.get("done_on_time", 0), done)


def annual_summary(repo: Repository, profile: Profile, year: int, as_of: date) -> dict:
    """A unit's annual statistics as plain data: what `tiepxuc report` and a roll-up show, and
    the annual report issued for the year, if any (its figures stay as they were issued)."""
    summary = summary_of(annual_statistics(repo, profile, year, as_of), profile)
    issued = next((r.model for r in repo.reports if r.model.year == year and r.model.seal), None)
    summary["issued"] = {"id": issued.id, "number": issued.number,
                         "date": issued.date.isoformat() if issued.date else None} \
        if issued is not None else None
    return summary


def has_activity(summary: dict) -> bool:
    """Whether a unit held sessions or received petitions in the year."""
    return bool(summary["sessions"] or summary["petitions"])


def total_summary(summaries: list[dict]) -> dict:
    """The sum of several units' summaries; the median over all their resolution times."""
    def add(key: str) -> int:
        return sum(s[key] for s in summaries)

    def merge(key: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in summaries:
            for name, count in s[key].items():
                out[name] = out.get(name, 0) + count
        return out

    fields: dict[str, dict] = {}
    for s in summaries:
        for row in s["fields"]:
            into = fields.setdefault(row["code"], {"code": row["code"], "name": row["name"],
                                                    "total": 0, "answered": 0, "handled": 0})
            for key in ("total", "answered", "handled"):
                into[key] += row[key]
    durations = [d for s in summaries for d in s["durations"]]
    petitions = add("petitions")
    resolution = {key: sum(s["resolution"].get(key, 0) for s in summaries)
                  for key in RESOLUTION_KEYS}
    return {
        "year": summaries[0]["year"] if summaries else None,
        "as_of": summaries[0]["as_of"] if summaries else None,
        "units": len(summaries),
        "sessions": add("sessions"),
        "sessions_by_kind": merge("sessions_by_kind"),
        "sessions_by_format": merge("sessions_by_format"),
        "participants": add("participants"),
        "petitions": petitions,
        "fields": sorted(fields.values(), key=lambda r: (-r["total"], r["name"])),
        "answered": add("answered"),
        "answered_percent": percent(add("answered"), petitions),
        "declined": add("declined"),
        "resolution": resolution,
        "on_time_percent": _on_time_percent(resolution),
        "median_days": statistics.median(durations) if durations else None,
        "durations": durations,
        "repeated": add("repeated"),
        "forwarded": add("forwarded"),
        "notices": add("notices"),
    }


# ---------------------------------------------------------------- the yearly minimum (plan status)

PLAN_STATES = ("met", "scheduled", "at_risk", "missed")  # from good to bad
PROBLEM_STATES = ("at_risk", "missed")


def plan_summary(repo: Repository, profile: Profile, year: int, as_of: date) -> dict:
    """Where a unit stands with its yearly minimum (and thematic minimum) of sessions.

    Read off the YEARLY_MINIMUM and YEARLY_THEMATIC obligations: met (held enough), scheduled
    (enough sessions set for later in the year), at risk (too few, while invitations can still
    go out in time) or missed (too few, and the time to convene is over)."""
    from datetime import datetime

    cal = repo.calendar(as_of.year)
    plan = next((r.model for r in repo.plans if r.model.year == year), None)
    items = []
    for item in obligations(repo, profile, as_of, since=year):
        if item.kind not in (Kind.YEARLY_MINIMUM, Kind.YEARLY_THEMATIC):
            continue
        if item.subject != str(year):
            continue
        details = item.details
        status = item.status(cal, as_of, 0)
        if status in (Status.DONE_ON_TIME, Status.DONE_LATE):
            state = "met"
        elif status == Status.OVERDUE:
            state = "missed"
        elif details["held"] + details["scheduled"] >= details["needed"]:
            state = "scheduled"
        else:
            state = "at_risk"
        call_by = datetime.strptime(details["call_by"], "%d/%m/%Y").date()
        items.append({
            "kind": str(item.kind),
            "needed": details["needed"],
            "held": details["held"],
            "scheduled": details["scheduled"],
            "missing": max(details["needed"] - details["held"] - details["scheduled"], 0),
            "call_by": call_by.isoformat(),
            "state": state,
            "basis": item.basis_text(),
            "file": _relative(item.record.path, repo.root),
            "line": item.record.position(*item.loc).line,
        })
    states = [i["state"] for i in items]
    return {
        "year": year,
        "as_of": as_of.isoformat(),
        "profile": profile.id,
        "plan": plan.id if plan else None,
        "planned": len(plan.sessions) if plan else None,
        "obligations": items,
        # no obligation: no plan and no session in or after the year (nothing recorded yet)
        "state": max(states, key=PLAN_STATES.index) if states else None,
    }


def _relative(path, root) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- the annual report's figures
#
# Everything the annual report shows, as plain typed values: what `render report` prints, and
# what `tiepxuc issue` keeps in the report's record (``figures:``) so that an issued report
# shows the same figures whatever the records say later.

from pydantic import BaseModel, ConfigDict  # noqa: E402

Day = date  # (a field named “date” would hide the type inside the models below)


class _Figures(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlanRef(_Figures):
    id: str
    number: str | None = None
    date: Day | None = None
    sessions: int = 0


class NoticeRef(_Figures):
    id: str
    number: str | None = None
    date: Day | None = None


class SessionFigures(_Figures):
    id: str
    date: Day
    kind: str
    format: str
    place: str | None = None
    present: int = 0


class FieldFigures(_Figures):
    code: str
    name: str
    total: int
    answered: int
    handled: int


class Petitioner(_Figures):
    kind: str = "person"
    name: str
    organisation: str | None = None
    residential_group: str | None = None


class ConcernFigures(_Figures):
    content: str
    raised_by: Petitioner
    count: int
    resolved: bool


class ForwardedFigures(_Figures):
    content: str
    to: str | None = None
    date: Day | None = None
    reply_date: Day | None = None
    reply_summary: str | None = None


class UnitFigures(_Figures):
    """One line of a roll-up report's tables (a unit, the office's own sessions, the total)."""

    name: str
    own: bool = False
    sessions: int
    participants: int
    petitions: int
    answered: int
    answered_percent: int | None = None
    declined: int
    forwarded: int
    repeated: int
    notices: int
    done_on_time: int
    done_late: int
    within: int
    overdue: int
    on_time_percent: int | None = None
    median_days: float | None = None


class RollupFigures(_Figures):
    rows: list[UnitFigures]
    total: UnitFigures
    own: bool
    count: int


class ReportFigures(_Figures):
    year: int
    as_of: Day
    min_sessions: int
    plan: PlanRef | None = None
    notices: list[NoticeRef] = []
    sessions: list[SessionFigures] = []
    by_kind: dict[str, int] = {}
    by_format: dict[str, int] = {}
    participants: int = 0
    petitions: int = 0
    answered: int = 0
    answered_percent: int | None = None
    declined: int = 0
    forwarded: int = 0
    fields: list[FieldFigures] = []
    resolution: dict[str, int] = {}
    median_days: float | None = None
    repeated: list[ConcernFigures] = []
    forwarded_petitions: list[ForwardedFigures] = []
    units: RollupFigures | None = None

    def plain(self) -> dict:
        """As plain data for the record (dates as ISO text, nothing empty)."""
        return self.model_dump(mode="json", exclude_none=True)


def unit_figures(name: str, summary: dict, *, own: bool = False) -> UnitFigures:
    """A unit's line of the roll-up tables, from its summary (summary_of / total_summary)."""
    return UnitFigures(name=name, own=own, **{key: summary[key] for key in (
        "sessions", "participants", "petitions", "answered", "answered_percent", "declined",
        "forwarded", "repeated", "notices", "on_time_percent", "median_days")},
        **summary["resolution"])


def report_figures(repo: Repository, profile: Profile, year: int, as_of: date,
                   units: RollupFigures | None = None) -> ReportFigures:
    """The figures of the annual report of ``year`` as of ``as_of``."""
    from tiepxuc.repeats import settled

    stats = annual_statistics(repo, profile, year, as_of)
    plan = next((r.model for r in repo.plans if r.model.year == year), None)
    petitions = len(stats.petitions)

    def person(raised_by) -> Petitioner:
        return Petitioner(**raised_by.model_dump(mode="json", include={
            "kind", "name", "organisation", "residential_group"}, exclude_none=True))

    return ReportFigures(
        year=year, as_of=as_of, min_sessions=profile.value("min_sessions_per_year"),
        plan=PlanRef(id=plan.id, number=plan.number, date=plan.date,
                     sessions=len(plan.sessions)) if plan else None,
        notices=[NoticeRef(id=r.model.id, number=r.model.number, date=r.model.date)
                 for r in stats.notices],
        sessions=[SessionFigures(id=r.model.id, date=r.model.date, kind=r.model.kind.value,
                                 format=r.model.format.value, place=r.model.place,
                                 present=sum(a.present or 0 for a in r.model.attendance))
                  for r in stats.sessions],
        by_kind=dict(stats.by_kind), by_format=dict(stats.by_format),
        participants=stats.participants, petitions=petitions, answered=stats.answered,
        answered_percent=percent(stats.answered, petitions), declined=stats.declined,
        forwarded=len(stats.forwarded),
        fields=[FieldFigures(code=f.code, name=f.name, total=f.total, answered=f.answered,
                             handled=f.handled) for f in stats.fields],
        resolution={str(status): count for status, count in resolution_rows(stats)},
        median_days=stats.median_days,
        repeated=[ConcernFigures(content=group[0].model.content,
                                 raised_by=person(group[0].model.raised_by), count=len(group),
                                 resolved=settled(group[-1])) for group in stats.repeated],
        forwarded_petitions=[ForwardedFigures(
            content=r.model.content,
            to=r.model.forwarded.to if r.model.forwarded else None,
            date=r.model.forwarded.date if r.model.forwarded else None,
            reply_date=r.model.forwarded.reply.date
            if r.model.forwarded and r.model.forwarded.reply else None,
            reply_summary=r.model.forwarded.reply.summary
            if r.model.forwarded and r.model.forwarded.reply else None)
            for r in stats.forwarded],
        units=units,
    )
