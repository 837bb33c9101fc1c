"""Service alerts: the banner above every page (a context processor, cached per process and failing safe), its
dismiss button, and support's pages to list, create, edit and end alerts.

Start and end are dates only: an alert starts at 00:00 UK time on its start date and ends at 00:00 UK time on
its end date (so "end 2 6 2025" shows it until the end of 1 June)."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, abort, current_app, flash, redirect, request, session, url_for
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovDateInput, GovTextArea, GovTextInput
from werkzeug.wrappers import Response as BaseResponse
from wtforms import BooleanField, DateField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.organisation_models import ServiceAlert
from frontend_service.rendering import render_page

logger = logging.getLogger(__name__)

bp = Blueprint("alerts", __name__)

CACHE_KEY = "core.current_alert_cache"
CACHE_SECONDS = 30.0
DISMISSED_KEY = "dismissed_alerts"
DISMISSED_LIMIT = 20
UK = ZoneInfo("Europe/London")
DATE_MESSAGE = "Enter a date in the correct format, for example 31 1 2026"


# --- the banner --------------------------------------------------------------------------------------------


def _cached_alert(signed_in: bool) -> ServiceAlert | None:
    """The current alert for signed-in or signed-out people, fetched at most once per 30 s per process; any
    failure counts as no alert (and is cached too, so a struggling backend is not asked on every page)."""
    cache: dict[bool, tuple[float, ServiceAlert | None]] = current_app.extensions.setdefault(CACHE_KEY, {})
    now = float(current_app.config["CLOCK"]())
    cached = cache.get(signed_in)
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    alert: ServiceAlert | None = None
    try:
        alert = backends().organisations.get_current_alert(token=access_token() if signed_in else None)
    except Exception as exc:  # noqa: BLE001 - the banner must never turn a page into an error page
        logger.warning("service alert unavailable: %s", type(exc).__name__)
    cache[signed_in] = (now, alert)
    return alert


def _applies_here(alert: ServiceAlert) -> bool:
    path = alert.page_path.strip()
    if not path or path == "/":
        return True
    path = path.rstrip("/")
    return request.path == path or request.path.startswith(path + "/")


def current_alert() -> ServiceAlert | None:
    try:
        signed_in = current_user() is not None
        alert = _cached_alert(signed_in)
        if alert is None:
            return None
        if not signed_in and not alert.show_on_public_pages:
            return None
        if alert.id in session.get(DISMISSED_KEY, []) or not _applies_here(alert):
            return None
        return alert
    except Exception as exc:  # noqa: BLE001 - e.g. outside a request; never break the page
        logger.warning("service alert not shown: %s", type(exc).__name__)
        return None


def init_alert_banner(app: Flask) -> None:
    @app.context_processor
    def alert_context() -> dict[str, Any]:
        return {"current_alert": current_alert()}


def _safe_next(value: str) -> str:
    """Only a path on this site: no scheme, host or protocol-relative URL."""
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return url_for("pages.show_start")


@bp.post("/alerts/<alert_id>/dismiss")
def dismiss_alert(alert_id: str) -> BaseResponse:
    dismissed = [i for i in session.get(DISMISSED_KEY, []) if i != alert_id]
    session[DISMISSED_KEY] = [*dismissed, alert_id[:100]][-DISMISSED_LIMIT:]
    return redirect(_safe_next(request.form.get("next", "")))


# --- support's pages ---------------------------------------------------------------------------------------


class AlertDateField(DateField):
    """Day, month and year boxes. Blank is no date (the field's validators decide if that is allowed)."""

    def __init__(self, label: str, **kwargs: Any) -> None:
        super().__init__(label, format="%d %m %Y", widget=GovDateInput(), **kwargs)

    def process_formdata(self, valuelist: list[str]) -> None:
        if len(valuelist) != 3:  # the widget unpacks exactly day, month and year
            valuelist = [*valuelist, "", "", ""][:3]
            self.raw_data = valuelist
        if not valuelist or not any(part.strip() for part in valuelist):
            self.data = None
            return
        try:
            self.data = date(int(valuelist[2]), int(valuelist[1]), int(valuelist[0]))
        except (ValueError, IndexError) as exc:
            self.data = None
            raise ValueError(DATE_MESSAGE) from exc


def _link_url(form: FlaskForm, field: StringField) -> None:
    value = (field.data or "").strip()
    if value and not (value.startswith("https://") or (value.startswith("/") and not value.startswith("//"))):
        raise ValidationError("Enter a link starting with https:// or /")


def _page_path(form: FlaskForm, field: StringField) -> None:
    value = (field.data or "").strip()
    if value and not value.startswith("/"):
        raise ValidationError("Enter a page path starting with /, for example /lettings-logs")


class AlertForm(FlaskForm):
    title = StringField("Title", widget=GovTextInput(), validators=[InputRequired("Enter a title"), Length(max=100)])
    body = TextAreaField(
        "Message", widget=GovTextArea(), validators=[InputRequired("Enter a message"), Length(max=1000)]
    )
    link_text = StringField("Link text (optional)", widget=GovTextInput(), validators=[Length(max=100)])
    link_url = StringField(
        "Link address (optional)",
        description="For example https://www.gov.uk/ or /lettings-logs",
        widget=GovTextInput(),
        validators=[Length(max=500), _link_url],
    )
    page_path = StringField(
        "Show only on pages under this path (optional)",
        description="Leave blank to show on every page, for example /lettings-logs",
        widget=GovTextInput(),
        validators=[Optional(), Length(max=200), _page_path],
    )
    show_on_public_pages = BooleanField("Also show to people who are not signed in", widget=GovCheckboxInput())
    starts_at = AlertDateField("Start date", description="The alert starts at midnight at the start of this day")
    ends_at = AlertDateField("End date (optional)", description="The alert stops at midnight at the start of this day")

    def validate_starts_at(self, field: AlertDateField) -> None:
        if field.data is None and not field.errors:
            raise ValidationError("Enter a start date")

    def validate_ends_at(self, field: AlertDateField) -> None:
        if field.data is not None and self.starts_at.data is not None and field.data <= self.starts_at.data:
            raise ValidationError("The end date must be after the start date")

    def validate_link_text(self, field: StringField) -> None:
        if (self.link_url.data or "").strip() and not (field.data or "").strip():
            raise ValidationError("Enter the link text")

    def validate_link_url(self, field: StringField) -> None:
        if (self.link_text.data or "").strip() and not (field.data or "").strip():
            raise ValidationError("Enter the link address")

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.data.strip(),
            "body": self.body.data.strip(),
            "link_text": (self.link_text.data or "").strip(),
            "link_url": (self.link_url.data or "").strip(),
            "page_path": (self.page_path.data or "").strip(),
            "show_on_public_pages": bool(self.show_on_public_pages.data),
            "starts_at": _midnight(self.starts_at.data),
            "ends_at": _midnight(self.ends_at.data),
        }


