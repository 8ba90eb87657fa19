"""The prefix a new router shares with the routers included beside it.

An app that includes every router with ``prefix=PREFIX`` serves all its routes under it; a
new router included without it was served outside (``/invoices`` beside
``/api/v1/patients``), and a route the app already served under the prefix was not seen as
taken. Each scenario generates with the CLI into a copy of the demo service whose routers are
included under a prefix held in a setting, then calls the real app.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scaffold.generate._include_prefix import shared_prefix
from tests.generate.helpers import demo_with_users, new_function, ruff, run_calls


def _includes(*prefixes: str | None) -> list[ast.Call]:
    calls = [
        f"app.include_router(r{i}{'' if p is None else ', prefix=' + p})"
        for i, p in enumerate(prefixes)
    ]
    parsed = [ast.parse(call, mode="eval").body for call in calls]
    return [call for call in parsed if isinstance(call, ast.Call)]


@pytest.mark.parametrize(
    ("prefixes", "shared"),
    [
        (("PREFIX", "PREFIX"), "PREFIX"),
        (('"/api/v1/users"', '"/api/v1/items"'), '"/api/v1"'),
        (('"/api/v1/users"', '"/api/v1/users/me"'), '"/api/v1/users"'),
        (("settings.API_V1_STR", 'f"{settings.API_V1_STR}/auth"'), "settings.API_V1_STR"),
        (('f"{settings.ROOT}/v1/a"', 'f"{settings.ROOT}/v1/b"'), 'f"{settings.ROOT}/v1"'),
        (('ROOT + "/v1/a"', 'f"{ROOT}/v1/b"'), 'f"{ROOT}/v1"'),
        (('"/api" + "/a"', '"/api/b"'), '"/api"'),
        (('"/api/"', '"/api/x"'), '"/api"'),
        (('"/café/a"', '"/café/b"'), '"/café"'),
        (("f\"{s['k']}/a\"", "f\"{s['k']}/b\""), None),
        (('f"{ROOT}/v\\"{{x}}/a"', 'f"{ROOT}/v\\"{{x}}/b"'), 'f"{ROOT}/v\\"{{x}}"'),
        (('"/users"', '"/items"'), None),
        (('"/api/v1/a"', None), None),
        (('"/api/v1/a"',), None),
        (('""', '"/api/x"'), None),
        (("get_prefix()", "get_prefix()"), None),
        (('f"{P!r}/a"', 'f"{P!r}/b"'), None),
        (('"api/v1/a"', '"api/v1/b"'), None),
        (('"/"', '"/"'), None),
    ],
)
def test_the_shared_part_of_the_includes_prefixes(
    prefixes: tuple[str | None, ...], shared: str | None
) -> None:
    assert shared_prefix(_includes(*prefixes)) == shared


SETTINGS = '''"""Where the service's settings live."""


class Settings:
    API_V1_STR: str = "/api/v1"


