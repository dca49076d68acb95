"""The rules of DESIGN.md §2 as plain functions over the loaded records.

Each yields findings; the registry (engine.py) adds the rule ID, severity and legal basis.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from tiepxuc.diagnostics import Severity
from tiepxuc.facts import holders, in_office
from tiepxuc.messages import Joined, Phrase, phrase
from tiepxuc.records.models import (
    HEAD_OF_DEPUTY, HEADS, AgendaStepKind, AnswerKind, Competence, Position, Received,
    SessionKind,
)
from tiepxuc.rules.spec import Context, Finding, rule

E, B, W = Severity.ERROR, Severity.BREACH, Severity.WARNING


# What the rules find is kept between runs and worded when shown (messages.Phrase): the values
# they name are phrases, not sentences.


def label(member: object) -> Phrase:
    return phrase(f"enum.{type(member).__name__}.{member.value}")  # type: ignore[attr-defined]


def reason_label(code: str) -> Phrase | str:
    key = f"reason.{code}"
    from tiepxuc.messages import has

    return phrase(key) if has(key) else code


def codes_labelled(codes) -> Joined:
    """“illness (ốm đau), urgent_duty (công tác đột xuất)”."""
    return Joined(", ", tuple(Joined("", (code, " (", reason_label(code), ")")) for code in codes))


def one_of(members) -> Phrase:
    """“một trong: a / b”, or the one label."""
    members = list(members)
    if len(members) == 1:
        return label(members[0])
    return phrase("value.one_of", options=Joined(" / ", tuple(label(m) for m in members)))


def _hint(close: list[str]) -> Phrase | str:
    return phrase("check.did_you_mean", suggestion=close[0]) if close else ""


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def live_sessions(ctx: Context) -> Iterator[tuple]:
    for record in ctx.repo.sessions:
        if record.model.cancelled is None:
            yield record, record.model


def _groups(ctx: Context, kind: SessionKind) -> list[list[Position]]:
    groups = ctx.value("chairs_by_kind").get(kind, [])
    return [[Position(p) for p in group.split("|")] for group in groups]


def _day(value: date | datetime) -> str:
    return value.strftime("%d/%m/%Y")


# ---------------------------------------------------------------- chairs


@rule("CHAIR-HEAD", E, "chairs_by_kind")
def chair_is_head_in_office(ctx: Context) -> Iterator[Finding]:
    """A chair is the head holding that post on the session date, or a deputy acting for one."""
    unit = ctx.repo.unit
    if unit is None:
        return
    for record, session in live_sessions(ctx):
        named = {p for group in _groups(ctx, session.kind) for p in group}
        for i, chair in enumerate(session.chairs):
            loc = ("chairs", i)
            acts_for_head = chair.position in HEADS or chair.position in named
            if chair.on_behalf_of is None and not acts_for_head:
                yield Finding(record, (*loc, "position"), "rule.CHAIR-HEAD.not_head",
                              {"name": chair.name, "position": label(chair.position)})
                continue
            people = holders(unit, chair.position, session.date)
            if not people:
                yield Finding(record, (*loc, "position"), "rule.CHAIR-HEAD.vacant",
                              {"position": label(chair.position), "date": _day(session.date)})
            elif not any(_same_person(o.name, chair.name) for o in people):
                yield Finding(record, (*loc, "name"), "rule.CHAIR-HEAD.other_person", {
                    "name": chair.name, "position": label(chair.position),
                    "date": _day(session.date), "holder": people[0].name,
                })


@rule("CHAIR-DELEGATION", E, "delegation_reasons")
def deputy_has_written_delegation(ctx: Context) -> Iterator[Finding]:
    """A deputy chairs only with a written delegation from the head, for an allowed reason."""
    allowed = ctx.value("delegation_reasons")
    for record, session in live_sessions(ctx):
        for i, chair in enumerate(session.chairs):
            loc = ("chairs", i)
            if chair.on_behalf_of is None:
                continue
            expected = HEAD_OF_DEPUTY.get(chair.position)
            if expected != chair.on_behalf_of:
                yield Finding(record, (*loc, "on_behalf_of"), "rule.CHAIR-DELEGATION.wrong_head", {
                    "position": label(chair.position), "head": label(chair.on_behalf_of),
                })
            delegation = chair.delegation
            if delegation is None or delegation.document is None:
                yield Finding(record, (*loc, "delegation") if delegation else loc,
                              "rule.CHAIR-DELEGATION.no_document", {"name": chair.name})
                continue
            if delegation.date is not None and delegation.date > session.date:
                yield Finding(record, (*loc, "delegation", "date"),
                              "rule.CHAIR-DELEGATION.after_session",
                              {"date": _day(delegation.date), "session": _day(session.date)})
            if allowed is None:
                continue
            if delegation.reason is None:
                yield Finding(record, (*loc, "delegation"), "rule.CHAIR-DELEGATION.no_reason", {
                    "allowed": codes_labelled(allowed),
                })
            elif delegation.reason not in allowed:
                yield Finding(record, (*loc, "delegation", "reason"),
                              "rule.CHAIR-DELEGATION.bad_reason", {
                    "reason": delegation.reason,
                    "allowed": codes_labelled(allowed),
                })


@rule("CHAIR-KIND", E, "chairs_by_kind")
def chairs_match_kind(ctx: Context) -> Iterator[Finding]:
    """Each kind of session has the chairs the profile names (one per group)."""
    unit = ctx.repo.unit
    for record, session in live_sessions(ctx):
        covered: set[Position] = set()
        for chair in session.chairs:
            if chair.on_behalf_of is not None:
                if chair.delegation is not None and chair.delegation.document:
                    covered.add(chair.on_behalf_of)
                continue
            covered.add(chair.position)
            if unit is not None:  # one person may hold two posts (Bí thư kiêm Chủ tịch HĐND)
                covered.update(o.position for o in unit.officials
                               if _same_person(o.name, chair.name) and in_office(o, session.date))
        for group in _groups(ctx, session.kind):
            if covered.isdisjoint(group):
                yield Finding(
                    record, ("chairs",) if session.chairs else ("kind",),
                    "rule.CHAIR-KIND.missing", {
                        "kind": label(session.kind),
                        "position": one_of(group),
                    },
                )


# ---------------------------------------------------------------- yearly plan and minimum


def _counted(ctx: Context, kind: SessionKind) -> bool:
    return kind in ctx.value("counted_kinds")


@rule("PLAN-MISSING", B, "plan_due")
def plan_issued_in_time(ctx: Context) -> Iterator[Finding]:
    """The year's plan was issued by its due date (a breach once the date has passed)."""
    if not ctx.value("plan_required") or ctx.repo.incomplete("plan"):
        return
    for item, since in _late(ctx, "plan"):
        yield Finding(item.record, item.loc, "rule.PLAN-MISSING.late", {
            "year": item.subject, "due": _day(item.due), "date": _day(item.done)}, since=since)
    for item, since, until in _missed(ctx, "plan"):
        yield Finding(item.record, item.loc, "rule.PLAN-MISSING.none", {
            "year": item.subject, "due": _day(item.due), "date": ""}, since=since, until=until)


