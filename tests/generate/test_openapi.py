"""The OpenAPI document of generated endpoints is their contract, read from the real app.

Every built-in template (its first example) and every verb fallback is generated into a copy
of ``docs/examples/demo-service``; a child interpreter imports the real ``app.main:app`` and
reads ``app.openapi()``. Each generated operation must declare the bearer scheme (none when
public), document exactly the errors its contract can answer with ``ErrorResponse``, and show
its input: the model as the request body (extra keys forbidden) or as query parameters. Then a
real denied call per operation (anonymous, with a malformed body) must answer a documented
status whose body validates against ``ErrorResponse``. The same project, every function in it,
passes ``mypy --strict``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from scaffold.catalog import load_catalog
from scaffold.cli import main
from tests.generate.helpers import mypy_strict, run_in_project

DEMO = Path(__file__).resolve().parents[2] / "docs" / "examples" / "demo-service"
FALLBACKS = (
    ("create invoice", "fallback:create"),
    ("read invoice", "fallback:read"),
    ("list my invoices", "fallback:read"),
    ("update invoice", "fallback:update"),
    ("delete invoice, rate limited", "fallback:delete"),
    ("archive my invoice", "fallback:update"),
    ("purge my invoices", "fallback:sensitive"),
)
READ_OPENAPI = """
import json
import re
from fastapi.testclient import TestClient
from scaffold.contracts import MemoryAuditSink, configure
from scaffold.contracts.fastapi import ErrorResponse
from app.main import app

ADMIN = {"Authorization": "Bearer admin-token"}
sink = MemoryAuditSink()

client = TestClient(app)
seen = {"openapi": app.openapi(), "denied": {}}
for path, operations in seen["openapi"]["paths"].items():
    url = re.sub("[{][^}]*[}]", "x", path)
    for method in operations:
        # Anonymous, and the body a JSON list: no model accepts it.
        response = client.request(method, url, json=["malformed"], params={"unknown": "1"})
        ErrorResponse.model_validate(response.json())
        seen["denied"][f"{method} {path}"] = response.status_code

# A path value over its documented maxLength: anonymous, then signed in (admin passes every
# role check that comes before validation).
configure(audit_sink=sink)
seen["bad path"] = {}
for path, operations in seen["openapi"]["paths"].items():
    for method, operation in operations.items():
        params = [p for p in operation.get("parameters", ()) if p["in"] == "path"]
        if not params:
            continue
        too_long = "x" * (params[-1]["schema"]["maxLength"] + 1)
        url = re.sub("[{][^}]*[}]", "x", path.replace("{" + params[-1]["name"] + "}", too_long))
        anonymous = client.request(method, url, json={})
        before = len(sink.records)
        signed_in = client.request(method, url, json={}, headers=ADMIN)
        ErrorResponse.model_validate(signed_in.json())
        audited = [(r.outcome, r.error_type) for r in sink.records[before:]]
        seen["bad path"][f"{method} {path}"] = [
            anonymous.status_code, signed_in.status_code, audited
        ]

# A 5,000-character client-chosen key, signed in: a documented error, the key never echoed.
seen["huge key"] = {}
big = "SECRET-" + "k" * 5000
for path, operations in seen["openapi"]["paths"].items():
    url = re.sub("[{][^}]*[}]", "x", path)
    for method, operation in operations.items():
        sent = {"json": {big: 1}} if "requestBody" in operation else {"params": {big: "1"}}
        response = client.request(method, url, headers=ADMIN, **sent)
        ErrorResponse.model_validate(response.json())
        text = response.text
        seen["huge key"][f"{method} {path}"] = [response.status_code, len(text), "SECRET" in text]
print(json.dumps(seen))
"""


def _generated_demo(target: Path) -> tuple[Path, dict[str, str]]:
    """The demo service with every template and fallback generated: root, name -> template."""
    root = target / "demo-service"
    shutil.copytree(DEMO, root)
    made: dict[str, str] = {}
    requests = [(t.examples[0], t.name) for t in load_catalog().templates.values()]
    for description, template in [*requests, *FALLBACKS]:
        before = set((root / "app" / "endpoints").glob("[!_]*.py"))
        command = ["new", "function", description, "--template", template]
        assert main([*command, "--into", str(root), "--yes"]) == 0, description
        [endpoint] = set((root / "app" / "endpoints").glob("[!_]*.py")) - before
        made[endpoint.stem] = template
    return root, made


def _read(root: Path, environment: str) -> dict[str, Any]:
    result = run_in_project(root, "-c", READ_OPENAPI, env={"SCAFFOLD_ENV": environment})
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


Generated = tuple[dict[str, str], dict[str, dict[str, Any]]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    root, made = _generated_demo(tmp_path_factory.mktemp("openapi"))
    seen = {env: _read(root, env) for env in ("production", "development")}
    endpoints = root / "app" / "endpoints"
    seen["audited"] = {
        name: "audit_log(" in (endpoints / f"{name}.py").read_text(encoding="utf-8")
        for name in made
    }
    strict = mypy_strict(root, tmp_path_factory)
    seen["mypy --strict"] = {"code": strict.returncode, "output": strict.stdout[-3000:]}
    return made, seen


def _by_function(made: dict[str, str], document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each generated function's one operation, found by its operationId's prefix."""
    out = {}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            ident = operation["operationId"]
            names = [name for name in made if ident.startswith(f"{name}_")]
            assert len(names) == 1, (path, ident)
            out[names[0]] = {**operation, "key": f"{method} {path}"}
    return out


