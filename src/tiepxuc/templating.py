"""The Jinja environment for every template (records and documents).

Templates run in Jinja's sandbox (no file access, no imports, no access to Python internals),
undefined names fail loudly, and a repository may override any built-in template by putting a
file of the same name in its own ``templates/`` folder — a real file: a link leading outside
that folder is not read.
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


def _inside_loader(search: list[Path]):
    """A loader that reads a template only when it stays inside its folder: a template that is
    a link to a file elsewhere is not found (Jinja already refuses names with "..")."""
    import os

    from jinja2 import FileSystemLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    from tiepxuc.paths import is_inside

    class InsideLoader(FileSystemLoader):
        def get_source(self, environment, template):
            pieces = split_template_path(template)
            for folder in self.searchpath:
                path = os.path.join(folder, *pieces)
                if os.path.isfile(path):
                    if not is_inside(folder, path):
                        raise TemplateNotFound(template)
                    return super().get_source(environment, template)
            raise TemplateNotFound(template)

    return InsideLoader([str(p) for p in search])


def environment(repo_root: Path | None = None, finalize=None, trim_blocks: bool = True):
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from tiepxuc.records.yamlio import quote

    search = [builtin_templates()]
    if repo_root is not None and (repo_root / "templates").is_dir():
        search.insert(0, repo_root / "templates")
    env = SandboxedEnvironment(
        loader=_inside_loader(search),
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
