"""A unit's repository: where it is, and all its records loaded and checked for structure."""

from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from tiepxuc.diagnostics import Diagnostic, Severity
from tiepxuc.errors import NotARepositoryError
from tiepxuc.fileio import FileGone, UnreadableFile, read_text
from tiepxuc.layout import CALENDAR_FILE, UNIT_FILE, YAML_SUFFIXES, refused_link, walk
from tiepxuc.messages import phrase, t
from tiepxuc.paths import relative as _rel
from tiepxuc.records import yamlio
from tiepxuc.records.check import check_record
from tiepxuc.store import RecordStore, compact
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
    # The citizens' names and contacts the record holds (privacy.personal_values), once known:
    # kept in the record store, so that redaction does not walk every record at each run.
    personal: dict[str, list[str]] | None = field(default=None, compare=False, repr=False)

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
    _hide: object = field(default=None, init=False, repr=False)  # privacy.hide_for, once
    _by_kind: tuple | None = field(default=None, init=False, repr=False)  # valid(), once
    store: RecordStore | None = field(default=None, init=False, repr=False)
    parsed: int = field(default=0, init=False, repr=False)  # record files parsed by this load (not stored)

    @property
    def unit(self) -> Unit | None:
        return self.unit_record.model

    def valid(self, kind: str) -> list[Record]:
        """The records of ``kind`` that could be read and checked (sorted out once per list
        of records: the rules ask for them many times)."""
        stamp = (id(self.records), len(self.records))
        if self._by_kind is None or self._by_kind[0] != stamp:
            by_kind: dict[str, list[Record]] = {}
            for r in self.records:
                if r.model is not None:
                    by_kind.setdefault(r.kind, []).append(r)
            self._by_kind = (stamp, by_kind)
        return list(self._by_kind[1].get(kind, ()))

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


# A file that vanished between being listed and being read may be in the middle of being
# replaced (a sync tool deletes, then writes): it is looked for once more after this pause.
GONE_PAUSE = 0.05


