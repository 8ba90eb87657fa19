"""Role checks written as FastAPI dependencies the way real apps write them: a class instance
that compares the caller's role (``Depends(ProjectAdmin())``), ``Security`` scopes named by
constants, a dependency factory told which permission classes to apply. Each is a role check,
and a role compared or looked up is not an owner check. On a small tree written by each test."""

from __future__ import annotations

from pathlib import Path

from scaffold.analyze import Handler, Report
from tests.analyze.helpers import analyze_tree

PERMISSIONS = """\
from enum import Enum

from fastapi import Depends, HTTPException, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


class GlobalRole(str, Enum):
    ADMIN = "admin"
    USER = "user"


def log_in_with_token(token: str) -> "User | None":
    return None


def get_user_project_role(user: object, project: str) -> str:
    return "member"


class ProjectAdmin:
    async def __call__(
        self,
        project_name: str,
        token: HTTPAuthorizationCredentials = Security(HTTPBearer()),
    ) -> tuple[object, str]:
        user = log_in_with_token(token.credentials)
        if user is None:
            raise HTTPException(status_code=401)
        if user.global_role == GlobalRole.ADMIN:
            return user, project_name
        if get_user_project_role(user=user, project=project_name) == "admin":
            return user, project_name
        raise HTTPException(status_code=403)


class ProjectMember:
    async def __call__(
        self,
        project_name: str,
        token: HTTPAuthorizationCredentials = Security(HTTPBearer()),
    ) -> tuple[object, str]:
        user = log_in_with_token(token.credentials)
        if user is None:
            raise HTTPException(status_code=401)
        return user, project_name
"""
BACKENDS = """\
from fastapi import APIRouter, Depends

from app.permissions import ProjectAdmin, ProjectMember

router = APIRouter(prefix="/api/project/{project_name}/backends")


@router.post("/create")
async def create_backend(user_project: tuple = Depends(ProjectAdmin())) -> None:
    return None


@router.post("/list")
async def list_backends(user_project: tuple = Depends(ProjectMember())) -> None:
    return None
"""


def _by_function(report: Report) -> dict[str, Handler]:
    return {h.function: h for h in report.handlers}


def test_a_dependency_instance_that_compares_the_callers_role_is_a_role_check(
    tmp_path: Path,
) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/permissions.py": PERMISSIONS,
            "app/backends.py": BACKENDS,
        },
    )
    found = _by_function(report)
    admin = found["create_backend"].protection
    assert (admin.authenticated, admin.role_checked, admin.ownership_checked) == (
        True,
        True,
        False,  # user.global_role == GlobalRole.ADMIN and get_user_project_role(user=user)
    )
    assert "Depends(ProjectAdmin())" in admin.evidence[0]
    member = found["list_backends"].protection
    assert (member.authenticated, member.role_checked) == (True, False)


def test_security_scopes_named_by_constants_are_a_role_check(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/scopes.py": 'USER_CREATE = "user:create"\n',
            "app/oauth.py": (
                "from fastapi import HTTPException, Security\n"
                "from fastapi.security import OAuth2PasswordBearer, SecurityScopes\n"
                "oauth2_scheme = OAuth2PasswordBearer(tokenUrl='token')\n"
                "def verify_oauth_client(\n"
                "    security_scopes: SecurityScopes,\n"
                "    authorization: str = Security(oauth2_scheme),\n"
                ") -> str:\n"
                "    return authorization\n"
            ),
            "app/users.py": (
                "from fastapi import APIRouter, Security\n"
                "from app import scopes\n"
                "from app.oauth import verify_oauth_client\n"
                "from app.scopes import USER_CREATE\n"
                "router = APIRouter()\n"
                "@router.post('/user', dependencies=[Security(verify_oauth_client, "
                "scopes=[USER_CREATE])])\n"
                "def create_user() -> None: ...\n"
                "@router.delete('/user/{user_id}', dependencies=[Security(verify_oauth_client, "
                "scopes=[scopes.USER_CREATE])])\n"
                "def delete_user(user_id: str) -> None: ...\n"
                "@router.get('/user/me', dependencies=[Security(verify_oauth_client)])\n"
                "def read_me() -> None: ...\n"
            ),
        },
    )
    found = _by_function(report)
    assert found["create_user"].protection.role_checked
    assert any("USER_CREATE" in e for e in found["create_user"].protection.evidence)
    assert found["delete_user"].protection.role_checked
    assert found["read_me"].protection.authenticated
    assert not found["read_me"].protection.role_checked  # no scopes asked: signing in only


