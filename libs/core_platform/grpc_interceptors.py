"""Server interceptors, applied in order: log -> auth (token to context vars) -> errors to status codes."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import grpc

from core_platform.auth.principal import current_principal, current_token
from core_platform.auth.tokens import TokenVerifier
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

logger = logging.getLogger("core.grpc")

FIELD_ERRORS_METADATA_KEY = "core-field-errors"

STATUS_FOR_ERROR: dict[type[CoreError], grpc.StatusCode] = {
    NotFound: grpc.StatusCode.NOT_FOUND,
    InvalidArgument: grpc.StatusCode.INVALID_ARGUMENT,
    PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
    Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    FailedPrecondition: grpc.StatusCode.FAILED_PRECONDITION,
    AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    Unavailable: grpc.StatusCode.UNAVAILABLE,
}

# Methods any caller may use without a token (health, reflection and the sign-in calls of identity).
ALWAYS_PUBLIC_PREFIXES = ("/grpc.health.v1.Health/", "/grpc.reflection.")

Behaviour = Callable[[Any, grpc.ServicerContext], Any]
Wrapper = Callable[[Behaviour, str, bool], Behaviour]


def _wrap_handler(handler: grpc.RpcMethodHandler, method: str, wrap: Wrapper) -> grpc.RpcMethodHandler:
    if handler.unary_unary:
        return grpc.unary_unary_rpc_method_handler(
            wrap(handler.unary_unary, method, False), handler.request_deserializer, handler.response_serializer
        )
    if handler.unary_stream:
        return grpc.unary_stream_rpc_method_handler(
            wrap(handler.unary_stream, method, True), handler.request_deserializer, handler.response_serializer
        )
    if handler.stream_unary:
        return grpc.stream_unary_rpc_method_handler(
            wrap(handler.stream_unary, method, False), handler.request_deserializer, handler.response_serializer
        )
    stream_stream: Behaviour = handler.stream_stream  # type: ignore[assignment]
    return grpc.stream_stream_rpc_method_handler(
        wrap(stream_stream, method, True), handler.request_deserializer, handler.response_serializer
    )


class _WrappingInterceptor(grpc.ServerInterceptor):
    """Wraps each method's handler once, not on every call: a method's handler stays the same object, so the
    wrapped one is kept by method (a race wraps twice, harmlessly)."""

    def __init__(self) -> None:
        self._wrapped: dict[str, tuple[grpc.RpcMethodHandler, grpc.RpcMethodHandler]] = {}

    def wrap(self, behaviour: Behaviour, method: str, streaming: bool) -> Behaviour:
        raise NotImplementedError

    def intercept_service(self, continuation: Any, handler_call_details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method
        known = self._wrapped.get(method)
        if known is None or known[0] is not handler:
            known = (handler, _wrap_handler(handler, method, self.wrap))
            self._wrapped[method] = known
        return known[1]


class LoggingInterceptor(_WrappingInterceptor):
    """One structured line per call: method, outcome and duration (the trace id comes from the log formatter)."""

    def wrap(self, behaviour: Behaviour, method: str, streaming: bool) -> Behaviour:
        def logged(request: Any, context: grpc.ServicerContext) -> Any:
            started = time.perf_counter()
            try:
                return behaviour(request, context)
            finally:
                if not method.startswith(ALWAYS_PUBLIC_PREFIXES):
                    code = context.code() if hasattr(context, "code") else None
                    logger.info(
                        "grpc call %s",
                        method,
                        extra={
                            "rpc_method": method,
                            "rpc_code": str(code or "OK"),
                            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        },
                    )

        return logged


class AuthInterceptor(_WrappingInterceptor):
    """Verifies the bearer token of every non-public call and exposes the principal to the servicer."""

    def __init__(self, verifier: TokenVerifier | None, public_methods: Iterable[str] = ()) -> None:
        super().__init__()
        self._verifier = verifier
        self._public = frozenset(public_methods)

    def _is_public(self, method: str) -> bool:
        return method in self._public or method.startswith(ALWAYS_PUBLIC_PREFIXES)

    def wrap(self, behaviour: Behaviour, method: str, streaming: bool) -> Behaviour:
        public = self._is_public(method)

        def authorised(request: Any, context: grpc.ServicerContext) -> Any:
            token = _bearer_token(context)
            principal = None
            if token and self._verifier is not None:
                try:
                    principal = self._verifier.verify(token)
                except Unauthenticated as exc:
                    if not public:
                        context.abort(grpc.StatusCode.UNAUTHENTICATED, exc.message)
            elif not public:
                context.abort(grpc.StatusCode.UNAUTHENTICATED, "This call needs an access token")
            principal_reset = current_principal.set(principal)
            token_reset = current_token.set(token if principal else None)
            if streaming:
                return _stream_with_cleanup(behaviour(request, context), principal_reset, token_reset)
            try:
                return behaviour(request, context)
            finally:
                current_principal.reset(principal_reset)
                current_token.reset(token_reset)

        return authorised


def _stream_with_cleanup(responses: Iterator[Any], principal_reset: Any, token_reset: Any) -> Iterator[Any]:
    try:
        yield from responses
    finally:
        current_principal.reset(principal_reset)
        current_token.reset(token_reset)


def _bearer_token(context: grpc.ServicerContext) -> str | None:
    for key, value in context.invocation_metadata() or ():
        if key == "authorization" and isinstance(value, str) and value.lower().startswith("bearer "):
            return value[7:].strip()
    return None


class ErrorInterceptor(_WrappingInterceptor):
    """Maps domain errors to status codes; field errors travel as JSON in trailing metadata."""

    def wrap(self, behaviour: Behaviour, method: str, streaming: bool) -> Behaviour:
        def mapped(request: Any, context: grpc.ServicerContext) -> Any:
            if streaming:
                return _map_stream_errors(behaviour(request, context), context)
            try:
                return behaviour(request, context)
            except CoreError as exc:
                abort_with(context, exc)

        return mapped


def _map_stream_errors(responses: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
    try:
        yield from responses
    except CoreError as exc:
        abort_with(context, exc)


def abort_with(context: grpc.ServicerContext, exc: CoreError) -> None:
    status = next((code for cls, code in STATUS_FOR_ERROR.items() if isinstance(exc, cls)), grpc.StatusCode.UNKNOWN)
    if isinstance(exc, InvalidArgument) and exc.field_errors:
        context.set_trailing_metadata(((FIELD_ERRORS_METADATA_KEY, json.dumps(exc.field_errors)),))
    context.abort(status, exc.message)
