"""/api/v1/sales-logs: the same request and response shapes as /api/v1/lettings-logs, for sales logs."""

from __future__ import annotations

from flask import Flask
from frontend_fakes import FakeBackends
from test_api import bearer, body, get_token


def test_create_get_update_list_and_delete_a_sales_log(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    created = api.post(
        "/api/v1/sales-logs", json={"answers": {"saledate": "2025-06-02", "purchid": "P-1"}}, headers=bearer(token)
    )
    assert created.status_code == 201
    log = body(created)
    assert log["errors"] == [] and log["answers"]["purchid"] == "P-1" and log["owning_organisation_id"] == "ORG1"
    assert created.headers["Location"] == f"/api/v1/sales-logs/{log['id']}"
    assert backends.logs.logs[log["id"]].log_type == "sales"

    fetched = api.get(f"/api/v1/sales-logs/{log['id']}", headers=bearer(token))
    assert fetched.status_code == 200 and body(fetched)["answers"] == log["answers"]
    changed = api.patch(f"/api/v1/sales-logs/{log['id']}", json={"answers": {"purchid": "P-2"}}, headers=bearer(token))
    assert changed.status_code == 200 and body(changed)["answers"]["purchid"] == "P-2"
    assert body(changed)["errors"] == []
    listed = body(api.get("/api/v1/sales-logs?page_size=5", headers=bearer(token)))
    assert (listed["total"], listed["page_size"], listed["logs"][0]["id"]) == (1, 5, log["id"])

    assert api.delete(f"/api/v1/sales-logs/{log['id']}", headers=bearer(token)).status_code == 204
    assert api.get(f"/api/v1/sales-logs/{log['id']}", headers=bearer(token)).status_code == 404


def test_a_lettings_log_is_not_found_at_the_sales_url(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    lettings = backends.logs.add_log(tenancycode="T-1")

    for response in (
        api.get(f"/api/v1/sales-logs/{lettings.id}", headers=bearer(token)),
        api.patch(f"/api/v1/sales-logs/{lettings.id}", json={"answers": {"purchid": "X"}}, headers=bearer(token)),
        api.delete(f"/api/v1/sales-logs/{lettings.id}", headers=bearer(token)),
    ):
        assert response.status_code == 404 and body(response)["error"] == "not_found"
    assert backends.logs.logs[lettings.id].answers == {"tenancycode": "T-1"}
    assert body(api.get("/api/v1/sales-logs", headers=bearer(token)))["total"] == 0


def test_a_malformed_sales_body_or_query_is_rejected(app: Flask) -> None:
    api = app.test_client()
    token = get_token(api)
    assert api.post("/api/v1/sales-logs", json=[1], headers=bearer(token)).status_code == 400
    assert api.get("/api/v1/sales-logs?page_size=101", headers=bearer(token)).status_code == 422
    assert api.get("/api/v1/sales-logs").status_code == 401


def test_openapi_describes_the_sales_logs_operations(app: Flask) -> None:
    spec = body(app.test_client().get("/api/v1/openapi.json"))
    operations = spec["paths"]["/api/v1/sales-logs/{log_id}"]
    assert operations["patch"]["operationId"] == "updateSalesLog"
    assert spec["paths"]["/api/v1/sales-logs"]["post"]["tags"] == ["Sales logs"]
