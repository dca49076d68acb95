"""A province or district office's view over its units' repositories (roll-up).

The higher-level repository lists its units in ``tiepxuc.yaml`` (``units: [{path: …}]``); each
unit stays its own repository (a folder or a git submodule) with its own profile and calendar.
Everything here works on *members*: the higher-level repository itself, then each unit, so
that a plain unit repository is simply a roll-up with one member.

A petition a unit forwards to the level above is linked to its handling there by the
``origin: {unit, petition}`` of the petition recorded at the higher level.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from pathlib import Path

from tiepxuc.diagnostics import Diagnostic, Severity
from tiepxuc.messages import t, typed
from tiepxuc.scan import DAILY, Deadlines, Query, UnitScan
from tiepxuc.workers import pool, worker_count

TOP = "."  # the key of the higher-level repository itself
# Scan units in parallel when this many files need scanning: below it, starting the worker
# processes costs more than it saves.
PARALLEL_FROM = 3000


@dataclass
class Member:
    key: str  # "." for the repository itself, else the unit's path as listed in `units:`
    name: str
    root: Path
    scan: UnitScan

    @property
    def is_top(self) -> bool:
        return self.key == TOP

    def path(self, relative: str) -> str:
        """A file of this member (given relative to its root, with "/"), relative to the
        roll-up's root. Plain strings: a province has 100,000 of them."""
        return relative if self.is_top else f"{self.key}/{relative}"


@dataclass
class Rollup:
    root: Path
    members: list[Member]  # the repository itself first, then its units in the listed order
    diagnostics: list[Diagnostic] = field(default_factory=list)  # about the roll-up itself
    shown: list[Member] = field(default_factory=list)  # the members --unit asked for

    @property
    def top(self) -> Member:
        return self.members[0]

    @property
    def is_rollup(self) -> bool:
        return bool(self.top.scan.units)

    def all_diagnostics(self) -> list[Diagnostic]:
        """Every member's problems with paths from the roll-up's root, and the roll-up's own."""
        out = list(self.diagnostics)
        for member in self.shown:
            out.extend(replace(d, file=self.root / member.path(str(d.file)))
                       for d in member.scan.diagnostics)
        return out


def by_urgency(pair) -> tuple:
    """(member, row) pairs as check-deadlines and the dashboard list them: overdue first, the
    most urgent first within each status; done ones newest first."""
    global _ORDER
    if _ORDER is None:
        from tiepxuc.status import STATUS_ORDER

        _ORDER = {str(status): index for index, status in enumerate(STATUS_ORDER)}
    member, row = pair
    order = _ORDER[row.status]
    if row.status in ("done_on_time", "done_late"):
        return (order, -row.due.toordinal(), row.id, member.key)
    return (order, row.due.toordinal(), row.days, row.id, member.key)


_ORDER: dict[str, int] | None = None  # each status's place in STATUS_ORDER


def _inside(root: Path, target: Path) -> bool:
    try:
        target.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _unit_problem(root: Path, path: str) -> tuple[str, str] | None:
    """Why the unit at ``path`` cannot be read: outside the repository, or not there."""
    from tiepxuc.layout import UNIT_FILE

    target = root / path
    if os.path.isabs(path) or not _inside(root, target):
        return "ROLLUP-UNIT-OUTSIDE", "rollup.unit_outside"
    if not target.is_dir():
        return "ROLLUP-UNIT-MISSING", "rollup.unit_missing"
    if not (target / UNIT_FILE).is_file():
        # An uninitialised git submodule is an empty folder.
        return "ROLLUP-UNIT-MISSING", "rollup.unit_not_repository"
    return None


def _wanted(links, only: list[str]) -> set[str]:
    """The units ``only`` names: any part of a unit's path or listed name, accents optional."""
    import re

    from tiepxuc.errors import TiepxucError
    from tiepxuc.repeats import fold

    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")

    chosen: set[str] = set()
    for text in only:
        needle = slug(text)
        hits = {link.path for link in links
                if needle and (needle in slug(link.path) or needle in slug(link.name or ""))}
        if not hits:
            names = ", ".join(link.path for link in links)
            raise TiepxucError(t("rollup.no_such_unit", unit=typed(text), units=names or "—"))
        chosen |= hits
    return chosen


