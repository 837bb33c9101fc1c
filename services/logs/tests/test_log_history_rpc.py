"""A log's history: one version per change, in the change's transaction, with who, when, from where and
each field's old and new value described in the form's words; and the expected-version check that
stops a save from overwriting answers someone else changed meanwhile."""

from __future__ import annotations

import uuid

import pytest
from lifecycle_fakes import changes, create, history, save, update
from sqlalchemy import select

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import FailedPrecondition, InvalidArgument, NotFound
from core_platform.grpc_client import call
from logs_service.data.models import LogVersion
from logs_service.operations.history import CONFLICT


def stored_versions(sessions, log_id: str) -> list[LogVersion]:
    with sessions() as session:
        query = select(LogVersion).where(LogVersion.log_id == uuid.UUID(log_id)).order_by(LogVersion.version)
        return list(session.scalars(query))


def test_creating_a_log_writes_version_one_with_each_answer(stub, callers, orgs):
    log = create(stub, callers.provider())

    assert log.version == 1
    [created] = history(stub, callers.provider(), log.id)
    assert (created.version, created.changed_by_id, created.source) == (1, callers.alpha_user_id, "form")
    assert changes(created)["tenancycode"] == (None, "T-1")
    assert changes(created)["owning_organisation_id"] == (None, orgs.ALPHA.id)
    assert changes(created)["status"] == (None, "in_progress")


def test_each_change_bumps_the_version_and_records_the_old_and_new_values(stub, callers):
    log = create(stub, callers.provider())

    changed = update(stub, callers.coordinator(), log.id, {"tenancycode": "T-2", "needstype": 2})

    assert changed.version == 2
    latest = history(stub, callers.provider(), log.id)[-1]
    assert latest.version == 2 and latest.changed_at.seconds > 0
    by_field = {c.field: c for c in latest.changes}
    assert changes(latest)["tenancycode"] == ("T-1", "T-2")
    assert by_field["tenancycode"].label == "Tenant code"
    assert (by_field["needstype"].label, by_field["needstype"].old_text, by_field["needstype"].new_text) == (
        "Needs type",
        "General needs",
        "Supported housing",
    )


def test_organisations_in_the_history_are_named(stub, callers, orgs):
    log = create(stub, callers.provider())

    [created] = history(stub, callers.provider(), log.id)

    owner = next(c for c in created.changes if c.field == "owning_organisation_id")
    assert (owner.label, owner.new_text) == ("Stock owner", orgs.ALPHA.name)


def test_saving_a_page_writes_a_form_version(stub, callers):
    log = create(stub, callers.provider())

    saved = save(stub, callers.provider(), log.id, "tenant_code", {"tenancycode": "T-9"})

    assert saved.version == 2
    latest = history(stub, callers.provider(), log.id)[-1]
    assert latest.source == "form" and changes(latest)["tenancycode"] == ("T-1", "T-9")


def test_a_save_that_changes_nothing_writes_no_version(stub, callers):
    log = create(stub, callers.provider())

    again = save(stub, callers.provider(), log.id, "tenant_code", {"tenancycode": "T-1"})

    assert again.version == 1
    assert len(history(stub, callers.provider(), log.id)) == 1


def test_a_refused_change_writes_no_version(stub, callers):
    log = create(stub, callers.provider())

    with pytest.raises(InvalidArgument):
        update(stub, callers.provider(), log.id, {"needstype": 7})

    assert [v.version for v in history(stub, callers.provider(), log.id)] == [1]


def test_the_source_is_the_api_for_a_client_and_what_a_service_names(stub, callers, keys, orgs):
    client = keys.token("client", orgs.ALPHA.id, kind="client")
    log = create(stub, client)
    update(stub, client, log.id, {"tenancycode": "T-3"}, source="bulk_upload")

    assert [v.source for v in history(stub, callers.provider(), log.id)] == ["api", "bulk_upload"]


def test_deleting_a_log_records_the_status_change(stub, callers, sessions):
    log = create(stub, callers.provider())

    call(stub.DeleteLog, pb.DeleteLogRequest(id=log.id), token=callers.coordinator())

    deleted = stored_versions(sessions, log.id)[-1]
    assert deleted.version == 2 and deleted.changes == {"status": ["in_progress", "deleted"]}
    with pytest.raises(NotFound):
        history(stub, callers.provider(), log.id)


def test_another_organisations_log_history_is_not_found(stub, callers, orgs):
    log = create(stub, callers.provider())

    with pytest.raises(NotFound):
        history(stub, callers.provider(orgs.OTHER), log.id)
    assert len(history(stub, callers.support(), log.id)) == 1


def test_a_page_saved_from_an_old_version_is_refused_when_its_answer_changed_since(stub, callers):
    log = create(stub, callers.provider())
    save(stub, callers.coordinator(), log.id, "tenant_code", {"tenancycode": "THEIRS"})

    with pytest.raises(FailedPrecondition) as refused:
        save(stub, callers.provider(), log.id, "tenant_code", {"tenancycode": "MINE"}, expected_version=1)

    assert refused.value.message == CONFLICT
    kept = call(stub.GetLog, pb.GetLogRequest(id=log.id), token=callers.provider())
    assert (kept.answers["tenancycode"], kept.version) == ("THEIRS", 2)


def test_a_page_saved_from_an_old_version_merges_when_other_answers_changed(stub, callers):
    log = create(stub, callers.provider())
    save(stub, callers.coordinator(), log.id, "property_reference", {"propcode": "P-THEIRS"})

    saved = save(stub, callers.provider(), log.id, "tenant_code", {"tenancycode": "MINE"}, expected_version=1)

    assert (saved.answers["tenancycode"], saved.answers["propcode"], saved.version) == ("MINE", "P-THEIRS", 3)


def test_an_update_from_an_old_version_is_refused_only_for_fields_changed_since(stub, callers):
    log = create(stub, callers.provider())
    update(stub, callers.coordinator(), log.id, {"tenancycode": "THEIRS"})

    with pytest.raises(FailedPrecondition):
        update(stub, callers.provider(), log.id, {"tenancycode": "MINE", "propcode": "P-2"}, expected_version=1)
    merged = update(stub, callers.provider(), log.id, {"propcode": "P-2"}, expected_version=1)

    assert (merged.answers["tenancycode"], merged.answers["propcode"]) == ("THEIRS", "P-2")


def test_a_save_from_the_current_version_is_accepted(stub, callers):
    log = create(stub, callers.provider())
    second = update(stub, callers.coordinator(), log.id, {"tenancycode": "THEIRS"})

    saved = update(stub, callers.provider(), log.id, {"tenancycode": "MINE"}, expected_version=second.version)

    assert (saved.answers["tenancycode"], saved.version) == ("MINE", 3)


def test_a_page_carries_the_version_it_shows(stub, callers):
    log = create(stub, callers.provider())
    update(stub, callers.provider(), log.id, {"tenancycode": "T-2"})

    request = pb.GetFormPageRequest(log_id=log.id, page_id="tenant_code")
    assert call(stub.GetFormPage, request, token=callers.provider()).log_version == 2
