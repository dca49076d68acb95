"""Generate a realistic province-level corpus: a province office's repository with the
repositories of its communes and wards inside it, for benchmarks and roll-up tests.

    python benchmarks/make_corpus.py OUT --petitions N [--units U] [--first-year Y]
                                     [--last-year Y] [--seed S] [--today YYYY-MM-DD]

OUT (new or empty) receives:

    OUT/tiepxuc.yaml                 the province (level: province) and `units:` listing each unit
    OUT/plans, sessions, petitions,  the province's own records: a few sessions a year, its own
        conclusions, reports         petitions and those it handles for its units (`origin:`)
    OUT/don-vi/<slug>/               one complete commune or ward repository per unit, laid out
                                     like examples/ (plans/, sessions/YEAR/, petitions/YEAR/,
                                     conclusions/YEAR/, reports/)

Units (default max(2, N // 1000)) take the rule profiles in turn: half `default`, 3 in 10
`law-2025-commune` (communes set up at the 2025 reform, records from 1/7/2025), 2 in 10
`binh-thuan-218`. Each year: the plan, the sessions the profile requires and more when many
petitions come in (≈ 28 a session), invitations, attendance, agenda, a conclusion notice within
the limit (the last weeks' may not be out yet, a few are overdue); those after --today are only
scheduled. Petitions: ≈ 58 % answered at the session, 33 % answered later and assigned (most
resolved, some late or with a written reply setting a new deadline, a few open, a quarter with
the citizen's feedback), 4 % declined, 3 % forwarded up to the province (which takes about two
thirds of them up, linked back with `origin:`), 2 % forwarded to another agency, 6 % repeating
an earlier concern (`repeats:`). The province holds about three sessions a year and raises ≈ 2 %
of N itself.

About N petitions in all, spread over the years (default 2022..2026); every repository validates
without errors as of --today (default 2026-11-22). The same --seed gives the same files byte for
byte. Plain folders only: no git repositories are created. Standard library only; files are
written with string formatting, not a YAML library.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import unicodedata
from bisect import bisect_left
from datetime import date, timedelta

REFERENCE_DAY = date(2026, 11, 22)
STATE_KEYS = ("cv", "vb", "res")  # the People's Committee's letters, replies, reports: per year
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # as tiepxuc's own IDs: no 0/o, 1/l/i
REFORM = date(2025, 7, 1)  # two-level local government (Luật số 72/2025/QH15)
PER_SESSION = 28  # petitions a session gathers on average before more sessions are held
MAX_SESSIONS = 10

# ---------------------------------------------------------------- working-day calendar

# Weekdays off (holidays, Tết, swapped days) as tiepxuc's calendar has them; make-up Saturdays
# are left out, which only makes the generated invitations earlier and notices no later.
OFF_DAYS = {
    2022: "01-03 01-31 02-01 02-02 02-03 02-04 04-11 05-02 05-03 09-01 09-02",
    2023: "01-02 01-20 01-23 01-24 01-25 01-26 05-01 05-02 05-03 09-01 09-04",
    2024: "01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-29 04-30 05-01 09-02 09-03",
    2025: "01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 05-02 09-01 09-02",
    2026: "01-01 01-02 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02 11-24",
    2027: "01-01 02-04 02-05 02-08 02-09 02-10 04-16 04-30 05-03 09-02 09-03 11-24",
}


class Calendar:
    def __init__(self, first: int, last: int) -> None:
        self.off: set[date] = set()
        for year in range(first - 1, last + 3):
            spec = OFF_DAYS.get(year, "01-01 04-30 05-01 09-01 09-02")
            for item in spec.split():
                month, day = item.split("-")
                self.off.add(date(year, int(month), int(day)))

    def working(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.off

    def shift(self, day: date, count: int) -> date:
        """The count-th working day after (count > 0) or before (count < 0) ``day``."""
        step = timedelta(days=1 if count > 0 else -1)
        left = abs(count)
        while left:
            day += step
            if self.working(day):
                left -= 1
        return day

    def back_to_working(self, day: date) -> date:
        while not self.working(day):
            day -= timedelta(days=1)
        return day

    def on_to_working(self, day: date) -> date:
        while not self.working(day):
            day += timedelta(days=1)
        return day


# ---------------------------------------------------------------- text helpers

_TYPED = re.compile(
    r"[-+]?(0|[0-9][0-9_]*|0[0-7]+|0o[0-7]+|0x[0-9a-fA-F]+)"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|true|false|yes|no|on|off|null|~|y|n",
    re.IGNORECASE,
)
_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")


def sc(text: str, flow: bool = False) -> str:
    """``text`` as a YAML scalar: plain when that is safe, else double-quoted."""
    if (text and text[0] not in _BAD_START and text[-1] != ":" and ": " not in text
            and " #" not in text and text == text.strip() and not _TYPED.fullmatch(text)
            and not (flow and any(c in text for c in ",[]{}"))):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def field_lines(key: str, text: str, indent: int = 0) -> list[str]:
    """``key: text`` on one line, or folded (``>-``) over several like the examples."""
    pad = " " * indent
    if indent + len(key) + 2 + len(text) <= 100:
        return [f"{pad}{key}: {sc(text)}"]
    inner = pad + "  "
    return [f"{pad}{key}: >-"] + [inner + line for line in wrap(text, 98 - len(inner))]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def slug(text: str, words: int = 6) -> str:
    parts = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(parts[:words])


def dmy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def upper(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


# ---------------------------------------------------------------- names

FAMILY = [("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2),
          ("Phan", 4), ("Vũ", 3), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1.5),
          ("Ngô", 1.5), ("Dương", 1), ("Lý", 0.8), ("Đào", 0.8), ("Đinh", 0.8), ("Trương", 0.8),
          ("Lương", 0.6), ("Mai", 0.5), ("Tạ", 0.4), ("Cao", 0.5), ("Lâm", 0.4), ("Hà", 0.6),
          ("Chu", 0.3), ("Kiều", 0.2), ("Vương", 0.3), ("Tô", 0.3), ("Quách", 0.2),
          ("Triệu", 0.3), ("Đoàn", 0.5), ("Phùng", 0.3), ("Nông", 0.2), ("Lục", 0.1),
          ("Thái", 0.2), ("Mạc", 0.1), ("Tống", 0.2), ("Khúc", 0.1), ("La", 0.2)]
MIDDLE_M = ["Văn"] * 8 + ["Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Ngọc",
                          "Trọng", "Tiến", "Mạnh", "Duy", "Đình", "Bá", "Quốc"]
MIDDLE_F = ["Thị"] * 9 + ["Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Thúy", "Phương",
                          "Mai", "Bích", "Diệu"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng", "Quang",
           "Cường", "Khánh", "Đức", "Thành", "Phúc", "Bình", "Hòa", "Trung", "Tài", "Lực",
           "Hưng", "Toàn", "Việt", "Hiếu", "Tâm", "Nghĩa", "Thịnh", "Quý", "Lợi", "Phú",
           "Tiến", "Kiên", "Huy", "Hoàng", "Đạt", "Thái", "Vinh", "Lâm", "Sang", "Tùng",
           "Chiến", "Định", "Giang", "Hậu", "Khải", "Lộc", "Mạnh", "Ninh", "Quyết", "Trường"]
GIVEN_F = ["Lan", "Hoa", "Mai", "Hương", "Hằng", "Thảo", "Ngọc", "Linh", "Trang", "Nga",
           "Huyền", "Yến", "Dung", "Loan", "Thủy", "Hạnh", "Hiền", "Xuân", "Thu", "Hà", "Oanh",
           "Liên", "Phương", "Nhung", "Vân", "Tuyết", "Bích", "Giang", "Quyên", "Thắm", "Hồng",
           "Hậu", "Nhàn", "Chi", "My", "Duyên", "Lụa", "Sen", "Tâm", "Uyên"]
_FAMILY_NAMES = [f for f, _ in FAMILY]
_FAMILY_CUM = []
_total = 0.0
for _, _weight in FAMILY:
    _total += _weight
    _FAMILY_CUM.append(_total)


def person(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = rng.random() < 0.45
    family = rng.choices(_FAMILY_NAMES, cum_weights=_FAMILY_CUM)[0]
    if female:
        return f"{family} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"
    return f"{family} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"


# Place names: two syllables, the first from A, the second from B (three when they run out).
SYL_A = ["An", "Bình", "Phú", "Tân", "Hòa", "Phước", "Long", "Thạnh", "Đông", "Tây", "Nam",
         "Bắc", "Hưng", "Thịnh", "Quang", "Minh", "Đức", "Hải", "Sơn", "Lâm", "Trung", "Vĩnh",
         "Xuân", "Mỹ", "Thuận", "Gia", "Hiệp", "Cẩm", "Kim", "Ngọc", "Hồng", "Thanh", "Phúc",
         "Lộc", "Thọ", "Yên", "Đại", "Quảng", "Hợp", "Liên", "Tiên", "Hoàng", "Cao", "Hương",
         "Tam", "Thái", "Khánh", "Định", "Nghĩa", "Trường", "Châu", "Lạc", "Việt", "Kỳ",
         "Triệu", "Vạn", "Song", "Cát", "Hạnh", "Tường"]
SYL_B = ["An", "Bình", "Phú", "Hòa", "Lộc", "Thịnh", "Hưng", "Thành", "Lợi", "Tiến", "Phong",
         "Sơn", "Hà", "Giang", "Lâm", "Điền", "Mỹ", "Thuận", "Trung", "Xuân", "Hiệp", "Khánh",
         "Long", "Quang", "Minh", "Phước", "Tân", "Nghĩa", "Hải", "Dương", "Thủy", "Yên", "Lạc",
         "Hợp", "Đức", "Vinh", "Châu", "Cường", "Định", "Xá"]
HAMLETS = ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Đồng Sen", "Bến Đò", "An Lạc",
           "Phú Mỹ", "Tân Lập", "Đồng Tâm", "Quyết Tiến", "Thắng Lợi", "Đoàn Kết", "Cầu Trắng",
           "Gò Mít", "Bãi Sậy", "Xuân Hòa", "Hòa Bình", "Tiên Phong", "Làng Mới", "Đình",
           "Đồng Mai", "Cây Đa", "Bến Trại", "Trại Găng", "Vườn Hồng", "Đồng Chùa", "Ngọc Lâm",
           "Phú Lợi", "Tân Hưng", "An Thái", "Cẩm Bào", "Nội", "Ngoại", "Lạc Thổ", "Yên Bình"]
STREETS = ["Nguyễn Trãi", "Lê Lợi", "Trần Phú", "Hoàng Hoa Thám", "Lý Thường Kiệt",
           "Hùng Vương", "Nguyễn Du", "Hai Bà Trưng", "Quang Trung", "Trần Hưng Đạo",
           "Lê Duẩn", "Nguyễn Văn Cừ", "Ngô Quyền", "Phạm Văn Đồng", "Võ Thị Sáu",
           "Nguyễn Thị Minh Khai", "Lê Hồng Phong", "Tôn Đức Thắng", "Xương Giang", "Thân Nhân Trung"]
FIELD_NAMES = [
    ("dat-dai", "Đất đai, giải phóng mặt bằng, tái định cư"),
    ("giao-thong", "Giao thông, thủy lợi, hạ tầng"),
    ("trat-tu-xay-dung", "Trật tự xây dựng, quản lý đô thị"),
    ("moi-truong", "Tài nguyên, môi trường"),
    ("chinh-sach-xa-hoi", "Chính sách xã hội, người có công"),
    ("y-te-giao-duc", "Y tế, giáo dục"),
    ("an-ninh-trat-tu", "An ninh, trật tự"),
    ("hanh-chinh", "Thủ tục hành chính, tác phong cán bộ"),
    ("dien-nuoc", "Điện, nước sinh hoạt"),
    ("nong-nghiep", "Nông nghiệp, nông thôn mới"),
    ("khac", "Lĩnh vực khác"),
]
FIELD_WEIGHTS = {  # (ward, commune)
    "dat-dai": (16, 18), "giao-thong": (16, 17), "trat-tu-xay-dung": (10, 4),
    "moi-truong": (12, 10), "chinh-sach-xa-hoi": (11, 12), "y-te-giao-duc": (7, 6),
    "an-ninh-trat-tu": (8, 6), "hanh-chinh": (10, 9), "dien-nuoc": (6, 6),
    "nong-nghiep": (0, 9), "khac": (3, 3),
}

# ---------------------------------------------------------------- petition templates
# (field, slug, content, answer at the session, task when assigned, result when resolved,
#  where: both | ward | commune, era: None | "post" (after the 2025 reform) | "up" (forwarded up))
# Placeholders are filled per petition (see Fill).

T = [
    ("giao-thong", "duong-xuong-cap", "Đường bê tông {ngo} {g} xuống cấp, nhiều ổ gà, mùa mưa đi lại khó khăn; đề nghị {x} sớm sửa chữa.",
     "Tuyến đường đã có trong kế hoạch duy tu năm {y}, dự kiến thi công trong quý {q}.",
     "Khảo sát, sửa chữa đường {ngo} {g}", "Đã vá {n2} ổ gà, đổ bê tông {n3} m đoạn hư hỏng nặng.", "both", None),
    ("giao-thong", "ngap-ung", "Mương thoát nước dọc {ngo} {g} bị bồi lấp, mỗi khi mưa lớn nước tràn vào nhà dân; đề nghị nạo vét, khơi thông dòng chảy.",
     "Đã giao bộ phận chuyên môn nạo vét trước mùa mưa; đề nghị các hộ không đổ rác xuống mương.",
     "Khảo sát, nạo vét mương thoát nước {ngo} {g}", "Đã nạo vét {n3} m mương thoát nước, thay {n1} tấm đan hỏng.", "both", None),
    ("giao-thong", "den-chieu-sang", "Nhiều bóng đèn chiếu sáng trên {duong} đoạn qua {g} bị hỏng đã hơn {n1} tháng, đề nghị thay thế.",
     "Đã có kế hoạch thay thế; sẽ thay các bóng đèn hỏng trong tháng {m2}.",
     "Kiểm tra, thay thế bóng đèn chiếu sáng trên {duong} đoạn qua {g}", "Đã thay {n2} bóng đèn hỏng, sửa tủ điện điều khiển.", "both", None),
    ("giao-thong", "kenh-muong-noi-dong", "Kênh mương nội đồng {g} bị sạt lở, không đủ nước tưới cho {vu}; đề nghị kiên cố hóa.",
     "Kênh mương đã được đưa vào danh mục kiên cố hóa năm {y1}; trước mắt xã cho nạo vét tạm thời.",
     "Khảo sát, sửa chữa kênh mương nội đồng {g}", "Đã kiên cố hóa {n3} m kênh mương, bảo đảm nước tưới.", "commune", None),
    ("giao-thong", "cau-tam", "Cầu tạm bắc qua kênh tại {g} đã xuống cấp, mất an toàn cho học sinh đi học; đề nghị xây dựng cầu mới.",
     "Trước mắt gia cố cầu tạm, cắm biển cảnh báo; việc xây cầu mới được đưa vào kế hoạch đầu tư công trung hạn.",
     "Gia cố cầu tạm, lập hồ sơ đề xuất xây dựng cầu mới tại {g}", "Đã gia cố cầu tạm, lắp lan can bảo vệ; hồ sơ xây cầu mới đã trình phê duyệt.", "commune", None),
    ("giao-thong", "go-giam-toc", "Đề nghị lắp gờ giảm tốc và biển cảnh báo tại nút giao {duong} với đường vào {g}, nơi thường xảy ra va chạm giao thông.",
     "Tiếp thu; sẽ phối hợp đơn vị quản lý đường bộ lắp biển cảnh báo và gờ giảm tốc.",
     "Lắp gờ giảm tốc, biển cảnh báo tại nút giao {duong}", "Đã lắp {n1} gờ giảm tốc và biển cảnh báo nguy hiểm.", "both", None),
    ("giao-thong", "xe-qua-tai", "Xe tải chở vật liệu xây dựng chạy qua {duong} quá tải trọng, gây hư hỏng mặt đường và bụi bẩn.",
     "Công an đã tăng cường kiểm tra tải trọng xe; đề nghị Nhân dân phản ánh kịp thời các trường hợp vi phạm.",
     "Kiểm tra, xử lý xe quá tải trên {duong}", "Đã lập biên bản {n2} trường hợp vi phạm, lắp barie hạn chế tải trọng.", "both", None),
    ("dat-dai", "cap-giay-chung-nhan", "Gia đình nộp hồ sơ cấp Giấy chứng nhận quyền sử dụng đất từ tháng {m0}/{y0} nhưng đến nay chưa được cấp; đề nghị xem xét, giải quyết.",
     "Hồ sơ còn thiếu trích đo địa chính; bộ phận một cửa đã hướng dẫn gia đình bổ sung để giải quyết trong 30 ngày.",
     "Rà soát, hướng dẫn hoàn thiện hồ sơ cấp Giấy chứng nhận cho hộ gia đình tại {g}", "Đã hoàn thiện hồ sơ, trình cấp Giấy chứng nhận; đã trả kết quả cho công dân.", "both", None),
    ("dat-dai", "tranh-chap-ranh-gioi", "Hai hộ tại {g} tranh chấp ranh giới thửa đất đã nhiều năm; đề nghị {x} tổ chức hòa giải, đo đạc lại.",
     "Tổ hòa giải cơ sở sẽ phối hợp công chức địa chính tổ chức hòa giải tại {g}.",
     "Tổ chức hòa giải tranh chấp ranh giới đất tại {g}", "Đã tổ chức hòa giải thành; hai hộ thống nhất cắm mốc ranh giới.", "both", None),
    ("dat-dai", "chuyen-muc-dich", "Thủ tục chuyển mục đích sử dụng đất vườn sang đất ở còn kéo dài; đề nghị hướng dẫn cụ thể hồ sơ và thời gian giải quyết.",
     "Giải thích quy trình, thời gian giải quyết theo quy định; bộ phận một cửa niêm yết công khai thủ tục.",
     "Rà soát các hồ sơ chuyển mục đích sử dụng đất còn tồn đọng", "Đã rà soát {n2} hồ sơ, hướng dẫn bổ sung và chuyển giải quyết đúng hạn.", "both", None),
    ("dat-dai", "lan-chiem-dat-cong", "Một số hộ tại {g} lấn chiếm đất công, đất hành lang {duong} để làm quán; đề nghị kiểm tra, xử lý.",
     "Đã giao công chức địa chính kiểm tra; các trường hợp vi phạm sẽ bị xử lý theo quy định.",
     "Kiểm tra, xử lý lấn chiếm đất công tại {g}", "Đã lập biên bản {n1} trường hợp, yêu cầu tháo dỡ công trình lấn chiếm.", "both", None),
    ("dat-dai", "sai-lech-dien-tich", "Diện tích ghi trên Giấy chứng nhận của gia đình tại {g} sai lệch so với thực tế khoảng {n3} m², đề nghị đo đạc, chỉnh lý.",
     "Đề nghị gia đình nộp hồ sơ đăng ký biến động để được đo đạc, chỉnh lý theo quy định.",
     "Đo đạc, chỉnh lý biến động thửa đất của hộ gia đình tại {g}", "Đã đo đạc, chỉnh lý biến động và trả kết quả cho công dân.", "both", None),
    ("dat-dai", "hien-dat-mo-duong", "Đề nghị làm rõ việc hỗ trợ cho các hộ hiến đất mở rộng {duong} tại {g}.",
     "Việc hỗ trợ thực hiện theo nghị quyết của HĐND; danh sách hỗ trợ sẽ được niêm yết tại nhà văn hóa.",
     "Rà soát hồ sơ hiến đất mở rộng {duong} tại {g}, trả lời bằng văn bản", "Đã rà soát, công khai danh sách và mức hỗ trợ cho {n2} hộ.", "both", None),
    ("dat-dai", "boi-thuong-giai-phong-mat-bang", "Đề nghị xem xét lại đơn giá bồi thường đất nông nghiệp khi thu hồi đất thực hiện dự án {duan} qua {g}, mức giá hiện nay thấp hơn giá thị trường.",
     "", "", "", "both", "up"),
    ("dat-dai", "quy-hoach-treo", "Khu đất tại {g} nằm trong quy hoạch {duan} từ năm {y0} nhưng chưa triển khai, người dân không được xây dựng, chuyển nhượng; đề nghị xem xét điều chỉnh quy hoạch.",
     "", "", "", "both", "up"),
    ("dat-dai", "tai-dinh-cu", "Các hộ thuộc diện tái định cư dự án {duan} chưa được bố trí đất tái định cư dù đã bàn giao mặt bằng từ năm {y0}.",
     "", "", "", "both", "up"),
    ("giao-thong", "tinh-lo-xuong-cap", "Tỉnh lộ {tl} đoạn qua {x} xuống cấp nghiêm trọng, nhiều ổ voi, đã xảy ra tai nạn; đề nghị bố trí vốn sửa chữa.",
     "", "", "", "both", "up"),
    ("moi-truong", "khai-thac-cat-trai-phep", "Tình trạng khai thác cát trái phép trên sông đoạn qua {g} gây sạt lở bờ, đe dọa nhà dân; đề nghị chỉ đạo xử lý dứt điểm.",
     "", "", "", "both", "up"),
    ("chinh-sach-xa-hoi", "ho-so-nguoi-co-cong", "Hồ sơ đề nghị công nhận người hoạt động kháng chiến bị nhiễm chất độc hóa học của gia đình gửi từ năm {y0} đến nay chưa có kết quả.",
     "", "", "", "both", "up"),
    ("dien-nuoc", "nha-may-nuoc-sach", "Nguồn nước giếng khoan tại {g} bị nhiễm phèn; đề nghị đầu tư hệ thống cấp nước sạch tập trung cho khu vực {x}.",
     "", "", "", "both", "up"),
    ("y-te-giao-duc", "thieu-phong-hoc", "Trường {truong} thiếu phòng học, học sinh phải học nhờ nhà văn hóa; đề nghị hỗ trợ kinh phí xây thêm phòng học.",
     "", "", "", "both", "up"),
    ("moi-truong", "rac-thai-sai-noi", "Điểm tập kết rác tạm tại đầu {ngo} {g} không được thu gom kịp thời, gây mùi hôi, ảnh hưởng sinh hoạt của các hộ xung quanh.",
     "Đã yêu cầu đơn vị thu gom tăng tần suất; sẽ bố trí lại điểm tập kết phù hợp.",
     "Bố trí lại điểm tập kết rác tại {g}, đôn đốc thu gom đúng giờ", "Đã di chuyển điểm tập kết, thu gom {n1} lần mỗi ngày.", "both", None),
    ("moi-truong", "o-nhiem-chan-nuoi", "Trang trại chăn nuôi lợn gần khu dân cư {g} xả thải ra mương chung, gây ô nhiễm và mùi hôi.",
     "Đã kiểm tra, yêu cầu chủ trang trại cải tạo hầm biogas trong 30 ngày.",
     "Kiểm tra, xử lý việc xả thải của trang trại chăn nuôi tại {g}", "Đã xử phạt vi phạm hành chính, yêu cầu cải tạo hệ thống xử lý chất thải; kiểm tra lại đạt yêu cầu.", "both", None),
    ("moi-truong", "xuong-gay-o-nhiem", "Xưởng {xuong} trong khu dân cư {g} gây tiếng ồn, bụi, xả nước thải ra môi trường; đề nghị kiểm tra, xử lý.",
     "Đã giao bộ phận chuyên môn phối hợp Công an kiểm tra; sẽ thông báo kết quả tới Nhân dân.",
     "Kiểm tra hoạt động của xưởng {xuong} tại {g}", "Đã lập biên bản, yêu cầu cơ sở lắp đặt thiết bị giảm tiếng ồn, xử lý nước thải.", "both", None),
    ("moi-truong", "dot-rom-ra", "Tình trạng đốt rơm rạ sau thu hoạch gây khói bụi, ảnh hưởng sức khỏe Nhân dân {g}.",
     "Tiếp thu; xã sẽ tuyên truyền, hướng dẫn xử lý rơm rạ bằng chế phẩm sinh học.",
     "Tuyên truyền, hướng dẫn xử lý rơm rạ tại {g}", "Đã tổ chức {n1} buổi tuyên truyền, hỗ trợ chế phẩm sinh học cho các hộ.", "commune", None),
    ("moi-truong", "thu-gom-rac", "Xe thu gom rác đến không đúng giờ, có hôm bỏ sót, rác tồn đọng qua đêm tại {g}.",
     "Đã làm việc với đơn vị thu gom, yêu cầu công khai lịch thu gom tại nhà văn hóa.",
     "Làm việc với đơn vị thu gom, công khai lịch thu gom rác tại {g}", "Đã thống nhất lịch thu gom {h} giờ hằng ngày, niêm yết tại nhà văn hóa.", "both", None),
    ("moi-truong", "nuoc-thai-cho", "Nước thải từ khu chợ {cho} chảy tràn ra đường, bốc mùi hôi, nhất là những ngày nắng nóng.",
     "Ban quản lý chợ đã được yêu cầu nạo vét hệ thống thoát nước trong tháng {m2}.",
     "Cải tạo hệ thống thoát nước thải chợ {cho}", "Đã nạo vét, thay {n3} m ống thoát nước thải của chợ.", "both", None),
    ("chinh-sach-xa-hoi", "tro-cap-nguoi-cao-tuoi", "Trợ cấp xã hội hằng tháng cho người cao tuổi trên 80 tuổi tại {g} một số tháng chi trả chậm.",
     "Việc chậm chi trả do chuyển sang chi trả qua tài khoản; nay đã chi trả đúng ngày 10 hằng tháng.",
     "Rà soát việc chi trả trợ cấp người cao tuổi tại {g}", "Đã chi trả đủ các tháng còn chậm cho {n2} người cao tuổi.", "both", None),
    ("chinh-sach-xa-hoi", "ho-ngheo", "Đề nghị rà soát lại danh sách hộ nghèo, hộ cận nghèo năm {y} tại {g} vì còn trường hợp chưa đúng đối tượng.",
     "Việc rà soát hộ nghèo thực hiện công khai từ {g}; công dân có thể kiến nghị trực tiếp với tổ rà soát.",
     "Rà soát lại danh sách hộ nghèo, cận nghèo tại {g}", "Đã rà soát, đưa {n1} hộ ra khỏi danh sách và bổ sung {n1} hộ đủ điều kiện.", "both", None),
    ("chinh-sach-xa-hoi", "bao-hiem-y-te-tre-em", "Đề nghị cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi kịp thời, nhiều trường hợp chờ hơn {n1} tháng.",
     "Thẻ bảo hiểm y tế trẻ em được cấp cùng thủ tục đăng ký khai sinh liên thông; các trường hợp chậm đã được rà soát.",
     "Rà soát việc cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "Đã cấp thẻ cho {n2} trẻ em còn thiếu.", "both", None),
    ("chinh-sach-xa-hoi", "nha-tam-dot-nat", "Đề nghị hỗ trợ xóa nhà tạm, nhà dột nát cho {n1} hộ khó khăn tại {g}.",
     "Các hộ đủ điều kiện đã có trong danh sách hỗ trợ xóa nhà tạm năm {y}.",
     "Rà soát, lập hồ sơ hỗ trợ xóa nhà tạm cho các hộ khó khăn tại {g}", "Đã hỗ trợ xây mới {n1} nhà cho hộ khó khăn.", "both", None),
    ("chinh-sach-xa-hoi", "ho-tro-thiet-hai-mua-bao", "Đề nghị sớm chi trả hỗ trợ thiệt hại hoa màu do {thientai} tháng {m0}/{y}.",
     "Danh sách hỗ trợ đã được phê duyệt, chi trả trong tháng {m2} tại nhà văn hóa các thôn.",
     "Chi trả hỗ trợ thiệt hại do {thientai} cho các hộ tại {g}", "Đã chi trả hỗ trợ cho {n2} hộ bị thiệt hại.", "commune", None),
    ("chinh-sach-xa-hoi", "tro-cap-khuyet-tat", "Gia đình có con khuyết tật nặng đã nộp hồ sơ hưởng trợ cấp từ tháng {m0} nhưng chưa được xét duyệt.",
     "Hồ sơ đã được Hội đồng xác định mức độ khuyết tật xem xét; kết quả sẽ có trong tháng {m2}.",
     "Xét duyệt hồ sơ trợ cấp người khuyết tật của hộ gia đình tại {g}", "Đã xét duyệt, chi trả trợ cấp từ tháng {m2}.", "both", None),
    ("y-te-giao-duc", "phong-hoc-xuong-cap", "Phòng học tại điểm trường {truong} xuống cấp, mái dột; đề nghị sửa chữa trước năm học mới.",
     "Đã bố trí kinh phí sửa chữa trong dịp hè năm {y}.",
     "Sửa chữa phòng học điểm trường {truong}", "Đã lợp lại mái, sửa {n1} phòng học.", "both", None),
    ("y-te-giao-duc", "an-toan-cong-truong", "Đề nghị bố trí người hướng dẫn giao thông trước cổng trường {truong} vào giờ tan học.",
     "Tiếp thu; Công an phối hợp Đoàn Thanh niên bố trí lực lượng vào giờ cao điểm.",
     "Bố trí lực lượng bảo đảm an toàn giao thông trước cổng trường {truong}", "Đã bố trí lực lượng thường xuyên vào giờ tan học, kẻ vạch đi bộ.", "both", None),
    ("y-te-giao-duc", "thieu-thuoc-bhyt", "Trạm y tế {x} thiếu thuốc bảo hiểm y tế, người bệnh phải tự mua ngoài.",
     "Việc thiếu thuốc do chậm đấu thầu; đã có thuốc cấp bổ sung từ tháng {m2}.",
     "Làm việc với cơ quan y tế về việc cung ứng thuốc bảo hiểm y tế", "Trạm y tế đã được cấp bổ sung đủ danh mục thuốc.", "both", None),
    ("y-te-giao-duc", "khoan-thu-dau-nam", "Một số khoản thu đầu năm học tại trường {truong} chưa được công khai rõ ràng.",
     "Nhà trường đã công khai các khoản thu theo quy định; khoản vận động tự nguyện không bắt buộc.",
     "Kiểm tra các khoản thu đầu năm học tại trường {truong}", "Đã kiểm tra, yêu cầu nhà trường hoàn trả khoản thu chưa đúng quy định.", "both", None),
    ("y-te-giao-duc", "tiem-chung", "Lịch tiêm chủng mở rộng chưa được thông báo kịp thời đến người dân {g}.",
     "Trạm y tế sẽ thông báo lịch tiêm qua loa truyền thanh và nhóm Zalo của {g}.",
     "Thông báo kịp thời lịch tiêm chủng tại {g}", "Lịch tiêm chủng đã được thông báo hằng tháng trên loa truyền thanh.", "both", None),
    ("an-ninh-trat-tu", "trom-cap", "Thời gian gần đây xảy ra một số vụ trộm cắp {tai_san} trong khu dân cư {g} vào ban đêm.",
     "Công an đã tăng cường tuần tra ban đêm; đề nghị các hộ nâng cao cảnh giác, báo tin kịp thời.",
     "Tăng cường tuần tra, phòng chống trộm cắp tại {g}", "Đã bắt giữ {n1} đối tượng, duy trì tổ tuần tra ban đêm.", "both", None),
    ("an-ninh-trat-tu", "karaoke-gay-on", "Một quán karaoke trong khu dân cư {g} hoạt động quá 23 giờ, gây ồn ào.",
     "Công an đã kiểm tra, lập biên bản và yêu cầu chủ cơ sở chấm dứt hoạt động sau 22 giờ.",
     "Kiểm tra, xử lý quán karaoke gây ồn tại {g}", "Đã xử phạt vi phạm hành chính chủ cơ sở.", "both", None),
    ("an-ninh-trat-tu", "dua-xe", "Thanh thiếu niên tụ tập đua xe trên {duong} vào buổi tối, gây mất an ninh trật tự.",
     "Công an sẽ lập chốt kiểm tra vào các buổi tối cuối tuần.",
     "Kiểm tra, xử lý tình trạng đua xe trên {duong}", "Đã tạm giữ {n1} phương tiện, thông báo về gia đình và nhà trường.", "both", None),
    ("an-ninh-trat-tu", "camera-an-ninh", "Đề nghị lắp đặt camera an ninh tại các ngõ, ngách của {g} theo hình thức xã hội hóa.",
     "Hoan nghênh đề xuất; giao Công an hướng dẫn lắp đặt theo mô hình camera an ninh.",
     "Hướng dẫn lắp đặt camera an ninh tại {g}", "Đã lắp đặt {n1} camera tại các điểm giao cắt.", "both", None),
    ("an-ninh-trat-tu", "lua-dao-qua-mang", "Nhiều người dân {g} bị lừa đảo qua điện thoại, mạng xã hội; đề nghị tăng cường tuyên truyền.",
     "Công an sẽ tổ chức tuyên truyền tại các khu dân cư và trên loa truyền thanh.",
     "Tuyên truyền phòng chống lừa đảo qua mạng tại {g}", "Đã tổ chức {n1} buổi tuyên truyền tại nhà văn hóa.", "both", None),
    ("an-ninh-trat-tu", "tin-dung-den", "Hoạt động cho vay nặng lãi, tín dụng đen tại {g} có dấu hiệu gia tăng.",
     "Công an đang xác minh các trường hợp; đề nghị Nhân dân cung cấp thông tin.",
     "Xác minh, xử lý hoạt động tín dụng đen tại {g}", "Đã xác minh, xử lý {n1} đối tượng cho vay nặng lãi.", "both", None),
    ("hanh-chinh", "thu-tuc-chung-thuc", "Thời gian giải quyết thủ tục chứng thực tại bộ phận một cửa còn chậm vào ngày cao điểm.",
     "Bổ sung 01 quầy chứng thực vào sáng thứ Hai, thứ Sáu; khuyến khích nộp hồ sơ trực tuyến.",
     "Bố trí thêm quầy chứng thực vào ngày cao điểm", "Đã bố trí thêm quầy chứng thực, thời gian chờ giảm còn dưới 30 phút.", "both", None),
    ("hanh-chinh", "ho-so-truc-tuyen", "Việc nộp hồ sơ trực tuyến còn khó khăn với người cao tuổi; đề nghị bố trí người hướng dẫn.",
     "Đoàn Thanh niên đã bố trí tình nguyện viên hướng dẫn tại bộ phận một cửa.",
     "Bố trí người hướng dẫn nộp hồ sơ trực tuyến", "Đã bố trí tình nguyện viên hướng dẫn hằng ngày.", "both", None),
    ("hanh-chinh", "thai-do-can-bo", "Một số công chức tiếp công dân tại bộ phận một cửa có thái độ chưa đúng mực.",
     "Tiếp thu; đã nhắc nhở công chức, đề nghị công dân phản ánh qua đường dây nóng.",
     "Kiểm điểm, chấn chỉnh tác phong công chức bộ phận một cửa", "Đã kiểm điểm, nhắc nhở công chức có liên quan.", "both", None),
    ("hanh-chinh", "giay-to-dia-chi-cu", "Sau khi sắp xếp đơn vị hành chính, người dân có phải làm lại căn cước và giấy tờ đất ghi địa chỉ cũ hay không.",
     "Giấy tờ đã cấp vẫn có giá trị sử dụng, không bắt buộc làm lại; khi có nhu cầu điều chỉnh, người dân liên hệ Trung tâm Phục vụ hành chính công.",
     "Hướng dẫn Nhân dân về giấy tờ ghi địa chỉ cũ sau sắp xếp", "Đã niêm yết hướng dẫn tại nhà văn hóa các thôn, tổ dân phố.", "both", "post"),
    ("hanh-chinh", "dang-ky-ho-tich", "Thủ tục đăng ký khai sinh, khai tử còn yêu cầu nhiều giấy tờ; đề nghị đơn giản hóa.",
     "Giải thích các giấy tờ theo quy định; công dân có thể nộp hồ sơ liên thông trực tuyến.",
     "Rà soát, niêm yết thủ tục đăng ký hộ tịch", "Đã niêm yết công khai thủ tục, hướng dẫn nộp hồ sơ liên thông.", "both", None),
    ("hanh-chinh", "cong-khai-thu-chi", "Đề nghị niêm yết công khai các khoản đóng góp, thu chi quỹ tại nhà văn hóa {g}.",
     "Tiếp thu; giao Ban công tác Mặt trận {g} niêm yết công khai hằng quý.",
     "Công khai các khoản đóng góp, thu chi quỹ tại {g}", "Đã niêm yết công khai thu chi quỹ tại nhà văn hóa.", "both", None),
    ("trat-tu-xay-dung", "xay-dung-lan-dat", "Hộ liền kề xây dựng công trình lấn sang phần đất của gia đình tại {g}; đề nghị {x} xử lý.",
     "Đã giao bộ phận chuyên môn kiểm tra hiện trạng, lập biên bản.",
     "Kiểm tra, xử lý công trình xây dựng lấn đất tại {g}", "Đã kiểm tra, yêu cầu tháo dỡ phần công trình lấn sang đất liền kề.", "both", None),
    ("trat-tu-xay-dung", "lan-chiem-via-he", "Một số hộ kinh doanh trên {duong} lấn chiếm vỉa hè để bày hàng, để xe, người đi bộ phải đi xuống lòng đường.",
     "Đã giao lực lượng trật tự ra quân lập lại trật tự vỉa hè.",
     "Ra quân lập lại trật tự vỉa hè trên {duong}", "Đã nhắc nhở {n3} hộ, lập biên bản {n1} trường hợp tái phạm; vỉa hè được thông thoáng.", "ward", None),
    ("trat-tu-xay-dung", "cho-tam", "Chợ tạm họp trên lòng đường trước nhà văn hóa {g} gây ách tắc vào buổi sáng.",
     "Sẽ khảo sát địa điểm bố trí lại chợ tạm phù hợp.",
     "Sắp xếp lại chợ tạm trước nhà văn hóa {g}", "Đã di chuyển chợ tạm vào khu đất trống, giải tỏa lòng đường.", "both", None),
    ("trat-tu-xay-dung", "cay-xanh-gay-do", "Nhiều cây xanh trên {duong} bị mục, gãy cành sau bão, có nguy cơ đổ vào nhà dân.",
     "Đã giao đơn vị quản lý cây xanh kiểm tra, cắt tỉa trong tuần tới.",
     "Kiểm tra, cắt tỉa cây xanh có nguy cơ gãy đổ trên {duong}", "Đã cắt tỉa {n2} cây, thay thế {n1} cây mục.", "ward", None),
    ("trat-tu-xay-dung", "xay-dung-khong-phep", "Công trình nhà xưởng tại {g} xây dựng không phép trên đất nông nghiệp; đề nghị kiểm tra.",
     "Đã lập biên bản đình chỉ thi công; sẽ xử lý theo quy định.",
     "Kiểm tra, xử lý công trình xây dựng không phép tại {g}", "Đã xử phạt, buộc khôi phục tình trạng ban đầu của đất.", "both", None),
    ("dien-nuoc", "nuoc-sach", "Nhiều hộ tại {g} chưa được sử dụng nước sạch; đề nghị kéo đường ống cấp nước.",
     "Đã đề nghị đơn vị cấp nước đưa tuyến ống vào kế hoạch năm {y1}.",
     "Làm việc với đơn vị cấp nước về tuyến ống cấp nước cho {g}", "Đã lắp đặt tuyến ống cấp nước, đấu nối cho {n2} hộ.", "both", None),
    ("dien-nuoc", "mat-dien", "Tình trạng mất điện thường xuyên vào mùa hè tại {g}; đề nghị nâng cấp trạm biến áp.",
     "Ngành điện đã có kế hoạch nâng công suất trạm biến áp trong năm {y}.",
     "Đề nghị ngành điện nâng cấp trạm biến áp cấp điện cho {g}", "Đã nâng công suất trạm biến áp, cải tạo đường dây hạ thế.", "both", None),
    ("dien-nuoc", "cot-dien-nghieng", "Cột điện hạ thế tại {ngo} {g} bị nghiêng, dây điện võng thấp mất an toàn.",
     "Đã báo đơn vị quản lý lưới điện xử lý ngay trong tuần.",
     "Phối hợp ngành điện xử lý cột điện nghiêng tại {g}", "Đã thay cột điện, căng lại dây hạ thế.", "both", None),
    ("dien-nuoc", "hoa-don-tien-nuoc", "Hóa đơn tiền nước tăng bất thường trong các tháng gần đây; đề nghị kiểm tra đồng hồ đo.",
     "Đơn vị cấp nước sẽ kiểm định đồng hồ theo đề nghị của hộ dân.",
     "Đề nghị đơn vị cấp nước kiểm định đồng hồ của các hộ tại {g}", "Đã kiểm định, thay {n1} đồng hồ sai số.", "both", None),
    ("nong-nghiep", "giong-phan-bon", "Đề nghị hỗ trợ giống lúa, phân bón cho các hộ bị thiệt hại do {thientai} tại {g}.",
     "Xã đã lập danh sách đề nghị hỗ trợ giống cho {vu}.",
     "Lập danh sách, hỗ trợ giống cây trồng cho các hộ bị thiệt hại tại {g}", "Đã cấp {n3} kg giống lúa cho các hộ bị thiệt hại.", "commune", None),
    ("nong-nghiep", "tieu-thu-nong-san", "Đề nghị hỗ trợ kết nối tiêu thụ {nongsan} cho bà con {g} khi vào vụ thu hoạch.",
     "Xã sẽ phối hợp Hội Nông dân giới thiệu sản phẩm lên sàn thương mại điện tử.",
     "Kết nối tiêu thụ {nongsan} cho bà con {g}", "Đã kết nối {n1} doanh nghiệp thu mua, tiêu thụ {n3} tấn nông sản.", "commune", None),
    ("nong-nghiep", "dich-benh-gia-suc", "Dịch tả lợn châu Phi xuất hiện tại {g}; đề nghị hỗ trợ tiêu hủy và tiêm phòng.",
     "Đã tổ chức tiêu hủy, khử trùng; việc hỗ trợ thực hiện theo quy định.",
     "Hỗ trợ tiêu hủy, tiêm phòng dịch bệnh gia súc tại {g}", "Đã hỗ trợ các hộ có lợn bị tiêu hủy, tiêm phòng {n3} con.", "commune", None),
    ("nong-nghiep", "don-dien-doi-thua", "Đề nghị tiếp tục thực hiện dồn điền đổi thửa tại cánh đồng {g}.",
     "Tiếp thu; xã sẽ xây dựng phương án sau vụ thu hoạch.",
     "Xây dựng phương án dồn điền đổi thửa tại {g}", "Đã phê duyệt phương án dồn điền đổi thửa.", "commune", None),
    ("khac", "nha-van-hoa", "Đề nghị sửa chữa, nâng cấp nhà văn hóa {g} đã xuống cấp.",
     "Nhà văn hóa {g} đã có trong danh mục sửa chữa năm {y1}.",
     "Sửa chữa nhà văn hóa {g}", "Đã sửa chữa mái, lát lại nền nhà văn hóa.", "both", None),
    ("khac", "san-the-thao", "Đề nghị bố trí quỹ đất xây dựng sân thể thao cho thanh thiếu niên {g}.",
     "Sẽ xem xét khi điều chỉnh quy hoạch sử dụng đất.",
     "Rà soát quỹ đất bố trí sân thể thao tại {g}", "Đã bố trí khu đất công làm sân thể thao.", "both", None),
    ("khac", "loa-truyen-thanh", "Hệ thống loa truyền thanh tại {g} bị hỏng, người dân không nắm được thông tin.",
     "Đã giao bộ phận văn hóa sửa chữa trong tháng {m2}.",
     "Sửa chữa hệ thống loa truyền thanh tại {g}", "Đã thay {n1} cụm loa, hệ thống hoạt động bình thường.", "both", None),
]

SUFFIXES = [
    "", "", "", "", " Đề nghị sớm xem xét, giải quyết.", " Đề nghị cho biết thời gian thực hiện.",
    " Việc này ảnh hưởng trực tiếp đến đời sống của Nhân dân.", " Đề nghị trả lời cụ thể cho Nhân dân được biết.",
]
PREFIXES = ["", "", "", "", "Cử tri phản ánh: ", "Nhân dân {g} phản ánh: ", "Đề nghị các cơ quan quan tâm: "]

DUAN = ["đường vành đai phía Đông", "khu đô thị mới {A}", "cụm công nghiệp {A}", "mở rộng quốc lộ {ql}",
        "hồ điều hòa trung tâm", "khu tái định cư {A}", "đường trục trung tâm", "nâng cấp đê tả sông {A}"]
XUONG = ["mộc", "cơ khí", "chế biến nông sản", "tái chế nhựa", "sản xuất gạch không nung", "giặt là công nghiệp"]
TAI_SAN = ["xe máy", "gia cầm", "tài sản", "điện thoại", "cây cảnh"]
NONGSAN = ["vải thiều", "dưa hấu", "rau màu", "lúa chất lượng cao", "bưởi", "nhãn"]
VU = ["vụ mùa", "vụ đông xuân", "vụ hè thu", "vụ chiêm"]
THIENTAI = ["mưa bão", "hạn hán", "ngập lụt", "mưa đá", "rét đậm, rét hại"]
TRUONG_KIND = ["Tiểu học", "Mầm non", "Trung học cơ sở"]

BUILDING_FIELDS = ("giao-thong", "dien-nuoc", "khac", "y-te-giao-duc", "nong-nghiep")
BASIS_LATER = [
    "Cần lập dự toán và bố trí vốn trước khi trả lời về thời gian thực hiện",
    "Cần khảo sát hiện trạng trước khi trả lời",
    "Cần kiểm tra, xác minh hồ sơ trước khi trả lời",
    "Cần làm việc với các hộ liên quan trước khi trả lời cụ thể",
    "Cần rà soát hồ sơ, đối chiếu quy định trước khi trả lời",
    "Cần kiểm tra thực tế, lập biên bản từng trường hợp trước khi trả lời",
]
BASIS_INVESTIGATION = [
    "Vụ việc đang được kiểm tra, xác minh, chưa có kết luận chính thức",
    "Cần kiểm tra thực tế, lấy mẫu trước khi kết luận",
    "Vụ việc đang được cơ quan chức năng xác minh theo đơn của công dân",
]
DECLINES = [
    ("under_investigation",
     "Vụ việc đang được Thanh tra xác minh theo đơn của công dân; sẽ thông báo khi có kết luận chính thức.",
     "Vụ việc đang xác minh, chưa có kết luận chính thức (Hướng dẫn đối thoại, mục II.5 Bước 2, Lưu ý)"),
    ("under_investigation",
     "Vụ việc đang được Tòa án nhân dân thụ lý giải quyết; chưa thể trả lời tại hội nghị.",
     "Vụ việc đang được Tòa án thụ lý, chưa có bản án có hiệu lực"),
    ("insufficient_basis",
     "Chưa thể trả lời vì quy hoạch sử dụng đất chưa được cấp có thẩm quyền phê duyệt.",
     "Quy hoạch sử dụng đất chưa được cấp có thẩm quyền phê duyệt"),
    ("insufficient_basis",
     "Chưa thể trả lời vì chưa có hướng dẫn của cơ quan cấp trên về nội dung này.",
     "Chưa có văn bản hướng dẫn của cơ quan có thẩm quyền"),
]
REPLIES = [  # an interim written reply
    "Đã kiểm tra thực tế, đang phối hợp các bộ phận liên quan xử lý; sẽ thông báo kết quả cho công dân.",
    "Đã làm việc với các hộ liên quan, đang hoàn thiện hồ sơ để xử lý theo quy định.",
    "Đã tiếp nhận, đang rà soát hồ sơ; kết quả sẽ được trả lời bằng văn bản.",
]
EXTENSIONS = [  # a written reply that sets a new timeframe
    "Nội dung kiến nghị đã được đưa vào kế hoạch thực hiện; dự kiến hoàn thành trước ngày {d}.",
    "Đã khảo sát, lập dự toán; công trình được đưa vào kế hoạch đầu tư, hoàn thành trước ngày {d}.",
    "Cần thêm thời gian phối hợp với các cơ quan liên quan; thời hạn giải quyết kéo dài đến ngày {d}.",
]
# …and what each states it requires (seed 003, Bước 3: content, requirements, time, responsibility)
EXTENSION_REQUIREMENTS = [
    "Bố trí kinh phí trong kế hoạch năm, thông báo tiến độ cho người kiến nghị.",
    "Hoàn thiện hồ sơ thiết kế, dự toán; lựa chọn đơn vị thi công theo quy định.",
    "Xác minh thực địa, lấy ý kiến các hộ liên quan trước khi giải quyết.",
]
AGREE_NOTES = ["Công dân đồng ý với kết quả giải quyết.", "{G} xác nhận đã được giải quyết.", "", ""]
DISAGREE_NOTES = ["Việc xử lý chưa triệt để, tình trạng vẫn tái diễn.",
                  "Công dân chưa đồng ý với kết quả, đề nghị kiểm tra lại.",
                  "Mới xử lý một phần, còn nhiều hộ chưa được giải quyết."]
RESOLUTION_DOCS = ["Báo cáo số {n}/BC-UBND", "Văn bản số {n}/UBND-VP", "Thông báo số {n}/TB-UBND",
                   "Biên bản nghiệm thu ngày {d}", "Biên bản làm việc ngày {d}", "Quyết định số {n}/QĐ-UBND"]
ORG_RAISERS = ["Ban công tác Mặt trận {g}", "Chi hội Cựu chiến binh {g}", "Chi hội Phụ nữ {g}",
               "Chi hội Nông dân {g}", "Chi đoàn Thanh niên {g}", "Chi hội Người cao tuổi {g}"]
VIA = ["Ủy ban MTTQ {x} tổng hợp từ hội nghị {g}", "Đơn gửi bộ phận một cửa",
       "Hòm thư góp ý tại trụ sở", "Đăng ký phát biểu qua trang mạng xã hội của {x}",
       "Phiếu đăng ký ý kiến gửi Ban công tác Mặt trận {g}"]
THEMES = {  # thematic sessions: topic and the field most petitions are about
    "dat-dai": "Đất đai, giải phóng mặt bằng và tái định cư",
    "moi-truong": "Vệ sinh môi trường, thu gom và xử lý rác thải",
    "giao-thong": "Hạ tầng giao thông, thủy lợi và chiếu sáng",
    "chinh-sach-xa-hoi": "Thực hiện chính sách an sinh xã hội",
    "hanh-chinh": "Cải cách thủ tục hành chính, chuyển đổi số",
    "trat-tu-xay-dung": "Trật tự đô thị, trật tự xây dựng",
    "an-ninh-trat-tu": "Bảo đảm an ninh, trật tự khu dân cư",
    "nong-nghiep": "Phát triển nông nghiệp, xây dựng nông thôn mới",
}

# How a unit's petitions are handled, as shares of all of them; the rest (≈ 33 %) are answered
# later and assigned to an agency.
SHARE_ANSWERED = 0.58  # answered at the session
SHARE_DECLINED = 0.04  # declined, with a reason and its basis
SHARE_UP = 0.03  # forwarded to the province (competence: level_above)
SHARE_OTHER = 0.02  # forwarded to another agency (competence: other_agency)
SHARE_REPEATED = 0.06  # a concern raised at an earlier session, raised again

QDI_11 = ("Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng "
          "đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, "
          "kiến nghị của dân")
QD_218 = ("Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy định về việc Mặt "
          "trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây "
          "dựng Đảng, xây dựng chính quyền")
BT_GUIDANCE = ("Hướng dẫn của Ban Thường vụ Tỉnh ủy về đối thoại giữa người đứng đầu cấp ủy, chính "
               "quyền với Nhân dân theo Quyết định số 218-QĐ/TW")
LAW_2025 = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025"
PURPOSES = [
    "Để người đứng đầu cấp ủy, chính quyền lắng nghe tâm tư, nguyện vọng và ý kiến của Nhân dân; "
    "kịp thời phát hiện những vấn đề vướng mắc, phát sinh để giải quyết hoặc đề xuất cấp có thẩm "
    "quyền giải quyết.",
    "Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tạo sự đồng thuận trong "
    "Nhân dân; phát huy vai trò giám sát của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
]
REQUIREMENTS = [
    "Việc tổ chức tiếp xúc, đối thoại phải bảo đảm thiết thực, hiệu quả, công khai, dân chủ; trả "
    "lời ngắn gọn, dễ hiểu, có căn cứ.",
    "Thông báo, giấy mời phát hành đúng thời hạn; thông báo kết luận và kết quả giải quyết kiến "
    "nghị cho Nhân dân đúng quy định.",
]
TASK_OFFICE = ("Tham mưu tổ chức hội nghị; thông báo, phát hành giấy mời; tổng hợp, phân loại kiến "
               "nghị; theo dõi, đôn đốc việc giải quyết và báo cáo kết quả.")
TASK_FRONT = ("Phối hợp tổ chức hội nghị; tổng hợp ý kiến của Nhân dân trước hội nghị; giám sát việc "
              "giải quyết kiến nghị sau tiếp xúc, đối thoại.")


class Fill(dict):
    """Placeholder values for one petition, drawn when a template first asks for them."""

    def __init__(self, rng: random.Random, org: "Org", group: str, year: int) -> None:
        super().__init__(g=lower_first(group), G=group, x=org.lname, y=year, y1=year + 1)
        self.rng, self.org = rng, org

    def __missing__(self, key: str) -> object:
        rng, org = self.rng, self.org
        if key == "ngo":
            value = (f"ngõ {rng.randint(2, 120)}" if org.ward else f"xóm {rng.randint(1, 9)}")
        elif key == "duong":
            value = (f"đường {rng.choice(STREETS)}" if org.ward else rng.choice(
                ["đường liên thôn", "đường trục xã", f"đường huyện ĐH.{rng.randint(1, 40)}",
                 "đường ra cánh đồng", f"tỉnh lộ {rng.randint(200, 399)}"]))
        elif key == "duan":
            road = rng.choice(["1A", "18", "37", "3B", "21"])
            value = rng.choice(DUAN).format(A=org.place_name(rng), ql=road)
        elif key == "tl":
            value = str(rng.randint(200, 399))
        elif key == "xuong":
            value = rng.choice(XUONG)
        elif key == "cho":
            value = org.place_name(rng)
        elif key == "truong":
            value = f"{rng.choice(TRUONG_KIND)} {org.place_name(rng)}"
        elif key == "tai_san":
            value = rng.choice(TAI_SAN)
        elif key == "nongsan":
            value = rng.choice(NONGSAN)
        elif key == "vu":
            value = rng.choice(VU)
        elif key == "thientai":
            value = rng.choice(THIENTAI)
        elif key in ("n1", "n2", "n3"):  # a few, some tens, some hundreds
            low, high = {"n1": (2, 9), "n2": (10, 60), "n3": (50, 900)}[key]
            value = rng.randint(low, high)
        elif key == "q":
            value = rng.choice(["I", "II", "III", "IV"])
        elif key in ("m0", "m2"):
            value = rng.randint(1, 12)
        elif key == "y0":
            value = self["y"] - rng.randint(1, 6)
        elif key == "h":
            value = rng.choice([6, 16, 17, 18])
        else:
            raise KeyError(key)
        self[key] = value
        return value


# ---------------------------------------------------------------- organisations


class Officials:
    """Who held each post, and when."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, date, date | None]] = []

    def add(self, name: str, position: str, since: date, until: date | None = None) -> None:
        self.rows.append((name, position, since, until))

    def holder(self, position: str, day: date) -> str | None:
        for name, pos, since, until in self.rows:
            if pos == position and since <= day and (until is None or day <= until):
                return name
        return None

    def yaml(self) -> list[str]:
        out = []
        for name, pos, since, until in self.rows:
            out += [f"  - name: {name}", f"    position: {pos}", f"    since: {since}"]
            if until:
                out.append(f"    until: {until}")
        return out


