"""IdentityService: maps requests to domain calls and results to responses. Each call is one unit of
work; refusals are returned by the domain and raised here, after the failed attempt is committed."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

import grpc

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.auth.principal import require_principal
from core_platform.auth.tokens import ALGORITHM, SigningKey, TokenSigner, TokenVerifier
from core_platform.db import SessionFactory, session_scope, utcnow
from core_platform.errors import InvalidArgument, Unauthenticated
from identity_service.data.users import UserFilter
from identity_service.domain import clients, directory, introspection, password_reset, sessions, sign_in, two_factor
from identity_service.domain.access_tokens import client_scopes, issue_client_token, issue_user_token
from identity_service.domain.secret_box import SecretBox
from identity_service.rpc.account import AccountRpc
from identity_service.rpc.convert import (
    introspection_to_proto,
    pending_session_response,
    role_from_proto,
    session_response,
    user_to_proto,
)
from identity_service.rpc.user_admin import ApiClientRpc, Clock, EnqueueLinkEmail, UserAdminRpc

logger = logging.getLogger(__name__)

SERVICE_NAME = identity_pb2.DESCRIPTOR.services_by_name["IdentityService"].full_name

# Callable without an access token: these are how a caller gets one (or gets its password back).
PUBLIC_METHODS = frozenset(
    f"/{SERVICE_NAME}/{method}"
    for method in (
        "Authenticate",
        "ResumeSession",
        "EndSession",
        "IssueClientToken",
        "GetPublicKeys",
        "RequestPasswordReset",
        "ResetPassword",
        "VerifySecondFactor",
        "ResendSecondFactorCode",
        "UnlockAccount",
        "IntrospectToken",
        "ConfirmEmailChange",
    )
)

SESSION_EXPIRED = "Your session has expired. Sign in again."

DeliverCode = Callable[[str], None]
STATUS_FILTERS = {identity_pb2.USER_STATUS_ACTIVE: True, identity_pb2.USER_STATUS_DEACTIVATED: False}


class IdentityServicer(UserAdminRpc, ApiClientRpc, AccountRpc, identity_pb2_grpc.IdentityServiceServicer):
    def __init__(
        self,
        session_factory: SessionFactory,
        signer: TokenSigner,
        enqueue_reset_email: EnqueueLinkEmail,
        clock: Clock = utcnow,
        deliver_code: DeliverCode | None = None,
        *,
        other_keys: Sequence[SigningKey] = (),
        secret_box: SecretBox | None = None,
    ) -> None:
        """`other_keys`: keys published beside the signing one (the previous or next key of a rotation)."""
        self._sessions = session_factory
        self._signer = signer
        self._published_keys = [signer.key, *(key for key in other_keys if key.kid != signer.key.kid)]
        self._verifier = TokenVerifier(lambda: {key.kid: key.public_pem for key in self._published_keys})
        self._secret_box = secret_box or SecretBox([])
        self._enqueue_reset_email = enqueue_reset_email
        self._clock = clock
        self._deliver_code = deliver_code or _no_code_delivery

    def Authenticate(
        self, request: identity_pb2.AuthenticateRequest, context: grpc.ServicerContext
    ) -> identity_pb2.SessionResponse:
        with session_scope(self._sessions) as session:
            result = sign_in.sign_in(session, request.email, request.password, request.client_ip, self._clock())
            if isinstance(result, sign_in.SignedIn):
                if result.second_factor_method:
                    response = pending_session_response(result.session_token, result.user, result.second_factor_method)
                else:
                    token = issue_user_token(self._signer, result.user)
                    response = session_response(result.session_token, result.user, token)
        if isinstance(result, sign_in.SignedIn):
            # After the commit, so the sender finds the waiting session.
            if result.pending_code_for is not None:
                self._deliver_code(result.pending_code_for)
            return response
        if result.unlock_request_id is not None:
            self._enqueue(result.unlock_request_id)
        raise Unauthenticated(result.message)

    def VerifySecondFactor(
        self, request: identity_pb2.VerifySecondFactorRequest, context: grpc.ServicerContext
    ) -> identity_pb2.SessionResponse:
        with session_scope(self._sessions) as session:
            result = two_factor.verify_code(
                session, request.session_id, request.code, request.client_ip, self._clock(), self._secret_box
            )
            if not isinstance(result, two_factor.CodeRefused):
                return session_response(request.session_id, result, issue_user_token(self._signer, result))
        if result.signed_out:
            raise Unauthenticated(result.message)
        raise InvalidArgument(field_errors={"code": result.message})

    def ResendSecondFactorCode(
        self, request: identity_pb2.ResendSecondFactorCodeRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ResendSecondFactorCodeResponse:
        with session_scope(self._sessions) as session:
            row_id = two_factor.request_new_code(session, request.session_id, self._clock())
        if row_id is None:
            raise Unauthenticated(SESSION_EXPIRED)
        self._deliver_code(row_id)
        return identity_pb2.ResendSecondFactorCodeResponse()

    def UnlockAccount(
        self, request: identity_pb2.UnlockAccountRequest, context: grpc.ServicerContext
    ) -> identity_pb2.UnlockAccountResponse:
        with session_scope(self._sessions) as session:
            password_reset.unlock_account(session, request.token, self._clock())
        return identity_pb2.UnlockAccountResponse()

    def ResumeSession(
        self, request: identity_pb2.ResumeSessionRequest, context: grpc.ServicerContext
    ) -> identity_pb2.SessionResponse:
        with session_scope(self._sessions) as session:
            user = sessions.resume_session(session, request.session_id, self._clock())
            if user is not None:
                return session_response(request.session_id, user, issue_user_token(self._signer, user))
        raise Unauthenticated(SESSION_EXPIRED)

    def EndSession(
        self, request: identity_pb2.EndSessionRequest, context: grpc.ServicerContext
    ) -> identity_pb2.EndSessionResponse:
        with session_scope(self._sessions) as session:
            sessions.end_session(session, request.session_id, self._clock())
        return identity_pb2.EndSessionResponse()

    def IssueClientToken(
        self, request: identity_pb2.IssueClientTokenRequest, context: grpc.ServicerContext
    ) -> identity_pb2.IssueClientTokenResponse:
        with session_scope(self._sessions) as session:
            client = clients.authenticate_client(session, request.client_id, request.client_secret, self._clock())
            if client is not None:
                access = issue_client_token(self._signer, client)
                return identity_pb2.IssueClientTokenResponse(
                    access_token=access.token, expires_in=access.ttl_seconds, scope=" ".join(client_scopes(client))
                )
        raise Unauthenticated(clients.INVALID_CLIENT)

    def GetPublicKeys(
        self, request: identity_pb2.GetPublicKeysRequest, context: grpc.ServicerContext
    ) -> identity_pb2.GetPublicKeysResponse:
        return identity_pb2.GetPublicKeysResponse(
            keys=[
                identity_pb2.PublicKey(kid=key.kid, alg=ALGORITHM, public_key_pem=key.public_pem)
                for key in self._published_keys
            ]
        )

    def IntrospectToken(
        self, request: identity_pb2.IntrospectTokenRequest, context: grpc.ServicerContext
    ) -> identity_pb2.IntrospectTokenResponse:
        with session_scope(self._sessions) as session:
            found = introspection.introspect_token(session, self._verifier, request.token)
        return introspection_to_proto(found)

    def RequestPasswordReset(
        self, request: identity_pb2.RequestPasswordResetRequest, context: grpc.ServicerContext
    ) -> identity_pb2.RequestPasswordResetResponse:
        with session_scope(self._sessions) as session:
            request_id = password_reset.request_password_reset(session, request.email, self._clock())
        # Enqueued only after the commit, so the task always finds the request it is given.
        if request_id is not None:
            self._enqueue(request_id)
        return identity_pb2.RequestPasswordResetResponse()

    def _enqueue(self, request_id: uuid.UUID, extra: dict[str, str] | None = None) -> None:
        try:
            self._enqueue_reset_email(request_id, extra)
        except Exception:
            # Failing the call would tell the caller the email has an account; the request stays unsent.
            logger.exception("could not enqueue password reset email", extra={"reset_request_id": str(request_id)})

    def ResetPassword(
        self, request: identity_pb2.ResetPasswordRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ResetPasswordResponse:
        with session_scope(self._sessions) as session:
            password_reset.reset_password(session, request.token, request.new_password, self._clock())
        return identity_pb2.ResetPasswordResponse()

    def GetUser(self, request: identity_pb2.GetUserRequest, context: grpc.ServicerContext) -> identity_pb2.User:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            return user_to_proto(directory.get_visible_user(session, principal, request.id), self._clock())

    def ListUsers(
        self, request: identity_pb2.ListUsersRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ListUsersResponse:
        principal = require_principal()
        filters = UserFilter(
            search=request.search,
            role=role_from_proto(request.role),
            active=STATUS_FILTERS.get(request.status),
        )
        with session_scope(self._sessions) as session:
            page = directory.list_visible_users(
                session, principal, request.organisation_id, request.page, request.page_size, filters
            )
            now = self._clock()
            return identity_pb2.ListUsersResponse(
                users=[user_to_proto(user, now) for user in page.users], total=page.total
            )


def _no_code_delivery(session_row_id: str) -> None:
    logger.warning("no way to send sign-in codes is configured")


def identity_registration(servicer: IdentityServicer) -> Callable[[grpc.Server], str]:
    def register(server: grpc.Server) -> str:
        identity_pb2_grpc.add_IdentityServiceServicer_to_server(servicer, server)
        return SERVICE_NAME

    return register
