"""Probes: /healthz says the process serves requests; /readyz that every backend is SERVING."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from frontend_service.backends import backends
from frontend_service.clients.health import SERVING

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def show_liveness() -> tuple[str, int, dict[str, str]]:
    return "ok", 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.get("/readyz")
def show_readiness() -> tuple[Response, int]:
    statuses = backends().health.check_all()
    down = sorted(name for name, status in statuses.items() if status != SERVING)
    body = {"status": "unavailable" if down else "ok", "backends": statuses, "unavailable": down}
    return jsonify(body), 503 if down else 200
