"""Household rules: reasons for leaving, armed forces, working situation against age, health,
previous tenure against referral and age, the local authority the household moved from, and the
household soft checks (pregnancy, retirement, partners, reasons that fit a category)."""

from __future__ import annotations

import re

from logs_service.domain.validation.model import BOTH, Facts, Hit, hard, soft

PEOPLE = range(1, 9)
OTHERS = range(2, 9)
REASON_OTHER = 20
CHILD, RETIRED, PREFERS_NOT_TO_SAY, SICK = 9, 5, 10, 8
RP_REASONS = ("rp_homeless", "rp_insan_unsat", "rp_medwel", "rp_hardship", "rp_dontknow")
ILLNESS_TYPES = tuple(f"illness_type_{n}" for n in range(1, 11))
FOSTER_CARE = 13
INTERNAL_TRANSFER = 1
NON_SOCIAL_PREVTEN = frozenset({3, 4, 7, 10, 13, 14, 19, 23, 24, 25, 26, 27, 28, 29})
LA_GENERAL_NEEDS = frozenset({30, 31})
SOCIAL_PREVTEN_2026 = frozenset({30, 31, 32, 33, 35, 38, 40, 6})
HOMELESSNESS = re.compile(
    r"[^a-z]*(homeless|homelessness|temporary accommodation|temp accommodation|ta|sleeping rough|rough sleeping)"
    r"[^a-z]*",
    re.IGNORECASE,
)
REASON_PHRASES = re.compile(
    r"\b(decant|decanted|refugee|asylum|ukraine|ukrainian|army|military|domestic abuse|domestic violence|da|dv|"
    r"relationship breakdown|overcrowding|overcrowded|too small|more space|bigger property|damp|mould|fire|"
    r"repossession|death|deceased|passed away|prison|hospital)\b",
    re.IGNORECASE,
)
STARTER_WORDS = re.compile(r"\b(introductory|intro|starter)\b", re.IGNORECASE)
OTHER_MISSING = "If %{main_field_label} is other then %{other_field_label} must be provided."
OTHER_NOT_REQUIRED = "%{other_field_label} must not be provided if %{main_field_label} was not other."
JUST_MOVED_LA = (
    "You told us the tenant had just moved into the local authority, but this location is in the same local "
    "authority. Check your answers are correct"
)
JUST_MOVED_PREVIOUS = (
    "The local authority of the previous property should not be the same as the current local authority, as you "
    "told us they had just moved to the local authority area. Check your answers are correct."
)
ACCESS_NEEDS = (
    "If somebody in the household has disabled access needs, they must have the access needs listed, or other "
    "access needs."
)
CHILD_OVER_16 = "Answer cannot be ‘child under 16’ as you told us the person %{person_num} is older than 16."
CHILD_AGE_OVER_16 = "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘."
PREGNANT = "You told us somebody in the household is pregnant."
REASON_LABELS = {"main_field_label": "reason", "other_field_label": "reasonother"}


def reasonable_preference_reason_not_required(facts: Facts) -> bool:
    return facts.get("reasonpref") != 1 and any(facts.get(name) == 1 for name in RP_REASONS)


def reasonother_missing(facts: Facts) -> Hit | None:
    if facts.get("reason") == REASON_OTHER and not facts.given("reasonother"):
        return Hit(values=REASON_LABELS)
    return None


def reasonother_not_required(facts: Facts) -> Hit | None:
    if facts.get("reason") != REASON_OTHER and facts.given("reasonother"):
        return Hit(values=REASON_LABELS)
    return None


def reasonother_is_homelessness(facts: Facts) -> bool:
    other = facts.get("reasonother")
    return facts.get("reason") == REASON_OTHER and isinstance(other, str) and HOMELESSNESS.fullmatch(other) is not None


def reservist_not_required(facts: Facts) -> bool:
    return facts.get("armedforces") in (2, 3) and facts.given("reservist")


def leftreg_not_required(facts: Facts) -> bool:
    return facts.get("armedforces") != 1 and facts.given("leftreg")


