"""What the lettings and sales log endpoints share: query and body reading, and the operations on a log
of one type (a log of the other type is not found at this type's URL)."""

from __future__ import annotations

import re
from typing import Any

from flask import Response, jsonify, request, url_for

from core_platform.errors import NotFound
from frontend_service.api.auth import api_token
from frontend_service.api.serializers import log_json, log_with_errors_json
from frontend_service.backends import backends
from frontend_service.clients.models import Log, LogQuery
from frontend_service.errors import api_error

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
ORGANISATION_FIELDS = ("owning_organisation_id", "managing_organisation_id")
NOT_FOUND = "Log not found"


def int_arg(name: str, default: int, low: int, high: int) -> int | None:
    raw = request.args.get(name, "")
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if low <= value <= high else None


def answers_from_body(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, dict) or not isinstance(body.get("answers"), dict):
        return None
    answers = dict(body["answers"])
    for name in ORGANISATION_FIELDS:  # also accepted beside "answers", as the log JSON shows them
        if body.get(name) and name not in answers:
            answers[name] = body[name]
    return answers


BAD_VERSION = 'The log version must be a whole number, sent as "If-Match: 3" or as "version": 3 in the body'


def expected_version(body: Any) -> int | None | str:
    """The version a change was based on, from If-Match or the body's "version"; None when not given;
    the message to send back (400) when it is not a version."""
    raw: Any = request.headers.get("If-Match", "").strip().removeprefix("W/").strip('"')
    if not raw and isinstance(body, dict):
        raw = body.get("version")
    if raw in (None, ""):
        return None
    if isinstance(raw, bool) or not str(raw).isdigit():
        return BAD_VERSION
    return int(raw)


LIST_STATUSES = ("not_started", "in_progress", "completed")
SORT_FIELDS = ("created_at", "updated_at", "startdate", "tenancycode")
ORGANISATION_CODE = re.compile(r"^ORG\d+$", re.IGNORECASE)
MAX_CURSOR_LENGTH = 1000


def _list_query(field_errors: dict[str, str]) -> LogQuery:
    """The list's query parameters; problems are added to `field_errors` (then the query is not used)."""
    page = int_arg("page", 1, 1, 1_000_000)
    page_size = int_arg("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    if page is None:
        field_errors["page"] = "page must be a whole number, 1 or more"
    if page_size is None:
        field_errors["page_size"] = f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}"
    year = int_arg("collection_year", 0, 2000, 2100)
    if year is None:
        field_errors["collection_year"] = "collection_year must be a year such as 2025 (for 2025 to 2026)"
    needstype = int_arg("needstype", 0, 1, 2)
    if needstype is None:
        field_errors["needstype"] = "needstype must be 1 (general needs) or 2 (supported housing)"
    statuses = tuple(
        dict.fromkeys(s.strip() for raw in request.args.getlist("status") for s in raw.split(",") if s.strip())
    )
    if any(status not in LIST_STATUSES for status in statuses):
        field_errors["status"] = f"status must be one or more of {', '.join(LIST_STATUSES)}"
    organisations = {}
    for name in ("owning_organisation", "managing_organisation"):
        code = request.args.get(name, "").strip().upper()
        if code and not ORGANISATION_CODE.match(code):
            field_errors[name] = f"{name} must be an organisation code such as ORG1"
        organisations[name] = code
    sort = request.args.get("sort", "").strip()
    if sort and sort.removeprefix("-") not in SORT_FIELDS:
        field_errors["sort"] = f"sort must be one of {', '.join(SORT_FIELDS)}, with a leading - for descending"
    cursor = request.args.get("cursor", "").strip()
    if len(cursor) > MAX_CURSOR_LENGTH:
        field_errors["cursor"] = "cursor must be a next_cursor returned by this list"
    return LogQuery(
        page=page or 1,
        page_size=page_size or DEFAULT_PAGE_SIZE,
        search=request.args.get("search", "").strip(),
        collection_year=year or 0,
        statuses=statuses,
        assigned_to_id=request.args.get("assigned_to", "").strip(),
        owning_organisation_id=organisations["owning_organisation"],
        managing_organisation_id=organisations["managing_organisation"],
        needstype=needstype or 0,
        sort=sort,
        cursor=cursor,
    )


def list_logs_response(log_type: str) -> Response:
    """Filters: collection_year, status (repeated or comma-separated), owning_organisation and
    managing_organisation ("ORG<n>" codes), needstype, assigned_to (a user id), search; sort; paged by
    page or by cursor (the next_cursor of the previous response; page is then ignored)."""
    field_errors: dict[str, str] = {}
    query = _list_query(field_errors)
    if field_errors:
        return api_error(422, "Invalid query parameters", field_errors=field_errors)
    result = backends().logs.list_logs(log_type, query, token=api_token())
    return jsonify(
        {
            "logs": [log_json(log) for log in result.logs],
            "total": result.total,
            "page": query.page,
            "page_size": query.page_size,
            "next_cursor": result.next_cursor,
        }
    )


def create_log_response(log_type: str, endpoint: str, example: str) -> Response:
    answers = answers_from_body(request.get_json(silent=True))
    if answers is None:
        return api_error(400, f'Send a JSON object like {{"answers": {example}}}')
    log = backends().logs.create_log(log_type, answers, token=api_token(), lenient=True)
    response = jsonify(log_with_errors_json(log))
    response.status_code = 201
    response.headers["Location"] = url_for(endpoint, log_id=log.id)
    return response


def log_of_type(log_type: str, log_id: str) -> Log:
    log = backends().logs.get_log(log_id, token=api_token())
    if log.log_type != log_type:
        raise NotFound(NOT_FOUND)
    return log


def update_log_response(log_type: str, log_id: str, example: str) -> Response:
    """Merge the answers given into the log's; null clears one. Invalid answers are not stored and
    come back in "errors"; unknown field names reject the whole request."""
    body = request.get_json(silent=True)
    answers = answers_from_body(body)
    if answers is None:
        return api_error(400, f'Send a JSON object like {{"answers": {example}}}')
    version = expected_version(body)
    if isinstance(version, str):
        return api_error(400, version)
    log_of_type(log_type, log_id)
    log = backends().logs.update_log(log_id, answers, token=api_token(), lenient=True, expected_version=version)
    return jsonify(log_with_errors_json(log))


def delete_log_response(log_type: str, log_id: str) -> Response:
    log_of_type(log_type, log_id)
    backends().logs.delete_log(log_id, token=api_token())
    return Response(status=204)
