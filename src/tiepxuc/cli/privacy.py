"""`tiepxuc privacy scan`: citizens' contact and identity details left in the free text."""


import json
import os
from typing import Annotated

import typer

from tiepxuc.cli._click import Command, Group

from tiepxuc.cli._common import err, handle_errors, repo_root
from tiepxuc.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS
from tiepxuc.messages import t

privacy_app = typer.Typer(cls=Group, help=t("cli.privacy.help"), no_args_is_help=True,
                          add_completion=False, rich_markup_mode=None)


def _shown(path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


@privacy_app.command("scan", cls=Command, help=t("cli.privacy.scan_help"),
                     short_help=t("cli.privacy.scan_short"))
@handle_errors
def scan(
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.privacy.opt_json"))] = False,
) -> None:
    from tiepxuc import privacy
    from tiepxuc.repo import load

    root = repo_root()
    repo = load(root)
    found = sorted(privacy.scan(repo), key=lambda f: (_shown(f.path), f.line, f.column))
    broken = privacy.unreadable(repo)
    # Only the kind of data and where it is are printed, never the value itself.
    if as_json:
        typer.echo(json.dumps([
            {"file": _shown(f.path), "line": f.line, "column": f.column, "field": f.field,
             "kind": f.kind, "label": privacy.kind_label(f.kind)} for f in found
        ], ensure_ascii=False, indent=2))
    else:
        for finding in found:
            typer.echo(finding.format(_shown(finding.path)))
    for record in broken:
        err(t("cli.privacy.unreadable", file=_shown(record.path)))
    exposed = False
    if privacy.keeps_contacts_private(repo.unit) or privacy.contacts_path(root).exists():
        exposed = privacy.private_ignored(root) is False
        if exposed:
            err(t("cli.privacy.not_ignored", file=privacy.CONTACTS_FILE.as_posix()))
    files = len(privacy.record_files(repo))
    if found:
        err(t("cli.privacy.summary", count=len(found),
              records=len({f.path for f in found}), files=files))
    elif not broken:
        err(t("cli.privacy.clean", files=files))
    if found or exposed:
        raise typer.Exit(EXIT_PROBLEMS)
    raise typer.Exit(EXIT_CANNOT_RUN if broken else EXIT_OK)
