"""data/municipalities.yaml: the municipalities of the county, and which locations serve each."""
from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field, field_validator

from ..formatting import slugify
from .fields import HttpsUrl, Localized, Slug, Sourced, Strict, Text, reject_duplicates

MunicipalityCode = Annotated[str, Field(pattern=r"^[0-9]{3}$")]  # Statistics Finland code
LocationId = Slug  # an `id` in data/locations.yaml (checked across files in dataset.py)


class OfficialNames(Strict):
    """Official names are not translations: English uses the Finnish name."""

    fi: Text
    sv: Text
    en: Text


def _one_or_more(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Municipality(Sourced):
    code: MunicipalityCode
    name: OfficialNames
    health_centres: list[LocationId] = []  # left empty when no public source names them
    # One location, or several when the invitation letter decides which (Kuopio or Iisalmi).
    screening_location: Annotated[list[LocationId], BeforeValidator(_one_or_more)] = []

    @property
    def slug(self) -> str:
        """Page name: kunnat/<slug>.md, ASCII from the Finnish name (leppavirta)."""
        return slugify(self.name.fi)


class InformationSource(Strict):
    """Where a resident finds current contact details that this site does not hold."""

    name: Localized
    web_page: HttpsUrl


def _unique_slugs(municipalities: list[Municipality]) -> list[Municipality]:
    return reject_duplicates(municipalities, "slug", "page name (from the Finnish name)", at=("name", "fi"))


class Municipalities(Strict):
    current_information: list[InformationSource] = []
    municipalities: list[Municipality]

    @field_validator("municipalities")
    @classmethod
    def _unique(cls, municipalities: list[Municipality]) -> list[Municipality]:
        reject_duplicates(municipalities, "code", "code")
        return _unique_slugs(municipalities)
