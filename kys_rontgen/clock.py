"""Finnish time, and the one reading of "now" per build.

`now()` is the only place that reads the clock: from the KYS_NOW environment variable when it
is set (tests, CI, or previewing a coming notice: KYS_NOW="2027-01-10 08:00" make serve),
otherwise the real clock. A build reads it once and passes the value on (Dataset.now):
validation, freshness, pages and notices all see the same moment.
"""
from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
NOW_VARIABLE = "KYS_NOW"


def finnish(value: datetime) -> datetime:
    """A time without a zone is Finnish wall-clock time (summer time included); a zone is kept."""
    return value.replace(tzinfo=HELSINKI) if value.tzinfo is None else value


def parse_finnish_time(text: str) -> datetime:
    """'2027-01-10 07:00', '2027-01-10' (midnight) or '2027-01-10T05:00+00:00' -> an aware
    datetime. Raises ValueError."""
    return finnish(datetime.fromisoformat(text.strip()))


class SettingError(ValueError):
    """A setting (environment variable) with a bad value: its str() is the one line to show."""


def now(environ: dict[str, str] = os.environ) -> datetime:
    text = environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return datetime.now(HELSINKI)
    try:
        return parse_finnish_time(text)
    except ValueError:
        raise SettingError(
            f'{NOW_VARIABLE}={text!r} is not a date and time; write it as {NOW_VARIABLE}="2027-01-10 07:00"'
        ) from None
