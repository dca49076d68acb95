"""Drafting new records: a unit repository (init), an annual plan, a session.

New files are rendered from text templates so that the short Vietnamese comments teaching the
format are part of the file. Each draft is validated before anything is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.facts import (
    organising_office, party_short_name, sentence_case, split_unit_name, unit_phrase,
)
from tiepxuc.fileio import atomic_write
from tiepxuc.messages import t, t_vi
from tiepxuc.paths import relative as _rel
from tiepxuc.records import ids, yamlio
from tiepxuc.records.models import (
    AgendaStepKind, Level, Position, RECORD_MODELS, SessionFormat, SessionKind, Unit,
)
from tiepxuc.records.schema import SCHEMA_DIR, dumps, schema_file
from tiepxuc.layout import RECORD_FOLDERS, UNIT_FILE
from tiepxuc.repo import Repository
from tiepxuc.rules.profiles import Profile, load_profile, profile_ids
from tiepxuc.templating import environment

DEFAULT_FIELDS = [
    ("quan-ly-do-thi", "Quản lý đô thị, trật tự đô thị"),
    ("trat-tu-xay-dung", "Trật tự xây dựng"),
    ("dat-dai", "Đất đai, giải phóng mặt bằng, tái định cư"),
    ("quy-hoach", "Quy hoạch"),
    ("moi-truong", "Tài nguyên, môi trường"),
    ("giao-thong", "Giao thông, hạ tầng"),
    ("chinh-sach-xa-hoi", "Chính sách xã hội"),
    ("y-te-giao-duc", "Y tế, giáo dục"),
    ("an-ninh-trat-tu", "An ninh, trật tự"),
    ("hanh-chinh", "Thủ tục hành chính, tác phong cán bộ"),
    ("khac", "Lĩnh vực khác"),
]
# Where a unit's first word says its level.
TWO_LEVEL_GOVERNMENT = date(2025, 7, 1)
# What a new repository never commits: generated documents, and citizens' contact details kept
# in the private file (privacy.CONTACTS_FILE, joined into internal documents only).
GITIGNORE = (
    "# Văn bản xuất ra (tiepxuc render) không lưu vào kho\n"
    "out/\n"
    "# Thông tin liên hệ của người dân (dữ liệu cá nhân): chỉ lưu trên máy của đơn vị\n"
    "private/\n"
)

# Git for Windows checks text out with CRLF line endings (core.autocrlf); these keep the records
# LF in the repository and on every machine, so that a file's history shows only real changes.
GITATTRIBUTES = (
    "# Hồ sơ và mẫu văn bản luôn xuống dòng kiểu LF, trên mọi máy (kể cả Windows)\n"
    "*.yaml text eol=lf\n"
    "*.yml text eol=lf\n"
    "*.j2 text eol=lf\n"
    "*.json text eol=lf\n"
    "# Văn bản Word, bảng tính: tệp nhị phân\n"
    "*.docx binary\n"
    "*.xlsx binary\n"
    "*.pdf binary\n"
)


@dataclass
class UnitDraft:
    name: str
    level: Level
    place: str
    profile: str = "default"
    province: str | None = None
    party_superior: str | None = None
    party_name: str = ""
    party_abbreviation: str = "ĐU"
    party_office: str = "Văn phòng Đảng ủy"
    state_superior: str | None = None
    state_name: str = ""
    state_abbreviation: str = "UBND"
    council_name: str = ""
    front_name: str = ""
    officials: list[dict] = field(default_factory=list)


def unit_draft(name: str, level: Level | None = None, **values: object) -> UnitDraft:
    """Sensible defaults for the bodies' names, derived from the unit's name."""
    guessed, place = split_unit_name(name)
    level = level or guessed or Level.commune
    upper = name.strip().upper()
    draft = UnitDraft(
        name=name.strip(), level=level, place=place,
        party_name=f"ĐẢNG ỦY {upper}" if level == Level.commune else f"{upper} ỦY",
        state_name=f"ỦY BAN NHÂN DÂN {upper}",
        council_name=f"HỘI ĐỒNG NHÂN DÂN {upper}",
        front_name=f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM {upper}",
    )
    if level != Level.commune:
        draft.party_abbreviation = {Level.district: "HU", Level.province: "TU"}[level]
        draft.party_office = "Văn phòng " + ("Huyện ủy" if level == Level.district else "Tỉnh ủy")
    for key, value in values.items():
        if value is not None:
            setattr(draft, key, value)
    return draft


def superiors(level: Level, province: str | None, today: date | None = None
              ) -> tuple[str | None, str | None]:
    """What ``init`` proposes as the Party and the State bodies above the unit: the province's
    Party organisation (“ĐẢNG BỘ TỈNH BẮC NINH”) above a district, and above a commune since
    the two-level local government (before it, a commune's superior is its district, which
    tiepxuc does not know). The State header rarely names a body above: nothing proposed."""
    from tiepxuc.clock import today_in_vietnam

    if not province or not province.strip() or level == Level.province:
        return None, None
    if level == Level.commune and (today or today_in_vietnam()) < TWO_LEVEL_GOVERNMENT:
        return None, None
    phrase = province.strip()
    if not phrase.lower().startswith(("tỉnh ", "thành phố ")):
        phrase = "tỉnh " + phrase
    return f"ĐẢNG BỘ {phrase.upper()}", None


def default_agencies(draft: UnitDraft, today: date) -> list[str]:
    short = unit_phrase(draft.name)
    if draft.level == Level.commune and today < TWO_LEVEL_GOVERNMENT:
        return [
            f"Ủy ban nhân dân {short}", "Công chức Địa chính - Xây dựng",
            "Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch",
            "Công chức Văn phòng - Thống kê", f"Công an {short}",
            f"Ủy ban MTTQ {short}", draft.party_office,
        ]
    if draft.level == Level.commune:
        return [
            f"Ủy ban nhân dân {short}", "Văn phòng HĐND và UBND", "Phòng Kinh tế",
            "Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công", f"Công an {short}",
            f"Ủy ban MTTQ {short}", draft.party_office,
        ]
    return [f"Ủy ban nhân dân {short}", f"Ủy ban MTTQ {short}", draft.party_office]


def schema_ref(record_path: Path, root: Path, kind: str) -> str:
    target = root / SCHEMA_DIR / schema_file(kind)
    return Path(os.path.relpath(target, record_path.parent)).as_posix()


def _check_text(kind: str, path: Path, text: str) -> None:
    """Refuse to write a draft that does not load as a valid record (a bug if it happens)."""
    from tiepxuc.records.check import check_record

    doc = yamlio.parse(text)
    checked = check_record(RECORD_MODELS[kind], doc, path)
    errors = [d for d in checked.diagnostics if d.severity == "error"]
    if errors:
        raise TiepxucError(t("scaffold.invalid_draft", problems="; ".join(d.message for d in errors)))


# ---------------------------------------------------------------- init


def render_unit(root: Path, draft: UnitDraft, today: date) -> str:
    env = environment()
    text = env.get_template("records/unit.yaml.j2").render(
        schema=schema_ref(root / UNIT_FILE, root, "unit"),
        unit=draft, officials=draft.officials,
        fields=[{"code": c, "name": n} for c, n in DEFAULT_FIELDS],
        agencies=default_agencies(draft, today),
        profiles=", ".join(profile_ids()), today=today.isoformat(),
    )
    _check_text("unit", root / UNIT_FILE, text)
    return text


def write_schemas(root: Path) -> list[Path]:
    written = []
    for kind in RECORD_MODELS:
        path = root / SCHEMA_DIR / schema_file(kind)
        atomic_write(path, dumps(kind))
        written.append(path)
    return written


def merged_settings(path: Path, ours: str) -> str:
    """A .gitignore or .gitattributes that already exists keeps every line; ours are added
    after it, except those it already has."""
    try:
        existing = path.read_text(encoding="utf-8")
    except OSError:
        return ours
    have = {line.strip() for line in existing.splitlines()}
    added = [line for line in ours.splitlines() if line.strip() and line.strip() not in have]
    if not any(not line.startswith("#") for line in added):
        return existing
    return existing + ("" if existing.endswith("\n") or not existing else "\n") + \
        "\n".join(added) + "\n"


def init_files(root: Path, draft: UnitDraft, today: date) -> dict[Path, str]:
    """Every file a new repository starts with, path → content (nothing is written here)."""
    files = {root / UNIT_FILE: render_unit(root, draft, today)}
    files.update({root / SCHEMA_DIR / schema_file(kind): dumps(kind) for kind in RECORD_MODELS})
    for folder in RECORD_FOLDERS:
        files[root / folder / ".gitkeep"] = ""
    files[root / ".gitignore"] = GITIGNORE
    files[root / ".gitattributes"] = GITATTRIBUTES
    return files


# ---------------------------------------------------------------- new-plan


def plan_path(root: Path, year: int) -> Path:
    return root / "plans" / f"ke-hoach-{year}.yaml"


def _chairs_for(profile: Profile, kind: SessionKind) -> list[str]:
    groups = profile.value("chairs_by_kind").get(kind, [])
    return [group.split("|")[0] for group in groups]


def planned_sessions(profile: Profile) -> list[dict]:
    """The sessions the profile requires in a year, with suggested months."""
    needed = profile.value("min_sessions_per_year")
    thematic = min(profile.value("min_thematic_per_year"), needed)
    kinds = [SessionKind.thematic] * thematic + [SessionKind.periodic] * (needed - thematic)
    kinds.sort(key=lambda k: profile.suggested_months.get(k, 6))
    sessions = []
    for kind in kinds:
        sessions.append({
            "kind": kind.value,
            "month": profile.suggested_months.get(kind.value, 6),
            "topic": t_vi(f"doc.topic_{kind.value}"),
            "chairs": _chairs_for(profile, kind),
        })
    return sessions


def draft_plan(repo: Repository, year: int, profile: Profile) -> tuple[Path, str]:
    """The yearly plan's record, issued by the body whose dialogues the profile governs: the
    Party committee's (Bí thư signs, KH/ĐU) or, under the 2025 law, the People's Committee's
    (Chủ tịch UBND signs, KH-UBND), as the example commune's plan."""
    unit = _require_unit(repo)
    path = plan_path(repo.root, year)
    if path.exists():
        raise TiepxucError(t("scaffold.plan_exists", path=_rel(path, repo.root), year=year))
    issuer = profile.issuer
    where = unit_phrase(unit.name)
    state_name = sentence_case(unit.state.name) if unit.state else f"Ủy ban nhân dân {where}"
    head = Position.party_secretary if issuer == "party" else Position.committee_chair
    signer = next(
        (o for o in unit.officials if o.position == head
         and (o.until is None or o.until.year >= year)), None)
    party = unit.party
    if issuer == "party":
        abbreviation = party.abbreviation if party else "ĐU"
        signing = {"position": "BÍ THƯ",
                   "authority": "T/M " + party_short_name(party.name if party else None)}
        office = organising_office(unit, "party")
        state_task = state_name
        recipients = _plan_recipients(unit)
    else:
        abbreviation = unit.state.abbreviation if unit.state else "UBND"
        signing = {"position": "CHỦ TỊCH", "authority": "TM. ỦY BAN NHÂN DÂN"}
        office = organising_office(unit, "state")
        state_task = f"Các cơ quan chuyên môn thuộc {state_name}"
        recipients = _state_plan_recipients(unit)
    text = environment(repo.root).get_template("records/plan.yaml.j2").render(
        schema=schema_ref(path, repo.root, "plan"),
        id=f"ke-hoach-{year}", year=year, issuer=issuer, profile=profile,
        abbreviation=abbreviation,
        signer={"name": signer.name if signer else t_vi("doc.signer_unknown"), **signing},
        sessions=planned_sessions(profile),
        state_name=state_task,
        front_name=f"Ủy ban MTTQ {where}",
        office=office,
        recipients=recipients,
    )
    _check_text("plan", path, text)
    return path, text