@rule("PLAN-MIN-SESSIONS", E, "min_sessions_per_year")
def plan_has_minimum(ctx: Context) -> Iterator[Finding]:
    needed = ctx.value("min_sessions_per_year")
    for record in ctx.repo.plans:
        planned = sum(1 for s in record.model.sessions if _counted(ctx, s.kind))
        if planned < needed:
            yield Finding(record, ("sessions",), "rule.PLAN-MIN-SESSIONS.short",
                          {"planned": planned, "needed": needed, "year": record.model.year})


@rule("PLAN-THEMATIC", E, "min_thematic_per_year")
def plan_has_thematic(ctx: Context) -> Iterator[Finding]:
    needed = ctx.value("min_thematic_per_year")
    for record in ctx.repo.plans:
        planned = sum(1 for s in record.model.sessions if s.kind == SessionKind.thematic)
        if planned < needed:
            yield Finding(record, ("sessions",), "rule.PLAN-THEMATIC.short",
                          {"planned": planned, "needed": needed, "year": record.model.year})


def _year_over(ctx: Context, kind: str) -> Iterator:
    """The yearly minimums still short once their year is over (a breach from the next year
    on: by then every session of the year that counts is held)."""
    if ctx.repo.incomplete("session"):
        return  # a session that cannot be read cannot be counted; its own error says why
    for item in ctx.obligations():
        if item.kind == kind and len(item.dates) < item.details["needed"]:
            yield item


