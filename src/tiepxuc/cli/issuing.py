"""`tiepxuc conclude SESSION` and `tiepxuc issue RECORD`: drafting and issuing documents."""

from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, parse_date_option
from tiepxuc.cli.changes import AUTHOR, NO_COMMIT, commit_change, load_for_change, show_deadlines
from tiepxuc.messages import t


@handle_errors
def conclude(
    session: Annotated[str, typer.Argument(metavar="MÃ-HỘI-NGHỊ", help=t("cli.conclude.arg"))],
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
) -> None:
    from tiepxuc.lifecycle import conclude as draft_notice
    from tiepxuc.lifecycle import find

    repo, profile, today = load_for_change()
    change, notice_id, due = draft_notice(repo, profile, session, today)
    after = commit_change(change, author, no_commit, repo)
    typer.echo(t("cli.conclude.done", id=notice_id, due=due.strftime("%d/%m/%Y")))
    show_deadlines(after, find(repo, "session", session).path)


@handle_errors
def issue(
    target: Annotated[str, typer.Argument(metavar="MÃ-HỒ-SƠ", help=t("cli.issue.arg"))],
    number: Annotated[Optional[str], typer.Option(
        "--number", metavar="SỐ", help=t("cli.issue.opt_number"))] = None,
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.issue.opt_date"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
) -> None:
    from tiepxuc.lifecycle import issue as issue_record

    repo, profile, today = load_for_change()
    change, record, given, when = issue_record(repo, profile, target, number,
                                               parse_date_option(day, "--date"), today)
    if when > today:
        err(t("cli.warning", message=t("cli.issue.future", date=when.strftime("%d/%m/%Y"))))
    after = commit_change(change, author, no_commit, repo, strict=True)  # nothing wrong is sealed
    what = t("cli.issue.minutes") if record.kind == "session" else t(f"kind.{record.kind}")
    typer.echo(t("cli.issue.done", what=what, id=record.id, number=given,
                 date=when.strftime("%d/%m/%Y")))
    session_path = record.path
    if record.kind == "conclusion":  # the notice's deadline is counted on its session
        session_path = next((r.path for r in repo.sessions
                             if r.model.id == record.model.session), record.path)
    show_deadlines(after, session_path)