def test_a_dependency_factory_given_permission_classes_is_a_role_check(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/permissions.py": (
                "from fastapi import Request\n"
                "class IncidentEditPermission:\n"
                "    def __init__(self, request: Request) -> None: ...\n"
                "class PermissionsDependency:\n"
                "    def __init__(self, permissions_classes: list) -> None:\n"
                "        self.permissions_classes = permissions_classes\n"
                "    def __call__(self, request: Request) -> None:\n"
                "        for permission_class in self.permissions_classes:\n"
                "            permission_class(request=request)\n"
                "class Paginate:\n"
                "    def __init__(self, sizes: list) -> None: ...\n"
                "    def __call__(self) -> None: ...\n"
            ),
            "app/auth.py": (
                "from fastapi import HTTPException, Request\n"
                "def get_current_user(request: Request) -> str:\n"
                "    if not request.headers.get('authorization'):\n"
                "        raise HTTPException(status_code=401)\n"
                "    return 'user'\n"
            ),
            "app/incidents.py": (
                "from fastapi import APIRouter, Depends\n"
                "from app.auth import get_current_user\n"
                "from app.permissions import IncidentEditPermission, Paginate, "
                "PermissionsDependency\n"
                "router = APIRouter(dependencies=[Depends(get_current_user)])\n"
                "@router.put('/{organization}/incidents/{incident_id}',\n"
                "            dependencies=[Depends(PermissionsDependency("
                "[IncidentEditPermission]))])\n"
                "def update_incident(incident_id: int) -> None: ...\n"
                "@router.get('/{organization}/incidents', dependencies=[Depends(Paginate([10]))])\n"
                "def list_incidents() -> None: ...\n"
            ),
            "app/main.py": (
                "from fastapi import FastAPI\n"
                "from app import incidents\n"
                "app = FastAPI()\n"
                "app.include_router(incidents.router, prefix='/api/v1')\n"
            ),
        },
    )
    found = _by_function(report)
    update = found["update_incident"].protection
    assert (update.authenticated, update.role_checked) == (True, True)
    assert any("PermissionsDependency(IncidentEditPermission)" in e for e in update.evidence)
    listed = found["list_incidents"].protection
    assert (listed.authenticated, listed.role_checked) == (True, False)  # no permission named


