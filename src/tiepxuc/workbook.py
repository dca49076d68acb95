"""Workbooks (.xlsx) for the office's spreadsheets: what `check-deadlines`, `report` and
`export` show, as Excel opens it.

Every workbook is built the same way: one header row per sheet, in the user's language, frozen
and with an autofilter; dates as real date cells (dd/mm/yyyy), numbers as numbers, every other
value as text (a phone number keeps its leading 0, citizen text starting with “=” stays text,
never a formula); overdue rows filled in red; columns as wide as their content, within bounds;
Times New Roman throughout. The sheets are described as plain data (:class:`Sheet`, rows of
:class:`Line`) by the functions below and written by :func:`write`, which returns the file's
bytes: the caller writes them atomically, so a failure leaves nothing half-written.

XlsxWriter is imported only when a workbook is written. It writes in its constant-memory mode
(each row goes out as it is written), so a province's 100,000 rows never sit in memory twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from tiepxuc.messages import t

FONT = "Times New Roman"
FONT_SIZE = 12
LINE_HEIGHT = 15.75  # points: a line of text in FONT_SIZE
DATE_FORMAT = "dd/mm/yyyy"
OVERDUE_FILL = "#F8CBAD"  # a light red: the rows of what is overdue
HEADER_FILL = "#D9E1F2"
MIN_WIDTH, MAX_WIDTH = 6, 60  # column widths, in characters
CELL_LIMIT = 32767  # the most characters a cell holds (Excel's limit)

# The kinds of column: how a value is written and shown.
TEXT, DATE, INTEGER, NUMBER, PERCENT = "text", "date", "integer", "number", "percent"
_NUMBER_FORMATS = {DATE: DATE_FORMAT, INTEGER: "0", PERCENT: "0%"}  # NUMBER: as Excel shows it


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    widest: int = MAX_WIDTH  # the widest it may be made for its content


class Line(NamedTuple):
    """One row of a sheet: its values (None: an empty cell), whether it is overdue (filled),
    whether it is a total (bold), and the first cell's indent (a sub-item)."""

    values: Sequence[Any]
    overdue: bool = False
    total: bool = False
    indent: int = 0


@dataclass
class Sheet:
    name: str
    columns: list[Column]
    lines: Iterable[Line]


# ---------------------------------------------------------------- writing


class _Styles:
    """The cell formats of a workbook, made once each (Excel allows only so many)."""

    def __init__(self, book) -> None:
        self.book = book
        self.made: dict[tuple, Any] = {}
        self.header = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                       "bg_color": HEADER_FILL, "border": 1})

    def get(self, kind: str, overdue: bool, total: bool, indent: int = 0):
        key = (kind, overdue, total, indent)
        found = self.made.get(key)
        if found is None:
            properties: dict[str, Any] = {"valign": "top"}
            if kind in _NUMBER_FORMATS:
                properties["num_format"] = _NUMBER_FORMATS[kind]
            if overdue:
                properties["bg_color"] = OVERDUE_FILL
            if total:
                properties["bold"] = True
            if indent:
                properties.update(align="left", indent=indent)
            found = self.made[key] = self.book.add_format(properties)
        return found


def _text(value: Any) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 1] + "…"


def _text_width(text: str) -> int:
    """About how many characters wide a text shows (its longest line)."""
    return max(map(len, text.split("\n"))) if "\n" in text else len(text)


def _shown_width(value: Any, kind: str) -> int:
    """About how many characters the cell of a date or a number shows."""
    if kind == DATE:
        return len(DATE_FORMAT)
    if kind == PERCENT:
        return 4
    if kind == NUMBER:
        return len(f"{value:g}")
    return len(str(value))


def _sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    for mark in "[]:*?/\\":
        name = name.replace(mark, " ")
    name = name.strip(" '")[:31] or "Sheet"
    base, number = name, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name


