"""The backend clients of the running app (gRPC in production, fakes in tests)."""

from __future__ import annotations

from typing import cast

from flask import current_app

from frontend_service.clients import Backends

EXTENSION_KEY = "core_backends"


def backends() -> Backends:
    return cast(Backends, current_app.extensions[EXTENSION_KEY])
