"""The form engine: definitions per (log type, collection year), routing and answer parsing."""
