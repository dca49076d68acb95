"""The web app's pages, in server time: the ward example, and a province's dashboard.

    python benchmarks/web.py [--runs 5] [--corpus DIR [--drop-store]] [--history N]
                             [--profile DIR] [--json]

Each page is asked for through Flask's test client (no server, no network), so what is timed
(``time.perf_counter`` around the request, its body read to the end) is the time spent in the
app: routing, loading the records through the record store, the queries, the template. The
``cpu`` column is this process's CPU time for it (worker processes not counted); what is left
of the time is waiting (other work on the machine, the disk, worker processes).

- The ward: examples/phuong-dinh-ke-2024 copied into a temporary folder (its store, .tiepxuc/,
  is left behind; the app writes a new one there) and made a git repository with one commit
  (``--history N``: N more, each editing one petition) so that the petition page shows its
  history as in an office. One request warms the store; then every page is asked for once
  (``first``: its template compiled, its modules imported) and ``--runs`` times more: median
  and max of those, target ≤ 300 ms each.
- The province (``--corpus DIR``, a repository made by benchmarks/make_corpus.py; skipped
  without it): used in place, nothing written but the store under its .tiepxuc/ folders. The
  first request (``cold``: the store as found on disk, nothing in this process; no target;
  ``--drop-store`` removes the store first for a first reading from the YAML files), then the
  dashboard (plain, one unit, one status), the petitions list and the report: target ≤ 2 s.
  The cold row says how many of the store's files that request wrote: a store made by another
  version of the tool (any edit of its source files counts) is not used, and is made again:
  while the sources are being edited, run it on a copy of them (PYTHONPATH=copy/src, with
  templates/ beside src/).

``--profile DIR``: each page is asked for once more under cProfile, its statistics written to
DIR/<n>-<page>.prof; for a page over its target, its costliest functions are printed.

Run it with the interpreter of the environment where tiepxuc is installed with its [web]
extra. Nothing in the project is changed. Timings on a shared 2-core VM drift by ±15 %.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
WARD_TARGET = 0.300
PROVINCE_TARGET = 2.0


def age(root: Path) -> None:
    """Files written a moment ago are not kept by the store (src/tiepxuc/store.py): age them."""
    past = time.time() - 3600
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".git"]
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=Benchmark",
                    "-c", "user.email=benchmark@example.invalid", "-c", "commit.gpgsign=false",
                    *args], check=True, capture_output=True)


def ward_copy(folder: Path, history: int) -> Path:
    root = folder / "phuong"
    shutil.copytree(WARD, root, ignore=shutil.ignore_patterns(".tiepxuc"))
    if shutil.which("git"):
        git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "Hồ sơ phường")
        petitions = sorted((root / "petitions").rglob("*.yaml"))
        for n in range(history):
            path = petitions[n % len(petitions)]
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"# sửa lần {n + 1}\n")
            git(root, "commit", "-q", "-am", f"Sửa {path.stem}")
    age(root)
    return root


def drop_stores(root: Path) -> None:
    """Remove every .tiepxuc/ under ``root`` (what the record store wrote; --drop-store)."""
    for folder, dirs, _ in os.walk(root):
        if ".tiepxuc" in dirs:
            shutil.rmtree(os.path.join(folder, ".tiepxuc"), ignore_errors=True)
            dirs.remove(".tiepxuc")
        dirs[:] = [d for d in dirs if not d.startswith(".")]


def url(path: str, **args) -> str:
    args = {k.replace("_", "-"): v for k, v in args.items() if v not in (None, "")}
    return quote(path) + ("?" + urlencode(args) if args else "")


def store_files_since(roots: list[Path], since: float) -> tuple[int, int]:
    """(units whose store was written since ``since``, files written): under each root's
    .tiepxuc/ (the record store and the kept query results)."""
    units = files = 0
    for root in roots:
        folder = root / ".tiepxuc"
        written = 0
        for inner, _, names in os.walk(folder):
            for name in names:
                try:
                    if os.stat(os.path.join(inner, name)).st_mtime >= since:
                        written += 1
                except OSError:
                    continue
        units += written > 0
        files += written
    return units, files


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:60]


class Bench:
    def __init__(self, runs: int, quiet: bool, profile: Path | None) -> None:
        self.runs = runs
        self.quiet = quiet
        self.profile = profile
        self.rows: list[dict] = []
        self.hot: list[str] = []  # what the profiles of the pages over target say

    def say(self, text: str) -> None:
        print(text, file=sys.stderr if self.quiet else sys.stdout, flush=True)

    def once(self, client, address: str) -> tuple[float, int, int]:
        cpu, start = time.process_time(), time.perf_counter()
        response = client.get(address)
        body = response.get_data()
        seconds = time.perf_counter() - start
        self.cpu = time.process_time() - cpu
        response.close()
        return seconds, response.status_code, len(body)

    def cold(self, part: str, label: str, client, address: str, note=None) -> None:
        started = time.time() - 1  # (file times are coarse on some systems)
        seconds, status, size = self.once(client, address)
        said = note(started) if note is not None else ""
        self.rows.append({"part": part, "page": label, "url": address, "status": status,
                          "bytes": size, "first_ms": seconds * 1000, "median_ms": None,
                          "max_ms": None, "cpu_ms": self.cpu * 1000, "target_ms": None,
                          "verdict": "" if status == 200 else f"STATUS {status}", "note": said})
        self.say(f"  {label}: {seconds * 1000:.0f} ms (status {status}){' — ' if said else ''}"
                 f"{said}")

    def profiled(self, client, address: str, label: str, over: bool) -> None:
        import cProfile
        import pstats

        self.profile.mkdir(parents=True, exist_ok=True)
        path = self.profile / f"{len(self.rows):02d}-{slug(label)}.prof"
        profiler = cProfile.Profile()
        profiler.enable()
        client.get(address).get_data()
        profiler.disable()
        profiler.dump_stats(path)
        if not over:
            return
        stats = pstats.Stats(profiler).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
        total = max((v[3] for k, v in stats.items() if k[2] == "dispatch_request"), default=0)
        ours = sorted(((v[3], v[2], v[1], k) for k, v in stats.items()
                       if "tiepxuc" in k[0] or k[0] == "~"), reverse=True)[:14]
        lines = [f"{label} ({address}), under cProfile {total * 1000:.0f} ms — {path}:",
                 f"  {'cumulative':>10} {'own':>8} {'calls':>8}  function"]
        for cumulative, own, calls, (file, line, name) in ours:
            where = name if file == "~" else \
                f"{file.split('/src/')[-1]}:{line}({name})"
            lines.append(f"  {cumulative * 1000:>8.0f}ms {own * 1000:>6.0f}ms {calls:>8}  {where}")
        self.hot.append("\n".join(lines))

    def page(self, part: str, label: str, client, address: str, target: float) -> None:
        first, status, size = self.once(client, address)
        samples, cpu = [], []
        for _ in range(self.runs):
            seconds, status, size = self.once(client, address)
            samples.append(seconds)
            cpu.append(self.cpu)
        median, worst = statistics.median(samples), max(samples)
        if status != 200:
            verdict = f"STATUS {status}"
        elif worst <= target:
            verdict = "ok"
        elif median <= target:
            verdict = "OVER (max)"
        else:
            verdict = "OVER"
        self.rows.append({"part": part, "page": label, "url": address, "status": status,
                          "bytes": size, "first_ms": first * 1000, "median_ms": median * 1000,
                          "max_ms": worst * 1000, "cpu_ms": statistics.median(cpu) * 1000,
                          "target_ms": target * 1000,
                          "samples_ms": [s * 1000 for s in samples], "verdict": verdict})
        self.say(f"  {label}: median {median * 1000:.0f} ms, max {worst * 1000:.0f} ms "
                 f"({verdict})")
        if self.profile is not None:
            self.profiled(client, address, label, verdict != "ok")

    def table(self) -> str:
        def ms(value) -> str:
            return "—" if value is None else f"{value:.0f}"

        head = (f"{'page':<52} {'first':>7} {'median':>7} {'max':>7} {'cpu':>7} {'target':>8}"
                "  verdict")
        lines = [f"Server time in ms: the first request of each page, then the median and max "
                 f"of {self.runs} more; cpu: the median CPU time of this process (the rest is "
                 "waiting: other work on the machine, the disk, worker processes).", "",
                 head, "-" * len(head)]
        part = None
        for row in self.rows:
            if row["part"] != part:
                part = row["part"]
                lines.append(f"[{part}]")
            target = "" if row["target_ms"] is None else f"≤ {row['target_ms']:.0f}"
            lines.append(f"{row['page']:<52} {ms(row['first_ms']):>7} {ms(row['median_ms']):>7} "
                         f"{ms(row['max_ms']):>7} {ms(row['cpu_ms']):>7} {target:>8}  "
                         f"{row['verdict']}")
            if row.get("note"):
                lines.append(f"    ({row['note']})")
        return "\n".join(lines + ["", *self.hot] if self.hot else lines)


def first_with(records, test):
    return next((r for r in records if test(r)), None)


def ward(bench: Bench, folder: Path, history: int) -> None:
    from tiepxuc.repo import load
    from tiepxuc.web.app import create_app

    root = ward_copy(folder, history)
    repo = load(root, use_store=False)  # which records to ask for (not timed)
    petitions = sorted(repo.petitions, key=lambda r: r.id)
    petition = first_with(petitions, lambda r: "ngap-ung" in r.id) or petitions[0]
    to_answer = first_with(petitions, lambda r: r.model.assignment is None) or petition
    notices = {r.model.session: r.model.id for r in repo.conclusions}
    session = max(repo.sessions, key=lambda r: (r.model.id in notices, r.model.date)).model
    agency = repo.unit.agencies[0] if repo.unit.agencies else ""
    year = session.date.year
    day = f"31/12/{year}"
    del repo

    client = create_app(root).test_client()
    part = f"ward: {WARD.relative_to(ROOT)} ({len(petitions)} petitions)"
    bench.say(f"{part} …")
    bench.cold(part, "warm-up: dashboard, first request", client, "/")
    pages = [
        ("dashboard", url("/")),
        ("dashboard ?ngay&trong&nam&trang-thai", url("/", ngay=day, trong=30, nam=year,
                                                    trang_thai="overdue")),
        ("dashboard ?co-quan", url("/", co_quan=agency)),
        ("petitions list", url("/kien-nghi")),
        ("petitions list ?nam", url("/kien-nghi", nam=year)),
        ("petitions search ?q=ngap ung", url("/kien-nghi", q="ngap ung")),
        (f"petition {petition.id[:33]}", url(f"/kien-nghi/{petition.id}")),
        ("sessions list", url("/hoi-nghi")),
        (f"session {session.id}", url(f"/hoi-nghi/{session.id}")),
        (f"report ?nam={year}", url("/bao-cao", nam=year)),
        ("answer form (tra-loi)", url(f"/kien-nghi/{to_answer.id}/tra-loi")),
        ("new petition form", url("/kien-nghi/moi")),
        ("new session form", url("/hoi-nghi/moi")),
    ]
    if session.id in notices:
        pages.append(("document conclusion .docx", url(
            f"/van-ban/conclusion/{notices[session.id]}.docx")))
    pages.append(("document minutes .docx", url(f"/van-ban/minutes/{session.id}.docx")))
    for label, address in pages:
        bench.page(part, label, client, address, WARD_TARGET)


def province(bench: Bench, corpus: Path, drop: bool) -> None:
    from tiepxuc.scan import listed_units
    from tiepxuc.web.app import create_app

    if not (corpus / "tiepxuc.yaml").is_file():
        raise SystemExit(f"{corpus}: no tiepxuc.yaml (make one with benchmarks/make_corpus.py)")
    if drop:
        drop_stores(corpus)
    units = listed_units(corpus)
    unit = units[0].path.strip("/") if units else ""
    part = f"province: {corpus} ({len(units)} units)"
    bench.say(f"{part} …")
    client = create_app(corpus).test_client()
    label = "cold: dashboard, first request" + (" (store dropped)" if drop else
                                                 " (store as on disk)")
    roots = [corpus, *(corpus / link.path for link in units)]

    def note(since: float) -> str:
        written, files = store_files_since(roots, since)
        return (f"the store written in {written} of {len(roots)} repositories, {files} files"
                if written else "the store on disk used as it was: nothing written")

    bench.cold(part, label, client, "/", note)
    pages = [
        ("dashboard (warm)", url("/")),
        (f"dashboard ?don-vi={unit}", url("/", don_vi=unit)),
        ("dashboard ?trang-thai=overdue", url("/", trang_thai="overdue")),
        ("petitions list (the province's own)", url("/kien-nghi")),
        ("report", url("/bao-cao")),
    ]
    for label, address in pages:
        bench.page(part, label, client, address, PROVINCE_TARGET)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per page (after one)")
    parser.add_argument("--corpus", type=Path, help="a province made by make_corpus.py")
    parser.add_argument("--drop-store", action="store_true",
                        help="remove the province's .tiepxuc/ first (a truly cold start)")
    parser.add_argument("--history", type=int, default=0,
                        help="commits after the first in the ward's copy (petition history)")
    parser.add_argument("--no-ward", action="store_true", help="the province only")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="profile each page once more (cProfile), statistics into DIR")
    parser.add_argument("--json", action="store_true",
                        help="print the figures as JSON (progress goes to stderr)")
    options = parser.parse_args()
    bench = Bench(max(options.runs, 1), options.json, options.profile)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory() as tmp:
        if not options.no_ward:
            ward(bench, Path(tmp), options.history)
        if options.corpus is not None:
            province(bench, options.corpus.resolve(), options.drop_store)
    import tiepxuc

    machine = {"cpus": os.cpu_count(), "load_before": load,
               "load_after": os.getloadavg()[0] if load is not None else None,
               "tiepxuc": str(Path(tiepxuc.__file__).parent)}
    if options.json:
        print(json.dumps({"runs": bench.runs, "machine": machine, "pages": bench.rows,
                          "profiles": bench.hot}, ensure_ascii=False, indent=2))
    else:
        print("\n" + bench.table())
        if load is not None:
            print(f"\n{machine['cpus']} CPUs; load average (1 min) {load:.1f} before, "
                  f"{machine['load_after']:.1f} after: other work on the machine slows every "
                  "figure.")


if __name__ == "__main__":
    main()
