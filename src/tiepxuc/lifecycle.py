"""What happens to a petition, and to the documents around it, as changes to the records.

Each function takes the loaded repository and what the user gave, checks it, and returns a
``Change`` (the new text of each file, and the commit message) without writing anything:
``audit.changes.apply`` writes and commits it. Existing files are edited in place
(records/edit.py), so a person's comments and layout survive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tiepxuc.audit.changes import Change
from tiepxuc.audit.seal import fingerprint
from tiepxuc.diagnostics import Diagnostic
from tiepxuc.errors import TiepxucError
from tiepxuc.fileio import read_text
from tiepxuc.messages import t, t_vi, typed
from tiepxuc.privacy import contact_fields, keeps_contacts_private
from tiepxuc.records import edit, ids, yamlio
from tiepxuc.records.check import check_record
from tiepxuc.records.models import (
    RECORD_MODELS, AnswerKind, Competence, Received, RaiserKind, Session,
)
from tiepxuc.repeats import earlier_concerns, fold
from tiepxuc.repo import Record, Repository, relative
from tiepxuc.rules.profiles import Profile
from tiepxuc.facts import (
    excerpt, find_record, numbered_documents, organising_office, sentence_case, unit_phrase,
)
from tiepxuc.scaffold import schema_ref
from tiepxuc.templating import environment


def checked(kind: str, path: Path, text: str) -> None:
    """Refuse a change whose result would not be a valid record (nothing is written)."""
    try:
        doc = yamlio.parse(text)
    except yamlio.YamlProblem as problem:
        raise TiepxucError(t("lifecycle.invalid", path=path.name, problems=t(problem.key, **problem.values))) from None
    errors = [d.message for d in check_record(RECORD_MODELS[kind], doc, path).diagnostics
              if d.severity == "error"]
    if errors:
        raise TiepxucError(t("lifecycle.invalid", path=path.name, problems="; ".join(errors)))


def _how_many(count: int) -> str:
    """“kiến nghị sau” for one, “03 kiến nghị sau” for several (no “các” before a single one)."""
    return t_vi("doc.petitions_one") if count == 1 else t_vi("doc.petitions_many", count=count)


def after_change(repo: Repository, change: Change) -> Repository:
    """The repository as it will be once ``change`` is written, without reading it again."""
    from dataclasses import replace

    from tiepxuc.layout import RECORD_FOLDERS

    changed = set(change.files)
    records = [r for r in repo.records if r.path not in changed]
    for path, text in change.files.items():
        kind = RECORD_FOLDERS.get(path.relative_to(repo.root).parts[0])
        if kind is None or text is None:
            continue
        doc = yamlio.parse(text)
        records.append(Record(kind, path, doc, check_record(RECORD_MODELS[kind], doc, path).model))
    records.sort(key=lambda r: r.path)
    return replace(repo, records=records, diagnostics=[], _calendar=None)


def verify(repo: Repository, change: Change, today: date, *,
           strict: bool = False) -> tuple[Repository, list[Diagnostic]]:
    """Refuse a change that would bring new errors into the records: the rules run over the
    repository as it would be after the change, before anything is written, and only what the
    change itself makes wrong stops it. Breaches (an act done late) are facts to record, never a
    reason to refuse; errors already there are named as such, not blamed on the change.
    ``strict``: a document about to be sealed may carry no error at all in its own file.
    Returns the repository as it will be and the rules' findings on it."""
    from tiepxuc.rules import engine

    changed = {path for path, text in change.files.items() if text is not None}
    after = after_change(repo, change)
    problems = engine.run(after, today)

    def errors(found: list[Diagnostic]) -> dict[tuple, Diagnostic]:
        return {(d.file, d.rule, d.message): d for d in found if d.severity == "error"}

    before = errors(repo.diagnostics + engine.run(repo, today))
    # In a file the change does not touch, a problem stays where it was: the same rule at the
    # same place is the same problem, even if its message now suggests another record.
    places = {(d.file, d.rule, d.line, d.column) for d in before.values()}
    now = errors(after.diagnostics + problems)
    new = [d for key, d in now.items() if key not in before and (
        d.file in changed or (d.file, d.rule, d.line, d.column) not in places)]
    kept = [d for key, d in now.items() if key in before and d.file in changed]
    if strict:
        new += kept
        kept = []
    if new:
        message = t("lifecycle.rules_broken", problems="\n".join(d.format() for d in new))
        if kept:
            message += "\n" + t("lifecycle.already_there",
                                 problems="\n".join(d.format() for d in kept))
        raise TiepxucError(message)
    return after, problems


