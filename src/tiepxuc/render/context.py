"""What each document says: the data for its template and its header and signature.

The Jinja templates in ``templates/documents/`` turn this data into block markup; the writer
turns the markup into a .docx. Due dates come from the deadlines module and figures from the
report module, never computed here. With ``public=True`` every citizen's personal data is
removed from the data before a template sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from tiepxuc.deadlines import Kind, obligations
from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi, typed
from tiepxuc.privacy import (
    Redactor, contact_line, initials, joined, load_contacts, repository_values,
)
from tiepxuc.records.models import (
    AgendaStepKind, AnswerKind, Official, Position, SessionKind, Unit,
)
from tiepxuc.render.markup import blank
from tiepxuc.render.writer import DocMeta, Format, Signature
from tiepxuc.repo import Record, Repository
from tiepxuc.facts import holders, organising_office, party_short_name
from tiepxuc.rules.profiles import Profile

TYPE_CODES = {"plan": "KH", "invitation": "GM", "notice": "TB", "minutes": "BB",
              "conclusion": "TB", "report": "BC"}


# ---------------------------------------------------------------- Vietnamese document conventions


# Dates: one way per context. The place-date line spells the date out, as NĐ30 (Phụ lục I,
# II.4.b) and HD36 write it: “ngày 08 tháng 6 năm 2026” (days below 10 and the months 1 and 2
# take a leading 0). Everywhere else (the body, tables, warnings) a date is dd/mm/yyyy with two
# digits for the day and the month, “08/06/2026”, as every command of tiepxuc prints it.


def _month(month: int) -> str:
    return f"{month:02d}" if month in (1, 2) else str(month)  # NĐ30: pad days < 10, months 1-2


def long_date(day: date) -> str:
    """“ngày 08 tháng 6 năm 2026”: the place-date line's form (place_date), nowhere else."""
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


def short_date(day: date) -> str:
    """“08/06/2026”: a date in the body or a table."""
    return day.strftime("%d/%m/%Y")


_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def numeric_dates(text: str) -> str:
    """A date written by hand in a citation, “ngày 16/6/2025”, as the documents write dates:
    “16/06/2025” (only real dates; a number like “72/2025/QH15” is left alone)."""
    def padded(match: re.Match) -> str:
        day, month, year = (int(g) for g in match.groups())
        try:
            return short_date(date(year, month, day))
        except ValueError:
            return match.group(0)

    return _NUMERIC_DATE.sub(padded, text)


def place_date(place: str, day: date | None, year: int) -> str:
    if day is None:  # a draft: the date is written in when it is signed
        return f"{place}, ngày      tháng      năm {year}"
    return f"{place}, {long_date(day)}"


def number_line(issuer: str, number: str | None, code: str, abbreviation: str) -> str:
    """“Số 25-KH/ĐU” (Party) or “Số: 12/KH-UBND” (State); blank number in a draft."""
    if number and any(c in number for c in "-/"):
        return f"Số {number}" if issuer == "party" else f"Số: {number}"
    if number and number.strip().isdigit():
        number = f"{int(number):02d}"
    number = number or "     "
    if issuer == "party":
        return f"Số {number}-{code}/{abbreviation}"
    return f"Số: {number}/{code}-{abbreviation}"


def clock(value: time | None, what: str = "giờ") -> str:
    """“07 giờ 30”; a time not recorded is a marked blank (“[cần bổ sung: giờ kết thúc]”)."""
    return f"{value.hour:02d} giờ {value.minute:02d}" if value else blank(what)


def roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def weekday(day: date) -> str:
    return t_vi(f"weekday.{day.weekday()}")


def label(member: Any) -> str:
    return t_vi(f"enum.{type(member).__name__}.{member.value}")


def position_title(position: Position, unit: Unit) -> str:
    """“Bí thư Đảng ủy phường”, “Chủ tịch UBND phường” for the body text."""
    level = unit.name.split()[0].lower() if unit.name else ""
    party = "Đảng ủy" if unit.level == "commune" else ("Huyện ủy" if unit.level == "district"
                                                       else "Tỉnh ủy")
    titles = {
        Position.party_secretary: f"Bí thư {party}",
        Position.party_deputy_secretary: f"Phó Bí thư {party}",
        Position.council_chair: f"Chủ tịch HĐND {level}",
        Position.council_vice_chair: f"Phó Chủ tịch HĐND {level}",
        Position.committee_chair: f"Chủ tịch UBND {level}",
        Position.committee_vice_chair: f"Phó Chủ tịch UBND {level}",
        Position.front_chair: f"Chủ tịch Ủy ban MTTQ {level}",
    }
    return titles[position].strip()


# ---------------------------------------------------------------- header and signature


def _official(unit: Unit, position: Position, day: date) -> Official | None:
    people = holders(unit, position, day)
    return people[0] if people else None


