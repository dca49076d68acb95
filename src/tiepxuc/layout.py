"""Where a repository's files are: the unit config, the calendar, and the record folders.

Kept apart from the loader so that finding the files (and checking the cache against them)
does not import the YAML and model machinery.
"""

from __future__ import annotations

import os
from pathlib import Path

from tiepxuc.errors import NotARepositoryError
from tiepxuc.messages import t

UNIT_FILE = "tiepxuc.yaml"
CALENDAR_FILE = "calendar.yaml"
# Folder → kind of record held there (any depth below it).
RECORD_FOLDERS = {
    "plans": "plan",
    "sessions": "session",
    "petitions": "petition",
    "conclusions": "conclusion",
    "reports": "report",
}
YAML_SUFFIXES = (".yaml", ".yml")


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds a ``tiepxuc.yaml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / UNIT_FILE).is_file():
            return folder
    raise NotARepositoryError(t("repo.not_found", path=str(start), file=UNIT_FILE))


def walk(root: Path) -> list[tuple[str, str, os.stat_result]]:
    """(kind, path, stat) of every record file, in a stable order; hidden files are skipped.
    Paths are plain strings: this runs on every file of a province at each command."""
    found = []

    def visit(folder: str, kind: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                visit(entry.path, kind)
            elif entry.name.endswith(YAML_SUFFIXES) and entry.is_file():
                found.append((kind, entry.path, entry.stat()))

    for folder, kind in RECORD_FOLDERS.items():
        visit(os.path.join(root, folder), kind)
    return found


def input_files(root: Path) -> list[tuple[str, os.stat_result]]:
    """Every file a repository's results depend on, with its stat: config, calendar, records."""
    out = []
    for name in (UNIT_FILE, CALENDAR_FILE):
        try:
            out.append((name, os.stat(root / name)))
        except OSError:
            pass
    out.extend((path, st) for _, path, st in walk(root))
    return out
