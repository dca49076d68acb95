"""An empty ID is no ID: it begins every ID, so it must never name a record (issue 14)."""

from __future__ import annotations

import pytest

from conftest import git, run


@pytest.mark.parametrize("command", [
    ["petition", "answer", "", "--no-input"],
    ["petition", "reply", "", "--no-input"],
    ["petition", "resolve", "", "--no-input"],
    ["conclude", "", "--no-input"],
    ["invite", "", "--no-input"],
    ["issue", "", "--no-input"],
    ["history", ""],
    ["history", "  "],
    ["render", "conclusion", ""],
    ["render", "invitation", ""],
    ["render", "minutes", ""],
])
def test_an_empty_id_is_refused_and_asked_for(make_repo, command):
    # one petition and one notice only: a prefix match on "" would pick them
    root = make_repo(git=True)
    head = git(root, "rev-parse", "HEAD")
    result = run("-C", str(root), *command)
    assert result.exit_code == 2, result.output
    assert "Chưa ghi mã" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert git(root, "rev-parse", "HEAD") == head and git(root, "status", "--porcelain") == ""
    assert not list(root.glob("*.docx"))


def test_an_empty_session_at_petition_add_is_refused(make_repo):
    root = make_repo(git=True)
    result = run("-C", str(root), "petition", "add", "--session", "", "--no-input")
    assert result.exit_code == 2 and "Chưa ghi mã hội nghị" in result.stderr