def _after_year(year: int | str) -> date:
    return date(int(year) + 1, 1, 1)


def _year_loc(item) -> tuple:
    return ("year",) if item.record.kind == "plan" else item.loc


@rule("YEAR-MIN-SESSIONS", B, "min_sessions_per_year")
def year_reached_minimum(ctx: Context) -> Iterator[Finding]:
    """Once a year is over, it held at least the minimum (and what its plan set out)."""
    for item in _year_over(ctx, "yearly_minimum"):
        yield Finding(item.record, _year_loc(item), "rule.YEAR-MIN-SESSIONS.short", {
            "year": item.subject, "held": len(item.dates), "needed": item.details["needed"]},
            since=_after_year(item.subject))
    counted = set(ctx.value("counted_kinds"))
    for record in ctx.repo.plans:
        year = record.model.year
        if ctx.repo.incomplete("session"):
            continue
        held = sum(1 for _, s in live_sessions(ctx) if s.date.year == year and s.kind in counted)
        planned = sum(1 for s in record.model.sessions if s.kind in counted)
        if ctx.value("min_sessions_per_year") <= held < planned:
            yield Finding(record, ("year",), "rule.YEAR-MIN-SESSIONS.below_plan",
                          {"year": year, "held": held, "planned": planned}, severity=W,
                          since=_after_year(year))


@rule("YEAR-THEMATIC", B, "min_thematic_per_year")
def year_held_thematic(ctx: Context) -> Iterator[Finding]:
    for item in _year_over(ctx, "yearly_thematic"):
        yield Finding(item.record, _year_loc(item), "rule.YEAR-THEMATIC.short", {
            "year": item.subject, "held": len(item.dates), "needed": item.details["needed"]},
            since=_after_year(item.subject))


@rule("SESSION-MONTHS", W, "preferred_months")
def held_in_preferred_months(ctx: Context) -> Iterator[Finding]:
    months = ctx.value("preferred_months")
    if not months:
        return
    shown = ", ".join(str(m) for m in months)
    for record in ctx.repo.plans:
        for i, planned in enumerate(record.model.sessions):
            if _counted(ctx, planned.kind) and planned.month not in months:
                yield Finding(record, ("sessions", i, "month"), "rule.SESSION-MONTHS.plan",
                              {"month": planned.month, "months": shown})
    for record, session in live_sessions(ctx):
        if _counted(ctx, session.kind) and session.date.month not in months:
            yield Finding(record, ("date",), "rule.SESSION-MONTHS.session",
                          {"month": session.date.month, "months": shown})


# ---------------------------------------------------------------- conduct of a session


_TIMED_KINDS = (SessionKind.periodic, SessionKind.thematic, SessionKind.ad_hoc)


@rule("SESSION-DURATION", W, "duration_hours")
def duration_half_to_full_day(ctx: Context) -> Iterator[Finding]:
    bounds = ctx.value("duration_hours")
    if bounds is None:
        return
    low, high = bounds
    for record, session in live_sessions(ctx):
        if session.kind not in _TIMED_KINDS or session.start is None or session.end is None:
            continue
        minutes = (session.end.hour * 60 + session.end.minute) - (
            session.start.hour * 60 + session.start.minute)
        if minutes <= 0:
            continue  # DATE-ORDER reports an end before the start
        hours = minutes / 60
        if not low <= hours <= high:
            yield Finding(record, ("end",), "rule.SESSION-DURATION.out_of_range", {
                "hours": f"{hours:g}".replace(".", ","), "low": f"{low:g}", "high": f"{high:g}",
            })


