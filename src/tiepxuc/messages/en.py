"""English texts (TIEPXUC_LANG=en). Keys mirror vi.py, the reference catalogue."""

from tiepxuc.messages.en_fields import FIELDS
from tiepxuc.messages.en_input import TEXTS as INPUT
from tiepxuc.messages.en_privacy import TEXTS as PRIVACY
from tiepxuc.messages.en_safety import TEXTS as SAFETY
from tiepxuc.messages.en_conversation import TEXTS as CONVERSATION
from tiepxuc.messages.en_web import TEXTS as WEB
from tiepxuc.messages.en_import import TEXTS as IMPORT
from tiepxuc.messages.en_xlsx import TEXTS as XLSX
from tiepxuc.messages.en_publish import TEXTS as PUBLISH

MESSAGES: dict[str, str] = {
    "severity.error": "error",
    "severity.breach": "breach",
    "severity.warning": "warning",
    "kind.unit": "unit configuration",
    "kind.plan": "plan",
    "kind.session": "session",
    "kind.petition": "petition",
    "kind.report": "annual report",
    "kind.calendar": "unit calendar",
    "kind.conclusion": "conclusion notice",
    "value.none": "not applicable",
    "value.yes": "yes",
    "value.no": "no",
    "value.working_days": "{days} working days",
    "value.calendar_days": "{days} days",
    "value.reading_strict": "strict reading: {days} whole days in between",
    "value.reading_lenient": "lenient reading: the {days}th day before",
    "value.one_of": "one of: {options}",
    "value.hours": "from {low} to {high} hours",
    "enum.Level.province": "province",
    "enum.Level.district": "district",
    "enum.Level.commune": "commune (commune, ward, special zone)",
    "enum.Position.party_secretary": "Party Secretary",
    "enum.Position.party_deputy_secretary": "Deputy Party Secretary",
    "enum.Position.council_chair": "Chair of the People's Council",
    "enum.Position.council_vice_chair": "Vice Chair of the People's Council",
    "enum.Position.committee_chair": "Chair of the People's Committee",
    "enum.Position.committee_vice_chair": "Vice Chair of the People's Committee",
    "enum.Position.front_chair": "Chair of the Fatherland Front Committee",
    "enum.Issuer.party": "Party document",
    "enum.Issuer.state": "State document",
    "enum.SessionKind.periodic": "periodic",
    "enum.SessionKind.thematic": "thematic",
    "enum.SessionKind.ad_hoc": "ad hoc",
    "enum.SessionKind.regular": "regular",
    "enum.SessionFormat.in_person": "in person",
    "enum.SessionFormat.online": "online",
    "enum.Channel.letter": "letter of invitation",
    "enum.Channel.notice_board": "public notice board",
    "enum.Channel.loudspeaker": "loudspeaker",
    "enum.Channel.website": "web portal",
    "enum.Channel.social_media": "social media",
    "enum.Channel.other": "other",
    "enum.AgendaStepKind.opening": "opening, introduction of delegates",
    "enum.AgendaStepKind.chair_purpose": "chair states purpose and content",
    "enum.AgendaStepKind.report": "situation report",
    "enum.AgendaStepKind.front_summary": "Fatherland Front summary of opinions",
    "enum.AgendaStepKind.citizens_speak": "citizens speak",
    "enum.AgendaStepKind.agencies_answer": "agencies answer",
    "enum.AgendaStepKind.chair_answers": "chair answers",
    "enum.AgendaStepKind.exchange": "further exchange",
    "enum.AgendaStepKind.chair_concludes": "chair concludes",
    "enum.AgendaStepKind.closing": "closing",
    "enum.AgendaStepKind.other": "other",
    "enum.Received.before_session": "received before the session",
    "enum.Received.at_session": "raised at the session",
    "enum.RaiserKind.person": "person",
    "enum.RaiserKind.organisation": "organisation",
    "enum.Competence.own_level": "within this level's competence",
    "enum.Competence.level_above": "for the level above",
    "enum.Competence.other_agency": "for another agency",
    "enum.AnswerKind.answered": "answered at the session",
    "enum.AnswerKind.answer_later": "to be answered later",
    "enum.AnswerKind.declined": "answer declined",
    "reason.illness": "absent because of ill health",
    "reason.urgent_duty": "on urgent official duty",
    "reason.under_investigation": "under investigation, no official conclusion yet",
    "reason.insufficient_basis": "not enough basis to answer yet",
    "reason.outside_competence": "outside this level's competence",
    "reason.lacks_capacity": "lacks civil capacity",
    "reason.disorderly": "disorderly conduct",
    "reason.not_constructive": "not taking part constructively",
    "yaml.tab": "Tab character: YAML indents with spaces only; replace the tab with 2 spaces",
    "yaml.colon": (
        "A colon in the wrong place or wrong indentation; if the text contains “:”, put the whole "
        "text in double quotes"
    ),
    "yaml.unclosed": "Missing closing quote for the text opened on line {start_line}",
    "yaml.unclosed_bracket": "Missing closing “]” or “}}” for the list opened on line {start_line}",
    "yaml.indent": (
        "Indentation does not match the lines above (from line {start_line}); items at the same "
        "level must line up"
    ),
    "yaml.missing_colon": "Missing “:” after the field name",
    "yaml.multiple_documents": "One record per file; remove the second “---” line",
    "yaml.syntax": "Invalid YAML ({problem})",
    "yaml.alias": "Records do not use YAML anchors “&” and aliases “*”; write the value out in place",
    "yaml.complex_key": "A field name must be a single word, not a list or a mapping",
    "yaml.duplicate_key": (
        "Field “{key}” was already given on line {first}; delete one of the two lines (the second "
        "would silently replace the first)"
    ),
    "check.missing": "Required field “{field}” is missing",
    "check.derived_key": (
        "Do not write “{key}”: due dates and statuses are computed by tiepxuc from the dates; "
        "delete this line"
    ),
    "check.unknown_key_suggest": "Field “{key}” is not part of the record format; did you mean “{suggestion}”?",
    "check.unknown_key": "Field “{key}” is not part of the record format; allowed fields: {allowed}",
    "check.date_dmy": "Date “{value}” in “{field}” must be written year-month-day: {suggestion}",
    "check.date_format": (
        "Date “{value}” in “{field}” is not in the right form; write year-month-day, e.g. 2024-06-14"
    ),
    "check.date_month": "Date “{value}” in “{field}” has a month {month} that does not exist",
    "check.date_day": (
        "Date “{value}” in “{field}” does not exist: {month}/{year} has only {last} days"
    ),
    "check.time_format": "Time “{value}” in “{field}” must be hours:minutes, e.g. \"07:30\"",
    "check.id_format": (
        "ID “{value}” in “{field}” may contain only lowercase letters without accents, digits and "
        "hyphens, e.g. 2024-06-14-dinh-ky"
    ),
    "check.text_empty": "Field “{field}” is empty",
    "check.enum": "Value “{value}” in “{field}” is not valid; choose one of: {choices}.",
    "check.did_you_mean": "Did you mean “{suggestion}”?",
    "check.expected_list": "Field “{field}” must be a list (one item per line starting with “- ”)",
    "check.expected_mapping": "Field “{field}” must contain sub-fields (“name: value”)",
    "check.pattern": "The value in “{field}” is not in the right form",
    "check.pattern.phone": "Phone number in “{field}” must contain digits only (optionally a leading +), e.g. \"0912345678\"",
    "check.pattern.id_number": "ID number in “{field}” must have 12 digits (citizen ID) or 9 digits (old ID card)",
    "check.integer": "Field “{field}” must be a whole number",
    "check.boolean": "Field “{field}” must be yes/no: write true or false",
    "check.greater_than_equal": "Field “{field}” must be at least {bound}",
    "check.less_than_equal": "Field “{field}” must be at most {bound}",
    "check.greater_than": "Field “{field}” must be greater than {bound}",
    "check.less_than": "Field “{field}” must be less than {bound}",
    "check.text": "Field “{field}” must be text",
    "check.invalid": "The value in “{field}” is not valid",
    "check.empty_file": "The file is empty: no record yet",
    "check.not_mapping": "The file must consist of “name: value” fields, not a list or a single line",
    "repo.not_found": (
        "No tiepxuc repository at {path} or above it (looking for {file}). Run “tiepxuc init” to "
        "create one, or use “tiepxuc -C <repository folder> …”"
    ),
    "repo.unreadable_os": "Cannot read the file (check the file's permissions)",
    "repo.unreadable_encoding": "The file is not UTF-8 text from here on; save it again as UTF-8",
    "repo.duplicate_id": "Record ID “{id}” is also used at {other}; every record needs its own ID",
    "repo.id_filename": "Record ID “{id}” differs from the file name “{name}”; name the file {id}.yaml",
    "profile.unit_plan": "the unit's own yearly plan of dialogues",
    "profile.unknown": "There is no rule profile “{profile}”; available: {known}. Using “{suggestion}” for now",
    "profile.unknown_param": "The rule profile has no parameter “{param}”. {hint}",
    "profile.bad_value": "The override for “{param}” has the wrong form; the profile's value is: {current}",
    "profile.override_basis": "Value set by the unit in tiepxuc.yaml",
    "rule.FILE-UNREADABLE.title": "Record files are readable UTF-8",
    "rule.FILE-UNREADABLE.explain": "Every record file must open and be UTF-8 text.",
    "rule.FILE-UNREADABLE.fix": "Save the file as UTF-8 (Notepad: Save as… → Encoding: UTF-8) or fix its permissions.",
    "rule.FILE-UNREADABLE.basis": "tiepxuc record conventions",
    "rule.YAML-SYNTAX.title": "Valid YAML syntax",
    "rule.YAML-SYNTAX.explain": "Records are YAML: “name: value” lines, indented with spaces, lists start with “- ”.",
    "rule.YAML-SYNTAX.fix": (
        "Look at the reported line and the one above: align the indentation, replace tabs with "
        "spaces, quote text containing “:” or “#”."
    ),
    "rule.YAML-SYNTAX.basis": "tiepxuc record conventions",
    "rule.YAML-ALIAS.title": "No YAML aliases",
    "rule.YAML-ALIAS.explain": (
        "Anchors “&” and aliases “*” make a value appear in places where it cannot be seen, make "
        "history hard to compare and can be abused to blow a file up."
    ),
    "rule.YAML-ALIAS.fix": "Write the value out in each place instead of “*name”.",
    "rule.YAML-ALIAS.basis": "tiepxuc record conventions",
    "rule.YAML-DUPLICATE-KEY.title": "Each field given once",
    "rule.YAML-DUPLICATE-KEY.explain": (
        "When a field appears twice in one mapping the second value silently replaces the first; "
        "tiepxuc treats it as an error so that nothing is lost."
    ),
    "rule.YAML-DUPLICATE-KEY.fix": "Keep the right line and delete the other.",
    "rule.YAML-DUPLICATE-KEY.basis": "tiepxuc record conventions",
    "rule.YAML-UNQUOTED.title": "Phone and ID numbers in double quotes",
    "rule.YAML-UNQUOTED.explain": (
        "tiepxuc always reads values such as 0912345678 correctly, but editors and other YAML tools "
        "read them as numbers (losing the leading 0) or as yes/no values (no, on)."
    ),
    "rule.YAML-UNQUOTED.fix": "Put the value in double quotes, e.g. phone: \"0912345678\".",
    "rule.YAML-UNQUOTED.basis": "tiepxuc record conventions",
    "rule.KEY-UNKNOWN.title": "Only fields of the record format",
    "rule.KEY-UNKNOWN.explain": (
        "A misspelt field would be ignored without anyone noticing, so tiepxuc reports it and "
        "suggests the right name. Due dates and statuses are never written: tiepxuc computes them."
    ),
    "rule.KEY-UNKNOWN.fix": "Correct the field name as suggested; see “tiepxuc schema” for the fields.",
    "rule.KEY-UNKNOWN.basis": "tiepxuc record conventions",
    "rule.FIELD-MISSING.title": "Required fields present",
    "rule.FIELD-MISSING.explain": "Each kind of record has required fields (a session needs an ID, a kind and a date).",
    "rule.FIELD-MISSING.fix": "Add the missing field where reported.",
    "rule.FIELD-MISSING.basis": "tiepxuc record conventions",
    "rule.VALUE-INVALID.title": "Values of the right type and form",
    "rule.VALUE-INVALID.explain": (
        "Each field has a type: text, number, date, time, list, or one of a set of values (e.g. "
        "session kind: periodic, thematic, ad_hoc, regular)."
    ),
    "rule.VALUE-INVALID.fix": "Correct the value as the message says.",
    "rule.VALUE-INVALID.basis": "tiepxuc record conventions",
    "rule.DATE-INVALID.title": "Real dates, written year-month-day",
    "rule.DATE-INVALID.explain": "Dates are written year-month-day (2024-06-14) and must exist on the calendar.",
    "rule.DATE-INVALID.fix": "Rewrite the date, e.g. 14/6/2024 becomes 2024-06-14.",
    "rule.DATE-INVALID.basis": "tiepxuc record conventions",
    "rule.ID-DUPLICATE.title": "Record IDs are unique",
    "rule.ID-DUPLICATE.explain": (
        "Every record has its own ID in the whole repository; tiepxuc builds IDs from the date, "
        "the content and a few random characters, so two people adding records at once never "
        "collide. Duplicates usually come from copying a file."
    ),
    "rule.ID-DUPLICATE.fix": "Change the ID (and file name) of the copied record; update references to it.",
    "rule.ID-DUPLICATE.basis": "tiepxuc record conventions",
    "rule.ID-FILENAME.title": "File name matches the record ID",
    "rule.ID-FILENAME.explain": "Name the file <record ID>.yaml so a record is easy to find by its ID.",
    "rule.ID-FILENAME.fix": "Rename the file with “git mv” to match the record ID.",
    "rule.ID-FILENAME.basis": "tiepxuc record conventions",
    "rule.PROFILE-UNKNOWN.title": "The rule profile exists",
    "rule.PROFILE-UNKNOWN.explain": "The profile field of tiepxuc.yaml chooses one of the built-in rule profiles.",
    "rule.PROFILE-UNKNOWN.fix": "Choose one from “tiepxuc rules --profiles”.",
    "rule.PROFILE-UNKNOWN.basis": "tiepxuc record conventions",
    "rule.OVERRIDE-INVALID.title": "Valid profile overrides",
    "rule.OVERRIDE-INVALID.explain": (
        "A unit may replace a profile value in the overrides section of tiepxuc.yaml (e.g. a "
        "provincial regulation asking for 3 sessions a year)."
    ),
    "rule.OVERRIDE-INVALID.fix": (
        "Use a parameter name from “tiepxuc rules” and the same form as the current value; a basis "
        "may be given: name: {value: …, basis: \"Regulation no. …\"}."
    ),
    "rule.OVERRIDE-INVALID.basis": "tiepxuc record conventions",
    "rule.CHAIR-HEAD.title": "Chairs are the heads in office",
    "rule.CHAIR-HEAD.explain": (
        "The chair is the head of the Party committee, People's Council or People's Committee who "
        "holds the post on the session date (per officials and terms in tiepxuc.yaml); a deputy "
        "chairs only with a written delegation from the head."
    ),
    "rule.CHAIR-HEAD.fix": (
        "Correct the chair's name and post; if a deputy stands in, add on_behalf_of and delegation. "
        "If the staff changed, update officials (since/until) in tiepxuc.yaml."
    ),
    "rule.CHAIR-HEAD.not_head": (
        "“{name}” ({position}) is not a head; a deputy chairs only with a written delegation "
        "(add on_behalf_of and delegation)"
    ),
    "rule.CHAIR-HEAD.vacant": "On {date} nobody holds the post {position} in tiepxuc.yaml (officials); update the staff and terms",
    "rule.CHAIR-HEAD.other_person": "“{name}” is not the {position} in office on {date}; the post is held by {holder}",
    "rule.CHAIR-DELEGATION.title": "A deputy chairs with a written delegation for an allowed reason",
    "rule.CHAIR-DELEGATION.explain": (
        "When the head is absent for an allowed reason, a deputy chairs with a written delegation; "
        "the record says for whom (on_behalf_of), the document's number and date, and the reason."
    ),
    "rule.CHAIR-DELEGATION.fix": (
        "Add delegation: document (number), date (not after the session), reason (one of the "
        "profile's reasons)."
    ),
    "rule.CHAIR-DELEGATION.wrong_head": "{position} cannot stand in for {head}",
    "rule.CHAIR-DELEGATION.no_document": "“{name}” stands in but the delegation document is missing (delegation.document)",
    "rule.CHAIR-DELEGATION.after_session": "The delegation dated {date} was issued after the session on {session}",
    "rule.CHAIR-DELEGATION.no_reason": "No reason for the delegation; allowed reasons: {allowed}",
    "rule.CHAIR-DELEGATION.bad_reason": "Delegation reason “{reason}” is not allowed; allowed reasons: {allowed}",
    "rule.CHAIR-KIND.title": "The chairs each kind of session requires",
    "rule.CHAIR-KIND.explain": (
        "Each kind of session has its chairs, e.g. periodic: Party Secretary, Chair of the People's "
        "Council and Chair of the People's Committee; thematic: Party Secretary and Chair of the "
        "People's Committee."
    ),
    "rule.CHAIR-KIND.fix": "Add the missing chair to chairs (or a deputy with a delegation).",
    "rule.CHAIR-KIND.missing": "The {kind} session lacks the {position} as chair",
    "rule.PLAN-MISSING.title": "The yearly plan is issued on time",
    "rule.PLAN-MISSING.explain": (
        "Every year the Party committee and government draw up and issue a dialogue plan, before "
        "the year's sessions. The due date is in the profile (plan_due). A late or missing plan is "
        "a breach that happened: reported, never a reason to refuse a change."
    ),
    "rule.PLAN-MISSING.fix": "Draft it with “tiepxuc new-plan YEAR” and issue it with “tiepxuc issue ke-hoach-YEAR” (with the true date of issue).",
    "rule.PLAN-MISSING.none": "By {due}, no plan of dialogues had been issued for {year}",
    "rule.PLAN-MISSING.late": "The {year} plan was issued on {date}, after its deadline {due}",
    "rule.PLAN-MIN-SESSIONS.title": "The plan has the minimum number of sessions",
    "rule.PLAN-MIN-SESSIONS.explain": "The yearly plan must schedule at least the minimum number of periodic sessions.",
    "rule.PLAN-MIN-SESSIONS.fix": "Add sessions to the plan's sessions list.",
    "rule.PLAN-MIN-SESSIONS.short": "The {year} plan schedules {planned} sessions, at least {needed} are required",
    "rule.PLAN-THEMATIC.title": "The plan has a thematic session",
    "rule.PLAN-THEMATIC.explain": "Among the periodic sessions there must be the minimum number of thematic ones.",
    "rule.PLAN-THEMATIC.fix": "Make one session kind: thematic or add a thematic session.",
    "rule.PLAN-THEMATIC.short": "The {year} plan has {planned} thematic sessions, at least {needed} are required",
    "rule.YEAR-MIN-SESSIONS.title": "The year held enough sessions",
    "rule.YEAR-MIN-SESSIONS.explain": (
        "Once the year is over, the sessions held must reach the minimum (and what the plan set). "
        "During the year, “tiepxuc check-deadlines” shows how many are still due."
    ),
    "rule.YEAR-MIN-SESSIONS.fix": "Add the records of sessions held if missing; explain in the yearly report.",
    "rule.YEAR-MIN-SESSIONS.short": "Year {year} held only {held} sessions, at least {needed} are required",
    "rule.YEAR-MIN-SESSIONS.below_plan": "Year {year} held {held} sessions, fewer than the {planned} planned",
    "rule.YEAR-THEMATIC.title": "The year held a thematic session",
    "rule.YEAR-THEMATIC.explain": "Once the year is over, it must have held the minimum number of thematic sessions.",
    "rule.YEAR-THEMATIC.fix": "Add the record of the thematic session held, or explain in the yearly report.",
    "rule.YEAR-THEMATIC.short": "Year {year} held {held} thematic sessions, at least {needed} are required",
    "rule.SESSION-MONTHS.title": "Sessions at the prescribed time of year",
    "rule.SESSION-MONTHS.explain": "Some guidance sets the time of year (e.g. early or late in the year).",
    "rule.SESSION-MONTHS.fix": "Choose a month in the recommended range.",
    "rule.SESSION-MONTHS.plan": "The plan schedules month {month}; recommended months: {months}",
    "rule.SESSION-MONTHS.session": "The session is held in month {month}; recommended months: {months}",
    "rule.SESSION-DURATION.title": "Half a day to a full day",
    "rule.SESSION-DURATION.explain": "A dialogue lasts from half a day to one day (from start to end).",
    "rule.SESSION-DURATION.fix": "Check the start and end times; plan the programme's length accordingly.",
    "rule.SESSION-DURATION.out_of_range": "The session lasted {hours} hours, outside {low}–{high} hours",
    "rule.AGENDA-ORDER.title": "The agenda follows the prescribed order",
    "rule.AGENDA-ORDER.explain": (
        "Order: opening and introductions; the chair states purpose and content; citizens speak in "
        "registered order; agencies and the chair answer; further exchange; the chair concludes. "
        "Speaking and answering may go round several times before the conclusion."
    ),
    "rule.AGENDA-ORDER.fix": "Reorder the agenda steps and add any missing step.",
    "rule.AGENDA-ORDER.missing_agenda": "The session took place but its agenda is not recorded (agenda)",
    "rule.AGENDA-ORDER.out_of_order": "Step “{step}” comes after “{after}”, out of order",
    "rule.AGENDA-ORDER.missing_step": "The agenda lacks the step “{step}”",
    "rule.REFUSAL-REASON.title": "Refusing a participant needs an allowed reason",
    "rule.REFUSAL-REASON.explain": (
        "The chair may refuse to hold a dialogue only with someone lacking civil capacity, "
        "disorderly, or not taking part constructively."
    ),
    "rule.REFUSAL-REASON.fix": "Set reason to one of the allowed codes; give details in note.",
    "rule.REFUSAL-REASON.missing": "No reason for the refusal; allowed reasons: {allowed}",
    "rule.REFUSAL-REASON.not_allowed": "Refusal reason “{reason}” is not allowed; allowed reasons: {allowed}",
    "rule.ANSWER-REASON.title": "Answering later or declining needs a reason and a basis",
    "rule.ANSWER-REASON.explain": (
        "The chair may decline or answer later only matters under investigation, without enough "
        "basis yet, or outside their competence, and must state the basis."
    ),
    "rule.ANSWER-REASON.fix": "Set answer.reason (an allowed reason) and answer.basis.",
    "rule.ANSWER-REASON.missing_reason": "Petition {kind} without a reason; allowed reasons: {allowed}",
    "rule.ANSWER-REASON.not_allowed": "Reason “{reason}” is not allowed for {kind}; allowed reasons: {allowed}",
    "rule.ANSWER-REASON.missing_basis": "Petition {kind} without a basis (answer.basis)",
    "rule.ANSWER-INCOMPLETE.title": "An answer at the session says who answered and what",
    "rule.ANSWER-INCOMPLETE.explain": (
        "A petition answered at the session records who answered (the chair, an agency) and "
        "what was said, so that the minutes are full and true; a session that has not taken "
        "place has no answers."
    ),
    "rule.ANSWER-INCOMPLETE.fix": "Write answer.by (who answered) and answer.content (the answer); if the session has not taken place, remove answer.",
    "rule.ANSWER-INCOMPLETE.missing": "The petition is recorded as answered at the session but lacks: {missing}",
    "rule.ANSWER-INCOMPLETE.future": "The session of {date} has not taken place, but the petition records an answer given there",
    "rule.ANSWER-INCOMPLETE.part_by": "who answered (answer.by)",
    "rule.ANSWER-INCOMPLETE.part_content": "the answer (answer.content)",
    "rule.ANSWER-INCOMPLETE.basis": "Bình Thuận guidance, II.5 Step 2: the secretary records the opinions and answers fully and truthfully",
    "rule.FORWARD-RECEIVER.title": "Forwarded petitions name the receiving body",
    "rule.FORWARD-RECEIVER.explain": (
        "Petitions outside this level's competence are recorded and recommended to the level above "
        "or the competent body; the record names the body, the date and the covering document."
    ),
    "rule.FORWARD-RECEIVER.fix": "Add forwarded.to (receiving body), forwarded.date and forwarded.document.",
    "rule.FORWARD-RECEIVER.missing": "Petition {competence} but the receiving body is missing (forwarded.to)",
    "rule.FORWARD-RECEIVER.basis": "Bình Thuận guidance, II.5 step 2, note: recommend to the level above",
    "rule.PETITION-UNHANDLED.title": "Every petition is handled after the session",
    "rule.PETITION-UNHANDLED.explain": (
        "The chair concludes what was resolved; what remains is assigned to the competent staff to "
        "resolve and answer. No petition is left without an answer, an assignment or forwarding."
    ),
    "rule.PETITION-UNHANDLED.fix": "Record answer; for a later answer, set assignment.lead (the lead agency).",
    "rule.PETITION-UNHANDLED.no_answer": "The session on {date} took place but the petition has no recorded answer (answer)",
    "rule.PETITION-UNHANDLED.no_assignment": "The petition to be answered later has no lead agency (assignment.lead)",
    "rule.PETITION-UNHANDLED.basis": "{plan}, II.4; Bình Thuận guidance, II.5 step 3",
    "rule.DISTRICT-ABOLISHED.title": "No district level after the reform",
    "rule.DISTRICT-ABOLISHED.explain": (
        "From 1 July 2025 local government has two levels (province, commune); district units no "
        "longer hold dialogues."
    ),
    "rule.DISTRICT-ABOLISHED.fix": "Check level in tiepxuc.yaml; records after the reform belong to a commune or province.",
    "rule.DISTRICT-ABOLISHED.after": "A district-level unit has a session on {date}, after the district level ended ({cutoff})",
    "rule.DATE-ORDER.title": "Dates in a sensible order",
    "rule.DATE-ORDER.explain": (
        "Invitations before the session; replies, forwarding, resolution and feedback after it; "
        "citizens' feedback only once there is a result."
    ),
    "rule.DATE-ORDER.fix": "Check the reported dates.",
    "rule.DATE-ORDER.term": "The term of {name} ends before it starts",
    "rule.DATE-ORDER.invitation": "Invitation dated {date} after the session on {session}",
    "rule.DATE-ORDER.end_before_start": "The end time is not after the start time",
    "rule.DATE-ORDER.received_after": "Received before the session but dated {date}, after the session on {session}",
    "rule.DATE-ORDER.before_session": "Date {date} is before the session on {session}",
    "rule.DATE-ORDER.feedback_unresolved": "Citizen feedback is recorded but there is no resolution",
    "rule.DATE-ORDER.notice_before": "Conclusion notice dated {date} before the session on {session}",
    "rule.DATE-ORDER.minutes_before": "The minutes are dated {date}, before the session of {session}",
    "rule.DATE-ORDER.report_before_year": "The {year} report is dated {date}, before {year} began",
    "rule.DATE-FUTURE.title": "Acts done are not dated in the future",
    "rule.DATE-FUTURE.explain": (
        "The date an invitation went out, a document was issued, a reply was sent or a petition "
        "resolved is the day it happened: never a day yet to come. (Against the real today, "
        "whatever --as-of says.)"
    ),
    "rule.DATE-FUTURE.fix": "Write the day it was really done; if it is not done yet, remove it and record it when it is (tiepxuc writes today's date).",
    "rule.DATE-FUTURE.future": "The date {date} in {field} has not come yet (today is {today}): an act that is done cannot be dated in the future",
    "rule.DATE-FUTURE.basis": "tiepxuc record convention: records say what happened, on the day it happened",
    "rule.NUMBER-DUPLICATE.title": "One number per document",
    "rule.NUMBER-DUPLICATE.explain": (
        "Documents of one kind from one body never share a number: Party documents are "
        "numbered through the committee's term, State documents through the year. tiepxuc "
        "compares within each year (the records do not hold when a term began)."
    ),
    "rule.NUMBER-DUPLICATE.fix": "Check the register of outgoing documents and write the number this one was given (or leave it out for tiepxuc issue to give the next one).",
    "rule.NUMBER-DUPLICATE.used": "Number {number} is already used by “{other}”",
    "rule.NUMBER-DUPLICATE.basis": "Hướng dẫn 36-HD/VPTW (Party numbers through the term); Nghị định 30/2020/NĐ-CP, Art. 15 (State numbers through the year)",
    "rule.DATE-ORDER.basis": "tiepxuc record conventions",
    "rule.INVITATION-LEAD.title": "Invitations issued early enough",
    "rule.INVITATION-LEAD.explain": (
        "The invitation or public notice of the session's time, place and content is issued at "
        "least a number of (working) days before it, so that people can prepare and register to "
        "speak. Strict reading: that many whole days between issue and session; lenient reading "
        "(chosen in the profile): the issue may fall on the N-th day before."
    ),
    "rule.INVITATION-LEAD.fix": (
        "Do not move the date to meet the deadline: if the invitation really went out late, keep "
        "the true date (a breach that happened is reported, never a reason to refuse a change); "
        "explain it in the annual report and send it earlier next time (see “tiepxuc check-deadlines”)."
    ),
    "rule.INVITATION-LEAD.late": "Invitation issued on {date}, after the deadline {due} ({rule})",
    "rule.CONCLUSION-DUE.title": "Conclusion notices issued on time",
    "rule.CONCLUSION-DUE.explain": (
        "At the latest a number of (working) days after the session, the office announces the "
        "head's conclusions and assigns petitions to agencies; the session day is not counted."
    ),
    "rule.CONCLUSION-DUE.fix": "Keep the true date of issue (never back-date it); explain the delay in the annual report.",
    "rule.CONCLUSION-DUE.late": "Conclusion notice issued on {date}, {late} late against the deadline {due} ({rule})",
    "rule.RESOLUTION-DUE.title": "Petitions resolved on time",
    "rule.RESOLUTION-DUE.explain": (
        "At the latest a number of working days after the conclusion notice, the agency assigned "
        "resolves the petition and reports; a written reply extending the time (sent before the "
        "deadline) moves it. A late resolution is a breach that happened: recorded with its true "
        "date, reported and counted in the annual report."
    ),
    "rule.RESOLUTION-DUE.fix": "Keep the true date of resolution; follow up with the agency and explain in the annual report.",
    "rule.RESOLUTION-DUE.late": "{agency} resolved it on {date}, {late} late against the deadline {due}",
    "rule.REPORT-DUE.title": "The annual report is issued on time",
    "rule.REPORT-DUE.explain": "Every year the results are reported to the standing committee and the level above, copied to the Fatherland Front; the due date is in the profile (annual_report_due).",
    "rule.REPORT-DUE.fix": "Keep the true date of issue; next time draft it early with “tiepxuc new-report YEAR”.",
    "rule.REPORT-DUE.late": "The {year} annual report was issued on {date}, after its deadline {due}",
    "rule.CALENDAR-CONFLICT.title": "The unit's calendar is consistent",
    "rule.CALENDAR-CONFLICT.explain": "A day in calendar.yaml is either a day off or a working day.",
    "rule.CALENDAR-CONFLICT.fix": "Delete one of the two entries for that day.",
    "rule.CALENDAR-CONFLICT.both": "{date} is both a day off and a working day",
    "rule.CALENDAR-CONFLICT.basis": "tiepxuc record conventions",
    "rule.SEAL-BROKEN.title": "Issued documents are not edited",
    "rule.SEAL-BROKEN.explain": (
        "When a record is issued (tiepxuc issue), its content is sealed with a fingerprint. "
        "Editing it afterwards breaks the seal: an issued document is only corrected or replaced "
        "by a new document."
    ),
    "rule.SEAL-BROKEN.fix": (
        "Put the record back as issued (git checkout; see “tiepxuc history”); to change it, "
        "create a new record with supersedes: <old ID> and issue that one."
    ),
    "rule.SEAL-BROKEN.changed": "Record “{id}” was issued but its content was changed after sealing",
    "rule.SEAL-BROKEN.shown": "This record is in the issued {document} ({where}), but the part the document shows was changed after it was sealed",
    "rule.SEAL-BROKEN.deleted": "The issued {document} shows the record “{id}”, which has been deleted",
    "rule.SEAL-BROKEN.added": "This petition was added to the session after the {document} was issued ({where}): the document does not have it",
    "rule.SEAL-BROKEN.deadline": "The {document} gives the deadline {shown}; the working-day calendar now gives {now}: the calendar changed after it was issued",
    "doc_name.minutes": "minutes of the session of {date}",
    "doc_name.conclusion": "conclusion notice “{id}”",
    "doc_name.plan": "plan “{id}”",
    "doc_name.report": "report “{id}”",
    "doc_name.number": "(no. {number})",
    "rule.SEAL-BROKEN.basis": "tiepxuc record conventions: an issued document is only corrected or replaced by a new one",
    "rule.AUDIT-SEAL-CHANGED.title": "Issued documents not changed in the history",
    "rule.AUDIT-SEAL-CHANGED.explain": (
        "tiepxuc audit reads each record's git history: after the sealing commit (tiepxuc issue) "
        "no commit may change the content or rewrite or remove the seal — even if it was put "
        "back later."
    ),
    "rule.AUDIT-SEAL-CHANGED.fix": (
        "See “tiepxuc history <ID>” for who changed what; put the record back as issued and "
        "issue a new document (supersedes) if a correction is needed."
    ),
    "rule.AUDIT-SEAL-CHANGED.basis": "tiepxuc record conventions: the git history is the audit trail",
    "rule.AUDIT-BACKDATED.title": "No back-dating",
    "rule.AUDIT-BACKDATED.explain": (
        "An act recorded as done on time (invitation, conclusion notice, resolution, forwarding) "
        "entered the repository only after its deadline: the date in the record may have been "
        "back-dated. Acts due before the repository was started (its first commit) are old "
        "records being entered, and are not reported."
    ),
    "rule.AUDIT-BACKDATED.fix": (
        "Compare with the original document (the registry); if the date is right, explain the late "
        "entry in the report; if not, correct it."
    ),
    "rule.AUDIT-BACKDATED.basis": "tiepxuc record conventions: the git history is the audit trail",
    "rule.AUDIT-DELETED.title": "Records are not deleted",
    "rule.AUDIT-DELETED.explain": "A record in the repository is not deleted; cancellation is written in cancelled, replacement with supersedes.",
    "rule.AUDIT-DELETED.fix": "Restore the record from the git history (git checkout <commit>^ -- <file>) and record the cancellation or replacement properly.",
    "rule.AUDIT-DELETED.basis": "tiepxuc record conventions: the git history is the audit trail",
    "audit.seal_rewritten": "The seal was changed or removed in commit {commit} ({author}, {date})",
    "audit.seal_changed": "The issued content was changed in commit {commit} ({author}, {date})",
    "audit.shown_changed": "This record is shown in the sealed {document} ({file}), but the part it shows was changed in commit {commit} by {author} on {date}",
    "audit.entered_late": "{what}: dated {done} but entered only in commit {commit} by {author} on {entered}, {days} working days later — check that it was not back-dated",
    "audit.backdated": "{what}: recorded as done on {done} (due {due}) but entered the repository only on {entered} in commit {commit} ({author})",
    "audit.deleted": "The record was deleted in commit {commit} ({author}, {date})",
    "rule.REF-UNKNOWN.title": "References point to real records, fields and agencies",
    "rule.REF-UNKNOWN.explain": (
        "A petition belongs to an existing session; its field is in fields and its agencies in "
        "agencies of tiepxuc.yaml; a conclusion notice lists existing petitions."
    ),
    "rule.REF-UNKNOWN.fix": "Correct the ID as suggested, or add the field or agency to tiepxuc.yaml.",
    "rule.REF-UNKNOWN.record": "There is no {kind} with ID “{id}”. {hint}",
    "rule.REF-UNKNOWN.field": "Field “{field}” is not in the fields list of tiepxuc.yaml. {hint}",
    "rule.REF-UNKNOWN.agency": "Agency “{agency}” is not in the agencies list of tiepxuc.yaml. {hint}",
    "rule.REF-UNKNOWN.basis": "tiepxuc record conventions",
    "rule.CHAIR-DEPUTY-WITH-HEAD.title": "A deputy chairs only when the head is absent",
    "rule.CHAIR-DEPUTY-WITH-HEAD.explain": (
        "The heads of the Party committee and the government chair the dialogue; only in special "
        "cases, when a head is absent through illness or urgent duty, may a deputy be authorised "
        "to chair in their place. A session therefore cannot have both the head and a deputy "
        "standing in for that same head as chairs — even when the head is listed under another "
        "post they also hold (e.g. Party Secretary and Chair of the People's Council, per "
        "officials in tiepxuc.yaml)."
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.fix": (
        "If the head was present and chaired, remove the deputy from chairs (the deputy attends "
        "without standing in); if the head really was absent, remove the head from chairs. If the "
        "staff changed, update officials (since/until) in tiepxuc.yaml."
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.same_post": (
        "“{name}” ({position}) is recorded as standing in for the {head_position}, but the "
        "{head_position} “{head}” also chairs this session; a deputy stands in only when the head "
        "is absent"
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.holder": (
        "“{name}” ({position}) is recorded as standing in for the {head_position}, but “{head}”, "
        "who holds the post {head_position} on {date} (listed in chairs as {listed_as}), also "
        "chairs this session; a deputy stands in only when the head is absent"
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.basis": (
        "Hanoi regulation (Decision 2200-QĐ/TU), Scope: a chair absent through illness or urgent "
        "duty may authorise a deputy to chair; Bình Thuận guidance, II.1: Deputy Party Secretary, "
        "Vice Chair of the People's Committee when authorised"
    ),
    "rule.REPLY-EXTENSION.title": "A reply extending the deadline states content, requirements, time and responsibility",
    "rule.REPLY-EXTENSION.explain": (
        "When a case needs more time to be verified or clarified, or must follow the procedures of "
        "the law, the body responsible sends the people concerned a written reply stating the "
        "content, the requirements, the time and the responsibility for resolving it. In the "
        "petition's replies: content, requirements, new_deadline (the time) and responsible."
    ),
    "rule.REPLY-EXTENSION.fix": (
        "Record the missing parts as stated in the reply sent (content, requirements, responsible "
        "in replies; “tiepxuc petition reply” has --content, --requirements, --responsible). If "
        "the reply sent really lacked them, do not complete the record: send a further reply to "
        "the petitioner and record it as a new entry in replies."
    ),
    "rule.REPLY-EXTENSION.missing": (
        "The reply of {date} extends the deadline to {deadline} but lacks: {missing}"
    ),
    "rule.REPLY-EXTENSION.part_content": "content",
    "rule.REPLY-EXTENSION.part_requirements": "requirements",
    "rule.REPLY-EXTENSION.part_responsible": "responsibility for resolving it (responsible)",
    "rule.REPLY-EXTENSION.basis": (
        "Bình Thuận guidance, II.5 step 3: a written reply telling those concerned the content, "
        "requirements, time and responsibility for the resolution"
    ),
    "rule.SESSION-SECRETARY.title": "A secretary takes the minutes",
    "rule.SESSION-SECRETARY.explain": (
        "When the dialogue opens, the office appoints a secretary to take the minutes; the official "
        "assigned as secretary records the views of individuals and organisations fully and "
        "truthfully. The record of a session held names the secretary (secretary)."
    ),
    "rule.SESSION-SECRETARY.fix": (
        "Set secretary (name, position) to the person appointed to take the minutes."
    ),
    "rule.SESSION-SECRETARY.missing": (
        "The session on {date} took place but no secretary taking the minutes is recorded (secretary)"
    ),
    "rule.SESSION-SECRETARY.basis": (
        "Bình Thuận guidance, II.5 step 2: a secretary is appointed to take the minutes and records "
        "fully and truthfully"
    ),
    "rule.INVITATION-CONTENT.title": "The invitation gives time, place, participants and topic",
    "rule.INVITATION-CONTENT.explain": (
        "The invitation or public notice in the local media gives the time, place, participants, "
        "content and topic of the dialogue, so that citizens can prepare and register to speak. "
        "Once the invitation's date of issue is recorded (invitation.date), the session record "
        "has its start time (start), place, topic and participants (attendance, or the "
        "participants of the plan named in plan): the invitation made by “tiepxuc render” takes "
        "them from there."
    ),
    "rule.INVITATION-CONTENT.fix": (
        "Add what is missing to the session record, as in the invitation or notice issued: start, "
        "place, topic; participants in attendance (organisation, number invited) or in the "
        "participants of the year's plan (plan)."
    ),
    "rule.INVITATION-CONTENT.missing": (
        "The invitation or notice was issued on {date} but the session record lacks: {missing}"
    ),
    "rule.INVITATION-CONTENT.part_time": "time (start)",
    "rule.INVITATION-CONTENT.part_place": "place",
    "rule.INVITATION-CONTENT.part_participants": "participants (attendance, or the plan's participants)",
    "rule.INVITATION-CONTENT.part_topic": "content and topic (topic)",
    "rule.INVITATION-CONTENT.basis": (
        "Bình Thuận guidance, II.5 step 1: an invitation or notice of the time, place, "
        "participants, content and topic of the dialogue"
    ),
    "cli.help": (
        "tiepxuc — records of direct dialogues between the heads of Party committees and local "
        "government and the people: checked against the rules, with deadlines and documents."
    ),
    "cli.error": "Error: {message}",
    "cli.interrupted": "Stopped as asked; nothing was left half done.",
    "cli.internal_error": (
        "Unexpected error in tiepxuc ({kind}); the records were not changed. Please report it with "
        "the command you ran (run again with TIEPXUC_DEBUG=1 for details)."
    ),
    "cli.date_future": "{option} {date} is in the future (today is {today}): an act that is done cannot be dated after today. Record it once it is done, or leave out {option} for today",
    "cli.date_day_off": "{date} ({option}) is a {weekday}, not a working day ({reason}).",
    "cli.date_confirm": "Was it really done on that day?",
    "cli.date_kept": "The date was recorded as given; if it was a mistake, correct the record.",
    "cli.date_not_confirmed": "Nothing was written. Run again with {option} set to the day it was really done (or leave it out for today)",
    "cli.bad_date": "Date “{value}” for {option} is not valid; write day/month/year, e.g. 12/06/2026 (or year-month-day: 2026-06-12)",
    "cli.date_dmy_order": " (dates are written day/month/year, e.g. 12/06/2026)",
    "cli.bad_dir": "Cannot enter the folder {path}",
    "cli.missing_option": "{option} is missing (with --no-input everything must be given)",
    "cli.bad_choice": "Value “{value}” for {option} is not valid; choose one of: {choices}",
    "cli.opt.C": "Run as if started in THƯ-MỤC (like git -C)",
    "cli.opt.verbose": "When git fails, also print git's own message",
    "cli.opt.allow_detached_head": "Allow committing on a detached HEAD (the commit is lost at the next checkout)",
    "cli.opt.version": "Print the version and exit",
    "cli.opt.as_of": "Compute as of this date (day/month/year) instead of today",
    "cli.opt.no_input": "Ask nothing; take values from the options (for scripts)",
    "cli.opt.author": "Who made the change, for git history: 'Full Name <email>'",
    "cli.validate.help": (
        "Check all records against the format and the rules; report every problem as "
        "FILE:LINE:COL. Exit status: 0 no errors, 1 errors, 2 cannot run."
    ),
    "cli.validate.short": "Check the records against the format and the rules",
    "cli.validate.opt_json": "Print the result as JSON (a list of objects)",
    "cli.validate.summary": "{errors} errors, {breaches} breaches that happened, {warnings} warnings in {files} record files.",
    "cli.validate.clean": "Records are valid: {files} files, no errors or warnings.",
    "cli.rules.help": "List the rules: ID, severity, value in the active profile, legal basis.",
    "cli.rules.short": "List the rules and their legal basis",
    "cli.rules.opt_profile": "Show this profile instead of the repository's",
    "cli.rules.opt_profiles": "List the available rule profiles",
    "cli.rules.opt_json": "Print as JSON",
    "cli.rules.unknown_profile": "There is no rule profile “{profile}”; available: {known}",
    "cli.rules.title": "Rules of profile “{profile}” — {title}",
    "cli.rules.col_id": "Rule",
    "cli.rules.col_severity": "Severity",
    "cli.rules.col_title": "Content",
    "cli.rules.col_value": "Value",
    "cli.rules.col_basis": "Basis",
    "cli.explain.help": "Explain a rule: what it checks, its value, its basis and how to fix a breach.",
    "cli.explain.short": "Explain a rule",
    "cli.explain.arg": "Rule ID, e.g. CHAIR-HEAD",
    "cli.explain.unknown": "There is no rule “{rule}”. {hint} See the list: tiepxuc rules",
    "cli.explain.severity": "Severity",
    "cli.explain.value": "Value in profile “{profile}”: {value}",
    "cli.explain.basis": "Basis",
    "cli.explain.fix": "How to fix",
    "cli.schema.help": (
        "Export the JSON Schema (draft-07) of each kind of record for editors to check and "
        "complete; without LOẠI, write them all to the repository's schemas/ folder."
    ),
    "cli.schema.short": "Export JSON Schema for editors",
    "cli.schema.arg": "Kind of record: unit, plan, session, petition, conclusion (printed)",
    "cli.schema.opt_output": "Write to this folder instead of the repository's schemas/",
    "cli.schema.unknown": "There is no kind of record “{kind}”; kinds: {kinds}",
    "cli.schema.done": "Wrote {count} JSON Schema files to {folder}",
    "cli.init.help": "Create a unit's records repository: tiepxuc.yaml, folders, git and the first commit.",
    "cli.init.short": "Create a records repository for a unit",
    "cli.init.arg": "Folder of the repository (default: the current folder)",
    "cli.init.opt_name": "Name of the unit, e.g. \"Phường Dĩnh Kế\"",
    "cli.init.opt_level": "Level: province, district, commune",
    "cli.init.opt_place": "Place name written on documents",
    "cli.init.opt_province": "Province or city",
    "cli.init.opt_party_superior": "Superior Party committee, e.g. \"Đảng bộ thành phố Bắc Giang\"",
    "cli.init.opt_profile": "Rule profile: default, binh-thuan-218, law-2025-commune",
    "cli.init.opt_secretary": "Name of the Party Secretary",
    "cli.init.opt_council_chair": "Name of the Chair of the People's Council",
    "cli.init.opt_committee_chair": "Name of the Chair of the People's Committee",
    "cli.init.opt_front_chair": "Name of the Chair of the Fatherland Front Committee",
    "cli.init.opt_since": "Start of the term of the people above",
    "cli.init.exists": "{path} is already a tiepxuc repository (tiepxuc.yaml exists); nothing changed",
    "cli.init.not_dir": "{path} is a file, not a folder",
    "cli.init.ask_name": "Name of the unit (e.g. Phường Dĩnh Kế)",
    "cli.init.ask_level": "Level [{choices}]",
    "cli.init.ask_place": "Place name on documents",
    "cli.init.ask_profile": "Rule profile",
    "cli.init.ask_since": "Start of the term of the people above (day/month/year, may be left empty)",
    "cli.init.ask_secretary": "Party Secretary (may be left empty)",
    "cli.init.ask_council_chair": "Chair of the People's Council (may be left empty)",
    "cli.init.ask_committee_chair": "Chair of the People's Committee (may be left empty)",
    "cli.init.ask_front_chair": "Chair of the Fatherland Front Committee (may be left empty)",
    "cli.init.done": "Created the records repository of {name} at {path} (commit {commit}).",
    "cli.init.next": (
        "Next: add heads and deputies (officials) in tiepxuc.yaml; “tiepxuc new-plan {year}” to "
        "draft the yearly plan; “tiepxuc new-session” to create a session."
    ),
    "cli.new_report.help": "Draft the year's report on the dialogues: makes reports/bao-cao-YEAR.yaml for the office to write the assessment in; tiepxuc computes the figures, and keeps them as they are when the report is issued (tiepxuc issue).",
    "cli.new_report.short": "Draft the annual report",
    "cli.new_report.arg": "Year of the report, e.g. 2026",
    "cli.new_report.done": "Drafted {path}: write the assessment (where it says “[cần bổ sung: …]”), preview it with “tiepxuc render report {year}”, then issue it with “tiepxuc issue {id}”.",
    "scaffold.report_exists": "The {year} report already exists ({path})",
    "cli.new_plan.help": "Draft the yearly plan from the profile: required sessions, months, chairs, legal bases.",
    "cli.new_plan.short": "Draft the yearly dialogue plan",
    "cli.new_plan.arg": "Year of the plan, e.g. 2024",
    "cli.new_plan.bad_year": "Year {year} is not valid",
    "cli.new_plan.done": "Drafted {path}: the {year} plan under profile “{profile}”.",
    "cli.new_plan.session": "  - 1 {kind} session, planned for month {month}",
    "cli.new_session.help": "Create a session record; chairs follow the kind and the heads in office.",
    "cli.new_session.short": "Create a session record",
    "cli.new_session.opt_date": "Date (day/month/year)",
    "cli.new_session.opt_kind": "Kind: periodic, thematic, ad_hoc, regular (or định kỳ, chuyên đề…)",
    "cli.new_session.opt_format": "Format: in_person, online",
    "cli.new_session.opt_start": "Start time, e.g. 07:30",
    "cli.new_session.opt_end": "End time, e.g. 11:30",
    "cli.new_session.opt_place": "Place",
    "cli.new_session.opt_topic": "Topic",
    "cli.new_session.opt_plan": "Yearly plan ID (default: that year's plan)",
    "cli.new_session.opt_secretary": "Secretary taking the minutes",
    "cli.new_session.ask_date": "Date (day/month/year)",
    "cli.new_session.ask_kind": "Kind of session [{choices}]",
    "cli.new_session.ask_format": "Format [{choices}]",
    "cli.new_session.ask_place": "Place",
    "cli.new_session.ask_topic": "Topic (may be left empty)",
    "cli.new_session.ask_start": "Start time",
    "cli.new_session.ask_end": "End time",
    "cli.new_session.no_plan": "There is no plan with ID “{plan}”",
    "cli.new_session.done": "Created {path}",
    "cli.new_session.vacant": "Note: on {date} nobody holds the post {position} in tiepxuc.yaml; add the chair to the record",
    "scaffold.invalid_draft": "The draft is not valid: {problems}",
    "scaffold.plan_exists": "The {year} plan already exists ({path}); edit it instead of drafting a new one",
    "scaffold.unit_invalid": "{file} still has errors; run “tiepxuc validate” and fix them first",
    "scaffold.exists": "File {path} already exists; not overwritten",
    "git.bad_author": "--author must be written 'Full Name <email>', e.g. --author 'Nguyễn Thị Thu <thu@donvi.gov.vn>'",
    "git.situation.index_locked": "Git is busy: another program (a git tool, an editor) is writing to the repository ({what}). Wait for it or close it, then run again; the records were not changed",
    "git.situation.disk_full": "The disk is full, so git could not write ({what}); the records are as they were. Free some space and run again",
    "git.situation.signing_failed": "Git is set to sign every commit (commit.gpgsign) but could not sign ({what}); the records are as they were. Check the signing key (gpg) and run again",
    "git.situation.not_git": "This folder is not in a git repository ({what})",
    "git.situation.permission": "No permission to write to the git repository ({what}); the records are as they were. Check the permissions of the .git folder",
    "git.situation.ref_moved": "Someone else committed while this change was being written; it was not committed and the records are as they were. Run the command again",
    "git.situation.write_failed": "Git could not write its data ({what}); the records are as they were. Check the disk and permissions and run again",
    "git.situation.hook_declined": "A git hook refused this commit ({what}); the records are as they were",
    "git.situation.unmerged": "The repository has files in conflict ({what}); resolve them first (git status)",
    "git.situation.failed": "Git could not do “{what}”; the records are as they were. Run again with --verbose to see git's message",
    "git.state.merge": "A merge (git merge) is in progress. Finish it first: fix the conflicted files, “git add” them and “git commit” — or cancel it with “git merge --abort”; then run again. Nothing was written",
    "git.state.rebase": "A rebase is in progress. Finish it with “git rebase --continue” or cancel it with “git rebase --abort”, then run again (a commit now would be lost when the rebase is cancelled). Nothing was written",
    "git.state.cherry_pick": "A cherry-pick is in progress. Finish it with “git cherry-pick --continue” or cancel it with “git cherry-pick --abort”, then run again. Nothing was written",
    "git.state.revert": "A revert is in progress. Finish it with “git revert --continue” or cancel it with “git revert --abort”, then run again. Nothing was written",
    "git.state.unmerged": "The repository has unresolved conflicts (git status lists them). Fix those files, “git add” them and “git commit”, then run again. Nothing was written",
    "git.state.detached": "The repository is on no branch (detached HEAD): a commit now would be lost at the next checkout. Switch back to your branch (“git switch main”) and run again, or run with --allow-detached-head if you really mean it. Nothing was written",
    "git.state.index_locked": "Git is busy: another program is using the repository ({path} exists). Wait for it or close it (a git tool, an editor) and run again; if nothing is running, delete {path}. Nothing was written",
    "git.missing": "git was not found; install git (https://git-scm.com) and run again",
    "git.no_identity": (
        "git does not know who you are. Run: git config --global user.name \"Full Name\" and "
        "git config --global user.email \"you@unit.gov.vn\", or add --author 'Full Name <email>'"
    ),
    "status.overdue": "overdue",
    "status.due_soon": "due soon",
    "status.within": "within deadline",
    "status.done_late": "done late",
    "status.done_on_time": "done on time",
    "deadline.invitation": "Issue the invitation or public notice for the session on {subject}",
    "deadline.conclusion": "Issue the conclusion notice of the session on {subject}",
    "deadline.forward": "Forward the petition to the competent body: {subject}",
    "deadline.forward_reply": "Follow up the answer of {to}: {subject}",
    "deadline.resolution": "Resolve and answer the petition: {subject}",
    "deadline.plan": "Issue the {subject} plan of dialogues",
    "deadline.yearly_minimum": (
        "Dialogue sessions in {subject}: {held} held, {scheduled} scheduled, {needed} required "
        "(invitations by {call_by} still leave time for one this year)"
    ),
    "deadline.yearly_thematic": (
        "Thematic sessions in {subject}: {held} held, {scheduled} scheduled, {needed} required "
        "(invitations by {call_by} still leave time for one this year)"
    ),
    "deadline.annual_report": "Annual report on the dialogues of {subject}",
    "deadline.rule_after": "{period} after {start}",
    "deadline.rule_before": "at least {period} before {start} ({reading})",
    "deadline.forward_basis": "{basis}; forward within the time for the conclusion notice",
    "deadline.follow_basis": "{basis}; follow up the receiving body",
    "deadline.note_extended": "extended to {date} by a written reply",
    "deadline.note_late_extension": "extension dated {date} given after the deadline had passed",
    "deadline.note_reopened": "the petitioner did not agree on {date}: reopened",
    "cli.warning": "Warning: {message}",
    "cli.check.help": (
        "Every obligation the records create, with due date and status: invitations, conclusion "
        "notices, resolving petitions, forwarded petitions, the yearly minimum of sessions, the "
        "annual report. Exit status: 0 nothing overdue, 1 something overdue, 2 cannot run."
    ),
    "cli.check.short": "What is due, what is late and who must act",
    "cli.check.opt_as_of": "Compute as of this date (day/month/year); default: today in Vietnam",
    "cli.check.opt_within": "Working days left at which an obligation counts as due soon",
    "cli.check.opt_agency": "Only this agency's obligations (part of the name, accents optional)",
    "cli.check.opt_json": "Print as JSON (a list of objects)",
    "cli.check.opt_exit_zero": "Always exit with status 0, even when something is overdue",
    "cli.check.header": "Deadlines as of {date} — profile “{profile}”; due soon: {within} working days or fewer left",
    "cli.check.invalid_records": "{count} errors in the records: invalid records are left out; run “tiepxuc validate” to see them",
    "cli.check.none": "No obligations.",
    "cli.check.col_due": "Due",
    "cli.check.col_days": "Left / late",
    "cli.check.col_what": "What to do",
    "cli.check.col_agency": "Agency",
    "cli.check.col_file": "Record",
    "deadline.unit_short_working_days": "working days",
    "deadline.unit_short_calendar_days": "days",
    "deadline.done_on": "done {date}",
    "deadline.late_by": "{days} {unit} late",
    "deadline.left": "{days} {unit} left",
    "weekday.0": "Monday",
    "weekday.1": "Tuesday",
    "weekday.2": "Wednesday",
    "weekday.3": "Thursday",
    "weekday.4": "Friday",
    "weekday.5": "Saturday",
    "weekday.6": "Sunday",
    "cli.deadline.help": (
        "Working-day calculator: +N is the N-th working day after NGÀY, -N the N-th working day "
        "before it (NGÀY itself is not counted). The first line is the result; --explain shows "
        "the count day by day."
    ),
    "cli.deadline.short": "The N-th working day after or before a date",
    "cli.deadline.arg_date": "Start date (day/month/year)",
    "cli.deadline.arg_count": "Working days: +N after, -N before",
    "cli.deadline.opt_explain": "Explain the count day by day",
    "cli.deadline.bad_count": "Count “{value}” is not valid; write +N or -N, e.g. +10 or -3",
    "cli.deadline.too_far": "Count “{value}” is too large (3650 at most)",
    "cli.deadline.expected_year": "there is no official holiday calendar for {year} yet; the result uses the expected calendar",
    "cli.deadline.explain_after": "Counting {count} working days after {date} ({weekday}); {date} itself is not counted:",
    "cli.deadline.explain_before": "Counting {count} working days before {date} ({weekday}); {date} itself is not counted:",
    "cli.deadline.counted": "working day {n}",
    "cli.deadline.skipped": "skipped: {name} — {basis}",
    "cli.deadline.result": "Result: {weekday}, {date}",
    "cli.calendar.help": "The holidays, swapped days off and make-up working days of a year, with their names and announcing documents.",
    "cli.calendar.short": "Holidays and make-up days of a year",
    "cli.calendar.arg": "Year (default: this year)",
    "cli.calendar.opt_json": "Print as JSON",
    "cli.calendar.bad_year": "Year {year} is not valid",
    "cli.calendar.title": "Working calendar {year} of state offices and Party organisations",
    "cli.calendar.confirmed": "Confirmed by: {basis}",
    "cli.calendar.expected": "No official notice for {year} in tiepxuc: this is the calendar expected from the Labour Code; add the notice to calendar.yaml when it comes",
    "cli.calendar.days_off": "Days off on working days ({count}):",
    "cli.calendar.working_days": "Make-up working days on Saturdays or Sundays ({count}):",
    "cli.calendar.none": "(none)",
    "cli.export.help": "Export the records to other formats: sessions and deadlines as a calendar (ics), all the records (json), the petitions as an Excel workbook (xlsx).",
    "cli.export.short": "Export sessions and deadlines (ics), the records (json), the petitions to Excel (xlsx)",
    "cli.export.ics_help": (
        "Export the sessions and every deadline as an iCalendar (.ics) file, with a reminder "
        "some working days ahead, to see them in the calendar you use (Outlook, Google, phone)."
    ),
    "cli.export.opt_output": "Write to this file (default out/tiepxuc.ics; - to print)",
    "cli.export.opt_remind": "Remind this many working days before the deadline",
    "cli.export.done": "Wrote {path}",
    "cli.new_session.due_invitation": "Invitation or public notice due: {weekday}, {date} ({rule})",
    "cli.new_session.due_conclusion": "Conclusion notice due: {weekday}, {date} ({rule})",
    "render.help": (
        "Write a .docx in the Party (Hướng dẫn 36-HD/VPTW) or State (Nghị định 30/2020/NĐ-CP) "
        "format: plan YEAR, invitation SESSION, minutes SESSION, conclusion NOTICE (or its "
        "session), report YEAR."
    ),
    "render.short": "Write the plan, invitation, minutes, conclusion notice, report (.docx)",
    "render.arg_kind": "Kind of document: plan, invitation, minutes, conclusion, report",
    "render.arg_target": "Year (plan, report), session ID (invitation, minutes) or notice ID (conclusion)",
    "render.opt_output": "Write to this file (default: the repository's out/ folder)",
    "render.opt_public": "Public version: citizens' names reduced to initials, no phone, ID or house numbers",
    "render.opt_pdf": "Also convert to PDF with LibreOffice",
    "render.done": "Wrote {path}",
    "render.no_libreoffice": (
        "LibreOffice (the soffice command) was not found to convert to PDF; the .docx was "
        "written. Install LibreOffice (https://www.libreoffice.org) and run again with --pdf; "
        "if it is installed somewhere unusual, set the environment variable {variable} to "
        "the path of soffice"
    ),
    "render.office_variable": "The environment variable {variable} names “{path}”, but there is no soffice file there; correct it or unset it",
    "render.unknown_chart": "there is no chart “{name}” (charts: {known})",
    "render.report_issued_units": "The report {id} was issued with the figures it keeps; --unit cannot choose other units for an issued document",
    "render.seal_broken": "{id} was issued (sealed) but the records changed since: the document printed may differ from the one issued; see “tiepxuc validate” (SEAL-BROKEN)",
    "render.pdf_timeout": "LibreOffice ran for over 3 minutes without finishing",
    "render.pdf_not_program": "{path} could not be run ({reason}); check the environment variable TIEPXUC_SOFFICE",
    "render.pdf_silent": "LibreOffice stopped with code {code} without saying why; try opening the .docx in LibreOffice",
    "render.pdf_failed": "LibreOffice could not convert to PDF: {detail}",
    "render.no_body": "tiepxuc.yaml does not declare the issuing body ({body}); add {body}: name, abbreviation",
    "render.no_session": "There is no session “{target}”; sessions: {known}",
    "render.no_plan": "There is no plan for “{target}”; draft one with “tiepxuc new-plan {target}”",
    "render.no_conclusion": "There is no conclusion notice “{target}”, nor one for session “{target}”",
    "render.bad_year": "“{target}” is not a year, e.g. 2024",
    "render.unknown_kind": "There is no kind of document “{kind}”; kinds: {kinds}",
    "render.template_error": "Template {template} has an error: {error}",
    "template.limit_range": "range() makes {count} items, over the limit of {limit} items a call",
    "template.limit_items": "the range() calls made over {limit} items in one render (nested loops too large)",
    "template.limit_size": "a value computed in the template is too large (limits: {chars} characters a string, {items} items a list)",
    "template.limit_number": "a number computed in the template is too large (limit: {limit} digits)",
    "template.limit_time": "rendering took over {limit} seconds (the time limit of one render), perhaps a loop too large",
    "template.limit_output": "the rendered text is over {limit} characters (the limit of one render)",
    "template.limit_depth": "macros or recursive loops nested too deep",
    "render.invitation_undated": "the invitation has no issue date (invitation.date); it is due by {due}",
    "render.invitation_late": "the invitation dated {date} was issued after the deadline {due} for advance notice",
    "change.nothing": "Nothing to change: the records already say this; nothing was written",
    "change.index_behind": "The change was committed whole (commit {commit}), but another program holds git's index, so it could not be updated yet; the next tiepxuc command finishes it (or run: git update-index --add --remove -- {paths})",
    "change.interrupted_after_commit": "Stopped as asked, after the change was committed whole (commit {commit})",
    "change.recovered_finished": "Last time, the change “{what}” was cut off after it was committed (commit {commit}); the rest has been finished.",
    "change.recovered_undone": "Last time, the change “{what}” was cut off (a power cut, a killed process…) before it was committed; its files have been put back as they were.",
    "lock.busy": "Someone else is changing these records: {user} on {host} is running “{command}” since {since} (process {pid}). Wait for it to finish and run again; nothing was written",
    "lock.busy_unknown": "Another command is changing these records. Wait for it to finish and run again; nothing was written",
    "change.not_git": "{path} has no git: run “git init” (or “tiepxuc init”), or add --no-commit to only write the files",
    "change.dirty": (
        "File {files} has changes git has not recorded; it is left alone so as not to mix them in. "
        "Commit them (git commit) or drop them (git checkout -- <file>) and run again; or add --no-commit"
    ),
    "lifecycle.invalid": "The change would make {path} invalid, so nothing was written: {problems}",
    "lifecycle.recorded_late": "Recorded with its true date {date}: {what} — done {late} late against the deadline {due}.",
    "lifecycle.issue_future": "The date of issue {date} in the record is in the future (today is {today}): a document is issued once signed; correct the date or run again once it is issued",
    "issue.gap.placeholder": "the field {field} still holds the draft's placeholder text: write the real content",
    "issue.gap.cancelled": "the session was cancelled: there are no minutes to issue",
    "issue.gap.not_held": "the session of {date} has not taken place yet: minutes are issued after the session",
    "issue.gap.no_secretary": "no secretary taking the minutes (secretary: name, position)",
    "issue.gap.no_attendance": "no attendance recorded (attendance: organisation, invited, present)",
    "issue.gap.no_present": "how many were present is not recorded (attendance: present)",
    "issue.gap.no_start": "no start time (start)",
    "issue.gap.no_end": "no end time (end)",
    "issue.gap.no_agenda": "the course of the session is not recorded (agenda)",
    "issue.gap.no_conclusion": "the chair's conclusion is not recorded (conclusion)",
    "issue.gap.unanswered": "petition {id} has no answer recorded (tiepxuc petition answer {id})",
    "issue.gap.no_sessions": "the plan has no sessions (sessions)",
    "issue.gap.no_signer": "no signer (signer)",
    "issue.gap.notice_before_session": "the session of {date} has not taken place yet: its conclusion notice cannot be issued",
    "issue.gap.no_items": "the notice has no conclusions or assignments (items)",
    "issue.gap.report_future": "the year {year} has not begun",
    "issue.gap.no_assessment": "the assessment is not written (assessment)",
    "issue.gap.no_limitations": "the limitations and their causes are not written (limitations)",
    "issue.gap.no_directions": "the tasks for next year are not written (directions)",
    "lifecycle.incomplete": "{id} cannot be issued yet: {count} things are missing or impossible, so nothing was written. Complete the records and run again:\n{gaps}",
    "lifecycle.rules_broken": "This change would bring new errors, so nothing was written:\n{problems}",
    "lifecycle.already_there": "(These errors were there before and are not caused by this change; they can be fixed later:\n{problems})",
    "lifecycle.broken": "Record {path} has errors; run “tiepxuc validate” and fix it first",
    "id.empty": "No {kind} ID given: give the whole ID or its beginning",
    "id.record": "record",
    "lifecycle.ambiguous": "Several {kind} IDs start with “{target}”: {matches}; give the whole ID",
    "lifecycle.not_found": "There is no {kind} “{target}”",
    "lifecycle.unknown_field": "There is no field “{field}” in tiepxuc.yaml; codes: {fields}",
    "lifecycle.not_forwarded": "Petition “{id}” was not forwarded to any body (no forwarded)",
    "lifecycle.no_resolution": "Petition “{id}” has no result yet; record --result before the citizen's feedback",
    "lifecycle.nothing_to_record": "Nothing to record: give --result or --feedback",
    "lifecycle.notice_exists": "This session already has a conclusion notice ({path}); edit that file",
    "lifecycle.not_issuable": "There is no plan, conclusion notice, report or session (minutes) “{target}”",
    "lifecycle.already_issued": "“{id}” was issued and sealed; to change it, create a new document with supersedes: {id}",
    # ------------------------------------------------------------ changes, lifecycle commands
    "cli.opt.no_commit": "Only write the files; do not commit them to git (commit yourself later)",
    "cli.change.written": "Wrote {path}",
    "cli.change.committed": "Committed to git: {commit} {message}",
    "cli.change.waiting": "  The resolution deadline counts from the session's conclusion notice, not issued yet:",
    "cli.change.deadline": "  Deadline — {title}: {due} ({status})",
    "cli.init.opt_pre_commit": "Install a git hook that validates the records before every commit, with a .pre-commit-config.yaml",
    "cli.petition.help": "Record what happens to a petition: received, answered, written reply, resolved. Each command checks before it writes, commits to git and prints the deadlines.",
    "cli.petition.short": "Receive, answer and resolve petitions",
    "cli.petition.arg_id": "Petition ID (or a distinctive beginning of it)",
    "cli.petition.add_help": "Receive a petition: sent before a session (e.g. gathered by the Front) or raised at it. Repeated petitions (same field, same place, similar content) are detected and linked.",
    "cli.petition.answer_help": "Record the answer at the session: answered, answer later (assigned to an agency), declined with reason and basis, or forwarded to the level above or the competent body.",
    "cli.petition.reply_help": "Record a written reply to the petitioner, possibly with a new timeframe; with --from-body: the reply of the body the petition was forwarded to.",
    "cli.petition.resolve_help": "Record the resolution (result, document, date) and the citizen's feedback: agrees, or does not agree (the petition is reopened).",
    "cli.petition.add_short": "Receive a petition",
    "cli.petition.answer_short": "Record the answer at the session",
    "cli.petition.reply_short": "Record a written reply, new timeframe",
    "cli.petition.resolve_short": "Record the result and the citizen's feedback",
    "cli.petition.opt_session": "ID of the session that receives or considers the petition (or an unambiguous beginning of it, e.g. 2026-06-12)",
    "cli.petition.opt_name": "Name of the person (or organisation) raising it",
    "cli.petition.opt_organisation": "The petitioner is an organisation (e.g. a veterans' branch)",
    "cli.petition.opt_group": "Residential group or village of the petitioner",
    "cli.petition.opt_phone": "Phone number (never in the public version)",
    "cli.petition.opt_id_number": "ID card number (never in the public version)",
    "cli.petition.opt_address": "Address (never in the public version)",
    "cli.petition.opt_field": "Field: code or name from fields in tiepxuc.yaml, accents optional (giao-thong or \"Giao thông, hạ tầng\")",
    "cli.petition.opt_content": "Content of the petition",
    "cli.petition.opt_before": "Received before the session, or raised at it (default from the session date)",
    "cli.petition.opt_received_date": "Date received (day/month/year), if before the session",
    "cli.petition.opt_via": "Received through whom, e.g. the ward Fatherland Front Committee",
    "cli.petition.opt_order": "Speaking order at the session (default: the next number among the session's petitions; editable in the file)",
    "cli.petition.order_taken": "Speaking order {order} is already that of petition {other} at the same session; recorded anyway, correct speaking_order in the file if needed (next free number: {free})",
    "cli.petition.opt_kind": "answered, answer_later, declined",
    "cli.petition.opt_by": "Who answered at the session",
    "cli.petition.opt_answer": "Content of the answer",
    "cli.petition.opt_reason": "Reason to answer later or decline: under_investigation, insufficient_basis, outside_competence",
    "cli.petition.opt_basis": "Basis for answering later or declining",
    "cli.petition.opt_lead": "Lead agency that resolves it",
    "cli.petition.opt_coordinating": "Coordinating agency (may be repeated)",
    "cli.petition.opt_task": "What the agency is to do",
    "cli.petition.opt_forward_to": "Forward the petition to this body (level above, competent body)",
    "cli.petition.opt_forward_date": "Date forwarded (default today)",
    "cli.petition.opt_forward_document": "Forwarding document, e.g. Official letter 15/UBND-VP",
    "cli.petition.opt_competence": "Competence: own_level, level_above, other_agency",
    "cli.petition.opt_reply_date": "Date of the written reply (default today)",
    "cli.petition.opt_document": "Document number and code",
    "cli.petition.opt_reply_content": "Content of the written reply",
    "cli.petition.opt_new_deadline": "New timeframe given in the reply (day/month/year)",
    "cli.petition.opt_responsible": "Who is responsible for resolving it",
    "cli.petition.opt_requirements": "Requirements for the resolution given in the reply (what must be verified; papers or steps still needed)",
    "cli.petition.opt_from_body": "The reply of the body the petition was forwarded to",
    "cli.petition.opt_result": "Result of the resolution",
    "cli.petition.opt_resolve_date": "Date of the result (default today)",
    "cli.petition.opt_feedback": "The citizen's feedback: agree, or disagree (reopens it)",
    "cli.petition.opt_feedback_date": "Date the feedback was received",
    "cli.petition.opt_note": "Note on the citizen's feedback",
    "cli.petition.choices": "Choose one of: {choices}",
    "cli.petition.ask_session": "Session ID (or its beginning)",
    "cli.petition.ask_name": "Name of the petitioner (or organisation)",
    "cli.petition.ask_group": "Residential group or village (may be left empty)",
    "cli.petition.ask_phone": "Phone number (may be left empty)",
    "cli.petition.ask_field": "Field (code or name, accents optional)",
    "cli.petition.ask_content": "Content of the petition",
    "cli.petition.ask_kind": "Answer at the session [{choices}]",
    "cli.petition.ask_by": "Who answered (may be left empty)",
    "cli.petition.ask_answer": "Content of the answer (may be left empty)",
    "cli.petition.ask_reason": "Reason",
    "cli.petition.ask_basis": "Basis",
    "cli.petition.ask_lead": "Lead agency (empty if not assigned yet)",
    "cli.petition.ask_forward_to": "Forward to which body",
    "cli.petition.ask_reply_date": "Date of the written reply (day/month/year; empty: today)",
    "cli.petition.ask_document": "Document number and code (may be left empty)",
    "cli.petition.ask_reply_content": "Content of the reply (may be left empty)",
    "cli.petition.ask_requirements": "Requirements stated in the reply (what must still be verified or done)",
    "cli.petition.ask_responsible": "Who is responsible for resolving it",
    "cli.petition.ask_new_deadline": "New timeframe (day/month/year; empty if none)",
    "cli.petition.ask_result": "Result (empty to record only the citizen's feedback)",
    "cli.petition.ask_feedback": "The citizen's feedback: agree or disagree; empty if none yet",
    "cli.petition.added": "Petition ID: {id}",
    "cli.petition.repeat": "  Repeated petition: the same concern was raised in {id} (linked in repeats)",
    "cli.conclude.help": "Draft the session's conclusion notice from the petitions still to be handled, grouped by lead agency, with its deadline. Review it, then issue it with “tiepxuc issue”.",
    "cli.conclude.short": "Draft the conclusion notice",
    "cli.conclude.arg": "Session ID",
    "cli.conclude.done": "Draft conclusion notice {id}; to be issued by {due}. Review it, then run: tiepxuc issue {id}",
    "cli.issue.help": "Issue a plan, minutes (by session ID), conclusion notice or report: record its number and date and seal its content. Any later edit is then reported by “tiepxuc validate”; corrections are new documents with supersedes.",
    "cli.issue.short": "Give a document its number and date and seal it",
    "cli.issue.arg": "ID of a plan, conclusion notice, report, or a session (to issue its minutes)",
    "cli.issue.opt_number": "Number and code (default: the next unused one, e.g. 31-TB/ĐU)",
    "cli.issue.opt_date": "Date of issue (default today)",
    "cli.issue.minutes": "the minutes of session",
    "cli.invite.help": "Record that the invitation (or public notice) went out: the date (today by default), the number (the next one) and the channels. A late invitation is recorded with its true date and reported as late.",
    "cli.invite.short": "Record the invitation or public notice sent",
    "cli.invite.arg": "Session ID (its beginning is enough)",
    "cli.invite.opt_date": "Date sent (default: today); never in the future",
    "cli.invite.opt_number": "Number and symbol (default: the next one)",
    "cli.invite.opt_channel": "Channel: letter, notice_board, loudspeaker, website, social_media, other (repeatable)",
    "cli.invite.done": "Recorded the invitation of session {id}: no. {number}, sent on {date}.",
    "lifecycle.invite_cancelled": "Session {id} is cancelled: no invitation goes out",
    "lifecycle.invite_after_session": "Session {id} took place on {session}, so its invitation cannot have gone out on {date}. If it went out before the session, give that day: tiepxuc invite {id} --date YYYY-MM-DD",
    "lifecycle.invite_done": "The invitation of session {id} is already recorded as sent on {date}; to correct it, edit invitation in the record",
    "cli.issue.full_id": "“{target}” is the beginning of the ID {id}. Issuing (sealing) cannot be undone: give the full ID, e.g. “tiepxuc issue {id}”",
    "cli.issue.confirm": "Issue and seal {id}? This cannot be undone.",
    "cli.issue.not_confirmed": "Not issued; nothing was written",
    "cli.issue.done": "Issued {what} {id}: number {number}, dated {date}; its content is sealed",
    "cli.history.help": "A record's history from git (following renames): which commit, who, when, and which fields changed from what to what.",
    "cli.history.short": "History of changes to a record",
    "cli.history.arg": "Record ID (or file path)",
    "cli.history.opt_json": "Print as JSON",
    "cli.history.not_found": "No record has the ID “{id}”, or an ID starting with it, in the repository or its git history. IDs are printed when records are made (tiepxuc new-session, tiepxuc petition add) and are the file names in sessions/, petitions/…; a beginning of the ID, the file name or its path also works",
    "cli.history.header": "History of {kind} {id} ({path}): {count} commits",
    "cli.history.step": "{n}. {when} — {author} <{email}> — commit {commit}",
    "cli.history.created": "created {path} ({count} values)",
    "cli.history.deleted": "deleted {path}",
    "cli.history.renamed": "renamed {old} → {new}",
    "cli.history.added": "added {field}: {after}",
    "cli.history.removed": "removed {field} (was {before})",
    "cli.history.changed": "changed {field}: {before} → {after}",
    "cli.history.layout_only": "only comments or layout changed, not the content",
    "cli.audit.help": "Compare the records with their git history: sealed documents changed, back-dated records (recorded as done on time but committed after the deadline), deleted records.",
    "cli.audit.short": "Check the records against the git history",
    "cli.audit.opt_json": "Print as JSON (a list of objects)",
    "cli.audit.summary": "History audit: {errors} errors, {warnings} warnings",
    "cli.audit.clean": "History audit: no problems found",
    "cli.check.note_repeated": "concern raised {count} times, not settled",
    "cli.check.repeated_header": "PETITIONS RAISED SEVERAL TIMES AND NOT SETTLED ({count})",
    "cli.check.repeated_item": "Raised {count} times — {content} [{field}] — {agency}",
    "cli.check.repeated_nobody": "no agency assigned",
    "rule.ROLLUP-UNIT-MISSING.title": "Listed units have a repository",
    "rule.ROLLUP-UNIT-MISSING.explain": "Each unit listed under units in tiepxuc.yaml must be a folder (or git submodule) holding the unit's own tiepxuc.yaml.",
    "rule.ROLLUP-UNIT-MISSING.fix": "Correct the path; for a git submodule run “git submodule update --init”.",
    "rule.ROLLUP-UNIT-MISSING.basis": "tiepxuc record conventions: roll-up of units",
    "rule.ROLLUP-UNIT-OUTSIDE.title": "Listed units are inside the repository",
    "rule.ROLLUP-UNIT-OUTSIDE.explain": "A unit's path is relative to this repository and may not lead outside it (no “..”, absolute paths or links outside).",
    "rule.ROLLUP-UNIT-OUTSIDE.fix": "Put the unit's repository inside this one (a subfolder or git submodule) and correct the path.",
    "rule.ROLLUP-UNIT-OUTSIDE.basis": "tiepxuc record conventions: roll-up of units",
    "rule.ROLLUP-ORIGIN-UNKNOWN.title": "A forwarded petition points at its unit and original petition",
    "rule.ROLLUP-ORIGIN-UNKNOWN.explain": "The origin of a petition forwarded up names the unit's path (as under units) and the petition's ID there.",
    "rule.ROLLUP-ORIGIN-UNKNOWN.fix": "Correct origin.unit or origin.petition.",
    "rule.ROLLUP-ORIGIN-UNKNOWN.basis": "tiepxuc record conventions: roll-up of units",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.title": "The original petition is recorded as forwarded up",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.explain": "The unit's petition should say competence: level_above so that both levels follow it the same way.",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.fix": "In the unit, record the forwarding: tiepxuc petition answer --forward-to …",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.basis": "tiepxuc record conventions: roll-up of units",
    "rule.ROLLUP-ORIGIN-DUPLICATE.title": "A forwarded petition has one record at the level above",
    "rule.ROLLUP-ORIGIN-DUPLICATE.explain": "Two records at the level above naming the same original petition are usually a double entry.",
    "rule.ROLLUP-ORIGIN-DUPLICATE.fix": "Merge the two records, or correct the origin of the wrong one.",
    "rule.ROLLUP-ORIGIN-DUPLICATE.basis": "tiepxuc record conventions: roll-up of units",
    "rollup.unit_missing": "There is no unit folder “{path}”",
    "rollup.unit_not_repository": "Folder “{path}” has no tiepxuc.yaml (for a git submodule, run “git submodule update --init”)",
    "rollup.unit_outside": "Unit path “{path}” leads outside the repository",
    "rollup.origin_unit_unknown": "Unit “{unit}” is not listed under units in tiepxuc.yaml",
    "rollup.origin_petition_unknown": "{unit} has no petition with ID “{id}”",
    "rollup.origin_not_forwarded": "Petition “{id}” of {unit} is not recorded as forwarded to the level above (competence: level_above)",
    "rollup.origin_duplicate": "Original petition “{id}” already has a record at this level: “{other}”",
    "rollup.no_such_unit": "There is no unit “{unit}”. Units: {units}",
    "petition_state.waiting": "not answered yet",
    "petition_state.answered": "answered at the session",
    "petition_state.in_progress": "being resolved",
    "petition_state.replied": "replied in writing, being resolved",
    "petition_state.resolved": "resolved",
    "petition_state.reopened": "the citizen disagrees, being resolved again",
    "petition_state.declined": "declined (with a reason)",
    "petition_state.to_forward": "for another body, not forwarded yet",
    "petition_state.forwarded": "forwarded, waiting for the reply",
    "petition_state.reply_received": "reply received from the body it was forwarded to",
    "petition_state.not_recorded": "no record at the level above yet",
    "cli.opt.unit": "Only this unit (path or name, accents optional); repeat to choose several",
    "cli.check.opt_all": "List every obligation (by default a roll-up prints the summary and the most urgent ones)",
    "cli.check.linked_up": "level above ({unit}): {state}",
    "cli.check.linked_up_id": "level above ({unit}, {id}): {state}",
    "cli.check.linked_down": "forwarded by ({unit}, {id}): {state}",
    "cli.check.summary_title": "SUMMARY BY UNIT ({units} units, {rows} obligations)",
    "cli.check.col_unit": "Unit",
    "cli.check.col_total": "Total",
    "cli.check.total_row": "Total",
    "cli.check.urgent_title": "{shown} MOST URGENT (of {count} overdue or due soon)",
    "cli.check.more": "{count} more: add --all to list them all, --unit for one unit, --json for everything.",
    "cli.check.links_title": "PETITIONS FORWARDED UP BY THE UNITS ({count})",
    "cli.check.link_item": "{unit} — {id}: {state} → level above: {upper}",
    "cli.validate.unit_line": "  {unit}: {errors} errors, {breaches} breaches, {warnings} warnings ({files} files)",
    "cli.progress": "Reading records",
    "cli.report.help": (
        "The year's dialogue figures — the same figures as the annual report (tiepxuc render "
        "report): sessions by kind and format, participants, petitions by field, answered at the "
        "session, declined, resolution (on time, late, within deadline, overdue), median time to "
        "resolve, repeated concerns, forwarded petitions. In a roll-up repository: one row per "
        "unit and a total row."
    ),
    "cli.report.short": "The year's dialogue figures (each unit and the total)",
    "cli.report.arg_year": "Year, e.g. 2024",
    "cli.report.opt_json": "Print JSON: every figure of each unit and of the total",
    "cli.report.opt_as_of": "Count up to this day (day/month/year); by default 31 December of the year, or today if the year is not over",
    "cli.report.issued_note": "Note: {unit} issued its annual report no. {number} on {date} ({id}); that document keeps the figures it was issued with, the figures above follow the records as they are now.",
    "cli.report.title": "DIALOGUE FIGURES {year} (as of {date})",
    "cli.report.col_figure": "Figure",
    "cli.report.col_value": "Value",
    "cli.report.sessions": "Sessions held",
    "cli.report.sessions_value": "{count} (minimum {needed})",
    "cli.report.by_kind": "by kind",
    "cli.report.by_format": "by format",
    "cli.report.participants": "Participants",
    "cli.report.petitions": "Petitions",
    "cli.report.field_value": "{total} (answered at the session {answered}; assigned or forwarded {handled})",
    "cli.report.on_time_share": "{count} ({percent}% of those resolved)",
    "cli.report.answered": "Answered at the session",
    "cli.report.declined": "Declined by the chair (with reasons)",
    "cli.report.forwarded": "For the level above or another agency",
    "cli.report.assigned": "Petitions assigned after the session",
    "cli.report.res_done_on_time": "resolved on time",
    "cli.report.res_done_late": "resolved late",
    "cli.report.res_within": "open, within deadline",
    "cli.report.res_overdue": "overdue, not resolved",
    "cli.report.median": "Median time to resolve",
    "cli.report.median_value": "{days} working days",
    "cli.report.repeated": "Concerns raised repeatedly",
    "cli.report.notices": "Conclusion notices",
    "cli.report.col_sessions": "Sessions",
    "cli.report.col_participants": "Participants",
    "cli.report.col_petitions": "Petitions",
    "cli.report.col_answered": "Answered at session",
    "cli.report.col_declined": "Declined",
    "cli.report.col_forwarded": "Level above, other",
    "cli.report.col_done_on_time": "Resolved on time",
    "cli.report.col_done_late": "Resolved late",
    "cli.report.col_within": "Open",
    "cli.report.col_overdue": "Overdue",
    "cli.report.col_median": "Median (days)",
    "cli.report.col_repeated": "Repeated",
    "cli.report.col_notices": "Conclusion notices",
    "cli.report.table_petitions": "Sessions and petitions",
    "cli.report.table_resolution": "Resolution of the petitions assigned after the sessions",
    "cli.report.total_row": "Total",
    "cli.report.rollup_note": "Median: working days to resolve a petition; the total row counts every resolved petition of the units. The on-time share is of the petitions resolved; percentages only from 5 cases up.",
    "cli.plan.help": "The yearly dialogue plan: how it is being carried out (drafting the plan: tiepxuc new-plan).",
    "cli.plan.short": "The yearly plan: is the minimum of sessions reached",
    "cli.plan_status.help": (
        "Each unit's yearly minimum of dialogue sessions (and of thematic sessions, where the "
        "profile asks for them): needed, held, scheduled, and the state: met, scheduled enough, "
        "at risk (invitations can still go out in time), missed. Exits with status 1 when a unit "
        "is at risk or has missed it."
    ),
    "cli.plan_status.short": "The yearly minimum of sessions: met, scheduled, at risk, missed",
    "cli.plan_status.opt_json": "Print JSON (each unit, each requirement)",
    "cli.plan_status.opt_exit_zero": "Always exit with status 0, even when a unit is at risk or missed",
    "cli.plan_status.title": "YEARLY MINIMUM OF DIALOGUE SESSIONS {year} (as of {date})",
    "cli.plan_status.col_kind": "Requirement",
    "cli.plan_status.col_needed": "Minimum",
    "cli.plan_status.col_held": "Held",
    "cli.plan_status.col_scheduled": "Scheduled",
    "cli.plan_status.col_state": "State",
    "cli.plan_status.col_note": "Note",
    "cli.plan_status.kind_yearly_minimum": "Sessions in the year",
    "cli.plan_status.kind_yearly_thematic": "Thematic sessions",
    "cli.plan_status.note_at_risk": "{missing} more needed; send the invitations by {date}",
    "cli.plan_status.note_missed": "{missing} short",
    "cli.plan_status.note_none": "no plan or session recorded for {year}",
    "cli.plan_status.summary": "{units} units: {met} met, {scheduled} scheduled enough, {at_risk} at risk, {missed} missed",
    "plan_state.met": "met",
    "plan_state.scheduled": "scheduled enough",
    "plan_state.at_risk": "at risk",
    "plan_state.missed": "missed",
    "plan_state.no_records": "no records",
    "render.opt_unit": "Annual report of a roll-up repository: include only this unit (path or name, accents optional); repeat to choose several",
    "render.unit_only_report": "--unit only applies to the annual report (report) of a roll-up repository",
    "calendar.package_basis": "Labour Code 2019, Art. 111, 112 (expected calendar from the holidays package {version})",
    "calendar.makeup": "Make-up working day",
    "calendar.weekend": "Weekly rest day",
    "calendar.weekend_basis": "Decision 188/1999/QĐ-TTg on the 40-hour working week",
    "calendar.next_year_unconfirmed": (
        "The {year} holiday calendar is not confirmed by an official notice yet; deadlines in "
        "{year} use the expected calendar. When the notice comes, record it in {file} "
        "(confirmed, days_off, working_days)"
    ),
}

MESSAGES.update(FIELDS)
for _part in (INPUT, PRIVACY, SAFETY, CONVERSATION, WEB, IMPORT, XLSX, PUBLISH):
    MESSAGES.update(_part)
