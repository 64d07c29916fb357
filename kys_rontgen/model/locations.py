"""data/locations.yaml: service locations (health centres, hospitals, screening sites).

Shaped like a service location of the Suomi.fi service catalogue (PTV): address, phone
lines with call hours, opening hours (weekly ranges and dated exceptions), web page.
Every field a public source does not give is left out, never guessed.
"""
from __future__ import annotations

from functools import cached_property
from typing import Annotated, Literal


from .base import Strict, checked_text
from .contact import Email, HttpsUrl, PhoneNumber, PostalCode
from .hours import OpeningHours, WeeklyHours
from .identifiers import ExamRef, MunicipalityRef, Slug, unique_by
from .provenance import Sourced
from .texts import Localized, LocalizedName, Name


# A service channel id in the Suomi.fi service catalogue (PTV), a GUID.
PtvId = checked_text(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "ptv_id",
    '"{value}" is not a PTV id; copy the GUID (0b5ff4ee-79f9-4ab0-a6d3-6a9d2b1c4e55) from data/ptv.yaml',
)


class PhoneLine(Strict):
    number: PhoneNumber
    name: LocalizedName  # what the line is for: "Ajanvaraus" / "Appointments"
    call_hours: list[WeeklyHours] = []
    charge: Literal["Chargeable", "FreeOfCharge", "Other"] | None = None  # PTV serviceChargeType
    charge_description: Localized | None = None  # PTV chargeDescription: what a call costs


class Address(Strict):
    street: Name  # "Savontie 55"; only the street name when the house number is not known
    postal_code: PostalCode | None = None
    post_office: Name


class Location(Sourced):
    id: Slug
    name: LocalizedName
    municipality: MunicipalityRef  # where it stands
    description: Localized | None = None  # PTV "description": what else a resident should know
    address: Address | None = None
    phones: list[PhoneLine] = []
    opening_hours: OpeningHours | None = None
    web_page: HttpsUrl | None = None
    email: Email | None = None  # PTV supportEmails
    xray: bool | None = None  # plain X-ray done here: true, false (known not), or left out (not known)
    exams: list[ExamRef] = []  # ids in data/exams.yaml
    # This place in data/ptv.yaml: its page shows PTV's contact facts with the ones here.
    ptv_id: PtvId | None = None

    @property
    def description_is_plain(self) -> bool:
        """An editor's description is the site's restricted Markdown (PtvLocation's is plain text)."""
        return False


class Locations(Strict):
    # What kind of source a host is, shown beside it when it is not an official current page
    # ("Wikipedia: not an official source"), so that readers can weigh it.
    source_notes: dict[str, Localized] = {}
    locations: Annotated[list[Location], unique_by("id", "ptv_id")]

    @cached_property
    def by_id(self) -> dict[str, Location]:
        return {location.id: location for location in self.locations}
