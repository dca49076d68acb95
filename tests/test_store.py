"""The record store (store.py): record files parsed once and kept; a changed file read again
alone; the date, the options, the language and the command never make a file be read again;
a damaged, truncated or foreign store ignored; the same results with and without it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import AS_OF, run
from tiepxuc.repo import load, load_one

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PETITION_FILE = "petitions/2024/kn-2024-06-14-rac-thai.yaml"


def _age(root: Path, seconds: int = 600) -> None:
    """Files written a while ago: old enough to be kept (young files are read again). Setting
    a file's times changes its change time too: only files written since are aged again."""
    past = time.time() - seconds
    paths = [root] if root.is_file() else [
        Path(folder) / name for folder, dirs, files in os.walk(root)
        if ".tiepxuc" not in Path(folder).parts for name in files]
    for path in paths:
        os.utime(path, (past, past))


def _records(root: Path) -> list[Path]:
    return sorted((root / ".tiepxuc" / "cache").glob("records-*.pickle"))


def _clear_results(root: Path) -> None:
    """Remove the results kept for the same day and options, keeping the records."""
    for path in (root / ".tiepxuc" / "cache").glob("*.pickle"):
        if not path.name.startswith("records-"):
            path.unlink()


@pytest.fixture
def parses(monkeypatch):
    """Counts the record files read and parsed in this process (tiepxuc.yaml and
    calendar.yaml, the configuration, are read apart at each run)."""
    import tiepxuc.repo

    counted = {"n": 0}
    real = tiepxuc.repo._read

    def counting(kind, path, diagnostics):
        if kind not in ("unit", "calendar"):
            counted["n"] += 1
        return real(kind, path, diagnostics)

    monkeypatch.setattr(tiepxuc.repo, "_read", counting)
    return counted


@pytest.fixture
def kho(make_repo):
    root = make_repo()
    _age(root)
    return root


def test_records_are_parsed_once_and_a_changed_file_alone_again(kho):
    first = load(kho)
    total = len(first.records)
    assert first.parsed == total and total >= 4
    assert _records(kho)
    assert load(kho).parsed == 0
    path = kho / PETITION_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Rác thải tập kết sai nơi", "Rác thải đổ sai chỗ"), encoding="utf-8")
    _age(path)
    again = load(kho)
    assert again.parsed == 1  # the edited file alone
    assert next(r for r in again.petitions).model.content.startswith("Rác thải đổ sai chỗ")
    assert load(kho).parsed == 0


def test_added_and_removed_files(kho):
    load(kho)
    source = kho / PETITION_FILE
    copy = source.with_name("kn-2024-06-14-rac-thai-2.yaml")
    copy.write_text(source.read_text(encoding="utf-8").replace(
        "kn-2024-06-14-rac-thai", "kn-2024-06-14-rac-thai-2"), encoding="utf-8")
    _age(copy)
    added = load(kho)
    assert added.parsed == 1 and len(added.petitions) == 2
    copy.unlink()
    removed = load(kho)
    assert removed.parsed == 0 and len(removed.petitions) == 1


def test_records_deleted_leave_nothing_of_them_in_the_store(kho):
    """A deleted record's data (a citizen's name) is not kept, even when no file is left in
    its shard (a petition erased on request, a year's folder moved out)."""
    import pickle

    from tiepxuc.store import _FORMAT, shard_of

    def kept() -> set[str]:
        names: set[str] = set()
        for shard in _records(kho):
            names |= set(pickle.loads(shard.read_bytes()[len(_FORMAT) + 32:]))
        return names

    load(kho)
    assert PETITION_FILE in kept()
    alone = "petitions/2024/kn-2024-06-14-erased.yaml"
    others = {str(p.relative_to(kho).as_posix()) for p in kho.rglob("*.yaml")}
    while any(shard_of(alone) == shard_of(other) for other in others):
        alone = alone.replace("erased", "erased-x")
    (kho / alone).write_text((kho / PETITION_FILE).read_text(encoding="utf-8").replace(
        "kn-2024-06-14-rac-thai", Path(alone).stem), encoding="utf-8")
    _age(kho / alone)
    load(kho)
    assert alone in kept()
    (kho / alone).unlink()
    load(kho)
    assert alone not in kept()
    from tiepxuc.privacy import hide_for

    hide_for(load(kho))  # the matchers hold the citizens' names: they go with the records
    assert (kho / ".tiepxuc" / "cache" / "derived-hide.pickle").exists()
    for path in kho.glob("*/**/*.yaml"):
        path.unlink()
    assert load(kho).records == [] and kept() == set() and not _records(kho)
    assert not (kho / ".tiepxuc" / "cache" / "derived-hide.pickle").exists()


