"""What a document still lacks before it can be sealed: nothing incomplete is issued.

`tiepxuc issue` seals a document for good (a correction is a new record that supersedes it), so
before sealing it lists every blank, placeholder and impossibility in what it would seal —
minutes of a session not yet held, without secretary, attendance, end time or conclusion, with
a petition still unanswered; a plan or report still holding a draft's placeholder text — each
with file:line, and refuses. These are not rule breaches of the records (a draft may be
incomplete while it is being written); they only stop the seal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tiepxuc.messages import t
from tiepxuc.paths import relative
from tiepxuc.repo import Record, Repository

# A draft's placeholder: "[cần ghi …]" / "[cần bổ sung …]" (what tiepxuc writes), an older
# "(ghi …)" / "(điền …)" instruction, or a value made only of "…" / "...".
_PLACEHOLDER = re.compile(r"\[\s*cần\s+(ghi|bổ sung|điền)[^\]]*\]|\(\s*(ghi|điền)\s[^)]*\)",
                          re.IGNORECASE)
_DOTS = re.compile(r"[\s.…_-]*")

# What tiepxuc writes where the office must still write something.
def placeholder(what: str) -> str:
    return f"[cần bổ sung: {what}]"


def is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text)) or bool(_DOTS.fullmatch(text))


@dataclass(frozen=True)
class Gap:
    """One thing missing: where (file, line) and what, in the user's language."""

    file: Path
    line: int
    message: str

    def format(self, root: Path) -> str:
        return f"{relative(self.file, root)}:{self.line}: {self.message}"


def _placeholders(record: Record, data: Any, path: tuple = ()) -> list[Gap]:
    """Every text value of the record that is still a placeholder."""
    found: list[Gap] = []
    if isinstance(data, str):
        if is_placeholder(data):
            found.append(Gap(record.path, record.position(*path).line,
                             t("issue.gap.placeholder", field=".".join(str(p) for p in path))))
    elif isinstance(data, dict):
        for key, value in data.items():
            found += _placeholders(record, value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _placeholders(record, value, (*path, index))
    return found


def _gap(record: Record, loc: tuple, key: str, **values) -> Gap:
    return Gap(record.path, record.position(*loc).line, t(f"issue.gap.{key}", **values))


def gaps(repo: Repository, record: Record, today: date) -> list[Gap]:
    """Everything that stops ``record``'s document from being sealed today ([] when ready)."""
    data = record.doc.data if record.doc is not None else {}
    found = _placeholders(record, data)
    check = _CHECKS.get(record.kind)
    if check is not None:
        found += check(repo, record, today)
    return sorted(found, key=lambda g: (str(g.file), g.line))


def _minutes(repo: Repository, record: Record, today: date) -> list[Gap]:
    session = record.model
    found = []
    if session.cancelled is not None:
        found.append(_gap(record, ("cancelled",), "cancelled"))
    if session.date > today:
        found.append(_gap(record, ("date",), "not_held", date=session.date.strftime("%d/%m/%Y")))
    if session.secretary is None or not session.secretary.name.strip():
        found.append(_gap(record, ("secretary",) if session.secretary else ("date",),
                          "no_secretary"))
    if not session.attendance:
        found.append(_gap(record, ("attendance",), "no_attendance"))
    elif all(a.present is None for a in session.attendance):
        found.append(_gap(record, ("attendance",), "no_present"))
    if session.start is None:
        found.append(_gap(record, ("date",), "no_start"))
    if session.end is None:
        found.append(_gap(record, ("date",), "no_end"))
    if not session.agenda:
        found.append(_gap(record, ("agenda",), "no_agenda"))
    if not (session.conclusion or "").strip():
        found.append(_gap(record, ("agenda",), "no_conclusion"))
    for petition in repo.petitions:
        if petition.model.session != session.id:
            continue
        if petition.model.answer is None:
            found.append(_gap(petition, ("content",), "unanswered", id=petition.model.id))
        if petition.doc is not None:  # what the minutes show of it
            found += _placeholders(petition, petition.doc.data)
    return found


def _plan(repo: Repository, record: Record, today: date) -> list[Gap]:
    plan = record.model
    found = []
    if not plan.sessions:
        found.append(_gap(record, ("sessions",), "no_sessions"))
    if plan.signer is None:
        found.append(_gap(record, ("year",), "no_signer"))
    return found


def _conclusion(repo: Repository, record: Record, today: date) -> list[Gap]:
    notice = record.model
    found = []
    session = next((r for r in repo.sessions if r.model.id == notice.session), None)
    if session is not None and session.model.date > today:
        found.append(_gap(record, ("session",), "notice_before_session",
                          date=session.model.date.strftime("%d/%m/%Y")))
    if not notice.items:
        found.append(_gap(record, ("items",), "no_items"))
    return found


def _report(repo: Repository, record: Record, today: date) -> list[Gap]:
    report = record.model
    found = []
    if today < date(report.year, 1, 1):
        found.append(_gap(record, ("year",), "report_future", year=report.year))
    for name in ("assessment", "limitations", "directions"):
        if not getattr(report, name):
            found.append(_gap(record, (name,), f"no_{name}"))
    return found


_CHECKS = {"session": _minutes, "plan": _plan, "conclusion": _conclusion, "report": _report}
