"""Yearly figures over a roll-up: `tiepxuc report YEAR`, `tiepxuc plan status YEAR` and the
annual report document of a district over its units, and the same commands on one unit."""

from __future__ import annotations

import json
import statistics
from datetime import date
from pathlib import Path

import pytest

from conftest import AS_OF, BASE, UNIT, run, write_tree
from docx_check import body_lines, font_slots, open_docx
from tiepxuc.report import annual_statistics, resolution_rows
from tiepxuc.repo import load
from tiepxuc.rules.engine import active_profile

YEAR_END = "2024-12-31"
A, B = "don-vi/phuong-an-binh", "don-vi/xa-binh-minh"
A_NAME, B_NAME = "Phường An Bình", "Xã Bình Minh"


def _petition(pid: str, group: int, content: str, resolved: str | None, extra: str = "") -> str:
    text = f"""\
id: {pid}
session: 2024-06-14-dinh-ky
raised_by: {{name: Ngô Văn Hòa, residential_group: Tổ dân phố số {group}}}
field: dat-dai
content: {content}
answer:
  kind: answer_later
  by: Chủ tịch UBND phường
  reason: under_investigation
  basis: Cần kiểm tra thực địa
assignment:
  lead: Công chức Địa chính - Xây dựng
"""
    if resolved:
        text += f"resolution:\n  date: {resolved}\n  result: Đã giải quyết xong\n"
    return text + extra


NOTICE = """\
id: tb-2024-06-24
session: 2024-06-14-dinh-ky
number: 38-TB/ĐU
date: 2024-06-24
items:
  - content: Giao công chức Địa chính - Xây dựng giải quyết
    petitions: [{ids}]
"""

REPEAT = """\
id: kn-2024-10-17-rac-thai-lai
session: 2024-10-17-chuyen-de
raised_by: {name: Vũ Văn Giang}
field: moi-truong
content: Rác thải vẫn tập kết sai nơi sau hội nghị tháng 6
repeats: [kn-2024-06-14-rac-thai]
answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: Sẽ bố trí thêm xe thu gom
"""

# Unit A: the base ward (June periodic, October thematic), three petitions resolved 5, 15 and
# ~60 working days after the notice, one concern raised again in October.
UNIT_A = {
    **BASE,
    "petitions/2024/kn-2024-06-14-mo-rong-duong.yaml": _petition(
        "kn-2024-06-14-mo-rong-duong", 1, "Đề nghị mở rộng đường liên thôn", "2024-07-01"),
    "petitions/2024/kn-2024-06-14-cap-so-do.yaml": _petition(
        "kn-2024-06-14-cap-so-do", 2, "Chậm cấp giấy chứng nhận quyền sử dụng đất",
        "2024-07-15"),
    "petitions/2024/kn-2024-06-14-lan-chiem.yaml": _petition(
        "kn-2024-06-14-lan-chiem", 3, "Hộ dân lấn chiếm hành lang kênh mương", "2024-09-30"),
    "petitions/2024/kn-2024-10-17-rac-thai-lai.yaml": REPEAT,
    "conclusions/2024/tb-2024-06-24.yaml": NOTICE.format(ids=", ".join([
        "kn-2024-06-14-rac-thai", "kn-2024-06-14-mo-rong-duong", "kn-2024-06-14-cap-so-do",
        "kn-2024-06-14-lan-chiem"])),
}

