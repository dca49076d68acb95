"""`tiepxuc schema`."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import handle_errors
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t


@handle_errors
def schema(
    kind: Annotated[Optional[str], typer.Argument(
        metavar="LOẠI", help=t("cli.schema.arg"))] = None,
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="THƯ-MỤC", help=t("cli.schema.opt_output"))] = None,
) -> None:
    from tiepxuc.fileio import atomic_write
    from tiepxuc.records.models import RECORD_MODELS
    from tiepxuc.records.schema import SCHEMA_DIR, dumps, schema_file

    if kind is not None:
        if kind not in RECORD_MODELS:
            raise TiepxucError(t("cli.schema.unknown", kind=kind, kinds=", ".join(RECORD_MODELS)))
        typer.echo(dumps(kind), nl=False)
        return
    if output is None:
        from tiepxuc.cli._common import repo_root

        folder = repo_root() / SCHEMA_DIR
    else:
        folder = Path(output)
    for name in RECORD_MODELS:
        atomic_write(folder / schema_file(name), dumps(name))
    typer.echo(t("cli.schema.done", count=len(RECORD_MODELS), folder=str(folder)))
