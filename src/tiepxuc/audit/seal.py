"""Seals: the fingerprint of everything an issued document shows.

Issuing a plan, minutes, conclusion notice or report stores ``seal: sha256:…``, the fingerprint
of the record's content (what was written in it, in canonical JSON; comments and layout do not
count). A document also shows what other records say: the minutes and the conclusion notice
present the session's petitions (who raised them, what they asked, the answers, the
assignments) and the notice its deadline. So the issued record also keeps, under ``sealed:``,
the fingerprint of the part of each of those records that the document shows, and the deadline
it shows; ``sealed:`` is itself covered by the seal. The annual report keeps the figures it was
issued with (``figures:``), so that it does not change when records change later.

Any later change to what a sealed document shows breaks its seal (SEAL-BROKEN in `validate`,
AUDIT-SEAL-CHANGED in `audit`); a correction is a new record that ``supersedes`` it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel

PREFIX = "sha256:"


def _digest(data: Any) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# Not part of what a document shows: whether the record goes on the public site (`tiepxuc
# publish`) may be decided after the document was issued without breaking its seal.
UNSEALED = {"seal", "publish", "publish_reason"}


def fingerprint(model: BaseModel) -> str:
    return _digest(model.model_dump(mode="json", exclude_unset=True, exclude=UNSEALED))


def intact(model: BaseModel) -> bool:
    seal = getattr(model, "seal", None)
    return seal is None or seal == fingerprint(model)


# ---------------------------------------------------------------- what a document shows


def _person(raised_by) -> dict:
    """Who raised a petition, as documents name them (contact details are never shown)."""
    return raised_by.model_dump(mode="json", include={"kind", "name", "organisation",
                                                      "residential_group"}, exclude_none=True)


def _dump(value) -> Any:
    return value.model_dump(mode="json", exclude_none=True) if value is not None else None


def petition_in_minutes(petition) -> dict:
    """The part of a petition that the minutes show: the speaker, what they said, the answer
    given at the session (and whom it was passed to)."""
    return {"raised_by": _person(petition.raised_by), "content": petition.content,
            "received": str(petition.received), "speaking_order": petition.speaking_order,
            "field": petition.field, "competence": str(petition.competence),
            "answer": _dump(petition.answer), "assignment": _dump(petition.assignment),
            "forwarded_to": petition.forwarded.to if petition.forwarded else None}


def petition_in_notice(petition) -> dict:
    """The part of a petition that the conclusion notice shows: its field and whether it was
    answered (the figures), its content and petitioner, the agency assigned and the task."""
    return {"raised_by": _person(petition.raised_by), "content": petition.content,
            "field": petition.field,
            "answered": petition.answer is not None and petition.answer.kind == "answered",
            "assignment": _dump(petition.assignment),
            "forwarded_to": petition.forwarded.to if petition.forwarded else None}


def session_in_notice(session) -> dict:
    """The part of the session that the conclusion notice shows."""
    return {"date": session.date.isoformat(), "kind": str(session.kind), "place": session.place,
            "topic": session.topic, "chairs": [_dump(c) for c in session.chairs],
            "present": sum(a.present or 0 for a in session.attendance)}


# (document kind, shown record's kind) → the part of that record the document shows
_SHOWN = {("session", "petition"): petition_in_minutes,
          ("conclusion", "petition"): petition_in_notice,
          ("conclusion", "session"): session_in_notice}
_DOCUMENTS = {kind for kind, _ in _SHOWN}


def covered(repo, record) -> list:
    """The other records ``record``'s document shows: the petitions of its session (and, for a
    conclusion notice, the session itself)."""
    if record.kind not in _DOCUMENTS:
        return []
    session_id = record.model.id if record.kind == "session" else record.model.session
    out = sorted((p for p in repo.petitions if p.model.session == session_id), key=lambda r: r.id)
    if record.kind == "conclusion":
        out += [s for s in repo.sessions if s.model.id == session_id]
    return out


def shown(kind: str, other) -> str:
    """The fingerprint of what a document of ``kind`` shows of the record ``other``."""
    return _digest(_SHOWN[(kind, other.kind)](other.model))


def notice_deadline(repo, profile, notice) -> date | None:
    """The deadline a conclusion notice shows (counted from its own date)."""
    from tiepxuc.deadlines import resolution_due

    return resolution_due(repo, profile, notice.date) if notice.date else None


def sealed_view(repo, profile, record) -> dict | None:
    """What to keep under ``sealed:`` when ``record`` is issued (None: nothing beyond itself)."""
    if record.kind not in _DOCUMENTS:
        return None
    view: dict[str, Any] = {"records": {other.id: shown(record.kind, other)
                                        for other in covered(repo, record)}}
    if record.kind == "conclusion":
        deadline = notice_deadline(repo, profile, record.model)
        if deadline is not None:
            view["deadline"] = deadline
    return view


# ---------------------------------------------------------------- what changed since


@dataclass(frozen=True)
class Break:
    """One way a sealed document no longer matches the records."""

    kind: str  # "changed" (the record itself), "shown" (a record it shows), "deleted",
    #            "added" (a petition added to its session since), "deadline"
    record: Any  # where the change is: the document, or the record it shows
    values: dict


def breaks(repo, profile, record) -> Iterator[Break]:
    """Every way ``record`` (a sealed document) no longer matches the records."""
    model = record.model
    if model is None or not getattr(model, "seal", None):
        return
    if not intact(model):
        yield Break("changed", record, {})
    view = getattr(model, "sealed", None)
    if view is None or record.kind not in _DOCUMENTS:
        return
    by_id = {other.id: other for other in covered(repo, record)}
    for other_id, sealed_print in view.records.items():
        other = by_id.pop(other_id, None)
        if other is None:
            yield Break("deleted", record, {"id": other_id})
        elif shown(record.kind, other) != sealed_print:
            yield Break("shown", other, {})
    for other in by_id.values():  # raised at the session, but not in the sealed document
        yield Break("added", other, {})
    if record.kind == "conclusion" and view.deadline is not None:
        now = notice_deadline(repo, profile, model)
        if now is not None and now != view.deadline:
            yield Break("deadline", record, {"shown": view.deadline, "now": now})
