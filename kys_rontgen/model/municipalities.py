"""data/municipalities.yaml: the municipalities of the county and their health centres."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .fields import Sourced, Strict, Text

MunicipalityCode = Annotated[str, Field(pattern=r"^[0-9]{3}$")]  # Statistics Finland code


class OfficialNames(Strict):
    """Official names are not translations: English uses the Finnish name."""

    fi: Text
    sv: Text
    en: Text


class Municipality(Sourced):
    code: MunicipalityCode
    name: OfficialNames


class Municipalities(Strict):
    municipalities: list[Municipality]
