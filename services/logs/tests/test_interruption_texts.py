"""Soft-check page texts: answers shown as the live service shows them, and values only the page's soft
check knows (a range's limit, "higher" or "lower") taken from what the check worked out."""

from __future__ import annotations

from datetime import date

from logs_service.domain.forms.interruptions import fill_template
from logs_service.domain.forms.model import Interruption
from logs_service.domain.forms.registry import form_for_log

SALES_2025 = form_for_log("sales", date(2025, 6, 1), date(2025, 6, 1))
PRICE_LIMIT = Interruption(
    "This is %{higher_or_lower} than we would expect. The most is %{soft_min_or_soft_max}.",
    (
        {"key": "purchase_price_higher_or_lower_text", "i18n_template": "higher_or_lower"},
        {
            "key": "field_formatted_as_currency",
            "arguments_for_key": "purchase_price_soft_min_or_soft_max",
            "i18n_template": "soft_min_or_soft_max",
        },
    ),
)


def test_values_that_are_no_answer_come_from_the_soft_check():
    computed = {"higher_or_lower": "higher", "soft_min_or_soft_max": "£250,000.00"}

    text = fill_template(PRICE_LIMIT, SALES_2025, {"value": 300000}, computed)

    assert text == "This is higher than we would expect. The most is £250,000.00."


def test_without_the_soft_check_those_values_are_left_blank_rather_than_guessed():
    assert fill_template(PRICE_LIMIT, SALES_2025, {"value": 300000}) == "This is  than we would expect. The most is ."


def test_money_answers_show_pounds_and_pence_with_thousands_separated():
    text = Interruption(
        "You told us the deposit is %{deposit}.", ({"key": "deposit", "label": True, "i18n_template": "deposit"},)
    )

    assert fill_template(text, SALES_2025, {"deposit": 12500}) == "You told us the deposit is £12,500.00."
