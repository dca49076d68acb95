"""Git, through the ``git`` executable: UTF-8, machine-readable output, explicit identity."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t

_AUTHOR = re.compile(r"\s*(?P<name>[^<>]+?)\s*<(?P<email>[^<>\s]+)>\s*")


@dataclass(frozen=True)
class Identity:
    name: str
    email: str


class GitError(TiepxucError):
    pass


def parse_author(text: str) -> Identity:
    match = _AUTHOR.fullmatch(text)
    if match is None:
        raise GitError(t("git.bad_author", author=text))
    return Identity(match["name"], match["email"])


def _git(args: list[str], cwd: Path, env: dict[str, str] | None = None,
         check: bool = True) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise GitError(t("git.missing"))
    result = subprocess.run(
        ["git", "-c", "core.quotepath=false", *args], cwd=cwd, capture_output=True,
        text=True, encoding="utf-8", env={**os.environ, **(env or {})},
    )
    if check and result.returncode != 0:
        raise GitError(t("git.failed", command="git " + " ".join(args),
                         detail=(result.stderr or result.stdout).strip()))
    return result


def top_level(path: Path) -> Path | None:
    """The work tree that contains ``path``, or None outside any git repository."""
    if shutil.which("git") is None:
        return None
    result = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path,
                            capture_output=True, text=True, encoding="utf-8")
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def head(top: Path) -> str | None:
    """The commit checked out, or None in a repository without commits."""
    return _git(["rev-parse", "-q", "--verify", "HEAD"], top, check=False).stdout.strip() or None


def init(path: Path) -> None:
    _git(["init", "-q"], path)
    # Windows refuses paths over 260 characters unless git is told it may use long ones.
    _git(["config", "core.longpaths", "true"], path)


def identity(cwd: Path, author: str | None = None) -> Identity:
    """Who commits: ``--author`` if given, else git's configuration; a clear error if neither."""
    if author:
        return parse_author(author)
    result = _git(["var", "GIT_AUTHOR_IDENT"], cwd, check=False)
    match = re.match(r"(?P<name>.+?) <(?P<email>[^>]*)> \d+", result.stdout.strip())
    if result.returncode != 0 or match is None or not match["email"]:
        raise GitError(t("git.no_identity"))
    return Identity(match["name"], match["email"])


def commit(cwd: Path, paths: list[Path], message: str, who: Identity) -> str:
    """Commit exactly ``paths`` with ``message``; returns the new commit's hash."""
    rel = _relative(cwd, paths)
    _git(["add", "--", *rel], cwd)
    env = {
        "GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email,
        "GIT_COMMITTER_NAME": who.name, "GIT_COMMITTER_EMAIL": who.email,
    }
    # --no-verify: a pre-commit hook validates what people edit by hand; the tool has already
    # checked its own change, and a draft it writes on purpose (a session with a post still
    # vacant) must not be blocked by it.
    _git(["commit", "-q", "--no-verify", "-m", message, "--", *rel], cwd, env=env)
    return _git(["rev-parse", "HEAD"], cwd).stdout.strip()


def _relative(top: Path, paths: list[Path]) -> list[str]:
    base = top.resolve()
    return [(p.parent.resolve() / p.name).relative_to(base).as_posix() if p.is_absolute()
            else p.as_posix() for p in paths]


def dirty(top: Path, paths: list[Path]) -> list[str]:
    """Which of ``paths`` have changes git has not committed (edited, staged or untracked)."""
    result = _git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--",
                   *_relative(top, paths)], top)
    entries = [e for e in result.stdout.split("\0") if e]
    found, i = [], 0
    while i < len(entries):
        entry = entries[i]
        found.append(entry[3:])
        i += 2 if entry[:1] in "RC" else 1  # a rename is followed by its old name
    return found


def git_path(top: Path, name: str) -> Path:
    """Where git keeps ``name`` (e.g. "hooks") for this work tree, worktrees included."""
    path = Path(_git(["rev-parse", "--git-path", name], top).stdout.strip())
    return path if path.is_absolute() else top / path
