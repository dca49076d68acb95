"""The command line's shape: help, version, rules, explain, profiles and overrides."""

from __future__ import annotations

import json

import pytest

from conftest import UNIT, run
from tiepxuc import __version__
from tiepxuc.rules.profiles import load_profile


def test_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("init", "new-plan", "new-session", "validate", "rules", "explain", "schema",
                    "check-deadlines", "deadline", "calendar", "export"):
        assert f"  {command} " in result.stdout


def test_no_arguments_shows_help():
    result = run()
    assert "validate" in result.output


def test_version():
    assert run("--version").stdout.strip() == f"tiepxuc {__version__}"


def test_rules_lists_every_rule_with_value_and_basis(make_repo):
    result = run("-C", str(make_repo()), "rules")
    assert result.exit_code == 0
    assert "CHAIR-DELEGATION [lỗi]" in result.stdout
    assert "illness (vắng vì lý do sức khỏe)" in result.stdout
    assert "PLAN-MIN-SESSIONS [lỗi] Kế hoạch đủ số cuộc tối thiểu\n    Giá trị: 2\n" in result.stdout
    # the unit's own plan, with its number and date: not another ward's
    assert "Căn cứ: Kế hoạch số 25-KH/ĐU ngày 15/01/2024 của Đảng ủy phường An Bình, mục II.2" \
        in result.stdout
    assert "Dĩnh Kế" not in result.stdout
    assert ("INVITATION-LEAD [vi phạm] Giấy mời, thông báo phát hành đủ sớm\n"
            "    Giá trị: 3 ngày làm việc (cách tính chặt: đủ 3 ngày trọn vẹn ở giữa)\n"
            "    Căn cứ: Hướng dẫn Bình Thuận, mục II.5 Bước 1") in result.stdout


def test_rules_json_and_other_profile():
    rows = json.loads(run("rules", "--profile", "law-2025-commune", "--json").stdout)
    by_id = {r["rule"]: r for r in rows}
    assert by_id["YEAR-MIN-SESSIONS"]["value"] == "1"
    assert "Điều 43" in by_id["YEAR-MIN-SESSIONS"]["basis"]
    assert by_id["KEY-UNKNOWN"]["basis"] == "Quy ước hồ sơ tiepxuc"


def test_rules_profiles_list():
    result = run("rules", "--profiles")
    for pid in ("default", "binh-thuan-218", "law-2025-commune"):
        assert f"{pid}:" in result.stdout


def test_unit_override_changes_value_and_basis(make_repo):
    root = make_repo({"tiepxuc.yaml": UNIT + (
        "overrides:\n  min_sessions_per_year: {value: 3, basis: Quy chế số 07-QC/TU}\n"
        "  refusal_reasons: [disorderly]\n")})
    rows = {r["rule"]: r for r in json.loads(run("-C", str(root), "rules", "--json").stdout)}
    assert rows["PLAN-MIN-SESSIONS"]["value"] == "3"
    assert rows["PLAN-MIN-SESSIONS"]["basis"] == "Quy chế số 07-QC/TU"
    assert rows["REFUSAL-REASON"]["basis"] == "Giá trị do đơn vị quy định trong tiepxuc.yaml"
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert "PLAN-MIN-SESSIONS" in result.stdout and "cần ít nhất 3" in result.stdout


def test_bad_override_value_is_reported(make_repo):
    root = make_repo({"tiepxuc.yaml": UNIT + "overrides:\n  min_sessions_per_year: hai\n"})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    assert "tiepxuc.yaml:18:3: lỗi OVERRIDE-INVALID" in result.stdout


def test_explain():
    result = run("explain", "chair-kind")
    assert result.exit_code == 0
    assert result.stdout.startswith("CHAIR-KIND — Đủ thành phần chủ trì theo loại hội nghị")
    assert "Cách khắc phục:" in result.stdout and "Căn cứ:" in result.stdout


def test_explain_unknown_rule_suggests():
    result = run("explain", "CHAIR-HEDA")
    assert result.exit_code == 2 and "CHAIR-HEAD" in result.stderr


def test_profiles_inherit():
    law = load_profile("law-2025-commune")[0]
    default = load_profile("default")[0]
    assert law.value("resolution_within") == default.value("resolution_within")
    assert law.value("invitation_lead").unit == "calendar_days"
    assert law.value("invitation_lead").days == 7


def test_only_the_command_being_run_is_imported():
    """Start-up: `tiepxuc check-deadlines` does not import the other commands' modules."""
    import subprocess
    import sys

    code = ("import sys; from tiepxuc.cli import main\n"
            "sys.argv = ['tiepxuc', '-C', '.', 'rules', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('tiepxuc.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "tiepxuc.cli.rules" in out and "tiepxuc.cli.petition" not in out


@pytest.mark.parametrize("args, command", [
    (["check-deadlines", "--json"], "check-deadlines"),
    (["-C", "kho", "plan", "status", "2025"], "plan"),
    (["--help"], None),
    (["check-deadline"], None),  # a typo: every command, so that one can be suggested
    ([], None),
])
def test_command_named(args, command):
    from tiepxuc.cli import _command_named

    assert _command_named(args) == command


@pytest.mark.parametrize(("lang", "words"), [("vi", ("(ics)", "(json)")),
                                              ("en", ("(ics)", "(json)"))])
def test_export_help_names_both_formats(monkeypatch, lang, words):
    monkeypatch.setenv("TIEPXUC_LANG", lang)
    top = run("--help").stdout
    [line] = [line for line in top.splitlines() if line.strip().startswith("export ")]
    assert all(word in line for word in words), line
    page = run("export", "--help").stdout
    assert all(word in page for word in words), page
