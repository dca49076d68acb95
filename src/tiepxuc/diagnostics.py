"""Problems found in the records, as values (never raised): file, line, column, rule, message, basis."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

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
