"""data/accessibility.yaml: the accessibility statement required by Act 306/2019 (digital services act)."""
from __future__ import annotations

from typing import Literal

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from .base import Strict, located
from .contact import Email, HttpsUrl, PhoneNumber
from .provenance import MissingFact, PastDate, Sourced, known_or_missing
from .texts import Localized, LocalizedLine, Text


class Shortcoming(Strict):
    """Content that is not (fully) accessible: what, why, and what to do instead."""

    content: Localized  # the part of the site
    problem: Localized  # what does not work, in plain words
    reason: Localized
    alternative: Localized  # how the reader gets the same information meanwhile


class Feedback(Strict):
    """The accessibility feedback channel; the law requires an answer within 14 days."""

    # The address, or `{missing: "where it was looked for"}` while none is published: the
    # statement then says so, `meanwhile` tells readers what to do, and `make report` lists it.
    email: known_or_missing(Email)
    meanwhile: Localized | None = None  # how to give feedback while there is no address
    meanwhile_url: HttpsUrl | None = None
    answered_by: Localized  # who answers
    answer_within_days: Literal[14] = 14  # fixed by Act 306/2019

    @property
    def address(self) -> str | None:
        """The e-mail address readers write to; None while it is recorded as missing."""
        return None if isinstance(self.email, MissingFact) else self.email

    @model_validator(mode="after")
    def _missing_email_is_explained(self):
        if self.address is None and (self.meanwhile is None or self.meanwhile_url is None):
            raise PydanticCustomError(
                "feedback_missing",
                "email is recorded as missing: add `meanwhile` and `meanwhile_url` so readers know how to give feedback",
            )
        return self


class Supervisor(Sourced):
    """The supervisory authority a reader may turn to (Traficom from 1.1.2025)."""

    name: LocalizedLine
    unit: LocalizedLine | None = None  # the unit that handles accessibility reports
    web_page: HttpsUrl
    # How to reach it: the law requires the statement to say. Left out when no source gives it.
    email: Email | None = None
    phone: PhoneNumber | None = None
    source_note: Text | None = None  # for editors: how good `source` is for the contact details


# The levels EN 301 549 and Act 306/2019 refer to (WCAG 2.1 AA; 2.2 AA meets it too).
STANDARDS = ("WCAG 2.1 AA", "WCAG 2.2 AA")


class Accessibility(Sourced):
    standard: Literal[STANDARDS]  # the statement names the law and EN 301 549 beside it
    status: Literal["fully", "partially", "not"]  # how far the site meets `standard`
    assessment: Literal["self", "third_party"]
    method: Localized  # how the site was assessed
    prepared: PastDate
    last_reviewed: PastDate  # a review older than a year is stale (freshness.py)
    shortcomings: list[Shortcoming]
    feedback: Feedback
    supervisor: Supervisor

    @model_validator(mode="after")
    def _reviewed_after_prepared(self):
        if self.last_reviewed < self.prepared:
            raise located(
                "review_date",
                "{reviewed} is before prepared {prepared}; set it to the date of the latest review",
                at=("last_reviewed",), reviewed=self.last_reviewed.isoformat(), prepared=self.prepared.isoformat(),
            )
        # A legal statement: "fully compliant" above a list of shortcomings contradicts itself.
        if (self.status == "fully") == bool(self.shortcomings):
            raise located(
                "status_shortcomings",
                'is "{status}" but the statement lists {listed}; use "fully" only with no shortcomings, '
                'and "partially" or "not" with at least one', at=("status",),
                status=self.status, listed="shortcomings" if self.shortcomings else "no shortcomings",
            )
        return self
