"""Lettings 2025/26: income, benefits and outgoings.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
    suffixes,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when


def _rent_page(page_id: str, suffix: str, paid_every_period: str) -> Page:
    """The household's rent and charges for one rent period: the same questions, each amount "every <period>"."""
    return Page(
        page_id,
        (
            question(
                id="brent",
                type="numeric",
                question_text="What is the basic rent?",
                check_answer_label="Basic rent",
                check_answer_prompt="Enter basic rent",
                hint_text="This is the amount paid before any charges are added for services (for example, hot water or cleaning). Households may receive housing benefit or Universal Credit towards basic rent.",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffix,
                question_number=92,
            ),
            question(
                id="scharge",
                type="numeric",
                question_text="What is the service charge?",
                check_answer_label="Service charge",
                check_answer_prompt="Enter service charge",
                hint_text="For example, for cleaning. Households may receive housing benefit or Universal Credit towards the service charge.",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffix,
                question_number=93,
            ),
            question(
                id="pscharge",
                type="numeric",
                question_text="What is the personal service charge?",
                check_answer_label="Personal service charge",
                check_answer_prompt="Enter personal service charge",
                hint_text="For example, for heating or hot water. This doesn’t include housing benefit or Universal Credit.",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffix,
                question_number=94,
            ),
            question(
                id="supcharg",
                type="numeric",
                question_text="What is the support charge?",
                check_answer_label="Support charge",
                check_answer_prompt="Enter support charge",
                hint_text="Any charges made to fund support services included in tenancy agreement.",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffix,
                question_number=95,
            ),
            question(
                id="tcharge",
                type="numeric_output",
                question_text="Total charge",
                check_answer_label="Household rent and charges",
                check_answer_prompt="Enter household rent and charges",
                hint_text="This is the total for rent and all charges.",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffix,
                hidden_in_check_answers=True,
                fields_added=(
                    "brent",
                    "scharge",
                    "pscharge",
                    "supcharg",
                ),
                readonly=True,
            ),
        ),
        header="Household rent and charges",
        depends_on=when(
            {paid_every_period: True, "household_charge": 0},
            {paid_every_period: True, "household_charge": None},
        ),
    )


