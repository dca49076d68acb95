"""Time the deadline arithmetic and a whole `check-deadlines` run.

    python benchmarks/deadlines.py [--computations 100000] [--runs 7]

1. 100,000 deadline computations (+N and -N working days from random dates in 2024-2026) on
   one calendar index, in this process;
2. `tiepxuc check-deadlines` as a user runs it (whole process, median of N runs) on the ward
   example and on a synthetic repository with 3,000 petitions.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import EXAMPLE, synthetic, timed  # noqa: E402


def arithmetic(computations: int) -> None:
    from tiepxuc import calendar as workdays

    start = time.perf_counter()
    cal = workdays.for_years(2024, 2026)
    built = time.perf_counter() - start
    rng = random.Random(20241231)
    cases = [(date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365)),
              rng.choice([-1, 1]) * rng.randrange(1, 60)) for _ in range(computations)]
    start = time.perf_counter()
    for day, count in cases:
        cal.shift(day, count)
    elapsed = time.perf_counter() - start
    print(f"calendar index {cal.first_year}-{cal.last_year} built in {built * 1000:.0f} ms "
          f"(holidays package + official.yaml)")
    print(f"{computations:,} deadline computations: {elapsed * 1000:.0f} ms "
          f"({elapsed / computations * 1e6:.2f} µs each)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--computations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    arithmetic(options.computations)
    command = [sys.executable, "-m", "tiepxuc"]
    with tempfile.TemporaryDirectory() as tmp:
        big = synthetic(Path(tmp), 3000)
        rows = [
            ("check-deadlines (ward example, 20 petitions)",
             [*command, "-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31"]),
            ("check-deadlines (3000 petitions)",
             [*command, "-C", str(big), "check-deadlines", "--as-of", "2024-12-31"]),
        ]
        print(f"\n{'command':<52} {'median ms':>10} {'min ms':>8}")
        for label, args in rows:
            median, best = timed(args, options.runs)
            print(f"{label:<52} {median:>10.0f} {best:>8.0f}")


if __name__ == "__main__":
    main()
