"""The SQLAlchemy audit sink against a real PostgreSQL, started for this module.

Several processes of several threads write at once: every record arrives once. With the
database stopped, audited calls are denied before they run (fail closed); when it is back, the
same sink writes again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from scaffold.contracts import (
    AuthContext,
    ContractViolationError,
    ErrorType,
    SQLAlchemyAuditSink,
    audit_log,
    auth,
    configure,
    contract,
)
from tests.servers import PostgresServer, postgres_server

pytestmark = pytest.mark.postgres

PROCESSES, THREADS, CALLS = 4, 8, 25


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    with postgres_server() as server:
        yield server


def _rows(url: str, query: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(sa.text(query))]
    finally:
        engine.dispose()


WRITER = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from concurrent.futures import ThreadPoolExecutor
    from scaffold.contracts import (
        AuthContext, ContractViolationError, audit_log, auth, configure, contract,
    )

    url, process, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    threads, calls, start_at = int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
    configure(audit_sink=url)
    guard = contract(
        requires=[auth("user")], ensures=[audit_log("load")], name=f"load.{mode}"
    )

    @guard
    def act(context: AuthContext) -> bool:
        return True

    @guard
    async def aact(context: AuthContext) -> bool:
        return True

    def caller(thread, call):
        # Every 5th call is refused (no role): the denial path writes too.
        roles = set() if call % 5 == 0 else {"user"}
        return AuthContext(f"p{process}-t{thread}-c{call}", roles)

    def sync_thread(thread):
        for call in range(calls):
            try:
                act(caller(thread, call))
            except ContractViolationError:
                pass

    async def async_calls(thread):
        async def one(call):
            try:
                await aact(caller(thread, call))
            except ContractViolationError:
                pass
        await asyncio.gather(*(one(call) for call in range(calls)))

    def async_thread(thread):
        asyncio.run(async_calls(thread))

    work = sync_thread if mode == "sync" else async_thread
    time.sleep(max(0.0, start_at - time.time()))
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, range(threads)))
    print(json.dumps({"done": True}))
    """
)


def test_processes_and_threads_lose_and_duplicate_no_record(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    start_at = time.time() + 3.0  # every process has imported by then: they write together
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                postgres.url,
                str(process),
                "sync" if process % 2 == 0 else "async",
                str(THREADS),
                str(CALLS),
                str(start_at),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for process in range(PROCESSES)
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        assert json.loads(out) == {"done": True}
    rows = _rows(postgres.url, "SELECT user_id, outcome, error_type FROM scaffold_audit")
    expected = {
        (
            f"p{process}-t{thread}-c{call}",
            "denied" if call % 5 == 0 else "allowed",
            "INSUFFICIENT_ROLE" if call % 5 == 0 else None,
        )
        for process in range(PROCESSES)
        for thread in range(THREADS)
        for call in range(CALLS)
    }
    assert len(rows) == len(expected) == PROCESSES * THREADS * CALLS  # none duplicated
    assert set(rows) == expected  # none lost


def test_database_down_denies_calls_and_the_sink_recovers(postgres: PostgresServer) -> None:
    sink = SQLAlchemyAuditSink(postgres.url)
    configure(audit_sink=sink)
    ran: list[str] = []

    @contract(requires=[auth("user")], ensures=[audit_log("outage")], name="outage.sync")
    def act(tag: str, context: AuthContext) -> str:
        ran.append(tag)
        return tag

    @contract(requires=[auth("user")], ensures=[audit_log("outage")], name="outage.async")
    async def aact(tag: str, context: AuthContext) -> str:
        ran.append(tag)
        return tag

    caller = AuthContext("outage-user", {"user"})
    assert act("before", caller) == "before"
    assert asyncio.run(aact("abefore", caller)) == "abefore"

    postgres.stop()
    refused: list[ErrorType] = []
    logging.getLogger("scaffold.contracts").disabled = True
    try:
        for tag in ("down-1", "down-2"):
            try:
                act(tag, caller)
            except ContractViolationError as error:
                refused.append(error.type)
            try:
                asyncio.run(aact(f"a{tag}", caller))
            except ContractViolationError as error:
                refused.append(error.type)
    finally:
        logging.getLogger("scaffold.contracts").disabled = False
        postgres.start()
    assert refused == [ErrorType.AUDIT_FAILED] * 4  # fail closed ...
    assert ran == ["before", "abefore"]  # ... before the function runs

    assert act("after", caller) == "after"  # the same sink, a new connection
    assert asyncio.run(aact("aafter", caller)) == "aafter"
    rows = _rows(
        postgres.url,
        "SELECT contract, outcome FROM scaffold_audit WHERE user_id = 'outage-user' ORDER BY id",
    )
    assert rows == [
        ("outage.sync", "allowed"),
        ("outage.async", "allowed"),
        ("outage.sync", "allowed"),
        ("outage.async", "allowed"),
    ]
    assert ran == ["before", "abefore", "after", "aafter"]
