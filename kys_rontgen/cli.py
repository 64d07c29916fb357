"""Command line for editors: check the data, report gaps, export schemas. No MkDocs import.

  python -m kys_rontgen check [--strict]   every problem, one line each (exit 1), or a summary
  python -m kys_rontgen report             what is incomplete or stale
  python -m kys_rontgen schemas [--check]  write (or verify) schemas/*.schema.json
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .clock import SettingError, check_settings
from .dataset import load_dataset
from .freshness import TODAY_VARIABLE, freshness_problems, today_from_environment
from .languages import configured_languages
from .pages import render_pages
from .validation import DataErrors


def _records(dataset) -> str:
    counts = []
    for name, model in dataset.models().items():
        for field_name in type(model).model_fields:
            value = getattr(model, field_name)
            if isinstance(value, list):
                counts.append(f"{len(value)} {field_name}")
    return ", ".join(counts)


def check(root: Path, today: date, strict: bool) -> int:
    languages = configured_languages(root / "mkdocs.yml")
    try:
        dataset = load_dataset(root / "data", languages, root, today)
        render_pages(dataset)  # what the build would reject, check rejects first
    except DataErrors as failure:
        print(failure)
        print(f"{len(failure.errors)} problem(s) in data/; fix them and run make check again", file=sys.stderr)
        return 1
    stale = freshness_problems(dataset, today)
    if stale and strict:
        print("\n".join(map(str, stale)))
        print(f"{len(stale)} stale record(s): publishing needs them reviewed (STRICT=1)", file=sys.stderr)
        return 1
    for problem in stale:
        print(f"warning: {problem}")
    codes = ", ".join(lang.code for lang in languages)
    warned = f"; {len(stale)} stale warning(s)" if stale else ""
    print(f"OK: {len(dataset.models())} data files valid in {codes} ({_records(dataset)}){warned}")
    return 0


def report(root: Path, today: date) -> int:
    from .report import build_report, format_report

    sections, errors = build_report(root, today)
    if errors:
        print(errors)
        print("The data has errors; fix them first (make check)", file=sys.stderr)
        return 1
    print(format_report(sections, today))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kys_rontgen", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument(
        "--today", type=date.fromisoformat, default=None,
        help=f"pretend today is YYYY-MM-DD (default: ${TODAY_VARIABLE} or the real date)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate every data file")
    check_parser.add_argument("--strict", action="store_true", help="stale data is an error (before publishing)")
    commands.add_parser("report", help="completeness and freshness report")
    schema_parser = commands.add_parser("schemas", help="export JSON Schemas to schemas/")
    schema_parser.add_argument("--check", action="store_true", help="only verify they are up to date")
    args = parser.parse_args(argv)
    try:
        check_settings()
    except SettingError as error:
        print(error, file=sys.stderr)
        return 2
    today = args.today or today_from_environment()
    if args.command == "check":
        return check(args.root, today, args.strict)
    if args.command == "report":
        return report(args.root, today)
    return schemas(args.root, args.check)
