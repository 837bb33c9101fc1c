"""/api/v1/sales-logs: list, create, read, update and delete sales logs as the token's holder, with the
same request and response shapes as /api/v1/lettings-logs."""

from __future__ import annotations

from flask import Response, jsonify

from frontend_service.api import bp
from frontend_service.api.auth import bearer_required
from frontend_service.api.logs_common import (
    create_log_response,
    delete_log_response,
    list_logs_response,
    log_of_type,
    update_log_response,
)
from frontend_service.api.serializers import log_json
from frontend_service.clients.models import LOG_TYPE_SALES


@bp.get("/v1/sales-logs")
@bearer_required
def list_sales_logs() -> Response:
    return list_logs_response(LOG_TYPE_SALES)


@bp.post("/v1/sales-logs")
@bearer_required
def create_sales_log() -> Response:
    return create_log_response(LOG_TYPE_SALES, "api.get_sales_log", '{"saledate": "2025-06-02", ...}')


@bp.get("/v1/sales-logs/<log_id>")
@bearer_required
def get_sales_log(log_id: str) -> Response:
    return jsonify(log_json(log_of_type(LOG_TYPE_SALES, log_id)))


@bp.patch("/v1/sales-logs/<log_id>")
@bearer_required
def update_sales_log(log_id: str) -> Response:
    return update_log_response(LOG_TYPE_SALES, log_id, '{"purchid": "P-1", ...}')


@bp.delete("/v1/sales-logs/<log_id>")
@bearer_required
def delete_sales_log(log_id: str) -> Response:
    return delete_log_response(LOG_TYPE_SALES, log_id)
