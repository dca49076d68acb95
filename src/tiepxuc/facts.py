"""Facts about a unit that rules, deadlines and documents all need, each defined once.

(What a repository says about itself, as opposed to what the rules require of it.)
"""

from __future__ import annotations

import re

from tiepxuc.messages import t_vi
from tiepxuc.records.models import Level


# ---------------------------------------------------------------- the unit's names

_LEVEL_WORDS = {
    "xã": Level.commune, "phường": Level.commune, "thị trấn": Level.commune,
    "đặc khu": Level.commune, "huyện": Level.district, "quận": Level.district,
    "thị xã": Level.district, "tỉnh": Level.province,
}


def split_unit_name(name: str) -> tuple[Level | None, str]:
    """“Phường Dĩnh Kế” → (commune, “Dĩnh Kế”); the level is None when the name does not say."""
    lowered = name.strip().lower()
    for word, level in sorted(_LEVEL_WORDS.items(), key=lambda kv: -len(kv[0])):
        if lowered.startswith(word + " "):
            return level, name.strip()[len(word) + 1:].strip()
    return None, name.strip()


def unit_phrase(name: str) -> str:
    """The unit's name inside a sentence: “Phường Dĩnh Kế” → “phường Dĩnh Kế”."""
    level, place = split_unit_name(name)
    if level is None:
        return name
    return name[: len(name) - len(place)].strip().lower() + " " + place


def sentence_case(upper_name: str) -> str:
    """“ỦY BAN NHÂN DÂN PHƯỜNG DĨNH KẾ” → “Ủy ban nhân dân phường Dĩnh Kế”."""
    words = upper_name.split()
    out, proper = [], False
    for i, word in enumerate(words):
        lower = word.lower()
        if proper:
            out.append(word.capitalize())
        else:
            out.append(word.capitalize() if i == 0 else lower)
        if lower in {"phường", "xã", "huyện", "quận", "tỉnh", "thị", "trấn", "khu", "phố"} \
                and i + 1 < len(words) and words[i + 1].lower() not in {"trấn", "xã", "khu", "phố"}:
            proper = True
    return " ".join(out)


def plan_citation(repo) -> str:
    """The unit's own yearly plan, as a rule's legal basis cites it: “Kế hoạch số 25-KH/ĐU ngày
    15/01/2024 của Đảng ủy phường Dĩnh Kế” (its latest issued plan), or the unit's yearly plan
    in general while none is issued: as its issuer (the latest plan's, else the body whose plans
    the unit's profile governs) would write it."""
    unit = repo.unit
    where = unit_phrase(unit.name) if unit is not None else ""
    issued = sorted((r.model for r in repo.plans if r.model.number and r.model.date),
                    key=lambda plan: plan.year)
    if issued:
        plan = issued[-1]
        return t_vi("doc.plan_citation", number=plan.number,
                    date=plan.date.strftime("%d/%m/%Y"),
                    body=t_vi(f"doc.body_short.{plan.issuer.value}"), unit=where).strip()
    drafts = sorted((r.model for r in repo.plans), key=lambda plan: plan.year)
    if drafts:  # a plan not yet issued is still its issuer's: “… của Đảng ủy xã …”
        return t_vi("doc.plan_citation_any", body=t_vi(f"doc.body_short.{drafts[-1].issuer.value}"),
                    unit=where).strip()
    issuer = "party"
    if unit is not None and unit.profile:
        from tiepxuc.rules.profiles import load_profile

        issuer = load_profile(unit.profile)[0].issuer
    return t_vi("doc.plan_citation_any", body=t_vi(f"doc.body_short.{issuer}"), unit=where).strip()


# ---------------------------------------------------------------- who holds which office


def in_office(official, day) -> bool:
    """True when ``official`` held the post on ``day`` (an open start or end counts)."""
    return (official.since is None or official.since <= day) and (
        official.until is None or day <= official.until)


def holders(unit, position, day) -> list:
    """The officials holding ``position`` in ``unit`` on ``day``."""
    return [o for o in unit.officials if o.position == position and in_office(o, day)]


# ---------------------------------------------------------------- the unit's bodies

_PARTY_HEADS = ("BAN THƯỜNG VỤ", "ĐẢNG ỦY", "HUYỆN ỦY", "TỈNH ỦY", "THÀNH ỦY", "QUẬN ỦY",
                "THỊ ỦY")


def party_short_name(name: str | None) -> str:
    """“ĐẢNG ỦY PHƯỜNG DĨNH KẾ” → “ĐẢNG ỦY”, “THỊ ỦY TỪ SƠN” → “THỊ ỦY”: the committee as the
    authority line of a signature names it (“T/M ĐẢNG ỦY”), without the place."""
    upper = (name or "").upper()
    return next((head for head in _PARTY_HEADS if upper.startswith(head)), "ĐẢNG ỦY")


