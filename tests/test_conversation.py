"""The conversation at the command line, as an office has it: a wrong answer is said and asked
again (codes or Vietnamese labels, accents and capitals optional), an empty required answer is
asked again, input that ends and Ctrl-C stop cleanly in Vietnamese, Click speaks Vietnamese
(once), init asks for the bodies above and whose term it is, history and render take shortened
IDs, a repeated feedback adds nothing, new-session says what is already late or wrong, and
petition add numbers the speakers."""

from __future__ import annotations

import re
from datetime import date

import click
import pytest
import typer

from conftest import UNIT, git, run
from tiepxuc.records import yamlio

JUNE = "2024-06-14-dinh-ky"
OCT = "2024-10-17-chuyen-de"
WAITING = "kn-2024-06-14-duong-ngo"
UNANSWERED = f"""\
id: {WAITING}
session: {JUNE}
raised_by:
  name: Đỗ Văn Hải
  residential_group: Tổ dân phố số 3
field: dat-dai
content: Đường bê tông ngõ 12 tổ dân phố số 3 xuống cấp, đề nghị sửa chữa.
competence: own_level
"""


def data(path):
    return yamlio.parse(path.read_text(encoding="utf-8")).data


def commits(root) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def clean(root) -> bool:
    return git(root, "status", "--porcelain") == ""


def added(root, session_date: str = "2024-10-17"):
    return sorted((root / "petitions" / "2024").glob(f"kn-{session_date}-*.yaml"))


@pytest.fixture
def kho(make_repo):
    return make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)


class Clock:
    """“Today” for the commands."""

    def __init__(self, monkeypatch, day: str) -> None:
        from tiepxuc import calendar, clock

        self.day = date.fromisoformat(day)
        for module in (clock, calendar):
            monkeypatch.setattr(module, "today_in_vietnam", lambda: self.day)


# ---------------------------------------------------------------- petition add


def test_add_asks_again_for_a_wrong_field_and_takes_its_name_without_accents(kho):
    answers = "\n".join([
        OCT,
        "Ngô Thị Lan", "Tổ dân phố số 9", "",
        "giao-thong",          # not one of this unit's fields: said, and asked again
        "moi truong",          # the name, without accents
        "Cống thoát nước bị tắc, bốc mùi",
    ]) + "\n"
    result = run("-C", str(kho), "petition", "add", input=answers)
    assert result.exit_code == 0, result.output
    assert "“giao-thong” ở --field không hợp lệ" in result.stderr
    assert "moi-truong (Môi trường)" in result.stderr  # the allowed values, shown again
    [path] = added(kho)
    assert data(path)["field"] == "moi-truong"
    assert data(path)["raised_by"]["name"] == "Ngô Thị Lan"


@pytest.mark.parametrize("typed", ["Môi trường", "MÔI TRƯỜNG", "moi truong", "Moi-Truong", "môi"])
def test_add_takes_a_field_by_code_or_label_accents_and_case_optional(kho, typed):
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                 "--name", "A", "--field", typed, "--content", "Cống thoát nước bị tắc")
    assert result.exit_code == 0, result.output
    assert data(added(kho)[0])["field"] == "moi-truong"


def test_add_asks_again_for_an_empty_name_instead_of_stopping(kho):
    answers = "\n".join([OCT, "", "Hội Cựu chiến binh", "", "", "dat-dai",
                         "", "Đèn chiếu sáng ngõ 5 hỏng"]) + "\n"
    result = run("-C", str(kho), "petition", "add", input=answers)
    assert result.exit_code == 0, result.output
    assert "Thiếu --" not in result.output
    assert result.stderr.count("Câu này cần có câu trả lời") == 2  # the name, the content
    record = data(added(kho)[0])
    assert record["raised_by"]["name"] == "Hội Cựu chiến binh"
    assert record["content"] == "Đèn chiếu sáng ngõ 5 hỏng"


