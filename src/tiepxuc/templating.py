"""The Jinja environment for every template (records and documents).

Templates run in Jinja's sandbox (no file access, no imports, no access to Python internals),
undefined names fail loudly, and a repository may override any built-in template by putting a
file of the same name in its own ``templates/`` folder — a real file: a link leading outside
that folder is not read.

A repository's own template is code an office wrote or copied: besides the sandbox, each render
has limits (below, in one place) so that none can run for hours or fill the memory — a bounded
``range``, operators that refuse results too large, a time budget and an output budget. A breach
stops the render with a message naming the template and the limit (``render.template_error``),
before anything is written. Every template rendered through :func:`environment` has them: the
documents (render/) and the record templates (scaffold, lifecycle) alike.
"""

from __future__ import annotations

import re
import string
import threading
from functools import wraps
from importlib.resources import files
from pathlib import Path
from time import monotonic

# ---------------------------------------------------------------- the limits of one render
# Far above what a real document needs (the minutes of a session with 2,000 petitions: about
# 2 MB of markup, 2,000 loop steps, well under a second of template time), far below what hurts.

# Items of one range() call: the sandbox's own limit (jinja2.sandbox.MAX_RANGE).
MAX_RANGE = 100_000
# Items of all the range() calls of one render together: nested loops over range() multiply
# (range(100000) inside range(100000) is 10^10 steps, hours); a million steps is a second.
MAX_ITEMS = 1_000_000
# Characters of one string computed by an operator (* + % ~), a method or a filter: "x" * 10**9
# would build a gigabyte before anything else could stop it. Lists: MAX_ITEMS items.
MAX_CHARS = 10_000_000
# Digits of a number computed by * or **: 10**10**9 would compute for hours in one operation.
MAX_DIGITS = 1_000
# Seconds of one render, checked at every call, operator, loop step and piece of output:
# catches what the other limits cannot count (loops nested over real records, recursion).
TIME_LIMIT = 30.0
# Characters of markup one render produces, and of the expressions it prints (those captured
# by {% set %} or a macro included): 20 million characters (20 MB and more in UTF-8) is ten
# thousand pages, not a document.
MAX_OUTPUT = 20_000_000

_BITS_PER_DIGIT = 3.33  # log2(10): a number of b bits has about b / 3.33 decimal digits


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


class TemplateLimit(Exception):
    """A limit of the render was reached (``kind``: range, items, size, number, time, output,
    depth); the message is made where the template's name is known (:meth:`message`)."""

    def __init__(self, kind: str, **values) -> None:
        super().__init__(kind)
        self.kind = kind
        self.values = values

    def message(self) -> str:
        from tiepxuc.messages import t

        v = {k: _number(n) for k, n in self.values.items()}
        if self.kind == "range":
            return t("template.limit_range", count=v["count"], limit=v["limit"])
        if self.kind == "items":
            return t("template.limit_items", limit=v["limit"])
        if self.kind == "size":
            return t("template.limit_size", chars=_number(MAX_CHARS), items=_number(MAX_ITEMS))
        if self.kind == "number":
            return t("template.limit_number", limit=_number(MAX_DIGITS))
        if self.kind == "time":
            return t("template.limit_time", limit=v["limit"])
        if self.kind == "output":
            return t("template.limit_output", limit=_number(MAX_OUTPUT))
        return t("template.limit_depth")


def _number(value) -> str:
    """100.000 in Vietnamese, 100,000 in English."""
    from tiepxuc.messages import language

    if isinstance(value, float):
        value = int(value) if value == int(value) else value
    text = f"{value:,}"
    return text.translate(str.maketrans(",.", ".,")) if language() == "vi" else text


class Budget:
    """What one render has used so far."""

    __slots__ = ("deadline", "items", "printed")

    def __init__(self) -> None:
        self.deadline = monotonic() + TIME_LIMIT
        self.items = 0  # range() items
        self.printed = 0  # characters of the expressions printed, captured or not


class _State(threading.local):
    budget: Budget | None = None  # the render under way in this thread


_state = _State()


def _budget() -> Budget | None:
    return _state.budget


def _tick() -> None:
    """Stop the render when its time is up (called at every step that can repeat)."""
    budget = _state.budget
    if budget is not None and monotonic() > budget.deadline:
        raise TemplateLimit("time", limit=TIME_LIMIT)


# ---------------------------------------------------------------- sizes


def _check_value(value) -> None:
    """Refuse a computed string longer than MAX_CHARS or collection larger than MAX_ITEMS."""
    if isinstance(value, str):
        if len(value) > MAX_CHARS:
            raise TemplateLimit("size")
    elif isinstance(value, (list, tuple, dict, set, frozenset)) and len(value) > MAX_ITEMS:
        raise TemplateLimit("size")


