"""`tiepxuc report YEAR` (the annual figures) and `tiepxuc plan status YEAR` (the yearly minimum).

Both work on one unit's repository or on a roll-up (a province or district office over its
units): each unit is scanned once, in parallel and cached (rollup.scan_rollup), and reduced to
the plain summaries of report.py, which are all these commands print.
"""


import json
import sys
from datetime import date
from typing import Annotated, Optional

import typer

from tiepxuc.cli._click import Command, Group

from tiepxuc.cli._common import (
    err, handle_errors, parse_date_option, progress_bar, repo_root, use_color,
)
from tiepxuc.errors import EXIT_OK, EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t

YEAR = typer.Argument(metavar="NĂM", help=t("cli.report.arg_year"))
AS_OF_HELP = t("cli.opt.as_of")


def _check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise TiepxucError(t("cli.new_plan.bad_year", year=year))


def _day(value: date | str) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


def _number(value: float | int | None) -> str:
    """A figure as Vietnamese write it: 12,5 (a decimal comma); "—" for none."""
    if value is None:
        return "—"
    return f"{value:g}".replace(".", ",")


def _with_percent(count: int, percent: int | None) -> str:
    return f"{count} ({percent}%)" if percent is not None else str(count)


def _scan(year: int, kind: str, as_of: date, units: list[str] | None, *, quiet: bool):
    from tiepxuc.rollup import scan_rollup
    from tiepxuc.scan import PlanStatus, YearFigures

    query = (YearFigures if kind == "report" else PlanStatus)(year, as_of)
    with progress_bar(enabled=not quiet) as progress:
        rollup = scan_rollup(repo_root(), query, only=units, progress=progress)
    broken = sum(len(m.scan.diagnostics) for m in rollup.shown) + len(rollup.diagnostics)
    if broken:
        err(t("cli.check.invalid_records", count=broken))
    return rollup


def _console():
    from rich.console import Console

    return Console(highlight=False, no_color=not use_color() or None)


def _plain_table(head: list[str], lines: list[list[str]], *, left: int = 1) -> None:
    """Aligned columns for a pipe: the first ``left`` columns to the left, numbers right."""
    rows = [head, *lines]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        typer.echo("  " + "  ".join(
            (cell.ljust(widths[i]) if i < left else cell.rjust(widths[i]))
            for i, cell in enumerate(row)).rstrip())


# ---------------------------------------------------------------- tiepxuc report YEAR


@handle_errors
def report(
    year: Annotated[int, YEAR],
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.report.opt_json"))] = False,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("cli.opt.unit"))] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.report.opt_as_of"))] = None,
    xlsx: Annotated[Optional[str], typer.Option(
        "--xlsx", metavar="TỆP", help=t("cli.report.opt_xlsx"))] = None,
) -> None:
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.report import has_activity, total_summary

    _check_year(year)
    day = parse_date_option(as_of, "--as-of") or min(date(year, 12, 31), today_in_vietnam())
    rollup = _scan(year, "report", day, units, quiet=as_json)
    rows = [(m, m.scan.summary) for m in rollup.shown
            if not (rollup.is_rollup and m.is_top and not has_activity(m.scan.summary))]
    total = total_summary([s for _, s in rows])
    if xlsx is not None:
        _write_xlsx(xlsx, rollup, rows, total, year, day)
    if as_json:
        typer.echo(json.dumps({
            "year": year, "as_of": day.isoformat(), "rollup": rollup.is_rollup,
            "units": [{"unit_path": m.key, "unit_name": m.name, **_figures(s)} for m, s in rows],
            "total": _figures(total),
        }, ensure_ascii=False, indent=2))
        raise typer.Exit(EXIT_OK)
    title = t("cli.report.title", year=year, date=_day(day))
    if xlsx is None and not rollup.is_rollup:
        member, summary = rows[0]
        _print_unit(f"{title} — {member.name}", summary)
    elif xlsx is None:  # (with --xlsx, the tables are in the workbook)
        _print_rollup(title, rows, total)
    for member, summary in rows:  # the issued report keeps the figures it was issued with
        issued = summary.get("issued")
        if issued:
            err(t("cli.report.issued_note", unit=member.name, number=issued["number"] or "",
                  date=_day(issued["date"]) if issued["date"] else "", id=issued["id"]))
    raise typer.Exit(EXIT_OK)


def _write_xlsx(target: str, rollup, rows, total: dict, year: int, day: date) -> None:
    """Each table of the report on a sheet of its own; over a roll-up, one row per unit."""
    from tiepxuc import workbook
    from tiepxuc.cli.export import write_output

    sheets = workbook.report_sheets([(m.name, s) for m, s in rows],
                                    total if rollup.is_rollup else rows[0][1],
                                    rollup=rollup.is_rollup)
    data = workbook.write(sheets, title=t("cli.report.title", year=year, date=_day(day)))
    write_output(rollup.root, data, target, rollup.root / "out" / f"so-lieu-{year}.xlsx",
                 binary=True)


