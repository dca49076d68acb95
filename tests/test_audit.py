"""Documents issued and sealed, git as the audit trail (history, audit), working together."""

from __future__ import annotations

import json
from datetime import date
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BASE, CONCLUSION, JUNE, OCTOBER, git, git_commit_all, run, write_tree
from test_lifecycle import OCT, UNANSWERED, WAITING, answer_later, clean, data, errors, last_commit
from tiepxuc.records import yamlio

ROOT = Path(__file__).resolve().parents[1]


def assigned(pid: str, session: str, lead: str, content: str) -> str:
    return f"""\
id: {pid}
session: {session}
raised_by: {{name: Người dân, residential_group: Tổ dân phố số 1}}
field: moi-truong
content: {content}
answer: {{kind: answer_later, reason: under_investigation, basis: Cần kiểm tra thực tế}}
assignment: {{lead: {lead}}}
"""


@pytest.fixture
def kho(make_repo):
    return make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)


@pytest.fixture
def october(make_repo):
    """The October session with three petitions still to handle and no notice yet."""
    return make_repo({
        "petitions/2024/kn-2024-10-17-a.yaml": assigned(
            "kn-2024-10-17-a", OCT, "Công chức Địa chính - Xây dựng", "Cống thoát nước bị tắc"),
        "petitions/2024/kn-2024-10-17-b.yaml": assigned(
            "kn-2024-10-17-b", OCT, "Công an phường", "Tụ tập gây mất trật tự ban đêm"),
        "petitions/2024/kn-2024-10-17-c.yaml": assigned(
            "kn-2024-10-17-c", OCT, "Công chức Địa chính - Xây dựng", "Lấn chiếm vỉa hè"),
    }, git=True)


def notice_path(root: Path) -> Path:
    return next((root / "conclusions" / "2024").glob("tb-2024-10-17-*.yaml"))


# ---------------------------------------------------------------- conclude and issue


def test_conclude_drafts_one_item_per_lead_agency(october):
    result = run("-C", str(october), "conclude", OCT)
    assert result.exit_code == 0, result.output
    path = notice_path(october)
    notice = data(path)
    assert notice["session"] == OCT and "number" not in notice and "date" not in notice
    items = {tuple(i["petitions"]): i["content"] for i in notice["items"]}
    assert set(items) == {("kn-2024-10-17-a", "kn-2024-10-17-c"), ("kn-2024-10-17-b",)}
    assert items[("kn-2024-10-17-b",)].startswith("Công an phường chủ trì")
    assert "trả lời kiến nghị sau;" in items[("kn-2024-10-17-b",)]  # one: no “các”, no count
    assert "trả lời 02 kiến nghị sau;" in items[("kn-2024-10-17-a", "kn-2024-10-17-c")]
    # 1. Đánh giá chung is the chair's conclusion, not the figures section 2 gives
    assert notice["summary"].startswith("Giao các cơ quan rà soát")
    assert "lượt ý kiến" not in notice["summary"]
    assert any("MTTQ" in r for r in notice["recipients"])
    assert "31/10/2024" in result.stdout  # 10 working days after 17/10/2024
    assert last_commit(october)[0] == (
        f"tiepxuc: conclude {path.stem} — dự thảo thông báo kết luận hội nghị ngày 17/10/2024 (2 nội dung)")
    assert clean(october) and not [e for e in errors(october) if path.name in e]
    again = run("-C", str(october), "conclude", OCT)
    assert again.exit_code == 2 and path.name in again.stderr


def test_issue_numbers_dates_signs_and_seals(october):
    assert run("-C", str(october), "conclude", OCT).exit_code == 0
    nid = notice_path(october).stem
    result = run("-C", str(october), "issue", nid, "--date", "2024-10-25")
    assert result.exit_code == 0, result.output
    notice = data(notice_path(october))
    assert notice["number"] == "39-TB/ĐU"  # the base repository already has 38-TB/ĐU
    assert notice["date"] == "2024-10-25"
    assert notice["signer"] == {"name": "Nguyễn Văn An", "position": "BÍ THƯ",
                                "authority": "T/M ĐẢNG ỦY"}
    assert notice["seal"].startswith("sha256:") and len(notice["seal"]) == 71
    assert last_commit(october)[0] == f"tiepxuc: issue {nid} — ban hành số 39-TB/ĐU ngày 25/10/2024, niêm phong"
    assert "hoàn thành đúng hạn" in result.stdout
    assert clean(october) and errors(october) == []
    twice = run("-C", str(october), "issue", nid)
    assert twice.exit_code == 2 and "supersedes" in twice.stderr


