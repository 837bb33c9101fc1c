"""Reassigning logs: coordinators and support change a log's assigned user and its owning and managing
organisations, within the form's own choices; many logs at once in one transaction, or none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from lifecycle_fakes import ALAN, ANNA, BEN, OLLIE, bulk_reassign, changes, create, history, reassign, stub_with_users
from sqlalchemy import select

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform.errors import FailedPrecondition, InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_client import call
from logs_service.data.models import outbox


@pytest.fixture
def stub(sessions, keys, orgs) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    with stub_with_users(sessions, keys, orgs()) as users_stub:
        yield users_stub


def get(stub, token: str, log_id: str) -> pb.Log:
    return call(stub.GetLog, pb.GetLogRequest(id=log_id), token=token)


def updated_events(sessions) -> list[str]:
    with sessions() as session:
        payloads = session.scalars(select(outbox.c.payload).where(outbox.c.event_type == "logs.log_updated"))
        return [payload["log_id"] for payload in payloads]


def test_a_coordinator_assigns_a_log_to_another_user_of_their_organisation(stub, callers, sessions):
    log = create(stub, callers.provider())

    moved = reassign(stub, callers.coordinator(), log.id, assigned_to_id=ANNA.id)

    assert (moved.assigned_to_id, moved.answers["assigned_to_id"], moved.version) == (ANNA.id, ANNA.id, 2)
    assert changes(history(stub, callers.provider(), log.id)[-1])["assigned_to_id"] == (callers.alpha_user_id, ANNA.id)
    assert updated_events(sessions) == [log.id]


def test_support_moves_a_log_to_another_owner_and_one_of_its_users(stub, callers, orgs):
    log = create(stub, callers.provider())

    moved = reassign(stub, callers.support(), log.id, owning_organisation_id=orgs.BETA.id, assigned_to_id=BEN.id)

    assert (moved.owning_organisation_id, moved.owning_organisation_code) == (orgs.BETA.id, "ORG102")
    assert moved.assigned_to_id == BEN.id
    latest = changes(history(stub, callers.support(), log.id)[-1])
    assert latest["owning_organisation_id"] == (orgs.ALPHA.id, orgs.BETA.id)


def test_a_coordinator_gives_the_log_to_a_stock_owner_they_manage_for_and_keeps_managing_it(stub, callers, orgs):
    log = create(stub, callers.provider())

    moved = reassign(stub, callers.coordinator(), log.id, owning_organisation_id=orgs.BETA.id)

    assert (moved.owning_organisation_id, moved.managing_organisation_id) == (orgs.BETA.id, orgs.ALPHA.id)


def test_a_user_the_form_does_not_offer_is_refused_and_nothing_changes(stub, callers, orgs):
    log = create(stub, callers.provider())

    with pytest.raises(InvalidArgument) as refused:
        reassign(stub, callers.coordinator(), log.id, assigned_to_id=OLLIE.id)
    with pytest.raises(InvalidArgument):
        reassign(stub, callers.coordinator(), log.id, owning_organisation_id=orgs.OTHER.id)

    assert "assigned_to_id" in refused.value.field_errors
    assert get(stub, callers.provider(), log.id).version == 1


def test_providers_may_not_reassign(stub, callers):
    log = create(stub, callers.provider())

    with pytest.raises(PermissionDenied):
        reassign(stub, callers.provider(), log.id, assigned_to_id=ANNA.id)
    with pytest.raises(PermissionDenied):
        bulk_reassign(stub, callers.provider(), [log.id], ANNA.id)
    with pytest.raises(PermissionDenied):
        call(stub.GetReassignOptions, pb.GetReassignOptionsRequest(log_ids=[log.id]), token=callers.provider())


def test_a_reassign_from_an_old_version_is_refused_when_the_user_changed_since(stub, callers):
    log = create(stub, callers.provider())
    reassign(stub, callers.coordinator(), log.id, assigned_to_id=ALAN.id)

    with pytest.raises(FailedPrecondition):
        reassign(stub, callers.coordinator(), log.id, assigned_to_id=ANNA.id, expected_version=1)

    assert get(stub, callers.provider(), log.id).assigned_to_id == ALAN.id


def test_bulk_reassign_assigns_every_log_with_one_version_and_event_each(stub, callers, sessions):
    logs = [create(stub, callers.provider()).id for _ in range(3)]

    assert bulk_reassign(stub, callers.coordinator(), logs, ANNA.id) == 3

    for log_id in logs:
        assert get(stub, callers.provider(), log_id).assigned_to_id == ANNA.id
        assert [v.version for v in history(stub, callers.provider(), log_id)] == [1, 2]
    assert sorted(updated_events(sessions)) == sorted(logs)


def test_bulk_reassign_changes_nothing_when_one_log_is_not_visible(stub, callers, orgs, sessions):
    own = [create(stub, callers.provider()).id for _ in range(2)]
    elsewhere = create(stub, callers.support(), {"owning_organisation_id": orgs.OTHER.id}).id

    with pytest.raises(NotFound):
        bulk_reassign(stub, callers.coordinator(), [*own, elsewhere], ANNA.id)

    assert [get(stub, callers.provider(), log_id).version for log_id in own] == [1, 1]
    assert updated_events(sessions) == []


def test_bulk_reassign_changes_nothing_when_the_user_does_not_fit_one_log(stub, callers, orgs):
    for_beta = create(stub, callers.support(), {"owning_organisation_id": orgs.BETA.id}).id
    alpha_only = create(stub, callers.provider()).id

    with pytest.raises(InvalidArgument):
        bulk_reassign(stub, callers.support(), [for_beta, alpha_only], BEN.id)

    assert get(stub, callers.support(), for_beta).version == 1


def test_reassign_options_are_the_forms_choices_and_the_users_every_log_may_have(stub, callers, orgs):
    alpha = create(stub, callers.provider()).id
    beta = create(stub, callers.coordinator(), {"owning_organisation_id": orgs.BETA.id}).id

    request = pb.GetReassignOptionsRequest(log_ids=[alpha, beta])
    options = call(stub.GetReassignOptions, request, token=callers.coordinator())

    assert [o.label for o in options.owning_organisations] == [orgs.ALPHA.name, orgs.BETA.name]
    assert {o.value for o in options.managing_organisations} == {orgs.ALPHA.id, orgs.DELTA.id}
    assert [o.label for o in options.users] == [ALAN.name, ANNA.name]
