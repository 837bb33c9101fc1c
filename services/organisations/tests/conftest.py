"""Fixtures of the organisations tests: a migrated database per xdist worker, each test in a rolled-back
transaction, and the servicer behind a real channel."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from core.organisations.v1 import alerts_pb2_grpc, organisations_pb2_grpc, resources_pb2_grpc, schemes_pb2_grpc
from core_platform.db import SessionFactory
from core_platform.errors import NotFound
from core_platform.storage import LocalStorage
from core_platform.testing import (
    TestKeys,
    database_fixtures,
    make_test_keys,
    running_grpc_server,
)
from organisations_service.data.models import Organisation, OrganisationRelationship
from organisations_service.domain.people import DirectoryUser
from organisations_service.manage import MIGRATIONS_DIR
from organisations_service.server import PUBLIC_METHODS, registrations

_codes = itertools.count(1000)


engine, sessions = database_fixtures("organisations", MIGRATIONS_DIR)


@pytest.fixture
def session(sessions: SessionFactory) -> Iterator[Session]:
    session = sessions()
    yield session
    session.close()


@pytest.fixture(scope="session")
def keys() -> TestKeys:
    return make_test_keys()


class FakeUserDirectory:
    """Identity's GetUser as the organisations service sees it; records the lookups."""

    def __init__(self) -> None:
        self.users: dict[str, DirectoryUser] = {}
        self.lookups: list[str] = []

    def get_user(self, user_id: str) -> DirectoryUser:
        self.lookups.append(user_id)
        if user_id not in self.users:
            raise NotFound("User not found")
        return self.users[user_id]


@pytest.fixture
def users() -> FakeUserDirectory:
    return FakeUserDirectory()


@pytest.fixture
def storage(tmp_path: Path) -> LocalStorage:
    return LocalStorage(tmp_path / "storage")


@pytest.fixture
def channel(sessions: SessionFactory, keys: TestKeys, users: FakeUserDirectory, storage: LocalStorage) -> Iterator[Any]:
    with running_grpc_server(registrations(sessions, users, storage), keys.verifier, PUBLIC_METHODS) as (_s, channel):
        yield channel


@pytest.fixture
def stub(channel: Any) -> organisations_pb2_grpc.OrganisationsServiceStub:
    return organisations_pb2_grpc.OrganisationsServiceStub(channel)


@pytest.fixture
def schemes_stub(channel: Any) -> schemes_pb2_grpc.SchemesServiceStub:
    return schemes_pb2_grpc.SchemesServiceStub(channel)


@pytest.fixture
def alerts_stub(channel: Any) -> alerts_pb2_grpc.ServiceAlertsServiceStub:
    return alerts_pb2_grpc.ServiceAlertsServiceStub(channel)


@pytest.fixture
def resources_stub(channel: Any) -> resources_pb2_grpc.CollectionResourcesServiceStub:
    return resources_pb2_grpc.CollectionResourcesServiceStub(channel)


@pytest.fixture
def make_organisation(session: Session) -> Callable[..., Organisation]:
    """Makes organisations with valid defaults, committed so the server's sessions see them."""

    def make(**overrides: Any) -> Organisation:
        number = next(_codes)
        values: dict[str, Any] = {
            "id": uuid.uuid4(),
            "code": f"ORG{number}",
            "name": f"Housing Association {number}",
            "provider_type": "PRP",
            "holds_own_stock": True,
            "data_sharing_agreement_signed": True,
        }
        values.update(overrides)
        organisation = Organisation(**values)
        session.add(organisation)
        session.commit()
        return organisation

    return make


@pytest.fixture
def relate(session: Session) -> Callable[[Organisation, Organisation], None]:
    """Records that the first organisation's stock is managed by the second."""

    def add(stock_owner: Organisation, managing_agent: Organisation) -> None:
        session.add(
            OrganisationRelationship(parent_organisation_id=stock_owner.id, child_organisation_id=managing_agent.id)
        )
        session.commit()

    return add
