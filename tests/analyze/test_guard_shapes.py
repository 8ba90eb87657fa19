"""Guards as real apps write them, each on a small tree in that shape:

* a gate made by a wrapper of the tree around a gate from a library (``require_admin =
  remember_user(_require_admin)``, the wrapper returning a function that takes
  ``Depends(gate)``), with the library's gate named ``json_api_require_admin``;
* ``get_current_admin``, whose accounts are a table of administrators: read as an admin check
  by its name, as ``get_current_superuser`` is;
* a handler that refuses when a guard of the tree says no (``if not _require_admin(request):
  return RedirectResponse("/admin/login")``), or sends the caller a guard found missing
  elsewhere (``user = get_current_user(request); if not user: return
  RedirectResponse("/masukgan")``), and the near misses: a sign-in page sending a signed-in
  admin on, a login form's password check, a token read off a form;
* a right held on an object (``priv.privileges & right``, administrators passing), a role
  check as a role is;
* a role named in another language and compared (``perfil_usuario not in
  perfis_autorizados``), and a guard factory called without the roles it checks only when
  given (``requer_autenticacao()`` with ``perfis_autorizados=None``): signing in only;
* a helper handing the role check on to another (``await verify_admin_token(credentials)``
  returning ``verify_admin_role(...)``), the role read into a name first (``role_id =
  payload.get("role")``, then ``if role_id != 3``);
* a guard that keeps the role's holders out (``if not payload or payload.get("is_admin"):
  raise``): a signed-in participant, no role required;
* a sign-in checked against a table of sessions (``Session.user_id == user.id``,
  rhino-hospital-kiroween's ``get_current_user``): authentication, no record of the route tied
  to the caller, while a guard's owner filter on the database session still is one, and so is
  a handler's filter on the caller's own sessions, the caller taken out of what its
  dependency gave (enteserver's ``user = ctx["user"]``);
* an allow-list letting the role's holders in (``if current_user.is_admin or
  current_user.is_hospital_staff: return current_user``, then ``raise``): a role check, where
  the same condition in a refusal keeps them out;
* a permission required by a guard factory named in Spanish (``require_permiso("ver_alertas")``,
  AT-Backend's): a role check, as ``require_permission`` is;
* a router's dependency list bound to a name in another module (``ADMIN_DEP =
  [Depends(require_admin)]``, then ``dependencies=ADMIN_DEP``: trcf_lms_backend's), and a helper
  that returns the ``Depends`` (``require("read_department")`` returning
  ``Depends(permission_required(list(perms)))``: HRM-FastApi's): read as written in place;
* a server-rendered app's pages, signed in from the session by a helper each handler calls as a
  statement (``user = get_current_user(request)``, the helper sending anonymous callers to
  ``/login``; ``require_admin(request)`` calling it; ``_context(request)`` given to the page
  it returns: employee-account-manager's), with no dependency to read;
* a sign-in that hands on the caller it built (``return CurrentUser(user_id=user["id"], ...)``,
  zdr-kpi-backend's): no record tied to the caller; and a flag naming roles joined
  (``if not user.is_admin_or_manager: raise HTTPException(403)``): a role check;
* a sign-in that loads the caller's organization by its key to check it is active
  (``Tenant.id == user.tenant_id``, Saas-Backend's ``get_current_user``): no record of the
  route tied to the caller, while a guard scoping the route's record to the caller's tenant
  (``Item.tenant_id == user.tenant_id``) still is one;
* a guard factory returning the check it defines (``def require_perm(*codes): def
  checker(staff=Depends(get_current_staff)): ...; return checker``), refusing with the app's
  own error (``raise AppError("FORBIDDEN", ...)``, no status code written) and given through
  an ``Annotated`` alias (HMSv2's ``viewer = Annotated[StaffUser,
  Depends(require_perm("emr.view"))]``): the check it returns is read, a signed-in staff
  member holding the permission;
* a sign-in that turns away an inactive account (``if user.status != UserStatus.active:
  raise``, helphs's ``get_current_user``), with a role factory around it (``authorize(*roles)``
  returning ``_check``): the caller's state checked, no record tied to the caller;
* a role checked in the handler by a helper reached through its module (sysloghub's
  ``rbac.require_admin(me)``), by one that refuses through a helper named for the error
  (autocare's ``raise_forbidden(message)``), by one named for a permission's check that looks
  the permission up first (krishihrudya's ``await require_permission(perm, token, db)``), in a
  ``try`` whose handlers raise again (m1backendnew's), or read into a name and compared
  (lawyer-tech's ``role_str = current_user.get("role")``), and a refusal of one role's holders
  (the other roles required): a role check each; near misses, a ``try`` that swallows the
  refusal, a helper named for no role or for a role's name being unique, and a value decided
  from the role (``kind = "walk_in" if me.role in staff else "strict"``) compared later;
* a guard named for a super administrator (sanez's ``require_super_admin``, refusing with the
  app's own redirect exception): a role check, judged by its name;
* a guard factory whose check loops over the caller's roles and their permissions, sets a flag
  when one matches and refuses unless the flag is set (E_Commerce_Backend's
  ``has_permission("permission:list")``): a role check; near misses, a flag the owner of the
  record sets too, a flag a loop over the caller's orders sets, and one set by the role of a
  record in a loop over records (aplgolf's team captain, checked in a helper the handler calls);
* a role named in Spanish compared with role numbers (corpofitpro-centro's ``if
  current_user.rol != 2`` and ``rol not in (1, 3)``): a role check; near misses, a profile
  (``perfil``) compared with a number, which names a record, and a role looked up and not
  found (``rol is None``);
* a chain of dependency runners (openPMS's ``chain_dependency_runners(require_jwt_user(),
  require_roles(...))``, whose returned function awaits each runner): every runner's check;
  near misses, a chain that lets the first runner to pass do, one that runs its runners only on
  some requests, and a runner whose role check is a ``Depends(...)`` never resolved for it;
* a refusal a helper returns and the handler hands on (CestaControl's ``redirect =
  require_role(request, {...})``, then ``if redirect: return redirect``): a role check; near
  misses, a role's holders sent to their own area, the answer dropped or not returned, and a
  helper letting callers through before its role test;
* the caller's level compared with level codes (LSP_Sewing_Machines's ``if
  current_user["level"] != "L2": raise HTTPException(403)``): a role check; near misses, a
  level compared with a number, one named by a word (a plan), and a record's level;
* the caller's kind of account compared with a staff role (DashX's ``if current_user.type !=
  "manager"``): a role check; near misses, a customer's or a guest's kind, a record's type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Handler, Protection, Report, find_routes
from tests.analyze.helpers import analyze_tree


def _by_function(report: Report) -> dict[str, Handler]:
    return {h.function: h for h in report.handlers}


def _role_checked_and_signed_in(
    handlers: dict[str, Handler], checked: tuple[str, ...], signed_in: str
) -> None:
    """Each of ``checked`` signs its caller in and checks a role; ``signed_in`` only signs in."""
    for name in checked:
        assert handlers[name].protection.authenticated, name
        assert handlers[name].protection.role_checked, name
    assert handlers[signed_in].protection.authenticated
    assert not handlers[signed_in].protection.role_checked


WRAPPED = """\
from fastapi import Depends, Request
from libauth.session import json_api_get_current_user as _get_current_user
from libauth.session import json_api_require_admin as _require_admin


def remember_user(gate):
    def wrapped(request: Request, user: dict = Depends(gate)) -> dict:
        return user

    return wrapped


get_current_user = remember_user(_get_current_user)
require_admin = remember_user(_require_admin)
"""

WRAPPED_ROUTES = """\
from fastapi import APIRouter, Depends

from app.auth import get_current_user, require_admin

router = APIRouter(prefix="/api/users", dependencies=[Depends(require_admin)])
mine = APIRouter(prefix="/api/me")


@router.get("")
def list_users() -> list: ...


@mine.get("")
def me(user: dict = Depends(get_current_user)) -> dict: ...
"""


def test_a_library_gate_wrapped_by_the_tree_guards_as_the_gate(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {"app/__init__.py": "", "app/auth.py": WRAPPED, "app/routes.py": WRAPPED_ROUTES},
    )
    handlers = _by_function(report)
    assert handlers["list_users"].protection.authenticated
    assert handlers["list_users"].protection.role_checked
    assert (
        "json_api_require_admin (judged by its name)" in handlers["list_users"].protection.evidence
    )
    assert handlers["me"].protection.authenticated
    assert not handlers["me"].protection.role_checked


ADMIN_TABLE = """\
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")


