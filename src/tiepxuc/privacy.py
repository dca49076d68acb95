"""What is citizens' personal data, how public outputs hide it, and where contact details live.

Personal data is marked on the record models' fields themselves (records/models.py:
``json_schema_extra={"personal": "name" | "contact"}``); :func:`personal_fields` derives the list
from the models, so there is no list of fields to keep in step anywhere else.

- A citizen's **name** (``"name"``) is reduced to initials in public documents and left out of
  public exports; officials' names (chairs, signers) and organisations are not personal data here.
- **Contact and identity details** (``"contact"``: address, phone, ID number, e-mail) never appear
  in public outputs. A unit may keep them out of the shared repository altogether, in the
  git-ignored file ``private/contacts.yaml`` (petition ID → details), joined in for internal
  documents only.
- **Free text** may repeat any of them, so it is scanned too: known names, phone and ID numbers,
  e-mail addresses and house numbers (:func:`redact`, :func:`find`).
"""

from __future__ import annotations

import gc
import re
import types
import typing
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from tiepxuc.messages import t, t_vi

# ---------------------------------------------------------------- patterns

# Broad patterns for public versions (hiding too much is safe there): 9-12 digit ID numbers and
# 9-11 digit phone numbers, possibly grouped with spaces or dots.
_PHONE_OR_ID = re.compile(r"(?<![\d/])(\+?84|0)?(?:[\s.]?\d){8,11}(?![\d/])")
_ID_NUMBER = re.compile(r"(?<!\d)\d{9}(?:\d{3})?(?!\d)")
# "số nhà 14", "Số 14, ngõ 21", "số 3/15 đường …": a house number, not "tổ dân phố số 5".
_HOUSE = re.compile(
    r"(?i)\b(số nhà|nhà số)\s*\d+[a-z]?(?:/\d+)*"
    r"|\bsố\s*\d+[a-z]?(?:/\d+)*(?=\s*,?\s*(ngõ|ngách|hẻm|kiệt|đường|phố|khu|thôn|xóm))"
)

# Precise patterns for `privacy scan` (each match is a finding, so false alarms matter).
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?!\w)")
# Vietnamese numbers: mobile 0 + 9 digits (3, 5, 7, 8, 9…), landline 0 + 10 digits (02…), or
# +84 / 84 instead of the 0; digits may be grouped with spaces, dots or dashes, the area code
# may be in brackets: “0912 345 678”, “+84 912.345.678”, “(024) 3825 1234”.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+84|84|\(0\d{2,3}\)|0)(?:[ .-]?\d){8,10}(?!\w|[.-]\d)"
)
_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")
# Citizen ID numbers: 12 digits (CCCD, số định danh cá nhân), also grouped by three with
# spaces; the old 9-digit CMND.
_CCCD = re.compile(r"(?<![\w+.,/-])(?:\d{12}|\d{3} \d{3} \d{3} \d{3})(?!\w|[.,/-]\d)")
_CMND = re.compile(r"(?<![\w+.,/-])\d{9}(?!\w|[.,/-]\d)")
# An issued record's seal is a fingerprint, never personal data: left as it is.
_FINGERPRINT = re.compile(r"sha256:[0-9a-f]{64}")

KINDS = ("phone", "id_number", "old_id_number", "email")


def _phone_digits(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    if not text.startswith(("0", "(")):  # +84 / 84 in place of the 0
        digits = "0" + digits[2:]
    return bool(_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits))


