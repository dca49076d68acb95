"""The record models: what each YAML file may hold.

Only facts are stored. Due dates, statuses and counts are always derived from these facts and
never written into a record. Reasons (for a delegation, a deferred answer, a refusal) are plain
codes checked against the active rule profile, so that a profile can allow other reasons.
"""


from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tiepxuc.records.types import Date, IdNumber, Phone, RecordId, Text, Time

Email = Annotated[Text, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]

# Citizens' personal data (Luật Bảo vệ dữ liệu cá nhân, in force from 2026). A field holding it
# carries a marker, shown in the JSON Schema as "personal"; tiepxuc.privacy.personal_fields()
# finds the marked fields, so no list of them is kept anywhere else.
#   "name":    a citizen's name: initials in public documents, left out of public exports;
#   "contact": how to reach or identify a citizen (address, phone, ID number, e-mail): never in
#              public outputs, and kept out of the shared repository with `privacy.contacts:
#              private` (private/contacts.yaml).
PERSONAL_NAME: dict[str, Any] = {"personal": "name"}
PERSONAL_CONTACT: dict[str, Any] = {"personal": "contact"}


class Model(BaseModel):
    # Records are what their files say: never changed in place (a change is written to the
    # file, then read again), which lets the record store share what many records hold alike.
    model_config = ConfigDict(extra="forbid", defer_build=True,  # validators built when used
                              frozen=True)


# ---------------------------------------------------------------- vocabularies


class Level(StrEnum):
    province = "province"
    district = "district"
    commune = "commune"


class Position(StrEnum):
    party_secretary = "party_secretary"
    party_deputy_secretary = "party_deputy_secretary"
    council_chair = "council_chair"
    council_vice_chair = "council_vice_chair"
    committee_chair = "committee_chair"
    committee_vice_chair = "committee_vice_chair"
    front_chair = "front_chair"


HEADS = (Position.party_secretary, Position.council_chair, Position.committee_chair)
HEAD_OF_DEPUTY = {
    Position.party_deputy_secretary: Position.party_secretary,
    Position.council_vice_chair: Position.council_chair,
    Position.committee_vice_chair: Position.committee_chair,
}


class Issuer(StrEnum):
    party = "party"
    state = "state"


class SessionKind(StrEnum):
    periodic = "periodic"
    thematic = "thematic"
    ad_hoc = "ad_hoc"
    regular = "regular"


class SessionFormat(StrEnum):
    in_person = "in_person"
    online = "online"


class Channel(StrEnum):
    letter = "letter"
    notice_board = "notice_board"
    loudspeaker = "loudspeaker"
    website = "website"
    social_media = "social_media"
    other = "other"


class AgendaStepKind(StrEnum):
    opening = "opening"
    chair_purpose = "chair_purpose"
    report = "report"
    front_summary = "front_summary"
    citizens_speak = "citizens_speak"
    agencies_answer = "agencies_answer"
    chair_answers = "chair_answers"
    exchange = "exchange"
    chair_concludes = "chair_concludes"
    closing = "closing"
    other = "other"


class Received(StrEnum):
    before_session = "before_session"
    at_session = "at_session"


class RaiserKind(StrEnum):
    person = "person"
    organisation = "organisation"


class Competence(StrEnum):
    own_level = "own_level"
    level_above = "level_above"
    other_agency = "other_agency"


class AnswerKind(StrEnum):
    answered = "answered"
    answer_later = "answer_later"
    declined = "declined"


class ContactStore(StrEnum):
    record = "record"  # in the petition's record (raised_by), in the shared repository
    private = "private"  # in private/contacts.yaml, which git ignores


# ---------------------------------------------------------------- unit config (tiepxuc.yaml)


class Body(Model):
    superior: Text | None = None
    name: Text
    abbreviation: Text
    office: Text | None = None


class Official(Model):
    name: Text
    position: Position
    since: Date | None = None
    until: Date | None = None


class FieldOfConcern(Model):
    code: RecordId
    name: Text


class DocumentOptions(Model):
    """Format choices the references leave open (document-format.md marks them unconfirmed)."""

    party_title_size: int = Field(default=16, ge=15, le=16)
    ending: Literal["./.", "."] = "./."


class PrivacyOptions(Model):
    contacts: ContactStore = ContactStore.record


class PublishOptions(Model):
    """What `tiepxuc publish` puts on the public site (the head decides what is made public).
    The facts — dates, field, agency, deadline, status — are always published; each kind of
    text below can be kept off. Every text published passes the privacy scan first."""

    content: bool = True  # what each petition raises
    answers: bool = True  # the answers given at the session (and the task assigned)
    replies: bool = True  # the written replies, and the replies of the bodies forwarded to
    results: bool = True  # the result of resolving each petition
    conclusions: bool = True  # the conclusion notices and each session's conclusion


class UnitLink(Model):
    path: Text  # the unit's repository, relative to this one
    name: Text | None = None  # shown instead of the name in the unit's own tiepxuc.yaml


