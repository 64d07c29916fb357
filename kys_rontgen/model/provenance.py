"""Where a fact came from and when: sources, checked and review dates, facts recorded as missing."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Union

from pydantic import AfterValidator, BeforeValidator, Discriminator, Tag, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from .. import clock
from .base import JsonSchema, Strict, checked_text, located
from .contact import URL_MAX, lower_case_scheme, public_host, url_characters, url_length
from .texts import Text

# Sources may be old http:// pages; links shown to residents must be https (contact.HttpsUrl).
SourceUrl = Annotated[checked_text(
    r"https?://[^\s/]+\.[^\s]+",
    "source_url",
    '"{value}" is not a full web address; copy the address of the source page, starting with https://',
), AfterValidator(public_host), AfterValidator(url_characters), BeforeValidator(lower_case_scheme),
   AfterValidator(url_length), JsonSchema({"maxLength": URL_MAX})]


def today(info: ValidationInfo | None) -> date:
    """The date validation compares with: the build's moment, injected through the context by
    load_dataset; a model validated alone (tests) falls back to the one clock."""
    injected = ((info.context if info else None) or {}).get("today")
    return injected or clock.now().date()


def _not_in_future(value: date, info: ValidationInfo) -> date:
    now = today(info)
    if value > now:
        raise PydanticCustomError(
            "date_in_future",
            "{value} is in the future (today is {today}); write the day it actually happened, today or earlier",
            {"value": value.isoformat(), "today": now.isoformat()},
        )
    return value


# A date that has happened: when a fact was checked, when a page was reviewed.
PastDate = Annotated[date, AfterValidator(_not_in_future)]


def _at_least_one(sources: list[str]) -> list[str]:
    if not sources:
        raise PydanticCustomError("no_source", "lists no source; add the address of the page the facts come from")
    return sources


class Sourced(Strict):
    """Every fact record says where it came from and when someone last checked it."""

    source: SourceUrl | Annotated[list[SourceUrl], AfterValidator(_at_least_one)]
    checked: PastDate


REVIEW_INTERVAL_MAX_DAYS = 366  # reviewed pages are reviewed at least once a year


class Reviewed(Strict):
    """A page whose content someone reviews on a schedule (NHS: last reviewed / next review due)."""

    last_reviewed: PastDate
    next_review_due: date

    @model_validator(mode="after")
    def _review_window(self):
        days = (self.next_review_due - self.last_reviewed).days
        dates = {"due": self.next_review_due.isoformat(), "reviewed": self.last_reviewed.isoformat()}
        if days <= 0:
            raise located(
                "review_order", "{due} is not after last_reviewed {reviewed}; set a later date",
                at=("next_review_due",), **dates,
            )
        if days > REVIEW_INTERVAL_MAX_DAYS:
            raise located(
                "review_too_far",
                "{due} is more than a year after last_reviewed {reviewed}; pages are reviewed at least yearly, set an earlier date",
                at=("next_review_due",), **dates,
            )
        return self


class MissingFact(Strict):
    """A fact looked for and not found, recorded as such: `email: {missing: "not published"}`.

    Pages say plainly that it is not known; `make report` lists every one.
    """

    missing: Text  # for editors: what was looked for, where, when


def _known_or_missing(value: Any) -> str:
    recorded_missing = isinstance(value, MissingFact) or (isinstance(value, dict) and "missing" in value)
    return "missing" if recorded_missing else "known"


def known_or_missing(annotation: Any) -> Any:
    """`email: known_or_missing(Email)`: the fact, or a MissingFact saying it is not known."""
    return Annotated[
        Union[Annotated[annotation, Tag("known")], Annotated[MissingFact, Tag("missing")]],
        Discriminator(_known_or_missing),
    ]
