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


class SettingError(ValueError):
    """A setting (environment variable) with a bad value: its str() is the one line to show."""


def _set_now(environ) -> datetime | None:
    text = environ.get("KYS_NOW", "").strip()
    if not text:
        return None
    try:
        return parse_finnish_time(text)
    except ValueError:
        raise SettingError(f"KYS_NOW={text!r} is not a date and time; write it as KYS_NOW=\"2027-01-10 07:00\"") from None


def check_settings(environ: dict[str, str] = os.environ) -> None:
    """Raise SettingError for the first setting with a bad value, before any work starts."""
    from .freshness import today_from_environment

    _set_now(environ)
    today_from_environment(environ)


def now(environ: dict[str, str] = os.environ) -> datetime:
    return _set_now(environ) or datetime.now(HELSINKI)
