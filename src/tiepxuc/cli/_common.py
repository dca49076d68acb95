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
        except typer.Abort as exc:  # a prompt of Click's own: input ended, or Ctrl-C
            if isinstance(exc.__context__, KeyboardInterrupt):
                err(t("cli.interrupted"))
                raise typer.Exit(130) from None
            err(t("cli.error", message=t("cli.input_ended")))
            raise typer.Exit(EXIT_CANNOT_RUN) from None
        except (typer.Exit, SystemExit):
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


from tiepxuc.clock import parse_typed_date as parse_date_option  # noqa: E402,F401


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


def prompt(text: str, *, default: str | None = None, show_default: bool = True) -> str:
    """One answer typed by the user. Input that has ended (a script, ``< /dev/null``, Ctrl-D)
    stops the command with a message and status 2, nothing written; Ctrl-C is an interrupt."""
    try:
        return typer.prompt(text, default=default if default is not None else "",
                            show_default=show_default and bool(default))
    except typer.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        raise TiepxucError(t("cli.input_closed", question=text.strip())) from None


def confirm(question: str, *, default: bool = False) -> bool:
    """Yes or no: c/có or y/yes, k/không or n/no; an empty answer is ``default``."""
    yes, no = {"c", "co", "y", "yes"}, {"k", "khong", "n", "no"}
    suffix = t("cli.confirm_default_yes" if default else "cli.confirm_default_no")
    while True:
        answer = _key(prompt(f"{question} {suffix}", show_default=False))
        if not answer:
            return default
        if answer in yes | no:
            return answer in yes
        err(t("cli.confirm_again"))


def _key(text: str) -> str:
    """Text as choices are compared (repeats.choice_key, imported when asked: it loads the
    records' modules, which `--help` has no use for)."""
    from tiepxuc.repeats import choice_key

    return choice_key(text)


def match(value: str, options: dict[str, list[str]]) -> str | None:
    """The option ``value`` names (repeats.match)."""
    from tiepxuc.repeats import match as named

    return named(value, options)


def suggest(value: str, options: dict[str, list[str]]) -> str | None:
    """The option closest to a mistyped ``value`` (“invitaion” → invitation), if any is close."""
    import difflib

    names = {name: code for code, labels in options.items()
             for name in (_key(code), *(_key(label) for label in labels))}
    close = difflib.get_close_matches(_key(value), list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None


def shown_choices(options: dict[str, list[str]]) -> str:
    """“giao-thong (Giao thông, hạ tầng), khac (Lĩnh vực khác)”; a label equal to its code
    (agencies) is not repeated."""
    return ", ".join(f"{code} ({labels[0]})" if labels and labels[0] != code else code
                     for code, labels in options.items())


def bad_choice(value: str, options: dict[str, list[str]], option: str) -> str:
    close = suggest(value, options)
    hint = " " + t("cli.did_you_mean", value=close) if close else ""
    return t("cli.bad_choice", option=option, value=typed(value),
             choices=shown_choices(options)) + hint


def pick(options: dict[str, list[str]], given: str | None, prompt_text: str, *, no_input: bool,
         option: str, default: str | None = None, required: bool = True) -> str | None:
    """A code from ``options`` (code → labels): from the option, or asked for; a code or a
    label, accents and capitals optional. A wrong answer is said, with the allowed values, and
    asked again; an empty one is asked again when the question is required."""
    while True:
        if given is None:
            if no_input:
                if default is None and required:
                    raise TiepxucError(t("cli.missing_option", option=option))
                return default
            given = prompt(prompt_text, default=default)
            if not given.strip():
                if not required:
                    return None
                err(t("cli.required_choice", choices=shown_choices(options)))
                given = None
                continue
        code = match(given, options)
        if code is not None:
            return code
        if no_input:
            raise TiepxucError(bad_choice(given, options, option))
        err(bad_choice(given, options, option))
        given = None


# Words people answer with that name a code without being its label: the kind of unit
# (“xã”, “Phường”) for its level. Compared like labels, accents and capitals optional.
ANSWER_ALIASES: dict[str, dict[str, list[str]]] = {
    "Level": {
        "province": ["tỉnh", "cấp tỉnh"],
        "district": ["huyện", "quận", "thị xã", "cấp huyện"],
        "commune": ["xã", "phường", "thị trấn", "đặc khu", "cấp xã", "ward"],
    },
}


def enum_options(enum) -> dict[str, list[str]]:
    """An enum's codes with their labels in the user's language and in Vietnamese, and the
    words that also name them (ANSWER_ALIASES)."""
    from tiepxuc.messages import t_vi

    aliases = ANSWER_ALIASES.get(enum.__name__, {})
    return {m.value: [t(f"enum.{enum.__name__}.{m.value}"), t_vi(f"enum.{enum.__name__}.{m.value}"),
                      *aliases.get(m.value, [])]
            for m in enum}


def choose(enum, given: str | None, *, prompt_key: str, default, no_input: bool, option: str):
    """An enum member from an option, or asked for; codes and Vietnamese labels both work."""
    from tiepxuc.records.check import enum_choices

    code = pick(enum_options(enum), given, t(prompt_key, choices=enum_choices(enum)) if prompt_key
                else "", no_input=no_input, option=option,
                default=default.value if default is not None else None)
    return enum(code)


def ask(value: str | None, prompt_key: str, *, no_input: bool, default: str | None = None,
         required: bool = False, option: str = "") -> str | None:
    """Text from an option, or asked for; a required question is asked again while the answer
    is empty."""
    import unicodedata

    if value is not None:
        value = unicodedata.normalize("NFC", value).strip()
        if value or not required:
            return value or None
    if no_input:
        if required and not default:
            raise TiepxucError(t("cli.missing_option", option=option))
        return default
    while True:
        answer = unicodedata.normalize("NFC", prompt(t(prompt_key), default=default)).strip()
        if answer or not required:
            return answer or None
        err(t("cli.required_empty"))


class _NotConfirmed(TiepxucError):
    """A date on a day off that the user did not confirm."""


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
        elif not confirm(question + " " + t("cli.date_confirm"), default=False):
            raise _NotConfirmed(t("cli.date_not_confirmed", option=option))
    return day


def ask_act_date(value: str | None, prompt_key: str, option: str, *, repo, today: date,
                 no_input: bool) -> date:
    """The date an act was done: given, or asked for (empty: today), checked by act_date and
    asked again when it cannot be right."""
    while True:
        typed = value
        if typed is None and not no_input:
            typed = prompt(t(prompt_key), show_default=False).strip() or None
        try:
            return act_date(typed, option, repo=repo, today=today, no_input=no_input) or today
        except _NotConfirmed:
            if no_input:
                raise
        except TiepxucError as exc:
            if no_input:
                raise
            err(exc.message)
        value = None  # a wrong date given as an option is asked for too


def ask_date(value: str | None, prompt_key: str, *, no_input: bool, option: str,
             required: bool) -> date | None:
    """A date from an option, or asked for; asked again while it cannot be read."""
    while True:
        text = ask(value, prompt_key, no_input=no_input, required=required, option=option)
        if text is None:
            return None
        try:
            return parse_date_option(text, option)
        except TiepxucError as exc:
            if no_input or not prompt_key:
                raise
            err(exc.message)
        value = None
