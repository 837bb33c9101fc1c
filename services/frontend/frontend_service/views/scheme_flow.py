"""Creating and changing a supported housing scheme: GOV.UK question pages, then check answers, then "Create
scheme" (the organisations service confirms it and it becomes active). Data coordinators create schemes for their
organisation or its stock owners; once confirmed they may change only the name and confidentiality, support may
change everything."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.models import User
from frontend_service.clients.organisation_models import Scheme
from frontend_service.forms import schemes as forms
from frontend_service.rendering import render_page
from frontend_service.views.scheme_answers import scheme_rows
from frontend_service.views.schemes import bp

CHECK_ANSWERS = "check-answers"


def _always(scheme: Scheme) -> bool:
    return True


def _needs_support_provider(scheme: Scheme) -> bool:
    return scheme.answers.get("arrangement_type") not in (None, "D")


def _has_other_group(scheme: Scheme) -> bool:
    return scheme.answers.get("has_other_client_group") == 1


@dataclass(frozen=True)
class SchemePage:
    slug: str
    form: type[forms.AnswersForm]
    heading: str  # the page's h1 when it asks more than one question; "" for one-question pages
    fields: tuple[str, ...]
    applies: Callable[[Scheme], bool] = _always


DETAILS = ("service_name", "sensitive", "owning_organisation_id", "scheme_type", "registered_under_care_act")
SCHEME_PAGES = (
    SchemePage(
        "details", forms.SchemeDetailsForm, "Create a new supported housing scheme", (*DETAILS, "arrangement_type")
    ),
    SchemePage(
        "support-services-provider",
        forms.SupportProviderForm,
        "",
        ("managing_organisation_id",),
        _needs_support_provider,
    ),
    SchemePage("primary-client-group", forms.PrimaryClientGroupForm, "", ("primary_client_group",)),
    SchemePage("confirm-secondary-client-group", forms.ConfirmSecondaryForm, "", ("has_other_client_group",)),
    SchemePage(
        "secondary-client-group", forms.SecondaryClientGroupForm, "", ("secondary_client_group",), _has_other_group
    ),
    SchemePage(
        "support", forms.SupportForm, "What support does this scheme provide?", ("support_type", "intended_stay")
    ),
)
NAME_PAGE = SchemePage("edit-name", forms.SchemeNameForm, "Change the scheme’s name", ("service_name", "sensitive"))
PAGES_BY_SLUG = {page.slug: page for page in (*SCHEME_PAGES, NAME_PAGE)}


def require_scheme_editor() -> User:
    user = current_user()
    if user is None or user.role not in ("support", "data_coordinator"):
        abort(404)
    return user


def may_change(user: User, scheme: Scheme, page: SchemePage) -> bool:
    if user.role == "support" or not scheme.confirmed:
        return page is not NAME_PAGE or scheme.confirmed
    return page is NAME_PAGE


def owner_choices(user: User, token: str) -> list[tuple[str, str]]:
    """Support: every organisation; a coordinator: their own organisation and its stock owners."""
    client = backends().organisations
    if user.role == "support":
        return [(o.id, o.name) for o in client.list_all_organisations(token=token)]
    own = client.get_organisation_details(user.organisation_id, token=token)
    owners, _agents = client.list_relationships(user.organisation_id, token=token)
    mine = [(own.id, own.name)] if own.holds_own_stock else []
    return mine + [(o.id, o.name) for o in owners]


def agent_choices(user: User, scheme: Scheme, token: str) -> list[tuple[str, str]]:
    client = backends().organisations
    if user.role == "support":
        return [(o.id, o.name) for o in client.list_all_organisations(token=token)]
    owner = [(scheme.owning_organisation_id, scheme.owning_organisation_name)]
    if scheme.owning_organisation_id != user.organisation_id:
        # A coordinator sees only their own organisation's relationships: it manages this owner's stock.
        own = client.get_organisation_details(user.organisation_id, token=token)
        return owner + [(own.id, own.name)]
    _owners, agents = client.list_relationships(user.organisation_id, token=token)
    return owner + [(o.id, o.name) for o in agents]


def _prepare(form: forms.AnswersForm, user: User, scheme: Scheme | None, token: str) -> None:
    placeholder = [("", "Select an option")]
    if hasattr(form, "owning_organisation_id"):
        form.owning_organisation_id.choices = placeholder + owner_choices(user, token)
    if hasattr(form, "managing_organisation_id") and scheme is not None:
        form.managing_organisation_id.choices = placeholder + agent_choices(user, scheme, token)


def form_data(scheme: Scheme) -> dict[str, Any]:
    data: dict[str, Any] = {key: str(value) for key, value in scheme.answers.items()}
    data["service_name"] = scheme.service_name
    data["owning_organisation_id"] = scheme.owning_organisation_id
    return data


def next_url(scheme: Scheme, page: SchemePage) -> str:
    """The next page that applies; from a change link, back to check answers unless a newly needed page is
    unanswered."""
    if page is NAME_PAGE:
        return url_for("schemes.show_scheme", scheme_id=scheme.id)
    following = SCHEME_PAGES[SCHEME_PAGES.index(page) + 1 :]
    returning = request.args.get("referrer") == CHECK_ANSWERS
    for candidate in following:
        if candidate.applies(scheme) and not (returning and _answered(candidate, scheme)):
            return url_for("schemes.edit_scheme_page", scheme_id=scheme.id, slug=candidate.slug)
    return url_for("schemes.check_scheme_answers", scheme_id=scheme.id)


def _answered(page: SchemePage, scheme: Scheme) -> bool:
    return all(form_data(scheme).get(name) not in (None, "") for name in page.fields)


def _render(page: SchemePage, form: forms.AnswersForm, back: str, action: str) -> str:
    return render_page("schemes/question_page.html", form=form, heading=page.heading, back_href=back, action=action)


def _add_errors(form: forms.AnswersForm, error: InvalidArgument) -> None:
    for name, message in error.field_errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors = [*field.errors, message]
    if not error.field_errors or not any(hasattr(form, name) for name in error.field_errors):
        form.form_errors.append(error.message)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create_scheme() -> Response | str:
    user = require_scheme_editor()
    token = access_token()
    page = SCHEME_PAGES[0]
    form = forms.SchemeDetailsForm()
    _prepare(form, user, None, token)
    if form.validate_on_submit():
        try:
            scheme = backends().organisations.create_scheme(form.answers(), token=token)
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            return redirect(next_url(scheme, page))
    return _render(page, form, url_for("schemes.list_schemes"), url_for("schemes.create_scheme"))


@bp.route("/<scheme_id>/<slug>", methods=["GET", "POST"])
@login_required
def edit_scheme_page(scheme_id: str, slug: str) -> Response | str:
    user = require_scheme_editor()
    page = PAGES_BY_SLUG.get(slug)
    if page is None:
        abort(404)
    token = access_token()
    client = backends().organisations
    scheme = client.get_scheme(scheme_id, token=token)
    if not may_change(user, scheme, page):
        abort(404)
    form = page.form(data=form_data(scheme)) if request.method == "GET" else page.form()
    _prepare(form, user, scheme, token)
    if form.validate_on_submit():
        try:
            scheme = client.update_scheme(scheme_id, form.answers(), token=token)
        except InvalidArgument as exc:
            _add_errors(form, exc)
        else:
            return redirect(next_url(scheme, page))
    back = _back_url(scheme, page)
    return _render(page, form, back, request.full_path.rstrip("?"))


def _back_url(scheme: Scheme, page: SchemePage) -> str:
    if scheme.confirmed or request.args.get("referrer") == CHECK_ANSWERS:
        target = "schemes.show_scheme" if scheme.confirmed else "schemes.check_scheme_answers"
        return url_for(target, scheme_id=scheme.id)
    if page is NAME_PAGE or page is SCHEME_PAGES[0]:
        return url_for("schemes.show_scheme", scheme_id=scheme.id)
    earlier = [p for p in SCHEME_PAGES[: SCHEME_PAGES.index(page)] if p.applies(scheme)]
    return url_for("schemes.edit_scheme_page", scheme_id=scheme.id, slug=earlier[-1].slug)


@bp.route("/<scheme_id>/check-answers", methods=["GET", "POST"])
@login_required
def check_scheme_answers(scheme_id: str) -> Response | str:
    user = require_scheme_editor()
    token = access_token()
    client = backends().organisations
    scheme = client.get_scheme(scheme_id, token=token)
    form = forms.AnswersForm()
    error_list: list[dict[str, str]] = []
    if form.validate_on_submit():
        try:
            scheme = client.confirm_scheme(scheme_id, token=token)
        except InvalidArgument as exc:
            error_list = [
                {"text": message, "href": f"#row-{field}"} for field, message in exc.field_errors.items()
            ] or [{"text": exc.message, "href": "#check-answers"}]
        else:
            flash(f"{scheme.service_name} has been created.", "success")
            return redirect(url_for("schemes.show_scheme", scheme_id=scheme_id))
    return render_page(
        "schemes/check_answers.html",
        form=form,
        error_list=error_list,
        scheme=scheme,
        rows=scheme_rows(scheme, user, change_links=True),
    )