def test_issue_minutes_numbers_the_session_and_the_document_shows_it(october, tmp_path):
    result = run("-C", str(october), "issue", OCT, "--date", "2024-10-18", "--number", "05-BB/ĐU")
    assert result.exit_code == 0, result.output
    session = data(october / "sessions" / "2024" / f"{OCT}.yaml")
    assert session["minutes"] == {"number": "05-BB/ĐU", "date": "2024-10-18"}
    out = tmp_path / "bb.docx"
    assert run("-C", str(october), "render", "minutes", OCT, "-o", str(out)).exit_code == 0
    from docx import Document

    text = "\n".join(p.text for t in Document(out).tables for c in t._cells for p in c.paragraphs)
    assert "Số 05-BB/ĐU" in text


def test_sealed_notice_edited_is_reported_by_validate_and_audit(october):
    assert run("-C", str(october), "conclude", OCT).exit_code == 0
    path = notice_path(october)
    assert run("-C", str(october), "issue", path.stem, "--date", "2024-10-25").exit_code == 0
    assert errors(october) == []
    path.write_text(path.read_text(encoding="utf-8").replace("Công an phường chủ trì",
                                                             "Công an phường phối hợp"),
                    encoding="utf-8")
    problems = errors(october)
    assert len(problems) == 1 and "SEAL-BROKEN" in problems[0] and path.name in problems[0]
    git(october, "commit", "-qam", "sửa nội dung thông báo")
    result = run("-C", str(october), "audit")
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if "AUDIT-SEAL-CHANGED" in l]
    assert len(lines) == 1 and path.name in lines[0] and "Cán bộ Văn phòng" in lines[0]
    # rewriting the seal to match does not hide it: the seal itself changed
    from tiepxuc.audit.seal import fingerprint
    from tiepxuc.repo import load

    notice = next(r for r in load(october).conclusions if r.path == path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(notice.model.seal, fingerprint(notice.model)), encoding="utf-8")
    assert errors(october) == []
    git(october, "commit", "-qam", "niêm phong lại")
    result = run("-C", str(october), "audit", "--json")
    found = [p for p in json.loads(result.stdout) if p["rule"] == "AUDIT-SEAL-CHANGED"]
    assert len(found) == 2


def test_a_superseding_notice_is_the_way_to_correct(october):
    assert run("-C", str(october), "conclude", OCT).exit_code == 0
    old = notice_path(october)
    assert run("-C", str(october), "issue", old.stem, "--date", "2024-10-25").exit_code == 0
    write_tree(october, {"conclusions/2024/tb-2024-10-30-dinh-chinh.yaml": f"""\
        id: tb-2024-10-30-dinh-chinh
        session: {OCT}
        supersedes: {old.stem}
        items:
          - content: Đính chính nội dung giao Công an phường
            petitions: [kn-2024-10-17-b]
        """})
    assert errors(october) == []
    git_commit_all(october, "đính chính")
    assert run("-C", str(october), "audit").exit_code == 0
    write_tree(october, {"conclusions/2024/tb-2024-10-30-dinh-chinh.yaml": f"""\
        id: tb-2024-10-30-dinh-chinh
        session: {OCT}
        supersedes: tb-khong-co
        """})
    assert any("REF-UNKNOWN" in e for e in errors(october))


# ---------------------------------------------------------------- audit: back-dating, deletion


def dated(root: Path, files: dict, when: str, message: str) -> None:
    write_tree(root, files)
    git_commit_all(root, message, when=when)


