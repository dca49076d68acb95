"""The rules built from the seeds' texts on the conduct of a session (rules/conduct_checks.py).

Each has a fixture that breaks it (CASES, in the form of test_rules.CASES, which counts them among
every rule's breaking case) and tests of what it reports, where, and what it leaves alone.
"""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from conftest import AS_OF, JUNE, OCTOBER, PETITION, PLAN, UNIT, run
from test_rules import P_FILE, S_JUNE, S_OCT, Case, edit
from tiepxuc.diagnostics import Severity
from tiepxuc.rules.conduct_checks import REPLY_EXTENSION_SEVERITY
from tiepxuc.rules.catalogue import RULES
from tiepxuc.validation import validate

SECRETARY = "secretary: {name: Đỗ Thị Hoa, position: Công chức Văn phòng - Thống kê}\n"
TOPIC = "topic: Những vấn đề Nhân dân quan tâm trên địa bàn phường\n"
DEPUTY = (
    "  - name: Hoàng Thị Em\n"
    "    position: committee_vice_chair\n"
    "    on_behalf_of: committee_chair\n"
    "    delegation: {document: Giấy ủy quyền số 12/GUQ-UBND, date: 2024-10-15,\n"
    "                 reason: urgent_duty}\n"
)
# The Chair of the People's Committee chairs the October session and his deputy "stands in" too.
OCT_WITH_DEPUTY = edit(OCTOBER, "    position: committee_chair\n", "    position: committee_chair\n"
                       + DEPUTY.replace("on_behalf_of: committee_chair\n",
                                        "on_behalf_of: committee_chair  # <-\n"))
EXTENDING_REPLY = """\
replies:
  - date: 2024-07-10  # <-
    document: Văn bản số 88/UBND
    content: Bố trí lại điểm tập kết, đưa vào kế hoạch quý IV
    new_deadline: 2024-11-30
"""

CASES: dict[str, Case] = {
    "CHAIR-DEPUTY-WITH-HEAD": Case(S_OCT, OCT_WITH_DEPUTY),
    "REPLY-EXTENSION": Case(P_FILE, PETITION + EXTENDING_REPLY),
    "SESSION-SECRETARY": Case(S_JUNE, edit(JUNE, SECRETARY, "").replace(
        "\ndate: 2024-06-14\n", "\ndate: 2024-06-14  # <-\n")),
    "INVITATION-CONTENT": Case(S_JUNE, edit(JUNE, TOPIC, "").replace(
        "  date: 2024-06-07\n", "  date: 2024-06-07  # <-\n")),
}


def found(root, rule_id: str, as_of: date = AS_OF) -> list:
    return [p for p in validate(root, as_of) if p.rule == rule_id]


def unmark(text: str) -> str:
    return text.replace("  # <-", "")


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_seed_rule_is_reported_with_its_line_and_severity(rule_id, make_repo):
    case = CASES[rule_id]
    root = make_repo({**(case.extra or {}), case.file: case.text})
    problems = validate(root, case.as_of)
    hits = [(p.file.relative_to(root).as_posix(), p.line, p.severity)
            for p in problems if p.rule == rule_id]
    assert hits == [(case.file, case.line(), RULES[rule_id].severity)], \
        [p.format() for p in problems]


def test_seed_rules_are_registered_with_their_severity_and_basis():
    assert RULES["CHAIR-DEPUTY-WITH-HEAD"].severity is Severity.ERROR
    assert RULES["REPLY-EXTENSION"].severity is Severity.BREACH == REPLY_EXTENSION_SEVERITY
    assert RULES["SESSION-SECRETARY"].severity is Severity.WARNING
    assert RULES["INVITATION-CONTENT"].severity is Severity.ERROR
    for rule_id in CASES:
        assert RULES[rule_id].param is None and RULES[rule_id].stage == "validate"


def test_base_has_none_of_them(make_repo):
    root = make_repo()
    assert [p.format() for p in validate(root, AS_OF) if p.rule in CASES] == []


# ---------------------------------------------------------------- CHAIR-DEPUTY-WITH-HEAD


