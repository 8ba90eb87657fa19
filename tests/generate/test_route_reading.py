"""Descriptions written the way real routes are named: the route decides the function.

The method decides the operation, the path's last meaningful segment the resource; class-name
suffixes (``ViewSet``, ``Handler``...) are not verbs, and guard clauses ("throttled by X",
"requires admin") are not resource words. Each row states what a REST user expects; the near
misses keep their old reading ("view my orders" is a read; no route, no change).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from scaffold.generate import name_from_description
from scaffold.generate._derive import DescriptionError, derive_spec
from scaffold.generate._route_reading import read_path, split_route
from scaffold.generate._served import served_routes
from tests.generate.helpers import build_tree, flat_project

CATALOG = load_catalog()
TEMPLATE = CATALOG.get("secure_data_access")  # a user contract; its example is not asked for


@pytest.mark.parametrize(
    ("description", "operation", "resource", "route"),
    [
        ("AuthViewSet create POST /api/v1/auth", "create", "auths", "POST /api/v1/auth"),
        (
            "AuthViewSet create POST /api/v1/auth, throttled by LoginFailRateThrottle",
            "create",
            "auths",
            "POST /api/v1/auth",
        ),
        ("create an auth token, throttled by LoginFailRateThrottle", "create", "auth-tokens", None),
        ("GET /api/v1/users/{id}", "read", "users", "GET /api/v1/users/{user_id}"),
        ("usersHandler GET /v1/users", "list", "users", "GET /v1/users"),
        ("removeFeedHandler DELETE /v1/feeds/{feedID}", "delete", "feeds", None),
        ("ProfileView GET /api/profile", "read", "profiles", None),
        ("updateUserHandler PUT /v1/users/{userID}", "update", "users", "PUT /v1/users/{user_id}"),
        ("PATCH /variables/{id}", "update", "variables", "PATCH /variables/{variable_id}"),
        ("DELETE /events/ Delete events", "delete", "events", "DELETE /events"),
        (
            "users contacts GET /api/v1/users/{id}/contacts",
            "list",
            "contacts",
            "GET /api/v1/users/{user_id}/contacts",
        ),
        (
            "Disable a tree. POST /trees/<string:tree_id>/disable",
            "action",
            "trees",
            "POST /trees/{tree_id}/disable",
        ),
        ("POST /<project_id>/delete", "delete", "projects", "DELETE /projects/{project_id}"),
        # "hide" is no verb of the reader: a thing under one story, on the route as named
        (
            "stories#hide POST /stories/:story_id/hide",
            "create",
            "hide",
            "POST /stories/{story_id}/hide",
        ),
        ("Endpoint - Edit user profile (PATCH /api/v1/user)", "update", "users", None),
        ("getCategoriesHandler GET /v1/categories.json", "list", "categories", None),
        ("createResource POST /v1/resources", "create", "resources", None),  # its only noun
        ("getResource GET /resource", "read", "resources", None),
        # verbs and paths named in another language (scaffold._foreign_words)
        (
            "aprovar_usuario POST /admin/aprovar-usuario/{id_usuario}",
            "action",
            "usuarios",
            "POST /admin/aprovar-usuario/{id_usuario}",
        ),
        (
            "eliminar_paciente_admin POST /admin/pacientes/{paciente_id}/eliminar",
            "delete",
            "pacientes",
            "DELETE /pacientes/{paciente_id}",
        ),
        ("hapus_barang DELETE /barang/{id}", "delete", "barangs", "DELETE /barang/{barang_id}"),
        (
            "rejeitar o cadastro do paciente",  # the action's segment as typed
            "action",
            "cadastros",
            "POST /pacientes/{paciente_id}/cadastros/{cadastro_id}/rejeitar",
        ),
        (
            "reject the patient's registration",  # in English, the English verb
            "action",
            "registrations",
            "POST /registrations/{registration_id}/reject",
        ),
        ("listar pedidos", "list", "pedidos", "GET /pedidos"),
        # a verb after a noun in a path's segment is part of its name; before it, the action
        (
            "create POST /api/v1/saved-search",
            "create",
            "saved-searches",
            "POST /api/v1/saved-search",
        ),
        ("bulk_delete POST /api/items/bulk-delete", "delete", "items", None),
        # a word longer than fifteen letters is still the resource
        (
            "get_hospitalizations GET /api/hospitalizations",
            "list",
            "hospitalizations",
            "GET /api/hospitalizations",
        ),
    ],
)
def test_the_route_decides_operation_and_resource(
    description: str, operation: str, resource: str, route: str | None
) -> None:
    spec = derive_spec(description, TEMPLATE, "generated")
    assert (spec.operation, spec.resource) == (operation, resource)
    if route is not None:
        assert f"{spec.method} {spec.path}" == route


@pytest.mark.parametrize(
    ("description", "operation", "resource"),
    [
        ("view my orders", "list", "orders"),  # "view" is a verb when it is a word
        ("view my order", "read", "orders"),
        ("show the user view settings", "list", "user-view-settings"),
        ("create invoice", "create", "invoices"),
        ("update rate limits for a tenant", "update", "rate-limits"),  # a resource, no guard
        ("list requests that require approval", "list", "requests"),
    ],
)
def test_near_misses_keep_their_reading(description: str, operation: str, resource: str) -> None:
    spec = derive_spec(description, TEMPLATE, "generated")
    assert (spec.operation, spec.resource) == (operation, resource)
    assert not any("the method decides" in note for note in spec.notes)


def test_a_verb_the_method_contradicts_gives_way_and_the_plan_says_so() -> None:
    spec = derive_spec("create GET /categories endpoint", TEMPLATE, "generated")
    assert (spec.operation, spec.method) == ("list", "GET")
    assert "the verb 'create' disagrees with GET: the method decides (read)" in spec.notes


def test_a_post_route_that_names_another_operation_keeps_it_and_says_so() -> None:
    spec = derive_spec("deleteSpace POST /api/spaces/delete", TEMPLATE, "generated")
    assert (spec.operation, spec.resource) == ("delete", "spaces")
    assert any("says what the POST route does" in note for note in spec.notes)


def test_two_methods_take_the_write_and_say_so() -> None:
    spec = derive_spec("manage_config GET, POST /admin/config", TEMPLATE, "generated")
    assert (spec.operation, spec.resource, spec.method) == ("create", "configs", "POST")
    assert any("the route takes GET, POST" in note for note in spec.notes)


def test_guard_clauses_count_for_roles_only() -> None:
    spec = derive_spec("GET /dashboard requires_admin()", TEMPLATE, "generated")
    assert spec.role == "admin"
    assert spec.resource == "dashboards"
    assert split_route("users retrieve GET /api/v1/users/{id}, throttled by X").text == (
        "users retrieve"
    )


@pytest.mark.parametrize(
    "description",
    [
        "list invoices, permission_classes IsAuthenticated",
        "list invoices (login_required)",
        "list invoices, rate limited to 5/minute",
        "InvoiceViewSet list GET /api/v2/invoices/, throttled by InvoiceRateThrottle",
    ],
)
def test_guarded_invoices_are_invoices(description: str) -> None:
    spec = derive_spec(description, TEMPLATE, "generated")
    assert (spec.operation, spec.resource) == ("list", "invoices")
    assert spec.path == ("/api/v2/invoices" if "GET /api/v2" in description else "/invoices")


def test_the_callers_own_record() -> None:
    spec = derive_spec("currentUserHandler GET /v1/me", TEMPLATE, "generated")
    assert (spec.operation, spec.resource, spec.scope) == ("read", "users", "own")


@pytest.mark.parametrize(
    ("path", "words", "one"),
    [
        ("/api/v1/users/{id}/", ("user",), True),
        ("/api/v2/api-keys", ("api", "keys"), False),  # a resource named "api keys" stays
        ("/v1/feeds/{feedID}/entries/{entryID}", ("entry",), True),
        ("/top(/:length(/page/:page))", ("top",), False),
        ("/", (), False),
    ],
)
def test_path_segments(path: str, words: tuple[str, ...], one: bool) -> None:
    reading = read_path(path)
    assert (reading.words, reading.one) == (words, one)


@pytest.mark.parametrize(
    "description", ["GET /admin/view", "create POST /create", "users#show GET /~:username"]
)
def test_a_route_that_names_no_resource_is_refused(description: str) -> None:
    with pytest.raises(DescriptionError, match="no resource recognised"):
        derive_spec(description, TEMPLATE, "generated")


def test_a_post_named_after_its_verb_reaches_one_record_not_all() -> None:
    spec = derive_spec("deleteSpace POST /api/spaces/delete", TEMPLATE, "generated")
    assert (spec.method, spec.path) == ("DELETE", "/spaces/{space_id}")


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("AuthViewSet create POST /api/v1/auth", "auth_create"),
        ("create an auth token, throttled by LoginFailRateThrottle", "create_auth_token_throttled"),
        ("delete invoice, rate limited", "delete_invoice_rate_limited"),  # names a variant
        ("GET /api/v1/users/{id}", "get_user"),
        ("view my orders", "view_orders"),
    ],
)
def test_names_leave_out_routes_guards_and_suffixes(description: str, name: str) -> None:
    assert name_from_description(description, "fallback_name") == name


def test_the_command_prints_the_routes_function(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path)
    description = "AuthViewSet create POST /api/v1/auth, throttled by LoginFailRateThrottle"
    code = main(["new", "function", description, "--into", str(project), "--yes", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "function: auth_create: create auths" in out
    assert "  route: POST /api/v1/auth -> 201" in out
    assert "  note: route: the path the description writes, /api/v1/auth\n" in out


@pytest.mark.parametrize(
    ("description", "route"),
    [
        # each framework's placeholder, in FastAPI's form and snake_case
        (
            "get_category GET /api/v1/categories/<int:categoryId>",
            "GET /api/v1/categories/{category_id}",
        ),
        ("usersHandler GET /v1/users/:userID/", "GET /v1/users/{user_id}"),
        ("GET /files/{file_id:path}?download=1", "GET /files/{file_id}"),
        ("Disable a tree. POST /trees/<string:tree_id>/disable", "POST /trees/{tree_id}/disable"),
    ],
)
def test_the_path_the_description_writes_is_the_route(description: str, route: str) -> None:
    spec = derive_spec(description, TEMPLATE, "generated")
    assert f"{spec.method} {spec.path}" == route
    assert any(note.startswith("route: the path the description writes") for note in spec.notes)


def test_a_written_path_that_cannot_be_a_route_is_set_aside_and_said() -> None:
    spec = derive_spec("GET /reports/**/summary", TEMPLATE, "generated")
    assert "**" not in spec.path
    said = [note for note in spec.notes if note.startswith("the path the description writes")]
    assert said == [
        "the path the description writes, /reports/**/summary, cannot be used (start with / "
        "and use segments of letters, digits, '._~-' or {snake_case}); the route is made from "
        "its words: pass --path to choose it"
    ]


def test_a_path_option_that_cannot_be_a_route_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = flat_project(tmp_path)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    command = ["new", "function", "read a thing", "--path", "/things/<id>", "--into", str(project)]
    assert main([*command, "--yes"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "--path '/things/<id>': not a usable path" in error
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


def _mounted_under_api_v1(root: Path) -> Path:
    """A project whose routers are all served under /api/v1, through an aggregating router."""
    return build_tree(
        root,
        {
            "pyproject.toml": '[project]\nname = "demo"\nversion = "0.1.0"\n',
            "app/__init__.py": "",
            "app/main.py": (
                "from fastapi import FastAPI\n\nfrom app.api import api_router\n\n"
                'app = FastAPI()\napp.include_router(api_router, prefix="/api/v1")\n'
            ),
            "app/api.py": (
                "from fastapi import APIRouter\n\nfrom app import health\n\n"
                "api_router = APIRouter()\napi_router.include_router(health.router)\n"
            ),
            "app/health.py": (
                "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
                '@router.get("/health")\ndef health() -> None:\n    return None\n'
            ),
        },
    )


@pytest.mark.parametrize(
    ("description", "option", "local"),
    [
        ("get_category_sales GET /api/v1/reports/categories", (), "/reports/categories"),
        ("list report categories", ("--path", "/api/v1/reports/categories"), "/reports/categories"),
        ("get_category_sales GET /reports/categories", (), None),  # the router's own path
    ],
)
def test_a_written_path_is_served_where_it_says_not_under_the_prefix_twice(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    description: str,
    option: tuple[str, ...],
    local: str | None,
) -> None:
    root = _mounted_under_api_v1(tmp_path / "demo")
    assert main(["new", "function", description, *option, "--into", str(root), "--yes"]) == 0
    out = capsys.readouterr().out
    # the app's path (the contract tests also mount the router alone, at its root)
    served = {h.path for h in served_routes(root) if h.file.startswith("app/endpoints/")}
    assert served == {"/api/v1/reports/categories", "/reports/categories"}
    assert "api_router.include_router(" in (root / "app" / "api.py").read_text(encoding="utf-8")
    said = "the app serves this router under /api/v1: the route is /reports/categories in it"
    assert (said in out) == (local is not None)


def test_every_verb_read_from_another_language_is_a_verb_the_reader_knows() -> None:
    """The matcher and the function reader share the foreign verbs: one the reader does not
    know would stop ``scaffold new function`` with a traceback."""
    from scaffold._foreign_words import VERBS_IN_ENGLISH
    from scaffold.generate._reading import VERBS

    assert set(VERBS_IN_ENGLISH.values()) <= set(VERBS)


def test_an_account_brought_back_in_french_is_read_as_one_suspended() -> None:
    for verb in ("reactiver", "suspendre"):  # before: "reactiver" stopped the reader
        spec = derive_spec(f"{verb} PUT /pdg/directeurs/{{id}}/{verb}", TEMPLATE, "generated")
        assert (spec.operation, spec.resource) == ("update", "directeurs")
        assert f"{spec.method} {spec.path}" == f"PUT /pdg/directeurs/{{directeur_id}}/{verb}"