def child_status_over_16(facts: Facts) -> Hit | None:
    fields: list[str] = []
    messages: dict[str, str] = {}
    for n in OTHERS:
        age = facts.get(f"age{n}")
        if facts.get(f"ecstat{n}") == CHILD and isinstance(age, int | float) and age > 16:
            fields += [f"ecstat{n}", f"age{n}"]
            messages[f"ecstat{n}"] = CHILD_OVER_16.replace("%{person_num}", str(n))
            messages[f"age{n}"] = CHILD_AGE_OVER_16.replace("%{person_num}", str(n))
    return Hit(fields=tuple(fields), messages=messages) if fields else None


def condition_effects_without_illness(facts: Facts) -> bool:
    return facts.get("illness") != 1 and any(facts.get(name) == 1 for name in ILLNESS_TYPES)


def foster_care_lead_over_25(facts: Facts) -> bool:
    age = facts.get("age1")
    return facts.get("prevten") == FOSTER_CARE and isinstance(age, int | float) and age > 25


def _prevten_label(facts: Facts) -> dict[str, str]:
    return {"prevten": facts.label("prevten")}


def internal_transfer_from_non_social(facts: Facts) -> Hit | None:
    if facts.get("referral") == INTERNAL_TRANSFER and facts.get("prevten") in NON_SOCIAL_PREVTEN:
        return Hit(values=_prevten_label(facts))
    return None


def internal_transfer_prevten_la_general_needs(facts: Facts) -> bool:
    return (
        facts.owner_provider_type == "PRP"
        and facts.get("referral") == INTERNAL_TRANSFER
        and facts.get("prevten") in LA_GENERAL_NEEDS
    )


def is_internal_transfer_2026(facts: Facts) -> bool:
    register, noms = facts.get("referral_register"), facts.get("referral_noms")
    return register == 2 or (register == 6 and noms == 3) or (register == 7 and noms == 5)


def internal_transfer_prevten_not_social_2026(facts: Facts) -> Hit | None:
    prevten = facts.get("prevten")
    if (
        facts.given("owning_organisation_id")
        and is_internal_transfer_2026(facts)
        and prevten is not None
        and prevten not in SOCIAL_PREVTEN_2026
    ):
        return Hit(values=_prevten_label(facts))
    return None


def prevloc_missing(facts: Facts) -> bool:
    return facts.get("previous_la_known") == 1 and not facts.given("prevloc")


def just_moved_but_renewal(facts: Facts) -> bool:
    return facts.get("layear") == 1 and facts.get("renewal") == 1


def just_moved_but_same_la(facts: Facts) -> bool:
    la = facts.get("la")
    return facts.startdate is not None and facts.get("layear") == 1 and la is not None and la == facts.get("prevloc")


def access_needs_combination(facts: Facts) -> bool:
    return (
        facts.get("housingneeds") == 1
        and facts.get("housingneeds_type") == 3
        and facts.get("housingneeds_other") in (0, 2)
    )


# Soft checks -------------------------------------------------------------------------------------


def _age(facts: Facts, n: int) -> int | float | None:
    age = facts.get(f"age{n}")
    return age if isinstance(age, int | float) and not isinstance(age, bool) else None


def pregnant_all_male_household_2025(facts: Facts) -> bool:
    people = facts.people
    if facts.get("preg_occ") != 1 or not people or facts.get("hhmemb") > 8:
        return False
    return all(facts.get(f"sex{n}") == "M" for n in people)


def pregnant_no_female_16_to_50_2025(facts: Facts) -> bool:
    people = facts.people
    if facts.get("preg_occ") != 1 or not people or facts.get("hhmemb") > 8:
        return False
    if any(facts.get(f"sex{n}") is None or _age(facts, n) is None for n in people):
        return False
    female_ages = [_age(facts, n) for n in people if facts.get(f"sex{n}") == "F"]
    return bool(female_ages) and not any(16 <= age <= 50 for age in female_ages if age is not None)


def _male_2026(facts: Facts, n: int) -> bool:
    return facts.get(f"sexrab{n}") == "M" and facts.get(f"gender_same_as_sex{n}") == 1


