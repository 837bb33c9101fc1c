"""Users pages: coordinators manage their own organisation's users, support everyone's. Identity
decides who may see whom (another organisation's user is not found); these pages refuse data
providers outright."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Any

from flask import Blueprint, Response, abort, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_SUPPORT
from core_platform.errors import AlreadyExists, InvalidArgument, NotFound, PermissionDenied
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.models import ManagedUser, Organisation, UserDetails, UserQuery
from frontend_service.forms.users import ROLE_CHOICES, SUPPORT_ROLE, ConfirmForm, EditUserForm, InviteUserForm
from frontend_service.pagination import Pagination, page_number
from frontend_service.rendering import render_page

bp = Blueprint("users", __name__, url_prefix="/users")

PAGE_SIZE = 20
CSV_PAGE_SIZE = 100
ROLE_LABELS = {"data_provider": "Data provider", "data_coordinator": "Data coordinator", "support": "Support"}
STATUS_CHOICES = (("", "Any"), ("active", "Active"), ("deactivated", "Deactivated"))
CSV_COLUMNS = (
    "name",
    "email",
    "role",
    "organisation_code",
    "organisation_name",
    "is_dpo",
    "is_key_contact",
    "status",
    "last_sign_in_at",
)


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())


def user_status(user: ManagedUser) -> dict[str, str]:
    """govukTag params for a user's status."""
    if not user.active:
        return {"text": "Deactivated", "classes": "govuk-tag--grey"}
    if user.invitation_pending:
        return {"text": "Invitation sent", "classes": "govuk-tag--yellow"}
    if user.locked:
        return {"text": "Locked", "classes": "govuk-tag--red"}
    return {"text": "Active", "classes": "govuk-tag--green"}


@bp.app_context_processor
def users_helpers() -> dict[str, Any]:
    return {"role_label": role_label, "user_status": user_status}


def _require_manager() -> None:
    user = current_user()
    if user is None or user.role not in (ROLE_DATA_COORDINATOR, ROLE_SUPPORT):
        abort(403)


def _is_support() -> bool:
    user = current_user()
    return user is not None and user.role == ROLE_SUPPORT


def _query(page: int, page_size: int) -> UserQuery:
    role = request.args.get("role", "")
    status = request.args.get("status", "")
    return UserQuery(
        search=request.args.get("search", "").strip()[:100],
        role=role if role in ROLE_LABELS else "",
        status=status if status in ("active", "deactivated") else "",
        page=page,
        page_size=page_size,
    )


@bp.get("")
@login_required
def list_users() -> str:
    _require_manager()
    query = _query(page_number(request.args.get("page")), PAGE_SIZE)
    found = backends().identity.list_users(query, token=access_token())
    filters = {"search": query.search, "role": query.role, "status": query.status}
    pagination = Pagination(query.page, PAGE_SIZE, found.total, url_for("users.list_users"), filters)
    return render_page(
        "users/list_users.html",
        users=found.users,
        total=found.total,
        query=query,
        pagination=pagination,
        role_choices=[("", "Any"), *ROLE_CHOICES, *([SUPPORT_ROLE] if _is_support() else [])],
        status_choices=STATUS_CHOICES,
        csv_url=url_for("users.download_users", **{k: v for k, v in filters.items() if v}),
    )


@bp.get("/download")
@login_required
def download_users() -> Response:
    """Every user matching the list's search and filters, as CSV."""
    _require_manager()
    identity = backends().identity
    rows: list[ManagedUser] = []
    page = 1
    while True:
        found = identity.list_users(_query(page, CSV_PAGE_SIZE), token=access_token())
        rows.extend(found.users)
        if not found.users or len(rows) >= found.total:
            break
        page += 1
    return Response(
        _csv_text(rows, _organisations_by_id(rows)),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="users.csv"'},
    )


def _organisations_by_id(rows: list[ManagedUser]) -> dict[str, Organisation]:
    """The users' organisations: support's list spans many (one streamed call), a coordinator's is their own."""
    organisations = backends().organisations
    if _is_support():
        return {o.id: o for o in organisations.list_all_organisations(token=access_token())}
    ids = {user.organisation_id for user in rows}
    return {i: organisations.get_organisation(organisation_id=i, token=access_token()) for i in ids}


