"""`tiepxuc conclude SESSION` and `tiepxuc issue RECORD`: drafting and issuing documents."""

from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import handle_errors
from tiepxuc.cli.changes import (
    writes_records,
    AUTHOR, NO_COMMIT, NO_INPUT, commit_change, load_for_change, show_deadlines,
)
from tiepxuc.messages import t, typed


@handle_errors
@writes_records("conclude")
def conclude(
    session: Annotated[str, typer.Argument(metavar="MÃ-HỘI-NGHỊ", help=t("cli.conclude.arg"))],
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,  # nothing to ask: accepted, for scripts
) -> None:
    from tiepxuc.lifecycle import conclude as draft_notice
    from tiepxuc.facts import find_record

    repo, profile, today = load_for_change()
    change, notice_id, due = draft_notice(repo, profile, session, today)
    after = commit_change(change, author, no_commit, repo)
    typer.echo(t("cli.conclude.done", id=notice_id, due=due.strftime("%d/%m/%Y")))
    show_deadlines(after, find_record(repo, "session", session).path)


@handle_errors
@writes_records("issue")
def issue(
    target: Annotated[str, typer.Argument(metavar="MÃ-HỒ-SƠ", help=t("cli.issue.arg"))],
    number: Annotated[Optional[str], typer.Option(
        "--number", metavar="SỐ", help=t("cli.issue.opt_number"))] = None,
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.issue.opt_date"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.cli._common import act_date, confirm
    from tiepxuc.errors import TiepxucError
    from tiepxuc.lifecycle import issuable
    from tiepxuc.lifecycle import issue as issue_record

    repo, profile, today = load_for_change()
    record = issuable(repo, target)
    if record.id != target:  # a seal cannot be undone: the document is named in full
        if no_input:
            raise TiepxucError(t("cli.issue.full_id", target=typed(target), id=record.id))
        if not confirm(t("cli.issue.confirm", id=record.id), default=False):
            raise TiepxucError(t("cli.issue.not_confirmed"))
    when = act_date(day, "--date", repo=repo, today=today, no_input=no_input)
    change, record, given, when = issue_record(repo, profile, record.id, number, when, today)
    after = commit_change(change, author, no_commit, repo, strict=True)  # nothing wrong is sealed
    what = t("cli.issue.minutes") if record.kind == "session" else t(f"kind.{record.kind}")
    typer.echo(t("cli.issue.done", what=what, id=record.id, number=given,
                 date=when.strftime("%d/%m/%Y")))
    session_path = record.path
    if record.kind == "conclusion":  # the notice's deadline is counted on its session
        session_path = next((r.path for r in repo.sessions
                             if r.model.id == record.model.session), record.path)
    show_deadlines(after, session_path)


@handle_errors
@writes_records("invite")
def invite(
    session: Annotated[str, typer.Argument(metavar="MÃ-HỘI-NGHỊ", help=t("cli.invite.arg"))],
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.invite.opt_date"))] = None,
    number: Annotated[Optional[str], typer.Option(
        "--number", metavar="SỐ", help=t("cli.invite.opt_number"))] = None,
    channels: Annotated[Optional[list[str]], typer.Option(
        "--channel", metavar="KÊNH", help=t("cli.invite.opt_channel"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.cli._common import act_date, enum_options, pick
    from tiepxuc.lifecycle import invite as record_invitation
    from tiepxuc.records.models import Channel

    repo, profile, today = load_for_change()
    # Codes or labels (“bảng tin”), accents optional; a wrong one is refused with the choices.
    chosen = [pick(enum_options(Channel), value, "", no_input=True, option="--channel")
              for value in channels or []]
    when = act_date(day, "--date", repo=repo, today=today, no_input=no_input) or today
    change, record, given = record_invitation(repo, profile, session, when, number, chosen)
    after = commit_change(change, author, no_commit, repo)
    typer.echo(t("cli.invite.done", id=record.id, number=given, date=when.strftime("%d/%m/%Y")))
    show_deadlines(after, record.path)
