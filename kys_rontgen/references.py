"""Checks across data files, run once every file has loaded: does each id referred to exist?

A reference to a missing location (a typo, or a location removed) would otherwise become a
broken page; it is reported like any data error, at the line of the bad reference.
"""
from __future__ import annotations

from .model.exams import Exams
from .model.locations import Locations
from .model.municipalities import Municipalities
from .validation import DataError, field_path
from .yaml_source import YamlSource


def _missing(source: YamlSource, loc: tuple, value: str, what: str, file: str) -> DataError:
    line, column = source.position(loc)
    return DataError(
        str(source.path), line, column, field_path(loc),
        f'refers to {what} "{value}", which is not in data/{file}; use an existing one or add it there',
    )


def check_references(
    municipalities: Municipalities, locations: Locations, exams: Exams, sources: dict[str, YamlSource]
) -> list[DataError]:
    location_ids = set(locations.by_id)
    codes = {m.code for m in municipalities.municipalities}
    exam_ids = {exam.id for exam in exams.exams}
    errors = []
    for index, municipality in enumerate(municipalities.municipalities):
        for field in ("health_centres", "screening_location"):
            for position, location_id in enumerate(getattr(municipality, field)):
                # (a single id written without a list falls back to the field's own line)
                loc = ("municipalities", index, field, position)
                if location_id not in location_ids:
                    errors.append(_missing(sources["municipalities.yaml"], loc, location_id, "location", "locations.yaml"))
    for index, location in enumerate(locations.locations):
        if location.municipality not in codes:
            loc = ("locations", index, "municipality")
            errors.append(_missing(sources["locations.yaml"], loc, location.municipality, "municipality code", "municipalities.yaml"))
        for position, exam_id in enumerate(location.exams):
            if exam_id not in exam_ids:
                loc = ("locations", index, "exams", position)
                errors.append(_missing(sources["locations.yaml"], loc, exam_id, "exam", "exams.yaml"))
    return errors
