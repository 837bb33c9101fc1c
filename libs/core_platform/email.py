"""Email through GOV.UK Notify when NOTIFY_API_KEY is set, otherwise into the local outbox folder.

Templates are ours: a name, a subject and a body with ((placeholders)) as Notify uses. With Notify,
each template name maps to a Notify template id from NOTIFY_TEMPLATE_<NAME>.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from core_platform.config import env, var_dir

_PLACEHOLDER = re.compile(r"\(\(([a-z_]+)\)\)")


@dataclass(frozen=True)
class EmailTemplate:
    name: str
    subject: str
    body: str

    def render(self, personalisation: dict[str, str]) -> tuple[str, str]:
        def fill(text: str) -> str:
            return _PLACEHOLDER.sub(lambda m: str(personalisation[m.group(1)]), text)

        return fill(self.subject), fill(self.body)


class EmailSender(Protocol):
    def send(self, to: str, template: EmailTemplate, personalisation: dict[str, str], reference: str) -> str: ...


class OutboxEmailSender:
    """Writes one JSON file per message: to, template, subject, body, personalisation, created_at."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._folder.mkdir(parents=True, exist_ok=True)

    def send(self, to: str, template: EmailTemplate, personalisation: dict[str, str], reference: str) -> str:
        subject, body = template.render(personalisation)
        message_id = str(uuid.uuid4())
        created = datetime.now(UTC)
        message = {
            "id": message_id,
            "reference": reference,
            "to": to,
            "template": template.name,
            "subject": subject,
            "body": body,
            "personalisation": personalisation,
            "created_at": created.isoformat(),
        }
        name = f"{created.strftime('%Y%m%dT%H%M%S%f')}-{template.name}-{message_id[:8]}.json"
        fd, tmp = tempfile.mkstemp(dir=self._folder, suffix=".tmp")
        with os.fdopen(fd, "w") as handle:
            json.dump(message, handle, indent=2)
        os.replace(tmp, self._folder / name)
        return message_id


class NotifyEmailSender:
    def __init__(self, client: Any) -> None:
        self._client = client

    def send(self, to: str, template: EmailTemplate, personalisation: dict[str, str], reference: str) -> str:
        template_id = env(f"NOTIFY_TEMPLATE_{template.name.upper()}")
        if not template_id:
            raise RuntimeError(f"NOTIFY_TEMPLATE_{template.name.upper()} is not set")
        response = self._client.send_email_notification(
            email_address=to, template_id=template_id, personalisation=personalisation, reference=reference
        )
        return str(response["id"])


def outbox_folder() -> Path:
    return var_dir() / "outbox"


def email_sender_from_env() -> EmailSender:
    key = env("NOTIFY_API_KEY")
    if not key:
        return OutboxEmailSender(outbox_folder())
    from notifications_python_client.notifications import NotificationsAPIClient

    return NotifyEmailSender(NotificationsAPIClient(key))
