"""A new route is included where FastAPI reaches it, checked through the real app.

FastAPI takes the first registered route whose method and path match. "bulk delete my
invoices" (``DELETE /invoices/bulk``) generated after "delete my invoice"
(``DELETE /invoices/{invoice_id}``) used to be included last, so every bulk call reached the
single delete (a 404 for the record "bulk"). Each scenario generates into a copy of the demo
service or a small project with the CLI, then calls the app in a child interpreter with
FastAPI's TestClient (httpx): the new route must answer, and the routes already there too.
Where the analysis cannot place the include (a router included in a loop, a mount), the
layout stays as today's and the warning names what to move; the app then shows the warning
is true.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.generate import plan_function
from tests.generate.helpers import build_tree, demo_with_users, flat_project, ruff, run_in_project

INVOICES = ("create my invoice", "read invoice", "delete my invoice", "bulk delete my invoices")
BULK_INCLUDE = "app.include_router(bulk_delete_invoices_router)\n"
ITEM_INCLUDE = "app.include_router(delete_invoice_router)\n"
CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
admin = {"Authorization": "Bearer admin-token"}
keys = [client.post("/invoices", json={"name": n}, headers=admin).json()["invoice_id"]
        for n in ("first", "second", "third")]
bulk = client.delete("/invoices/bulk", params={"items": keys[:2]}, headers=admin)
seen = {"bulk": [bulk.status_code, bulk.json()]}
seen["first read"] = client.get(f"/invoices/{keys[0]}", headers=admin).status_code
seen["third deleted"] = client.delete(f"/invoices/{keys[2]}", headers=admin).status_code
seen["third read"] = client.get(f"/invoices/{keys[2]}", headers=admin).status_code
print(json.dumps(seen))
"""
REACHED = {
    "bulk": [200, {"deleted": 2}],
    "first read": 404,
    "third deleted": 200,
    "third read": 404,
}


def _generate(root: Path, *descriptions: str) -> None:
    for description in descriptions:
        assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0


def _calls(root: Path, script: str) -> dict[str, object]:
    result = run_in_project(root, "-c", script)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout)
    assert isinstance(seen, dict)
    return seen


def _copy(project: Path, target: Path) -> Path:
    """A copy of the module's project, for a test that changes it (without the bytecode its
    runs cached: a module the test rewrites at the same size must not run as it was)."""
    return Path(
        shutil.copytree(project, target / "demo", ignore=shutil.ignore_patterns("__pycache__"))
    )


def _formatted(root: Path, relpath: str) -> None:
    """The edited module stays ruff formatted and lint clean."""
    assert ruff("format", "--isolated", "--check", relpath, cwd=root).returncode == 0
    assert ruff("check", "--isolated", relpath, cwd=root).returncode == 0


@pytest.fixture(scope="module")
def invoices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo service with "delete my invoice" generated before the bulk delete."""
    root = demo_with_users(tmp_path_factory.mktemp("order"), [])
    _generate(root, *INVOICES)
    return root


def test_the_bulk_route_is_included_first_and_both_routes_answer(invoices: Path) -> None:
    main_py = (invoices / "app/main.py").read_text(encoding="utf-8")
    assert main_py.index(BULK_INCLUDE) < main_py.index(ITEM_INCLUDE)
    _formatted(invoices, "app/main.py")
    assert _calls(invoices, CALLS) == REACHED


def test_the_layout_of_before_loses_the_bulk_route_and_a_rerun_mends_it(
    invoices: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control: with the includes in generation order the bulk call never arrives."""
    root = _copy(invoices, tmp_path)
    main_py = root / "app/main.py"
    text = main_py.read_text(encoding="utf-8")
    main_py.write_text(
        text.replace(BULK_INCLUDE, "").replace(ITEM_INCLUDE, ITEM_INCLUDE + BULK_INCLUDE),
        encoding="utf-8",
    )
    seen = _calls(root, CALLS)
    assert seen["bulk"] != REACHED["bulk"]  # the single delete answered, for the record "bulk"
    capsys.readouterr()
    _generate(root, "bulk delete my invoices")
    out = capsys.readouterr().out
    assert "DELETE /invoices/bulk is included above delete_invoice" in out
    assert "modify" in out
    assert "app/main.py" in out
    assert main_py.read_text(encoding="utf-8") == text
    assert _calls(root, CALLS) == REACHED


