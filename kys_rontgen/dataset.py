"""Load every data file, validate it, and return one Dataset (or every problem at once).

Everything here is driven by DATA_FILES and by what the models declare: a new data file is
one line in DATA_FILES, one field of Dataset and one model module; its fields, references to other files
(`Reference` annotations) and review dates are then checked with no code here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel

from . import clock
from .label_usage import page_headings, used_labels
from .languages import Language
from .model.accessibility import Accessibility
from .model.exams import SCREENING_EXAM, Exams
from .model.identifiers import Reference
from .model.labels import Labels
from .model.locations import Location, Locations
from .model.municipalities import Municipalities
from .model.names import host
from .model.notices import Notices
from .model.privacy import Privacy
from .model.ptv import Ptv
from .model.search import Search
from .model.service import Service
from .model.walk import iter_raw, iter_values
from .validation import DataError, DataErrors, field_path, nearest, relative, right_to_left_errors, unprintable_errors, validate
from .yaml_source import YamlSource, YamlSyntaxError, load_yaml

# file name -> model; adding a data file is one line here and one model module.
DATA_FILES = {
    "service.yaml": Service,
    "labels.yaml": Labels,
    "exams.yaml": Exams,
    "municipalities.yaml": Municipalities,
    "locations.yaml": Locations,
    "notices.yaml": Notices,
    "accessibility.yaml": Accessibility,
    "privacy.yaml": Privacy,
    "search.yaml": Search,
    "ptv.yaml": Ptv,  # written only by `make import-ptv`
}


def _attribute(name: str) -> str:
    return name.removesuffix(".yaml").replace("-", "_")


@dataclass(frozen=True)
class Dataset:
    """Every data file, validated: one field per DATA_FILES entry (dataset.service,
    dataset.exams, …), the languages, the moment of the build, and `sources` (where each
    value stands, for messages). A new data file is one line in DATA_FILES and one field here
    (tests/unit/test_models.py checks that the two agree)."""

    languages: list[Language]
    # The build's one reading of the clock (clock.now): "not in the future", stale data,
    # current opening-hour exceptions and active notices are all measured against it.
    now: datetime
    service: Service
    labels: Labels
    exams: Exams
    municipalities: Municipalities
    locations: Locations
    notices: Notices
    accessibility: Accessibility
    privacy: Privacy
    search: Search
    ptv: Ptv
    sources: dict[str, YamlSource] = field(default_factory=dict, compare=False, repr=False)
    # The build's cache (kys_rontgen/build_cache.py), for page steps that consult a dictionary.
    cache_dir: Path | None = field(default=None, compare=False, repr=False)

    def models(self) -> dict[str, BaseModel]:
        """{file name: validated model} for every data file."""
        return {name: getattr(self, _attribute(name)) for name in DATA_FILES}


def _raw_keys(source: YamlSource | None, ref: Reference, problems: list[DataError]) -> list[str] | None:
    """The keys a file that failed validation still names, when none of its problems is about a key
    (a mistyped key would make every reference to the intended one look broken too)."""
    records = source.data.get(ref.collection) if source and isinstance(source.data, dict) else None
    key_problem = any(p.field.startswith(f"{ref.collection}[") and p.field.endswith(f".{ref.key}") for p in problems)
    if not isinstance(records, list) or key_problem or any(p.field in {"", ref.collection} for p in problems):
        return None
    return [str(item[ref.key]) for item in records if isinstance(item, dict) and ref.key in item]


def _reference_errors(
    loaded: dict[str, BaseModel], sources: dict[str, YamlSource], problems: dict[str, list[DataError]]
) -> list[DataError]:
    """Every `Reference`-annotated value must name an existing record in its target file.

    A target file with errors of its own still lists its records, so one file's mistake does
    not hide a broken reference in another.
    """
    keys: dict[Reference, list[str] | None] = {}
    errors = []
    for name, source in sources.items():
        if name in loaded:
            values = iter_values(loaded[name])
        else:  # the file has errors of its own: its other references are still checked
            flagged = {p.field for p in problems.get(name, [])}
            values = (
                (loc, value, metadata) for loc, value, metadata in iter_raw(DATA_FILES[name], source.data)
                if isinstance(value, str) and field_path(loc) not in flagged
            )
        for loc, value, metadata in values:
            for ref in (m for m in metadata if isinstance(m, Reference)):
                if ref not in keys:
                    target = loaded.get(ref.file)
                    keys[ref] = (
                        [str(getattr(item, ref.key)) for item in getattr(target, ref.collection)]
                        if target is not None else _raw_keys(sources.get(ref.file), ref, problems.get(ref.file, []))
                    )
                if keys[ref] is None:  # that file is missing or unreadable: already reported
                    continue
                if str(value) not in keys[ref]:
                    errors.append(_unknown_reference(sources[name], loc, str(value), ref, keys[ref], sources[ref.file]))
    return errors


def _unknown_reference(source: YamlSource, loc, value: str, ref: Reference, known: list[str], target: YamlSource) -> DataError:
    close = nearest(value, known)
    hint = f'did you mean "{close}"? ' if close else ""
    line, column = source.position(loc)
    return DataError(
        str(source.path), line, column, field_path(loc),
        f'"{value}" is not the {ref.key} of any of the {ref.collection} in {target.path}; '
        f"{hint}use an existing {ref.key} or add the record there",
    )


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _written_addresses(sources: dict[str, YamlSource]) -> list[str]:
    """Every web address written anywhere in the data files (with a host name)."""
    return [value for source in sources.values() for value in _strings(source.data)
            if value.startswith(("https://", "http://")) and urlsplit(value).hostname]


def _unused_source_notes(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """A `source_notes` host that no source uses: a typo (fi.wikipedia.org for fi.m.wikipedia.org)
    would silently drop the "not an official source" note from every page."""
    locations = loaded.get("locations.yaml")
    if locations is None or not locations.source_notes:
        return []
    # From every file as written, so that a file with errors of its own still counts its sources.
    hosts = {host(value) for value in _written_addresses(sources)}
    errors = []
    for name in locations.source_notes:
        if name not in hosts:
            near = nearest(name, hosts)
            fix = f"the sources use {near}: write that" if near else "remove the note, or correct the host"
            line, column = sources["locations.yaml"].position(("source_notes", name))
            errors.append(DataError(str(sources["locations.yaml"].path), line, column, f"source_notes.{name}",
                                    f"is not the host of any source in the data, so its note shows nowhere; {fix}"))
    return errors


def _unused_source_languages(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """A `source_languages` address that fits no source in the data: a typo would silently leave
    every page of that host without its "in Finnish". Sources stand in every file, so a file that
    could not be read or validated hides them: then this waits until it is fixed."""
    locations = loaded.get("locations.yaml")
    if (locations is None or not locations.source_languages or set(sources) != set(DATA_FILES)
            or any(loaded.get(name) is None for name in sources)):
        return []
    addresses = {urlsplit(value).hostname.removeprefix("www.") + urlsplit(value).path
                 for value in _written_addresses(sources)}
    errors = []
    for start in locations.source_languages:
        if not any(address == start or address.startswith(start.rstrip("/") + "/") for address in addresses):
            near = nearest(start, {address.split("/")[0] for address in addresses})
            fix = f"the sources use {near}: write that" if near else "remove it, or correct the address"
            line, column = sources["locations.yaml"].position(("source_languages", start))
            errors.append(DataError(str(sources["locations.yaml"].path), line, column, f"source_languages.{start}",
                                    f"is not the start of any source address in the data, so it tells the language "
                                    f"of no page; {fix}"))
    return errors


# How the university hospital (KYS) is known among the locations: by its Finnish name.
UNIVERSITY_HOSPITAL = "yliopistollinen sairaala"


def _is_hospital(location: Location) -> bool:
    return UNIVERSITY_HOSPITAL in location.name["fi"].casefold()


# The service.yaml fields that must name the university hospital, and what the site says of that place.
# Two of them so far; one rule, so that a new one is one line here.
HOSPITAL_FIELDS = {
    ("hospital",): "search engines read it as the hospital KYS Röntgen belongs to (the home page's JSON-LD)",
    ("night_emergency", "location"): "every urgent-help block names it as the county's only night-time emergency",
}


def _hospital_errors(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """Each of HOSPITAL_FIELDS names the university hospital: a health centre there would be a wrong
    fact (residents sent to a health centre at night, or a health centre as KYS Röntgen's hospital)."""
    service, locations = loaded.get("service.yaml"), loaded.get("locations.yaml")
    if service is None or locations is None:
        return []
    known = [loc.id for loc in locations.locations if _is_hospital(loc)]
    errors = []
    for path, why in HOSPITAL_FIELDS.items():
        value = service
        for part in path:
            value = getattr(value, part)
        if value not in locations.by_id:
            continue  # an unknown id is told by the reference check
        if _is_hospital(locations.by_id[value]):
            continue
        fix = f"write `{path[-1]}: {known[0]}`" if known else (
            f'write the id of the location in data/locations.yaml whose Finnish name says "{UNIVERSITY_HOSPITAL}"')
        line, column = sources["service.yaml"].position(path)
        errors.append(DataError(str(sources["service.yaml"].path), line, column, ".".join(path),
                                f'"{value}" is not the university hospital (KYS), and {why}; {fix}'))
    return errors


def _night_emergency_errors(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """Every urgent-help block gives the night-time emergency place's address: it must have one."""
    service, locations = loaded.get("service.yaml"), loaded.get("locations.yaml")
    if service is None or locations is None or service.night_emergency.location not in locations.by_id:
        return []  # a missing or unknown id is told by the other checks
    place = locations.by_id[service.night_emergency.location]
    if place.address is not None or not _is_hospital(place):  # another place: _hospital_errors
        return []
    line, column = sources["service.yaml"].position(("night_emergency", "location"))
    return [DataError(str(sources["service.yaml"].path), line, column, "night_emergency.location",
                      f'"{place.id}" has no address in data/locations.yaml, and every urgent-help block tells the '
                      "reader where to go at night; add the place's address (with its source), or name the place "
                      "that has the night-time emergency department")]


def _location_error(sources: dict[str, YamlSource], index: int, field_name: str, message: str) -> DataError:
    """A problem at a field of the index-th record of data/locations.yaml."""
    line, column = sources["locations.yaml"].position(("locations", index, field_name))
    return DataError(str(sources["locations.yaml"].path), line, column, f"locations[{index}].{field_name}", message)


def _ptv_link_errors(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """A location's `ptv_id` names the PTV place it is shown as: one in another municipality is a
    wrong id (a copy-paste from the next place), which would put another place's contacts on the page."""
    locations, ptv, municipalities = (loaded.get(n) for n in ("locations.yaml", "ptv.yaml", "municipalities.yaml"))
    if locations is None or ptv is None:
        return []
    places = {place.ptv_id: place for place in ptv.locations}
    names = {m.code: m.name.fi for m in municipalities.municipalities} if municipalities else {}
    errors = []
    for index, location in enumerate(locations.locations):
        place = places.get(location.ptv_id)
        if place is None or place.municipality == location.municipality:
            continue
        errors.append(_location_error(
            sources, index, "ptv_id",
            f'links {location.name["fi"]} ({names.get(location.municipality, location.municipality)}) to the PTV place '
            f'{place.name["fi"]} ({names.get(place.municipality, place.municipality)}) of data/ptv.yaml; '
            "copy the right id from the place's suomi.fi page, or remove ptv_id"))
    return errors


def _shared_id_errors(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """The pages, references (`health_centres: [id]`) and open data know a place by its id alone, so an
    id in both data/locations.yaml and data/ptv.yaml would show two cards and make a reference ambiguous.
    The import never takes an editor's id; this is an editor's record added after the import."""
    locations, ptv = loaded.get("locations.yaml"), loaded.get("ptv.yaml")
    if locations is None or ptv is None:
        return []
    imported = {place.id: (index, place) for index, place in enumerate(ptv.locations)}
    errors = []
    for index, location in enumerate(locations.locations):
        other, place = imported.get(location.id, (None, None))
        if place is None or location.ptv_id == place.ptv_id:  # joined with it: one card under the one id
            continue
        other_line = sources["ptv.yaml"].position(("locations", other, "id"))[0]
        errors.append(_location_error(
            sources, index, "id",
            f'"{location.id}" is also the id of the place imported from PTV on line {other_line} of '
            f"{sources['ptv.yaml'].path}; if this is that place, add `ptv_id: {place.ptv_id}` here to show them "
            "as one; if not, give this record another id"))
    return errors


def _municipality_place_errors(loaded: dict[str, BaseModel], sources: dict[str, YamlSource]) -> list[DataError]:
    """A municipality's places are the right kind: each `screening_location` lists the screening exam
    (women would be sent to a place that does no screening), and each of its `health_centres` stands in
    the municipality or says it also serves its residents (`also_serves`): the university hospital in
    Kuopio is not Iisalmi's own health centre."""
    municipalities, locations = loaded.get("municipalities.yaml"), loaded.get("locations.yaml")
    if municipalities is None or locations is None:
        return []
    names = {m.code: m.name.fi for m in municipalities.municipalities}
    source, places = sources["municipalities.yaml"], sources["locations.yaml"]
    errors = []
    for index, municipality in enumerate(municipalities.municipalities):
        raw = source.data["municipalities"][index].get("screening_location")
        for field_name, ids in (("health_centres", municipality.health_centres),
                                ("screening_location", municipality.screening_location)):
            for position, place_id in enumerate(ids):
                place = locations.by_id.get(place_id)
                if place is None or place.municipality not in names:
                    continue  # an unknown id or municipality code is told by the reference check
                line = places.position(("locations", locations.locations.index(place), "id"))[0]
                if field_name == "screening_location" and SCREENING_EXAM not in place.exams:
                    message = (f'"{place_id}" does not do breast screening: its record (line {line} of {places.path}) '
                               f"has no {SCREENING_EXAM} under exams; name a place that does, or add "
                               f"{SCREENING_EXAM} to its exams if a source says it does screening")
                elif field_name == "health_centres" and municipality.code not in (place.municipality, *place.also_serves):
                    message = (f'"{place_id}" is in {names[place.municipality]} (line {line} of '
                               f"{places.path}), not in {municipality.name.fi}; list the municipality's own health "
                               f"centres, or, if a source says the place also serves {municipality.name.fi}'s residents, "
                               f'add `also_serves: ["{municipality.code}"]` to its record')
                else:
                    continue
                loc = ("municipalities", index, field_name) + (
                    (position,) if field_name == "health_centres" or isinstance(raw, list) else ())
                at_line, column = source.position(loc)
                errors.append(DataError(str(source.path), at_line, column, field_path(loc), message))
    return errors


def _hand_edit_errors(data_dir: Path, sources: dict[str, YamlSource]) -> list[DataError]:
    """data/ptv.yaml as the import wrote it (its digest line): a hand edit would be lost."""
    from .ptv_import import PTV_FILE, digest_problem

    if PTV_FILE not in sources:
        return []
    problem = digest_problem((data_dir / PTV_FILE).read_text(encoding="utf-8"))
    if problem is None:
        return []
    line, message = problem
    return [DataError(str(sources[PTV_FILE].path), line, 1, "", message)]


def _unknown_files(data_dir: Path, root: Path) -> list[DataError]:
    """A YAML file the site does not read (data/notice.yaml, locations.yml): its edits would vanish unseen."""
    errors = []
    for path in sorted([*data_dir.glob("*.yaml"), *data_dir.glob("*.yml")]):
        if path.name in DATA_FILES:
            continue
        near = nearest(path.name, DATA_FILES)
        fix = f"did you mean {near}? Move its contents there" if near else (
            f"the site reads only {', '.join(DATA_FILES)}: move its contents into one of them, or delete it")
        errors.append(DataError(str(relative(path, root)), 1, 1, "", f"is not a data file of this site; {fix}"))
    return errors


def load_dataset(
    data_dir: Path,
    languages: list[Language],
    root: Path | None = None,
    now: datetime | None = None,
    require_translations: bool = True,
    cache_dir: Path | None = None,
) -> Dataset:
    """Validate all files; raise DataErrors listing every problem in every file.

    `now` is the build's moment (a build passes the one it read; without it, clock.now()).
    `require_translations=False` lets the report read data whose only fault is a missing language.
    `cache_dir`: a build's cache (kys_rontgen/build_cache.py), for what does not depend on the data.
    """
    root = root or data_dir.parent
    now = now or clock.now()
    codes = [lang.code for lang in languages] if require_translations else []
    context = {"languages": codes, "today": now.date(), "label_keys": used_labels(cache_dir),
               "page_headings": page_headings(cache_dir)}
    loaded, sources, errors, by_file = {}, {}, [], {}
    for name, model in DATA_FILES.items():
        path = data_dir / name
        shown = relative(path, root)
        if not path.exists():
            errors.append(DataError(str(shown), 1, 1, "", "file is missing; restore it from git"))
            continue
        try:
            source = load_yaml(path, shown)
        except YamlSyntaxError as error:
            errors.append(DataError(str(shown), error.line, error.column, "", error.message))
            continue
        value, problems = validate(source, model, context)
        sources[name] = source
        if value is not None:
            loaded[name] = value
        problems += unprintable_errors(source)
        problems += right_to_left_errors(source, languages)
        errors += problems
        by_file[name] = problems
    errors += _reference_errors(loaded, sources, by_file)
    errors += _unknown_files(data_dir, root)
    errors += _unused_source_notes(loaded, sources)
    errors += _unused_source_languages(loaded, sources)
    errors += _hospital_errors(loaded, sources)
    errors += _night_emergency_errors(loaded, sources)
    errors += _hand_edit_errors(data_dir, sources)
    errors += _ptv_link_errors(loaded, sources)
    errors += _shared_id_errors(loaded, sources)
    errors += _municipality_place_errors(loaded, sources)
    if errors:
        raise DataErrors(errors)
    return Dataset(languages=languages, now=now, sources=sources, cache_dir=cache_dir, **{_attribute(n): m for n, m in loaded.items()})
