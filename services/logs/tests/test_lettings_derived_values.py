"""Lettings values worked out from the answers on every save (reference derived_variables.json, lettings; the live
service's `set_derived_fields!`): household counts and type, refusals, money per week, benefits, housing needs,
the letting type, a renewal's answers, the tenant's status, vacant days and the unticked checkbox options."""

from __future__ import annotations

from typing import Any

import pytest

from logs_service.domain.forms.derived import derive_answers
from logs_service.domain.forms.lettings.derived_household import household_type
from logs_service.domain.forms.linked import LinkedRecords
from logs_service.domain.forms.registry import form_for

YEARS = (2025, 2026)
PRP, LA = LinkedRecords("PRP"), LinkedRecords("LA")
RENEWAL = {"needstype": 1, "renewal": 1, "startdate": "2025-06-02", "rent_type": 0, "managing_organisation_id": "m"}
SKIPPED_BY_RENEWALS = {"waityear": 2, "offered": 0, "rsnvac": 14, "first_time_property_let_as_social_housing": 0}


def new(answers: dict[str, Any], year: int = 2025, linked: LinkedRecords = PRP) -> dict[str, Any]:
    return derive_answers(form_for("lettings", year), answers, linked=linked)


def saved(
    before: dict[str, Any], change: dict[str, Any], year: int = 2025, linked: LinkedRecords = PRP
) -> dict[str, Any]:
    """The answers a save stores: `change` applied to the stored answers `before` (None: an answer cleared)."""
    after = {name: value for name, value in {**before, **change}.items() if value is not None}
    return derive_answers(form_for("lettings", year), after, before, linked=linked)


def ages(*years: int) -> dict[str, Any]:
    return {f"age{n}": age for n, age in enumerate(years, start=1)}


# household counts


@pytest.mark.parametrize("year", YEARS)
def test_children_are_the_people_under_16_the_lead_tenant_included(year: int) -> None:
    assert new(ages(15, 16, 0, 40), year)["totchild"] == 2
    assert new(ages(40, 16, 17), year)["totchild"] == 0


def test_elders_are_the_people_aged_60_or_over() -> None:
    assert new(ages(59, 60, 66, 30, 30, 30, 30, 90))["totelder"] == 3


def test_adults_are_aged_under_60_and_young_ones_count_only_as_a_partner_or_other_relation() -> None:
    assert new(ages(16))["totadult"] == 1  # the lead tenant from 16
    assert new(ages(15))["totadult"] == 0
    assert new(ages(60, 59))["totadult"] == 1
    young = {**ages(40, 17, 17, 17, 16, 18), "relat2": "P", "relat3": "X", "relat4": "R", "relat5": "C"}
    assert new(young)["totadult"] == 4  # the lead tenant, the partner, the other relation and the 18 year old


@pytest.mark.parametrize(
    ("household", "expected"),
    [
        (ages(70), 1),
        (ages(70, 65), 2),
        (ages(70, 30), 2),
        ({**ages(70, 30, 5)}, 2),  # two people besides the children, one an elder
        (ages(30), 3),
        (ages(30, 30), 4),
        (ages(30, 5), 5),
        (ages(30, 30, 5), 6),
        (ages(30, 30, 30, 5), 6),
        (ages(30, 30, 30), 9),
        (ages(70, 70, 70), 9),
        (ages(70, 5), 9),
        ({}, 9),  # nobody yet: worked out anyway, as the live service does
    ],
)
def test_household_type(household: dict[str, Any], expected: int) -> None:
    assert new(household)["hhtype"] == expected


def test_household_type_from_the_counts() -> None:
    assert [household_type(e, a, c) for e, a, c in ((1, 0, 0), (2, 0, 0), (0, 1, 0), (0, 2, 0), (1, 0, 1))] == [
        1,
        2,
        3,
        4,
        9,
    ]