def test_a_subclass_of_a_security_scheme_authenticates_like_the_scheme(tmp_path: Path) -> None:
    """bitcart's shape: ``class AuthDependency(OAuth2PasswordBearer)`` whose ``__call__``
    re-raises the scheme's 401 only when ``auto_error`` is set, one instance requiring a token
    and one not, reached as ``utils.authorization.auth_dependency`` through a package."""
    report = analyze_tree(
        tmp_path,
        {
            "api/__init__.py": "",
            "api/utils/__init__.py": "from api.utils import authorization\n",
            "api/utils/authorization.py": (
                "from fastapi import HTTPException, Request\n"
                "from fastapi.security import OAuth2PasswordBearer, SecurityScopes\n"
                "class AuthDependency(OAuth2PasswordBearer):\n"
                "    def __init__(self, token_required: bool = True) -> None:\n"
                "        super().__init__(tokenUrl='/token', auto_error=token_required)\n"
                "    async def __call__(\n"
                "        self, request: Request, security_scopes: SecurityScopes\n"
                "    ) -> object:\n"
                "        try:\n"
                "            return await self.find_user(request, security_scopes)\n"
                "        except HTTPException:\n"
                "            if self.auto_error:\n"
                "                raise\n"
                "            return None\n"
                "class StoreDependency(AuthDependency):\n"
                "    pass\n"
                "class QuietBearer(OAuth2PasswordBearer):\n"
                "    async def __call__(self, request: Request) -> object:\n"
                "        try:\n"
                "            return await super().__call__(request)\n"
                "        except HTTPException:\n"
                "            return None\n"
                "quiet = QuietBearer(tokenUrl='/token')\n"
                "class GuestBearer(OAuth2PasswordBearer):\n"
                "    def __init__(self) -> None:\n"
                "        super().__init__(tokenUrl='/token', auto_error=False)\n"
                "guest = GuestBearer()\n"
                "auth_dependency = AuthDependency()\n"
                "maybe_user = AuthDependency(token_required=False)\n"
                "store_dependency = StoreDependency()\n"
            ),
            "api/views/manage.py": (
                "from fastapi import APIRouter, Depends, Security\n"
                "from api import utils\n"
                "from api.utils.authorization import guest, maybe_user, quiet, store_dependency\n"
                "router = APIRouter()\n"
                "@router.post('/manage/update')\n"
                "async def update_server(\n"
                "    user: object = Security(utils.authorization.auth_dependency,"
                " scopes=['server_management']),\n"
                ") -> None: ...\n"
                "@router.get('/manage/stats')\n"
                "async def stats(user: object = Depends(utils.authorization.auth_dependency))"
                " -> None: ...\n"
                "@router.get('/manage/policies')\n"
                "async def policies(user: object = Security(maybe_user)) -> None: ...\n"
                "@router.get('/stores')\n"
                "async def stores(user: object = Depends(store_dependency)) -> None: ...\n"
                "@router.get('/news')\n"
                "async def news(token: object = Depends(quiet)) -> None: ...\n"
                "@router.get('/menu')\n"
                "async def menu(token: object = Depends(guest)) -> None: ...\n"
            ),
        },
    )
    found = _by_function(report)
    update = found["update_server"].protection
    assert (update.authenticated, update.role_checked) == (True, True)
    assert any("a OAuth2PasswordBearer" in e for e in update.evidence)
    stats = found["stats"].protection
    assert (stats.authenticated, stats.role_checked) == (True, False)
    assert not found["policies"].protection.authenticated  # token_required=False
    assert found["stores"].protection.authenticated  # a subclass of the subclass
    assert not found["menu"].protection.authenticated  # told the scheme not to refuse
    assert not found["news"].protection.authenticated  # catches the 401 and lets anyone in


def test_a_class_holding_an_optional_scheme_and_refusing_itself_authenticates(
    tmp_path: Path,
) -> None:
    """The tutorials' ``JWTBearer``: not a subclass of a scheme, it keeps
    ``HTTPBearer(auto_error=False)`` and raises the 401 itself. The scheme's
    ``auto_error=False`` says nothing of the class."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/main.py": (
                "from fastapi import Depends, FastAPI, HTTPException, Request\n"
                "from fastapi.security import HTTPBearer\n"
                "class JWTBearer:\n"
                "    def __init__(self) -> None:\n"
                "        self.scheme = HTTPBearer(auto_error=False)\n"
                "    async def __call__(self, request: Request) -> str:\n"
                "        credentials = await self.scheme(request)\n"
                "        if credentials is None:\n"
                "            raise HTTPException(status_code=401)\n"
                "        return credentials.credentials\n"
                "app = FastAPI()\n"
                "@app.post('/items')\n"
                "async def create_item(token: str = Depends(JWTBearer())) -> None: ...\n"
            ),
        },
    )
    assert _by_function(report)["create_item"].protection.authenticated


ALIASED = """\
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/login")


def lookup(token: str) -> dict:
    return {}


def verify_current_admin(token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    user = lookup(token)
    if not user:
        raise HTTPException(status_code=401)
    if not user.get("is_superuser", False):
        raise HTTPException(status_code=403)
    return user


CurrentAdmin = Depends(verify_current_admin)
admin_router = APIRouter()
open_router = APIRouter()


@admin_router.delete("/products/{product_id}")
def delete_product(product_id: int) -> None: ...


@open_router.get("/products")
def list_products() -> None: ...


@open_router.post("/reports")
def create_report(admin: dict = CurrentAdmin) -> None: ...


app = FastAPI()
app.include_router(admin_router, prefix="/admin", dependencies=[CurrentAdmin])
app.include_router(open_router)
"""


def test_a_dependency_named_once_and_used_by_name_guards_like_the_call(tmp_path: Path) -> None:
    """``CurrentAdmin = Depends(verify_current_admin)``, then ``dependencies=[CurrentAdmin]``
    on a router or ``admin: dict = CurrentAdmin`` at a parameter: the name is the call, and
    ``user.get("is_superuser")`` refused is a role check."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": ALIASED})
    handlers = _by_function(report)
    for name in ("delete_product", "create_report"):
        assert handlers[name].protection.authenticated, name
        assert handlers[name].protection.role_checked, name
    assert not handlers["list_products"].protection.authenticated


