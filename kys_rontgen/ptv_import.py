"""`make import-ptv`: mapped PTV records -> data/ptv.yaml, compared, validated, written whole.

The file is written whole, and only after the new data validates with the rest of data/:
editors' own files are never touched. The mapping itself is kys_rontgen/ptv_channels.py.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import yaml

from .ptv_channels import PtvInputError, map_channels

PTV_FILE = "ptv.yaml"

HEADER = """\
# yaml-language-server: $schema=../schemas/ptv.schema.json
#
# Service locations from the Suomi.fi service catalogue (PTV), written whole by
# `make import-ptv`: do not edit by hand, the next import replaces this file.
# Change the facts in PTV (or put your own in data/locations.yaml) and import again.
# organization_id: the county's organisation in PTV (see README: "The directory from PTV").
"""


# --- Comparing and writing -----------------------------------------------------------------


def _without_checked(record: dict) -> dict:
    return {key: value for key, value in record.items() if key != "checked"}


def merge(old: list[dict], new: list[dict], confirm: bool) -> tuple[list[dict], list[str]]:
    """The records to write and what changed ("added …", "changed …: fields", "removed …").

    An unchanged record keeps its `checked` day, so importing the same file twice changes
    nothing; `confirm` (a fresh fetch from the API) sets it to today: PTV was read today.
    """
    before = {r.get("ptv_id"): r for r in old}
    after = {r["ptv_id"]: r for r in new}
    result, changes = [], []
    for record in new:
        previous = before.get(record["ptv_id"])
        if previous is None:
            changes.append(f"added {record['id']} ({record['name']['fi']})")
        elif _without_checked(previous) != _without_checked(record):
            fields = sorted(k for k in set(previous) | set(record) if k != "checked" and previous.get(k) != record.get(k))
            changes.append(f"changed {record['id']}: {', '.join(fields)}")
            # What the reviewer decides on: each field's value before and after, one line each.
            changes += [f"  {key}: {_shown(previous.get(key))} → {_shown(record.get(key))}" for key in fields]
        elif not confirm:
            record = {**record, "checked": previous.get("checked", record["checked"])}
        result.append(record)
    changes += [f"removed {r.get('id')} ({_finnish_name(r)})" for pid, r in before.items() if pid not in after]
    return result, changes


def _shown(value) -> str:
    """A field's value on one line, as ptv.yaml has it (JSON for blocks); a missing one says so."""
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False)


def _finnish_name(record: dict) -> str:
    name = record.get("name")
    return str(name.get("fi", "")) if isinstance(name, dict) else str(name or "")


