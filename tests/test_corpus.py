"""benchmarks/make_corpus.py: a province with its communes and wards, every repository valid,
petitions forwarded up and taken up by the province, the same files for the same seed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run
from tiepxuc.repo import load

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"
PETITIONS = 600


def make(out: Path, seed: int = 7, petitions: int = PETITIONS, units: int = 3):
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(out), "--petitions", str(petitions),
         "--units", str(units), "--seed", str(seed)],
        capture_output=True, text=True, encoding="utf-8", check=False)


def files(root: Path) -> dict[str, bytes]:
    """Every generated file by its path (tiepxuc's own caches, in dot-folders, left out)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "tinh"
    result = make(out)
    assert result.returncode == 0, result.stderr
    assert "3 units + province" in result.stdout and "petitions" in result.stdout
    return out


def units_of(root: Path) -> list[Path]:
    return sorted((root / "don-vi").iterdir())


def test_every_repository_validates(corpus):
    units = units_of(corpus)
    assert len(units) == 3
    for root in [corpus, *units]:
        result = run("-C", str(root), "validate")
        assert result.exit_code == 0, f"{root}:\n{result.output}"
    result = run("-C", str(units[0]), "check-deadlines", "--exit-zero")
    assert result.exit_code == 0, result.output


def test_layout_and_unit_list(corpus):
    top = load(corpus)
    assert top.unit.level == "province"
    listed = [link.path for link in top.unit.units]
    assert sorted(listed) == [f"don-vi/{p.name}" for p in units_of(corpus)]
    for link in top.unit.units:
        unit = load(corpus / link.path)
        assert unit.unit.level == "commune" and unit.unit.name == link.name
        years = {r.model.year for r in unit.plans}
        assert years and all((corpus / link.path / "plans" / f"ke-hoach-{y}.yaml").is_file()
                             for y in years)
        for record in unit.sessions + unit.petitions + unit.conclusions:
            year = str(getattr(record.model, "date", None) or record.model.id[3:7])[:4]
            assert record.path.parent.name == year and record.path.stem == record.model.id


def test_about_n_petitions_in_realistic_shares(corpus):
    count = sum(1 for _ in corpus.glob("petitions/*/*.yaml"))
    count += sum(1 for _ in corpus.glob("don-vi/*/petitions/*/*.yaml"))
    assert abs(count - PETITIONS) <= PETITIONS // 10
    petitions = [r.model for root in units_of(corpus) for r in load(root).petitions]
    kinds = [p.answer.kind for p in petitions]
    assert kinds.count("answered") > len(petitions) / 2
    assert any(p.assignment and p.resolution for p in petitions)
    assert any(p.replies for p in petitions) and any(p.feedback for p in petitions)
    assert "declined" in kinds and any(p.repeats for p in petitions)


def test_forwarded_petitions_are_taken_up_by_the_province(corpus):
    forwarded = {}
    for root in units_of(corpus):
        for record in load(root).petitions:
            petition = record.model
            if petition.competence == "level_above":
                assert petition.forwarded.to and petition.forwarded.date
                forwarded[(f"don-vi/{root.name}", petition.id)] = petition
    assert forwarded
    origins = [r.model for r in load(corpus).petitions if r.model.origin]
    assert origins
    assert len(origins) >= len(forwarded) / 3
    for petition in origins:
        source = forwarded[(petition.origin.unit, petition.origin.petition)]
        assert petition.content == source.content
        assert petition.received_date >= source.forwarded.date
    assert len({(p.origin.unit, p.origin.petition) for p in origins}) == len(origins)


def test_same_seed_same_files(corpus, tmp_path):
    again = tmp_path / "again"
    assert make(again).returncode == 0
    assert files(again) == files(corpus)
    other = tmp_path / "other"
    assert make(other, seed=8).returncode == 0
    assert files(other) != files(corpus)


def test_refuses_a_folder_that_is_not_empty(corpus):
    before = files(corpus)
    result = make(corpus)
    assert result.returncode == 2
    assert "not an empty folder" in result.stderr
    assert files(corpus) == before
