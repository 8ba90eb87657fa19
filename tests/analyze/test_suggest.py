"""The suggestion step: describe the handler, take the best template, render its contract."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from scaffold.analyze import Handler, Protection, analyze_path
from scaffold.analyze._suggest import (
    describe,
    guard_of,
    lazy_suggester,
    make_suggester,
    project_suggester,
)
from scaffold.catalog import Template, load_catalog
from scaffold.errors import UserError
from scaffold.matching import ProjectAccess

FIXTURES = Path(__file__).parent / "fixtures"


def _handler(function: str, methods: tuple[str, ...], path: str, docstring: str = "") -> Handler:
    return Handler("app.py", 1, function, "fastapi", methods, path, Protection(), docstring)


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (
            _handler("update_profile", ("PATCH",), "/users/{user_id}/profile", "Edit it.\nMore."),
            "update profile user profile edit it",
        ),
        (_handler("item", ("DELETE",), "/api/v1/items/<int:pk>"), "delete item item"),
        (_handler("OrderViewSet.destroy", ("DELETE",), "/orders/<pk>/"), "destroy order order"),
        (_handler("clear", ("DELETE",), "/order-items"), "delete clear order items"),
        # a singular that is a noise word keeps the plural: "view" would be dropped
        (_handler("get_view", ("GET",), "/views/{view_id}"), "get views"),
        (_handler("SignupView.post", ("POST",), "/signup/"), "signup signup"),
    ],
)
def test_description_uses_name_path_and_docstring(handler: Handler, expected: str) -> None:
    assert describe(handler) == expected


@pytest.mark.parametrize(
    ("function", "method", "path"),
    [
        ("update_channel", "PUT", "/channels/{channel_id}"),
        ("delete_channel", "DELETE", "/channels/{channel_id}"),
        ("archive_project", "POST", "/projects/{project_id}/archive"),
        ("update_order", "PATCH", "/api/orderItems/{item_id}"),
    ],
)
def test_a_route_to_one_record_is_not_offered_the_bulk_contract(
    function: str, method: str, path: str
) -> None:
    """The collection named before the record's parameter is read in the singular: before
    this, "update channel channels" read as a change to many and a guarded single-record
    route was offered ``bulk_operation``."""
    admin = Protection(authenticated=True, role_checked=True, evidence=("Depends(admin)",))
    catalog = load_catalog(include_user=False)
    for protection in (Protection(), admin):
        handler = Handler("app.py", 1, function, "fastapi", (method,), path, protection)
        suggestion = project_suggester(Path("."), catalog)(handler)
        assert suggestion is not None
        assert "bulk" not in suggestion.template


@dataclass
class _Found:
    template: str
    score: float
    reasons: list[str]
    spec: Template


def test_suggester_takes_the_best_match_and_renders_its_contract() -> None:
    spec = load_catalog().get("user_profile_update")
    seen: list[str] = []

    def matcher(description: str, guard: ProjectAccess | None) -> list[_Found]:
        assert guard is None  # the handler has no guard
        seen.append(description)
        return [_Found("user_profile_update", 0.91234, ["pattern 'update profile'"], spec)]

    suggestion = make_suggester(matcher)(_handler("update_profile", ("PATCH",), "/me"))
    assert seen == ["update profile me"]
    assert suggestion is not None
    assert (suggestion.template, suggestion.score) == ("user_profile_update", 0.912)
    assert suggestion.reasons == ("pattern 'update profile'",)
    assert suggestion.contract.startswith('@contract(\n    requires=[\n        auth("user"),')


def test_no_words_or_no_match_means_no_suggestion() -> None:
    def refuses(description: str, guard: ProjectAccess | None) -> list[_Found]:
        raise UserError("nothing to match")

    assert make_suggester(refuses)(_handler("x", ("GET",), "/")) is None
    assert make_suggester(lambda _, __: [])(_handler("list_items", ("GET",), "/items")) is None


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


@pytest.mark.parametrize(
    ("protection", "role", "said"),
    [
        (
            Protection(authenticated=True, role_checked=True, evidence=("admin_only",)),
            "admin",
            "admin (admin_only)",
        ),
        (
            Protection(authenticated=True, role_checked=True, ownership_checked=True),
            None,
            "a signed-in caller",
        ),
        (
            Protection(authenticated=True, evidence=("Depends(current_user)", "current_user")),
            None,
            "a signed-in caller (Depends(current_user), current_user)",
        ),
    ],
)
def test_the_handlers_guards_become_evidence_for_its_suggestion(
    protection: Protection, role: str | None, said: str
) -> None:
    guard = guard_of(protection)
    assert guard is not None
    assert guard.role == role
    assert guard.reason == f"route: its guards require {said}"


def test_an_unguarded_handler_brings_no_evidence() -> None:
    assert guard_of(Protection()) is None
    assert guard_of(Protection(public="allow_any")) is None


def test_a_suggestion_is_never_weaker_than_the_guards_the_route_has() -> None:
    """Read from the words alone, the admin route's name asks for a signed-in read and the
    signed-in health check for a public contract: each would drop a guard the route has."""
    from scaffold.guidance import contract_text
    from scaffold.matching import match

    root = FIXTURES / "fastapi_guarded"
    catalog = load_catalog()
    report = analyze_path(root, suggest=project_suggester(root, catalog))
    by_function = {h.function: h for h in report.handlers}

    barber = by_function["get_appointments_by_barber"]
    assert barber.protection.role_checked
    words_alone = match(describe(barber), catalog, limit=1)[0]
    assert 'auth("user")' in contract_text(words_alone.spec)
    assert barber.suggestion is not None
    assert 'auth("admin")' in barber.suggestion.contract
    assert barber.suggestion.reasons[0].startswith("route: its guards require admin (")

    health = by_function["health_check"]
    assert match(describe(health), catalog, limit=1)[0].template == "public_api_endpoint"
    assert health.suggestion is not None
    assert 'auth("user")' in health.suggestion.contract
    assert health.suggestion.reasons[0].startswith("route: its guards require a signed-in caller")

    items = by_function["list_items"]
    assert items.suggestion is not None
    assert items.suggestion.template == match(describe(items), catalog, limit=1)[0].template
    assert not items.suggestion.reasons[0].startswith("route:")