@rule("AGENDA-ORDER", E, "agenda_order")
def agenda_in_prescribed_order(ctx: Context) -> Iterator[Finding]:
    spec = ctx.value("agenda_order")
    if spec is None:
        return
    rank = {step: i for i, group in enumerate(spec.order) for step in group}
    # Citizens speaking and being answered may go round several times before the conclusion.
    loop = {rank[s] for s in (AgendaStepKind.citizens_speak, AgendaStepKind.agencies_answer,
                              AgendaStepKind.chair_answers, AgendaStepKind.exchange) if s in rank}
    for record, session in live_sessions(ctx):
        if session.kind == SessionKind.regular:
            continue
        if not session.agenda:  # missing once the session is held
            yield Finding(record, ("date",), "rule.AGENDA-ORDER.missing_agenda", {},
                          severity=W, since=session.date)
            continue
        steps = [(i, s.step) for i, s in enumerate(session.agenda) if s.step in rank]
        highest: tuple[int, AgendaStepKind] | None = None
        for i, step in steps:
            r = rank[step]
            if highest is not None and r < rank[highest[1]] and not (
                r in loop and rank[highest[1]] in loop
            ):
                yield Finding(record, ("agenda", i, "step"), "rule.AGENDA-ORDER.out_of_order", {
                    "step": label(step), "after": label(highest[1]),
                })
                continue
            if highest is None or r >= rank[highest[1]]:
                highest = (i, step)
        present = {s.step for s in session.agenda}
        for group in spec.required:
            options = [AgendaStepKind(s) for s in group.split("|")]
            if present.isdisjoint(options):
                yield Finding(record, ("agenda",), "rule.AGENDA-ORDER.missing_step", {
                    "step": one_of(options),
                })


@rule("REFUSAL-REASON", E, "refusal_reasons")
def refusal_has_allowed_reason(ctx: Context) -> Iterator[Finding]:
    allowed = ctx.value("refusal_reasons")
    shown = codes_labelled(allowed)
    for record, session in live_sessions(ctx):
        for i, refusal in enumerate(session.refused):
            if refusal.reason is None:
                yield Finding(record, ("refused", i), "rule.REFUSAL-REASON.missing",
                              {"allowed": shown})
            elif refusal.reason not in allowed:
                yield Finding(record, ("refused", i, "reason"), "rule.REFUSAL-REASON.not_allowed",
                              {"reason": refusal.reason, "allowed": shown})


# ---------------------------------------------------------------- petitions


@rule("ANSWER-REASON", E, "deferral_reasons")
def deferral_has_reason_and_basis(ctx: Context) -> Iterator[Finding]:
    allowed = ctx.value("deferral_reasons")
    shown = codes_labelled(allowed)
    for record in ctx.repo.petitions:
        answer = record.model.answer
        if answer is None or answer.kind == AnswerKind.answered:
            continue
        kind = label(answer.kind)
        if answer.reason is None:
            yield Finding(record, ("answer",), "rule.ANSWER-REASON.missing_reason",
                          {"kind": kind, "allowed": shown})
        elif answer.reason not in allowed:
            yield Finding(record, ("answer", "reason"), "rule.ANSWER-REASON.not_allowed",
                          {"kind": kind, "reason": answer.reason, "allowed": shown})
        if answer.basis is None:
            yield Finding(record, ("answer",), "rule.ANSWER-REASON.missing_basis", {"kind": kind})


@rule("ANSWER-INCOMPLETE", E)
def answer_says_who_and_what(ctx: Context) -> Iterator[Finding]:
    """An answer given at the session says who answered and what was said; and a session that
    has not taken place yet has no answers."""
    sessions = ctx.session_index()
    for record in ctx.repo.petitions:
        answer = record.model.answer
        if answer is None:
            continue
        session = sessions.get(record.model.session)
        held = session.model.date if session is not None else None
        if held is not None:  # an answer before the session is held
            yield Finding(record, ("answer",), "rule.ANSWER-INCOMPLETE.future",
                          {"date": _day(held)}, until=held - timedelta(days=1))
        if answer.kind == AnswerKind.answered:
            missing = [phrase(f"rule.ANSWER-INCOMPLETE.part_{name}")
                       for name in ("by", "content") if not (getattr(answer, name) or "").strip()]
            if missing:
                yield Finding(record, ("answer",), "rule.ANSWER-INCOMPLETE.missing",
                              {"missing": Joined(", ", tuple(missing))}, since=held)


