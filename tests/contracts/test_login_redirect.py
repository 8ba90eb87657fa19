"""``install(login_url=...)``: browsers refused by a presentation contract go to the login page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from scaffold.contracts import auth, contract
from scaffold.contracts.fastapi import BearerTokenResolver, Caller, DemoToken, install

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def make_client(login_url: str | None = "/login") -> TestClient:
    app = FastAPI()
    install(app, resolver=BearerTokenResolver({"t": DemoToken("alice")}), login_url=login_url)

    @app.get("/account")
    @contract(requires=[auth("user")], layer="presentation", name="pages.account")
    async def account(context: Caller) -> dict[str, str]:
        return {"user": str(context.user_id)}

    @app.get("/api/account")
    @contract(requires=[auth("user")], layer="action", name="api.account")
    async def api_account(context: Caller) -> dict[str, str]:
        return {"user": str(context.user_id)}

    return TestClient(app, follow_redirects=False)


def _next(response: object) -> str:
    location = response.headers["location"]  # type: ignore[attr-defined]
    parts = urlsplit(location)
    assert parts.path == "/login"
    assert not parts.netloc
    (target,) = parse_qs(parts.query)["next"]
    return target


def test_a_browser_is_sent_to_the_login_page_with_where_it_was_going() -> None:
    response = make_client().get("/account?tab=keys", headers={"Accept": BROWSER})
    assert response.status_code == 303
    assert _next(response) == "/account?tab=keys"


@pytest.mark.parametrize(
    "accept", ["application/json", "*/*", "", "text/html;q=0.5, application/json"]
)
def test_api_clients_keep_the_401(accept: str) -> None:
    response = make_client().get("/account", headers={"Accept": accept} if accept else {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"detail": "Authentication required."}


def test_only_presentation_contracts_redirect_and_only_when_configured() -> None:
    assert make_client().get("/api/account", headers={"Accept": BROWSER}).status_code == 401
    assert make_client(None).get("/account", headers={"Accept": BROWSER}).status_code == 401


def test_signed_in_browsers_are_served() -> None:
    headers = {"Accept": BROWSER, "Authorization": "Bearer t"}
    assert make_client().get("/account", headers=headers).json() == {"user": "alice"}


@pytest.mark.parametrize("path", ["//evil.example/account", "/\\evil.example"])
def test_next_never_leaves_the_origin(path: str) -> None:
    app = FastAPI()
    install(app, login_url="/login?service=web")

    @app.get("/{rest:path}")
    @contract(requires=[auth("user")], layer="presentation", name="pages.any")
    async def anything(rest: str, context: Caller) -> str:
        return rest

    client = TestClient(app, follow_redirects=False)
    response = client.get(f"http://testserver{path}", headers={"Accept": BROWSER})
    assert response.status_code == 303
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query == {"service": ["web"], "next": ["/"]}


def test_an_empty_login_url_is_refused() -> None:
    with pytest.raises(ValueError, match="login_url"):
        install(FastAPI(), login_url=" ")
