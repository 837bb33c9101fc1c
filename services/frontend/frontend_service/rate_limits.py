"""Rate limits by client IP on the pages that check secrets: sign-in, password reset and the sign-in
code. Flask-Limiter keeps its counts in Redis when REDIS_URL is set (shared by every frontend
process), otherwise in memory (per process: enough for one machine). Over the limit, a GOV.UK
"Too many requests" page with status 429."""

from __future__ import annotations

import logging
from typing import Any, cast

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import TooManyRequests

from core_platform.config import env
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

LIMITER_KEY = "core_limiter"
DEFAULT_LIMIT = "30 per minute;300 per hour"
# Endpoint -> the setting naming its limit. Only form submissions (POST) count.
LIMITED_ENDPOINTS = {
    "account.sign_in": "RATE_LIMIT_SIGN_IN",
    "account.reset_password": "RATE_LIMIT_PASSWORD_RESET",
    "account.edit_password": "RATE_LIMIT_PASSWORD_RESET",
    "two_factor.enter_code": "RATE_LIMIT_SECOND_FACTOR",
    "two_factor.resend_code": "RATE_LIMIT_SECOND_FACTOR",
}


def storage_uri() -> str:
    return env("REDIS_URL") or "memory://"


def too_many_requests(exc: TooManyRequests) -> tuple[str, int]:
    logger.info("rate limit reached: %s", exc.description)
    return render_page("errors/too_many_requests.html"), 429


def init_rate_limits(app: Flask) -> Limiter:
    """Call after the blueprints are registered: limits attach to their view functions."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", storage_uri())
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    limiter = Limiter(get_remote_address, app=app, default_limits=[])
    for endpoint, setting in LIMITED_ENDPOINTS.items():
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        limit = str(app.config.get(setting) or env(setting, DEFAULT_LIMIT))
        app.view_functions[endpoint] = cast(Any, limiter.limit(limit, methods=["POST"])(view))
    app.register_error_handler(TooManyRequests, too_many_requests)
    app.extensions[LIMITER_KEY] = limiter
    return limiter
