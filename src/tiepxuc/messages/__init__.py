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


def language() -> str:
    lang = os.environ.get("TIEPXUC_LANG", "vi").strip().lower()[:2]
    return lang if lang in SUPPORTED else "vi"


def catalog(lang: str | None = None) -> dict[str, str]:
    lang = lang or language()
    if lang not in _loaded:
        _loaded[lang] = import_module(f"tiepxuc.messages.{lang}").MESSAGES
    return _loaded[lang]


def t(key: str, /, **values: object) -> str:
    """The text for ``key`` in the user's language, with ``values`` filled in."""
    text = catalog().get(key)
    if text is None:
        text = catalog("vi")[key]  # a KeyError here is a programming error, caught by the tests
    return text.format(**values).rstrip() if values else text


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
