"""A log's question pages and the set-up check-answers page, rendered from whatever FormPage the logs
service describes."""

from __future__ import annotations

from flask import redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import InvalidArgument
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.models import FormPage
from frontend_service.forms.logs import QuestionPageForm
from frontend_service.questions import answers_from_form, error_list_for, question_views
from frontend_service.rendering import render_page
from frontend_service.views.lettings_logs import bp, section_pages


def back_link(log_id: str, page: FormPage) -> str:
    if page.previous_page_id:
        return url_for("lettings_logs.show_question_page", log_id=log_id, page_id=page.previous_page_id)
    return url_for("lettings_logs.show_log", log_id=log_id)


@bp.route("/<log_id>/<page_id:page_id>", methods=["GET", "POST"])
@login_required
def show_question_page(log_id: str, page_id: str) -> Response | str:
    token = access_token()
    logs = backends().logs
    page = logs.get_form_page(log_id, page_id, token=token)
    form = QuestionPageForm()
    if not form.validate_on_submit():
        return _render_question_page(log_id, page, form)
    try:
        saved = logs.save_form_page(log_id, page.page_id, answers_from_form(page, request.form), token=token)
    except InvalidArgument as exc:
        return _render_question_page(log_id, page, form, exc)
    if not saved.next_page_id:
        return redirect(url_for("lettings_logs.show_check_answers", log_id=log_id, last_page=page.page_id))
    return redirect(url_for("lettings_logs.show_question_page", log_id=log_id, page_id=saved.next_page_id))


def _render_question_page(
    log_id: str, page: FormPage, form: QuestionPageForm, error: InvalidArgument | None = None
) -> str:
    if error is None:
        views = question_views(page)
        error_list: list[dict[str, str]] = []
    else:
        views = question_views(page, request.form, error.field_errors)
        error_list = error_list_for(page, error.field_errors, error.message)
    return render_page(
        "lettings_logs/question_page.html",
        form=form,
        error_list=error_list,
        page=page,
        questions=views,
        log_id=log_id,
        back_href=back_link(log_id, page),
    )


@bp.get("/<log_id>/setup/check-answers")
@login_required
def show_check_answers(log_id: str) -> str:
    """Every question the log was routed through, with a link to change each answer."""
    last_page = request.args.get("last_page", "")
    pages = section_pages(log_id, last_page, access_token())
    return render_page("lettings_logs/check_answers.html", log_id=log_id, pages=pages)
