"""Audit records and the sinks that store them.

A record says who called, what (the audit event and contract), when, from which layer, and
the outcome: ``allowed``, ``denied`` (with the cause type) or ``error`` (the function itself
raised). Records carry no argument values.

A record is built on every audited call, so it is a plain tuple with a float timestamp
(``time.time()``); the ISO 8601 text that logs and tables hold is formatted only when a sink
writes it (``iso_timestamp``, ``as_row``, ``as_dict``).

Sinks, by URL: ``log`` (JSON lines on the ``scaffold.audit`` logger, the default), ``null``,
``memory`` (kept in a list, for tests), ``sqlite:///path.db`` (stdlib ``sqlite3``, embedded),
or any other SQLAlchemy URL such as ``postgresql://…`` (the ``sql`` extra).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, NamedTuple

__all__ = [
    "AuditRecord",
    "AuditSink",
    "LogAuditSink",
    "MemoryAuditSink",
    "NullAuditSink",
    "SQLAlchemyAuditSink",
    "SQLiteAuditSink",
    "sink_from_url",
]

Outcome = Literal["allowed", "denied", "error"]

TABLE = "scaffold_audit"
_COLUMNS = (
    "timestamp",
    "event",
    "contract",
    "layer",
    "user_id",
    "client_ip",
    "outcome",
    "error_type",
)


class AuditRecord(NamedTuple):
    """One audited call: who, what, when (seconds since the epoch), where, and the outcome."""

    timestamp: float
    event: str
    contract: str
    layer: str
    user_id: str | None
    client_ip: str | None
    outcome: Outcome
    error_type: str | None = None

    @classmethod
    def now(cls, **fields: Any) -> AuditRecord:
        return cls(time.time(), **fields)

    @property
    def iso_timestamp(self) -> str:
        """The timestamp as ISO 8601 text in UTC, as logs and tables store it."""
        return datetime.fromtimestamp(self.timestamp, timezone.utc).isoformat()

    def as_row(self) -> tuple[Any, ...]:
        """The column values, in ``_COLUMNS`` order, the timestamp formatted."""
        return (self.iso_timestamp, *self[1:])

    def as_dict(self) -> dict[str, Any]:
        """The fields by name, the timestamp formatted."""
        return dict(zip(_COLUMNS, self.as_row(), strict=True))


class AuditSink(ABC):
    """Stores audit records. ``write`` must not return before the record is stored."""

    @abstractmethod
    def write(self, record: AuditRecord) -> None:
        """Store one record, raising if it could not be stored."""

    async def awrite(self, record: AuditRecord) -> None:
        """Write from async code; sinks doing blocking I/O run it in a worker thread."""
        self.write(record)

    def close(self) -> None:  # noqa: B027 - optional hook; most sinks hold nothing to release
        """Release connections; the default sink holds none."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class NullAuditSink(AuditSink):
    """Drops records: for benchmarks, never for production."""

    def write(self, record: AuditRecord) -> None:
        return None


class MemoryAuditSink(AuditSink):
    """Keeps records in a list: for tests."""

    def __init__(self) -> None:
        self.records: list[AuditRecord] = []
        self._lock = threading.Lock()

    def write(self, record: AuditRecord) -> None:
        with self._lock:
            self.records.append(record)


class LogAuditSink(AuditSink):
    """One JSON object a line on the ``scaffold.audit`` logger at INFO."""

    def __init__(self, logger: logging.Logger | None = None) -> None:
        self._logger = logger or logging.getLogger("scaffold.audit")

    def write(self, record: AuditRecord) -> None:
        self._logger.info(json.dumps(record.as_dict(), sort_keys=True))


_CREATE_SQL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    timestamp TEXT NOT NULL,
    event TEXT NOT NULL,
    contract TEXT NOT NULL,
    layer TEXT NOT NULL,
    user_id TEXT,
    client_ip TEXT,
    outcome TEXT NOT NULL,
    error_type TEXT
)
"""
_INSERT_SQL = (
    "INSERT INTO scaffold_audit"
    " (timestamp, event, contract, layer, user_id, client_ip, outcome, error_type)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class SQLiteAuditSink(AuditSink):
    """An embedded SQLite file; one connection shared under a lock, WAL for concurrent readers."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(_CREATE_SQL)

    def write(self, record: AuditRecord) -> None:
        with self._lock:
            self._conn.execute(_INSERT_SQL, record.as_row())

    async def awrite(self, record: AuditRecord) -> None:
        await asyncio.to_thread(self.write, record)

    def close(self) -> None:
        self._conn.close()

    def __repr__(self) -> str:
        return f"SQLiteAuditSink({str(self.path)!r})"


class SQLAlchemyAuditSink(AuditSink):
    """Any database SQLAlchemy reaches (PostgreSQL, MySQL, …): needs the ``sql`` extra."""

    def __init__(self, url: str) -> None:
        import sqlalchemy as sa

        # pre_ping: connections the pool kept across a database restart are replaced, not
        # handed to the next write (which would fail once after the database came back).
        self._engine = sa.create_engine(url, pool_pre_ping=True)
        metadata = sa.MetaData()
        self._table = sa.Table(
            TABLE,
            metadata,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("timestamp", sa.String(40), nullable=False),
            sa.Column("event", sa.String(200), nullable=False),
            sa.Column("contract", sa.String(400), nullable=False),
            sa.Column("layer", sa.String(40), nullable=False),
            sa.Column("user_id", sa.String(200)),
            sa.Column("client_ip", sa.String(64)),
            sa.Column("outcome", sa.String(20), nullable=False),
            sa.Column("error_type", sa.String(60)),
        )
        try:
            metadata.create_all(self._engine)
        except sa.exc.DBAPIError:
            # Workers starting together race to create the table; one of them wins.
            if not sa.inspect(self._engine).has_table(TABLE):
                raise
        self._insert = self._table.insert()  # compiled once, cached by the engine
        self._url = self._engine.url.render_as_string(hide_password=True)

    def write(self, record: AuditRecord) -> None:
        with self._engine.begin() as conn:
            conn.execute(self._insert, record.as_dict())

    async def awrite(self, record: AuditRecord) -> None:
        await asyncio.to_thread(self.write, record)

    def close(self) -> None:
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"SQLAlchemyAuditSink({self._url!r})"


def sink_from_url(url: str) -> AuditSink:
    """Build a sink from its URL (see the module docstring)."""
    if url in ("", "log"):
        return LogAuditSink()
    if url == "null":
        return NullAuditSink()
    if url == "memory":
        return MemoryAuditSink()
    if url.startswith("sqlite:///"):
        return SQLiteAuditSink(url.removeprefix("sqlite:///"))
    if "://" in url:
        return SQLAlchemyAuditSink(url)
    raise ValueError(
        f"unknown audit sink {url!r}: use log, null, memory, sqlite:///PATH or a SQLAlchemy URL"
    )
