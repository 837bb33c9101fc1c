"""Forms of the scheme and location question pages. Codes and labels are the live service's (the organisations
service validates them again); each field has its own GOV.UK error message."""

from __future__ import annotations

from datetime import date
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovDateInput, GovRadioInput, GovSelect, GovTextInput
from wtforms import DateField, IntegerField, RadioField, SelectField, StringField
from wtforms.validators import InputRequired, Length, NumberRange

YES_NO = (("1", "Yes"), ("0", "No"))
SCHEME_TYPES = (
    ("5", "Direct Access Hostel"),
    ("4", "Foyer"),
    ("7", "Housing for older people"),
    ("6", "Other Supported Housing"),
)
CARE_ACT = (
    ("4", "Yes – registered care home providing nursing care"),
    ("3", "Yes – registered care home providing personal care"),
    ("2", "Yes – part registered as a care home"),
    ("1", "No"),
)
ARRANGEMENT_TYPES = (
    ("D", "The same organisation that owns the housing stock"),
    ("R", "Another registered housing provider"),
    ("V", "A registered charity or voluntary organisation"),
    ("O", "Another organisation"),
)
CLIENT_GROUPS = (
    ("O", "Homeless families with support needs"),
    ("H", "Offenders and people at risk of offending"),
    ("M", "Older people with support needs"),
    ("L", "People at risk of domestic violence"),
    ("A", "People with a physical or sensory disability"),
    ("G", "People with alcohol problems"),
    ("F", "People with drug problems"),
    ("B", "People with HIV or AIDS"),
    ("D", "People with learning disabilities"),
    ("E", "People with mental health problems"),
    ("I", "Refugees (permanent)"),
    ("S", "Rough sleepers"),
    ("N", "Single homeless people with support needs"),
    ("R", "Teenage parents"),
    ("Q", "Young people at risk"),
    ("P", "Young people leaving care"),
)
SUPPORT_TYPES = (
    ("2", "Low level"),
    ("3", "Medium level"),
    ("4", "High level"),
    ("5", "Nursing care in a care home"),
)
INTENDED_STAYS = (("V", "Very short stay"), ("S", "Short stay"), ("M", "Medium stay"), ("P", "Permanent"))
TYPES_OF_UNIT = (
    ("6", "Bungalow"),
    ("1", "Self-contained flat or bedsit"),
    ("2", "Self-contained flat or bedsit with common facilities"),
    ("7", "Self-contained house"),
    ("3", "Shared flat"),
    ("4", "Shared house or hostel"),
)
MOBILITY_TYPES = (
    ("W", "Wheelchair-user standard"),
    ("A", "Fitted with equipment and adaptations"),
    ("M", "Property designed to accessible general standard"),
    ("N", "None"),
)
INT_FIELDS = frozenset(
    {"sensitive", "scheme_type", "registered_under_care_act", "has_other_client_group", "support_type", "type_of_unit"}
)
DATE_MESSAGE = "Enter a date in the correct format, for example 31 1 2022"


def _radios(label: str, choices: Any, message: str, description: str = "") -> RadioField:
    return RadioField(
        label, choices=choices, description=description, widget=GovRadioInput(), validators=[InputRequired(message)]
    )


class GovDateField(DateField):
    """Day, month and year boxes; any unparseable date gets the GOV.UK message."""

    def __init__(self, label: str, message: str = DATE_MESSAGE, **kwargs: Any) -> None:
        super().__init__(label, format="%d %m %Y", widget=GovDateInput(), **kwargs)
        self.message = message

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist or not all(part.strip() for part in valuelist):
            self.data = None
            raise ValueError(self.message)
        try:
            self.data = date(int(valuelist[2]), int(valuelist[1]), int(valuelist[0]))
        except ValueError as exc:
            self.data = None
            raise ValueError(self.message) from exc


class AnswersForm(FlaskForm):
    def answers(self) -> dict[str, Any]:
        """Answers as the organisations client takes them: integer codes as ints, dates ISO."""
        values: dict[str, Any] = {}
        for field in self:
            if field.name == "csrf_token":
                continue
            if isinstance(field.data, date):
                values[field.name] = field.data.isoformat()
            elif field.name in INT_FIELDS and field.data not in (None, ""):
                values[field.name] = int(field.data)
            elif isinstance(field.data, str):
                values[field.name] = field.data.strip()
            else:
                values[field.name] = field.data
        return values


