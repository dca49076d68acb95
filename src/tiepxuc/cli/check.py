"""`tiepxuc validate`."""


import json
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import (
    err, handle_errors, parse_date_option, progress_bar, repo_root, use_color,
)
from tiepxuc.errors import EXIT_CANNOT_RUN, EXIT_OK, EXIT_PROBLEMS
from tiepxuc.messages import t

_COLORS = {"error": "\x1b[31m", "breach": "\x1b[35m", "warning": "\x1b[33m"}


@handle_errors
def validate(
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.validate.opt_json"))] = False,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.opt.as_of"))] = None,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("cli.opt.unit"))] = None,
) -> None:
    from tiepxuc.clock import today_in_vietnam
    from tiepxuc.diagnostics import has_errors, sort_diagnostics
    from tiepxuc.rollup import scan_rollup
    from tiepxuc.scan import Findings

    root = repo_root()
    day = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    with progress_bar(enabled=not as_json) as progress:
        rollup = scan_rollup(root, Findings(day), only=units, progress=progress)
    problems = sort_diagnostics(rollup.all_diagnostics())
    if as_json:
        typer.echo(json.dumps([p.to_json() for p in problems], ensure_ascii=False, indent=2))
    else:
        color = use_color()
        for problem in problems:
            line = problem.format()
            if color:
                word = t("severity." + problem.severity)
                line = line.replace(f" {word} ", f" {_COLORS[problem.severity]}{word}\x1b[0m ", 1)
            typer.echo(line)
    files = sum(m.scan.files for m in rollup.shown)
    if not as_json:
        if rollup.is_rollup:
            for member in rollup.shown:
                err(t("cli.validate.unit_line", unit=member.name, files=member.scan.files,
                      **_counts(member.scan.diagnostics)))
        if problems:
            err(t("cli.validate.summary", files=files, **_counts(problems)))
        else:
            err(t("cli.validate.clean", files=files))
    if any(p.fatal for p in problems):
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_PROBLEMS if has_errors(problems) else EXIT_OK)


def _counts(problems) -> dict[str, int]:
    """errors, breaches and warnings: breaches (facts about the past) never fail the run."""
    counts = {"errors": 0, "breaches": 0, "warnings": 0}
    for problem in problems:
        counts[{"error": "errors", "breach": "breaches"}.get(problem.severity, "warnings")] += 1
    return counts
