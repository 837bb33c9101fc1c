"""Support merges organisations, changes a name from a date and deactivates; the DPO accepts the data sharing
agreement — against a fake organisations backend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from frontend_fakes import ORG1_ID, ORG3_ID, FakeBackends
from frontend_html import HtmlClient, sign_in
from test_organisations_and_schemes import ORG1, FakeOrganisationDetails

from core_platform.errors import PermissionDenied
from frontend_service.clients.models import Organisation, User

ORG3 = replace(ORG1, id=ORG3_ID, code="ORG3", name="Other Housing Association")
DPO = User("user-9", "dpo@example.com", "Dee Dpo", "data_provider", ORG1_ID)


class FakeChanges(FakeOrganisationDetails):
    def __init__(self) -> None:
        super().__init__()
        self.organisations[ORG3_ID] = ORG3
        self.calls: list[tuple[Any, ...]] = []

    def list_all_organisations(self, *, token: str) -> list[Organisation]:
        return [Organisation(o.id, o.code, o.name) for o in self.organisations.values()]

    def merge_organisations(
        self,
        absorbing_id: str,
        merged_ids: list[str],
        merge_date: str,
        *,
        token: str,
        absorbing_active_from_merge_date: bool = False,
    ) -> None:
        self.calls.append(("merge", absorbing_id, merged_ids, merge_date, absorbing_active_from_merge_date))

    def deactivate_organisation(self, organisation_id: str, *, token: str) -> None:
        self.calls.append(("deactivate", organisation_id))

    def change_organisation_name(self, organisation_id: str, name: str, startdate: str, *, token: str) -> None:
        self.calls.append(("name", organisation_id, name, startdate))

    def accept_data_sharing_agreement(self, organisation_id: str, *, token: str) -> None:
        if token.endswith("not-dpo"):
            raise PermissionDenied("Only your organisation's data protection officer can accept the agreement")
        self.calls.append(("accept", organisation_id))


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.organisations = FakeChanges()  # type: ignore[assignment]
    fakes.identity.users[DPO.email] = DPO
    return fakes


def test_support_merges_organisations_through_check_answers(client: HtmlClient, backends: FakeBackends) -> None:
    sign_in(client, "support@example.com")
    page = client.get(f"/organisations/{ORG1_ID}")
    choose = client.get(page.link("Merge organisations"))
    assert choose.h1 == "Which organisations are merging into Demo Housing Association?"
    empty = client.submit(choose, "Continue", {})
    assert empty.error_summary() == [("Select the organisations that are merging", "#merged_organisation_ids")]
    date_page = client.follow(client.submit(choose, "Continue", {"merged_organisation_ids": [ORG3_ID]}))
    assert date_page.h1 == "What is the merge date?"
    bad = client.submit(
        date_page, "Continue", {"merge_date-day": "31", "merge_date-month": "2", "merge_date-year": "2025"}
    )
    assert bad.error_summary()[0][0].startswith("Enter a date")
    date_fields = {"merge_date-day": "1", "merge_date-month": "4", "merge_date-year": "2025"}
    check = client.follow(
        client.submit(date_page, "Continue", {**date_fields, "absorbing_organisation_active_from_merge_date": "no"})
    )
    assert check.h1 == "Check the merge details" and "Other Housing Association" in check.text
    assert "1 April 2025" in check.text
    done = client.follow(client.submit(check, "Merge organisations"))
    assert "Other Housing Association will merge into Demo Housing Association" in done.text
    assert backends.organisations.calls == [("merge", ORG1_ID, [ORG3_ID], "2025-04-01", False)]


def test_support_says_whether_the_absorbing_organisation_is_new_and_active_from_the_merge_date(
    client: HtmlClient, backends: FakeBackends
) -> None:
    sign_in(client, "support@example.com")
    choose = client.get(f"/organisations/{ORG1_ID}/merge")
    date_page = client.follow(client.submit(choose, "Continue", {"merged_organisation_ids": [ORG3_ID]}))
    question = "Is Demo Housing Association a new organisation that becomes active on the merge date?"
    assert question in date_page.text
    date_fields = {"merge_date-day": "1", "merge_date-month": "6", "merge_date-year": "2025"}
    unanswered = client.submit(date_page, "Continue", date_fields)
    assert unanswered.error_summary() == [
        (
            "Select yes if Demo Housing Association is a new organisation that becomes active on the merge date",
            "#absorbing_organisation_active_from_merge_date",
        )
    ]
    assert unanswered.field_error("absorbing_organisation_active_from_merge_date").startswith("Select yes if")
    check = client.follow(
        client.submit(date_page, "Continue", {**date_fields, "absorbing_organisation_active_from_merge_date": "yes"})
    )
    row = next(r for r in check.by_class("govuk-summary-list__row") if "New organisation" in "".join(r.itertext()))
    key, value = (" ".join("".join(cell.itertext()).split()) for cell in list(row)[:2])
    assert (key, value) == ("New organisation active from the merge date", "Yes")
    again = client.get(check.link("Change whether Demo Housing Association is a new organisation"))
    assert again.by_id("absorbing_organisation_active_from_merge_date").get("checked") is not None
    client.follow(client.submit(check, "Merge organisations"))
    assert backends.organisations.calls == [("merge", ORG1_ID, [ORG3_ID], "2025-06-01", True)]


def test_organisation_page_shows_when_a_new_organisation_became_active(
    client: HtmlClient, backends: FakeBackends
) -> None:
    sign_in(client, "support@example.com")
    assert "Active from" not in client.get(f"/organisations/{ORG1_ID}").text
    backends.organisations.organisations[ORG1_ID] = replace(ORG1, available_from=date(2025, 6, 1))
    page = client.get(f"/organisations/{ORG1_ID}")
    row = next(r for r in page.by_class("govuk-summary-list__row") if "Active from" in "".join(r.itertext()))
    assert "1 June 2025" in "".join(row.itertext())


def test_support_deactivates_and_renames(client: HtmlClient, backends: FakeBackends) -> None:
    sign_in(client, "support@example.com")
    confirm = client.get(f"/organisations/{ORG3_ID}/deactivate")
    assert confirm.h1 == "Are you sure you want to deactivate Other Housing Association?"
    assert "has been deactivated" in client.follow(client.submit(confirm, "Deactivate organisation")).text
    rename = client.get(f"/organisations/{ORG3_ID}/name")
    fields = {"name": "Renamed Homes", "startdate-day": "1", "startdate-month": "4", "startdate-year": "2025"}
    assert "Name change saved" in client.follow(client.submit(rename, "Save name change", fields)).text
    assert backends.organisations.calls == [
        ("deactivate", ORG3_ID),
        ("name", ORG3_ID, "Renamed Homes", "2025-04-01"),
    ]


def test_only_support_sees_merge_and_deactivation_pages(signed_in: HtmlClient) -> None:
    assert signed_in.get(f"/organisations/{ORG1_ID}/merge").status == 404
    assert signed_in.get(f"/organisations/{ORG1_ID}/deactivate").status == 404
    assert "Merge organisations" not in signed_in.get("/organisation").text


def test_the_dpo_accepts_the_data_sharing_agreement(client: HtmlClient, backends: FakeBackends) -> None:
    backends.organisations.organisations[ORG1_ID] = replace(ORG1, data_sharing_agreement_signed=False)
    sign_in(client, DPO.email)
    about = client.get("/organisation")
    assert "Not accepted" in about.text
    agreement = client.get(about.link("View the data sharing agreement"))
    assert agreement.h1 == "Data sharing agreement"
    done = client.follow(client.submit(agreement, "Accept this agreement"))
    assert "You have accepted the data sharing agreement" in done.text
    assert backends.organisations.calls == [("accept", ORG1_ID)]
