"""Reading and writing files: UTF-8 only, and writes that either happen whole or not at all.

A file that cannot be read as UTF-8 text is refused with the reason and, where it can be told,
the encoding it is probably in (UTF-16, Windows-1258, TCVN3, Latin-1…), so that the message can
say how to save it as UTF-8. A UTF-8 byte-order mark and Windows line endings are accepted.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

# The largest record file read, in bytes: a record is a few kilobytes; anything near this size is
# a mistake (a scanned document or a log pasted in) or hostile, and is refused before it is read.
MAX_FILE_BYTES = 1_000_000


class UnreadableFile(Exception):
    """The file cannot be read as UTF-8 text. ``line`` is set when the bytes themselves are bad.

    ``reason`` names the message (``repo.unreadable_<reason>``); ``values`` fill it in."""

    def __init__(self, path: Path, reason: str, line: int = 1, column: int = 1,
                 **values: object) -> None:
        super().__init__(reason)
        self.path, self.reason, self.line, self.column = path, reason, line, column
        self.values = values


class FileGone(UnreadableFile):
    """The file is no longer there: deleted, moved or replaced by a folder after it was listed
    (a sync tool or another clone's checkout at work). Not a problem in the records."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "gone")


# The errors that say a path no longer leads to a file.
_GONE = (FileNotFoundError, NotADirectoryError, IsADirectoryError)


def read_text(path: Path) -> str:
    try:
        with open(path, "rb", buffering=0) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise UnreadableFile(path, "too_large", 1, 1, size_kb=-(-size // 1000),
                                     limit_kb=MAX_FILE_BYTES // 1000)
            raw = handle.read()
    except _GONE as exc:
        raise FileGone(path) from exc
    except OSError as exc:
        raise UnreadableFile(path, "os", 1, 1) from exc
    if len(raw) > MAX_FILE_BYTES:  # it grew while being read
        raise UnreadableFile(path, "too_large", 1, 1, size_kb=-(-len(raw) // 1000),
                             limit_kb=MAX_FILE_BYTES // 1000)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, raw, exc.start) from None
    if "\x00" in text:  # UTF-16 of plain ASCII text is valid UTF-8, with a NUL every other byte
        wide = _wide_encoding(raw)
        if wide is not None:
            raise UnreadableFile(path, wide[0], 1, 1, encoding=wide[1])
    return text


# ---------------------------------------------------------------- telling what a file is instead

_MAGIC = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8",
          b"{\\rtf")
# Windows-1258 writes tones as combining marks after the letter; these bytes are those marks.
_CP1258_TONES = frozenset(b"\xcc\xec\xd2\xde\xf2")
# …and these are the letters only Vietnamese uses: Ă ă Đ đ Ơ ơ Ư ư.
_CP1258_LETTERS = frozenset(b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd")


def _wide_encoding(raw: bytes) -> tuple[str, str] | None:
    """("utf16"/"utf32", the encoding's name) when ``raw`` is UTF-16 or UTF-32 text."""
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf32", "UTF-32 " + ("LE" if raw.startswith(codecs.BOM_UTF32_LE) else "BE")
    if raw.startswith(codecs.BOM_UTF16_LE):
        return "utf16", "UTF-16 LE"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return "utf16", "UTF-16 BE"
    sample = raw[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Text in UTF-16 without a byte-order mark: mostly ASCII, so one byte in two is zero.
    if len(sample) >= 4 and max(even, odd) * 4 >= len(sample) and min(even, odd) * 8 < len(sample):
        return "utf16", "UTF-16 " + ("LE" if odd > even else "BE")
    return None


def _not_utf8(path: Path, raw: bytes, start: int) -> UnreadableFile:
    """Why ``raw`` is not UTF-8, with the line and column of the first bad byte."""
    wide = _wide_encoding(raw)
    if wide is not None:
        return UnreadableFile(path, wide[0], 1, 1, encoding=wide[1])
    if raw.startswith(_MAGIC) or raw[:1024].count(0) > 0:
        return UnreadableFile(path, "binary", 1, 1)
    offset = 3 if raw.startswith(codecs.BOM_UTF8) else 0
    line_start = raw.rfind(b"\n", 0, start) + 1
    line = raw.count(b"\n", 0, start) + 1
    # Columns count characters: what comes before the bad byte on its line is valid UTF-8.
    column = len(raw[max(line_start, offset):start].decode("utf-8", "replace")) + 1
    return UnreadableFile(path, _eight_bit(raw), line, column)


def _eight_bit(raw: bytes) -> str:
    """The reason for 8-bit text: "cp1258", "tcvn3", "latin1", or "encoding" (cannot tell)."""
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    if not high:
        return "encoding"
    vietnamese = 0
    for i in high:
        byte = raw[i]
        if byte in _CP1258_LETTERS:
            vietnamese += 1
        elif byte in _CP1258_TONES and i and (chr(raw[i - 1]).isalpha() or raw[i - 1] >= 0xc0):
            vietnamese += 1
    # TCVN3 (ABC), the old Vietnamese 8-bit code, puts its letters in A1–FE, many below C0;
    # in Windows-125x those bytes are symbols (¡ … ¿) that text rarely uses.
    symbols = sum(1 for i in high if 0xa1 <= raw[i] <= 0xbf)
    if symbols * 3 >= len(high):
        return "tcvn3"
    if vietnamese * 4 >= len(high):
        return "cp1258"
    letters = sum(1 for i in high if raw[i] >= 0xc0 and raw[i] not in (0xd7, 0xf7))
    punctuation = sum(1 for i in high if raw[i] in b"\x85\x91\x92\x93\x94\x96\x97")
    if letters + punctuation == len(high):
        return "latin1"
    return "encoding"


def atomic_write(path: Path, text: str, *, private: bool = False) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    atomic_write_bytes(path, text.encode("utf-8"), private=private)


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True, *,
                       private: bool = False) -> None:
    """``durable``: flush to disk before the rename (records); a cache can skip it.

    A new file gets the permissions the user's umask gives (a colleague on a shared folder can
    read the records) and a file replaced keeps its own; ``private`` files (citizens' contact
    details, the cache of parsed records) stay readable by their owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if not private and os.name != "nt":  # mkstemp made it 0600
                os.fchmod(handle.fileno(), _shared_mode(path))
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _shared_mode(path: Path) -> int:
    """A file replaced keeps the mode it had (its owner chose it); a new one gets the umask's."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (setting it to
    read it back is not safe while other threads create files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