# Unit B: a commune with only its June session (one short of the yearly minimum, no thematic
# session), one petition resolved the next working day, one still open.
UNIT_B = {
    "tiepxuc.yaml": UNIT.replace("Phường An Bình", B_NAME).replace("PHƯỜNG AN BÌNH",
                                                                   B_NAME.upper()),
    "sessions/2024/2024-06-14-dinh-ky.yaml": BASE["sessions/2024/2024-06-14-dinh-ky.yaml"].replace(
        "plan: ke-hoach-2024\n", ""),
    "petitions/2024/kn-2024-06-14-rac-thai.yaml":
        BASE["petitions/2024/kn-2024-06-14-rac-thai.yaml"],
    "petitions/2024/kn-2024-06-14-den-duong.yaml": _petition(
        "kn-2024-06-14-den-duong", 4, "Đèn đường thôn Đông bị hỏng", "2024-06-25"),
    "petitions/2024/kn-2024-06-14-nuoc-sach.yaml": _petition(
        "kn-2024-06-14-nuoc-sach", 5, "Chưa có nước sạch ở xóm Bãi", None),
    "conclusions/2024/tb-2024-06-24.yaml": NOTICE.format(ids=", ".join([
        "kn-2024-06-14-rac-thai", "kn-2024-06-14-den-duong", "kn-2024-06-14-nuoc-sach"])),
}

DISTRICT = UNIT.replace("Phường An Bình", "Huyện Đông Anh").replace(
    "PHƯỜNG AN BÌNH", "HUYỆN ĐÔNG ANH") + f"""
units:
  - path: {A}
  - path: {B}
"""


def make_district(root: Path, own: dict | None = None) -> Path:
    """A district office (no dialogue of its own unless ``own``) over units A and B."""
    write_tree(root, {"tiepxuc.yaml": DISTRICT, **(own or {})})
    write_tree(root / A, UNIT_A)
    write_tree(root / B, UNIT_B)
    return root


@pytest.fixture
def district(tmp_path, monkeypatch):
    root = make_district(tmp_path / "huyen")
    monkeypatch.chdir(root)
    return root


def _stats(root: Path, as_of: str = YEAR_END):
    repo = load(root)
    profile, _ = active_profile(repo)
    return annual_statistics(repo, profile, 2024, date.fromisoformat(as_of))


def _json(*args: str) -> tuple[int, dict]:
    result = run(*args)
    assert result.stdout.lstrip().startswith("{"), (result.stdout, result.stderr,
                                                    result.exception)
    return result.exit_code, json.loads(result.stdout)


def _figures(stats) -> dict:
    """The figures of annual_statistics, in the keys `report --json` uses."""
    return {
        "sessions": len(stats.sessions), "participants": stats.participants,
        "petitions": len(stats.petitions), "answered": stats.answered,
        "declined": stats.declined, "forwarded": len(stats.forwarded),
        "repeated": len(stats.repeated), "notices": len(stats.notices),
        "sessions_by_kind": dict(stats.by_kind), "sessions_by_format": dict(stats.by_format),
        "resolution": {str(s): n for s, n in resolution_rows(stats)},
        "median_days": stats.median_days,
    }


# ---------------------------------------------------------------- tiepxuc report YEAR


def test_report_json_per_unit_and_total_match_the_annual_statistics(district):
    code, data = _json("report", "2024", "--json", "--as-of", YEAR_END)
    assert code == 0 and data["rollup"] is True and data["as_of"] == YEAR_END
    # the district held no dialogue of its own: no row for it
    assert [u["unit_path"] for u in data["units"]] == [A, B]
    assert [u["unit_name"] for u in data["units"]] == [A_NAME, B_NAME]
    stats = {A: _stats(district / A), B: _stats(district / B)}
    for unit in data["units"]:
        expected = _figures(stats[unit["unit_path"]])
        assert {key: unit[key] for key in expected} == expected, unit["unit_path"]
    a, b = stats[A], stats[B]
    assert len(a.durations) == 3 and len(b.durations) == 1
    total = data["total"]
    for key in ("sessions", "participants", "petitions", "answered", "declined", "forwarded",
                "repeated", "notices"):
        assert total[key] == sum(u[key] for u in data["units"]), key
    assert total["petitions"] == len(a.petitions) + len(b.petitions) == 8
    assert total["sessions_by_kind"] == {"periodic": 2, "thematic": 1}
    assert total["resolution"] == {key: a_n + b_n for (key, a_n), (_, b_n) in zip(
        _figures(a)["resolution"].items(), _figures(b)["resolution"].items())}
    # the total median is the median of every unit's resolution times, not of their medians
    pooled = statistics.median(a.durations + b.durations)
    assert total["median_days"] == pooled
    assert pooled != statistics.median([a.median_days, b.median_days])
    # percentages only from MIN_FOR_PERCENT (5) cases up: A has 5 petitions, B only 3
    assert [u["answered_percent"] for u in data["units"]] == [40, None]
    assert total["answered_percent"] == round(100 * total["answered"] / total["petitions"])
    assert "durations" not in total


