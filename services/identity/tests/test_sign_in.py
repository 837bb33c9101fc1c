import grpc
import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.domain.sign_in import ACCOUNT_LOCKED, LAST_ATTEMPT_WARNING

INCORRECT = "Incorrect email or password"


def authenticate(identity, email, password, ip="203.0.113.7"):
    return call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=email, password=password, client_ip=ip))


def test_signs_in_with_correct_password_and_records_the_time(identity, make_user, password, clock, db):
    user = make_user(email="pat@example.com", role="data_coordinator")

    response = authenticate(identity, "Pat@Example.com", password)

    assert response.session_id and response.access_token
    assert response.user.id == str(user.id)
    assert response.user.role == identity_pb2.ROLE_DATA_COORDINATOR
    assert response.user.last_sign_in_at.ToDatetime().replace(microsecond=0) == clock.now.replace(
        microsecond=0, tzinfo=None
    )
    db.expire_all()
    assert user.last_sign_in_at == clock.now


def test_wrong_password_is_refused_as_unauthenticated(identity, make_user):
    user = make_user()

    with pytest.raises(grpc.RpcError) as raised:
        identity.Authenticate(identity_pb2.AuthenticateRequest(email=user.email, password="not the password"))

    assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert raised.value.details() == INCORRECT


def test_unknown_email_gets_the_same_answer_as_a_wrong_password(identity, password):
    with pytest.raises(Unauthenticated) as raised:
        authenticate(identity, "nobody@example.com", password)

    assert raised.value.message == INCORRECT


def test_five_failed_attempts_lock_the_account_even_for_the_right_password(identity, make_user, password, clock):
    user = make_user()
    messages = []
    for _ in range(5):
        with pytest.raises(Unauthenticated) as raised:
            authenticate(identity, user.email, "wrong password")
        messages.append(raised.value.message)

    assert messages == [INCORRECT] * 3 + [LAST_ATTEMPT_WARNING, ACCOUNT_LOCKED]
    clock.advance(minutes=59)
    with pytest.raises(Unauthenticated, match="locked"):
        authenticate(identity, user.email, password)


def test_lock_ends_after_an_hour_and_success_resets_the_count(identity, make_user, password, clock, db):
    user = make_user(failed_attempts=4)
    with pytest.raises(Unauthenticated):
        authenticate(identity, user.email, "wrong password")

    clock.advance(hours=1, seconds=1)
    authenticate(identity, user.email, password)

    db.expire_all()
    assert (user.failed_attempts, user.locked_until) == (0, None)


def test_deactivated_user_cannot_sign_in(identity, make_user, password):
    user = make_user(active=False)

    with pytest.raises(Unauthenticated) as raised:
        authenticate(identity, user.email, password)

    assert raised.value.message == INCORRECT


def test_sign_in_attempts_are_audited_without_the_password(identity, make_user, password, db):
    user = make_user()
    with pytest.raises(Unauthenticated):
        authenticate(identity, user.email, "wrong password", ip="198.51.100.1")
    authenticate(identity, user.email, password, ip="198.51.100.2")

    events = list_audit_events_for(db, str(user.id))

    assert {(e.event, e.outcome, e.ip) for e in events} == {
        ("sign_in", "wrong_password", "198.51.100.1"),
        ("sign_in", "success", "198.51.100.2"),
    }
    stored = " ".join(str(value) for e in events for value in vars(e).values())
    assert password not in stored and "wrong password" not in stored
