"""Problems found in the records, as values (never raised): file, line, column, rule, message, basis."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from tiepxuc.messages import t


class Severity(StrEnum):
    """How a problem is treated.

    - ERROR: the records are malformed, contradictory or incomplete for what they claim; the
      office fixes it by editing them. Commands refuse to write one; `validate` exits with 1.
    - BREACH: a rule broken by what happened (an invitation sent late, a notice issued after
      its deadline, too few sessions in a year). It is a fact about the past, recorded with its
      true date and reported, never refused: `validate` still exits with 0.
    - WARNING: worth a look; nothing is refused.
    """

    ERROR = "error"
    BREACH = "breach"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int
    column: int
    rule: str
    severity: Severity
    message: str
    basis: str | None = None
    # True when the tool could not read the file at all (exit status 2, not 1).
    fatal: bool = field(default=False, compare=False)
    # The message as a messages.Phrase, to be worded again in another language (what is kept
    # between runs); None when only the worded message is known.
    said: object = field(default=None, compare=False)

    def display_path(self) -> str:
        try:
            return os.path.relpath(self.file)
        except ValueError:  # another drive on Windows
            return str(self.file)

    def sort_key(self) -> tuple:
        return (self.display_path(), self.line, self.column, self.rule, self.message)

    def format(self) -> str:
        text = (
            f"{self.display_path()}:{self.line}:{self.column}: "
            f"{t('severity.' + self.severity)} {self.rule}: {self.message}"
        )
        return f"{text} ({self.basis})" if self.basis else text

    def to_json(self) -> dict:
        return {
            "file": self.display_path(),
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
            "basis": self.basis,
        }


def sort_diagnostics(items: list[Diagnostic]) -> list[Diagnostic]:
    unique = {(d.sort_key(), d.severity): d for d in items}
    return [unique[k] for k in sorted(unique)]


def has_errors(items: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in items)


class Dated(NamedTuple):
    """A problem with the days it holds on (rules/spec.py, Finding.since/until): what the rules
    find, for every day at once, worded when shown (``said``: a messages.Phrase, or a text
    already worded). Plain and compact (a province keeps 100,000 of them): the file is a
    string, made a path when shown."""

    file: str
    line: int
    column: int
    rule: str
    severity: Severity
    said: object  # a Phrase (or Joined) to word, or a str already worded
    basis: object = None  # the same
    since: date | None = None
    until: date | None = None
    clock: str = "as_of"  # or "today": measured against the real today, which it names
    fatal: bool = False  # the file could not be read at all (Diagnostic.fatal)

    @classmethod
    def always(cls, d: Diagnostic, file: str | None = None) -> "Dated":
        return cls(file if file is not None else str(d.file), d.line, d.column, d.rule,
                   d.severity, d.said if d.said is not None else d.message, d.basis,
                   fatal=d.fatal)

    @property
    def worded(self) -> bool:
        """Its message was worded when it was found (in that run's language)."""
        return isinstance(self.said, str)

    def holds(self, as_of: date, today: date) -> bool:
        day = today if self.clock == "today" else as_of
        return (self.since is None or self.since <= day) and (
            self.until is None or day <= self.until)

    def on(self, today: date, root: Path | None = None) -> Diagnostic:
        """The problem as shown on ``today`` (its file under ``root``, if given)."""
        said = self.said
        if self.clock == "today":
            said = said._replace(values=(*said.values, ("today", today.strftime("%d/%m/%Y"))))
        return Diagnostic(root / self.file if root is not None else Path(self.file),
                          self.line, self.column, self.rule, self.severity, str(said),
                          None if self.basis is None else str(self.basis), fatal=self.fatal)
