"""Files that vanish or change while tiepxuc reads the repository (a sync tool, another clone's
checkout): a file gone is gone (not an error), a file back in place is read, a file that cannot
be read is reported (FILE-UNREADABLE), a file changed during the scan is not cached as if
unchanged; never an unexpected error.

The moments are made exact by instrumenting the two places the file system is looked at: the
folder listing (``os.scandir``) and the opening of a file to read it (``open`` in fileio)."""

from __future__ import annotations

import builtins
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run
from test_hostile_input import clean, vietnamese

AS_OF = "2025-01-15"
EXTRA = "petitions/2025/kn-2024-10-17-cong-ranh.yaml"
EXTRA_TEXT = """\
id: kn-2024-10-17-cong-ranh
session: 2024-10-17-chuyen-de
raised_by: {name: Ngô Thị Lan}
field: moi-truong
content: Cống rãnh khu dân cư bị tắc
answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: Đã giao nạo vét trong tháng
"""
UNEXPECTED = "Lỗi không mong đợi"

# Each command with the exit status it has on the repository without the extra petition (the
# base has overdue obligations: check-deadlines says so with 1).
COMMANDS = {
    "validate": (("validate", "--as-of", AS_OF), 0),
    "check-deadlines": (("check-deadlines", "--as-of", AS_OF), 1),
    "report": (("report", "2024", "--as-of", AS_OF), 0),
    "render-report": (("render", "report", "2024"), 0),
}


@pytest.fixture
def kho(make_repo):
    return make_repo({EXTRA: EXTRA_TEXT})


def _same(a: str | Path, b: str | Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def on_open(monkeypatch, path: Path, action: Callable[[int], None]) -> list[int]:
    """Call ``action(n)`` just before the n-th opening (from 1) of ``path`` for reading."""
    from tiepxuc import fileio

    calls = [0]

    def instrumented(file, *args, **kwargs):
        if _same(file, path):
            calls[0] += 1
            action(calls[0])
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(fileio, "open", instrumented, raising=False)
    return calls


class _Listing:
    """What os.scandir gives, already read (so that the folder can change after)."""

    def __init__(self, entries) -> None:
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def close(self) -> None:
        pass


def after_listing(monkeypatch, folder: Path, action: Callable[[], None]) -> None:
    """Call ``action()`` once, right after ``folder`` was listed (before its entries are
    looked at)."""
    real = os.scandir
    done = [False]

    def instrumented(path="."):
        if done[0] or not _same(path, folder):
            return real(path)
        done[0] = True
        with real(path) as listing:
            entries = list(listing)
        action()
        return _Listing(entries)

    monkeypatch.setattr(os, "scandir", instrumented)


def check(result, status: int) -> None:
    clean(result)
    assert UNEXPECTED not in result.output, result.output
    assert result.exit_code == status, result.output


def test_the_fixture_is_valid(kho):
    result = run("-C", str(kho), "validate", "--as-of", AS_OF)
    check(result, 0)


# ---------------------------------------------------------------- gone: not an error


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_file_deleted_after_being_listed_is_skipped(kho, monkeypatch, command):
    victim = kho / EXTRA
    on_open(monkeypatch, victim, lambda n: victim.unlink(missing_ok=True))
    args, status = COMMANDS[command]
    result = run("-C", str(kho), *args)
    check(result, status)
    assert EXTRA not in result.output and "FILE-UNREADABLE" not in result.output
    if command == "render-report":
        assert (kho / "out" / "bao-cao-2024.docx").is_file()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_file_deleted_before_its_stat_is_skipped(kho, monkeypatch, command):
    victim = kho / EXTRA
    after_listing(monkeypatch, victim.parent, victim.unlink)
    args, status = COMMANDS[command]
    result = run("-C", str(kho), *args)
    check(result, status)
    assert EXTRA not in result.output


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_folder_removed_while_walked_is_skipped(kho, monkeypatch, command):
    folder = kho / "petitions" / "2025"
    after_listing(monkeypatch, kho / "petitions", lambda: shutil.rmtree(folder))
    args, status = COMMANDS[command]
    check(run("-C", str(kho), *args), status)


def test_a_file_replaced_while_read_is_read_again(kho, monkeypatch):
    """A sync tool deletes, then writes the new version: the new version is what is checked."""
    victim = kho / EXTRA
    changed = EXTRA_TEXT.replace("field: moi-truong", "field: moi-truong\nghi_chu: bản mới")

    def replace(n: int) -> None:
        if n == 1:
            victim.unlink()  # the old version is gone…
        elif n == 2:
            victim.write_text(changed, encoding="utf-8")  # …and the new one is there

    calls = on_open(monkeypatch, victim, replace)
    result = run("-C", str(kho), "validate", "--as-of", AS_OF)
    check(result, 1)
    assert calls[0] == 2
    assert [line for line in result.stdout.splitlines()
            if line.startswith(f"{EXTRA}:") and "KEY-UNKNOWN" in line and "ghi_chu" in line]


def test_the_unit_file_deleted_while_read(kho, monkeypatch):
    """The whole repository went away (a checkout of a branch without it): said plainly."""
    unit = kho / "tiepxuc.yaml"
    text = unit.read_text(encoding="utf-8")
    on_open(monkeypatch, unit, lambda n: unit.unlink(missing_ok=True))
    for command, (args, _) in COMMANDS.items():
        unit.write_text(text, encoding="utf-8")
        result = run("-C", str(kho), *args)
        check(result, 2)
        assert "tiepxuc.yaml" in result.stderr, (command, result.output)
        vietnamese(result.stderr)


def test_a_unit_of_a_rollup_removed_while_read(tmp_path, monkeypatch):
    from test_rollup import make_rollup

    root = make_rollup(tmp_path / "huyen")
    unit = root / "don-vi" / "xa-binh-minh"
    on_open(monkeypatch, unit / "tiepxuc.yaml", lambda n: shutil.rmtree(unit, ignore_errors=True))
    result = run("-C", str(root), "validate", "--as-of", "2024-07-10")
    check(result, 1)
    lines = [line for line in result.stdout.splitlines() if "ROLLUP-UNIT-MISSING" in line]
    assert lines and lines[0].startswith("tiepxuc.yaml:"), result.stdout
    assert "don-vi/xa-binh-minh" in lines[0]
    vietnamese(lines[0])


# ---------------------------------------------------------------- cannot be read: reported


def _denied(path: Path) -> PermissionError:
    return PermissionError(13, "Permission denied", str(path))


def test_a_file_that_cannot_be_read_is_reported(kho, monkeypatch):
    victim = kho / EXTRA

    def deny(n: int) -> None:
        raise _denied(victim)

    on_open(monkeypatch, victim, deny)
    result = run("-C", str(kho), "validate", "--as-of", AS_OF)
    check(result, 2)
    lines = [line for line in result.stdout.splitlines()
             if line.startswith(f"{EXTRA}:1:") and " FILE-UNREADABLE: " in line]
    assert lines and "quyền truy cập" in lines[0], result.stdout
    vietnamese(lines[0])
    # the other commands count what they can and say that some records were left out
    result = run("-C", str(kho), "check-deadlines", "--as-of", AS_OF)
    check(result, 1)
    assert "tiepxuc validate" in result.stderr
    check(run("-C", str(kho), "report", "2024", "--as-of", AS_OF), 0)


def test_a_folder_that_cannot_be_listed_is_reported(kho, monkeypatch):
    folder = kho / "petitions" / "2025"
    real = os.scandir

    def instrumented(path="."):
        if _same(path, folder):
            raise _denied(folder)
        return real(path)

    monkeypatch.setattr(os, "scandir", instrumented)
    result = run("-C", str(kho), "validate", "--as-of", AS_OF)
    check(result, 2)
    lines = [line for line in result.stdout.splitlines()
             if line.startswith("petitions/2025:1:") and " FILE-UNREADABLE: " in line]
    assert lines and "thư mục" in lines[0], result.stdout
    vietnamese(lines[0])


# ---------------------------------------------------------------- the cache


def _age(root: Path, seconds: int = 60) -> None:
    past = time.time() - seconds
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def _cached(root: Path) -> list[str]:
    return sorted(p.name for p in (root / ".tiepxuc" / "cache").glob("*.pickle")
                  if not p.name.startswith(("records-", "derived-")))  # results only


def test_a_file_changed_while_scanned_is_not_cached(kho, monkeypatch):
    """Listed (and its stat taken for the cache key) with one content, read with another: the
    result is shown but not stored under the key of a file it did not read."""
    _age(kho)
    victim = kho / EXTRA
    changed = EXTRA_TEXT.replace("field: moi-truong", "field: khong-co")

    def change(n: int) -> None:
        if n == 1:
            victim.write_text(changed, encoding="utf-8")

    on_open(monkeypatch, victim, change)
    first = run("-C", str(kho), "validate", "--as-of", AS_OF)
    check(first, 1)
    assert f"{EXTRA}:4:" in first.stdout  # the content read: a field code that does not exist
    assert _cached(kho) == []
    monkeypatch.undo()
    again = run("-C", str(kho), "validate", "--as-of", AS_OF)
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout)


