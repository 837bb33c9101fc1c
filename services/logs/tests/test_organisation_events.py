"""Logs consumes organisations.* events: merges move logs dated from the merge date and let the absorbing
organisation see the earlier ones; scheme and location (de)activations flag and unflag logs. Every
handler is idempotent, so the tests hand the consumer the same event twice."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from core.logs.v1 import logs_pb2 as pb
from core_platform.errors import NotFound
from core_platform.events.envelope import Event
from core_platform.events.topology import LOGS_ORGANISATION_CHANGES, SUBSCRIPTIONS, topic_matches
from core_platform.grpc_client import call
from logs_service.consumers import build_consumer
from logs_service.data.merges import record_merge
from logs_service.data.models import Log, LogVersion, OrganisationMerge, outbox
from logs_service.operations.merges_cache import MergesCache

from .conftest import FakeOrganisations
from .factories import make_log

ABSORBING, MERGED = FakeOrganisations.ALPHA, FakeOrganisations.OTHER
MERGE_DATE = date(2025, 7, 1)


def event(event_type: str, payload: dict) -> Event:
    return Event(uuid.uuid4(), event_type, "organisations", datetime.now(UTC), payload)


def merged_event(code: str | None = ABSORBING.code) -> Event:
    payload = {
        "absorbing_organisation_id": ABSORBING.id,
        "merged_organisation_ids": [MERGED.id],
        "merge_date": MERGE_DATE.isoformat(),
    }
    if code:
        payload["absorbing_organisation_code"] = code
    return event("organisations.merged", payload)


@pytest.fixture
def consumer(sessions):
    return build_consumer(sessions)


def _merged_logs(sessions) -> dict[str, str]:
    """Logs of the merged organisation dated before, on and after the merge date."""
    with sessions() as session:
        made = {
            "before": make_log(session, owner=uuid.UUID(MERGED.id), startdate="2025-06-30"),
            "on": make_log(session, owner=uuid.UUID(MERGED.id), startdate="2025-07-01", tenancycode="T-2"),
            "after": make_log(session, owner=uuid.UUID(MERGED.id), startdate="2025-09-01", tenancycode="T-3"),
        }
        session.commit()
        return {name: str(log.id) for name, log in made.items()}


def test_the_subscription_binds_organisation_events_and_is_declared():
    assert LOGS_ORGANISATION_CHANGES in SUBSCRIPTIONS
    for name in ("organisations.merged", "organisations.scheme_deactivated", "organisations.location_reactivated"):
        assert any(topic_matches(pattern, name) for pattern in LOGS_ORGANISATION_CHANGES.bindings)


def test_a_merge_moves_only_logs_dated_from_the_merge_date_once_however_often_delivered(consumer, sessions):
    ids = _merged_logs(sessions)
    the_event = merged_event()

    consumer.handle(the_event)
    consumer.handle(the_event)

    with sessions() as session:
        logs = {name: session.get(Log, uuid.UUID(log_id)) for name, log_id in ids.items()}
        assert str(logs["before"].owning_organisation_id) == MERGED.id
        for name in ("on", "after"):
            log = logs[name]
            assert (str(log.owning_organisation_id), log.owning_organisation_code) == (ABSORBING.id, ABSORBING.code)
            assert str(log.managing_organisation_id) == ABSORBING.id
            assert log.answers["owning_organisation_id"] == ABSORBING.id
            assert log.version == 2
        history = session.scalars(select(LogVersion).where(LogVersion.log_id == logs["on"].id)).all()
        assert [(v.source, v.version, v.changes["owning_organisation_id"]) for v in history] == [
            ("system", 2, [MERGED.id, ABSORBING.id])
        ]
        updated = session.execute(select(outbox.c.payload).where(outbox.c.event_type == "logs.log_updated")).scalars()
        assert sorted(p["log_id"] for p in updated) == sorted([ids["on"], ids["after"]])
        assert session.get(OrganisationMerge, uuid.UUID(MERGED.id)).merge_date == MERGE_DATE


def test_without_the_code_in_the_event_the_code_logs_already_hold_is_used(consumer, sessions):
    ids = _merged_logs(sessions)
    with sessions() as session:
        make_log(session, tenancycode="ALPHA-OWN").owning_organisation_code = ABSORBING.code
        session.commit()

    consumer.handle(merged_event(code=None))

    with sessions() as session:
        assert session.get(Log, uuid.UUID(ids["after"])).owning_organisation_code == ABSORBING.code


def test_the_absorbing_organisation_sees_the_merged_organisations_earlier_logs(consumer, sessions, stub, callers):
    ids = _merged_logs(sessions)
    token = callers.coordinator(ABSORBING)
    with pytest.raises(NotFound):
        call(stub.GetLog, pb.GetLogRequest(id=ids["before"]), token=token)

    consumer.handle(merged_event())

    assert call(stub.GetLog, pb.GetLogRequest(id=ids["before"]), token=token).id == ids["before"]
    listed = call(stub.ListLogs, pb.ListLogsRequest(), token=token)
    assert set(ids.values()) <= {log.id for log in listed.logs}
    with pytest.raises(NotFound):  # the absorbed organisation does not see the absorbing one's logs
        call(stub.GetLog, pb.GetLogRequest(id=ids["after"]), token=callers.coordinator(MERGED))


def test_lists_learn_of_merges_through_chains_once_the_remembered_merges_are_stale(sessions):
    now = [0.0]
    cache = MergesCache(max_age=10.0, clock=lambda: now[0])
    absorbing, merged, earlier = (uuid.uuid4() for _ in range(3))
    assert cache.merged_into(sessions, absorbing) == frozenset()
    with sessions() as session:
        record_merge(session, merged, absorbing, MERGE_DATE)
        record_merge(session, earlier, merged, date(2024, 4, 1))  # merged had itself absorbed another
        session.commit()
    now[0] = 9.9
    assert cache.merged_into(sessions, absorbing) == frozenset()
    now[0] = 10.0
    assert cache.merged_into(sessions, absorbing) == {merged, earlier}
    assert cache.merged_into(sessions, merged) == {earlier}


# --- scheme and location deactivation ----------------------------------------------------------------------


def _supported_logs(sessions) -> dict[str, str]:
    with sessions() as session:
        made = {
            day: make_log(session, needstype=2, scheme_id="s-1", location_id="l-1", startdate=day, tenancycode=day)
            for day in ("2025-05-01", "2025-08-01", "2025-10-01")
        }
        for log in made.values():
            log.scheme_id, log.location_id = "s-1", "l-1"
        session.commit()
        return {day: str(log.id) for day, log in made.items()}


def _flags(sessions, ids: dict[str, str]) -> dict[str, bool]:
    with sessions() as session:
        return {day: session.get(Log, uuid.UUID(log_id)).unresolved for day, log_id in ids.items()}


def _period(start: str, end: str | None = None) -> dict:
    return {"deactivation_date": start, "reactivation_date": end}


def test_scheme_deactivation_flags_logs_let_while_deactivated_and_reactivation_clears_them(consumer, sessions):
    ids = _supported_logs(sessions)
    deactivated = event(
        "organisations.scheme_deactivated",
        {"scheme_id": "s-1", "deactivation_date": "2025-07-01", "deactivation_periods": [_period("2025-07-01")]},
    )
    consumer.handle(deactivated)
    consumer.handle(deactivated)
    assert _flags(sessions, ids) == {"2025-05-01": False, "2025-08-01": True, "2025-10-01": True}

    periods = [_period("2025-07-01", "2025-09-01")]
    consumer.handle(event("organisations.scheme_reactivated", {"scheme_id": "s-1", "deactivation_periods": periods}))
    assert _flags(sessions, ids) == {"2025-05-01": False, "2025-08-01": True, "2025-10-01": False}


def test_a_scheme_reactivation_keeps_logs_whose_location_is_still_deactivated_flagged(consumer, sessions):
    ids = _supported_logs(sessions)
    location_off = {
        "location_id": "l-1",
        "scheme_id": "s-1",
        "deactivation_periods": [_period("2025-09-15")],
        "scheme_deactivation_periods": [_period("2025-07-01")],
    }
    consumer.handle(event("organisations.location_deactivated", location_off))
    assert _flags(sessions, ids) == {"2025-05-01": False, "2025-08-01": True, "2025-10-01": True}

    scheme_back = {
        "scheme_id": "s-1",
        "deactivation_periods": [_period("2025-07-01", "2025-07-02")],
        "location_deactivation_periods": {"l-1": [_period("2025-09-15")]},
    }
    consumer.handle(event("organisations.scheme_reactivated", scheme_back))
    assert _flags(sessions, ids) == {"2025-05-01": False, "2025-08-01": False, "2025-10-01": True}


def test_the_unresolved_list_filter(consumer, sessions, stub, callers):
    ids = _supported_logs(sessions)
    payload = {"location_id": "l-1", "scheme_id": "s-1", "deactivation_periods": [_period("2025-09-15")]}
    consumer.handle(event("organisations.location_deactivated", payload))

    listed = call(stub.ListLogs, pb.ListLogsRequest(unresolved_only=True), token=callers.coordinator())

    assert [log.id for log in listed.logs] == [ids["2025-10-01"]] and listed.logs[0].unresolved