def find(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each phone number, ID number and e-mail address in ``text``; kind
    is one of :data:`KINDS`."""
    found: list[tuple[str, int, int]] = []
    masked = text

    def take(kind: str, start: int, end: int) -> None:
        nonlocal masked
        found.append((kind, start, end))
        masked = masked[:start] + "x" * (end - start) + masked[end:]  # not matched again

    for match in _EMAIL.finditer(text):
        take("email", match.start(), match.end())
    for match in list(_PHONE.finditer(masked)):
        if _phone_digits(match.group(0)):
            take("phone", match.start(), match.end())
    for match in list(_CCCD.finditer(masked)):
        take("id_number", match.start(), match.end())
    for match in list(_CMND.finditer(masked)):
        take("old_id_number", match.start(), match.end())
    return sorted(found, key=lambda f: f[1])


def kind_label(kind: str) -> str:
    """“số điện thoại”, “số định danh cá nhân”, … (never the value itself)."""
    return t(f"privacy.kind.{kind}")


# ---------------------------------------------------------------- redaction


def initials(name: str) -> str:
    """“Nguyễn Văn Khánh” → “N.V.K.” (the letters keep their case, Đ stays Đ)."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    return "".join(unicodedata.normalize("NFC", p)[0].upper() + "." for p in parts)


# A word of free text: letters and digits (with combining accents, should a text not be NFC).
_WORD = re.compile(r"[\w\u0300-\u036f]+")
_WORD_SPLIT = re.compile(r"([\w\u0300-\u036f]+)")
# Anything the pattern passes could hide holds a digit or an @ (numbers, house numbers, e-mail).
_MAY_HOLD_NUMBERS = re.compile(r"[\d@]")
_END = ""  # the trie key of a complete name or value (never a word, never a separator pair)


def _separator(between: str) -> str:
    """What separates two words, as matching compares it: any run of spaces or line breaks is
    one and the same (“Nguyễn  Văn”, a name folded over two lines), punctuation is kept."""
    return "".join(between.split())


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


class Redactor:
    """Hides known citizens' names and known values (addresses…) in free text, in time linear in
    the text whatever the number of names: built once per run from all of them.

    Names and values are matched as whole words, case-insensitively and accent-exactly: each
    text is cut into words, and the words starting at each position are looked up in a trie
    keyed by the case-folded NFC words (and the punctuation between them), so the work per
    word is bounded by the longest name that starts there, not by how many names there are.
    A name inside a longer word is not a name (“Lan” in “Lanh”, “lan truyền” is still hidden:
    the case is ignored); a regular expression alternating thousands of names would try every
    one of them at every position.

    Replacement as it has always been: known values (at least 4 characters) first, by the
    hidden marker; then names, by their initials (“N.V.K.”), the longest match at each place;
    then phone and ID numbers, e-mail addresses and house numbers by pattern.
    """

    def __init__(self, names=(), values=()) -> None:
        hidden = t_vi("doc.hidden")
        self.hidden = hidden
        self._values: dict = {}
        self._names: dict = {}
        self._loose: list[tuple[str, str]] = []  # values without a word: matched as before
        for value in {v.strip() for v in values if v and len(v.strip()) >= 4}:
            self._add(self._values, value, hidden)
        for name in {n.strip() for n in names if n and n.strip()}:
            self._add(self._names, name, initials(name))

    def _add(self, trie: dict, phrase: str, replacement: str) -> None:
        phrase = _nfc(phrase)
        words = list(_WORD.finditer(phrase))
        if not words:
            self._loose.append((phrase, replacement))
            return
        node = trie.setdefault(words[0].group().casefold(), {})
        for before, word in zip(words, words[1:]):
            key = (_separator(phrase[before.end():word.start()]).casefold(),
                   word.group().casefold())
            node = node.setdefault(key, {})
        # punctuation around the words (“(024) 3825 1234”) goes too where the text has it
        lead = phrase[:words[0].start()].strip().casefold()
        trail = phrase[words[-1].end():].strip().casefold()
        ends = node.setdefault(_END, [])
        ends.append((len(lead) + len(trail), lead, trail, replacement))
        ends.sort(key=lambda end: -end[0])

    @staticmethod
    def _words(text: str) -> tuple[list[str], list[str]]:
        """[separator, word, separator, word, …, separator] cut by the regex engine, and the
        words case-folded in one call (no word holds a NUL)."""
        parts = _WORD_SPLIT.split(text)
        return parts, "\0".join(parts[1::2]).casefold().split("\0") if len(parts) > 1 else []

    @staticmethod
    def _replace(text: str, trie: dict, parts: list[str], keys: list[str], hits) -> str:
        """``text`` (cut into ``parts`` and ``keys`` by :meth:`_words`) with each phrase of
        ``trie`` replaced; ``hits``: the words of the text that start a phrase."""
        if len(hits) > 8:  # a list of names: one pass over the words
            starts = [i for i, key in enumerate(keys) if key in hits]
        else:  # a few: where they are, found by list.index (at C speed) rather than a loop
            starts = []
            for word in hits:
                at = -1
                while True:
                    try:
                        at = keys.index(word, at + 1)
                    except ValueError:
                        break
                    starts.append(at)
            starts.sort()
        offsets = list(accumulate(map(len, parts)))  # word i: offsets[2i] to offsets[2i + 1]
        out: list[str] = []
        done = 0  # text[:done] is in out
        count = len(keys)
        after = 0  # the first word not yet replaced
        for i in starts:
            if i < after:
                continue
            node = trie[keys[i]]
            found, j = None, i
            while True:
                if _END in node:
                    found = (j, node[_END])
                if j + 1 >= count:
                    break
                node = node.get((_separator(parts[2 * j + 2]).casefold(), keys[j + 1]))
                if node is None:
                    break
                j += 1
            if found is None:
                continue
            j, ends = found
            start, end = offsets[2 * i], offsets[2 * j + 1]
            for _, lead, trail, replacement in ends:
                if lead and (start - len(lead) < done
                             or text[start - len(lead):start].casefold() != lead):
                    continue
                if trail and text[end:end + len(trail)].casefold() != trail:
                    continue
                out.append(text[done:start - len(lead)])
                out.append(replacement)
                done = end + len(trail)
                break
            else:  # the words are there but not the punctuation around them: the bare words
                out.append(text[done:start])
                out.append(ends[-1][3])
                done = end
            after = j + 1
            while after < count and offsets[2 * after] < done:  # a trailing mark covers it
                after += 1
        out.append(text[done:])
        return "".join(out)

    def names_and_values(self, text: str) -> str:
        """``text`` with the known values and names hidden (no pattern pass)."""
        text = _nfc(text)
        for phrase, replacement in sorted(self._loose, key=lambda p: -len(p[0])):
            text = re.sub(re.escape(phrase), replacement, text, flags=re.IGNORECASE)
        parts, keys = self._words(text)
        hits = self._values.keys() & keys  # the words a value starts with: at C speed
        if hits:  # values first, as always: then the text is cut again for the names
            text = self._replace(text, self._values, parts, keys, hits)
            parts, keys = self._words(text)
        hits = self._names.keys() & keys
        return self._replace(text, self._names, parts, keys, hits) if hits else text

    def redact(self, text: str) -> str:
        """``text`` without the citizens' names (initials instead), the known values, phone and
        ID numbers, e-mail addresses or house numbers."""
        hidden = self.hidden
        text = self.names_and_values(text)
        if not _MAY_HOLD_NUMBERS.search(text):
            return text
        for _, start, end in reversed(find(text)):
            text = text[:start] + hidden + text[end:]
        text = _HOUSE.sub(hidden, text)
        text = _PHONE_OR_ID.sub(lambda m: (" " if m.group(0)[0].isspace() else "") + hidden, text)
        return _ID_NUMBER.sub(hidden, text)

    __call__ = redact


@lru_cache(maxsize=16)
def _redactor(names: frozenset, values: frozenset) -> Redactor:
    return Redactor(names, values)


def redactor(names=(), values=()) -> Redactor:
    """The :class:`Redactor` for these names and values (the same one for the same sets)."""
    return _redactor(frozenset(names), frozenset(values))


def redact(text: str, names: list[str] | tuple[str, ...] = (),
           values: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` without the given citizens' names (initials instead), the given known values
    (addresses…), phone and ID numbers, e-mail addresses or house numbers. For many texts,
    build a :class:`Redactor` once (or call :func:`redactor`) and use its ``redact``."""
    return redactor(names, values).redact(text)


def contains_personal_data(text: str, names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What a checker finds in ``text`` (used by the tests of public documents and exports)."""
    folded = text.casefold()
    found = [n for n in names if n and n.casefold() in folded]
    found += [text[start:end] for _, start, end in find(text)]
    found += [m.group(0) for m in _PHONE_OR_ID.finditer(text)]
    found += [m.group(0) for m in _HOUSE.finditer(text)]
    return found


@lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    """records.ids.slug, once per distinct text (a name's words and initials repeat a lot, and
    each transliteration is slow)."""
    from tiepxuc.records.ids import slug

    return slug(text, max_length=0)


def _slug_names(names) -> list[tuple[str, str]]:
    """(slug of a name, slug of its initials): record IDs are made of the first words of the
    content, which may be a petitioner's name (“kn-2024-06-14-ong-nguyen-van-khanh-…”)."""
    out = []
    for name in names:
        # word by word, as the whole (transliteration is letter by letter, spaces become “-”)
        words = "-".join(w for w in map(_slug, name.split()) if w)
        if words.count("-") >= 1:
            out.append((words, _slug(initials(name).replace(".", ""))))
    return sorted(set(out), key=lambda pair: -len(pair[0]))


_SLUG_WORD = re.compile(r"[a-z0-9]+")


class Slugs:
    """The citizens' names as ID words (“nguyen-van-khanh” → “nvk”), found in an ID in time
    linear in the ID whatever the number of names (a trie of the dash-separated words, the
    longest name at each place), like :class:`Redactor` for text."""

    def __init__(self, pairs) -> None:
        self._trie: dict = {}
        for words, short in pairs:
            parts = words.split("-")
            node = self._trie
            for part in parts:
                node = node.setdefault(part, {})
            node.setdefault(_END, short)

    @classmethod
    def of_names(cls, names) -> Slugs:
        return cls(_slug_names(names))

    def replace(self, value: str) -> str:
        trie = self._trie
        if not trie:
            return value
        words = [(m.start(), m.end(), m.group()) for m in _SLUG_WORD.finditer(value)]
        out: list[str] = []
        done, i, count = 0, 0, len(words)
        while i < count:
            node = trie.get(words[i][2])
            found, j = None, i
            while node is not None:
                if _END in node:
                    found = (j, node[_END])
                if j + 1 >= count or value[words[j][1]:words[j + 1][0]] != "-":
                    break
                j += 1
                node = node.get(words[j][2])
            if found is None:
                i += 1
                continue
            j, short = found
            out += [value[done:words[i][0]], short]
            done = words[j][1]
            i = j + 1
        out.append(value[done:])
        return "".join(out)


def _slugs(slugs) -> Slugs:
    return slugs if isinstance(slugs, Slugs) else Slugs(slugs)


_RECORD_ID = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+){3,}(?![\w-])")


def redact_id(value: str, slugs: Slugs | list[tuple[str, str]]) -> str:
    """A record ID without the citizens' names or numbers its words may hold: names become
    initials (“…-nguyen-van-khanh-…” → “…-nvk-…”), phone and ID numbers “an” (ẩn). The same
    ID always comes out the same, so references between records still match. ``slugs``: from
    :meth:`Slugs.of_names` (built once for many IDs), or the pairs of :func:`_slug_names`."""
    value = _slugs(slugs).replace(value)
    spaced = value.replace("-", " ")  # numbers in an ID are dash-separated words
    for _, start, end in reversed(find(spaced)):
        value = value[:start] + "an" + value[end:]
    return value


def redact_ids_in(text: str, slugs: Slugs | list[tuple[str, str]]) -> str:
    """:func:`redact_id` on every record ID written in ``text``."""
    slugs = _slugs(slugs)
    return _RECORD_ID.sub(lambda m: redact_id(m.group(0), slugs), text)


# ---------------------------------------------------------------- the markers on the models


def _marker(info) -> str | None:
    extra = info.json_schema_extra
    return extra.get("personal") if isinstance(extra, dict) else None


@lru_cache(maxsize=1)
def personal_fields() -> dict[tuple[str, str], str]:
    """(model, field) → "name" or "contact", for every record field marked as personal data."""
    from pydantic import BaseModel

    from tiepxuc.records import models

    out = {}
    for name, cls in vars(models).items():
        if isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__module__ == models.__name__:
            for field, info in cls.model_fields.items():
                kind = _marker(info)
                if kind:
                    out[(name, field)] = kind
    return out


def contact_fields() -> list[str]:
    """The petitioner's contact fields (RaisedBy): what the private contacts file may hold."""
    return [field for (model, field), kind in personal_fields().items()
            if model == "RaisedBy" and kind == "contact"]


def _shape(annotation: Any, metadata: list | tuple = ()) -> tuple[str, type | None]:
    """What a field holds: ("model", class), ("text", None) for free text, ("any", None) for
    untyped data (overrides), ("other", None) for IDs, dates, numbers and codes."""
    from pydantic import BaseModel, BeforeValidator

    from tiepxuc.records.types import _record_id

    meta = list(metadata)
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *more = typing.get_args(annotation)
            meta += more
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return "other", None
            annotation = args[0]
        elif origin is list:
            annotation = typing.get_args(annotation)[0]
        else:
            break
    if annotation is Any or annotation is dict or typing.get_origin(annotation) is dict:
        return "any", None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model", annotation
    if annotation is str:
        if any(isinstance(m, BeforeValidator) and m.func is _record_id for m in meta):
            return "id", None
        return "text", None
    return "other", None


@lru_cache(maxsize=None)
def _fields(cls: type) -> dict[str, tuple[str | None, str, type | None]]:
    """field → (personal marker, shape, model class) for one model."""
    return {name: (_marker(info), *_shape(info.annotation, info.metadata))
            for name, info in cls.model_fields.items()}


# ---------------------------------------------------------------- free text in the records


def free_text(cls: type | None, data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, text) of every free-text value in a record's data as read from YAML (valid or
    not): every text that is not itself a personal-data field, an ID, a date or a code.
    Unknown keys are scanned too."""
    if isinstance(data, dict):
        fields = _fields(cls) if cls is not None else {}
        for key, value in data.items():
            marker, shape, sub = fields.get(key, (None, "any", None))
            if marker:
                continue
            if shape == "model":
                yield from free_text(sub, value, (*path, key))
            elif shape in ("text", "any"):
                yield from free_text(None, value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from free_text(cls, item, (*path, index))
    elif isinstance(data, str) and not _FINGERPRINT.fullmatch(data):
        yield path, data


def dotted(path: tuple) -> str:
    """("replies", 0, "content") → “replies[0].content”."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@dataclass(frozen=True)
class Finding:
    path: Path  # the file
    line: int
    column: int
    field: str  # dotted, e.g. answer.content
    kind: str  # one of KINDS
    loc: tuple = ()  # the field's path in the record, e.g. ("answer", "content")

    def format(self, shown: str) -> str:
        return f"{shown}:{self.line}:{self.column}: {self.field}: {kind_label(self.kind)}"


def record_files(repo) -> list:
    return [r for r in (repo.unit_record, repo.calendar_record, *repo.records) if r is not None]


def scan_record(record, *, precise: bool = True) -> list[Finding]:
    """Phone numbers, ID numbers and e-mail addresses in one record's free text (its YAML as
    read, so a record with other problems is scanned too). ``precise``: the line and column of
    each number (reading the file again), else those of its field."""
    from tiepxuc.records.models import RECORD_MODELS

    if record.doc is None or record.doc.data is None:
        return []
    out = []
    source: list = [None, {}]  # the file's text, read once when a number is found; where
    # each value was last found
    for path, text in free_text(RECORD_MODELS[record.kind], record.doc.data):
        for kind, start, end in find(text):
            line, column = (_where(record, path, text[start:end], source) if precise
                            else _field_position(record, path))
            out.append(Finding(record.path, line, column, dotted(path), kind, path))
    return out


def scan(repo, *, precise: bool = True) -> list[Finding]:
    """:func:`scan_record` over every record of the repository that could be read."""
    return [f for record in record_files(repo) for f in scan_record(record, precise=precise)]


def marked_paths(model, kind: str, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(path, field) of each field marked ``kind`` ("contact", "name") that holds a value."""
    from pydantic import BaseModel

    for name, (marker, shape, _) in _fields(type(model)).items():
        value = getattr(model, name)
        if value is None:
            continue
        if marker == kind:
            yield (*path, name), name
        elif shape == "model":
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                if isinstance(item, BaseModel):
                    here = (*path, name) if index is None else (*path, name, index)
                    yield from marked_paths(item, kind, here)


def _field_position(record, path: tuple) -> tuple[int, int]:
    pos = record.position(*path)
    return pos.line, pos.column


def _where(record, path: tuple, value: str, source: list) -> tuple[int, int]:
    """The line and column of ``value`` inside the field at ``path`` (the field's own when the
    value is folded over two lines or escaped)."""
    start = record.doc.values.get(path) if record.doc is not None else None
    end = record.doc.ends.get(path) if record.doc is not None else None
    pos = record.position(*path)
    if start is None or end is None:
        return pos.line, pos.column
    if source[0] is None:
        from tiepxuc.fileio import UnreadableFile, read_text

        try:
            source[0] = read_text(record.path)
        except (UnreadableFile, OSError):
            source[0] = ""
    text = source[0]
    after = source[1].get((path, value), start.index)  # the same number twice in one field
    at = text.find(value, after, end.index) if text else -1
    if at < 0:
        return pos.line, pos.column
    source[1][(path, value)] = at + len(value)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def unreadable(repo) -> list:
    """Records whose YAML could not be read at all (they cannot be scanned)."""
    return [r for r in record_files(repo) if r.doc is None]


# ---------------------------------------------------------------- names and known values


def _is_organisation(model) -> bool:
    return getattr(getattr(model, "kind", None), "value", None) == "organisation"


def _walk_marked(model, found: dict[str, list[str]]) -> None:
    from pydantic import BaseModel

    for name, (marker, shape, _) in _fields(type(model)).items():
        value = getattr(model, name)
        if value is None:
            continue
        if marker:
            if isinstance(value, str) and not (marker == "name" and _is_organisation(model)):
                found.setdefault(marker, []).append(value)
        elif shape == "model":
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, BaseModel):
                    _walk_marked(item, found)


def personal_values(models) -> dict[str, list[str]]:
    """"name" → citizens' names, "contact" → their contact details, as held in ``models``
    (organisations' names are not personal data)."""
    found: dict[str, list[str]] = {}
    for model in models:
        if model is not None:
            _walk_marked(model, found)
    return {kind: list(dict.fromkeys(values)) for kind, values in found.items()}


def record_values(record) -> dict[str, list[str]]:
    """The personal values one record holds (kept with it in the record store)."""
    if record.personal is None:
        record.personal = personal_values([record.model])
    return record.personal


def repository_values(repo) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for record in repo.records:
        for kind, values in record_values(record).items():
            found.setdefault(kind, []).extend(values)
    return {kind: list(dict.fromkeys(values)) for kind, values in found.items()}


def hide_for(repo, names=(), values=()) -> "Hide":
    """What logs and terminals may show of citizens' text in ``repo``: the same redaction as
    the public versions (every citizen named in the records, and ``names``/``values`` not
    recorded yet), for commit messages, command output, deadline rows and errors."""
    only_recorded = not names and not values
    if only_recorded and getattr(repo, "_hide", None) is not None:
        return repo._hide  # built once per loaded repository: the records do not change
    found = repository_values(repo)
    names = [*names, *found.get("name", [])]
    values = [*values, *found.get("contact", [])]
    store = getattr(repo, "store", None)
    if store is None:
        hide = Hide(names, values)
    else:  # its matchers take a while to build: kept with the records they come from
        import hashlib

        digest = hashlib.sha256("\0".join([*names, "\1", *values]).encode(
            "utf-8", "surrogateescape")).digest()
        hide = store.derived("hide", digest, lambda: Hide(names, values))
    if only_recorded and hasattr(repo, "_hide"):
        repo._hide = hide
    return hide


# ---------------------------------------------------------------- records as data (export json)


def _plain(value: Any, shape: str, public: bool, hide) -> Any:
    from pydantic import BaseModel

    if isinstance(value, list):
        return [_plain(item, shape, public, hide) for item in value]
    if isinstance(value, BaseModel):
        return as_data(value, public=public, hide=hide)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, dict):
        return {k: _plain(v, shape, public, hide) for k, v in value.items()}
    if isinstance(value, str) and public:
        if shape == "id":
            return hide.id(value)
        if shape in ("text", "any") and not _FINGERPRINT.fullmatch(value):
            return hide.text(value)
    return value


@dataclass
class Hide:
    """What the public version hides: the citizens' names and known contact values. The
    matchers are built once, here, for all the texts and IDs of a run (one export)."""

    names: list[str]
    values: list[str]

    def __post_init__(self) -> None:
        self._slugs = Slugs.of_names(self.names)
        self._redactor = Redactor(self.names, self.values)

    def text(self, value: str) -> str:
        return self._redactor.redact(redact_ids_in(value, self._slugs))

    def id(self, value: str) -> str:
        return redact_id(value, self._slugs)

    def opening(self, value: str, words: int) -> str:
        """The first ``words`` words of ``value`` as shown (a deadline's subject, a concern):
        only the beginning is redacted, with a margin so that a name or number that starts
        inside the opening is seen whole (no name or number runs over 8 words)."""
        parts = value.split()
        head = " ".join(parts[:words + 8])
        shown = self.text(head).split()
        return " ".join(shown[:words]) + ("…" if len(shown) > words or len(parts) > words + 8
                                          else "")


def as_data(model, *, public: bool, hide: Hide | None = None) -> dict:
    """A record as JSON-ready data. ``public``: personal-data fields left out entirely, free
    text redacted, IDs without citizens' names."""
    out: dict[str, Any] = {}
    organisation = _is_organisation(model)
    for name, (marker, shape, _) in _fields(type(model)).items():
        value = getattr(model, name)
        # an organisation's name (a petition raised by the Women's Union) is not a citizen's
        if value is None or (public and marker and not (organisation and marker == "name")):
            continue
        if public and name == "publish_reason":  # why a record is kept off: never public
            continue
        out[name] = _plain(value, shape, public, hide)
    return out


EXPORTED = (("plans", "plan"), ("sessions", "session"), ("petitions", "petition"),
            ("conclusions", "conclusion"), ("reports", "report"))


def export_data(repo, *, public: bool) -> tuple[dict[str, Any], int]:
    """The repository's records as data for `tiepxuc export json`, and how many records were
    left out because they could not be read. Public: for publication and open data (no
    personal-data field, free text redacted); internal: everything, with the contact details
    of the private file joined in."""
    # The export builds many small objects that all stay alive until written: Python's cycle
    # collector would scan them and the loaded records again and again for nothing (as long as
    # the export itself, in a large repository). As in repo.load.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _export_data(repo, public)
    finally:
        if collecting:
            gc.enable()


def _export_data(repo, public: bool) -> tuple[dict[str, Any], int]:
    hide, contacts = None, {}
    if public:
        found = repository_values(repo)
        hide = Hide(found.get("name", []), found.get("contact", []))
    else:
        contacts = load_contacts(repo.root)
    out: dict[str, Any] = {
        "format": "tiepxuc-export/1",
        "public": public,
        "unit": as_data(repo.unit, public=public, hide=hide) if repo.unit is not None else None,
    }
    for key, kind in EXPORTED:
        items = []
        for record in repo.valid(kind):
            model = record.model
            if public and getattr(model, "publish", True) is False:
                continue  # kept off the public site by the unit: off public exports too
            if record.id in contacts:
                model = model.model_copy(
                    update={"raised_by": joined(model.raised_by, contacts[record.id])})
            items.append(as_data(model, public=public, hide=hide))
        out[key] = items
    skipped = sum(1 for r in repo.records if r.model is None)
    return out, skipped


# ---------------------------------------------------------------- the private contacts file

CONTACTS_FILE = Path("private") / "contacts.yaml"
_CONTACTS_HEADER = (
    "# Thông tin liên hệ của người kiến nghị (dữ liệu cá nhân): mã kiến nghị → address, phone,\n"
    "# id_number, email. Tệp này chỉ lưu trên máy của đơn vị, không đưa vào kho git chung\n"
    "# (thư mục private/ có trong .gitignore); tiepxuc ghép vào văn bản nội bộ khi cần.\n"
)


def contacts_path(root: Path) -> Path:
    return root / CONTACTS_FILE


def keeps_contacts_private(unit) -> bool:
    return unit is not None and unit.privacy.contacts == "private"


def _contact_model():
    from pydantic import create_model

    from tiepxuc.records.models import Model, RaisedBy

    fields = {name: (RaisedBy.model_fields[name].annotation, RaisedBy.model_fields[name])
              for name in contact_fields()}
    return create_model("Contact", __base__=Model, **fields)


_Contact = None


def check_contact(values: dict[str, Any], where: str) -> dict[str, str]:
    """The contact details, checked like the record's fields; a problem names the field, never
    the value."""
    global _Contact
    from pydantic import ValidationError

    from tiepxuc.errors import TiepxucError

    if _Contact is None:
        _Contact = _contact_model()
    allowed = contact_fields()
    for key in values:
        if key not in allowed:
            raise TiepxucError(t("privacy.contacts.unknown_field", where=where, field=key,
                                 allowed=", ".join(allowed)))
    try:
        checked = _Contact.model_validate(values)
    except ValidationError as exc:
        field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "?"
        raise TiepxucError(t("privacy.contacts.invalid", where=where, field=field,
                             label=t(f"privacy.field.{field}") if field in allowed else field)
                           ) from None
    return {k: v for k, v in checked.model_dump().items() if v is not None}


def load_contacts(root: Path) -> dict[str, dict[str, str]]:
    """Petition ID → contact details from ``private/contacts.yaml`` ({} without the file)."""
    from tiepxuc.errors import TiepxucError
    from tiepxuc.fileio import UnreadableFile, read_text
    from tiepxuc.records import yamlio

    path = contacts_path(root)
    if not path.is_file():
        return {}
    name = CONTACTS_FILE.as_posix()
    try:
        doc = yamlio.parse(read_text(path))
    except UnreadableFile:
        raise TiepxucError(t("privacy.contacts.unreadable", file=name)) from None
    except yamlio.YamlProblem as problem:
        raise TiepxucError(t("privacy.contacts.syntax", file=name, line=problem.position.line)
                           ) from None
    if doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        raise TiepxucError(t("privacy.contacts.not_mapping", file=name))
    out = {}
    for pid, values in doc.data.items():
        where = f"{name}:{doc.position((pid,), key=True).line}: {pid}"
        if not isinstance(values, dict):
            raise TiepxucError(t("privacy.contacts.not_mapping_entry", where=where))
        out[pid] = check_contact(values, where)
    return out


def contacts_text(root: Path, pid: str, values: dict[str, str], old: str | None = None) -> str:
    """The private file's text with ``values`` added for ``pid`` (to ``old``: the text a change
    under way already gives it, or else the file's)."""
    from tiepxuc.fileio import read_text
    from tiepxuc.records import edit, yamlio

    path = contacts_path(root)
    if old is None:
        old = read_text(path) if path.is_file() else None
    base = old if old is not None and old.strip() else None
    doc = yamlio.parse(base) if base is not None else None
    if doc is None or doc.data is None:
        lines = "".join(f"  {k}: {edit.scalar(v)}\n" for k, v in values.items())
        return (base or _CONTACTS_HEADER) + f"{pid}:\n{lines}"
    earlier = doc.data.get(pid)
    merged = {**(earlier if isinstance(earlier, dict) else {}), **values}
    return edit.set_value(base, pid, merged)


def contacts_files(root: Path, pid: str, values: dict[str, str],
                   pending: dict[Path, str] | None = None) -> dict[Path, str]:
    """The files that keep ``values`` for ``pid`` out of git: the private file with them added,
    and the private folder's own .gitignore when it has none (for Change.private). ``pending``:
    the private files a change under way writes already (an import's earlier rows)."""
    path = contacts_path(root)
    files = {path: contacts_text(root, pid, values, (pending or {}).get(path))}
    ignore = contacts_path(root).parent / ".gitignore"
    if not ignore.exists():  # ignored by git even where the root .gitignore does not say so
        files[ignore] = t_vi("doc.private_gitignore") + "\n*\n"
    return files


def joined(raised_by, contact: dict[str, str] | None):
    """The petitioner with the private file's contact details (they win over the record's)."""
    if not contact:
        return raised_by
    from tiepxuc.records.models import RaisedBy

    return RaisedBy.model_validate({**raised_by.model_dump(exclude_none=True), **contact})


def contact_line(raised_by) -> str:
    """“địa chỉ: …; điện thoại: …” for internal documents ("" without contact details)."""
    parts = [t_vi(f"doc.contact.{name}", value=getattr(raised_by, name))
             for name in contact_fields() if getattr(raised_by, name, None)]
    return "; ".join(parts)


def private_ignored(root: Path) -> bool | None:
    """Whether git ignores the private contacts file (None: not in a git work tree). A file
    git already tracks counts as not ignored: it has been shared."""
    from tiepxuc import vcs

    top = vcs.top_level(root)
    if top is None:
        return None
    rel = (root.resolve() / CONTACTS_FILE).relative_to(top.resolve()).as_posix()
    result = vcs._git(["check-ignore", "-q", "--", rel], top, check=False)
    if result.returncode not in (0, 1):
        return None
    return result.returncode == 0
