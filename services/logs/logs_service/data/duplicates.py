"""Keeping `logs.duplicate_set_id` right as logs change. Called inside the transaction that changed the
log, after its answers, status and organisations were written; flushes, never commits.

A log in a set has the set's (positive) id; a log alone has none; a log marked "not a duplicate" keeps
a negative marker of the answers it was marked with (domain/duplicates.py)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from logs_service.data.models import Log
from logs_service.domain.duplicates import COMPARED_STATUSES, Key, dismissed_marker, duplicate_key, set_id_of


def key_of(log: Log) -> Key | None:
    owner = str(log.owning_organisation_id) if log.owning_organisation_id else None
    return duplicate_key(log.log_type, log.status, owner, log.answers or {})


def refresh_duplicate_set(session: Session, log: Log) -> None:
    """Join the set of the logs this one now duplicates, or leave the one it no longer belongs to."""
    previous = log.duplicate_set_id
    key = key_of(log)
    if key is not None and previous is not None and previous == dismissed_marker(key):
        return  # marked "not a duplicate" with these very answers
    new_set = None
    if key is not None:
        _serialise_on(session, set_id_of(key))
        matches = [other for other in _candidates(session, log) if key_of(other) == key]
        if matches:
            new_set = set_id_of(key)
            for other in matches:
                other.duplicate_set_id = new_set
    log.duplicate_set_id = new_set
    session.flush()
    if previous is not None and previous > 0 and previous != new_set:
        dissolve_if_alone(session, previous)


def leave_duplicate_set(session: Session, log: Log, *, not_a_duplicate: bool = False) -> None:
    """Take the log out of its set (deleted, or marked "not a duplicate"); a set of one dissolves."""
    previous = log.duplicate_set_id
    key = key_of(log)
    log.duplicate_set_id = dismissed_marker(key) if not_a_duplicate and key is not None else None
    session.flush()
    if previous is not None and previous > 0:
        dissolve_if_alone(session, previous)


def dissolve_if_alone(session: Session, set_id: int) -> None:
    left = list(session.scalars(select(Log).where(Log.duplicate_set_id == set_id)))
    if len(left) == 1:
        left[0].duplicate_set_id = None
        session.flush()


def duplicates_of(session: Session, log: Log) -> list[Log]:
    """The other logs of the log's set, oldest first."""
    if not log.duplicate_set_id or log.duplicate_set_id < 0:
        return []
    query = (
        select(Log)
        .where(Log.duplicate_set_id == log.duplicate_set_id, Log.id != log.id, Log.status.in_(COMPARED_STATUSES))
        .order_by(Log.created_at, Log.id)
    )
    return list(session.scalars(query))


def _candidates(session: Session, log: Log) -> list[Log]:
    """Logs that may share the key: narrowed by indexed columns, then compared in full by the caller.
    Those marked "not a duplicate" stay out while their answers are unchanged."""
    query = select(Log).where(
        Log.id != log.id,
        Log.log_type == log.log_type,
        Log.owning_organisation_id == log.owning_organisation_id,
        Log.startdate == log.startdate,
        Log.status.in_(COMPARED_STATUSES),
        func.coalesce(Log.duplicate_set_id, 0) >= 0,
    )
    return list(session.scalars(query))


def _serialise_on(session: Session, set_id: int) -> None:
    """Two logs with the same answers saved at the same moment would each miss the other: on PostgreSQL
    they queue on a lock named after the key until the first commits (SQLite has one writer anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": set_id})
