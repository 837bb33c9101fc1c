"""Fixtures of the logs tests: a migrated database per xdist worker, each test in a rolled-back
transaction, the servicer behind a real channel, and a fake organisations directory (services never
import each other, so organisations' server is not started here)."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from core.logs.v1 import logs_pb2_grpc
from core_platform.db import SessionFactory
from core_platform.testing import (
    TestKeys,
    database_fixtures,
    make_test_keys,
    running_grpc_server,
)
from logs_service.domain.organisations import OrganisationRef
from logs_service.manage import MIGRATIONS_DIR
from logs_service.operations.common import Dependencies
from logs_service.server import registrations

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)

# Inside the 2025/26 collection year, after the 2024/25 form closed: start dates 1 April 2025 to
# 31 March 2026 are open.
TODAY = date(2025, 11, 24)


def _organisation(code: str, name: str, holds_own_stock: bool = True) -> OrganisationRef:
    return OrganisationRef(str(uuid.uuid5(uuid.NAMESPACE_URL, code)), code, name, holds_own_stock)


class FakeOrganisations:
    """The organisations directory with a fixed set of organisations.

    ALPHA holds stock, manages BETA's stock and has its own managed by DELTA; OTHER is unrelated.
    """

    ALPHA = _organisation("ORG101", "Alpha Homes")
    BETA = _organisation("ORG102", "Beta Council")
    OTHER = _organisation("ORG103", "Other Housing")
    DELTA = _organisation("ORG104", "Delta Management", holds_own_stock=False)
    RELATIONSHIPS = ((BETA, ALPHA), (ALPHA, DELTA))  # (stock owner, managing agent)

    def __init__(self) -> None:
        self.organisations = [self.ALPHA, self.BETA, self.OTHER, self.DELTA]

    def get(self, id_or_code: str) -> OrganisationRef | None:
        return next((o for o in self.organisations if id_or_code in (o.id, o.code)), None)

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        itself = [o for o in self.organisations if o.id == organisation_id and o.holds_own_stock]
        return itself + [owner for owner, agent in self.RELATIONSHIPS if agent.id == organisation_id]

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        itself = [o for o in self.organisations if o.id == organisation_id]
        return itself + [agent for owner, agent in self.RELATIONSHIPS if owner.id == organisation_id]

    def all_organisations(self) -> list[OrganisationRef]:
        return sorted(self.organisations, key=lambda o: o.name)


class FakeLocalAuthorities:
    """The organisations service's postcode lookup: a few postcodes it places; it records what it was asked."""

    KNOWN = {"W1D 1AA": "E09000033", "M1 1AA": "E08000003", "LS1 1AA": "E08000035"}

    def __init__(self) -> None:
        self.asked: list[str] = []

    def local_authority_of(self, postcode: str) -> str | None:
        self.asked.append(postcode)
        return self.KNOWN.get(postcode.upper())


@dataclass
class Callers:
    """Tokens for the usual callers."""

    keys: TestKeys
    alpha_user_id: str = str(uuid.uuid4())

    def provider(self, organisation: OrganisationRef = FakeOrganisations.ALPHA, subject: str = "") -> str:
        return self.keys.token("data_provider", organisation.id, subject=subject or self.alpha_user_id)

    def coordinator(self, organisation: OrganisationRef = FakeOrganisations.ALPHA) -> str:
        return self.keys.token("data_coordinator", organisation.id)

    def support(self) -> str:
        return self.keys.token("support", "")


engine, sessions = database_fixtures("logs", MIGRATIONS_DIR)


@pytest.fixture(scope="session")
def keys() -> TestKeys:
    return make_test_keys()


@pytest.fixture
def callers(keys: TestKeys) -> Callers:
    return Callers(keys)


@pytest.fixture
def deps(sessions: SessionFactory) -> Dependencies:
    return Dependencies(sessions, FakeOrganisations(), lambda: TODAY)


@pytest.fixture
def postcode_lookup() -> FakeLocalAuthorities:
    return FakeLocalAuthorities()


@pytest.fixture
def stub(
    sessions: SessionFactory, keys: TestKeys, postcode_lookup: FakeLocalAuthorities
) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    served = registrations(sessions, FakeOrganisations(), lambda: TODAY, postcodes=postcode_lookup)
    with running_grpc_server(served, keys.verifier) as (_server, channel):
        yield logs_pb2_grpc.LogsServiceStub(channel)


@pytest.fixture
def orgs() -> type[FakeOrganisations]:
    return FakeOrganisations
