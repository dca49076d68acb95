"""English texts for citizens' personal data (privacy scan, public outputs)."""

TEXTS: dict[str, str] = {
    # the kinds of personal data found in free text (the value itself is never shown)
    "privacy.kind.phone": "phone number",
    "privacy.kind.id_number": "personal ID number",
    "privacy.kind.old_id_number": "old ID card number",
    "privacy.kind.email": "e-mail address",
    # the petitioner's contact fields
    "privacy.field.address": "address",
    "privacy.field.phone": "phone number",
    "privacy.field.id_number": "personal ID number",
    "privacy.field.email": "e-mail address",
    "enum.ContactStore.record": "in the petition's record",
    "enum.ContactStore.private": "in the private file private/contacts.yaml, never in the shared repository",
    "check.pattern.email": "The e-mail address in “{field}” is not well formed, e.g. name@example.vn",
    # the private contacts file
    "privacy.contacts.unreadable": "Cannot read {file} (it must be UTF-8 text)",
    "privacy.contacts.syntax": "{file} line {line}: YAML syntax error",
    "privacy.contacts.not_mapping": (
        "{file} must hold entries “petition ID: {{address, phone, id_number, email}}”"
    ),
    "privacy.contacts.not_mapping_entry": (
        "{where}: contact details must be given by field (address, phone, id_number, email)"
    ),
    "privacy.contacts.unknown_field": (
        "{where}: “{field}” is not a contact detail; allowed: {allowed}"
    ),
    "privacy.contacts.invalid": "{where}: the {label} is not well formed (field {field})",
    # tiepxuc privacy
    "cli.privacy.help": (
        "Citizens' personal data in the records (Law on Personal Data Protection). "
        "See: tiepxuc privacy scan --help"
    ),
    "cli.privacy.short": "Find personal data in the records",
    "cli.privacy.scan_help": (
        "Find phone numbers (mobile, landline, +84), 12-digit personal ID numbers (CCCD), old "
        "9-digit ID card numbers (CMND) and e-mail addresses in the free-text fields of every "
        "record (content, answers, results, notes, summaries…). Each finding is one line "
        "“file:line:column: field: kind of data”; the value itself is never printed. Exit "
        "status: 0 nothing found, 1 personal data found (or the private contacts file not "
        "ignored by git), 2 cannot run (or a record could not be read)."
    ),
    "cli.privacy.scan_short": "Find phone, ID numbers and e-mail addresses in free text",
    "cli.privacy.opt_json": "Print the findings as JSON (file, line, column, field, kind, label)",
    "cli.privacy.unreadable": "{file}: cannot read the file, so it was not checked",
    "cli.privacy.not_ignored": (
        "Warning: git does not ignore {file} (or the file has been committed): add a line "
        "“private/” to .gitignore; if it was committed, take it out with “git rm --cached {file}”"
    ),
    "cli.privacy.summary": (
        "Found personal data in {count} places in {records} files ({files} files checked). "
        "Remove it from the text; contact details belong in private/contacts.yaml"
    ),
    "cli.privacy.clean": "No personal data in the free text of {files} files",
    # tiepxuc export
    "cli.export.opt_ics_public": (
        "Public version: no citizen's personal data in the events' text "
        "(default out/tiepxuc-cong-khai.ics)"
    ),
    "cli.export.json_help": (
        "Export the records (plans, sessions, petitions, conclusion notices, reports) as JSON. "
        "With --public: for publication and open data — personal-data fields (citizens' names, "
        "addresses, phones, ID numbers, e-mail addresses) left out entirely, personal data in "
        "free text redacted; without --public: the full internal export (with the contact "
        "details of private/contacts.yaml)."
    ),
    "cli.export.opt_json_output": (
        "Write to this file (default out/tiepxuc.json, or out/tiepxuc-cong-khai.json with "
        "--public; - to print)"
    ),
    "cli.export.opt_json_public": "Public version: no citizen's personal data",
    "cli.export.json_skipped": (
        "Warning: {count} records with errors were not exported (see: tiepxuc validate)"
    ),
    # tiepxuc petition add
    "cli.petition.opt_email": "E-mail address (never in public versions)",
    "cli.petition.contacts_private": (
        "Contact details written to {file} (a private file, not in the shared repository)"
    ),
    # the rule
    "rule.PRIVACY-CONTACT-IN-REPO.title": "Citizens' contact details stay out of the shared repository",
    "rule.PRIVACY-CONTACT-IN-REPO.explain": (
        "When tiepxuc.yaml says privacy.contacts: private, a petitioner's address, phone "
        "number, personal ID number and e-mail address are kept only in the private file "
        "private/contacts.yaml (ignored by git, never shared); records in the shared repository "
        "do not hold them, not even in the content, answers or notes."
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.fix": (
        "Move the details to private/contacts.yaml (one entry per petition ID, with address, "
        "phone, id_number, email below it) and delete them from the record; in free text, take "
        "phone numbers, ID numbers and e-mail addresses out of the wording. "
        "“tiepxuc petition add --phone …” writes to the private file by itself."
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.basis": (
        "Law on Personal Data Protection No. 91/2025/QH15 (in force from 1/1/2026); "
        "tiepxuc.yaml: privacy.contacts: private"
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.field": (
        "A record in the shared repository holds a citizen's {label} ({field}); this unit keeps "
        "contact details in {file}"
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.text": "“{field}” has a {kind} in its text",
}
