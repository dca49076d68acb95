"""The lock (constraints.txt) and pyproject.toml cannot drift apart: every dependency, the test
tools included, is pinned in the lock, on every platform, within its range."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
# The platforms and Pythons tiepxuc supports: a direct dependency must be pinned for each.
PLATFORMS = [
    {"sys_platform": platform, "platform_system": system, "os_name": os_name,
     "python_version": python, "python_full_version": f"{python}.0",
     "implementation_name": "cpython", "platform_python_implementation": "CPython",
     "platform_machine": machine}
    for platform, system, os_name in (("win32", "Windows", "nt"), ("linux", "Linux", "posix"),
                                      ("darwin", "Darwin", "posix"))
    for python in ("3.11", "3.12", "3.13")
    for machine in ("x86_64", "AMD64", "arm64")
]


def pins() -> dict[str, list[tuple[Version, Marker | None]]]:
    """name → [(version, marker)] from the lock's ``name==version ; marker`` lines."""
    found: dict[str, list[tuple[Version, Marker | None]]] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        requirement, _, marker = line.partition(";")
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([^\s]+)", requirement.strip())
        assert match, f"constraints.txt: not a pin: {line}"
        found.setdefault(canonicalize_name(match[1]), []).append(
            (Version(match[2]), Marker(marker.strip()) if marker.strip() else None))
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    every = [Requirement(text) for text in
             [*project["dependencies"], *(d for group in extras.values() for d in group)]]
    # An extra that names another ("tiepxuc[web]" in test) is the project itself, not a pin.
    return [r for r in every if canonicalize_name(r.name) != canonicalize_name(project["name"])]


def test_every_dependency_is_pinned_within_its_range_on_every_platform():
    locked = pins()
    problems = []
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        for environment in PLATFORMS:
            if requirement.marker is not None and not requirement.marker.evaluate(environment):
                continue
            versions = [v for v, marker in locked.get(name, [])
                        if marker is None or marker.evaluate(environment)]
            if len(versions) != 1:
                problems.append(f"{name}: {len(versions)} pins for {environment['sys_platform']}"
                                f" Python {environment['python_version']}")
            elif not requirement.specifier.contains(versions[0], prereleases=True):
                problems.append(f"{name}=={versions[0]} is outside {requirement.specifier}")
    assert not sorted(set(problems)), "regenerate the lock (README, Development): " + \
        "; ".join(sorted(set(problems)))


def test_the_lock_pins_nothing_twice_for_one_platform():
    for name, entries in pins().items():
        for environment in PLATFORMS:
            applicable = [v for v, m in entries if m is None or m.evaluate(environment)]
            assert len(applicable) <= 1, (name, environment["sys_platform"], applicable)


def test_click_is_bounded_below_its_next_major_release():
    """Typer 0.25 uses Click helpers that Click 8.5 deprecates for removal in Click 9."""
    click = next(r for r in declared() if canonicalize_name(r.name) == "click")
    assert not click.specifier.contains("9.0") and click.specifier.contains("8.5.1")


def test_the_readme_installs_through_the_lock():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in quick.splitlines() if line.strip()]
    assert len(commands) == 2
    assert all("pip install -c constraints.txt " in command for command in commands)


def _closure() -> dict[str, list[Requirement]]:
    """Every distribution tiepxuc (with its test tools) needs, from the installed metadata,
    following each requirement whose marker holds here: name → its own requirements."""
    from importlib import metadata

    found: dict[str, list[Requirement]] = {}
    todo = [r for r in declared()]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            found[name] = []
            continue
        needs = []
        for text in dist.requires or []:
            need = Requirement(text)
            if need.marker is None or need.marker.evaluate({"extra": ""}):
                needs.append(need)
        found[name] = needs
        todo.extend(needs)
    return found


def test_everything_tiepxuc_needs_is_in_the_lock_within_its_parents_ranges():
    """Not only the direct dependencies: a transitive one missing from the lock, or pinned
    outside what the package needing it asks for, would make fresh installs differ."""
    locked = pins()
    here = {"sys_platform": sys.platform, "python_version": "%d.%d" % sys.version_info[:2]}
    problems = []
    for name, needs in _closure().items():
        if name not in locked:
            problems.append(f"{name} is needed but not in the lock")
        for need in needs:
            versions = [v for v, marker in locked.get(canonicalize_name(need.name), [])
                        if marker is None or marker.evaluate(here)]
            if versions and not need.specifier.contains(versions[0], prereleases=True):
                problems.append(f"{name} needs {need}, the lock has {versions[0]}")
    assert not problems, "regenerate the lock: " + "; ".join(sorted(problems))
