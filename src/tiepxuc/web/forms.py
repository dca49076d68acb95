"""The lifecycle forms: each checks what was typed as its command does, shows the problems next
to the fields, and on success writes and commits exactly as the command does
(lifecycle.commit_change: same file, same message, same author rules), then shows the record
with the deadlines the change leads to.

A form based on a record carries the version of its file: when the file changed since (edited
by hand, by a colleague, `git pull`), the change is refused and what was typed stays in the
form. One change at a time: the repository's lock, as the commands hold it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from flask import (
    Blueprint, abort, flash, redirect, render_template, request, url_for,
)

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi
from tiepxuc.web.state import current_author, settings
from tiepxuc.web.pages import file_version, find, load_repo, today

bp = Blueprint("forms", __name__)


@bp.before_request
def _not_read_only():
    """In read-only mode no form is shown either: nothing here could be sent."""
    if settings().read_only:
        abort(403, t("web.read_only"))


@dataclass
class Field:
    name: str
    kind: str = "text"  # text, area, date, act_date (an act done: never in the future), select,
    #                     check, number, time
    required: bool = False
    choices: Callable | None = None  # (repo, profile) → [(value, label)]
    default: Callable | None = None  # (repo, profile) → value

    @property
    def label(self) -> str:
        return t(f"web.field.{self.name}")


@dataclass
class Form:
    title: str
    fields: list[Field]
    values: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)  # field → message; "" → the whole form


class Invalid(Exception):
    """What was typed cannot be used: the messages go next to their fields."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(errors)
        self.errors = errors


# ---------------------------------------------------------------- choices


def _enum(name: str):
    def choices(repo, profile):
        from tiepxuc.records import models

        return [(m.value, t(f"enum.{name}.{m.value}")) for m in getattr(models, name)]
    return choices


def _agencies(repo, profile):
    return [(a, a) for a in repo.unit.agencies]


def _fields(repo, profile):
    return [(f.code, f.name) for f in repo.unit.fields]


def _reasons(repo, profile):
    return [(r, t(f"reason.{r}")) for r in profile.value("deferral_reasons")]


def _sessions(repo, profile):
    return [(r.model.id, f"{r.model.date:%d/%m/%Y} — {r.model.id}")
            for r in sorted(repo.sessions, key=lambda r: r.model.date, reverse=True)]


def _plans(repo, profile):
    return [(r.model.id, r.model.id) for r in repo.plans]


def _opinions(repo, profile):
    return [("agree", t("cli.petition.feedback_agree")),
            ("disagree", t("cli.petition.feedback_disagree"))]


def _received(repo, profile):
    return [("at_session", t("web.received.at_session")),
            ("before_session", t("web.received.before_session"))]


def _next_session(repo, profile):
    sessions = sorted(repo.sessions, key=lambda r: r.model.date)
    now = today()
    upcoming = next((r.model.id for r in sessions if r.model.date >= now), None)
    return upcoming or (sessions[-1].model.id if sessions else None)


# ---------------------------------------------------------------- the forms

ANSWER = [
    Field("kind", "select", True, _enum("AnswerKind")),
    Field("by"), Field("content", "area"),
    Field("reason", "select", choices=_reasons), Field("basis", "area"),
    Field("lead", "select", choices=_agencies), Field("coordinating"), Field("task", "area"),
    Field("forward_to"), Field("forward_date", "act_date"), Field("forward_document"),
]
REPLY = [
    Field("date", "act_date"), Field("document"), Field("content", "area"),
    Field("new_deadline", "date"), Field("requirements", "area"), Field("responsible"),
    Field("from_body", "check"),
]
RESOLVE = [Field("result", "area", True), Field("document"), Field("date", "act_date")]
FEEDBACK = [Field("feedback", "select", True, _opinions), Field("feedback_date", "act_date"),
            Field("note", "area")]
PETITION = [
    Field("session", "select", True, _sessions, _next_session),
    Field("name", required=True), Field("organisation", "check"), Field("group"),
    Field("phone"), Field("address"), Field("id_number"), Field("email"),
    Field("field", "select", True, _fields), Field("content", "area", True),
    Field("received", "select", choices=_received), Field("received_date", "date"),
    Field("via"), Field("order", "number"),
]
SESSION = [
    Field("date", "date", True), Field("kind", "select", True, _enum("SessionKind")),
    Field("format", "select", True, _enum("SessionFormat")),
    Field("start", "time", default=lambda repo, profile: "07:30"), Field("end", "time"),
    Field("place"), Field("topic", "area"), Field("plan", "select", choices=_plans),
    Field("secretary"),
]
ISSUE = [Field("number"), Field("date", "act_date")]


