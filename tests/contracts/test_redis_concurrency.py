"""Rate limits on one real Redis at 1,000 concurrent async calls per worker.

Every call gets an answer, allowed or refused for the rate limit, and exactly ``limit`` calls
are admitted: more concurrent calls than pooled connections wait for a connection instead of
failing (which a FastAPI service would answer with 500). The pool opens its connections during
the burst, while the event loop is busy with it: on a loaded machine that took longer than
redis-py's 5 s, so opening a connection has a limit of our own (tested with a loop kept busy).
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    _ratelimit,
    close_rate_limits,
    configure,
    contract,
    rate_limit,
    reset_rate_limits,
)
from tests.servers import free_port

CONCURRENT = 1000


def test_a_thousand_concurrent_calls_share_a_small_pool(redis_url: str) -> None:
    connections = 8
    configure(rate_limit_storage=redis_url, rate_limit_connections=connections)
    reset_rate_limits()
    limit = 337
    caller = AuthContext("crowd", {"user"})

    @contract(requires=[rate_limit("crowd", limit, per="hour")])
    async def act(context: AuthContext) -> str:
        return "allowed"

    async def one() -> str:
        try:
            return await act(caller)
        except ContractViolationError as error:
            return error.type.value

    async def burst() -> tuple[Counter[str], int]:
        answers = Counter(await asyncio.gather(*(one() for _ in range(CONCURRENT))))
        info = redis.Redis.from_url(redis_url)
        try:
            clients = int(info.info("clients")["connected_clients"])
        finally:
            info.close()
        await close_rate_limits()
        return answers, clients

    answers, clients = asyncio.run(burst())
    assert answers == {"allowed": limit, "RATE_LIMIT_EXCEEDED": CONCURRENT - limit}
    # The pool, the sync limiter's reset connection and the INFO client: nothing more.
    assert clients <= connections + 2


class _BusyWhileConnecting(asyncio.SelectorEventLoop):
    """An event loop busy for ``BUSY`` seconds as each connection begins (a burst's requests)."""

    async def create_connection(self, *args: Any, **kwargs: Any) -> Any:
        self.call_soon(time.sleep, BUSY)
        return await super().create_connection(*args, **kwargs)


BUSY = 2.0


def _first_calls_on_a_busy_loop(redis_url: str, calls: int) -> list[str]:
    """Calls of a 1-per-hour limit on a fresh pool whose connection opens on a busy loop."""
    configure(rate_limit_storage=redis_url, rate_limit_connections=1)
    reset_rate_limits()

    @contract(requires=[rate_limit("busy", 1, per="hour")])
    async def act(context: AuthContext) -> str:
        return "allowed"

    async def each() -> list[str]:
        answers = []
        for _ in range(calls):
            try:
                answers.append(await act(AuthContext("busy", {"user"})))
            except ContractViolationError as error:
                answers.append(error.type.value)
        await close_rate_limits()
        return answers

    loop = _BusyWhileConnecting()
    try:
        return loop.run_until_complete(each())
    finally:
        loop.close()


def test_opening_a_connection_on_a_busy_loop_has_its_own_limit(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the command timeout nor redis-py's default: ``REDIS_CONNECT_TIMEOUT`` decides."""
    monkeypatch.setattr(_ratelimit, "REDIS_SOCKET_TIMEOUT", BUSY / 2)
    assert _first_calls_on_a_busy_loop(redis_url, 2) == ["allowed", "RATE_LIMIT_EXCEEDED"]

    monkeypatch.setattr(_ratelimit, "REDIS_SOCKET_TIMEOUT", 30.0)
    monkeypatch.setattr(_ratelimit, "REDIS_CONNECT_TIMEOUT", BUSY / 2)
    assert _first_calls_on_a_busy_loop(redis_url, 1) == ["CONDITION_ERROR"]


APP = textwrap.dedent(
    """
    from fastapi import FastAPI
    from scaffold.contracts import auth, contract, rate_limit
    from scaffold.contracts.fastapi import BearerTokenResolver, Caller, DemoToken, install

    app = FastAPI()
    install(app, resolver=BearerTokenResolver({"t": DemoToken("crowd", ("user",))}))

    @app.get("/burst")
    @contract(requires=[auth("user"), rate_limit("burst", LIMIT, per="hour")])
    async def burst(context: Caller) -> dict[str, str]:
        return {"ok": "yes"}
    """
)


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120  # a loaded machine imports FastAPI slowly
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"uvicorn did not start on port {port}")


def test_one_uvicorn_worker_answers_a_thousand_concurrent_requests(
    redis_url: str, tmp_path: Path
) -> None:
    limit = 250
    (tmp_path / "burst_app.py").write_text(APP.replace("LIMIT", str(limit)), encoding="utf-8")
    redis.Redis.from_url(redis_url).flushdb()
    port = free_port()
    env = {**os.environ, "SCAFFOLD_RATE_LIMIT_STORAGE": redis_url, "SCAFFOLD_AUDIT_SINK": "null"}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), os.getcwd()])
    log = (tmp_path / "uvicorn.log").open("wb")  # a pipe nobody reads would fill and stall it
    server = subprocess.Popen(
        [
            sys.executable,
            *("-m", "uvicorn", "burst_app:app", "--workers", "1", "--log-level", "critical"),
            *("--host", "127.0.0.1", "--port", str(port), "--backlog", "4096"),
        ],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(port, server)

        async def crowd() -> Counter[int]:
            limits = httpx.Limits(max_connections=CONCURRENT, max_keepalive_connections=0)
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=300
            ) as client:
                headers = {"Authorization": "Bearer t"}
                responses = await asyncio.gather(
                    *(client.get("/burst", headers=headers) for _ in range(CONCURRENT))
                )
            return Counter(response.status_code for response in responses)

        statuses = asyncio.run(crowd())
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    errors = (tmp_path / "uvicorn.log").read_text(encoding="utf-8", errors="replace")
    assert statuses == {200: limit, 429: CONCURRENT - limit}, errors[-2000:]
