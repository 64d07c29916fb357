"""data/exams.yaml: the examinations KYS Röntgen does, each with its preparation instructions.

Every exam has the same fixed sections (SECTIONS), so every exam page has the same headings in
the same order. Texts are the editors' own plain words built from public pages: the file lists
each page once under `source_pages` (address, name, date checked), and every exam names, per
section, the pages that section rests on. A section without a source is an error.
`last_reviewed` and `next_review_due` are set by the editor who checked them.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StrictBool, StrictInt, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import Strict, located
from .names import fold
from .identifiers import Reference, Slug, listed_once, unique_by
from .provenance import PastDate, Reviewed, SourceUrl
from .texts import Localized, LocalizedLine, LocalizedList, LocalizedName, LocalizedNames, Name, at_most

SUMMARY_MAX = 150  # characters: one line in the index and in search results


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


MAX_VISIT_MINUTES = 480  # a working day: the longest visits (a scan after a long wait) are a few hours


class Duration(Strict):
    """How long the visit usually takes, in minutes."""

    min: StrictInt
    max: StrictInt

    @field_validator("min", "max")
    @classmethod
    def _a_visit_long(cls, minutes: int) -> int:
        if not 0 < minutes <= MAX_VISIT_MINUTES:
            raise PydanticCustomError(
                "duration_range", "{minutes} minutes is not how long one visit takes; write minutes from 1 to {limit} (8 hours)",
                {"minutes": minutes, "limit": MAX_VISIT_MINUTES},
            )
        return minutes

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


# The fixed sections of every exam page, in page order. Each needs at least one source page.
# The exam of breast screening: a municipality's `screening_location` must do it, and its page
# says what to do when no invitation comes (data/exams.yaml).
SCREENING_EXAM = "mammography-screening"
SECTIONS = ("what_it_is", "where", "booking", "before", "during", "after", "results", "travel")

def _has_a_source(value: list[str], info: ValidationInfo) -> list[str]:
    if not value:
        raise PydanticCustomError(
            "section_without_source",
            'section "{section}" has no source; list the ids of the source_pages its text rests on, '
            "e.g. {section}: [county-imaging]",
            {"section": info.field_name},
        )
    return value


# Ids of entries in `source_pages`. Validated also when left out, so that every section without
# a source is reported at once, each with its own message.
SourceRef = Annotated[Slug, Reference("exams.yaml", "source_pages", "id")]
SourceIds = Annotated[list[SourceRef], AfterValidator(_has_a_source), listed_once("source page id"),
                      Field(default=[], validate_default=True)]


class SectionSources(Strict):
    """Per fixed section, the public pages its facts come from (ids in `source_pages`)."""

    what_it_is: SourceIds
    where: SourceIds
    booking: SourceIds
    before: SourceIds
    during: SourceIds
    after: SourceIds
    results: SourceIds
    travel: SourceIds


assert tuple(SectionSources.model_fields) == SECTIONS  # one list of sections, in one order


class SourcePage(Strict):
    """A public page the exam texts rest on, shown in each page's sources list."""

    id: Slug
    name: Localized  # publisher and title as the reader sees them: "Terveyskylä: Magneettitutkimus"
    url: SourceUrl
    # The language the page is written in, and its title as the page writes it, where a name
    # quotes it in another language ("Avbokning av tid" in the Finnish name): the site marks the
    # quoted title with its language, so a screen reader reads it with the right voice (WCAG 3.1.2).
    lang: Literal["fi", "sv", "en"]
    title: Name | None = None
    # The id of the page this one is another language's version of (Kela's taxi page in Finnish and
    # in English): where an exam lists both, each language's page shows only the one in its language.
    version_of: SourceRef | None = None
    checked: PastDate  # the day an editor last read the page

    @model_validator(mode="after")
    def _title_is_quoted(self):
        if self.title is not None and not any(self.title in name for name in self.name.values()):
            raise located(
                "title_not_in_name",
                "is not written in any of the page's names; copy the title exactly as a name quotes it, or leave it out",
                at=("title",),
            )
        return self


