"""Resource hygiene: whatever the runtime replaces or resets, it closes first."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from scaffold.contracts import (
    AuthContext,
    MemoryAuditSink,
    SQLiteAuditSink,
    configure,
    contract,
    get_audit_sink,
    rate_limit,
    reset,
)
from scaffold.contracts._ratelimit import _limiters


def _is_closed(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_replacing_a_sink_closes_the_old_one(tmp_path: Path) -> None:
    configure(audit_sink=f"sqlite:///{tmp_path / 'first.db'}")
    first = get_audit_sink()
    assert isinstance(first, SQLiteAuditSink)
    configure(audit_sink=f"sqlite:///{tmp_path / 'second.db'}")
    second = get_audit_sink()
    assert second is not first
    assert _is_closed(first._conn)
    assert not _is_closed(second._conn)  # type: ignore[attr-defined]
    reset()
    assert _is_closed(second._conn)  # type: ignore[attr-defined]


def test_configuring_the_sink_in_force_again_keeps_it_open(tmp_path: Path) -> None:
    configure(audit_sink=f"sqlite:///{tmp_path / 'audit.db'}")
    sink = get_audit_sink()
    assert isinstance(sink, SQLiteAuditSink)
    configure(audit_sink=sink)
    assert get_audit_sink() is sink
    assert not _is_closed(sink._conn)


def test_replacing_a_sink_object_closes_the_replaced_object() -> None:
    closed: list[str] = []

    class Tracked(MemoryAuditSink):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def close(self) -> None:
            closed.append(self.name)

    configure(audit_sink=Tracked("a"))
    configure(audit_sink=Tracked("b"))
    assert closed == ["a"]
    reset()
    assert closed == ["a", "b"]


@contract(requires=[rate_limit("resources.limited", 100, by="ip")], name="resources.limited")
def limited(context: AuthContext) -> str:
    return "ok"


def test_other_settings_keep_the_rate_limit_counters() -> None:
    caller = AuthContext.anonymous("10.1.1.1")
    for _ in range(3):
        limited(caller)
    storage = _limiters.sync().storage
    configure(environment="development", audit_sink="memory")
    assert _limiters.sync().storage is storage
    stats = _limiters.sync().get_window_stats(
        rate_limit("resources.limited", 100, by="ip").item,  # type: ignore[attr-defined]
        "resources.limited",
        "ip:10.1.1.1",
    )
    assert stats.remaining == 97


@pytest.mark.redis
def test_moving_the_rate_limit_storage_closes_the_redis_pools(redis_url: str) -> None:
    configure(rate_limit_storage=redis_url)
    caller = AuthContext.anonymous("10.1.1.2")
    assert limited(caller) == "ok"
    pool = _limiters.sync().storage.storage.connection_pool
    assert [c for c in pool._available_connections if c._sock is not None]

    @contract(requires=[rate_limit("resources.alimited", 100, by="ip")])
    async def alimited(context: AuthContext) -> str:
        return "ok"

    async def scenario() -> list[object]:
        assert await alimited(caller) == "ok"
        ((_, async_pool),) = _limiters._async.values()
        assert [c for c in async_pool._available_connections if c._writer is not None]
        configure(rate_limit_storage="memory://")  # moves away: both pools are closed
        for _ in range(5):
            await asyncio.sleep(0)
        return [c for c in async_pool._available_connections if c._writer is not None]

    assert asyncio.run(scenario()) == []
    assert [c for c in pool._available_connections if c._sock is not None] == []
