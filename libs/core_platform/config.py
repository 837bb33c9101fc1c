"""Settings common to every process, read from environment variables with safe local defaults.

Every variable the system reads is declared in ENV_VARS, so the README table and the deployment
checks come from one place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

SERVICES = ("identity", "organisations", "logs", "bulk_upload", "export")

DEFAULT_GRPC_PORTS = {"identity": 50051, "organisations": 50052, "logs": 50053, "bulk_upload": 50054, "export": 50055}

# name -> (default shown in docs, description)
ENV_VARS: dict[str, tuple[str, str]] = {
    "CORE_ENV": ("development", "development or production; production sets Secure cookies and HSTS"),
    "CORE_VAR_DIR": ("./var", "where the embedded defaults keep databases, queues, files, keys and the outbox"),
    "DATABASE_URL": ("SQLite file per service under var/", "PostgreSQL URL shared by all services, one schema each"),
    "IDENTITY_DATABASE_URL": ("DATABASE_URL", "database for identity only (likewise ORGANISATIONS_, LOGS_, ...)"),
    "ORGANISATIONS_DATABASE_URL": ("DATABASE_URL", "database for organisations only"),
    "LOGS_DATABASE_URL": ("DATABASE_URL", "database for logs only"),
    "BULK_UPLOAD_DATABASE_URL": ("DATABASE_URL", "database for bulk upload only"),
    "EXPORT_DATABASE_URL": ("DATABASE_URL", "database for export only"),
    "AMQP_URL": ("on-disk transport under var/", "RabbitMQ URL for Celery and the core.events exchange"),
    "S3_ENDPOINT_URL": ("local folder var/storage", "S3-compatible endpoint; setting it switches storage to S3"),
    "S3_BUCKET": ("core", "bucket for uploaded and exported files"),
    "NOTIFY_API_KEY": ("email outbox var/outbox", "GOV.UK Notify API key; setting it sends real email"),
    "OTEL_EXPORTER_OTLP_ENDPOINT": ("(none)", "OTLP collector endpoint; traces are exported when set"),
    "LOG_LEVEL": ("INFO", "log level of every process"),
    "IDENTITY_GRPC_ADDR": ("127.0.0.1:50051", "where clients reach identity (likewise for each backend)"),
    "ORGANISATIONS_GRPC_ADDR": ("127.0.0.1:50052", "where clients reach organisations"),
    "LOGS_GRPC_ADDR": ("127.0.0.1:50053", "where clients reach logs"),
    "BULK_UPLOAD_GRPC_ADDR": ("127.0.0.1:50054", "where clients reach bulk upload"),
    "EXPORT_GRPC_ADDR": ("127.0.0.1:50055", "where clients reach export"),
    "IDENTITY_GRPC_PORT": ("50051", "port identity listens on (likewise for each backend)"),
    "ORGANISATIONS_GRPC_PORT": ("50052", "port organisations listens on"),
    "LOGS_GRPC_PORT": ("50053", "port logs listens on"),
    "BULK_UPLOAD_GRPC_PORT": ("50054", "port bulk upload listens on"),
    "EXPORT_GRPC_PORT": ("50055", "port export listens on"),
    "FRONTEND_PORT": ("8080", "port of the web frontend"),
    "FRONTEND_URL": ("http://127.0.0.1:8080", "public base URL, used in emailed links"),
    "SECRET_KEY": ("generated into var/", "frontend session signing key"),
    "IDENTITY_SIGNING_KEY": ("generated into var/keys", "PEM EC P-256 private key that signs access tokens"),
    "IDENTITY_TOTP_KEY": ("generated into var/keys", "Fernet key that encrypts authenticator-app secrets"),
    "DEMO_PASSWORD": ("generated into var/demo-credentials.txt", "password of every demo user"),
    "DEMO_API_SECRET": ("generated into var/demo-credentials.txt", "secret of the demo API client"),
    "REDIS_URL": ("(none)", "rate-limit storage; memory when unset"),
    "RATE_LIMIT_SIGN_IN": ("30 per minute;300 per hour", "sign-in attempts per client IP"),
    "RATE_LIMIT_PASSWORD_RESET": ("30 per minute;300 per hour", "password reset requests and new passwords per IP"),
    "RATE_LIMIT_SECOND_FACTOR": ("30 per minute;300 per hour", "sign-in codes entered or resent per client IP"),
    "RATE_LIMIT_ADDRESS_SEARCH": ("60 per minute;1000 per hour", "address searches per signed-in user (autocomplete)"),
    "POSTCODE_LOOKUP_URL": ("offline table", "postcodes.io-style service for postcode to local authority lookups"),
    "ADDRESS_LOOKUP_URL": ("offline demo addresses", "OS Places-style address search for the property address pages"),
    "ADDRESS_LOOKUP_KEY": ("(none)", "API key sent to the address search service"),
    "CORE_TODAY": ("the date in England", "YYYY-MM-DD: the logs service's today (tests, demos); not in production"),
}


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def env_int(name: str, default: int) -> int:
    raw = env(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from exc


def require_in_production(name: str) -> str:
    """A setting that may default to a generated local value in development, never in production:
    several replicas each generating their own key would break sessions and tokens between them."""
    value = env(name)
    if not value and env("CORE_ENV", "development") == "production":
        raise RuntimeError(f"{name} must be set when CORE_ENV=production")
    return value


def var_dir() -> Path:
    path = Path(env("CORE_VAR_DIR", str(REPO_ROOT / "var"))).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def env_prefix(service: str) -> str:
    return service.upper().replace("-", "_")


@dataclass(frozen=True)
class PlatformSettings:
    service: str
    environment: str
    var_dir: Path
    database_url: str
    database_schema: str | None
    amqp_url: str
    otel_endpoint: str
    log_level: str

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


def database_url_for(service: str) -> tuple[str, str | None]:
    """The service's own database URL and, on a shared PostgreSQL database, its schema."""
    prefix = env_prefix(service)
    own = env(f"{prefix}_DATABASE_URL")
    if own:
        return own, None
    shared = env("DATABASE_URL")
    if shared:
        return shared, service
    return f"sqlite:///{var_dir() / (service + '.sqlite')}", None


def load_platform_settings(service: str) -> PlatformSettings:
    environment = env("CORE_ENV", "development")
    if environment not in ("development", "production", "test"):
        raise ValueError(f"CORE_ENV must be development, production or test, got {environment!r}")
    url, schema = database_url_for(service)
    return PlatformSettings(
        service=service,
        environment=environment,
        var_dir=var_dir(),
        database_url=url,
        database_schema=schema,
        amqp_url=env("AMQP_URL"),
        otel_endpoint=env("OTEL_EXPORTER_OTLP_ENDPOINT"),
        log_level=env("LOG_LEVEL", "INFO").upper(),
    )


def grpc_port(service: str) -> int:
    return env_int(f"{env_prefix(service)}_GRPC_PORT", DEFAULT_GRPC_PORTS[service])


def grpc_addr(service: str) -> str:
    return env(f"{env_prefix(service)}_GRPC_ADDR", f"127.0.0.1:{grpc_port(service)}")
