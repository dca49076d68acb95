"""Every rule a user can see, in one explicit list: ID, severity, where it is checked.

The regulation rules are functions marked with ``@rule`` (rules/spec.py) in checks.py,
conduct_checks.py, input_checks.py and privacy_checks.py; they run in the order listed here.
The structural rules are checked while loading the records, the roll-up rules across a
province's units, the audit rules against the git history: they are listed so that
``tiepxuc rules`` and ``tiepxuc explain`` know every ID.
"""

from __future__ import annotations

from tiepxuc.diagnostics import Severity
from tiepxuc.rules import checks, conduct_checks, input_checks, privacy_checks
from tiepxuc.rules.spec import RuleSpec

E, W = Severity.ERROR, Severity.WARNING

# Checked by the loader (records/yamlio.py, records/check.py, repo.py).
LOADING = (
    ("FILE-UNREADABLE", E), ("FILE-TOO-LARGE", E), ("MERGE-CONFLICT", E), ("YAML-SYNTAX", E),
    ("YAML-NESTING", E), ("YAML-ALIAS", E), ("YAML-DUPLICATE-KEY", E), ("YAML-UNQUOTED", W),
    ("KEY-UNKNOWN", E), ("FIELD-MISSING", E), ("VALUE-INVALID", E), ("DATE-INVALID", E),
    ("ID-DUPLICATE", E), ("ID-FILENAME", W), ("PROFILE-UNKNOWN", E), ("OVERRIDE-INVALID", E),
)

# The regulation rules, run by `tiepxuc validate` (rules/engine.py).
REGULATION = (
    checks.chair_is_head_in_office,
    checks.deputy_has_written_delegation,
    checks.chairs_match_kind,
    conduct_checks.deputy_not_beside_head,
    conduct_checks.secretary_appointed,
    checks.plan_issued_in_time,
    checks.plan_has_minimum,
    checks.plan_has_thematic,
    checks.year_reached_minimum,
    checks.year_held_thematic,
    checks.held_in_preferred_months,
    checks.duration_half_to_full_day,
    checks.agenda_in_prescribed_order,
    conduct_checks.invitation_complete,
    checks.refusal_has_allowed_reason,
    checks.deferral_has_reason_and_basis,
    checks.answer_says_who_and_what,
    checks.forwarded_names_receiver,
    checks.petition_not_left_behind,
    conduct_checks.extension_reply_complete,
    checks.no_district_after_reform,
    checks.dates_in_order,
    checks.acts_not_in_the_future,
    checks.document_numbers_unique,
    checks.references_exist,
    input_checks.references_do_not_loop,
    checks.invitation_in_time,
    checks.conclusion_in_time,
    checks.resolution_in_time,
    checks.report_in_time,
    checks.calendar_consistent,
    checks.sealed_records_unchanged,
    privacy_checks.contacts_out_of_the_shared_repository,
)

# Checked across a roll-up's units (rollup.py).
ROLLUP = (
    ("ROLLUP-UNIT-MISSING", E), ("ROLLUP-UNIT-OUTSIDE", E), ("ROLLUP-ORIGIN-UNKNOWN", E),
    ("ROLLUP-ORIGIN-NOT-FORWARDED", W), ("ROLLUP-ORIGIN-DUPLICATE", W),
)

# Checked by `tiepxuc audit` against the git history (audit/report.py).
AUDIT = (("AUDIT-SEAL-CHANGED", E), ("AUDIT-BACKDATED", E), ("AUDIT-DELETED", W))

RULES: dict[str, RuleSpec] = {
    **{rule_id: RuleSpec(rule_id, severity) for rule_id, severity in LOADING},
    **{check.spec.id: check.spec for check in REGULATION},
    **{rule_id: RuleSpec(rule_id, severity, stage="rollup") for rule_id, severity in ROLLUP},
    **{rule_id: RuleSpec(rule_id, severity, stage="audit") for rule_id, severity in AUDIT},
}
