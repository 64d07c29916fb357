"""Make a dataset N times larger by replicating the real records under new identities.

Generic over data/: every top-level list whose items carry an `id` or a `code` is scaled,
so a new data file (locations, more exams...) is covered without touching this module.
In replica k every identifier gets a new value and every reference to an identifier
(a municipality's health centres, an exam's locations...) follows it, so the copy
validates like the original. Names get a number so pages get their own slugs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

IDENTITY_KEYS = ("id", "code")
# YAML 1.2 both ways, as the site reads it (PyYAML would write the code "080" unquoted: an int in 1.2).
_YAML = YAML(typ="safe", pure=True)
_YAML.default_flow_style = False
_YAML.allow_unicode = True
_YAML.sort_base_mapping_type_on_output = False
_YAML.representer.ignore_aliases = lambda data: True  # write each date out, no &id001 anchors
# Files about the service itself, not the region: they stay one of each however large the region.
NOT_SCALED = {"service.yaml", "labels.yaml", "notices.yaml", "accessibility.yaml"}


def _record_lists(document: Any) -> list[tuple[str, list[dict]]]:
    """The lists of identified records in one YAML document, by their key."""
    if not isinstance(document, dict):
        return []
    return [
        (key, value) for key, value in document.items()
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value)
        and any(k in value[0] for k in IDENTITY_KEYS)
    ]


class _NewIdentities:
    """Hands out fresh identifiers: slugs get a suffix, numeric codes the next free number."""

    def __init__(self, taken: set[str]):
        self.taken = set(taken)
        self.next_number: dict[int, int] = {}

    def new(self, old: str, replica: int) -> str:
        if old.isdigit():
            width = len(old)
            number = self.next_number.get(width, 0)
            while f"{number:0{width}d}" in self.taken:
                number += 1
            if number >= 10**width:
                raise ValueError(f"no free {width}-digit code left for replica {replica} of {old}")
            self.next_number[width] = number + 1
            value = f"{number:0{width}d}"
        else:
            value = f"{old}-x{replica}"
        self.taken.add(value)
        return value


def _rename(value: Any, mapping: dict[str, str]) -> Any:
    """A deep copy of `value` with every identifier (and reference to one) replaced."""
    if isinstance(value, dict):
        return {k: _rename(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, mapping) for v in value]
    if isinstance(value, str):
        return mapping.get(value, value)
    return value


def _numbered(value: Any, replica: int) -> Any:
    """"Kuopio" -> "Kuopio 2", in a text, a list of texts or a text per language."""
    if isinstance(value, dict):
        return {key: _numbered(item, replica) for key, item in value.items()}
    if isinstance(value, list):
        return [_numbered(item, replica) for item in value]
    return f"{value} {replica}" if isinstance(value, str) else value


# Fields that name a record: each must stay its own in a copy (an exam's other names may not name
# another exam, a locality belongs to one municipality), so each copy numbers them.
NAME_KEYS = ("name", "other_names", "localities")


def _rename_names(record: dict, replica: int) -> dict:
    """`name: {fi: Kuopio, ...}` -> `{fi: Kuopio 2, ...}`, and the other names likewise."""
    for key in NAME_KEYS:
        if key in record:
            record[key] = _numbered(record[key], replica)
    return record


def _scalable(data_dir: Path) -> dict[str, Any]:
    documents = {
        path.name: _YAML.load(path.read_text(encoding="utf-8"))
        for path in sorted(data_dir.glob("*.yaml")) if path.name not in NOT_SCALED
    }
    return {name: doc for name, doc in documents.items() if _record_lists(doc)}


def record_counts(data_dir: Path) -> dict[str, int]:
    """{"municipalities.yaml:municipalities": 19, ...}: the records that scale_data multiplies."""
    return {
        f"{name}:{key}": len(records)
        for name, doc in _scalable(data_dir).items() for key, records in _record_lists(doc)
    }


def scale_data(data_dir: Path, factor: int) -> dict[str, int]:
    """Rewrite the YAML files in `data_dir` (a temporary copy) `factor` times as large."""
    scaled = _scalable(data_dir)
    originals = [
        str(record[key]) for doc in scaled.values() for _, records in _record_lists(doc)
        for record in records for key in IDENTITY_KEYS if key in record
    ]
    identities = _NewIdentities(set(originals))
    replicas = {
        replica: {old: identities.new(old, replica) for old in originals} for replica in range(2, factor + 1)
    }
    for name, document in scaled.items():
        for key, records in _record_lists(document):
            grown = list(records)
            for replica, mapping in replicas.items():
                grown += [_rename_names(_rename(record, mapping), replica) for record in records]
            document[key] = grown
        for key, values in document.items():  # identifiers keyed to names (county_codes) grow with them
            if isinstance(values, dict) and values and all(str(v) in replicas.get(2, {}) for v in values):
                document[key] = {**values, **{mapping[str(code)]: f"{name} {replica}"
                                              for replica, mapping in replicas.items() for code, name in values.items()}}
        with (data_dir / name).open("w", encoding="utf-8") as out:
            _YAML.dump(document, out)
    return record_counts(data_dir)
