"""schema.org JSON-LD for municipality pages, and the JSON export of the whole directory.

Only fields the data holds are written: a missing phone number is absent, never empty.
"""
from __future__ import annotations

import json

from .formatting import WEEKDAYS, phone_e164

_SCHEMA_DAYS = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))


def _clock(value) -> str:
    return value.strftime("%H:%M")


def _opening_hours(opening_hours) -> list[dict]:
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{_SCHEMA_DAYS[day]}" for day in weekly.days],
            "opens": _clock(weekly.opens),
            "closes": _clock(weekly.closes),
        }
        for weekly in opening_hours.standard
    ]
    for exception in opening_hours.exceptions:
        # schema.org marks a closed day as opening and closing at 00:00.
        opens, closes = ("00:00", "00:00") if exception.closed else (_clock(exception.opens), _clock(exception.closes))
        specs.append({
            "@type": "OpeningHoursSpecification",
            "validFrom": exception.valid_from.isoformat(),
            "validThrough": exception.last_day.isoformat(),
            "opens": opens,
            "closes": closes,
        })
    return specs


def medical_clinic(location, lang: str) -> dict:
    """One location as a schema.org MedicalClinic, in the page's language."""
    clinic: dict = {"@type": "MedicalClinic", "name": location.name[lang]}
    if location.description and lang in location.description:  # a PTV text may lack a language
        clinic["description"] = location.description[lang]
    if location.address:
        address = {"@type": "PostalAddress", "streetAddress": location.address.street}
        if location.address.postal_code:
            address["postalCode"] = location.address.postal_code
        address.update(addressLocality=location.address.post_office, addressCountry="FI")
        clinic["address"] = address
    if location.phones:
        clinic["telephone"] = phone_e164(location.phones[0].number)
    if location.opening_hours:
        clinic["openingHoursSpecification"] = _opening_hours(location.opening_hours)
    if location.web_page:
        clinic["url"] = location.web_page
    return clinic


def script_json(value: object) -> str:
    """JSON safe inside <script>: no `<`, `>` or `&` can end the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def hospital(dataset, lang: str) -> str:
    """The JSON-LD text for the home page: the hospital of data/service.yaml (a location id)
    as a schema.org Hospital, with only the facts the data holds."""
    kys = {**medical_clinic(dataset.locations.by_id[dataset.service.hospital], lang), "@type": "Hospital"}
    kys["parentOrganization"] = {"@type": "GovernmentOrganization", "name": dataset.service.provider}
    return script_json({"@context": "https://schema.org", **kys})


def json_ld(locations, lang: str) -> str | None:
    """The JSON-LD text for a page showing `locations`, or None when there are none."""
    if not locations:
        return None
    graph = [medical_clinic(location, lang) for location in locations]
    return script_json({"@context": "https://schema.org", "@graph": graph})
