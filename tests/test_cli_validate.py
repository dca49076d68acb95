"""`tiepxuc validate` as a user meets it: the report, exit statuses, JSON, -C, no tracebacks."""

from __future__ import annotations

import json
import re

from conftest import JUNE, OCTOBER, PETITION, run

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (lỗi|cảnh báo) (?P<rule>[A-Z0-9-]+): .+$")


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def test_valid_repository_exits_zero(make_repo):
    root = make_repo()
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Hồ sơ hợp lệ" in result.stderr


def test_four_kinds_of_problem_in_one_run(make_repo):
    root = make_repo({
        # a syntax error
        "petitions/2024/kn-2024-06-14-rac-thai.yaml": PETITION.replace(
            "field: moi-truong", "field: moi-truong\n  bad: indent"),
        # a date that does not exist
        "sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER.replace("date: 2024-10-17", "date: 2024-02-30"),
        # an unknown key, and a chair who is not the head in office that day
        "sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace("place:", "palce:").replace(
            "  - name: Lê Văn Cường", "  - name: Phạm Văn Dũng"),
    })
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    found = {(m["file"], m["line"], m["rule"]) for m in parsed}
    assert ("petitions/2024/kn-2024-06-14-rac-thai.yaml", "7", "YAML-SYNTAX") in found
    assert ("sessions/2024/2024-10-17-chuyen-de.yaml", "3", "DATE-INVALID") in found
    assert ("sessions/2024/2024-06-14-dinh-ky.yaml", "6", "KEY-UNKNOWN") in found
    assert ("sessions/2024/2024-06-14-dinh-ky.yaml", "13", "CHAIR-HEAD") in found
    assert not any(m["rule"] == "REF-UNKNOWN" for m in parsed)  # no knock-on errors
    # sorted by file, then line
    keys = [(m["file"], int(m["line"]), int(m["col"])) for m in parsed]
    assert keys == sorted(keys)
    assert "có phải là “place”" in result.stdout
    assert "tháng 2/2024 chỉ có 29 ngày" in result.stdout


def test_warnings_alone_exit_zero(make_repo):
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace('end: "11:30"', 'end: "09:00"')})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 0
    assert "cảnh báo SESSION-DURATION" in result.stdout
    # the legal basis ends the line, and cites the unit's own plan, not the example's
    assert "của Đảng ủy phường An Bình, mục II.2:" in result.stdout
    assert "Dĩnh Kế" not in result.stdout


def test_json_output(make_repo):
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace("kind: periodic", "kind: dinh ky")})
    result = run("-C", str(root), "validate", "--json", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    items = json.loads(result.stdout)
    assert len(items) == 1  # the session cannot be counted, so no yearly-minimum knock-on
    assert items[0] == {
        "file": "sessions/2024/2024-06-14-dinh-ky.yaml", "line": 2, "column": 7,
        "severity": "error", "rule": "VALUE-INVALID", "message": items[0]["message"], "basis": None,
    }
    assert "“periodic”" in items[0]["message"]  # "định kỳ" typed without accents is recognised


def test_not_a_repository_exits_two(tmp_path):
    result = run("-C", str(tmp_path), "validate")
    no_traceback(result)
    assert result.exit_code == 2
    assert "tiepxuc init" in result.stderr


def test_missing_directory_exits_two(tmp_path):
    result = run("-C", str(tmp_path / "khong-co"), "validate")
    assert result.exit_code == 2
    assert "Không vào được thư mục" in result.stderr


def test_unreadable_file_exits_two_and_still_reports_the_rest(make_repo):
    root = make_repo({
        "petitions/2024/kn-2024-06-14-rac-thai.yaml": "id: x\ncontent: R\xe1c\n".encode("latin-1"),
        "sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER.replace("date: 2024-10-17", "date: 2024-13-01"),
    })
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    no_traceback(result)
    assert result.exit_code == 2
    assert "petitions/2024/kn-2024-06-14-rac-thai.yaml:2:11: lỗi FILE-UNREADABLE" in result.stdout
    assert "DATE-INVALID" in result.stdout


def test_found_from_a_subdirectory(make_repo, monkeypatch):
    root = make_repo()
    monkeypatch.chdir(root / "sessions" / "2024")
    result = run("validate", "--as-of", "2025-01-15")
    assert result.exit_code == 0


def test_paths_are_relative_to_where_the_user_stands(make_repo, monkeypatch):
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace("place:", "palce:")})
    monkeypatch.chdir(root / "sessions")
    result = run("validate", "--as-of", "2025-01-15")
    assert result.stdout.startswith("2024/2024-06-14-dinh-ky.yaml:6:1:")


def test_bad_as_of_date_is_a_clear_error(make_repo):
    result = run("-C", str(make_repo()), "validate", "--as-of", "12/31/2024")  # month first
    assert result.exit_code == 2
    assert "tháng 31 không tồn tại" in result.stderr and "ngày/tháng/năm" in result.stderr
    result = run("-C", str(make_repo()), "validate", "--as-of", "2024/12")
    assert result.exit_code == 2 and "ví dụ 12/06/2026" in result.stderr


def test_as_of_date_written_day_month_year(make_repo):
    root = make_repo()
    typed = run("-C", str(root), "validate", "--as-of", "31/12/2024")
    assert typed.exit_code != 2, typed.stderr
    assert typed.stdout == run("-C", str(root), "validate", "--as-of", "2024-12-31").stdout


def test_citizen_data_is_not_echoed_in_errors(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": PETITION.replace(
        '"0912345678"', '"09-bí-mật"')})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    assert "bí-mật" not in result.output
    assert "raised_by.phone" in result.stdout


def test_english_messages(make_repo, monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace("place:", "palce:")})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert ": error KEY-UNKNOWN: " in result.stdout
    assert "did you mean" in result.stdout.lower()


def test_flow_mapping_comma_gets_a_specific_hint(make_repo):
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE + (
        "attendance:\n  - {organisation: Thường trực Đảng ủy, HĐND, invited: 6}\n")})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert "ngoặc kép" in result.stdout and "KEY-UNKNOWN" in result.stdout


def test_invalid_record_still_gets_its_other_rules_checked(make_repo):
    """An unknown key does not hide a wrong chair in the same file."""
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE.replace("place:", "palce:").replace(
        "  - name: Lê Văn Cường", "  - name: Phạm Văn Dũng")})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert "KEY-UNKNOWN" in result.stdout and "CHAIR-HEAD" in result.stdout
    # a petition pointing to that session is not told the session does not exist
    assert "REF-UNKNOWN" not in result.stdout


def test_broken_unit_file_is_reported_and_the_rest_still_checked(make_repo):
    from conftest import UNIT
    root = make_repo({
        "tiepxuc.yaml": UNIT.replace("level: commune", "level: xa"),
        "sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER.replace("date: 2024-10-17", "date: 2024-10-32"),
    })
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    no_traceback(result)
    assert result.exit_code == 1
    assert "tiepxuc.yaml:2:8: lỗi VALUE-INVALID" in result.stdout
    assert "commune (cấp xã" in result.stdout
    assert "DATE-INVALID" in result.stdout


def test_empty_record_file(make_repo):
    root = make_repo({"petitions/2024/kn-trong.yaml": ""})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    assert "petitions/2024/kn-trong.yaml:1:1: lỗi VALUE-INVALID: Tệp trống" in result.stdout
