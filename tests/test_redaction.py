"""Public redaction at scale: the names and known values of every citizen are matched in one
pass over each text (privacy.Redactor, privacy.Slugs), with the same results as the former
one-substitution-per-name algorithm, and work that grows linearly with the records."""

from __future__ import annotations

import random
import re
import sys

from tiepxuc import privacy
from tiepxuc.messages import t_vi

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu"]
GIVEN = ["Khánh", "Lan", "Hùng", "Dũng", "Hương", "Tuấn", "Mai", "Đạt", "Yến", "Phúc", "Long",
         "Hà", "Giang", "Nam", "Linh", "Sơn", "Trang", "Quân", "Thảo", "Vinh"]
FILLER = ("ông bà anh chị phản ánh đề nghị cống thoát nước bị tắc đường ngõ xóm tổ dân phố "
          "số rác thải ô nhiễm tiếng ồn chiều tối hôm qua gọi điện báo lại nhiều lần chưa "
          "được giải quyết kính mong UBND phường xem xét cấp giấy chứng nhận").split()
STREETS = ["Hoàng Hoa Thám", "Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Điện Biên Phủ"]


def old_redact(text: str, names=(), values=()) -> str:
    """The algorithm before privacy.Redactor, kept here as the reference: one substitution per
    value and per name, anywhere in the text (even inside a longer word)."""
    hidden = t_vi("doc.hidden")
    for value in sorted({v.strip() for v in values if v and len(v.strip()) >= 4}, key=len,
                        reverse=True):
        text = re.sub(re.escape(value), hidden, text, flags=re.IGNORECASE)
    for name in sorted({n for n in names if n and n.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(name.strip()), privacy.initials(name), text, flags=re.IGNORECASE)
    for _, start, end in reversed(privacy.find(text)):
        text = text[:start] + hidden + text[end:]
    text = privacy._HOUSE.sub(hidden, text)
    text = privacy._PHONE_OR_ID.sub(lambda m: (" " if m.group(0)[0].isspace() else "") + hidden,
                                    text)
    return privacy._ID_NUMBER.sub(hidden, text)


def old_redact_id(value: str, slugs) -> str:
    for words, short in slugs:
        value = re.sub(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])", short, value)
    spaced = value.replace("-", " ")
    for _, start, end in reversed(privacy.find(spaced)):
        value = value[:start] + "an" + value[end:]
    return value


