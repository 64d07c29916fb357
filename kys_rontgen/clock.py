"""Finnish time, and "now" for everything that depends on the date (notices, review dates).

"Now" comes from the KYS_NOW environment variable when it is set (tests, CI, or previewing a
coming notice: KYS_NOW="2027-01-10 08:00" make serve), otherwise from the real clock.
"""
from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def finnish(value: datetime) -> datetime:
    """A time without a zone is Finnish wall-clock time (summer time included); a zone is kept."""
    return value.replace(tzinfo=HELSINKI) if value.tzinfo is None else value


def parse_finnish_time(text: str) -> datetime:
    """'2027-01-10 07:00' or '2027-01-10T05:00+00:00' -> an aware datetime. Raises ValueError."""
    return finnish(datetime.fromisoformat(text.strip()))


def now(environ: dict[str, str] = os.environ) -> datetime:
    text = environ.get("KYS_NOW", "").strip()
    if not text:
        return datetime.now(HELSINKI)
    try:
        return parse_finnish_time(text)
    except ValueError:
        raise ValueError(f"KYS_NOW={text!r} is not a date and time; write it as 2027-01-10 07:00") from None
