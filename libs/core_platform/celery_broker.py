"""The embedded Celery broker: kombu's filesystem transport, with messages published atomically.

kombu creates a message file in the queue folder and then writes it, while a worker polling that folder may
move and read the file in between: it then reads an empty or partial message, and the worker stops with a
JSONDecodeError. Here a message is written in a staging folder beside the queue and renamed into it, which
is atomic on one filesystem, so a worker only ever sees whole messages."""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

from kombu.transport import TRANSPORT_ALIASES, filesystem
from kombu.utils.json import dumps

SCHEME = "corefs"


class AtomicChannel(filesystem.Channel):
    def _put(self, queue: Any, payload: Any, **kwargs: Any) -> None:  # type: ignore[override]  # as kombu's
        queue_folder = self.data_folder_out
        staging = os.path.join(os.path.dirname(os.path.abspath(queue_folder)), "staging")
        os.makedirs(staging, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=staging, delete=False) as staged:
            staged.write(dumps(payload).encode())
        # kombu's name: millisecond clock first (workers take files in name order), then the queue.
        name = os.path.basename(staged.name)
        os.replace(staged.name, os.path.join(queue_folder, f"{time.monotonic() * 1000:.0f}_{name}.{queue}.msg"))


class AtomicFilesystemTransport(filesystem.Transport):
    Channel = AtomicChannel


TRANSPORT_ALIASES[SCHEME] = f"{__name__}:AtomicFilesystemTransport"