def test_report_terminal_table_names_each_unit_and_the_total(district):
    result = run("report", "2024", "--as-of", YEAR_END)
    assert result.exit_code == 0, result.stdout
    text = result.stdout
    assert "SỐ LIỆU TIẾP XÚC, ĐỐI THOẠI NĂM 2024 (tính đến ngày 31/12/2024)" in text
    petitions, resolution = text.split("Kết quả giải quyết kiến nghị được giao sau hội nghị")
    for part in (petitions, resolution):
        lines = part.splitlines()
        assert any(line.strip().startswith(A_NAME) for line in lines)
        assert any(line.strip().startswith(B_NAME) for line in lines)
        assert any(line.strip().startswith("Cộng") for line in lines)
    total_line = next(line for line in petitions.splitlines() if line.strip().startswith("Cộng"))
    assert total_line.split()[1:4] == ["3", "58", "8"]  # sessions, participants, petitions
    assert "Huyện Đông Anh" not in text


def test_report_includes_the_office_above_when_it_held_dialogues(tmp_path, monkeypatch):
    root = make_district(tmp_path / "huyen", own={
        name: text for name, text in BASE.items() if name != "tiepxuc.yaml"})
    monkeypatch.chdir(root)
    _, data = _json("report", "2024", "--json", "--as-of", YEAR_END)
    assert [u["unit_path"] for u in data["units"]] == [".", A, B]
    assert data["units"][0]["unit_name"] == "Huyện Đông Anh"
    own = _stats(root)
    assert data["units"][0]["petitions"] == len(own.petitions) == 1
    assert data["total"]["petitions"] == 9
    assert data["total"]["sessions"] == 5


def test_report_unit_filter(district):
    _, data = _json("report", "2024", "--json", "--as-of", YEAR_END, "--unit", "xa binh minh")
    assert [u["unit_path"] for u in data["units"]] == [B]
    assert data["total"]["petitions"] == data["units"][0]["petitions"] == 3
    assert data["total"]["median_days"] == _stats(district / B).median_days
    text = run("report", "2024", "--as-of", YEAR_END, "--unit", B).stdout
    assert B_NAME in text and A_NAME not in text
    result = run("report", "2024", "--unit", "khong-co")
    assert result.exit_code == 2 and "Không có đơn vị “khong-co”" in result.stderr


def test_report_on_one_unit(tmp_path, monkeypatch):
    root = write_tree(tmp_path / "phuong", UNIT_A)
    monkeypatch.chdir(root)
    code, data = _json("report", "2024", "--json", "--as-of", YEAR_END)
    assert code == 0 and data["rollup"] is False
    assert [u["unit_path"] for u in data["units"]] == ["."]
    expected = _figures(_stats(root))
    assert {key: data["units"][0][key] for key in expected} == expected
    result = run("report", "2024", "--as-of", YEAR_END)
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("SỐ LIỆU TIẾP XÚC, ĐỐI THOẠI NĂM 2024 (tính đến ngày 31/12/2024) — "
                           "Phường An Bình")
    assert "Hội nghị đã tổ chức" in text and "2 (tối thiểu 2)" in text
    assert "Thời gian giải quyết trung vị" in text
    assert f"{expected['median_days']:g} ngày làm việc" in text
    assert "Cộng" not in text


# ---------------------------------------------------------------- tiepxuc plan status YEAR


