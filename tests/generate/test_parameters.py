"""Path parameters the generated code can use: renamed, in the path too, when it cannot.

A route's parameter becomes an argument, a field, a test's local and an owner check's field.
``{id}`` shadows a built-in (a lint error), ``{store}`` and ``{client}`` are names of the
endpoint and its tests (a broken module), ``{model_id}`` is refused as a field, ``{class}``
is a keyword: each is renamed and the plan says so. The generated code is then run: its
contract tests pass and it is lint-clean at the strictest rules the suite knows.
"""

from __future__ import annotations

import ast
import builtins
import shutil
from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.generate import plan_function
from scaffold.generate._parameters import GENERATED_NAMES, parameter_problem, usable_path
from tests.generate.helpers import DEMO, ruff_clean, run_in_project


@pytest.mark.parametrize(
    ("path", "usable", "said"),
    [
        ("/categories/{id}", "/categories/{category_id}", "{id} is {category_id}: 'id' is a"),
        ("/classes/{class}/archive", "/classes/{class_id}/archive", "'class' is a Python keyword"),
        ("/stores/{model_id}", "/stores/{store_model_id}", "'model_id' clashes with a pydantic"),
        ("/widgets/{store}", "/widgets/{widget_store}", "'store' is a name of the generated"),
        ("/email-settings/{type}", "/email-settings/{email_setting_type}", "'type' is a"),
        ("/pairs/{pair_id}/with/{pair_id}", "/pairs/{pair_id}/with/{with_pair_id}", "twice"),
        ("/{id}", "/{id_id}", "'id' is a Python built-in"),
        ("/models/{model_id}", "/models/{record_id}", "clashes with a pydantic"),
    ],
)
def test_unusable_names_are_renamed_and_said(path: str, usable: str, said: str) -> None:
    renamed, notes = usable_path(path)
    assert renamed == usable
    assert len(notes) == 1
    assert said in notes[0]


@pytest.mark.parametrize(
    "path", ["/users/{user_id}/contacts/{contact_id}", "/files/{slug}", "/health", "/a/{name}"]
)
def test_usable_names_are_kept(path: str) -> None:
    assert usable_path(path) == (path, ())


def _identifiers(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            found.add((node.asname or node.name).split(".")[0])
    return found


def test_the_generated_names_are_all_listed(tmp_path: Path) -> None:
    """Every name the generated modules use, except the function's own (its name, its
    record's, its fields', its tests'), is one a parameter may not take."""
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    catalog = load_catalog(include_user=False)
    descriptions = ("read a widget", "update a widget", "delete a widget", "archive a widget")
    descriptions += ("create a widget", "list widgets", "bulk update widgets")
    unlisted: set[str] = set()
    planned = 0
    for template in catalog.templates.values():
        for description in descriptions:
            plan = plan_function(description, template, project=root)
            planned += 1
            spec = plan.spec
            assert spec is not None
            own = {*spec.inputs, *spec.outputs, spec.name}
            for change in plan.changes:
                if change.new is None or not change.relpath.endswith(".py"):
                    continue
                for name in _identifiers(change.new) - own:
                    mine = "widget" in name or name.startswith("test_") or name[0].isupper()
                    if not mine and parameter_problem(name) is None:
                        unlisted.add(name)
    assert planned == len(catalog.templates) * len(descriptions)
    assert unlisted <= {"email", "name", "description", "items", "limit", "count", "role"}, sorted(
        unlisted
    )
    assert not GENERATED_NAMES & set(dir(builtins))  # listed apart, by parameter_problem


def test_renamed_parameters_generate_code_that_runs_and_is_clean(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    functions = {
        "get_category": ("get_category GET /api/v1/categories/{id}", ()),
        "delete_widget": ("delete a widget", ("--path", "/widgets/{client}")),
        "read_widget": ("read a widget", ("--path", "/widgets/{service}")),
        "read_model": ("read a model", ("--template", "secure_data_access")),
    }
    for name, (description, options) in functions.items():
        command = ["new", "function", description, "--name", name, *options, "--yes"]
        assert main([*command, "--into", str(root)]) == 0, description
    endpoints = root / "app" / "endpoints"
    assert '"/api/v1/categories/{category_id}"' in (endpoints / "get_category.py").read_text()
    assert '"/widgets/{widget_client}"' in (endpoints / "delete_widget.py").read_text()
    assert '"/widgets/{widget_service}"' in (endpoints / "read_widget.py").read_text()
    assert '"/models/{record_id}"' in (endpoints / "read_model.py").read_text()
    generated = [root / "app" / part for part in ("endpoints", "schemas", "services")]
    for folder in [*generated, root / "tests" / "contracts"]:
        assert ruff_clean(folder) == [], folder
    result = run_in_project(root, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout
