"""API clients, for support users: create one for an organisation (or a read-only department-wide
one), rotate its secret, revoke it. A secret is shown once, on the page that made it, and never
stored by the frontend."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.auth.principal import ROLE_SUPPORT
from core_platform.errors import InvalidArgument, NotFound
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.forms.users import ApiClientForm, ConfirmForm
from frontend_service.rendering import render_page

bp = Blueprint("api_clients", __name__, url_prefix="/api-clients")

ORGANISATION_NOT_FOUND = "Enter the code of an existing organisation, like ORG1"


@bp.before_request
@login_required
def require_support() -> None:
    user = current_user()
    if user is None or user.role != ROLE_SUPPORT:
        abort(403)


@bp.get("")
def list_api_clients() -> str:
    clients = backends().identity.list_api_clients(token=access_token())
    return render_page("users/list_api_clients.html", clients=clients, revoked=request.args.get("revoked", ""))


def _organisation_id(form: ApiClientForm) -> str | None:
    code = (form.organisation_code.data or "").strip().upper()
    if not code:
        return ""
    try:
        return backends().organisations.get_organisation(token=access_token(), code=code).id
    except NotFound:
        form.organisation_code.errors.append(ORGANISATION_NOT_FOUND)
        return None


@bp.route("/new", methods=["GET", "POST"])
def create_api_client() -> str:
    form = ApiClientForm()
    if form.validate_on_submit():
        organisation_id = _organisation_id(form)
        if organisation_id is not None:
            try:
                made = backends().identity.create_api_client(
                    form.name.data or "",
                    organisation_id,
                    bool(form.department_wide.data),
                    list(form.scopes.data or []),
                    request.remote_addr or "",
                    token=access_token(),
                )
            except InvalidArgument as exc:
                _place_errors(form, exc)
            else:
                return render_page("users/show_api_client_secret.html", made=made, rotated=False)
    return render_page("users/create_api_client.html", form=form)


def _place_errors(form: ApiClientForm, exc: InvalidArgument) -> None:
    fields = {"name": form.name, "organisation_id": form.organisation_code, "scopes": form.scopes}
    for name, message in exc.field_errors.items():
        fields.get(name, form.name).errors.append(message)


@bp.route("/<client_id>/<any(rotate, revoke):action>", methods=["GET", "POST"])
def change_api_client(client_id: str, action: str) -> Response | str:
    form = ConfirmForm()
    if form.validate_on_submit():
        identity = backends().identity
        if action == "rotate":
            made = identity.rotate_api_client_secret(client_id, request.remote_addr or "", token=access_token())
            return render_page("users/show_api_client_secret.html", made=made, rotated=True)
        identity.revoke_api_client(client_id, request.remote_addr or "", token=access_token())
        return redirect(url_for("api_clients.list_api_clients", revoked=client_id))
    return render_page("users/confirm_api_client.html", form=form, client_id=client_id, action=action)
