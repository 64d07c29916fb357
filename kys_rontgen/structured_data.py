"""All schema.org structured data (JSON-LD) of the site, built from the same data as the page text.

Each builder returns a plain dict for one page in one language; `script_element` is the one
way it reaches a page (pages.page_context calls it, templates only place the result). Only
fields the data holds are written: a missing phone number is absent, never empty. Texts are
schema.org Text: the words a reader reads (data_text.plain_text), not the editor's Markdown.
"""
from __future__ import annotations

import json

from markupsafe import Markup

from .data_text import plain_text
from .formatting import phone_e164
from .model.names import WEEKDAYS

_SCHEMA_ORG_DAYS = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))


def _clock(value) -> str:
    return value.strftime("%H:%M")


def _opening_hours(opening_hours) -> list[dict]:
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{_SCHEMA_ORG_DAYS[day]}" for day in weekly.days],
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
        description = location.description[lang]
        clinic["description"] = description if location.description_is_plain else plain_text(description)
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


def script_element(value: dict) -> Markup:
    """The <script type="application/ld+json"> element, safe in HTML: no `<`, `>` or `&` inside
    can end the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">{text}</script>')


def hospital(dataset, lang: str) -> dict:
    """The home page: the hospital of data/service.yaml (a location id) as a schema.org
    Hospital, with only the facts the data holds."""
    kys = {**medical_clinic(dataset.locations.by_id[dataset.service.hospital], lang), "@type": "Hospital"}
    kys["parentOrganization"] = {"@type": "GovernmentOrganization", "name": dataset.service.provider}
    return {"@context": "https://schema.org", **kys}


def clinics(locations, lang: str) -> dict | None:
    """A page showing `locations` (a municipality's health centres), or None when there are none."""
    if not locations:
        return None
    return {"@context": "https://schema.org", "@graph": [medical_clinic(location, lang) for location in locations]}


EXAM_TYPES = {"imaging": "ImagingTest", "procedure": "MedicalProcedure"}


def _joined(items, lang: str) -> str:
    return " ".join(plain_text(item[lang]) for item in items)


def exam(exam, lang: str, labels) -> dict:
    """An exam page: a MedicalWebPage (with lastReviewed) about an ImagingTest, or a
    MedicalProcedure for procedural radiology, carrying preparation, howPerformed and followup."""
    about = {
        "@type": EXAM_TYPES[exam.kind],
        "name": exam.name[lang],
        "alternateName": exam.other_names.get(lang, []),
        "description": plain_text(exam.summary[lang]),
        "preparation": _joined(exam.before.do + exam.before.dont, lang),
        "howPerformed": _joined(exam.during, lang),
        "followup": _joined(exam.after + ([labels["exam_results"]] if exam.results_from_referrer else []), lang),
    }
    # Leave out what the data does not say rather than publish empty strings.
    about = {key: value for key, value in about.items() if value}
    return {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": exam.name[lang],
        "description": plain_text(exam.summary[lang]),
        "inLanguage": lang,
        "lastReviewed": exam.last_reviewed.isoformat(),
        "mainEntity": about,
    }
