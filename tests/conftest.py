"""The whole system, started from the Procfile on free ports with the embedded defaults, for the
end-to-end and browser tests. One system per test process (xdist worker)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.system import BACKENDS, assign_ports, procfile_commands, stop_processes, wait_until_ready

REPO = Path(__file__).resolve().parents[1]
BIN = REPO / ".venv" / "bin"
DEMO_PASSWORD = "e2e-demo-passphrase-2026"
DEMO_API_SECRET = "e2e-demo-api-secret-0123456789"


@dataclass
class RunningSystem:
    base_url: str
    env: dict[str, str]
    var_dir: Path
    logs_dir: Path

    def grpc_addr(self, service: str) -> str:
        return self.env[f"{service.upper()}_GRPC_ADDR"]


def system_env(var_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("DATABASE_URL", "AMQP_URL", "_GRPC_ADDR"))}
    env.pop("S3_ENDPOINT_URL", None)
    env.pop("NOTIFY_API_KEY", None)
    env.update(
        CORE_VAR_DIR=str(var_dir),
        CORE_ENV="development",
        DEMO_PASSWORD=DEMO_PASSWORD,
        DEMO_API_SECRET=DEMO_API_SECRET,
        PATH=f"{BIN}:{env.get('PATH', '')}",
        PYTHONUNBUFFERED="1",
        # Every journey signs in from 127.0.0.1; the limits themselves are tested in the frontend's tests.
        RATE_LIMIT_SIGN_IN="1000 per minute",
        RATE_LIMIT_PASSWORD_RESET="1000 per minute",
        RATE_LIMIT_SECOND_FACTOR="1000 per minute",
    )
    assign_ports(env)
    return env


def prepare_databases(env: dict[str, str]) -> None:
    for service in BACKENDS:
        for command in ("migrate", "seed-demo"):
            subprocess.run(
                [str(BIN / "python"), "-m", f"{service}_service.manage", command],
                env=env,
                cwd=REPO,
                check=True,
                capture_output=True,
            )


@contextmanager
def started_system(root: Path, extra_env: dict[str, str] | None = None) -> Iterator[RunningSystem]:
    """Every Procfile process on free ports under `root`, stopped on leaving; `extra_env` e.g. pins the clock."""
    var_dir, logs_dir = root / "var", root / "logs"
    var_dir.mkdir()
    logs_dir.mkdir()
    env = system_env(var_dir) | (extra_env or {})
    prepare_databases(env)
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, command in procfile_commands().items():
            log = (logs_dir / f"{name}.log").open("wb")
            processes[name] = subprocess.Popen(
                ["bash", "-c", "exec " + command],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        base_url = f"http://127.0.0.1:{env['FRONTEND_PORT']}"
        wait_until_ready(base_url, processes, logs_dir)
        yield RunningSystem(base_url, env, var_dir, logs_dir)
    finally:
        stop_processes(processes)


@pytest.fixture(scope="session")
def system_starter() -> Callable[..., AbstractContextManager[RunningSystem]]:
    """For a module that needs its own system, e.g. with the clock pinned (tests import no conftest)."""
    return started_system


@pytest.fixture(scope="session")
def running_system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSystem]:
    with started_system(tmp_path_factory.mktemp("system")) as system:
        yield system