def organising_office(unit, issuer: str) -> str:
    """The office that organises the dialogues for the issuing body (``party`` or ``state``):
    the one tiepxuc.yaml names, or the standard name of that body's office (Văn phòng Đảng ủy;
    Văn phòng HĐND và UBND, Văn phòng UBND at a province). Never the other body's office."""
    body = None if unit is None else unit.party if issuer == "party" else unit.state
    if body is not None and body.office:
        return body.office
    if issuer == "party":
        return t_vi("doc.party_office")
    province = unit is not None and unit.level == "province"
    return t_vi("doc.state_office_province" if province else "doc.state_office")


# ---------------------------------------------------------------- a petition's state


def forwarded_up(petition) -> bool:
    """The petition is for the level above (it is forwarded there to be resolved)."""
    from tiepxuc.records.models import Competence

    return petition.competence == Competence.level_above


def petition_state(petition) -> str:
    """Where a petition stands, from its facts: a key under ``petition_state.`` in messages."""
    if petition.resolution is not None:
        last = max(petition.feedback, key=lambda f: f.date, default=None)
        if last is not None and not last.agrees and last.date >= petition.resolution.date:
            return "reopened"
        return "resolved"
    from tiepxuc.records.models import AnswerKind

    if petition.competence != "own_level":
        if petition.forwarded is not None and petition.forwarded.reply is not None:
            return "reply_received"
        return "forwarded" if petition.forwarded is not None else "to_forward"
    answer = petition.answer
    if answer is None:
        return "waiting"
    if answer.kind == AnswerKind.declined:
        return "declined"
    if answer.kind == AnswerKind.answered and petition.assignment is None:
        return "answered"
    return "replied" if petition.replies else "in_progress"


# ---------------------------------------------------------------- records by ID, and excerpts


def require_id(target: str | None, kind: str | None = None) -> str:
    """An ID (or the beginning of one) that names something: an empty one would begin every
    ID, so it is refused — asked for — instead of matching whatever record comes first."""
    if target is None or not target.strip():
        from tiepxuc.errors import TiepxucError
        from tiepxuc.messages import t

        what = t(f"kind.{kind}") if kind else t("id.record")
        raise TiepxucError(t("id.empty", kind=what))
    return target


def find_record(repo, kind: str, target: str):
    """A record of ``kind`` by its ID, or by an unambiguous beginning of it (never by an empty
    one); a TiepxucError saying what is wrong otherwise."""
    from tiepxuc.errors import TiepxucError
    from tiepxuc.messages import t, typed
    from tiepxuc.paths import relative

    require_id(target, kind)
    records = repo.valid(kind)
    for record in records:
        if record.model.id == target:
            return record
    matches = [r for r in records if r.model.id.startswith(target)]
    if len(matches) == 1:
        return matches[0]
    broken = [r for r in repo.records
              if r.kind == kind and r.model is None and r.path.stem == target]
    if broken:
        raise TiepxucError(t("lifecycle.broken", path=relative(broken[0].path, repo.root)))
    key = "lifecycle.ambiguous" if matches else "lifecycle.not_found"
    raise TiepxucError(t(key, kind=t(f"kind.{kind}"), target=typed(target),
                         matches=", ".join(r.model.id for r in matches[:5])))


def next_speaking_order(repo, session_id: str) -> int:
    """The next speaking order at a session: after the highest written, and after every
    petition already recorded there."""
    there = [r.model for r in repo.petitions if r.model.session == session_id]
    return 1 + max([p.speaking_order or 0 for p in there] + [len(there)])


def excerpt(text: str, words: int = 8) -> str:
    """The first ``words`` words of ``text``, with “…” when there is more (redact first)."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


# ---------------------------------------------------------------- numbered documents

_NUMBER = re.compile(r"^\s*(\d+)\s*[-/]\s*([A-ZĐa-zđ]+)\s*[-/]\s*([A-ZĐa-zđ-]+)\s*$")


def numbered_documents(repo):
    """(record, where, number, date, key) of every numbered document in the records; ``key``
    is the same for two documents that may not share a number: type, issuer, number, and the
    year for State documents (NĐ30 numbers run through the year, HD36 Party numbers through
    the term)."""
    for record in repo.records:
        model = record.model
        if model is None:
            continue
        found = []
        if record.kind in ("plan", "conclusion", "report"):
            found.append((("number",), model.number, model.date))
        elif record.kind == "session":
            if model.minutes is not None:
                found.append((("minutes", "number"), model.minutes.number, model.minutes.date))
            if model.invitation is not None:
                found.append((("invitation", "number"), model.invitation.number,
                              model.invitation.date))
        for loc, number, day in found:
            match = _NUMBER.match(number or "")
            if match is None:
                continue
            n, kind, body = int(match[1]), match[2].upper(), match[3].upper()
            # Party “25-KH/ĐU” and State “12/KH-UBND”: the type, then the issuer. A number
            # is counted as taken within its year: State numbers restart every year, and a
            # Party committee's restart with each term, whose dates the records do not hold.
            key = (kind, body, n, day.year if day else None)
            yield record, loc, number, day, key
