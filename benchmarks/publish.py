"""Time `tiepxuc publish` over a province: 100 units, 100,000 petitions.

    python benchmarks/publish.py [--corpus /work/corpus100k] [--as-of 2026-12-31] [--runs 2]
    python benchmarks/publish.py --profile don-vi/phuong-an-chau   # one unit, in this process

Each run is the command as a user runs it (a whole process), writing the site to a temporary
folder (the corpus itself is only read: its .tiepxuc/ caches are the only thing written in it).
The runs sign the caches with a key of their own (a fresh XDG_CACHE_HOME), so the first run
reads every record file (cold, as after an upgrade) and the next ones read the record store
(warm; each replaces the site the run before wrote). Printed: the time of each run, the files
and the size of the site, and what the command said. A corpus is made with
benchmarks/make_corpus.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path("/work/corpus100k")


def size_of(folder: Path) -> tuple[int, int, dict[str, int]]:
    """Files, bytes, and files by kind of page."""
    files = total = 0
    kinds: dict[str, int] = {}
    for path, _, names in os.walk(folder):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(path, name))
            kind = Path(path).name if name.endswith(".html") else name.rsplit(".", 1)[-1]
            if kind in ("kien-nghi", "hoi-nghi", "co-quan", "csv", "json"):
                kinds[kind] = kinds.get(kind, 0) + 1
    return files, total, kinds


def run_once(corpus: Path, site: Path, as_of: str,
             cache: Path) -> tuple[float, subprocess.CompletedProcess]:
    command = [sys.executable, "-m", "tiepxuc", "-C", str(corpus), "publish", "--as-of", as_of,
               "-o", str(site)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)})
    return time.perf_counter() - start, done


def profile(corpus: Path, unit: str, as_of: str) -> None:
    """One unit collected, checked and written in this process, under cProfile."""
    import cProfile
    import pstats
    from datetime import date

    from tiepxuc.site.build import _member
    from tiepxuc.site.pages import Site

    day = date.fromisoformat(as_of)
    site = Site("Tỉnh", day, {"shown": {"published": [], "withheld": [], "off": []}}, True)
    with tempfile.TemporaryDirectory() as tmp:
        _member(corpus / unit, unit, None, "don-vi/x/", Path(tmp), day, site)  # warm the store
    with tempfile.TemporaryDirectory() as tmp:
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        summary = _member(corpus / unit, unit, None, "don-vi/x/", Path(tmp), day, site)
        profiler.disable()
        print(f"{unit}: {time.perf_counter() - start:.2f} s, {summary.counts}")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--as-of", default="2026-12-31")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--profile", metavar="UNIT", help="profile one unit (its path)")
    options = parser.parse_args()
    if not (options.corpus / "tiepxuc.yaml").is_file():
        sys.exit(f"no corpus at {options.corpus}: python benchmarks/make_corpus.py OUT")
    if options.profile:
        profile(options.corpus, options.profile, options.as_of)
        return
    with tempfile.TemporaryDirectory(prefix="tiepxuc-publish-") as tmp:
        site = Path(tmp) / "cong-khai"
        for number in range(1, options.runs + 1):
            elapsed, done = run_once(options.corpus, site, options.as_of, Path(tmp) / "cache")
            said = (done.stdout + done.stderr).strip().splitlines()
            state = "cold" if number == 1 else "warm"
            print(f"run {number} ({state}): {elapsed:.1f} s, exit status {done.returncode}")
            for line in said[-3:]:
                print(f"    {line}")
            if done.returncode != 0:
                sys.exit(1)
        files, total, kinds = size_of(site)
        pages = ", ".join(f"{kind}: {count:,}" for kind, count in sorted(kinds.items()))
        print(f"site: {files:,} files, {total / 1e6:.1f} MB ({pages})")


if __name__ == "__main__":
    main()