settings = Settings()
'''
# One invoice made by alice under the prefix; each scenario then prints what its calls answer.
_ONE_INVOICE = """
import json
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)
alice = {"Authorization": "Bearer alice-token"}
bob = {"Authorization": "Bearer bob-token"}
key = client.post("/api/v1/invoices", json={"name": "mine"}, headers=alice).json()["invoice_id"]
"""
CALLS = (
    _ONE_INVOICE
    + """
seen = {
    "outside the prefix": client.delete(f"/invoices/{key}", headers=alice).status_code,
    "anonymous": client.delete(f"/api/v1/invoices/{key}").status_code,
    "another user": client.delete(f"/api/v1/invoices/{key}", headers=bob).status_code,
    "still there": client.get(f"/api/v1/invoices/{key}", headers=alice).status_code,
    "owner": client.delete(f"/api/v1/invoices/{key}", headers=alice).status_code,
    "gone": client.get(f"/api/v1/invoices/{key}", headers=alice).status_code,
}
print(json.dumps(seen))
"""
)
# What CALLS answers when the delete is served under the prefix and nowhere else.
SERVED_UNDER_THE_PREFIX = {
    "outside the prefix": 404,
    "anonymous": 401,
    "another user": 403,
    "still there": 200,
    "owner": 200,
    "gone": 404,
}
SERVED_AS_WRITTEN = (
    _ONE_INVOICE
    + """
seen = {
    "written": client.get(f"/invoices/{key}", headers=alice).status_code,
    "written, anonymous": client.get(f"/invoices/{key}").status_code,
    "under the prefix": client.get(f"/api/v1/invoices/{key}", headers=alice).status_code,
}
print(json.dumps(seen))
"""
)


def _generated(
    root: Path, capsys: pytest.CaptureFixture[str], description: str, *, says: str, includes: str
) -> str:
    """Generate ``description``, check the plan ``says`` it and app/main.py now ``includes``
    it; return app/main.py."""
    code, said = new_function(root, capsys, description)
    assert code == 0, said
    assert says in said
    text = (root / "app/main.py").read_text(encoding="utf-8")
    assert includes + "\n" in text
    return text


ROOT_ROUTE = (
    '\n\n@app.get("/health")\ndef health() -> dict[str, str]:\n    return {"status": "ok"}\n'
)


def _prefixed(root: Path, capsys: pytest.CaptureFixture[str], *, root_route: bool) -> Path:
    """The demo service with two generated routers, each included with ``prefix=PREFIX``, and
    with ``root_route`` a health check of its own at ``/health``."""
    demo = demo_with_users(root, [("bob", "user")])
    for description in ("create my invoice", "read invoice"):
        assert new_function(demo, capsys, description)[0] == 0
    (demo / "app/settings.py").write_text(SETTINGS, encoding="utf-8")
    main_py = demo / "app/main.py"
    text = main_py.read_text(encoding="utf-8")
    for alias in ("create_invoice_router", "read_invoice_router"):
        text = text.replace(f"({alias})", f"({alias}, prefix=PREFIX)")
    text = text.replace(
        "\napp = FastAPI(",
        "from app.settings import settings\n\nPREFIX = settings.API_V1_STR\napp = FastAPI(",
    )
    main_py.write_text(text + (ROOT_ROUTE if root_route else ""), encoding="utf-8")
    return demo


@pytest.fixture
def prefixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return _prefixed(tmp_path, capsys, root_route=True)


def _delete_under_the_prefix(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Generate "delete my invoice", planned and included under the shared prefix."""
    return _generated(
        root,
        capsys,
        "delete my invoice",
        says="app/main.py includes its routers with prefix=PREFIX; the new one is included "
        "with it too, so the app serves DELETE /api/v1/invoices/{invoice_id}",
        includes="app.include_router(delete_invoice_router, prefix=PREFIX)",
    )


def test_a_new_router_is_served_under_the_prefix_its_siblings_share(
    prefixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _delete_under_the_prefix(prefixed, capsys)
    assert ruff("format", "--isolated", "--check", "app/main.py", cwd=prefixed).returncode == 0
    assert ruff("check", "--isolated", "app/main.py", cwd=prefixed).returncode == 0
    assert run_calls(prefixed, CALLS) == SERVED_UNDER_THE_PREFIX
    assert new_function(prefixed, capsys, "delete my invoice")[0] == 0
    assert (prefixed / "app/main.py").read_text(encoding="utf-8") == text


def test_a_route_served_under_the_prefix_is_taken(
    prefixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: p.read_bytes() for p in prefixed.rglob("*") if p.is_file()}
    code, said = new_function(prefixed, capsys, "get an invoice")
    assert code != 0
    assert "GET /api/v1/invoices/{invoice_id} is already served by read_invoice" in said
    assert {p: p.read_bytes() for p in prefixed.rglob("*") if p.is_file()} == before


def test_a_path_written_with_the_prefix_is_not_served_under_it_twice(
    prefixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ("list invoices", "--method", "GET", "--path", "/api/v1/invoices")
    code, said = new_function(prefixed, capsys, *arguments)
    assert code == 0, said
    assert (
        "the app serves this router under /api/v1: the route is /invoices in it, served at "
        "/api/v1/invoices" in said
    )
    assert "includes its routers with prefix=" not in said  # said once, not twice
    endpoint = (prefixed / "app/endpoints/list_invoices.py").read_text(encoding="utf-8")
    assert '"/invoices"' in endpoint
    assert '"/api/v1/invoices"' not in endpoint


def test_a_path_written_outside_the_prefix_is_served_as_written(
    prefixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _generated(
        prefixed,
        capsys,
        "list_invoice_totals GET /invoice-totals",
        says="GET /invoice-totals is served as written, without the prefix=PREFIX the other "
        "routers are included with",
        includes="app.include_router(list_invoice_totals_router)",
    )
    # taken under /api/v1, and only a test's own app serves it as written (the includes share
    # no prefix now: the plan has nothing to say of one)
    _generated(
        prefixed,
        capsys,
        "get_invoice GET /invoices/{invoice_id}",
        says="route: GET /invoices/{invoice_id}",
        includes="app.include_router(get_invoice_router)",
    )
    assert run_calls(prefixed, SERVED_AS_WRITTEN) == {
        "written": 200,
        "written, anonymous": 401,
        "under the prefix": 200,
    }


def test_a_path_written_short_where_every_route_is_under_the_prefix_is_read_within_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _prefixed(tmp_path, capsys, root_route=False)
    _generated(
        root,
        capsys,
        "list_invoice_totals GET /invoice-totals",
        says="every route of the app is under /api/v1: GET /invoice-totals is served at "
        "/api/v1/invoice-totals",
        includes="app.include_router(list_invoice_totals_router, prefix=PREFIX)",
    )


def test_routers_included_in_a_loop_share_its_prefix_with_the_new_one(
    prefixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``for router in (a, b): app.include_router(router, prefix=PREFIX)`` includes each with
    the prefix: the new router, included beside the loop, is served under it too."""
    main_py = prefixed / "app/main.py"
    text = main_py.read_text(encoding="utf-8")
    looped = "for router in (create_invoice_router, read_invoice_router):\n"
    looped += "    app.include_router(router, prefix=PREFIX)\n"
    for alias in ("create_invoice_router", "read_invoice_router"):
        line = f"app.include_router({alias}, prefix=PREFIX)\n"
        assert line in text
        text = text.replace(line, looped if alias.startswith("create") else "")
    main_py.write_text(text, encoding="utf-8")
    _delete_under_the_prefix(prefixed, capsys)
    assert run_calls(prefixed, CALLS) == SERVED_UNDER_THE_PREFIX