def report_path(root: Path, year: int) -> Path:
    return root / "reports" / f"bao-cao-{year}.yaml"


def draft_report(repo: Repository, year: int, profile: Profile) -> tuple[Path, str]:
    """The annual report's record: what the office must write (the assessment) marked as
    blanks to fill; the figures are computed from the records when it is rendered or issued."""
    from tiepxuc.completeness import placeholder

    unit = _require_unit(repo)
    path = report_path(repo.root, year)
    if path.exists() or any(r.model.year == year for r in repo.reports):
        raise TiepxucError(t("scaffold.report_exists", path=_rel(path, repo.root), year=year))
    issuer = profile.issuer
    recipients = report_recipients(unit, issuer)
    text = environment(repo.root).get_template("records/report.yaml.j2").render(
        schema=schema_ref(path, repo.root, "report"), id=f"bao-cao-{year}", year=year,
        issuer=issuer,
        placeholder_assessment=placeholder(t_vi("doc.report_blank_assessment")),
        placeholder_limitations=placeholder(t_vi("doc.report_blank_limitations")),
        directions=[t_vi("doc.report_direction_default")],
        recipients=recipients,
    )
    _check_text("report", path, text)
    return path, text


def report_recipients(unit: Unit, issuer: str) -> list[str]:
    """Where the annual report goes: the level above (by name when tiepxuc.yaml gives it), the
    standing bodies (a Party report), the Front, the file copy. `new-report` drafts them; a
    report rendered before it was drafted shows the same."""
    recipients = []
    if issuer == "party":
        if unit.party and unit.party.superior:
            recipients.append(t_vi("doc.superior_report", body=sentence_case(unit.party.superior)))
        recipients.append(t_vi("doc.conclude_standing", unit=unit_phrase(unit.name)))
        recipients.append(t_vi("doc.front_recipient", front=f"Ủy ban MTTQ {unit_phrase(unit.name)}"))
        recipients.append("Lưu " + organising_office(unit, "party"))
    else:
        recipients += [t_vi("doc.superior_report", body=sentence_case(unit.state.superior))
                       if unit.state and unit.state.superior
                       else t_vi("doc.report_recipient_superior"),
                       t_vi("doc.front_recipient", front=f"Ủy ban MTTQ {unit_phrase(unit.name)}"),
                       "Lưu: VT"]
    return recipients


