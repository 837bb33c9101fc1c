"""Organisations: the signed-in user's own organisation ("About your organisation"), and for support the list
with search, filters (type, status), pagination and CSV download, creating and editing any organisation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask import Blueprint, Response, abort, flash, redirect, request, stream_with_context, url_for
from werkzeug.wrappers import Response as BaseResponse

from core_platform.auth.principal import ROLE_DATA_COORDINATOR
from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.organisation_models import OrganisationDetails
from frontend_service.forms.organisations import (
    COORDINATOR_FIELDS,
    PROVIDER_TYPE_LABELS,
    RENT_PERIOD_LABELS,
    OrganisationForm,
)
from frontend_service.pagination import Pagination, page_number
from frontend_service.rendering import render_page

PAGE_SIZE = 20
SEARCH_MAX_LENGTH = 100
STATUS_FILTERS = (("active", "Active"), ("deactivated", "Deactivated"), ("merged", "Merged"))

bp = Blueprint("organisations", __name__)


def _require_support() -> None:
    user = current_user()
    if user is None or user.role != "support":
        abort(404)


def _editable_fields(organisation_id: str) -> tuple[str, ...]:
    user = current_user()
    assert user is not None
    if user.role == "support":
        return tuple(field.name for field in OrganisationForm() if field.name != "csrf_token")
    if user.role == ROLE_DATA_COORDINATOR and user.organisation_id == organisation_id:
        return COORDINATOR_FIELDS
    return ()


def _load(organisation_id: str) -> OrganisationDetails:
    """Another organisation's page does not exist for anyone but support."""
    user = current_user()
    assert user is not None
    if user.role != "support" and user.organisation_id != organisation_id:
        abort(404)
    return backends().organisations.get_organisation_details(organisation_id, token=access_token())


@bp.get("/organisation")
@login_required
def show_own_organisation() -> str:
    user = current_user()
    assert user is not None
    return _render_details(_load(user.organisation_id), own=True)


@bp.get("/organisations/<organisation_id>")
@login_required
def show_organisation(organisation_id: str) -> str:
    user = current_user()
    assert user is not None
    return _render_details(_load(organisation_id), own=user.organisation_id == organisation_id)


def _render_details(organisation: OrganisationDetails, own: bool) -> str:
    return render_page(
        "organisations/show_organisation.html",
        organisation=organisation,
        own=own,
        editable=_editable_fields(organisation.id),
        provider_type_label=PROVIDER_TYPE_LABELS.get(organisation.provider_type, ""),
        rent_period_labels=[RENT_PERIOD_LABELS.get(code, str(code)) for code in organisation.rent_periods],
    )


@bp.route("/organisations/<organisation_id>/edit", methods=["GET", "POST"])
@login_required
def edit_organisation(organisation_id: str) -> BaseResponse | str:
    organisation = _load(organisation_id)
    fields = _editable_fields(organisation_id)
    if not fields:
        abort(404)
    form = OrganisationForm(data=_form_data(organisation)) if request.method == "GET" else OrganisationForm()
    form.limit_to(fields)
    if form.validate_on_submit():
        try:
            backends().organisations.update_organisation(organisation_id, form.values(), token=access_token())
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            flash("Organisation details updated", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=organisation_id))
    return render_page("organisations/edit_organisation.html", form=form, organisation=organisation)


@bp.get("/organisations")
@login_required
def list_organisations() -> BaseResponse | str:
    _require_support()
    page = page_number(request.args.get("page"))
    search = request.args.get("search", "").strip()[:SEARCH_MAX_LENGTH]
    filters = {
        "provider_type": _chosen("provider_type", PROVIDER_TYPE_LABELS),
        "status": _chosen("status", dict(STATUS_FILTERS)),
    }
    result = backends().organisations.search_organisations(search, page, PAGE_SIZE, token=access_token(), **filters)
    base = url_for("organisations.list_organisations")
    pagination = Pagination(page, PAGE_SIZE, result.total, base, {"search": search, **filters})
    if page > pagination.page_count:
        return redirect(pagination.url_for_page(pagination.page_count))
    return render_page(
        "organisations/list_organisations.html",
        organisations=result.organisations,
        pagination=pagination,
        search=search,
        filters=filters,
        filter_items={
            "provider_type": _select_items("Any type", PROVIDER_TYPE_LABELS.items(), filters["provider_type"]),
            "status": _select_items("Any status", STATUS_FILTERS, filters["status"]),
        },
        provider_type_labels=PROVIDER_TYPE_LABELS,
    )


def _select_items(anything: str, choices: Iterable[tuple[str, str]], chosen: str) -> list[dict[str, Any]]:
    return [{"value": "", "text": anything}] + [
        {"value": value, "text": text, "selected": value == chosen} for value, text in choices
    ]


def _chosen(name: str, allowed: dict[str, str]) -> str:
    """A filter's value from the query string; anything it does not offer means no filter."""
    value = request.args.get(name, "")
    return value if value in allowed else ""


@bp.get("/organisations/download.csv")
@login_required
def download_organisations() -> Response:
    _require_support()
    search = request.args.get("search", "").strip()[:SEARCH_MAX_LENGTH]
    chunks = backends().organisations.export_organisations_csv(search, token=access_token())
    return Response(
        stream_with_context(chunks),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="organisations.csv"'},
    )


@bp.route("/organisations/new", methods=["GET", "POST"])
@login_required
def create_organisation() -> BaseResponse | str:
    _require_support()
    form = OrganisationForm()
    if form.validate_on_submit():
        try:
            created = backends().organisations.create_organisation(form.values(), token=access_token())
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            flash(f"{created.name} ({created.code}) created", "success")
            return redirect(url_for("organisations.show_organisation", organisation_id=created.id))
    return render_page("organisations/create_organisation.html", form=form)


def _form_data(organisation: OrganisationDetails) -> dict[str, object]:
    return {
        "name": organisation.name,
        "provider_type": organisation.provider_type,
        "housing_registration_no": organisation.housing_registration_no,
        "address_line1": organisation.address_line1,
        "address_line2": organisation.address_line2,
        "postcode": organisation.postcode,
        "phone": organisation.phone,
        "holds_own_stock": "yes" if organisation.holds_own_stock else "no",
        "general_needs_units": organisation.general_needs_units,
        "supported_housing_units": organisation.supported_housing_units,
        "rent_periods": [str(code) for code in organisation.rent_periods],
    }


def _add_errors(form: OrganisationForm, error: InvalidArgument) -> None:
    for name, message in error.field_errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors = [*field.errors, message]
    if not error.field_errors:
        form.form_errors.append(error.message)


# Stock owners and managing agents, and merges and other changes, add their routes to this blueprint.
from frontend_service.views import merges, relationships  # noqa: E402

__all__ = ["bp", "merges", "relationships"]
