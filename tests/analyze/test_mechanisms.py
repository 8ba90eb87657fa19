"""Protection mechanisms beyond the fixtures, each on a small tree written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Report
from tests.analyze.helpers import analyze_tree, authenticated


def _rules(report: Report) -> set[tuple[str, str]]:
    return {(f.function, f.name) for f in report.findings}


def test_src_layout_relative_and_star_imports(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "src/shop/__init__.py": "",
            "src/shop/security/__init__.py": "from .deps import *\n",
            "src/shop/security/deps.py": (
                "from fastapi import HTTPException\n"
                "def require_user(token: str = ''):\n"
                "    if not token:\n"
                "        raise HTTPException(status_code=401)\n"
            ),
            "src/shop/api.py": (
                "from fastapi import APIRouter, Depends\n"
                "from shop.security import require_user\n"
                "router = APIRouter(prefix='/v1')\n"
                "@router.post('/orders', dependencies=[Depends(require_user)])\n"
                "def place_order(): ...\n"
                "@router.post('/quotes')\n"
                "def quote(): ...\n"
            ),
            "src/shop/main.py": (
                "from fastapi import FastAPI\n"
                "from . import api\n"
                "app = FastAPI()\n"
                "app.include_router(api.router, prefix='/api')\n"
                "app.include_router(api.router, prefix='/legacy')\n"
            ),
        },
    )
    routes = sorted(h.route for h in report.handlers)
    assert routes == [
        "POST /api/v1/orders",
        "POST /api/v1/quotes",
        "POST /legacy/v1/orders",
        "POST /legacy/v1/quotes",
    ]
    assert authenticated(report) == {"place_order": True, "quote": False}


def test_flask_optional_jwt_and_role_decorators(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask\n"
                "from flask_jwt_extended import jwt_required\n"
                "from flask_security import roles_accepted\n"
                "app = Flask(__name__)\n"
                "@app.post('/feed')\n"
                "@jwt_required(optional=True)\n"
                "def feed(): ...\n"
                "@app.post('/admin/purge')\n"
                "@roles_accepted('admin', 'ops')\n"
                "def purge(): ...\n"
                "@app.post('/notes')\n"
                "@jwt_required()\n"
                "def note(): ...\n"
            )
        },
    )
    assert authenticated(report) == {"feed": False, "purge": True, "note": True}
    assert _rules(report) == {("feed", "unauthenticated-write")}


def test_django_login_required_middleware_and_login_not_required(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "site/settings.py": (
                "ROOT_URLCONF = 'site.urls'\n"
                "MIDDLEWARE = ['django.contrib.auth.middleware.LoginRequiredMiddleware']\n"
            ),
            "site/urls.py": (
                "from django.urls import path\n"
                "from site import views\n"
                "urlpatterns = [path('save/', views.save), path('hook/', views.hook)]\n"
            ),
            "site/views.py": (
                "from django.contrib.auth.decorators import login_not_required\n"
                "from django.views.decorators.http import require_POST\n"
                "@require_POST\n"
                "def save(request): ...\n"
                "@login_not_required\n"
                "@require_POST\n"
                "def hook(request): ...\n"
            ),
        },
    )
    assert authenticated(report) == {"save": True, "hook": False}
    assert [(f.function, f.severity.value) for f in report.findings] == [("hook", "medium")]


def test_drf_composition_and_get_permissions(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "urls.py": (
                "from django.urls import path\n"
                "import views\n"
                "urlpatterns = [\n"
                "    path('a/', views.Either.as_view()),\n"
                "    path('b/', views.Both.as_view()),\n"
                "    path('c/', views.PerAction.as_view()),\n"
                "]\n"
            ),
            "views.py": (
                "from rest_framework.views import APIView\n"
                "from rest_framework.permissions import AllowAny, IsAdminUser, IsAuthenticated\n"
                "class Either(APIView):\n"
                "    permission_classes = [IsAdminUser | AllowAny]\n"
                "    def post(self, request): ...\n"
                "class Both(APIView):\n"
                "    permission_classes = [IsAuthenticated & IsAdminUser]\n"
                "    def post(self, request): ...\n"
                "class PerAction(APIView):\n"
                "    def get_permissions(self):\n"
                "        if self.request.method == 'GET':\n"
                "            return [AllowAny()]\n"
                "        return [IsAuthenticated()]\n"
                "    def get(self, request): ...\n"
                "    def delete(self, request): ...\n"
            ),
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    assert not found["Either.post"].authenticated
    assert found["Both.post"].role_checked
    assert not found["PerAction.get"].authenticated
    assert found["PerAction.delete"].authenticated


@pytest.mark.parametrize(
    ("dependency", "refuses"),
    [
        ("HTTPBearer()", True),
        ("HTTPBearer(auto_error=False)", False),
        ("APIKeyHeader(name='x-key')", True),
    ],
)
def test_fastapi_security_schemes(tmp_path: Path, dependency: str, refuses: bool) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "main.py": (
                "from fastapi import Depends, FastAPI\n"
                "from fastapi.security import APIKeyHeader, HTTPBearer\n"
                f"scheme = {dependency}\n"
                "app = FastAPI()\n"
                "@app.delete('/things/{thing_id}')\n"
                "def remove(thing_id: int, credentials=Depends(scheme)): ...\n"
            )
        },
    )
    assert authenticated(report) == {"remove": refuses}


def test_role_checker_class_and_inline_checks(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "main.py": (
                "from fastapi import Depends, FastAPI, HTTPException\n"
                "from auth import get_current_user\n"
                "class RoleChecker:\n"
                "    def __init__(self, roles): self.roles = roles\n"
                "    def __call__(self, user=Depends(get_current_user)):\n"
                "        if user.role not in self.roles:\n"
                "            raise HTTPException(status_code=403)\n"
                "        return user\n"
                "app = FastAPI()\n"
                "@app.post('/admin/users', dependencies=[Depends(RoleChecker(['admin']))])\n"
                "def create_admin(): ...\n"
                "@app.post('/admin/flags')\n"
                "def set_flag(user=Depends(get_current_user)):\n"
                "    if not user.is_superuser:\n"
                "        raise HTTPException(status_code=403)\n"
            ),
            "auth.py": (
                "from fastapi import HTTPException, Request\n"
                "def get_current_user(request: Request):\n"
                "    user = request.state.user\n"
                "    if user is None:\n"
                "        raise HTTPException(status_code=401)\n"
                "    return user\n"
            ),
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    assert found["create_admin"].role_checked
    assert found["set_flag"].role_checked
    assert report.findings == []


def test_prefixes_from_constants_settings_and_conditional_includes(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "config.py": "API_PREFIX = '/api'\n",
            "routes.py": (
                "from fastapi import APIRouter\n"
                "router = APIRouter(prefix='/private')\n"
                "@router.post('/users/')\n"
                "def create_user(): ...\n"
            ),
            "main.py": (
                "from fastapi import APIRouter, FastAPI\n"
                "from config import API_PREFIX\n"
                "import routes\n"
                "from settings import settings\n"
                "api = APIRouter()\n"
                "if settings.ENVIRONMENT == 'local':\n"
                "    api.include_router(routes.router)\n"
                "app = FastAPI()\n"
                "app.include_router(api, prefix=API_PREFIX)\n"
                "app.include_router(api, prefix=settings.V2_PREFIX)\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == [
        "/api/private/users/",
        "{settings.V2_PREFIX}/private/users/",
    ]
    assert {h.condition for h in report.handlers} == {"settings.ENVIRONMENT == 'local'"}
    assert all("registered only when" in f.message for f in report.findings)


# One router with one route, included under the prefixes a test reads.
_ITEMS_ROUTER = (
    "from fastapi import APIRouter\n"
    "router = APIRouter()\n"
    "@router.get('/items')\n"
    "def list_items(): ...\n"
)


def test_prefixes_from_a_settings_objects_class_defaults(tmp_path: Path) -> None:
    """The full-stack template's shape: ``settings = Settings()`` whose class sets
    ``API_V1_STR: str = "/api/v1"``, used as a prefix and in an f-string; a getter that
    returns the settings; a default given by pydantic's ``Field`` (roadbogo-api's
    ``Field(default="/api/v1", validation_alias=...)``); a value the class does not set, or
    sets by a factory, stays unknown."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/core/__init__.py": "",
            "app/core/config.py": (
                "import pydantic\n"
                "from pydantic import Field\n"
                "from pydantic_settings import BaseSettings\n"
                "class Settings(BaseSettings):\n"
                "    API_V1_STR: str = '/api/v1'\n"
                "    ADMIN_PREFIX = '/admin'\n"
                "    PROJECT_NAME: str\n"
                "    internal_prefix: str = Field(default='/internal', validation_alias='X')\n"
                "    public_prefix: str = pydantic.Field('/public')\n"
                "    origins: list[str] = Field(default_factory=list)\n"
                "settings = Settings()\n"
                "def get_settings() -> Settings:\n"
                "    return Settings()\n"
            ),
            "app/routes.py": _ITEMS_ROUTER,
            "app/main.py": (
                "from fastapi import FastAPI\n"
                "from app.core.config import get_settings, settings\n"
                "from app import routes\n"
                "app = FastAPI()\n"
                "app.include_router(routes.router, prefix=settings.API_V1_STR)\n"
                "app.include_router(routes.router, prefix=f'{settings.API_V1_STR}/v')\n"
                "app.include_router(routes.router, prefix=get_settings().ADMIN_PREFIX)\n"
                "app.include_router(routes.router, prefix=settings.PROJECT_NAME)\n"
                "app.include_router(routes.router, prefix=settings.internal_prefix)\n"
                "app.include_router(routes.router, prefix=settings.public_prefix)\n"
                "app.include_router(routes.router, prefix=settings.origins)\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == [
        "/admin/items",
        "/api/v1/items",
        "/api/v1/v/items",
        "/internal/items",
        "/public/items",
        "{settings.PROJECT_NAME}/items",
        "{settings.origins}/items",
    ]


