"""What every request of the web app shares: its settings, and who is acting."""

from __future__ import annotations

import threading
from pathlib import Path

from flask import abort, current_app, session

from tiepxuc.messages import t


class Settings:
    def __init__(self, root: Path, read_only: bool, hosts: set[str],
                 accounts_file: Path | None, sign_in: bool) -> None:
        self.root = root
        self.read_only = read_only
        self.hosts = hosts
        self.accounts_file = accounts_file
        self.sign_in = sign_in
        # One change at a time per repository in this server (the repository's lock keeps
        # other programs out); pages read the records afresh on every load.
        self.changing = threading.Lock()


def settings() -> Settings:
    return current_app.config["TIEPXUC"]


def current_author() -> str | None:
    """Who a commit names: the signed-in person, or (on this computer) git's own settings."""
    conf = settings()
    login = session.get("login")
    if not conf.sign_in or login is None:
        return None
    from tiepxuc.web.accounts import load

    account = load(conf.accounts_file).get(login)
    if account is None:  # removed since signing in
        abort(403, t("web.account_gone"))
    return account.author
