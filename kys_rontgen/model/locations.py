"""data/locations.yaml: service locations (health centres, hospitals, screening sites).

Shaped like a service location of the Suomi.fi service catalogue (PTV): address, phone
lines with call hours, opening hours (weekly ranges and dated exceptions), web page.
Every field a public source does not give is left out, never guessed.
"""
from __future__ import annotations

from functools import cached_property
from typing import Annotated


from .fields import (
    ExamRef,
    HttpsUrl,
    Localized,
    LocalizedLine,
    MunicipalityRef,
    OpeningHours,
    PhoneNumber,
    PostalCode,
    Slug,
    Sourced,
    Strict,
    Text,
    WeeklyHours,
    unique_by,
)


class PhoneLine(Strict):
    number: PhoneNumber
    name: LocalizedLine  # what the line is for: "Ajanvaraus" / "Appointments"
    call_hours: list[WeeklyHours] = []


class Address(Strict):
    street: Text  # "Savontie 55"; only the street name when the house number is not known
    postal_code: PostalCode | None = None
    post_office: Text


class Location(Sourced):
    id: Slug
    name: LocalizedLine
    municipality: MunicipalityRef  # where it stands
    description: Localized | None = None  # PTV "description": what else a resident should know
    address: Address | None = None
    phones: list[PhoneLine] = []
    opening_hours: OpeningHours | None = None
    web_page: HttpsUrl | None = None
    xray: bool | None = None  # plain X-ray done here: true, false (known not), or left out (not known)
    exams: list[ExamRef] = []  # ids in data/exams.yaml


class Locations(Strict):
    locations: Annotated[list[Location], unique_by("id")]

    @cached_property
    def by_id(self) -> dict[str, Location]:
        return {location.id: location for location in self.locations}
