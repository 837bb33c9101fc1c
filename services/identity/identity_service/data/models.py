"""Identity's tables. Emails are stored lower-cased so the unique constraint is case-insensitive on
every database; secrets (passwords, API client secrets, session and reset tokens) are stored only as
hashes."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core_platform.auth.principal import ROLES
from core_platform.db import TimestampedMixin, UtcDateTime, new_metadata, utcnow
from core_platform.events.outbox import inbox_table, outbox_table


class Base(DeclarativeBase):
    metadata = new_metadata()


_ROLE_LIST = ", ".join(f"'{role}'" for role in ROLES)
LINK_PURPOSES = ("reset", "invitation", "unlock", "email_change")
_PURPOSE_LIST = ", ".join(f"'{purpose}'" for purpose in LINK_PURPOSES)


class User(TimestampedMixin, Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("email = lower(email)", name="email_lower_case"),
        CheckConstraint(f"role IN ({_ROLE_LIST})", name="role_known"),
    )

    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(20))
    organisation_id: Mapped[str] = mapped_column(String(36), index=True)
    is_dpo: Mapped[bool] = mapped_column(default=False)
    is_key_contact: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    # None until the user sets a password (an invited user), so nobody can sign in as them.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Authenticator app (TOTP): the seed, encrypted (domain/secret_box.py); `totp_pending_secret` until
    # the first code confirms it. `totp_last_step` is the 30-second step of the last accepted code, so a
    # code is never accepted twice.
    totp_secret: Mapped[str | None] = mapped_column(String(500))
    totp_pending_secret: Mapped[str | None] = mapped_column(String(500))
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    # A new email address waiting for the link sent to it to be followed.
    pending_email: Mapped[str | None] = mapped_column(String(254))


class UserSession(Base):
    """A signed-in browser session. The id is the SHA-256 of the token the frontend holds, so a copy
    of this table cannot be used to take over a session."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A session that still needs its second factor: the password was right, the code not yet given.
    second_factor_pending: Mapped[bool] = mapped_column(default=False)
    code_hash: Mapped[str | None] = mapped_column(String(255))  # argon2id of the emailed code
    code_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    code_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    code_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    code_attempts: Mapped[int] = mapped_column(default=0)


class ApiClient(TimestampedMixin, Base):
    __tablename__ = "api_clients"

    client_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    secret_hash: Mapped[str] = mapped_column(String(255))
    organisation_id: Mapped[str] = mapped_column(String(36))
    scopes: Mapped[str] = mapped_column(String(500), default="")  # space-separated, as in OAuth2
    active: Mapped[bool] = mapped_column(default=True)


class PasswordResetRequest(TimestampedMixin, Base):
    """An emailed single-use link: a password reset, an invitation to set a first password, or an
    unlock. Created when asked for; the token is generated (and only its hash stored) when the email
    task sends the link, so a re-delivered task never mails a second live link."""

    __tablename__ = "password_reset_requests"
    __table_args__ = (CheckConstraint(f"purpose IN ({_PURPOSE_LIST})", name="purpose_known"),)

    purpose: Mapped[str] = mapped_column(String(20), default="reset")

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """Append-only account events: who did what to whom, from where. Never passwords, tokens or codes."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_subject_id_at", "subject_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(100))  # user id or API client id; None if unknown
    subject_id: Mapped[str | None] = mapped_column(String(100))  # the account acted on
    event: Mapped[str] = mapped_column(String(50))
    outcome: Mapped[str] = mapped_column(String(20))
    ip: Mapped[str | None] = mapped_column(String(45))


class OrganisationMerge(Base):
    """From an organisations.merged event: the users of `merged_organisation_id` move to the absorbing
    organisation on `merge_date` (at once when it has passed; otherwise when due)."""

    __tablename__ = "organisation_merges"

    merged_organisation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    absorbing_organisation_id: Mapped[str] = mapped_column(String(36))
    merge_date: Mapped[date] = mapped_column(Date)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


outbox = outbox_table(Base.metadata)
inbox = inbox_table(Base.metadata)
