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
from tiepxuc.messages import t

app = typer.Typer(
    name="tiepxuc",
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


@app.callback()
def _root(
    directory: Annotated[Optional[str], typer.Option(
        "-C", metavar="THƯ-MỤC", help=t("cli.opt.C"))] = None,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help=t("cli.opt.version"))] = False,
) -> None:
    if directory is not None:
        try:
            os.chdir(directory)
        except OSError:
            typer.echo(t("cli.error", message=t("cli.bad_dir", path=directory)), err=True)
            raise typer.Exit(2) from None


def _register() -> None:
    from tiepxuc.cli import (
        audit, check, create, deadlines, export, issuing, petition, render, report, rules, schema,
    )

    app.command("init", help=t("cli.init.help"), short_help=t("cli.init.short"))(create.init)
    app.command("new-plan", help=t("cli.new_plan.help"), short_help=t("cli.new_plan.short"))(create.new_plan)
    app.command("new-session", help=t("cli.new_session.help"), short_help=t("cli.new_session.short"))(create.new_session)
    app.add_typer(petition.petition_app, name="petition", help=t("cli.petition.help"),
                  short_help=t("cli.petition.short"))
    app.command("conclude", help=t("cli.conclude.help"), short_help=t("cli.conclude.short"))(
        issuing.conclude)
    app.command("issue", help=t("cli.issue.help"), short_help=t("cli.issue.short"))(issuing.issue)
    app.command("validate", help=t("cli.validate.help"), short_help=t("cli.validate.short"))(check.validate)
    app.command("check-deadlines", help=t("cli.check.help"), short_help=t("cli.check.short"))(
        deadlines.check_deadlines)
    # A negative count ("-3") must reach the command as a number, not as an unknown option.
    app.command("deadline", help=t("cli.deadline.help"), short_help=t("cli.deadline.short"),
                context_settings={"ignore_unknown_options": True})(deadlines.deadline)
    app.command("calendar", help=t("cli.calendar.help"), short_help=t("cli.calendar.short"))(
        deadlines.calendar)
    app.command("report", help=t("cli.report.help"), short_help=t("cli.report.short"))(
        report.report)
    app.add_typer(report.plan_app, name="plan", help=t("cli.plan.help"),
                  short_help=t("cli.plan.short"))
    app.command("render", help=t("render.help"), short_help=t("render.short"))(render.render)
    app.add_typer(export.export_app, name="export", help=t("cli.export.help"),
                  short_help=t("cli.export.short"))
    app.command("history", help=t("cli.history.help"), short_help=t("cli.history.short"))(
        audit.history)
    app.command("audit", help=t("cli.audit.help"), short_help=t("cli.audit.short"))(audit.audit)
    app.command("rules", help=t("cli.rules.help"), short_help=t("cli.rules.short"))(rules.rules)
    app.command("explain", help=t("cli.explain.help"), short_help=t("cli.explain.short"))(rules.explain)
    app.command("schema", help=t("cli.schema.help"), short_help=t("cli.schema.short"))(schema.schema)


_register()


def main() -> None:
    app(prog_name="tiepxuc")
