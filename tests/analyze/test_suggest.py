"""The suggestion step: describe the handler, take the best template, render its contract."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from scaffold.analyze import Handler, Protection, analyze_path
from scaffold.analyze._suggest import describe, lazy_suggester, make_suggester, project_suggester
from scaffold.catalog import Template, load_catalog
from scaffold.errors import UserError

FIXTURES = Path(__file__).parent / "fixtures"


def _handler(function: str, methods: tuple[str, ...], path: str, docstring: str = "") -> Handler:
    return Handler("app.py", 1, function, "fastapi", methods, path, Protection(), docstring)


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (
            _handler("update_profile", ("PATCH",), "/users/{user_id}/profile", "Edit it.\nMore."),
            "update profile users profile edit it",
        ),
        (_handler("item", ("DELETE",), "/api/v1/items/<int:pk>"), "delete item items"),
        (_handler("OrderViewSet.destroy", ("DELETE",), "/orders/<pk>/"), "destroy order orders"),
        (_handler("SignupView.post", ("POST",), "/signup/"), "signup signup"),
    ],
)
def test_description_uses_name_path_and_docstring(handler: Handler, expected: str) -> None:
    assert describe(handler) == expected


@dataclass
class _Found:
    template: str
    score: float
    reasons: list[str]
    spec: Template


def test_suggester_takes_the_best_match_and_renders_its_contract() -> None:
    spec = load_catalog().get("user_profile_update")
    seen: list[str] = []

    def matcher(description: str) -> list[_Found]:
        seen.append(description)
        return [_Found("user_profile_update", 0.91234, ["pattern 'update profile'"], spec)]

    suggestion = make_suggester(matcher)(_handler("update_profile", ("PATCH",), "/me"))
    assert seen == ["update profile me"]
    assert suggestion is not None
    assert (suggestion.template, suggestion.score) == ("user_profile_update", 0.912)
    assert suggestion.reasons == ("pattern 'update profile'",)
    assert suggestion.contract.startswith('@contract(\n    requires=[\n        auth("user"),')


def test_no_words_or_no_match_means_no_suggestion() -> None:
    def refuses(description: str) -> list[_Found]:
        raise UserError("nothing to match")

    assert make_suggester(refuses)(_handler("x", ("GET",), "/")) is None
    assert make_suggester(lambda _: [])(_handler("list_items", ("GET",), "/items")) is None


def test_real_matcher_suggests_a_template_for_every_finding() -> None:
    root = FIXTURES / "fastapi_shop"
    catalog = load_catalog()
    report = analyze_path(root, suggest=project_suggester(root, catalog))
    assert report.findings
    names = set(catalog.templates)
    for finding in report.findings:
        assert finding.suggestion is not None
        assert finding.suggestion.template in names or finding.suggestion.template.startswith(
            "fallback:"
        )
        ast.parse(finding.suggestion.contract.removeprefix("@") + "\n")
    by_function = {h.function: h.suggestion for h in report.handlers}
    replace = by_function["replace_user"]
    assert replace is not None
    assert replace.template == "user_profile_update"


def test_the_lazy_suggester_loads_on_the_first_handler_and_reports_errors_once(
    tmp_path: Path,
) -> None:
    built: list[str] = []
    errors: list[UserError] = []

    def broken() -> object:
        built.append("built")
        raise UserError("registry.yaml: broken", hint="fix it")

    suggest = lazy_suggester(broken, errors.append)  # type: ignore[arg-type]
    (tmp_path / "lib.py").write_text("def helper():\n    return 1\n", encoding="utf-8")
    analyze_path(tmp_path, suggest=suggest)
    assert built == []  # no route, no catalog
    handler = _handler("delete_item", ("DELETE",), "/items/{item_id}")
    assert suggest(handler) is None
    assert suggest(handler) is None
    assert built == ["built"]
    assert [str(e) for e in errors] == ["registry.yaml: broken (fix it)"]