def acts_recorded_late(before: Repository, after: Repository, profile: Profile,
                       today: date) -> list[str]:
    """What the change recorded as done after its deadline, said plainly: “Ban hành thông báo
    kết luận …: hoàn thành quá hạn 28 ngày làm việc so với hạn 23/10/2026”."""
    from tiepxuc.deadlines import Status, obligations

    was = {o.key: o.done for o in obligations(before, profile, today)}
    cal = after.calendar(today.year)
    out = []
    for item in obligations(after, profile, today):
        if item.done is None or was.get(item.key) == item.done:
            continue
        if item.status(cal, today, 0) == Status.DONE_LATE:
            late = t(f"value.{item.unit}", days=-item.days(cal, today))
            out.append(t("lifecycle.recorded_late", what=item.title(), late=late,
                         due=item.due.strftime("%d/%m/%Y"), date=item.done.strftime("%d/%m/%Y")))
    return out


# ---------------------------------------------------------------- new session


def new_session(repo: Repository, draft, profile: Profile) -> tuple[Change, Path, list]:
    """The new session's file (scaffold.SessionDraft filled in from the unit's officials):
    the change, its path, and the posts nobody holds on its day (to complete by hand)."""
    from tiepxuc.scaffold import draft_session

    path, text, vacant = draft_session(repo, draft, profile)
    if path.exists():
        raise TiepxucError(t("scaffold.exists", path=str(path)))
    summary = t_vi("doc.commit_new_session", kind=t_vi(f"enum.SessionKind.{draft.kind.value}"),
                   date=draft.date.strftime("%d/%m/%Y"))
    return Change(repo.root, "new-session", path.stem, summary, {path: text}), path, vacant


# ---------------------------------------------------------------- petition add


@dataclass
class NewPetition:
    session: str
    name: str
    field: str
    content: str
    kind: RaiserKind = RaiserKind.person
    organisation: str | None = None
    residential_group: str | None = None
    address: str | None = None
    phone: str | None = None
    id_number: str | None = None
    email: str | None = None
    received: Received | None = None
    received_date: date | None = None
    received_via: str | None = None
    speaking_order: int | None = None


def add_petition(repo: Repository, new: NewPetition, today: date,
                 private: dict[Path, str] | None = None) -> tuple[Change, str, list[Record]]:
    """The new petition's change. With ``privacy.contacts: private`` its contact details are in
    ``Change.private`` (written with it, never committed); ``private``: the private files a
    change under way writes already (an import's earlier rows)."""
    session = find_record(repo, "session", new.session).model
    unit = repo.unit
    if unit is not None and unit.fields and new.field not in {f.code for f in unit.fields}:
        raise TiepxucError(t("lifecycle.unknown_field", field=new.field,
                             fields=", ".join(f.code for f in unit.fields)))
    received = new.received or (Received.at_session if session.date <= today
                                else Received.before_session)
    # The ID (and file name, and commit message) is made from the first words of the content:
    # never from a name, phone or ID number the citizen said.
    from tiepxuc.privacy import redact

    words = redact(new.content, [new.name]).replace(t_vi("doc.hidden"), " ").split()
    pid = ids.new_id("kn", session.date.isoformat(), " ".join(words[:6]))
    path = repo.root / "petitions" / str(session.date.year) / f"{pid}.yaml"
    place = new.residential_group or (new.name if new.kind == RaiserKind.organisation else None)
    held = {r.model.id: r.model.date for r in repo.sessions}
    earlier = earlier_concerns(repo.petitions, new.field, place, new.content, held, session.date)
    # Contact details go to the record, or with `privacy.contacts: private` to the private
    # file only (private_contacts), never to the shared repository.
    contact = {} if keeps_contacts_private(unit) else contact_details(new)
    kept_apart = private_contacts(repo, new, pid)  # checked now: nothing written when wrong
    raised_by = {"kind": new.kind.value, "name": new.name, "organisation": new.organisation,
                 "residential_group": new.residential_group,
                 **{name: contact.get(name) for name in contact_fields()}}
    text = environment(repo.root).get_template("records/petition.yaml.j2").render(
        schema=schema_ref(path, repo.root, "petition"), id=pid, session=session.id,
        received=received.value, received_date=new.received_date, received_via=new.received_via,
        speaking_order=new.speaking_order, field=new.field, content=new.content,
        raised_by=raised_by, repeats=[r.id for r in earlier],
    )
    text = _with_contacts(text, contact)
    checked("petition", path, text)
    # The commit message is shared history: never a citizen's name, phone or ID number.
    from tiepxuc.privacy import hide_for

    hidden = hide_for(repo, [new.name], list(contact_details(new).values()))
    summary = t_vi("doc.commit_add", text=excerpt(hidden.text(new.content)))
    change = Change(repo.root, "add", pid, summary, {path: text})
    if kept_apart:
        from tiepxuc.privacy import contacts_files

        change.private.update(contacts_files(repo.root, pid, kept_apart, private))
    return change, pid, earlier


