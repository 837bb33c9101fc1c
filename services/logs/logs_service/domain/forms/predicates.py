"""Named routing predicates: when a page is shown. Pages whose choice depends on the caller (which
organisations they may pick) ask the form context's `choices`."""

from __future__ import annotations

from logs_service.domain.forms.model import FormContext

# Choices sources: organisations the caller may pick, filled in by the service from organisations.
STOCK_OWNERS = "stock_owners"
MANAGING_AGENTS = "managing_agents"


def stock_owner_choice_needed(context: FormContext) -> bool:
    """Ask only when there is a choice: with one possible owner the service sets it itself."""
    return len(context.choices.options(STOCK_OWNERS, context.answers)) > 1


def managing_agent_choice_needed(context: FormContext) -> bool:
    return len(context.choices.options(MANAGING_AGENTS, context.answers)) > 1
