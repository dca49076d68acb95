"""`tiepxuc check-deadlines`, `tiepxuc deadline` and `tiepxuc calendar`."""


import json
import sys
from datetime import date, timedelta
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import (
    err, handle_errors, parse_date_option, progress_bar, repo_root, use_color,
)
from tiepxuc.errors import EXIT_OK, EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t, typed


def _today(as_of: str | None) -> date:
    from tiepxuc.clock import today_in_vietnam

    return parse_date_option(as_of, "--as-of") or today_in_vietnam()


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


URGENT_SHOWN = 20  # rows listed under a roll-up's summary (--all for every row)


@handle_errors
def check_deadlines(
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
    within: Annotated[int, typer.Option(
        "--within", metavar="N", min=0, help=t("cli.check.opt_within"))] = 5,
    agency: Annotated[Optional[str], typer.Option(
        "--agency", metavar="CƠ-QUAN", help=t("cli.check.opt_agency"))] = None,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("cli.opt.unit"))] = None,
    show_all: Annotated[bool, typer.Option("--all", help=t("cli.check.opt_all"))] = False,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.check.opt_json"))] = False,
    xlsx: Annotated[Optional[str], typer.Option(
        "--xlsx", metavar="TỆP", help=t("cli.check.opt_xlsx"))] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help=t("cli.check.opt_exit_zero"))] = False,
) -> None:
    from tiepxuc.rollup import by_urgency, scan_rollup
    from tiepxuc.scan import Deadlines

    today = _today(as_of)
    root = repo_root()
    with progress_bar(enabled=not as_json) as progress:
        rollup = scan_rollup(root, Deadlines(today, within), units, progress)
    rows = [(member, row) for member in rollup.shown for row in member.scan.rows]
    if agency:  # “doi trat tu” finds “Đội Trật tự”
        from tiepxuc.repeats import fold

        wanted = fold(agency)
        rows = [(m, r) for m, r in rows if r.agency and wanted in fold(r.agency)]
    rows.sort(key=by_urgency)
    warning = next((m.scan.calendar_warning for m in rollup.shown if m.scan.calendar_warning),
                   None)
    if warning:
        err(t("cli.warning", message=warning))
    broken = sum(len(m.scan.diagnostics) for m in rollup.shown) + len(rollup.diagnostics)
    if broken:
        err(t("cli.check.invalid_records", count=broken))
    if xlsx is not None:
        _write_xlsx(root, xlsx, rollup, rows, today)
    if as_json:
        _print_json(rows)
    elif xlsx is None:
        profiles = sorted({m.scan.profile for m in rollup.shown})
        header = t("cli.check.header", date=_day(today), profile=", ".join(profiles),
                   within=within)
        concerns = _concerns(rollup, rows, filtered=agency is not None)
        if rollup.is_rollup and not show_all:
            _print_summary(header, rollup, rows)
        elif sys.stdout.isatty():
            _print_table(header, rollup, rows)
        else:
            _print_plain(header, rollup, rows)
        _print_concerns(rollup, concerns)
        if rollup.is_rollup:
            _print_links(rollup, show_all)
    overdue = any(row.status == "overdue" for _, row in rows)
    raise typer.Exit(EXIT_PROBLEMS if overdue and not exit_zero else EXIT_OK)


def _write_xlsx(root, target: str, rollup, rows, today: date) -> None:
    from tiepxuc import workbook
    from tiepxuc.cli.export import write_output

    data = workbook.write([workbook.deadline_sheet(rows, rollup=rollup.is_rollup)],
                          title=t("xlsx.title.deadlines", date=_day(today)))
    write_output(root, data, target, root / "out" / "han.xlsx", binary=True)


def _where(member, row) -> str:
    return f"{member.path(row.file)}:{row.line}"


def _state(state: str) -> str:
    return t("petition_state." + state)


def _linked_note(row) -> str | None:
    from tiepxuc.rollup import linked_note

    return linked_note(row)


def _details(row) -> list[str]:
    return [d for d in (row.rule, *row.notes, _linked_note(row)) if d]


