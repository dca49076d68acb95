"""An obligation's status, most urgent first (apart from deadlines.py so that showing cached
results does not import the record models)."""

from enum import StrEnum


class Status(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    WITHIN = "within"
    DONE_LATE = "done_late"
    DONE_ON_TIME = "done_on_time"


STATUS_ORDER = list(Status)  # most urgent first
