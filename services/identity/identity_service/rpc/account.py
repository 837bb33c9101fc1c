"""The signed-in user's own account: registering an authenticator app, and confirming a new email
address from the link sent to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import grpc

from core.identity.v1 import identity_pb2
from core_platform.auth.principal import require_principal
from core_platform.db import SessionFactory, session_scope
from identity_service.domain import authenticator_app, password_reset
from identity_service.domain.secret_box import SecretBox


class AccountRpc:
    _sessions: SessionFactory
    _clock: Callable[[], datetime]
    _secret_box: SecretBox

    def StartAuthenticatorAppRegistration(
        self, request: identity_pb2.StartAuthenticatorAppRegistrationRequest, context: grpc.ServicerContext
    ) -> identity_pb2.StartAuthenticatorAppRegistrationResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            secret, uri = authenticator_app.start_registration(session, self._secret_box, principal, self._clock())
        return identity_pb2.StartAuthenticatorAppRegistrationResponse(secret=secret, otpauth_uri=uri)

    def ConfirmAuthenticatorAppRegistration(
        self, request: identity_pb2.ConfirmAuthenticatorAppRegistrationRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ConfirmAuthenticatorAppRegistrationResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            result = authenticator_app.confirm_registration(
                session, self._secret_box, principal, request.code, request.client_ip, self._clock()
            )
        if isinstance(result, Exception):
            raise result
        return identity_pb2.ConfirmAuthenticatorAppRegistrationResponse()

    def RemoveAuthenticatorApp(
        self, request: identity_pb2.RemoveAuthenticatorAppRequest, context: grpc.ServicerContext
    ) -> identity_pb2.RemoveAuthenticatorAppResponse:
        principal = require_principal()
        with session_scope(self._sessions) as session:
            authenticator_app.remove_app(session, principal, request.client_ip, self._clock())
        return identity_pb2.RemoveAuthenticatorAppResponse()

    def ConfirmEmailChange(
        self, request: identity_pb2.ConfirmEmailChangeRequest, context: grpc.ServicerContext
    ) -> identity_pb2.ConfirmEmailChangeResponse:
        with session_scope(self._sessions) as session:
            password_reset.confirm_email_change(session, request.token, self._clock())
        return identity_pb2.ConfirmEmailChangeResponse()
