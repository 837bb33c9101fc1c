"""OpenTelemetry for every process: one trace from the browser request through the frontend, gRPC,
the database and Celery tasks. Spans are exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set,
sampled as OTEL_TRACES_SAMPLER says (the SDK's variables; every trace by default).

With nowhere to send spans, none is recorded and queries are not instrumented: building spans cost each
request about a millisecond across the services. Trace and span ids are still made and passed on, so log
lines stay correlated."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanProcessor
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ParentBased

_initialised = False


def init_telemetry(service: str, otel_endpoint: str = "", processor: SpanProcessor | None = None) -> None:
    """Install the tracer provider and instrument gRPC (both sides), SQLAlchemy and Celery.

    Must run before any gRPC server or channel is created. Safe to call more than once.
    """
    global _initialised
    if _initialised:
        return
    _initialised = True
    exported = processor is not None or bool(otel_endpoint)
    provider = tracer_provider(service, exported=exported)
    if processor is not None:
        provider.add_span_processor(processor)
    if otel_endpoint:
        provider.add_span_processor(BatchSpanProcessor(_otlp_exporter(otel_endpoint)))
    trace.set_tracer_provider(provider)
    _instrument_libraries(queries=exported)


def tracer_provider(service: str, *, exported: bool) -> TracerProvider:
    return TracerProvider(
        resource=Resource.create({"service.name": f"core-{service}"}),
        sampler=None if exported else ParentBased(ALWAYS_OFF),  # None: the SDK's, from the environment
    )


def _otlp_exporter(endpoint: str) -> SpanExporter:
    from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter(endpoint=endpoint)


def _instrument_libraries(*, queries: bool) -> None:
    """gRPC and Celery always, as they carry the trace on to the next process; a span per database query
    only when spans are exported, since nothing else reads it."""
    from opentelemetry.instrumentation.celery import CeleryInstrumentor
    from opentelemetry.instrumentation.grpc import GrpcInstrumentorClient, GrpcInstrumentorServer
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    GrpcInstrumentorServer().instrument()
    GrpcInstrumentorClient().instrument()
    if queries:
        SQLAlchemyInstrumentor().instrument()
    CeleryInstrumentor().instrument()