class Org:
    """A unit (commune or ward) or the province, with its own random stream, IDs and numbers."""

    def __init__(self, short: str, kind: str, profile: str, start: date,
                 rng: random.Random) -> None:
        self.short, self.kind, self.profile, self.start, self.rng = short, kind, profile, start, rng
        self.ward = kind == "phuong"
        self.top = kind == "tinh"
        self.name = f"{ {'xa': 'Xã', 'phuong': 'Phường', 'tinh': 'Tỉnh'}[kind] } {short}".strip()
        self.lname = lower_first(self.name)
        self.slug = slug(self.name, 8)
        self.path = "" if self.top else f"don-vi/{self.slug}"
        self.issuer = "state" if profile == "law-2025-commune" else "party"
        self.officials = Officials()
        self.ids: set[str] = set()
        self.numbers: dict[tuple[str, int], int] = {}
        self.groups: list[str] = []
        self.district = ""  # the former district (before the 2025 reform)
        self.concerns: list[tuple] = []  # (date, field, group, template, fill, id, earlier ids)
        self.concern_dates: list[date] = []
        self.year_stats: dict[int, dict[str, int]] = {}

    def file(self, relative: str) -> str:
        return f"{self.path}/{relative}" if self.path else relative

    @staticmethod
    def place_name(rng: random.Random) -> str:
        return f"{rng.choice(SYL_A)} {rng.choice(SYL_B)}"

    def new_id(self, stem: str) -> str:
        while True:
            value = f"{stem}-{''.join(self.rng.choices(ALPHABET, k=4))}"
            if value not in self.ids:
                self.ids.add(value)
                return value

    def number(self, key: str, year: int) -> int:
        """The next number of a kind of document: the People's Committee's restart each year,
        the Party committee's run through the term (a new one after the 2025 congresses)."""
        per_year = self.issuer == "state" or key in STATE_KEYS
        if self.issuer == "state":  # one series per kind of document: a public notice and a
            key = STATE_DOCS.get(key, key)  # conclusion notice are both Thông báo (TB)
        slot = (key, year if per_year else (0 if year < 2025 else 1))
        current = self.numbers.get(slot, self.rng.randint(3, 25)) + self.rng.randint(1, 9)
        self.numbers[slot] = current
        return current

    def doc_number(self, kind: str, day: date) -> str:
        """45-GM/ĐU, 38-TB/ĐU (TU for the province's Party committee), or 42/TB-UBND."""
        n = self.number(kind, day.year)
        if self.issuer == "state":
            return f"{n:02d}/{STATE_DOCS[kind]}-UBND"
        return f"{n}-{PARTY_DOCS[kind]}/{'TU' if self.top else 'ĐU'}"

    def stats(self, year: int) -> dict[str, int]:
        if year not in self.year_stats:
            self.year_stats[year] = {"petitions": 0, "answered": 0, "later": 0, "resolved": 0,
                                     "forwarded": 0, "declined": 0}
        return self.year_stats[year]


