"""Tables, query functions and migrations of the logs service."""
