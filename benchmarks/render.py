"""Time the rendering of each kind of document on the ward example.

    python benchmarks/render.py [--runs 5]

Reports, per kind, the time to render in an already-started process (the repository loaded
once; median of N) and the time of the whole `tiepxuc render` command as a user runs it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import EXAMPLE, timed  # noqa: E402

TARGETS = [("plan", "2024"), ("invitation", "2024-06-14-dinh-ky-q7m2"),
           ("minutes", "2024-06-14-dinh-ky-q7m2"), ("conclusion", "tb-2024-06-24-h3v6"),
           ("report", "2024")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(EXAMPLE)
    profile, _ = active_profile(repo)
    print(f"{'kind':<12} {'in process, median ms':>22} {'first ms':>9} {'command, median ms':>19}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind, target in TARGETS:
            samples = []
            for _ in range(options.runs + 1):
                start = time.perf_counter()
                render(repo, profile, kind, target, False, date(2024, 12, 31))
                samples.append((time.perf_counter() - start) * 1000)
            command = [sys.executable, "-m", "tiepxuc", "-C", str(EXAMPLE), "render", kind, target,
                       "-o", str(Path(tmp) / f"{kind}.docx")]
            whole, _ = timed(command, options.runs)
            print(f"{kind:<12} {statistics.median(samples[1:]):>22.0f} {samples[0]:>9.0f} {whole:>19.0f}")


if __name__ == "__main__":
    main()
