"""Git under real office conditions: a git that fails or is killed at each step, two colleagues
at once, a merge or rebase left half-done, a detached HEAD, another program holding git's index,
a staged change of someone else's — nothing lost, nothing left staged, a clear message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import git, run
from test_lifecycle import UNANSWERED, WAITING, petition_file
from test_safety import snapshot

REAL_GIT = shutil.which("git")
ANSWER = ["petition", "answer", WAITING, "--no-input", "--kind", "answer_later",
          "--by", "Phạm Văn Dũng", "--reason", "insufficient_basis",
          "--basis", "Cần khảo sát hiện trạng", "--lead", "Công chức Địa chính - Xây dựng"]


@pytest.fixture
def kho(make_repo):
    return make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED}, git=True)


def state(root: Path) -> tuple:
    """What must be exactly as before a failed change: files, git status, HEAD, the index."""
    return (snapshot(root), git(root, "--no-optional-locks", "status", "--porcelain"),
            git(root, "rev-parse", "HEAD"),
            git(root, "ls-files", "-s"))


def no_leftovers(root: Path) -> None:
    assert not (root / ".tiepxuc" / "change.json").exists()
    undo = root / ".tiepxuc" / "undo"
    assert not undo.exists() or list(undo.iterdir()) == []
    assert not (root / ".tiepxuc" / "lock").exists()


def tiepxuc(root: Path, *args: str, env: dict | None = None, timeout: int = 120):
    """The command in a process of its own (so that it can be killed, and run side by side)."""
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **(env or {})}
    return subprocess.run([sys.executable, "-m", "tiepxuc", "-C", str(root), *args],
                          capture_output=True, text=True, encoding="utf-8", env=full,
                          timeout=timeout)


@pytest.fixture
def fake_git(tmp_path):
    """A `git` first on PATH that behaves like git, except at the step named by FAKE_GIT_STEP:
    FAKE_GIT_DO=fail exits 128 with git's English error; FAKE_GIT_DO=kill kills tiepxuc (its
    parent) with SIGKILL — a power cut — after (``kill-after``) or before (``kill``) the step.
    FAKE_GIT_ONCE makes it happen only the first time."""
    folder = tmp_path / "fake-git"
    folder.mkdir()
    script = folder / "git"
    script.write_text(f"""#!/bin/sh
step=""
for arg in "$@"; do
  case "$arg" in
    -c|core.quotepath=false) ;;
    *) step="$arg"; break ;;
  esac
done
if [ -n "$FAKE_GIT_STEP" ] && [ "$step" = "$FAKE_GIT_STEP" ] && \\
   [ ! -e "$FAKE_GIT_DONE" ]; then
  [ -n "$FAKE_GIT_ONCE" ] && touch "$FAKE_GIT_DONE"
  case "$FAKE_GIT_DO" in
    fail) echo "fatal: Unable to create '/x/.git/index.lock': File exists." >&2; exit 128 ;;
    kill) kill -9 $PPID; exit 1 ;;
    kill-after) "{REAL_GIT}" "$@"; status=$?; kill -9 $PPID; exit $status ;;
  esac