def _header(ws, styles: _Styles, columns: list[Column]) -> None:
    """The header row; a title longer than its column may be wide wraps, and the row is made
    tall enough for it (a column is at least as wide as its title, within its bound)."""
    import textwrap

    lines = 1
    for col, column in enumerate(columns):
        ws.write_string(0, col, column.title, styles.header)
        room = max(min(len(column.title), column.widest - 2), 1)
        lines = max(lines, len(textwrap.wrap(column.title, room)))
    if lines > 1:
        ws.set_row(0, LINE_HEIGHT * lines + 2)


def _write_sheet(book, styles: _Styles, sheet: Sheet, taken: set[str]) -> None:
    ws = book.add_worksheet(_sheet_name(sheet.name, taken))
    columns = sheet.columns
    _header(ws, styles, columns)
    widths = [len(column.title) for column in columns]
    kinds = [column.kind for column in columns]
    write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
    write_date = ws.write_datetime
    by_look: dict[tuple, list] = {}  # (overdue, total, indent) → each cell's format
    row = 0
    for line in sheet.lines:
        row += 1
        look = (line.overdue, line.total, line.indent)
        formats = by_look.get(look)
        if formats is None:
            formats = by_look[look] = [
                styles.get(kind, line.overdue, line.total, line.indent if col == 0 else 0)
                for col, kind in enumerate(kinds)]
        marked = line.overdue or line.total  # a fill or bold line runs on through empty cells
        for col, value in enumerate(line.values):
            if value is None or value == "":
                if marked:
                    write_blank(row, col, None, formats[col])
                continue
            kind = kinds[col]
            if kind == TEXT:
                value = _text(value)
                write_string(row, col, value, formats[col])
                shown = _text_width(value)
            else:
                if kind == DATE:
                    write_date(row, col, value, formats[col])
                else:
                    write_number(row, col, value / 100 if kind == PERCENT else value,
                                 formats[col])
                shown = _shown_width(value, kind)
            if col == 0 and line.indent:
                shown += 2 * line.indent
            if shown > widths[col]:
                widths[col] = shown
    for col, column in enumerate(columns):
        # a little room for the filter's button, within the column's bounds
        ws.set_column(col, col, min(max(widths[col] + 2, MIN_WIDTH), column.widest))
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, row, len(columns) - 1)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.repeat_rows(0)  # the header on every printed page


def write(sheets: Iterable[Sheet], *, title: str = "") -> bytes:
    """The workbook of ``sheets``, as the bytes of an .xlsx file."""
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {
        "constant_memory": True,  # each row written out as it comes
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        # font_scheme "none": the font itself, not the theme's (Calibri) in its name
        "default_format_properties": {"font_name": FONT, "font_size": FONT_SIZE,
                                      "font_scheme": "none"},
    })
    book.set_properties({"title": title, "author": "tiepxuc", "comments": "tiepxuc"})
    styles = _Styles(book)
    taken: set[str] = set()
    for sheet in sheets:
        _write_sheet(book, styles, sheet, taken)
    book.close()
    return buffer.getvalue()


# ---------------------------------------------------------------- check-deadlines


def deadline_sheet(rows: Sequence[tuple[Any, Any]], *, rollup: bool) -> Sheet:
    """Every row check-deadlines lists: (member, scan.Row) pairs, most urgent first."""
    from tiepxuc.rollup import linked_note

    columns = [Column(t("xlsx.col.unit"), widest=40)] if rollup else []
    columns += [
        Column(t("xlsx.col.record"), widest=45),
        Column(t("xlsx.col.obligation"), widest=70),
        Column(t("xlsx.col.due"), DATE),
        Column(t("xlsx.col.status"), widest=24),
        Column(t("xlsx.col.days"), INTEGER, widest=20),
        Column(t("xlsx.col.days_text"), widest=40),
        Column(t("xlsx.col.done"), DATE),
        Column(t("xlsx.col.agency"), widest=40),
        Column(t("xlsx.col.file"), widest=70),
        Column(t("xlsx.col.rule"), widest=45),
        Column(t("xlsx.col.basis"), widest=60),
        Column(t("xlsx.col.notes"), widest=60),
    ]
    statuses = {}

    def lines() -> Iterator[Line]:
        for member, row in rows:
            status = statuses.get(row.status)
            if status is None:
                status = statuses[row.status] = t("status." + row.status)
            notes = row.notes
            if row.linked is not None:
                notes = [*notes, linked_note(row)]
            values = [member.name] if rollup else []
            values += [row.id, row.title, row.due, status, row.days, row.days_text, row.done,
                       row.agency, f"{member.path(row.file)}:{row.line}", row.rule, row.basis,
                       "; ".join(notes)]
            yield Line(values, overdue=row.status == "overdue")

    return Sheet(t("xlsx.sheet.deadlines"), columns, lines())


