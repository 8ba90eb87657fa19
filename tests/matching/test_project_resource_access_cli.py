"""Per-resource project evidence through the CLI: when the routes on the new function's
collection that act on other users' records all require a role, the floor rises to admin (to the
top role where each of them is guarded by a check named for a super administrator)
and a line names them, even where the endpoints folder is mixed; a new change rises so too
when the routes that change the collection (two at least) all require a role, though its reads
are open. A mixed resource adds
nothing, the caller's own routes are not made admin, and a public request there is refused
as a contradiction. The role the project names says who may call, not what is at stake: the
learned reading may still offer more. On a small FastAPI app written by each test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from scaffold.generate._access import resource_of
from scaffold.matching import Level, Strength
from tests.generate.helpers import build_tree
from tests.matching.test_project_access_cli import DEPS, MIXED, run
from tests.matching.test_project_access_cli import MAIN as MAIN_TASKS
from tests.matching.test_project_access_cli import project as app_with

# /users: every route on other users' records behind require_admin; /users/me open to the
# signed-in caller, /users/signup to anyone. Set aside as the caller's own and as an entry.
USERS = """\
from fastapi import APIRouter, Depends

from app.deps import User, get_current_user, require_admin

router = APIRouter(prefix="/users")


@router.get("/")
def list_accounts(admin: User = Depends(require_admin)) -> None:
    return None


@router.patch("/{user_id}")
def edit_account(user_id: str, admin: User = Depends(require_admin)) -> None:
    return None


@router.delete("/{user_id}")
def remove_account(user_id: str, admin: User = Depends(require_admin)) -> None:
    return None


@router.get("/me")
def read_me(user: User = Depends(get_current_user)) -> None:
    return None


@router.post("/signup")
def signup() -> None:
    return None
"""
MAIN = """\
from fastapi import FastAPI

from app.routers import tasks, users

app = FastAPI()
app.include_router(users.router, prefix="/api/v1")
app.include_router(tasks.router, prefix="/api/v1")
"""
ONE_MORE_OWN = """\

@router.get("/me")
def read_me(user: User = Depends(get_current_user)) -> None:
    return None
