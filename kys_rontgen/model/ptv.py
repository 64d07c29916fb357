"""data/ptv.yaml: service locations imported from the Suomi.fi service catalogue (PTV).

Written whole by `make import-ptv` (kys_rontgen/ptv_import.py), never by hand: editors keep
their own facts in data/locations.yaml, so an import can never overwrite them. A PTV record
is a Location (the same fields, so pages show it the same way) plus what PTV adds: its own
id and modified time, coordinates, e-mail, service area and call charges. Texts PTV has
in only some of the site's languages are kept in those (`PartialLocalized`): a page in a
language without the text leaves it out; nothing is machine-translated.
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import AfterValidator, PrivateAttr, ValidationInfo
from pydantic_core import PydanticCustomError

from .base import JsonSchema, Strict
from .hours import ExceptionHours, OpeningHours
from .identifiers import MunicipalityRef, unique_by
from .texts import PlainText, Text
from .locations import Location, PhoneLine, PtvId


def _some_languages(value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
    """Text in one or more of the configured languages (PTV does not translate everything)."""
    languages = (info.context or {}).get("languages")
    unknown = [lang for lang in value if languages and lang not in languages]
    if unknown or not value:
        raise PydanticCustomError(
            "unknown_language",
            "has text in {unknown}, which is not a configured language; run make import-ptv again",
            {"unknown": ", ".join(unknown) or "no language"},
        )
    return value


PartialLocalized = Annotated[dict[str, Text], AfterValidator(_some_languages), JsonSchema({"type": "object"})]
# PTV's description: plain text from another system, shown as typed (not as Markdown).
PartialPlain = Annotated[dict[str, PlainText], AfterValidator(_some_languages), JsonSchema({"type": "object"})]

def _within(low: int, high: int, axis: str):
    """A coordinate inside Finland's ETRS-TM35FIN extent (rounded out); NaN and infinity are not."""
    def check(metres: float) -> float:
        if not low <= metres <= high:  # False for NaN too
            raise PydanticCustomError(
                "coordinate_range",
                "{metres} is not a place in Finland (ETRS-TM35FIN {axis} is {low}–{high} metres); correct the address's "
                "coordinates in PTV, then run make import-ptv again",
                {"metres": metres, "axis": axis, "low": low, "high": high},
            )
        return metres
    return check


class Coordinates(Strict):
    """ETRS-TM35FIN (EPSG:3067), metres, as PTV gives them (its latitude = north, longitude = east)."""

    north: Annotated[float, AfterValidator(_within(6_500_000, 7_800_000, "north"))]
    east: Annotated[float, AfterValidator(_within(0, 800_000, "east"))]


class PtvPhoneLine(PhoneLine):
    """V4VmOpenApiPhoneWithType, one number with its texts from every language it is listed in."""

    name: PartialLocalized | None = None  # PTV additionalInformation
    charge_description: PartialLocalized | None = None
    checks_free: ClassVar[bool] = False  # PTV's serviceChargeType is shown as the catalogue gives it


class PtvExceptionHours(ExceptionHours):
    reason: PartialLocalized | None = None  # PTV additionalInformation of an Exceptional service hour


class PtvOpeningHours(OpeningHours):
    exceptions: list[PtvExceptionHours] = []


class PtvLocation(Location):
    """V11VmOpenApiServiceLocationChannel, mapped by kys_rontgen/ptv_import.py."""

    ptv_id: PtvId  # PTV `id` of the channel
    modified: datetime  # PTV `modified` (UTC)
    description: PartialPlain | None = None
    phones: list[PtvPhoneLine] = []
    opening_hours: PtvOpeningHours | None = None
    coordinates: Coordinates | None = None
    service_area: list[MunicipalityRef] = []  # PTV areaMunicipalities / areas of type Municipality
    untranslated: list[Text] = []  # fields that fell back to Finnish ("name.en"): make report lists them
    # False once joined with an editor's description (pages/directory.py joined), which is Markdown.
    _description_from_ptv: bool = PrivateAttr(default=True)

    @property
    def description_is_plain(self) -> bool:
        return self._description_from_ptv


class Ptv(Strict):
    # The county's organisation in PTV; `make import-ptv ORG=<id>` fetches its channels.
    organization_id: PtvId | None = None
    locations: Annotated[list[PtvLocation], unique_by("id", "ptv_id")] = []