@dataclass
class _Job:
    root: Path
    key: str  # the cache key of the unit's inputs
    files: int
    cached: object | None  # the unit's basis (a daily query), or the query's result
    cacheable: bool  # no input file so young that a change could go unseen
    gone: bool = False  # the unit went away while it was being read

    @property
    def store_key(self) -> str | None:
        return self.key if self.cacheable else None


def _kept_as(query: Query) -> str:
    """The name a query's result is kept under: the daily queries share the unit's basis."""
    return "basis" if isinstance(query, DAILY) else query.name


def _inputs(root: Path, query: Query) -> tuple[list, str]:
    """The unit's input files with their stats, and the key of what is kept for ``query``:
    the basis, whatever the day, options or language (it is worded when shown), or a yearly
    query's result (its figures hold words: the language is part of its key)."""
    from tiepxuc import cache
    from tiepxuc.layout import input_files
    from tiepxuc.messages import language

    files = input_files(root)
    if isinstance(query, DAILY):
        return files, cache.signature(files, "basis")
    return files, cache.signature(files, query.name, repr(query), language())


def _job(root: Path, query: Query) -> _Job:
    """A unit to scan, with what is kept for it when nothing changed since."""
    from tiepxuc import cache

    files, key = _inputs(root, query)
    kept = cache.read(root, _kept_as(query), key)
    if kept is not None and isinstance(query, DAILY) and not _answers(kept, query):
        kept = None  # made again
    return _Job(root, key, len(files), kept, cache.settled(files))


def _answers(basis, query: Query) -> bool:
    """The basis holds for the day asked about, and its words are not in another language."""
    from tiepxuc.messages import language

    return basis.covers(query.as_of) and not (basis.worded and basis.language != language())


def _answer(query: Query, kept) -> UnitScan:
    return query.from_basis(kept) if isinstance(query, DAILY) else kept


def _scan_and_store(root: Path, query: Query, key: str | None,
                    on_file: Callable[[int], None] | None = None):
    """Scan a unit and keep what it gives under ``key`` (None: do not keep it): its basis for
    a daily query, or the query's result. None when the unit is no longer there (its
    tiepxuc.yaml went away while it was being read)."""
    from tiepxuc import cache
    from tiepxuc.errors import NotARepositoryError
    from tiepxuc.scan import days_held, scan, unit_basis

    try:
        if isinstance(query, DAILY):
            kept = unit_basis(root, days_held(query.as_of), on_file)
        else:
            kept = scan(root, query, on_file)
    except NotARepositoryError:
        return None
    # Files that changed, appeared or vanished while they were read (a sync tool, another
    # clone's checkout) make the inputs differ from those the key was made of: the result is
    # shown, not kept as the result of files it may not have read.
    if key is not None and _inputs(root, query)[1] == key:
        cache.write(root, _kept_as(query), key, kept)
    return kept


