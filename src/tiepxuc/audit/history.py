"""The history of every record file, read from git in two processes.

``git log --raw`` lists, commit by commit, which files changed and their content (blob) IDs,
renames included; ``git cat-file --batch`` then reads all those contents at once. Each file's
versions are chained across renames, so a record keeps its history when it is moved.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tiepxuc import vcs
from tiepxuc.calendar import VIETNAM
from tiepxuc.records import yamlio


@dataclass
class Version:
    commit: str
    author: str
    email: str
    when: datetime
    subject: str
    path: str
    status: str  # A, M, R, D
    blob: str | None  # None when the file is deleted
    text: str | None = None
    order: int = 0  # the commit's place in the history (oldest first), to compare two files

    @property
    def local_time(self) -> datetime:
        """The commit's time in Vietnam."""
        return self.when.astimezone(VIETNAM)

    @property
    def day(self) -> date:
        return self.local_time.date()

    def data(self) -> Any:
        if self.text is None:
            return None
        try:
            return yamlio.parse(self.text).data
        except yamlio.YamlProblem:
            return None


@dataclass
class Chain:
    """One file's versions, oldest first, across renames."""

    versions: list[Version] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.versions[-1].path

    @property
    def deleted(self) -> bool:
        return self.versions[-1].status == "D"


def _parse(output: str) -> list[tuple[list[str], list[tuple[str, str, list[str]]]]]:
    commits = []
    for chunk in output.split("\x1e"):
        if not chunk.strip("\0\n"):
            continue
        header, _, rest = chunk.partition("\0")
        fields = header.split("\x1f")
        tokens = rest.lstrip("\n").split("\0")
        entries, i = [], 0
        while i < len(tokens):
            token = tokens[i].lstrip("\n")
            if not token.startswith(":"):
                i += 1
                continue
            parts = token[1:].split()
            new_blob, status = parts[3], parts[4]
            names = 2 if status[:1] in "RC" else 1
            entries.append((status[:1], new_blob, tokens[i + 1:i + 1 + names]))
            i += 1 + names
        commits.append((fields, entries))
    return commits


