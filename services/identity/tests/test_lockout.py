"""Five failures lock an account for an hour, with a warning before the last attempt and an emailed
unlock link; an unknown address gets exactly the same answers."""

import pytest
from sqlalchemy import select

from core.identity.v1 import identity_pb2
from core_platform.errors import InvalidArgument, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.models import PasswordResetRequest
from identity_service.domain import password_reset
from identity_service.domain.sign_in import ACCOUNT_LOCKED, INCORRECT_CREDENTIALS, LAST_ATTEMPT_WARNING

EXPECTED = [INCORRECT_CREDENTIALS] * 3 + [LAST_ATTEMPT_WARNING, ACCOUNT_LOCKED, ACCOUNT_LOCKED]


def attempts(identity, email, count):
    messages = []
    for _ in range(count):
        with pytest.raises(Unauthenticated) as raised:
            call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=email, password="wrong password"))
        messages.append(raised.value.message)
    return messages


def test_unknown_address_gets_the_same_warning_and_lock_message_as_a_real_account(identity, make_user):
    user = make_user()

    assert attempts(identity, user.email, 6) == EXPECTED
    assert attempts(identity, "nobody-here@example.com", 6) == EXPECTED


def test_locking_emails_an_unlock_link_that_unlocks_once(
    identity, make_user, password, celery_calls, db, emails, clock
):
    user = make_user()
    attempts(identity, user.email, 5)

    request = db.scalars(select(PasswordResetRequest).where(PasswordResetRequest.purpose == "unlock")).one()
    assert [(c.name, c.args) for c in celery_calls] == [("identity.send_password_reset_email", [str(request.id)])]
    password_reset.send_password_reset_email(db, emails, request.id, "http://core.test", clock.now)
    db.commit()
    assert emails.sent[-1].template == "account_unlock"
    token = emails.sent[-1].personalisation["link"].split("/account/unlock?token=")[1]

    call(identity.UnlockAccount, identity_pb2.UnlockAccountRequest(token=token))

    assert call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password))
    with pytest.raises(InvalidArgument):
        call(identity.UnlockAccount, identity_pb2.UnlockAccountRequest(token=token))


def test_a_password_reset_link_cannot_unlock_and_an_unlock_link_cannot_set_a_password(
    identity, make_user, db, emails, clock
):
    user = make_user()
    attempts(identity, user.email, 5)
    request = db.scalars(select(PasswordResetRequest).where(PasswordResetRequest.purpose == "unlock")).one()
    password_reset.send_password_reset_email(db, emails, request.id, "http://core.test", clock.now)
    db.commit()
    token = emails.sent[-1].personalisation["link"].split("token=")[1]

    with pytest.raises(InvalidArgument):
        call(
            identity.ResetPassword, identity_pb2.ResetPasswordRequest(token=token, new_password="a long new passphrase")
        )
