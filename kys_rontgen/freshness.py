"""Stale data: facts checked more than 12 months ago, pages past their review date, and notices
and opening-hour exceptions that are over or start more than a year ahead (a typo in the year
hides them from every page without a word: 2025 for 2026, 2062 for 2026), and a location whose
name differs from its PTV place's (one of the two is out of date).

Driven by field names every model shares (`checked` from Sourced, `next_review_due` from
Reviewed), so records added by any model are covered. Stale data is a warning while
editing and an error in `make check STRICT=1`, which runs before publishing.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from .model.walk import iter_values
from .validation import DataError, field_path

STALE_AFTER = timedelta(days=365)
FAR_AHEAD = timedelta(days=365)


def finnish_date(value: date) -> str:
    return f"{value.day}.{value.month}.{value.year}"


def finnish_moment(value: datetime) -> str:
    return f"{finnish_date(value)} {value.hour}.{value.minute:02d}"


def _timing_message(loc: tuple, value: date, now: datetime, ending: set) -> str | None:
    """A notice (start, end: moments) or an exception (valid_from, valid_to: days) that is over or far ahead."""
    field = loc[-1]
    if field in ("start", "end") and isinstance(value, datetime):
        over, ahead, shown = value < now, value - now > FAR_AHEAD, finnish_moment(value)
    elif field in ("valid_from", "valid_to"):
        over, ahead, shown = value < now.date(), value - now.date() > FAR_AHEAD, finnish_date(value)
    else:
        return None
    if over and (field in ("end", "valid_to") or field == "valid_from" and loc[:-1] not in ending):
        return (f"is over (it ended on {shown}), so it shows on no page; remove it, or if the year is wrong, "
                "correct it")
    if ahead and field in ("start", "valid_from"):
        return (f"starts on {shown}, more than a year from now, so it shows on no page until then; check the "
                "year")
    return None


def _review_message(loc: tuple, value: date, today: date, scheduled: set) -> str | None:
    """A fact checked, or a page reviewed, too long ago."""
    if loc[-1] == "checked" and today - value > STALE_AFTER:
        return (
            f"was checked on {finnish_date(value)}, more than 12 months ago; check the fact at its "
            "source and set checked to the date you did"
        )
    if loc[-1] == "next_review_due" and value < today:
        return (
            f"the review was due on {finnish_date(value)}; review the page, then set last_reviewed "
            "to that day and next_review_due to the next one"
        )
    if loc[-1] == "last_reviewed" and loc[:-1] not in scheduled and today - value > STALE_AFTER:
        # A page with no next_review_due (the accessibility statement) is reviewed yearly.
        return (
            f"was last reviewed on {finnish_date(value)}, more than 12 months ago; review the page "
            "and set last_reviewed to the date you did"
        )
    return None


def _ptv_name_problems(dataset) -> list[DataError]:
    """A location joined to a PTV place (`ptv_id`) under another name: the page shows PTV's name, so
    the editor's one is out of date, or PTV's is (a place renamed, or the wrong place joined)."""
    places = {place.ptv_id: (index, place) for index, place in enumerate(dataset.ptv.locations)}
    source, ptv_source = dataset.sources.get("locations.yaml"), dataset.sources.get("ptv.yaml")
    problems = []
    for index, location in enumerate(dataset.locations.locations):
        other, place = places.get(location.ptv_id, (None, None))
        if place is None or source is None or ptv_source is None:
            continue
        for lang, name in location.name.items():
            if lang in place.name and place.name[lang] != name:
                loc = ("locations", index, "name", lang)
                line, column = source.position(loc)
                problems.append(DataError(
                    str(source.path), line, column, field_path(loc),
                    f'"{name}" is not the name of its PTV place, "{place.name[lang]}" '
                    f'({ptv_source.path} line {ptv_source.position(("locations", other, "name", lang))[0]}), '
                    "which the page shows; write that name here, or have it corrected in PTV and import again"))
    return problems


def freshness_problems(dataset) -> list[DataError]:
    """Stale records as of the dataset's moment (dataset.now), and names that PTV and the editor's
    record no longer agree on."""
    today = dataset.now.date()
    problems = []
    for name, model in dataset.models().items():
        source = dataset.sources[name]
        dates = [(loc, value) for loc, value, _ in iter_values(model) if loc and isinstance(value, date)]
        scheduled = {loc[:-1] for loc, _ in dates if loc[-1] == "next_review_due"}
        ending = {loc[:-1] for loc, _ in dates if loc[-1] == "valid_to"}
        for loc, value in dates:
            message = _timing_message(loc, value, dataset.now, ending) or _review_message(loc, value, today, scheduled)
            if message:
                line, column = source.position(loc)
                problems.append(DataError(str(source.path), line, column, field_path(loc), message))
    return sorted(problems + _ptv_name_problems(dataset))
