"""Includes as real apps write them, each on a small tree in that shape: routers included in
a loop over a written list (``for router in [auth.router, items.router]:
app.include_router(router, prefix=API_PREFIX)``), each with the prefix and the guards of the
include; and an app factory's prefix bound to a local name (``prefix =
settings.API_V1_PREFIX``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.analyze import Report
from tests.analyze.helpers import analyze_tree

ROUTER = """\
from fastapi import APIRouter

router = APIRouter(prefix="/{name}")


@router.get("/{{item_id}}")
def read_{name}(item_id: int) -> dict:
    return {{}}
"""
DEPS = """\
from fastapi import Depends, HTTPException
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


def require_admin(token: str = Depends(oauth2_scheme)) -> None:
    if not token:
        raise HTTPException(status_code=401)
"""


def _routes(report: Report) -> dict[str, tuple[str, bool, bool]]:
    return {
        h.function: (h.route, h.protection.authenticated, h.protection.role_checked)
        for h in report.handlers
    }


def _tree(main: str, **extra: str) -> dict[str, str]:
    files = {
        "app/__init__.py": "",
        "app/deps.py": DEPS,
        "app/routers/__init__.py": "",
        "app/main.py": main,
        **extra,
    }
    for name in ("notes", "tags", "audits"):
        files[f"app/routers/{name}.py"] = ROUTER.format(name=name)
    return files


def test_each_router_of_a_written_list_gets_the_prefix_and_the_guards(tmp_path: Path) -> None:
    main = """\
from fastapi import Depends, FastAPI

from app.deps import require_admin
from app.routers import audits, notes, tags

API_PREFIX = "/api/v1"
app = FastAPI()
for router in [notes.router, tags.router]:
    app.include_router(router, prefix=API_PREFIX)
for router in (audits.router,):
    app.include_router(router, prefix="/admin", dependencies=[Depends(require_admin)])
"""
    found = _routes(analyze_tree(tmp_path, _tree(main)))
    assert found["read_notes"] == ("GET /api/v1/notes/{item_id}", False, False)
    assert found["read_tags"] == ("GET /api/v1/tags/{item_id}", False, False)
    assert found["read_audits"] == ("GET /admin/audits/{item_id}", True, True)


def test_a_list_of_modules_or_a_list_named_elsewhere(tmp_path: Path) -> None:
    main = """\
from fastapi import FastAPI

from app.routers import ALL, notes, tags

app = FastAPI()
for module in (notes, tags):
    app.include_router(module.router, prefix="/api")
for router in ALL:
    app.include_router(router, prefix="/v2")
"""
    routers = """\
from app.routers.audits import router as audits_router

ALL = [audits_router]
"""
    found = _routes(analyze_tree(tmp_path, {**_tree(main), "app/routers/__init__.py": routers}))
    assert found["read_notes"][0] == "GET /api/notes/{item_id}"
    assert found["read_tags"][0] == "GET /api/tags/{item_id}"
    assert found["read_audits"][0] == "GET /v2/audits/{item_id}"


def test_pairs_of_a_prefix_and_a_router_each_give_their_own_prefix(tmp_path: Path) -> None:
    """Bobcat_FastAPI_app's shape: ``routers = [("auth", auth_router), ...]`` in the routers'
    package, then ``for prefix, router in routers: app.include_router(router,
    prefix=f"/{prefix}")``. Each router gets its own prefix, and the guards of the include;
    a pair whose prefix is not written out leaves the loop unread (no prefix made up)."""
    main = """\
from fastapi import Depends, FastAPI

from app.deps import require_admin
from app.routers import PAIRS, UNREAD, audits

app = FastAPI()
for prefix, router in PAIRS:
    app.include_router(router, prefix=f"/{prefix}")
for name, router in [("admin", audits.router)]:
    app.include_router(router, prefix=f"/{name}", dependencies=[Depends(require_admin)])
for prefix, router in UNREAD:
    app.include_router(router, prefix=f"/v2/{prefix}")
"""
    routers = """\
import os

from app.routers.notes import router as notes_router
from app.routers.tags import router as tags_router

PAIRS = [("api", notes_router), ("web", tags_router)]
UNREAD = [(os.environ["PREFIX"], notes_router)]
"""
    found = _routes(analyze_tree(tmp_path, {**_tree(main), "app/routers/__init__.py": routers}))
    assert found["read_notes"][0] == "GET /api/notes/{item_id}"
    assert found["read_tags"][0] == "GET /web/tags/{item_id}"
    assert found["read_audits"] == ("GET /admin/audits/{item_id}", True, True)


def test_a_loop_over_what_the_analysis_cannot_read_includes_nothing_new(tmp_path: Path) -> None:
    """``getattr(module, "router")`` over a list of modules is run code, not read: the routes
    stay at their own paths, as before (no prefix is made up)."""
    main = """\
from fastapi import FastAPI

from app.routers import notes, tags

app = FastAPI()
for module in [notes, tags]:
    app.include_router(getattr(module, "router"), prefix=f"/{module.__name__}")
"""
    found = _routes(analyze_tree(tmp_path, _tree(main)))
    assert found["read_notes"][0] == "GET /notes/{item_id}"


def test_a_prefix_bound_to_a_name_in_the_app_factory(tmp_path: Path) -> None:
    main = """\
from fastapi import FastAPI

from app.routers.notes import router as notes_router
from app.routers.tags import router as tags_router
from app.settings import settings


def create_app() -> FastAPI:
    app = FastAPI()
    prefix = settings.API_V1_PREFIX
    app.include_router(notes_router, prefix=prefix)
    version = "/v1"
    version = "/v2"
    app.include_router(tags_router, prefix=version)
    return app
