"""The check errors page: every answer behind each of a log's hard errors, with change and clear
links, and clearing one answer or all of them in one update."""

from __future__ import annotations

from dataclasses import replace

from frontend_fakes import FakeBackends
from frontend_html import HtmlClient

from core_platform.errors import InvalidArgument
from frontend_service.clients.log_errors import ErrorAnswer, ErrorGroup

MESSAGE = "Enter a void date that is before the tenancy start date."
GROUP = ErrorGroup(
    "date.voiddate_after_startdate",
    (
        ErrorAnswer("voiddate", "void_date", "Void date", "2025-06-03", MESSAGE, True),
        ErrorAnswer("startdate", "tenancy_start_date", "Tenancy start date", "2025-06-02", MESSAGE, True),
        ErrorAnswer("owning_organisation_id", "stock_owner", "Stock owner", "Alpha Homes", MESSAGE, False),
    ),
)


def log_with_errors(backends: FakeBackends) -> str:
    log = backends.logs.add_log(startdate="2025-06-02", voiddate="2025-06-03", tenancycode="T1")
    backends.logs.errors = (GROUP,)
    return log.id


def test_each_error_lists_its_answers_with_change_and_clear_links(signed_in: HtmlClient, backends: FakeBackends):
    log_id = log_with_errors(backends)

    page = signed_in.get(f"/lettings-logs/{log_id}/check-errors?page_id=void_date")

    assert page.h1 == "Make sure these answers are correct"
    assert MESSAGE in page.text and "Void date" in page.text and "2025-06-03" in page.text
    links = page.links()
    assert ("Change void date", f"/lettings-logs/{log_id}/void-date") in links
    assert ("Clear void date", f"/lettings-logs/{log_id}/check-errors/clear?field=voiddate&page_id=void_date") in links
    assert not any(href.endswith("field=owning_organisation_id&page_id=void_date") for _, href in links)


def test_clear_all_clears_every_clearable_answer_in_one_update(signed_in: HtmlClient, backends: FakeBackends):
    log_id = log_with_errors(backends)
    page = signed_in.get(f"/lettings-logs/{log_id}/check-errors?page_id=void_date")

    response = signed_in.submit(page, "Clear all", {"action": "clear_all"})

    answers = backends.logs.logs[log_id].answers
    assert answers["voiddate"] is None and answers["startdate"] is None and answers["tenancycode"] == "T1"
    assert response.status == 302 and response.location == f"/lettings-logs/{log_id}/void-date"


def test_one_answer_is_cleared_after_confirming(signed_in: HtmlClient, backends: FakeBackends):
    log_id = log_with_errors(backends)
    confirm = signed_in.get(f"/lettings-logs/{log_id}/check-errors/clear?field=voiddate")
    assert confirm.h1 == "Are you sure you want to clear void date?"

    response = signed_in.submit(confirm, "Confirm and continue")

    answers = backends.logs.logs[log_id].answers
    assert answers["voiddate"] is None and answers["startdate"] == "2025-06-02"
    assert response.status == 302


def test_check_errors_serves_sales_logs_too(signed_in: HtmlClient, backends: FakeBackends):
    log_id = log_with_errors(backends)
    backends.logs.logs[log_id] = replace(backends.logs.logs[log_id], log_type="sales")
    page = signed_in.get(f"/sales-logs/{log_id}/check-errors")
    assert page.status == 200 and page.h1 == "Make sure these answers are correct"


MERGED = (
    "Enter a date when the owning organisation was active. Alpha Homes became inactive on 1 June 2025 and was "
    "replaced by Other Housing."
)


def test_a_page_rejected_for_a_hard_error_shows_the_message_and_its_related_answers(
    signed_in: HtmlClient, backends: FakeBackends, monkeypatch
):
    log_id = log_with_errors(backends)

    def reject(*args, **kwargs):
        raise InvalidArgument("", {"startdate": MERGED})

    monkeypatch.setattr(backends.logs, "save_form_page", reject)
    page = signed_in.get(f"/lettings-logs/{log_id}/tenancy-start-date")
    rejected = signed_in.submit(page, "Save and continue", {"startdate": "2025-06-05"})

    assert rejected.status == 200 and MERGED in rejected.text
    related = signed_in.submit(rejected, "See all related answers", {"check_errors": "1"})

    assert related.h1 == "Make sure these answers are correct"
    assert backends.logs.error_requests[-1][0] == "tenancy_start_date"
