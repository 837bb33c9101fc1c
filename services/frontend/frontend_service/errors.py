"""Error pages (GOV.UK patterns) and JSON errors for the API. Backend errors arrive as
`core_platform.errors` types and become the matching page; nobody sees a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, redirect, request, session, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as BaseResponse

from core_platform.errors import (
    AlreadyExists,
    CoreError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    Unavailable,
)
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

ERROR_TEMPLATES = {
    400: "errors/bad_request.html",
    403: "errors/forbidden.html",
    404: "errors/not_found.html",
    405: "errors/not_found.html",
    500: "errors/server_error.html",
    503: "errors/server_error.html",
}
ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "server_error",
    503: "unavailable",
}
STATUS_FOR_ERROR: dict[type[CoreError], int] = {
    NotFound: 404,
    PermissionDenied: 403,
    Unauthenticated: 401,
    Unavailable: 503,
    InvalidArgument: 422,
    FailedPrecondition: 409,
    AlreadyExists: 409,
}


def is_api_request() -> bool:
    return request.path.startswith("/api/v1/") or request.path == "/api/v1"


def api_error(
    status: int,
    message: str,
    *,
    error: str = "",
    field_errors: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = {"error": error or ERROR_CODES.get(status, "error"), "message": message, "field_errors": field_errors or {}}
    response = jsonify(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def error_page(status: int) -> tuple[str, int]:
    template = ERROR_TEMPLATES.get(status, ERROR_TEMPLATES[500])
    return render_page(template, status=status), status


def handle_http_error(exc: HTTPException) -> Response | tuple[str, int]:
    status = exc.code or 500
    if is_api_request():
        return api_error(status, exc.description or "")
    return error_page(status)


def handle_csrf_error(exc: CSRFError) -> Response | tuple[str, int]:
    logger.info("rejected a form without a valid CSRF token: %s", exc.description)
    return error_page(400)


def handle_core_error(exc: CoreError) -> BaseResponse | tuple[str, int]:
    if isinstance(exc, Unavailable):
        logger.warning("backend unavailable: %s", exc.message)
    status = STATUS_FOR_ERROR.get(type(exc), 500)
    if is_api_request():
        return _api_core_error(exc, status)
    if status == 401:
        # The session or its access token is no longer accepted: sign in again.
        session.clear()
        return redirect(url_for("account.sign_in"))
    if status not in (403, 404, 503):
        logger.error("unexpected backend error %s", type(exc).__name__, exc_info=exc)
        status = 500
    return error_page(status)


def _api_core_error(exc: CoreError, status: int) -> Response:
    if status == 401:
        return api_error(401, exc.message, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    if status >= 500:
        return api_error(status, "The service is unavailable. Try again later.")
    field_errors = exc.field_errors if isinstance(exc, InvalidArgument) else None
    return api_error(status, exc.message, field_errors=field_errors)


def handle_unexpected_error(exc: Exception) -> Response | tuple[str, int]:
    logger.error("unhandled error", exc_info=exc)
    if is_api_request():
        return api_error(500, "Something went wrong. Try again later.")
    return error_page(500)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(CoreError, handle_core_error)
    app.register_error_handler(Exception, handle_unexpected_error)
