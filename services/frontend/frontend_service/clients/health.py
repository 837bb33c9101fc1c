"""Readiness: each backend's standard gRPC health service (grpc.health.v1)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from grpc_health.v1 import health_pb2, health_pb2_grpc

from core_platform.config import SERVICES
from core_platform.errors import CoreError
from core_platform.grpc_client import call
from frontend_service.clients.channels import ChannelPool

SERVING = "SERVING"
HEALTH_CHECK_DEADLINE_SECONDS = 1.0


class HealthClient(Protocol):
    def check_all(self) -> dict[str, str]:
        """Backend name -> "SERVING", another health status name, or "UNAVAILABLE"."""
        ...


class GrpcHealthClient:
    def __init__(self, channels: ChannelPool, services: tuple[str, ...] = SERVICES) -> None:
        self._channels = channels
        self._services = services

    def check(self, service: str) -> str:
        stub = health_pb2_grpc.HealthStub(self._channels.get(service))
        try:
            response = call(
                stub.Check, health_pb2.HealthCheckRequest(service=""), timeout=HEALTH_CHECK_DEADLINE_SECONDS
            )
        except CoreError as exc:
            return type(exc).__name__.upper()
        except Exception:  # noqa: BLE001 - any other failure (an unmapped status) means "not ready"
            return "UNKNOWN"
        return health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)

    def check_all(self) -> dict[str, str]:
        with ThreadPoolExecutor(max_workers=len(self._services)) as pool:
            statuses = pool.map(self.check, self._services)
        return dict(zip(self._services, statuses, strict=True))