INCOME_AND_BENEFITS = (
    Page(
        "income_known",
        (
            question(
                id="net_income_known",
                type="radio",
                question_text="Do you know the household’s combined income after tax?",
                check_answer_label="Household’s combined total income after tax",
                check_answer_prompt="Tell us if you know the household’s combined total income after tax",
                answer_options=options({"0": "Yes", "1": "No", "2": "Tenant prefers not to say"}, dividers=("1",)),
                question_number=85,
            ),
        ),
        header="Household’s combined income after tax",
    ),
    Page(
        "income_amount",
        (
            question(
                id="incfreq",
                type="radio",
                question_text="How often does the household receive this amount?",
                check_answer_label="How often the household receives this amount",
                check_answer_prompt="Tell us how often does the household receives this amount",
                answer_options=options({"1": "Weekly", "2": "Monthly", "3": "Yearly"}),
                question_number=86,
                hidden_in_check_answers=True,
            ),
            question(
                id="earnings",
                type="numeric",
                question_text="How much income does the household have in total?",
                check_answer_label="Total household income",
                check_answer_prompt="Enter total household income",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffixes(
                    (" every week", {"incfreq": 1}), (" every month", {"incfreq": 2}), (" every year", {"incfreq": 3})
                ),
                question_number=87,
            ),
        ),
        header="Total household income",
        depends_on=when({"net_income_known": 0}),
    ),
    Page(
        "income_amount_net_income_value_check",
        (are_you_sure("net_income_value_check", "Net income confirmation", "Confirm net income"),),
        depends_on=when({"net_income_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us that the household’s income is %{earnings} %{incfreq}.",
            {"key": "incfreq", "label": True, "i18n_template": "incfreq"},
            {"key": "field_formatted_as_currency", "arguments_for_key": "earnings", "i18n_template": "earnings"},
        ),
        informative_text=soft_check(
            "This is %{net_income_higher_or_lower_text} than we would expect for the household’s working situation.",
            {
                "key": "net_income_higher_or_lower_text",
                "label": False,
                "i18n_template": "net_income_higher_or_lower_text",
            },
        ),
        interruption_screen_question_ids=(
            "incfreq",
            "earnings",
            "hhmemb",
            "ecstat1",
            "age2",
            "ecstat2",
            "age3",
            "ecstat3",
            "age4",
            "ecstat4",
            "age5",
            "ecstat5",
            "age6",
            "ecstat6",
            "age7",
            "ecstat7",
            "age8",
            "ecstat8",
        ),
    ),
    Page(
        "housing_benefit",
        (
            question(
                id="hb",
                type="radio",
                question_text="Is the household likely to be receiving any of these housing-related benefits?",
                check_answer_label="Housing-related benefits received",
                check_answer_prompt="Tell us if household receives housing-related benefits",
                hint_text="This is about when the tenant is in their new let. If they are unsure about the situation for their new let and their financial and working situation hasn’t changed significantly, answer based on what housing-related benefits they currently receive.",
                answer_options=options(
                    {
                        "1": "Housing benefit",
                        "6": "Universal Credit housing element",
                        "9": "Neither",
                        "10": "Tenant prefers not to say",
                        "3": "Don’t know",
                    },
                    dividers=("10",),
                ),
                question_number=88,
            ),
        ),
    ),
    Page(
        "benefits_proportion",
        (
            question(
                id="benefits",
                type="radio",
                question_text="How much of the household’s income is from Universal Credit, state pensions or benefits?",
                check_answer_label="Household income from Universal Credit, state pension or benefit",
                check_answer_prompt="Tell us if household income is from Universal Credit, state pension or benefit",
                hint_text="This excludes child and housing benefit, council tax support and tax credits.",
                answer_options=options({"1": "All", "2": "Some", "3": "None", "4": "Don’t know"}, dividers=("3",)),
                question_number=89,
            ),
        ),
    ),
    Page(
        "rent_or_other_charges",
        (
            question(
                id="household_charge",
                type="radio",
                question_text="Does the household pay rent or other charges for the accommodation?",
                check_answer_label="Does the household pay rent or charges",
                check_answer_prompt="Tell us if the household pay rent or charges",
                hint_text="If rent is charged on the property then answer ‘Yes’ to this question, even if the tenants do not pay it themselves.",
                answer_options=options({"0": "Yes", "1": "No"}),
                question_number=90,
            ),
        ),
        depends_on=when({"needstype": 2}),
    ),
    Page(
        "rent_period",
        (
            question(
                id="period",
                type="radio",
                question_text="How often does the household pay rent and other charges?",
                check_answer_label="Frequency of household rent and charges",
                check_answer_prompt="Select frequency of household rent and charges",
                hint_text="Select how often the household is charged. This may be different to how often they pay.",
                answer_options=options(
                    {
                        "2": "Every 2 weeks",
                        "3": "Every 4 weeks",
                        "4": "Every calendar month",
                        "9": "Weekly for 46 weeks",
                        "8": "Weekly for 47 weeks",
                        "7": "Weekly for 48 weeks",
                        "6": "Weekly for 49 weeks",
                        "5": "Weekly for 50 weeks",
                        "11": "Weekly for 51 weeks",
                        "1": "Weekly for 52 weeks",
                        "10": "Weekly for 53 weeks",
                    }
                ),
                question_number=91,
            ),
        ),
        depends_on=when(
            {"needstype": 1}, {"needstype": 2, "household_charge": 0}, {"needstype": 2, "household_charge": None}
        ),
    ),
    _rent_page("rent_weekly", " every week", "rent_and_charges_paid_weekly?"),
    _rent_page("rent_bi_weekly", " every 2 weeks", "rent_and_charges_paid_every_2_weeks?"),
    _rent_page("rent_4_weekly", " every 4 weeks", "rent_and_charges_paid_every_4_weeks?"),
    _rent_page("rent_monthly", " every month", "rent_and_charges_paid_monthly?"),
    Page(
        "brent_rent_value_check",
        (
            are_you_sure(
                "rent_value_check",
                "Total rent confirmation",
                "Confirm total rent",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the rent type is correct, for example affordable or social rent</li></ul>',
            ),
        ),
        depends_on=when({"rent_soft_validation_triggered?": True}),
        title_text=soft_check(
            "You told us the rent is %{brent}.", {"key": "brent", "label": True, "i18n_template": "brent"}
        ),
        informative_text=soft_check(
            "This is %{higher_or_lower} than we would expect.",
            {"key": "rent_soft_validation_higher_or_lower_text", "label": False, "i18n_template": "higher_or_lower"},
        ),
        interruption_screen_question_ids=(
            "brent",
            "period",
            "startdate",
            "uprn",
            "postcode_full",
            "la",
            "beds",
            "rent_type",
            "needstype",
        ),
    ),
    Page(
        "scharge_value_check",
        (
            are_you_sure(
                "scharge_value_check",
                "Service charge confirmation",
                "Confirm service charge",
                question_text="Are you sure?",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the needs type</li></ul>',
            ),
        ),
        depends_on=when({"scharge_in_soft_max_range?": True}),
        title_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=(
            "period",
            "needstype",
            "scharge",
        ),
    ),
    Page(
        "pscharge_value_check",
        (
            are_you_sure(
                "pscharge_value_check",
                "Personal service charge confirmation",
                "Confirm personal service charge",
                question_text="Are you sure?",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the needs type</li></ul>',
            ),
        ),
        depends_on=when({"pscharge_in_soft_max_range?": True}),
        title_text=soft_check(
            "You told us the personal service charge is %{pscharge}.",
            {"key": "pscharge", "label": True, "i18n_template": "pscharge"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=(
            "period",
            "needstype",
            "pscharge",
        ),
    ),
    Page(
        "supcharg_value_check",
        (
            are_you_sure(
                "supcharg_value_check",
                "Support charge confirmation",
                "Confirm support charge",
                question_text="Are you sure?",
                hint_text='Check the following:<ul class="govuk-body-l app-panel--interruption"><li>the decimal point</li><li>the frequency, for example every week or every calendar month</li><li>the needs type</li></ul>',
            ),
        ),
        depends_on=when({"supcharg_in_soft_max_range?": True}),
        title_text=soft_check(
            "You told us the support charge is %{supcharg}.",
            {"key": "supcharg", "label": True, "i18n_template": "supcharg"},
        ),
        informative_text=soft_check("This is higher than we would expect."),
        interruption_screen_question_ids=(
            "period",
            "needstype",
            "supcharg",
        ),
    ),
    Page(
        "outstanding",
        (
            question(
                id="hbrentshortfall",
                type="radio",
                question_text="After the household has received any housing-related benefits, will they still need to pay for rent and charges?",
                check_answer_label="Any outstanding amount for basic rent and charges",
                check_answer_prompt="Tell us if any outstanding amount for basic rent and charges",
                hint_text="Also known as the ‘outstanding amount’.",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=96,
            ),
        ),
        depends_on=when(
            {"hb": 1, "household_charge": 0},
            {"hb": 1, "household_charge": None},
            {"hb": 6, "household_charge": 0},
            {"hb": 6, "household_charge": None},
        ),
    ),
    Page(
        "outstanding_amount",
        (
            question(
                id="tshortfall_known",
                type="radio",
                question_text="Can you estimate the outstanding amount?",
                check_answer_label="Outstanding amount known",
                check_answer_prompt="Tell us if you know the outstanding amount",
                hint_text="You only need to give an approximate figure.",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"tshortfall": (0,)},
                question_number=97,
            ),
            question(
                id="tshortfall",
                type="numeric",
                question_text="Estimated outstanding amount",
                check_answer_label="Estimated outstanding amount",
                check_answer_prompt="Enter estimated outstanding amount",
                min=0,
                step=0.01,
                width=5,
                prefix="£",
                suffix=suffixes(
                    (" every 2 weeks", {"period": 2}),
                    (" every 4 weeks", {"period": 3}),
                    (" every calendar month", {"period": 4}),
                    (" every week for 50 weeks", {"period": 5}),
                    (" every week for 49 weeks", {"period": 6}),
                    (" every week for 48 weeks", {"period": 7}),
                    (" every week for 47 weeks", {"period": 8}),
                    (" every week for 46 weeks", {"period": 9}),
                    (" every week for 52 weeks", {"period": 1}),
                    (" every week for 53 weeks", {"period": 10}),
                ),
                question_number=97,
            ),
        ),
        depends_on=when({"receives_housing_related_benefits?": True, "has_housing_benefit_rent_shortfall?": True}),
    ),
)
