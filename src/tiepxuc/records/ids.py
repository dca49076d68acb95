"""Record IDs: readable (date + words) and collision-free without a shared counter.

Two offices, or two branches of one repository, may add records on the same day about the same
thing; a short random tail keeps their IDs apart, so merging never has to renumber anything.
"""

from __future__ import annotations

import secrets

from slugify import slugify

# No 0/o, 1/l/i: the tail is read aloud and typed by people.
_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def slug(text: str, max_length: int = 40) -> str:
    """Vietnamese text as lowercase ASCII words: “Đất đai, tài nguyên” → ``dat-dai-tai-nguyen``."""
    return slugify(text, max_length=max_length, word_boundary=True)


def random_tail(length: int = 4) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def new_id(*parts: str, tail: bool = True) -> str:
    words = [slug(p) for p in parts if p]
    if tail:
        words.append(random_tail())
    return "-".join(w for w in words if w)