def pregnant_no_likely_member_2026(facts: Facts) -> bool:
    people = facts.people
    if facts.get("preg_occ") != 1 or not people or facts.get("hhmemb") > 8:
        return False
    if all(_male_2026(facts, n) for n in people):
        return True
    if any(
        facts.get(f"sexrab{n}") is None or facts.get(f"gender_same_as_sex{n}") is None or _age(facts, n) is None
        for n in people
    ):
        return False
    others = [n for n in people if not _male_2026(facts, n)]
    return bool(others) and not any(13 <= (_age(facts, n) or 0) <= 55 for n in others)


def retired_under_66(facts: Facts) -> Hit | None:
    for n in PEOPLE:
        age = _age(facts, n)
        if age is not None and facts.get(f"ecstat{n}") == RETIRED and age < 66:
            return Hit(values={"age": age})
    return None


def not_retired_over_66(facts: Facts) -> bool:
    for n in PEOPLE:
        age, ecstat = _age(facts, n), facts.get(f"ecstat{n}")
        if age is not None and ecstat is not None and age > 66 and ecstat not in (RETIRED, PREFERS_NOT_TO_SAY):
            return True
    return False


def partner_under_16(facts: Facts) -> Hit | None:
    for n in OTHERS:
        age = _age(facts, n)
        if age is not None and facts.get(f"relat{n}") == "P" and age < 16:
            return Hit(values={"age": age})
    return None


def multiple_partners(facts: Facts) -> bool:
    return sum(facts.get(f"relat{n}") == "P" for n in facts.people if n > 1) > 1


def reasonother_matches_existing_category(facts: Facts) -> Hit | None:
    other = facts.get("reasonother")
    if isinstance(other, str) and REASON_PHRASES.search(other):
        return Hit(values={"reasonother": other})
    return None


def la_referral_for_general_needs(facts: Facts) -> bool:
    return facts.get("needstype") == 1 and facts.get("referral") == 4


def tenancyother_is_starter_period(facts: Facts) -> Hit | None:
    other = facts.get("tenancyother")
    if isinstance(other, str) and STARTER_WORDS.search(other):
        return Hit(values={"tenancyother": other})
    return None


def sick_or_disabled_but_no_illness(facts: Facts) -> bool:
    return facts.get("illness") == 2 and any(facts.get(f"ecstat{n}") == SICK for n in facts.people)


def _per_person(*names: str, people: range = PEOPLE) -> tuple[str, ...]:
    return tuple(f"{name}{n}" for n in people for name in names)


