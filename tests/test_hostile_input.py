"""Hostile and broken input: every case gets a clear Vietnamese message with its file and line,
the right exit status, no traceback, and nothing in the repository is written.

The small cases are files in ``tests/broken/`` (one per case, named after it; the encodings are
binary files); the big and deep ones are generated here rather than kept as megabytes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import PETITION, UNIT, git_commit_all, run

BROKEN = Path(__file__).parent / "broken"
AS_OF = "2025-01-15"
P_FILE = "petitions/2024/kn-2024-06-14-rac-thai.yaml"
S_JUNE = "sessions/2024/2024-06-14-dinh-ky.yaml"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")
# check-deadlines on the base repository at AS_OF: some obligations are overdue (exit status 1);
# a broken file must not change that, only add the notice that some records were not counted.
DEADLINES_STATUS = 1


@dataclass
class Case:
    files: dict[str, str]  # where in the repository → corpus file in tests/broken/
    status: int  # validate's exit status: 0, 1 (record errors), 2 (a file cannot be read)
    rule: str | None = None  # the rule reported…
    at: str | None = None  # …at "file:line"
    says: tuple[str, ...] = ()  # what its message must say
    never: tuple[str, ...] = ()  # what must appear nowhere in the output (personal data, rules)
    also: list[str] = field(default_factory=list)  # other "file:line" it is also reported at


def _p(name: str) -> dict[str, str]:
    """The base petition replaced by a broken copy of itself."""
    return {P_FILE: f"{name}.yaml"}


def _own(folder: str, *names: str) -> dict[str, str]:
    """Records with IDs of their own, added next to the base ones."""
    return {f"{folder}/{name}.yaml": f"{name}.yaml" for name in names}


UTF8_HOWTO = ("UTF-8", "Save As")
CASES: dict[str, Case] = {
    # ---------------------------------------------------------------- YAML syntax
    "tab-indent": Case(_p("tab-indent"), 1, "YAML-SYNTAX", f"{P_FILE}:4", ("Tab", "dấu cách")),
    "unclosed-double-quote": Case(_p("unclosed-double-quote"), 1, "YAML-SYNTAX", f"{P_FILE}:12",
                                  ("ngoặc kép", "dòng 7")),
    "unclosed-single-quote": Case(_p("unclosed-single-quote"), 1, "YAML-SYNTAX", f"{P_FILE}:12",
                                  ("nháy đơn", "dòng 7")),
    "unclosed-bracket": Case(_p("unclosed-bracket"), 1, "YAML-SYNTAX", f"{P_FILE}:7",
                             ("ngoặc đóng", "dòng 6")),
    "unclosed-brace": Case(_p("unclosed-brace"), 1, "YAML-SYNTAX", f"{P_FILE}:4",
                           ("ngoặc đóng", "dòng 3")),
    "missing-colon": Case(_p("missing-colon"), 1, "YAML-SYNTAX", f"{P_FILE}:7", ("hai chấm",)),
    "bad-indent": Case(_p("bad-indent"), 1, "YAML-SYNTAX", f"{P_FILE}:5", ("thụt lề",)),
    "colon-in-value": Case(_p("colon-in-value"), 1, "YAML-SYNTAX", f"{P_FILE}:7",
                           ("ngoặc kép",)),
    "two-documents": Case(_p("two-documents"), 1, "YAML-SYNTAX", f"{P_FILE}:12", ("---",)),
    "reserved-char": Case(_p("reserved-char"), 1, "YAML-SYNTAX", f"{P_FILE}:7",
                          ("“@”", "ngoặc kép")),
    "bad-escape": Case(_p("bad-escape"), 1, "YAML-SYNTAX", f"{P_FILE}:7", ("nháy đơn",),
                       never=("escape",)),
    "star-bullet": Case(_p("star-bullet"), 1, "YAML-SYNTAX", f"{P_FILE}:7", ("ngoặc kép",)),
    "yaml-tag": Case(_p("yaml-tag"), 1, "YAML-SYNTAX", f"{P_FILE}:7", ("“!”", "ngoặc kép")),
    "block-scalar-text": Case(_p("block-scalar-text"), 1, "YAML-SYNTAX", f"{P_FILE}:7",
                              ("xuống dòng",)),
    "control-character": Case(_p("control-character"), 1, "YAML-SYNTAX", f"{P_FILE}:7",
                              ("U+0000",), never=("position",)),
    "billion-laughs": Case(_p("billion-laughs"), 1, "YAML-ALIAS", f"{P_FILE}:9", ("bí danh",)),
    # left half-merged by git: every marker line, not a YAML syntax error
    "merge-conflict": Case(_p("merge-conflict"), 1, "MERGE-CONFLICT", f"{P_FILE}:7",
                           ("dòng 7, 9, 11", "git add", "git commit", "git merge --abort"),
                           never=("YAML-SYNTAX",), also=[f"{P_FILE}:9", f"{P_FILE}:11"]),
    # ---------------------------------------------------------------- encodings
    "utf16-le-bom": Case(_p("utf16-le-bom"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                         ("UTF-16 LE", *UTF8_HOWTO)),
    "utf16-le": Case(_p("utf16-le"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                     ("UTF-16 LE", *UTF8_HOWTO)),
    "utf16-be-bom": Case(_p("utf16-be-bom"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                         ("UTF-16 BE", *UTF8_HOWTO)),
    "utf16-be": Case(_p("utf16-be"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                     ("UTF-16 BE", *UTF8_HOWTO)),
    "utf32-le-bom": Case(_p("utf32-le-bom"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                         ("UTF-32 LE", "UTF-8")),
    # 8-bit encodings: the line and column of the first byte that is not UTF-8
    "windows-1258": Case(_p("windows-1258"), 2, "FILE-UNREADABLE", f"{P_FILE}:4:11",
                         ("Windows-1258", "iconv -f CP1258", *UTF8_HOWTO)),
    "tcvn3": Case(_p("tcvn3"), 2, "FILE-UNREADABLE", f"{P_FILE}:4:10", ("TCVN3", "Unikey")),
    "latin1": Case(_p("latin1"), 2, "FILE-UNREADABLE", f"{P_FILE}:7:11",
                   ("Latin-1", *UTF8_HOWTO)),
    "not-text-docx": Case(_p("not-text-docx"), 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                          ("không phải văn bản", "Word")),
    # accepted silently
    "utf8-bom-crlf": Case(_own("petitions/2024", "utf8-bom-crlf"), 0),
    # ---------------------------------------------------------------- decomposed Vietnamese (NFD)
    # names typed NFD in one file and NFC in another are the same names
    "nfd-chairs": Case({S_JUNE: "nfd-chairs.yaml"}, 0, never=("CHAIR-HEAD", "CHAIR-KIND")),
    "nfd-agencies": Case(_own("petitions/2024", "nfd-agencies"), 0, never=("REF-UNKNOWN",)),
    "nfd-unit": Case({"tiepxuc.yaml": "nfd-unit.yaml"}, 0,
                     never=("CHAIR-HEAD", "REF-UNKNOWN", "CHAIR-KIND")),
    # ---------------------------------------------------------------- structure
    "duplicate-key": Case(_p("duplicate-key"), 1, "YAML-DUPLICATE-KEY", f"{P_FILE}:12",
                          ("“field”", "dòng 6")),
    "duplicate-key-phone": Case(_p("duplicate-key-phone"), 1, "YAML-DUPLICATE-KEY",
                                f"{P_FILE}:7", ("dòng 6",), never=("0987654321",)),
    "impossible-date": Case(_p("impossible-date"), 1, "DATE-INVALID", f"{P_FILE}:13",
                            ("2025-02-30", "28 ngày")),
    "date-day-first": Case(_p("date-day-first"), 1, "DATE-INVALID", f"{P_FILE}:13",
                           ("2024-06-14",)),
    "unknown-key": Case(_p("unknown-key"), 1, "KEY-UNKNOWN", f"{P_FILE}:12",
                        ("“ghi_chu”", "session, received")),
    "derived-key": Case(_p("derived-key"), 1, "KEY-UNKNOWN", f"{P_FILE}:12", ("tự tính",)),
    "value-as-key": Case(_p("value-as-key"), 1, "KEY-UNKNOWN", f"{P_FILE}:12",
                         ("session, received",), never=("Vũ Văn Giang", "Tổ dân phố 5")),
    "enum-value": Case(_p("enum-value"), 1, "VALUE-INVALID", f"{P_FILE}:12",
                       ("before_session", "at_session")),
    "missing-field": Case(_p("missing-field"), 1, "FIELD-MISSING", f"{P_FILE}:1", ("“content”",)),
    "unquoted-phone": Case(_p("unquoted-phone"), 0, "YAML-UNQUOTED", f"{P_FILE}:5",
                           ("raised_by.phone", "ngoặc kép"), never=("0912345678",)),
    "flow-comma": Case(_p("flow-comma"), 1, "KEY-UNKNOWN", f"{P_FILE}:3",
                       ("raised_by", "ngoặc kép"), never=("Tổ dân phố 5",)),
    # ---------------------------------------------------------------- references
    "reference-unknown": Case(_p("reference-unknown"), 1, "REF-UNKNOWN", f"{P_FILE}:2",
                              ("2024-06-15-dinh-ky", "2024-06-14-dinh-ky")),
    "supersedes-self": Case(_own("conclusions/2024", "supersedes-self"), 1, "REF-CYCLE",
                            "conclusions/2024/supersedes-self.yaml:8", ("chính nó",)),
    "supersedes-cycle": Case(
        _own("conclusions/2024", "supersedes-cycle-a", "supersedes-cycle-b"), 1, "REF-CYCLE",
        "conclusions/2024/supersedes-cycle-a.yaml:8",
        ("supersedes-cycle-a → supersedes-cycle-b → supersedes-cycle-a",),
        also=["conclusions/2024/supersedes-cycle-b.yaml:8"]),
    "repeats-self": Case(_own("petitions/2024", "repeats-self"), 1, "REF-CYCLE",
                         "petitions/2024/repeats-self.yaml:12", ("chính nó",)),
    "repeats-cycle": Case(
        _own("petitions/2024", "repeats-cycle-a", "repeats-cycle-b", "repeats-cycle-c"), 1,
        "REF-CYCLE", "petitions/2024/repeats-cycle-a.yaml:12",
        ("repeats-cycle-a → repeats-cycle-b → repeats-cycle-c → repeats-cycle-a",),
        also=["petitions/2024/repeats-cycle-b.yaml:12", "petitions/2024/repeats-cycle-c.yaml:12"]),
    # ---------------------------------------------------------------- empty files
    "empty": Case(_p("empty"), 1, "VALUE-INVALID", f"{P_FILE}:1", ("Tệp trống",)),
    "comments-only": Case(_p("comments-only"), 1, "VALUE-INVALID", f"{P_FILE}:1", ("Tệp trống",)),
    "bom-only": Case(_p("bom-only"), 1, "VALUE-INVALID", f"{P_FILE}:1", ("Tệp trống",)),
    # ---------------------------------------------------------------- the unit's configuration
    "unit-empty": Case({"tiepxuc.yaml": "unit-empty.yaml"}, 1, "VALUE-INVALID", "tiepxuc.yaml:1",
                       ("Tệp trống",)),
    "unit-syntax": Case({"tiepxuc.yaml": "unit-syntax.yaml"}, 1, "YAML-SYNTAX", "tiepxuc.yaml:4"),
    "unit-list": Case({"tiepxuc.yaml": "unit-list.yaml"}, 1, "VALUE-INVALID", "tiepxuc.yaml:1",
                      ("tên: giá trị",)),
    "unit-utf16": Case({"tiepxuc.yaml": "unit-utf16.yaml"}, 2, "FILE-UNREADABLE",
                       "tiepxuc.yaml:1", ("UTF-16 LE", *UTF8_HOWTO)),
}


# ---------------------------------------------------------------- helpers


def snapshot(root: Path) -> dict[str, object]:
    """Every file's bytes (links: where they lead; very large files: size and time), outside
    .git and the cache folder."""
    out: dict[str, object] = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in (".git", ".tiepxuc")]
        for name in [*files, *(d for d in dirs if os.path.islink(os.path.join(folder, d)))]:
            path = Path(folder, name)
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[key] = ("link", os.readlink(path))
            elif path.stat().st_size > 10_000_000:
                out[key] = ("big", path.stat().st_size, path.stat().st_mtime_ns)
            else:
                out[key] = path.read_bytes()
    return out


def clean(result) -> None:
    """Ended by the CLI itself (an exit status), with no traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output