STATE_DOCS = {"gm": "TB", "tb": "TB", "kh": "KH", "bc": "BC"}
PARTY_DOCS = {"gm": "GM", "tb": "TB", "kh": "KH", "bc": "BC"}


def unique_place_names(rng: random.Random, count: int) -> list[str]:
    """Distinct names (distinct also without accents, so that the folders differ)."""
    names: list[str] = []
    slugs: set[str] = set()
    pairs = [(a, b) for a in SYL_A for b in SYL_B if a != b]
    rng.shuffle(pairs)
    triples = ((a, b, c) for a in SYL_A for b in SYL_B for c in SYL_B if len({a, b, c}) == 3)
    for parts in (*pairs, *triples):
        if len(names) >= count:
            break
        name = " ".join(parts)
        if slug(name) not in slugs:
            slugs.add(slug(name))
            names.append(name)
    return names


# ---------------------------------------------------------------- sessions


class Session:
    __slots__ = ("org", "id", "kind", "date", "year", "held", "plan", "topic", "focus",
                 "chairs", "notice", "notice_number", "npet", "petitions", "stats", "format",
                 "items")

    def __init__(self, org: Org, kind: str, day: date) -> None:
        self.org, self.kind, self.date, self.year = org, kind, day, day.year
        self.id = ""
        self.held = False
        self.plan: str | None = None
        self.topic = ""
        self.focus: str | None = None  # the field a thematic or ad hoc session is about
        self.chairs: list[tuple[str, str, str | None]] = []  # (name, position, on behalf of)
        self.notice: date | None = None  # the conclusion notice's date, if issued
        self.notice_number = ""
        self.npet = 0  # petitions to raise here
        self.petitions: list[str] = []
        self.stats = {"answered": 0, "later": 0, "declined": 0, "forwarded": 0, "spoken": 0}
        self.format = "in_person"
        self.items: dict[str, list[str]] = {}  # lead agency → petitions, for the notice


