"""`scaffold new function` reads who may call the routes already where the new function goes:
when every one of them requires a role, the floor rises to admin and the output says why; a
project that shows nothing changes nothing, and the evidence never lowers a floor. Through
the CLI, on small FastAPI apps written by each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from scaffold.cli import main
from tests.generate.helpers import build_tree

DEPS = """\
from dataclasses import dataclass

from fastapi import Depends, HTTPException


@dataclass
class User:
    id: str
    role: str


def get_current_user() -> User:
    raise HTTPException(status_code=401)


def require_admin(user: User = Depends(get_current_user)) -> User:
    if user.role != "admin":
        raise HTTPException(status_code=403)
    return user
"""
# Every route behind the router's dependency.
ROUTER_LEVEL = """\
from fastapi import APIRouter, Depends

from app.deps import require_admin

router = APIRouter(prefix="/tasks", dependencies=[Depends(require_admin)])


@router.delete("/{task_id}")
def delete_task(task_id: str) -> None:
    return None


@router.post("/{task_id}/pause")
def pause_task(task_id: str) -> None:
    return None
"""
# Each route asks for the admin check itself.
PER_ROUTE = """\
from fastapi import APIRouter, Depends

from app.deps import User, require_admin

router = APIRouter(prefix="/tasks")


@router.delete("/{task_id}")
def delete_task(task_id: str, admin: User = Depends(require_admin)) -> None:
    return None
"""
# One route any signed-in user may call: the folder shows no rule.
MIXED = """\
from fastapi import APIRouter, Depends

from app.deps import User, get_current_user, require_admin

router = APIRouter(prefix="/tasks")


@router.delete("/{task_id}")
def delete_task(task_id: str, admin: User = Depends(require_admin)) -> None:
    return None


@router.get("/")
def list_tasks(user: User = Depends(get_current_user)) -> None:
    return None
"""
MAIN = """\
from fastapi import FastAPI

from app.routers import tasks