def _blobs(root: Path, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    process = subprocess.run(["git", "cat-file", "--batch"], cwd=root, capture_output=True,
                             input="\n".join(ids).encode() + b"\n", check=True)
    out, data, position = {}, process.stdout, 0
    for blob in ids:
        end = data.index(b"\n", position)
        header = data[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        out[blob] = data[position:position + size].decode("utf-8", "replace")
        position += size + 1
    return out


def histories(root: Path, folders: list[str], *, with_text: bool = True) -> list[Chain]:
    """Every file that ever existed under ``folders`` (relative to ``root``), with the text
    of each version (or without, to pick chains first and read them with ``read_texts``)."""
    top = vcs.top_level(root)
    if top is None:
        return []
    prefix = root.resolve().relative_to(top.resolve()).as_posix()
    scoped = [f"{prefix}/{f}" if prefix != "." else f for f in folders]
    result = subprocess.run(
        ["git", "-c", "core.quotepath=false", "log", "--reverse", "-M", "--raw", "--no-abbrev",
         "-z", "--format=%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s", "--", *scoped],
        cwd=top, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        return []
    chains: dict[str, Chain] = {}
    finished: list[Chain] = []
    for order, (fields, entries) in enumerate(_parse(result.stdout)):
        commit, author, email, when, subject = (fields + [""] * 5)[:5]
        moment = datetime.fromisoformat(when)
        for status, blob, names in entries:
            path = names[-1]
            if prefix != ".":
                path = path[len(prefix) + 1:] if path.startswith(prefix + "/") else path
            if status == "R":
                old = names[0][len(prefix) + 1:] if prefix != "." and names[0].startswith(prefix + "/") else names[0]
                chain = chains.pop(old, Chain())
            elif status == "A":
                if path in chains:  # re-added after a deletion: a new record
                    finished.append(chains.pop(path))
                chain = Chain()
            else:
                chain = chains.get(path) or Chain()
            chain.versions.append(Version(commit, author, email, moment, subject, path, status,
                                          None if status == "D" else blob, order=order))
            if status == "D":
                finished.append(chains.pop(path, chain))
            else:
                chains[path] = chain
    everything = list(chains.values()) + finished
    if with_text:
        read_texts(top, everything)
    return everything


def read_texts(root: Path, chains: list[Chain]) -> None:
    texts = _blobs(root, sorted({v.blob for c in chains for v in c.versions if v.blob}))
    for chain in chains:
        for version in chain.versions:
            version.text = texts.get(version.blob) if version.blob else None


# ---------------------------------------------------------------- what changed between versions


def flatten(data: Any, prefix: tuple = ()) -> dict[tuple, str]:
    """``{"answer": {"kind": "x"}}`` → ``{("answer", "kind"): "x"}``; list items by index."""
    out: dict[tuple, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(flatten(value, (*prefix, str(key))))
    elif isinstance(data, list):
        if not data:
            out[prefix] = "[]"
        for i, value in enumerate(data):
            out.update(flatten(value, (*prefix, i)))
    else:
        out[prefix] = "" if data is None else str(data)
    return out


def differences(old: Any, new: Any) -> list[tuple[tuple, str | None, str | None]]:
    """(where, before, after) for every value that was added, changed or removed."""
    before, after = flatten(old or {}), flatten(new or {})
    keys = list(dict.fromkeys([*before, *after]))
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


# ---------------------------------------------------------------- one record's history


@dataclass
class Step:
    """One commit that touched the record, with the fields it changed."""

    version: Version
    renamed_from: str | None
    created: bool
    changes: list[tuple[tuple, str | None, str | None]]  # (where, before, after)

    @property
    def deleted(self) -> bool:
        return self.version.status == "D"


@dataclass
class RecordHistory:
    kind: str | None
    path: str
    steps: list[Step]


def _matches(chain: Chain, wanted: str) -> bool:
    for version in chain.versions:
        if wanted in (version.path, Path(version.path).stem):
            return True
        data = version.data()
        if isinstance(data, dict) and str(data.get("id", "")) == wanted:
            return True
    return False


def record_history(root: Path, wanted: str) -> RecordHistory | None:
    """The history of the record with ID (or path) ``wanted``, oldest change first; a record
    deleted since is found too. None when git never saw it."""
    from tiepxuc.layout import CALENDAR_FILE, RECORD_FOLDERS, UNIT_FILE

    wanted = wanted.strip().removeprefix("./")
    everything = histories(root, [*RECORD_FOLDERS, UNIT_FILE, CALENDAR_FILE], with_text=False)
    # Files are named after their record's ID: read the contents only when that fails.
    chains = [c for c in everything
              if any(wanted in (v.path, Path(v.path).stem) for v in c.versions)]
    if not chains:
        read_texts(root, everything)
        chains = [c for c in everything if _matches(c, wanted)]
    if not chains:
        return None
    read_texts(root, chains)
    chain = max(chains, key=lambda c: (not c.deleted, c.versions[-1].when))
    steps, previous = [], None
    for version in chain.versions:
        data = version.data()
        renamed = previous.path if previous is not None and previous.path != version.path else None
        steps.append(Step(version, renamed, previous is None,
                          differences(previous.data() if previous else None, data)
                          if version.status != "D" else []))
        previous = version
    kind = {UNIT_FILE: "unit", CALENDAR_FILE: "calendar"}.get(
        chain.path, RECORD_FOLDERS.get(chain.path.split("/", 1)[0]))
    return RecordHistory(kind, chain.path, steps)


def describe(kind: str | None, loc: tuple, value: str | None) -> str | None:
    """A value as people read it: a code followed by its Vietnamese label, “answer_later (trả
    lời sau)”; ``true``/``false`` as có/không."""
    if value is None or kind is None:
        return value
    from enum import Enum

    from tiepxuc.messages import has, t
    from tiepxuc.records.check import annotation_at
    from tiepxuc.records.models import RECORD_MODELS

    kind_type = annotation_at(RECORD_MODELS[kind], loc)
    if isinstance(kind_type, type) and issubclass(kind_type, Enum):
        key = f"enum.{kind_type.__name__}.{value}"
        return f"{value} ({t(key)})" if has(key) else value
    if loc and loc[-1] == "reason" and has(f"reason.{value}"):  # reasons named by the profile
        return f"{value} ({t(f'reason.{value}')})"
    if kind_type is date:
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if kind_type is bool and value.lower() in ("true", "false"):
        return t("value.yes" if value.lower() == "true" else "value.no")
    return value
