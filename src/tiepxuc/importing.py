"""Bringing an office's Excel books of petitions in (`tiepxuc import`).

A book is read with python-calamine (.xlsx, .xlsm, .xls, .ods). A *map* (YAML, written as a
starter by `tiepxuc import init` for the office to correct) says which row holds the headers,
which column is which field — by header text (accents, case and spacing optional, with
aliases) or by column letter — how values map to the unit's codes, and the sessions.

Each row becomes a petition record written as `petition add` writes it (lifecycle.add_petition),
with ``source: {file, sheet, row, sha256}``: importing the same book again adds nothing, and a
corrected book says which rows changed. A row with a problem is never half-imported: nothing
is written when any row has an error, unless the bad rows are skipped on purpose.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tiepxuc.errors import TiepxucError
from tiepxuc.messages import t, t_vi
from tiepxuc.repeats import choice_key, fold, match

# ---------------------------------------------------------------- what a column can be

# Field → the headers offices write for it (compared without accents, case or punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "session_date": ("ngày hội nghị", "ngày tiếp xúc", "ngày đối thoại", "ngày tổ chức",
                     "hội nghị ngày", "ngày họp"),
    "session": ("mã hội nghị",),
    "name": ("họ và tên", "họ tên", "người kiến nghị", "người nêu", "cử tri", "công dân",
             "tên người kiến nghị", "người phản ánh", "tên tổ chức cá nhân"),
    "group": ("tổ dân phố", "thôn", "khu phố", "tổ dân phố thôn", "thôn tổ dân phố", "ấp",
              "khối phố", "địa bàn"),
    "address": ("địa chỉ", "nơi ở", "địa chỉ liên hệ"),
    "phone": ("số điện thoại", "điện thoại", "sđt", "đt"),
    "id_number": ("số định danh", "số định danh cá nhân", "cccd", "số cccd", "cmnd",
                  "căn cước", "căn cước công dân"),
    "email": ("email", "thư điện tử", "e mail"),
    "field": ("lĩnh vực", "nhóm lĩnh vực", "loại kiến nghị"),
    "content": ("nội dung", "nội dung kiến nghị", "nội dung ý kiến", "ý kiến kiến nghị",
                "nội dung ý kiến kiến nghị", "kiến nghị", "ý kiến"),
    "received_date": ("ngày nhận", "ngày tiếp nhận", "ngày gửi"),
    "via": ("hình thức tiếp nhận", "nhận qua", "nguồn"),
    "order": ("thứ tự phát biểu",),
    "answer_kind": ("hình thức trả lời", "tình trạng trả lời"),
    "answer_by": ("người trả lời", "lãnh đạo trả lời"),
    "answer": ("nội dung trả lời", "trả lời", "ý kiến trả lời", "trả lời tại hội nghị"),
    "reason": ("lý do trả lời sau", "lý do"),
    "basis": ("căn cứ",),
    "lead": ("cơ quan chủ trì", "đơn vị chủ trì", "cơ quan giải quyết", "đơn vị giải quyết",
             "giao cho", "cơ quan được giao", "đơn vị được giao"),
    "resolution_date": ("ngày giải quyết", "ngày hoàn thành", "ngày có kết quả"),
    "resolution": ("kết quả giải quyết", "kết quả"),
}
DATES = ("session_date", "received_date", "resolution_date")
CODED = ("field", "lead", "answer_kind", "reason")  # values mapped to the unit's codes
REQUIRED = ("name", "content", "field")

# ---------------------------------------------------------------- cells


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    value = 0
    for ch in letters.strip().upper():
        if not "A" <= ch <= "Z":
            raise ValueError(letters)
        value = value * 26 + ord(ch) - 64
    return value - 1


# TCVN3 (ABC), the old Vietnamese 8-bit code typed with .VnTime fonts: in a spreadsheet its
# letters arrive as the Latin-1 characters with the same byte values. Lower case with tones,
# then the capitals the code has a place for (others are written with the lower-case byte in an
# upper-case font, and read back here as lower case).
_TCVN3 = ("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦")
_UNICODE = ("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ")
_FROM_TCVN3 = str.maketrans(dict(zip(_TCVN3, _UNICODE)))
# Characters of TCVN3 text that real Vietnamese (or any text offices type) never holds.
_TCVN3_SIGNS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞ«¬\xad¡¢§£¤¥¦")
# TCVN3 signs that are Vietnamese capitals in Unicode too (“LÊ XUÂN TOÀN”, “Ông”): TCVN3 only
# after a lower-case letter (“chiÕu”, “tÕ”), TCVN3's capitals being lower-case bytes in a font
# such as .VnTimeH.
_AMBIGUOUS = set("ÊÈÉÌÒÕÓÔÝ")
# The TCVN3 signs VNI never uses (VNI's letters are all from À up; TCVN3 shares many of them).
_TCVN3_ONLY = set("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÇÎÐ×ÝÞ")
# VNI typed with VNI-Times: a vowel followed by the Latin-1 sign that carries its tone or mark,
# in pairs Vietnamese in Unicode never writes (“Xuân”, “Hoà”, “Nguyên”, “Giáp” are Unicode: “uâ”,
# “oà”, “yê”, “iá” are left out), of the same case (TCVN3's toned vowels, such as “Õ” in
# “chiÕu”, follow lower-case letters).
_VNI = re.compile(r"[aeiouyôö][ùøûïõåäëüñ]|[aeiouy]ö|[ae][âáàã]|oâ|a[êéèú]"
                  r"|[AEIOUYÔÖ][ÙØÛÏÕÅÄËÜÑ]|[AEIOUY]Ö|[AE][ÂÁÀÃ]|OÂ|A[ÊÉÈÚ]")
_MODERN = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def legacy(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` looks typed in an old Vietnamese font, else None."""
    if _MODERN.search(text):
        return None
    signs = sum(1 for i, ch in enumerate(text) if ch in _TCVN3_SIGNS and (
        ch not in _AMBIGUOUS or (i and text[i - 1].islower())))
    vni = _VNI.search(text) is not None
    # VNI's “Ñ” (Đ) and capitals are TCVN3 signs too: VNI when no sign only TCVN3 has
    # (“Ñoã Vaên Ñöùc” is Đỗ Văn Đức in VNI, never to be read as TCVN3)
    if vni and not any(ch in _TCVN3_ONLY for ch in text):
        return "vni"
    if signs >= 2 or (signs and len(text) < 20):
        return "tcvn3"
    return "vni" if vni else None


