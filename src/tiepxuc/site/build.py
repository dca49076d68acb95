"""`tiepxuc publish`: the whole public site of a unit, or of a roll-up and its units.

The site is written into a new empty folder next to the old one and swapped in only when it is
complete and nothing personal was found, so a failure (or a privacy hit) leaves the old site as
it was, and what a unit withdrew disappears with the next publication. A roll-up's units are
collected and written one by one, in worker processes when there are many files (as rollup.py
scans them); the repository published comes last, with the roll-up's tables on its index.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from tiepxuc.errors import EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t
from tiepxuc.site.collect import Hit
from tiepxuc.site.pages import MARKER, Site, Summary

DEFAULT_FOLDER = ("out", "cong-khai")
PARALLEL_FROM = 3000  # files to read: below it, starting worker processes costs more


class PrivacyStop(TiepxucError):
    """Personal data in what would be published: nothing was written."""

    def __init__(self, hits: list[Hit]) -> None:
        super().__init__(t("publish.stopped", count=len(hits)), exit_code=EXIT_PROBLEMS)
        self.hits = hits


@dataclass
class Published:
    out: Path
    files: int = 0
    bytes: int = 0
    units: list[Summary] = field(default_factory=list)  # the repository published first
    skipped: list[str] = field(default_factory=list)  # units that could not be published

    def total(self, key: str) -> int:
        return sum(s.counts.get(key, 0) for s in self.units)


def site_folder(root: Path, given: str | Path | None) -> Path:
    """Where the site goes: ``-o`` as given, else out/cong-khai inside the repository (never
    through a link leading elsewhere)."""
    from tiepxuc.paths import output_path

    return output_path(root, given, root.joinpath(*DEFAULT_FOLDER))


def check_folder(target: Path, root: Path) -> None:
    """The site replaces ``target`` as a whole: only an empty folder or a site written before
    (it holds the marker) may be replaced, never the repository or any other folder."""
    shown = str(target)
    if target.exists() and not target.is_dir():
        raise TiepxucError(t("publish.not_a_folder", path=shown))
    real, base = os.path.realpath(target), os.path.realpath(root)
    if base == real or base.startswith(real.rstrip(os.sep) + os.sep):
        raise TiepxucError(t("publish.holds_repository", path=shown))
    if target.is_dir() and not (target / MARKER).is_file() and any(target.iterdir()):
        raise TiepxucError(t("publish.not_a_site", path=shown, marker=MARKER))


def publish(root: Path, target: Path, as_of: date, only: list[str] | None = None,
            progress: Callable[[int, int], None] | None = None) -> Published:
    """Write the site of the repository at ``root`` (and of its units) to ``target``."""
    import tempfile

    from tiepxuc.fileio import _umask

    check_folder(target, root)
    units, skipped = _units(root, only)
    work = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{target.name}.moi-", dir=target.parent))
        if os.name != "nt":
            os.chmod(work, 0o777 & ~_umask())  # as any folder the user makes (a web host reads it)
        result = _build(root, work, as_of, units, progress)
        result.skipped = skipped + result.skipped
        _swap(work, target)
    except BaseException as exc:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, OSError):  # a full disk, a read-only folder: said plainly
            raise TiepxucError(t("safety.write_failed", path=str(target),
                                 reason=exc.strerror or type(exc).__name__)) from None
        raise
    result.out = target
    return result


@dataclass
class _Job:
    root: Path
    key: str
    name: str | None
    prefix: str
    files: int


def _units(root: Path, only: list[str] | None) -> tuple[list[_Job], list[str]]:
    """The units the repository lists (those ``only`` names), each with its folder in the
    site; those that cannot be read are named in the second list."""
    from tiepxuc.layout import input_files
    from tiepxuc.records.ids import slug
    from tiepxuc.rollup import _unit_problem, _wanted
    from tiepxuc.scan import listed_units

    links = listed_units(root)
    chosen = _wanted(links, only) if only else None
    jobs, skipped, taken = [], [], set()
    for link in links:
        if chosen is not None and link.path not in chosen:
            continue
        problem = _unit_problem(root, link.path)
        if problem is not None:
            skipped.append(t(problem[1], path=link.path))
            continue
        key = link.path.strip("/")
        name = slug(PurePosixPath(key).name, max_length=0) or "don-vi"
        if name in taken:
            name = slug(key, max_length=0) or name
        while name in taken:
            name += "-1"
        taken.add(name)
        unit_root = root / link.path
        jobs.append(_Job(unit_root, key, link.name, f"don-vi/{name}/",
                         len(input_files(unit_root))))
    return jobs, skipped


def _site(root: Path, as_of: date) -> Site:
    from tiepxuc.repo import load_one
    from tiepxuc.layout import UNIT_FILE
    from tiepxuc.site.pages import shown

    record = load_one("unit", root / UNIT_FILE, [])
    if record.model is None:
        raise TiepxucError(t("publish.unit_unreadable", path=UNIT_FILE))
    return Site(record.model.name, as_of, {"shown": shown(record.model.publish.model_dump())})


def _build(root: Path, out: Path, as_of: date, units: list[_Job], progress) -> Published:
    from tiepxuc.layout import input_files
    from tiepxuc.site.pages import Writer, rollup_view, write_index, write_root

    site = _site(root, as_of)
    site.rollup = bool(units)
    jobs = [_Job(root, ".", None, "", len(input_files(root))), *units]
    done, total = 0, sum(job.files for job in jobs)

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    top, *others = _run(jobs, out, as_of, site, advance)
    if top is None:
        raise TiepxucError(t("publish.unit_unreadable", path="tiepxuc.yaml"))
    result = Published(out)
    kept = []
    for job, summary in zip(units, others):
        if summary is None:
            result.skipped.append(t("publish.unit_config", path=f"{job.key}/tiepxuc.yaml"))
        else:
            kept.append(summary)
    everything = [top, *kept]
    hits = sorted((h for s in everything for h in s.hits), key=lambda h: (h.file, h.line))
    if hits:
        raise PrivacyStop(hits)
    writer = Writer(out, site)  # the indexes, the root's pages and files: once all is known
    for summary in kept:
        write_index(writer, summary.index)
    write_index(writer, top.index, rollup_view(kept, top.index.unit) if units else None)
    write_root(writer, everything, unit_name=site.name)
    result.units = everything
    result.files = writer.files + sum(s.counts["files"] for s in everything)
    result.bytes = writer.bytes + sum(s.counts["bytes"] for s in everything)
    return result


def _run(jobs: list[_Job], out: Path, as_of: date, site: Site, advance) -> list:
    """Each unit's summary (None: its tiepxuc.yaml cannot be read), in worker processes when
    there are many files to read."""
    from tiepxuc.workers import in_a_worker, pool, worker_count

    workers = worker_count(len(jobs))
    if workers < 2 or sum(job.files for job in jobs) < PARALLEL_FROM or in_a_worker():
        out_list = []
        for job in jobs:
            out_list.append(_member(job.root, job.key, job.name, job.prefix, out, as_of, site))
            advance(job.files)
        return out_list
    from concurrent.futures import as_completed

    results: dict[int, Summary | None] = {}
    order = sorted(range(len(jobs)), key=lambda i: -jobs[i].files)  # the biggest first
    with pool(workers) as executor:
        futures = {executor.submit(_member, jobs[i].root, jobs[i].key, jobs[i].name,
                                   jobs[i].prefix, out, as_of, site): i for i in order}
        try:
            for future in as_completed(futures):
                i = futures[future]
                results[i] = future.result()
                advance(jobs[i].files)
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise
    return [results[i] for i in range(len(jobs))]


def _member(root: Path, key: str, name: str | None, prefix: str, out: Path, as_of: date,
            site: Site) -> Summary | None:
    """One unit: collected, checked and, when nothing personal was found, written but for its
    index page (written once every unit is done); its summary for the site's root. None when
    its tiepxuc.yaml cannot be read."""
    from tiepxuc.repo import load, without_cycle_collection
    from tiepxuc.rules.engine import active_profile
    from tiepxuc.site.collect import collect
    from tiepxuc.site.pages import Writer, summarise, write_unit

    with without_cycle_collection():
        repo = load(root)
        if repo.unit is None:
            return None
        profile, _ = active_profile(repo)
        unit = collect(repo, profile, as_of, key=key, prefix=prefix, name=name)
        del repo  # (dropped before the cycle collector is back: see without_cycle_collection)
        writer = Writer(out, site)
        view = write_unit(writer, unit) if not unit.hits else None
        summary = summarise(unit, as_of)
        summary.index = view
        summary.counts.update(files=writer.files, bytes=writer.bytes)
        del unit
        return summary


def _swap(new: Path, target: Path) -> None:
    """Put the folder ``new`` in the place of ``target``; the old site goes once it is in."""
    import secrets

    old = None
    if target.exists():
        old = target.parent / f".{target.name}.cu-{secrets.token_hex(4)}"
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
