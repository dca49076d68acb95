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
    ("unknown escape character", "yaml.escape"),
    ("while scanning an anchor", "yaml.anchor_char"),
    ("while scanning an alias", "yaml.anchor_char"),
    ("cannot start any token", "yaml.reserved_char"),
    ("tag", "yaml.tag"),
    ("directive", "yaml.directive"),
    ("block scalar", "yaml.block_scalar"),
)

# Nesting deeper than this (a list in a list in a list…) is refused before the text reaches
# libyaml, whose composer recurses in C (some ten thousand levels crash the interpreter) and
# whose scanner slows down with the square of the depth of ``[``/``{``. Records need about 5.
MAX_DEPTH = 64
# Cheap bounds: flow nesting is at most the number of ``[`` and ``{``, block nesting at most
# twice the width of the widest line start made of indentation and indicators (``- ``, ``? ``)
# plus two. A text under both (every record in practice) cannot pass MAX_DEPTH; the others
# have their depth measured.
_FLOW_BOUND = 32  # fewer "[" and "{" than this: flow depth <= 31
_PREFIX_BOUND = 16  # no line starting with this many: block depth <= 2 * 15 + 2 = 32
# (A line break first: the regular expression engine then looks for it at C speed, where a
# pattern starting with ``^`` would be tried at every character.)
_DEEP_LINE = re.compile(r"\n[ \t?:-]{%d}" % _PREFIX_BOUND)
_DEEP_FIRST_LINE = re.compile(r"[ \t?:-]{%d}" % _PREFIX_BOUND)


def _may_be_deep(text: str) -> bool:
    if text.count("[") + text.count("{") >= _FLOW_BOUND or _DEEP_LINE.search(text) \
            or _DEEP_FIRST_LINE.match(text):
        return True
    # Lines may also end with a CR alone, NEL, LS or PS, which the patterns above do not see.
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return True
    return "\x85" in text or "\u2028" in text or "\u2029" in text


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, found by libyaml's parser (which keeps its state
    in a stack of its own, not in recursion) and stopped as soon as the limit is passed, so that
    the scanner never gets deep."""
    depth = 0
    loader = _Loader(text)
    starts, ends = (yaml.SequenceStartEvent, yaml.MappingStartEvent), \
        (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, starts):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlProblem("YAML-NESTING", "yaml.nesting", _mark(event.start_mark),
                                      limit=MAX_DEPTH)
            elif isinstance(event, ends):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if _too_deep(exc):  # PyYAML ≥ 6.0.4 has a limit of its own, which its scanner may
            raise _nesting_problem(exc) from None  # reach before our count does
        # other problems are reported by the parse itself, which stops at the same place
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()


def _too_deep(exc: yaml.MarkedYAMLError) -> bool:
    return "nesting depth" in (exc.problem or "") or "nesting depth" in (exc.context or "")


def _nesting_problem(exc: yaml.MarkedYAMLError) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    return YamlProblem("YAML-NESTING", "yaml.nesting",
                       _mark(mark) if mark is not None else Position(1, 1), limit=MAX_DEPTH)


_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _char_at(text: str, position: Position) -> str:
    """The character at a mark's line and column ("" past the end)."""
    lines = _BREAK.split(text)
    if position.line - 1 < len(lines):
        line = lines[position.line - 1]
        if position.column - 1 < len(line):
            return line[position.column - 1]
    return ""


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    if _too_deep(exc):
        return _nesting_problem(exc)
    problem = exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    position = _mark(mark) if mark is not None else Position(1, 1)
    if "undefined alias" in problem:
        return YamlProblem("YAML-ALIAS", "yaml.alias", position)
    context = exc.context or ""
    for needle, key in _SYNTAX_HINTS:
        if needle in problem or needle in context:
            start = exc.context_mark
            values: dict[str, object] = {
                "start_line": (start.line + 1) if start is not None else position.line}
            if key == "yaml.unclosed" and start is not None and \
                    _char_at(text, _mark(start)) == "'":
                key = "yaml.unclosed_single"
            elif key == "yaml.reserved_char":
                char = _char_at(text, position)
                if char == "\t":
                    key = "yaml.tab"
                else:
                    values["char"] = char if char.isprintable() and not char.isspace() else \
                        f"U+{ord(char):04X}" if char else "?"
            return YamlProblem("YAML-SYNTAX", key, position, **values)
    return YamlProblem("YAML-SYNTAX", "yaml.syntax", position,
                       problem=" ".join(problem.split()))