fi
exec "{REAL_GIT}" "$@"
""", encoding="utf-8")
    script.chmod(0o755)

    def env(step: str, do: str, once: bool = False) -> dict:
        return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}", "FAKE_GIT_STEP": step,
                "FAKE_GIT_DO": do, "FAKE_GIT_ONCE": "1" if once else "",
                "FAKE_GIT_DONE": str(tmp_path / "fake-git-done")}

    return env


# ---------------------------------------------------------------- a git that fails at each step

STEPS = ["read-tree", "hash-object", "update-index", "write-tree", "commit-tree", "update-ref"]


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script stands in for git")
@pytest.mark.parametrize("step", STEPS)
def test_a_git_failing_at_any_step_leaves_everything_as_it_was(kho, fake_git, step):
    before = state(kho)
    done = tiepxuc(kho, *ANSWER, env=fake_git(step, "fail"))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert "Git đang bận" in done.stderr  # the situation, in Vietnamese…
    assert "fatal:" not in done.stderr and "index.lock': File exists" not in done.stderr
    assert state(kho) == before  # files, git status, HEAD and the index
    no_leftovers(kho)
    verbose = tiepxuc(kho, "--verbose", *ANSWER, env=fake_git(step, "fail"))
    assert "index.lock': File exists" in verbose.stderr  # …git's own words only on request


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script stands in for git")
@pytest.mark.parametrize("step", STEPS)
def test_a_power_cut_at_any_step_is_finished_or_undone_by_the_next_command(kho, fake_git, step):
    before = state(kho)
    count = int(git(kho, "rev-list", "--count", "HEAD"))
    killed = tiepxuc(kho, *ANSWER, env=fake_git(step, "kill-after"))
    assert killed.returncode == -9
    landed = int(git(kho, "rev-list", "--count", "HEAD")) == count + 1
    assert landed == (step == "update-ref")  # only moving the branch makes the commit
    # The next command that changes records finds the half-done change and settles it.
    after = tiepxuc(kho, *ANSWER)
    assert "Lần trước" in after.stderr
    assert ("đã hoàn tất" in after.stderr) == landed
    assert ("đã trả các tệp về" in after.stderr) == (not landed)
    assert after.returncode == 0, after.stdout + after.stderr
    if landed:
        assert "Không có gì thay đổi" in after.stdout  # the answer was already committed
    assert int(git(kho, "rev-list", "--count", "HEAD")) == count + 1
    assert git(kho, "status", "--porcelain") == ""
    assert "assignment" in petition_file(kho).read_text(encoding="utf-8")
    no_leftovers(kho)
    assert before[0] != snapshot(kho)


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script stands in for git")
def test_a_power_cut_while_the_files_are_written_is_undone(kho, fake_git):
    """Killed before git is even asked (the first plumbing step): files put back."""
    before = state(kho)
    killed = tiepxuc(kho, *ANSWER, env=fake_git("read-tree", "kill"))
    assert killed.returncode == -9
    assert (kho / ".tiepxuc" / "change.json").exists()  # the journal of the cut-off change
    shown = tiepxuc(kho, "validate", "--as-of", "2025-01-15")  # reading changes nothing
    assert shown.returncode in (0, 1)
    settled = tiepxuc(kho, "petition", "reply", WAITING, "--no-input", "--date", "2024-08-01",
                      "--document", "Văn bản số 5")
    assert "đã trả các tệp về" in settled.stderr and settled.returncode == 0
    assert snapshot(kho)[f"petitions/2024/{WAITING}.yaml"] != before[0][
        f"petitions/2024/{WAITING}.yaml"]  # the reply, on the file as it was
    assert "assignment" not in petition_file(kho).read_text(encoding="utf-8")
    assert git(kho, "status", "--porcelain") == ""
    no_leftovers(kho)


def test_an_index_held_after_the_commit_is_caught_up_later(kho, monkeypatch):
    """The commit landed, but another program holds git's index even after waiting."""
    from tiepxuc import vcs

    count = int(git(kho, "rev-list", "--count", "HEAD"))
    calls = []
    real = vcs.sync_index

    def busy(*args, **kwargs):
        calls.append(1)
        raise vcs.GitError("Git đang bận", "fatal: Unable to create 'index.lock'")

    monkeypatch.setattr(vcs, "sync_index", busy)
    result = run("-C", str(kho), *ANSWER)
    assert result.exit_code == 0 and calls
    assert "đã được ghi trọn vẹn" in result.stderr
    assert int(git(kho, "rev-list", "--count", "HEAD")) == count + 1
    monkeypatch.setattr(vcs, "sync_index", real)
    nothing = run("-C", str(kho), *ANSWER)
    assert "Lần trước" in nothing.stderr and "Không có gì thay đổi" in nothing.stdout
    assert git(kho, "status", "--porcelain") == ""
    no_leftovers(kho)


# ---------------------------------------------------------------- two colleagues at once


def test_two_petitions_added_at_once_both_land(kho):
    def add(content: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "tiepxuc", "-C", str(kho), "petition", "add", "--no-input",
             "--session", "2024-10-17-chuyen-de", "--name", "Người dân", "--field", "moi-truong",
             "--content", content], env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")

    count = int(git(kho, "rev-list", "--count", "HEAD"))
    first, second = add("Cống thoát nước ngõ 3 bị tắc"), add("Đèn chiếu sáng ngõ 9 hỏng")
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, out + err
    assert int(git(kho, "rev-list", "--count", "HEAD")) == count + 2
    assert git(kho, "status", "--porcelain") == ""
    assert len(list((kho / "petitions" / "2024").glob("kn-2024-10-17-*.yaml"))) == 2
    no_leftovers(kho)


