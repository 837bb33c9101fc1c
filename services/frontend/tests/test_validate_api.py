"""POST /api/v1/lettings-logs/validate with a fake logs client that validates."""

from __future__ import annotations

from typing import Any

from flask import Flask
from frontend_fakes import FakeBackends
from test_api import bearer, get_token

from core_platform.errors import InvalidArgument
from frontend_service.api.validate import Validation

URL = "/api/v1/lettings-logs/validate"


class ValidatingLogs:
    def __init__(self, logs: Any) -> None:
        self._logs = logs
        self.calls: list[tuple[str, dict[str, Any], int | None]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._logs, name)

    def validate_log(
        self, log_type: str, answers: dict[str, Any], *, token: str, collection_year: int | None = None
    ) -> Validation:
        self.calls.append((log_type, answers, collection_year))
        if "favourite_colour" in answers:
            raise InvalidArgument("", {"favourite_colour": "This is not a question on this form"})
        return Validation(
            collection_year or 2025,
            "in_progress",
            [
                {
                    "field": "mrcdate",
                    "message": "Major repairs date must be before the tenancy start date.",
                    "rule": "date.mrcdate_after_startdate",
                }
            ],
            [
                {
                    "fields": ["age1", "ecstat1"],
                    "message": "You told us this person is aged 40 years and retired.",
                    "rule": "soft.retired_under_66",
                    "confirmation_field": "retirement_value_check",
                }
            ],
        )


def _validating(backends: FakeBackends) -> ValidatingLogs:
    logs = ValidatingLogs(backends.logs)
    backends.logs = logs  # type: ignore[assignment]
    return logs


def test_validate_returns_errors_and_warnings(app: Flask, backends: FakeBackends) -> None:
    logs = _validating(backends)
    api = app.test_client()
    response = api.post(
        URL, json={"answers": {"mrcdate": "2025-06-03"}, "collection_year": 2026}, headers=bearer(get_token(api))
    )

    assert response.status_code == 200, response.data
    body = response.json
    assert body["collection_year"] == 2026 and body["status"] == "in_progress"
    assert body["errors"][0]["rule"] == "date.mrcdate_after_startdate"
    assert body["warnings"][0]["confirmation_field"] == "retirement_value_check"
    assert logs.calls == [("lettings", {"mrcdate": "2025-06-03"}, 2026)]


def test_malformed_bodies_and_unknown_fields_are_400(app: Flask, backends: FakeBackends) -> None:
    _validating(backends)
    api = app.test_client()
    headers = bearer(get_token(api))

    assert api.post(URL, data="{not json", headers={**headers, "Content-Type": "application/json"}).status_code == 400
    assert api.post(URL, json={"answers": {}, "extra": 1}, headers=headers).status_code == 400
    assert api.post(URL, json={"answers": {}, "collection_year": 2019}, headers=headers).status_code == 400
    unknown = api.post(URL, json={"answers": {"favourite_colour": "blue"}}, headers=headers)
    assert unknown.status_code == 400
    assert "favourite_colour" in unknown.json["field_errors"]


def test_validate_needs_a_bearer_token(app: Flask, backends: FakeBackends) -> None:
    _validating(backends)
    api = app.test_client()
    assert api.post(URL, json={"answers": {}}).status_code == 401
    assert api.post(URL, json={"answers": {}}, headers=bearer("not-a-jwt")).status_code == 401


SALES_URL = "/api/v1/sales-logs/validate"


def test_sales_validate_passes_the_sales_log_type(app: Flask, backends: FakeBackends) -> None:
    logs = _validating(backends)
    api = app.test_client()
    response = api.post(SALES_URL, json={"answers": {"saledate": "2025-06-02"}}, headers=bearer(get_token(api)))

    assert response.status_code == 200, response.data
    assert set(response.json) == {"collection_year", "status", "errors", "warnings"}
    assert response.json["collection_year"] == 2025
    assert logs.calls == [("sales", {"saledate": "2025-06-02"}, None)]


def test_sales_validate_rejects_what_lettings_rejects(app: Flask, backends: FakeBackends) -> None:
    logs = _validating(backends)
    api = app.test_client()
    headers = bearer(get_token(api))

    malformed = api.post(SALES_URL, json={"answers": []}, headers=headers)
    assert malformed.status_code == 400 and '"saledate"' in malformed.json["message"]
    assert api.post(SALES_URL, json={"answers": {}, "collection_year": True}, headers=headers).status_code == 400
    unknown = api.post(SALES_URL, json={"answers": {"favourite_colour": "blue"}}, headers=headers)
    assert unknown.status_code == 400 and "favourite_colour" in unknown.json["field_errors"]
    assert api.post(SALES_URL, json={"answers": {}}).status_code == 401
    assert [call[0] for call in logs.calls] == ["sales"]


def test_openapi_documents_both_validate_operations(app: Flask) -> None:
    spec = app.test_client().get("/api/v1/openapi.json").json
    sales = spec["paths"]["/api/v1/sales-logs/validate"]["post"]
    lettings = spec["paths"]["/api/v1/lettings-logs/validate"]["post"]

    assert (sales["operationId"], sales["tags"]) == ("validateSalesLog", ["Sales logs"])
    assert (lettings["operationId"], lettings["tags"]) == ("validateLettingsLog", ["Lettings logs"])
    assert sales["requestBody"] == lettings["requestBody"]
    assert sales["responses"]["200"] == lettings["responses"]["200"]