def _figures(summary: dict) -> dict:
    """What --json prints: every figure, without the list of durations behind the median."""
    return {key: value for key, value in summary.items() if key != "durations"}


def _counts(counter: dict, enum: str) -> str:
    return ", ".join(f"{t(f'enum.{enum}.{key}')} {n}" for key, n in counter.items()) or "0"


def _unit_lines(s: dict) -> list[tuple[str, str]]:
    """(label, value) of one unit's figures; sub-items are indented."""
    sub = "    "
    lines = [
        (t("cli.report.sessions"), t("cli.report.sessions_value", count=s["sessions"],
                                     needed=s["min_sessions"])),
        (sub + t("cli.report.by_kind"), _counts(s["sessions_by_kind"], "SessionKind")),
        (sub + t("cli.report.by_format"), _counts(s["sessions_by_format"], "SessionFormat")),
        (t("cli.report.participants"), str(s["participants"])),
        (t("cli.report.petitions"), str(s["petitions"])),
    ]
    lines += [(sub + row["name"], t("cli.report.field_value", total=row["total"],
                                    answered=row["answered"], handled=row["handled"]))
              for row in s["fields"]]
    resolution = s["resolution"]
    lines += [
        (t("cli.report.answered"), _with_percent(s["answered"], s["answered_percent"])),
        (t("cli.report.declined"), str(s["declined"])),
        (t("cli.report.forwarded"), str(s["forwarded"])),
        (t("cli.report.assigned"), str(sum(resolution.values()))),
        (sub + t("cli.report.res_done_on_time"),
         t("cli.report.on_time_share", count=resolution["done_on_time"],
           percent=s["on_time_percent"]) if s["on_time_percent"] is not None
         else str(resolution["done_on_time"])),
        (sub + t("cli.report.res_done_late"), str(resolution["done_late"])),
        (sub + t("cli.report.res_within"), str(resolution["within"])),
        (sub + t("cli.report.res_overdue"), str(resolution["overdue"])),
        (t("cli.report.median"), t("cli.report.median_value", days=_number(s["median_days"]))
         if s["median_days"] is not None else "—"),
        (t("cli.report.repeated"), str(s["repeated"])),
        (t("cli.report.notices"), str(s["notices"])),
    ]
    return lines


def _print_unit(title: str, summary: dict) -> None:
    lines = _unit_lines(summary)
    if sys.stdout.isatty():
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=escape(title), title_justify="left", title_style="bold")
        table.add_column(t("cli.report.col_figure"))
        table.add_column(t("cli.report.col_value"))
        for label, value in lines:
            table.add_row(escape(label), escape(value))
        _console().print(table)
        return
    typer.echo(title)
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        typer.echo(f"  {label.ljust(width)}  {value}")


# Two tables, as in the rendered report: the sessions and petitions, then their resolution.
_TABLES = (
    ("cli.report.table_petitions", ("sessions", "participants", "petitions", "answered",
                                    "declined", "forwarded", "repeated", "notices")),
    ("cli.report.table_resolution", ("done_on_time", "done_late", "within", "overdue",
                                     "median")),
)


def _cells(summary: dict) -> dict[str, str]:
    resolution = summary["resolution"]
    return {
        "sessions": str(summary["sessions"]),
        "participants": str(summary["participants"]),
        "petitions": str(summary["petitions"]),
        "answered": _with_percent(summary["answered"], summary["answered_percent"]),
        "declined": str(summary["declined"]),
        "forwarded": str(summary["forwarded"]),
        "done_on_time": _with_percent(resolution["done_on_time"], summary["on_time_percent"]),
        "done_late": str(resolution["done_late"]),
        "within": str(resolution["within"]),
        "overdue": str(resolution["overdue"]),
        "median": _number(summary["median_days"]),
        "repeated": str(summary["repeated"]),
        "notices": str(summary["notices"]),
    }


def _print_rollup(title: str, rows, total: dict) -> None:
    named = [(member.name, _cells(summary)) for member, summary in rows]
    named.append((t("cli.report.total_row"), _cells(total)))
    note = t("cli.report.rollup_note")
    tty = sys.stdout.isatty()
    if tty:
        from rich.markup import escape
        from rich.table import Table

        console = _console()
        console.print(escape(title), style="bold")
    else:
        typer.echo(title)
    for key, columns in _TABLES:
        head = [t("cli.check.col_unit"), *(t(f"cli.report.col_{c}") for c in columns)]
        body = [[name, *(cells[c] for c in columns)] for name, cells in named]
        if not tty:
            typer.echo("\n" + t(key))
            _plain_table(head, body)
            continue
        table = Table(title=escape(t(key)), title_justify="left", expand=True)
        table.add_column(escape(head[0]), ratio=2)
        for index, name in enumerate(head[1:], 1):
            widest = max(len(line[index]) for line in body)
            table.add_column(escape(name), justify="right", ratio=1, min_width=widest,
                             overflow="fold")
        for index, line in enumerate(body):
            table.add_row(*map(escape, line), style="bold" if index == len(body) - 1 else None)
        console.print(table)
    if tty:
        console.print(escape(note), style="dim")
    else:
        typer.echo("\n" + note)