def test_a_file_gone_while_scanned_is_not_cached(kho, monkeypatch):
    _age(kho)
    victim = kho / EXTRA
    on_open(monkeypatch, victim, lambda n: victim.unlink(missing_ok=True))
    check(run("-C", str(kho), "validate", "--as-of", AS_OF), 0)
    assert _cached(kho) == []


def test_a_quiet_repository_is_still_cached(kho):
    _age(kho)
    check(run("-C", str(kho), "validate", "--as-of", AS_OF), 0)
    assert [name.split(".")[0] for name in _cached(kho)] == ["basis"]


def test_the_cache_is_not_written_through_a_link_leading_outside(kho, tmp_path):
    """The cache holds parsed records (personal data): never written outside the repository."""
    _age(kho)
    outside = tmp_path / "ngoai-kho"
    outside.mkdir()
    (kho / ".tiepxuc").symlink_to(outside, target_is_directory=True)
    check(run("-C", str(kho), "validate", "--as-of", AS_OF), 0)
    assert list(outside.iterdir()) == []


def test_the_cache_keeps_each_language_apart(kho, monkeypatch):
    """The scan holds finished messages: a run in English is not served Vietnamese ones."""
    kho.joinpath(EXTRA).write_text(EXTRA_TEXT.replace("field: moi-truong", "field: khong-co"),
                                   encoding="utf-8")
    _age(kho)
    vietnamese_run = run("-C", str(kho), "validate", "--as-of", AS_OF)
    assert " lỗi REF-UNKNOWN: Lĩnh vực “khong-co”" in vietnamese_run.stdout, vietnamese_run.stdout
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    english = run("-C", str(kho), "validate", "--as-of", AS_OF)
    assert " error REF-UNKNOWN: " in english.stdout and "Lĩnh vực" not in english.stdout
    monkeypatch.delenv("TIEPXUC_LANG")
    again = run("-C", str(kho), "validate", "--as-of", AS_OF)
    assert again.stdout == vietnamese_run.stdout
