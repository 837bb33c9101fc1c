"""Logs: the list, creating, deleting and a log's task list. One blueprint serves lettings and sales
logs: app.py registers it twice ("lettings_logs" at /lettings-logs, "sales_logs" at /sales-logs), and
views and templates link with relative endpoints (".show_log"), so each stays in its own area.
Question and check-answers pages are in question_pages."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from frontend_service.backends import backends
from frontend_service.browser_session import access_token, current_user, login_required
from frontend_service.clients.models import (
    LOG_TYPE_LETTINGS,
    LOG_TYPE_SALES,
    STATUS_COMPLETED,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    Log,
    LogQuery,
)
from frontend_service.forms.logs import CreateLogForm, DeleteLogForm
from frontend_service.pagination import Pagination, page_number
from frontend_service.rendering import render_page

PAGE_SIZE = 20
SEARCH_MAX_LENGTH = 100
LOG_TYPES = {"lettings_logs": LOG_TYPE_LETTINGS, "sales_logs": LOG_TYPE_SALES}
TITLES = {LOG_TYPE_LETTINGS: "Lettings logs", LOG_TYPE_SALES: "Sales logs"}
FILTER_STATUSES = (STATUS_NOT_STARTED, STATUS_IN_PROGRESS, STATUS_COMPLETED)
NEEDS_TYPES = {"1": "General needs", "2": "Supported housing"}
YES = "yes"
SORTS = {"-created_at": "Newest first", "created_at": "Oldest first", "-updated_at": "Recently updated"}

bp = Blueprint("lettings_logs", __name__, url_prefix="/lettings-logs")


def current_log_type() -> str:
    return LOG_TYPES[request.blueprint or "lettings_logs"]


@bp.context_processor
def log_type_context() -> dict[str, str]:
    log_type = current_log_type()
    return {"log_type": log_type, "logs_title": TITLES[log_type], "log_noun": f"{log_type} log"}


def collection_years(today: date | None = None) -> list[int]:
    """The start years a list may filter on: the current collection year and the one before."""
    today = today or date.today()
    current = today.year if today.month >= 4 else today.year - 1
    return [current, current - 1]


def _int(raw: str | None, allowed: list[int]) -> int:
    try:
        value = int(raw or "0")
    except ValueError:
        return 0
    return value if value in allowed else 0


def filters_from_request() -> dict[str, object]:
    """The list's filters as given in the URL (so a filtered list can be shared and paged), checked."""
    args = request.args
    return {
        "search": args.get("search", "").strip()[:SEARCH_MAX_LENGTH],
        "years": _int(args.get("years"), collection_years()),
        "status": [s for s in args.getlist("status") if s in FILTER_STATUSES],
        "assigned": "you" if args.get("assigned") == "you" else "all",
        "needstype": args.get("needstype") if args.get("needstype") in NEEDS_TYPES else "",
        "sort": args.get("sort") if args.get("sort") in SORTS else "",
        "duplicates": YES if args.get("duplicates") == YES else "",
        "unresolved": YES if args.get("unresolved") == YES else "",
        "bulk_upload_id": args.get("bulk_upload_id", "").strip()[:SEARCH_MAX_LENGTH],
    }


def _query(filters: dict[str, object], page: int) -> LogQuery:
    user = current_user()
    return LogQuery(
        page=page,
        page_size=PAGE_SIZE,
        search=str(filters["search"]),
        collection_year=int(str(filters["years"])),
        statuses=tuple(filters["status"]),  # type: ignore[arg-type]
        assigned_to_id=user.id if filters["assigned"] == "you" and user else "",
        needstype=int(str(filters["needstype"] or 0)),
        sort=str(filters["sort"]),
        duplicates_only=filters["duplicates"] == YES,
        unresolved_only=filters["unresolved"] == YES,
        bulk_upload_id=str(filters["bulk_upload_id"]),
        list_answers_only=True,
    )


def _url_query(filters: dict[str, object]) -> dict[str, str | list[str]]:
    """Filters for links (pagination): defaults left out, lists kept as repeated parameters."""
    query: dict[str, str | list[str]] = {}
    for name, value in filters.items():
        if isinstance(value, list):
            if value:
                query[name] = value
        elif value and not (name == "assigned" and value == "all"):
            query[name] = str(value)
    return query


@bp.get("")
@login_required
def list_logs() -> Response | str:
    page = page_number(request.args.get("page"))
    filters = filters_from_request()
    result = backends().logs.list_logs(current_log_type(), _query(filters, page), token=access_token())
    pagination = Pagination(page, PAGE_SIZE, result.total, url_for(".list_logs"), _url_query(filters))
    if page > pagination.page_count:
        return redirect(pagination.url_for_page(pagination.page_count))
    return render_page(
        "logs/list_logs.html",
        logs=result.logs,
        pagination=pagination,
        filters=filters,
        years=collection_years(),
        statuses=FILTER_STATUSES,
        needs_types=NEEDS_TYPES,
        sorts=SORTS,
        filtered=bool(_url_query(filters)),
        search=filters["search"],
        create_form=CreateLogForm(),
    )


@bp.post("")
@login_required
def create_log() -> Response:
    token = access_token()
    log = backends().logs.create_log(current_log_type(), {}, token=token)
    first_page = backends().logs.get_form_page(log.id, "", token=token)
    return redirect(url_for(".show_question_page", log_id=log.id, page_id=first_page.page_id))


def load_log(log_id: str, token: str) -> Log:
    """The log, if it is of this area's type: a sales log's id under /lettings-logs is not found."""
    log = backends().logs.get_log(log_id, token=token)
    if log.log_type != current_log_type():
        abort(404)
    return log


@bp.get("/<log_id>")
@login_required
def show_log(log_id: str) -> str:
    """The task list: each subsection with its status, linking where to carry on."""
    token = access_token()
    log = load_log(log_id, token)
    task_list = backends().logs.get_task_list(log_id, token=token)
    return render_page("logs/show_log.html", log=log, task_list=task_list)


@bp.get("/<log_id>/setup")
@login_required
def continue_setup(log_id: str) -> Response:
    """The first page of the set-up section the log still needs."""
    page = backends().logs.get_form_page(log_id, "", token=access_token())
    return redirect(url_for(".show_question_page", log_id=log_id, page_id=page.page_id))


@bp.route("/<log_id>/delete", methods=["GET", "POST"])
@login_required
def delete_log(log_id: str) -> Response | str:
    """Confirm, then delete: the log stays in the service, marked deleted, for exports."""
    token = access_token()
    log = load_log(log_id, token)
    form = DeleteLogForm()
    if not form.validate_on_submit():
        return render_page("logs/delete_log.html", log=log, form=form)
    backends().logs.delete_log(log_id, token=token)
    flash(f"Log {log_id} has been deleted.", "success")
    return redirect(url_for(".list_logs"))
