"""The API's OpenAPI 3.1 document, written by hand so it says what the API promises (not what a
generator guessed). Keep it in step with api/token.py, api/lettings_logs.py and api/sales_logs.py; a test checks every
route is described."""

from __future__ import annotations

import json
from typing import Any

from flask import Response, jsonify

from frontend_service.api import bp


def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": _json("Error")}


LOG_ID = {"name": "log_id", "in": "path", "required": True, "schema": {"type": "string"}, "description": "Log id"}

BEARER_ERRORS = {
    "401": _error("No access token, or it is invalid or expired (see WWW-Authenticate)"),
    "503": _error("A backend service is unavailable; try again later"),
}

TOKEN_PATH = {
    "post": {
        "operationId": "issueToken",
        "summary": "Get an access token with client credentials (OAuth2)",
        "description": "Authenticate the API client with HTTP Basic (client id and secret) or with client_id and "
        "client_secret form fields. Tokens are short-lived: request a new one when it expires.",
        "tags": ["Authentication"],
        "security": [{}, {"clientBasic": []}],
        "requestBody": {
            "required": True,
            "content": {"application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/TokenRequest"}}},
        },
        "responses": {
            "200": {"description": "An access token", "content": _json("TokenResponse")},
            "400": _error("grant_type is missing or not client_credentials (error: unsupported_grant_type)"),
            "401": _error("Unknown client or wrong secret (error: invalid_client)"),
        },
    }
}

