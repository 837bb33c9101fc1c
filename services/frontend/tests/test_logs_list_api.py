"""GET /api/v1/lettings-logs and /api/v1/sales-logs: filters, sort and cursor pagination."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from flask import Flask
from frontend_fakes import FakeBackends
from test_api import bearer, body, get_token

from frontend_service.clients.models import LogPage, LogQuery


@pytest.mark.parametrize("path", ["/api/v1/lettings-logs", "/api/v1/sales-logs"])
def test_list_filters_are_passed_to_the_logs_service(app: Flask, backends: FakeBackends, path: str) -> None:
    api = app.test_client()
    token = get_token(api)

    response = api.get(
        f"{path}?collection_year=2025&status=in_progress,completed&status=not_started&owning_organisation=org1"
        "&managing_organisation=ORG2&needstype=2&assigned_to=user-1&search=T-1&sort=-updated_at&page_size=10",
        headers=bearer(token),
    )

    assert response.status_code == 200
    assert body(response)["next_cursor"] == ""
    assert backends.logs.queries[-1] == LogQuery(
        page=1,
        page_size=10,
        search="T-1",
        collection_year=2025,
        statuses=("in_progress", "completed", "not_started"),
        assigned_to_id="user-1",
        owning_organisation_id="ORG1",
        managing_organisation_id="ORG2",
        needstype=2,
        sort="-updated_at",
    )


def test_status_filter_narrows_the_list(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    backends.logs.add_log(tenancycode="A")
    done = backends.logs.add_log(tenancycode="B")
    backends.logs.logs[done.id] = replace(done, status="completed")

    listed = body(api.get("/api/v1/lettings-logs?status=completed", headers=bearer(token)))

    assert [log["id"] for log in listed["logs"]] == [done.id] and listed["total"] == 1


def test_the_cursor_is_passed_on_and_the_next_one_returned(
    app: Flask, backends: FakeBackends, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = app.test_client()
    token = get_token(api)
    seen: list[LogQuery] = []

    def list_logs(log_type: str, query: LogQuery, *, token: str) -> LogPage:
        seen.append(query)
        return LogPage([], 7, next_cursor="" if query.cursor else "c-2")

    monkeypatch.setattr(backends.logs, "list_logs", list_logs)

    first = body(api.get("/api/v1/lettings-logs?page_size=5", headers=bearer(token)))
    second = body(api.get(f"/api/v1/lettings-logs?cursor={first['next_cursor']}", headers=bearer(token)))

    assert (first["next_cursor"], second["next_cursor"]) == ("c-2", "")
    assert [q.cursor for q in seen] == ["", "c-2"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("collection_year=twenty", "collection_year"),
        ("status=archived", "status"),
        ("owning_organisation=Alpha", "owning_organisation"),
        ("managing_organisation=12", "managing_organisation"),
        ("needstype=3", "needstype"),
        ("sort=-password", "sort"),
        ("page_size=101", "page_size"),
        ("cursor=" + "x" * 1001, "cursor"),
    ],
)
def test_bad_list_parameters_are_422_with_the_field(app: Flask, query: str, field: str) -> None:
    api = app.test_client()
    response = api.get(f"/api/v1/sales-logs?{query}", headers=bearer(get_token(api)))

    assert response.status_code == 422
    errors: dict[str, Any] = body(response)["field_errors"]
    assert list(errors) == [field]


def test_openapi_documents_the_list_filters(app: Flask) -> None:
    spec = body(app.test_client().get("/api/v1/openapi.json"))
    for path in ("/api/v1/lettings-logs", "/api/v1/sales-logs"):
        names = {p["name"] for p in spec["paths"][path]["get"]["parameters"]}
        assert {"collection_year", "status", "owning_organisation", "needstype", "sort", "cursor"} <= names
    assert "next_cursor" in spec["components"]["schemas"]["LogList"]["properties"]
