"""Static checks of the Dockerfile and .dockerignore: the image is built the way the Makefile builds a
development checkout (same pins, same generated code, same GOV.UK assets, same import path), runs as a
non-root user, and carries no secrets."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = (REPO / "Dockerfile").read_text()
MAKEFILE = (REPO / "Makefile").read_text()
DOCKERIGNORE = [
    line.strip() for line in (REPO / ".dockerignore").read_text().splitlines() if line.strip() and line[0] != "#"
]
APP_ROOT = "/app"
SECRET_WORDS = ("SECRET", "PASSWORD", "_KEY", "TOKEN", "DATABASE_URL", "AMQP_URL")


def instructions(text: str) -> list[str]:
    """Logical lines: continuations joined, comments dropped."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    return [line.strip() for line in joined.splitlines() if line.strip()]


def makefile_variable(name: str) -> str:
    match = re.search(rf"^{name}\s*:?=\s*(.+)$", MAKEFILE, re.MULTILINE)
    assert match, f"Makefile has no {name}"
    return match.group(1).strip()


def protoc_options(line: str) -> list[str]:
    """The options before the list of files ($(PROTOS) in the Makefile, $(find ...) in the Dockerfile)."""
    argv = shlex.split(line[line.index("grpc_tools.protoc") :])[1:]
    files_at = next(i for i, arg in enumerate(argv) if arg.startswith("$("))
    return argv[:files_at]


def test_python_path_holds_every_folder_of_the_development_path_file() -> None:
    pth_line = next(line for line in instructions(MAKEFILE) if "core-dev.pth" in line)
    folders = set(re.findall(r"\$\(ROOT\)/(\S+)", pth_line))
    assert {"libs", "gen", "services/frontend"} <= folders
    (pythonpath,) = re.findall(r"PYTHONPATH=(\S+)", DOCKERFILE)
    assert set(pythonpath.split(":")) == {f"{APP_ROOT}/{folder}" for folder in folders}


def test_protos_are_compiled_as_make_proto_compiles_them() -> None:
    (make_line,) = [line for line in instructions(MAKEFILE) if "grpc_tools.protoc" in line]
    (docker_line,) = [line for line in instructions(DOCKERFILE) if "grpc_tools.protoc" in line]
    assert protoc_options(docker_line) == protoc_options(make_line)
    assert "find proto -name '*.proto'" in docker_line


def test_govuk_assets_are_copied_as_make_assets_copies_them() -> None:
    static = makefile_variable("STATIC")
    make_sources = set(re.findall(r"node_modules/(?:govuk-frontend|accessible-autocomplete)/\S+", MAKEFILE))
    docker_sources = set(re.findall(r"node_modules/(?:govuk-frontend|accessible-autocomplete)/\S+", DOCKERFILE))
    assert docker_sources == make_sources
    assert "npm ci" in DOCKERFILE
    for folder in ("govuk", "assets", "autocomplete"):
        assert re.search(rf"^COPY --from=assets \S+/{folder} {static}/{folder}$", DOCKERFILE, re.MULTILINE), folder


def test_installs_the_exact_pins_of_requirements_txt() -> None:
    assert re.search(r"^COPY requirements.txt ", DOCKERFILE, re.MULTILINE)
    assert re.search(r"pip install -r \S*requirements.txt", DOCKERFILE)


def test_runs_on_the_agreed_base_images() -> None:
    assert "ARG PYTHON_IMAGE=python:3.11-slim-bookworm" in DOCKERFILE
    assert "ARG NODE_IMAGE=node:20-bookworm-slim" in DOCKERFILE


def test_runs_as_a_numeric_non_root_user() -> None:
    users = re.findall(r"^USER\s+(\S+)", DOCKERFILE, re.MULTILINE)
    assert users, "no USER: the image would run as root"
    uid, _, gid = users[-1].partition(":")
    assert uid.isdigit() and int(uid) > 0, "numeric, so Kubernetes can verify runAsNonRoot"
    assert gid.isdigit() and int(gid) > 0


def test_bakes_in_no_secret() -> None:
    for line in instructions(DOCKERFILE):
        keyword, _, rest = line.partition(" ")
        if keyword in ("ENV", "ARG"):
            names = re.findall(r"([A-Z_][A-Z0-9_]*)=", rest) or [rest.split()[0]]
            assert not [n for n in names if any(word in n for word in SECRET_WORDS)], line


def test_dockerignore_lets_in_exactly_what_the_dockerfile_copies() -> None:
    assert DOCKERIGNORE[0] == "*", "an allow-list keeps .venv, var/ and .git out of the build context"
    allowed = {line[1:].rstrip("/") for line in DOCKERIGNORE if line.startswith("!")}
    copied = set()
    for line in instructions(DOCKERFILE):
        argv = line.split()
        if argv[0] == "COPY" and not argv[1].startswith("--from"):
            copied |= {source.rstrip("/") for source in argv[1:-1]}
    assert copied == allowed
