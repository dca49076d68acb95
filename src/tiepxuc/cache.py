"""A cache of what each unit's records give (its basis, scan.UnitBasis, and the yearly
figures), so that a later run with nothing changed reads no record.

Where: ``<repository>/.tiepxuc/cache/``, a folder that ignores itself in git (it holds a
``.gitignore`` with ``*``), so the cache is never committed or shared.

Keyed so that any change is seen: the size, modification and change times and inode of every
input file (``tiepxuc.yaml`` with its profile and overrides, ``calendar.yaml``, every record),
the tool's own files (a new version, or an edited rule or template), the holidays package and
the language of the messages it holds; a yearly query's result also by its year and date. The
date a basis answers and the options play no part (the basis holds for a range of days). A
changed unit is read again; the others come from the cache.

A file changed in the very moment it was read could keep its size and time stamp (time stamps
are coarser than writes), so, as git does with its index, nothing is cached while an input
file is younger than ``RACY_SECONDS``. And a file that changed, appeared or vanished while the
unit was being scanned (a sync tool, another clone's checkout) leaves the inputs different from
those the key was made of: that scan is shown but not stored (rollup._scan_and_store).

A cache file is signed with a key kept outside the repository (in the user's cache folder), so
a cache file that came with a repository from someone else is never trusted or unpickled.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import sys
from pathlib import Path

CACHE_DIR = ".tiepxuc/cache"
_FORMAT = b"tiepxuc-cache-1\n"
RACY_SECONDS = 2


def _tool_fingerprint() -> bytes:
    """The tool's own files and the holidays package: any upgrade or edit changes it."""
    import importlib.util

    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).parent
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            try:  # a file removed while the tool is upgraded: its absence is the fingerprint
                st = os.stat(os.path.join(folder, name))
            except OSError:
                digest.update(f"{folder}/{name}:gone\n".encode())
                continue
            digest.update(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        try:
            st = os.stat(spec.origin)
            digest.update(f"holidays:{spec.origin}:{st.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"holidays:{spec.origin}:gone".encode())
    return digest.digest()


_TOOL: bytes | None = None


def tool_fingerprint() -> bytes:
    """The tool's own files and the holidays package, digested once per run."""
    global _TOOL
    if _TOOL is None:
        _TOOL = _tool_fingerprint()
    return _TOOL


def signature(files: list[tuple[str, os.stat_result]], *extra: object) -> str:
    """A digest of the input files' identities (path, size, times, inode) and ``extra``."""
    digest = hashlib.sha256(tool_fingerprint())
    digest.update(repr(extra).encode())
    digest.update("".join(
        f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n"
        for path, st in files).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def settled(files: list[tuple[str, os.stat_result]]) -> bool:
    """True when no input file was changed so recently that a change could go unseen."""
    import time

    newest = max((st.st_mtime_ns for _, st in files), default=0)
    return time.time_ns() - newest > RACY_SECONDS * 1_000_000_000


def _secret() -> bytes | None:
    """The signing key, created on first use in the user's cache folder (not the repository)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "tiepxuc", "cache-key")
    try:
        with open(path, "rb") as handle:
            key = handle.read()
        if len(key) >= 32:
            return key
    except OSError:
        pass
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        key = os.urandom(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except FileExistsError:  # another run made it first
        return _secret()
    except OSError:
        return None


def _user_folder() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tiepxuc")


def user_read(name: str, key: str) -> object | None:
    """A value the tool keeps for itself in the user's cache folder (no personal data: the
    public holidays of some years), if it was kept with ``key``; None otherwise."""
    secret = _secret()
    try:
        with open(os.path.join(_user_folder(), f"{name}.pickle"), "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    head = len(_FORMAT)
    if secret is None or data[:head] != _FORMAT or len(data) < head + 32:
        return None
    mac, payload = data[head:head + 32], data[head + 32:]
    if not hmac.compare_digest(mac, hmac.new(secret, key.encode() + payload, "sha256").digest()):
        return None
    try:
        return pickle.loads(payload)
    except Exception:
        return None


def user_write(name: str, key: str, value: object) -> None:
    from tiepxuc.fileio import atomic_write_bytes

    secret = _secret()
    if secret is None:
        return
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    mac = hmac.new(secret, key.encode() + payload, "sha256").digest()
    try:
        atomic_write_bytes(Path(_user_folder()) / f"{name}.pickle", _FORMAT + mac + payload,
                           durable=False)
    except OSError:
        pass


# Kept per name (basis, report-2024…) for this many keys (languages, states of the records,
# dates of a yearly query): going back to an earlier state finds it still there.
SLOTS = 4


def _file(root: Path, name: str, key: str) -> Path:
    return root / CACHE_DIR / f"{name}.{key[:16]}.pickle"


# A long-running process (the web app) keeps what it read, one value per file, until its key
# changes: a page load then reads no cache file whose units did not change. Off for commands.
_memory: dict[tuple[Path, str], tuple[str, bytes | None, object]] | None = None


def remember() -> None:
    """Keep what is read in memory from now on (values read are then shared: never changed)."""
    global _memory
    if _memory is None:
        _memory = {}


def read(root: Path, name: str, key: str) -> object | None:
    """The value stored under ``name`` if it was stored with this ``key``; None otherwise."""
    if _memory is not None:
        kept = _memory.get((root, name))
        # signed with the same key, and the file still there (a cache removed by hand is
        # removed from memory too)
        if kept is not None and kept[:2] == (key, _secret()) \
                and _file(root, name, key).exists():
            return kept[2]
    value = _read(root, name, key)
    if _memory is not None and value is not None:
        _memory[(root, name)] = (key, _secret(), value)
    return value


def _read(root: Path, name: str, key: str) -> object | None:
    secret = _secret()
    if secret is None:
        return None
    try:
        data = _file(root, name, key).read_bytes()
    except OSError:
        return None
    head = len(_FORMAT)
    if data[:head] != _FORMAT or len(data) < head + 32 + 64:
        return None
    mac, stored_key, payload = data[head:head + 32], data[head + 32:head + 96], data[head + 96:]
    if stored_key != key.encode() or not hmac.compare_digest(
            mac, hmac.new(secret, stored_key + payload, "sha256").digest()):
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # a cache from an older tool: scan again
        return None


def write(root: Path, name: str, key: str, value: object) -> None:
    """Store ``value``; a cache that cannot be written (read-only folder…) is simply skipped, and
    so is one whose folder is a link leading outside the repository (it holds personal data)."""
    from tiepxuc.fileio import atomic_write_bytes
    from tiepxuc.paths import is_inside

    secret = _secret()
    if secret is None:
        return
    folder = root / CACHE_DIR
    if not is_inside(root, folder):
        return
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    mac = hmac.new(secret, key.encode() + payload, "sha256").digest()
    if _memory is not None:
        _memory[(root, name)] = (key, secret, value)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# tiepxuc's cache: never committed\n*\n", encoding="utf-8")
        atomic_write_bytes(_file(root, name, key), _FORMAT + mac + key.encode() + payload,
                           durable=False, private=True)  # parsed records: personal data
        _prune(folder, name)
        for old in _RETIRED:
            _prune(folder, old, keep=0)
    except OSError:
        pass


# What earlier versions kept per day and option (with citizens' petitions in it): removed.
_RETIRED = ("deadlines", "validate")


def _prune(folder: Path, name: str, keep: int = SLOTS) -> None:
    """Keep the ``keep`` most recent results of ``name``."""
    kept = []
    for path in [*folder.glob(f"{name}.*.pickle"), *folder.glob(f"{name}.pickle")]:
        try:
            kept.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(kept, reverse=True)[keep:]:
        try:
            path.unlink()
        except OSError:
            pass
