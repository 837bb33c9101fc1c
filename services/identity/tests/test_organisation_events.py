"""Identity consumes organisations.merged and organisations.deactivated; every handler is idempotent,
so each test hands the consumer the same event twice."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from core_platform.events.envelope import Event, MalformedEvent
from core_platform.events.topology import IDENTITY_ORGANISATION_CHANGES, SUBSCRIPTIONS, topic_matches
from identity_service.consumers import build_consumer
from identity_service.data.models import User, UserSession, outbox
from identity_service.domain.organisation_changes import apply_due_merges
from identity_service.domain.sessions import start_session

ORG_A = str(uuid.UUID("00000000-0000-4000-8000-00000000000a"))  # as conftest
ORG_B = str(uuid.UUID("00000000-0000-4000-8000-00000000000b"))
ORG_C = str(uuid.UUID("00000000-0000-4000-8000-00000000000c"))


def event(event_type, payload, now):
    return Event(id=uuid.uuid4(), type=event_type, source="organisations", occurred_at=now, payload=payload)


def merged(now, merge_date, merged_ids=(ORG_A,), absorbing=ORG_B):
    payload = {
        "absorbing_organisation_id": absorbing,
        "merged_organisation_ids": list(merged_ids),
        "merge_date": merge_date.isoformat(),
    }
    return event("organisations.merged", payload, now)


@pytest.fixture
def consumer(sessions, clock):
    return build_consumer(sessions, clock)


def open_sessions(db, user):
    return db.scalars(select(UserSession).where(UserSession.user_id == user.id, UserSession.ended_at.is_(None))).all()


def outbox_types(db):
    return [row.event_type for row in db.execute(select(outbox)).all()]


def test_the_subscription_binds_organisation_events_and_is_declared():
    assert IDENTITY_ORGANISATION_CHANGES in SUBSCRIPTIONS
    assert any(topic_matches(p, "organisations.merged") for p in IDENTITY_ORGANISATION_CHANGES.bindings)
    assert any(topic_matches(p, "organisations.deactivated") for p in IDENTITY_ORGANISATION_CHANGES.bindings)


def test_a_past_merge_moves_the_users_at_once_and_ends_their_sessions(consumer, make_user, db, clock):
    moving, other = make_user(organisation_id=ORG_A), make_user(organisation_id=ORG_C)
    start_session(db, moving, clock.now)
    db.commit()
    the_event = merged(clock.now, clock.now.date() - timedelta(days=1))

    consumer.handle(the_event)
    consumer.handle(the_event)

    db.expire_all()
    assert db.get(User, moving.id).organisation_id == ORG_B
    assert db.get(User, other.id).organisation_id == ORG_C
    assert open_sessions(db, moving) == []
    assert outbox_types(db).count("identity.user_moved") == 1


def test_a_future_merge_waits_for_its_date(consumer, sessions, make_user, db, clock):
    moving = make_user(organisation_id=ORG_A)
    the_event = merged(clock.now, clock.now.date() + timedelta(days=3))

    consumer.handle(the_event)
    consumer.handle(the_event)
    db.expire_all()
    assert db.get(User, moving.id).organisation_id == ORG_A

    with sessions() as session, session.begin():
        assert apply_due_merges(session, clock.now + timedelta(days=3)) == 1
        assert apply_due_merges(session, clock.now + timedelta(days=4)) == 0
    db.expire_all()
    assert db.get(User, moving.id).organisation_id == ORG_B


def test_a_merge_of_several_organisations_moves_every_ones_users(consumer, make_user, db, clock):
    first, second = make_user(organisation_id=ORG_A), make_user(organisation_id=ORG_C)

    consumer.handle(merged(clock.now, clock.now.date(), merged_ids=(ORG_A, ORG_C)))

    db.expire_all()
    assert {db.get(User, first.id).organisation_id, db.get(User, second.id).organisation_id} == {ORG_B}


def test_deactivating_an_organisation_deactivates_and_signs_out_its_users(consumer, make_user, db, clock):
    user, elsewhere = make_user(organisation_id=ORG_A), make_user(organisation_id=ORG_B)
    start_session(db, user, clock.now)
    db.commit()
    the_event = event("organisations.deactivated", {"organisation_id": ORG_A}, clock.now)

    consumer.handle(the_event)
    consumer.handle(the_event)

    db.expire_all()
    assert not db.get(User, user.id).active
    assert db.get(User, elsewhere.id).active
    assert open_sessions(db, user) == []
    assert outbox_types(db).count("identity.user_deactivated") == 1


def test_a_user_already_deactivated_is_left_alone(consumer, make_user, db, clock):
    make_user(organisation_id=ORG_A, active=False)

    consumer.handle(event("organisations.deactivated", {"organisation_id": ORG_A}, clock.now))

    assert outbox_types(db) == []


def test_other_organisation_events_are_acknowledged_without_change(consumer, make_user, db, clock):
    user = make_user(organisation_id=ORG_A)

    consumer.handle(event("organisations.organisation_updated", {"organisation_id": ORG_A}, clock.now))

    db.expire_all()
    assert db.get(User, user.id).active and db.get(User, user.id).organisation_id == ORG_A


@pytest.mark.parametrize(
    "payload",
    [{}, {"organisation_id": "not-a-uuid"}],
)
def test_a_deactivation_without_a_valid_organisation_is_poison(consumer, clock, payload):
    with pytest.raises(MalformedEvent):
        consumer.handle(event("organisations.deactivated", payload, clock.now))


def test_a_merge_without_a_date_is_poison(consumer, clock):
    bad = event(
        "organisations.merged", {"absorbing_organisation_id": ORG_B, "merged_organisation_ids": [ORG_A]}, clock.now
    )

    with pytest.raises(MalformedEvent):
        consumer.handle(bad)


def test_the_platform_beat_applies_due_merges_daily_and_when_it_starts_on_the_identity_queue():
    from celery.schedules import crontab

    from core_platform.beat import create_beat_app, send_start_up_tasks
    from identity_service import tasks

    beat = create_beat_app()
    entry = beat.conf.beat_schedule["organisation-merges-due"]
    assert entry["task"] == tasks.APPLY_DUE_ORGANISATION_MERGES and entry["task"] in tasks.app.tasks
    assert entry["options"] == {"queue": "identity"} and entry["schedule"] == crontab(hour=0, minute=5)
    assert tasks.app.amqp.router.route({}, entry["task"])["queue"].name == "identity"

    sent: list[tuple[str, str]] = []

    class RecordingApp:
        def send_task(self, name: str, queue: str) -> None:
            sent.append((name, queue))

    send_start_up_tasks(RecordingApp())  # type: ignore[arg-type]
    assert sent == [(tasks.APPLY_DUE_ORGANISATION_MERGES, "identity")]
