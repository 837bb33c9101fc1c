"""Sales property rules: UPRN and postcode formats, and the local authority (in England, existing on
the sale completion date). Formats and patterns are the lettings ones (`property`)."""

from __future__ import annotations

from logs_service.domain.validation.model import BOTH, Facts, Hit, hard
from logs_service.domain.validation.property import POSTCODE_MESSAGE, uprn_format, valid_postcode

LA_FIELDS = ("la", "postcode_full", "uprn", "uprn_selection", "saledate")
ADDRESS_NOT_IN_ENGLAND = (
    "It looks like you have entered an address outside of England. Only create logs for sales in England."
)
POSTCODE_NOT_IN_ENGLAND = (
    "It looks like you have entered a postcode outside of England. Only create logs for sales in England."
)
LA_NOT_ACTIVE = (
    "%{la} does not exist on the property sale date, due to a change in local authority names and boundaries. "
    "Please enter the local authority name in use on the sale date"
)


def _known_but_invalid(facts: Facts, known_field: str, postcode_field: str) -> bool:
    postcode = facts.get(postcode_field)
    # a postcode given without the "known" answer (the address search) counts as known
    return facts.get(known_field) in (0, None) and postcode is not None and not valid_postcode(postcode)


def postcode_format(facts: Facts) -> bool:
    return _known_but_invalid(facts, "pcodenk", "postcode_full")


def ppostcode_format(facts: Facts) -> bool:
    return _known_but_invalid(facts, "ppcodenk", "ppostcode_full")


def la_not_in_england(facts: Facts) -> Hit | None:
    la = facts.get("la")
    if not isinstance(la, str) or not la or la.startswith("E"):
        return None
    saledate = ADDRESS_NOT_IN_ENGLAND if facts.given("uprn") else POSTCODE_NOT_IN_ENGLAND
    return Hit(messages={"saledate": saledate})


def la_not_active_on_saledate(facts: Facts) -> Hit | None:
    la, day = facts.get("la"), facts.date("saledate")
    if not isinstance(la, str) or not la.startswith("E") or day is None:
        return None
    authority = facts.reference.local_authority(la)
    if authority is None or authority.is_active_on(day):
        return None
    return Hit(values={"la": authority.name})


RULES = (
    hard("property.uprn_format", BOTH, ("uprn",), "UPRN must be 12 digits or less.", uprn_format),
    hard("property.postcode_format", BOTH, ("postcode_full",), POSTCODE_MESSAGE, postcode_format),
    hard("property.ppostcode_format", BOTH, ("ppostcode_full",), POSTCODE_MESSAGE, ppostcode_format),
    hard(
        "property.la_not_in_england",
        BOTH,
        LA_FIELDS,
        ADDRESS_NOT_IN_ENGLAND,
        la_not_in_england,
        {"postcode_full": POSTCODE_NOT_IN_ENGLAND},
    ),
    hard("property.la_not_active_on_saledate", BOTH, LA_FIELDS, LA_NOT_ACTIVE, la_not_active_on_saledate),
)
