"""Static checks of the Kubernetes manifests in deploy/ against the Procfile, the Dockerfile and
core_platform.config: every process deployed with its command, probed, bounded, scaled and configured
only with known settings, and no secret committed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from core_platform.config import DEFAULT_GRPC_PORTS, ENV_VARS, SERVICES
from core_platform.events.topology import SUBSCRIPTIONS

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
NAMESPACE = "core"
IMAGE = "core"  # the logical name kustomization.yaml maps to the registry
IMAGE_REPOSITORY = "ghcr.io/communitiesuk/core"
CONFIG_MAP = "core-config"
SECRET = "core-secrets"
EXAMPLE_SECRETS = "secrets.example.yaml"
NOT_MANIFESTS = {"otel-collector.yaml"}  # the collector configuration docker-compose.yml mounts
PLACEHOLDER = "REPLACE_ME"

STANDARD_ENV_PREFIXES = ("AWS_", "NOTIFY_TEMPLATE_", "POSTGRES_", "RABBITMQ_", "MINIO_")
STANDARD_ENV_NAMES = {"PYTHONPATH", "HOSTNAME"}
SECRET_ENV_NAMES = {
    name for name in ENV_VARS if name.endswith(("DATABASE_URL", "AMQP_URL", "_KEY", "_SECRET", "_PASSWORD"))
} | {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}

# Processes with no probe, and why: deploy/README.md, "Probes". Every other process must be probed.
UNPROBED = {"beat", "relay", "export-events", "identity-events", "logs-events"}
SINGLETONS = {"beat"}  # exactly one replica, no autoscaler


def read_procfile() -> dict[str, list[str]]:
    lines = (REPO / "Procfile").read_text().splitlines()
    pairs = (line.split(":", 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): shlex.split(command) for name, command in pairs}


def k8s_name(process: str) -> str:
    return process.replace("_", "-")


def load_manifest_files() -> dict[str, list[dict[str, Any]]]:
    files = {}
    for path in sorted(DEPLOY.glob("*.yaml")):
        if path.name in NOT_MANIFESTS:
            continue
        files[path.name] = [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    return files


PROCFILE = read_procfile()
FILES = load_manifest_files()
KUSTOMIZATION = FILES.pop("kustomization.yaml")[0]
EXAMPLE = FILES.pop(EXAMPLE_SECRETS)
OBJECTS = [obj for docs in FILES.values() for obj in docs]
CELERY_WORKERS = {k8s_name(p) for p, argv in PROCFILE.items() if argv[:1] == ["celery"] and "worker" in argv}
GRPC_BACKENDS = {k8s_name(s): port for s, port in DEFAULT_GRPC_PORTS.items()}


def objects(kind: str) -> dict[str, dict[str, Any]]:
    return {obj["metadata"]["name"]: obj for obj in OBJECTS if obj["kind"] == kind}


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def only_container(workload: dict[str, Any]) -> dict[str, Any]:
    containers = pod_spec(workload)["containers"]
    assert len(containers) == 1, f"{workload['metadata']['name']}: expected one container"
    container: dict[str, Any] = containers[0]
    return container


def all_containers() -> list[tuple[str, dict[str, Any]]]:
    return [
        (obj["metadata"]["name"], container)
        for obj in OBJECTS
        if obj["kind"] in ("Deployment", "Job")
        for container in pod_spec(obj)["containers"] + pod_spec(obj).get("initContainers", [])
    ]


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


def selects(selector: dict[str, Any], deployment: dict[str, Any]) -> bool:
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    return bool(selector["matchLabels"]) and selector["matchLabels"].items() <= labels.items()


def hpa_for(deployment: str) -> dict[str, Any] | None:
    targets = [
        hpa
        for hpa in objects("HorizontalPodAutoscaler").values()
        if hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": deployment}
    ]
    assert len(targets) <= 1, f"{deployment}: several autoscalers"
    return targets[0] if targets else None


def external_queue_metrics(hpa: dict[str, Any]) -> list[str]:
    return [
        metric["external"]["metric"]["selector"]["matchLabels"]["queue"]
        for metric in hpa["spec"]["metrics"]
        if metric["type"] == "External" and metric["external"]["metric"]["name"] == "rabbitmq_queue_messages_ready"
    ]


def is_known_env_name(name: str) -> bool:
    return name in ENV_VARS or name in STANDARD_ENV_NAMES or name.startswith(STANDARD_ENV_PREFIXES)


def test_kustomization_lists_every_manifest_and_nothing_else() -> None:
    listed = KUSTOMIZATION["resources"]
    assert len(listed) == len(set(listed)), "a manifest is listed twice"
    assert set(listed) == set(FILES), "kustomization.yaml resources differ from the manifests in deploy/"
    assert EXAMPLE_SECRETS not in listed
    assert KUSTOMIZATION["namespace"] == NAMESPACE


def test_every_object_is_in_the_core_namespace() -> None:
    for obj in OBJECTS:
        if obj["kind"] == "Namespace":
            assert obj["metadata"]["name"] == NAMESPACE
        else:
            assert obj["metadata"].get("namespace") == NAMESPACE, f"{obj['kind']} {obj['metadata']['name']}"


@pytest.mark.parametrize("process", sorted(PROCFILE))
def test_procfile_process_runs_in_a_deployment_with_its_command(process: str) -> None:
    deployment = objects("Deployment").get(k8s_name(process))
    assert deployment is not None, f"no Deployment {k8s_name(process)} for Procfile process {process}"
    container = only_container(deployment)
    # args, not command: the image's entrypoint (tini) stays PID 1.
    assert "command" not in container, f"{process}: use args so the image's entrypoint is kept"
    assert without_pool_options(container["args"]) == without_pool_options(PROCFILE[process])
    assert selects(deployment["spec"]["selector"], deployment)


def test_every_deployment_runs_a_procfile_process() -> None:
    assert set(objects("Deployment")) == {k8s_name(process) for process in PROCFILE}


@pytest.mark.parametrize("worker", sorted(CELERY_WORKERS))
def test_celery_workers_use_the_prefork_pool_with_a_fixed_concurrency(worker: str) -> None:
    args = only_container(objects("Deployment")[worker])["args"]
    assert "solo" not in args, "a solo worker cannot answer the liveness ping while it runs a task"
    assert any(arg.startswith("--concurrency=") for arg in args), "os.cpu_count() ignores the pod's CPU limit"


@pytest.mark.parametrize("backend", sorted(GRPC_BACKENDS))
def test_grpc_backend_is_probed_and_served_on_its_default_port(backend: str) -> None:
    port = GRPC_BACKENDS[backend]
    deployment = objects("Deployment")[backend]
    container = only_container(deployment)
    assert [p["containerPort"] for p in container["ports"]] == [port]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["grpc"]["port"] == port, f"{backend} {probe}"
    service = objects("Service")[backend]
    assert service["spec"]["type"] == "ClusterIP"
    assert [p["port"] for p in service["spec"]["ports"]] == [port]
    assert selects({"matchLabels": service["spec"]["selector"]}, deployment)


def grpc_addr_settings() -> list[tuple[str, str]]:
    found = [(k, v) for k, v in objects("ConfigMap")[CONFIG_MAP]["data"].items() if k.endswith("_GRPC_ADDR")]
    for _name, container in all_containers():
        found += [(e["name"], e["value"]) for e in container.get("env", []) if e["name"].endswith("_GRPC_ADDR")]
    return found


def test_every_grpc_address_points_at_the_backend_service_on_its_port() -> None:
    settings = dict(grpc_addr_settings())
    assert set(settings) == {f"{s.upper()}_GRPC_ADDR" for s in DEFAULT_GRPC_PORTS}, "an address is missing"
    for name, value in grpc_addr_settings():
        service_name = k8s_name(name.removesuffix("_GRPC_ADDR").lower())
        host, _, port = value.rpartition(":")
        assert host == service_name, f"{name}={value} should name the Service {service_name}"
        assert int(port) == GRPC_BACKENDS[service_name], f"{name}={value}"
        assert int(port) in [p["port"] for p in objects("Service")[host]["spec"]["ports"]]


@pytest.mark.parametrize("process", sorted(PROCFILE))
def test_deployment_is_probed_as_its_kind_of_process_needs(process: str) -> None:
    name = k8s_name(process)
    container = only_container(objects("Deployment")[name])
    probes = {p for p in ("startupProbe", "readinessProbe", "livenessProbe") if p in container}
    if name in GRPC_BACKENDS:
        assert probes == {"startupProbe", "readinessProbe", "livenessProbe"}
    elif name == "frontend":
        assert probes == {"startupProbe", "readinessProbe", "livenessProbe"}
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    elif name in CELERY_WORKERS:
        assert probes == {"livenessProbe"}
        check = " ".join(container["livenessProbe"]["exec"]["command"])
        node = next(arg for i, arg in enumerate(container["args"]) if container["args"][i - 1] == "-n")
        assert "inspect ping" in check and node.replace("%h", "$HOSTNAME") in check
    else:
        assert name in UNPROBED, f"{name}: add probes, or add it to UNPROBED with a reason in deploy/README.md"
        assert probes == set()


@pytest.mark.parametrize("workload", sorted(objects("Deployment")) + sorted(f"job/{n}" for n in objects("Job")))
def test_workload_has_resources_and_runs_locked_down(workload: str) -> None:
    obj = objects("Job")[workload[4:]] if workload.startswith("job/") else objects("Deployment")[workload]
    container = only_container(obj)
    for bound in ("requests", "limits"):
        assert set(container["resources"][bound]) >= {"cpu", "memory"}, f"{workload}: resources.{bound}"
    pod = pod_spec(obj)
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == dockerfile_uid()
    assert pod.get("automountServiceAccountToken") is False
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert "emptyDir" in volumes[mounts["/tmp"]], f"{workload}: /tmp must be a writable emptyDir"


def dockerfile_uid() -> int:
    users = re.findall(r"^USER\s+(\S+)", (REPO / "Dockerfile").read_text(), re.MULTILINE)
    return int(users[-1].split(":")[0])


@pytest.mark.parametrize("process", sorted(PROCFILE))
def test_deployment_scales_as_its_kind_of_process_allows(process: str) -> None:
    name = k8s_name(process)
    deployment = objects("Deployment")[name]
    hpa = hpa_for(name)
    if name in SINGLETONS:
        assert hpa is None, f"{name} must not be autoscaled"
        assert deployment["spec"]["replicas"] == 1
        assert deployment["spec"]["strategy"]["type"] == "Recreate", "a rolling update would run two at once"
        return
    assert hpa is not None, f"no HorizontalPodAutoscaler for {name}"
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert "replicas" not in deployment["spec"], f"{name}: the autoscaler owns the replica count"
    assert 1 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    queues = external_queue_metrics(hpa)
    if name in CELERY_WORKERS:
        args = only_container(deployment)["args"]
        assert queues == [args[args.index("-Q") + 1]], f"{name} must scale on its own queue's depth"
    elif name == "export-events":
        assert queues and set(queues) <= {s.queue for s in SUBSCRIPTIONS}
    else:
        assert any(m["type"] == "Resource" and m["resource"]["name"] == "cpu" for m in hpa["spec"]["metrics"])
    if name in GRPC_BACKENDS or name == "frontend":
        assert hpa["spec"]["minReplicas"] >= 2, f"{name} serves requests: keep two pods"
        pdbs = [pdb for pdb in objects("PodDisruptionBudget").values() if selects(pdb["spec"]["selector"], deployment)]
        assert pdbs, f"no PodDisruptionBudget for {name}"


def test_every_env_var_name_is_known() -> None:
    names = set(objects("ConfigMap")[CONFIG_MAP]["data"]) | set(EXAMPLE[0]["stringData"])
    for _workload, container in all_containers():
        names |= {e["name"] for e in container.get("env", [])}
        for source in container.get("envFrom", []):
            assert source.get("configMapRef", {}).get("name") == CONFIG_MAP, "envFrom only the shared ConfigMap"
    unknown = sorted(n for n in names if not is_known_env_name(n))
    assert not unknown, f"not in core_platform.config.ENV_VARS nor standard: {unknown}"
    assert objects("ConfigMap")[CONFIG_MAP]["data"]["CORE_ENV"] == "production"


def test_every_app_container_runs_the_one_core_image() -> None:
    assert {container["image"] for _workload, container in all_containers()} == {IMAGE}
    assert KUSTOMIZATION["images"] == [{"name": IMAGE, "newName": IMAGE_REPOSITORY, "newTag": "latest"}]


def test_no_secret_values_are_committed() -> None:
    assert not objects("Secret"), "Secrets are created out of band; see secrets.example.yaml"
    assert not set(objects("ConfigMap")[CONFIG_MAP]["data"]) & SECRET_ENV_NAMES
    example_keys = set(EXAMPLE[0]["stringData"])
    for workload, container in all_containers():
        for entry in container.get("env", []):
            if entry["name"] in SECRET_ENV_NAMES:
                ref = entry.get("valueFrom", {}).get("secretKeyRef")
                assert ref is not None, f"{workload}: {entry['name']} must come from the Secret"
            ref = entry.get("valueFrom", {}).get("secretKeyRef")
            if ref is not None:
                assert ref["name"] == SECRET and ref["key"] in example_keys, f"{workload}: {ref}"
    assert [doc["kind"] for doc in EXAMPLE] == ["Secret"]
    for key, value in EXAMPLE[0]["stringData"].items():
        assert PLACEHOLDER in value, f"{EXAMPLE_SECRETS}: {key} must hold a placeholder"


def test_migration_job_migrates_every_service_and_loads_no_demo_data() -> None:
    (job,) = objects("Job").values()
    script = " ".join(only_container(job)["args"])
    for service in SERVICES:
        assert f"python -m {service}_service.manage migrate" in script
    assert "seed-demo" not in script
    assert pod_spec(job)["restartPolicy"] == "Never"


def test_ingress_routes_to_the_frontend_service() -> None:
    (ingress,) = objects("Ingress").values()
    frontend_ports = {p["name"] for p in objects("Service")["frontend"]["spec"]["ports"]}
    for rule in ingress["spec"]["rules"]:
        for path in rule["http"]["paths"]:
            backend = path["backend"]["service"]
            assert backend["name"] == "frontend" and backend["port"]["name"] in frontend_ports