def _plan_recipients(unit: Unit) -> list[str]:
    recipients = []
    if unit.party and unit.party.superior:
        recipients.append(f"{sentence_case(unit.party.superior)} (để b/c)")
    recipients += [
        "Thường trực cấp ủy, HĐND, UBND, Ủy ban MTTQ",
        "Các tổ chức chính trị - xã hội",
        "Các chi bộ trực thuộc",
        "Lưu " + organising_office(unit, "party"),
    ]
    return recipients


def _state_plan_recipients(unit: Unit) -> list[str]:
    """A People's Committee plan: the level above, the standing Party and Council bodies, the
    Front (as the example commune's plan)."""
    where = unit_phrase(unit.name)
    recipients = []
    if unit.state and unit.state.superior:
        recipients.append(f"{sentence_case(unit.state.superior)} (để b/c)")
    recipients += [f"Thường trực Đảng ủy, HĐND {where}", f"Ủy ban MTTQ {where}", "Lưu: VT"]
    return recipients


# ---------------------------------------------------------------- new-session


@dataclass
class SessionDraft:
    date: date
    kind: SessionKind
    format: SessionFormat = SessionFormat.in_person
    start: str = "07:30"
    end: str | None = None
    place: str = ""
    topic: str | None = None
    plan: str | None = None
    secretary: str | None = None


