"""Check errors (the live service's "check_errors"): from a question page with a hard error, every answer
that causes each of the log's hard errors, with its question's label and current answer, a link to
change it and a way to clear it, or to clear them all at once (one update of the log)."""

from __future__ import annotations

from flask import redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.log_errors import ErrorAnswer, ErrorGroup
from frontend_service.forms.logs import ClearAnswersForm
from frontend_service.rendering import render_page
from frontend_service.views.lettings_logs import bp, load_log

CLEAR_ALL = "clear_all"
SEE_RELATED_ANSWERS = "check_errors"  # the question page's "See all related answers" button


def clearable_answers(groups: tuple[ErrorGroup, ...]) -> dict[str, ErrorAnswer]:
    return {a.field: a for group in groups for a in group.answers if a.clearable}


def _return_url(log_id: str, page_id: str, groups: tuple[ErrorGroup, ...]) -> str:
    """Back to the page the user came from once nothing is left to check, otherwise this page again."""
    if groups:
        return url_for(".check_errors", log_id=log_id, page_id=page_id or None)
    if page_id:
        return url_for(".show_question_page", log_id=log_id, page_id=page_id)
    return url_for(".show_log", log_id=log_id)


@bp.route("/<log_id>/check-errors", methods=["GET", "POST"])
@login_required
def check_errors(log_id: str) -> Response | str:
    token = access_token()
    logs = backends().logs
    log = load_log(log_id, token)
    page_id = request.args.get("page_id", "")
    groups = logs.get_log_errors(log_id, token=token)
    form = ClearAnswersForm()
    clearable = clearable_answers(groups)
    if form.validate_on_submit():
        wanted = list(clearable) if request.form.get("action") == CLEAR_ALL else request.form.getlist("field")
        fields = [name for name in wanted if name in clearable]
        if fields:
            try:
                logs.update_log(log_id, dict.fromkeys(fields), token=token)
            except InvalidArgument as exc:
                errors = [{"text": m, "href": "#check-errors"} for m in exc.field_errors.values() or [exc.message]]
                return _render(log, groups, form, page_id, errors)
        return redirect(_return_url(log_id, page_id, logs.get_log_errors(log_id, token=token)))
    return _render(log, groups, form, page_id)


def _render(
    log: object, groups: tuple[ErrorGroup, ...], form: ClearAnswersForm, page_id: str, errors: list | None = None
) -> str:
    return render_page(
        "logs/check_errors.html",
        log=log,
        groups=groups,
        form=form,
        page_id=page_id,
        any_clearable=bool(clearable_answers(groups)),
        error_list=errors or [],
    )


def show_related_answers(log_id: str, page_id: str, answers: dict[str, str]) -> str:
    """From a question page rejected for a hard error: the errors its unsaved answers give, with the
    stored answers they clash with."""
    token = access_token()
    log = load_log(log_id, token)
    groups = backends().logs.get_log_errors(log_id, token=token, page_id=page_id, answers=answers)
    return _render(log, groups, ClearAnswersForm(), page_id)


@bp.get("/<log_id>/check-errors/clear")
@login_required
def confirm_clear_answer(log_id: str) -> Response | str:
    """Are you sure? Then the answer is cleared through the check errors page."""
    token = access_token()
    log = load_log(log_id, token)
    page_id = request.args.get("page_id", "")
    answer = clearable_answers(backends().logs.get_log_errors(log_id, token=token)).get(request.args.get("field", ""))
    if answer is None:
        return redirect(url_for(".check_errors", log_id=log_id, page_id=page_id or None))
    return render_page(
        "logs/confirm_clear_answer.html", log=log, answer=answer, form=ClearAnswersForm(), page_id=page_id
    )