def from_tcvn3(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text.translate(_FROM_TCVN3))


_WORDS_DATE = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.I)


def cell_date(value, label: str) -> date:
    """A date from a cell: a real Excel date, dd/mm/yyyy text, or “ngày 05 tháng 6 năm 2024”.
    A 2-digit year or an impossible date is an error (raised as ValueError with the words)."""
    from tiepxuc.clock import parse_typed_date

    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(t("import.date_number", value=value))
    text = str(value).strip()
    words = _WORDS_DATE.fullmatch(fold(text).replace("ngay", "ngày").replace("thang", "tháng")
                                  .replace("nam", "năm")) or _WORDS_DATE.fullmatch(text)
    if words:
        text = f"{words[1]}/{words[2]}/{words[3]}"
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", text):
        raise ValueError(t("import.date_short_year", value=text))
    try:
        return parse_typed_date(text, label)
    except TiepxucError as exc:
        raise ValueError(exc.message) from None


def cell_text(value) -> str:
    """A cell as text: numbers without “.0”, dates as dd/mm/yyyy, spaces tidied."""
    import unicodedata

    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return unicodedata.normalize("NFC", " ".join(str(value).split()))


def digits(value, width: int) -> str:
    """A phone or ID number: text as typed; a number (Excel dropped its leading zero) padded
    back to ``width`` digits — a phone is never a number."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        return text.zfill(width) if len(text) < width else text
    return cell_text(value)


# ---------------------------------------------------------------- the map


@dataclass
class Column:
    index: int
    header: str  # as written in the book ("" when given by letter)


@dataclass
class Map:
    sheet: str | None
    header_row: int  # 1-based, as Excel numbers rows
    columns: dict[str, Column]
    values: dict[str, dict[str, str]]  # field → {as written (folded) → code}
    session: str | None = None
    session_kind: str = "periodic"
    path: Path | None = None


def find_header_row(rows: list[list], limit: int = 30) -> int | None:
    """The 0-based index of the first row naming two or more known columns."""
    best, best_hits = None, 1
    for index, row in enumerate(rows[:limit]):
        hits = sum(1 for cell in row if guess_field(cell_text(cell)) is not None)
        if hits > best_hits:
            best, best_hits = index, hits
            break
    return best


def guess_field(header: str) -> str | None:
    key = choice_key(header)
    if not key:
        return None
    for name, aliases in HEADERS.items():
        if key in {choice_key(a) for a in aliases}:
            return name
    return None


def read_map(path: Path) -> dict:
    from tiepxuc.fileio import UnreadableFile, read_text
    from tiepxuc.records import yamlio

    try:
        data = yamlio.parse(read_text(path)).data
    except (OSError, UnreadableFile, yamlio.YamlProblem) as exc:
        raise TiepxucError(t("import.map_unreadable", file=str(path),
                             reason=getattr(exc, "message", None) or str(exc))) from None
    if not isinstance(data, dict):
        raise TiepxucError(t("import.map_unreadable", file=str(path), reason="YAML"))
    return data


def resolve_map(data: dict, rows: list[list], path: Path | None) -> Map:
    """The map's columns found in the book: by letter, or by header text (with aliases)."""
    header_row = str(data.get("header_row", "")).strip()  # (the loader keeps scalars as text)
    header_row = int(header_row) if header_row.isdigit() else 0
    if header_row < 1:
        raise TiepxucError(t("import.map_bad", file=str(path), key="header_row",
                             reason=t("import.map_header_row")))
    headers = [cell_text(c) for c in (rows[header_row - 1] if header_row <= len(rows) else [])]
    keys = [choice_key(h) for h in headers]
    columns: dict[str, Column] = {}
    given = data.get("columns") or {}
    if not isinstance(given, dict):
        raise TiepxucError(t("import.map_bad", file=str(path), key="columns",
                             reason=t("import.map_mapping")))
    for name, spec in given.items():
        if name not in HEADERS:
            raise TiepxucError(t("import.map_bad", file=str(path), key=f"columns.{name}",
                                 reason=t("import.map_unknown_field",
                                          fields=", ".join(HEADERS))))
        if spec is None:
            continue
        if isinstance(spec, str):
            spec = {"header": spec}
        letter = spec.get("column") if isinstance(spec, dict) else None
        if letter:
            try:
                index = column_index(str(letter))
            except ValueError:
                raise TiepxucError(t("import.map_bad", file=str(path), key=f"columns.{name}",
                                     reason=t("import.map_letter", value=letter))) from None
            columns[name] = Column(index, headers[index] if index < len(headers) else "")
            continue
        wanted = [spec.get("header"), *(spec.get("aliases") or [])] \
            if isinstance(spec, dict) else []
        found = next((keys.index(choice_key(str(w))) for w in wanted
                      if w and choice_key(str(w)) in keys), None)
        if found is None:
            raise TiepxucError(t("import.map_no_column", file=str(path), field=name,
                                 headers=", ".join(w for w in map(str, wanted) if w),
                                 row=header_row, found="; ".join(h for h in headers if h)))
        columns[name] = Column(found, headers[found])
    values = {}
    for name, table in (data.get("values") or {}).items():
        if isinstance(table, dict):
            values[name] = {choice_key(str(k)): str(v) for k, v in table.items()
                            if v is not None}
    return Map(data.get("sheet"), header_row, columns, values, data.get("session"),
               str(data.get("session_kind") or "periodic"), path)


