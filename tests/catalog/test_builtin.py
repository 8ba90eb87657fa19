"""The six built-in templates: valid, complete, and saying what the issue asks of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import (
    AuditLogCondition,
    AuthCondition,
    BulkCondition,
    BusinessRuleCondition,
    OwnsCondition,
    RateLimitCondition,
    RoleAtLeastRule,
    Template,
    UniqueRule,
    builtin_registry,
    load_catalog,
    load_folder,
)

BUILTINS = (
    "admin_user_creation",
    "bulk_operation",
    "public_api_endpoint",
    "secure_data_access",
    "sensitive_admin_action",
    "user_profile_update",
)


@pytest.fixture(scope="module")
def templates() -> dict[str, Template]:
    loaded, problems = load_folder(builtin_registry())
    assert problems == []
    return {item.template.name: item.template for item in loaded}


def test_every_builtin_template_validates(templates: dict[str, Template]) -> None:
    assert tuple(sorted(templates)) == BUILTINS


def test_builtins_come_from_the_top_level_registry_folder_in_a_checkout(repo_root: Path) -> None:
    assert builtin_registry() == repo_root / "registry"


@pytest.mark.parametrize("name", BUILTINS)
def test_each_builtin_is_complete(templates: dict[str, Template], name: str) -> None:
    template = templates[name]
    assert len(template.examples) >= 3
    assert len(template.patterns) >= 3
    assert template.checklist
    assert template.input.fields
    assert template.output.fields
    assert template.endpoint.function.isidentifier()
    assert len(template.find("audit_log")) == 1


@pytest.mark.parametrize("name", BUILTINS)
def test_each_builtin_file_points_editors_at_the_schema(name: str) -> None:
    first = (builtin_registry() / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/registry-schema.json"


def _limit(template: Template) -> tuple[int, str, str]:
    (condition,) = template.find("rate_limit")
    assert isinstance(condition, RateLimitCondition)
    spec = condition.rate_limit
    return spec.limit, spec.per, spec.by


def _audit(template: Template) -> str:
    (condition,) = template.find("audit_log")
    assert isinstance(condition, AuditLogCondition)
    return condition.audit_log


def test_user_profile_update(templates: dict[str, Template]) -> None:
    template = templates["user_profile_update"]
    assert template.auth_role == "user"
    assert template.layer == "action"
    (owns,) = template.find("owns")
    assert isinstance(owns, OwnsCondition)
    assert owns.spec.field == "user_id"
    assert owns.spec.bypass_roles == ()
    assert template.find("validates")
    assert template.find("returns")
    assert _limit(template) == (5, "minute", "user")
    assert _audit(template) == "profile_update"


def test_admin_user_creation(templates: dict[str, Template]) -> None:
    template = templates["admin_user_creation"]
    assert template.auth_role == "admin"
    assert _limit(template) == (10, "minute", "user")
    (rule,) = template.find("business_rule")
    assert isinstance(rule, BusinessRuleCondition)
    assert rule.business_rule.description == "Email must be unique"
    assert rule.business_rule.rule == UniqueRule(unique="email")
    assert _audit(template) == "user_creation"
    assert template.find("validates")
    assert template.find("returns")


def test_secure_data_access(templates: dict[str, Template]) -> None:
    template = templates["secure_data_access"]
    assert template.auth_role == "user"
    assert template.layer == "business"
    (owns,) = template.find("owns")
    assert isinstance(owns, OwnsCondition)
    assert owns.spec.field == "resource_id"
    assert _limit(template) == (20, "minute", "user")
    assert _audit(template) == "data_access"


def test_bulk_operation(templates: dict[str, Template]) -> None:
    template = templates["bulk_operation"]
    assert template.auth_role == "admin"
    (bulk,) = template.find("bulk")
    assert isinstance(bulk, BulkCondition)
    assert (bulk.bulk.min_items, bulk.bulk.max_items) == (1, 100)
    assert template.input.fields[bulk.bulk.field].type == "list"
    assert _limit(template) == (5, "minute", "user")
    assert _audit(template) == "bulk_operation"


def test_public_api_endpoint(templates: dict[str, Template]) -> None:
    template = templates["public_api_endpoint"]
    assert template.auth_role is None
    assert not template.find("auth")
    assert template.find("validates")
    assert template.find("returns")
    assert _limit(template) == (100, "minute", "ip")
    assert _audit(template) == "public_api_call"


def test_sensitive_admin_action_requires_super_admin(templates: dict[str, Template]) -> None:
    template = templates["sensitive_admin_action"]
    (auth,) = template.find("auth")
    assert isinstance(auth, AuthCondition)
    assert auth.auth == "admin"
    rules = [
        condition.business_rule.rule
        for condition in template.find("business_rule")
        if isinstance(condition, BusinessRuleCondition)
    ]
    assert RoleAtLeastRule(role_at_least="super_admin") in rules
    assert _limit(template) == (3, "minute", "user")
    assert _audit(template) == "sensitive_admin_action"


def test_load_catalog_without_a_project_holds_the_builtins() -> None:
    catalog = load_catalog()
    assert tuple(catalog.templates) == BUILTINS
    assert all(entry.source.kind == "builtin" for entry in catalog.entries.values())
