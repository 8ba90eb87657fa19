"""A written path is served where the user wrote it, checked through the real app.

The demo service here serves its API through an aggregating router included under
``/api/v1``. A function described without a path joins that router; a path written out is the
path the app serves: ``GET /status`` was included in the API router too and served at
``/api/v1/status``, a route nobody asked for, while ``GET /api/v1/items``, which the app
already serves, was not seen as taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generate.helpers import build_tree, demo_with_users, new_function, run_calls

API = {
    "app/api/__init__.py": (
        "from fastapi import APIRouter\n\nfrom app.api import items\n\n"
        "api_router = APIRouter()\napi_router.include_router(items.router)\n"
    ),
    "app/api/items.py": (
        "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
        '@router.get("/items")\ndef list_items() -> list[str]:\n    return ["a"]\n'
    ),
}
CALLS = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
paths = ["/api/v1/articles", "/articles", "/statuses", "/api/v1/statuses", "/api/v1/widgets",
         "/api/v1/api/v1/widgets", "/widgets"]
seen = {path: client.get(path, headers=alice).status_code for path in paths}
seen["anonymous /statuses"] = client.get("/statuses").status_code
print(json.dumps(seen))
"""


@pytest.fixture
def api_under_prefix(tmp_path: Path) -> Path:
    root = demo_with_users(tmp_path, [])
    build_tree(root, API)
    main_py = root / "app/main.py"
    text = main_py.read_text(encoding="utf-8")
    text = text.replace("\napp = FastAPI(", "from app.api import api_router\n\napp = FastAPI(")
    route = '\n\n@app.get("/ping")\ndef ping() -> str:\n    return "pong"\n'  # one outside
    main_py.write_text(
        text + 'app.include_router(api_router, prefix="/api/v1")\n' + route, encoding="utf-8"
    )
    return root


def test_each_route_is_served_where_it_was_asked_for(
    api_under_prefix: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = api_under_prefix
    code, said = new_function(root, capsys, "list articles")
    assert code == 0, said
    assert "api_router.include_router(list_articles_router)" in (
        root / "app/api/__init__.py"
    ).read_text(encoding="utf-8")
    code, said = new_function(root, capsys, "list_statuses GET /statuses")
    assert code == 0, said
    assert (
        "GET /statuses is served as written: its router is included in app/main.py, not in "
        "app/api/__init__.py, whose routes the app serves under a prefix" in said
    )
    code, said = new_function(root, capsys, "list_widgets GET /api/v1/widgets")
    assert code == 0, said
    assert "the app serves this router under /api/v1: the route is /widgets in it" in said
    assert run_calls(root, CALLS) == {
        "/api/v1/articles": 200,
        "/articles": 404,
        "/statuses": 200,
        "/api/v1/statuses": 404,
        "/api/v1/widgets": 200,
        "/api/v1/api/v1/widgets": 404,
        "/widgets": 404,
        "anonymous /statuses": 401,
    }


def test_a_written_route_the_app_serves_is_refused(
    api_under_prefix: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in api_under_prefix.rglob("*") if p.is_file()}
    code, said = new_function(api_under_prefix, capsys, "list_items GET /api/v1/items")
    assert code != 0
    assert "GET /api/v1/items is already served by list_items (app/api/items.py:" in said
    assert {p: p.read_bytes() for p in api_under_prefix.rglob("*") if p.is_file()} == before


def test_a_prefix_the_analysis_cannot_read_is_not_routed_around(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``prefix=get_settings().API_PREFIX`` may well be empty: a written path is kept in the
    API router, as the routes beside it are written."""
    root = demo_with_users(tmp_path, [])
    build_tree(root, API)
    main_py = root / "app/main.py"
    text = main_py.read_text(encoding="utf-8").replace(
        "\napp = FastAPI(",
        "from app.api import api_router\nfrom app.config import get_settings\n\napp = FastAPI(",
    )
    main_py.write_text(
        text + "app.include_router(api_router, prefix=get_settings().API_PREFIX)\n",
        encoding="utf-8",
    )
    code, said = new_function(root, capsys, "list_statuses GET /statuses")
    assert code == 0, said
    assert "served as written" not in said
    assert "api_router.include_router(list_statuses_router)" in (
        root / "app/api/__init__.py"
    ).read_text(encoding="utf-8")