def test_add_asks_again_for_a_phone_number_that_cannot_be_one(kho):
    answers = "\n".join([OCT, "Ngô Thị Lan", "Tổ dân phố số 9",
                         "không có số",         # not a phone number: said, and asked again
                         "0912345678", "dat-dai", "Ngõ 3 thiếu đèn"]) + "\n"
    result = run("-C", str(kho), "petition", "add", input=answers)
    assert result.exit_code == 0, result.output
    assert "Số điện thoại ở trường “--phone” chỉ gồm chữ số" in result.stderr
    assert result.output.count("Số điện thoại (có thể bỏ trống)") == 2
    assert data(added(kho)[0])["raised_by"]["phone"] == "0912345678"
    assert clean(kho)


def test_add_checks_the_session_first_and_takes_a_shortened_id(kho):
    answers = "\n".join(["2023-01-01", "2024-10", "Ngô Thị Lan", "", "", "dat-dai",
                         "Ngõ 3 thiếu đèn"]) + "\n"
    result = run("-C", str(kho), "petition", "add", input=answers)
    assert result.exit_code == 0, result.output
    output = result.output
    assert "Không có hội nghị mã “2023-01-01”" in output
    # said at once, before the name is asked for
    assert output.index("“2023-01-01”") < output.index("Họ tên người nêu kiến nghị")
    assert data(added(kho)[0])["session"] == OCT


def test_add_with_an_unknown_session_asks_nothing_else(kho):
    result = run("-C", str(kho), "petition", "add", "--session", "2023-01-01", input="")
    assert result.exit_code == 2
    assert "Không có hội nghị mã “2023-01-01”" in result.stderr
    assert "Họ tên" not in result.output
    assert added(kho) == [] and clean(kho)


def test_add_numbers_the_speakers_of_a_session(kho):
    def add(session, content, *extra):
        result = run("-C", str(kho), "petition", "add", "--no-input", "--session", session,
                     "--name", "A", "--field", "dat-dai", "--content", content, *extra)
        assert result.exit_code == 0, result.output
        pid = re.search(r"Mã kiến nghị: (\S+)", result.stdout)[1]
        return data(kho / "petitions" / "2024" / f"{pid}.yaml")

    assert add(OCT, "Ngõ 3 thiếu đèn chiếu sáng")["speaking_order"] == "1"
    assert add(OCT, "Cống ngõ 7 bị tắc", "--order", "7")["speaking_order"] == "7"  # given: kept
    assert add(OCT, "Vỉa hè phố chợ bị lấn chiếm")["speaking_order"] == "8"  # after the highest
    # June already has two petitions without a number: the next speaker is the third
    assert add(JUNE, "Rác ở ngõ 4 chưa được thu gom")["speaking_order"] == "3"


def test_add_warns_of_a_speaking_order_already_taken_and_records_it(kho):
    def add(content, *extra):
        return run("-C", str(kho), "petition", "add", "--no-input", "--session", OCT,
                   "--name", "Ngô Thị Lan", "--field", "dat-dai", "--content", content, *extra)

    first = add("Ngõ 3 thiếu đèn chiếu sáng", "--order", "2")
    assert first.exit_code == 0 and "Cảnh báo" not in first.stderr
    first_id = re.search(r"Mã kiến nghị: (\S+)", first.stdout)[1]
    again = add("Cống ngõ 7 bị tắc", "--order", "2")
    assert again.exit_code == 0, again.output
    assert f"Cảnh báo: Thứ tự phát biểu 2 đã có ở kiến nghị {first_id}" in again.stderr
    assert "số tiếp theo còn trống: 3" in again.stderr
    assert "Ngô Thị Lan" not in again.stderr  # the order is named, not the citizen
    pid = re.search(r"Mã kiến nghị: (\S+)", again.stdout)[1]
    assert data(kho / "petitions" / "2024" / f"{pid}.yaml")["speaking_order"] == "2"


# ---------------------------------------------------------------- input that ends, Ctrl-C


def test_closed_input_stops_with_a_vietnamese_message_and_writes_nothing(kho):
    before = commits(kho)
    for answers in ("", f"{OCT}\nNgô Thị Lan\n"):  # closed at once, or mid-way
        result = run("-C", str(kho), "petition", "add", input=answers)
        assert result.exit_code == 2, result.output
        assert "Đầu vào đã đóng" in result.stderr and "--no-input" in result.stderr
        assert "Aborted" not in result.output and "Traceback" not in result.output
    assert commits(kho) == before and added(kho) == [] and clean(kho)


