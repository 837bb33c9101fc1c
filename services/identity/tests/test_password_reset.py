import hashlib
import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from core.identity.v1 import identity_pb2
from core_platform.db import utcnow
from core_platform.errors import InvalidArgument, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.models import PasswordResetRequest
from identity_service.domain import password_reset

NEW_PASSWORD = "a brand new passphrase"


def request_reset(identity, email):
    return call(identity.RequestPasswordReset, identity_pb2.RequestPasswordResetRequest(email=email))


def reset(identity, token, new_password=NEW_PASSWORD):
    return call(identity.ResetPassword, identity_pb2.ResetPasswordRequest(token=token, new_password=new_password))


def token_from(link):
    return parse_qs(urlsplit(link).query)["token"][0]


class RecordingSender:
    def __init__(self):
        self.sent = []

    def send(self, to, template, personalisation, reference):
        self.sent.append((to, template, personalisation, reference))
        return "message-id"


@pytest.fixture
def reset_token(db, clock):
    """Request a reset for a user and send the email; returns the token from the link."""

    def make(user):
        request_id = password_reset.request_password_reset(db, user.email, clock.now)
        sender = RecordingSender()
        password_reset.send_password_reset_email(db, sender, request_id, "http://127.0.0.1:8080", clock.now)
        db.commit()
        return token_from(sender.sent[0][2]["link"])

    return make


def test_reset_request_for_a_known_email_enqueues_the_email_task_on_the_identity_queue(
    identity, make_user, celery_calls, db
):
    user = make_user()

    response = request_reset(identity, user.email.upper())

    request = db.query(PasswordResetRequest).filter_by(user_id=user.id).one()
    assert response == identity_pb2.RequestPasswordResetResponse()
    assert [(c.name, c.args, c.queue) for c in celery_calls] == [
        ("identity.send_password_reset_email", [str(request.id)], "identity")
    ]


def test_reset_request_for_an_unknown_or_deactivated_email_gets_the_same_answer_and_sends_nothing(
    identity, make_user, celery_calls
):
    deactivated = make_user(active=False)

    assert request_reset(identity, "nobody@example.com") == identity_pb2.RequestPasswordResetResponse()
    assert request_reset(identity, deactivated.email) == identity_pb2.RequestPasswordResetResponse()
    assert celery_calls == []


@pytest.fixture
def run_task(sessions, var_dir, monkeypatch):
    """Run the email task's function in process, against the test's database and a temporary outbox."""
    # Imported once CORE_VAR_DIR points at the temporary folder: the Celery app makes its folders on import.
    from identity_service import tasks

    monkeypatch.setattr(tasks, "session_factory", lambda: sessions)
    monkeypatch.setenv("FRONTEND_URL", "https://core.example.gov.uk")
    monkeypatch.delenv("NOTIFY_API_KEY", raising=False)

    def run(request_id):
        tasks.send_password_reset_email.run(str(request_id))
        return [json.loads(path.read_text()) for path in sorted((var_dir / "outbox").glob("*.json"))]

    return run


def test_email_task_sends_a_link_valid_for_3_hours_and_stores_only_the_tokens_hash(run_task, make_user, db):
    user = make_user(name="Pat Provider")
    request_id = password_reset.request_password_reset(db, user.email, utcnow())
    db.commit()

    [message] = run_task(request_id)

    link = message["personalisation"]["link"]
    token = token_from(link)
    assert link.startswith("https://core.example.gov.uk/account/password/edit?token=")
    assert (message["to"], message["template"], message["subject"]) == (
        user.email,
        "password_reset",
        "Reset your password",
    )
    assert link in message["body"] and "3 hours" in message["body"]
    request = db.get(PasswordResetRequest, request_id)
    db.refresh(request)
    assert request.sent_at is not None
    assert request.token_hash == hashlib.sha256(token.encode()).hexdigest()


def test_email_task_sends_nothing_when_redelivered_or_when_the_request_has_expired(run_task, make_user, db):
    user = make_user()
    now = utcnow()
    # Older first: a newer request supersedes any unsent or unused one.
    stale = password_reset.request_password_reset(db, user.email, now - timedelta(hours=3, minutes=1))
    fresh = password_reset.request_password_reset(db, user.email, now)
    db.commit()

    assert len(run_task(fresh)) == 1
    assert len(run_task(fresh)) == 1
    assert len(run_task(stale)) == 1


def test_reset_sets_the_password_unlocks_the_account_and_ends_its_sessions(
    identity, make_user, password, reset_token, clock, db
):
    user = make_user()
    session_id = call(
        identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password)
    ).session_id
    user.locked_until = clock.now + timedelta(minutes=30)
    db.commit()

    reset(identity, reset_token(user))

    with pytest.raises(Unauthenticated):
        call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=session_id))
    with pytest.raises(Unauthenticated):
        call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=password))
    call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=user.email, password=NEW_PASSWORD))


def test_reset_token_works_only_once(identity, make_user, reset_token):
    token = reset_token(make_user())
    reset(identity, token)

    with pytest.raises(InvalidArgument) as raised:
        reset(identity, token, "yet another passphrase")

    assert set(raised.value.field_errors) == {"token"}


def test_reset_token_expires_after_3_hours(identity, make_user, reset_token, clock):
    token = reset_token(make_user())
    clock.advance(hours=3)

    with pytest.raises(InvalidArgument) as raised:
        reset(identity, token)

    assert set(raised.value.field_errors) == {"token"}


def test_new_password_under_12_characters_is_refused_and_the_link_still_works(identity, make_user, reset_token):
    token = reset_token(make_user())

    with pytest.raises(InvalidArgument) as raised:
        reset(identity, token, "elevenchars")

    assert raised.value.field_errors == {"password": "Your password must be at least 12 characters long"}
    reset(identity, token, "twelve chars")
