"""A log with duplicates shows a banner linking to the review page, which lists the set side by side and
keeps one log or marks it not a duplicate; a log whose scheme or location was deactivated shows a banner;
the list filters on duplicates, unresolved logs and a bulk upload."""

from __future__ import annotations

from dataclasses import replace

from frontend_fakes import FakeBackends
from frontend_html import HtmlClient, text_of


def _pair(backends: FakeBackends, log_type: str = "lettings") -> tuple[str, str]:
    made = []
    for code in ("T-1", "T-1"):
        log = backends.logs.add_log(tenancycode=code, sex1="F")
        backends.logs.logs[log.id] = replace(log, duplicate_set_id=7, log_type=log_type)
        made.append(log.id)
    return made[0], made[1]


def test_a_log_with_duplicates_links_to_the_review_page(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, _ = _pair(backends)
    page = signed_in.get(f"/lettings-logs/{first}")
    banner = page.by_class("govuk-notification-banner")
    assert banner and "This log has duplicates" in page.text
    assert page.link("Review these duplicate logs") == f"/lettings-logs/{first}/duplicate-logs"


def test_a_log_without_duplicates_has_no_banner(signed_in: HtmlClient, backends: FakeBackends) -> None:
    log = backends.logs.add_log(tenancycode="ALONE")
    page = signed_in.get(f"/lettings-logs/{log.id}")
    assert not page.by_class("govuk-notification-banner")


def test_the_review_page_lists_the_set_side_by_side(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, second = _pair(backends)
    page = signed_in.get(f"/lettings-logs/{first}/duplicate-logs")
    assert page.h1 == "Review these duplicate logs"
    for log_id in (first, second):
        column = page.by_id(f"duplicate-{log_id}")
        assert column is not None
        keys = [text_of(key) for key in column.iter() if "govuk-summary-list__key" in key.get("class", "")]
        assert keys == ["What is the tenant code?", "Lead tenant’s sex"]
    assert page.text.count("Female") == 2
    assert page.form("Keep this log and delete the duplicates") and page.form("This is not a duplicate")


def test_keep_deletes_the_duplicates_and_returns_to_the_log(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, second = _pair(backends)
    page = signed_in.get(f"/lettings-logs/{first}/duplicate-logs")
    response = signed_in.submit(page, "Keep this log and delete the duplicates", {"keep": "1"})
    assert response.location == f"/lettings-logs/{first}"
    assert backends.logs.resolutions == [(first, "keep")] and second not in backends.logs.logs
    shown = signed_in.follow(response)
    assert f"Log {first} is kept and 1 duplicate log deleted." in shown.text
    assert "This log has duplicates" not in shown.text


def test_not_a_duplicate_keeps_every_log(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, second = _pair(backends, "sales")
    page = signed_in.get(f"/sales-logs/{first}/duplicate-logs")
    response = signed_in.submit(page, "This is not a duplicate", {"not_a_duplicate": "1"})
    assert response.location == f"/sales-logs/{first}"
    assert backends.logs.resolutions == [(first, "not_a_duplicate")] and second in backends.logs.logs
    assert f"Log {first} is no longer flagged as a duplicate." in signed_in.follow(response).text


def test_resolving_needs_the_csrf_token(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, _ = _pair(backends)
    response = signed_in.post(f"/lettings-logs/{first}/duplicate-logs", {"keep": "1"})
    assert response.status == 400
    assert backends.logs.resolutions == []


def test_a_lettings_log_is_not_reviewed_under_sales(signed_in: HtmlClient, backends: FakeBackends) -> None:
    first, _ = _pair(backends)
    assert signed_in.get(f"/sales-logs/{first}/duplicate-logs").status == 404


def test_an_unresolved_log_says_its_scheme_or_location_was_deactivated(
    signed_in: HtmlClient, backends: FakeBackends
) -> None:
    log = backends.logs.add_log(tenancycode="S-1")
    backends.logs.logs[log.id] = replace(log, unresolved=True)
    page = signed_in.get(f"/lettings-logs/{log.id}")
    assert "This log's scheme or location was deactivated" in page.text


def test_the_list_filters_duplicates_unresolved_and_a_bulk_upload(signed_in: HtmlClient, backends: FakeBackends):
    page = signed_in.get("/lettings-logs?duplicates=yes&unresolved=yes&bulk_upload_id=upload-9")
    query = backends.logs.queries[-1]
    assert (query.duplicates_only, query.unresolved_only, query.bulk_upload_id) == (True, True, "upload-9")
    assert page.by_id("flags") is not None and "Logs of bulk upload upload-9" in page.text
    signed_in.get("/lettings-logs")
    query = backends.logs.queries[-1]
    assert (query.duplicates_only, query.unresolved_only, query.bulk_upload_id) == (False, False, "")