def test_closed_input_at_a_confirmation_is_said_in_vietnamese(kho):
    # issuing a shortened ID asks to confirm; nothing more to read
    result = run("-C", str(kho), "issue", "tb-2024-06", input="")
    assert result.exit_code == 2
    assert "Đầu vào đã đóng" in result.stderr and "Aborted" not in result.output


def test_ctrl_c_at_a_question_stops_in_vietnamese(kho, monkeypatch):
    def interrupted(*args, **kwargs):  # what Click does with Ctrl-C at a prompt
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None

    monkeypatch.setattr(typer, "prompt", interrupted)
    result = run("-C", str(kho), "petition", "add")
    assert result.exit_code == 130
    assert "Đã dừng theo yêu cầu" in result.stderr and "Aborted" not in result.output
    assert added(kho) == [] and clean(kho)


# ---------------------------------------------------------------- petition answer, resolve


def test_answer_takes_labels_and_agencies_without_accents(kho):
    answers = "\n".join([
        "tra loi sau",                        # the kind, by its label
        "Phạm Văn Dũng", "",
        "chưa đủ cơ sở",                      # the reason, by the beginning of its label
        "Cần khảo sát hiện trạng",
        "Phòng Tài nguyên",                   # not an agency of the unit: asked again
        "cong chuc dia chinh - xay dung",     # the agency, without accents
    ]) + "\n"
    result = run("-C", str(kho), "petition", "answer", "kn-2024-06-14-duong", input=answers)
    assert result.exit_code == 0, result.output
    assert "--lead không hợp lệ" in result.stderr
    record = data(kho / "petitions" / "2024" / f"{WAITING}.yaml")
    assert record["answer"]["kind"] == "answer_later"
    assert record["answer"]["reason"] == "insufficient_basis"
    assert record["assignment"]["lead"] == "Công chức Địa chính - Xây dựng"


def test_answer_lead_option_is_matched_without_accents(kho):
    result = run("-C", str(kho), "petition", "answer", WAITING, "--no-input",
                 "--kind", "answer_later", "--by", "Chủ tịch UBND phường",
                 "--reason", "Chưa đủ cơ sở trả lời", "--basis", "Cần khảo sát",
                 "--lead", "CONG CHUC DIA CHINH - XAY DUNG", "--coordinating", "cong an phuong")
    assert result.exit_code == 0, result.output
    record = data(kho / "petitions" / "2024" / f"{WAITING}.yaml")
    assert record["assignment"]["lead"] == "Công chức Địa chính - Xây dựng"
    assert record["assignment"]["coordinating"] == ["Công an phường"]
    assert record["answer"]["reason"] == "insufficient_basis"


def test_the_same_feedback_twice_adds_nothing(kho):
    path = kho / "petitions" / "2024" / f"{WAITING}.yaml"
    ok = run("-C", str(kho), "petition", "answer", WAITING, "--no-input", "--kind",
             "answer_later", "--by", "Chủ tịch UBND", "--reason", "insufficient_basis",
             "--basis", "Cần khảo sát", "--lead", "Công an phường")
    assert ok.exit_code == 0, ok.output
    done = run("-C", str(kho), "petition", "resolve", WAITING, "--no-input", "--result",
               "Đã sửa chữa", "--date", "2024-12-02")
    assert done.exit_code == 0, done.output
    base = ["-C", str(kho), "petition", "resolve", WAITING, "--no-input"]
    disagree = [*base, "--feedback", "disagree", "--feedback-date", "2024-12-10",
                "--note", "Mặt đường vẫn lún"]
    first = run(*disagree)
    assert first.exit_code == 0, first.output
    before = commits(kho)
    again = run(*disagree)
    assert again.exit_code == 0, again.output
    assert "Không có gì thay đổi" in again.stdout
    assert len(data(path)["feedback"]) == 1 and commits(kho) == before and clean(kho)
    # the same opinion typed in Vietnamese, without accents, is the same feedback too
    same = run(*base, "--feedback", "Chua dong tinh", "--feedback-date", "2024-12-10",
               "--note", "Mặt đường vẫn lún")
    assert same.exit_code == 0 and len(data(path)["feedback"]) == 1
    # another day is another feedback
    later = run(*base, "--feedback", "disagree", "--feedback-date", "2024-12-11",
                "--note", "Mặt đường vẫn lún")
    assert later.exit_code == 0, later.output
    assert len(data(path)["feedback"]) == 2


