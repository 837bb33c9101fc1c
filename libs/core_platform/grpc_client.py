"""Channels to other services: every call gets a deadline and carries the caller's access token;
status codes come back as the domain errors of `core_platform.errors`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import grpc

from core_platform.auth.principal import current_token
from core_platform.errors import (
    AlreadyExists,
    CoreError,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    Unavailable,
)
from core_platform.grpc_interceptors import FIELD_ERRORS_METADATA_KEY

DEFAULT_DEADLINE_SECONDS = 5.0

ERROR_FOR_STATUS: dict[grpc.StatusCode, type[CoreError]] = {
    grpc.StatusCode.NOT_FOUND: NotFound,
    grpc.StatusCode.PERMISSION_DENIED: PermissionDenied,
    grpc.StatusCode.UNAUTHENTICATED: Unauthenticated,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPrecondition,
    grpc.StatusCode.ALREADY_EXISTS: AlreadyExists,
    grpc.StatusCode.UNAVAILABLE: Unavailable,
    grpc.StatusCode.DEADLINE_EXCEEDED: Unavailable,
}

Response = TypeVar("Response")


class _DeadlineAndTokenInterceptor(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
    def __init__(self, default_deadline: float) -> None:
        self._default_deadline = default_deadline

    def _details(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        metadata = list(details.metadata or ())
        token = current_token.get()
        if token and not any(key == "authorization" for key, _ in metadata):
            metadata.append(("authorization", f"Bearer {token}"))
        return _CallDetails(
            details.method,
            details.timeout if details.timeout is not None else self._default_deadline,
            metadata,
            details.credentials,
            details.wait_for_ready,
            details.compression,
        )

    def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._details(client_call_details), request)

    def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        return continuation(self._details(client_call_details), request)


class _CallDetails(grpc.ClientCallDetails):
    def __init__(
        self, method: str, timeout: float | None, metadata: Any, credentials: Any, wait_for_ready: Any, compression: Any
    ) -> None:
        self.method = method
        self.timeout = timeout
        self.metadata = metadata
        self.credentials = credentials
        self.wait_for_ready = wait_for_ready
        self.compression = compression


def open_channel(target: str, default_deadline: float = DEFAULT_DEADLINE_SECONDS) -> grpc.Channel:
    channel = grpc.insecure_channel(target, options=[("grpc.max_receive_message_length", 32 * 1024 * 1024)])
    return grpc.intercept_channel(channel, _DeadlineAndTokenInterceptor(default_deadline))


def to_core_error(error: grpc.RpcError) -> Exception:
    code = error.code() if hasattr(error, "code") else None
    message = error.details() if hasattr(error, "details") else str(error)
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        return InvalidArgument(message or "", _field_errors(error))
    cls = ERROR_FOR_STATUS.get(code) if code is not None else None
    return cls(message or "") if cls else error


def _field_errors(error: grpc.RpcError) -> dict[str, str]:
    trailing: Any = error.trailing_metadata() if hasattr(error, "trailing_metadata") else ()
    for key, value in trailing or ():
        if key == FIELD_ERRORS_METADATA_KEY:
            return dict(json.loads(value))
    return {}


def call(
    method: Callable[..., Response], request: Any, *, token: str | None = None, timeout: float | None = None
) -> Response:
    """Call a unary RPC, raising domain errors instead of grpc.RpcError."""
    metadata = (("authorization", f"Bearer {token}"),) if token else None
    try:
        return method(request, timeout=timeout, metadata=metadata)
    except grpc.RpcError as exc:
        raise to_core_error(exc) from exc


def stream(
    method: Callable[..., Iterator[Response]], request: Any, *, token: str | None = None, timeout: float | None = None
) -> Iterator[Response]:
    """Iterate a server-streaming RPC, raising domain errors instead of grpc.RpcError."""
    metadata = (("authorization", f"Bearer {token}"),) if token else None
    try:
        yield from method(request, timeout=timeout, metadata=metadata)
    except grpc.RpcError as exc:
        raise to_core_error(exc) from exc
