"""`tiepxuc check-deadlines`, `tiepxuc deadline` and `tiepxuc calendar`."""


import json
import sys
from datetime import date, timedelta
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, parse_date_option, repo_root, use_color
from tiepxuc.errors import EXIT_OK, EXIT_PROBLEMS, TiepxucError
from tiepxuc.messages import t


def _today(as_of: str | None) -> date:
    from tiepxuc.calendar import today_in_vietnam

    return parse_date_option(as_of, "--as-of") or today_in_vietnam()


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _days_text(item, status, days: int) -> str:
    unit = t("deadline.unit_short_" + item.unit)
    if status in ("done_on_time", "done_late"):
        text = t("deadline.done_on", date=_day(item.done))
        return text + (", " + t("deadline.late_by", days=-days, unit=unit) if days < 0 else "")
    if days < 0:
        return t("deadline.late_by", days=-days, unit=unit)
    return t("deadline.left", days=days, unit=unit)


@handle_errors
def check_deadlines(
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", metavar="NGÀY", help=t("cli.check.opt_as_of"))] = None,
    within: Annotated[int, typer.Option(
        "--within", metavar="N", min=0, help=t("cli.check.opt_within"))] = 5,
    agency: Annotated[Optional[str], typer.Option(
        "--agency", metavar="CƠ-QUAN", help=t("cli.check.opt_agency"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.check.opt_json"))] = False,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help=t("cli.check.opt_exit_zero"))] = False,
) -> None:
    from tiepxuc.deadlines import STATUS_ORDER, Status, obligations
    from tiepxuc.repo import load, relative
    from tiepxuc.rules.engine import active_profile

    today = _today(as_of)
    repo = load(repo_root())
    profile, _ = active_profile(repo)
    cal = repo.calendar(today.year)
    items = obligations(repo, profile, today)
    if agency:  # “doi trat tu” finds “Đội Trật tự”
        from tiepxuc.repeats import fold

        wanted = fold(agency)
        items = [o for o in items if o.agency and wanted in fold(o.agency)]
    concerns = _repeated_concerns(repo, items, filtered=agency is not None)
    raised = {r.id: group for group in concerns for r in group}
    rows = []
    for item in items:
        status = item.status(cal, today, within)
        days = item.days(cal, today)
        position = item.record.position(*item.loc)
        rows.append((item, status, days, f"{relative(repo, item.record.path)}:{position.line}"))

    def urgency(row):
        item, status, days, _ = row
        if status in (Status.DONE_ON_TIME, Status.DONE_LATE):
            return (STATUS_ORDER.index(status), -item.due.toordinal(), item.id)
        return (STATUS_ORDER.index(status), item.due.toordinal(), days, item.id)

    rows.sort(key=urgency)
    warning = cal.unconfirmed_warning(today)
    if warning:
        err(t("cli.warning", message=warning))
    broken = [d for d in repo.diagnostics if d.severity == "error"]
    if broken:
        err(t("cli.check.invalid_records", count=len(broken)))
    if as_json:
        typer.echo(json.dumps([{
            "id": item.id,
            "obligation": str(item.kind),
            "title": item.title(),
            "due": item.due.isoformat(),
            "status": str(status),
            "days": days,
            "unit": item.unit,
            "agency": item.agency,
            "file": where.rsplit(":", 1)[0],
            "line": int(where.rsplit(":", 1)[1]),
            "done": item.done.isoformat() if item.done else None,
            "rule": item.rule_text() or None,
            "notes": _notes(item, raised),
            "basis": item.basis,
            "repeated": [r.id for r in raised.get(item.record.id, []) if r.id != item.record.id],
        } for item, status, days, where in rows], ensure_ascii=False, indent=2))
    else:
        header = t("cli.check.header", date=_day(today), profile=profile.id, within=within)
        if sys.stdout.isatty():
            _print_table(header, rows, raised)
        else:
            _print_plain(header, rows, raised)
        _print_concerns(repo, concerns)
    overdue = any(status == Status.OVERDUE for _, status, _, _ in rows)
    raise typer.Exit(EXIT_PROBLEMS if overdue and not exit_zero else EXIT_OK)


def _repeated_concerns(repo, items, *, filtered: bool) -> list:
    """Concerns raised two or more times and still unresolved (seeds 003 and 004: "kiến nghị
    nhiều lần nhưng chưa giải quyết dứt điểm"); with --agency, those of the listed items."""
    from tiepxuc.repeats import unresolved_groups

    groups = unresolved_groups(repo.petitions)
    if filtered:
        shown = {item.record.id for item in items}
        groups = [g for g in groups if any(r.id in shown for r in g)]
    return groups


def _notes(item, raised) -> list[str]:
    notes = item.notes()
    group = raised.get(item.record.id)
    if group and item.record.kind == "petition":
        notes.append(t("cli.check.note_repeated", count=len(group)))
    return notes


def _print_concerns(repo, groups) -> None:
    if not groups:
        return
    from tiepxuc.lifecycle import excerpt
    from tiepxuc.repo import relative

    typer.echo("\n" + t("cli.check.repeated_header", count=len(groups)))
    names = {f.code: f.name for f in repo.unit.fields} if repo.unit else {}
    for group in groups:
        latest = group[-1].model
        who = latest.assignment.lead if latest.assignment else (
            latest.forwarded.to if latest.forwarded and latest.forwarded.to else None)
        typer.echo("  " + t("cli.check.repeated_item", count=len(group),
                            content=excerpt(latest.content, 14),
                            field=names.get(latest.field, latest.field),
                            agency=who or t("cli.check.repeated_nobody")))
        typer.echo("      " + ", ".join(relative(repo, r.path) for r in group))


def _print_plain(header: str, rows, raised) -> None:
    typer.echo(header)
    current = None
    for item, status, days, where in rows:
        if status != current:
            current = status
            count = sum(1 for r in rows if r[1] == status)
            typer.echo(f"\n{t('status.' + status).upper()} ({count})")
        agency = f"  [{item.agency}]" if item.agency else ""
        typer.echo(f"  {_day(item.due)}  {_days_text(item, status, days)}  {item.title()}{agency}")
        details = [d for d in (item.rule_text(), *_notes(item, raised)) if d]
        typer.echo(f"              {'; '.join(details + [where])}")
    if not rows:
        typer.echo(t("cli.check.none"))


_STYLE = {"overdue": "bold red", "due_soon": "yellow", "within": "", "done_late": "magenta",
          "done_on_time": "green"}


def _print_table(header: str, rows, raised) -> None:
    """One table per status, most urgent first (a terminal: colours unless NO_COLOR)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False, no_color=not use_color() or None)
    console.print(escape(header), style="italic")
    if not rows:
        console.print(t("cli.check.none"))
    for status in dict.fromkeys(status for _, status, _, _ in rows):
        group = [r for r in rows if r[1] == status]
        style = _STYLE[status] or "bold"
        table = Table(title=f"{t('status.' + status).upper()} ({len(group)})", title_style=style,
                      title_justify="left", expand=True)
        table.add_column(t("cli.check.col_due"), no_wrap=True)
        table.add_column(t("cli.check.col_days"), ratio=2, style=_STYLE[status] or None)
        table.add_column(t("cli.check.col_what"), ratio=6)
        table.add_column(t("cli.check.col_agency"), ratio=2)
        table.add_column(t("cli.check.col_file"), ratio=3, overflow="fold")
        for item, _, days, where in group:
            what = escape(item.title())
            details = [d for d in (item.rule_text(), *_notes(item, raised)) if d]
            if details:
                what += "\n[dim]" + escape("; ".join(details)) + "[/]"
            table.add_row(_day(item.due), escape(_days_text(item, status, days)), what,
                          escape(item.agency or ""), escape(where))
        console.print(table)


# ---------------------------------------------------------------- deadline


def _calendar_here(*years: int):
    """The calendar of the repository the user stands in, or the shipped one elsewhere."""
    from pathlib import Path

    from tiepxuc import calendar as workdays
    from tiepxuc.errors import NotARepositoryError
    from tiepxuc.repo import find_root, load

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
        raise TiepxucError(t("cli.deadline.bad_count", value=count)) from None
    if abs(n) > 3650:
        raise TiepxucError(t("cli.deadline.too_far", value=count))
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
    step = 1 if n > 0 else -1
    current, counted = day, 0
    while counted < abs(n):
        current += timedelta(days=step)
        reason = cal.why_not_working(current)
        head = f"  {_day(current)} {_weekday(current):<9}"
        if reason is None:
            counted += 1
            line = f"{head} {t('cli.deadline.counted', n=counted)}"
            special = cal.special.get(current)
            if special is not None:  # a make-up working day
                line += f" ({special.name} — {special.basis})"
            typer.echo(line)
        else:
            typer.echo(f"{head} {t('cli.deadline.skipped', name=reason.name, basis=reason.basis)}")
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