def test_prefixes_from_names_bound_to_settings(tmp_path: Path) -> None:
    """FASTAPI-HEALTHCARE's shape: ``PREFIX = settings.API_V1_STR`` then ``prefix=PREFIX``; a
    name bound in another module, or to an f-string of such a name, reads the same way. A
    name bound to a value the class does not set stays unknown, as the name."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/config.py": (
                "import pydantic\n"
                "from pydantic import Field\n"
                "from pydantic_settings import BaseSettings\n"
                "class Settings(BaseSettings):\n"
                "    API_V1_STR: str = '/api/v1'\n"
                "    PROJECT_NAME: str\n"
                "settings = Settings()\n"
                "API_PREFIX = settings.API_V1_STR\n"
            ),
            "app/routes.py": _ITEMS_ROUTER,
            "app/main.py": (
                "from fastapi import FastAPI\n"
                "from app.config import API_PREFIX, settings\n"
                "from app import routes\n"
                "PREFIX = settings.API_V1_STR\n"
                "V2 = f'{PREFIX}/v2'\n"
                "NAME = settings.PROJECT_NAME\n"
                "app = FastAPI()\n"
                "app.include_router(routes.router, prefix=PREFIX)\n"
                "app.include_router(routes.router, prefix=V2)\n"
                "app.include_router(routes.router, prefix=API_PREFIX + '/x')\n"
                "app.include_router(routes.router, prefix=NAME)\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == [
        "/api/v1/items",
        "/api/v1/v2/items",
        "/api/v1/x/items",
        "{NAME}/items",
    ]


def test_prefixes_joined_with_plus(tmp_path: Path) -> None:
    """Flohmarkt's shape: ``prefix=api_prefix + "/item"``, a module constant and a literal
    joined; an unknown part stays unknown, and the path is read as far as it goes."""
    report = analyze_tree(
        tmp_path,
        {
            "routes.py": (
                "from fastapi import APIRouter\n"
                "router = APIRouter()\n"
                "@router.get('/{ident}')\n"
                "def get_item(ident: str): ...\n"
            ),
            "main.py": (
                "import os\n"
                "from fastapi import FastAPI\n"
                "import routes\n"
                "api_prefix = '/api/v1'\n"
                "app = FastAPI()\n"
                "app.include_router(routes.router, prefix=api_prefix + '/item')\n"
                "app.include_router(routes.router, prefix=os.environ['BASE'] + '/raw')\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == [
        "/api/v1/item/{ident}",
        "{os.environ['BASE']}/raw/{ident}",
    ]


def test_a_router_a_package_reexports_over_its_submodule_of_the_same_name(
    tmp_path: Path,
) -> None:
    """babytroc's shape: ``auth/__init__.py`` says ``from .router import router``, so
    ``auth.router`` is the router object (Python rebinds the name), not the submodule
    ``auth/router.py``; the routes registered on it in ``auth/login.py`` are served under
    the prefix ``auth.router`` is included with. ``from . import items`` stays the module."""
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": "",
            "app/auth/__init__.py": "from .login import login\nfrom .router import router\n",
            "app/auth/router.py": "from fastapi import APIRouter\nrouter = APIRouter()\n",
            "app/auth/login.py": (
                "from .router import router\n@router.post('/login')\ndef login(): ...\n"
            ),
            "app/items/__init__.py": "from . import router\n",
            "app/items/router.py": (
                "from fastapi import APIRouter\n"
                "router = APIRouter()\n"
                "@router.get('/')\n"
                "def list_items(): ...\n"
            ),
            "app/main.py": (
                "from fastapi import APIRouter, FastAPI\n"
                "from app import auth, items\n"
                "api = APIRouter()\n"
                "api.include_router(router=auth.router, prefix='/auth')\n"
                "api.include_router(items.router.router, prefix='/items')\n"
                "app = FastAPI()\n"
                "app.include_router(router=api, prefix='/v1')\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == ["/v1/auth/login", "/v1/items/"]


def test_a_helper_that_lets_roles_through_and_raises_otherwise(tmp_path: Path) -> None:
    """An allow-list helper (``if user.role == "admin": return True`` ... then ``raise``) is a
    role check when every branch that returns tests a role; taskin-gilam's, whose ``elif``
    also lets a named handler through for any role, is not, and neither is one whose last
    statement returns or whose ``else`` returns."""
    helpers = (
        "from fastapi import HTTPException\n"
        "def allow_admins(user):\n"
        "    if user.role == 'admin':\n"
        "        return True\n"
        "    elif user.role == 'admin_filial':\n"
        "        return True\n"
        "    raise HTTPException(status_code=400, detail='not allowed')\n"
        "def allow_admins_or_named(user, function):\n"
        "    if user.role == 'admin':\n"
        "        return True\n"
        "    elif function in ['get_orders_driver']:\n"
        "        return True\n"
        "    raise HTTPException(status_code=400)\n"
        "def allow_admins_else_anyone(user):\n"
        "    if user.role == 'admin':\n"
        "        return True\n"
        "    else:\n"
        "        return False\n"
        "    raise HTTPException(status_code=403)\n"
        "def tell_role(user):\n"
        "    if user.role == 'admin':\n"
        "        return True\n"
        "    return False\n"
    )
    handlers = "".join(
        f"@app.get('/{name}')\n"
        f"def {name}_route(user = Depends(get_current_user)):\n"
        f"    {name}(user{', name' if name == 'allow_admins_or_named' else ''})\n"
        for name in (
            "allow_admins",
            "allow_admins_or_named",
            "allow_admins_else_anyone",
            "tell_role",
        )
    )
    report = analyze_tree(
        tmp_path,
        {
            "deps.py": (
                "from fastapi import HTTPException\n"
                "def get_current_user(token: str = ''):\n"
                "    if not token:\n"
                "        raise HTTPException(status_code=401)\n"
                "    return token\n"
            ),
            "roles.py": helpers,
            "main.py": (
                "from fastapi import Depends, FastAPI\n"
                "from deps import get_current_user\n"
                "from roles import allow_admins, allow_admins_else_anyone, allow_admins_or_named\n"
                "from roles import tell_role\n"
                "name = 'x'\n"
                "app = FastAPI()\n" + handlers
            ),
        },
    )
    found = {h.function: h.protection.role_checked for h in report.handlers}
    assert found == {
        "allow_admins_route": True,
        "allow_admins_or_named_route": False,
        "allow_admins_else_anyone_route": False,
        "tell_role_route": False,
    }


def test_a_role_read_from_the_callers_document(tmp_path: Path) -> None:
    """A user held as a document (``current_user["admin"]``, ``user["role"]``): a refusal
    under a test of its role keys is a role check; one under another key is not."""
    report = analyze_tree(
        tmp_path,
        {
            "deps.py": (
                "from fastapi import HTTPException\n"
                "def get_current_user(token: str = '') -> dict:\n"
                "    if not token:\n"
                "        raise HTTPException(status_code=401)\n"
                "    return {'id': token}\n"
            ),
            "main.py": (
                "from fastapi import Depends, FastAPI, HTTPException\n"
                "from deps import get_current_user\n"
                "app = FastAPI()\n"
                "@app.get('/reportees')\n"
                "def get_reportees(current_user: dict = Depends(get_current_user)):\n"
                "    if not (current_user['moderator'] or current_user['admin']):\n"
                "        raise HTTPException(status_code=403)\n"
                "@app.get('/audit')\n"
                "def get_audit(user: dict = Depends(get_current_user)):\n"
                "    if user['role'] != 'auditor':\n"
                "        raise HTTPException(status_code=403)\n"
                "@app.get('/inbox')\n"
                "def get_inbox(current_user: dict = Depends(get_current_user)):\n"
                "    if not current_user['verified']:\n"
                "        raise HTTPException(status_code=403)\n"
            ),
        },
    )
    found = {h.function: h.protection for h in report.handlers}
    assert found["get_reportees"].role_checked
    assert found["get_audit"].role_checked
    assert found["get_inbox"].authenticated
    assert not found["get_inbox"].role_checked


def test_a_role_check_in_a_helper_the_handler_calls(tmp_path: Path) -> None:
    """``require_admin(current_user)`` as a statement of the handler is its role check when
    the helper refuses callers without the role; a call only some runs make, a helper that
    refuses nothing, one that answers by role (a return, not a refusal), or one that checks
    only when an argument asks it to, is not."""
    report = analyze_tree(
        tmp_path,
        {
            "auth.py": (
                "from fastapi import HTTPException\n"
                "def require_admin(user):\n"
                "    if user.role != 'admin':\n"
                "        raise HTTPException(status_code=403, detail='admins only')\n"
                "def log_access(user):\n"
                "    print(user.role)\n"
                "def visible(user):\n"
                "    if user.role == 'admin':\n"
                "        return 'all'\n"
                "    return 'online'\n"
                "def with_access(user, kind):\n"
                "    if kind == 'admin':\n"
                "        if user.role != 'admin':\n"
                "            raise HTTPException(status_code=403)\n"
            ),
            "main.py": (
                "from fastapi import Depends, FastAPI\n"
                "from auth import log_access, require_admin, visible, with_access\n"
                "from deps import get_current_user\n"
                "app = FastAPI()\n"
                "@app.delete('/agents/{agent_id}')\n"
                "def delete_agent(agent_id: int, user=Depends(get_current_user)):\n"
                "    require_admin(user)\n"
                "@app.get('/agents/earnings')\n"
                "async def earnings(user=Depends(get_current_user)):\n"
                '    """Earnings of every agent."""\n'
                "    await require_admin(user)\n"
                "@app.get('/agents/{agent_id}')\n"
                "def read_agent(agent_id: int, full: bool, user=Depends(get_current_user)):\n"
                "    if full:\n"
                "        require_admin(user)\n"
                "@app.get('/agents')\n"
                "def list_agents(user=Depends(get_current_user)):\n"
                "    log_access(user)\n"
                "@app.get('/judges')\n"
                "def list_judges(user=Depends(get_current_user)):\n"
                "    shown = visible(user)\n"
                "@app.get('/rooms')\n"
                "def list_rooms(user=Depends(get_current_user)):\n"
                "    with_access(user, 'view')\n"
            ),
            "deps.py": "def get_current_user(): ...\n",
        },
    )
    roles = {h.function: h.protection.role_checked for h in report.handlers}
    assert roles == {
        "delete_agent": True,
        "earnings": True,
        "read_agent": False,
        "list_agents": False,
        "list_judges": False,
        "list_rooms": False,
    }


def test_routers_included_and_mounted_by_keyword(tmp_path: Path) -> None:
    """``include_router(router=v1_router, prefix="/v1")`` and ``mount(path=..., app=...)``
    are followed as their positional forms are, with the include's dependencies."""
    report = analyze_tree(
        tmp_path,
        {
            "v1.py": (
                "from fastapi import APIRouter\n"
                "v1_router = APIRouter()\n"
                "@v1_router.post('/videos')\n"
                "def upload_video(): ...\n"
            ),
            "sub.py": (
                "from fastapi import FastAPI\n"
                "sub_app = FastAPI()\n"
                "@sub_app.get('/status')\n"
                "def status(): ...\n"
            ),
            "main.py": (
                "from fastapi import Depends, FastAPI\n"
                "from v1 import v1_router\n"
                "from sub import sub_app\n"
                "from deps import get_current_user\n"
                "app = FastAPI()\n"
                "app.include_router(router=v1_router, prefix='/v1',"
                " dependencies=[Depends(get_current_user)])\n"
                "app.mount(path='/internal', app=sub_app)\n"
            ),
            "deps.py": (
                "from fastapi import HTTPException\n"
                "def get_current_user(token: str = ''):\n"
                "    if not token:\n"
                "        raise HTTPException(status_code=401)\n"
            ),
        },
    )
    assert sorted(h.path for h in report.handlers) == ["/internal/status", "/v1/videos"]
    assert authenticated(report) == {"upload_video": True, "status": False}


