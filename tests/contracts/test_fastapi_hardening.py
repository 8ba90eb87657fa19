"""What ``install`` closes on every app: oversized request bodies and Host-built redirects."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

from scaffold.contracts.fastapi import MAX_BODY_SIZE, install


class Item(BaseModel):
    text: str


def make_app(app: FastAPI | None = None, **options: int | None) -> FastAPI:
    app = app or FastAPI()
    install(app, **options)

    @app.post("/items")
    def create_item(item: Item) -> dict[str, int]:
        return {"length": len(item.text)}

    return app


def body_of(size: int) -> bytes:
    """A JSON body of exactly ``size`` bytes."""
    frame = b'{"text": ""}'
    return frame[:-2] + b"a" * (size - len(frame)) + frame[-2:]


def post(client: TestClient, body: bytes) -> int:
    """The status of a JSON ``body`` posted to ``/items``."""
    headers = {"Content-Type": "application/json"}
    return client.post("/items", content=body, headers=headers).status_code


def chunks(body: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    """The body streamed without a Content-Length (chunked transfer)."""
    for start in range(0, len(body), size):
        yield body[start : start + size]


def test_a_body_at_the_limit_is_read() -> None:
    client = TestClient(make_app())
    body = body_of(MAX_BODY_SIZE)
    response = client.post("/items", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json() == {"length": MAX_BODY_SIZE - len(b'{"text": ""}')}


def test_a_body_over_the_limit_is_refused_by_its_length() -> None:
    assert post(TestClient(make_app()), body_of(MAX_BODY_SIZE + 1)) == 413


def test_a_streamed_body_over_the_limit_is_refused_while_it_streams() -> None:
    client = TestClient(make_app(max_body_size=1000))
    response = client.post(
        "/items", content=chunks(body_of(5000), 100), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "content-length" not in {name.lower() for name in response.request.headers}


def test_the_limit_is_chosen_or_turned_off() -> None:
    big = body_of(3 * MAX_BODY_SIZE)
    assert post(TestClient(make_app(max_body_size=4 * MAX_BODY_SIZE)), big) == 200
    assert post(TestClient(make_app(max_body_size=None)), big) == 200
    assert post(TestClient(make_app(max_body_size=100)), body_of(100)) == 200
    assert post(TestClient(make_app(max_body_size=100)), body_of(101)) == 413


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "1MB"])
def test_a_limit_that_is_no_size_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="max_body_size must be a positive number of bytes"):
        install(FastAPI(), max_body_size=bad)  # type: ignore[arg-type]


def test_a_trailing_slash_is_not_redirected_to_the_callers_host() -> None:
    client = TestClient(make_app())
    response = client.post(
        "/items/", json={"text": "x"}, headers={"Host": "evil.example"}, follow_redirects=False
    )
    assert response.status_code == 404
    assert "location" not in response.headers
    assert client.post("/items", json={"text": "x"}).status_code == 200


def test_the_redirect_can_be_brought_back() -> None:
    app = make_app()
    app.router.redirect_slashes = True
    response = TestClient(app).post("/items/", json={"text": "x"}, follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "http://testserver/items"


@pytest.mark.skipif(
    "max_body_size" not in inspect.signature(FastAPI).parameters,
    reason="this FastAPI has no limit of its own",
)
def test_an_apps_own_limit_is_kept() -> None:
    own = FastAPI(max_body_size=4 * MAX_BODY_SIZE)  # type: ignore[call-arg, unused-ignore]
    client = TestClient(make_app(own))
    assert post(client, body_of(3 * MAX_BODY_SIZE)) == 200
    assert post(client, body_of(4 * MAX_BODY_SIZE + 1)) == 413
