"""A fake identity backend for the users, account and sign-in code pages: the FakeIdentity of
frontend_fakes plus users held in memory, with identity's rules for who sees whom."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from frontend_fakes import ORG1_ID, ORG3_ID, ORG_CODES, PASSWORD, FakeIdentity, FakeOrganisations

from core_platform.errors import AlreadyExists, InvalidArgument, NotFound, PermissionDenied, Unauthenticated
from frontend_service.clients.models import (
    ApiClientInfo,
    ApiClientSecret,
    AuditEntry,
    AuthenticatorAppSecret,
    ManagedUser,
    Organisation,
    SignedInSession,
    User,
    UserDetails,
    UserPage,
    UserQuery,
)

CODE = "123456"
APP_SECRET = "JBSWY3DPEHPK3PXP"
COORDINATOR = User("user-3", "coordinator@example.com", "Chris Coordinator", "data_coordinator", ORG1_ID)
OTHER_PROVIDER = User("user-4", "provider@other.example.com", "Olu Other", "data_provider", ORG3_ID)


def managed(user: User, **fields: object) -> ManagedUser:
    return ManagedUser(user.id, user.email, user.name, user.role, user.organisation_id, **fields)  # type: ignore[arg-type]


class UsersIdentity(FakeIdentity):
    def __init__(self) -> None:
        super().__init__()
        self.users.update({COORDINATOR.email: COORDINATOR, OTHER_PROVIDER.email: OTHER_PROVIDER})
        self.managed = {user.id: managed(user) for user in self.users.values()}
        self.managed["user-1"] = replace(
            self.managed["user-1"], last_sign_in_at=datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
        )
        self.pending: dict[str, User] = {}
        self.code_attempts = 0
        self.codes_sent = 0
        self.invitations: list[str] = []
        self.calls: list[tuple[str, str]] = []  # (method, client ip)
        self.api_clients: dict[str, ApiClientInfo] = {}
        self.app_users: set[str] = set()  # ids of users signing in with an authenticator app
        self.moves: list[tuple[str, str, str]] = []  # (user id, from organisation, to organisation)
        for user_id, user in self.managed.items():
            if user.role == "support":
                self.managed[user_id] = replace(user, second_factor_method="email")

    # Sign-in with a second factor for support, as identity does.
    def authenticate(self, email: str, password: str, client_ip: str) -> SignedInSession:
        signed_in = super().authenticate(email, password, client_ip)
        if signed_in.user.role != "support":
            return signed_in
        del self.sessions[signed_in.session_id]
        self.pending[signed_in.session_id] = signed_in.user
        if signed_in.user.id in self.app_users:
            return SignedInSession(signed_in.session_id, signed_in.user, "", True, "authenticator_app")
        self.codes_sent += 1
        return SignedInSession(signed_in.session_id, signed_in.user, "", True, "email")

    def verify_second_factor(self, session_id: str, code: str, client_ip: str) -> SignedInSession:
        user = self.pending.get(session_id)
        if user is None:
            raise Unauthenticated("You entered an incorrect security code too many times. Sign in again.")
        if code != CODE:
            self.code_attempts += 1
            if self.code_attempts >= 3:
                del self.pending[session_id]
                raise Unauthenticated("You entered an incorrect security code too many times. Sign in again.")
            raise InvalidArgument(field_errors={"code": "The security code you entered is incorrect"})
        del self.pending[session_id]
        self.sessions[session_id] = user
        return SignedInSession(session_id, user, f"user-token-{session_id}")

    def resend_second_factor_code(self, session_id: str) -> None:
        if session_id not in self.pending:
            raise Unauthenticated("Your session has expired. Sign in again.")
        self.codes_sent += 1

    def unlock_account(self, token: str) -> None:
        if token != "unlock-token":
            raise InvalidArgument(field_errors={"token": "expired"})

    # Users, seen as identity shows them.
    def _caller(self, token: str) -> User:
        session_id = token.removeprefix("user-token-")
        user = self.sessions.get(session_id)
        if user is None:
            raise Unauthenticated("Sign in")
        return user

    def _visible(self, user_id: str, token: str) -> ManagedUser:
        caller = self._caller(token)
        user = self.managed.get(user_id)
        if user is None or (caller.role != "support" and user.organisation_id != caller.organisation_id):
            raise NotFound("User not found")
        return user

    def list_users(self, query: UserQuery, *, token: str) -> UserPage:
        caller = self._caller(token)
        found = [
            user
            for user in sorted(self.managed.values(), key=lambda u: u.name)
            if (caller.role == "support" or user.organisation_id == caller.organisation_id)
            and (query.search.lower() in (user.name + " " + user.email).lower())
            and (not query.role or user.role == query.role)
            and (not query.status or user.active == (query.status == "active"))
        ]
        start = (query.page - 1) * query.page_size
        return UserPage(found[start : start + query.page_size], len(found))

    def get_user(self, user_id: str, *, token: str) -> ManagedUser:
        return self._visible(user_id, token)

    def create_user(self, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser:
        caller = self._caller(token)
        self.calls.append(("create_user", client_ip))
        if details.role == "support" and caller.role != "support":
            raise PermissionDenied("You cannot give a user the support role")
        if any(user.email == details.email for user in self.managed.values()):
            raise AlreadyExists("A user with this email address already exists")
        user_id = f"user-{uuid.uuid4().hex[:8]}"
        user = ManagedUser(
            user_id,
            details.email or "",
            details.name or "",
            details.role or "",
            # As identity: only support choose the organisation; anyone else invites into their own.
            details.organisation_id if caller.role == "support" and details.organisation_id else caller.organisation_id,
            bool(details.is_dpo),
            bool(details.is_key_contact),
            invitation_pending=True,
        )
        self.managed[user_id] = user
        self.invitations.append(user_id)
        return user

    def update_user(self, user_id: str, details: UserDetails, client_ip: str, *, token: str) -> ManagedUser:
        user = self._visible(user_id, token)
        changes = {name: value for name, value in vars(details).items() if value is not None}
        if "organisation_id" in changes and self._caller(token).role != "support":
            raise PermissionDenied("Only support users can move a user to another organisation")
        if changes.get("organisation_id", user.organisation_id) != user.organisation_id:
            # As identity: a move ends the user's sessions and is recorded (identity.user_moved).
            self.moves.append((user_id, user.organisation_id, changes["organisation_id"]))
            for session_id, signed_in in list(self.sessions.items()):
                if signed_in.id == user_id:
                    del self.sessions[session_id]
        if "email" in changes and changes["email"] != user.email and not user.invitation_pending:
            changes["pending_email"] = changes.pop("email")  # as identity: confirmed by a link to it
        self.managed[user_id] = replace(user, **changes)
        return self.managed[user_id]

    def set_user_active(self, user_id: str, active: bool, client_ip: str, *, token: str) -> ManagedUser:
        user = self._visible(user_id, token)
        self.managed[user_id] = replace(user, active=active)
        if not active:
            for session_id, signed_in in list(self.sessions.items()):
                if signed_in.id == user_id:
                    del self.sessions[session_id]
        return self.managed[user_id]

    def resend_invitation(self, user_id: str, client_ip: str, *, token: str) -> None:
        self._visible(user_id, token)
        self.invitations.append(user_id)

    def change_password(
        self, session_id: str, current_password: str, new_password: str, client_ip: str, *, token: str
    ) -> None:
        self._caller(token)
        if current_password != PASSWORD:
            raise InvalidArgument(field_errors={"current_password": "The password you entered is incorrect"})
        if len(new_password) < 12:
            raise InvalidArgument(field_errors={"password": "Your password must be at least 12 characters long"})
        self.new_passwords.append(new_password)

    def list_audit_events(self, user_id: str, *, token: str) -> list[AuditEntry]:
        if self._caller(token).role != "support":
            raise PermissionDenied("Only support users can read account history")
        self._visible(user_id, token)
        return [AuditEntry(datetime(2025, 6, 1, 9, 30, tzinfo=UTC), "sign_in", "success", user_id, "192.0.2.1")]

    def _support(self, token: str) -> None:
        if self._caller(token).role != "support":
            raise PermissionDenied("Only support users can manage API clients")

    def list_api_clients(self, *, token: str) -> list[ApiClientInfo]:
        self._support(token)
        return list(self.api_clients.values())

    def create_api_client(
        self, name: str, organisation_id: str, department_wide: bool, scopes: list[str], client_ip: str, *, token: str
    ) -> ApiClientSecret:
        self._support(token)
        if not scopes:
            raise InvalidArgument(field_errors={"scopes": "Select at least one scope"})
        client = ApiClientInfo(f"core-{len(self.api_clients) + 1}", name, organisation_id, tuple(scopes), True)
        self.api_clients[client.client_id] = client
        return ApiClientSecret(client, f"secret-for-{client.client_id}")

    def rotate_api_client_secret(self, client_id: str, client_ip: str, *, token: str) -> ApiClientSecret:
        self._support(token)
        return ApiClientSecret(self.api_clients[client_id], f"rotated-secret-for-{client_id}")

    def revoke_api_client(self, client_id: str, client_ip: str, *, token: str) -> ApiClientInfo:
        self._support(token)
        self.api_clients[client_id] = replace(self.api_clients[client_id], active=False)
        return self.api_clients[client_id]

    # The signed-in user's authenticator app and email confirmation.
    def start_authenticator_app_registration(self, *, token: str) -> AuthenticatorAppSecret:
        caller = self._caller(token)
        if caller.role != "support":
            raise PermissionDenied("Only users who sign in with a security code can register an authenticator app")
        return AuthenticatorAppSecret(APP_SECRET, f"otpauth://totp/CORE:{caller.email}?secret={APP_SECRET}&issuer=CORE")

    def confirm_authenticator_app_registration(self, code: str, client_ip: str, *, token: str) -> None:
        caller = self._caller(token)
        if code != CODE:
            raise InvalidArgument(field_errors={"code": "The code you entered is incorrect"})
        self.app_users.add(caller.id)
        self.managed[caller.id] = replace(self.managed[caller.id], second_factor_method="authenticator_app")

    def remove_authenticator_app(self, client_ip: str, *, token: str) -> None:
        caller = self._caller(token)
        self.app_users.discard(caller.id)
        self.managed[caller.id] = replace(self.managed[caller.id], second_factor_method="email")

    def confirm_email_change(self, token: str) -> None:
        user_id = token.removeprefix("email-token-")
        user = self.managed.get(user_id)
        if user is None or not user.pending_email:
            raise InvalidArgument(field_errors={"token": "expired"})
        self.managed[user_id] = replace(user, email=user.pending_email, pending_email="")


class CodeOrganisations(FakeOrganisations):
    """Finds organisations by CORE code too."""

    def get_organisation(self, *, token: str, organisation_id: str = "", code: str = "") -> Organisation:
        by_code = {value: key for key, value in ORG_CODES.items()}
        if code:
            if code not in by_code:
                raise NotFound("No such organisation")
            return Organisation(by_code[code], code, "Demo Housing Association")
        return super().get_organisation(token=token, organisation_id=organisation_id)