def load_one(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record:
    """The record in the file at ``path``; its problems are added to ``diagnostics``."""
    record = _read(kind, path, diagnostics)
    return record if record is not None else Record(kind, path)


def _read(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record | None:
    """Like load_one; None when the file is no longer there (gone: not a problem)."""
    record: Record = Record(kind, path)
    try:
        text = read_text(path)
    except FileGone:
        return None
    except UnreadableFile as exc:
        rule = "FILE-TOO-LARGE" if exc.reason == "too_large" else "FILE-UNREADABLE"
        said = phrase(f"repo.unreadable_{exc.reason}", **exc.values)
        diagnostics.append(Diagnostic(
            path, exc.line, exc.column, rule, Severity.ERROR, str(said), fatal=True, said=said,
        ))
        return record
    markers = yamlio.conflict_markers(text)
    if markers:  # left half-merged by git: every marker line is a place to fix
        first = markers[0][0]
        problem = yamlio.merge_conflict(markers)
        said = phrase(problem.key, **problem.values)
        diagnostics.append(Diagnostic(path, first, 1, problem.kind, Severity.ERROR, str(said),
                                      said=said))
        for line, marker in markers[1:]:
            said = phrase("yaml.merge_conflict_marker", marker=marker, first=first)
            diagnostics.append(Diagnostic(path, line, 1, problem.kind, Severity.ERROR, str(said),
                                          said=said))
        return record
    try:
        record.doc = yamlio.parse(text)
    except yamlio.YamlProblem as problem:
        said = phrase(problem.key, **problem.values)
        diagnostics.append(Diagnostic(
            path, problem.position.line, problem.position.column, problem.kind,
            Severity.ERROR, str(said), said=said,
        ))
        return record
    checked = check_record(RECORD_MODELS[kind], record.doc, path)
    record.model = checked.model
    diagnostics.extend(checked.diagnostics)
    return record


def _refuse_link(path: Path, problem: str, target: str, diagnostics: list[Diagnostic]) -> None:
    """A link leading outside the repository (or to nothing) is reported, never read; so is a
    folder that cannot be listed ("denied")."""
    if problem == "denied":
        said = phrase("repo.unreadable_folder")
    else:
        folder = "_folder" if os.path.isdir(path) else ""
        said = phrase(f"repo.link_{problem}{folder}", target=target)
    diagnostics.append(Diagnostic(path, 1, 1, "FILE-UNREADABLE", Severity.ERROR, str(said),
                                  fatal=True, said=said))


def _read_again(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record | None:
    """A file that was gone, read once more after a pause; None when it is still gone."""
    time.sleep(GONE_PAUSE)
    return _read(kind, path, diagnostics)


def _load_config(kind: str, path: Path, diagnostics: list[Diagnostic]) -> Record | None:
    """tiepxuc.yaml or calendar.yaml: read like a record, unless it links outside; None when
    the file is gone (deleted while being read)."""
    link = refused_link(path)
    if link is not None:
        _refuse_link(path, *link, diagnostics)
        return Record(kind, path)
    record = _read(kind, path, diagnostics)
    return record if record is not None else _read_again(kind, path, diagnostics)


# From this many files to read, a cold load reads them in worker processes, one per core (the
# main process only: a roll-up's units are loaded in workers already).
PARALLEL_FROM = 3000


def _read_piece(files: list[tuple[str, str, str, os.stat_result]],
                read_at: float) -> tuple[bytes, list]:
    """In a worker: read files of one shard of the record store, each (kind, path, path
    relative to the root, stat). The clean ones come back as the store keeps them, pickled
    once, here ({relative path: entry}: the main process keeps these bytes as they are); the
    others (with problems, gone, too young to keep) as (place in ``files``, record, problems)."""
    from tiepxuc import store

    with without_cycle_collection():  # the records stay alive until sent
        entries, others = {}, []
        for at, (kind, path, relative, st) in enumerate(files):
            found: list[Diagnostic] = []
            record = _read(kind, Path(path), found)
            kept = store.entry(kind, st, record, read_at) \
                if record is not None and not found else None
            if kept is not None:
                entries[relative] = kept
            else:
                if record is not None and not found:
                    compact(record)
                others.append((at, record, found))
        return store.frozen(entries), others


def _read_all(root: Path, files: list[tuple[str, str, os.stat_result]], read_at: float,
              store: RecordStore | None, progress=None):
    """Read ``files`` (kind, path, stat): (place in ``files``, record, problems, kept in the
    store), in worker processes when there are many (each reading whole shards of the store,
    so that a record is pickled once: to be handed over and kept)."""
    from itertools import repeat

    from tiepxuc.store import Paths, relative_path, shard_of, unpack
    from tiepxuc.workers import in_a_worker, pool, worker_count

    workers = worker_count(len(files))
    if len(files) < PARALLEL_FROM or workers < 2 or in_a_worker():
        for at, (kind, path, st) in enumerate(files):  # each compacted once read, if kept
            found: list[Diagnostic] = []
            record = _read(kind, Path(path), found)
            if progress is not None:
                progress(1)
            kept = store is not None and record is not None and not found \
                and store.put(kind, path, st, record, read_at)
            if store is not None and not kept:
                store.forget(path)  # problems are read again each time, in the run's language
            yield at, record, found, kept
        return
    prefix = os.path.join(str(root), "")
    shards: dict[int, list[int]] = {}
    pieces: dict[int, list] = {}
    for at, (kind, path, st) in enumerate(files):
        relative = relative_path(root, prefix, path)
        shard = shard_of(relative)
        shards.setdefault(shard, []).append(at)
        pieces.setdefault(shard, []).append((kind, path, relative, st))
    order = sorted(pieces)
    paths = store.paths if store is not None else Paths()
    with pool(workers) as executor:
        try:
            results = executor.map(_read_piece, [pieces[s] for s in order], repeat(read_at))
            for shard, (payload, others) in zip(order, results):
                places = shards[shard]
                if store is not None:
                    entries = store.adopt(shard, payload)
                else:
                    import pickle

                    entries = pickle.loads(payload)
                for (kind, path, relative, st), at in zip(pieces[shard], places):
                    kept = entries.get(relative)
                    if kept is not None:
                        doc, model, personal = unpack(paths(path), kept)
                        yield at, Record(kind, doc.file, doc, model, personal), [], True
                for at, record, found in others:
                    if store is not None:
                        store.forget(files[places[at]][1])
                    yield places[at], record, found, False
                if progress is not None:
                    progress(len(places))
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise


@contextmanager
def without_cycle_collection():
    """Python's cycle collector off while records are loaded and results computed: they make
    many objects that all stay alive, which it would scan again and again for nothing (about
    40 % of the time of a large unit). Reference counting still frees what is dropped. When it
    is turned on again, the objects made meanwhile and still alive are scanned once: callers
    drop the records before leaving the block (a unit of 100,000 records still alive costs a
    collection of some seconds)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def load(root: Path, progress: Callable[[int], None] | None = None, *,
         use_store: bool = True) -> Repository:
    """Every record under ``root``; ``progress(n)`` is told of each file read. Records come
    from the record store (store.py) when their file has not changed since it was read."""
    with without_cycle_collection():
        diagnostics: list[Diagnostic] = []
        unit = _load_config("unit", root / UNIT_FILE, diagnostics)
        if unit is None:  # the repository went away while being read (a checkout, a move)
            raise NotARepositoryError(t("repo.not_found", path=str(root), file=UNIT_FILE))
        repo = Repository(root, unit, diagnostics=diagnostics)
        calendar = root / CALENDAR_FILE
        if os.path.islink(calendar) or calendar.is_file():
            repo.calendar_record = _load_config("calendar", calendar, diagnostics)
        refused: list[tuple[str, str, str, str]] = []
        gone: list[tuple[int, str, Path]] = []
        store = RecordStore(root) if use_store else None
        listed = walk(root, refused)
        read_at = time.time()  # before reading: a file changed from now on looks young
        missing: list[tuple[int, str, str, os.stat_result]] = []
        for kind, path, st in listed:
            kept = store.get(kind, path, st) if store is not None else None
            if kept is not None:
                doc, model, personal = kept
                repo.records.append(Record(kind, doc.file, doc, model, personal))
                if progress is not None:
                    progress(1)
            else:
                missing.append((len(repo.records), kind, path, st))
                repo.records.append(None)
        reading = _read_all(root, [(kind, path, st) for _, kind, path, st in missing],
                            read_at, store, progress)
        problems: list[list[Diagnostic]] = [[] for _ in missing]
        for at, record, found, kept in reading:
            index, kind, path, _ = missing[at]
            problems[at] = found
            if store is not None:
                store.parsed += 1
            if kept:
                compact(record)
            if record is None:
                gone.append((index, kind, Path(path)))
            repo.records[index] = record
        diagnostics.extend(d for found in problems for d in found)  # in the files' order
        gone.sort()
        if gone:  # files deleted after being listed: back in place after one pause, or skipped
            time.sleep(GONE_PAUSE)
            for index, kind, path in gone:
                repo.records[index] = _read(kind, path, diagnostics)
            repo.records = [r for r in repo.records if r is not None]
        for kind, path, problem, target in refused:
            _refuse_link(Path(path), problem, target, diagnostics)
            if path.endswith(YAML_SUFFIXES):  # a record that exists but cannot be read
                repo.records.append(Record(kind, Path(path)))
        if store is not None:
            store.save()
            repo.parsed, repo.store = store.parsed, store
        _check_ids(repo)
    return repo


def _check_ids(repo: Repository) -> None:
    holders: dict[str, list[Record]] = {}
    for record in repo.records:
        # Use the typed ID even when the rest of the record is invalid, so duplicates still show.
        raw_id = record.id
        if raw_id is None:
            if record.doc is None or not isinstance(record.doc.data, dict):
                continue
            raw_id = record.doc.data.get("id")
        if not isinstance(raw_id, str):
            continue
        holders.setdefault(raw_id, []).append(record)
        if record.path.stem != raw_id:
            position = record.position("id")
            said = phrase("repo.id_filename", id=raw_id, name=record.path.name)
            repo.diagnostics.append(Diagnostic(
                record.path, position.line, position.column, "ID-FILENAME", Severity.WARNING,
                str(said), said=said,
            ))
    for raw_id, records in holders.items():
        if len(records) < 2:
            continue
        for record in records:  # each copy points at the others
            others = ", ".join(
                f"{_rel(o.path, repo.root)}:{o.position('id').line}" for o in records if o is not record)
            position = record.position("id")
            said = phrase("repo.duplicate_id", id=raw_id, other=others)
            repo.diagnostics.append(Diagnostic(
                record.path, position.line, position.column, "ID-DUPLICATE", Severity.ERROR,
                str(said), said=said,
            ))


def relative(repo: Repository, path: Path) -> str:
    return _rel(path, repo.root)
