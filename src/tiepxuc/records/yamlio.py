"""YAML done safely.

The C parser builds nodes without resolving any types (every scalar stays the text that was
typed), so a phone number ``0912345678``, a 12-digit ID number, ``07:30``, ``no`` or ``on`` can
never turn into a number or a boolean: the models decide each value's type. The same walk over
the nodes records where every key and value stands, and refuses aliases and duplicate keys.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_NULLS = {"", "~", "null", "Null", "NULL"}

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based
    index: int = 0  # character offset in the text, 0-based


@dataclass
class YamlDocument:
    data: Any
    values: dict[Path_, Position] = field(default_factory=dict)
    ends: dict[Path_, Position] = field(default_factory=dict)  # where each value ends
    keys: dict[Path_, Position] = field(default_factory=dict)
    styles: dict[Path_, str] = field(default_factory=dict)  # "", '"', "'", "|", ">" per scalar
    plain: set[Path_] = field(default_factory=set)  # scalars typed without quotes
    flow: set[Path_] = field(default_factory=set)  # mappings written inline as {a: 1, b: 2}

    def position(self, path: Path_, *, key: bool = False) -> Position:
        """Where ``path`` stands; the nearest enclosing node when the path itself is absent."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Position(1, 1))


class YamlProblem(Exception):
    """A problem that stops a file from being read; ``kind`` names the rule it breaks."""

    def __init__(self, kind: str, message_key: str, position: Position, **values: object) -> None:
        super().__init__(message_key)
        self.kind, self.key, self.position, self.values = kind, message_key, position, values


def _mark(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1, mark.index)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# libyaml's English problem texts, mapped to a Vietnamese explanation of what to do.
_SYNTAX_HINTS = (
    ("tab", "yaml.tab"),
    ("mapping values are not allowed", "yaml.colon"),
    ("end of stream", "yaml.unclosed"),
    ("expected ',' or ']'", "yaml.unclosed_bracket"),
    ("expected ',' or '}'", "yaml.unclosed_bracket"),
    ("expected '-' indicator", "yaml.indent"),
    ("did not find expected key", "yaml.indent"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("single document", "yaml.multiple_documents"),
)


def _syntax_problem(exc: yaml.MarkedYAMLError) -> YamlProblem:
    problem = exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    position = _mark(mark) if mark is not None else Position(1, 1)
    if "undefined alias" in problem:
        return YamlProblem("YAML-ALIAS", "yaml.alias", position)
    for needle, key in _SYNTAX_HINTS:
        if needle in problem or needle in (exc.context or ""):
            start = exc.context_mark
            return YamlProblem(
                "YAML-SYNTAX", key, position,
                start_line=(start.line + 1) if start is not None else position.line,
            )
    return YamlProblem("YAML-SYNTAX", "yaml.syntax", position, problem=problem)


def _alias_position(text: str) -> Position:
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return _mark(event.start_mark)
    return Position(1, 1)


def parse(text: str) -> YamlDocument:
    """Parse one YAML document into plain data (dicts, lists, strings, None) with positions."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(exc) from None
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml reports marks for all we know of
        raise YamlProblem("YAML-SYNTAX", "yaml.syntax", Position(1, 1), problem=str(exc)) from None
    finally:
        loader.dispose()
    doc = YamlDocument(data=None)
    if root is None:
        return doc
    seen: set[int] = set()

    def build(node: yaml.Node, path: Path_) -> Any:
        if id(node) in seen:  # the composer hands back the same node for an alias
            raise YamlProblem("YAML-ALIAS", "yaml.alias", _alias_position(text))
        seen.add(id(node))
        doc.values[path] = _mark(node.start_mark)
        doc.ends[path] = _mark(node.end_mark)
        if isinstance(node, yaml.ScalarNode):
            doc.styles[path] = node.style or ""
            if not node.style:  # plain: libyaml says "", the pure-Python parser None
                if node.value in _NULLS:
                    return None
                doc.plain.add(path)
            return _nfc(node.value)
        if isinstance(node, yaml.SequenceNode):
            return [build(item, (*path, i)) for i, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        if node.flow_style:
            doc.flow.add(path)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("YAML-SYNTAX", "yaml.complex_key", _mark(key_node.start_mark))
            key = _nfc(key_node.value)
            if key in result:
                raise YamlProblem(
                    "YAML-DUPLICATE-KEY", "yaml.duplicate_key", _mark(key_node.start_mark),
                    key=key, first=doc.keys[(*path, key)].line,
                )
            doc.keys[(*path, key)] = _mark(key_node.start_mark)
            result[key] = build(value_node, (*path, key))
        return result

    doc.data = build(root, ())
    return doc


def quote(value: object) -> str:
    """A YAML scalar that reads back as exactly ``value`` as text (double-quoted, JSON-style)."""
    import json

    return json.dumps(str(value), ensure_ascii=False)
