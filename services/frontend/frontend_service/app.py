"""The Flask application: GOV.UK pages for people and the REST API for systems."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request, send_from_directory
from flask_wtf.csrf import CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from markupsafe import Markup, escape
from werkzeug.routing import BaseConverter

from core_platform.auth.tokens import TokenVerifier
from core_platform.config import env
from frontend_service import (
    address_search,
    api,
    browser_session,
    components,
    errors,
    navigation,
    questions,
    rate_limits,
    security,
)
from frontend_service.api.auth import VERIFIER_KEY
from frontend_service.backends import EXTENSION_KEY
from frontend_service.clients import Backends, grpc_backends
from frontend_service.config import SERVICE_NAME, SESSION_COOKIE_NAME, SESSION_IDLE_SECONDS, secret_key
from frontend_service.views import (
    account,
    account_links,
    alerts,
    api_clients,
    authenticator_app,
    check_errors,
    duplicate_logs,
    health,
    lettings_logs,
    log_history,
    pages,
    question_pages,
    reassign_logs,
    resources,
    two_factor,
    users,
)
from frontend_service.views import address_search as address_search_views
from frontend_service.views import organisations as organisation_views
from frontend_service.views import schemes as scheme_views

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "static" / "assets"

STATUS_TAGS = {
    "not_started": ("Not started", "govuk-tag--grey"),
    "in_progress": ("In progress", "govuk-tag--light-blue"),
    "completed": ("Completed", "govuk-tag--green"),
    "pending": ("Pending", "govuk-tag--yellow"),
    "deleted": ("Deleted", "govuk-tag--red"),
}


class PageIdConverter(BaseConverter):
    """Form page ids are snake_case ("tenancy_start_date"); their URLs are hyphenated."""

    regex = r"[a-z0-9][a-z0-9_-]*"

    def to_python(self, value: str) -> str:
        return value.replace("-", "_")

    def to_url(self, value: str) -> str:
        return value.replace("_", "-")


def status_tag(status: str) -> dict[str, str]:
    text, classes = STATUS_TAGS.get(status, (status.replace("_", " ").capitalize(), "govuk-tag--grey"))
    return {"text": text, "classes": classes}


# The markup hints of the form definitions use (an interruption's checklist, line breaks), once escaped.
HINT_TAG = re.compile(r"&lt;(/?)(br|ul|li|strong)((?: class=&#34;[a-z0-9 _-]*&#34;)?)\s*/?&gt;")


def hint_html(text: str) -> Markup:
    """Hints from form definitions may break lines and list things (<br>, <ul class="..."><li>, <strong>);
    everything else is escaped."""
    escaped = str(escape(text or ""))
    return Markup(HINT_TAG.sub(lambda m: f"<{m.group(1)}{m.group(2)}{m.group(3).replace('&#34;', chr(34))}>", escaped))


def _base_config(overrides: Mapping[str, Any]) -> dict[str, Any]:
    environment = overrides.get("CORE_ENV") or env("CORE_ENV", "development")
    return {
        "CORE_ENV": environment,
        "SECRET_KEY": overrides.get("SECRET_KEY") or secret_key(),
        "SESSION_COOKIE_NAME": SESSION_COOKIE_NAME,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": environment == "production",
        "PERMANENT_SESSION_LIFETIME": timedelta(seconds=SESSION_IDLE_SECONDS),
        "SESSION_REFRESH_EACH_REQUEST": False,  # sent again when last_seen_at moves (browser_session)
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        "CLOCK": time.time,
    }


def _configure_templates(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(PACKAGE_DIR / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.filters["hint_html"] = hint_html
    app.jinja_env.globals.update(components.component_globals(app.jinja_env))
    app.jinja_env.globals.update(
        status_tag=status_tag,
        display_answer=questions.display_answer,
        format_date=questions.format_date,
        address_autocomplete_attributes=address_search.autocomplete_attributes,
    )
    WTFormsHelpers(app)
    alerts.init_alert_banner(app)
    resources.init_resources(app)

    @app.context_processor
    def layout_context() -> dict[str, Any]:
        user = browser_session.current_user()
        return {"service_name": SERVICE_NAME, "current_user": user, "navigation": navigation.navigation_for(user)}


def _register_routes(app: Flask, csrf: CSRFProtect) -> None:
    app.url_map.converters["page_id"] = PageIdConverter
    for blueprint in (pages.bp, account.bp, lettings_logs.bp, health.bp):
        app.register_blueprint(blueprint)
    for blueprint in (two_factor.bp, account_links.bp, authenticator_app.bp, users.bp, api_clients.bp):
        app.register_blueprint(blueprint)
    for blueprint in (organisation_views.bp, scheme_views.bp, alerts.bp, resources.bp, address_search_views.bp):
        app.register_blueprint(blueprint)
    # Question pages, the history and reassigning add their routes to the logs blueprint.
    assert question_pages.bp is log_history.bp is reassign_logs.bp is lettings_logs.bp
    assert check_errors.bp is duplicate_logs.bp is lettings_logs.bp  # and the check errors and duplicates pages
    # The same pages serve sales logs: relative endpoints (".show_log") keep each in its own area.
    app.register_blueprint(lettings_logs.bp, name="sales_logs", url_prefix="/sales-logs")
    csrf.exempt(api.bp)
    app.register_blueprint(api.bp)

    @app.get("/assets/<path:filename>", endpoint="assets")
    def serve_asset(filename: str) -> Response:
        # GOV.UK Frontend's CSS refers to /assets/fonts/... and /assets/images/...
        return send_from_directory(ASSETS_DIR, filename, max_age=3600)


def _start_timer() -> None:
    g.request_started = time.monotonic()


def _log_request(response: Response) -> Response:
    elapsed = time.monotonic() - g.get("request_started", time.monotonic())
    # The path only: query strings can carry search terms or reset tokens.
    logger.info(
        "%s %s %s",
        request.method,
        request.path,
        response.status_code,
        extra={"endpoint": request.endpoint, "status": response.status_code, "duration_ms": round(elapsed * 1000)},
    )
    return response


def create_app(config: Mapping[str, Any] | None = None, backends: Backends | None = None) -> Flask:
    """config overrides Flask settings (tests pass SECRET_KEY, CORE_ENV, CLOCK); backends defaults to
    gRPC clients whose channels open on first use, so after gunicorn forks its workers."""
    overrides = dict(config or {})
    app = Flask(__name__, static_folder="static", template_folder=None)
    app.config.update(_base_config(overrides))
    app.config.update(overrides)
    chosen = backends or grpc_backends()
    app.extensions[EXTENSION_KEY] = chosen
    app.extensions[VERIFIER_KEY] = TokenVerifier(chosen.identity.get_public_keys)
    csrf = CSRFProtect(app)
    _configure_templates(app)
    app.before_request(_start_timer)
    security.init_security(app)
    app.before_request(browser_session.resume_session)
    app.after_request(_log_request)
    errors.register_error_handlers(app)
    _register_routes(app, csrf)
    rate_limits.init_rate_limits(app)
    return app
