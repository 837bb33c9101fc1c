"""ServiceAlertsService: support's notification banners; anyone may ask for the one in force."""

from __future__ import annotations

import uuid
from datetime import datetime

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy.orm import Session

from core.organisations.v1 import alerts_pb2 as pb
from core.organisations.v1 import alerts_pb2_grpc as pb_grpc
from core_platform.auth.principal import current_principal, require_principal
from core_platform.db import SessionFactory, session_scope, utcnow
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_server import Registration
from organisations_service.data import content as queries
from organisations_service.data.models import ServiceAlert
from organisations_service.domain.content_rules import alert_errors

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["ServiceAlertsService"].full_name
PUBLIC_METHODS = frozenset({f"/{SERVICE_NAME}/GetCurrentAlert"})
NOT_FOUND_MESSAGE = "Alert not found"


def _time(stamp: Timestamp, present: bool) -> datetime | None:
    return stamp.ToDatetime(tzinfo=utcnow().tzinfo) if present else None


def alert_to_proto(alert: ServiceAlert, now: datetime) -> pb.ServiceAlert:
    message = pb.ServiceAlert(
        id=str(alert.id),
        title=alert.title,
        body=alert.body,
        link_text=alert.link_text,
        link_url=alert.link_url,
        page_path=alert.page_path,
        show_on_public_pages=alert.show_on_public_pages,
        active=alert.starts_at <= now and (alert.ends_at is None or alert.ends_at > now),
    )
    message.starts_at.FromDatetime(alert.starts_at)
    if alert.ends_at is not None:
        message.ends_at.FromDatetime(alert.ends_at)
    return message


def _values(alert: pb.AlertInput) -> dict[str, object]:
    values: dict[str, object] = {
        "title": alert.title.strip(),
        "body": alert.body.strip(),
        "link_text": alert.link_text.strip(),
        "link_url": alert.link_url.strip(),
        "page_path": alert.page_path.strip(),
        "starts_at": _time(alert.starts_at, alert.HasField("starts_at")),
        "ends_at": _time(alert.ends_at, alert.HasField("ends_at")),
    }
    errors = alert_errors(**values)
    if errors:
        raise InvalidArgument(field_errors=errors)
    values["show_on_public_pages"] = alert.show_on_public_pages
    return values


def _require_support() -> str:
    principal = require_principal()
    if not principal.is_support:
        raise PermissionDenied("Only support can manage alerts")
    return principal.subject


def _find(session: Session, raw_id: str) -> ServiceAlert:
    try:
        alert = queries.get_alert(session, uuid.UUID(raw_id))
    except ValueError:
        alert = None
    if alert is None:
        raise NotFound(NOT_FOUND_MESSAGE)
    return alert


class ServiceAlertsServicer(pb_grpc.ServiceAlertsServiceServicer):
    def __init__(self, session_factory: SessionFactory) -> None:
        self._sessions = session_factory

    def GetCurrentAlert(
        self, request: pb.GetCurrentAlertRequest, context: grpc.ServicerContext
    ) -> pb.GetCurrentAlertResponse:
        now = utcnow()
        with session_scope(self._sessions) as session:
            alert = queries.current_alert(session, now, public_only=current_principal.get() is None)
            if alert is None:
                return pb.GetCurrentAlertResponse()
            return pb.GetCurrentAlertResponse(alert=alert_to_proto(alert, now))

    def ListAlerts(self, request: pb.ListAlertsRequest, context: grpc.ServicerContext) -> pb.ListAlertsResponse:
        _require_support()
        now = utcnow()
        with session_scope(self._sessions) as session:
            return pb.ListAlertsResponse(alerts=[alert_to_proto(a, now) for a in queries.list_alerts(session)])

    def GetAlert(self, request: pb.GetAlertRequest, context: grpc.ServicerContext) -> pb.ServiceAlert:
        _require_support()
        with session_scope(self._sessions) as session:
            return alert_to_proto(_find(session, request.id), utcnow())

    def CreateAlert(self, request: pb.AlertInput, context: grpc.ServicerContext) -> pb.ServiceAlert:
        author = _require_support()
        values = _values(request)
        with session_scope(self._sessions) as session:
            alert = ServiceAlert(id=uuid.uuid4(), created_by=author, **values)
            session.add(alert)
            session.flush()
            return alert_to_proto(alert, utcnow())

    def UpdateAlert(self, request: pb.UpdateAlertRequest, context: grpc.ServicerContext) -> pb.ServiceAlert:
        _require_support()
        values = _values(request.alert)
        with session_scope(self._sessions) as session:
            alert = _find(session, request.id)
            for name, value in values.items():
                setattr(alert, name, value)
            session.flush()
            return alert_to_proto(alert, utcnow())

    def EndAlert(self, request: pb.GetAlertRequest, context: grpc.ServicerContext) -> pb.ServiceAlert:
        _require_support()
        now = utcnow()
        with session_scope(self._sessions) as session:
            alert = _find(session, request.id)
            if alert.ends_at is None or alert.ends_at > now:
                alert.ends_at = max(now, alert.starts_at)
            session.flush()
            return alert_to_proto(alert, now)


def register(session_factory: SessionFactory) -> Registration:
    def add(server: grpc.Server) -> str:
        pb_grpc.add_ServiceAlertsServiceServicer_to_server(ServiceAlertsServicer(session_factory), server)
        return SERVICE_NAME

    return add