SIGNER_BLANK = blank("họ tên người ký")


def signature(unit: Unit, issuer: str, signer, day: date) -> Signature:
    """The signature block from the record's signer, or the head in office that day (no name
    when nobody holds the post: the document shows SIGNER_BLANK there)."""
    if issuer == "party":
        body = party_short_name(unit.party.name if unit.party else None)
        default = _official(unit, Position.party_secretary, day)
        authority = (signer.authority if signer and signer.authority else f"T/M {body}")
        position = signer.position if signer else "BÍ THƯ"
        name = signer.name if signer else (default.name if default else "")
        # HD36: the authority line is bold, the position line is not.
        return Signature([(authority.upper(), True), (position.upper(), False)], name)
    default = _official(unit, Position.committee_chair, day)
    authority = signer.authority if signer and signer.authority else "TM. ỦY BAN NHÂN DÂN"
    position = signer.position if signer else "CHỦ TỊCH"
    name = signer.name if signer else (default.name if default else "")
    return Signature([(authority.upper(), True), (position.upper(), True)], name)


def _body_lines(unit: Unit, issuer: str) -> tuple[str | None, str, str]:
    """(superior, issuing body, abbreviation) as the header writes them."""
    if issuer == "party":
        if unit.party is None:
            raise TiepxucError(t("render.no_body", body="party"))
        return unit.party.superior, unit.party.name.upper(), unit.party.abbreviation
    if unit.state is None:
        raise TiepxucError(t("render.no_body", body="state"))
    name = unit.state.name.upper()
    prefix = "ỦY BAN NHÂN DÂN "
    if name.startswith(prefix):  # NĐ30 practice: the name on two bold lines
        name = prefix.strip() + "\n" + name[len(prefix):]
    return unit.state.superior, name, unit.state.abbreviation


def recipients(unit: Unit, issuer: str, given: list[str], defaults: list[str]) -> list[str]:
    items = [r for r in (given or defaults) if r.strip()]
    keep = [r for r in items if not r.strip().lower().startswith("lưu")]
    stored = [r for r in items if r.strip().lower().startswith("lưu")]
    if not stored:
        if issuer == "party":
            stored = [f"Lưu {organising_office(unit, 'party')}"]
        else:
            stored = ["Lưu: VT"]
    return keep + stored[:1]


def signed(block: Signature) -> Signature:
    """A signature block as printed: a name nobody gave is a marked blank, never empty."""
    if not block.name.strip():
        block.name = SIGNER_BLANK
    return block


def meta(repo: Repository, issuer: str, code: str, number: str | None, day: date | None,
         year: int, signer, recipients_list: list[str], title: str, *, with_date: bool = True,
         sign_day: date | None = None) -> DocMeta:
    unit = repo.unit
    options = unit.documents if unit else None
    fmt = (Format.party(options.party_title_size, options.ending) if issuer == "party"
           else Format.state(options.ending)) if options else (
        Format.party() if issuer == "party" else Format.state())
    superior, body, abbreviation = _body_lines(unit, issuer)
    return DocMeta(
        fmt=fmt, body=body, superior=superior.upper() if superior else None,
        number_line=number_line(issuer, number, code, abbreviation),
        date_line=place_date(unit.place, day, year) if with_date else None,
        signature=signed(signature(unit, issuer, signer, sign_day or day or date(year, 12, 31))),
        recipients=recipients_list, title=title,
    )


# ---------------------------------------------------------------- citizens' data in public versions


@dataclass
class Privacy:
    """What a document may say about citizens. Public: names reduced to initials, contact
    details and anything like them removed from the free text. Internal: the contact details
    kept in the private file (private/contacts.yaml) joined in, for the documents that need
    them (``contact`` in the template data)."""

    public: bool
    names: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # known contact details, hidden in public
    root: Path | None = None  # internal: where private/contacts.yaml is read from, when needed
    _contacts: dict[str, dict[str, str]] | None = field(default=None, repr=False)
    _redactor: tuple | None = field(default=None, repr=False)

    @property
    def contacts(self) -> dict[str, dict[str, str]]:
        """Petition ID → contact details from the private file (never read for public ones)."""
        if self._contacts is None:
            self._contacts = {} if self.public or self.root is None else load_contacts(self.root)
        return self._contacts

    def person(self, raised_by) -> str:
        """The petitioner as the document names them: full name, or initials in public."""
        name = raised_by.name
        if self.public and raised_by.kind == "person":
            name = initials(name)
        place = raised_by.residential_group
        if raised_by.organisation:
            place = f"{raised_by.organisation}{', ' + place if place else ''}"
        return f"{name}, {place}" if place else name

    def raised_by(self, petition):
        """The petitioner with the private file's contact details joined in (internal only)."""
        if self.public:
            return petition.raised_by
        return joined(petition.raised_by, self.contacts.get(petition.id))

    def contact(self, petition) -> str:
        """“địa chỉ: …; điện thoại: …” in internal documents; always empty in public ones."""
        return "" if self.public else contact_line(self.raised_by(petition))

    def text(self, value: str | None) -> str:
        if value is None:
            return ""
        return self.redactor.redact(value) if self.public else value

    @property
    def redactor(self) -> Redactor:
        """One matcher for all the texts of a document, built on first use and again only when
        names were added since (the annual report adds those its figures keep)."""
        key = (id(self.names), len(self.names), id(self.values), len(self.values))
        if self._redactor is None or self._redactor[0] != key:
            self._redactor = (key, Redactor(self.names, self.values))
        return self._redactor[1]