class EndAlertForm(FlaskForm):
    pass


def _midnight(day: date | None) -> datetime | None:
    """00:00 UK time on the day, in UTC."""
    return None if day is None else datetime.combine(day, time(0, 0), tzinfo=UK).astimezone(UTC)


def _uk_date(moment: datetime | None) -> date | None:
    return None if moment is None else moment.astimezone(UK).date()


def _require_support() -> None:
    user = current_user()
    if user is None or user.role != "support":
        abort(404)


@bp.get("/alerts")
@login_required
def list_alerts() -> str:
    _require_support()
    alerts = backends().organisations.list_alerts(token=access_token())
    return render_page("alerts/list_alerts.html", alerts=alerts, uk_date=_uk_date)


@bp.route("/alerts/new", methods=["GET", "POST"])
@login_required
def create_alert() -> BaseResponse | str:
    _require_support()
    return _edit(None)


@bp.route("/alerts/<alert_id>/edit", methods=["GET", "POST"])
@login_required
def edit_alert(alert_id: str) -> BaseResponse | str:
    _require_support()
    return _edit(backends().organisations.get_alert(alert_id, token=access_token()))


def _edit(alert: ServiceAlert | None) -> BaseResponse | str:
    if request.method == "GET" and alert is not None:
        form = AlertForm(
            data={
                "title": alert.title,
                "body": alert.body,
                "link_text": alert.link_text,
                "link_url": alert.link_url,
                "page_path": alert.page_path,
                "show_on_public_pages": alert.show_on_public_pages,
                "starts_at": _uk_date(alert.starts_at),
                "ends_at": _uk_date(alert.ends_at),
            }
        )
    else:
        form = AlertForm()
    if form.validate_on_submit():
        try:
            backends().organisations.save_alert(alert.id if alert else "", form.values(), token=access_token())
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            _forget_cached_alert()
            flash("Service alert saved", "success")
            return redirect(url_for("alerts.list_alerts"))
    return render_page("alerts/edit_alert.html", form=form, alert=alert)


@bp.route("/alerts/<alert_id>/end", methods=["GET", "POST"])
@login_required
def end_alert(alert_id: str) -> BaseResponse | str:
    _require_support()
    alert = backends().organisations.get_alert(alert_id, token=access_token())
    form = EndAlertForm()
    if form.validate_on_submit():
        backends().organisations.end_alert(alert_id, token=access_token())
        _forget_cached_alert()
        flash(f"Service alert “{alert.title}” ended", "success")
        return redirect(url_for("alerts.list_alerts"))
    return render_page("alerts/end_alert.html", form=form, alert=alert)


def _forget_cached_alert() -> None:
    """This process shows a change at once; other processes within 30 seconds."""
    current_app.extensions.get(CACHE_KEY, {}).clear()


def _add_errors(form: FlaskForm, error: InvalidArgument) -> None:
    for name, message in error.field_errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors = [*field.errors, message]
    if not error.field_errors:
        form.form_errors.append(error.message)
