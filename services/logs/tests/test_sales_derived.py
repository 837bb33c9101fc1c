"""Sales derived values (reference derived_variables.json, sales): household counts and type, children's
working situation, buyers living in, date parts, postcode halves and the discounted ownership
previous address; and the values reset only when a particular answer changes in a save."""

from __future__ import annotations

import pytest

from logs_service.domain.forms.changes import answer_changes
from logs_service.domain.forms.sales.derived import derive_sales_answers
from logs_service.domain.forms.sales.derived_household import household_type


def derived(answers: dict, year: int = 2026) -> dict:
    return derive_sales_answers(year, answers)


def test_children_adults_and_elders_are_counted_by_age_and_relationship() -> None:
    answers = {"age1": 35, "age2": 19, "relat2": "C", "age3": 19, "relat3": "X", "age4": 17, "age5": 61, "age6": 59}
    found = derived(answers)
    # children: person 2 (19, child) and person 4 (17); adults: buyer 1, person 3 (19, not a child), person 6; elders: 5
    assert (found["totchild"], found["totadult"]) == (2, 3 + 1)
    assert found["hhtype"] == 9  # an elder with adults and children


@pytest.mark.parametrize(
    ("elders", "adults", "children", "expected"),
    [(1, 0, 0, 1), (2, 0, 0, 2), (0, 1, 0, 3), (0, 2, 0, 4), (0, 1, 2, 5), (0, 3, 1, 6), (0, 0, 1, 9), (1, 1, 0, 9)],
)
def test_household_type(elders: int, adults: int, children: int, expected: int) -> None:
    assert household_type(elders, adults, children) == expected


def test_household_values_wait_for_an_age() -> None:
    assert "hhtype" not in derived({"jointpur": 2})
    assert derived({"age1": 30})["hhtype"] == 3


def test_a_person_under_16_is_a_child_and_loses_that_answer_at_16() -> None:
    assert derived({"jointpur": 2, "age2": 15})["ecstat2"] == 9
    assert derived({"jointpur": 1, "age2": 15}).get("ecstat2") is None  # buyer 2 is never a child
    assert "ecstat3" not in derived({"jointpur": 2, "age3": 16, "ecstat3": 9})
    assert derived({"jointpur": 2, "age3": 16, "ecstat3": 1})["ecstat3"] == 1


def test_buyers_living_in_follow_the_household_answer() -> None:
    found = derived({"buylivein": 2, "jointpur": 1})
    assert (found["buy1livein"], found["buy2livein"]) == (2, 2)
    assert derived({"buylivein": 1, "jointpur": 2})["buy1livein"] == 1
    assert "buy1livein" not in derived({"buylivein": 1, "jointpur": 1})  # each joint buyer answers for themself


def test_dates_and_postcodes_are_split_into_their_export_columns() -> None:
    found = derived({"saledate": "2026-04-20", "hodate": "2025-12-01", "postcode_full": "aa1 1aa"})
    assert (found["day"], found["month"], found["year"]) == (20, 4, 2026)
    assert (found["hoday"], found["homonth"], found["hoyear"]) == (1, 12, 2025)
    assert (found["pcode1"], found["pcode2"]) == ("AA1", "1AA")


def test_discounted_ownership_buyers_last_home_is_the_property() -> None:
    found = derived({"ownershipsch": 2, "postcode_full": "SW1A 2AA", "pcodenk": 0, "la": "E09000033"})
    assert (found["ppostcode_full"], found["ppcodenk"], found["prevloc"]) == ("SW1A 2AA", 0, "E09000033")
    assert (found["ppostc1"], found["ppostc2"]) == ("SW1A", "2AA")
    assert "prevloc" not in derived({"ownershipsch": 1, "la": "E09000033"})


def test_refused_ethnicity_gender_description_and_unknown_mortgage() -> None:
    assert derived({"ethnic_group": 17})["ethnic"] == 17
    assert "gender_description1" not in derived({"gender_same_as_sex1": 1, "gender_description1": "x"})
    assert derived({"gender_same_as_sex1": 2, "gender_description1": "x"})["gender_description1"] == "x"
    found = derived({"ownershipsch": 3, "mortgageused": 3, "mortgage": 1000, "deposit": 5000})
    assert "mortgage" not in found and "deposit" not in found


def saved(before: dict, change: dict, year: int = 2026) -> dict:
    """The answers a save stores: `change` applied to the stored answers `before`."""
    after = {**before, **change}
    return derive_sales_answers(year, after, answer_changes(before, after))