def contact_details(new: NewPetition) -> dict[str, str]:
    """The contact details given for a new petition: the petitioner's fields that the record
    model marks as contact data (privacy.contact_fields)."""
    return {name: getattr(new, name) for name in contact_fields() if getattr(new, name, None)}


def private_contacts(repo: Repository, new: NewPetition, pid: str) -> dict[str, str]:
    """With ``privacy.contacts: private``: the contact details to write to the private file
    for ``pid``, checked like the record's fields ({} otherwise, or when none was given)."""
    from tiepxuc.privacy import CONTACTS_FILE, check_contact

    if not keeps_contacts_private(repo.unit):
        return {}
    given = contact_details(new)
    return check_contact(given, f"{CONTACTS_FILE.as_posix()}: {pid}") if given else {}


def _with_contacts(text: str, contact: dict[str, str]) -> str:
    """Contact details the record template did not write (a template that predates a field,
    such as email) are added to raised_by."""
    data = yamlio.parse(text).data
    raised_by = data.get("raised_by") if isinstance(data, dict) else None
    if not isinstance(raised_by, dict):
        return text
    missing = {k: v for k, v in contact.items() if k not in raised_by}
    if not missing:
        return text
    return edit.set_value(text, "raised_by", {**raised_by, **missing}, _order("petition"))


# ---------------------------------------------------------------- petition answer / reply / resolve


def _order(kind: str) -> list[str]:
    return list(RECORD_MODELS[kind].model_fields)


def _edit(record: Record, steps: list[tuple[str, str, object]], text: str | None = None) -> str:
    """The record's text (``text``, or its file's) with ``steps`` applied, checked."""
    text = read_text(record.path) if text is None else text
    order = _order(record.kind)
    for how, key, value in steps:
        text = (edit.set_value(text, key, value, order) if how == "set"
                else edit.append_item(text, key, value, order))
    checked(record.kind, record.path, text)
    return text


def _clean(values: dict) -> dict:
    return {k: v for k, v in values.items() if v not in (None, "", [])}


def answer_petition(repo: Repository, record: Record, *, kind: AnswerKind, by: str | None,
                    content: str | None, reason: str | None, basis: str | None,
                    lead: str | None, coordinating: list[str], task: str | None,
                    forward_to: str | None, forward_date: date | None,
                    forward_document: str | None, competence: Competence | None,
                    text: str | None = None) -> Change:
    """``text``: the record's text not yet written (an import), instead of its file's."""
    petition = record.model
    steps: list[tuple[str, str, object]] = [("set", "answer", _clean({
        "kind": kind.value, "by": by, "content": content,
        "reason": reason if kind != AnswerKind.answered else None,
        "basis": basis if kind != AnswerKind.answered else None,
    }))]
    if forward_to and competence is None and petition.competence == Competence.own_level:
        competence = Competence.level_above
    if competence is not None and competence != petition.competence:
        steps.append(("set", "competence", competence.value))
    if lead:
        steps.append(("set", "assignment", _clean({"lead": lead, "coordinating": coordinating,
                                                   "task": task})))
    if forward_to:
        steps.append(("set", "forwarded", _clean({"to": forward_to, "date": forward_date,
                                                  "document": forward_document})))
    text = _edit(record, steps, text)
    summary = t_vi(f"doc.commit_answer_{kind.value}") + (
        " " + t_vi("doc.commit_forwarded", to=forward_to) if forward_to else "")
    return Change(repo.root, "answer", petition.id, summary, {record.path: text})