def _print_json(rows) -> None:
    """Every row, one JSON object per line, written as it is made: a province's 100,000 rows
    never sit in memory twice, and compact objects use the C encoder (indenting does not)."""
    def linked(row):
        if row.linked is None:
            return None
        return {**row.linked, "state_text": _state(row.linked["state"])}

    encode = json.JSONEncoder(ensure_ascii=False).encode
    out = sys.stdout
    out.write("[")
    chunk: list[str] = []
    out_started = False
    for member, row in rows:
        chunk.append(encode({
            "id": row.id,
            "obligation": row.obligation,
            "title": row.title,
            "due": row.due.isoformat(),
            "status": row.status,
            "days": row.days,
            "unit": row.count_unit,
            "agency": row.agency,
            "file": member.path(row.file),
            "line": row.line,
            "done": row.done.isoformat() if row.done else None,
            "rule": row.rule or None,
            "notes": row.notes + ([_linked_note(row)] if row.linked else []),
            "basis": row.basis,
            "repeated": row.repeated,
            "unit_path": member.key,
            "unit_name": member.name,
            "linked": linked(row),
        }))
        if len(chunk) == 1000:  # written a thousand rows at a time
            out.write(("," if out_started else "") + "\n" + ",\n".join(chunk))
            out_started, chunk = True, []
    if chunk:
        out.write(("," if out_started else "") + "\n" + ",\n".join(chunk))
    out.write("\n]\n" if rows else "]\n")


def _concerns(rollup, rows, *, filtered: bool) -> list:
    """Concerns raised two or more times and still unresolved (seeds 003 and 004: "kiến nghị
    nhiều lần nhưng chưa giải quyết dứt điểm"); with --agency, those of the listed items."""
    shown = {(m.key, r.record_id) for m, r in rows}
    return [(member, concern) for member in rollup.shown for concern in member.scan.concerns
            if not filtered or any((member.key, i) in shown for i in concern.ids)]


def _print_concerns(rollup, concerns) -> None:
    if not concerns:
        return
    typer.echo("\n" + t("cli.check.repeated_header", count=len(concerns)))
    for member, concern in concerns:
        unit = f"{member.name}: " if rollup.is_rollup else ""
        typer.echo("  " + unit + t("cli.check.repeated_item", count=concern.count,
                                   content=concern.content, field=concern.field,
                                   agency=concern.agency or t("cli.check.repeated_nobody")))
        typer.echo("      " + ", ".join(member.path(f) for f in concern.files))


def _print_links(rollup, show_all: bool) -> None:
    """Each petition a unit forwarded up: its state in the unit and at the level above."""
    from tiepxuc.rollup import links

    shown = {m.key for m in rollup.shown}
    found = [link for link in links(rollup) if link.unit.key in shown]
    if not found:
        return
    typer.echo("\n" + t("cli.check.links_title", count=len(found)))
    open_first = sorted(found, key=lambda link: (link.upper_state == "resolved",
                                                 link.state == "resolved"))
    for link in open_first if show_all else open_first[:URGENT_SHOWN]:
        upper = _state(link.upper_state or "not_recorded")
        if link.upper_id:
            upper = f"{link.upper_id}, {upper}"
        typer.echo("  " + t("cli.check.link_item", unit=link.unit.name, id=link.petition,
                            state=_state(link.state), upper=upper))
    if not show_all and len(found) > URGENT_SHOWN:
        typer.echo("  " + t("cli.check.more", count=len(found) - URGENT_SHOWN))


def _print_plain(header: str, rollup, rows) -> None:
    typer.echo(header)
    current = None
    for member, row in rows:
        if row.status != current:
            current = row.status
            count = sum(1 for _, r in rows if r.status == current)
            typer.echo(f"\n{t('status.' + current).upper()} ({count})")
        _plain_row(rollup, member, row)
    if not rows:
        typer.echo(t("cli.check.none"))


def _plain_row(rollup, member, row) -> None:
    agency = f"  [{row.agency}]" if row.agency else ""
    unit = f"{member.name}: " if rollup.is_rollup else ""
    typer.echo(f"  {_day(row.due)}  {row.days_text}  {unit}{row.title}{agency}")
    typer.echo(f"              {'; '.join(_details(row) + [_where(member, row)])}")


