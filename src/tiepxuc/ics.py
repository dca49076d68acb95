"""Sessions and every derived deadline as an iCalendar file, for the calendar staff already use.

Each deadline is an all-day event with a reminder some working days before it (counted on the
working-day calendar, so a reminder never falls on Tết). UIDs are stable, so importing the file
again updates the events instead of duplicating them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from tiepxuc.calendar import VIETNAM
from tiepxuc.deadlines import Status, obligations
from tiepxuc.messages import t_vi
from tiepxuc.repo import Repository
from tiepxuc.rules.profiles import Profile

REMINDER_HOUR = time(8, 0)  # reminders at the start of the working day


def _utc(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=VIETNAM).astimezone(timezone.utc)


def build(repo: Repository, profile: Profile, as_of: date, remind: int = 3,
          stamp: datetime | None = None) -> bytes:
    from icalendar import Alarm, Calendar, Event

    cal = repo.calendar(as_of.year)
    stamp = stamp or datetime.now(timezone.utc)
    unit = repo.unit.name if repo.unit else ""
    out = Calendar()
    out.add("prodid", "-//tiepxuc//tiep xuc doi thoai//VI")
    out.add("version", "2.0")
    out.add("x-wr-calname", t_vi("doc.ics_calendar_name", unit=unit))
    for record in repo.sessions:
        session = record.model
        event = Event()
        event.add("uid", f"session-{session.id}@tiepxuc")
        event.add("dtstamp", stamp)
        kind = t_vi(f"enum.SessionKind.{session.kind.value}")
        summary = t_vi("doc.ics_session", kind=kind, topic=session.topic or unit)
        if session.cancelled is not None:
            summary = t_vi("doc.ics_cancelled", summary=summary)
            event.add("status", "CANCELLED")
        event.add("summary", summary)
        if session.start is not None:
            event.add("dtstart", _utc(session.date, session.start))
            end = session.end or (datetime.combine(session.date, session.start)
                                  + timedelta(hours=4)).time()
            event.add("dtend", _utc(session.date, end))
        else:
            event.add("dtstart", session.date)
            event.add("dtend", session.date + timedelta(days=1))
        if session.place:
            event.add("location", session.place)
        out.add_component(event)
    for item in obligations(repo, profile, as_of):
        status = item.status(cal, as_of, remind)
        done = status in (Status.DONE_ON_TIME, Status.DONE_LATE)
        event = Event()
        event.add("uid", f"{item.key}@tiepxuc")
        event.add("dtstamp", stamp)
        prefix = t_vi("doc.ics_done") if done else t_vi("doc.ics_due")
        event.add("summary", f"{prefix}: {item.title()}")
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        lines = [d for d in (item.rule_text(), *item.notes()) if d]
        if item.agency:
            lines.insert(0, t_vi("doc.ics_agency", agency=item.agency))
        lines.append(t_vi("doc.ics_basis", basis=item.basis_text()))
        lines.append(t_vi("doc.ics_record", id=item.id))
        event.add("description", "\n".join(lines))
        event.add("categories", [t_vi(f"status.{status}")])
        if not done and remind > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.title())
            alarm.add("trigger", _utc(cal.shift(item.due, -remind), REMINDER_HOUR))
            event.add_component(alarm)
        out.add_component(event)
    return out.to_ical()
