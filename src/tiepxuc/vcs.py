"""Git, through the ``git`` executable: UTF-8, machine-readable output, explicit identity.

A change is committed with git's plumbing, never through the shared index: its files are hashed
into git's store, a tree is built in an index of its own, the commit is made from that tree, and
the branch is moved to it only if it still points where it did when the change began
(compare-and-swap). So another program's staged changes are never swept in, ours are never
left staged, and whether *our* commit landed is known for certain. Only then are the changed
paths brought up to date in the shared index.

Git's own English errors are turned into a short Vietnamese message naming the situation and the
way out; the raw text is kept for ``--verbose``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t

_AUTHOR = re.compile(r"\s*(?P<name>[^<>]+?)\s*<(?P<email>[^<>\s]+)>\s*")
ZERO = "0" * 40
# How long to wait for another program (a git GUI polling in the background) to release
# git's index lock before saying so.
LOCK_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class Identity:
    name: str
    email: str


class GitError(TiepxucError):
    """A git failure, said in Vietnamese; ``detail`` keeps git's own words for --verbose."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class RefMoved(GitError):
    """The branch moved while the change was being made: our commit did not land."""


# git's words → the situation, said in the user's language (first match wins)
_SITUATIONS = (
    ("index.lock", "index_locked"),
    ("no space left on device", "disk_full"),
    ("disk quota exceeded", "disk_full"),
    ("gpg failed", "signing_failed"),
    ("failed to sign", "signing_failed"),
    ("error: gpg", "signing_failed"),
    ("not a git repository", "not_git"),
    ("permission denied", "permission"),
    ("read-only file system", "permission"),
    ("cannot lock ref", "ref_moved"),
    ("but expected", "ref_moved"),
    ("unable to write", "write_failed"),
    ("hook declined", "hook_declined"),
    ("unmerged", "unmerged"),
)


def situation(detail: str) -> str:
    lowered = detail.lower()
    return next((key for needle, key in _SITUATIONS if needle in lowered), "failed")


def _error(detail: str, what: str) -> GitError:
    key = situation(detail)
    cls = RefMoved if key == "ref_moved" else GitError
    return cls(t(f"git.situation.{key}", what=what), detail.strip())


def parse_author(text: str) -> Identity:
    match = _AUTHOR.fullmatch(text)
    if match is None:
        raise GitError(t("git.bad_author"))
    return Identity(match["name"], match["email"])


def _own_group() -> dict:
    """Run git in a process group of its own: Ctrl-C in the terminal reaches tiepxuc, which
    finishes or undoes the change, and never kills git half-way through a step."""
    if os.name == "nt":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def _git(args: list[str], cwd: Path, env: dict[str, str] | None = None,
         check: bool = True, what: str = "", input: str | None = None
         ) -> subprocess.CompletedProcess:
    if shutil.which("git") is None:
        raise GitError(t("git.missing"))
    result = subprocess.run(
        ["git", "-c", "core.quotepath=false", *args], cwd=cwd, capture_output=True,
        text=True, encoding="utf-8", errors="replace", env={**os.environ, **(env or {})},
        input=input, **_own_group(),
    )
    if check and result.returncode != 0:
        raise _error(result.stderr or result.stdout, what or args[0])
    return result


