"""Domain objects to protocol messages and back; nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

from core.identity.v1 import identity_pb2
from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_DATA_PROVIDER, ROLE_SUPPORT
from identity_service.data.models import User
from identity_service.domain.access_tokens import AccessToken

ROLE_TO_PROTO = {
    ROLE_DATA_PROVIDER: identity_pb2.ROLE_DATA_PROVIDER,
    ROLE_DATA_COORDINATOR: identity_pb2.ROLE_DATA_COORDINATOR,
    ROLE_SUPPORT: identity_pb2.ROLE_SUPPORT,
}


def timestamp(value: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value.astimezone(UTC))
    return stamp


def user_to_proto(user: User) -> identity_pb2.User:
    message = identity_pb2.User(
        id=str(user.id),
        email=user.email,
        name=user.name,
        role=ROLE_TO_PROTO.get(user.role, identity_pb2.ROLE_UNSPECIFIED),
        organisation_id=user.organisation_id,
        is_dpo=user.is_dpo,
        is_key_contact=user.is_key_contact,
        active=user.active,
    )
    if user.last_sign_in_at is not None:
        message.last_sign_in_at.CopyFrom(timestamp(user.last_sign_in_at))
    return message


def session_response(session_token: str, user: User, access: AccessToken) -> identity_pb2.SessionResponse:
    return identity_pb2.SessionResponse(
        session_id=session_token,
        user=user_to_proto(user),
        access_token=access.token,
        access_token_expires_at=timestamp(datetime.fromtimestamp(access.expires_at, UTC)),
    )
