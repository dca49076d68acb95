"""Province scale: every speed target of the record store, measured as ratios in one run.

    python benchmarks/scale.py [--petitions 100000] [--corpus DIR] [--single DIR] [--runs 5]

Writes a province repository with its units (benchmarks/make_corpus.py) into a temporary
folder, or uses ``--corpus DIR`` if it exists already, and a single unit of the same size with
no roll-up (``--single DIR``), then measures, on each:

- the baseline: parsing every YAML file once with PyYAML's C loader, in one process;
- ``check-deadlines --json`` and ``validate --json`` cold (no store), as ratios to the
  baseline (target ≤ 1.0);
- every later run (target ≤ 0.1 each): the same command again; the next day (``--as-of`` one
  day later); another ``--within`` and ``--agency``; the other command (``validate`` after
  ``check-deadlines``); ``TIEPXUC_LANG=en``; after editing one petition; after adding 100
  petitions; and, for the single unit, straight after the corpus is generated;
- the peak memory of each run, all processes together (proportional set size, sampled every
  20 ms) (target < 400 MB);
- ``tiepxuc --help`` against a bare Typer app with the same command names (target ≤ 1.0);
- ``check-deadlines`` on the ward example, the store warm (target ≤ 250 ms) and with no store
  at all (target ≤ 500 ms).

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


def measure(args: list[str], cwd: Path | None = None,
            env: dict | None = None) -> tuple[float, float, float, int]:
    """(seconds, peak MB of the process tree, peak MB of the largest process, exit status)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env)
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
            # (ignore_errors: a file gone meanwhile — the store removes its empty shards)
            shutil.rmtree(os.path.join(folder, ".tiepxuc"), ignore_errors=True)
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
    """Files written a moment ago are not kept (see src/tiepxuc/store.py): age them."""
    past = time.time() - 3600
    for folder, dirs, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


AS_OF = "2026-12-03"
NEXT_DAY = "2026-12-04"


def one_petition(root: Path) -> Path:
    """A petition of the largest unit (the province's own, or the single unit's)."""
    for folder, dirs, files in os.walk(root / "petitions"):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".yaml"):
                return Path(folder) / name
    raise SystemExit(f"no petition under {root}")


def edit_one(root: Path) -> None:
    """The petition's content reworded (its first line of text, whether the content is written
    on the key's line or as a block below it; still valid YAML: no “: ” added)."""
    path = one_petition(root)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("content:"))
    if lines[at].rstrip().endswith((">-", ">", "|", "|-")):
        at += 1  # a block: its first line
        indent = len(lines[at]) - len(lines[at].lstrip())
        lines[at] = lines[at][:indent] + "Nhắc lại - " + lines[at][indent:]
    else:
        lines[at] = lines[at].replace("content: ", "content: Nhắc lại - ", 1)
    path.write_text("".join(lines), encoding="utf-8")


