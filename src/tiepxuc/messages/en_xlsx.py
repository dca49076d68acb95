"""English texts of the workbooks (.xlsx): options, sheet names and column headers."""

TEXTS: dict[str, str] = {
    "cli.check.opt_xlsx": (
        "Write every item listed (after --as-of, --within, --agency, --unit) to this Excel "
        "workbook (.xlsx) instead of printing the table"
    ),
    "cli.report.opt_xlsx": (
        "Write the tables of figures to this Excel workbook (.xlsx), one sheet each, instead "
        "of printing them"
    ),
    "cli.export.xlsx_help": (
        "The petitions as an Excel workbook (.xlsx): session date, field, content, who raised "
        "them, state, lead agency, due date. With --public: the version for publication, "
        "without citizens' names, addresses, phone numbers, ID numbers or e-mail addresses."
    ),
    "cli.export.arg_xlsx": (
        "Write to this file (default out/tiepxuc.xlsx, the public version "
        "out/tiepxuc-cong-khai.xlsx; - for standard output)"
    ),
    "cli.export.opt_xlsx_public": (
        "Public version: no citizen's personal data (names, addresses, phone numbers, ID "
        "numbers, e-mail addresses), in the content neither"
    ),
    "cli.export.xlsx_twice": "The file is given twice (FILE and -o), differently: give it once",
    "xlsx.title.deadlines": "Dialogue deadlines as of {date}",
    "xlsx.title.petitions": "Citizens' petitions — {unit}",
    "xlsx.sheet.deadlines": "Deadlines",
    "xlsx.sheet.figures": "Figures",
    "xlsx.sheet.fields": "By field",
    "xlsx.sheet.resolution": "Resolution",
    "xlsx.sheet.sessions": "Sessions",
    "xlsx.sheet.units": "By unit",
    "xlsx.sheet.petitions": "Petitions",
    "xlsx.col.unit": "Unit",
    "xlsx.col.record": "Record ID",
    "xlsx.col.obligation": "Obligation",
    "xlsx.col.due": "Due",
    "xlsx.col.status": "Deadline status",
    "xlsx.col.days": "Days before due (negative: late)",
    "xlsx.col.days_text": "Left / late",
    "xlsx.col.done": "Done on",
    "xlsx.col.agency": "Lead agency",
    "xlsx.col.file": "File:line",
    "xlsx.col.rule": "How the due date is counted",
    "xlsx.col.basis": "Basis",
    "xlsx.col.notes": "Notes",
    "xlsx.col.count": "Sessions",
    "xlsx.col.percent": "Share",
    "xlsx.col.petitions": "Petitions",
    "xlsx.col.field": "Field",
    "xlsx.col.handled": "Assigned or forwarded",
    "xlsx.col.result": "Result",
    "xlsx.col.grouping": "By",
    "xlsx.col.kind": "Kind",
    "xlsx.col.session_kind": "Kind of session",
    "xlsx.col.session_format": "Format",
    "xlsx.col.answered_percent": "Share answered at the session",
    "xlsx.col.on_time_percent": "Share on time",
    "xlsx.col.median": "Median (working days)",
    "xlsx.col.petition": "Petition ID",
    "xlsx.col.session_date": "Session date",
    "xlsx.col.session": "Session",
    "xlsx.col.raised_by": "Raised by",
    "xlsx.col.group": "Residential group, organisation",
    "xlsx.col.address": "Address",
    "xlsx.col.phone": "Phone number",
    "xlsx.col.id_number": "Personal ID number",
    "xlsx.col.email": "E-mail address",
    "xlsx.col.content": "Content",
    "xlsx.col.answer": "Answer at the session",
    "xlsx.col.state": "Petition state",
    "xlsx.col.resolved": "Resolved on",
    "xlsx.fig.units": "Units",
    "xlsx.fig.min_sessions": "minimum sessions in the year",
    "xlsx.fig.median": "Median time to resolve (working days)",
}