class Exam(Reviewed):
    id: Annotated[Slug, AfterValidator(_not_the_index)]  # the page is tutkimukset/<id>.md
    kind: Literal["imaging", "procedure"] = "imaging"  # procedure: a treatment or biopsy guided by imaging
    name: LocalizedName  # the plain name a resident knows
    other_names: LocalizedNames = {}  # other common names: magneettitutkimus, MRI
    summary: Annotated[LocalizedLine, at_most(
        SUMMARY_MAX, "it is one line in the exam index and in search results; details belong in the sections below")]
    description: Localized  # section "what it is": what the exam is and what it is for
    # How the appointment comes about; the common text of each way is in data/labels.yaml.
    booking: Literal["any_location", "referring_unit", "invitation"]
    booking_note: Localized | None = None  # exam-specific addition, e.g. who must book themselves
    before: Before = Before()
    tell_us: Annotated[list[CommonTellUs], listed_once("item")] = []  # common items, their text in data/labels.yaml (exam_tell_<key>)
    tell_us_also: list[Localized] = []  # items only this exam has
    tell_us_note: Localized | None = None  # reassurance or detail shown with the list
    bring: list[Localized] = []  # exam-specific; earlier images are asked for on every exam page
    children: StrictBool = False  # the page says what an adult coming with a child needs to know (label exam_children)
    radiation: StrictBool = True  # X-rays are used (false: MRI, ultrasound); the child text then speaks of the dose
    duration: Duration | None = None  # left out when the sources give no range
    duration_note: Localized | None = None
    during: Annotated[list[Localized], Field(min_length=1)]  # what happens, step by step
    after: list[Localized] = []  # none: the page says the sources give no special instructions
    results_from_referrer: StrictBool = True  # false where no doctor referred you (screening)
    results_note: Localized | None = None  # what else is known about results (or that nothing is)
    where: Localized | None = None  # replaces "your appointment letter says where", when the sources say more
    # The places that do an exam are listed in data/locations.yaml (`exams:`), not here;
    # at_xray_locations: every location with `xray: true` does it too (plain X-ray).
    at_xray_locations: StrictBool = False
    travel: Literal["kela", "screening"] = "kela"  # Kela reimburses the trip; screening trips it does not
    keywords: LocalizedList  # base-form search words: "paasto", not "paastoa"
    sources: SectionSources
    # last_reviewed, next_review_due: from Reviewed (at most a year apart, not in the future)


class Exams(Strict):
    source_pages: Annotated[list[SourcePage], Field(min_length=1), unique_by("id")]
    exams: Annotated[list[Exam], Field(min_length=1), unique_by("id")]

    @model_validator(mode="after")
    def _versions_are_of_one_page_in_another_language(self):
        by_id = {page.id: page for page in self.source_pages}
        problems = []
        for index, page in enumerate(self.source_pages):
            original = by_id.get(page.version_of) if page.version_of else None
            if original is None:
                continue  # none, or an unknown id (reported as a broken reference)
            if original.version_of:
                message = ('"{other}" is itself a version of "{original}"; name the original page, '
                           'version_of: {original}')
                values = {"other": original.id, "original": original.version_of}
            elif original.lang == page.lang or original.id == page.id:
                message = ('"{other}" is also in the language "{lang}"; a version is the same page in another '
                           "language: name that page, or remove version_of")
                values = {"other": original.id, "lang": page.lang}
            else:
                continue
            problems.append(InitErrorDetails(type=PydanticCustomError("source_version", message, values),
                                             loc=("source_pages", index, "version_of"), input=page.version_of))
        if problems:
            raise ValidationError.from_exception_data("source_pages", problems)
        return self

    @model_validator(mode="after")
    def _other_names_are_this_exams_own(self):
        # Other names go into the search index and the page's introduction: another exam's name there
        # sends a reader looking for that exam to this one; the exam's own name or a name twice adds nothing.
        main = {(lang, fold(name)): index for index, exam in enumerate(self.exams) for lang, name in exam.name.items()}
        first: dict[tuple[str, str], tuple[int, int]] = {}  # (language, folded name) -> (exam, position) of its first use
        problems = []
        for index, exam in enumerate(self.exams):
            for lang, names in exam.other_names.items():
                for position, name in enumerate(names):
                    key = (lang, fold(name))
                    owner, earlier = main.get(key), first.setdefault(key, (index, position))
                    values: dict = {"name": name}
                    if owner == index:
                        message = '"{name}" is the exam\'s own name; remove it from other_names'
                    elif owner is not None or earlier[0] != index:
                        values["other"] = self.exams[earlier[0] if owner is None else owner].id
                        message = ('"{name}" is the name of another exam, {other}' if owner is not None else
                                   '"{name}" is also an other name of the exam {other}') + (
                            ": a reader looking for that exam would be sent here; remove it")
                    elif earlier != (index, position):
                        values["see"] = (earlier[1],)
                        message = '"{name}" is listed twice in other_names; keep one and remove the other'
                    else:
                        continue
                    problems.append(InitErrorDetails(type=PydanticCustomError("other_name", message, values),
                                                     loc=("exams", index, "other_names", lang, position), input=name))
        if problems:
            raise ValidationError.from_exception_data("other_names", problems)
        return self

    def pages_of(self, exam: Exam, lang: str | None = None) -> list[tuple[SourcePage, list[str]]]:
        """The source pages of one exam in first-use order, each with the sections resting on it.

        For a reader of `lang`, the language versions of one page that the exam lists (`version_of`)
        are one entry: the version in `lang`, or the first listed when none is, resting on the
        sections of them all."""
        by_id = {page.id: page for page in self.source_pages}
        sections: dict[str, list[str]] = {}
        for section in SECTIONS:
            for source in getattr(exam.sources, section):
                sections.setdefault(source, []).append(section)
        if lang is None:
            return [(by_id[source], used_in) for source, used_in in sections.items()]
        groups: dict[str, list[str]] = {}  # the original page's id -> the listed versions, in first-use order
        for source in sections:
            groups.setdefault(by_id[source].version_of or source, []).append(source)
        chosen = {}
        for versions in groups.values():
            shown = next((source for source in versions if by_id[source].lang == lang), versions[0])
            chosen[shown] = [section for section in SECTIONS if any(section in sections[v] for v in versions)]
        return [(by_id[source], chosen[source]) for source in sections if source in chosen]
