"""What every command shares: error handling, finding the repository, dates from options."""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import typer

from tiepxuc.errors import EXIT_CANNOT_RUN, TiepxucError
from tiepxuc.messages import t, typed

F = TypeVar("F", bound=Callable[..., Any])

# Set by the root options: --verbose (git's own words after its errors), --allow-detached-head.
SETTINGS: dict[str, bool] = {"verbose": False, "allow_detached_head": False}


def err(text: str) -> None:
    typer.echo(text, err=True)


def handle_errors(func: F) -> F:
    """Turn failures into a Vietnamese message and an exit status; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TiepxucError as exc:
            err(t("cli.error", message=exc.message))
            detail = getattr(exc, "detail", "")
            if detail and SETTINGS["verbose"]:
                err(detail)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:  # `tiepxuc rules | head`: the reader has gone; stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            err(t("cli.interrupted"))
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so plainly, keep the traceback for developers
            if os.environ.get("TIEPXUC_DEBUG"):
                raise
            err(t("cli.internal_error", kind=type(exc).__name__))
            raise typer.Exit(EXIT_CANNOT_RUN) from None

    return wrapper  # type: ignore[return-value]


def repo_root() -> Path:
    from tiepxuc.layout import find_root

    return find_root(Path.cwd())


def parse_date_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    from pydantic_core import PydanticCustomError

    from tiepxuc.records.types import _to_date

    try:
        return _to_date(value)
    except PydanticCustomError as exc:
        if exc.type in ("date_month", "date_day"):
            raise TiepxucError(t(f"check.{exc.type}", field=option, **exc.context)) from None
        raise TiepxucError(t("cli.bad_date", option=option, value=typed(value))) from None


@contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """``progress(done, total)`` drawing a bar on stderr once a run has lasted a second, on a
    terminal only: never when the output is piped or is JSON (``enabled=False``)."""
    if not (enabled and sys.stdout.isatty() and sys.stderr.isatty()):
        yield None
        return
    started = time.monotonic()
    shown: list = []

    def progress(done: int, total: int) -> None:
        if not shown:
            if time.monotonic() - started < 1:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            bar = Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                           TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            bar.start()
            shown.append((bar, bar.add_task(t("cli.progress"), total=total)))
        bar, task = shown[0]
        bar.update(task, completed=done, total=total)

    try:
        yield progress
    finally:
        if shown:
            shown[0][0].stop()


def use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


# ---------------------------------------------------------------- asking for what flags do not give


def choose(enum, given: str | None, *, prompt_key: str, default, no_input: bool, option: str):
    """An enum member from an option, or asked for; codes and Vietnamese labels both work."""
    from tiepxuc.records.check import enum_choices, parse_enum

    while True:
        if given is None:
            if no_input:
                if default is None:
                    raise TiepxucError(t("cli.missing_option", option=option))
                return default
            given = typer.prompt(t(prompt_key, choices=enum_choices(enum)),
                                 default=default.value if default is not None else None)
        member = parse_enum(enum, given)
        if member is not None:
            return member
        if no_input:
            raise TiepxucError(t("cli.bad_choice", option=option, value=typed(given),
                                 choices=enum_choices(enum)))
        err(t("cli.bad_choice", option=option, value=typed(given), choices=enum_choices(enum)))
        given = None


def ask(value: str | None, prompt_key: str, *, no_input: bool, default: str | None = None,
         required: bool = False, option: str = "") -> str | None:
    if value is not None:
        return value.strip() or None
    if no_input:
        if required and not default:
            raise TiepxucError(t("cli.missing_option", option=option))
        return default
    answer = typer.prompt(t(prompt_key), default=default or "", show_default=bool(default))
    answer = answer.strip()
    if required and not answer:
        raise TiepxucError(t("cli.missing_option", option=option))
    return answer or None


def act_date(value: str | None, option: str, *, repo, today: date, no_input: bool) -> date | None:
    """The date an act was done, typed by hand: never in the future (an act done cannot be
    dated after today), and questioned when it falls on a day off — asked to confirm, or with
    ``--no-input`` said plainly. Nothing ever needs a past date to pass a check: a late act is
    recorded with its true date."""
    day = parse_date_option(value, option)
    if day is None:
        return None
    shown = day.strftime("%d/%m/%Y")
    if day > today:
        raise TiepxucError(t("cli.date_future", option=option, date=shown,
                             today=today.strftime("%d/%m/%Y")))
    off = repo.calendar(day.year).why_not_working(day)
    if off is not None:
        question = t("cli.date_day_off", option=option, date=shown, weekday=t(f"weekday.{day.weekday()}"),
                     reason=off.name)
        if no_input:
            err(t("cli.warning", message=question + " " + t("cli.date_kept")))
        elif not typer.confirm(question + " " + t("cli.date_confirm"), default=False):
            raise TiepxucError(t("cli.date_not_confirmed", option=option))
    return day


def ask_act_date(value: str | None, prompt_key: str, option: str, *, repo, today: date,
                 no_input: bool) -> date:
    """The date an act was done: given, or asked for (empty: today), checked by act_date and
    asked again when it cannot be right."""
    while True:
        typed = value
        if typed is None and not no_input:
            typed = typer.prompt(t(prompt_key), default="", show_default=False).strip() or None
        try:
            return act_date(typed, option, repo=repo, today=today, no_input=no_input) or today
        except TiepxucError as exc:
            if no_input or value is not None:
                raise
            err(exc.message)


def ask_date(value: str | None, prompt_key: str, *, no_input: bool, option: str,
              required: bool) -> date | None:
    while True:
        text = ask(value, prompt_key, no_input=no_input, required=required, option=option)
        if text is None:
            return None
        try:
            return parse_date_option(text, option)
        except TiepxucError as exc:
            if no_input or value is not None:
                raise
            err(exc.message)
