"""`tiepxuc schema`."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import handle_errors
from tiepxuc.cli.changes import AUTHOR, NO_COMMIT, NO_INPUT, commit_change
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t


@handle_errors
def schema(
    kind: Annotated[Optional[str], typer.Argument(
        metavar="LOẠI", help=t("cli.schema.arg"))] = None,
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="THƯ-MỤC", help=t("cli.schema.opt_output"))] = None,
    author: Annotated[Optional[str], AUTHOR] = None,
    no_commit: Annotated[bool, NO_COMMIT] = False,
    no_input: Annotated[bool, NO_INPUT] = False,  # nothing to ask: accepted, for scripts
) -> None:
    from tiepxuc.fileio import atomic_write
    from tiepxuc.records.models import RECORD_MODELS
    from tiepxuc.records.schema import SCHEMA_DIR, dumps, schema_file

    if kind is not None:
        if kind not in RECORD_MODELS:
            raise TiepxucError(t("cli.schema.unknown", kind=kind, kinds=", ".join(RECORD_MODELS)))
        typer.echo(dumps(kind), nl=False)
        return
    if output is not None:
        folder = Path(output)
        for name in RECORD_MODELS:
            atomic_write(folder / schema_file(name), dumps(name))
        typer.echo(t("cli.schema.done", count=len(RECORD_MODELS), folder=str(folder)))
        return
    # In the repository's schemas/ folder: a change to the records, committed like the others.
    from tiepxuc import vcs
    from tiepxuc.audit.changes import Change
    from tiepxuc.cli._common import repo_root
    from tiepxuc.fileio import read_text
    from tiepxuc.messages import t_vi

    from tiepxuc.lock import locked

    root = repo_root()
    folder = root / SCHEMA_DIR
    with locked(root, "tiepxuc schema"):
        files = {}
        for name in RECORD_MODELS:
            path, text = folder / schema_file(name), dumps(name)
            if not path.exists() or read_text(path) != text:
                files[path] = text
        if files:
            change = Change(root, "schema", SCHEMA_DIR, t_vi("doc.commit_schema"), files)
            commit_change(change, author, no_commit or vcs.top_level(root) is None)
    typer.echo(t("cli.schema.done", count=len(RECORD_MODELS), folder=str(folder)))