"""
EVIDENCE = (
    "project: the 3 routes on /users/ here that act on other users' records require admin: "
    "require_admin (app/deps.py:16)"
)


def project(root: Path) -> Path:
    return build_tree(
        root,
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/deps.py": DEPS,
            "app/routers/__init__.py": "",
            "app/routers/users.py": USERS,
            "app/routers/tasks.py": MIXED,  # /tasks: one admin route, one for any user
            "app/main.py": MAIN,
        },
    )


def new_function(root: Path, *args: str) -> tuple[int, str, str]:
    return run("new", "function", *args, "--into", str(root), "--yes", "--dry-run")


def test_a_new_route_on_a_resource_whose_routes_all_require_admin_gets_the_admin_floor(
    tmp_path: Path,
) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(
        root, "count the accounts", "--method", "GET", "--path", "/users/count"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert lines[1] == EVIDENCE
    assert lines[2] == "template: fallback:admin (score 0.45)"


def test_the_route_read_from_the_description_finds_its_siblings(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    # POST /users/{user_id}/archive ("a user" already asks for admin: the line is what is new)
    code, out, err = new_function(root, "archive a user")
    assert code == 0, err
    assert "signals: roles admin" in out.splitlines()[0]
    assert out.splitlines()[1] == EVIDENCE
    assert "template: fallback:user" not in out


def test_the_route_named_outright_in_the_description_finds_its_siblings(tmp_path: Path) -> None:
    """``get_account_stats GET /api/v1/users/stats``: the route it names is on /users, though
    the function it plans is named for its last segment, "stats"."""
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "get_account_stats GET /api/v1/users/stats")
    assert code == 0, err
    assert out.splitlines()[1] == EVIDENCE
    assert "template: fallback:admin" in out


def test_a_resource_with_a_route_open_to_signed_in_users_adds_nothing(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "archive a task")
    assert code == 0, err
    assert "project:" not in out
    assert "roles admin" not in out


def test_the_callers_own_route_is_not_made_admin_by_its_siblings(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(
        root,
        "change the notification settings",
        "--method",
        "PATCH",
        "--path",
        "/users/me/settings",
    )
    assert code == 0, err
    assert "project:" not in out
    assert "roles admin" not in out


def test_a_public_request_against_the_resource_evidence_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    before = sorted(root.rglob("*"))
    code, _, err = run(
        "new",
        "function",
        "public list of users",
        "--path",
        "/users/public",
        "--method",
        "GET",
        "--into",
        str(root),
        "--yes",
    )
    assert code == 1
    assert err.count("\n") == 1
    assert "for a role (project: the 3 routes on /users/" in err
    assert sorted(root.rglob("*")) == before


@pytest.mark.parametrize(
    ("path", "resource"),
    [
        ("/api/v1/users/{user_id}", "users"),
        ("{settings.API_V1_STR}/users/", "users"),  # a prefix the analyzer could not resolve
        ("/v2/api-keys/{id}", "api-keys"),
        ("/api/private/menus/list", "menus"),  # the API's guarded part, not a collection
        ("/users", "users"),
        ("/{tenant}/users", None),  # the collection depends on a parameter: no resource
        ("/api/v1", None),
        ("/{path:path}", None),  # a catch-all, not a collection
    ],
)
def test_the_resource_of_a_route_sets_the_api_prefix_aside(path: str, resource: str | None) -> None:
    assert resource_of(path) == resource


def test_one_sibling_is_not_a_rule(tmp_path: Path) -> None:
    only_one = USERS.partition('@router.patch("/{user_id}")')[0]  # GET /users/ alone
    root = project(tmp_path / "demo")
    (root / "app/routers/users.py").write_text(only_one + ONE_MORE_OWN, encoding="utf-8")
    code, out, err = new_function(
        root, "count the accounts", "--method", "GET", "--path", "/users/count"
    )
    assert code == 0, err
    assert "project:" not in out


def test_the_leave_one_out_benchmark_counts_found_and_stronger_signals(tmp_path: Path) -> None:
    from tests.bench_scripts import load_bench

    load_bench("analyze_corpus")  # the benchmark borrows its checkout
    bench = load_bench("project_evidence")
    root = project(tmp_path / "demo")
    score = bench.score_app("demo", root, "app/routers", 2)
    # Need a role: the three /users routes (two siblings each) and DELETE /tasks/{id} (its
    # one sibling is open to signed-in users). Open: /users/me (own), /users/signup (its
    # siblings all need admin: stronger than needed), GET /tasks/ (one sibling).
    assert (score.routes, score.role, score.open_routes) == (7, 4, 3)
    assert (score.folder_hits, score.resource_hits) == (0, 3)
    assert (score.folder_false, score.resource_false) == (0, 1)
    assert score.wrong == ["POST /api/v1/users/signup (app/routers/users.py::signup)"]
    # Signing in alone: six routes require it; none has the evidence (each /users route has
    # the open signup among its siblings, each /tasks route one sibling). The open signup's
    # four siblings all check: a public request there would be asked about (the price).
    assert (score.signed_in, score.signed_in_hits, score.anyone) == (6, 0, 1)
    assert score.asked == ["POST /api/v1/users/signup (app/routers/users.py::signup)"]


def test_the_planned_route_is_read_when_the_description_names_no_action(tmp_path: Path) -> None:
    root = project(tmp_path / "demo")
    code, out, err = new_function(root, "bulk users")  # no verb: the template's route is taken
    assert code == 0, err
    assert 'signals: roles admin; bulk "bulk"' in out.splitlines()
    assert EVIDENCE in out.splitlines()


async def test_the_mcp_plan_reads_the_resource_evidence_as_the_cli(tmp_path: Path) -> None:
    from tests.mcp.helpers import call, connect

    root = project(tmp_path / "demo")
    async with connect(root) as session:
        options = {"method": "GET", "path": "/users/count"}
        plan = await call(session, "plan", description="count the accounts", options=options)
    assert plan["spec"]["template"] == "fallback:admin"
    assert EVIDENCE in plan["warnings"]


# Safos-Backend's shape: a signed-in dependency, and the admin check a helper every handler
# calls as its first statement; beside them the caller's own total, "my-" inside a segment.
AGENTS = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import User, get_current_user

router = APIRouter(prefix="/agents")


def require_admin(user: User) -> None:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="admins only")


@router.get("/all")
def get_agent_all(user: User = Depends(get_current_user)) -> None:
    require_admin(user)


@router.delete("/delete/{agent_id}")
def delete_agent(agent_id: int, user: User = Depends(get_current_user)) -> None:
    require_admin(user)


@router.get("/my-orders-total-price")
def get_my_orders_total_price(user: User = Depends(get_current_user)) -> None:
    return None
"""


