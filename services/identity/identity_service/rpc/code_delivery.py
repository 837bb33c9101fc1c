"""Sending a sign-in code: like every identity email, a Celery task on the identity queue
(`identity.send_sign_in_code_email`, whose body is `two_factor.send_sign_in_code`). The person is waiting
on the page for it, so after queueing, the call waits a little for the worker to have sent it; if the worker
is slow or down it returns anyway: the task sends when it runs, and the page offers "resend code"."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from core_platform.db import SessionFactory, session_scope
from identity_service.data import user_sessions

logger = logging.getLogger(__name__)

# Within the frontend's 5 s deadline for Authenticate, beside the password check.
WAIT_FOR_SENDING_SECONDS = 2.0
POLL_EVERY_SECONDS = 0.1


class CodeDelivery:
    def __init__(
        self,
        session_factory: SessionFactory,
        enqueue: Callable[[str], None],
        *,
        wait_seconds: float = WAIT_FOR_SENDING_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._sessions = session_factory
        self._enqueue = enqueue
        self._wait_seconds = wait_seconds
        self._monotonic = monotonic
        self._sleep = sleep

    def __call__(self, session_row_id: str) -> None:
        try:
            self._enqueue(session_row_id)
        except Exception:
            # The page offers "resend code"; failing the sign-in would not help the user more.
            logger.exception("could not queue a sign-in code")
            return
        deadline = self._monotonic() + self._wait_seconds
        while not self._sent(session_row_id):
            if self._monotonic() >= deadline:
                logger.warning("sign-in code not sent yet; the identity worker will send it when it can")
                return
            self._sleep(POLL_EVERY_SECONDS)

    def _sent(self, session_row_id: str) -> bool:
        with session_scope(self._sessions) as session:
            pending = user_sessions.get_session(session, session_row_id)
            return pending is None or pending.ended_at is not None or pending.code_sent_at is not None