def reported(result, rule: str, at: str) -> list[str]:
    """The lines reporting ``rule`` at ``at`` ("file:line" or "file:line:column")."""
    return [line for line in result.stdout.splitlines()
            if line.startswith(at + ":") and f" {rule}: " in line]


def vietnamese(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text), text
    assert VIETNAMESE.search(text.lower()), text


def validate(root: Path):
    return run("-C", str(root), "validate", "--as-of", AS_OF)


def check_case(case: Case, root: Path) -> None:
    before = snapshot(root)
    result = validate(root)
    clean(result)
    assert result.exit_code == case.status, result.output
    if case.rule is not None:
        for at in (case.at, *case.also):
            lines = reported(result, case.rule, at)
            assert lines, (at, result.stdout)
            message = " ".join(lines)
            vietnamese(message)
            for fragment in case.says if at == case.at else ():
                assert fragment in message, (fragment, message)
    elif case.status == 0:
        assert " lỗi " not in result.stdout, result.stdout
    for fragment in case.never:
        assert fragment not in result.output, (fragment, result.output)
    assert snapshot(root) == before


# ---------------------------------------------------------------- the corpus


def test_every_corpus_file_has_a_case():
    used = {name for case in CASES.values() for name in case.files.values()}
    assert used == {p.name for p in BROKEN.glob("*.yaml")}


