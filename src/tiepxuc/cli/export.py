"""`tiepxuc export ics | json | xlsx`."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._click import Command, Group

from tiepxuc.cli._common import err, handle_errors, parse_date_option, repo_root
from tiepxuc.messages import t

export_app = typer.Typer(cls=Group, help=t("cli.export.help"), no_args_is_help=True,
                         add_completion=False, rich_markup_mode=None)


def write_output(root: Path, data: bytes, output: Optional[str], default: Path, *,
                 binary: bool = False) -> None:
    """To ``output`` (``-``: standard output) or the default file under out/, which must stay
    inside the repository ``root`` (never through a link leading elsewhere). ``binary``: a
    workbook, written to standard output as bytes."""
    from tiepxuc.fileio import atomic_write_bytes
    from tiepxuc.paths import output_path

    if output == "-":
        typer.echo(data if binary else data.decode("utf-8"), nl=False)
        return
    target = output_path(root, output, default)
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:  # a full disk, a read-only folder: said plainly, nothing half-written
        from tiepxuc.errors import TiepxucError

        raise TiepxucError(t("safety.write_failed", path=str(target),
                             reason=exc.strerror or type(exc).__name__)) from None
    err(t("cli.export.done", path=str(target)))


@export_app.command("ics", cls=Command, help=t("cli.export.ics_help"))
@handle_errors
def ics(
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("cli.export.opt_output"))] = None,
    remind: Annotated[int, typer.Option(
        "--remind", metavar="N", min=0, max=60, help=t("cli.export.opt_remind"))] = 3,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
    public: Annotated[bool, typer.Option(
        "--public", help=t("cli.export.opt_ics_public"))] = False,
) -> None:
    from tiepxuc import ics as ics_export
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(repo_root())
    profile, _ = active_profile(repo)
    today = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    data = ics_export.build(repo, profile, today, remind)
    name = "tiepxuc.ics"
    if public:
        data = _public_calendar(repo, data)
        name = "tiepxuc-cong-khai.ics"
    write_output(repo.root, data, output, repo.root / "out" / name)


def _public_calendar(repo, data: bytes) -> bytes:
    """The calendar without citizens' personal data: the events' text (a petition's deadline is
    named by an excerpt of its content) and the record IDs in it, redacted."""
    from icalendar import Calendar, vText

    from tiepxuc.privacy import Hide, repository_values

    found = repository_values(repo)
    hide = Hide(found.get("name", []), found.get("contact", []))
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        for prop in ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT"):
            if prop in component:
                component[prop] = vText(hide.text(str(component[prop])))
        if "UID" in component:
            component["UID"] = vText(hide.id(str(component["UID"])))
    return calendar.to_ical()


@export_app.command("json", cls=Command, help=t("cli.export.json_help"))
@handle_errors
def json_export(
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("cli.export.opt_json_output"))] = None,
    public: Annotated[bool, typer.Option(
        "--public", help=t("cli.export.opt_json_public"))] = False,
) -> None:
    import json

    from tiepxuc.privacy import export_data
    from tiepxuc.repo import load

    repo = load(repo_root())
    data, skipped = export_data(repo, public=public)
    if skipped:
        err(t("cli.export.json_skipped", count=skipped))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    name = "tiepxuc-cong-khai.json" if public else "tiepxuc.json"
    write_output(repo.root, text.encode("utf-8"), output, repo.root / "out" / name)


@export_app.command("xlsx", cls=Command, help=t("cli.export.xlsx_help"))
@handle_errors
def xlsx_export(
    file: Annotated[Optional[str], typer.Argument(
        metavar="[TỆP]", help=t("cli.export.arg_xlsx"), show_default=False)] = None,
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("cli.export.arg_xlsx"))] = None,
    public: Annotated[bool, typer.Option(
        "--public", help=t("cli.export.opt_xlsx_public"))] = False,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
) -> None:
    from tiepxuc import workbook
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.errors import TiepxucError
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    if file is not None and output is not None and file != output:
        raise TiepxucError(t("cli.export.xlsx_twice"))
    repo = load(repo_root())
    profile, _ = active_profile(repo)
    today = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    skipped = sum(1 for r in repo.records if r.model is None)
    if skipped:
        err(t("cli.export.json_skipped", count=skipped))
    sheet = workbook.petition_sheet(repo, profile, today, public=public)
    data = workbook.write([sheet], title=t("xlsx.title.petitions",
                                           unit=repo.unit.name if repo.unit else ""))
    name = "tiepxuc-cong-khai.xlsx" if public else "tiepxuc.xlsx"
    write_output(repo.root, data, file or output, repo.root / "out" / name, binary=True)
