"""How tiepxuc is installed and started: templates inside the wheel, a light `--help`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pydantic", "yaml", "jinja2", "docx", "holidays", "rich", "slugify", "xlsxwriter")


def test_help_does_not_import_heavy_libraries():
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "tiepxuc", "--help"],
                            capture_output=True, text=True, check=True)
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "typer" in imported
    assert not imported & set(HEAVY), sorted(imported & set(HEAVY))


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "tiepxuc", "--version"], capture_output=True,
                            text=True, check=True)
    assert result.stdout.startswith("tiepxuc ")


def test_wheel_carries_the_templates_and_profiles(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("tiepxuc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            assert f"tiepxuc/templates/{template.relative_to(ROOT / 'templates').as_posix()}" in names
    assert "tiepxuc/rules/profiles.yaml" in names
    assert any(n.endswith("entry_points.txt") for n in names)