def guessed_map(rows: list[list]) -> Map:
    index = find_header_row(rows)
    if index is None:
        raise TiepxucError(t("import.no_header"))
    columns = {}
    for i, cell in enumerate(rows[index]):
        name = guess_field(cell_text(cell))
        if name is not None and name not in columns:
            columns[name] = Column(i, cell_text(cell))
    return Map(None, index + 1, columns, {})


# ---------------------------------------------------------------- reading a book


def open_sheet(book: Path, sheet: str | None) -> tuple[str, list[list]]:
    """The rows of ``sheet`` (the first one by default), from A1, with merged cells as
    calamine gives them (the value in the first cell of the range)."""
    from python_calamine import CalamineError, CalamineWorkbook, WorksheetNotFound

    try:
        workbook = CalamineWorkbook.from_path(str(book))
    except FileNotFoundError:
        raise TiepxucError(t("import.no_book", file=str(book))) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise TiepxucError(t("import.book_unreadable", file=str(book), reason=str(exc))) from None
    names = workbook.sheet_names
    name = sheet or (names[0] if names else None)
    try:
        data = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except (WorksheetNotFound, TypeError, CalamineError):
        raise TiepxucError(t("import.no_sheet", file=book.name, sheet=str(sheet),
                             sheets=", ".join(names))) from None
    return name, [list(row) for row in data]