# ---------------------------------------------------------------- init


def test_init_asks_for_the_bodies_above_and_whose_term_before_when(tmp_path):
    root = tmp_path / "tan-tien"
    answers = "\n".join([
        "Xã Tân Tiến", "", "",
        "Đảng bộ tỉnh Bắc Ninh",           # the Party body above
        "Ủy ban nhân dân tỉnh Bắc Ninh",   # the State body above
        "khong-co",                        # an unknown profile: said, and asked again
        "law-2025-commune",
        "Lương Văn Thắng", "", "Nông Văn Phú", "",
        "2025-13-01",                      # an impossible date: asked again
        "2025-07-01",
    ]) + "\n"
    result = run("init", str(root), input=answers)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "“khong-co” ở --profile không hợp lệ" in result.stderr
    assert "tháng 13" in result.stderr
    assert out.index("Cấp ủy cấp trên") < out.index("Cơ quan nhà nước cấp trên") \
        < out.index("Bộ quy tắc") < out.index("Họ tên Bí thư") < out.index("Ngày bắt đầu nhiệm kỳ")
    unit = data(root / "tiepxuc.yaml")
    assert unit["party"]["superior"] == "ĐẢNG BỘ TỈNH BẮC NINH"
    assert unit["state"]["superior"] == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    assert unit["profile"] == "law-2025-commune"
    assert [(o["name"], o["since"]) for o in unit["officials"]] == [
        ("Lương Văn Thắng", "2025-07-01"), ("Nông Văn Phú", "2025-07-01")]


def test_init_without_officials_does_not_ask_when_their_term_began(tmp_path):
    answers = "\n".join(["Xã Tân Tiến", "", "", "", "", "", "", "", "", ""]) + "\n"
    result = run("init", str(tmp_path / "kho"), input=answers)
    assert result.exit_code == 0, result.output
    assert "Cấp ủy cấp trên" in result.output and "Ngày bắt đầu nhiệm kỳ" not in result.output


def test_init_state_superior_option_and_the_level_above_in_the_drafts(tmp_path, monkeypatch):
    Clock(monkeypatch, "2026-01-05")
    root = tmp_path / "kho"
    result = run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
                 "--state-superior", "Ủy ban nhân dân tỉnh Bắc Ninh", "--secretary", "A",
                 "--profile", "law-2025-commune", "--no-input")
    assert result.exit_code == 0, result.output
    unit = data(root / "tiepxuc.yaml")
    assert unit["state"]["superior"] == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    # a commune under the two-level government: the province's Party organisation above it
    assert unit["party"]["superior"] == "ĐẢNG BỘ TỈNH BẮC NINH"
    monkeypatch.chdir(root)
    assert run("new-plan", "2026", "--no-input").exit_code == 0  # the People's Committee's plan
    assert "Ủy ban nhân dân tỉnh Bắc Ninh (để b/c)" in (
        root / "plans" / "ke-hoach-2026.yaml").read_text(encoding="utf-8")
    assert run("new-report", "2026", "--no-input").exit_code == 0
    report = (root / "reports" / "bao-cao-2026.yaml").read_text(encoding="utf-8")
    assert "Ủy ban nhân dân tỉnh Bắc Ninh (để b/c)" in report


