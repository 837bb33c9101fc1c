"""The event envelope every publisher writes and every consumer reads."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class MalformedEvent(ValueError):
    """A message that is not a valid event; it goes to the dead-letter queue."""


@dataclass(frozen=True)
class Event:
    id: uuid.UUID
    type: str  # "<source service>.<what happened>", e.g. "logs.log_created"; also the routing key
    source: str
    occurred_at: datetime
    payload: dict[str, Any]

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "id": str(self.id),
                "type": self.type,
                "source": self.source,
                "occurred_at": self.occurred_at.isoformat(),
                "payload": self.payload,
            }
        ).encode()

    @classmethod
    def from_json(cls, body: bytes) -> Event:
        try:
            data = json.loads(body)
            return cls(
                id=uuid.UUID(data["id"]),
                type=str(data["type"]),
                source=str(data["source"]),
                occurred_at=datetime.fromisoformat(data["occurred_at"]),
                payload=dict(data["payload"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise MalformedEvent(str(exc)) from exc