def _states(data: dict) -> dict[str, tuple]:
    return {u["unit_path"]: (u["state"], [(o["kind"], o["held"], o["scheduled"], o["needed"],
                                           o["state"]) for o in u["obligations"]])
            for u in data["units"]}


def test_plan_status_states_and_exit_status(district):
    code, data = _json("plan", "status", "2024", "--json", "--as-of", "2024-07-10")
    assert code == 1 and data["rollup"] is True
    assert _states(data) == {
        ".": ("at_risk", [("yearly_minimum", 0, 0, 2, "at_risk"),
                          ("yearly_thematic", 0, 0, 1, "at_risk")]),
        A: ("scheduled", [("yearly_minimum", 1, 1, 2, "scheduled"),
                          ("yearly_thematic", 0, 1, 1, "scheduled")]),
        B: ("at_risk", [("yearly_minimum", 1, 0, 2, "at_risk"),
                        ("yearly_thematic", 0, 0, 1, "at_risk")]),
    }  # the district holds dialogues of its own too: with none recorded, it is at risk
    b = data["units"][2]
    assert b["state_text"] == "có nguy cơ không đạt"
    assert b["obligations"][0]["file"] == f"{B}/tiepxuc.yaml"
    assert b["obligations"][0]["call_by"] == "2024-12-25"  # invitations in time for 31/12
    assert b["obligations"][0]["missing"] == 1

    code, data = _json("plan", "status", "2024", "--json", "--as-of", "2024-11-01")
    assert code == 1
    assert {k: v[0] for k, v in _states(data).items()} == {".": "at_risk", A: "met",
                                                             B: "at_risk"}

    code, data = _json("plan", "status", "2024", "--json", "--as-of", AS_OF.isoformat())
    assert code == 1
    assert {k: v[0] for k, v in _states(data).items()} == {".": "missed", A: "met",
                                                             B: "missed"}
    assert run("plan", "status", "2024", "--as-of", AS_OF.isoformat(),
               "--exit-zero").exit_code == 0


def test_plan_status_terminal_and_unit_filter(district):
    result = run("plan", "status", "2024", "--as-of", "2024-11-01")
    assert result.exit_code == 1
    text = result.stdout
    assert "SỐ CUỘC TIẾP XÚC, ĐỐI THOẠI TỐI THIỂU NĂM 2024 (tính đến ngày 01/11/2024)" in text
    line_a = next(line for line in text.splitlines() if line.strip().startswith(A_NAME))
    line_b = next(line for line in text.splitlines() if line.strip().startswith(B_NAME))
    assert "đã đạt" in line_a
    assert "có nguy cơ không đạt" in line_b
    assert "còn thiếu 1 cuộc; gửi giấy mời chậm nhất ngày 25/12/2024" in line_b
    assert "3 đơn vị: 1 đã đạt, 0 đã lên lịch đủ, 2 có nguy cơ không đạt, 0 không đạt" in text
    # only the unit that is on track: exit status 0
    code, data = _json("plan", "status", "2024", "--json", "--as-of", "2024-11-01",
                       "--unit", "phuong-an-binh")
    assert code == 0 and [u["unit_path"] for u in data["units"]] == [A]
    text = run("plan", "status", "2024", "--as-of", "2025-01-15", "--unit", B).stdout
    assert "không đạt" in text and "thiếu 1 cuộc" in text and A_NAME not in text


def test_plan_status_on_one_unit_and_new_plan_still_works(tmp_path, monkeypatch):
    root = write_tree(tmp_path / "phuong", UNIT_A)
    monkeypatch.chdir(root)
    code, data = _json("plan", "status", "2024", "--json", "--as-of", "2024-07-10")
    assert code == 0 and data["rollup"] is False
    assert [(u["unit_path"], u["state"], u["plan"]) for u in data["units"]] == [
        (".", "scheduled", "ke-hoach-2024")]
    assert data["units"][0]["obligations"][0]["file"] == "plans/ke-hoach-2024.yaml"
    result = run("plan", "status", "2024", "--as-of", "2024-07-10")
    assert result.exit_code == 0 and "đã lên lịch đủ" in result.stdout
    # a year with nothing recorded yet is shown, not failed
    code, data = _json("plan", "status", "2027", "--json", "--as-of", "2024-07-10")
    assert code == 0 and data["units"][0]["state"] is None
    # the yearly plan is still drafted by the top-level command
    result = run("new-plan", "2025", "--no-commit")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert (root / "plans/ke-hoach-2025.yaml").is_file()
    assert "status" in run("plan", "--help").stdout


