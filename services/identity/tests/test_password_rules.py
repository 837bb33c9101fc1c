"""New passwords: 12 to 128 characters, not the email address, not a common password; no composition
rules. Changing a password needs the current one and ends every other session."""

import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import InvalidArgument, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.domain import password_reset
from identity_service.domain.passwords import (
    PASSWORD_IS_EMAIL,
    PASSWORD_TOO_COMMON,
    PASSWORD_TOO_LONG,
    PASSWORD_TOO_SHORT,
    common_passwords,
    password_problem,
)


def test_deny_list_ships_at_least_ten_thousand_common_passwords():
    assert len(common_passwords()) >= 10_000
    assert {"password", "123456", "qwertyuiop"} <= common_passwords()


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("a" * 11, PASSWORD_TOO_SHORT),
        ("a" * 129, PASSWORD_TOO_LONG),
        ("Pat@Example.com", PASSWORD_IS_EMAIL),
        ("password1234", PASSWORD_TOO_COMMON),
        ("PASSWORD1234", PASSWORD_TOO_COMMON),
        ("a" * 12, None),
        ("a" * 128, None),
        ("lowercase only words", None),  # no composition rules
    ],
)
def test_password_rules(password, problem):
    assert password_problem(password, "pat@example.com") == problem


def change(identity, token, session_id, current, new):
    request = identity_pb2.ChangePasswordRequest(
        session_id=session_id, current_password=current, new_password=new, client_ip="192.0.2.3"
    )
    return call(identity.ChangePassword, request, token=token)


def sign_in(identity, email, password):
    return call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=email, password=password))


def test_change_password_needs_the_current_one(identity, make_user, db):
    user = make_user()
    signed_in = sign_in(identity, user.email, "correct horse battery staple")

    with pytest.raises(InvalidArgument) as raised:
        change(identity, signed_in.access_token, signed_in.session_id, "not it", "a brand new passphrase")

    assert raised.value.field_errors == {"current_password": "The password you entered is incorrect"}
    assert ("password_changed", "wrong_password") in [
        (e.event, e.outcome) for e in list_audit_events_for(db, str(user.id))
    ]


def test_change_password_applies_the_rules(identity, make_user, password):
    user = make_user()
    signed_in = sign_in(identity, user.email, password)

    with pytest.raises(InvalidArgument) as raised:
        change(identity, signed_in.access_token, signed_in.session_id, password, "password1234")

    assert raised.value.field_errors == {"password": PASSWORD_TOO_COMMON}


def test_change_password_ends_other_sessions_and_keeps_this_one(identity, make_user, password):
    user = make_user()
    here = sign_in(identity, user.email, password)
    elsewhere = sign_in(identity, user.email, password)

    change(identity, here.access_token, here.session_id, password, "a brand new passphrase")

    assert call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=here.session_id))
    with pytest.raises(Unauthenticated):
        call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=elsewhere.session_id))
    assert sign_in(identity, user.email, "a brand new passphrase")


def test_reset_refuses_a_common_password(identity, make_user, db, emails, clock):
    user = make_user()
    request_id = password_reset.request_password_reset(db, user.email, clock.now)
    password_reset.send_password_reset_email(db, emails, request_id, "http://core.test", clock.now)
    db.commit()
    token = emails.sent[-1].personalisation["link"].split("token=")[1]

    with pytest.raises(InvalidArgument) as raised:
        call(identity.ResetPassword, identity_pb2.ResetPasswordRequest(token=token, new_password="password1234"))

    assert raised.value.field_errors == {"password": PASSWORD_TOO_COMMON}
