"""Merges, name changes with an effective date, deactivation and the data sharing agreement."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from core.organisations.v1 import organisations_pb2 as pb
from core_platform.errors import InvalidArgument, NotFound, PermissionDenied
from core_platform.grpc_client import call
from organisations_service.data.models import DataProtectionConfirmation, Organisation, Scheme, outbox
from organisations_service.data.schemes import create_scheme
from organisations_service.domain.people import DirectoryUser


def _support(keys):
    return keys.token(role="support", organisation_id="")


def _events(session, event_type):
    session.expire_all()
    rows = session.execute(select(outbox.c.payload).where(outbox.c.event_type == event_type)).scalars().all()
    return list(rows)


def _merge(stub, keys, absorbing, merged, day):
    request = pb.MergeOrganisationsRequest(
        absorbing_organisation_id=str(absorbing.id),
        merged_organisation_ids=[str(o.id) for o in merged],
        merge_date=day.isoformat(),
    )
    return call(stub.MergeOrganisations, request, token=_support(keys))


def test_merge_records_the_merge_and_the_event_with_the_documented_payload(stub, keys, session, make_organisation):
    absorbing, first, second = make_organisation(), make_organisation(), make_organisation()
    day = date.today() - timedelta(days=1)
    response = _merge(stub, keys, absorbing, [first, second], day)
    assert response.absorbing_organisation.status == "active"
    assert [o.status for o in response.merged_organisations] == ["merged", "merged"]
    assert not response.merged_organisations[0].active
    assert response.merged_organisations[0].absorbing_organisation_id == str(absorbing.id)
    session.expire_all()
    assert session.get(Organisation, first.id).merge_date == day
    assert _events(session, "organisations.merged") == [
        {
            "absorbing_organisation_id": str(absorbing.id),
            "absorbing_organisation_code": absorbing.code,
            "merged_organisation_ids": [str(first.id), str(second.id)],
            "merge_date": day.isoformat(),
        }
    ]


def test_merge_moves_the_merged_organisations_schemes_to_the_absorbing_one(stub, keys, session, make_organisation):
    absorbing, merged, bystander = make_organisation(), make_organisation(), make_organisation()
    owned = create_scheme(session, merged.id, service_name="Merged scheme", managing_organisation_id=merged.id)
    managed_for_other = create_scheme(session, bystander.id, service_name="Kept", managing_organisation_id=merged.id)
    session.commit()

    _merge(stub, keys, absorbing, [merged], date.today() - timedelta(days=1))

    session.expire_all()
    moved = session.get(Scheme, owned.id)
    assert (moved.owning_organisation_id, moved.managing_organisation_id) == (absorbing.id, absorbing.id)
    assert session.get(Scheme, managed_for_other.id).owning_organisation_id == bystander.id


def test_a_future_merge_leaves_the_organisation_active_until_the_date(stub, keys, make_organisation):
    absorbing, merged = make_organisation(), make_organisation()
    response = _merge(stub, keys, absorbing, [merged], date.today() + timedelta(days=30))
    assert response.merged_organisations[0].status == "active"
    assert response.merged_organisations[0].merge_date == (date.today() + timedelta(days=30)).isoformat()


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ("itself", "merged_organisation_ids"),
        ("none", "merged_organisation_ids"),
        ("inactive_absorbing", "absorbing_organisation_id"),
        ("inactive_merged", "merged_organisation_ids"),
        ("bad_date", "merge_date"),
        ("far_future", "merge_date"),
    ],
)
def test_merge_validation(stub, keys, session, make_organisation, case, field):
    absorbing = make_organisation(active=case != "inactive_absorbing")
    merged = make_organisation(active=case != "inactive_merged")
    request = pb.MergeOrganisationsRequest(
        absorbing_organisation_id=str(absorbing.id),
        merged_organisation_ids={"itself": [str(absorbing.id)], "none": []}.get(case, [str(merged.id)]),
        merge_date={"bad_date": "2025-02-30", "far_future": (date.today() + timedelta(days=800)).isoformat()}.get(
            case, date.today().isoformat()
        ),
    )
    with pytest.raises(InvalidArgument) as error:
        call(stub.MergeOrganisations, request, token=_support(keys))
    assert field in error.value.field_errors
    assert _events(session, "organisations.merged") == []


def test_only_support_merges(stub, keys, make_organisation):
    absorbing, merged = make_organisation(), make_organisation()
    request = pb.MergeOrganisationsRequest(
        absorbing_organisation_id=str(absorbing.id),
        merged_organisation_ids=[str(merged.id)],
        merge_date=date.today().isoformat(),
    )
    with pytest.raises(PermissionDenied):
        call(stub.MergeOrganisations, request, token=keys.token("data_coordinator", str(absorbing.id)))


def test_name_change_is_used_by_name_as_at(stub, keys, session, make_organisation):
    org = make_organisation(name="Old Homes")
    start = date.today() - timedelta(days=10)
    changed = call(
        stub.ChangeOrganisationName,
        pb.ChangeOrganisationNameRequest(id=str(org.id), name="New Homes", startdate=start.isoformat()),
        token=_support(keys),
    )
    assert changed.name == "New Homes" and [(c.name, c.startdate) for c in changed.name_changes] == [
        ("New Homes", start.isoformat())
    ]

    def name_on(day):
        request = pb.GetOrganisationRequest(id=str(org.id), name_as_at=day.isoformat())
        return call(stub.GetOrganisation, request, token=_support(keys)).name

    assert name_on(start - timedelta(days=1)) == "Old Homes"
    assert name_on(start) == "New Homes"
    assert _events(session, "organisations.organisation_updated")[-1]["fields"] == ["name"]


def test_a_future_name_change_keeps_the_current_name_until_it_starts(stub, keys, make_organisation):
    org = make_organisation(name="Current Homes")
    start = date.today() + timedelta(days=5)
    changed = call(
        stub.ChangeOrganisationName,
        pb.ChangeOrganisationNameRequest(id=str(org.id), name="Future Homes", startdate=start.isoformat()),
        token=_support(keys),
    )
    assert changed.name == "Current Homes"
    later = pb.GetOrganisationRequest(id=str(org.id), name_as_at=start.isoformat())
    assert call(stub.GetOrganisation, later, token=_support(keys)).name == "Future Homes"


def test_name_change_validation_and_support_only(stub, keys, make_organisation):
    org = make_organisation()
    with pytest.raises(InvalidArgument) as error:
        call(
            stub.ChangeOrganisationName,
            pb.ChangeOrganisationNameRequest(id=str(org.id), name=" ", startdate="nope"),
            token=_support(keys),
        )
    assert set(error.value.field_errors) == {"name", "startdate"}
    with pytest.raises(PermissionDenied):
        call(
            stub.ChangeOrganisationName,
            pb.ChangeOrganisationNameRequest(id=str(org.id), name="X", startdate=date.today().isoformat()),
            token=keys.token("data_coordinator", str(org.id)),
        )


def test_deactivation_records_the_event_once(stub, keys, session, make_organisation):
    org = make_organisation()
    deactivated = call(
        stub.DeactivateOrganisation, pb.DeactivateOrganisationRequest(id=str(org.id)), token=_support(keys)
    )
    assert deactivated.status == "deactivated" and not deactivated.active
    assert _events(session, "organisations.deactivated") == [{"organisation_id": str(org.id)}]
    with pytest.raises(InvalidArgument):
        call(stub.DeactivateOrganisation, pb.DeactivateOrganisationRequest(id=str(org.id)), token=_support(keys))
    with pytest.raises(PermissionDenied):
        call(
            stub.DeactivateOrganisation,
            pb.DeactivateOrganisationRequest(id=str(org.id)),
            token=keys.token("data_coordinator", str(org.id)),
        )


def test_the_dpo_accepts_the_data_sharing_agreement(stub, keys, session, users, make_organisation):
    org = make_organisation(data_sharing_agreement_signed=False)
    users.users["dpo-1"] = DirectoryUser("dpo-1", "Dee Dpo", "dpo@example.com", str(org.id), True)
    token = keys.token("data_provider", str(org.id), subject="dpo-1")
    request = pb.AcceptDataSharingAgreementRequest(organisation_id=str(org.id))
    accepted = call(stub.AcceptDataSharingAgreement, request, token=token)
    assert accepted.data_sharing_agreement_signed
    assert accepted.data_protection_confirmation.data_protection_officer_name == "Dee Dpo"
    assert users.lookups == ["dpo-1"]
    session.expire_all()
    confirmation = session.scalars(select(DataProtectionConfirmation)).one()
    assert confirmation.data_protection_officer_id == "dpo-1"
    [payload] = _events(session, "organisations.data_sharing_agreement_accepted")
    assert payload["organisation_id"] == str(org.id) and payload["data_protection_officer_id"] == "dpo-1"
    assert payload["signed_at"] == confirmation.signed_at.isoformat()
    call(stub.AcceptDataSharingAgreement, request, token=token)  # again: nothing new
    assert len(_events(session, "organisations.data_sharing_agreement_accepted")) == 1


def test_only_the_organisations_own_dpo_may_accept(stub, keys, users, make_organisation):
    org, other = make_organisation(data_sharing_agreement_signed=False), make_organisation()
    users.users["not-dpo"] = DirectoryUser("not-dpo", "Pat", "pat@example.com", str(org.id), False)
    request = pb.AcceptDataSharingAgreementRequest(organisation_id=str(org.id))
    with pytest.raises(PermissionDenied):
        call(stub.AcceptDataSharingAgreement, request, token=keys.token("data_coordinator", str(org.id), "not-dpo"))
    with pytest.raises(NotFound):
        call(stub.AcceptDataSharingAgreement, request, token=keys.token("data_provider", str(other.id), "x"))