@pytest.mark.parametrize(
    "refusal",
    [
        {"details_known_3": 1},
        {"age1_known": 1},
        {"age8_known": 1},
        {"sex2": "R"},
        {"sexrab1": "R"},
        {"relat4": "R"},
        {"ecstat1": 10},
    ],
)
def test_any_person_detail_refused_or_not_known_is_flagged(refusal: dict[str, Any]) -> None:
    assert new({"age1": 30, "sex1": "F", "relat2": "P", "ecstat2": 1, "details_known_2": 0, **refusal})["refused"] == 1


def test_nothing_refused_is_0() -> None:
    assert new({"age1": 30, "age1_known": 0, "sex1": "F", "sexrab1": "F", "relat2": "P", "ecstat1": 1})["refused"] == 0


# money


@pytest.mark.parametrize(
    ("period", "weekly"),
    [(1, 100.0), (2, 50.0), (3, 25.0), (4, 23.08), (5, 96.15), (9, 88.46), (10, 101.92), (11, 98.08)],
)
def test_amounts_are_converted_to_weekly_from_the_payments_a_year(period: int, weekly: float) -> None:
    answers = new({"period": period, "brent": 100, "scharge": 100, "pscharge": 100, "supcharg": 100})
    assert (answers["wrent"], answers["wscharge"], answers["wpschrge"], answers["wsupchrg"]) == (weekly,) * 4
    assert answers["wtcharge"] == new({"period": period, "brent": 400})["wtcharge"]


def test_a_weekly_amount_is_rounded_half_up_to_the_penny() -> None:
    assert new({"period": 2, "brent": 26.13})["wrent"] == 13.07  # 26.13 / 52 x 26 = 13.065


def test_the_other_charges_count_as_0_once_one_is_given() -> None:
    answers = new({"period": 1, "brent": 100.5})
    assert (answers["scharge"], answers["pscharge"], answers["supcharg"]) == (0, 0, 0)
    assert (answers["tcharge"], answers["wtcharge"], answers["wscharge"]) == (100.5, 100.5, 0.0)


def test_weekly_amounts_need_the_rent_period_and_go_with_their_amount() -> None:
    assert not {"wrent", "wtcharge"} & new({"brent": 100}).keys()
    before = new({"period": 2, "brent": 100, "tshortfall": 10, "hb": 1})
    assert "wrent" not in saved(before, {"period": None})
    assert "wtshortfall" not in saved(before, {"tshortfall": None})


@pytest.mark.parametrize(("hb", "shortfall"), [(1, 5.0), (6, 5.0), (7, None), (9, None)])
def test_the_weekly_outstanding_amount_is_only_for_housing_benefit_or_universal_credit(
    hb: int, shortfall: float | None
) -> None:
    assert new({"period": 2, "tshortfall": 10, "hb": hb}).get("wtshortfall") == shortfall


@pytest.mark.parametrize(("hb", "has_benefits"), [(1, 1), (6, 1), (7, 1), (8, 1), (9, 0), (3, 0), (None, 0)])
def test_has_benefits(hb: int | None, has_benefits: int) -> None:
    assert new({} if hb is None else {"hb": hb})["has_benefits"] == has_benefits


def test_an_outstanding_amount_given_is_known_unless_not_known_is_answered_with_it() -> None:
    assert new({"tshortfall": 10})["tshortfall_known"] == 0
    assert saved({"tshortfall_known": 0, "tshortfall": 10}, {"tshortfall_known": 1})["tshortfall_known"] == 1


@pytest.mark.parametrize(("known", "incref"), [(0, 0), (1, 2), (2, 1)])
def test_income_refused_follows_whether_the_income_is_known(known: int, incref: int) -> None:
    answers = new({"net_income_known": known})
    assert answers["incref"] == incref
    assert "incref" not in saved(answers, {"net_income_known": None})


# housing needs


