"""What the web app shows: each page reads the records afresh (through the record store, so a
file edited by hand shows at once) and asks the same queries as the commands."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t
from tiepxuc.paths import relative
from tiepxuc.web.state import settings

bp = Blueprint("pages", __name__)

# An ID as records write them (letters, digits, dots, dashes, underscores): anything else —
# a path, a dot-dot, a slash — is refused before any record is looked at.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")
SHOWN = 100  # rows listed per group or page (a province has 100,000: filter to narrow)


# ---------------------------------------------------------------- shared


def checked_id(value: str) -> str:
    if not _ID.fullmatch(value or "") or ".." in value:
        abort(400, t("web.bad_id"))
    return value


def today() -> date:
    from tiepxuc.clock import today_in_vietnam

    return today_in_vietnam()


def as_of() -> date:
    """The day asked about (``?ngay=dd/mm/yyyy``), today by default."""
    from tiepxuc.clock import parse_typed_date

    raw = request.args.get("ngay", "").strip()
    if not raw:
        return today()
    try:
        return parse_typed_date(raw, t("web.field.as_of"))
    except TiepxucError as exc:
        abort(400, exc.message)


def number_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        abort(400, t("web.bad_number", name=name, low=low, high=high))
    return int(raw)


def member_root(unit: str | None) -> Path:
    """The repository of ``unit`` (a unit listed in tiepxuc.yaml), or the served one."""
    root = settings().root
    if not unit or unit == ".":
        return root
    from tiepxuc.scan import listed_units

    for link in listed_units(root):
        if link.path.strip("/") == unit.strip("/"):
            target = (root / link.path).resolve()
            if target.is_relative_to(root) and (target / "tiepxuc.yaml").is_file():
                return target
    abort(404, t("web.unit_unknown", unit=unit))


def load_repo(unit: str | None = None):
    """The repository (or one of its units), its rule profile."""
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(member_root(unit))
    if repo.unit is None:
        abort(409, t("scaffold.unit_invalid", file="tiepxuc.yaml"))
    return repo, active_profile(repo)[0]


def find(repo, kind: str, target: str):
    from tiepxuc.facts import find_record

    checked_id(target)
    try:
        record = find_record(repo, kind, target)
    except TiepxucError as exc:
        abort(404, exc.message)
    if record.model.id != target:  # a page is named by the full ID only
        abort(404, t("web.not_found"))
    return record


def kind_of(file: str) -> str | None:
    from tiepxuc.layout import RECORD_FOLDERS

    return RECORD_FOLDERS.get(file.split("/", 1)[0])


def units_listed():
    from tiepxuc.scan import listed_units

    try:
        return listed_units(settings().root)
    except TiepxucError:
        return []


# ---------------------------------------------------------------- dashboard


STATUSES = ("overdue", "due_soon", "within", "done_late", "done_on_time")


@bp.get("/")
def dashboard():
    import heapq

    from tiepxuc.repeats import fold
    from tiepxuc.repo import without_cycle_collection
    from tiepxuc.rollup import by_urgency, scan_rollups
    from tiepxuc.scan import Deadlines, Findings, worded

    day = as_of()
    within = number_arg("trong", 5, 0, 365)
    agency = request.args.get("co-quan", "").strip()
    unit = request.args.get("don-vi", "").strip()
    status = request.args.get("trang-thai", "").strip()
    year = number_arg("nam", 0, 0, 2100)
    if status and status not in STATUSES:
        abort(400, t("web.bad_choice", value=status))
    root = settings().root
    try:  # one reading of the units for both (their kept bases answer any day)
        with without_cycle_collection():
            rollup, found = scan_rollups(root, (Deadlines(day, within, worded=False),
                                                Findings(day)))
    except TiepxucError as exc:
        abort(409, exc.message)
    pairs = [(m, r) for m in rollup.shown for r in m.scan.rows]
    agencies = sorted({r.agency for _, r in pairs if r.agency})
    years = sorted({r.due.year for _, r in pairs}, reverse=True)
    if agency:  # accents optional; each agency's name folded once
        wanted = fold(agency)
        named = {a for a in agencies if wanted in fold(a)}
        pairs = [(m, r) for m, r in pairs if r.agency in named]
    if unit:
        pairs = [(m, r) for m, r in pairs if m.key == unit]
    if year:
        pairs = [(m, r) for m, r in pairs if r.due.year == year]
    counts = Counter(r.status for _, r in pairs)
    if status:
        pairs = [(m, r) for m, r in pairs if r.status == status]
    groups = []
    for name in STATUSES:  # the most urgent of each status, with their words
        rows = [pair for pair in pairs if pair[1].status == name]
        if rows:
            shown = heapq.nsmallest(SHOWN, rows, key=by_urgency)
            groups.append((name, counts[name],
                           list(zip((m for m, _ in shown), worded([r for _, r in shown])))))
    minimums = [(m, r) for m, r in pairs if r.obligation in ("yearly_minimum", "yearly_thematic")
                and r.due.year == (year or day.year)]
    minimums = list(zip((m for m, _ in minimums), worded([r for _, r in minimums])))
    problems = found.all_diagnostics()
    return render_template(
        "dashboard.html", day=day, within=within, groups=groups, counts=counts,
        total=sum(counts.values()), agencies=agencies, years=years, minimums=minimums,
        problems=problems[:SHOWN], problem_count=len(problems), rollup=rollup, root=root,
        filters={"co-quan": agency, "don-vi": unit, "trang-thai": status, "nam": year or "",
                 "trong": within, "ngay": request.args.get("ngay", "")},
        kind_of=kind_of, relative=relative)


# ---------------------------------------------------------------- petitions


@bp.get("/kien-nghi")
def petitions():
    from tiepxuc.facts import petition_state
    from tiepxuc.repeats import fold, unresolved_groups

    unit = request.args.get("don-vi") or None
    repo, _ = load_repo(unit)
    query = request.args.get("q", "").strip()
    year = number_arg("nam", 0, 0, 2100)
    session_id = request.args.get("hoi-nghi", "").strip()
    field = request.args.get("linh-vuc", "").strip()
    state = request.args.get("tinh-trang", "").strip()
    agency = request.args.get("co-quan", "").strip()
    repeated = request.args.get("lap-lai") == "1"
    page = number_arg("trang", 1, 1, 100000)
    sessions = {r.model.id: r.model for r in repo.sessions}
    fields = {f.code: f.name for f in repo.unit.fields}
    again = {r.id for group in unresolved_groups(repo.petitions) for r in group} \
        if repeated else set()
    words = fold(query).split()
    rows = []
    for record in repo.petitions:
        p = record.model
        held = sessions.get(p.session)
        if year and (held is None or held.date.year != year):
            continue
        if session_id and p.session != session_id:
            continue
        if field and p.field != field:
            continue
        lead = p.assignment.lead if p.assignment else (p.forwarded.to if p.forwarded else None)
        if agency and (lead is None or fold(agency) not in fold(lead)):
            continue
        if repeated and record.id not in again:
            continue
        now = petition_state(p)
        if state and now != state:
            continue
        if words:
            text = fold(" ".join(filter(None, (p.id, p.content, fields.get(p.field, p.field),
                                               lead, p.raised_by.residential_group))))
            if not all(w in text for w in words):
                continue
        rows.append((record, now, held, lead))
    rows.sort(key=lambda x: (x[2].date if x[2] else date.min, x[0].id), reverse=True)
    pages = max((len(rows) + SHOWN - 1) // SHOWN, 1)
    shown = rows[(page - 1) * SHOWN:page * SHOWN]
    states = sorted({"waiting", "answered", "in_progress", "replied", "resolved", "reopened",
                     "declined", "to_forward", "forwarded", "reply_received"})
    return render_template(
        "petitions.html", rows=shown, count=len(rows), page=page, pages=pages,
        sessions=sorted(sessions.values(), key=lambda s: s.date, reverse=True), fields=fields,
        states=states, agencies=repo.unit.agencies, unit=unit, units=units_listed(),
        years=sorted({s.date.year for s in sessions.values()}, reverse=True),
        filters={"q": query, "nam": year or "", "hoi-nghi": session_id, "linh-vuc": field,
                 "tinh-trang": state, "co-quan": agency, "lap-lai": "1" if repeated else ""})


def record_deadlines(repo, profile, record, day: date):
    """The obligations ``record`` carries, each with how its due date was counted, day by day
    (for a petition still waiting for its session's notice: that notice's deadline)."""
    from tiepxuc.deadlines import Kind, obligations
    from tiepxuc.scan import days_text

    every = obligations(repo, profile, day)
    items = [o for o in every if o.record.path == record.path]
    waiting = False
    if not items and record.kind == "petition" and record.model.assignment is not None:
        items = [o for o in every if o.kind == Kind.CONCLUSION and o.id == record.model.session]
        waiting = bool(items)
    cal = repo.calendar(day.year)
    out = []
    for item in items:
        status = item.status(cal, day, 5)
        steps = []
        if item.start is not None and item.count and item.unit == "working_days" \
                and abs(item.count) <= 90:
            steps = cal.steps(item.start, item.count)
        days = item.days(cal, day)
        out.append({"item": item, "status": str(status), "days": days, "steps": steps,
                    "days_text": days_text(item.unit, str(status), days, item.done)})
    return out, waiting


@bp.get("/kien-nghi/<pid>")
def petition(pid: str):
    from tiepxuc.facts import petition_state

    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    record = find(repo, "petition", pid)
    day = today()
    items, waiting = record_deadlines(repo, profile, record, day)
    held = next((s for s in repo.sessions if s.model.id == record.model.session), None)
    fields = {f.code: f.name for f in repo.unit.fields}
    return render_template(
        "petition.html", record=record, p=record.model, state=petition_state(record.model),
        items=items, waiting=waiting, session=held, field=fields.get(record.model.field),
        history=_history(repo.root, record), unit=unit, file=relative(record.path, repo.root),
        version=file_version(record.path), day=day)


def _history(root: Path, record):
    from tiepxuc.audit.history import describe, record_history

    try:
        found = record_history(root, record.id)
    except Exception:  # not a git repository, or git missing: the page still shows
        return None
    if found is None:
        return []
    out = []
    for step in reversed(found.steps):
        changes = []
        for loc, before, after in step.changes[:12]:
            changes.append((".".join(map(str, loc)), describe(found.kind, loc, before),
                            describe(found.kind, loc, after)))
        out.append({"version": step.version, "created": step.created, "changes": changes,
                    "more": max(len(step.changes) - 12, 0)})
    return out


def file_version(path: Path) -> str:
    """What the file says now, as a fingerprint: a form based on it carries it, and a change is
    refused when the file has changed since (edited by hand, by a colleague, `git pull`)."""
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    except OSError:
        return ""


# ---------------------------------------------------------------- sessions


@bp.get("/hoi-nghi")
def sessions():
    from tiepxuc.facts import petition_state

    unit = request.args.get("don-vi") or None
    repo, _ = load_repo(unit)
    year = number_arg("nam", 0, 0, 2100)
    count = Counter(r.model.session for r in repo.petitions)
    open_ = Counter(r.model.session for r in repo.petitions
                    if petition_state(r.model) not in ("resolved", "declined", "answered"))
    rows = sorted((r for r in repo.sessions if not year or r.model.date.year == year),
                  key=lambda r: r.model.date, reverse=True)
    notices = {r.model.session: r.model for r in repo.conclusions}
    return render_template(
        "sessions.html", rows=rows, count=count, open=open_, notices=notices, unit=unit,
        units=units_listed(), year=year,
        years=sorted({r.model.date.year for r in repo.sessions}, reverse=True))


@bp.get("/hoi-nghi/<sid>")
def session_page(sid: str):
    from tiepxuc.facts import petition_state

    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    record = find(repo, "session", sid)
    day = today()
    petitions = sorted((r for r in repo.petitions if r.model.session == sid),
                       key=lambda r: (r.model.speaking_order or 10 ** 6, r.id))
    notice = next((r for r in repo.conclusions if r.model.session == sid), None)
    items, _ = record_deadlines(repo, profile, record, day)
    documents = [("invitation", sid), ("minutes", sid)]
    if notice is not None:
        documents.append(("conclusion", notice.model.id))
    from tiepxuc.render.pdf import find_office

    return render_template(
        "session.html", record=record, s=record.model, petitions=petitions,
        state=petition_state, notice=notice, items=items, documents=documents, unit=unit,
        pdf=find_office() is not None, file=relative(record.path, repo.root),
        version=file_version(record.path), day=day)


@bp.get("/van-ban/<kind>/<target>.<ext>")
def document(kind: str, target: str, ext: str):
    """A document as `tiepxuc render` makes it: internal, or ``?cong-khai=1`` the public
    version (citizens' names as initials, no contacts)."""
    from tiepxuc.render import KINDS, render

    if kind not in KINDS or ext not in ("docx", "pdf"):
        abort(404, t("web.not_found"))
    checked_id(target)
    public = request.args.get("cong-khai") == "1"
    unit = request.args.get("don-vi") or None
    repo, profile = load_repo(unit)
    try:
        rendered = render(repo, profile, kind, target, public, today())
    except TiepxucError as exc:
        abort(404, exc.message)
    name = rendered.filename if not public else rendered.filename.replace(".docx", "-cong-khai.docx")
    if ext == "docx":
        import io

        return send_file(io.BytesIO(rendered.data), download_name=name, as_attachment=True,
                         mimetype="application/vnd.openxmlformats-officedocument"
                                  ".wordprocessingml.document")
    return _pdf(rendered.data, name)


def _pdf(data: bytes, name: str):
    import io
    import tempfile

    from tiepxuc.render.pdf import find_office, to_pdf

    if find_office() is None:
        abort(404, t("web.no_office"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            pdf = to_pdf(path).read_bytes()
        except TiepxucError as exc:
            abort(409, exc.message)
    return send_file(io.BytesIO(pdf), download_name=Path(name).with_suffix(".pdf").name,
                     as_attachment=True, mimetype="application/pdf")


# ---------------------------------------------------------------- report


@bp.get("/bao-cao")
def report():
    from tiepxuc.report import total_summary
    from tiepxuc.repo import without_cycle_collection
    from tiepxuc.rollup import scan_rollup
    from tiepxuc.scan import PlanStatus, YearFigures

    day = as_of()
    year = number_arg("nam", day.year, 2000, 2100)
    root = settings().root
    when = min(day, date(year, 12, 31))
    try:
        with without_cycle_collection():
            figures = scan_rollup(root, YearFigures(year, when))
            plan = scan_rollup(root, PlanStatus(year, when))
    except TiepxucError as exc:
        abort(409, exc.message)
    members = [(m, m.scan.summary) for m in figures.shown if m.scan.summary]
    total = total_summary([s for _, s in members]) if figures.is_rollup else (
        members[0][1] if members else None)
    plans = [(m, m.scan.summary) for m in plan.shown if m.scan.summary]
    top = max((max((f["total"] for f in s["fields"]), default=0) for _, s in members), default=0)
    return render_template(
        "report.html", year=year, day=when, total=total, members=members, plans=plans,
        rollup=figures.is_rollup, widest=max(top, 1),
        fields=total["fields"] if total else [])
