"""Validating one record's data against its model, with every error placed at its file:line:col.

Pydantic reports where a value is wrong as a path (``chairs.0.position``); the YAML walk knows
where that path stands in the file. Messages are written here, in the user's language, from the
error's type: the value a citizen typed is never echoed, except for dates, times, codes and IDs.
"""

from __future__ import annotations

import copy
import difflib
import re
import types
import typing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from tiepxuc.diagnostics import Diagnostic, Severity
from tiepxuc.messages import Joined, Phrase, has, phrase, t
from tiepxuc.records.models import Model
from tiepxuc.records.yamlio import YamlDocument, looks_like_field_name

# A file is reported on up to this many problems, then one line counts the rest: a file with
# thousands of wrong keys (pasted data) would otherwise take minutes to report, to nobody's use.
MAX_REPORTED = 50

# Keys people are tempted to write that hold derived values: the tool computes them.
DERIVED_KEYS = {"status", "state", "deadline", "due", "due_date", "trang_thai", "han", "thoi_han"}


@dataclass
class Checked:
    model: Model | None
    diagnostics: list[Diagnostic]


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types behind Annotated/Optional/Union."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        out: list[Any] = []
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                out.extend(_unwrap(arg))
        return out
    return [annotation]


def annotation_at(model: type[BaseModel], loc: tuple) -> Any:
    """The type that the value at ``loc`` must have, or None when it cannot be told."""
    current: list[Any] = [model]
    for part in loc:
        found: list[Any] = []
        for candidate in current:
            origin = typing.get_origin(candidate)
            if isinstance(part, int) and origin in (list, tuple):
                found.extend(_unwrap(typing.get_args(candidate)[0]))
            elif isinstance(candidate, type) and issubclass(candidate, BaseModel):
                info = candidate.model_fields.get(str(part))
                if info is not None:
                    found.extend(_unwrap(info.annotation))
        if not found:
            return None
        current = found
    return current[0] if len(current) == 1 else None


def enum_choices(enum: type[Enum]) -> str:
    return str(_choices(enum))


def _choices(enum: type[Enum]) -> Joined:
    """“regular (định kỳ), thematic (chuyên đề)”, worded when shown."""
    return Joined(", ", tuple(Joined("", (m.value, " (", phrase(f"enum.{enum.__name__}.{m.value}"),
                                            ")")) for m in enum))


def parse_enum(enum: type[Enum], typed: str) -> Enum | None:
    """The member named by its code or its Vietnamese label (“định kỳ”, “dinh ky”)."""
    from slugify import slugify

    wanted = slugify(typed, separator="_")
    for member in enum:
        label = t(f"enum.{enum.__name__}.{member.value}")
        if typed.strip() == member.value or wanted in (member.value, slugify(label, separator="_")):
            return member
    return None


def _suggest_enum(enum: type[Enum], typed: str) -> str | None:
    member = parse_enum(enum, typed)
    if member is not None:
        return member.value
    close = difflib.get_close_matches(typed, [m.value for m in enum], n=1, cutoff=0.6)
    return close[0] if close else None


def field_name(loc: tuple) -> str:
    """``chairs[1].name``: list positions counted from 1, as people count them."""
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


# What a code typed wrong looks like (“dinh-ky”, “answer later”), as opposed to other text.
_CODE = re.compile(r"[a-z0-9_\- ]{1,40}")


def _shown(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[:limit - 1] + "…"


def _echoed(value: str) -> str:
    """A mistyped date, time, code or ID is repeated; other text (a name typed in the wrong
    field?) is not: it may be a citizen's personal data."""
    from tiepxuc.messages import typed

    return typed(value)


def _describe(model: type[Model], error: dict, doc: YamlDocument) -> tuple[str, Phrase | Joined, bool]:
    """(rule id, message as a phrase, point at the key rather than the value) for one
    pydantic error."""
    loc = tuple(error["loc"])
    kind = error["type"]
    # Values echoed (dates, times, codes, IDs) are cut short: a pasted page is not repeated.
    ctx = {k: _shown(v) if isinstance(v, str) else v for k, v in (error.get("ctx") or {}).items()}
    name = field_name(loc)
    if kind == "missing":
        return "FIELD-MISSING", phrase("check.missing", field=name), False
    if kind == "extra_forbidden":
        key = str(loc[-1])
        parent = annotation_at(model, loc[:-1])
        allowed = list(parent.model_fields) if isinstance(parent, type) else []
        if key.lower() in DERIVED_KEYS:
            return "KEY-UNKNOWN", phrase("check.derived_key", key=key), True
        if loc[:-1] in doc.flow and _get(doc.data, loc) is None:
            # `{organisation: A, B, invited: 3}`: the comma inside the value split it in two.
            # The piece taken for a key is part of the value (a name, an address): not echoed.
            return "KEY-UNKNOWN", phrase("input.flow_comma", field=field_name(loc[:-1])), True
        if not looks_like_field_name(key):  # a value typed where a key goes: not echoed
            return "KEY-UNKNOWN", phrase("input.unknown_key_unnamed", allowed=", ".join(allowed)), True
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        if close:
            return "KEY-UNKNOWN", phrase("check.unknown_key_suggest", key=key, suggestion=close[0]), True
        return "KEY-UNKNOWN", phrase("check.unknown_key", key=key, allowed=", ".join(allowed)), True
    if kind == "date_format":
        if ctx.get("suggestion"):
            return "DATE-INVALID", phrase("check.date_dmy", field=name, **ctx), False
        return "DATE-INVALID", phrase("check.date_format", field=name, value=_echoed(ctx["value"])), \
            False
    if kind == "date_month":
        return "DATE-INVALID", phrase("check.date_month", field=name, **ctx), False
    if kind == "date_day":
        return "DATE-INVALID", phrase("check.date_day", field=name, **ctx), False
    if kind == "time_format":
        return "VALUE-INVALID", phrase("check.time_format", field=name, value=_echoed(ctx["value"])), \
            False
    if kind == "id_format":
        return "VALUE-INVALID", phrase("check.id_format", field=name, value=_echoed(ctx["value"])), \
            False
    if kind == "text_empty":
        return "FIELD-MISSING", phrase("check.text_empty", field=name), False
    if kind == "enum":
        enum = annotation_at(model, loc)
        typed = str(error.get("input", ""))
        if isinstance(enum, type) and issubclass(enum, Enum):
            suggestion = _suggest_enum(enum, typed[:200])
            if suggestion or _CODE.fullmatch(typed):
                message = phrase("check.enum", field=name, value=_shown(typed),
                                 choices=_choices(enum))
            else:  # not a code mistyped but other text (a name?): not echoed
                message = phrase("input.enum_unnamed", field=name, choices=_choices(enum))
            if suggestion:
                message = Joined(" ", (message, phrase("check.did_you_mean",
                                                       suggestion=suggestion)))
            return "VALUE-INVALID", message, False
    if kind in ("list_type", "model_type", "model_attributes_type", "dict_type"):
        expected = {"list_type": "list", "dict_type": "mapping"}.get(kind, "mapping")
        return "VALUE-INVALID", phrase(f"check.expected_{expected}", field=name), False
    if kind == "string_pattern_mismatch":
        leaf = str(loc[-1])
        key = f"check.pattern.{leaf}"
        return "VALUE-INVALID", phrase(key if has(key) else "check.pattern", field=name), False
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "VALUE-INVALID", phrase("check.integer", field=name), False
    if kind in ("bool_parsing", "bool_type"):
        return "VALUE-INVALID", phrase("check.boolean", field=name), False
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(ctx.values()), "")
        return "VALUE-INVALID", phrase(f"check.{kind}", field=name, bound=bound), False
    if kind in ("string_type",):
        return "VALUE-INVALID", phrase("check.text", field=name), False
    return "VALUE-INVALID", phrase("check.invalid", field=name), False


