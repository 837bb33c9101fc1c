"""Users, schemes, locations and local authorities offered by the forms: GetFormPage shows them and
SaveFormPage accepts only them. The sources are fakes of the injected interfaces; the local
authorities come from the service's own reference table."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from google.protobuf import struct_pb2
from sqlalchemy import delete

from core.logs.v1 import logs_pb2 as pb
from core.logs.v1 import logs_pb2_grpc
from core_platform import testing
from core_platform.auth.principal import Principal
from core_platform.db import SessionFactory, session_scope
from core_platform.errors import InvalidArgument
from core_platform.grpc_client import call
from core_platform.testing import running_grpc_server
from logs_service.data.local_authority_options import ReferenceLocalAuthorities
from logs_service.data.models import LocalAuthority
from logs_service.domain.forms.predicates import ENGLISH_LOCAL_AUTHORITIES, LOCAL_AUTHORITIES
from logs_service.domain.organisation_choices import (
    LocalAuthorityRef,
    LocationRef,
    OptionSources,
    OrganisationChoices,
    SchemeRef,
    UserRef,
)
from logs_service.domain.organisations import OrganisationRef
from logs_service.server import registrations

TODAY = date(2025, 11, 24)  # as in conftest


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


# The ids of conftest's FakeOrganisations.
ALPHA = OrganisationRef(_id("ORG101"), "ORG101", "Alpha Homes", True)
BETA = OrganisationRef(_id("ORG102"), "ORG102", "Beta Council", True)
OTHER = OrganisationRef(_id("ORG103"), "ORG103", "Other Housing", True)


def new_log(stub, token: str, values: dict | None = None) -> pb.Log:
    struct = struct_pb2.Struct()
    struct.update(values or {})
    return call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_LETTINGS, answers=struct), token=token)


def page(stub, token: str, log_id: str, page_id: str = "") -> pb.FormPage:
    return call(stub.GetFormPage, pb.GetFormPageRequest(log_id=log_id, page_id=page_id), token=token)


def save(stub, token: str, log_id: str, page_id: str, values: dict) -> pb.SaveFormPageResponse:
    struct = struct_pb2.Struct()
    struct.update(values)
    return call(stub.SaveFormPage, pb.SaveFormPageRequest(log_id=log_id, page_id=page_id, answers=struct), token=token)


ALICE = UserRef(_id("alice"), "Alice Able", "alice@alpha.example", ALPHA.id)
BOB = UserRef(_id("bob"), "Bob Gone", "bob@alpha.example", ALPHA.id, active=False)
CAROL = UserRef(_id("carol"), "Carol Beta", "carol@beta.example", BETA.id)
HOSTEL = SchemeRef(_id("hostel"), "S1", "Alpha Hostel", ALPHA.id, "active")
DRAFT = SchemeRef(_id("draft"), "S2", "Alpha Draft", ALPHA.id, "incomplete")
CLOSED = SchemeRef(_id("closed"), "S3", "Alpha Closed", ALPHA.id, "deactivated")
BETA_HOUSE = SchemeRef(_id("beta-house"), "S4", "Beta House", BETA.id, "active")
ROOMS = LocationRef(_id("rooms"), "101", "Rooms", "AA1 1AA", HOSTEL.id, "active")
FLATS = LocationRef(_id("flats"), "102", "Flats", "AA1 1AB", HOSTEL.id, "deactivating_soon")
SHUT = LocationRef(_id("shut"), "103", "Shut", "AA1 1AC", HOSTEL.id, "deactivated")


class _Organisations:
    def get(self, id_or_code: str) -> OrganisationRef | None:
        return None

    def stock_owners(self, organisation_id: str) -> list[OrganisationRef]:
        return []

    def managing_agents(self, organisation_id: str) -> list[OrganisationRef]:
        return []

    def all_organisations(self) -> list[OrganisationRef]:
        return []


class FakeUsers:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def users_of(self, organisation_id: str) -> list[UserRef]:
        self.asked.append(organisation_id)
        return [u for u in (ALICE, BOB, CAROL) if u.organisation_id == organisation_id]


class FakeSchemes:
    def schemes_of(self, organisation_id: str) -> list[SchemeRef]:
        return [s for s in (HOSTEL, DRAFT, CLOSED, BETA_HOUSE) if s.owning_organisation_id == organisation_id]

    def locations_of(self, scheme_id: str) -> list[LocationRef]:
        return [loc for loc in (ROOMS, FLATS, SHUT) if loc.scheme_id == scheme_id]


@pytest.fixture
def local_authorities(sessions: SessionFactory) -> None:
    with session_scope(sessions) as session:
        session.execute(delete(LocalAuthority))
        session.add_all(
            [
                LocalAuthority(code="E09000033", name="Westminster", start_year=2020, end_year=None),
                LocalAuthority(code="E07000001", name="Abolished", start_year=2020, end_year=2025),
                LocalAuthority(code="E06000099", name="Brand New", start_year=2026, end_year=None),
                LocalAuthority(code="E08000003", name="Manchester", start_year=2020, end_year=2026),
            ]
        )


@pytest.fixture
def users() -> FakeUsers:
    return FakeUsers()


@pytest.fixture
def stub(
    sessions: SessionFactory, keys: testing.TestKeys, users: FakeUsers, orgs
) -> Iterator[logs_pb2_grpc.LogsServiceStub]:
    sources = OptionSources(users=users, schemes=FakeSchemes(), local_authorities=ReferenceLocalAuthorities(sessions))
    with running_grpc_server(registrations(sessions, orgs(), lambda: TODAY, sources), keys.verifier) as (
        _server,
        channel,
    ):
        yield logs_pb2_grpc.LogsServiceStub(channel)


def _options(form_page) -> list[tuple[str, str]]:
    return [(o.value, o.label) for o in form_page.questions[0].answer_options]


def test_the_assigned_user_page_offers_the_active_users_of_the_owner_and_manager(stub, callers, users):
    log = new_log(stub, callers.support(), {"owning_organisation_id": BETA.id, "managing_organisation_id": ALPHA.id})

    assigned = page(stub, callers.support(), log.id, "assigned_to")

    assert _options(assigned) == [(ALICE.id, "Alice Able"), (CAROL.id, "Carol Beta")]
    assert set(users.asked) == {ALPHA.id, BETA.id}


def test_an_assigned_user_must_be_one_offered(stub, callers):
    token = callers.coordinator(ALPHA)
    log = new_log(stub, token)

    with pytest.raises(InvalidArgument):
        save(stub, token, log.id, "assigned_to", {"assigned_to_id": BOB.id})  # deactivated
    with pytest.raises(InvalidArgument):
        save(stub, token, log.id, "assigned_to", {"assigned_to_id": CAROL.id})  # not of Alpha
    save(stub, token, log.id, "assigned_to", {"assigned_to_id": ALICE.id})

    assert page(stub, token, log.id, "assigned_to").questions[0].answer.string_value == ALICE.id


def test_the_scheme_page_offers_the_owners_active_schemes(stub, callers):
    token = callers.coordinator(ALPHA)
    log = new_log(stub, token, {"owning_organisation_id": ALPHA.id, "needstype": 2})

    schemes = page(stub, token, log.id, "scheme")

    assert _options(schemes) == [(HOSTEL.id, "Alpha Hostel")]
    with pytest.raises(InvalidArgument):
        save(stub, token, log.id, "scheme", {"scheme_id": DRAFT.id})
    with pytest.raises(InvalidArgument):
        save(stub, token, log.id, "scheme", {"scheme_id": BETA_HOUSE.id})
    response = save(stub, token, log.id, "scheme", {"scheme_id": "S1"})  # the code is accepted too

    assert response.next_page_id == "location"


def test_the_location_page_offers_the_chosen_schemes_active_locations(stub, callers):
    token = callers.coordinator(ALPHA)
    log = new_log(stub, token, {"owning_organisation_id": ALPHA.id, "needstype": 2, "scheme_id": HOSTEL.id})

    locations = page(stub, token, log.id, "location")

    assert _options(locations) == [(ROOMS.id, "AA1 1AA"), (FLATS.id, "AA1 1AB")]
    with pytest.raises(InvalidArgument):
        save(stub, token, log.id, "location", {"location_id": SHUT.id})
    save(stub, token, log.id, "location", {"location_id": FLATS.id})


# The local authority options are checked on the choices the form asks (as GetFormPage and SaveFormPage do).
@pytest.mark.usefixtures("local_authorities")
def test_the_local_authority_options_are_those_valid_in_the_logs_collection_year(sessions):
    principal = Principal(str(uuid.uuid4()), "user", OTHER.id, "data_provider")
    sources = OptionSources(local_authorities=ReferenceLocalAuthorities(sessions))
    choices = OrganisationChoices(_Organisations(), principal, sources, TODAY)

    in_2025 = choices.options(LOCAL_AUTHORITIES, {"startdate": "2025-06-02"})
    in_2026 = choices.options(LOCAL_AUTHORITIES, {"saledate": "2026-05-01"})
    undated = choices.options(LOCAL_AUTHORITIES, {})  # the year open today

    assert [(o.value, o.label) for o in in_2025] == [("E08000003", "Manchester"), ("E09000033", "Westminster")]
    assert [o.value for o in in_2026] == ["E06000099", "E09000033"]
    assert undated == in_2025


def test_the_local_authorities_of_a_year_follow_their_start_and_end(sessions, local_authorities):
    table = ReferenceLocalAuthorities(sessions)

    assert [la.code for la in table.local_authorities(2024)] == ["E07000001", "E08000003", "E09000033"]
    assert [la.code for la in table.local_authorities(2026)] == ["E06000099", "E09000033"]


def test_without_sources_nothing_is_offered(sessions, keys, callers, orgs):
    with running_grpc_server(registrations(sessions, orgs(), lambda: TODAY), keys.verifier) as (
        _server,
        channel,
    ):
        plain = logs_pb2_grpc.LogsServiceStub(channel)
        log = new_log(plain, callers.coordinator(ALPHA))
        assert _options(page(plain, callers.coordinator(ALPHA), log.id, "assigned_to")) == []


def test_the_sales_task_list_leaves_out_subsections_that_do_not_apply_after_set_up(stub, callers):
    token = callers.provider(OTHER)
    struct = struct_pb2.Struct()
    struct.update({"saledate": "2025-06-02", "purchid": "P-1", "ownershipsch": 2, "type": 8})
    struct.update({"jointpur": 2, "noint": 2, "privacynotice": 1})
    log = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_SALES, answers=struct), token=token)
    before = call(stub.CreateLog, pb.CreateLogRequest(log_type=pb.LOG_TYPE_SALES), token=token)

    done = call(stub.GetTaskList, pb.GetTaskListRequest(log_id=log.id), token=token)
    waiting = call(stub.GetTaskList, pb.GetTaskListRequest(log_id=before.id), token=token)

    statuses = {sub.id: sub.status for section in done.sections for sub in section.subsections}
    assert statuses["setup"] == "completed"
    assert "cannot_start_yet" not in statuses.values()
    assert "shared_ownership_initial_purchase" not in statuses and "outright_sale" not in statuses
    assert "discounted_ownership_scheme" in statuses
    waiting_statuses = {sub.id: sub.status for section in waiting.sections for sub in section.subsections}
    assert waiting_statuses["discounted_ownership_scheme"] == "cannot_start_yet"


def test_a_deactivated_user_keeps_their_logs_but_is_no_longer_offered(stub, callers, monkeypatch):
    token = callers.coordinator(ALPHA)
    log = new_log(stub, token)
    save(stub, token, log.id, "assigned_to", {"assigned_to_id": ALICE.id})

    # identity.user_deactivated needs no handler: the choices come from identity's active users.
    monkeypatch.setattr(sys.modules[__name__], "ALICE", replace(ALICE, active=False))

    assert call(stub.GetLog, pb.GetLogRequest(id=log.id), token=token).answers["assigned_to_id"] == ALICE.id
    assert ALICE.id not in [value for value, _ in _options(page(stub, token, log.id, "assigned_to"))]


class _UkLocalAuthorities:
    def local_authorities(self, collection_year: int) -> list[LocalAuthorityRef]:
        return [LocalAuthorityRef("S12000033", "Aberdeen City"), LocalAuthorityRef("E07000223", "Adur")]


def test_a_property_is_placed_only_in_an_english_local_authority_a_previous_home_anywhere():
    principal = Principal(str(uuid.uuid4()), "user", OTHER.id, "data_provider")
    sources = OptionSources(local_authorities=_UkLocalAuthorities())
    choices = OrganisationChoices(_Organisations(), principal, sources, TODAY)

    assert [o.value for o in choices.options(ENGLISH_LOCAL_AUTHORITIES, {})] == ["E07000223"]
    assert [o.value for o in choices.options(LOCAL_AUTHORITIES, {})] == ["S12000033", "E07000223"]
