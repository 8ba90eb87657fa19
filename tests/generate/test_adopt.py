"""The project's own auth, collisions and non-FastAPI projects, through the CLI's edge.

The main fixture, ``own_auth``, is shaped like full-stack-fastapi-template's backend: an app
built in ``create_app()``, a src layout, routers under ``src/myapi/routers/``, its own
``get_current_user`` and ``CurrentUser = Annotated[User, Depends(get_current_user)]``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scaffold.cli import main
from scaffold.generate import find_project
from scaffold.generate._adopt import plan_adoption, render_adapter
from scaffold.generate._auth import detect_auth
from scaffold.generate._verify import run_generated_tests
from tests.generate.helpers import build_tree, copy_fixture, flat_project, ruff

# Run inside the generated project: its real app, its real users and tokens, no overrides.
REAL_USERS = """
import json
from fastapi.testclient import TestClient
from myapi.db import Session
from myapi.main import create_app
from myapi.models import User
from myapi.security import create_access_token
from myapi.services.stores.profile_store import store

alice, bob = User(email="alice@example.com"), User(email="bob@example.com")
root = User(email="root@example.com", is_superuser=True)
for user in (alice, bob, root):
    Session().add(user)
# The generated store starts empty: alice's profile record exists before she changes it.
store.save(str(alice.id), {"user_id": str(alice.id), "display_name": "Al"})
client = TestClient(create_app())

def patch(owner, user=None, token=None):
    token = token or (create_access_token(str(user.id)) if user else None)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = {"display_name": "Alice", "bio": "hi", "email": "alice@example.com"}
    return client.patch(f"/users/{owner.id}/profile", json=body, headers=headers)

print(json.dumps({
    "owner": patch(alice, alice).status_code,
    "body": patch(alice, alice).json(),
    "other": patch(alice, bob).status_code,
    "superuser": patch(alice, root).status_code,
    "anonymous": patch(alice).status_code,
    "forged": patch(alice, token=f"{alice.id}.forged").status_code,
    "own_route": client.get(
        "/users/me", headers={"Authorization": f"Bearer {create_access_token(str(bob.id))}"}
    ).status_code,
}))
"""


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _run_in(project: Path, code: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_init_then_new_function_serves_the_projects_own_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    assert main(["init", str(root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "get_current_user (via CurrentUser) at src/myapi/deps.py:21" in out
    assert "create  src/myapi/scaffold_auth.py  (auth adapter)" in out
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 0

    outcome = _run_in(root, REAL_USERS)
    assert outcome["owner"] == 200
    assert outcome["other"] == 403  # owns: another user's profile
    assert outcome["superuser"] == 403  # this template grants no admin bypass
    assert outcome["anonymous"] == 401
    assert outcome["forged"] == 401  # the project's dependency rejects it: anonymous
    assert outcome["own_route"] == 200  # the project's own routes are untouched
    assert outcome["body"] == {
        "user_id": outcome["body"]["user_id"],  # type: ignore[index]
        "display_name": "Alice",
        "bio": "hi",
        "email": "alice@example.com",
    }
    test_file = root / "tests/contracts/test_update_profile.py"
    assert "application.create_app()" in test_file.read_text()
    run = run_generated_tests(find_project(root), test_file, python=sys.executable)
    assert run.passed, run.output
    lint = ruff("check", "--select", "E,F,I,W,UP,B", "src", "tests", cwd=root)
    assert lint.returncode == 0, lint.stdout


def test_new_function_asks_for_adoption_once_and_yes_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "connected: wrote 2 file(s)" in out
    main_py = (root / "src/myapi/main.py").read_text()
    assert main_py.count("install(app, resolver=resolve_caller)") == 1
    assert main(["new", "function", "create invoice", "--into", str(root), "--yes"]) == 0
    assert "auth adapter" not in capsys.readouterr().out  # adopted once, not again


def test_without_a_terminal_or_yes_generation_goes_on_unconnected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    assert main(["new", "function", "update profile", "--into", str(root)]) == 0
    out = capsys.readouterr().out
    assert "note: not connected (no terminal to ask on); pass --yes or run `scaffold init`" in out
    assert not (root / "src/myapi/scaffold_auth.py").exists()


def test_init_dry_run_shows_the_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    before = _files(root)
    assert main(["init", str(root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+    install(app, resolver=resolve_caller)" in out
    assert "+from scaffold.contracts.fastapi import install" in out
    assert out.rstrip().endswith("dry run: nothing was written")
    assert _files(root) == before


def test_without_recognisable_auth_one_message_says_what_to_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = flat_project(tmp_path / "demo")
    before = _files(root)
    assert main(["init", str(root), "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "no authentication dependency found in app/" in error
    assert "def get_current_user(...) -> User" in error
    assert _files(root) == before


def test_an_app_that_passes_its_own_resolver_is_connected_already(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo service gives ``install`` a resolver of its own: no note, nothing to adopt."""
    root = tmp_path / "demo-service"
    shutil.copytree(Path(__file__).resolve().parents[2] / "docs/examples/demo-service", root)
    assert plan_adoption(find_project(root)).state == "adopted"
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 0
    assert "no authentication dependency" not in capsys.readouterr().out
    assert main(["init", str(root), "--yes"]) == 0
    assert "app/main.py passes its own resolver" in capsys.readouterr().out