def test_a_report_rendered_before_it_is_drafted_is_sent_to_the_level_above_by_name(
        tmp_path, monkeypatch):
    import io

    import docx

    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    Clock(monkeypatch, "2026-07-20")
    root = tmp_path / "kho"
    assert run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
               "--secretary", "A", "--since", "2025-07-01", "--no-input").exit_code == 0
    repo = load(root)
    data_ = render(repo, active_profile(repo)[0], "report", "2026", False, date(2026, 7, 20)).data
    document = docx.Document(io.BytesIO(data_))
    text = "\n".join(cell.text for table in document.tables for row in table.rows
                     for cell in row.cells)
    assert "Nơi nhận" in text
    # the same Nơi nhận as `new-report` drafts, not “Cấp ủy, chính quyền cấp trên”
    assert "Đảng bộ tỉnh Bắc Ninh (để b/c)" in text
    assert "Cấp ủy, chính quyền cấp trên" not in text


def test_a_committee_report_cites_a_party_plan_as_the_party_committee_issued_it(
        tmp_path, monkeypatch):
    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    Clock(monkeypatch, "2026-07-20")
    root = tmp_path / "kho"
    assert run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
               "--committee-chair", "B", "--since", "2025-07-01", "--profile",
               "law-2025-commune", "--no-input").exit_code == 0
    monkeypatch.chdir(root)
    assert run("new-plan", "2026", "--no-input").exit_code == 0
    plan = root / "plans" / "ke-hoach-2026.yaml"  # the Party committee issues this unit's plan
    plan.write_text(plan.read_text(encoding="utf-8").replace("issuer: state", "issuer: party"),
                    encoding="utf-8")
    repo = load(root)
    text = render(repo, active_profile(repo)[0], "report", "2026", False,
                  date(2026, 7, 20)).markup  # the report: the People's Committee's
    assert "Đảng ủy xã Tân Tiến ban hành Kế hoạch số" in text
    assert "Ủy ban nhân dân xã Tân Tiến ban hành Kế hoạch" not in text


def test_new_plan_under_the_2025_law_drafts_the_peoples_committee_plan(tmp_path, monkeypatch):
    Clock(monkeypatch, "2026-07-20")
    root = tmp_path / "kho"
    assert run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
               "--committee-chair", "Nông Văn B", "--since", "2025-07-01", "--profile",
               "law-2025-commune", "--no-input").exit_code == 0
    monkeypatch.chdir(root)
    assert run("new-plan", "2026", "--no-input").exit_code == 0
    text = (root / "plans" / "ke-hoach-2026.yaml").read_text(encoding="utf-8")
    assert "issuer: state" in text  # the law: the People's Committee organises (Điều 43)
    assert '"Nông Văn B"' in text and "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text
    assert "/KH-UBND" in text and "Văn phòng Đảng ủy" not in text
    result = run("rules")
    assert "Kế hoạch tiếp xúc, đối thoại hằng năm của Ủy ban nhân dân xã Tân Tiến" in result.output


def test_a_rule_basis_names_the_issuer_of_the_units_draft_plan(tmp_path, monkeypatch):
    Clock(monkeypatch, "2026-07-20")
    root = tmp_path / "kho"
    assert run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
               "--committee-chair", "B", "--since", "2025-07-01", "--profile",
               "law-2025-commune", "--no-input").exit_code == 0
    monkeypatch.chdir(root)
    assert run("new-plan", "2026", "--no-input").exit_code == 0
    plan = root / "plans" / "ke-hoach-2026.yaml"  # the office makes it the Party's plan
    plan.write_text(plan.read_text(encoding="utf-8").replace("issuer: state", "issuer: party"),
                    encoding="utf-8")
    output = run("rules").output
    assert "Kế hoạch tiếp xúc, đối thoại hằng năm của Đảng ủy xã Tân Tiến" in output
    assert "hằng năm của Ủy ban nhân dân xã Tân Tiến" not in output


