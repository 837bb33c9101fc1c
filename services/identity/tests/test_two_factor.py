"""Support users sign in with a password and then a 6-digit code sent by email."""

import pytest

from core.identity.v1 import identity_pb2
from core_platform.db import session_scope
from core_platform.errors import InvalidArgument, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.data.models import UserSession
from identity_service.domain.secret_tokens import hash_token
from identity_service.domain.two_factor import CODE_EXPIRED, CODE_INCORRECT, TOO_MANY_ATTEMPTS, start_pending_session
from identity_service.rpc.code_delivery import CodeDelivery


def authenticate(identity, email, password):
    return call(
        identity.Authenticate, identity_pb2.AuthenticateRequest(email=email, password=password, client_ip="::1")
    )


def verify(identity, session_id, code):
    request = identity_pb2.VerifySecondFactorRequest(session_id=session_id, code=code, client_ip="::1")
    return call(identity.VerifySecondFactor, request)


def resume(identity, session_id):
    return call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=session_id))


@pytest.fixture
def support(make_user):
    return make_user(email="sam@example.com", role="support")


@pytest.fixture
def waiting(identity, support, password, emails):
    """A support user's session after the right password: (session id, the emailed code)."""
    response = authenticate(identity, support.email, password)
    return response.session_id, emails.sent[-1].personalisation["code"]


def test_support_user_needs_a_code_after_the_password_and_gets_no_token_until_then(identity, waiting, emails):
    session_id, code = waiting

    assert len(code) == 6 and code.isdigit()
    assert [(e.to, e.template) for e in emails.sent] == [("sam@example.com", "sign_in_code")]
    with pytest.raises(Unauthenticated):
        resume(identity, session_id)
    signed_in = verify(identity, session_id, code)
    assert signed_in.access_token and not signed_in.second_factor_required
    assert resume(identity, session_id).user.email == "sam@example.com"


def test_authenticate_says_a_second_factor_is_required_and_by_email(identity, support, password):
    response = authenticate(identity, support.email, password)

    assert response.second_factor_required
    assert response.second_factor_method == identity_pb2.SECOND_FACTOR_METHOD_EMAIL
    assert response.access_token == ""


def test_other_roles_sign_in_with_the_password_alone(identity, make_user, password, emails):
    user = make_user(role="data_coordinator")

    response = authenticate(identity, user.email, password)

    assert response.access_token and not response.second_factor_required
    assert emails.sent == []


def test_code_is_stored_only_as_a_hash(waiting, db):
    session_id, code = waiting
    stored = db.query(UserSession).filter(UserSession.second_factor_pending.is_(True)).one()
    assert stored.code_hash and code not in stored.code_hash and stored.code_hash.startswith("$argon2id$")


def test_a_code_works_once(identity, waiting):
    session_id, code = waiting
    verify(identity, session_id, code)

    with pytest.raises(Unauthenticated):
        verify(identity, session_id, code)


def test_code_expires_after_10_minutes(identity, waiting, clock):
    session_id, code = waiting
    clock.advance(minutes=10, seconds=1)

    with pytest.raises(InvalidArgument) as raised:
        verify(identity, session_id, code)
    assert raised.value.field_errors == {"code": CODE_EXPIRED}


def test_three_wrong_codes_sign_the_user_out(identity, waiting, db, support):
    session_id, code = waiting
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(2):
        with pytest.raises(InvalidArgument) as raised:
            verify(identity, session_id, wrong)
        assert raised.value.field_errors == {"code": CODE_INCORRECT}

    with pytest.raises(Unauthenticated) as raised:
        verify(identity, session_id, wrong)

    assert raised.value.message == TOO_MANY_ATTEMPTS
    with pytest.raises(Unauthenticated):
        verify(identity, session_id, code)  # even the right code no longer helps
    outcomes = [(e.event, e.outcome) for e in list_audit_events_for(db, str(support.id))]
    assert outcomes.count(("second_factor", "wrong_code")) == 3
    assert ("second_factor", "signed_out") in outcomes


def test_resend_sends_a_new_code_and_the_old_one_stops_working(identity, waiting, emails):
    session_id, old_code = waiting

    call(identity.ResendSecondFactorCode, identity_pb2.ResendSecondFactorCodeRequest(session_id=session_id))

    new_code = emails.sent[-1].personalisation["code"]
    assert len(emails.sent) == 2
    if new_code != old_code:
        with pytest.raises(InvalidArgument):
            verify(identity, session_id, old_code)
    assert verify(identity, session_id, new_code).access_token


def test_resend_for_an_unknown_session_is_refused(identity):
    with pytest.raises(Unauthenticated):
        call(identity.ResendSecondFactorCode, identity_pb2.ResendSecondFactorCodeRequest(session_id="nope"))


def test_the_code_is_sent_by_a_task_on_the_identity_queue(waiting, celery_calls, db):
    session_id, _ = waiting
    assert [(c.name, c.queue) for c in celery_calls] == [("identity.send_sign_in_code_email", "identity")]
    assert celery_calls[0].args == [hash_token(session_id)]  # the waiting session's row, never the code


def test_a_redelivered_code_task_sends_nothing_more(waiting, emails, celery_calls):
    from identity_service import tasks

    tasks.send_sign_in_code_email(*celery_calls[0].args)

    assert len(emails.sent) == 1


def test_with_the_worker_down_sign_in_waits_briefly_and_the_task_sends_later(
    sessions, support, clock, celery_calls, code_worker, emails
):
    from identity_service import tasks

    with session_scope(sessions) as session:
        _token, row_id = start_pending_session(session, support, clock.now)
    now = [0.0]
    naps: list[float] = []

    def sleep(seconds: float) -> None:
        naps.append(seconds)
        now[0] += seconds

    waiting_for_a_worker = CodeDelivery(
        sessions, tasks.enqueue_sign_in_code_email, wait_seconds=1.0, monotonic=lambda: now[0], sleep=sleep
    )
    waiting_for_a_worker(row_id)  # returns rather than failing the sign-in

    assert emails.sent == [] and 1.0 <= sum(naps) < 1.5
    assert [c.args for c in celery_calls] == [[row_id]]

    tasks.send_sign_in_code_email(row_id)  # the worker is back
    naps.clear()
    waiting_for_a_worker(row_id)

    assert [e.template for e in emails.sent] == ["sign_in_code"] and naps == []


def test_a_broken_queue_does_not_fail_the_sign_in(sessions):
    def broken(session_row_id: str) -> None:
        raise ConnectionError("broker is down")

    CodeDelivery(sessions, broken)("any-row")  # logs it; the page offers "resend code"


def test_audit_of_second_factor_never_holds_the_code(identity, waiting, db, support):
    session_id, code = waiting
    verify(identity, session_id, code)

    stored = " ".join(str(v) for e in list_audit_events_for(db, str(support.id)) for v in vars(e).values())
    assert code not in stored
    assert ("second_factor", "success") in [(e.event, e.outcome) for e in list_audit_events_for(db, str(support.id))]
