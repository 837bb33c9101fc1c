"""`python -m logs_service.manage migrate|seed-demo|import ...`.

Imports of the published reference tables (each validated first; any bad row, reported with its
line number, rejects the whole file; a year is replaced in one transaction):

    python -m logs_service.manage import rent-ranges 2026 FILE.csv
    python -m logs_service.manage import sale-ranges 2026 FILE.csv
    python -m logs_service.manage import local-authorities FILE.csv
    python -m logs_service.manage import local-authority-links FILE.csv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core_platform.cli import manage
from core_platform.config import load_platform_settings
from core_platform.db import make_engine, make_session_factory, session_scope
from logs_service.config import SERVICE
from logs_service.data import reference
from logs_service.demo import seed_demo

MIGRATIONS_DIR = Path(__file__).resolve().parent / "data" / "migrations"
TABLES = ("rent-ranges", "sale-ranges", "local-authorities", "local-authority-links")
YEAR_TABLES = ("rent-ranges", "sale-ranges")


def import_reference(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"{SERVICE}_service.manage import")
    parser.add_argument("table", choices=TABLES)
    parser.add_argument("args", nargs="+", help="rent-ranges, sale-ranges: YEAR FILE; the others: FILE")
    args = parser.parse_args(argv)
    if args.table in YEAR_TABLES:
        if len(args.args) != 2 or not args.args[0].isdigit():
            parser.error(f"usage: import {args.table} YEAR FILE.csv")
        year, path = int(args.args[0]), Path(args.args[1])
    else:
        if len(args.args) != 1:
            parser.error(f"usage: import {args.table} FILE.csv")
        year, path = 0, Path(args.args[0])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    parsed = _parse(args.table, text, year)
    if parsed.problems:
        _report(path, parsed.problems, f"{len(parsed.problems)} problem(s), nothing imported")
        return 1
    settings = load_platform_settings(SERVICE)
    engine = make_engine(settings.database_url, settings.database_schema)
    try:
        with session_scope(make_session_factory(engine)) as session:
            if args.table == "rent-ranges":
                count = reference.replace_rent_ranges(session, year, parsed.rows)
                print(f"imported {count} rent ranges for {year}")
            elif args.table == "sale-ranges":
                count = reference.replace_sale_ranges(session, year, parsed.rows)
                print(f"imported {count} sale ranges for {year}")
            elif args.table == "local-authorities":
                count = reference.upsert_local_authorities(session, parsed.rows)
                print(f"imported {count} local authorities")
            else:
                count = reference.replace_local_authority_links(session, parsed.rows)
                print(f"imported {count} local authority links")
    except reference.ImportRejected as exc:
        _report(path, exc.problems, "nothing imported")
        return 1
    finally:
        engine.dispose()
    return 0


def _parse(table: str, text: str, year: int) -> reference.Parsed:
    if table == "rent-ranges":
        return reference.parse_rent_ranges(text, year)
    if table == "sale-ranges":
        return reference.parse_sale_ranges(text, year)
    if table == "local-authorities":
        return reference.parse_local_authorities(text)
    return reference.parse_local_authority_links(text)


def _report(path: Path, problems: list[str], summary: str) -> None:
    print(f"{path}: {summary}:", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["import"]:
        sys.exit(import_reference(argv[1:]))
    manage(SERVICE, MIGRATIONS_DIR, seed_demo, argv)


if __name__ == "__main__":
    main()
