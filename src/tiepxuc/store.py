"""The record store: every record file parsed once, kept between runs, re-read only when it changes.

Every command that reads a repository (validate, check-deadlines, report, plan status, render,
export, the lifecycle commands) loads it through ``repo.load``, which asks the store first. The
store keeps, per file, what parsing and checking it gave: the record's model and where each of
its top-level keys stands in the text. Nothing else is kept: the date, the options, the
language and the command play no part in it, so none of them makes a file be read again.
Results (statuses, findings, figures) are computed from the records at each run.

A file is known by its identity: path, size, modification and change (on Windows, creation)
times, and inode (0 on Windows, so never relied on alone). A file whose identity differs is
read again alone; one that is gone is dropped. Like git's index, a file changed so recently that
a later change could keep the same identity (time stamps are coarse) is not kept: it is read
again next time, without touching the rest. Files with problems (a YAML error, a wrong value)
are not kept either: they are read each time, so their messages are always made in the
language of the run.

Where: ``<repository>/.tiepxuc/cache/records-NN.pickle``, 16 shards chosen by the file's path
(a change rewrites one shard). A big repository's first reading is shared between worker
processes shard by shard (repo.py): each worker pickles its shard once, and those bytes are both
what the main process unpickles and what is written. Records are read-only (frozen models), so
what many of them hold alike (their sets of given fields, the layout of their keys) is held
once. Each shard is signed with a key kept outside the repository
(cache.py), so a store that comes with someone else's repository is never unpickled; a damaged,
truncated or foreign shard is ignored and rebuilt.
"""

from __future__ import annotations

import hmac
import os
import pickle
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tiepxuc.records.yamlio import Position, YamlDocument

SHARDS = 16
_FORMAT = b"tiepxuc-records-4\n"
# Time stamps on FAT drives are 2 s apart: a file younger than this may change unseen.
RACY_SECONDS = 3


def shard_of(relative: str) -> int:
    return zlib.crc32(relative.encode("utf-8", "surrogateescape")) % SHARDS


def identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class StoredDoc:
    """A record's document as the store keeps it: where the keys of the first two levels
    stand (``places``). Anything else (a nested key's place, the data as typed) is read again
    from the file when asked, which only findings about that part need."""

    __slots__ = ("file", "_root", "_top", "_full")

    def __init__(self, path: Path, root: tuple[int, int], top: tuple[dict, array]) -> None:
        self.file, self._root, self._top, self._full = path, root, top, None

    def position(self, path, *, key: bool = False) -> Position:
        path = tuple(path)
        if not path:
            return Position(*self._root)
        layout, numbers = self._top
        found = layout.get(path[0])
        if found is None:  # absent: the nearest enclosing node is the document
            return Position(*self._root)
        at, inner = found
        if len(path) == 2 and inner is not None:  # a key of a mapping at the top level
            if path[1] not in inner:
                return Position(numbers[at], numbers[at + 1])
            at = inner[path[1]]
        elif len(path) > 1:
            return self._document().position(path, key=key)
        return Position(numbers[at + 2], numbers[at + 3]) if key else \
            Position(numbers[at], numbers[at + 1])

    def _document(self) -> YamlDocument:
        if self._full is None:
            from tiepxuc.fileio import UnreadableFile, read_text
            from tiepxuc.records import yamlio

            try:
                self._full = yamlio.parse(read_text(self.file))
            except (UnreadableFile, OSError, yamlio.YamlProblem):
                self._full = YamlDocument()
        return self._full

    def __getattr__(self, name: str) -> Any:  # data, values, ends, keys, styles, plain, flow…
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._document(), name)


# The keys of records, as laid out in their files: {key: (where its numbers start, {inner key:
# where its numbers start} or None)}, one object for each layout (a repository has few).
_LAYOUTS: dict[tuple, dict] = {}


