"""A log's postcodes are looked up in the real organisations service (its offline postcode table) over gRPC, with the
caller's token passed on: the local authority found is inferred, and with none found, or organisations down, the
log still saves and asks for the local authority."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import struct_pb2
from sqlalchemy.engine import Engine

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform import testing
from core_platform.db import SessionFactory, make_session_factory
from core_platform.grpc_client import call, open_channel
from core_platform.storage import LocalStorage
from core_platform.testing import create_test_database, make_test_keys, migrated_engine, running_grpc_server
from logs_service.domain.organisations import OrganisationRef
from logs_service.manage import MIGRATIONS_DIR as LOGS_MIGRATIONS
from logs_service.postcodes_client import GrpcLocalAuthorityLookup
from logs_service.server import fixed_day
from logs_service.server import registrations as logs_registrations
from organisations_service.manage import MIGRATIONS_DIR as ORGANISATIONS_MIGRATIONS
from organisations_service.server import PUBLIC_METHODS
from organisations_service.server import registrations as organisations_registrations

HOUSING = OrganisationRef(str(uuid.uuid4()), "ORG1", "Demo Housing Association", holds_own_stock=True)
SETUP = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "rent_type": 0, "declaration": 1}
MANCHESTER = "E08000003"  # the whole M1 district, in the offline table
TODAY = date(2025, 11, 24)


class OneOrganisation:
    def get(self, id_or_code: str) -> OrganisationRef | None:
        return HOUSING if id_or_code in (HOUSING.id, HOUSING.code) else None

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        return [HOUSING]

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        return [HOUSING]

    def all_organisations(self) -> list[OrganisationRef]:
        return [HOUSING]


def _migrated(service: str, migrations: Path, worker_id: str, tmp_path: Path) -> tuple[SessionFactory, Engine]:
    url = create_test_database(f"core_test_{service}_postcodes_{worker_id}", tmp_path)
    engine = migrated_engine(service, migrations, url)
    return make_session_factory(engine), engine


@pytest.fixture
def keys() -> testing.TestKeys:
    return make_test_keys()


@pytest.fixture
def organisations_addr(keys, worker_id, tmp_path, monkeypatch) -> Iterator[str]:
    monkeypatch.delenv("POSTCODE_LOOKUP_URL", raising=False)  # the offline table
    sessions, engine = _migrated("organisations", ORGANISATIONS_MIGRATIONS, worker_id, tmp_path)
    served = organisations_registrations(sessions, storage=LocalStorage(tmp_path / "storage"))
    with running_grpc_server(served, keys.verifier, PUBLIC_METHODS) as (server, _channel):
        yield f"127.0.0.1:{server.port}"
    engine.dispose()


@pytest.fixture
def logs_sessions(worker_id, tmp_path) -> Iterator[SessionFactory]:
    sessions, engine = _migrated("logs", LOGS_MIGRATIONS, worker_id, tmp_path)
    yield sessions
    engine.dispose()


@contextmanager
def _logs_server(sessions: SessionFactory, keys: testing.TestKeys, organisations_addr: str) -> Iterator[Any]:
    """The logs service asking organisations at `organisations_addr`; yields a stub."""
    organisations = open_channel(organisations_addr, default_deadline=2.0)
    served = logs_registrations(
        sessions, OneOrganisation(), fixed_day(TODAY), postcodes=GrpcLocalAuthorityLookup(organisations)
    )
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)
    organisations.close()


def _create(stub, token: str, answers: dict) -> pb.Log:
    struct = struct_pb2.Struct()
    struct.update({**SETUP, **answers})
    return call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct), token=token)


def test_postcodes_are_looked_up_in_the_organisations_service(logs_sessions, keys, organisations_addr):
    token = keys.token("data_provider", HOUSING.id)
    with _logs_server(logs_sessions, keys, organisations_addr) as stub:
        found = _create(stub, token, {"postcode_full": "M1 1AA", "ppcodenk": 0, "ppostcode_full": "ZZ9 9ZZ"})

    assert (found.answers["la"], found.answers["is_la_inferred"]) == (MANCHESTER, True)
    assert (found.answers["is_previous_la_inferred"], "prevloc" in found.answers) == (False, False)


def test_with_organisations_down_the_log_saves_and_asks_for_the_local_authority(logs_sessions, keys):
    token = keys.token("data_provider", HOUSING.id)
    with _logs_server(logs_sessions, keys, "127.0.0.1:9") as stub:  # nothing listens there
        saved = _create(stub, token, {"postcode_full": "M1 1AA"})

    assert (saved.answers["postcode_full"], saved.answers["is_la_inferred"], "la" in saved.answers) == (
        "M1 1AA",
        False,
        False,
    )
