"""Property rules: vacancy reason, bedrooms against unit type, UPRN and postcode formats, and the
local authority (in England, existing on the tenancy start date)."""

from __future__ import annotations

import re

from logs_service.domain.validation.model import BOTH, Facts, Hit, hard

TEMPORARY_RELET = 9
RENEWAL_REASON = 14
NOT_TEMPORARY_PREVTEN = frozenset({4, 6, 8, 24, 25, 34, 35})
NON_TEMP_REFERRALS = frozenset({8, 10, 12, 13, 14, 15})
SHARED_UNITS = frozenset({4, 9, 10})
UPRN = re.compile(r"\d{1,12}")
# config/initializers/postcode_regex.rb (POSTCODE_REGEXP), case-insensitive
POSTCODE = re.compile(
    r"(([A-Z]{1,2}[0-9][A-Z0-9]?|ASCN|STHL|TDCU|BBND|[BFS]IQQ|PCRN|TKCA) ?[0-9][A-Z]{2}|BFPO ?[0-9]{1,4}|"
    r"(KY[0-9]|MSR|VG|AI)[ -]?[0-9]{4}|[A-Z]{2} ?[0-9]{2}|GE ?CX|GIR ?0A{2}|SAN ?TA1)",
    re.IGNORECASE,
)
POSTCODE_MESSAGE = "Enter a postcode in the correct format, for example AA1 1AA."
SHARED_SINGLE = "A shared house with fewer than two tenants must have 1 to 3 bedrooms."
LA_FIELDS = ("la", "postcode_full", "uprn", "uprn_selection", "startdate", "location_id", "scheme_id")
ADDRESS_NOT_IN_ENGLAND = (
    "It looks like you have entered an address outside of England. Only create logs for lettings in England."
)
POSTCODE_NOT_IN_ENGLAND = (
    "It looks like you have an entered a postcode outside of England. Only create logs for lettings in England."
)
LOCATION_NOT_IN_ENGLAND = (
    "It looks like you have selected a location outside of England. Only create logs for lettings in England."
)
LA_NOT_ACTIVE = (
    "%{la} does not exist on the tenancy start date, due to a change in local authority names and boundaries. "
    "Please enter the local authority name in use on the tenancy start date"
)


def valid_postcode(value: object) -> bool:
    return isinstance(value, str) and POSTCODE.fullmatch(value.strip()) is not None


def temp_relet_but_prevten_not_temporary(facts: Facts) -> bool:
    return facts.get("rsnvac") == TEMPORARY_RELET and facts.get("prevten") in NOT_TEMPORARY_PREVTEN


def temp_relet_invalid_referral(facts: Facts) -> bool:
    return facts.get("rsnvac") == TEMPORARY_RELET and facts.get("referral") in NON_TEMP_REFERRALS


def renewal_reason_but_not_renewal(facts: Facts) -> bool:
    return facts.get("renewal") == 0 and facts.get("rsnvac") == RENEWAL_REASON


def shared_single_tenant_bedrooms(facts: Facts) -> bool:
    beds = facts.get("beds")
    return (
        facts.get("unittype_gn") in SHARED_UNITS
        and facts.get("hhmemb") == 1
        and isinstance(beds, int)
        and not 1 <= beds <= 3
    )


def shared_bedrooms(facts: Facts) -> bool:
    beds = facts.get("beds")
    return (
        not shared_single_tenant_bedrooms(facts)
        and facts.get("unittype_gn") in SHARED_UNITS
        and isinstance(beds, int)
        and not 1 <= beds <= 7
    )


def uprn_format(facts: Facts) -> bool:
    uprn = facts.get("uprn")
    return uprn is not None and UPRN.fullmatch(str(uprn)) is None


def postcode_format(facts: Facts) -> bool:
    postcode = facts.get("postcode_full")
    known = facts.get("postcode_known")
    # postcode_known is derived (1 when a postcode is given); without it a given postcode counts as known
    return postcode is not None and known in (1, None) and not valid_postcode(postcode)