class Unit(Model):
    name: Text
    level: Level
    place: Text
    province: Text | None = None
    # When the unit came into being (e.g. a commune formed on 2025-07-01 by the reform): no
    # obligation falls on it before that day.
    established: Date | None = None
    # When the office began keeping its records with tiepxuc (written by `init`): the yearly
    # obligations are checked from that year on, whether or not anything was recorded.
    records_since: Date | None = None
    profile: RecordId = "default"
    overrides: dict[str, Any] = Field(default_factory=dict)
    party: Body | None = None
    state: Body | None = None
    council: Body | None = None
    front: Body | None = None
    officials: list[Official] = Field(default_factory=list)
    fields: list[FieldOfConcern] = Field(default_factory=list)
    agencies: list[Text] = Field(default_factory=list)
    documents: DocumentOptions = Field(default_factory=DocumentOptions)
    privacy: PrivacyOptions = Field(default_factory=PrivacyOptions)
    publish: PublishOptions = Field(default_factory=PublishOptions)
    # A province or district office follows its wards and communes: each unit keeps its own
    # repository (a folder or a git submodule) and this one rolls them up.
    units: list[UnitLink] = Field(default_factory=list)


# ---------------------------------------------------------------- shared parts


class Signer(Model):
    name: Text
    position: Text
    authority: Text | None = None


class Person(Model):
    name: Text
    position: Text | None = None


# ---------------------------------------------------------------- annual plan (plans/YEAR.yaml)


class PlannedSession(Model):
    kind: SessionKind
    month: int = Field(ge=1, le=12)
    topic: Text | None = None
    chairs: list[Position] = Field(default_factory=list)


class Task(Model):
    body: Text
    task: Text


class Plan(Model):
    id: RecordId
    year: int = Field(ge=2000, le=2100)
    supersedes: RecordId | None = None
    seal: Text | None = None
    issuer: Issuer = Issuer.party
    number: Text | None = None
    date: Date | None = None
    signer: Signer | None = None
    title: Text | None = None
    legal_bases: list[Text] = Field(default_factory=list)
    purposes: list[Text] = Field(default_factory=list)
    requirements: list[Text] = Field(default_factory=list)
    contents: list[Text] = Field(default_factory=list)
    participants: list[Text] = Field(default_factory=list)
    sessions: list[PlannedSession] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    recipients: list[Text] = Field(default_factory=list)


# ---------------------------------------------------------------- session (sessions/YEAR/ID.yaml)


class Delegation(Model):
    document: Text | None = None
    date: Date | None = None
    reason: Text | None = None
    note: Text | None = None


class Chair(Model):
    name: Text
    position: Position
    on_behalf_of: Position | None = None
    delegation: Delegation | None = None


class Invitation(Model):
    date: Date | None = None
    number: Text | None = None
    channels: list[Channel] = Field(default_factory=list)


class Attendance(Model):
    organisation: Text
    invited: int | None = Field(default=None, ge=0)
    present: int | None = Field(default=None, ge=0)


class AgendaStep(Model):
    step: AgendaStepKind
    title: Text | None = None
    by: Text | None = None


class Refusal(Model):
    name: Text = Field(json_schema_extra=PERSONAL_NAME)  # a citizen refused the floor
    reason: Text | None = None
    note: Text | None = None


class SealedView(Model):
    """What an issued document showed from other records, as it was when it was sealed (written
    by `tiepxuc issue`; see audit/seal.py)."""

    records: dict[RecordId, Text] = Field(default_factory=dict)  # record ID → its fingerprint
    deadline: Date | None = None  # the deadline a conclusion notice shows


class MinutesIssue(Model):
    number: Text | None = None
    date: Date | None = None


class Cancellation(Model):
    date: Date | None = None
    reason: Text


class Session(Model):
    id: RecordId
    kind: SessionKind
    format: SessionFormat = SessionFormat.in_person
    date: Date
    start: Time | None = None
    end: Time | None = None
    place: Text | None = None
    topic: Text | None = None
    plan: RecordId | None = None
    chairs: list[Chair] = Field(default_factory=list)
    secretary: Person | None = None
    invitation: Invitation | None = None
    attendance: list[Attendance] = Field(default_factory=list)
    agenda: list[AgendaStep] = Field(default_factory=list)
    refused: list[Refusal] = Field(default_factory=list)
    conclusion: Text | None = None
    cancelled: Cancellation | None = None
    minutes: MinutesIssue | None = None
    sealed: SealedView | None = None
    seal: Text | None = None
    # Kept off the public site (`tiepxuc publish`), with the reason (never published).
    publish: bool = True
    publish_reason: Text | None = None


# ---------------------------------------------------------------- petition (petitions/YEAR/ID.yaml)


