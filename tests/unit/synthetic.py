"""Synthetic directory data: any number of municipalities with several health centres each."""
from __future__ import annotations

import dataclasses

from kys_rontgen.model.locations import Locations
from kys_rontgen.model.municipalities import Municipalities

SOURCE = {"source": "https://example.org/synthetic", "checked": "2026-11-28"}


def _centre(code: str, number: int) -> dict:
    # Numbers in the 017 area, valid for phonenumbers: 017 2xx xxxx.
    phone = f"017 2{code}{number:03d}"  # 017 2ccc nnn: seven digits after the area code
    return {
        "id": f"centre-{code}-{number}",
        "name": {"fi": f"Terveysasema {code}/{number}", "en": f"Health centre {code}/{number}"},
        "municipality": code,
        "address": {"street": f"Katu {number}", "postal_code": f"70{int(code) % 1000:03d}", "post_office": "Kuopio"},
        "phones": [{"number": phone, "name": {"fi": "Ajanvaraus", "en": "Appointments"},
                    "call_hours": [{"days": ["mo", "tu", "we", "th", "fr"], "opens": "8.00", "closes": "15.00"}]}],
        "opening_hours": {"standard": [{"days": ["mo", "tu", "we", "th", "fr"], "opens": "08:00", "closes": "16:00"}]},
        "xray": number == 1,
        **SOURCE,
    }


def synthetic_dataset(real, municipalities: int, centres_each: int):
    """The real dataset with its directory replaced by a generated one of the given size."""
    context = {"languages": [lang.code for lang in real.languages]}
    # The service's hospital stays: the home page describes it.
    locations, entries = [real.locations.by_id[real.service.hospital].model_dump(mode="json", exclude_none=True)], []
    for index in range(municipalities):
        code = f"{index:03d}"
        name = f"Kunta {index:03d} Ääkkönen"
        centres = [_centre(code, n) for n in range(1, centres_each + 1)]
        locations += centres
        entries.append({
            "code": code, "name": {"fi": name, "sv": name, "en": name},
            "in_name": {"fi": f"{name}ssa", "en": f"in {name}"},
            "health_centres": [c["id"] for c in centres],
            "screening_location": centres[0]["id"], **SOURCE,
        })
    current = real.municipalities.model_dump(mode="json")["current_information"]
    return dataclasses.replace(
        real,
        locations=Locations.model_validate({"locations": locations}, context=context),
        municipalities=Municipalities.model_validate(
            {"current_information": current, "municipalities": entries}, context=context
        ),
    )