def _csv_text(rows: list[ManagedUser], organisations: dict[str, Organisation]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for user in rows:
        writer.writerow(
            [
                _safe_cell(user.name),
                _safe_cell(user.email),
                role_label(user.role),
                organisations[user.organisation_id].code if user.organisation_id in organisations else "",
                _safe_cell(organisations[user.organisation_id].name) if user.organisation_id in organisations else "",
                "Yes" if user.is_dpo else "No",
                "Yes" if user.is_key_contact else "No",
                user_status(user)["text"],
                user.last_sign_in_at.isoformat() if user.last_sign_in_at else "",
            ]
        )
    return buffer.getvalue()


def _safe_cell(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _role_choices() -> list[tuple[str, str]]:
    return [*ROLE_CHOICES, SUPPORT_ROLE] if _is_support() else list(ROLE_CHOICES)


def _details_from(form: InviteUserForm) -> UserDetails:
    flags = set(form.flags.data or [])
    return UserDetails(
        name=form.name.data,
        email=form.email.data,
        role=form.role.data,
        is_dpo="is_dpo" in flags,
        is_key_contact="is_key_contact" in flags,
        # Only support have the field; a coordinator's posted organisation_id is never read.
        organisation_id=form.organisation_id.data if "organisation_id" in form else None,
    )


def _prepare(form: InviteUserForm, current_organisation_id: str = "") -> None:
    """Role choices for the caller; the organisation picker for support only. Nobody is invited or moved into
    a deactivated organisation; a user already in one keeps it as a choice, so other edits still save."""
    form.role.choices = _role_choices()
    if _is_support():
        organisations = [
            o
            for o in backends().organisations.list_all_organisations(token=access_token())
            if o.active or o.id == current_organisation_id
        ]
        form.organisation_id.choices = [(o.id, o.name) for o in sorted(organisations, key=lambda o: o.name.lower())]
    else:
        del form.organisation_id


def _organisation_name(organisation_id: str) -> str:
    if not organisation_id:
        return ""
    try:
        return backends().organisations.get_organisation(token=access_token(), organisation_id=organisation_id).name
    except (NotFound, PermissionDenied):
        return organisation_id


def _place_errors(form: InviteUserForm, exc: InvalidArgument | AlreadyExists) -> None:
    if isinstance(exc, AlreadyExists):
        form.email.errors.append(exc.message)
        return
    for name, message in exc.field_errors.items():
        field = getattr(form, name, None) or form.name
        field.errors.append(message)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def invite_user() -> BaseResponse | str:
    _require_manager()
    caller = current_user()
    form = InviteUserForm(data={"organisation_id": caller.organisation_id if caller else ""})
    _prepare(form)
    if form.validate_on_submit():
        try:
            created = backends().identity.create_user(
                _details_from(form), request.remote_addr or "", token=access_token()
            )
        except (InvalidArgument, AlreadyExists) as exc:
            _place_errors(form, exc)
        else:
            return redirect(url_for("users.show_user", user_id=created.id, done="invited"))
    return render_page("users/invite_user.html", form=form)


@bp.get("/<user_id>")
@login_required
def show_user(user_id: str) -> str:
    _require_manager()
    user = backends().identity.get_user(user_id, token=access_token())
    return render_page(
        "users/show_user.html",
        user=user,
        organisation_name=_organisation_name(user.organisation_id),
        done=request.args.get("done", ""),
        is_support=_is_support(),
        form=None,
    )


@bp.route("/<user_id>/edit", methods=["GET", "POST"])
@login_required
def edit_user(user_id: str) -> BaseResponse | str:
    _require_manager()
    identity = backends().identity
    user = identity.get_user(user_id, token=access_token())
    flags = [name for name in ("is_dpo", "is_key_contact") if getattr(user, name)]
    form = EditUserForm(
        data={
            "name": user.name,
            "email": user.email,
            "role": user.role,
            "flags": flags,
            "organisation_id": user.organisation_id,
        }
    )
    _prepare(form, user.organisation_id)
    if form.validate_on_submit():
        details = _details_from(form)
        moving_to = details.organisation_id if details.organisation_id not in (None, user.organisation_id) else None
        if moving_to is None:
            details = replace(details, organisation_id=None)
        elif request.form.get("confirm_move") != moving_to:
            # Moving ends the user's sessions: ask first, carrying the whole edit through the confirmation.
            organisation = dict(form.organisation_id.choices or [])[moving_to]
            return render_page("users/confirm_move.html", form=form, user=user, organisation=organisation)
        try:
            identity.update_user(user.id, details, request.remote_addr or "", token=access_token())
        except (InvalidArgument, AlreadyExists) as exc:
            _place_errors(form, exc)
        else:
            return redirect(url_for("users.show_user", user_id=user.id, done="moved" if moving_to else "updated"))
    return render_page("users/edit_user.html", form=form, user=user)


@bp.route("/<user_id>/<any(deactivate, reactivate):action>", methods=["GET", "POST"])
@login_required
def change_status(user_id: str, action: str) -> BaseResponse | str:
    _require_manager()
    identity = backends().identity
    user = identity.get_user(user_id, token=access_token())
    form = ConfirmForm()
    if form.validate_on_submit():
        identity.set_user_active(user.id, action == "reactivate", request.remote_addr or "", token=access_token())
        return redirect(url_for("users.show_user", user_id=user.id, done=f"{action}d"))
    return render_page("users/confirm_status.html", form=form, user=user, action=action)


@bp.post("/<user_id>/resend-invitation")
@login_required
def resend_invitation(user_id: str) -> BaseResponse:
    _require_manager()
    if ConfirmForm().validate_on_submit():
        backends().identity.resend_invitation(user_id, request.remote_addr or "", token=access_token())
    return redirect(url_for("users.show_user", user_id=user_id, done="resent"))


@bp.get("/<user_id>/history")
@login_required
def show_history(user_id: str) -> str:
    if not _is_support():
        abort(403)
    identity = backends().identity
    user = identity.get_user(user_id, token=access_token())
    events = identity.list_audit_events(user_id, token=access_token())
    return render_page("users/show_history.html", user=user, events=events)
