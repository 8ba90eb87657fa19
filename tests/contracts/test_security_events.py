"""One security event per denial, whoever called the guarded function."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from scaffold.contracts import (
    AuthContext,
    ContractError,
    ContractViolationError,
    ErrorType,
    auth,
    configure,
    contract,
    log_violation,
    owns,
    request_scope,
)
from scaffold.contracts.fastapi import BearerTokenResolver, Caller, DemoToken, install

ALICE = AuthContext("alice", {"user"}, client_ip="10.0.0.1")


@contract(requires=[auth("user"), owns("user_id")], name="events.update", layer="business")
def update(user_id: str, context: AuthContext) -> str:
    return user_id


@contract(requires=[auth("admin")], name="events.aadmin")
async def aadmin(context: AuthContext) -> str:
    return "ok"


def _events(caplog: pytest.LogCaptureFixture) -> list[tuple[int, dict[str, object]]]:
    return [
        (r.levelno, json.loads(r.getMessage()))
        for r in caplog.records
        if r.name == "scaffold.security"
    ]


def test_a_denial_from_plain_python_is_logged_like_fastapi_does(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="scaffold.security"):
        with pytest.raises(ContractViolationError):
            update("bob", ALICE)  # a worker or script, no web framework
        with pytest.raises(ContractViolationError):
            asyncio.run(aadmin(ALICE))
        with pytest.raises(ContractViolationError):
            update("alice", AuthContext.anonymous())
    events = _events(caplog)
    assert [(level, event["type"]) for level, event in events] == [
        (logging.CRITICAL, "OWNERSHIP_DENIED"),
        (logging.CRITICAL, "INSUFFICIENT_ROLE"),
        (logging.INFO, "AUTHENTICATION_REQUIRED"),
    ]
    _level, first = events[0]
    assert first["event"] == "contract_violation"
    assert first["severity"] == "critical"
    assert first["contract"] == "events.update"
    assert first["layer"] == "business"
    assert "details" not in first  # production: redacted
    assert "path" not in first  # no request to name
    stamp = datetime.fromisoformat(str(first["timestamp"]))
    assert stamp.tzinfo is not None
    assert stamp.utcoffset() == timedelta(0)


def test_development_events_carry_details_and_request_scope_names_the_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    configure(environment="development")
    with (
        caplog.at_level(logging.INFO, logger="scaffold.security"),
        request_scope("POST", "/jobs/resize"),
        pytest.raises(ContractViolationError),
    ):
        update("bob", ALICE)
    ((_, event),) = _events(caplog)
    assert event["details"] == {"field": "user_id"}
    assert (event["method"], event["path"]) == ("POST", "/jobs/resize")


def test_fastapi_logs_each_denial_once_with_its_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = FastAPI()
    install(app, resolver=BearerTokenResolver({"t": DemoToken("alice")}))

    @app.get("/users/{user_id}")
    @contract(requires=[auth("user"), owns("user_id")], name="events.read")
    def read(user_id: str, context: Caller) -> str:  # sync: runs in a worker thread
        return user_id

    @app.get("/by-hand")
    async def by_hand() -> str:
        cause = ContractError(ErrorType.BUSINESS_RULE_VIOLATION, "No.")
        raise ContractViolationError("events.by_hand", "action", cause)

    client = TestClient(app)
    with caplog.at_level(logging.INFO, logger="scaffold.security"):
        assert client.get("/users/bob", headers={"Authorization": "Bearer t"}).status_code == 403
        assert client.get("/by-hand").status_code == 400
    events = [event for _, event in _events(caplog)]
    assert [(e["type"], e["method"], e["path"]) for e in events] == [
        ("OWNERSHIP_DENIED", "GET", "/users/bob"),
        ("BUSINESS_RULE_VIOLATION", "GET", "/by-hand"),
    ]
    assert all("timestamp" in e for e in events)


def test_log_violation_writes_an_error_once(caplog: pytest.LogCaptureFixture) -> None:
    error = ContractViolationError("c", "action", ContractError(ErrorType.OWNERSHIP_DENIED, "x"))
    with caplog.at_level(logging.INFO, logger="scaffold.security"):
        log_violation(error)
        log_violation(error, method="GET", path="/again")
    assert len(_events(caplog)) == 1
