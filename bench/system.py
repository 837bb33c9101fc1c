"""The processes the web pages need (every gRPC backend and the frontend, as the Procfile starts
them) on free ports against the benchmark's database; stopped however the benchmark ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = REPO / ".venv" / "bin"
BACKENDS = ("identity", "organisations", "logs", "bulk_upload", "export")
PROCESSES = (*BACKENDS, "frontend")  # no workers, scheduler or relay: the pages measured need none
STARTUP_SECONDS = 120
# Sign-in is rate limited by client IP; every benchmark client signs in from 127.0.0.1.
UNLIMITED = "100000 per minute"


@dataclass(frozen=True)
class System:
    base_url: str
    env: dict[str, str]
    logs_dir: Path
    process_groups: dict[str, int]  # process name: its process group (a process and its children)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def procfile_commands(names: tuple[str, ...] | None = None) -> dict[str, str]:
    """The Procfile's commands by process name: those named, or all of them."""
    lines = (REPO / "Procfile").read_text().splitlines()
    entries = {
        name: command.strip()
        for name, command in (line.split(":", 1) for line in lines if line.strip() and not line.startswith("#"))
    }
    return entries if names is None else {name: entries[name] for name in names}


def assign_ports(env: dict[str, str]) -> None:
    """Free ports for every gRPC backend and the frontend, and the addresses that reach them."""
    for service in BACKENDS:
        port = free_port()
        env[f"{service.upper()}_GRPC_PORT"] = str(port)
        env[f"{service.upper()}_GRPC_ADDR"] = f"127.0.0.1:{port}"
    env["FRONTEND_PORT"] = str(free_port())
    env["FRONTEND_URL"] = f"http://127.0.0.1:{env['FRONTEND_PORT']}"


def system_env(database_url: str, var_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("DATABASE_URL", "AMQP_URL", "_GRPC_ADDR"))}
    env.update(
        DATABASE_URL=database_url,
        CORE_VAR_DIR=str(var_dir),
        CORE_ENV="development",
        LOG_LEVEL="WARNING",  # a log line per request would cost the servers time the clients measure
        PATH=f"{BIN}:{env.get('PATH', '')}",
        PYTHONUNBUFFERED="1",
        RATE_LIMIT_SIGN_IN=UNLIMITED,
        RATE_LIMIT_PASSWORD_RESET=UNLIMITED,
        RATE_LIMIT_SECOND_FACTOR=UNLIMITED,
    )
    assign_ports(env)
    return env


def wait_until_ready(base_url: str, processes: dict[str, subprocess.Popen[bytes]], logs_dir: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                tail = (logs_dir / f"{name}.log").read_text()[-3000:]
                raise RuntimeError(f"{name} exited with {process.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(f"{base_url}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"system not ready after {STARTUP_SECONDS} s; logs in {logs_dir}")


def stop_processes(processes: dict[str, subprocess.Popen[bytes]]) -> None:
    for process in processes.values():
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 15
    for process in processes.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def running_system(database_url: str, extra_env: dict[str, str] | None = None) -> Iterator[System]:
    """Every process in its own process group, so stopping one stops its children (gunicorn's workers)."""
    root = Path(tempfile.mkdtemp(prefix="core-bench-"))
    var_dir, logs_dir = root / "var", root / "logs"
    var_dir.mkdir()
    logs_dir.mkdir()
    env = system_env(database_url, var_dir) | (extra_env or {})
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, command in procfile_commands(PROCESSES).items():
            with (logs_dir / f"{name}.log").open("wb") as log:
                processes[name] = subprocess.Popen(
                    ["bash", "-c", "exec " + command],
                    cwd=REPO,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
        base_url = env["FRONTEND_URL"]
        wait_until_ready(base_url, processes, logs_dir)
        yield System(base_url, env, logs_dir, {name: process.pid for name, process in processes.items()})
    finally:
        stop_processes(processes)
