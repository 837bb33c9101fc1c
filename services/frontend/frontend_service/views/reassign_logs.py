"""Reassigning logs (coordinators and support): one log's stock owner, managing agent and assigned
user; or many logs, ticked on the list, to one user after a confirmation. The choices are the logs
service's (the form's own); a provider gets 403 here and PERMISSION_DENIED from the service."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_SUPPORT
from core_platform.errors import FailedPrecondition, InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.logs_lifecycle import EDIT_CONFLICT_PREFIX, ReassignOptions, is_edit_conflict
from frontend_service.clients.models import AnswerOption, Log
from frontend_service.forms.logs import BulkReassignForm, ReassignLogForm
from frontend_service.rendering import render_page
from frontend_service.views.lettings_logs import bp, load_log

REASSIGN_ROLES = (ROLE_DATA_COORDINATOR, ROLE_SUPPORT)
SELECT_LOGS = "Select at least one log to reassign"
CONFLICT = f"{EDIT_CONFLICT_PREFIX}. Check the current values below and save again."
FIELDS = ("owning_organisation_id", "managing_organisation_id", "assigned_to_id")


def may_reassign() -> bool:
    user = current_user()
    return user is not None and user.role in REASSIGN_ROLES


def _require_may_reassign() -> None:
    if not may_reassign():
        abort(403)


def _choices(options: tuple[AnswerOption, ...]) -> list[tuple[str, str]]:
    return [("", "Select an option")] + [(o.value, f"{o.label} ({o.hint})" if o.hint else o.label) for o in options]


def _reassign_form(log: Log, options: ReassignOptions) -> ReassignLogForm:
    form = ReassignLogForm(
        data={
            "owning_organisation_id": log.owning_organisation_id,
            "managing_organisation_id": log.managing_organisation_id,
            "assigned_to_id": log.assigned_to_id,
            "version": str(log.version),
        }
    )
    form.owning_organisation_id.choices = _choices(options.owning_organisations)
    form.managing_organisation_id.choices = _choices(options.managing_organisations)
    form.assigned_to_id.choices = _choices(options.users)
    return form


def _version(raw: str | None) -> int | None:
    return int(raw) if raw and raw.isdigit() else None


@bp.route("/<log_id>/reassign", methods=["GET", "POST"])
@login_required
def reassign_log(log_id: str) -> Response | str:
    """The managing agents and users listed are those of the stock owner chosen (on a first post
    that changed the owner, the page comes back with the new owner's lists)."""
    _require_may_reassign()
    token = access_token()
    log = load_log(log_id, token)
    owner = request.form.get("owning_organisation_id") or log.owning_organisation_id
    options = backends().logs.get_reassign_options([log_id], token=token, owning_organisation_id=owner)
    form = _reassign_form(log, options)
    if not form.validate_on_submit():
        return render_page("logs/reassign_log.html", log=log, form=form)
    values = {name: getattr(form, name).data for name in FIELDS}
    try:
        backends().logs.reassign_log(log_id, values, token=token, expected_version=_version(form.version.data))
    except InvalidArgument as exc:
        for name, message in exc.field_errors.items():
            if name in FIELDS:
                getattr(form, name).errors = [message]
        return render_page("logs/reassign_log.html", log=log, form=form)
    except FailedPrecondition as exc:
        if not is_edit_conflict(exc):
            raise
        current = load_log(log_id, token)
        form.version.data = str(current.version)
        form.assigned_to_id.errors = [CONFLICT]
        return render_page("logs/reassign_log.html", log=current, form=form)
    flash("The log has been reassigned.", "success")
    return redirect(url_for(".show_log", log_id=log_id))


@bp.post("/bulk-reassign")
@login_required
def bulk_reassign() -> Response | str:
    """Three steps on one address: the ticked logs arrive from the list, a user is chosen, then confirmed."""
    _require_may_reassign()
    form = BulkReassignForm()
    log_ids = [log_id for log_id in (form.log_ids.data or []) if log_id]
    if not log_ids:
        flash(SELECT_LOGS, "error")
        return redirect(url_for(".list_logs"))
    token = access_token()
    options = backends().logs.get_reassign_options(log_ids, token=token)
    form.assigned_to_id.choices = _choices(options.users)
    step = form.step.data
    if step not in ("choose", "confirm") or not form.validate_on_submit():  # from the list: nothing to check yet
        return render_page("logs/bulk_reassign.html", form=form, log_ids=log_ids)
    user_label = dict(form.assigned_to_id.choices).get(form.assigned_to_id.data, "")
    if step == "choose":
        return render_page("logs/bulk_reassign_confirm.html", form=form, log_ids=log_ids, user_label=user_label)
    count = backends().logs.bulk_reassign_logs(log_ids, form.assigned_to_id.data, token=token)
    flash(f"{count} {'log' if count == 1 else 'logs'} reassigned to {user_label}.", "success")
    return redirect(url_for(".list_logs"))
