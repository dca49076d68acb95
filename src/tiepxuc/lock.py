"""One change at a time per repository.

Every command that changes records (and the web app, for each change) takes the repository's
lock before it reads the state it will change, and releases it on every way out. A second
command waits a little, then says who holds the lock and since when. A lock left by a process
that no longer runs (killed, a power cut) is found and cleared.

The lock is a file, ``.tiepxuc/lock``, created only if absent (atomic on every file system,
network shares included), holding who took it: process, machine, user, command, time.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t

WAIT_SECONDS = 10.0
# A lock from another machine cannot be checked for a live process; no change takes this long.
FOREIGN_STALE_AFTER = timedelta(minutes=15)


class RepositoryBusy(TiepxucError):
    pass


def lock_path(root: Path) -> Path:
    return root / ".tiepxuc" / "lock"


def _alive(pid: int) -> bool:
    """Whether a process with this ID runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _holder(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # gone, or being written this very moment


def _stale(holder: dict) -> bool:
    if holder.get("host") == socket.gethostname():
        return not _alive(int(holder.get("pid", 0)))
    try:
        since = datetime.fromisoformat(holder["since"])
    except (KeyError, ValueError):
        return True
    return datetime.now().astimezone() - since > FOREIGN_STALE_AFTER


def _clear(path: Path, holder: dict) -> None:
    """Remove a stale lock — only the one we judged stale, not a fresh one taken since."""
    grave = path.with_name(f"lock.stale-{os.getpid()}")
    try:
        os.replace(path, grave)
    except OSError:
        return
    if _holder(grave) != holder:  # a fresh lock was taken in between: put it back
        try:
            os.link(grave, path)
        except OSError:
            pass
    grave.unlink(missing_ok=True)


@contextmanager
def locked(root: Path, command: str, *, wait: float | None = None):
    """Hold the repository's lock for ``command``; RepositoryBusy after ``wait`` seconds."""
    wait = WAIT_SECONDS if wait is None else wait
    path = lock_path(root)
    _prepare(path.parent)
    mine = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
            "command": command, "since": datetime.now().astimezone().isoformat(timespec="seconds")}
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _holder(path)
            if holder is not None and _stale(holder):
                _clear(path, holder)
                continue
            if time.monotonic() > deadline:
                raise RepositoryBusy(_busy(holder)) from None
            time.sleep(0.1)
            continue
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(mine, handle, ensure_ascii=False)
        except OSError as exc:  # a full disk: no lock, and nothing left behind
            path.unlink(missing_ok=True)
            raise TiepxucError(t("safety.write_failed", path=str(path),
                                 reason=exc.strerror or type(exc).__name__)) from None
        break
    try:
        yield
    finally:
        if _holder(path) == mine:
            path.unlink(missing_ok=True)


def _prepare(folder: Path) -> None:
    """tiepxuc's own folder, ignored by git; on a full disk nothing is left behind."""
    created = not folder.exists()
    ignore = folder / ".gitignore"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not ignore.exists():
            ignore.write_text("# tiepxuc's cache, lock and undo files: never committed\n*\n",
                              encoding="utf-8")
    except OSError as exc:
        if created:
            ignore.unlink(missing_ok=True)
            try:
                folder.rmdir()
            except OSError:
                pass
        raise TiepxucError(t("safety.write_failed", path=str(ignore),
                             reason=exc.strerror or type(exc).__name__)) from None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name known to the system (a service account)
        return "?"


def _busy(holder: dict | None) -> str:
    if holder is None:
        return t("lock.busy_unknown")
    try:
        since = datetime.fromisoformat(holder["since"]).strftime("%H:%M:%S %d/%m/%Y")
    except (KeyError, ValueError):
        since = "?"
    return t("lock.busy", user=holder.get("user", "?"), host=holder.get("host", "?"),
             command=holder.get("command", "?"), pid=holder.get("pid", "?"), since=since)
