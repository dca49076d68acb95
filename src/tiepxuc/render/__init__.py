"""Rendering the official documents: record data → Jinja template → block markup → .docx.

Kinds: the annual plan (a year), the invitation or public notice, the minutes (a session), the
conclusion notice (a notice or its session) and the annual report (a year).

Citizens' personal data: public versions (``--public``) get initials and redacted text
(render/context.py, Privacy); internal versions get the contact details kept in the private
file (private/contacts.yaml) joined in as ``contact`` beside each petitioner, for templates that
need them. The private file is never read for a public version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi, typed
from tiepxuc.render import context as ctx
from jinja2 import pass_context

from tiepxuc.render.chart import BarChart
from tiepxuc.render.markup import Block, MarkupError, Raw, Run, blank, escape, parse
from tiepxuc.render.writer import DocMeta, Signature, build
from tiepxuc.repo import Repository
from tiepxuc.rules.profiles import Profile

KINDS = ("plan", "invitation", "minutes", "conclusion", "report")


@dataclass
class Rendered:
    kind: str
    data: bytes
    filename: str
    markup: str
    warnings: list[str] = field(default_factory=list)


def _template(repo: Repository, name: str, values: dict) -> str:
    from jinja2 import TemplateError

    env = _environment(repo.root)
    try:
        return env.get_template(f"documents/{name}.j2").render(**values)
    except TemplateError as exc:
        raise TiepxucError(t("render.template_error", template=f"documents/{name}.j2",
                             error=str(exc))) from None


@lru_cache(maxsize=8)
def _environment(root: Path):
    """One Jinja environment per repository, so templates are compiled once per process."""
    from tiepxuc.templating import environment

    # A block tag at the end of a line must not eat the newline: blocks are lines.
    env = environment(root, finalize=escape, trim_blocks=False)
    # a text printed as a sentence ends with one mark, whatever the record holds
    env.filters["sentence"] = lambda text: text if not text or text.rstrip()[-1:] in ".!?…:;" \
        else text.rstrip() + "."
    env.globals.update(
        heading=_heading,
        long_date=ctx.long_date, short_date=ctx.short_date, clock=ctx.clock, roman=ctx.roman,
        weekday=ctx.weekday, label=ctx.label, vi=t_vi, blank=blank,
    )
    env.filters["numeric_dates"] = ctx.numeric_dates
    # an item of a list the template punctuates itself: “…xã hội.” → “…xã hội”
    env.filters["bare"] = lambda text: str(text).rstrip(" .;,")
    return env


@pass_context
def _heading(context, number: int, text: str) -> Raw:
    """A top-level heading: “I- MỤC ĐÍCH, YÊU CẦU” (Party) or “I. …” (State)."""
    separator = "- " if context.get("issuer") == "party" else ". "
    return Raw(f"@h1 {ctx.roman(number)}{separator}{escape(text)}")


# The charts a template may place with `@chart NAME` (prepared by the renderer when there is
# something to draw; a chart with nothing to draw is left out).
CHARTS = ("fields",)


def _blocks(markup: str, name: str) -> list[Block]:
    try:
        return parse(markup)
    except MarkupError as exc:
        raise TiepxucError(t("render.template_error", template=f"documents/{name}.j2",
                             error=str(exc))) from None


def _scrub(blocks: list[Block], privacy: ctx.Privacy) -> None:
    """The public version's last safety net: whatever a template printed, scan it again."""
    def clean(runs: list[Run]) -> None:
        for run in runs:
            run.text = privacy.text(run.text)

    for block in blocks:
        clean(block.runs)
        for _, cells in block.rows:
            for cell in cells:
                clean(cell)


def _finish(repo: Repository, kind: str, template: str, values: dict, meta: DocMeta,
            filename: str, privacy: ctx.Privacy, warnings: list[str] | None = None,
            sealed=None) -> Rendered:
    """``sealed``: the document's record, when it may be issued: a document whose seal no
    longer matches the records is rendered with a warning saying so."""
    warnings = list(warnings or [])
    if sealed is not None and getattr(sealed.model, "seal", None):
        from tiepxuc.audit.seal import breaks
        from tiepxuc.rules.engine import active_profile

        if next(iter(breaks(repo, active_profile(repo)[0], sealed)), None) is not None:
            warnings.append(t("render.seal_broken", id=sealed.model.id))
    values = {**values, "public": privacy.public, "issuer": meta.fmt.issuer}
    markup = _template(repo, template, values)
    blocks = _blocks(markup, template)
    unknown = sorted({b.args for b in blocks if b.kind == "chart"} - set(CHARTS))
    if unknown:  # a repository's own template naming a chart no renderer makes
        raise TiepxucError(t("render.template_error", template=f"documents/{template}.j2",
                             error=t("render.unknown_chart", name=unknown[0],
                                     known=", ".join(CHARTS))))
    if privacy.public:
        _scrub(blocks, privacy)
        filename = filename.replace(".docx", "-cong-khai.docx")
    return Rendered(kind, build(blocks, meta), filename, markup, warnings)


