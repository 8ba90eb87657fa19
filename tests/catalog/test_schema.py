"""The published JSON Schema is current, and accepts exactly what the model accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from catalog_helpers import template_text

from scaffold.catalog import builtin_registry, schema_text, template_json_schema, write_schema


def test_docs_registry_schema_is_not_stale(repo_root: Path) -> None:
    published = (repo_root / "docs" / "registry-schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), (
        "docs/registry-schema.json is stale: run "
        "`scaffold registry schema --output docs/registry-schema.json`"
    )


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(template_json_schema())


@pytest.mark.parametrize("path", sorted(builtin_registry().glob("*.yaml")), ids=lambda p: p.stem)
def test_the_schema_accepts_every_builtin(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(template_json_schema()).validate(data)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\nlayer: action", "\nlayr: action"),
        ("- validates: input", "- sanitizes: input"),
        ("limit: 5,", "limit: 0,"),
        ("method: PATCH", "method: FETCH"),
        ("name: user_profile_update", "name: User Profile"),
    ],
)
def test_the_schema_rejects_what_the_model_rejects(old: str, new: str) -> None:
    data = yaml.safe_load(template_text().replace(old, new))
    errors = list(jsonschema.Draft202012Validator(template_json_schema()).iter_errors(data))
    assert errors


def test_write_schema(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    write_schema(target)
    assert json.loads(target.read_text())["title"] == "contract-scaffold template"