LOADER = """\
from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

from app import models

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")
router = APIRouter(prefix="/stockitems")


def get_current_user(token: str = Depends(oauth2_scheme), db: object = None) -> object:
    token = verify_access_token(token)
    return db.query(models.User).filter(models.User.id == token.id).first()


def get_own_item(item_id: int, user: object = Depends(get_current_user), db: object = None):
    item = db.query(models.Item).filter(models.Item.id == item_id).first()
    if item.owner_id != user.id:
        raise HTTPException(status_code=403)
    return item


@router.patch("/{id}")
def update_item(id: int, current_user: object = Depends(get_current_user)) -> None:
    if current_user.role.value not in ("boss", "manager", "store_keeper"):
        raise HTTPException(status_code=403, detail="not allowed")


@router.get("/mine/{item_id}")
def read_own_item(item: object = Depends(get_own_item)) -> None:
    return None
"""


def test_a_guard_that_looks_the_caller_up_by_the_token_checks_no_owner(tmp_path: Path) -> None:
    """``User.id == token.id`` in the guard finds the caller; it does not tie a record to
    the caller, so a role check in the handler is a role check, not "owner or staff"."""
    report = analyze_tree(
        tmp_path,
        {"app/__init__.py": "", "app/models.py": "User = Item = object\n", "app/items.py": LOADER},
    )
    found = _by_function(report)
    staff = found["update_item"].protection
    assert (staff.authenticated, staff.role_checked, staff.ownership_checked) == (
        True,
        True,
        False,
    )
    own = found["read_own_item"].protection
    assert (own.authenticated, own.ownership_checked) == (True, True)  # item.owner_id != user.id


ONE_ADMIN = """\
from fastapi import APIRouter, Depends, HTTPException

from app.config import settings
from app.deps import get_current_user

router = APIRouter(prefix="/admin")


def require_super_admin(current_user: object = Depends(get_current_user)) -> object:
    if current_user.email.lower() != settings.SUPER_ADMIN_EMAIL.lower():
        raise HTTPException(status_code=403, detail="Super admin access required")
    return current_user


@router.get("/users")
def list_users(admin: object = Depends(require_super_admin)) -> None:
    return None


@router.post("/notes")
def add_note(current_user: object = Depends(get_current_user)) -> None:
    if current_user.id not in settings.admin_user_ids:
        raise HTTPException(status_code=403)
"""
DEPS = """\
from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


def get_current_user(token: str = Depends(oauth2_scheme)) -> object:
    return object()
"""


def test_the_caller_compared_with_the_configured_admin_is_a_role_check(tmp_path: Path) -> None:
    """``user.email != settings.SUPER_ADMIN_EMAIL``: only the configured administrator passes,
    a role check (read before as the caller's own record, an owner check)."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/config.py": "settings = object()\n",
            "app/deps.py": DEPS,
            "app/admin.py": ONE_ADMIN,
        },
    )
    found = _by_function(report)
    for name in ("list_users", "add_note"):
        guard = found[name].protection
        assert (guard.authenticated, guard.role_checked, guard.ownership_checked) == (
            True,
            True,
            False,
        ), name


DOCUMENT_ROLE = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import get_current_user

router = APIRouter(prefix="/reports")


async def get_current_admin(current_user: dict = Depends(get_current_user)) -> dict:
    if current_user.get("role") != "admin":
        raise HTTPException(status_code=403)
    return current_user


@router.get("/history")
async def auctions_history(admin: dict = Depends(get_current_admin)) -> None:
    return None


@router.get("/mine")
async def my_history(current_user: dict = Depends(get_current_user)) -> None:
    if current_user.get("active") is False:
        raise HTTPException(status_code=403)
"""


def test_a_role_read_from_a_user_document_with_get_is_a_role_check(tmp_path: Path) -> None:
    """``current_user.get("role") != "admin"`` on a user stored as a document (MongoDB), like
    ``current_user["role"]``; a document's other keys are not roles."""
    report = analyze_tree(
        tmp_path,
        {"app/__init__.py": "", "app/deps.py": DEPS, "app/reports.py": DOCUMENT_ROLE},
    )
    found = _by_function(report)
    admin = found["auctions_history"].protection
    assert (admin.authenticated, admin.role_checked) == (True, True)
    mine = found["my_history"].protection
    assert (mine.authenticated, mine.role_checked) == (True, False)


