"""Project evidence on the shapes real FastAPI apps give their routes, through the CLI: a
collection nested under a parent record (``/api/project/{project_name}/backends/create``,
guarded by a ``ProjectAdmin()`` instance), a tenant's collection (``/{organization}/cases``),
and admin routes whose bodies also filter by the caller (the role guard still decides). On a
small FastAPI app written by each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Handler, Protection
from scaffold.generate._access import collection_of, nested_resource_of
from tests.generate.helpers import build_tree
from tests.matching.test_project_access_cli import DEPS, run

PERMISSIONS = """\
from fastapi import Depends, HTTPException

from app.deps import User, get_current_user


def get_user_project_role(user: User, project: str) -> str:
    return "member"


class ProjectAdmin:
    def __call__(
        self, project_name: str, user: User = Depends(get_current_user)
    ) -> tuple[User, str]:
        if user.role == "admin":
            return user, project_name
        if get_user_project_role(user=user, project=project_name) == "admin":
            return user, project_name
        raise HTTPException(status_code=403)


class ProjectMember:
    def __call__(
        self, project_name: str, user: User = Depends(get_current_user)
    ) -> tuple[User, str]:
        return user, project_name
"""
BACKENDS = """\
from fastapi import APIRouter, Depends

from app.permissions import ProjectAdmin

router = APIRouter(prefix="/api/project/{project_name}/backends")


@router.post("/create")
def create_backend(user_project: tuple = Depends(ProjectAdmin())) -> None:
    return None


@router.post("/update")
def update_backend(user_project: tuple = Depends(ProjectAdmin())) -> None:
    return None


@router.post("/delete")
def delete_backends(user_project: tuple = Depends(ProjectAdmin())) -> None:
    return None
"""
RUNS = """\
from fastapi import APIRouter, Depends

from app.permissions import ProjectMember

router = APIRouter(prefix="/api/project/{project_name}/runs")


@router.post("/list")
def list_runs(user_project: tuple = Depends(ProjectMember())) -> None:
    return None


@router.post("/stop")
def stop_runs(user_project: tuple = Depends(ProjectMember())) -> None:
    return None
"""
CASES = """\
from fastapi import APIRouter, Depends

from app.deps import User, require_admin

router = APIRouter(prefix="/api/v1/{organization}/cases")


@router.put("/{case_id}")
def update_case(case_id: int, admin: User = Depends(require_admin)) -> None:
    return None


@router.delete("/{case_id}")
def delete_case(case_id: int, admin: User = Depends(require_admin)) -> None:
    return None
"""
# Admin routes whose bodies pass the caller on (a store scoped by who asks): the role guard
# runs first, so no owner gets in without it.
REPORTS = """\
from fastapi import APIRouter, Depends

from app.deps import User, require_admin

router = APIRouter(prefix="/reports")


def fetch(user_id: str) -> None:
    return None


@router.get("/")
def list_reports(admin: User = Depends(require_admin)) -> None:
    return fetch(user_id=admin.id)


@router.delete("/{report_id}")
def delete_report(report_id: str, admin: User = Depends(require_admin)) -> None:
    return fetch(user_id=admin.id)
"""
MAIN = """\
from fastapi import FastAPI

from app.routers import backends, cases, reports, runs

app = FastAPI()
for module in (backends, cases, reports, runs):
    app.include_router(module.router)
"""


def project(root: Path) -> Path:
    return build_tree(
        root,
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/deps.py": DEPS,
            "app/permissions.py": PERMISSIONS,
            "app/routers/__init__.py": "",
            "app/routers/backends.py": BACKENDS,
            "app/routers/runs.py": RUNS,
            "app/routers/cases.py": CASES,
            "app/routers/reports.py": REPORTS,
            "app/main.py": MAIN,
        },
    )


def new_function(root: Path, description: str) -> tuple[int, str, str]:
    return run("new", "function", description, "--into", str(root), "--yes", "--dry-run")


def test_a_collection_nested_under_a_project_behind_project_admin_gets_the_admin_floor(
    tmp_path: Path,
) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "Create backend")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert lines[1] == (
        "project: the 3 routes on /backends/ here that act on other users' records require "
        "admin: ProjectAdmin (app/permissions.py:11)"
    )
    assert lines[2] == "template: fallback:admin (score 0.45)"


def test_a_nested_collection_any_member_may_use_adds_nothing(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "cancel a run")
    assert code == 0, err
    assert "project:" not in out
    assert out.splitlines()[0] == "signals: none"


def test_a_tenants_collection_behind_require_admin_gets_the_admin_floor(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "archive a case")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert lines[1] == (
        "project: the 2 routes on /cases/ here that act on other users' records require "
        "admin: require_admin (app/deps.py:16)"
    )


def test_admin_routes_whose_bodies_filter_by_the_caller_still_require_admin(
    tmp_path: Path,
) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "archive a report")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert lines[1].startswith("project: the 2 routes on /reports/ here that act on other")


@pytest.mark.parametrize(
    ("path", "nested"),
    [
        ("/api/project/{project_name}/backends/create", "backends"),
        ("/api/v1/{organization}/cases/{case_id}", "cases"),
        ("/{tenant}/users", "users"),
        ("/projects/{name}/update", None),  # an action on the project itself
        ("/projects/{name}/set_members", None),
        ("/users/{user_id}", None),
        ("/users", None),
        ("/{path:path}", None),  # a catch-all, not a collection
    ],
)
def test_the_nested_collection_of_a_route(path: str, nested: str | None) -> None:
    assert nested_resource_of(path) == nested


def _route(method: str, path: str) -> Handler:
    return Handler("app/routes.py", 1, "handler", "fastapi", (method,), path, Protection())


def test_a_route_served_already_names_no_collection_but_itself() -> None:
    """FASTAPI-HEALTHCARE's ``PATCH /notifications/{id}/sent``: served already, it is the only
    route on "sent", so it acts on notifications (its siblings are theirs); another method on
    the same path is another route, and does name the nested collection."""
    served = [
        _route("GET", "/api/v1/notifications"),
        _route("PATCH", "/api/v1/notifications/{notification_id}/sent"),
    ]
    sent = "/api/v1/notifications/{notification_id}/sent"
    assert collection_of(served, "PATCH", sent) == "notifications"
    assert collection_of(served, "POST", sent) == "sent"
    assert collection_of(served, "POST", "/api/v1/notifications/{id}/failed") == "notifications"
