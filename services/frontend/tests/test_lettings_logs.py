from __future__ import annotations

from xml.etree.ElementTree import Element

from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, Page, has_class, text_of


def start_new_log(client: HtmlClient) -> Page:
    listing = client.get("/lettings-logs")
    response = client.submit(listing, "Create a new lettings log")
    assert response.status == 302
    return client.follow(response)


def test_list_shows_logs_with_counts_and_pagination(signed_in: HtmlClient, backends: FakeBackends) -> None:
    for number in range(45):
        backends.logs.add_log(tenancycode=f"T{number}", propcode=f"P{number}", startdate="2025-06-02")
    page = signed_in.get("/lettings-logs?page=2")
    assert page.h1 == "Lettings logs"
    count = page.by_id("log-count")
    assert count is not None and "".join(count.itertext()) == "Showing 21 to 40 of 45 logs"
    rows = page.all(lambda element: element.tag == "tr")[1:]
    assert len(rows) == 20
    assert ("21", "/lettings-logs/21") in page.links()
    assert "In progress" in page.tag_texts()
    assert "2 June 2025" in page.text and "ORG1" in page.text
    pagination = page.by_class("govuk-pagination")[0]
    hrefs = [anchor.get("href") for anchor in pagination.iter("a")]
    assert "/lettings-logs" in hrefs and "/lettings-logs?page=3" in hrefs
    assert signed_in.get("/lettings-logs?page=9").location == "/lettings-logs?page=3"


def test_search_keeps_its_term_in_pagination(signed_in: HtmlClient, backends: FakeBackends) -> None:
    backends.logs.add_log(tenancycode="FIND-ME")
    backends.logs.add_log(tenancycode="OTHER")
    page = signed_in.get("/lettings-logs?search=FIND")
    count = page.by_id("log-count")
    assert count is not None and "1 to 1 of 1 logs" in "".join(count.itertext())
    assert "OTHER" not in page.text


def test_create_log_goes_to_its_first_question_rendered_as_radios(signed_in: HtmlClient) -> None:
    page = start_new_log(signed_in)
    assert page.h1 == "What is the needs type?"
    radios = page.all(lambda element: element.tag == "input" and element.get("name") == "needstype")
    assert [radio.get("value") for radio in radios] == ["1", "2"]
    assert page.by_id("needstype-item-hint") is not None  # the option's hint
    assert page.form("Save and continue")


def test_question_page_shows_field_errors_from_the_logs_service(signed_in: HtmlClient) -> None:
    page = start_new_log(signed_in)
    page = signed_in.submit(page, "Save and continue")
    assert page.status == 200
    assert page.title.startswith("Error: ")
    assert page.error_summary() == [("Select the needs type", "#needstype")]
    assert page.field_error("needstype") == "Select the needs type"