# ---------------------------------------------------------------- rows to records


@dataclass
class Problem:
    where: str  # BOOK.xlsx:Sheet!B12
    message: str

    def format(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Row:
    number: int  # as Excel numbers it
    values: dict  # field → value (codes mapped, dates as dates)
    digest: str
    problems: list[Problem] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)  # cells read from TCVN3


@dataclass
class Plan:
    """What an import would do: the rows to add, those already there, those changed since,
    and every problem."""

    book: str
    sheet: str
    new: list[Row] = field(default_factory=list)
    same: list[tuple[Row, str]] = field(default_factory=list)  # (row, petition ID)
    changed: list[tuple[Row, str]] = field(default_factory=list)
    bad: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the book or map itself

    @property
    def all_problems(self) -> list[Problem]:
        return self.problems + [p for row in self.bad for p in row.problems]


def _options(repo, profile) -> dict[str, dict[str, list[str]]]:
    from tiepxuc.records.models import AnswerKind

    unit = repo.unit
    return {
        "field": {f.code: [f.name] for f in unit.fields},
        "lead": {a: [a] for a in unit.agencies},
        "answer_kind": {k.value: [t_vi(f"enum.AnswerKind.{k.value}")] for k in AnswerKind},
        "reason": {r: [t_vi(f"reason.{r}")] for r in profile.value("deferral_reasons")},
    }


def _code(name: str, text: str, plan_map: Map, options: dict[str, list[str]]) -> str | None:
    """A value as the unit codes it: the map's own table first, then the unit's codes and
    names (accents, case and punctuation optional)."""
    mapped = plan_map.values.get(name, {}).get(choice_key(text))
    if mapped is not None:
        return mapped
    if name == "lead" and not options:
        return text  # a unit without a list of agencies: written as the book says
    return match(text, options)