def session_path(root: Path, session_id: str, day: date) -> Path:
    return root / "sessions" / str(day.year) / f"{session_id}.yaml"


def default_chairs(unit: Unit, profile: Profile, kind: SessionKind, day: date) -> tuple[list, list]:
    """Chairs from the kind's required posts and the heads in office that day, and the posts
    nobody holds that day (the office must complete them by hand)."""
    from tiepxuc.facts import holders

    chairs, vacant = [], []
    for group in profile.value("chairs_by_kind").get(kind, []):
        for position in (Position(p) for p in group.split("|")):
            people = holders(unit, position, day)
            if people:
                if not any(c["name"] == people[0].name for c in chairs):
                    chairs.append({"name": people[0].name, "position": position.value})
                break
        else:
            vacant.append(Position(group.split("|")[0]))
    return chairs, vacant


def default_agenda(profile: Profile, kind: SessionKind) -> list[dict]:
    spec = profile.value("agenda_order")
    if spec is None or kind == SessionKind.regular:
        return []
    wanted = {s for group in spec.required for s in group.split("|")}
    steps = []
    for group in spec.order:
        for step in group:
            if step in wanted or step in (AgendaStepKind.exchange, AgendaStepKind.closing):
                title = t_vi(f"enum.AgendaStepKind.{step.value}")
                steps.append({"step": step.value, "title": title[:1].upper() + title[1:]})
    return steps