def test_corpus_files_are_what_they_claim():
    """The encodings are real bytes (not re-saved by an editor), the NFD files really NFD."""
    assert (BROKEN / "utf16-le-bom.yaml").read_bytes()[:2] == b"\xff\xfe"
    assert (BROKEN / "utf8-bom-crlf.yaml").read_bytes().startswith(b"\xef\xbb\xbfid:")
    assert b"\r\n" in (BROKEN / "utf8-bom-crlf.yaml").read_bytes()
    assert b"\xde" in (BROKEN / "windows-1258.yaml").read_bytes()  # a tone as combining mark
    for name in ("nfd-chairs", "nfd-agencies", "nfd-unit"):
        text = (BROKEN / f"{name}.yaml").read_text(encoding="utf-8")
        assert not unicodedata.is_normalized("NFC", text), name


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_file(name, make_repo):
    case = CASES[name]
    root = make_repo({where: (BROKEN / corpus).read_bytes() for where, corpus in case.files.items()})
    check_case(case, root)


@pytest.mark.parametrize("name", ["windows-1258", "utf16-le", "not-text-docx", "tab-indent"])
def test_check_deadlines_counts_what_it_can(name, make_repo):
    """check-deadlines keeps going, says records were left out and points to validate."""
    case = CASES[name]
    root = make_repo({where: (BROKEN / corpus).read_bytes() for where, corpus in case.files.items()})
    before = snapshot(root)
    result = run("-C", str(root), "check-deadlines", "--as-of", AS_OF)
    clean(result)
    assert result.exit_code == DEADLINES_STATUS, result.output
    assert "lỗi trong hồ sơ" in result.stderr and "tiepxuc validate" in result.stderr
    assert snapshot(root) == before


