"""The Jinja environment for every template (records and documents).

Templates run in a sandbox, undefined names fail loudly, and a repository may override any
built-in template by putting a file of the same name in its own ``templates/`` folder.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def builtin_templates() -> Path:
    """The templates shipped with the package (or the source checkout's, in development)."""
    installed = Path(str(files("tiepxuc"))) / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "templates"


def environment(repo_root: Path | None = None, finalize=None, trim_blocks: bool = True):
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from tiepxuc.records.yamlio import quote

    search = [builtin_templates()]
    if repo_root is not None and (repo_root / "templates").is_dir():
        search.insert(0, repo_root / "templates")
    env = SandboxedEnvironment(
        loader=FileSystemLoader([str(p) for p in search]),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=trim_blocks,
        lstrip_blocks=True,
        finalize=finalize,
        extensions=["jinja2.ext.do"],
    )
    env.filters["q"] = quote
    env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
    env.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    return env