def read(fields: list[Field], repo, profile) -> dict:
    """What was typed, checked as the commands check their options: dates as offices write
    them, an act never dated after today (a late act keeps its true date: it is reported as
    late, never refused), a day off confirmed."""
    from tiepxuc.clock import parse_typed_date

    values, errors = {}, {}
    now = today()
    for f in fields:
        raw = request.form.get(f.name, "")
        raw = raw.strip() if isinstance(raw, str) else ""
        if f.kind == "check":
            values[f.name] = raw in ("1", "on", "true")
            continue
        if not raw:
            values[f.name] = None
            if f.required:
                errors[f.name] = t("web.required")
            continue
        if f.kind in ("date", "act_date"):
            try:
                day = parse_typed_date(raw, f.label)
            except TiepxucError as exc:
                errors[f.name] = exc.message
                continue
            if f.kind == "act_date":
                if day > now:
                    errors[f.name] = t("cli.date_future", option=f.label,
                                       date=f"{day:%d/%m/%Y}", today=f"{now:%d/%m/%Y}")
                    continue
                off = repo.calendar(day.year).why_not_working(day)
                if off is not None and request.form.get(f"{f.name}__day_off") != "1":
                    errors[f.name] = t("web.day_off", date=f"{day:%d/%m/%Y}",
                                       weekday=t(f"weekday.{day.weekday()}"), reason=off.name)
                    errors[f"{f.name}__day_off"] = "ask"
                    continue
            values[f.name] = day
        elif f.kind == "number":
            if not raw.isdigit() or not 1 <= int(raw) <= 100000:
                errors[f.name] = t("web.bad_whole", label=f.label)
                continue
            values[f.name] = int(raw)
        elif f.kind == "time":  # as `new-session --start` reads it
            from tiepxuc.records.types import _to_time

            try:
                values[f.name] = _to_time(raw).strftime("%H:%M")
            except ValueError:
                errors[f.name] = t("check.time_format", field=f.label, value=raw)
        elif f.kind == "select" and f.choices is not None:
            allowed = {value for value, _ in f.choices(repo, profile)}
            if raw not in allowed:
                errors[f.name] = t("web.bad_choice", value=raw)
                continue
            values[f.name] = raw
        else:
            if len(raw) > 10000:
                errors[f.name] = t("web.too_long")
                continue
            values[f.name] = raw
    if errors:
        raise Invalid(errors)
    return values


# ---------------------------------------------------------------- making a change


def change(base_path, build: Callable, *, strict: bool = False, verify: bool = True):
    """Under the repository's lock: finish a change a hard kill left half-done, load the
    records, refuse a stale form, build the change (``build(repo, profile, today)``) and write
    and commit it as the command does. Returns (committed, the change, what build returned)."""
    from tiepxuc.audit.changes import recover
    from tiepxuc.lifecycle import commit_change
    from tiepxuc.lock import RepositoryBusy, locked

    conf = settings()
    if not conf.changing.acquire(timeout=10):
        raise TiepxucError(t("web.busy"))
    try:
        with locked(conf.root, "tiepxuc serve", wait=10):
            note = recover(conf.root)
            if note:
                flash(t("cli.warning", message=note), "warn")
            repo, profile = load_repo(request.args.get("don-vi") or None)
            if base_path is not None:
                path = base_path(repo)
                if request.form.get("version", "") != file_version(path):
                    raise TiepxucError(t("web.stale"))
            built = build(repo, profile, today())
            made = built[0] if isinstance(built, tuple) else built
            done = commit_change(made, repo=repo if verify else None, author=current_author(),
                                 strict=strict)
            return done, made, built
    except RepositoryBusy as busy:
        raise TiepxucError(busy.message) from None
    finally:
        conf.changing.release()


