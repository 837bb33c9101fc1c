"""Units of work: each opens one transaction and combines the domain rules with the data."""
