"""Bootstrap of every backend's gRPC server: interceptors, health, reflection, graceful shutdown."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterable
from concurrent import futures
from dataclasses import dataclass
from types import FrameType

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from core_platform.auth.tokens import TokenVerifier
from core_platform.grpc_interceptors import AuthInterceptor, ErrorInterceptor, LoggingInterceptor

logger = logging.getLogger("core.grpc")

# Adds a servicer to the server and returns its full service name, e.g. "core.logs.v1.LogsService".
Registration = Callable[[grpc.Server], str]

SHUTDOWN_GRACE_SECONDS = 10


@dataclass
class GrpcServer:
    server: grpc.Server
    health: health.HealthServicer
    service_names: tuple[str, ...]
    port: int

    def start(self) -> None:
        self.server.start()
        for name in ("", *self.service_names):
            self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        logger.info("gRPC server serving", extra={"port": self.port, "services": list(self.service_names)})

    def stop(self, grace: float = SHUTDOWN_GRACE_SECONDS) -> None:
        """Report NOT_SERVING first so load balancers drain us, then finish in-flight calls."""
        self.health.enter_graceful_shutdown()
        self.server.stop(grace).wait()


DEFAULT_MAX_WORKERS = 16  # calls served at once; db.POOL_SIZE keeps as many connections


def build_grpc_server(
    registrations: Iterable[Registration],
    port: int,
    verifier: TokenVerifier | None,
    public_methods: Iterable[str] = (),
    host: str = "0.0.0.0",
    max_workers: int = DEFAULT_MAX_WORKERS,
) -> GrpcServer:
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="grpc"),
        interceptors=[LoggingInterceptor(), AuthInterceptor(verifier, public_methods), ErrorInterceptor()],
        options=[
            ("grpc.max_receive_message_length", 32 * 1024 * 1024),
            # Clients reconnect every few minutes, so new replicas behind a Service get their share of calls.
            ("grpc.max_connection_age_ms", 5 * 60 * 1000),
            ("grpc.max_connection_age_grace_ms", 30 * 1000),
        ],
    )
    names = tuple(register(server) for register in registrations)
    health_servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection((*names, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
    bound = server.add_insecure_port(f"{host}:{port}")
    for name in ("", *names):
        health_servicer.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
    return GrpcServer(server, health_servicer, names, bound)


def run_until_terminated(grpc_server: GrpcServer) -> None:
    """Start, then block until SIGTERM or SIGINT, and shut down gracefully."""
    stopped = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        logger.info("shutting down", extra={"signal": signum})
        stopped.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    grpc_server.start()
    stopped.wait()
    grpc_server.stop()
