"""init, new-plan, new-session: drafts that validate, written whole or not at all."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from conftest import AS_OF, BASE, PLAN, UNIT, run
from tiepxuc.records import yamlio
from tiepxuc.validation import validate


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


INIT = ["--name", "Phường Dĩnh Kế", "--secretary", "Trần Văn Hùng", "--council-chair", "Trần Văn Hùng",
        "--committee-chair", "Phạm Quang Minh", "--since", "2021-06-25",
        "--party-superior", "Đảng bộ thành phố Bắc Giang", "--no-input"]


def test_init_creates_a_valid_repository_with_one_commit(tmp_path):
    root = tmp_path / "dinh-ke"
    result = run("init", str(root), *INIT)
    assert result.exit_code == 0, result.output
    assert validate(root, date(2026, 1, 1)) == []
    assert git(root, "status", "--porcelain") == ""
    log = git(root, "log", "--format=%s|%an").strip().splitlines()
    assert log == ["tiepxuc: init phuong-dinh-ke — khởi tạo kho hồ sơ Phường Dĩnh Kế|Cán bộ Văn phòng"]
    unit = yamlio.parse((root / "tiepxuc.yaml").read_text(encoding="utf-8")).data
    assert unit["level"] == "commune" and unit["place"] == "Dĩnh Kế"
    assert unit["party"]["name"] == "ĐẢNG ỦY PHƯỜNG DĨNH KẾ"
    assert unit["party"]["superior"] == "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"
    assert {(o["name"], o["position"]) for o in unit["officials"]} == {
        ("Trần Văn Hùng", "party_secretary"), ("Trần Văn Hùng", "council_chair"),
        ("Phạm Quang Minh", "committee_chair")}
    text = (root / "tiepxuc.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schemas/unit.schema.json")
    assert (root / "schemas" / "session.schema.json").is_file()


def test_init_asks_for_what_flags_do_not_give(tmp_path):
    root = tmp_path / "xa"
    answers = "\n".join([
        "Xã Tân Tiến",  # name
        "",             # level: guessed from “Xã”
        "",             # place: guessed
        "", "",         # the Party and State bodies above: none
        "law-2025-commune",
        "Lương Văn Thắng", "", "Nông Văn Phú", "",
        "2025-07-01",   # term start, asked once whose term it is is known
    ]) + "\n"
    result = run("init", str(root), input=answers)
    assert result.exit_code == 0, result.output
    unit = yamlio.parse((root / "tiepxuc.yaml").read_text(encoding="utf-8")).data
    assert unit["profile"] == "law-2025-commune" and unit["place"] == "Tân Tiến"
    assert [o["name"] for o in unit["officials"]] == ["Lương Văn Thắng", "Nông Văn Phú"]


def test_init_without_git_identity_writes_nothing(tmp_path, monkeypatch):
    empty = tmp_path / "gitconfig-empty"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL",
                 "EMAIL"):
        monkeypatch.delenv(name, raising=False)
    root = tmp_path / "kho"
    result = run("init", str(root), *INIT)
    assert result.exit_code == 2
    assert "git config --global user.name" in result.stderr
    assert not root.exists()


def test_init_with_author_needs_no_git_config(tmp_path, monkeypatch):
    empty = tmp_path / "gitconfig-empty"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(empty))
    root = tmp_path / "kho"
    result = run("init", str(root), *INIT, "--author", "Nguyễn Thị Thu <thu@dinhke.gov.vn>")
    assert result.exit_code == 0, result.output
    assert git(root, "log", "--format=%an <%ae>").strip() == "Nguyễn Thị Thu <thu@dinhke.gov.vn>"


def test_init_refuses_an_existing_repository(tmp_path):
    root = tmp_path / "kho"
    assert run("init", str(root), *INIT).exit_code == 0
    before = (root / "tiepxuc.yaml").read_text(encoding="utf-8")
    result = run("init", str(root), *INIT)
    assert result.exit_code == 2 and "đã là kho" in result.stderr
    assert (root / "tiepxuc.yaml").read_text(encoding="utf-8") == before


def test_init_inside_an_existing_git_repository_commits_only_its_files(tmp_path):
    outer = tmp_path / "outer"
    outer.mkdir()
    git(outer, "init", "-q")
    (outer / "notes.txt").write_text("việc khác\n", encoding="utf-8")
    git(outer, "add", "notes.txt")  # staged, not ours to commit
    result = run("init", str(outer / "tiepxuc"), *INIT)
    assert result.exit_code == 0, result.output
    committed = git(outer, "show", "--name-only", "--format=").split()
    assert "notes.txt" not in committed and "tiepxuc/tiepxuc.yaml" in committed
    assert "A  notes.txt" in git(outer, "status", "--porcelain")


def test_init_no_input_needs_a_name(tmp_path):
    result = run("init", str(tmp_path / "kho"), "--no-input")
    assert result.exit_code == 2 and "--name" in result.stderr
    assert not (tmp_path / "kho").exists()


@pytest.mark.parametrize(("profile", "kinds"), [
    ("default", [("periodic", 6), ("thematic", 10)]),
    ("binh-thuan-218", [("periodic", 3)]),
    ("law-2025-commune", [("periodic", 9)]),
])
def test_new_plan_drafts_the_required_sessions(make_repo, profile, kinds):
    root = make_repo({"tiepxuc.yaml": UNIT.replace("profile: default", f"profile: {profile}"),
                      "plans/ke-hoach-2024.yaml": None}, base={"tiepxuc.yaml": UNIT}, git=True)
    result = run("-C", str(root), "new-plan", "2026")
    assert result.exit_code == 0, result.output
    path = root / "plans" / "ke-hoach-2026.yaml"
    data = yamlio.parse(path.read_text(encoding="utf-8")).data
    assert [(s["kind"], int(s["month"])) for s in data["sessions"]] == kinds
    # the Bí thư signs a Party plan; the Chủ tịch UBND the People's Committee's (2025 law)
    state = profile == "law-2025-commune"
    assert data["issuer"] == ("state" if state else "party")
    assert data["signer"]["name"] == ("Phạm Văn Dũng" if state else "Nguyễn Văn An")
    assert data["legal_bases"]
    assert validate(root, date(2026, 3, 1)) == []


def test_new_plan_refuses_to_overwrite(make_repo):
    root = make_repo(git=True)
    result = run("-C", str(root), "new-plan", "2024")
    assert result.exit_code == 2 and "Đã có kế hoạch năm 2024" in result.stderr
    assert (root / "plans/ke-hoach-2024.yaml").read_text(encoding="utf-8") == PLAN


def session_files(root):
    return sorted((root / "sessions").rglob("*.yaml"))


def test_new_session_defaults_chairs_from_kind_and_heads_in_office(make_repo):
    root = make_repo(git=True)
    before = set(session_files(root))
    # in October 2024 the committee chair is Phạm Văn Dũng, not Lê Văn Cường
    # (the session is past on AS_OF: its secretary is recorded, as SESSION-SECRETARY asks)
    result = run("-C", str(root), "new-session", "--date", "2024-11-20", "--kind", "định kỳ",
                 "--secretary", "Đỗ Thị Hoa", "--no-input")
    assert result.exit_code == 0, result.output
    (path,) = set(session_files(root)) - before
    assert path.parent.name == "2024" and path.name.startswith("2024-11-20-dinh-ky-")
    data = yamlio.parse(path.read_text(encoding="utf-8")).data
    assert data["id"] == path.stem and data["kind"] == "periodic" and data["plan"] == "ke-hoach-2024"
    assert [(c["name"], c["position"]) for c in data["chairs"]] == [
        ("Nguyễn Văn An", "party_secretary"), ("Trần Thị Bình", "council_chair"),
        ("Phạm Văn Dũng", "committee_chair")]
    assert [s["step"] for s in data["agenda"]][0] == "opening"
    assert validate(root, AS_OF) == []
    text = path.read_text(encoding="utf-8")
    assert "# Loại: periodic (định kỳ)" in text  # comments teach the format


def test_new_session_thematic_has_two_chairs_and_an_earlier_head(make_repo):
    root = make_repo(git=True)
    before = set(session_files(root))
    assert run("-C", str(root), "new-session", "--date", "2024-03-05", "--kind", "thematic",
               "--topic", "Đất đai", "--no-input").exit_code == 0
    (path,) = set(session_files(root)) - before
    data = yamlio.parse(path.read_text(encoding="utf-8")).data
    assert [c["name"] for c in data["chairs"]] == ["Nguyễn Văn An", "Lê Văn Cường"]
    assert data["topic"] == "Đất đai"


def test_new_session_warns_when_a_post_is_vacant(make_repo):
    root = make_repo({"tiepxuc.yaml": UNIT.replace(
        "  - {name: Trần Thị Bình, position: council_chair, since: 2020-01-01}\n", "")}, git=True)
    result = run("-C", str(root), "new-session", "--date", "2024-11-20", "--kind", "periodic",
                 "--no-input")
    assert result.exit_code == 0
    assert "Chủ tịch HĐND" in result.stderr and "CHAIR-KIND" in result.stderr


def test_new_session_prompts(make_repo):
    root = make_repo(git=True)
    before = set(session_files(root))
    answers = "2024-02-31\n2024-11-21\nchuyên đề\n\nNhà văn hóa tổ 5\nVệ sinh môi trường\n08:00\n"
    result = run("-C", str(root), "new-session", input=answers)
    assert result.exit_code == 0, result.output
    assert "chỉ có 29 ngày" in result.output  # the bad date was refused and asked again
    (path,) = set(session_files(root)) - before
    data = yamlio.parse(path.read_text(encoding="utf-8")).data
    assert (data["kind"], data["place"], data["start"]) == ("thematic", "Nhà văn hóa tổ 5", "08:00")


def test_new_session_no_input_needs_date_and_kind(make_repo):
    root = make_repo(git=True)
    before = set(session_files(root))
    result = run("-C", str(root), "new-session", "--kind", "periodic", "--no-input")
    assert result.exit_code == 2 and "--date" in result.stderr
    result = run("-C", str(root), "new-session", "--date", "2024-11-20", "--no-input")
    assert result.exit_code == 2 and "--kind" in result.stderr
    result = run("-C", str(root), "new-session", "--date", "2024-11-20", "--kind", "hop-mat",
                 "--no-input")
    assert result.exit_code == 2 and "periodic (định kỳ)" in result.stderr
    assert set(session_files(root)) == before


def test_new_session_ids_do_not_collide(make_repo):
    root = make_repo(git=True)
    for _ in range(5):
        assert run("-C", str(root), "new-session", "--date", "2024-11-20", "--kind", "periodic",
                   "--no-input").exit_code == 0
    names = [p.name for p in session_files(root) if p.name.startswith("2024-11-20")]
    assert len(set(names)) == 5


def test_commands_outside_a_repository_fail_cleanly(tmp_path):
    for args in (["new-plan", "2024"], ["new-session", "--date", "2024-01-05", "--kind", "periodic",
                                          "--no-input"]):
        result = run("-C", str(tmp_path), *args)
        assert result.exit_code == 2 and "tiepxuc init" in result.stderr


def test_base_fixture_is_unchanged_by_imports():
    assert "sessions/2024/2024-06-14-dinh-ky.yaml" in BASE