# ---------------------------------------------------------------- tiepxuc plan status YEAR


plan_app = typer.Typer(cls=Group, help=t("cli.plan.help"), no_args_is_help=True,
                       add_completion=False, rich_markup_mode=None)


@plan_app.command("status", cls=Command, help=t("cli.plan_status.help"),
                  short_help=t("cli.plan_status.short"))
@handle_errors
def plan_status(
    year: Annotated[int, YEAR],
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.plan_status.opt_json"))] = False,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("cli.opt.unit"))] = None,
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help=t("cli.plan_status.opt_exit_zero"))] = False,
) -> None:
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.report import PROBLEM_STATES

    _check_year(year)
    day = parse_date_option(as_of, "--as-of") or today_in_vietnam()
    rollup = _scan(year, "plan", day, units, quiet=as_json)
    # The office above shows only when it has its own plan or sessions for the year.
    rows = [(m, m.scan.summary) for m in rollup.shown
            if not (rollup.is_rollup and m.is_top and m.scan.summary["state"] is None)]
    if as_json:
        typer.echo(json.dumps({
            "year": year, "as_of": day.isoformat(), "rollup": rollup.is_rollup,
            "units": [_plan_json(m, s) for m, s in rows],
        }, ensure_ascii=False, indent=2))
    else:
        _print_plan(t("cli.plan_status.title", year=year, date=_day(day)), rollup, rows, year)
    problem = any(s["state"] in PROBLEM_STATES for _, s in rows)
    raise typer.Exit(EXIT_PROBLEMS if problem and not exit_zero else EXIT_OK)


def _state_text(state: str | None) -> str:
    return t(f"plan_state.{state or 'no_records'}")


def _plan_json(member, summary: dict) -> dict:
    return {
        "unit_path": member.key, "unit_name": member.name, "profile": summary["profile"],
        "plan": summary["plan"], "planned": summary["planned"], "state": summary["state"],
        "state_text": _state_text(summary["state"]),
        "obligations": [{**item, "file": member.path(item["file"]),
                         "state_text": _state_text(item["state"])}
                        for item in summary["obligations"]],
    }


def _plan_note(item: dict) -> str:
    if item["state"] == "at_risk":
        return t("cli.plan_status.note_at_risk", missing=item["missing"],
                 date=_day(item["call_by"]))
    if item["state"] == "missed":
        return t("cli.plan_status.note_missed", missing=item["missing"])
    return ""


_PLAN_STYLE = {"met": "green", "scheduled": "", "at_risk": "yellow", "missed": "bold red"}


def _print_plan(title: str, rollup, rows, year: int) -> None:
    head = [t("cli.check.col_unit"), t("cli.plan_status.col_kind"),
            t("cli.plan_status.col_needed"), t("cli.plan_status.col_held"),
            t("cli.plan_status.col_scheduled"), t("cli.plan_status.col_state"),
            t("cli.plan_status.col_note")]
    lines: list[tuple[list[str], str | None]] = []
    for member, summary in rows:
        if not summary["obligations"]:
            lines.append(([member.name, "", "", "", "", _state_text(None),
                           t("cli.plan_status.note_none", year=year)], None))
        for index, item in enumerate(summary["obligations"]):
            lines.append(([member.name if index == 0 else "",
                           t(f"cli.plan_status.kind_{item['kind']}"), str(item["needed"]),
                           str(item["held"]), str(item["scheduled"]), _state_text(item["state"]),
                           _plan_note(item)], item["state"]))
    counts = {state: sum(1 for _, s in rows if s["state"] == state)
              for state in ("met", "scheduled", "at_risk", "missed")}
    summary_line = t("cli.plan_status.summary", units=len(rows), **counts)
    if sys.stdout.isatty():
        from rich.markup import escape
        from rich.table import Table

        table = Table(title=escape(title), title_justify="left", title_style="bold")
        for index, name in enumerate(head):
            table.add_column(escape(name), justify="right" if 2 <= index <= 4 else "left")
        for cells, state in lines:
            style = _PLAN_STYLE.get(state or "", "")
            cells = [escape(c) for c in cells]
            if style:
                cells[5] = f"[{style}]{cells[5]}[/]"
            table.add_row(*cells)
        console = _console()
        console.print(table)
        console.print(escape(summary_line))
        return
    typer.echo(title)
    # name and kind to the left, the counts to the right, state and note to the left
    rows_text = [cells for cells, _ in lines]
    widths = [max(len(r[i]) for r in [head, *rows_text]) for i in range(len(head))]
    for cells in [head, *rows_text]:
        typer.echo("  " + "  ".join(
            (c.rjust(widths[i]) if 2 <= i <= 4 else c.ljust(widths[i]))
            for i, c in enumerate(cells)).rstrip())
    typer.echo(summary_line)
