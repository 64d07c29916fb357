"""data/locations.yaml: service locations (health centres, hospitals, screening sites).

Shaped like a service location of the Suomi.fi service catalogue (PTV): address, phone
lines with call hours, opening hours (weekly ranges and dated exceptions), web page.
Every field a public source does not give is left out, never guessed.
"""
from __future__ import annotations

from datetime import date, time
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..formatting import WEEKDAYS
from .fields import HttpsUrl, Localized, PhoneNumber, Slug, Sourced, Strict, Text, reject_duplicates
from .municipalities import MunicipalityCode


def _weekday(value: str) -> str:
    if value not in WEEKDAYS:
        raise PydanticCustomError(
            "weekday", '"{value}" is not a weekday; use mo, tu, we, th, fr, sa or su', {"value": value}
        )
    return value


Weekday = Annotated[str, AfterValidator(_weekday)]


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


Clock = Annotated[time, BeforeValidator(_clock)]


def _closes_after_opens(opens: time | None, closes: time | None) -> None:
    if opens is not None and closes is not None and closes <= opens:
        raise PydanticCustomError(
            "hours_order",
            "closes at {closes}, which is not after it opens at {opens}; check the times (24-hour clock: 15.00, not 3.00)",
            {"opens": opens.strftime("%H:%M"), "closes": closes.strftime("%H:%M")},
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
            raise PydanticCustomError(
                "date_order",
                "valid_to {to} is before valid_from {start}; swap them or correct the date",
                {"to": self.valid_to.isoformat(), "start": self.valid_from.isoformat()},
            )
        has_hours = self.opens is not None or self.closes is not None
        if self.closed and has_hours:
            raise PydanticCustomError(
                "closed_with_hours", "is marked closed but also has opening times; remove one of them"
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


class PhoneLine(Strict):
    number: PhoneNumber
    name: Localized  # what the line is for: "Ajanvaraus" / "Appointments"
    call_hours: list[WeeklyHours] = []


PostalCode = Annotated[str, Field(pattern=r"^[0-9]{5}$")]


class Address(Strict):
    street: Text  # "Savontie 55"; only the street name when the house number is not known
    postal_code: PostalCode | None = None
    post_office: Text


class Location(Sourced):
    id: Slug
    name: Localized
    municipality: MunicipalityCode  # where it stands
    description: Localized | None = None  # PTV "description": what else a resident should know
    address: Address | None = None
    phones: list[PhoneLine] = []
    opening_hours: OpeningHours | None = None
    web_page: HttpsUrl | None = None
    xray: bool | None = None  # plain X-ray done here: true, false (known not), or left out (not known)
    exams: list[Slug] = []  # ids in data/exams.yaml


class Locations(Strict):
    locations: list[Location]

    @field_validator("locations")
    @classmethod
    def _unique(cls, locations: list[Location]) -> list[Location]:
        return reject_duplicates(locations, "id", "id")

    @cached_property
    def by_id(self) -> dict[str, Location]:
        return {location.id: location for location in self.locations}
