"""Lettings 2025/26: household situation.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    are_you_sure,
    options,
    question,
    soft_check,
)
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.predicates import (
    LOCAL_AUTHORITIES,
)
from logs_service.domain.forms.routing import when

HOUSEHOLD_SITUATION = (
    Page(
        "time_lived_in_local_authority",
        (
            question(
                id="layear",
                type="radio",
                question_text="How long has the household continuously lived in the local authority area of the new letting?",
                check_answer_label="Length of time in local authority area",
                check_answer_prompt="Select length of time in local authority area",
                answer_options=options(
                    {
                        "1": "Just moved to local authority area with this new let",
                        "2": "Under 1 year",
                        "7": "1 year but under 2 years",
                        "8": "2 years but under 3 years",
                        "9": "3 years but under 4 years",
                        "10": "4 years but under 5 years",
                        "11": "5 years but under 10 years",
                        "12": "10 years or more",
                        "6": "Don’t know",
                    },
                    dividers=("12",),
                ),
                question_number=74,
            ),
        ),
    ),
    Page(
        "time_on_waiting_list",
        (
            question(
                id="waityear",
                type="radio",
                question_text="How long has the household been on the local authority housing register (or waiting list) for the area of the new letting?",
                check_answer_label="Length of time on local authority waiting list",
                check_answer_prompt="Select length of time on local authority waiting list",
                answer_options=options(
                    {
                        "13": "Household not on the housing register (or waiting list) in this area",
                        "2": "Under 1 year",
                        "7": "1 year but under 2 years",
                        "8": "2 years but under 3 years",
                        "9": "3 years but under 4 years",
                        "10": "4 years but under 5 years",
                        "11": "5 years but under 10 years",
                        "12": "10 years or more",
                        "6": "Don’t know",
                    },
                    dividers=("12",),
                ),
                question_number=75,
            ),
        ),
        depends_on=when({"renewal": 0}),
    ),
    Page(
        "reason_for_leaving_last_settled_home",
        (
            question(
                id="reason",
                type="radio",
                question_text="What is the tenant’s main reason for the household leaving their last settled home?",
                check_answer_label="Reason for leaving last settled home",
                check_answer_prompt="Select reason for leaving last settled home",
                hint_text="The tenant’s ‘last settled home’ is their last long-standing home. For tenants who were in temporary accommodation, sleeping rough or otherwise homeless, their last settled home is where they were living previously.",
                answer_options=options(
                    {
                        "50": "End of social or private sector tenancy - no fault",
                        "51": "End of social or private sector tenancy - evicted due to anti-social behaviour (ASB)",
                        "52": "End of social or private sector tenancy - evicted due to rent arrears",
                        "53": "End of social or private sector tenancy - evicted for any other reason",
                        "1": "Permanently decanted from another property owned by this landlord",
                        "2": "Left home country as a refugee",
                        "45": "Discharged from prison",
                        "46": "Discharged from long-stay hospital or similar institution",
                        "4": "Loss of tied accommodation",
                        "55": "Leaving foster care or children's home",
                        "9": "Asked to leave by family or friends",
                        "8": "Relationship breakdown (non-violent) with partner",
                        "44": "Death of household member in last settled accommodation",
                        "16": "To move nearer to family, friends or school",
                        "17": "To move nearer to work",
                        "48": "Domestic abuse - previously joint tenancy with partner",
                        "49": "Domestic abuse - other",
                        "10": "Racial harassment",
                        "31": "Hate crime",
                        "11": "Other problems with neighbours",
                        "34": "Repossession",
                        "54": "Could no longer afford rent or mortgage",
                        "12": "Property unsuitable because of overcrowding",
                        "13": "Property unsuitable because of ill health or disability",
                        "14": "Property unsuitable because of poor condition",
                        "29": "Under occupation (offered incentive to downsize)",
                        "30": "Under occupation (no incentive)",
                        "18": "To move to accommodation with support",
                        "19": "To move to independent accommodation",
                        "47": "Tenant prefers not to say",
                        "20": "Other",
                        "28": "Don’t know",
                    },
                    dividers=("20",),
                ),
                conditional_for={"reasonother": (20,)},
                question_number=76,
            ),
            question(
                id="reasonother",
                type="text",
                question_text="What is the reason?",
                check_answer_label="",
                check_answer_prompt="Enter what is the reason?",
                question_number=76,
            ),
        ),
        depends_on=when({"renewal": 0}),
    ),
    Page(
        "reason_for_leaving_last_settled_home_renewal",
        (
            question(
                id="reason",
                type="radio",
                question_text="What is the tenant’s main reason for the household leaving their last settled home?",
                check_answer_label="Reason for leaving last settled home",
                check_answer_prompt="Select reason for leaving last settled home",
                hint_text="The tenant’s ‘last settled home’ is their last long-standing home. For tenants who were in temporary accommodation, sleeping rough or otherwise homeless, their last settled home is where they were living previously.<br><br>You told us this letting is a renewal. We have removed some options because of this.",
                answer_options=options(
                    {
                        "50": "End of social or private sector tenancy - no fault",
                        "51": "End of social or private sector tenancy - evicted due to anti-social behaviour (ASB)",
                        "52": "End of social or private sector tenancy - evicted due to rent arrears",
                        "53": "End of social or private sector tenancy - evicted for any other reason",
                        "20": "Other",
                        "47": "Tenant prefers not to say",
                        "28": "Don’t know",
                    },
                    dividers=("47",),
                ),
                conditional_for={"reasonother": (20,)},
                question_number=76,
            ),
            question(
                id="reasonother",
                type="text",
                question_text="What is the reason?",
                check_answer_label="",
                check_answer_prompt="Enter what is the reason?",
                question_number=76,
            ),
        ),
        depends_on=when({"renewal": 1}),
    ),
    Page(
        "reasonother_value_check",
        (
            are_you_sure(
                "reasonother_value_check",
                "Reason other confirmation",
                "Confirm reason for leaving",
                question_text="Are you sure this doesn’t fit an existing category?",
            ),
        ),
        depends_on=when({"reasonother_might_be_existing_category?": True}),
        title_text=soft_check(
            "You told us that the tenant’s main reason for leaving their last settled home was %{reasonother}.",
            {"key": "reasonother", "i18n_template": "reasonother"},
        ),
        informative_text=soft_check(
            "The reason you have entered looks very similar to one of the existing response categories. Please check the categories and select the appropriate one. If the existing categories are not suitable, please confirm here to move onto the next question."
        ),
        interruption_screen_question_ids=(
            "reason",
            "reasonother",
        ),
    ),
    Page(
        "previous_housing_situation",
        (
            question(
                id="prevten",
                type="radio",
                question_text="Where was the household immediately before this letting?",
                check_answer_label="Where household was immediately before this letting",
                check_answer_prompt="Select where household was immediately before this letting",
                hint_text="This is where the household was the night before they moved into this new let.",
                answer_options=options(
                    {
                        "30": "Fixed-term local authority general needs tenancy",
                        "32": "Fixed-term private registered provider (PRP) general needs tenancy",
                        "31": "Lifetime local authority general needs tenancy",
                        "33": "Lifetime private registered provider (PRP) general needs tenancy",
                        "35": "Extra care housing",
                        "38": "Older people’s housing for tenants with low support needs",
                        "6": "Other supported housing",
                        "27": "Owner occupation (low-cost home ownership)",
                        "26": "Owner occupation (private)",
                        "3": "Private sector tenancy",
                        "28": "Living with friends or family (long-term)",
                        "39": "Sofa surfing (moving regularly between family or friends, no permanent bed)",
                        "14": "Bed and breakfast",
                        "7": "Direct access hostel",
                        "10": "Hospital",
                        "29": "Prison or approved probation hostel",
                        "18": "Any other temporary accommodation",
                        "19": "Rough sleeping",
                        "21": "Refuge",
                        "13": "Children’s home or foster care",
                        "24": "Home Office Asylum Support",
                        "37": "Host family or similar refugee accommodation",
                        "23": "Mobile home or caravan",
                        "9": "Residential care home",
                        "4": "Tied housing or rented with job",
                        "25": "Any other accommodation",
                    }
                ),
                question_number=77,
            ),
        ),
        depends_on=when({"is_renewal?": False}),
    ),
    Page(
        "previous_housing_situation_renewal",
        (
            question(
                id="prevten",
                type="radio",
                question_text="Where was the household immediately before this letting?",
                check_answer_label="Where household was immediately before this letting",
                check_answer_prompt="Select where household was immediately before this letting",
                hint_text="You told us this letting is a renewal. We have removed some options because of this.<br><br>This is where the household was the night before they moved into this new let.",
                answer_options=options(
                    {
                        "35": "Extra care housing",
                        "38": "Older people’s housing for tenants with low support needs",
                        "6": "Other supported housing",
                    }
                ),
                question_number=77,
            ),
        ),
        depends_on=when({"is_renewal?": True, "is_supported_housing?": True}),
    ),
    Page(
        "homelessness",
        (
            question(
                id="homeless",
                type="radio",
                question_text="Did the household experience homelessness immediately before this letting?",
                check_answer_label="Household homeless immediately before letting",
                check_answer_prompt="Tell us if household homeless immediately before letting",
                answer_options=options({"11": "Yes - assessed by a local authority as homeless", "1": "No"}),
                question_number=78,
            ),
        ),
    ),
    Page(
        "previous_postcode",
        (
            question(
                id="ppcodenk",
                type="radio",
                question_text="Do you know the postcode of the household’s last settled accommodation?",
                check_answer_label="Postcode of the household’s last settled accommodation",
                check_answer_prompt="Enter the postcode of the household’s last settled accommodation if known",
                hint_text="This is the tenant’s last long-standing home. It is where the tenant was living before any period in temporary accommodation, sleeping rough or otherwise homeless.",
                answer_options=options({"0": "Yes", "1": "No"}),
                conditional_for={"ppostcode_full": (0,)},
                question_number=79,
            ),
            question(
                id="ppostcode_full",
                type="text",
                question_text="Postcode for the previous accommodation",
                check_answer_label="Postcode of household’s last settled accommodation",
                check_answer_prompt="Enter postcode of household’s last settled accommodation",
                width=5,
                question_number=79,
                inferred_check_answers_value=(({"ppcodenk": 1}, "Not known"),),
            ),
        ),
        depends_on=when({"renewal": 0}),
    ),
    Page(
        "previous_local_authority",
        (
            question(
                id="previous_la_known",
                keep_answer_when_not_routed=True,
                type="radio",
                question_text="Do you know the local authority of the household’s last settled accommodation?",
                check_answer_label="Local authority of household’s last settled accommodation",
                check_answer_prompt="Enter the local authority of the buyer’s last settled accommodation if known",
                hint_text="This is the tenant’s last long-standing home. It is where the tenant was living before any period in temporary accommodation, sleeping rough or otherwise homeless.",
                answer_options=options({"1": "Yes", "0": "No"}),
                conditional_for={"prevloc": (1,)},
                question_number=80,
            ),
            question(
                id="prevloc",
                keep_answer_when_not_routed=True,
                type="select",
                question_text="Select a local authority",
                check_answer_label="Location of household’s last settled accommodation",
                check_answer_prompt="Select location of household’s last settled accommodation",
                hint_text="Select ‘Northern Ireland’, ‘Scotland’, ‘Wales’ or ‘Outside the UK’ if the household’s last settled home was outside England.",
                question_number=80,
                inferred_check_answers_value=(({"previous_la_known": 0}, "Not known"),),
                options_source=LOCAL_AUTHORITIES,
            ),
        ),
        depends_on=when({"is_previous_la_inferred": False, "renewal": 0}),
    ),
    Page(
        "reasonable_preference",
        (
            question(
                id="reasonpref",
                type="radio",
                question_text="Was the household given ‘reasonable preference’ by the local authority?",
                check_answer_label="Household given reasonable preference",
                check_answer_prompt="Tell us if the household was given reasonable preference",
                hint_text="Households may be given ‘reasonable preference’ for social housing under one or more specific categories by the local authority. This is also known as ‘priority need’.",
                answer_options=options({"1": "Yes", "2": "No", "3": "Don’t know"}, dividers=("2",)),
                question_number=81,
            ),
        ),
    ),
    Page(
        "reasonable_preference_reason",
        (
            question(
                id="reasonable_preference_reason",
                type="checkbox",
                question_text="Why was the household given ‘reasonable preference’?",
                check_answer_label="Reason for reasonable preference",
                check_answer_prompt="Select reason for reasonable preference",
                hint_text="Select all that apply.",
                answer_options=options(
                    {
                        "rp_homeless": "They were homeless or about to lose their home (within 56 days)",
                        "rp_insan_unsat": "They were living in unsanitary, overcrowded or unsatisfactory housing",
                        "rp_medwel": "They needed to move due to medical and welfare reasons (including disability)",
                        "rp_hardship": "They needed to move to avoid hardship to themselves or others",
                        "rp_dontknow": "Don’t know",
                    },
                    dividers=("rp_hardship",),
                ),
                question_number=82,
            ),
        ),
        depends_on=when({"reasonpref": 1}),
    ),
    Page(
        "allocation_system",
        (
            question(
                id="letting_allocation",
                type="checkbox",
                question_text="How was this letting allocated?",
                check_answer_label="Allocation system",
                check_answer_prompt="Select allocation system",
                hint_text="Select all that apply.",
                answer_options=options(
                    {
                        "cbl": "Choice-based lettings (CBL)",
                        "cap": "Common Allocation Policy (CAP)",
                        "chr": "Common housing register (CHR)",
                        "accessible_register": "Accessible housing register",
                        "letting_allocation_unknown": "None of these allocation systems",
                    },
                    hints={
                        "cbl": "Where available vacant properties are advertised and applicants are able to bid for specific properties.",
                        "cap": "Where a common system agreed between a group of housing providers is used to determine applicant’s priority for housing.",
                        "chr": "Where a single waiting list is used by a group of housing providers to receive and process housing applications. Providers may use different approaches to determine priority.",
                        "accessible_register": "Where the ‘access category’ or another descriptor of whether an available vacant property meets a range of access needs is displayed to applicants during the allocations process.",
                    },
                    dividers=("accessible_register",),
                ),
                question_number=83,
            ),
        ),
    ),
    Page(
        "referral_type",
        (
            question(
                id="referral_type",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "1": "Direct",
                        "2": "From a local authority housing register or waiting list",
                        "3": "From a PRP-only housing register or waiting list (no local authority involvement)",
                        "4": "Health and social care services",
                        "5": "Police, probation, prison or youth offending team",
                        "6": "Voluntary agency",
                        "7": "Other",
                    }
                ),
                question_number=84,
            ),
        ),
    ),
    Page(
        "referral_direct",
        (
            question(
                id="referral",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "20": "Homeless households owed a duty and not on a housing register or waiting list",
                        "2": "Tenant applied directly for an available property",
                        "8": "Relocated through official housing mobility scheme",
                    }
                ),
                question_number=84,
            ),
        ),
        depends_on=when({"referral_type": 1}),
    ),
    Page(
        "referral_la",
        (
            question(
                id="referral",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "21": "Local authority lettings",
                        "3": "PRP lettings nominated by a local authority",
                        "4": "PRP support lettings referred by a local authority",
                        "22": "Other",
                    }
                ),
                question_number=84,
            ),
        ),
        depends_on=when({"referral_type": 2}),
    ),
    Page(
        "referral_prp",
        (
            question(
                id="referral",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "1": "Internal transfer from another property with the same landlord",
                        "10": "A different PRP landlord",
                        "23": "Other",
                    }
                ),
                question_number=84,
            ),
        ),
        depends_on=when({"referral_type": 3}),
    ),
    Page(
        "referral_hsc",
        (
            question(
                id="referral",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "15": "Health service",
                        "9": "Community learning disability team",
                        "14": "Community mental health team",
                        "24": "Adult social services",
                        "17": "Children's social care",
                    }
                ),
                question_number=84,
            ),
        ),
        depends_on=when({"referral_type": 4}),
    ),
    Page(
        "referral_justice",
        (
            question(
                id="referral",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options({"18": "With a custodial sentence", "19": "No custodial sentence"}),
                question_number=84,
            ),
        ),
        depends_on=when({"referral_type": 5}),
    ),
    Page(
        "referral_value_check",
        (
            are_you_sure(
                "referral_value_check", "Referral confirmation", "Confirm referral type", question_text="Are you sure?"
            ),
        ),
        depends_on=when({"la_referral_for_general_needs?": True}),
        title_text=soft_check("Are you sure?"),
        informative_text=soft_check("This is a general needs log, and this referral type is for supported housing."),
        interruption_screen_question_ids=(
            "needstype",
            "referral",
        ),
    ),
)
