from __future__ import annotations

from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from core_platform.telemetry import tracer_provider


def test_spans_are_recorded_only_when_something_receives_them() -> None:
    for exported in (True, False):
        exporter = InMemorySpanExporter()
        provider = tracer_provider("test", exported=exported)
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        tracer = provider.get_tracer(__name__)
        with tracer.start_as_current_span("request") as parent, tracer.start_as_current_span("grpc call") as child:
            # Unrecorded spans still carry one trace id, which log lines quote.
            assert parent.get_span_context().is_valid and child.get_span_context().is_valid
            assert child.get_span_context().trace_id == parent.get_span_context().trace_id
            assert parent.is_recording() is exported
        assert len(exporter.get_finished_spans()) == (2 if exported else 0)