def _retrying(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    """A git step that takes the shared index's lock: another program holding it (a GUI) is
    waited for a few seconds before it is reported."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        result = _git(args, cwd, check=False, **{k: v for k, v in kwargs.items() if k != "what"})
        if result.returncode == 0:
            return result
        detail = result.stderr or result.stdout
        if situation(detail) != "index_locked" or time.monotonic() > deadline:
            raise _error(detail, kwargs.get("what", args[0]))
        time.sleep(0.2)


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


def is_ancestor(top: Path, commit: str, of: str | None = None) -> bool:
    """Whether ``commit`` is ``of`` (HEAD by default) or one of its ancestors."""
    target = of or head(top)
    if target is None:
        return False
    return _git(["merge-base", "--is-ancestor", commit, target], top, check=False).returncode == 0


def init(path: Path) -> None:
    _git(["init", "-q"], path)


def set_config(top: Path, name: str, value: str) -> None:
    """A setting in the repository's own configuration (.git/config)."""
    _git(["config", name, value], top, what="config")


def identity(cwd: Path, author: str | None = None) -> Identity:
    """Who commits: ``--author`` if given, else git's configuration; a clear error if neither."""
    if author:
        return parse_author(author)
    result = _git(["var", "GIT_AUTHOR_IDENT"], cwd, check=False)
    match = re.match(r"(?P<name>.+?) <(?P<email>[^>]*)> \d+", result.stdout.strip())
    if result.returncode != 0 or match is None or not match["email"]:
        raise GitError(t("git.no_identity"))
    return Identity(match["name"], match["email"])


def git_path(top: Path, name: str) -> Path:
    """Where git keeps ``name`` (e.g. "hooks") for this work tree, worktrees included."""
    path = Path(_git(["rev-parse", "--git-path", name], top).stdout.strip())
    return path if path.is_absolute() else top / path


# ---------------------------------------------------------------- states where writing is unsafe


def unsafe_state(top: Path, *, allow_detached: bool = False) -> str | None:
    """Why committing now would lose or mix up work, or None: a merge, rebase, cherry-pick or
    revert left half-done, files still in conflict, a detached HEAD (a commit there vanishes at
    the next checkout), or git's index held by another program."""
    for name, key in (("MERGE_HEAD", "merge"), ("rebase-merge", "rebase"),
                      ("rebase-apply", "rebase"), ("CHERRY_PICK_HEAD", "cherry_pick"),
                      ("REVERT_HEAD", "revert")):
        if git_path(top, name).exists():
            return key
    if _git(["ls-files", "--unmerged"], top).stdout.strip():
        return "unmerged"
    if not allow_detached and _git(["symbolic-ref", "-q", "HEAD"], top,
                                   check=False).returncode != 0:
        return "detached"
    lock = git_path(top, "index.lock")
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while lock.exists():
        if time.monotonic() > deadline:
            return "index_locked"
        time.sleep(0.2)
    return None


def check_state(top: Path, *, allow_detached: bool = False) -> None:
    problem = unsafe_state(top, allow_detached=allow_detached)
    if problem is not None:
        raise GitError(t(f"git.state.{problem}", path=str(git_path(top, "index.lock"))))


# ---------------------------------------------------------------- committing a change


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


def _modes(top: Path, start: str | None, rel: list[str]) -> dict[str, str]:
    """Each path's mode in the commit ``start`` (an executable hook stays executable)."""
    if start is None:
        return {}
    out = _git(["ls-tree", "-z", start, "--", *rel], top).stdout
    modes = {}
    for entry in out.split("\0"):
        if entry:
            meta, _, path = entry.partition("\t")
            modes[path] = meta.split()[0]
    return modes


def make_commit(top: Path, paths: list[Path], message: str, who: Identity, *,
                expected: str | None) -> str | None:
    """A commit of exactly ``paths`` as they are now in the work tree (a path that no longer
    exists is removed), on top of ``expected`` — the commit checked out when the change began
    (None in a repository without commits) — not yet on any branch (see ``land``). None when
    the files are already committed as they are (nothing to do)."""
    rel = _relative(top, paths)
    scratch = git_path(top, f"tiepxuc-index-{os.getpid()}")
    env = {"GIT_INDEX_FILE": str(scratch)}
    try:
        _git(["read-tree", expected] if expected else ["read-tree", "--empty"], top, env=env,
             what="read-tree")
        present = [r for r, p in zip(rel, paths) if p.exists()]
        gone = [r for r, p in zip(rel, paths) if not p.exists()]
        blobs = _git(["hash-object", "-w", "--", *present], top,
                     what="hash-object").stdout.split() if present else []
        modes = _modes(top, expected, present)
        info = "".join(f"{modes.get(r, '100644')} {blob}\t{r}\n"
                       for r, blob in zip(present, blobs))
        if info:
            _git(["update-index", "--add", "--index-info"], top, env=env, input=info,
                 what="update-index")
        if gone:
            _git(["update-index", "--force-remove", "--", *gone], top, env=env,
                 what="update-index")
        tree = _git(["write-tree"], top, env=env, what="write-tree").stdout.strip()
    finally:
        scratch.unlink(missing_ok=True)
    if expected is not None and tree == _git(["rev-parse", f"{expected}^{{tree}}"], top,
                                             what="rev-parse").stdout.strip():
        return None
    people = {"GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email,
              "GIT_COMMITTER_NAME": who.name, "GIT_COMMITTER_EMAIL": who.email}
    args = ["commit-tree", tree, "-F", "-"]
    if expected:
        args[2:2] = ["-p", expected]
    if _git(["config", "--bool", "commit.gpgsign"], top, check=False).stdout.strip() == "true":
        args.append("-S")  # the office signs its commits: so are ours
    return _git(args, top, env=people, input=message, what="commit").stdout.strip()


def land(top: Path, commit: str, expected: str | None, message: str) -> None:
    """Move the checked-out branch to ``commit`` — only if it still points at ``expected``
    (compare-and-swap: RefMoved when someone committed in between)."""
    _git(["update-ref", "-m", message.splitlines()[0], "HEAD", commit, expected or ZERO], top,
         what="update-ref")


def commit(top: Path, paths: list[Path], message: str, who: Identity, *,
           expected: str | None) -> str | None:
    """``make_commit`` and ``land`` in one step (for a repository's first files)."""
    new = make_commit(top, paths, message, who, expected=expected)
    if new is not None:
        land(top, new, expected, message)
    return new


def sync_index(top: Path, paths: list[Path]) -> None:
    """Bring the changed paths up to date in the shared index after our commit (and only
    them: what someone else staged stays as it is)."""
    _retrying(["update-index", "--add", "--remove", "--", *_relative(top, paths)], top,
              what="update-index")
