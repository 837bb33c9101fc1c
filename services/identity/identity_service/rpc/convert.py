"""Domain objects to protocol messages and back; nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from core.identity.v1 import identity_pb2
from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_DATA_PROVIDER, ROLE_SUPPORT
from identity_service.data.models import ApiClient, AuditEvent, User
from identity_service.domain import two_factor
from identity_service.domain.access_tokens import AccessToken
from identity_service.domain.introspection import Introspection

ROLE_TO_PROTO = {
    ROLE_DATA_PROVIDER: identity_pb2.ROLE_DATA_PROVIDER,
    ROLE_DATA_COORDINATOR: identity_pb2.ROLE_DATA_COORDINATOR,
    ROLE_SUPPORT: identity_pb2.ROLE_SUPPORT,
}


def timestamp(value: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value.astimezone(UTC))
    return stamp


SECOND_FACTOR_METHODS = {
    two_factor.METHOD_EMAIL: identity_pb2.SECOND_FACTOR_METHOD_EMAIL,
    two_factor.METHOD_APP: identity_pb2.SECOND_FACTOR_METHOD_TOTP,
}


def user_to_proto(user: User, now: datetime | None = None) -> identity_pb2.User:
    now = now or datetime.now(UTC)
    message = identity_pb2.User(
        id=str(user.id),
        email=user.email,
        name=user.name,
        role=ROLE_TO_PROTO.get(user.role, identity_pb2.ROLE_UNSPECIFIED),
        organisation_id=user.organisation_id,
        is_dpo=user.is_dpo,
        is_key_contact=user.is_key_contact,
        active=user.active,
        locked=user.locked_until is not None and user.locked_until > now,
        invitation_pending=user.password_hash is None,
        second_factor_method=SECOND_FACTOR_METHODS.get(
            two_factor.second_factor_method(user), identity_pb2.SECOND_FACTOR_METHOD_UNSPECIFIED
        ),
        pending_email=user.pending_email or "",
    )
    if user.last_sign_in_at is not None:
        message.last_sign_in_at.CopyFrom(timestamp(user.last_sign_in_at))
    if user.created_at is not None:
        message.created_at.CopyFrom(timestamp(user.created_at))
    return message


def role_from_proto(role: int) -> str:
    return next((name for name, value in ROLE_TO_PROTO.items() if value == role), "")


def audit_event_to_proto(event: AuditEvent) -> identity_pb2.AuditEvent:
    return identity_pb2.AuditEvent(
        at=timestamp(event.at),
        event=event.event,
        outcome=event.outcome,
        actor_id=event.actor_id or "",
        subject_id=event.subject_id or "",
        ip=event.ip or "",
    )


def pending_session_response(session_token: str, user: User, method: str) -> identity_pb2.SessionResponse:
    return identity_pb2.SessionResponse(
        session_id=session_token,
        user=user_to_proto(user),
        second_factor_required=True,
        second_factor_method=SECOND_FACTOR_METHODS[method],
    )


def session_response(session_token: str, user: User, access: AccessToken) -> identity_pb2.SessionResponse:
    return identity_pb2.SessionResponse(
        session_id=session_token,
        user=user_to_proto(user),
        access_token=access.token,
        access_token_expires_at=timestamp(datetime.fromtimestamp(access.expires_at, UTC)),
    )


def api_client_to_proto(client: ApiClient) -> identity_pb2.ApiClient:
    message = identity_pb2.ApiClient(
        client_id=client.client_id,
        name=client.name,
        organisation_id=client.organisation_id,
        scopes=client.scopes.split(),
        active=client.active,
    )
    if client.created_at is not None:
        message.created_at.CopyFrom(timestamp(client.created_at))
    return message


def introspection_to_proto(found: Introspection | None) -> identity_pb2.IntrospectTokenResponse:
    if found is None:
        return identity_pb2.IntrospectTokenResponse(active=False)
    principal = found.principal
    return identity_pb2.IntrospectTokenResponse(
        active=True,
        subject=principal.subject,
        kind=principal.kind,
        organisation_id=principal.organisation_id,
        role=principal.role,
        scopes=list(principal.scopes),
        issued_at=timestamp(datetime.fromtimestamp(found.issued_at, UTC)),
        expires_at=timestamp(datetime.fromtimestamp(found.expires_at, UTC)),
        kid=found.kid,
    )