def load_admin(token: str) -> object | None: ...


def get_current_admin(token: Annotated[str, Depends(oauth2_scheme)]) -> object:
    admin = load_admin(token)
    if admin is None:
        raise HTTPException(status_code=401)
    return admin


def get_current_account(token: Annotated[str, Depends(oauth2_scheme)]) -> object:
    account = load_admin(token)
    if account is None:
        raise HTTPException(status_code=401)
    return account


router = APIRouter()


@router.post("/news")
def create_news(_: object = Depends(get_current_admin)) -> None: ...


@router.post("/notes")
def create_note(_: object = Depends(get_current_account)) -> None: ...
"""


def test_the_current_admin_is_an_admin_check(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": ADMIN_TABLE})
    # the same check under a name that says no role (create_note): signed in only
    _role_checked_and_signed_in(_by_function(report), ("create_news",), "create_note")


PRIVILEGES = """\
from fastapi import APIRouter, Depends, HTTPException


def get_current_user() -> object: ...


def load_privilege(user: object, system_object: int) -> object | None: ...


def require_privilege(system_object: int, right: int = 1):
    async def _check(current_user: object = Depends(get_current_user)) -> object:
        if current_user.administrator:
            return current_user
        priv = load_privilege(current_user, system_object)
        if priv is None or not (priv.privileges & right):
            raise HTTPException(status_code=403, detail="Insufficient privileges")
        return current_user

    return _check


router = APIRouter()


@router.post("/warehouses", dependencies=[Depends(require_privilege(7, 2))])
def create_warehouse() -> None: ...


@router.get("/me")
def me(user: object = Depends(get_current_user)) -> None: ...
"""


def test_a_privilege_held_on_an_object_is_a_role_check(tmp_path: Path) -> None:
    """mbe-api's ``require_privilege(SystemObject.X, AccessRight.CREATE)``: administrators
    pass, others need the right in their privileges on that object, else 403."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": PRIVILEGES})
    handlers = _by_function(report)
    assert handlers["create_warehouse"].protection.authenticated
    assert handlers["create_warehouse"].protection.role_checked
    assert not handlers["me"].protection.role_checked


PROFILES = """\
from functools import wraps

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

router = APIRouter()


def obter_usuario_logado(request: Request) -> dict | None:
    return request.session.get("usuario")


def requer_autenticacao(perfis_autorizados: list[str] | None = None):
    def decorator(func):
        @wraps(func)
        async def wrapper(request: Request, *args, **kwargs):
            usuario = obter_usuario_logado(request)
            if not usuario:
                return RedirectResponse(url="/login", status_code=303)
            if perfis_autorizados:
                perfil_usuario = usuario.get("perfil", "cliente")
                if perfil_usuario not in perfis_autorizados:
                    raise HTTPException(status_code=403)
            return await func(request, *args, **kwargs)

        return wrapper

    return decorator


@router.post("/admin/aprovar-usuario/{id_usuario}")
@requer_autenticacao(["admin"])
async def aprovar_usuario(request: Request, id_usuario: int) -> None: ...


@router.post("/aluno/perfil")
@requer_autenticacao()
async def post_perfil(request: Request) -> None: ...


@router.get("/perfil/{id_perfil}")
@requer_autenticacao()
async def ver_perfil(request: Request, id_perfil: int) -> dict:
    perfil = carregar(id_perfil)
    if perfil is None:
        raise HTTPException(status_code=404)
    return perfil
"""


def test_a_role_named_in_portuguese_and_compared_is_a_role_check(tmp_path: Path) -> None:
    """scae's ``requer_autenticacao(["admin"])``: the session's ``perfil`` compared with the
    profiles allowed (``perfil_usuario not in perfis_autorizados``) is a role, and the same
    factory called with none (``requer_autenticacao()``) checks signing in only; a profile
    record tested for existence is no role."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": PROFILES})
    handlers = _by_function(report)
    assert all(h.protection.authenticated for h in handlers.values())
    assert handlers["aprovar_usuario"].protection.role_checked
    assert not handlers["post_perfil"].protection.role_checked
    assert not handlers["ver_perfil"].protection.role_checked


SESSION_PAGES = """\
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

router = APIRouter(prefix="/admin")
site = APIRouter()


def _require_admin(request: Request):
    return request.session.get("admin_username")


def get_current_user(request: Request):
    return request.session.get("user_id")


def authenticate_user(username: str, password: str) -> bool: ...


def check_token(token: str) -> bool: ...


@router.get("/login")
async def login_page(request: Request):
    if _require_admin(request):
        return RedirectResponse(url="/admin/dashboard", status_code=302)
    return HTMLResponse("login")


@router.post("/login")
async def login(request: Request, username: str, password: str):
    if not authenticate_user(username, password):
        return RedirectResponse(url="/admin/login?error=1", status_code=302)
    return RedirectResponse(url="/admin/dashboard", status_code=302)


@router.get("/dashboard")
async def dashboard(request: Request):
    if not _require_admin(request):
        return RedirectResponse(url="/admin/login", status_code=302)
    return HTMLResponse("dashboard")


@router.post("/users/{user_id}/toggle")
async def toggle_user(request: Request, user_id: int):
    if not _require_admin(request):
        return HTMLResponse("Not allowed.", status_code=401)
    return HTMLResponse("ok")


@site.get("/manage/posts")
async def list_posts(request: Request):
    user = get_current_user(request)
    if not user:
        return RedirectResponse("/masukgan", status_code=302)
    return HTMLResponse("posts")


@site.post("/payments/return")
async def payment_return(request: Request):
    form = await request.form()
    token = form.get("token_ws")
    if not token:
        return RedirectResponse("/?error=no_token", status_code=303)
    return HTMLResponse("paid")
"""


def test_a_handler_refusing_when_a_guard_says_no_is_checked(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": SESSION_PAGES})
    handlers = _by_function(report)
    for name in ("dashboard", "toggle_user"):
        protection = handlers[name].protection
        assert protection.authenticated, name
        assert protection.role_checked, name  # the guard is named for the admin
        assert protection.evidence == ("role check in the handler body",), name
    posts = handlers["list_posts"].protection
    assert posts.authenticated
    assert not posts.role_checked
    # a sign-in page sending a signed-in admin on, a login form's password check and a token
    # read off a form refuse no anonymous caller
    for name in ("login_page", "login", "payment_return"):
        assert not handlers[name].protection.authenticated, name
        assert not handlers[name].protection.role_checked, name


GATEWAY_JWT = """\
from fastapi import HTTPException


def verify_token(token: str) -> dict:
    if not token:
        raise HTTPException(status_code=401)
    return {"sub": "1", "role": 1}


def verify_admin_role(token: str) -> dict:
    payload = verify_token(token)
    role_id = payload.get("role")
    if role_id != 3:
        raise HTTPException(status_code=403, detail="Admin role required")
    return payload


def find_role(token: str) -> dict:
    role = verify_token(token).get("role")
    if role is None:
        raise HTTPException(status_code=404)
    return {"role": role}
"""
GATEWAY_ROUTES = """\
from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.jwt_handler import find_role, verify_admin_role, verify_token

router = APIRouter(prefix="/api/v1")
security = HTTPBearer()


async def verify_admin_token(credentials: HTTPAuthorizationCredentials) -> dict:
    return verify_admin_role(credentials.credentials)


async def verify_auth_token(credentials: HTTPAuthorizationCredentials) -> dict:
    return verify_token(credentials.credentials)


@router.delete("/admin/users/{user_id}")
async def admin_delete_user(
    user_id: int, credentials: HTTPAuthorizationCredentials = Depends(security)
) -> dict:
    await verify_admin_token(credentials)
    return {"deleted": user_id}


@router.get("/customer/orders")
async def get_customer_orders(
    credentials: HTTPAuthorizationCredentials = Depends(security),
) -> dict:
    await verify_auth_token(credentials)
    return {}


@router.get("/roles/mine")
async def my_role(credentials: HTTPAuthorizationCredentials = Depends(security)) -> dict:
    return find_role(credentials.credentials)
