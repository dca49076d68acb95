"""Obligations derived from the records, each with its due date and status.

This is the one place where due dates are computed: `check-deadlines`, `validate`,
`new-session`, the calendar export, the documents and the reports all read them from here.
Nothing here is stored in the records; statuses follow from the facts and the date.

Conventions (Bộ luật Dân sự 2015, Điều 147-148, and DESIGN.md §3):
- "within N days after X": the day of X is not counted; the due date is the N-th (working) day
  after X, and the act is on time when done on or before it. A period counted in calendar days
  that ends on a weekend or holiday ends on the next working day (Điều 148 khoản 5).
- "at least N days before X": strict reading (default) — N whole (working) days lie strictly
  between the act and X; lenient reading — the act may fall on the N-th day before X.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from tiepxuc.facts import organising_office
from tiepxuc.calendar import WorkCalendar
from tiepxuc.records.models import Competence, SessionKind
from tiepxuc.repo import Record, Repository
from tiepxuc.rules.profiles import Period, Profile
from tiepxuc.status import Status  # noqa: F401  (part of this module's API)
from tiepxuc.timing import YEARLY, Due, Kind, Timing  # noqa: F401  (the same)


@dataclass
class Obligation(Timing):
    kind: Kind
    record: Record
    loc: tuple
    subject: str  # what it is about, for the message (a date, a petition's content…)
    due: date  # the date shown: the last working day to act
    basis: Any  # the rule's own basis, a text or a phrase (basis_text() says it as shown)
    agency: str | None = None
    done: date | None = None
    limit: date | None = None  # the last calendar day that still complies, if later than due
    unit: str = "working_days"
    start: date | None = None  # the event the count starts from, and the count
    count: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    # A yearly minimum: the dates of the year's sessions that count (held or planned), so that
    # what is held by any day follows from them (Due.on).
    dates: tuple[date, ...] = ()

    @property
    def id(self) -> str:
        return self.record.id or self.record.path.stem

    def _replace(self, **changes) -> "Obligation":
        return replace(self, **changes)

    @property
    def key(self) -> str:
        """A stable identity: kind and record, and the year for the yearly obligations."""
        yearly = self.kind in YEARLY
        return f"{self.kind}-{self.id}" + (f"-{self.subject}" if yearly else "")

    def kept(self, root) -> "Due":
        """The obligation as plain data, its record's file and line resolved."""
        from tiepxuc.paths import relative

        return Due(str(self.kind), self.id, self.record.id, self.record.kind,
                   relative(self.record.path, root), self.record.position(*self.loc).line,
                   self.subject, self.due, self.basis, self.agency, self.done, self.limit,
                   self.unit, self.start, self.count, self.details, self.dates)


# ---------------------------------------------------------------- counting rules


def due_after(cal: WorkCalendar, day: date, period: Period) -> date:
    """The last day of a period of N (working) days after ``day`` (``day`` not counted)."""
    if period.unit == "calendar_days":
        end = day + timedelta(days=period.days)
        return end if cal.is_working_day(end) else cal.shift(end, 1)
    return cal.shift(day, period.days)


def due_before(cal: WorkCalendar, event: date, period: Period) -> tuple[date, date]:
    """(due, limit) for an act required at least N (working) days before ``event``.

    ``due`` is the last working day to act; ``limit`` the last calendar day that still leaves
    the required days (they differ when a weekend falls just before the N-th working day).
    """
    extra = 1 if period.reading == "strict" else 0
    if period.unit == "calendar_days":
        limit = event - timedelta(days=period.days + extra)
        due = limit if cal.is_working_day(limit) else cal.shift(limit, -1)
        return due, limit
    nth_before = cal.shift(event, -period.days)
    if extra == 0:
        return nth_before, nth_before
    limit = nth_before - timedelta(days=1)
    due = limit if cal.is_working_day(limit) else cal.shift(limit, -1)
    return due, limit


# ---------------------------------------------------------------- the due dates of each act
# The one place they are counted: obligations below, the documents (render) and the commands
# that draft them (lifecycle) ask here.


def invitation_due(repo: Repository, profile: Profile, session_date: date) -> tuple[date, date]:
    """(due, limit) of the invitation to a session held on ``session_date``: the last working
    day to send it, and the last calendar day that still leaves the required days."""
    return due_before(repo.calendar(session_date.year), session_date,
                      profile.value("invitation_lead"))


def conclusion_due(repo: Repository, profile: Profile, session_date: date) -> date:
    """The last day to issue the conclusion notice of a session held on ``session_date``."""
    return due_after(repo.calendar(session_date.year), session_date,
                     profile.value("conclusion_within"))


