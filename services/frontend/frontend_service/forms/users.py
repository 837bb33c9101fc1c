"""Forms for the sign-in code, users pages and passwords."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    Field,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)
from wtforms.validators import Email, EqualTo, InputRequired, Length, Regexp, ValidationError

from frontend_service.forms.account import EMAIL_FORMAT_MESSAGE
from frontend_service.forms.widgets import GovPlainPasswordInput

PASSWORD_HINT = "Your password must be at least 12 characters and hard to guess. A few random words work well."
ROLE_CHOICES = [
    ("data_provider", "Data provider"),
    ("data_coordinator", "Data coordinator"),
]
SUPPORT_ROLE = ("support", "Support")
FLAG_CHOICES = [("is_dpo", "Data protection officer (DPO)"), ("is_key_contact", "Key contact")]
ORGANISATION_MESSAGE = "Select the user’s organisation"


class SecurityCodeForm(FlaskForm):
    code = StringField(
        "Security code",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter the security code"),
            Regexp(r"^\s*\d{6}\s*$", message="Enter the 6-digit security code from the email"),
        ],
    )


class AuthenticatorCodeForm(FlaskForm):
    code = StringField(
        "Code from your authenticator app",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter the code from your authenticator app"),
            Regexp(r"^\s*\d{6}\s*$", message="Enter the 6-digit code from your authenticator app"),
        ],
    )


class ResendCodeForm(FlaskForm):
    submit = SubmitField("Resend security code", widget=GovSubmitInput())


def _email_field() -> StringField:
    return StringField(
        "Email address",
        widget=GovTextInput(),
        validators=[InputRequired("Enter an email address"), Email(EMAIL_FORMAT_MESSAGE), Length(max=254)],
    )


def _name_field() -> StringField:
    return StringField(
        "Name",
        widget=GovTextInput(),
        validators=[InputRequired("Enter a name"), Length(max=200, message="Name must be 200 characters or fewer")],
    )


class UserDetailsForm(FlaskForm):
    """Name and email: all anyone may change about themselves."""

    name = _name_field()
    email = _email_field()


def _known_organisation(form: FlaskForm, field: Field) -> None:
    if field.data not in {value for value, _label in field.choices or [] if value}:
        raise ValidationError(ORGANISATION_MESSAGE)


class InviteUserForm(FlaskForm):
    """Support also pick the organisation; the view removes that field for coordinators."""

    name = _name_field()
    email = _email_field()
    role = RadioField("Role", widget=GovRadioInput(), choices=ROLE_CHOICES, validators=[InputRequired("Select a role")])
    flags = SelectMultipleField("Responsibilities", widget=GovCheckboxesInput(), choices=FLAG_CHOICES)
    organisation_id = SelectField(
        "Organisation",
        widget=GovSelect(),
        validate_choice=False,  # one specific message for empty and unknown values alike
        validators=[InputRequired(ORGANISATION_MESSAGE), _known_organisation],
    )


class EditUserForm(InviteUserForm):
    pass


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(
        "Current password", widget=GovPlainPasswordInput(), validators=[InputRequired("Enter your current password")]
    )
    password = PasswordField(
        "New password",
        widget=GovPlainPasswordInput(),
        description=PASSWORD_HINT,
        validators=[InputRequired("Enter a new password")],
    )
    password_confirmation = PasswordField(
        "Confirm new password",
        widget=GovPlainPasswordInput(),
        validators=[
            InputRequired("Confirm your new password"),
            EqualTo("password", "The passwords you entered do not match"),
        ],
    )


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        "Password",
        widget=GovPlainPasswordInput(),
        description=PASSWORD_HINT,
        validators=[InputRequired("Enter a password")],
    )
    password_confirmation = PasswordField(
        "Confirm password",
        widget=GovPlainPasswordInput(),
        validators=[
            InputRequired("Confirm your password"),
            EqualTo("password", "The passwords you entered do not match"),
        ],
    )


class ConfirmForm(FlaskForm):
    """A button only: deactivate, reactivate, resend invitation."""


API_SCOPE_CHOICES = [("logs:read", "Read logs (logs:read)"), ("logs:write", "Create and change logs (logs:write)")]


class ApiClientForm(FlaskForm):
    name = StringField(
        "Name",
        widget=GovTextInput(),
        description="What the client is, for example the organisation's housing management system.",
        validators=[InputRequired("Enter a name for the API client"), Length(max=200)],
    )
    organisation_code = StringField(
        "Organisation code",
        widget=GovTextInput(),
        description="The CORE code of the organisation it acts for, like ORG1. Leave empty if department-wide.",
        validators=[Length(max=20)],
    )
    department_wide = BooleanField("Department-wide, read-only client", widget=GovCheckboxInput())
    scopes = SelectMultipleField("Scopes", widget=GovCheckboxesInput(), choices=API_SCOPE_CHOICES)
