"""Command line for editors: check the data, report gaps, export schemas. No MkDocs import.

  python -m kys_rontgen check [--strict]   every problem, one line each (exit 1), or a summary
  python -m kys_rontgen report             what is incomplete or stale
  python -m kys_rontgen schemas [--check]  write (or verify) schemas/*.schema.json
  python -m kys_rontgen import-ptv FILE | --org ID [--dry-run]   data/ptv.yaml from PTV
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from .dataset import load_dataset
from . import clock
from .freshness import freshness_problems
from .languages import configured_languages
from .pages import render_pages
from .site_files import data_files
from .theme_texts import theme_texts
from .validation import DataErrors


def _record_counts(dataset) -> str:
    counts = []
    for name, model in dataset.models().items():
        for field_name in type(model).model_fields:
            value = getattr(model, field_name)
            if isinstance(value, list):
                counts.append(f"{len(value)} {field_name}")
    return ", ".join(counts)


def check(root: Path, now: datetime, strict: bool) -> int:
    languages = configured_languages(root / "mkdocs.yml")
    try:
        dataset = load_dataset(root / "data", languages, root, now)
        # What the build would reject, check rejects first: it makes every page, the theme's
        # words and the files made from the data, in memory.
        render_pages(dataset)
        for language in languages:
            theme_texts(dataset, language.code)
        data_files(dataset, "/")
    except DataErrors as failure:
        print(failure)
        print(f"{len(failure.errors)} problem(s) in data/; fix them and run make check again", file=sys.stderr)
        return 1
    stale = freshness_problems(dataset)
    if stale and strict:
        print("\n".join(map(str, stale)))
        print(f"{len(stale)} stale record(s): publishing needs them reviewed (STRICT=1)", file=sys.stderr)
        return 1
    for problem in stale:
        print(f"warning: {problem}")
    codes = ", ".join(lang.code for lang in languages)
    warned = f"; {len(stale)} stale warning(s)" if stale else ""
    print(f"OK: {len(dataset.models())} data files valid in {codes} ({_record_counts(dataset)}){warned}")
    return 0


def report(root: Path, now: datetime) -> int:
    from .report import build_report, format_report

    sections, errors = build_report(root, now)
    if errors:
        print(errors)
        print("The data has errors; fix them first (make check)", file=sys.stderr)
        return 1
    print(format_report(sections, now))
    return 0


def schemas(root: Path, only_check: bool) -> int:
    from .schemas import outdated_schemas, write_schemas

    if only_check:
        outdated = outdated_schemas(root)
        for name in outdated:
            print(f"schemas/{name} is out of date; run make schemas")
        return 1 if outdated else 0
    changed = write_schemas(root)
    print(f"Wrote {', '.join('schemas/' + n for n in changed)}" if changed else "schemas/ is up to date")
    return 0


WHERE_IS_THE_ORGANIZATION = (
    "no PTV organisation id: find the county's organisation on https://www.suomi.fi (the id is the "
    "last part of its page address, a GUID) or ask the county's PTV administrator, then run "
    "make import-ptv ORG=<id> (it is kept in data/ptv.yaml as organization_id)"
)


def import_ptv(root: Path, now: datetime, file: Path | None, organization: str | None, dry_run: bool) -> int:
    from .ptv_fetch import RESPONSES_FILE, FetchError, fetch_pages, save_pages
    from .ptv_channels import PtvInputError, channels_from_json, read_export
    from .ptv_import import PTV_FILE, import_channels, read_current

    try:
        if file is not None:
            channels, confirm = read_export(file), False
        else:
            organization = organization or read_current(root / "data" / PTV_FILE).get("organization_id")
            if not organization:
                print(WHERE_IS_THE_ORGANIZATION, file=sys.stderr)
                return 1
            pages = fetch_pages(organization)
            save_pages(pages, root / RESPONSES_FILE)
            print(f"saved the {len(pages)} page(s) PTV returned in {RESPONSES_FILE}")
            channels, confirm = channels_from_json(pages), True
        lines = import_channels(root, channels, now, dry_run, organization, confirm)
    except (PtvInputError, FetchError) as failure:
        print(failure, file=sys.stderr)
        print(f"nothing was written; data/{PTV_FILE} is as it was", file=sys.stderr)
        return 1
    except DataErrors as failure:
        print(failure, file=sys.stderr)
        print(f"the imported data does not validate; nothing was written to data/{PTV_FILE}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kys_rontgen", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument(
        "--now", type=clock.parse_finnish_time, default=None,
        help=f'pretend it is this Finnish time, "2027-01-10 08:00" or 2027-01-10 (default: ${clock.NOW_VARIABLE} or the real clock)',
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate every data file")
    check_parser.add_argument("--strict", action="store_true", help="stale data is an error (before publishing)")
    commands.add_parser("report", help="completeness and freshness report")
    schema_parser = commands.add_parser("schemas", help="export JSON Schemas to schemas/")
    schema_parser.add_argument("--check", action="store_true", help="only verify they are up to date")
    ptv_parser = commands.add_parser("import-ptv", help="import service locations from PTV into data/ptv.yaml")
    ptv_parser.add_argument("file", nargs="?", type=Path, help="a saved PTV Open API v11 response (JSON)")
    ptv_parser.add_argument("--org", help="fetch the channels of this PTV organisation id instead")
    ptv_parser.add_argument("--dry-run", action="store_true", help="only print what would change")
    args = parser.parse_args(argv)
    if not (args.root / "mkdocs.yml").is_file():  # every command reads the site's languages from it
        print(f"{args.root} is not the site's folder (it has no mkdocs.yml); run the command in the folder that has "
              "mkdocs.yml, or name that folder with --root", file=sys.stderr)
        return 2
    try:
        now = args.now or clock.now()  # read once, like a build
    except clock.SettingError as error:  # a bad KYS_NOW: one line, not a traceback
        print(error, file=sys.stderr)
        return 2
    if args.command == "check":
        return check(args.root, now, args.strict)
    if args.command == "report":
        return report(args.root, now)
    if args.command == "import-ptv":
        return import_ptv(args.root, now, args.file, args.org, args.dry_run)
    return schemas(args.root, args.check)