def say_done(done, made) -> None:
    from tiepxuc.paths import relative

    for path in made.files:
        flash(t("cli.change.written", path=relative(path, made.root)), "ok")
    if done.commit:
        flash(t("cli.change.committed", commit=done.commit[:7], message=made.message), "ok")
    if done.index_behind:
        flash(t("cli.warning", message=done.index_behind), "warn")
    for line in done.late:
        flash(line, "warn")
    for problem in done.problems:
        if made.files and problem.file in made.files:
            flash(problem.format(), "warn" if problem.severity != "error" else "error")


def handle(form: Form, template_args: dict, base_path, build, target: str, **options):
    """GET shows the form; POST reads it, makes the change and goes to ``target``."""
    from tiepxuc.audit.changes import NothingToChange

    if request.method == "POST":
        try:
            repo, profile = load_repo(request.args.get("don-vi") or None)
            form.values = read(form.fields, repo, profile)
            done, made, _ = change(base_path, lambda r, p, d: build(r, p, d, form.values),
                                   **options)
            say_done(done, made)
            return redirect(target() if callable(target) else target)
        except Invalid as bad:
            form.errors = bad.errors
        except NothingToChange as same:
            flash(same.message, "ok")
            return redirect(target() if callable(target) else target)
        except TiepxucError as exc:
            form.errors = {"": exc.message}
        form.values = {f.name: request.form.get(f.name, "") for f in form.fields}
        status = 409 if form.errors.get("") == t("web.stale") else 422
    else:
        status = 200
    return render_template("form.html", form=form, **template_args), status


def _choices_for(form: Form, repo, profile) -> dict:
    return {f.name: f.choices(repo, profile) for f in form.fields if f.choices is not None}


def _defaults(form: Form, repo, profile) -> None:
    if request.method == "GET":
        form.values = {f.name: f.default(repo, profile) for f in form.fields if f.default}


def _current_answer(petition) -> dict:
    """The answer form filled in with what the record already says: an answer changed through
    the form keeps every part the office did not change (nothing is silently dropped)."""
    answer, assignment, forwarded = petition.answer, petition.assignment, petition.forwarded
    values = {}
    if answer is not None:
        values.update(kind=answer.kind.value, by=answer.by, content=answer.content,
                      reason=answer.reason, basis=answer.basis)
    if assignment is not None:
        values.update(lead=assignment.lead, coordinating=", ".join(assignment.coordinating),
                      task=assignment.task)
    if forwarded is not None:
        values.update(forward_to=forwarded.to, forward_document=forwarded.document,
                      forward_date=forwarded.date.strftime("%d/%m/%Y") if forwarded.date else None)
    return {k: v for k, v in values.items() if v}


def _petition_form(pid: str, title: str, fields: list[Field], build, **options):
    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    record = find(repo, "petition", pid)
    form = Form(t(title, id=pid), fields)
    _defaults(form, repo, profile)
    if fields is ANSWER and request.method == "GET":
        form.values.update(_current_answer(record.model))
    target = url_for("pages.petition", pid=pid, **({"don-vi": unit} if unit else {}))
    args = {"choices": _choices_for(form, repo, profile), "record": record, "back": target,
            "version": file_version(record.path), "p": record.model}
    return handle(form, args, lambda repo: find(repo, "petition", pid).path,
                  lambda repo, profile, day, values: build(
                      repo, profile, day, values, find(repo, "petition", pid)),
                  target, **options)


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in re.split(r"[;,\n]", text or "") if part.strip()]


