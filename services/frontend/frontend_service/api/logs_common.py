"""What the lettings and sales log endpoints share: query and body reading, and the operations on a log
of one type (a log of the other type is not found at this type's URL)."""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify, request, url_for

from core_platform.errors import NotFound
from frontend_service.api.auth import api_token
from frontend_service.api.serializers import log_json, log_with_errors_json
from frontend_service.backends import backends
from frontend_service.clients.models import Log, LogQuery
from frontend_service.errors import api_error

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
ORGANISATION_FIELDS = ("owning_organisation_id", "managing_organisation_id")
NOT_FOUND = "Log not found"


def int_arg(name: str, default: int, low: int, high: int) -> int | None:
    raw = request.args.get(name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if low <= value <= high else None


def answers_from_body(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, dict) or not isinstance(body.get("answers"), dict):
        return None
    answers = dict(body["answers"])
    for name in ORGANISATION_FIELDS:  # also accepted beside "answers", as the log JSON shows them
        if body.get(name) and name not in answers:
            answers[name] = body[name]
    return answers


def list_logs_response(log_type: str) -> Response:
    page = int_arg("page", 1, 1, 1_000_000)
    page_size = int_arg("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    field_errors = {}
    if page is None:
        field_errors["page"] = "page must be a whole number, 1 or more"
    if page_size is None:
        field_errors["page_size"] = f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}"
    if page is None or page_size is None:
        return api_error(422, "Invalid query parameters", field_errors=field_errors)
    query = LogQuery(page=page, page_size=page_size, search=request.args.get("search", "").strip())
    result = backends().logs.list_logs(log_type, query, token=api_token())
    return jsonify(
        {"logs": [log_json(log) for log in result.logs], "total": result.total, "page": page, "page_size": page_size}
    )


def create_log_response(log_type: str, endpoint: str, example: str) -> Response:
    answers = answers_from_body(request.get_json(silent=True))
    if answers is None:
        return api_error(400, f'Send a JSON object like {{"answers": {example}}}')
    log = backends().logs.create_log(log_type, answers, token=api_token(), lenient=True)
    response = jsonify(log_with_errors_json(log))
    response.status_code = 201
    response.headers["Location"] = url_for(endpoint, log_id=log.id)
    return response


def log_of_type(log_type: str, log_id: str) -> Log:
    log = backends().logs.get_log(log_id, token=api_token())
    if log.log_type != log_type:
        raise NotFound(NOT_FOUND)
    return log


def update_log_response(log_type: str, log_id: str, example: str) -> Response:
    """Merge the answers given into the log's; null clears one. Invalid answers are not stored and
    come back in "errors"; unknown field names reject the whole request."""
    answers = answers_from_body(request.get_json(silent=True))
    if answers is None:
        return api_error(400, f'Send a JSON object like {{"answers": {example}}}')
    log_of_type(log_type, log_id)
    log = backends().logs.update_log(log_id, answers, token=api_token(), lenient=True)
    return jsonify(log_with_errors_json(log))


def delete_log_response(log_type: str, log_id: str) -> Response:
    log_of_type(log_type, log_id)
    backends().logs.delete_log(log_id, token=api_token())
    return Response(status=204)
