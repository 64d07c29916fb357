"""`make report`: what is incomplete or stale in the data, for the editors to follow up.

Reads the models, not the YAML: municipalities are followed to their health centres
(location records) for phone numbers, addresses and opening hours, as agreed in the data
shape. Parts of the model that do not exist yet are skipped, not guessed.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .dataset import load_dataset
from .freshness import freshness_problems
from .languages import configured_languages
from .model.provenance import MissingFact
from .model.walk import iter_values
from .pages.directory import ptv_locations
from .validation import DataErrors, field_path

TRANSLATION_KIND = "has no text in "  # the start of a missing-translation message


@dataclass(frozen=True)
class Section:
    title: str
    lines: list[str]


def _has(value) -> bool:
    """Is a fact recorded? None, an empty list or a MissingFact is not."""
    if value is None or isinstance(value, MissingFact):
        return False
    if isinstance(value, (list, tuple, dict)):
        return bool(value)
    standard = getattr(value, "standard", None)  # opening hours with no regular hours
    return bool(standard) if standard is not None else True


def _collection(dataset, attribute: str) -> list:
    return list(getattr(getattr(dataset, attribute, None), attribute, None) or [])


def _name(record) -> str:
    name = getattr(record, "name", None)
    if isinstance(name, dict):
        return name.get("fi") or next(iter(name.values()))
    return getattr(name, "fi", None) or str(getattr(record, "id", getattr(record, "code", "?")))


def municipality_gaps(dataset) -> list[str]:
    """Municipalities whose health centres give residents no phone number, address or hours."""
    locations = {location.id: location for location in _collection(dataset, "locations")}
    lines = []
    for municipality in _collection(dataset, "municipalities"):
        centres = [locations[i] for i in getattr(municipality, "health_centres", None) or [] if i in locations]
        centres += ptv_locations(dataset, municipality)
        if not centres:
            lines.append(f"{_name(municipality)}: no health centre recorded")
            continue
        gaps = [
            what
            for what, attribute in (("phone number", "phones"), ("address", "address"), ("opening hours", "opening_hours"))
            if not any(_has(getattr(centre, attribute, None)) for centre in centres)
        ]
        if gaps:
            centre_names = ", ".join(_name(c) for c in centres)
            lines.append(f"{_name(municipality)}: no {', no '.join(gaps)} ({centre_names})")
    return lines


def missing_facts(dataset) -> list[str]:
    lines = []
    for name, model in dataset.models().items():
        source = dataset.sources[name]
        for loc, value, _ in iter_values(model):
            if isinstance(value, MissingFact):
                line, _ = source.position(loc)
                lines.append(f"{source.path}:{line}: {field_path(loc)}: {value.missing}")
    return lines


def ptv_untranslated(dataset) -> list[str]:
    """PTV texts shown in Finnish on another language's page (a place with no English name)."""
    source = dataset.sources.get("ptv.yaml")
    lines = []
    for index, location in enumerate(dataset.ptv.locations):
        for path in location.untranslated:
            line, _ = source.position(("locations", index, *path.split(".")))
            lines.append(f"{source.path}:{line}: {path}: {location.name['fi']}: add it in PTV and import again")
    return lines


def build_report(root: Path, now: datetime) -> tuple[list[Section], DataErrors | None]:
    """The report's sections, or the data errors that must be fixed before a report can be made."""
    languages = configured_languages(root / "mkdocs.yml")
    try:
        load_dataset(root / "data", languages, root, now)
        untranslated: list[str] = []
    except DataErrors as failure:
        untranslated = [str(e) for e in failure.errors if e.message.startswith(TRANSLATION_KIND)]
        if len(untranslated) < len(failure.errors):
            return [], DataErrors([e for e in failure.errors if not e.message.startswith(TRANSLATION_KIND)])
    dataset = load_dataset(root / "data", languages, root, now, require_translations=False)
    stale = freshness_problems(dataset)
    return [
        Section("Municipalities without a phone number, address or opening hours", municipality_gaps(dataset)),
        Section("Facts checked more than 12 months ago", [str(p) for p in stale if p.field.rsplit(".", 1)[-1] == "checked"]),
        Section("Pages past their next review date", [str(p) for p in stale if p.field.rsplit(".", 1)[-1] == "next_review_due"]),
        Section("Texts missing in a configured language", untranslated),
        Section("Names from PTV without a translation (the Finnish name is shown)", ptv_untranslated(dataset)),
        Section("Facts recorded as not known (missing)", missing_facts(dataset)),
    ], None


def format_report(sections: Iterable[Section], now: datetime) -> str:
    out = [f"Completeness and freshness of data/ on {now.date().isoformat()}", ""]
    for section in sections:
        out.append(f"{section.title} ({len(section.lines)})")
        out += [f"  {line}" for line in section.lines] or ["  none"]
        out.append("")
    return "\n".join(out)
