"""What a rule is: its ID, severity and the profile parameter giving its value and basis
(RuleSpec), what it finds (Finding) and what it reads (Context). Rules are plain functions over
the records, marked with ``@rule``; rules/catalogue.py lists them all, explicitly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tiepxuc.diagnostics import Severity
from tiepxuc.messages import phrase
from tiepxuc.repo import Record, Repository
from tiepxuc.rules.profiles import Profile


@dataclass
class Finding:
    record: Record
    loc: tuple
    key: str
    values: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False
    severity: Severity | None = None  # None: the rule's own severity
    # The days it holds on (inclusive; None: open-ended), so that the findings of any day
    # follow from one run of the rules: a breach from the day after the deadline, a session's
    # missing minutes from the day it is held. Measured against the day asked about, or for
    # "today" against the real today (a date in the future), which the message then names.
    since: date | None = None
    until: date | None = None
    clock: str = "as_of"


Check = Callable[["Context"], Iterable[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    id: str
    severity: Severity
    param: str | None = None  # profile parameter giving the value and the basis
    check: Check | None = None  # None: checked while loading the records (or by the audit)
    # "validate"; "rollup" for the checks across a roll-up's units; "audit" for the checks
    # against the git history
    stage: str = "validate"

    def basis(self, profile: Profile) -> str:
        return str(self.cited(profile))

    def cited(self, profile: Profile):
        """The basis, worded when shown (a text or a messages.Phrase)."""
        if self.param is not None:
            return profile.basis[self.param]
        return phrase(f"rule.{self.id}.basis", plan=profile.citation)


def rule(rule_id: str, severity: Severity, param: str | None = None) -> Callable[[Check], Check]:
    """Marks a check with its rule (``check.spec``); the catalogue lists the checks."""
    def decorate(check: Check) -> Check:
        check.spec = RuleSpec(rule_id, severity, param, check)
        return check
    return decorate


@dataclass
class Context:
    """What the rules read. They never read the day asked about: what depends on it is said by
    a finding's ``since``/``until``. ``horizon`` is the last day the findings are asked for: the
    yearly obligations are counted up to its year."""

    repo: Repository
    profile: Profile
    horizon: date
    _obligations: list | None = field(default=None, repr=False)

    def value(self, param: str) -> Any:
        return self.profile.value(param)

    def session_index(self) -> dict[str, Record]:
        return {r.model.id: r for r in self.repo.sessions}

    def obligations(self) -> list:
        """Every obligation with its due date, computed once for all the rules that read them."""
        if self._obligations is None:
            from tiepxuc.deadlines import obligations

            self._obligations = obligations(self.repo, self.profile, self.horizon)
        return self._obligations
