"""`tiepxuc rules` and `tiepxuc explain`."""


import json
from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import handle_errors
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t


def _profile(profile_id: str | None):
    """The named profile, or the repository's own (with its overrides), or the default."""
    from tiepxuc.layout import find_root
    from tiepxuc.rules.profiles import load_profile, profile_ids

    if profile_id is not None:
        if profile_id not in profile_ids():
            raise TiepxucError(t("cli.rules.unknown_profile", profile=profile_id,
                                 known=", ".join(profile_ids())))
        return load_profile(profile_id)[0]
    from pathlib import Path

    from tiepxuc.errors import NotARepositoryError

    try:
        root = find_root(Path.cwd())
    except NotARepositoryError:
        return load_profile()[0]
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    return active_profile(load(root))[0]


def _value(spec, profile) -> str:
    from tiepxuc.rules.profiles import format_value

    if spec.param is None:
        return "—"
    return format_value(profile.value(spec.param), spec.param)


@handle_errors
def rules(
    profile_id: Annotated[Optional[str], typer.Option(
        "--profile", metavar="BỘ", help=t("cli.rules.opt_profile"))] = None,
    list_profiles: Annotated[bool, typer.Option(
        "--profiles", help=t("cli.rules.opt_profiles"))] = False,
    as_json: Annotated[bool, typer.Option("--json", help=t("cli.rules.opt_json"))] = False,
) -> None:
    from tiepxuc.rules.catalogue import RULES
    from tiepxuc.rules.profiles import load_profile, profile_ids

    if list_profiles:
        rows = [load_profile(pid)[0] for pid in profile_ids()]
        if as_json:
            typer.echo(json.dumps([{"id": p.id, "title": p.title, "summary": p.summary}
                                   for p in rows], ensure_ascii=False, indent=2))
            return
        for p in rows:
            typer.echo(f"{p.id}: {p.title}\n    {p.summary}")
        return
    profile = _profile(profile_id)
    specs = sorted(RULES.values(), key=lambda s: (s.param is None and s.check is None, s.id))
    if as_json:
        typer.echo(json.dumps([{
            "rule": s.id, "severity": str(s.severity), "title": t(f"rule.{s.id}.title"),
            "param": s.param, "value": _value(s, profile), "basis": s.basis(profile),
        } for s in specs], ensure_ascii=False, indent=2))
        return
    # One block per rule: readable in a narrow terminal and in a pipe alike.
    typer.echo(t("cli.rules.title", profile=profile.id, title=profile.title))
    for spec in specs:
        typer.echo("")
        typer.echo(f"{spec.id} [{t('severity.' + spec.severity)}] {t(f'rule.{spec.id}.title')}")
        if spec.param is not None:
            typer.echo(f"    {t('cli.rules.col_value')}: {_value(spec, profile)}")
        typer.echo(f"    {t('cli.rules.col_basis')}: {spec.basis(profile)}")


@handle_errors
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="MÃ-QUY-TẮC", help=t("cli.explain.arg"))],
    profile_id: Annotated[Optional[str], typer.Option(
        "--profile", metavar="BỘ", help=t("cli.rules.opt_profile"))] = None,
) -> None:
    import difflib

    from tiepxuc.rules.catalogue import RULES

    spec = RULES.get(rule_id.strip().upper())
    if spec is None:
        close = difflib.get_close_matches(rule_id.upper(), list(RULES), n=1, cutoff=0.4)
        hint = t("check.did_you_mean", suggestion=close[0]) if close else ""
        raise TiepxucError(t("cli.explain.unknown", rule=rule_id, hint=hint))
    profile = _profile(profile_id)
    lines = [
        f"{spec.id} — {t(f'rule.{spec.id}.title')}",
        f"{t('cli.explain.severity')}: {t('severity.' + spec.severity)}",
        "",
        t(f"rule.{spec.id}.explain"),
        "",
    ]
    if spec.param is not None:
        lines.append(t("cli.explain.value", profile=profile.id, value=_value(spec, profile)))
    lines += [
        f"{t('cli.explain.basis')}: {spec.basis(profile)}",
        f"{t('cli.explain.fix')}: {t(f'rule.{spec.id}.fix')}",
    ]
    typer.echo("\n".join(lines))
