"""Organisations are asked once per caller scope and time window, never across callers."""

from __future__ import annotations

from collections import Counter

import pytest

from core_platform.auth.principal import Principal, current_principal
from logs_service.domain.organisations import OrganisationRef
from logs_service.organisations_cache import CachedOrganisationsDirectory

ALPHA = OrganisationRef("a", "ORG1", "Alpha", True)
BETA = OrganisationRef("b", "ORG2", "Beta", True)


class CountingDirectory:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.owners = [ALPHA]

    def get(self, id_or_code: str) -> OrganisationRef | None:
        self.calls["get"] += 1
        return {"a": ALPHA, "ORG1": ALPHA}.get(id_or_code)

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        self.calls["owners"] += 1
        return list(self.owners)

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        self.calls["agents"] += 1
        return [ALPHA, BETA]

    def all_organisations(self) -> list[OrganisationRef]:
        self.calls["all"] += 1
        return [ALPHA, BETA]


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def as_alpha():
    token = current_principal.set(Principal("u1", "user", "a", "data_provider"))
    yield
    current_principal.reset(token)


def test_answers_are_reused_within_the_time_to_live_then_asked_again(as_alpha):
    directory, clock = CountingDirectory(), Clock()
    cached = CachedOrganisationsDirectory(directory, ttl_seconds=30, clock=clock)
    assert cached.stock_owners("a") == [ALPHA] and cached.stock_owners("a") == [ALPHA]
    assert cached.get("a") == ALPHA and cached.get("a") == ALPHA
    assert cached.managing_agents("a") == cached.managing_agents("a") == [ALPHA, BETA]
    assert directory.calls == Counter(owners=1, get=1, agents=1)

    directory.owners = [ALPHA, BETA]
    clock.now = 30
    assert cached.stock_owners("a") == [ALPHA, BETA]
    assert directory.calls["owners"] == 2


def test_unknown_organisations_are_not_remembered(as_alpha):
    directory = CountingDirectory()
    cached = CachedOrganisationsDirectory(directory, clock=Clock())
    assert cached.get("zz") is None and cached.get("zz") is None
    assert directory.calls["get"] == 2


def test_each_caller_scope_is_answered_by_the_directory_itself(as_alpha):
    directory = CountingDirectory()
    cached = CachedOrganisationsDirectory(directory, clock=Clock())
    cached.all_organisations()
    token = current_principal.set(Principal("s1", "user", "", "support"))
    try:
        cached.all_organisations()
        cached.all_organisations()
    finally:
        current_principal.reset(token)
    assert directory.calls["all"] == 2