"""
    settings = 'class Settings:\n    API_V1_PREFIX: str = "/api"\n\n\nsettings = Settings()\n'
    found = _routes(analyze_tree(tmp_path, {**_tree(main), "app/settings.py": settings}))
    assert found["read_notes"][0] == "GET /api/notes/{item_id}"
    assert found["read_tags"][0] == "GET {version}/tags/{item_id}"  # bound twice: not read


LEAVES = """\
from fastapi import APIRouter

router = APIRouter()


@router.get("/leaves/pending")
def pending() -> list:
    return []
"""
UNUSED_AGGREGATION = """\
from fastapi import APIRouter

from .leaves import router as leaves_router

router = APIRouter()
router.include_router(leaves_router, prefix="/leaves")
"""
SERVED = """\
from fastapi import FastAPI

from app.api.v1.leaves import router as leaves_router

app = FastAPI()
app.include_router(leaves_router, prefix="/api/v1")
"""


@pytest.mark.parametrize(
    ("main", "paths"),
    [(SERVED, ["/api/v1/leaves/pending"]), (None, ["/leaves/leaves/pending"])],
    ids=["served-by-an-app", "no-app-in-sight"],
)
def test_a_router_an_app_serves_is_not_also_read_under_an_unused_aggregation(
    tmp_path: Path, main: str | None, paths: list[str]
) -> None:
    """ayatiworks' ``app/api/v1/__init__.py`` includes every router in a second
    ``APIRouter`` that nothing includes: the routes are served under the app's prefix only.
    With no app in sight (the app built elsewhere), the aggregation's paths are all there is."""
    files = {
        "app/__init__.py": "",
        "app/api/__init__.py": "",
        "app/api/v1/__init__.py": UNUSED_AGGREGATION,
        "app/api/v1/leaves.py": LEAVES,
    }
    if main is not None:
        files["app/main.py"] = main
    report = analyze_tree(tmp_path, files)
    assert [h.path for h in report.handlers] == paths


FACTORY = """\
from fastapi import APIRouter, Depends, FastAPI, HTTPException

app = FastAPI()


def require_user(token: str) -> dict:
    if not token:
        raise HTTPException(status_code=401)
    return {}


def require_admin(user: dict = Depends(require_user)) -> dict:
    if user.get("role") != "admin":
        raise HTTPException(status_code=403)
    return user


def construir_abm(*, prefijo: str, rol_escritura=require_admin) -> APIRouter:
    router = APIRouter(prefix=f"/api/{prefijo}")

    @router.get("")
    def listar(_: object = Depends(require_user)) -> list:
        return []

    @router.delete("/{item_id}")
    def borrar(item_id: int, _: object = Depends(rol_escritura)) -> None:
        return None

    return router


canchas = construir_abm(prefijo="canchas")
clientes = construir_abm(prefijo="clientes", rol_escritura=require_user)
app.include_router(canchas)
app.include_router(clientes)
"""


def test_a_router_factory_serves_its_routes_once_per_call_with_that_calls_guards(
    tmp_path: Path,
) -> None:
    """libraclub's ``construir_abm``: each call's router serves the factory's handlers under
    its own prefix, with the guard its arguments (or the defaults) give; the factory's body
    read as written (``/api/{prefijo}``) serves nothing."""
    report = analyze_tree(tmp_path, {"app/__init__.py": "", "app/main.py": FACTORY})
    found = {(h.path, h.function): h.protection for h in report.handlers}
    assert sorted(found) == [
        ("/api/canchas", "listar"),
        ("/api/canchas/{item_id}", "borrar"),
        ("/api/clientes", "listar"),
        ("/api/clientes/{item_id}", "borrar"),
    ]
    assert all(p.authenticated for p in found.values())
    assert found[("/api/canchas/{item_id}", "borrar")].role_checked
    assert not found[("/api/clientes/{item_id}", "borrar")].role_checked


HELPER = """\
from fastapi import Depends, FastAPI

from app.deps import require_admin
from app.routers import audits, notes, tags


def create_app() -> FastAPI:
    app = FastAPI()

    def include_core(prefix: str = "", include_in_schema: bool = True) -> None:
        for router in [notes.router, tags.router]:
            app.include_router(router, prefix=prefix, include_in_schema=include_in_schema)

    def guarded(target, router, at) -> None:
        target.include_router(router, prefix=at, dependencies=[Depends(require_admin)])

    def never_called(prefix: str) -> None:
        app.include_router(audits.router, prefix=prefix)

    include_core()
    include_core(prefix="/api", include_in_schema=False)
    guarded(app, audits.router, "/admin")
    return app
"""


def test_a_helper_includes_once_for_each_call_with_what_the_call_gives(tmp_path: Path) -> None:
    """ia-crm's shape: ``_include_core_routes(prefix="")`` includes the routers, and the app
    factory calls it twice, bare and with ``prefix="/api"``. Each call serves the routers
    under its prefix (the default when none is given), and a helper given the app, a router
    and a prefix includes that router there with its guards; a helper no call names is read
    as written, its prefix unknown (no path made up)."""
    report = analyze_tree(tmp_path, _tree(HELPER))
    found = {(h.function, h.path): h.protection.role_checked for h in report.handlers}
    assert sorted(found) == [
        ("read_audits", "/admin/audits/{item_id}"),
        ("read_audits", "{prefix}/audits/{item_id}"),
        ("read_notes", "/api/notes/{item_id}"),
        ("read_notes", "/notes/{item_id}"),
        ("read_tags", "/api/tags/{item_id}"),
        ("read_tags", "/tags/{item_id}"),
    ]
    assert found[("read_audits", "/admin/audits/{item_id}")]
    assert not found[("read_notes", "/api/notes/{item_id}")]