def test_deputy_beside_the_head_names_both(make_repo):
    root = make_repo({S_OCT: OCT_WITH_DEPUTY})
    [problem] = found(root, "CHAIR-DEPUTY-WITH-HEAD")
    assert problem.message == (
        "“Hoàng Thị Em” (Phó Chủ tịch UBND) được ghi chủ trì thay Chủ tịch UBND, nhưng Chủ tịch "
        "UBND “Phạm Văn Dũng” cũng chủ trì hội nghị này; cấp phó chỉ chủ trì thay khi người đứng "
        "đầu vắng mặt")
    assert problem.basis.startswith("Quy chế kèm QĐ 2200-QĐ/TU, mục Đối tượng áp dụng: người chủ "
                                    "trì vắng mặt vì lý do sức khỏe")
    assert "Hướng dẫn Bình Thuận, mục II.1" in problem.basis


def test_deputy_in_the_absent_heads_place_is_not_reported(make_repo):
    # the Chair of the People's Committee is away; his deputy chairs with a written delegation
    october = edit(OCTOBER, "  - name: Phạm Văn Dũng\n    position: committee_chair\n", DEPUTY)
    root = make_repo({S_OCT: october})
    assert found(root, "CHAIR-DEPUTY-WITH-HEAD") == []
    assert [p.format() for p in validate(root, AS_OF) if p.severity is Severity.ERROR] == []


def test_head_listed_under_another_post_is_found_by_name(make_repo):
    """One person may hold two posts: the Party Secretary who is also Chair of the People's
    Council chairs as Party Secretary, while his deputy at the Council claims to stand in."""
    unit = edit(UNIT, "  - {name: Trần Thị Bình, position: council_chair, since: 2020-01-01}\n",
                "  - {name: Nguyễn Văn An, position: council_chair, since: 2020-01-01}\n"
                "  - {name: Trần Thị Bình, position: council_vice_chair, since: 2020-01-01}\n")
    june = edit(JUNE, "  - name: Trần Thị Bình\n    position: council_chair\n",
                "  - name: Trần Thị Bình\n    position: council_vice_chair\n"
                "    on_behalf_of: council_chair  # <-\n"
                "    delegation: {document: Giấy ủy quyền số 3/GUQ-HĐND, date: 2024-06-10, "
                "reason: illness}\n")
    root = make_repo({"tiepxuc.yaml": unit, S_JUNE: unmark(june)})
    [problem] = found(root, "CHAIR-DEPUTY-WITH-HEAD")
    assert problem.line == Case(S_JUNE, june).line()
    assert problem.message == (
        "“Trần Thị Bình” (Phó Chủ tịch HĐND) được ghi chủ trì thay Chủ tịch HĐND, nhưng “Nguyễn "
        "Văn An”, người giữ chức Chủ tịch HĐND ngày 14/06/2024 (ghi trong chairs với chức vụ Bí "
        "thư cấp ủy), cũng chủ trì hội nghị này; cấp phó chỉ chủ trì thay khi người đứng đầu vắng "
        "mặt")


def test_a_former_holder_is_not_the_head(make_repo):
    """The holder is taken on the session date: who held the post before does not count."""
    vice = "  - {name: Hoàng Thị Em, position: committee_vice_chair, since: 2020-01-01}\n"
    unit = edit(UNIT, vice, vice + "  - {name: Nguyễn Văn An, position: committee_chair, "
                "since: 2019-01-01, until: 2019-12-31}\n")
    october = edit(OCTOBER, "  - name: Phạm Văn Dũng\n    position: committee_chair\n", DEPUTY)
    root = make_repo({"tiepxuc.yaml": unit, S_OCT: october})
    assert found(root, "CHAIR-DEPUTY-WITH-HEAD") == []


def test_cancelled_session_is_skipped_by_the_chair_rule(make_repo):
    root = make_repo({S_OCT: unmark(OCT_WITH_DEPUTY) + "cancelled: {reason: Mưa bão}\n"})
    assert found(root, "CHAIR-DEPUTY-WITH-HEAD") == []


# ---------------------------------------------------------------- REPLY-EXTENSION


def test_extension_lists_exactly_what_is_missing(make_repo):
    root = make_repo({P_FILE: PETITION + EXTENDING_REPLY})
    [problem] = found(root, "REPLY-EXTENSION")
    assert problem.severity is REPLY_EXTENSION_SEVERITY
    assert problem.message == (
        "Văn bản trả lời ngày 10/07/2024 gia hạn giải quyết đến 30/11/2024 nhưng thiếu: yêu cầu "
        "(requirements), trách nhiệm giải quyết (responsible)")
    assert problem.basis == (
        "Hướng dẫn Bình Thuận, mục II.5 Bước 3: có văn bản trả lời cho tổ chức, cá nhân có liên "
        "quan biết về nội dung, yêu cầu, thời gian, trách nhiệm giải quyết")


