"""data/service.yaml: the KYS Röntgen service, its texts named after the PTV service fields."""
from __future__ import annotations

from typing import Annotated

from .base import Strict
from .contact import HttpsUrl, ServiceNumber
from .identifiers import LocationRef, Slug, unique_by
from .provenance import Sourced
from .texts import Localized, LocalizedLine, Summary, Text


class ServiceText(Strict):
    """One PTV service text: a heading and its Markdown body, in every language."""

    title: LocalizedLine
    body: Localized
    # Public pages the text rests on beyond the service page itself (`source` of the file),
    # shown under the section: e.g. the fee rules.
    sources: list[HttpsUrl] = []


class PhoneChannel(Sourced):
    """A phone line that serves every municipality (PTV: phone channel)."""

    id: Slug
    number: ServiceNumber
    name: LocalizedLine
    call_hours: Localized


class NightEmergency(Sourced):
    """Where to go when the health centres are closed: a location record (its name and address are
    written once, in data/locations.yaml) and what to do before going, shown in every urgent-help block."""

    location: LocationRef
    text: Localized


class Service(Sourced):
    name: LocalizedLine
    summary: Summary  # PTV "Summary"; also the home page's meta description
    description: ServiceText  # PTV "Description"
    user_instruction: ServiceText  # PTV "User instruction" (Toimintaohjeet)
    requirements: ServiceText  # PTV "Conditions and criteria" (Kenelle ja millä ehdoilla)
    charge: ServiceText  # PTV "Charge additional info" (Maksullisuus)
    contact: ServiceText  # PTV "Contact information"
    phone_channels: Annotated[list[PhoneChannel], unique_by("id")]
    night_emergency: NightEmergency
    provider: Text  # the organisation that provides the service (PTV: organisation)
    hospital: LocationRef  # the hospital the service belongs to (its JSON-LD is on the home page)