@bp.route("/kien-nghi/<pid>/tra-loi", methods=["GET", "POST"])
def answer(pid: str):
    def build(repo, profile, day, v, record):
        from tiepxuc.lifecycle import answer_petition
        from tiepxuc.records.models import AnswerKind

        kind = AnswerKind(v["kind"])
        errors = {}
        if kind != AnswerKind.answered:
            if not v["reason"]:
                errors["reason"] = t("web.required")
            if not v["basis"]:
                errors["basis"] = t("web.required")
            if v["reason"] == "outside_competence" and not v["forward_to"]:
                errors["forward_to"] = t("web.required")
        if errors:
            raise Invalid(errors)
        # Agencies as the unit writes them, however they were typed (the command's matching:
        # “công an” names “Công an phường …” when it names one agency only); others are left
        # for the rules to name (REF-UNKNOWN).
        from tiepxuc.repeats import match

        agencies = {name: [name] for name in repo.unit.agencies}
        helping = [match(name, agencies) or name for name in _split(v["coordinating"])]
        lead = v["lead"] if kind != AnswerKind.answered or v["lead"] else None
        if v["forward_to"] is None and v["reason"] == "outside_competence":
            lead = None
        forwarded = record.model.forwarded
        if forwarded is not None and (forwarded.to, forwarded.date, forwarded.document) == (
                v["forward_to"], v["forward_date"], v["forward_document"]):
            v = {**v, "forward_to": None}  # unchanged: its recorded reply stays as it is
        return answer_petition(
            repo, record, kind=kind, by=v["by"], content=v["content"],
            reason=v["reason"] if kind != AnswerKind.answered else None,
            basis=v["basis"] if kind != AnswerKind.answered else None,
            lead=lead, coordinating=helping, task=v["task"], forward_to=v["forward_to"],
            forward_date=v["forward_date"] or (day if v["forward_to"] else None),
            forward_document=v["forward_document"], competence=None)

    return _petition_form(pid, "web.form.answer", ANSWER, build)


@bp.route("/kien-nghi/<pid>/van-ban-tra-loi", methods=["GET", "POST"])
def reply(pid: str):
    def build(repo, profile, day, v, record):
        from tiepxuc.lifecycle import reply_petition

        if v["new_deadline"] and not v["from_body"]:
            errors = {k: t("web.required") for k in ("requirements", "responsible") if not v[k]}
            if errors:  # more time: the reply states requirements and responsibility too
                raise Invalid(errors)
        return reply_petition(repo, record, day=v["date"] or day, document=v["document"],
                              content=v["content"],
                              new_deadline=None if v["from_body"] else v["new_deadline"],
                              responsible=v["responsible"], from_body=v["from_body"],
                              requirements=v["requirements"])

    return _petition_form(pid, "web.form.reply", REPLY, build)


@bp.route("/kien-nghi/<pid>/giai-quyet", methods=["GET", "POST"])
def resolve(pid: str):
    def build(repo, profile, day, v, record):
        from tiepxuc.lifecycle import resolve_petition

        when = v["date"] or day
        return resolve_petition(repo, record, day=when, document=v["document"],
                                result=v["result"], agrees=None, feedback_date=when, note=None)

    return _petition_form(pid, "web.form.resolve", RESOLVE, build)


@bp.route("/kien-nghi/<pid>/y-kien-cong-dan", methods=["GET", "POST"])
def feedback(pid: str):
    def build(repo, profile, day, v, record):
        from tiepxuc.audit.changes import NothingToChange
        from tiepxuc.lifecycle import resolve_petition

        agrees = v["feedback"] == "agree"
        heard = v["feedback_date"] or day
        if any(f.agrees == agrees and f.date == heard and (f.note or None) == v["note"]
               for f in record.model.feedback):  # the same opinion, the same day: recorded
            raise NothingToChange(t("change.nothing"))
        return resolve_petition(repo, record, day=heard, document=None, result=None,
                                agrees=agrees, feedback_date=heard, note=v["note"])

    return _petition_form(pid, "web.form.feedback", FEEDBACK, build)


@bp.route("/kien-nghi/moi", methods=["GET", "POST"])
def add_petition():
    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    form = Form(t("web.form.petition"), PETITION)
    _defaults(form, repo, profile)
    created: dict = {}

    def build(repo, profile, day, v):
        from tiepxuc.facts import next_speaking_order
        from tiepxuc.lifecycle import NewPetition, add_petition as draft
        from tiepxuc.records.models import RaiserKind, Received

        received = Received(v["received"]) if v["received"] else None
        new = NewPetition(
            session=v["session"], name=v["name"], field=v["field"], content=v["content"],
            kind=RaiserKind.organisation if v["organisation"] else RaiserKind.person,
            residential_group=v["group"], phone=v["phone"],
            id_number=v["id_number"], address=v["address"], email=v["email"],
            received=received, received_via=v["via"],
            speaking_order=v["order"] or next_speaking_order(repo, v["session"]),
            received_date=v["received_date"])
        made, pid, earlier = draft(repo, new, day)  # (private contacts in made.private)
        created.update(id=pid, earlier=[r.id for r in earlier])
        return made

    def target():
        flash(t("cli.petition.added", id=created["id"]), "ok")
        for other in created["earlier"]:  # the same concern raised before
            flash(t("cli.petition.repeat", id=other), "warn")
        return url_for("pages.petition", pid=created["id"], **({"don-vi": unit} if unit else {}))

    return handle(form, {"choices": _choices_for(form, repo, profile),
                         "back": url_for("pages.petitions")}, None, build, target)