def test_extension_with_nothing_but_the_deadline_lacks_all_three(make_repo):
    reply = "replies:\n  - {date: 2024-07-10, new_deadline: 2024-11-30}\n"
    root = make_repo({P_FILE: PETITION + reply})
    [problem] = found(root, "REPLY-EXTENSION")
    assert problem.message.endswith(
        "thiếu: nội dung (content), yêu cầu (requirements), trách nhiệm giải quyết (responsible)")


def test_complete_extension_and_plain_reply_are_not_reported(make_repo):
    replies = """\
replies:
  - date: 2024-07-01
    content: Đã tiếp nhận, đang khảo sát
  - date: 2024-07-10
    content: Bố trí lại điểm tập kết, đưa vào kế hoạch quý IV
    requirements: Tổ dân phố thống nhất vị trí điểm tập kết mới
    new_deadline: 2024-11-30
    responsible: Công chức Địa chính - Xây dựng
"""
    root = make_repo({P_FILE: PETITION + replies})
    assert found(root, "REPLY-EXTENSION") == []


def test_only_the_incomplete_extension_is_reported(make_repo):
    replies = """\
replies:
  - {date: 2024-07-01, content: Đã tiếp nhận}
  - date: 2024-07-10
    content: Đưa vào kế hoạch quý IV
    requirements: Tổ dân phố thống nhất vị trí
    new_deadline: 2024-11-30
    responsible: Công chức Địa chính - Xây dựng
  - date: 2024-11-25  # <-
    content: Cần thêm thời gian giải phóng mặt bằng
    requirements: Các hộ dân bàn giao mặt bằng
    new_deadline: 2024-12-31
"""
    root = make_repo({P_FILE: unmark(PETITION + replies)})
    [problem] = found(root, "REPLY-EXTENSION")
    assert problem.line == Case(P_FILE, PETITION + replies).line()
    assert problem.message.endswith("thiếu: trách nhiệm giải quyết (responsible)")


def test_reply_command_records_the_requirements(make_repo):
    root = make_repo(git=True)
    pid = "kn-2024-06-14-rac-thai"
    result = run("-C", str(root), "petition", "reply", pid, "--no-input", "--date", "2024-07-10",
                 "--document", "Văn bản số 88/UBND", "--content", "Đưa vào kế hoạch quý IV",
                 "--requirements", "Tổ dân phố thống nhất vị trí điểm tập kết mới",
                 "--new-deadline", "2024-11-30", "--responsible", "Công chức Địa chính - Xây dựng")
    assert result.exit_code == 0, result.output
    stored = yaml.safe_load((root / P_FILE).read_text(encoding="utf-8"))
    assert stored["replies"] == [{
        "date": date(2024, 7, 10), "document": "Văn bản số 88/UBND",
        "content": "Đưa vào kế hoạch quý IV",
        "requirements": "Tổ dân phố thống nhất vị trí điểm tập kết mới",
        "new_deadline": date(2024, 11, 30), "responsible": "Công chức Địa chính - Xây dựng",
    }]
    assert list(stored["replies"][0]) == [
        "date", "document", "content", "requirements", "new_deadline", "responsible"]
    assert found(root, "REPLY-EXTENSION") == []


def test_reply_command_without_requirements_is_written_and_reported(make_repo):
    root = make_repo(git=True)
    result = run("-C", str(root), "petition", "reply", "kn-2024-06-14-rac-thai", "--no-input",
                 "--date", "2024-07-10", "--content", "Đưa vào kế hoạch quý IV",
                 "--new-deadline", "2024-11-30")
    assert result.exit_code == 0, result.output  # a warning does not stop the record
    [problem] = found(root, "REPLY-EXTENSION")
    assert problem.message.endswith("thiếu: yêu cầu (requirements), trách nhiệm giải quyết "
                                    "(responsible)")


# ---------------------------------------------------------------- SESSION-SECRETARY


