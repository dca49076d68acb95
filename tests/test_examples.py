"""The bundled example repositories validate, and they cover what they promise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import run
from tiepxuc.repo import load
from tiepxuc.validation import validate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


# The end of each example's last year: its records as the office would check them then.
YEAR_END = {"phuong-dinh-ke-2024": date(2024, 12, 31), "xa-phuc-hoa-2025": date(2026, 12, 31)}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir()))
def test_example_validates(name):
    result = run("-C", str(EXAMPLES / name), "validate")
    assert result.exit_code == 0, result.output
    assert [p for p in validate(EXAMPLES / name, YEAR_END[name]) if p.severity == "error"] == []


def test_ward_example_covers_the_cases_it_promises():
    repo = load(EXAMPLES / "phuong-dinh-ke-2024")
    assert repo.unit.profile == "default" and repo.unit.level == "commune"
    assert [s.model.kind for s in repo.sessions] == ["periodic", "thematic"]
    assert [s.model.date.month for s in repo.sessions] == [6, 10]
    petitions = [p.model for p in repo.petitions]
    assert 15 <= len(petitions) <= 30
    assert len({p.field for p in petitions}) >= 5
    kinds = {p.answer.kind for p in petitions if p.answer}
    assert kinds == {"answered", "answer_later", "declined"}
    assert any(p.competence == "level_above" and p.forwarded for p in petitions)
    assert any(p.replies and p.replies[0].new_deadline for p in petitions)
    assert any(p.feedback and not p.feedback[-1].agrees for p in petitions)
    assert len(repo.conclusions) == 2
    # a deputy chaired by written delegation
    chairs = [c for s in repo.sessions for c in s.model.chairs]
    assert any(c.on_behalf_of and c.delegation for c in chairs)


def test_commune_example_is_on_the_2025_law():
    repo = load(EXAMPLES / "xa-phuc-hoa-2025")
    assert repo.unit.profile == "law-2025-commune"
    assert all(s.model.date >= date(2025, 7, 1) for s in repo.sessions)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir()))
def test_example_schemas_are_current(name):
    from tiepxuc.records.models import RECORD_MODELS
    from tiepxuc.records.schema import dumps

    for kind in RECORD_MODELS:
        path = EXAMPLES / name / "schemas" / f"{kind}.schema.json"
        assert path.read_text(encoding="utf-8") == dumps(kind), f"run: tiepxuc -C examples/{name} schema"
