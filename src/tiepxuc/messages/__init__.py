"""The one place texts that users read come from.

Every text has a key; the Vietnamese catalogue is the reference and the English one mirrors it
(``TIEPXUC_LANG=en``). Callers never build user-facing sentences themselves.
"""

from __future__ import annotations

import os
import re
from importlib import import_module

SUPPORTED = ("vi", "en")
_loaded: dict[str, dict[str, str]] = {}


_chosen: tuple[str | None, str] = (None, "vi")  # (TIEPXUC_LANG as set, the language it gives)


def language() -> str:
    global _chosen
    raw = os.environ.get("TIEPXUC_LANG")
    if raw != _chosen[0]:  # read at each call (tests and the web app change it), parsed once
        lang = (raw or "vi").strip().lower()[:2]
        _chosen = (raw, lang if lang in SUPPORTED else "vi")
    return _chosen[1]


def catalog(lang: str | None = None) -> dict[str, str]:
    lang = lang or language()
    found = _loaded.get(lang)
    if found is None:
        found = _loaded[lang] = import_module(f"tiepxuc.messages.{lang}").MESSAGES
    return found


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` in the user's language, with ``values`` filled in."""
    text = catalog().get(key)
    if text is None:
        text = catalog("vi")[key]  # a KeyError here is a programming error, caught by the tests
    return text.format(**values).rstrip() if values else text


class Text:
    """A text made where it is shown: the key and values now, the sentence when it is printed
    (``str()``), in the language of the run that prints it. Results kept between runs hold
    these, so that a result computed in a Vietnamese run reads in English under
    ``TIEPXUC_LANG=en``. A value may itself be a Text."""

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = values

    def __str__(self) -> str:
        return t(self.key, **{k: str(v) if isinstance(v, Text) else v
                              for k, v in self.values.items()})

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Text({self.key!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return self.key == other.key and self.values == other.values
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.key)

    def __reduce__(self):
        return _text, (self.key, self.values)


def _text(key: str, values: dict) -> Text:
    return Text(key, **values)


def text(value: object) -> str:
    """A Text or a plain string, as printed."""
    return value if isinstance(value, str) else str(value)


def has(key: str) -> bool:
    return key in catalog("vi")


def t_vi(key: str, /, **values: object) -> str:
    """The Vietnamese text, whatever the user's language: for what goes into records and
    documents (default topics, agenda titles, commit messages), which stay Vietnamese."""
    text = catalog("vi")[key]
    return text.format(**values).rstrip() if values else text


# A value typed by hand that messages may repeat: an ID, a date, a time, a code (no spaces, no
# Vietnamese letters, no long run of digits). Anything else — a name typed in the wrong option,
# a phone or ID number — may be a citizen's personal data and is never repeated.
_REPEATABLE = re.compile(r"[\w:./+\-]{1,40}", re.ASCII)
_NUMBER_LIKE = re.compile(r"\d[\d .]{7,}\d|\d{8,}")


def typed(value: object) -> str:
    """``value`` as an error message may repeat it, or “…” when it may be personal data."""
    text = str(value)
    if _REPEATABLE.fullmatch(text) and not _NUMBER_LIKE.search(text) and "@" not in text:
        return text
    return "…"