class _Counter:
    """Counts files scanned for the progress bar."""

    def __init__(self, total: int, progress) -> None:
        self.done, self.total, self.progress = 0, total, progress

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def scan_rollup(root: Path, query: Query,
                only: list[str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> Rollup:
    """Scan the repository at ``root`` and each unit it lists (cached, in parallel when big).

    ``only`` keeps the units named (by path, or by name without accents); the repository
    itself is always scanned, for the links. ``progress(done, total)`` counts files."""
    return scan_rollups(root, (query,), only, progress)[0]


def scan_rollups(root: Path, queries: tuple, only: list[str] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[Rollup]:
    """``scan_rollup`` for several queries kept alike (the daily ones share each unit's
    basis): the units are listed, looked up and read once for all of them (the web app's
    dashboard asks for the deadlines and the problems of the same day)."""
    from tiepxuc.scan import listed_units

    query = queries[0]
    assert all(_kept_as(q) == _kept_as(query) for q in queries)
    top_job = _job(root, query)
    # A cold run reads the list of units from tiepxuc.yaml alone, so that the repository's own
    # records are scanned alongside its units instead of before them.
    listed = top_job.cached.units if top_job.cached is not None else listed_units(root)
    chosen = _wanted(listed, only) if only else None
    diagnostics, pending = [], []
    for link in listed:
        problem = _unit_problem(root, link.path)
        if problem is not None:
            rule_id, message = problem
            diagnostics.append(Diagnostic(
                root / "tiepxuc.yaml", link.line, link.column, rule_id, Severity.ERROR,
                t(message, path=link.path), t(f"rule.{rule_id}.basis")))
        elif chosen is None or link.path in chosen:
            pending.append((link, _job(root / link.path, query)))
    todo = [job for job in (top_job, *(job for _, job in pending)) if job.cached is None]
    for root_of, kept in _scan_many(todo, query, progress).items():
        for job in todo:
            if job.root == root_of:
                job.cached, job.gone = kept, kept is None
    if top_job.gone:  # the repository itself went away while it was being read
        from tiepxuc.errors import NotARepositoryError
        from tiepxuc.layout import UNIT_FILE

        raise NotARepositoryError(t("repo.not_found", path=str(root), file=UNIT_FILE))
    return [_assemble(root, asked, top_job, pending, chosen, diagnostics) for asked in queries]


def _assemble(root: Path, query: Query, top_job: _Job, pending: list, chosen,
              diagnostics: list[Diagnostic]) -> Rollup:
    """One query's roll-up, from what each unit keeps (its basis, or the query's result)."""
    top_scan = _answer(query, top_job.cached)
    top = Member(TOP, top_scan.name, root, top_scan)
    rollup = Rollup(root, [top], list(diagnostics), [top] if chosen is None else [])
    for link, job in pending:
        if job.gone:  # the unit went away while it was being read
            rollup.diagnostics.append(Diagnostic(
                root / "tiepxuc.yaml", link.line, link.column, "ROLLUP-UNIT-MISSING",
                Severity.ERROR, t("rollup.unit_not_repository" if job.root.is_dir()
                                  else "rollup.unit_missing", path=link.path),
                t("rule.ROLLUP-UNIT-MISSING.basis")))
            continue
        result = _answer(query, job.cached)
        member = Member(link.path.strip("/"), link.name or result.name, job.root, result)
        rollup.members.append(member)
        rollup.shown.append(member)
    if not isinstance(query, Deadlines):
        rollup.diagnostics.extend(_origin_problems(rollup))
    _link_rows(rollup)
    return rollup


def _scan_many(jobs: list[_Job], query: Query, progress) -> dict[Path, object | None]:
    """Scan the units not in the cache: in worker processes when there are many files."""
    counter = _Counter(sum(job.files for job in jobs), progress)
    out: dict[Path, UnitScan | None] = {}
    workers = worker_count(len(jobs))
    if workers > 1 and counter.total >= PARALLEL_FROM:
        from concurrent.futures import as_completed

        # The biggest units first, so that no worker is left with a big one at the end.
        jobs = sorted(jobs, key=lambda job: -job.files)
        with pool(workers) as executor:
            futures = {executor.submit(_scan_and_store, job.root, query, job.store_key): job
                       for job in jobs}
            try:
                for future in as_completed(futures):
                    job = futures[future]
                    out[job.root] = future.result()
                    counter(job.files)
            except BaseException:
                executor.shutdown(wait=False, cancel_futures=True)
                raise
        return out
    for job in jobs:
        out[job.root] = _scan_and_store(job.root, query, job.store_key, counter)
    return out


# ---------------------------------------------------------------- forwarded petitions


def _origin_problems(rollup: Rollup) -> list[Diagnostic]:
    """A higher-level petition's ``origin`` must name a listed unit and a forwarded petition."""
    top = rollup.top
    listed = {link.path.strip("/") for link in top.scan.units}
    loaded = {m.key: m for m in rollup.members[1:]}
    seen: dict[tuple[str, str], str] = {}
    out = []
    for origin in top.scan.origins:
        file = rollup.root / origin.file

        def report(rule_id: str, message: str, line: int, column: int, severity: Severity,
                   **values) -> None:
            out.append(Diagnostic(file, line, column, rule_id, severity, t(message, **values),
                                  t(f"rule.{rule_id}.basis")))

        if origin.unit not in listed:
            report("ROLLUP-ORIGIN-UNKNOWN", "rollup.origin_unit_unknown", origin.line,
                   origin.unit_column, Severity.ERROR, unit=origin.unit)
            continue
        member = loaded.get(origin.unit)
        if member is None:  # filtered out with --unit, or missing (reported already)
            continue
        source = member.scan.petitions.get(origin.petition)
        if source is None:
            report("ROLLUP-ORIGIN-UNKNOWN", "rollup.origin_petition_unknown",
                   origin.petition_line, origin.petition_column, Severity.ERROR,
                   unit=member.name, id=origin.petition)
            continue
        if not source.forwarded_up:
            report("ROLLUP-ORIGIN-NOT-FORWARDED", "rollup.origin_not_forwarded",
                   origin.petition_line, origin.petition_column, Severity.WARNING,
                   unit=member.name, id=origin.petition)
        first = seen.setdefault((origin.unit, origin.petition), origin.id)
        if first != origin.id:
            report("ROLLUP-ORIGIN-DUPLICATE", "rollup.origin_duplicate", origin.origin_line,
                   origin.origin_column, Severity.WARNING, id=origin.petition, other=first)
    return out


class Link(NamedTuple):
    """A petition a unit forwarded up, and its record at the higher level (if any)."""

    unit: Member
    petition: str
    state: str
    file: str
    line: int
    upper_id: str | None
    upper_state: str | None


def links(rollup: Rollup) -> list[Link]:
    top = rollup.top
    handled = {(o.unit, o.petition): o for o in top.scan.origins}
    out = []
    for member in rollup.members[1:]:
        for pid, info in member.scan.petitions.items():
            origin = handled.get((member.key, pid))
            if info.forwarded_up or origin is not None:
                out.append(Link(member, pid, info.state, member.path(info.file),
                                info.line, origin.id if origin else None,
                                origin.state if origin else None))
    return sorted(out, key=lambda link: (link.unit.key, link.petition))


def linked_note(row) -> str | None:
    """What a row about a forwarded petition says of the petition at the other level."""
    link = row.linked
    if link is None:
        return None
    state = t("petition_state." + link["state"])
    if link["unit_path"] == TOP:
        key = "cli.check.linked_up_id" if link["id"] else "cli.check.linked_up"
        return t(key, unit=link["unit_name"], id=link["id"], state=state)
    return t("cli.check.linked_down", unit=link["unit_name"], id=link["id"], state=state)


def _link_rows(rollup: Rollup) -> None:
    """Each obligation about a forwarded petition shows the petition at the other level."""
    if not rollup.is_rollup:
        return
    top = rollup.top
    by_unit = {}
    for link in links(rollup):
        by_unit[(link.unit.key, link.petition)] = {
            "unit_path": TOP, "unit_name": top.name, "id": link.upper_id,
            "state": link.upper_state or "not_recorded",
        }
    for member in rollup.members[1:]:
        member.scan.rows = [
            row._replace(linked=by_unit.get((member.key, row.record_id)))
            if row.obligation in ("forward", "forward_reply") else row
            for row in member.scan.rows]
    origins = {o.id: o for o in top.scan.origins}
    names = {m.key: m for m in rollup.members}

    def downward(row):
        origin = origins.get(row.record_id)
        if origin is None:
            return row
        member = names.get(origin.unit)
        info = member.scan.petitions.get(origin.petition) if member else None
        return row._replace(linked={
            "unit_path": origin.unit, "unit_name": member.name if member else origin.unit,
            "id": origin.petition, "state": info.state if info else "not_recorded"})

    top.scan.rows = [downward(row) for row in top.scan.rows]
