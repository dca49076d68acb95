"""Today's date in Vietnam, whatever the machine's time zone (kept apart from the calendar so
that showing cached results does not load it)."""

import re
from datetime import date, datetime, timedelta, timezone

# Vietnam has kept UTC+7 without daylight saving since 1975: no time-zone database needed.
VIETNAM = timezone(timedelta(hours=7), "ICT")


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM).date()


_TYPED_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_typed_date(value: str | None, option: str) -> date | None:
    """A date typed by hand: day/month/year as offices write it (“12/06/2026”, “12/6/2026”,
    “12.6.2026”, “12-06-2026”) or year-month-day (“2026-06-12”). A day or month that does not
    exist is said plainly (the caller asks again)."""
    if value is None:
        return None
    text = str(value).strip()
    dmy = _TYPED_DMY.fullmatch(text)
    parts = (dmy[3], dmy[2], dmy[1]) if dmy else text.split("-")
    if (len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts)
            and len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2):
        try:  # (a day that exists: no need to load the record types to say what is wrong)
            return date(*(int(p) for p in parts))
        except ValueError:
            pass
    from pydantic_core import PydanticCustomError

    from tiepxuc.errors import TiepxucError
    from tiepxuc.messages import t, typed
    from tiepxuc.records.types import _to_date

    try:
        return _to_date(f"{dmy[3]}-{int(dmy[2]):02d}-{int(dmy[1]):02d}" if dmy else text)
    except PydanticCustomError as exc:
        if exc.type in ("date_month", "date_day"):
            message = t(f"check.{exc.type}", field=option, **{**exc.context, "value": text})
            if dmy:
                message += t("cli.date_dmy_order")
            raise TiepxucError(message) from None
        raise TiepxucError(t("cli.bad_date", option=option, value=typed(value))) from None