def test_a_state_notice_is_sent_to_the_level_above_not_to_the_committee_itself(
        tmp_path, monkeypatch):
    Clock(monkeypatch, "2026-07-20")
    root = tmp_path / "kho"
    assert run("init", str(root), "--name", "Xã Tân Tiến", "--province", "Bắc Ninh",
               "--state-superior", "Ủy ban nhân dân tỉnh Bắc Ninh", "--committee-chair", "B",
               "--council-chair", "C", "--since", "2025-07-01", "--profile", "law-2025-commune",
               "--no-input").exit_code == 0
    monkeypatch.chdir(root)
    assert run("new-session", "--date", "2026-07-10", "--kind", "periodic", "--topic", "Đất đai",
               "--no-input").exit_code == 0
    for lead, content in (("Ủy ban nhân dân xã Tân Tiến", "Cấp giấy chứng nhận chậm"),
                          ("Phòng Kinh tế", "Kênh mương thôn Đông bị bồi lấp")):
        added_ = run("petition", "add", "--no-input", "--session", "2026-07-10", "--name", "A",
                     "--field", "dat-dai", "--content", content)
        assert added_.exit_code == 0, added_.output
        pid = re.search(r"Mã kiến nghị: (\S+)", added_.stdout)[1]
        answered = run("petition", "answer", pid, "--no-input", "--kind", "answer_later",
                       "--reason", "insufficient_basis", "--basis", "Cần rà soát", "--lead", lead)
        assert answered.exit_code == 0, answered.output
    result = run("conclude", "2026-07-10", "--no-input")
    assert result.exit_code == 0, result.output
    notice = data(next((root / "conclusions" / "2026").glob("tb-*.yaml")))
    assert notice["issuer"] == "state"
    assert notice["recipients"] == [
        "Ủy ban nhân dân tỉnh Bắc Ninh (để b/c)",
        "Thường trực Đảng ủy, Thường trực HĐND xã Tân Tiến (để b/c)",
        "Phòng Kinh tế",  # the Committee itself leads the other item: not sent its own notice
        "Ủy ban MTTQ xã Tân Tiến (để giám sát)",
        "Lưu: VT",
    ]


# ---------------------------------------------------------------- new-session


def test_new_session_asks_again_for_a_date_and_a_start_time(kho):
    answers = "\n".join([
        "",              # the date is required: asked again
        "2025-02-30",    # no such day: asked again
        "2025-03-20",
        "chuyen de",     # the kind, by its label without accents
        "", "", "Môi trường",
        "7 giờ rưỡi",    # not a time: asked again
        "08:00",
    ]) + "\n"
    result = run("-C", str(kho), "new-session", input=answers)
    assert result.exit_code == 0, result.output
    assert "Thiếu --date" not in result.output
    assert "“--start” phải viết dạng giờ:phút" in result.stderr
    [path] = (kho / "sessions" / "2025").glob("*.yaml")
    record = data(path)
    assert record["date"] == "2025-03-20" and record["kind"] == "thematic"
    assert record["start"] == "08:00"


def test_new_session_says_the_invitation_is_already_late(kho, monkeypatch):
    Clock(monkeypatch, "2025-03-18")  # a Tuesday; the session is on Thursday
    result = run("-C", str(kho), "new-session", "--date", "2025-03-20", "--kind", "periodic",
                 "--no-input")
    assert result.exit_code == 0, result.output
    assert "đã quá hạn phát hành giấy mời" in result.stderr
    assert "tiepxuc invite 2025-03-20-dinh-ky-" in result.stderr
    on_time = run("-C", str(kho), "new-session", "--date", "2025-04-24", "--kind", "periodic",
                  "--no-input")
    assert on_time.exit_code == 0 and "quá hạn" not in on_time.stderr


def test_new_session_shows_a_chairs_error_before_committing_and_says_what_to_fix(make_repo):
    post = "  - {name: Trần Thị Bình, position: council_chair, since: 2020-01-01}\n"
    vacant = UNIT.replace(post, "")
    assert vacant != UNIT
    root = make_repo({"tiepxuc.yaml": vacant}, git=True)
    before = commits(root)
    result = run("-C", str(root), "new-session", "--date", "2025-03-20", "--kind", "periodic",
                 "--no-input")
    assert result.exit_code == 0, result.output
    assert commits(root) == before + 1  # recorded: the office cannot fill a vacant post
    out = result.output
    error = out.index("lỗi CHAIR-KIND")
    assert error < out.index("Đã ghi vào lịch sử git")  # seen before the commit
    assert ".yaml:22:" in out[out.rfind("\n", 0, error) + 1:error]  # with file:line
    assert "hội nghị đã được ghi, nhưng hồ sơ sessions/2025/" in result.stderr
    assert "CHAIR-KIND: Bổ sung người chủ trì" in result.stderr