def agents_project(root: Path) -> Path:
    return app_with(root, AGENTS, "agents", MAIN_TASKS.replace("tasks", "agents"))


def test_siblings_checked_by_a_helper_they_call_raise_the_floor(tmp_path: Path) -> None:
    """The caller's own total (``/agents/my-orders-total-price``) is set aside, so the
    routes on other users' records are all admin's."""
    root = agents_project(tmp_path / "demo")
    assert_admin_floor(
        root,
        "get_agents_earnings GET /agents/earnings",
        "the 2 routes on /agents/",
        "role check in require_admin (app/routers/agents.py:8)",
    )


def assert_admin_floor(root: Path, description: str, routes: str, guard: str) -> None:
    """``description`` gets the admin contract from its siblings, the evidence line naming
    ``routes`` ("the 2 routes on /agents/") and the ``guard`` they share. Callers run with the
    rules alone where the learned reading may offer more on top (tests/matching/test_learned.py)."""
    code, out, err = new_function(root, description)
    assert code == 0, err
    assert out.splitlines()[1] == (
        f"project: {routes} here that act on other users' records require admin: {guard}"
    )
    assert "template: fallback:admin" in out


def test_a_new_route_of_the_callers_own_is_not_made_admin_by_its_siblings(
    tmp_path: Path,
) -> None:
    root = agents_project(tmp_path / "demo")
    code, out, err = new_function(root, "get_my_commission GET /agents/my-commission")
    assert code == 0, err
    assert "project:" not in out
    assert "roles admin" not in out


@pytest.mark.parametrize(
    ("path", "own"),
    [
        ("/agents/my-orders-total-price", True),
        ("/my_projects/{id}", True),
        ("/users/me", True),
        ("/mycelium/spores", False),
        ("/agents/summary-my", False),
    ],
)
def test_the_callers_own_routes_are_read_from_me_and_my_segments(path: str, own: bool) -> None:
    from scaffold.generate._access import is_own

    assert is_own(path) is own


# Flohmarkt's shape: a signed-in dependency, and the role checked in each handler's body on
# the user held as a document.
REPORTS = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import User, get_current_user

router = APIRouter(prefix="/reports")


@router.get("/reportees")
def get_reportees(current_user: User = Depends(get_current_user)) -> None:
    if not (current_user["moderator"] or current_user["admin"]):
        raise HTTPException(status_code=403, detail="Only mod and admin may do this")


@router.get("/{reportee}")
def get_reports(reportee: str, current_user: User = Depends(get_current_user)) -> None:
    if not (current_user["moderator"] or current_user["admin"]):
        raise HTTPException(status_code=403, detail="Only mod and admin may do this")
"""


def test_the_evidence_names_a_role_checked_in_the_handlers_bodies(tmp_path: Path) -> None:
    """The line names the role check, not the sign-in dependency every route also has."""
    root = app_with(tmp_path / "demo", REPORTS, "reports", MAIN_TASKS.replace("tasks", "reports"))
    code, out, err = new_function(root, "list_report_stats GET /reports/stats")
    assert code == 0, err
    assert out.splitlines()[1] == (
        "project: the 2 routes on /reports/ here that act on other users' records require "
        "admin: role check in the handler body"
    )
    assert out.splitlines()[0] == "signals: roles admin"


# angelhouslistingbackendapis' shape: some routes check the role in their bodies behind the
# signed-in dependency, others take an admin dependency; nothing is shared by all.
MIXED_GUARDS = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import User, get_current_user, require_admin

router = APIRouter(prefix="/reports")


@router.get("/reportees")
def get_reportees(current_user: User = Depends(get_current_user)) -> None:
    if current_user.role != "admin":
        raise HTTPException(status_code=403)


@router.get("/{reportee}")
def get_reports(reportee: str, admin: User = Depends(require_admin)) -> None:
    return None
"""


