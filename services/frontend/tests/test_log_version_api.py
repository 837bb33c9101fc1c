"""The API's optimistic locking: logs show their version; a PATCH naming the version it was based on
(If-Match or "version") is refused with 409 when the log changed since in a field it sends."""

from __future__ import annotations

import pytest
from flask import Flask
from frontend_fakes import FakeBackends
from test_api import bearer, body, get_token

from frontend_service.api.openapi import OPENAPI


@pytest.mark.parametrize("area", ["lettings-logs", "sales-logs"])
def test_a_log_shows_its_version_and_a_stale_patch_is_a_conflict(app: Flask, backends: FakeBackends, area: str) -> None:
    api = app.test_client()
    token = get_token(api)
    created = body(api.post(f"/api/v1/{area}", json={"answers": {"tenancycode": "T-1"}}, headers=bearer(token)))
    read = body(api.get(f"/api/v1/{area}/{created['id']}", headers=bearer(token)))
    assert read["version"] == created["version"] == 1
    backends.logs.someone_else_changes(created["id"], tenancycode="THEIRS")

    stale = api.patch(
        f"/api/v1/{area}/{created['id']}",
        json={"answers": {"tenancycode": "MINE"}},
        headers={**bearer(token), "If-Match": '"1"'},
    )
    merged = api.patch(
        f"/api/v1/{area}/{created['id']}", json={"answers": {"propcode": "P-2"}, "version": 1}, headers=bearer(token)
    )

    assert stale.status_code == 409 and body(stale)["error"] == "conflict"
    assert body(stale)["message"].startswith("This log was changed by someone else")
    assert merged.status_code == 200 and body(merged)["version"] == 3
    assert body(merged)["answers"]["tenancycode"] == "THEIRS"
    assert backends.logs.expected_versions[-2:] == [1, 1]


def test_a_version_that_is_not_a_number_is_a_bad_request(app: Flask, backends: FakeBackends) -> None:
    api = app.test_client()
    token = get_token(api)
    log = backends.logs.add_log(tenancycode="T-1")

    change = {"answers": {"tenancycode": "X"}, "version": "abc"}
    response = api.patch(f"/api/v1/lettings-logs/{log.id}", json=change, headers=bearer(token))

    assert response.status_code == 400
    assert backends.logs.logs[log.id].answers == {"tenancycode": "T-1"}


def test_the_openapi_document_describes_versions_and_conflicts() -> None:
    for path in ("/api/v1/lettings-logs/{log_id}", "/api/v1/sales-logs/{log_id}"):
        patch = OPENAPI["paths"][path]["patch"]
        assert "409" in patch["responses"]
        assert [p["name"] for p in patch["parameters"]] == ["If-Match"]
    assert "version" in OPENAPI["components"]["schemas"]["Log"]["properties"]
    assert "version" in OPENAPI["components"]["schemas"]["UpdateLogRequest"]["properties"]