@pytest.mark.parametrize(
    ("needs", "flags"),
    [
        ({"housingneeds": 1, "housingneeds_type": 0, "housingneeds_other": 1}, (1, 0, 0, 1, 0, 0)),
        ({"housingneeds": 1, "housingneeds_type": 1, "housingneeds_other": 0}, (0, 1, 0, 0, 0, 0)),
        ({"housingneeds": 1, "housingneeds_type": 2}, (0, 0, 1, 0, 0, 0)),
        ({"housingneeds": 1, "housingneeds_type": 3}, (0, 0, 0, 0, 0, 0)),
        ({"housingneeds": 2, "housingneeds_type": 0, "housingneeds_other": 1}, (0, 0, 0, 0, 1, 0)),
        ({"housingneeds": 3}, (0, 0, 0, 0, 0, 1)),
    ],
)
def test_housing_needs_flags(needs: dict[str, Any], flags: tuple[int, ...]) -> None:
    answers = new(needs)
    assert tuple(answers[f"housingneeds_{x}"] for x in "abcfgh") == flags


def test_housing_needs_flags_go_with_the_answer() -> None:
    assert not {f"housingneeds_{x}" for x in "abcfgh"} & saved(new({"housingneeds": 2}), {"housingneeds": None}).keys()


# the letting


@pytest.mark.parametrize(
    ("rent_type", "needstype", "linked", "lettype"),
    [
        (0, 1, PRP, 1),
        (0, 2, PRP, 2),
        (0, 1, LA, 3),
        (0, 2, LA, 4),
        (2, 1, PRP, 5),
        (1, 2, LA, 8),
        (4, 1, PRP, 9),
        (5, 2, LA, 12),
        (6, 1, PRP, 13),
        (6, 2, LA, 16),
    ],
)
def test_letting_type(rent_type: int, needstype: int, linked: LinkedRecords, lettype: int) -> None:
    assert new({"rent_type": rent_type, "needstype": needstype}, linked=linked)["lettype"] == lettype


def test_no_letting_type_until_the_owners_provider_type_is_known() -> None:
    assert "lettype" not in new({"rent_type": 0, "needstype": 1}, linked=LinkedRecords())


@pytest.mark.parametrize(("mobility", "wchair"), [("W", 1), ("A", 2), ("N", 2), ("", 2)])
def test_a_supported_housing_lettings_wheelchair_standard_is_its_locations(mobility: str, wchair: int) -> None:
    answers = new({"needstype": 2, "location_id": "loc"}, linked=LinkedRecords("PRP", mobility))
    assert answers["wchair"] == wchair


def test_the_wheelchair_standard_is_asked_for_general_needs_and_kept_without_a_location_found() -> None:
    assert new({"needstype": 1, "wchair": 2}, linked=LinkedRecords("PRP", "W"))["wchair"] == 2
    assert new({"needstype": 2, "wchair": 1}, linked=LinkedRecords("PRP", None))["wchair"] == 1


# a renewal


@pytest.mark.parametrize("year", YEARS)
def test_a_renewal_gets_the_answers_of_the_questions_it_skips(year: int) -> None:
    answers = new(RENEWAL, year)
    assert {name: answers.get(name) for name in SKIPPED_BY_RENEWALS} == SKIPPED_BY_RENEWALS
    assert (answers["voiddate"], answers["unitletas"], answers["prevten"]) == ("2025-06-02", 1, 32)
    assert (answers["vacdays"], answers["new_old"]) == (0, 2)
    register = {"referral": 1, "referral_type": 3} if year == 2025 else {"referral_register": 1}
    assert {name: answers.get(name) for name in ("referral", "referral_type", "referral_register")} == {
        "referral": None,
        "referral_type": None,
        "referral_register": None,
        **register,
    }


@pytest.mark.parametrize(("rent_type", "unitletas"), [(0, 1), (1, 2), (2, 5), (3, 6), (4, 7), (5, 8), (6, 9)])
def test_a_renewal_was_let_before_on_the_same_basis(rent_type: int, unitletas: int) -> None:
    assert new({**RENEWAL, "rent_type": rent_type})["unitletas"] == unitletas


def test_a_general_needs_renewals_previous_tenure_is_the_owners_own_general_needs_tenancy() -> None:
    assert new(RENEWAL, linked=LA)["prevten"] == 30
    assert "prevten" not in new(RENEWAL, linked=LinkedRecords())
    assert "prevten" not in new({**RENEWAL, "needstype": 2})  # asked for supported housing


