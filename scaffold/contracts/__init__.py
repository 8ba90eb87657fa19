"""The contract runtime that generated code imports.

Importable with pydantic and ``limits`` alone: nothing here pulls in the CLI's dependencies
(Typer, Jinja2, cookiecutter, rich, libcst), so a service only pays for what it runs.
``scaffold.contracts.fastapi`` holds the FastAPI integration (the ``fastapi`` extra).
"""

from scaffold.contracts._audit import (
    AuditRecord,
    AuditSink,
    LogAuditSink,
    MemoryAuditSink,
    NullAuditSink,
    SQLAlchemyAuditSink,
    SQLiteAuditSink,
    sink_from_url,
)
from scaffold.contracts._auth import AuthContext, RoleHierarchy
from scaffold.contracts._conditions import (
    Condition,
    audit_log,
    auth,
    bulk,
    business_rule,
    invariant,
    owns,
    returns,
    validates,
)
from scaffold.contracts._config import Settings, configure, get_audit_sink, get_settings, reset
from scaffold.contracts._contract import LAYERS, ContractInfo, contract
from scaffold.contracts._errors import (
    ContractDefinitionError,
    ContractError,
    ContractViolationError,
    ErrorType,
)
from scaffold.contracts._ratelimit import close_rate_limits, rate_limit, reset_rate_limits
from scaffold.contracts._rules import (
    Rule,
    count_matches,
    matches_input,
    max_items,
    not_self,
    role_at_least,
    unique,
)

__all__ = [
    "LAYERS",
    "AuditRecord",
    "AuditSink",
    "AuthContext",
    "Condition",
    "ContractDefinitionError",
    "ContractError",
    "ContractInfo",
    "ContractViolationError",
    "ErrorType",
    "LogAuditSink",
    "MemoryAuditSink",
    "NullAuditSink",
    "RoleHierarchy",
    "Rule",
    "SQLAlchemyAuditSink",
    "SQLiteAuditSink",
    "Settings",
    "audit_log",
    "auth",
    "bulk",
    "business_rule",
    "close_rate_limits",
    "configure",
    "contract",
    "count_matches",
    "get_audit_sink",
    "get_settings",
    "invariant",
    "matches_input",
    "max_items",
    "not_self",
    "owns",
    "rate_limit",
    "reset",
    "reset_rate_limits",
    "returns",
    "role_at_least",
    "sink_from_url",
    "unique",
    "validates",
]