def draft_session(repo: Repository, draft: SessionDraft, profile: Profile) -> tuple[Path, str, list]:
    unit = _require_unit(repo)
    kind_words = t_vi(f"enum.SessionKind.{draft.kind.value}")
    session_id = ids.new_id(draft.date.isoformat(), kind_words)
    path = session_path(repo.root, session_id, draft.date)
    if draft.plan is None:
        plan = next((r for r in repo.plans if r.model.year == draft.date.year), None)
        draft.plan = plan.model.id if plan else None
    chairs, vacant = default_chairs(unit, profile, draft.kind, draft.date)
    text = environment(repo.root).get_template("records/session.yaml.j2").render(
        schema=schema_ref(path, repo.root, "session"), id=session_id,
        session={**draft.__dict__, "kind": draft.kind.value, "format": draft.format.value},
        day=draft.date.strftime("%d/%m/%Y"),
        chairs=chairs, agenda=default_agenda(profile, draft.kind),
    )
    _check_text("session", path, text)
    return path, text, vacant


def _require_unit(repo: Repository) -> Unit:
    if repo.unit is None:
        raise TiepxucError(t("scaffold.unit_invalid", file=UNIT_FILE))
    return repo.unit



def profile_for(unit: Unit | None) -> Profile:
    if unit is None:
        return load_profile()[0]
    return load_profile(unit.profile, unit.overrides)[0]


# ---------------------------------------------------------------- checking every commit

# For repositories that use the pre-commit framework: the hook runs the installed tiepxuc.
PRE_COMMIT_CONFIG = """\
# Kiểm tra hồ sơ trước mỗi lần ghi vào git (https://pre-commit.com): pre-commit install
repos:
  - repo: local
    hooks:
      - id: tiepxuc-validate
        name: tiepxuc validate
        entry: tiepxuc validate
        language: system
        pass_filenames: false
        files: \\.ya?ml$
"""

_GIT_HOOK = """#!/bin/sh
# Cài bởi “tiepxuc init --pre-commit”: kiểm tra hồ sơ trước mỗi lần ghi vào git.
if command -v tiepxuc >/dev/null 2>&1; then
  exec tiepxuc validate
fi
exec "{python}" -m tiepxuc validate
"""


def install_git_hook(top: Path) -> Path:
    """A plain git pre-commit hook running `tiepxuc validate` (no framework needed)."""
    import stat
    import sys

    from tiepxuc import vcs

    hooks = Path(vcs.git_path(top, "hooks"))
    hook = hooks / "pre-commit"
    atomic_write(hook, _GIT_HOOK.format(python=sys.executable))
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return hook