def test_a_renewal_keeps_its_answers_over_other_answers_and_a_major_repairs_date_counts_first() -> None:
    answers = new({**RENEWAL, "rsnvac": 5, "waityear": 7, "mrcdate": "2025-05-31"})
    assert (answers["rsnvac"], answers["waityear"], answers["vacdays"]) == (14, 2, 2)


@pytest.mark.parametrize("year", YEARS)
def test_the_renewals_answers_go_when_the_letting_is_no_longer_a_renewal(year: int) -> None:
    renewal = new(RENEWAL, year)
    answers = saved(renewal, {"renewal": 0}, year)
    derived = {*SKIPPED_BY_RENEWALS, "referral", "referral_type", "referral_register", "voiddate", "unitletas"}
    assert not (derived | {"prevten", "vacdays"}) & answers.keys()
    assert answers["new_old"] == 1
    assert saved(renewal, {"tenancycode": "T1"}, year)["rsnvac"] == 14


def test_a_general_needs_renewals_previous_tenure_goes_when_it_becomes_supported_housing() -> None:
    assert "prevten" not in saved(new(RENEWAL), {"needstype": 2})
    assert saved({**RENEWAL, "needstype": 2, "prevten": 6}, {"tenancycode": "T1"})["prevten"] == 6


def test_an_answer_of_a_letting_that_never_was_a_renewal_is_not_taken_back() -> None:
    answers = saved({"renewal": 0, "rsnvac": 5, "voiddate": "2025-05-01", "waityear": 7}, {"renewal": 0, "age1": 30})
    assert (answers["rsnvac"], answers["voiddate"], answers["waityear"]) == (5, "2025-05-01", 7)


# the tenant


@pytest.mark.parametrize(
    ("answers", "new_old"),
    [
        ({"prevten": 6}, 2),
        ({"prevten": 30}, 2),
        ({"prevten": 35}, 2),
        ({"prevten": 3}, 1),
        ({"referral": 1}, 2),
        ({"referral": 10}, 2),
        ({"referral": 2}, 1),
        ({}, 1),
    ],
)
def test_a_tenant_is_new_to_social_housing_unless_previous_tenure_or_referral_says_not(
    answers: dict[str, Any], new_old: int
) -> None:
    assert new({"startdate": "2025-06-02", **answers})["new_old"] == new_old


def test_new_or_existing_needs_a_start_date() -> None:
    assert "new_old" not in new({"prevten": 6})


def test_vacant_days_run_from_the_major_repairs_date_else_the_void_date() -> None:
    assert new({"startdate": "2025-06-02", "voiddate": "2025-05-01"})["vacdays"] == 32
    assert new({"startdate": "2025-06-02", "voiddate": "2025-05-01", "mrcdate": "2025-05-22"})["vacdays"] == 11
    assert "vacdays" not in new({"startdate": "2025-06-02"})
    assert "vacdays" not in new({"voiddate": "2025-05-01"})


@pytest.mark.parametrize(("group", "nationality"), [(826, 826), (0, 0), (12, None)])
def test_the_nationality_group_is_the_nationality_for_uk_and_prefers_not_to_say(
    group: int, nationality: int | None
) -> None:
    assert new({"nationality_all_group": group}).get("nationality_all") == nationality


def test_a_refused_ethnic_group_is_the_ethnic_background() -> None:
    assert new({"ethnic_group": 17})["ethnic"] == 17
    assert "ethnic" not in new({"ethnic_group": 0})


@pytest.mark.parametrize(("referral_type", "referral"), [(6, 7), (7, 16), (1, None)])
def test_a_voluntary_agency_or_other_referral_has_its_referral(referral_type: int, referral: int | None) -> None:
    assert new({"referral_type": referral_type}).get("referral") == referral


# checkboxes


@pytest.mark.parametrize("year", YEARS)
def test_a_ticked_checkboxs_other_options_are_unticked(year: int) -> None:
    answers = new({"illness_type_3": 1, "rp_homeless": 0}, year)
    assert [answers[f"illness_type_{n}"] for n in range(1, 11)] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert not {"rp_insan_unsat", "rp_medwel", "cbl"} & answers.keys()  # nothing ticked there
