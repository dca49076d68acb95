"""Nothing outside the repository is read or written, templates cannot escape the sandbox, and a
failed or interrupted command leaves every record as it was."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from conftest import git, run
from test_lifecycle import UNANSWERED, WAITING, answer_later, commits, petition_file

SECRET = "BÍ MẬT: không được đọc"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file's bytes, outside .git and the cache."""
    out = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in (".git", ".tiepxuc")]
        for name in files:
            path = Path(folder, name)
            out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


@pytest.fixture
def kho(make_repo):
    return make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "ngoai-kho" / "bi-mat.txt"
    path.parent.mkdir()
    path.write_text(SECRET, encoding="utf-8")
    return path


# ---------------------------------------------------------------- templates


def _render_with(root: Path, template: str):
    folder = root / "templates" / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plan.j2").write_text(template, encoding="utf-8")
    return run("-C", str(root), "render", "plan", "2024")


@pytest.mark.parametrize("template", [
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../etc/passwd' %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('echo pwned').read() }}",
    "{{ self.__init__.__globals__['__builtins__']['open']('/etc/passwd').read() }}",
    "{% import 'os' as os %}{{ os.system('echo pwned') }}",
])
def test_a_repository_template_cannot_read_files_or_run_code(make_repo, template):
    root = make_repo()
    result = _render_with(root, template)
    assert result.exit_code == 2, result.output
    assert "root:" not in result.output and "pwned" not in result.output
    assert "Traceback" not in result.output
    assert "plan.j2" in result.stderr  # names the template that failed
    assert not (root / "out").exists()


def test_a_template_that_links_outside_is_not_read(make_repo, secret):
    root = make_repo()
    folder = root / "templates" / "documents"
    folder.mkdir(parents=True)
    (folder / "extra.j2").symlink_to(secret)
    result = _render_with(root, "{% include 'documents/extra.j2' %}")
    assert result.exit_code == 2
    assert SECRET not in result.output
    assert "documents/extra.j2" in result.stderr


def test_a_repository_template_still_overrides_a_shipped_one(make_repo):
    root = make_repo()
    result = _render_with(root, "{{ heading(1, 'Mục riêng của đơn vị') }}\n")
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- paths


def test_a_folder_linking_outside_is_not_written_through(kho, tmp_path):
    """`petitions/2024` is a link to a folder elsewhere: a new petition is not written there."""
    outside = tmp_path / "ngoai-kho-2"
    (kho / "petitions" / "2024").rename(outside)
    (kho / "petitions" / "2024").symlink_to(outside, target_is_directory=True)
    before = sorted(p.name for p in outside.iterdir())
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session",
                 "2024-10-17-chuyen-de", "--name", "Ngô Thị Lan", "--field", "moi-truong",
                 "--content", "Cống bị tắc")
    assert result.exit_code == 2, result.output
    assert "ra ngoài kho hồ sơ" in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == before


def test_the_default_output_folder_linking_outside_is_refused(make_repo, tmp_path):
    root = make_repo()
    outside = tmp_path / "ngoai-kho-3"
    outside.mkdir()
    (root / "out").symlink_to(outside, target_is_directory=True)
    result = run("-C", str(root), "render", "plan", "2024")
    assert result.exit_code == 2
    assert "ra ngoài kho hồ sơ" in result.stderr
    assert list(outside.iterdir()) == []
    # an output chosen by the user is the user's choice
    chosen = tmp_path / "ke-hoach.docx"
    assert run("-C", str(root), "render", "plan", "2024", "-o", str(chosen)).exit_code == 0
    assert chosen.exists()


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "..", "kn-../x"])
def test_ids_that_look_like_paths_find_nothing(kho, target):
    before = snapshot(kho)
    for args in (("history", target), ("petition", "answer", target, "--no-input",
                                       "--kind", "answered"),
                 ("render", "conclusion", target), ("issue", target)):
        result = run("-C", str(kho), *args)
        assert result.exit_code == 2, (args, result.output)
        assert "root:" not in result.output and "Traceback" not in result.output
    assert snapshot(kho) == before


# ---------------------------------------------------------------- never lose a record


def test_a_write_failing_half_way_keeps_the_old_file(kho, monkeypatch):
    from tiepxuc import fileio

    before = snapshot(kho)
    real_fsync = os.fsync

    def disk_full(fd):
        os.write(fd, b"\0" * 10)  # something was written…
        raise OSError(28, "No space left on device")  # …then the disk filled up

    monkeypatch.setattr(fileio.os, "fsync", disk_full)
    result = answer_later(kho)
    monkeypatch.setattr(fileio.os, "fsync", real_fsync)
    assert result.exit_code == 2
    assert "Không ghi được tệp" in result.stderr and "No space left" in result.stderr
    assert snapshot(kho) == before  # the old file intact, no temporary file left
    assert git(kho, "status", "--porcelain") == ""


def test_a_failing_commit_puts_every_file_back(kho, monkeypatch):
    from tiepxuc import vcs

    before, count = snapshot(kho), commits(kho)

    def broken(*args, **kwargs):
        raise vcs.GitError("fatal: unable to write new index file")

    monkeypatch.setattr(vcs, "make_commit", broken)
    answer_later(kho)
    assert snapshot(kho) == before and commits(kho) == count


def test_ctrl_c_while_writing_leaves_the_repository_as_it_was(kho, monkeypatch):
    """The interrupt arrives while the record is being written: it is held until the write is
    done, then the change is undone and the command stops with status 130."""
    from tiepxuc import fileio

    before, count = snapshot(kho), commits(kho)
    real = fileio.atomic_write

    def write_then_interrupt(path, text, **options):
        real(path, text, **options)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, just after the file was replaced

    monkeypatch.setattr("tiepxuc.audit.changes.atomic_write", write_then_interrupt)
    result = answer_later(kho)
    assert result.exit_code == 130
    assert "Đã dừng theo yêu cầu" in result.stderr
    assert snapshot(kho) == before and commits(kho) == count
    assert git(kho, "status", "--porcelain") == ""


def test_ctrl_c_during_the_commit_leaves_the_repository_as_it_was(kho, monkeypatch):
    from tiepxuc import vcs

    before, count = snapshot(kho), commits(kho)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(vcs, "land", interrupted)
    result = answer_later(kho)
    assert result.exit_code == 130
    assert snapshot(kho) == before and commits(kho) == count
    assert petition_file(kho).read_text(encoding="utf-8") == UNANSWERED


def test_ctrl_c_after_git_committed_keeps_the_whole_change(kho, monkeypatch):
    """Ctrl-C just after the branch moved to our commit: the change is whole, nothing undone."""
    from tiepxuc import vcs

    count, real = commits(kho), vcs.land

    def land_then_interrupt(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(vcs, "land", land_then_interrupt)
    result = answer_later(kho)
    assert result.exit_code == 130
    assert commits(kho) == count + 1
    assert git(kho, "status", "--porcelain") == ""
    assert "assignment" in petition_file(kho).read_text(encoding="utf-8")


def test_relative_paths_as_messages_show_them(tmp_path):
    from tiepxuc.paths import relative

    assert relative(tmp_path / "petitions" / "2024" / "a.yaml", tmp_path) == "petitions/2024/a.yaml"
    assert relative(tmp_path, tmp_path) == "."
    assert relative("/elsewhere/a.yaml", tmp_path) == "/elsewhere/a.yaml"
    assert relative(str(tmp_path) + "-other/a.yaml", tmp_path) == str(tmp_path) + "-other/a.yaml"
