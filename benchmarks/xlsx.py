"""Excel out at a province's scale: `check-deadlines --xlsx` over 100,000 petitions.

    python benchmarks/xlsx.py [--corpus DIR] [--runs 3] [--as-of DATE]

On the province corpus at --corpus (default /work/corpus100k; `benchmarks/make_corpus.py OUT
--petitions 100000` writes one), measures:

1. ``check-deadlines --json`` and ``check-deadlines --xlsx FILE`` as a user runs them (whole
   processes, ``python -m tiepxuc`` with this interpreter, alternately, median and best of
   --runs each, after one run that brings the corpus's cache up to date): the difference is
   what the workbook costs on top of listing the same rows; the peak memory of each (the
   largest process);
2. in this process, from rows scanned once, the workbook alone (``workbook.deadline_sheet`` and
   ``workbook.write``): its time, per row, and the file's size.

The corpus is read, never changed (only its ``.tiepxuc/`` cache is written); the workbooks go
to a temporary folder. Timings on a shared 2-core VM drift by ±15 % between runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path("/work/corpus100k")
# Runs a command and prints the peak resident memory (KB on Linux) of its largest process.
PEAK = ("import resource, subprocess, sys\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
        " stderr=subprocess.DEVNULL).returncode\n"
        "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def run(args: list[str]) -> tuple[float, int]:
    """Seconds taken and peak memory in MB of one command (its exit status checked)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, *args], capture_output=True, text=True,
                          check=True)
    elapsed = time.perf_counter() - start
    code, peak = done.stdout.split()
    if int(code) not in (0, 1):  # 1: something is overdue
        sys.exit(f"{' '.join(args)}: exit status {code}")
    return elapsed, int(peak) // 1024


def in_process(corpus: Path, as_of: str, target: Path) -> None:
    from datetime import date

    from tiepxuc import workbook
    from tiepxuc.rollup import by_urgency, scan_rollup
    from tiepxuc.scan import Deadlines

    rollup = scan_rollup(corpus, Deadlines(date.fromisoformat(as_of), 5))
    rows = [(member, row) for member in rollup.shown for row in member.scan.rows]
    rows.sort(key=by_urgency)
    start = time.perf_counter()
    data = workbook.write([workbook.deadline_sheet(rows, rollup=rollup.is_rollup)])
    elapsed = time.perf_counter() - start
    target.write_bytes(data)
    overdue = sum(1 for _, row in rows if row.status == "overdue")
    print(f"\nworkbook alone ({len(rows):,} rows, {overdue:,} overdue, {len(rollup.shown)} units): "
          f"{elapsed:.1f} s, {elapsed / max(len(rows), 1) * 1e6:.0f} µs a row, "
          f"{len(data) / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--as-of", default=None, help="YYYY-MM-DD (default: today in Vietnam)")
    options = parser.parse_args()
    corpus = options.corpus.resolve()
    if not (corpus / "tiepxuc.yaml").is_file():
        sys.exit(f"{corpus}: no corpus there (benchmarks/make_corpus.py OUT --petitions 100000)")
    if options.as_of is None:
        from tiepxuc.clock import today_in_vietnam

        options.as_of = today_in_vietnam().isoformat()
    base = [sys.executable, "-m", "tiepxuc", "-C", str(corpus), "check-deadlines",
            "--as-of", options.as_of]
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "han.xlsx"
        commands = {"check-deadlines --json": [*base, "--json"],
                    "check-deadlines --xlsx": [*base, "--xlsx", str(book)]}
        print(f"corpus {corpus}, as of {options.as_of}: bringing its cache up to date…")
        run(commands["check-deadlines --json"])
        times: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, int] = {name: 0 for name in commands}
        for _ in range(options.runs):
            for name, args in commands.items():
                elapsed, peak = run(args)
                times[name].append(elapsed)
                peaks[name] = max(peaks[name], peak)
        print(f"\n{'command':<26} {'median s':>9} {'best s':>8} {'peak MB':>8}")
        for name in commands:
            print(f"{name:<26} {statistics.median(times[name]):>9.1f} {min(times[name]):>8.1f} "
                  f"{peaks[name]:>8}")
        extra = statistics.median(times["check-deadlines --xlsx"]) - statistics.median(
            times["check-deadlines --json"])
        print(f"the workbook on top of the JSON listing: {extra:+.1f} s; "
              f"file {book.stat().st_size / 1e6:.1f} MB ({book.stat().st_size:,} bytes)")
        in_process(corpus, options.as_of, Path(tmp) / "alone.xlsx")


if __name__ == "__main__":
    main()
