"""Roll-up: a higher-level repository over two unit repositories, and the scan cache."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

from conftest import BASE, UNIT, run, write_tree

AS_OF = "2024-07-10"

FORWARDED = """\
id: kn-2024-06-14-cau-lien-xa
session: 2024-06-14-dinh-ky
raised_by: {name: Đỗ Văn Hải}
field: dat-dai
content: Cầu liên xã xuống cấp, đề nghị huyện đầu tư sửa chữa
competence: level_above
answer:
  kind: answer_later
  by: Chủ tịch UBND phường
  content: Chuyển UBND huyện xem xét theo thẩm quyền
  reason: outside_competence
  basis: Cầu liên xã do huyện quản lý
forwarded:
  to: Ủy ban nhân dân huyện Đông Anh
  date: 2024-06-20
  document: Công văn số 51/UBND
"""

HANDLED_UP = """\
id: kn-2024-07-05-cau-lien-xa
session: 2024-06-14-dinh-ky
raised_by: {name: Đỗ Văn Hải}
field: dat-dai
content: Cầu liên xã xuống cấp (phường An Bình chuyển lên)
answer:
  kind: answer_later
  by: Chủ tịch UBND huyện
  content: Giao phòng Kinh tế khảo sát
  reason: insufficient_basis
  basis: Cần khảo sát hiện trạng cầu
assignment:
  lead: Công an phường
origin:
  unit: don-vi/phuong-an-binh
  petition: kn-2024-06-14-cau-lien-xa
"""

TOP_UNITS = """
units:
  - path: don-vi/phuong-an-binh
  - path: don-vi/xa-binh-minh
    name: Xã Bình Minh (huyện)