def test_two_answers_to_one_petition_at_once_are_applied_one_after_the_other(kho):
    def answer(by: str) -> subprocess.Popen:
        args = [a if a != "Phạm Văn Dũng" else by for a in ANSWER]
        return subprocess.Popen(
            [sys.executable, "-m", "tiepxuc", "-C", str(kho), *args],
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")

    count = int(git(kho, "rev-list", "--count", "HEAD"))
    runs = [answer("Phạm Văn Dũng"), answer("Hoàng Thị Em")]
    for process in runs:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, out + err
    assert int(git(kho, "rev-list", "--count", "HEAD")) == count + 2
    text = petition_file(kho).read_text(encoding="utf-8")
    assert text.count("answer:") == 1 and ("Hoàng Thị Em" in text) != ("Phạm Văn Dũng" in text)
    assert git(kho, "status", "--porcelain") == ""


def test_a_busy_repository_says_who_holds_it(kho, monkeypatch):
    import json
    import socket

    from tiepxuc import lock

    monkeypatch.setattr(lock, "WAIT_SECONDS", 0.5)
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        (kho / ".tiepxuc").mkdir(exist_ok=True)
        (kho / ".tiepxuc" / ".gitignore").write_text("*\n", encoding="utf-8")
        (kho / ".tiepxuc" / "lock").write_text(json.dumps({
            "pid": sleeper.pid, "host": socket.gethostname(), "user": "thu",
            "command": "tiepxuc petition add", "since": "2026-12-02T09:15:00+07:00"}),
            encoding="utf-8")
        before = state(kho)
        result = run("-C", str(kho), *ANSWER)
        assert result.exit_code == 2
        assert "thu" in result.stderr and "tiepxuc petition add" in result.stderr
        assert "09:15:00 02/12/2026" in result.stderr
        assert state(kho) == before
    finally:
        sleeper.kill()
        sleeper.wait()
    # the holder is gone (killed): its lock is stale, cleared, and the command goes ahead
    result = run("-C", str(kho), *ANSWER)
    assert result.exit_code == 0, result.output
    no_leftovers(kho)


# ---------------------------------------------------------------- unsafe git states


def _conflict(kho: Path, name: str) -> None:
    """Two branches change the same line of a petition."""
    path = petition_file(kho)
    git(kho, "checkout", "-q", "-b", name)
    path.write_text(path.read_text(encoding="utf-8").replace("xuống cấp", "hư hỏng nặng"),
                    encoding="utf-8")
    git(kho, "commit", "-qam", "nhánh khác sửa")
    git(kho, "checkout", "-q", "main")
    path.write_text(path.read_text(encoding="utf-8").replace("xuống cấp", "xuống cấp nặng"),
                    encoding="utf-8")
    git(kho, "commit", "-qam", "nhánh chính sửa")


def test_a_merge_left_half_done_is_refused(kho):
    _conflict(kho, "khac")
    subprocess.run(["git", "merge", "khac"], cwd=kho, capture_output=True)
    before = state(kho)
    result = run("-C", str(kho), "petition", "add", "--no-input", "--session",
                 "2024-10-17-chuyen-de", "--name", "A", "--field", "moi-truong",
                 "--content", "Rác thải")
    assert result.exit_code == 2
    assert "git merge --abort" in result.stderr and "Chưa ghi gì" in result.stderr
    assert state(kho) == before
    no_leftovers(kho)


def test_a_rebase_stopped_half_way_is_refused(kho):
    _conflict(kho, "khac")
    git(kho, "checkout", "-q", "khac")
    subprocess.run(["git", "rebase", "main"], cwd=kho, capture_output=True)
    assert (kho / ".git" / "rebase-merge").exists() or (kho / ".git" / "rebase-apply").exists()
    before = state(kho)
    result = run("-C", str(kho), "new-plan", "2025")
    assert result.exit_code == 2
    assert "git rebase --abort" in result.stderr
    assert state(kho) == before


def test_a_detached_head_is_refused_unless_asked(kho):
    git(kho, "checkout", "-q", "--detach")
    before = state(kho)
    result = run("-C", str(kho), *ANSWER)
    assert result.exit_code == 2 and "detached HEAD" in result.stderr
    assert "git switch" in result.stderr
    assert state(kho) == before
    allowed = run("-C", str(kho), "--allow-detached-head", *ANSWER)
    assert allowed.exit_code == 0, allowed.output


def test_another_program_holding_the_index_is_waited_for_then_named(kho, monkeypatch):
    from tiepxuc import vcs

    monkeypatch.setattr(vcs, "LOCK_WAIT_SECONDS", 0.3)
    (kho / ".git" / "index.lock").write_text("", encoding="utf-8")
    before = state(kho)
    started = time.monotonic()
    result = run("-C", str(kho), *ANSWER)
    assert time.monotonic() - started >= 0.3
    assert result.exit_code == 2 and "index.lock" in result.stderr and "Git đang bận" in \
        result.stderr
    (kho / ".git" / "index.lock").unlink()
    assert state(kho) == before


def test_someone_elses_staged_change_is_neither_swept_in_nor_lost(kho):
    other = kho / "sessions" / "2024" / "2024-10-17-chuyen-de.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace(
        "Môi trường khu dân cư", "Môi trường và trật tự khu dân cư"), encoding="utf-8")
    git(kho, "add", str(other))
    result = run("-C", str(kho), *ANSWER)
    assert result.exit_code == 0, result.output
    assert git(kho, "show", "--name-only", "--format=", "HEAD") == \
        f"petitions/2024/{WAITING}.yaml"
    assert git(kho, "status", "--porcelain") == "M  sessions/2024/2024-10-17-chuyen-de.yaml"