def places(doc: YamlDocument) -> tuple[tuple[int, int], tuple[dict, array]] | None:
    """(where the document starts, (layout, numbers)) for a parsed document whose top level
    is a mapping, None otherwise (not kept). For each key of the first two levels the
    numbers hold, from where its layout says: the line and column of its value, then of the
    key itself. Four numbers per key in one array, the keys' names shared: some 200 bytes a
    record, not 2.4 KB of tuples and dictionaries."""
    import sys

    import yaml

    if isinstance(doc, StoredDoc):
        return doc._root, doc._top
    root = doc._root
    if not isinstance(root, yaml.MappingNode):
        return None
    numbers = array("I")

    def keys(node: yaml.MappingNode, nested: bool) -> tuple | None:
        shape = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not key_node.value.isascii():
                return None  # not a key a clean record has
            start, at = value_node.start_mark, key_node.start_mark
            offset = len(numbers)
            numbers.extend((start.line + 1, start.column + 1, at.line + 1, at.column + 1))
            inner = None
            if nested and isinstance(value_node, yaml.MappingNode):
                inner = keys(value_node, False)
                if inner is None:
                    return None
            shape.append((key_node.value, offset, inner))
        return tuple(shape)

    shape = keys(root, True)
    if shape is None:
        return None
    layout = _LAYOUTS.get(shape)
    if layout is None:
        layout = _LAYOUTS[shape] = {
            sys.intern(key): (offset, None if inner is None else {
                sys.intern(name): at for name, at, _ in inner})
            for key, offset, inner in shape}
    return (root.start_mark.line + 1, root.start_mark.column + 1), (layout, numbers)


def relative_path(root: Path, prefix: str, path: str) -> str:
    """``path`` relative to ``root`` (``prefix``: the root with a separator after it), as the
    store knows files. walk() joins the root and the names: cutting the root off is enough,
    and quick."""
    if path.startswith(prefix):
        return path[len(prefix):]
    return os.path.relpath(path, root)


def unpack(path: Path, kept: tuple) -> tuple:
    """(document, model, personal values) of what is kept for the file at ``path``."""
    _, _, model, root, top, personal = kept
    return StoredDoc(path, root, top), model, personal


class Paths:
    """Path objects for files, each made from its folder's (one Path per folder): quicker
    than parsing each file's whole path, and the folders' names are held once."""

    def __init__(self) -> None:
        self._folders: dict[str, Path] = {}

    def __call__(self, path: str) -> Path:
        folder, _, name = path.rpartition(os.sep)
        parent = self._folders.get(folder)
        if parent is None:
            parent = self._folders[folder] = Path(folder)
        return parent / name


def compact(record) -> None:
    """Trade a clean record's parsed document for what the store keeps of it (StoredDoc):
    a big repository's records then take a fraction of the memory."""
    if record.doc is not None and not isinstance(record.doc, StoredDoc):
        found = places(record.doc)
        if found is not None:
            record.doc = StoredDoc(record.path, *found)


# The sets of fields given (pydantic's ``__pydantic_fields_set__``), one object for each set:
# a record's models hold a set each, 1.6 KB per petition; a repository has some fifty sets.
_FIELD_SETS: dict[frozenset, set] = {}


def share_alike(model) -> None:
    """Let ``model`` and the models inside it use one set object for the same fields given,
    shared with every record kept. Safe because records are never changed in place (frozen
    models; a copy gets its own set); pickled, a shard then writes each set once."""
    from pydantic import BaseModel

    given = model.__pydantic_fields_set__
    shared = _FIELD_SETS.setdefault(frozenset(given), given)
    if shared is not given:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    for value in model.__dict__.values():
        if isinstance(value, BaseModel):
            share_alike(value)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for item in value:
                share_alike(item)


def entry(kind: str, st: os.stat_result, record, read_at: float) -> tuple | None:
    """What the store keeps of a clean record read from a file with stat ``st`` (taken before
    reading, at ``read_at``); None when it is not kept: too young (it may change unseen) or
    not a mapping."""
    from tiepxuc.privacy import record_values

    if read_at - st.st_mtime_ns / 1e9 < RACY_SECONDS or st.st_mtime_ns == 0:
        return None
    found = places(record.doc) if record.doc is not None and record.model is not None \
        else None
    if found is None:
        return None
    share_alike(record.model)
    return (identity(st), kind, record.model, *found, record_values(record))


