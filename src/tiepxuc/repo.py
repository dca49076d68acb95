"""A unit's repository: where it is, and all its records loaded and checked for structure."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from tiepxuc.diagnostics import Diagnostic, Severity
from tiepxuc.fileio import UnreadableFile, read_text
from tiepxuc.layout import CALENDAR_FILE, UNIT_FILE, YAML_SUFFIXES, refused_link, walk
from tiepxuc.messages import t
from tiepxuc.paths import relative as _rel
from tiepxuc.records import yamlio
from tiepxuc.records.check import check_record
from tiepxuc.records.models import (
    RECORD_MODELS, CalendarFile, Conclusion, Model, Petition, Plan, Report, Session, Unit,
)

M = TypeVar("M", bound=Model)


@dataclass
class Record(Generic[M]):
    kind: str
    path: Path
    doc: yamlio.YamlDocument | None = None
    model: M | None = None

    @property
    def id(self) -> str | None:
        return getattr(self.model, "id", None)

    def position(self, *loc: str | int, key: bool = False) -> yamlio.Position:
        if self.doc is None:
            return yamlio.Position(1, 1)
        return self.doc.position(tuple(loc), key=key)


@dataclass
class Repository:
    root: Path
    unit_record: Record[Unit]
    calendar_record: Record[CalendarFile] | None = None
    records: list[Record] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _calendar: object = field(default=None, repr=False)

    @property
    def unit(self) -> Unit | None:
        return self.unit_record.model

    def valid(self, kind: str) -> list[Record]:
        return [r for r in self.records if r.kind == kind and r.model is not None]

    @property
    def plans(self) -> list[Record[Plan]]:
        return self.valid("plan")

    @property
    def sessions(self) -> list[Record[Session]]:
        return self.valid("session")

    @property
    def petitions(self) -> list[Record[Petition]]:
        return self.valid("petition")

    @property
    def conclusions(self) -> list[Record[Conclusion]]:
        return self.valid("conclusion")

    @property
    def reports(self) -> list[Record[Report]]:
        return self.valid("report")

    def calendar(self, *years: int):
        """The working calendar covering the records' years (and ``years``), built once per
        repository; the repository's calendar.yaml wins over the shipped calendar."""
        from datetime import date

        from tiepxuc import calendar as workdays

        if self._calendar is None:
            layer = None
            if self.calendar_record is not None and self.calendar_record.model is not None:
                layer = workdays.parse_layer(self.calendar_record.model)
            known = [*years, *(r.model.date.year for r in self.sessions),
                     *(r.model.year for r in self.plans)] or [workdays.today_in_vietnam().year]
            self._calendar = workdays.for_years(min(known), max(known), layer)
        elif years:
            self._calendar.is_working_day(date(min(years), 1, 1))  # widens the index if needed
            self._calendar.is_working_day(date(max(years), 12, 31))
        return self._calendar

    def known_ids(self) -> dict[str, str]:
        """ID → kind for every record that names an ID, valid or not (so that a reference to
        a record with a typo elsewhere in it is not also reported as a missing record)."""
        out: dict[str, str] = {}
        for record in self.records:
            raw = record.id
            if raw is None and record.doc is not None and isinstance(record.doc.data, dict):
                raw = record.doc.data.get("id")
            if raw is None and record.doc is None:
                raw = record.path.stem  # unreadable: its file name is the best guess
            if isinstance(raw, str):
                out.setdefault(raw, record.kind)
        return out

    def incomplete(self, kind: str) -> bool:
        """True when some record of this kind could not be read: counts would be wrong."""
        return any(r.model is None for r in self.records if r.kind == kind)

    def by_id(self) -> dict[str, Record]:
        """Each ID's first record (duplicates are reported by the loader)."""
        out: dict[str, Record] = {}
        for record in self.records:
            if record.id is not None:
                out.setdefault(record.id, record)
        return out


