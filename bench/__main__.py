"""`make bench`: platform figures (never part of `make test`). Prints them and writes
bench/results/platform-<date>.json."""

from __future__ import annotations

import json
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import grpc
from sqlalchemy import MetaData

from bench.validation import bench_engine
from core_platform.db import make_engine, make_session_factory, session_scope
from core_platform.events.outbox import outbox_table, record_event
from core_platform.events.relay import OutboxRelay
from core_platform.events.topology import Subscription
from core_platform.events.transport import DiskTransport
from core_platform.grpc_client import call
from core_platform.testing import make_test_keys, running_grpc_server

RESULTS = Path(__file__).resolve().parent / "results"


def timed(action: Callable[[], object], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "count": repeat,
        "per_second": round(repeat / (sum(samples) / 1000), 1),
        "p50_ms": round(statistics.median(samples), 3),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 3),
    }


def bench_token_verification() -> dict[str, float]:
    keys = make_test_keys()
    token = keys.token()
    return timed(lambda: keys.verifier.verify(token), 2000)


def bench_grpc_round_trip() -> dict[str, float]:
    """A unary call through the full interceptor chain (log, auth, errors) over a real channel."""
    keys = make_test_keys()

    def register(server: grpc.Server) -> str:
        handler = grpc.unary_unary_rpc_method_handler(lambda request, context: request)
        server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("bench.v1.Echo", {"Echo": handler}),))
        return "bench.v1.Echo"

    with running_grpc_server([register], keys.verifier) as (_server, channel):
        echo, token = channel.unary_unary("/bench.v1.Echo/Echo"), keys.token()
        call(echo, b"warm-up", token=token)
        return timed(lambda: call(echo, b"x" * 64, token=token), 2000)


def bench_outbox_relay(events: int = 5000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite")
        metadata = MetaData()
        outbox = outbox_table(metadata)
        metadata.create_all(engine)
        sessions = make_session_factory(engine)
        with session_scope(sessions) as session:
            for n in range(events):
                record_event(session, outbox, "bench.thing_happened", {"n": n})
        transport = DiskTransport(Path(tmp) / "events", (Subscription("bench", ("bench.*",)),))
        relay = OutboxRelay("bench", sessions, outbox, transport)
        started = time.perf_counter()
        while relay.relay_batch():
            pass
        elapsed = time.perf_counter() - started
        return {"events": events, "per_second": round(events / elapsed, 1)}


def main() -> None:
    figures = {
        "taken_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "processor": platform.processor() or platform.machine()},
        "token_verification": bench_token_verification(),
        "grpc_unary_round_trip": bench_grpc_round_trip(),
        "outbox_relay_disk": bench_outbox_relay(),
        "lettings_validation_engine": bench_engine(),
    }
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"platform-{datetime.now(UTC):%Y-%m-%d}.json"
    path.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
