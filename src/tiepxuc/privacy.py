"""What is citizens' personal data, and how the public version of a document hides it.

Personal data of a petitioner: the name (reduced to initials), the phone number, the ID number
and the address (removed). Free text may repeat them, so it is scanned too: the petitioner's
known name, phone-like and ID-like digit runs, and house numbers. Officials' names (chairs,
signers) and organisations are not personal data here and stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

from tiepxuc.messages import t_vi

# 9-12 digit ID numbers and 9-11 digit phone numbers, possibly grouped with spaces or dots.
_PHONE_OR_ID = re.compile(r"(?<![\d/])(\+?84|0)?(?:[\s.]?\d){8,11}(?![\d/])")
_ID_NUMBER = re.compile(r"(?<!\d)\d{9}(?:\d{3})?(?!\d)")
# "số nhà 14", "Số 14, ngõ 21", "số 3/15 đường …": a house number, not "tổ dân phố số 5".
_HOUSE = re.compile(
    r"(?i)\b(số nhà|nhà số)\s*\d+[a-z]?(?:/\d+)*"
    r"|\bsố\s*\d+[a-z]?(?:/\d+)*(?=\s*,?\s*(ngõ|ngách|hẻm|kiệt|đường|phố|khu|thôn|xóm))"
)


def initials(name: str) -> str:
    """“Nguyễn Văn Khánh” → “N.V.K.” (the letters keep their case, Đ stays Đ)."""
    parts = [p for p in re.split(r"\s+", name.strip()) if p]
    return "".join(unicodedata.normalize("NFC", p)[0].upper() + "." for p in parts)


def redact(text: str, names: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` without the given citizens' names (initials instead), phone and ID numbers, or
    house numbers."""
    hidden = t_vi("doc.hidden")
    for name in sorted({n for n in names if n and n.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(name.strip()), initials(name), text, flags=re.IGNORECASE)
    text = _HOUSE.sub(hidden, text)
    text = _PHONE_OR_ID.sub(lambda m: (" " if m.group(0)[0].isspace() else "") + hidden, text)
    return _ID_NUMBER.sub(hidden, text)


def contains_personal_data(text: str, names: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What a checker finds in ``text`` (used by the tests of public documents)."""
    found = [n for n in names if n and n.casefold() in text.casefold()]
    found += [m.group(0) for m in _PHONE_OR_ID.finditer(text)]
    found += [m.group(0) for m in _HOUSE.finditer(text)]
    return found
