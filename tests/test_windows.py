"""What a Windows office meets: output to pipes in the ANSI code page, files checked out with
CRLF line endings, LibreOffice outside PATH, shared folders, the process-pool limit."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import git, git_commit_all, run

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WARD = "phuong-dinh-ke-2024"


@pytest.fixture(scope="module")
def ward(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("windows") / WARD
    shutil.copytree(EXAMPLES / WARD, root, ignore=shutil.ignore_patterns(".tiepxuc", "out"))
    return root


def tiepxuc(root: Path, *args: str, encoding: str) -> subprocess.CompletedProcess:
    """The command in a process of its own whose pipes Python would write in ``encoding``
    (as on Windows, where a pipe or a file gets the ANSI code page)."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-m", "tiepxuc", "-C", str(root), *args],
                          capture_output=True, env=env, timeout=120)


# ---------------------------------------------------------------- output in the ANSI code page


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258"])
@pytest.mark.parametrize(("args", "status", "is_json"), [
    (("check-deadlines", "--as-of", "2024-12-31"), 1, False),
    (("check-deadlines", "--as-of", "2024-12-31", "--json"), 1, True),
    (("validate", "--as-of", "2024-12-31"), 0, False),
    (("report", "2024", "--json"), 0, True),
], ids=["check-deadlines", "check-deadlines-json", "validate", "report-json"])
def test_output_to_a_pipe_is_utf8_whatever_the_code_page(ward, encoding, args, status, is_json):
    done = tiepxuc(ward, *args, encoding=encoding)
    assert done.returncode == status, done.stderr.decode("utf-8", "replace")
    out, errors = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")  # strict: UTF-8
    assert "Traceback" not in errors and "UnicodeEncodeError" not in errors
    assert (out + errors).strip()
    if is_json:
        assert json.loads(out)
        assert any(ch in out for ch in "ảệừịọ")  # Vietnamese, not escapes
    else:
        assert any(ch in out + errors for ch in "ảệừịọ")


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258"])
def test_problems_reach_a_pipe_in_utf8(make_repo, encoding):
    """validate's problems (stdout) and its summary (stderr), in Vietnamese, through pipes."""
    root = make_repo({"sessions/2024/2024-06-14-dinh-ky.yaml": "id: 2024-06-14-dinh-ky\nkind: hội nghị\n"})
    done = tiepxuc(root, "validate", "--as-of", "2025-01-15", encoding=encoding)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    out, errors = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert "sessions/2024/2024-06-14-dinh-ky.yaml:2:" in out and "lỗi" in out
    assert "hội nghị" in out or "Thiếu" in out
    assert "lỗi" in errors and "Traceback" not in errors


def test_check_deadlines_json_to_a_file_is_valid_utf8(ward, tmp_path):
    """`PYTHONIOENCODING=cp1252 tiepxuc check-deadlines --json > f` gives valid UTF-8 JSON."""
    target = tmp_path / "out.json"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": os.pathsep.join(sys.path)}
    with target.open("wb") as handle:
        done = subprocess.run([sys.executable, "-m", "tiepxuc", "-C", str(ward),
                               "check-deadlines", "--as-of", "2024-12-31", "--json"],
                              stdout=handle, stderr=subprocess.PIPE, env=env, timeout=120)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    text = target.read_bytes().decode("utf-8")
    rows = json.loads(text)
    assert rows and all("due" in row for row in rows)
    assert any("Đảng ủy" in row["title"] or "kiến nghị" in row["title"].lower() or
               any(ord(ch) > 127 for ch in row["title"]) for row in rows)


# ---------------------------------------------------------------- CRLF working copies


def crlf_lines(data: bytes) -> tuple[int, int]:
    """(lines ending in CRLF, lines ending in a bare LF)."""
    crlf = data.count(b"\r\n")
    return crlf, data.count(b"\n") - crlf


@pytest.fixture
def crlf_clone(make_repo, tmp_path) -> Path:
    """A clone made as Git for Windows makes it (core.autocrlf=true): records in CRLF."""
    from test_lifecycle import UNANSWERED, WAITING

    origin = make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "-c", "core.autocrlf=true", "clone", "-q", str(origin), str(clone)],
                   check=True, capture_output=True)
    git(clone, "config", "core.autocrlf", "true")
    return clone