def row_digest(cells: list) -> str:
    """The row's fingerprint, from its cells as text (a date typed or stored alike)."""
    text = "\x1f".join(cell_text(c) for c in cells).rstrip("\x1f")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_rows(book: Path, sheet: str, rows: list[list], plan_map: Map, repo, profile
              ) -> list[Row]:
    options = _options(repo, profile)
    out = []
    for index in range(plan_map.header_row, len(rows)):
        cells = rows[index]
        used = [cells[c.index] if c.index < len(cells) else None
                for c in plan_map.columns.values()]
        if all(cell_text(c) == "" for c in used):
            continue  # an empty row, or a total or note row outside the mapped columns
        number = index + 1
        row = Row(number, {}, row_digest(cells))
        for name, column in plan_map.columns.items():
            raw = cells[column.index] if column.index < len(cells) else None
            where = f"{book.name}:{sheet}!{column_letter(column.index)}{number}"
            label = column.header or name
            if isinstance(raw, str):
                kind = legacy(raw)
                if kind == "tcvn3":
                    raw = from_tcvn3(raw)
                    row.converted.append(where)
                elif kind == "vni":
                    row.problems.append(Problem(where, t("import.vni", column=label)))
                    continue
            if name in ("phone", "id_number"):
                value = digits(raw, 10 if name == "phone" else 12) or None
            elif name in DATES:
                if cell_text(raw) == "":
                    value = None
                else:
                    try:
                        value = cell_date(raw, label)
                    except ValueError as exc:
                        row.problems.append(Problem(where, str(exc)))
                        continue
            elif name == "order":
                text = cell_text(raw)
                if text and not text.isdigit():
                    row.problems.append(Problem(where, t("import.not_whole", column=label,
                                                         value=text)))
                    continue
                value = int(text) if text else None
            else:
                value = cell_text(raw) or None
                if value is not None and name in CODED:
                    code = _code(name, value, plan_map, options[name])
                    if code is None:
                        choices = ", ".join(options[name]) or "—"
                        row.problems.append(Problem(where, t(
                            "import.no_match", column=label, value=value, choices=choices,
                            key=f"values.{name}")))
                        continue
                    value = code
            row.values[name] = value
        if row.values.get("answer_kind") in ("answer_later", "declined"):
            for name in ("reason", "basis"):  # what the rules ask of a deferral (ANSWER-REASON)
                if not row.values.get(name):
                    column = plan_map.columns.get(name) or plan_map.columns["answer_kind"]
                    row.problems.append(Problem(
                        f"{book.name}:{sheet}!{column_letter(column.index)}{number}",
                        t("import.deferral_needs", what=t(f"import.field.{name}"))))
        if (row.values.get("answer_kind") or ("answered" if row.values.get("answer") else None)
                ) == "answered":
            for name in ("answer_by", "answer"):  # what the rules ask of it (ANSWER-INCOMPLETE)
                if not row.values.get(name):
                    column = plan_map.columns.get(name) or plan_map.columns.get("answer_kind") \
                        or plan_map.columns["answer"]
                    row.problems.append(Problem(
                        f"{book.name}:{sheet}!{column_letter(column.index)}{number}",
                        t("import.answer_needs", what=t(f"import.field.{name}"))))
        for name in REQUIRED:
            if name in plan_map.columns and not row.values.get(name) and not any(
                    p.where.endswith(f"!{column_letter(plan_map.columns[name].index)}{number}")
                    for p in row.problems):
                column = plan_map.columns[name]
                row.problems.append(Problem(
                    f"{book.name}:{sheet}!{column_letter(column.index)}{number}",
                    t("import.empty", column=column.header or name)))
        out.append(row)
    return out


def plan_import(book: Path, plan_map: Map, sheet_name: str, rows: list[list], repo, profile,
                session: str | None) -> Plan:
    """What importing ``book`` would do: each row checked, and matched with what an earlier
    import of the same book and sheet wrote (the same fingerprint adds nothing, wherever the
    row now is; another fingerprint in an imported row's place, that row gone, is a change)."""
    plan = Plan(book.name, sheet_name)
    for name in REQUIRED:
        if name not in plan_map.columns:
            plan.problems.append(Problem(
                f"{book.name}:{sheet_name}!{plan_map.header_row}",
                t("import.no_required", field=t(f"import.field.{name}"),
                  file=str(plan_map.path) if plan_map.path else "--map")))
    if "session_date" not in plan_map.columns and "session" not in plan_map.columns \
            and not (session or plan_map.session):
        plan.problems.append(Problem(f"{book.name}:{sheet_name}", t("import.no_session")))
    if plan.problems:
        return plan
    earlier = {}
    for record in repo.petitions:
        source = record.model.source
        if source is not None and source.file == book.name and source.sheet == sheet_name:
            earlier[source.row] = (source.sha256, record.id)
    # a row is known by its fingerprint wherever it now is (rows inserted above move it); a
    # row whose place held another row before, that row gone from the book, was changed
    known = {digest: pid for digest, pid in earlier.values()}
    read = read_rows(book, sheet_name, rows, plan_map, repo, profile)
    present = {row.digest for row in read}
    sessions = {r.model.id for r in repo.sessions}
    for row in read:
        given = row.values.get("session") or session or plan_map.session
        if not row.problems and "session_date" not in row.values and given not in sessions:
            row.problems.append(Problem(f"{book.name}:{sheet_name}!{row.number}:{row.number}",
                                        t("import.unknown_session", session=str(given))))
        if row.digest in known:
            plan.same.append((row, known[row.digest]))
        elif row.number in earlier and earlier[row.number][0] not in present:
            plan.changed.append((row, earlier[row.number][1]))
        elif row.problems:
            plan.bad.append(row)
        else:
            plan.new.append(row)
    return plan


