"""Rate limits by client IP on the pages that check secrets: sign-in, password reset and the sign-in
code; and by signed-in user on the address search the autocomplete asks as people type (each search may
cost a call to a paid address service, and many users share an office's IP). Flask-Limiter keeps its
counts in Redis when REDIS_URL is set (shared by every frontend process), otherwise in memory (per
process: enough for one machine). Over the limit, a GOV.UK "Too many requests" page with status 429 (the
address search answers JSON)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import TooManyRequests

from core_platform.config import env
from frontend_service.browser_session import current_user
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

LIMITER_KEY = "core_limiter"
DEFAULT_LIMIT = "30 per minute;300 per hour"


def user_or_address() -> str:
    """The signed-in user, or the client IP for someone not signed in."""
    user = current_user()
    return f"user:{user.id}" if user else get_remote_address()


@dataclass(frozen=True)
class EndpointLimit:
    setting: str  # the setting naming the limit
    default: str = DEFAULT_LIMIT
    methods: tuple[str, ...] = ("POST",)  # pages count form submissions only
    key: Callable[[], str] = get_remote_address


LIMITED_ENDPOINTS = {
    "account.sign_in": EndpointLimit("RATE_LIMIT_SIGN_IN"),
    "account.reset_password": EndpointLimit("RATE_LIMIT_PASSWORD_RESET"),
    "account.edit_password": EndpointLimit("RATE_LIMIT_PASSWORD_RESET"),
    "two_factor.enter_code": EndpointLimit("RATE_LIMIT_SECOND_FACTOR"),
    "two_factor.resend_code": EndpointLimit("RATE_LIMIT_SECOND_FACTOR"),
    # A search at most every pause in typing: a busy user entering logs all day stays well under it.
    "address_search.search_addresses": EndpointLimit(
        "RATE_LIMIT_ADDRESS_SEARCH", "60 per minute;1000 per hour", ("GET",), user_or_address
    ),
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
    for endpoint, rule in LIMITED_ENDPOINTS.items():
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        limit = str(app.config.get(rule.setting) or env(rule.setting, rule.default))
        limited = limiter.limit(limit, key_func=rule.key, methods=list(rule.methods))(view)
        app.view_functions[endpoint] = cast(Any, limited)
    app.register_error_handler(TooManyRequests, too_many_requests)
    app.extensions[LIMITER_KEY] = limiter
    return limiter
