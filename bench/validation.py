"""Validations per second and p95 for a complete lettings log through the validation engine.

Run alone with `.venv/bin/python -m bench.validation` (not part of `make test`; no timing asserts)."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from logs_service.data.reference import SHIPPED, parse_local_authorities, parse_rent_ranges
from logs_service.domain.validation import Facts, validate
from logs_service.domain.validation.reference import LocalAuthority, RentRange, TableReference

COMPLETE_LOG: dict[str, Any] = {
    "startdate": "2026-04-20",
    "needstype": 1,
    "renewal": 0,
    "rent_type": 0,
    "la": "E07000223",
    "beds": 2,
    "unittype_gn": 1,
    "rsnvac": 13,
    "voiddate": "2026-01-10",
    "mrcdate": "2026-02-01",
    "hhmemb": 2,
    "age1": 34,
    "sex1": "F",
    "ecstat1": 1,
    "age2": 36,
    "relat2": "P",
    "ecstat2": 2,
    "preg_occ": 2,
    "armedforces": 2,
    "illness": 2,
    "reason": 40,
    "prevten": 30,
    "layear": 2,
    "prevloc": "E07000224",
    "previous_la_known": 1,
    "reasonpref": 2,
    "housingneeds": 3,
    "tenancy": 6,
    "tenancylength": 5,
    "joint": 1,
    "incfreq": 1,
    "earnings": 650,
    "benefits": 3,
    "hb": 9,
    "period": 1,
    "brent": 110,
    "scharge": 10,
    "pscharge": 0,
    "supcharg": 0,
    "tcharge": 120,
    "household_charge": 0,
}


def load_reference() -> TableReference:
    ranges: list[RentRange] = []
    for year in (2025, 2026):
        text = (SHIPPED / f"rent_ranges_{year}.csv").read_text(encoding="utf-8")
        ranges += [RentRange(**row) for row in parse_rent_ranges(text, year).rows]  # type: ignore[arg-type]
    authorities = [
        LocalAuthority(**row)  # type: ignore[arg-type]
        for row in parse_local_authorities((SHIPPED / "initial_local_authorities.csv").read_text()).rows
    ]
    return TableReference.of(ranges, authorities)


def bench_engine(iterations: int = 5000) -> dict[str, float]:
    reference = load_reference()
    timings = []
    for _ in range(iterations):
        started = time.perf_counter()
        validate(Facts(COMPLETE_LOG, 2026, date(2026, 5, 1), owner_provider_type="PRP", reference=reference))
        timings.append(time.perf_counter() - started)
    timings.sort()
    return {
        "validations_per_second": round(len(timings) / sum(timings)),
        "p50_ms": round(statistics.median(timings) * 1000, 3),
        "p95_ms": round(timings[int(len(timings) * 0.95)] * 1000, 3),
    }


if __name__ == "__main__":
    print({"engine": bench_engine(), "shipped": str(Path(SHIPPED).name)})