def _delete(data: Any, loc: tuple) -> bool:
    """Remove the value at ``loc`` from ``data``; False when there is nothing to remove."""
    target = data
    for part in loc[:-1]:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            return False
    last = loc[-1] if loc else None
    if isinstance(target, dict) and last in target:
        del target[last]
        return True
    if isinstance(target, list) and isinstance(last, int) and last < len(target):
        target[last] = None  # keep indices stable; the next pass removes the item
        return True
    return False


def _salvage(model: type[Model], data: Any, errors: list[dict]) -> Model | None:
    """A model built from what is valid, so that the regulation rules still see the rest.

    Wrong values are dropped (optional fields fall back to their defaults); if a required
    field is wrong or missing, the record cannot be checked further.
    """
    data = copy.deepcopy(data)
    for _ in range(3):
        deleted = [_delete(data, tuple(e["loc"])) for e in errors if e["loc"]]
        if not any(deleted):
            return None
        data = _drop_none_items(data)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            errors = exc.errors(include_input=False, include_url=False)
    return None


def _drop_none_items(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _drop_none_items(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_drop_none_items(v) for v in data if v is not None]
    return data


def _unquoted_text(model: type[Model], doc: YamlDocument, path: Path) -> list[Diagnostic]:
    """Text fields typed without quotes that other tools would misread (phone, ID numbers).
    The message names the field, never the value: it is often a phone or an ID number."""
    found: list[Diagnostic] = []
    for loc in doc.typed_plain:
        if len(found) == MAX_REPORTED:
            break
        value = _get(doc.data, loc)
        if isinstance(value, str) and annotation_at(model, loc) is str:
            position = doc.position(loc)
            said = phrase("input.unquoted", field=field_name(loc))
            found.append(Diagnostic(
                path, position.line, position.column, "YAML-UNQUOTED", Severity.WARNING,
                str(said), said=said,
            ))
    return found


def _get(data: Any, loc: tuple) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _more(model: type[Model], doc: YamlDocument, path: Path, first: dict,
          count: int) -> Diagnostic:
    """One line for the problems beyond MAX_REPORTED, at the first of them."""
    rule, _, at_key = _describe(model, first, doc)
    position = doc.position(tuple(first["loc"]), key=at_key)
    said = phrase("input.more_problems", count=count - MAX_REPORTED)
    return Diagnostic(path, position.line, position.column, rule, Severity.ERROR, str(said),
                      said=said)


def check_record(model: type[Model], doc: YamlDocument, path: Path) -> Checked:
    if not isinstance(doc.data, dict):
        position = doc.position(())
        key = "check.empty_file" if doc.data is None else "check.not_mapping"
        said = phrase(key)
        diag = Diagnostic(path, position.line, position.column, "VALUE-INVALID",
                          Severity.ERROR, str(said), said=said)
        return Checked(None, [diag])
    diagnostics = _unquoted_text(model, doc, path)
    try:
        return Checked(model.model_validate(doc.data), diagnostics)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    for error in errors[:MAX_REPORTED]:
        rule, message, at_key = _describe(model, error, doc)
        position = doc.position(tuple(error["loc"]), key=at_key)
        diagnostics.append(
            Diagnostic(path, position.line, position.column, rule, Severity.ERROR, str(message),
                       said=message)
        )
    if len(errors) > MAX_REPORTED:
        diagnostics.append(_more(model, doc, path, errors[MAX_REPORTED], len(errors)))
    stripped = [{"loc": e["loc"]} for e in errors]
    return Checked(_salvage(model, doc.data, stripped), diagnostics)
