"""Header navigation by role: data, so new areas (users, organisations, schemes, sales logs) are a line
each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import request, url_for

from core_platform.auth.principal import ROLE_DATA_COORDINATOR, ROLE_DATA_PROVIDER, ROLE_SUPPORT
from frontend_service.clients.models import User


@dataclass(frozen=True)
class NavItem:
    text: str
    endpoint: str
    area: str = ""  # blueprint whose pages mark this item active; empty: only the endpoint itself


HOME = NavItem("Home", "pages.show_home")
LETTINGS_LOGS = NavItem("Lettings logs", "lettings_logs.list_logs", area="lettings_logs")
SALES_LOGS = NavItem("Sales logs", "sales_logs.list_logs", area="sales_logs")

USERS = NavItem("Users", "users.list_users", area="users")
API_CLIENTS = NavItem("API clients", "api_clients.list_api_clients", area="api_clients")

ORGANISATIONS = NavItem("Organisations", "organisations.list_organisations", area="organisations")
SCHEMES = NavItem("Schemes", "schemes.list_schemes", area="schemes")
ABOUT_ORGANISATION = NavItem("About your organisation", "organisations.show_own_organisation")
SERVICE_ALERTS = NavItem("Service alerts", "alerts.list_alerts", area="alerts")

NAVIGATION: dict[str, tuple[NavItem, ...]] = {
    ROLE_DATA_PROVIDER: (HOME, LETTINGS_LOGS, SALES_LOGS, ABOUT_ORGANISATION),
    ROLE_DATA_COORDINATOR: (HOME, LETTINGS_LOGS, SALES_LOGS, SCHEMES, USERS, ABOUT_ORGANISATION),
    ROLE_SUPPORT: (HOME, ORGANISATIONS, LETTINGS_LOGS, SALES_LOGS, SCHEMES, USERS, API_CLIENTS, SERVICE_ALERTS),
}


def navigation_for(user: User | None) -> list[dict[str, Any]]:
    """Items for govukServiceNavigation; none when signed out."""
    if user is None:
        return []
    items = []
    for item in NAVIGATION.get(user.role, ()):
        current = request.endpoint == item.endpoint
        active = current or bool(item.area and request.blueprint == item.area)
        items.append({"text": item.text, "href": url_for(item.endpoint), "current": current, "active": active})
    return items
