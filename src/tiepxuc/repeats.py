"""Repeated petitions: the same concern raised again (same field and place, similar content).

Seeds 003 and 004 ask offices to watch "những vấn đề đã được nhân dân kiến nghị nhiều lần nhưng
chưa giải quyết dứt điểm". Two petitions are the same concern when they share the field, come
from the same residential group (or the same organisation), and their texts are similar.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from tiepxuc.repo import Record

SIMILARITY = 60  # rapidfuzz token_set_ratio, 0-100, on accent-folded text


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _place(record: Record) -> str | None:
    raised = record.model.raised_by
    place = raised.residential_group or (raised.name if raised.kind == "organisation" else None)
    return fold(place) if place else None


def similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(fold(a), fold(b))


def repeated_groups(petitions: list[Record]) -> list[list[Record]]:
    """Groups of two or more petitions about the same concern, oldest first."""
    buckets: dict[tuple, list[Record]] = defaultdict(list)
    for record in petitions:
        place = _place(record)
        if place:
            buckets[(record.model.field, place)].append(record)
    groups = []
    for members in buckets.values():
        if len(members) < 2:
            continue
        parent = list(range(len(members)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                if similar(members[i].model.content, members[j].model.content) >= SIMILARITY:
                    parent[root(i)] = root(j)
        clusters: dict[int, list[Record]] = defaultdict(list)
        for i, record in enumerate(members):
            clusters[root(i)].append(record)
        groups += [sorted(c, key=lambda r: r.id) for c in clusters.values() if len(c) > 1]
    return sorted(groups, key=lambda g: g[0].id)
