"""Reference data tables: parsing the published CSV files (every bad row reported with its line
number), replacing a year's rent ranges or sale ranges, or the local authorities, in one
transaction, and reading them back for the validation engine."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from logs_service.data.models import LocalAuthority, LocalAuthorityLink, RentRange, SaleRange
from logs_service.domain.validation import reference as domain

SHIPPED = Path(__file__).resolve().parent / "reference"
RENT_RANGE_COLUMNS = ("lettype", "la", "beds", "soft_min", "soft_max", "hard_min", "hard_max")
SALE_RANGE_COLUMNS = ("la", "bedrooms", "soft_min", "soft_max")
SALE_RANGE_BEDROOMS = range(1, 5)
LA_COLUMNS = ("code", "name", "start_year")
LINK_COLUMNS = ("local_authority_code", "linked_local_authority_code")
LA_CODE_LENGTH = 9
LETTYPES = range(1, 17)


class ImportRejected(ValueError):
    """The file has bad rows: nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Parsed:
    rows: list[dict[str, object]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def raise_if_bad(self) -> None:
        if self.problems:
            raise ImportRejected(self.problems)


def _reader(text: str, required: tuple[str, ...], parsed: Parsed) -> csv.DictReader[str] | None:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in required if name not in (reader.fieldnames or [])]
    if missing:
        parsed.problems.append(f"line 1: missing columns: {', '.join(missing)}")
        return None
    return reader


def _integer(row: dict[str, str], name: str, problems: list[str], line: int, *, optional: bool = False) -> int | None:
    value = (row.get(name) or "").strip()
    if not value and optional:
        return None
    try:
        return int(value)
    except ValueError:
        problems.append(f"line {line}: {name} must be a whole number, got {value!r}")
        return None


def _amount(row: dict[str, str], name: str, problems: list[str], line: int) -> Decimal | None:
    value = (row.get(name) or "").strip()
    try:
        amount = Decimal(value)
    except InvalidOperation:
        problems.append(f"line {line}: {name} must be an amount, got {value!r}")
        return None
    if not amount.is_finite() or amount < 0:
        problems.append(f"line {line}: {name} must be an amount of 0 or more, got {value!r}")
        return None
    return amount


def _la_code(value: str | None) -> str:
    return (value or "").strip().upper()


def parse_rent_ranges(text: str, start_year: int) -> Parsed:
    parsed = Parsed()
    reader = _reader(text, RENT_RANGE_COLUMNS, parsed)
    if reader is None:
        return parsed
    seen: dict[tuple[str, int, int], int] = {}
    for line, row in enumerate(reader, start=2):
        problems: list[str] = []
        la = _la_code(row.get("la"))
        if len(la) != LA_CODE_LENGTH:
            problems.append(f"line {line}: la must be a 9-character local authority code, got {la!r}")
        lettype = _integer(row, "lettype", problems, line)
        if lettype is not None and lettype not in LETTYPES:
            problems.append(f"line {line}: lettype must be 1 to 16, got {lettype}")
        beds = _integer(row, "beds", problems, line)
        if beds is not None and not 0 <= beds <= 4:
            problems.append(f"line {line}: beds must be 0 to 4, got {beds}")
        amounts = {
            name: _amount(row, name, problems, line) for name in ("soft_min", "soft_max", "hard_min", "hard_max")
        }
        if not problems:
            low, high = amounts["hard_min"], amounts["hard_max"]
            soft_low, soft_high = amounts["soft_min"], amounts["soft_max"]
            assert low is not None and high is not None and soft_low is not None and soft_high is not None
            if not low <= high or not soft_low <= soft_high:
                problems.append(f"line {line}: minimums must not be above maximums")
            key = (la, beds or 0, lettype or 0)
            if key in seen:
                problems.append(f"line {line}: repeats la {la}, beds {beds}, lettype {lettype} of line {seen[key]}")
            seen[key] = line
        if problems:
            parsed.problems += problems
            continue
        parsed.rows.append({"start_year": start_year, "la": la, "beds": beds, "lettype": lettype, **amounts})
    if not parsed.rows and not parsed.problems:
        parsed.problems.append("the file has no rows")
    return parsed


