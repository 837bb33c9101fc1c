"""WTForms forms, each field with a GOV.UK widget and a specific GOV.UK error message."""
