"""One change to the records: files written whole, then committed as one commit — or nothing.

Every command that changes records goes through ``apply``, holding the repository's lock
(tiepxuc.lock). It refuses unsafe git states (a merge or rebase left half-done, a detached HEAD,
git's index held by another program) and files with uncommitted edits; it writes the new files
atomically, commits exactly them with git's plumbing (vcs.commit: the shared index is never used
to build the commit, and the branch moves only if nobody moved it meanwhile), then brings those
paths up to date in the index. If anything fails — a write, git, Ctrl-C — before the commit
lands, every file is put back; files, index and HEAD are as they were.

A journal (``.tiepxuc/change.json``) and the old files (kept as second names in
``.tiepxuc/undo/``) exist only while a change is being made. After a hard kill or a power cut,
the next command that changes records finds them (``recover``): it finishes the change if its
commit landed, else puts every file back, says which, and removes them.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tiepxuc import vcs
from tiepxuc.errors import TiepxucError
from tiepxuc.fileio import atomic_write, atomic_write_bytes
from tiepxuc.messages import t, t_vi
from tiepxuc.paths import ensure_inside, relative


@dataclass
class Change:
    root: Path
    action: str  # init, add, answer, reply, resolve, conclude, issue, new-plan, new-session…
    record_id: str
    summary: str  # Vietnamese, for the commit message (never a citizen's personal data)
    files: dict[Path, str | None] = field(default_factory=dict)  # None: delete the file
    # Written with the change and put back with it, but never committed: files git ignores
    # (citizens' contact details in private/).
    private: dict[Path, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return t_vi("doc.commit", action=self.action, id=self.record_id, summary=self.summary)


class NothingToChange(TiepxucError):
    """The records already say what the change would write."""

    exit_code = 0


@contextmanager
def _held_interrupt():
    """Ctrl-C while a change is being made is held until the step under way is done; the change
    is then undone (or, if its commit has landed, finished) and the interrupt goes on. Yields
    "was it pressed?"."""
    pressed: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)


def _in_house_style(root: Path, files: dict[Path, str | None]) -> dict[Path, str | None]:
    """Each file as the repository writes its files: an edited file keeps its byte-order mark
    (Notepad's), a new record takes the line endings of tiepxuc.yaml (CRLF where Git for
    Windows checked the records out so)."""
    from tiepxuc.layout import UNIT_FILE

    try:
        crlf = b"\r\n" in (root / UNIT_FILE).read_bytes()[:4096]
    except OSError:
        crlf = False
    out: dict[Path, str | None] = {}
    for path, text in files.items():
        if text is not None:
            try:
                with open(path, "rb") as handle:
                    if handle.read(3) == b"\xef\xbb\xbf" and not text.startswith("\ufeff"):
                        text = "\ufeff" + text
            except FileNotFoundError:
                if crlf and path.suffix in (".yaml", ".yml") and "\r\n" not in text:
                    text = text.replace("\n", "\r\n")
            except OSError:
                pass
        out[path] = text
    return out


def _unchanged(writes: dict[Path, str | None]) -> bool:
    for path, text in writes.items():
        if text is None:
            if path.exists():
                return False
            continue
        try:
            if path.read_bytes() != text.encode("utf-8"):
                return False
        except OSError:
            return False
    return True


def apply(change: Change, *, author: str | None = None, commit: bool = True,
          allow_detached: bool = False) -> str | None:
    """Write the change and commit it; returns the commit's hash (None with ``commit=False``).

    All or nothing: if a write fails (a full disk), git fails or refuses, another commit lands
    first, or the user presses Ctrl-C, every file is put back as it was and nothing is committed
    — git's index and HEAD included. Raises NothingToChange when the records already say it."""
    root = change.root
    paths = [ensure_inside(root, p) for p in change.files]
    for path in change.private:
        ensure_inside(root, path)
    change.files = _in_house_style(root, change.files)
    writes = {**change.files, **change.private}
    if _unchanged(change.files) and _unchanged(change.private):
        raise NothingToChange(t("change.nothing"))
    top = who = start = None
    if commit:
        top = vcs.top_level(root)
        if top is None:
            raise TiepxucError(t("change.not_git", path=str(root)))
        vcs.check_state(top, allow_detached=allow_detached)
        who = vcs.identity(root, author)
        existing = [p for p in paths if p.exists()]
        touched = vcs.dirty(top, existing) if existing else []
        if touched:
            raise TiepxucError(t("change.dirty", files=", ".join(touched)))
        start = vcs.head(top)
    try:
        journal = Journal.begin(root, change, list(writes), head=start,
                                private=set(change.private))
    except OSError as exc:  # no room even for the journal: nothing was touched
        Journal(root, {"files": []}).finish()
        raise TiepxucError(t("safety.write_failed", path=str(root / JOURNAL),
                             reason=exc.strerror or type(exc).__name__)) from None
    landed: str | None = None
    stopped = False
    with _held_interrupt() as interrupted:
        try:
            try:
                for path, text in writes.items():
                    if text is None:
                        path.unlink(missing_ok=True)
                    else:
                        atomic_write(path, text, private=path in change.private)
            except OSError as exc:
                raise TiepxucError(t("safety.write_failed", path=str(path),
                                     reason=exc.strerror or type(exc).__name__)) from None
            if interrupted():
                raise KeyboardInterrupt
            if commit:
                made = vcs.make_commit(top, paths, change.message, who, expected=start)
                if made is None:  # git already has these files as they are
                    raise NothingToChange(t("change.nothing"))
                journal.committed(made)  # before the branch moves: a kill finds it
                try:
                    vcs.land(top, made, start, change.message)
                finally:  # whatever happened, did *our* commit land?
                    if vcs.is_ancestor(top, made):
                        landed = made
        except BaseException as exc:
            if landed is None:
                journal.undo()  # files back as they were; the index and HEAD never touched
                raise
            # our commit landed even so (Ctrl-C reached us after it): the change is whole
            stopped = isinstance(exc, KeyboardInterrupt)
        # The commit has landed: the change is whole. Only the index is left to update; if
        # another program holds it even now, the journal stays and the next command does it.
        try:
            if commit:
                vcs.sync_index(top, paths)
            journal.finish()
        except vcs.GitError as exc:
            raise IndexBehind(t("change.index_behind", commit=landed[:7],
                                paths=" ".join(relative(p, top) for p in paths)),
                              exc.detail) from None
    if stopped or interrupted():
        raise TiepxucError(t("change.interrupted_after_commit", commit=(landed or "")[:7]),
                           exit_code=130)
    return landed