# ---------------------------------------------------------------- writing


def _session_for(repo, profile, day: date, kind: str, made: dict, changes: dict):
    """The session held on ``day``: the repository's, or a new one (made once per day)."""
    if day in made:
        return made[day]
    same_day = [r.model.id for r in repo.sessions if r.model.date == day]
    if same_day:
        made[day] = same_day[0]
        return same_day[0]
    from tiepxuc import scaffold
    from tiepxuc.lifecycle import new_session
    from tiepxuc.records.models import SessionFormat, SessionKind

    draft = scaffold.SessionDraft(
        date=day, kind=SessionKind(kind), format=SessionFormat.in_person, start="07:30",
        end=None, place=t_vi("doc.default_place", unit=scaffold.unit_phrase(repo.unit.name)),
        topic=None, plan=None, secretary=None)
    change, path, _ = new_session(repo, draft, scaffold.profile_for(repo.unit))
    changes.update(change.files)
    made[day] = path.stem
    return path.stem


def build_change(repo, profile, plan: Plan, plan_map: Map, session: str | None, today: date):
    """The change that writes every new row (and the sessions they need): one commit."""
    from tiepxuc.audit.changes import Change
    from tiepxuc.lifecycle import (
        NewPetition, add_petition, after_change, answer_petition, checked,
    )
    from tiepxuc.records import edit
    from tiepxuc.records.models import AnswerKind, RECORD_MODELS

    files: dict = {}
    private: dict = {}
    made: dict = {}
    for row in plan.new:
        if row.values.get("session_date"):
            _session_for(repo, profile, row.values["session_date"], plan_map.session_kind, made,
                         files)
    working = after_change(repo, Change(repo.root, "import", plan.book, "", dict(files))) \
        if files else repo
    ids: list[str] = []
    order = list(RECORD_MODELS["petition"].model_fields)
    for row in plan.new:
        v = row.values
        sid = made.get(v.get("session_date")) or v.get("session") or session or plan_map.session
        new = NewPetition(
            session=sid, name=v["name"], field=v["field"], content=v["content"],
            residential_group=v.get("group"), address=v.get("address"), phone=v.get("phone"),
            id_number=v.get("id_number"), email=v.get("email"),
            received_date=v.get("received_date"), received_via=v.get("via"),
            speaking_order=v.get("order"))
        try:
            change, pid, _ = add_petition(working, new, today, private)
            path, text = next(iter(change.files.items()))
            while path in files:  # two rows with the same first words, the same day
                change, pid, _ = add_petition(working, new, today, private)
                path, text = next(iter(change.files.items()))
            text = edit.set_value(text, "source", {"file": plan.book, "sheet": plan.sheet,
                                                   "row": row.number, "sha256": row.digest},
                                  order)
            if v.get("lead") and not (v.get("answer_kind") or v.get("answer")):
                # a lead agency alone: assigned to resolve; the book does not say the answer
                text = edit.set_value(text, "assignment", {"lead": v["lead"]}, order)
            elif v.get("answer_kind") or v.get("answer"):
                from tiepxuc.repo import Record
                from tiepxuc.records import yamlio
                from tiepxuc.records.check import check_record

                doc = yamlio.parse(text)
                record = Record("petition", path, doc,
                                check_record(RECORD_MODELS["petition"], doc, path).model)
                # answered at the session unless the book says otherwise
                kind = AnswerKind(v.get("answer_kind") or AnswerKind.answered)
                answered = answer_petition(
                    working, record, kind=kind, by=v.get("answer_by"), content=v.get("answer"),
                    reason=v.get("reason"), basis=v.get("basis"), lead=v.get("lead"),
                    coordinating=[], task=None, forward_to=None, forward_date=None,
                    forward_document=None, competence=None, text=text)
                text = answered.files[path]
            if v.get("resolution"):
                when = v.get("resolution_date") or today
                text = edit.set_value(text, "resolution", {"date": when, "result": v["resolution"]},
                                      order)
            checked("petition", path, text)
        except TiepxucError as exc:
            row.problems.append(Problem(f"{plan.book}:{plan.sheet}!{row.number}:{row.number}",
                                        exc.message))
            continue
        files[path] = text
        private.update(change.private)  # each row's contacts added to the earlier rows'
        ids.append(pid)
    bad = [row for row in plan.new if row.problems]
    if bad:
        plan.new = [row for row in plan.new if not row.problems]
        plan.bad.extend(bad)
    summary = t_vi("doc.commit_import", count=len(ids), sheet=plan.sheet)
    existing = {r.model.id for r in repo.sessions}  # a day's session found, not made
    return Change(repo.root, "import", plan.book, summary, files, private), ids, \
        sorted(sid for sid in set(made.values()) if sid not in existing)