def test_a_young_file_is_read_again_next_time_and_the_rest_stays(kho):
    load(kho)
    path = kho / PETITION_FILE
    path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")  # just written
    assert load(kho).parsed == 1
    assert load(kho).parsed == 1  # still young: not kept, read again; the others are kept
    _age(path)
    assert load(kho).parsed == 1  # old enough now: read once more and kept
    assert load(kho).parsed == 0


def test_a_file_with_problems_is_read_each_time(kho):
    path = kho / PETITION_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("field: moi-truong",
                                                             "field: [moi-truong"),
                    encoding="utf-8")  # a YAML error
    _age(kho)
    first = load(kho)
    assert first.parsed == len(first.records)
    assert load(kho).parsed == 1  # only the file with the problem


def test_another_day_option_language_and_command_read_no_yaml(kho, parses, monkeypatch):
    first = run("-C", str(kho), "check-deadlines", "--json", "--as-of", AS_OF.isoformat())
    assert first.exit_code in (0, 1), first.output
    assert parses["n"] > 0
    parses["n"] = 0
    for args in (["check-deadlines", "--json", "--as-of", "2025-01-16"],
                 ["check-deadlines", "--json", "--as-of", "2025-01-16", "--within", "30"],
                 ["check-deadlines", "--as-of", "2025-01-16", "--agency", "Công an"],
                 ["validate", "--as-of", "2025-01-17"],
                 ["report", "2024", "--json", "--as-of", "2025-01-17"],
                 ["plan", "status", "2024", "--as-of", "2025-01-17"],
                 ["render", "minutes", "2024-06-14-dinh-ky", "-o", str(kho.parent / "bb.docx")],
                 ["export", "json", "-o", str(kho.parent / "kho.json")]):
        result = run("-C", str(kho), *args)
        assert result.exit_code in (0, 1), (args, result.output)
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    english = run("-C", str(kho), "validate", "--as-of", "2025-01-18")
    assert english.exit_code in (0, 1)
    assert parses["n"] == 0


def test_english_after_vietnamese_shows_english(make_repo, monkeypatch):
    root = make_repo({
        "sessions/2024/2024-06-14-dinh-ky.yaml": None,  # a session missing: rule findings
        PETITION_FILE.replace("rac-thai", "sai"): "id: kn-2024-06-14-sai\nfield: [\n",
    })
    _age(root)
    vietnamese = run("-C", str(root), "validate", "--as-of", AS_OF.isoformat())
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    english = run("-C", str(root), "validate", "--as-of", AS_OF.isoformat())
    assert "lỗi" in vietnamese.stdout
    assert " error " in english.stdout and "lỗi " not in english.stdout
    for line in english.stdout.splitlines():
        if ": error " in line:  # the message itself is English, not kept from the first run
            message = line.split(": error ", 1)[1]
            assert not any(word in message for word in ("không", "Không", "phải", "ngày ")), line


