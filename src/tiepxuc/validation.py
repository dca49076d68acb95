"""`tiepxuc validate` as a library call: load everything, apply every rule, sorted problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tiepxuc.diagnostics import Diagnostic, sort_diagnostics
from tiepxuc.repo import Repository, load
from tiepxuc.rules import engine


def validate_repository(repo: Repository, as_of: date) -> list[Diagnostic]:
    return sort_diagnostics(repo.diagnostics + engine.run(repo, as_of))


def validate(root: Path, as_of: date) -> list[Diagnostic]:
    return validate_repository(load(root), as_of)
