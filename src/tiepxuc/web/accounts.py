"""The people who may sign in to `tiepxuc serve --host …` (served to the office network).

Accounts are kept outside the repository (its history is shared and permanent): by default in
the user's own settings folder, or in the file given with ``--accounts``. Passwords are kept
hashed (werkzeug's scrypt); the file holds no password in the clear.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t


def default_path() -> Path:
    """%APPDATA%\\tiepxuc\\accounts.json on Windows, ~/.config/tiepxuc/accounts.json elsewhere."""
    base = os.environ.get("APPDATA") if os.name == "nt" else os.environ.get("XDG_CONFIG_HOME")
    return Path(base or Path.home() / ".config") / "tiepxuc" / "accounts.json"


@dataclass(frozen=True)
class Account:
    login: str
    name: str
    email: str
    password: str  # the hash

    @property
    def author(self) -> str:
        """Who a commit names when this person acts (git's "Name <email>")."""
        return f"{self.name} <{self.email}>"


def load(path: Path) -> dict[str, Account]:
    """The accounts in ``path`` (none when the file does not exist)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {login: Account(login, entry["name"], entry["email"], entry["password"])
                for login, entry in data["accounts"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise TiepxucError(t("web.accounts_unreadable", file=str(path))) from None


def save(path: Path, accounts: dict[str, Account]) -> None:
    from tiepxuc.fileio import atomic_write

    data = {"accounts": {a.login: {"name": a.name, "email": a.email, "password": a.password}
                         for a in accounts.values()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", private=True)


def add(path: Path, login: str, name: str, email: str, password: str) -> Account:
    """Add (or replace) ``login``; its password is kept hashed."""
    from werkzeug.security import generate_password_hash

    login = login.strip()
    if not login or not name.strip() or "@" not in email or "<" in name + email:
        raise TiepxucError(t("web.account_invalid"))
    if len(password) < 8:
        raise TiepxucError(t("web.password_short"))
    accounts = load(path)
    account = Account(login, name.strip(), email.strip(), generate_password_hash(password))
    accounts[login] = account
    save(path, accounts)
    return account


def check(accounts: dict[str, Account], login: str, password: str) -> Account | None:
    """The account when ``password`` is its own; None otherwise (the same time either way)."""
    from werkzeug.security import check_password_hash

    account = accounts.get(login)
    if account is None:
        check_password_hash(_DUMMY, password)  # no hint, by timing, that the login is unknown
        return None
    return account if check_password_hash(account.password, password) else None


# A hash of nothing anyone types, checked when the login is unknown.
_DUMMY = "scrypt:32768:8:1$T6m3x1q5b5vSy8yQ$" + "0" * 128