def _plain(value):
    """YAML-loaded data back to JSON-like values (dates as ISO strings) for comparison."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def read_current(path: Path) -> dict:
    """A data file (ptv.yaml, or an editor's file the import needs), read as every data file is:
    with the alias limits; a syntax error is one line naming the file and line."""
    from .yaml_source import YamlSyntaxError, load_yaml

    if not path.exists():
        return {}
    shown = Path(path.parent.name) / path.name
    try:
        data = load_yaml(path, shown).data
    except YamlSyntaxError as error:
        raise PtvInputError([f"{error} (then run make import-ptv again)"]) from None
    if data is not None and not isinstance(data, dict):
        raise PtvInputError([f"{shown}:1:1: is not a block of fields; restore it from git, then run make import-ptv again"])
    return _plain(data or {})


class _Dumper(yaml.SafeDumper):
    """Block style, except weekday lists on one line (`days: [mo, tu, we]`), as editors write them."""


class _Days(list):
    pass


_Dumper.add_representer(_Days, lambda dumper, days: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", days, flow_style=True))


def _days_inline(value):
    if isinstance(value, dict):
        return {k: _Days(v) if k == "days" else _days_inline(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_days_inline(v) for v in value]
    return value


def render(organization_id: str | None, locations: list[dict]) -> str:
    body = yaml.dump(
        {"organization_id": organization_id, "locations": _days_inline(locations)}, Dumper=_Dumper,
        allow_unicode=True, sort_keys=False, width=110, default_flow_style=False,
    )
    return HEADER + DIGEST_LINE.format(digest=_digest(body)) + body


# The import signs what it wrote: make check finds a hand edit (it would be lost at the next import).
DIGEST_LINE = "# digest: sha256 {digest} (of the lines below; written by make import-ptv)\n"
_DIGEST = re.compile(r"^# digest: sha256 ([0-9a-f]{64}) .*\n", re.M)
HAND_EDIT_FIX = "run make import-ptv again or revert (git checkout data/ptv.yaml)"


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def digest_problem(text: str) -> tuple[int, str] | None:
    """(line, message) when data/ptv.yaml is not as the import wrote it; None when it is."""
    found = _DIGEST.search(text)
    if found is None:
        return 1, f"has no digest line, so it was not written by make import-ptv; {HAND_EDIT_FIX}"
    if _digest(text[found.end():]) != found[1]:
        line = text.count("\n", 0, found.start()) + 1
        return line, f"was edited by hand (its content does not match the digest the import wrote); {HAND_EDIT_FIX}"
    return None


_RECORD = re.compile(r"locations\[(\d+)\]\.?(.*)")


def _validate_with_data(data_dir: Path, content: str, locations: list[dict], languages, now: datetime) -> None:
    """Load every data file with the new ptv.yaml in place (in a copy). A problem in an imported
    record is told by its channel id (the file was never written); others raise DataErrors."""
    from .dataset import load_dataset
    from .validation import DataErrors

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(data_dir, copy)
        (copy / PTV_FILE).write_text(content, encoding="utf-8")
        try:
            load_dataset(copy, languages, Path(scratch), now)
        except DataErrors as failure:
            ours = [(e, _RECORD.match(e.field)) for e in failure.errors if e.file == f"data/{PTV_FILE}"]
            if not ours or len(ours) < len(failure.errors):
                raise
            raise PtvInputError([
                f"channel {locations[int(m[1])]['ptv_id']}: {m[2] or 'record'}: {e.message}" if m else str(e)
                for e, m in ours
            ]) from None


def _same_names(editors: list[dict], imported: list[dict]) -> list[str]:
    """A PTV place that has the name of an editor's location not yet linked to it: say how to join them."""
    linked = {str(e.get("ptv_id")) for e in editors}
    by_name = {_finnish_name(e).casefold(): e.get("id") for e in editors}
    return [
        f"note: {r['id']} has the name of {by_name[r['name']['fi'].casefold()]} in data/locations.yaml; "
        f"to show them as one place, add `ptv_id: {r['ptv_id']}` there"
        for r in imported if r["name"]["fi"].casefold() in by_name and r["ptv_id"] not in linked
    ]


def _entries(data: dict, name: str) -> list[dict]:
    """The blocks of a data file's list; anything else there is for make check to report."""
    items = data.get(name)
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def import_channels(root: Path, channels: list[dict], now: datetime, dry_run: bool = False,
                    organization_id: str | None = None, confirm: bool = False) -> list[str]:
    """Map, compare, validate and (unless dry_run) write data/ptv.yaml. Returns the printed lines.

    `now` is the command's one reading of the clock (clock.now or --now): its day is `checked`
    and decides which seasonal hours are in force; the validation measures against it too."""
    from .languages import configured_languages

    data_dir = root / "data"
    languages = configured_languages(root / "mkdocs.yml")
    codes = [lang.code for lang in languages]
    municipalities = read_current(data_dir / "municipalities.yaml")
    county = {str(m.get("code")) for m in _entries(municipalities, "municipalities")}
    editors = read_current(data_dir / "locations.yaml")
    taken = {str(loc.get("id")) for loc in _entries(editors, "locations")}
    mapped = map_channels(channels, codes, county, taken, now.date())
    current = read_current(data_dir / PTV_FILE)
    locations, changes = merge(_entries(current, "locations"), mapped.locations, confirm)
    organization_id = organization_id or current.get("organization_id")
    content = render(organization_id, locations)
    _validate_with_data(data_dir, content, locations, languages, now)
    lines = [f"skipped {line}" for line in mapped.skipped] + changes
    lines += _same_names(_entries(editors, "locations"), locations)
    total = f"{len(locations)} location(s) from PTV; {len(changes)} change(s)"
    if dry_run:
        return [*lines, f"{total}; dry run: data/{PTV_FILE} not written"]
    target = data_dir / PTV_FILE
    if target.exists() and target.read_text(encoding="utf-8") == content:
        return [*lines, f"{total}; data/{PTV_FILE} is up to date"]
    fd, temporary = tempfile.mkstemp(dir=data_dir, prefix=".ptv-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.replace(temporary, target)  # whole or not at all
    return [*lines, f"{total}; wrote data/{PTV_FILE}"]
