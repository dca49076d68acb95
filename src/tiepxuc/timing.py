"""An obligation's dates, status and words, apart from the records it comes from.

deadlines.py derives the obligations from the records (the one place where due dates are
counted); what is kept of them between runs (Due, a plain tuple) and what follows from their
dates alone (status, days, words) is here, light enough to be read without loading the record
models (a warm run reads a unit's kept obligations and nothing else).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from tiepxuc.messages import t
from tiepxuc.status import Status

if TYPE_CHECKING:
    from tiepxuc.calendar import WorkCalendar


class Kind(StrEnum):
    INVITATION = "invitation"
    CONCLUSION = "conclusion"
    FORWARD = "forward"
    RESOLUTION = "resolution"
    FORWARD_REPLY = "forward_reply"
    PLAN = "plan"
    YEARLY_MINIMUM = "yearly_minimum"
    YEARLY_THEMATIC = "yearly_thematic"
    ANNUAL_REPORT = "annual_report"


# Obligations of a year rather than of one record: the plan, the minimum of sessions, the report.
YEARLY = (Kind.PLAN, Kind.YEARLY_MINIMUM, Kind.YEARLY_THEMATIC, Kind.ANNUAL_REPORT)


class Timing:
    """Status, days and words of an obligation, from its dates alone (no record needed): shared
    by the obligations computed from the records and the plain ``Due`` values kept per unit."""

    __slots__ = ()

    def status(self, cal: WorkCalendar, as_of: date, soon: int) -> Status:
        limit = self.limit or self.due
        if self.done is not None and self.done <= as_of:
            return Status.DONE_ON_TIME if self.done <= limit else Status.DONE_LATE
        if as_of > limit:
            return Status.OVERDUE
        return Status.DUE_SOON if self.days(cal, as_of) <= soon else Status.WITHIN

    def days(self, cal: WorkCalendar, as_of: date) -> int:
        """Days left before the due date (> 0), or late (< 0); for a done obligation, how
        early (>= 0) or late (< 0) it was done. Working days unless the rule counts days."""
        point = self.done if self.done is not None and self.done <= as_of else as_of
        if self.unit == "calendar_days":
            return (self.due - point).days
        if point > (self.limit or self.due):
            return -max(cal.count_between(self.due, point), 1)
        return cal.count_between(point, self.due)

    # The words below are made where they are shown, in the user's language (``say``: t, or
    # messages.bound() for many rows).

    def title(self, say=t) -> str:
        return say(f"deadline.{self.kind}", subject=self.subject, **self.details)

    def notes(self, say=t) -> list[str]:
        """What changed the due date or reopened the obligation, in the user's words."""
        return [say(f"deadline.note_{key}", date=value) for key, value in self.details.items()
                if key in ("extended", "late_extension", "reopened") and value]

    def rule_text(self, say=t) -> str:
        """How the due date was counted, e.g. "10 ngày làm việc sau ngày 14/06/2024"."""
        if self.start is None or self.count is None:
            return ""
        period = say(f"value.{self.unit}", days=abs(self.count))
        start = self.start.strftime("%d/%m/%Y")
        if self.count > 0:
            return say("deadline.rule_after", period=period, start=start)
        reading = say(f"value.reading_{self.details.get('reading', 'strict')}",
                      days=abs(self.count))
        return say("deadline.rule_before", period=period, start=start, reading=reading)

    def basis_text(self, say=t) -> str:
        """The legal basis; a forwarded petition's cites the rule it follows."""
        if self.kind == Kind.FORWARD:
            return say("deadline.forward_basis", basis=self.basis)
        if self.kind == Kind.FORWARD_REPLY:
            return say("deadline.follow_basis", basis=self.basis)
        return str(self.basis)

    def on(self, as_of: date) -> "Timing":
        """The obligation as it stands on ``as_of``: a yearly minimum is met by the sessions
        held by then."""
        if self.kind not in (Kind.YEARLY_MINIMUM, Kind.YEARLY_THEMATIC):
            return self
        needed = self.details["needed"]
        held = bisect_right(self.dates, as_of)
        done = self.dates[needed - 1] if held >= needed else None
        details = {**self.details, "held": held, "scheduled": len(self.dates) - held}
        return self._replace(done=done, details=details)


class Due(NamedTuple):
    """An obligation as kept between runs: what the records say, whatever the day asked about
    (a plain tuple: a province keeps 100,000). A yearly minimum's sessions held, and so its
    completion, follow from the day (``on``)."""

    kind: str
    id: str
    record_id: str | None
    record_kind: str
    file: str  # relative to the unit's root, with "/"
    line: int
    subject: str
    due: date
    basis: Any  # a text or a phrase
    agency: str | None
    done: date | None
    limit: date | None
    unit: str
    start: date | None
    count: int | None
    details: dict[str, Any]
    dates: tuple[date, ...]

    # The same status, days and words as an Obligation's.
    status = Timing.status
    days = Timing.days
    title = Timing.title
    notes = Timing.notes
    rule_text = Timing.rule_text
    basis_text = Timing.basis_text
    on = Timing.on
