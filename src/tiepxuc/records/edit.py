"""Changing a record file the way a person would: only what changes, comments and layout kept.

A value is replaced in place (the text between its start and end marks); a new field is added
as a block after the fields that precede it in the model (else at the end), in the house style (two-space indents, lists under their
key); an item is appended after the last item of a list. Everything else in the file — comments,
key order, quoting, blank lines — stays byte for byte, so the git diff shows just the change.
That includes the file's line endings: Git for Windows checks records out with CRLF, and an
edited file keeps them throughout.
"""

from __future__ import annotations

import re
import functools
from datetime import date, time
from typing import Any, Callable

from tiepxuc.records import yamlio

_PLAIN_OK = re.compile(r"[^\s#:'\"{}\[\],&*!|>%@`?\-][^#\n]*")
_LOOKS_TYPED = re.compile(
    r"[-+]?(\d[\d_]*|0o[0-7]+|0x[\da-fA-F]+|(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?)"
    r"|true|false|yes|no|on|off|null|~",
    re.IGNORECASE,
)


def scalar(value: Any) -> str:
    """One value as YAML text: plain when it reads back the same, double-quoted otherwise."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return yamlio.quote(value.strftime("%H:%M"))
    text = str(value)
    if (_PLAIN_OK.fullmatch(text) and not _LOOKS_TYPED.fullmatch(text) and ": " not in text
            and not text.endswith((" ", ":")) and text == text.strip()):
        return text
    return yamlio.quote(text)


def block(value: Any, indent: int) -> str:
    """``value`` (a dict, a list or a scalar) as the text that follows “key:”."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return " {}"
        lines = []
        for key, item in value.items():
            lines.append(f"\n{pad}{key}:{block(item, indent + 2)}")
        return "".join(lines)
    if isinstance(value, list):
        if not value:
            return " []"
        return "".join(f"\n{pad}- {_item(item, indent + 2)}" for item in value)
    return " " + scalar(value)


def _item(value: Any, indent: int) -> str:
    """A list item: a mapping's first key shares the “- ” line."""
    if isinstance(value, dict) and value:
        text = block(value, indent)
        return text.lstrip("\n").lstrip()
    if isinstance(value, list):
        return block(value, indent).lstrip()
    return scalar(value)


class EditError(ValueError):
    pass


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end == -1 else end + 1


def _lines_below(text: str, position: int, indent: int, *, dash_at_indent: bool) -> int:
    """Where the lines from ``position`` on stop being indented deeper than ``indent`` (blank
    lines and comments inside count; ``dash_at_indent``: “- ” at ``indent`` counts too)."""
    last = position
    while position < len(text):
        end = _line_end(text, position)
        line = text[position:end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            depth = len(line) - len(line.lstrip(" "))
            inside = depth > indent or (dash_at_indent and depth == indent
                                        and stripped.startswith("- "))
            if not inside:
                break
            last = end
        position = end
    return last


def _block_end(text: str, key_index: int) -> int:
    """The end of the block that belongs to the key at ``key_index`` (a list may sit at its
    key's own indentation: “key:\n- item”)."""
    indent = key_index - _line_start(text, key_index)
    return _lines_below(text, _line_end(text, key_index), indent, dash_at_indent=True)


def _keeps_newlines(edit: Callable[..., str]) -> Callable[..., str]:
    """Edit with “\n” line ends, then give the text back the line ends it came with (those of
    its first line, for the rare file that mixes them)."""

    @functools.wraps(edit)
    def wrapper(text: str, *args: Any, **kwargs: Any) -> str:
        first = text.find("\n")
        if first <= 0 or text[first - 1] != "\r":
            return edit(text, *args, **kwargs)
        return edit(text.replace("\r\n", "\n"), *args, **kwargs).replace("\n", "\r\n")

    return wrapper


@_keeps_newlines
def set_value(text: str, key: str, value: Any, order: list[str] | None = None) -> str:
    """Set the top-level ``key`` to ``value``, replacing its old value (and only it). A new
    key goes after the keys that come before it in ``order`` (the model's field order), or
    at the end of the file."""
    doc = yamlio.parse(text)
    if not isinstance(doc.data, dict):
        raise EditError("not a mapping")
    if key not in doc.data:
        new = f"{key}:{block(value, 2)}\n"
        earlier = order[:order.index(key)] if order and key in order else []
        present = [k for k in earlier if k in doc.data and (k,) in doc.keys]
        if present:
            after = max(present, key=lambda k: doc.keys[(k,)].index)
            end = _block_end(text, doc.keys[(after,)].index)
            if end < len(text) or text.endswith("\n"):
                return text[:end] + new + text[end:]
        if text and not text.endswith("\n"):
            text += "\n"
        return text + new
    key_mark = doc.keys[(key,)]
    old = doc.data[key]
    if not isinstance(old, (dict, list)) and not isinstance(value, (dict, list)):
        start, end = doc.values[(key,)].index, doc.ends[(key,)].index
        if old is None:  # “key:” with nothing after it
            colon = text.index(":", key_mark.index) + 1
            return text[:colon] + " " + scalar(value) + text[colon:].lstrip(" ")
        return text[:start] + scalar(value) + text[end:]
    # A structure: the key's line and the lines of its block are rewritten.
    start = _line_start(text, key_mark.index)
    end = _block_end(text, key_mark.index)
    indent = key_mark.index - start
    new = " " * indent + f"{key}:{block(value, indent + 2)}\n"
    return text[:start] + new + text[end:]


@_keeps_newlines
def append_item(text: str, key: str, item: Any, order: list[str] | None = None) -> str:
    """Append ``item`` to the top-level list ``key`` (made when missing or written ``[]``)."""
    doc = yamlio.parse(text)
    current = doc.data.get(key) if isinstance(doc.data, dict) else None
    if not current:
        return set_value(text, key, [item], order)
    if not isinstance(current, list):
        raise EditError(f"{key} is not a list")
    if doc.values[(key,)].line == doc.keys[(key,)].line:
        # a flow list “key: [a, b]” (a block list starts on the next line): rewritten as a
        # block list with the new item
        return set_value(text, key, [*current, item], order)
    first = doc.values[(key, 0)]
    dash = text.rfind("-", 0, first.index)
    indent = dash - _line_start(text, dash)
    end = _block_end_of_item(text, doc, key, indent)
    new = " " * indent + "- " + _item(item, indent + 2) + "\n"
    return text[:end] + new + text[end:]


def _block_end_of_item(text: str, doc: yamlio.YamlDocument, key: str, indent: int) -> int:
    """The end of the list's last item: the following lines indented deeper than its dash."""
    last_index = len(doc.data[key]) - 1
    position = _line_end(text, doc.values[(key, last_index)].index)
    return _lines_below(text, position, indent, dash_at_indent=False)