def ppostcode_format(facts: Facts) -> bool:
    postcode = facts.get("ppostcode_full")
    return facts.get("ppcodenk") == 0 and postcode is not None and not valid_postcode(postcode)


def _la_fields(facts: Facts) -> tuple[str, ...]:
    if facts.get("needstype") == 2:
        return LA_FIELDS
    return LA_FIELDS[:5]


def la_not_in_england(facts: Facts) -> Hit | None:
    la = facts.get("la")
    if not isinstance(la, str) or not la or la.startswith("E"):
        return None
    if facts.get("needstype") == 2:
        startdate = LOCATION_NOT_IN_ENGLAND
    elif facts.given("uprn"):
        startdate = ADDRESS_NOT_IN_ENGLAND
    else:
        startdate = POSTCODE_NOT_IN_ENGLAND
    return Hit(fields=_la_fields(facts), messages={"startdate": startdate})


def la_not_active_on_startdate(facts: Facts) -> Hit | None:
    la, start = facts.get("la"), facts.startdate
    if not isinstance(la, str) or not la.startswith("E") or start is None:
        return None
    authority = facts.reference.local_authority(la)
    if authority is None or authority.is_active_on(start):
        return None
    return Hit(fields=_la_fields(facts), values={"la": authority.name})


RULES = (
    hard(
        "property.temp_relet_but_prevten_not_temporary",
        BOTH,
        ("rsnvac", "prevten"),
        "Answer cannot be re-let to tenant who occupied the same property as temporary accommodation as this "
        "accommodation is not temporary.",
        temp_relet_but_prevten_not_temporary,
        {
            "prevten": "Answer cannot be non-temporary accommodation as this is a re-let to a tenant who occupied the "
            "same property as temporary accommodation."
        },
    ),
    hard(
        "property.temp_relet_invalid_referral",
        (2025,),
        ("rsnvac", "referral", "referral_type"),
        "Answer cannot be re-let to tenant who occupied the same property as temporary accommodation as a different "
        "source of referral for this letting.",
        temp_relet_invalid_referral,
        {
            name: "Answer cannot be this source of referral as this is a re-let to tenant who occupied the same "
            "property as temporary accommodation."
            for name in ("referral", "referral_type")
        },
    ),
    hard(
        "property.renewal_reason_but_not_renewal",
        BOTH,
        ("rsnvac",),
        "Reason for vacancy cannot be 'Renewal of fixed-term tenancy' if letting is not a renewal.",
        renewal_reason_but_not_renewal,
    ),
    hard(
        "property.shared_single_tenant_bedrooms",
        BOTH,
        ("unittype_gn", "beds", "hhmemb"),
        SHARED_SINGLE,
        shared_single_tenant_bedrooms,
        {
            "beds": SHARED_SINGLE,
            "hhmemb": "A shared house with more than 3 bedrooms cannot have fewer than two tenants.",
        },
    ),
    hard(
        "property.shared_bedrooms",
        BOTH,
        ("unittype_gn", "beds"),
        "A shared house must have 1 to 7 bedrooms.",
        shared_bedrooms,
    ),
    hard("property.uprn_format", BOTH, ("uprn",), "UPRN must be 12 digits or less.", uprn_format),
    hard("property.postcode_format", BOTH, ("postcode_full",), POSTCODE_MESSAGE, postcode_format),
    hard(
        "property.la_not_in_england",
        BOTH,
        LA_FIELDS,
        ADDRESS_NOT_IN_ENGLAND,
        la_not_in_england,
        {
            "postcode_full": POSTCODE_NOT_IN_ENGLAND,
            "location_id": LOCATION_NOT_IN_ENGLAND,
            "scheme_id": "This scheme’s only location is outside of England. Only create logs for lettings in England.",
        },
    ),
    hard("property.la_not_active_on_startdate", BOTH, LA_FIELDS, LA_NOT_ACTIVE, la_not_active_on_startdate),
    hard("property.ppostcode_format", BOTH, ("ppostcode_full",), POSTCODE_MESSAGE, ppostcode_format),
)
