"""`tiepxuc petition add | answer | reply | resolve`: what happens to a petition."""

from typing import Annotated, Optional

import typer

from tiepxuc.cli._click import Command, Group

from tiepxuc.cli._common import (
    act_date, ask, ask_act_date, ask_date, choose, err, handle_errors, match, pick, prompt,
    shown_choices,
)
from tiepxuc.cli.changes import (
    writes_records,
    AUTHOR, NO_COMMIT, NO_INPUT, commit_change, load_for_change, show_deadlines,
)
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi

petition_app = typer.Typer(cls=Group, help=t("cli.petition.help"), no_args_is_help=True,
                           add_completion=False, rich_markup_mode=None)

ID = typer.Argument(metavar="MÃ-KIẾN-NGHỊ", help=t("cli.petition.arg_id"))


def _choices(options: dict[str, list[str]], value: Optional[str], key: str, *, no_input: bool,
             option: str, required: bool = True) -> Optional[str]:
    """A code from ``options`` (code → labels), the allowed values shown before asking."""
    if value is None and not no_input and options:
        err(t("cli.petition.choices", choices=shown_choices(options)))
    return pick(options, value, t(key), no_input=no_input, option=option, required=required)


def _session(repo, given: Optional[str], *, no_input: bool, default: Optional[str]):
    """The session a petition is raised at: its ID or a beginning of it (“2026-06-12”), checked
    before anything else is asked; asked again while it names no session, or several."""
    from tiepxuc.facts import find_record

    ids = [r.model.id for r in sorted(repo.sessions, key=lambda r: r.model.date)]
    if given is None and not no_input and ids:
        err(t("cli.petition.choices", choices=", ".join(ids)))
    while True:
        if given is None:
            if no_input:
                if default is None:
                    raise TiepxucError(t("cli.missing_option", option="--session"))
                given = default
            else:
                given = prompt(t("cli.petition.ask_session"), default=default).strip()
                if not given:
                    err(t("cli.required_choice", choices=", ".join(ids) or "—"))
                    given = None
                    continue
        try:
            return find_record(repo, "session", given.strip())
        except TiepxucError as exc:
            if no_input:
                raise
            err(exc.message)
            err(t("cli.petition.choices", choices=", ".join(ids) or "—"))
            given = None


def _phone(given: Optional[str], *, no_input: bool) -> Optional[str]:
    """A phone number, or none: a number that cannot be one is said and asked again (with
    ``--no-input`` the record's check refuses it, nothing written)."""
    from pydantic import TypeAdapter, ValidationError

    from tiepxuc.records.types import Phone

    while True:
        phone = ask(given, "cli.petition.ask_phone", no_input=no_input)
        if phone is None or no_input:
            return phone
        try:
            return TypeAdapter(Phone).validate_python(phone)
        except ValidationError:
            err(t("check.pattern.phone", field="--phone"))
        given = None


@petition_app.command("add", cls=Command, help=t("cli.petition.add_help"),
                       short_help=t("cli.petition.add_short"))
