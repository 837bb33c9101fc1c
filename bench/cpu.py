"""CPU time per request, by process: what each service spends serving a scenario, read from /proc before and
after it (user and system time of every process in the service's process group, and of every PostgreSQL
backend). Unlike rates and latencies, these hardly move when something else loads the machine."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

PROC = Path("/proc")
POSTGRES = "postgres"


def _cpu_seconds(stat: str) -> float:
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _process_group(stat: str) -> int:
    return int(stat.rsplit(")", 1)[1].split()[2])


def _command(stat: str) -> str:
    return stat.split("(", 1)[1].rsplit(")", 1)[0]


def cpu_by_service(groups: Mapping[str, int]) -> dict[str, float]:
    """CPU seconds used so far by each named process group, and by PostgreSQL (every process named
    postgres: on a machine whose PostgreSQL serves others too, theirs counts as well)."""
    totals = dict.fromkeys([*groups, POSTGRES], 0.0)
    by_group = {pgid: name for name, pgid in groups.items()}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        name = POSTGRES if _command(stat).startswith(POSTGRES) else by_group.get(_process_group(stat))
        if name is not None:
            totals[name] += _cpu_seconds(stat)
    return totals


def per_request_ms(before: Mapping[str, float], after: Mapping[str, float], requests: int) -> dict[str, float]:
    figures = {name: round((after[name] - before[name]) * 1000 / max(requests, 1), 2) for name in after}
    return figures | {"total": round(sum(figures.values()), 2)}
