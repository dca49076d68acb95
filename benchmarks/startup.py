"""Measure how quickly everyday commands run (wall time of whole processes, median of N).

    python benchmarks/startup.py [--runs 7] [--petitions 300 3000]

Builds synthetic repositories (copies of the ward example with many petitions) in a temporary
folder; nothing in the project is changed. Run it with the interpreter of the environment where
tiepxuc is installed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "phuong-dinh-ke-2024"


def timed(args: list[str], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def synthetic(folder: Path, petitions: int) -> Path:
    """The ward example with ``petitions`` petitions (copies of the real ones, new IDs)."""
    root = folder / f"kho-{petitions}"
    shutil.copytree(EXAMPLE, root)
    sources = sorted((root / "petitions" / "2024").glob("*.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for i in range(petitions - len(sources)):
        text = texts[i % len(texts)]
        old_id = sources[i % len(sources)].stem
        new_id = f"{old_id}-x{i:05d}"
        (root / "petitions" / "2024" / f"{new_id}.yaml").write_text(
            text.replace(f"id: {old_id}", f"id: {new_id}"), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--petitions", type=int, nargs="*", default=[300, 3000])
    options = parser.parse_args()
    tiepxuc = [sys.executable, "-m", "tiepxuc"]
    rows = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("tiepxuc --help", [*tiepxuc, "--help"]),
        ("tiepxuc validate (ward example, 26 files)", [*tiepxuc, "-C", str(EXAMPLE), "validate"]),
        ("tiepxuc rules", [*tiepxuc, "-C", str(EXAMPLE), "rules"]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for count in options.petitions:
            root = synthetic(Path(tmp), count)
            files = sum(1 for _ in root.rglob("*.yaml"))
            rows.append((f"tiepxuc validate ({count} petitions, {files} files)",
                         [*tiepxuc, "-C", str(root), "validate"]))
        print(f"{'command':<52} {'median ms':>10} {'min ms':>8}")
        for label, args in rows:
            median, best = timed(args, options.runs)
            print(f"{label:<52} {median:>10.0f} {best:>8.0f}")


if __name__ == "__main__":
    main()