def frozen(entries: dict[str, tuple]) -> bytes:
    """Entries of one shard pickled, as a worker hands them over and as the shard is kept."""
    return pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)


def is_inside_cache(root: Path) -> bool:
    """The cache folder is inside the repository (not a link leading out of it)."""
    from tiepxuc import cache
    from tiepxuc.paths import is_inside

    return is_inside(root, root / cache.CACHE_DIR)


class RecordStore:
    """The stored records of one repository, for one run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._prefix = os.path.join(str(root), "")
        self._shards: list[dict[str, tuple] | None] = [None] * SHARDS
        self._changed: set[int] = set()
        self.paths = Paths()
        # Some citizen's name or contact kept until now is no longer in the records (edited
        # out, or its file gone): what was derived from them goes (see _tidy).
        self._values_gone = False
        self._seen: set[str] = set()
        self._secret = None
        self.parsed = 0  # files read and parsed in this run (for the tests and benchmarks)

    # -------------------------------------------------------------- reading

    def _file(self, name: str) -> Path:
        from tiepxuc.cache import CACHE_DIR

        return self.root / CACHE_DIR / f"{name}.pickle"

    def _key(self) -> bytes | None:
        from tiepxuc import cache

        if self._secret is None:
            self._secret = cache._secret() or b""
        return self._secret or None

    def _entries(self, shard: int) -> dict[str, tuple]:
        entries = self._shards[shard]
        if entries is None:
            found = self._load(f"records-{shard:02d}")
            entries = self._shards[shard] = found if isinstance(found, dict) else {}
        return entries

    def _load(self, name: str, key: bytes = b"") -> Any:
        """What was kept under ``name`` with ``key``, signed by us; None when there is
        nothing, or it is damaged, from another tool version, foreign or kept for another key."""
        from tiepxuc import cache

        secret = self._key()
        if secret is None:
            return None
        try:
            data = self._file(name).read_bytes()
        except OSError:
            return None
        head = len(_FORMAT)
        if data[:head] != _FORMAT or len(data) < head + 32:
            return None
        mac, payload = data[head:head + 32], data[head + 32:]
        expected = hmac.new(secret, cache.tool_fingerprint() + key + payload, "sha256").digest()
        if not hmac.compare_digest(mac, expected):
            return None
        try:
            return pickle.loads(payload)
        except Exception:
            return None

    def _keep(self, name: str, value: Any, payload: bytes | None = None,
              key: bytes = b"") -> None:
        """Write ``value`` under ``name``, signed (``payload``: it pickled already); nothing
        when it cannot be written (a read-only folder, a full disk) or the cache folder leads
        outside the repository."""
        from tiepxuc import cache
        from tiepxuc.fileio import atomic_write_bytes
        from tiepxuc.paths import is_inside

        secret = self._key()
        folder = self.root / cache.CACHE_DIR
        if secret is None or not is_inside(self.root, folder):
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            ignore = folder.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# tiepxuc's cache: never committed\n*\n", encoding="utf-8")
            if payload is None:
                payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            mac = hmac.new(secret, cache.tool_fingerprint() + key + payload, "sha256").digest()
            atomic_write_bytes(self._file(name), _FORMAT + mac + payload, durable=False,
                               private=True)  # parsed records: personal data
        except OSError:
            pass

    def _drop(self, names: list[str]) -> bool:
        """Remove what is kept under ``names``, if anything (never through a cache folder
        that leads outside the repository); True when something was there."""
        from tiepxuc import cache
        from tiepxuc.paths import is_inside

        found = [path for path in map(self._file, names) if os.path.lexists(path)]
        if not found or not is_inside(self.root, self.root / cache.CACHE_DIR):
            return False
        for path in found:
            try:
                path.unlink()
            except OSError:
                pass
        return True

    def derived(self, name: str, depends_on: bytes, build: Callable[[], Any]) -> Any:
        """A value computed from the records (the redaction's matchers…), kept while what it
        depends on (``depends_on``, a digest of exactly that) stays the same."""
        found = self._load(f"derived-{name}", depends_on)
        if found is None:
            found = build()
            self._keep(f"derived-{name}", found, key=depends_on)
        return found

    def get(self, kind: str, path: str, st: os.stat_result) -> tuple | None:
        """(document, model, personal values) kept for the record file at ``path`` if the file
        has not changed since; None otherwise."""
        relative = self._relative(path)
        self._seen.add(relative)
        kept = self._entries(shard_of(relative)).get(relative)
        if kept is None or kept[0] != identity(st) or kept[1] != kind:
            return None
        return unpack(self.paths(path), kept)

    def adopt(self, shard: int, payload: bytes) -> dict[str, tuple]:
        """Keep the entries a worker read for ``shard`` (frozen); returns them. When they are
        all the shard holds, they are written now, as the worker pickled them (its bytes
        would otherwise wait in memory for the end of the run)."""
        entries = pickle.loads(payload)
        kept = self._entries(shard)
        if kept:
            self._changed.add(shard)
            for relative, new in entries.items():
                self._replacing(kept.get(relative), new)
            kept.update(entries)
        else:
            self._shards[shard] = entries
            self._keep(f"records-{shard:02d}", entries, payload)
        return entries

    def _replacing(self, old: tuple | None, new: tuple | None) -> None:
        """An entry is replaced by ``new`` (None: removed): note whether personal values it
        held are gone."""
        if old is not None and any(old[-1].values()) and (new is None or new[-1] != old[-1]):
            self._values_gone = True

    def _relative(self, path: str) -> str:
        return relative_path(self.root, self._prefix, path)

    # -------------------------------------------------------------- keeping

    def put(self, kind: str, path: str, st: os.stat_result, record, read_at: float) -> bool:
        """Keep a clean record read from ``path`` (stat ``st`` taken before reading); True
        when it is kept (False: too young, or not a mapping)."""
        relative = self._relative(path)
        shard = shard_of(relative)
        entries = self._entries(shard)
        kept = entry(kind, st, record, read_at)
        if kept is None:
            self.forget(path)
            return False
        self._replacing(entries.get(relative), kept)
        entries[relative] = kept
        self._changed.add(shard)
        return True

    def forget(self, path: str) -> None:
        relative = self._relative(path)
        shard = shard_of(relative)
        old = self._entries(shard).pop(relative, None)
        if old is not None:
            self._replacing(old, None)
            self._changed.add(shard)

    def save(self) -> None:
        """Write the shards that changed, dropping the files not seen in this run. A shard
        none of whose files was seen (each of them deleted or moved) is removed: what it kept
        (citizens' names…) does not outlive the records."""
        if self._drop([f"records-{shard:02d}" for shard, entries in enumerate(self._shards)
                       if entries is None]):
            self._values_gone = True
        for shard, entries in enumerate(self._shards):
            if entries is None:
                continue
            gone = [name for name in entries if name not in self._seen]
            for name in gone:
                self._replacing(entries.pop(name), None)
            if gone:
                self._changed.add(shard)
        if self._changed or self._values_gone:
            self._tidy()
        for shard in sorted(self._changed):
            self._keep(f"records-{shard:02d}", self._shards[shard])
        self._changed.clear()
        self._shards = [None] * SHARDS  # the records live on in the repository, not twice

    def _tidy(self) -> None:
        """When records changed: if citizens' names or contacts went from them, the values
        derived from the old ones go (the redaction's matchers hold them, and they must not
        outlive their records; they are built again when next needed: a change that leaves
        the names as they were keeps them); and the temporary files of a run killed while
        writing go (older than an hour: another run may be writing its own now)."""
        import time

        from tiepxuc import cache

        folder = self.root / cache.CACHE_DIR
        try:
            derived = [path.stem for path in folder.glob("derived-*.pickle")]
            stale = [path for path in folder.glob(".*.tmp")
                     if time.time() - path.lstat().st_mtime > 3600]
        except OSError:
            return
        if self._values_gone:
            self._drop(derived)
            self._values_gone = False
        if stale and is_inside_cache(self.root):
            for path in stale:
                try:
                    path.unlink()
                except OSError:
                    pass
