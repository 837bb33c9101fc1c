"""The logs service's settings: a pinned today for tests and demos, never in production."""

from __future__ import annotations

from datetime import date

import pytest

from logs_service.config import load_settings


def test_core_today_pins_the_day_that_decides_the_open_collection_years(monkeypatch, tmp_path):
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("CORE_TODAY", "2026-05-15")
    assert load_settings().pinned_today == date(2026, 5, 15)
    monkeypatch.delenv("CORE_TODAY")
    assert load_settings().pinned_today is None


def test_core_today_is_refused_in_production_and_when_not_a_date(monkeypatch, tmp_path):
    monkeypatch.setenv("CORE_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("CORE_TODAY", "15/05/2026")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        load_settings()
    monkeypatch.setenv("CORE_TODAY", "2026-05-15")
    monkeypatch.setenv("CORE_ENV", "production")
    with pytest.raises(RuntimeError, match="CORE_TODAY"):
        load_settings()
