"""Lettings 2026/27: household situation. Written as changes to 2025/26: `Y2025[...]` is last year's page unchanged.

Texts, codes and labels are the live service's; routing is its `depends_on`, with named predicates.
"""

from __future__ import annotations

from logs_service.domain.forms.lettings.builders import (
    options,
    question,
    renumbered,
)
from logs_service.domain.forms.lettings.y2025 import PAGES_BY_ID as Y2025
from logs_service.domain.forms.model import Page
from logs_service.domain.forms.routing import when

HOUSEHOLD_SITUATION = (
    renumbered(Y2025["time_lived_in_local_authority"], {"layear": 81}),
    renumbered(Y2025["time_on_waiting_list"], {"waityear": 82}),
    Page(
        "reason_for_leaving_last_settled_home",
        (
            question(
                id="reason",
                type="radio",
                question_text="What is the tenant’s main reason for the household leaving their last settled home?",
                check_answer_label="Reason for leaving last settled home",
                check_answer_prompt="Select reason for leaving last settled home",
                hint_text="The tenant’s ‘last settled home’ is their last long-standing home. For tenants who were in temporary accommodation, sleeping rough or otherwise homeless, their last settled home is where they were living immediately before that period.",
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
                        "56": "Non-domestic violence (e.g. gang violence)",
                        "57": "Cuckooing (property being used by others for illegal activity)",
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
                question_number=83,
            ),
            question(
                id="reasonother",
                type="text",
                question_text="What is the reason?",
                check_answer_label="",
                check_answer_prompt="Enter what is the reason?",
                question_number=83,
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
                hint_text="The tenant’s ‘last settled home’ is their last long-standing home. For tenants who were in temporary accommodation, sleeping rough or otherwise homeless, their last settled home is where they were living immediately before that period.<br><br>You told us this letting is a renewal. We have removed some options because of this.",
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
                question_number=83,
            ),
            question(
                id="reasonother",
                type="text",
                question_text="What is the reason?",
                check_answer_label="",
                check_answer_prompt="Enter what is the reason?",
                question_number=83,
            ),
        ),
        depends_on=when({"renewal": 1}),
    ),
    Y2025["reasonother_value_check"],
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
                        "40": "Other general needs",
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
                question_number=84,
            ),
        ),
        depends_on=when({"is_renewal?": False}),
    ),
    renumbered(Y2025["previous_housing_situation_renewal"], {"prevten": 84}),
    renumbered(Y2025["homelessness"], {"homeless": 85}),
    renumbered(Y2025["previous_postcode"], {"ppcodenk": 86, "ppostcode_full": 86}),
    renumbered(Y2025["previous_local_authority"], {"previous_la_known": 87, "prevloc": 87}),
    renumbered(Y2025["reasonable_preference"], {"reasonpref": 88}),
    renumbered(Y2025["reasonable_preference_reason"], {"reasonable_preference_reason": 89}),
    renumbered(Y2025["allocation_system"], {"letting_allocation": 90}),
    Page(
        "referral_register_la",
        (
            question(
                id="referral_register",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "1": "Renewal to the same tenant in the same property",
                        "2": "Internal transfer from another property owned by the same local authority - for existing social tenants only",
                        "3": "From a housing register (waiting list)",
                        "4": "Tenant applied directly (not via a nomination or housing register)",
                    }
                ),
                question_number=91,
            ),
        ),
        depends_on=when({"owning_organisation_is_local_authority?": True, "is_renewal?": False}),
    ),
    Page(
        "referral_register_prp",
        (
            question(
                id="referral_register",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "5": "Renewal to the same tenant in the same property",
                        "6": "From a local authority housing register (waiting list) or a register with local authority involvement",
                        "7": "From a housing register (waiting list) with no local authority involvement",
                        "8": "Tenant applied directly (not via a nomination or waiting list)",
                        "9": "Don't know",
                    }
                ),
                question_number=92,
            ),
        ),
        depends_on=when({"owning_organisation_is_private_registered_provider?": True, "is_renewal?": False}),
    ),
    Page(
        "referral_noms_la_hr",
        (
            question(
                id="referral_noms",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "1": "Nominated by a local authority to a PRP",
                        "2": "Supported housing only - referred by a local authority to a PRP",
                        "3": "Internal transfer from another property owned by the same PRP landlord - for existing social tenants only",
                        "4": "Other",
                    }
                ),
                question_number=92,
            ),
        ),
        depends_on=when(
            {"owning_organisation_is_private_registered_provider?": True, "is_renewal?": False, "referral_register": 6}
        ),
    ),
    Page(
        "referral_noms_hr",
        (
            question(
                id="referral_noms",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "5": "Internal transfer from another property owned by the same PRP landlord - for existing social tenants only",
                        "6": " A different PRP landlord - for existing social tenants only",
                        "7": "Directly referred by a third party",
                        "8": "Other",
                    }
                ),
                question_number=92,
            ),
        ),
        depends_on=when(
            {"owning_organisation_is_private_registered_provider?": True, "is_renewal?": False, "referral_register": 7}
        ),
    ),
    Page(
        "referral_org_nominated",
        (
            question(
                id="referral_org",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "1": "Referred to LA by health service",
                        "2": "Referred to LA by community learning disability team",
                        "3": "Referred to LA by community mental health team",
                        "4": "Referred to LA by adult social services",
                        "5": "Referred to LA by children's social care",
                        "6": "Referred to LA by police, probation, prison or youth offending team following a custodial sentence",
                        "7": "Referred to LA by police, probation, prison or youth offending team without a custodial sentence",
                        "8": "Referred to LA by a voluntary agency",
                        "9": "Other referral",
                        "10": "Don't know",
                    }
                ),
                question_number=92,
            ),
        ),
        depends_on=when(
            {
                "owning_organisation_is_private_registered_provider?": True,
                "is_renewal?": False,
                "referral_register": 6,
                "referral_noms": 1,
            }
        ),
    ),
    Page(
        "referral_org_directly_referred",
        (
            question(
                id="referral_org",
                type="radio",
                question_text="What was the source of referral for this letting?",
                check_answer_label="Source of referral for letting",
                check_answer_prompt="Select source of referral",
                answer_options=options(
                    {
                        "11": "Health service",
                        "12": "Community learning disability team",
                        "13": "Community mental health team",
                        "14": "Adult social services",
                        "15": "Children's social care",
                        "16": "Police, probation, prison or youth offending team following a custodial sentence",
                        "17": "Police, probation, prison or youth offending team without a custodial sentence",
                        "18": "Voluntary agency",
                        "19": "Other third party",
                        "20": "Don't know",
                    }
                ),
                question_number=92,
            ),
        ),
        depends_on=when(
            {
                "owning_organisation_is_private_registered_provider?": True,
                "is_renewal?": False,
                "referral_register": 7,
                "referral_noms": 7,
            }
        ),
    ),
)