class SchemeDetailsForm(AnswersForm):
    service_name = StringField(
        "Scheme name",
        description="This is how you refer to this supported housing scheme within your organisation. "
        "For example, the name could relate to the address or location.",
        widget=GovTextInput(),
        validators=[InputRequired("Enter the name of the scheme"), Length(max=200)],
    )
    sensitive = _radios(
        "This scheme contains confidential information",
        YES_NO,
        "Select if this scheme contains confidential information",
    )
    owning_organisation_id = SelectField(
        "Which organisation owns the housing stock for this scheme?",
        widget=GovSelect(),
        validators=[InputRequired("Select the organisation that owns the housing stock")],
    )
    scheme_type = _radios("What is this type of scheme?", SCHEME_TYPES, "Select the type of scheme")
    registered_under_care_act = _radios(
        "Is this scheme registered under the Care Standards Act 2000?",
        CARE_ACT,
        "Select if this scheme is registered under the Care Standards Act 2000",
    )
    arrangement_type = _radios(
        "Who provides the support services used by this scheme?",
        ARRANGEMENT_TYPES,
        "Select who provides the support services used by this scheme",
    )


class SchemeNameForm(AnswersForm):
    """What a data coordinator may still change once the scheme is confirmed."""

    service_name = SchemeDetailsForm.service_name
    sensitive = SchemeDetailsForm.sensitive


class SupportProviderForm(AnswersForm):
    managing_organisation_id = SelectField(
        "Which organisation provides the support services used by this scheme?",
        widget=GovSelect(),
        validators=[InputRequired("Select the organisation providing support")],
    )


class PrimaryClientGroupForm(AnswersForm):
    primary_client_group = _radios(
        "What client group is this scheme intended for?",
        CLIENT_GROUPS,
        "Select what client group this scheme is intended for",
        "If your scheme has more than one client group, select the one it most commonly serves.",
    )


class ConfirmSecondaryForm(AnswersForm):
    has_other_client_group = _radios(
        "Does this scheme provide for another client group?",
        YES_NO,
        "Select if this scheme provides for another client group",
        "Only answer yes if the scheme is intended for more than one client group.",
    )


class SecondaryClientGroupForm(AnswersForm):
    secondary_client_group = _radios(
        "What is the other client group?", CLIENT_GROUPS, "Select what other client group this scheme is intended for"
    )


class SupportForm(AnswersForm):
    support_type = _radios(
        "Level of support given", SUPPORT_TYPES, "Select the level of support provided by this scheme"
    )
    intended_stay = _radios("Intended length of stay", INTENDED_STAYS, "Select the intended length of stay")


class PostcodeForm(AnswersForm):
    postcode = StringField(
        "What is the postcode?",
        description="For example, SW1P 4DF.",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a postcode"), Length(max=10)],
    )


class LocalAuthorityForm(AnswersForm):
    location_code = SelectField(
        "What is the local authority of this postcode?",
        widget=GovSelect(),
        validators=[InputRequired("Select a local authority")],
    )


class LocationNameForm(AnswersForm):
    name = StringField(
        "What is the name of this location?",
        description="This is how you refer to this location within your organisation.",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a name for this location"), Length(max=200)],
    )


class UnitsForm(AnswersForm):
    units = IntegerField(
        "How many units are at this location?",
        description="A unit is the space being let. For example, the property might be a block of flats and "
        "the unit would be the specific flat being let. A unit can also be a bedroom in a shared house or flat.",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter the total number of units at this location"),
            NumberRange(min=1, max=10_000, message="Enter the total number of units at this location"),
        ],
    )


class TypeOfUnitForm(AnswersForm):
    type_of_unit = _radios(
        "What is the most common type of unit at this location?",
        TYPES_OF_UNIT,
        "Select the most common type of unit at this location",
    )


class MobilityForm(AnswersForm):
    mobility_type = _radios(
        "What are the mobility standards for the majority of units in this location?",
        MOBILITY_TYPES,
        "Select the mobility standard for the majority of the units at this location",
    )


class AvailabilityForm(AnswersForm):
    startdate = GovDateField(
        "When did the first property in this location become available under this scheme?",
        description="For example, 27 3 2021",
    )


DATE_TYPE_DEFAULT = "default"
DATE_TYPE_OTHER = "other"


class ChangeAvailabilityForm(FlaskForm):
    """When a deactivation or reactivation takes effect: from the start of the open collection period, or from a
    date given in the box revealed by the second radio (the date is read only then)."""

    date_type = RadioField(
        "When should this change apply?",
        choices=[
            (DATE_TYPE_DEFAULT, "From the start of the open collection period"),  # the view adds the date
            (DATE_TYPE_OTHER, "For tenancies starting after a certain date"),
        ],
        validators=[InputRequired(message="Select one of the options")],
        widget=GovRadioInput(),
    )
    day = GovDateField("Date", message="Enter a valid day, month and year", description="For example, 27 3 2025")

    def validate(self, extra_validators: Any = None) -> bool:
        if self.date_type.data != DATE_TYPE_OTHER:
            self.day.process_errors = []  # a date left blank under the other radio is not an error
        return bool(super().validate(extra_validators))

    def chosen_day(self, open_collection_start: date) -> date:
        if self.date_type.data == DATE_TYPE_OTHER and self.day.data is not None:
            return self.day.data
        return open_collection_start