"""


def test_a_helper_handing_the_role_check_to_another_is_a_role_check(tmp_path: Path) -> None:
    """An API gateway's handlers call ``await verify_admin_token(credentials)``, which returns
    ``verify_admin_role(...)``, which refuses unless ``role_id = payload.get("role")`` is 3
    (LocalServiceMarketplace's gateway): a role check two calls away, through a name the
    role was read into. A role looked up and refused when missing (``role is None``) and a
    sign-in check handed on are none."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/jwt_handler.py": GATEWAY_JWT,
            "app/main.py": "from fastapi import FastAPI\n\nfrom app.routes import router\n\n"
            "app = FastAPI()\napp.include_router(router)\n",
            "app/routes.py": GATEWAY_ROUTES,
        },
    )
    handlers = _by_function(report)
    admin = handlers["admin_delete_user"].protection
    assert admin.role_checked
    assert admin.evidence[-1] == "role check in verify_admin_role (app/jwt_handler.py:10)"
    for name in ("get_customer_orders", "my_role"):
        assert handlers[name].protection.authenticated, name
        assert not handlers[name].protection.role_checked, name
    assert not [f for f in report.findings if f.function == "admin_delete_user"]


PARTICIPANTS = """\
from fastapi import APIRouter, Depends, HTTPException


def decode_token(token: str) -> dict:
    return {"user_id": 1, "is_admin": False}


async def get_current_user(token: str = "") -> dict:
    payload = decode_token(token)
    if not payload or payload.get("is_admin"):
        raise HTTPException(status_code=401, detail="participants only")
    return payload


async def get_current_admin(token: str = "") -> dict:
    payload = decode_token(token)
    if not payload or not payload.get("is_admin"):
        raise HTTPException(status_code=403, detail="Admin access required")
    return payload


router = APIRouter(prefix="/api")


@router.post("/teams")
async def create_team(user: dict = Depends(get_current_user)) -> dict:
    return {}


@router.post("/hackathons")
async def create_hackathon(admin: dict = Depends(get_current_admin)) -> dict:
    return {}
"""


def test_a_guard_keeping_the_role_out_requires_no_role(tmp_path: Path) -> None:
    """ITAM-hack's participants' guard refuses administrators' tokens (``if not payload or
    payload.get("is_admin"): raise``): it requires a signed-in participant, not the admin
    role, which its twin ``get_current_admin`` (``not payload.get("is_admin")``) does."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": PARTICIPANTS})
    handlers = _by_function(report)
    team = handlers["create_team"].protection
    assert team.authenticated
    assert not team.role_checked  # before: read as an admin check
    assert handlers["create_hackathon"].protection.role_checked


SESSION_AUTH = """\
from fastapi import Depends, HTTPException

import models
from database import db, get_db


def get_current_user(token: str, db=Depends(get_db)):
    user = db.query(models.User).filter(models.User.username == token).first()
    session = db.query(models.Session).filter(
        models.Session.jti == token, models.Session.user_id == user.id
    ).first()
    if session is None:
        raise HTTPException(status_code=401)
    return user


def get_checked_user(token: str, db=Depends(get_db)):
    user = db.query(models.User).filter(models.User.username == token).first()
    if db.query(models.RefreshToken).filter_by(jti=token, user_id=user.id).first() is None:
        raise HTTPException(status_code=401)
    return user


def get_auth(token: str, db=Depends(get_db)):
    user = db.query(models.User).filter(models.User.username == token).first()
    if user is None:
        raise HTTPException(status_code=401)
    return {"user": user, "jti": token}


def require_item_owner(item_id: int, user=Depends(get_current_user)):
    item = db.session.query(models.Item).filter_by(id=item_id, owner_id=user.id).first()
    if item is None:
        raise HTTPException(status_code=404)
    return item
"""
SESSION_ROUTES = """\
from fastapi import APIRouter, Depends, FastAPI

import models
from auth import get_auth, get_checked_user, get_current_user, require_item_owner
from database import get_db

app = FastAPI()


@app.put("/items/{item_id}")
def rename_item(item_id: int, title: str, user=Depends(get_current_user), db=Depends(get_db)):
    item = db.get(models.Item, item_id)
    item.title = title
    db.commit()
    return item


@app.delete("/items/{item_id}")
def delete_item(item_id: int, user=Depends(get_checked_user), db=Depends(get_db)):
    item = db.get(models.Item, item_id)
    db.delete(item)
    db.commit()


@app.delete("/sessions/{session_id}")
def revoke_session(session_id: int, ctx=Depends(get_auth), db=Depends(get_db)):
    user = ctx["user"]
    found = db.query(models.Session).filter(
        models.Session.id == session_id, models.Session.user_id == user.id
    ).first()
    found.revoked = True
    db.commit()


@app.post("/items/{item_id}/archive")
def archive_item(item=Depends(require_item_owner), db=Depends(get_db)):
    item.archived = True
    db.commit()
    return item
"""


def test_a_sign_in_checked_against_a_session_table_ties_no_record(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": SESSION_AUTH,
            "main.py": SESSION_ROUTES,
            "database.py": "db = None\n\n\ndef get_db():\n    return None\n",
            "models.py": "class User:\n    pass\n\n\nclass Session:\n    pass\n\n\n"
            "class RefreshToken:\n    pass\n\n\nclass Item:\n    owner_id: int\n",
        },
    )
    found = _by_function(report)
    # the session row compared with the user it loaded: a sign-in, not an owner check
    assert found["rename_item"].protection.authenticated
    assert not found["rename_item"].protection.ownership_checked  # before: read as owned
    assert not found["delete_item"].protection.ownership_checked  # a token row, by keyword
    # so the record changed by a caller-chosen id is found missing its owner check
    missing = {f.function for f in report.findings if f.rule == "SCF005"}  # missing owner check
    assert {"rename_item", "delete_item"} <= missing
    # in a handler, the caller's own sessions are the caller's records, the caller taken out
    # of what the dependency gave (``user = ctx["user"]``)
    assert found["revoke_session"].protection.ownership_checked
    # a guard filtering the record by its owner on the database session still ties it
    assert found["archive_item"].protection.ownership_checked
    assert "archive_item" not in missing


ALLOW_LIST = """\
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()


async def get_current_user(token: str):
    if not token:
        raise HTTPException(status_code=401)
    return token


def get_admin_or_hospital_staff(current_user=Depends(get_current_user)):
    \"\"\"Allow access to either admins or hospital staff\"\"\"
    if current_user.is_admin or current_user.is_hospital_staff:
        return current_user
    raise HTTPException(status_code=403)


def get_participant(current_user=Depends(get_current_user)):
    if current_user.is_admin:
        raise HTTPException(status_code=403)
    return current_user


@app.get("/donations/")
def get_donations(user=Depends(get_admin_or_hospital_staff)):
    return []


@app.post("/teams/join")
def join_team(user=Depends(get_participant)):
    return {}
"""


def test_an_allow_list_letting_the_role_in_is_a_role_check(tmp_path: Path) -> None:
    found = _by_function(analyze_tree(tmp_path, {"main.py": ALLOW_LIST}))
    assert found["get_donations"].protection.role_checked  # before: read as keeping them out
    assert found["join_team"].protection.authenticated
    assert not found["join_team"].protection.role_checked  # a refusal keeps admins out


TENANT_AUTH = """\
from fastapi import Depends, HTTPException

from models import Item, Tenant, User
from database import get_db


def get_current_user(token: str, db=Depends(get_db)):
    user = db.query(User).filter(User.id == token, User.is_active).first()
    if not user:
        raise HTTPException(status_code=401)
    if user.role != "SUPER_ADMIN":
        tenant = db.query(Tenant).filter(Tenant.id == user.tenant_id).first()
        if not tenant or not tenant.is_active:
            raise HTTPException(status_code=403)
    return user


def require_super_admin(current_user=Depends(get_current_user)):
    if current_user.role != "SUPER_ADMIN":
        raise HTTPException(status_code=403)
    return current_user


