"""Property tests: whatever a file holds, the loader and the validator answer with problems
(values), never with an exception.

Generated inputs are random text built from YAML-ish fragments (indicators, tabs, quotes,
anchors, control characters, BOMs, decomposed Vietnamese…), random bytes, and YAML structures
shaped like records (the models' own keys, nested lists and mappings) dumped by PyYAML. Runs are
bounded and reproducible for CI (``derandomize=True``).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiepxuc.diagnostics import Diagnostic
from tiepxuc.fileio import UnreadableFile, read_text
from tiepxuc.records import yamlio
from tiepxuc.records.check import check_record
from tiepxuc.records.models import RECORD_MODELS
from tiepxuc.rules.catalogue import RULES
from tiepxuc.validation import validate

AS_OF = date(2025, 1, 15)
LOADER_RULES = {"YAML-SYNTAX", "YAML-NESTING", "YAML-ALIAS", "YAML-DUPLICATE-KEY", "MERGE-CONFLICT"}
FAST = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SLOW = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

NFD = unicodedata.normalize("NFD", "Nguyễn Thị Hương, phường Dĩnh Kế")
FRAGMENTS = [
    ": ", ":", "- ", "-", "? ", "[", "]", "{", "}", ",", "#", " #", "\t", "\n", "\r\n", "\r", "  ",
    "    ", '"', "'", "\\", "\\q", "&a ", "*a", "&", "*", "!", "!!str ", "! ", "|", ">", "|-",
    "---", "...", "%YAML 1.1", "%", "@", "`", "\x00", "\x07", "\x85", "\u2028", "\ufeff", "<<: ",
    "id: ", "session: ", "date: ", "chairs:\n  - name: ", "phone: 0912345678", "2024-02-30",
    "14/06/2024", "07:30", "no", "on", "~", "null", "kn-2024-06-14-rac-thai", "Trần Văn Hùng",
    NFD, "🙂", "\U0010ffff", "\ud7ff", "a" * 50, "[" * 80, "- " * 80, "{a: " * 40,
    "[" * 3000, "- " * 3000, "{a: " * 1500,
]
# Whole documents nested deeper than Python's recursion limit. (Deep enough to crash libyaml's
# composer is test_hostile_input's, in a process of its own.)
DEEP = ["[" * 3000 + "]" * 3000, "- " * 3000 + "x\n", "a: " + "{b: " * 1500 + "}" * 1500]
yamlish = st.one_of(
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40)
    .map("".join),
    st.sampled_from(DEEP),
)

# Keys the record formats use, so that generated mappings reach deep into the models.
KEYS = sorted({name for model in RECORD_MODELS.values() for name in model.model_fields}
              | {"name", "position", "date", "kind", "step", "lead", "document", "reason"})
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.sampled_from(["2024-06-14", "2024-02-30", "14/06/2024", "07:30", "0912345678",
                     "periodic", "answered", "kn-2024-06-14-rac-thai", "2024-06-14-dinh-ky",
                     "ke-hoach-2024", "moi-truong", "Công an phường", NFD, ""]),
    st.text(max_size=12),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=6)),
                        inner, max_size=5)),
    max_leaves=25,
)
# A citizen's personal data, typed where it belongs (and a name typed where a key goes): no
# message may repeat it (check.py: only dates, times, codes and IDs are echoed).
NAME, PHONE, ADDRESS = "Nguyễn Thị Hương", "0987654321", "Số 12 ngõ 8 phố Huế"
PERSONAL = (NAME, "987654321", "ngõ 8")
raised_by = st.fixed_dictionaries(
    {"name": st.sampled_from([NAME, unicodedata.normalize("NFD", NAME)])},
    optional={"phone": st.sampled_from([PHONE, int(PHONE), [PHONE], {"so": PHONE}]),
              "id_number": st.sampled_from([PHONE, int(PHONE)]),
              "address": st.sampled_from([ADDRESS, [ADDRESS]]),
              NAME: structures, "kind": scalars})
records = st.dictionaries(st.sampled_from(KEYS), structures, min_size=1, max_size=10).flatmap(
    lambda data: st.one_of(
        st.just(data),
        st.builds(lambda rb, extra: {**data, "raised_by": rb, **extra}, raised_by,
                  st.dictionaries(st.sampled_from([NAME, "content"]),
                                  st.sampled_from([ADDRESS, NAME]), max_size=2))))
dumped = st.tuples(st.one_of(records, structures), st.sampled_from([None, True, False])).map(
    lambda pair: yaml.safe_dump(pair[0], allow_unicode=True, default_flow_style=pair[1],
                                sort_keys=False))


def _parse(text: str) -> yamlio.YamlDocument | None:
    try:
        return yamlio.parse(text)
    except yamlio.YamlProblem as problem:
        assert problem.kind in LOADER_RULES, problem.kind
        assert problem.position.line >= 1 and problem.position.column >= 1
        return None


def _check_every_model(doc: yamlio.YamlDocument) -> None:
    for model in RECORD_MODELS.values():
        checked = check_record(model, doc, Path("ho-so.yaml"))
        for diagnostic in checked.diagnostics:
            _sound(diagnostic)


def _sound(diagnostic: Diagnostic) -> None:
    assert diagnostic.rule in RULES, diagnostic.rule
    assert diagnostic.line >= 1 and diagnostic.column >= 1, diagnostic
    assert diagnostic.message and unicodedata.is_normalized("NFC", diagnostic.message)
    for personal in PERSONAL:
        assert personal not in diagnostic.message, diagnostic.message


@FAST
@given(yamlish)
def test_random_text_gives_problems_not_exceptions(text):
    doc = _parse(text)
    if doc is not None:
        _check_every_model(doc)


@FAST
@given(dumped)
def test_record_shaped_yaml_gives_problems_not_exceptions(text):
    doc = _parse(text)
    if doc is not None:
        _check_every_model(doc)


@pytest.fixture
def repository(make_repo) -> Path:
    return make_repo()


TARGETS = ["petitions/2024/kn-2024-06-14-rac-thai.yaml", "sessions/2024/2024-06-14-dinh-ky.yaml",
           "conclusions/2024/tb-2024-06-24.yaml", "plans/ke-hoach-2024.yaml", "tiepxuc.yaml",
           "calendar.yaml"]


@SLOW
@given(st.sampled_from(TARGETS), st.one_of(yamlish, dumped))
def test_validate_a_repository_holding_any_text(repository, target, text):
    path = repository / target
    original = path.read_bytes() if path.exists() else None
    path.write_text(text, encoding="utf-8", newline="")
    try:
        for diagnostic in validate(repository, AS_OF):
            _sound(diagnostic)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


@SLOW
@given(st.sampled_from(TARGETS[:3]), st.binary(max_size=300),
       st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04"]))
def test_any_bytes_are_read_or_refused(repository, target, data, head):
    path = repository / target
    original = path.read_bytes()
    path.write_bytes(head + data)
    try:
        try:
            doc = _parse(read_text(path))
        except UnreadableFile as refused:
            assert refused.reason in {"encoding", "utf16", "utf32", "binary", "cp1258", "tcvn3",
                                      "latin1"}, refused.reason
            assert refused.line >= 1 and refused.column >= 1
            if head in (b"\xff\xfe", b"\xfe\xff"):  # a UTF-16 byte-order mark is recognised
                assert refused.reason in {"utf16", "utf32"}, refused.reason
            elif head == b"PK\x03\x04":  # a zip file (.docx, .xlsx) is not text
                assert refused.reason in {"binary", "utf16"}, refused.reason
        else:
            if doc is not None:
                _check_every_model(doc)
        for diagnostic in validate(repository, AS_OF):
            _sound(diagnostic)
    finally:
        path.write_bytes(original)
