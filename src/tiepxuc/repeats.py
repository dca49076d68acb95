"""Repeated petitions: the same concern raised again (same field and place, similar content).

Seeds 003 and 004 ask offices to watch "những vấn đề đã được nhân dân kiến nghị nhiều lần nhưng
chưa giải quyết dứt điểm". Two petitions are the same concern when they share the field, come
from the same residential group (or the same organisation), and their texts are similar.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from datetime import date

from tiepxuc.repo import Record

SIMILARITY = 60  # rapidfuzz token_set_ratio, 0-100, on accent-folded text


def fold(text: str) -> str:
    """Text compared without case or accents: “doi trat tu” matches “Đội Trật tự”. (After NFD
    every Vietnamese letter is a Latin letter plus combining marks; other non-ASCII signs,
    such as typographic quotes, do not matter for matching and go too.)"""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return text if text.isascii() else text.encode("ascii", "ignore").decode("ascii")


def place_of(raised_by) -> str | None:
    """Where a concern comes from: the residential group, or the organisation raising it."""
    place = raised_by.residential_group or (
        raised_by.name if raised_by.kind == "organisation" else None)
    return fold(place) if place else None


def _place(record: Record) -> str | None:
    return place_of(record.model.raised_by)


def similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(fold(a), fold(b))


def _alike(a_folded: str, b_folded: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a_folded, b_folded, score_cutoff=SIMILARITY) >= SIMILARITY


def earlier_concerns(petitions: list[Record], field: str, place: str | None, content: str,
                     held: dict[str, date], before: date) -> list[Record]:
    """Petitions raised at sessions before ``before`` about the same concern (same field, same
    place, similar text); ``held`` gives each session's date."""
    if not place:
        return []
    wanted = fold(place)
    found = [r for r in petitions
             if r.model.field == field and _place(r) == wanted
             and held.get(r.model.session, before) < before
             and similar(r.model.content, content) >= SIMILARITY]
    return sorted(found, key=lambda r: r.id)


def settled(record: Record) -> bool:
    """Resolved (or answered at the session with nothing left to do), and the citizen has not
    said since that they disagree."""
    petition = record.model
    if petition.resolution is not None:
        since = petition.resolution.date
    elif (petition.answer is not None and petition.answer.kind != "answer_later"
          and petition.assignment is None and petition.forwarded is None):
        since = None
    else:
        return False
    return not any(not f.agrees and (since is None or f.date >= since) for f in petition.feedback)


def repeated_groups(petitions: list[Record]) -> list[list[Record]]:
    """Groups of two or more petitions about the same concern, oldest first.

    Two petitions belong together when they are similar (same field and place, similar text)
    or when one names the other in ``repeats`` (linked by `petition add` or by hand).
    """
    records = sorted(petitions, key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(records)}
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        place = _place(record)
        if place:
            buckets[(record.model.field, place)].append(i)
        for target in record.model.repeats:
            if target in index:
                parent[root(i)] = root(index[target])
    for members in buckets.values():
        if len(members) < 2:
            continue
        texts = {i: fold(records[i].model.content) for i in members}  # folded once, not per pair
        # Each petition is compared with the concerns found so far in its bucket, one by one,
        # until one of a concern's petitions is alike: the same groups as comparing every pair,
        # without going over the pairs already in one group (a concern raised 5,000 times).
        found: dict[int, list[int]] = {}  # a group's root → its petitions in this bucket
        for j in members:
            here = root(j)
            for other in list(found):
                if other != here and any(_alike(texts[j], texts[i]) for i in found[other]):
                    parent[other] = here
                    found.setdefault(here, []).extend(found.pop(other))
            found.setdefault(here, []).append(j)
    clusters: dict[int, list[Record]] = defaultdict(list)
    for i, record in enumerate(records):
        clusters[root(i)].append(record)
    return sorted((c for c in clusters.values() if len(c) > 1), key=lambda g: g[0].id)


def unresolved_groups(petitions: list[Record]) -> list[list[Record]]:
    """Concerns raised two or more times whose latest petition is not settled."""
    return [g for g in repeated_groups(petitions) if not settled(g[-1])]


# ---------------------------------------------------------------- choices typed by hand


def choice_key(text: str) -> str:
    """Text as choices are compared: without case, accents or punctuation."""
    import re

    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def match(value: str, options: dict[str, list[str]]) -> str | None:
    """The option ``value`` names: its code or one of its labels, with or without accents,
    capitals or punctuation (“Giao thông, hạ tầng”, “giao thong”, “giao-thong”), or else the
    beginning of words in the code or a label of one option only (“địa chính”). None when it
    names none, or several."""
    if value.strip() in options:
        return value.strip()
    wanted = choice_key(value)
    if not wanted:
        return None
    keys = {code: {choice_key(code), *(choice_key(label) for label in labels)}
            for code, labels in options.items()}
    found = [code for code, names in keys.items() if wanted in names]
    if not found and len(wanted) >= 3:
        found = [code for code, names in keys.items()
                 if any(f" {wanted}" in f" {name}" for name in names)]
    return found[0] if len(found) == 1 else None
