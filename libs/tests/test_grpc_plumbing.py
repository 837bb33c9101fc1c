"""The interceptor chain and client helpers, through a real channel to an in-process server."""

import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from core_platform.auth.principal import require_principal
from core_platform.errors import InvalidArgument, NotFound, Unauthenticated, Unavailable
from core_platform.grpc_client import call, open_channel
from core_platform.testing import make_test_keys, running_grpc_server

SERVICE = "test.v1.Probe"


def whoami(request: bytes, context) -> bytes:
    return require_principal().subject.encode()


def reject(request: bytes, context) -> bytes:
    raise InvalidArgument("Bad answers", {"startdate": "Enter a valid date"})


def public(request: bytes, context) -> bytes:
    return b"hi"


def slow(request: bytes, context) -> bytes:
    time.sleep(2)
    return b"late"


def missing(request: bytes, context) -> bytes:
    raise NotFound("No such log")


def register(server: grpc.Server) -> str:
    behaviours = {"WhoAmI": whoami, "Reject": reject, "Missing": missing, "Slow": slow, "Public": public}
    handlers: dict[str, grpc.RpcMethodHandler] = {
        name: grpc.unary_unary_rpc_method_handler(fn) for name, fn in behaviours.items()
    }
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, handlers),))
    return SERVICE


@pytest.fixture
def keys():
    return make_test_keys()


@pytest.fixture
def channel(keys):
    with running_grpc_server([register], keys.verifier, public_methods={f"/{SERVICE}/Public"}) as (_server, ch):
        yield ch


def method(channel, name):
    return channel.unary_unary(f"/{SERVICE}/{name}")


def test_caller_identity_comes_from_the_verified_token(channel, keys):
    token = keys.token(subject="user-42")
    assert call(method(channel, "WhoAmI"), b"", token=token) == b"user-42"


def test_call_without_token_is_unauthenticated(channel):
    with pytest.raises(Unauthenticated):
        call(method(channel, "WhoAmI"), b"")


def test_token_signed_by_an_unknown_key_is_unauthenticated(channel):
    with pytest.raises(Unauthenticated):
        call(method(channel, "WhoAmI"), b"", token=make_test_keys().token())


def test_public_method_needs_no_token(channel):
    assert call(method(channel, "Public"), b"") == b"hi"


def test_field_errors_travel_to_the_client(channel, keys):
    with pytest.raises(InvalidArgument) as caught:
        call(method(channel, "Reject"), b"", token=keys.token())
    assert caught.value.field_errors == {"startdate": "Enter a valid date"}


def test_not_found_maps_to_the_same_domain_error(channel, keys):
    with pytest.raises(NotFound, match="No such log"):
        call(method(channel, "Missing"), b"", token=keys.token())


def test_health_reports_serving_then_not_serving_on_shutdown(keys):
    with running_grpc_server([register], keys.verifier) as (server, ch):
        stub = health_pb2_grpc.HealthStub(ch)
        assert stub.Check(health_pb2.HealthCheckRequest(service=SERVICE), timeout=2).status == 1
        server.health.enter_graceful_shutdown()
        assert stub.Check(health_pb2.HealthCheckRequest(service=SERVICE), timeout=2).status == 2


def test_channel_gives_every_call_a_default_deadline(keys):
    with running_grpc_server([register], keys.verifier, public_methods={f"/{SERVICE}/Slow"}) as (server, _ch):
        impatient = open_channel(f"127.0.0.1:{server.port}", default_deadline=0.2)
        with pytest.raises(Unavailable):
            call(impatient.unary_unary(f"/{SERVICE}/Slow"), b"")


def test_each_methods_handler_is_wrapped_once_and_again_only_when_it_changes():
    from types import SimpleNamespace

    from core_platform.grpc_interceptors import ErrorInterceptor

    interceptor = ErrorInterceptor()
    details = SimpleNamespace(method=f"/{SERVICE}/Reject")
    first: grpc.RpcMethodHandler = grpc.unary_unary_rpc_method_handler(reject)
    second: grpc.RpcMethodHandler = grpc.unary_unary_rpc_method_handler(reject)
    wrapped = interceptor.intercept_service(lambda _: first, details)
    assert interceptor.intercept_service(lambda _: first, details) is wrapped
    assert interceptor.intercept_service(lambda _: second, details) is not wrapped
