"""Run the frontend under gunicorn: `python -m frontend_service.server`."""

from __future__ import annotations

from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication
from opentelemetry.trace import Span

from core_platform.structured_logging import configure_logging
from core_platform.telemetry import init_telemetry
from frontend_service.config import FrontendSettings, load_frontend_settings, secret_key

WORKERS = 2
THREADS = 8
UNINSTRUMENTED_URLS = "healthz,readyz,static,assets"


def drop_query_string(span: Span, status: str, headers: list[tuple[str, str]]) -> None:
    """Request spans keep the path only, as the request log does: query strings carry what people search for
    (addresses, tenant codes). A response hook: the instrumentation sets the request's attributes after its
    request hook has run."""
    recorded = getattr(span, "attributes", None)
    if not span.is_recording() or not recorded:
        return
    for name in ("http.target", "http.url"):
        if "?" in str(recorded.get(name, "")):
            span.set_attribute(name, str(recorded[name]).split("?", 1)[0])
    if recorded.get("url.query"):
        span.set_attribute("url.query", "")


class FrontendApplication(BaseApplication):
    def __init__(self, settings: FrontendSettings) -> None:
        self.settings = settings
        self.options: dict[str, Any] = {
            "bind": f"0.0.0.0:{settings.port}",
            "workers": WORKERS,
            "worker_class": "gthread",
            "threads": THREADS,
            "timeout": 30,
            "graceful_timeout": 20,
            "accesslog": None,  # requests are logged by the app, without query strings
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        # Runs in each worker after the fork: telemetry, then the app (its gRPC channels open lazily).
        from opentelemetry.instrumentation.flask import FlaskInstrumentor

        from frontend_service.app import create_app

        init_telemetry("frontend", self.settings.otel_endpoint)
        app = create_app()
        FlaskInstrumentor().instrument_app(app, excluded_urls=UNINSTRUMENTED_URLS, response_hook=drop_query_string)
        return app


def main() -> None:
    settings = load_frontend_settings()
    configure_logging("frontend", settings.log_level)
    secret_key()  # create the generated key once, before the workers start
    FrontendApplication(settings).run()


if __name__ == "__main__":
    main()