def _limit_of(value) -> int | None:
    if isinstance(value, str):
        return MAX_CHARS
    if isinstance(value, (list, tuple)):
        return MAX_ITEMS
    return None


def _check_number(bits: float) -> None:
    if bits / _BITS_PER_DIGIT > MAX_DIGITS:
        raise TemplateLimit("number")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_repeat(left, right) -> None:
    """``*``: a string or list repeated, or a product of whole numbers."""
    if _is_int(left) and not _is_int(right):
        left, right = right, left
    limit = _limit_of(left)
    if limit is not None and _is_int(right):
        if len(left) * right > limit:
            raise TemplateLimit("size")
    elif _is_int(left) and _is_int(right):
        _check_number(left.bit_length() + right.bit_length())


def _check_power(base, exponent) -> None:
    if _is_int(base) and _is_int(exponent) and exponent > 0 and abs(base) > 1:
        _check_number(base.bit_length() * exponent)


def _check_add(left, right) -> None:
    limit = _limit_of(left)
    if limit is not None and _limit_of(right) == limit and len(left) + len(right) > limit:
        raise TemplateLimit("size")


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")


def _check_percent(text, values) -> None:
    """``text % values`` (and the ``format`` filter): widths and precisions add up."""
    if not isinstance(text, str):
        return
    stars = [v for v in (values if isinstance(values, tuple) else (values,)) if _is_int(v)]
    total = len(text)
    for match in _PERCENT_SPEC.finditer(text):
        for part in match.groups():
            if part == "*":
                total += max(stars, default=0)
            elif part:
                total += int(part)
    if total > MAX_CHARS:
        raise TemplateLimit("size")


def _check_format(text: str, args, kwargs) -> None:
    """``str.format``: widths in the fields, and the fields times the longest value."""
    values = [*args, *kwargs.values()]
    longest = max((len(v) for v in values if isinstance(v, (str, list, tuple))), default=0)
    largest = max((v for v in values if _is_int(v)), default=0)
    total = len(text)
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:
        return  # a malformed format fails by itself
    for _, field, spec, _ in fields:
        if field is None:
            continue
        total += longest + sum(int(d) for d in re.findall(r"\d+", spec or ""))
        if spec and "{" in spec:
            total += largest
    if total > MAX_CHARS:
        raise TemplateLimit("size")


def _check_replace(text, old, new, count=-1) -> None:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    times = text.count(old) if old else len(text) + 1
    if count is not None and _is_int(count) and count >= 0:
        times = min(times, count)
    if len(text) + times * (len(new) - len(old)) > MAX_CHARS:
        raise TemplateLimit("size")


def _check_str_method(text: str, name: str, args, kwargs) -> tuple:
    """Pre-check a string method that can grow its string; the arguments to call it with."""
    if name in ("ljust", "rjust", "center", "zfill"):
        width = args[0] if args else kwargs.get("width")
        if _is_int(width) and width > MAX_CHARS:
            raise TemplateLimit("size")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if _is_int(size) and len(text) + text.count("\t") * size > MAX_CHARS:
            raise TemplateLimit("size")
    elif name == "replace" and len(args) >= 2:
        _check_replace(text, *args[:3])
    elif name == "join" and args:
        items = list(args[0])
        _check_value(items)
        total = sum(len(i) for i in items if isinstance(i, str))
        if total + len(text) * max(0, len(items) - 1) > MAX_CHARS:
            raise TemplateLimit("size")
        args = (items, *args[1:])
    return args


# ---------------------------------------------------------------- range, filters, globals


