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
    repeated: list[list[Record]] = field(default_factory=list)
    forwarded: list[Record] = field(default_factory=list)
    notices: list[Record] = field(default_factory=list)

    def percent(self, part: int, whole: int) -> str | None:
        if whole < MIN_FOR_PERCENT:
            return None
        return f"{100 * part / whole:.0f}".replace(".", ",") + "%"


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
