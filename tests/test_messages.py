"""The message catalogues: complete, matching, Vietnamese in NFC."""

from __future__ import annotations

import re
import string
import unicodedata
from enum import Enum
from pathlib import Path

from pydantic import BaseModel

from tiepxuc.messages import catalog
from tiepxuc.records import models
from tiepxuc.rules.catalogue import RULES
from tiepxuc.rules.profiles import _REASON_CODES

VI, EN = catalog("vi"), catalog("en")
SRC = Path(__file__).resolve().parents[1] / "src" / "tiepxuc"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_mirrors_vietnamese():
    """Every interface text has both languages; document text ("doc.*") is Vietnamese only."""
    interface = {k for k in VI if not k.startswith("doc.")}
    assert interface == set(EN)
    for key in interface:
        assert placeholders(VI[key]) == placeholders(EN[key]), key


def test_document_text_is_only_read_in_vietnamese():
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""\bt\(\s*f?["']doc\.""", text), path


def test_vietnamese_texts_are_nfc_and_have_diacritics():
    for key, text in VI.items():
        assert unicodedata.is_normalized("NFC", text), key
    # a catalogue typed without accents would pass the NFC check: make sure it is really Vietnamese
    accented = sum(1 for text in VI.values() if re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text))
    assert accented > len(VI) * 0.8


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        # whole literal keys only: t("severity." + x) is checked through the values it takes
        used |= set(re.findall(r"""\b(?:t|t_vi|has)\(\s*["']([a-z_][\w.\-]*\w)["']\s*[,)]""", text))
        used |= set(re.findall(r'"(rule\.[A-Z-]+\.[a-z_]+)"', text))
    missing = sorted(k for k in used if k not in VI)
    assert not missing, missing


def test_every_rule_is_documented():
    for rule_id, spec in RULES.items():
        for part in ("title", "explain", "fix"):
            assert f"rule.{rule_id}.{part}" in VI, (rule_id, part)
        if spec.param is None:
            assert f"rule.{rule_id}.basis" in VI, rule_id


def test_every_vocabulary_value_has_a_label():
    for name, obj in vars(models).items():
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == models.__name__:
            for member in obj:
                assert f"enum.{name}.{member.value}" in VI, (name, member)
    for code in _REASON_CODES:
        assert f"reason.{code}" in VI


def test_every_record_field_is_described():
    for name, obj in vars(models).items():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == models.__name__ \
                and name != "Model":
            assert f"schema.{name}" in VI, name
            for field in obj.model_fields:
                assert f"field.{name}.{field}" in VI, (name, field)
