"""Rules about citizens' personal data in the shared repository; registered like rules/checks.py.

A unit that keeps its citizens' contact details out of the shared repository says so in
tiepxuc.yaml (``privacy: {contacts: private}``): the details then live in the git-ignored file
private/contacts.yaml, and a record that still holds some is reported. Which fields hold contact
details is read from the markers on the record models (privacy.personal_fields).
"""

from __future__ import annotations

from collections.abc import Iterator

from tiepxuc.diagnostics import Severity
from tiepxuc.messages import phrase
from tiepxuc.rules.spec import Context, Finding, rule


@rule("PRIVACY-CONTACT-IN-REPO", Severity.WARNING)
def contacts_out_of_the_shared_repository(ctx: Context) -> Iterator[Finding]:
    """With ``privacy.contacts: private``, no record holds a citizen's address, phone, ID
    number or e-mail: neither in the fields for them nor in the free text."""
    from tiepxuc import privacy

    if not privacy.keeps_contacts_private(ctx.repo.unit):
        return
    for record in ctx.repo.records:
        if record.model is not None:
            for path, name in privacy.marked_paths(record.model, "contact"):
                yield Finding(record, path, "rule.PRIVACY-CONTACT-IN-REPO.field",
                              {"field": privacy.dotted(path), "label": phrase(f"privacy.field.{name}"),
                               "file": privacy.CONTACTS_FILE.as_posix()})
        for found in privacy.scan_record(record, precise=False):
            yield Finding(record, found.loc, "rule.PRIVACY-CONTACT-IN-REPO.text",
                          {"field": found.field, "kind": phrase(f"privacy.kind.{found.kind}")})
