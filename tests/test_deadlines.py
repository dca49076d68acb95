"""Obligations, due dates and statuses: the ward example and the counting rules."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from conftest import CONCLUSION, JUNE, PETITION, UNIT, run
from tiepxuc import calendar as workdays
from tiepxuc.deadlines import Kind, Status, obligations
from tiepxuc.repo import load
from tiepxuc.rules.engine import active_profile

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "phuong-dinh-ke-2024"


def statuses(root, as_of, within=5):
    repo = load(root)
    profile, _ = active_profile(repo)
    cal = repo.calendar(as_of.year)
    return {(o.kind.value, o.key): (o.status(cal, as_of, within).value, o.due, o.days(cal, as_of))
            for o in obligations(repo, profile, as_of)}


def test_ward_example_shows_every_status_at_year_end():
    found = statuses(EXAMPLE, date(2024, 12, 31))
    assert {s for s, _, _ in found.values()} == set(Status)
    # invitations and conclusion notices of both sessions were on time
    for key in ("invitation-2024-06-14-dinh-ky-q7m2", "invitation-2024-10-17-chuyen-de-w4k8",
                "conclusion-2024-06-14-dinh-ky-q7m2", "conclusion-2024-10-17-chuyen-de-w4k8"):
        assert found[(key.split("-")[0], key)][0] == "done_on_time"
    # a Thursday session needs its invitation by the previous Friday (strict reading, 3 days)
    assert found[("invitation", "invitation-2024-10-17-chuyen-de-w4k8")][1:] == (date(2024, 10, 11), 0)
    resolution = {k[1].removeprefix("resolution-"): v for k, v in found.items() if k[0] == "resolution"}
    assert resolution["kn-2024-06-14-ngap-ung-to-dan-pho-5-a2c4"][:2] == ("done_on_time", date(2024, 8, 26))
    assert resolution["kn-2024-06-14-rac-thai-sai-noi-f3k5"][0] == "done_late"
    assert resolution["kn-2024-06-14-rac-thai-sai-noi-f3k5"][2] == -31
    # extended in time by a written reply: the new timeframe counts
    assert resolution["kn-2024-06-14-duong-ngo-xuong-cap-k3q7"][:2] == ("done_on_time", date(2024, 11, 30))
    assert resolution["kn-2024-10-17-ngap-ung-to-dan-pho-5-p3w6"][:2] == ("within", date(2025, 3, 31))
    assert resolution["kn-2024-10-17-cho-tam-lan-chiem-q4x9"][:3] == ("overdue", date(2024, 12, 27), -2)
    # the citizen did not agree: reopened, and now overdue
    assert resolution["kn-2024-10-17-cay-xanh-gay-do-t7b4"][0] == "overdue"
    forward = {k[1]: v for k, v in found.items() if k[0] == "forward_reply"}
    assert forward["forward_reply-kn-2024-06-14-boi-thuong-giai-phong-mat-bang-n8t4"][0] == "overdue"
    assert forward["forward_reply-kn-2024-06-14-cap-giay-chung-nhan-dat-b5d7"][0] == "done_on_time"
    assert found[("yearly_minimum", "yearly_minimum-ke-hoach-2024-2024")][0] == "done_on_time"
    assert found[("annual_report", "annual_report-ke-hoach-2024-2024")][:2] == ("due_soon", date(2024, 12, 31))


def test_ward_example_mid_year():
    found = statuses(EXAMPLE, date(2024, 6, 21))  # 5 working days before 28/6
    assert found[("conclusion", "conclusion-2024-06-14-dinh-ky-q7m2")][0] == "due_soon"
    # the October session's invitation is far ahead; the year's minimum is on track
    assert found[("invitation", "invitation-2024-10-17-chuyen-de-w4k8")][0] == "within"
    assert found[("yearly_minimum", "yearly_minimum-ke-hoach-2024-2024")][0] == "within"


def petition_with(**fields) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in fields.items())
    return PETITION.replace("answer:\n  kind: answered\n  by: Chủ tịch UBND phường\n  content: Đã bố trí lại điểm tập kết\n",
                            "answer: {kind: answer_later, reason: insufficient_basis, basis: Cần khảo sát}\n"
                            "assignment: {lead: Công chức Địa chính - Xây dựng}\n" + extra)


def resolution_of(root, as_of):
    return statuses(root, as_of)[("resolution", "resolution-kn-2024-06-14-rac-thai")]


def test_resolution_counts_from_the_notice(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition_with()})
    # notice of 24/06/2024 + 45 working days
    assert resolution_of(root, date(2024, 8, 1))[:2] == ("within", date(2024, 8, 26))
    assert resolution_of(root, date(2024, 8, 20))[0] == "due_soon"
    assert resolution_of(root, date(2024, 8, 27))[:3] == ("overdue", date(2024, 8, 26), -1)


def test_extension_in_time_moves_the_deadline(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition_with(
        replies="[{date: 2024-08-20, new_deadline: 2024-10-31}]")})
    assert resolution_of(root, date(2024, 9, 10))[:2] == ("within", date(2024, 10, 31))


def test_extension_after_the_deadline_does_not_hide_lateness(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition_with(
        replies="[{date: 2024-09-05, new_deadline: 2024-10-31}]",
        resolution="{date: 2024-10-15, result: Đã xử lý}")})
    status, due, days = resolution_of(root, date(2024, 12, 1))
    assert (status, due) == ("done_late", date(2024, 8, 26))


def test_feedback_disagreeing_reopens(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition_with(
        resolution="{date: 2024-07-15, result: Đã xử lý}",
        feedback="[{date: 2024-07-20, agrees: false}]")})
    assert resolution_of(root, date(2024, 7, 25))[0] == "within"
    assert resolution_of(root, date(2024, 9, 1))[0] == "overdue"


def test_lenient_reading_and_calendar_days(make_repo):
    june = JUNE.replace("  date: 2024-06-07", "  date: 2024-06-11")  # Tuesday before Friday 14/6
    strict = statuses(make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": june}), date(2024, 7, 1))
    assert strict[("invitation", "invitation-2024-06-14-dinh-ky")][:2] == ("done_late", date(2024, 6, 10))
    lenient = UNIT + "overrides:\n  invitation_lead: {days: 3, unit: working_days, reading: lenient}\n"
    found = statuses(make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": june,
                                "tiepxuc.yaml": lenient}), date(2024, 7, 1))
    assert found[("invitation", "invitation-2024-06-14-dinh-ky")][:2] == ("done_on_time", date(2024, 6, 11))
    law = UNIT.replace("profile: default", "profile: law-2025-commune")
    found = statuses(make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": june, "tiepxuc.yaml": law}),
                     date(2024, 7, 1))
    # at least 7 days before Friday 14/6 (strict): by Thursday 6/6
    assert found[("invitation", "invitation-2024-06-14-dinh-ky")][:2] == ("done_late", date(2024, 6, 6))
    # results published within 10 days: 24/6
    assert found[("conclusion", "conclusion-2024-06-14-dinh-ky")][:2] == ("done_on_time", date(2024, 6, 24))


def test_yearly_minimum_call_by_date(make_repo):
    root = make_repo({"sessions/2024/2024-10-17-chuyen-de.yaml": None})
    found = statuses(root, date(2024, 11, 1))
    status, due, _ = found[("yearly_minimum", "yearly_minimum-ke-hoach-2024-2024")]
    # last working day 31/12/2024 (Tuesday); 3 whole working days before: by Wednesday 25/12
    assert (status, due) == ("within", date(2024, 12, 25))
    assert found[("yearly_thematic", "yearly_thematic-ke-hoach-2024-2024")][0] == "within"
    assert statuses(root, date(2024, 12, 27))[("yearly_minimum", "yearly_minimum-ke-hoach-2024-2024")][0] == "overdue"


def test_annual_report_done_by_a_report_record(make_repo):
    root = make_repo({"reports/bao-cao-2024.yaml": "id: bao-cao-2024\nyear: 2024\nnumber: 60-BC/ĐU\ndate: 2024-12-20\n"})
    found = statuses(root, date(2025, 1, 15))
    assert found[("annual_report", "annual_report-bao-cao-2024-2024")][0] == "done_on_time"


def test_forwarded_petition_obligations(make_repo):
    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": PETITION.replace(
        "field: moi-truong\n", "field: moi-truong\ncompetence: level_above\n"
        "forwarded: {to: UBND thành phố, date: 2024-06-20}\n")})
    found = statuses(root, date(2024, 9, 30))
    assert found[("forward", "forward-kn-2024-06-14-rac-thai")][0] == "done_on_time"
    assert found[("forward_reply", "forward_reply-kn-2024-06-14-rac-thai")][0] == "overdue"


# ---------------------------------------------------------------- the commands


def test_check_deadlines_json_and_exit_status():
    result = run("-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31", "--json")
    assert result.exit_code == 1  # something is overdue
    items = json.loads(result.stdout)
    assert {"id", "obligation", "due", "status", "days", "agency", "file"} <= set(items[0])
    assert {i["status"] for i in items} == {"within", "due_soon", "overdue", "done_on_time", "done_late"}
    assert items[0]["status"] == "overdue"  # most urgent first
    first = items[0]
    assert first["file"].startswith("petitions/2024/") and first["line"] > 1


def test_check_deadlines_plain_text_groups_by_status():
    result = run("-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31")
    text = result.stdout
    order = [text.index(h) for h in ("QUÁ HẠN (3)", "SẮP ĐẾN HẠN (1)", "TRONG HẠN (1)",
                                      "HOÀN THÀNH QUÁ HẠN (1)", "HOÀN THÀNH ĐÚNG HẠN")]
    assert order == sorted(order)
    assert "\x1b[" not in text  # not a terminal: no colours, no boxes
    assert "quá 2 ngày làm việc" in text and "gia hạn đến 31/03/2025" in text


def test_check_deadlines_exit_zero_and_nothing_overdue(make_repo):
    assert run("-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31", "--exit-zero").exit_code == 0
    result = run("-C", str(make_repo()), "check-deadlines", "--as-of", "2024-07-01")
    assert result.exit_code == 0, result.stdout


def test_check_deadlines_agency_filter_ignores_accents():
    result = run("-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31", "--json",
                 "--agency", "doi trat tu")
    items = json.loads(result.stdout)
    assert items and {i["agency"] for i in items} == {"Đội Trật tự đô thị phường"}


def test_check_deadlines_within_changes_due_soon():
    items = json.loads(run("-C", str(EXAMPLE), "check-deadlines", "--as-of", "2024-12-31", "--json",
                           "--within", "60").stdout)
    assert "within" not in {i["status"] for i in items}


def test_today_is_the_date_in_vietnam(monkeypatch):
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2024, 12, 31, 18, 30, tzinfo=timezone.utc).astimezone(tz)

    from tiepxuc import clock

    monkeypatch.setattr(clock, "datetime", Frozen)
    assert clock.today_in_vietnam() == date(2025, 1, 1)
    assert workdays.today_in_vietnam is clock.today_in_vietnam  # one clock


def test_check_deadlines_warns_about_next_years_calendar(make_repo):
    result = run("-C", str(make_repo()), "check-deadlines", "--as-of", "2026-12-10")
    assert "Lịch nghỉ lễ, Tết năm 2027 chưa được xác nhận" in result.stderr


def test_deadline_command():
    result = run("deadline", "2024-03-14", "-3")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["2024-03-11"]
    result = run("deadline", "2024-04-25", "+5", "--explain")
    lines = result.stdout.splitlines()
    assert lines[0] == "2024-05-06"
    text = result.stdout
    assert "29/04/2024 thứ Hai" in text and "2450/VPCP-KGVX" in text
    assert "30/04/2024 thứ Ba    bỏ qua: Ngày Chiến thắng" in text
    assert "04/05/2024 thứ Bảy   ngày làm việc thứ 4 (Làm bù" in text
    assert "27/04/2024 thứ Bảy   bỏ qua: Nghỉ hằng tuần" in text


def test_deadline_command_errors_and_unconfirmed_year():
    assert run("deadline", "2024-02-30", "+3").exit_code == 2
    bad = run("deadline", "2024-03-14", "ba")
    assert bad.exit_code == 2 and "+N" in bad.stderr
    later = run("deadline", "2027-03-01", "+5")
    assert later.exit_code == 0 and "2027" in later.stderr


def test_deadline_uses_the_repository_calendar(make_repo):
    root = make_repo({"calendar.yaml": "days_off:\n  - {date: 2024-03-13, name: Nghỉ bão, basis: Quyết định số 9/QĐ-UBND}\n"})
    assert run("-C", str(root), "deadline", "2024-03-14", "-3").stdout.strip() == "2024-03-08"


def test_calendar_command():
    result = run("calendar", "2026")
    assert result.exit_code == 0
    assert "02/01/2026 thứ Sáu" in result.stdout and "12729/VPCP-KGVX" in result.stdout
    assert "10/01/2026 thứ Bảy" in result.stdout and "24/11/2026" in result.stdout
    expected = run("calendar", "2027")
    assert "chưa có thông báo chính thức" in expected.stdout
    data = json.loads(run("calendar", "2024", "--json").stdout)
    assert data["confirmed"].startswith("Thông báo số 5015")
    assert {"date": "2024-05-04", "kind": "makeup"}.items() <= data["days"][10].items()


def test_new_session_prints_its_deadlines(make_repo):
    result = run("-C", str(make_repo(git=True)), "new-session", "--date", "2024-10-17", "--kind", "thematic",
                 "--no-input")
    assert "Hạn phát hành giấy mời, thông báo: thứ Sáu, 11/10/2024" in result.stdout
    assert "Hạn ban hành thông báo kết luận: thứ Năm, 31/10/2024" in result.stdout


def test_export_ics(make_repo):
    from icalendar import Calendar

    root = make_repo({"petitions/2024/kn-2024-06-14-rac-thai.yaml": petition_with()})
    result = run("-C", str(root), "export", "ics", "--as-of", "2024-07-01")
    assert result.exit_code == 0
    cal = Calendar.from_ical((root / "out" / "tiepxuc.ics").read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    session = events["session-2024-06-14-dinh-ky@tiepxuc"]
    assert session.decoded("dtstart") == datetime(2024, 6, 14, 0, 30, tzinfo=timezone.utc)
    due = events["resolution-kn-2024-06-14-rac-thai@tiepxuc"]
    assert due.decoded("dtstart") == date(2024, 8, 26)
    (alarm,) = due.walk("VALARM")
    # three working days before Monday 26/8: Wednesday 21/8, 08:00 in Vietnam
    assert alarm.decoded("trigger") == datetime(2024, 8, 21, 1, 0, tzinfo=timezone.utc)
    done = events["conclusion-2024-06-14-dinh-ky@tiepxuc"]
    assert not done.walk("VALARM") and str(done["summary"]).startswith("Đã xong")


def test_calendar_day_period_ending_on_a_day_off_moves_to_the_next_working_day():
    from tiepxuc.deadlines import due_after, due_before
    from tiepxuc.rules.profiles import Period

    cal = workdays.for_years(2024, 2025)
    ten_days = Period(days=10, unit="calendar_days")
    assert due_after(cal, date(2024, 6, 19), ten_days) == date(2024, 7, 1)  # Sat 29/6 → Mon 1/7
    assert due_after(cal, date(2024, 8, 23), ten_days) == date(2024, 9, 4)  # 2/9 → after 2-3/9
    assert due_after(cal, date(2024, 6, 14), ten_days) == date(2024, 6, 24)
    seven = Period(days=7, unit="calendar_days", reading="strict")
    # at least 7 whole days before Monday 17/6: by Sunday 9/6, shown as Friday 7/6
    assert due_before(cal, date(2024, 6, 17), seven) == (date(2024, 6, 7), date(2024, 6, 9))