def test_held_session_without_secretary(make_repo):
    root = make_repo({S_JUNE: edit(JUNE, SECRETARY, "")})
    [problem] = found(root, "SESSION-SECRETARY")
    assert problem.message == ("Hội nghị ngày 14/06/2024 đã diễn ra nhưng chưa ghi thư ký ghi biên "
                               "bản (secretary)")
    assert problem.basis.startswith("Hướng dẫn Bình Thuận, mục II.5 Bước 2: cử thư ký ghi biên bản")


def test_secretary_not_yet_needed_before_the_session(make_repo):
    root = make_repo({S_JUNE: edit(JUNE, SECRETARY, "")})
    assert found(root, "SESSION-SECRETARY", as_of=date(2024, 6, 13)) == []
    assert len(found(root, "SESSION-SECRETARY", as_of=date(2024, 6, 14))) == 1  # held that day


@pytest.mark.parametrize("change", [
    ("kind: thematic", "kind: regular"),
    ("  - step: chair_concludes\n", "  - step: chair_concludes\ncancelled: {reason: Mưa bão}\n"),
])
def test_secretary_not_asked_of_regular_or_cancelled_sessions(change, make_repo):
    october = edit(edit(OCTOBER, SECRETARY, ""), *change)
    root = make_repo({S_OCT: october})
    assert found(root, "SESSION-SECRETARY") == []


# ---------------------------------------------------------------- INVITATION-CONTENT


def test_invitation_without_topic(make_repo):
    root = make_repo({S_JUNE: edit(JUNE, TOPIC, "")})
    [problem] = found(root, "INVITATION-CONTENT")
    assert problem.message == ("Giấy mời, thông báo phát hành ngày 07/06/2024 nhưng hồ sơ hội "
                               "nghị chưa ghi: nội dung, chủ đề (topic)")
    assert problem.basis == ("Hướng dẫn Bình Thuận, mục II.5 Bước 1: giấy mời hoặc thông báo về "
                             "thời gian, địa điểm, thành phần, nội dung, chủ đề đối thoại")


def test_invitation_lists_every_missing_part_once(make_repo):
    june = edit(edit(edit(edit(JUNE, TOPIC, ""), 'start: "07:30"\n', ""), 'end: "11:30"\n', ""),
                "place: Hội trường UBND phường\n", "")
    plan = PLAN.split("participants:")[0]
    root = make_repo({S_JUNE: june, "plans/ke-hoach-2024.yaml": plan})
    [problem] = found(root, "INVITATION-CONTENT")
    assert problem.message.endswith(
        "chưa ghi: thời gian (start), địa điểm (place), thành phần (attendance, hoặc participants "
        "của kế hoạch), nội dung, chủ đề (topic)")


def test_participants_from_attendance_or_the_sessions_plan(make_repo):
    plan = PLAN.split("participants:")[0]
    # no participants in the plan, none in the session: missing
    root = make_repo({"plans/ke-hoach-2024.yaml": plan})
    [problem] = found(root, "INVITATION-CONTENT")
    assert problem.message.endswith("chưa ghi: thành phần (attendance, hoặc participants của kế "
                                    "hoạch)")
    # the session's attendance names them
    attendance = "attendance:\n  - {organisation: Ủy ban MTTQ phường, invited: 5}\n"
    root = make_repo({"plans/ke-hoach-2024.yaml": plan, S_JUNE: JUNE + attendance})
    assert found(root, "INVITATION-CONTENT") == []
    # the plan's participants count only for a session that names that plan
    root = make_repo({S_JUNE: edit(JUNE, "plan: ke-hoach-2024\n", "")})
    assert len(found(root, "INVITATION-CONTENT")) == 1


@pytest.mark.parametrize("change", [
    ("invitation:\n  date: 2024-06-07\n", ""),  # no invitation issued yet
    ("invitation:\n  date: 2024-06-07\n", "invitation:\n  number: 45-GM/ĐU\n"),  # not dated
    ("kind: periodic", "kind: regular"),
    ("refused: []\n", "refused: []\ncancelled: {reason: Mưa bão}\n"),
])
def test_invitation_content_needs_an_issued_invitation_of_a_live_session(change, make_repo):
    root = make_repo({S_JUNE: edit(edit(JUNE, TOPIC, ""), *change)})
    assert found(root, "INVITATION-CONTENT") == []