# ---------------------------------------------------------------- history, render, --no-input


def test_history_takes_a_shortened_id_a_file_name_or_a_path(kho):
    for given in ("kn-2024-06-14-duong", f"{WAITING}.yaml", f"petitions/2024/{WAITING}.yaml"):
        result = run("-C", str(kho), "history", given)
        assert result.exit_code == 0, (given, result.output)
        assert f"kiến nghị {WAITING} (petitions/2024/{WAITING}.yaml)" in result.stdout
    ambiguous = run("-C", str(kho), "history", "kn-2024-06-14")
    assert ambiguous.exit_code == 2
    assert "kn-2024-06-14-rac-thai" in ambiguous.stderr and WAITING in ambiguous.stderr


def test_render_takes_a_shortened_notice_id(make_repo):
    root = make_repo()
    result = run("-C", str(root), "render", "conclusion", "tb-2024-06")
    assert result.exit_code == 0, result.output


def test_render_suggests_the_closest_kind(make_repo):
    root = make_repo()
    for typed, suggested in (("invitaion", "invitation"), ("bien-ban", "minutes")):
        result = run("-C", str(root), "render", typed, JUNE)
        assert result.exit_code == 2
        assert f"Có phải ý bạn là “{suggested}”?" in result.stderr, result.stderr


@pytest.mark.parametrize("args", [
    ["new-plan", "2025"], ["new-report", "2024"], ["conclude", "2024-10"], ["schema"],
])
def test_no_input_is_accepted_by_every_command_that_changes_records(make_repo, args):
    root = make_repo(git=True)
    result = run("-C", str(root), *args, "--no-input")
    assert "--no-input" not in result.stderr, result.output
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- Click speaks Vietnamese


def test_a_mistyped_command_is_suggested_once_in_vietnamese():
    result = run("valdate")
    assert result.exit_code == 2
    assert result.stderr.count("Có phải ý bạn là “validate”?") == 1
    assert "Did you mean" not in result.output and "No such command" not in result.output
    assert "Lỗi: Không có lệnh “valdate”." in result.stderr
    assert "Cách dùng: tiepxuc [TÙY-CHỌN] LỆNH [THAM-SỐ]..." in result.stderr
    assert "Xem hướng dẫn: tiepxuc --help" in result.stderr


def test_help_pages_are_vietnamese():
    for args in (["--help"], ["new-plan", "--help"], ["petition", "add", "-h"]):
        result = run(*args)
        assert result.exit_code == 0
        out = result.stdout
        assert "Cách dùng: tiepxuc" in out and "Tùy chọn:" in out
        assert "-h, --help" in out and "Xem hướng dẫn này rồi thoát" in out
        for english in ("Show this message", "Usage:", "Options:", "Commands:", "Arguments:",
                        "[required]", "[default:", " TEXT", " INTEGER", "[OPTIONS]"):
            assert english not in out, (args, english)
    assert "Lệnh:" in run("--help").stdout
    assert "NĂM  [bắt buộc]" in run("new-plan", "--help").stdout
    assert "[mặc định: 5; x>=0]" in " ".join(run("check-deadlines", "--help").stdout.split())


def test_usage_errors_are_vietnamese(make_repo):
    missing = run("history")
    assert missing.exit_code == 2 and "Lỗi: Thiếu tham số bắt buộc MÃ-HỒ-SƠ." in missing.stderr
    unknown = run("validate", "--bogus")
    assert unknown.exit_code == 2 and "Lỗi: Không có tùy chọn “--bogus”." in unknown.stderr
    close = run("validate", "--jsn")
    assert "Có phải ý bạn là “--json”?" in close.stderr
    number = run("new-plan", "hai-nghin")
    assert number.exit_code == 2
    assert "Giá trị ở NĂM không hợp lệ: “hai-nghin” không phải là một số" in number.stderr
    value = run("new-plan", "--author")
    assert "Tùy chọn --author cần có giá trị đi kèm." in value.stderr
    extra = run("petition", "add", "Lê", "Thị", "Hoa")
    assert extra.exit_code == 2 and "Thừa tham số" in extra.stderr
    assert "Hoa" not in extra.output  # a citizen's name is not repeated
    for result in (missing, unknown, close, number, value, extra):
        for english in ("Error:", "Usage:", "Try '", "Missing", "No such", "Invalid value",
                        "Got unexpected"):
            assert english not in result.output, english


