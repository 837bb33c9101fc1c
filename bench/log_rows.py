"""Rows of the logs benchmark: 1,500 organisations of very different sizes and the lettings logs they
hold, generated deterministically (a seeded random source) so a run can be repeated.

Sizes follow a Zipf-like curve (rank ** -0.7): the largest organisation holds about 4% of the logs,
the 10th under 1%, the 1,000th a few dozen, as a national service's providers do. Answers start from
the complete log the validation benchmark uses, with dates, codes and addresses varied per log."""

from __future__ import annotations

import bisect
import itertools
import json
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bench.validation import COMPLETE_LOG
from core_platform.demo import demo_organisation_id

ORGANISATIONS = 1500
SIZE_EXPONENT = 0.7
# The collection years present: two open ones and the closed year before (ending 31 March 2026).
YEARS = {2024: 0.25, 2025: 0.40, 2026: 0.35}
STATUSES = {"completed": 0.55, "in_progress": 0.30, "not_started": 0.10, "deleted": 0.05}
MANAGED_BY_AGENT = 0.2  # share of an organisation's logs managed by another organisation
OUTWARD_CODES = ("LS1", "LS6", "M1", "M14", "BS1", "BS5", "SW1P", "E8", "N1", "B15", "NE1", "CF10", "L8", "S1")


@dataclass(frozen=True)
class BenchOrganisation:
    rank: int  # 1 is the largest
    code: str
    id: uuid.UUID
    name: str


def organisation(rank: int) -> BenchOrganisation:
    """ORG1 to ORG4 are the demo organisations; the benchmark's own follow from ORG5."""
    code = f"ORG{rank}"
    return BenchOrganisation(rank, code, demo_organisation_id(code), f"Bench Housing {rank}")


def organisations(count: int = ORGANISATIONS) -> list[BenchOrganisation]:
    return [organisation(rank) for rank in range(1, count + 1)]


def size_weights(count: int = ORGANISATIONS) -> list[float]:
    """Each organisation's share of the logs, by rank."""
    raw = [rank**-SIZE_EXPONENT for rank in range(1, count + 1)]
    total = sum(raw)
    return [weight / total for weight in raw]


class WeightedChoice:
    """Picks keys in proportion to their weights, in O(log n) per pick."""

    def __init__(self, weighted: dict[Any, float] | Sequence[tuple[Any, float]]) -> None:
        items = list(weighted.items()) if isinstance(weighted, dict) else list(weighted)
        self.keys = [key for key, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))

    def pick(self, rng: random.Random) -> Any:
        point = rng.random() * self.cumulative[-1]
        return self.keys[min(bisect.bisect_right(self.cumulative, point), len(self.keys) - 1)]


def tenancy_code(owner: BenchOrganisation, rng: random.Random) -> str:
    """Like providers' own codes: letters of the organisation, then a number."""
    return f"T{owner.rank:04d}{rng.randrange(10**6):06d}"


def postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"  # those inward codes use
    return f"{rng.choice(OUTWARD_CODES)} {rng.randrange(1, 10)}{rng.choice(letters)}{rng.choice(letters)}"


def start_date(year: int, rng: random.Random, latest: date) -> date:
    """A day in the collection year starting 1 April `year`, not after `latest`."""
    first = date(year, 4, 1)
    last = min(date(year + 1, 3, 31), latest)
    return first + timedelta(days=rng.randrange(max((last - first).days, 0) + 1))


def answers_for(
    status: str, owner: BenchOrganisation, manager: BenchOrganisation, day: date | None, rng: random.Random
) -> dict[str, Any]:
    """A complete log's answers varied for this log; fewer for logs in progress, only the set-up
    organisations for those not started."""
    answers: dict[str, Any] = {
        "owning_organisation_id": str(owner.id),
        "managing_organisation_id": str(manager.id),
    }
    if status == "not_started" or day is None:
        return answers
    full = dict(COMPLETE_LOG)
    full.update(
        startdate=day.isoformat(),
        voiddate=(day - timedelta(days=rng.randrange(30, 200))).isoformat(),
        mrcdate=(day - timedelta(days=rng.randrange(1, 29))).isoformat(),
        needstype=1 if rng.random() < 0.8 else 2,
        beds=rng.randrange(1, 5),
        hhmemb=2,
        age1=rng.randrange(18, 90),
        brent=rng.randrange(80, 160),
        tenancycode=tenancy_code(owner, rng),
        propcode=f"P{rng.randrange(10**7):07d}",
        postcode_full=postcode(rng),
    )
    full["tcharge"] = full["brent"] + full["scharge"]
    if status == "in_progress":
        kept = len(full) // 2
        full = dict(itertools.islice(full.items(), kept)) | {k: full[k] for k in ("tenancycode", "postcode_full")}
    return answers | full


@dataclass(frozen=True)
class LogRow:
    """One row of the logs table, its values as text (None for NULL) for COPY."""

    values: dict[str, str | None]


def log_rows(count: int, today: date, seed: int = 2026, organisation_count: int = ORGANISATIONS) -> Iterator[LogRow]:
    """`count` lettings logs spread over the organisations by size."""
    rng = random.Random(seed)
    orgs = organisations(organisation_count)
    owners = WeightedChoice(list(zip(orgs, size_weights(organisation_count), strict=True)))
    years, statuses = WeightedChoice(YEARS), WeightedChoice(STATUSES)
    for _ in range(count):
        owner = owners.pick(rng)
        manager = rng.choice(orgs) if rng.random() < MANAGED_BY_AGENT else owner
        status = statuses.pick(rng)
        day = None if status == "not_started" else start_date(years.pick(rng), rng, today)
        answers = answers_for(status, owner, manager, day, rng)
        yield LogRow(_columns(status, owner, manager, day, answers, rng, today))


def _columns(
    status: str,
    owner: BenchOrganisation,
    manager: BenchOrganisation,
    day: date | None,
    answers: dict[str, Any],
    rng: random.Random,
    today: date,
) -> dict[str, str | None]:
    created_day = min(day + timedelta(days=rng.randrange(0, 20)), today) if day else today
    created = datetime.combine(created_day, time(), UTC) + timedelta(seconds=rng.randrange(86400))
    updated = created + timedelta(seconds=rng.randrange(0, 30 * 86400))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created_at": created.isoformat(),
        "updated_at": updated.isoformat(),
        "log_type": "lettings",
        "status": status,
        "collection_year": str(day.year if day.month >= 4 else day.year - 1) if day else None,
        "owning_organisation_id": str(owner.id),
        "owning_organisation_code": owner.code,
        "managing_organisation_id": str(manager.id),
        "managing_organisation_code": manager.code,
        "startdate": day.isoformat() if day else None,
        "tenancycode": answers.get("tenancycode"),
        "propcode": answers.get("propcode"),
        "needstype": str(answers["needstype"]) if "needstype" in answers else None,
        "postcode_full": answers.get("postcode_full"),
        "answers": json.dumps(answers, separators=(",", ":")),
        "deleted_at": updated.isoformat() if status == "deleted" else None,
        "version": "1",
        "unresolved": "false",
    }
