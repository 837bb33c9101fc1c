"""Logs as the API shows them: organisations by their CORE codes, ISO 8601 times."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from frontend_service.clients.models import Log


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def log_json(log: Log) -> dict[str, Any]:
    return {
        "id": log.id,
        "status": log.status,
        "collection_year": log.collection_year or None,
        "owning_organisation_id": log.owning_organisation_code or None,
        "managing_organisation_id": log.managing_organisation_code or None,
        "answers": log.answers,
        "created_at": iso(log.created_at),
        "updated_at": iso(log.updated_at),
        "version": log.version,
    }


def log_with_errors_json(log: Log) -> dict[str, Any]:
    """A created or updated log with the answers that were not stored and why (ADR 0008)."""
    return {**log_json(log), "errors": [{"field": name, "message": message} for name, message in log.rejected]}