def test_a_user_class_without_an_id_is_named(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    build_tree(
        root,
        {
            "app/deps.py": (
                "from pydantic import BaseModel\n\n"
                "class Account(BaseModel):\n    name: str\n\n"
                "def get_current_user() -> Account:\n    return Account(name='x')\n"
            )
        },
    )
    with pytest.raises(Exception, match=r"app/deps.py:6: get_current_user returns Account"):
        detect_auth(find_project(root))


def test_an_alias_of_another_dependency_is_not_taken_for_authentication(
    tmp_path: Path,
) -> None:
    """``SessionDep = Annotated[Session, Depends(get_db)]`` is no current user: a project
    with only that has no authentication (it used to be refused: "Session has no id")."""
    root = flat_project(tmp_path / "demo")
    build_tree(
        root,
        {
            "app/deps.py": (
                "from typing import Annotated\nfrom fastapi import Depends\n\n"
                "class Session:\n    closed: bool = False\n\n"
                "def get_db() -> Session:\n    return Session()\n\n"
                "SessionDep = Annotated[Session, Depends(get_db)]\n"
            )
        },
    )
    assert detect_auth(find_project(root)) is None


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ("role: str", 'roles = {"user", str(user.role)}'),
        ("role: Role", 'roles = {"user", str(getattr(user.role, "value", user.role))}'),
        ("roles: list[str]", "for role in user.roles"),
        ("is_admin: bool", 'roles.add("admin")'),
        ("name: str", "every caller is a plain user"),
    ],
)
def test_roles_come_from_the_user_class(tmp_path: Path, attributes: str, expected: str) -> None:
    root = flat_project(tmp_path / "demo")
    build_tree(
        root,
        {
            "app/users.py": (
                "import enum\nfrom dataclasses import dataclass\n\n"
                "class Role(enum.Enum):\n    ADMIN = 'admin'\n\n"
                f"@dataclass\nclass Person:\n    id: int\n    {attributes}\n"
            ),
            "app/auth.py": (
                "from app.users import Person\n\n"
                "async def current_active_user() -> Person | None:\n    return None\n"
            ),
        },
    )
    project = find_project(root)
    auth = detect_auth(project)
    assert auth is not None
    assert (auth.dependency_module, auth.dependency, auth.user_class) == (
        "app.auth",
        "current_active_user",
        "Person",
    )
    assert expected in render_adapter(project, auth)