def resolution_due(repo: Repository, profile: Profile, notice_date: date) -> date:
    """The last day to resolve what a conclusion notice issued on ``notice_date`` assigns."""
    return due_after(repo.calendar(notice_date.year), notice_date,
                     profile.value("resolution_within"))


# ---------------------------------------------------------------- the obligations


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def obligations(repo: Repository, profile: Profile, as_of: date, *,
                since: int | None = None) -> list[Obligation]:
    """Every obligation the records create, with its due date (statuses are asked separately).
    ``since``: the yearly obligations from that year on at least (a year asked about)."""
    cal = repo.calendar(as_of.year)
    office = organising_office(repo.unit, profile.issuer)
    out: list[Obligation] = []
    lead: Period = profile.value("invitation_lead")
    conclude: Period = profile.value("conclusion_within")
    resolve: Period = profile.value("resolution_within")
    notices_by_session: dict[str, list] = {}
    for record in repo.conclusions:
        if record.model.date is not None:
            notices_by_session.setdefault(record.model.session, []).append(record.model)
    due_of_notice: dict[str, date] = {}  # session → its notice's due date

    for record in repo.sessions:
        session = record.model
        if session.cancelled is not None or session.kind == SessionKind.regular:
            continue
        subject = _day(session.date)
        due, limit = invitation_due(repo, profile, session.date)
        invited = session.invitation.date if session.invitation else None
        out.append(Obligation(
            Kind.INVITATION, record, ("invitation",) if session.invitation else ("date",),
            subject, due, profile.basis["invitation_lead"], office, invited, limit, lead.unit,
            session.date, -lead.days, {"reading": lead.reading},
        ))
        due = conclusion_due(repo, profile, session.date)
        due_of_notice[session.id] = due
        notices = sorted(n.date for n in notices_by_session.get(session.id, []))
        out.append(Obligation(
            Kind.CONCLUSION, record, ("date",), subject, due, profile.basis["conclusion_within"],
            office, notices[0] if notices else None, None, conclude.unit, session.date,
            conclude.days,
        ))

    listed: dict[str, date] = {}  # petition → date of the notice that assigned it
    for record in repo.conclusions:
        notice = record.model
        if notice.date is None:
            continue
        for item in notice.items:
            for pid in item.petitions:
                if pid not in listed or notice.date < listed[pid]:
                    listed[pid] = notice.date

    hide = None  # what a deadline says of a petition is shown and logged: redacted
    for record in repo.petitions:
        petition = record.model
        outside = petition.competence != Competence.own_level
        to_forward = outside and petition.session in due_of_notice
        if not to_forward and petition.assignment is None and (
                petition.forwarded is None or petition.forwarded.date is None):
            continue  # nothing owed for it (yet): its words are not needed
        if hide is None:
            from tiepxuc.privacy import hide_for

            hide = hide_for(repo)
        subject = hide.opening(petition.content, 10)
        if to_forward:
            forwarded = petition.forwarded.date if petition.forwarded else None
            out.append(Obligation(
                Kind.FORWARD, record, ("competence",), subject, due_of_notice[petition.session],
                profile.basis["conclusion_within"], office,
                forwarded, None, conclude.unit,
            ))
        if petition.forwarded is not None and petition.forwarded.date is not None:
            reply = petition.forwarded.reply
            out.append(Obligation(
                Kind.FORWARD_REPLY, record, ("forwarded",), subject,
                resolution_due(repo, profile, petition.forwarded.date),
                profile.basis["resolution_within"],
                petition.forwarded.to, reply.date if reply else None, None, resolve.unit,
                petition.forwarded.date, resolve.days,
                {"to": petition.forwarded.to or ""},
            ))
        if petition.assignment is None:
            continue
        start = listed.get(petition.id)
        if start is None:
            dated = sorted(n.date for n in notices_by_session.get(petition.session, []))
            start = dated[0] if dated else None
        if start is None:
            continue  # no conclusion notice yet: its own obligation says so
        due = resolution_due(repo, profile, start)
        extended, late_extension = due, None
        for reply in sorted(petition.replies, key=lambda r: r.date):
            if reply.new_deadline is None:
                continue
            if reply.date <= extended:
                extended = max(extended, reply.new_deadline)
            else:  # an extension after the deadline does not hide the lateness
                late_extension = reply.date
        done = petition.resolution.date if petition.resolution else None
        reopened = next((f.date for f in sorted(petition.feedback, key=lambda f: f.date)
                         if done is not None and f.date >= done and not f.agrees), None)
        details = {"reopened": _day(reopened) if reopened else "",
                   "extended": _day(extended) if extended != due else "",
                   "late_extension": _day(late_extension) if late_extension else ""}
        out.append(Obligation(
            Kind.RESOLUTION, record, ("assignment",), subject, extended,
            profile.basis["resolution_within"], petition.assignment.lead,
            None if reopened else done, None, resolve.unit, start, resolve.days, details,
        ))

    out += [item.on(as_of) for item in _yearly(repo, profile, cal, as_of, office, since)]
    return out


