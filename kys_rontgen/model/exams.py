"""data/exams.yaml: the examinations KYS Röntgen does, each with its preparation instructions.

Every exam has the same fixed structure, so every exam page has the same sections in the
same order. Texts are the editors' own plain words built from the sources listed in
`sources`; `last_reviewed` and `next_review_due` are set by the editor who checked them.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .fields import Localized, LocalizedList, Slug, SourceUrl, Strict

SUMMARY_MAX = 150  # characters: one line in the index and in search results
REVIEW_INTERVAL_MAX_DAYS = 366  # exam pages are reviewed at least once a year


def _short(value: dict[str, str]) -> dict[str, str]:
    for lang, text in value.items():
        if len(text) > SUMMARY_MAX:
            raise PydanticCustomError(
                "summary_too_long",
                "{lang} text is {length} characters; shorten it to at most {limit} (details belong in the sections below)",
                {"lang": lang, "length": len(text), "limit": SUMMARY_MAX},
            )
    return value


def _not_in_future(value: date, info: ValidationInfo) -> date:
    today = (info.context or {}).get("today") or date.today()
    if value > today:
        raise PydanticCustomError(
            "review_in_future",
            "{value} is in the future; write the date the page was actually checked (today or earlier)",
            {"value": value.isoformat()},
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


class Exam(Strict):
    id: Slug  # the page is tutkimukset/<id>.md
    kind: Literal["imaging", "procedure"] = "imaging"  # procedure: a treatment or biopsy guided by imaging
    name: Localized  # the plain name a resident knows
    other_names: LocalizedList = {}  # other common names: magneettitutkimus, MRI
    summary: Annotated[Localized, AfterValidator(_short)]
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
    last_reviewed: Annotated[date, AfterValidator(_not_in_future)]
    next_review_due: date

    @field_validator("next_review_due")
    @classmethod
    def _review_window(cls, due: date, info: ValidationInfo) -> date:
        reviewed = info.data.get("last_reviewed")
        if reviewed is None:  # that field has its own error
            return due
        days = (due - reviewed).days
        if days <= 0:
            raise PydanticCustomError(
                "review_order",
                "{due} is not after last_reviewed {reviewed}; set a later date",
                {"due": due.isoformat(), "reviewed": reviewed.isoformat()},
            )
        if days > REVIEW_INTERVAL_MAX_DAYS:
            raise PydanticCustomError(
                "review_too_far",
                "{due} is more than a year after last_reviewed {reviewed}; exam pages are reviewed at least yearly, set an earlier date",
                {"due": due.isoformat(), "reviewed": reviewed.isoformat()},
            )
        return due


class Exams(Strict):
    exams: list[Exam] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Exams:
        ids = [exam.id for exam in self.exams]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise PydanticCustomError(
                "duplicate_id", "id {ids} is used twice; every exam needs its own id", {"ids": ", ".join(repeated)}
            )
        return self
