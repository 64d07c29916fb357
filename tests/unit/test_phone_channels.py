"""The emergency number and the medical helpline stay on their own lines of data/service.yaml."""
from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError

from kys_rontgen.model.service import Service

from ..conftest import ROOT


def _service(**numbers):
    data = yaml.safe_load((ROOT / "data" / "service.yaml").read_text(encoding="utf-8"))
    for channel in data["phone_channels"]:
        channel["number"] = numbers.get(channel["id"], channel["number"])
    return data


def _problems(data) -> list[tuple]:
    with pytest.raises(ValidationError) as caught:
        Service.model_validate(data)
    return [(error["loc"], error["type"]) for error in caught.value.errors()]


def test_the_real_lines_are_valid():
    Service.model_validate(_service())


def test_swapped_numbers_are_both_reported_at_their_lines():
    assert _problems(_service(**{"emergency": "116117", "medical-helpline": "112"})) == [
        (("phone_channels", 0, "number"), "short_number_swapped"),
        (("phone_channels", 1, "number"), "short_number_swapped"),
    ]


def test_a_removed_emergency_line_is_an_error():
    data = _service()
    data["phone_channels"] = [c for c in data["phone_channels"] if c["id"] != "emergency"]
    assert _problems(data) == [(("phone_channels",), "short_number_missing")]