def parse_sale_ranges(text: str, start_year: int) -> Parsed:
    """`la_name,la,bedrooms,soft_min,soft_max` (la_name is not kept): bedrooms 1 to 4, one row per
    local authority and bedrooms."""
    parsed = Parsed()
    reader = _reader(text, SALE_RANGE_COLUMNS, parsed)
    if reader is None:
        return parsed
    seen: dict[tuple[str, int], int] = {}
    for line, row in enumerate(reader, start=2):
        problems: list[str] = []
        la = _la_code(row.get("la"))
        if len(la) != LA_CODE_LENGTH:
            problems.append(f"line {line}: la must be a 9-character local authority code, got {la!r}")
        bedrooms = _integer(row, "bedrooms", problems, line)
        if bedrooms is not None and bedrooms not in SALE_RANGE_BEDROOMS:
            problems.append(f"line {line}: bedrooms must be 1 to 4, got {bedrooms}")
        soft_min = _amount(row, "soft_min", problems, line)
        soft_max = _amount(row, "soft_max", problems, line)
        if not problems:
            assert soft_min is not None and soft_max is not None and bedrooms is not None
            if soft_min > soft_max:
                problems.append(f"line {line}: soft_min must not be above soft_max")
            key = (la, bedrooms)
            if key in seen:
                problems.append(f"line {line}: repeats la {la}, bedrooms {bedrooms} of line {seen[key]}")
            seen[key] = line
        if problems:
            parsed.problems += problems
            continue
        parsed.rows.append(
            {"start_year": start_year, "la": la, "bedrooms": bedrooms, "soft_min": soft_min, "soft_max": soft_max}
        )
    if not parsed.rows and not parsed.problems:
        parsed.problems.append("the file has no rows")
    return parsed


def parse_local_authorities(text: str) -> Parsed:
    parsed = Parsed()
    reader = _reader(text, LA_COLUMNS, parsed)
    if reader is None:
        return parsed
    for line, row in enumerate(reader, start=2):
        problems: list[str] = []
        code, name = _la_code(row.get("code")), (row.get("name") or "").strip()
        if len(code) != LA_CODE_LENGTH:
            problems.append(f"line {line}: code must be a 9-character local authority code, got {code!r}")
        if not name:
            problems.append(f"line {line}: name is missing")
        start = _integer(row, "start_year", problems, line)
        end = _integer(row, "end_year", problems, line, optional=True)
        if start is not None and end is not None and end < start:
            problems.append(f"line {line}: end_year must not be before start_year")
        if problems:
            parsed.problems += problems
            continue
        parsed.rows.append({"code": code, "name": name, "start_year": start, "end_year": end})
    return parsed


def parse_local_authority_links(text: str) -> Parsed:
    parsed = Parsed()
    reader = _reader(text, LINK_COLUMNS, parsed)
    if reader is None:
        return parsed
    for line, row in enumerate(reader, start=2):
        codes = [_la_code(row.get(name)) for name in LINK_COLUMNS]
        bad = [code for code in codes if len(code) != LA_CODE_LENGTH]
        if bad:
            parsed.problems.append(f"line {line}: local authority codes must have 9 characters, got {bad[0]!r}")
            continue
        parsed.rows.append(dict(zip(LINK_COLUMNS, codes, strict=True)))
    return parsed


def replace_rent_ranges(session: Session, start_year: int, rows: list[dict[str, object]]) -> int:
    """The year's rent ranges become exactly these rows (the caller's transaction)."""
    session.execute(delete(RentRange).where(RentRange.start_year == start_year))
    session.bulk_insert_mappings(RentRange, rows)
    session.flush()
    return len(rows)


