"""OrganisationsService methods that change an organisation's standing: merges, name changes with an
effective date, deactivation, and the data sharing agreement its DPO accepts. Each records its event in the
same transaction as the change."""

from __future__ import annotations

import grpc
from sqlalchemy.orm import Session

from core.organisations.v1 import organisations_pb2 as pb
from core_platform.auth.principal import KIND_USER, Principal, require_principal
from core_platform.db import SessionFactory, session_scope, utcnow
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.events.outbox import record_event
from organisations_service.data import organisations as queries
from organisations_service.data import schemes as scheme_queries
from organisations_service.data.models import Organisation, outbox
from organisations_service.domain.access import parse_organisation_id
from organisations_service.domain.codes import ORGANISATION_ACTIVE
from organisations_service.domain.organisation_changes import (
    check_day_in_range,
    merge_errors,
    name_change_errors,
    parse_day,
)
from organisations_service.domain.people import UserDirectory
from organisations_service.rpc.organisation_convert import organisation_status

NOT_FOUND_MESSAGE = "Organisation not found"
MERGED = "organisations.merged"
DEACTIVATED = "organisations.deactivated"
AGREEMENT_ACCEPTED = "organisations.data_sharing_agreement_accepted"


def _find(session: Session, organisation_id: str, field: str = "id") -> Organisation:
    parsed = parse_organisation_id(organisation_id)
    organisation = queries.get_organisation(session, parsed) if parsed else None
    if organisation is None:
        if field == "id":
            raise NotFound(NOT_FOUND_MESSAGE)
        raise InvalidArgument(field_errors={field: "Select an organisation that exists"})
    return organisation


def _require_support(principal: Principal) -> None:
    if not principal.is_support:
        raise PermissionDenied("Only support can do this")


class OrganisationChangesMixin:
    """Mixed into OrganisationsServicer, which sets `_sessions`, `_users` and `_to_proto`."""

    _sessions: SessionFactory
    _users: UserDirectory | None

    def _to_proto(self, session: Session, organisation: Organisation, principal: Principal) -> pb.Organisation:
        raise NotImplementedError

    def MergeOrganisations(
        self, request: pb.MergeOrganisationsRequest, context: grpc.ServicerContext
    ) -> pb.MergeOrganisationsResponse:
        principal = require_principal()
        _require_support(principal)
        errors: dict[str, str] = {}
        today = utcnow().date()
        merge_date = parse_day(request.merge_date, "merge_date", errors)
        if merge_date is not None:
            check_day_in_range(merge_date, today, "merge_date", errors)
        with session_scope(self._sessions) as session:
            absorbing = _find(session, request.absorbing_organisation_id)
            merged_ids = list(dict.fromkeys(request.merged_organisation_ids))
            merged = [_find(session, raw, "merged_organisation_ids") for raw in merged_ids]
            status_of = {o: organisation_status(o, today) for o in (absorbing, *merged)}
            errors.update(merge_errors(absorbing, merged, status_of))
            if errors or merge_date is None:
                raise InvalidArgument(field_errors=errors)
            queries.record_merge(
                session,
                merged,
                absorbing,
                merge_date,
                absorbing_is_new=request.absorbing_organisation_active_from_merge_date,
            )
            scheme_queries.move_schemes(session, [o.id for o in merged], absorbing.id)
            payload = {
                "absorbing_organisation_id": str(absorbing.id),
                "absorbing_organisation_code": absorbing.code,
                "merged_organisation_ids": [str(o.id) for o in merged],
                "merge_date": merge_date.isoformat(),
            }
            record_event(session, outbox, MERGED, payload)
            return pb.MergeOrganisationsResponse(
                absorbing_organisation=self._to_proto(session, absorbing, principal),
                merged_organisations=[self._to_proto(session, o, principal) for o in merged],
            )

    def ChangeOrganisationName(
        self, request: pb.ChangeOrganisationNameRequest, context: grpc.ServicerContext
    ) -> pb.Organisation:
        principal = require_principal()
        _require_support(principal)
        errors = name_change_errors(request.name)
        today = utcnow().date()
        startdate = parse_day(request.startdate, "startdate", errors)
        if startdate is not None:
            check_day_in_range(startdate, today, "startdate", errors)
        with session_scope(self._sessions) as session:
            organisation = _find(session, request.id)
            if errors or startdate is None:
                raise InvalidArgument(field_errors=errors)
            queries.add_name_change(session, organisation, request.name.strip(), startdate, today)
            payload = {
                "organisation_id": str(organisation.id),
                "code": organisation.code,
                "name": organisation.name,
                "fields": ["name"],
            }
            record_event(session, outbox, "organisations.organisation_updated", payload)
            return self._to_proto(session, organisation, principal)

    def DeactivateOrganisation(
        self, request: pb.DeactivateOrganisationRequest, context: grpc.ServicerContext
    ) -> pb.Organisation:
        principal = require_principal()
        _require_support(principal)
        with session_scope(self._sessions) as session:
            organisation = _find(session, request.id)
            if organisation_status(organisation, utcnow().date()) != ORGANISATION_ACTIVE:
                raise InvalidArgument(f"{organisation.name} is not active")
            organisation.active = False
            session.flush()
            record_event(session, outbox, DEACTIVATED, {"organisation_id": str(organisation.id)})
            return self._to_proto(session, organisation, principal)

    def AcceptDataSharingAgreement(
        self, request: pb.AcceptDataSharingAgreementRequest, context: grpc.ServicerContext
    ) -> pb.Organisation:
        principal = require_principal()
        if principal.kind != KIND_USER or not principal.belongs_to(request.organisation_id):
            raise NotFound(NOT_FOUND_MESSAGE)
        if self._users is None:
            raise PermissionDenied("The data protection officer cannot be checked")
        user = self._users.get_user(principal.subject)
        if not user.is_dpo or user.organisation_id != principal.organisation_id:
            raise PermissionDenied("Only your organisation's data protection officer can accept the agreement")
        with session_scope(self._sessions) as session:
            organisation = _find(session, request.organisation_id)
            if organisation.data_sharing_agreement_signed:
                return self._to_proto(session, organisation, principal)
            signed_at = utcnow()
            queries.record_confirmation(
                session, organisation, officer_id=user.id, name=user.name, email=user.email, signed_at=signed_at
            )
            payload = {
                "organisation_id": str(organisation.id),
                "data_protection_officer_id": user.id,
                "signed_at": signed_at.isoformat(),
            }
            record_event(session, outbox, AGREEMENT_ACCEPTED, payload)
            return self._to_proto(session, organisation, principal)
