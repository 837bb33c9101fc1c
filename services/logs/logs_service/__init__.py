"""Logs: lettings and sales logs, their form definitions and validation (`core.logs.v1`)."""
