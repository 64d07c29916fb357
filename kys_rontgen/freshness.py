"""Stale data: facts checked more than 12 months ago and pages past their review date.

Driven by field names every model shares (`checked` from Sourced, `next_review_due` from
Reviewed), so records added by any model are covered. Stale data is a warning while
editing and an error in `make check STRICT=1`, which runs before publishing.
"""
from __future__ import annotations

from datetime import date, timedelta

from .model.walk import iter_values
from .validation import DataError, field_path

STALE_AFTER = timedelta(days=365)


def finnish_date(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def freshness_problems(dataset) -> list[DataError]:
    """Stale records as of the dataset's moment (dataset.now)."""
    today = dataset.now.date()
    problems = []
    for name, model in dataset.models().items():
        source = dataset.sources[name]
        dates = [(loc, value) for loc, value, _ in iter_values(model) if loc and isinstance(value, date)]
        scheduled = {loc[:-1] for loc, _ in dates if loc[-1] == "next_review_due"}
        for loc, value in dates:
            message = None
            if loc[-1] == "checked" and today - value > STALE_AFTER:
                message = (
                    f"was checked on {finnish_date(value)}, more than 12 months ago; check the fact at its "
                    "source and set checked to the date you did"
                )
            elif loc[-1] == "next_review_due" and value < today:
                message = (
                    f"the review was due on {finnish_date(value)}; review the page, then set last_reviewed "
                    "to that day and next_review_due to the next one"
                )
            elif loc[-1] == "last_reviewed" and loc[:-1] not in scheduled and today - value > STALE_AFTER:
                # A page with no next_review_due (the accessibility statement) is reviewed yearly.
                message = (
                    f"was last reviewed on {finnish_date(value)}, more than 12 months ago; review the page "
                    "and set last_reviewed to the date you did"
                )
            if message:
                line, column = source.position(loc)
                problems.append(DataError(str(source.path), line, column, field_path(loc), message))
    return sorted(problems)
