"""Sign-in and password forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import PasswordField, StringField
from wtforms.validators import Email, EqualTo, InputRequired, Length

from frontend_service.forms.widgets import GovPlainPasswordInput

EMAIL_FORMAT_MESSAGE = "Enter an email address in the correct format, like name@example.com"


class SignInForm(FlaskForm):
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        validators=[InputRequired("Enter an email address"), Email(EMAIL_FORMAT_MESSAGE), Length(max=254)],
    )
    password = PasswordField("Password", widget=GovPlainPasswordInput(), validators=[InputRequired("Enter a password")])


class RequestPasswordResetForm(FlaskForm):
    email = StringField(
        "Email address",
        widget=GovTextInput(),
        validators=[InputRequired("Enter an email address"), Email(EMAIL_FORMAT_MESSAGE), Length(max=254)],
    )


class EditPasswordForm(FlaskForm):
    password = PasswordField(
        "New password",
        widget=GovPlainPasswordInput(),
        description="Your password must be at least 8 characters and hard to guess.",
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
