"""Opening hours (PTV: standard service hours and exceptions).

Shared by every record with hours (locations, phone lines). Times are datetime.time.
"""
from __future__ import annotations

from datetime import date, time
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from .base import YEARS, JsonSchema, Strict, ascii_digits, located
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


def _quoted_clock(value: object) -> None:
    """A time in quotes and in the digits 0–9. Unquoted, YAML reads 15.30 as the number 15.3, the
    same number as 15.3 and 15.30000: 15.5 (meant as half past three) would become 15.50."""
    if isinstance(value, float):
        raise PydanticCustomError(
            "clock_not_text",
            "is written without quotes, so YAML reads it as the number {value} (15.3 and 15.30 are the same number "
            'to it); put the time in quotes: "15.30"',
            {"value": repr(value)},
        )
    if isinstance(value, str):
        ascii_digits(value)


def _clock(value: object) -> time:
    """"8.00" or "08:00" -> 08:00."""
    if isinstance(value, time):
        return value
    _quoted_clock(value)
    text = str(value)
    hours, separator, minutes = text.replace(":", ".").partition(".")
    if hours.isdigit() and separator and minutes.isdigit() and len(minutes) == 2:
        if int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
        if (int(hours), int(minutes)) == (24, 0):
            return time.max.replace(second=0, microsecond=0)  # 24.00, open until midnight
    raise PydanticCustomError(
        "clock", '"{value}" is not a time of day; write it in quotes as "8.00" or "08:00" (24-hour clock)', {"value": text}
    )


Clock = Annotated[
    time,
    BeforeValidator(_clock),
    JsonSchema({"type": "string", "pattern": _CLOCK_JSON}, replace=True),
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


def _once_each(days: list[str]) -> list[str]:
    if repeated := sorted({day for day in days if days.count(day) > 1}, key=WEEKDAYS.index):
        raise PydanticCustomError(
            "weekday_twice", "names {days} more than once; list each weekday once",
            {"days": ", ".join(repeated)},
        )
    return days


def _plausible_year(value: date) -> date:
    if value.year not in YEARS:
        raise PydanticCustomError(
            "date_year", "{value} is in the year {year}; a date here must be between the years {first} and {last}: "
            "check the year", {"value": value.isoformat(), "year": value.year, "first": YEARS.start, "last": YEARS.stop - 1},
        )
    return value


Day = Annotated[date, AfterValidator(_plausible_year)]
LONGEST_EXCEPTION_DAYS = 366  # a longer change is a change of the weekly hours


class WeeklyHours(Strict):
    """Open (or answering the phone) on these weekdays between these times."""

    days: Annotated[list[Weekday], Field(min_length=1), AfterValidator(_once_each)]
    opens: Clock
    closes: Clock

    @model_validator(mode="after")
    def _order(self):
        _closes_after_opens(self.opens, self.closes)
        return self


class ExceptionHours(Strict):
    """Different hours, or closed, from valid_from to valid_to (one day if valid_to is left out)."""

    valid_from: Day
    valid_to: Day | None = None
    closed: StrictBool = False
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
        if (self.last_day - self.valid_from).days >= LONGEST_EXCEPTION_DAYS:
            raise located(
                "exception_length",
                "makes an exception of {days} days; an exception lasts at most a year: check the years, or change "
                "the weekly hours (standard) for a lasting change",
                at=("valid_to",),
                days=(self.last_day - self.valid_from).days + 1,
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

    @model_validator(mode="after")
    def _rows_do_not_overlap(self):
        # Two rows open on one day at the same time contradict each other (split hours do not overlap).
        for later, row in enumerate(self.standard):
            for earlier in self.standard[:later]:
                days = [day for day in row.days if day in earlier.days]
                if days and row.opens < earlier.closes and earlier.opens < row.closes:
                    raise located(
                        "hours_overlap",
                        "gives {day} hours that overlap another row's ({opens}–{closes}); give each day's hours once",
                        at=("standard", later, "days"),
                        day=days[0], opens=earlier.opens.strftime("%H.%M"), closes=earlier.closes.strftime("%H.%M"),
                    )
        return self

    def current_exceptions(self, today: date) -> list[ExceptionHours]:
        """Exceptions not yet over, soonest first (pages show them before the weekly hours)."""
        return sorted((e for e in self.exceptions if e.last_day >= today), key=lambda e: e.valid_from)