@rule("FORWARD-RECEIVER", E)
def forwarded_names_receiver(ctx: Context) -> Iterator[Finding]:
    for record in ctx.repo.petitions:
        petition = record.model
        outside = petition.competence != Competence.own_level or (
            petition.answer is not None and petition.answer.reason == "outside_competence")
        if not outside:
            continue
        if petition.forwarded is None or petition.forwarded.to is None:
            loc = ("forwarded",) if petition.forwarded is not None else ("competence",)
            yield Finding(record, loc, "rule.FORWARD-RECEIVER.missing",
                          {"competence": label(petition.competence)})


@rule("PETITION-UNHANDLED", W)
def petition_not_left_behind(ctx: Context) -> Iterator[Finding]:
    """After the session, every petition was answered, deferred to an agency or forwarded."""
    sessions = ctx.session_index()
    for record in ctx.repo.petitions:
        petition = record.model
        session = sessions.get(petition.session)
        if session is None or petition.resolution is not None:
            continue
        if petition.forwarded is not None:
            continue
        after = session.model.date + timedelta(days=1)  # from the day after the session
        if petition.answer is None:
            yield Finding(record, ("content",), "rule.PETITION-UNHANDLED.no_answer",
                          {"date": _day(session.model.date)}, since=after)
        elif (petition.answer.kind == AnswerKind.answer_later
              and petition.competence == Competence.own_level and petition.assignment is None):
            yield Finding(record, ("answer",), "rule.PETITION-UNHANDLED.no_assignment", {},
                          since=after)


# ---------------------------------------------------------------- level of government


@rule("DISTRICT-ABOLISHED", W, "district_abolished_on")
def no_district_after_reform(ctx: Context) -> Iterator[Finding]:
    unit = ctx.repo.unit
    cutoff = ctx.value("district_abolished_on")
    if unit is None or unit.level != "district":
        return
    for record, session in live_sessions(ctx):
        if session.date >= cutoff:
            yield Finding(record, ("date",), "rule.DISTRICT-ABOLISHED.after",
                          {"date": _day(session.date), "cutoff": _day(cutoff)})


# ---------------------------------------------------------------- consistency of the records


@rule("DATE-ORDER", E)
def dates_in_order(ctx: Context) -> Iterator[Finding]:
    unit_record = ctx.repo.unit_record
    if ctx.repo.unit is not None:
        for i, official in enumerate(ctx.repo.unit.officials):
            if official.since and official.until and official.until < official.since:
                yield Finding(unit_record, ("officials", i, "until"), "rule.DATE-ORDER.term",
                              {"name": official.name})
    sessions = ctx.session_index()
    for record in ctx.repo.sessions:
        session = record.model
        if session.invitation and session.invitation.date and session.invitation.date > session.date:
            yield Finding(record, ("invitation", "date"), "rule.DATE-ORDER.invitation", {
                "date": _day(session.invitation.date), "session": _day(session.date)})
        if session.start and session.end and session.end <= session.start:
            yield Finding(record, ("end",), "rule.DATE-ORDER.end_before_start", {})
        if session.minutes and session.minutes.date and session.minutes.date < session.date:
            yield Finding(record, ("minutes", "date"), "rule.DATE-ORDER.minutes_before", {
                "date": _day(session.minutes.date), "session": _day(session.date)})
    for record in ctx.repo.petitions:
        petition = record.model
        session_record = sessions.get(petition.session)
        if session_record is None:
            continue
        held = session_record.model.date
        if petition.received == Received.before_session and petition.received_date \
                and petition.received_date > held:
            yield Finding(record, ("received_date",), "rule.DATE-ORDER.received_after", {
                "date": _day(petition.received_date), "session": _day(held)})
        later = []
        if petition.forwarded and petition.forwarded.date:
            later.append((("forwarded", "date"), petition.forwarded.date))
        later += [(("replies", i, "date"), r.date) for i, r in enumerate(petition.replies)]
        if petition.resolution:
            later.append((("resolution", "date"), petition.resolution.date))
        later += [(("feedback", i, "date"), f.date) for i, f in enumerate(petition.feedback)]
        for loc, day in later:
            if day < held:
                yield Finding(record, loc, "rule.DATE-ORDER.before_session",
                              {"date": _day(day), "session": _day(held)})
        if petition.feedback and petition.resolution is None:
            yield Finding(record, ("feedback",), "rule.DATE-ORDER.feedback_unresolved", {})
    for record in ctx.repo.reports:
        report = record.model
        if report.date and report.date < date(report.year, 1, 1):
            yield Finding(record, ("date",), "rule.DATE-ORDER.report_before_year",
                          {"date": _day(report.date), "year": report.year})
    for record in ctx.repo.conclusions:
        notice = record.model
        session_record = sessions.get(notice.session)
        if session_record and notice.date and notice.date < session_record.model.date:
            yield Finding(record, ("date",), "rule.DATE-ORDER.notice_before", {
                "date": _day(notice.date), "session": _day(session_record.model.date)})