"""


def _unit(name: str) -> str:
    return UNIT.replace("Phường An Bình", name).replace("PHƯỜNG AN BÌNH", name.upper())


def make_rollup(root: Path, top_extra: str = TOP_UNITS) -> Path:
    """A district over two units; the district handles a petition the first one forwarded."""
    write_tree(root, {**BASE, "tiepxuc.yaml": _unit("Huyện Đông Anh") + top_extra,
                      "petitions/2024/kn-2024-07-05-cau-lien-xa.yaml": HANDLED_UP})
    write_tree(root / "don-vi/phuong-an-binh", {
        **BASE, "petitions/2024/kn-2024-06-14-cau-lien-xa.yaml": FORWARDED})
    b = {**BASE, "tiepxuc.yaml": _unit("Xã Bình Minh")}
    b.pop("conclusions/2024/tb-2024-06-24.yaml")  # no notice: an overdue conclusion
    write_tree(root / "don-vi/xa-binh-minh", b)
    return root


@pytest.fixture
def district(tmp_path, monkeypatch):
    root = make_rollup(tmp_path / "huyen")
    monkeypatch.chdir(root)
    return root


def _json(*args: str):
    result = run(*args)
    assert result.stdout.startswith("["), (result.stdout, result.stderr, result.exception)
    return result, json.loads(result.stdout)


def test_validate_covers_every_unit_with_its_path(district):
    (district / "don-vi/xa-binh-minh/petitions/2024/kn-2024-06-14-rac-thai.yaml").write_text(
        BASE["petitions/2024/kn-2024-06-14-rac-thai.yaml"].replace("field: moi-truong",
                                                                  "field: khong-co"),
        encoding="utf-8")
    result, problems = _json("validate", "--json", "--as-of", AS_OF)
    files = {p["file"] for p in problems if p["rule"] == "REF-UNKNOWN"}
    assert files == {"don-vi/xa-binh-minh/petitions/2024/kn-2024-06-14-rac-thai.yaml"}
    assert result.exit_code == 1
    result = run("validate", "--as-of", AS_OF)
    assert "Phường An Bình: 0 lỗi" in result.stderr
    assert "Xã Bình Minh (huyện): 1 lỗi" in result.stderr
    # --unit keeps one unit; names match without accents
    result, problems = _json("validate", "--json", "--as-of", AS_OF, "--unit", "phuong an binh")
    assert result.exit_code == 0, problems


def test_check_deadlines_rows_carry_their_unit(district):
    result, rows = _json("check-deadlines", "--json", "--as-of", AS_OF)
    units = {row["unit_path"] for row in rows}
    assert units == {".", "don-vi/phuong-an-binh", "don-vi/xa-binh-minh"}
    overdue = [r for r in rows if r["status"] == "overdue"]
    assert [(r["unit_name"], r["obligation"]) for r in overdue] == [
        ("Xã Bình Minh (huyện)", "conclusion")]
    assert overdue[0]["file"] == "don-vi/xa-binh-minh/sessions/2024/2024-06-14-dinh-ky.yaml"
    assert result.exit_code == 1
    result, rows = _json("check-deadlines", "--json", "--as-of", AS_OF, "--unit", "xa-binh-minh")
    assert {row["unit_path"] for row in rows} == {"don-vi/xa-binh-minh"}


def test_forwarded_petition_is_seen_at_both_levels(district):
    _, rows = _json("check-deadlines", "--json", "--as-of", AS_OF)
    below = next(r for r in rows if r["obligation"] == "forward_reply")
    assert below["unit_path"] == "don-vi/phuong-an-binh"
    assert below["linked"] == {"unit_path": ".", "unit_name": "Huyện Đông Anh",
                               "id": "kn-2024-07-05-cau-lien-xa", "state": "in_progress",
                               "state_text": "đang giải quyết"}
    above = next(r for r in rows if r["id"] == "kn-2024-07-05-cau-lien-xa")
    assert above["unit_path"] == "."
    assert above["linked"]["id"] == "kn-2024-06-14-cau-lien-xa"
    assert above["linked"]["state_text"] == "đã chuyển, chờ trả lời"
    text = run("check-deadlines", "--as-of", AS_OF, "--exit-zero").stdout
    assert "KIẾN NGHỊ ĐƠN VỊ CHUYỂN LÊN CẤP TRÊN (1)" in text
    assert ("Phường An Bình — kn-2024-06-14-cau-lien-xa: đã chuyển, chờ trả lời → cấp trên: "
            "kn-2024-07-05-cau-lien-xa, đang giải quyết") in text


def test_resolving_at_the_level_above_shows_in_the_unit(district):
    path = district / "petitions/2024/kn-2024-07-05-cau-lien-xa.yaml"
    path.write_text(HANDLED_UP + "resolution:\n  date: 2024-07-08\n  result: Đã sửa cầu\n",
                    encoding="utf-8")
    _, rows = _json("check-deadlines", "--json", "--as-of", AS_OF)
    below = next(r for r in rows if r["obligation"] == "forward_reply")
    assert below["linked"]["state"] == "resolved"


def test_terminal_view_summarises_by_unit_and_lists_the_most_urgent(district):
    text = run("check-deadlines", "--as-of", AS_OF, "--exit-zero").stdout
    assert "TỔNG HỢP THEO ĐƠN VỊ (3 đơn vị" in text
    summary = text.split("TỔNG HỢP THEO ĐƠN VỊ")[1].split("\n\n")[0]
    assert "Xã Bình Minh (huyện)" in summary and "Cộng" in summary
    assert "1 VIỆC GẤP NHẤT" in text
    assert "thêm --all" in text
    everything = run("check-deadlines", "--as-of", AS_OF, "--exit-zero", "--all").stdout
    assert "HOÀN THÀNH ĐÚNG HẠN" in everything and "TỔNG HỢP" not in everything


def test_origin_problems_are_reported(district):
    path = district / "petitions/2024/kn-2024-07-05-cau-lien-xa.yaml"
    path.write_text(HANDLED_UP.replace("petition: kn-2024-06-14-cau-lien-xa",
                                       "petition: kn-2024-06-14-khong-co"), encoding="utf-8")
    _, problems = _json("validate", "--json", "--as-of", AS_OF)
    found = [p for p in problems if p["rule"] == "ROLLUP-ORIGIN-UNKNOWN"]
    assert found and found[0]["file"] == "petitions/2024/kn-2024-07-05-cau-lien-xa.yaml"
    assert found[0]["line"] == HANDLED_UP.splitlines().index(
        "  petition: kn-2024-06-14-cau-lien-xa") + 1
    path.write_text(HANDLED_UP.replace("petition: kn-2024-06-14-cau-lien-xa",
                                       "petition: kn-2024-06-14-rac-thai"), encoding="utf-8")
    _, problems = _json("validate", "--json", "--as-of", AS_OF)
    assert [p["severity"] for p in problems if p["rule"] == "ROLLUP-ORIGIN-NOT-FORWARDED"] == [
        "warning"]


@pytest.mark.parametrize("path, rule", [
    ("don-vi/khong-co", "ROLLUP-UNIT-MISSING"),
    ("../ngoai", "ROLLUP-UNIT-OUTSIDE"),
    ("/etc", "ROLLUP-UNIT-OUTSIDE"),
])
def test_unit_paths_must_exist_inside_the_repository(tmp_path, monkeypatch, path, rule):
    (tmp_path / "ngoai").mkdir()
    write_tree(tmp_path / "ngoai", BASE)
    root = make_rollup(tmp_path / "huyen", TOP_UNITS + f"  - path: {path}\n")
    monkeypatch.chdir(root)
    result, problems = _json("validate", "--json", "--as-of", AS_OF)
    found = [p for p in problems if p["rule"] == rule]
    assert len(found) == 1 and found[0]["file"] == "tiepxuc.yaml", problems
    assert found[0]["line"] == len((_unit("Huyện Đông Anh") + TOP_UNITS).splitlines()) + 1
    assert result.exit_code == 1


def test_empty_submodule_folder_says_what_to_do(district):
    (district / "don-vi/chua-khoi-tao").mkdir()
    text = (district / "tiepxuc.yaml").read_text(encoding="utf-8")
    (district / "tiepxuc.yaml").write_text(text + "  - path: don-vi/chua-khoi-tao\n",
                                           encoding="utf-8")
    result = run("validate", "--as-of", AS_OF)
    assert "git submodule update --init" in result.stdout


def test_unknown_unit_filter_lists_the_units(district):
    result = run("check-deadlines", "--unit", "khong-co", "--as-of", AS_OF)
    assert result.exit_code == 2
    assert "don-vi/phuong-an-binh, don-vi/xa-binh-minh" in result.stderr


def test_units_that_are_git_submodules(tmp_path, monkeypatch):
    from conftest import git, git_commit_all

    root = tmp_path / "huyen"
    unit = tmp_path / "phuong"
    write_tree(unit, BASE)
    git_commit_all(unit, "hồ sơ phường")
    write_tree(root, {**BASE, "tiepxuc.yaml": _unit("Huyện Đông Anh")
                      + "units:\n  - path: don-vi/phuong-an-binh\n"})
    git_commit_all(root, "kho huyện")
    git(root, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(unit),
        "don-vi/phuong-an-binh")
    git(root, "commit", "-q", "-m", "thêm phường")
    _age(root)
    monkeypatch.chdir(root)
    result, rows = _json("check-deadlines", "--json", "--as-of", AS_OF)
    assert {r["unit_path"] for r in rows} == {".", "don-vi/phuong-an-binh"}
    # the cache is written in both repositories and stays out of git in both
    assert _scans(root) and _scans(root / "don-vi/phuong-an-binh")
    assert git(root, "status", "--porcelain", "--ignore-submodules=none") == ""


# ---------------------------------------------------------------- the cache


def _age(root: Path, seconds: int = 60) -> None:
    """Make every file old enough for the cache (fresh files are never cached: see cache.py)."""
    past = time.time() - seconds
    for folder, _, files in os.walk(root):
        for name in files:
            os.utime(os.path.join(folder, name), (past, past))


def _scans(root: Path) -> list[str]:
    return sorted(p.name for p in (root / ".tiepxuc/cache").glob("*.pickle"))


@pytest.fixture
def cached(district, monkeypatch):
    """A roll-up whose scans are in the cache; records which units get scanned again."""
    from tiepxuc import scan as scan_module

    _age(district)
    first = run("check-deadlines", "--json", "--as-of", AS_OF)
    assert _scans(district) and _scans(district / "don-vi/xa-binh-minh")
    scanned: list[Path] = []

    def spy(real):
        def read(root, *args, **kwargs):
            scanned.append(Path(root).relative_to(district))
            return real(root, *args, **kwargs)
        return read

    for name in ("scan", "unit_basis"):  # a yearly query's, and the daily queries' basis
        monkeypatch.setattr(scan_module, name, spy(getattr(scan_module, name)))
    return district, json.loads(first.stdout), scanned


def test_second_run_comes_from_the_cache(cached):
    root, rows, scanned = cached
    again = run("check-deadlines", "--json", "--as-of", AS_OF)
    assert json.loads(again.stdout) == rows
    assert scanned == []


def test_a_changed_record_is_seen(cached):
    root, rows, scanned = cached
    notice = BASE["conclusions/2024/tb-2024-06-24.yaml"]
    write_tree(root / "don-vi/xa-binh-minh", {"conclusions/2024/tb-2024-06-24.yaml": notice})
    again = json.loads(run("check-deadlines", "--json", "--as-of", AS_OF).stdout)
    assert scanned == [Path("don-vi/xa-binh-minh")]  # the other units come from the cache
    assert not [r for r in again if r["status"] == "overdue"]


def test_a_same_size_edit_is_seen(cached):
    root, rows, scanned = cached
    path = root / "don-vi/phuong-an-binh/petitions/2024/kn-2024-06-14-cau-lien-xa.yaml"
    text = path.read_text(encoding="utf-8")
    st = path.stat()
    path.write_text(text.replace("2024-06-20", "2024-06-21"), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # even with the old time stamp
    run("check-deadlines", "--json", "--as-of", AS_OF)
    # the same inode, size and time stamp cannot be told apart without reading: the file was
    # rewritten in place here, so its change time still differs
    assert scanned == [Path("don-vi/phuong-an-binh")]


def test_a_changed_profile_is_seen(cached):
    root, rows, scanned = cached
    unit = root / "don-vi/xa-binh-minh/tiepxuc.yaml"
    longer = "profile: default\noverrides:\n  conclusion_within: {days: 40, unit: working_days}\n"
    unit.write_text(unit.read_text(encoding="utf-8").replace("profile: default", longer),
                    encoding="utf-8")
    again = json.loads(run("check-deadlines", "--json", "--as-of", AS_OF).stdout)
    assert scanned == [Path("don-vi/xa-binh-minh")]
    assert not [r for r in again if r["status"] == "overdue"]


def test_a_changed_calendar_is_seen(cached):
    root, rows, scanned = cached
    before = next(r for r in rows if r["unit_path"] == "don-vi/xa-binh-minh"
                  and r["obligation"] == "conclusion")
    write_tree(root / "don-vi/xa-binh-minh", {"calendar.yaml": """\
        days_off:
          - {date: 2024-06-17, name: Nghỉ bù, basis: Quyết định của UBND tỉnh}
        """})
    again = json.loads(run("check-deadlines", "--json", "--as-of", AS_OF).stdout)
    after = next(r for r in again if r["unit_path"] == "don-vi/xa-binh-minh"
                 and r["obligation"] == "conclusion")
    assert scanned == [Path("don-vi/xa-binh-minh")]
    assert after["due"] > before["due"]


def test_another_day_or_option_is_answered_from_the_kept_basis(cached):
    """Another day, option or command reads no record: each unit's basis holds for every day
    up to the end of next year; the answers are those of a run with nothing kept."""
    import shutil

    root, rows, scanned = cached
    asked = [["check-deadlines", "--json", "--as-of", "2024-12-03"],
             ["check-deadlines", "--json", "--as-of", AS_OF, "--within", "2"],
             ["check-deadlines", "--json", "--as-of", "2025-01-02", "--agency", "công an"],
             ["validate", "--json", "--as-of", "2025-03-01"]]
    kept = [run(*args).stdout for args in asked]
    assert scanned == []
    fresh = []
    for args in asked:  # each computed from the records, with nothing kept
        for folder in root.rglob(".tiepxuc"):
            shutil.rmtree(folder)
        fresh.append(run(*args).stdout)
    assert fresh == kept
    assert len(scanned) == 3 * len(asked)


def test_a_day_beyond_what_the_basis_holds_for_is_computed_again(cached):
    root, rows, scanned = cached
    run("check-deadlines", "--json", "--as-of", "2099-01-02")
    assert len(scanned) == 3


def test_a_new_tool_version_is_seen(cached, monkeypatch):
    from tiepxuc import cache

    root, rows, scanned = cached
    monkeypatch.setattr(cache, "_TOOL", b"another version")
    run("check-deadlines", "--json", "--as-of", AS_OF)
    assert len(scanned) == 3


def test_a_cache_file_from_elsewhere_is_not_trusted(cached, monkeypatch, tmp_path):
    root, rows, scanned = cached
    monkeypatch.setenv("HOME", str(tmp_path / "someone-else"))  # another signing key
    again = run("check-deadlines", "--json", "--as-of", AS_OF)
    assert json.loads(again.stdout) == rows
    assert len(scanned) == 3


def test_fresh_files_are_not_cached(district):
    run("check-deadlines", "--json", "--as-of", AS_OF)
    kept = [p.name for p in (district / ".tiepxuc/cache").glob("*.pickle")]
    assert not [name for name in kept if not name.startswith("derived-")]


def test_the_cache_ignores_itself_in_git(tmp_path, monkeypatch):
    from conftest import git, git_commit_all

    root = tmp_path / "kho"
    write_tree(root, BASE)
    git_commit_all(root, "kho")
    _age(root)
    monkeypatch.chdir(root)
    run("check-deadlines", "--as-of", AS_OF)
    assert _scans(root)
    assert git(root, "status", "--porcelain") == ""


# ---------------------------------------------------------------- the progress bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_on_a_terminal_after_a_second(monkeypatch):
    from tiepxuc.cli import _common

    out, err = _Terminal(), _Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    clock = [100.0]
    monkeypatch.setattr(_common.time, "monotonic", lambda: clock[0])
    with _common.progress_bar(enabled=True) as progress:
        progress(1, 10)
        assert err.getvalue() == ""  # a quick run never shows it
        clock[0] += 1.5
        progress(5, 10)
    assert "Đang đọc hồ sơ" in err.getvalue()
    assert out.getvalue() == ""


def test_progress_bar_never_for_json_or_a_pipe(monkeypatch):
    from tiepxuc.cli import _common

    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(sys, "stdout", _Terminal())
    with _common.progress_bar(enabled=False) as progress:  # --json
        assert progress is None
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # piped
    with _common.progress_bar(enabled=True) as progress:
        assert progress is None


def test_units_scanned_in_worker_processes_give_the_same_rows(district, monkeypatch):
    from tiepxuc import rollup

    serial = json.loads(run("check-deadlines", "--json", "--as-of", AS_OF).stdout)
    monkeypatch.setattr(rollup, "PARALLEL_FROM", 0)
    calls = []
    real = rollup._scan_many

    def spy(jobs, *args):
        calls.append(len(jobs))
        return real(jobs, *args)

    monkeypatch.setattr(rollup, "_scan_many", spy)
    parallel = json.loads(run("check-deadlines", "--json", "--as-of", AS_OF).stdout)
    assert calls == [3] and parallel == serial  # the district and its two units
    problems = json.loads(run("validate", "--json", "--as-of", AS_OF).stdout)
    assert problems == []
