"""Managing users. Data providers may change only their own name and email; coordinators manage
their own organisation's users (never making anyone support); support manage everyone, including
moving a user to another organisation. Another organisation's user is NotFound, so a coordinator
cannot learn who exists elsewhere; a role that may not act is PermissionDenied."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_SUPPORT, ROLES, Principal
from core_platform.errors import InvalidArgument, PermissionDenied
from core_platform.events.outbox import record_event
from identity_service.data import audit, user_sessions, users
from identity_service.data.models import User, outbox
from identity_service.domain.directory import get_visible_user
from identity_service.domain.errors import EmailTaken
from identity_service.domain.password_reset import PURPOSE_EMAIL_CHANGE, PURPOSE_INVITATION, create_link_request

logger = logging.getLogger(__name__)

EVENT_USER_DEACTIVATED = "identity.user_deactivated"
EVENT_USER_REACTIVATED = "identity.user_reactivated"
EVENT_USER_MOVED = "identity.user_moved"

NOT_ALLOWED = "You do not have permission to manage users"
ROLE_NOT_ALLOWED = "You cannot give a user the support role"
ROLE_REQUIRED = "Select a role"
NAME_REQUIRED = "Enter a name"
EMAIL_REQUIRED = "Enter an email address"
NOT_YOURSELF = "You cannot deactivate your own account"
ALREADY_ACTIVE = "This user has already set their password"


@dataclass(frozen=True)
class NewUser:
    email: str
    name: str
    role: str
    organisation_id: str  # empty: the caller's own
    is_dpo: bool = False
    is_key_contact: bool = False


@dataclass(frozen=True)
class UserChanges:
    """Only the fields given (not None) change."""

    name: str | None = None
    email: str | None = None
    role: str | None = None
    is_dpo: bool | None = None
    is_key_contact: bool | None = None
    organisation_id: str | None = None


def is_manager(principal: Principal) -> bool:
    return principal.role in (ROLE_DATA_COORDINATOR, ROLE_SUPPORT)


def _check_role(principal: Principal, role: str) -> None:
    if role not in ROLES:
        raise InvalidArgument(field_errors={"role": ROLE_REQUIRED})
    if role == ROLE_SUPPORT and not principal.is_support:
        raise PermissionDenied(ROLE_NOT_ALLOWED)


def _check_text(name: str, email: str) -> None:
    errors = {}
    if not name.strip():
        errors["name"] = NAME_REQUIRED
    if not email.strip() or "@" not in email:
        errors["email"] = EMAIL_REQUIRED
    if errors:
        raise InvalidArgument(field_errors=errors)


def create_user(session: Session, principal: Principal, new: NewUser, ip: str, now: datetime) -> tuple[User, uuid.UUID]:
    """Invite a user: created without a password, with an invitation link (valid 3 days) to email."""
    if not is_manager(principal):
        raise PermissionDenied(NOT_ALLOWED)
    _check_text(new.name, new.email)
    _check_role(principal, new.role)
    organisation_id = new.organisation_id if principal.is_support and new.organisation_id else principal.organisation_id
    user = users.create_user(
        session,
        email=new.email,
        name=new.name.strip(),
        role=new.role,
        organisation_id=organisation_id,
        is_dpo=new.is_dpo,
        is_key_contact=new.is_key_contact,
    )
    request_id = create_link_request(session, user.id, PURPOSE_INVITATION, now)
    _audit(session, "invitation", principal, user, ip, now)
    return user, request_id


def resend_invitation(session: Session, principal: Principal, user_id: str, ip: str, now: datetime) -> uuid.UUID:
    user = _managed_user(session, principal, user_id)
    if user.password_hash is not None:
        raise InvalidArgument(field_errors={"id": ALREADY_ACTIVE})
    request_id = create_link_request(session, user.id, PURPOSE_INVITATION, now)
    _audit(session, "invitation_resent", principal, user, ip, now)
    return request_id


def _managed_user(session: Session, principal: Principal, user_id: str) -> User:
    user = get_visible_user(session, principal, user_id)
    if not is_manager(principal):
        raise PermissionDenied(NOT_ALLOWED)
    return user


def update_user(
    session: Session, principal: Principal, user_id: str, changes: UserChanges, ip: str, now: datetime
) -> tuple[User, uuid.UUID | None]:
    """The user, and the id of an email-change link to send to their new address, if one is needed."""
    user = get_visible_user(session, principal, user_id)
    is_self = principal.subject == str(user.id)
    admin_fields = (changes.role, changes.is_dpo, changes.is_key_contact, changes.organisation_id)
    if not is_manager(principal) and (not is_self or any(value is not None for value in admin_fields)):
        raise PermissionDenied(NOT_ALLOWED)
    if changes.organisation_id is not None and not principal.is_support:
        raise PermissionDenied(NOT_ALLOWED)
    _check_text(changes.name if changes.name is not None else user.name, changes.email or user.email)
    if changes.role is not None and changes.role != user.role:
        _check_role(principal, changes.role)
        user.role = changes.role
        _audit(session, "role_changed", principal, user, ip, now)
    _apply_flags(session, principal, user, changes, ip, now)
    email_link = _apply_details(session, principal, user, changes, ip, now)
    if changes.organisation_id and changes.organisation_id != user.organisation_id:
        move_user(session, user, changes.organisation_id, now, actor_id=principal.subject, ip=ip)
    session.flush()
    return user, email_link


def _apply_flags(
    session: Session, principal: Principal, user: User, changes: UserChanges, ip: str, now: datetime
) -> None:
    flags = {"is_dpo": changes.is_dpo, "is_key_contact": changes.is_key_contact}
    changed = False
    for name, value in flags.items():
        if value is not None and value != getattr(user, name):
            setattr(user, name, value)
            changed = True
    if changed:
        _audit(session, "flags_changed", principal, user, ip, now)


def _apply_details(
    session: Session, principal: Principal, user: User, changes: UserChanges, ip: str, now: datetime
) -> uuid.UUID | None:
    if changes.name is not None and changes.name.strip() != user.name:
        user.name = changes.name.strip()
        _audit(session, "name_changed", principal, user, ip, now)
    if changes.email is None or users.normalise_email(changes.email) == user.email:
        return None
    if user.password_hash is None:
        # Not yet an account anyone signs in to: correcting an invitation's address changes it at once.
        users.change_email(session, user, changes.email)
        _audit(session, "email_changed", principal, user, ip, now)
        return None
    new_email = users.normalise_email(changes.email)
    if users.get_user_by_email(session, new_email) is not None:
        raise EmailTaken()
    # The address changes only when the link sent to it is followed, proving someone there asked for it.
    user.pending_email = new_email
    _audit(session, "email_change_requested", principal, user, ip, now)
    return create_link_request(session, user.id, PURPOSE_EMAIL_CHANGE, now)


def move_user(
    session: Session, user: User, organisation_id: str, now: datetime, *, actor_id: str, ip: str = ""
) -> None:
    """Move a user to another organisation (support, or an organisation merge), ending their sessions."""
    previous = user.organisation_id
    user.organisation_id = organisation_id
    # Their signed-in sessions carry the old organisation in every token: sign them out.
    user_sessions.end_sessions_for_user(session, user.id, now)
    record_event(
        session,
        outbox,
        EVENT_USER_MOVED,
        {"user_id": str(user.id), "from_organisation_id": previous, "to_organisation_id": organisation_id},
    )
    audit.record_audit_event(
        session, "organisation_moved", "success", at=now, actor_id=actor_id, subject_id=str(user.id), ip=ip
    )


def set_user_active(session: Session, principal: Principal, user_id: str, active: bool, ip: str, now: datetime) -> User:
    user = _managed_user(session, principal, user_id)
    if user.active == active:
        return user  # a retry changes nothing and publishes nothing
    if not active and principal.subject == str(user.id):
        raise InvalidArgument(field_errors={"id": NOT_YOURSELF})
    if active:
        user.active = True
        record_event(session, outbox, EVENT_USER_REACTIVATED, _event_payload(user))
        _audit(session, "reactivated", principal, user, ip, now)
    else:
        deactivate_user(session, user, now, actor_id=principal.subject, ip=ip)
    session.flush()
    return user


def deactivate_user(session: Session, user: User, now: datetime, *, actor_id: str, ip: str = "") -> None:
    """Deactivate an active user: their sessions end and `identity.user_deactivated` is published."""
    user.active = False
    ended = user_sessions.end_sessions_for_user(session, user.id, now)
    record_event(session, outbox, EVENT_USER_DEACTIVATED, _event_payload(user))
    audit.record_audit_event(
        session, "deactivated", "success", at=now, actor_id=actor_id, subject_id=str(user.id), ip=ip
    )
    logger.info("user deactivated", extra={"user_id": str(user.id), "sessions_ended": ended})


def _event_payload(user: User) -> dict[str, str]:
    return {"user_id": str(user.id), "organisation_id": user.organisation_id}


def _audit(session: Session, event: str, principal: Principal, user: User, ip: str, now: datetime) -> None:
    audit.record_audit_event(
        session, event, "success", at=now, actor_id=principal.subject, subject_id=str(user.id), ip=ip
    )
