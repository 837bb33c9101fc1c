"""Bearer tokens on API requests, verified locally with identity's public keys."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import current_app, g, request

from core_platform.auth.principal import Principal
from core_platform.auth.tokens import TokenVerifier
from core_platform.errors import Unauthenticated
from frontend_service.errors import api_error

View = TypeVar("View", bound=Callable[..., Any])
VERIFIER_KEY = "core_token_verifier"


def token_verifier() -> TokenVerifier:
    return cast(TokenVerifier, current_app.extensions[VERIFIER_KEY])


def bearer_token() -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def api_token() -> str:
    return str(g.api_token)


def api_principal() -> Principal:
    return cast(Principal, g.api_principal)


def bearer_required(view: View) -> View:
    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        token = bearer_token()
        if not token:
            return api_error(
                401,
                "Send an access token from POST /api/v1/token as 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": 'Bearer realm="CORE API"'},
            )
        try:
            g.api_principal = token_verifier().verify(token)
        except Unauthenticated as exc:
            return api_error(401, exc.message, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        g.api_token = token
        return view(*args, **kwargs)

    return cast(View, wrapped)