def test_english_stays_english(monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    typo = run("valdate")
    assert typo.stderr.count("Did you mean 'validate'?") == 1
    assert "Usage: tiepxuc [OPTIONS] COMMAND [ARGS]..." in typo.stderr
    assert "Error: No such command 'valdate'." in typo.stderr
    assert "Error: Missing argument 'MÃ-HỒ-SƠ'." in run("history").stderr
    page = run("new-plan", "--help").stdout
    assert "Show this message and exit." in page and "[required]" in page
    assert "Options:" in page and "Cách dùng" not in page


@pytest.mark.parametrize(("answer", "level"), [
    ("xa", "commune"), ("xã", "commune"), ("Xã", "commune"), ("phuong", "commune"),
    ("Phường", "commune"), ("huyện", "district"), ("tinh", "province"),
])
def test_init_level_accepts_the_kind_of_unit(tmp_path, answer, level):
    result = run("init", str(tmp_path / "kho"), "--name", "Tân Tiến", "--level", answer,
                 "--no-input")
    assert result.exit_code == 0, result.output + result.stderr
    assert data(tmp_path / "kho" / "tiepxuc.yaml")["level"] == level


def test_init_level_prompt_accepts_xa_after_a_wrong_answer(tmp_path):
    answers = "\n".join(["Tân Tiến", "làng", "xa"] + [""] * 10) + "\n"
    result = run("init", str(tmp_path / "kho"), input=answers)
    assert result.exit_code == 0, result.output
    assert "ở --level không hợp lệ" in result.stderr
    assert data(tmp_path / "kho" / "tiepxuc.yaml")["level"] == "commune"


def test_new_session_takes_a_date_written_day_month_year(kho):
    answers = "\n".join([
        "31/02/2025",    # no such day: said, and asked again
        "20/3/2025",     # as offices write it
        "chuyen de", "", "", "Môi trường", "08:00",
    ]) + "\n"
    result = run("-C", str(kho), "new-session", input=answers)
    assert result.exit_code == 0, result.output
    assert "“31/02/2025”" in result.stderr and "tháng 2/2025 chỉ có 28 ngày" in result.stderr
    [path] = (kho / "sessions" / "2025").glob("*.yaml")
    assert data(path)["date"] == "2025-03-20"


@pytest.mark.parametrize("typed_date", ["01/07/2025", "1/7/2025", "01.07.2025", "2025-07-01"])
def test_init_since_option_takes_day_month_year(tmp_path, typed_date):
    result = run("init", str(tmp_path / "kho"), "--name", "Xã Tân Tiến", "--secretary", "A",
                 "--since", typed_date, "--no-input")
    assert result.exit_code == 0, result.output + result.stderr
    assert data(tmp_path / "kho" / "tiepxuc.yaml")["officials"][0]["since"] == "2025-07-01"


def test_a_month_that_cannot_be_says_day_month_year(tmp_path):
    result = run("init", str(tmp_path / "kho"), "--name", "Xã Tân Tiến", "--secretary", "A",
                 "--since", "07/13/2025", "--no-input")  # month first: not how dates are written
    assert result.exit_code == 2
    assert "tháng 13 không tồn tại" in result.stderr and "ngày/tháng/năm" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    result = run("init", str(tmp_path / "kho"), "--name", "Xã Tân Tiến", "--secretary", "A",
                 "--since", "1/7/25", "--no-input")  # a two-digit year
    assert result.exit_code == 2 and "ví dụ 12/06/2026" in result.stderr
