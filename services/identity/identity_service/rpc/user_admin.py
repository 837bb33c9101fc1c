"""The administrative part of IdentityService: users (invite, edit, (de)activate, change password,
audit) and API clients."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

import grpc
from sqlalchemy.orm import Session

from core.identity.v1 import identity_pb2
from core_platform.auth.principal import Principal, require_principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import PermissionDenied
from identity_service.data import audit
from identity_service.data.models import User
from identity_service.domain import api_client_admin, directory, password_change, user_admin
from identity_service.rpc.convert import api_client_to_proto, audit_event_to_proto, role_from_proto, user_to_proto

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
AUDIT_NOT_ALLOWED = "Only support users can read account history"


class EnqueueLinkEmail(Protocol):
    def __call__(self, request_id: uuid.UUID, extra: dict[str, str] | None = None) -> None: ...


def _optional_role(request: identity_pb2.UpdateUserRequest) -> str | None:
    return role_from_proto(request.role) if request.HasField("role") else None


def _changes(request: identity_pb2.UpdateUserRequest) -> user_admin.UserChanges:
    return user_admin.UserChanges(
        name=request.name if request.HasField("name") else None,
        email=request.email if request.HasField("email") else None,
        role=_optional_role(request),
        is_dpo=request.is_dpo if request.HasField("is_dpo") else None,
        is_key_contact=request.is_key_contact if request.HasField("is_key_contact") else None,
        organisation_id=request.organisation_id if request.HasField("organisation_id") else None,
    )


class UserAdminRpc:
    _sessions: SessionFactory
    _clock: Clock

    def _enqueue(self, request_id: uuid.UUID, extra: dict[str, str] | None = None) -> None:
        raise NotImplementedError

    def CreateUser(self, request: identity_pb2.CreateUserRequest, context: grpc.ServicerContext) -> identity_pb2.User:
        principal = require_principal()
        new = user_admin.NewUser(
            email=request.email,
            name=request.name,
            role=role_from_proto(request.role),
            organisation_id=request.organisation_id,
            is_dpo=request.is_dpo,
            is_key_contact=request.is_key_contact,
        )
        with session_scope(self._sessions) as session:
            user, request_id = user_admin.create_user(session, principal, new, request.client_ip, self._clock())
            inviter = _actor_name(session, principal)
            message = user_to_proto(user, self._clock())
        self._enqueue(request_id, {"inviter": inviter})
        return message

    def ResendInvitation(
        self, request: identity_pb2.ResendInvitationRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ResendInvitationResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            request_id = user_admin.resend_invitation(session, principal, request.id, request.client_ip, self._clock())
            inviter = _actor_name(session, principal)
        self._enqueue(request_id, {"inviter": inviter})
        return identity_pb2.ResendInvitationResponse()

    def UpdateUser(self, request: identity_pb2.UpdateUserRequest, context: grpc.ServicerContext) -> identity_pb2.User:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            user, email_link = user_admin.update_user(
                session, principal, request.id, _changes(request), request.client_ip, self._clock()
            )
            message = user_to_proto(user, self._clock())
        if email_link is not None:
            self._enqueue(email_link)
        return message

    def SetUserActive(
        self, request: identity_pb2.SetUserActiveRequest, context: grpc.ServicerContext
    ) -> identity_pb2.User:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            user = user_admin.set_user_active(
                session, principal, request.id, request.active, request.client_ip, self._clock()
            )
            return user_to_proto(user, self._clock())

    def ChangePassword(
        self, request: identity_pb2.ChangePasswordRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ChangePasswordResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            refused = password_change.change_password(
                session,
                principal,
                request.session_id,
                request.current_password,
                request.new_password,
                request.client_ip,
                self._clock(),
            )
        if refused is not None:
            raise refused
        return identity_pb2.ChangePasswordResponse()

    def ListAuditEvents(
        self, request: identity_pb2.ListAuditEventsRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ListAuditEventsResponse:
        principal = require_principal()
        if not principal.is_support:
            raise PermissionDenied(AUDIT_NOT_ALLOWED)
        with session_scope(self._sessions) as session:
            user = directory.get_visible_user(session, principal, request.user_id)
            events = audit.list_recent_audit_events_for(session, str(user.id))
            return identity_pb2.ListAuditEventsResponse(events=[audit_event_to_proto(event) for event in events])


class ApiClientRpc:
    _sessions: SessionFactory
    _clock: Clock

    def ListApiClients(
        self, request: identity_pb2.ListApiClientsRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ListApiClientsResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            found = api_client_admin.list_api_clients(session, principal)
            return identity_pb2.ListApiClientsResponse(clients=[api_client_to_proto(client) for client in found])

    def CreateApiClient(
        self, request: identity_pb2.CreateApiClientRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ApiClientSecretResponse:
        principal = require_principal()
        new = api_client_admin.NewApiClient(
            request.name, request.organisation_id, request.department_wide, tuple(request.scopes)
        )
        with session_scope(self._sessions) as session:
            client, secret = api_client_admin.create_api_client(
                session, principal, new, request.client_ip, self._clock()
            )
            return identity_pb2.ApiClientSecretResponse(client=api_client_to_proto(client), client_secret=secret)

    def RotateApiClientSecret(
        self, request: identity_pb2.RotateApiClientSecretRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ApiClientSecretResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            client, secret = api_client_admin.rotate_api_client_secret(
                session, principal, request.client_id, request.client_ip, self._clock()
            )
            return identity_pb2.ApiClientSecretResponse(client=api_client_to_proto(client), client_secret=secret)

    def RevokeApiClient(
        self, request: identity_pb2.RevokeApiClientRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ApiClient:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            client = api_client_admin.revoke_api_client(
                session, principal, request.client_id, request.client_ip, self._clock()
            )
            return api_client_to_proto(client)


def _actor_name(session: Session, principal: Principal) -> str:
    """Who sent an invitation, as the email names them."""
    try:
        actor = session.get(User, uuid.UUID(principal.subject))
    except ValueError:
        actor = None
    return actor.name if actor is not None else "The CORE team"
