"""Today's date in Vietnam, whatever the machine's time zone (kept apart from the calendar so
that showing cached results does not load it)."""

from datetime import date, datetime, timedelta, timezone

# Vietnam has kept UTC+7 without daylight saving since 1975: no time-zone database needed.
VIETNAM = timezone(timedelta(hours=7), "ICT")


def today_in_vietnam() -> date:
    return datetime.now(VIETNAM).date()