_STYLE = {"overdue": "bold red", "due_soon": "yellow", "within": "", "done_late": "magenta",
          "done_on_time": "green"}


def _console():
    from rich.console import Console

    return Console(highlight=False, no_color=not use_color() or None)


def _print_table(header: str, rollup, rows) -> None:
    """One table per status, most urgent first (a terminal: colours unless NO_COLOR)."""
    from rich.markup import escape

    console = _console()
    console.print(escape(header), style="italic")
    if not rows:
        console.print(t("cli.check.none"))
    for status in dict.fromkeys(row.status for _, row in rows):
        group = [(m, r) for m, r in rows if r.status == status]
        console.print(_rows_table(f"{t('status.' + status).upper()} ({len(group)})", rollup,
                                  group, _STYLE[status]))


def _rows_table(title: str, rollup, rows, style: str):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, title_style=style or "bold", title_justify="left", expand=True)
    table.add_column(t("cli.check.col_due"), no_wrap=True)
    table.add_column(t("cli.check.col_days"), ratio=2)
    if rollup.is_rollup:
        table.add_column(t("cli.check.col_unit"), ratio=2)
    table.add_column(t("cli.check.col_what"), ratio=6)
    table.add_column(t("cli.check.col_agency"), ratio=2)
    table.add_column(t("cli.check.col_file"), ratio=3, overflow="fold")
    for member, row in rows:
        what = escape(row.title)
        details = _details(row)
        if details:
            what += "\n[dim]" + escape("; ".join(details)) + "[/]"
        days = escape(row.days_text)
        cells = [_day(row.due), f"[{_STYLE[row.status]}]{days}[/]" if _STYLE[row.status] else days]
        if rollup.is_rollup:
            cells.append(escape(member.name))
        cells += [what, escape(row.agency or ""), escape(_where(member, row))]
        table.add_row(*cells)
    return table


def _print_summary(header: str, rollup, rows) -> None:
    """A roll-up: obligations counted by unit and status, then the most urgent ones."""
    from tiepxuc.status import STATUS_ORDER

    counts: dict[str, dict[str, int]] = {}
    for member, row in rows:
        per_unit = counts.setdefault(member.key, {})
        per_unit[row.status] = per_unit.get(row.status, 0) + 1
    statuses = [str(s) for s in STATUS_ORDER]
    head = [t("cli.check.col_unit"), *(t("status." + s) for s in statuses),
            t("cli.check.col_total")]
    body = []
    for member in rollup.shown:
        line = [counts.get(member.key, {}).get(s, 0) for s in statuses]
        body.append([member.name, *line, sum(line)])
    total = [t("cli.check.total_row"), *(sum(r[i] for r in body) for i in range(1, len(head)))]
    urgent = [(m, r) for m, r in rows if r.status in ("overdue", "due_soon")]
    listed = urgent[:URGENT_SHOWN]
    title = t("cli.check.summary_title", units=len(rollup.shown), rows=len(rows))
    urgent_title = t("cli.check.urgent_title", shown=len(listed), count=len(urgent))
    if sys.stdout.isatty():
        from rich.markup import escape
        from rich.table import Table

        console = _console()
        console.print(escape(header), style="italic")
        table = Table(title=title, title_justify="left", title_style="bold")
        table.add_column(head[0])
        for name, status in zip(head[1:], [*statuses, ""]):
            table.add_column(name, justify="right", style=_STYLE.get(status) or None)
        for line in body:
            table.add_row(escape(line[0]), *map(str, line[1:]))
        table.add_row(*map(str, total), style="bold")
        console.print(table)
        if listed:
            console.print(_rows_table(urgent_title, rollup, listed, "bold red"))
    else:
        typer.echo(header)
        typer.echo("\n" + title)
        lines = [head, *body, total]
        widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
        for line in lines:
            typer.echo("  " + "  ".join(
                str(v).ljust(widths[i]) if i == 0 else str(v).rjust(widths[i])
                for i, v in enumerate(line)))
        if listed:
            typer.echo("\n" + urgent_title)
        for member, row in listed:
            _plain_row(rollup, member, row)
    if len(rows) > len(listed):
        typer.echo("\n" + t("cli.check.more", count=len(rows) - len(listed)))


