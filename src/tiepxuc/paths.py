"""Keeping reads and writes inside the repository.

A record's ID, a file name or a template name comes from files that many hands edit. None of
them may lead the tool outside the repository: not with ``..``, not with an absolute path, not
through a symbolic link (a folder ``out`` or ``petitions/2026`` that is a link to elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t


class OutsideRepositoryError(TiepxucError):
    pass


def relative(path: Path | str, root: Path | str) -> str:
    """``path`` relative to ``root`` with "/" between folders, as git and the messages show it;
    ``path`` as it is when it lies elsewhere. (Plain string work: a province has 100,000
    files, and ``Path.relative_to`` costs a hundred times more.)"""
    text, base = str(path), str(root).rstrip("/\\")
    if text == base:
        return "."
    if text.startswith(base + os.sep):
        return text[len(base) + 1:].replace(os.sep, "/")
    return text


def is_inside(root: Path | str, path: Path | str) -> bool:
    """True when ``path``, with every link followed, stays inside ``root``."""
    base = os.path.realpath(root)
    target = os.path.realpath(path)
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def ensure_inside(root: Path, path: Path) -> Path:
    """``path`` if it stays inside ``root`` (links followed), else a clear error."""
    if not is_inside(root, path):
        raise OutsideRepositoryError(t("safety.outside", path=str(path), root=str(root)))
    return path


def output_path(root: Path, given: str | Path | None, default: Path) -> Path:
    """Where a command writes its output file (a document, an export): the ``-o PATH`` the user
    gave, which is the user's to choose, else ``default`` (under the repository's ``out/``),
    which must stay inside the repository with every link followed: an ``out`` folder (or file)
    that is a link leading elsewhere is refused with a clear error, before anything is written.
    Every command that writes a file under the repository by default asks here."""
    if given is not None and str(given) != "":
        return Path(given)
    return ensure_inside(root, default)