def test_answering_pages_composes_dates_and_ends_at_check_answers(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    page = start_new_log(signed_in)
    page = signed_in.follow(signed_in.submit(page, "Save and continue", {"needstype": "1"}))
    assert page.h1 == "What is the tenancy start date?"
    assert page.link("Back").endswith("/needs-type")
    back_navs = page.all(lambda element: element.tag == "nav" and element.get("aria-label") == "Back")
    assert len(back_navs) == 1  # the back link is inside a landmark (axe "region")

    wrong = signed_in.submit(
        page, "Save and continue", {"startdate-day": "31", "startdate-month": "2", "startdate-year": "2025"}
    )
    assert wrong.error_summary() == [("Enter a date in the correct format, like 31 1 2025", "#startdate-day")]
    assert wrong.by_id("startdate-day").get("value") == "31"  # type: ignore[union-attr]

    page = signed_in.follow(
        signed_in.submit(
            page, "Save and continue", {"startdate-day": "2", "startdate-month": "6", "startdate-year": "2025"}
        )
    )
    assert backends.logs.saved[-1][2] == {"startdate": "2025-06-02"}
    assert page.h1 == "What is the tenant code?"
    assert "govuk-input--width-10" in (page.by_id("tenancycode").get("class") or "")  # type: ignore[union-attr]

    response = signed_in.submit(page, "Save and continue", {"tenancycode": "TC-1"})
    assert "/setup/check-answers" in response.location
    check = signed_in.follow(response)
    assert check.h1 == "Check your answers"
    rows = [
        (key.text.strip() if key.text else "", value)
        for key, value in zip(
            check.by_class("govuk-summary-list__key"), check.by_class("govuk-summary-list__value"), strict=True
        )
    ]
    values = ["".join(value.itertext()).strip() for _, value in rows]
    assert [key for key, _ in rows] == ["Needs type", "Tenancy start date", "Tenant code"]
    assert values == ["General needs", "2 June 2025", "TC-1"]
    assert check.link("Change needs type") == "/lettings-logs/1/needs-type?referrer=check_answers"
    assert check.link("Save and return to log") == "/lettings-logs/1"
    assert check.link("Back to lettings logs") == "/lettings-logs"


def test_check_answers_shows_a_persons_answers_in_their_own_summary_card(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    log = backends.logs.add_log(needstype=1, startdate="2025-06-02", tenancycode="T1")
    backends.logs.card_titles = {"tenancy_start_date": "Lead tenant", "tenant_code": "Lead tenant"}

    check = signed_in.get(f"/lettings-logs/{log.id}/setup/check-answers")

    def keys(element: Element) -> list[str]:
        return [text_of(key) for key in element.iter() if has_class(key, "govuk-summary-list__key")]

    (card,) = check.by_class("govuk-summary-card")
    titles = [text_of(title) for title in card.iter("h2") if has_class(title, "govuk-summary-card__title")]
    assert titles == ["Lead tenant"]
    assert keys(card) == ["Tenancy start date", "Tenant code"]
    lists = check.by_class("govuk-summary-list")
    assert [keys(answers) for answers in lists] == [["Needs type"], ["Tenancy start date", "Tenant code"]]
    assert (
        check.link("Change tenant code (Lead tenant)") == f"/lettings-logs/{log.id}/tenant-code?referrer=check_answers"
    )


def test_stored_answers_fill_the_question_page(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(needstype=2, startdate="2025-04-09")
    page = signed_in.get(f"/lettings-logs/{log.id}/tenancy-start-date")
    parts = [page.by_id(f"startdate-{part}").get("value") for part in ("day", "month", "year")]  # type: ignore[union-attr]
    assert parts == ["9", "4", "2025"]
    needs = signed_in.get(f"/lettings-logs/{log.id}/needs-type")
    checked = needs.all(lambda element: element.get("checked") is not None)
    assert [element.get("value") for element in checked] == ["2"]


def test_task_list_shows_each_subsection_with_its_status(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(needstype=1)
    page = signed_in.get(f"/lettings-logs/{log.id}")
    assert page.h1 == f"Log {log.id}"
    assert [h.text for h in page.all(lambda e: e.tag == "h2")][:2] == ["1. Before you start", "2. About the household"]
    assert page.link("Set up this lettings log") == f"/lettings-logs/{log.id}/tenancy-start-date"
    assert "In progress" in page.tag_texts()
    assert "Cannot start yet" in page.text
    assert "Household needs" not in [text for text, _ in page.links()]
    assert signed_in.get(f"/lettings-logs/{log.id}/setup").location == f"/lettings-logs/{log.id}/tenancy-start-date"


def test_a_completed_subsection_links_to_its_check_answers(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(needstype=1, startdate="2025-06-02", tenancycode="T1")
    page = signed_in.get(f"/lettings-logs/{log.id}")
    assert page.link("Set up this lettings log") == f"/lettings-logs/{log.id}/setup/check-answers"
    assert page.link("Household needs") == f"/lettings-logs/{log.id}/needs-type"
    assert "Not started" in page.tag_texts()


def test_a_change_from_check_answers_returns_there(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(needstype=1, startdate="2025-06-02", tenancycode="T1")
    page = signed_in.get(f"/lettings-logs/{log.id}/needs-type?referrer=check_answers")
    assert page.link("Back") == f"/lettings-logs/{log.id}/setup/check-answers"
    response = signed_in.submit(page, "Save and continue", {"needstype": "2"})
    assert response.location == f"/lettings-logs/{log.id}/setup/check-answers"
    assert backends.logs.logs[log.id].answers["needstype"] == 2


def test_a_change_from_check_answers_carries_on_to_a_page_still_unanswered(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    log = backends.logs.add_log(needstype=1)
    page = signed_in.get(f"/lettings-logs/{log.id}/needs-type?referrer=check_answers")
    response = signed_in.submit(page, "Save and continue", {"needstype": "2"})
    assert response.location == f"/lettings-logs/{log.id}/tenancy-start-date?referrer=check_answers"


def test_delete_asks_for_confirmation_then_deletes(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="GONE")
    page = signed_in.get(f"/lettings-logs/{log.id}/delete")
    assert page.h1 == "Are you sure you want to delete this log?"
    assert log.id in backends.logs.logs
    response = signed_in.submit(page, "Delete this log")
    assert response.location == "/lettings-logs"
    assert log.id not in backends.logs.logs
    listing = signed_in.follow(response)
    assert f"Log {log.id} has been deleted." in listing.text


def test_another_organisations_log_is_not_found(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(owner="org-3")
    for path in ("", "/delete", "/setup/check-answers", "/needs-type"):
        assert signed_in.get(f"/lettings-logs/{log.id}{path}").status == 404


def test_a_lettings_log_is_not_found_under_sales_logs(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(needstype=1)
    assert signed_in.get(f"/sales-logs/{log.id}").status == 404
    assert signed_in.get("/sales-logs").h1 == "Sales logs"


def test_filters_are_kept_in_the_url_and_sent_to_the_logs_service(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    for number in range(25):
        backends.logs.add_log(tenancycode=f"T{number}")
    page = signed_in.get("/lettings-logs?status=in_progress&status=completed&assigned=you&needstype=1&search=T")
    query = backends.logs.queries[-1]
    assert query.statuses == ("in_progress", "completed")
    assert query.assigned_to_id == "user-1" and query.needstype == 1 and query.search == "T"
    pagination = page.by_class("govuk-pagination")[0]
    hrefs = [anchor.get("href") or "" for anchor in pagination.iter("a")]
    assert any("status=in_progress&status=completed" in href and "assigned=you" in href for href in hrefs)
    checked = page.all(lambda e: e.tag == "input" and e.get("checked") is not None)
    assert {(e.get("name"), e.get("value")) for e in checked} >= {("status", "completed"), ("assigned", "you")}
    assert page.link("Clear filters") == "/lettings-logs"


def test_unknown_filter_values_are_ignored(signed_in: HtmlClient, backends: FakeBackends) -> None:
    signed_in.get("/lettings-logs?status=deleted&years=1999&needstype=7&sort=drop")
    query = backends.logs.queries[-1]
    assert (query.statuses, query.collection_year, query.needstype, query.sort) == ((), 0, 0, "")


def test_backends_receive_the_users_access_token(signed_in: HtmlClient, backends: FakeBackends) -> None:
    signed_in.get("/lettings-logs")
    assert backends.logs.tokens and all(token.startswith("user-token-") for token in backends.logs.tokens)
