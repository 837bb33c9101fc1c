"""Identity: users, credentials, sessions, API clients and the keys that sign access tokens."""
