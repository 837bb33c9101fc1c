from __future__ import annotations

import base64
import json
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from frontend_fakes import CLIENT_ID, CLIENT_SECRET, FakeBackends

from core_platform.auth.principal import KIND_USER, Principal


def basic(client_id: str, secret: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()}


def get_token(api: FlaskClient) -> str:
    response = api.post(
        "/api/v1/token", data={"grant_type": "client_credentials"}, headers=basic(CLIENT_ID, CLIENT_SECRET)
    )
    assert response.status_code == 200, response.data
    return str(response.json["access_token"])  # type: ignore[index]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def body(response: Any) -> Any:
    return json.loads(response.data)


def test_token_with_http_basic_credentials(app: Flask) -> None:
    response = app.test_client().post(
        "/api/v1/token", data={"grant_type": "client_credentials"}, headers=basic(CLIENT_ID, CLIENT_SECRET)
    )
    assert response.status_code == 200
    assert body(response)["token_type"] == "Bearer" and body(response)["expires_in"] == 900
    assert response.headers["Cache-Control"] == "no-store"


def test_token_with_form_credentials(app: Flask) -> None:
    response = app.test_client().post(
        "/api/v1/token",
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
    )
    assert response.status_code == 200 and body(response)["access_token"]


def test_token_refuses_a_wrong_secret_and_a_wrong_grant_type(app: Flask) -> None:
    api = app.test_client()
    response = api.post("/api/v1/token", data={"grant_type": "client_credentials"}, headers=basic(CLIENT_ID, "nope"))
    assert (response.status_code, body(response)["error"]) == (401, "invalid_client")
    response = api.post("/api/v1/token", data={"grant_type": "password"}, headers=basic(CLIENT_ID, CLIENT_SECRET))
    assert (response.status_code, body(response)["error"]) == (400, "unsupported_grant_type")
    response = api.post("/api/v1/token", data={}, headers=basic(CLIENT_ID, CLIENT_SECRET))
    assert (response.status_code, body(response)["error"]) == (400, "unsupported_grant_type")


def test_api_needs_a_valid_bearer_token(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    response = api.get("/api/v1/lettings-logs")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert body(response)["error"] == "unauthorized"
    assert api.get("/api/v1/lettings-logs", headers=bearer("not-a-jwt")).status_code == 401
    expired, _ = backends.identity.signer.issue(Principal("u", KIND_USER, "org-1", "data_provider"), -10)
    assert api.get("/api/v1/lettings-logs", headers=bearer(expired)).status_code == 401
    assert backends.logs.tokens == []


def test_create_get_and_delete_a_lettings_log(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    answers = {"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "ACCEPT-1", "propcode": "P-1"}
    created = api.post("/api/v1/lettings-logs", json={"answers": answers}, headers=bearer(token))
    assert created.status_code == 201
    log = body(created)
    assert log["owning_organisation_id"] == "ORG1" and log["managing_organisation_id"] == "ORG1"
    assert log["answers"]["tenancycode"] == "ACCEPT-1" and log["answers"]["needstype"] == 1
    assert log["created_at"] == "2025-06-02T10:00:00Z"
    assert created.headers["Location"] == f"/api/v1/lettings-logs/{log['id']}"

    fetched = api.get(f"/api/v1/lettings-logs/{log['id']}", headers=bearer(token))
    assert log.pop("errors") == []
    assert fetched.status_code == 200 and body(fetched) == log
    listed = api.get("/api/v1/lettings-logs?page_size=5", headers=bearer(token))
    assert body(listed)["total"] == 1 and body(listed)["page_size"] == 5

    assert api.delete(f"/api/v1/lettings-logs/{log['id']}", headers=bearer(token)).status_code == 204
    assert api.get(f"/api/v1/lettings-logs/{log['id']}", headers=bearer(token)).status_code == 404
    assert set(backends.logs.tokens) == {token}


def test_another_organisations_log_is_404_json(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    other = backends.logs.add_log(owner="org-3")
    response = api.get(f"/api/v1/lettings-logs/{other.id}", headers=bearer(get_token(api)))
    assert response.status_code == 404 and body(response)["error"] == "not_found"


def test_invalid_answers_are_422_with_field_errors(app: Flask) -> None:
    api = app.test_client()
    token = get_token(api)
    response = api.post("/api/v1/lettings-logs", json={"answers": {"startdate": "not-a-date"}}, headers=bearer(token))
    assert response.status_code == 422
    assert body(response)["field_errors"] == {"startdate": "Enter a date in the correct format"}
    assert api.post("/api/v1/lettings-logs", json=[1], headers=bearer(token)).status_code == 400
    assert api.get("/api/v1/lettings-logs?page=0", headers=bearer(token)).status_code == 422


def test_backend_unavailable_is_503_json(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    backends.logs.unavailable = True
    response = api.get("/api/v1/lettings-logs", headers=bearer(token))
    assert response.status_code == 503 and body(response)["error"] == "unavailable"


def test_openapi_describes_every_api_route(app: Flask) -> None:
    spec = body(app.test_client().get("/api/v1/openapi.json"))
    assert spec["openapi"].startswith("3.1")
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    described = {(path, method) for path, item in spec["paths"].items() for method in item if method != "parameters"}
    routes = {
        (rule.rule.replace("<log_id>", "{log_id}"), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1/") and rule.endpoint != "api.show_openapi"
        for method in rule.methods or ()
        if method not in ("HEAD", "OPTIONS")
    }
    assert described == routes
    assert ("/api/v1/lettings-logs", "post") in described


def test_api_docs_page_lists_operations(client: Any) -> None:
    page = client.get("/api/docs")
    assert page.h1 == "API documentation"
    assert ("POST /api/v1/token", "#post-api-v1-token") in page.links()
    assert ("DELETE /api/v1/lettings-logs/{log_id}", "#delete-api-v1-lettings-logs-log_id") in page.links()


def test_unknown_api_path_is_json_404(app: Flask) -> None:
    response = app.test_client().get("/api/v1/nothing-here")
    assert response.status_code == 404 and body(response)["error"] == "not_found"