def _unit(repo: Repository):
    if repo.unit is None:
        raise TiepxucError(t("scaffold.unit_invalid", file="tiepxuc.yaml"))
    return repo.unit


# ---------------------------------------------------------------- the annual plan


def render_plan(repo: Repository, profile: Profile, target: str, public: bool) -> Rendered:
    unit = _unit(repo)
    plan_record = next((r for r in repo.plans
                        if str(r.model.year) == target or r.model.id == target), None)
    if plan_record is None:
        raise TiepxucError(t("render.no_plan", target=typed(target)))
    plan = plan_record.model
    issuer = plan.issuer.value
    privacy = ctx.privacy_for(repo, public)
    summary = plan.title or t_vi("doc.plan_summary", unit=_unit_phrase(unit), year=plan.year)
    chairs = {kind: [ctx.position_title(p, unit) for p in _posts(profile, kind)]
              for kind in ctx.kinds_in_plan(plan)}
    from tiepxuc.records.models import SessionKind
    from tiepxuc.scaffold import default_agenda

    values = {
        "unit": unit, "unit_phrase": _unit_phrase(unit), "plan": plan, "profile": profile,
        "summary": summary, "chairs": chairs,
        "agenda": [step["step"] for step in default_agenda(profile, SessionKind.periodic)],
        "duration": profile.value("duration_hours"),
        "min_sessions": profile.value("min_sessions_per_year"),
        "min_thematic": profile.value("min_thematic_per_year"),
    }
    meta = ctx.meta(repo, issuer, ctx.TYPE_CODES["plan"], plan.number, plan.date, plan.year,
                    plan.signer, ctx.recipients(unit, issuer, plan.recipients, []),
                    f"Kế hoạch {plan.year}", sign_day=plan.date or date(plan.year, 1, 1))
    return _finish(repo, "plan", "plan", values, meta, f"ke-hoach-{plan.year}.docx", privacy,
                   sealed=plan_record)


def _posts(profile: Profile, kind):
    from tiepxuc.records.models import Position

    return [Position(group.split("|")[0]) for group in profile.value("chairs_by_kind").get(kind, [])]


def _unit_phrase(unit) -> str:
    from tiepxuc.facts import unit_phrase

    return unit_phrase(unit.name)


# ---------------------------------------------------------------- invitation / public notice


def render_invitation(repo: Repository, profile: Profile, target: str, public: bool) -> Rendered:
    from tiepxuc.deadlines import invitation_due

    unit = _unit(repo)
    record = ctx.session_record(repo, target)
    session = record.model
    issuer = profile.issuer
    privacy = ctx.privacy_for(repo, public)
    invitation = session.invitation
    cal = repo.calendar(session.date.year)
    due, limit = invitation_due(repo, profile, session.date)
    warnings = []
    issued = invitation.date if invitation else None
    if issued is None:
        warnings.append(t("render.invitation_undated", due=ctx.short_date(due)))
    elif issued > limit:
        warnings.append(t("render.invitation_late", date=ctx.short_date(issued),
                          due=ctx.short_date(due)))
    register_by = cal.shift(session.date, -1)
    plan = next((r.model for r in repo.plans if r.model.id == session.plan), None)
    invitees = [a.organisation for a in session.attendance] or (plan.participants if plan else [])
    values = {
        "unit": unit, "unit_phrase": _unit_phrase(unit), "session": session,
        "chairs": ctx.chair_phrase(session, unit), "invitees": invitees,
        "register_by": register_by, "office": _office(unit, issuer),
        "kind_label": ctx.label(session.kind),
    }
    code = ctx.TYPE_CODES["invitation" if issuer == "party" else "notice"]
    number = invitation.number if invitation else None
    if issuer == "party":  # an invitation goes to those it invites
        defaults = [t_vi("doc.as_invited")]
    else:  # a public notice goes to the people, through those who post and relay it
        defaults = [t_vi(f"doc.notice_recipient_{who}", unit=_unit_phrase(unit))
                    for who in ("standing", "front", "groups")]
    meta = ctx.meta(repo, issuer, code, number, issued, session.date.year, None,
                    ctx.recipients(unit, issuer, [], defaults),
                    f"Giấy mời {session.id}", sign_day=issued or session.date)
    return _finish(repo, "invitation", "invitation", values, meta,
                   f"giay-moi-{session.id}.docx", privacy, warnings)