@pytest.mark.parametrize("damage", ["flipped", "truncated", "foreign", "garbage", "empty"])
def test_a_damaged_truncated_or_foreign_store_is_ignored(kho, damage, monkeypatch, tmp_path):
    reference = load(kho)
    shards = _records(kho)
    assert shards
    for shard in shards:
        data = shard.read_bytes()
        if damage == "flipped":
            data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
        elif damage == "truncated":
            data = data[:len(data) // 2]
        elif damage == "garbage":
            data = os.urandom(200)
        elif damage == "empty":
            data = b""
        shard.write_bytes(data)
    if damage == "foreign":  # signed with someone else's key: never unpickled
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
        foreign = tmp_path / "foreign"
        shutil.copytree(kho, foreign)
        load(foreign)  # written with the other key
        for shard in _records(foreign):
            shutil.copy(shard, kho / ".tiepxuc" / "cache" / shard.name)
        monkeypatch.delenv("XDG_CACHE_HOME")
    again = load(kho)
    assert again.parsed == len(reference.records)  # every file read again
    assert [(r.path, r.model) for r in again.records] == \
        [(r.path, r.model) for r in reference.records]
    assert load(kho).parsed == 0  # and the store rebuilt


def test_a_store_that_cannot_be_written_changes_nothing(kho, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tiepxuc.fileio.atomic_write_bytes", refuse)
    result = run("-C", str(kho), "validate", "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0, result.output
    assert not _records(kho)


def test_positions_from_the_store_are_the_positions_in_the_file(kho):
    fresh = load(kho, use_store=False)
    load(kho)
    stored = load(kho)
    assert stored.parsed == 0
    for a, b in zip(fresh.records, stored.records):
        data = a.doc.data
        nested = {k: v for k, v in data.items() if isinstance(v, dict)}
        paths = [(), ("nope",), ("answer", "nope"), *((k,) for k in data),
                 *((k, sub) for k, v in nested.items() for sub in v),
                 *((k, sub, x) for k, v in nested.items() for sub, w in v.items()
                   if isinstance(w, (dict, list)) for x in (w if isinstance(w, dict)
                                                           else range(len(w)))),
                 *((k, i) for k, v in data.items() if isinstance(v, list) for i in range(len(v)))]
        for path in paths:
            for key in (False, True):
                here, there = a.position(*path, key=key), b.position(*path, key=key)
                assert (here.line, here.column) == (there.line, there.column), \
                    (a.path, path, key)


def _outputs(root: Path) -> dict[str, str]:
    out = {}
    for name, args in (("deadlines", ["check-deadlines", "--json", "--as-of", "2026-12-03"]),
                       ("validate", ["validate", "--json", "--as-of", "2026-12-03"]),
                       ("report", ["report", "--json", "--as-of", "2026-12-03"])):
        result = run("-C", str(root), *args)
        out[name] = result.stdout
    return out


@pytest.mark.parametrize("example", ["phuong-dinh-ke-2024", "xa-phuc-hoa-2025"])
def test_results_are_the_same_with_and_without_the_store(example, tmp_path):
    root = tmp_path / example
    shutil.copytree(EXAMPLES / example, root, ignore=shutil.ignore_patterns(".tiepxuc"))
    _age(root)
    cold = _outputs(root)  # the store is filled
    _clear_results(root)
    warm = _outputs(root)  # every record from the store
    assert load(root).parsed == 0
    assert warm == cold
    assert json.loads(cold["deadlines"]) and json.loads(cold["validate"]) is not None


def test_results_are_the_same_on_a_generated_corpus(tmp_path):
    corpus = tmp_path / "tinh"
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"
    subprocess.run([sys.executable, str(script), str(corpus), "--petitions", "600",
                    "--units", "3", "--seed", "11"], check=True, capture_output=True)
    _age(corpus)
    cold = _outputs(corpus)
    _clear_results(corpus)
    for unit in (corpus / "don-vi").iterdir():
        _clear_results(unit)
    warm = _outputs(corpus)
    assert warm == cold
    assert len(json.loads(cold["deadlines"])) > 100


def test_the_kept_redaction_follows_the_names_in_the_records(kho):
    """The redaction's matchers are kept with the records (derived-hide), rebuilt when the
    citizens named change: a new citizen's name never shows in a deadline's title."""
    def titles() -> str:
        result = run("-C", str(kho), "check-deadlines", "--json", "--as-of", "2024-06-20")
        return " ".join(row["title"] for row in json.loads(result.stdout))

    def petition(name: str, n: int) -> str:
        return (f"id: kn-2024-06-14-y-kien-{n}\nsession: 2024-06-14-dinh-ky\nraised_by:\n"
                f"  name: {name}\nfield: moi-truong\ncompetence: level_above\n"
                f"content: {name} đề nghị sửa đường\n")

    folder = kho / "petitions" / "2024"
    (folder / "kn-2024-06-14-y-kien-1.yaml").write_text(petition("Lò Văn Páo", 1),
                                                         encoding="utf-8")
    _age(kho)
    first = titles()
    assert "đề nghị sửa đường" in first and "Lò Văn Páo" not in first
    assert (kho / ".tiepxuc" / "cache" / "derived-hide.pickle").exists()
    (folder / "kn-2024-06-14-y-kien-2.yaml").write_text(petition("Hà Thị Mỷ", 2),
                                                         encoding="utf-8")
    _age(folder / "kn-2024-06-14-y-kien-2.yaml")
    second = titles()
    assert second.count("đề nghị sửa đường") == 2
    assert "Hà Thị Mỷ" not in second and "Lò Văn Páo" not in second


def test_a_big_repository_is_read_by_worker_processes_alike(kho, monkeypatch):
    """From PARALLEL_FROM files, a cold load reads them in worker processes (both cores): the
    records, their problems and the store are the same as read in one process."""
    import tiepxuc.repo

    source = kho / PETITION_FILE
    for n in range(12):
        text = source.read_text(encoding="utf-8").replace(
            "kn-2024-06-14-rac-thai", f"kn-2024-06-14-rac-thai-{n}")
        if n == 5:
            text = text.replace("field: moi-truong", "field: [moi-truong")  # a YAML error
        (source.parent / f"kn-2024-06-14-rac-thai-{n}.yaml").write_text(text, encoding="utf-8")
    _age(kho)
    alone = load(kho, use_store=False)
    monkeypatch.setattr(tiepxuc.repo, "PARALLEL_FROM", 5)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    used = []
    real = tiepxuc.repo._read

    def counting(kind, path, diagnostics):
        if kind not in ("unit", "calendar"):
            used.append(path)
        return real(kind, path, diagnostics)

    monkeypatch.setattr(tiepxuc.repo, "_read", counting)
    import pickle
    import types

    import tiepxuc.store

    pickled = []  # what this process pickles: the workers' shards are kept as they came
    monkeypatch.setattr(tiepxuc.store, "pickle", types.SimpleNamespace(
        loads=pickle.loads, HIGHEST_PROTOCOL=pickle.HIGHEST_PROTOCOL,
        dumps=lambda value, **kw: pickled.append(value) or pickle.dumps(value, **kw)))
    shared = load(kho)
    assert not used  # the pieces were read by the workers, not by this process
    assert not pickled
    assert shared.parsed == len(alone.records)
    assert [(r.path, r.model) for r in shared.records] == [(r.path, r.model) for r in alone.records]
    assert [d.format() for d in shared.diagnostics] == [d.format() for d in alone.diagnostics]
    again = load(kho)
    assert again.parsed == 1  # the file with the YAML error; the rest from the store


def test_a_concern_raised_many_times_names_its_latest_petitions():
    """A row names at most SHOWN_REPEATS other petitions of its concern, the latest."""
    from tiepxuc.scan import SHOWN_REPEATS, _others

    group = [f"kn-{n:04d}" for n in range(500)]
    assert _others(group, "kn-0499") == [f"kn-{n:04d}" for n in range(479, 499)]
    assert _others(group, "kn-0010") == [f"kn-{n:04d}" for n in range(480, 500)]
    assert _others(group[:3], "kn-0001") == ["kn-0000", "kn-0002"]
    assert len(_others(group, "kn-0485")) == SHOWN_REPEATS


def test_other_days_and_options_come_from_one_basis(kho, monkeypatch):
    """The unit's basis is computed once and answers every day and option: nothing is
    computed again for another --as-of, --within or command; no more than SLOTS are kept."""
    import tiepxuc.scan
    from tiepxuc.cache import SLOTS

    _age(kho)
    computed = []
    real = tiepxuc.scan.unit_basis
    monkeypatch.setattr(tiepxuc.scan, "unit_basis",
                        lambda root, last, on_file=None: computed.append(last) or
                        real(root, last, on_file))
    days = ["2025-01-15", "2025-01-16", "2025-07-17", "2025-01-15"]
    outputs = [run("-C", str(kho), "validate", "--as-of", day, "--json").stdout for day in days]
    outputs += [run("-C", str(kho), "check-deadlines", "--as-of", day, "--json",
                    "--within", "9").stdout for day in days]
    assert len(computed) == 1
    assert outputs[3] == outputs[0]
    for n in range(SLOTS + 3):  # another state of the records each time
        petition = kho / PETITION_FILE
        petition.write_text(petition.read_text(encoding="utf-8") + f"# {n}\n", encoding="utf-8")
        _age(kho)
        run("-C", str(kho), "validate", "--as-of", f"2025-02-{n + 1:02d}")
    kept = list((kho / ".tiepxuc" / "cache").glob("basis.*.pickle"))
    assert len(kept) == SLOTS


def test_kept_results_follow_the_real_today_whatever_the_date_asked_for(make_repo, monkeypatch):
    """DATE-FUTURE compares with the real today, not --as-of: validate's kept results for the
    same --as-of are not shown on a later day (a date that was tomorrow is no longer future)."""
    from datetime import timedelta

    import tiepxuc.clock

    tomorrow = tiepxuc.clock.today_in_vietnam() + timedelta(days=1)
    root = make_repo({"conclusions/2024/tb-2024-06-24.yaml": f"""\
        id: tb-2024-06-24
        session: 2024-06-14-dinh-ky
        number: 38-TB/ĐU
        date: {tomorrow.isoformat()}
        items:
          - content: Giao công chức Địa chính - Xây dựng theo dõi
            petitions: [kn-2024-06-14-rac-thai]
        """})
    _age(root)
    assert "DATE-FUTURE" in run("-C", str(root), "validate", "--as-of", AS_OF.isoformat()).output
    monkeypatch.setattr(tiepxuc.clock, "today_in_vietnam", lambda: tomorrow + timedelta(days=1))
    later = run("-C", str(root), "validate", "--as-of", AS_OF.isoformat())
    assert "DATE-FUTURE" not in later.output, later.output


def test_a_change_of_records_drops_what_was_derived_from_the_old_ones(kho):
    """The redaction's matchers (derived-hide) hold citizens' names: when records change they
    go, and the temporary file of a run killed while writing goes once it is old."""
    from tiepxuc.privacy import hide_for

    hide_for(load(kho))
    folder = kho / ".tiepxuc" / "cache"
    assert (folder / "derived-hide.pickle").exists()
    killed = folder / ".records-03.pickle.abc123.tmp"
    killed.write_bytes(b"half")
    young = folder / ".records-04.pickle.def456.tmp"
    young.write_bytes(b"being written")
    past = time.time() - 7200
    os.utime(killed, (past, past))
    assert load(kho).parsed == 0
    assert (folder / "derived-hide.pickle").exists()  # nothing changed: kept
    path = kho / PETITION_FILE
    kept = (folder / "derived-hide.pickle").read_bytes()
    path.write_text(path.read_text(encoding="utf-8").replace("Rác thải tập kết", "Rác thải sinh hoạt tập kết"),
                    encoding="utf-8")
    _age(path)
    assert load(kho).parsed == 1
    assert (folder / "derived-hide.pickle").read_bytes() == kept  # the same names: kept
    assert hide_for(load(kho)) is not None
    path.write_text(path.read_text(encoding="utf-8").replace("Vũ Văn Giang", "Vũ Văn Giáp"),
                    encoding="utf-8")
    _age(path)
    assert load(kho).parsed == 1
    assert not (folder / "derived-hide.pickle").exists()
    assert not killed.exists() and young.exists()


# ---------------------------------------------------------------- one basis for every day

# Days around the examples' sessions, year ends, deadlines, and far ahead.
DAYS = ["2024-06-13", "2024-06-14", "2024-06-15", "2024-06-28", "2024-07-01", "2024-08-20",
        "2024-12-31", "2025-01-01", "2025-01-02", "2025-03-31", "2025-06-30", "2025-12-31",
        "2026-01-01", "2026-12-31"]


@pytest.mark.parametrize("example", ["phuong-dinh-ke-2024", "xa-phuc-hoa-2025"])
def test_one_basis_answers_every_day_as_the_records_do(example, tmp_path):
    """A unit's basis, made once for the first day, answers each later day exactly as the rules
    and obligations computed from the records for that day alone: what a problem's days and a
    yearly minimum's sessions held say is what the records say on that day."""
    from datetime import date

    from tiepxuc.scan import Deadlines, Findings, unit_basis
    from tiepxuc.validation import validate_repository

    root = tmp_path / example
    shutil.copytree(EXAMPLES / example, root)
    days = [date.fromisoformat(day) for day in DAYS]
    basis = unit_basis(root, (days[0], days[-1]))
    repo = load(root, use_store=False)
    def shown(diagnostics) -> list[tuple]:
        return [(Path(os.path.relpath(root / d.file, root)).as_posix(), d.line, d.column,
                 d.rule, d.severity, d.message, d.basis) for d in diagnostics]

    answered = 0
    for day in days:
        if not basis.covers(day):  # a year before the unit's first: computed on its own
            assert basis.floor is not None and day.year < basis.floor
            continue
        answered += 1
        kept = Findings(day).from_basis(basis).diagnostics
        assert shown(kept) == shown(validate_repository(repo, day)), day
        alone = unit_basis(root, (day, day))  # made for that day only
        assert Deadlines(day, 7).from_basis(basis).rows == \
            Deadlines(day, 7).from_basis(alone).rows, day
    assert answered >= 6


def test_a_date_in_the_future_names_the_day_it_is_shown_on(make_repo, monkeypatch):
    """DATE-FUTURE is measured against the real today: the basis kept yesterday still holds the
    problem today, and its message names today, not the day the basis was made."""
    from datetime import timedelta

    import tiepxuc.clock

    today = tiepxuc.clock.today_in_vietnam()
    root = make_repo({"conclusions/2024/tb-2024-06-24.yaml": f"""\
        id: tb-2024-06-24
        session: 2024-06-14-dinh-ky
        number: 38-TB/ĐU
        date: {(today + timedelta(days=5)).isoformat()}
        items:
          - content: Giao công chức Địa chính - Xây dựng theo dõi
            petitions: [kn-2024-06-14-rac-thai]
        """})
    _age(root)

    def future(day) -> list[str]:
        monkeypatch.setattr(tiepxuc.clock, "today_in_vietnam", lambda: day)
        shown = run("-C", str(root), "validate", "--as-of", AS_OF.isoformat(), "--json")
        return [d["message"] for d in json.loads(shown.stdout) if d["rule"] == "DATE-FUTURE"]

    assert today.strftime("%d/%m/%Y") in future(today)[0]
    later = today + timedelta(days=2)
    assert list((root / ".tiepxuc" / "cache").glob("basis.*.pickle"))
    assert later.strftime("%d/%m/%Y") in future(later)[0]


def test_results_kept_per_day_by_earlier_versions_are_removed(kho):
    """Earlier versions kept finished rows per day and option (petitions' words in them): they
    go once the basis is kept."""
    folder = kho / ".tiepxuc" / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("deadlines.0123456789abcdef.pickle", "validate.pickle"):
        (folder / name).write_bytes(b"old")
    run("-C", str(kho), "validate", "--as-of", AS_OF.isoformat())
    assert sorted(p.name.split(".")[0] for p in folder.glob("*.pickle")
                  if not p.name.startswith(("records-", "derived-"))) == ["basis"]


@pytest.mark.parametrize("example", ["phuong-dinh-ke-2024", "xa-phuc-hoa-2025"])
def test_the_basis_is_worded_in_the_language_of_each_run(example, tmp_path, monkeypatch):
    """The basis holds phrases, not sentences: made once in Vietnamese, it answers an English
    run (nothing computed again) with what an English run computing everything shows, and
    the other way round."""
    import tiepxuc.scan

    root = tmp_path / example
    shutil.copytree(EXAMPLES / example, root)
    (root / "petitions" / "kn-sai.yaml").write_text(  # a file the loader cannot check
        "id: kn-sai\nfield: [\n", encoding="utf-8")
    _age(root)
    asked = [["validate", "--json", "--as-of", "2025-12-31"],
             ["check-deadlines", "--json", "--as-of", "2025-12-31"]]

    def outputs(language: str) -> list[str]:
        monkeypatch.setenv("TIEPXUC_LANG", language)
        return [run("-C", str(root), *args).stdout for args in asked]

    fresh = {}
    for language in ("en", "vi"):
        shutil.rmtree(root / ".tiepxuc", ignore_errors=True)
        fresh[language] = outputs(language)
    assert fresh["en"] != fresh["vi"]
    computed = []
    real = tiepxuc.scan.unit_basis
    monkeypatch.setattr(tiepxuc.scan, "unit_basis",
                        lambda *args, **kwargs: computed.append(1) or real(*args, **kwargs))
    assert outputs("vi") == fresh["vi"] and outputs("en") == fresh["en"]
    assert outputs("vi") == fresh["vi"]
    assert computed == []  # the basis made for the last fresh run answered them all


def test_a_basis_holding_worded_messages_is_made_again_in_another_language(kho, monkeypatch):
    """A profile that cannot be read is reported in the words of the run that found it: such a
    basis answers that language only."""
    unit = kho / "tiepxuc.yaml"
    unit.write_text(unit.read_text(encoding="utf-8").replace(
        "profile: default", "profile: khong-co", 1), encoding="utf-8")
    _age(kho)
    vietnamese = run("-C", str(kho), "validate", "--as-of", AS_OF.isoformat(), "--json")
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    english = run("-C", str(kho), "validate", "--as-of", AS_OF.isoformat(), "--json")
    unknown = [d["message"] for d in json.loads(english.stdout) if d["rule"] == "PROFILE-UNKNOWN"]
    assert unknown and unknown != [d["message"] for d in json.loads(vietnamese.stdout)
                                   if d["rule"] == "PROFILE-UNKNOWN"]


def test_a_warm_run_reads_the_basis_without_the_record_models(tmp_path):
    """What a warm run unpickles (the basis: timing.Due, diagnostics.Dated) does not need the
    record models or the rules: the ward's morning run stays quick."""
    root = tmp_path / "ward"
    shutil.copytree(EXAMPLES / "phuong-dinh-ke-2024", root)
    _age(root)
    code = ("import runpy, sys\n"
            f"sys.argv = ['tiepxuc', '-C', {str(root)!r}, 'check-deadlines', '--json',"
            " '--exit-zero', '--as-of', '2024-12-31']\n"
            "try:\n    runpy.run_module('tiepxuc', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('tiepxuc.records.models', 'tiepxuc.repo', 'pydantic',"
            " 'tiepxuc.rules.engine') if m in sys.modules), file=sys.stderr)\n")

    def loaded() -> str:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        return done.stderr.strip().splitlines()[-1]

    assert "tiepxuc.repo" in loaded()  # the first run reads the records
    assert loaded() == "[]"


def test_stored_records_share_what_many_hold_alike_and_stay_unchanged(kho):
    """Records from the store share their sets of given fields and their keys' layout (a
    100,000-petition unit held 1.6 KB and 2.4 KB per petition for these), and stay read-only:
    a record cannot be changed in place, where one change would show in every record sharing
    with it (a seal is computed over the fields given)."""
    import pydantic

    from tiepxuc.audit.seal import fingerprint
    from tiepxuc.store import shard_of

    source = kho / PETITION_FILE
    names = [f"kn-2024-06-14-rac-thai-{n}" for n in range(200)]
    for name in [n for n in names  # three in the same shard as the first
                 if shard_of(f"petitions/2024/{n}.yaml") == shard_of(PETITION_FILE)][:3]:
        (source.parent / f"{name}.yaml").write_text(source.read_text(encoding="utf-8").replace(
            "kn-2024-06-14-rac-thai", name), encoding="utf-8")
    _age(kho)
    first = load(kho)
    sealed = {r.path: fingerprint(r.model) for r in first.records if r.model is not None}
    again = load(kho)
    assert again.parsed == 0
    petitions = again.petitions
    assert len(petitions) == 4
    # one object in the shard they share
    assert len({id(r.model.__pydantic_fields_set__) for r in petitions}) == 1
    assert len({id(r.model.raised_by.__pydantic_fields_set__) for r in petitions}) == 1
    assert len({id(r.doc._top[0]) for r in petitions}) == 1
    model = petitions[0].model
    with pytest.raises(pydantic.ValidationError):
        model.content = "đổi tại chỗ"
    copy = model.model_copy(update={"received_via": "mail"})
    assert "received_via" in copy.model_fields_set
    assert "received_via" not in petitions[1].model.model_fields_set
    assert {r.path: fingerprint(r.model) for r in again.records if r.model is not None} == sealed
    for record in again.records:  # the places kept are those of the file
        if record.model is not None:
            fresh = load_one(record.kind, record.path, [])
            def at(doc, *path, key=False):
                found = doc.position(*path, key=key)
                return found.line, found.column

            for key in ("id", "date", "raised_by", "absent"):
                assert at(record, key) == at(fresh, key)
                assert at(record, key, key=True) == at(fresh, key, key=True)
            for inner in ("name", "absent"):
                assert at(record, "raised_by", inner) == at(fresh, "raised_by", inner)
                assert at(record, "raised_by", inner, key=True) == \
                    at(fresh, "raised_by", inner, key=True)


def test_a_record_read_in_this_process_is_compacted_before_the_next_is_read(kho, monkeypatch):
    """Read in one process (a small repository, or a unit in a roll-up's worker), each clean
    record trades its parsed document for the store's compact one before the next file is
    read: a unit's parsed documents are never all held at once."""
    import tiepxuc.repo
    from tiepxuc.store import StoredDoc

    source = kho / PETITION_FILE
    for n in range(5):
        (source.parent / f"kn-2024-06-14-rac-thai-{n}.yaml").write_text(
            source.read_text(encoding="utf-8").replace(
                "kn-2024-06-14-rac-thai", f"kn-2024-06-14-rac-thai-{n}"), encoding="utf-8")
    _age(kho)
    read, held = [], []
    real = tiepxuc.repo._read

    def reading(kind, path, diagnostics):
        held.append(sum(1 for r in read if not isinstance(r.doc, StoredDoc)))
        record = real(kind, path, diagnostics)
        if kind not in ("unit", "calendar") and record is not None and not diagnostics:
            read.append(record)
        return record

    monkeypatch.setattr(tiepxuc.repo, "_read", reading)
    load(kho)
    assert len(read) >= 6 and set(held) == {0}


def test_a_petition_that_owes_nothing_is_not_redacted(kho, monkeypatch):
    """A deadline's subject is redacted only for a petition that owes something: the words of
    one answered at the session are never shown (a 100k unit redacted 59k of them for nothing)."""
    from tiepxuc.deadlines import obligations
    from tiepxuc.privacy import Hide
    from tiepxuc.rules.engine import active_profile

    opened = []
    real = Hide.opening
    monkeypatch.setattr(Hide, "opening", lambda self, value, words: opened.append(value)
                        or real(self, value, words))
    repo = load(kho)
    obligations(repo, active_profile(repo)[0], AS_OF)
    assert [r.model.assignment for r in repo.petitions] == [None]
    assert opened == []


def test_the_records_of_a_kind_follow_the_list_of_records(kho):
    """Repository.valid sorts the records by kind once, and again when the list changes."""
    from tiepxuc.repo import Record

    repo = load(kho)
    petitions = repo.petitions
    assert repo.petitions == petitions and repo.petitions is not petitions  # a copy each time
    extra = Record("petition", kho / "petitions" / "x.yaml", None, petitions[0].model)
    repo.records.append(extra)
    assert repo.petitions == [*petitions, extra]
    repo.records = [r for r in repo.records if r.kind != "petition"]
    assert repo.petitions == []