def test_with_no_evidence_shared_the_line_names_a_role_check_not_the_sign_in(
    tmp_path: Path,
) -> None:
    """When the siblings share no evidence, the line names the first one's role check, not
    its sign-in dependency (it said "require admin: Depends(get_current_user) at ...")."""
    root = app_with(
        tmp_path / "demo", MIXED_GUARDS, "reports", MAIN_TASKS.replace("tasks", "reports")
    )
    code, out, err = new_function(root, "list_report_stats GET /reports/stats")
    assert code == 0, err
    assert out.splitlines()[1] == (
        "project: the 2 routes on /reports/ here that act on other users' records require "
        "admin: role check in the handler body"
    )


# dtransfert's shape: the signed-in dependency copies the caller's "is_owner" flag (the owner
# of the company account) into the user it returns, every route is scoped to the caller's
# company, and a permission factory's guard is bound to a name the routes depend on.
TENANT_DEPS = """\
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException


@dataclass
class CurrentUser:
    id: str
    company_id: str | None
    permissions: frozenset[str]
    is_owner: bool


def get_current_user(authorization: str | None = Header(default=None)) -> CurrentUser:
    if not authorization:
        raise HTTPException(status_code=401)
    user = load_user(authorization)
    return CurrentUser(
        id=user.id,
        company_id=user.company_id,
        permissions=user.permissions,
        is_owner=user.is_owner,
    )


def load_user(token: str) -> CurrentUser:
    raise HTTPException(status_code=401)


def require_permission(code: str) -> Callable[..., CurrentUser]:
    def dependency(current_user: CurrentUser = Depends(get_current_user)) -> CurrentUser:
        if current_user.is_owner:
            return current_user
        if code not in current_user.permissions:
            raise HTTPException(status_code=403)
        return current_user

    return dependency


def get_company_scope(current_user: CurrentUser = Depends(get_current_user)) -> str:
    if current_user.company_id is None:
        raise HTTPException(status_code=403)
    return current_user.company_id
"""
DEPOSITS = """\
from fastapi import APIRouter, Depends

from app.deps import CurrentUser, get_company_scope, require_permission

router = APIRouter(prefix="/deposits")

_require_manage = require_permission("deposits.manage")


@router.get("")
def list_deposits(
    company_id: str = Depends(get_company_scope),
    user: CurrentUser = Depends(_require_manage),
) -> None:
    return None


@router.post("/{deposit_id}/cancel")
def cancel_deposit(
    deposit_id: str,
    company_id: str = Depends(get_company_scope),
    user: CurrentUser = Depends(_require_manage),
) -> None:
    return None
"""


@pytest.mark.usefixtures("rules_alone")  # the floor; a deposit may be offered more on top
def test_an_owner_flag_copied_from_the_caller_ties_no_record_to_them(tmp_path: Path) -> None:
    """``CurrentUser(..., is_owner=user.is_owner)`` says what the caller is; read as an owner
    check, it had set every route aside as the caller's own, and the role went unseen."""
    root = build_tree(
        tmp_path / "demo",
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/deps.py": TENANT_DEPS,
            "app/routers/__init__.py": "",
            "app/routers/deposits.py": DEPOSITS,
            "app/routers/tasks.py": MIXED,  # the folder is mixed: only the resource speaks
            "app/main.py": MAIN_TASKS.replace("tasks", "deposits, tasks", 1).replace(
                "app.include_router(tasks.router)",
                "app.include_router(deposits.router)\napp.include_router(tasks.router)",
            ),
        },
    )
    assert_admin_floor(
        root,
        "create_deposit POST /deposits",
        "the 2 routes on /deposits/",
        "require_permission (app/deps.py:31)",
    )


# /companies: every route behind a guard named for a super administrator, as restore_company
# and cleanup_companies's siblings are in AccHelperBack (the hundred-forty-fourth set).
SUPER_DEPS = (
    DEPS
    + """

def require_super_admin(user: User = Depends(get_current_user)) -> User:
    if user.role != "super_admin":
        raise HTTPException(status_code=403)
    return user
"""
)
COMPANIES = """\
from fastapi import APIRouter, Depends

from app.deps import User, require_admin, require_super_admin

router = APIRouter(prefix="/companies")


@router.get("/")
def list_companies(admin: User = Depends(require_super_admin)) -> None:
    return None


@router.patch("/{company_id}")
def edit_company(company_id: str, admin: User = Depends(GUARD)) -> None:
    return None
"""