def _office(unit, issuer: str) -> str:
    from tiepxuc.facts import organising_office

    return organising_office(unit, issuer)


# ---------------------------------------------------------------- minutes


def render_minutes(repo: Repository, profile: Profile, target: str, public: bool) -> Rendered:
    unit = _unit(repo)
    record = ctx.session_record(repo, target)
    session = record.model
    issuer = profile.issuer
    privacy = ctx.privacy_for(repo, public)
    petitions = [r.model for r in ctx.session_petitions(repo, session.id)]
    speakers = [{
        "person": privacy.person(p.raised_by), "content": privacy.text(p.content),
        "answer": ctx.answer_text(p, privacy, repo), "before": p.received == "before_session",
        "field": p.field, "contact": privacy.contact(p),
    } for p in petitions]
    values = {
        "unit": unit, "unit_phrase": _unit_phrase(unit), "session": session,
        "chairs": ctx.chair_phrase(session, unit), "speakers": speakers,
        "attendance": session.attendance,
        "invited_total": sum(a.invited or 0 for a in session.attendance),
        "present_total": sum(a.present or 0 for a in session.attendance),
        "kind_label": ctx.label(session.kind),
        "refused": [{"name": initials_if(privacy, r.name), "reason": r.reason,
                     "note": privacy.text(r.note)} for r in session.refused],
    }
    secretary = session.secretary
    chair = session.chairs[0] if session.chairs else None
    issued = session.minutes  # number and date given by `tiepxuc issue`
    meta = ctx.meta(repo, issuer, ctx.TYPE_CODES["minutes"], issued.number if issued else None,
                    issued.date if issued and issued.date else session.date,
                    session.date.year, None, [], f"Biên bản {session.id}",
                    with_date=issuer == "party")
    meta.left_signature = ctx.signed(Signature(
        [("THƯ KÝ" if issuer == "state" else "NGƯỜI GHI BIÊN BẢN", True)],
        secretary.name if secretary else ""))
    meta.signature = ctx.signed(Signature(
        [("CHỦ TỌA" if issuer == "state" else "CHỦ TRÌ HỘI NGHỊ", True)],
        chair.name if chair else ""))
    meta.recipients = ["Lưu: VT, Hồ sơ"] if issuer == "state" else []
    return _finish(repo, "minutes", "minutes", values, meta, f"bien-ban-{session.id}.docx",
                   privacy, sealed=record)


def initials_if(privacy: ctx.Privacy, name: str) -> str:
    from tiepxuc.privacy import initials

    return initials(name) if privacy.public else name


# ---------------------------------------------------------------- conclusion notice


