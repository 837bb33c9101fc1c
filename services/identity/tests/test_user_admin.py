"""Inviting, editing, deactivating and reactivating users; who may do what to whom."""

import uuid

import pytest
from sqlalchemy import select

from core.identity.v1 import identity_pb2
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied, Unauthenticated
from core_platform.grpc_client import call
from identity_service.data.audit import list_audit_events_for
from identity_service.data.models import PasswordResetRequest, outbox
from identity_service.domain import password_reset
from identity_service.domain.password_reset import INVITATION_VALIDITY

ORG_A = str(uuid.uuid4())
ORG_B = str(uuid.uuid4())


@pytest.fixture
def coordinator(make_user):
    return make_user(name="Chris", role="data_coordinator", organisation_id=ORG_A)


def token_for(keys, user):
    return keys.token(role=user.role, organisation_id=user.organisation_id, subject=str(user.id))


def invite(identity, token, **fields):
    values = {"email": "new@example.com", "name": "New Person", "role": identity_pb2.ROLE_DATA_PROVIDER, **fields}
    return call(identity.CreateUser, identity_pb2.CreateUserRequest(client_ip="192.0.2.1", **values), token=token)


def test_coordinator_invites_a_user_to_their_organisation_with_an_emailed_link(
    identity, keys, coordinator, celery_calls, db, clock
):
    created = invite(identity, token_for(keys, coordinator), is_key_contact=True, organisation_id=ORG_B)

    assert (created.organisation_id, created.is_key_contact, created.invitation_pending) == (ORG_A, True, True)
    request = db.scalars(select(PasswordResetRequest).where(PasswordResetRequest.purpose == "invitation")).one()
    assert [(c.name, c.args, c.queue) for c in celery_calls] == [
        ("identity.send_password_reset_email", [str(request.id), {"inviter": "Chris"}], "identity")
    ]
    assert request.expires_at == clock.now + INVITATION_VALIDITY


def test_invitation_email_has_a_set_password_link_valid_3_days_and_usable_once(
    identity, keys, coordinator, db, emails, clock
):
    invite(identity, token_for(keys, coordinator))
    request = db.scalars(select(PasswordResetRequest).where(PasswordResetRequest.purpose == "invitation")).one()

    password_reset.send_password_reset_email(
        db, emails, request.id, "http://core.test", clock.now, {"inviter": "Chris"}
    )
    db.commit()

    sent = emails.sent[-1]
    assert sent.template == "invitation" and sent.personalisation["inviter"] == "Chris"
    token = sent.personalisation["link"].split("/account/password/set?token=")[1]
    clock.advance(days=2, hours=23)
    call(identity.ResetPassword, identity_pb2.ResetPasswordRequest(token=token, new_password="a long new passphrase"))
    with pytest.raises(InvalidArgument):
        call(identity.ResetPassword, identity_pb2.ResetPasswordRequest(token=token, new_password="another passphrase"))
    signed_in = call(
        identity.Authenticate,
        identity_pb2.AuthenticateRequest(email="new@example.com", password="a long new passphrase"),
    )
    assert signed_in.user.name == "New Person"


def test_coordinator_cannot_make_anyone_support(identity, keys, coordinator, make_user):
    with pytest.raises(PermissionDenied):
        invite(identity, token_for(keys, coordinator), role=identity_pb2.ROLE_SUPPORT)
    colleague = make_user(organisation_id=ORG_A)
    request = identity_pb2.UpdateUserRequest(id=str(colleague.id), role=identity_pb2.ROLE_SUPPORT)
    with pytest.raises(PermissionDenied):
        call(identity.UpdateUser, request, token=token_for(keys, coordinator))


def test_data_provider_cannot_invite(identity, keys, make_user):
    provider = make_user(organisation_id=ORG_A)
    with pytest.raises(PermissionDenied):
        invite(identity, token_for(keys, provider))


def test_inviting_an_existing_email_is_refused(identity, keys, coordinator):
    from core_platform.errors import AlreadyExists

    with pytest.raises(AlreadyExists):
        invite(identity, token_for(keys, coordinator), email=coordinator.email.upper())


def test_coordinator_changes_role_and_flags_of_their_own_users_and_it_is_audited(
    identity, keys, coordinator, make_user, db
):
    colleague = make_user(organisation_id=ORG_A)
    request = identity_pb2.UpdateUserRequest(
        id=str(colleague.id), role=identity_pb2.ROLE_DATA_COORDINATOR, is_dpo=True, client_ip="192.0.2.9"
    )

    updated = call(identity.UpdateUser, request, token=token_for(keys, coordinator))

    assert (updated.role, updated.is_dpo, updated.is_key_contact) == (identity_pb2.ROLE_DATA_COORDINATOR, True, False)
    events = {(e.event, e.actor_id, e.ip) for e in list_audit_events_for(db, str(colleague.id))}
    assert events == {
        ("role_changed", str(coordinator.id), "192.0.2.9"),
        ("flags_changed", str(coordinator.id), "192.0.2.9"),
    }


def test_coordinator_cannot_see_or_manage_another_organisations_user(identity, keys, coordinator, make_user):
    stranger = make_user(organisation_id=ORG_B)
    token = token_for(keys, coordinator)
    with pytest.raises(NotFound):
        call(identity.UpdateUser, identity_pb2.UpdateUserRequest(id=str(stranger.id), name="X"), token=token)
    with pytest.raises(NotFound):
        call(identity.SetUserActive, identity_pb2.SetUserActiveRequest(id=str(stranger.id)), token=token)


