"""GOV.UK widgets not in govuk-frontend-wtf."""

from __future__ import annotations

from typing import Any

from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from markupsafe import Markup


class GovPlainPasswordInput(GovTextInput):
    """The GOV.UK text input with type="password" and never a value: a password field labelled only by
    its own label (the password-input component's "Show password" button shares the word "password",
    which makes "the field labelled Password" ambiguous to assistive technology and to browser tests)."""

    input_type = "password"

    def __call__(self, field: Any, **kwargs: Any) -> Markup:
        kwargs["value"] = ""
        return Markup(super().__call__(field, **kwargs))
