"""One change to the records: files written whole, then committed as one commit — or nothing.

Every command that changes records goes through ``apply``: it refuses to touch a file that has
uncommitted edits (they would be mixed into the tool's commit), writes the new files
atomically, commits exactly them with a structured message
(``tiepxuc: <action> <ID> — <summary>``), and puts everything back if the commit fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import signal
import threading
from contextlib import contextmanager

from tiepxuc import vcs
from tiepxuc.errors import TiepxucError
from tiepxuc.fileio import atomic_write
from tiepxuc.messages import t, t_vi
from tiepxuc.paths import ensure_inside


@dataclass
class Change:
    root: Path
    action: str  # init, add, answer, reply, resolve, conclude, issue, new-plan, new-session…
    record_id: str
    summary: str  # Vietnamese, for the commit message
    files: dict[Path, str | None] = field(default_factory=dict)  # None: delete the file
    # Written with the change and put back with it, but never committed: files git ignores
    # (citizens' contact details in private/).
    private: dict[Path, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return t_vi("doc.commit", action=self.action, id=self.record_id, summary=self.summary)


@contextmanager
def _held_interrupt():
    """Ctrl-C while the files are being written is held until they are all written (or all put
    back): the change is then undone and the interrupt goes on. Yields "was it pressed?"."""
    pressed: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, previous)


def apply(change: Change, *, author: str | None = None, commit: bool = True) -> str | None:
    """Write the change and commit it; returns the commit's hash (None with ``commit=False``).

    All or nothing: if a write fails (a full disk), the commit fails or the user presses Ctrl-C,
    every file is put back as it was and nothing is committed."""
    paths = [ensure_inside(change.root, p) for p in change.files]
    writes = {**change.files, **change.private}
    for path in change.private:
        ensure_inside(change.root, path)
    who = None
    if commit:
        top = vcs.top_level(change.root)
        if top is None:
            raise TiepxucError(t("change.not_git", path=str(change.root)))
        who = vcs.identity(change.root, author)
        existing = [p for p in paths if p.exists()]
        touched = vcs.dirty(top, existing) if existing else []
        if touched:
            raise TiepxucError(t("change.dirty", files=", ".join(touched)))
    kept = _Undo(change.root, list(writes), private=set(change.private))
    start, committing = None, False
    try:
        with _held_interrupt() as interrupted:
            try:
                for path, text in writes.items():
                    kept.written.append(path)
                    if text is None:
                        path.unlink(missing_ok=True)
                    else:
                        atomic_write(path, text, private=path in change.private)
            except OSError as exc:
                raise TiepxucError(t("safety.write_failed", path=str(path),
                                     reason=exc.strerror or type(exc).__name__)) from None
            if interrupted():
                raise KeyboardInterrupt
        if not commit:
            return None
        start, committing = vcs.head(top), True
        return vcs.commit(top, paths, change.message, who)
    except BaseException:
        # Ctrl-C reaches git too: if its commit landed all the same, the change is whole.
        landed = committing and vcs.head(top) != start
        if not landed:
            with _held_interrupt():  # leave the repository as it was, even when pressed again
                kept.restore()
        raise
    finally:
        kept.discard()


class _Undo:
    """The files a change replaces, kept as they were so they can be put back.

    Each is kept as a second name (a hard link) for the same data, in ``.tiepxuc/undo``: putting
    it back is a rename, which needs no free space, so even a full disk cannot stop it."""

    def __init__(self, root: Path, paths: list[Path], *, private: set[Path]) -> None:
        import os

        self.private = private
        self.written: list[Path] = []
        self.kept: dict[Path, Path | bytes | None] = {}
        folder = root / ".tiepxuc" / "undo"
        for index, path in enumerate(paths):
            if not path.exists():
                self.kept[path] = None
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True)
                ignore = folder.parent / ".gitignore"
                if not ignore.exists():
                    ignore.write_text("# tiepxuc's cache and undo files: never committed\n*\n",
                                      encoding="utf-8")
                link = folder / f"{os.getpid()}-{index}"
                link.unlink(missing_ok=True)
                os.link(path, link)
                self.kept[path] = link
            except OSError:  # no hard links here: keep the bytes
                self.kept[path] = path.read_bytes()

    def restore(self) -> None:
        import os

        from tiepxuc.fileio import atomic_write_bytes

        for path in self.written:
            old = self.kept.get(path)
            if old is None:
                path.unlink(missing_ok=True)
            elif isinstance(old, Path):
                os.replace(old, path)
            else:
                atomic_write_bytes(path, old, private=path in self.private)

    def discard(self) -> None:
        for old in self.kept.values():
            if isinstance(old, Path):
                old.unlink(missing_ok=True)