def test_data_provider_may_change_only_their_own_name(identity, keys, make_user):
    provider = make_user(organisation_id=ORG_A)
    colleague = make_user(organisation_id=ORG_A)
    token = token_for(keys, provider)

    renamed = call(identity.UpdateUser, identity_pb2.UpdateUserRequest(id=str(provider.id), name="Pat P"), token=token)

    assert renamed.name == "Pat P"
    with pytest.raises(PermissionDenied):
        call(identity.UpdateUser, identity_pb2.UpdateUserRequest(id=str(colleague.id), name="X"), token=token)
    with pytest.raises(PermissionDenied):
        call(identity.UpdateUser, identity_pb2.UpdateUserRequest(id=str(provider.id), is_dpo=True), token=token)


def test_only_support_moves_a_user_to_another_organisation_which_ends_their_sessions(
    identity, keys, coordinator, make_user, password, db
):
    colleague = make_user(organisation_id=ORG_A)
    session_id = call(
        identity.Authenticate, identity_pb2.AuthenticateRequest(email=colleague.email, password=password)
    ).session_id
    move = identity_pb2.UpdateUserRequest(id=str(colleague.id), organisation_id=ORG_B)
    with pytest.raises(PermissionDenied):
        call(identity.UpdateUser, move, token=token_for(keys, coordinator))

    moved = call(identity.UpdateUser, move, token=keys.token(role="support", organisation_id=str(uuid.uuid4())))

    assert moved.organisation_id == ORG_B
    with pytest.raises(Unauthenticated):
        call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=session_id))
    types = [row.event_type for row in db.execute(select(outbox)).all()]
    assert "identity.user_moved" in types


def test_deactivation_ends_sessions_at_once_and_publishes_user_deactivated(
    identity, keys, coordinator, make_user, password, db
):
    colleague = make_user(organisation_id=ORG_A)
    session_id = call(
        identity.Authenticate, identity_pb2.AuthenticateRequest(email=colleague.email, password=password)
    ).session_id
    request = identity_pb2.SetUserActiveRequest(id=str(colleague.id), active=False)

    result = call(identity.SetUserActive, request, token=token_for(keys, coordinator))
    call(identity.SetUserActive, request, token=token_for(keys, coordinator))  # a retry publishes nothing more

    assert not result.active
    with pytest.raises(Unauthenticated):
        call(identity.ResumeSession, identity_pb2.ResumeSessionRequest(session_id=session_id))
    events = [(row.event_type, row.payload) for row in db.execute(select(outbox)).all()]
    assert events == [("identity.user_deactivated", {"user_id": str(colleague.id), "organisation_id": ORG_A})]
    with pytest.raises(Unauthenticated):
        call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=colleague.email, password=password))


def test_reactivation_lets_the_user_sign_in_again(identity, keys, coordinator, make_user, password):
    colleague = make_user(organisation_id=ORG_A, active=False)

    call(
        identity.SetUserActive,
        identity_pb2.SetUserActiveRequest(id=str(colleague.id), active=True),
        token=token_for(keys, coordinator),
    )

    assert call(identity.Authenticate, identity_pb2.AuthenticateRequest(email=colleague.email, password=password))


def test_nobody_deactivates_themselves(identity, keys, coordinator):
    request = identity_pb2.SetUserActiveRequest(id=str(coordinator.id), active=False)
    with pytest.raises(InvalidArgument):
        call(identity.SetUserActive, request, token=token_for(keys, coordinator))


def test_resend_invitation_supersedes_the_earlier_link(identity, keys, coordinator, celery_calls, db):
    created = invite(identity, token_for(keys, coordinator))

    call(
        identity.ResendInvitation,
        identity_pb2.ResendInvitationRequest(id=created.id),
        token=token_for(keys, coordinator),
    )

    requests = db.scalars(select(PasswordResetRequest).order_by(PasswordResetRequest.created_at)).all()
    assert len(celery_calls) == 2
    assert [r.used_at is None for r in requests] == [False, True]


def test_list_users_searches_filters_and_counts(identity, keys, make_user):
    make_user(name="Ann Able", email="ann@a.example", organisation_id=ORG_A)
    make_user(name="Bob Baker", email="bob@a.example", organisation_id=ORG_A, active=False)
    make_user(name="Cat Able", email="cat@a.example", organisation_id=ORG_A, role="data_coordinator")
    make_user(name="Dan Able", email="dan@b.example", organisation_id=ORG_B)
    token = keys.token(role="data_coordinator", organisation_id=ORG_A)

    def names(**filters):
        response = call(identity.ListUsers, identity_pb2.ListUsersRequest(**filters), token=token)
        return [u.name for u in response.users], response.total

    assert names(search="able") == (["Ann Able", "Cat Able"], 2)
    assert names(search="BOB@") == (["Bob Baker"], 1)
    assert names(role=identity_pb2.ROLE_DATA_COORDINATOR) == (["Cat Able"], 1)
    assert names(status=identity_pb2.USER_STATUS_DEACTIVATED) == (["Bob Baker"], 1)
    assert names(page_size=2, page=2) == (["Cat Able"], 3)


def test_only_support_reads_a_users_account_history(identity, keys, coordinator, make_user, password):
    colleague = make_user(organisation_id=ORG_A)
    call(
        identity.Authenticate,
        identity_pb2.AuthenticateRequest(email=colleague.email, password=password, client_ip="192.0.2.4"),
    )
    request = identity_pb2.ListAuditEventsRequest(user_id=str(colleague.id))

    with pytest.raises(PermissionDenied):
        call(identity.ListAuditEvents, request, token=token_for(keys, coordinator))
    history = call(identity.ListAuditEvents, request, token=keys.token(role="support", organisation_id=ORG_B))

    assert [(e.event, e.outcome, e.ip) for e in history.events] == [("sign_in", "success", "192.0.2.4")]
