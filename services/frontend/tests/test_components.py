from __future__ import annotations

from datetime import date

from flask import Flask, render_template_string
from markupsafe import Markup

from frontend_service.components import KeptComponent, RenderCache, parameters_key


def render(app: Flask, source: str, **context: object) -> str:
    with app.test_request_context():
        return " ".join(render_template_string(source, **context).split())


def test_kept_components_render_exactly_as_the_macros(app: Flask) -> None:
    direct = '{% from "govuk_frontend_jinja/components/tag/macro.html" import govukTag as macro %}{{ macro(params) }}'
    for params in ({"text": "In progress", "classes": "govuk-tag--blue"}, {"html": Markup("<b>Done</b>")}):
        expected = render(app, direct, params=params)
        assert "govuk-tag" in expected
        assert render(app, "{{ govukTag(params) }}", params=params) == expected
        assert render(app, "{{ govukTag(params) }}", params=params) == expected  # the kept render, reused


def test_different_parameters_never_share_a_render(app: Flask) -> None:
    source = "{{ govukTag(params) }}"
    assert "&lt;b&gt;" in render(app, source, params={"text": "<b>"})
    assert "<b>" in render(app, source, params={"html": Markup("<b>")})
    assert "> Completed <" in render(app, source, params={"text": "Completed"})
    assert "> True <" in render(app, source, params={"text": True})
    assert "> 1 <" in render(app, source, params={"text": 1})


def test_keys_tell_apart_text_markup_types_and_order() -> None:
    assert parameters_key({"text": "<b>"}) != parameters_key({"text": Markup("<b>")})
    assert parameters_key({"value": True}) != parameters_key({"value": 1})
    assert parameters_key({"a": 1, "b": 2}) != parameters_key({"b": 2, "a": 1})
    assert parameters_key({"items": [{"value": "1"}]}) == parameters_key({"items": [{"value": "1"}]})


class CountingMacro:
    def __init__(self) -> None:
        self.calls: list[object] = []

    def __call__(self, params: object = None, **kwargs: object) -> Markup:
        self.calls.append(params)
        return Markup(f"<p>{len(self.calls)}</p>")


def test_a_call_block_and_unkeyable_parameters_are_rendered_each_time() -> None:
    macro = CountingMacro()
    kept = KeptComponent("govukFieldset", macro, RenderCache(10))
    kept({"legend": "a"}, caller=lambda: "first")
    kept({"legend": "a"}, caller=lambda: "second")
    kept({"text": date(2025, 4, 1)})
    kept({"text": date(2025, 4, 1)})
    assert len(macro.calls) == 4


def test_the_cache_keeps_only_its_most_recent_renders() -> None:
    macro = CountingMacro()
    kept = KeptComponent("govukTag", macro, RenderCache(2))
    first = kept({"text": "first"})
    assert kept({"text": "first"}) == first and len(macro.calls) == 1
    kept({"text": "second"})
    kept({"text": "third"})  # pushes "first" out
    assert kept({"text": "first"}) != first and len(macro.calls) == 4


def test_an_input_is_kept_only_while_empty() -> None:
    macro = CountingMacro()
    kept = KeptComponent("govukInput", macro, RenderCache(10), only_empty=True)
    for _ in range(2):
        kept({"name": "search", "value": ""})
        kept({"name": "search", "value": "T0001234"})
    assert macro.calls == [
        {"name": "search", "value": ""},
        {"name": "search", "value": "T0001234"},
        {"name": "search", "value": "T0001234"},
    ]