# ---------------------------------------------------------------- report YEAR


def _resolution_lines(summary: dict) -> list[Line]:
    """The four-way split of the petitions assigned after the sessions, and their total."""
    from tiepxuc.report import RESOLUTION_KEYS, percent

    resolution = summary["resolution"]
    assigned = sum(resolution.get(key, 0) for key in RESOLUTION_KEYS)
    out = [Line([t(f"cli.report.col_{key}"), resolution.get(key, 0),
                 percent(resolution.get(key, 0), assigned)],
                overdue=key == "overdue" and resolution.get(key, 0) > 0)
           for key in RESOLUTION_KEYS]
    out.append(Line([t("cli.report.total_row"), assigned, None], total=True))
    return out


def _figure_lines(summary: dict, *, units: int | None) -> list[Line]:
    resolution = summary["resolution"]
    sub = 1
    lines = []
    if units is not None:
        lines.append(Line([t("xlsx.fig.units"), units, None]))
    lines.append(Line([t("cli.report.sessions"), summary["sessions"], None]))
    if units is None:
        lines.append(Line([t("xlsx.fig.min_sessions"), summary["min_sessions"], None],
                          indent=sub))
    lines += [
        Line([t("cli.report.participants"), summary["participants"], None]),
        Line([t("cli.report.petitions"), summary["petitions"], None]),
        Line([t("cli.report.answered"), summary["answered"], summary["answered_percent"]],
             indent=sub),
        Line([t("cli.report.declined"), summary["declined"], None], indent=sub),
        Line([t("cli.report.forwarded"), summary["forwarded"], None], indent=sub),
        Line([t("cli.report.assigned"), sum(resolution.values()), None]),
        Line([t("cli.report.res_done_on_time"), resolution["done_on_time"],
              summary["on_time_percent"]], indent=sub),
        Line([t("cli.report.res_done_late"), resolution["done_late"], None], indent=sub),
        Line([t("cli.report.res_within"), resolution["within"], None], indent=sub),
        Line([t("cli.report.res_overdue"), resolution["overdue"], None], indent=sub,
             overdue=resolution["overdue"] > 0),
        Line([t("xlsx.fig.median"), summary["median_days"], None]),
        Line([t("cli.report.repeated"), summary["repeated"], None]),
        Line([t("cli.report.notices"), summary["notices"], None]),
    ]
    return lines


_UNIT_COLUMNS = (  # (summary key, column title key, kind)
    ("sessions", "cli.report.col_sessions", INTEGER),
    ("participants", "cli.report.col_participants", INTEGER),
    ("petitions", "cli.report.col_petitions", INTEGER),
    ("answered", "cli.report.col_answered", INTEGER),
    ("answered_percent", "xlsx.col.answered_percent", PERCENT),
    ("declined", "cli.report.col_declined", INTEGER),
    ("forwarded", "cli.report.col_forwarded", INTEGER),
    ("repeated", "cli.report.col_repeated", INTEGER),
    ("notices", "cli.report.col_notices", INTEGER),
    ("done_on_time", "cli.report.col_done_on_time", INTEGER),
    ("done_late", "cli.report.col_done_late", INTEGER),
    ("within", "cli.report.col_within", INTEGER),
    ("overdue", "cli.report.col_overdue", INTEGER),
    ("on_time_percent", "xlsx.col.on_time_percent", PERCENT),
    ("median_days", "xlsx.col.median", NUMBER),
)


