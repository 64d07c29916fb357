"""data/municipalities.yaml: the municipalities of the county, and which locations serve each."""
from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator

from ..formatting import slugify
from .fields import HttpsUrl, JsonSchema, Line, Localized, LocationRef, MunicipalityCode, Sourced, Strict, Text, unique_by

LocationId = LocationRef  # an `id` in data/locations.yaml (checked across files in dataset.py)


class OfficialNames(Strict):
    """Official names are not translations: English uses the Finnish name."""

    fi: Line
    sv: Line
    en: Line


def _one_or_more(value: object) -> object:
    return [value] if isinstance(value, str) else value


_ONE_ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
_ONE_OR_MORE_IDS = JsonSchema({"anyOf": [_ONE_ID, {"type": "array", "items": _ONE_ID}]}, replace=True)


class Municipality(Sourced):
    code: MunicipalityCode
    name: OfficialNames
    health_centres: list[LocationId] = []  # left empty when no public source names them
    # One location, or several when the invitation letter decides which (Kuopio or Iisalmi).
    screening_location: Annotated[list[LocationId], BeforeValidator(_one_or_more), _ONE_OR_MORE_IDS] = []

    @property
    def slug(self) -> str:
        """Page name: kunnat/<slug>.md, ASCII from the Finnish name (leppavirta)."""
        return slugify(self.name.fi)


class InformationSource(Strict):
    """Where a resident finds current contact details that this site does not hold."""

    name: Localized
    web_page: HttpsUrl


class Municipalities(Strict):
    current_information: list[InformationSource] = []
    # Two spellings can make the same page address (kunnat/kaavi.md): the slug is unique too.
    municipalities: Annotated[
        list[Municipality], unique_by("code", ("slug", "name.fi", "page name (made from the Finnish name)"))
    ]
