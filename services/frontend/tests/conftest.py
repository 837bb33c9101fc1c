from __future__ import annotations

import sys
from pathlib import Path

import pytest
from flask import Flask

sys.path.insert(0, str(Path(__file__).parent))  # the helper modules beside this file (importlib mode)

from frontend_fakes import FakeBackends, FakeClock  # noqa: E402
from frontend_html import HtmlClient, sign_in  # noqa: E402

from frontend_service.app import create_app  # noqa: E402


@pytest.fixture
def backends() -> FakeBackends:
    return FakeBackends()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(backends: FakeBackends, clock: FakeClock) -> Flask:
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret", "CORE_ENV": "test", "CLOCK": clock}, backends)


@pytest.fixture
def client(app: Flask) -> HtmlClient:
    return HtmlClient(app.test_client())


@pytest.fixture
def signed_in(client: HtmlClient) -> HtmlClient:
    response = sign_in(client)
    assert response.status == 302, response.status
    return client
