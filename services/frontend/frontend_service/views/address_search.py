"""The addresses an address search finds, as JSON for the question page's autocomplete (application.js).

A GET with no side effects, so it needs no CSRF token; only for someone signed in, and rate-limited per user
(rate_limits.py). What was typed is personal data: it is sent to the logs service and never logged (the request
log line holds the path only). Errors are JSON too, with a message the autocomplete can show."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify, request
from werkzeug.exceptions import TooManyRequests

from core_platform.errors import CoreError, Unauthenticated
from frontend_service.address_search import query_problem
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user
from frontend_service.errors import api_error

logger = logging.getLogger(__name__)

bp = Blueprint("address_search", __name__)

SIGN_IN_AGAIN = "Sign in again to search for an address"
TOO_MANY_SEARCHES = "Too many searches. Wait a minute, or enter the address manually"
SEARCH_FAILED = "The address search is not working. Try again later, or enter the address manually"


@bp.get("/address-search")
def search_addresses() -> Response:
    if current_user() is None:
        return api_error(401, SIGN_IN_AGAIN)
    query = request.args.get("query", "").strip()
    problem = query_problem(query)
    if problem:
        return api_error(400, problem, field_errors={"query": problem})
    found = backends().logs.search_addresses(query, token=access_token())
    return jsonify({"addresses": [{"uprn": address.uprn, "address": address.address} for address in found]})


@bp.errorhandler(TooManyRequests)
def _too_many_searches(exc: TooManyRequests) -> Response:
    logger.info("rate limit reached: %s", exc.description)
    return api_error(429, TOO_MANY_SEARCHES)


@bp.errorhandler(CoreError)
def _search_failed(exc: CoreError) -> Response:
    if isinstance(exc, Unauthenticated):
        return api_error(401, SIGN_IN_AGAIN)
    logger.warning("address search failed: %s", type(exc).__name__)
    return api_error(503, SEARCH_FAILED)