@bp.route("/hoi-nghi/moi", methods=["GET", "POST"])
def new_session():
    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    form = Form(t("web.form.session"), SESSION)
    _defaults(form, repo, profile)
    created: dict = {}

    def build(repo, profile, day, v):
        from tiepxuc import scaffold
        from tiepxuc.lifecycle import new_session as draft
        from tiepxuc.records.models import SessionFormat, SessionKind

        place = v["place"] or t_vi("doc.default_place", unit=scaffold.unit_phrase(repo.unit.name))
        session_draft = scaffold.SessionDraft(
            date=v["date"], kind=SessionKind(v["kind"]), format=SessionFormat(v["format"]),
            start=v["start"] or "07:30", end=v["end"], place=place, topic=v["topic"],
            plan=v["plan"], secretary=v["secretary"])
        made, path, vacant = draft(repo, session_draft, scaffold.profile_for(repo.unit))
        created.update(id=path.stem, vacant=vacant)
        return made

    # A new session is recorded even with a post nobody holds (the office completes the
    # chairs by hand), as `tiepxuc new-session` does: its problems show on its page.
    def target():
        for position in created["vacant"]:
            flash(t("cli.new_session.vacant", position=t(f"enum.Position.{position.value}"),
                    date=form.values["date"].strftime("%d/%m/%Y")), "warn")
        return url_for("pages.session_page", sid=created["id"],
                       **({"don-vi": unit} if unit else {}))

    return handle(form, {"choices": _choices_for(form, repo, profile),
                         "back": url_for("pages.sessions")}, None, build, target, verify=False)


@bp.post("/hoi-nghi/<sid>/ket-luan")
def conclude(sid: str):
    """Draft the session's conclusion notice (`tiepxuc conclude`)."""
    unit = request.args.get("don-vi") or None
    target = url_for("pages.session_page", sid=sid, **({"don-vi": unit} if unit else {}))
    return _button(lambda repo: find(repo, "session", sid).path,
                   lambda repo, profile, day: _conclude(repo, profile, sid, day), target)


def _conclude(repo, profile, sid, day):
    from tiepxuc.lifecycle import conclude as draft

    made, notice_id, due = draft(repo, profile, sid, day)
    flash(t("cli.conclude.done", id=notice_id, due=due.strftime("%d/%m/%Y")), "ok")
    return made


def _button(base_path, build, target, **options):
    from tiepxuc.audit.changes import NothingToChange

    try:
        done, made, _ = change(base_path, build, **options)
        say_done(done, made)
    except NothingToChange as same:
        flash(same.message, "ok")
    except TiepxucError as exc:
        flash(exc.message, "error")
    return redirect(target)


@bp.route("/ban-hanh/<kind>/<target>", methods=["GET", "POST"])
def issue(kind: str, target: str):
    """Number, date and seal a document (`tiepxuc issue`): the minutes of a session, a
    conclusion notice, a plan or an annual report."""
    if kind not in ("session", "conclusion", "plan", "report"):
        abort(404, t("web.not_found"))
    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    record = find(repo, kind, target)
    form = Form(t("web.form.issue", id=target), ISSUE)
    session_id = record.model.session if kind == "conclusion" else target
    back = url_for("pages.session_page", sid=session_id, **({"don-vi": unit} if unit else {})) \
        if kind in ("session", "conclusion") else url_for("pages.dashboard")

    def build(repo, profile, day, v):
        from tiepxuc.lifecycle import issue as seal

        made, _, given, when = seal(repo, profile, target, v["number"], v["date"], day)
        flash(t("cli.issue.done", what=t("cli.issue.minutes") if kind == "session"
                else t(f"kind.{kind}"), id=target, number=given,
                date=when.strftime("%d/%m/%Y")), "ok")
        return made

    return handle(form, {"choices": {}, "record": record, "back": back,
                         "version": file_version(record.path)},
                  lambda repo: find(repo, kind, target).path, build, back, strict=True)