def people(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        words = [rng.choice(FAMILY)]
        words += [rng.choice(MIDDLE) for _ in range(rng.choice((0, 1, 1, 1, 2)))]
        words.append(rng.choice(GIVEN))
        if rng.random() < 0.1:  # a second given name: “Nguyễn Thị Thu Hà”
            words.append(rng.choice(GIVEN))
        names.add(" ".join(words))
    return sorted(names)


def addresses(rng: random.Random, count: int) -> list[str]:
    return [f"Số {rng.randint(2, 300)}, ngõ {rng.randint(2, 90)} {rng.choice(STREETS)}"
            if rng.random() < 0.5 else f"Thôn {rng.choice(GIVEN)} {rng.choice(GIVEN)}, "
            f"xã {rng.choice(STREETS)}" for _ in range(count)]


def phone(rng: random.Random) -> str:
    digits = "09" + "".join(rng.choice("0123456789") for _ in range(8))
    return rng.choice([digits, f"{digits[:4]} {digits[4:7]} {digits[7:]}",
                       f"+84 {digits[1:4]}.{digits[4:7]}.{digits[7:]}"])


def sentence(rng: random.Random, names: list[str], values: list[str]) -> str:
    """Free text as offices write it: names (in any case) and known values at word boundaries,
    phone numbers, punctuation."""
    parts = []
    for _ in range(rng.randint(3, 25)):
        roll = rng.random()
        if roll < 0.12:
            name = rng.choice(names)
            name = rng.choice([name, name, name.upper(), name.lower()])
            parts.append(rng.choice(["ông ", "bà ", "", "(", "anh "]) + name
                         + rng.choice(["", ",", ")", ".", ":", ";"]))
        elif roll < 0.18 and values:
            parts.append(rng.choice(values) + rng.choice(["", ",", "."]))
        elif roll < 0.23:
            parts.append("ĐT " + phone(rng))
        else:
            parts.append(rng.choice(FILLER))
    return " ".join(parts)


# ---------------------------------------------------------------- the same results as before


def test_the_fast_path_gives_the_former_results_on_varied_texts():
    for seed in range(40):
        rng = random.Random(seed)
        names = people(rng, rng.choice((1, 5, 30, 200)))
        values = addresses(rng, rng.choice((0, 3, 20)))
        redactor = privacy.Redactor(names, values)
        for _ in range(25):
            text = sentence(rng, names, values)
            expected = old_redact(text, names, values)
            assert redactor.redact(text) == expected, (seed, text)
            assert privacy.redact(text, names, values) == expected


def test_known_cases_match_the_former_algorithm():
    names = ["Nguyễn Văn Khánh", "Trần Thị Lan", "Lan", "Lê Văn Long"]
    values = ["Số 12, ngõ 8", "0912345678", "abc"]  # “abc”: too short to be hidden
    for text in [
        "Ông Nguyễn Văn Khánh (Số 12, ngõ 8) gọi 0912345678 báo cống tắc.",
        "ÔNG NGUYỄN VĂN KHÁNH và bà trần thị lan cùng ký đơn; bà Lan ở tổ 4.",
        "Lê Văn Long: đề nghị abc; liên hệ số 12, NGÕ 8 hoặc lan@example.vn",
        "Không có tên nào ở đây, chỉ có số nhà 14 và CCCD 024187001234.",
        "",
    ]:
        assert privacy.redact(text, names, values) == old_redact(text, names, values), text


def test_whole_words_only_a_name_inside_a_longer_word_is_not_a_name():
    """The former algorithm hid “Lan” inside “Lanh” (“L.h”), “Long” in “Longan”: a name is
    now matched as whole words only (case-insensitive, accent-exact)."""
    names = ["Lan", "Nguyễn Văn Khánh"]
    assert privacy.redact("bà Lan ở tổ 5, nhà bà Lanh bên cạnh", names) == \
        "bà L. ở tổ 5, nhà bà Lanh bên cạnh"
    assert old_redact("nhà bà Lanh", names) == "nhà bà L.h"  # what it was
    assert privacy.redact("LAN, lan và Lan.", names) == "L., L. và L.."
    assert privacy.redact("ông Nguyễn Văn Khánhs", names) == "ông Nguyễn Văn Khánhs"
    # accents are exact: “Lân” and “Lán” are other names
    assert privacy.redact("ông Lân, bà Lán", names) == "ông Lân, bà Lán"
    # spaces and line breaks between the words of a name are all alike
    assert privacy.redact("ông Nguyễn  Văn\nKhánh", names) == "ông N.V.K."


def test_text_not_in_nfc_is_redacted_too():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Ông Nguyễn Văn Khánh phản ánh")
    assert privacy.redact(decomposed, ["Nguyễn Văn Khánh"]) == "Ông N.V.K. phản ánh"


def test_values_keep_their_punctuation_and_longest_match_wins():
    values = ["(024) 3825 1234", "Thôn Hòa Bình", "Thôn Hòa Bình, xã Phúc Lộc"]
    hidden = t_vi("doc.hidden")
    assert privacy.redact("gọi (024) 3825 1234.", (), values) == f"gọi {hidden}."
    assert privacy.redact("ở thôn Hòa Bình, xã Phúc Lộc.", (), values) == f"ở {hidden}."
    assert privacy.redact("ở Thôn Hòa Bình.", (), values) == f"ở {hidden}."


def test_record_ids_lose_the_names_as_before():
    rng = random.Random(7)
    names = people(rng, 300) + ["Nguyễn Văn Khánh", "Văn Khánh"]
    pairs = privacy._slug_names(names)
    slugs = privacy.Slugs(pairs)
    from tiepxuc.records.ids import slug

    for index in range(300):
        name = rng.choice(names)
        value = f"kn-2024-06-{index % 28 + 1:02d}-ong-{slug(name, max_length=0)}-de-nghi-a2c4"
        if index % 3 == 0:
            value = value.replace("de-nghi", f"goi-0912-345-{index % 1000:03d}")
        assert privacy.redact_id(value, slugs) == old_redact_id(value, pairs), value
        assert privacy.redact_id(value, pairs) == old_redact_id(value, pairs)
    hide = privacy.Hide(["Nguyễn Văn Khánh"], [])
    text = "Xem kn-2024-06-14-ong-nguyen-van-khanh-de-nghi-a2c4 và kn-2024-06-15-rac-thai-b7x2."
    assert hide.text(text) == \
        "Xem kn-2024-06-14-ong-nvk-de-nghi-a2c4 và kn-2024-06-15-rac-thai-b7x2."


# ---------------------------------------------------------------- linear work


def corpus(count: int) -> tuple[list[str], list[str], list[str]]:
    """``count`` citizens, each with an address and one petition text naming them."""
    rng = random.Random(count)
    names = people(random.Random(1), count) if count <= 2000 else None
    if names is None:  # more names than the small lists give: numbered given names
        names = [f"{rng.choice(FAMILY)} Văn Người{index}" for index in range(count)]
    values = [f"Số {index + 2}, ngõ {index % 90 + 2} {STREETS[index % 5]}"
              for index in range(count)]
    texts = [f"Ông {name} (ĐT {phone(rng)}) phản ánh cống thoát nước ngõ {index % 90 + 2} bị tắc, "
             f"đề nghị UBND phường xem xét." for index, name in enumerate(names)]
    return names, values, texts


def operations(count: int, run) -> int:
    """How many Python and C function calls redacting ``count`` texts with ``count`` names
    takes: an exact count, not a time, so the test cannot flake on a busy machine."""
    names, values, texts = corpus(count)
    calls = 0

    def profile(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        run(names, values, texts)
    finally:
        sys.setprofile(None)
    return calls


def fast(names, values, texts):
    redactor = privacy.Redactor(names, values)
    for text in texts:
        redactor.redact(text)


def test_redaction_work_grows_linearly_with_the_records():
    small, large = operations(1000, fast), operations(2000, fast)
    assert large < 2.2 * small, (small, large)  # twice the records: twice the work


def test_the_former_algorithm_was_quadratic():
    """The measure above tells quadratic from linear: one substitution per name per text."""

    def old(names, values, texts):
        for text in texts:
            old_redact(text, names, values)

    small, large = operations(50, old), operations(150, old)
    assert large > 5 * small, (small, large)  # three times the records: about nine times the work