def tenant_item(item_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    item = db.query(Item).filter(Item.id == item_id, Item.tenant_id == user.tenant_id).first()
    if item is None:
        raise HTTPException(status_code=404)
    return item
"""
TENANT_ROUTES = """\
from fastapi import APIRouter, Depends

from auth import require_super_admin, tenant_item

router = APIRouter(prefix="/saas")


@router.get("/tenants")
def list_tenants(admin=Depends(require_super_admin)) -> list: ...


@router.get("/items/{item_id}")
def get_item(item=Depends(tenant_item)): ...
"""


def test_a_guard_loading_the_callers_tenant_ties_no_record(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": TENANT_AUTH,
            "main.py": TENANT_ROUTES,
            "database.py": "def get_db():\n    return None\n",
            "models.py": "class User:\n    pass\n\n\nclass Tenant:\n    pass\n\n\n"
            "class Item:\n    tenant_id: int\n",
        },
    )
    found = _by_function(report)
    # the caller's own organization loaded by its key, to check it is active: a sign-in
    # check, so the super administrator's guard lets no owner in
    assert found["list_tenants"].protection.role_checked
    assert not found["list_tenants"].protection.ownership_checked  # before: read as owned
    # a guard tying the route's record to the caller's tenant still scopes it, to the tenant
    assert found["get_item"].protection.ownership_checked
    assert found["get_item"].protection.tenant_only


PERMISO = """\
from fastapi import APIRouter, Depends, HTTPException


def get_current_user() -> object: ...


def require_permiso(codigo: str):
    def checker(current_user: object = Depends(get_current_user)) -> object:
        if codigo not in current_user.permisos:
            raise HTTPException(status_code=403, detail="Sin permiso")
        return current_user

    return checker


router = APIRouter()


@router.get("/alertas")
def listar_alertas(user: object = Depends(require_permiso("ver_alertas"))) -> None: ...


@router.get("/yo")
def yo(user: object = Depends(get_current_user)) -> None: ...
"""


def test_a_permission_named_in_spanish_is_a_role_check(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": PERMISO})
    _role_checked_and_signed_in(_by_function(report), ("listar_alertas",), "yo")


SECURITY = """\
from fastapi import Depends, HTTPException


def get_current_user() -> object: ...


def require_admin(user: object = Depends(get_current_user)) -> object:
    if user.role != "admin":
        raise HTTPException(status_code=403)
    return user


def permission_required(required: list[str]):
    def checker(user: object = Depends(get_current_user)) -> None:
        if not all(user.permissions.get(p) for p in required):
            raise HTTPException(status_code=403)

    return checker


def require(*perms: str):
    return Depends(permission_required(list(perms)))


ADMIN_DEP = [Depends(require_admin)]
"""

ROUTES = """\
from fastapi import APIRouter, Depends

from app.security import ADMIN_DEP, get_current_user, require

users = APIRouter(prefix="/users", dependencies=ADMIN_DEP)
departments = APIRouter(prefix="/departments")


@users.get("/")
def list_users() -> None: ...


@departments.get("/", dependencies=[require("read_department")])
def list_departments() -> None: ...


@departments.get("/mine")
def my_department(user: object = Depends(get_current_user)) -> None: ...
"""


def test_a_named_dependency_list_or_a_helper_returning_depends_is_read_in_place(
    tmp_path: Path,
) -> None:
    files = {"app/__init__.py": "", "app/security.py": SECURITY, "app/routes.py": ROUTES}
    handlers = _by_function(analyze_tree(tmp_path, files))
    _role_checked_and_signed_in(handlers, ("list_users", "list_departments"), "my_department")


# employee-account-manager's shape: sessions, and guards the handlers call in their bodies.
SESSION_SECURITY = """\
from typing import Any

from fastapi import HTTPException, Request, status


def get_current_user(request: Request) -> dict[str, Any]:
    data: dict[str, Any] | None = request.session.get("user")
    if not data:
        raise HTTPException(status_code=status.HTTP_303_SEE_OTHER, headers={"Location": "/login"})
    return data


def require_admin(request: Request) -> dict[str, Any]:
    user = get_current_user(request)
    if user["role"] != "admin":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN)
    return user
"""
PAGES = """\
from fastapi import APIRouter, Request
from fastapi.templating import Jinja2Templates

from app.security import get_current_user, require_admin

router = APIRouter()
templates = Jinja2Templates(directory="templates")


def _context(request: Request, **values: object) -> dict[str, object]:
    user = get_current_user(request)
    return {"user": user, **values}


@router.post("/employees/{employee_id}/block")
def block_employee(request: Request, employee_id: int) -> dict[str, int]:
    require_admin(request)
    return {"blocked": employee_id}


@router.get("/employees/{employee_id}")
def employee_page(request: Request, employee_id: int) -> object:
    user = get_current_user(request)
    return templates.TemplateResponse(request, "employee.html", {"user": user})


@router.get("/settings")
def settings_page(request: Request) -> object:
    return templates.TemplateResponse(request, "settings.html", _context(request))


@router.get("/about")
def about_page(request: Request) -> object:
    if request.query_params.get("plain"):
        get_current_user(request)
    return templates.TemplateResponse(request, "about.html", {})
"""


def test_a_session_sign_in_called_in_the_handler_body_protects_it(tmp_path: Path) -> None:
    """Each page signs its caller in by calling the project's helper in its body; a call made
    only on one branch (``about_page``) protects nothing."""
    files = {"app/__init__.py": "", "app/security.py": SESSION_SECURITY, "app/pages.py": PAGES}
    handlers = _by_function(analyze_tree(tmp_path, files))
    block = handlers["block_employee"].protection
    assert (block.authenticated, block.role_checked) == (True, True)
    for name in ("employee_page", "settings_page"):
        page = handlers[name].protection
        assert (page.authenticated, page.role_checked) == (True, False), name
        assert page.evidence == ("sign-in check in get_current_user (app/security.py:6)",), name
    assert not handlers["about_page"].protection.authenticated


# zdr-kpi-backend's shape: the sign-in builds the caller it returns, and handlers check a flag
# that joins two roles.
BUILT_CALLER = """\
from dataclasses import dataclass

from fastapi import Header, HTTPException


@dataclass
class CurrentUser:
    user_id: str
    role: str

    @property
    def is_admin_or_manager(self) -> bool:
        return self.role in {"admin", "manager"}


def load(token: str) -> dict[str, str]:
    raise HTTPException(status_code=401)


async def get_current_user(authorization: str = Header(...)) -> CurrentUser:
    if not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401)
    user = load(authorization)
    return CurrentUser(user_id=user["id"], role=user["role"])
"""
CATEGORIES = """\
from fastapi import APIRouter, Depends, HTTPException

from app.auth import CurrentUser, get_current_user

router = APIRouter(prefix="/categories")


@router.get("")
async def list_categories(user: CurrentUser = Depends(get_current_user)) -> list[str]:
    return []


@router.delete("/{category_id}")
async def delete_category(category_id: str, user: CurrentUser = Depends(get_current_user)) -> None:
    if not user.is_admin_or_manager:
        raise HTTPException(status_code=403)
"""


def test_a_caller_built_and_returned_ties_no_record_and_a_joined_role_flag_is_a_role(
    tmp_path: Path,
) -> None:
    files = {"app/__init__.py": "", "app/auth.py": BUILT_CALLER, "app/routes.py": CATEGORIES}
    handlers = _by_function(analyze_tree(tmp_path, files))
    listed, deleted = handlers["list_categories"].protection, handlers["delete_category"].protection
    assert (listed.authenticated, listed.role_checked, listed.ownership_checked) == (
        True,
        False,
        False,
    )
    assert (deleted.role_checked, deleted.ownership_checked) == (True, False)


# tsh-erp-system's get_current_user logs the inactive caller (``user_id=user.id``) before
# refusing: a log line names the caller, it ties no record to them.
LOGGED_GUARD = """\
import logging

from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()
logger = logging.getLogger(__name__)


class Invoice:
    created_by: int


def get_current_user(token: str):
    user = load(token)
    if not user:
        raise HTTPException(status_code=401)
    if not user.is_active:
        logger.warning("inactive_user_access_attempt", user_id=user.id)
        raise HTTPException(status_code=403)
    return user


@app.delete("/invoices/{invoice_id}")
def delete_invoice(invoice_id: int, current_user=Depends(get_current_user)):
    invoice = db.query(Invoice).filter(Invoice.id == invoice_id).first()
    db.delete(invoice)
    return {}
"""


def test_a_log_line_naming_the_caller_ties_no_record(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"main.py": LOGGED_GUARD})
    found = _by_function(report)
    assert found["delete_invoice"].protection.authenticated
    assert not found["delete_invoice"].protection.ownership_checked  # before: read as owned
    assert "delete_invoice" in {f.function for f in report.findings if f.rule == "SCF005"}


# update-platform's own guard in its platform router: the platform's operators flagged on the
# user (``is_platform_user``), apart from its tenants' users, as a manager's flag is.
PLATFORM_FLAG = """\
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()


def get_current_user(token: str):
    user = load(token)
    if not user:
        raise HTTPException(status_code=401)
    return user


def platform_required(current_user=Depends(get_current_user)):
    if not current_user.is_platform_user:
        raise HTTPException(status_code=403, detail="Acceso denegado")
    return current_user


