"""/api/v1/lettings-logs: list, create, read and delete lettings logs as the token's holder."""

from __future__ import annotations

from flask import Response, jsonify, request, url_for

from frontend_service.api import bp
from frontend_service.api.auth import api_token, bearer_required
from frontend_service.api.logs_common import answers_from_body as _answers_from_body
from frontend_service.api.logs_common import expected_version, list_logs_response
from frontend_service.api.serializers import log_json, log_with_errors_json
from frontend_service.backends import backends
from frontend_service.clients.models import LOG_TYPE_LETTINGS
from frontend_service.errors import api_error


@bp.get("/v1/lettings-logs")
@bearer_required
def list_lettings_logs() -> Response:
    return list_logs_response(LOG_TYPE_LETTINGS)


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
    body = request.get_json(silent=True)
    answers = _answers_from_body(body)
    if answers is None:
        return api_error(400, 'Send a JSON object like {"answers": {"tenancycode": "T-1", ...}}')
    version = expected_version(body)
    if isinstance(version, str):
        return api_error(400, version)
    log = backends().logs.update_log(log_id, answers, token=api_token(), lenient=True, expected_version=version)
    return jsonify(log_with_errors_json(log))


@bp.delete("/v1/lettings-logs/<log_id>")
@bearer_required
def delete_lettings_log(log_id: str) -> Response:
    backends().logs.delete_log(log_id, token=api_token())
    return Response(status=204)
