"""data/service.yaml: the KYS Röntgen service, its texts named after the PTV service fields."""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import Strict
from .contact import SHORT_NUMBERS, HttpsUrl, ServiceNumber
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


class BookingText(ServiceText):
    """Who books: `body` tells of the plain X-ray, which residents book themselves (the home page,
    the plain X-ray page and every municipality page show it); `others` of every other exam
    (the home page only: an exam's own page says who books that exam)."""

    others: Localized


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
    # Who books an appointment: the one answer shown on the home page, on the plain X-ray page and
    # on every municipality page, so that they can never tell it three different ways.
    booking: BookingText
    requirements: ServiceText  # PTV "Conditions and criteria" (Kenelle ja millä ehdoilla)
    charge: ServiceText  # PTV "Charge additional info" (Maksullisuus)
    contact: ServiceText  # PTV "Contact information"
    phone_channels: Annotated[list[PhoneChannel], unique_by("id")]
    night_emergency: NightEmergency
    provider: Text  # the organisation that provides the service (PTV: organisation)
    hospital: LocationRef  # the hospital the service belongs to (its JSON-LD is on the home page)

    @model_validator(mode="after")
    def _short_numbers_on_their_own_lines(self):
        # A swapped 112 and 116117 passes every other check and sends a reader in danger to the wrong number.
        problems, seen = [], set()
        for index, channel in enumerate(self.phone_channels):
            number = re.sub(r"\D", "", channel.number)
            expected = SHORT_NUMBER_CHANNELS.get(channel.id)
            if expected and number != expected:
                problems.append(_problem(index, channel, "short_number_swapped",
                                         'the line "{id}" is {meaning} {expected}; write "{expected}" here',
                                         id=channel.id, meaning=SHORT_NUMBERS[expected], expected=expected))
            elif not expected and number in SHORT_NUMBERS:
                problems.append(_problem(index, channel, "short_number_elsewhere",
                                         '{number} is {meaning}: it belongs only on the line with id "{id}"; '
                                         "give this line its own number",
                                         number=number, meaning=SHORT_NUMBERS[number], id=_CHANNEL_OF[number]))
            seen |= {channel.id, number}
        for channel_id in SHORT_NUMBER_CHANNELS.keys() - seen:
            if SHORT_NUMBER_CHANNELS[channel_id] in seen:
                continue  # on a line with another id: that line's error says where it belongs
            problems.append(InitErrorDetails(type=PydanticCustomError(
                "short_number_missing",
                'has no line with id "{id}" ({meaning} {number}); every page lists it: add it back',
                {"id": channel_id, "meaning": SHORT_NUMBERS[SHORT_NUMBER_CHANNELS[channel_id]],
                 "number": SHORT_NUMBER_CHANNELS[channel_id]}),
                loc=("phone_channels",), input=None))
        if problems:
            raise ValidationError.from_exception_data("phone_channels", sorted(problems, key=lambda p: p["loc"]))
        return self


# Which line of phone_channels carries each short number (the ids the data uses).
SHORT_NUMBER_CHANNELS = {"emergency": "112", "medical-helpline": "116117"}
_CHANNEL_OF = {number: channel_id for channel_id, number in SHORT_NUMBER_CHANNELS.items()}


def _problem(index: int, channel: PhoneChannel, kind: str, message: str, **values) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message, values),
                            loc=("phone_channels", index, "number"), input=channel.number)