@handle_errors
@writes_records("petition add")
def add(
    session: Annotated[Optional[str], typer.Option("--session", help=t("cli.petition.opt_session"))] = None,
    name: Annotated[Optional[str], typer.Option("--name", help=t("cli.petition.opt_name"))] = None,
    organisation: Annotated[bool, typer.Option(
        "--organisation", help=t("cli.petition.opt_organisation"))] = False,
    group: Annotated[Optional[str], typer.Option(
        "--group", help=t("cli.petition.opt_group"))] = None,
    phone: Annotated[Optional[str], typer.Option("--phone", help=t("cli.petition.opt_phone"))] = None,
    id_number: Annotated[Optional[str], typer.Option(
        "--id-number", help=t("cli.petition.opt_id_number"))] = None,
    address: Annotated[Optional[str], typer.Option(
        "--address", help=t("cli.petition.opt_address"))] = None,
    email: Annotated[Optional[str], typer.Option(
        "--email", help=t("cli.petition.opt_email"))] = None,
    field: Annotated[Optional[str], typer.Option("--field", help=t("cli.petition.opt_field"))] = None,
    content: Annotated[Optional[str], typer.Option(
        "--content", help=t("cli.petition.opt_content"))] = None,
    before: Annotated[Optional[bool], typer.Option(
        "--before/--at-session", help=t("cli.petition.opt_before"))] = None,
    received_date: Annotated[Optional[str], typer.Option(
        "--received-date", metavar="NGÀY", help=t("cli.petition.opt_received_date"))] = None,
    via: Annotated[Optional[str], typer.Option("--via", help=t("cli.petition.opt_via"))] = None,
    order: Annotated[Optional[int], typer.Option(
        "--order", min=1, help=t("cli.petition.opt_order"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.facts import next_speaking_order
    from tiepxuc.lifecycle import NewPetition, add_petition
    from tiepxuc.records.models import Received, RaiserKind

    repo, _, today = load_for_change()
    sessions = sorted(repo.sessions, key=lambda r: r.model.date)
    default_session = next((r.model.id for r in sessions if r.model.date >= today),
                           sessions[-1].model.id if sessions else None)
    session_id = _session(repo, session, no_input=no_input, default=default_session).model.id
    who = ask(name, "cli.petition.ask_name", no_input=no_input, required=True, option="--name")
    place = ask(group, "cli.petition.ask_group", no_input=no_input)
    if not organisation:
        phone = _phone(phone, no_input=no_input)
    fields = {f.code: [f.name] for f in repo.unit.fields}
    code = _choices(fields, field, "cli.petition.ask_field", no_input=no_input, option="--field") \
        if fields else ask(field, "cli.petition.ask_field", no_input=no_input, required=True,
                           option="--field")
    text = ask(content, "cli.petition.ask_content", no_input=no_input, required=True,
               option="--content")
    taken = None
    if order is None:  # editable in the file afterwards
        order = next_speaking_order(repo, session_id)
    else:  # two speakers with one order: said (by the order, not who spoke), still recorded
        taken = next((r.model.id for r in repo.petitions if r.model.session == session_id
                      and r.model.speaking_order == order), None)
    received = None if before is None else (Received.before_session if before else Received.at_session)
    new = NewPetition(
        session=session_id, name=who, field=code, content=text,
        kind=RaiserKind.organisation if organisation else RaiserKind.person,
        residential_group=place, phone=phone, id_number=id_number, address=address, email=email,
        received=received, received_via=via, speaking_order=order,
        received_date=ask_date(received_date, "", no_input=True, option="--received-date",
                               required=False),
    )
    change, pid, earlier = add_petition(repo, new, today)
    _commit_with_contacts(repo, change, author, no_commit)
    typer.echo(t("cli.petition.added", id=pid))
    if taken is not None:
        err(t("cli.warning", message=t("cli.petition.order_taken", order=order, other=taken,
                                      free=next_speaking_order(repo, session_id))))
    for record in earlier:
        typer.echo(t("cli.petition.repeat", id=record.id))


def _commit_with_contacts(repo, change, author, no_commit: bool) -> None:
    """Commit the new record; with ``privacy.contacts: private`` its contact details go to the
    private file (Change.private), written with the change (and put back with it) but never
    committed."""
    from tiepxuc import privacy

    commit_change(change, author, no_commit, repo)
    if not change.private:
        return
    typer.echo(t("cli.petition.contacts_private", file=privacy.CONTACTS_FILE.as_posix()))
    if privacy.private_ignored(repo.root) is False:
        err(t("cli.privacy.not_ignored", file=privacy.CONTACTS_FILE.as_posix()))


@petition_app.command("answer", cls=Command, help=t("cli.petition.answer_help"),
                       short_help=t("cli.petition.answer_short"))
@handle_errors
@writes_records("petition answer")
def answer(
    petition_id: Annotated[str, ID],
    kind: Annotated[Optional[str], typer.Option("--kind", help=t("cli.petition.opt_kind"))] = None,
    by: Annotated[Optional[str], typer.Option("--by", help=t("cli.petition.opt_by"))] = None,
    content: Annotated[Optional[str], typer.Option(
        "--content", help=t("cli.petition.opt_answer"))] = None,
    reason: Annotated[Optional[str], typer.Option(
        "--reason", help=t("cli.petition.opt_reason"))] = None,
    basis: Annotated[Optional[str], typer.Option("--basis", help=t("cli.petition.opt_basis"))] = None,
    lead: Annotated[Optional[str], typer.Option("--lead", help=t("cli.petition.opt_lead"))] = None,
    coordinating: Annotated[Optional[list[str]], typer.Option(
        "--coordinating", help=t("cli.petition.opt_coordinating"))] = None,
    task: Annotated[Optional[str], typer.Option("--task", help=t("cli.petition.opt_task"))] = None,
    forward_to: Annotated[Optional[str], typer.Option(
        "--forward-to", help=t("cli.petition.opt_forward_to"))] = None,
    forward_date: Annotated[Optional[str], typer.Option(
        "--forward-date", metavar="NGÀY", help=t("cli.petition.opt_forward_date"))] = None,
    forward_document: Annotated[Optional[str], typer.Option(
        "--forward-document", help=t("cli.petition.opt_forward_document"))] = None,
    competence: Annotated[Optional[str], typer.Option(
        "--competence", help=t("cli.petition.opt_competence"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.facts import find_record
    from tiepxuc.lifecycle import answer_petition
    from tiepxuc.records.models import AnswerKind, Competence

    repo, profile, today = load_for_change()
    record = find_record(repo, "petition", petition_id)
    answer_kind = choose(AnswerKind, kind, prompt_key="cli.petition.ask_kind", default=None,
                         no_input=no_input, option="--kind")
    agencies = {name: [name] for name in repo.unit.agencies}
    answerer = ask(by, "cli.petition.ask_by", no_input=no_input)
    text = ask(content, "cli.petition.ask_answer", no_input=no_input)
    why = basis_text = None
    if answer_kind != AnswerKind.answered:
        reasons = profile.value("deferral_reasons")
        why = _choices({r: [t(f"reason.{r}"), t_vi(f"reason.{r}")] for r in reasons}, reason,
                       "cli.petition.ask_reason", no_input=no_input, option="--reason")
        basis_text = ask(basis, "cli.petition.ask_basis", no_input=no_input, required=True,
                         option="--basis")
        if forward_to is None and why != "outside_competence":
            lead = _choices(agencies, lead, "cli.petition.ask_lead", no_input=no_input,
                            option="--lead", required=False) if agencies else lead
    if why == "outside_competence" and forward_to is None:
        forward_to = ask(forward_to, "cli.petition.ask_forward_to", no_input=no_input)
    # Agencies as the unit writes them, however they were typed; others are left for the
    # rules to name (REF-UNKNOWN).
    helping = [match(name, agencies) or name for name in coordinating or []]
    change = answer_petition(
        repo, record, kind=answer_kind, by=answerer, content=text, reason=why, basis=basis_text,
        lead=lead, coordinating=helping, task=task, forward_to=forward_to,
        forward_date=act_date(forward_date, "--forward-date", repo=repo, today=today,
                              no_input=no_input) or (today if forward_to else None),
        forward_document=forward_document,
        competence=choose(Competence, competence, prompt_key="", default=None, no_input=True,
                          option="--competence") if competence else None,
    )
    after = commit_change(change, author, no_commit, repo)
    show_deadlines(after, record.path)


@petition_app.command("reply", cls=Command, help=t("cli.petition.reply_help"),
                       short_help=t("cli.petition.reply_short"))
@handle_errors
@writes_records("petition reply")
def reply(
    petition_id: Annotated[str, ID],
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.petition.opt_reply_date"))] = None,
    document: Annotated[Optional[str], typer.Option(
        "--document", help=t("cli.petition.opt_document"))] = None,
    content: Annotated[Optional[str], typer.Option(
        "--content", help=t("cli.petition.opt_reply_content"))] = None,
    requirements: Annotated[Optional[str], typer.Option(
        "--requirements", help=t("cli.petition.opt_requirements"))] = None,
    new_deadline: Annotated[Optional[str], typer.Option(
        "--new-deadline", metavar="NGÀY", help=t("cli.petition.opt_new_deadline"))] = None,
    responsible: Annotated[Optional[str], typer.Option(
        "--responsible", help=t("cli.petition.opt_responsible"))] = None,
    from_body: Annotated[bool, typer.Option(
        "--from-body", help=t("cli.petition.opt_from_body"))] = False,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.facts import find_record
    from tiepxuc.lifecycle import reply_petition

    repo, _, today = load_for_change()
    record = find_record(repo, "petition", petition_id)
    when = ask_act_date(day, "cli.petition.ask_reply_date", "--date", repo=repo, today=today,
                        no_input=no_input)
    doc = ask(document, "cli.petition.ask_document", no_input=no_input)
    text = ask(content, "cli.petition.ask_reply_content", no_input=no_input)
    deadline = None
    if not from_body:
        deadline = ask_date(new_deadline, "cli.petition.ask_new_deadline", no_input=no_input,
                            option="--new-deadline", required=False)
    if deadline is not None:  # more time: the reply states requirements and responsibility too
        requirements = ask(requirements, "cli.petition.ask_requirements", no_input=no_input)
        responsible = ask(responsible, "cli.petition.ask_responsible", no_input=no_input)
    change = reply_petition(repo, record, day=when, document=doc, content=text,
                            new_deadline=deadline, responsible=responsible, from_body=from_body,
                            requirements=requirements)
    after = commit_change(change, author, no_commit, repo)
    show_deadlines(after, record.path)


@petition_app.command("resolve", cls=Command, help=t("cli.petition.resolve_help"),
                       short_help=t("cli.petition.resolve_short"))
@handle_errors
@writes_records("petition resolve")
def resolve(
    petition_id: Annotated[str, ID],
    result: Annotated[Optional[str], typer.Option("--result", help=t("cli.petition.opt_result"))] = None,
    document: Annotated[Optional[str], typer.Option(
        "--document", help=t("cli.petition.opt_document"))] = None,
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.petition.opt_resolve_date"))] = None,
    feedback: Annotated[Optional[str], typer.Option(
        "--feedback", metavar="agree|disagree", help=t("cli.petition.opt_feedback"))] = None,
    feedback_date: Annotated[Optional[str], typer.Option(
        "--feedback-date", metavar="NGÀY", help=t("cli.petition.opt_feedback_date"))] = None,
    note: Annotated[Optional[str], typer.Option("--note", help=t("cli.petition.opt_note"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc.facts import find_record
    from tiepxuc.lifecycle import resolve_petition

    repo, _, today = load_for_change()
    record = find_record(repo, "petition", petition_id)
    opinions = {"agree": [t("cli.petition.feedback_agree"), t_vi("cli.petition.feedback_agree")],
                "disagree": [t("cli.petition.feedback_disagree"),
                             t_vi("cli.petition.feedback_disagree"), "không đồng tình"]}
    if result is None and feedback is None and not no_input:
        result = ask(None, "cli.petition.ask_result", no_input=False)
        if result:
            document = ask(document, "cli.petition.ask_document", no_input=False)
        feedback = pick(opinions, None, t("cli.petition.ask_feedback"), no_input=False,
                        option="--feedback", required=False)
    agrees = None
    if feedback:
        agrees = pick(opinions, feedback, "", no_input=True, option="--feedback") == "agree"
    when = act_date(day, "--date", repo=repo, today=today, no_input=no_input) or today
    heard = act_date(feedback_date, "--feedback-date", repo=repo, today=today,
                     no_input=no_input) or when
    note = note.strip() or None if note is not None else None
    if agrees is not None and any(  # the same opinion, the same day: already recorded
            f.agrees == agrees and f.date == heard and (f.note or None) == note
            for f in record.model.feedback):
        agrees = None
        if not result:
            typer.echo(t("change.nothing"))
            raise typer.Exit(0)
    change = resolve_petition(
        repo, record, day=when, document=document, result=result, agrees=agrees,
        feedback_date=heard, note=note)
    after = commit_change(change, author, no_commit, repo)
    show_deadlines(after, record.path)
