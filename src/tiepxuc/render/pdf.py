"""A rendered .docx converted to PDF by LibreOffice, wherever it is installed.

The Windows installer does not put ``soffice`` on PATH, so the usual install folders are looked
at too; ``TIEPXUC_SOFFICE`` names an unusual place.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t

ENV = "TIEPXUC_SOFFICE"


def _installed() -> list[Path]:
    """Where the installers put soffice: 64-bit Windows first, then 32-bit, then macOS."""
    places = []
    for variable in ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)"):
        base = os.environ.get(variable)
        if base:
            places.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    places.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return places


def find_office() -> Path | None:
    named = os.environ.get(ENV)
    if named:
        path = Path(named)
        if not path.is_file():
            raise TiepxucError(t("render.office_variable", variable=ENV, path=named))
        return path
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return Path(found)
    return next((p for p in _installed() if p.is_file()), None)


def to_pdf(path: Path) -> Path:
    """``path`` (a .docx) as a PDF beside it."""
    office = find_office()
    if office is None:
        raise TiepxucError(t("render.no_libreoffice", variable=ENV))
    with tempfile.TemporaryDirectory() as profile_dir:
        # A profile of its own, so that an open LibreOffice window does not take the job; as a
        # proper file:/// URL (``file://C:\\…`` makes soffice fail without a word on Windows).
        try:
            result = subprocess.run(
                [str(office), f"-env:UserInstallation={Path(profile_dir).as_uri()}",
                 "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=180,
            )
        except subprocess.TimeoutExpired:
            raise TiepxucError(t("render.pdf_failed", detail=t("render.pdf_timeout"))) from None
        except OSError as exc:  # not a program (TIEPXUC_SOFFICE names some other file)
            raise TiepxucError(t("render.pdf_failed", detail=t(
                "render.pdf_not_program", path=str(office),
                reason=exc.strerror or type(exc).__name__))) from None
    target = path.with_suffix(".pdf")
    if result.returncode != 0 or not target.exists():
        detail = (result.stderr or result.stdout).strip() or t("render.pdf_silent",
                                                               code=result.returncode)
        raise TiepxucError(t("render.pdf_failed", detail=detail))
    return target