def _acts(record) -> Iterator[tuple[tuple, date]]:
    """(where, date) of every act a record says was done: an act cannot be dated in the
    future."""
    model, kind = record.model, record.kind
    if kind == "session":
        if model.invitation and model.invitation.date:
            yield ("invitation", "date"), model.invitation.date
        if model.minutes and model.minutes.date:
            yield ("minutes", "date"), model.minutes.date
        for i, chair in enumerate(model.chairs):
            if chair.delegation and chair.delegation.date:
                yield ("chairs", i, "delegation", "date"), chair.delegation.date
    elif kind == "petition":
        if model.received_date:
            yield ("received_date",), model.received_date
        if model.forwarded and model.forwarded.date:
            yield ("forwarded", "date"), model.forwarded.date
        if model.forwarded and model.forwarded.reply:
            yield ("forwarded", "reply", "date"), model.forwarded.reply.date
        for i, reply in enumerate(model.replies):
            yield ("replies", i, "date"), reply.date
        if model.resolution:
            yield ("resolution", "date"), model.resolution.date
        for i, feedback in enumerate(model.feedback):
            yield ("feedback", i, "date"), feedback.date
    elif kind in ("plan", "conclusion", "report") and model.date:
        yield ("date",), model.date


@rule("DATE-FUTURE", E)
def acts_not_in_the_future(ctx: Context) -> Iterator[Finding]:
    """An act recorded as done is not dated after today (the real today, whatever --as-of):
    the problem holds until that day comes, and names today (filled in when shown)."""
    from tiepxuc.records.check import field_name

    for record in ctx.repo.records:
        if record.model is None or record.kind not in ("session", "petition", "plan",
                                                       "conclusion", "report"):
            continue
        for loc, day in _acts(record):
            yield Finding(record, loc, "rule.DATE-FUTURE.future", {
                "date": _day(day), "field": field_name(loc)},
                until=day - timedelta(days=1), clock="today")


@rule("NUMBER-DUPLICATE", E)
def document_numbers_unique(ctx: Context) -> Iterator[Finding]:
    """Two documents of one kind from one body never share a number in a numbering period
    (Party: the committee's term; State: the calendar year)."""
    from tiepxuc.facts import numbered_documents

    seen: dict[tuple, tuple] = {}
    for record, loc, number, day, key in numbered_documents(ctx.repo):
        first = seen.setdefault(key, (record, number))
        if first[0] is not record:
            yield Finding(record, loc, "rule.NUMBER-DUPLICATE.used", {
                "number": number, "other": first[0].id or first[0].path.stem})


