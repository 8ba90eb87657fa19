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
    MemoryAuditSink,
    NullAuditSink,
    SQLAlchemyAuditSink,
    audit_log,
    auth,
    configure,
    contract,
    returns,
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


# --- write-ahead: the audit record and the side effect agree --------------------------------


class _FlakySink(AuditSink):
    """Fails every other write: the calls whose record could not be stored must not run."""

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []
        self.writes = 0

    def write(self, record: AuditRecord) -> None:
        self.writes += 1
        if self.writes % 2 == 0:
            raise OSError("database unavailable")
        self.records.append(record)


def test_no_side_effect_runs_without_its_audit_record() -> None:
    sink = _FlakySink()
    configure(audit_sink=sink)
    effects: list[int] = []
    logging.getLogger("scaffold.contracts").disabled = True

    @contract(requires=[auth("user")], ensures=[audit_log("transfer")], name="effects.sync")
    def transfer(amount: int, context: AuthContext) -> int:
        effects.append(amount)
        return amount

    @contract(requires=[auth("user")], ensures=[audit_log("transfer")], name="effects.async")
    async def atransfer(amount: int, context: AuthContext) -> int:
        effects.append(amount)
        return amount

    refused: list[ErrorType] = []
    try:
        for amount in range(20):
            try:
                transfer(amount, ALICE)
            except ContractViolationError as error:
                refused.append(error.type)
            try:
                asyncio.run(atransfer(100 + amount, ALICE))
            except ContractViolationError as error:
                refused.append(error.type)
    finally:
        logging.getLogger("scaffold.contracts").disabled = False
    assert refused == [ErrorType.AUDIT_FAILED] * 20
    # Every effect that happened has its 'allowed' record, and no refused call had an effect.
    assert len(effects) == 20
    assert [r.outcome for r in sink.records] == ["allowed"] * 20


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_outcome_after_the_effect_is_recorded_after_it(mode: str) -> None:
    from pydantic import BaseModel

    class Receipt(BaseModel):
        amount: int

    sink = MemoryAuditSink()
    configure(audit_sink=sink)
    if mode == "sync":

        @contract(requires=[auth("user")], ensures=[returns(Receipt), audit_log("pay")])
        def pay(context: AuthContext) -> object:
            return {"amount": "not a number"}

        with pytest.raises(ContractViolationError) as caught:
            pay(ALICE)
    else:

        @contract(requires=[auth("user")], ensures=[returns(Receipt), audit_log("pay")])
        async def apay(context: AuthContext) -> object:
            return {"amount": "not a number"}

        with pytest.raises(ContractViolationError) as caught:
            asyncio.run(apay(ALICE))
    assert caught.value.type is ErrorType.OUTPUT_VALIDATION_FAILED
    outcomes = [(r.outcome, r.error_type) for r in sink.records]
    assert outcomes == [("allowed", None), ("denied", "OUTPUT_VALIDATION_FAILED")]


def test_records_carry_a_float_timestamp_formatted_when_written(tmp_path: Path) -> None:
    sink = MemoryAuditSink()
    configure(audit_sink=sink)
    create_user(AuthContext("root", {"admin"}))
    (record,) = sink.records
    assert isinstance(record.timestamp, float)
    assert record.iso_timestamp.endswith("+00:00")
    assert record.as_row()[0] == record.iso_timestamp
    assert record.as_dict()["timestamp"] == record.iso_timestamp
