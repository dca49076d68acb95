"""`tiepxuc serve` (the web app) and `tiepxuc account add` (who may sign in to it)."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._click import Command, Group
from tiepxuc.cli._common import handle_errors, repo_root
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t

DEFAULT_PORT = 8765


def _flask():
    try:
        import flask  # noqa: F401
        import waitress  # noqa: F401
    except ImportError:
        raise TiepxucError(t("cli.serve.no_flask")) from None


def _network_names(host: str) -> set[str]:
    """The names and addresses people on the office network may use to reach this computer."""
    import socket

    names = {host.lower(), socket.gethostname().lower(), socket.getfqdn().lower()}
    try:
        names.update(socket.gethostbyname_ex(socket.gethostname())[2])
    except OSError:
        pass
    return names


@handle_errors
def serve(
    port: Annotated[int, typer.Option("--port", min=1, max=65535,
                                      help=t("cli.serve.opt_port"))] = DEFAULT_PORT,
    host: Annotated[Optional[str], typer.Option(
        "--host", metavar="ĐỊA-CHỈ", help=t("cli.serve.opt_host"))] = None,
    read_only: Annotated[bool, typer.Option(
        "--read-only", help=t("cli.serve.opt_read_only"))] = False,
    no_browser: Annotated[bool, typer.Option(
        "--no-browser", help=t("cli.serve.opt_no_browser"))] = False,
    accounts_file: Annotated[Optional[Path], typer.Option(
        "--accounts", metavar="TỆP", help=t("cli.serve.opt_accounts"))] = None,
    allow_hosts: Annotated[Optional[list[str]], typer.Option(
        "--allow-host", metavar="TÊN", help=t("cli.serve.opt_allow_host"))] = None,
) -> None:
    _flask()
    from tiepxuc.web import accounts
    from tiepxuc.web.app import LOOPBACK, create_app

    root = repo_root()
    bind = host or "127.0.0.1"
    hosts = set(LOOPBACK) | {h.lower() for h in allow_hosts or []}
    sign_in = bind not in LOOPBACK
    file = accounts_file or accounts.default_path()
    _outside_repository(file)
    if sign_in:  # beyond this computer: people sign in, and commits name them
        if not accounts.load(file):
            raise TiepxucError(t("cli.serve.needs_accounts", host=bind, file=str(file)))
        hosts |= _network_names(bind)
    app = create_app(root, read_only=read_only, hosts=tuple(hosts), accounts_file=file,
                     sign_in=sign_in)
    from waitress.server import create_server

    try:
        server = create_server(app, host=bind, port=port, threads=4, ident="tiepxuc")
    except OSError:
        raise TiepxucError(t("cli.serve.port_busy", port=port)) from None
    shown = "localhost" if bind in ("127.0.0.1", "::1") else bind
    url = f"http://{shown}:{port}/"
    typer.echo(t("cli.serve.started", url=url))
    if not no_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


account_app = typer.Typer(cls=Group, help=t("cli.account.help"), no_args_is_help=True,
                          add_completion=False, rich_markup_mode=None)


@account_app.command("add", cls=Command, help=t("cli.account.add_help"),
                     short_help=t("cli.account.add_help"))
@handle_errors
def add(
    login: Annotated[str, typer.Argument(metavar="TÊN", help=t("cli.account.arg_login"))],
    name: Annotated[str, typer.Option("--name", help=t("cli.account.opt_name"))],
    email: Annotated[str, typer.Option("--email", help=t("cli.account.opt_email"))],
    accounts_file: Annotated[Optional[Path], typer.Option(
        "--accounts", metavar="TỆP", help=t("cli.serve.opt_accounts"))] = None,
) -> None:
    _flask()
    from tiepxuc.web import accounts

    file = accounts_file or accounts.default_path()
    _outside_repository(file)
    password = typer.prompt(t("cli.account.ask_password"), hide_input=True,
                            confirmation_prompt=True)
    accounts.add(file, login, name, email, password)
    typer.echo(t("cli.account.added", login=login, file=str(file)))


def _outside_repository(file: Path) -> None:
    """Accounts are never kept in the repository: its history is shared and permanent."""
    try:
        root = repo_root()
    except TiepxucError:
        return
    if file.resolve().is_relative_to(root.resolve()):
        raise TiepxucError(t("web.accounts_in_repository", file=str(file)))
