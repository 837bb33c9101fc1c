"""Signed-in browser sessions.

The signed cookie holds only identity's opaque session id and two times; the access token lives in
`g` for one request. Each request resumes the session with identity, which enforces the same idle
and absolute limits server-side, so signing out or an administrator ending a session takes effect
at once.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import current_app, g, redirect, request, session, url_for

from core_platform.errors import CoreError, Unauthenticated
from frontend_service.backends import backends
from frontend_service.clients.models import SignedInSession, User
from frontend_service.config import SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS

logger = logging.getLogger(__name__)

View = TypeVar("View", bound=Callable[..., Any])

# Recording each request's time would re-sign and re-send the cookie on every page; once a minute can
# only end an idle session up to a minute early, never late (identity keeps the same precision).
LAST_SEEN_PRECISION_SECONDS = 60

# Requests that never need the browser session: machine endpoints and files.
_SESSIONLESS_ENDPOINTS = ("static", "assets", "health.show_liveness", "health.show_readiness")


def now() -> float:
    return float(current_app.config["CLOCK"]())


def current_user() -> User | None:
    return cast(User | None, g.get("user"))


def access_token() -> str:
    token = g.get("access_token")
    if not token:
        raise Unauthenticated("Sign in to continue")
    return str(token)


def start_session(signed_in: SignedInSession) -> None:
    session.clear()  # a new session on sign-in, so a planted cookie cannot be promoted
    session.permanent = True
    session["session_id"] = signed_in.session_id
    session["signed_in_at"] = session["last_seen_at"] = now()
    g.user = signed_in.user
    g.access_token = signed_in.access_token


def end_session() -> None:
    session_id = session.get("session_id")
    session.clear()
    g.user = g.access_token = None
    if session_id:
        try:
            backends().identity.end_session(session_id)
        except CoreError as exc:
            # Already ended or identity unreachable: the cookie is cleared either way.
            logger.warning("could not end identity session: %s", type(exc).__name__)


def _expired(moment: float) -> bool:
    signed_in_at = float(session.get("signed_in_at", 0))
    last_seen_at = float(session.get("last_seen_at", 0))
    return moment - last_seen_at > SESSION_IDLE_SECONDS or moment - signed_in_at > SESSION_ABSOLUTE_SECONDS


def resume_session() -> None:
    """before_request: who is signed in, with a fresh access token, or nobody."""
    g.user = g.access_token = None
    if request.endpoint in _SESSIONLESS_ENDPOINTS or request.path.startswith("/api/v1/"):
        return
    session_id = session.get("session_id")
    if not session_id:
        return
    moment = now()
    if _expired(moment):
        end_session()
        return
    try:
        signed_in = backends().identity.resume_session(session_id)
    except Unauthenticated:
        session.clear()
        return
    g.user = signed_in.user
    g.access_token = signed_in.access_token
    if moment - float(session.get("last_seen_at", 0)) >= LAST_SEEN_PRECISION_SECONDS:
        session["last_seen_at"] = moment


def login_required(view: View) -> View:
    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            return redirect(url_for("account.sign_in"))
        return view(*args, **kwargs)

    return cast(View, wrapped)