app = FastAPI()
app.include_router(tasks.router)
"""


def project(root: Path, routes: str, module: str = "tasks", main: str = MAIN) -> Path:
    """A small FastAPI app: ``routes`` in ``app/routers/<module>.py``, included by ``main``."""
    return build_tree(
        root,
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/deps.py": DEPS,
            "app/routers/__init__.py": "",
            f"app/routers/{module}.py": routes,
            "app/main.py": main,
        },
    )


def run(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as (out, err, _):
        code = main(list(args))
        return code, out.getvalue().decode(), err.getvalue().decode()


def new_function(root: Path, description: str) -> tuple[int, str, str]:
    return run("new", "function", description, "--into", str(root), "--yes", "--dry-run")


@pytest.mark.parametrize(
    ("routes", "evidence"),
    [
        (
            ROUTER_LEVEL,
            "(2 routes) requires admin: Depends(require_admin) at app/routers/tasks.py:5",
        ),
        (PER_ROUTE, "(1 route) requires admin: Depends(require_admin) at app/routers/tasks.py:9"),
    ],
)
def test_routes_that_all_require_a_role_raise_the_floor_to_admin(
    tmp_path: Path, routes: str, evidence: str
) -> None:
    root = project(tmp_path / "demo", routes)
    code, out, err = new_function(root, "create an invoice")  # alone: unsure
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert lines[1] == f"project: every route in app/routers/ {evidence}"
    assert lines[2] == "template: fallback:admin (score 0.45)"


def test_a_folder_with_any_route_open_to_signed_in_users_changes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path / "demo", MIXED)
    code, out, err = new_function(root, "create my invoice")
    assert code == 0, err
    assert out.splitlines()[:2] == [
        'signals: scope own ("my")',
        "template: fallback:create (score 0.45)",
    ]
    assert "project:" not in out


def test_project_evidence_never_lowers_the_floor(tmp_path: Path) -> None:
    root = project(tmp_path / "demo", ROUTER_LEVEL)
    code, out, err = new_function(root, "purge the audit log")  # danger: sensitive
    assert code == 0, err
    assert "template: sensitive_admin_action" in out or "template: fallback:sensitive" in out


def test_project_evidence_settles_an_unsure_change(tmp_path: Path) -> None:
    root = project(tmp_path / "demo", ROUTER_LEVEL)
    code, out, err = new_function(root, "delete a comment")
    assert code == 0, err
    assert "template: fallback:admin (score 0.45)" in out
    assert "took the safer contract" not in out  # the project said who, nothing to guess


@pytest.mark.usefixtures("rules_alone")  # the bound the rules offer, not the learned reading's
def test_project_evidence_keeps_the_bound_on_many_records(tmp_path: Path) -> None:
    """Alone, a change of many records with no word of who calls takes the safer bulk
    contract with --yes; the project saying who calls must not drop the bound on the list,
    and its line of evidence says so."""
    code, out, err = new_function(project(tmp_path / "mixed", MIXED), "Deactivate gift cards")
    assert code == 0, err
    assert "took the safer contract, fallback:bulk" in out
    root = project(tmp_path / "demo", ROUTER_LEVEL)
    code, out, err = new_function(root, "Deactivate gift cards")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    # the line of evidence says why the contract asks more than the project's role
    assert lines[1].startswith("project: every route in app/routers/ (2 routes) requires admin")
    assert (
        "; alone, the description takes the safer admin + bulk contract (nothing in 'Deactivate"
        " gift cards' says who may call it: it changes records"
    ) in lines[1]
    assert lines[2] == "template: fallback:bulk (score 0.45)"


def test_project_evidence_keeps_the_sensitive_level_of_a_change_to_someones_account(
    tmp_path: Path,
) -> None:
    """Alone, a change to a user's account named by id takes the safer sensitive contract
    with --yes; the project saying who calls (admin) must not lower it to the admin one."""
    description = "delete_user_photo DELETE /users/{user_id}/photo"
    code, out, err = new_function(project(tmp_path / "mixed", MIXED), description)
    assert code == 0, err
    assert "took the safer contract, fallback:sensitive" in out
    code, out, err = new_function(project(tmp_path / "demo", ROUTER_LEVEL), description)
    assert code == 0, err
    # with the project's role, the change to someone's account is danger, as with "admin":
    # the sensitive template itself
    assert out.splitlines()[0] == 'signals: roles admin; danger "delete user"'
    assert "template: sensitive_admin_action" in out


def test_danger_that_needs_a_role_reads_the_role_the_project_requires(tmp_path: Path) -> None:
    """An admin activating or deleting another business is danger when the words say admin;
    where every route already requires admin, the project says it: the sensitive contract,
    not the admin one (flotrafic-fastapi-backend's ``activate_business``). Where the project
    says nothing, the rules offer the admin contract and the labelled requests like it (this
    route among them, labelled sensitive) raise the offer to the sensitive one."""
    description = "activate_business PATCH /businesses/{business_id}/activate"
    code, out, err = new_function(project(tmp_path / "mixed", MIXED), description)
    assert code == 0, err
    assert out.splitlines()[0] == "signals: none"
    assert "requests like it in real applications often needed sensitive" in out
    assert "took the safer contract, fallback:sensitive" in out
    code, out, err = new_function(project(tmp_path / "demo", ROUTER_LEVEL), description)
    assert code == 0, err
    assert out.splitlines()[0] == 'signals: roles admin; danger "activate business"'
    assert "template: sensitive_admin_action" in out


def test_a_public_request_where_every_route_requires_admin_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path / "demo", ROUTER_LEVEL)
    before = sorted(p for p in root.rglob("*"))
    code, _, err = run("new", "function", "public health check", "--into", str(root), "--yes")
    assert code == 1
    assert err.count("\n") == 1
    assert "for a role (project: every route in app/routers/ (2 routes) requires admin" in err
    assert sorted(p for p in root.rglob("*")) == before


async def test_the_mcp_plan_reads_the_same_evidence_as_the_cli(tmp_path: Path) -> None:
    from tests.mcp.helpers import call, connect

    root = project(tmp_path / "demo", ROUTER_LEVEL)
    async with connect(root) as session:
        plan = await call(session, "plan", description="create an invoice", options={})
        unsure = await call(session, "plan", description="delete a comment", options={})
    assert plan["spec"]["template"] == "fallback:admin"
    assert any(
        w.startswith("project: every route in app/routers/ (2 routes)") for w in plan["warnings"]
    )
    assert unsure["spec"]["template"] == "fallback:admin"
    assert not any("took the safer contract" in w for w in unsure["warnings"])


async def test_the_mcp_plan_of_an_unsure_change_takes_the_safer_contract_and_says_so(
    tmp_path: Path,
) -> None:
    from tests.generate.helpers import flat_project
    from tests.mcp.helpers import call, connect

    root = flat_project(tmp_path / "demo")
    async with connect(root) as session:
        plan = await call(session, "plan", description="delete a comment", options={})
    assert plan["spec"]["template"] == "fallback:admin"
    assert any(
        w.endswith("if any signed-in user may call it, pass options.template fallback:delete")
        for w in plan["warnings"]
    )
