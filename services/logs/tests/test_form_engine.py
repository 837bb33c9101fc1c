"""The form engine on its own: definitions, routing and answer parsing. No I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core_platform.errors import InvalidArgument
from logs_service.domain.forms.address import settle_address_bookkeeping
from logs_service.domain.forms.collection_years import startdate_window, window_message
from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.model import AnswerOption, FormContext
from logs_service.domain.forms.parsing import INVALID_DATE, parse_answers, parse_page
from logs_service.domain.forms.predicates import MANAGING_AGENTS, NAMED, STOCK_OWNERS
from logs_service.domain.forms.registry import form_for
from logs_service.domain.logs import IN_PROGRESS, NOT_STARTED, status_for
from logs_service.domain.validation.reference import RentRange, TableReference
from logs_service.operations.forms import page_texts

REFERENCE = Path(__file__).resolve().parents[4] / "shared" / "reference" / "forms"
TODAY = date(2025, 11, 24)
OUTSIDE_2025 = (
    "Enter a date within the 2025 to 2026 collection year, which is between 1st April 2025 and 31st March 2026."
)


class FixedChoices:
    def __init__(self, stock_owners: int = 1, managing_agents: int = 1) -> None:
        self.lists = {
            STOCK_OWNERS: tuple(
                AnswerOption(f"owner-{n}", f"Owner {n}", aliases=(f"ORG{n}",)) for n in range(stock_owners)
            ),
            MANAGING_AGENTS: tuple(AnswerOption(f"agent-{n}", f"Agent {n}") for n in range(managing_agents)),
        }

    def options(self, source, answers):
        return self.lists[source]


def context(answers=None, today=TODAY, saved_startdate=None, **choices) -> FormContext:
    return FormContext(answers or {}, FixedChoices(**choices), today, saved_startdate)


LETTINGS_2025 = form_for("lettings", 2025)


def test_stock_owner_page_is_shown_only_when_there_is_a_choice():
    stock_owner = LETTINGS_2025.page("stock_owner")
    assert stock_owner is not None
    assert not stock_owner.is_routed(context(stock_owners=1))
    assert stock_owner.is_routed(context(stock_owners=2))


def test_routing_skips_pages_that_are_not_shown():
    ctx = context(stock_owners=1, managing_agents=1)
    assert LETTINGS_2025.resume_page_id(ctx) == "needs_type"
    assert LETTINGS_2025.previous_page_id("needs_type", ctx) == ""
    assert LETTINGS_2025.next_page_id("needs_type", ctx) == "renewal"
    assert LETTINGS_2025.next_page_id("property_reference", ctx) == "declaration"
    assert LETTINGS_2025.next_page_id("declaration", ctx) == ""  # the end of set up: its check answers


def test_resume_page_is_the_first_missing_a_required_answer():
    answers = {"owning_organisation_id": "owner-0", "needstype": 1, "renewal": 0}
    assert LETTINGS_2025.resume_page_id(context(answers, stock_owners=2)) == "tenancy_start_date"
    done = {**answers, "startdate": "2025-06-02", "rent_type": 0, "declaration": 1}  # codes are optional
    assert LETTINGS_2025.resume_page_id(context(done, stock_owners=2)) == "stock_owner"


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"needstype": 3}, "needstype", "Select needs type"),
        ({"renewal": "yes"}, "renewal", "Tell us if it’s a property renewal"),
        ({"rent_type": 7}, "rent_type", "Select rent type"),
        ({"startdate": "2025-02-30"}, "startdate", INVALID_DATE),
        ({"startdate": "next week"}, "startdate", INVALID_DATE),
        ({"startdate": "2025-03-31"}, "startdate", OUTSIDE_2025),
        (
            {"startdate": "2025-12-09"},
            "startdate",
            "The tenancy start date must not be later than 14 days from today’s date.",
        ),
        ({"owning_organisation_id": "ORG9"}, "owning_organisation_id", "Select stock owner"),
        ({"tenancycode": "x" * 256}, "tenancycode", "Tenant code must be 255 characters or fewer"),
        ({"nationality": 1}, "nationality", "This is not a question on this form"),
    ],
)
def test_unacceptable_answers_get_the_live_message(answers, field, message):
    with pytest.raises(InvalidArgument) as raised:
        parse_answers(LETTINGS_2025, answers, context(stock_owners=2))
    assert raised.value.field_errors == {field: message}


def test_answers_are_stored_as_integer_codes_iso_dates_ids_and_texts():
    answers = {"needstype": 2.0, "renewal": "0", "rent_type": 6, "startdate": "2/6/2025", "tenancycode": "  T-1 "}
    parsed = parse_answers(LETTINGS_2025, {**answers, "owning_organisation_id": "org1"}, context(stock_owners=2))
    assert parsed == {
        "owning_organisation_id": "owner-1",  # given by code
        "needstype": 2,
        "renewal": 0,
        "startdate": "2025-06-02",
        "rent_type": 6,
        "tenancycode": "T-1",
    }


def test_a_submitted_page_needs_its_required_answers_but_not_optional_ones():
    with pytest.raises(InvalidArgument) as raised:
        parse_page(LETTINGS_2025.page("needs_type"), {"needstype": ""}, context())
    assert raised.value.field_errors == {"needstype": "Select needs type"}
    assert parse_page(LETTINGS_2025.page("tenant_code"), {"tenancycode": ""}, context()) == {"tenancycode": None}


def test_crossover_opens_the_previous_year_for_new_logs_until_its_new_logs_end_date():
    window = startdate_window(date(2026, 5, 1), had_startdate=False)
    assert (window.first, window.last) == (date(2025, 4, 1), date(2027, 3, 31))
    assert window_message(window) == (
        "Enter a date within the 2025 to 2026 or 2026 to 2027 collection years, which is between "
        "1st April 2025 and 31st March 2027."
    )
    after_new_logs = date(2026, 8, 1)  # 2025/26 closed for new logs, still editable
    assert startdate_window(after_new_logs, had_startdate=False).first == date(2026, 4, 1)
    assert startdate_window(after_new_logs, had_startdate=True).first == date(2025, 4, 1)


def test_organisations_filled_in_by_the_service_do_not_start_a_log():
    answers = {"owning_organisation_id": "owner-0", "managing_organisation_id": "agent-0"}
    assert status_for(LETTINGS_2025, context(answers)) == NOT_STARTED
    assert status_for(LETTINGS_2025, context({**answers, "tenancycode": "T1"})) == IN_PROGRESS


def test_a_new_log_starts_on_the_address_search_and_a_typed_address_asks_the_local_authority():
    new: dict = {}
    settle_address_bookkeeping(new)
    assert new == {"manual_address_entry_selected": False}
    typed = {"address_line1": "1 Road", "postcode_full": "SW1A 1AA"}
    settle_address_bookkeeping(typed)
    assert (typed["manual_address_entry_selected"], typed["is_la_inferred"]) == (True, False)
    searched = {"uprn": "10010457355", "manual_address_entry_selected": False, "is_la_inferred": True}
    settle_address_bookkeeping(searched)
    assert searched == {"uprn": "10010457355", "manual_address_entry_selected": False, "is_la_inferred": True}


def test_a_derived_answer_is_not_cleared_so_the_soft_check_that_needs_it_keeps_its_confirmation():
    # A bedsit's one bedroom is worked out, its page not shown; the rent soft check needs the bedrooms.
    predicates = {**NAMED, "rent_soft_validation_triggered?": lambda c: c.answers.get("beds") == 1}
    answers = {"needstype": 1, "unittype_gn": 2, "beds": 1, "rent_value_check": 0}
    bedsit = replace(context(answers), predicates=predicates)

    def derive(found):
        return derive_answers(LETTINGS_2025, found)

    assert "rent_value_check" not in LETTINGS_2025.without_unrouted_answers(bedsit)
    assert LETTINGS_2025.without_unrouted_answers(bedsit, derive) == answers


def test_a_soft_checks_page_says_what_the_rule_found_which_no_answer_holds():
    westminster = "E09000033"
    reference = TableReference.of(
        rent_ranges=[RentRange(2025, westminster, 2, 1, Decimal(70), Decimal(160), Decimal(25), Decimal(900))]
    )
    answers = {"startdate": "2025-06-02", "needstype": 1, "rent_type": 0, "la": westminster, "beds": 2}
    low_rent = replace(context({**answers, "period": 1, "brent": 40}), reference=reference, owner_provider_type="PRP")
    page = LETTINGS_2025.page("brent_rent_value_check")

    assert page_texts(LETTINGS_2025, page, low_rent) == (
        "You told us the rent is £40.00 every week.",
        "This is lower than we would expect.",
    )