def _reader_problem(exc: yaml.reader.ReaderError, text: str) -> YamlProblem:
    """A character YAML does not allow (a control character such as NUL), at its place."""
    index = exc.position
    if isinstance(exc.character, int) and exc.name == "<unicode string>":
        # The C reader counts bytes of the UTF-8 text.
        index = len(text.encode("utf-8")[:exc.position].decode("utf-8", "ignore"))
    before = text[:index]
    lines = _BREAK.split(before)
    code = exc.character if isinstance(exc.character, int) else ord(exc.character or "\x00")
    return YamlProblem("YAML-SYNTAX", "yaml.control_char", Position(len(lines), len(lines[-1]) + 1,
                                                                    index),
                       code=f"U+{code:04X}")


def _alias_position(text: str) -> Position:
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return _mark(event.start_mark)
    return Position(1, 1)


# The lines git writes into a file it could not merge by itself, each at the start of a line:
# "<<<<<<< HEAD", "||||||| base" (diff3), "=======", ">>>>>>> branch".
_CONFLICT_MARKER = re.compile(r"^(?:(<{7}|>{7}|\|{7})(?:[ \t][^\r\n]*)?|(={7})[ \t]*)\r?$",
                              re.MULTILINE)


def conflict_markers(text: str) -> list[tuple[int, str]]:
    """(line, marker) of every merge-conflict marker git left in ``text``, [] when none.

    A "=======" or "|||||||" line counts only in a file that also has a "<<<<<<<" or ">>>>>>>"
    line. Cheap when there is none (two searches at C speed), so it runs before every parse."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return []
    found = [(text.count("\n", 0, match.start()) + 1, match.group(1) or match.group(2))
             for match in _CONFLICT_MARKER.finditer(text)]
    if not any(marker[0] in "<>" for _, marker in found):
        return []
    return found


def merge_conflict(markers: list[tuple[int, str]]) -> YamlProblem:
    """The problem reported at the first of ``markers`` (which lists them all)."""
    return YamlProblem("MERGE-CONFLICT", "yaml.merge_conflict", Position(markers[0][0], 1),
                       lines=", ".join(str(line) for line, _ in markers))


def parse(text: str) -> YamlDocument:
    """Parse one YAML document into plain data (dicts, lists, strings, None) with positions."""
    markers = conflict_markers(text)
    if markers:  # not YAML at all: say what it is (repo.load_one reports every marker line)
        raise merge_conflict(markers)
    if _may_be_deep(text):
        _check_depth(text)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_problem(exc, text) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_problem(exc, text) from None
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
                if looks_like_field_name(key):
                    raise YamlProblem(
                        "YAML-DUPLICATE-KEY", "yaml.duplicate_key", _mark(key_node.start_mark),
                        key=key, first=first.start_mark.line + 1,
                    )
                raise YamlProblem(  # a value typed as a key: not echoed (it may be a name)
                    "YAML-DUPLICATE-KEY", "yaml.duplicate_key_unnamed",
                    _mark(key_node.start_mark), first=first.start_mark.line + 1,
                )
            result[key] = build(value_node, (*path, key))
        return result

    data = build(root, ())
    if "!" in text:  # a tag (`!x value`) would be dropped silently, and the value with it
        _refuse_tags(root)
    return YamlDocument(data, root, typed_plain)


def _refuse_tags(root: yaml.Node) -> None:
    nodes = [root]
    while nodes:
        node = nodes.pop()
        if node.tag:
            raise YamlProblem("YAML-SYNTAX", "yaml.tag", _mark(node.start_mark))
        if type(node) is yaml.SequenceNode:
            nodes.extend(node.value)
        elif type(node) is yaml.MappingNode:
            for key_node, value_node in node.value:
                nodes.append(key_node)
                nodes.append(value_node)


def looks_like_field_name(key: str) -> bool:
    """True for keys that read like a field name (``place``, ``due_date``), which messages may
    name; other keys (“Nguyễn Văn A”, ``0912345678``) may be personal data and are not echoed."""
    return 0 < len(key) <= 40 and key.replace("-", "_").isidentifier()


def quote(value: object) -> str:
    """A YAML scalar that reads back as exactly ``value`` as text (double-quoted, JSON-style)."""
    import json

    return json.dumps(str(value), ensure_ascii=False)
