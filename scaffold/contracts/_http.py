"""What a denial looks like over HTTP: its status code and its environment-aware body.

Framework-free, so the FastAPI integration and the generated docs share one table.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scaffold.contracts._errors import ContractViolationError, ErrorType

__all__ = ["BODY_TOO_LARGE", "error_body", "status_for", "violation_body"]

_STATUS: Mapping[ErrorType, int] = {
    ErrorType.AUTHENTICATION_REQUIRED: 401,
    ErrorType.SESSION_EXPIRED: 401,
    ErrorType.INSUFFICIENT_ROLE: 403,
    ErrorType.OWNERSHIP_DENIED: 403,
    ErrorType.VALIDATION_FAILED: 422,
    ErrorType.INVALID_BULK_INPUT: 422,
    ErrorType.BULK_TOO_LARGE: 422,
    ErrorType.RATE_LIMIT_EXCEEDED: 429,
    ErrorType.BUSINESS_RULE_VIOLATION: 400,
    ErrorType.OUTPUT_VALIDATION_FAILED: 500,
    ErrorType.INVARIANT_VIOLATION: 500,
    ErrorType.CONDITION_ERROR: 500,
    ErrorType.AUDIT_FAILED: 500,
}
# Causes whose own message is safe to show in production; everything else gets generic text.
_SAFE_IN_PRODUCTION = frozenset(
    {
        ErrorType.VALIDATION_FAILED,
        ErrorType.RATE_LIMIT_EXCEEDED,
        ErrorType.AUTHENTICATION_REQUIRED,
        ErrorType.SESSION_EXPIRED,
    }
)
_GENERIC: Mapping[int, str] = {
    400: "The request was rejected.",
    401: "Authentication required.",
    403: "You are not allowed to do this.",
    422: "The request is invalid.",
    429: "Too many requests; retry later.",
    500: "Internal server error.",
}


BODY_TOO_LARGE = "BODY_TOO_LARGE"
"""The development ``type`` of a 413: the request body passed the app's limit, before any
contract ran (no ``ErrorType``: no contract refused it)."""


def status_for(error_type: ErrorType) -> int:
    """The HTTP status of a denial cause: 401, 403, 422, 429, 400, or 500 for the rest."""
    return _STATUS[error_type]


def violation_body(error: ContractViolationError, *, production: bool) -> dict[str, Any]:
    """The JSON body for a denial: a safe message in production, the full story in development."""
    status = status_for(error.type)
    cause = error.cause
    if production:
        safe = cause.type in _SAFE_IN_PRODUCTION
        body: dict[str, Any] = {"detail": cause.message if safe else _GENERIC[status]}
    else:
        body = {
            "detail": cause.message,
            "contract": error.contract,
            "layer": error.layer,
            "type": cause.type.value,
            "message": cause.message,
            "details": cause.details,
        }
    if cause.type is ErrorType.RATE_LIMIT_EXCEEDED:
        body["retry_after"] = cause.details.get("retry_after", 1)
    return body


def error_body(error_type: str, message: str, details: Any, *, production: bool) -> dict[str, Any]:
    """The body of an error answered before any contract runs (input FastAPI refused, a body
    over the limit): the safe ``message`` alone in production, like a denial's."""
    body: dict[str, Any] = {"detail": message}
    if not production:
        body.update(type=error_type, message=message, details=details)
    return body
