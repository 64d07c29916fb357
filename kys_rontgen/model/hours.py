"""Opening hours (PTV: standard service hours and exceptions).

Shared by every record with hours (locations, phone lines). Times are datetime.time.
"""
from __future__ import annotations

from datetime import date, time
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from .base import JsonSchema, Strict, located
from .names import WEEKDAYS
from .texts import Localized


def _weekday(value: str) -> str:
    if value not in WEEKDAYS:
        raise PydanticCustomError(
            "weekday", '"{value}" is not a weekday; use mo, tu, we, th, fr, sa or su', {"value": value}
        )
    return value


Weekday = Annotated[str, AfterValidator(_weekday), JsonSchema({"enum": list(WEEKDAYS)})]

_CLOCK_JSON = r"^(([01]?[0-9]|2[0-3])[.:][0-5][0-9]|24[.:]00)$"


def _clock(value: object) -> time:
    """"8.00", "08:00" or 8.00 (which YAML reads as a number) -> 08:00."""
    if isinstance(value, time):
        return value
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    hours, separator, minutes = text.replace(":", ".").partition(".")
    if hours.isdigit() and separator and minutes.isdigit() and len(minutes) == 2:
        if int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
        if (int(hours), int(minutes)) == (24, 0):
            return time.max.replace(second=0, microsecond=0)  # 24.00, open until midnight
    raise PydanticCustomError(
        "clock", '"{value}" is not a time of day; write it as 8.00 or 08:00 (24-hour clock)', {"value": text}
    )


Clock = Annotated[
    time,
    BeforeValidator(_clock),
    JsonSchema({"anyOf": [{"type": "string", "pattern": _CLOCK_JSON}, {"type": "number"}]}, replace=True),
]


def _closes_after_opens(opens: time | None, closes: time | None) -> None:
    if opens is not None and closes is not None and closes <= opens:
        raise located(
            "hours_order",
            "closes at {closes}, which is not after it opens at {opens}; check the times (24-hour clock: 15.00, not 3.00)",
            at=("closes",),
            opens=opens.strftime("%H:%M"),
            closes=closes.strftime("%H:%M"),
        )


class WeeklyHours(Strict):
    """Open (or answering the phone) on these weekdays between these times."""

    days: Annotated[list[Weekday], Field(min_length=1)]
    opens: Clock
    closes: Clock

    @model_validator(mode="after")
    def _order(self):
        _closes_after_opens(self.opens, self.closes)
        return self


class ExceptionHours(Strict):
    """Different hours, or closed, from valid_from to valid_to (one day if valid_to is left out)."""

    valid_from: date
    valid_to: date | None = None
    closed: bool = False
    opens: Clock | None = None
    closes: Clock | None = None
    reason: Localized | None = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise located(
                "date_order",
                "valid_to {to} is before valid_from {start}; swap them or correct the date",
                at=("valid_to",),
                to=self.valid_to.isoformat(),
                start=self.valid_from.isoformat(),
            )
        has_hours = self.opens is not None or self.closes is not None
        if self.closed and has_hours:
            raise located(
                "closed_with_hours", "is marked closed but also has opening times; remove one of them", at=("closed",)
            )
        if not self.closed and (self.opens is None or self.closes is None):
            raise PydanticCustomError(
                "exception_hours", "needs both `opens` and `closes`, or `closed: true`; add what is missing"
            )
        _closes_after_opens(self.opens, self.closes)
        return self

    @property
    def last_day(self) -> date:
        return self.valid_to or self.valid_from


class OpeningHours(Strict):
    standard: list[WeeklyHours] = []
    exceptions: list[ExceptionHours] = []

    def current_exceptions(self, today: date) -> list[ExceptionHours]:
        """Exceptions not yet over, soonest first (pages show them before the weekly hours)."""
        return sorted((e for e in self.exceptions if e.last_day >= today), key=lambda e: e.valid_from)
