"""The logs benchmark's database: its own PostgreSQL database (one schema per service, as deployed),
migrated and demo-seeded by each service's manage command, then 1,500 organisations, signed-in users
for a few of them and N lettings logs. Seeding N logs takes minutes, so a database already seeded
with the same N is reused (only migrated: new indexes apply to the existing rows)."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from bench import log_rows
from core_platform.db import make_engine, make_session_factory, session_scope

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SERVICES = ("identity", "organisations", "logs", "bulk_upload", "export")
SEED_VERSION = 1  # bump when the generated data changes, so old databases are not reused
BENCH_PASSWORD = "bench-passphrase-2026"  # noqa: S105 - benchmark-only accounts in a throwaway database
USERS_PER_ORGANISATION = 5
# Organisations the signed-in clients belong to, by size rank: the largest, then ever smaller ones.
CLIENT_RANKS = (1, 2, 3, 5, 10, 20, 50, 100, 300, 1000)
SEED_TODAY = date(2026, 11, 24)  # fixed, so a reused database holds the same logs as a new one


@dataclass(frozen=True)
class BenchDatabase:
    url: str
    name: str
    logs: int


def database_for(server_url: str, logs: int) -> BenchDatabase:
    """The database holding `logs` logs on this server: the name says what it holds."""
    digest = hashlib.sha1(f"{SEED_VERSION}:{logs}:{log_rows.ORGANISATIONS}".encode()).hexdigest()[:8]
    name = f"core_bench_{digest}"
    return BenchDatabase(make_url(server_url).set(database=name).render_as_string(hide_password=False), name, logs)


def prepare(server_url: str, logs: int, env: dict[str, str]) -> BenchDatabase:
    """Create, migrate and seed the database unless an earlier run completed it; then migrate."""
    database = database_for(server_url, logs)
    fresh = _create_database(server_url, database.name)
    run_manage("migrate", {**env, "DATABASE_URL": database.url})
    if fresh or not _seeded(database):
        run_manage("seed-demo", {**env, "DATABASE_URL": database.url})
        seed(database)
    else:
        logger.info("reusing %s (%d logs)", database.name, logs)
    return database


def run_manage(command: str, env: dict[str, str], services: tuple[str, ...] = SERVICES) -> None:
    for service in services:
        subprocess.run([sys.executable, "-m", f"{service}_service.manage", command], env=env, cwd=REPO, check=True)


def _create_database(server_url: str, name: str) -> bool:
    admin = make_engine(server_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return not exists


def _seeded(database: BenchDatabase) -> bool:
    engine = make_engine(database.url)
    with engine.connect() as conn:
        marker = conn.scalar(text("SELECT to_regclass('public.bench_seed')"))
        done = marker is not None and conn.scalar(text("SELECT logs FROM public.bench_seed")) == database.logs
    engine.dispose()
    return bool(done)


def seed(database: BenchDatabase) -> None:
    started = time.monotonic()
    seed_organisations(make_engine(database.url, "organisations"))
    seed_users(make_engine(database.url, "identity"))
    seed_logs(make_engine(database.url, "logs"), database.logs)
    engine = make_engine(database.url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS public.bench_seed (logs integer NOT NULL)"))
        conn.execute(text("DELETE FROM public.bench_seed"))
        conn.execute(text("INSERT INTO public.bench_seed (logs) VALUES (:logs)"), {"logs": database.logs})
    logger.info("seeded %s in %.0f s", database.name, time.monotonic() - started)


def seed_organisations(engine: Engine) -> None:
    from organisations_service.data.models import Organisation

    with session_scope(make_session_factory(engine)) as session:
        existing = set(session.scalars(select(Organisation.code)))
        for org in log_rows.organisations():
            if org.code not in existing:
                session.add(
                    Organisation(
                        id=org.id,
                        code=org.code,
                        name=org.name,
                        provider_type="PRP" if org.rank % 3 else "LA",
                        holds_own_stock=True,
                        data_sharing_agreement_signed=True,
                    )
                )
    engine.dispose()


def client_emails() -> list[tuple[str, log_rows.BenchOrganisation]]:
    return [
        (f"bench-{rank}-{n}@example.com", log_rows.organisation(rank))
        for rank in CLIENT_RANKS
        for n in range(1, USERS_PER_ORGANISATION + 1)
    ]


def seed_users(engine: Engine) -> None:
    from identity_service.data.models import User
    from identity_service.domain.passwords import hash_secret

    password_hash = hash_secret(BENCH_PASSWORD)  # one slow hash for every account
    with session_scope(make_session_factory(engine)) as session:
        existing = set(session.scalars(select(User.email)))
        for email, org in client_emails():
            if email not in existing:
                role = "data_coordinator" if email.endswith("-1@example.com") else "data_provider"
                session.add(
                    User(
                        email=email,
                        name=f"Bench User {email.split('@')[0]}",
                        role=role,
                        organisation_id=str(org.id),
                        password_hash=password_hash,
                        active=True,
                        failed_attempts=0,
                    )
                )
    engine.dispose()


def seed_logs(engine: Engine, count: int) -> None:
    """COPY the rows with the table's secondary indexes dropped, then build them again as the
    migrations defined them: one sort per index instead of a million index insertions. VACUUM then
    leaves the table as a long-lived one is (visibility map set, statistics fresh)."""
    from logs_service.data.models import Log

    columns = list(next(log_rows.log_rows(1, SEED_TODAY)).values)
    unknown = set(columns) - set(Log.__table__.columns.keys())
    if unknown:
        raise RuntimeError(f"the logs table has no columns {sorted(unknown)}")
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE logs CASCADE"))
        indexes = conn.execute(SECONDARY_INDEXES).all()
        for name, _definition in indexes:
            conn.execute(text(f'DROP INDEX "{name}"'))
    _copy_rows(engine, columns, count)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("SET maintenance_work_mem = '256MB'"))
        for _name, definition in indexes:
            conn.execute(text(definition))
        conn.execute(text("VACUUM ANALYZE logs"))
    engine.dispose()


SECONDARY_INDEXES = text(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'logs'"
    " AND indexname <> 'pk_logs'"
)


def _copy_rows(engine: Engine, columns: list[str], count: int) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY logs ({', '.join(columns)}) FROM STDIN") as copy:
            for n, row in enumerate(log_rows.log_rows(count, SEED_TODAY), start=1):
                copy.write_row([row.values[name] for name in columns])
                if n % 100_000 == 0:
                    logger.info("%d logs written", n)
        raw.commit()
    finally:
        raw.close()
