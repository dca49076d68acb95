"""Rule profiles: the values of the regulation rules and their legal basis, as data.

The built-in profiles live in ``profiles.yaml`` beside this module. A unit picks one in its
``tiepxuc.yaml`` and may override single values (optionally with its own basis, such as a local
regulation that asks for more sessions).
"""


import difflib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tiepxuc.messages import Joined, phrase, t
from tiepxuc.records.models import AgendaStepKind, Position, SessionKind

DEFAULT_PROFILE = "default"


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    days: int = Field(ge=0, le=365)
    unit: Literal["working_days", "calendar_days"] = "working_days"
    # "At least N days before": strict = N whole days strictly between; lenient = the N-th day.
    reading: Literal["strict", "lenient"] = "strict"


class AgendaOrder(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    order: list[list[AgendaStepKind]]
    required: list[str] = Field(default_factory=list)

    @field_validator("required")
    @classmethod
    def _known_steps(cls, value: list[str]) -> list[str]:
        for group in value:
            for step in group.split("|"):
                AgendaStepKind(step)
        return value


class MonthDay(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)

    def in_year(self, year: int) -> date:
        import calendar

        return date(year, self.month, min(self.day, calendar.monthrange(year, self.month)[1]))


class Values(BaseModel):
    """Every value a rule can take from the profile."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    plan_required: bool
    counted_kinds: list[SessionKind]
    min_sessions_per_year: int = Field(ge=0, le=52)
    min_thematic_per_year: int = Field(ge=0, le=52)
    preferred_months: list[int] | None
    duration_hours: tuple[float, float] | None
    chairs_by_kind: dict[SessionKind, list[str]]
    delegation_reasons: list[str] | None
    agenda_order: AgendaOrder | None
    deferral_reasons: list[str]
    refusal_reasons: list[str]
    invitation_lead: Period
    conclusion_within: Period
    resolution_within: Period
    plan_due: MonthDay
    backdate_tolerance: int = Field(ge=0, le=365)
    annual_report_due: MonthDay
    district_abolished_on: date

    @field_validator("chairs_by_kind")
    @classmethod
    def _known_positions(cls, value: dict) -> dict:
        for groups in value.values():
            for group in groups:
                for position in group.split("|"):
                    Position(position)
        return value

    @field_validator("preferred_months")
    @classmethod
    def _months(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and any(not 1 <= m <= 12 for m in value):
            raise ValueError("month out of range")
        return value


PARAMS = tuple(Values.model_fields)


@dataclass
class Profile:
    id: str
    title: str
    summary: str
    legal_bases: list[str]
    suggested_months: dict[str, int]
    issuer: str  # whose dialogues these are: "party" (cấp ủy) or "state" (chính quyền)
    values: Values
    # Each parameter's basis: a text, or where the tool words it (an override without its own
    # basis, the unit's plan in general) a phrase worded when shown (messages.Phrase).
    basis: dict[str, Any]
    overridden: set[str] = field(default_factory=set)
    plan: str = ""  # how the unit's own yearly plan is cited (“{plan}” in a basis)
    citation: Any = ""  # the same, worded when shown (the unit's plan in general: a phrase)

    def value(self, param: str) -> Any:
        return getattr(self.values, param)


@dataclass
class OverrideProblem:
    param: str | None  # None: the profile name itself
    message: str


@cache
def _catalogue() -> dict[str, dict]:
    text = files("tiepxuc.rules").joinpath("profiles.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def profile_ids() -> list[str]:
    return list(_catalogue())


def _flatten(profile_id: str) -> dict[str, Any]:
    raw = _catalogue()[profile_id]
    base = _flatten(raw["extends"]) if raw.get("extends") else {"params": {}}
    merged = {**base, **{k: v for k, v in raw.items() if k != "params"}}
    merged["params"] = {**base["params"], **raw.get("params", {})}
    return merged


def _cite(text: str, plan: str | None):
    """A basis naming the unit's own plan: the plan's citation, or the unit's plan in general
    (worded when shown)."""
    if plan or "{plan}" not in text:
        return text.replace("{plan}", plan or "")
    parts: list = []
    for i, piece in enumerate(text.split("{plan}")):
        parts += [phrase("profile.unit_plan"), piece] if i else [piece]
    return Joined("", tuple(parts))


def load_profile(
    profile_id: str = DEFAULT_PROFILE, overrides: dict[str, Any] | None = None,
    plan: str | None = None,
) -> tuple[Profile, list[OverrideProblem]]:
    """The profile with the unit's overrides applied, and what was wrong with them. ``plan``:
    how the unit's own yearly plan is cited where a basis is that plan (facts.plan_citation)."""
    problems: list[OverrideProblem] = []
    if profile_id not in _catalogue():
        close = difflib.get_close_matches(profile_id, profile_ids(), n=1)
        problems.append(OverrideProblem(None, t(
            "profile.unknown", profile=profile_id, known=", ".join(profile_ids()),
            suggestion=close[0] if close else DEFAULT_PROFILE,
        )))
        profile_id = DEFAULT_PROFILE
    raw = _flatten(profile_id)
    values = {name: spec["value"] for name, spec in raw["params"].items()}
    cited = plan or t("profile.unit_plan")
    basis = {name: _cite(spec["basis"], plan) for name, spec in raw["params"].items()}
    accepted: set[str] = set()
    for name, override in (overrides or {}).items():
        if name not in PARAMS:
            close = difflib.get_close_matches(name, PARAMS, n=1)
            hint = t("check.did_you_mean", suggestion=close[0]) if close else ""
            problems.append(OverrideProblem(name, t("profile.unknown_param", param=name, hint=hint)))
            continue
        if isinstance(override, dict) and "value" in override:
            candidate = {**values, name: override["value"]}
            new_basis = override.get("basis") or phrase("profile.override_basis")
        else:
            candidate = {**values, name: override}
            new_basis = phrase("profile.override_basis")
        try:
            Values.model_validate(candidate)
        except ValidationError:
            problems.append(OverrideProblem(name, t(
                "profile.bad_value", param=name, current=format_value(values[name]),
            )))
            continue
        values, basis[name] = candidate, new_basis
        accepted.add(name)
    profile = Profile(
        id=profile_id,
        title=raw["title"],
        summary=" ".join(str(raw["summary"]).split()),
        legal_bases=list(raw.get("legal_bases", [])),
        suggested_months=dict(raw.get("suggested_months", {})),
        issuer=raw.get("issuer", "party"),
        values=Values.model_validate(values),
        basis=basis,
        overridden=accepted,
        plan=cited,
        citation=plan or phrase("profile.unit_plan"),
    )
    return profile, problems


def format_value(value: Any, param: str | None = None) -> str:
    """A profile value as office staff read it, e.g. ``3 ngày làm việc (cách hiểu chặt)``."""
    if value is None:
        return t("value.none")
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, Period):
        text = t(f"value.{value.unit}", days=value.days)
        if param == "invitation_lead":  # only a lead time has a strict and a lenient reading
            text += f" ({t('value.reading_' + value.reading, days=value.days)})"
        return text
    if isinstance(value, AgendaOrder):
        return " → ".join("/".join(t(f"enum.AgendaStepKind.{s}") for s in g) for g in value.order)
    if isinstance(value, MonthDay):
        return f"{value.day:02d}/{value.month:02d}"
    if isinstance(value, dict) and "days" in value:
        return format_value(Period.model_validate(value), param)
    if isinstance(value, dict):
        return "; ".join(f"{format_value(k)}: {format_value(v)}" for k, v in value.items())
    if param == "duration_hours" and isinstance(value, (list, tuple)):
        return t("value.hours", low=f"{value[0]:g}", high=f"{value[1]:g}")
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    for enum_name, members in (("SessionKind", SessionKind), ("Position", Position)):
        if text in members.__members__:
            return t(f"enum.{enum_name}.{text}")
    if "|" in text:
        return t("value.one_of", options=" / ".join(format_value(p) for p in text.split("|")))
    if text in _REASON_CODES:
        return f"{text} ({t(f'reason.{text}')})"
    return text


_REASON_CODES = {
    "illness", "urgent_duty", "under_investigation", "insufficient_basis", "outside_competence",
    "lacks_capacity", "disorderly", "not_constructive",
}
