"""Reviewing a log's duplicates: the set side by side with the answers that make them duplicates, then
keep this log and delete the others, or say it is not a duplicate (it is not flagged again until one
of those answers changes). Routes on the shared logs blueprint, so lettings and sales both have them."""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.forms.logs import ResolveDuplicatesForm
from frontend_service.rendering import render_page
from frontend_service.views.lettings_logs import bp, current_log_type

KEEP, NOT_A_DUPLICATE = "keep", "not_a_duplicate"


@bp.route("/<log_id>/duplicate-logs", methods=["GET", "POST"])
@login_required
def review_duplicate_logs(log_id: str) -> Response | str:
    token = access_token()
    entries = backends().logs.get_duplicate_logs(log_id, token=token)
    if entries[0].log.log_type != current_log_type():
        abort(404)
    form = ResolveDuplicatesForm()
    if form.validate_on_submit():
        resolution = KEEP if KEEP in request.form else NOT_A_DUPLICATE
        deleted = backends().logs.resolve_duplicates(log_id, resolution, token=token)
        flash(_confirmation(log_id, resolution, len(deleted)), "success")
        return redirect(url_for(".show_log", log_id=log_id))
    return render_page("logs/duplicate_logs.html", log_id=log_id, entries=entries, form=form)


def _confirmation(log_id: str, resolution: str, deleted: int) -> str:
    if resolution == NOT_A_DUPLICATE:
        return f"Log {log_id} is no longer flagged as a duplicate."
    noun = "log" if deleted == 1 else "logs"
    return f"Log {log_id} is kept and {deleted} duplicate {noun} deleted."
