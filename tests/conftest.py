"""Shared test helpers: a small valid repository written inline, the CLI runner, isolation."""

from __future__ import annotations

import os
import subprocess
import textwrap
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tiepxuc.cli import app

AS_OF = date(2025, 1, 15)  # after the fixture year: yearly rules apply

UNIT = """\
name: Phường An Bình
level: commune
place: An Bình
profile: default
party: {name: ĐẢNG ỦY PHƯỜNG AN BÌNH, abbreviation: ĐU, office: Văn phòng Đảng ủy}
state: {name: ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH, abbreviation: UBND}
officials:
  - {name: Nguyễn Văn An, position: party_secretary, since: 2020-01-01}
  - {name: Trần Thị Bình, position: council_chair, since: 2020-01-01}
  - {name: Lê Văn Cường, position: committee_chair, since: 2020-01-01, until: 2024-08-31}
  - {name: Phạm Văn Dũng, position: committee_chair, since: 2024-09-01}
  - {name: Hoàng Thị Em, position: committee_vice_chair, since: 2020-01-01}
fields:
  - {code: dat-dai, name: Đất đai}
  - {code: moi-truong, name: Môi trường}
agencies: [Công chức Địa chính - Xây dựng, Công an phường]
"""

PLAN = """\
id: ke-hoach-2024
year: 2024
number: 25-KH/ĐU
date: 2024-01-15
sessions:
  - {kind: periodic, month: 6}
  - {kind: thematic, month: 10}
participants:
  - Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường
  - Đại diện Nhân dân các tổ dân phố
"""

JUNE = """\
id: 2024-06-14-dinh-ky
kind: periodic
date: 2024-06-14
start: "07:30"
end: "11:30"
place: Hội trường UBND phường
plan: ke-hoach-2024
chairs:
  - name: Nguyễn Văn An
    position: party_secretary
  - name: Trần Thị Bình
    position: council_chair
  - name: Lê Văn Cường
    position: committee_chair
invitation:
  date: 2024-06-07
agenda:
  - step: opening
  - step: chair_purpose
  - step: citizens_speak
  - step: agencies_answer
  - step: chair_answers
  - step: chair_concludes
refused: []
topic: Những vấn đề Nhân dân quan tâm trên địa bàn phường
secretary: {name: Đỗ Thị Hoa, position: Công chức Văn phòng - Thống kê}
"""

OCTOBER = """\
id: 2024-10-17-chuyen-de
kind: thematic
date: 2024-10-17
start: "08:00"
end: "11:30"
topic: Môi trường khu dân cư
chairs:
  - name: Nguyễn Văn An
    position: party_secretary
  - name: Phạm Văn Dũng
    position: committee_chair
agenda:
  - step: opening
  - step: chair_purpose
  - step: citizens_speak
  - step: chair_answers
  - step: chair_concludes
secretary: {name: Đỗ Thị Hoa, position: Công chức Văn phòng - Thống kê}
attendance:
  - {organisation: Nhân dân tổ dân phố số 2, invited: 60, present: 58}
conclusion: Giao các cơ quan rà soát, giải quyết dứt điểm các kiến nghị về môi trường khu dân cư.
"""

PETITION = """\
id: kn-2024-06-14-rac-thai
session: 2024-06-14-dinh-ky
raised_by:
  name: Vũ Văn Giang
  phone: "0912345678"
field: moi-truong
content: Rác thải tập kết sai nơi
answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: Đã bố trí lại điểm tập kết
"""

CONCLUSION = """\
id: tb-2024-06-24
session: 2024-06-14-dinh-ky
number: 38-TB/ĐU
date: 2024-06-24
items:
  - content: Giao công chức Địa chính - Xây dựng theo dõi
    petitions: [kn-2024-06-14-rac-thai]
"""

BASE = {
    "tiepxuc.yaml": UNIT,
    "plans/ke-hoach-2024.yaml": PLAN,
    "sessions/2024/2024-06-14-dinh-ky.yaml": JUNE,
    "sessions/2024/2024-10-17-chuyen-de.yaml": OCTOBER,
    "petitions/2024/kn-2024-06-14-rac-thai.yaml": PETITION,
    "conclusions/2024/tb-2024-06-24.yaml": CONCLUSION,
}


def write_tree(root: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write ``files`` (path → text; None deletes) below ``root``."""
    for name, content in files.items():
        path = root / name
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """Each test: its own git identity and config, Vietnamese messages, cwd restored."""
    home = tmp_path_factory.mktemp("home")
    config = home / "gitconfig"
    config.write_text(
        "[user]\n\tname = Cán bộ Văn phòng\n\temail = vanphong@example.vn\n"
        "[init]\n\tdefaultBranch = main\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("TIEPXUC_LANG", raising=False)
    monkeypatch.delenv("TIEPXUC_DEBUG", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.chdir(os.getcwd())


@pytest.fixture
def make_repo(tmp_path):
    """Build a repository from the valid base, with some files replaced."""

    def make(changes: dict[str, str | bytes | None] | None = None, base: dict | None = None,
             *, git: bool = False) -> Path:
        root = tmp_path / "kho"
        write_tree(root, dict(base if base is not None else BASE))
        write_tree(root, changes or {})
        if git:
            git_commit_all(root, "kho hồ sơ ban đầu")
        return root

    return make


def git(root: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run git in ``root``; its output (stripped)."""
    result = subprocess.run(["git", "-c", "core.quotepath=false", *args], cwd=root,
                            capture_output=True, text=True, encoding="utf-8", check=True,
                            env={**os.environ, **(env or {})})
    return result.stdout.strip()


def git_commit_all(root: Path, message: str, when: str | None = None) -> str:
    """Commit everything in ``root`` (a new git repository if needed), optionally dated."""
    if not (root / ".git").exists():
        git(root, "init", "-q")
    git(root, "add", "-A")
    env = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when} if when else None
    git(root, "commit", "-q", "-m", message, env=env)
    return git(root, "rev-parse", "HEAD")


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)
