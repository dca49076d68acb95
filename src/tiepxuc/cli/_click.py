"""Click's own words — usage lines, help headings, its errors — in the user's language.

Click writes them through gettext, which picks its language from the environment (LANGUAGE,
LANG…): setting those would also switch git's messages, which tiepxuc reads. So the words are
put in Click's public places instead: the context's ``formatter_class`` (usage prefix, headings,
“[mặc định: …]”), each command's help option and metavars, and the root group's ``main``, which
shows Click's errors (``NoSuchCommand``, ``MissingParameter``…) from their attributes, once and
in the catalogue's words. With ``TIEPXUC_LANG=en`` the catalogue gives Click's English back.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click
from typer.core import TyperCommand, TyperGroup

from tiepxuc.messages import t, typed

# Click's headings and the notes it adds after an option's help, by their English words.
_HEADINGS = {"Options": "click.options", "Commands": "click.commands",
             "Arguments": "click.arguments", "Positional arguments": "click.arguments"}
_NOTES = re.compile(r"\[([^\[\]]*)\]$")


def _note(part: str) -> str:
    if part == "required":
        return t("click.required")
    if part.startswith("default: "):
        return t("click.default", value=part[len("default: "):])
    return part


class Formatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, t("click.usage") + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        key = _HEADINGS.get(heading)
        super().write_heading(t(key) if key else heading)

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        def noted(text: str) -> str:
            found = _NOTES.search(text)
            if found is None:
                return text
            notes = "; ".join(_note(part) for part in found.group(1).split("; "))
            return f"{text[:found.start()]}[{notes}]"

        super().write_dl([(term, noted(text)) for term, text in rows], col_max, col_spacing)


class Context(click.Context):
    formatter_class = Formatter


class _Localised:
    context_class = Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.options_metavar == "[OPTIONS]":
            self.options_metavar = t("click.options_metavar")
        for param in self.params:  # “--name TEXT”: the value's kind in words people read
            if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
                number = isinstance(param.type, (click.types.IntParamType,
                                                 click.types.FloatParamType))
                param.metavar = t("click.metavar_number" if number else "click.metavar_text")

    def get_help_option(self, ctx: click.Context):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = t("click.help_option")
        return option


class Command(_Localised, TyperCommand):
    """A command whose help and errors speak the user's language."""


class Group(_Localised, TyperGroup):
    """A group of commands (the root, ``petition``…) speaking the user's language; the root's
    ``main`` shows Click's errors in the catalogue's words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["suggest_commands"] = False  # Click suggests already: “Did you mean” once
        super().__init__(*args, **kwargs)
        if self.subcommand_metavar == "COMMAND [ARGS]...":
            self.subcommand_metavar = t("click.commands_metavar")

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            # Not standalone: Click's errors come back here instead of being shown in English.
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            show(exc)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo(t("click.aborted"), err=True)
            sys.exit(1)
        # A command's return value, or the status of the Exit it raised.
        sys.exit(result if isinstance(result, int) and not isinstance(result, bool) else 0)


# ---------------------------------------------------------------- Click's errors


def _quoted(names: list[str]) -> str:
    return ", ".join(t("click.quoted", name=typed(name)) for name in sorted(names))


def _suggestion(possibilities) -> str:
    return " " + t("click.did_you_mean", names=_quoted(possibilities)) if possibilities else ""


def _param_name(exc: click.BadParameter) -> str | None:
    hint = exc.param_hint
    if hint is not None:
        return hint if isinstance(hint, str) else " / ".join(hint)
    if exc.param is None:
        return None
    if isinstance(exc.param, click.Option):
        return " / ".join(exc.param.opts)
    return exc.param.human_readable_name


# What Click's parameter types say, by their English words (``click/types.py``).
_DETAILS = [
    (re.compile(r"'(?P<value>.*)' is not a valid (?:integer|float)\.?$", re.S),
     "click.not_number"),
    (re.compile(r"(?P<value>.*) is not in the range (?P<range>.*?)\.?$", re.S),
     "click.out_of_range"),
    (re.compile(r"'(?P<value>.*)' is not (?:one of )?(?P<choices>.*?)\.?$", re.S),
     "click.not_a_choice"),
]
_PARSER = [
    (re.compile(r"Option '(?P<name>[^']*)' requires (?:an argument|\d+ arguments)\.?$"),
     "click.requires_value"),
    (re.compile(r"Option '(?P<name>[^']*)' does not take a value\.?$"), "click.takes_no_value"),
    (re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)$", re.S),
     "click.extra_arguments"),
    (re.compile(r"Missing command\.?$"), "click.missing_command"),
]


def _detail(message: str, table) -> str:
    for pattern, key in table:
        found = pattern.match(message)
        if found is not None:
            values = found.groupdict()
            if "value" in values:
                values["value"] = typed(values["value"])
            if "args" in values:  # what was typed may be a citizen's name: then not repeated
                words = values["args"].split()
                if any(typed(word) != word for word in words):
                    return t("click.extra_words")
                values["args"] = " ".join(words)
            return t(key, **values)
    return message


def describe(exc: click.ClickException) -> str:
    """The error in the catalogue's words, built from the exception's attributes."""
    if isinstance(exc, click.exceptions.NoSuchCommand):
        return t("click.no_such_command", name=typed(exc.command_name)) + \
            _suggestion(exc.possibilities)
    if isinstance(exc, click.NoSuchOption):
        return t("click.no_such_option", name=typed(exc.option_name)) + \
            _suggestion(exc.possibilities)
    if isinstance(exc, click.MissingParameter):
        name = _param_name(exc) or ""
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "parameter")
        key = "click.missing_option" if kind == "option" else "click.missing_argument"
        return t(key, name=name)
    if isinstance(exc, click.BadParameter):
        detail = _detail(exc.message, _DETAILS)
        name = _param_name(exc)
        return t("click.invalid_value_for", name=name, message=detail) if name else \
            t("click.invalid_value", message=detail)
    if isinstance(exc, click.UsageError):
        return _detail(exc.message, _PARSER)
    return exc.format_message()


def show(exc: click.ClickException) -> None:
    """What standalone Click prints for ``exc``, in the user's language."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError):  # the help page itself
        click.echo(exc.format_message(), err=True, color=exc.ctx.color)
        return
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            names = ctx.command.get_help_option_names(ctx)
            hint = t("click.try_help", command=ctx.command_path, option=max(names, key=len)) + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", err=True, color=ctx.color)
    click.echo(t("cli.error", message=describe(exc)), err=True)
