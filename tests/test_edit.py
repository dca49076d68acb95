"""records/edit.py: changing a record the way a person would, the rest of the file untouched."""

from __future__ import annotations

from datetime import date

from tiepxuc.records import edit, yamlio

TEXT = """\
# ghi chú đầu tệp
id: kn-1
raised_by:
  name: Đỗ Văn Hải   # người nêu
content: >-
  Đường ngõ 12
  xuống cấp.
replies:
  - date: 2024-08-20
    document: Văn bản số 88
    # ghi chú trong mục
    new_deadline: 2024-12-15

# ghi chú của khóa sau
feedback: []
"""


def test_replacing_a_scalar_keeps_its_comment_and_everything_else():
    text = "id: kn-1\nfield: dat-dai   # lĩnh vực\ncontent: x\n"
    assert edit.set_value(text, "field", "moi-truong") == "id: kn-1\nfield: moi-truong   # lĩnh vực\ncontent: x\n"


def test_values_that_yaml_would_retype_are_quoted():
    for value in ("0912345678", "no", "on", "07:30", "a: b", "- x", "#1"):
        text = edit.set_value("id: x\n", "note", value)
        assert yamlio.parse(text).data["note"] == value, text
    assert edit.set_value("id: x\n", "day", date(2024, 6, 5)) == "id: x\nday: 2024-06-05\n"


def test_appending_after_a_multiline_item_keeps_the_next_keys_comment_in_place():
    text = edit.append_item(TEXT, "replies", {"date": date(2025, 1, 10), "document": "Số 12"})
    assert text == TEXT.replace(
        "    new_deadline: 2024-12-15\n",
        "    new_deadline: 2024-12-15\n  - date: 2025-01-10\n    document: Số 12\n")


def test_appending_to_an_empty_or_flow_list_writes_a_block_list():
    text = edit.append_item(TEXT, "feedback", {"date": date(2025, 2, 1), "agrees": False})
    assert text.endswith("# ghi chú của khóa sau\nfeedback:\n  - date: 2025-02-01\n    agrees: false\n")
    flow = edit.append_item("id: x\ntags: [a, b]\nend: 1\n", "tags", "c")
    assert flow == "id: x\ntags:\n  - a\n  - b\n  - c\nend: 1\n"


def test_a_list_at_its_keys_own_indentation_is_one_block():
    text = "id: x\nitems:\n- a\n- b\nend: 1\n"
    assert edit.set_value(text, "items", ["c"]) == "id: x\nitems:\n  - c\nend: 1\n"


def test_a_new_key_goes_after_the_keys_before_it_in_the_model():
    order = ["id", "raised_by", "content", "answer", "replies", "feedback"]
    text = edit.set_value(TEXT, "answer", {"kind": "answered"}, order)
    assert text == TEXT.replace("replies:\n", "answer:\n  kind: answered\nreplies:\n", 1)
    assert edit.set_value(TEXT, "seal", "sha256:0") == TEXT + "seal: sha256:0\n"