def manager_required(current_user=Depends(get_current_user)):
    if not current_user.is_manager:
        raise HTTPException(status_code=403)
    return current_user


def active_required(current_user=Depends(get_current_user)):
    if not current_user.is_active:
        raise HTTPException(status_code=403)
    return current_user


@app.get("/platform/companies")
def list_companies(current_user=Depends(platform_required)):
    return []


@app.get("/shifts")
def list_shifts(current_user=Depends(manager_required)):
    return []


@app.get("/shifts/mine")
def my_shifts(current_user=Depends(active_required)):
    return []
"""


def test_a_flag_naming_the_service_s_operators_or_managers_is_a_role(tmp_path: Path) -> None:
    found = _by_function(analyze_tree(tmp_path, {"main.py": PLATFORM_FLAG}))
    for name in ("list_companies", "list_shifts"):
        assert found[name].protection.authenticated, name
        assert found[name].protection.role_checked, name
    assert found["my_shifts"].protection.authenticated
    assert not found["my_shifts"].protection.role_checked  # an account's state, not a role


# xzwl-4's ``require_role``: a decorator whose wrapper signs the caller in, checks the role and
# hands the caller on to the route (``return await func(*args, current_user=current_user)``).
# Handing the caller on ties no record to them: the routes it guards are staff's, not owners'.
ROLE_DECORATOR = """\
from functools import wraps

from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()


def get_current_user(token: str):
    user = load(token)
    if user is None:
        raise HTTPException(status_code=401)
    return user


def require_role(allowed_roles):
    def decorator(func):
        @wraps(func)
        async def wrapper(*args, current_user=Depends(get_current_user), **kwargs):
            if current_user.role not in allowed_roles:
                raise HTTPException(status_code=403)
            return await func(*args, current_user=current_user, **kwargs)

        return wrapper

    return decorator


@app.get("/records/{record_id}")
@require_role(["admin", "staff"])
async def get_record(record_id: int, current_user=Depends(get_current_user)):
    return db.query(Record).filter(Record.id == record_id).first()


@app.get("/records/{record_id}/mine")
async def get_my_record(record_id: int, current_user=Depends(get_current_user)):
    mine = Record.owner_id == current_user.id
    return db.query(Record).filter(Record.id == record_id, mine).first()
"""


def test_a_role_decorator_handing_the_caller_on_ties_no_record(tmp_path: Path) -> None:
    files = {"app/__init__.py": "", "app/main.py": ROLE_DECORATOR}
    with_bodies = _by_function(analyze_tree(tmp_path, files))
    guards_only = {h.function: h for h in find_routes(tmp_path)}
    for handlers in (with_bodies, guards_only):
        record = handlers["get_record"].protection
        assert (record.authenticated, record.role_checked, record.ownership_checked) == (
            True,
            True,
            False,
        )
    assert with_bodies["get_my_record"].protection.ownership_checked  # a real owner check


# Edu_Giga's ``require_clearance(ClearanceLevel.LEVEL_3)``: a rank held by the staff member,
# compared with the route's minimum. A rank is a role, and the dependency ties no record.
CLEARANCE = """\
from fastapi import Depends, FastAPI, HTTPException

app = FastAPI()


def get_current_staff(token: str):
    staff = load(token)
    if staff is None:
        raise HTTPException(status_code=401)
    return staff


def require_clearance(min_level):
    async def checker(current_staff=Depends(get_current_staff)):
        if current_staff.clearance_level.value > min_level.value:
            raise HTTPException(status_code=403)
        return current_staff

    return checker


@app.patch("/discipline/{log_id}/resolve")
def resolve_log(log_id: int, current_staff=Depends(require_clearance(LEVEL_3))):
    log = session.get(DisciplinaryLog, log_id)
    log.is_resolved = True
    session.commit()
    return log
"""


def test_a_clearance_level_compared_is_a_role_and_ties_no_record(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"main.py": CLEARANCE})
    resolved = _by_function(report)["resolve_log"].protection
    assert (resolved.authenticated, resolved.role_checked, resolved.ownership_checked) == (
        True,
        True,
        False,
    )
    assert not [f for f in report.findings if f.function == "resolve_log"]  # staff's change


PERMISSION_FACTORY = """\
from typing import Annotated

from fastapi import APIRouter, Depends, Request


class AppError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)


def get_current_staff(request: Request) -> object:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise AppError("UNAUTHORIZED", "missing bearer token")
    return load(auth[7:])


def require_perm(*codes: str):
    def checker(staff: Annotated[object, Depends(get_current_staff)]) -> object:
        allowed = staff.permission_codes
        missing = [c for c in codes if c not in allowed]
        if missing:
            raise AppError("FORBIDDEN", f"missing permission(s): {', '.join(missing)}")
        return staff

    return checker


router = APIRouter(prefix="/api/visit-form")
viewer = Annotated[object, Depends(require_perm("emr.view"))]


@router.get("/sections")
def get_sections(current: viewer) -> dict:
    return {}


@router.put("/sections")
def put_sections(body: dict, current: object = Depends(require_perm("admin.settings"))) -> dict:
    return body
"""


def test_a_guard_factory_returning_its_check_is_read_through_that_check(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": PERMISSION_FACTORY})
    found = _by_function(report)
    for name in ("get_sections", "put_sections"):
        guarded = found[name].protection
        assert (guarded.authenticated, guarded.role_checked) == (True, True), name
        assert any("require_perm" in line for line in guarded.evidence)
    # before: read as open to anyone, a false "no authentication" finding on each
    assert not [f for f in report.findings if f.function in {"get_sections", "put_sections"}]


INACTIVE_REFUSED = """\
from fastapi import APIRouter, Depends, HTTPException


async def get_current_user(token: str, db: object):
    payload = decode_token(token)
    if payload.get("type") != "access":
        raise HTTPException(status_code=401)
    result = await db.execute(select(User).where(User.id == payload.get("sub")))
    user = result.scalar_one_or_none()
    if user is None:
        raise HTTPException(status_code=401)
    if user.status != UserStatus.active:
        raise HTTPException(status_code=403)
    return user


def authorize(*roles):
    allowed = frozenset(roles)

    async def _check(user=Depends(get_current_user)):
        if user.role not in allowed:
            raise HTTPException(status_code=403)
        return user

    return _check


router = APIRouter()


@router.get("/users")
async def list_users(user=Depends(authorize(UserRole.admin))):
    return []


@router.get("/tickets")
async def list_tickets(user=Depends(get_current_user)):
    return []


@router.get("/tickets/{ticket_id}")
async def get_ticket(ticket_id: int, db: object, user=Depends(get_current_user)):
    ticket = await db.get(Ticket, ticket_id)
    if ticket.requester_id != user.id:
        raise HTTPException(status_code=404)
    return ticket
"""


def test_an_inactive_account_refused_at_sign_in_ties_no_record(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": INACTIVE_REFUSED})
    found = {name: h.protection for name, h in _by_function(report).items()}
    read = {
        name: (p.authenticated, p.role_checked, p.ownership_checked) for name, p in found.items()
    }
    assert read["list_users"] == (True, True, False)  # before: owner-checked, via the sign-in
    assert read["list_tickets"] == (True, False, False)  # before: owner-checked
    assert read["get_ticket"] == (True, False, True)  # the handler's own owner check still is


RBAC_MODULE = """\
from fastapi import HTTPException


def is_admin(user) -> bool:
    return user is not None and user.role == "admin"


def require_admin(user) -> None:
    if not is_admin(user):
        raise HTTPException(status_code=403, detail="admins only")
"""

PERMISSIONS_MODULE = """\
from fastapi import HTTPException


def raise_forbidden(message: str) -> None:
    raise HTTPException(status_code=403, detail=message)


def require_mechanic(user) -> None:
    if user.role != "mechanic":
        raise_forbidden("mechanics only")


async def require_permission(perm: str, token: str, db) -> object:
    user = await get_current_user(token, db)
    result = await db.execute(select(RolePermission).where(RolePermission.role_id == user.role_id))
    perms = result.scalar_one_or_none()
    if not perms or getattr(perms, perm, 0) != 1:
        raise HTTPException(status_code=403, detail="Permission denied")
    return user


def require_tidy_payload(body: dict) -> None:
    if not body:
        raise HTTPException(status_code=422)


def ensure_role_name_unique(db, name: str) -> None:
    if db.scalar(select(Role).where(Role.name == name)) is not None:
        raise HTTPException(status_code=409)