# ---------------------------------------------------------------- tiepxuc render report YEAR


def _document(root: Path, *args: str) -> str:
    result = run("render", "report", "2024", *args)
    assert result.exit_code == 0, result.stdout + result.stderr
    data = (root / "out" / "bao-cao-2024.docx").read_bytes()
    for fonts in font_slots(data):  # the format rules hold for the new tables too
        assert {v for k, v in fonts.items() if not k.endswith("hint")} == {"Times New Roman"}
    return "\n".join(body_lines(open_docx(data)))


def test_render_report_on_the_rollup_covers_every_unit(district):
    text = _document(district)
    _, data = _json("report", "2024", "--json")  # as of the same day as the document
    total = data["total"]
    assert "6. Kết quả tiếp xúc, đối thoại ở các đơn vị trực thuộc" in text
    assert f"Tổng hợp 2 đơn vị trực thuộc: trong năm đã tổ chức {total['sessions']} cuộc" in text
    lines = text.splitlines()
    for unit in data["units"]:
        start = f"| {unit['unit_name']} | {unit['sessions']} |"
        row = next(line for line in lines if start in line)
        assert row.split(" | ")[4] == str(unit["petitions"])
    first, second = [line for line in lines if line.startswith(" | Tổng cộng | ")]
    assert first.split(" | ")[2:5] == [str(total["sessions"]), str(total["participants"]),
                                       str(total["petitions"])]
    resolution = total["resolution"]
    assert second.split(" | ")[2:] == [
        str(resolution["done_on_time"]), str(resolution["done_late"]),
        str(resolution["within"]), str(resolution["overdue"]),
        f"{total['median_days']:g}".replace(".", ",")]
    # the district's own figures keep their sections; the document still ends as before
    assert "1. Tổ chức hội nghị" in text and "Năm 2024 chưa ban hành kế hoạch" in text
    assert "IV- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" in text


def test_render_report_unit_filter(district):
    text = _document(district, "--unit", "xa-binh-minh")
    assert f"| {B_NAME} |" in text and A_NAME not in text
    assert "Tổng hợp 1 đơn vị trực thuộc" in text
    result = run("render", "plan", "2024", "--unit", "xa-binh-minh")
    assert result.exit_code == 2 and "--unit" in result.stderr


def test_render_report_with_the_office_above_s_own_dialogues(tmp_path, monkeypatch):
    root = make_district(tmp_path / "huyen", own={
        name: text for name, text in BASE.items() if name != "tiepxuc.yaml"})
    monkeypatch.chdir(root)
    text = _document(root)
    assert "| Huyện Đông Anh (trực tiếp tổ chức) |" in text
    assert "Tổng hợp 2 đơn vị trực thuộc và các hội nghị do Đảng ủy huyện Đông Anh trực tiếp " \
           "tổ chức" in text


def test_render_report_on_one_unit_has_no_unit_section(tmp_path, monkeypatch):
    root = write_tree(tmp_path / "phuong", UNIT_A)
    monkeypatch.chdir(root)
    text = _document(root)
    assert "5. Kiến nghị chuyển cơ quan có thẩm quyền" in text
    assert "đơn vị trực thuộc" not in text and "Tổng cộng" not in text
    result = run("render", "report", "2024", "--unit", "xa-binh-minh")
    assert result.exit_code == 2 and "Không có đơn vị “xa-binh-minh”" in result.stderr