def test_every_generated_operation_documents_its_security_errors_and_input(
    generated: Generated,
) -> None:
    made, seen = generated
    document = seen["production"]["openapi"]
    operations = _by_function(made, document)
    assert set(operations) == set(made)
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    for name, operation in operations.items():
        template = made[name]
        public = template == "public_api_endpoint"
        assert operation.get("security") == (None if public else [{"bearerAuth": []}]), name
        errors = {code for code in operation["responses"] if code.startswith(("4", "5"))}
        assert errors, name
        for code in errors:
            schema = operation["responses"][code]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (name, code)
        assert ("401" in errors) is not public, name
        has_input = "requestBody" in operation or operation.get("parameters")
        assert ("422" in errors) is bool(has_input), name
        path = operation["key"].split(" ", 1)[1]
        assert ("404" in errors) is ("{" in path), name  # each path names one record
        if "requestBody" in operation:
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            assert body["additionalProperties"] is False, name
            assert body["properties"], name
            path_fields = {p["name"] for p in operation.get("parameters", ()) if p["in"] == "path"}
            assert not path_fields & set(body["properties"]), name
        assert len(operation["tags"]) == 1, name
        in_path = [p for p in operation.get("parameters", ()) if p["in"] == "path"]
        assert [p["name"] for p in in_path] == re.findall("[{]([^}]*)[}]", path), name
        for parameter in in_path:  # the constraints the contract (or FastAPI) enforces
            assert parameter["required"] is True, name
            assert parameter["schema"]["type"] == "string", name
            assert (parameter["schema"]["minLength"], parameter["schema"]["maxLength"]) == (
                1,
                64,
            ), (name, parameter)
    with_body = {name for name, operation in operations.items() if "requestBody" in operation}
    body_templates = {
        "admin_user_creation",
        "bulk_operation",
        "sensitive_admin_action",
        "user_profile_update",
    }
    assert with_body == {
        *(name for name, template in made.items() if template in body_templates),
        "create_invoice",
        "update_invoice",
    }
    schemas = document["components"]["schemas"]
    assert [name for name in schemas if "__" in name] == []  # no module-path names
    invoices = ("create_invoice", "read_invoice", "update_invoice", "archive_invoice")
    assert {operations[name]["tags"][0] for name in invoices} == {"invoices"}
    public = operations[next(n for n, t in made.items() if t == "public_api_endpoint")]
    query = {p["name"]: p for p in public["parameters"] if p["in"] == "query"}
    assert set(query) == {"query", "limit"}
    assert query["query"]["required"] is True
    assert query["query"]["schema"]["maxLength"] == 200
    listing = operations["list_invoices"]
    assert [p["name"] for p in listing["parameters"] if p["in"] == "query"] == ["limit"]
    creating = operations["create_invoice"]["requestBody"]["content"]["application/json"]
    assert creating["schema"]["required"] == ["name"]


def test_the_error_responses_match_the_contract_clauses(
    generated: Generated,
) -> None:
    made, seen = generated
    operations = _by_function(made, seen["production"]["openapi"])
    documented = {name: sorted(op["responses"]) for name, op in operations.items()}
    assert documented["create_invoice"] == ["201", "401", "403", "422"]
    assert documented["read_invoice"] == ["200", "401", "403", "404", "422"]
    assert documented["delete_invoice_rate_limited"] == ["200", "401", "403", "404", "422", "429"]
    public = next(n for n, t in made.items() if t == "public_api_endpoint")
    assert documented[public] == ["200", "422", "429"]
    admin = next(n for n, t in made.items() if t == "admin_user_creation")
    assert documented[admin] == ["201", "400", "401", "403", "422", "429"]


@pytest.mark.parametrize("environment", ["production", "development"])
def test_a_denied_call_answers_a_documented_error_body(
    generated: Generated, environment: str
) -> None:
    """Anonymous with a malformed body: 401 (auth before validation), 422 when public."""
    made, seen = generated
    document = seen[environment]["openapi"]
    operations = _by_function(made, document)
    denied: dict[str, int] = seen[environment]["denied"]
    for name, operation in operations.items():
        status = denied[operation["key"]]
        public = made[name] == "public_api_endpoint"
        assert status == (422 if public else 401), name
        assert str(status) in operation["responses"], name


def test_a_bad_path_value_is_401_anonymous_and_an_audited_422_signed_in(
    generated: Generated,
) -> None:
    """Path constraints are documented, not enforced ahead of the contract: auth decides first."""
    made, seen = generated
    operations = _by_function(made, seen["production"]["openapi"])
    probed: dict[str, list[Any]] = seen["production"]["bad path"]
    with_path = {name for name, operation in operations.items() if "{" in operation["key"]}
    assert with_path
    for name in with_path:
        anonymous, signed_in, audited = probed[operations[name]["key"]]
        assert (anonymous, signed_in) == (401, 422), name
        expected = [["denied", "VALIDATION_FAILED"]] if seen["audited"][name] else []
        assert audited == expected, name


def test_a_huge_client_key_is_refused_without_being_echoed(generated: Generated) -> None:
    made, seen = generated
    operations = _by_function(made, seen["production"]["openapi"])
    for name, operation in operations.items():
        status, length, echoed = seen["production"]["huge key"][operation["key"]]
        assert status < 300 or str(status) in operation["responses"], (name, status)
        reads_input = "requestBody" in operation or any(
            p["in"] == "query" for p in operation.get("parameters", ())
        )
        if reads_input:  # refused by a role, a rule or the input (others ignore the key)
            assert status in (400, 403, 422), name
        assert not echoed, name
        assert length < 300, name


def test_the_generated_code_is_mypy_strict_clean(generated: Generated) -> None:
    """Every template's and fallback's endpoint, schemas, service, store and tests, together."""
    _, seen = generated
    assert seen["mypy --strict"]["code"] == 0, seen["mypy --strict"]["output"]
