"""Account pages reached from emailed links (set a first password, unlock) and the signed-in user's
own account: details and password."""

from __future__ import annotations

from flask import Blueprint, redirect, request, session, url_for
from werkzeug.wrappers import Response

from core_platform.errors import AlreadyExists, InvalidArgument, NotFound, Unauthenticated
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.models import UserDetails
from frontend_service.forms.users import ChangePasswordForm, SetPasswordForm, UserDetailsForm
from frontend_service.rendering import render_page

bp = Blueprint("account_links", __name__, url_prefix="/account")


@bp.route("/password/set", methods=["GET", "POST"])
def set_password() -> Response | str:
    """The link in an invitation email."""
    token = request.args.get("token", "")
    if not token:
        return render_page("account/invalid_reset_link.html")
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            backends().identity.reset_password(token, form.password.data or "")
        except InvalidArgument as exc:
            if "token" in exc.field_errors:
                return render_page("account/invalid_invitation_link.html")
            form.password.errors.append(exc.field_errors.get("password") or exc.message)
        except (Unauthenticated, NotFound):
            return render_page("account/invalid_invitation_link.html")
        else:
            return render_page("account/password_set.html")
    return render_page("account/set_password.html", form=form, token=token)


@bp.get("/unlock")
def unlock_account() -> str:
    try:
        backends().identity.unlock_account(request.args.get("token", ""))
    except (InvalidArgument, Unauthenticated, NotFound):
        return render_page("account/invalid_unlock_link.html")
    return render_page("account/unlocked.html")


@bp.get("")
@login_required
def show_account() -> str:
    user = backends().identity.get_user(current_user().id, token=access_token())
    return render_page("account/show_account.html", user=user, updated=request.args.get("updated", ""))


@bp.route("/details", methods=["GET", "POST"])
@login_required
def edit_details() -> Response | str:
    identity = backends().identity
    me = identity.get_user(current_user().id, token=access_token())
    form = UserDetailsForm(data={"name": me.name, "email": me.email})
    if form.validate_on_submit():
        details = UserDetails(name=form.name.data, email=form.email.data)
        try:
            updated = identity.update_user(me.id, details, request.remote_addr or "", token=access_token())
        except AlreadyExists as exc:
            form.email.errors.append(exc.message)
        except InvalidArgument as exc:
            _field_errors(form, exc)
        else:
            # A new address changes only once the link sent to it is used.
            outcome = "email_pending" if updated.pending_email else "details"
            return redirect(url_for("account_links.show_account", updated=outcome))
    return render_page("account/edit_details.html", form=form)


@bp.route("/password/change", methods=["GET", "POST"])
@login_required
def change_password() -> Response | str:
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            backends().identity.change_password(
                str(session.get("session_id") or ""),
                form.current_password.data or "",
                form.password.data or "",
                request.remote_addr or "",
                token=access_token(),
            )
        except InvalidArgument as exc:
            _field_errors(form, exc)
        else:
            return redirect(url_for("account_links.show_account", updated="password"))
    return render_page("account/change_password.html", form=form)


def _field_errors(form: object, exc: InvalidArgument) -> None:
    """Put identity's field errors on the form's fields of the same names."""
    placed = False
    for name, message in exc.field_errors.items():
        field = getattr(form, name, None)
        if field is not None:
            field.errors.append(message)
            placed = True
    if not placed:
        first = next(iter(form))  # type: ignore[call-overload]
        first.errors.append(exc.message)
