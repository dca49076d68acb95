"""`tiepxuc schema`: draft-07 JSON Schema with Vietnamese descriptions, matching the models."""

from __future__ import annotations

import json

import pytest

from conftest import run
from tiepxuc.records.models import RECORD_MODELS


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


@pytest.mark.parametrize("kind", list(RECORD_MODELS))
def test_schema_is_draft_07_with_vietnamese_descriptions(kind):
    result = run("schema", kind)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in result.stdout
    refs = {n["$ref"] for n in walk(schema) if "$ref" in n}
    assert all(r.startswith("#/definitions/") and r.split("/")[-1] in schema["definitions"] for r in refs)
    assert schema["additionalProperties"] is False
    for name, prop in schema["properties"].items():
        assert prop.get("description"), (kind, name)


def test_session_schema_content():
    schema = json.loads(run("schema", "session").stdout)
    assert schema["properties"]["date"]["description"] == "Ngày tổ chức (năm-tháng-ngày)"
    kind = schema["definitions"]["SessionKind"]
    assert kind["enum"] == ["periodic", "thematic", "ad_hoc", "regular"]
    assert kind["enumDescriptions"][0] == "định kỳ"
    assert schema["properties"]["date"]["format"] == "date"
    assert "pattern" in schema["properties"]["start"]["anyOf"][0]
    assert set(schema["required"]) == {"id", "kind", "date"}


def test_schema_english(monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    schema = json.loads(run("schema", "session").stdout)
    assert schema["properties"]["date"]["description"] == "Date (year-month-day)"


def test_schema_writes_all_files_into_the_repository(make_repo):
    root = make_repo()
    result = run("-C", str(root), "schema")
    assert result.exit_code == 0
    assert sorted(p.name for p in (root / "schemas").iterdir()) == sorted(
        f"{k}.schema.json" for k in RECORD_MODELS)


def test_schema_unknown_kind():
    result = run("schema", "hoi-nghi")
    assert result.exit_code == 2 and "session" in result.stderr