def render_conclusion(repo: Repository, profile: Profile, target: str, public: bool) -> Rendered:
    from collections import OrderedDict

    from tiepxuc.deadlines import resolution_due

    unit = _unit(repo)
    notice_record = next((r for r in repo.conclusions if r.model.id == target), None)
    if notice_record is None:
        session_rec = ctx.session_record(repo, target)
        notices = sorted((r for r in repo.conclusions if r.model.session == session_rec.model.id),
                         key=lambda r: (r.model.date is None, r.model.date))
        if not notices:
            raise TiepxucError(t("render.no_conclusion", target=typed(target)))
        notice_record = notices[0]
    notice = notice_record.model
    session = ctx.session_record(repo, notice.session).model
    issuer = notice.issuer.value
    privacy = ctx.privacy_for(repo, public)
    petitions = [r.model for r in ctx.session_petitions(repo, session.id)]
    names = {f.code: f.name for f in unit.fields}
    by_field: OrderedDict[str, dict] = OrderedDict()
    for p in petitions:
        row = by_field.setdefault(p.field, {"name": names.get(p.field, p.field), "total": 0,
                                            "answered": 0, "handled": 0})
        row["total"] += 1
        answered = p.answer is not None and p.answer.kind == "answered"
        row["answered" if answered else "handled"] += 1
    resolve = profile.value("resolution_within")
    due = resolution_due(repo, profile, notice.date) if notice.date else None
    by_id = {p.id: p for p in petitions}

    def shown(p) -> dict:
        """A petition under its item, in full (never cut), as the notice may name it."""
        return {"content": privacy.text(p.content), "person": privacy.person(p.raised_by),
                "contact": privacy.contact(p),
                "task": privacy.text(p.assignment.task) if p.assignment else "",
                "to": p.forwarded.to if p.forwarded and not p.assignment else None}

    items = [{"content": item.content,
              "petitions": [shown(by_id[pid]) for pid in item.petitions if pid in by_id]}
             for item in notice.items]
    assigned = any(by_id[pid].assignment is not None
                   for item in notice.items for pid in item.petitions if pid in by_id)
    present = sum(a.present or 0 for a in session.attendance)
    values = {
        "unit": unit, "unit_phrase": _unit_phrase(unit), "notice": notice, "session": session,
        "chairs": ctx.chair_phrase(session, unit),
        # by field, most petitions first: the annual report's order, not the speakers'
        "fields": sorted(by_field.values(), key=lambda r: (-r["total"], r["name"])),
        "total": len(petitions), "answered": sum(r["answered"] for r in by_field.values()),
        "items": items, "assigned": assigned, "due": due,
        "resolution_days": resolve.days, "resolution_unit": resolve.unit,
        "office": _office(unit, issuer), "present": present, "kind_label": ctx.label(session.kind),
        "front": _front(unit),
    }
    given = list(notice.recipients)
    if not any(("MTTQ" in r or "Mặt trận" in r) for r in given):  # MTTQ monitors the follow-up
        given.insert(len(given) - 1 if given else 0, t_vi("doc.front_recipient", front=_front(unit)))
    meta = ctx.meta(repo, issuer, ctx.TYPE_CODES["conclusion"], notice.number, notice.date,
                    session.date.year, notice.signer, ctx.recipients(unit, issuer, given, []),
                    f"Thông báo kết luận {notice.id}", sign_day=notice.date or session.date)
    return _finish(repo, "conclusion", "conclusion", values, meta,
                   f"thong-bao-ket-luan-{notice.id}.docx", privacy, sealed=notice_record)


def _front(unit) -> str:
    return f"Ủy ban MTTQ {_unit_phrase(unit)}"


# ---------------------------------------------------------------- annual report


def render_report(repo: Repository, profile: Profile, target: str, public: bool,
                  today: date, *, units: list[str] | None = None,
                  progress=None) -> Rendered:
    """The annual report; in a roll-up repository also a table of its units' figures (the
    units named in ``units`` only, when given). An issued report shows the figures it was
    issued with (kept in its record), not today's."""
    from tiepxuc.report import ReportFigures
    from tiepxuc.scaffold import report_recipients

    unit = _unit(repo)
    if not re.fullmatch(r"\d{4}", target):
        raise TiepxucError(t("render.bad_year", target=typed(target)))
    year = int(target)
    report_record = next((r for r in repo.reports if r.model.year == year), None)
    record = report_record.model if report_record else None
    warnings: list[str] = []
    if record is not None and record.seal and record.figures:
        if units:
            raise TiepxucError(t("render.report_issued_units", id=record.id))
        figures = ReportFigures.model_validate(record.figures)
    else:
        as_of = record.date if record and record.date else min(date(year, 12, 31), today)
        figures = report_figures(repo, profile, year, as_of, units, progress, warnings)
    issuer = record.issuer.value if record else profile.issuer
    privacy = ctx.privacy_for(repo, public)
    if public:  # the names the figures keep, hidden even if their records are gone
        privacy.names.extend(c.raised_by.name for c in figures.repeated
                             if c.raised_by.kind == "person")
    values = {
        "unit": unit, "unit_phrase": _unit_phrase(unit), "year": year, "f": figures,
        "report": record, "as_of": figures.as_of, "chart": bool(figures.fields),
        "plan_issuer": next((r.model.issuer.value for r in repo.plans if r.model.year == year),
                            None),
        "resolution": [(t_vi(f"doc.status.{s}"), n) for s, n in figures.resolution.items()],
        "median": _decimal(figures.median_days),
        "repeated": [{"person": privacy.person(c.raised_by), "content": privacy.text(c.content),
                      "count": c.count, "resolved": c.resolved} for c in figures.repeated],
        "forwarded": [{"content": privacy.text(f.content), "to": f.to, "date": f.date,
                       "reply_date": f.reply_date, "reply": privacy.text(f.reply_summary)}
                      for f in figures.forwarded_petitions],
        "units": _unit_rows(figures.units),
    }
    meta = ctx.meta(repo, issuer, ctx.TYPE_CODES["report"], record.number if record else None,
                    record.date if record else None, year, record.signer if record else None,
                    ctx.recipients(unit, issuer, record.recipients if record else [],
                                   report_recipients(unit, issuer)),
                    f"Báo cáo {year}", sign_day=figures.as_of)
    if figures.fields:
        meta.charts["fields"] = _chart(figures.fields, year)
    return _finish(repo, "report", "report", values, meta, f"bao-cao-{year}.docx", privacy,
                   warnings, sealed=report_record)


