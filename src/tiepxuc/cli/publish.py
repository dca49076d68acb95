"""`tiepxuc publish`: the public website of the dialogues' results (site/build.py)."""


from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, parse_date_option, progress_bar, repo_root
from tiepxuc.errors import EXIT_OK, EXIT_PROBLEMS
from tiepxuc.messages import t


def _kind(kind: str) -> str:
    from tiepxuc.messages import has

    return t(f"publish.kind.{kind}") if has(f"publish.kind.{kind}") else t(f"privacy.kind.{kind}")


def _size(count: int) -> str:
    from tiepxuc.messages import language

    text = f"{count / 1_000_000:.1f} MB"
    return text.replace(".", ",") if language() == "vi" else text


@handle_errors
def publish(
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="THƯ-MỤC", help=t("cli.publish.opt_output"))] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.publish.opt_as_of"))] = None,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("cli.opt.unit"))] = None,
) -> None:
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.site.build import PrivacyStop, publish as write_site, site_folder

    root = repo_root()
    day = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    target = site_folder(root, output)
    try:
        with progress_bar(enabled=True) as progress:
            result = write_site(root, target, day, units, progress)
    except PrivacyStop as stop:
        for hit in stop.hits:
            err(t("cli.publish.hit", file=hit.file, line=hit.line, field=hit.field,
                  kind=_kind(hit.kind)))
        err(t("cli.error", message=stop.message))
        err(t("cli.publish.fix"))
        raise typer.Exit(EXIT_PROBLEMS) from None
    for reason in result.skipped:
        err(t("cli.warning", message=t("cli.publish.skipped", reason=reason)))
    for unit in result.units:
        for where in unit.unreasoned:
            err(t("cli.warning", message=t("cli.publish.unreasoned", where=where)))
        if unit.unreadable:
            err(t("cli.warning", message=t("cli.publish.unreadable", unit=unit.name,
                                           count=unit.unreadable)))
        if unit.withheld["sessions"] or unit.withheld["petitions"]:
            err(t("cli.publish.withheld", unit=unit.name, **unit.withheld))
    typer.echo(t("cli.publish.done", path=str(result.out), sessions=result.total("sessions"),
                 petitions=result.total("petitions"), agencies=result.total("agencies"),
                 files=result.files, size=_size(result.bytes), date=day.strftime("%d/%m/%Y")))
    if len(result.units) > 1:
        typer.echo(t("cli.publish.done_units", count=len(result.units) - 1))
    raise typer.Exit(EXIT_OK)