def add_hundred(root: Path) -> None:
    import re

    source = one_petition(root)
    text = source.read_text(encoding="utf-8")
    old = re.search(r"^id: (\S+)", text, re.M)[1]
    for n in range(100):
        new = f"{old}-them-{n}"
        (source.parent / f"{new}.yaml").write_text(text.replace(old, new), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--petitions", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, help="reuse (or create) the province here")
    parser.add_argument("--single", type=Path, help="create the single unit here (new)")
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

        def run(root: Path, parse: float, label: str, args: list[str], target: float | None,
                env: dict | None = None) -> None:
            command = [*tiepxuc, "-C", str(root), *args]
            seconds, tree, _, status = measure(command, env=env)
            ratio = seconds / parse
            verdict = "" if target is None else ("ok" if ratio <= target else "OVER")
            results.append((label, f"{seconds:6.2f} s  ratio {ratio:4.2f}"
                            + (f" (target ≤ {target})" if target else "") +
                            f", {tree:4.0f} MB (target < 400)",
                            verdict + ("" if tree < 400 else " MEMORY OVER")))
            print(f"{label}: {seconds:.2f} s (exit {status}), ratio {ratio:.2f}, "
                  f"{tree:.0f} MB", flush=True)

        def later_runs(root: Path, parse: float, name: str) -> None:
            deadlines = ["check-deadlines", "--json", "--as-of", AS_OF]
            run(root, parse, f"{name}: check-deadlines --json, cold", deadlines, 1.0)
            run(root, parse, f"{name}:   the same again", deadlines, 0.1)
            run(root, parse, f"{name}:   the next day",
                ["check-deadlines", "--json", "--as-of", NEXT_DAY], 0.1)
            run(root, parse, f"{name}:   --within 30 --agency Công an",
                [*deadlines, "--within", "30", "--agency", "Công an"], 0.1)
            run(root, parse, f"{name}:   validate --json after it",
                ["validate", "--json", "--as-of", AS_OF], 0.1)
            run(root, parse, f"{name}:   TIEPXUC_LANG=en validate --json",
                ["validate", "--json", "--as-of", AS_OF], 0.1,
                env={**os.environ, "TIEPXUC_LANG": "en"})
            edit_one(root)
            run(root, parse, f"{name}:   after editing one petition", deadlines, 0.1)
            add_hundred(root)
            run(root, parse, f"{name}:   after adding 100 petitions", deadlines, 0.1)
            drop_caches(root)
            run(root, parse, f"{name}: validate --json, cold",
                ["validate", "--json", "--as-of", AS_OF], 1.0)

        files = yaml_files(corpus)
        parse = min(baseline(corpus) for _ in range(2))  # the second run has warm file caches
        print(f"province: {len(files):,} YAML files; baseline (PyYAML's C loader, one "
              f"process): {parse:.2f} s\n", flush=True)
        results.append(("province baseline", f"{parse:6.2f} s for {len(files):,} files", ""))
        drop_caches(corpus)
        later_runs(corpus, parse, "province")

        single = options.single or Path(tmp) / "single"
        print(f"\nwriting one unit of {options.petitions:,} petitions to {single} …", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"),
                        str(single / "tinh"), "--petitions", str(options.petitions),
                        "--units", "1"], check=True, stdout=subprocess.DEVNULL)
        # The unit's own repository, without the province's roll-up over it.
        unit = next(p for p in (single / "tinh" / "don-vi").iterdir() if p.is_dir())
        deadlines = ["check-deadlines", "--json", "--as-of", AS_OF]
        one_files = yaml_files(unit)
        one_parse = min(baseline(unit) for _ in range(2))
        results.append(("single unit baseline",
                        f"{one_parse:6.2f} s for {len(one_files):,} files", ""))
        run(unit, one_parse, "single: straight after generation, cold", deadlines, 1.0)
        run(unit, one_parse, "single:   the second run", deadlines, 0.1)
        drop_caches(unit)
        later_runs(unit, one_parse, "single")

        bare = bare_typer_app(Path(tmp))
        runs = max(options.runs, 5)
        ours = median_time([*tiepxuc, "--help"], runs * 2)
        theirs = median_time([sys.executable, str(bare), "--help"], runs * 2)
        results.append(("tiepxuc --help", f"{ours * 1000:4.0f} ms vs bare Typer app "
                        f"{theirs * 1000:.0f} ms: ratio {ours / theirs:.2f} (target ≤ 1.0)",
                        "ok" if ours / theirs <= 1.0 else "OVER"))

        ward = Path(tmp) / "ward"
        shutil.copytree(WARD, ward, ignore=shutil.ignore_patterns(".tiepxuc"))
        age(ward)
        args = [*tiepxuc, "-C", str(ward), "check-deadlines", "--exit-zero"]
        cold = median_time(args, runs, prepare=lambda: drop_caches(ward))
        subprocess.run(args, capture_output=True, check=False)
        warm = median_time(args, runs * 2)
        results.append(("check-deadlines, ward example", f"{warm * 1000:4.0f} ms with the "
                        f"store (target ≤ 250), {cold * 1000:.0f} ms with none (target ≤ 500)",
                        "ok" if warm <= 0.25 and cold <= 0.5 else "OVER"))

    print("\n" + "\n".join(f"{label:46} {value}  {verdict}" for label, value, verdict in results))


if __name__ == "__main__":
    main()
