"""A log's question pages and each subsection's check-answers page, rendered from whatever the logs
service describes. Back links follow the routing (each page's previous page); a page opened from
check answers ("?referrer=check_answers") returns there once nothing new is needed."""

from __future__ import annotations

from dataclasses import replace

from flask import redirect, request, url_for
from werkzeug.wrappers import Response

from core_platform.errors import FailedPrecondition, InvalidArgument
from frontend_service.address_search import AddressSearch, requested_search, unanswered
from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.logs_lifecycle import is_edit_conflict
from frontend_service.clients.models import FormPage
from frontend_service.edit_conflicts import conflict_error_list, conflict_field_errors
from frontend_service.forms.logs import QuestionPageForm
from frontend_service.questions import answers_from_form, error_list_for, needs_answers, question_views
from frontend_service.rendering import render_page
from frontend_service.views.check_errors import SEE_RELATED_ANSWERS, show_related_answers
from frontend_service.views.lettings_logs import bp, load_log

CHECK_ANSWERS = "check_answers"


def _referrer() -> str:
    return CHECK_ANSWERS if request.args.get("referrer") == CHECK_ANSWERS else ""


def _check_answers_url(log_id: str, subsection_id: str) -> str:
    return url_for(".show_check_answers", log_id=log_id, subsection_id=subsection_id or "setup")


def back_link(log_id: str, page: FormPage) -> str:
    if _referrer():
        return _check_answers_url(log_id, page.subsection_id)
    if page.previous_page_id:
        return url_for(".show_question_page", log_id=log_id, page_id=page.previous_page_id)
    return url_for(".show_log", log_id=log_id)


@bp.route("/<log_id>/<page_id:page_id>", methods=["GET", "POST"])
@login_required
def show_question_page(log_id: str, page_id: str) -> Response | str:
    token = access_token()
    logs = backends().logs
    page = logs.get_form_page(log_id, page_id, token=token)
    form = QuestionPageForm()
    if not form.validate_on_submit():
        return _render_question_page(log_id, page, form)
    # The version the page was rendered from: the logs service refuses the save if one of the page's
    # answers changed since (someone else's edit), instead of silently overwriting it.
    version = _submitted_version()
    query = requested_search(page, request.form)
    if query is not None:
        found = tuple(logs.search_addresses(query, token=token)) if query else ()
        return _render_question_page(log_id, page, form, version=version, search=AddressSearch(query, found))
    missing = unanswered(page, request.form)
    if missing:
        return _render_question_page(log_id, page, form, InvalidArgument("", missing), version)
    answers = answers_from_form(page, request.form)
    if request.form.get(SEE_RELATED_ANSWERS):  # the page's answers, unsaved, with every answer they clash with
        return show_related_answers(log_id, page.page_id, answers)
    try:
        saved = logs.save_form_page(log_id, page.page_id, answers, token=token, expected_version=version)
    except InvalidArgument as exc:
        return _render_question_page(log_id, page, form, exc, version)
    except FailedPrecondition as exc:
        if not is_edit_conflict(exc):
            raise
        return _render_edit_conflict(log_id, page, form)
    return redirect(_after_saving(log_id, page, saved.next_page_id))


def _submitted_version() -> int | None:
    raw = request.form.get("log_version", "")
    return int(raw) if raw.isdigit() else None


def _render_edit_conflict(log_id: str, page: FormPage, form: QuestionPageForm) -> str:
    """The typed answers again, with the answers someone else saved; the page now carries the current
    version, so saving again replaces theirs on purpose."""
    field_errors = conflict_field_errors(page, request.form)
    return render_page(
        "logs/question_page.html",
        form=form,
        error_list=conflict_error_list(page, field_errors),
        page=page,
        questions=question_views(page, request.form, field_errors),
        log_id=log_id,
        log_version=page.log_version,
        back_href=back_link(log_id, page),
        referrer=_referrer() or None,
    )


def _after_saving(log_id: str, page: FormPage, next_page_id: str) -> str:
    """The next page the routing shows, or the subsection's check answers at its end. From check
    answers, straight back there unless the change routed to a page still needing answers."""
    if not next_page_id:
        return _check_answers_url(log_id, page.subsection_id)
    referrer = _referrer()
    if referrer:
        following = backends().logs.get_form_page(log_id, next_page_id, token=access_token())
        if not needs_answers(following):
            return _check_answers_url(log_id, page.subsection_id)
    return url_for(".show_question_page", log_id=log_id, page_id=next_page_id, referrer=referrer or None)


def _render_question_page(
    log_id: str,
    page: FormPage,
    form: QuestionPageForm,
    error: InvalidArgument | None = None,
    version: int | None = None,
    search: AddressSearch | None = None,
) -> str:
    if error is None:
        views = question_views(page)
        error_list: list[dict[str, str]] = []
    else:
        views = question_views(page, request.form, error.field_errors)
        error_list = error_list_for(page, error.field_errors, error.message)
    if search is not None:
        views = [replace(view, search=search) if view.question.type == "address_search" else view for view in views]
    return render_page(
        "logs/question_page.html",
        form=form,
        error_list=error_list,
        page=page,
        questions=views,
        log_id=log_id,
        log_version=page.log_version if version is None else version,
        back_href=back_link(log_id, page),
        referrer=_referrer() or None,
    )


@bp.get("/<log_id>/<page_id:subsection_id>/check-answers")
@login_required
def show_check_answers(log_id: str, subsection_id: str) -> str:
    """Every question the log was routed through in the subsection, with a link to change each answer."""
    token = access_token()
    log = load_log(log_id, token)
    check = backends().logs.get_check_answers(log_id, subsection_id, token=token)
    return render_page("logs/check_answers.html", log=log, log_id=log_id, check=check)
