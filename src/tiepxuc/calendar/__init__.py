"""The working-day calendar of state and Party offices, and counting in working days.

A working day is Monday to Friday, minus public holidays and announced days off, plus announced
make-up working days. Three layers, each winning over the one before:

1. the ``holidays`` package (statutory holidays, Bộ luật Lao động 2019, Điều 112, and the
   make-up of a holiday falling on a weekend);
2. ``official.yaml`` shipped beside this module: each year's notices, day by day, with the
   document that announced them, including what the package lacks (2026: the swap of
   2 January for Saturday 10 January);
3. the unit repository's own ``calendar.yaml``.

Counting follows Bộ luật Dân sự 2015, Điều 147-148: the day of the event is not counted; "N
working days after X" is the N-th working day after X. The working days of the whole range
are indexed once, so each deadline is a lookup, never a walk day by day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from typing import NamedTuple
from importlib.resources import files

from tiepxuc.clock import VIETNAM, today_in_vietnam  # noqa: F401  (part of this module's API)
from tiepxuc.messages import t

CALENDAR_FILE = "calendar.yaml"
_PAD_YEARS = 1  # the year after the last record: deadlines run into it (more is added lazily)


class DayKind(StrEnum):
    WEEKEND = "weekend"
    DAY_OFF = "day_off"  # a holiday or an announced day off on a weekday
    MAKEUP = "makeup"  # a weekend day worked to make up for a day off


@dataclass(frozen=True)
class SpecialDay:
    day: date
    kind: DayKind
    name: str
    basis: str
    source: str  # "package", "official" or "repository"


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    name: str
    basis: str


@dataclass
class CalendarLayer:
    """Days off and working days from one file (the shipped one or a repository's)."""

    days_off: list[CalendarEntry]
    working_days: list[CalendarEntry]
    confirmed: dict[int, str]  # year → the documents that confirm it


def parse_layer(data: dict) -> CalendarLayer:
    """A layer from checked calendar data (see records.models.CalendarFile)."""
    from tiepxuc.records.models import CalendarFile

    model = data if isinstance(data, CalendarFile) else CalendarFile.model_validate(data)
    return CalendarLayer(
        days_off=[CalendarEntry(d.date, d.name, d.basis) for d in model.days_off],
        working_days=[CalendarEntry(d.date, d.name, d.basis) for d in model.working_days],
        confirmed={c.year: c.basis for c in model.confirmed},
    )


@cache
def official_layer() -> CalendarLayer:
    """The shipped calendar. Trusted data (the tests check it against the CalendarFile model),
    read without pydantic so that `tiepxuc deadline` starts quickly."""
    import yaml

    text = files("tiepxuc.calendar").joinpath("official.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return CalendarLayer(
        days_off=[CalendarEntry(d["date"], d["name"], d["basis"]) for d in data["days_off"]],
        working_days=[CalendarEntry(d["date"], d["name"], d["basis"])
                      for d in data["working_days"]],
        confirmed={c["year"]: c["basis"] for c in data["confirmed"]},
    )


@cache
def _package(years: tuple[int, ...]) -> tuple[tuple[tuple[date, str], ...], tuple[date, ...]]:
    """(holidays with their Vietnamese names, weekend days worked) from the package. Kept in
    the user's cache folder for the package's version: importing it takes a quarter of a
    second, more than the rest of a small unit's run."""
    from tiepxuc import cache

    key = f"days-1:{holidays_version()}:{','.join(map(str, years))}"  # what is kept, its form
    kept = cache.user_read("holidays-vn", key)
    if kept is not None:
        return kept
    import holidays

    vn = holidays.country_holidays("VN", years=years, language="vi")
    worked = sorted(d for d in getattr(vn, "weekend_workdays", ()) if d.year in years)
    found = tuple(sorted(vn.items())), tuple(worked)
    cache.user_write("holidays-vn", key, found)
    return found


def _package_days(first: int, last: int) -> tuple[tuple[date, str], ...]:
    return _package(tuple(range(first, last + 1)))[0]


def _package_workdays(first: int, last: int) -> tuple[date, ...]:
    return _package(tuple(range(first, last + 1)))[1]


def holidays_version() -> str:
    from importlib.metadata import version

    return version("holidays")


class Step(NamedTuple):
    """One day passed while counting working days (WorkCalendar.steps)."""

    day: date
    number: int | None  # its number when counted, None when it is not a working day
    reason: "SpecialDay | None"  # why it is not counted
    makeup: "SpecialDay | None"  # a weekend day worked instead of a day off


class WorkCalendar:
    """Working days over a range of years, indexed once."""

    def __init__(self, first_year: int, last_year: int,
                 repository: CalendarLayer | None = None) -> None:
        self.repository = repository
        self._build(first_year, last_year)

    # ------------------------------------------------------------ building the index

    def _build(self, first_year: int, last_year: int) -> None:
        self.first_year, self.last_year = first_year, last_year
        special: dict[date, SpecialDay] = {}
        # Years the shipped file confirms are complete there, day by day: the package is only
        # asked (and imported) for the others.
        shipped = official_layer().confirmed
        expected = tuple(y for y in range(first_year, last_year + 1) if y not in shipped)
        if expected:
            basis = t("calendar.package_basis", version=holidays_version())
            days, worked = _package(expected)
            for day, name in days:
                if day.weekday() < 5:
                    special[day] = SpecialDay(day, DayKind.DAY_OFF, name, basis, "package")
            for day in worked:
                special[day] = SpecialDay(day, DayKind.MAKEUP, t("calendar.makeup"), basis,
                                          "package")
        for layer, source in ((official_layer(), "official"), (self.repository, "repository")):
            if layer is None:
                continue
            for entry in layer.days_off:
                if entry.day.weekday() < 5:
                    special[entry.day] = SpecialDay(entry.day, DayKind.DAY_OFF, entry.name,
                                                    entry.basis, source)
                else:  # a day off on a weekend changes nothing, except undoing a make-up day
                    special.pop(entry.day, None)
            for entry in layer.working_days:
                if entry.day.weekday() >= 5:
                    special[entry.day] = SpecialDay(entry.day, DayKind.MAKEUP, entry.name,
                                                    entry.basis, source)
                else:  # a weekday declared worked: it is no longer a day off
                    special.pop(entry.day, None)
        self.special = special
        start, end = date(first_year, 1, 1), date(last_year, 12, 31)
        self._low, self._high = start.toordinal(), end.toordinal()
        self._working = [o for o in range(self._low, self._high + 1)
                         if self._works(date.fromordinal(o))]

    def _works(self, day: date) -> bool:
        entry = self.special.get(day)
        if entry is not None:
            return entry.kind == DayKind.MAKEUP
        return day.weekday() < 5

    def _cover(self, *days: date) -> None:
        """Widen the index when a question reaches beyond it (rare: rebuilt once)."""
        ordinals = [d.toordinal() for d in days]
        if min(ordinals) >= self._low and max(ordinals) <= self._high:
            return
        low = min(d.year for d in days)
        high = max(d.year for d in days)
        self._build(min(low, self.first_year), max(high, self.last_year))

    # ------------------------------------------------------------ questions

    def is_working_day(self, day: date) -> bool:
        self._cover(day)
        return self._works(day)

    def why_not_working(self, day: date) -> SpecialDay | None:
        """The reason a day is off (weekend or named day), or None on a working day."""
        if self.is_working_day(day):
            return None
        return self.special.get(day) or SpecialDay(
            day, DayKind.WEEKEND, t("calendar.weekend"), t("calendar.weekend_basis"), "law")

    def shift(self, day: date, count: int) -> date:
        """The count-th working day after ``day`` (count > 0) or before it (count < 0).

        ``day`` itself is never counted, whether or not it is a working day.
        """
        if count == 0:
            return day
        ordinal = day.toordinal()
        reach = ordinal + count * 2 + (30 if count > 0 else -30)  # generous: holidays, weekends
        if not (self._low <= ordinal <= self._high and self._low <= reach <= self._high):
            self._cover(day, date.fromordinal(reach))
        while True:
            if count > 0:
                index = bisect_right(self._working, ordinal) + count - 1
                if index < len(self._working):
                    return date.fromordinal(self._working[index])
                self._build(self.first_year, self.last_year + 2)
            else:
                index = bisect_left(self._working, ordinal) + count
                if index >= 0:
                    return date.fromordinal(self._working[index])
                self._build(self.first_year - 2, self.last_year)

    def steps(self, day: date, count: int) -> list["Step"]:
        """How ``shift(day, count)`` is counted, day by day: each day passed, with its number
        when it is counted and the reason when it is not (`tiepxuc deadline --explain`, the
        web app's petition page)."""
        step = 1 if count > 0 else -1
        out: list[Step] = []
        current, counted = day, 0
        while counted < abs(count):
            current += timedelta(days=step)
            reason = self.why_not_working(current)
            if reason is None:
                counted += 1
            out.append(Step(current, counted if reason is None else None, reason,
                            self.special.get(current) if reason is None else None))
        return out

    def count_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.count_between(end, start)
        low, high = start.toordinal(), end.toordinal()
        if low < self._low or high > self._high:  # (asked 100,000 times a run: checked inline)
            self._cover(start, end)
        return bisect_right(self._working, high) - bisect_right(self._working, low)

    def days_of(self, year: int) -> list[SpecialDay]:
        """The weekdays off and the weekend days worked in ``year``."""
        self._cover(date(year, 1, 1), date(year, 12, 31))
        return sorted((s for s in self.special.values() if s.day.year == year),
                      key=lambda s: s.day)

    def confirmed(self, year: int) -> str | None:
        """The documents that confirm ``year``'s calendar, or None while it is only expected."""
        for layer in (self.repository, official_layer()):
            if layer is not None and year in layer.confirmed:
                return layer.confirmed[year]
        return None

    def unconfirmed_warning(self, today: date) -> str | None:
        """From December on, a warning when next year's calendar is not confirmed yet."""
        if today.month == 12 and self.confirmed(today.year + 1) is None:
            return t("calendar.next_year_unconfirmed", year=today.year + 1, file=CALENDAR_FILE)
        return None


def for_years(first: int, last: int, layer: CalendarLayer | None = None) -> WorkCalendar:
    return WorkCalendar(first, last + _PAD_YEARS, layer)
