"""The contract runtime that generated code imports.

Importable with pydantic and ``limits`` alone: nothing here pulls in the CLI's dependencies
(Typer, Jinja2, cookiecutter, rich, libcst), so a service only pays for what it runs.
``scaffold.contracts.fastapi`` holds the FastAPI integration (the ``fastapi`` extra);
``prometheus_exposition`` needs the ``prometheus`` extra and imports it only when called;
``scaffold.contracts.testing`` helps tests capture metrics and reset state.
"""

from scaffold._text import MultiLineText, SingleLineText, text_problem
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
from scaffold.contracts._health import (
    MONITORING_ROUTES,
    SERVICE_FAILURES,
    HealthThresholds,
    dashboard_data,
    health_report,
    performance_report,
)
from scaffold.contracts._http import status_for, violation_body
from scaffold.contracts._measure import measure_contract
from scaffold.contracts._metrics import (
    LATENCY_BUCKETS,
    WINDOW_SIZE,
    ContractSnapshot,
    metrics_snapshot,
    reset_metrics,
)
from scaffold.contracts._prometheus import prometheus_exposition
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
from scaffold.contracts._security import log_violation, request_scope

__all__ = [
    "LATENCY_BUCKETS",
    "LAYERS",
    "MONITORING_ROUTES",
    "SERVICE_FAILURES",
    "WINDOW_SIZE",
    "AuditRecord",
    "AuditSink",
    "AuthContext",
    "Condition",
    "ContractDefinitionError",
    "ContractError",
    "ContractInfo",
    "ContractSnapshot",
    "ContractViolationError",
    "ErrorType",
    "HealthThresholds",
    "LogAuditSink",
    "MemoryAuditSink",
    "MultiLineText",
    "NullAuditSink",
    "RoleHierarchy",
    "Rule",
    "SQLAlchemyAuditSink",
    "SQLiteAuditSink",
    "Settings",
    "SingleLineText",
    "audit_log",
    "auth",
    "bulk",
    "business_rule",
    "close_rate_limits",
    "configure",
    "contract",
    "count_matches",
    "dashboard_data",
    "get_audit_sink",
    "get_settings",
    "health_report",
    "invariant",
    "log_violation",
    "matches_input",
    "max_items",
    "measure_contract",
    "metrics_snapshot",
    "not_self",
    "owns",
    "performance_report",
    "prometheus_exposition",
    "rate_limit",
    "request_scope",
    "reset",
    "reset_metrics",
    "reset_rate_limits",
    "returns",
    "role_at_least",
    "sink_from_url",
    "status_for",
    "text_problem",
    "unique",
    "validates",
    "violation_body",
]
