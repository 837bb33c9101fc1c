"""gRPC channels to the backends, opened on first use in each process (after gunicorn forks: a channel
must never cross a fork)."""

from __future__ import annotations

import os
import threading

import grpc

from core_platform.config import grpc_addr
from core_platform.grpc_client import open_channel


class ChannelPool:
    def __init__(self) -> None:
        self._channels: dict[str, grpc.Channel] = {}
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def get(self, service: str) -> grpc.Channel:
        with self._lock:
            if self._pid != os.getpid():
                # Forked after channels were opened: the parent's channels are unusable here.
                self._channels = {}
                self._pid = os.getpid()
            channel = self._channels.get(service)
            if channel is None:
                channel = self._channels[service] = open_channel(grpc_addr(service))
            return channel

    def close(self) -> None:
        with self._lock:
            for channel in self._channels.values():
                channel.close()
            self._channels = {}
