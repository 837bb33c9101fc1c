"""The shared acceptance check for identity (../shared/acceptance/check_identity.py), run against the
whole system started from the Procfile: support's emailed sign-in code, the demo API client and the
coordinator's users page. Skipped where the shared folder is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHECK = Path(__file__).resolve().parents[3] / "shared" / "acceptance" / "check_identity.py"


def test_shared_identity_acceptance_check_passes(running_system):
    if not CHECK.exists():
        pytest.skip(f"{CHECK} is absent: the shared acceptance checks live beside the repository")
    env = {
        **running_system.env,
        "CORE_URL": running_system.base_url,
    }
    # Other tests share this system and may have changed a demo user's password: seed the demo users again.
    seed = [sys.executable, "-m", "identity_service.manage", "seed-demo"]
    subprocess.run(seed, env=env, check=True, capture_output=True, timeout=120)
    # The check reads var/outbox relative to where it runs: the system's own var folder's parent.
    result = subprocess.run(
        [sys.executable, str(CHECK)],
        cwd=running_system.var_dir.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
