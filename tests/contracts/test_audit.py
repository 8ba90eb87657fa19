"""Audit sinks: SQLite and SQLAlchemy rows, JSON log lines, and what happens when a sink fails."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from scaffold.contracts import (
    AuditRecord,
    AuditSink,
    AuthContext,
    ContractViolationError,
    ErrorType,
    LogAuditSink,
    NullAuditSink,
    SQLAlchemyAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    sink_from_url,
)

ALICE = AuthContext("alice", {"user"}, client_ip="127.0.0.1")


@contract(requires=[auth("admin")], ensures=[audit_log("user_creation")], name="users.create")
def create_user(context: AuthContext) -> str:
    return "created"


@contract(requires=[auth("admin")], ensures=[audit_log("user_creation")], name="users.acreate")
async def acreate_user(context: AuthContext) -> str:
    return "created"


def _rows(path: Path) -> list[tuple[str, ...]]:
    # sqlite3's context manager commits but does not close: closing() does.
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT event, contract, layer, user_id, outcome, error_type FROM scaffold_audit"
            " ORDER BY id"
        ).fetchall()


def _exercise() -> None:
    assert create_user(AuthContext("root", {"admin"})) == "created"
    with pytest.raises(ContractViolationError):
        create_user(ALICE)
    assert asyncio.run(acreate_user(AuthContext("root", {"admin"}))) == "created"
    with pytest.raises(ContractViolationError):
        asyncio.run(acreate_user(ALICE))


EXPECTED = [
    ("user_creation", "users.create", "action", "root", "allowed", None),
    ("user_creation", "users.create", "action", "alice", "denied", "INSUFFICIENT_ROLE"),
    ("user_creation", "users.acreate", "action", "root", "allowed", None),
    ("user_creation", "users.acreate", "action", "alice", "denied", "INSUFFICIENT_ROLE"),
]


def test_sqlite_sink_writes_allowed_and_denied_rows(tmp_path: Path) -> None:
    database = tmp_path / "audit" / "audit.db"
    configure(audit_sink=f"sqlite:///{database}")
    _exercise()
    assert _rows(database) == EXPECTED


def test_sqlalchemy_sink_writes_the_same_rows(tmp_path: Path) -> None:
    database = tmp_path / "sa.db"
    sink = sink_from_url(f"sqlite+pysqlite:///{database}")
    assert isinstance(sink, SQLAlchemyAuditSink)
    configure(audit_sink=sink)
    _exercise()
    engine = sa.create_engine(f"sqlite:///{database}")
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT event, contract, layer, user_id, outcome, error_type FROM scaffold_audit"
                " ORDER BY id"
            )
        ).fetchall()
    engine.dispose()
    assert [tuple(row) for row in rows] == EXPECTED


def test_log_sink_writes_one_json_object_per_line(caplog: pytest.LogCaptureFixture) -> None:
    configure(audit_sink=LogAuditSink())
    with caplog.at_level(logging.INFO, logger="scaffold.audit"):
        create_user(AuthContext("root", {"admin"}))
    (line,) = [r.getMessage() for r in caplog.records if r.name == "scaffold.audit"]
    record = json.loads(line)
    assert record["outcome"] == "allowed"
    assert record["user_id"] == "root"
    assert record["contract"] == "users.create"
    assert record["timestamp"].endswith("+00:00")


class _BrokenSink(AuditSink):
    def write(self, record: AuditRecord) -> None:
        raise OSError("disk full")


def test_failing_sink_denies_by_default_and_logs_critical(caplog: pytest.LogCaptureFixture) -> None:
    configure(audit_sink=_BrokenSink())
    with caplog.at_level(logging.CRITICAL, logger="scaffold.contracts"):
        with pytest.raises(ContractViolationError) as caught:
            create_user(AuthContext("root", {"admin"}))
        with pytest.raises(ContractViolationError) as async_caught:
            asyncio.run(acreate_user(AuthContext("root", {"admin"})))
    assert caught.value.type is ErrorType.AUDIT_FAILED
    assert async_caught.value.type is ErrorType.AUDIT_FAILED
    assert any("audit sink failed" in r.getMessage() for r in caplog.records)


def test_failing_sink_can_be_configured_to_allow(caplog: pytest.LogCaptureFixture) -> None:
    configure(audit_sink=_BrokenSink(), audit_failure="allow")
    with caplog.at_level(logging.CRITICAL, logger="scaffold.contracts"):
        assert create_user(AuthContext("root", {"admin"})) == "created"
    assert caplog.records


def test_failing_sink_keeps_the_original_denial() -> None:
    configure(audit_sink=_BrokenSink())
    logging.getLogger("scaffold.contracts").disabled = True
    try:
        with pytest.raises(ContractViolationError) as caught:
            create_user(ALICE)
    finally:
        logging.getLogger("scaffold.contracts").disabled = False
    assert caught.value.type is ErrorType.INSUFFICIENT_ROLE


def test_sink_urls() -> None:
    assert isinstance(sink_from_url("log"), LogAuditSink)
    assert isinstance(sink_from_url("null"), NullAuditSink)
    with pytest.raises(ValueError, match="unknown audit sink"):
        sink_from_url("carrier-pigeon")
