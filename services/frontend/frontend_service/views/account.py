"""Signing in and out, and resetting a forgotten password."""

from __future__ import annotations

from flask import Blueprint, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied, Unauthenticated
from frontend_service.backends import backends
from frontend_service.browser_session import current_user, end_session, start_session
from frontend_service.forms.account import EditPasswordForm, RequestPasswordResetForm, SignInForm
from frontend_service.rendering import render_page
from frontend_service.views.two_factor import start_second_factor

INCORRECT_CREDENTIALS = "Incorrect email or password"

bp = Blueprint("account", __name__, url_prefix="/account")


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Response | str:
    if current_user() is not None:
        return redirect(url_for("pages.show_home"))
    form = SignInForm()
    if form.validate_on_submit():
        try:
            signed_in = backends().identity.authenticate(
                form.email.data or "", form.password.data or "", request.remote_addr or ""
            )
        except Unauthenticated as exc:
            # Identity's message is safe to show: the generic one, or that the account is locked.
            form.email.errors.append(exc.message or INCORRECT_CREDENTIALS)
        except (PermissionDenied, FailedPrecondition) as exc:
            # A locked or deactivated account: identity's message says what to do.
            form.email.errors.append(exc.message or INCORRECT_CREDENTIALS)
        else:
            if signed_in.second_factor_required:
                return start_second_factor(signed_in)
            start_session(signed_in)
            return redirect(url_for("pages.show_home"))
    return render_page("account/sign_in.html", form=form)


@bp.post("/sign-out")
def sign_out() -> Response:
    end_session()
    return redirect(url_for("pages.show_start"))


@bp.route("/password/reset", methods=["GET", "POST"])
def reset_password() -> Response | str:
    form = RequestPasswordResetForm()
    if form.validate_on_submit():
        try:
            # Same answer whether or not the address has an account, so it cannot be used to find users.
            backends().identity.request_password_reset(form.email.data or "")
        except InvalidArgument as exc:
            form.email.errors.append(exc.field_errors.get("email") or exc.message)
        else:
            return render_page("account/check_email.html", email=form.email.data)
    return render_page("account/reset_password.html", form=form)


@bp.route("/password/edit", methods=["GET", "POST"])
def edit_password() -> Response | str:
    token = request.args.get("token", "")
    if not token:
        return render_page("account/invalid_reset_link.html")
    form = EditPasswordForm()
    if form.validate_on_submit():
        try:
            backends().identity.reset_password(token, form.password.data or "")
        except InvalidArgument as exc:
            if "token" in exc.field_errors:
                return render_page("account/invalid_reset_link.html", message=exc.field_errors["token"])
            form.password.errors.append(exc.field_errors.get("password") or exc.message)
        except (Unauthenticated, NotFound):
            return render_page("account/invalid_reset_link.html")
        else:
            return render_page("account/password_changed.html")
    return render_page("account/edit_password.html", form=form, token=token)
