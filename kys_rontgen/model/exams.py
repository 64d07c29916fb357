"""data/exams.yaml: the examinations KYS Röntgen does, each with its preparation instructions.

Every exam has the same fixed structure, so every exam page has the same sections in the
same order. Texts are the editors' own plain words built from the sources listed in
`sources`; `last_reviewed` and `next_review_due` are set by the editor who checked them.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from .fields import Localized, LocalizedLine, LocalizedList, Reviewed, Slug, SourceUrl, Strict, unique_by

SUMMARY_MAX = 150  # characters: one line in the index and in search results


def _short(value: dict[str, str]) -> dict[str, str]:
    for lang, text in value.items():
        if len(text) > SUMMARY_MAX:
            raise PydanticCustomError(
                "summary_too_long",
                "{lang} text is {length} characters; shorten it to at most {limit} (details belong in the sections below)",
                {"lang": lang, "length": len(text), "limit": SUMMARY_MAX},
            )
    return value


# What a resident is told to mention before the exam: common items are keys whose text lives in
# data/labels.yaml (`exam_tell_<key>`), so that the same words are not repeated in every exam.
COMMON_TELL_US = ("pregnancy", "implants", "contrast_allergy", "kidney_metformin", "blood_thinners")


def _common_tell_us(value: str) -> str:
    if value not in COMMON_TELL_US:
        raise PydanticCustomError(
            "unknown_tell_us",
            '"{value}" is not a common item; use one of {keys}, or write the item under tell_us_also',
            {"value": value, "keys": ", ".join(COMMON_TELL_US)},
        )
    return value


CommonTellUs = Annotated[str, AfterValidator(_common_tell_us)]


class Duration(Strict):
    """How long the visit usually takes, in minutes."""

    min: int = Field(gt=0)
    max: int = Field(gt=0)

    @field_validator("max")
    @classmethod
    def _ordered(cls, longest: int, info: ValidationInfo) -> int:
        shortest = info.data.get("min")
        if shortest is not None and shortest > longest:
            raise PydanticCustomError(
                "duration_order", "{max} is less than min {min}; swap the two numbers", {"min": shortest, "max": longest}
            )
        return longest


class Before(Strict):
    """Before the examination: what to do and what not to do."""

    do: list[Localized] = []
    dont: list[Localized] = []


def _not_the_index(value: str) -> str:
    if value == "index":
        raise PydanticCustomError(
            "page_name", '"index" is the address of the exam index page (tutkimukset/index.md); give the exam another id'
        )
    return value


class Exam(Reviewed):
    id: Annotated[Slug, AfterValidator(_not_the_index)]  # the page is tutkimukset/<id>.md
    kind: Literal["imaging", "procedure"] = "imaging"  # procedure: a treatment or biopsy guided by imaging
    name: LocalizedLine  # the plain name a resident knows
    other_names: LocalizedList = {}  # other common names: magneettitutkimus, MRI
    summary: Annotated[LocalizedLine, AfterValidator(_short)]
    description: Localized | None = None  # what the exam is for, a few sentences
    # How the appointment comes about; the common text of each way is in data/labels.yaml.
    booking: Literal["any_location", "referring_unit", "invitation"]
    booking_note: Localized | None = None  # exam-specific addition, e.g. who must book themselves
    before: Before = Before()
    tell_us: list[CommonTellUs] = []  # common items, their text in data/labels.yaml (exam_tell_<key>)
    tell_us_also: list[Localized] = []  # items only this exam has
    tell_us_note: Localized | None = None  # reassurance or detail shown with the list
    bring: list[Localized] = []  # exam-specific; earlier images are asked for on every exam page
    duration: Duration | None = None  # left out when the sources give no range
    duration_note: Localized | None = None
    during: list[Localized] = []
    after: list[Localized] = []
    results_from_referrer: bool = True  # false where no doctor referred you (screening)
    where: Localized | None = None  # where it is done, when the sources say
    # The places that do an exam are listed in data/locations.yaml (`exams:`), not here.
    keywords: LocalizedList  # base-form search words: "paasto", not "paastoa"
    sources: list[SourceUrl] = Field(min_length=1)
    # last_reviewed, next_review_due: from Reviewed (at most a year apart, not in the future)


class Exams(Strict):
    exams: Annotated[list[Exam], Field(min_length=1), unique_by("id")]