def ensure_not_client(user) -> None:
    if user.role == "client":
        raise HTTPException(status_code=403, detail="clients may not write")
"""

HELPER_ROUTES = """\
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.exc import SQLAlchemyError

from app.deps import get_current_user
from app.permissions import (
    ensure_not_client,
    ensure_role_name_unique,
    require_mechanic,
    require_permission,
    require_tidy_payload,
)
from app.services import rbac

router = APIRouter()


@router.put("/settings/alerts")
def update_alerts(body: dict, me=Depends(get_current_user)):
    rbac.require_admin(me)
    return body


@router.get("/jobs/pending")
def pending_jobs(me=Depends(get_current_user)):
    require_mechanic(me)
    return []


@router.delete("/invoices/{invoice_id}")
async def delete_invoice(invoice_id: str, current_user=Depends(get_current_user)):
    role_str = current_user.get("role")
    if role_str not in ["admin", "partner"]:
        raise HTTPException(status_code=403)
    return {}


@router.get("/customers/{cust_id}")
async def get_customer(cust_id: str, db=None, me=Depends(get_current_user)):
    await require_permission("customers_view", me.token, db)
    return {}


@router.post("/admin/change-password")
def change_password(body: dict, me=Depends(get_current_user)):
    try:
        rbac.require_admin(me)
        return {}
    except HTTPException as refused:
        raise refused
    except SQLAlchemyError:
        raise HTTPException(status_code=500)


@router.post("/admin/swallowed")
def swallowed(body: dict, me=Depends(get_current_user)):
    try:
        rbac.require_admin(me)
    except Exception:
        return {"ok": False}
    return {}


@router.post("/notes")
def create_note(body: dict, me=Depends(get_current_user)):
    require_tidy_payload(body)
    return body


@router.post("/roles")
def create_role(body: dict, db=None, me=Depends(get_current_user)):
    ensure_role_name_unique(db, body["name"])
    return body


@router.post("/projects/{project_id}/entries")
def add_entry(project_id: int, body: dict, me=Depends(get_current_user)):
    ensure_not_client(me)
    return body


@router.post("/session")
def open_session(body: dict, me=Depends(get_current_user)):
    role_names = [row.name for row in me.roles]
    if "field_staff" in role_names and len(role_names) == 1:
        raise HTTPException(status_code=403, detail="field staff use the mobile app")
    return body


@router.post("/bookings")
def book(body: dict, me=Depends(get_current_user)):
    kind = "walk_in" if me.role in ["admin", "staff"] else "strict"
    if kind == "strict" and not body.get("slot"):
        raise HTTPException(status_code=400)
    return body
"""

SIGN_IN = """\
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def get_current_user(token: str = Depends(oauth2_scheme)):
    user = decode(token)
    if user is None:
        raise HTTPException(status_code=401)
    return user
"""


def test_a_role_checked_through_a_module_a_raising_helper_or_a_name_is_read(
    tmp_path: Path,
) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/deps.py": SIGN_IN,
            "app/services/__init__.py": "",
            "app/services/rbac.py": RBAC_MODULE,
            "app/permissions.py": PERMISSIONS_MODULE,
            "app/routes.py": HELPER_ROUTES,
        },
    )
    found = {name: h.protection for name, h in _by_function(report).items()}
    for name in (
        "update_alerts",  # rbac.require_admin(me): the helper reached through its module
        "pending_jobs",  # if user.role != "mechanic": raise_forbidden(...)
        "delete_invoice",  # the role read into a name first, then compared
        "get_customer",  # named for a permission's check, refusing on the permission it looks up
        "change_password",  # in a try whose handlers raise again
        "add_entry",  # clients turned away by a helper: the other roles required
        "open_session",  # field staff turned away in the handler: the same
    ):
        assert (found[name].authenticated, found[name].role_checked) == (True, True), name
    # near misses, each signed in with no role required: a handler that swallows the
    # refusal; helpers named for no role or for something else about roles; a value decided
    # from the role, then compared
    for name in ("swallowed", "create_note", "create_role", "book"):
        assert (found[name].authenticated, found[name].role_checked) == (True, False), name


SUPER_ADMIN_PAGES = """\
from fastapi import APIRouter, Depends, Request


class RedirectToLogin(Exception):
    pass


def current_user(request: Request, db):
    user_id = request.session.get("user_id")
    return None if not user_id else db.get(User, user_id)


def require_super_admin(request: Request, db=None):
    user = current_user(request, db)
    if not user or not user.is_super_admin:
        raise RedirectToLogin()
    return user


router = APIRouter()


@router.get("/super")
async def super_panel(request: Request, admin=Depends(require_super_admin)):
    return {}
"""


def test_a_guard_named_for_a_super_administrator_is_a_role_check(tmp_path: Path) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": SUPER_ADMIN_PAGES})
    guarded = _by_function(report)["super_panel"].protection
    assert (guarded.authenticated, guarded.role_checked) == (True, True)


GRANTED_FLAG = """\
from fastapi import APIRouter, Depends, HTTPException


def get_current_user(token: str = Depends(oauth2_scheme)):
    if token is None:
        raise HTTPException(status_code=401)
    return load_user(token)


def has_permission(required_permission: str):
    async def permission_dependency(current_user=Depends(get_current_user)):
        has_required_permission = False
        for role in current_user.roles:
            for permission in role.permissions:
                if permission.code == required_permission:
                    has_required_permission = True
                    break
        if not has_required_permission:
            raise HTTPException(status_code=403, detail="forbidden")
        return current_user

    return permission_dependency


def admin_or_owner(record_id: int, current_user=Depends(get_current_user)):
    allowed = False
    for role in current_user.roles:
        if role.name == "admin":
            allowed = True
    if load_record(record_id).owner_id == current_user.id:
        allowed = True
    if not allowed:
        raise HTTPException(status_code=403)
    return current_user


def has_open_order(current_user=Depends(get_current_user)):
    found = False
    for order in current_user.orders:
        if order.open:
            found = True
    if not found:
        raise HTTPException(status_code=403)
    return current_user


def validate_team(team):
    has_captain = False
    for golfer in team.golfers:
        if golfer.role == "captain":
            has_captain = True
    if not has_captain:
        raise HTTPException(status_code=409, detail="a team needs a captain")


router = APIRouter()


@router.post("/teams")
async def create_team(team: dict, _=Depends(get_current_user)):
    validate_team(team)
    return {}


@router.get("/permissions")
async def list_permissions(_=Depends(has_permission("permission:list"))):
    return []


@router.get("/records/{record_id}")
async def read_record(record_id: int, _=Depends(admin_or_owner)):
    return {}


@router.post("/reviews")
async def create_review(_=Depends(has_open_order)):
    return {}
"""


def test_a_permission_granted_by_a_flag_a_loop_over_roles_sets_is_a_role_check(
    tmp_path: Path,
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": GRANTED_FLAG})
    _role_checked_and_signed_in(
        _by_function(report), ("list_permissions",), signed_in="create_review"
    )
    for name in ("read_record", "create_team"):
        found = _by_function(report)[name].protection
        assert (found.authenticated, found.role_checked) == (True, False), name


ROLE_NUMBERS = """\
from fastapi import APIRouter, Depends, HTTPException


def get_current_user(token: str = Depends(oauth2_scheme)):
    if token is None:
        raise HTTPException(status_code=401)
    return load_user(token)


def get_current_terapeuta(current_user=Depends(get_current_user)):
    if current_user.rol != 2:
        raise HTTPException(status_code=403, detail="Solo terapeutas")
    return current_user


def get_current_secretary(current_user=Depends(get_current_user)):
    if current_user.rol not in (1, 3):
        raise HTTPException(status_code=403, detail="Se requiere secretario o jefe")
    return current_user


def get_profile_owner(current_user=Depends(get_current_user)):
    if current_user.perfil_id != 3:
        raise HTTPException(status_code=403)
    return current_user


def get_assigned_user(current_user=Depends(get_current_user)):
    if current_user.rol is None:
        raise HTTPException(status_code=403)
    return current_user


router = APIRouter()


@router.get("/sesiones")
def listar_sesiones(_=Depends(get_current_terapeuta)):
    return []


@router.post("/pagos")
def registrar_pago(_=Depends(get_current_secretary)):
    return {}


@router.get("/perfil")
def ver_perfil(_=Depends(get_profile_owner)):
    return {}