def _range(*args) -> range:
    """range() as templates have it: at most MAX_RANGE items a call, MAX_ITEMS a render."""
    numbers = range(*args)
    count = max(0, -(-(numbers.stop - numbers.start) // numbers.step))
    if count > MAX_RANGE:
        raise TemplateLimit("range", count=count, limit=MAX_RANGE)
    budget = _budget()
    if budget is not None:
        budget.items += count
        if budget.items > MAX_ITEMS:
            raise TemplateLimit("items", limit=MAX_ITEMS)
    return numbers


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    from jinja2.utils import generate_lorem_ipsum

    if _is_int(n) and _is_int(max) and n * max > 100_000:
        raise TemplateLimit("size")
    return generate_lorem_ipsum(n, html, min, max)


def _filter_checks() -> dict:
    """Pre-checks of the filters that can grow a value far beyond their input, by name: each
    receives the filter's arguments after the value's context argument, if any."""

    def center(value, width=80, *_):
        if _is_int(width) and width > MAX_CHARS:
            raise TemplateLimit("size")

    def indent(text, width=4, *_, **__):
        step = len(width) if isinstance(width, str) else width
        if isinstance(text, str) and _is_int(step) and \
                len(text) + step * (text.count("\n") + 1) > MAX_CHARS:
            raise TemplateLimit("size")

    def format_(text, *args, **kwargs):
        _check_percent(text, tuple(args) or tuple(kwargs.values()))

    def join(value, d="", *_, **__):
        if isinstance(d, str) and hasattr(value, "__len__") and \
                len(d) * max(0, len(value) - 1) > MAX_CHARS:
            raise TemplateLimit("size")

    def replace(text, old, new, count=None):
        _check_replace(text, old, new, count)

    def count_at_most(value, count, *_, **__):  # batch (pads to count), slice (count lists)
        if _is_int(count) and count > MAX_ITEMS:
            raise TemplateLimit("size")

    return {"center": center, "indent": indent, "format": format_, "join": join,
            "replace": replace, "batch": count_at_most, "slice": count_at_most}


def _guard_filter(function, check=None):
    """A filter that checks its arguments (``check``), the clock and the size of its result."""
    from jinja2.utils import _PassArg

    skip = 1 if _PassArg.from_obj(function) is not None else 0

    @wraps(function)
    def guarded(*args, **kwargs):
        _tick()
        if check is not None:
            try:
                check(*args[skip:], **kwargs)
            except TypeError:  # arguments the filter itself refuses, with its own message
                pass
        result = function(*args, **kwargs)
        _check_value(result)
        return result

    return guarded


class _Loop:
    """What a ``{% for %}`` iterates over: the same items, with the clock checked at each."""

    __slots__ = ("_items",)

    def __init__(self, items) -> None:
        self._items = items

    def __iter__(self):
        budget = _state.budget
        if budget is None:
            yield from self._items
            return
        deadline = budget.deadline
        for item in self._items:
            if monotonic() > deadline:
                raise TemplateLimit("time", limit=TIME_LIMIT)
            yield item

    def __len__(self) -> int:
        return len(self._items)  # TypeError for an iterator: the loop counts it itself


def _printed(value):
    """Every printed expression, also inside {% set %} blocks and macros: counted."""
    if isinstance(value, str):
        budget = _state.budget
        if budget is not None:
            budget.printed += len(value)
            if budget.printed > MAX_OUTPUT:
                raise TemplateLimit("output")
    return value


def _sized(value):
    _check_value(value)
    return value


LOOP_FILTER, SIZE_FILTER, PRINT_FILTER = "tiepxuc_loop", "tiepxuc_size", "tiepxuc_printed"


def _guard_tree(tree):
    """Checks in the template's syntax tree where the sandbox has no hook: each loop's items,
    each ``~`` concatenation and {% set %} block, each printed expression."""
    from jinja2 import nodes
    from jinja2.visitor import NodeTransformer

    def wrap(node, name):
        return nodes.Filter(node, name, [], [], None, None, lineno=getattr(node, "lineno", 1))

    class Guards(NodeTransformer):
        def visit_For(self, node):
            node = self.generic_visit(node)
            node.iter = wrap(node.iter, LOOP_FILTER)
            return node

        def visit_Concat(self, node):
            return wrap(self.generic_visit(node), SIZE_FILTER)

        def visit_AssignBlock(self, node):
            node = self.generic_visit(node)
            node.filter = wrap(node.filter, SIZE_FILTER)  # None: the block's own text
            return node

        def visit_Output(self, node):
            node = self.generic_visit(node)
            node.nodes = [child if isinstance(child, nodes.TemplateData)
                          else wrap(child, PRINT_FILTER) for child in node.nodes]
            return node

    return Guards().visit(tree)


# ---------------------------------------------------------------- the environment


def _environment_class():
    from jinja2 import Template, TemplateError
    from jinja2.sandbox import SandboxedEnvironment

    from tiepxuc.errors import TiepxucError
    from tiepxuc.messages import t

    class LimitedTemplate(Template):
        """A template whose render has a budget (time, range items, output), and whose
        failures name it: a limit reached, an error of the template itself."""

        def _failure(self, exc: BaseException) -> TiepxucError:
            if isinstance(exc, TemplateLimit):
                error = exc.message()
            elif isinstance(exc, RecursionError):
                error = TemplateLimit("depth").message()
            elif isinstance(exc, MemoryError):
                error = TemplateLimit("size").message()
            elif isinstance(exc, OverflowError):
                error = TemplateLimit("number").message()
            else:
                error = str(exc)
            return TiepxucError(t("render.template_error", template=self.name or "?",
                                  error=error))

        def _chunks(self, budget: Budget, args, kwargs):
            """The pieces of markup, counted and timed."""
            context = self.new_context(dict(*args, **kwargs))
            deadline, size = budget.deadline, 0
            try:
                for chunk in self.root_render_func(context):
                    size += len(chunk)
                    if size > MAX_OUTPUT:
                        raise TemplateLimit("output")
                    if monotonic() > deadline:
                        raise TemplateLimit("time", limit=TIME_LIMIT)
                    yield chunk
            except Exception:
                self.environment.handle_exception()

        def render(self, *args, **kwargs) -> str:
            budget, previous = Budget(), _state.budget
            _state.budget = budget
            try:
                return self.environment.concat(self._chunks(budget, args, kwargs))
            except (TemplateLimit, TemplateError, RecursionError, MemoryError,
                    OverflowError) as exc:
                raise self._failure(exc) from None
            finally:
                _state.budget = previous

        def generate(self, *args, **kwargs):
            budget, previous = Budget(), _state.budget
            _state.budget = budget
            try:
                yield from self._chunks(budget, args, kwargs)
            except (TemplateLimit, TemplateError, RecursionError, MemoryError,
                    OverflowError) as exc:
                raise self._failure(exc) from None
            finally:
                _state.budget = previous

    class LimitedEnvironment(SandboxedEnvironment):
        """The sandbox, with the limits above at every hook it offers."""

        template_class = LimitedTemplate
        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.globals["range"] = _range
            self.globals["lipsum"] = _lipsum
            self.filters[LOOP_FILTER] = _Loop
            self.filters[SIZE_FILTER] = _sized
            self.filters[PRINT_FILTER] = _printed

        def guard_filters(self) -> None:
            """Every filter (Jinja's and ours) checks the clock and its result's size, and
            those that can grow a value far beyond their input check their arguments first."""
            checks = _filter_checks()
            for name, function in list(self.filters.items()):
                if name not in (LOOP_FILTER, SIZE_FILTER, PRINT_FILTER):
                    self.filters[name] = _guard_filter(function, checks.get(name))

        def _parse(self, source, name, filename):
            tree = _guard_tree(super()._parse(source, name, filename))
            tree.set_environment(self)
            return tree

        def call_binop(self, context, operator, left, right):
            _tick()
            if type(left) is int and type(right) is int:  # the common case, checked quickly
                if operator == "*":
                    _check_number(left.bit_length() + right.bit_length())
                elif operator == "**":
                    _check_power(left, right)
                return self.binop_table[operator](left, right)
            if operator == "*":
                _check_repeat(left, right)
            elif operator == "**":
                _check_power(left, right)
            elif operator == "+":
                _check_add(left, right)
            elif operator == "%":
                _check_percent(left, right)
            try:
                result = self.binop_table[operator](left, right)
            except OverflowError:  # 10.0 ** 400
                raise TemplateLimit("number") from None
            _check_value(result)
            return result

        def call(__self, __context, __obj, *args, **kwargs):  # the sandbox's own signature
            _tick()
            owner = getattr(__obj, "__self__", None)
            if isinstance(owner, str):
                args = _check_str_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
            result = super().call(__context, __obj, *args, **kwargs)
            _check_value(result)
            if isinstance(owner, (list, dict, set)):  # {% do items.extend(items) %}
                _check_value(owner)
            return result

        def wrap_str_format(self, value):
            wrapper = super().wrap_str_format(value)
            if wrapper is None:
                return None
            text = value.__self__

            @wraps(wrapper)
            def checked(*args, **kwargs):
                if value.__name__ == "format_map" and args and isinstance(args[0], dict):
                    _check_format(text, (), args[0])
                else:
                    _check_format(text, args, kwargs)
                return wrapper(*args, **kwargs)

            return checked

    return LimitedEnvironment


_ENVIRONMENT_CLASS = None


def environment(repo_root: Path | None = None, finalize=None, trim_blocks: bool = True):
    """The templates' environment: the repository's templates/ first, then the built-in ones.
    The plain one is made once per repository (an import writes 10,000 records from it);
    its loader still sees a template edited meanwhile."""
    if finalize is None and trim_blocks:
        key = (repo_root, repo_root is not None and (repo_root / "templates").is_dir())
        made = _PLAIN.get(key)
        if made is None:
            made = _PLAIN[key] = _environment(repo_root, None, True)
        return made
    return _environment(repo_root, finalize, trim_blocks)


_PLAIN: dict = {}


def _environment(repo_root: Path | None, finalize, trim_blocks: bool):
    global _ENVIRONMENT_CLASS
    from tiepxuc.records.yamlio import quote

    if _ENVIRONMENT_CLASS is None:
        _ENVIRONMENT_CLASS = _environment_class()
    from jinja2 import StrictUndefined

    search = [builtin_templates()]
    if repo_root is not None and (repo_root / "templates").is_dir():
        search.insert(0, repo_root / "templates")
    env = _ENVIRONMENT_CLASS(
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
    env.guard_filters()
    return env