def test_a_credentials_form_is_not_a_guard(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "main.py": (
                "from typing import Annotated\n"
                "from fastapi import Depends, FastAPI\n"
                "from fastapi.security import OAuth2PasswordRequestForm\n"
                "app = FastAPI()\n"
                "@app.post('/session')\n"
                "def open_session(form: Annotated[OAuth2PasswordRequestForm, Depends()]): ...\n"
            )
        },
    )
    assert authenticated(report) == {"open_session": False}


def test_flask_hooks_count_only_when_they_refuse(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app/__init__.py": (
                "from flask import Flask\n"
                "def create_app():\n"
                "    app = Flask(__name__)\n"
                "    from app import account, notes\n"
                "    app.register_blueprint(account.bp)\n"
                "    app.register_blueprint(notes.bp, url_prefix='/notes')\n"
                "    return app\n"
            ),
            "app/account.py": (
                "from flask import Blueprint, g, session\n"
                "bp = Blueprint('account', __name__)\n"
                "@bp.before_app_request\n"
                "def load_logged_in_user():\n"
                "    g.user = session.get('user_id')\n"
                "@bp.post('/profile')\n"
                "def save_profile(): ...\n"
            ),
            "app/notes.py": (
                "from flask import Blueprint, abort, g, redirect, url_for\n"
                "bp = Blueprint('notes', __name__)\n"
                "@bp.before_request\n"
                "def require_login():\n"
                "    if g.user is None:\n"
                "        return redirect(url_for('account.login'))\n"
                "def get_note(id_):\n"
                "    note = load(id_)\n"
                "    if note['owner_id'] != g.user['id']:\n"
                "        abort(403)\n"
                "    return note\n"
                "@bp.post('/<int:id_>/delete')\n"
                "def delete(id_):\n"
                "    get_note(id_)\n"
                "@bp.post('/<int:id_>/share')\n"
                "def share(id_):\n"
                "    note = Note.query.get_or_404(id_)\n"
                "    note.shared = True\n"
                "    db.session.commit()\n"
            ),
        },
    )
    assert authenticated(report) == {"save_profile": False, "delete": True, "share": True}
    assert _rules(report) == {
        ("save_profile", "unauthenticated-write"),
        ("share", "missing-ownership-check"),
    }