def test_backdated_records_are_reported(make_repo, tmp_path):
    start = {k: v for k, v in BASE.items() if k in ("tiepxuc.yaml", "plans/ke-hoach-2024.yaml")}
    root = make_repo(base=start)
    git_commit_all(root, "bắt đầu dùng tiepxuc", when="2024-05-02T08:00:00+07:00")
    # the June session and its invitation of 07/06 (due 10/06), entered on 05/06: on time
    dated(root, {"sessions/2024/2024-06-14-dinh-ky.yaml": JUNE}, "2024-06-05T09:00:00+07:00", "hội nghị")
    dated(root, {"petitions/2024/kn-2024-06-14-rac-thai.yaml": BASE["petitions/2024/kn-2024-06-14-rac-thai.yaml"]},
          "2024-06-14T16:00:00+07:00", "kiến nghị")
    # the notice "issued on 24/06" (due 28/06) entered only on 15/07: back-dated
    dated(root, {"conclusions/2024/tb-2024-06-24.yaml": CONCLUSION}, "2024-07-15T10:00:00+07:00",
          "thông báo kết luận")
    # the October session, whose invitation date is written in later than its deadline
    dated(root, {"sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER}, "2024-10-01T09:00:00+07:00",
          "hội nghị tháng 10")
    dated(root, {"sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER.replace(
        "agenda:", "invitation:\n  date: 2024-10-10\nagenda:")}, "2024-10-16T17:00:00+07:00",
        "ghi ngày giấy mời")
    result = run("-C", str(root), "audit", "--as-of", "2024-12-31", "--json")
    found = [(p["file"], p["line"]) for p in json.loads(result.stdout) if p["rule"] == "AUDIT-BACKDATED"]
    assert sorted(found) == [("conclusions/2024/tb-2024-06-24.yaml", 4),
                             ("sessions/2024/2024-10-17-chuyen-de.yaml", 13)], result.stdout
    assert result.exit_code == 1
    text = run("-C", str(root), "audit", "--as-of", "2024-12-31").stdout
    assert "24/06/2024" in text and "15/07/2024" in text and "28/06/2024" in text


def test_records_entered_before_the_repository_existed_are_not_backdated(make_repo):
    root = make_repo(git=True)  # everything committed today: an office entering old records
    result = run("-C", str(root), "audit")
    assert result.exit_code == 0, result.output
    assert "AUDIT-BACKDATED" not in result.stdout


def test_deleted_records_are_reported(kho):
    path = kho / "petitions" / "2024" / f"{WAITING}.yaml"
    git(kho, "rm", "-q", str(path))
    git(kho, "commit", "-qm", "xóa kiến nghị")
    result = run("-C", str(kho), "audit", "--json")
    found = [p for p in json.loads(result.stdout) if p["rule"] == "AUDIT-DELETED"]
    assert [p["file"] for p in found] == [f"petitions/2024/{WAITING}.yaml"]
    assert found[0]["severity"] == "warning" and result.exit_code == 0


def test_audit_outside_git_is_a_clear_error(make_repo):
    result = run("-C", str(make_repo()), "audit")
    assert result.exit_code == 2 and "git" in result.stderr


# ---------------------------------------------------------------- history


def test_history_shows_each_change_with_who_and_what(kho):
    assert answer_later(kho).exit_code == 0
    assert run("-C", str(kho), "petition", "reply", WAITING, "--no-input", "--date", "2024-08-20",
               "--new-deadline", "2024-12-15", "--author", "Lê Văn Tám <tam@example.vn>").exit_code == 0
    assert run("-C", str(kho), "petition", "resolve", WAITING, "--no-input", "--result", "Đã sửa xong",
               "--date", "2024-12-01").exit_code == 0
    # a move keeps the history
    git(kho, "mv", f"petitions/2024/{WAITING}.yaml", f"petitions/{WAITING}.yaml")
    git(kho, "commit", "-qm", "chuyển thư mục")
    result = run("-C", str(kho), "history", WAITING)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"petitions/{WAITING}.yaml" in out and "5 lần ghi" in out
    assert "thêm answer.kind: “answer_later (trả lời sau)”" in out
    assert "thêm assignment.lead: “Công chức Địa chính - Xây dựng”" in out
    assert "thêm replies[1].new_deadline: “15/12/2024”" in out
    assert "Lê Văn Tám <tam@example.vn>" in out
    assert "thêm resolution.result: “Đã sửa xong”" in out
    assert f"đổi tên tệp petitions/2024/{WAITING}.yaml → petitions/{WAITING}.yaml" in out
    steps = json.loads(run("-C", str(kho), "history", WAITING, "--json").stdout)
    assert [s["subject"].split(" ")[1] for s in steps[1:4]] == ["answer", "reply", "resolve"]
    assert {"field": "answer.reason", "before": None, "after": "insufficient_basis"} in steps[1]["changes"]