class RaisedBy(Model):
    kind: RaiserKind = RaiserKind.person
    name: Text = Field(json_schema_extra=PERSONAL_NAME)  # or an organisation's name
    organisation: Text | None = None
    residential_group: Text | None = None
    address: Text | None = Field(default=None, json_schema_extra=PERSONAL_CONTACT)
    phone: Phone | None = Field(default=None, json_schema_extra=PERSONAL_CONTACT)
    id_number: IdNumber | None = Field(default=None, json_schema_extra=PERSONAL_CONTACT)
    email: Email | None = Field(default=None, json_schema_extra=PERSONAL_CONTACT)


class Answer(Model):
    kind: AnswerKind
    by: Text | None = None
    content: Text | None = None
    reason: Text | None = None
    basis: Text | None = None


class Assignment(Model):
    lead: Text
    coordinating: list[Text] = Field(default_factory=list)
    task: Text | None = None


class OtherBodyReply(Model):
    date: Date
    document: Text | None = None
    summary: Text | None = None


class Forwarding(Model):
    to: Text | None = None
    date: Date | None = None
    document: Text | None = None
    reply: OtherBodyReply | None = None


class WrittenReply(Model):
    date: Date
    document: Text | None = None
    content: Text | None = None
    requirements: Text | None = None
    new_deadline: Date | None = None
    responsible: Text | None = None


class Resolution(Model):
    date: Date
    document: Text | None = None
    result: Text


class Feedback(Model):
    date: Date
    agrees: bool
    note: Text | None = None


class Origin(Model):
    """Where a petition handled here was first raised: a unit's petition forwarded up."""

    unit: Text  # the unit's path, as listed under `units:` in tiepxuc.yaml
    petition: RecordId


class Source(Model):
    """The spreadsheet row a petition was imported from (`tiepxuc import petitions`)."""

    file: Text  # the book's file name
    sheet: Text
    row: int = Field(ge=1)  # as Excel numbers it
    sha256: Text  # the row's fingerprint: a second import of the same row adds nothing


class Petition(Model):
    id: RecordId
    session: RecordId
    received: Received = Received.at_session
    received_date: Date | None = None
    received_via: Text | None = None
    raised_by: RaisedBy
    speaking_order: int | None = Field(default=None, ge=1)
    repeats: list[RecordId] = Field(default_factory=list)
    field: RecordId
    content: Text
    competence: Competence = Competence.own_level
    answer: Answer | None = None
    assignment: Assignment | None = None
    forwarded: Forwarding | None = None
    replies: list[WrittenReply] = Field(default_factory=list)
    resolution: Resolution | None = None
    feedback: list[Feedback] = Field(default_factory=list)
    origin: Origin | None = None
    source: Source | None = None
    # Kept off the public site (`tiepxuc publish`), with the reason (never published).
    publish: bool = True
    publish_reason: Text | None = None


# ---------------------------------------------------------------- conclusion notice (conclusions/…)


class ConclusionItem(Model):
    content: Text
    petitions: list[RecordId] = Field(default_factory=list)


class Conclusion(Model):
    id: RecordId
    session: RecordId
    supersedes: RecordId | None = None
    seal: Text | None = None
    issuer: Issuer = Issuer.party
    number: Text | None = None
    date: Date | None = None
    signer: Signer | None = None
    summary: Text | None = None
    items: list[ConclusionItem] = Field(default_factory=list)
    recipients: list[Text] = Field(default_factory=list)
    sealed: SealedView | None = None


# ---------------------------------------------------------------- local calendar (calendar.yaml)


class CalendarDay(Model):
    date: Date
    name: Text
    basis: Text


class ConfirmedYear(Model):
    year: int = Field(ge=2000, le=2100)
    basis: Text


class CalendarFile(Model):
    confirmed: list[ConfirmedYear] = Field(default_factory=list)
    days_off: list[CalendarDay] = Field(default_factory=list)
    working_days: list[CalendarDay] = Field(default_factory=list)


# ---------------------------------------------------------------- annual report (reports/…)


class Report(Model):
    id: RecordId
    year: int = Field(ge=2000, le=2100)
    supersedes: RecordId | None = None
    seal: Text | None = None
    issuer: Issuer = Issuer.party
    number: Text | None = None
    date: Date | None = None
    signer: Signer | None = None
    recipients: list[Text] = Field(default_factory=list)
    assessment: list[Text] = Field(default_factory=list)
    limitations: list[Text] = Field(default_factory=list)
    directions: list[Text] = Field(default_factory=list)
    proposals: list[Text] = Field(default_factory=list)
    # The figures the report was issued with (written by `tiepxuc issue`): a sealed report shows
    # these, whatever the records say later.
    figures: dict[str, Any] | None = None


# Which model each kind of record file holds.
RECORD_MODELS: dict[str, type[Model]] = {
    "unit": Unit,
    "plan": Plan,
    "session": Session,
    "petition": Petition,
    "conclusion": Conclusion,
    "report": Report,
    "calendar": CalendarFile,
}
