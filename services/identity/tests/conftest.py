"""Fixtures for identity's service tests: a migrated database per xdist worker, each test in a
rolled-back transaction, and the gRPC server in process with a clock the test controls."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from celery.app.task import Task
from cryptography.fernet import Fernet
from sqlalchemy.orm import Session

from core.identity.v1 import identity_pb2_grpc
from core_platform.auth.tokens import SigningKey
from core_platform.db import SessionFactory, utcnow
from core_platform.email import EmailTemplate
from core_platform.testing import (
    TestKeys,
    database_fixtures,
    make_test_keys,
    running_grpc_server,
)
from identity_service.data import users
from identity_service.data.models import User
from identity_service.domain.passwords import hash_secret
from identity_service.domain.secret_box import SecretBox
from identity_service.manage import MIGRATIONS_DIR
from identity_service.rpc.code_delivery import CodeDelivery
from identity_service.rpc.identity import PUBLIC_METHODS, IdentityServicer, identity_registration
from identity_service.server import own_token_verifier

ORG_A = str(uuid.UUID("00000000-0000-4000-8000-00000000000a"))
ORG_B = str(uuid.UUID("00000000-0000-4000-8000-00000000000b"))
PASSWORD = "correct horse battery staple"


@cache
def password_hash() -> str:
    # Hashing is deliberately slow; one hash serves every test user.
    return hash_secret(PASSWORD)


engine, sessions = database_fixtures("identity", MIGRATIONS_DIR)


@pytest.fixture
def db(sessions: SessionFactory) -> Iterator[Session]:
    """A session for arranging and checking; call `db.expire_all()` to see what the server changed."""
    session = sessions()
    yield session
    session.close()


@pytest.fixture
def var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keys, demo credentials, queues and the email outbox go to a temporary folder."""
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    return tmp_path


@dataclass
class FakeClock:
    now: datetime = field(default_factory=utcnow)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def keys() -> TestKeys:
    return make_test_keys()


@dataclass(frozen=True)
class EnqueuedTask:
    name: str
    args: list[Any]
    queue: str


@pytest.fixture
def celery_calls(var_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[EnqueuedTask]:
    """Records tasks sent with apply_async instead of sending them, checking that the arguments are JSON."""
    calls: list[EnqueuedTask] = []

    def record(self: Task, args: Any = None, kwargs: Any = None, **options: Any) -> None:
        calls.append(EnqueuedTask(self.name, json.loads(json.dumps(args)), options.get("queue", "")))

    monkeypatch.setattr(Task, "apply_async", record)
    return calls


@dataclass(frozen=True)
class SentEmail:
    to: str
    template: str
    personalisation: dict[str, str]


class RecordingSender:
    """An EmailSender that keeps what it was asked to send."""

    def __init__(self) -> None:
        self.sent: list[SentEmail] = []

    def send(self, to: str, template: EmailTemplate, personalisation: dict[str, str], reference: str) -> str:
        self.sent.append(SentEmail(to, template.name, dict(personalisation)))
        return str(uuid.uuid4())


@pytest.fixture
def emails() -> RecordingSender:
    return RecordingSender()


@pytest.fixture
def code_worker(
    sessions: SessionFactory,
    emails: RecordingSender,
    clock: FakeClock,
    celery_calls: list[EnqueuedTask],
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[str], None]:
    """Queues the sign-in code email as identity does (recorded in `celery_calls`), then runs the Celery task
    function with that message's arguments, as the identity worker would, on this test's database, sender and
    clock."""
    from identity_service import tasks

    monkeypatch.setattr(tasks, "session_factory", lambda: sessions)
    monkeypatch.setattr(tasks, "email_sender_from_env", lambda: emails)
    monkeypatch.setattr(tasks, "utcnow", clock)

    def enqueue_and_work(session_row_id: str) -> None:
        tasks.enqueue_sign_in_code_email(session_row_id)
        queued = celery_calls[-1]
        assert (queued.name, queued.queue) == (tasks.SEND_SIGN_IN_CODE_EMAIL, "identity")
        tasks.send_sign_in_code_email(*queued.args)

    return enqueue_and_work


@pytest.fixture
def other_keys() -> tuple[SigningKey, ...]:
    """Keys identity publishes beside its signing key; a test module overrides this to test rotation."""
    return ()


@pytest.fixture
def secret_box() -> SecretBox:
    return SecretBox([Fernet.generate_key().decode()])


@pytest.fixture
def identity(
    sessions: SessionFactory,
    clock: FakeClock,
    keys: TestKeys,
    celery_calls: list[EnqueuedTask],
    code_worker: Callable[[str], None],
    other_keys: tuple[SigningKey, ...],
    secret_box: SecretBox,
) -> Iterator[identity_pb2_grpc.IdentityServiceStub]:
    from identity_service.tasks import enqueue_password_reset_email

    deliver_code = CodeDelivery(sessions, code_worker)
    servicer = IdentityServicer(
        sessions,
        keys.signer,
        enqueue_password_reset_email,
        clock,
        deliver_code,
        other_keys=other_keys,
        secret_box=secret_box,
    )
    verifier = own_token_verifier(keys.signer, other_keys)
    with running_grpc_server([identity_registration(servicer)], verifier, PUBLIC_METHODS) as (_server, channel):
        yield identity_pb2_grpc.IdentityServiceStub(channel)


@pytest.fixture
def make_user(db: Session) -> Callable[..., User]:
    def make(**overrides: Any) -> User:
        fields: dict[str, Any] = {
            "email": f"user-{uuid.uuid4().hex[:10]}@example.com",
            "name": "Alex Example",
            "role": "data_provider",
            "organisation_id": ORG_A,
            "password_hash": password_hash(),
        }
        created = {name: overrides.pop(name) for name in list(overrides) if name in fields}
        user = users.create_user(db, **{**fields, **created})
        for name, value in overrides.items():  # state a new user does not start with: active, failed_attempts...
            setattr(user, name, value)
        db.commit()
        return user

    return make


@pytest.fixture
def password() -> str:
    """The password every user from `make_user` has."""
    return PASSWORD
