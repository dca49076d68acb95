"""`tiepxuc init`, `tiepxuc new-plan`, `tiepxuc new-session`: new records, drafted for editing."""


import shutil
from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import ask, ask_date, choose, err, handle_errors, pick, repo_root
from tiepxuc.cli.changes import AUTHOR, NO_COMMIT, NO_INPUT, commit_change, writes_records
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi, typed



# ---------------------------------------------------------------- init


@handle_errors
def init(
    path: Annotated[str, typer.Argument(metavar="THƯ-MỤC", help=t("cli.init.arg"))] = ".",
    name: Annotated[Optional[str], typer.Option("--name", help=t("cli.init.opt_name"))] = None,
    level: Annotated[Optional[str], typer.Option("--level", help=t("cli.init.opt_level"))] = None,
    place: Annotated[Optional[str], typer.Option("--place", help=t("cli.init.opt_place"))] = None,
    province: Annotated[Optional[str], typer.Option(
        "--province", help=t("cli.init.opt_province"))] = None,
    party_superior: Annotated[Optional[str], typer.Option(
        "--party-superior", help=t("cli.init.opt_party_superior"))] = None,
    state_superior: Annotated[Optional[str], typer.Option(
        "--state-superior", help=t("cli.init.opt_state_superior"))] = None,
    profile: Annotated[Optional[str], typer.Option(
        "--profile", help=t("cli.init.opt_profile"))] = None,
    secretary: Annotated[Optional[str], typer.Option(
        "--secretary", help=t("cli.init.opt_secretary"))] = None,
    council_chair: Annotated[Optional[str], typer.Option(
        "--council-chair", help=t("cli.init.opt_council_chair"))] = None,
    committee_chair: Annotated[Optional[str], typer.Option(
        "--committee-chair", help=t("cli.init.opt_committee_chair"))] = None,
    front_chair: Annotated[Optional[str], typer.Option(
        "--front-chair", help=t("cli.init.opt_front_chair"))] = None,
    since: Annotated[Optional[str], typer.Option(
        "--since", metavar="NGÀY", help=t("cli.init.opt_since"))] = None,
    pre_commit: Annotated[bool, typer.Option(
        "--pre-commit", help=t("cli.init.opt_pre_commit"))] = False,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc import scaffold, vcs
    from tiepxuc.facts import split_unit_name
    from tiepxuc.records.models import Level
    from tiepxuc.layout import UNIT_FILE
    from tiepxuc.rules.profiles import load_profile, profile_ids

    root = Path(path).expanduser().resolve()
    if (root / UNIT_FILE).exists():
        raise TiepxucError(t("cli.init.exists", path=str(root)))
    if root.exists() and not root.is_dir():
        raise TiepxucError(t("cli.init.not_dir", path=str(root)))
    # Who will commit is settled first: without an identity, nothing may be written.
    existing = next((p for p in (root, *root.parents) if p.exists()), Path.cwd())
    vcs.identity(existing, author)

    unit_name = ask(name, "cli.init.ask_name", no_input=no_input, required=True, option="--name")
    guessed_level, guessed_place = split_unit_name(unit_name)
    unit_level = choose(Level, level, prompt_key="cli.init.ask_level", default=guessed_level,
                         no_input=no_input, option="--level")
    unit_place = ask(place, "cli.init.ask_place", no_input=no_input, default=guessed_place)
    # The bodies above the unit: the first line of the Party header (“ĐẢNG BỘ TỈNH …” over
    # “ĐẢNG ỦY XÃ …”) and of the State one, and the level above in “Nơi nhận”.
    party_default, state_default = scaffold.superiors(unit_level, province)
    party_above = ask(party_superior, "cli.init.ask_party_superior", no_input=no_input,
                      default=party_default)
    state_above = ask(state_superior, "cli.init.ask_state_superior", no_input=no_input,
                      default=state_default)
    if profile is None and not no_input:
        for pid in profile_ids():
            err(f"  {pid}: {load_profile(pid)[0].title}")
    profile_id = pick({pid: [load_profile(pid)[0].title] for pid in profile_ids()}, profile,
                      t("cli.init.ask_profile"), no_input=no_input, option="--profile",
                      default="default")
    # Whose term it is, then when it began.
    officials = []
    for position, value, key in (
        ("party_secretary", secretary, "cli.init.ask_secretary"),
        ("council_chair", council_chair, "cli.init.ask_council_chair"),
        ("committee_chair", committee_chair, "cli.init.ask_committee_chair"),
        ("front_chair", front_chair, "cli.init.ask_front_chair"),
    ):
        person = ask(value, key, no_input=no_input)
        if person:
            officials.append({"name": person, "position": position})
    term_start = ask_date(since, "cli.init.ask_since", no_input=no_input or not officials,
                          option="--since", required=False)
    for official in officials:
        official["since"] = term_start
    draft = scaffold.unit_draft(
        unit_name, unit_level, place=unit_place, profile=profile_id, province=province,
        party_superior=party_above.upper() if party_above else None,
        state_superior=state_above.upper() if state_above else None, officials=officials,
    )
    from tiepxuc.calendar import today_in_vietnam

    files = scaffold.init_files(root, draft, today_in_vietnam())
    if pre_commit:
        files[root / ".pre-commit-config.yaml"] = scaffold.PRE_COMMIT_CONFIG

    for name in (".gitignore", ".gitattributes"):  # a folder's own settings are kept
        files[root / name] = scaffold.merged_settings(root / name, files[root / name])

    from tiepxuc.audit.changes import Change, apply
    from tiepxuc.lock import locked

    created_root = not root.exists()
    top = vcs.top_level(existing)  # a new folder inside a git work tree joins that tree
    if top is not None:
        vcs.check_state(top)
    created_git = False
    try:
        root.mkdir(parents=True, exist_ok=True)
        if top is None:
            vcs.init(root)
            created_git, top = True, root
        # Windows refuses paths over 260 characters unless git is told it may use long ones.
        vcs.set_config(top, "core.longpaths", "true")
        change = Change(root, "init", scaffold.ids.slug(unit_name),
                        t_vi("doc.commit_init_summary", name=unit_name), files)
        with locked(root, "tiepxuc init"):
            commit = apply(change, author=author)
    except BaseException:
        # Leave the folder as it was: apply put back the files; remove what init made.
        if created_git:
            shutil.rmtree(root / ".git", ignore_errors=True)
        if created_root:
            shutil.rmtree(root, ignore_errors=True)
        raise
    if pre_commit:
        scaffold.install_git_hook(top)
    typer.echo(t("cli.init.done", path=str(root), commit=commit[:7], name=unit_name))
    typer.echo(t("cli.init.next", year=today_in_vietnam().year))


# ---------------------------------------------------------------- new-plan


@handle_errors
@writes_records("new-plan")
def new_plan(
    year: Annotated[int, typer.Argument(metavar="NĂM", help=t("cli.new_plan.arg"))],
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,  # nothing to ask: accepted, for scripts
) -> None:
    from tiepxuc import scaffold
    from tiepxuc.audit.changes import Change
    from tiepxuc.repo import load

    if not 2000 <= year <= 2100:
        raise TiepxucError(t("cli.new_plan.bad_year", year=year))
    repo = load(repo_root())
    profile = scaffold.profile_for(repo.unit)
    path, text = scaffold.draft_plan(repo, year, profile)
    change = Change(repo.root, "new-plan", f"ke-hoach-{year}", t_vi("doc.commit_new_plan", year=year),
                    {path: text})
    commit_change(change, author, no_commit)
    typer.echo(t("cli.new_plan.done", path=path.relative_to(repo.root).as_posix(), year=year,
                 profile=profile.id))
    for session in scaffold.planned_sessions(profile):
        typer.echo(t("cli.new_plan.session", kind=t(f"enum.SessionKind.{session['kind']}"),
                     month=session["month"]))


@handle_errors
@writes_records("new-report")
def new_report(
    year: Annotated[int, typer.Argument(metavar="NĂM", help=t("cli.new_report.arg"))],
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,  # nothing to ask: accepted, for scripts
) -> None:
    from tiepxuc import scaffold
    from tiepxuc.audit.changes import Change
    from tiepxuc.repo import load

    if not 2000 <= year <= 2100:
        raise TiepxucError(t("cli.new_plan.bad_year", year=year))
    repo = load(repo_root())
    profile = scaffold.profile_for(repo.unit)
    path, text = scaffold.draft_report(repo, year, profile)
    change = Change(repo.root, "new-report", f"bao-cao-{year}",
                    t_vi("doc.commit_new_report", year=year), {path: text})
    commit_change(change, author, no_commit)
    typer.echo(t("cli.new_report.done", path=path.relative_to(repo.root).as_posix(), year=year,
                 id=path.stem))


# ---------------------------------------------------------------- new-session


@handle_errors
@writes_records("new-session")
def new_session(
    day: Annotated[Optional[str], typer.Option(
        "--date", metavar="NGÀY", help=t("cli.new_session.opt_date"))] = None,
    kind: Annotated[Optional[str], typer.Option(
        "--kind", help=t("cli.new_session.opt_kind"))] = None,
    session_format: Annotated[Optional[str], typer.Option(
        "--format", help=t("cli.new_session.opt_format"))] = None,
    start: Annotated[Optional[str], typer.Option(
        "--start", metavar="GIỜ", help=t("cli.new_session.opt_start"))] = None,
    end: Annotated[Optional[str], typer.Option(
        "--end", metavar="GIỜ", help=t("cli.new_session.opt_end"))] = None,
    place: Annotated[Optional[str], typer.Option(
        "--place", help=t("cli.new_session.opt_place"))] = None,
    topic: Annotated[Optional[str], typer.Option(
        "--topic", help=t("cli.new_session.opt_topic"))] = None,
    plan: Annotated[Optional[str], typer.Option(
        "--plan", help=t("cli.new_session.opt_plan"))] = None,
    secretary: Annotated[Optional[str], typer.Option(
        "--secretary", help=t("cli.new_session.opt_secretary"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,
) -> None:
    from tiepxuc import scaffold
    from tiepxuc.records.models import SessionFormat, SessionKind
    from tiepxuc.records.types import _to_time
    from tiepxuc.repo import load
    from tiepxuc.rules import engine

    repo = load(repo_root())
    if repo.unit is None:
        raise TiepxucError(t("scaffold.unit_invalid", file="tiepxuc.yaml"))
    profile = scaffold.profile_for(repo.unit)
    session_day = ask_date(day, "cli.new_session.ask_date", no_input=no_input,
                            option="--date", required=True)
    session_kind = choose(SessionKind, kind, prompt_key="cli.new_session.ask_kind",
                           default=SessionKind.periodic if not no_input else None,
                           no_input=no_input, option="--kind")
    session_format = choose(SessionFormat, session_format, prompt_key="cli.new_session.ask_format",
                             default=SessionFormat.in_person, no_input=no_input, option="--format")
    default_place = t_vi("doc.default_place", unit=scaffold.unit_phrase(repo.unit.name))
    where = ask(place, "cli.new_session.ask_place", no_input=no_input, default=default_place)
    about = ask(topic, "cli.new_session.ask_topic", no_input=no_input)
    times = {}
    for name, value, default in (("start", start, "07:30"), ("end", end, None)):
        asked = not no_input and name == "start"  # the end is written in the file if known
        while True:
            raw = ask(value, f"cli.new_session.ask_{name}", no_input=not asked, default=default)
            if raw is None:
                break
            try:
                times[name] = _to_time(raw).strftime("%H:%M")
                break
            except ValueError:
                problem = t("check.time_format", field=f"--{name}", value=typed(raw))
                if not asked:
                    raise TiepxucError(problem) from None
                err(problem)
                value = None
    if plan is not None and plan not in {r.model.id for r in repo.plans}:
        raise TiepxucError(t("cli.new_session.no_plan", plan=plan))
    draft = scaffold.SessionDraft(
        date=session_day, kind=session_kind, format=session_format,
        start=times.get("start", "07:30"), end=times.get("end"), place=where or default_place,
        topic=about, plan=plan, secretary=secretary,
    )
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.deadlines import Kind, obligations
    from tiepxuc.lifecycle import after_change, new_session as draft_change
    from tiepxuc.paths import relative

    change, path, vacant = draft_change(repo, draft, profile)
    # What the rules say about the new session, before it is written: a post nobody holds
    # (chairs to complete by hand) is an error the office must see, not a line after the
    # commit. The session is still recorded — the office cannot fill a vacant post.
    today = today_in_vietnam()
    fresh = after_change(repo, change)
    problems = [p for p in engine.run(fresh, today) if p.file == path]
    errors = [p for p in problems if p.severity == "error"]
    for problem in errors:
        err(problem.format())
    commit_change(change, author, no_commit)
    for position in vacant:
        err(t("cli.new_session.vacant", position=t(f"enum.Position.{position.value}"),
              date=session_day.strftime("%d/%m/%Y")))
    # The deadlines the new session creates, from the one place that computes them.
    shown = session_day.strftime("%d/%m/%Y")
    for item in obligations(fresh, profile, today):
        if item.record.path != path or item.kind not in (Kind.INVITATION, Kind.CONCLUSION):
            continue
        due = item.due.strftime("%d/%m/%Y")
        typer.echo(t(f"cli.new_session.due_{item.kind}", date=due,
                     weekday=t(f"weekday.{item.due.weekday()}"), rule=item.rule_text()))
        if item.kind == Kind.INVITATION and item.done is None and item.due <= today:
            late = today > (item.limit or item.due)  # too soon to invite in time
            key = ("invitation_today" if not late else
                   "invitation_late" if session_day >= today else "invitation_past")
            err(t("cli.warning", message=t(f"cli.new_session.{key}", due=due, date=shown,
                                           id=path.stem)))
    for problem in problems:
        if problem.severity != "error":
            err(problem.format())
    if errors:  # said last, where it is seen: what is wrong and how to fix it
        from tiepxuc.messages import has

        err(t("cli.warning", message=t("cli.new_session.has_errors", count=len(errors),
                                       file=relative(path, repo.root))))
        for rule in sorted({p.rule for p in errors}):
            if has(f"rule.{rule}.fix"):
                err(f"  {rule}: {t(f'rule.{rule}.fix')}")
