"""Organisation forms: support sees every field; a data coordinator the contact details and rent periods."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovRadioInput, GovSelect, GovTextInput
from wtforms import IntegerField, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

# The lettings form's rent periods (`period`), in its order.
RENT_PERIODS = (
    ("2", "Every 2 weeks"),
    ("3", "Every 4 weeks"),
    ("4", "Every calendar month"),
    ("9", "Weekly for 46 weeks"),
    ("8", "Weekly for 47 weeks"),
    ("7", "Weekly for 48 weeks"),
    ("6", "Weekly for 49 weeks"),
    ("5", "Weekly for 50 weeks"),
    ("11", "Weekly for 51 weeks"),
    ("1", "Weekly for 52 weeks"),
    ("10", "Weekly for 53 weeks"),
)
RENT_PERIOD_LABELS = {int(code): label for code, label in RENT_PERIODS}
PROVIDER_TYPES = (("LA", "Local authority"), ("PRP", "Private registered provider"))
PROVIDER_TYPE_LABELS = dict(PROVIDER_TYPES)
COORDINATOR_FIELDS = ("address_line1", "address_line2", "postcode", "phone", "rent_periods")


class OrganisationForm(FlaskForm):
    name = StringField(
        "Name", widget=GovTextInput(), validators=[InputRequired("Enter the name of the organisation"), Length(max=200)]
    )
    provider_type = RadioField(
        "Organisation type",
        choices=PROVIDER_TYPES,
        widget=GovRadioInput(),
        validators=[InputRequired("Select the organisation type")],
    )
    housing_registration_no = StringField(
        "Housing regulator registration number", widget=GovTextInput(), validators=[Optional(), Length(max=20)]
    )
    address_line1 = StringField("Address line 1", widget=GovTextInput(), validators=[Optional(), Length(max=200)])
    address_line2 = StringField("Town or city", widget=GovTextInput(), validators=[Optional(), Length(max=200)])
    postcode = StringField("Postcode", widget=GovTextInput(), validators=[Optional(), Length(max=10)])
    phone = StringField("Telephone number", widget=GovTextInput(), validators=[Optional(), Length(max=30)])
    holds_own_stock = RadioField(
        "Does the organisation hold its own stock?",
        choices=(("yes", "Yes"), ("no", "No")),
        widget=GovRadioInput(),
        validators=[InputRequired("Select yes if the organisation holds its own stock")],
    )
    general_needs_units = IntegerField(
        "Number of general needs units",
        widget=GovTextInput(),
        validators=[Optional(), NumberRange(min=0, message="Number of units must be 0 or more")],
    )
    supported_housing_units = IntegerField(
        "Number of supported housing units",
        widget=GovTextInput(),
        validators=[Optional(), NumberRange(min=0, message="Number of units must be 0 or more")],
    )
    rent_periods = SelectMultipleField(
        "Rent periods",
        description="Select every rent period the organisation uses. Leave all unselected if it uses all of them.",
        choices=RENT_PERIODS,
        widget=GovCheckboxesInput(),
    )

    def limit_to(self, fields: tuple[str, ...]) -> None:
        """Remove the fields this user may not change."""
        for name in [field.name for field in self if field.name != "csrf_token"]:
            if name not in fields:
                delattr(self, name)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in self:
            if field.name == "csrf_token":
                continue
            if field.name == "holds_own_stock":
                values[field.name] = field.data == "yes"
            elif field.name == "rent_periods":
                values[field.name] = [int(code) for code in field.data or []]
            elif field.name in ("general_needs_units", "supported_housing_units"):
                values[field.name] = field.data
            else:
                values[field.name] = (field.data or "").strip()
        return values


class RelationshipForm(FlaskForm):
    organisation_id = SelectField(
        "Organisation", widget=GovSelect(), validators=[InputRequired("You must choose an organisation")]
    )