@router.get("/inicio")
def inicio(_=Depends(get_assigned_user)):
    return {}
"""


def test_a_role_named_in_spanish_compared_with_role_numbers_is_a_role_check(
    tmp_path: Path,
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": ROLE_NUMBERS})
    handlers = _by_function(report)
    _role_checked_and_signed_in(handlers, ("listar_sesiones", "registrar_pago"), signed_in="inicio")
    profile = handlers["ver_perfil"].protection
    assert (profile.authenticated, profile.role_checked) == (True, False)


CHAINED_RUNNERS = """\
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request


def get_current_user(request: Request):
    user = getattr(request.state, "user", None)
    if user is None:
        raise HTTPException(status_code=401)
    return user


def get_current_staff(user=Depends(get_current_user)):
    if user.role != "staff":
        raise HTTPException(status_code=403)
    return user


def chain_dependency_runners(*runners):
    seq = tuple(runners)

    async def _combined(request: Request) -> None:
        for runner in seq:
            await runner(request)

    return _combined


def both(first, second):
    async def _both(request: Request) -> None:
        await first(request)
        await second(request)

    return _both


def all_of(runners: list):
    async def _all(request: Request) -> None:
        for runner in runners:
            await runner(request)

    return _all


def first_passing(*runners):
    async def _any(request: Request) -> None:
        for runner in runners:
            try:
                await runner(request)
                return
            except HTTPException:
                continue
        raise HTTPException(status_code=403)

    return _any


def only_on_writes(*runners):
    async def _writes(request: Request) -> None:
        if request.method == "GET":
            return
        for runner in runners:
            await runner(request)

    return _writes


def require_jwt_user():
    async def _runner(request: Request) -> None:
        if getattr(request.state, "auth_source", "jwt") != "jwt":
            raise HTTPException(status_code=403, detail="a user JWT is required")

    return _runner


def require_roles(*allowed: str):
    allowed_set = frozenset(allowed)

    async def _runner(request: Request) -> None:
        role = getattr(request.state, "user_role", None)
        if role not in allowed_set:
            raise HTTPException(status_code=403, detail="insufficient role")

    return _runner


async def staff_gate(request: Request, staff=Depends(get_current_staff)) -> None:
    return None


GuestWriteRolesDep = Annotated[
    None,
    Depends(chain_dependency_runners(require_jwt_user(), require_roles("owner", "manager"))),
]
router = APIRouter()


@router.post("/guests")
async def post_guest(_: GuestWriteRolesDep, user=Depends(get_current_user)):
    return {}


@router.delete("/rooms/{room_id}")
async def delete_room(
    room_id: int,
    user=Depends(get_current_user),
    _=Depends(both(require_jwt_user(), require_roles("owner"))),
):
    return {}


@router.post("/invoices")
async def post_invoice(
    user=Depends(get_current_user),
    _=Depends(all_of([require_jwt_user(), require_roles("owner")])),
):
    return {}


@router.get("/me")
async def me(
    user=Depends(get_current_user), _=Depends(chain_dependency_runners(require_jwt_user()))
):
    return user


@router.post("/rates")
async def post_rate(
    user=Depends(get_current_user),
    _=Depends(first_passing(require_jwt_user(), require_roles("owner"))),
):
    return {}


@router.post("/folios")
async def post_folio(
    user=Depends(get_current_user),
    _=Depends(only_on_writes(require_roles("owner"))),
):
    return {}


@router.post("/shifts")
async def post_shift(
    user=Depends(get_current_user), _=Depends(chain_dependency_runners(staff_gate))
):
    return {}
"""


def test_a_chain_of_dependency_runners_is_every_runner(tmp_path: Path) -> None:
    """openPMS's ``Depends(chain_dependency_runners(require_jwt_user(), require_roles(...)))``:
    the function the chain returns awaits each runner, so the guard is every one of them."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": CHAINED_RUNNERS})
    handlers = _by_function(report)
    _role_checked_and_signed_in(
        handlers, ("post_guest", "delete_room", "post_invoice"), signed_in="me"
    )
    # near misses, signed in with no role required: a chain that lets the first runner to pass
    # do (the role runner may be skipped), one that runs its runners only on some requests,
    # and a runner whose role check is a Depends(...) that a runner called by hand never gets
    for name in ("post_rate", "post_folio", "post_shift"):
        found = handlers[name].protection
        assert (found.authenticated, found.role_checked) == (True, False), name


HANDED_ON_REDIRECT = """\
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from app.settings import DEBUG


def require_login(request: Request):
    if not request.session.get("user"):
        return RedirectResponse(url="/login", status_code=303)
    return None


def require_role(request: Request, allowed_roles: set[str]):
    redirect = require_login(request)
    if redirect:
        return redirect

    role = request.session.get("user_role")
    if role not in allowed_roles:
        return RedirectResponse(url="/", status_code=303)
    return None


def require_admin(request: Request):
    return require_role(request, {"admin"})


def home_for(request: Request):
    redirect = require_login(request)
    if redirect:
        return redirect
    if request.session.get("user_role") == "admin":
        return RedirectResponse(url="/admin", status_code=303)
    return None


def require_role_unless_debug(request: Request, allowed_roles: set[str]):
    redirect = require_login(request)
    if redirect:
        return redirect
    if DEBUG:
        return None
    if request.session.get("user_role") not in allowed_roles:
        return RedirectResponse(url="/", status_code=303)
    return None


router = APIRouter()


@router.get("/tecnicos")
def list_technicians(request: Request):
    redirect = require_role(request, {"admin", "almoxarifado"})
    if redirect:
        return redirect
    return {}


@router.post("/usuarios")
def create_user(request: Request):
    answer = require_admin(request)
    if answer is not None:
        return answer
    return {}


@router.get("/")
def dashboard(request: Request):
    redirect = require_login(request)
    if redirect:
        return redirect
    return {}


@router.get("/inicio")
def start(request: Request):
    redirect = home_for(request)
    if redirect:
        return redirect
    return {}


@router.post("/estoque")
def create_item(request: Request):
    require_role(request, {"admin"})
    redirect = require_login(request)
    if redirect:
        return redirect
    return {}


@router.post("/ponto")
def create_time_record(request: Request):
    redirect = require_role(request, {"admin"})
    if redirect:
        print("not allowed", redirect)
    return {}


@router.post("/retiradas")
def create_withdrawal(request: Request):
    redirect = require_role_unless_debug(request, {"admin"})
    if redirect:
        return redirect
    return {}
"""


def test_a_refusal_a_helper_returns_and_the_handler_hands_on_is_a_role_check(
    tmp_path: Path,
) -> None:
    """CestaControl's pages: ``redirect = require_role(request, {...})``, then ``if redirect:
    return redirect``, the helper returning a redirect when the caller's role is not among
    those allowed (itself, or through a helper whose answer it returns)."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/settings.py": "DEBUG = False\n",
            "app/main.py": HANDED_ON_REDIRECT,
        },
    )
    handlers = _by_function(report)
    _role_checked_and_signed_in(
        handlers, ("list_technicians", "create_user"), signed_in="dashboard"
    )
    # near misses, signed in with no role required: a role's holders sent to their own area,
    # the helper's answer dropped, an answer tested but not returned, and a helper that lets
    # callers through before its role check
    for name in ("start", "create_item", "create_time_record", "create_withdrawal"):
        found = handlers[name].protection
        assert (found.authenticated, found.role_checked) == (True, False), name


LEVELS = """\
from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import HTTPBearer

security = HTTPBearer()


async def get_current_user(credentials=Depends(security)):
    payload = decode_access_token(credentials.credentials)
    return {"username": payload.get("sub"), "level": payload.get("level")}


async def require_l2_permission(current_user: dict = Depends(get_current_user)):
    if current_user["level"] != "L2":
        raise HTTPException(status_code=403, detail="L2 access required")
    return current_user


async def require_senior(current_user=Depends(get_current_user)):
    if current_user.get("level") not in ("L2", "L3"):
        raise HTTPException(status_code=403)
    return current_user


async def level_five_player(current_user=Depends(get_current_user)):
    if current_user["level"] < 5:
        raise HTTPException(status_code=403, detail="reach level 5 first")
    return current_user


async def premium_member(current_user=Depends(get_current_user)):
    if current_user["level"] != "premium":
        raise HTTPException(status_code=403)
    return current_user


router = APIRouter()


@router.delete("/sales/{sale_id}")
async def delete_sale(sale_id: str, current_user: dict = Depends(require_l2_permission)):
    return None


