"""Project discovery: [tool.scaffold], else defaults from the layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.errors import UserError
from scaffold.generate import find_project
from tests.generate.helpers import build_tree, copy_fixture, flat_project


def test_flat_app_package_with_defaults(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    project = find_project(root / "app")  # found from a folder inside the project
    assert project.root == root.resolve()
    assert project.package == "app"
    assert project.source_root == root.resolve()
    assert project.endpoints == root.resolve() / "app" / "endpoints"
    assert project.schemas == root.resolve() / "app" / "schemas"
    assert project.services == root.resolve() / "app" / "services"
    assert project.tests == root.resolve() / "tests" / "contracts"
    assert project.checklists == root.resolve() / "docs" / "checklists"
    assert project.module_of(project.endpoints / "x.py") == "app.endpoints.x"
    assert not project.configured


def test_src_layout_finds_routes_folder(tmp_path: Path) -> None:
    root = copy_fixture("src_layout", tmp_path).resolve()
    project = find_project(root)
    assert project.package == "shop"
    assert project.source_root == root / "src"
    assert project.endpoints == root / "src" / "shop" / "api" / "routes"
    assert project.module_of(project.endpoints / "x.py") == "shop.api.routes.x"


def test_package_named_after_the_project_wins_over_others(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "my-service"\n',
            "my_service/__init__.py": "",
            "helpers/__init__.py": "",
            "tests/__init__.py": "",
        },
    )
    assert find_project(root).package == "my_service"


def test_tool_scaffold_table_sets_every_folder(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path,
        {
            "pyproject.toml": (
                "[tool.scaffold]\n"
                'package = "core"\n'
                'endpoints = "src/core/web"\n'
                'schemas = "src/core/models"\n'
                'services = "src/core/logic"\n'
                'tests = "qa/contract"\n'
                'checklists = "security"\n'
                'app = "src/core/app.py"\n'
            ),
            "src/core/__init__.py": "",
            "src/core/app.py": "",
        },
    ).resolve()
    project = find_project(root)
    assert project.configured
    assert (project.package, project.source_root) == ("core", root / "src")
    assert project.endpoints == root / "src/core/web"
    assert project.schemas == root / "src/core/models"
    assert project.services == root / "src/core/logic"
    assert project.tests == root / "qa/contract"
    assert project.checklists == root / "security"
    assert project.app_module == root / "src/core/app.py"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"pyproject.toml": "[tool.scaffold]\npackges = 'x'\n"}, "unknown key"),
        ({"pyproject.toml": "[tool.scaffold]\npackage = 3\n"}, "must be a non-empty string"),
        ({"pyproject.toml": "[tool.scaffold\n"}, "not valid TOML"),
        (
            {"pyproject.toml": "[tool.scaffold]\ntests = '../elsewhere'\n", "app/__init__.py": ""},
            "points outside the project",
        ),
        (
            {"pyproject.toml": "[tool.scaffold]\nendpoints = 'web'\n", "app/__init__.py": ""},
            "inside the package",
        ),
        ({"pyproject.toml": "[tool.scaffold]\npackage = 'nope'\n"}, "no folder nope/"),
        ({"pyproject.toml": "", "a/__init__.py": "", "b/__init__.py": ""}, "several packages"),
        ({"pyproject.toml": ""}, "no Python package found"),
    ],
)
def test_bad_layouts_are_clear_errors(tmp_path: Path, files: dict[str, str], message: str) -> None:
    build_tree(tmp_path, files)
    with pytest.raises(UserError, match=message):
        find_project(tmp_path)
