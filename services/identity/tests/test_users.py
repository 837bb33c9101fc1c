import uuid

import pytest

from core.identity.v1 import identity_pb2
from core_platform.errors import NotFound
from core_platform.grpc_client import call

ORG_A = str(uuid.uuid4())
ORG_B = str(uuid.uuid4())


@pytest.fixture
def people(make_user):
    return {
        "ann": make_user(name="Ann", organisation_id=ORG_A),
        "bob": make_user(name="Bob", organisation_id=ORG_A, active=False),
        "cat": make_user(name="Cat", organisation_id=ORG_B),
    }


def list_users(identity, token, organisation_id="", page=0, page_size=0):
    request = identity_pb2.ListUsersRequest(organisation_id=organisation_id, page=page, page_size=page_size)
    return call(identity.ListUsers, request, token=token)


def test_user_can_see_a_user_of_their_own_organisation(identity, keys, people):
    token = keys.token(organisation_id=ORG_A)

    user = call(identity.GetUser, identity_pb2.GetUserRequest(id=str(people["ann"].id)), token=token)

    assert (user.name, user.organisation_id, user.active) == ("Ann", ORG_A, True)


def test_user_of_another_organisation_is_not_found_except_for_support(identity, keys, people):
    request = identity_pb2.GetUserRequest(id=str(people["cat"].id))

    with pytest.raises(NotFound):
        call(identity.GetUser, request, token=keys.token(role="data_coordinator", organisation_id=ORG_A))
    assert call(identity.GetUser, request, token=keys.token(role="support", organisation_id=ORG_B)).name == "Cat"


def test_list_users_shows_only_the_callers_organisation(identity, keys, people):
    token = keys.token(organisation_id=ORG_A)

    response = list_users(identity, token)

    assert [u.name for u in response.users] == ["Ann", "Bob"]
    assert response.total == 2
    with pytest.raises(NotFound):
        list_users(identity, token, organisation_id=ORG_B)


def test_support_lists_users_of_any_organisation_a_page_at_a_time(identity, keys, people):
    token = keys.token(role="support", organisation_id=str(uuid.uuid4()))

    of_b = list_users(identity, token, organisation_id=ORG_B)
    second_page = list_users(identity, token, organisation_id=ORG_A, page=2, page_size=1)

    assert [u.name for u in of_b.users] == ["Cat"]
    assert ([u.name for u in second_page.users], second_page.total) == (["Bob"], 2)
