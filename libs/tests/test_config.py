import pytest

from core_platform.config import database_url_for, grpc_addr, load_platform_settings


def test_embedded_default_is_one_sqlite_file_per_service(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("LOGS_DATABASE_URL", raising=False)
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    assert database_url_for("logs") == (f"sqlite:///{tmp_path / 'logs.sqlite'}", None)


def test_shared_database_url_gives_each_service_its_own_schema(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://db/core")
    monkeypatch.delenv("BULK_UPLOAD_DATABASE_URL", raising=False)
    assert database_url_for("bulk_upload") == ("postgresql+psycopg://db/core", "bulk_upload")


def test_service_specific_url_wins(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://db/core")
    monkeypatch.setenv("EXPORT_DATABASE_URL", "postgresql+psycopg://db/export")
    assert database_url_for("export") == ("postgresql+psycopg://db/export", None)


def test_grpc_address_follows_the_port_override(monkeypatch):
    monkeypatch.delenv("LOGS_GRPC_ADDR", raising=False)
    monkeypatch.setenv("LOGS_GRPC_PORT", "6000")
    assert grpc_addr("logs") == "127.0.0.1:6000"


def test_rejects_an_unknown_environment_name(monkeypatch):
    monkeypatch.setenv("CORE_ENV", "prod")
    with pytest.raises(ValueError, match="CORE_ENV"):
        load_platform_settings("logs")


def test_production_refuses_to_generate_keys_that_replicas_must_share(monkeypatch):
    from core_platform.config import require_in_production

    monkeypatch.delenv("IDENTITY_SIGNING_KEY", raising=False)
    monkeypatch.setenv("CORE_ENV", "development")
    assert require_in_production("IDENTITY_SIGNING_KEY") == ""
    monkeypatch.setenv("CORE_ENV", "production")
    with pytest.raises(RuntimeError, match="IDENTITY_SIGNING_KEY"):
        require_in_production("IDENTITY_SIGNING_KEY")