KIND_WORDS = {"periodic": "dinh-ky", "thematic": "chuyen-de", "ad_hoc": "dot-xuat"}
KIND_FACTOR = {"periodic": 1.35, "thematic": 0.85, "ad_hoc": 0.55}
CHAIRS_BY_PROFILE = {
    "default": {"periodic": ["party_secretary", "council_chair", "committee_chair"],
                "thematic": ["party_secretary", "committee_chair"],
                "ad_hoc": ["party_secretary"]},
    "binh-thuan-218": {"periodic": ["party_secretary", "committee_chair"],
                       "thematic": ["party_secretary", "committee_chair"],
                       "ad_hoc": ["party_secretary", "committee_chair"]},
    "law-2025-commune": {"periodic": ["committee_chair", "council_chair"],
                         "thematic": ["committee_chair", "council_chair"],
                         "ad_hoc": ["committee_chair", "council_vice_chair"]},
}
POSITION_TITLE = {
    "party_secretary": "Bí thư {party}",
    "party_deputy_secretary": "Phó Bí thư {party}",
    "council_chair": "Chủ tịch HĐND {short}",
    "council_vice_chair": "Phó Chủ tịch HĐND {short}",
    "committee_chair": "Chủ tịch UBND {short}",
    "committee_vice_chair": "Phó Chủ tịch UBND {short}",
}
DEPUTY = {"committee_chair": "committee_vice_chair", "council_chair": "council_vice_chair"}