def _unit_values(summary: dict) -> list:
    return [summary["resolution"][key] if key in summary["resolution"] else summary[key]
            for key, _, _ in _UNIT_COLUMNS]


def report_sheets(units: Sequence[tuple[str, dict]], total: dict, *, rollup: bool
                  ) -> list[Sheet]:
    """The tables of `tiepxuc report YEAR`, one sheet each: the figures, petitions by field,
    the resolution split, sessions by kind and format; over a roll-up, one row per unit.
    ``units``: (name, summary) of each unit shown (report.annual_summary); ``total``: their
    report.total_summary (for one unit, its own summary)."""
    from tiepxuc.records.models import SessionFormat, SessionKind

    count, value, share = t("xlsx.col.count"), t("cli.report.col_value"), t("xlsx.col.percent")
    sheets = [Sheet(t("xlsx.sheet.figures"), [
        Column(t("cli.report.col_figure"), widest=50), Column(value, NUMBER),
        Column(share, PERCENT)], _figure_lines(total, units=len(units) if rollup else None))]
    fields = [Line([row["name"], row["total"], row["answered"], row["handled"]])
              for row in total["fields"]]
    fields.append(Line([t("cli.report.total_row"), total["petitions"], total["answered"],
                        total["petitions"] - total["answered"]], total=True))
    sheets.append(Sheet(t("xlsx.sheet.fields"), [
        Column(t("xlsx.col.field"), widest=45), Column(t("xlsx.col.petitions"), INTEGER),
        Column(t("cli.report.col_answered"), INTEGER),
        Column(t("xlsx.col.handled"), INTEGER)], fields))
    sheets.append(Sheet(t("xlsx.sheet.resolution"), [
        Column(t("xlsx.col.result"), widest=45), Column(t("xlsx.col.petitions"), INTEGER),
        Column(share, PERCENT)], _resolution_lines(total)))
    sessions = [Line([t("xlsx.col.session_kind"), t(f"enum.SessionKind.{kind.value}"),
                      total["sessions_by_kind"].get(kind.value, 0)]) for kind in SessionKind]
    sessions += [Line([t("xlsx.col.session_format"), t(f"enum.SessionFormat.{form.value}"),
                       total["sessions_by_format"].get(form.value, 0)])
                 for form in SessionFormat]
    sheets.append(Sheet(t("xlsx.sheet.sessions"), [
        Column(t("xlsx.col.grouping"), widest=30), Column(t("xlsx.col.kind"), widest=30),
        Column(count, INTEGER)], sessions))
    if rollup:
        per_unit = [Line([name, *_unit_values(summary)],
                         overdue=summary["resolution"]["overdue"] > 0)
                    for name, summary in units]
        per_unit.append(Line([t("cli.report.total_row"), *_unit_values(total)], total=True,
                             overdue=total["resolution"]["overdue"] > 0))
        sheets.append(Sheet(t("xlsx.sheet.units"), [
            Column(t("xlsx.col.unit"), widest=45),
            *(Column(t(key), kind, widest=16) for _, key, kind in _UNIT_COLUMNS)], per_unit))
    return sheets


# ---------------------------------------------------------------- export xlsx: the petitions

# Which of a petition's obligations its row shows when several are equally urgent: the last
# step reached (forwarding, then the other body's reply, then its own resolution).
_STEP = {"forward": 0, "forward_reply": 1, "resolution": 2}


def _current(items: list, cal, as_of: date) -> tuple[Any, str, int] | None:
    """The obligation a petition's row shows, its status and days: the most urgent one."""
    from tiepxuc.status import STATUS_ORDER, Status

    best = None
    for item in items:
        status = item.status(cal, as_of, 5)
        key = (STATUS_ORDER.index(Status(status)), -_STEP[str(item.kind)])
        if best is None or key < best[0]:
            best = (key, item, str(status))
    if best is None:
        return None
    _, item, status = best
    return item, status, item.days(cal, as_of)


