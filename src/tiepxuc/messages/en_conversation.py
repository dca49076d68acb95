"""English texts for the conversation at the command line (keys as in vi_conversation.py):
Click's own English words are kept."""

TEXTS: dict[str, str] = {
    # ------------------------------------------------------------ Click's own words
    "click.usage": "Usage:",
    "click.options": "Options",
    "click.commands": "Commands",
    "click.arguments": "Arguments",
    "click.required": "required",
    "click.default": "default: {value}",
    "click.options_metavar": "[OPTIONS]",
    "click.commands_metavar": "COMMAND [ARGS]...",
    "click.metavar_text": "TEXT",
    "click.metavar_number": "INTEGER",
    "click.help_option": "Show this message and exit.",
    "click.aborted": "Aborted!",
    "click.quoted": "'{name}'",
    "click.did_you_mean": "Did you mean {names}?",
    "click.no_such_command": "No such command '{name}'.",
    "click.no_such_option": "No such option '{name}'.",
    "click.missing_option": "Missing option '{name}'.",
    "click.missing_argument": "Missing argument '{name}'.",
    "click.invalid_value_for": "Invalid value for '{name}': {message}",
    "click.invalid_value": "Invalid value: {message}",
    "click.not_number": "'{value}' is not a valid number.",
    "click.out_of_range": "{value} is not in the range {range}.",
    "click.not_a_choice": "'{value}' is not one of {choices}.",
    "click.requires_value": "Option '{name}' requires an argument.",
    "click.takes_no_value": "Option '{name}' does not take a value.",
    "click.extra_arguments": (
        "Got unexpected extra arguments ({args}). Quote values with spaces, e.g. "
        "--name \"Nguyễn Văn A\"."
    ),
    "click.extra_words": (
        "Got unexpected extra arguments: values that belong to no option. Quote values with "
        "spaces, e.g. --name \"Nguyễn Văn A\"."
    ),
    "click.missing_command": "Missing command.",
    "click.try_help": "Try '{command} {option}' for help.",
    # ------------------------------------------------------------ questions, answers
    "cli.input_closed": (
        "Input ended (nothing more to read) while asking: “{question}”. Nothing was written. Run "
        "the command in a terminal to answer each question, or give every option and add "
        "--no-input (in scripts)"
    ),
    "cli.input_ended": (
        "Input ended before every question was answered. Nothing was written. Run the command in "
        "a terminal to answer, or give every option and add --no-input (in scripts)"
    ),
    "cli.confirm_default_no": "[y/N]",
    "cli.confirm_default_yes": "[Y/n]",
    "cli.confirm_again": "Answer y (yes) or n (no).",
    "cli.did_you_mean": "Did you mean “{value}”?",
    "cli.required_choice": "This needs an answer; choose one of: {choices}",
    "cli.required_empty": "This needs an answer; please type it.",
    # ------------------------------------------------------------ init
    "cli.init.opt_state_superior": (
        "The State body above, on the first line of the people's committee's headers (if used), "
        "e.g. \"Ủy ban nhân dân tỉnh Bắc Ninh\""
    ),
    "cli.init.ask_party_superior": (
        "Party body above, on the first line of the Party committee's headers and among the "
        "recipients (e.g. ĐẢNG BỘ TỈNH BẮC NINH; may be left empty)"
    ),
    "cli.init.ask_state_superior": (
        "State body above, on the first line of the people's committee's headers if the unit uses "
        "one (e.g. ỦY BAN NHÂN DÂN TỈNH BẮC NINH; may be left empty)"
    ),
    # ------------------------------------------------------------ new-session
    "cli.new_session.invitation_late": (
        "the deadline to issue the invitation or notice ({due}) for the session of {date} has "
        "passed: there is no time left to invite on time. If it was issued, record its real date: "
        "tiepxuc invite {id} --date DATE; if not, issue it now (a late invitation is recorded as a "
        "breach) or move the session"
    ),
    "cli.new_session.invitation_past": (
        "the deadline to issue the invitation or notice ({due}) for the session of {date} has "
        "passed, and the session has taken place. Record the day the invitation was really "
        "issued: tiepxuc invite {id} --date DATE (if it was late, that is recorded as a breach)"
    ),
    "cli.new_session.invitation_today": (
        "today ({due}) is the last day to issue the invitation or notice for the session of "
        "{date}; issue it today, then record it: tiepxuc invite {id}"
    ),
    "cli.new_session.has_errors": (
        "the session was recorded, but {file} still has {count} errors (printed above, with "
        "file:line). Fix them in the file as said below (a vacant post: write who was assigned to "
        "chair instead), then check again with “tiepxuc validate”:"
    ),
    # ------------------------------------------------------------ petitions, documents, history
    "cli.petition.feedback_agree": "agree",
    "cli.petition.feedback_disagree": "disagree",
    "cli.render.kind_plan": "plan",
    "cli.render.kind_invitation": "invitation",
    "cli.render.kind_minutes": "minutes",
    "cli.render.kind_conclusion": "conclusion notice",
    "cli.render.kind_report": "report",
    "cli.render.unknown_kind": "There is no kind of document “{kind}”.{hint} Kinds: {kinds}",
    "cli.history.ambiguous": (
        "Several records have an ID starting with “{id}”: {matches}; type more of the ID to name "
        "one record"
    ),
}