RULES = (
    hard(
        "household.reasonable_preference_reason_not_required",
        BOTH,
        ("reasonable_preference_reason",),
        "Do not enter a reason if you've answered 'no' to reasonable preference.",
        reasonable_preference_reason_not_required,
    ),
    hard("household.reasonother_missing", BOTH, ("reason", "reasonother"), OTHER_MISSING, reasonother_missing),
    hard("household.reasonother_not_required", BOTH, ("reasonother",), OTHER_NOT_REQUIRED, reasonother_not_required),
    hard(
        "household.reasonother_is_homelessness",
        BOTH,
        ("reason",),
        "Please give the reason for the tenant leaving their last settled home. This is where they were living "
        "before they became homeless, were living in temporary accommodation or sleeping rough.",
        reasonother_is_homelessness,
    ),
    hard(
        "household.reservist_not_required",
        BOTH,
        ("reservist",),
        "You cannot answer this question as you told us the person has not served in the UK armed forces or prefers "
        "not to say.",
        reservist_not_required,
    ),
    hard(
        "household.leftreg_not_required",
        BOTH,
        ("leftreg",),
        "You cannot answer whether the person is still serving in the UK armed forces as you told us they’re not a "
        "current or former regular.",
        leftreg_not_required,
    ),
    hard(
        "household.child_status_over_16",
        BOTH,
        (*(f"ecstat{n}" for n in OTHERS), *(f"age{n}" for n in OTHERS)),
        CHILD_OVER_16,
        child_status_over_16,
        {f"age{n}": CHILD_AGE_OVER_16 for n in OTHERS},
    ),
    hard(
        "household.condition_effects_without_illness",
        BOTH,
        ("condition_effects",),
        "You cannot answer this question as you told us nobody in the household has a physical or mental health "
        "condition (or other illness) expected to last 12 months or more.",
        condition_effects_without_illness,
    ),
    hard(
        "household.foster_care_lead_over_25",
        BOTH,
        ("prevten", "age1"),
        "Answer cannot be a children’s home or foster care as the lead tenant is 26 or older.",
        foster_care_lead_over_25,
        {
            "age1": "The lead tenant must be under 26 as you told us their housing situation immediately before this "
            "letting was a children’s home or foster care."
        },
    ),
    hard(
        "household.internal_transfer_from_non_social",
        (2025,),
        ("prevten", "referral"),
        "Answer cannot be %{prevten} as this tenancy is an internal transfer.",
        internal_transfer_from_non_social,
        {
            "referral": "Answer cannot be internal transfer as the household situation immediately before this "
            "letting was %{prevten}."
        },
    ),
    hard(
        "household.internal_transfer_prevten_la_general_needs",
        (2025,),
        ("prevten", "referral"),
        "Answer cannot be a fixed-term or lifetime local authority general needs tenancy as it’s an internal "
        "transfer and a private registered provider is on the tenancy agreement.",
        internal_transfer_prevten_la_general_needs,
        {
            "referral": "Answer cannot be internal transfer as it’s the same landlord on the tenancy agreement and "
            "the household had either a fixed-term or lifetime local authority general needs tenancy immediately "
            "before this letting."
        },
    ),
    hard(
        "household.internal_transfer_prevten_not_social_2026",
        (2026,),
        ("prevten", "referral_register", "referral_noms"),
        "Answer cannot be %{prevten} as this tenancy is an internal transfer. Internal transfers are for existing "
        "social tenants only; your answer to where the household was immediately before this letting shows the "
        "tenant was not in the social sector immediately prior to this letting.",
        internal_transfer_prevten_not_social_2026,
        {
            name: "Answer cannot be internal transfer as the household situation immediately before this letting "
            "was %{prevten}. Internal transfers are for existing social tenants only; your answer to where the "
            "household was immediately before this letting shows the tenant was not in the social sector "
            "immediately prior to this letting."
            for name in ("referral_register", "referral_noms")
        },
    ),
    hard("household.prevloc_missing", BOTH, ("prevloc",), "Enter name of local authority.", prevloc_missing),
    hard(
        "household.just_moved_but_renewal",
        BOTH,
        ("layear", "renewal"),
        "The household cannot have just moved to the local authority area if this letting is a renewal",
        just_moved_but_renewal,
        {"renewal": "This letting cannot be a renewal if the household has just moved to the local authority area"},
    ),
    hard(
        "household.just_moved_but_same_la",
        BOTH,
        (
            "layear",
            "la",
            "postcode_full",
            "uprn",
            "uprn_selection",
            "ppostcode_full",
            "prevloc",
            "scheme_id",
            "location_id",
        ),
        "You told us this tenant previously lived in this local authority. Check your answers are correct.",
        just_moved_but_same_la,
        {
            **{
                name: JUST_MOVED_LA
                for name in ("la", "postcode_full", "uprn", "uprn_selection", "scheme_id", "location_id")
            },
            "ppostcode_full": JUST_MOVED_PREVIOUS,
            "prevloc": JUST_MOVED_PREVIOUS,
        },
    ),
    hard(
        "household.access_needs_combination",
        BOTH,
        ("housingneeds", "housingneeds_type", "housingneeds_other"),
        ACCESS_NEEDS,
        access_needs_combination,
    ),
)

