"""POST /api/v1/token: OAuth2 client credentials (RFC 6749 section 4.4)."""

from __future__ import annotations

from urllib.parse import unquote_plus

from flask import Response, jsonify, request

from core_platform.errors import Unauthenticated
from frontend_service.api import bp
from frontend_service.backends import backends
from frontend_service.errors import api_error

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def client_credentials() -> tuple[str, str]:
    """From HTTP Basic (each part form-encoded, as the RFC says) or else from the form body."""
    auth = request.authorization
    if auth is not None and auth.type == "basic" and auth.username:
        return unquote_plus(auth.username), unquote_plus(auth.password or "")
    return request.form.get("client_id", ""), request.form.get("client_secret", "")


def invalid_client(message: str) -> Response:
    response = api_error(401, message, error="invalid_client", headers={"WWW-Authenticate": 'Basic realm="CORE API"'})
    response.headers.update(NO_STORE)
    return response


@bp.post("/v1/token")
def issue_token() -> Response:
    if request.form.get("grant_type", "") != "client_credentials":
        return api_error(400, "grant_type must be client_credentials", error="unsupported_grant_type", headers=NO_STORE)
    client_id, client_secret = client_credentials()
    if not client_id or not client_secret:
        return invalid_client("Send the client id and secret by HTTP Basic or as client_id and client_secret")
    try:
        issued = backends().identity.issue_client_token(client_id, client_secret)
    except Unauthenticated:
        return invalid_client("Client authentication failed")
    response = jsonify(
        {
            "access_token": issued.access_token,
            "token_type": "Bearer",
            "expires_in": issued.expires_in,
            "scope": issued.scope,
        }
    )
    response.headers.update(NO_STORE)
    return response