@rule("REF-UNKNOWN", E)
def references_exist(ctx: Context) -> Iterator[Finding]:
    repo = ctx.repo
    kinds = repo.known_ids()

    def missing(record, loc, target, wanted_kind):
        if kinds.get(target) == wanted_kind:
            return None
        candidates = [i for i, k in kinds.items() if k == wanted_kind]
        close = difflib.get_close_matches(target, candidates, n=1, cutoff=0.6)
        return Finding(record, loc, "rule.REF-UNKNOWN.record", {
            "id": target, "kind": phrase(f"kind.{wanted_kind}"), "hint": _hint(close)})

    for record in repo.sessions:
        if record.model.plan:
            found = missing(record, ("plan",), record.model.plan, "plan")
            if found:
                yield found
    unit = repo.unit
    fields = {f.code for f in unit.fields} if unit else set()
    agencies = set(unit.agencies) if unit else set()
    for record in repo.petitions:
        petition = record.model
        found = missing(record, ("session",), petition.session, "session")
        if found:
            yield found
        if unit is not None and petition.field not in fields:
            close = difflib.get_close_matches(petition.field, sorted(fields), n=1, cutoff=0.5)
            yield Finding(record, ("field",), "rule.REF-UNKNOWN.field", {
                "field": petition.field,
                "hint": _hint(close),
            })
        if agencies and petition.assignment is not None:
            names = [(("assignment", "lead"), petition.assignment.lead)] + [
                (("assignment", "coordinating", i), a)
                for i, a in enumerate(petition.assignment.coordinating)]
            for loc, name in names:
                if name not in agencies:
                    close = difflib.get_close_matches(name, sorted(agencies), n=1, cutoff=0.5)
                    yield Finding(record, loc, "rule.REF-UNKNOWN.agency", {
                        "agency": name,
                        "hint": _hint(close),
                    })
    for record in repo.records:
        target = getattr(record.model, "supersedes", None)
        if target:
            found = missing(record, ("supersedes",), target, record.kind)
            if found:
                yield found
    for record in repo.petitions:
        for i, target in enumerate(record.model.repeats):
            found = missing(record, ("repeats", i), target, "petition")
            if found:
                yield found
    for record in repo.conclusions:
        found = missing(record, ("session",), record.model.session, "session")
        if found:
            yield found
        for i, item in enumerate(record.model.items):
            for j, target in enumerate(item.petitions):
                found = missing(record, ("items", i, "petitions", j), target, "petition")
                if found:
                    yield found


# ---------------------------------------------------------------- deadlines met (facts recorded)


def _counted_from(item) -> date | None:
    """A yearly obligation counts from its year on (the years checked end with the day asked
    about); the others always."""
    from tiepxuc.deadlines import YEARLY

    return date(int(item.subject), 1, 1) if item.kind in YEARLY else None


def _late(ctx: Context, kind: str):
    """The obligations of ``kind`` done after their deadline: facts about the past, from the
    day they were done. Yields (obligation, since)."""
    for item in ctx.obligations():
        if item.kind == kind and item.done is not None and item.done > (item.limit or item.due):
            yield item, max(filter(None, (item.done, _counted_from(item))))


def _missed(ctx: Context, kind: str):
    """…those whose deadline passed with nothing done: (obligation, since, until), until the
    day before it was done, if it was."""
    for item in ctx.obligations():
        if item.kind != kind:
            continue
        since = (item.limit or item.due) + timedelta(days=1)
        since = max(filter(None, (since, _counted_from(item))))
        until = item.done - timedelta(days=1) if item.done is not None else None
        if until is None or until >= since:
            yield item, since, until


def _late_by(ctx: Context, item) -> str:
    """“28 ngày làm việc”: how late an act was."""
    days = -item.days(ctx.repo.calendar(), item.done)
    return phrase(f"value.{item.unit}", days=days)


@rule("INVITATION-LEAD", B, "invitation_lead")
def invitation_in_time(ctx: Context) -> Iterator[Finding]:
    """The invitation or public notice was issued the required days before the session."""
    for item, since in _late(ctx, "invitation"):
        yield Finding(item.record, ("invitation", "date"), "rule.INVITATION-LEAD.late", {
            "date": _day(item.done), "due": _day(item.due), "rule": item.rule_text(phrase),
        }, since=since)


