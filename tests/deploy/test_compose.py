"""Static checks of docker-compose.yml (and the collector configuration it mounts) against the Procfile and
core_platform.config: every process in a container with its command, health-checked, wired to the right
addresses, configured only with known settings, and no secret committed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from core_platform.config import DEFAULT_GRPC_PORTS, ENV_VARS, SERVICES

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
APP_IMAGE = "core:dev"
ONE_SHOT = {"migrate", "minio-create-bucket"}

STANDARD_ENV_PREFIXES = ("AWS_", "NOTIFY_TEMPLATE_", "POSTGRES_", "RABBITMQ_", "MINIO_")
STANDARD_ENV_NAMES = {"PYTHONPATH", "HOSTNAME"}
SECRET_ENV_NAMES = {
    name for name in ENV_VARS if name.endswith(("DATABASE_URL", "AMQP_URL", "_KEY", "_SECRET", "_PASSWORD"))
} | {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "POSTGRES_PASSWORD", "RABBITMQ_DEFAULT_PASS", "MINIO_ROOT_PASSWORD"}
# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}; $$ is a literal dollar.
INTERPOLATION = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?\}")


def read_procfile() -> dict[str, list[str]]:
    lines = (REPO / "Procfile").read_text().splitlines()
    pairs = (line.split(":", 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): shlex.split(command) for name, command in pairs}


PROCFILE = read_procfile()
SERVICES_BY_NAME: dict[str, dict[str, Any]] = COMPOSE["services"]
APP_SERVICES = {name: svc for name, svc in SERVICES_BY_NAME.items() if svc.get("image") == APP_IMAGE}
GRPC_BACKENDS = {service.replace("_", "-"): port for service, port in DEFAULT_GRPC_PORTS.items()}


def compose_name(process: str) -> str:
    return process.replace("_", "-")


def command_of(service: dict[str, Any]) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def without_pool_options(argv: list[str]) -> list[str]:
    """`make run` runs workers with `-P solo`; containers use the prefork pool with a fixed --concurrency."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-P", "--pool", "-c", "--concurrency"):
            skip = True
        elif not arg.startswith(("--pool=", "--concurrency=")):
            kept.append(arg)
    return kept


def strings_in(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in strings_in(key) + strings_in(value)]
    if isinstance(node, list):
        return [s for item in node for s in strings_in(item)]
    return [node] if isinstance(node, str) else []


def is_known_env_name(name: str) -> bool:
    return name in ENV_VARS or name in STANDARD_ENV_NAMES or name.startswith(STANDARD_ENV_PREFIXES)


def healthcheck_command(service: dict[str, Any]) -> str:
    test = service["healthcheck"]["test"]
    return test if isinstance(test, str) else " ".join(str(part) for part in test)


@pytest.mark.parametrize("process", sorted(PROCFILE))
def test_procfile_process_runs_in_a_compose_service_with_its_command(process: str) -> None:
    service = APP_SERVICES.get(compose_name(process))
    assert service is not None, f"no compose service {compose_name(process)} running the CORE image for {process}"
    assert without_pool_options(command_of(service)) == without_pool_options(PROCFILE[process])
    if "worker" in PROCFILE[process]:
        assert "solo" not in command_of(service), "containers use Celery's default prefork pool"


def test_every_long_running_app_service_runs_a_procfile_process() -> None:
    long_running = set(APP_SERVICES) - ONE_SHOT
    assert long_running == {compose_name(process) for process in PROCFILE}


def test_app_services_share_one_image_built_from_this_repository() -> None:
    for name, service in APP_SERVICES.items():
        assert service["build"] == {"context": ".", "dockerfile": "Dockerfile"}, name
    others = {name for name, service in SERVICES_BY_NAME.items() if "build" in service} - set(APP_SERVICES)
    assert not others, f"built but not tagged {APP_IMAGE}: {others}"


@pytest.mark.parametrize("backend", sorted(GRPC_BACKENDS))
def test_grpc_backend_is_health_checked_on_its_default_port(backend: str) -> None:
    service = APP_SERVICES[backend]
    test = service["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"] and "HealthStub" in test[3], "the standard gRPC health check"
    assert test[-1] == str(GRPC_BACKENDS[backend])


