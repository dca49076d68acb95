"""The small block markup that document templates produce, and its parser.

Templates write one block per line, each starting with a directive::

    @title KẾ HOẠCH
    @summary tiếp xúc, đối thoại trực tiếp … năm 2024
    @h1 I- MỤC ĐÍCH, YÊU CẦU
    @p Text of a justified paragraph, with **bold** and __italic__ runs.
    @table 10,60,30        (column widths in per cent, then rows)
    @th STT | Nội dung | Ghi chú
    @tr 1 | … | …
    @endtable
    @chart fields          (a chart the renderer prepared, DocMeta.charts["fields"])
    @signature

What the office must still write is a marked blank, “[cần bổ sung: …]” (also “[cần ghi …]”,
“[cần điền …]”): wherever it stands, in a template's text or a record's, the parser makes it a
run of its own with ``highlight`` set, which the writer shows highlighted in yellow, so that
nobody signs a document with a blank in it.

Every value a template prints from the records goes through ``escape`` (the Jinja
environment's ``finalize``): newlines, ``@``, ``|``, ``*``, ``_`` and backslashes are escaped,
so citizen text can never start a block, split a table cell or change the styling, and
``{{ }}``/``{% %}`` in it are plain characters (Jinja never renders data twice).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_SPECIAL = re.compile(r"([\\@|*_\n\r\t])")
# A blank the office must still fill in (the same forms as completeness.is_placeholder finds).
PLACEHOLDER = re.compile(r"\[\s*cần\s+(?:ghi|bổ sung|điền)[^\]]*\]", re.IGNORECASE)
_ESCAPES = {"\n": "\\n", "\r": "", "\t": " "}


class Raw(str):
    """Markup a template helper produced on purpose: printed without escaping."""


def escape(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Raw):
        return value
    text = unicodedata.normalize("NFC", str(value))
    return _SPECIAL.sub(lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def blank(what: str) -> str:
    """The marked blank for something the office must still write: “[cần bổ sung: what]”."""
    return f"[cần bổ sung: {what}]"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    highlight: bool = False  # a blank still to be filled in (PLACEHOLDER)


def marked(runs: list[Run]) -> list[Run]:
    """The runs with every blank (PLACEHOLDER) split off into a highlighted run of its own."""
    out: list[Run] = []
    for run in runs:
        start = 0
        for match in PLACEHOLDER.finditer(run.text):
            if match.start() > start:
                out.append(Run(run.text[start:match.start()], run.bold, run.italic, run.highlight))
            out.append(Run(match.group(0), run.bold, run.italic, True))
            start = match.end()
        if start == 0:
            out.append(run)
        elif start < len(run.text):
            out.append(Run(run.text[start:], run.bold, run.italic, run.highlight))
    return out


@dataclass
class Block:
    kind: str
    runs: list[Run] = field(default_factory=list)
    args: str = ""
    rows: list[tuple[bool, list[list[Run]]]] = field(default_factory=list)  # (header?, cells)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


KINDS = {"title", "summary", "p", "pi", "pc", "plain", "h1", "h2", "h3", "li", "center",
         "table", "chart", "signature", "blank", "pagebreak"}


class MarkupError(ValueError):
    pass


def _runs(text: str) -> list[Run]:
    """Inline runs: **bold**, __italic__; backslash escapes; "\\n" is a line break."""
    runs: list[Run] = []
    bold = italic = False
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            runs.append(Run("".join(buffer), bold, italic))
            buffer.clear()

    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            buffer.append("\n" if nxt == "n" else nxt)
            i += 2
            continue
        if text.startswith("**", i):
            flush()
            bold = not bold
            i += 2
            continue
        if text.startswith("__", i):
            flush()
            italic = not italic
            i += 2
            continue
        buffer.append(char)
        i += 1
    flush()
    return marked(runs)


def _cells(text: str) -> list[list[Run]]:
    cells, current, i = [], [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if text[i] == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(text[i])
        i += 1
    cells.append("".join(current).strip())
    return [_runs(c) for c in cells]


def parse(markup: str) -> list[Block]:
    blocks: list[Block] = []
    table: Block | None = None
    for number, line in enumerate(markup.splitlines(), 1):
        line = line.rstrip()
        if not line.strip():
            continue
        if not line.startswith("@"):
            raise MarkupError(f"line {number}: a block must start with a directive: {line[:40]!r}")
        directive, _, rest = line[1:].partition(" ")
        if table is not None:
            if directive in ("th", "tr"):
                table.rows.append((directive == "th", _cells(rest)))
                continue
            if directive == "endtable":
                blocks.append(table)
                table = None
                continue
            raise MarkupError(f"line {number}: @{directive} inside a table")
        if directive not in KINDS:
            raise MarkupError(f"line {number}: unknown directive @{directive}")
        if directive == "table":
            table = Block("table", args=rest.strip())
            continue
        if directive in ("chart", "signature", "blank", "pagebreak"):
            blocks.append(Block(directive, args=rest.strip()))
            continue
        blocks.append(Block(directive, _runs(rest)))
    if table is not None:
        raise MarkupError("a table is not closed with @endtable")
    return blocks