def companies_project(root: Path, guard: str, *, tasks: bool = True) -> Path:
    """Companies, and beside them ``tasks`` (one admin route, one for any user): then the
    folder says nothing and the resource does."""
    files = {
        "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
        "app/__init__.py": "",
        "app/deps.py": SUPER_DEPS,
        "app/routers/__init__.py": "",
        "app/routers/companies.py": COMPANIES.replace("GUARD", guard),
        "app/main.py": MAIN.replace("users", "companies"),
    }
    if tasks:
        files["app/routers/tasks.py"] = MIXED
    else:
        files["app/main.py"] = (
            files["app/main.py"]
            .replace("tasks, companies", "companies")
            .replace('app.include_router(tasks.router, prefix="/api/v1")\n', "")
        )
    return build_tree(root, files)


def test_siblings_kept_for_a_super_administrator_raise_the_floor_to_the_top_role(
    tmp_path: Path,
) -> None:
    root = companies_project(tmp_path / "demo", "require_super_admin")
    code, out, err = new_function(
        root, "restore_company POST /api/v1/companies/{company_id}/restore"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles super_admin"
    assert lines[1] == (
        "project: the 2 routes on /companies/ here that act on other users' records require"
        " super_admin: require_super_admin (app/deps.py:22)"
    )
    assert lines[2] == "template: fallback:sensitive (score 0.45)"


@pytest.mark.usefixtures("rules_alone")  # the floor; a restore may be offered more on top
def test_one_sibling_kept_for_any_staff_member_keeps_the_admin_floor(tmp_path: Path) -> None:
    root = companies_project(tmp_path / "demo", "require_admin")
    code, out, err = new_function(
        root, "restore_company POST /api/v1/companies/{company_id}/restore"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert "require admin: " in lines[1]
    assert "sensitive" not in lines[2]


class _SensitiveAmongStaffs:
    """A model whose likeliest label is the owner's read, and the sensitive contract among
    the labels a staff floor admits: it raises nothing until the project names a role."""

    def strongest_likely(
        self, _: str, admits: Callable[[Strength], bool], __: float
    ) -> tuple[str, Strength]:
        if admits(Strength(Level.owner)):
            return "fallback:read", Strength(Level.owner)
        return "sensitive_admin_action", Strength(Level.sensitive)


def test_the_projects_role_leaves_what_is_at_stake_to_the_requests_like_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scaffold.matching import _match

    monkeypatch.setattr(_match, "current_model", _SensitiveAmongStaffs)
    root = companies_project(tmp_path / "demo", "require_admin")
    description = "get_company GET /api/v1/companies/{company_id}"
    code, out, err = new_function(root, description)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles admin"
    assert "require admin: " in lines[1]
    assert lines[2] == "template: fallback:sensitive (score 0.45)"
    assert lines[3].startswith(f"  {description!r} says who may call it (admin) but not what")
    assert lines[3].endswith("if any staff member may call it, pass --template fallback:admin")


def test_a_folder_kept_for_a_super_administrator_gives_the_top_role(tmp_path: Path) -> None:
    root = companies_project(tmp_path / "demo", "require_super_admin", tasks=False)
    assert "tasks" not in (root / "app/main.py").read_text(encoding="utf-8")
    code, out, err = new_function(root, "archive a report", "--path", "/reports/{report_id}")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "signals: roles super_admin"
    assert lines[1].startswith(
        "project: every route in app/routers/ (2 routes) requires super_admin: "
    )


# /tasks: every signed-in user reads the tasks; only an admin makes, changes or removes one.
CHANGES_FOR_ADMIN = """\
from fastapi import APIRouter, Depends

from app.deps import User, get_current_user, require_admin

router = APIRouter(prefix="/tasks")


@router.get("/")
def list_tasks(user: User = Depends(get_current_user)) -> None:
    return None


@router.get("/{task_id}")
def read_task(task_id: str, user: User = Depends(get_current_user)) -> None:
    return None


@router.post("/")
def add_task(admin: User = Depends(require_admin)) -> None:
    return None


@router.put("/{task_id}")
def replace_task(task_id: str, admin: User = Depends(require_admin)) -> None:
    return None


@router.delete("/{task_id}")
def drop_task(task_id: str, admin: User = Depends(require_admin)) -> None:
    return None
"""
CHANGES_EVIDENCE = (
    "project: the 3 routes on /tasks/ here that change them require admin: "
    "require_admin (app/deps.py:16)"
)


def test_a_new_change_goes_with_changes_kept_for_admin_though_reads_are_open(
    tmp_path: Path,
) -> None:
    root = app_with(tmp_path / "demo", CHANGES_FOR_ADMIN, main=MAIN_TASKS)
    code, out, err = new_function(root, "archive_task POST /tasks/{task_id}/archive")
    assert code == 0, err
    lines = out.splitlines()
    assert "roles admin" in lines[0]
    assert lines[1] == CHANGES_EVIDENCE
    assert "template: fallback:admin" in out


def test_a_new_read_there_stays_open_to_signed_in_users(tmp_path: Path) -> None:
    root = app_with(tmp_path / "demo", CHANGES_FOR_ADMIN, main=MAIN_TASKS)
    code, out, err = new_function(root, "count_tasks GET /tasks/count")
    assert code == 0, err
    assert "roles admin" not in out
    assert "change them" not in out


def test_changes_not_all_kept_for_admin_add_nothing(tmp_path: Path) -> None:
    open_put = CHANGES_FOR_ADMIN.replace(
        "def replace_task(task_id: str, admin: User = Depends(require_admin))",
        "def replace_task(task_id: str, user: User = Depends(get_current_user))",
    )
    root = app_with(tmp_path / "demo", open_put, main=MAIN_TASKS)
    code, out, err = new_function(root, "archive_task POST /tasks/{task_id}/archive")
    assert code == 0, err
    assert "roles admin" not in out
    assert "change them" not in out


# wrap-iq's shape (the two-hundred-twenty-eighth set): each handler calls an admin check as its
# first statement and reads or changes only its organization's records, filtered by the
# caller's organization. TIE is that filter; an owner's id in its place ties records to the
# caller.
ESTIMATES = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import User, get_current_user

router = APIRouter(prefix="/estimates")


def _require_admin(user: User) -> None:
    if user.role != "admin":
        raise HTTPException(status_code=403)


class Estimate:
    organization_id: str
    owner_id: str


def _load(estimate_id: str) -> Estimate:
    raise HTTPException(status_code=404)


@router.post("")
def create_estimate(user: User = Depends(get_current_user)) -> None:
    _require_admin(user)


@router.patch("/{estimate_id}")
def update_estimate(estimate_id: str, user: User = Depends(get_current_user)) -> None:
    _require_admin(user)
    estimate = _load(estimate_id)
    if TIE:
        raise HTTPException(status_code=404)


@router.delete("/{estimate_id}")
def delete_estimate(estimate_id: str, user: User = Depends(get_current_user)) -> None:
    _require_admin(user)
    estimate = _load(estimate_id)
    if TIE:
        raise HTTPException(status_code=404)
"""
TENANT_TIE = "estimate.organization_id != user.organization_id"
OWNER_TIE = "estimate.owner_id != user.id"


def estimates_project(root: Path, tie: str) -> Path:
    """The estimates, and beside them ``tasks`` (one admin route, one for any user): then the
    folder says nothing and the resource does."""
    main = MAIN.replace("users", "estimates")
    app_with(root, ESTIMATES.replace("TIE", tie), "estimates", main)
    return build_tree(root, {"app/routers/tasks.py": MIXED})


def test_siblings_kept_to_the_callers_organization_still_require_their_role(
    tmp_path: Path,
) -> None:
    """A record kept inside the caller's organization is no record of the caller's own: its
    other members reach it too, so the admin check beside that filter still speaks for the
    collection. An owner's id in its place lets the owner in, and those siblings are set aside
    as the caller's own (one sibling left: no rule)."""
    tenant = estimates_project(tmp_path / "tenant", TENANT_TIE)
    assert_admin_floor(
        tenant,
        "list_estimates GET /estimates",
        "the 3 routes on /estimates/",
        "role check in _require_admin (app/routers/estimates.py:8)",
    )
    owned = estimates_project(tmp_path / "owned", OWNER_TIE)
    code, out, err = new_function(owned, "list_estimates GET /estimates")
    assert code == 0, err
    assert "project:" not in out
    assert "template: fallback:read" in out
