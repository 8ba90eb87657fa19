"""FastAPI integration: error responses, OpenAPI errors and security, and the caller.

``install(app, resolver=...)`` is the one call an application makes (``mount_monitoring(app)``
adds the health, metrics and dashboard routes). It maps contract denials to HTTP responses
whose bodies depend on the environment (production bodies never carry details) and tells the
caller dependencies how to find the caller. Request-validation errors from FastAPI itself get
the same safe treatment, so no response ever echoes the input back; and when the endpoint is
guarded, an anonymous caller is answered 401 before any word about the input, and a signed-in
caller's invalid input is the contract's own 422: audited, and it spends their rate limit.

For OpenAPI: ``ErrorResponse`` is the model of every error body this module sends,
``error_responses(401, 403, ...)`` documents them on an operation, and ``Caller`` declares the
bearer security scheme on the operations that use it (``PublicCaller`` does not).
``input_body(Model)`` and ``input_query(Model)`` document the input model of an operation whose
contract validates the raw input itself (``validates(Model)``), so FastAPI never sees the model:
body or query fields, and the path parameters with the constraints the contract enforces.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, cast
from urllib.parse import unquote, urlencode

from fastapi import Depends, FastAPI, Request, Security
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.middleware import body_limit
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scaffold.contracts._auth import AuthContext
from scaffold.contracts._conditions import validation_locations
from scaffold.contracts._config import get_settings
from scaffold.contracts._contract import guard_of
from scaffold.contracts._dependency import DependencyResolver
from scaffold.contracts._errors import ContractError, ContractViolationError, ErrorType
from scaffold.contracts._http import BODY_TOO_LARGE, error_body, status_for, violation_body
from scaffold.contracts._monitoring import mount_monitoring
from scaffold.contracts._security import enter_request, log_violation

__all__ = [
    "MAX_BODY_SIZE",
    "BearerTokenResolver",
    "Caller",
    "DemoToken",
    "DependencyResolver",
    "ErrorResponse",
    "PublicCaller",
    "auth_context",
    "bearer_scheme",
    "error_responses",
    "input_body",
    "input_query",
    "install",
    "mount_monitoring",
    "public_auth_context",
    "status_for",
    "violation_body",
]

AuthResolver = Callable[[Request], "AuthContext | Awaitable[AuthContext | None] | None"]

_UNAUTHENTICATED = frozenset({ErrorType.AUTHENTICATION_REQUIRED, ErrorType.SESSION_EXPIRED})

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="bearerAuth",
    description="A bearer token from your identity provider (the demo resolver's tokens in "
    "development).",
)
"""The scheme ``Caller`` declares in OpenAPI; ``install``'s resolver reads the token."""


class ErrorResponse(BaseModel):
    """The body of every error response: ``detail`` always, ``retry_after`` on 429.

    The other fields appear in development only (``SCAFFOLD_ENV=development``).
    """

    model_config = ConfigDict(extra="forbid")

    detail: str = Field(description="What went wrong, safe to show; never an input value.")
    retry_after: int | None = Field(
        default=None, description="429 only: seconds until a call may succeed (as Retry-After)."
    )
    type: str | None = Field(default=None, description="Development only: the cause code.")
    contract: str | None = Field(default=None, description="Development only.")
    layer: str | None = Field(default=None, description="Development only.")
    message: str | None = Field(default=None, description="Development only.")
    details: Any = Field(default=None, description="Development only: what failed, and where.")


