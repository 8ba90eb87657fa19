"""FastAPI integration: error responses, security-event logging and the caller dependency.

``install(app, resolver=...)`` is the one call an application makes (``mount_monitoring(app)``
adds the health, metrics and dashboard routes). It maps contract denials
to HTTP responses whose bodies depend on the environment (production bodies never carry
details), logs every denial as a security event, and tells ``auth_context`` how to find the
caller. Request-body validation errors from FastAPI itself get the same safe treatment, so
no response ever echoes the input back.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, cast

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._config import get_settings
from scaffold.contracts._dependency import DependencyResolver
from scaffold.contracts._errors import ContractViolationError, ErrorType
from scaffold.contracts._http import status_for, violation_body
from scaffold.contracts._monitoring import mount_monitoring

__all__ = [
    "BearerTokenResolver",
    "Caller",
    "DemoToken",
    "DependencyResolver",
    "auth_context",
    "install",
    "mount_monitoring",
    "status_for",
    "violation_body",
]

AuthResolver = Callable[[Request], "AuthContext | Awaitable[AuthContext | None] | None"]

_SEVERITY: Mapping[ErrorType, int] = {
    ErrorType.OWNERSHIP_DENIED: logging.CRITICAL,
    ErrorType.INSUFFICIENT_ROLE: logging.CRITICAL,
    ErrorType.RATE_LIMIT_EXCEEDED: logging.WARNING,
    ErrorType.BUSINESS_RULE_VIOLATION: logging.WARNING,
}

security_log = logging.getLogger("scaffold.security")


def _log_security_event(request: Request, error: ContractViolationError, production: bool) -> None:
    level = _SEVERITY.get(error.type, logging.INFO)
    event: dict[str, Any] = {
        "event": "contract_violation",
        "severity": logging.getLevelName(level).lower(),
        "contract": error.contract,
        "layer": error.layer,
        "type": error.type.value,
        "method": request.method,
        "path": request.url.path,
    }
    if not production:
        event["details"] = error.cause.details
    security_log.log(level, json.dumps(event, sort_keys=True, default=str))


async def _on_violation(request: Request, raised: Exception) -> JSONResponse:
    exc = cast(ContractViolationError, raised)  # registered for this type only
    production = get_settings().is_production
    _log_security_event(request, exc, production)
    headers = None
    if exc.type is ErrorType.RATE_LIMIT_EXCEEDED:
        headers = {"Retry-After": str(exc.cause.details.get("retry_after", 1))}
    return JSONResponse(
        violation_body(exc, production=production),
        status_code=status_for(exc.type),
        headers=headers,
    )


async def _on_request_validation(request: Request, raised: Exception) -> JSONResponse:
    exc = cast(RequestValidationError, raised)  # registered for this type only
    errors = [
        {"loc": [str(part) for part in item.get("loc", ())], "type": item.get("type", "")}
        for item in exc.errors()
    ]
    fields = ", ".join(sorted({".".join(e["loc"]) for e in errors})) or "(input)"
    message = f"Input validation failed: {fields}."
    body: dict[str, Any] = {"detail": message}
    if not get_settings().is_production:
        body.update(type=ErrorType.VALIDATION_FAILED.value, message=message, details=errors)
    return JSONResponse(body, status_code=422)


def install(app: FastAPI, resolver: AuthResolver | None = None) -> None:
    """Wire contracts into ``app``: error handlers, and the caller resolver for ``auth_context``.

    Without a resolver every caller is anonymous, so guarded endpoints deny (fail closed).
    """
    app.add_exception_handler(ContractViolationError, _on_violation)
    app.add_exception_handler(RequestValidationError, _on_request_validation)
    app.state.scaffold_auth_resolver = resolver


async def auth_context(request: Request) -> AuthContext:
    """FastAPI dependency: the caller, resolved by the resolver given to ``install``."""
    client_ip = request.client.host if request.client else None
    resolver: AuthResolver | None = getattr(request.app.state, "scaffold_auth_resolver", None)
    if resolver is None:
        return AuthContext.anonymous(client_ip)
    resolved = resolver(request)
    if inspect.isawaitable(resolved):
        resolved = await resolved
    if resolved is None:
        return AuthContext.anonymous(client_ip)
    if resolved.client_ip is None and client_ip is not None:
        return AuthContext(
            user_id=resolved.user_id,
            roles=resolved.roles,
            session_expires_at=resolved.session_expires_at,
            client_ip=client_ip,
        )
    return resolved


Caller = Annotated[AuthContext, Depends(auth_context)]
"""Annotate an endpoint parameter with ``Caller`` to receive the resolved ``AuthContext``."""


@dataclass(frozen=True)
class DemoToken:
    user_id: str
    roles: tuple[str, ...] = ("user",)
    expires_at: datetime | None = None


class BearerTokenResolver:
    """DEMO ONLY: resolves ``Authorization: Bearer <token>`` from a fixed token table.

    Replace it with your identity provider (JWT verification, sessions) before production. It
    exists so generated services and their tests run without one.
    """

    def __init__(self, tokens: Mapping[str, DemoToken]) -> None:
        self._tokens = dict(tokens)

    @classmethod
    def from_file(cls, path: str | Path) -> BearerTokenResolver:
        """Load ``{"token": {"user_id": …, "roles": […], "expires_at": iso-8601 | null}}``."""
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        tokens = {
            token: DemoToken(
                user_id=str(entry["user_id"]),
                roles=tuple(entry.get("roles", ("user",))),
                expires_at=(
                    datetime.fromisoformat(entry["expires_at"]) if entry.get("expires_at") else None
                ),
            )
            for token, entry in raw.items()
        }
        return cls(tokens)

    def __call__(self, request: Request) -> AuthContext | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        entry = self._tokens.get(token.strip())
        if entry is None:
            return None
        return AuthContext(
            user_id=entry.user_id,
            roles=frozenset(entry.roles),
            session_expires_at=entry.expires_at,
            client_ip=request.client.host if request.client else None,
        )
