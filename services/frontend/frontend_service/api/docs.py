"""GET /api/docs: the OpenAPI document as a GOV.UK page (no external scripts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontend_service.api import bp
from frontend_service.api.openapi import OPENAPI
from frontend_service.rendering import render_page

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    responses: list[tuple[str, str]]

    @property
    def anchor(self) -> str:
        return re.sub(r"[^a-z0-9_]+", "-", f"{self.method} {self.path}".lower()).strip("-")


def operations() -> list[Operation]:
    found = []
    for path, item in OPENAPI["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                responses = [(code, response["description"]) for code, response in operation["responses"].items()]
                found.append(
                    Operation(method.upper(), path, operation["summary"], operation.get("description", ""), responses)
                )
    return found


@bp.get("/docs")
def show_docs() -> str:
    return render_page("api/show_docs.html", info=OPENAPI["info"], operations=operations())
