"""Load on the running system: the benchmark's clients sign in through the frontend (one browser
session each), then wrk (C, a few per cent of a core, so the 2 cores stay with the servers) sends
their requests over 50 connections for a fixed time per scenario and reports rate and latency."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import lxml.html
import requests

SCENARIO_SCRIPT = Path(__file__).resolve().parent / "scenario.lua"
QUESTION_PAGE = "tenant-code"  # set-up page every lettings log is routed through
RESULT_MARKER = "BENCH_RESULT "


@dataclass(frozen=True)
class Client:
    email: str
    cookie: str  # the Cookie header of the signed-in browser session
    csrf_token: str
    tenancy_codes: tuple[str, ...]  # of the client's organisation, for searches
    log_ids: tuple[str, ...]  # the organisation's logs in progress, for question pages


@dataclass(frozen=True)
class Scenario:
    name: str
    expected_status: int
    requests: list[tuple[str, str, dict[str, str], str]]  # method, path, headers, body


def sign_in(base_url: str, email: str, password: str, log_id: str) -> tuple[str, str]:
    """The session cookie after signing in and opening a question page (whose form gives the CSRF
    token that POSTs of this session need)."""
    http = requests.Session()
    page = http.get(f"{base_url}/account/sign-in", timeout=30)
    token = _csrf_token(page.text)
    signed_in = http.post(
        f"{base_url}/account/sign-in",
        data={"csrf_token": token, "email": email, "password": password},
        timeout=30,
    )
    if "Sign out" not in signed_in.text:
        raise RuntimeError(f"{email} could not sign in (status {signed_in.status_code})")
    question = http.get(f"{base_url}/lettings-logs/{log_id}/{QUESTION_PAGE}", timeout=30)
    question.raise_for_status()
    cookie = "; ".join(f"{name}={value}" for name, value in http.cookies.items())
    return cookie, _csrf_token(question.text)


def _csrf_token(html: str) -> str:
    found = lxml.html.fromstring(html).xpath("//input[@name='csrf_token']/@value")
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return str(found[0])


def scenarios(clients: Sequence[Client], rng: random.Random) -> list[Scenario]:
    """The four measured: the list filtered, the list searched, a question page shown and saved."""
    lists, searches, shows, saves = [], [], [], []
    for client in clients:
        headers = {"Cookie": client.cookie}
        for year in (2025, 2026):
            for status in ("in_progress", "completed"):
                query = urlencode({"years": year, "status": status})
                lists.append(("GET", f"/lettings-logs?{query}", headers, ""))
        for code in client.tenancy_codes:
            searches.append(("GET", f"/lettings-logs?{urlencode({'search': code})}", headers, ""))
        form_headers = headers | {"Content-Type": "application/x-www-form-urlencoded"}
        for log_id in client.log_ids:
            path = f"/lettings-logs/{log_id}/{QUESTION_PAGE}"
            shows.append(("GET", path, headers, ""))
            body = urlencode({"csrf_token": client.csrf_token, "tenancycode": f"B{rng.randrange(10**8):08d}"})
            saves.append(("POST", path, form_headers, body))
    return [
        Scenario("logs_list_filtered", 200, lists),
        Scenario("logs_list_searched", 200, searches),
        Scenario("question_page_get", 200, shows),
        Scenario("question_page_post", 302, saves),
    ]


def _lua_string(value: str) -> str:
    return "[==[" + value.replace("]==]", "") + "]==]"


def requests_file(scenario: Scenario, directory: Path) -> Path:
    """The scenario's requests as a Lua chunk returning a list, for scenario.lua."""
    entries = []
    for method, path, headers, body in scenario.requests:
        header_table = ", ".join(f"[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in headers.items())
        body_value = _lua_string(body) if body else "nil"
        entries.append(f"{{{_lua_string(method)}, {_lua_string(path)}, {{{header_table}}}, {body_value}}}")
    path = directory / f"{scenario.name}.lua"
    path.write_text("return {\n" + ",\n".join(entries) + "\n}\n")
    return path


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise RuntimeError("wrk is not installed: apt-get install wrk")
    return found


def run_scenario(
    base_url: str, scenario: Scenario, *, connections: int, seconds: int, think_ms: int = 0
) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="core-bench-wrk-") as tmp:
        data = requests_file(scenario, Path(tmp))
        command = [
            wrk_binary(),
            "--threads", "2",
            "--connections", str(connections),
            "--duration", f"{seconds}s",
            "--timeout", "10s",
            "--script", str(SCENARIO_SCRIPT),
            base_url,
            "--", str(data), str(scenario.expected_status), str(think_ms),
        ]  # fmt: skip
        finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        raise RuntimeError(f"wrk failed ({finished.returncode}): {finished.stderr[-2000:]}")
    return summarise(finished.stdout)


def summarise(wrk_output: str) -> dict[str, float]:
    """Figures from the line scenario.lua prints: requests per second and latency in milliseconds."""
    line = next(line for line in wrk_output.splitlines() if line.startswith(RESULT_MARKER))
    raw = json.loads(line.removeprefix(RESULT_MARKER))
    seconds = raw["duration_us"] / 1e6
    return {
        "requests": raw["requests"],
        "per_second": round(raw["requests"] / seconds, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p95_ms": round(raw["p95_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "unexpected_status": raw["unexpected_status"],
        "socket_errors": raw["socket_errors"],
    }
