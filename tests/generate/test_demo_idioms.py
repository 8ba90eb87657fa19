"""Idiomatic FastAPI in the demo service's real app: overrides reach the rules, names stay apart.

Functions are generated into a copy of ``docs/examples/demo-service`` and a child interpreter
imports the real ``app.main:app``:

- ``app.dependency_overrides[user_store.get_store]`` replaces the store for the uniqueness
  rule of ``admin_user_creation`` too: the same email twice is refused (400, the business
  rule's status), and the override's store is the one that holds the user;
- three functions from one template whose derived model names would clash (the template's
  example, and "update profile" twice on other routes with different outputs, which gave
  ``app__schemas__replace_profile__ProfileUpdated`` before) get distinct classes, so the
  OpenAPI document has no module-path schema names, and every generated suite still passes,
  that of a function with no key in its path (``--path /me/settings``) and that of a bulk
  DELETE, whose ids travel in the query string, included.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from scaffold.cli import main
from tests.generate.helpers import run_in_project

DEMO = Path(__file__).resolve().parents[2] / "docs" / "examples" / "demo-service"
FUNCTIONS = (
    ("create user", "admin_user_creation", ()),
    ("update profile", "user_profile_update", ()),
    ("update profile", "user_profile_update", ("--name", "replace_profile", "--method", "PUT")),
    (
        "update profile",
        "user_profile_update",
        # Another output than replace_profile's: one class name would be two schemas.
        (
            *("--name", "update_profile_v2", "--path", "/v2/profiles/{profile_id}"),
            *("--output-field", "profile_id:str", "--output-field", "name:str"),
        ),
    ),
    # No key in the path: the endpoint works on the caller's own record, which the generated
    # tests must seed under the caller's id (they answered 404 before).
    (
        "update my settings",
        "user_profile_update",
        ("--name", "update_own_settings", "--path", "/me/settings"),
    ),
    # A bulk DELETE carries its ids in the query string, where a value is always text and
    # one value is a list of one: no wrong-type or not-a-list test (they answered 200).
    ("bulk delete invoices", "bulk_operation", ()),
)
PROBE = """
import json
from fastapi.testclient import TestClient
from app.main import app
from app.services.stores import user_store
from app.services.stores.base import InMemoryRepository

replaced = InMemoryRepository()
app.dependency_overrides[user_store.get_store] = lambda: replaced
client = TestClient(app)
admin = {"Authorization": "Bearer admin-token"}
user = {"email": "ada@example.com", "display_name": "Ada"}
seen = {
    "first": client.post("/admin/users", json=user, headers=admin).status_code,
    "again": client.post("/admin/users", json=user, headers=admin).status_code,
    "other case": client.post(
        "/admin/users", json={**user, "email": "ADA@example.com"}, headers=admin
    ).status_code,
    "in the override": replaced.find("email", "ada@example.com") is not None,
    "in the module store": user_store.store.find("email", "ada@example.com") is not None,
}
app.dependency_overrides.clear()
seen["openapi"] = app.openapi()
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("idioms") / "demo-service"
    shutil.copytree(DEMO, root)
    for description, template, options in FUNCTIONS:
        command = ["new", "function", description, "--template", template, *options]
        assert main([*command, "--into", str(root), "--yes"]) == 0, (description, options)
    return root


def _probe(root: Path) -> dict[str, Any]:
    result = run_in_project(root, "-c", PROBE)
    assert result.returncode == 0, result.stderr[-3000:]
    seen: dict[str, Any] = json.loads(result.stdout)
    return seen


def test_the_uniqueness_rule_reads_the_overridden_store(demo: Path) -> None:
    seen = _probe(demo)
    assert (seen["first"], seen["again"], seen["other case"]) == (201, 400, 400)
    assert seen["in the override"] is True
    assert seen["in the module store"] is False


def test_functions_from_one_template_get_their_own_model_names(demo: Path) -> None:
    classes = {}
    for module in sorted((demo / "app" / "schemas").glob("[!_]*.py")):
        text = module.read_text(encoding="utf-8")
        classes[module.stem] = [
            line.split()[1].split("(")[0] for line in text.splitlines() if line.startswith("class ")
        ]
    assert classes["update_profile"] == ["UserProfileUpdate", "UserProfile"]
    assert classes["replace_profile"] == ["ProfileUpdate", "ProfileUpdated"]
    assert classes["update_profile_v2"] == ["UpdateProfileV2Input", "UpdateProfileV2Output"]
    every = [name for names in classes.values() for name in names]
    assert len(every) == len(set(every))
    schemas = _probe(demo)["openapi"]["components"]["schemas"]
    assert [name for name in schemas if "__" in name] == []
    assert {"UserProfile", "ProfileUpdated", "UpdateProfileV2Output"} <= set(schemas)


def test_the_generated_suites_pass_in_the_demo(demo: Path) -> None:
    pytest = ("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests")
    result = run_in_project(demo, *pytest, env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.returncode == 0, result.stdout[-3000:]
