"""Facts about a unit that rules, deadlines and documents all need, each defined once.

(What a repository says about itself, as opposed to what the rules require of it.)
"""

from __future__ import annotations

from tiepxuc.messages import t_vi


def unit_phrase(name: str) -> str:
    """The unit's name inside a sentence: “Phường Dĩnh Kế” → “phường Dĩnh Kế”."""
    from tiepxuc.scaffold import unit_phrase as phrase

    return phrase(name)


def plan_citation(repo) -> str:
    """The unit's own yearly plan, as a rule's legal basis cites it: “Kế hoạch số 25-KH/ĐU ngày
    15/01/2024 của Đảng ủy phường Dĩnh Kế” (its latest issued plan), or the unit's yearly plan
    in general while none is issued."""
    unit = repo.unit
    where = unit_phrase(unit.name) if unit is not None else ""
    issued = sorted((r.model for r in repo.plans if r.model.number and r.model.date),
                    key=lambda plan: plan.year)
    if issued:
        plan = issued[-1]
        return t_vi("doc.plan_citation", number=plan.number,
                    date=plan.date.strftime("%d/%m/%Y"),
                    body=t_vi(f"doc.body_short.{plan.issuer.value}"), unit=where).strip()
    issuer = "party"
    if unit is not None and unit.profile:
        from tiepxuc.rules.profiles import load_profile

        issuer = load_profile(unit.profile)[0].issuer
    return t_vi("doc.plan_citation_any", body=t_vi(f"doc.body_short.{issuer}"), unit=where).strip()
