"""What generated endpoints rely on: documented error bodies, bearer security, auth before
validation, bounded 422 bodies and rate limits that probing spends."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field

from scaffold.contracts import (
    ContractError,
    ContractViolationError,
    ErrorType,
    auth,
    configure,
    contract,
    owns,
    rate_limit,
    validates,
)
from scaffold.contracts.fastapi import (
    BearerTokenResolver,
    Caller,
    DemoToken,
    ErrorResponse,
    PublicCaller,
    error_responses,
    install,
    violation_body,
)

TOKENS = {
    "alice": DemoToken("alice"),
    "bob": DemoToken("bob"),
    "root": DemoToken("root", ("admin",)),
}
ALICE = {"Authorization": "Bearer alice"}
BOB = {"Authorization": "Bearer bob"}


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=50)


class Tags(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tags: dict[str, int]


def make_app() -> FastAPI:
    app = FastAPI()
    install(app, resolver=BearerTokenResolver(TOKENS))

    @app.post("/users/{user_id}/notes", responses=error_responses(401, 403, 404, 422, 429))
    @contract(
        requires=[
            auth("user"),
            validates(NoteIn),
            owns("user_id"),
            rate_limit("notes.create", 5, per="minute"),
        ],
        name="notes.create",
    )
    async def create_note(user_id: str, payload: NoteIn, context: Caller) -> dict[str, str]:
        if user_id == "ghost":
            raise HTTPException(404, "No such user.")
        return {"user_id": user_id, "text": payload.text}

    @app.post("/users/{user_id}/tags", responses=error_responses(401, 403, 422, 429))
    @contract(
        requires=[auth("user"), owns("user_id"), rate_limit("tags.set", 5, per="minute")],
        name="tags.set",
    )
    async def set_tags(user_id: str, payload: Tags, context: Caller) -> dict[str, int]:
        return payload.tags

    @app.get("/status", responses=error_responses(429))
    @contract(requires=[rate_limit("status", 100, per="minute", by="ip")], name="status")
    async def status(context: PublicCaller) -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/admin/notes", responses=error_responses(401, 403, 422))
    @contract(requires=[auth("admin"), validates(NoteIn)], name="admin.notes")
    async def admin_note(payload: NoteIn, context: Caller) -> dict[str, str]:
        return {"text": payload.text}

    return app


@pytest.fixture
def client() -> TestClient:
    return TestClient(make_app())


def _schema(app: FastAPI) -> dict[str, Any]:
    return app.openapi()


def _error_schema(document: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    response = document["paths"][path][method]["responses"][status]
    reference = response["content"]["application/json"]["schema"]["$ref"]
    name = reference.rsplit("/", 1)[1]
    return {**document["components"]["schemas"][name], "components": document["components"]}


def _validates(schema: dict[str, Any], body: Any) -> None:
    resolver_schema = {**schema, "$defs": schema["components"]["schemas"]}
    jsonschema.validate(body, resolver_schema)


def test_openapi_documents_every_error_with_the_body_actually_sent(client: TestClient) -> None:
    document = _schema(client.app)  # type: ignore[arg-type]
    operation = document["paths"]["/users/{user_id}/notes"]["post"]
    assert set(operation["responses"]) >= {"401", "403", "404", "422", "429"}
    assert "HTTPValidationError" not in document["components"]["schemas"]
    assert operation["responses"]["401"]["headers"]["WWW-Authenticate"]
    assert operation["responses"]["429"]["headers"]["Retry-After"]
    schema = _error_schema(document, "/users/{user_id}/notes", "post", "422")
    real = {
        "401": client.post("/users/alice/notes", json={"text": "x"}),
        "403": client.post("/users/bob/notes", json={"text": "x"}, headers=ALICE),
        "404": client.post(
            "/users/ghost/notes", json={"text": "x"}, headers={"Authorization": "Bearer root"}
        ),
        "422": client.post("/users/alice/notes", json={"text": ""}, headers=ALICE),
    }
    for _ in range(6):
        real["429"] = client.post("/users/alice/notes", json={"text": "x"}, headers=ALICE)
    for status, response in real.items():
        assert str(response.status_code) == status
        _validates(
            _error_schema(document, "/users/{user_id}/notes", "post", status), response.json()
        )
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("environment", ["production", "development"])
@pytest.mark.parametrize("error_type", list(ErrorType))
def test_every_denial_body_is_an_error_response(environment: str, error_type: ErrorType) -> None:
    cause = ContractError(error_type, "message", {"retry_after": 3, "field": "x"})
    body = violation_body(
        ContractViolationError("c", "action", cause), production=environment == "production"
    )
    assert ErrorResponse.model_validate(body).model_dump(exclude_unset=True) == body


def test_error_responses_refuses_statuses_it_cannot_document() -> None:
    with pytest.raises(ValueError, match="500"):
        error_responses(401, 500)


def test_bearer_security_is_declared_on_caller_operations_only(client: TestClient) -> None:
    document = _schema(client.app)  # type: ignore[arg-type]
    schemes = document["components"]["securitySchemes"]
    assert schemes == {
        "bearerAuth": {
            "type": "http",
            "scheme": "bearer",
            "description": schemes["bearerAuth"]["description"],
        }
    }
    assert document["paths"]["/users/{user_id}/notes"]["post"]["security"] == [{"bearerAuth": []}]
    assert "security" not in document["paths"]["/status"]["get"]
    assert client.get("/status").json() == {"status": "ok"}  # anonymous-friendly


@pytest.mark.parametrize(
    "body",
    [b"[1, 2, 3]", b"{not json", b'{"text": 5}', b'{"unexpected": 1}', b"", b'"just a string"'],
)
def test_anonymous_callers_hear_401_before_anything_about_their_input(
    client: TestClient, body: bytes
) -> None:
    for path in ("/users/alice/notes", "/users/alice/tags", "/admin/notes"):
        response = client.post(path, content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 401, (path, response.text)
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json() == {"detail": "Authentication required."}


def test_a_signed_in_caller_with_a_malformed_body_hears_422_and_roles_still_decide(
    client: TestClient,
) -> None:
    malformed = {"content": b"[1]", "headers": {**ALICE, "Content-Type": "application/json"}}
    assert client.post("/users/alice/tags", **malformed).status_code == 422
    assert client.post("/admin/notes", **malformed).status_code == 403  # the role, first


def test_an_expired_session_is_told_so_with_the_bearer_challenge() -> None:
    from datetime import datetime, timedelta, timezone

    past = datetime.now(timezone.utc) - timedelta(minutes=1)
    app = make_app()
    install(app, resolver=BearerTokenResolver({"old": DemoToken("alice", ("user",), past)}))
    response = TestClient(app).post(
        "/users/alice/tags",
        content=b"[",
        headers={"Authorization": "Bearer old", "Content-Type": "application/json"},
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_production_422_bodies_bound_client_keys_and_never_echo_values(client: TestClient) -> None:
    long_key = "K" * 5000
    secret = "SECRET-password=hunter2"
    cases = [
        client.post("/users/alice/tags", json={"tags": {long_key: "not a number"}}, headers=ALICE),
        client.post("/users/alice/tags", json={"tags": {}, long_key: secret}, headers=ALICE),
        client.post("/users/alice/tags", json={"tags": {}, secret: 1}, headers=ALICE),
        client.post("/users/alice/notes", json={"text": "ok", long_key: 1}, headers=ALICE),
        client.post("/users/alice/notes", json={"text": secret * 10}, headers=ALICE),
    ]
    for response in cases:
        assert response.status_code == 422
        body = response.json()
        assert set(body) == {"detail"}
        assert "K" * 41 not in response.text
        assert secret not in response.text
        assert "hunter2" not in response.text
    assert cases[1].json() == {"detail": "Input validation failed: body.(unexpected field)."}


def test_development_422_bodies_keep_the_full_locations(client: TestClient) -> None:
    configure(environment="development")
    response = client.post("/users/alice/tags", json={"tags": {}, "extra": 1}, headers=ALICE)
    assert response.json()["details"]["errors"] == [
        {"loc": ["body", "extra"], "type": "extra_forbidden"}
    ]


@pytest.mark.parametrize(
    ("probe", "expected"),
    [
        ({"path": "/users/alice/notes", "json": {"text": ""}}, 422),  # invalid (contract)
        ({"path": "/users/alice/tags", "json": {"tags": "x"}}, 422),  # invalid (FastAPI)
        ({"path": "/users/alice/tags", "content": b"{oops"}, 422),  # not even JSON
        ({"path": "/users/bob/notes", "json": {"text": "x"}}, 403),  # someone else's record
        ({"path": "/users/bob/tags", "json": {"tags": {}}}, 403),
    ],
)
def test_probes_spend_the_callers_rate_limit(
    client: TestClient, probe: dict[str, Any], expected: int
) -> None:
    path = probe.pop("path")
    valid = path.replace("/bob/", "/alice/")
    headers = {**ALICE, "Content-Type": "application/json"}
    statuses = [client.post(path, headers=headers, **probe).status_code for _ in range(20)]
    assert statuses[:5] == [expected] * 5
    assert set(statuses[5:]) == {429}
    good = {"json": {"text": "x"}} if "notes" in valid else {"json": {"tags": {"a": 1}}}
    refused = client.post(valid, headers=ALICE, **good)
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    other = client.post(valid.replace("/alice/", "/bob/"), headers=BOB, **good)
    assert other.status_code == 200  # the limit is the prober's, not everyone's


def test_anonymous_probes_do_not_spend_a_signed_in_users_limit(client: TestClient) -> None:
    for _ in range(20):
        assert client.post("/users/alice/notes", content=b"[").status_code == 401
    assert client.post("/users/alice/notes", json={"text": "x"}, headers=ALICE).status_code == 200
