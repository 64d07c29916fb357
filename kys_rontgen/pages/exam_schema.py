"""schema.org JSON-LD for an exam page, built from the same data as the page text.

A MedicalWebPage (with lastReviewed) about an ImagingTest, or a MedicalProcedure for
procedural radiology, carrying preparation, howPerformed and followup.
"""
from __future__ import annotations

from markupsafe import Markup

from ..structured_data import script_json

SCHEMA_TYPES = {"imaging": "ImagingTest", "procedure": "MedicalProcedure"}


def _joined(items, lang: str) -> str:
    return " ".join(item[lang] for item in items)


def exam_structured_data(exam, lang: str, labels) -> dict:
    about = {
        "@type": SCHEMA_TYPES[exam.kind],
        "name": exam.name[lang],
        "alternateName": exam.other_names.get(lang, []),
        "description": exam.summary[lang],
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
        "description": exam.summary[lang],
        "inLanguage": lang,
        "lastReviewed": exam.last_reviewed.isoformat(),
        "mainEntity": about,
    }


def exam_json_ld(exam, lang: str, labels) -> Markup:
    """The JSON for a <script type="application/ld+json"> element, safe to place in HTML."""
    return Markup(script_json(exam_structured_data(exam, lang, labels)))
