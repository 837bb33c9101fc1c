"""Demo data shared by every service's seed command (ARCHITECTURE.md, fixed conventions).

Organisation ids are derived from their codes, so each service seeds its own part independently and
the parts agree. Secrets come from DEMO_PASSWORD / DEMO_API_SECRET, else are generated once and kept
in var/demo-credentials.txt.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

from core_platform.config import env, var_dir

_NAMESPACE = uuid.UUID("6f1c2d3e-8a5b-4c7d-9e0f-1a2b3c4d5e6f")


def demo_organisation_id(code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"organisation:{code}")


@dataclass(frozen=True)
class DemoOrganisation:
    code: str
    name: str
    provider_type: str  # "LA" or "PRP"
    holds_own_stock: bool

    @property
    def id(self) -> uuid.UUID:
        return demo_organisation_id(self.code)


@dataclass(frozen=True)
class DemoUser:
    email: str
    name: str
    role: str
    organisation_code: str
    is_dpo: bool = False
    is_key_contact: bool = False


DEMO_ORGANISATIONS = (
    DemoOrganisation("ORG1", "Demo Housing Association", "PRP", True),
    DemoOrganisation("ORG2", "Demo Council", "LA", True),
    DemoOrganisation("ORG3", "Other Housing Association", "PRP", True),
    # Support users belong to the department.
    DemoOrganisation("ORG4", "Ministry of Housing, Communities and Local Government", "LA", False),
)

# (stock owner, managing agent): ORG1 and ORG2 each own stock the other manages.
DEMO_RELATIONSHIPS = (("ORG1", "ORG2"), ("ORG2", "ORG1"))
DEMO_DSA_SIGNED = ("ORG1", "ORG2")

DEMO_USERS = (
    DemoUser("support@example.com", "Sam Support", "support", "ORG4"),
    DemoUser(
        "coordinator@example.com", "Chris Coordinator", "data_coordinator", "ORG1", is_dpo=True, is_key_contact=True
    ),
    DemoUser("provider@example.com", "Pat Provider", "data_provider", "ORG1"),
    DemoUser("provider@other.example.com", "Olu Other", "data_provider", "ORG3"),
)

DEMO_API_CLIENT_ID = "demo-client"
DEMO_API_CLIENT_ORGANISATION = "ORG1"


@dataclass(frozen=True)
class DemoSecrets:
    password: str
    api_secret: str


def credentials_file() -> Path:
    return var_dir() / "demo-credentials.txt"


def demo_secrets() -> DemoSecrets:
    stored = _read_stored(credentials_file())
    password = env("DEMO_PASSWORD") or stored.get("password", "")
    api_secret = env("DEMO_API_SECRET") or stored.get("api_secret", "")
    if not stored.get("password") or not stored.get("api_secret"):
        stored.setdefault("password", password or secrets.token_urlsafe(12))
        stored.setdefault("api_secret", api_secret or secrets.token_urlsafe(24))
        _write_stored(credentials_file(), stored)
    return DemoSecrets(password or stored["password"], api_secret or stored["api_secret"])


def _read_stored(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def _write_stored(path: Path, values: dict[str, str]) -> None:
    path.write_text("".join(f"{key}={value}\n" for key, value in values.items()))
    path.chmod(0o600)


def main() -> None:
    """Printed by `make run`: where to go and how to sign in."""
    from core_platform.config import env

    creds = demo_secrets()
    port = env("FRONTEND_PORT", "8080")
    lines = [
        "",
        "CORE is starting: http://127.0.0.1:" + port,
        "Demo accounts (password: " + creds.password + "):",
        *(f"  {user.email:30} {user.role:17} {user.organisation_code}" for user in DEMO_USERS),
        f"Demo API client: id {DEMO_API_CLIENT_ID}, secret {creds.api_secret}"
        f" (acts for {DEMO_API_CLIENT_ORGANISATION})",
        f"Kept in {credentials_file()}; emails land in {var_dir() / 'outbox'}",
        "",
    ]
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    main()
