"""A middleware that checks every path but a written-out few, as real apps write it.

oficina-mecanica-fastapi's ``AuthMiddleware(BaseHTTPMiddleware)`` starts with ``if
is_public_path(path): return await call_next(request)``, a helper testing a module-level tuple
of public prefixes, then refuses a caller with no session. The routes under those prefixes
stay open; every other route is guarded. When the passed paths cannot be read, or the check
itself is made for some paths only, the middleware still guards nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyze.helpers import analyze_tree, authenticated

_ROUTES = """\
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.base import BaseHTTPMiddleware

app = FastAPI()
auth = APIRouter(prefix="/auth")
clients = APIRouter(prefix="/clientes")


@auth.post("/login")
async def login(request: Request) -> dict:
    return {}


@auth.post("/logout")
async def logout(request: Request) -> dict:
    return {}


@clients.post("/{client_id}/delete")
async def delete_client(client_id: int) -> dict:
    return {}


@app.get("/health")
async def health() -> dict:
    return {}


app.include_router(auth)
app.include_router(clients)
"""

_REFUSE = """\
        if not request.session.get("user_id"):
            return RedirectResponse(url="/auth/login", status_code=303)
        return await call_next(request)
"""

_OFICINA = (
    """\
class AuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        path = request.url.path
        if is_public_path(path):
            return await call_next(request)
"""
    + _REFUSE
    + """\
        if not has_permission(path, request.session.get("perfil")):
            return RedirectResponse(url="/", status_code=303)
        return await call_next(request)


app.add_middleware(AuthMiddleware)

PUBLIC_PATH_PREFIXES = ("/auth/login", "/health", "/static")


def is_public_path(path: str) -> bool:
    return any(path.startswith(prefix) for prefix in PUBLIC_PATH_PREFIXES)


def has_permission(path: str, perfil: str) -> bool:
    return perfil == "admin" or not path.startswith("/clientes")
"""
)

_EXACT = (
    """\
PUBLIC = {"/auth/login", "/health"}


class AuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path in PUBLIC or request.url.path == "/docs":
            return await call_next(request)
"""
    + _REFUSE
    + "\n\napp.add_middleware(AuthMiddleware)\n"
)

_LOOP = """\
OPEN = ["/auth/login", "/health"]


@app.middleware("http")
async def require_session(request: Request, call_next):
    for prefix in OPEN:
        if request.url.path.startswith(prefix):
            return await call_next(request)
""" + _REFUSE.replace("        ", "    ")


@pytest.mark.parametrize("middleware", [_OFICINA, _EXACT, _LOOP], ids=["helper", "exact", "loop"])
def test_a_middleware_guards_every_path_it_does_not_pass_on(
    tmp_path: Path, middleware: str
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + middleware})
    assert authenticated(report) == {
        "login": False,
        "logout": True,
        "delete_client": True,
        "health": False,
    }
    guarded = next(h for h in report.handlers if h.function == "delete_client")
    assert any(e.startswith("middleware ") for e in guarded.protection.evidence)


def test_a_permission_test_of_the_path_after_the_session_check_is_a_role_check(
    tmp_path: Path,
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + _OFICINA})
    roles = {h.function: h.protection.role_checked for h in report.handlers}
    assert roles["delete_client"] is True
    assert roles["login"] is False


_ONLY_ADMIN = """\
@app.middleware("http")
async def admin_only(request: Request, call_next):
    if request.url.path.startswith("/clientes"):
        if not request.session.get("user_id"):
            return RedirectResponse(url="/auth/login", status_code=303)
    return await call_next(request)
"""

_ELSE = """\
@app.middleware("http")
async def require_session(request: Request, call_next):
    path = request.url.path
    if path.startswith("/auth"):
        return await call_next(request)
    else:
        request.state.checked = True
""" + _REFUSE.replace("        ", "    ")

_COMPUTED = """\
import os


@app.middleware("http")
async def require_session(request: Request, call_next):
    if request.url.path.startswith(tuple(os.environ["OPEN"].split(","))):
        return await call_next(request)
