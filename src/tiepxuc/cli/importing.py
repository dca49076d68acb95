"""`tiepxuc import init BOOK` and `tiepxuc import petitions BOOK`: Excel books brought in."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._click import Command, Group
from tiepxuc.cli._common import err, handle_errors, repo_root
from tiepxuc.cli.changes import AUTHOR, NO_COMMIT, commit_change, load_for_change, writes_records
from tiepxuc.errors import EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t

import_app = typer.Typer(cls=Group, help=t("cli.import.help"), no_args_is_help=True,
                         add_completion=False, rich_markup_mode=None)

BOOK = typer.Argument(metavar="SỔ.xlsx", help=t("cli.import.arg_book"))
SHEET = typer.Option("--sheet", metavar="TRANG", help=t("cli.import.opt_sheet"))


def default_map(book: Path) -> Path:
    """Where `import init` writes the map, and where `import petitions` looks for it."""
    return book.with_name(book.stem + ".map.yaml")


@import_app.command("init", cls=Command, help=t("cli.import.init_help"),
                    short_help=t("cli.import.init_help"))
@handle_errors
def init(
    book: Annotated[Path, BOOK],
    sheet: Annotated[Optional[str], SHEET] = None,
    output: Annotated[Optional[Path], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("cli.import.opt_output"))] = None,
) -> None:
    from tiepxuc.fileio import atomic_write
    from tiepxuc.importing import open_sheet, starter_map
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(repo_root())
    if repo.unit is None:
        raise TiepxucError(t("scaffold.unit_invalid", file="tiepxuc.yaml"))
    name, rows = open_sheet(book, sheet)
    text = starter_map(book, name, rows, repo, active_profile(repo)[0])
    target = output or default_map(book)
    if target.exists():
        raise TiepxucError(t("cli.import.map_exists", file=str(target)))
    atomic_write(target, text)
    typer.echo(t("cli.import.map_written", file=str(target), book=str(book)))


@import_app.command("petitions", cls=Command, help=t("cli.import.petitions_help"),
                    short_help=t("cli.import.petitions_help"))
@handle_errors
@writes_records("import petitions")
def petitions(
    book: Annotated[Path, BOOK],
    sheet: Annotated[Optional[str], SHEET] = None,
    map_file: Annotated[Optional[Path], typer.Option(
        "--map", metavar="TỆP", help=t("cli.import.opt_map"))] = None,
    session: Annotated[Optional[str], typer.Option(
        "--session", metavar="MÃ-HỘI-NGHỊ", help=t("cli.import.opt_session"))] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=t("cli.import.opt_dry_run"))] = False,
    skip_bad: Annotated[bool, typer.Option(
        "--skip-bad", help=t("cli.import.opt_skip_bad"))] = False,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
) -> None:
    from tiepxuc.clock import today_in_vietnam
    from tiepxuc.importing import (
        build_change, guessed_map, open_sheet, plan_import, read_map, resolve_map,
    )

    repo, profile, _ = load_for_change()
    today = today_in_vietnam()
    chosen = map_file or (default_map(book) if default_map(book).exists() else None)
    data = read_map(chosen) if chosen is not None else None
    name, rows = open_sheet(book, sheet or (data or {}).get("sheet"))
    if data is not None:
        plan_map = resolve_map(data, rows, chosen)
    else:  # no map yet: the columns as their headers say (`import init` writes one to correct)
        plan_map = guessed_map(rows)
        err(t("cli.import.guessed", book=book.name, file=str(default_map(book))))
    if session is not None:
        from tiepxuc.facts import find_record

        session = find_record(repo, "session", session).model.id
    plan = plan_import(book, plan_map, name, rows, repo, profile, session)
    change = None
    if not plan.problems and plan.new:
        change, ids, sessions = build_change(repo, profile, plan, plan_map, session, today)
    for where in [w for row in plan.new for w in row.converted]:
        err(t("cli.import.converted", where=where))
    problems = plan.all_problems
    for problem in problems:
        err(problem.format())
    for row, pid in plan.changed:
        err(t("cli.import.changed", where=f"{book.name}:{name}!{row.number}:{row.number}", id=pid))
    if plan.same:
        typer.echo(t("cli.import.same", count=len(plan.same)))
    if plan.problems or (plan.bad and not skip_bad):
        err(t("cli.import.nothing_written", count=len(plan.bad) or len(problems)))
        raise typer.Exit(EXIT_PROBLEMS)
    if change is None or not change.files:
        typer.echo(t("cli.import.nothing_new"))
        raise typer.Exit(EXIT_PROBLEMS if plan.bad else 0)
    if dry_run:
        for row, pid in zip(plan.new, ids):
            typer.echo(t("cli.import.would_add", where=f"{book.name}:{name}!{row.number}:{row.number}", id=pid))
        for sid in sessions:
            typer.echo(t("cli.import.would_add_session", id=sid))
        typer.echo(t("cli.import.dry_run", count=len(ids)))
        raise typer.Exit(EXIT_PROBLEMS if plan.bad else 0)
    commit_change(change, author, no_commit)
    typer.echo(t("cli.import.done", count=len(ids), sessions=len(sessions)))
    if plan.bad:
        err(t("cli.import.skipped", count=len(plan.bad)))
        raise typer.Exit(EXIT_PROBLEMS)
