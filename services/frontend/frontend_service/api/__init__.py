"""REST JSON API under /api/v1: OAuth2 client-credentials tokens, bearer-protected resources, and its
OpenAPI document. Exempt from CSRF (no cookies are used: every call carries a bearer token)."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api")

from frontend_service.api import docs, lettings_logs, openapi, sales_logs, token, validate  # noqa: E402,F401  (routes register on bp)