def test_lifecycle_edits_keep_crlf_throughout(crlf_clone):
    from test_lifecycle import WAITING, answer_later

    path = crlf_clone / "petitions" / "2024" / f"{WAITING}.yaml"
    before = path.read_bytes()
    crlf, lf = crlf_lines(before)
    assert crlf > 5 and lf == 0, "the clone should have CRLF files"
    result = answer_later(crlf_clone)
    assert result.exit_code == 0, result.output
    result = run("-C", str(crlf_clone), "petition", "reply", WAITING, "--no-input",
                 "--date", "2024-08-01", "--document", "Văn bản số 171/UBND",
                 "--content", "Đang khảo sát hiện trạng, sẽ sửa chữa trong quý IV",
                 "--new-deadline", "2024-11-29")
    assert result.exit_code == 0, result.output
    after = path.read_bytes()
    crlf_after, lf_after = crlf_lines(after)
    assert lf_after == 0 and crlf_after > crlf, after.decode("utf-8")
    assert b"# \xc4\x91\xe1\xbb\x83 tr\xe1\xbb\x91ng" in after  # comments kept ("# để trống")
    assert git(crlf_clone, "status", "--porcelain") == ""
    # In the repository itself the file is stored with LF, as everyone else sees it.
    stored = subprocess.run(["git", "cat-file", "-p", f"HEAD:petitions/2024/{WAITING}.yaml"],
                            cwd=crlf_clone, capture_output=True, check=True).stdout
    assert b"\r\n" not in stored and b"reply" in stored or b"replies" in stored


def test_init_keeps_records_lf_and_long_paths(tmp_path):
    result = run("init", str(tmp_path / "don-vi"), "--no-input", "--name", "Phường An Bình",
                 "--secretary", "Nguyễn Văn An", "--council-chair", "Trần Thị Bình",
                 "--committee-chair", "Phạm Văn Dũng", "--since", "2021-06-25")
    assert result.exit_code == 0, result.output
    root = tmp_path / "don-vi"
    attributes = (root / ".gitattributes").read_text(encoding="utf-8")
    assert "*.yaml text eol=lf" in attributes
    assert git(root, "config", "--get", "core.longpaths") == "true"
    # …and git applies them: a CRLF record is stored with LF.
    record = root / "petitions" / "2021" / "kn-thu.yaml"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(b"id: kn-thu\r\ncontent: th\xe1\xbb\xad\r\n")
    git(root, "add", str(record))
    staged = subprocess.run(["git", "show", ":petitions/2021/kn-thu.yaml"], cwd=root,
                            capture_output=True, check=True).stdout
    assert staged == b"id: kn-thu\ncontent: th\xe1\xbb\xad\n"


# ---------------------------------------------------------------- LibreOffice on Windows


def test_libreoffice_is_found_where_the_windows_installer_puts_it(tmp_path, monkeypatch):
    from tiepxuc.render.pdf import find_office

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("TIEPXUC_SOFFICE", raising=False)
    program_files = tmp_path / "Program Files"
    x86 = tmp_path / "Program Files (x86)"
    monkeypatch.setenv("ProgramFiles", str(program_files))
    monkeypatch.setenv("ProgramFiles(x86)", str(x86))
    monkeypatch.setenv("ProgramW6432", str(program_files))
    assert find_office() is None
    exe = x86 / "LibreOffice" / "program" / "soffice.exe"
    exe.parent.mkdir(parents=True)
    exe.write_bytes(b"")
    assert find_office() == exe
    main = program_files / "LibreOffice" / "program" / "soffice.exe"
    main.parent.mkdir(parents=True)
    main.write_bytes(b"")
    assert find_office() == main  # the 64-bit one first
    # An unusual place, named by the office.
    odd = tmp_path / "Ứng dụng" / "soffice.exe"
    odd.parent.mkdir()
    odd.write_bytes(b"")
    monkeypatch.setenv("TIEPXUC_SOFFICE", str(odd))
    assert find_office() == odd


def test_a_missing_libreoffice_named_by_the_variable_is_said(tmp_path, monkeypatch):
    from tiepxuc.errors import TiepxucError
    from tiepxuc.render.pdf import find_office

    monkeypatch.setenv("TIEPXUC_SOFFICE", str(tmp_path / "khong-co.exe"))
    with pytest.raises(TiepxucError) as caught:
        find_office()
    assert "TIEPXUC_SOFFICE" in caught.value.message and "khong-co.exe" in caught.value.message


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script stands in for soffice")
def test_libreoffice_gets_a_proper_profile_url_and_its_output_is_read_as_utf8(tmp_path,
                                                                              monkeypatch):
    """The profile is passed as a file:/// URL made by Path.as_uri() (``file://C:\\…`` makes
    soffice fail silently on Windows) and what soffice prints is decoded as UTF-8."""
    from tiepxuc.errors import TiepxucError
    from tiepxuc.render.pdf import to_pdf

    log = tmp_path / "args.txt"
    fake = tmp_path / "soffice"
    fake.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\n' \"$@\" > '{log}'\n"
        "printf 'L\\303\\226I: kh\\303\\264ng \\304\\221\\341\\273\\215c \\304\\221\\306\\260\\341"
        "\\273\\243c t\\341\\273\\207p\\n' >&2\n"
        "exit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("TIEPXUC_SOFFICE", str(fake))
    document = tmp_path / "Thư mục có dấu" / "bao-cao.docx"
    document.parent.mkdir()
    document.write_bytes(b"PK")
    with pytest.raises(TiepxucError) as caught:
        to_pdf(document)
    assert "không đọc được tệp" in caught.value.message
    args = log.read_text(encoding="utf-8").splitlines()
    profile = next(a for a in args if a.startswith("-env:UserInstallation="))
    url = profile.split("=", 1)[1]
    assert url.startswith("file:///") and "\\" not in url
    assert args[-1] == str(document)


