"""Forms of the logs pages. Question pages have no fixed fields (the logs service describes them), so
their form carries only the CSRF token."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect
from wtforms import Field, HiddenField, SelectField, SelectMultipleField
from wtforms.validators import ValidationError


class CreateLogForm(FlaskForm):
    pass


class QuestionPageForm(FlaskForm):
    pass


class DeleteLogForm(FlaskForm):
    pass


class ClearAnswersForm(FlaskForm):
    """Clearing answers from the check errors page: only the CSRF token is checked here."""


class ResolveDuplicatesForm(FlaskForm):
    """Its submit button's name says which: "keep" or "not_a_duplicate"."""


def _offered(form: FlaskForm, field: Field) -> None:
    """The value must be one the logs service offered (its choices are the form's own)."""
    if not field.data or field.data not in {value for value, _label in field.choices or ()}:
        raise ValidationError(field.gettext(MESSAGES[field.name]))


MESSAGES = {
    "owning_organisation_id": "Select the stock owner",
    "managing_organisation_id": "Select the managing agent",
    "assigned_to_id": "Select the user the log is for",
}


class ReassignLogForm(FlaskForm):
    owning_organisation_id = SelectField(
        "Stock owner", widget=GovSelect(), validate_choice=False, validators=[_offered]
    )
    managing_organisation_id = SelectField(
        "Managing agent", widget=GovSelect(), validate_choice=False, validators=[_offered]
    )
    assigned_to_id = SelectField("Log owner", widget=GovSelect(), validate_choice=False, validators=[_offered])
    version = HiddenField()


class BulkReassignForm(FlaskForm):
    """Chosen on the logs list (log_ids), then the user, then confirmed (step)."""

    log_ids = SelectMultipleField(validate_choice=False)
    assigned_to_id = SelectField("Log owner", widget=GovSelect(), validate_choice=False, validators=[_offered])
    step = HiddenField()
