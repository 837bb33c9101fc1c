"""The shared shape of the event bus: exchange, dead-lettering and which consumer queue binds what.

A consumer queue is declared by the relay as well as by its consumer, so events published before
the consumer's first start still wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass

EXCHANGE = "core.events"
DEAD_LETTER_EXCHANGE = "core.events.dead-letter"


@dataclass(frozen=True)
class Subscription:
    queue: str
    bindings: tuple[str, ...]  # topic patterns on the event type, e.g. "logs.*"

    @property
    def dead_letter_queue(self) -> str:
        return f"{self.queue}.dead"


EXPORT_LOG_CHANGES = Subscription("core.export.log-changes", ("logs.*",))
IDENTITY_ORGANISATION_CHANGES = Subscription("core.identity.organisation-changes", ("organisations.*",))
LOGS_ORGANISATION_CHANGES = Subscription("core.logs.organisation-changes", ("organisations.*",))

SUBSCRIPTIONS: tuple[Subscription, ...] = (
    EXPORT_LOG_CHANGES,
    IDENTITY_ORGANISATION_CHANGES,
    LOGS_ORGANISATION_CHANGES,
)


def topic_matches(pattern: str, routing_key: str) -> bool:
    """AMQP topic matching: '*' is exactly one word, '#' zero or more."""
    return _match(pattern.split("."), routing_key.split("."))


def _match(pattern: list[str], words: list[str]) -> bool:
    if not pattern:
        return not words
    head, rest = pattern[0], pattern[1:]
    if head == "#":
        return any(_match(rest, words[i:]) for i in range(len(words) + 1))
    if not words:
        return False
    return (head in ("*", words[0])) and _match(rest, words[1:])
