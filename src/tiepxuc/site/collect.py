"""What a unit puts on its public site, read off its records.

Only the fields the site shows are read, only from the records the unit publishes (``publish:
false`` keeps a session or a petition off, with a reason that is never published), and only the
kinds of text its ``publish:`` settings allow. Every text goes through :class:`Checker` on its
way out: phone and ID numbers, e-mail addresses and house numbers by pattern, and the citizens'
names and contact details the unit's records hold (privacy.py), wherever they were typed. A hit
is a problem at the record's file and the field's line, for the office to fix; nothing is
redacted silently, and build.py writes nothing while there is one.

Officials acting in office (chairs, signers) and organisations may be named: the names of the
unit's officials, its sessions' chairs and secretaries and its notices' signers are not taken
for citizens' names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tiepxuc.messages import t_vi

# How a petition stands on the day of publication, as the site groups it (in this order).
GROUPS = ("answered", "done_on_time", "done_late", "within", "overdue", "resolved", "declined",
          "forwarded", "pending")
# The figures of a year, as the annual report counts them (report.py): sessions held, their
# petitions, those answered at the session, and the four-way split of the resolutions.
FIGURES = ("sessions", "petitions", "answered", "done_on_time", "done_late", "within", "overdue")
RESOLUTION = ("done_on_time", "done_late", "within", "overdue")
SOON = 5  # working days: "due soon" as check-deadlines says it by default
_WORDS = re.compile(r"[a-z0-9]+")  # the words of a folded text, as the search compares them


@dataclass(frozen=True)
class Hit:
    """Personal data in a text that would be published: where, never what."""

    file: str  # relative to the root of the repository published, with "/"
    line: int
    field: str  # dotted, e.g. answer.content
    kind: str  # name | contact | house_number | phone | id_number | old_id_number | email


# An address that names only the area a citizen lives in (“Tổ dân phố số 1, phường Lâm Vinh”,
# “Thôn Bắc, xã Lạc Trung”) is where the site says a petition comes from anyway; one with a
# house number, a lane or a street is personal, and never published.
_AREA = re.compile(
    r"(tổ dân phố|tổ|khu phố|khu dân cư|khu|khối|cụm|thôn|xóm|ấp|bản|buôn|làng|phum|sóc|"
    r"phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tp\.?|tỉnh)(\s|$)")


def area_only(address: str) -> bool:
    """The address names an area only: each of its parts is a residential group, a village, a
    commune, a district or a province."""
    parts = [part.strip().casefold() for part in address.split(",")]
    return all(part and _AREA.match(part) for part in parts)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


class Checker:
    """Every published text passes here: returned as it is, each finding kept as a :class:`Hit`."""

    def __init__(self, names, values, officials, shown) -> None:
        from tiepxuc.privacy import Redactor

        known = {name.strip().casefold() for name in officials if name}
        citizens = [n for n in names if n.strip().casefold() not in known]
        self._names = Redactor(citizens, ())
        self._values = Redactor((), values)
        self._both = Redactor(citizens, values)  # one pass for the usual text, with neither
        self._shown = shown  # a record's path → its file as the problem names it
        self.hits: list[Hit] = []

    def kinds(self, text: str, names: bool = True) -> list[str]:
        from tiepxuc.privacy import _HOUSE, _MAY_HOLD_NUMBERS, find

        found = []
        if not names or self._both.names_and_values(text) != text:
            if self._values.names_and_values(text) != text:
                found.append("contact")
            if names and self._names.names_and_values(text) != text:
                found.append("name")
        if _MAY_HOLD_NUMBERS.search(text):
            found += [kind for kind, _, _ in find(text)]
            if _HOUSE.search(text):
                found.append("house_number")
        return list(dict.fromkeys(found))

    def __call__(self, text: str | None, record, *loc, names: bool = True) -> str | None:
        """``text``, read from ``record`` at ``loc``; ``names``: look for citizens' names too
        (not in an official's name field)."""
        if text is None:
            return None
        text = _nfc(text)
        kinds = self.kinds(text, names)
        if kinds:
            from tiepxuc.privacy import dotted

            line = record.position(*loc).line
            for kind in kinds:
                self.hits.append(Hit(self._shown(record.path), line, dotted(loc), kind))
        return text


@dataclass
class Deadline:
    """The deadline a petition is followed by (resolving it, or the reply of the body it was
    forwarded to), with its status on the day of publication as check-deadlines gives it."""

    kind: str  # resolution | forward_reply
    due: date
    status: str  # overdue | due_soon | within | done_late | done_on_time
    done: date | None
    days: int
    unit: str  # working_days | calendar_days
    agency: str | None


@dataclass
class Unit:
    """A unit's public site, as plain data: pages.py writes it."""

    key: str  # "." for the repository published, else the unit's path in the roll-up
    name: str
    prefix: str  # its folder in the site ("" or "don-vi/<slug>/")
    options: dict[str, bool]
    fields: dict[str, str]  # code → name (those used)
    sessions: list[dict] = field(default_factory=list)  # newest first
    petitions: list[dict] = field(default_factory=list)
    agencies: list[dict] = field(default_factory=list)  # alphabetical
    years: list[dict] = field(default_factory=list)  # figures, newest first
    withheld: dict[str, int] = field(default_factory=lambda: {"sessions": 0, "petitions": 0})
    unreasoned: list[str] = field(default_factory=list)  # withheld without a reason: file:line
    unreadable: int = 0  # records that could not be read (not published)
    hits: list[Hit] = field(default_factory=list)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _label(key: str, default: str | None = None) -> str:
    from tiepxuc.messages import has

    return t_vi(key) if has(key) else (default if default is not None else key)


def _reason(code: str | None, check, record) -> str | None:
    """A reason's label; a reason written out in words is published as text (scanned)."""
    from tiepxuc.messages import has

    if code is None:
        return None
    return t_vi(f"reason.{code}") if has(f"reason.{code}") else check(code, record, "answer",
                                                                        "reason")


def as_it_stood(petition, as_of: date):
    """The petition as it stood on ``as_of``: what was recorded with a later date left out."""
    update: dict[str, Any] = {}
    if petition.resolution is not None and petition.resolution.date > as_of:
        update["resolution"] = None
    if any(r.date > as_of for r in petition.replies):
        update["replies"] = [r for r in petition.replies if r.date <= as_of]
    if any(f.date > as_of for f in petition.feedback):
        update["feedback"] = [f for f in petition.feedback if f.date <= as_of]
    forwarded = petition.forwarded
    if forwarded is not None and forwarded.date is not None and forwarded.date > as_of:
        update["forwarded"] = None
    elif forwarded is not None and forwarded.reply is not None and forwarded.reply.date > as_of:
        update["forwarded"] = forwarded.model_copy(update={"reply": None})
    return petition.model_copy(update=update) if update else petition


def group_of(state: str, deadline: Deadline | None) -> str:
    """Where a petition stands, as the site's filter and figures group it."""
    if deadline is not None and deadline.kind == "resolution":
        return "within" if deadline.status == "due_soon" else deadline.status
    if state in ("answered", "declined", "resolved"):
        return state
    if state in ("to_forward", "forwarded", "reply_received"):
        return "forwarded"
    return "pending"


def public_ids(ids, hide) -> dict[str, str]:
    """Record ID → the address's name on the site: the ID without the citizens' names and
    numbers its words may hold (the same ID always gives the same name)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for raw in sorted(ids):
        name = hide.id(raw)
        if name in taken:  # two IDs that differ only by a hidden name
            n = 2
            while f"{name}-{n}" in taken:
                n += 1
            name = f"{name}-{n}"
        taken.add(name)
        out[raw] = name
    return out


def _officials(repo) -> set[str]:
    names = {o.name for o in repo.unit.officials}
    for record in repo.sessions:
        names |= {c.name for c in record.model.chairs}
        if record.model.secretary is not None:
            names.add(record.model.secretary.name)
    for record in (*repo.conclusions, *repo.plans, *repo.reports):
        if record.model.signer is not None:
            names.add(record.model.signer.name)
    return names


def collect(repo, profile, as_of: date, *, key: str = ".", prefix: str = "",
            name: str | None = None) -> Unit:
    """The public site of the unit in ``repo`` on ``as_of`` (``key``: where it is in the
    roll-up; ``prefix``: its folder in the site; ``name``: the name the roll-up lists it by)."""
    from tiepxuc.deadlines import Kind, obligations
    from tiepxuc.facts import excerpt, petition_state
    from tiepxuc.paths import relative
    from tiepxuc.privacy import hide_for, load_contacts, repository_values
    from tiepxuc.records.ids import slug
    from tiepxuc.repeats import fold, repeated_groups

    unit = repo.unit
    root = repo.root
    options = unit.publish.model_dump()

    def shown(path) -> str:
        rel = relative(path, root)
        return rel if key == "." else f"{key}/{rel}"

    found = repository_values(repo)
    contacts = [v for entry in load_contacts(root).values() for v in entry.values()]
    check = Checker(found.get("name", []),
                    [v for v in (*found.get("contact", []), *contacts) if not area_only(v)],
                    _officials(repo), shown)
    hide = hide_for(repo)
    site = Unit(key, "", prefix, options, {})
    site.name = check(name, repo.unit_record, "name") if name and key != "." else \
        check(unit.name, repo.unit_record, "name")
    site.unreadable = sum(1 for r in repo.records if r.model is None)
    field_names = {}
    for index, item in enumerate(unit.fields):
        field_names[item.code] = (index, item.name)

    def field_name(code: str) -> str:
        if code in site.fields:
            return site.fields[code]
        if code in field_names:
            index, text = field_names[code]
            site.fields[code] = check(text, repo.unit_record, "fields", index, "name")
        else:
            site.fields[code] = code
        return site.fields[code]

    def withheld(record) -> None:
        if not record.model.publish_reason:
            site.unreasoned.append(f"{shown(record.path)}:{record.position('publish').line}")

    # ------------------------------------------------------------ sessions
    sessions = {r.model.id: r for r in repo.sessions}
    session_ids = public_ids(sessions, hide)
    shown_sessions: dict[str, dict] = {}
    for sid, record in sessions.items():
        s = record.model
        if not s.publish:
            withheld(record)
            if s.cancelled is None and s.date <= as_of:
                site.withheld["sessions"] += 1
            continue
        state = "cancelled" if s.cancelled is not None else (
            "held" if s.date <= as_of else "upcoming")
        page = {
            "id": session_ids[sid], "url": f"{prefix}hoi-nghi/{session_ids[sid]}.html",
            "date": s.date, "year": s.date.year, "state": state,
            "start": s.start.strftime("%H:%M") if s.start else "",
            "end": s.end.strftime("%H:%M") if s.end else "",
            "kind": s.kind.value, "kind_label": _label(f"enum.SessionKind.{s.kind.value}"),
            "format_label": _label(f"enum.SessionFormat.{s.format.value}"),
            "place": check(s.place, record, "place"),
            "topic": check(s.topic, record, "topic"),
            "chairs": [{
                "name": check(c.name, record, "chairs", i, "name", names=False),
                "position": _label(f"enum.Position.{c.position.value}"),
                "on_behalf_of": _label(f"enum.Position.{c.on_behalf_of.value}")
                if c.on_behalf_of else "",
            } for i, c in enumerate(s.chairs)],
            "attendance": [{
                "organisation": check(a.organisation, record, "attendance", i, "organisation"),
                "invited": a.invited, "present": a.present,
            } for i, a in enumerate(s.attendance)],
            "present": sum((a.present if a.present is not None else a.invited or 0)
                           for a in s.attendance),
            "invitation": s.invitation.date if s.invitation and s.invitation.date
            and s.invitation.date <= as_of else None,
            "cancelled": s.cancelled.date if s.cancelled else None,
            "conclusion": check(s.conclusion, record, "conclusion")
            if options["conclusions"] and state == "held" else None,
            "notices": [], "petitions": [],
        }
        shown_sessions[sid] = page
        site.sessions.append(page)

    # ------------------------------------------------------------ petitions
    deadlines: dict[str, dict[str, Deadline]] = {}
    cal = repo.calendar(as_of.year)
    for item in obligations(repo, profile, as_of):
        if item.kind in (Kind.RESOLUTION, Kind.FORWARD_REPLY):
            deadlines.setdefault(item.id, {})[str(item.kind)] = Deadline(
                str(item.kind), item.due, str(item.status(cal, as_of, SOON)), item.done,
                item.days(cal, as_of), item.unit, item.agency)
    petitions = {r.model.id: r for r in repo.petitions}
    petition_ids = public_ids(petitions, hide)
    published: dict[str, dict] = {}
    for pid, record in petitions.items():
        p = record.model
        session = shown_sessions.get(p.session)
        source = sessions.get(p.session)
        held = source is not None and source.model.cancelled is None \
            and source.model.date <= as_of
        if not p.publish:
            withheld(record)
        if not held:
            continue  # published once its session is held
        if not p.publish or session is None:
            site.withheld["petitions"] += 1
            continue
        now = as_it_stood(p, as_of)
        state = petition_state(now)
        rows = deadlines.get(pid, {})
        deadline = rows.get("resolution") or rows.get("forward_reply")
        content = check(p.content, record, "content") if options["content"] else None
        title = excerpt(content, 14) if content else t_vi(
            "doc.site.petition_untitled", field=field_name(p.field), date=_day(source.model.date))
        by = p.raised_by
        answer = None
        if p.answer is not None:
            a = p.answer
            answer = {
                "kind": a.kind.value, "kind_label": _label(f"enum.AnswerKind.{a.kind.value}"),
                "by": check(a.by, record, "answer", "by"),
                "content": check(a.content, record, "answer", "content")
                if options["answers"] else None,
                "reason": _reason(a.reason, check, record),
                "basis": check(a.basis, record, "answer", "basis") if options["answers"] else None,
            }
        assignment = None
        if p.assignment is not None:
            lead = check(p.assignment.lead, record, "assignment", "lead")
            assignment = {
                "lead": lead,
                "coordinating": [check(c, record, "assignment", "coordinating", i)
                                 for i, c in enumerate(p.assignment.coordinating)],
                "task": check(p.assignment.task, record, "assignment", "task")
                if options["answers"] else None,
            }
        forwarded = None
        if now.forwarded is not None:
            f = now.forwarded
            reply = None
            if f.reply is not None:
                reply = {"date": f.reply.date,
                         "document": check(f.reply.document, record, "forwarded", "reply",
                                           "document"),
                         "summary": check(f.reply.summary, record, "forwarded", "reply",
                                          "summary") if options["replies"] else None}
            forwarded = {"to": check(f.to, record, "forwarded", "to"), "date": f.date,
                         "document": check(f.document, record, "forwarded", "document"),
                         "reply": reply}
        replies = []
        for i, r in enumerate(p.replies):
            if r.date > as_of:
                continue
            replies.append({
                "date": r.date, "document": check(r.document, record, "replies", i, "document"),
                "content": check(r.content, record, "replies", i, "content")
                if options["replies"] else None,
                "requirements": check(r.requirements, record, "replies", i, "requirements")
                if options["replies"] else None,
                "new_deadline": r.new_deadline,
                "responsible": check(r.responsible, record, "replies", i, "responsible"),
            })
        resolution = None
        if now.resolution is not None:
            resolution = {"date": now.resolution.date,
                          "document": check(now.resolution.document, record, "resolution",
                                            "document"),
                          "result": check(now.resolution.result, record, "resolution", "result")
                          if options["results"] else None}
        agency = None  # who the deadline is on (who resolves it, or the body forwarded to)
        if deadline is not None and deadline.agency is not None:
            agency = check(deadline.agency, record, *(
                ("assignment", "lead") if deadline.kind == "resolution" else ("forwarded", "to")))
        elif assignment is not None or forwarded is not None:
            agency = assignment["lead"] if assignment is not None else forwarded["to"]
        page = {
            "id": petition_ids[pid], "url": f"{prefix}kien-nghi/{petition_ids[pid]}.html",
            "raw": pid, "session": session, "year": source.model.date.year,
            "date": source.model.date,
            "received": _label(f"enum.Received.{p.received.value}"),
            "received_date": p.received_date if p.received_date and p.received_date <= as_of
            else None,
            "organisation": check(by.name, record, "raised_by", "name", names=False)
            if by.kind.value == "organisation" else None,
            "group": check(by.residential_group, record, "raised_by", "residential_group"),
            "field": p.field, "field_name": field_name(p.field),
            "content": content, "title": title,
            "competence": p.competence.value,
            "competence_label": _label(f"enum.Competence.{p.competence.value}"),
            "answer": answer, "assignment": assignment, "forwarded": forwarded,
            "replies": replies, "resolution": resolution,
            "feedback": [{"date": f.date, "agrees": f.agrees} for f in now.feedback],
            "state": state, "state_label": _label(f"petition_state.{state}"),
            "deadline": deadline, "agency": agency,
            "status_label": _label(f"status.{deadline.status}") if deadline else "",
            "repeats": list(p.repeats), "notice": None,
        }
        page["status"] = group_of(state, deadline)
        page["status_label_group"] = t_vi(f"doc.site.group.{page['status']}")
        page["search"] = " ".join(_WORDS.findall(fold(" ".join(filter(None, (
            title, content, page["field_name"], agency, session["topic"]))))))
        published[pid] = page
        session["petitions"].append(page)
    concern: dict[str, list[str]] = {}  # the same concern raised again (repeats.py)
    for group in repeated_groups(repo.petitions):
        ids = [r.id for r in group]
        concern.update(dict.fromkeys(ids, ids))
    for page in published.values():  # the other petitions on the same concern, if published
        pid = page["raw"]
        page["repeats"] = [published[r] for r in dict.fromkeys(
            [*page["repeats"], *concern.get(pid, ())]) if r in published and r != pid]
        page["repeats"].sort(key=lambda other: (other["date"], other["id"]))
    site.petitions = sorted(published.values(), key=lambda p: (p["date"], p["id"]), reverse=True)

    # ------------------------------------------------------------ conclusion notices
    if options["conclusions"]:
        for record in sorted(repo.conclusions, key=lambda r: (r.model.date or date.max, r.id)):
            n = record.model
            session = shown_sessions.get(n.session)
            if session is None or session["state"] != "held" or n.date is None \
                    or n.date > as_of:
                continue  # a draft, or the notice of a session not published
            items = []
            for i, item in enumerate(n.items):
                linked = [published[pid] for pid in item.petitions if pid in published]
                if item.petitions and not linked:
                    continue  # only about petitions kept off the site
                items.append({"content": check(item.content, record, "items", i, "content"),
                              "petitions": linked})
            notice = {
                "number": check(n.number, record, "number"), "date": n.date,
                "signer": {"name": check(n.signer.name, record, "signer", "name", names=False),
                           "position": check(n.signer.position, record, "signer", "position"),
                           "authority": check(n.signer.authority, record, "signer",
                                              "authority")} if n.signer else None,
                "summary": check(n.summary, record, "summary"), "items": items,
            }
            session["notices"].append(notice)
            for item in n.items:
                for pid in item.petitions:
                    if pid in published and published[pid]["notice"] is None:
                        published[pid]["notice"] = notice
    for page in site.sessions:
        page["petitions"].sort(key=lambda p: p["id"])
    site.sessions.sort(key=lambda s: (s["date"], s["id"]), reverse=True)

    # ------------------------------------------------------------ agencies, figures
    agencies: dict[str, dict] = {}
    for page in site.petitions:
        deadline = page["deadline"]
        if deadline is None or page["agency"] is None:
            continue
        entry = agencies.setdefault(page["agency"], {
            "name": page["agency"], "petitions": [], **{k: 0 for k in RESOLUTION}})
        entry["petitions"].append(page)
        entry["within" if deadline.status == "due_soon" else deadline.status] += 1
    slugs: set[str] = set()
    for name_ in sorted(agencies, key=lambda n: (fold(n), n)):
        entry = agencies[name_]
        base = slug(name_, max_length=60) or "co-quan"
        chosen, n = base, 2
        while chosen in slugs:
            chosen, n = f"{base}-{n}", n + 1
        slugs.add(chosen)
        entry["slug"] = chosen
        entry["url"] = f"{prefix}co-quan/{chosen}.html"
        entry["total"] = len(entry["petitions"])
        entry["on_time_percent"] = on_time_percent(entry)
        site.agencies.append(entry)
    for page in site.petitions:
        entry = agencies.get(page["agency"]) if page["deadline"] is not None else None
        page["agency_url"] = entry["url"] if entry else None
    site.years = figures(site)
    site.hits = list(dict.fromkeys(check.hits))  # a text shown twice is one problem
    return site


def on_time_percent(counts: dict) -> int | None:
    """Of those resolved, the share resolved on time (None below five: it would mislead)."""
    from tiepxuc.report import percent

    return percent(counts["done_on_time"], counts["done_on_time"] + counts["done_late"])


def figures(site: Unit) -> list[dict]:
    """The figures of each year with a session, newest first (as report.py counts them)."""
    years: dict[int, dict] = {}
    for page in site.sessions:
        row = years.setdefault(page["year"], {"year": page["year"], **dict.fromkeys(FIGURES, 0)})
        if page["state"] != "held":
            continue
        row["sessions"] += 1
        for p in page["petitions"]:
            row["petitions"] += 1
            if p["answer"] is not None and p["answer"]["kind"] == "answered":
                row["answered"] += 1
            deadline = p["deadline"]
            if deadline is not None and deadline.kind == "resolution":
                row["within" if deadline.status == "due_soon" else deadline.status] += 1
    return [years[y] for y in sorted(years, reverse=True)]