@rule("CONCLUSION-DUE", B, "conclusion_within")
def conclusion_in_time(ctx: Context) -> Iterator[Finding]:
    """The conclusion notice was issued within the required days after the session."""
    notices = sorted(ctx.repo.conclusions, key=lambda r: (r.model.date is None, r.model.date))
    for item, since in _late(ctx, "conclusion"):
        record = next(r for r in notices if r.model.session == item.id and r.model.date)
        yield Finding(record, ("date",), "rule.CONCLUSION-DUE.late", {
            "date": _day(item.done), "due": _day(item.due), "rule": item.rule_text(phrase),
            "late": _late_by(ctx, item),
        }, since=since)


@rule("RESOLUTION-DUE", B, "resolution_within")
def resolution_in_time(ctx: Context) -> Iterator[Finding]:
    """The petition was resolved within its deadline (extended by a written reply)."""
    for item, since in _late(ctx, "resolution"):
        yield Finding(item.record, ("resolution", "date"), "rule.RESOLUTION-DUE.late", {
            "date": _day(item.done), "due": _day(item.due), "late": _late_by(ctx, item),
            "agency": item.agency or "",
        }, since=since)


@rule("REPORT-DUE", B, "annual_report_due")
def report_in_time(ctx: Context) -> Iterator[Finding]:
    """The annual report was issued by its due date."""
    for item, since in _late(ctx, "annual_report"):
        yield Finding(item.record, item.loc, "rule.REPORT-DUE.late", {
            "year": item.subject, "date": _day(item.done), "due": _day(item.due)}, since=since)


@rule("CALENDAR-CONFLICT", E)
def calendar_consistent(ctx: Context) -> Iterator[Finding]:
    """A day is either a day off or a working day in calendar.yaml, not both."""
    record = ctx.repo.calendar_record
    if record is None or record.model is None:
        return
    off = {d.date: i for i, d in enumerate(record.model.days_off)}
    for i, entry in enumerate(record.model.working_days):
        if entry.date in off:
            yield Finding(record, ("working_days", i, "date"), "rule.CALENDAR-CONFLICT.both",
                          {"date": _day(entry.date)})


# ---------------------------------------------------------------- issued records stay as issued


@rule("SEAL-BROKEN", E)
def sealed_records_unchanged(ctx: Context) -> Iterator[Finding]:
    """An issued (sealed) document is never changed, nor what it shows of other records (the
    petitions in the minutes and the conclusion notice, the notice's deadline); a correction
    is a new record that supersedes it."""
    from tiepxuc.audit.seal import breaks
    from tiepxuc.paths import relative

    for record in ctx.repo.records:
        if record.model is None or not getattr(record.model, "seal", None):
            continue
        where = f"{relative(record.path, ctx.repo.root)}:{record.position('seal').line}"
        document = document_name(record)
        for found in breaks(ctx.repo, ctx.profile, record):
            values = {"id": record.model.id, "document": document, "where": where,
                      **{k: _day(v) if isinstance(v, date) else v
                         for k, v in found.values.items()}}
            if found.kind in ("changed", "deleted", "deadline"):
                yield Finding(record, ("seal",), f"rule.SEAL-BROKEN.{found.kind}", values)
            else:
                loc = ("content",) if found.record.kind == "petition" else ("date",)
                yield Finding(found.record, loc, f"rule.SEAL-BROKEN.{found.kind}", values,
                              severity=W if found.kind == "added" else None)


def document_name(record) -> Joined:
    """“biên bản hội nghị ngày 14/06/2024 (số 05-BB/ĐU)”: an issued document, in words."""
    model = record.model
    if record.kind == "session":
        number = model.minutes.number if model.minutes else None
        name = phrase("doc_name.minutes", date=_day(model.date))
    else:
        number = getattr(model, "number", None)
        name = phrase(f"doc_name.{record.kind}", id=model.id)
    return Joined(" ", (name, phrase("doc_name.number", number=number)) if number else (name,))
