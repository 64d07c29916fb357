"""Load every data file, validate it, and return one Dataset (or every problem at once)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .languages import Language
from .model.accessibility import Accessibility
from .model.exams import Exams
from .model.labels import Labels
from .model.locations import Locations
from .model.municipalities import Municipalities
from .model.privacy import Privacy
from .model.service import Service
from .references import check_references
from .validation import DataError, DataErrors, relative, validate
from .yaml_source import YamlSyntaxError, load_yaml

# file name -> model; adding a data file is one line here and one model module.
DATA_FILES = {
    "service.yaml": Service,
    "labels.yaml": Labels,
    "exams.yaml": Exams,
    "municipalities.yaml": Municipalities,
    "locations.yaml": Locations,
    "accessibility.yaml": Accessibility,
    "privacy.yaml": Privacy,
}


@dataclass(frozen=True)
class Dataset:
    languages: list[Language]
    service: Service
    labels: Labels
    exams: Exams
    municipalities: Municipalities
    locations: Locations
    accessibility: Accessibility
    privacy: Privacy


def load_dataset(data_dir: Path, languages: list[Language], root: Path | None = None) -> Dataset:
    """Validate all files; raise DataErrors listing every problem in every file."""
    root = root or data_dir.parent
    context = {"languages": [lang.code for lang in languages]}
    loaded, sources, errors = {}, {}, []
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
        loaded[name], sources[name] = value, source
        errors += problems
    if not errors:  # references between files are checked once every file is valid
        errors += check_references(
            loaded["municipalities.yaml"], loaded["locations.yaml"], loaded["exams.yaml"], sources
        )
    if errors:
        raise DataErrors(errors)
    return Dataset(
        languages=languages,
        service=loaded["service.yaml"],
        labels=loaded["labels.yaml"],
        exams=loaded["exams.yaml"],
        municipalities=loaded["municipalities.yaml"],
        locations=loaded["locations.yaml"],
        accessibility=loaded["accessibility.yaml"],
        privacy=loaded["privacy.yaml"],
    )
