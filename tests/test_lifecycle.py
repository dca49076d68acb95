"""The lifecycle commands in a git repository: each writes its record, makes exactly one
commit with a structured message and author, and leaves `git status` clean."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import git, run
from tiepxuc.records import yamlio
from tiepxuc.validation import validate

JUNE = "2024-06-14-dinh-ky"
OCT = "2024-10-17-chuyen-de"
WAITING = "kn-2024-06-14-duong-ngo"  # raised in June, not answered yet

UNANSWERED = f"""\
# Kiến nghị ghi tay: chú thích này phải còn nguyên sau mọi lệnh
id: {WAITING}
session: {JUNE}
raised_by:
  name: Đỗ Văn Hải
  residential_group: Tổ dân phố số 3   # nơi ở
  phone: "0987654321"
field: dat-dai
content: >-
  Đường bê tông ngõ 12 tổ dân phố số 3 xuống cấp, đề nghị sửa chữa.

# để trống cho đến khi trả lời
competence: own_level
"""


def petition_file(root, pid=WAITING):
    return root / "petitions" / "2024" / f"{pid}.yaml"


def data(path):
    return yamlio.parse(path.read_text(encoding="utf-8")).data


def commits(root) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def last_commit(root) -> tuple[str, str, str]:
    return tuple(git(root, "log", "-1", "--format=%s%x1f%an%x1f%ae").split("\x1f"))


def clean(root) -> bool:
    return git(root, "status", "--porcelain") == ""


def errors(root, as_of=date(2025, 1, 15)):
    return [p.format() for p in validate(root, as_of) if p.severity == "error"]


@pytest.fixture
def kho(make_repo):
    return make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)


def answer_later(root, pid=WAITING, lead="Công chức Địa chính - Xây dựng", *extra):
    return run("-C", str(root), "petition", "answer", pid, "--no-input", "--kind", "answer_later",
               "--by", "Phạm Văn Dũng, Chủ tịch UBND phường", "--reason", "insufficient_basis",
               "--basis", "Cần khảo sát hiện trạng", "--lead", lead, *extra)


# ---------------------------------------------------------------- petition add


def test_add_writes_a_valid_petition_and_commits_it(kho):
    before = commits(kho)
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                 "--name", "Ngô Thị Lan", "--group", "Tổ dân phố số 9", "--phone", "0912000111",
                 "--field", "moi-truong", "--content", "Cống thoát nước bị tắc, bốc mùi",
                 "--before", "--received-date", "2024-10-08", "--via", "Ủy ban MTTQ phường")
    assert result.exit_code == 0, result.output
    path = next((kho / "petitions" / "2024").glob("kn-2024-10-17-cong-thoat-nuoc*.yaml"))
    record = data(path)
    assert record["session"] == OCT and record["received"] == "before_session"
    assert record["received_date"] == "2024-10-08"
    assert record["raised_by"]["phone"] == "0912000111"  # a string, never a number
    assert record["id"] == path.stem and record["id"] in result.stdout
    assert commits(kho) == before + 1
    subject, name, email = last_commit(kho)
    assert subject == f"tiepxuc: add {path.stem} — kiến nghị mới: Cống thoát nước bị tắc, bốc mùi"
    assert (name, email) == ("Cán bộ Văn phòng", "vanphong@example.vn")
    assert git(kho, "show", "--name-only", "--format=", "HEAD") == path.relative_to(kho).as_posix()
    assert clean(kho)
    assert not [e for e in errors(kho) if path.name in e]


def test_add_with_author_and_prompts(kho):
    result = run("-C", str(kho), "petition", "add", "--author", "Lê Văn Tám <tam@example.vn>",
                 input=f"{OCT}\nHội Cựu chiến binh\n\n\nmoi-truong\nĐèn chiếu sáng ngõ 5 hỏng\n")
    assert result.exit_code == 0, result.output
    assert last_commit(kho)[1:] == ("Lê Văn Tám", "tam@example.vn")
    path = next((kho / "petitions" / "2024").glob("kn-2024-10-17-den-chieu-sang*.yaml"))
    assert data(path)["raised_by"]["name"] == "Hội Cựu chiến binh"
    assert clean(kho)


def test_add_refuses_unknown_field_and_session_writing_nothing(kho):
    before = commits(kho)
    bad_field = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                    "--name", "A", "--field", "giao-thong", "--content", "x")
    assert bad_field.exit_code == 2 and "giao-thong" in bad_field.stderr
    bad_session = run("-C", str(kho), "petition", "add", "--no-input", "--session", "2023-01-01",
                      "--name", "A", "--field", "dat-dai", "--content", "x")
    assert bad_session.exit_code == 2 and "2023-01-01" in bad_session.stderr
    bad_date = run("-C", str(kho), "petition", "add", "--no-input", "--session", "2024-10",
                   "--name", "A", "--field", "dat-dai", "--content", "x", "--received-date", "2024-02-30")
    assert bad_date.exit_code == 2 and "29 ngày" in bad_date.stderr and "Traceback" not in bad_date.output
    assert commits(kho) == before and clean(kho)


def test_add_links_a_repeated_concern(kho):
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                 "--name", "Đỗ Văn Hải", "--group", "tổ dân phố số 3", "--field", "dat-dai",
                 "--content", "Đề nghị sửa chữa đường bê tông ngõ 12 tổ dân phố số 3 đã xuống cấp")
    assert result.exit_code == 0, result.output
    path = next((kho / "petitions" / "2024").glob("kn-2024-10-17-*.yaml"))
    assert data(path)["repeats"] == [WAITING]
    assert WAITING in result.stdout
    # a different place is a different concern
    other = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                "--name", "B", "--group", "Tổ dân phố số 7", "--field", "dat-dai",
                "--content", "Đề nghị sửa chữa đường bê tông ngõ 12 đã xuống cấp")
    assert other.exit_code == 0
    newest = [p for p in (kho / "petitions" / "2024").glob("kn-2024-10-17-*.yaml") if p != path]
    assert "repeats" not in data(newest[0]) or data(newest[0])["repeats"] == []


# ---------------------------------------------------------------- answer, reply, resolve


def test_answer_later_assigns_and_prints_the_deadline(kho):
    result = answer_later(kho, WAITING, "Công chức Địa chính - Xây dựng",
                          "--coordinating", "Công an phường", "--task", "Khảo sát, sửa chữa")
    assert result.exit_code == 0, result.output
    record = data(petition_file(kho))
    assert record["answer"] == {"kind": "answer_later", "by": "Phạm Văn Dũng, Chủ tịch UBND phường",
                                "reason": "insufficient_basis", "basis": "Cần khảo sát hiện trạng"}
    assert record["assignment"] == {"lead": "Công chức Địa chính - Xây dựng",
                                    "coordinating": ["Công an phường"], "task": "Khảo sát, sửa chữa"}
    assert last_commit(kho)[0] == f"tiepxuc: answer {WAITING} — trả lời sau, giao giải quyết"
    # 45 working days after the notice of 24/06/2024
    assert "26/08/2024" in result.stdout
    assert clean(kho)


def test_answer_declined_needs_reason_and_basis(kho):
    before = commits(kho)
    result = run("-C", str(kho), "petition", "answer", WAITING, "--no-input", "--kind", "declined")
    assert result.exit_code == 2 and "--reason" in result.stderr
    assert "answer" not in data(petition_file(kho))
    assert commits(kho) == before and clean(kho)


def test_answer_forwards_to_the_level_above(kho):
    result = run("-C", str(kho), "petition", "answer", WAITING, "--no-input", "--kind", "declined",
                 "--reason", "outside_competence", "--basis", "Thuộc thẩm quyền UBND thành phố",
                 "--forward-to", "UBND thành phố Bắc Giang", "--forward-date", "2024-06-20",
                 "--forward-document", "Công văn số 15/UBND-VP")
    assert result.exit_code == 0, result.output
    record = data(petition_file(kho))
    assert record["competence"] == "level_above"
    assert record["forwarded"] == {"to": "UBND thành phố Bắc Giang", "date": "2024-06-20",
                                   "document": "Công văn số 15/UBND-VP"}
    assert "chuyển UBND thành phố Bắc Giang" in last_commit(kho)[0]
    reply = run("-C", str(kho), "petition", "reply", WAITING, "--no-input", "--from-body",
                "--date", "2024-07-30", "--document", "Văn bản số 300/UBND",
                "--content", "Đã chỉ đạo giải quyết")
    assert reply.exit_code == 0, reply.output
    assert data(petition_file(kho))["forwarded"]["reply"] == {
        "date": "2024-07-30", "document": "Văn bản số 300/UBND", "summary": "Đã chỉ đạo giải quyết"}
    assert clean(kho)


def test_answer_with_an_unknown_agency_writes_nothing(kho):
    before = commits(kho)
    result = answer_later(kho, WAITING, "Công chức Địa chính - Xây dựng",
                          "--coordinating", "Phòng Tài nguyên")
    assert result.exit_code == 2
    assert "REF-UNKNOWN" in result.stderr and "Phòng Tài nguyên" in result.stderr
    assert "answer" not in data(petition_file(kho)) and commits(kho) == before


def obligation(root, pid, as_of):
    out = run("-C", str(root), "check-deadlines", "--as-of", as_of, "--json", "--exit-zero")
    return next(o for o in json.loads(out.stdout) if o["id"] == pid and o["obligation"] == "resolution")


def test_reply_extends_and_resolve_with_disagreement_reopens(kho):
    assert answer_later(kho).exit_code == 0
    reply = run("-C", str(kho), "petition", "reply", WAITING, "--no-input", "--date", "2024-08-20",
                "--document", "Văn bản số 88/UBND", "--content", "Đưa vào kế hoạch quý IV",
                "--new-deadline", "2024-12-15")
    assert reply.exit_code == 0, reply.output
    assert data(petition_file(kho))["replies"][0]["new_deadline"] == "2024-12-15"
    assert last_commit(kho)[0] == f"tiepxuc: reply {WAITING} — văn bản trả lời, gia hạn đến 15/12/2024"
    assert obligation(kho, WAITING, "2024-11-01")["due"] == "2024-12-15"

    done = run("-C", str(kho), "petition", "resolve", WAITING, "--no-input", "--result",
               "Đã sửa chữa xong", "--document", "Biên bản nghiệm thu", "--date", "2024-12-01")
    assert done.exit_code == 0, done.output
    assert obligation(kho, WAITING, "2024-12-20")["status"] == "done_on_time"
    feedback = run("-C", str(kho), "petition", "resolve", WAITING, "--no-input",
                   "--feedback", "disagree", "--feedback-date", "2024-12-10",
                   "--note", "Mặt đường vẫn lún")
    assert feedback.exit_code == 0, feedback.output
    record = data(petition_file(kho))
    assert record["feedback"] == [{"date": "2024-12-10", "agrees": "false", "note": "Mặt đường vẫn lún"}]
    assert obligation(kho, WAITING, "2024-12-20")["status"] == "overdue"
    assert "chưa đồng tình, mở lại" in last_commit(kho)[0]
    assert clean(kho) and errors(kho) == []


def test_resolve_feedback_needs_a_result_first(kho):
    result = run("-C", str(kho), "petition", "resolve", WAITING, "--no-input", "--feedback", "agree")
    assert result.exit_code == 2 and "--result" in result.stderr


def test_edits_keep_comments_and_layout(kho):
    """The diff of a lifecycle command touches only what changed."""
    original = petition_file(kho).read_text(encoding="utf-8")
    assert answer_later(kho).exit_code == 0
    diff = git(kho, "diff", "HEAD~1", "--unified=0", "--", petition_file(kho).relative_to(kho).as_posix())
    changed = [l for l in diff.splitlines() if l[:1] in "+-" and not l.startswith(("+++", "---"))]
    assert all(l.startswith("+") for l in changed), diff
    assert len(changed) == 7  # answer (5 lines) and assignment (2 lines), nothing else
    after = petition_file(kho).read_text(encoding="utf-8")
    assert after.startswith(original.rstrip("\n").rsplit("competence: own_level", 1)[0])
    assert "# nơi ở" in after and "# để trống cho đến khi trả lời" in after
    # a new key goes where the model has it: answer after competence, before nothing else
    assert after.index("competence: own_level") < after.index("answer:") < after.index("assignment:")

    # replacing a value rewrites only that value's lines
    again = run("-C", str(kho), "petition", "answer", WAITING, "--no-input", "--kind", "answer_later",
                "--by", "Phạm Văn Dũng, Chủ tịch UBND phường", "--reason", "under_investigation",
                "--basis", "Cần khảo sát hiện trạng", "--lead", "Công chức Địa chính - Xây dựng")
    assert again.exit_code == 0, again.output
    diff = git(kho, "diff", "HEAD~1", "--unified=0")
    changed = [l for l in diff.splitlines() if l[:1] in "+-" and not l.startswith(("+++", "---"))]
    assert changed == ["-  reason: insufficient_basis", "+  reason: under_investigation"], diff


def test_refuses_a_file_with_uncommitted_edits(kho):
    path = petition_file(kho)
    edited = path.read_text(encoding="utf-8") + "# ghi chú chưa commit\n"
    path.write_text(edited, encoding="utf-8")
    before = commits(kho)
    result = answer_later(kho)
    assert result.exit_code == 2
    assert path.relative_to(kho).as_posix() in result.stderr
    assert path.read_text(encoding="utf-8") == edited and commits(kho) == before
    # --no-commit writes the file and leaves committing to the person
    assert answer_later(kho, WAITING, "Công chức Địa chính - Xây dựng", "--no-commit").exit_code == 0
    assert "ghi chú chưa commit" in path.read_text(encoding="utf-8")
    assert "answer_later" in path.read_text(encoding="utf-8") and commits(kho) == before


def test_no_git_identity_is_a_clear_error(kho, tmp_path, monkeypatch):
    config = tmp_path / "empty-gitconfig"
    config.write_text("[user]\n\tuseConfigOnly = true\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    before = petition_file(kho).read_text(encoding="utf-8")
    result = answer_later(kho)
    assert result.exit_code == 2
    assert "git config" in result.stderr and "--author" in result.stderr
    assert petition_file(kho).read_text(encoding="utf-8") == before and clean(kho)
    # --author is enough
    assert answer_later(kho, WAITING, "Công chức Địa chính - Xây dựng",
                        "--author", "Lê Văn Tám <tam@example.vn>").exit_code == 0
    assert last_commit(kho)[1] == "Lê Văn Tám"


def test_outside_git_the_commands_need_no_commit(make_repo):
    root = make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED})
    result = answer_later(root)
    assert result.exit_code == 2 and "--no-commit" in result.stderr
    assert answer_later(root, WAITING, "Công chức Địa chính - Xây dựng", "--no-commit").exit_code == 0
    assert data(petition_file(root))["answer"]["kind"] == "answer_later"


def test_petition_id_may_be_shortened_when_unambiguous(kho):
    assert answer_later(kho, "kn-2024-06-14-duong").exit_code == 0
    added = run("-C", str(kho), "petition", "add", "--no-input", "--session", "2024-10",
                "--name", "A", "--field", "dat-dai", "--content", "Ngõ 3 thiếu đèn")
    assert added.exit_code == 0 and f"session: {OCT}" in next(
        (kho / "petitions" / "2024").glob("kn-2024-10-17-*.yaml")).read_text(encoding="utf-8")
    result = answer_later(kho, "kn-2024-06-14")
    assert result.exit_code == 2 and "kn-2024-06-14-rac-thai" in result.stderr


# ---------------------------------------------------------------- new-plan, new-session, schema


def test_new_plan_and_new_session_commit_their_record(make_repo):
    root = make_repo({"plans/ke-hoach-2024.yaml": None}, git=True)
    assert run("-C", str(root), "new-plan", "2025").exit_code == 0
    assert last_commit(root)[0] == "tiepxuc: new-plan ke-hoach-2025 — soạn kế hoạch năm 2025"
    result = run("-C", str(root), "new-session", "--date", "2025-03-20", "--kind", "periodic",
                 "--no-input")
    assert result.exit_code == 0, result.output
    session = next((root / "sessions" / "2025").glob("*.yaml"))
    assert last_commit(root)[0] == (
        f"tiepxuc: new-session {session.stem} — hội nghị định kỳ ngày 20/03/2025")
    assert clean(root)


def test_schema_commits_only_when_the_schemas_change(make_repo):
    root = make_repo(git=True)
    before = commits(root)
    assert run("-C", str(root), "schema").exit_code == 0
    assert commits(root) == before + 1 and clean(root)
    assert last_commit(root)[0].startswith("tiepxuc: schema schemas — ")
    assert run("-C", str(root), "schema").exit_code == 0
    assert commits(root) == before + 1
