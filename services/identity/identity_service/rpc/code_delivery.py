"""Sending a sign-in code. The person is waiting on the page for it, so the email goes at once from
the call that asked for it; only if that fails is the same work queued on the identity Celery queue,
whose task retries. Both run `two_factor.send_sign_in_code`, which sends at most once per request."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from core_platform.db import SessionFactory, session_scope
from core_platform.email import EmailSender
from identity_service.domain import two_factor

logger = logging.getLogger(__name__)


class CodeDelivery:
    def __init__(
        self,
        session_factory: SessionFactory,
        sender: Callable[[], EmailSender],
        enqueue: Callable[[str], None],
        clock: Callable[[], datetime],
    ) -> None:
        self._sessions = session_factory
        self._sender = sender
        self._enqueue = enqueue
        self._clock = clock

    def __call__(self, session_row_id: str) -> None:
        try:
            with session_scope(self._sessions) as session:
                two_factor.send_sign_in_code(session, self._sender(), session_row_id, self._clock())
        except Exception:
            logger.exception("could not send a sign-in code at once; queueing it")
            try:
                self._enqueue(session_row_id)
            except Exception:
                # The page offers "resend code"; failing the sign-in would not help the user more.
                logger.exception("could not queue a sign-in code")
