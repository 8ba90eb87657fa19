"""Rate limits shared through a real redis-server by separate processes."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    ErrorType,
    close_rate_limits,
    configure,
    contract,
    rate_limit,
    reset_rate_limits,
)

WORKER = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from concurrent.futures import ThreadPoolExecutor
    from scaffold.contracts import (
        AuthContext, ContractViolationError, close_rate_limits, configure, contract, rate_limit,
    )

    url, mode = sys.argv[1], sys.argv[2]
    calls, limit, start_at = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    configure(rate_limit_storage=url)
    caller = AuthContext("shared-user", {"user"})
    guard = contract(requires=[rate_limit("shared", limit, per="hour")])

    def admitted_sync():
        @guard
        def act(context: AuthContext) -> bool:
            return True
        def one(_):
            try:
                return act(caller)
            except ContractViolationError:
                return False
        with ThreadPoolExecutor(8) as pool:
            time.sleep(max(0.0, start_at - time.time()))
            return sum(pool.map(one, range(calls)))

    async def admitted_async():
        @guard
        async def act(context: AuthContext) -> bool:
            return True
        async def one():
            try:
                return await act(caller)
            except ContractViolationError:
                return False
        await asyncio.sleep(max(0.0, start_at - time.time()))
        admitted = sum(await asyncio.gather(*(one() for _ in range(calls))))
        await close_rate_limits()
        return admitted

    count = admitted_sync() if mode == "sync" else asyncio.run(admitted_async())
    print(json.dumps({"admitted": count}))
    """
)


def test_two_processes_share_exactly_one_limit(redis_url: str, tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    limit, calls = 25, 40
    start_at = time.time() + 2.0  # both processes are importing by then; they fire together
    workers = [
        subprocess.Popen(
            [sys.executable, str(script), redis_url, mode, str(calls), str(limit), str(start_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for mode in ("sync", "async")
    ]
    admitted = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        admitted.append(json.loads(out)["admitted"])
    assert sum(admitted) == limit


def test_in_process_sync_and_async_against_redis(redis_url: str) -> None:
    configure(rate_limit_storage=redis_url)
    reset_rate_limits()
    caller = AuthContext("solo", {"user"})

    @contract(requires=[rate_limit("solo-sync", 2)])
    def act(context: AuthContext) -> str:
        return "ok"

    @contract(requires=[rate_limit("solo-async", 2)])
    async def aact(context: AuthContext) -> str:
        return "ok"

    assert [act(caller), act(caller)] == ["ok", "ok"]
    with pytest.raises(ContractViolationError) as caught:
        act(caller)
    assert caught.value.type is ErrorType.RATE_LIMIT_EXCEEDED
    assert caught.value.cause.details["retry_after"] >= 1

    async def run() -> list[str]:
        results = [await aact(caller), await aact(caller)]
        try:
            await aact(caller)
        except ContractViolationError as error:
            results.append(error.type.value)
        await close_rate_limits()
        return results

    assert asyncio.run(run()) == ["ok", "ok", "RATE_LIMIT_EXCEEDED"]
