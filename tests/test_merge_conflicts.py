"""A file git left half-merged is named as such (MERGE-CONFLICT, one report per marker line),
not as a YAML syntax error: made here with git itself, two branches changing the same line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import git, run
from test_hostile_input import COMMANDS, clean, snapshot, vietnamese

AS_OF = "2025-01-15"
P_FILE = "petitions/2024/kn-2024-06-14-rac-thai.yaml"
MARKERS = ("<<<<<<<", "|||||||", "=======", ">>>>>>>")


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def merge_conflict(root: Path, name: str, old: str, ours: str, theirs: str, *,
                   style: str = "merge") -> list[tuple[int, str]]:
    """Change ``old`` to ``theirs`` on a branch and to ``ours`` on main, merge the branch: git
    stops with the conflict written into ``name``. The (line, marker) of each marker line."""
    git(root, "checkout", "-q", "-b", "van-phong-2")
    _edit(root, name, old, theirs)
    git(root, "commit", "-q", "-am", "sửa ở bản sao thứ hai")
    git(root, "checkout", "-q", "main")
    _edit(root, name, old, ours)
    git(root, "commit", "-q", "-am", "sửa ở bản sao thứ nhất")
    merged = subprocess.run(["git", "-c", f"merge.conflictStyle={style}", "merge", "van-phong-2"],
                            cwd=root, capture_output=True, text=True, encoding="utf-8")
    assert merged.returncode != 0 and "CONFLICT" in merged.stdout, merged.stdout
    lines = (root / name).read_text(encoding="utf-8").splitlines()
    found = [(n, line[:7]) for n, line in enumerate(lines, 1) if line.startswith(MARKERS)]
    assert found, lines
    return found


def _reported(result, name: str, rule: str) -> dict[int, str]:
    """line → message of each ``rule`` reported in ``name``."""
    out = {}
    for line in result.stdout.splitlines():
        if line.startswith(f"{name}:") and f" {rule}: " in line:
            out[int(line.split(":")[1])] = line.split(f" {rule}: ", 1)[1]
    return out


def validate(root: Path):
    return run("-C", str(root), "validate", "--as-of", AS_OF)


def check_reported(result, name: str, markers: list[tuple[int, str]]) -> None:
    clean(result)
    assert result.exit_code == 1, result.output
    reported = _reported(result, name, "MERGE-CONFLICT")
    assert sorted(reported) == [line for line, _ in markers], result.stdout
    assert not _reported(result, name, "YAML-SYNTAX"), result.stdout
    first = reported[markers[0][0]]
    vietnamese(first)
    for fragment in ("git", "dòng " + ", ".join(str(n) for n, _ in markers), "git add",
                     "git commit", "git merge --abort", "xóa các dòng đánh dấu"):
        assert fragment in first, (fragment, first)
    for line, marker in markers[1:]:
        vietnamese(reported[line])
        assert f"“{marker}”" in reported[line] and f"dòng {markers[0][0]}" in reported[line]


def test_a_petition_left_half_merged_is_named_as_such(make_repo):
    root = make_repo(git=True)
    markers = merge_conflict(root, P_FILE, "content: Rác thải tập kết sai nơi",
                             "content: Rác thải để sai chỗ ở tổ 3",
                             "content: Rác thải tập kết sai nơi, ảnh hưởng môi trường")
    assert markers == [(7, "<<<<<<<"), (9, "======="), (11, ">>>>>>>")]
    before = snapshot(root)
    result = validate(root)
    check_reported(result, P_FILE, markers)
    # the petition is still known by its file name: nothing else is blamed on it
    assert "REF-UNKNOWN" not in result.stdout, result.stdout
    assert snapshot(root) == before


def test_diff3_conflicts_report_the_base_marker_too(make_repo):
    root = make_repo(git=True)
    markers = merge_conflict(root, P_FILE, "content: Rác thải tập kết sai nơi",
                             "content: Rác thải để sai chỗ ở tổ 3",
                             "content: Rác thải tập kết sai nơi, ảnh hưởng môi trường",
                             style="diff3")
    assert [m for _, m in markers] == ["<<<<<<<", "|||||||", "=======", ">>>>>>>"]
    check_reported(validate(root), P_FILE, markers)


def test_json_output_names_the_rule_and_each_line(make_repo):
    root = make_repo(git=True)
    markers = merge_conflict(root, P_FILE, "content: Rác thải tập kết sai nơi",
                             "content: A", "content: B")
    result = run("-C", str(root), "validate", "--json", "--as-of", AS_OF)
    assert result.exit_code == 1
    found = [(p["line"], p["severity"]) for p in json.loads(result.stdout)
             if p["rule"] == "MERGE-CONFLICT"]
    assert found == [(line, "error") for line, _ in markers]


def test_the_unit_file_left_half_merged(make_repo):
    root = make_repo(git=True)
    name = "tiepxuc.yaml"
    agencies = "agencies: [Công chức Địa chính - Xây dựng, Công an phường"
    markers = merge_conflict(root, name, agencies + "]", agencies + ", Đoàn phường]",
                             agencies + ", Hội Phụ nữ]")
    before = snapshot(root)
    check_reported(validate(root), name, markers)
    # every other command copes with it as with any broken tiepxuc.yaml: a clear message
    for command, (args, status) in COMMANDS.items():
        result = run("-C", str(root), *args)
        clean(result)
        assert "Lỗi không mong đợi" not in result.output, (command, result.output)
        assert result.exit_code == status, (command, result.output)
        if command != "history":  # history reads the git log only
            assert "tiepxuc validate" in result.stderr, (command, result.output)
            vietnamese(result.stderr)
    assert snapshot(root) == before


def test_the_calendar_file_left_half_merged(make_repo):
    calendar = ("days_off:\n"
                "  - {date: 2024-03-13, name: Nghỉ bão, basis: Quyết định số 9/QĐ-UBND}\n")
    root = make_repo({"calendar.yaml": calendar}, git=True)
    markers = merge_conflict(root, "calendar.yaml", "date: 2024-03-13", "date: 2024-03-14",
                             "date: 2024-03-15")
    check_reported(validate(root), "calendar.yaml", markers)


def test_check_deadlines_counts_what_it_can(make_repo):
    root = make_repo(git=True)
    merge_conflict(root, P_FILE, "content: Rác thải tập kết sai nơi", "content: A", "content: B")
    result = run("-C", str(root), "check-deadlines", "--as-of", AS_OF)
    clean(result)
    assert result.exit_code == 1, result.output  # as without the conflict: overdue obligations
    assert "tiepxuc validate" in result.stderr


@pytest.mark.parametrize("text", [
    # markers that are not at the start of a line, or not git's, are content
    "id: kn-2024-06-14-rac-thai\nsession: 2024-06-14-dinh-ky\nraised_by: {name: Vũ Văn Giang}\n"
    "field: moi-truong\ncontent: \"<<<<<<< HEAD là dòng git chèn vào\"\n",
    "id: kn-2024-06-14-rac-thai\nsession: 2024-06-14-dinh-ky\nraised_by: {name: Vũ Văn Giang}\n"
    "field: moi-truong\ncontent: |\n  Đoạn văn\n  =======\n  >>>>>>> có thụt lề\n",
])
def test_marker_like_content_is_not_a_conflict(make_repo, text):
    root = make_repo({P_FILE: text})
    result = validate(root)
    clean(result)
    assert "MERGE-CONFLICT" not in result.stdout, result.stdout


def test_crlf_conflict_markers_are_found(make_repo):
    """A file saved with Windows line ends keeps them around the markers git writes."""
    text = ("id: kn-2024-06-14-rac-thai\r\nsession: 2024-06-14-dinh-ky\r\n"
            "raised_by: {name: Vũ Văn Giang}\r\nfield: moi-truong\r\n<<<<<<< HEAD\r\n"
            "content: A\r\n=======\r\ncontent: B\r\n>>>>>>> van-phong-2\r\n")
    root = make_repo({P_FILE: text.encode("utf-8")})
    reported = _reported(validate(root), P_FILE, "MERGE-CONFLICT")
    assert sorted(reported) == [5, 7, 9]


def test_the_parser_itself_names_the_conflict():
    """Every reader of YAML (the commands that edit records too) names the conflict."""
    from tiepxuc.records import yamlio

    text = "id: x\n<<<<<<< HEAD\ncontent: A\n=======\ncontent: B\n>>>>>>> nhanh\n"
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse(text)
    assert caught.value.kind == "MERGE-CONFLICT" and caught.value.position.line == 2
    assert caught.value.values == {"lines": "2, 4, 6"}