# ---------------------------------------------------------------- permissions, workers


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_written_get_the_users_umask_and_private_ones_stay_private(tmp_path):
    from tiepxuc.fileio import atomic_write

    old = os.umask(0o022)
    try:
        shared = tmp_path / "ho-so.yaml"
        atomic_write(shared, "id: x\n")
        assert stat.S_IMODE(shared.stat().st_mode) == 0o644
        os.umask(0o002)
        other = tmp_path / "ho-so-khac.yaml"
        atomic_write(other, "id: z\n")
        assert stat.S_IMODE(other.stat().st_mode) == 0o664
        # a file replaced keeps the mode its owner gave it
        shared.chmod(0o640)
        atomic_write(shared, "id: y\n")
        assert stat.S_IMODE(shared.stat().st_mode) == 0o640
        secret = tmp_path / "khoa"
        atomic_write(secret, "bí mật\n", private=True)
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_lifecycle_records_are_readable_by_colleagues(make_repo):
    from test_lifecycle import WAITING, UNANSWERED, answer_later

    old = os.umask(0o002)
    try:
        root = make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)
        assert answer_later(root).exit_code == 0
        path = root / "petitions" / "2024" / f"{WAITING}.yaml"
        assert stat.S_IMODE(path.stat().st_mode) == 0o664
    finally:
        os.umask(old)


def test_at_most_61_worker_processes(monkeypatch):
    from tiepxuc import workers as rollup

    monkeypatch.setattr(os, "cpu_count", lambda: 128)
    assert rollup.worker_count(10_000) == 61
    assert rollup.worker_count(3) == 3
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert rollup.worker_count(10_000) == 2


def test_init_in_an_existing_git_repository_keeps_its_settings(tmp_path):
    root = tmp_path / "san-co"
    root.mkdir()
    git(root, "init", "-q")
    (root / ".gitignore").write_text("secret.txt\n", encoding="utf-8")
    (root / ".gitattributes").write_text("*.png binary\n", encoding="utf-8")
    (root / "secret.txt").write_text("mật\n", encoding="utf-8")
    git(root, "add", ".gitignore", ".gitattributes")
    git(root, "commit", "-qm", "đã có")
    result = run("init", str(root), "--no-input", "--name", "Xã Hai", "--secretary", "A B",
                 "--council-chair", "C D", "--committee-chair", "E F", "--since", "2021-06-25")
    assert result.exit_code == 0, result.output
    ignore = (root / ".gitignore").read_text(encoding="utf-8")
    attributes = (root / ".gitattributes").read_text(encoding="utf-8")
    assert ignore.startswith("secret.txt\n") and "out/" in ignore and "private/" in ignore
    assert attributes.startswith("*.png binary\n") and "*.yaml text eol=lf" in attributes
    assert git(root, "status", "--porcelain") == ""  # secret.txt still ignored
    assert git(root, "config", "--get", "core.longpaths") == "true"


def test_new_records_in_a_crlf_checkout_are_crlf_and_a_bom_is_kept(crlf_clone):
    from test_lifecycle import WAITING, answer_later

    path = crlf_clone / "petitions" / "2024" / f"{WAITING}.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # saved by Notepad
    git(crlf_clone, "commit", "-qam", "Notepad")
    assert answer_later(crlf_clone).exit_code == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert crlf_lines(path.read_bytes())[1] == 0
    result = run("-C", str(crlf_clone), "conclude", "2024-10-17-chuyen-de")
    assert result.exit_code == 0, result.output
    notice = next((crlf_clone / "conclusions" / "2024").glob("tb-2024-10-17-*.yaml"))
    crlf, lf = crlf_lines(notice.read_bytes())
    assert crlf > 5 and lf == 0
    assert git(crlf_clone, "status", "--porcelain") == ""


@pytest.mark.skipif(os.name == "nt", reason="POSIX programs stand in for soffice")
@pytest.mark.parametrize(("program", "needle"), [
    ("/etc/hostname", "không chạy được"), ("/bin/false", "không báo lý do")])
def test_a_libreoffice_that_is_not_one_is_said_clearly(tmp_path, monkeypatch, program, needle):
    from tiepxuc.errors import TiepxucError
    from tiepxuc.render.pdf import to_pdf

    if not Path(program).exists():
        pytest.skip(f"{program} is not on this system")
    monkeypatch.setenv("TIEPXUC_SOFFICE", program)
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    with pytest.raises(TiepxucError) as caught:
        to_pdf(document)
    assert needle in caught.value.message