def load_one(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record:
    record: Record = Record(kind, path)
    try:
        text = read_text(path)
    except UnreadableFile as exc:
        rule = "FILE-TOO-LARGE" if exc.reason == "too_large" else "FILE-UNREADABLE"
        diagnostics.append(Diagnostic(
            path, exc.line, exc.column, rule, Severity.ERROR,
            t(f"repo.unreadable_{exc.reason}", **exc.values), fatal=True,
        ))
        return record
    try:
        record.doc = yamlio.parse(text)
    except yamlio.YamlProblem as problem:
        diagnostics.append(Diagnostic(
            path, problem.position.line, problem.position.column, problem.kind,
            Severity.ERROR, t(problem.key, **problem.values),
        ))
        return record
    checked = check_record(RECORD_MODELS[kind], record.doc, path)
    record.model = checked.model
    diagnostics.extend(checked.diagnostics)
    return record


def _refuse_link(path: Path, problem: str, target: str, diagnostics: list[Diagnostic]) -> None:
    """A link leading outside the repository (or to nothing) is reported, never read."""
    folder = "_folder" if os.path.isdir(path) else ""
    diagnostics.append(Diagnostic(
        path, 1, 1, "FILE-UNREADABLE", Severity.ERROR,
        t(f"repo.link_{problem}{folder}", target=target), fatal=True,
    ))


def _load_config(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record:
    """tiepxuc.yaml or calendar.yaml: read like a record, unless it links outside."""
    link = refused_link(path)
    if link is not None:
        _refuse_link(path, *link, diagnostics)
        return Record(kind, path)
    return load_one(kind, path, diagnostics)


def load(root: Path, progress: Callable[[int], None] | None = None) -> Repository:
    """Every record under ``root``; ``progress(n)`` is told of each file read."""
    # Loading creates many objects that all stay alive: Python's cycle collector would scan
    # them again and again for nothing (about 40 % of the loading time of a large unit).
    collecting = gc.isenabled()
    gc.disable()
    try:
        diagnostics: list[Diagnostic] = []
        unit = _load_config("unit", root / UNIT_FILE, diagnostics)
        repo = Repository(root, unit, diagnostics=diagnostics)
        calendar = root / CALENDAR_FILE
        if os.path.islink(calendar) or calendar.is_file():
            repo.calendar_record = _load_config("calendar", calendar, diagnostics)
        refused: list[tuple[str, str, str, str]] = []
        for kind, path, _ in walk(root, refused):
            repo.records.append(load_one(kind, Path(path), diagnostics))
            if progress is not None:
                progress(1)
        for kind, path, problem, target in refused:
            _refuse_link(Path(path), problem, target, diagnostics)
            if path.endswith(YAML_SUFFIXES):  # a record that exists but cannot be read
                repo.records.append(Record(kind, Path(path)))
    finally:
        if collecting:
            gc.enable()
    _check_ids(repo)
    return repo


def _check_ids(repo: Repository) -> None:
    holders: dict[str, list[Record]] = {}
    for record in repo.records:
        if record.doc is None or not isinstance(record.doc.data, dict):
            continue
        # Use the typed ID even when the rest of the record is invalid, so duplicates still show.
        raw_id = record.id or record.doc.data.get("id")
        if not isinstance(raw_id, str):
            continue
        holders.setdefault(raw_id, []).append(record)
        if record.path.stem != raw_id:
            position = record.position("id")
            repo.diagnostics.append(Diagnostic(
                record.path, position.line, position.column, "ID-FILENAME", Severity.WARNING,
                t("repo.id_filename", id=raw_id, name=record.path.name),
            ))
    for raw_id, records in holders.items():
        if len(records) < 2:
            continue
        for record in records:  # each copy points at the others
            others = ", ".join(
                f"{_rel(o.path, repo.root)}:{o.position('id').line}" for o in records if o is not record)
            position = record.position("id")
            repo.diagnostics.append(Diagnostic(
                record.path, position.line, position.column, "ID-DUPLICATE", Severity.ERROR,
                t("repo.duplicate_id", id=raw_id, other=others),
            ))


def relative(repo: Repository, path: Path) -> str:
    return _rel(path, repo.root)