def test_history_of_a_changed_value_and_of_an_unknown_record(kho):
    assert answer_later(kho).exit_code == 0
    assert run("-C", str(kho), "petition", "answer", WAITING, "--no-input", "--kind", "answered",
               "--by", "Chủ tịch UBND phường", "--content", "Đã trả lời").exit_code == 0
    out = run("-C", str(kho), "history", WAITING).stdout
    assert "sửa answer.kind: “answer_later (trả lời sau)” → “answered (đã trả lời tại hội nghị)”" in out
    assert "bỏ answer.reason (trước là “insufficient_basis (chưa đủ cơ sở trả lời)”)" in out
    missing = run("-C", str(kho), "history", "kn-khong-co")
    assert missing.exit_code == 2 and "kn-khong-co" in missing.stderr


# ---------------------------------------------------------------- working together


def test_two_clones_add_and_answer_then_merge_without_conflict(kho, tmp_path):
    # petitions of the base repository: one answered, one waiting; add a second waiting one
    write_tree(kho, {"petitions/2024/kn-2024-06-14-via-he.yaml": UNANSWERED.replace(
        WAITING, "kn-2024-06-14-via-he").replace("dat-dai", "moi-truong")})
    git_commit_all(kho, "thêm kiến nghị")
    origin, a, b = tmp_path / "origin.git", tmp_path / "a", tmp_path / "b"
    git(tmp_path, "clone", "-q", "--bare", str(kho), str(origin))
    for clone in (a, b):
        git(tmp_path, "clone", "-q", str(origin), str(clone))
    for clone, name in ((a, "Ngô Văn An"), (b, "Lý Thị Bình")):
        result = run("-C", str(clone), "petition", "add", "--no-input", "--session", OCT,
                     "--name", name, "--field", "moi-truong", "--content", "Rác thải ở bãi đất trống")
        assert result.exit_code == 0, result.output
    assert answer_later(a, WAITING).exit_code == 0
    assert answer_later(b, "kn-2024-06-14-via-he", "Công an phường").exit_code == 0
    git(a, "push", "-q", "origin", "HEAD:main")
    git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert clean(b)
    added = sorted((b / "petitions" / "2024").glob("kn-2024-10-17-rac-thai-o-bai*.yaml"))
    assert len(added) == 2  # same session, same words: still two IDs
    assert errors(b) == []
    assert data(b / "petitions" / "2024" / f"{WAITING}.yaml")["answer"]["kind"] == "answer_later"
    assert data(b / "petitions" / "2024" / "kn-2024-06-14-via-he.yaml")["assignment"]["lead"] == "Công an phường"


def test_duplicate_ids_copied_by_hand_are_caught(kho):
    text = (kho / "petitions" / "2024" / f"{WAITING}.yaml").read_text(encoding="utf-8")
    write_tree(kho, {"petitions/2024/ban-sao.yaml": text})
    assert any("ID-DUPLICATE" in e for e in errors(kho))


# ---------------------------------------------------------------- pre-commit


