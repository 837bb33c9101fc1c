"""Sales household rules: buyers' and persons' working situations, ages and relationships, previous
tenure for discounted sales, bedsits; and the household soft checks."""

from __future__ import annotations

from logs_service.domain.validation.model import BOTH, Facts, Hit, Predicate, fill, hard, soft
from logs_service.domain.validation.sales.common import (
    CHILD,
    DISCOUNTED_OWNERSHIP,
    OLDER_PERSONS,
    SHARED_OWNERSHIP,
    joint,
)

PERSONS = range(1, 7)
OTHERS = range(2, 7)
SOCIAL_TENANCIES = (1, 2)
RETIRED, PREFERS_NOT_TO_SAY = 5, 10
BEDSIT = 2
PARTNER = "P"
NOT_LIVING_IN = 2
SCHEMES = {SHARED_OWNERSHIP: "shared ownership", DISCOUNTED_OWNERSHIP: "discounted ownership"}
CHILD_OVER_16 = "Answer cannot be ‘child under 16’ as you told us the person %{person_num} is older than 16."
CHILD_AGE_OVER_16 = "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘."


def _age(facts: Facts, n: int) -> int | float | None:
    age = facts.get(f"age{n}")
    return age if isinstance(age, int | float) and not isinstance(age, bool) else None


def discounted_sale_prevten_not_social_tenant(facts: Facts) -> bool:
    return (
        facts.given("saledate", "prevten")
        and facts.get("ownershipsch") == DISCOUNTED_OWNERSHIP
        and facts.get("prevten") not in SOCIAL_TENANCIES
    )


def child_status_over_16(facts: Facts) -> Hit | None:
    fields: list[str] = []
    messages: dict[str, str] = {}
    for n in OTHERS:
        age = _age(facts, n)
        if facts.get(f"ecstat{n}") == CHILD and age is not None and age > 16:
            fields += [f"ecstat{n}", f"age{n}"]
            messages[f"ecstat{n}"] = fill(CHILD_OVER_16, {"person_num": n})
            messages[f"age{n}"] = fill(CHILD_AGE_OVER_16, {"person_num": n})
    return Hit(fields=tuple(fields), messages=messages) if fields else None


def buyer_is_child(facts: Facts) -> Hit | None:
    if not facts.given("saledate"):
        return None
    fields: tuple[str, ...] = ("ecstat1",) if facts.get("ecstat1") == CHILD else ()
    if joint(facts) and facts.get("ecstat2") == CHILD:
        fields += ("ecstat2",)
    return Hit(fields=fields) if fields else None


def bedsit_more_than_one_bedroom(facts: Facts) -> bool:
    beds = facts.get("beds")
    return facts.get("proptype") == BEDSIT and isinstance(beds, int) and beds > 1


# Soft checks -------------------------------------------------------------------------------------


def retired_under_66(facts: Facts) -> Hit | None:
    for n in PERSONS:
        age = _age(facts, n)
        if age is not None and facts.get(f"ecstat{n}") == RETIRED and age < 66:
            return Hit(values={"age": age})
    return None


def not_retired_over_66(facts: Facts) -> bool:
    for n in PERSONS:
        age, ecstat = _age(facts, n), facts.get(f"ecstat{n}")
        if age is not None and ecstat is not None and age > 66 and ecstat not in (RETIRED, PREFERS_NOT_TO_SAY):
            return True
    return False


def _old_persons_age(joint_wording: bool) -> Predicate:
    def test(facts: Facts) -> bool:
        if facts.get("type") != OLDER_PERSONS or facts.get("jointpur") not in (1, 2) or joint(facts) != joint_wording:
            return False
        buyers = (1, 2) if joint(facts) else (1,)
        for n in buyers:
            age = _age(facts, n)
            if not ((age is not None and age < 64) or facts.get(f"age{n}_known") == 1):
                return False
        return True

    return test


def _buyer_not_living_in(n: int) -> Predicate:
    def test(facts: Facts) -> Hit | None:
        scheme = SCHEMES.get(facts.get("ownershipsch"))
        if scheme is None or facts.get(f"buy{n}livein") != NOT_LIVING_IN or (n == 2 and not joint(facts)):
            return None
        return Hit(values={"ownership_scheme": scheme})

    return test


def partner_under_16(facts: Facts) -> Hit | None:
    for n in OTHERS:
        age = _age(facts, n)
        if age is not None and facts.get(f"relat{n}") == PARTNER and age < 16:
            return Hit(values={"age": age})
    return None


def multiple_partners(facts: Facts) -> bool:
    members = facts.get("hhmemb")
    if not isinstance(members, int):
        return False
    return sum(1 for n in range(2, min(members, 6) + 1) if facts.get(f"relat{n}") == PARTNER) > 1


def wheelchair_but_not_disabled(facts: Facts) -> bool:
    return facts.get("wheel") == 1 and facts.get("disabled") == 2


old_persons_shared_ownership_age_joint = _old_persons_age(joint_wording=True)
old_persons_shared_ownership_age_single = _old_persons_age(joint_wording=False)
buyer1_not_living_in = _buyer_not_living_in(1)
buyer2_not_living_in = _buyer_not_living_in(2)

