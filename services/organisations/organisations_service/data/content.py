"""Queries on service alerts and collection resources. They take a session and flush, never commit."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from organisations_service.data.models import CollectionResource, ServiceAlert

ALERTS_LISTED = 100


def current_alert(session: Session, now: datetime, *, public_only: bool) -> ServiceAlert | None:
    """The newest alert in force at `now`."""
    query = select(ServiceAlert).where(
        ServiceAlert.starts_at <= now, or_(ServiceAlert.ends_at.is_(None), ServiceAlert.ends_at > now)
    )
    if public_only:
        query = query.where(ServiceAlert.show_on_public_pages.is_(True))
    return session.scalars(query.order_by(ServiceAlert.starts_at.desc()).limit(1)).first()


def list_alerts(session: Session) -> list[ServiceAlert]:
    return list(session.scalars(select(ServiceAlert).order_by(ServiceAlert.starts_at.desc()).limit(ALERTS_LISTED)))


def get_alert(session: Session, alert_id: uuid.UUID) -> ServiceAlert | None:
    return session.get(ServiceAlert, alert_id)


def list_resources(session: Session) -> list[CollectionResource]:
    query = select(CollectionResource).order_by(CollectionResource.year.desc(), CollectionResource.resource_type)
    return list(session.scalars(query))


def get_resource(session: Session, year: int, resource_type: str) -> CollectionResource | None:
    query = select(CollectionResource).where(
        CollectionResource.year == year, CollectionResource.resource_type == resource_type
    )
    return session.scalars(query).one_or_none()