def test_the_dependency_that_uses_the_others_wins_and_ties_are_refused(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")
    user = "class User:\n    id: int\n    is_superuser: bool\n\n"
    build_tree(
        root,
        {
            "app/deps.py": (
                "from typing import Annotated\nfrom fastapi import Depends\n\n"
                + user
                + "def get_current_user() -> User:\n    return User()\n\n"
                "def get_current_active_user(\n"
                "    user: Annotated[User, Depends(get_current_user)],\n) -> User:\n"
                "    return user\n"
            )
        },
    )
    auth = detect_auth(find_project(root))
    assert auth is not None
    assert auth.dependency == "get_current_active_user"
    build_tree(root, {"app/other.py": user + "def current_user() -> User:\n    return User()\n"})
    with pytest.raises(Exception, match="several current-user dependencies"):
        detect_auth(find_project(root))
    picked = detect_auth(find_project(root), "app.other:current_user")
    assert picked is not None
    assert picked.dependency_module == "app.other"


def test_a_module_level_app_and_an_existing_install_are_wired_in_place(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "demo")  # app/main.py: app = FastAPI(); install(app)
    build_tree(
        root,
        {
            "app/deps.py": (
                "class User:\n    id: int\n    role: str\n\n"
                "def get_current_user() -> User:\n    return User()\n"
            )
        },
    )
    adoption = plan_adoption(find_project(root))
    assert adoption.state == "ready"
    assert adoption.plan is not None
    edited = adoption.plan.changes[1].new
    assert edited == (
        "from fastapi import FastAPI\n"
        "from scaffold.contracts.fastapi import install\n\n"
        "from app.scaffold_auth import resolve_caller\n\n"
        "app = FastAPI()\n"
        "install(app, resolver=resolve_caller)\n"
    )


def test_an_existing_route_is_refused_with_its_handler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_fixture("own_auth", tmp_path)
    router = root / "src/myapi/routers/users.py"
    router.write_text(
        router.read_text()
        + '\n\n@router.patch("/{id}/profile")\n'
        + "def edit_profile(id: str) -> None:\n    return None\n"
    )
    before = _files(root)
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (
        "error: PATCH /users/{user_id}/profile is already served by edit_profile "
        "(src/myapi/routers/users.py:19); nothing was written (choose another route with "
        "--path, or another function with --name)"
    )
    assert _files(root) == before


@pytest.mark.parametrize(
    ("fixture", "framework", "where"),
    [("flask_app", "Flask", "shop/__init__.py:9"), ("django_app", "Django", "mysite/views.py:6")],
)
def test_projects_that_are_not_fastapi_are_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fixture: str,
    framework: str,
    where: str,
) -> None:
    root = copy_fixture(fixture, tmp_path)
    before = _files(root)
    for command in (["new", "function", "update profile", "--into", str(root), "--yes"],):
        assert main(command) == 1
        error = capsys.readouterr().err.strip()
        assert error.count("\n") == 0
        assert f"serves its routes with {framework} (e.g. {where}), not FastAPI" in error
    assert main(["init", str(root), "--yes"]) == 1
    assert "not FastAPI" in capsys.readouterr().err
    assert _files(root) == before


def test_a_route_under_a_prefix_is_found_where_it_is_served(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = build_tree(
        tmp_path / "demo",
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/main.py": (
                "from fastapi import FastAPI\n\nfrom app.api.main import api_router\n\n"
                'app = FastAPI()\napp.include_router(api_router, prefix="/api/v1")\n'
            ),
            "app/api/__init__.py": "",
            "app/api/main.py": (
                "from fastapi import APIRouter\n\nfrom app.api.routes import users\n\n"
                "api_router = APIRouter()\napi_router.include_router(users.router)\n"
            ),
            "app/api/routes/__init__.py": "",
            "app/api/routes/users.py": (
                'from fastapi import APIRouter\n\nrouter = APIRouter(prefix="/users")\n\n\n'
                '@router.patch("/{user_id}/profile")\n'
                "def update_user_profile(user_id: str) -> None:\n    return None\n"
            ),
        },
    )
    before = _files(root)
    assert main(["new", "function", "update profile", "--into", str(root), "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith(
        "error: PATCH /api/v1/users/{user_id}/profile is already served by "
        "update_user_profile (app/api/routes/users.py:7)"
    )
    assert _files(root) == before
