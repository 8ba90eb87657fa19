"""What ``install(app)``'s request guards cost per request: the body limit and no slash redirect.

Run: ``python bench/request_guards.py`` (``--rounds N``, ``--requests N``). Two FastAPI apps,
alike but for ``install(app, max_body_size=...)``: one with the default 1 MiB limit (Starlette's
``RequestBodyLimitMiddleware`` around the app, inside the runtime's ``JSONBodyLimitMiddleware``
that gives its 413 the JSON error body), one with ``max_body_size=None`` (no middleware). Both
serve ``POST /items`` (an async endpoint, so no thread hand-off) with a small pydantic body,
called in process through the ASGI interface (no server, no socket), so what is timed is the
app's own work per request. Rounds alternate the two apps; each round times ``--requests``
requests of each, in CPU time of this process, and the report is the median of the per-round
differences and ratios, with their quartiles. The trailing-slash setting costs nothing per
request (Starlette reads one attribute when no route matches), so it is not timed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from scaffold.contracts.fastapi import install

BODY = b'{"text": "a short note", "amount": 12}'
Message = dict[str, Any]
App = Callable[
    [dict[str, Any], Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
    Awaitable[None],
]


class Item(BaseModel):
    text: str
    amount: int


def make_app(limited: bool) -> FastAPI:
    app = FastAPI()
    install(app, **({} if limited else {"max_body_size": None}))

    @app.post("/items")
    async def create_item(item: Item) -> dict[str, int]:
        return {"amount": item.amount}

    return app


def _scope() -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/items",
        "raw_path": b"/items",
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"bench"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(BODY)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("bench", 80),
    }


async def _call(app: App) -> int:
    """One request through the ASGI interface; its status."""
    sent = False
    status = 0

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": BODY, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(_scope(), receive, send)
    return status


async def _time(app: App, requests: int) -> float:
    """CPU seconds for ``requests`` requests."""
    start = time.process_time()
    for _ in range(requests):
        if await _call(app) != 200:
            raise SystemExit("the benchmark app did not answer 200")
    return time.process_time() - start


def _quartiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


async def main(rounds: int, requests: int) -> None:
    limited, plain = make_app(True), make_app(False)
    await _time(limited, 200)  # warm up: routes compiled, middleware stacks built
    await _time(plain, 200)
    differences: list[float] = []
    ratios: list[float] = []
    for number in range(rounds):
        pair = (limited, plain) if number % 2 == 0 else (plain, limited)
        times = {id(app): await _time(app, requests) for app in pair}
        with_limit, without = times[id(limited)], times[id(plain)]
        differences.append((with_limit - without) / requests * 1e6)
        ratios.append(with_limit / without)
    low, high = _quartiles(differences)
    print(f"{rounds} rounds of {requests} requests each, CPU time, in process (ASGI, no server)")
    print(
        f"body limit: +{statistics.median(differences):.1f} us a request "
        f"(quartiles {low:.1f} to {high:.1f}); "
        f"ratio {statistics.median(ratios):.3f} (quartiles "
        f"{_quartiles(ratios)[0]:.3f} to {_quartiles(ratios)[1]:.3f})"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--requests", type=int, default=2000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.rounds, arguments.requests))
