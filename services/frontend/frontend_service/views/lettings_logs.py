"""Lettings logs: the list, creating a log and a log's overview. Question pages are in question_pages."""

from __future__ import annotations

from flask import Blueprint, redirect, request, url_for
from werkzeug.wrappers import Response

from frontend_service.backends import backends
from frontend_service.browser_session import access_token, login_required
from frontend_service.clients.models import LOG_TYPE_LETTINGS, FormPage
from frontend_service.forms.logs import CreateLogForm
from frontend_service.pagination import Pagination, page_number
from frontend_service.rendering import render_page

PAGE_SIZE = 20
MAX_SECTION_PAGES = 60  # a guard against a routing loop while walking a section's pages
SEARCH_MAX_LENGTH = 100

bp = Blueprint("lettings_logs", __name__, url_prefix="/lettings-logs")


@bp.get("")
@login_required
def list_logs() -> Response | str:
    page = page_number(request.args.get("page"))
    search = request.args.get("search", "").strip()[:SEARCH_MAX_LENGTH]
    result = backends().logs.list_logs(LOG_TYPE_LETTINGS, page, PAGE_SIZE, search, token=access_token())
    pagination = Pagination(page, PAGE_SIZE, result.total, url_for("lettings_logs.list_logs"), {"search": search})
    if page > pagination.page_count:
        return redirect(pagination.url_for_page(pagination.page_count))
    return render_page(
        "lettings_logs/list_logs.html",
        logs=result.logs,
        pagination=pagination,
        search=search,
        create_form=CreateLogForm(),
    )


@bp.post("")
@login_required
def create_log() -> Response:
    token = access_token()
    log = backends().logs.create_log(LOG_TYPE_LETTINGS, {}, token=token)
    first_page = backends().logs.get_form_page(log.id, "", token=token)
    return redirect(url_for("lettings_logs.show_question_page", log_id=log.id, page_id=first_page.page_id))


@bp.get("/<log_id>")
@login_required
def show_log(log_id: str) -> str:
    token = access_token()
    log = backends().logs.get_log(log_id, token=token)
    pages = section_pages(log_id, "", token)
    return render_page("lettings_logs/show_log.html", log=log, pages=pages)


@bp.get("/<log_id>/setup")
@login_required
def continue_setup(log_id: str) -> Response:
    """The first page of the set-up section the log still needs."""
    page = backends().logs.get_form_page(log_id, "", token=access_token())
    return redirect(url_for("lettings_logs.show_question_page", log_id=log_id, page_id=page.page_id))


def section_pages(log_id: str, last_page_id: str, token: str) -> list[FormPage]:
    """The pages the log has been routed through, up to last_page_id ("": the page it needs next),
    following each page's previous_page_id back to the first."""
    logs = backends().logs
    pages = [logs.get_form_page(log_id, last_page_id, token=token)]
    seen = {pages[0].page_id}
    while pages[0].previous_page_id and len(pages) < MAX_SECTION_PAGES:
        previous = pages[0].previous_page_id
        if previous in seen:
            break
        seen.add(previous)
        pages.insert(0, logs.get_form_page(log_id, previous, token=token))
    return pages
