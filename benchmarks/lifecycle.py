"""Measure the commands that change records and read git history (wall time, median of N).

    python benchmarks/lifecycle.py [--runs 5] [--petitions 300 3000] [--commits 200]

Builds synthetic git repositories (the ward example with many petitions, then ``--commits``
commits that each answer one petition) in a temporary folder and times `petition add`,
`petition answer`, `history` and `audit` on them. Nothing in the project is changed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import synthetic  # noqa: E402

ENV = {**os.environ, "GIT_AUTHOR_NAME": "Cán bộ Văn phòng", "GIT_AUTHOR_EMAIL": "vp@example.vn",
       "GIT_COMMITTER_NAME": "Cán bộ Văn phòng", "GIT_COMMITTER_EMAIL": "vp@example.vn"}
TIEPXUC = [sys.executable, "-m", "tiepxuc"]


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, env=ENV, check=True, capture_output=True)


def repository(folder: Path, petitions: int, commits: int) -> tuple[Path, list[str]]:
    root = synthetic(folder, petitions)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "kho hồ sơ")
    waiting = [p.stem for p in sorted((root / "petitions" / "2024").glob("*.yaml"))]
    for i in range(commits):  # history: notes added one commit at a time
        path = root / "petitions" / "2024" / f"{waiting[i % len(waiting)]}.yaml"
        with path.open("a", encoding="utf-8") as f:
            f.write(f"# ghi chú {i}\n")
        git(root, "commit", "-qam", f"ghi chú {i}")
    return root, waiting


def timed(make_args, runs: int) -> tuple[float, float]:
    samples = []
    for i in range(runs):
        args = make_args(i)
        start = time.perf_counter()
        result = subprocess.run(args, capture_output=True, env=ENV, check=False)
        samples.append((time.perf_counter() - start) * 1000)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(args)} failed:\n{result.stderr.decode()}")
    return statistics.median(samples), min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--petitions", type=int, nargs="*", default=[300, 3000])
    parser.add_argument("--commits", type=int, default=200)
    options = parser.parse_args()
    print(f"{'command':<58} {'median ms':>10} {'min ms':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in options.petitions:
            root, waiting = repository(Path(tmp), count, options.commits)
            base = [*TIEPXUC, "-C", str(root)]
            rows = [
                ("petition add", lambda i: [
                    *base, "petition", "add", "--no-input", "--session", "2024-10-17-chuyen-de-w4k8",
                    "--name", f"Người dân {i}", "--group", f"Tổ dân phố số {i}",
                    "--field", "moi-truong", "--content", f"Kiến nghị thử số {i} về vệ sinh môi trường"]),
                ("petition answer", lambda i: [
                    *base, "petition", "answer", waiting[-1 - i], "--no-input", "--kind", "answered",
                    "--by", "Chủ tịch UBND phường", "--content", "Đã trả lời"]),
                ("history ID", lambda i: [*base, "history", waiting[0]]),
                ("audit", lambda i: [*base, "audit", "--as-of", "2024-12-31"]),
            ]
            for label, make_args in rows:
                median, best = timed(make_args, options.runs)
                name = f"{label} ({count} petitions, {options.commits}+ commits)"
                print(f"{name:<58} {median:>10.0f} {best:>8.0f}")


if __name__ == "__main__":
    main()
