"""Every rule has a fixture that breaks it; the report names the rule and the line.

Each case edits the valid base repository (conftest.BASE) in one place and marks the line the
problem must be reported on with ``# <-``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from conftest import AS_OF, BASE, CONCLUSION, JUNE, OCTOBER, PETITION, PLAN, UNIT
from tiepxuc.rules.catalogue import RULES
from tiepxuc.validation import validate

S_JUNE = "sessions/2024/2024-06-14-dinh-ky.yaml"
S_OCT = "sessions/2024/2024-10-17-chuyen-de.yaml"
P_FILE = "petitions/2024/kn-2024-06-14-rac-thai.yaml"


@dataclass
class Case:
    file: str
    text: str | bytes  # the file's new content, with "# <-" on the expected line
    extra: dict | None = None  # other files to change
    as_of: date = AS_OF

    def line(self) -> int:
        text = self.text.decode("utf-8", "replace") if isinstance(self.text, bytes) else self.text
        marked = [i for i, line in enumerate(text.splitlines(), 1) if "# <-" in line]
        assert len(marked) == 1, "mark exactly one line with # <-"
        return marked[0]


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


CASES: dict[str, Case] = {
    # ---------------------------------------------------------------- structure
    "FILE-UNREADABLE": Case(P_FILE, b"id: kn-2024-06-14-rac-thai\nsession: x\ncontent: R\xe1c # <-\n"),
    # refused before it is read: the first line is where it is reported
    "FILE-TOO-LARGE": Case(P_FILE, edit(PETITION, "id: kn-2024-06-14-rac-thai\n",
                                        "id: kn-2024-06-14-rac-thai  # <-\n") + "#" * 1_000_001 + "\n"),
    "YAML-NESTING": Case(S_JUNE, edit(JUNE, "place: Hội trường UBND phường\n",
                                      "place: Hội trường UBND phường\ntopic: " + "[" * 70 + "]" * 70
                                      + "  # <-\n")),
    # a file git left half-merged: reported at each marker line, the first one here
    "MERGE-CONFLICT": Case(P_FILE, edit(PETITION, "content: Rác thải tập kết sai nơi\n",
                                        "<<<<<<< HEAD  # <-\ncontent: Rác thải tập kết sai nơi\n"
                                        "=======\ncontent: Rác thải để sai chỗ\n>>>>>>> nhanh\n")),
    "YAML-SYNTAX": Case(S_JUNE, edit(JUNE, "place: Hội trường UBND phường\n",
                                     "place: Hội trường UBND phường\n   plan: x  # <-\n")),
    "YAML-ALIAS": Case(S_JUNE, edit(JUNE, "place: Hội trường UBND phường\n",
                                    "place: &p Hội trường UBND phường\ntopic: *p  # <-\n")),
    "YAML-DUPLICATE-KEY": Case(S_JUNE, edit(JUNE, 'end: "11:30"\n',
                                            'end: "11:30"\nstart: "08:00"  # <-\n')),
    "YAML-UNQUOTED": Case(P_FILE, edit(PETITION, 'phone: "0912345678"',
                                       "phone: 0912345678  # <-")),
    "KEY-UNKNOWN": Case(S_JUNE, edit(JUNE, "place:", "palce:") .replace(
        "palce: Hội trường UBND phường", "palce: Hội trường UBND phường  # <-")),
    "FIELD-MISSING": Case(S_JUNE, edit(JUNE, "  - name: Trần Thị Bình\n    position: council_chair\n",
                                       "  - position: council_chair  # <-\n")),
    "VALUE-INVALID": Case(S_JUNE, edit(JUNE, "kind: periodic", "kind: dinh-ky  # <-")),
    "DATE-INVALID": Case(S_OCT, edit(OCTOBER, "date: 2024-10-17", "date: 2024-02-30  # <-")),
    "ID-DUPLICATE": Case("petitions/2024/kn-2024-06-14-rac-thai-2.yaml",
                         edit(PETITION, "id: kn-2024-06-14-rac-thai", "id: kn-2024-06-14-rac-thai  # <-")),
    "ID-FILENAME": Case("petitions/2024/kn-khac.yaml",
                        edit(PETITION, "id: kn-2024-06-14-rac-thai", "id: kn-2024-06-14-bui  # <-")),
    "PROFILE-UNKNOWN": Case("tiepxuc.yaml", edit(UNIT, "profile: default", "profile: mac-dinh  # <-")),
    "OVERRIDE-INVALID": Case("tiepxuc.yaml", edit(UNIT, "profile: default\n",
                                                  "profile: default\noverrides:\n  min_sesions: 3  # <-\n")),
    # ---------------------------------------------------------------- regulation
    "CHAIR-HEAD": Case(S_JUNE, edit(JUNE, "  - name: Lê Văn Cường\n", "  - name: Phạm Văn Dũng  # <-\n")),
    "CHAIR-DELEGATION": Case(S_OCT, edit(
        OCTOBER, "  - name: Phạm Văn Dũng\n    position: committee_chair\n",
        "  - name: Hoàng Thị Em  # <-\n    position: committee_vice_chair\n"
        "    on_behalf_of: committee_chair\n")),
    "CHAIR-KIND": Case(S_JUNE, edit(JUNE, "  - name: Trần Thị Bình\n    position: council_chair\n"
                                    "  - name: Lê Văn Cường\n",
                                    "  - name: Lê Văn Cường\n").replace(
        "  - name: Nguyễn Văn An\n", "  - name: Nguyễn Văn An  # <-\n")),
    "PLAN-MISSING": Case("plans/ke-hoach-2024.yaml",
                         edit(PLAN, "date: 2024-01-15", "date: 2024-05-02  # <-")),
    "PLAN-MIN-SESSIONS": Case("plans/ke-hoach-2024.yaml", edit(
        PLAN, "  - {kind: periodic, month: 6}\n", "").replace(
        "  - {kind: thematic, month: 10}", "  - {kind: thematic, month: 10}  # <-")),
    "PLAN-THEMATIC": Case("plans/ke-hoach-2024.yaml", edit(
        PLAN, "  - {kind: periodic, month: 6}", "  - {kind: periodic, month: 6}  # <-").replace(
        "kind: thematic", "kind: periodic")),
    "YEAR-MIN-SESSIONS": Case("plans/ke-hoach-2024.yaml", edit(PLAN, "year: 2024", "year: 2024  # <-"),
                              extra={S_OCT: OCTOBER + "cancelled: {reason: Mưa bão}\n"}),
    "YEAR-THEMATIC": Case("plans/ke-hoach-2024.yaml", edit(PLAN, "year: 2024", "year: 2024  # <-"),
                          extra={S_OCT: edit(OCTOBER, "kind: thematic", "kind: ad_hoc")}),
    "SESSION-MONTHS": Case(S_JUNE, edit(JUNE, "date: 2024-06-14", "date: 2024-06-14  # <-"),
                           extra={"tiepxuc.yaml": edit(UNIT, "profile: default", "profile: binh-thuan-218")}),
    "SESSION-DURATION": Case(S_JUNE, edit(JUNE, 'end: "11:30"', 'end: "09:00"  # <-')),
    "AGENDA-ORDER": Case(S_JUNE, edit(JUNE, "  - step: chair_purpose\n  - step: citizens_speak\n",
                                      "  - step: citizens_speak\n  - step: chair_purpose  # <-\n")),
    "REFUSAL-REASON": Case(S_JUNE, edit(JUNE, "refused: []\n",
                                        "refused:\n  - name: Ông X\n    reason: khong_hop_tac  # <-\n")),
    "ANSWER-REASON": Case(P_FILE, edit(PETITION, "  kind: answered\n",
                                       "  kind: answer_later  # <-\n")),
    "FORWARD-RECEIVER": Case(P_FILE, edit(PETITION, "field: moi-truong\n",
                                          "field: moi-truong\ncompetence: level_above  # <-\n")),
    "PETITION-UNHANDLED": Case(P_FILE, edit(
        PETITION, "answer:\n  kind: answered\n  by: Chủ tịch UBND phường\n  content: Đã bố trí lại điểm tập kết\n",
        "").replace("content: Rác thải tập kết sai nơi", "content: Rác thải tập kết sai nơi  # <-")),
    "DISTRICT-ABOLISHED": Case(S_OCT, edit(OCTOBER, "date: 2024-10-17", "date: 2025-10-17  # <-").replace(
        "id: 2024-10-17-chuyen-de", "id: 2025-10-17-chuyen-de"),
        extra={"tiepxuc.yaml": edit(UNIT, "level: commune", "level: district"),
               S_OCT: None, "plans/ke-hoach-2025.yaml": edit(PLAN, "2024", "2025")},
        as_of=date(2025, 11, 1)),
    "INVITATION-LEAD": Case(S_JUNE, edit(JUNE, "  date: 2024-06-07", "  date: 2024-06-11  # <-")),
    "CONCLUSION-DUE": Case("conclusions/2024/tb-2024-06-24.yaml",
                           edit(CONCLUSION, "date: 2024-06-24", "date: 2024-07-01  # <-")),
    "RESOLUTION-DUE": Case(P_FILE, edit(PETITION, """answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: Đã bố trí lại điểm tập kết
