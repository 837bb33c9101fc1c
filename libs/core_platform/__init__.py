"""Shared plumbing for every CORE service: configuration, databases, gRPC, tokens, Celery, events,
object storage, email and telemetry. Services import from here; this package imports no service."""
