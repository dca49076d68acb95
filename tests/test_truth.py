"""Recording what really happened: a late act is recorded with its true date and reported as a
breach, never refused; seals cover what documents show; nothing incomplete is sealed; every
year is checked, with or without records; the annual report is a document like the others."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from conftest import BASE, OCTOBER, git, run, write_tree
from tiepxuc.records import yamlio

INIT = ["--name", "Phường An Bình", "--secretary", "Nguyễn Văn An",
        "--council-chair", "Trần Thị Bình", "--committee-chair", "Phạm Văn Dũng",
        "--since", "2021-06-25", "--no-input"]


class Clock:
    """“Today” for the commands, and the date git stamps on their commits: the office lives
    through the year in the test, and never types a past date."""

    def __init__(self, monkeypatch) -> None:
        from tiepxuc import calendar, clock

        self.monkeypatch = monkeypatch
        self.day = date(2026, 1, 5)
        for module in (clock, calendar):
            monkeypatch.setattr(module, "today_in_vietnam", lambda: self.day)

    def set(self, day: str) -> None:
        self.day = date.fromisoformat(day)
        stamp = f"{day}T09:30:00+07:00"
        self.monkeypatch.setenv("GIT_AUTHOR_DATE", stamp)
        self.monkeypatch.setenv("GIT_COMMITTER_DATE", stamp)


def data(path: Path):
    return yamlio.parse(path.read_text(encoding="utf-8")).data


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def ok(*args, input=None):
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


# ---------------------------------------------------------------- a late office, through a year


@pytest.fixture
def late_office(tmp_path, monkeypatch):
    """A ward that does everything, and much of it late, recorded on the day it happens."""
    clock = Clock(monkeypatch)
    clock.set("2026-01-05")
    root = tmp_path / "an-binh"
    ok("init", str(root), *INIT, "--pre-commit")
    monkeypatch.chdir(root)
    ok("new-plan", "2026")
    plan = root / "plans" / "ke-hoach-2026.yaml"
    # The draft's placeholder must be written before the plan can be issued.
    clock.set("2026-04-20")
    refused = run("issue", "ke-hoach-2026")
    assert refused.exit_code == 2 and "ke-hoach-2026.yaml:" in refused.stderr
    assert "chữ mẫu" in refused.stderr and "sessions.1.topic" in refused.stderr
    edit(plan, "Chuyên đề: [cần ghi chủ đề, ví dụ trật tự đô thị, đất đai]",
         "Chuyên đề: trật tự đô thị")
    git(root, "commit", "-qam", "ghi chủ đề chuyên đề")
    late_plan = ok("issue", "ke-hoach-2026")  # due 31/03: issued late, and said so
    assert "hoàn thành quá hạn" in late_plan.stdout and "31/03/2026" in late_plan.stdout

    clock.set("2026-05-20")
    ok("new-session", "--date", "2026-06-12", "--kind", "periodic", "--topic",
       "Những vấn đề Nhân dân quan tâm", "--place", "Hội trường UBND phường",
       "--secretary", "Đỗ Thị Hoa", "--plan", "ke-hoach-2026", "--no-input")
    session = next((root / "sessions" / "2026").glob("2026-06-12-*.yaml"))
    sid = session.stem
    clock.set("2026-06-10")  # two days before: the invitation goes out late
    invited = ok("invite", sid)
    assert "hoàn thành quá hạn" in invited.stdout
    clock.set("2026-06-12")
    ok("petition", "add", "--session", sid, "--name", "Lê Thị Mai", "--group", "Tổ dân phố số 3",
       "--field", "giao-thong", "--content", "Đường ngõ 12 xuống cấp, đề nghị sửa chữa",
       "--no-input")
    pid = next((root / "petitions" / "2026").glob("kn-2026-06-12-*.yaml")).stem
    ok("petition", "answer", pid, "--kind", "answer_later", "--by", "Phạm Văn Dũng",
       "--reason", "insufficient_basis", "--basis", "Cần khảo sát hiện trạng",
       "--lead", "Phòng Kinh tế", "--no-input")
    edit(session, "attendance: []", "attendance:\n  - {organisation: Nhân dân tổ dân phố số 3, "
                                    "invited: 50, present: 47}")
    edit(session, "# end: \"11:30\"", "end: \"11:30\"")
    with session.open("a", encoding="utf-8") as handle:
        handle.write("conclusion: Giao Phòng Kinh tế khảo sát, sửa chữa.\n")
    git(root, "commit", "-qam", "ghi diễn biến hội nghị")
    clock.set("2026-06-15")
    ok("issue", sid)  # the minutes
    clock.set("2026-07-20")  # the notice was due on 26/06
    ok("conclude", sid)
    notice = next((root / "conclusions" / "2026").glob("tb-*.yaml")).stem
    issued = ok("issue", notice)
    clock.set("2026-10-30")  # resolution due 45 working days after 20/07: late
    resolved = ok("petition", "resolve", pid, "--result", "Đã sửa chữa đường ngõ 12",
                  "--no-input")
    clock.set("2026-12-31")
    return {"root": root, "session": sid, "petition": pid, "notice": notice, "clock": clock,
            "outputs": {"invite": invited.stdout, "notice": issued.stdout,
                        "resolve": resolved.stdout}}


def test_a_late_office_records_every_act_with_its_true_date(late_office):
    root, out = late_office["root"], late_office["outputs"]
    # Each late act was recorded, and the command said it was late and by how much.
    assert "ban hành thông báo kết luận" in out["notice"].lower()
    assert "quá hạn" in out["notice"] and "26/06/2026" in out["notice"]
    assert "quá hạn" in out["resolve"] and "ngày làm việc" in out["resolve"]
    notice = next((root / "conclusions" / "2026").glob("tb-*.yaml"))
    assert data(notice)["date"] == "2026-07-20"  # the day it was really issued
    session = next((root / "sessions" / "2026").glob("2026-06-12-*.yaml"))
    assert data(session)["invitation"]["date"] == "2026-06-10"
    # No past date was typed anywhere: every act carries the day its commit was made.
    log = git(root, "log", "--format=%ad %s", "--date=short").splitlines()
    assert any(line.startswith("2026-07-20") and "issue" in line for line in log)


def test_check_deadlines_shows_late_acts_as_done_late(late_office):
    result = run("check-deadlines", "--json", "--as-of", "2026-12-31", "--exit-zero")
    rows = json.loads(result.stdout)
    status = {row["obligation"]: row["status"] for row in rows
              if row["obligation"] in ("invitation", "conclusion", "resolution", "plan")}
    assert status == {"invitation": "done_late", "conclusion": "done_late",
                      "resolution": "done_late", "plan": "done_late"}


def test_the_report_counts_the_late_resolution(late_office):
    result = run("report", "2026", "--json", "--as-of", "2026-12-31")
    figures = json.loads(result.stdout)["units"][0]
    assert figures["resolution"]["done_late"] == 1 and figures["resolution"]["done_on_time"] == 0


def test_validate_reports_breaches_without_failing_and_the_hook_lets_the_office_commit(
        late_office):
    root = late_office["root"]
    result = run("validate", "--as-of", "2026-12-31")
    assert result.exit_code == 0, result.output
    breaches = [line for line in result.stdout.splitlines() if " vi phạm " in line]
    rules = {line.split(" vi phạm ")[1].split(":")[0] for line in breaches}
    assert {"INVITATION-LEAD", "CONCLUSION-DUE", "RESOLUTION-DUE", "PLAN-MISSING"} <= rules
    assert all(":" in line.split(" ")[0] for line in breaches)  # file:line:col
    assert "vi phạm đã xảy ra" in result.stderr
    # the office goes on: the next petition is committed, and a hand-made commit passes the hook
    ok("petition", "add", "--session", late_office["session"], "--name", "Ngô Văn Hòa",
       "--field", "moi-truong", "--content", "Rác thải tồn đọng cuối ngõ 5", "--no-input")
    note = root / "ghi-chu.md"
    note.write_text("Ghi chú của văn phòng\n", encoding="utf-8")
    git(root, "add", "ghi-chu.md")
    git(root, "commit", "-qm", "ghi chú")  # the pre-commit hook runs `tiepxuc validate`
    assert git(root, "log", "-1", "--format=%s") == "ghi chú"


def test_audit_finds_no_back_dating_in_an_office_that_recorded_the_truth(late_office):
    result = run("audit", "--as-of", "2026-12-31")
    assert "AUDIT-BACKDATED" not in result.stdout, result.stdout


def test_an_act_entered_long_after_its_date_is_reported_even_when_recorded_as_late(
        late_office, monkeypatch):
    root, clock = late_office["root"], late_office["clock"]
    clock.set("2026-05-21")
    ok("new-session", "--date", "2026-10-16", "--kind", "thematic", "--topic", "Trật tự đô thị",
       "--place", "Nhà văn hóa tổ 5", "--secretary", "Đỗ Thị Hoa", "--no-input")
    sid = next((root / "sessions" / "2026").glob("2026-10-16-*.yaml")).stem
    clock.set("2026-12-04")  # the invitation typed in seven weeks later, with its old date
    ok("invite", sid, "--date", "2026-10-14")
    result = run("audit", "--as-of", "2026-12-31")
    lines = [l for l in result.stdout.splitlines() if "AUDIT-BACKDATED" in l and sid in l]
    assert len(lines) == 1 and "cảnh báo" in lines[0] and "14/10/2026" in lines[0]
    assert "04/12/2026" in lines[0]


# ---------------------------------------------------------------- dates typed by hand


def test_a_date_in_the_future_is_refused(late_office):
    pid = late_office["petition"]
    result = run("petition", "reply", pid, "--date", "2027-01-04", "--document", "Văn bản số 9",
                 "--no-input")
    assert result.exit_code == 2 and "tương lai" in result.stderr and "31/12/2026" in result.stderr
    assert "Traceback" not in result.output


def test_a_date_on_a_day_off_is_questioned(late_office):
    pid, root = late_office["petition"], late_office["root"]
    before = git(root, "rev-parse", "HEAD")
    # 2026-12-26 is a Saturday: asked, and “no” writes nothing.
    result = run("petition", "reply", pid, "--date", "2026-12-26", "--document", "Văn bản số 9",
                 "--content", "Trả lời", input="n\n")
    assert result.exit_code == 2 and "thứ Bảy" in result.output
    assert git(root, "rev-parse", "HEAD") == before
    # Without questions (a script), it is recorded as given, and said.
    result = run("petition", "reply", pid, "--date", "2026-12-26", "--document", "Văn bản số 9",
                 "--no-input")
    assert result.exit_code == 0 and "thứ Bảy" in result.stderr and "ngày nghỉ" not in ""
    assert git(root, "rev-parse", "HEAD") != before


# ---------------------------------------------------------------- what a change is blamed for


def test_a_change_is_refused_only_for_the_errors_it_brings(make_repo):
    from test_lifecycle import UNANSWERED, WAITING, answer_later

    broken = BASE["petitions/2024/kn-2024-06-14-rac-thai.yaml"].replace(
        "field: moi-truong", "field: moi-truong-xa")
    root = make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED,
                      "petitions/2024/kn-2024-06-14-rac-thai.yaml": broken}, git=True)
    assert answer_later(root).exit_code == 0  # the error elsewhere is not this change's
    # a reply dated before the session it answers: that error is the change's own
    refused = run("-C", str(root), "petition", "reply", WAITING, "--date", "2024-06-03",
                  "--document", "Văn bản số 3", "--no-input")
    assert refused.exit_code == 2
    assert "lỗi mới" in refused.stderr and "DATE-ORDER" in refused.stderr
    assert "moi-truong-xa" not in refused.stderr  # not blamed on this change


# ---------------------------------------------------------------- seals cover what is shown


@pytest.fixture
def sealed(make_repo, monkeypatch):
    """The October session with two petitions, its minutes and its notice issued."""
    from test_audit import assigned

    root = make_repo({
        "petitions/2024/kn-2024-10-17-a.yaml": assigned(
            "kn-2024-10-17-a", "2024-10-17-chuyen-de", "Công chức Địa chính - Xây dựng",
            "Cống thoát nước bị tắc"),
        "petitions/2024/kn-2024-10-17-b.yaml": assigned(
            "kn-2024-10-17-b", "2024-10-17-chuyen-de", "Công an phường", "Lấn chiếm vỉa hè"),
    }, git=True)
    monkeypatch.chdir(root)
    ok("issue", "2024-10-17-chuyen-de", "--date", "2024-10-18")
    ok("conclude", "2024-10-17-chuyen-de")
    notice = next((root / "conclusions" / "2024").glob("tb-2024-10-17-*.yaml"))
    ok("issue", notice.stem, "--date", "2024-10-25")
    return root, notice


def test_seals_cover_the_petitions_a_document_shows(sealed):
    root, notice = sealed
    assert run("validate", "--as-of", "2025-01-15").exit_code == 0
    minutes = data(root / "sessions" / "2024" / "2024-10-17-chuyen-de.yaml")
    assert set(minutes["sealed"]["records"]) == {"kn-2024-10-17-a", "kn-2024-10-17-b"}
    shown = data(notice)["sealed"]
    assert set(shown["records"]) == {"kn-2024-10-17-a", "kn-2024-10-17-b", "2024-10-17-chuyen-de"}
    assert shown["deadline"] == "2024-12-27"  # 45 working days after 25/10/2024
    # Someone edits what a petition says: both sealed documents are reported.
    petition = root / "petitions" / "2024" / "kn-2024-10-17-a.yaml"
    edit(petition, "content: Cống thoát nước bị tắc", "content: Cống thoát nước bị tắc, bốc mùi")
    git(root, "commit", "-qam", "sửa nội dung kiến nghị")
    result = run("validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if "SEAL-BROKEN" in l]
    assert len(lines) == 2, result.stdout
    assert all(l.startswith("petitions/2024/kn-2024-10-17-a.yaml:5:") for l in lines)
    assert any("Biên bản hội nghị ngày 17/10/2024" in l and
               "sessions/2024/2024-10-17-chuyen-de.yaml:" in l for l in lines)
    assert any(f"conclusions/2024/{notice.name}:" in l and "Thông báo kết luận" in l
               for l in lines)
    audit = run("audit", "--as-of", "2025-01-15")
    found = [l for l in audit.stdout.splitlines() if "AUDIT-SEAL-CHANGED" in l]
    assert len(found) == 2 and all("kn-2024-10-17-a.yaml" in l for l in found)
    assert all("Cán bộ Văn phòng" in l for l in found)
    # …and a lifecycle command cannot change what a sealed document shows.
    git(root, "revert", "--no-edit", "HEAD")
    refused = run("petition", "answer", "kn-2024-10-17-b", "--kind", "answered", "--by", "A",
                  "--content", "Đã xử lý", "--no-input")
    assert refused.exit_code == 2 and "SEAL-BROKEN" in refused.stderr


def test_a_petition_added_after_the_minutes_is_pointed_out(sealed):
    root, _ = sealed
    result = run("petition", "add", "--session", "2024-10-17-chuyen-de", "--name", "Hà Văn Lâm",
                 "--field", "moi-truong", "--content", "Ao tù gây ô nhiễm", "--before",
                 "--no-input")
    assert result.exit_code == 0, result.output  # a warning, not a refusal
    problems = run("validate", "--as-of", "2025-01-15").stdout
    assert "cảnh báo SEAL-BROKEN" in problems and "sau khi Biên bản" in problems


# ---------------------------------------------------------------- nothing incomplete is sealed


def test_issue_refuses_the_minutes_of_a_session_not_yet_held(make_repo, monkeypatch):
    future = OCTOBER.replace("2024-10-17", "2099-10-15").replace("id: 2099-10-15-chuyen-de",
                                                                 "id: 2099-10-15-chuyen-de")
    root = make_repo({"sessions/2099/2099-10-15-chuyen-de.yaml": future}, git=True)
    result = run("-C", str(root), "issue", "2099-10-15-chuyen-de")
    assert result.exit_code == 2
    assert "sessions/2099/2099-10-15-chuyen-de.yaml:3: hội nghị ngày 15/10/2099 chưa diễn ra" \
        in result.stderr
    assert "seal" not in data(root / "sessions" / "2099" / "2099-10-15-chuyen-de.yaml")


def test_issue_refuses_blank_minutes_naming_each_blank(make_repo):
    from test_lifecycle import UNANSWERED, WAITING

    blank = OCTOBER.split("secretary:")[0].replace('end: "11:30"\n', "")
    root = make_repo({"sessions/2024/2024-10-17-chuyen-de.yaml": blank,
                      f"petitions/2024/{WAITING}.yaml": UNANSWERED.replace(
                          "session: 2024-06-14-dinh-ky", "session: 2024-10-17-chuyen-de")},
                     git=True)
    result = run("-C", str(root), "issue", "2024-10-17-chuyen-de")
    assert result.exit_code == 2
    text = result.stderr
    for needle in ("thư ký", "thành phần tham dự", "giờ kết thúc", "kết luận của người chủ trì",
                   f"kiến nghị {WAITING} chưa ghi trả lời"):
        assert needle in text, needle
    assert f"petitions/2024/{WAITING}.yaml:" in text
    assert "còn 5 chỗ" in text


def test_issue_refuses_a_plan_with_placeholder_text(make_repo):
    from conftest import PLAN

    plan = PLAN.replace("number: 25-KH/ĐU\ndate: 2024-01-15\n", "").replace(
        "  - {kind: thematic, month: 10}",
        "  - {kind: thematic, month: 10, topic: \"Chuyên đề: [cần ghi chủ đề]\"}") + \
        "signer: {name: Nguyễn Văn An, position: BÍ THƯ}\n"
    root = make_repo({"plans/ke-hoach-2024.yaml": plan}, git=True)
    result = run("-C", str(root), "issue", "ke-hoach-2024", "--date", "2024-01-15")
    assert result.exit_code == 2
    assert "plans/ke-hoach-2024.yaml:" in result.stderr and "sessions.1.topic" in result.stderr


def test_issue_wants_the_full_id_or_asks(sealed):
    root, _ = sealed
    ok("new-report", "2024")
    report = root / "reports" / "bao-cao-2024.yaml"
    for blank, text in (("[cần bổ sung: ưu điểm trong tổ chức tiếp xúc, đối thoại và giải quyết "
                         "kiến nghị năm nay]", "Các hội nghị được tổ chức đúng kế hoạch."),
                        ("[cần bổ sung: hạn chế và nguyên nhân]",
                         "Một số kiến nghị giải quyết chậm do phải khảo sát.")):
        edit(report, blank, text)
    git(root, "commit", "-qam", "viết phần đánh giá")
    refused = run("issue", "bao-cao", "--date", "2024-12-20", "--no-input")
    assert refused.exit_code == 2 and "bao-cao-2024" in refused.stderr
    declined = run("issue", "bao-cao", "--date", "2024-12-20", input="n\n")
    assert declined.exit_code == 2 and "seal" not in data(report)
    ok("issue", "bao-cao", "--date", "2024-12-20", input="y\n")
    assert data(report)["seal"].startswith("sha256:")


# ---------------------------------------------------------------- the annual report as a record


def test_the_annual_report_is_drafted_issued_and_keeps_its_figures(sealed):
    root, _ = sealed
    ok("new-report", "2024")
    report = root / "reports" / "bao-cao-2024.yaml"
    blank = run("issue", "bao-cao-2024", "--date", "2024-12-20")
    assert blank.exit_code == 2 and "reports/bao-cao-2024.yaml:" in blank.stderr
    assert "chữ mẫu" in blank.stderr
    edit(report, "[cần bổ sung: ưu điểm trong tổ chức tiếp xúc, đối thoại và giải quyết kiến "
                 "nghị năm nay]", "Các hội nghị được tổ chức đúng kế hoạch.")
    edit(report, "[cần bổ sung: hạn chế và nguyên nhân]", "Một số kiến nghị giải quyết chậm.")
    git(root, "commit", "-qam", "viết phần đánh giá")
    ok("issue", "bao-cao-2024", "--date", "2024-12-20")
    record = data(report)
    assert record["number"] == "01-BC/ĐU" and record["date"] == "2024-12-20"
    assert record["figures"]["petitions"] == "3" and record["figures"]["sessions"][0]["id"]
    before = run("render", "report", "2024", "-o", str(root.parent / "truoc.docx"))
    assert before.exit_code == 0
    # A petition of 2024 is added later: the issued report does not change.
    ok("petition", "add", "--session", "2024-06-14-dinh-ky", "--name", "Vũ Thị Thu",
       "--field", "dat-dai", "--content", "Cấp giấy chứng nhận chậm", "--before", "--no-input")
    after = run("render", "report", "2024", "-o", str(root.parent / "sau.docx"))
    assert after.exit_code == 0
    from docx_check import body_lines, open_docx

    assert body_lines(open_docx((root.parent / "truoc.docx").read_bytes())) == \
        body_lines(open_docx((root.parent / "sau.docx").read_bytes()))
    assert "Tổng số 3 lượt ý kiến" in "\n".join(
        body_lines(open_docx((root.parent / "sau.docx").read_bytes())))
    # and the obligation to report is done
    rows = json.loads(run("check-deadlines", "--json", "--as-of", "2025-01-15",
                          "--exit-zero").stdout)
    assert [r["status"] for r in rows if r["obligation"] == "annual_report" and "2024" in
            r["title"]] == ["done_on_time"]


# ---------------------------------------------------------------- the whole year is checked


def test_a_unit_with_no_plan_and_no_session_misses_its_yearly_minimum(tmp_path, monkeypatch):
    clock = Clock(monkeypatch)
    clock.set("2026-03-02")
    root = tmp_path / "im-lang"
    ok("init", str(root), *INIT)
    monkeypatch.chdir(root)
    rows = json.loads(run("check-deadlines", "--json", "--as-of", "2026-12-31").stdout)
    status = {r["obligation"]: r["status"] for r in rows}
    assert status["yearly_minimum"] == "overdue" and status["yearly_thematic"] == "overdue"
    assert status["plan"] == "overdue"
    text = run("check-deadlines", "--as-of", "2026-12-31")
    assert text.exit_code == 1 and "Không có nghĩa vụ nào" not in text.stdout
    plan = run("plan", "status", "2026", "--as-of", "2026-12-31")
    assert plan.exit_code == 1 and "không đạt" in plan.stdout
    midyear = run("plan", "status", "2026", "--as-of", "2026-06-01")
    assert midyear.exit_code == 1 and "có nguy cơ không đạt" in midyear.stdout
    result = run("validate", "--as-of", "2027-01-04")
    assert result.exit_code == 0
    assert "vi phạm YEAR-MIN-SESSIONS" in result.stdout and "tiepxuc.yaml:" in result.stdout


# ---------------------------------------------------------------- impossible dates and numbers


def test_minutes_dated_before_their_session_are_refused(sealed):
    root, _ = sealed
    ok("new-session", "--date", "2024-11-20", "--kind", "ad_hoc", "--topic", "Ngập úng",
       "--place", "Nhà văn hóa tổ 2", "--secretary", "Đỗ Thị Hoa", "--no-input")
    session = next((root / "sessions" / "2024").glob("2024-11-20-*.yaml"))
    edit(session, "attendance: []", "attendance:\n  - {organisation: Nhân dân tổ 2, present: 30}")
    edit(session, "# end: \"11:30\"", "end: \"11:30\"")
    with session.open("a", encoding="utf-8") as handle:
        handle.write("conclusion: Giao công chức Địa chính - Xây dựng xử lý.\n")
    git(root, "commit", "-qam", "diễn biến")
    result = run("issue", session.stem, "--date", "2024-11-19")
    assert result.exit_code == 2 and "DATE-ORDER" in result.stderr
    assert "trước ngày hội nghị 20/11/2024" in result.stderr


def test_a_report_dated_before_its_year_is_refused(sealed):
    root, _ = sealed
    ok("new-report", "2024")
    report = root / "reports" / "bao-cao-2024.yaml"
    text = report.read_text(encoding="utf-8")
    text = text.replace("[cần bổ sung: ưu điểm trong tổ chức tiếp xúc, đối thoại và giải quyết "
                        "kiến nghị năm nay]", "Tổ chức đúng kế hoạch.").replace(
        "[cần bổ sung: hạn chế và nguyên nhân]", "Giải quyết còn chậm.")
    report.write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "đánh giá")
    result = run("issue", "bao-cao-2024", "--date", "2023-12-01")
    assert result.exit_code == 2 and "trước khi năm 2024 bắt đầu" in result.stderr


def test_a_number_already_used_is_refused(sealed):
    root, notice = sealed
    used = data(notice)["number"]
    ok("new-plan", "2025")
    plan = root / "plans" / "ke-hoach-2025.yaml"
    edit(plan, "Chuyên đề: [cần ghi chủ đề, ví dụ trật tự đô thị, đất đai]", "Chuyên đề: đất đai")
    git(root, "commit", "-qam", "chủ đề")
    result = run("issue", "ke-hoach-2025", "--date", "2024-12-20", "--number", "25-KH/ĐU")
    assert result.exit_code == 2 and "NUMBER-DUPLICATE" in result.stderr
    assert "ke-hoach-2024" in result.stderr
    assert used  # (the notice's own number came from the same series)


def test_an_act_typed_into_a_record_with_a_future_date_is_an_error(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": BASE[
        "petitions/2024/kn-2024-06-14-rac-thai.yaml"] + "replies:\n  - {date: 2099-03-02}\n"})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1 and "DATE-FUTURE" in result.stdout and "02/03/2099" in \
        result.stdout


def test_an_invitation_recorded_after_the_session_asks_for_its_real_date(late_office):
    root, clock = late_office["root"], late_office["clock"]
    clock.set("2026-05-21")
    ok("new-session", "--date", "2026-10-16", "--kind", "thematic", "--topic", "Trật tự đô thị",
       "--place", "Nhà văn hóa tổ 5", "--secretary", "Đỗ Thị Hoa", "--no-input")
    sid = next((root / "sessions" / "2026").glob("2026-10-16-*.yaml")).stem
    clock.set("2026-10-20")
    result = run("invite", sid)
    assert result.exit_code == 2 and "--date" in result.stderr and "16/10/2026" in result.stderr


def test_the_years_before_the_office_began_are_not_counted_against_it(tmp_path, monkeypatch):
    clock = Clock(monkeypatch)
    clock.set("2026-12-03")
    root = tmp_path / "moi"
    ok("init", str(root), *INIT)
    monkeypatch.chdir(root)
    rows = json.loads(run("check-deadlines", "--json", "--as-of", "2025-12-31").stdout)
    assert [r for r in rows if r["obligation"] == "yearly_minimum"] == []
    plan = run("plan", "status", "2024", "--as-of", "2024-12-31")
    assert plan.exit_code == 0


def test_the_report_command_says_when_an_issued_report_keeps_other_figures(sealed):
    root, _ = sealed
    ok("new-report", "2024")
    report = root / "reports" / "bao-cao-2024.yaml"
    text = report.read_text(encoding="utf-8").replace(
        "[cần bổ sung: ưu điểm trong tổ chức tiếp xúc, đối thoại và giải quyết kiến nghị năm "
        "nay]", "Tổ chức đúng kế hoạch.").replace("[cần bổ sung: hạn chế và nguyên nhân]", "Chậm.")
    report.write_text(text, encoding="utf-8")
    git(root, "commit", "-qam", "đánh giá")
    ok("issue", "bao-cao-2024", "--date", "2024-12-20")
    result = run("report", "2024", "--as-of", "2024-12-31")
    assert "đã ban hành báo cáo năm số 01-BC/ĐU ngày 20/12/2024" in result.stderr