# ---------------------------------------------------------------- a starter map


def _q(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def starter_map(book: Path, sheet: str, rows: list[list], repo, profile) -> str:
    """A map for ``book`` with every column guessed from its header row and every coded value
    matched where it can be, commented in Vietnamese for the office to correct."""
    guessed = guessed_map(rows)
    headers = [cell_text(c) for c in rows[guessed.header_row - 1]]
    lines = [
        t_vi("import.init.head1", book=book.name),
        t_vi("import.init.head2", book=book.name),
        t_vi("import.init.head3"),
        "",
        t_vi("import.init.sheet"),
        f"sheet: {_q(sheet)}",
        t_vi("import.init.header_row"),
        f"header_row: {guessed.header_row}",
        t_vi("import.init.columns"),
        "columns:",
    ]
    for name in HEADERS:
        column = guessed.columns.get(name)
        label = t_vi(f"import.field.{name}")
        if column is None:
            lines.append(f"  # {name}:  # {label} — {t_vi('import.init.no_column')}")
        else:
            lines.append(f"  {name}: {{header: {_q(column.header)}}}  # {label} — "
                         + t_vi("import.init.column", letter=column_letter(column.index)))
    used = {c.index for c in guessed.columns.values()}
    unknown = [f"{column_letter(i)} {_q(h)}" for i, h in enumerate(headers) if h and i not in used]
    if unknown:
        lines.append(t_vi("import.init.unknown", columns=", ".join(unknown)))
    options = _options(repo, profile)
    lines += [t_vi("import.init.values"), "values:"]
    for name in CODED:
        column = guessed.columns.get(name)
        if column is None:
            continue
        seen = []
        for row in rows[guessed.header_row:]:
            value = cell_text(row[column.index]) if column.index < len(row) else ""
            if legacy(value) == "tcvn3":  # as the import will read it
                value = from_tcvn3(value)
            if value and value not in seen:
                seen.append(value)
        lines.append(f"  {name}:")
        for value in seen[:200]:
            code = _code(name, value, guessed, options[name])
            if code is not None:
                lines.append(f"    {_q(value)}: {_q(code)}")
            else:
                lines.append(f"    {_q(value)}:   # " + t_vi(
                    "import.init.no_match", choices=", ".join(options[name]) or "—"))
    if "session_date" not in guessed.columns:
        lines += [t_vi("import.init.session"), "# session: MÃ-HỘI-NGHỊ"]
    lines += [t_vi("import.init.session_kind"), "session_kind: periodic", ""]
    return "\n".join(lines)
