"""Adding and changing a scheme's locations: postcode (the local authority comes from it; when the lookup fails the
user chooses one), name, units, type of unit, mobility standards and availability date, then check answers and
"Save and return to locations". Once a location is confirmed a data coordinator may change its name and
availability date; support everything."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.models import User
from frontend_service.clients.organisation_models import Location
from frontend_service.forms import schemes as forms
from frontend_service.rendering import render_page
from frontend_service.views.scheme_answers import location_rows
from frontend_service.views.scheme_flow import CHECK_ANSWERS, require_scheme_editor
from frontend_service.views.schemes import bp

COORDINATOR_CONFIRMED = frozenset({"name", "availability"})


def _always(location: Location) -> bool:
    return True


def _needs_local_authority(location: Location) -> bool:
    return not location.is_la_inferred


@dataclass(frozen=True)
class LocationPage:
    slug: str
    form: type[forms.AnswersForm]
    fields: tuple[str, ...]
    applies: Callable[[Location], bool] = _always


LOCATION_PAGES = (
    LocationPage("postcode", forms.PostcodeForm, ("postcode",)),
    LocationPage("local-authority", forms.LocalAuthorityForm, ("location_code",), _needs_local_authority),
    LocationPage("name", forms.LocationNameForm, ("name",)),
    LocationPage("units", forms.UnitsForm, ("units",)),
    LocationPage("type-of-unit", forms.TypeOfUnitForm, ("type_of_unit",)),
    LocationPage("mobility-standards", forms.MobilityForm, ("mobility_type",)),
    LocationPage("availability", forms.AvailabilityForm, ("startdate",)),
)
PAGES_BY_SLUG = {page.slug: page for page in LOCATION_PAGES}


def may_change_location(user: User, location: Location, page: LocationPage) -> bool:
    if not page.applies(location):
        return False
    return user.role == "support" or not location.confirmed or page.slug in COORDINATOR_CONFIRMED


def _data(location: Location) -> dict[str, object]:
    data: dict[str, object] = {"postcode": location.postcode, "name": location.name}
    data["location_code"] = location.location_code
    for key, value in location.answers.items():
        data[key] = value if key in ("units",) else str(value)
    if "startdate" in location.answers:
        data["startdate"] = date.fromisoformat(str(location.answers["startdate"]))
    return data


def _answered(page: LocationPage, location: Location) -> bool:
    data = _data(location)
    return all(data.get(name) not in (None, "") for name in page.fields)


def _next_url(location: Location, page: LocationPage) -> str:
    returning = request.args.get("referrer") == CHECK_ANSWERS
    if location.confirmed and not returning:
        return url_for("schemes.show_location", scheme_id=location.scheme_id, location_id=location.id)
    for candidate in LOCATION_PAGES[LOCATION_PAGES.index(page) + 1 :]:
        if candidate.applies(location) and not (returning and _answered(candidate, location)):
            args = {"referrer": CHECK_ANSWERS} if returning else {}
            return url_for(
                "schemes.edit_location_page",
                scheme_id=location.scheme_id,
                location_id=location.id,
                slug=candidate.slug,
                **args,
            )
    return url_for("schemes.check_location_answers", scheme_id=location.scheme_id, location_id=location.id)


def _back_url(scheme_id: str, location: Location | None, page: LocationPage) -> str:
    if location is None or page is LOCATION_PAGES[0]:
        return url_for("schemes.show_scheme", scheme_id=scheme_id)
    if location.confirmed:
        return url_for("schemes.show_location", scheme_id=scheme_id, location_id=location.id)
    if request.args.get("referrer") == CHECK_ANSWERS:
        return url_for("schemes.check_location_answers", scheme_id=scheme_id, location_id=location.id)
    earlier = [p for p in LOCATION_PAGES[: LOCATION_PAGES.index(page)] if p.applies(location)]
    return url_for("schemes.edit_location_page", scheme_id=scheme_id, location_id=location.id, slug=earlier[-1].slug)


def _add_errors(form: forms.AnswersForm, error: InvalidArgument) -> None:
    for name, message in error.field_errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors = [*field.errors, message]
    if not any(hasattr(form, name) for name in error.field_errors):
        form.form_errors.append(error.message)


def _render(form: forms.AnswersForm, back: str, action: str, caption: str) -> str:
    return render_page(
        "schemes/question_page.html", form=form, heading="", back_href=back, action=action, caption=caption
    )


@bp.route("/<scheme_id>/locations/new", methods=["GET", "POST"])
@login_required
def create_location(scheme_id: str) -> Response | str:
    require_scheme_editor()
    token = access_token()
    client = backends().organisations
    scheme = client.get_scheme(scheme_id, token=token)
    form = forms.PostcodeForm()
    if form.validate_on_submit():
        try:
            location = client.create_location(scheme_id, form.answers()["postcode"], token=token)
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            return redirect(_next_url(location, LOCATION_PAGES[0]))
    back = url_for("schemes.show_scheme", scheme_id=scheme_id)
    return _render(form, back, url_for("schemes.create_location", scheme_id=scheme_id), scheme.service_name)


@bp.route("/<scheme_id>/locations/<location_id>/<slug>", methods=["GET", "POST"])
@login_required
def edit_location_page(scheme_id: str, location_id: str, slug: str) -> Response | str:
    user = require_scheme_editor()
    page = PAGES_BY_SLUG.get(slug)
    if page is None:
        abort(404)
    token = access_token()
    client = backends().organisations
    location = client.get_location(location_id, token=token)
    if location.scheme_id != scheme_id or not may_change_location(user, location, page):
        abort(404)
    form = page.form(data=_data(location)) if request.method == "GET" else page.form()
    if hasattr(form, "location_code"):
        authorities = client.list_local_authorities(token=token)
        form.location_code.choices = [("", "Select an option")] + [(la.code, la.name) for la in authorities]
        form.location_code.label.text = f"What is the local authority of {location.postcode}?"
    if form.validate_on_submit():
        try:
            location = client.update_location(location_id, form.answers(), token=token)
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            return redirect(_next_url(location, page))
    caption = location.postcode or "Add a location"
    return _render(form, _back_url(scheme_id, location, page), request.full_path.rstrip("?"), caption)


@bp.route("/<scheme_id>/locations/<location_id>/check-answers", methods=["GET", "POST"])
@login_required
def check_location_answers(scheme_id: str, location_id: str) -> Response | str:
    require_scheme_editor()
    token = access_token()
    client = backends().organisations
    location = client.get_location(location_id, token=token)
    if location.scheme_id != scheme_id:
        abort(404)
    form = forms.AnswersForm()
    error_list: list[dict[str, str]] = []
    if form.validate_on_submit():
        try:
            location = client.confirm_location(location_id, token=token)
        except InvalidArgument as exc:
            error_list = [{"text": message, "href": "#location-answers"} for message in exc.field_errors.values()]
            error_list = error_list or [{"text": exc.message, "href": "#location-answers"}]
        else:
            flash(f"{location.postcode} has been added to this scheme", "success")
            return redirect(url_for("schemes.show_scheme", scheme_id=scheme_id))
    return render_page(
        "schemes/check_location_answers.html",
        form=form,
        error_list=error_list,
        location=location,
        rows=location_rows(location, editable=True),
    )