RULES = (
    hard(
        "household.discounted_sale_prevten_not_social_tenant",
        BOTH,
        (
            "prevten",
            "ownershipsch",
        ),
        (
            "Buyer 1’s previous tenure should be “local authority tenant” or “private registered "
            "provider or housing association tenant” for discounted sales."
        ),
        discounted_sale_prevten_not_social_tenant,
    ),
    hard(
        "household.child_status_over_16",
        BOTH,
        (
            "ecstat2",
            "ecstat3",
            "ecstat4",
            "ecstat5",
            "ecstat6",
            "age2",
            "age3",
            "age4",
            "age5",
            "age6",
        ),
        ("Answer cannot be ‘child under 16’ as you told us the person %{person_num} is older than 16."),
        child_status_over_16,
        field_messages={
            "age2": "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘.",
            "age3": "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘.",
            "age4": "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘.",
            "age5": "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘.",
            "age6": "Answer cannot be over 16 as person’s %{person_num} working situation is ‘child under 16‘.",
        },
    ),
    hard(
        "household.buyer_is_child",
        BOTH,
        (
            "ecstat1",
            "ecstat2",
        ),
        "Buyer 1 cannot have a working situation of child under 16.",
        buyer_is_child,
        field_messages={"ecstat2": "Buyer 2 cannot have a working situation of child under 16."},
    ),
    hard(
        "property.bedsit_more_than_one_bedroom",
        BOTH,
        (
            "proptype",
            "beds",
        ),
        "Answer cannot be 'Bedsit' if the property has 2 or more bedrooms.",
        bedsit_more_than_one_bedroom,
        field_messages={"beds": "Number of bedrooms must be 1 if the property is a bedsit."},
    ),
)
SOFT_RULES = (
    soft(
        "soft.retired_under_66",
        BOTH,
        (
            "age1",
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
        ),
        "You told us this person is aged %{age} years and retired.",
        retired_under_66,
        confirm_field="retirement_value_check",
        informative_text="The minimum expected retirement age in England is 66.",
    ),
    soft(
        "soft.not_retired_over_66",
        BOTH,
        (
            "age1",
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
        ),
        "You told us this person is over 66 and not retired.",
        not_retired_over_66,
        confirm_field="retirement_value_check",
        informative_text="The minimum expected retirement age in England is 66.",
    ),
    soft(
        "soft.old_persons_shared_ownership_age_joint",
        BOTH,
        (
            "type",
            "jointpur",
            "age1",
            "age2",
        ),
        "You told us the buyers are using the Older Persons Shared Ownership scheme.",
        old_persons_shared_ownership_age_joint,
        confirm_field="old_persons_shared_ownership_value_check",
        informative_text="At least one buyer must be aged 65 years and over to use this scheme.",
    ),
    soft(
        "soft.old_persons_shared_ownership_age_single",
        BOTH,
        (
            "type",
            "jointpur",
            "age1",
            "age2",
        ),
        "You told us the buyer is using the Older Persons Shared Ownership scheme.",
        old_persons_shared_ownership_age_single,
        confirm_field="old_persons_shared_ownership_value_check",
        informative_text="At least one buyer must be aged 65 years and over to use this scheme.",
    ),
    soft(
        "soft.buyer1_not_living_in",
        BOTH,
        (
            "ownershipsch",
            "buy1livein",
        ),
        "You told us that buyer 1 will not live in the property.",
        buyer1_not_living_in,
        confirm_field="buyer_livein_value_check",
        informative_text="For %{ownership_scheme} types, the buyer usually lives in the property.",
    ),
    soft(
        "soft.buyer2_not_living_in",
        BOTH,
        (
            "ownershipsch",
            "buy2livein",
        ),
        "You told us that buyer 2 will not live in the property.",
        buyer2_not_living_in,
        confirm_field="buyer_livein_value_check",
        informative_text="For %{ownership_scheme} types, the buyer usually lives in the property.",
    ),
    soft(
        "soft.partner_under_16",
        BOTH,
        (
            "age2",
            "relat2",
            "age3",
            "relat3",
            "age4",
            "relat4",
            "age5",
            "relat5",
            "age6",
            "relat6",
        ),
        "You told us this person is aged %{age} years and has 'Partner' relationship to buyer 1.",
        partner_under_16,
        confirm_field="partner_under_16_value_check",
        informative_text="Are you sure this is correct?",
    ),
    soft(
        "soft.multiple_partners",
        BOTH,
        (
            "relat2",
            "relat3",
            "relat4",
            "relat5",
            "relat6",
        ),
        "You told us there are more than 1 persons with 'Partner' relationship to buyer 1.",
        multiple_partners,
        confirm_field="multiple_partners_value_check",
        informative_text="Are you sure this is correct?",
    ),
    soft(
        "soft.wheelchair_but_not_disabled",
        BOTH,
        (
            "disabled",
            "wheel",
        ),
        "You told us that someone in the household uses a wheelchair.",
        wheelchair_but_not_disabled,
        confirm_field="wheel_value_check",
    ),
)