def replace_sale_ranges(session: Session, start_year: int, rows: list[dict[str, object]]) -> int:
    """The year's sale ranges become exactly these rows (the caller's transaction)."""
    session.execute(delete(SaleRange).where(SaleRange.start_year == start_year))
    session.bulk_insert_mappings(SaleRange, rows)
    session.flush()
    return len(rows)


def upsert_local_authorities(session: Session, rows: Iterable[dict[str, object]]) -> int:
    count = 0
    for row in rows:
        session.merge(LocalAuthority(**row))
        count += 1
    session.flush()
    return count


def replace_local_authority_links(session: Session, rows: list[dict[str, object]]) -> int:
    known = set(session.scalars(select(LocalAuthority.code)))
    unknown = sorted({str(code) for row in rows for code in row.values() if code not in known})
    if unknown:
        raise ImportRejected(
            [f"unknown local authority code {code}: import the local authorities first" for code in unknown]
        )
    session.execute(delete(LocalAuthorityLink))
    unique = {tuple(row.values()): row for row in rows}
    session.bulk_insert_mappings(LocalAuthorityLink, list(unique.values()))
    session.flush()
    return len(unique)


def count_rent_ranges(session: Session, start_year: int) -> int:
    return session.scalar(select(func.count()).select_from(RentRange).where(RentRange.start_year == start_year)) or 0


def count_sale_ranges(session: Session, start_year: int) -> int:
    return session.scalar(select(func.count()).select_from(SaleRange).where(SaleRange.start_year == start_year)) or 0


def count_local_authorities(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(LocalAuthority)) or 0


def load_reference(session: Session) -> domain.TableReference:
    """Every rent range, sale range and local authority, in memory for the validation engine (about
    21,000 rows)."""
    ranges = (
        domain.RentRange(r.start_year, r.la, r.beds, r.lettype, r.soft_min, r.soft_max, r.hard_min, r.hard_max)
        for r in session.scalars(select(RentRange))
    )
    authorities = (
        domain.LocalAuthority(la.code, la.name, la.start_year, la.end_year)
        for la in session.scalars(select(LocalAuthority))
    )
    sale_ranges = (
        domain.SaleRange(r.start_year, r.la, r.bedrooms, r.soft_min, r.soft_max)
        for r in session.scalars(select(SaleRange))
    )
    return domain.TableReference.of(ranges, authorities, sale_ranges)


def load_shipped_reference(session: Session) -> dict[str, int]:
    """Load the published tables shipped with the service, once: idempotent, for `make run`."""
    loaded: dict[str, int] = {}
    if count_local_authorities(session) == 0:
        for name in ("initial_local_authorities.csv", "2025_local_authorities.csv"):
            parsed = parse_local_authorities((SHIPPED / name).read_text(encoding="utf-8"))
            parsed.raise_if_bad()
            loaded[name] = upsert_local_authorities(session, parsed.rows)
        links = parse_local_authority_links((SHIPPED / "local_authority_links.csv").read_text(encoding="utf-8"))
        links.raise_if_bad()
        loaded["local_authority_links.csv"] = replace_local_authority_links(session, links.rows)
    for path in sorted(SHIPPED.glob("rent_ranges_*.csv")):
        year = int(path.stem.rsplit("_", 1)[1])
        if count_rent_ranges(session, year) == 0:
            parsed = parse_rent_ranges(path.read_text(encoding="utf-8"), year)
            parsed.raise_if_bad()
            loaded[path.name] = replace_rent_ranges(session, year, parsed.rows)
    for path in sorted(SHIPPED.glob("sale_ranges_*.csv")):
        year = int(path.stem.rsplit("_", 1)[1])
        if count_sale_ranges(session, year) == 0:
            parsed = parse_sale_ranges(path.read_text(encoding="utf-8"), year)
            parsed.raise_if_bad()
            loaded[path.name] = replace_sale_ranges(session, year, parsed.rows)
    return loaded
