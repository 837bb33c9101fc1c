import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import Unauthenticated
from core_platform.grpc_client import call


@pytest.fixture
def signed_in(identity, make_user, password):
    user = make_user()
    response = call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password))
    return user, response.session_id


def resume(identity, session_id):
    return call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=session_id))


def test_resuming_a_session_returns_the_user_and_a_fresh_token(identity, signed_in, clock):
    user, session_id = signed_in
    clock.advance(minutes=29)

    response = resume(identity, session_id)

    assert response.user.id == str(user.id)
    assert response.session_id == session_id
    assert response.access_token


def test_session_expires_after_30_minutes_idle(identity, signed_in, clock):
    _user, session_id = signed_in
    clock.advance(minutes=30)

    with pytest.raises(Unauthenticated):
        resume(identity, session_id)


def test_session_expires_12_hours_after_sign_in_even_when_in_use(identity, signed_in, clock):
    _user, session_id = signed_in
    for _ in range(47):  # every 15 minutes, up to 11 h 45 m
        clock.advance(minutes=15)
        resume(identity, session_id)

    clock.advance(minutes=15)
    with pytest.raises(Unauthenticated):
        resume(identity, session_id)


def test_use_within_a_minute_is_not_recorded_so_idleness_counts_from_the_last_recorded_use(identity, signed_in, clock):
    _user, session_id = signed_in
    clock.advance(seconds=59)
    resume(identity, session_id)  # not recorded: the session still counts as last used at sign-in
    clock.advance(minutes=29, seconds=1)

    with pytest.raises(Unauthenticated):
        resume(identity, session_id)


def test_use_a_minute_or_more_later_is_recorded(identity, signed_in, clock):
    _user, session_id = signed_in
    clock.advance(minutes=1)
    resume(identity, session_id)
    clock.advance(minutes=29, seconds=59)

    assert resume(identity, session_id).session_id == session_id


def test_ended_session_cannot_be_resumed_and_ending_it_again_is_harmless(identity, signed_in):
    _user, session_id = signed_in

    call(identity.EndSession, identity_pb2.EndSessionRequest(session_id=session_id))
    call(identity.EndSession, identity_pb2.EndSessionRequest(session_id=session_id))

    with pytest.raises(Unauthenticated):
        resume(identity, session_id)


def test_session_of_a_deactivated_user_cannot_be_resumed(identity, signed_in, db):
    user, session_id = signed_in
    user.active = False
    db.commit()

    with pytest.raises(Unauthenticated):
        resume(identity, session_id)
