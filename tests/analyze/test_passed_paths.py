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