def test_a_rerun_and_an_update_keep_the_order(
    invoices: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(invoices, tmp_path)
    before = (root / "app/main.py").read_text(encoding="utf-8")
    capsys.readouterr()
    for description in INVOICES:
        assert main(["new", "function", description, "--into", str(root), "--yes"]) == 0
        assert "nothing to do" in capsys.readouterr().out
    assert main(["update", "--into", str(root)]) == 0
    assert (root / "app/main.py").read_text(encoding="utf-8") == before


EXPORT = '''

@app.get("/invoices/export")
def export_invoices() -> dict[str, str]:
    """The project's own static route, registered after the app's creation."""
    return {"export": "all"}
'''
EXPORT_CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
key = client.post("/invoices", json={"name": "mine"}, headers=alice).json()["invoice_id"]
export = client.get("/invoices/export", headers=alice)
read = client.get(f"/invoices/{key}", headers=alice)
print(json.dumps({"export": [export.status_code, export.json()],
                  "read": [read.status_code, read.json()["invoice_id"]]}))
"""


def test_a_new_item_route_is_included_below_a_static_route_it_would_catch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``GET /invoices/{invoice_id}`` included right after the app would catch
    ``GET /invoices/export``, which the project registers further down."""
    root = demo_with_users(tmp_path, [])
    main_py = root / "app/main.py"
    main_py.write_text(main_py.read_text(encoding="utf-8") + EXPORT, encoding="utf-8")
    capsys.readouterr()
    _generate(root, "create my invoice", "read invoice")
    out = capsys.readouterr().out
    assert "GET /invoices/{invoice_id} is included below export_invoices" in out
    text = main_py.read_text(encoding="utf-8")
    assert text.index("def export_invoices") < text.index("include_router(read_invoice_router)")
    _formatted(root, "app/main.py")
    seen = _calls(root, EXPORT_CALLS)
    assert seen["export"] == [200, {"export": "all"}]
    assert seen["read"][0] == 200


LEGACY = '''\
from fastapi import APIRouter

router = APIRouter(prefix="/invoices")


@router.delete("/{invoice_id}")
def remove(invoice_id: str) -> dict[str, str]:
    """The project's own delete, included in a loop the analysis cannot follow."""
    return {"removed": invoice_id}
'''
OTHER = 'from fastapi import APIRouter\n\nrouter = APIRouter(prefix="/other")\n'
LOOPED = """\
from fastapi import FastAPI
from scaffold.contracts.fastapi import install

from app import legacy, other

app = FastAPI()
install(app)
for module in (legacy,):
    app.include_router(getattr(module, "router"))
app.include_router(other.router)
"""
LOOPED_CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
response = client.delete("/invoices/bulk", params={"items": ["a"]})
print(json.dumps({"bulk": [response.status_code, response.json()]}))
"""


def _looped(tmp_path: Path, main: str) -> Path:
    """A project whose app/main.py (``main``) includes the legacy delete in a loop."""
    return build_tree(
        tmp_path / "looped",
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/legacy.py": LEGACY,
            "app/other.py": OTHER,
            "app/main.py": main,
        },
    )


def test_a_route_registered_where_the_analysis_cannot_see_keeps_the_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _looped(tmp_path, LOOPED)
    capsys.readouterr()
    _generate(root, "bulk delete my invoices")
    captured = capsys.readouterr()
    out = captured.out + captured.err
    said = " ".join(out.split())
    assert "DELETE /invoices/bulk may never be reached: remove (app/legacy.py:7)" in said
    assert (
        "put `app.include_router(bulk_delete_invoices_router)` above the statement that "
        "registers remove"
    ) in said
    # Today's layout: the import among the project's, the include after the last include.
    expected = LOOPED.replace(
        "from app import legacy, other\n",
        "from app import legacy, other\n"
        "from app.endpoints.bulk_delete_invoices import router as bulk_delete_invoices_router\n",
    ).replace(
        "app.include_router(other.router)\n", "app.include_router(other.router)\n" + BULK_INCLUDE
    )
    assert (root / "app/main.py").read_text(encoding="utf-8") == expected
    # The warning is true: the loop includes the project's delete first, which takes the call.
    assert _calls(root, LOOPED_CALLS) == {"bulk": [200, {"removed": "bulk"}]}


def test_a_route_registered_in_a_loop_over_written_routers_is_ordered_above_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``for module in (legacy,): app.include_router(module.router)`` is read: the new
    include goes above the loop, and the bulk call reaches the new route (401: it needs a
    caller), not the project's delete."""
    looped = LOOPED.replace('getattr(module, "router")', "module.router")
    root = _looped(tmp_path, looped)
    capsys.readouterr()
    _generate(root, "bulk delete my invoices")
    said = " ".join(capsys.readouterr().out.split())
    assert "DELETE /invoices/bulk is included above remove (app/legacy.py:7)" in said
    expected = looped.replace(
        "from app import legacy, other\n",
        "from app import legacy, other\n"
        "from app.endpoints.bulk_delete_invoices import router as bulk_delete_invoices_router\n",
    ).replace("install(app)\n", "install(app)\n" + BULK_INCLUDE)
    assert (root / "app/main.py").read_text(encoding="utf-8") == expected
    assert _calls(root, LOOPED_CALLS) == {"bulk": [401, {"detail": "Authentication required."}]}


MOUNTED = """\
from fastapi import FastAPI
from scaffold.contracts.fastapi import install

from app import legacy, other

app = FastAPI()
install(app)
app.mount("/v0", legacy.router)
app.include_router(other.router)
"""


def test_a_route_behind_a_mount_is_not_reordered_but_named(tmp_path: Path) -> None:
    root = flat_project(tmp_path / "mounted", MOUNTED)
    build_tree(
        root,
        {
            "app/legacy.py": LEGACY,
            "app/other.py": OTHER,
        },
    )
    template = load_catalog().get("bulk_operation")
    plan = plan_function(
        "bulk delete my invoices", template, project=root, path="/v0/invoices/bulk"
    )
    [warning] = plan.warnings
    assert warning.startswith("DELETE /v0/invoices/bulk may never be reached: remove")
    assert "move the statement at app/main.py:11 above the one at app/main.py:9" in warning
    registration = next(c for c in plan.changes if c.relpath == "app/main.py")
    assert registration.new.endswith("app.include_router(other.router)\n" + BULK_INCLUDE)


AGGREGATOR = '''\
"""All the routers."""

from fastapi import APIRouter

from app.api.routes import invoices

api_router = APIRouter()
# the invoices, one by one
api_router.include_router(invoices.router, prefix="/invoices")
'''
FACTORY = """\
from fastapi import FastAPI
from scaffold.contracts.fastapi import install

from app.api import api_router


def create_app() -> FastAPI:
    app = FastAPI()
    install(app)
    app.include_router(api_router)
    return app


app = create_app()
"""
ITEM_ROUTES = """\
from fastapi import APIRouter

router = APIRouter()


@router.delete("/{invoice_id}")
def remove(invoice_id: str) -> dict[str, str]:
    return {"removed": invoice_id}
"""


def test_an_aggregating_router_gets_the_include_above_the_catching_one(tmp_path: Path) -> None:
    """The layout of ``scaffold new project``: ``api_router`` joins the routers, a factory
    builds the app. The comment above the project's include stays with it."""
    root = build_tree(
        tmp_path / "layered",
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/main.py": FACTORY,
            "app/api/__init__.py": AGGREGATOR,
            "app/api/routes/__init__.py": "",
            "app/api/routes/invoices.py": ITEM_ROUTES,
        },
    )
    template = load_catalog().get("bulk_operation")
    plan = plan_function("bulk delete my invoices", template, project=root)
    assert not plan.warnings
    assert any("included above remove (app/api/routes/invoices.py:7)" in n for n in plan.notes)
    registration = next(c for c in plan.changes if c.relpath == "app/api/__init__.py")
    assert registration.new.endswith(
        "api_router = APIRouter()\n"
        "api_router.include_router(bulk_delete_invoices_router)\n"
        "# the invoices, one by one\n"
        'api_router.include_router(invoices.router, prefix="/invoices")\n'
    )
