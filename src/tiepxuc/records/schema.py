"""JSON Schema (draft-07) of each kind of record, with Vietnamese descriptions, for editors.

yaml-language-server (VS Code's YAML extension) reads draft-07, so pydantic's ``$defs`` become
``definitions``. Descriptions come from the message catalogue, so they follow ``TIEPXUC_LANG``.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

from pydantic import BaseModel

from tiepxuc.messages import has, t
from tiepxuc.records import models
from tiepxuc.records.models import RECORD_MODELS

SCHEMA_DIR = "schemas"
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def schema_file(kind: str) -> str:
    return f"{kind}.schema.json"


def _classes() -> dict[str, type]:
    return {
        name: obj for name, obj in vars(models).items()
        if isinstance(obj, type) and issubclass(obj, (BaseModel, Enum)) and obj.__module__ == models.__name__
    }


def _describe(node: dict[str, Any], cls: type | None) -> None:
    if cls is None:
        return
    if issubclass(cls, Enum):
        labels = [t(f"enum.{cls.__name__}.{m.value}") for m in cls]
        node["description"] = "; ".join(f"{m.value}: {label}" for m, label in zip(cls, labels))
        node["enumDescriptions"] = labels
        return
    key = f"schema.{cls.__name__}"
    if has(key):
        node["description"] = t(key)
    for name, prop in node.get("properties", {}).items():
        field_key = f"field.{cls.__name__}.{name}"
        if has(field_key):
            prop["description"] = t(field_key)
        prop.pop("title", None)


def json_schema(kind: str) -> dict[str, Any]:
    model = RECORD_MODELS[kind]
    schema = model.model_json_schema(ref_template="#/definitions/{model}", mode="validation")
    classes = _classes()
    definitions = schema.pop("$defs", {})
    for name, node in definitions.items():
        node.pop("title", None)
        _describe(node, classes.get(name))
    _describe(schema, model)
    return {
        "$schema": DRAFT_07,
        "$id": f"https://tiepxuc.invalid/schemas/{schema_file(kind)}",
        "title": t(f"kind.{kind}"),
        **{k: v for k, v in schema.items() if k != "title"},
        "definitions": definitions,
    }


def dumps(kind: str) -> str:
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2) + "\n"