ADMIN_PASSES = """\
from fastapi import APIRouter, Depends, HTTPException

from app.deps import get_current_user

router = APIRouter(prefix="/wallet")


async def get_current_active_user(user: object = Depends(get_current_user)) -> object:
    if user.role.value == "admin":
        return user  # admins pass whatever their status
    if user.status.value not in ("active", "pending_verification"):
        raise HTTPException(status_code=403, detail="Account not active")
    return user


async def get_project_admin(user: object = Depends(get_current_user)) -> object:
    if user.role.value == "admin":
        return user
    raise HTTPException(status_code=403)


@router.get("/balance")
async def balance(user: object = Depends(get_current_active_user)) -> None:
    return None


@router.get("/audit")
async def audit(user: object = Depends(get_project_admin)) -> None:
    return None
"""


def test_a_guard_that_lets_admins_through_early_checks_no_role_for_the_others(
    tmp_path: Path,
) -> None:
    """``if user.role == "admin": return user`` then a status check: everyone active passes,
    so it is no role check (every route behind it read as admin-only before). The same early
    return followed by a raise is an allow-list: only admins pass."""
    report = analyze_tree(
        tmp_path,
        {"app/__init__.py": "", "app/deps.py": DEPS, "app/wallet.py": ADMIN_PASSES},
    )
    found = _by_function(report)
    balance = found["balance"].protection
    assert (balance.authenticated, balance.role_checked) == (True, False)
    audit = found["audit"].protection
    assert (audit.authenticated, audit.role_checked) == (True, True)


PERMISSION_SERVICE = """\
from app.models import Role


def is_allowed(db: object, user: object, area: str) -> bool:
    if user.role in (Role.admin, Role.manager):
        return True
    if user.role != Role.office:
        return False
    return area in db.office_areas


def is_verified(user: object) -> bool:
    return bool(user.email_confirmed_at)
"""
AREA_GUARDS = """\
from fastapi import Depends, HTTPException

from app.deps import get_current_user


def require_area(area: str):
    def checker(user: object = Depends(get_current_user)) -> object:
        from app.permissions import is_allowed

        if not is_allowed(None, user, area):
            raise HTTPException(status_code=403, detail="No access to this area")
        return user

    return checker


def require_verified(user: object = Depends(get_current_user)) -> object:
    from app.permissions import is_verified

    if not is_verified(user):
        raise HTTPException(status_code=403, detail="Confirm your email first")
    return user
"""
STAFF_ROUTES = """\
from fastapi import APIRouter, Depends

from app.guards import require_area, require_verified

router = APIRouter(prefix="/staff")
require_staff = require_area("staff")


@router.get("")
def list_staff(user: object = Depends(require_staff)) -> None:
    return None


@router.get("/{staff_id}")
def read_staff(staff_id: int, user: object = Depends(require_staff)) -> None:
    return None


@router.get("/me/notes")
def my_notes(user: object = Depends(require_verified)) -> None:
    return None
"""


def test_a_guard_asking_a_permission_service_that_reads_roles_is_a_role_check(
    tmp_path: Path,
) -> None:
    """``if not is_allowed(db, user, area): raise HTTPException(403)``, the service imported in
    the guard's own body and deciding by ``user.role``: a role check (read before as signing in
    alone, so each staff read by id was a missing owner check). A service that reads no role
    (``is_verified``) keeps the guard a check of signing in."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/models.py": "class Role:\n    admin = 'admin'\n",
            "app/deps.py": DEPS,
            "app/permissions.py": PERMISSION_SERVICE,
            "app/guards.py": AREA_GUARDS,
            "app/staff.py": STAFF_ROUTES,
        },
    )
    found = _by_function(report)
    for name in ("list_staff", "read_staff"):
        staff = found[name].protection
        assert (staff.authenticated, staff.role_checked) == (True, True), name
    notes = found["my_notes"].protection
    assert (notes.authenticated, notes.role_checked) == (True, False)
    assert not any(f.function == "read_staff" for f in report.findings)