_RESPONSES: Mapping[int, dict[str, Any]] = {
    400: {"description": "A business rule refused the request."},
    401: {
        "description": "Authentication required, or the session expired.",
        "headers": {"WWW-Authenticate": {"schema": {"type": "string"}, "example": "Bearer"}},
    },
    403: {"description": "Signed in, but not allowed: a role or the ownership is missing."},
    404: {"description": "No such record."},
    422: {"description": "The input is invalid: the body names the fields, never their values."},
    429: {
        "description": "Too many requests.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    },
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting these error statuses with ``ErrorResponse``.

    Statuses: 400, 401, 403, 404, 422, 429. Giving 422 replaces FastAPI's default
    ``HTTPValidationError``, which is not the body ``install`` sends.
    """
    unknown = sorted(set(statuses) - set(_RESPONSES))
    if unknown:
        known = ", ".join(map(str, _RESPONSES))
        raise ValueError(f"error_responses() documents {known}; not {unknown}")
    return {status: {"model": ErrorResponse, **deepcopy(_RESPONSES[status])} for status in statuses}


def _input_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its ``$defs`` inlined (no dangling refs)."""
    schema = model.model_json_schema()
    definitions: dict[str, Any] = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                return inline(definitions[reference.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    inlined: dict[str, Any] = inline(schema)
    return inlined


def _parameters(
    model: type[BaseModel], schema: Mapping[str, Any], names: Sequence[str], where: str
) -> list[dict[str, Any]]:
    """OpenAPI parameters ``in: where`` for the model's fields ``names``, with their schemas."""
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    parameters = []
    for name in names:
        if name not in properties:
            raise ValueError(f"{model.__name__} has no field {name!r} to document")
        field_schema = properties[name]
        parameter: dict[str, Any] = {
            "name": name,
            "in": where,
            "required": where == "path" or name in required,
            "schema": field_schema,
        }
        if "description" in field_schema:
            parameter["description"] = field_schema["description"]
        parameters.append(parameter)
    return parameters


def input_body(model: type[BaseModel], *, path: Sequence[str] = ()) -> dict[str, Any]:
    """``openapi_extra=`` documenting ``model`` as the JSON body, its ``path`` fields as path
    parameters.

    For endpoints whose contract validates the raw input: the operation shows the real fields
    and ``additionalProperties: false``, and each path parameter the constraints the contract
    enforces, while authentication still runs before validation. The function must not
    declare the ``path`` parameters itself (FastAPI would document and check them first).
    """
    schema = _input_schema(model)
    body = dict(schema)
    body["properties"] = {
        name: value for name, value in schema.get("properties", {}).items() if name not in path
    }
    required = [name for name in body.pop("required", ()) if name not in path]
    if required:
        body["required"] = required
    content = {"application/json": {"schema": body}}
    extra: dict[str, Any] = {"requestBody": {"required": True, "content": content}}
    if path:
        extra["parameters"] = _parameters(model, schema, path, "path")
    return extra


def input_query(model: type[BaseModel], *, path: Sequence[str] = ()) -> dict[str, Any]:
    """``openapi_extra=`` documenting ``model``'s fields as query parameters, ``path`` in the path.

    Like ``input_body``, for a contract that validates the raw query (and path) itself.
    """
    schema = _input_schema(model)
    query = [name for name in schema.get("properties", {}) if name not in path]
    parameters = _parameters(model, schema, path, "path")
    parameters += _parameters(model, schema, query, "query")
    return {"parameters": parameters} if parameters else {}


def _wants_html(request: Request) -> bool:
    """Whether the client prefers an HTML page (a browser) to JSON (an API client)."""
    quality: dict[str, float] = {}
    for item in request.headers.get("accept", "").split(","):
        media, *params = (piece.strip() for piece in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        quality[media.lower()] = max(q, quality.get(media.lower(), 0.0))
    html = quality.get("text/html", 0.0)
    return html > 0 and html >= quality.get("application/json", 0.0)


def _safe_next(request: Request) -> str:
    """Where to come back after signing in: this request's own path, or ``/``."""
    target = request.url.path
    if request.url.query:
        target = f"{target}?{request.url.query}"
    decoded = unquote(target)  # a login page may decode it before redirecting back
    if not decoded.startswith("/") or decoded.startswith("//") or "\\" in decoded:
        return "/"  # "//host" and "/\\host" leave the origin in browsers
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in decoded):
        return "/"
    return target


def _login_redirect(request: Request, login_url: str) -> RedirectResponse:
    separator = "&" if "?" in login_url else "?"
    location = f"{login_url}{separator}{urlencode({'next': _safe_next(request)})}"
    return RedirectResponse(location, status_code=303)


async def _on_violation(request: Request, raised: Exception) -> Response:
    exc = cast(ContractViolationError, raised)  # registered for this type only
    log_violation(exc, method=request.method, path=request.url.path)  # if no wrapper did
    production = get_settings().is_production
    headers: dict[str, str] = {}
    if exc.type in _UNAUTHENTICATED:
        login_url: str | None = getattr(request.app.state, "scaffold_login_url", None)
        if login_url and exc.layer == "presentation" and _wants_html(request):
            return _login_redirect(request, login_url)
        expired = exc.type is ErrorType.SESSION_EXPIRED
        headers["WWW-Authenticate"] = 'Bearer error="invalid_token"' if expired else "Bearer"
    elif exc.type is ErrorType.RATE_LIMIT_EXCEEDED:
        headers["Retry-After"] = str(exc.cause.details.get("retry_after", 1))
    return JSONResponse(
        violation_body(exc, production=production),
        status_code=status_for(exc.type),
        headers=headers or None,
    )


async def _on_request_validation(request: Request, raised: Exception) -> Response:
    exc = cast(RequestValidationError, raised)  # registered for this type only
    errors = [
        {"loc": [str(part) for part in item.get("loc", ())], "type": item.get("type", "")}
        for item in exc.errors()
    ]
    message = f"Input validation failed: {validation_locations(errors)}."
    guard = guard_of(request.scope.get("endpoint"))
    if guard is not None:
        # The contract's own 422, audited and counted: FastAPI checked a path parameter or
        # parsed the body first, but the denial is the contract's like any other.
        invalid = ContractError(ErrorType.VALIDATION_FAILED, message, {"errors": errors})
        refused = await guard.refuse_before_input(await _resolve(request), invalid)
        if refused is not None:
            return await _on_violation(request, refused)
    production = get_settings().is_production
    body = error_body(ErrorType.VALIDATION_FAILED.value, message, errors, production=production)
    return JSONResponse(body, status_code=422)


_TOO_LARGE_MESSAGE = "The request body is too large."
# Starlette raises this HTTPException subclass from ``receive`` once a body passes the limit
# (a streamed body, or one read whose Content-Length is over it); it has no public name.
_BODY_LIMIT_ERROR: type[HTTPException] = getattr(body_limit, "_RequestBodyTooLarge", HTTPException)


def _too_large() -> JSONResponse:
    """The runtime's 413: the JSON error body every other refusal has, never the input."""
    body = error_body(
        BODY_TOO_LARGE, _TOO_LARGE_MESSAGE, None, production=get_settings().is_production
    )
    return JSONResponse(body, status_code=413)


async def _on_http_413(request: Request, raised: Exception) -> Response:
    """A body limit's 413 raised while the endpoint reads the body (install's limit, the
    app's, a router's or a route's) is the runtime's JSON error; an endpoint's own
    ``HTTPException(413, ...)`` keeps FastAPI's answer, its detail included."""
    exc = cast(HTTPException, raised)  # registered for status 413 only
    if isinstance(exc, _BODY_LIMIT_ERROR) and exc.detail == "Content Too Large":
        return _too_large()
    return await http_exception_handler(request, exc)


class JSONBodyLimitMiddleware:
    """Starlette's ``RequestBodyLimitMiddleware`` whose own 413 is the runtime's JSON error.

    Starlette answers a Content-Length over the limit with a plain-text 413 of its own, in
    place of whatever the app answered, once the app starts its response (so that a router's
    or a route's own limit can still raise it). That response is told from the app's by
    identity: every response start the app sends is passed on as the same object, and a 413
    start that is not one of them is Starlette's, replaced by ``_too_large()``. Nothing else
    changes: the limits, their order and the streamed bodies are Starlette's.
    """

    def __init__(self, app: ASGIApp, max_body_size: int) -> None:
        self.app = app
        self.max_body_size = max_body_size

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        starts: list[Message] = []  # the response starts the app itself sent
        replaced = False

        async def app(scope: Scope, receive: Receive, send_on: Send) -> None:
            async def send_marked(message: Message) -> None:
                if message["type"] == "http.response.start":
                    starts.append(message)
                await send_on(message)

            await self.app(scope, receive, send_marked)

        async def send_shaped(message: Message) -> None:
            nonlocal replaced
            if replaced:
                return  # the rest of Starlette's plain-text response
            if (
                message["type"] == "http.response.start"
                and message["status"] == 413
                and not any(message is start for start in starts)
            ):
                replaced = True
                await _too_large()(scope, receive, send)
                return
            await send(message)

        limited = RequestBodyLimitMiddleware(app, max_body_size=self.max_body_size)
        await limited(scope, receive, send_shaped)


MAX_BODY_SIZE = 1024 * 1024
"""``install``'s default limit on a request body, in bytes: a generated endpoint's input is a
few kilobytes, and without a limit the server reads any body whole before validation refuses
it (a memory exhaustion)."""


def install(
    app: FastAPI,
    resolver: AuthResolver | None = None,
    *,
    login_url: str | None = None,
    max_body_size: int | None = MAX_BODY_SIZE,
) -> None:
    """Wire contracts into ``app``: error handlers, the caller resolver for ``Caller``, a
    request-body limit, and no trailing-slash redirects.

    Without a resolver every caller is anonymous, so guarded endpoints deny (fail closed).
    ``login_url``: browsers (requests that accept HTML) refused by a ``presentation``-layer
    contract for want of a session are sent there (303, with ``next`` = the page they asked
    for, a same-origin path); API clients keep the 401.
    ``max_body_size``: a larger request body is answered 413 before it is read whole
    (Starlette's ``RequestBodyLimitMiddleware``, which counts streamed bodies too), with the
    JSON error body of every other refusal; ``None`` for no limit, e.g. when a proxy in front
    enforces one. An app created with its own limit (``FastAPI(max_body_size=...)``, where
    FastAPI has it) keeps that one, and a router's or route's own limit wins over either.

    Starlette answers ``/path/`` for a route ``/path`` with a redirect to an absolute URL
    built from the request's ``Host`` header, which an attacker chooses: that redirect is
    turned off (such a request gets 404). Set ``app.router.redirect_slashes = True`` after
    this call to bring it back, behind a proxy or ``TrustedHostMiddleware`` that fixes the host.
    """
    if login_url is not None and (not isinstance(login_url, str) or not login_url.strip()):
        raise ValueError("login_url must be a non-empty URL or path, e.g. '/login'")
    if max_body_size is not None and (
        isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1
    ):
        raise ValueError("max_body_size must be a positive number of bytes, or None")
    if max_body_size is not None and getattr(app, "max_body_size", None) is None:
        # An app built with a limit of its own (``FastAPI(max_body_size=...)``) keeps it.
        app.add_middleware(JSONBodyLimitMiddleware, max_body_size=max_body_size)
    app.router.redirect_slashes = False
    app.add_exception_handler(ContractViolationError, _on_violation)
    app.add_exception_handler(RequestValidationError, _on_request_validation)
    app.add_exception_handler(413, _on_http_413)
    app.state.scaffold_auth_resolver = resolver
    app.state.scaffold_login_url = login_url


async def _resolve(request: Request) -> AuthContext:
    """The caller of ``request``, by the resolver given to ``install`` (anonymous without)."""
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


async def auth_context(
    request: Request,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)] = None,
) -> AuthContext:
    """FastAPI dependency: the caller, on an operation that declares bearer authentication."""
    enter_request(request.method, request.url.path)
    return await _resolve(request)


async def public_auth_context(request: Request) -> AuthContext:
    """FastAPI dependency: the caller (often anonymous) of a public operation."""
    enter_request(request.method, request.url.path)
    return await _resolve(request)


Caller = Annotated[AuthContext, Depends(auth_context)]
"""The caller of an endpoint that requires sign-in: OpenAPI shows the bearer scheme on it."""

PublicCaller = Annotated[AuthContext, Depends(public_auth_context)]
"""The caller of a public endpoint (rate-limited by address, say): no security requirement."""


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