STAIRCASING = {"ownershipsch": 1, "staircase": 1}


@pytest.mark.parametrize("year", [2025, 2026])
def test_one_staircasing_transaction_is_cleared_when_it_is_no_longer_the_first(year: int) -> None:
    before = {**STAIRCASING, "firststair": 1, "numstair": 1}
    assert "numstair" not in saved(before, {"firststair": 2}, year)
    assert saved(before, {"stairbought": 20}, year)["numstair"] == 1  # first-time answer unchanged
    assert saved({**before, "firststair": 2}, {"firststair": 1}, year)["numstair"] == 1
    assert saved({**before, "numstair": 3}, {"firststair": 2}, year)["numstair"] == 3  # only a count of one


def test_mortgage_length_is_known_when_the_buyer_turns_out_not_interviewed() -> None:
    before = {"noint": 2, "mortgageused": 1, "mortlen": 25}
    assert saved(before, {"noint": 1})["mortlen_known"] == 0
    assert "mortlen_known" not in saved(before, {"mortgage": 100_000})  # interview answer unchanged
    assert "mortlen_known" not in saved({**before, "mortlen": None}, {"noint": 1})  # no length recorded
    assert "mortlen_known" not in saved({"noint": 1, "mortlen": 25}, {"noint": 2})  # changed to interviewed
    assert "mortlen_known" not in saved(before, {"noint": 1}, 2025)  # asked from 2026/27 only


@pytest.mark.parametrize("year", [2025, 2026])
def test_outright_sale_deposit_is_cleared_when_mortgage_use_changes_from_no_to_yes(year: int) -> None:
    before = derive_sales_answers(year, {"ownershipsch": 3, "value": 200_000, "mortgageused": 2})
    assert before["deposit"] == 200_000
    assert "deposit" not in saved(before, {"mortgageused": 1}, year)
    assert saved({**before, "mortgageused": 1, "deposit": 50_000}, {"mortlen": 20}, year)["deposit"] == 50_000
    shared = {"ownershipsch": 1, "mortgageused": 2, "deposit": 10_000}
    assert saved(shared, {"mortgageused": 1}, year)["deposit"] == 10_000  # only outright sales


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_former_bedsits_one_bedroom_is_cleared(year: int) -> None:
    before = derive_sales_answers(year, {"proptype": 2})
    assert before["beds"] == 1
    assert "beds" not in saved(before, {"proptype": 1}, year)
    assert saved({"proptype": 1, "beds": 3}, {"proptype": 3}, year)["beds"] == 3  # not a bedsit before
    assert saved({"proptype": 1, "beds": 3}, {"value": 1}, year)["beds"] == 3


def test_a_childs_working_situation_is_reset_only_when_their_age_changes() -> None:
    before = {"jointpur": 2, "age2": 15, "ecstat2": 9}
    assert "ecstat2" not in saved(before, {"age2": 17})
    assert saved(before, {"age2": 14})["ecstat2"] == 9
    assert saved({"jointpur": 2, "age2": 30, "ecstat2": 9}, {"sex2": "F"})["ecstat2"] == 9  # age unchanged


def test_buyers_living_in_are_asked_again_once_the_answers_they_came_from_move() -> None:
    joint_away = derive_sales_answers(2026, {"buylivein": 2, "jointpur": 1})
    moved_in = saved(joint_away, {"buylivein": 1})
    assert "buy1livein" not in moved_in and "buy2livein" not in moved_in  # each joint buyer answers
    alone_away = saved(joint_away, {"jointpur": 2})
    assert alone_away["buy1livein"] == 2 and "buy2livein" not in alone_away  # worked out again for one buyer
    sole = derive_sales_answers(2026, {"buylivein": 1, "jointpur": 2})
    assert "buy1livein" not in saved(sole, {"jointpur": 1})
    assert saved(sole, {"purchid": "P-1"})["buy1livein"] == 1


@pytest.mark.parametrize("year", [2025, 2026])
def test_no_mortgages_amount_is_asked_once_a_mortgage_was_used(year: int) -> None:
    without = derive_sales_answers(year, {"ownershipsch": 1, "mortgageused": 2})
    assert without["mortgage"] == 0
    assert "mortgage" not in saved(without, {"mortgageused": 1}, year)
    assert saved(without, {"purchid": "P-1"}, year)["mortgage"] == 0
    assert saved({"mortgageused": 1, "mortgage": 5000}, {"purchid": "P-1"}, year)["mortgage"] == 5000
