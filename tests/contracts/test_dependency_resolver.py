"""``DependencyResolver``: the application's own current-user dependency names the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import pytest
from fastapi import Cookie, Depends, FastAPI, Header, HTTPException, Request
from fastapi.testclient import TestClient

from scaffold.contracts import AuthContext, auth, contract
from scaffold.contracts.fastapi import Caller, DependencyResolver, install


class User:
    def __init__(self, user_id: int, superuser: bool = False) -> None:
        self.id = user_id
        self.is_superuser = superuser


USERS = {"alice": User(1), "root": User(2, superuser=True)}
CLOSED: list[str] = []


def get_session() -> Iterator[str]:
    yield "session"
    CLOSED.append("session")


def get_current_user(
    session: Annotated[str, Depends(get_session)],
    token: Annotated[str | None, Header(alias="x-token")] = None,
) -> User:
    if token is None:
        raise HTTPException(401, "Not authenticated")
    if token not in USERS:
        raise HTTPException(403, "Could not validate credentials")
    return USERS[token]


def caller_from_user(user: User) -> AuthContext:
    roles = {"user", "admin"} if user.is_superuser else {"user"}
    return AuthContext(user_id=str(user.id), roles=frozenset(roles))


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    install(app, resolver=DependencyResolver(get_current_user, caller_from_user))

    @app.post("/reports/{report_id}")
    @contract(requires=[auth("admin")])
    def approve(report_id: str, context: Caller) -> dict[str, Any]:
        return {"user_id": context.user_id, "ip": context.client_ip}

    return TestClient(app)


def test_the_projects_user_is_the_caller(client: TestClient) -> None:
    response = client.post("/reports/1", headers={"x-token": "root"}, json={"any": "body"})
    assert response.status_code == 200
    assert response.json() == {"user_id": "2", "ip": "testclient"}
    assert CLOSED  # the yield dependency was closed


def test_a_rejected_or_missing_user_is_anonymous_and_a_plain_user_is_403(
    client: TestClient,
) -> None:
    assert client.post("/reports/1", headers={"x-token": "alice"}).status_code == 403
    assert client.post("/reports/1", headers={"x-token": "forged"}).status_code == 401
    assert client.post("/reports/1").status_code == 401


def test_the_apps_dependency_overrides_apply(client: TestClient) -> None:
    app = client.app
    assert isinstance(app, FastAPI)
    app.dependency_overrides[get_current_user] = lambda: User(9, superuser=True)
    assert client.post("/reports/1").json()["user_id"] == "9"
    app.dependency_overrides.clear()
    assert client.post("/reports/1").status_code == 401


def test_an_error_that_is_not_an_http_answer_is_not_anonymous() -> None:
    def broken() -> User:
        raise RuntimeError("database down")

    app = FastAPI()
    install(app, resolver=DependencyResolver(broken, caller_from_user))

    @app.get("/x")
    @contract(requires=[auth("user")])
    def guarded(context: Caller) -> None:
        return None

    with pytest.raises(RuntimeError, match="database down"):
        TestClient(app).get("/x")
    assert repr(DependencyResolver(broken, caller_from_user)).startswith("DependencyResolver(")


def test_the_dependency_sees_the_requests_own_method_and_path() -> None:
    """A cookie session's CSRF check refuses unsafe methods without its header; asked as a
    ``GET /`` the dependency would wave every forged cross-site ``POST`` through."""
    seen: list[tuple[str, str]] = []

    def get_session_user(
        request: Request,
        session: Annotated[str | None, Cookie()] = None,
        csrf: Annotated[str | None, Header(alias="x-csrf-token")] = None,
    ) -> User:
        seen.append((request.method, request.url.path))
        if session not in USERS:
            raise HTTPException(401, "Not authenticated")
        if request.method not in ("GET", "HEAD", "OPTIONS") and csrf != "token-of-" + session:
            raise HTTPException(403, "CSRF token missing or wrong")
        return USERS[session]

    app = FastAPI()
    install(app, resolver=DependencyResolver(get_session_user, caller_from_user))

    @app.post("/reports/{report_id}/approve")
    @contract(requires=[auth("user")])
    def approve(report_id: str, context: Caller) -> dict[str, Any]:
        return {"approved": report_id}

    client = TestClient(app, cookies={"session": "alice"})
    forged = client.post("/reports/7/approve")
    assert forged.status_code == 401
    assert seen == [("POST", "/reports/7/approve")]
    honest = client.post("/reports/7/approve", headers={"x-csrf-token": "token-of-alice"})
    assert honest.status_code == 200
