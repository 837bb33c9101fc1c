"""Lettings 2025/26: tenancy information.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    options,
    question,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

TENANCY_INFORMATION = (
    Page(
        "joint",
        (
            question(
                id="joint",
                type="radio",
                question_text="Is this a joint tenancy?",
                check_answer_label="Joint tenancy",
                check_answer_prompt="Tell us if it’s a joint tenancy",
                hint_text="This is where two or more people are named on the tenancy agreement",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=26,
            ),
        ),
    ),
    Page(
        "starter_tenancy",
        (
            question(
                id="startertenancy",
                type="radio",
                question_text="Is this a starter tenancy?",
                check_answer_label="Starter or introductory tenancy",
                check_answer_prompt="Tell us if it’s a starter or introductory tenancy",
                hint_text="If the tenancy has an ‘introductory period’, answer ‘yes’.<br><br>You should submit a CORE log at the beginning of the starter tenancy or introductory period, with the best information you have at the time. You do not need to submit a log when a tenant later rolls onto the main tenancy.",
                answer_options=options({"1": "Yes", "2": "No"}),
                question_number=27,
            ),
        ),
    ),
    Page(
        "tenancy_type",
        (
            question(
                id="tenancy",
                type="radio",
                question_text="What is the type of tenancy?",
                check_answer_label="Type of tenancy",
                check_answer_prompt="Select type of tenancy",
                answer_options=options(
                    {
                        "4": "Assured Shorthold Tenancy (AST) – Fixed term",
                        "6": "Secure – fixed term",
                        "2": "Assured – lifetime",
                        "7": "Secure – lifetime",
                        "8": "Periodic",
                        "5": "Licence agreement",
                        "3": "Other",
                    },
                    hints={
                        "4": "These are mostly provided by housing associations. Fixed term tenancies are intended to be for a set amount of time up to 20 years.",
                        "6": "These are mostly provided by local authorities. Fixed term tenancies are intended to be for a set amount of time up to 20 years.",
                        "8": "These are rolling tenancies with no fixed end date. They may have an initial fixed term and then become rolling.",
                        "5": "These are mostly used for Supported Housing and work on a rolling basis.",
                    },
                ),
                conditional_for={"tenancyother": (3,)},
                question_number=28,
            ),
            question(
                id="tenancyother",
                type="text",
                question_text="Please state the type of tenancy",
                check_answer_label="Type of tenancy (other)",
                check_answer_prompt="Enter type of tenancy (other)",
                question_number=28,
            ),
        ),
        depends_on=when({"starter_tenancy?": False}),
    ),
    Page(
        "starter_tenancy_type",
        (
            question(
                id="tenancy",
                type="radio",
                question_text="What is the type of tenancy?",
                check_answer_label="Type of tenancy",
                check_answer_prompt="Select type of tenancy",
                hint_text="This is for the main tenancy after any starter or introductory period.",
                answer_options=options(
                    {
                        "4": "Assured Shorthold Tenancy (AST) – Fixed term",
                        "6": "Secure – fixed term",
                        "2": "Assured – lifetime",
                        "7": "Secure – lifetime",
                        "8": "Periodic",
                        "5": "Licence agreement",
                        "3": "Other",
                    },
                    hints={
                        "4": "These are mostly provided by housing associations. Fixed term tenancies are intended to be for a set amount of time up to 20 years.",
                        "6": "These are mostly provided by local authorities. Fixed term tenancies are intended to be for a set amount of time up to 20 years.",
                        "8": "These are rolling tenancies with no fixed end date. They may have an initial fixed term and then become rolling.",
                        "5": "These are mostly used for Supported Housing and work on a rolling basis.",
                    },
                ),
                conditional_for={"tenancyother": (3,)},
                question_number=28,
            ),
            question(
                id="tenancyother",
                type="text",
                question_text="Please state the type of tenancy",
                check_answer_label="Type of tenancy (other)",
                check_answer_prompt="Enter type of tenancy (other)",
                question_number=28,
            ),
        ),
        depends_on=when({"starter_tenancy?": True}),
    ),
    Page(
        "tenancy_length",
        (
            question(
                id="tenancylength",
                type="numeric",
                question_text="What is the length of the fixed-term tenancy to the nearest year?",
                check_answer_label="Length of fixed-term tenancy",
                check_answer_prompt="Enter length of fixed-term tenancy",
                hint_text="Do not include the starter or introductory period.",
                min=0,
                max=150,
                step=1,
                width=2,
                question_number=29,
            ),
        ),
        depends_on=when({"tenancy_type_fixed_term?": True, "needstype": 2}),
    ),
    Page(
        "tenancy_length_affordable_rent",
        (
            question(
                id="tenancylength",
                type="numeric",
                question_text="What is the length of the fixed-term tenancy to the nearest year?",
                check_answer_label="Length of fixed-term tenancy",
                check_answer_prompt="Enter length of fixed-term tenancy",
                hint_text="Do not include the starter or introductory period.</br></br>The minimum period is 2 years for social or affordable rent general needs logs. You do not need to submit CORE logs for these types of tenancies if they are shorter than 2 years.",
                min=0,
                max=150,
                step=1,
                width=2,
                question_number=29,
            ),
        ),
        depends_on=when({"tenancy_type_fixed_term?": True, "affordable_or_social_rent?": True, "needstype": 1}),
    ),
    Page(
        "tenancy_length_intermediate_rent",
        (
            question(
                id="tenancylength",
                type="numeric",
                question_text="What is the length of the fixed-term tenancy to the nearest year?",
                check_answer_label="Length of fixed-term tenancy",
                check_answer_prompt="Enter length of fixed-term tenancy",
                hint_text="Do not include the starter or introductory period.</br></br>The minimum period is 1 year for intermediate rent general needs logs. You do not need to submit CORE logs for these types of tenancies if they are shorter than 1 year.",
                min=0,
                max=150,
                step=1,
                width=2,
                question_number=29,
            ),
        ),
        depends_on=when({"tenancy_type_fixed_term?": True, "affordable_or_social_rent?": False, "needstype": 1}),
    ),
    Page(
        "tenancy_length_periodic",
        (
            question(
                id="tenancylength",
                type="numeric",
                question_text="What is the length of the periodic tenancy to the nearest year?",
                check_answer_label="Length of periodic tenancy",
                check_answer_prompt="Enter length of periodic tenancy",
                hint_text="As this is a periodic tenancy, this question is optional. If you do not have the information available click save and continue",
                min=0,
                max=150,
                step=1,
                width=2,
                question_number=29,
            ),
        ),
        depends_on=when({"tenancy_type_periodic?": True}),
    ),
)
