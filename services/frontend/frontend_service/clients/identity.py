"""Identity: sign-in sessions, API client tokens, token-verification keys and password resets."""

from __future__ import annotations

from typing import Protocol

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_DATA_PROVIDER, ROLE_SUPPORT
from core_platform.grpc_client import call
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.models import ClientToken, SignedInSession, User

_ROLES = {
    identity_pb2.ROLE_DATA_PROVIDER: ROLE_DATA_PROVIDER,
    identity_pb2.ROLE_DATA_COORDINATOR: ROLE_DATA_COORDINATOR,
    identity_pb2.ROLE_SUPPORT: ROLE_SUPPORT,
}


class IdentityClient(Protocol):
    def authenticate(self, email: str, password: str, client_ip: str) -> SignedInSession:
        """Raises Unauthenticated("Incorrect email or password") for wrong credentials."""
        ...

    def resume_session(self, session_id: str) -> SignedInSession:
        """A fresh access token for a live session; Unauthenticated when it has ended or expired."""
        ...

    def end_session(self, session_id: str) -> None: ...

    def issue_client_token(self, client_id: str, client_secret: str) -> ClientToken: ...

    def get_public_keys(self) -> dict[str, str]:
        """kid -> public key PEM, for verifying access tokens locally."""
        ...

    def request_password_reset(self, email: str) -> None: ...

    def reset_password(self, token: str, new_password: str) -> None:
        """InvalidArgument(field_errors={"password": ...}) for a weak password; Unauthenticated or
        NotFound for a bad or expired token."""
        ...


def user_from_proto(user: identity_pb2.User) -> User:
    return User(
        id=user.id,
        email=user.email,
        name=user.name,
        role=_ROLES.get(user.role, ""),
        organisation_id=user.organisation_id,
    )


def session_from_proto(response: identity_pb2.SessionResponse) -> SignedInSession:
    return SignedInSession(
        session_id=response.session_id,
        user=user_from_proto(response.user),
        access_token=response.access_token,
    )


class GrpcIdentityClient:
    def __init__(self, channels: ChannelPool) -> None:
        self._channels = channels

    def _stub(self) -> identity_pb2_grpc.IdentityServiceStub:
        return identity_pb2_grpc.IdentityServiceStub(self._channels.get("identity"))

    def authenticate(self, email: str, password: str, client_ip: str) -> SignedInSession:
        request = identity_pb2.AuthenticateRequest(email=email, password=password, client_ip=client_ip)
        return session_from_proto(call(self._stub().Authenticate, request))

    def resume_session(self, session_id: str) -> SignedInSession:
        request = identity_pb2.ResumeSessionRequest(session_id=session_id)
        return session_from_proto(call(self._stub().ResumeSession, request))

    def end_session(self, session_id: str) -> None:
        call(self._stub().EndSession, identity_pb2.EndSessionRequest(session_id=session_id))

    def issue_client_token(self, client_id: str, client_secret: str) -> ClientToken:
        request = identity_pb2.IssueClientTokenRequest(client_id=client_id, client_secret=client_secret)
        response = call(self._stub().IssueClientToken, request)
        return ClientToken(access_token=response.access_token, expires_in=response.expires_in, scope=response.scope)

    def get_public_keys(self) -> dict[str, str]:
        response = call(self._stub().GetPublicKeys, identity_pb2.GetPublicKeysRequest())
        return {key.kid: key.public_key_pem for key in response.keys}

    def request_password_reset(self, email: str) -> None:
        call(self._stub().RequestPasswordReset, identity_pb2.RequestPasswordResetRequest(email=email))

    def reset_password(self, token: str, new_password: str) -> None:
        request = identity_pb2.ResetPasswordRequest(token=token, new_password=new_password)
        call(self._stub().ResetPassword, request)
