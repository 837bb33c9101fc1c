"""A location's page, and deactivating or reactivating a scheme or a location from a date: the date page (radios:
from the start of the open collection period, or from a date in a revealed GOV.UK date input), then a confirmation
page, then the change. Logs whose tenancy starts in a deactivated period are
flagged by the logs service when it receives the event the organisations service publishes."""

from __future__ import annotations

from datetime import date

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.forms.schemes import DATE_TYPE_DEFAULT, ChangeAvailabilityForm
from frontend_service.questions import format_date
from frontend_service.rendering import render_page
from frontend_service.views.scheme_answers import ACTIONS, available_actions, location_rows
from frontend_service.views.scheme_flow import require_scheme_editor
from frontend_service.views.schemes import bp


@bp.get("/<scheme_id>/locations/<location_id>")
@login_required
def show_location(scheme_id: str, location_id: str) -> str:
    user = current_user()
    assert user is not None
    token = access_token()
    client = backends().organisations
    location = client.get_location(location_id, token=token)
    if location.scheme_id != scheme_id:
        abort(404)
    scheme = client.get_scheme(scheme_id, token=token)
    editor = user.role in ("support", "data_coordinator")
    rows = location_rows(location, editable=editor and user.role == "support")
    return render_page(
        "schemes/show_location.html",
        location=location,
        scheme=scheme,
        rows=rows,
        actions=available_actions(location.status),
    )


def _target(scheme_id: str, location_id: str | None) -> tuple[str, str, str]:
    """(name shown, status, page to return to) of the scheme or location; 404 when not visible."""
    token = access_token()
    client = backends().organisations
    if location_id is None:
        scheme = client.get_scheme(scheme_id, token=token)
        return scheme.service_name, scheme.status, url_for("schemes.show_scheme", scheme_id=scheme_id)
    location = client.get_location(location_id, token=token)
    if location.scheme_id != scheme_id:
        abort(404)
    back = url_for("schemes.show_location", scheme_id=scheme_id, location_id=location_id)
    return location.name or location.postcode, location.status, back


def _change(scheme_id: str, location_id: str | None, action: str, day: str) -> None:
    client = backends().organisations
    deactivate = action == "deactivate"
    if location_id is None:
        client.change_scheme_availability(scheme_id, day, deactivate=deactivate, token=access_token())
    else:
        client.change_location_availability(location_id, day, deactivate=deactivate, token=access_token())


def open_collection_start(today: date) -> date:
    """1 April of the earliest collection year still open: the previous one until the end of June (the
    crossover). The organisations service applies the same rule when it checks the date."""
    year = today.year if today.month >= 4 else today.year - 1
    return date(year - 1 if today.month in (4, 5, 6) else year, 4, 1)


@bp.route("/<scheme_id>/<action>-scheme", methods=["GET", "POST"], defaults={"location_id": None})
@bp.route("/<scheme_id>/locations/<location_id>/<action>-location", methods=["GET", "POST"])
@login_required
def change_availability(scheme_id: str, location_id: str | None, action: str) -> Response | str:
    require_scheme_editor()
    if action not in ACTIONS:
        abort(404)
    name, status, back = _target(scheme_id, location_id)
    start = open_collection_start(date.today())
    form = ChangeAvailabilityForm()
    form.date_type.choices = [
        (DATE_TYPE_DEFAULT, f"From the start of the open collection period ({format_date(start.isoformat())})"),
        *(form.date_type.choices or [])[1:],
    ]
    if form.validate_on_submit():
        day = form.chosen_day(start).isoformat()
        return redirect(
            url_for(
                "schemes.confirm_availability", scheme_id=scheme_id, location_id=location_id, action=action, date=day
            )
        )
    return render_page(
        "schemes/change_availability.html",
        form=form,
        name=name,
        action=action,
        back_href=back,
        status=status,
        kind="location" if location_id else "scheme",
        open_start=format_date(start.isoformat()),
    )


@bp.route("/<scheme_id>/<action>-scheme/confirm", methods=["GET", "POST"], defaults={"location_id": None})
@bp.route("/<scheme_id>/locations/<location_id>/<action>-location/confirm", methods=["GET", "POST"])
@login_required
def confirm_availability(scheme_id: str, location_id: str | None, action: str) -> Response | str:
    require_scheme_editor()
    if action not in ACTIONS:
        abort(404)
    name, _status, back = _target(scheme_id, location_id)
    raw = request.args.get("date", "")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        abort(404)
    form = ChangeAvailabilityForm()
    error_list: list[dict[str, str]] = []
    if request.method == "POST" and form.csrf_token.validate(form):
        try:
            _change(scheme_id, location_id, action, day.isoformat())
        except InvalidArgument as exc:
            error_list = [{"text": message, "href": "#confirm"} for message in exc.field_errors.values()]
            error_list = error_list or [{"text": exc.message, "href": "#confirm"}]
        else:
            flash(f"{name} will {action} on {format_date(day.isoformat())}", "success")
            return redirect(back)
    return render_page(
        "schemes/confirm_availability.html",
        form=form,
        error_list=error_list,
        name=name,
        action=action,
        day=format_date(day.isoformat()),
        back_href=back,
    )
