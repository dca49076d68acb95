"""`tiepxuc history ID` and `tiepxuc audit`: the records read against their git history."""

import json
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, parse_date_option, repo_root
from tiepxuc.errors import EXIT_OK, EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t, typed


def _quote(value: Optional[str]) -> str:
    if value is None:
        return ""
    text = " ".join(value.split())
    return f"“{text[:77] + '…' if len(text) > 80 else text}”"


def _hide(found):
    """What a terminal may show of the record's values: citizens' names as initials, phone and
    ID numbers hidden (the names are those the record held at any time)."""
    from tiepxuc.privacy import Hide

    names, values = set(), set()
    for step in found.steps:
        for loc, before, after in step.changes:
            target = names if loc[-1:] == ("name",) and loc[:1] in (("raised_by",), ("refused",)) \
                else values if loc[-1:] in (("phone",), ("id_number",), ("email",), ("address",)) \
                else None
            if target is not None:
                target.update(v for v in (before, after) if v)
    hide = Hide(sorted(names), sorted(values))
    return lambda value: hide.text(value) if isinstance(value, str) else value


def _wanted(root, given: str) -> str:
    """What ``history`` looks for: a record's ID, or a beginning of it naming one record only
    (“kn-2026-06-12-muong-ngo-8”), like the petition commands; a record's file, by its name
    (“kn-….yaml”) or its path from here."""
    import os
    from pathlib import Path

    from tiepxuc.layout import CALENDAR_FILE, RECORD_FOLDERS, UNIT_FILE

    from tiepxuc.facts import require_id

    text = require_id(given).strip()
    path = Path(text)
    if path.suffix.lower() in (".yaml", ".yml"):
        where = Path(os.path.abspath(path))
        try:
            inside = os.path.relpath(where, root).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            inside = "../"
        if where.is_file() and not inside.startswith("../"):
            return inside if inside in (UNIT_FILE, CALENDAR_FILE) else where.stem
        return path.stem  # a file since deleted or renamed: its name is its record's ID
    stems = {p.stem for folder in RECORD_FOLDERS for p in (root / folder).rglob("*.y*ml")}
    if text in stems:
        return text
    matches = sorted(stem for stem in stems if stem.startswith(text))
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise TiepxucError(t("cli.history.ambiguous", id=typed(text),
                             matches=", ".join(matches[:5])))
    return text  # a record whose file has another name, or one deleted since: git is asked


@handle_errors
def history(
    record_id: Annotated[str, typer.Argument(metavar="MÃ-HỒ-SƠ", help=t("cli.history.arg"))],
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.history.opt_json"))] = False,
) -> None:
    from tiepxuc import vcs
    from tiepxuc.audit.history import describe, record_history
    from tiepxuc.records.check import field_name

    root = repo_root()
    if vcs.top_level(root) is None:
        raise TiepxucError(t("change.not_git", path=str(root)))
    record_id = _wanted(root, record_id)
    found = record_history(root, record_id)
    if found is None:
        raise TiepxucError(t("cli.history.not_found", id=typed(record_id)))
    hide = _hide(found)
    if as_json:
        typer.echo(json.dumps([{
            "commit": step.version.commit, "author": step.version.author,
            "email": step.version.email, "date": step.version.when.isoformat(),
            "subject": hide(step.version.subject), "path": step.version.path,
            "renamed_from": step.renamed_from, "created": step.created, "deleted": step.deleted,
            "changes": [{"field": field_name(loc), "before": hide(a), "after": hide(b)}
                        for loc, a, b in step.changes],
        } for step in found.steps], ensure_ascii=False, indent=2))
        return
    typer.echo(t("cli.history.header", kind=t(f"kind.{found.kind}") if found.kind else "",
                 id=record_id, path=found.path, count=len(found.steps)))
    for n, step in enumerate(found.steps, 1):
        commit = step.version
        typer.echo("")
        typer.echo(t("cli.history.step", n=n, when=commit.local_time.strftime("%d/%m/%Y %H:%M"),
                     author=commit.author, email=commit.email, commit=commit.commit[:7]))
        typer.echo(f"   {hide(commit.subject)}")
        if step.created:
            typer.echo("   " + t("cli.history.created", path=commit.path, count=len(step.changes)))
            continue
        if step.deleted:
            typer.echo("   " + t("cli.history.deleted", path=commit.path))
            continue
        if step.renamed_from:
            typer.echo("   " + t("cli.history.renamed", old=step.renamed_from, new=commit.path))
        for loc, before, after in step.changes:
            field = field_name(loc)
            before = hide(describe(found.kind, loc, before))
            after = hide(describe(found.kind, loc, after))
            if before is None:
                line = t("cli.history.added", field=field, after=_quote(after))
            elif after is None:
                line = t("cli.history.removed", field=field, before=_quote(before))
            else:
                line = t("cli.history.changed", field=field, before=_quote(before),
                         after=_quote(after))
            typer.echo("   " + line)
        if not step.changes and not step.renamed_from:
            typer.echo("   " + t("cli.history.layout_only"))


@handle_errors
def audit(
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.opt.as_of"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.audit.opt_json"))] = False,
) -> None:
    from tiepxuc import vcs
    from tiepxuc.audit.report import audit as audit_repository
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.diagnostics import has_errors
    from tiepxuc.repo import load

    root = repo_root()
    if vcs.top_level(root) is None:
        raise TiepxucError(t("change.not_git", path=str(root)))
    day = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    problems = audit_repository(load(root), day)
    if as_json:
        typer.echo(json.dumps([p.to_json() for p in problems], ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            typer.echo(problem.format())
        errors = sum(1 for p in problems if p.severity == "error")
        err(t("cli.audit.summary", errors=errors, warnings=len(problems) - errors)
            if problems else t("cli.audit.clean"))
    raise typer.Exit(EXIT_PROBLEMS if has_errors(problems) else EXIT_OK)
