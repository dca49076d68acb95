"""The one place texts that users read come from.

Every text has a key; the Vietnamese catalogue is the reference and the English one mirrors it
(``TIEPXUC_LANG=en``). Callers never build user-facing sentences themselves.
"""

from __future__ import annotations

import os
import re
from importlib import import_module
from typing import NamedTuple

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


class Phrase(NamedTuple):
    """A text worded where it is shown, in the user's language: its key and its values (which
    may be phrases too). What is kept between runs holds phrases, never sentences."""

    key: str
    values: tuple = ()  # ((name, value), …)

    def __str__(self) -> str:
        return t(self.key, **dict(self.values))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Joined(NamedTuple):
    """Parts (texts or phrases) worded and joined when shown: “a (nhãn a), b (nhãn b)”."""

    sep: str
    parts: tuple

    def __str__(self) -> str:
        return self.sep.join(map(str, self.parts))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def phrase(key: str, /, **values: object) -> Phrase:
    """``t`` worded later: the text for ``key`` in the language of whoever reads it."""
    return Phrase(key, tuple(values.items()))


def bound():
    """``t`` for many texts in a row (a province's 100,000 rows): the language looked up once."""
    texts, reference = catalog(), catalog("vi")

    def say(key: str, /, **values: object) -> str:
        text = texts.get(key) or reference[key]
        return text.format(**values).rstrip() if values else text
    return say


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
