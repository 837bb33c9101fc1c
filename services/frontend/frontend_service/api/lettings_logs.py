"""/api/v1/lettings-logs: list, create, read and delete lettings logs as the token's holder."""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify, request, url_for

from frontend_service.api import bp
from frontend_service.api.auth import api_token, bearer_required
from frontend_service.api.serializers import log_json, log_with_errors_json
from frontend_service.backends import backends
from frontend_service.clients.models import LOG_TYPE_LETTINGS
from frontend_service.errors import api_error

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
ORGANISATION_FIELDS = ("owning_organisation_id", "managing_organisation_id")


def _int_arg(name: str, default: int, low: int, high: int) -> int | None:
    raw = request.args.get(name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if low <= value <= high else None


@bp.get("/v1/lettings-logs")
@bearer_required
def list_lettings_logs() -> Response:
    page = _int_arg("page", 1, 1, 1_000_000)
    page_size = _int_arg("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    field_errors = {}
    if page is None:
        field_errors["page"] = "page must be a whole number, 1 or more"
    if page_size is None:
        field_errors["page_size"] = f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}"
    if page is None or page_size is None:
        return api_error(422, "Invalid query parameters", field_errors=field_errors)
    search = request.args.get("search", "").strip()
    result = backends().logs.list_logs(LOG_TYPE_LETTINGS, page, page_size, search, token=api_token())
    return jsonify(
        {"logs": [log_json(log) for log in result.logs], "total": result.total, "page": page, "page_size": page_size}
    )


def _answers_from_body(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, dict) or not isinstance(body.get("answers"), dict):
        return None
    answers = dict(body["answers"])
    for name in ORGANISATION_FIELDS:  # also accepted beside "answers", as the log JSON shows them
        if body.get(name) and name not in answers:
            answers[name] = body[name]
    return answers


@bp.post("/v1/lettings-logs")
@bearer_required
def create_lettings_log() -> Response:
    answers = _answers_from_body(request.get_json(silent=True))
    if answers is None:
        return api_error(400, 'Send a JSON object like {"answers": {"needstype": 1, ...}}')
    log = backends().logs.create_log(LOG_TYPE_LETTINGS, answers, token=api_token(), lenient=True)
    response = jsonify(log_with_errors_json(log))
    response.status_code = 201
    response.headers["Location"] = url_for("api.get_lettings_log", log_id=log.id)
    return response


@bp.get("/v1/lettings-logs/<log_id>")
@bearer_required
def get_lettings_log(log_id: str) -> Response:
    return jsonify(log_json(backends().logs.get_log(log_id, token=api_token())))


@bp.patch("/v1/lettings-logs/<log_id>")
@bearer_required
def update_lettings_log(log_id: str) -> Response:
    """Merge the answers given into the log's; null clears one. Invalid answers are not stored and
    come back in "errors"; unknown field names reject the whole request."""
    answers = _answers_from_body(request.get_json(silent=True))
    if answers is None:
        return api_error(400, 'Send a JSON object like {"answers": {"tenancycode": "T-1", ...}}')
    log = backends().logs.update_log(log_id, answers, token=api_token(), lenient=True)
    return jsonify(log_with_errors_json(log))


@bp.delete("/v1/lettings-logs/<log_id>")
@bearer_required
def delete_lettings_log(log_id: str) -> Response:
    backends().logs.delete_log(log_id, token=api_token())
    return Response(status=204)