SOFT_RULES = (
    soft(
        "soft.pregnant_all_male_household_2025",
        (2025,),
        ("preg_occ", *(f"sex{n}" for n in PEOPLE)),
        PREGNANT,
        pregnant_all_male_household_2025,
        confirm_field="pregnancy_value_check",
        informative_text="You also told us that all the tenants living at the property are male.",
    ),
    soft(
        "soft.pregnant_no_female_16_to_50_2025",
        (2025,),
        ("preg_occ", *(f"sex{n}" for n in PEOPLE), *(f"age{n}" for n in PEOPLE)),
        PREGNANT,
        pregnant_no_female_16_to_50_2025,
        confirm_field="pregnancy_value_check",
        informative_text="You also told us that any female tenants living at the property are in the following age "
        'ranges:<ul class="govuk-body-l app-panel--interruption"><li>under 16 years old</li><li>over 50 years old'
        "</li></ul>",
    ),
    soft(
        "soft.pregnant_no_likely_member_2026",
        (2026,),
        ("preg_occ", *_per_person("age", "sexrab", "gender_same_as_sex")),
        PREGNANT,
        pregnant_no_likely_member_2026,
        confirm_field="pregnancy_value_check",
        informative_text="Your answers for the age, sex and gender of each household member suggest there is no "
        "household member who is likely to be pregnant.",
    ),
    soft(
        "soft.retired_under_66",
        BOTH,
        _per_person("ecstat", "age"),
        "You told us this person is aged %{age} years and retired.",
        retired_under_66,
        confirm_field="retirement_value_check",
        informative_text="The minimum expected retirement age in England is 66.",
    ),
    soft(
        "soft.not_retired_over_66",
        BOTH,
        _per_person("ecstat", "age"),
        "You told us this person is over 66 and not retired.",
        not_retired_over_66,
        confirm_field="retirement_value_check",
        informative_text="Are you sure this person isn’t retired?",
    ),
    soft(
        "soft.partner_under_16",
        (2025,),
        _per_person("age", "relat", people=OTHERS),
        "You told us this person is aged %{age} years and has 'Partner' relationship to the lead tenant.",
        partner_under_16,
        confirm_field="partner_under_16_value_check",
        informative_text="Are you sure this is correct?",
    ),
    soft(
        "soft.multiple_partners",
        (2025,),
        tuple(f"relat{n}" for n in OTHERS),
        "You told us there are more than 1 persons with 'Partner' relationship to the lead tenant.",
        multiple_partners,
        confirm_field="multiple_partners_value_check",
        informative_text="Are you sure this is correct?",
    ),
    soft(
        "soft.reasonother_matches_existing_category",
        BOTH,
        ("reason", "reasonother"),
        "You told us that the tenant’s main reason for leaving their last settled home was %{reasonother}.",
        reasonother_matches_existing_category,
        confirm_field="reasonother_value_check",
        informative_text="The reason you have entered looks very similar to one of the existing response categories. "
        "Please check the categories and select the appropriate one. If the existing categories are not suitable, "
        "please confirm here to move onto the next question.",
    ),
    soft(
        "soft.la_referral_for_general_needs",
        (2025,),
        ("needstype", "referral"),
        "Are you sure?",
        la_referral_for_general_needs,
        confirm_field="referral_value_check",
        informative_text="This is a general needs log, and this referral type is for supported housing.",
    ),
    soft(
        "soft.tenancyother_is_starter_period",
        (2026,),
        ("startertenancy", "tenancy", "tenancyother"),
        "You told us that the type of tenancy was %{tenancyother}.",
        tenancyother_is_starter_period,
        confirm_field="tenancyother_value_check",
        informative_text="We already know whether the tenancy is introductory or has a starter period from your "
        "previous answer. Your answer to the type of main tenancy question should be the type of tenancy that the "
        "tenant will roll onto after any introductory or starter period. Choose from the categories or write a "
        "description if no category is suitable.",
    ),
    soft(
        "soft.sick_or_disabled_but_no_illness",
        (2026,),
        ("illness", *(f"ecstat{n}" for n in PEOPLE)),
        "You have said that at least one person's situation is 'Unable to work because of long-term sickness or "
        "disability'.",
        sick_or_disabled_but_no_illness,
        confirm_field="working_situation_illness_check",
        informative_text="You also told us there is no-one in the household with a long-lasting health condition.",
    ),
)