def test_query_input_reaching_the_database(tmp_path: Path) -> None:
    report = analyze_tree(
        tmp_path,
        {
            "app.py": (
                "from flask import Flask, request\n"
                "from db import db\n"
                "app = Flask(__name__)\n"
                "@app.get('/search')\n"
                "def search():\n"
                "    return db.session.execute(q, {'name': request.args['name']}).all()\n"
            )
        },
    )
    assert [(f.name, f.message) for f in report.findings] == [
        (
            "unvalidated-db-access",
            "query input (request.args) reaches the database without validation",
        )
    ]


_APP = (
    "from fastapi import APIRouter, FastAPI, Request\n"
    "from fastapi.responses import JSONResponse\n"
    "from starlette.middleware.base import BaseHTTPMiddleware\n"
    "app = FastAPI()\n"
    "router = APIRouter(prefix='/v1')\n"
    "@router.post('/documents')\n"
    "async def create_document(request: Request):\n"
    "    return {}\n"
    "@app.post('/notes')\n"
    "async def create_note(request: Request):\n"
    "    return {}\n"
    "app.include_router(router)\n"
)


@pytest.mark.parametrize(
    "middleware",
    [
        "@app.middleware('http')\n"
        "async def require_token(request: Request, call_next):\n"
        "    if not request.headers.get('authorization'):\n"
        "        return JSONResponse({'detail': 'Not authenticated'}, status_code=401)\n"
        "    return await call_next(request)\n",
        "class RequireToken(BaseHTTPMiddleware):\n"
        "    async def dispatch(self, request, call_next):\n"
        "        token = request.headers.get('x-api-key')\n"
        "        if token is None:\n"
        "            return JSONResponse({'detail': 'Unauthorized'}, status_code=401)\n"
        "        return await call_next(request)\n"
        "app.add_middleware(RequireToken)\n",
    ],
    ids=["decorator", "add_middleware"],
)
def test_an_http_middleware_that_refuses_anonymous_callers_guards_every_route(
    tmp_path: Path, middleware: str
) -> None:
    """A FastAPI/Starlette app whose HTTP middleware answers 401 has no anonymous route."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _APP + middleware})
    assert authenticated(report) == {"create_document": True, "create_note": True}
    assert _rules(report) == set()
    [evidence, *_] = report.handlers[0].protection.evidence
    assert evidence.startswith("middleware ")


@pytest.mark.parametrize(
    "middleware",
    [
        # Some paths skip the check: which ones cannot be told without running it.
        "import os\n"
        "@app.middleware('http')\n"
        "async def require_token(request: Request, call_next):\n"
        "    if request.url.path.startswith(os.environ['OPEN_PREFIX']):\n"
        "        return await call_next(request)\n"
        "    if not request.headers.get('authorization'):\n"
        "        return JSONResponse({'detail': 'Not authenticated'}, status_code=401)\n"
        "    return await call_next(request)\n",
        # Times requests: refuses no one.
        "@app.middleware('http')\n"
        "async def timing(request: Request, call_next):\n"
        "    response = await call_next(request)\n"
        "    return response\n",
    ],
    ids=["path-exemptions", "refuses-no-one"],
)
def test_a_middleware_that_may_let_anonymous_callers_through_is_no_guard(
    tmp_path: Path, middleware: str
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _APP + middleware})
    assert authenticated(report) == {"create_document": False, "create_note": False}


_CSRF_CHECK = (
    "class CSRFMiddleware(BaseHTTPMiddleware):\n"
    "    async def dispatch(self, request, call_next):\n"
    "        if request.method not in ('GET', 'HEAD', 'OPTIONS'):\n"
    "            cookie_token = request.cookies.get(CSRF_COOKIE_NAME)\n"
    "            header_token = request.headers.get(CSRF_HEADER_NAME)\n"
    "            if not cookie_token or not secrets.compare_digest(cookie_token, header_token):\n"
    "                return JSONResponse({'detail': 'csrf_failed'}, status_code=403)\n"
    "        SIGN_IN\n"
    "        return await call_next(request)\n"
    "app.add_middleware(CSRFMiddleware)\n"
)
_CSRF_NAMES = "import secrets\nCSRF_COOKIE_NAME = 'yf_csrf'\nCSRF_HEADER_NAME = 'x-yf-csrf'\n"


@pytest.mark.parametrize(
    ("sign_in", "signed_in"),
    [
        ("pass", False),
        (
            "if request.session.get('user_id') is None:\n"
            "            return JSONResponse({'detail': 'Not authenticated'}, status_code=401)",
            True,
        ),
    ],
    ids=["csrf-only", "csrf-and-a-session"],
)
def test_a_csrf_middleware_proves_where_a_request_came_from_not_who_sent_it(
    tmp_path: Path, sign_in: str, signed_in: bool
) -> None:
    """youfeed's ``CSRFMiddleware`` (the two-hundred-thirty-second set) compares the token its
    cookie holds with the one a header sends back and answers 403: read as a check of the caller,
    it had every route of the app signed in, its 31 open routes and 3 high findings hidden. A
    CSRF token compared is not the caller's; the same middleware that also refuses a request
    without a signed-in session still guards every route."""
    main = _APP + _CSRF_NAMES + _CSRF_CHECK.replace("SIGN_IN", sign_in)
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": main})
    assert authenticated(report) == {"create_document": signed_in, "create_note": signed_in}
