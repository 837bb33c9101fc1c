"""Queries on users. Emails are looked up and stored lower-cased."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core_platform.db import violated_constraint
from identity_service.data.models import User
from identity_service.domain.errors import EmailTaken


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_user(session: Session, user_id: uuid.UUID) -> User | None:
    return session.get(User, user_id)


def get_user_by_email(session: Session, email: str, *, for_update: bool = False) -> User | None:
    query = select(User).where(User.email == normalise_email(email))
    if for_update:
        # Serialises concurrent sign-in attempts on one account, so none of its failures is lost.
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


@dataclass(frozen=True)
class UserFilter:
    organisation_id: str | None = None  # None: every organisation
    search: str = ""  # part of the name or email, any case
    role: str = ""
    active: bool | None = None


def list_users(session: Session, filters: UserFilter, limit: int, offset: int) -> tuple[list[User], int]:
    """A page of users ordered by name, and how many match in all."""
    query = select(User)
    if filters.organisation_id is not None:
        query = query.where(User.organisation_id == filters.organisation_id)
    if filters.search.strip():
        pattern = "%" + filters.search.strip().lower().replace("\\", "").replace("%", "").replace("_", "") + "%"
        query = query.where(or_(func.lower(User.name).like(pattern), User.email.like(pattern)))
    if filters.role:
        query = query.where(User.role == filters.role)
    if filters.active is not None:
        query = query.where(User.active.is_(filters.active))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = session.scalars(query.order_by(User.name, User.email, User.id).limit(limit).offset(offset))
    return list(page), total


def create_user(
    session: Session,
    *,
    email: str,
    name: str,
    role: str,
    organisation_id: str,
    password_hash: str | None = None,
    is_dpo: bool = False,
    is_key_contact: bool = False,
) -> User:
    user = User(
        email=normalise_email(email),
        name=name,
        role=role,
        organisation_id=organisation_id,
        password_hash=password_hash,
        is_dpo=is_dpo,
        is_key_contact=is_key_contact,
        active=True,
        failed_attempts=0,
    )
    try:
        # A savepoint, so a duplicate leaves the caller's transaction usable.
        with session.begin_nested():
            session.add(user)
            session.flush()
    except IntegrityError as exc:
        if violated_constraint(exc) == "uq_users_email":
            raise EmailTaken() from exc
        raise
    return user


def change_email(session: Session, user: User, email: str) -> None:
    user.email = normalise_email(email)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as exc:
        if violated_constraint(exc) == "uq_users_email":
            raise EmailTaken() from exc
        raise