def title_of(org: Org, position: str) -> str:
    short = {"xa": "xã", "phuong": "phường", "tinh": "tỉnh"}[org.kind]
    return POSITION_TITLE[position].format(short=short, party="Tỉnh ủy" if org.top else "Đảng ủy")


def schedule(org: Org, cal: Calendar, years: list[int], per_year: float, today: date,
             extra_kinds: list[str]) -> list[Session]:
    """The sessions, year by year: the profile's minimum, and more when many petitions come in;
    on working days from March (after Tết) to mid-December, a week or more apart. Those after
    ``today`` are only scheduled."""
    rng = org.rng
    out: list[Session] = []
    for year in years:
        first_month = 3
        if org.start.year == year and org.start > date(year, 3, 1):
            first_month = org.start.month + 1
        if first_month > 12:
            continue
        kinds = ["periodic", "thematic"] if org.profile == "default" else ["periodic"]
        wanted = max(len(kinds), min(MAX_SESSIONS, round(per_year / PER_SESSION)))
        if org.start.year == year:
            wanted = max(len(kinds), round(wanted * (13 - first_month) / 10))
        kinds += [extra_kinds[i % len(extra_kinds)] for i in range(wanted - len(kinds))]
        months = list(range(first_month, 13))
        counted_months = months
        if org.profile == "binh-thuan-218":  # early or late in the year
            counted_months = [m for m in (3, 10, 11, 12) if m >= first_month]
        chosen: list[tuple[str, int]] = []
        used: list[int] = []
        for kind in kinds:
            pool = counted_months if kind in ("periodic", "thematic") else months
            fewest = min(used.count(m) for m in pool)
            free = [m for m in pool if used.count(m) == fewest]
            if kind == "periodic" and not chosen and org.profile != "binh-thuan-218":
                free = [m for m in free if m <= 7] or free  # the mid-year periodic session
            month = rng.choice(free)
            used.append(month)
            chosen.append((kind, month))
        dates: list[date] = []
        for kind, month in sorted(chosen, key=lambda km: km[1]):
            last_day = 18 if month == 12 else 26
            for _ in range(40):
                day = date(year, month, rng.randint(4, last_day))
                if cal.working(day) and day != today and all(abs((day - d).days) > 5 for d in dates):
                    break
            else:
                continue
            dates.append(day)
            session = Session(org, kind, day)
            session.held = day < today
            out.append(session)
    out.sort(key=lambda s: s.date)
    return out


def largest_remainder(values: list[float]) -> list[int]:
    """Whole numbers in proportion to ``values``, adding up to their (rounded) sum."""
    floors = [int(v) for v in values]
    left = round(sum(values)) - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (floors[i] - values[i], i))
    for i in order[:max(0, left)]:
        floors[i] += 1
    return floors


# ---------------------------------------------------------------- the writer


class Writer:
    def __init__(self, out: str) -> None:
        self.out = out
        self.files = 0
        self.bytes = 0
        self.made: set[str] = set()

    def write(self, relative: str, lines: list[str]) -> None:
        path = os.path.join(self.out, relative)
        folder = os.path.dirname(path)
        if folder not in self.made:
            os.makedirs(folder, exist_ok=True)
            self.made.add(folder)
        data = unicodedata.normalize("NFC", "\n".join(lines) + "\n").encode("utf-8")
        with open(path, "wb") as handle:
            handle.write(data)
        self.files += 1
        self.bytes += len(data)


# ---------------------------------------------------------------- agencies