# ---------------------------------------------------------------- deadline


def _calendar_here(*years: int):
    """The calendar of the repository the user stands in, or the shipped one elsewhere."""
    from pathlib import Path

    from tiepxuc import calendar as workdays
    from tiepxuc.errors import NotARepositoryError
    from tiepxuc.layout import find_root
    from tiepxuc.repo import load

    try:
        root = find_root(Path.cwd())
    except NotARepositoryError:
        return workdays.for_years(min(years), max(years))
    return load(root).calendar(*years)


def _weekday(day: date) -> str:
    return t(f"weekday.{day.weekday()}")


@handle_errors
def deadline(
    start: Annotated[str, typer.Argument(metavar="NGÀY", help=t("cli.deadline.arg_date"))],
    count: Annotated[str, typer.Argument(metavar="±N", help=t("cli.deadline.arg_count"))],
    explain: Annotated[bool, typer.Option("--explain", help=t("cli.deadline.opt_explain"))] = False,
) -> None:
    day = parse_date_option(start, "NGÀY")
    try:
        n = int(count.replace("−", "-").strip())
    except ValueError:
        raise TiepxucError(t("cli.deadline.bad_count", value=typed(count))) from None
    if abs(n) > 3650:
        raise TiepxucError(t("cli.deadline.too_far", value=typed(count)))
    cal = _calendar_here(day.year, (day + timedelta(days=n * 2)).year)
    result = cal.shift(day, n)
    typer.echo(result.isoformat())
    for year in sorted({day.year, result.year}):
        if cal.confirmed(year) is None:
            err(t("cli.warning", message=t("cli.deadline.expected_year", year=year)))
    if not explain:
        return
    side = "after" if n > 0 else "before"
    typer.echo(t(f"cli.deadline.explain_{side}", count=abs(n), date=_day(day),
                 weekday=_weekday(day)))
    for passed in cal.steps(day, n):
        head = f"  {_day(passed.day)} {_weekday(passed.day):<9}"
        if passed.number is None:
            reason = passed.reason
            typer.echo(f"{head} {t('cli.deadline.skipped', name=reason.name, basis=reason.basis)}")
            continue
        line = f"{head} {t('cli.deadline.counted', n=passed.number)}"
        if passed.makeup is not None:  # a make-up working day
            line += f" ({passed.makeup.name} — {passed.makeup.basis})"
        typer.echo(line)
    typer.echo(t("cli.deadline.result", date=_day(result), weekday=_weekday(result)))


# ---------------------------------------------------------------- calendar


@handle_errors
def calendar(
    year: Annotated[Optional[int], typer.Argument(metavar="NĂM", help=t("cli.calendar.arg"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.calendar.opt_json"))] = False,
) -> None:
    from tiepxuc.calendar import DayKind, today_in_vietnam

    year = year or today_in_vietnam().year
    if not 1995 <= year <= 2100:
        raise TiepxucError(t("cli.calendar.bad_year", year=year))
    cal = _calendar_here(year)
    days = cal.days_of(year)
    confirmed = cal.confirmed(year)
    if as_json:
        typer.echo(json.dumps({
            "year": year, "confirmed": confirmed,
            "days": [{"date": d.day.isoformat(), "kind": str(d.kind), "name": d.name,
                      "basis": d.basis, "source": d.source} for d in days],
        }, ensure_ascii=False, indent=2))
        return
    typer.echo(t("cli.calendar.title", year=year))
    typer.echo(t("cli.calendar.confirmed", basis=confirmed) if confirmed
               else t("cli.calendar.expected", year=year))
    for kind, key in ((DayKind.DAY_OFF, "cli.calendar.days_off"),
                      (DayKind.MAKEUP, "cli.calendar.working_days")):
        chosen = [d for d in days if d.kind == kind]
        typer.echo(f"\n{t(key, count=len(chosen))}")
        for d in chosen:
            typer.echo(f"  {_day(d.day)} {_weekday(d.day):<9} {d.name}")
            typer.echo(f"  {'':10} {'':9} {d.basis}")
        if not chosen:
            typer.echo(f"  {t('cli.calendar.none')}")