class IndexBehind(vcs.GitError):
    """The commit landed but git's index could not be updated yet (another program holds it)."""

    exit_code = 0


# ---------------------------------------------------------------- the journal of a change


JOURNAL = Path(".tiepxuc") / "change.json"
UNDO = Path(".tiepxuc") / "undo"


class Journal:
    """What a change under way has touched, kept on disk so that it can be finished or undone
    after a hard kill. It names the record and the files, never their content."""

    def __init__(self, root: Path, data: dict) -> None:
        self.root, self.data = root, data

    @property
    def path(self) -> Path:
        return self.root / JOURNAL

    @classmethod
    def begin(cls, root: Path, change: Change, paths: list[Path], *, head: str | None,
              private: set[Path]) -> "Journal":
        folder = root / UNDO
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# tiepxuc's cache, lock and undo files: never committed\n*\n",
                              encoding="utf-8")
        files = []
        for index, path in enumerate(paths):
            files.append({"path": relative(path, root), "existed": path.exists(),
                          "undo": f"{os.getpid()}-{index}", "private": path in private})
        journal = cls(root, {"action": change.action, "record": change.record_id,
                             "head": head, "commit": None, "files": files})
        journal._save()  # first, so that no undo copy is ever left without it
        try:
            for entry, path in zip(files, paths):
                if entry["existed"]:
                    _keep(path, folder / entry["undo"])
        except OSError:
            journal.finish()
            raise
        return journal

    def _save(self) -> None:
        atomic_write(self.path, json.dumps(self.data, ensure_ascii=False), private=True)

    def committed(self, commit: str) -> None:
        self.data["commit"] = commit
        self._save()

    def undo(self) -> None:
        """Put every file the change wrote back as it was."""
        folder = self.root / UNDO
        for entry in self.data["files"]:
            target = self.root / entry["path"]
            kept = folder / entry["undo"]
            if entry["existed"]:
                if kept.exists():
                    os.replace(kept, target)
            else:
                target.unlink(missing_ok=True)
        self.finish()

    def finish(self) -> None:
        """The change is whole (or undone): its undo copies and the journal go."""
        folder = self.root / UNDO
        for entry in self.data["files"]:
            (folder / entry["undo"]).unlink(missing_ok=True)
        self.path.unlink(missing_ok=True)

    @classmethod
    def load(cls, root: Path) -> "Journal | None":
        try:
            return cls(root, json.loads((root / JOURNAL).read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):  # cut off while being written: nothing was touched yet
            return cls(root, {"action": "?", "record": "?", "files": [], "commit": None})


def _keep(path: Path, copy: Path) -> None:
    """The old file under a second name (a hard link: putting it back is a rename, which needs
    no free space); its bytes where the file system has no hard links (FAT, some shares)."""
    copy.unlink(missing_ok=True)
    try:
        os.link(path, copy)
    except OSError:
        atomic_write_bytes(copy, path.read_bytes(), private=True)


def recover(root: Path) -> str | None:
    """Finish or undo a change a hard kill left half-done; say which (None: nothing to do).
    Holding the repository's lock, no other change is under way: any undo copy left over
    belongs to no change and is removed."""
    journal = Journal.load(root)
    message = None
    if journal is not None:
        commit = journal.data.get("commit")
        top = vcs.top_level(root)
        what = f"{journal.data.get('action')} {journal.data.get('record')}"
        paths = [root / e["path"] for e in journal.data.get("files", []) if not e.get("private")]
        if commit and top is not None and vcs.is_ancestor(top, commit):
            if paths:
                vcs.sync_index(top, paths)
            journal.finish()
            message = t("change.recovered_finished", what=what, commit=commit[:7])
        else:
            journal.undo()
            message = t("change.recovered_undone", what=what)
    folder = root / UNDO
    if folder.is_dir():
        for stray in folder.iterdir():
            stray.unlink(missing_ok=True)
    return message
