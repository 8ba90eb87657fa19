"""The decorator text a template stands for: valid Python, the runtime's factory names."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import yaml

import scaffold.contracts
from scaffold.catalog import Template, load_catalog
from scaffold.guidance import condition_text, contract_text, factories, literal


def _template(**changes: Any) -> Template:
    data = yaml.safe_load(
        (Path(__file__).parents[2] / "registry" / "user_profile_update.yaml").read_text("utf-8")
    )
    data.update(changes)
    return Template.model_validate(data)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("user", '"user"'),
        ('say "hi"', "'say \"hi\"'"),
        ("a\\b", "'a\\\\b'"),
        ("tab\there", "'tab\\there'"),
    ],
)
def test_literal_is_a_python_string_literal(value: str, expected: str) -> None:
    assert literal(value) == expected
    assert ast.literal_eval(literal(value)) == value


def test_profile_update_renders_like_the_generated_endpoint() -> None:
    assert contract_text(_template()) == (
        "@contract(\n"
        "    requires=[\n"
        '        auth("user"),\n'
        "        validates(UserProfileUpdate),\n"
        '        owns("user_id", bypass_roles=()),\n'
        '        rate_limit("update_profile", 5, per="minute"),\n'
        "    ],\n"
        "    ensures=[\n"
        "        returns(UserProfile),\n"
        '        audit_log("profile_update"),\n'
        "    ],\n"
        '    layer="action",\n'
        ")"
    )


def test_owns_keeps_the_runtime_default_short_and_spells_out_others() -> None:
    auth = {"auth": "user"}
    admin = _template(requires=[auth, {"owns": {"field": "user_id", "bypass_roles": ["admin"]}}])
    support = _template(
        requires=[auth, {"owns": {"field": "user_id", "bypass_roles": ["support"]}}]
    )
    assert condition_text(admin.requires[1], admin) == 'owns("user_id")'
    assert condition_text(support.requires[1], support) == (
        'owns("user_id", bypass_roles=("support",))'
    )


def test_rate_limit_by_ip_and_rules_with_awkward_descriptions() -> None:
    template = _template(
        requires=[
            {"auth": "user"},
            {"rate_limit": {"key": "public", "limit": 100, "per": "hour", "by": "ip"}},
            {
                "business_rule": {
                    "description": 'No "self" promotion \\ ever',
                    "rule": {"not_self": "user_id"},
                }
            },
        ],
        ensures=[
            {"invariant": {"description": "Same user", "rule": {"matches_input": "user_id"}}},
        ],
    )
    text = contract_text(template)
    assert 'rate_limit("public", 100, per="hour", by="ip")' in text
    call = ast.parse(text.removeprefix("@") + "\n").body[0]
    assert isinstance(call, ast.Expr)
    rule = ast.literal_eval(text.split("business_rule(")[1].split(", not_self")[0])
    assert rule == 'No "self" promotion \\ ever'
    assert factories(template) == [
        "auth",
        "business_rule",
        "contract",
        "invariant",
        "matches_input",
        "not_self",
        "rate_limit",
    ]


@pytest.mark.parametrize("name", sorted(load_catalog().templates))
def test_every_builtin_template_renders_valid_python_using_runtime_names(name: str) -> None:
    template = load_catalog().get(name)
    source = f"{contract_text(template)}\ndef {template.endpoint.function}():\n    pass\n"
    tree = ast.parse(source)
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert called <= set(factories(template))
    for factory in factories(template):
        assert hasattr(scaffold.contracts, factory), factory
