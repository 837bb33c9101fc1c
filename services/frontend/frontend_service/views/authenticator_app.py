"""Support users' authenticator app: register one (the secret shown as text and as an otpauth link,
then a first code to confirm it), or go back to codes by email; and confirming a new email address
from the link sent to it."""

from __future__ import annotations

from flask import Blueprint, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import AlreadyExists, FailedPrecondition, InvalidArgument, NotFound, Unauthenticated
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.forms.users import AuthenticatorCodeForm, ConfirmForm
from frontend_service.rendering import render_page

bp = Blueprint("authenticator_app", __name__, url_prefix="/account")


@bp.route("/authenticator-app", methods=["GET", "POST"])
@login_required
def set_up() -> Response | str:
    """Each visit makes a new secret (only a confirmed one is used to sign in), so the page and the app
    always agree."""
    identity = backends().identity
    form = AuthenticatorCodeForm()
    if form.validate_on_submit():
        try:
            identity.confirm_authenticator_app_registration(
                (form.code.data or "").strip(), request.remote_addr or "", token=access_token()
            )
        except InvalidArgument as exc:
            form.code.errors.append(exc.field_errors.get("code") or exc.message)
        except FailedPrecondition:
            return redirect(url_for("authenticator_app.set_up"))
        else:
            return redirect(url_for("account_links.show_account", updated="authenticator_app"))
    registration = identity.start_authenticator_app_registration(token=access_token())
    return render_page("account/authenticator_app.html", form=form, registration=registration)


@bp.route("/authenticator-app/remove", methods=["GET", "POST"])
@login_required
def remove() -> Response | str:
    form = ConfirmForm()
    if form.validate_on_submit():
        backends().identity.remove_authenticator_app(request.remote_addr or "", token=access_token())
        return redirect(url_for("account_links.show_account", updated="authenticator_app_removed"))
    return render_page("account/remove_authenticator_app.html", form=form)


@bp.route("/email/confirm", methods=["GET", "POST"])
def confirm_email() -> Response | str:
    """The link sent to a new address. A button, not the GET itself, makes the change: email scanners
    follow links."""
    token = request.args.get("token", "")
    form = ConfirmForm()
    if token and form.validate_on_submit():
        try:
            backends().identity.confirm_email_change(token)
        except (InvalidArgument, NotFound, Unauthenticated):
            return render_page("account/invalid_email_link.html")
        except AlreadyExists:
            return render_page("account/invalid_email_link.html", taken=True)
        return render_page("account/email_confirmed.html", signed_in=current_user() is not None)
    if not token:
        return render_page("account/invalid_email_link.html")
    return render_page("account/confirm_email.html", form=form, token=token)
