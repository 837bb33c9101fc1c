"""Tables, query functions and migrations of the organisations service."""
