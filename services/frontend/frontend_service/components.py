"""The GOV.UK Design System components, as template globals (`govukButton(...)` needs no import).

The govuk-frontend-jinja macros are pure functions of their parameters, and slow: a radios group or the
header costs a good part of a millisecond, and a page calls dozens. Pages repeat the same calls request after
request (header, footer, filters, status tags, buttons), so the components people see on every page keep
their recent renders, keyed by the exact parameters, in a bounded cache per process. Components that show
what someone typed or a log's answers (summary lists, tables, task lists, filled-in inputs) are rendered
afresh every time: they rarely repeat, and answers about people should not linger in memory. Radios,
checkboxes and selects are kept: they hold which of their options is chosen (and, rarely, a revealed answer)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from jinja2 import Environment, Undefined
from markupsafe import Markup

ALWAYS, WHEN_EMPTY, NEVER = "always", "when empty", "never"  # when a component's renders are kept

# Global name: (component folder, when its renders are kept).
COMPONENTS: dict[str, tuple[str, str]] = {
    "govukBackLink": ("back-link", ALWAYS),
    "govukButton": ("button", ALWAYS),
    "govukCheckboxes": ("checkboxes", ALWAYS),
    "govukFooter": ("footer", ALWAYS),
    "govukHeader": ("header", ALWAYS),
    "govukPagination": ("pagination", ALWAYS),
    "govukPhaseBanner": ("phase-banner", ALWAYS),
    "govukRadios": ("radios", ALWAYS),
    "govukSelect": ("select", ALWAYS),
    "govukServiceNavigation": ("service-navigation", ALWAYS),
    "govukSkipLink": ("skip-link", ALWAYS),
    "govukTag": ("tag", ALWAYS),
    "govukDateInput": ("date-input", NEVER),
    "govukErrorSummary": ("error-summary", NEVER),
    "govukInput": ("input", WHEN_EMPTY),  # a filled-in one holds what someone typed
    "govukNotificationBanner": ("notification-banner", NEVER),
    "govukPanel": ("panel", NEVER),
    "govukSummaryList": ("summary-list", NEVER),
    "govukTable": ("table", NEVER),
    "govukTaskList": ("task-list", NEVER),
    "govukWarningText": ("warning-text", NEVER),
}
KEPT_RENDERS = 2048  # per process; a render is a few kilobytes


class _Unkeyable(Exception):
    """A parameter of a type whose rendering cannot be told from a key (an object, a date): render afresh."""


def parameters_key(value: Any) -> Hashable:
    """A key equal for two parameter sets exactly when the macro renders them alike. Markup and text differ
    (text is escaped), as do True and 1 (shown as "True" and "1"); mapping order is kept (it orders
    attributes)."""
    if isinstance(value, Markup):
        return ("html", str(value))
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool | int | float):
        return (type(value).__name__, value)
    if isinstance(value, Mapping):
        return ("map", tuple((name, parameters_key(item)) for name, item in value.items()))
    if isinstance(value, list | tuple):
        return ("seq", tuple(parameters_key(item) for item in value))
    if isinstance(value, Undefined):
        return ("undefined",)
    raise _Unkeyable(type(value).__name__)


class RenderCache:
    def __init__(self, size: int) -> None:
        self._size = size
        self._renders: OrderedDict[Hashable, Markup] = OrderedDict()
        self._lock = threading.Lock()  # gunicorn's threads share it

    def get(self, key: Hashable) -> Markup | None:
        with self._lock:
            found = self._renders.get(key)
            if found is not None:
                self._renders.move_to_end(key)
            return found

    def put(self, key: Hashable, render: Markup) -> None:
        with self._lock:
            self._renders[key] = render
            if len(self._renders) > self._size:
                self._renders.popitem(last=False)


class KeptComponent:
    """A component macro whose renders are kept. A call with a `caller` (a `{% call %}` block) has content
    the key cannot see, so it is always rendered."""

    def __init__(
        self, name: str, macro: Callable[..., Markup], cache: RenderCache, *, only_empty: bool = False
    ) -> None:
        self._name = name
        self._macro = macro
        self._cache = cache
        self._only_empty = only_empty

    def __call__(self, params: Mapping[str, Any] | None = None, **kwargs: Any) -> Markup:
        if kwargs or (self._only_empty and params and params.get("value")):
            return self._macro(params, **kwargs)
        try:
            key = (self._name, parameters_key(params))
        except _Unkeyable:
            return self._macro(params)
        render = self._cache.get(key)
        if render is None:
            render = self._macro(params)
            self._cache.put(key, render)
        return render


def component_globals(env: Environment, kept_renders: int = KEPT_RENDERS) -> dict[str, Callable[..., Markup]]:
    cache = RenderCache(kept_renders)
    found: dict[str, Callable[..., Markup]] = {}
    for name, (folder, kept) in COMPONENTS.items():
        macro = getattr(env.get_template(f"govuk_frontend_jinja/components/{folder}/macro.html").module, name)
        found[name] = macro if kept == NEVER else KeptComponent(name, macro, cache, only_empty=kept == WHEN_EMPTY)
    return found