def reply_petition(repo: Repository, record: Record, *, day: date, document: str | None,
                   content: str | None, new_deadline: date | None, responsible: str | None,
                   from_body: bool = False, summary_text: str | None = None,
                   requirements: str | None = None) -> Change:
    petition = record.model
    if from_body:  # the answer of the body a forwarded petition was sent to
        if petition.forwarded is None:
            raise TiepxucError(t("lifecycle.not_forwarded", id=petition.id))
        forwarded = petition.forwarded.model_dump(mode="json", exclude_none=True)
        forwarded["reply"] = _clean({"date": day, "document": document,
                                     "summary": summary_text or content})
        text = _edit(record, [("set", "forwarded", forwarded)])
        summary = t_vi("doc.commit_body_reply", to=petition.forwarded.to or "")
    else:
        text = _edit(record, [("append", "replies", _clean({
            "date": day, "document": document, "content": content, "requirements": requirements,
            "new_deadline": new_deadline, "responsible": responsible}))])
        summary = (t_vi("doc.commit_reply_extend", date=new_deadline.strftime("%d/%m/%Y"))
                   if new_deadline else t_vi("doc.commit_reply"))
    return Change(repo.root, "reply", petition.id, summary, {record.path: text})


def resolve_petition(repo: Repository, record: Record, *, day: date | None,
                     document: str | None, result: str | None, agrees: bool | None,
                     feedback_date: date | None, note: str | None) -> Change:
    petition = record.model
    steps: list[tuple[str, str, object]] = []
    if result:
        steps.append(("set", "resolution", _clean({"date": day, "document": document,
                                                   "result": result})))
    elif petition.resolution is None:
        raise TiepxucError(t("lifecycle.no_resolution", id=petition.id))
    if agrees is not None:
        steps.append(("append", "feedback", _clean({"date": feedback_date or day,
                                                    "agrees": agrees, "note": note})))
    if not steps:
        raise TiepxucError(t("lifecycle.nothing_to_record"))
    text = _edit(record, steps)
    parts = []
    if result:
        parts.append(t_vi("doc.commit_resolved"))
    if agrees is not None:
        parts.append(t_vi("doc.commit_feedback_yes" if agrees else "doc.commit_feedback_no"))
    return Change(repo.root, "resolve", petition.id, "; ".join(parts), {record.path: text})


# ---------------------------------------------------------------- conclude


