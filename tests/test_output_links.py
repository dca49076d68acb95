"""Every command that writes a file under the repository by default (render, export json,
export ics) decides where in one place (paths.output_path): the default place under out/ must
stay inside the repository with links followed, else nothing is written and the message says
why; an ``-o PATH`` the user gives is the user's choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run
from test_hostile_input import clean, vietnamese

# command → (arguments, the file it writes under out/ by default)
COMMANDS = {
    "render-plan": (("render", "plan", "2024"), "ke-hoach-2024.docx"),
    "render-report": (("render", "report", "2024"), "bao-cao-2024.docx"),
    "render-public": (("render", "conclusion", "tb-2024-06-24", "--public"), None),
    "export-json": (("export", "json"), "tiepxuc.json"),
    "export-json-public": (("export", "json", "--public"), "tiepxuc-cong-khai.json"),
    "export-ics": (("export", "ics", "--as-of", "2024-06-20"), "tiepxuc.ics"),
    "export-ics-public": (("export", "ics", "--public", "--as-of", "2024-06-20"),
                          "tiepxuc-cong-khai.ics"),
}


@pytest.fixture
def outside(tmp_path) -> Path:
    folder = tmp_path / "ngoai-kho"
    folder.mkdir()
    return folder


def refused(result) -> None:
    clean(result)
    assert result.exit_code == 2, result.output
    assert "ra ngoài kho hồ sơ" in result.stderr, result.output
    assert "Lỗi không mong đợi" not in result.output
    vietnamese(result.stderr)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_out_folder_linking_outside_is_refused(make_repo, outside, command):
    root = make_repo()
    (root / "out").symlink_to(outside, target_is_directory=True)
    args, _ = COMMANDS[command]
    refused(run("-C", str(root), *args))
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_output_chosen_by_the_user_is_written(make_repo, outside, command):
    root = make_repo()
    (root / "out").symlink_to(outside, target_is_directory=True)
    args, _ = COMMANDS[command]
    chosen = outside / "chon.bin"
    result = run("-C", str(root), *args, "-o", str(chosen))
    clean(result)
    assert result.exit_code == 0, result.output
    assert chosen.is_file() and chosen.stat().st_size > 0


@pytest.mark.parametrize("command", sorted(c for c in COMMANDS if COMMANDS[c][1]))
def test_the_default_output_is_written_under_out(make_repo, command):
    root = make_repo()
    args, name = COMMANDS[command]
    result = run("-C", str(root), *args)
    clean(result)
    assert result.exit_code == 0, result.output
    assert (root / "out" / name).is_file()


@pytest.mark.parametrize("command", sorted(c for c in COMMANDS if COMMANDS[c][1]))
def test_an_output_file_linking_outside_is_refused(make_repo, outside, command):
    """out/ is a real folder, but the file written there is a link to a file elsewhere."""
    root = make_repo()
    args, name = COMMANDS[command]
    target = outside / "cua-nguoi-khac.txt"
    target.write_text("không được ghi đè", encoding="utf-8")
    (root / "out").mkdir()
    (root / "out" / name).symlink_to(target)
    refused(run("-C", str(root), *args))
    assert target.read_text(encoding="utf-8") == "không được ghi đè"


def test_the_pdf_beside_the_document_is_checked_too(make_repo, outside):
    root = make_repo()
    (root / "out").mkdir()
    (root / "out" / "ke-hoach-2024.pdf").symlink_to(outside / "ke-hoach.pdf")
    refused(run("-C", str(root), "render", "plan", "2024", "--pdf"))
    assert not (root / "out" / "ke-hoach-2024.docx").exists()  # nothing written at all
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("command", ["export-json", "export-ics"])
def test_standard_output_needs_no_folder(make_repo, outside, command):
    root = make_repo()
    (root / "out").symlink_to(outside, target_is_directory=True)
    args, _ = COMMANDS[command]
    result = run("-C", str(root), *args, "-o", "-")
    clean(result)
    assert result.exit_code == 0 and result.stdout
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("command", ["render-plan", "export-json", "export-ics"])
def test_an_output_that_cannot_be_written_is_said_plainly(make_repo, command):
    """out is a file, not a folder: a clear message, not an unexpected error."""
    root = make_repo()
    (root / "out").write_text("", encoding="utf-8")
    args, _ = COMMANDS[command]
    result = run("-C", str(root), *args)
    clean(result)
    assert result.exit_code == 2, result.output
    assert "Lỗi không mong đợi" not in result.output
    assert "Không ghi được tệp" in result.stderr, result.output
    vietnamese(result.stderr)


def test_output_path(tmp_path, outside):
    from tiepxuc.paths import OutsideRepositoryError, output_path

    root = tmp_path / "kho"
    (root / "out").mkdir(parents=True)
    default = root / "out" / "a.docx"
    assert output_path(root, None, default) == default
    assert output_path(root, "", default) == default
    assert output_path(root, str(outside / "b.docx"), default) == outside / "b.docx"
    (root / "out").rmdir()
    (root / "out").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutsideRepositoryError):
        output_path(root, None, default)
    assert output_path(root, "chon.docx", default) == Path("chon.docx")
