"""Reading and writing files: UTF-8 only, and writes that either happen whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class UnreadableFile(Exception):
    """The file cannot be read as UTF-8 text. ``line`` is set when the bytes themselves are bad."""

    def __init__(self, path: Path, reason: str, line: int = 1, column: int = 1) -> None:
        super().__init__(reason)
        self.path, self.reason, self.line, self.column = path, reason, line, column


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, "os", 1, 1) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise UnreadableFile(path, "encoding", line, column) from exc


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """``durable``: flush to disk before the rename (records); a cache can skip it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