""" + _REFUSE.replace("        ", "    ")

_NEGATED = """\
@app.middleware("http")
async def require_session(request: Request, call_next):
    if not request.url.path.startswith("/auth"):
        return await call_next(request)
""" + _REFUSE.replace("        ", "    ")


# travellito's token refresher: skips /auth, passes a caller with no token on, and only
# retries a 401 with a fresh token; it refuses no one.
_REFRESHER = """\
@app.middleware("http")
async def refresh_tokens(request: Request, call_next):
    if request.url.path.startswith("/auth/"):
        return await call_next(request)
    refresh_token = request.cookies.get("refresh_token")
    if not refresh_token:
        return await call_next(request)
    response = await call_next(request)
    if response.status_code == 401:
        response = await call_next(request)
    return response
"""


@pytest.mark.parametrize(
    "middleware",
    [_ONLY_ADMIN, _ELSE, _COMPUTED, _NEGATED, _REFRESHER],
    ids=[
        "check-for-some-paths",
        "else-branch",
        "computed-prefixes",
        "negated-test",
        "passes-anonymous-on",
    ],
)
def test_a_middleware_whose_passed_paths_cannot_be_read_guards_nothing(
    tmp_path: Path, middleware: str
) -> None:
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + middleware})
    assert not any(authenticated(report).values())


# python-fastapi-user-management's check_permissions, registered by calling the decorator:
# a flag raised in a loop over a local list of words the path may hold, then, unless it is
# raised, the bearer token decoded (any failure, a missing header too, answers 401) and the
# path's first part looked up in the permissions the token lists.
_FLAGGED = """\
from fastapi.responses import JSONResponse


def decode_jwt_token(token: str) -> dict:
    return {{}}


async def check_permissions(request: Request, call_next):
    path = request.scope.get("path").rstrip("/")
    access_token = request.headers.get("authorization")
    open_words = ["/docs", "auth", "/health"]
    {allowed} = False
    for word in open_words:
        if word in path:
            {allowed} = True
            break
    if {gate}:
        try:
            decoded = decode_jwt_token(access_token.replace("Bearer ", ""))
            permissions = decoded.get("permissions")
            if "/" + path.split("/")[1] not in permissions:
                return JSONResponse(status_code=401, content={{"detail": "not allowed"}})
        except:
            return JSONResponse(status_code=401, content={{"detail": "Invalid token"}})
    return await call_next(request)


app.middleware("http")(check_permissions)
"""


def test_a_middleware_registered_by_a_call_skips_the_paths_that_raise_its_flag(
    tmp_path: Path,
) -> None:
    middleware = _FLAGGED.format(allowed="is_allowed", gate="not is_allowed")
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + middleware})
    assert authenticated(report) == {
        "login": False,
        "logout": False,  # "/auth/logout" holds "auth"
        "delete_client": True,
        "health": False,
    }
    roles = {h.function: h.protection.role_checked for h in report.handlers}
    assert roles == {"login": False, "logout": False, "delete_client": True, "health": False}


@pytest.mark.parametrize(
    ("allowed", "gate"),
    [("is_allowed", "is_allowed"), ("is_allowed", "not is_allowed or path.endswith('/')")],
    ids=["check-only-for-the-flagged", "gate-reads-more-than-the-flag"],
)
def test_a_flag_that_does_not_only_skip_the_check_guards_nothing(
    tmp_path: Path, allowed: str, gate: str
) -> None:
    middleware = _FLAGGED.format(allowed=allowed, gate=gate)
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + middleware})
    assert not any(authenticated(report).values())


def test_a_local_list_of_open_words_that_grows_is_not_read(tmp_path: Path) -> None:
    middleware = _FLAGGED.format(allowed="is_allowed", gate="not is_allowed").replace(
        "    for word in open_words:", "    open_words.append(path)\n    for word in open_words:"
    )
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": _ROUTES + middleware})
    assert not any(authenticated(report).values())