def tracked_years(repo: Repository, as_of: date, since: int | None = None) -> range:
    """The years whose obligations are checked — every year, whether or not anything was
    recorded in it, so that a year with no plan and no session shows as missed: from the year
    the office began keeping records with tiepxuc (``records_since``; an earlier year only when
    it has records), or without it from the first year with a record or asked about
    (``since``), to ``as_of``'s year; never before the unit was established."""
    unit = repo.unit
    recorded = [*(r.model.year for r in repo.plans), *(r.model.date.year for r in repo.sessions)]
    if unit is not None and unit.records_since is not None:
        first = min([unit.records_since.year, *recorded])
    else:
        first = min([as_of.year, *recorded, *([since] if since is not None else [])])
    if unit is not None and unit.established is not None:
        first = max(first, unit.established.year)
    return range(first, as_of.year + 1)


def plan_due(repo: Repository, profile: Profile, year: int) -> date:
    """When the year's plan is due: the profile's day; a unit established later that year owes
    it before its first session (the plan comes before what it plans), or by the year's end."""
    due = profile.value("plan_due").in_year(year)
    established = repo.unit.established if repo.unit else None
    if established is None or established.year != year or established <= due:
        return due
    first = min((r.model.date for r in repo.sessions
                 if r.model.date.year == year and r.model.cancelled is None), default=None)
    return first - timedelta(days=1) if first is not None else date(year, 12, 31)


def _yearly(repo: Repository, profile: Profile, cal: WorkCalendar, as_of: date,
            office: str, since: int | None) -> list[Obligation]:
    """The year's plan, its minimum (and thematic minimum) of sessions, and the annual report."""
    counted = set(profile.value("counted_kinds"))
    lead: Period = profile.value("invitation_lead")
    live = [r for r in repo.sessions if r.model.cancelled is None]
    plans = {r.model.year: r for r in repo.plans}
    out = []
    for year in tracked_years(repo, as_of, since):
        anchor = plans.get(year) or repo.unit_record
        loc = ("sessions",) if year in plans else ("name",)
        if profile.value("plan_required"):
            plan = plans.get(year)
            out.append(Obligation(
                Kind.PLAN, anchor, loc if plan is None else ("date",) if plan.model.date else ("year",), str(year),
                plan_due(repo, profile, year), profile.basis["plan_due"], office,
                plan.model.date if plan is not None else None,
            ))
        last_day = date(year, 12, 31)
        if not cal.is_working_day(last_day):
            last_day = cal.shift(last_day, -1)
        call_by, call_limit = due_before(cal, last_day, lead)
        for kind, needed, wanted in (
            (Kind.YEARLY_MINIMUM, profile.value("min_sessions_per_year"), counted),
            (Kind.YEARLY_THEMATIC, profile.value("min_thematic_per_year"), {SessionKind.thematic}),
        ):
            if needed == 0:
                continue
            dates = sorted(r.model.date for r in live
                           if r.model.date.year == year and r.model.kind in wanted)
            enough_planned = len(dates) >= needed
            out.append(Obligation(
                kind, anchor, loc, str(year),
                date(year, 12, 31) if enough_planned else call_by,
                profile.basis["min_thematic_per_year" if kind == Kind.YEARLY_THEMATIC
                              else "min_sessions_per_year"],
                office, None, None if enough_planned else call_limit,
                details={"held": 0, "scheduled": 0, "needed": needed, "call_by": _day(call_by)},
                dates=tuple(dates),
            ))
        reports = [r.model.date for r in repo.reports if r.model.year == year and r.model.date]
        report_anchor = next((r for r in repo.reports if r.model.year == year), anchor)
        out.append(Obligation(
            Kind.ANNUAL_REPORT, report_anchor, ("date",) if report_anchor is not anchor else loc,
            str(year), profile.value("annual_report_due").in_year(year),
            profile.basis["annual_report_due"], office, min(reports) if reports else None,
        ))
    return out