UNIT_LEADS_BEFORE = {  # field → the unit's civil servant in charge (three-level era)
    "giao-thong": "Công chức Địa chính - Xây dựng", "dat-dai": "Công chức Địa chính - Xây dựng",
    "moi-truong": "Công chức Địa chính - Xây dựng", "dien-nuoc": "Ủy ban nhân dân {x}",
    "trat-tu-xay-dung": "Công chức Địa chính - Xây dựng", "nong-nghiep": "Công chức Nông nghiệp",
    "chinh-sach-xa-hoi": "Công chức Văn hóa - Xã hội", "y-te-giao-duc": "Công chức Văn hóa - Xã hội",
    "an-ninh-trat-tu": "Công an {x}", "hanh-chinh": "Công chức Tư pháp - Hộ tịch",
    "khac": "Công chức Văn phòng - Thống kê",
}
UNIT_LEADS_AFTER = {  # field → the commune's department (two-level era)
    "giao-thong": "{economy}", "dat-dai": "{economy}", "trat-tu-xay-dung": "{economy}",
    "moi-truong": "{economy}", "nong-nghiep": "{economy}", "dien-nuoc": "{economy}",
    "chinh-sach-xa-hoi": "Phòng Văn hóa - Xã hội", "y-te-giao-duc": "Phòng Văn hóa - Xã hội",
    "an-ninh-trat-tu": "Công an {x}", "hanh-chinh": "Trung tâm Phục vụ hành chính công",
    "khac": "Văn phòng HĐND và UBND",
}
PROVINCE_AGENCIES = {  # field → the department in charge (before, after the 2025 mergers)
    "dat-dai": ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
    "moi-truong": ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
    "nong-nghiep": ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
    "giao-thong": ("Sở Giao thông vận tải", "Sở Xây dựng"),
    "trat-tu-xay-dung": ("Sở Xây dựng", "Sở Xây dựng"),
    "dien-nuoc": ("Sở Công Thương", "Sở Công Thương"),
    "chinh-sach-xa-hoi": ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
    "y-te-giao-duc": ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    "an-ninh-trat-tu": ("Công an tỉnh", "Công an tỉnh"),
    "hanh-chinh": ("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
    "khac": ("Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh"),
}
PROVINCE_OTHER_AGENCIES = ["Sở Y tế", "Sở Tư pháp", "Sở Tài chính", "Thanh tra tỉnh",
                           "Văn phòng Đăng ký đất đai tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                           "Ủy ban MTTQ Việt Nam tỉnh"]
PROVINCE_ANSWERS = [
    "UBND tỉnh đã chỉ đạo {lead} phối hợp UBND {x} giải quyết; kết quả sẽ được thông báo cho công dân.",
    "Nội dung đã có chủ trương của UBND tỉnh; {lead} hướng dẫn cụ thể để {x} triển khai.",
    "Giải thích chính sách, pháp luật có liên quan; giao {lead} hướng dẫn công dân thực hiện.",
]
PROVINCE_RESULTS = [
    "Đã kiểm tra, giải quyết theo thẩm quyền; thông báo kết quả cho công dân và UBND cấp xã.",
    "UBND tỉnh đã ban hành văn bản giải quyết; bố trí kinh phí thực hiện trong năm.",
]
OTHER_REPLIES = ["Đã kiểm tra, xử lý theo thẩm quyền và thông báo kết quả cho công dân.",
                 "Đã tiếp nhận, đang kiểm tra; sẽ trả lời công dân khi có kết quả.",
                 "Đã giải quyết xong, trả kết quả qua bộ phận một cửa."]


def province_agency(fld: str, day: date) -> str:
    return PROVINCE_AGENCIES[fld][1 if day >= REFORM else 0]


# ---------------------------------------------------------------- the generator


class Generator:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.today: date = args.today
        self.years = list(range(args.first_year, args.last_year + 1))
        self.cal = Calendar(args.first_year, args.last_year)
        self.writer = Writer(args.out)
        self.counts = {"sessions": 0, "petitions": 0, "forwarded_up": 0, "origins": 0}
        self.forwarded_up: list[dict] = []  # unit petitions forwarded to the province
        self.template_cache: dict[tuple, tuple[list[int], list[float]]] = {}

    def run(self) -> None:
        self.build()
        self.allocate()
        province = self.province
        self.province_sessions = schedule(province, self.cal, self.years, 3 * PER_SESSION,
                                          self.today, ["periodic"])
        for unit, quota, per_year in zip(self.units, self.unit_quota, self.per_year):
            self.unit(unit, quota, per_year)
        self.province_records()
        self.write_forwarded()
        self.write_config(province)

    # ------------------------------------------------------------ set-up

    def build(self) -> None:
        args = self.args
        rng = random.Random(args.seed)
        names = unique_place_names(rng, args.units + 1)
        self.province = Org(names[0], "tinh", "default", date(args.first_year, 1, 1),
                            random.Random(f"{args.seed}-tinh"))
        # The profiles in turn: the default one, the 2025 law for communes set up at the
        # reform (their records start on 1/7/2025), and Bình Thuận's guidance.
        pattern = ["default", "law-2025-commune", "binh-thuan-218", "default", "default",
                   "law-2025-commune", "default", "binh-thuan-218", "default", "law-2025-commune"]
        reformed = args.last_year >= REFORM.year
        self.units: list[Org] = []
        for i, short in enumerate(names[1:]):
            profile = pattern[i % len(pattern)]
            if profile == "law-2025-commune" and not reformed:
                profile = "default"
            start = date(args.first_year, 1, 1)
            if profile == "law-2025-commune" and start < REFORM:
                start = REFORM
            kind = "phuong" if rng.random() < 0.4 else "xa"
            unit = Org(short, kind, profile, start, random.Random(f"{args.seed}-{i}-{short}"))
            unit.district = Org.place_name(rng)
            self.units.append(unit)
        for org in [self.province, *self.units]:
            self.staff(org)
            if org.top:
                continue
            count = org.rng.randint(8, 16) if org.start < REFORM else org.rng.randint(14, 24)
            if org.ward:
                org.groups = [f"Tổ dân phố số {k}" for k in range(1, count + 1)]
            else:
                org.groups = [f"Thôn {h}" for h in org.rng.sample(HAMLETS, min(count, len(HAMLETS)))]

    def staff(self, org: Org) -> None:
        """Heads and deputies with their terms: a change of Chairman mid-term now and then,
        and new people from the 2025 reform (and the congresses that went with it)."""
        rng, officials = org.rng, org.officials
        first, last = self.args.first_year, self.args.last_year
        if org.start >= REFORM:
            eras = [(org.start, org.start, None)]
        else:
            party_since = min(date(2020, 8, 20), date(first - 1, 8, 20))
            council_since = min(date(2021, 6, 25), date(first - 1, 6, 25))
            if last >= REFORM.year:
                eras = [(party_since, council_since, REFORM - timedelta(days=1)),
                        (REFORM, REFORM, None)]
            else:
                eras = [(party_since, council_since, None)]
        for since, council_since, until in eras:
            secretary = person(rng)
            officials.add(secretary, "party_secretary", since, until)
            # Bí thư kiêm Chủ tịch HĐND: often in communes, the rule after the reform.
            concurrent = org.profile == "law-2025-commune" or rng.random() < (0.3 if org.top else 0.6)
            officials.add(secretary if concurrent else person(rng), "council_chair", council_since, until)
            officials.add(person(rng), "party_deputy_secretary", since, until)
            officials.add(person(rng), "council_vice_chair", council_since, until)
            end = until or date(last + 1, 12, 31)
            span = (end - council_since).days
            if span > 900 and rng.random() < 0.4:
                change = council_since + timedelta(days=rng.randint(400, span - 300))
                officials.add(person(rng), "committee_chair", council_since, change)
                officials.add(person(rng), "committee_chair", change + timedelta(days=1), until)
            else:
                officials.add(person(rng), "committee_chair", council_since, until)
            officials.add(person(rng), "committee_vice_chair", council_since, until)
            officials.add(person(rng), "front_chair", since, until)

    def allocate(self) -> None:
        """How many petitions each unit gathers: N less the province's own (≈ 2 %) and the
        province's records of forwarded petitions (≈ 2/3 of the units' 3 %), shared by
        unit size and the years each unit has records for."""
        args = self.args
        rng = random.Random(f"{args.seed}-allocate")
        n = args.petitions
        self.province_own = round(n * 0.02) if n >= 50 else min(n, 1)
        unit_total = round((n - self.province_own) / (1 + SHARE_UP * 2 / 3))
        weights = [rng.lognormvariate(0, 0.35) for _ in self.units]
        unit_years = []
        for unit in self.units:
            first = max(unit.start, date(args.first_year, 1, 1))
            last = min(self.today, date(args.last_year, 12, 31))
            unit_years.append(max(0.25, (last - first).days / 365.25))
        total = sum(w * y for w, y in zip(weights, unit_years))
        self.unit_quota = largest_remainder(
            [unit_total * w * y / total for w, y in zip(weights, unit_years)])
        self.per_year = [q / y for q, y in zip(self.unit_quota, unit_years)]

    # ------------------------------------------------------------ a unit

    def unit(self, unit: Org, quota: int, per_year: float) -> None:
        rng = unit.rng
        years = [y for y in self.years if y >= unit.start.year]
        extra = ["thematic", "ad_hoc", "periodic", "thematic", "ad_hoc"]
        if unit.profile == "binh-thuan-218":
            extra = ["thematic", "ad_hoc", "ad_hoc", "thematic", "ad_hoc"]
        sessions = schedule(unit, self.cal, years, per_year, self.today, extra)
        held = [s for s in sessions if s.held]
        shares = [KIND_FACTOR[s.kind] * rng.uniform(0.6, 1.4) for s in held]
        total = sum(shares) or 1.0
        for session, count in zip(held, largest_remainder([quota * s / total for s in shares])):
            session.npet = count
        for session in sessions:
            self.prepare_session(unit, session)
            for _ in range(session.npet):
                self.unit_petition(unit, session)
            self.write_session(unit, session)
            if session.notice:
                self.write_notice(unit, session)
        self.write_plans(unit, sessions)
        self.write_reports(unit, sessions)
        self.write_config(unit)

    def prepare_session(self, org: Org, session: Session) -> None:
        """ID, topic, chairs, and the conclusion notice's date and number."""
        rng = org.rng
        self.counts["sessions"] += 1
        session.id = org.new_id(f"{session.date}-{KIND_WORDS[session.kind]}")
        session.plan = f"ke-hoach-{session.year}" if session.kind != "ad_hoc" else None
        if session.year >= 2023 and rng.random() < 0.12:
            session.format = "online"
        if session.kind == "thematic":
            session.focus = rng.choice([f for f in THEMES if not (org.ward and f == "nong-nghiep")])
            session.topic = THEMES[session.focus]
        elif session.kind == "ad_hoc":
            session.focus = rng.choice(["dat-dai", "moi-truong", "giao-thong"])
            if session.focus == "dat-dai":
                project = rng.choice(DUAN).format(A=Org.place_name(rng), ql="1A")
                session.topic = f"Bồi thường, hỗ trợ giải phóng mặt bằng dự án {project}"
            elif session.focus == "moi-truong":
                where = lower_first(rng.choice(org.groups)) if org.groups else "khu dân cư"
                session.topic = f"Ô nhiễm môi trường tại {where}"
            else:
                session.topic = "Ngập úng, thoát nước khu dân cư sau mưa lớn"
        else:
            month = session.date.month
            period = ("nhiệm vụ" if month <= 4 else "6 tháng đầu" if month <= 8
                      else "kết quả thực hiện nhiệm vụ")
            session.topic = rng.choice([
                f"Những vấn đề Nhân dân quan tâm trên địa bàn {org.lname}",
                f"Tình hình kinh tế - xã hội, {period} năm {session.year} và những vấn đề Nhân "
                f"dân quan tâm",
                f"Lắng nghe ý kiến, kiến nghị của Nhân dân {org.lname}",
            ])
        self.choose_chairs(org, session)
        if not session.held:
            return
        # The conclusion notice, a few days after (well within the profile's limit); the last
        # weeks' notices may not be out yet, and now and then one is overdue: due, not issued.
        if org.profile == "law-2025-commune":
            notice = max(session.date,
                         self.cal.back_to_working(session.date + timedelta(days=rng.randint(3, 8))))
        else:
            notice = self.cal.shift(session.date, rng.randint(3, 8))
        recent = (self.today - session.date).days < 75
        if notice < self.today and not (recent and rng.random() < 0.12):
            session.notice = notice
            session.notice_number = org.doc_number("tb", notice)

    def choose_chairs(self, org: Org, session: Session) -> None:
        """The heads the profile names for the kind of session, in office that day; now and
        then a deputy chairs in the head's place by written delegation."""
        rng = org.rng
        positions = CHAIRS_BY_PROFILE[org.profile][session.kind]
        if org.profile == "default" and session.kind == "ad_hoc":
            positions = [rng.choice(["party_secretary", "committee_chair"])]
        names: list[str] = []
        for position in positions:
            name = org.officials.holder(position, session.date)
            if name is None or name in names:
                continue  # Bí thư kiêm Chủ tịch HĐND: one chair holds both posts
            if position in DEPUTY and session.held and rng.random() < 0.08:
                deputy = org.officials.holder(DEPUTY[position], session.date)
                if deputy is not None and deputy not in names:
                    session.chairs.append((deputy, DEPUTY[position], position))
                    names.append(deputy)
                    continue
            session.chairs.append((name, position, None))
            names.append(name)

    def speaker(self, org: Org, session: Session) -> str:
        """Who answers for the chair: the People's Committee's chair (or deputy) presiding."""
        name, position, _ = session.chairs[-1]
        for chair, post, _ in session.chairs:
            if post.startswith("committee"):
                name, position = chair, post
        return f"{name}, {title_of(org, position)}"

    # ------------------------------------------------------------ petitions of a unit

    def choose_template(self, rng: random.Random, ward: bool, session: Session,
                        up: bool = False) -> int:
        """A template for the session's place and time; a thematic or ad hoc session's
        petitions are about its field half of the time."""
        focus = session.focus if session.focus and rng.random() < 0.5 else None
        post = session.date >= REFORM
        table = (self.template_table(ward, post, up, focus)
                 or self.template_table(ward, post, up, None))
        return rng.choices(table[0], cum_weights=table[1])[0]

    def template_table(self, ward: bool, post: bool, up: bool,
                       focus: str | None) -> tuple[list[int], list[float]] | None:
        key = (ward, post, up, focus)
        if key not in self.template_cache:
            indices, cum, total = [], [], 0.0
            for i, (fld, _, _, _, _, _, where, era) in enumerate(T):
                if up != (era == "up") or (era == "post" and not post):
                    continue
                if where == ("commune" if ward else "ward") or (focus and fld != focus):
                    continue
                weight = FIELD_WEIGHTS[fld][0 if ward else 1] / sum(1 for t in T if t[0] == fld)
                if weight > 0:
                    total += weight
                    indices.append(i)
                    cum.append(total)
            self.template_cache[key] = (indices, cum)
        table = self.template_cache[key]
        return table if table[0] else None

    def unit_petition(self, unit: Org, session: Session) -> None:
        rng = unit.rng
        r = rng.random()
        category = ("up" if r < SHARE_UP else "other" if r < SHARE_UP + SHARE_OTHER
                    else "declined" if r < SHARE_UP + SHARE_OTHER + SHARE_DECLINED
                    else "answered" if r > 1 - SHARE_ANSWERED else "later")
        # Now and then a concern raised at an earlier session (three months or more before)
        # comes back: same field, same place, the same words and a reminder.
        repeat = None
        if category != "up" and unit.concerns and rng.random() < SHARE_REPEATED:
            limit = bisect_left(unit.concern_dates, session.date - timedelta(days=90))
            if limit:
                repeat = unit.concerns[rng.randrange(limit)]
        if repeat is not None:
            earlier_day, fld, group, tpl, fill, earlier, chain = repeat
        else:
            tpl = self.choose_template(rng, unit.ward, session, up=category == "up")
            group = rng.choice(unit.groups)
            fill = Fill(rng, unit, group, session.year)
        fld, tslug, content_t, answer_t, task_t, result_t, _, _ = T[tpl]
        content = content_t.format_map(fill)
        if repeat is None:
            prefix = rng.choice(PREFIXES)
            if prefix and not content.startswith("Đề nghị") and not (
                    "{g}" in prefix and "{g}" in content_t):
                content = prefix.format_map(fill) + lower_first(content)
            content += rng.choice(SUFFIXES)
        else:
            content += rng.choice([
                f" Nội dung này đã kiến nghị tại hội nghị ngày {dmy(earlier_day)} nhưng chưa được "
                f"giải quyết dứt điểm.",
                f" Kiến nghị đã nêu tại hội nghị tháng {earlier_day.month}/{earlier_day.year}, đến "
                f"nay vẫn chưa được khắc phục.",
                " Đây là kiến nghị Nhân dân đã nêu nhiều lần.",
            ])
        words = tslug if rng.random() < 0.5 else f"{tslug}-{slug(group.replace(' số ', ' '), 4)}"
        pid = unit.new_id(f"kn-{session.date}-{words}")
        session.petitions.append(pid)
        stats = unit.stats(session.year)
        stats["petitions"] += 1
        self.counts["petitions"] += 1

        lines = [f"id: {pid}", f"session: {session.id}"]
        if rng.random() < 0.25:
            via = rng.choice(VIA).format(x=unit.lname, g=lower_first(group))
            lines += ["received: before_session",
                      f"received_date: {self.cal.shift(session.date, -rng.randint(3, 12))}",
                      f"received_via: {sc(via)}"]
        else:
            session.stats["spoken"] += 1
            lines += ["received: at_session", f"speaking_order: {session.stats['spoken']}"]
        raised_at = len(lines)
        is_person = repeat is not None or rng.random() >= 0.1
        if is_person:
            lines += ["raised_by:", f"  name: {person(rng)}", f"  residential_group: {sc(group)}"]
            if rng.random() < 0.3:
                house = (f"Số {rng.randint(1, 120)}, {fill['ngo']}, {lower_first(group)}"
                         if unit.ward else f"Xóm {rng.randint(1, 9)}, {lower_first(group)}")
                lines.append(f"  address: {sc(house)}")
            if rng.random() < 0.35:
                lines.append(f'  phone: "0{rng.choice("35789")}{rng.randint(10000000, 99999999)}"')
            if rng.random() < 0.04:
                number = f"0{rng.randint(10, 96)}{rng.randint(100, 199)}{rng.randint(100000, 999999)}"
                lines.append(f'  id_number: "{number}"')
        else:
            raiser = rng.choice(ORG_RAISERS).format(g=lower_first(group))
            lines += ["raised_by:", "  kind: organisation", f"  name: {sc(raiser)}"]
        raised_by = lines[raised_at + 1:raised_at + 3]
        if repeat is not None:
            lines.append("repeats:")
            lines += [f"  - {link}" for link in [earlier, *chain][:3]]
        lines.append(f"field: {fld}")
        lines += field_lines("content", content)

        speaker = self.speaker(unit, session)
        if category == "answered":
            stats["answered"] += 1
            session.stats["answered"] += 1
            lead, _ = self.unit_lead(unit, fld, session.date)
            by = rng.choice([speaker, speaker, lead])
            lines += ["competence: own_level", "answer:", "  kind: answered", f"  by: {sc(by)}"]
            lines += field_lines("content", answer_t.format_map(fill), 2)
        elif category == "declined":
            stats["declined"] += 1
            session.stats["declined"] += 1
            reason, said, basis = rng.choice(DECLINES)
            lines += ["competence: own_level", "answer:", "  kind: declined", f"  by: {sc(speaker)}"]
            lines += field_lines("content", said, 2)
            lines += [f"  reason: {reason}"] + field_lines("basis", basis, 2)
        elif category == "later":
            stats["later"] += 1
            session.stats["later"] += 1
            lead, coordinating = self.unit_lead(unit, fld, session.date)
            reason = "under_investigation" if rng.random() < 0.15 else "insufficient_basis"
            if reason == "under_investigation":
                basis = rng.choice(BASIS_INVESTIGATION)
            else:
                basis = rng.choice(BASIS_LATER if fld in BUILDING_FIELDS else BASIS_LATER[1:])
            task = task_t.format_map(fill)
            lines += ["competence: own_level", "answer:", "  kind: answer_later", f"  by: {sc(speaker)}"]
            lines += field_lines("content", f"Giao {lead} {lower_first(task)}, trả lời công dân.", 2)
            lines += [f"  reason: {reason}"] + field_lines("basis", basis, 2)
            lines += ["assignment:", f"  lead: {sc(lead)}"]
            if rng.random() < 0.6:
                lines.append(f"  coordinating: [{', '.join(sc(c, flow=True) for c in coordinating)}]")
            lines += field_lines("task", task, 2)
            session.items.setdefault(lead, []).append(pid)
            if self.follow_up(unit, session, lines, result_t.format_map(fill), lead, fill["G"]):
                stats["resolved"] += 1
        else:  # forwarded: up to the province (level_above), or to another agency
            stats["forwarded"] += 1
            session.stats["forwarded"] += 1
            up = category == "up"
            target = self.forward_target(unit, fld, session.date, up)
            lines += [f"competence: {'level_above' if up else 'other_agency'}", "answer:",
                      "  kind: answer_later", f"  by: {sc(speaker)}"]
            said = f"{unit.name} tiếp nhận, chuyển {target} xem xét, giải quyết theo thẩm quyền."
            lines += field_lines("content", said, 2) + ["  reason: outside_competence"]
            lines += field_lines("basis", f"Nội dung thuộc thẩm quyền giải quyết của {target}", 2)
            day = self.cal.shift(session.date, rng.randint(2, 8))
            if day >= self.today:
                day = max(session.date, self.today - timedelta(days=1))
            document = f"Công văn số {unit.number('cv', day.year)}/UBND-VP"
            lines += ["forwarded:", f"  to: {sc(target)}", f"  date: {day}", f"  document: {document}"]
            session.items.setdefault("", []).append(pid)
            if up:  # written once the province has taken it up, or not
                self.counts["forwarded_up"] += 1
                self.forwarded_up.append({
                    "unit": unit, "id": pid, "session": session, "lines": lines, "date": day,
                    "document": document, "field": fld, "content": content, "group": group,
                    "raised_by": raised_by, "template": tpl, "fill": fill})
                return
            reply = self.cal.back_to_working(day + timedelta(days=rng.randint(15, 90)))
            if rng.random() < 0.6 and reply < self.today:
                code = rng.choice(["CV", "PC", "CNVPĐK", "TNMT"])
                lines += ["  reply:", f"    date: {reply}",
                          f"    document: Công văn số {rng.randint(50, 3000)}/{code}"]
                lines += field_lines("summary", rng.choice(OTHER_REPLIES), 4)
        if is_person:
            unit.concerns.append((session.date, fld, group, tpl, fill, pid,
                                  [] if repeat is None else [repeat[5], *repeat[6]]))
            unit.concern_dates.append(session.date)
        self.writer.write(unit.file(f"petitions/{session.year}/{pid}.yaml"), lines)

    def follow_up(self, org: Org, session: Session, lines: list[str], result: str, lead: str,
                  group: str) -> dict | None:
        """Written replies, the resolution and the citizen's feedback of an assigned petition,
        counted from the conclusion notice: mostly resolved in time (some after a reply that
        set a new deadline), some late, a few still open. Returns the latest of the reply and
        the resolution ({date, document, summary}), or None."""
        rng, cal, today = org.rng, self.cal, self.today
        if session.notice is None:
            return None
        start = session.date
        due = cal.shift(session.notice, 45)
        room = (due - start).days
        r = rng.random()
        replies: list[tuple[date, date | None]] = []
        resolution = None
        if r < 0.55:  # resolved in time
            resolution = start + timedelta(days=rng.randint(12, max(13, room)))
        elif r < 0.70:  # a reply sets a new deadline, resolved within it
            reply = start + timedelta(days=rng.randint(15, max(16, room - 2)))
            new = due + timedelta(days=rng.randint(25, 150))
            replies.append((reply, new))
            resolution = reply + timedelta(days=rng.randint(5, max(6, (new - reply).days)))
        elif r < 0.78:  # an interim reply, resolved in time
            reply = start + timedelta(days=rng.randint(10, 30))
            replies.append((reply, None))
            resolution = reply + timedelta(days=rng.randint(5, max(6, (due - reply).days)))
        elif r < 0.88:  # resolved late, now and then after a reply that came too late
            if rng.random() < 0.3:
                reply = due + timedelta(days=rng.randint(3, 20))
                replies.append((reply, reply + timedelta(days=rng.randint(20, 60))))
            resolution = due + timedelta(days=rng.randint(5, 120))
        elif r < 0.95:  # a new deadline, still open
            reply = start + timedelta(days=rng.randint(15, max(16, room - 2)))
            replies.append((reply, due + timedelta(days=rng.randint(30, 200))))
        # else: open, nothing since the session
        replies = [(max(cal.back_to_working(d), start), n) for d, n in replies]
        replies = [(d, n) for d, n in replies if d < today]
        if resolution is not None:
            resolution = max(cal.back_to_working(resolution), start)
            if resolution >= today:
                resolution = None
        outcome = None
        if replies:
            lines.append("replies:")
            for day, new in replies:
                template = rng.choice(EXTENSIONS) if new else None
                text = template.format(d=dmy(new)) if new else rng.choice(REPLIES)
                document = f"Văn bản số {org.number('vb', day.year)}/UBND-{'KT' if org.top else 'VP'}"
                lines += [f"  - date: {day}", f"    document: {document}"]
                lines += field_lines("content", text, 4)
                if new is not None:
                    lines += field_lines(
                        "requirements", EXTENSION_REQUIREMENTS[EXTENSIONS.index(template)], 4)
                    lines.append(f"    new_deadline: {new}")
                lines.append(f"    responsible: {sc(lead)}")
                outcome = {"date": day, "document": document, "summary": text}
        if resolution is None:
            return outcome
        document = rng.choice(RESOLUTION_DOCS).format(
            n=org.number("res", resolution.year), d=dmy(resolution))
        lines += ["resolution:", f"  date: {resolution}", f"  document: {sc(document)}"]
        lines += field_lines("result", result, 2)
        if rng.random() < 0.25:
            day = resolution + timedelta(days=rng.randint(3, 40))
            if day < today:
                agrees = rng.random() < 0.8
                note = rng.choice(AGREE_NOTES if agrees else DISAGREE_NOTES).format(G=group)
                lines += ["feedback:", f"  - date: {day}",
                          f"    agrees: {'true' if agrees else 'false'}"]
                if note:
                    lines += field_lines("note", note, 4)
        return {"date": resolution, "document": document, "summary": result, "resolved": True}

    def unit_lead(self, org: Org, fld: str, day: date) -> tuple[str, list[str]]:
        """The agency in charge of a field, and one or two to coordinate."""
        if day >= REFORM:
            economy = "Phòng Kinh tế, Hạ tầng và Đô thị" if org.ward else "Phòng Kinh tế"
            lead = UNIT_LEADS_AFTER[fld].format(economy=economy, x=org.lname)
            helpers = [f"Ủy ban MTTQ {org.lname}", "Văn phòng HĐND và UBND", f"Công an {org.lname}"]
        else:
            lead = UNIT_LEADS_BEFORE[fld].format(x=org.lname)
            if fld == "trat-tu-xay-dung" and org.ward:
                lead = "Đội Trật tự đô thị"
            helpers = [f"Ủy ban MTTQ {org.lname}", f"Ủy ban nhân dân {org.lname}",
                       f"Công an {org.lname}"]
        others = [h for h in helpers if h != lead]
        return lead, org.rng.sample(others, org.rng.randint(1, 2))

    def unit_agencies(self, org: Org) -> list[str]:
        out = [f"Ủy ban nhân dân {org.lname}"]
        if org.start < REFORM:
            out += ["Công chức Địa chính - Xây dựng", "Công chức Văn hóa - Xã hội",
                    "Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê",
                    "Đội Trật tự đô thị" if org.ward else "Công chức Nông nghiệp"]
        if self.args.last_year >= REFORM.year:
            out += ["Văn phòng HĐND và UBND",
                    "Phòng Kinh tế, Hạ tầng và Đô thị" if org.ward else "Phòng Kinh tế",
                    "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"]
        return out + [f"Công an {org.lname}", f"Ủy ban MTTQ {org.lname}", "Văn phòng Đảng ủy"]

    def province_agencies(self) -> list[str]:
        out = [f"Ủy ban nhân dân {self.province.lname}"]
        for pair in PROVINCE_AGENCIES.values():
            out += [a for a in pair if a not in out]
        return out + PROVINCE_OTHER_AGENCIES

    def forward_target(self, org: Org, fld: str, day: date, up: bool) -> str:
        rng, province = org.rng, self.province
        if up:
            if rng.random() < 0.6:
                return f"Ủy ban nhân dân {province.lname}"
            agency = province_agency(fld, day)
            return agency if agency.endswith(" tỉnh") else f"{agency} {province.lname}"
        if day >= REFORM:
            return rng.choice([f"Chi nhánh Văn phòng Đăng ký đất đai khu vực {org.district}",
                               f"Công ty Điện lực {province.short}",
                               f"Công ty Cổ phần Cấp nước {province.short}",
                               f"Bảo hiểm xã hội cơ sở {org.district}"])
        return rng.choice([f"Phòng Tài nguyên và Môi trường huyện {org.district}",
                           f"Điện lực {org.district}",
                           f"Chi nhánh Văn phòng Đăng ký đất đai huyện {org.district}",
                           f"Công an huyện {org.district}",
                           f"Ủy ban nhân dân huyện {org.district}"])

    # ------------------------------------------------------------ session files

    def write_session(self, org: Org, s: Session) -> None:
        rng, cal = org.rng, self.cal
        hall = "Hội trường Tỉnh ủy" if org.top else f"Hội trường Ủy ban nhân dân {org.lname}"
        if s.format == "online":
            where = "các xã, phường" if org.top else "các tổ dân phố" if org.ward else "các thôn"
            place = f"Điểm cầu chính tại {hall} và các điểm cầu tại {where}"
        elif org.top:
            place = rng.choice([hall, f"Trung tâm Hội nghị {org.lname}"])
        elif s.kind == "periodic":
            place = hall
        else:
            place = f"Nhà văn hóa {lower_first(rng.choice(org.groups))}, {org.lname}"
        if org.profile == "default":  # half a day (3.5 hours) to a day
            start, end = rng.choice([("07:30", "11:30"), ("08:00", "11:30"), ("14:00", "17:30"),
                                     ("13:30", "17:30"), ("08:00", "16:00")])
        else:
            start, end = rng.choice([("08:00", "11:00"), ("14:00", "17:00"), ("07:30", "11:00"),
                                     ("08:00", "11:30")])
        lines = [f"id: {s.id}", f"kind: {s.kind}", f"format: {s.format}", f"date: {s.date}",
                 f'start: "{start}"']
        if s.held:
            lines.append(f'end: "{end}"')
        lines.append(f"place: {sc(place)}")
        lines += field_lines("topic", s.topic)
        if s.plan:
            lines.append(f"plan: {s.plan}")
        lines += ["", "chairs:"]
        for name, position, behalf in s.chairs:
            lines += [f"  - name: {name}", f"    position: {position}"]
            if behalf:
                reason = rng.choice(["urgent_duty", "urgent_duty", "illness"])
                head = org.officials.holder(behalf, s.date)
                note = (f"{head} đi công tác đột xuất theo giấy triệu tập" if reason == "urgent_duty"
                        else f"{head} nghỉ ốm theo chỉ định của bác sĩ")
                lines += [f"    on_behalf_of: {behalf}", "    delegation:",
                          f"      document: Giấy ủy quyền số {rng.randint(2, 40)}/GUQ-UBND",
                          f"      date: {cal.shift(s.date, -rng.randint(1, 3))}",
                          f"      reason: {reason}", f"      note: {sc(note)}"]
        clerk = ("Chuyên viên Văn phòng Tỉnh ủy" if org.top else
                 "Công chức Văn phòng - Thống kê" if s.date < REFORM
                 else "Chuyên viên Văn phòng HĐND và UBND")
        lines += ["secretary:", f"  name: {person(rng)}", f"  position: {clerk}", ""]
        # The invitation or public notice, with a margin over the profile's minimum.
        if org.profile == "law-2025-commune":
            invited = cal.back_to_working(s.date - timedelta(days=rng.randint(9, 14)))
        else:
            invited = cal.shift(s.date, -rng.randint(5, 9))
        if invited < self.today:
            channels = (["letter", "loudspeaker"] if org.issuer == "party"
                        else ["loudspeaker", "website"])
            for extra in rng.sample(["notice_board", "social_media", "website"], rng.randint(0, 2)):
                if extra not in channels:
                    channels.append(extra)
            lines += ["invitation:", f"  date: {invited}",
                      f"  number: {org.doc_number('gm', invited)}",
                      f"  channels: [{', '.join(channels)}]"]
        else:
            lines += ["invitation:", "  channels: [letter, loudspeaker]"]
        if not s.held:  # scheduled: attendance, agenda and the rest come with the session
            lines += ["", "attendance: []", "agenda: []", "refused: []"]
            self.writer.write(org.file(f"sessions/{s.year}/{s.id}.yaml"), lines)
            return
        lines += ["", "attendance:"]
        heads = "Tỉnh ủy, HĐND, UBND tỉnh" if org.top else "Đảng ủy, HĐND, UBND"
        rows = [(f"Thường trực {heads}", rng.randint(5, 8)),
                ("Ủy ban MTTQ và các tổ chức chính trị - xã hội", rng.randint(8, 14)),
                ("Lãnh đạo các sở, ngành" if org.top else "Công chức chuyên môn", rng.randint(6, 15))]
        if not org.top:
            rows.append((f"Bí thư chi bộ, trưởng {'tổ dân phố' if org.ward else 'thôn'}",
                         len(org.groups) * 2))
        people = "các xã, phường" if org.top else "các tổ dân phố" if org.ward else "các thôn"
        rows.append((f"Đại diện Nhân dân {people}", rng.randint(40, 220)))
        for who, count in rows:
            if who.startswith("Đại diện"):
                present = max(1, count + rng.randint(-15, 25))
            else:
                present = max(1, count - rng.randint(0, 3))
            lines.append(f"  - {{organisation: {sc(who, flow=True)}, invited: {count}, "
                         f"present: {present}}}")
        steps = [("opening", "Tuyên bố lý do, giới thiệu đại biểu"),
                 ("chair_purpose", "Nêu mục đích, yêu cầu, nội dung tiếp xúc, đối thoại")]
        if rng.random() < 0.5:
            steps.append(("report", f"Báo cáo tình hình kinh tế - xã hội năm {s.year}"))
        if rng.random() < 0.4:
            steps.append(("front_summary",
                          "Ủy ban MTTQ báo cáo tổng hợp ý kiến của Nhân dân trước hội nghị"))
        steps += [("citizens_speak", "Nhân dân phát biểu ý kiến"),
                  ("agencies_answer", "Các cơ quan chuyên môn trả lời theo lĩnh vực"),
                  ("chair_answers", "Người chủ trì trả lời, giải thích, tiếp thu ý kiến")]
        if rng.random() < 0.4:
            steps.append(("exchange", "Nhân dân tiếp tục trao đổi"))
        steps.append(("chair_concludes", "Kết luận hội nghị"))
        if rng.random() < 0.5:
            steps.append(("closing", "Bế mạc"))
        lines += ["", "agenda:"]
        for step, title in steps:
            lines += [f"  - step: {step}", f"    title: {sc(title)}"]
        if rng.random() < 0.03:
            lines += ["", "refused:", "  - name: Một người tham dự không đăng ký",
                      "    reason: disorderly",
                      "    note: Liên tục ngắt lời, gây mất trật tự; đã được nhắc nhở hai lần"]
        else:
            lines += ["", "refused: []"]
        if s.petitions:
            text = (f"Ghi nhận {len(s.petitions)} ý kiến, kiến nghị của Nhân dân; "
                    f"{s.stats['answered']} ý kiến đã được trả lời ngay tại hội nghị. Giao các cơ "
                    f"quan, bộ phận chuyên môn giải quyết dứt điểm các kiến nghị còn lại, trả lời "
                    f"bằng văn bản cho Nhân dân; Ủy ban MTTQ giám sát việc thực hiện.")
            lines += [""] + field_lines("conclusion", text)
        self.writer.write(org.file(f"sessions/{s.year}/{s.id}.yaml"), lines)

    def signer(self, org: Org, day: date) -> list[str]:
        if org.issuer == "state":
            return ["signer:", f"  name: {org.officials.holder('committee_chair', day)}",
                    "  position: CHỦ TỊCH", "  authority: TM. ỦY BAN NHÂN DÂN"]
        return ["signer:", f"  name: {org.officials.holder('party_secretary', day)}",
                "  position: BÍ THƯ",
                f"  authority: {'T/M BAN THƯỜNG VỤ' if org.top else 'T/M ĐẢNG ỦY'}"]

    def write_notice(self, org: Org, s: Session) -> None:
        day = s.notice
        nid = org.new_id(f"tb-{day}")
        st = s.stats
        lines = [f"id: {nid}", f"session: {s.id}", f"issuer: {org.issuer}",
                 f"number: {s.notice_number}", f"date: {day}", *self.signer(org, day)]
        summary = (f"Hội nghị diễn ra nghiêm túc, dân chủ; có {len(s.petitions)} lượt ý kiến, kiến "
                   f"nghị, trong đó {st['answered']} ý kiến được trả lời ngay tại hội nghị, "
                   f"{st['later']} ý kiến được giao giải quyết, {st['forwarded']} ý kiến được "
                   f"chuyển cơ quan có thẩm quyền.")
        lines += field_lines("summary", summary)
        if s.items:
            lines.append("items:")
        for lead, ids in s.items.items():
            if lead:
                text = (f"{lead} chủ trì giải quyết các kiến nghị được giao, báo cáo kết quả và "
                        f"trả lời bằng văn bản cho công dân trong thời hạn quy định.")
            else:  # the petitions forwarded elsewhere: the office follows them up
                office = ("Văn phòng UBND tỉnh" if org.top else "Văn phòng HĐND và UBND"
                          if day >= REFORM else "Công chức Văn phòng - Thống kê")
                text = (f"{office} theo dõi kết quả giải quyết của các cơ quan có thẩm quyền đối "
                        f"với các kiến nghị đã chuyển, thông báo cho công dân.")
            item = field_lines("content", text, 4)
            item[0] = "  - " + item[0][4:]
            lines += item + ["    petitions:"] + [f"      - {pid}" for pid in ids]
        if org.top:
            recipients = ["Ban Thường vụ Tỉnh ủy (để b/c)", "Thường trực HĐND, UBND tỉnh",
                          "Ủy ban MTTQ tỉnh (để giám sát)", "Các sở, ngành được giao nhiệm vụ",
                          "Lưu Văn phòng Tỉnh ủy"]
        elif org.issuer == "state":
            recipients = [f"Thường trực Đảng ủy, HĐND {'phường' if org.ward else 'xã'}",
                          "Ủy ban MTTQ (để giám sát)", "Các cơ quan, bộ phận được giao nhiệm vụ",
                          "Lưu: VT"]
        else:
            recipients = ["Thường trực cấp ủy cấp trên (để b/c)", "Thường trực HĐND, UBND",
                          "Ủy ban MTTQ (để giám sát)", "Các cơ quan, bộ phận được giao nhiệm vụ",
                          "Lưu Văn phòng Đảng ủy"]
        lines.append("recipients:")
        lines += [f"  - {sc(r)}" for r in recipients]
        self.writer.write(org.file(f"conclusions/{day.year}/{nid}.yaml"), lines)

    # ------------------------------------------------------------ plans, reports, config

    def write_plans(self, org: Org, sessions: list[Session]) -> None:
        rng, cal = org.rng, self.cal
        by_year: dict[int, list[Session]] = {}
        for s in sessions:
            by_year.setdefault(s.year, []).append(s)
        office = ("Văn phòng HĐND và UBND" if org.issuer == "state" else
                  "Văn phòng Tỉnh ủy" if org.top else "Văn phòng Đảng ủy")
        for year, items in by_year.items():
            if org.start.year == year and org.start > date(year, 1, 1):
                day = cal.on_to_working(org.start + timedelta(days=rng.randint(10, 25)))
            else:
                day = cal.on_to_working(date(year, 1, rng.randint(5, 15)))
            day = min(day, cal.shift(items[0].date, -15))
            if day >= self.today:  # next year's plan, issued ahead
                day = cal.back_to_working(min(self.today - timedelta(days=1), date(year - 1, 12, 20)))
            lines = [f"id: ke-hoach-{year}", f"year: {year}", f"issuer: {org.issuer}",
                     f"number: {org.doc_number('kh', day)}", f"date: {day}", *self.signer(org, day)]
            if org.issuer == "state":
                title = (f"Tổ chức hội nghị đối thoại giữa chính quyền "
                         f"{'phường' if org.ward else 'xã'} với Nhân dân năm {year}")
                bases = [LAW_2025, QDI_11]
            else:
                where = "tỉnh" if org.top else "phường" if org.ward else "xã"
                title = (f"tiếp xúc, đối thoại trực tiếp của người đứng đầu "
                         f"{'Tỉnh ủy' if org.top else 'Đảng ủy'}, HĐND, UBND với cán bộ, đảng viên "
                         f"và Nhân dân trên địa bàn {where} năm {year}")
                bases = [QDI_11, QD_218] + ([BT_GUIDANCE] if org.profile == "binh-thuan-218" else [])
            lines += field_lines("title", title)
            lines += ["legal_bases:"] + [f"  - {sc(b)}" for b in bases]
            lines += ["purposes:"] + self.bullets(PURPOSES)
            lines += ["requirements:"] + self.bullets(REQUIREMENTS)
            lines.append("sessions:")
            for s in items:
                if s.kind == "ad_hoc":
                    continue  # ad hoc sessions are not planned
                lines += [f"  - kind: {s.kind}", f"    month: {s.date.month}"]
                lines += field_lines("topic", s.topic, 4)
                lines.append(f"    chairs: [{', '.join(CHAIRS_BY_PROFILE[org.profile][s.kind])}]")
            lines.append("tasks:")
            for body, task in [(office, TASK_OFFICE), (f"Ủy ban MTTQ {org.lname}", TASK_FRONT)]:
                lines += [f"  - body: {sc(body)}"] + field_lines("task", task, 4)
            above = ("Ban Thường vụ Tỉnh ủy (để b/c)" if org.top
                     else f"Thường trực {'Tỉnh ủy' if year >= 2025 else 'cấp ủy cấp trên'} (để b/c)")
            archive = "Lưu: VT" if org.issuer == "state" else f"Lưu {office}"
            lines.append("recipients:")
            lines += [f"  - {sc(r)}" for r in [above, "Thường trực HĐND, UBND, Ủy ban MTTQ", archive]]
            self.writer.write(org.file(f"plans/ke-hoach-{year}.yaml"), lines)

    @staticmethod
    def bullets(texts: list[str], indent: int = 2) -> list[str]:
        out = []
        pad = " " * indent
        for text in texts:
            if indent + 2 + len(text) <= 100:
                out.append(f"{pad}- {sc(text)}")
            else:
                out += [f"{pad}- >-"] + [f"{pad}  {line}" for line in wrap(text, 96 - indent)]
        return out

    def write_reports(self, org: Org, sessions: list[Session]) -> None:
        """The annual report of each year that is over, issued in the second half of December."""
        rng = org.rng
        for year in sorted({s.year for s in sessions}):
            if year >= self.today.year:
                continue
            held = sum(1 for s in sessions if s.year == year and s.held)
            day = self.cal.back_to_working(date(year, 12, rng.randint(12, 26)))
            st = org.stats(year)
            lines = [f"id: bao-cao-{year}", f"year: {year}", f"issuer: {org.issuer}",
                     f"number: {org.doc_number('bc', day)}", f"date: {day}", *self.signer(org, day)]
            lines.append("recipients:")
            archive = "Lưu: VT" if org.issuer == "state" else "Lưu Văn phòng"
            lines += [f"  - {sc(r)}" for r in ["Cấp ủy, chính quyền cấp trên (để b/c)",
                                                "Thường trực HĐND, Ủy ban MTTQ", archive]]
            lines += ["assessment:"] + self.bullets([
                f"Trong năm {year} tổ chức {held} hội nghị tiếp xúc, đối thoại với "
                f"{st['petitions']} lượt ý kiến, kiến nghị; {st['answered']} ý kiến được trả lời "
                f"ngay tại hội nghị, {st['later']} ý kiến được giao giải quyết ({st['resolved']} "
                f"đã giải quyết xong), {st['forwarded']} ý kiến được chuyển cơ quan có thẩm quyền."])
            lines += ["limitations:"] + self.bullets([
                "Một số kiến nghị về đất đai, hạ tầng giải quyết còn chậm so với thời hạn do cần "
                "bố trí vốn, khảo sát kéo dài."])
            lines += ["directions:"] + self.bullets([
                f"Tiếp tục tổ chức tiếp xúc, đối thoại theo kế hoạch năm {year + 1}; tăng cường "
                f"theo dõi, đôn đốc giải quyết dứt điểm các kiến nghị tồn đọng."])
            self.writer.write(org.file(f"reports/bao-cao-{year}.yaml"), lines)

    def write_config(self, org: Org) -> None:
        province = upper(self.province.short)
        name = upper(org.short)
        kind = {"xa": "XÃ", "phuong": "PHƯỜNG", "tinh": "TỈNH"}[org.kind]
        if org.top:
            lines = [f"# Kho hồ sơ tổng hợp (sinh tự động): {org.name} và {len(self.units)} xã, "
                     f"phường trực thuộc.", "# Tên đơn vị và nhân sự là hư cấu.", ""]
        else:
            lines = [f"# Kho hồ sơ (sinh tự động): {org.name}, {self.province.name}. "
                     f"Tên và nhân sự là hư cấu.", ""]
        lines += [f"name: {org.name}", f"level: {'province' if org.top else 'commune'}",
                  f"place: {org.short}", f"province: {self.province.short}",
                  f"profile: {org.profile}", "overrides: {}", ""]
        if not org.top and org.start >= REFORM:  # a commune formed by the 2025 reform
            lines[-1:-1] = [f"established: {REFORM}"]
        if org.top:
            lines += ["party:", f"  superior: ĐẢNG BỘ TỈNH {province}",
                      f"  name: TỈNH ỦY {province}", "  abbreviation: TU",
                      "  office: Văn phòng Tỉnh ủy",
                      "state:", f"  name: ỦY BAN NHÂN DÂN TỈNH {province}", "  abbreviation: UBND",
                      "  office: Văn phòng UBND tỉnh"]
        else:
            lines += ["party:", f"  superior: ĐẢNG BỘ TỈNH {province}",
                      f"  name: ĐẢNG ỦY {kind} {name}", "  abbreviation: ĐU",
                      "  office: Văn phòng Đảng ủy",
                      "state:", f"  name: ỦY BAN NHÂN DÂN {kind} {name}", "  abbreviation: UBND"]
            if org.issuer == "state":
                lines.append("  office: Văn phòng HĐND và UBND")
        lines += ["council:", f"  name: HỘI ĐỒNG NHÂN DÂN {kind} {name}", "  abbreviation: HĐND",
                  "front:", f"  name: ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM {kind} {name}",
                  "  abbreviation: MTTQ", "", "officials:"]
        lines += org.officials.yaml()
        lines += ["", "fields:"]
        for code, label in FIELD_NAMES:
            if not (code == "nong-nghiep" and org.ward):
                lines += [f"  - code: {code}", f"    name: {sc(label)}"]
        agencies = self.province_agencies() if org.top else self.unit_agencies(org)
        lines += ["", "agencies:"] + [f"  - {sc(a)}" for a in agencies]
        if org.top:
            lines += ["", "# Các xã, phường trực thuộc: mỗi đơn vị là một kho hồ sơ riêng.",
                      "units:"]
            for unit in self.units:
                lines += [f"  - path: {unit.path}", f"    name: {unit.name}"]
        self.writer.write(org.file("tiepxuc.yaml"), lines)

    # ------------------------------------------------------------ the province

    def province_records(self) -> None:
        """The province's sessions with its own petitions and, at the first session a week or
        more after a unit forwarded one, about two thirds of the petitions forwarded up."""
        prov = self.province
        rng = prov.rng
        held = [s for s in self.province_sessions if s.held]
        dates = [s.date for s in held]
        eligible = []
        for item in self.forwarded_up:
            k = bisect_left(dates, item["date"] + timedelta(days=7))
            if k < len(held) and (held[k].date - item["date"]).days <= 240:
                eligible.append((item, held[k]))
        taken = rng.sample(range(len(eligible)),
                           min(round(len(self.forwarded_up) * 2 / 3), len(eligible)))
        by_session: dict[date, list[dict]] = {}
        for i in sorted(taken):
            item, session = eligible[i]
            by_session.setdefault(session.date, []).append(item)
        shares = [KIND_FACTOR[s.kind] * rng.uniform(0.6, 1.4) for s in held]
        total = sum(shares) or 1.0
        for session, count in zip(held, largest_remainder(
                [self.province_own * x / total for x in shares])):
            session.npet = count
        for session in self.province_sessions:
            self.prepare_session(prov, session)
            for _ in range(session.npet):
                self.province_petition(session, None)
            for item in by_session.get(session.date, []):
                self.province_petition(session, item)
            self.write_session(prov, session)
            if session.notice:
                self.write_notice(prov, session)
        self.write_plans(prov, self.province_sessions)
        self.write_reports(prov, self.province_sessions)

    def province_petition(self, session: Session, item: dict | None) -> None:
        """A petition raised at one of the province's sessions, or (``item``) one a unit
        forwarded up, linked back with ``origin``."""
        prov = self.province
        rng = prov.rng
        stats = prov.stats(session.year)
        stats["petitions"] += 1
        self.counts["petitions"] += 1
        if item is None:
            unit = rng.choice(self.units)
            group = rng.choice(unit.groups)
            tpl = self.choose_template(rng, unit.ward, session, up=rng.random() < 0.5)
            fill = Fill(rng, unit, group, session.year)
            content = T[tpl][2].format_map(fill)
            if "{x}" not in T[tpl][2]:
                content = f"{content.rstrip('.')} ({lower_first(group)}, {unit.lname})."
        else:
            self.counts["origins"] += 1
            unit, group, tpl, content = item["unit"], item["group"], item["template"], item["content"]
            fill = item["fill"]
        fld = T[tpl][0]
        pid = prov.new_id(f"kn-{session.date}-{T[tpl][1]}")
        session.petitions.append(pid)
        lines = [f"id: {pid}", f"session: {session.id}"]
        address = f"  address: {sc(f'{group}, {unit.lname}')}"
        if item is None:
            if rng.random() < 0.3:
                via = rng.choice(["Ủy ban MTTQ tỉnh tổng hợp", "Đơn gửi Ban Tiếp công dân tỉnh",
                                  "Cổng thông tin điện tử tỉnh"])
                lines += ["received: before_session",
                          f"received_date: {self.cal.shift(session.date, -rng.randint(3, 15))}",
                          f"received_via: {via}"]
            else:
                session.stats["spoken"] += 1
                lines += ["received: at_session", f"speaking_order: {session.stats['spoken']}"]
            if rng.random() < 0.2:
                body = rng.choice(["Hội Nông dân", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ",
                                   "Hiệp hội Doanh nghiệp"])
                lines += ["raised_by:", "  kind: organisation", f"  name: {body} {unit.lname}"]
            else:
                lines += ["raised_by:", f"  name: {person(rng)}",
                          f"  residential_group: {sc(unit.name)}", address]
        else:
            received = min(session.date, self.cal.shift(item["date"], rng.randint(1, 4)))
            lines += ["received: before_session", f"received_date: {received}"]
            lines += field_lines("received_via", f"{item['document']} ngày {dmy(item['date'])} "
                                 f"của Ủy ban nhân dân {unit.lname}")
            raised_by = item["raised_by"]
            if raised_by[0].startswith("  kind:"):
                lines += ["raised_by:", *raised_by]
            else:
                lines += ["raised_by:", raised_by[0], f"  residential_group: {sc(unit.name)}",
                          address]
        lines.append(f"field: {fld}")
        lines += field_lines("content", content)
        lines.append("competence: own_level")
        speaker = self.speaker(prov, session)
        lead = province_agency(fld, session.date)
        r = rng.random()
        outcome = None
        if r < 0.35:  # answered or declined at the session: the notice tells the unit
            if r < 0.3:
                stats["answered"] += 1
                session.stats["answered"] += 1
                said = rng.choice(PROVINCE_ANSWERS).format(lead=lead, x=unit.lname)
                lines += ["answer:", "  kind: answered", f"  by: {sc(speaker)}"]
                lines += field_lines("content", said, 2)
            else:
                stats["declined"] += 1
                session.stats["declined"] += 1
                reason, said, basis = rng.choice(DECLINES)
                lines += ["answer:", "  kind: declined", f"  by: {sc(speaker)}"]
                lines += field_lines("content", said, 2)
                lines += [f"  reason: {reason}"] + field_lines("basis", basis, 2)
            if session.notice:
                outcome = {"date": session.notice, "summary": said,
                           "document": f"Thông báo số {session.notice_number}"}
        else:
            stats["later"] += 1
            session.stats["later"] += 1
            task = (T[tpl][4].format_map(fill) if T[tpl][4] else
                    f"Kiểm tra, đề xuất UBND tỉnh giải quyết kiến nghị của công dân {unit.lname}")
            lines += ["answer:", "  kind: answer_later", f"  by: {sc(speaker)}"]
            lines += field_lines("content", f"Giao {lead} chủ trì kiểm tra, tham mưu UBND tỉnh "
                                 f"giải quyết.", 2)
            basis = rng.choice(BASIS_LATER if fld in BUILDING_FIELDS else BASIS_LATER[1:])
            lines += ["  reason: insufficient_basis"] + field_lines("basis", basis, 2)
            lines += ["assignment:", f"  lead: {sc(lead)}"]
            if rng.random() < 0.3:
                lines.append(f"  coordinating: [Ủy ban nhân dân {prov.lname}]")
            lines += field_lines("task", task, 2)
            session.items.setdefault(lead, []).append(pid)
            result = T[tpl][5].format_map(fill) if T[tpl][5] else rng.choice(PROVINCE_RESULTS)
            outcome = self.follow_up(prov, session, lines, result, lead, unit.name)
            if outcome and outcome.get("resolved"):
                stats["resolved"] += 1
        if item is not None:
            lines += ["origin:", f"  unit: {unit.path}", f"  petition: {item['id']}"]
            if outcome and outcome["date"] < self.today:
                item["reply"] = outcome
        self.writer.write(f"petitions/{session.year}/{pid}.yaml", lines)

    def write_forwarded(self) -> None:
        """The unit petitions forwarded up, with the province's reply when there is one."""
        for item in self.forwarded_up:
            lines, rng = item["lines"], item["unit"].rng
            reply = item.get("reply")
            if reply is None and rng.random() < 0.4:  # answered by letter, no record up there
                day = self.cal.back_to_working(item["date"] + timedelta(days=rng.randint(20, 80)))
                if day < self.today:
                    reply = {"date": day,
                             "document": f"Công văn số {rng.randint(100, 4000)}/UBND-KT",
                             "summary": "UBND tỉnh đã giao sở, ngành chuyên môn kiểm tra, sẽ trả "
                                        "lời công dân khi có kết quả."}
            if reply is not None:
                lines += ["  reply:", f"    date: {reply['date']}",
                          f"    document: {sc(reply['document'])}"]
                lines += field_lines("summary", reply["summary"], 4)
            self.writer.write(item["unit"].file(f"petitions/{item['session'].year}/{item['id']}.yaml"),
                              lines)


# ---------------------------------------------------------------- command line


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=" ".join(__doc__.split("\n\n")[0].split()),
        usage="python benchmarks/make_corpus.py OUT --petitions N [--units U] [--first-year Y] "
              "[--last-year Y] [--seed S] [--today YYYY-MM-DD]")
    parser.add_argument("out", metavar="OUT", help="folder to create (new or empty)")
    parser.add_argument("--petitions", type=int, required=True, metavar="N",
                        help="about how many petitions in all")
    parser.add_argument("--units", type=int, metavar="U",
                        help="communes and wards (default: max(2, N // 1000))")
    parser.add_argument("--first-year", type=int, default=2022, metavar="Y")
    parser.add_argument("--last-year", type=int, default=2026, metavar="Y")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--today", type=date.fromisoformat, default=REFERENCE_DAY, metavar="DATE",
                        help=f"the day the records are written as of (default {REFERENCE_DAY})")
    args = parser.parse_args(argv)
    if args.units is None:
        args.units = max(2, args.petitions // 1000)
    if args.petitions < 1 or args.units < 1:
        parser.error("--petitions and --units must be at least 1")
    if args.first_year > args.last_year:
        parser.error("--first-year must not be after --last-year")
    if not (2000 < args.first_year and args.last_year < 2100):
        parser.error("years must be between 2001 and 2099")
    if date(args.first_year, 4, 1) >= args.today:
        parser.error("--first-year must begin before --today")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if os.path.exists(args.out) and (not os.path.isdir(args.out) or os.listdir(args.out)):
        print(f"make_corpus: {args.out} exists and is not an empty folder; choose a new one "
              f"(nothing was written)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    generator = Generator(args)
    generator.run()
    counts, writer = generator.counts, generator.writer
    print(f"make_corpus: {len(generator.units)} units + province, {counts['sessions']} sessions, "
          f"{counts['petitions']} petitions ({counts['forwarded_up']} forwarded up, "
          f"{counts['origins']} taken up by the province), {writer.files} files, "
          f"{writer.bytes / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
