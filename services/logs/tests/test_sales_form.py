"""The sales form's behaviour: the ways through it (joint purchase, each ownership scheme, staircasing),
its named predicates, statuses and the collection year chosen by the sale completion date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from logs_service.domain.forms.form import Form
from logs_service.domain.forms.model import AnswerOption, FormContext, Question
from logs_service.domain.forms.registry import form_for, form_for_log
from logs_service.domain.logs import COMPLETED, IN_PROGRESS, NOT_STARTED, metadata_from, status_for

TODAY = date(2025, 11, 24)
SOURCED = {"la": "E09000033", "prevloc": "E08000003"}  # lists filled from other services


class NoChoices:
    def options(self, source: str, answers: Any) -> tuple[AnswerOption, ...]:
        return ()


def context(form: Form, answers: dict[str, Any]) -> FormContext:
    return form.prepared(FormContext(answers, NoChoices(), TODAY))


def _answer(question: Question) -> dict[str, Any]:
    """A valid answer: the first option (Yes on a soft check), the minimum, a date in the year."""
    if question.type == "checkbox":
        return {name: int(i == 0) for i, name in enumerate(question.answer_fields)}
    if question.answer_options:
        value = question.answer_options[0].value
        return {question.id: int(value) if value.isdigit() else value}
    if question.type == "numeric":
        return {question.id: int(question.min or 1)}
    if question.type == "date":
        return {question.id: "2025-06-02"}
    return {question.id: SOURCED.get(question.id, "12345")}


def fill(form: Form, answers: dict[str, Any]) -> dict[str, Any]:
    """Answer every page the routing shows, in order, as a user would, until none is left."""
    answers = dict(answers)
    for _ in range(400):
        ctx = context(form, answers)
        pending = [p for p in form.routed_pages(ctx) if p.needs_answers(answers)]
        if not pending:
            return answers
        for question in pending[0].required_questions(answers):
            if not question.is_answered(answers):
                answers.update(_answer(question))
    raise AssertionError("the form never finished")


BASE = {"saledate": "2025-06-02", "purchid": "P-1", "noint": 2, "privacynotice": 1}


@pytest.mark.parametrize("year", [2025, 2026])
@pytest.mark.parametrize(
    "route",
    [
        {"ownershipsch": 1, "staircase": 2, "jointpur": 1},
        {"ownershipsch": 1, "staircase": 2, "jointpur": 2},
        {"ownershipsch": 1, "staircase": 1, "jointpur": 1},
        {"ownershipsch": 2, "jointpur": 2},
        {"ownershipsch": 2, "jointpur": 1},
    ],
)
def test_a_sale_answered_all_the_way_through_each_scheme_is_completed(year, route):
    form = form_for("sales", year)
    answers = fill(form, {**BASE, **route})
    ctx = context(form, answers)

    assert form.is_completed(ctx)
    assert status_for(form, ctx) == COMPLETED
    statuses = {sub.id: form.subsection_status(sub, ctx) for sub in form.subsections}
    assert statuses["outright_sale"] == "cannot_start_yet"  # another scheme: it does not apply
    if route["ownershipsch"] == 2:
        assert statuses["discounted_ownership_scheme"] == "completed"
        assert statuses["shared_ownership_initial_purchase"] == "cannot_start_yet"


def test_buyer_2_is_asked_about_only_in_a_joint_purchase():
    form = form_for("sales", 2025)
    joint = {p.id for p in form.routed_pages(context(form, fill(form, {**BASE, "ownershipsch": 2, "jointpur": 1})))}
    single = {p.id for p in form.routed_pages(context(form, fill(form, {**BASE, "ownershipsch": 2, "jointpur": 2})))}

    assert {"buyer_2_age", "buyer_2_working_situation", "buyer_2_nationality"} <= joint - single
    assert "number_of_others_in_property_joint_purchase" in joint and "number_of_others_in_property" in single


def test_staircasing_skips_the_household_situation_and_finances():
    form = form_for("sales", 2025)
    ctx = context(form, fill(form, {**BASE, "ownershipsch": 1, "staircase": 1, "jointpur": 2}))
    enabled = {sub.id for sub in form.subsections if sub.is_enabled(ctx)}

    assert "shared_ownership_staircasing_transaction" in enabled
    assert not enabled & {"household_situation", "income_benefits_and_savings", "shared_ownership_initial_purchase"}
    assert "buyer_1_working_situation" not in {p.id for p in form.routed_pages(ctx)}


def test_buyer_details_wait_for_the_privacy_notice_or_no_interview():
    form = form_for("sales", 2025)
    page = form.page("buyer_1_ethnic_group")
    assert page is not None
    assert not page.is_routed(context(form, {"jointpur": 2}))
    assert page.is_routed(context(form, {"jointpur": 2, "privacynotice": 1}))
    assert page.is_routed(context(form, {"jointpur": 2, "noint": 1}))
    assert not page.is_routed(context(form, {"jointpur": 2, "noint": 1, "staircase": 1}))


def test_a_sales_log_is_not_started_then_in_progress():
    form = form_for("sales", 2025)
    assert status_for(form, context(form, {"owning_organisation_id": "org"})) == NOT_STARTED
    assert status_for(form, context(form, {"saledate": "2025-06-02"})) == IN_PROGRESS


def test_the_sale_completion_date_chooses_the_collection_year_and_form():
    assert metadata_from({"saledate": "2026-03-31"}).collection_year == 2025
    assert metadata_from({"saledate": "2026-04-01"}).collection_year == 2026
    assert form_for_log("sales", date(2026, 4, 1), TODAY).start_year == 2026
    assert form_for_log("sales", None, TODAY).start_year == 2025


@pytest.mark.parametrize(
    ("answers", "name", "expected"),
    [
        ({"mortgageused": 1, "deposit": 14_000, "savings": 10_000}, "deposit_over_soft_max?", True),
        ({"mortgageused": 1, "deposit": 13_000, "savings": 10_000}, "deposit_over_soft_max?", False),
        ({"mortgage": 260_000, "inc1mort": 1, "income1": 50_000, "jointpur": 2}, "mortgage_over_soft_max?", True),
        ({"mortgage": 260_000, "inc1mort": 1, "jointpur": 2}, "mortgage_over_soft_max?", False),
        (
            {"ownershipsch": 2, "la": "E09000033", "income1": 85_000},
            "income1_over_soft_max_for_discounted_ownership?",
            False,
        ),
        (
            {"ownershipsch": 2, "la": "E08000003", "income1": 85_000},
            "income1_over_soft_max_for_discounted_ownership?",
            True,
        ),
        ({"discount": 40, "proptype": 3}, "percentage_discount_invalid?", True),
        ({"discount": 40, "proptype": 1}, "percentage_discount_invalid?", False),
        ({"type": 24, "mscharge": 500, "proptype": 1}, "monthly_charges_over_soft_max?", False),
        ({"type": 2, "mscharge": 500, "proptype": 1}, "monthly_charges_over_soft_max?", True),
        ({"hodate": "2020-06-02", "saledate": "2025-06-02"}, "hodate_5_years_or_more_saledate?", True),
        ({"type": 24, "age1": 60, "jointpur": 2}, "buyers_age_for_old_persons_shared_ownership_invalid?", True),
        ({"relat2": "P", "relat3": "P"}, "multiple_partners?", True),
        ({"ecstat1": 5, "age1": 60}, "person_1_retired_under_soft_min_age?", True),
    ],
)
def test_named_predicates(answers, name, expected):
    form = form_for("sales", 2025)
    assert form.predicates is not None
    assert form.predicates[name](context(form, answers)) is expected


def test_derived_sales_values_are_worked_out_from_the_answers():
    from logs_service.domain.forms.derived import derive_answers

    form = form_for("sales", 2025)
    answers = {
        "jointpur": 1,
        "hholdcount": 2,
        "proptype": 2,
        "ownershipsch": 1,
        "prevten": 2,
        "nationality_all_group": 826,
        "mortgageused": 2,
        "stairowned": 100,
        **{"pregyrha": 0, "pregla": 0, "pregghb": 0, "pregother": 0},
    }
    derived = derive_answers(form, answers)

    assert (derived["hhmemb"], derived["beds"], derived["soctenant"], derived["pregblank"]) == (4, 1, 1, 1)
    assert (derived["nationality_all"], derived["mortgage"], derived["mrent"]) == (826, 0, 0)
    assert derive_answers(form_for("sales", 2026), {"hholdcount": 3, "jointpur": 1})["hhmemb"] == 3
