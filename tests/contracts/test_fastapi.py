"""The FastAPI integration: status codes, bodies per environment, security events, resolvers."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from scaffold.contracts import (
    ContractError,
    ContractViolationError,
    ErrorType,
    auth,
    business_rule,
    configure,
    contract,
    owns,
    rate_limit,
    returns,
    validates,
)
from scaffold.contracts.fastapi import (
    BearerTokenResolver,
    Caller,
    DemoToken,
    install,
    status_for,
    violation_body,
)

PAST = datetime.now(timezone.utc) - timedelta(hours=1)
TOKENS = {
    "alice": DemoToken("alice", ("user",)),
    "bob": DemoToken("bob", ("user",)),
    "admin": DemoToken("root", ("admin",)),
    "stale": DemoToken("alice", ("user",), PAST),
}


class Note(BaseModel):
    owner_id: str
    text: str = Field(min_length=1, max_length=50)


class NoteOut(BaseModel):
    owner_id: str
    text: str


def make_app(resolver: Any = "demo") -> FastAPI:
    app = FastAPI()
    install(app, resolver=BearerTokenResolver(TOKENS) if resolver == "demo" else resolver)

    @app.post("/notes", response_model=NoteOut)
    @contract(
        requires=[
            auth("user"),
            validates(Note),
            owns("owner_id"),
            business_rule("Text must not shout", lambda note, _: not note.text.isupper()),
            rate_limit("notes", 3),
        ],
        ensures=[returns(NoteOut)],
        name="notes.create",
    )
    async def create_note(payload: Note, context: Caller) -> NoteOut:
        return NoteOut(owner_id=payload.owner_id, text=payload.text)

    @app.get("/admin/report")
    @contract(requires=[auth("admin")], name="admin.report")
    def report(context: Caller) -> dict[str, str]:  # a sync endpoint, run in FastAPI's threadpool
        return {"status": "ok"}

    @app.get("/broken")
    @contract(ensures=[returns(NoteOut)], name="broken.output")
    async def broken(context: Caller) -> dict[str, str]:
        return {"owner_id": "x"}

    return app


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


NOTE = {"owner_id": "alice", "text": "hello"}


@pytest.fixture
def client() -> TestClient:
    return TestClient(make_app())


def test_allowed_call(client: TestClient) -> None:
    response = client.post("/notes", json=NOTE, headers=bearer("alice"))
    assert response.status_code == 200
    assert response.json() == NOTE
    assert client.get("/admin/report", headers=bearer("admin")).json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("request_kwargs", "status", "production_detail"),
    [
        ({"json": NOTE}, 401, "Authentication required."),
        ({"json": NOTE, "headers": bearer("nobody")}, 401, "Authentication required."),
        ({"json": NOTE, "headers": bearer("stale")}, 401, "Session expired; sign in again."),
        ({"json": NOTE, "headers": bearer("bob")}, 403, "You are not allowed to do this."),
        (
            {"json": {**NOTE, "text": "HELLO"}, "headers": bearer("alice")},
            400,
            "The request was rejected.",
        ),
    ],
)
def test_denials_map_to_status_and_safe_production_bodies(
    client: TestClient, request_kwargs: dict[str, Any], status: int, production_detail: str
) -> None:
    response = client.post("/notes", **request_kwargs)
    assert response.status_code == status
    assert response.json() == {"detail": production_detail}


def test_insufficient_role_is_403_with_generic_body(client: TestClient) -> None:
    response = client.get("/admin/report", headers=bearer("alice"))
    assert response.status_code == 403
    assert response.json() == {"detail": "You are not allowed to do this."}


def test_output_validation_failure_is_500_generic(client: TestClient) -> None:
    response = client.get("/broken", headers=bearer("alice"))
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error."}


def test_rate_limit_is_429_with_retry_after(client: TestClient) -> None:
    statuses = [client.post("/notes", json=NOTE, headers=bearer("alice")) for _ in range(4)]
    assert [r.status_code for r in statuses] == [200, 200, 200, 429]
    limited = statuses[-1]
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.json()["detail"] == "Too many requests; retry later."
    assert limited.json()["retry_after"] == int(limited.headers["Retry-After"])


def test_invalid_body_never_echoes_input(client: TestClient) -> None:
    secret = "S3CRET-" * 20
    response = client.post(
        "/notes", json={"owner_id": "alice", "text": secret}, headers=bearer("alice")
    )
    assert response.status_code == 422
    assert secret not in response.text
    assert response.json() == {"detail": "Input validation failed: body.text."}


def test_development_bodies_add_contract_layer_type_and_message(client: TestClient) -> None:
    configure(environment="development")
    response = client.post("/notes", json=NOTE, headers=bearer("bob"))
    body = response.json()
    assert response.status_code == 403
    assert body["contract"] == "notes.create"
    assert body["layer"] == "action"
    assert body["type"] == "OWNERSHIP_DENIED"
    assert body["message"] == "You do not own this resource."
    assert body["details"] == {"field": "owner_id"}
    invalid = client.post("/notes", json={"owner_id": "alice"}, headers=bearer("alice")).json()
    assert invalid["type"] == "VALIDATION_FAILED"
    assert invalid["contract"] == "notes.create"  # FastAPI's check, the contract's denial
    assert invalid["details"]["errors"][0]["loc"] == ["body", "text"]


@pytest.mark.parametrize(
    ("error_type", "status"),
    [
        (ErrorType.AUTHENTICATION_REQUIRED, 401),
        (ErrorType.SESSION_EXPIRED, 401),
        (ErrorType.INSUFFICIENT_ROLE, 403),
        (ErrorType.OWNERSHIP_DENIED, 403),
        (ErrorType.VALIDATION_FAILED, 422),
        (ErrorType.INVALID_BULK_INPUT, 422),
        (ErrorType.BULK_TOO_LARGE, 422),
        (ErrorType.RATE_LIMIT_EXCEEDED, 429),
        (ErrorType.BUSINESS_RULE_VIOLATION, 400),
        (ErrorType.OUTPUT_VALIDATION_FAILED, 500),
        (ErrorType.INVARIANT_VIOLATION, 500),
        (ErrorType.CONDITION_ERROR, 500),
        (ErrorType.AUDIT_FAILED, 500),
    ],
)
def test_status_table(error_type: ErrorType, status: int) -> None:
    assert status_for(error_type) == status


@pytest.mark.parametrize("error_type", list(ErrorType))
def test_production_bodies_show_only_safe_messages(error_type: ErrorType) -> None:
    secretish = "internal detail user 42"
    error = ContractViolationError("c", "action", ContractError(error_type, secretish, {"x": 1}))
    body = violation_body(error, production=True)
    safe = {
        ErrorType.VALIDATION_FAILED,
        ErrorType.RATE_LIMIT_EXCEEDED,
        ErrorType.AUTHENTICATION_REQUIRED,
        ErrorType.SESSION_EXPIRED,
    }
    assert (body["detail"] == secretish) is (error_type in safe)
    assert set(body) <= {"detail", "retry_after"}


def test_security_events_have_severity_and_are_redacted_in_production(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="scaffold.security"):
        client.post("/notes", json=NOTE, headers=bearer("bob"))
        client.post("/notes", json={**NOTE, "text": "HI"}, headers=bearer("alice"))
        client.post("/notes", json=NOTE)
    events = [(r.levelno, json.loads(r.getMessage())) for r in caplog.records]
    assert [(level, e["type"]) for level, e in events] == [
        (logging.CRITICAL, "OWNERSHIP_DENIED"),
        (logging.WARNING, "BUSINESS_RULE_VIOLATION"),
        (logging.INFO, "AUTHENTICATION_REQUIRED"),
    ]
    assert all("details" not in e for _, e in events)
    assert events[0][1]["path"] == "/notes"
    assert events[0][1]["severity"] == "critical"


def test_security_events_carry_details_in_development(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    configure(environment="development")
    with caplog.at_level(logging.INFO, logger="scaffold.security"):
        client.post("/notes", json=NOTE, headers=bearer("bob"))
    (record,) = caplog.records
    assert json.loads(record.getMessage())["details"] == {"field": "owner_id"}


def test_without_a_resolver_everyone_is_anonymous() -> None:
    app = make_app(resolver=None)  # no resolver: every caller is anonymous, so deny
    response = TestClient(app).post("/notes", json=NOTE, headers=bearer("alice"))
    assert response.status_code == 401


def test_async_resolver_and_token_file(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text(
        json.dumps(
            {
                "t-alice": {"user_id": "alice", "roles": ["user"]},
                "t-old": {"user_id": "alice", "roles": ["user"], "expires_at": PAST.isoformat()},
            }
        ),
        encoding="utf-8",
    )
    from_file = BearerTokenResolver.from_file(tokens)

    async def resolver(request: Any) -> Any:
        return from_file(request)

    client = TestClient(make_app(resolver=resolver))
    assert client.post("/notes", json=NOTE, headers=bearer("t-alice")).status_code == 200
    assert client.post("/notes", json=NOTE, headers=bearer("t-old")).status_code == 401
    assert client.post("/notes", json=NOTE, headers={"Authorization": "Basic x"}).status_code == 401