""", """answer:
  kind: answer_later
  by: Chủ tịch UBND phường
  reason: insufficient_basis
  basis: Cần kiểm tra thực tế
assignment: {lead: Công chức Địa chính - Xây dựng}
resolution:
  date: 2024-09-10  # <-
  result: Đã bố trí lại điểm tập kết
""")),
    "ANSWER-INCOMPLETE": Case(P_FILE, edit(PETITION, "  content: Đã bố trí lại điểm tập kết\n",
                                            "").replace("  kind: answered\n",
                                                        "  kind: answered  # <-\n")),
    "DATE-FUTURE": Case(P_FILE, PETITION + "resolution:\n  date: 2099-01-05  # <-\n"
                                            "  result: Đã xử lý\n"),
    "NUMBER-DUPLICATE": Case("conclusions/2024/tb-2024-10-25.yaml", (
        "id: tb-2024-10-25\nsession: 2024-10-17-chuyen-de\n"
        "number: 38-TB/ĐU  # <-\ndate: 2024-10-25\n"
        "items:\n  - content: Giao Công an phường theo dõi\n")),
    "REPORT-DUE": Case("reports/bao-cao-2024.yaml",
                       "id: bao-cao-2024\nyear: 2024\nnumber: 05-BC/ĐU\ndate: 2025-01-10  # <-\n"),
    "CALENDAR-CONFLICT": Case("calendar.yaml", (
        "days_off:\n  - {date: 2024-12-24, name: Nghỉ, basis: Quyết định của UBND tỉnh}\n"
        "working_days:\n  - {date: 2024-12-24, name: Làm, basis: Quyết định khác}  # <-\n")),
    "DATE-ORDER": Case(S_JUNE, edit(JUNE, "  date: 2024-06-07", "  date: 2024-06-20  # <-")),
    "REF-CYCLE": Case(P_FILE, PETITION + "repeats: [kn-2024-06-14-rac-thai]  # <-\n"),
    "REF-UNKNOWN": Case(P_FILE, edit(PETITION, "session: 2024-06-14-dinh-ky",
                                     "session: 2024-06-15-dinh-ky  # <-")),
    # an issued notice whose content no longer matches its seal
    "SEAL-BROKEN": Case("conclusions/2024/tb-2024-06-24.yaml",
                        CONCLUSION + "seal: sha256:" + "0" * 64 + "  # <-\n"),
    "PRIVACY-CONTACT-IN-REPO": Case(
        P_FILE, edit(PETITION, '  phone: "0912345678"', '  phone: "0912345678"  # <-'),
        extra={"tiepxuc.yaml": UNIT + "privacy: {contacts: private}\n"}),
}
# DISTRICT-ABOLISHED moves the October session to 2025: write it under its new name.
CASES["DISTRICT-ABOLISHED"].file = "sessions/2025/2025-10-17-chuyen-de.yaml"


def test_base_repository_is_valid(make_repo):
    assert validate(make_repo(), AS_OF) == []


def test_every_rule_has_a_breaking_case():
    from test_seed_rules import CASES as SEED_CASES  # the rules from the seeds' conduct texts

    assert not set(CASES) & set(SEED_CASES)
    assert set(CASES) | set(SEED_CASES) == {
        rule_id for rule_id, spec in RULES.items() if spec.stage == "validate"}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_is_reported_with_its_line(rule_id, make_repo):
    case = CASES[rule_id]
    root = make_repo({**(case.extra or {}), case.file: case.text})
    problems = validate(root, case.as_of)
    hits = [(p.file.relative_to(root).as_posix(), p.line) for p in problems if p.rule == rule_id]
    assert (case.file, case.line()) in hits, [p.format() for p in problems]
    spec = RULES[rule_id]
    severity = {p.severity for p in problems if p.rule == rule_id}
    assert spec.severity in severity or rule_id == "YEAR-MIN-SESSIONS"


def test_the_catalogue_lists_every_rule_once_and_nothing_registers_itself():
    """Rules are one explicit list (rules/catalogue.py): every @rule function of the rules'
    modules is in it, once, and importing a module adds nothing anywhere."""
    import inspect

    from tiepxuc.rules import catalogue, checks, conduct_checks, input_checks, privacy_checks

    marked = [f for module in (checks, conduct_checks, input_checks, privacy_checks)
              for _, f in inspect.getmembers(module, inspect.isfunction)
              if getattr(f, "spec", None) is not None and f.__module__ == module.__name__]
    assert sorted(f.__qualname__ for f in marked) == \
        sorted(f.__qualname__ for f in catalogue.REGULATION)
    assert len({f.spec.id for f in catalogue.REGULATION}) == len(catalogue.REGULATION)
    assert all(RULES[f.spec.id] is f.spec for f in catalogue.REGULATION)


def test_no_import_circles_in_the_core():
    """The core's modules import each other in one direction, counting the imports made inside
    functions too: no module reaches itself again; the core never imports the CLI."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "src" / "tiepxuc"
    graph = {}
    for path in package.rglob("*.py"):
        name = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        name = name.removesuffix(".__init__")
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tiepxuc"):
                imported |= {node.module, *(f"{node.module}.{a.name}" for a in node.names)}
        imported.discard(name)  # a package importing its own submodules
        graph[name] = imported
        if not name.startswith(("tiepxuc.cli", "tiepxuc.__main__")):  # the entry points
            assert not any(m.startswith("tiepxuc.cli") for m in imported), name

    def reach(start):
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), ()):
                if nxt in graph and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    core = [name for name in graph if not name.startswith("tiepxuc.cli")]
    assert [name for name in core if name in reach(name) - {n for n in graph
                                                           if n.startswith("tiepxuc.cli")}] == []
