"""What the CDS export works with: collections, run statuses, the nightly schedule and who may read.

The skeleton records which logs each nightly run covers; writing the XML archives, manifests and the
master manifest to object storage (described in ../shared/reference/export/README.md) comes later.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from core_platform.auth.principal import KIND_CLIENT, Principal

COLLECTIONS = ("lettings", "sales")

# A run is "started" only inside its own transaction for now; "recorded" once it has taken the pending
# log changes. "written" and "failed" come with the XML writer.
RUN_STATUS_STARTED = "started"
RUN_STATUS_RECORDED = "recorded"

LOG_EVENT_TYPES = ("logs.log_created", "logs.log_updated", "logs.log_deleted")

LONDON = ZoneInfo("Europe/London")


def run_date_for(moment: datetime) -> date:
    """The run date of an export started at `moment`: the London calendar day."""
    return moment.astimezone(LONDON).date()


def may_read_pending_changes(principal: Principal) -> bool:
    # Support staff check what the next run will send; API clients (other government systems) may too.
    return principal.is_support or principal.kind == KIND_CLIENT


def may_read_export_runs(principal: Principal) -> bool:
    return principal.is_support
