"""Identity: sign-in sessions, API client tokens, token-verification keys and password resets."""

from __future__ import annotations

from datetime import UTC
from typing import Protocol

from core.identity.v1 import identity_pb2, identity_pb2_grpc
from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_DATA_PROVIDER, ROLE_SUPPORT
from core_platform.grpc_client import call
from frontend_service.clients.channels import ChannelPool
from frontend_service.clients.models import (
    ApiClientInfo,
    ApiClientSecret,
    AuditEntry,
    AuthenticatorAppSecret,
    ClientToken,
    ManagedUser,
    SignedInSession,
    User,
    UserDetails,
    UserPage,
    UserQuery,
)

_ROLES = {
    identity_pb2.ROLE_DATA_PROVIDER: ROLE_DATA_PROVIDER,
    identity_pb2.ROLE_DATA_COORDINATOR: ROLE_DATA_COORDINATOR,
    identity_pb2.ROLE_SUPPORT: ROLE_SUPPORT,
}
_ROLE_CODES = {name: code for code, name in _ROLES.items()}
SECOND_FACTOR_METHODS = {
    identity_pb2.SECOND_FACTOR_METHOD_EMAIL: "email",
    identity_pb2.SECOND_FACTOR_METHOD_TOTP: "authenticator_app",
}
_STATUS_CODES = {"active": identity_pb2.USER_STATUS_ACTIVE, "deactivated": identity_pb2.USER_STATUS_DEACTIVATED}


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

    def verify_second_factor(self, session_id: str, code: str, client_ip: str) -> SignedInSession:
        """InvalidArgument(field_errors={"code": ...}) for a wrong or expired code; Unauthenticated when the
        waiting session has ended (three wrong codes, or too long)."""
        ...

    def resend_second_factor_code(self, session_id: str) -> None: ...

    def unlock_account(self, token: str) -> None: ...

    def start_authenticator_app_registration(self, *, token: str) -> AuthenticatorAppSecret:
        """A new secret for the signed-in support user's app; PermissionDenied for other roles."""
        ...

    def confirm_authenticator_app_registration(self, code: str, client_ip: str, *, token: str) -> None:
        """InvalidArgument(field_errors={"code": ...}) for a wrong code; FailedPrecondition to start again."""
        ...

    def remove_authenticator_app(self, client_ip: str, *, token: str) -> None: ...

    def confirm_email_change(self, token: str) -> None:
        """InvalidArgument(field_errors={"token": ...}) for a used or expired link; AlreadyExists if the
        address was taken meanwhile."""
        ...

    def list_users(self, query: UserQuery, *, token: str) -> UserPage: ...

    def get_user(self, user_id: str, *, token: str) -> ManagedUser: ...

    def create_user(self, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser: ...

    def update_user(self, user_id: str, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser: ...

    def set_user_active(self, user_id: str, active: bool, client_ip: str, *, token: str) -> ManagedUser: ...

    def resend_invitation(self, user_id: str, client_ip: str, *, token: str) -> None: ...

    def change_password(
        self, session_id: str, current_password: str, new_password: str, client_ip: str, *, token: str
    ) -> None: ...

    def list_audit_events(self, user_id: str, *, token: str) -> list[AuditEntry]: ...

    def list_api_clients(self, *, token: str) -> list[ApiClientInfo]: ...

    def create_api_client(
        self, name: str, organisation_id: str, department_wide: bool, scopes: list[str], client_ip: str, *, token: str
    ) -> ApiClientSecret: ...

    def rotate_api_client_secret(self, client_id: str, client_ip: str, *, token: str) -> ApiClientSecret: ...

    def revoke_api_client(self, client_id: str, client_ip: str, *, token: str) -> ApiClientInfo: ...


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
        second_factor_required=response.second_factor_required,
        second_factor_method=SECOND_FACTOR_METHODS.get(response.second_factor_method, ""),
    )


def managed_user_from_proto(user: identity_pb2.User) -> ManagedUser:
    return ManagedUser(
        id=user.id,
        email=user.email,
        name=user.name,
        role=_ROLES.get(user.role, ""),
        organisation_id=user.organisation_id,
        is_dpo=user.is_dpo,
        is_key_contact=user.is_key_contact,
        active=user.active,
        locked=user.locked,
        invitation_pending=user.invitation_pending,
        last_sign_in_at=user.last_sign_in_at.ToDatetime(UTC) if user.HasField("last_sign_in_at") else None,
        second_factor_method=SECOND_FACTOR_METHODS.get(user.second_factor_method, ""),
        pending_email=user.pending_email,
    )


def api_client_from_proto(client: identity_pb2.ApiClient) -> ApiClientInfo:
    return ApiClientInfo(
        client_id=client.client_id,
        name=client.name,
        organisation_id=client.organisation_id,
        scopes=tuple(client.scopes),
        active=client.active,
        created_at=client.created_at.ToDatetime(UTC) if client.HasField("created_at") else None,
    )


def _secret_from_proto(response: identity_pb2.ApiClientSecretResponse) -> ApiClientSecret:
    return ApiClientSecret(api_client_from_proto(response.client), response.client_secret)


def _update_request(user_id: str, details: UserDetails, client_ip: str) -> identity_pb2.UpdateUserRequest:
    request = identity_pb2.UpdateUserRequest(id=user_id, client_ip=client_ip)
    for name in ("name", "email", "is_dpo", "is_key_contact", "organisation_id"):
        value = getattr(details, name)
        if value is not None:
            setattr(request, name, value)
    if details.role is not None:
        request.role = _ROLE_CODES.get(details.role, identity_pb2.ROLE_UNSPECIFIED)
    return request


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

    def verify_second_factor(self, session_id: str, code: str, client_ip: str) -> SignedInSession:
        request = identity_pb2.VerifySecondFactorRequest(session_id=session_id, code=code, client_ip=client_ip)
        return session_from_proto(call(self._stub().VerifySecondFactor, request))

    def resend_second_factor_code(self, session_id: str) -> None:
        request = identity_pb2.ResendSecondFactorCodeRequest(session_id=session_id)
        call(self._stub().ResendSecondFactorCode, request)

    def unlock_account(self, token: str) -> None:
        call(self._stub().UnlockAccount, identity_pb2.UnlockAccountRequest(token=token))

    def start_authenticator_app_registration(self, *, token: str) -> AuthenticatorAppSecret:
        request = identity_pb2.StartAuthenticatorAppRegistrationRequest()
        response = call(self._stub().StartAuthenticatorAppRegistration, request, token=token)
        return AuthenticatorAppSecret(response.secret, response.otpauth_uri)

    def confirm_authenticator_app_registration(self, code: str, client_ip: str, *, token: str) -> None:
        request = identity_pb2.ConfirmAuthenticatorAppRegistrationRequest(code=code, client_ip=client_ip)
        call(self._stub().ConfirmAuthenticatorAppRegistration, request, token=token)

    def remove_authenticator_app(self, client_ip: str, *, token: str) -> None:
        request = identity_pb2.RemoveAuthenticatorAppRequest(client_ip=client_ip)
        call(self._stub().RemoveAuthenticatorApp, request, token=token)

    def confirm_email_change(self, token: str) -> None:
        call(self._stub().ConfirmEmailChange, identity_pb2.ConfirmEmailChangeRequest(token=token))

    def list_users(self, query: UserQuery, *, token: str) -> UserPage:
        request = identity_pb2.ListUsersRequest(
            organisation_id=query.organisation_id,
            page=query.page,
            page_size=query.page_size,
            search=query.search,
            role=_ROLE_CODES.get(query.role, identity_pb2.ROLE_UNSPECIFIED),
            status=_STATUS_CODES.get(query.status, identity_pb2.USER_STATUS_UNSPECIFIED),
        )
        response = call(self._stub().ListUsers, request, token=token)
        return UserPage([managed_user_from_proto(user) for user in response.users], response.total)

    def get_user(self, user_id: str, *, token: str) -> ManagedUser:
        user = call(self._stub().GetUser, identity_pb2.GetUserRequest(id=user_id), token=token)
        return managed_user_from_proto(user)

    def create_user(self, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser:
        request = identity_pb2.CreateUserRequest(
            email=details.email or "",
            name=details.name or "",
            role=_ROLE_CODES.get(details.role or "", identity_pb2.ROLE_UNSPECIFIED),
            organisation_id=details.organisation_id or "",
            is_dpo=bool(details.is_dpo),
            is_key_contact=bool(details.is_key_contact),
            client_ip=client_ip,
        )
        return managed_user_from_proto(call(self._stub().CreateUser, request, token=token))

    def update_user(self, user_id: str, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser:
        request = _update_request(user_id, details, client_ip)
        return managed_user_from_proto(call(self._stub().UpdateUser, request, token=token))

    def set_user_active(self, user_id: str, active: bool, client_ip: str, *, token: str) -> ManagedUser:
        request = identity_pb2.SetUserActiveRequest(id=user_id, active=active, client_ip=client_ip)
        return managed_user_from_proto(call(self._stub().SetUserActive, request, token=token))

    def resend_invitation(self, user_id: str, client_ip: str, *, token: str) -> None:
        request = identity_pb2.ResendInvitationRequest(id=user_id, client_ip=client_ip)
        call(self._stub().ResendInvitation, request, token=token)

    def change_password(
        self, session_id: str, current_password: str, new_password: str, client_ip: str, *, token: str
    ) -> None:
        request = identity_pb2.ChangePasswordRequest(
            session_id=session_id, current_password=current_password, new_password=new_password, client_ip=client_ip
        )
        call(self._stub().ChangePassword, request, token=token)

    def list_audit_events(self, user_id: str, *, token: str) -> list[AuditEntry]:
        response = call(self._stub().ListAuditEvents, identity_pb2.ListAuditEventsRequest(user_id=user_id), token=token)
        return [
            AuditEntry(event.at.ToDatetime(UTC), event.event, event.outcome, event.actor_id, event.ip)
            for event in response.events
        ]

    def list_api_clients(self, *, token: str) -> list[ApiClientInfo]:
        response = call(self._stub().ListApiClients, identity_pb2.ListApiClientsRequest(), token=token)
        return [api_client_from_proto(client) for client in response.clients]

    def create_api_client(
        self, name: str, organisation_id: str, department_wide: bool, scopes: list[str], client_ip: str, *, token: str
    ) -> ApiClientSecret:
        request = identity_pb2.CreateApiClientRequest(
            name=name,
            organisation_id=organisation_id,
            department_wide=department_wide,
            scopes=scopes,
            client_ip=client_ip,
        )
        return _secret_from_proto(call(self._stub().CreateApiClient, request, token=token))

    def rotate_api_client_secret(self, client_id: str, client_ip: str, *, token: str) -> ApiClientSecret:
        request = identity_pb2.RotateApiClientSecretRequest(client_id=client_id, client_ip=client_ip)
        return _secret_from_proto(call(self._stub().RotateApiClientSecret, request, token=token))

    def revoke_api_client(self, client_id: str, client_ip: str, *, token: str) -> ApiClientInfo:
        request = identity_pb2.RevokeApiClientRequest(client_id=client_id, client_ip=client_ip)
        return api_client_from_proto(call(self._stub().RevokeApiClient, request, token=token))
