"""What every command that changes records shares: --author, --no-commit, the commit, and
showing the deadlines the change leads to."""

from pathlib import Path
from typing import Optional

import typer

from tiepxuc.cli._common import err
from tiepxuc.messages import t
from tiepxuc.paths import relative as _rel

AUTHOR = typer.Option("--author", metavar="'TÊN <EMAIL>'", help=t("cli.opt.author"))
NO_COMMIT = typer.Option("--no-commit", help=t("cli.opt.no_commit"))
NO_INPUT = typer.Option("--no-input", help=t("cli.opt.no_input"))


def writes_records(command: str):
    """A command that changes records: it holds the repository's lock from before it reads the
    records until it is done (one change at a time), and first finishes or undoes a change that
    a hard kill left half-done."""
    import functools

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            from tiepxuc.audit.changes import recover
            from tiepxuc.cli._common import err, repo_root
            from tiepxuc.lock import locked

            root = repo_root()
            with locked(root, f"tiepxuc {command}"):
                note = recover(root)
                if note:
                    err(t("cli.warning", message=note))
                return func(*args, **kwargs)

        return wrapper

    return decorate


def load_for_change():
    """The repository a command is about to change, its rule profile and today's date."""
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.cli._common import repo_root
    from tiepxuc.errors import TiepxucError
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(repo_root())
    if repo.unit is None:
        raise TiepxucError(t("scaffold.unit_invalid", file="tiepxuc.yaml"))
    return repo, active_profile(repo)[0], today_in_vietnam()


def commit_change(change, author: Optional[str], no_commit: bool, repo=None,
                  strict: bool = False):
    """Write and commit ``change``; say what was written and in which commit. With ``repo``,
    the rules are checked first on the records as they would be (nothing written on errors),
    and the repository as it now is, with the rules' findings on it, is returned."""
    from tiepxuc.audit.changes import NothingToChange
    from tiepxuc.cli._common import SETTINGS
    from tiepxuc.lifecycle import commit_change as write

    try:
        done = write(change, repo=repo, author=author, commit=not no_commit, strict=strict,
                     allow_detached=SETTINGS["allow_detached_head"])
    except NothingToChange as same:  # running the same command twice changes nothing
        typer.echo(same.message)
        raise typer.Exit(0) from None
    if done.index_behind:
        err(t("cli.warning", message=done.index_behind))
    for path in change.files:
        typer.echo(t("cli.change.written", path=_rel(path, change.root)))
    if done.commit:
        typer.echo(t("cli.change.committed", commit=done.commit[:7], message=change.message))
    for line in done.late:  # a late act is recorded with its true date, and said so plainly
        typer.echo(line)
    return (done.repo, done.problems) if repo is not None else None


def show_deadlines(state, path: Path) -> None:
    """The obligations the changed record now carries, with their due dates and status (for a
    petition still waiting for its session's conclusion notice: that notice's deadline), and
    the rules' findings on it. ``state`` is what ``commit_change`` returned."""
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.deadlines import Kind, obligations
    from tiepxuc.rules import engine

    repo, problems = state
    profile, _ = engine.active_profile(repo)
    today = today_in_vietnam()
    cal = repo.calendar(today.year)
    every = obligations(repo, profile, today)
    items = [o for o in every if o.record.path == path]
    record = next((r for r in repo.petitions if r.path == path), None)
    if not items and record is not None and record.model.assignment is not None:
        items = [o for o in every if o.kind == Kind.CONCLUSION and o.id == record.model.session]
        if items:
            typer.echo(t("cli.change.waiting"))
    for item in items:
        status = item.status(cal, today, 5)
        typer.echo(t("cli.change.deadline", title=item.title(), due=item.due.strftime("%d/%m/%Y"),
                     status=t(f"status.{status}")))
        for note in item.notes():  # an extension, a late one, a reopening
            typer.echo("    " + note)
    for problem in problems:
        if problem.file == path:
            err(problem.format())
