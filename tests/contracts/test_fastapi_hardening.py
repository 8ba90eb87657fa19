"""What ``install`` closes on every app: oversized request bodies and Host-built redirects.

An oversized body is answered 413 with the runtime's JSON error body (the one of every other
refusal), whether its size is declared or it streams past the limit, before it is read.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI, HTTPException, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.types import Message

from scaffold.contracts import configure
from scaffold.contracts.fastapi import MAX_BODY_SIZE, install

TOO_LARGE = {"detail": "The request body is too large."}
JSON = {"Content-Type": "application/json"}


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


def _error_headers(response: httpx.Response) -> set[str]:
    """The header names of a response, its body's length aside (each body has its own)."""
    return {name.lower() for name in response.headers} - {"content-length"}


def test_a_body_over_its_declared_length_gets_the_runtimes_json_error() -> None:
    client = TestClient(make_app(max_body_size=100))
    response = client.post("/items", content=body_of(101), headers=JSON)
    assert response.status_code == 413
    assert response.json() == TOO_LARGE
    invalid = client.post("/items", content=b'{"text": 1}', headers=JSON)
    assert invalid.status_code == 422  # another refusal of the runtime: the same headers
    assert _error_headers(response) == _error_headers(invalid) == {"content-type"}
    assert response.headers["content-type"] == invalid.headers["content-type"]


def test_a_streamed_body_over_the_limit_gets_the_runtimes_json_error() -> None:
    client = TestClient(make_app(max_body_size=1000))
    response = client.post("/items", content=chunks(body_of(5000), 100), headers=JSON)
    assert response.status_code == 413
    assert response.json() == TOO_LARGE
    assert response.headers["content-type"] == "application/json"


def test_an_endpoint_that_never_reads_the_body_is_answered_the_same() -> None:
    app = make_app(max_body_size=100)

    @app.delete("/items")
    def clear_items() -> dict[str, bool]:
        return {"cleared": True}

    response = TestClient(app).request("DELETE", "/items", content=b"x" * 101)
    assert (response.status_code, response.json()) == (413, TOO_LARGE)


def test_development_names_the_cause_and_never_the_body() -> None:
    configure(environment="development")
    client = TestClient(make_app(max_body_size=100))
    for content in (body_of(101), chunks(body_of(500), 50)):
        response = client.post("/items", content=content, headers=JSON)
        assert response.status_code == 413
        assert response.json() == {
            **TOO_LARGE,
            "type": "BODY_TOO_LARGE",
            "message": TOO_LARGE["detail"],
            "details": None,
        }


def _served(declared: int | None, chunk: int, count: int) -> tuple[int, list[Message]]:
    """One POST to an app limited to 1000 bytes, through the ASGI interface (the test client
    sends a body whole): the bytes the app took of ``count`` chunks of ``chunk`` bytes
    (``declared`` as Content-Length), and what it sent."""
    headers = [(b"content-type", b"application/json")]
    if declared is not None:
        headers.append((b"content-length", str(declared).encode()))
    scope: dict[str, Any] = {"type": "http", "method": "POST", "path": "/items", "headers": headers}
    scope.update(query_string=b"", client=("127.0.0.1", 5000), server=("testserver", 80))
    taken = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal taken
        taken += chunk
        return {"type": "http.request", "body": b"a" * chunk, "more_body": taken < chunk * count}

    async def send(message: Message) -> None:
        sent.append(message)

    anyio.run(make_app(max_body_size=1000), scope, receive, send)
    return taken, sent


def test_the_body_is_not_read_to_refuse_it() -> None:
    """A declared length over the limit: nothing is read; a streamed body: no more than one
    chunk past the limit. Either way the one response is the JSON 413."""
    told, told_sent = _served(declared=10 * 1024 * 1024, chunk=64 * 1024, count=160)
    assert told == 0
    streamed, streamed_sent = _served(None, chunk=64, count=10_000)
    assert streamed <= 1000 + 64
    for sent in (told_sent, streamed_sent):
        starts = [m for m in sent if m["type"] == "http.response.start"]
        assert [m["status"] for m in starts] == [413]
        body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
        assert body == b'{"detail":"The request body is too large."}'


def test_an_endpoints_own_413_keeps_its_detail() -> None:
    app = make_app()

    @app.post("/uploads")
    async def upload(request: Request) -> None:
        raise HTTPException(status_code=413, detail="Uploads stop at 10 pages.")

    response = TestClient(app).post("/uploads", content=b"{}", headers=JSON)
    assert (response.status_code, response.json()) == (413, {"detail": "Uploads stop at 10 pages."})


@pytest.mark.skipif(
    "max_body_size" not in inspect.signature(FastAPI.post).parameters,
    reason="this FastAPI has no route limit",
)
def test_a_routes_own_limit_wins_and_its_413_is_the_runtimes() -> None:
    app = make_app(max_body_size=100)

    @app.post("/large", max_body_size=1000)  # type: ignore[call-arg, unused-ignore]
    async def large(request: Request) -> dict[str, int]:
        return {"length": len(await request.body())}

    @app.post("/tiny", max_body_size=10)  # type: ignore[call-arg, unused-ignore]
    async def tiny(request: Request) -> dict[str, int]:
        return {"length": len(await request.body())}

    client = TestClient(app)
    assert client.post("/large", content=b"a" * 500).json() == {"length": 500}
    assert client.post("/large", content=chunks(b"a" * 500, 50)).json() == {"length": 500}
    for content in (b"a" * 20, chunks(b"a" * 20, 5)):
        response = client.post("/tiny", content=content)
        assert (response.status_code, response.json()) == (413, TOO_LARGE)
