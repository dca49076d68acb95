"""`tiepxuc render KIND TARGET`."""

from typing import Annotated, Optional

import typer

from tiepxuc.cli._common import err, handle_errors, progress_bar, repo_root
from tiepxuc.messages import t


@handle_errors
def render(
    kind: Annotated[str, typer.Argument(metavar="LOẠI", help=t("render.arg_kind"))],
    target: Annotated[str, typer.Argument(metavar="ĐỐI-TƯỢNG", help=t("render.arg_target"))],
    output: Annotated[Optional[str], typer.Option(
        "-o", "--output", metavar="TỆP", help=t("render.opt_output"))] = None,
    public: Annotated[bool, typer.Option("--public", help=t("render.opt_public"))] = False,
    pdf: Annotated[bool, typer.Option("--pdf", help=t("render.opt_pdf"))] = False,
    units: Annotated[Optional[list[str]], typer.Option(
        "--unit", metavar="ĐƠN-VỊ", help=t("render.opt_unit"))] = None,
) -> None:
    from tiepxuc.calendar import today_in_vietnam
    from tiepxuc.fileio import atomic_write_bytes
    from tiepxuc.paths import output_path
    from tiepxuc.render import default_output
    from tiepxuc.render import render as render_document
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    kind = _kind(kind)
    repo = load(repo_root())
    profile, _ = active_profile(repo)
    target = _target(repo, kind, target)
    # The annual report of a roll-up reads every unit: a progress bar when that takes long.
    with progress_bar(enabled=kind == "report" and bool(repo.unit and repo.unit.units)) as progress:
        rendered = render_document(repo, profile, kind, target, public, today_in_vietnam(),
                                   units=units, progress=progress)
    for warning in rendered.warnings:
        err(t("cli.warning", message=warning))
    # The default place is out/ in the repository: never through a link leading elsewhere
    # (the PDF made beside it included).
    path = output_path(repo.root, output, default_output(repo, rendered))
    if pdf and not output:
        output_path(repo.root, None, path.with_suffix(".pdf"))
    try:
        atomic_write_bytes(path, rendered.data)
    except OSError as exc:  # a full disk, a read-only folder: said plainly, nothing half-written
        from tiepxuc.errors import TiepxucError

        raise TiepxucError(t("safety.write_failed", path=str(path),
                             reason=exc.strerror or type(exc).__name__)) from None
    typer.echo(t("render.done", path=str(path)))
    if pdf:
        from tiepxuc.render.pdf import to_pdf

        typer.echo(t("render.done", path=str(to_pdf(path))))


def _kind(given: str) -> str:
    """The kind of document, by its code (capitals do not matter); another word is refused
    with the closest kind suggested, by its code or its name (“bien ban” → minutes)."""
    from tiepxuc.cli._common import match, suggest
    from tiepxuc.errors import TiepxucError
    from tiepxuc.messages import t_vi, typed
    from tiepxuc.render import KINDS

    names = {kind: [t(f"cli.render.kind_{kind}"), t_vi(f"cli.render.kind_{kind}")]
             for kind in KINDS}
    found = match(given, {kind: [] for kind in KINDS})
    if found is not None:
        return found
    close = suggest(given, names)
    raise TiepxucError(t("cli.render.unknown_kind", kind=typed(given), kinds=", ".join(KINDS),
                         hint=" " + t("cli.did_you_mean", value=close) if close else ""))


def _target(repo, kind: str, target: str) -> str:
    """A conclusion notice named by a beginning of its ID (“tb-2026-06-12”) is named in full;
    sessions may already be shortened, plans are named by their year."""
    from tiepxuc.facts import require_id

    require_id(target)
    if kind != "conclusion" or any(r.model.id == target for r in repo.conclusions):
        return target
    notices = [r.model.id for r in repo.conclusions if r.model.id.startswith(target)]
    return notices[0] if len(notices) == 1 else target
