"""Pure rules: form definitions, answer parsing and validation, statuses, who may see a log."""
