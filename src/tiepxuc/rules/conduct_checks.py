"""Rules on how a session is prepared and held and how a deadline is extended (seeds 000, 003);
registered like rules/checks.py.

- CHAIR-DEPUTY-WITH-HEAD: a deputy chairs only in the head's place, never beside the head.
- REPLY-EXTENSION: a written reply that extends a deadline states content, requirements, time
  and responsibility.
- SESSION-SECRETARY: a secretary takes the minutes of a session that was held.
- INVITATION-CONTENT: an issued invitation or notice gives time, place, participants and topic.
"""

from __future__ import annotations

from collections.abc import Iterator

from tiepxuc.diagnostics import Severity
from tiepxuc.messages import Joined, phrase
from tiepxuc.records.models import Chair, Position, Session, SessionKind
from tiepxuc.facts import holders
from tiepxuc.rules.checks import _day, _same_person, label, live_sessions
from tiepxuc.rules.spec import Context, Finding, rule

# A reply extending a deadline without its parts is a fact about the past (the reply was sent
# as it was): a breach, reported but never a reason to refuse recording it.
REPLY_EXTENSION_SEVERITY = Severity.BREACH
CHAIR_DEPUTY_SEVERITY = Severity.ERROR
SECRETARY_SEVERITY = Severity.WARNING
INVITATION_CONTENT_SEVERITY = Severity.ERROR


def _conducted(session: Session) -> bool:
    """A session held as a conference (not the regular contacts through voter meetings)."""
    return session.kind != SessionKind.regular


def _given(text: str | None) -> bool:
    """Written, and not a draft's placeholder (“[cần bổ sung: …]”)."""
    from tiepxuc.completeness import is_placeholder

    return text is not None and not is_placeholder(text)


def _missing(parts: list[tuple[str, bool]]) -> Joined:
    """“nội dung (content), yêu cầu (requirements)”: the labels of the parts not given."""
    return Joined(", ", tuple(phrase(key) for key, given in parts if not given))


# ---------------------------------------------------------------- chairs


def _head_present(ctx: Context, session: Session, deputy: int, head: Position
                  ) -> tuple[Chair, str] | None:
    """The other chair who is the holder of ``head`` (by the post written, or by name: one
    person may hold two posts), and how: "same_post" or "holder"."""
    unit = ctx.repo.unit
    people = holders(unit, head, session.date) if unit is not None else []
    for j, chair in enumerate(session.chairs):
        if j == deputy:
            continue
        if chair.position == head:
            return chair, "same_post"
        if any(_same_person(o.name, chair.name) for o in people):
            return chair, "holder"
    return None


@rule("CHAIR-DEPUTY-WITH-HEAD", CHAIR_DEPUTY_SEVERITY)
def deputy_not_beside_head(ctx: Context) -> Iterator[Finding]:
    """A deputy chairs in the head's place (the head absent through illness or urgent duty):
    not in the same session as the head."""
    for record, session in live_sessions(ctx):
        for i, chair in enumerate(session.chairs):
            if chair.on_behalf_of is None:
                continue
            found = _head_present(ctx, session, i, chair.on_behalf_of)
            if found is None:
                continue
            head, how = found
            yield Finding(record, ("chairs", i, "on_behalf_of"),
                          f"rule.CHAIR-DEPUTY-WITH-HEAD.{how}", {
                              "name": chair.name, "position": label(chair.position),
                              "head": head.name, "head_position": label(chair.on_behalf_of),
                              "listed_as": label(head.position), "date": _day(session.date),
                          })


# ---------------------------------------------------------------- a reply extending a deadline

_REPLY_PARTS = (
    ("content", "rule.REPLY-EXTENSION.part_content"),
    ("requirements", "rule.REPLY-EXTENSION.part_requirements"),
    ("responsible", "rule.REPLY-EXTENSION.part_responsible"),
)


@rule("REPLY-EXTENSION", REPLY_EXTENSION_SEVERITY)
def extension_reply_complete(ctx: Context) -> Iterator[Finding]:
    """A reply that gives more time states the content, requirements, time (the new deadline)
    and responsibility for the resolution."""
    for record in ctx.repo.petitions:
        for i, reply in enumerate(record.model.replies):
            if reply.new_deadline is None:
                continue
            parts = [(key, _given(getattr(reply, name))) for name, key in _REPLY_PARTS]
            if all(given for _, given in parts):
                continue
            yield Finding(record, ("replies", i), "rule.REPLY-EXTENSION.missing", {
                "date": _day(reply.date), "deadline": _day(reply.new_deadline),
                "missing": _missing(parts),
            })


# ---------------------------------------------------------------- secretary


@rule("SESSION-SECRETARY", SECRETARY_SEVERITY)
def secretary_appointed(ctx: Context) -> Iterator[Finding]:
    """A session held has a secretary taking the minutes."""
    for record, session in live_sessions(ctx):
        if _conducted(session) and session.secretary is None:  # once the session is held
            yield Finding(record, ("date",), "rule.SESSION-SECRETARY.missing",
                          {"date": _day(session.date)}, since=session.date)


# ---------------------------------------------------------------- invitation content


def _participants_given(ctx: Context, session: Session) -> bool:
    """Who is invited: the session's attendance, or else its plan's participants (where the
    rendered invitation takes them from)."""
    if session.attendance:
        return True
    if session.plan is None:
        return False
    return any(r.model.id == session.plan and r.model.participants for r in ctx.repo.plans)


@rule("INVITATION-CONTENT", INVITATION_CONTENT_SEVERITY)
def invitation_complete(ctx: Context) -> Iterator[Finding]:
    """An issued invitation or public notice gives the time, place, participants and topic."""
    for record, session in live_sessions(ctx):
        invitation = session.invitation
        if not _conducted(session) or invitation is None or invitation.date is None:
            continue
        parts = [
            ("rule.INVITATION-CONTENT.part_time", session.start is not None),
            ("rule.INVITATION-CONTENT.part_place", _given(session.place)),
            ("rule.INVITATION-CONTENT.part_participants", _participants_given(ctx, session)),
            ("rule.INVITATION-CONTENT.part_topic", _given(session.topic)),
        ]
        if all(given for _, given in parts):
            continue
        yield Finding(record, ("invitation", "date"), "rule.INVITATION-CONTENT.missing", {
            "date": _day(invitation.date), "missing": _missing(parts),
        })
