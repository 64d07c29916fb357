"""data/locations.yaml: service locations (health centres, hospitals, screening sites).

Shaped like a service location of the Suomi.fi service catalogue (PTV): address, phone
lines with call hours, opening hours (weekly ranges and dated exceptions), web page.
Every field a public source does not give is left out, never guessed.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, StrictBool, model_validator

from .base import Strict, ascii_digits, checked_text, located
from .contact import Email, HttpsUrl, PhoneNumber, PostalCode
from .hours import OpeningHours, WeeklyHours
from .identifiers import ExamRef, MunicipalityRef, Slug, listed_once, unique_by
from .provenance import Sourced
from .texts import Localized, LocalizedName, Name


# A service channel id in the Suomi.fi service catalogue (PTV), a GUID.
PtvId = checked_text(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "ptv_id",
    '"{value}" is not a PTV id; copy the GUID (0b5ff4ee-79f9-4ab0-a6d3-6a9d2b1c4e55) from data/ptv.yaml',
)


# A host, or a host and the start of a path, without https:// or www.: "pshyvinvointialue.fi/web/en/".
SourceAddress = checked_text(
    r"(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?",
    "source_address",
    '"{value}" is not a web address without https:// and www.; write the host, and where only some '
    "of its pages are in this language the start of their path: pshyvinvointialue.fi/web/en/",
)


class PhoneLine(Strict):
    number: PhoneNumber
    name: LocalizedName  # what the line is for: "Ajanvaraus" / "Appointments"
    call_hours: list[WeeklyHours] = []
    charge: Literal["Chargeable", "FreeOfCharge", "Other"] | None = None  # PTV serviceChargeType
    charge_description: Localized | None = None  # PTV chargeDescription: what a call costs
    # An editor's line must be free to be called free; data/ptv.yaml holds what the catalogue says
    # (model/ptv.py), which an import must not refuse.
    checks_free: ClassVar[bool] = True

    @model_validator(mode="after")
    def _free_only_if_free(self):
        # The page says "free of charge" beside the number: in Finland the 0800 and the EU-wide 116
        # numbers are the ones reserved for free services (the regulator's list of service numbers,
        # https://www.viestintavirasto.fi/en/index/puhelin/puhelinverkonnumerointi/palvelunumerot.html,
        # checked 3.12.2026); an ordinary line costs a call.
        national = re.sub(r"[\s()-]", "", self.number)
        national = "0" + national[4:] if national.startswith("+358") else national
        if self.checks_free and self.charge == "FreeOfCharge" and not re.fullmatch(r"0800\d+|116\d{3}", national):
            raise located(
                "not_free",
                '"{number}" is not a free number (in Finland only 0800 numbers and 116 numbers are free to call), '
                "so the page must not call it free of charge; remove `charge: FreeOfCharge`, or write Chargeable",
                at=("charge",), number=self.number,
            )
        return self

    @model_validator(mode="after")
    def _name_shows_no_number(self):
        # The page reads "Ajanvaraus 017 999 9999: 017 123 4567": a reader may dial the number in the name.
        from .links import _numbers_in

        for lang, name in self.name.items():
            if numbers := _numbers_in(name):
                raise located(
                    "phone_in_name",
                    'shows the phone number {found} in the line\'s name, which the page prints beside the line\'s own '
                    "number {number}; write only what the line is for (Ajanvaraus), and give another number a phone "
                    "line of its own", at=("name", lang), found=numbers[0], number=self.number,
                )
        return self


# A street address in the digits 0–9 (a house number in another script goes to the open data as typed).
Street = Annotated[Name, AfterValidator(ascii_digits)]


class Address(Strict):
    street: Street  # "Savontie 55"; only the street name when the house number is not known
    postal_code: PostalCode | None = None
    post_office: Name


class Location(Sourced):
    id: Slug
    name: LocalizedName
    municipality: MunicipalityRef  # where it stands
    # Other municipalities whose health centre this is, as a source says ("also serves the residents
    # of Joroinen"): only then may their `health_centres` list it (dataset.py checks).
    also_serves: Annotated[list[MunicipalityRef], listed_once("municipality code")] = []
    description: Localized | None = None  # PTV "description": what else a resident should know
    address: Address | None = None
    phones: list[PhoneLine] = []
    opening_hours: OpeningHours | None = None
    web_page: HttpsUrl | None = None
    email: Email | None = None  # PTV supportEmails
    xray: StrictBool | None = None  # plain X-ray done here: true, false (known not), or left out (not known)
    exams: Annotated[list[ExamRef], listed_once("exam id")] = []  # ids in data/exams.yaml
    # This place in data/ptv.yaml: its page shows PTV's contact facts with the ones here.
    ptv_id: PtvId | None = None

    @property
    def description_is_plain(self) -> bool:
        """An editor's description is the site's restricted Markdown (PtvLocation's is plain text)."""
        return False

    @property
    def name_and_address(self) -> str:
        """What a reader tells one place from another by: its Finnish name and its address."""
        address = f", {self.address.street}, {self.address.post_office}" if self.address else ""
        return self.name["fi"] + address


class Locations(Strict):
    # What kind of source a host is, shown beside it when it is not an official current page
    # ("Wikipedia: not an official source"), so that readers can weigh it.
    source_notes: dict[str, Localized] = {}
    # The language of the pages under a host or an address without https:// ("kiuruvesilehti.fi",
    # "pshyvinvointialue.fi/web/en/"; the longest that fits wins): a reader of another language is
    # told it beside the link ("in Finnish"). Pages in exams.yaml source_pages carry their own `lang`.
    source_languages: dict[SourceAddress, Literal["fi", "sv", "en"]] = {}
    # A place copied whole under a new id would show twice on its municipality's page.
    locations: Annotated[list[Location], unique_by(
        "id", "ptv_id", ("name_and_address", "name.fi", "name and address (if it is a copy of that place, remove it)"))]

    @cached_property
    def by_id(self) -> dict[str, Location]:
        return {location.id: location for location in self.locations}