def conclude(repo: Repository, profile: Profile, session_id: str, today: date) -> tuple[Change, str, date]:
    """Draft the conclusion notice: one item per lead agency, with its petitions."""
    from tiepxuc.deadlines import conclusion_due

    record = find_record(repo, "session", session_id)
    session: Session = record.model
    existing = [r for r in repo.conclusions if r.model.session == session.id]
    if existing:
        raise TiepxucError(t("lifecycle.notice_exists", path=relative(repo, existing[0].path)))
    petitions = [r.model for r in repo.petitions if r.model.session == session.id]
    by_lead: dict[str, dict] = {}
    forwarded: list = []
    unassigned: list = []
    for p in sorted(petitions, key=lambda p: (p.speaking_order or 999, p.id)):
        if p.resolution is not None:
            continue
        if p.assignment is not None:
            group = by_lead.setdefault(p.assignment.lead, {"coordinating": [], "petitions": []})
            group["petitions"].append(p.id)
            for other in p.assignment.coordinating:
                if other not in group["coordinating"]:
                    group["coordinating"].append(other)
        elif p.forwarded is not None or p.competence != Competence.own_level:
            forwarded.append(p)
        elif p.answer is None or p.answer.kind == AnswerKind.answer_later:
            unassigned.append(p)  # still to be handled, but nobody has been named yet
    # Each item says who does what about how many petitions; the notice then lists those
    # petitions in full under it (the document shows them from their records: never cut).
    items = []
    for lead, group in by_lead.items():
        with_whom = (t_vi("doc.conclude_with", agencies=", ".join(group["coordinating"]))
                     if group["coordinating"] else "")
        items.append({"content": t_vi("doc.conclude_item", lead=lead, coordinating=with_whom,
                                      petitions=_how_many(len(group["petitions"]))),
                      "petitions": group["petitions"]})

    office = organising_office(repo.unit, profile.issuer)  # the issuing body's own office
    if forwarded:
        items.append({"content": t_vi("doc.conclude_forwarded", office=office,
                                      petitions=_how_many(len(forwarded))),
                      "petitions": [p.id for p in forwarded]})
    if unassigned:
        items.append({"content": t_vi("doc.conclude_unassigned", office=office,
                                      petitions=_how_many(len(unassigned))),
                      "petitions": [p.id for p in unassigned]})
    due = conclusion_due(repo, profile, session.date)
    nid = ids.new_id("tb", session.date.isoformat())
    path = repo.root / "conclusions" / str(session.date.year) / f"{nid}.yaml"
    unit = repo.unit
    phrase = unit_phrase(unit.name)
    recipients = []
    leads = list(by_lead)
    if profile.issuer == "party":
        if unit.party and unit.party.superior:
            recipients.append(t_vi("doc.superior_report", body=sentence_case(unit.party.superior)))
        recipients.append(t_vi("doc.conclude_standing", unit=phrase))
    else:  # the People's Committee's notice: the level above and the standing bodies, as the
        # Party's notice has them; the Committee itself, when it leads, is not sent its own notice
        if unit.state and unit.state.superior:
            recipients.append(t_vi("doc.superior_report", body=sentence_case(unit.state.superior)))
        recipients.append(t_vi("doc.notice_recipient_standing", unit=phrase))
        issuing = fold(sentence_case(unit.state.name)) if unit.state else None
        leads = [lead for lead in leads if fold(lead) != issuing]
    recipients += [*leads, t_vi("doc.front_recipient", front=f"Ủy ban MTTQ {phrase}")]
    recipients.append("Lưu " + organising_office(unit, "party") if profile.issuer == "party"
                      else "Lưu: VT")
    text = environment(repo.root).get_template("records/conclusion.yaml.j2").render(
        schema=schema_ref(path, repo.root, "conclusion"), id=nid, session=session.id,
        issuer=profile.issuer, due=due.strftime("%d/%m/%Y"), items=items,
        # 1. Đánh giá chung: the chair's own conclusion at the session (the figures are in 2.)
        summary=session.conclusion or t_vi("doc.conclude_summary"),
        recipients=recipients,
    )
    checked("conclusion", path, text)
    summary = t_vi("doc.commit_conclude", date=session.date.strftime("%d/%m/%Y"), items=len(items))
    return Change(repo.root, "conclude", nid, summary, {path: text}), nid, due


# ---------------------------------------------------------------- invite (the invitation sent)


