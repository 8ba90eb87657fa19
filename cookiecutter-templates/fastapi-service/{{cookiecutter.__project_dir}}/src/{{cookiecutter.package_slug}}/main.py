"""The FastAPI application: contracts installed, monitoring mounted, routers included.

Run it with ``uvicorn {{ cookiecutter.package_slug }}.main:app``. Tests build their own app with
``create_app(Settings(...))`` so each one chooses its environment.
"""

from __future__ import annotations

from fastapi import FastAPI
from scaffold.contracts import configure, contract, rate_limit
from scaffold.contracts.fastapi import Caller, install, mount_monitoring

from {{ cookiecutter.package_slug }}.api import api_router
from {{ cookiecutter.package_slug }}.auth import resolver_for
from {{ cookiecutter.package_slug }}.settings import Settings

HEALTH_PROBES_PER_MINUTE = 120


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app: apply the settings to the contract runtime, then wire everything."""
    settings = settings or Settings()
    configure(
        environment=settings.scaffold_env,
        rate_limit_storage=settings.scaffold_rate_limit_storage,
        audit_sink=settings.scaffold_audit_sink,
    )
    app = FastAPI(
        openapi_url="/openapi.json" if settings.serves_api_docs else None,  # and /docs with it
        title={{ cookiecutter.project_name|py_string }},
        description={{ cookiecutter.description|py_string }},
    )
    # Error responses for contract denials, and who the caller is (see auth.py: REPLACE the demo).
    install(app, resolver=resolver_for(settings))
    # /health/contracts, /metrics and /dashboard, for admins only: the numbers map every
    # endpoint and its failures. Let a load balancer probe health with public={"health"}.
    mount_monitoring(app)
    app.include_router(api_router)

    @app.get("/health", tags=["health"])
    @contract(
        requires=[rate_limit("health", HEALTH_PROBES_PER_MINUTE, per="minute", by="ip")],
        layer="presentation",
    )
    async def health(context: Caller) -> dict[str, str]:
        """Liveness, open to every caller (a load balancer's probe), limited per address."""
        return {"status": "ok"}

    return app


app = create_app()
