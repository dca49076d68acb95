"""`tiepxuc audit`: the records compared with their git history.

- a sealed (issued) record changed after it was sealed, or its seal rewritten or removed — and
  a record that a sealed document shows (a petition in sealed minutes or a sealed notice)
  changed after the document was sealed;
- back-dating: an act recorded as done on time that entered the repository only after its
  deadline (a notice "issued on time" but committed after the deadline), an error; and any
  act whose recorded date is well before the commit that recorded it, even one recorded as
  late, a warning (the profile's ``backdate_tolerance``);
- a record file deleted from the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tiepxuc.audit.history import Chain, histories
from tiepxuc.audit.seal import fingerprint
from tiepxuc.deadlines import Kind, obligations
from tiepxuc.diagnostics import Diagnostic, Severity, sort_diagnostics
from tiepxuc.messages import t
from tiepxuc.records import yamlio
from tiepxuc.records.check import check_record
from tiepxuc.records.models import RECORD_MODELS
from tiepxuc.layout import RECORD_FOLDERS, UNIT_FILE
from tiepxuc.repo import Repository
from tiepxuc.rules.catalogue import RULES
from tiepxuc.rules.engine import active_profile

# Which recorded act shows an obligation done, and where it is written in the record.
_FACTS = {
    Kind.INVITATION: ("invitation", "date"),
    Kind.CONCLUSION: ("date",),
    Kind.RESOLUTION: ("resolution", "date"),
    Kind.FORWARD: ("forwarded", "date"),
    Kind.PLAN: ("date",),
    Kind.ANNUAL_REPORT: ("date",),
}


@dataclass
class _Commit:
    short: str
    author: str
    day: date

    @classmethod
    def of(cls, version) -> "_Commit":
        return cls(version.commit[:7], version.author, version.day)


def _model(kind: str, version):
    if version.text is None:
        return None
    try:
        doc = yamlio.parse(version.text)
    except yamlio.YamlProblem:
        return None
    return check_record(RECORD_MODELS[kind], doc, Path(version.path)).model


def _kind_of(path: str) -> str | None:
    folder = path.split("/", 1)[0]
    return RECORD_FOLDERS.get(folder)


def _diag(repo: Repository, path: str, line: int, rule: str, key: str,
          severity: Severity | None = None, **values) -> Diagnostic:
    spec = RULES[rule]
    return Diagnostic(repo.root / path, line, 1, rule, severity or spec.severity,
                      t(key, **values), t(f"rule.{rule}.basis"))


def _seals(repo: Repository, chain: Chain, kind: str) -> list[Diagnostic]:
    found = []
    sealed_with = None
    for version in chain.versions:
        if sealed_with is None and (version.text is None or "seal:" not in version.text):
            continue  # not issued yet: no need to read the record
        model = _model(kind, version)
        if sealed_with is None:
            if model is not None and getattr(model, "seal", None):
                sealed_with = model.seal
            continue
        commit = _Commit.of(version)
        if version.status == "D":
            continue  # reported as a deletion
        line = 1
        current = repo.by_id().get(getattr(model, "id", None) or "")
        if current is not None:
            line = current.position("seal").line
        if model is None or model.seal != sealed_with:
            found.append(_diag(repo, chain.path, line, "AUDIT-SEAL-CHANGED", "audit.seal_rewritten",
                               commit=commit.short, author=commit.author,
                               date=commit.day.strftime("%d/%m/%Y")))
        elif fingerprint(model) != sealed_with:
            found.append(_diag(repo, chain.path, line, "AUDIT-SEAL-CHANGED", "audit.seal_changed",
                               commit=commit.short, author=commit.author,
                               date=commit.day.strftime("%d/%m/%Y")))
    return found


def _sealings(chains: list[Chain]) -> list[tuple[Chain, str, object, int]]:
    """(chain, kind, model, order) of each document the first time it was sealed with what it
    shows of other records (``sealed:``)."""
    out = []
    for chain in chains:
        kind = _kind_of(chain.path)
        if kind not in ("session", "conclusion"):
            continue
        for version in chain.versions:
            if version.text is None or "sealed:" not in version.text:
                continue
            model = _model(kind, version)
            if model is not None and model.seal and model.sealed is not None:
                out.append((chain, kind, model, version.order))
                break
    return out


def _shown_changed(repo: Repository, chains: list[Chain]) -> list[Diagnostic]:
    """A record that a sealed document shows, changed in a commit after the document was
    sealed (even if changed back later): the sealed document no longer says what it shows."""
    from tiepxuc.audit.seal import shown
    from tiepxuc.repo import Record
    from tiepxuc.rules.checks import document_name

    sealings = _sealings(chains)
    if not sealings:
        return []
    by_record: dict[str, list[Chain]] = {}
    for chain in chains:
        by_record.setdefault(Path(chain.path).stem, []).append(chain)
    found = []
    for document, kind, model, sealed_at in sealings:
        name = str(document_name(Record(kind, Path(document.path), None, model)))
        for other_id, sealed_print in model.sealed.records.items():
            for chain in by_record.get(other_id, []):
                other_kind = _kind_of(chain.path)
                for version in chain.versions:
                    if version.order <= sealed_at or version.status == "D":
                        continue
                    other = _model(other_kind, version)
                    if other is None or shown(kind, Record(other_kind, Path(version.path), None,
                                                           other)) == sealed_print:
                        continue
                    commit = _Commit.of(version)
                    current = repo.by_id().get(other_id)
                    line = current.position("content").line if current is not None else 1
                    found.append(_diag(
                        repo, chain.path, line, "AUDIT-SEAL-CHANGED", "audit.shown_changed",
                        document=name, file=document.path, commit=commit.short,
                        author=commit.author, date=commit.day.strftime("%d/%m/%Y")))
                    break  # the first such commit says it; later ones add nothing
    return found


def _entered(chain: Chain, loc: tuple, value: date) -> _Commit | None:
    """The commit that first wrote ``value`` at ``loc`` in this record."""
    for version in chain.versions:
        data = version.data()
        for part in loc:
            data = data.get(part) if isinstance(data, dict) else None
        if data is not None and str(data) == value.isoformat():
            return _Commit.of(version)
    return None


def _backdated(repo: Repository, chains: dict[str, Chain], as_of: date,
               started: date) -> list[Diagnostic]:
    """Acts entered after their deadline as if on time (an error), and acts entered well after
    the date they are recorded with (a warning, even when recorded as late). Acts dated before
    the repository was started (its first commit) are old records being entered, not
    back-dating."""
    profile, _ = active_profile(repo)
    tolerance = profile.value("backdate_tolerance")
    cal = repo.calendar(as_of.year)
    found = []
    notices = {}
    for record in repo.conclusions:
        if record.model.date is not None:
            notices.setdefault(record.model.session, []).append(record)
    for item in obligations(repo, profile, as_of):
        loc = _FACTS.get(item.kind)
        if loc is None or item.done is None or item.done < started:
            continue
        limit = item.limit or item.due
        record = item.record
        if item.kind == Kind.CONCLUSION:  # the fact is the notice's own date
            record = min(notices.get(item.id, []), key=lambda r: r.model.date, default=None)
            if record is None:
                continue
        chain = chains.get(record.path.relative_to(repo.root).as_posix())
        if chain is None:
            continue
        entered = _entered(chain, loc, item.done)
        if entered is None:
            continue
        position = record.position(*loc)
        values = dict(what=item.title(), done=item.done.strftime("%d/%m/%Y"),
                      due=item.due.strftime("%d/%m/%Y"), commit=entered.short,
                      author=entered.author, entered=entered.day.strftime("%d/%m/%Y"))
        if item.done <= limit < entered.day and limit >= started:
            found.append(_diag(repo, chain.path, position.line, "AUDIT-BACKDATED",
                               "audit.backdated", **values))
        elif entered.day > item.done and cal.count_between(item.done, entered.day) > tolerance:
            found.append(_diag(repo, chain.path, position.line, "AUDIT-BACKDATED",
                               "audit.entered_late", severity=Severity.WARNING,
                               days=cal.count_between(item.done, entered.day), **values))
    return found


def audit(repo: Repository, as_of: date) -> list[Diagnostic]:
    chains = histories(repo.root, [*RECORD_FOLDERS, UNIT_FILE])
    if not chains:
        return []
    started = min(c.versions[0].day for c in chains)
    current = {c.path: c for c in chains if not c.deleted}
    found: list[Diagnostic] = []
    for chain in chains:
        kind = _kind_of(chain.path)
        if kind is None:
            continue
        if chain.deleted and chain.path not in current:  # (a restored file is not missing)
            last = chain.versions[-1]
            found.append(_diag(repo, chain.path, 1, "AUDIT-DELETED", "audit.deleted",
                               commit=last.commit[:7], author=last.author,
                               date=last.day.strftime("%d/%m/%Y")))
        found += _seals(repo, chain, kind)
    found += _shown_changed(repo, chains)
    found += _backdated(repo, current, as_of, started)
    return sort_diagnostics(found)
