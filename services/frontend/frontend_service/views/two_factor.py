"""The second step of signing in for support users: the 6-digit security code sent by email, or the
code of their authenticator app if they registered one.

Between the password and the code the cookie holds only identity's id for the waiting session
(`pending_session_id`); nobody is signed in until identity accepts the code."""

from __future__ import annotations

from flask import Blueprint, redirect, request, session, url_for
from werkzeug.wrappers import Response

from core_platform.errors import FailedPrecondition, InvalidArgument, Unauthenticated
from frontend_service.backends import backends
from frontend_service.browser_session import current_user, now, start_session
from frontend_service.clients.models import SignedInSession
from frontend_service.forms.users import AuthenticatorCodeForm, ResendCodeForm, SecurityCodeForm
from frontend_service.rendering import render_page

bp = Blueprint("two_factor", __name__, url_prefix="/account/two-factor")

PENDING_KEY = "pending_session_id"
METHOD_KEY = "pending_method"
METHOD_APP = "authenticator_app"


def start_second_factor(signed_in: SignedInSession) -> Response:
    """After the right password, for a user who also needs a code."""
    session.clear()
    session.permanent = True
    session[PENDING_KEY] = signed_in.session_id
    session[METHOD_KEY] = signed_in.second_factor_method
    session["pending_since"] = now()
    return redirect(url_for("two_factor.enter_code"))


def _pending_session_id() -> str:
    return str(session.get(PENDING_KEY) or "")


@bp.route("", methods=["GET", "POST"])
def enter_code() -> Response | str:
    if current_user() is not None:
        return redirect(url_for("pages.show_home"))
    pending = _pending_session_id()
    if not pending:
        return redirect(url_for("account.sign_in"))
    uses_app = session.get(METHOD_KEY) == METHOD_APP
    form = AuthenticatorCodeForm() if uses_app else SecurityCodeForm()
    if form.validate_on_submit():
        try:
            signed_in = backends().identity.verify_second_factor(
                pending, (form.code.data or "").strip(), request.remote_addr or ""
            )
        except InvalidArgument as exc:
            form.code.errors.append(exc.field_errors.get("code") or exc.message)
        except Unauthenticated as exc:
            session.clear()
            return render_page("account/signed_out.html", message=exc.message)
        else:
            start_session(signed_in)
            return redirect(url_for("pages.show_home"))
    resent = bool(request.args.get("resent"))
    return render_page("account/enter_code.html", form=form, resent=resent, uses_app=uses_app)


@bp.route("/resend", methods=["GET", "POST"])
def resend_code() -> Response | str:
    pending = _pending_session_id()
    if not pending:
        return redirect(url_for("account.sign_in"))
    if session.get(METHOD_KEY) == METHOD_APP:
        return redirect(url_for("two_factor.enter_code"))
    form = ResendCodeForm()
    if form.validate_on_submit():
        try:
            backends().identity.resend_second_factor_code(pending)
        except FailedPrecondition:
            return redirect(url_for("two_factor.enter_code"))
        except Unauthenticated as exc:
            session.clear()
            return render_page("account/signed_out.html", message=exc.message)
        return redirect(url_for("two_factor.enter_code", resent="1"))
    return render_page("account/resend_code.html", form=form)
