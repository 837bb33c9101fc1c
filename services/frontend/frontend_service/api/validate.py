"""POST /api/v1/lettings-logs/validate and /api/v1/sales-logs/validate: a log's answers checked by
the logs service's validation engine (hard errors and unconfirmed soft warnings), nothing stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, cast

from flask import Response, current_app, jsonify, request
from google.protobuf import json_format, struct_pb2

from core.logs.v1 import logs_pb2, logs_pb2_grpc
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call
from frontend_service.api import bp
from frontend_service.api.auth import api_token, bearer_required
from frontend_service.backends import backends
from frontend_service.clients.channels import ChannelPool
from frontend_service.errors import api_error

VALIDATOR_KEY = "core_log_validator"
YEARS = (2025, 2026)
BODY_FIELDS = frozenset({"answers", "collection_year"})
# The answer that chooses the collection year when none is given, by log type.
LOG_DATE_FIELDS = {"lettings": "startdate", "sales": "saledate"}


def example(log_type: str) -> str:
    date_field = LOG_DATE_FIELDS[log_type]
    return f'Send a JSON object like {{"answers": {{"{date_field}": "2025-06-02", ...}}, "collection_year": 2025}}'


@dataclass(frozen=True)
class Validation:
    collection_year: int
    status: str
    errors: list[dict[str, str]]
    warnings: list[dict[str, Any]]


class LogValidator(Protocol):
    def validate_log(
        self, log_type: str, answers: dict[str, Any], *, token: str, collection_year: int | None = None
    ) -> Validation: ...


class GrpcLogValidator:
    """ValidateLog on the logs service."""

    def __init__(self, channels: ChannelPool) -> None:
        self._channels = channels

    def validate_log(
        self, log_type: str, answers: dict[str, Any], *, token: str, collection_year: int | None = None
    ) -> Validation:
        struct = struct_pb2.Struct()
        json_format.ParseDict(answers, struct)
        request = logs_pb2.ValidateLogRequest(
            log_type=logs_pb2.LOG_TYPE_LETTINGS if log_type == "lettings" else logs_pb2.LOG_TYPE_SALES,
            answers=struct,
            collection_year=collection_year or 0,
        )
        stub = logs_pb2_grpc.LogsServiceStub(self._channels.get("logs"))
        response = call(stub.ValidateLog, request, token=token)
        return Validation(
            response.collection_year,
            response.status,
            [{"field": e.field, "message": e.message, "rule": e.rule} for e in response.errors],
            [
                {
                    "fields": list(w.fields),
                    "message": w.message,
                    "rule": w.rule,
                    "confirmation_field": w.confirmation_field,
                }
                for w in response.warnings
            ],
        )


def validator() -> LogValidator:
    """The logs client when it validates (tests' fakes), else a gRPC validator made once per app."""
    logs = backends().logs
    if hasattr(logs, "validate_log"):
        return cast(LogValidator, logs)
    if VALIDATOR_KEY not in current_app.extensions:
        current_app.extensions[VALIDATOR_KEY] = GrpcLogValidator(ChannelPool())
    return cast(LogValidator, current_app.extensions[VALIDATOR_KEY])


def _body(log_type: str) -> tuple[dict[str, Any], int | None] | str:
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("answers"), dict):
        return example(log_type)
    unknown = sorted(set(body) - BODY_FIELDS)
    if unknown:
        return f"Unknown fields in the body: {', '.join(unknown)}. {example(log_type)}"
    year = body.get("collection_year")
    if year is not None and (isinstance(year, bool) or year not in YEARS):
        return "collection_year must be 2025 or 2026"
    return dict(body["answers"]), year


def validate_answers(log_type: str) -> Response:
    """The request's answers validated as a log of this type (lettings or sales)."""
    parsed = _body(log_type)
    if isinstance(parsed, str):
        return api_error(400, parsed)
    answers, year = parsed
    try:
        found = validator().validate_log(log_type, answers, token=api_token(), collection_year=year)
    except InvalidArgument as exc:
        return api_error(400, exc.message or "Unknown fields in answers", field_errors=exc.field_errors)
    return jsonify(
        {
            "collection_year": found.collection_year,
            "status": found.status,
            "errors": found.errors,
            "warnings": found.warnings,
        }
    )


@bp.post("/v1/lettings-logs/validate")
@bearer_required
def validate_lettings_log() -> Response:
    return validate_answers("lettings")


@bp.post("/v1/sales-logs/validate")
@bearer_required
def validate_sales_log() -> Response:
    return validate_answers("sales")
