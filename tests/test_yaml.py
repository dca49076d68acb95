"""YAML done safely: no implicit types, no aliases, no duplicate keys, positions kept."""

from __future__ import annotations

import unicodedata

import pytest

from tiepxuc.records import yamlio


def test_values_that_yaml_would_convert_stay_text():
    doc = yamlio.parse(
        "phone: 0912345678\noctal: 0312345670\ncccd: 012345670123\nstart: 07:30\n"
        "late: 14:30\nhandled: no\nlight: on\nnorway: NO\nversion: 1.10\nday: 2024-06-14\n"
    )
    assert doc.data == {
        "phone": "0912345678", "octal": "0312345670", "cccd": "012345670123",
        "start": "07:30", "late": "14:30", "handled": "no", "light": "on", "norway": "NO",
        "version": "1.10", "day": "2024-06-14",
    }


def test_nulls_and_quoted_text():
    doc = yamlio.parse('a:\nb: ~\nc: null\nd: ""\ne: "null"\n')
    assert doc.data == {"a": None, "b": None, "c": None, "d": "", "e": "null"}
    assert ("e",) not in doc.plain and ("b",) not in doc.plain


def test_positions_of_keys_and_values():
    doc = yamlio.parse("id: x\nchairs:\n  - name: An\n    position: party_secretary\n")
    assert doc.position(("chairs", 0, "position")) == yamlio.Position(4, 15, doc.values[("chairs", 0, "position")].index)
    assert doc.position(("chairs", 0, "position"), key=True).line == 4
    assert doc.position(("chairs", 0, "name")).column == 11
    # a missing path points at its nearest parent
    assert doc.position(("chairs", 0, "missing")).line == 3


def test_alias_is_refused_at_the_alias():
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse("a: &x [1, 2]\nb: c\nd: *x\n")
    assert caught.value.kind == "YAML-ALIAS"
    assert caught.value.position.line == 3


def test_merge_key_alias_is_refused():
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse("base: &b {x: 1}\nother:\n  <<: *b\n")
    assert caught.value.kind == "YAML-ALIAS"


def test_billion_laughs_is_refused_quickly():
    text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        text += f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse(text)
    assert caught.value.kind == "YAML-ALIAS"


def test_duplicate_key_is_refused_at_the_second_key():
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse("id: a\nplace: X\nkind: periodic\nplace: Y\n")
    assert caught.value.kind == "YAML-DUPLICATE-KEY"
    assert caught.value.position.line == 4
    assert caught.value.values == {"key": "place", "first": 2}


@pytest.mark.parametrize(("text", "line", "key"), [
    ("a: 1\n  b: 2\n", 2, "yaml.colon"),
    ("a: [1, 2\nb: 3\n", 2, "yaml.unclosed_bracket"),
    ('a: "x\nb: 2\n', 3, "yaml.unclosed"),
    ("a: 1\n\tb: 2\n", 2, "yaml.tab"),
    ("a: 1\n---\nb: 2\n", 2, "yaml.multiple_documents"),
])
def test_syntax_errors_have_a_line_and_an_explanation(text, line, key):
    with pytest.raises(yamlio.YamlProblem) as caught:
        yamlio.parse(text)
    assert caught.value.kind == "YAML-SYNTAX"
    assert caught.value.position.line == line
    assert caught.value.key == key


def test_decomposed_vietnamese_is_normalised_to_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hương, phường Dĩnh Kế")
    doc = yamlio.parse(f"name: {nfd}\n")
    assert doc.data["name"] == "Nguyễn Thị Hương, phường Dĩnh Kế"
    assert unicodedata.is_normalized("NFC", doc.data["name"])


def test_quote_round_trips():
    for value in ['Hội trường "A"', "a: b # c", "0912345678", "no", "{{ x }}", "dòng 1\ndòng 2"]:
        assert yamlio.parse(f"v: {yamlio.quote(value)}\n").data["v"] == value
