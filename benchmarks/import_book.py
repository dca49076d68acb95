"""Measure `tiepxuc import petitions` on a big Excel book (wall time of the whole command).

    python benchmarks/import_book.py [--rows 10000] [--sessions 20] [--seed 7] [--keep DIR]

Makes an .xlsx book of ``--rows`` petitions the way a ward office keeps one (a merged title
row, Vietnamese headers, the ward example's field names — some typed without accents — and
agencies, dates as real date cells or dd/mm/yyyy text over ``--sessions`` session days, phones
as text or as numbers that lost their leading zero, some rows answered at the session or
deferred with a reason), then imports it into a copy of the ward example made a git repository:
first with --dry-run, then for real (one commit), then again (nothing new). Nothing in the
project is changed; with --keep the repository and the book stay in DIR.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
ENV = {**os.environ, "GIT_AUTHOR_NAME": "Cán bộ Văn phòng", "GIT_AUTHOR_EMAIL": "vp@example.vn",
       "GIT_COMMITTER_NAME": "Cán bộ Văn phòng", "GIT_COMMITTER_EMAIL": "vp@example.vn",
       "TIEPXUC_LANG": "vi"}
TIEPXUC = [sys.executable, "-m", "tiepxuc"]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trịnh", "Phan", "Thân", "Giáp"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thu", "Ngọc", "Xuân", "Hữu", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh",
         "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quý", "Sơn", "Tâm", "Thảo", "Tuấn", "Yến"]
# The ward example's fields (tiepxuc.yaml) as offices write them: the full name, a short one,
# or typed without accents; and what citizens raise about each.
FIELDS = {
    "Quản lý đô thị, trật tự đô thị": (
        ["Quản lý đô thị", "quan ly do thi"],
        ["Hàng quán lấn chiếm vỉa hè đường {street}", "Đề nghị xử lý biển quảng cáo sai phép "
         "trên đường {street}", "Xe ô tô đỗ tràn lan trên vỉa hè ngõ {n}"]),
    "Trật tự xây dựng": (
        ["Trật tự xây dựng", "trat tu xay dung"],
        ["Công trình xây dựng không phép tại ngõ {n} đường {street}", "Hộ dân xây nhà lấn ra "
         "lối đi chung ngõ {n}"]),
    "Đất đai, giải phóng mặt bằng, tái định cư": (
        ["Đất đai", "dat dai"],
        ["Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho các hộ ngõ {n}",
         "Chậm chi trả tiền bồi thường giải phóng mặt bằng dự án đường {street}",
         "Tranh chấp ranh giới đất giữa các hộ tại ngõ {n}"]),
    "Quy hoạch": (
        ["Quy hoạch", "quy hoach"],
        ["Đề nghị công khai quy hoạch khu dân cư mới phía {side} phường",
         "Quy hoạch treo nhiều năm tại khu vực đường {street}"]),
    "Tài nguyên, môi trường": (
        ["Môi trường", "moi truong", "Tài nguyên, môi trường"],
        ["Rác thải tập kết sai nơi quy định tại ngõ {n}", "Cống thoát nước đường {street} bị tắc, "
         "bốc mùi", "Cơ sở sản xuất gây ô nhiễm tiếng ồn, khói bụi ở ngõ {n}"]),
    "Giao thông, hạ tầng": (
        ["Giao thông", "giao thong", "Giao thông, hạ tầng"],
        ["Đường bê tông ngõ {n} xuống cấp, đề nghị sửa chữa", "Đề nghị lắp đèn chiếu sáng ngõ {n} "
         "đường {street}", "Ngập úng đường {street} mỗi khi mưa lớn"]),
    "Chính sách xã hội": (
        ["Chính sách xã hội", "chinh sach xa hoi"],
        ["Đề nghị xem xét hỗ trợ hộ cận nghèo sửa nhà tại ngõ {n}", "Chậm chi trả trợ cấp "
         "người cao tuổi tổ dân phố số {group}"]),
    "Y tế, giáo dục": (
        ["Y tế, giáo dục", "y te", "Giáo dục"],
        ["Trạm y tế phường cần thêm bác sĩ khám buổi tối", "Trường tiểu học thiếu phòng học, "
         "đề nghị xây thêm"]),
    "An ninh, trật tự": (
        ["An ninh trật tự", "an ninh trat tu"],
        ["Đề nghị lắp camera an ninh đầu ngõ {n}", "Tụ tập thanh thiếu niên gây mất trật tự "
         "ban đêm trên đường {street}"]),
    "Thủ tục hành chính, tác phong cán bộ": (
        ["Thủ tục hành chính", "thu tuc hanh chinh"],
        ["Thủ tục chứng thực tại bộ phận một cửa còn chậm", "Đề nghị niêm yết công khai thủ tục "
         "đăng ký hộ tịch"]),
    "Lĩnh vực khác": (["Lĩnh vực khác", "Khác"], ["Đề nghị tổ chức giải thể thao cho thanh niên"
                                                 " tổ dân phố số {group}"]),
}
STREETS = ["Lê Lợi", "Trần Phú", "Nguyễn Văn Cừ", "Hoàng Văn Thụ", "Xương Giang", "Giáp Hải",
           "Thân Nhân Trung", "Dĩnh Kế"]
AGENCIES = ["Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội", "Công an phường",
            "Đội Trật tự đô thị phường", "Công chức Tư pháp - Hộ tịch", "Ủy ban nhân dân phường"]
HEADER = ["STT", "Họ và tên", "Tổ dân phố", "Số điện thoại", "Ngày tiếp xúc", "Lĩnh vực",
          "Nội dung kiến nghị", "Hình thức trả lời", "Người trả lời", "Nội dung trả lời",
          "Lý do trả lời sau", "Căn cứ", "Cơ quan chủ trì"]


def session_days(count: int) -> list[date]:
    """``count`` session days over 2024 (the example's 14/06 and 17/10 among them)."""
    days = {date(2024, 6, 14), date(2024, 10, 17)}
    day = date(2024, 1, 12)
    while len(days) < count:
        days.add(day)
        day += timedelta(days=17)
    return sorted(days)[:count]


def make_book(path: Path, rows: int, sessions: int, seed: int) -> None:
    import xlsxwriter

    rnd = random.Random(seed)
    days = session_days(sessions)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("Kien nghi")
    bold = book.add_format({"bold": True, "align": "center"})
    when = book.add_format({"num_format": "dd/mm/yyyy"})
    ws.merge_range(0, 0, 0, len(HEADER) - 1, "TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỬ TRI NĂM 2024", bold)
    ws.write_row(1, 0, HEADER, bold)
    for i in range(rows):
        r = i + 2
        field, (spellings, topics) = rnd.choice(list(FIELDS.items()))
        group = rnd.randint(1, 15)
        content = rnd.choice(topics).format(n=rnd.randint(1, 120), street=rnd.choice(STREETS),
                                            side=rnd.choice(["bắc", "nam", "đông", "tây"]),
                                            group=group)
        ws.write_number(r, 0, i + 1)
        ws.write_string(r, 1, f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}")
        ws.write_string(r, 2, f"Tổ dân phố số {group}")
        phone = f"09{rnd.randint(0, 99_999_999):08d}"
        if rnd.random() < 0.3:
            ws.write_number(r, 3, int(phone))  # Excel dropped the leading zero
        elif rnd.random() < 0.8:
            ws.write_string(r, 3, phone)
        day = days[i * len(days) // rows]
        if rnd.random() < 0.5:
            ws.write_datetime(r, 4, day, when)
        else:
            ws.write_string(r, 4, day.strftime("%d/%m/%Y"))
        ws.write_string(r, 5, rnd.choice([field, *spellings]))
        ws.write_string(r, 6, content)
        answer = rnd.random()
        if answer < 0.35:
            ws.write_string(r, 7, "Đã trả lời")
            ws.write_string(r, 8, "Hoàng Đức Long, Chủ tịch UBND phường")
            ws.write_string(r, 9, "UBND phường đã tiếp thu, giao bộ phận chuyên môn kiểm tra, "
                                  "xử lý trong tháng")
        elif answer < 0.5:
            ws.write_string(r, 7, "Trả lời sau")
            ws.write_string(r, 8, "Hoàng Đức Long, Chủ tịch UBND phường")
            ws.write_string(r, 10, "Chưa đủ cơ sở")
            ws.write_string(r, 11, "Cần kiểm tra, xác minh hiện trạng")
        if answer < 0.7:
            ws.write_string(r, 12, rnd.choice(AGENCIES))
    book.close()


def repository(folder: Path) -> Path:
    root = folder / "phuong-dinh-ke"
    shutil.copytree(WARD, root, ignore=shutil.ignore_patterns(".tiepxuc"))
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "kho hồ sơ mẫu"]):
        subprocess.run(["git", *args], cwd=root, env=ENV, check=True, capture_output=True)
    return root


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, env=ENV, check=False, text=True,
                            encoding="utf-8")
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n"
                         f"{result.stderr[-3000:]}")
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = options.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        book = folder / "so-kien-nghi-2024.xlsx"
        start = time.perf_counter()
        make_book(book, options.rows, options.sessions, options.seed)
        made = time.perf_counter() - start
        root = repository(folder)
        base = [*TIEPXUC, "-C", str(root), "import", "petitions", str(book)]
        print(f"book: {book.name}, {options.rows} rows, {options.sessions} session days, "
              f"{book.stat().st_size / 1024:.0f} KiB (made in {made:.1f} s)")
        dry, result = timed([*base, "--dry-run"])
        would = sum(1 for line in result.stdout.splitlines() if " → kn-" in line)
        print(f"{'import petitions --dry-run':<36} {dry:8.1f} s   ({would} petitions listed)")
        real, result = timed(base)
        written = len(list(root.glob("petitions/*/*.yaml")))
        head = subprocess.run(["git", "log", "-1", "--format=%s"], cwd=root, env=ENV,
                              capture_output=True, text=True, encoding="utf-8").stdout.strip()
        print(f"{'import petitions (one commit)':<36} {real:8.1f} s   ({written} petition files;"
              f" {head})")
        again, result = timed(base)
        print(f"{'import petitions again (nothing new)':<36} {again:8.1f} s   "
              f"({result.stdout.strip().splitlines()[0]})")


if __name__ == "__main__":
    main()
