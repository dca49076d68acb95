"""Province scale: every speed target of the roll-up, measured as ratios in one run.

    python benchmarks/scale.py [--petitions 100000] [--corpus DIR] [--runs 5]

Writes a province repository with its units (benchmarks/make_corpus.py) into a temporary
folder, or uses ``--corpus DIR`` if it exists already, then measures:

- the baseline: parsing every YAML file once with PyYAML's C loader, in one process;
- ``check-deadlines`` and ``validate`` cold (no cache) and warm (a second run with nothing
  changed, ``--json`` included), as ratios to the baseline (targets: cold ≤ 1.5, warm ≤ 0.2);
- the peak memory of each run: the largest single process (its peak resident size), and the
  sum over the process and its workers (proportional set size, sampled every 20 ms) (target
  < 500 MB);
- ``tiepxuc --help`` against a bare Typer app with the same command names (target ≤ 1.3);
- ``check-deadlines`` on the ward example (target < 0.25 s; cold and cached).

Run it with the interpreter of the environment where tiepxuc is installed. Nothing in the
project is changed. Timings on a shared 2-core VM drift by ±15 % between runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "xa-phuc-hoa-2025"


def tiepxuc_command() -> list[str]:
    script = Path(sys.executable).parent / "tiepxuc"
    return [str(script)] if script.exists() else [sys.executable, "-m", "tiepxuc"]


def yaml_files(root: Path) -> list[str]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(folder, f) for f in files if f.endswith((".yaml", ".yml")))
    return found


BASELINE = """
import os, sys, time, yaml
files = sys.argv[1:] if len(sys.argv) > 2 else open(sys.argv[1]).read().split("\\n")
start = time.perf_counter()
for name in files:
    with open(name, "rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
print(time.perf_counter() - start)
"""


def baseline(root: Path) -> float:
    """Seconds to parse every YAML file once with PyYAML's C loader (a fresh process)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(yaml_files(root)))
    try:
        out = subprocess.run([sys.executable, "-c", BASELINE, handle.name], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(handle.name)
    return float(out)


def _tree_memory(pid: int) -> int:
    """Memory of ``pid`` and all its descendants, in bytes (Linux /proc): the proportional set
    size, so that pages the worker processes share with the main one count once."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for member in tree:
        try:
            with open(f"/proc/{member}/smaps_rollup", "rb") as handle:
                for line in handle:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(args: list[str], cwd: Path | None = None) -> tuple[float, float, float, int]:
    """(seconds, peak MB of the process tree, peak MB of the largest process, exit status)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            if os.path.isdir("/proc"):
                peak = max(peak, _tree_memory(process.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = process.wait()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    # The largest child so far (KB on Linux): known only when this run set a new maximum.
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    largest_mb = largest / 1024 if largest > before else float("nan")
    return elapsed, peak / 2**20, largest_mb, status


def median_time(args: list[str], runs: int, prepare=None) -> float:
    samples = []
    for _ in range(runs):
        if prepare is not None:
            prepare()
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def drop_caches(root: Path) -> None:
    for folder, dirs, _ in os.walk(root):
        if ".tiepxuc" in dirs:
            shutil.rmtree(os.path.join(folder, ".tiepxuc"))
            dirs.remove(".tiepxuc")


def bare_typer_app(folder: Path) -> Path:
    """A Typer app with tiepxuc's command names and nothing else."""
    import typer.main

    from tiepxuc.cli import app

    command = typer.main.get_command(app)
    lines = ["import typer", "app = typer.Typer()"]
    for name, sub in sorted(command.commands.items()):
        if hasattr(sub, "commands"):
            var = "g_" + name.replace("-", "_")
            lines.append(f"{var} = typer.Typer()")
            lines.append(f"app.add_typer({var}, name={name!r})")
            for inner in sorted(sub.commands):
                fn = f"{var}_{inner.replace('-', '_')}"
                lines.append(f"@{var}.command({inner!r})\ndef {fn}(): pass")
        else:
            lines.append(f"@app.command({name!r})\ndef c_{name.replace('-', '_')}(): pass")
    lines.append("app()")
    path = folder / "bare_app.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def age(root: Path) -> None:
    """Files written a moment ago are never cached (see src/tiepxuc/cache.py): age them."""
    past = time.time() - 3600
    for folder, dirs, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petitions", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, help="reuse (or create) the corpus here")
    parser.add_argument("--runs", type=int, default=5, help="runs for the short timings")
    options = parser.parse_args()
    tiepxuc = tiepxuc_command()
    results: list[tuple[str, str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        corpus = options.corpus or Path(tmp) / "corpus"
        if not (corpus / "tiepxuc.yaml").exists():
            print(f"writing the corpus ({options.petitions:,} petitions) to {corpus} …",
                  flush=True)
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"),
                            str(corpus), "--petitions", str(options.petitions)], check=True)
        age(corpus)
        files = yaml_files(corpus)
        print(f"corpus: {len(files):,} YAML files", flush=True)
        parse = min(baseline(corpus) for _ in range(2))  # the second run has warm file caches
        print(f"baseline: parsing every file once with PyYAML's C loader: {parse:.2f} s\n",
              flush=True)

        def run(label: str, args: list[str], target: float | None, cold: bool) -> None:
            if cold:
                drop_caches(corpus)
            seconds, tree, largest, status = measure([*tiepxuc, "-C", str(corpus), *args])
            ratio = seconds / parse
            verdict = "" if target is None else ("ok" if ratio <= target else "OVER")
            results.append((label, f"{seconds:6.2f} s  ratio {ratio:4.2f}"
                            + (f" (target ≤ {target})" if target else ""), verdict))
            single = "" if largest != largest else f", {largest:.0f} MB the largest process"
            results.append(("  peak memory", f"{tree:6.0f} MB all processes{single} "
                            "(target < 500)", "ok" if tree < 500 else "OVER"))
            print(f"{label}: {seconds:.2f} s (exit {status}), ratio {ratio:.2f}, "
                  f"{tree:.0f} MB", flush=True)

        run("check-deadlines, cold", ["check-deadlines"], 1.5, cold=True)
        run("check-deadlines, second run", ["check-deadlines"], 0.2, cold=False)
        run("check-deadlines --json, second run", ["check-deadlines", "--json"], 0.2, cold=False)
        run("validate, cold", ["validate"], 1.5, cold=True)
        run("validate, second run", ["validate"], 0.2, cold=False)
        run("validate --json, second run", ["validate", "--json"], 0.2, cold=False)

        bare = bare_typer_app(Path(tmp))
        runs = max(options.runs, 5)
        ours = median_time([*tiepxuc, "--help"], runs * 2)
        theirs = median_time([sys.executable, str(bare), "--help"], runs * 2)
        results.append(("tiepxuc --help", f"{ours * 1000:4.0f} ms vs bare Typer app "
                        f"{theirs * 1000:.0f} ms: ratio {ours / theirs:.2f} (target ≤ 1.3)",
                        "ok" if ours / theirs <= 1.3 else "OVER"))

        ward = Path(tmp) / "ward"
        shutil.copytree(WARD, ward, ignore=shutil.ignore_patterns(".tiepxuc"))
        age(ward)
        args = [*tiepxuc, "-C", str(ward), "check-deadlines", "--exit-zero"]
        cold = median_time(args, runs, prepare=lambda: drop_caches(ward))
        subprocess.run(args, capture_output=True, check=False)
        warm = median_time(args, runs * 2)
        results.append(("check-deadlines, ward example", f"{warm * 1000:4.0f} ms "
                        f"(cold, no cache: {cold * 1000:.0f} ms) (target < 250 ms)",
                        "ok" if warm < 0.25 else "OVER"))

    print("\n" + "\n".join(f"{label:38} {value}  {verdict}" for label, value, verdict in results))


if __name__ == "__main__":
    main()