def _decimal(value: float | None) -> str | None:
    """41 or “40,5”: a figure as Vietnamese documents print it."""
    return f"{value:g}".replace(".", ",") if value is not None else None


def _unit_rows(rollup) -> dict | None:
    """The roll-up tables' lines as the template prints them."""
    if rollup is None:
        return None

    def row(line) -> dict:
        return {**line.model_dump(), "median": _decimal(line.median_days)}

    return {"rows": [row(r) for r in rollup.rows], "total": row(rollup.total),
            "own": rollup.own, "count": rollup.count}


def report_figures(repo: Repository, profile: Profile, year: int, as_of: date,
                   only: list[str] | None = None, progress=None,
                   warnings: list[str] | None = None):
    """The report's figures, with the roll-up of its units at a higher level."""
    from tiepxuc.report import report_figures as figures_of

    figures = figures_of(repo, profile, year, as_of)
    figures.units = _rollup_figures(repo, profile, year, as_of, only, progress,
                                    warnings if warnings is not None else [])
    return figures


def _rollup_figures(repo: Repository, profile: Profile, year: int, as_of: date,
                    only: list[str] | None, progress, warnings: list[str]):
    """A roll-up's units, one row each, and the total: the same summaries as `tiepxuc report`
    (report.annual_summary per unit, scanned and cached by rollup.scan_rollup). None for a
    unit's own repository."""
    from tiepxuc.report import (
        RollupFigures, annual_summary, has_activity, total_summary, unit_figures,
    )

    if not repo.unit.units:
        if only:
            raise TiepxucError(t("rollup.no_such_unit", unit=typed(only[0]), units="—"))
        return None
    from tiepxuc.rollup import scan_rollup
    from tiepxuc.scan import YearFigures

    rollup = scan_rollup(repo.root, YearFigures(year, as_of), only=only, progress=progress)
    warnings.extend(d.message for d in rollup.diagnostics if d.severity == "error")
    broken = sum(len(m.scan.diagnostics) for m in rollup.shown if not m.is_top)
    if broken:
        warnings.append(t("cli.check.invalid_records", count=broken))
    rows, summaries, own = [], [], False
    for member in rollup.shown:
        # the office's own sessions: the same figures as the report's own sections
        summary = annual_summary(repo, profile, year, as_of) if member.is_top \
            else member.scan.summary
        if member.is_top:
            if not has_activity(summary):
                continue
            own = True
        summaries.append(summary)
        rows.append(unit_figures(member.name, summary, own=member.is_top))
    return RollupFigures(rows=rows, total=unit_figures("", total_summary(summaries)), own=own,
                         count=sum(1 for r in rows if not r.own))


def _chart(fields, year: int) -> BarChart:
    """Petitions by field, answered at the session or to be handled: the fields from top to
    bottom in the order of the table above the chart."""
    return BarChart([r.name for r in fields],
                    [(t_vi("doc.chart_answered"), [r.answered for r in fields]),
                     (t_vi("doc.chart_handled"), [r.handled for r in fields])],
                    t_vi("doc.chart_axis"), t_vi("doc.chart_description", year=year))


# ---------------------------------------------------------------- entry point


def render(repo: Repository, profile: Profile, kind: str, target: str, public: bool,
           today: date, *, units: list[str] | None = None, progress=None) -> Rendered:
    """``units`` (and ``progress(done, total)``, files read): the annual report of a roll-up."""
    from tiepxuc.facts import require_id

    if kind not in KINDS:
        raise TiepxucError(t("render.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    if units and kind != "report":
        raise TiepxucError(t("render.unit_only_report"))
    require_id(target)
    if kind == "plan":
        return render_plan(repo, profile, target, public)
    if kind == "invitation":
        return render_invitation(repo, profile, target, public)
    if kind == "minutes":
        return render_minutes(repo, profile, target, public)
    if kind == "conclusion":
        return render_conclusion(repo, profile, target, public)
    return render_report(repo, profile, target, public, today, units=units, progress=progress)


def default_output(repo: Repository, rendered: Rendered) -> Path:
    return repo.root / "out" / rendered.filename
