"""One change to the records: files written whole, then committed as one commit — or nothing.

Every command that changes records goes through ``apply``: it refuses to touch a file that has
uncommitted edits (they would be mixed into the tool's commit), writes the new files
atomically, commits exactly them with a structured message
(``tiepxuc: <action> <ID> — <summary>``), and puts everything back if the commit fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tiepxuc import vcs
from tiepxuc.errors import TiepxucError
from tiepxuc.fileio import atomic_write
from tiepxuc.messages import t, t_vi


@dataclass
class Change:
    root: Path
    action: str  # init, add, answer, reply, resolve, conclude, issue, new-plan, new-session…
    record_id: str
    summary: str  # Vietnamese, for the commit message
    files: dict[Path, str | None] = field(default_factory=dict)  # None: delete the file

    @property
    def message(self) -> str:
        return t_vi("doc.commit", action=self.action, id=self.record_id, summary=self.summary)


def apply(change: Change, *, author: str | None = None, commit: bool = True) -> str | None:
    """Write the change and commit it; returns the commit's hash (None with ``commit=False``)."""
    paths = list(change.files)
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
    before = {p: p.read_text(encoding="utf-8") if p.exists() else None for p in paths}
    try:
        for path, text in change.files.items():
            if text is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write(path, text)
        if not commit:
            return None
        return vcs.commit(top, paths, change.message, who)
    except BaseException:
        for path, text in before.items():  # leave the repository as it was
            if text is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write(path, text)
        raise
