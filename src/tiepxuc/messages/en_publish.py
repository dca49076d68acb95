"""English texts of `tiepxuc publish` and of the records' `publish` settings (the site itself is
Vietnamese whatever the language: its ``doc.site.*`` texts have no English)."""

TEXTS: dict[str, str] = {
    # ------------------------------------------------------------ the command
    "cli.publish.help": (
        "Write the public website of the dialogues' results (static HTML, no server needed: "
        "open it from a folder, a USB stick or put it on any web host): sessions, petitions, "
        "answers, deadlines and results, figures by year, each agency, open data (CSV, JSON) "
        "and an Atom feed. Citizens' names, addresses, phone and ID numbers are never "
        "published: personal data found stops it, with file:line, and nothing is written."
    ),
    "cli.publish.short": "Write the public website of the results (static HTML, open data)",
    "cli.publish.opt_output": "Folder to write the website to (default: out/cong-khai in the repository); replaced as a whole each time",
    "cli.publish.opt_as_of": "Day of the update: statuses and deadlines as of this day (default: today)",
    "cli.publish.done": "Published at {path}: {sessions} sessions, {petitions} petitions, {agencies} agencies ({files} files, {size}), as of {date}",
    "cli.publish.done_units": "With {count} units",
    "cli.publish.hit": "{file}:{line}: {field}: {kind} — cannot be published",
    "cli.publish.fix": (
        "Fix the places above in the records (take the personal data out of the text), or keep "
        "the record off the site (publish: false and publish_reason), then run again. The site "
        "published before is left as it was."
    ),
    "cli.publish.withheld": "{unit}: {sessions} sessions, {petitions} petitions kept off the site by the unit's decision",
    "cli.publish.unreasoned": "{where}: kept off the site (publish: false) without a reason (publish_reason)",
    "cli.publish.unreadable": "{unit}: {count} records cannot be read and are not published (run “tiepxuc validate”)",
    "cli.publish.skipped": "Not published: {reason}",
    "publish.stopped": "Not published: {count} places hold citizens' personal data; nothing was written",
    "publish.not_a_folder": "{path} is a file, not a folder: choose another folder with -o",
    "publish.holds_repository": "The website cannot be written to {path}: that folder holds the repository. Choose another folder with -o",
    "publish.not_a_site": (
        "The folder {path} holds files and is not a website written by tiepxuc publish (no "
        "{marker} file): it is not replaced. Choose an empty folder or another one with -o"
    ),
    "publish.unit_unreadable": "{path} cannot be read: fix it (run “tiepxuc validate”) and publish again",
    "publish.unit_config": "{path} cannot be read, so that unit is not published",
    "publish.kind.name": "citizen's name (in the records)",
    "publish.kind.contact": "citizen's address or contact details (in the records)",
    "publish.kind.house_number": "house number",
    # ------------------------------------------------------------ the records' settings
    "schema.PublishOptions": "What goes on the public website (tiepxuc publish); the head decides what is made public",
    "field.PublishOptions.content": "Publish what each petition raises (always checked for personal data first); default: true",
    "field.PublishOptions.answers": "Publish the answers given at the session and the tasks assigned; default: true",
    "field.PublishOptions.replies": "Publish the written replies (and the replies of the bodies forwarded to); default: true",
    "field.PublishOptions.results": "Publish the results of resolving; default: true",
    "field.PublishOptions.conclusions": "Publish the conclusion notices and each session's conclusion; default: true",
    "field.Unit.publish": (
        "The public website (tiepxuc publish): which texts are published, e.g. "
        "{replies: false}. Dates, fields, agencies, deadlines and statuses always are"
    ),
    "field.Session.publish": "false: keep this session (and its petitions) off the public website",
    "field.Session.publish_reason": "Why the session is not published (never put on the website)",
    "field.Petition.publish": "false: keep this petition off the public website",
    "field.Petition.publish_reason": "Why the petition is not published (never put on the website)",
}