@router.put("/expenses/{expense_id}")
async def update_expense(expense_id: str, current_user=Depends(require_senior)):
    return {}


@router.post("/inventory/close")
async def close_inventory(body: dict, current_user: dict = Depends(get_current_user)):
    if current_user["level"] != "L2":
        raise HTTPException(status_code=403)
    return body


@router.get("/sales")
async def read_sales(current_user: dict = Depends(get_current_user)):
    return []


@router.post("/quests")
async def start_quest(current_user=Depends(level_five_player)):
    return {}


@router.get("/reports")
async def read_reports(current_user=Depends(premium_member)):
    return []


@router.post("/tickets/{ticket_id}/close")
async def close_ticket(ticket_id: str, current_user=Depends(get_current_user)):
    ticket = load_ticket(ticket_id)
    if ticket.level != "L2":
        raise HTTPException(status_code=403, detail="only L2 tickets")
    return ticket
"""


# The same guards with the caller's kind of account in place of a level: DashX's ``if
# current_user.type != "manager": raise HTTPException(403)``, the role kept in ``type``.
KINDS = (
    LEVELS.replace('current_user["level"] != "L2"', 'current_user.type != "manager"')
    .replace(
        'current_user.get("level") not in ("L2", "L3")',
        'current_user.get("user_type") not in ("admin", "staff")',
    )
    .replace('current_user["level"] < 5', 'current_user.type != "customer"')
    .replace('current_user["level"] != "premium"', 'current_user.type not in ("customer", "guest")')
    .replace('ticket.level != "L2"', 'ticket.type != "admin"')
)


@pytest.mark.parametrize("app", [LEVELS, KINDS], ids=["level", "kind"])
def test_the_callers_level_or_kind_of_account_compared_with_staff_is_a_role_check(
    tmp_path: Path, app: str
) -> None:
    """LSP_Sewing_Machines's ``require_l2_permission``: ``if current_user["level"] != "L2":
    raise HTTPException(403)``, in a guard or in the handler; DashX's ``if current_user.type !=
    "manager"``, the caller's ``type`` (or ``user_type``, ``account_type``, ``kind``) compared
    with words one of which names staff."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": app})
    handlers = _by_function(report)
    _role_checked_and_signed_in(
        handlers, ("delete_sale", "update_expense", "close_inventory"), signed_in="read_sales"
    )
    # near misses, signed in with no role required: a level compared with a number (a
    # player's progress) or a kind with a customer's, one named by a word (a plan) or a kind
    # with a customer's or a guest's only, and a record's level or type, not the caller's
    for name in ("start_quest", "read_reports", "close_ticket"):
        found = handlers[name].protection
        assert (found.authenticated, found.role_checked) == (True, False), name


ATTENDANCE_GATE = """\
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import select

from models import Attendance, Item, User


def get_db(): ...


def get_current_user() -> User: ...


DBDep = Annotated[object, Depends(get_db)]
CurrentUser = Annotated[User, Depends(get_current_user)]


async def verify_attendance(db: DBDep, current_user: CurrentUser) -> User:
    \"\"\"Gating attendance: if not marked today, block the request.\"\"\"
    query = select(Attendance).where(
        Attendance.employee_id == current_user.id, Attendance.work_date == date.today()
    )
    if (await db.execute(query)).scalar_one_or_none() is None:
        raise HTTPException(status_code=403, detail="Mark attendance first")
    return current_user


async def owned_item(item_id: int, db: DBDep, current_user: CurrentUser) -> Item:
    item = await db.get(Item, item_id)
    if item.owner_id != current_user.id:
        raise HTTPException(status_code=403)
    return item


async def owner_from_path(request: Request, db: DBDep, current_user: CurrentUser) -> User:
    item = await db.get(Item, int(request.path_params["item_id"]))
    if item.owner_id != current_user.id:
        raise HTTPException(status_code=403)
    return current_user


async def loaded_item(item_id: int, db: DBDep) -> Item:
    return await db.get(Item, item_id)


async def owner_of_loaded(item: Item = Depends(loaded_item), user: CurrentUser = None) -> Item:
    if item.owner_id != user.id:
        raise HTTPException(status_code=403)
    return item


router = APIRouter(dependencies=[Depends(verify_attendance)])


@router.delete("/items/{item_id}")
async def delete_item(item_id: int, db: DBDep, current_user: CurrentUser) -> None:
    item = await db.get(Item, item_id)
    await db.delete(item)


@router.patch("/items/{item_id}/archive")
async def archive_item(item: Annotated[Item, Depends(owned_item)], db: DBDep) -> None:
    item.archived = True


@router.patch("/items/{item_id}/pin")
async def pin_item(item_id: int, db: DBDep, user: User = Depends(owner_from_path)) -> None:
    item = await db.get(Item, item_id)
    item.pinned = True


@router.patch("/items/{item_id}/star")
async def star_item(item: Item = Depends(owner_of_loaded)) -> None:
    item.starred = True
"""


def test_a_gate_on_the_callers_own_records_ties_no_record_of_the_route(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "main.py": ATTENDANCE_GATE,
            "models.py": "class User:\n    id: int\n\n\nclass Attendance:\n"
            "    employee_id: int\n\n\nclass Item:\n    owner_id: int\n",
        },
    )
    found = _by_function(report)
    # HRMS_White_Label's router-wide gate queries the caller's own attendance by the caller's
    # id: it ties no record of the route to the caller (read before as an owner check on
    # every route of the application)
    assert found["delete_item"].protection.authenticated
    assert not found["delete_item"].protection.ownership_checked
    missing = {f.function for f in report.findings if f.rule == "SCF005"}  # missing owner check
    assert "delete_item" in missing
    # near misses: a guard given the route's id, one reading the request's path parameters,
    # and one given the record another dependency loaded still tie the record to its owner
    for name in ("archive_item", "pin_item", "star_item"):
        assert found[name].protection.ownership_checked, name
        assert name not in missing, name


ORGANIZATION_ROUTES = """\
from fastapi import APIRouter, Depends, HTTPException

router = APIRouter()


def get_current_user() -> dict:
    raise HTTPException(status_code=401)


class Item:
    organization_id: str
    owner_id: str


def load(item_id: str) -> Item:
    raise HTTPException(status_code=404)


@router.get("/items/{item_id}")
def read_in_tenant(item_id: str, user=Depends(get_current_user)) -> None:
    item = load(item_id)
    if item.organization_id != user.organization_id:
        raise HTTPException(status_code=404)


@router.get("/items/{item_id}/own")
def read_own(item_id: str, user=Depends(get_current_user)) -> None:
    item = load(item_id)
    if item.organization_id != user.organization_id or item.owner_id != user.id:
        raise HTTPException(status_code=404)


@router.get("/items/{item_id}/company")
def read_in_company(item_id: str, user=Depends(get_current_user)) -> None:
    item = load(item_id)
    if item.company_id != user.id:
        raise HTTPException(status_code=404)
"""


def test_a_record_kept_in_the_callers_organization_is_no_record_of_the_callers_own(
    tmp_path: Path,
) -> None:
    """wrap-iq's filter, ``Item.organization_id == user.organization_id``, still counts as the
    route's owner check (no record of another tenant is reached), but it ties the record to the
    caller's organization only: ``owner_checked`` says no, as the project's evidence reads it.
    An owner's id beside it, or a tenant field compared with the caller's own id, ties the record
    to the caller."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/routes.py": ORGANIZATION_ROUTES})
    found = {h.function: h.protection for h in report.handlers}
    assert found["read_in_tenant"].ownership_checked
    assert found["read_in_tenant"].tenant_only
    assert not found["read_in_tenant"].owner_checked
    for owned in ("read_own", "read_in_company"):
        assert found[owned].owner_checked, owned
        assert not found[owned].tenant_only, owned


def test_a_tenant_filter_merged_with_an_owner_check_ties_the_record_to_the_caller() -> None:
    """Guards merge: an owner check from either side ties the record to the caller; tenant
    filters alone, or beside guards that check no owner, keep it in the organization only."""
    tenant = Protection(authenticated=True, ownership_checked=True, tenant_only=True)
    owner = Protection(authenticated=True, ownership_checked=True)
    role = Protection(authenticated=True, role_checked=True)
    assert tenant.merge(role).tenant_only
    assert role.merge(tenant).tenant_only
    assert tenant.merge(owner).owner_checked
    assert not owner.merge(tenant).tenant_only
    assert not role.merge(role).tenant_only
