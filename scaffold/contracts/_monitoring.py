"""``mount_monitoring(app)``: the health, metrics and dashboard routes, in one call.

Routes (under ``prefix``), listed in ``MONITORING_ROUTES`` (the AI guide reads it)::

    GET /health/contracts     status, totals, issues, the 5 slowest; 503 when critical
    GET /metrics              Prometheus exposition (the ``prometheus`` extra)
    GET /dashboard/contracts  JSON: overview, every contract, alerts
    GET /dashboard            an HTML page that draws the JSON and refreshes itself

By default every route is guarded by a contract, ``auth("admin")``: the numbers name each
endpoint, its failure causes and its rate-limit hits, which is a map for anyone probing the
service. Open a route on purpose with ``public={"health"}`` (a load balancer's probe) or
``public={"health", "metrics"}`` (a scraper without credentials), or all with ``role=None``.
"""

# No ``from __future__ import annotations``: the guarded endpoint's ``Caller`` annotation is
# imported inside a function, so it must be a real object for FastAPI to read, not a string.
import html
import secrets
from collections.abc import Awaitable, Callable, Collection
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from scaffold.contracts._conditions import auth
from scaffold.contracts._contract import contract
from scaffold.contracts._errors import ContractViolationError
from scaffold.contracts._health import (
    MONITORING_ROUTES,
    HealthThresholds,
    dashboard_data,
    health_report,
)
from scaffold.contracts._prometheus import prometheus_exposition, require_prometheus

__all__ = ["ROUTES", "mount_monitoring"]

ROUTES = tuple(dict.fromkeys(route for route, _, _ in MONITORING_ROUTES))  # public= names
Handler = Callable[[Request], Awaitable[Response]]
_NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@cache
def _page() -> str:
    return files("scaffold.contracts").joinpath("dashboard.html").read_text(encoding="utf-8")


def _csp(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def _endpoint(handler: Handler, route: str, role: str | None) -> Callable[..., Awaitable[Any]]:
    """The FastAPI endpoint for ``handler``: bare, or behind ``auth(role)``."""
    if role is None:

        async def public(request: Request) -> Response:
            return await handler(request)

        return public

    from scaffold.contracts.fastapi import Caller  # the module that re-exports this one

    @contract(requires=[auth(role)], layer="presentation", name=f"scaffold.monitoring.{route}")
    async def guarded(request: Request, context: Caller) -> Response:
        return await handler(request)

    return guarded


def mount_monitoring(
    app: FastAPI,
    *,
    role: str | None = "admin",
    public: Collection[str] = (),
    prefix: str = "",
    prometheus: bool = True,
    thresholds: HealthThresholds | None = None,
    refresh_seconds: float = 5.0,
) -> None:
    """Add the monitoring routes to ``app``.

    ``role``: the role a caller needs (``None``: no check). ``public``: routes among
    ``health``, ``metrics``, ``dashboard`` left open anyway. ``prometheus=False`` leaves out
    ``/metrics``. ``thresholds`` overrides the configured health thresholds for these routes.
    Guarded routes need ``install(app, resolver=...)`` first, which turns denials into 401/403.
    """
    unknown = sorted(set(public) - set(ROUTES))
    if unknown:
        raise ValueError(f"public= takes {', '.join(ROUTES)}; unknown: {', '.join(unknown)}")
    if prefix and (not prefix.startswith("/") or prefix.endswith("/")):
        raise ValueError("prefix must start with '/' and not end with one, e.g. '/ops'")
    if not refresh_seconds > 0:
        raise ValueError("refresh_seconds must be positive")
    guarded = role is not None and not set(ROUTES) <= set(public)
    if guarded and ContractViolationError not in app.exception_handlers:
        raise RuntimeError(
            f"mount_monitoring guards its routes with auth({role!r}): call "
            "scaffold.contracts.fastapi.install(app, resolver=...) first, or pass role=None"
        )
    if prometheus:
        require_prometheus()  # fail now, not at the first scrape, if the extra is missing
    data_path = f"{prefix}/dashboard/contracts"

    async def health(request: Request) -> Response:
        report = health_report(thresholds)
        status = 503 if report["status"] == "critical" else 200
        return JSONResponse(report, status_code=status, headers=_NO_STORE)

    async def metrics(request: Request) -> Response:
        body, content_type = prometheus_exposition(request.headers.get("accept"))
        return Response(body, media_type=content_type, headers=_NO_STORE)

    async def data(request: Request) -> Response:
        return JSONResponse(dashboard_data(thresholds), headers=_NO_STORE)

    async def page(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        text = (
            _page()
            .replace("__NONCE__", nonce)
            .replace("__SOURCE__", html.escape(data_path, quote=True))
            .replace("__REFRESH__", str(round(refresh_seconds * 1000)))
        )
        headers = {**_NO_STORE, "Content-Security-Policy": _csp(nonce)}
        return HTMLResponse(text, headers={**headers, "Referrer-Policy": "no-referrer"})

    handlers = {"/health/contracts": health, "/metrics": metrics, "/dashboard": page}
    handlers["/dashboard/contracts"] = data
    for route, path, _ in MONITORING_ROUTES:
        if route == "metrics" and not prometheus:
            continue
        handler = handlers[path]
        name = "dashboard_data" if handler is data else route
        endpoint = _endpoint(handler, name, None if route in public else role)
        app.add_api_route(
            f"{prefix}{path}", endpoint, methods=["GET"], name=name, include_in_schema=False
        )
