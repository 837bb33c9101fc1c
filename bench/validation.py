"""Validations per second and p95 for a complete lettings log through the validation engine.

Run alone with `.venv/bin/python -m bench.validation` (not part of `make test`; no timing asserts)."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

import requests

from logs_service.data.reference import SHIPPED, parse_local_authorities, parse_rent_ranges
from logs_service.domain.validation import Facts, validate
from logs_service.domain.validation.reference import LocalAuthority, RentRange, TableReference

WARM_UP_REQUESTS = 20
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
    return _figures(timings)


def bench_api(base_url: str, client_id: str, secret: str, requests_made: int = 500) -> dict[str, float]:
    """The complete log through POST /api/v1/lettings-logs/validate of a running system, one client
    sending back to back: the engine plus HTTP, the frontend, its gRPC call to logs and the
    organisation look-ups."""
    http = requests.Session()
    token = http.post(
        f"{base_url}/api/v1/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret), timeout=30
    )
    token.raise_for_status()
    http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    # The 2026/27 form asks the lead tenant's sex registered at birth instead of sex1.
    answers = {**{k: v for k, v in COMPLETE_LOG.items() if k != "sex1"}, "sexrab1": "F", "gender_same_as_sex1": 1}
    body = {"answers": answers}
    timings = []
    for n in range(requests_made + WARM_UP_REQUESTS):
        started = time.perf_counter()
        response = http.post(f"{base_url}/api/v1/lettings-logs/validate", json=body, timeout=30)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"validate answered {response.status_code}: {response.text[:500]}")
        if n >= WARM_UP_REQUESTS:
            timings.append(elapsed)
    return _figures(timings)


def _figures(timings: list[float]) -> dict[str, float]:
    timings.sort()
    return {
        "validations_per_second": round(len(timings) / sum(timings)),
        "p50_ms": round(statistics.median(timings) * 1000, 3),
        "p95_ms": round(timings[int(len(timings) * 0.95)] * 1000, 3),
    }


if __name__ == "__main__":
    print({"engine": bench_engine(), "shipped": str(Path(SHIPPED).name)})
