"""Router registration with libcst: the user's formatting and comments survive."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from scaffold.cli import main
from scaffold.generate import find_project
from scaffold.generate._register import plan_registration
from tests.generate.helpers import DEMO, build_tree, copy_fixture, flat_project, run_in_project


def _lines_kept(old: str, new: str) -> bool:
    """Every line of ``old`` is still in ``new``, in order."""
    remaining = iter(new.splitlines())
    return all(any(line == candidate for candidate in remaining) for line in old.splitlines())


def test_oddly_formatted_main_keeps_every_byte(tmp_path: Path) -> None:
    root = copy_fixture("odd_main", tmp_path)
    project = find_project(root)
    main = root / "service" / "main.py"
    registration = plan_registration(project, "service.endpoints.x", "x_router")
    assert registration.path == main.resolve()
    assert registration.old == main.read_text()
    new = registration.new or ""
    assert _lines_kept(registration.old, new)
    added = [line for line in new.splitlines() if line not in registration.old.splitlines()]
    assert added == [
        "from service.endpoints.x import router as x_router",
        "application.include_router(x_router)",
    ]
    ast.parse(new)
    lines = new.splitlines()
    assert (
        lines.index(added[0]) == lines.index("from service import health   # our own routers") + 1
    )
    assert (
        lines.index(added[1])
        == lines.index("application.include_router( health.router )  # health first, always") + 1
    )


def test_aggregating_router_is_preferred_over_the_app(tmp_path: Path) -> None:
    root = copy_fixture("src_layout", tmp_path)
    project = find_project(root)
    registration = plan_registration(project, "shop.api.routes.y", "y_router")
    assert registration.path == (root / "src/shop/api/routes/__init__.py").resolve()
    assert "from shop.api.routes.y import router as y_router\n\napi_router" in (
        registration.new or ""
    )
    assert (registration.new or "").endswith("api_router.include_router(y_router)\n")


def test_factory_function_gets_the_include(tmp_path: Path) -> None:
    main = (
        "from fastapi import FastAPI\n\n\n"
        "def create_app() -> FastAPI:\n"
        "    app = FastAPI()\n"
        "    return app\n"
    )
    root = flat_project(tmp_path, main=main)
    registration = plan_registration(find_project(root), "app.endpoints.z", "z_router")
    assert registration.new == (
        "from fastapi import FastAPI\n\nfrom app.endpoints.z import router as z_router\n\n\n"
        "def create_app() -> FastAPI:\n"
        "    app = FastAPI()\n"
        "    app.include_router(z_router)\n"
        "    return app\n"
    )


def test_ambiguous_apps_give_the_lines_to_add(tmp_path: Path) -> None:
    root = build_tree(
        tmp_path,
        {
            "pyproject.toml": "",
            "app/__init__.py": "",
            "app/one.py": "from fastapi import FastAPI\napp = FastAPI()\n",
            "app/two.py": "from fastapi import FastAPI\napp = FastAPI()\n",
        },
    )
    registration = plan_registration(find_project(root), "app.endpoints.z", "z_router")
    assert registration.path is None
    assert registration.manual == (
        "from app.endpoints.z import router as z_router\n"
        "app.include_router(z_router)  # in the module that creates FastAPI()"
    )
    assert not registration.installs


def test_registering_twice_changes_nothing(tmp_path: Path) -> None:
    root = flat_project(tmp_path)
    project = find_project(root)
    first = plan_registration(project, "app.endpoints.z", "z_router")
    assert first.path is not None
    assert first.new is not None
    first.path.write_text(first.new)
    second = plan_registration(project, "app.endpoints.z", "z_router")
    assert second.already
    assert not second.edits


def _unparsable_main_is_named(
    capsys: pytest.CaptureFixture[str], root: Path, description: str, main_file: str, line: int
) -> None:
    main_path = root / main_file
    main_path.write_text(main_path.read_text(encoding="utf-8") + "def (\n", encoding="utf-8")
    before = sorted(path.relative_to(root) for path in root.rglob("*"))
    assert main(["new", "function", description, "--into", str(root)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"error: {main_file}:{line}: invalid syntax"), error
    assert "no authentication dependency" not in error
    assert error.count("\n") == 1
    assert sorted(path.relative_to(root) for path in root.rglob("*")) == before


def test_a_syntax_error_in_main_is_named_not_reported_as_missing_auth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    _unparsable_main_is_named(capsys, root, "update profile", "app/main.py", 6)


def test_a_syntax_error_in_main_is_named_when_auth_lives_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    _unparsable_main_is_named(capsys, root, "archive my project", "src/myapi/main.py", 15)


def test_an_app_built_beside_its_package_gets_the_include(tmp_path: Path) -> None:
    main_py = (
        "from fastapi import FastAPI\n\nfrom routers import items\n\n"
        "app = FastAPI()\napp.include_router(items.router)\n"
    )
    root = build_tree(
        tmp_path,
        {
            "pyproject.toml": '[tool.scaffold]\npackage = "routers"\nendpoints = "routers"\n',
            "routers/__init__.py": "",
            "routers/items.py": "from fastapi import APIRouter\n\nrouter = APIRouter()\n",
            "main.py": main_py,
            "scripts/seed.py": "from fastapi import FastAPI\n\nother = FastAPI()\n",
        },
    )
    registration = plan_registration(find_project(root), "routers.z", "z_router")
    assert registration.path == (root / "main.py").resolve()
    assert registration.new == (
        "from fastapi import FastAPI\n\nfrom routers import items\n"
        "from routers.z import router as z_router\n\n"
        "app = FastAPI()\napp.include_router(items.router)\napp.include_router(z_router)\n"
    )


def test_an_app_in_the_package_is_preferred_to_one_beside_it(tmp_path: Path) -> None:
    root = flat_project(tmp_path)
    (root / "main.py").write_text("from fastapi import FastAPI\n\nother = FastAPI()\n")
    registration = plan_registration(find_project(root), "app.endpoints.z", "z_router")
    assert registration.path == (root / "app/main.py").resolve()


BESIDE_CALLS = """
import json
from fastapi.testclient import TestClient
from main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
made = client.post("/invoices", json={"name": "mine"}, headers=alice)
anonymous = client.post("/invoices", json={"name": "mine"})
print(json.dumps([made.status_code, anonymous.status_code]))
"""


def test_a_function_is_served_by_an_app_built_beside_its_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_main = (DEMO / "app/main.py").read_text(encoding="utf-8")
    root = build_tree(
        tmp_path,
        {
            "pyproject.toml": '[tool.scaffold]\npackage = "routers"\nendpoints = "routers"\n',
            "routers/__init__.py": "",
            "main.py": demo_main,
        },
    )
    assert main(["new", "function", "create my invoice", "--into", str(root), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "modify  main.py  (register the router)" in said
    result = run_in_project(root, "-c", BESIDE_CALLS)
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout) == [201, 401]
