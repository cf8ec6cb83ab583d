"""Dates the user writes (date: terms, --since, --until) -> [start, end) days, naive UTC."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .errors import QueryError

#: A date written as a year, a month or a day: the period it names.
PARTIAL_DATE_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
DATE_RANGE_SEP = ".."


def parse_period(value: str) -> tuple[datetime, datetime]:
    """The days a date names, as ``[start, end)`` in naive UTC.

    ``2023`` is the year, ``2023-11`` the month, ``2023-11-09`` the day; anything else
    python-dateutil reads (``9 Nov 2023``, ``11/09/2023``) is that whole day.

    >>> parse_period("2023-11")
    (datetime.datetime(2023, 11, 1, 0, 0), datetime.datetime(2023, 12, 1, 0, 0))
    >>> parse_period("2023-12-31")[1]
    datetime.datetime(2024, 1, 1, 0, 0)
    """
    text = value.strip()
    m = PARTIAL_DATE_RE.match(text)
    try:
        if m:
            y, mo, d = int(m["y"]), m["m"], m["d"]
            if mo is None:
                return datetime(y, 1, 1), datetime(y + 1, 1, 1)
            if d is None:
                start = datetime(y, int(mo), 1)
                return start, (start + timedelta(days=32)).replace(day=1)
            start = datetime(y, int(mo), int(d))
            return start, start + timedelta(days=1)
        from dateutil import parser as dateutil_parser
        day = dateutil_parser.parse(text, default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        raise QueryError(f"unreadable date {value!r} (write it as YYYY-MM-DD, YYYY-MM or YYYY)") from None
    start = datetime.combine(day, datetime.min.time())
    return start, start + timedelta(days=1)


def parse_date_range(spec: str) -> tuple[datetime | None, datetime | None]:
    """``2023-11-01..2023-11-30``, ``2023-11..``, ``..2023-12-31`` or one period -> its
    ``[start, end)``, None for an open end."""
    if not spec:
        raise QueryError("date: needs a date, e.g. date:2023-11-09 or date:2023-11-01..2023-11-30")
    if DATE_RANGE_SEP in spec:
        first, _, last = spec.partition(DATE_RANGE_SEP)
        if not first and not last:
            raise QueryError(f"date range {spec!r} has no dates (e.g. date:2023-11..)")
        start = parse_period(first)[0] if first else None
        end = parse_period(last)[1] if last else None
    else:
        start, end = parse_period(spec)
    if start and end and start >= end:
        raise QueryError(f"date range {spec!r} ends before it starts")
    return start, end


def day_bound(value, *, end: bool) -> datetime | None:
    """--since/--until value (a str dateutil reads, a date or a datetime) -> whole-day bound."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        start = datetime.combine(value, datetime.min.time())
        return start + timedelta(days=1) if end else start
    start, stop = parse_period(str(value))
    return stop if end else start
