"""Organisations: providers and their stock-owner/managing-agent relationships (`core.organisations.v1`)."""
