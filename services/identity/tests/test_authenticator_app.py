"""Support users may register an authenticator app (TOTP) and then sign in with its codes instead of
emailed ones."""

from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import inspect

from core.identity.v1 import identity_pb2
from core_platform.errors import FailedPrecondition, InvalidArgument, PermissionDenied, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.data.models import User
from identity_service.domain.two_factor import TOO_MANY_ATTEMPTS


def token_for(keys, user):
    return keys.token(role=user.role, organisation_id=user.organisation_id, subject=str(user.id))


def authenticate(identity, email, password):
    return call(
        identity.Authenticate, identity_pb2.AuthenticateRequest(email=email, password=password, client_ip="::1")
    )


def verify(identity, session_id, code):
    request = identity_pb2.VerifySecondFactorRequest(session_id=session_id, code=code, client_ip="::1")
    return call(identity.VerifySecondFactor, request)


def start(identity, token):
    return call(
        identity.StartAuthenticatorAppRegistration, identity_pb2.StartAuthenticatorAppRegistrationRequest(), token=token
    )


def confirm(identity, token, code):
    request = identity_pb2.ConfirmAuthenticatorAppRegistrationRequest(code=code, client_ip="::1")
    return call(identity.ConfirmAuthenticatorAppRegistration, request, token=token)


def code_at(secret, when):
    return pyotp.TOTP(secret).at(when)


@pytest.fixture
def support(make_user):
    return make_user(email="sam@example.com", role="support")


@pytest.fixture
def registered(identity, keys, support, clock):
    """A support user with a confirmed app: its secret."""
    secret = start(identity, token_for(keys, support)).secret
    confirm(identity, token_for(keys, support), code_at(secret, clock.now))
    clock.advance(seconds=60)  # past the step of the confirming code
    return secret


def test_registration_gives_the_secret_as_text_and_as_an_otpauth_uri(identity, keys, support):
    response = start(identity, token_for(keys, support))

    assert len(response.secret) >= 16
    parsed = pyotp.parse_uri(response.otpauth_uri)
    assert parsed.secret == response.secret
    assert parsed.issuer == "CORE" and parsed.name == "sam@example.com"


def test_the_secret_is_stored_encrypted_not_as_given(identity, keys, support, db):
    secret = start(identity, token_for(keys, support)).secret

    db.expire_all()
    stored = db.get(User, support.id).totp_pending_secret
    assert stored and secret not in stored


def test_sign_in_keeps_emailing_codes_until_a_first_app_code_confirms_the_app(
    identity, keys, support, password, emails, clock
):
    secret = start(identity, token_for(keys, support)).secret
    assert authenticate(identity, support.email, password).second_factor_method == (
        identity_pb2.SECOND_FACTOR_METHOD_EMAIL
    )

    with pytest.raises(InvalidArgument) as wrong:
        confirm(identity, token_for(keys, support), "000000" if code_at(secret, clock.now) != "000000" else "111111")
    assert "incorrect" in wrong.value.field_errors["code"]
    confirm(identity, token_for(keys, support), code_at(secret, clock.now))

    user = call(identity.GetUser, identity_pb2.GetUserRequest(id=str(support.id)), token=token_for(keys, support))
    assert user.second_factor_method == identity_pb2.SECOND_FACTOR_METHOD_TOTP


def test_sign_in_asks_for_the_app_code_and_emails_nothing(identity, support, password, registered, emails, clock):
    emails.sent.clear()
    response = authenticate(identity, support.email, password)

    assert response.second_factor_required
    assert response.second_factor_method == identity_pb2.SECOND_FACTOR_METHOD_TOTP
    assert emails.sent == []
    signed_in = verify(identity, response.session_id, code_at(registered, clock.now))
    assert signed_in.access_token


def test_an_app_code_works_only_once(identity, support, password, registered, clock):
    code = code_at(registered, clock.now)
    verify(identity, authenticate(identity, support.email, password).session_id, code)

    second = authenticate(identity, support.email, password)
    with pytest.raises(InvalidArgument):
        verify(identity, second.session_id, code)


def test_a_code_from_one_step_either_side_is_accepted_for_clock_drift(identity, support, password, registered, clock):
    response = authenticate(identity, support.email, password)

    assert verify(identity, response.session_id, code_at(registered, clock.now - timedelta(seconds=30))).access_token


def test_an_old_app_code_is_refused(identity, support, password, registered, clock):
    response = authenticate(identity, support.email, password)

    with pytest.raises(InvalidArgument):
        verify(identity, response.session_id, code_at(registered, clock.now - timedelta(minutes=5)))


def test_three_wrong_app_codes_sign_the_user_out(identity, support, password, registered, clock, db):
    response = authenticate(identity, support.email, password)
    right = code_at(registered, clock.now)
    wrong = "000000" if right != "000000" else "111111"

    for _ in range(2):
        with pytest.raises(InvalidArgument):
            verify(identity, response.session_id, wrong)
    with pytest.raises(Unauthenticated) as ended:
        verify(identity, response.session_id, wrong)
    assert ended.value.message == TOO_MANY_ATTEMPTS
    with pytest.raises(Unauthenticated):
        verify(identity, response.session_id, right)
    outcomes = [e.outcome for e in list_audit_events_for(db, str(support.id)) if e.event == "second_factor"]
    assert outcomes.count("wrong_code") == 3 and "signed_out" in outcomes


def test_resending_a_code_is_refused_for_app_users(identity, support, password, registered, emails):
    emails.sent.clear()
    response = authenticate(identity, support.email, password)

    with pytest.raises(FailedPrecondition):
        call(
            identity.ResendSecondFactorCode,
            identity_pb2.ResendSecondFactorCodeRequest(session_id=response.session_id),
        )
    assert emails.sent == []


def test_removing_the_app_goes_back_to_emailed_codes(identity, keys, support, password, registered, emails):
    call(identity.RemoveAuthenticatorApp, identity_pb2.RemoveAuthenticatorAppRequest(), token=token_for(keys, support))

    response = authenticate(identity, support.email, password)
    assert response.second_factor_method == identity_pb2.SECOND_FACTOR_METHOD_EMAIL
    assert emails.sent[-1].template == "sign_in_code"


def test_users_without_a_second_factor_cannot_register_an_app(identity, keys, make_user):
    provider = make_user(role="data_provider")

    with pytest.raises(PermissionDenied):
        start(identity, token_for(keys, provider))


def test_confirming_without_starting_says_start_again(identity, keys, support):
    with pytest.raises(FailedPrecondition):
        confirm(identity, token_for(keys, support), "123456")


def test_the_secret_never_appears_in_logs_or_audit(identity, keys, support, clock, db, caplog):
    caplog.set_level("DEBUG")
    secret = start(identity, token_for(keys, support)).secret
    confirm(identity, token_for(keys, support), code_at(secret, clock.now))

    assert secret not in caplog.text
    for event in list_audit_events_for(db, str(support.id)):
        assert secret not in " ".join(str(value) for value in inspect(event).dict.values())
