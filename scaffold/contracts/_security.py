"""Security events: one JSON line on ``scaffold.security`` for every denied call.

The guarded function's wrapper logs the event when it denies, so a denial is logged whoever
called: a FastAPI endpoint, a worker, a script or another framework. Web integrations add the
request's method and path through ``request_scope``; the FastAPI exception handler logs only
the violations that no wrapper logged (raised by hand), with the same function.

Production events carry no details (they may hold identifiers or field names); development
events do. Severity follows the cause: critical for someone reaching for what is not theirs
(ownership, role), warning for rate limits and business rules, info for the rest.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Any

from scaffold.contracts._config import get_settings
from scaffold.contracts._errors import ContractViolationError, ErrorType

__all__ = [
    "SEVERITY",
    "enter_request",
    "log_violation",
    "request_scope",
    "security_log",
    "severity_of",
]

security_log = logging.getLogger("scaffold.security")

SEVERITY: Mapping[ErrorType, int] = {
    ErrorType.OWNERSHIP_DENIED: logging.CRITICAL,
    ErrorType.INSUFFICIENT_ROLE: logging.CRITICAL,
    ErrorType.RATE_LIMIT_EXCEEDED: logging.WARNING,
    ErrorType.BUSINESS_RULE_VIOLATION: logging.WARNING,
}
"""The log level of each cause; causes not listed are logged at INFO."""

_request: ContextVar[tuple[str, str] | None] = ContextVar("scaffold_request", default=None)


def severity_of(error_type: ErrorType) -> int:
    """The log level a denial of this cause is logged at."""
    return SEVERITY.get(error_type, logging.INFO)


@contextmanager
def request_scope(method: str, path: str) -> Iterator[None]:
    """Name the request that guarded calls inside the block serve, for their events."""
    token = _request.set((method, path))
    try:
        yield
    finally:
        _request.reset(token)


def enter_request(method: str, path: str) -> None:
    """Name the request of the current context until it ends (a framework's per-request task)."""
    _request.set((method, path))


def log_violation(
    error: ContractViolationError, *, method: str | None = None, path: str | None = None
) -> None:
    """Log ``error`` once as a security event; a second call for the same error does nothing."""
    if error.logged:
        return
    error.logged = True
    level = severity_of(error.type)
    if not security_log.isEnabledFor(level):
        return
    event: dict[str, Any] = {
        "event": "contract_violation",
        "timestamp": datetime.now(timezone.utc).isoformat(),
        "severity": logging.getLevelName(level).lower(),
        "contract": error.contract,
        "layer": error.layer,
        "type": error.type.value,
    }
    request = (method, path) if method is not None and path is not None else _request.get()
    if request is not None:
        event["method"], event["path"] = request
    if not get_settings().is_production:
        event["details"] = error.cause.details
    security_log.log(level, json.dumps(event, sort_keys=True, default=str))
