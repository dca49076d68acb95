"""`tiepxuc export ics`."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, parse_date_option, repo_root
from tiepxuc.messages import t

export_app = typer.Typer(help=t("cli.export.help"), no_args_is_help=True, add_completion=False,
                         rich_markup_mode=None)


@export_app.command("ics", help=t("cli.export.ics_help"))
@handle_errors
def ics(
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("cli.export.opt_output"))] = None,
    remind: Annotated[int, typer.Option(
        "--remind", metavar="N", min=0, max=60, help=t("cli.export.opt_remind"))] = 3,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
) -> None:
    from tiepxuc import ics as ics_export
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.fileio import atomic_write_bytes
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(repo_root())
    profile, _ = active_profile(repo)
    today = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    data = ics_export.build(repo, profile, today, remind)
    target = Path(output) if output else repo.root / "out" / "tiepxuc.ics"
    if output == "-":
        typer.echo(data.decode("utf-8"), nl=False)
        return
    atomic_write_bytes(target, data)
    err(t("cli.export.done", path=str(target)))