@pytest.mark.parametrize("name", sorted(APP_SERVICES))
def test_grpc_addresses_point_at_backend_services_on_their_ports(name: str) -> None:
    environment = APP_SERVICES[name]["environment"]
    addresses = {key: value for key, value in environment.items() if key.endswith("_GRPC_ADDR")}
    assert set(addresses) == {f"{s.upper()}_GRPC_ADDR" for s in DEFAULT_GRPC_PORTS}, f"{name}: an address is missing"
    for key, value in addresses.items():
        backend = compose_name(key.removesuffix("_GRPC_ADDR").lower())
        assert value == f"{backend}:{GRPC_BACKENDS[backend]}"
        assert backend in APP_SERVICES and "healthcheck" in APP_SERVICES[backend]


def test_frontend_is_published_on_8080_and_health_checked() -> None:
    frontend = APP_SERVICES["frontend"]
    assert frontend["ports"] == ["127.0.0.1:8080:8080"]
    assert "http://127.0.0.1:8080/healthz" in healthcheck_command(frontend)


@pytest.mark.parametrize("process", sorted(p for p, argv in PROCFILE.items() if "worker" in argv))
def test_celery_worker_is_health_checked_by_pinging_its_own_node(process: str) -> None:
    service = APP_SERVICES[compose_name(process)]
    argv = command_of(service)
    node = argv[argv.index("-n") + 1]
    check = healthcheck_command(service)
    assert "inspect ping" in check and node.replace("%h", "$$HOSTNAME") in check


def test_depends_on_names_defined_services_with_conditions_they_can_meet() -> None:
    for name, service in SERVICES_BY_NAME.items():
        for dependency, spec in service.get("depends_on", {}).items():
            assert dependency in SERVICES_BY_NAME, f"{name} depends on undefined {dependency}"
            condition = spec["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in SERVICES_BY_NAME[dependency], f"{name}: {dependency} has no healthcheck"
            elif condition == "service_completed_successfully":
                assert dependency in ONE_SHOT, f"{name}: {dependency} never completes"
            else:
                assert condition == "service_started"
    for name in set(APP_SERVICES) - {"migrate"}:
        assert APP_SERVICES[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"


def test_migrate_migrates_then_seeds_every_service() -> None:
    script = " ".join(command_of(APP_SERVICES["migrate"]))
    steps = [f"python -m {service}_service.manage migrate" for service in SERVICES]
    steps += [f"python -m {service}_service.manage seed-demo" for service in SERVICES]
    positions = [script.find(step) for step in steps]
    assert -1 not in positions, f"missing: {[s for s, p in zip(steps, positions, strict=True) if p == -1]}"
    assert positions == sorted(positions), "every migration runs before any demo data is loaded"
    assert APP_SERVICES["migrate"]["restart"] == "no"


def test_every_env_var_name_is_known() -> None:
    names = {key for service in SERVICES_BY_NAME.values() for key in service.get("environment", {})}
    names |= {name for text in strings_in(COMPOSE) for name in INTERPOLATION.findall(text)}
    unknown = sorted(n for n in names if not is_known_env_name(n))
    assert not unknown, f"not in core_platform.config.ENV_VARS nor standard: {unknown}"


def test_no_secret_values_are_committed() -> None:
    for name, service in SERVICES_BY_NAME.items():
        for key, value in service.get("environment", {}).items():
            value = str(value)
            if key in SECRET_ENV_NAMES:
                assert INTERPOLATION.search(value), f"{name}: {key} must come from ${{VAR:-dev default}}"
            for password in re.findall(r"://[^:/@\s]+:([^@\s]+)@", value):
                assert INTERPOLATION.fullmatch(password), f"{name}: {key} has a literal password"


def test_traces_go_to_the_collector_configured_from_deploy() -> None:
    for name, service in APP_SERVICES.items():
        assert service["environment"]["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://otel-collector:4317", name
    collector = SERVICES_BY_NAME["otel-collector"]
    (mount,) = collector["volumes"]
    source, target, _mode = mount.split(":")
    assert source == "./deploy/otel-collector.yaml" and f"--config={target}" in collector["command"]
    config = yaml.safe_load((REPO / source).read_text())
    assert config["receivers"]["otlp"]["protocols"]["grpc"]["endpoint"].endswith(":4317")
    assert "otlp" in config["service"]["pipelines"]["traces"]["receivers"]