def privacy_for(repo: Repository, public: bool) -> Privacy:
    """Names and contact details come from the fields the record models mark as personal
    (privacy.personal_values); the private contacts file is read for internal documents only."""
    if not public:
        return Privacy(False, root=repo.root)
    found = repository_values(repo)
    return Privacy(True, found.get("name", []), found.get("contact", []))


# ---------------------------------------------------------------- lookups shared by the documents


def session_record(repo: Repository, target: str) -> Record:
    from tiepxuc.facts import require_id

    require_id(target, "session")
    for record in repo.sessions:
        if record.model.id == target:
            return record
    candidates = [r for r in repo.sessions if r.model.id.startswith(target)]
    if len(candidates) == 1:
        return candidates[0]
    raise TiepxucError(t("render.no_session", target=typed(target),
                         known=", ".join(r.model.id for r in repo.sessions) or "—"))


def session_petitions(repo: Repository, session_id: str) -> list[Record]:
    """A session's petitions in the order they were heard: by the speaking order recorded in
    each petition (``speaking_order``, which the office may edit), then by when they were
    received (sent in before the session, on their date; raised at it, last). Petitions without
    an order come after those with one. An ID's words are no order, so the ID only breaks the
    remaining ties, to keep the document the same from one run to the next."""
    session = next((r.model for r in repo.sessions if r.model.id == session_id), None)
    held = session.date if session is not None else date.max

    def order(record: Record):
        p = record.model
        before = p.received == "before_session"
        received = p.received_date or held
        return (p.speaking_order is None, p.speaking_order or 0, received, not before, record.id)

    return sorted((r for r in repo.petitions if r.model.session == session_id), key=order)


def chair_phrase(session, unit: Unit) -> list[str]:
    """Each chair as “đồng chí Trần Văn Hùng, Bí thư Đảng ủy kiêm Chủ tịch HĐND phường”."""
    phrases = []
    for chair in session.chairs:
        posts = [chair.position]
        if chair.on_behalf_of is None:
            posts = [o.position for o in unit.officials
                     if " ".join(o.name.split()).casefold() == " ".join(chair.name.split()).casefold()
                     and (o.since is None or o.since <= session.date)
                     and (o.until is None or session.date <= o.until)] or posts
        titles = " kiêm ".join(position_title(p, unit) for p in dict.fromkeys(posts))
        phrase = f"đồng chí {chair.name}, {titles}"
        if chair.on_behalf_of is not None:
            phrase += f" (chủ trì thay {position_title(chair.on_behalf_of, unit)})"
        phrases.append(phrase)
    return phrases


def answer_text(petition, privacy: Privacy, repo: Repository) -> str:
    """How the petition was answered at the session, in the minutes' words."""
    answer = petition.answer
    if answer is None:
        return t_vi("doc.no_answer")
    by = privacy.text(answer.by) + ": " if answer.by else ""
    if answer.kind == AnswerKind.answered:
        return by + privacy.text(answer.content or t_vi("doc.answered"))
    reason = t_vi(f"reason.{answer.reason}") if answer.reason else blank("lý do")
    key = "doc.declined" if answer.kind == AnswerKind.declined else "doc.later"
    text = by + t_vi(key, reason=reason,
                     basis=privacy.text(answer.basis) if answer.basis else blank("căn cứ"))
    if answer.content:
        text += " " + privacy.text(answer.content)
    if petition.forwarded and petition.forwarded.to:
        text += " " + t_vi("doc.forwarded_to", to=petition.forwarded.to)
    return text


def resolution_due(repo: Repository, profile: Profile, petition_id: str, as_of: date) -> date | None:
    for item in obligations(repo, profile, as_of):
        if item.kind == Kind.RESOLUTION and item.id == petition_id:
            return item.due
    return None


AGENDA_ORDER = list(AgendaStepKind)


def kinds_in_plan(plan) -> list[SessionKind]:
    return list(dict.fromkeys(s.kind for s in plan.sessions))

