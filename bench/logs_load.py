"""`make bench-logs` (run by `make bench`): lettings logs pages under load with a national service's
data. Seeds (or reuses) a PostgreSQL database with BENCH_LOGS lettings logs (default 1,000,000)
across 1,500 organisations, starts the system on it, signs in 50 clients of ten organisations from
the largest to small ones, and measures with wrk the logs list filtered and searched and a question
page shown and saved, with the CPU each process spends on a request, and then a complete log through the
validation API (one client, as the issue's figure is per validation). Prints the figures and writes
bench/results/logs-load-<date>.json.

Settings: BENCH_LOGS, BENCH_SECONDS (per run, default 20), BENCH_CONNECTIONS (default 50), BENCH_THINK_MS
(pause between a client's pages in the second run of each scenario, default 400), BENCH_DATABASE_URL
(the server to create the database on; default postgres@127.0.0.1:5432)."""

from __future__ import annotations

import functools
import json
import logging
import os
import platform
import random
import secrets
import signal
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import text

from bench import cpu, load, log_rows, logs_seed, validation
from bench.system import System, running_system
from core_platform.db import make_engine

RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
SAMPLES_PER_CLIENT = 10
WARM_UP_SECONDS = 3
DEMO_CLIENT = "demo-client"
EDITABLE_YEAR = 2026  # on the seed's date the 2025/26 form no longer takes changes

logger = logging.getLogger("bench")


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@dataclass(frozen=True)
class LoadSettings:
    connections: int = field(default_factory=lambda: _setting("BENCH_CONNECTIONS", 50))
    seconds: int = field(default_factory=lambda: _setting("BENCH_SECONDS", 20))
    think_ms: int = field(default_factory=lambda: _setting("BENCH_THINK_MS", 400))


def client_targets(database: logs_seed.BenchDatabase) -> dict[str, tuple[list[str], list[str]]]:
    """Per client organisation: tenancy codes to search for and editable logs (in progress first) to
    open and save, drawn from the organisation's own logs (ids are random, so ordering by id samples)."""
    engine = make_engine(database.url, "logs")
    targets = {}
    with engine.connect() as conn:
        for rank in logs_seed.CLIENT_RANKS:
            org = str(log_rows.organisation(rank).id)
            codes = conn.scalars(
                text(
                    "SELECT tenancycode FROM logs WHERE owning_organisation_id = :org AND tenancycode IS NOT NULL"
                    " AND status <> 'deleted' ORDER BY id LIMIT :n"
                ),
                {"org": org, "n": SAMPLES_PER_CLIENT},
            ).all()
            ids = conn.scalars(
                text(
                    "SELECT id FROM logs WHERE owning_organisation_id = :org AND collection_year = :year"
                    " AND status IN ('in_progress', 'completed') ORDER BY status DESC, id DESC LIMIT :n"
                ),
                {"org": org, "year": EDITABLE_YEAR, "n": SAMPLES_PER_CLIENT * logs_seed.USERS_PER_ORGANISATION},
            ).all()
            targets[org] = ([str(c) for c in codes], [str(i) for i in ids])
    engine.dispose()
    return targets


def sign_in_clients(base_url: str, database: logs_seed.BenchDatabase) -> list[load.Client]:
    targets = client_targets(database)
    clients = []
    for n, (email, org) in enumerate(logs_seed.client_emails()):
        codes, ids = targets[str(org.id)]
        # Each client of an organisation edits its own logs, so saves do not wait on each other's locks.
        mine = ids[n % logs_seed.USERS_PER_ORGANISATION :: logs_seed.USERS_PER_ORGANISATION]
        if not mine or not codes:
            logger.warning("%s left out: too few logs seeded for its organisation", email)
            continue
        cookie, csrf = load.sign_in(base_url, email, logs_seed.BENCH_PASSWORD, mine[0])
        clients.append(load.Client(email, cookie, csrf, tuple(codes), tuple(mine)))
    return clients


def measure(system: System, clients: list[load.Client], settings: LoadSettings) -> dict[str, Any]:
    """Each scenario twice: clients sending back to back, for the most the system serves (closed loop:
    latency is then mostly queueing, connections / rate), and clients pausing `think_ms` between
    pages as people do, for the latency at that load. The first run also says what each process spent
    on a request (CPU milliseconds), which is what bounds the rate on this machine."""
    figures: dict[str, Any] = {}
    for scenario in load.scenarios(clients, random.Random(1)):
        run = functools.partial(load.run_scenario, system.base_url, scenario, connections=settings.connections)
        run(seconds=WARM_UP_SECONDS)
        before = cpu.cpu_by_service(system.process_groups)
        saturated = run(seconds=settings.seconds)
        spent = cpu.per_request_ms(before, cpu.cpu_by_service(system.process_groups), int(saturated["requests"]))
        figures[scenario.name] = {
            "saturated": saturated,
            f"thinking_{settings.think_ms}ms": run(seconds=settings.seconds, think_ms=settings.think_ms),
            "cpu_ms_per_request": spent,
        }
        logger.info("%s: %s", scenario.name, figures[scenario.name])
    return figures


def write_results(figures: dict[str, Any], directory: Path = RESULTS) -> Path:
    directory.mkdir(exist_ok=True)
    path = directory / f"logs-load-{datetime.now(UTC):%Y-%m-%d}.json"
    path.write_text(json.dumps(figures, indent=2) + "\n")
    return path


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # unwinds through running_system, which stops every process it started


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    for stopping in (signal.SIGINT, signal.SIGTERM):  # SIGINT too: a background job starts with it ignored
        signal.signal(stopping, _stop)
    logs, settings = _setting("BENCH_LOGS", 1_000_000), LoadSettings()
    started = time.monotonic()
    # The demo API client's secret, set afresh on every run, for the validation API figures.
    api_secret = secrets.token_urlsafe(24)
    env = {**os.environ, "DEMO_API_SECRET": api_secret}
    database = logs_seed.prepare(os.environ.get("BENCH_DATABASE_URL") or DEFAULT_SERVER, logs, env)
    logs_seed.run_manage("seed-demo", {**env, "DATABASE_URL": database.url}, services=("identity",))
    prepared = round(time.monotonic() - started)
    load_before = os.getloadavg()  # other work on the machine skews every figure: recorded with them
    with running_system(database.url) as system:
        clients = sign_in_clients(system.base_url, database)
        scenarios = measure(system, clients, settings)
        scenarios["validate_api"] = {"one_client": validation.bench_api(system.base_url, DEMO_CLIENT, api_secret)}
    figures = {
        "taken_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
        },
        "data": {"logs": logs, "organisations": log_rows.ORGANISATIONS, "database": database.name},
        "load": {"clients": len(clients), **asdict(settings)},
        "preparation_seconds": prepared,
        "scenarios": scenarios,
    }
    path = write_results(figures)
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
