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

import yaml

IDENTITY_KEYS = ("id", "code")
# Content that does not grow with the region: one set of notices, one accessibility statement.
NOT_SCALED = {"notices.yaml", "accessibility.yaml"}


def _records(document: Any) -> list[tuple[str, list[dict]]]:
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


def _rename_names(record: dict, replica: int) -> dict:
    """`name: {fi: Kuopio, ...}` -> `{fi: Kuopio 2, ...}` (and a plain string name likewise)."""
    name = record.get("name")
    if isinstance(name, dict):
        record["name"] = {lang: f"{text} {replica}" for lang, text in name.items()}
    elif isinstance(name, str):
        record["name"] = f"{name} {replica}"
    return record


def scale_data(data_dir: Path, factor: int) -> dict[str, int]:
    """Rewrite the YAML files in `data_dir` (a temporary copy) `factor` times as large.

    Returns {file name: number of records after scaling} for the report.
    """
    documents = {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(data_dir.glob("*.yaml")) if path.name not in NOT_SCALED
    }
    scaled = {name: doc for name, doc in documents.items() if _records(doc)}
    originals = [
        str(record[key]) for doc in scaled.values() for _, records in _records(doc)
        for record in records for key in IDENTITY_KEYS if key in record
    ]
    identities = _NewIdentities(set(originals))
    replicas = {
        replica: {old: identities.new(old, replica) for old in originals} for replica in range(2, factor + 1)
    }
    counts = {}
    for name, document in scaled.items():
        for key, records in _records(document):
            grown = list(records)
            for replica, mapping in replicas.items():
                grown += [_rename_names(_rename(record, mapping), replica) for record in records]
            document[key] = grown
            counts[f"{name}:{key}"] = len(grown)
        (data_dir / name).write_text(
            yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return counts