def petition_sheet(repo, profile, as_of: date, *, public: bool) -> Sheet:
    """The repository's petitions, one row each: session date, field, content, who raised it
    (not in the public version), answer, state, lead agency, due date and its status.

    ``public``: no citizen's name, address, phone, ID number or e-mail (their columns are left
    out), free text and IDs redacted as in the other public outputs (privacy.Hide)."""
    from tiepxuc.deadlines import obligations
    from tiepxuc.facts import petition_state
    from tiepxuc.privacy import hide_for, joined, load_contacts

    cal = repo.calendar(as_of.year)
    owed: dict[str, list] = {}
    for item in obligations(repo, profile, as_of):
        if str(item.kind) in _STEP:
            owed.setdefault(item.id, []).append(item)
    sessions = {r.model.id: r.model for r in repo.sessions}
    fields = {f.code: f.name for f in repo.unit.fields} if repo.unit else {}
    if public:
        hide = hide_for(repo)
        text: Callable[[str | None], str | None] = lambda v: hide.text(v) if v else v
        ident: Callable[[str], str] = hide.id
        contacts: dict = {}
    else:
        text, ident = (lambda v: v), (lambda v: v)
        contacts = load_contacts(repo.root)

    columns = [Column(t("xlsx.col.petition"), widest=45),
               Column(t("xlsx.col.session_date"), DATE),
               Column(t("xlsx.col.session"), widest=35),
               Column(t("xlsx.col.field"), widest=30)]
    if not public:
        columns.append(Column(t("xlsx.col.raised_by"), widest=30))
    columns.append(Column(t("xlsx.col.group"), widest=35))
    if not public:
        columns += [Column(t("xlsx.col.address"), widest=40),
                    Column(t("xlsx.col.phone"), widest=16),
                    Column(t("xlsx.col.id_number"), widest=16),
                    Column(t("xlsx.col.email"), widest=30)]
    columns += [Column(t("xlsx.col.content"), widest=80),
                Column(t("xlsx.col.answer"), widest=30),
                Column(t("xlsx.col.state"), widest=35),
                Column(t("xlsx.col.agency"), widest=40),
                Column(t("xlsx.col.due"), DATE),
                Column(t("xlsx.col.status"), widest=24),
                Column(t("xlsx.col.days"), INTEGER, widest=20),
                Column(t("xlsx.col.resolved"), DATE),
                Column(t("xlsx.col.result"), widest=60)]

    def session_date(record) -> date:
        session = sessions.get(record.model.session)
        return session.date if session is not None else date.max

    def lines() -> Iterator[Line]:
        for record in sorted(repo.petitions, key=lambda r: (session_date(r), r.id)):
            petition = record.model
            raised = petition.raised_by
            if record.id in contacts:
                raised = joined(raised, contacts[record.id])
            session = sessions.get(petition.session)
            if raised.kind == "organisation":
                group = [raised.name, raised.residential_group]
            else:
                group = [raised.organisation, raised.residential_group]
            current = _current(owed.get(record.id, []), cal, as_of)
            agency = petition.assignment.lead if petition.assignment else (
                petition.forwarded.to if petition.forwarded else None)
            if current is not None:
                agency = current[0].agency or agency
            values = [ident(record.id), session.date if session else None,
                      ident(petition.session), fields.get(petition.field, petition.field)]
            if not public:
                values.append(raised.name)
            values.append(text(", ".join(g for g in group if g)))
            if not public:
                values += [raised.address, raised.phone, raised.id_number, raised.email]
            values += [text(petition.content),
                       t(f"enum.AnswerKind.{petition.answer.kind.value}") if petition.answer
                       else None,
                       t("petition_state." + petition_state(petition)), text(agency)]
            if current is None:
                values += [None, None, None]
            else:
                item, status, days = current
                values += [item.due, t("status." + status), days]
            resolution = petition.resolution
            values += [resolution.date if resolution else None,
                       text(resolution.result) if resolution else None]
            yield Line(values, overdue=current is not None and current[1] == "overdue")

    return Sheet(t("xlsx.sheet.petitions"), columns, lines())