def invite(repo: Repository, profile: Profile, session_id: str, day: date,
           number: str | None, channels: list[str]) -> tuple[Change, Record, str]:
    """Record that the invitation (or public notice) went out: its date, number and channels.
    A late invitation is recorded with its true date like any other (INVITATION-LEAD reports
    it as a breach; nothing refuses it)."""
    record = find_record(repo, "session", session_id)
    session: Session = record.model
    if session.cancelled is not None:
        raise TiepxucError(t("lifecycle.invite_cancelled", id=session.id))
    if day > session.date:  # sent after the session? it went out earlier: say which day
        raise TiepxucError(t("lifecycle.invite_after_session", date=day.strftime("%d/%m/%Y"),
                             session=session.date.strftime("%d/%m/%Y"), id=session.id))
    current = session.invitation
    if current is not None and current.date is not None:
        raise TiepxucError(t("lifecycle.invite_done", id=session.id,
                             date=current.date.strftime("%d/%m/%Y")))
    code = "GM" if profile.issuer == "party" else "TB"
    number = number or (current.number if current and current.number else None) \
        or next_number(repo, profile.issuer, code, day)
    kept = [c.value for c in current.channels] if current else []
    value = _clean({"date": day, "number": number, "channels": channels or kept})
    text = _edit(record, [("set", "invitation", value)])
    summary = t_vi("doc.commit_invite", number=number, date=day.strftime("%d/%m/%Y"),
                   session=session.date.strftime("%d/%m/%Y"))
    return Change(repo.root, "invite", session.id, summary, {record.path: text}), record, number


# ---------------------------------------------------------------- issue (number, date, seal)


ISSUABLE = {"plan": "KH", "conclusion": "TB", "report": "BC", "session": "BB"}
def issuer_of(record: Record, profile: Profile) -> str:
    value = getattr(record.model, "issuer", None)
    return value.value if value is not None else profile.issuer


def numbers_in_use(repo: Repository) -> list[tuple[int, str, str, date | None]]:
    """(number, type code, issuer code, date) of every numbered document in the records."""
    return [(key[2], key[0], key[1], day)
            for _, _, _, day, key in numbered_documents(repo)]


def next_number(repo: Repository, issuer: str, code: str, day: date) -> str:
    """The next free number for this kind of document. Party numbers run through the Party
    committee's term (HD36), State numbers through the calendar year (NĐ30)."""
    unit = repo.unit
    abbreviation = (unit.party.abbreviation if issuer == "party" else unit.state.abbreviation).upper()
    used = [n for n, kind, body, when in numbers_in_use(repo)
            if kind == code and body == abbreviation
            and (issuer == "party" or when is None or when.year == day.year)]
    number = max(used, default=0) + 1
    text = f"{number:02d}"
    return f"{text}-{code}/{unit.party.abbreviation}" if issuer == "party" \
        else f"{text}/{code}-{unit.state.abbreviation}"


def _default_signer(repo: Repository, issuer: str, day: date) -> dict | None:
    """The head in office on ``day`` signing for the body, as the rendered document shows."""
    from tiepxuc.render.context import signature

    block = signature(repo.unit, issuer, None, day)
    if not block.name:
        return None
    return {"name": block.name, "position": block.lines[1][0], "authority": block.lines[0][0]}


def issuable(repo: Repository, target: str) -> Record:
    """The plan, conclusion notice, report or session (its minutes) that ``target`` names."""
    from tiepxuc.facts import require_id

    require_id(target)
    for kind in ("plan", "conclusion", "report", "session"):
        try:
            return find_record(repo, kind, target)
        except TiepxucError:
            continue
    raise TiepxucError(t("lifecycle.not_issuable", target=typed(target)))


def _errors_shown(repo: Repository, record: Record, today: date) -> list:
    """The rule errors in a document's record and in the records it shows: nothing wrong is
    sealed (breaches — acts done late — are facts, and do not stop a seal)."""
    from tiepxuc.audit.seal import covered
    from tiepxuc.completeness import Gap
    from tiepxuc.rules import engine

    files = {record.path, *(other.path for other in covered(repo, record))}
    return [Gap(d.file, d.line, f"{d.rule}: {d.message}")
            for d in repo.diagnostics + engine.run(repo, today)
            if d.severity == "error" and d.file in files]


