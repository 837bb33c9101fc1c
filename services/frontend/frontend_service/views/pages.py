"""Start, home and the static pages linked from the footer."""

from __future__ import annotations

import logging

from flask import Blueprint, redirect, url_for
from werkzeug.wrappers import Response

from core_platform.errors import CoreError
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.config import SESSION_COOKIE_NAME, SESSION_IDLE_SECONDS
from frontend_service.home_figures import home_figures, london_today
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

bp = Blueprint("pages", __name__)


@bp.get("/")
def show_start() -> Response | str:
    if current_user() is not None:
        return redirect(url_for("pages.show_home"))
    return render_page("pages/start.html")


@bp.get("/home")
@login_required
def show_home() -> str:
    user = current_user()
    assert user is not None
    organisation_name = ""
    if user.organisation_id:
        try:
            organisation = backends().organisations.get_organisation(
                token=access_token(), organisation_id=user.organisation_id
            )
            organisation_name = organisation.name
        except CoreError as exc:
            # The welcome works without the organisation's name.
            logger.warning("organisation name unavailable: %s", type(exc).__name__)
    figures = home_figures(user, access_token(), london_today())
    return render_page("pages/home.html", user=user, organisation_name=organisation_name, figures=figures)


@bp.get("/cookies")
def show_cookies() -> str:
    return render_page("pages/cookies.html", cookie_name=SESSION_COOKIE_NAME, idle_minutes=SESSION_IDLE_SECONDS // 60)


@bp.get("/accessibility-statement")
def show_accessibility_statement() -> str:
    return render_page("pages/accessibility_statement.html")


@bp.get("/privacy-notice")
def show_privacy_notice() -> str:
    return render_page("pages/privacy_notice.html")