def test_pre_commit_hooks_file_runs_validate():
    hooks = yamlio.parse((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")).data
    assert hooks[0]["id"] == "tiepxuc-validate" and hooks[0]["entry"] == "tiepxuc validate"
    assert hooks[0]["language"] == "python" and hooks[0]["pass_filenames"] == "false"


def test_init_installs_a_hook_that_validates_each_commit(tmp_path):
    root = tmp_path / "kho"
    result = run("init", str(root), "--name", "Phường An Bình", "--secretary", "Nguyễn Văn An",
                 "--committee-chair", "Phạm Văn Dũng", "--since", "2021-06-25", "--pre-commit",
                 "--no-input")
    assert result.exit_code == 0, result.output
    hook = Path(git(root, "rev-parse", "--git-path", "hooks/pre-commit"))
    hook = hook if hook.is_absolute() else root / hook
    assert hook.stat().st_mode & stat.S_IXUSR
    assert "pre-commit-config.yaml" in git(root, "show", "--name-only", "--format=", "HEAD")
    assert clean(root)
    import re

    config = yamlio.parse((root / ".pre-commit-config.yaml").read_text(encoding="utf-8")).data
    pattern = config["repos"][0]["hooks"][0]["files"]
    assert re.search(pattern, "sessions/2025/a.yaml") and not re.search(pattern, "README.md")
    # the hook runs this interpreter's tiepxuc when none is on PATH
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + "/usr/bin:/bin"}
    (root / "sessions" / "2025").mkdir(parents=True, exist_ok=True)
    (root / "sessions" / "2025" / "hong.yaml").write_text("id: hong\nkind: dinh-ky\n", encoding="utf-8")
    git(root, "add", "-A")
    refused = subprocess.run(["git", "commit", "-qm", "hồ sơ lỗi"], cwd=root, env=env,
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "VALUE-INVALID" in refused.stdout + refused.stderr
    (root / "sessions" / "2025" / "hong.yaml").unlink()
    git(root, "add", "-A")
    assert subprocess.run(["git", "commit", "-qm", "ok", "--allow-empty"], cwd=root, env=env).returncode == 0
    # the tool's own commits are checked by the tool: a draft with a vacant post still commits
    drafted = run("-C", str(root), "new-session", "--date", "2025-03-20", "--kind", "periodic",
                  "--no-input")
    assert drafted.exit_code == 0 and "CHAIR-KIND" in drafted.stderr
    assert last_commit(root)[0].startswith("tiepxuc: new-session") and clean(root)


# ---------------------------------------------------------------- repeated concerns


def test_check_deadlines_shows_repeated_unresolved_concerns(kho):
    assert answer_later(kho).exit_code == 0
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                 "--name", "Đỗ Văn Hải", "--group", "Tổ dân phố số 3", "--field", "dat-dai",
                 "--content", "Đường bê tông ngõ 12 tổ dân phố số 3 vẫn xuống cấp, đề nghị sửa chữa")
    assert result.exit_code == 0, result.output
    out = run("-C", str(kho), "check-deadlines", "--as-of", "2024-11-01", "--exit-zero").stdout
    assert "KIẾN NGHỊ NÊU NHIỀU LẦN, CHƯA GIẢI QUYẾT DỨT ĐIỂM (1)" in out
    assert "Nêu 2 lần" in out and "Đất đai" in out
    items = json.loads(run("-C", str(kho), "check-deadlines", "--as-of", "2024-11-01", "--json",
                           "--exit-zero").stdout)
    waiting = next(o for o in items if o["id"] == WAITING and o["obligation"] == "resolution")
    assert len(waiting["repeated"]) == 1 and waiting["repeated"][0].startswith("kn-2024-10-17-")
    assert any("đã nêu 2 lần" in n for n in waiting["notes"])
    # once the latest petition of the concern is settled, it is no longer listed
    newest = waiting["repeated"][0]
    assert run("-C", str(kho), "petition", "answer", newest, "--no-input", "--kind", "answered",
               "--by", "Chủ tịch UBND phường", "--content", "Đã sửa xong ngày 25/10").exit_code == 0
    out = run("-C", str(kho), "check-deadlines", "--as-of", "2024-11-01", "--exit-zero").stdout
    assert "NÊU NHIỀU LẦN" not in out


def test_explicit_repeats_link_groups_even_without_similar_text(make_repo):
    root = make_repo({
        "petitions/2024/kn-2024-10-17-a.yaml": assigned(
            "kn-2024-10-17-a", OCT, "Công an phường", "Tụ tập ban đêm")
        + "repeats: [kn-2024-06-14-rac-thai]\n",
    })
    from tiepxuc.repeats import repeated_groups
    from tiepxuc.repo import load

    groups = repeated_groups(load(root).petitions)
    assert [[r.id for r in g] for g in groups] == [["kn-2024-06-14-rac-thai", "kn-2024-10-17-a"]]


def test_issue_keeps_a_number_and_date_written_by_hand(make_repo):
    root = make_repo(git=True)  # the base notice was issued on paper as 38-TB/ĐU on 24/06/2024
    result = run("-C", str(root), "issue", "tb-2024-06-24")
    assert result.exit_code == 0, result.output
    notice = data(root / "conclusions" / "2024" / "tb-2024-06-24.yaml")
    assert (notice["number"], notice["date"]) == ("38-TB/ĐU", "2024-06-24")
    assert notice["seal"].startswith("sha256:")
    assert git(root, "diff", "HEAD~1", "--stat").count("|") == 1
    assert errors(root) == []


def test_a_record_with_errors_is_not_issued(make_repo):
    root = make_repo({"sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER.replace(
        "  - name: Phạm Văn Dũng\n    position: committee_chair\n", "")}, git=True)
    before = (root / "sessions" / "2024" / "2024-10-17-chuyen-de.yaml").read_text(encoding="utf-8")
    result = run("-C", str(root), "issue", OCT)
    assert result.exit_code == 2 and "CHAIR-KIND" in result.stderr
    assert (root / "sessions" / "2024" / "2024-10-17-chuyen-de.yaml").read_text(encoding="utf-8") == before


