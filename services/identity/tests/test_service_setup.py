from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy import func, select

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.demo import DEMO_API_CLIENT_ID, DEMO_USERS, demo_organisation_id
from core_platform.grpc_client import call, open_channel
from identity_service.config import load_settings
from identity_service.data.models import ApiClient, Base, User
from identity_service.demo import seed_demo
from identity_service.manage import MIGRATIONS_DIR
from identity_service.server import build_server, load_signer

SERVICE_DIR = Path(__file__).resolve().parents[1]


def test_current_alembic_head_names_the_newest_migration():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    newest_file = sorted(path.stem for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9]_*.py"))[-1]

    head = (SERVICE_DIR / ".current-alembic-head").read_text().strip()

    assert head == newest_file == ScriptDirectory.from_config(config).get_current_head()


def test_migrations_create_exactly_the_tables_the_models_describe(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.fixture
def demo_env(var_dir, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo password for tests")
    monkeypatch.setenv("DEMO_API_SECRET", "demo api secret for tests")


def test_seeding_demo_data_twice_changes_nothing_the_second_time(demo_env, identity, db):
    seed_demo(db)
    db.commit()
    hashes = dict(db.execute(select(User.email, User.password_hash)).all())

    seed_demo(db)
    db.commit()

    assert dict(db.execute(select(User.email, User.password_hash)).all()) == hashes
    assert sorted(hashes) == sorted(user.email for user in DEMO_USERS)
    assert db.scalar(select(func.count()).select_from(ApiClient).where(ApiClient.client_id == DEMO_API_CLIENT_ID)) == 1
    signed_in = call(
        identity.Authenticate,
        identity_pb2.AuthenticateRequest(email="coordinator@example.com", password="demo password for tests"),
    )
    assert signed_in.user.organisation_id == str(demo_organisation_id("ORG1")) and signed_in.user.is_dpo
    client_token = call(
        identity.IssueClientToken,
        identity_pb2.IssueClientTokenRequest(client_id=DEMO_API_CLIENT_ID, client_secret="demo api secret for tests"),
    )
    assert client_token.scope == "logs:read logs:write"


def test_built_server_reports_serving_and_publishes_its_signing_key(var_dir, sessions):
    settings = replace(load_settings(), grpc_port=0)
    signer = load_signer(settings)
    server = build_server(settings, sessions, signer, enqueue_reset_email=lambda _id: None, host="127.0.0.1")
    server.start()
    channel = open_channel(f"127.0.0.1:{server.port}")
    try:
        health = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="core.identity.v1.IdentityService"), timeout=5
        )
        keys = call(identity_pb2_grpc.IdentityServiceStub(channel).GetPublicKeys, identity_pb2.GetPublicKeysRequest())
    finally:
        channel.close()
        server.stop(grace=0)

    assert health.status == health_pb2.HealthCheckResponse.SERVING
    assert [key.kid for key in keys.keys] == [signer.key.kid]
    assert (var_dir / "keys" / "identity-signing-key.pem").exists()