def issue(repo: Repository, profile: Profile, target: str, number: str | None,
          day: date | None, today: date) -> tuple[Change, Record, str, date]:
    """Number, date and seal a document. A number or date already written in the record (an
    office entering a document issued on paper) is kept unless ``number``/``day`` are given.

    Nothing incomplete is sealed: every blank, placeholder or impossibility in what the
    document would show is listed, with file:line, and nothing is written. The seal covers what
    the document shows of other records (``sealed:``) and, for the annual report, the figures
    it is issued with (``figures:``)."""
    from tiepxuc.audit.seal import sealed_view
    from tiepxuc.completeness import gaps

    record = issuable(repo, target)
    model = record.model
    if model.seal:
        raise TiepxucError(t("lifecycle.already_issued", id=model.id))
    missing = gaps(repo, record, today) + _errors_shown(repo, record, today)
    if missing:
        raise TiepxucError(t("lifecycle.incomplete", id=model.id, count=len(missing),
                             gaps="\n".join("  " + g.format(repo.root) for g in missing)))
    code = ISSUABLE[record.kind]
    written = model.minutes if record.kind == "session" else model
    day = day or (written.date if written is not None and written.date else today)
    if day > today:
        raise TiepxucError(t("lifecycle.issue_future", date=day.strftime("%d/%m/%Y"),
                             today=today.strftime("%d/%m/%Y")))
    number = number or (written.number if written is not None and written.number else None) \
        or next_number(repo, issuer_of(record, profile), code, day)
    if record.kind == "session":  # the minutes are the session's record
        steps = [("set", "minutes", {"number": number, "date": day})]
    else:
        steps = [("set", "number", number), ("set", "date", day)]
        signer = _default_signer(repo, issuer_of(record, profile), day)
        if model.signer is None and signer is not None:  # who signs is part of what is sealed
            steps.append(("set", "signer", signer))
    if record.kind == "report":
        from tiepxuc.render import report_figures

        figures = report_figures(repo, profile, model.year, min(day, date(model.year, 12, 31)))
        steps.append(("set", "figures", figures.plain()))
    text = read_text(record.path)
    order = _order(record.kind)
    for _, key, value in steps:
        text = edit.set_value(text, key, value, order)
    # What the document shows of other records, as it is now (the notice's deadline counted
    # from its new date).
    doc = yamlio.parse(text)
    dated = check_record(RECORD_MODELS[record.kind], doc, record.path).model
    if dated is None:
        checked(record.kind, record.path, text)
    view = sealed_view(repo, profile, Record(record.kind, record.path, doc, dated))
    if view is not None:
        text = edit.set_value(text, "sealed", view, order)
    # The seal is the fingerprint of the content as issued (what the file says, re-read).
    result = check_record(RECORD_MODELS[record.kind], yamlio.parse(text), record.path)
    if result.model is None:
        checked(record.kind, record.path, text)
    text = edit.set_value(text, "seal", fingerprint(result.model))  # last: written by the tool
    checked(record.kind, record.path, text)
    summary = t_vi("doc.commit_issue", number=number, date=day.strftime("%d/%m/%Y"))
    return Change(repo.root, "issue", model.id, summary, {record.path: text}), record, number, day


# ---------------------------------------------------------------- writing a change


@dataclass
class Committed:
    """What writing a change gave: the commit, the repository as it now is, and what to say."""

    commit: str | None  # None: not committed (--no-commit, or git's index still behind)
    repo: Repository | None  # as it now is (when the rules were checked first)
    problems: list[Diagnostic]  # the rules' findings on it
    late: list[str]  # acts recorded after their deadline, said plainly (truth, not refusal)
    index_behind: str | None = None  # the commit landed; git's index is updated next time


def commit_change(change: Change, *, repo: Repository | None = None, author: str | None = None,
                  commit: bool = True, strict: bool = False,
                  allow_detached: bool = False) -> Committed:
    """Write and commit ``change`` — the one way every command and the web app change records.
    With ``repo``, the rules are checked first on the records as they would be (nothing is
    written when the change brings errors). Raises NothingToChange when the records already
    say it."""
    from tiepxuc.audit.changes import IndexBehind, apply
    from tiepxuc.clock import today_in_vietnam

    today = today_in_vietnam()
    after, problems = verify(repo, change, today, strict=strict) if repo is not None else (None, [])
    behind = None
    try:
        made = apply(change, author=author, commit=commit, allow_detached=allow_detached)
    except IndexBehind as exc:
        made, behind = None, exc.message
    late = []
    if after is not None:
        from tiepxuc.rules.engine import active_profile

        late = acts_recorded_late(repo, after, active_profile(repo)[0], today)
    return Committed(made, after, problems, late, behind)