def test_the_same_action_twice_changes_nothing_the_second_time(kho):
    assert run("-C", str(kho), *ANSWER).exit_code == 0
    count = int(git(kho, "rev-list", "--count", "HEAD"))
    again = run("-C", str(kho), *ANSWER)
    assert again.exit_code == 0
    assert "Không có gì thay đổi" in again.stdout and "nothing to commit" not in again.output
    assert int(git(kho, "rev-list", "--count", "HEAD")) == count


@pytest.mark.skipif(os.name == "nt" or os.geteuid() != 0, reason="needs root to mount a tmpfs")
def test_a_full_disk_leaves_the_repository_as_it_was(make_repo, tmp_path):
    disk = tmp_path / "nho"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("this system does not allow mounting a small disk")
    try:
        root = make_repo({f"petitions/2024/{WAITING}.yaml": UNANSWERED})
        kho = disk / "kho"
        shutil.copytree(root, kho)
        git(kho, "init", "-q")
        git(kho, "add", "-A")
        git(kho, "commit", "-qm", "kho")
        filler = disk / "day"
        try:  # fill the disk
            with open(filler, "wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass
        before = state(kho)
        result = run("-C", str(kho), *ANSWER)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert state(kho) == before
    finally:
        os.chdir(tmp_path)  # (-C moved this process into the small disk)
        subprocess.run(["umount", str(disk)], capture_output=True)


# ---------------------------------------------------------------- no personal data in history

NAME, CCCD, PHONE, EMAIL = "Nguyễn Văn Khải", "001088012345", "0912345678", "khai.nv@gmail.com"
PLANTED = (NAME, CCCD, PHONE, EMAIL, "0912 345 678", "khai.nv")


def clean_of_personal_data(text: str) -> bool:
    return not [value for value in PLANTED if value.casefold() in text.casefold()]


def test_no_citizens_data_in_history_output_or_errors(kho, monkeypatch):
    from tiepxuc import vcs

    content = (f"Ông {NAME}, CCCD {CCCD}, điện thoại {PHONE}, thư {EMAIL}, tổ 5: đề nghị "
               "nạo vét mương thoát nước ngõ 8 bị bồi lấp")
    outputs = []

    def do(*args, code=0):
        result = run("-C", str(kho), *args)
        outputs.append(result.output)
        assert result.exit_code == code, result.output
        return result

    do("petition", "add", "--no-input", "--session", "2024-10-17-chuyen-de", "--name", NAME,
       "--group", "Tổ dân phố số 5", "--phone", PHONE, "--field", "moi-truong",
       "--content", content)
    pid = next((kho / "petitions" / "2024").glob("kn-2024-10-17-*.yaml")).stem
    assert clean_of_personal_data(pid)  # the ID (file name, commit message) too
    do("petition", "answer", pid, "--no-input", "--kind", "answer_later", "--by", "Phạm Văn Dũng",
       "--reason", "insufficient_basis", "--basis", "Cần khảo sát",
       "--lead", "Công chức Địa chính - Xây dựng")
    do("conclude", "2024-10-17-chuyen-de")
    do("check-deadlines", "--as-of", "2025-01-15", "--exit-zero")
    do("check-deadlines", "--as-of", "2025-01-15", "--exit-zero", "--json")
    do("validate", "--as-of", "2025-01-15")
    do("history", pid)
    do("history", pid, "--json")
    do("report", "2024", "--as-of", "2024-12-31")
    # errors: a failing commit, values typed in the wrong options
    monkeypatch.setattr(vcs, "land", lambda *a, **k: (_ for _ in ()).throw(
        vcs.GitError("Git đang bận", f"fatal: {content}")))
    do("petition", "reply", pid, "--no-input", "--document", "Văn bản số 7", code=2)
    monkeypatch.undo()
    do("petition", "add", "--no-input", "--session", f"{NAME} {PHONE}", "--name", NAME,
       "--field", "moi-truong", "--content", "x", code=2)
    do("petition", "answer", f"{NAME} {CCCD}", "--no-input", "--kind", "answered", code=2)
    do("petition", "reply", pid, "--no-input", "--date", PHONE, code=2)
    messages = git(kho, "log", "--all", "--format=%B")
    assert clean_of_personal_data(messages), messages
    for output in outputs:
        assert clean_of_personal_data(output), output
    assert "N.V.K." in "\n".join(outputs)  # named, as the public versions name people
