"""Value types shared by the record models, each with its own clear error."""


import calendar
import re
import unicodedata
from datetime import date, datetime, time
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_TIME = re.compile(r"(\d{1,2})(?::|h|g)(\d{2})?")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _to_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DATE.fullmatch(text)
    if match is None:
        dmy = _DMY.fullmatch(text)
        suggestion = f"{dmy[3]}-{int(dmy[2]):02d}-{int(dmy[1]):02d}" if dmy else ""
        raise PydanticCustomError(
            "date_format", "date must be YYYY-MM-DD", {"value": text, "suggestion": suggestion}
        )
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise PydanticCustomError("date_month", "no such month", {"value": text, "month": month})
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise PydanticCustomError(
            "date_day", "no such day",
            {"value": text, "month": month, "year": year, "last": last},
        )
    return date(year, month, day)


def _to_time(value: object) -> time:
    if isinstance(value, time):
        return value
    text = str(value).strip().lower()
    match = _TIME.fullmatch(text)
    if match is not None:
        hour, minute = int(match[1]), int(match[2] or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise PydanticCustomError("time_format", "time must be HH:MM", {"value": str(value)})


def _nfc(value: str) -> str:
    value = value.strip()
    if not value:
        raise PydanticCustomError("text_empty", "text must not be empty")
    return unicodedata.normalize("NFC", value)


def _record_id(value: object) -> str:
    text = str(value).strip()
    if not _ID.fullmatch(text):
        raise PydanticCustomError("id_format", "bad record id", {"value": text})
    return text


Date = Annotated[date, BeforeValidator(_to_date)]
Time = Annotated[
    time,
    BeforeValidator(_to_time),
    WithJsonSchema({"type": "string", "pattern": r"^([01]?\d|2[0-3]):[0-5]\d$"}),
]
Text = Annotated[str, AfterValidator(_nfc)]
RecordId = Annotated[
    str,
    BeforeValidator(_record_id),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}),
]
Phone = Annotated[str, AfterValidator(_nfc), Field(pattern=r"^\+?[0-9][0-9 .]{5,19}$")]
IdNumber = Annotated[str, AfterValidator(_nfc), Field(pattern=r"^([0-9]{9}|[0-9]{12})$")]