LETTINGS_LOGS_PATH = {
    "get": {
        "operationId": "listLettingsLogs",
        "summary": "List lettings logs",
        "description": "Lettings logs the client's organisation may see, newest first.",
        "tags": ["Lettings logs"],
        "parameters": [
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
            {
                "name": "page_size",
                "in": "query",
                "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            },
            {
                "name": "search",
                "in": "query",
                "schema": {"type": "string"},
                "description": "Matches log id, tenant code, property reference or postcode",
            },
            {
                "name": "collection_year",
                "in": "query",
                "schema": {"type": "integer", "example": 2025},
                "description": "The collection year by its first year: 2025 for 1 April 2025 to 31 March 2026",
            },
            {
                "name": "status",
                "in": "query",
                "schema": {"type": "string", "enum": ["not_started", "in_progress", "completed"]},
                "description": "Repeat it, or separate statuses with commas, for several",
            },
            {
                "name": "owning_organisation",
                "in": "query",
                "schema": {"type": "string", "example": "ORG1"},
                "description": "The owning organisation's code",
            },
            {
                "name": "managing_organisation",
                "in": "query",
                "schema": {"type": "string", "example": "ORG1"},
                "description": "The managing organisation's code",
            },
            {
                "name": "needstype",
                "in": "query",
                "schema": {"type": "integer", "enum": [1, 2]},
                "description": "1 general needs, 2 supported housing (lettings)",
            },
            {
                "name": "assigned_to",
                "in": "query",
                "schema": {"type": "string", "format": "uuid"},
                "description": "The id of the user the logs are assigned to",
            },
            {
                "name": "sort",
                "in": "query",
                "schema": {
                    "type": "string",
                    "enum": [
                        "created_at",
                        "-created_at",
                        "updated_at",
                        "-updated_at",
                        "startdate",
                        "-startdate",
                        "tenancycode",
                        "-tenancycode",
                    ],
                },
                "description": "A leading - sorts descending; newest first by default",
            },
            {
                "name": "cursor",
                "in": "query",
                "schema": {"type": "string"},
                "description": "The next_cursor of the previous page: pages through a changing list without "
                "repeating or skipping logs (page is then ignored)",
            },
        ],
        "responses": {
            "200": {"description": "One page of logs", "content": _json("LogList")},
            "422": _error("Invalid query parameters (see field_errors)"),
            **BEARER_ERRORS,
        },
    },
    "post": {
        "operationId": "createLettingsLog",
        "summary": "Create a lettings log",
        "description": "Answers use the CORE field names and codes, as in bulk upload. Like bulk upload, "
        "valid answers are stored and invalid ones are left out and listed in `errors` (the log is still "
        "created, 201). Unknown field names or a malformed body store nothing (400/422).",
        "tags": ["Lettings logs"],
        "requestBody": {"required": True, "content": _json("CreateLogRequest")},
        "responses": {
            "201": {"description": "The new log, with the answers that were not stored", "content": _json("LogResult")},
            "400": _error("The body is not a JSON object with an answers object"),
            "422": _error("Invalid answers (see field_errors)"),
            **BEARER_ERRORS,
        },
    },
}

LETTINGS_LOG_PATH = {
    "parameters": [LOG_ID],
    "get": {
        "operationId": "getLettingsLog",
        "summary": "Get a lettings log",
        "tags": ["Lettings logs"],
        "responses": {
            "200": {"description": "The log", "content": _json("Log")},
            "404": _error("No such log, or it belongs to an organisation the client cannot see"),
            **BEARER_ERRORS,
        },
    },
    "patch": {
        "operationId": "updateLettingsLog",
        "summary": "Change a lettings log's answers",
        "description": "The answers given are merged into the log's; null clears one. Invalid answers are "
        "not stored and are listed in `errors`; unknown field names store nothing (422). To avoid overwriting "
        "someone else's change, send the `version` of the log you read (as `If-Match` or in the body): if the log "
        "changed since in one of the fields you send, nothing is stored and the answer is 409; changes to other "
        "fields merge.",
        "tags": ["Lettings logs"],
        "parameters": [
            {
                "name": "If-Match",
                "in": "header",
                "required": False,
                "schema": {"type": "string", "example": '"3"'},
                "description": "The log version the change is based on (the version of a GET), quoted or not",
            }
        ],
        "requestBody": {"required": True, "content": _json("UpdateLogRequest")},
        "responses": {
            "200": {
                "description": "The changed log, with the answers that were not stored",
                "content": _json("LogResult"),
            },
            "400": _error("The body is not a JSON object with an answers object, or the version is not a number"),
            "404": _error("No such log, or it belongs to an organisation the client cannot see"),
            "409": _error(
                "The log changed after the version sent in a field this request changes (error: conflict); "
                "read it again, then send the change with the new version"
            ),
            "422": _error("Unknown field names (see field_errors)"),
            **BEARER_ERRORS,
        },
    },
    "delete": {
        "operationId": "deleteLettingsLog",
        "summary": "Delete a lettings log",
        "tags": ["Lettings logs"],
        "responses": {
            "204": {"description": "Deleted"},
            "404": _error("No such log, or it belongs to an organisation the client cannot see"),
            **BEARER_ERRORS,
        },
    },
}


def _for_sales(operations: dict[str, Any]) -> dict[str, Any]:
    """The sales-logs operations: the lettings ones (same request and response shapes), named for sales."""
    named = json.loads(json.dumps(operations).replace("Lettings", "Sales").replace("lettings", "sales"))
    for operation in named.values():
        for parameter in operation.get("parameters", ()) if isinstance(operation, dict) else ():
            if parameter.get("name") == "search":
                parameter["description"] = "Matches log id, purchaser code or postcode"
    return dict(named)


SALES_LOGS_PATH = _for_sales(LETTINGS_LOGS_PATH)
SALES_LOG_PATH = _for_sales(LETTINGS_LOG_PATH)

ANSWERS = {
    "type": "object",
    "additionalProperties": True,
    "description": "Answers keyed by CORE field name (needstype, renewal, startdate as YYYY-MM-DD, rent_type, "
    "tenancycode, propcode, ...) with CORE answer codes",
    "examples": [{"needstype": 1, "renewal": 0, "startdate": "2025-06-02", "tenancycode": "T-1", "propcode": "P-1"}],
}

SCHEMAS = {
    "TokenRequest": {
        "type": "object",
        "required": ["grant_type"],
        "properties": {
            "grant_type": {"type": "string", "const": "client_credentials"},
            "client_id": {"type": "string", "description": "When not sent by HTTP Basic"},
            "client_secret": {"type": "string", "description": "When not sent by HTTP Basic"},
        },
    },
    "TokenResponse": {
        "type": "object",
        "required": ["access_token", "token_type", "expires_in"],
        "properties": {
            "access_token": {"type": "string"},
            "token_type": {"type": "string", "const": "Bearer"},
            "expires_in": {"type": "integer", "description": "Seconds until the token expires"},
            "scope": {"type": "string"},
        },
    },
    "Log": {
        "type": "object",
        "required": ["id", "status", "answers"],
        "properties": {
            "id": {"type": "string"},
            "status": {"type": "string", "enum": ["not_started", "in_progress", "completed", "pending", "deleted"]},
            "collection_year": {
                "type": ["integer", "null"],
                "description": "Start year of the collection, 2025 for 2025/26; null until known",
            },
            "owning_organisation_id": {"type": ["string", "null"], "description": "CORE code, like ORG1"},
            "managing_organisation_id": {"type": ["string", "null"], "description": "CORE code, like ORG1"},
            "answers": ANSWERS,
            "created_at": {"type": ["string", "null"], "format": "date-time"},
            "updated_at": {"type": ["string", "null"], "format": "date-time"},
            "version": {
                "type": "integer",
                "description": "Bumped by every change; send it back with a change (If-Match) to detect conflicts",
            },
        },
    },
    "LogResult": {
        "allOf": [
            {"$ref": "#/components/schemas/Log"},
            {
                "type": "object",
                "required": ["errors"],
                "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}}},
            },
        ],
    },
    "FieldError": {
        "type": "object",
        "required": ["field", "message"],
        "properties": {
            "field": {"type": "string", "description": "The CORE field name of the answer not stored"},
            "message": {"type": "string", "description": "Why, in the service's words"},
        },
    },
    "LogList": {
        "type": "object",
        "required": ["logs", "total", "page", "page_size", "next_cursor"],
        "properties": {
            "logs": {"type": "array", "items": {"$ref": "#/components/schemas/Log"}},
            "total": {"type": "integer"},
            "page": {"type": "integer"},
            "page_size": {"type": "integer"},
            "next_cursor": {
                "type": "string",
                "description": "Pass as cursor for the next page; empty on the last page",
            },
        },
    },
    "CreateLogRequest": {
        "type": "object",
        "required": ["answers"],
        "properties": {
            "answers": ANSWERS,
            "owning_organisation_id": {"type": "string", "description": "CORE code; the client's own by default"},
            "managing_organisation_id": {"type": "string", "description": "CORE code; the client's own by default"},
        },
    },
    "UpdateLogRequest": {
        "type": "object",
        "required": ["answers"],
        "properties": {
            "answers": ANSWERS,
            "owning_organisation_id": {"type": "string", "description": "CORE code"},
            "managing_organisation_id": {"type": "string", "description": "CORE code"},
            "version": {"type": "integer", "description": "The log version the change is based on (or If-Match)"},
        },
    },
    "Error": {
        "type": "object",
        "required": ["error", "message"],
        "properties": {
            "error": {"type": "string", "description": "A stable code: invalid_client, not_found, invalid_request..."},
            "message": {"type": "string"},
            "field_errors": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
}


def _validate_path(log_type: str, tag: str, date_field: str) -> dict[str, Any]:
    """POST /api/v1/{lettings,sales}-logs/validate: one description, by log type."""
    return {
        "post": {
            "operationId": f"validate{tag.split()[0]}Log",
            "tags": [tag],
            "summary": f"Check a {log_type} log's answers without storing anything",
            "description": "Runs every validation of the log's collection year over the answers (as a create would "
            "parse them, with the values worked out from them) and returns the hard errors and the soft warnings "
            "not yet confirmed (a warning is confirmed by answering its confirmation_field 0, Yes). The "
            "organisations default to the caller's and may be given as CORE codes. Without collection_year, "
            f"{date_field} chooses the year. Nothing is stored.",
            "requestBody": {"required": True, "content": _json("ValidateLogRequest")},
            "responses": {
                "200": {
                    "description": "The errors and warnings (both empty when valid)",
                    "content": _json("Validation"),
                },
                "400": _error("Not a JSON object with an answers object, unknown body or answer fields, or a bad year"),
                **BEARER_ERRORS,
            },
        }
    }


VALIDATE_PATH = _validate_path("lettings", "Lettings logs", "startdate")
SALES_VALIDATE_PATH = _validate_path("sales", "Sales logs", "saledate")
SCHEMAS["ValidateLogRequest"] = {
    "type": "object",
    "required": ["answers"],
    "additionalProperties": False,
    "properties": {
        "answers": ANSWERS,
        "collection_year": {
            "type": "integer",
            "enum": [2025, 2026],
            "description": "Default: the year of the log's date (startdate, saledate)",
        },
    },
}
SCHEMAS["Validation"] = {
    "type": "object",
    "required": ["collection_year", "status", "errors", "warnings"],
    "properties": {
        "collection_year": {"type": "integer", "description": "Start year of the collection year checked"},
        "status": {"type": "string", "enum": ["in_progress", "completed"]},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message", "rule"],
                "properties": {
                    "field": {"type": "string"},
                    "message": {"type": "string"},
                    "rule": {"type": "string", "description": "Rule id, e.g. financial.rent_below_hard_min"},
                },
            },
        },
        "warnings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["fields", "message", "rule", "confirmation_field"],
                "properties": {
                    "fields": {"type": "array", "items": {"type": "string"}},
                    "message": {"type": "string"},
                    "rule": {"type": "string"},
                    "confirmation_field": {"type": "string", "description": "Answer 0 (Yes) to confirm"},
                },
            },
        },
    },
}

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Submit social housing lettings and sales data (CORE) API",
        "version": "1.0.0",
        "description": "Record social housing lettings and sales in England. Get a token with your API client's "
        "credentials from POST /api/v1/token, then send it as 'Authorization: Bearer <token>'.",
    },
    "servers": [{"url": "/"}],
    "tags": [{"name": "Authentication"}, {"name": "Lettings logs"}, {"name": "Sales logs"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/api/v1/token": TOKEN_PATH,
        "/api/v1/lettings-logs": LETTINGS_LOGS_PATH,
        "/api/v1/lettings-logs/validate": VALIDATE_PATH,
        "/api/v1/lettings-logs/{log_id}": LETTINGS_LOG_PATH,
        "/api/v1/sales-logs": SALES_LOGS_PATH,
        "/api/v1/sales-logs/validate": SALES_VALIDATE_PATH,
        "/api/v1/sales-logs/{log_id}": SALES_LOG_PATH,
    },
    "components": {
        "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
            "clientBasic": {
                "type": "http",
                "scheme": "basic",
                "description": "API client id as user name and client secret as password",
            },
        },
        "schemas": SCHEMAS,
    },
}


@bp.get("/v1/openapi.json")
def show_openapi() -> Response:
    return jsonify(OPENAPI)