# ---------------------------------------------------------------- big and deep files, made here


def test_file_over_the_size_limit_is_refused_before_it_is_read(make_repo, monkeypatch):
    """A 200 MB (sparse) record is refused from its size alone: its bytes are never read."""
    from tiepxuc import fileio

    root = make_repo()
    with open(root / P_FILE, "r+b") as handle:
        handle.truncate(200_000_000)
    read: list[str] = []

    class Watched:  # what fileio opens, telling which files had their bytes read
        def __init__(self, path, *args, **kwargs):
            self.path, self.handle = str(path), open(path, *args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def fileno(self):
            return self.handle.fileno()

        def read(self, *args):
            read.append(self.path)
            return self.handle.read(*args)

    monkeypatch.setattr(fileio, "open", Watched, raising=False)
    check_case(Case({}, 2, "FILE-TOO-LARGE", f"{P_FILE}:1", ("200000 kB", "1000 kB")), root)
    assert not [path for path in read if path.endswith("kn-2024-06-14-rac-thai.yaml")]
    assert any(path.endswith("2024-06-14-dinh-ky.yaml") for path in read)  # the others are


def test_file_just_over_the_limit_is_refused_and_at_the_limit_read(make_repo):
    from tiepxuc.fileio import MAX_FILE_BYTES

    padding = MAX_FILE_BYTES - len(PETITION.encode("utf-8")) - 1
    root = make_repo({P_FILE: PETITION + "#" * padding + "\n"})
    assert (root / P_FILE).stat().st_size == MAX_FILE_BYTES
    check_case(Case({}, 0), root)
    (root / P_FILE).write_text(PETITION + "#" * (padding + 1) + "\n", encoding="utf-8")
    check_case(Case({}, 2, "FILE-TOO-LARGE", f"{P_FILE}:1", ("1001 kB", "1000 kB")), root)


@pytest.mark.parametrize(("name", "content", "line"), [
    ("flow", "content: " + "[" * 10_000 + "]" * 10_000 + "\n", 7),
    ("flow-unclosed", "content: " + "{a: " * 10_000 + "\n", 7),
    ("block", "repeats:\n" + "- " * 10_000 + "x\n", 8),
    ("indented", "content:\n" + "".join(" " * i + "- \n" for i in range(1, 200)), 71),
])
def test_deep_nesting_is_refused(name, content, line, make_repo):
    """Beyond the limit (64 levels) the file is refused with its place: no RecursionError."""
    text = PETITION.replace("content: Rác thải tập kết sai nơi\n", content)
    root = make_repo({P_FILE: text})
    check_case(Case({}, 1, "YAML-NESTING", f"{P_FILE}:{line}", ("64 cấp",)), root)


def test_nesting_at_the_limit_is_read(make_repo):
    """64 levels are read (and reported as a wrong value, not refused)."""
    text = PETITION.replace("content: Rác thải tập kết sai nơi",
                            "content: " + "[" * 63 + "]" * 63)
    root = make_repo({P_FILE: text})
    result = validate(root)
    clean(result)
    assert "YAML-NESTING" not in result.stdout
    assert reported(result, "VALUE-INVALID", f"{P_FILE}:7"), result.stdout


def test_very_deep_nesting_does_not_crash_the_interpreter(make_repo):
    """100,000 nested “[” crash libyaml's composer (it recurses in C) and take minutes in its
    scanner: run in a process of its own, so that a crash fails this test only."""
    text = PETITION.replace("content: Rác thải tập kết sai nơi\n",
                            "content: " + "[" * 100_000 + "\n")
    root = make_repo({P_FILE: text})
    before = snapshot(root)
    done = subprocess.run(
        [sys.executable, "-m", "tiepxuc", "-C", str(root), "validate", "--as-of", AS_OF],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert f"{P_FILE}:7:" in done.stdout and "YAML-NESTING" in done.stdout
    assert "Traceback" not in done.stderr
    assert snapshot(root) == before


def test_a_file_of_thousands_of_wrong_keys_is_reported_briefly(make_repo):
    """Pasted data (3,000 unknown keys): the first 50 problems, then one line counting the rest,
    at once (each problem's place is looked up in the file: all of them would take minutes)."""
    root = make_repo({P_FILE: PETITION + "".join(f"cot_{i}: gia tri\n" for i in range(3000))})
    result = validate(root)
    clean(result)
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if " KEY-UNKNOWN: " in line]
    assert len(lines) == 51, len(lines)
    assert lines[-1].startswith(f"{P_FILE}:62:") and "Còn 2950 lỗi khác" in lines[-1]
    vietnamese(lines[-1])


# ---------------------------------------------------------------- links


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A folder outside the repository with a record in it."""
    folder = tmp_path / "ngoai-kho"
    folder.mkdir()
    (folder / "kn-2024-06-14-rac-thai.yaml").write_text(PETITION, encoding="utf-8")
    return folder


def test_a_record_linking_outside_is_not_read(make_repo, elsewhere):
    root = make_repo()
    (root / P_FILE).unlink()
    (root / P_FILE).symlink_to(elsewhere / "kn-2024-06-14-rac-thai.yaml")
    check_case(Case({}, 2, "FILE-UNREADABLE", f"{P_FILE}:1",
                    ("liên kết", "ra ngoài kho hồ sơ", str(elsewhere))), root)


def test_a_folder_linking_outside_is_not_read(make_repo, elsewhere):
    root = make_repo()
    (root / "petitions" / "2025").symlink_to(elsewhere, target_is_directory=True)
    check_case(Case({}, 2, "FILE-UNREADABLE", "petitions/2025:1",
                    ("Thư mục", "ra ngoài kho hồ sơ")), root)


def test_a_link_to_nothing_is_reported(make_repo):
    root = make_repo()
    (root / "petitions" / "2024" / "kn-mat.yaml").symlink_to(root / "luu-tru" / "kn-mat.yaml")
    check_case(Case({}, 2, "FILE-UNREADABLE", "petitions/2024/kn-mat.yaml:1",
                    ("liên kết", "không có tệp")), root)


def test_a_link_inside_the_repository_is_read(make_repo):
    root = make_repo()
    (root / "luu-tru").mkdir()
    (root / P_FILE).rename(root / "luu-tru" / "kn-2024-06-14-rac-thai.yaml")
    (root / P_FILE).symlink_to(Path("..", "..", "luu-tru", "kn-2024-06-14-rac-thai.yaml"))
    (root / "petitions" / "2024" / "vong").symlink_to(Path(".."), target_is_directory=True)
    check_case(Case({}, 0), root)  # the folder linking back up is not followed round and round


def test_unit_file_linking_outside_is_not_read(make_repo, tmp_path):
    root = make_repo()
    shared = tmp_path / "tiepxuc-chung.yaml"
    shared.write_text(UNIT, encoding="utf-8")
    (root / "tiepxuc.yaml").unlink()
    (root / "tiepxuc.yaml").symlink_to(shared)
    check_case(Case({}, 2, "FILE-UNREADABLE", "tiepxuc.yaml:1", ("ra ngoài kho hồ sơ",)), root)


# ---------------------------------------------------------------- the unit's configuration


def test_without_tiepxuc_yaml_it_is_not_a_repository(make_repo):
    root = make_repo({"tiepxuc.yaml": None})
    before = snapshot(root)
    for args in (("validate",), ("check-deadlines",), ("report", "2024")):
        result = run("-C", str(root), *args)
        clean(result)
        assert result.exit_code == 2, (args, result.output)
        assert "tiepxuc.yaml" in result.stderr and "tiepxuc init" in result.stderr
        vietnamese(result.stderr)
    assert snapshot(root) == before


# Every command that reads the repository, with a unit file that cannot be used: a clear
# message and its usual exit status (render refuses: it would print a wrong document).
COMMANDS = {
    "check-deadlines": (("check-deadlines", "--as-of", AS_OF), DEADLINES_STATUS),
    "render": (("render", "plan", "2024"), 2),
    "report": (("report", "2024"), 0),
    "plan-status": (("plan", "status", "2024"), 0),
    "history": (("history", "kn-2024-06-14-rac-thai"), 0),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("unit", ["unit-empty", "unit-syntax", "unit-list", "unit-utf16"])
def test_broken_unit_file_everywhere(command, unit, make_repo):
    root = make_repo(git=True)
    (root / "tiepxuc.yaml").write_bytes((BROKEN / f"{unit}.yaml").read_bytes())
    before = snapshot(root)
    args, status = COMMANDS[command]
    result = run("-C", str(root), *args)
    clean(result)
    assert result.exit_code == status, result.output
    if command != "history":  # history reads the git log only
        assert "tiepxuc validate" in result.stderr, result.output
        vietnamese(result.stderr)
    assert snapshot(root) == before


@pytest.mark.parametrize("field, typed", [
    ("plan", "Nguyễn Thị Hương, phường Dĩnh Kế"),  # an ID field
    ("date", "Nguyễn Thị Hương"),  # a date field
    ("start", "Nguyễn Thị Hương"),  # a time field
])
def test_text_typed_in_a_code_field_is_not_repeated(field, typed, make_repo):
    """Found by the property test: a name typed where an ID, a date or a time belongs is not
    echoed in the message (it may be a citizen's personal data); a mistyped code still is."""
    from conftest import BASE

    session = "sessions/2024/2024-06-14-dinh-ky.yaml"
    text = "\n".join(f"{field}: {typed}" if line.startswith(f"{field}:") else line
                     for line in BASE[session].splitlines()) + "\n"
    root = make_repo({session: text})
    result = run("-C", str(root), "validate", "--as-of", "2025-01-15")
    assert result.exit_code == 1
    assert typed not in result.output and f"{session}:" in result.output
    mistyped = BASE[session].replace("plan: ke-hoach-2024", "plan: Ke_Hoach-2024")
    result = run("-C", str(make_repo({session: mistyped})), "validate", "--as-of", "2025-01-15")
    assert "Ke_Hoach-2024" in result.output