def test_a_restored_record_is_no_longer_reported_and_the_unit_has_a_history(kho):
    path = f"petitions/2024/{WAITING}.yaml"
    git(kho, "rm", "-q", path)
    git(kho, "commit", "-qm", "xóa kiến nghị")
    git(kho, "checkout", "HEAD^", "--", path)
    git(kho, "commit", "-qm", "khôi phục kiến nghị")
    result = run("-C", str(kho), "audit")
    assert result.exit_code == 0 and "AUDIT-DELETED" not in result.stdout
    (kho / "tiepxuc.yaml").write_text((kho / "tiepxuc.yaml").read_text(encoding="utf-8").replace(
        "place: An Bình", "place: Phường An Bình"), encoding="utf-8")
    git(kho, "commit", "-qam", "sửa địa danh")
    out = run("-C", str(kho), "history", "tiepxuc.yaml").stdout
    assert "sửa place: “An Bình” → “Phường An Bình”" in out


def test_conclude_names_unassigned_petitions_and_the_superior_body(make_repo):
    from conftest import UNIT

    long_text = "Đề nghị sửa chữa tuyến đường bê tông ngõ 12 tổ dân phố số 3 đã xuống cấp nghiêm trọng sau mùa mưa"
    root = make_repo({
        "tiepxuc.yaml": UNIT.replace("party: {name: ĐẢNG ỦY PHƯỜNG AN BÌNH,",
                                     "party: {superior: ĐẢNG BỘ THÀNH PHỐ BẮC GIANG, name: ĐẢNG ỦY PHƯỜNG AN BÌNH,"),
        "petitions/2024/kn-2024-10-17-d.yaml": f"id: kn-2024-10-17-d\nsession: {OCT}\n"
        f"raised_by: {{name: Người dân}}\nfield: dat-dai\ncontent: {long_text}\n",
    }, git=True)
    assert run("-C", str(root), "conclude", OCT).exit_code == 0
    notice = data(notice_path(root))
    item = next(i for i in notice["items"] if i["petitions"] == ["kn-2024-10-17-d"])
    assert item["content"] == ("Văn phòng Đảng ủy tham mưu phân công cơ quan giải quyết, trả lời "
                               "kiến nghị sau chưa được giao:")  # one petition: no “các”
    # the notice lists it under its item in full, never cut in the middle
    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(root)
    text = render(repo, active_profile(repo)[0], "conclusion", OCT, False,
                  date(2024, 10, 20)).markup
    assert long_text + "." in text
    assert notice["recipients"][0] == "Đảng bộ thành phố Bắc Giang (để b/c)"


def test_an_assigned_petition_waits_for_its_sessions_notice(october):
    result = run("-C", str(october), "petition", "answer", "kn-2024-10-17-a", "--no-input",
                 "--kind", "answer_later", "--by", "Chủ tịch UBND phường", "--content", "Tiếp thu",
                 "--reason", "under_investigation", "--basis", "Cần kiểm tra",
                 "--lead", "Công an phường")
    assert result.exit_code == 0, result.output
    assert "thông báo kết luận của hội nghị, chưa có" in result.stdout
    assert "Ban hành thông báo kết luận hội nghị ngày 17/10/2024: 31/10/2024" in result.stdout
