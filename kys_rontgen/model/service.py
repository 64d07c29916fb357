"""data/service.yaml: the KYS Röntgen service, its texts named after the PTV service fields."""
from __future__ import annotations

from .fields import Localized, PhoneNumber, Sourced, Strict, Text


class ServiceText(Strict):
    """One PTV service text: a heading and its Markdown body, in every language."""

    title: Localized
    body: Localized


class PhoneChannel(Sourced):
    """A phone line that serves every municipality (PTV: phone channel)."""

    id: str
    number: PhoneNumber
    name: Localized
    call_hours: Localized


class Service(Sourced):
    name: Localized
    summary: Localized  # PTV "Summary"; also the home page's meta description
    description: ServiceText  # PTV "Description"
    user_instruction: ServiceText  # PTV "User instruction" (Toimintaohjeet)
    requirements: ServiceText  # PTV "Conditions and criteria" (Kenelle ja millä ehdoilla)
    charge: ServiceText  # PTV "Charge additional info" (Maksullisuus)
    contact: ServiceText  # PTV "Contact information"
    phone_channels: list[PhoneChannel]
    provider: Text  # the organisation that provides the service (PTV: organisation)
