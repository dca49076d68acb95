"""Seals: the fingerprint of an issued record's content.

Issuing a plan, minutes, conclusion notice or report stores ``seal: sha256:…`` of the record's
content (what was written in it, in canonical JSON; comments and layout do not count). Any later
change to that content breaks the seal; a correction is a new record that ``supersedes`` it.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel

PREFIX = "sha256:"


def fingerprint(model: BaseModel) -> str:
    data = model.model_dump(mode="json", exclude_unset=True, exclude={"seal"})
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def intact(model: BaseModel) -> bool:
    seal = getattr(model, "seal", None)
    return seal is None or seal == fingerprint(model)
