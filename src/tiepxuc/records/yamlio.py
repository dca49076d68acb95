"""YAML done safely.

The C parser builds nodes without resolving any types (every scalar stays the text that was
typed), so a phone number ``0912345678``, a 12-digit ID number, ``07:30``, ``no`` or ``on`` can
never turn into a number or a boolean: the models decide each value's type. One walk over the
nodes builds the data and refuses aliases and duplicate keys; where a key or value stands is
read from the nodes only when asked (most records are never asked), which keeps loading a
large repository close to the speed of the C parser itself.
"""

from __future__ import annotations

import unicodedata
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import yaml

_Base = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """Composes nodes only. Tags are never used (the models type every value), so PyYAML's
    resolver, which runs in Python for every node, is skipped."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return ""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_NULLS = {"", "~", "null", "Null", "NULL"}

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based
    index: int = 0  # character offset in the text, 0-based


# What a YAML 1.2 tool (an editor, yq) or a YAML 1.1 one would read as a number or a boolean.
LOOKS_TYPED = re.compile(
    r"[-+]?(0|[0-9][0-9_]*|0[0-7]+|0o[0-7]+|0x[0-9a-fA-F]+)"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|true|false|True|False|TRUE|FALSE|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF"
)
_TYPED_START = frozenset("0123456789+-.tfTFyYnNoO")


class YamlDocument:
    """The data of one YAML document, and where each part of it stands in the text."""

    def __init__(self, data: Any = None, root: yaml.Node | None = None,
                 typed_plain: list[Path_] | None = None) -> None:
        self.data = data
        self._root = root
        # Plain (unquoted) scalars that other tools would read as a number or a boolean.
        self.typed_plain: list[Path_] = typed_plain or []

    def _node(self, path: Path_) -> tuple[yaml.Node | None, yaml.Node | None]:
        """(key node, value node) at ``path``; (None, None) when the path is not there."""
        node, key_node = self._root, None
        for part in path:
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and _nfc(k.value) == part:
                        key_node, node = k, v
                        break
                else:
                    return None, None
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                    and 0 <= part < len(node.value):
                key_node, node = None, node.value[part]
            else:
                return None, None
        return key_node, node

    def position(self, path: Path_, *, key: bool = False) -> Position:
        """Where ``path`` stands; the nearest enclosing node when the path itself is absent."""
        path = tuple(path)
        if key:
            key_node, _ = self._node(path)
            if key_node is not None:
                return _mark(key_node.start_mark)
        while path:
            _, node = self._node(path)
            if node is not None:
                return _mark(node.start_mark)
            path = path[:-1]
        return _mark(self._root.start_mark) if self._root is not None else Position(1, 1)

    # Every node's place at once, for the editor (records/edit.py) and rare checks.

    @cached_property
    def _places(self) -> dict[str, Any]:
        places: dict[str, Any] = {"values": {}, "ends": {}, "keys": {}, "styles": {},
                                  "plain": set(), "flow": set()}

        def walk(node: yaml.Node, path: Path_) -> None:
            places["values"][path] = _mark(node.start_mark)
            places["ends"][path] = _mark(node.end_mark)
            if isinstance(node, yaml.ScalarNode):
                places["styles"][path] = node.style or ""
                if not node.style and node.value not in _NULLS:
                    places["plain"].add(path)
            elif isinstance(node, yaml.SequenceNode):
                for i, item in enumerate(node.value):
                    walk(item, (*path, i))
            else:
                if node.flow_style:
                    places["flow"].add(path)
                for key_node, value_node in node.value:
                    key = _nfc(key_node.value)
                    places["keys"][(*path, key)] = _mark(key_node.start_mark)
                    walk(value_node, (*path, key))

        if self._root is not None:
            walk(self._root, ())
        return places

    @property
    def values(self) -> dict[Path_, Position]:
        return self._places["values"]

    @property
    def ends(self) -> dict[Path_, Position]:  # where each value ends
        return self._places["ends"]

    @property
    def keys(self) -> dict[Path_, Position]:
        return self._places["keys"]

    @property
    def styles(self) -> dict[Path_, str]:  # "", '"', "'", "|", ">" per scalar
        return self._places["styles"]

    @property
    def plain(self) -> set[Path_]:  # scalars typed without quotes
        return self._places["plain"]

    @property
    def flow(self) -> set[Path_]:  # mappings written inline as {a: 1, b: 2}
        return self._places["flow"]


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
    if root is None:
        return YamlDocument()
    seen: set[int] = set()
    typed_plain: list[Path_] = []
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode

    def build(node: yaml.Node, path: Path_) -> Any:
        if id(node) in seen:  # the composer hands back the same node for an alias
            raise YamlProblem("YAML-ALIAS", "yaml.alias", _alias_position(text))
        seen.add(id(node))
        if type(node) is scalar:
            value = node.value
            if not node.style:  # plain: libyaml says "", the pure-Python parser None
                if value in _NULLS:
                    return None
                if value[0] in _TYPED_START and LOOKS_TYPED.fullmatch(value):
                    typed_plain.append(path)
            return value if value.isascii() else _nfc(value)
        if type(node) is sequence:
            return [build(item, (*path, i)) for i, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not scalar:
                raise YamlProblem("YAML-SYNTAX", "yaml.complex_key", _mark(key_node.start_mark))
            key = key_node.value if key_node.value.isascii() else _nfc(key_node.value)
            if key in result:
                first = next(k for k, _ in node.value if _nfc(k.value) == key)
                raise YamlProblem(
                    "YAML-DUPLICATE-KEY", "yaml.duplicate_key", _mark(key_node.start_mark),
                    key=key, first=first.start_mark.line + 1,
                )
            result[key] = build(value_node, (*path, key))
        return result

    return YamlDocument(build(root, ()), root, typed_plain)


def quote(value: object) -> str:
    """A YAML scalar that reads back as exactly ``value`` as text (double-quoted, JSON-style)."""
    import json

    return json.dumps(str(value), ensure_ascii=False)
