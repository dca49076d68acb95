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
# The stat of a file listed in a folder that could not be looked at a moment later (gone, or
# not allowed): the file is still listed, so that reading it says what happened.
UNKNOWN_STAT = os.stat_result((0,) * os.stat_result.n_fields)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` that holds a ``tiepxuc.yaml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / UNIT_FILE).is_file():
            return folder
    raise NotARepositoryError(t("repo.not_found", path=str(start), file=UNIT_FILE))


def walk(root: Path, refused: list[tuple[str, str, str, str]] | None = None,
         ) -> list[tuple[str, str, os.stat_result]]:
    """(kind, path, stat) of every record file, in a stable order; hidden files are skipped.
    Paths are plain strings: this runs on every file of a province at each command.

    A symbolic link is followed only when it leads to a file or folder inside the repository:
    a link leading outside it, or to nothing, is not read and is added to ``refused`` as
    (kind, path, "outside" | "broken", where it leads). Links forming a loop are not followed.
    A folder that cannot be listed (its permissions) is added to ``refused`` as
    (kind, path, "denied", ""); one that is not there (any more) is simply not walked.

    Files may vanish or change while they are walked (a sync tool, another clone's checkout): a
    file listed but gone before its stat is kept with ``UNKNOWN_STAT`` (reading it tells), and
    nothing here raises for it.
    """
    found = []
    real_root = os.path.realpath(root)
    inside_prefix = real_root.rstrip(os.sep) + os.sep

    def linked(kind: str, path: str) -> str | None:
        """Where the link at ``path`` leads, or None (after refusing it) when it may not be read."""
        target = os.path.realpath(path)
        if target != real_root and not target.startswith(inside_prefix):
            problem = "outside"
        elif not os.path.exists(target):
            problem = "broken"
        else:
            return target
        if refused is not None:
            refused.append((kind, path, problem, _link_text(path)))
        return None

    def stat(entry: os.DirEntry) -> os.stat_result:
        try:
            return entry.stat()
        except OSError:
            return UNKNOWN_STAT

    def visit(folder: str, real: str, kind: str, above: frozenset[str]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except (FileNotFoundError, NotADirectoryError):  # not there (any more)
            return
        except OSError:
            if refused is not None:
                refused.append((kind, folder, "denied", ""))
            return
        above = above | {real}
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            # The common case costs no system call: the kind of entry comes with the listing.
            if entry.is_dir(follow_symlinks=False):
                visit(entry.path, os.path.join(real, name), kind, above)
            elif entry.is_file(follow_symlinks=False):
                if name.endswith(YAML_SUFFIXES):
                    found.append((kind, entry.path, stat(entry)))
            elif entry.is_symlink():
                if _is_dir(entry):
                    target = linked(kind, entry.path)
                    if target is not None and target not in above:  # not a loop
                        visit(entry.path, target, kind, above)
                elif name.endswith(YAML_SUFFIXES):
                    if linked(kind, entry.path) is not None and _is_file(entry):
                        found.append((kind, entry.path, stat(entry)))

    for folder, kind in RECORD_FOLDERS.items():
        path = os.path.join(root, folder)
        if os.path.islink(path):
            target = linked(kind, path)
            if target is not None:
                visit(path, target, kind, frozenset())
        else:
            visit(path, os.path.join(real_root, folder), kind, frozenset())
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def refused_link(path: Path) -> tuple[str, str] | None:
    """("outside" | "broken", where it leads) when ``path`` is a link that may not be read."""
    if not os.path.islink(path):
        return None
    real_root = os.path.realpath(path.parent)
    target = os.path.realpath(path)
    if target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep):
        return "outside", _link_text(path)
    if not os.path.exists(target):
        return "broken", _link_text(path)
    return None


def _link_text(path: str | Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return os.path.realpath(path)


def input_files(root: Path) -> list[tuple[str, os.stat_result]]:
    """Every file a repository's results depend on, with its stat: config, calendar, records."""
    out = []
    for name in (UNIT_FILE, CALENDAR_FILE):
        try:
            out.append((name, os.stat(root / name)))
        except OSError:
            pass
    refused: list[tuple[str, str, str, str]] = []
    out.extend((path, st) for _, path, st in walk(root, refused))
    for _, path, _, _ in refused:  # a link refused today may be fixed tomorrow
        try:
            out.append((path, os.lstat(path)))
        except OSError:
            pass
    return out
