"""A log's history page, a save that meets someone else's change, reassigning one log or many, and the
home page's figures. Lettings and sales share these pages; sales are checked where the area matters."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fakes_identity import UsersIdentity
from fakes_log_lifecycle import history_entry
from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, Page, sign_in

from frontend_service.clients.logs_lifecycle import LogChange, LogCount

COORDINATOR = "coordinator@example.com"


@pytest.fixture
def backends() -> FakeBackends:
    fakes = FakeBackends()
    fakes.identity = UsersIdentity()
    return fakes


@pytest.fixture
def coordinator(client: HtmlClient) -> HtmlClient:
    assert sign_in(client, email=COORDINATOR).status == 302
    return client


def cells(page: Page, table_id: str) -> list[list[str]]:
    """The table's caption (first row, one cell), then each row's cells."""
    table = page.by_id(table_id)
    assert table is not None, f"no table {table_id}"
    caption = " ".join(" ".join(" ".join(c.itertext()) for c in table.iter("caption")).split())
    rows = [["".join(cell.itertext()).strip() for cell in row if cell.tag in ("th", "td")] for row in table.iter("tr")]
    return [[caption], *rows]


def csrf_token(client: HtmlClient) -> str:
    return client.get("/lettings-logs").form("Create a new lettings log").fields["csrf_token"]


def option_values(page: Page, select_id: str) -> list[str]:
    select = page.by_id(select_id)
    assert select is not None, f"no select {select_id}"
    return [option.get("value") or "" for option in select.iter("option")]


def test_the_log_page_links_to_its_history(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="T-1")

    page = signed_in.get(f"/lettings-logs/{log.id}")

    assert page.link("Log history") == f"/lettings-logs/{log.id}/history"
    assert "Reassign this log" not in [text for text, _ in page.links()]  # providers may not


def test_history_names_people_questions_and_answers(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="T-2")
    backends.logs.histories[log.id] = [
        history_entry(1, "user-1", LogChange("tenancycode", "Tenant code", None, "T-1")),
        history_entry(
            2,
            "someone-gone",
            LogChange("needstype", "Needs type", 1, 2, "General needs", "Supported housing"),
            LogChange("startdate", "Tenancy start date", "2025-06-02", "2025-07-01"),
            LogChange("assigned_to_id", "Log owner", "user-1", "user-3"),
            source="api",
        ),
    ]

    page = signed_in.get(f"/lettings-logs/{log.id}/history")

    assert page.h1 == "Log history"
    newest, oldest = cells(page, "version-2"), cells(page, "version-1")
    assert newest[0][0] == "2 June 2025 at 3:30pm Unknown user (API), version 2"  # 14:30 UTC is 3:30pm in summer
    assert "Pat Provider (Online form)" in oldest[0][0]
    assert newest[1:] == [
        ["Question", "Before", "After"],
        ["Needs type", "General needs", "Supported housing"],
        ["Tenancy start date", "2 June 2025", "1 July 2025"],
        ["Log owner", "Pat Provider", "Chris Coordinator"],
    ]
    assert oldest[2] == ["Tenant code", "Not answered", "T-1"]


def test_another_organisations_log_history_is_not_found(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(owner="org-3", tenancycode="T-1")
    assert signed_in.get(f"/lettings-logs/{log.id}/history").status == 404


def test_a_question_page_carries_the_version_it_was_rendered_from(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    log = backends.logs.add_log(tenancycode="T-1")

    page = signed_in.get(f"/lettings-logs/{log.id}/tenant-code")
    signed_in.submit(page, "Save and continue", {"tenancycode": "T-2"})

    assert page.form("Save and continue").fields["log_version"] == "1"
    assert backends.logs.expected_versions[-1] == 1


def test_a_conflicting_save_keeps_the_typed_answer_and_shows_theirs(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    page = signed_in.get(f"/lettings-logs/{log.id}/tenant-code")
    backends.logs.someone_else_changes(log.id, tenancycode="THEIRS")

    again = signed_in.submit(page, "Save and continue", {"tenancycode": "MINE"})

    assert again.status == 200 and again.title.startswith("Error: ")
    summary = again.error_summary()
    assert summary[0][0].startswith("This log was changed by someone else while you were editing it")
    assert summary[1] == ("Tenant code: Someone else changed this answer to: THEIRS", "#tenancycode")
    typed = again.by_id("tenancycode")
    assert typed is not None and typed.get("value") == "MINE"
    assert backends.logs.logs[log.id].answers["tenancycode"] == "THEIRS"  # nothing saved
    # Saving again on purpose replaces their answer.
    saved = signed_in.submit(again, "Save and continue", {"tenancycode": "MINE"})
    assert saved.status == 302 and backends.logs.logs[log.id].answers["tenancycode"] == "MINE"


def test_a_change_to_another_question_does_not_stop_the_save(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    page = signed_in.get(f"/lettings-logs/{log.id}/tenant-code")
    backends.logs.someone_else_changes(log.id, propcode="P-THEIRS")

    saved = signed_in.submit(page, "Save and continue", {"tenancycode": "MINE"})

    assert saved.status == 302
    assert backends.logs.logs[log.id].answers == {"tenancycode": "MINE", "propcode": "P-THEIRS"}


@pytest.mark.parametrize("area", ["lettings-logs", "sales-logs"])
def test_providers_get_403_on_the_reassign_pages(signed_in: HtmlClient, backends: FakeBackends, area: str) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    if area == "sales-logs":
        backends.logs.logs[log.id] = replace(log, log_type="sales")

    assert signed_in.get(f"/{area}/{log.id}/reassign").status == 403
    posted = signed_in.post(f"/{area}/bulk-reassign", {"log_ids": [log.id], "csrf_token": csrf_token(signed_in)})
    assert posted.status == 403
    assert backends.logs.reassigned == [] and backends.logs.bulk_reassigned == []


def test_a_coordinator_reassigns_a_log(coordinator: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    shown = coordinator.get(f"/lettings-logs/{log.id}")
    page = coordinator.get(shown.link("Reassign this log"))
    assert page.h1 == "Reassign this log"
    assert option_values(page, "assigned_to_id") == ["", "user-1", "user-3"]

    done = coordinator.submit(
        page,
        "Save changes",
        {"owning_organisation_id": "org-1", "managing_organisation_id": "org-1", "assigned_to_id": "user-3"},
    )

    assert done.location == f"/lettings-logs/{log.id}"
    values = {"owning_organisation_id": "org-1", "managing_organisation_id": "org-1", "assigned_to_id": "user-3"}
    assert backends.logs.reassigned == [(log.id, values, 1)]


def test_reassigning_to_someone_not_offered_is_an_error(coordinator: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="T-1")
    page = coordinator.get(f"/lettings-logs/{log.id}/reassign")

    again = coordinator.submit(
        page,
        "Save changes",
        {"owning_organisation_id": "org-1", "managing_organisation_id": "org-1", "assigned_to_id": "user-99"},
    )

    assert again.status == 200
    assert again.error_summary() == [("Select the user the log is for", "#assigned_to_id")]
    assert backends.logs.reassigned == []


def test_bulk_reassign_chooses_a_user_confirms_the_count_and_reassigns(
    coordinator: HtmlClient, backends: FakeBackends
) -> None:
    ids = [backends.logs.add_log(tenancycode=f"T-{n}").id for n in range(3)]
    listing = coordinator.get("/lettings-logs")
    boxes = listing.all(lambda e: e.tag == "input" and e.get("name") == "log_ids")
    assert sorted(box.get("value") for box in boxes) == sorted(ids)

    choose = coordinator.submit(listing, "Reassign selected logs", {"log_ids": ids[:2]})
    assert choose.h1 == "Who should these logs be assigned to?"
    confirm = coordinator.submit(choose, "Continue", {"log_ids": ids[:2], "assigned_to_id": "user-3"})
    assert confirm.h1 == "Are you sure you want to reassign 2 logs?"
    summary = confirm.by_id("reassign-summary")
    assert summary is not None and "Chris Coordinator" in "".join(summary.itertext())
    assert backends.logs.bulk_reassigned == []
    done = coordinator.submit(confirm, "Confirm and reassign", {"log_ids": ids[:2]})

    assert done.location == "/lettings-logs"
    assert backends.logs.bulk_reassigned == [(ids[:2], "user-3")]
    assert "2 logs reassigned to Chris Coordinator" in coordinator.follow(done).text


def test_bulk_reassign_needs_a_user(coordinator: HtmlClient, backends: FakeBackends) -> None:
    log_id = backends.logs.add_log(tenancycode="T-1").id
    token = csrf_token(coordinator)
    choose = coordinator.post("/lettings-logs/bulk-reassign", {"log_ids": [log_id], "csrf_token": token})

    again = coordinator.submit(choose, "Continue", {"log_ids": [log_id], "assigned_to_id": ""})

    assert again.error_summary() == [("Select the user the log is for", "#assigned_to_id")]
    assert backends.logs.bulk_reassigned == []


def test_providers_see_no_check_boxes_on_the_list(signed_in: HtmlClient, backends: FakeBackends) -> None:
    backends.logs.add_log(tenancycode="T-1")
    listing = signed_in.get("/lettings-logs")
    assert listing.all(lambda e: e.tag == "input" and e.get("name") == "log_ids") == []


def test_home_shows_counts_schemes_and_deadlines(coordinator: HtmlClient, backends: FakeBackends) -> None:
    backends.logs.counts = [
        LogCount("lettings", 2025, "in_progress", 7),
        LogCount("lettings", 2025, "completed", 3),
        LogCount("sales", 2025, "in_progress", 2),
    ]

    page = coordinator.get("/home")

    rows = cells(page, "logs-2025")
    assert rows[0][0].startswith("2025 to 2026 logs")
    assert [row[:3] for row in rows[2:]] == [
        ["Lettings", "7 lettings logs in progress for 2025 to 2026", "3 lettings logs completed for 2025 to 2026"],
        ["Sales", "2 sales logs in progress for 2025 to 2026", "0 sales logs completed for 2025 to 2026"],
    ]
    in_progress = "/lettings-logs?years=2025&status=in_progress"
    assert ("7 lettings logs in progress for 2025 to 2026", in_progress) in page.links()
    schemes = page.by_id("incomplete-schemes")
    assert schemes is not None and "0 incomplete schemes" in "".join(schemes.itertext())
    deadlines = page.by_id("deadlines")
    assert deadlines is not None
    # The app's clock says 15 June 2025: every 2025 to 2026 deadline is still to come, soonest first.
    keys = [" ".join("".join(key.itertext()).split()) for key in deadlines.iter("dt")]
    assert keys == ["Friday 5 June 2026", "Sunday 12 July 2026", "Tuesday 1 September 2026"]
    assert "End of year deadline for 2025 to 2026 logs" in "".join(deadlines.itertext())


def test_home_for_a_provider_has_no_scheme_figures(signed_in: HtmlClient) -> None:
    page = signed_in.get("/home")
    assert page.by_id("logs-2025") is not None
    assert page.by_id("incomplete-schemes") is None
