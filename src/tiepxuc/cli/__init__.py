"""The command line: a thin layer that parses options, calls the core and prints.

Only Typer and the message catalogue are imported here; each command imports what it needs
(pydantic, YAML, Jinja, python-docx, holidays) when it runs, so `tiepxuc --help` stays fast.
"""


import os
from typing import Annotated, Optional

import typer

from tiepxuc import __version__

# Third-party pydantic plugins would see every value validated, citizens' personal data
# included; the command line has no use for them (and skips scanning for them at start-up).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from tiepxuc.cli._click import Command, Group
from tiepxuc.messages import t

_app = typer.Typer(
    name="tiepxuc",
    cls=Group,  # Click's own words (usage, headings, errors) in the user's language
    help=t("cli.help"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals would hold citizens' personal data
    rich_markup_mode=None,  # plain help: starts in a third of the time of Rich boxes
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tiepxuc {__version__}")
        raise typer.Exit()


@_app.callback()
def _root(
    directory: Annotated[Optional[str], typer.Option(
        "-C", metavar="THƯ-MỤC", help=t("cli.opt.C"))] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help=t("cli.opt.version"))] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help=t("cli.opt.verbose"))] = False,
    allow_detached_head: Annotated[bool, typer.Option(
        "--allow-detached-head", help=t("cli.opt.allow_detached_head"))] = False,
) -> None:
    from tiepxuc.cli._common import SETTINGS

    SETTINGS.update(verbose=verbose, allow_detached_head=allow_detached_head)
    if directory is not None:
        try:
            os.chdir(directory)
        except OSError:
            typer.echo(t("cli.error", message=t("cli.bad_dir", path=directory)), err=True)
            raise typer.Exit(2) from None


# name → (module under tiepxuc.cli, attribute, message prefix, extra settings). A sub-app's
# attribute ends in "_app".
COMMANDS: dict[str, tuple[str, str, str, dict]] = {
    "init": ("create", "init", "cli.init", {}),
    "new-plan": ("create", "new_plan", "cli.new_plan", {}),
    "new-session": ("create", "new_session", "cli.new_session", {}),
    "new-report": ("create", "new_report", "cli.new_report", {}),
    "invite": ("issuing", "invite", "cli.invite", {}),
    "petition": ("petition", "petition_app", "cli.petition", {}),
    "conclude": ("issuing", "conclude", "cli.conclude", {}),
    "issue": ("issuing", "issue", "cli.issue", {}),
    "validate": ("check", "validate", "cli.validate", {}),
    "check-deadlines": ("deadlines", "check_deadlines", "cli.check", {}),
    # A negative count ("-3") must reach the command as a number, not as an unknown option.
    "deadline": ("deadlines", "deadline", "cli.deadline",
                 {"context_settings": {"ignore_unknown_options": True}}),
    "calendar": ("deadlines", "calendar", "cli.calendar", {}),
    "report": ("report", "report", "cli.report", {}),
    "plan": ("report", "plan_app", "cli.plan", {}),
    "render": ("render", "render", "render", {}),
    "export": ("export", "export_app", "cli.export", {}),
    "privacy": ("privacy", "privacy_app", "cli.privacy", {}),
    "history": ("audit", "history", "cli.history", {}),
    "audit": ("audit", "audit", "cli.audit", {}),
    "rules": ("rules", "rules", "cli.rules", {}),
    "explain": ("rules", "explain", "cli.explain", {}),
    "schema": ("schema", "schema", "cli.schema", {}),
    "serve": ("serve", "serve", "cli.serve", {}),
    "account": ("serve", "account_app", "cli.account", {}),
    "import": ("importing", "import_app", "cli.import", {}),
    "publish": ("publish", "publish", "cli.publish", {}),
}
_registered: set[str] = set()


def _register(names=COMMANDS) -> None:
    import importlib

    for name in names:
        if name in _registered:
            continue
        module, attribute, key, extra = COMMANDS[name]
        target = getattr(importlib.import_module(f"tiepxuc.cli.{module}"), attribute)
        texts = {"help": t(f"{key}.help"), "short_help": t(f"{key}.short")}
        if attribute.endswith("_app"):
            _app.add_typer(target, name=name, **texts)
        else:
            _app.command(name, cls=Command, **texts, **extra)(target)
        _registered.add(name)


def _command_named(args: list[str]) -> str | None:
    """The command ``args`` run, when it is known: the first word that is not an option."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "-C":
            skip = True  # its value
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
        elif arg in ("-h", "--help", "--version", "--"):
            return None
    return None


def __getattr__(name: str):
    """``app`` with every command, for tests and tools that import it."""
    if name == "app":
        _register()
        return _app
    raise AttributeError(name)


def _utf8_when_not_a_console() -> None:
    """Pipes, files, scheduled tasks and git hooks under a GUI get UTF-8.

    On Windows, Python writes to such streams in the ANSI code page (cp1252, cp1258), which
    cannot hold Vietnamese: the first “ệ” would end the command with nothing written. A console
    keeps its own encoding (Python talks to the Windows console in UTF-16 anyway)."""
    import sys

    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        try:
            if stream.isatty() or (stream.encoding or "").lower().replace("-", "") == "utf8":
                continue
            stream.reconfigure(encoding="utf-8")
        except (OSError, ValueError):  # a closed or detached stream: leave it as it is
            pass


def main() -> None:
    import sys

    _utf8_when_not_a_console()
    # Only the command being run is imported (its options, its help): start-up stays quick.
    # Help, a typo or no command at all get every command, to list them or suggest one.
    command = _command_named(sys.argv[1:])
    _register([command] if command else COMMANDS)
    _app(prog_name="tiepxuc")
